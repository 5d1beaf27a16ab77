// Pure: tables as CSV, for every export (the library, the dashboard, COUNTER reports).
/** RFC 4180 CSV; fields that could start a spreadsheet formula are prefixed with a quote. */
export function toCsv(rows: Array<Record<string, string | number | null | undefined>>, columns: string[]): string {
  const cell = (v: string | number | null | undefined) => {
    let s = v === null || v === undefined ? "" : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(","), ...rows.map((r) => columns.map((c) => cell(r[c])).join(","))].join("\r\n") + "\r\n";
}
