// npm run covers: renders the cover (the first page, in two widths, WebP and JPEG) of every stored
// PDF that has none, with a progress bar. Uploads and imports render their own; this is for a
// catalogue stored before covers existed, or after a failure. Safe to run again.
import { renderMissingCovers } from "@/lib/covers/backfill";
import { createProgressBar } from "./lib/progress";
import { runScript } from "./lib/run-script";

async function main() {
  const started = performance.now();
  const bar = createProgressBar();
  const { files, failed } = await renderMissingCovers({ onProgress: bar.update });
  bar.done();
  console.log(`Covers for ${files} PDF file${files === 1 ? "" : "s"} in ${((performance.now() - started) / 1000).toFixed(1)} s${failed ? `; ${failed} could not be rendered (see above)` : ""}.`);
  return failed ? 1 : 0;
}

runScript(main);
