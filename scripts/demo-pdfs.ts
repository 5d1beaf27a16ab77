// npm run demo:pdfs: writes the demo catalogue's PDFs (demo/pdfs/*.pdf) with pdfkit.
// They are generated, not committed; `npm start` runs this when they are missing.
// Deterministic: the same catalogue gives byte-identical files.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";

type DemoPublication = { slug: string; title: string; summary: string; publishedAt: string; authors: string[]; series?: string; seriesNumber?: number; pdf?: string };
type DemoCatalog = { authors: Array<{ slug: string; name: string }>; publications: DemoPublication[] };

const SITE = process.env.SITE_NAME || "Halden Institute for International Affairs";

function pageCountFor(slug: string): number {
  // Between 6 and 28 pages, varied per publication but stable.
  return 6 + (crypto.createHash("sha256").update(slug).digest()[0] % 23);
}

const filler = [
  "This section develops the argument set out in the summary, drawing on interviews, official documents and the specialist literature.",
  "The evidence points in several directions at once, and the analysis weighs each of them before reaching a conclusion.",
  "Policy makers face trade-offs that no single instrument can resolve; the options below are ranked by cost and by feasibility.",
  "The figures quoted here come from public sources and were checked against national statistics where these exist.",
];

function writePdf(pub: DemoPublication, authorNames: string[], file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fixed = new Date(`${pub.publishedAt}T00:00:00Z`);
    const doc = new PDFDocument({ size: "A4", margin: 64, info: { Title: pub.title, Author: authorNames.join(", "), Creator: SITE, Producer: "Folio demo", CreationDate: fixed, ModDate: fixed } });
    const out = fs.createWriteStream(file);
    out.on("finish", resolve).on("error", reject);
    doc.pipe(out);
    doc.font("Helvetica").fontSize(11).fillColor("#555").text(SITE);
    if (pub.series) doc.text(`${pub.series}${pub.seriesNumber ? `, No. ${pub.seriesNumber}` : ""}`);
    doc.moveDown(6).fillColor("#000").font("Helvetica-Bold").fontSize(24).text(pub.title);
    doc.moveDown(1).font("Helvetica").fontSize(13).text(authorNames.join(", "));
    doc.moveDown(0.5).fontSize(11).fillColor("#555").text(pub.publishedAt);
    doc.addPage().fillColor("#000").font("Helvetica-Bold").fontSize(16).text("Summary").moveDown();
    doc.font("Helvetica").fontSize(11);
    for (const para of pub.summary.split(/\n\s*\n/)) doc.text(para.replace(/[*_]/g, ""), { align: "justify" }).moveDown();
    const total = pageCountFor(pub.slug);
    for (let page = 3; page <= total; page++) {
      doc.addPage().font("Helvetica-Bold").fontSize(14).text(`${page - 2}. Section ${page - 2}`).moveDown();
      doc.font("Helvetica").fontSize(11);
      for (let i = 0; i < 6; i++) doc.text(filler[(page + i) % filler.length], { align: "justify" }).moveDown(0.6);
      doc.fontSize(9).fillColor("#777").text(`${pub.title}, page ${page} of ${total}`, 64, 780, { lineBreak: false }).fillColor("#000");
    }
    doc.end();
  });
}

export async function generateDemoPdfs({ catalogFile = path.resolve("demo/catalog.json"), force = false } = {}) {
  const catalog = JSON.parse(fs.readFileSync(catalogFile, "utf8")) as DemoCatalog;
  const names = new Map(catalog.authors.map((a) => [a.slug, a.name]));
  let written = 0;
  for (const pub of catalog.publications) {
    if (!pub.pdf) continue;
    const file = path.resolve(path.dirname(catalogFile), pub.pdf);
    if (!force && fs.existsSync(file)) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await writePdf(pub, pub.authors.map((a) => names.get(a) ?? a), file);
    written++;
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  generateDemoPdfs({ force: process.argv.includes("--force") }).then(
    (n) => console.log(`Wrote ${n} demo PDF${n === 1 ? "" : "s"} to demo/pdfs/.`),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
