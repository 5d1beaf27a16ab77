// npm run storage:copy: moves an existing STORAGE_DIR (PDFs, covers, photos) into the bucket named
// by STORAGE_URL, with a progress bar. Each file is read back and its SHA-256 checked; a run that
// stops half-way can be started again and skips what is already there. STORAGE_DIR is left as it
// was: remove it yourself once the site runs from the bucket.
import { env } from "@/lib/env";
import { blobStore, DiskStore } from "@/lib/storage/blob-store";
import { copyStorage } from "@/lib/storage/copy-to-bucket";
import { createProgressBar } from "./lib/progress";
import { runScript } from "./lib/run-script";

async function main() {
  if (!env.STORAGE_URL) {
    console.error("Set STORAGE_URL (s3://bucket/prefix) and the S3_* settings to the bucket to copy into; STORAGE_DIR is the source.");
    return 2;
  }
  const started = performance.now();
  const bar = createProgressBar();
  const report = await copyStorage({ from: new DiskStore(env.storageDir), to: blobStore(), onProgress: bar.update });
  bar.done();
  for (const f of report.failed) console.error(`${f.key}: ${f.reason}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Copied ${report.copied}, already there ${report.skipped}, failed ${report.failed.length}, from ${env.storageDir} to ${env.STORAGE_URL} in ${seconds} s.`);
  return report.failed.length ? 1 : 0;
}

runScript(main);
