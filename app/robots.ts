import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { FILTER_KEYS } from "@/lib/validations/listing";

// Listings keep their filters in a fixed order (listingHref), so a second filter always follows an
// "&": one rule per filter keeps crawlers out of combinations and in single-filter listings,
// which are good landing pages. Search results are for people, not for indexes.
export default function robots(): MetadataRoute.Robots {
  const combinations = FILTER_KEYS.map((key) => `/analyses?*&${key}=`);
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/account", "/library", "/sign-in", "/sign-up", "/forgot-password", "/reset-password", "/search", ...combinations] },
    sitemap: `${env.SITE_URL}/sitemap.xml`,
  };
}
