/** A bar chart drawn on the server as SVG: no script, readable by screen readers through its table. */
export function BarChart({ data, label }: { data: Array<{ key: string; count: number }>; label: string }) {
  const max = Math.max(1, ...data.map((d) => d.count));
  const width = 720;
  const height = 180;
  const bar = width / Math.max(1, data.length);
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-label={label} className="h-auto w-full rounded border border-line bg-white">
        {data.map((d, i) => {
          const h = (d.count / max) * height;
          return (
            <rect key={d.key} x={i * bar + 1} y={height - h + 10} width={Math.max(1, bar - 2)} height={h} className="fill-accent">
              <title>{`${d.key}: ${d.count}`}</title>
            </rect>
          );
        })}
        <text x="4" y="12" className="fill-muted text-[11px]">{max}</text>
        <text x="4" y={height + 18} className="fill-muted text-[11px]">{data[0]?.key}</text>
        <text x={width - 4} y={height + 18} textAnchor="end" className="fill-muted text-[11px]">{data.at(-1)?.key}</text>
      </svg>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-accent">The figures as a table</summary>
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
