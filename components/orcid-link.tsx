import { cn } from "@/components/ui/cn";
import { orcidUrl } from "@/lib/validations/identifiers";

/** An author's ORCID iD, shown as ORCID asks: the full https URL, after its name. */
export function OrcidLink({ orcid, className }: { orcid: string; className?: string }) {
  return (
    <p className={cn("text-muted", className)} data-testid="orcid">
      ORCID: <a className="break-all text-accent hover:underline" href={orcidUrl(orcid)} rel="author">{orcidUrl(orcid)}</a>
    </p>
  );
}
