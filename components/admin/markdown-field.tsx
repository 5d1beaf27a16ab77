"use client";

import { useEffect, useRef, useState } from "react";
import { FieldError } from "@/components/admin/editor-form";
import { Textarea } from "@/components/ui/field";
import { useClientTranslations } from "@/components/use-client-translations";

/**
 * The summary's Markdown beside a preview rendered by the server with the site's own renderer
 * and sanitiser, so what the editor sees is what readers will get.
 */
export function MarkdownField({ name, label, defaultValue = "" }: { name: string; label: string; defaultValue?: string }) {
  const [source, setSource] = useState(defaultValue);
  const t = useClientTranslations();
  const [html, setHtml] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const response = await fetch("/api/admin/markdown-preview", { method: "POST", body: new URLSearchParams({ source }), headers: { accept: "application/json" } }).catch(() => null);
      const body = (await response?.json().catch(() => null)) as { html?: string } | null;
      if (body?.html !== undefined) setHtml(body.html);
    }, 300);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [source]);

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div>
        <label htmlFor={`f-${name}`} className="block font-medium">
          {label}
        </label>
        <p className="text-sm text-muted">{t("admin.markdown.hint")}</p>
        <Textarea id={`f-${name}`} name={name} rows={14} value={source} onChange={(e) => setSource(e.target.value)} className="font-mono text-sm" />
        <FieldError name={name} />
      </div>
      <div aria-live="polite">
        <p className="font-medium">{t("admin.markdown.preview")}</p>
        {html === null ? (
          <p className="mt-1 text-sm text-muted">{t("admin.markdown.previewEmpty")}</p>
        ) : (
          <div data-testid="summary-preview" className="prose-summary mt-1 rounded border border-dashed border-line bg-white p-3" dangerouslySetInnerHTML={{ __html: html }} />
        )}
      </div>
    </div>
  );
}
