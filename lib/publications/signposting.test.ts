import { beforeAll, describe, expect, it } from "vitest";

let signposting: typeof import("@/lib/publications/signposting");
beforeAll(async () => {
  process.env.SITE_URL = "https://institute.example";
  signposting = await import("@/lib/publications/signposting");
});

// As the registry passes them in: a content type with its parameters.
const describedBy = [
  { name: "bibtex", contentType: "application/x-bibtex; charset=utf-8" },
  { name: "ris", contentType: "application/x-research-info-systems; charset=utf-8" },
];
const publication = (over: object = {}) => ({ slug: "a-paper", language: "en", type: "REPORT", doi: null, pdfKey: "pdfs/x.pdf", authors: [{ author: { orcid: "0000-0002-1825-0097" } }, { author: { orcid: null } }], ...over });

describe("signpostingLinks", () => {
  it("cites the DOI when there is one, else the page; names ORCID authors, the type, the PDF and the citations", () => {
    const links = signposting.signpostingLinks(publication({ doi: "10.5555/a<b" }), { describedBy });
    expect(links).toEqual([
      { rel: "cite-as", href: "https://doi.org/10.5555/a%3Cb" },
      { rel: "author", href: "https://orcid.org/0000-0002-1825-0097" },
      { rel: "type", href: "https://schema.org/Report" },
      { rel: "type", href: "https://schema.org/AboutPage" },
      { rel: "item", href: "https://institute.example/analyses/a-paper/pdf", type: "application/pdf" },
      { rel: "describedby", href: "https://institute.example/analyses/a-paper/cite/bibtex", type: "application/x-bibtex" },
      { rel: "describedby", href: "https://institute.example/analyses/a-paper/cite/ris", type: "application/x-research-info-systems" },
    ]);
    expect(signposting.signpostingLinks(publication({ language: "fr", pdfKey: null }), { describedBy })[0]).toEqual({ rel: "cite-as", href: "https://institute.example/fr/analyses/a-paper" });
    expect(signposting.signpostingLinks(publication({ pdfKey: null }), { describedBy }).some((l) => l.rel === "item")).toBe(false);
  });

  it("writes an RFC 8288 header whose targets cannot break out of <…>", () => {
    const header = signposting.formatLinkHeader(signposting.signpostingLinks(publication({ doi: '10.5555/x>;rel="evil",<y' }), { describedBy }));
    expect(header.startsWith('<https://doi.org/10.5555/x%3E%3Brel%3D%22evil%22%2C%3Cy>; rel="cite-as", <https://orcid.org/0000-0002-1825-0097>; rel="author"')).toBe(true);
    expect(header).toContain('<https://institute.example/analyses/a-paper/pdf>; rel="item"; type="application/pdf"');
  });
});
