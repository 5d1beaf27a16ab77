import { PersonList } from "@/components/person-list";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { listAuthors } from "@/lib/authors/queries";
import { pageMetadata } from "@/lib/seo";

export const revalidate = 86400;

export const metadata = pageMetadata({
  title: "Researchers",
  description: "The researchers whose analyses we publish, with their centres and roles.",
  path: "/authors",
});

export default async function AuthorsPage() {
  const authors = await listAuthors();
  return (
    <Container>
      <h1 className="mb-8 font-serif text-3xl font-semibold">Researchers</h1>
      {authors.length ? <PersonList people={authors} /> : <EmptyState title="No researchers yet" />}
    </Container>
  );
}
