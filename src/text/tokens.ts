import { foldKey } from "./normalize.js";

export interface Token {
  /** Offsets into the article text. */
  start: number;
  end: number;
  text: string;
  /** foldKey(text): lower-case, no diacritics. */
  norm: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Only digits and separators. */
  num: boolean;
}

// Words (with inner apostrophes, hyphens, dots as in "U.N."), numbers with separators, or one symbol.
const TOKEN =
  /\d+(?:[.,\u202F]\d{3})+(?![\d])|\d+(?:[.,]\d+)?|[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;
const UPPER = /^\p{Lu}/u;
const ELISION = /^((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’])(\p{L})/iu;

/** Tokenise text[start, end) keeping absolute offsets. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let t = m[0];
    // French elision: "l'armée", "d'Agadez", "qu'ils" are two words ("l'" + "armée"). Not split when
    // an upper-case prefix meets an upper-case letter ("N'Djamena", "D'Souza").
    // (no apostrophe, no elision: skip the regex for most tokens)
    const el = t.includes("'") || t.includes("’") ? ELISION.exec(t) : null;
    if (el && (el[1][0] === el[1][0].toLowerCase() || el[2] === el[2].toLowerCase())) {
      t = el[1];
      TOKEN.lastIndex = m.index + t.length;
    }
    // A trailing dot belongs to the word only for abbreviations such as "U.S." or "Gen."; keep it
    // separate otherwise so that sentence-final words match lexicons.
    if (t.length > 1 && t.endsWith(".") && !/\.\p{L}/u.test(t) && !ABBREV_DOT.has(t.toLowerCase())) {
      t = t.slice(0, -1);
      TOKEN.lastIndex = m.index + t.length;
    }
    const s = start + m.index;
    out.push({
      start: s,
      end: s + t.length,
      text: t,
      norm: foldKey(t),
      cap: startsUpper(t),
      num: isDigit(t.charCodeAt(0)),
    });
  }
  return out;
}

/** Starts with an upper-case letter: a look at the code for ASCII (most words), the regex otherwise. */
function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 0x80 ? c >= 65 && c <= 90 : UPPER.test(t);
}

/** An ASCII digit (what \d matches). */
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Abbreviations that keep their dot as part of the token (and never end a sentence). */
export const ABBREV_DOT = new Set([
  "mr.",
  "mrs.",
  "ms.",
  "dr.",
  "gen.",
  "lt.",
  "col.",
  "maj.",
  "capt.",
  "brig.",
  "cmdr.",
  "cdr.",
  "supt.",
  "insp.",
  "lieut.",
  "sgt.",
  "cpl.",
  "pte.",
  "adm.",
  "gov.",
  "sen.",
  "rep.",
  "pres.",
  "prof.",
  "rev.",
  "st.",
  "mt.",
  "ft.",
  "no.",
  "nos.",
  "jan.",
  "feb.",
  "mar.",
  "apr.",
  "jun.",
  "jul.",
  "aug.",
  "sep.",
  "sept.",
  "oct.",
  "nov.",
  "dec.",
  "vs.",
  "etc.",
  "approx.",
  "est.",
  "inc.",
  "ltd.",
  "co.",
  "corp.",
  "jr.",
  "sr.",
  "m.",
  "mme.",
  "mgr.",
]);
