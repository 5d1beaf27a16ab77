import "server-only";
import { readReturnIntent } from "@/lib/accounts/return-to";
import { readPendingSave } from "@/lib/bookmarks/pending";
import { findPublishedTitle } from "@/lib/publications/queries";

export type SignInPurpose = { kind: "download" | "save"; title: string } | null;

/** What the reader was doing when sent to sign in, so the form can say what it is for. */
export async function describeSignInPurpose({ callbackUrl }: { callbackUrl: string }): Promise<SignInPurpose> {
  const intent = readReturnIntent(callbackUrl);
  if (intent.kind === "download") {
    const title = await findPublishedTitle({ slug: intent.slug });
    return title ? { kind: "download", title } : null;
  }
  if (intent.kind === "save") {
    const id = await readPendingSave();
    const title = id ? await findPublishedTitle({ id }) : null;
    return title ? { kind: "save", title } : null;
  }
  return null;
}
