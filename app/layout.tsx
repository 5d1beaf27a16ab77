import type { Metadata, Viewport } from "next";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: env.SITE_NAME, template: `%s | ${env.SITE_NAME}` },
  description: `Analyses, policy papers and reports from the ${env.SITE_NAME}.`,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0d5c63" };

// No cookies(), headers() or auth() here or in any public page: they would make every page dynamic.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen flex flex-col font-sans antialiased">{children}</body>
    </html>
  );
}
