import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFingerprint } from "./build";

describe("sourceFingerprint", () => {
  it("changes when a source file changes, appears or goes, and not for the generated client", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "folio-fingerprint-"));
    fs.mkdirSync(path.join(root, "lib", "generated"), { recursive: true });
    fs.mkdirSync(path.join(root, "app"));
    fs.writeFileSync(path.join(root, "app", "page.tsx"), "one");
    const first = sourceFingerprint(root);
    expect(sourceFingerprint(root)).toBe(first);

    fs.writeFileSync(path.join(root, "lib", "generated", "client.ts"), "regenerated");
    expect(sourceFingerprint(root)).toBe(first);

    fs.writeFileSync(path.join(root, "app", "page.tsx"), "two!");
    const edited = sourceFingerprint(root);
    expect(edited).not.toBe(first);

    fs.writeFileSync(path.join(root, "next.config.js"), "");
    const added = sourceFingerprint(root);
    expect(added).not.toBe(edited);
    fs.rmSync(path.join(root, "next.config.js"));
    expect(sourceFingerprint(root)).toBe(edited);
    fs.rmSync(root, { recursive: true });
  });
});
