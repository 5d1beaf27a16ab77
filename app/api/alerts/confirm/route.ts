import { confirmAlertAddress } from "@/lib/alerts/reconfirm";
import { handlePost } from "@/lib/http/gateway";
import { ok } from "@/lib/messages/result";
import { unsubscribeSchema } from "@/lib/validations/alerts";

// The link mailed after a hard bounce: the token, not the session, authorises resuming the alerts.
export const POST = handlePost({
  access: "anyone",
  presentation: "page",
  back: "/account/alerts",
  schema: unsubscribeSchema,
  rateLimit: "alert-confirm",
  run: async ({ token }) => {
    const done = await confirmAlertAddress({ token });
    return done.ok ? ok({ redirect: "/alerts/confirm?done=1" }) : done;
  },
});
