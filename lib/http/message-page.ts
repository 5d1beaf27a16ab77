// Pure, and not server-only: the one small page for answers that are not a rendered route (403,
// 413, 429, 503), used by route handlers, proxy.ts and scripts/serve.ts alike.
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const BACK: Record<Locale, string> = { en: "Go back", fr: "Revenir en arrière" };

export function messagePageHtml({ title, message, backHref, backLabel, siteName, locale = DEFAULT_LOCALE }: { title: string; message: string; backHref: string; backLabel?: string; siteName: string; locale?: Locale }): string {
  backLabel ??= BACK[locale];
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)} | ${escapeHtml(siteName)}</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1b1f24;background:#fbfaf7"><h1 style="font-family:Georgia,serif">${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="${escapeHtml(backHref)}" style="color:#0d5c63">${escapeHtml(backLabel)}</a></p></body></html>`;
}
