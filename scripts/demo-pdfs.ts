// npm run demo:pdfs: writes the demo catalogue's PDFs (demo/pdfs/*.pdf) with pdfkit.
// They are generated, not committed; `npm start` runs this when they are missing.
// Deterministic: the same catalogue gives byte-identical files.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { isEntryPoint, runScript } from "./lib/run-script";

type DemoPublication = { slug: string; type: string; title: string; summary: string; publishedAt: string; language: string; authors: string[]; center: string; series?: string; seriesNumber?: number; pdf?: string };
type DemoCatalog = { centers: Array<{ slug: string; name: string }>; authors: Array<{ slug: string; name: string }>; publications: DemoPublication[] };

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

// Each centre's colour on its covers, as an institute's series are told apart on a shelf.
const CENTRE_COLOURS: Record<string, string> = { asia: "#0d5c63", eurasia: "#7a2e3b", "energy-climate": "#3d6b35", security: "#1f3a68" };
const TYPE_NAMES: Record<string, string> = { analysis: "Analysis", report: "Report", "policy-brief": "Policy brief", article: "Article", "book-chapter": "Book chapter" };

function centreColour(slug: string): string {
  return CENTRE_COLOURS[slug] ?? `#${crypto.createHash("sha256").update(slug).digest("hex").slice(0, 6)}`;
}

/**
 * The first page, designed as an institute's cover: a band in the centre's colour with the
 * institute and the centre, the series and number, then type, title, authors and date. It is what
 * the site's covers show (lib/covers).
 */
function drawCover(doc: PDFKit.PDFDocument, pub: DemoPublication, authorNames: string[], centreName: string) {
  const colour = centreColour(pub.center);
  const { width, height } = doc.page;
  const left = 56;
  doc.rect(0, 0, width, 250).fill(colour);
  // A large quarter circle, a shade of the band, gives each cover the same mark.
  doc.save().circle(width, 250, 190).fillOpacity(0.18).fill("#ffffff").restore();
  doc.fillColor("#ffffff").font("Helvetica-Bold").fontSize(11).text(SITE.toUpperCase(), left, 56, { width: width - 2 * left - 120, characterSpacing: 1.5 });
  doc.font("Helvetica").fontSize(12).text(centreName, left, doc.y + 8);
  if (pub.series) doc.font("Helvetica-Bold").fontSize(13).text(`${pub.series}${pub.seriesNumber ? `  No. ${pub.seriesNumber}` : ""}`, left, 200);

  const date = new Date(`${pub.publishedAt}T00:00:00Z`).toLocaleDateString(pub.language === "fr" ? "fr-FR" : "en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
  doc.fillColor(colour).font("Helvetica-Bold").fontSize(11).text((TYPE_NAMES[pub.type] ?? pub.type).toUpperCase(), left, 310, { characterSpacing: 1.2 });
  doc.fillColor("#1b1f24").font("Times-Bold").fontSize(pub.title.length > 60 ? 30 : 38).text(pub.title, left, doc.y + 14, { width: width - 2 * left, lineGap: 2 });
  doc.moveTo(left, doc.y + 18).lineTo(left + 60, doc.y + 18).lineWidth(3).stroke(colour);
  doc.fillColor("#1b1f24").font("Helvetica").fontSize(14).text(authorNames.join(", "), left, doc.y + 36, { width: width - 2 * left });
  doc.fillColor("#55606b").fontSize(12).text(date.charAt(0).toUpperCase() + date.slice(1), left, doc.y + 8);

  doc.rect(0, height - 56, width, 56).fill("#f1f2f3");
  doc.fillColor("#55606b").font("Helvetica").fontSize(9).text(`${SITE} · ${centreName}`, left, height - 33, { lineBreak: false });
}

function writePdf(pub: DemoPublication, authorNames: string[], centreName: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const fixed = new Date(`${pub.publishedAt}T00:00:00Z`);
    const doc = new PDFDocument({ size: "A4", margin: 64, info: { Title: pub.title, Author: authorNames.join(", "), Creator: SITE, Producer: "Folio demo", CreationDate: fixed, ModDate: fixed } });
    const out = fs.createWriteStream(file);
    out.on("finish", resolve).on("error", reject);
    doc.pipe(out);
    drawCover(doc, pub, authorNames, centreName);
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
  const centres = new Map(catalog.centers.map((c) => [c.slug, c.name]));
  let written = 0;
  for (const pub of catalog.publications) {
    if (!pub.pdf) continue;
    const file = path.resolve(path.dirname(catalogFile), pub.pdf);
    if (!force && fs.existsSync(file)) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await writePdf(pub, pub.authors.map((a) => names.get(a) ?? a), centres.get(pub.center) ?? pub.center, file);
    written++;
  }
  return written;
}

if (isEntryPoint(import.meta.url)) {
  runScript(async () => {
    const n = await generateDemoPdfs({ force: process.argv.includes("--force") });
    console.log(`Wrote ${n} demo PDF${n === 1 ? "" : "s"} to demo/pdfs/.`);
  });
}
