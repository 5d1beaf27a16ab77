import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown";

describe("renderMarkdown", () => {
  it("renders paragraphs, emphasis and links", () => {
    expect(renderMarkdown("One *two*.\n\n[Link](https://example.org)")).toBe(
      '<p>One <em>two</em>.</p>\n<p><a href="https://example.org" rel="noopener noreferrer">Link</a></p>\n',
    );
  });

  it("never passes script, event handlers or javascript: links through", () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))');
    // Raw HTML comes out as visible text, and the javascript: link is not made a link at all.
    expect(html).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>&lt;img src=x onerror=alert(1)&gt;</p>\n<p>[x](javascript:alert(1))</p>\n",
    );
  });

  it("demotes h1 under the page's own heading", () => {
    expect(renderMarkdown("# Heading")).toBe("<h2>Heading</h2>\n");
  });
});
