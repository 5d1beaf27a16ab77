// Persistent identifiers: DOIs for publications, ORCID iDs for researchers. Zod-free, so the
// import format, the back-office forms and the pages share one reading of them.

const DOI = /^10\.\d{4,9}\/[^\s]+$/;
const DOI_PREFIXES = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i;

/**
 * A DOI in its stored form (bare, lower-cased: DOIs are case-insensitive), from what an editor
 * pastes: "10.1234/ABC", "doi:10.1234/abc" or "https://doi.org/10.1234/abc". Null when it is not one.
 */
export function normalizeDoi(input: string): string | null {
  const bare = input.trim().replace(DOI_PREFIXES, "");
  if (bare.length > 200 || !DOI.test(bare)) return null;
  // Characters that would break the places a DOI is written into (XML, BibTeX, Link headers).
  if (/[<>"{}\\^`|]/.test(bare) || /[\u0000-\u001f\u007f]/.test(bare)) return null;
  return bare.toLowerCase();
}

const ORCID = /^(\d{4})-?(\d{4})-?(\d{4})-?(\d{3}[\dX])$/;

/** ISO 7064 MOD 11-2 over the first 15 digits: ORCID's check character. */
function orcidCheck(digits: string): string {
  let total = 0;
  for (const d of digits) total = (total + Number(d)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? "X" : String(result);
}

/** An ORCID iD as 0000-0002-1825-0097, from the bare iD or its https://orcid.org/ URL; null when the check digit fails. */
export function normalizeOrcid(input: string): string | null {
  const bare = input.trim().replace(/^https?:\/\/(?:www\.)?orcid\.org\//i, "").toUpperCase();
  const m = ORCID.exec(bare);
  if (!m) return null;
  const digits = m.slice(1).join("");
  if (orcidCheck(digits.slice(0, 15)) !== digits[15]) return null;
  return `${m[1]}-${m[2]}-${m[3]}-${m[4]}`;
}

export const doiUrl = (doi: string) => `https://doi.org/${doi.split("/").map((part, i) => (i === 0 ? part : encodeURIComponent(part))).join("/")}`;
export const orcidUrl = (orcid: string) => `https://orcid.org/${orcid}`;
