/** Clean article text: the extractor's offsets point into the string this returns. */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[ \t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * NFC, \r\n -> \n, zero-width characters and soft hyphens removed, runs of spaces collapsed,
 * lines trimmed, paragraphs kept as one blank line, no leading/trailing blank lines.
 */
export function normalizeText(raw: string): string {
  let s = raw.normalize("NFC").replace(/\r\n?/g, "\n").replace(ZERO_WIDTH, "").replace(SPACES, " ");
  s = s
    .split("\n")
    .map((line) => line.trim())
    .join("\n");
  s = s.replace(/\n{3,}/g, "\n\n");
  return s.trim();
}

/** Join text blocks (e.g. HTML paragraphs) as paragraphs separated by blank lines. */
export function joinParagraphs(blocks: string[]): string {
  return normalizeText(
    blocks
      .map((b) => b.replace(/\s+/g, " ").trim())
      .filter((b) => b.length > 0)
      .join("\n\n"),
  );
}
