// Renders the first page of a PDF read from stdin to a PNG on stdout. It runs in a child process
// of its own (lib/covers/render-cover.ts spawns it), because PDFs come from outside authors: a
// page 1,000 points tall, a stream that inflates to a gigabyte or millions of drawing operations
// would otherwise freeze or kill the server. The parent bounds its time and memory and kills it;
// this file refuses what can be seen to be absurd before anything large is allocated.
//
// argv: <width in px> <largest image in pixels>. Exit 0 with the PNG; exit 3 with a one-line
// reason on stderr when the page is refused; anything else is a failure.
import path from "node:path";

const [width, maxImagePixels] = process.argv.slice(2).map(Number);
// A cover is a page's shape: A4 is 1.41, the tallest real formats about 2.5. Beyond these the
// canvas would be a strip no reader could use, or (1 × 1,000 pt) half a billion pixels.
const MIN_RATIO = 0.25;
const MAX_RATIO = 4;

function refuse(reason) {
  process.stderr.write(reason);
  process.exit(3);
}

// Anything else that goes wrong is one readable line for the back office, not a stack.
process.on("uncaughtException", (error) => {
  process.stderr.write(`Error: ${error?.message || String(error)}`.split("\n")[0]);
  process.exit(1);
});
process.on("unhandledRejection", (error) => {
  process.stderr.write(`Error: ${error?.message || String(error)}`.split("\n")[0]);
  process.exit(1);
});

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const bytes = new Uint8Array(Buffer.concat(chunks));

const [pdfjs, { createCanvas }] = await Promise.all([import("pdfjs-dist/legacy/build/pdf.mjs"), import("@napi-rs/canvas")]);
const doc = await pdfjs.getDocument({
  data: bytes,
  standardFontDataUrl: `${path.join(process.cwd(), "node_modules", "pdfjs-dist", "standard_fonts")}/`,
  isEvalSupported: false,
  // Images above this are left out of the render rather than decoded (a 20,000 × 20,000 image
  // would take 1.6 GB).
  maxImageSize: maxImagePixels,
  verbosity: 0,
}).promise;
const page = await doc.getPage(1);
const natural = page.getViewport({ scale: 1 });
if (!(natural.width > 0 && natural.height > 0)) refuse("the first page has no size");
const ratio = natural.height / natural.width;
if (ratio < MIN_RATIO || ratio > MAX_RATIO) {
  refuse(`the first page is ${Math.round(natural.width)} × ${Math.round(natural.height)} points, too far from a page's shape for a cover`);
}
// The canvas is at most width × 4·width pixels, whatever the page claims.
const viewport = page.getViewport({ scale: width / natural.width });
const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
const context = canvas.getContext("2d");
// The page's own background is transparent where nothing is drawn: paper is white.
context.fillStyle = "#ffffff";
context.fillRect(0, 0, canvas.width, canvas.height);
await page.render({ canvas, viewport }).promise;
const png = canvas.toBuffer("image/png");
await doc.destroy();
process.stdout.write(png, () => process.exit(0));
