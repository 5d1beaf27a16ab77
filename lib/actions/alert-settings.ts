"use server";

import { requestAlertReconfirmation } from "@/lib/alerts/reconfirm";
import { pauseAlerts, stopAlerts, updateAlertSettings } from "@/lib/alerts/subscriptions";
import { defineAction } from "@/lib/http/gateway";
import { fail, ok } from "@/lib/messages/result";
import { alertSettingsSchema, pauseAlertsSchema, stopAlertSchema } from "@/lib/validations/alerts";
import { z } from "zod";

// The forms of /account/alerts. Each goes through the gateway (session, origin, schema, rate
// limit); stopping and pausing land back on the page, so they work without JavaScript.

export const stopAlertAction = defineAction({
  access: "reader",
  back: "/account/alerts",
  schema: stopAlertSchema,
  run: async ({ follow, search }, { user }) => {
    if (!follow && !search) return fail("request.unreadable");
    // Only the reader's own are stopped: another reader's id changes nothing.
    await stopAlerts({ userId: user.id, follows: follow ? [follow] : [], searches: search ? [search] : [] });
    return ok({ redirect: "/account/alerts?done=stopped" });
  },
});

export const updateAlertSettingsAction = defineAction({
  access: "reader",
  back: "/account/alerts",
  schema: alertSettingsSchema,
  run: async ({ frequency, language }, { user }) => {
    const saved = await updateAlertSettings({ userId: user.id, frequency, locale: language });
    return saved.ok ? ok({ redirect: "/account/alerts?done=saved" }) : saved;
  },
});

export const pauseAlertsAction = defineAction({
  access: "reader",
  back: "/account/alerts",
  schema: pauseAlertsSchema,
  run: async ({ intent }, { user }) => {
    const done = await pauseAlerts({ userId: user.id, paused: intent === "pause" });
    return done.ok ? ok({ redirect: "/account/alerts?done=saved" }) : done;
  },
});

// Sends a mail: limited per client address and per account.
export const reconfirmAlertsAction = defineAction({
  access: "reader",
  back: "/account/alerts",
  schema: z.object({}),
  rateLimit: "alert-confirm",
  run: async (_input, { user }) => {
    await requestAlertReconfirmation({ userId: user.id });
    return ok({ redirect: "/account/alerts?done=confirm-sent" });
  },
});
