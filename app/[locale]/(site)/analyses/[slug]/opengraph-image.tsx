import { ImageResponse } from "next/og";
import { env } from "@/lib/env";
import { formatDate, typeLabel } from "@/lib/format";
import { readStoredImage } from "@/lib/images/stored-images";
import { getPublication } from "@/lib/publications/queries";
import { isSlug } from "@/lib/validations/slug";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "The analysis's title, type and date";
export const revalidate = 86400;

// The sharing image of each analysis: its title, type and date (Next's bundled font) beside its
// cover, embedded as data so that the image needs no request of its own.
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const p = isSlug(slug) ? await getPublication({ slug }) : null;
  const cover = p?.coverSha256 ? await readStoredImage({ kind: "covers", sha256: p.coverSha256, width: 480, format: "jpg" }) : null;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", background: "#fbfaf7", color: "#1b1f24", borderTop: "24px solid #0d5c63" }}>
        <div style={{ flex: 1, display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72 }}>
          <div style={{ display: "flex", fontSize: 30, color: "#0d5c63", textTransform: "uppercase", letterSpacing: 2 }}>
            {p ? `${typeLabel(p.type)} · ${formatDate(p.publishedAt)}` : env.SITE_NAME}
          </div>
          <div style={{ display: "flex", fontSize: p && p.title.length > (cover ? 60 : 80) ? (cover ? 46 : 52) : cover ? 56 : 64, lineHeight: 1.15, fontWeight: 600 }}>{p ? p.title : "Analyses and research"}</div>
          <div style={{ display: "flex", fontSize: 28, color: "#55606b" }}>{env.SITE_NAME}</div>
        </div>
        {cover ? (
          <img src={`data:image/jpeg;base64,${cover.toString("base64")}`} width={350} height={495} alt="" style={{ margin: "48px 72px 0 0", border: "1px solid #d9dde1", boxShadow: "0 8px 24px rgba(0,0,0,0.15)" }} />
        ) : null}
      </div>
    ),
    size,
  );
}
