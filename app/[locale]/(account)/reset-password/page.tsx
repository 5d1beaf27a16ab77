import { NewPasswordField } from "@/components/auth/new-password-field";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Notice } from "@/components/ui/notice";
import { formErrorText } from "@/lib/messages/catalog";
import { TextLink } from "@/components/ui/link";

export const metadata = { title: "Choose a new password", robots: { index: false } };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const token = one(params.token);
  const code = one(params.error);
  const error = formErrorText(code);
  const usable = !!token && /^[A-Za-z0-9_-]{20,100}$/.test(token);
  return (
    <Container className="max-w-md">
      <h1 className="font-serif text-3xl font-semibold">Choose a new password</h1>
      {error ? (
        <Notice tone="error" className="mt-6">{error}</Notice>
      ) : null}
      {usable && code !== "auth.linkInvalid" ? (
        <form method="post" action="/api/account/reset-password" className="mt-6 space-y-4">
          <input type="hidden" name="token" value={token} />
          <NewPasswordField label="New password" />
          <Button>Save the new password</Button>
        </form>
      ) : (
        <p className="mt-6">
          This page needs the link from a password reset email. <TextLink href="/forgot-password">Ask for a new link</TextLink>.
        </p>
      )}
    </Container>
  );
}
