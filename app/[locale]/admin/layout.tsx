import { Container } from "@/components/ui/container";
import { requireEditorPage } from "@/lib/editorial/access";
import { TextLink } from "@/components/ui/link";
import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";
import { getTranslator } from "@/lib/i18n/translate";
import { isLocale } from "@/lib/i18n/locales";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">) {
  const { locale } = await params;
  const t = getTranslator({ locale: isLocale(locale) ? locale : undefined });
  return { title: { default: t("admin.meta.title"), template: t("admin.meta.template") }, robots: { index: false } };
}

// Not a public page: it reads the session, so it is rendered per request.
export default async function AdminLayout({ children, params }: Props) {
  await readPageLocale(params);
  const editor = await requireEditorPage();
  const t = getPageTranslator();
  const sections = [...(["publications", "authors", "centers", "programs", "topics", "regions"] as const), ...(editor.role === "ADMIN" ? (["pages", "users", "audit"] as const) : [])];
  const links: Array<[string, string]> = [["/admin", t("admin.nav.dashboard")], ...sections.map((s): [string, string] => [`/admin/${s}`, t(`admin.nav.${s}`)])];
  return (
    <Container>
      <nav aria-label={t("admin.nav.label")} className="mb-8 border-b border-line pb-3">
        <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
          {links.map(([href, label]) => (
            <li key={href}>
              <TextLink tone="accent" href={href}>{label}</TextLink>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </Container>
  );
}
