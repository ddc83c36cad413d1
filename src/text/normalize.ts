/** Normalisation shared by every stage: one definition of "the same word". */

const COMBINING = /\p{M}+/gu;

/** Only code units below 0x80 (a loop: cheaper than a regex call for the short words it is asked about). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Lower-case, strip diacritics, unify apostrophes and dashes. Length may change: use for keys only. */
export function foldKey(s: string): string {
  // Fast path for plain ASCII (most words): NFD changes nothing, there are no combining marks and the
  // only apostrophe variant is the backtick, so the full chain below gives the same result.
  if (isAscii(s)) {
    const lower = s.toLowerCase();
    return lower.includes("`") ? lower.replace(/`/g, "'") : lower;
  }
  return s
    .normalize("NFD")
    .replace(COMBINING, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, "-");
}

/** Clean article text without moving paragraph structure: NFC, \r\n -> \n, zero-width chars out. */
export function cleanText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200B-\u200D\uFEFF\u00AD]/g, "")
    .replace(/\u00A0/g, " ");
}
