import { PersonList } from "@/components/person-list";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { listAuthors } from "@/lib/authors/queries";
import { pageMetadata } from "@/lib/seo";
import { getPageTranslator, readPageLocale } from "@/lib/i18n/request-locale";

export const revalidate = 86400;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await readPageLocale(params);
  const t = getPageTranslator();
  return pageMetadata({ title: t("people.title"), description: t("people.description"), locale, path: "/authors" });
}

export default async function AuthorsPage({ params }: Props) {
  await readPageLocale(params);
  const t = getPageTranslator();
  const authors = await listAuthors();
  return (
    <Container>
      <h1 className="mb-8 font-serif text-3xl font-semibold">{t("people.title")}</h1>
      {authors.length ? <PersonList people={authors} /> : <EmptyState title={t("people.empty")} />}
    </Container>
  );
}
