import { cva, type VariantProps } from "class-variance-authority";
import { Link } from "@/components/ui/locale-link";
import { cn } from "@/components/ui/cn";

const textLinkVariants = cva("hover:underline", {
  variants: {
    // "prose", the default, for links inside a sentence: always underlined, so they are told apart
    // from the text without colour. "accent" for links in lists and headings, "quiet" for titles.
    tone: { accent: "text-accent", prose: "text-accent underline", quiet: "hover:text-accent" },
    size: { inherit: "", sm: "text-sm" },
  },
  defaultVariants: { tone: "prose", size: "inherit" },
});

export function TextLink({ tone, size, className, ...props }: React.ComponentProps<typeof Link> & VariantProps<typeof textLinkVariants>) {
  return <Link className={cn(textLinkVariants({ tone, size }), className)} {...props} />;
}
