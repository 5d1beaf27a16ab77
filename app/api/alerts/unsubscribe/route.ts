import { stopAlerts } from "@/lib/alerts/subscriptions";
import { verifyAlertStop } from "@/lib/alerts/tokens";
import { handlePost } from "@/lib/http/gateway";
import { fail, ok } from "@/lib/messages/result";
import { unsubscribeSchema } from "@/lib/validations/alerts";

// The alert mails' unsubscribe: the List-Unsubscribe header's one-click POST (RFC 8058, from any
// mail client, token in the address, body "List-Unsubscribe=One-Click") and the confirmation
// page's form (token in the body). The signed token, not a session, says which alerts to stop.
export const POST = handlePost({
  access: "anyone",
  anyOrigin: true,
  presentation: "page",
  back: "/account/alerts",
  schema: unsubscribeSchema,
  rateLimit: "unsubscribe",
  run: async ({ token }, { request }) => {
    const stop = verifyAlertStop(token || new URL(request.url).searchParams.get("token"));
    if (!stop) return fail("alerts.badLink");
    await stopAlerts(stop);
    return ok({ redirect: "/alerts/unsubscribe?done=1" });
  },
});
