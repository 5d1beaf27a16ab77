import { expect, test } from "@playwright/test";
import { demo } from "./helpers";

// Covers are rendered when PDFs are stored (here, by the demo import the suite starts with).
test("every demo publication with a full text shows its cover, as WebP and JPEG images", async ({ request }) => {
  const withPdf = demo.publications.filter((p) => p.pdf);
  expect(withPdf.length).toBeGreaterThan(30);
  for (const p of withPdf) {
    const html = await (await request.get(`/analyses/${p.slug}`)).text();
    const m = /srcSet="(\/covers\/[a-f0-9]{64})-240\.webp 1x, \/covers\/[a-f0-9]{64}-480\.webp 2x"/.exec(html);
    expect(m, `cover of ${p.slug}`).not.toBeNull();
    const webp = await request.get(`${m![1]}-240.webp`);
    expect(webp.status()).toBe(200);
    expect(webp.headers()["content-type"]).toBe("image/webp");
    expect(webp.headers()["cache-control"]).toContain("immutable");
    const bytes = await webp.body();
    expect(bytes.subarray(0, 4).toString("latin1") + bytes.subarray(8, 12).toString("latin1")).toBe("RIFFWEBP");
    const jpg = await (await request.get(`${m![1]}-240.jpg`)).body();
    expect([...jpg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  }
});

test("cover addresses outside the stored names are 404s", async ({ request }) => {
  for (const path of ["/covers/x.webp", `/covers/${"a".repeat(64)}-240.webp`, `/covers/${"a".repeat(64)}-999.webp`, "/covers/..%2F..%2Fpackage.json", `/covers/${"a".repeat(64)}-240.png`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("listing cards show each publication's cover, lazily, in a box reserved by its size", async ({ request }) => {
  const html = await (await request.get("/analyses")).text();
  const cards = html.split("<article").slice(1);
  expect(cards.length).toBe(20);
  for (const card of cards) {
    const slug = /href="\/analyses\/([a-z0-9-]+)"/.exec(card)![1];
    const img = /<img[^>]*src="\/covers\/[a-f0-9]{64}-240\.jpg"[^>]*>/.exec(card)?.[0];
    if (!demo.publications.find((p) => p.slug === slug)?.pdf) {
      expect(img, slug).toBeUndefined();
      continue;
    }
    expect(img, slug).toBeDefined();
    expect(img).toContain('loading="lazy"');
    expect(img).toContain('width="80"');
    expect(img).toContain('height="113"');
    // The title beside it names the card; the image adds nothing for a screen reader.
    expect(img).toContain('alt=""');
  }
});
