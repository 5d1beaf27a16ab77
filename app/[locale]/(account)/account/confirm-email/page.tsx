import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Notice } from "@/components/ui/notice";
import { TOKEN } from "@/lib/validations/auth";
import { formErrorText } from "@/lib/messages/catalog";
import { TextLink } from "@/components/ui/link";

export const metadata = { title: "Confirm your new address", robots: { index: false } };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// A button rather than a change on arrival: mail scanners open links, and must not move accounts.
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const token = one(params.token);
  const error = formErrorText(one(params.error));
  const usable = !!token && TOKEN.test(token) && !error;
  return (
    <Container className="max-w-md">
      <h1 className="font-serif text-3xl font-semibold">Confirm your new address</h1>
      {error ? (
        <Notice tone="error" className="mt-6">{error}</Notice>
      ) : null}
      {usable ? (
        <form method="post" action="/api/account/confirm-email" className="mt-6 space-y-4">
          <input type="hidden" name="token" value={token} />
          <p>Your account&apos;s email address will change to the one this link was sent to.</p>
          <Button>Confirm my new address</Button>
        </form>
      ) : (
        <p className="mt-6">
          This page needs the link from a confirmation email. <TextLink href="/account">Ask for a new one from your account</TextLink>.
        </p>
      )}
    </Container>
  );
}
