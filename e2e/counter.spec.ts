// COUNTER R5.1 download statistics through the real gated route, FAIR Signposting on the analysis
// page, and the identifiers and Crossref deposit in the back office.
import { expect, test } from "@playwright/test";
import { demoPublication, FLAGSHIP } from "./helpers";
import { signUp, uniqueEmail } from "./support/accounts";
import { makeEditor } from "./support/editorial";
import { query } from "./support/db";

const SLUG = "russian-strategic-thinking-after-crimea";
const pdf = `/analyses/${SLUG}/pdf`;
const browserAgent = (token: string) => `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 folio-e2e/${token}`;

async function logged(token: string) {
  return query<{ robot: boolean | number; counted: boolean | number }>(`SELECT "robot", "counted" FROM "DownloadEvent" WHERE "userAgent" LIKE $1 ORDER BY "at"`, [`%${token}`]);
}

test("downloads count by COUNTER's rules: double clicks once, robots and partial or refused requests never", async ({ page, playwright, baseURL }) => {
  const token = `c${Date.now()}`;
  const ua = browserAgent(token);
  // Refused: no session, a 303 to sign-in, nothing logged.
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get(pdf, { headers: { "user-agent": ua }, maxRedirects: 0 })).status()).toBe(303);
  await anonymous.dispose();
  expect(await logged(token)).toEqual([]);

  await signUp(page, { email: uniqueEmail("counter") });
  const get = (headers: Record<string, string> = {}) => page.request.get(pdf, { headers: { "user-agent": ua, ...headers } });
  expect((await get()).status()).toBe(200);
  // A double click: the same file again within 30 seconds.
  expect((await get()).status()).toBe(200);
  // A viewer's partial requests, and a HEAD, are not new downloads.
  expect((await get({ range: "bytes=0-99" })).status()).toBe(206);
  expect((await get({ range: "bytes=100-" })).status()).toBe(206);
  expect((await page.request.head(pdf, { headers: { "user-agent": ua } })).status()).toBe(200);
  expect((await logged(token)).map((e) => [Boolean(e.robot), Boolean(e.counted)])).toEqual([[false, true], [false, false]]);

  // A robot's full download is logged and never counted.
  expect((await page.request.get(pdf, { headers: { "user-agent": `Googlebot/2.1 (+http://www.google.com/bot.html) ${token}` } })).status()).toBe(200);
  expect((await logged(token)).map((e) => [Boolean(e.robot), Boolean(e.counted)])).toEqual([[false, true], [false, false], [true, false]]);
});

test("the dashboard shows the month's COUNTER figures and exports the R5.1 item report", async ({ page }) => {
  await makeEditor(page);
  await page.request.get(pdf, { headers: { "user-agent": browserAgent(`d${Date.now()}`) } });
  await page.goto("/admin");
  const section = page.getByRole("region", { name: "Downloads by month (COUNTER)" });
  const month = new Date().toISOString().slice(0, 7);
  const row = section.getByRole("row").filter({ has: page.getByRole("rowheader", { name: month }) });
  await expect(row.getByRole("cell").first()).not.toHaveText("0");

  const downloading = page.waitForEvent("download");
  await section.getByRole("button", { name: "Download the report" }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^folio-counter-ir-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
  const lines = (await import("node:fs")).readFileSync(await file.path(), "utf8").split("\r\n");
  expect(lines.slice(0, 3)).toEqual(["Report_Name,Item Report", "Report_ID,IR", "Release,5.1"]);
  const title = demoPublication(SLUG).title;
  expect(lines.some((l) => l.startsWith(title) && l.includes(",Total_Item_Requests,"))).toBe(true);
  expect(lines.some((l) => l.startsWith(title) && l.includes(",Unique_Item_Requests,"))).toBe(true);

  const bad = await page.request.get("/api/admin/stats/export?report=counter&from=2026-13&to=2026-01");
  expect(bad.status()).toBe(422);
  expect(await bad.text()).toContain("Enter a month as YYYY-MM.");
  const backwards = await page.request.get("/api/admin/stats/export?report=counter&from=2026-05&to=2026-01");
  expect(await backwards.text()).toContain("The first month must not be after the last.");
});

test("the analysis page signposts its DOI, authors' ORCID iDs, type, PDF and citations, in the Link header and as <link>s", async ({ page, request }) => {
  const res = await request.get(`/analyses/${FLAGSHIP}`);
  expect(res.status()).toBe(200);
  const link = res.headers()["link"] ?? "";
  const base = new URL(res.url()).origin;
  expect(link).toContain('<https://doi.org/10.5555/halden.asia.92>; rel="cite-as"');
  expect(link).toContain('<https://orcid.org/0000-0002-7341-1180>; rel="author"');
  expect(link).toContain('<https://schema.org/Report>; rel="type"');
  expect(link).toContain(`<${base}/analyses/${FLAGSHIP}/pdf>; rel="item"; type="application/pdf"`);
  expect(link).toContain(`<${base}/analyses/${FLAGSHIP}/cite/bibtex>; rel="describedby"; type="application/x-bibtex"`);
  // The signposted item is the gated route: without a session it is a redirect to sign in.
  expect((await request.get(`/analyses/${FLAGSHIP}/pdf`, { maxRedirects: 0 })).status()).toBe(303);

  await page.goto(`/analyses/${FLAGSHIP}`);
  await expect(page.locator('head link[rel="cite-as"]')).toHaveAttribute("href", "https://doi.org/10.5555/halden.asia.92");
  await expect(page.locator('head link[rel="item"]')).toHaveAttribute("type", "application/pdf");
  // Every citation format "Cite this" offers, as the registry lists them.
  await expect(page.locator('head link[rel="describedby"]')).toHaveCount(3);
  expect(link).toContain(`<${base}/analyses/${FLAGSHIP}/cite/csl-json>; rel="describedby"; type="application/vnd.citationstyles.csl+json"`);
  await expect(page.getByTestId("doi")).toContainText("https://doi.org/10.5555/halden.asia.92");
  await expect(page.getByTestId("author-bio").filter({ hasText: "Kenji Arakawa" }).getByTestId("orcid")).toContainText("https://orcid.org/0000-0002-7341-1180");
  // Without a DOI, the page cites itself.
  const plain = await request.get(`/analyses/${SLUG}`);
  expect(plain.headers()["link"]).toContain(`<${base}/analyses/${SLUG}>; rel="cite-as"`);
  const bib = await (await request.get(`/analyses/${FLAGSHIP}/cite/bibtex`)).text();
  expect(bib).toContain("doi = {10.5555/halden.asia.92}");
});

test("editors set DOIs and ORCID iDs, are told when one is malformed, and download a Crossref deposit", async ({ page }) => {
  await makeEditor(page);
  const [row] = await query<{ id: string }>(`SELECT "id" FROM "Publication" WHERE "slug" = $1`, [FLAGSHIP]);
  await page.goto(`/admin/publications/${row.id}`);
  await expect(page.getByLabel("DOI")).toHaveValue("10.5555/halden.asia.92");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Crossref deposit (XML)" }).click();
  const file = await downloading;
  const xml = (await import("node:fs")).readFileSync(await file.path(), "utf8");
  expect(xml).toContain('<doi_batch version="5.3.1" xmlns="http://www.crossref.org/schema/5.3.1"');
  expect(xml).toContain("<doi>10.5555/halden.asia.92</doi>");
  expect(xml).toContain("<ORCID>https://orcid.org/0000-0002-7341-1180</ORCID>");

  // A malformed ORCID iD is refused with the field named, and nothing is saved.
  const [author] = await query<{ id: string }>(`SELECT "id" FROM "Author" WHERE "slug" = 'kenji-arakawa'`);
  await page.goto(`/admin/authors/${author.id}`);
  await expect(page.getByLabel("ORCID iD")).toHaveValue("0000-0002-7341-1180");
  await page.getByLabel("ORCID iD").fill("0000-0002-7341-1181");
  await page.getByRole("button", { name: "Save changes" }).first().click();
  await expect(page.getByText("This is not an ORCID iD").first()).toBeVisible();
  const [after] = await query<{ orcid: string }>(`SELECT "orcid" FROM "Author" WHERE "id" = $1`, [author.id]);
  expect(after.orcid).toBe("0000-0002-7341-1180");
});
