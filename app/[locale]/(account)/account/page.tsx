import { redirect } from "next/navigation";
import { unindexedPageMetadata } from "@/lib/seo";
import { getSession } from "@/lib/auth";
import { DeleteAccountForm, EmailForm, MailLanguageForm, NameForm, PasswordForm } from "@/components/account/account-forms";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { SectionHeading } from "@/components/ui/section-heading";
import { readAccount } from "@/lib/accounts/users";
import { listDownloadHistory } from "@/lib/downloads/queries";
import { formatDate } from "@/lib/format";
import { deleteAccountAction, updateEmailAction, updateMailLocaleAction, updateNameAction, updatePasswordAction } from "@/lib/actions/account-settings";
import { TextLink } from "@/components/ui/link";
import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { localePath } from "@/lib/i18n/paths";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = unindexedPageMetadata("account.title");

export default async function AccountPage({ params, searchParams }: Props) {
  const locale = await readPageLocale(params);
  const t = getPageTranslator();
  const { email: emailNotice } = await searchParams;
  const session = await getSession();
  if (!session) redirect(localePath(locale, `/sign-in?callbackUrl=${encodeURIComponent(localePath(locale, "/account"))}`));
  const [account, downloads] = await Promise.all([readAccount({ userId: session.user.id }), listDownloadHistory({ userId: session.user.id })]);
  if (!account) redirect(localePath(locale, "/sign-in"));
  return (
    <Container className="max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">{t("account.title")}</h1>
      <p className="mt-2 text-muted">{t("account.signedInAs", { email: account.email })}</p>
      <p className="mt-2">
        <TextLink tone="accent" href="/account/alerts">{t("alerts.page.title")}</TextLink>
      </p>
      {emailNotice === "changed" ? (
        <Notice tone="success" className="mt-4">{t("account.emailChanged")}</Notice>
      ) : null}

      <section aria-labelledby="downloads" className="mt-10">
        <SectionHeading id="downloads">{t("account.downloads")}</SectionHeading>
        {downloads.length ? (
          <ul className="divide-y divide-line">
            {downloads.map((d) => (
              <li key={d.id} className="flex flex-wrap justify-between gap-2 py-3">
                {d.publication ? (
                  <TextLink tone="accent" href={`/analyses/${d.publication.slug}`}>{d.publication.title}</TextLink>
                ) : (
                  <span className="text-muted">{t("account.gone")}</span>
                )}
                <time dateTime={d.createdAt.toISOString()} className="text-sm text-muted">{formatDate(d.createdAt, locale)}</time>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("account.noDownloads")}>
            {t("account.noDownloadsText")} <TextLink href="/analyses">{t("account.browse")}</TextLink>.
          </EmptyState>
        )}
      </section>

      <section aria-labelledby="profile" className="mt-12 grid gap-8 sm:grid-cols-2">
        <h2 id="profile" className="sr-only">{t("account.profile")}</h2>
        <NameForm action={updateNameAction} name={account.name ?? ""} />
        <EmailForm action={updateEmailAction} email={account.email} />
        <MailLanguageForm action={updateMailLocaleAction} mailLocale={account.locale} />
      </section>

      <section aria-labelledby="password" className="mt-12">
        <SectionHeading id="password">{t("account.password")}</SectionHeading>
        <PasswordForm action={updatePasswordAction} hasPassword={!!account.passwordHash} />
      </section>

      <section aria-labelledby="danger" className="mt-12">
        <SectionHeading id="danger">{t("account.delete")}</SectionHeading>
        <p className="mb-4 text-muted">{t("account.deleteText")}</p>
        <DeleteAccountForm action={deleteAccountAction} />
      </section>
    </Container>
  );
}
