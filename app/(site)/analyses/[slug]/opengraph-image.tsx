import { ImageResponse } from "next/og";
import { env } from "@/lib/env";
import { formatDate, typeLabel } from "@/lib/format";
import { getPublication } from "@/lib/publications/queries";
import { isSlug } from "@/lib/validations/slug";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "The analysis's title, type and date";
export const revalidate = 86400;

// The sharing image of each analysis, drawn from its title, type and date (Next's bundled font).
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const p = isSlug(slug) ? await getPublication({ slug }) : null;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72, background: "#fbfaf7", color: "#1b1f24", borderTop: "24px solid #0d5c63" }}>
        <div style={{ display: "flex", fontSize: 30, color: "#0d5c63", textTransform: "uppercase", letterSpacing: 2 }}>
          {p ? `${typeLabel(p.type)} · ${formatDate(p.publishedAt)}` : env.SITE_NAME}
        </div>
        <div style={{ display: "flex", fontSize: p && p.title.length > 80 ? 52 : 64, lineHeight: 1.15, fontWeight: 600 }}>{p ? p.title : "Analyses and research"}</div>
        <div style={{ display: "flex", fontSize: 28, color: "#55606b" }}>{env.SITE_NAME}</div>
      </div>
    ),
    size,
  );
}
