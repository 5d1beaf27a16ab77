import { handlers } from "@/lib/auth";
import { guardCredentialCheck } from "@/lib/http/gateway";
import { notFoundResponse } from "@/lib/http/responses";

// Folio's own forms call Auth.js in-process (lib/auth's signIn and signOut); of its HTTP endpoints
// only the emailed link's callback is needed. Every other one is closed rather than limited, so
// no encoding, provider or body size can go around the forms' checks.
const OPEN = new Set(["/api/auth/callback/nodemailer"]);

export async function GET(request: Request) {
  if (!OPEN.has(new URL(request.url).pathname)) return notFoundResponse();
  // The link's token is a credential: its checks are limited per client address like the forms.
  const refused = await guardCredentialCheck({ request, action: "magic-link-callback", backHref: "/sign-in" });
  return refused ?? handlers.GET(request as never);
}

export function POST() {
  return notFoundResponse();
}
