// The text each of the institute's own pages starts with, until an admin edits it. Written for the
// demo institute, but true of any Folio site: the privacy notice lists what Folio itself stores.

export const SITE_PAGE_SLUGS = ["about", "contact", "privacy", "terms"] as const;
export type SitePageSlug = (typeof SITE_PAGE_SLUGS)[number];

export function isSitePageSlug(value: string): value is SitePageSlug {
  return (SITE_PAGE_SLUGS as readonly string[]).includes(value);
}

/** The language the pages are written in: one text each, shown under both interfaces. */
export const SITE_PAGE_LANGUAGE = "en";

/** The back office's names for the pages, whatever their edited titles say. */

export function defaultSitePage(slug: SitePageSlug, siteName: string): { title: string; body: string } {
  switch (slug) {
    case "about":
      return {
        title: `About the ${siteName}`,
        body: `The ${siteName} is an independent research centre on international affairs. Its researchers publish analyses, policy briefs and reports for decision makers, journalists and anyone who wants to understand the questions of the day.

## Our centres

The institute's work is organised in [centres and programmes](/centers), each led by researchers who know their field from the inside. You will find every researcher, with their publications, on [our researchers' page](/authors).

## Our publications

Every summary is free to read. The full texts are free too: [create an account](/sign-up) to download them or read them online, and to keep a library of the analyses you want to come back to.

## Independence

The institute decides its research programme alone. Its funders, public and private, have no say in what it publishes, and every publication is reviewed before it appears.`,
      };
    case "contact":
      return {
        title: "Contact us",
        body: `## Press

Journalists can reach our researchers through the press office: **press@example.org**.

## Publications and your account

For a question about a publication, or about your reader account, write to **library@example.org**. We answer within two working days.

## Address

${siteName}
27 rue de la Paix
75002 Paris, France`,
      };
    case "privacy":
      return {
        title: "Privacy notice",
        body: `This notice says what the ${siteName} stores about you when you use this site, why, and for how long.

## Reading without an account

Reading summaries, searching and following feeds needs no account. The site sets no cookie for it and uses no analytics or advertising service. Our servers keep technical logs (address, page, time) for up to 14 days to keep the site secure.

## With an account

When you create an account, we store:

- your name and email address, to sign you in and to write to you about your account;
- your password, only as a salted hash (Argon2), never in a readable form;
- the analyses you save to your library, and your notes on them;
- the page where you stopped reading each analysis online, so that you can continue there;
- each download of a full text: the analysis and the time, so that we can count how often our work is read. Published figures are totals; no one outside the institute sees who downloaded what.

A cookie keeps you signed in. It lasts 30 days and is removed when you sign out.

## Your rights

You can change your name, email address and password on [your account page](/account), export your library, and delete your account there at any time: your account, library, notes, reading positions and download records are then erased. For any other request, write to **privacy@example.org**. You may also complain to your data protection authority.`,
      };
    case "terms":
      return {
        title: "Terms of use",
        body: `## Using the publications

The publications on this site are the work of the ${siteName} and its researchers. You may read, download, print and share them for personal, educational and research use, citing the authors and the institute. Any other use, in particular commercial reproduction, needs our written agreement.

## Your account

Keep your password to yourself. An account is personal; we may close one that is used to download publications in bulk or to disrupt the site.

## Responsibility

Our researchers' analyses express their own views, not those of the institute. We take care that the site is accurate and available, but cannot promise that it always will be.

## Changes

If these terms change, the new version is published here, with its date.`,
      };
  }
}
