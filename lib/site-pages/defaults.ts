// The text each of the institute's own pages starts with, in each interface language, until an
// admin edits it. Written for the demo institute, but true of any Folio site: the privacy notice
// lists what Folio itself stores.
import type { Locale } from "@/lib/i18n/locales";

import { SITE_PAGE_SLUGS, type SitePageSlug } from "@/lib/validations/site-pages";

export function isSitePageSlug(value: string): value is SitePageSlug {
  return (SITE_PAGE_SLUGS as readonly string[]).includes(value);
}

export function defaultSitePage(slug: SitePageSlug, siteName: string, locale: Locale = "en"): { title: string; body: string } {
  return locale === "fr" ? frenchDefault(slug, siteName) : englishDefault(slug, siteName);
}

function englishDefault(slug: SitePageSlug, siteName: string): { title: string; body: string } {
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

function frenchDefault(slug: SitePageSlug, siteName: string): { title: string; body: string } {
  switch (slug) {
    case "about":
      return {
        title: `À propos de l’institut`,
        body: `${siteName} est un centre de recherche indépendant consacré aux questions internationales. Ses chercheurs publient des analyses, des notes de synthèse et des rapports pour les décideurs, les journalistes et tous ceux qui veulent comprendre l’actualité.

## Nos centres

Les travaux de l’institut sont organisés en [centres et programmes](/fr/centers), chacun animé par des chercheurs qui connaissent leur terrain de l’intérieur. Vous trouverez chaque chercheur, avec ses publications, sur [la page de nos chercheurs](/fr/authors).

## Nos publications

Tous les résumés sont en accès libre. Les textes complets aussi : [créez un compte](/fr/sign-up) pour les télécharger ou les lire en ligne, et pour garder dans une bibliothèque les analyses auxquelles vous voulez revenir.

## Indépendance

L’institut fixe seul son programme de recherche. Ses financeurs, publics et privés, n’ont aucun droit de regard sur ce qu’il publie, et chaque publication est relue avant de paraître.`,
      };
    case "contact":
      return {
        title: "Nous contacter",
        body: `## Presse

Les journalistes peuvent joindre nos chercheurs par l’intermédiaire du service de presse : **press@example.org**.

## Publications et compte lecteur

Pour une question sur une publication ou sur votre compte, écrivez à **library@example.org**. Nous répondons sous deux jours ouvrés.

## Adresse

${siteName}
27 rue de la Paix
75002 Paris, France`,
      };
    case "privacy":
      return {
        title: "Politique de confidentialité",
        body: `Cette page indique ce que ${siteName} conserve à votre sujet lorsque vous utilisez ce site, pourquoi, et pour combien de temps.

## Lire sans compte

Lire les résumés, faire une recherche ou suivre les flux ne demande aucun compte. Le site ne dépose pour cela aucun cookie et n’utilise aucun service de mesure d’audience ni de publicité. Nos serveurs conservent des journaux techniques (adresse, page, heure) pendant 14 jours au plus, pour la sécurité du site.

## Avec un compte

Lorsque vous créez un compte, nous conservons :

- votre nom et votre adresse électronique, pour vous connecter et vous écrire au sujet de votre compte ;
- votre mot de passe, uniquement sous forme d’empreinte salée (Argon2), jamais lisible ;
- les analyses que vous enregistrez dans votre bibliothèque, et vos notes à leur sujet ;
- la page où vous vous êtes arrêté dans chaque analyse lue en ligne, pour que vous puissiez reprendre là ;
- chaque téléchargement d’un texte complet : l’analyse et l’heure, pour savoir combien nos travaux sont lus. Les chiffres publiés sont des totaux ; personne hors de l’institut ne voit qui a téléchargé quoi.

Un cookie vous garde connecté. Il dure 30 jours et disparaît lorsque vous vous déconnectez.

## Vos droits

Vous pouvez modifier votre nom, votre adresse et votre mot de passe sur [la page de votre compte](/fr/account), y exporter votre bibliothèque et y supprimer votre compte à tout moment : votre compte, votre bibliothèque, vos notes, vos positions de lecture et vos téléchargements sont alors effacés. Pour toute autre demande, écrivez à **privacy@example.org**. Vous pouvez aussi saisir l’autorité de protection des données de votre pays (en France, la CNIL).`,
      };
    case "terms":
      return {
        title: "Conditions d’utilisation",
        body: `## Utilisation des publications

Les publications de ce site sont l’œuvre de ${siteName} et de ses chercheurs. Vous pouvez les lire, les télécharger, les imprimer et les partager pour un usage personnel, pédagogique ou de recherche, en citant les auteurs et l’institut. Tout autre usage, notamment la reproduction commerciale, demande notre accord écrit.

## Votre compte

Gardez votre mot de passe pour vous. Un compte est personnel ; nous pouvons fermer un compte utilisé pour télécharger des publications en masse ou pour perturber le site.

## Responsabilité

Les analyses de nos chercheurs expriment leurs propres opinions, non celles de l’institut. Nous veillons à l’exactitude et à la disponibilité du site, sans pouvoir garantir qu’elles seront toujours assurées.

## Modifications

Si ces conditions changent, la nouvelle version est publiée ici, avec sa date.`,
      };
  }
}
