"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { PDFDocumentProxy } from "pdfjs-dist";
import { Button, buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Notice } from "@/components/ui/notice";
import { useMe } from "@/components/use-me";
import { analysisPdfPath } from "@/lib/accounts/return-to";
import { useClientTranslations } from "@/components/use-client-translations";
import { useLocaleParam } from "@/components/ui/locale-link";
import { localePath } from "@/lib/i18n/paths";
import { useHydrated } from "@/components/ui/use-hydrated";


type State = { kind: "loading" } | { kind: "ready"; doc: PDFDocumentProxy } | { kind: "failed" };

// Ranges of this size, fetched as pages need them: a 300-page report is not downloaded whole
// before its first page shows.
const CHUNK_BYTES = 64 * 1024;

/**
 * The full text read in the browser with PDF.js, one page at a time. Every byte comes through the
 * gated PDF route (a session is required there, not here), in ranges. The page the reader is on
 * is saved as they turn pages, and the viewer opens there next time.
 */
export function PdfReader({ slug, title, pages }: { slug: string; title: string; pages: number | null }) {
  const me = useMe();
  // The cached HTML (and a browser without JavaScript) gets the download link; the viewer
  // replaces it once the script runs.
  const hydrated = useHydrated();
  const [state, setState] = useState<State>({ kind: "loading" });
  const [page, setPage] = useState<number | null>(null);
  const [typed, setTyped] = useState("");
  const [text, setText] = useState("");
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const saved = useRef<number | null>(null);
  const t = useClientTranslations();
  const locale = useLocaleParam();
  const pdf = analysisPdfPath({ slug, locale });

  // Open the document and the reader's place, once we know they are signed in.
  useEffect(() => {
    if (!me) return;
    let live = true;
    let destroy: (() => void) | null = null;
    (async () => {
      try {
        const [pdfjs, position] = await Promise.all([
          import("pdfjs-dist"),
          fetch(`/api/reading/${slug}`, { cache: "no-store" })
            .then((r) => (r.ok ? (r.json() as Promise<{ page: number }>) : { page: 1 }))
            .catch(() => ({ page: 1 })),
        ]);
        pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url), { type: "module" });
        const task = pdfjs.getDocument({ url: pdf, disableAutoFetch: true, disableStream: true, rangeChunkSize: CHUNK_BYTES, isEvalSupported: false });
        destroy = () => void task.destroy();
        const doc = await task.promise;
        if (!live) return;
        saved.current = position.page;
        setPage(Math.min(Math.max(1, position.page), doc.numPages));
        setState({ kind: "ready", doc });
      } catch {
        if (live) setState({ kind: "failed" });
      }
    })();
    return () => {
      live = false;
      destroy?.();
    };
  }, [me, slug, pdf]);

  // Draw the page at the frame's width (sharp on high-density screens) and keep its text for screen readers.
  useEffect(() => {
    if (state.kind !== "ready" || page === null) return;
    let cancelled = false;
    let task: { cancel: () => void } | null = null;
    (async () => {
      const pdfPage = await state.doc.getPage(page);
      if (cancelled || !canvasRef.current || !frameRef.current) return;
      const width = frameRef.current.clientWidth;
      const base = pdfPage.getViewport({ scale: 1 });
      const viewport = pdfPage.getViewport({ scale: width / base.width });
      const ratio = window.devicePixelRatio || 1;
      const canvas = canvasRef.current;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      const render = pdfPage.render({ canvas, viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined });
      task = render;
      const content = await pdfPage.getTextContent();
      if (!cancelled) setText(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
      await render.promise.catch(() => {});
    })();
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [state, page]);

  // Remember the page, a moment after the reader stops turning, and at once when they leave
  // (keepalive: the request outlives the page).
  const unsaved = useRef<number | null>(null);
  const savePage = useCallback(
    (n: number) => {
      saved.current = n;
      unsaved.current = null;
      void fetch(`/api/reading/${slug}`, { method: "POST", body: new URLSearchParams({ page: String(n) }), keepalive: true }).catch(() => {});
    },
    [slug],
  );
  useEffect(() => {
    if (page === null) return;
    // Back on the page already saved: nothing is pending any more (else leaving would send the
    // page passed through on the way).
    if (page === saved.current) {
      unsaved.current = null;
      return;
    }
    unsaved.current = page;
    const timer = setTimeout(() => savePage(page), 600);
    return () => clearTimeout(timer);
  }, [page, savePage]);
  useEffect(() => {
    const flush = () => {
      if (unsaved.current !== null) savePage(unsaved.current);
    };
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [savePage]);

  const count = state.kind === "ready" ? state.doc.numPages : (pages ?? 0);
  const go = useCallback((to: number) => setPage((current) => (count ? Math.min(Math.max(1, to), count) : current)), [count]);

  if (!hydrated) {
    return (
      <p className="mt-6 rounded border border-line bg-white p-6">
        {t.rich("reader.needsJs", {
          pdf: (chunks) => (
            <a className="text-accent underline" href={pdf}>
              {chunks}
            </a>
          ),
        })}
      </p>
    );
  }

  if (me === null) {
    return (
      <div className="mt-8 rounded border border-line bg-white p-6">
        <p>{t("reader.needsAccount")}</p>
        <a href={localePath(locale, `/sign-in?callbackUrl=${encodeURIComponent(localePath(locale, `/analyses/${slug}/read`))}`)} className={cn(buttonVariants(), "mt-4")}>
          {t("reader.signIn")}
        </a>
      </div>
    );
  }

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (page === null || (event.target as HTMLElement).tagName === "INPUT") return;
    const keys: Record<string, number> = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 };
    if (event.key in keys) {
      event.preventDefault();
      go(page + keys[event.key]);
    } else if (event.key === "Home") go(1);
    else if (event.key === "End") go(count);
  };

  return (
    <section aria-label={t("reader.fullText", { title })} className="mt-6" onKeyDown={onKeyDown}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={t("reader.pages")} className="flex flex-wrap items-center gap-2">
          <Button type="button" variant="outline" size="sm" onClick={() => page && go(page - 1)} disabled={!page || page <= 1}>
            {t("reader.previous")}
          </Button>
          <form
            className="flex items-center gap-2 text-sm"
            onSubmit={(event) => {
              event.preventDefault();
              const n = Number(typed);
              if (Number.isInteger(n)) go(n);
              setTyped("");
            }}
          >
            <label htmlFor="reader-page">{t("reader.page")}</label>
            <input id="reader-page" inputMode="numeric" value={typed || (page ?? "")} onChange={(e) => setTyped(e.target.value.replace(/\D/g, ""))} className="w-14 rounded border border-line bg-white px-2 py-1 text-center" aria-describedby="reader-count" />
            <span id="reader-count">{t("reader.of", { count: count || "…" })}</span>
          </form>
          <Button type="button" variant="outline" size="sm" onClick={() => page && go(page + 1)} disabled={!page || page >= count}>
            {t("reader.next")}
          </Button>
        </nav>
        <a href={pdf} className={buttonVariants({ variant: "secondary", size: "sm" })}>
          {t("reader.download")}
        </a>
      </div>
      {state.kind === "failed" ? (
        <Notice tone="error" className="mt-4">
          {t("reader.failed")}
        </Notice>
      ) : null}
      <div ref={frameRef} tabIndex={0} aria-label={t("reader.view")} className="mt-4 min-h-64 overflow-hidden rounded border border-line bg-white shadow-sm">
        {state.kind === "loading" ? <p className="p-6 text-muted">{t("reader.opening")}</p> : null}
        <canvas ref={canvasRef} aria-hidden className={state.kind === "ready" ? "block" : "hidden"} data-page={page ?? undefined} />
      </div>
      <p className="sr-only" aria-live="polite">
        {page ? `${t("reader.pageOf", { page, count })} ` : ""}
        {text}
      </p>
    </section>
  );
}
