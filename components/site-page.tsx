import { Container } from "@/components/ui/container";
import { formatDate } from "@/lib/format";
import { renderMarkdown } from "@/lib/markdown";
import { pageMetadata } from "@/lib/seo";
import { getSitePage } from "@/lib/site-pages/site-pages";
import type { SitePageSlug } from "@/lib/site-pages/defaults";

// The institute's own pages (/about, /contact, /privacy, /terms) are one page each in app/, made
// of these two: the text admins edit in the back office, rendered like a summary.

export async function sitePageMetadata({ slug }: { slug: SitePageSlug }) {
  const page = await getSitePage({ slug });
  return pageMetadata({ title: page.title, description: page.body.replace(/[#*_[\]()]/g, "").slice(0, 200), path: `/${slug}` });
}

export async function SitePageView({ slug }: { slug: SitePageSlug }) {
  const page = await getSitePage({ slug });
  return (
    <Container className="max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold sm:text-4xl">{page.title}</h1>
      <div className="prose-summary mt-6" dangerouslySetInnerHTML={{ __html: renderMarkdown(page.body) }} />
      {page.updatedAt ? <p className="mt-10 text-sm text-muted">Last updated {formatDate(page.updatedAt)}.</p> : null}
    </Container>
  );
}
