// The cookie the language switch sets and the home page's redirect reads (next.config.js, which
// repeats the name: it cannot import TypeScript). Pure: the switch is a client component.
export const LOCALE_COOKIE = "folio-locale";
