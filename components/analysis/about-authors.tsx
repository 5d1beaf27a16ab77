import { AuthorPhoto } from "@/components/author-photo";
import { SectionHeading } from "@/components/ui/section-heading";
import { TextLink } from "@/components/ui/link";
import { OrcidLink } from "@/components/orcid-link";
import { contentLang, getPageTranslator } from "@/lib/i18n/request-locale";

type Author = { slug: string; name: string; role: string; bio: string; photoSha256: string | null; orcid?: string | null; lang?: string };

export function AboutAuthors({ authors }: { authors: Author[] }) {
  const t = getPageTranslator();
  return (
    <section aria-labelledby="about-authors" className="mt-12">
      <SectionHeading id="about-authors">{t("analysis.aboutAuthors", { count: authors.length })}</SectionHeading>
      <div className="space-y-6">
        {authors.map((a) => (
          <div key={a.slug} data-testid="author-bio" className="flex gap-4">
            <AuthorPhoto name={a.name} sha256={a.photoSha256} size={64} />
            <div>
              <h3 className="font-semibold">
                <TextLink tone="accent" href={`/authors/${a.slug}`}>
                  {a.name}
                </TextLink>
              </h3>
              <p className="text-sm text-muted" lang={contentLang(a.lang)}>{a.role}</p>
              {a.orcid ? <OrcidLink orcid={a.orcid} className="text-sm" /> : null}
              <p className="mt-2" lang={contentLang(a.lang)}>{a.bio}</p>
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
