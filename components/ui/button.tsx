import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "@/components/ui/cn";

/** Also for links that should look like buttons: `className={buttonVariants({ variant: "secondary" })}`. */
export const buttonVariants = cva("inline-flex items-center justify-center rounded font-medium transition-colors disabled:opacity-40", {
  variants: {
    variant: {
      primary: "bg-accent text-white hover:bg-accent-dark",
      secondary: "border border-accent text-accent hover:bg-accent-soft",
      danger: "bg-red-700 text-white hover:bg-red-800",
      "danger-outline": "border border-red-700 font-normal text-red-800 hover:bg-red-50",
      outline: "border border-line bg-white font-normal text-ink hover:border-accent",
      // A toggle that is on (Saved, Following): outline's box, filled.
      pressed: "border border-accent bg-accent font-normal text-white hover:bg-accent-dark",
    },
    size: { md: "px-4 py-2.5", sm: "px-3 py-1 text-sm", xs: "px-2 py-1 text-sm" },
  },
  defaultVariants: { variant: "primary", size: "md" },
});

export type ButtonProps = React.ComponentProps<"button"> & VariantProps<typeof buttonVariants>;

// A submit button unless told otherwise: most buttons here send a plain form, with or without script.
export function Button({ className, variant, size, type = "submit", ...props }: ButtonProps) {
  return <button type={type} className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}
