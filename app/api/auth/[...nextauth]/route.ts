import { handlers } from "@/auth";
import { tooManyRequests } from "@/lib/http/responses";
import { checkAuthRateLimit } from "@/lib/security/rate-limit";
import { clientAddress } from "@/lib/security/request";

export const { GET } = handlers;

// Auth.js's own endpoints take the same rate limits as Folio's forms, so going around the forms
// does not go around the limits.
const LIMITED = { "/api/auth/callback/credentials": "sign-in", "/api/auth/signin/nodemailer": "magic-link" } as const;

export async function POST(request: Request) {
  const action = LIMITED[new URL(request.url).pathname as keyof typeof LIMITED];
  if (action) {
    const form = await request.clone().formData().catch(() => null);
    const email = form?.get("email");
    const limit = await checkAuthRateLimit({ action, email: typeof email === "string" ? email.slice(0, 254) : undefined, address: clientAddress(request.headers) });
    if (!limit.ok) return tooManyRequests({ retryAfterSeconds: limit.retryAfterSeconds, backHref: "/sign-in" });
  }
  return handlers.POST(request as never);
}
