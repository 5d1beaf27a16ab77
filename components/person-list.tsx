import { TextLink } from "@/components/ui/link";

type Person = { slug: string; name: string; role: string; center?: { name: string } | null };

export function PersonList({ people }: { people: Person[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {people.map((p) => (
        <li key={p.slug} className="rounded border border-line bg-white p-4">
          <TextLink tone="accent" href={`/authors/${p.slug}`} className="font-semibold">
            {p.name}
          </TextLink>
          <p className="mt-1 text-sm text-muted">{p.role}</p>
          {p.center ? <p className="mt-1 text-sm text-muted">{p.center.name}</p> : null}
        </li>
      ))}
    </ul>
  );
}
