import { redirect } from "next/navigation";
import { getSession } from "@/lib/auth";
import { DeleteAccountForm, EmailForm, NameForm, PasswordForm } from "@/components/account/account-forms";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { SectionHeading } from "@/components/ui/section-heading";
import { readAccount } from "@/lib/accounts/users";
import { listDownloadHistory } from "@/lib/downloads/queries";
import { formatDate } from "@/lib/format";
import { deleteAccountAction, updateEmailAction, updateNameAction, updatePasswordAction } from "@/lib/accounts/account-actions";
import { TextLink } from "@/components/ui/link";

export const metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { email: emailNotice } = await searchParams;
  const session = await getSession();
  if (!session) redirect("/sign-in?callbackUrl=/account");
  const [account, downloads] = await Promise.all([readAccount({ userId: session.user.id }), listDownloadHistory({ userId: session.user.id })]);
  if (!account) redirect("/sign-in");
  return (
    <Container className="max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">Your account</h1>
      <p className="mt-2 text-muted">Signed in as {account.email}.</p>
      {emailNotice === "changed" ? (
        <Notice tone="success" className="mt-4">Your email address was changed.</Notice>
      ) : null}

      <section aria-labelledby="downloads" className="mt-10">
        <SectionHeading id="downloads">Your downloads</SectionHeading>
        {downloads.length ? (
          <ul className="divide-y divide-line">
            {downloads.map((d) => (
              <li key={d.id} className="flex flex-wrap justify-between gap-2 py-3">
                {d.publication ? (
                  <TextLink tone="accent" href={`/analyses/${d.publication.slug}`}>{d.publication.title}</TextLink>
                ) : (
                  <span className="text-muted">No longer available</span>
                )}
                <time dateTime={d.createdAt.toISOString()} className="text-sm text-muted">{formatDate(d.createdAt)}</time>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="No downloads yet">
            Full texts you download appear here. <TextLink href="/analyses">Browse the analyses</TextLink>.
          </EmptyState>
        )}
      </section>

      <section aria-labelledby="profile" className="mt-12 grid gap-8 sm:grid-cols-2">
        <h2 id="profile" className="sr-only">Profile</h2>
        <NameForm action={updateNameAction} name={account.name ?? ""} />
        <EmailForm action={updateEmailAction} email={account.email} />
      </section>

      <section aria-labelledby="password" className="mt-12">
        <SectionHeading id="password">Password</SectionHeading>
        <PasswordForm action={updatePasswordAction} hasPassword={!!account.passwordHash} />
      </section>

      <section aria-labelledby="danger" className="mt-12">
        <SectionHeading id="danger">Delete your account</SectionHeading>
        <p className="mb-4 text-muted">This removes your account and everything attached to it, including your download history. It cannot be undone.</p>
        <DeleteAccountForm action={deleteAccountAction} />
      </section>
    </Container>
  );
}
