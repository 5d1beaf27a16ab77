// PDFs made to hurt a renderer, written byte by byte (pdf-lib would refuse to make some of them):
// the four files an outside review used to freeze and kill a server process. Small on disk, each
// enormous for whoever renders it. Used by the unit tests (lib/covers) and the end-to-end upload
// test; `npx tsx test/hostile-pdfs.ts <dir>` writes them for a manual try.
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";

/** A PDF whose page 1 has `mediaBox`, content `content` (deflated), and optional XObjects. */
function buildPdf({ mediaBox, content, xobjects = [] }: { mediaBox: [number, number, number, number]; content: Buffer; xobjects?: Array<{ dict: string; data: Buffer }> }): Buffer {
  const objects: Buffer[] = [];
  const xobjectNames = xobjects.map((_, i) => `/Im${i} ${5 + i} 0 R`).join(" ");
  objects.push(Buffer.from("<< /Type /Catalog /Pages 2 0 R >>"));
  objects.push(Buffer.from("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
  objects.push(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [${mediaBox.join(" ")}] /Contents 4 0 R /Resources << /XObject << ${xobjectNames} >> >> >>`));
  const stream = (dict: string, data: Buffer) => Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} /Filter /FlateDecode >>\nstream\n`), data, Buffer.from("\nendstream")]);
  objects.push(stream("", content));
  for (const x of xobjects) objects.push(stream(x.dict, x.data));

  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "latin1")];
  const offsets: number[] = [];
  let at = parts[0].length;
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from("\nendobj\n")]);
    offsets.push(at);
    parts.push(chunk);
    at += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** Deflates `total` bytes made of `unit` repeated, a megabyte at a time, never holding them all. */
async function deflateRepeated(unit: Buffer, total: number): Promise<Buffer> {
  const block = Buffer.concat(Array.from({ length: Math.max(1, Math.floor((1 << 20) / unit.length)) }, () => unit));
  async function* source() {
    for (let written = 0; written < total; written += block.length) yield written + block.length <= total ? block : block.subarray(0, total - written);
  }
  const chunks: Buffer[] = [];
  await pipeline(Readable.from(source()), zlib.createDeflate({ level: 9 }), async (deflated: AsyncIterable<Buffer>) => {
    for await (const c of deflated) chunks.push(c);
  });
  return Buffer.concat(chunks);
}

export type HostilePdf = { name: string; what: string; bytes: Buffer };

/** The four hostile files. */
export async function makeHostilePdfs(): Promise<HostilePdf[]> {
  const text = Buffer.from("BT /F1 12 Tf 10 10 Td (x) Tj ET");
  return [
    {
      name: "tall-page.pdf",
      what: "a first page 1 × 1,000 points: a 480 × 480,000-pixel canvas",
      bytes: buildPdf({ mediaBox: [0, 0, 1, 1000], content: zlib.deflateSync(text) }),
    },
    {
      name: "inflating-content.pdf",
      what: "a first page whose content inflates to a gigabyte",
      bytes: buildPdf({ mediaBox: [0, 0, 595, 842], content: await deflateRepeated(Buffer.from("0 0 m "), 1024 * 1024 * 1024) }),
    },
    {
      name: "two-million-operations.pdf",
      what: "two million drawing operations on the first page",
      bytes: buildPdf({ mediaBox: [0, 0, 595, 842], content: await deflateRepeated(Buffer.from("1 1 1 1 re f\n"), 2_000_000 * 13) }),
    },
    {
      name: "huge-image.pdf",
      what: "a 20,000 × 20,000-pixel image on the first page",
      bytes: buildPdf({
        mediaBox: [0, 0, 595, 842],
        content: zlib.deflateSync(Buffer.from("q 595 0 0 842 0 0 cm /Im0 Do Q")),
        xobjects: [{ dict: "/Type /XObject /Subtype /Image /Width 20000 /Height 20000 /ColorSpace /DeviceGray /BitsPerComponent 8", data: await deflateRepeated(Buffer.from([0x80]), 20000 * 20000) }],
      }),
    },
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const dir = process.argv[2] ?? ".";
  fs.mkdirSync(dir, { recursive: true });
  for (const pdf of await makeHostilePdfs()) {
    fs.writeFileSync(path.join(dir, pdf.name), pdf.bytes);
    console.log(`${pdf.name}: ${pdf.bytes.length} bytes, ${pdf.what}`);
  }
}
