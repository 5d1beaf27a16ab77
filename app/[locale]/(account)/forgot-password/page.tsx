import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { formErrorText } from "@/lib/messages/catalog";

export const metadata = { title: "Forgot your password", robots: { index: false } };

export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const code = (await searchParams).error;
  const error = formErrorText(Array.isArray(code) ? code[0] : code);
  return (
    <Container className="max-w-md">
      <h1 className="font-serif text-3xl font-semibold">Forgot your password?</h1>
      <p className="mt-2 text-muted">We will email you a link to choose a new one.</p>
      {error ? (
        <Notice tone="error" className="mt-6">{error}</Notice>
      ) : null}
      <form method="post" action="/api/account/forgot-password" className="mt-6 space-y-4">
        <Field label="Email" name="email" type="email" autoComplete="email" required maxLength={254} />
        <Button>Email me a reset link</Button>
      </form>
    </Container>
  );
}
