import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { guardCredentialCheck } from "@/lib/http/gateway";
import { notFoundResponse } from "@/lib/http/responses";
import { env } from "@/lib/env";
import { sameOriginUrl } from "@/lib/security/redirect";

// Folio's own forms call Auth.js in-process (lib/auth's signIn and signOut); of its HTTP endpoints
// only the emailed link's callback is needed. Every other one is closed rather than limited, so
// no encoding, provider or body size can go around the forms' checks.
const OPEN = new Set(["/api/auth/callback/nodemailer"]);

export async function GET(request: Request) {
  if (!OPEN.has(new URL(request.url).pathname)) return notFoundResponse();
  // The link's token is a credential: its checks are limited per client address like the forms.
  const refused = await guardCredentialCheck({ request, action: "magic-link-callback", backHref: "/sign-in" });
  return refused ?? handlers.GET(withSafeCallback(request) as never);
}

/**
 * Auth.js throws (a 500) on a callbackUrl it cannot parse as a URL on its origin, before its
 * redirect callback (lib/auth) sees it. The same rule is applied here first, so a forged one
 * lands on the sign-in page like any other bad link.
 */
function withSafeCallback(request: Request): Request {
  const url = new URL(request.url);
  const given = url.searchParams.get("callbackUrl");
  if (given === null) return request;
  url.searchParams.set("callbackUrl", sameOriginUrl(given, env.SITE_URL));
  // A NextRequest, as Auth.js's handler reads `nextUrl`.
  return new NextRequest(url, { headers: request.headers, method: "GET" });
}

export function POST() {
  return notFoundResponse();
}
