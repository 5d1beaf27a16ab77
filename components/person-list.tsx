import { AuthorPhoto } from "@/components/author-photo";
import { TextLink } from "@/components/ui/link";
import { contentLang } from "@/lib/i18n/request-locale";

type Person = { slug: string; name: string; role: string; photoSha256: string | null; lang?: string; center?: { name: string; lang?: string } | null };

export function PersonList({ people }: { people: Person[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {people.map((p) => (
        <li key={p.slug} className="flex gap-3 rounded border border-line bg-white p-4">
          <AuthorPhoto name={p.name} sha256={p.photoSha256} size={48} />
          <div>
            <TextLink tone="accent" href={`/authors/${p.slug}`} className="font-semibold">
              {p.name}
            </TextLink>
            <p className="mt-1 text-sm text-muted" lang={contentLang(p.lang)}>{p.role}</p>
            {p.center ? <p className="mt-1 text-sm text-muted" lang={contentLang(p.center.lang)}>{p.center.name}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
