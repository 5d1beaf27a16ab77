"use client";

import { createContext, useContext, useState } from "react";

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
      setMessage({ text: body?.message ?? `The server answered ${response.status}. Try again.`, conflict });
    } catch {
      setMessage({ text: "The server could not be reached. Your input is still here; try again." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <ErrorsContext.Provider value={errors}>
      <form action={action} method="post" encType={encType} onSubmit={onSubmit} className={className} aria-busy={busy} noValidate>
        {message ? (
          <div role="alert" className="mb-4 rounded border-l-4 border-red-700 bg-red-50 px-4 py-3 text-red-900">
            {message.text}
            {message.conflict ? (
              <>
                {" "}
                <a href={message.conflict} target="_blank" rel="noopener" className="underline">
                  Open the current version in a new tab
                </a>
                .
              </>
            ) : null}
          </div>
        ) : null}
        {children}
      </form>
    </ErrorsContext.Provider>
  );
}

export function FieldError({ name }: { name: string }) {
  const error = useContext(ErrorsContext)[name];
  return error ? (
    <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-800">
      {error}
    </p>
  ) : null;
}

const inputClass = "mt-1 block w-full rounded border border-line bg-white px-3 py-2";

/** Marks a control invalid and points it at its error message, when it has one. */
function useErrorProps(name: string) {
  const invalid = !!useContext(ErrorsContext)[name];
  return { "aria-invalid": invalid || undefined, "aria-describedby": invalid ? `${name}-error` : undefined };
}

type InputProps = { label: string; name: string; defaultValue?: string; hint?: string; required?: boolean; maxLength?: number; type?: "text" | "date" | "datetime-local" | "url" | "number" };

export function TextInput({ label, name, hint, type = "text", ...input }: InputProps) {
  const errorProps = useErrorProps(name);
  return (
    <div>
      <label htmlFor={`f-${name}`} className="block font-medium">
        {label}
      </label>
      {hint ? <p className="text-sm text-muted">{hint}</p> : null}
      <input id={`f-${name}`} name={name} type={type} {...errorProps} className={inputClass} {...input} />
      <FieldError name={name} />
    </div>
  );
}

export function TextArea({ label, name, rows = 6, ...input }: InputProps & { rows?: number }) {
  const errorProps = useErrorProps(name);
  return (
    <div>
      <label htmlFor={`f-${name}`} className="block font-medium">
        {label}
      </label>
      <textarea id={`f-${name}`} name={name} rows={rows} {...errorProps} className={inputClass} defaultValue={input.defaultValue} maxLength={input.maxLength} required={input.required} />
      <FieldError name={name} />
    </div>
  );
}

export function SelectInput({ label, name, options, defaultValue, placeholder }: { label: string; name: string; options: Array<{ value: string; label: string }>; defaultValue?: string; placeholder?: string }) {
  const errorProps = useErrorProps(name);
  return (
    <div>
      <label htmlFor={`f-${name}`} className="block font-medium">
        {label}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={defaultValue ?? ""} {...errorProps} className={inputClass}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError name={name} />
    </div>
  );
}

/** Many-of checkboxes in a scrollable box: programmes, topics, regions. */
export function CheckboxGroup({ legend, name, options, checked }: { legend: string; name: string; options: Array<{ value: string; label: string }>; checked: string[] }) {
  const on = new Set(checked);
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
        <p className="text-sm text-muted">None yet.</p>
      )}
      <FieldError name={name} />
    </fieldset>
  );
}

export function SubmitButton({ children, variant = "primary" }: { children: React.ReactNode; variant?: "primary" | "danger" | "secondary" }) {
  const styles = { primary: "bg-accent text-white hover:bg-accent-dark", danger: "bg-red-700 text-white hover:bg-red-800", secondary: "border border-accent text-accent hover:bg-accent-soft" };
  return (
    <button type="submit" className={`inline-flex items-center justify-center rounded px-4 py-2.5 font-medium ${styles[variant]}`}>
      {children}
    </button>
  );
}
