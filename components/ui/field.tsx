type FieldProps = {
  label: string;
  name: string;
  /** Needed when two forms on one page have a field of the same name. */
  id?: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  minLength?: number;
  defaultValue?: string;
  hint?: string;
};

export function Field({ label, name, id = `field-${name}`, type = "text", hint, ...input }: FieldProps) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 block w-full rounded border border-line bg-white px-3 py-2"
        {...input}
      />
    </div>
  );
}
