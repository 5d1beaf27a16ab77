// The cookie the language switch sets and the home page's redirect reads (proxy.ts). Pure: the
// switch is a client component.
export const LOCALE_COOKIE = "folio-locale";
