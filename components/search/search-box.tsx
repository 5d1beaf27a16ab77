"use client";

import { useEffect, useId, useState } from "react";
import { useClientTranslations } from "@/components/use-client-translations";
import { useLocaleParam } from "@/components/ui/locale-link";
import { localePath } from "@/lib/i18n/paths";

/**
 * The header's search: a plain GET form (works without JavaScript), with title and researcher
 * suggestions from /api/search/suggest in a native <datalist> as the reader types.
 */
export function SearchBox() {
  const t = useClientTranslations();
  const locale = useLocaleParam();
  const listId = useId();
  const [q, setQ] = useState("");
  const [options, setOptions] = useState<string[]>([]);
  useEffect(() => {
    if (q.trim().length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : { titles: [], authors: [] }))
        .then((s: { titles: Array<{ title: string }>; authors: Array<{ name: string }> }) => setOptions([...s.titles.map((t) => t.title), ...s.authors.map((a) => a.name)]))
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);
  return (
    <form method="get" action={localePath(locale, "/search")} role="search" className="flex">
      <label htmlFor="header-search" className="sr-only">{t("search.label")}</label>
      <input
        id="header-search"
        name="q"
        type="search"
        list={listId}
        maxLength={200}
        placeholder={t("search.placeholder")}
        autoComplete="off"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        className="w-36 rounded-l border border-line bg-white px-2 py-1.5 text-sm sm:w-48"
      />
      <datalist id={listId}>
        {options.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <button type="submit" className="rounded-r border border-l-0 border-accent bg-accent px-2 py-1.5 text-sm text-white">
        {t("search.go")}
      </button>
    </form>
  );
}
