import { ABBREV_DOT } from "./tokens.js";

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the repaired paragraph the sentence belongs to. */
  paragraph: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: "sentence" });
    segmenters.set(locale, s);
  }
  return s;
}

/**
 * Paragraph repair: returns blocks [start, end) of text. A blank line ends a paragraph unless the
 * next line starts in lower case (a sentence broken by extraction); a single line break never does,
 * except after a heading or a line that ends with a colon.
 */
export function paragraphs(text: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  const re = /\n[ \t]*(?:\n[ \t]*)+/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 1);
    if (/^\p{Ll}/u.test(next)) continue; // broken sentence: join
    blocks.push([start, m.index]);
    start = m.index + m[0].length;
  }
  blocks.push([start, text.length]);
  return blocks.filter(([s, e]) => text.slice(s, e).trim().length > 0);
}

/**
 * A block with no sentence terminator except in its closing punctuation ("...killed.", "...?\u201D")
 * and no paragraph separator is one sentence: the Unicode sentence-break rules that the segmenter
 * applies (UAX #29, SB4-SB11) find no break inside it, and a segmenter call costs far more than this
 * test. Terminators are STerm and ATerm characters; what may follow them is a strict subset of the
 * rules' Close and Sp characters (anything else goes to the segmenter).
 */
const TERM = "\\p{Sentence_Terminal}\\u002E\\u2024\\uFE52\\uFF0E";
/** A terminator or a paragraph separator: where a block stops being plain text. */
const FIRST_BREAK = new RegExp(`[${TERM}\\n\\r\\u0085\\u2028\\u2029]`, "u");
/** Closing punctuation only: terminators, what may follow them, spaces. */
const CLOSING = new RegExp(`^(?:[${TERM}]+["'\u201D\u2019\u00BB)\\]]*[ \\t]*)*$`, "u");

/**
 * The block holds no terminator or separator except in its closing punctuation. (One search for the
 * first of them and a look at what follows, rather than one pattern for the whole block, which
 * backtracks over the whole first sentence when there is a second.)
 */
function isOneSentence(block: string): boolean {
  const at = block.search(FIRST_BREAK);
  return at < 0 || CLOSING.test(block.slice(at));
}

/**
 * Where the Unicode rules certainly break: a terminator, closing quotes or brackets, spaces, then an
 * ASCII capital ("... killed. The army ..."). There UAX #29 breaks by SB11 and no earlier rule
 * applies (SB6 needs a digit, SB7 no space, SB8 a lower-case letter, SB8a-SB10 no letter next), and
 * the rules on either side never look across the terminator and the capital, so each piece
 * between such breaks can be segmented alone. (ACLED's crowd tag closes its note's sentence too: "...
 * collapse. [size=tens of thousands] On the same day, ...".)
 */
const CERTAIN_BREAK = /(?:[.!?]["')\]\u2019\u201D]*|\[size=[^\]\n]{0,40}\])[ \t]+(?=[A-Z])/g;

interface Segment {
  segment: string;
  index: number;
}

/**
 * The segmenter's segments of a block, asked of the segmenter only for the pieces between certain
 * breaks that are not one sentence already (most pieces are: a segmenter call costs far more).
 */
function segmentsOf(view: string, seg: Intl.Segmenter): Segment[] {
  if (isOneSentence(view)) return [{ segment: view, index: 0 }];
  const out: Segment[] = [];
  let from = 0;
  CERTAIN_BREAK.lastIndex = 0;
  for (let m = CERTAIN_BREAK.exec(view); m; m = CERTAIN_BREAK.exec(view)) {
    const to = m.index + m[0].length;
    addPiece(out, view, from, to, seg);
    from = to;
  }
  addPiece(out, view, from, view.length, seg);
  return out;
}

/**
 * The segments of view[from, to) added to out. (A module function, not an arrow made per block: under
 * tsx, which keeps function names, a named arrow is given its name with Object.defineProperty each time.)
 */
function addPiece(out: Segment[], view: string, from: number, to: number, seg: Intl.Segmenter): void {
  const text = view.slice(from, to);
  if (isOneSentence(text)) out.push({ segment: text, index: from });
  else for (const s of seg.segment(text)) out.push({ segment: s.segment, index: from + s.index });
}

/** Sentence spans over the whole text, with abbreviation repair. Offsets are absolute. */
export function splitSentences(text: string, locale = "en"): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const seg = segmenter(locale);
  paragraphs(text).forEach(([ps, pe], pi) => {
    // Same-length view of the block where line breaks are spaces, so offsets stay valid.
    const block = text.slice(ps, pe);
    const lines = block.split("\n");
    let view = "";
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      view += line;
      if (i < lines.length - 1) {
        // (trimEnd() strips what \s matches: an end-anchored regex would be tried at every position)
        const hardBreak =
          /^\s*#/.test(line) ||
          line.trimEnd().endsWith(":") ||
          line.trim() === "" ||
          // (a list's items are sentences of their own: "HIGHLIGHTS\n- Shelling continues ...\n- Attacks ...")
          BULLET.test(lines[i + 1]) ||
          headingLine(line, lines[i - 1], lines[i + 1]);
        view += hardBreak ? "\n" : " ";
      }
    }
    let pending: SentenceSpan | null = null;
    for (const s of segmentsOf(view, seg)) {
      const raw = s.segment;
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const start = ps + s.index + lead;
      const end = start + trimmed.length;
      if (pending && shouldJoin(text.slice(pending.start, pending.end), trimmed)) {
        pending.end = end;
        continue;
      }
      if (pending) out.push(pending);
      pending = { start, end, paragraph: pi };
    }
    if (pending) out.push(pending);
  });
  return out;
}

/**
 * "Raid on villages north of Kutum, March 11" on its own line above a paragraph's sentence: a short
 * heading with no closing punctuation, opening its block (or after a sentence that closed), ends there.
 * (A hard-wrapped paragraph's lines run long, and its first line is no shorter than the others.)
 */
function headingLine(line: string, before: string | undefined, after: string | undefined): boolean {
  const t = line.trim();
  if (t.length < 8 || t.length > HEADING_MAX || !after || !/^\s*\p{Lu}/u.test(after)) return false;
  if (/[.!?;:,"”'’)\]»-]$/u.test(t)) return false;
  if (after.trim().length <= t.length && !/[.!?]["”’]?$/u.test(after.trim())) return false;
  return before === undefined || /[.!?]["”’]?$/u.test(before.trim()) || before.trim() === "";
}
const HEADING_MAX = 60;

/** A line opened by a list bullet ("- Shelling continues ...", "• 3 July: ..."): an item of its own. */
const BULLET = /^\s*[-–—•*·▪►]\s/u;

function shouldJoin(prev: string, next: string): boolean {
  const lastWord = prev.slice(prev.lastIndexOf(" ") + 1).toLowerCase();
  if (ABBREV_DOT.has(lastWord)) return true;
  // Dotted acronyms ("U.S. Africa Command", "U.N. peacekeepers") name what follows more often than
  // they end a sentence.
  if (lastWord.length <= 8 && /^(?:\p{L}\.){2,}$/u.test(lastWord)) return true;
  // Initials ("J. Smith") and a next sentence that starts in lower case. Only the last four code
  // units can take part in the match (space, letter of up to two units, dot): test those alone, as an
  // end-anchored regex would be tried at every position of the sentence.
  if (/(^|\s)\p{Lu}\.$/u.test(prev.length > 4 ? prev.slice(-4) : prev)) return true;
  if (/^\p{Ll}/u.test(next)) return true;
  return false;
}
