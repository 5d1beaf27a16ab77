import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { demo, demoPublication, FLAGSHIP, published } from "./helpers";
import { PASSWORD, uniqueEmail } from "./support/accounts";
import { waitForLink } from "./support/mailbox";

// A reader of the French interface, from browsing to their library; then two checks over the whole
// site: no English interface text left on French pages, and hreflang alternates that answer each other.

const french = published.find((p) => p.language === "fr" && !p.translationOf && !published.some((q) => q.translationOf === p.slug))!;
const flagshipInFrench = published.find((p) => p.translationOf === FLAGSHIP)!;

test("browse, filter and search in French", async ({ page }) => {
  await page.goto("/fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  // The site's name once, not "X | X".
  await expect(page).toHaveTitle("Halden Institute for International Affairs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recherche et analyse sur les questions internationales");
  await page.getByRole("link", { name: "Toutes les analyses →" }).click();
  await expect(page).toHaveURL(/\/fr\/analyses$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Toutes les analyses");
  await expect(page.getByRole("status")).toContainText(/\d+ publications, page 1 sur \d+/);

  // The filter form is a plain GET form under /fr: the listing stays French.
  await page.getByLabel("Type").selectOption("report");
  await page.getByRole("button", { name: "Appliquer les filtres" }).click();
  await expect(page).toHaveURL(/\/fr\/analyses\?.*type=report/);
  await expect(page.getByRole("group", { name: "Filtres actifs" })).toContainText("Rapport");
  await expect(page.locator("article").first()).toContainText("Rapport");
  // One filter on: singular, as French counts it (the phone's fold shows it).
  expect(await page.content()).toContain("Filtres (1 actif)");

  // The header's search, and a French stem-free query the catalogue holds in French.
  await page.getByRole("combobox", { name: "Rechercher dans les analyses" }).fill("Russie");
  await page.getByRole("button", { name: "OK" }).click();
  await expect(page).toHaveURL(/\/fr\/search\?q=Russie$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recherche");
  await expect(page.getByRole("status")).toHaveText(/\d+ résultats?/);
  await expect(page.getByText("Trier :")).toBeVisible();
});

test("centres, programmes, researchers, topics and regions are named in French", async ({ page }) => {
  const centre = demo.centers.find((c) => c.slug === "energy-climate")!;
  await page.goto("/fr/centers");
  const heading = page.getByRole("heading", { level: 2, name: centre.localized!.fr!.name });
  await expect(heading).not.toHaveAttribute("lang");
  await heading.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(centre.localized!.fr!.name);
  await expect(page.getByText(centre.localized!.fr!.description)).toBeVisible();
  const programme = centre.programs[0];
  await expect(page.getByRole("link", { name: programme.localized!.fr!.name, exact: true })).toBeVisible();
  const researcher = demo.authors.find((a) => a.center === centre.slug)!;
  await expect(page.getByText(researcher.localized!.fr!.role, { exact: true })).toBeVisible();

  // An analysis's tags, and the listing's filters, in French and in French order.
  const [topic] = demoPublication(FLAGSHIP).topics;
  const topicFr = demo.topics.find((t) => t.name === topic)!.localized.fr!.name;
  await page.goto(`/fr/analyses/${FLAGSHIP}`);
  await expect(page.getByRole("list", { name: "Thèmes et régions" }).getByRole("link", { name: topicFr, exact: true })).toBeVisible();
  await page.goto("/fr/analyses");
  const topics = await page.getByLabel("Thème").locator("option").allTextContents();
  expect(topics).toContain("Énergie");
  expect(topics.slice(1)).toEqual([...topics.slice(1)].sort((a, b) => a.localeCompare(b, "fr")));
  await page.getByLabel("Thème").selectOption({ label: "Énergie" });
  await page.getByRole("button", { name: "Appliquer les filtres" }).click();
  await expect(page.getByRole("group", { name: "Filtres actifs" })).toContainText("Énergie");
});

test("the language switch leads to the same page, and to a publication's translation", async ({ page }) => {
  await page.goto("/centers");
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/fr\/centers$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Centres de recherche et programmes");
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/centers$/);

  // A filtered listing keeps its filters.
  await page.goto("/analyses?type=report");
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/fr\/analyses\?type=report$/);

  // A publication with a French translation: the French interface shows the translation.
  await page.goto(`/analyses/${FLAGSHIP}`);
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(new RegExp(`/fr/analyses/${flagshipInFrench.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(flagshipInFrench.title);

  // One without: the same publication under the other interface, which says its language.
  await page.goto(`/fr/analyses/${french.slug}`);
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(new RegExp(`/analyses/${french.slug}$`));
  await expect(page.getByTestId("content-language")).toHaveText("This analysis is in French.");

  // The choice is remembered for the home page, which stays the same static page for everyone.
  await page.goto("/centers");
  await page.getByTestId("language-switch").click();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/);
});

test("sign up, save, sign in to download and read the library in French", async ({ page }) => {
  const email = uniqueEmail("francais");
  await page.goto("/fr/sign-up");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Créer un compte gratuit");
  await page.getByLabel("Nom").fill("Camille Lectrice");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page).toHaveURL(/\/fr\/sign-in\/check-email/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultez vos e-mails");
  // The mail is in the language the reader signed up in (its subject is MIME-encoded: match ASCII).
  await page.goto(await waitForLink(email, { subject: /^Confirmez votre compte sur / }));
  // Confirmed and signed in, back on the French home page.
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.getByRole("banner").locator("summary")).toHaveText("Camille Lectrice");

  // Save from the analysis page.
  await page.goto(`/fr/analyses/${french.slug}`);
  const save = page.getByRole("button", { name: `Enregistrer : ${french.title}` });
  await save.click();
  await expect(page.getByRole("button", { name: `Enregistrée : ${french.title}` })).toBeVisible();

  // The library, in French.
  await page.getByRole("banner").locator("summary").click();
  await page.getByRole("link", { name: "Votre bibliothèque" }).click();
  await expect(page).toHaveURL(/\/fr\/library$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre bibliothèque");
  await expect(page.getByRole("status")).toHaveText("1 analyse enregistrée");
  await expect(page.getByTestId("library-item")).toContainText(french.title);
  await expect(page.getByTestId("library-item")).toContainText(/Enregistrée le \d{1,2} \p{L}+ \d{4}/u);

  // Signed out, the download leads to the French sign-in, and back to the page, where it starts.
  await page.goto(`/fr/analyses/${french.slug}`);
  await page.getByRole("banner").locator("summary").click();
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  // Signed out, still in French.
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();
  await page.goto(`/fr/analyses/${french.slug}`);
  await page.getByRole("link", { name: /Se connecter pour télécharger le PDF/ }).click();
  await expect(page).toHaveURL(/\/fr\/sign-in\?callbackUrl=/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Connectez-vous pour télécharger «\u00a0${french.title}\u00a0»`);
  await page.getByLabel("Adresse e-mail", { exact: true }).fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  // Back on the French page (the notice clears its #download-ready from the address).
  await expect(page).toHaveURL(new RegExp(`/fr/analyses/${french.slug}$`));
  await expect(page.getByRole("status").filter({ hasText: "Vous êtes connecté. Le téléchargement a commencé." })).toBeVisible();
});

test("mails follow the reader's chosen language, French from a French sign-up", async ({ page }) => {
  const email = uniqueEmail("courriel");
  await page.goto("/fr/sign-up");
  await page.getByLabel("Nom").fill("Louis Lecteur");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await page.goto(await waitForLink(email, { subject: /^Confirmez votre compte sur / }));

  // A password reset: the French mail leads to the French page.
  await page.goto("/fr/account");
  await expect(page.getByRole("combobox", { name: "Langue de nos e-mails" })).toHaveValue("fr");
  const resetLink = async (nth: number, subject: RegExp) => {
    await page.goto("/fr/forgot-password");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByRole("button", { name: "M’envoyer un lien de réinitialisation" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultez vos e-mails");
    return waitForLink(email, { subject, nth });
  };
  expect(new URL(await resetLink(1, /initialiser/)).pathname).toBe("/fr/reset-password");

  // Chosen on the account page, English from then on, whatever the interface.
  await page.goto("/fr/account");
  await page.getByRole("combobox", { name: "Langue de nos e-mails" }).selectOption("en");
  await page.getByRole("button", { name: "Enregistrer la langue" }).click();
  await expect(page.getByText("Nos e-mails seront dans la langue choisie.")).toBeVisible();
  expect(new URL(await resetLink(1, /^Reset your/)).pathname).toBe("/reset-password");
});

test("a French publication is cited, harvested and fed at its French address", async ({ request, baseURL }) => {
  const own = `${baseURL}/fr/analyses/${french.slug}`;
  const html = await (await request.get(`/fr/analyses/${french.slug}`)).text();
  expect(html).toContain(`<link rel="canonical" href="${own}"/>`);
  expect(html).toContain(`<meta name="citation_abstract_html_url" content="${own}"/>`);
  expect(html).toContain(`<meta name="citation_language" content="fr"/>`);
  expect(html).toContain(`"inLanguage":"fr"`);
  // The reference follows French usage: « title », n°, "et", the date in French.
  const reference = html.match(/data-testid="formatted-citation">([^<]*)</)![1].replace(/&#x27;/g, "'").replace(/&amp;/g, "&").replace(/\u00a0/g, " ");
  expect(reference).toContain(`« ${french.title} ».`);
  if (french.seriesNumber != null) expect(reference).toContain(`${french.series}, n° ${french.seriesNumber}.`);
  if (french.authors.length > 1) expect(reference).toContain(", et ");
  expect(reference).toMatch(/\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}\./);
  expect(reference.endsWith(own)).toBe(true);
  // The French feed: publications written in French, linking their French pages.
  const feed = await (await request.get("/feeds/languages/fr.xml")).text();
  expect(feed).toContain(`<link rel="alternate" type="text/html" href="${own}"/>`);
  expect(feed).not.toContain(`/analyses/${FLAGSHIP}"`);
});

test("a forged locale field falls back to English, never to another address", async ({ request, baseURL }) => {
  for (const locale of ["../../evil", "//evil.example", "de", "FR", "f\u0072\u200b", "x".repeat(5000)]) {
    const res = await request.post("/api/account/sign-in", {
      headers: { origin: baseURL!, "content-type": "application/x-www-form-urlencoded" },
      data: new URLSearchParams({ email: uniqueEmail("forge"), password: "not the password at all", locale }).toString(),
      maxRedirects: 0,
    });
    expect(res.status(), locale.slice(0, 20)).toBe(303);
    expect(new URL(res.headers()["location"]!).pathname, locale.slice(0, 20)).toBe("/sign-in");
  }
});

test("a refusal is said in French, on the French form", async ({ page }) => {
  await page.goto("/fr/sign-in");
  await page.getByLabel("Adresse e-mail", { exact: true }).fill(uniqueEmail("inconnu"));
  await page.getByLabel("Mot de passe", { exact: true }).fill("not the password at all");
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/sign-in\?error=auth\.credentials/);
  await expect(page.getByText("L’adresse ou le mot de passe est incorrect")).toBeVisible();
});

// Every English interface text, but those French shares ("Contact", "Type") and the shortest words,
// which would match inside names and titles.
function englishInterfaceTexts(): string[] {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.resolve("lib/i18n/messages", file), "utf8"));
  const leaves = (tree: unknown, prefix = ""): Array<[string, string]> =>
    typeof tree === "string" ? [[prefix, tree]] : Object.entries(tree as object).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  const en = new Map([...leaves(read("en.json")), ...leaves(read("en.client.json"), "client")]);
  const fr = new Map([...leaves(read("fr.json")), ...leaves(read("fr.client.json"), "client")]);
  // The literal runs of each message, between its arguments and tags.
  return [...en]
    .filter(([key, text]) => fr.get(key) !== text)
    .flatMap(([, text]) => text.split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<\/?\w+>/))
    .map((s) => s.trim().replace(/[.:,→←]+$/, "").trim())
    .filter((s) => s.length >= 8 && /\s/.test(s));
}

/** The page's text in the interface language: content marked with another language is left out. */
async function interfaceText(page: Page) {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll("script, style, [lang]:not([lang='fr'])").forEach((el) => el.remove());
    const labels = [...document.querySelectorAll("[aria-label], [placeholder], [title]")]
      .filter((el) => !el.closest("[lang]:not([lang='fr'])"))
      .flatMap((el) => ["aria-label", "placeholder", "title"].map((a) => el.getAttribute(a) ?? ""));
    return [document.title, clone.innerText, ...labels].join("\n");
  });
}

test("no English interface text is left on the French pages", async ({ page }) => {
  test.setTimeout(120_000);
  const english = englishInterfaceTexts();
  expect(english.length).toBeGreaterThan(100);
  const center = demo.centers[0];
  const author = demo.authors[0];
  const englishOnly = published.find((p) => p.language === "en" && !published.some((q) => q.translationOf === p.slug) && !p.translationOf)!;
  const pages = [
    "/fr",
    "/fr/analyses",
    "/fr/analyses?type=report",
    "/fr/search",
    "/fr/search?q=Russie",
    "/fr/search?q=zzzzqqqq",
    "/fr/centers",
    `/fr/centers/${center.slug}`,
    "/fr/authors",
    `/fr/authors/${author.slug}`,
    `/fr/analyses/${french.slug}`,
    `/fr/analyses/${french.slug}/read`,
    `/fr/analyses/${englishOnly.slug}`,
    `/fr/analyses/${demoPublication(flagshipInFrench.slug).slug}`,
    "/fr/about",
    "/fr/sign-in",
    "/fr/sign-up",
    "/fr/forgot-password",
    "/fr/analyses/no-such-analysis",
  ];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    const text = await interfaceText(page);
    const left = english.filter((s) => text.includes(s));
    expect(left, path).toEqual([]);
  }
});

test("hreflang alternates are absolute and reciprocal across the whole demo site", async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const locsOf = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const index = await (await request.get("/sitemap.xml")).text();
  const urls = (await Promise.all(locsOf(index).map(async (loc) => locsOf(await (await request.get(new URL(loc).pathname)).text())))).flat();
  expect(urls.length).toBeGreaterThan(100);
  const alternatesOf = async (url: string) => {
    const html = await (await request.get(new URL(url).pathname + new URL(url).search)).text();
    return Object.fromEntries(
      [...html.matchAll(/<link\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => tag.includes('rel="alternate"') && /hreflang="/i.test(tag))
        .map((tag) => [/hreflang="([^"]+)"/i.exec(tag)![1], /href="([^"]+)"/.exec(tag)![1]]),
    ) as Record<string, string>;
  };
  const seen = new Map<string, Record<string, string>>();
  for (const url of urls) seen.set(url, await alternatesOf(url));
  for (const [url, alternates] of seen) {
    const targets = Object.values(alternates);
    if (!targets.length) continue;
    // Absolute, naming the page itself, with x-default.
    for (const target of targets) expect(target.startsWith(`${baseURL}/`) || target === baseURL, url).toBe(true);
    expect(targets.map((t) => t.replace(/\/$/, "")), url).toContain(url.replace(/\/$/, ""));
    expect(alternates["x-default"], url).toBeTruthy();
    // Every page it names names the same set back.
    for (const [lang, target] of Object.entries(alternates)) {
      if (lang === "x-default") continue;
      const back = seen.get(target) ?? seen.get(`${target}/`) ?? (await alternatesOf(target));
      expect(back, `${url} → ${target}`).toEqual(alternates);
    }
  }
});
