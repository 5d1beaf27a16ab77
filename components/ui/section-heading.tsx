export function SectionHeading({ id, children, action }: { id?: string; children: React.ReactNode; action?: React.ReactNode }) {
  return (
    <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2 border-b border-line pb-2">
      <h2 id={id} className="text-xl font-semibold tracking-tight">
        {children}
      </h2>
      {action}
    </div>
  );
}
