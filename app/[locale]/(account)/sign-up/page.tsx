import { NewPasswordField } from "@/components/auth/new-password-field";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { safeRedirectPath } from "@/lib/security/redirect";
import { formErrorText } from "@/lib/messages/catalog";
import { readFormEcho } from "@/lib/http/form-echo";
import { TextLink } from "@/components/ui/link";
import { SignInHeading } from "@/components/account/sign-in-heading";
import { describeSignInPurpose } from "@/lib/accounts/sign-in-purpose";

export const metadata = { title: "Create an account", robots: { index: false } };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(one(params.callbackUrl));
  const error = formErrorText(one(params.error));
  // A complaint about one field shows under it; the others keep what the reader typed.
  const field = error ? one(params.field) : undefined;
  const errorFor = (name: string) => (field === name && error ? error : undefined);
  const echo = await readFormEcho();
  const purpose = await describeSignInPurpose({ callbackUrl });
  const signIn = callbackUrl === "/" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <Container className="max-w-md">
      <SignInHeading purpose={purpose} action="Create a free account" />
      {error && !field ? (
        <Notice tone="error" className="mt-6">{error}</Notice>
      ) : null}
      <form method="post" action="/api/account/sign-up" className="mt-6 space-y-4">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <Field label="Name" name="name" autoComplete="name" required maxLength={100} defaultValue={echo.name} error={errorFor("name")} />
        <Field label="Email" name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={echo.email} error={errorFor("email")} />
        <NewPasswordField error={errorFor("password")} />
        <p className="text-sm text-muted">
          By creating an account you accept the <TextLink href="/terms">terms of use</TextLink>. The <TextLink href="/privacy">privacy notice</TextLink> says what we keep about you, and how to have it erased.
        </p>
        <Button>Create account</Button>
      </form>
      <p className="mt-8">
        Already registered? <TextLink href={signIn}>Sign in</TextLink>
      </p>
    </Container>
  );
}
