import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/account", "/library", "/sign-in", "/sign-up", "/forgot-password", "/reset-password"] },
    sitemap: `${env.SITE_URL}/sitemap.xml`,
  };
}
