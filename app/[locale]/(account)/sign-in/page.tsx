import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { safeRedirectPath } from "@/lib/security/redirect";
import { formErrorText } from "@/lib/messages/catalog";
import { readFormEcho } from "@/lib/http/form-echo";
import { PASSWORD_MAX } from "@/lib/validations/auth";
import { TextLink } from "@/components/ui/link";
import { SignInHeading } from "@/components/account/sign-in-heading";
import { describeSignInPurpose } from "@/lib/accounts/sign-in-purpose";

export const metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(one(params.callbackUrl));
  const error = formErrorText(one(params.error));
  const reset = one(params.notice) === "password-reset";
  const withCallback = (path: string) => (callbackUrl === "/" ? path : `${path}?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  const purpose = await describeSignInPurpose({ callbackUrl });
  const echo = await readFormEcho();
  return (
    <Container className="max-w-md">
      <SignInHeading purpose={purpose} action="Sign in" />
      <div className="mt-6 space-y-4">
        {error ? <Notice tone="error">{error}</Notice> : null}
        {reset ? <Notice tone="success">Your password was changed. Sign in with the new one.</Notice> : null}
      </div>
      <form method="post" action="/api/account/sign-in" className="mt-6 space-y-4">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <Field label="Email" name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={echo.email} />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required maxLength={PASSWORD_MAX} />
        <div className="flex flex-wrap items-center justify-between gap-4">
          <Button>Sign in</Button>
          <TextLink href="/forgot-password">Forgot your password?</TextLink>
        </div>
      </form>
      <section aria-labelledby="magic" className="mt-10 border-t border-line pt-6">
        <h2 id="magic" className="text-lg font-semibold">No password? Get a sign-in link</h2>
        <form method="post" action="/api/account/magic-link" className="mt-3 space-y-4">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <Field label="Email for the link" id="field-link-email" name="email" type="email" autoComplete="email" required maxLength={254} />
          <Button variant="secondary">Email me a sign-in link</Button>
        </form>
      </section>
      <p className="mt-10">
        New here? <TextLink href={withCallback("/sign-up")}>Create a free account</TextLink>
      </p>
    </Container>
  );
}
