/** Normalisation shared by every stage: one definition of "the same word". */

const COMBINING = /\p{M}+/gu;

/** Lower-case, strip diacritics, unify apostrophes and dashes. Length may change: use for keys only. */
export function foldKey(s: string): string {
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
