import { requireEditorPage } from "@/lib/editorial/access";
import { formatDate } from "@/lib/format";
import { SITE_PAGE_LABELS } from "@/lib/site-pages/defaults";
import { listSitePages } from "@/lib/site-pages/site-pages";
import { TextLink } from "@/components/ui/link";

export const metadata = { title: "Pages" };

export default async function SitePagesPage() {
  await requireEditorPage({ level: "admin" });
  const pages = await listSitePages();
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">Pages</h1>
      <p className="mt-2 max-w-2xl text-muted">The institute&apos;s own pages, linked from every page&apos;s footer. Each starts with sample text: make it yours before the site goes public.</p>
      <ul className="mt-6 divide-y divide-line rounded border border-line bg-white">
        {pages.map((p) => (
          <li key={p.slug} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
            <span>
              <TextLink tone="accent" href={`/admin/pages/${p.slug}`} className="font-semibold">{SITE_PAGE_LABELS[p.slug]}</TextLink>
              <span className="ml-2 text-sm text-muted">/{p.slug}</span>
            </span>
            <span className="text-sm text-muted">{p.updatedAt ? `Edited ${formatDate(p.updatedAt)}` : "Sample text, not edited yet"}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
