/** A bar chart drawn on the server as SVG: no script, readable by screen readers through its table. */
/** `tableLabel`: the summary of the figures' table, in the page's language. */
export function BarChart({ data, label, tableLabel }: { data: Array<{ key: string; count: number }>; label: string; tableLabel: string }) {
  const max = Math.max(1, ...data.map((d) => d.count));
  const width = 720;
  const height = 180;
  const bar = width / Math.max(1, data.length);
  return (
    <figure>
      {/* The labels are HTML, not SVG text, so they keep their size when the chart shrinks on a phone. */}
      <div className="rounded border border-line bg-white p-2 text-xs text-muted">
        <div aria-hidden>{max}</div>
        <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img" aria-label={label} className="h-32 w-full sm:h-44">
          {data.map((d, i) => {
            const h = (d.count / max) * height;
            return (
              <rect key={d.key} x={i * bar + 1} y={height - h} width={Math.max(1, bar - 2)} height={h} className="fill-accent">
                <title>{`${d.key}: ${d.count}`}</title>
              </rect>
            );
          })}
        </svg>
        <div aria-hidden className="flex justify-between">
          <span>{data[0]?.key}</span>
          <span>{data.at(-1)?.key}</span>
        </div>
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-accent">{tableLabel}</summary>
        <table className="mt-2">
          <tbody>
            {data.map((d) => (
              <tr key={d.key}>
                <th scope="row" className="pr-4 text-left font-normal">{d.key}</th>
                <td className="text-right tabular-nums">{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
