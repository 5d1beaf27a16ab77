import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "@/components/ui/cn";

// Inputs, text areas and selects share one look; `width: "full"` fills a form column.
export const controlVariants = cva("rounded border border-line bg-white", {
  variants: {
    size: { md: "px-3 py-2", sm: "px-2 py-1.5" },
    width: { full: "mt-1 block w-full", auto: "mt-1", inline: "" },
  },
  defaultVariants: { size: "md", width: "full" },
});
type ControlVariants = VariantProps<typeof controlVariants>;

export function Label({ className, ...props }: React.ComponentProps<"label">) {
  return <label className={cn("block font-medium", className)} {...props} />;
}

export function Input({ className, size, width, ...props }: Omit<React.ComponentProps<"input">, "size" | "width"> & ControlVariants) {
  return <input className={cn(controlVariants({ size, width }), className)} {...props} />;
}

export function Textarea({ className, size, width, ...props }: React.ComponentProps<"textarea"> & ControlVariants) {
  return <textarea className={cn(controlVariants({ size, width }), className)} {...props} />;
}

export function Select({ className, size, width, ...props }: Omit<React.ComponentProps<"select">, "size" | "width"> & ControlVariants) {
  return <select className={cn(controlVariants({ size, width }), className)} {...props} />;
}

export function FieldHint({ className, ...props }: React.ComponentProps<"p">) {
  return <p className={cn("text-sm text-muted", className)} {...props} />;
}

/** The complaint about one field; the control points at it with aria-describedby. */
export function FieldMessage({ className, ...props }: React.ComponentProps<"p">) {
  return <p className={cn("mt-1 text-sm font-medium text-red-800", className)} {...props} />;
}

type FieldProps = {
  label: string;
  name: string;
  /** Needed when two forms on one page have a field of the same name. */
  id?: string;
  type?: "text" | "email" | "password" | "date" | "datetime-local" | "url" | "number" | "search";
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  minLength?: number;
  defaultValue?: string;
  hint?: string;
  /** Shown under the control; the control takes focus, so it is read with its complaint. */
  error?: string;
};

/** A labelled input with its hint and its error, wired for screen readers. */
export function Field({ label, name, id = `field-${name}`, type = "text", hint, error, ...input }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      {hint ? <FieldHint id={`${id}-hint`}>{hint}</FieldHint> : null}
      <Input id={id} name={name} type={type} aria-invalid={error ? true : undefined} aria-describedby={describedBy || undefined} autoFocus={Boolean(error)} {...input} />
      {error ? <FieldMessage id={`${id}-error`}>{error}</FieldMessage> : null}
    </div>
  );
}
