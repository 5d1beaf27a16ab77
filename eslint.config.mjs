import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import boundaries from "eslint-plugin-boundaries";
import { LIB_LAYERS } from "./eslint.layers.mjs";

const LIB_ORDER = LIB_LAYERS.flatMap((l) => l.folders);

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
    // The layers (eslint.layers.mjs), enforced: lib/ imports only downward, never from components/
    // or app/; components/ never from app/.
    files: ["app/**", "components/**", "lib/**"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": [...LIB_ORDER.map((name) => ({ type: `lib/${name}`, pattern: `lib/${name}`, partialMatch: false })), { type: "components", pattern: "components", partialMatch: false }, { type: "app", pattern: "app", partialMatch: false }],
      "boundaries/include": ["app/**", "components/**", "lib/**"],
      "boundaries/ignore": ["lib/generated/**"],
      "import/resolver": { typescript: { alwaysTryTypes: true } },
    },
    rules: {
      // A new folder in lib/ must take its place in eslint.layers.mjs before it lints.
      "boundaries/no-unknown-files": "error",
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          policies: [
            ...LIB_ORDER.map((name, i) => ({ from: { element: { type: `lib/${name}` } }, allow: { to: { element: { types: { anyOf: LIB_ORDER.slice(0, i + 1).map((n) => `lib/${n}`) } } } } })),
            { from: { element: { type: "components" } }, allow: { to: { element: { types: { anyOf: ["components", ...LIB_ORDER.map((n) => `lib/${n}`)] } } } } },
            { from: { element: { type: "app" } }, allow: { to: { element: { types: { anyOf: ["app", "components", ...LIB_ORDER.map((n) => `lib/${n}`)] } } } } },
          ],
        },
      ],
    },
  },
  {
    // Tests build deliberately malformed input.
    files: ["**/*.test.ts", "e2e/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
]);
