import Link from "next/link";
import { SectionHeading } from "@/components/ui/section-heading";
import { Tag } from "@/components/ui/tag";

type Center = { slug: string; name: string; description: string };
type Program = { slug: string; name: string; center: { slug: string } };

export function RelatedResearch({ center, programs }: { center: Center; programs: Program[] }) {
  return (
    <section aria-labelledby="related-research" className="mt-12">
      <SectionHeading id="related-research" action={<Link href="/centers" className="text-sm text-accent hover:underline">Discover all our centres and programmes →</Link>}>
        Related centres and programmes
      </SectionHeading>
      <h3 className="font-semibold">
        <Link href={`/centers/${center.slug}`} className="text-accent hover:underline">
          {center.name}
        </Link>
      </h3>
      <p className="mt-1 text-muted">{center.description}</p>
      {programs.length ? (
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="Programmes">
          {programs.map((p) => (
            <li key={p.slug}>
              <Tag href={`/centers/${p.center.slug}/${p.slug}`}>{p.name}</Tag>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
