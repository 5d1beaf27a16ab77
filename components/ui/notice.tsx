const tones = {
  error: "border-red-700 bg-red-50 text-red-900",
  success: "border-accent bg-accent-soft text-ink",
} as const;

/** A message at the top of a form. role="alert" for errors so screen readers announce them. */
export function Notice({ tone, children }: { tone: keyof typeof tones; children: React.ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded border-l-4 px-4 py-3 ${tones[tone]}`}>
      {children}
    </div>
  );
}
