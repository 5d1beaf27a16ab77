import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".next-*/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "demo/pdfs/**"]),
  {
    // Pages live under app/[locale], whose catch-all 404 page ([...rest]) matches every address:
    // this rule would then call every plain <a> to a file, feed or API a page link. Links between
    // pages go through components/ui/locale-link, which the rule cannot see either.
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // Tests build deliberately malformed input.
    files: ["**/*.test.ts", "e2e/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
]);
