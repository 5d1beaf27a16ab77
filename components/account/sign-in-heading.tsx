import type { SignInPurpose } from "@/lib/accounts/sign-in-purpose";

const GENERIC: Record<string, string> = {
  "Sign in": "Summaries are free for everyone. Sign in with a free account to download full texts.",
  "Create a free account": "An account lets you download the full text of every analysis, and keep a library of your own.",
};

/** The sign-in and sign-up pages' heading: what the reader was doing, when they were sent here. */
export function SignInHeading({ purpose, action }: { purpose: SignInPurpose; action: "Sign in" | "Create a free account" }) {
  if (!purpose) {
    return (
      <>
        <h1 className="font-serif text-3xl font-semibold">{action}</h1>
        <p className="mt-2 text-muted">{GENERIC[action]}</p>
      </>
    );
  }
  const goal = purpose.kind === "download" ? "download" : "save";
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold">
        {action} to {goal} <cite className="not-italic">“{purpose.title}”</cite>
      </h1>
      <p className="mt-2 text-muted">
        {purpose.kind === "download"
          ? "The full text needs a free reader account. You will come back to the analysis, and the download will start."
          : "Your library needs a free reader account. You will come back to the page you were on, with the analysis saved."}
      </p>
    </>
  );
}
