import { redirect } from "next/navigation";
import { pauseAlertsAction, reconfirmAlertsAction, stopAlertAction, updateAlertSettingsAction } from "@/lib/actions/alert-settings";
import { readAlertsOverview } from "@/lib/alerts/overview";
import { FREQUENCIES } from "@/lib/validations/alerts";
import { getSession } from "@/lib/auth";
import { localePath } from "@/lib/i18n/paths";
import { contentLang, getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { unindexedPageMetadata } from "@/lib/seo";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { Label, Select } from "@/components/ui/field";
import { TextLink } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { SectionHeading } from "@/components/ui/section-heading";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = unindexedPageMetadata("alerts.page.title");

const DONE = { stopped: "alerts.page.stopped", saved: "alerts.page.saved", search: "alerts.page.saved" } as const;

export default async function AlertsPage({ params, searchParams }: Props) {
  const locale = await readPageLocale(params);
  const t = getPageTranslator();
  const session = await getSession();
  if (!session) redirect(localePath(locale, `/sign-in?callbackUrl=${encodeURIComponent(localePath(locale, "/account/alerts"))}`));
  const { done, saved: savedNotice } = await searchParams;
  const { settings, followed, saved, email } = await readAlertsOverview({ userId: session.user.id, locale });
  const notice = done === "confirm-sent" ? t("alerts.page.confirmSent", { email }) : typeof done === "string" && done in DONE ? t(DONE[done as keyof typeof DONE]) : savedNotice ? t("alerts.page.saved") : null;
  const nothing = !followed.length && !saved.length;

  return (
    <Container className="max-w-3xl">
      <p className="text-sm">
        <TextLink tone="accent" href="/account">{t("account.title")}</TextLink>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">{t("alerts.page.title")}</h1>
      <p className="mt-2 text-muted">{t("alerts.page.intro")}</p>
      {notice ? <Notice tone="success" className="mt-4">{notice}</Notice> : null}
      {settings?.bouncedAt ? (
        <div className="mt-4 rounded border-l-4 border-red-700 bg-red-50 px-4 py-3" data-testid="bounced">
          <p>{t("alerts.page.bounced", { email })}</p>
          <ActionForm action={reconfirmAlertsAction} className="mt-2">
            <Button variant="secondary">{t("alerts.page.bounceResume")}</Button>
          </ActionForm>
        </div>
      ) : null}
      {settings?.pausedAt ? <Notice tone="error" className="mt-4">{t("alerts.page.paused")}</Notice> : null}

      {nothing ? (
        <EmptyState title={t("alerts.page.emptyTitle")} className="mt-8">{t("alerts.page.emptyText")}</EmptyState>
      ) : null}

      {followed.length ? (
        <section aria-labelledby="following" className="mt-10">
          <SectionHeading id="following">{t("alerts.page.following")}</SectionHeading>
          <ul className="divide-y divide-line" data-testid="followed">
            {followed.map((f) => (
              <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <span>
                  <span className="mr-2 text-sm text-muted">{t(`alerts.page.kinds.${f.kind}`)}</span>
                  {f.name && f.href ? <TextLink href={f.href} lang={contentLang(f.lang)}>{f.name}</TextLink> : <span className="text-muted">{t("alerts.page.gone")}</span>}
                </span>
                <ActionForm action={stopAlertAction}>
                  <input type="hidden" name="follow" value={f.id} />
                  <Button variant="secondary" size="sm" aria-label={t("alerts.page.stopNamed", { name: f.name ?? t("alerts.page.gone") })}>{t("alerts.page.stop")}</Button>
                </ActionForm>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {saved.length ? (
        <section aria-labelledby="searches" className="mt-10">
          <SectionHeading id="searches">{t("alerts.page.searches")}</SectionHeading>
          <ul className="divide-y divide-line" data-testid="saved-searches">
            {saved.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <TextLink href={s.href}>{s.description}</TextLink>
                <ActionForm action={stopAlertAction}>
                  <input type="hidden" name="search" value={s.id} />
                  <Button variant="secondary" size="sm" aria-label={t("alerts.page.stopNamed", { name: s.description })}>{t("alerts.page.stop")}</Button>
                </ActionForm>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {settings ? (
        <section aria-labelledby="settings" className="mt-10">
          <SectionHeading id="settings">{t("alerts.page.settings")}</SectionHeading>
          <ActionForm action={updateAlertSettingsAction} className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end" label={t("alerts.page.settings")}>
            <div className="space-y-1">
              <Label htmlFor="alert-frequency">{t("alerts.page.frequency")}</Label>
              <Select id="alert-frequency" name="frequency" defaultValue={settings.frequency} className="w-full px-2 py-1.5" aria-describedby="alert-when">
                {FREQUENCIES.map((f) => <option key={f} value={f}>{t(`alerts.page.${f}`)}</option>)}
              </Select>
            </div>
            <div className="space-y-1">
              <Label htmlFor="alert-language">{t("alerts.page.language")}</Label>
              <Select id="alert-language" name="language" defaultValue={settings.locale} className="w-full px-2 py-1.5">
                <option value="en" lang="en">English</option>
                <option value="fr" lang="fr">Français</option>
              </Select>
            </div>
            <Button>{t("alerts.page.save")}</Button>
          </ActionForm>
          <p id="alert-when" className="mt-2 text-sm text-muted">{t("alerts.page.when")}</p>
          <ActionForm action={pauseAlertsAction} className="mt-6">
            <input type="hidden" name="intent" value={settings.pausedAt ? "resume" : "pause"} />
            <Button variant="secondary">{t(settings.pausedAt ? "alerts.page.resume" : "alerts.page.pause")}</Button>
          </ActionForm>
        </section>
      ) : null}
    </Container>
  );
}
