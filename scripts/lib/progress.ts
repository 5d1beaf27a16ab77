// A one-line progress bar on a terminal; plain, sparse lines when output is piped (CI logs).
export function createProgressBar({ stream = process.stderr, width = 30 }: { stream?: NodeJS.WriteStream; width?: number } = {}) {
  let lastLine = "";
  let lastPct = -1;
  return {
    update(done: number, total: number, label: string) {
      const pct = total ? Math.floor((done / total) * 100) : 100;
      if (stream.isTTY) {
        const filled = Math.round((pct / 100) * width);
        const line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(pct).padStart(3)}% ${done}/${total} ${label}`;
        if (line !== lastLine) stream.write(`\r${line.padEnd(lastLine.length)}`);
        lastLine = line;
      } else if (pct >= lastPct + 25 || done === total) {
        stream.write(`${pct}% (${done}/${total}) ${label}\n`);
        lastPct = pct;
      }
    },
    done() {
      if (stream.isTTY && lastLine) stream.write("\n");
    },
  };
}
