import { Container } from "@/components/ui/container";
import { TextLink } from "@/components/ui/link";

export const metadata = { title: "Check your email", robots: { index: false } };

// The same words whether or not the address has an account.
export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const reset = (await searchParams).for === "reset";
  return (
    <Container className="max-w-md">
      <h1 className="font-serif text-3xl font-semibold">Check your email</h1>
      <p className="mt-4">
        {reset
          ? "If an account exists for that address, we have sent it a link to choose a new password."
          : "We have sent a link to that address. Follow it to confirm the address and sign in."}{" "}
        The link works once and expires.
      </p>
      <p className="mt-4 text-muted">Nothing arrived after a few minutes? Check your spam folder, or ask again.</p>
      <p className="mt-6">
        <TextLink href="/sign-in">Back to sign in</TextLink>
      </p>
    </Container>
  );
}
