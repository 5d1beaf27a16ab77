"use client";

import { createContext, useContext, useState } from "react";
import { FieldHint, FieldMessage, Input, Label, Select, Textarea } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { slugify } from "@/lib/format/slugify";
import { useClientTranslations } from "@/components/use-client-translations";
import { LocaleField } from "@/components/ui/locale-field";
import { useHydrated } from "@/components/ui/use-hydrated";

type FormErrors = Record<string, string>;
const ErrorsContext = createContext<FormErrors>({});

/**
 * A back-office form. It posts like any form (so it works without script, with a plain error
 * page on failure); with script it posts in the background, keeps everything typed, shows each
 * error next to its field, and moves to the saved item on success.
 */
export function EditorForm({ action, children, className = "", encType }: { action: string; children: React.ReactNode; className?: string; encType?: "multipart/form-data" }) {
  const [errors, setErrors] = useState<FormErrors>({});
  const [message, setMessage] = useState<{ text: string; conflict?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useClientTranslations();
  // Until the script runs, the form posts natively; data-enhanced says the background post is on.
  const enhanced = useHydrated();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch(action, { method: "POST", body: new FormData(event.currentTarget), headers: { accept: "application/json" } });
      const body = (await response.json().catch(() => null)) as { ok: boolean; redirect?: string; message?: string; errors?: FormErrors } | null;
      if (body?.ok && body.redirect) {
        window.location.assign(body.redirect);
        return;
      }
      const { conflict, ...fieldErrors } = body?.errors ?? {};
      setErrors(fieldErrors);
      setMessage({ text: body?.message ?? t("admin.editorForm.serverAnswered", { status: response.status }), conflict });
    } catch {
      setMessage({ text: t("admin.editorForm.unreachable") });
    } finally {
      setBusy(false);
    }
  }

  // A complaint goes once the field it is about changes; a slug that follows the title follows it.
  function onChange(event: React.FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement;
    if (target.name && errors[target.name]) {
      setErrors((current) => {
        const rest = { ...current };
        delete rest[target.name];
        return rest;
      });
    }
    if (target.dataset.followTitle !== undefined) target.dataset.edited = "true";
    if (target.name === "title") {
      const slug = event.currentTarget.querySelector<HTMLInputElement>("input[data-follow-title]");
      if (slug && slug.dataset.edited !== "true") slug.value = slugify(target.value).slice(0, 100).replace(/-+$/, "");
    }
  }

  return (
    <ErrorsContext.Provider value={errors}>
      <form action={action} method="post" encType={encType} onSubmit={onSubmit} onChange={onChange} className={className} aria-busy={busy} data-enhanced={enhanced || undefined} noValidate>
        {message ? (
          <Notice tone="error" className="mb-4">
            {message.text}
            {message.conflict ? (
              <>
                {" "}
                <a href={message.conflict} target="_blank" rel="noopener" className="underline">
                  {t("admin.editorForm.openCurrent")}
                </a>
                .
              </>
            ) : null}
          </Notice>
        ) : null}
        <LocaleField />
        {children}
      </form>
    </ErrorsContext.Provider>
  );
}

export function FieldError({ name }: { name: string }) {
  const error = useContext(ErrorsContext)[name];
  return error ? <FieldMessage id={`${name}-error`}>{error}</FieldMessage> : null;
}

/** Marks a control invalid and points it at its error message, when it has one. */
function useErrorProps(name: string) {
  const invalid = !!useContext(ErrorsContext)[name];
  return { "aria-invalid": invalid || undefined, "aria-describedby": invalid ? `${name}-error` : undefined };
}

/** `lang`: the language of what is typed in, when it is not the page's (a translation). */
type InputProps = { label: string; name: string; defaultValue?: string; hint?: string; required?: boolean; maxLength?: number; lang?: string; type?: "text" | "date" | "datetime-local" | "url" | "number" };

/** `followTitle`: filled from the form's title as it is typed, until the editor changes it. */
export function TextInput({ label, name, hint, type = "text", followTitle, ...input }: InputProps & { followTitle?: boolean }) {
  const errorProps = useErrorProps(name);
  return (
    <div>
      <Label htmlFor={`f-${name}`}>{label}</Label>
      {hint ? <FieldHint>{hint}</FieldHint> : null}
      <Input id={`f-${name}`} name={name} type={type} data-follow-title={followTitle ? "" : undefined} {...errorProps} {...input} />
      <FieldError name={name} />
    </div>
  );
}

export function TextArea({ label, name, rows = 6, ...input }: InputProps & { rows?: number }) {
  const errorProps = useErrorProps(name);
  return (
    <div>
      <Label htmlFor={`f-${name}`}>{label}</Label>
      <Textarea id={`f-${name}`} name={name} rows={rows} {...errorProps} defaultValue={input.defaultValue} maxLength={input.maxLength} required={input.required} lang={input.lang} />
      <FieldError name={name} />
    </div>
  );
}

export function SelectInput({ label, name, options, defaultValue, placeholder }: { label: string; name: string; options: Array<{ value: string; label: string }>; defaultValue?: string; placeholder?: string }) {
  const errorProps = useErrorProps(name);
  return (
    <div>
      <Label htmlFor={`f-${name}`}>{label}</Label>
      <Select id={`f-${name}`} name={name} defaultValue={defaultValue ?? ""} {...errorProps}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      <FieldError name={name} />
    </div>
  );
}

/** Many-of checkboxes in a scrollable box: programmes, topics, regions. */
export function CheckboxGroup({ legend, name, options, checked }: { legend: string; name: string; options: Array<{ value: string; label: string }>; checked: string[] }) {
  const on = new Set(checked);
  const t = useClientTranslations();
  return (
    <fieldset>
      <legend className="font-medium">{legend}</legend>
      {options.length ? (
        <div className="mt-1 max-h-48 overflow-y-auto rounded border border-line bg-white p-2">
          {options.map((o) => (
            <label key={o.value} className="flex items-center gap-2 py-0.5">
              <input type="checkbox" name={name} value={o.value} defaultChecked={on.has(o.value)} />
              {o.label}
            </label>
          ))}
        </div>
      ) : (
        <FieldHint>{t("admin.noneYet")}</FieldHint>
      )}
      <FieldError name={name} />
    </fieldset>
  );
}
