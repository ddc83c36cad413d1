/**
 * Number finder: counts written with digits, words or vague wording ("dozens", "tens of thousands"),
 * with their qualifiers ("at least", "some") and ranges ("15 to 20" -> 15, the lowest credible).
 * The wording lives in src/locales/<lang>/numbers.json; this file is the shared machinery.
 */
import en from "../locales/en/numbers.json" with { type: "json" };
import fr from "../locales/fr/numbers.json" with { type: "json" };

export type NumberLocale = "en" | "fr";

export interface NumberMention {
  start: number;
  end: number;
  /** Exact substring of the text. */
  text: string;
  /** Lowest credible value: "at least 95" -> 95, "dozens" -> 12, "15 to 20" -> 15. */
  value: number;
  /** Wording without a number ("dozens", "several", "tens of thousands"). */
  vague: boolean;
  /** The wording as reported, whitespace collapsed (for crowd_size). */
  raw: string;
  /** The qualifier written before the number ("at least", "some"), lower case, if any. */
  qualifier?: string;
  /** The word right after the mention, lower case ("people", "soldiers"), if any. */
  noun?: string;
}

/** Shape of src/locales/<lang>/numbers.json. */
export interface NumberLocaleData {
  units: Record<string, number>;
  multipliers: Record<string, number>;
  scales: Record<string, number>;
  joiners: string[];
  articleOne: string[];
  loneArticles: string[];
  vague: Record<string, number>;
  vagueNeedsOf: string[];
  qualifiers: string[];
  rangeConnectors: string[];
  betweenWords: string[][];
  noRangeBefore: string[];
  plusSuffixes: string[];
  thousandsSeparators: string[];
  decimalSeparator: string;
  notCountAfter: string[];
  notCountBefore: string[];
  notCountPhrases: string[];
  hyphenAdjectiveAllowed: string[];
  months: string[];
}

const LOCALE_DATA: Record<NumberLocale, NumberLocaleData> = { en, fr };

interface Compiled {
  data: NumberLocaleData;
  /** Groups: 1 between-word, 2 qualifier, 3 core1, 4 connector, 5 core2, 6 plus suffix. */
  finder: RegExp;
  /** The finder without the global flag, for one phrase (compiled once, not per call). */
  phraseFinder: RegExp;
  tokenRe: RegExp;
  betweenAndRe: RegExp;
  words: Map<string, { kind: "unit" | "mult" | "scale"; value: number }>;
  vague: Map<string, number>;
  afterRe: RegExp;
  beforeSet: Set<string>;
  monthRe: RegExp;
  thousandsSep: string;
  lonely: Set<string>;
  articles: Set<string>;
}

const cache = new Map<NumberLocale, Compiled>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

function alternation(items: Iterable<string>, map: (s: string) => string = escapeRe): string {
  return [...new Set(items)]
    .sort((a, b) => b.length - a.length)
    .map(map)
    .join("|");
}

/**
 * The same alternation with a suffix pattern after each item, written once per run of consecutive
 * items that share it: `(?:a|b)S|cT` instead of `aS|bS|cT`. The regex tries the same branches in the
 * same order (so it matches exactly the same), but each `\p{L}` class it holds costs compile time
 * under /iu: one copy per run instead of one per word.
 */
function alternationWithSuffix(items: Iterable<string>, suffix: (s: string) => string): string {
  const sorted = [...new Set(items)].sort((a, b) => b.length - a.length);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    const suf = suffix(sorted[i]);
    let j = i + 1;
    while (j < sorted.length && suffix(sorted[j]) === suf) j++;
    out.push(`(?:${sorted.slice(i, j).map(escapeRe).join("|")})${suf}`);
    i = j;
  }
  return out.join("|");
}

const NB = "(?<![\\p{L}\\p{N}])"; // not preceded by a letter or digit
const NA = "(?![\\p{L}\\p{N}])"; // not followed by a letter or digit

function compile(locale: NumberLocale): Compiled {
  const hit = cache.get(locale);
  if (hit) return hit;
  const data = LOCALE_DATA[locale];
  const words = new Map<string, { kind: "unit" | "mult" | "scale"; value: number }>();
  for (const [w, v] of Object.entries(data.units)) words.set(w, { kind: "unit", value: v });
  for (const [w, v] of Object.entries(data.multipliers)) words.set(w, { kind: "mult", value: v });
  for (const [w, v] of Object.entries(data.scales)) words.set(w, { kind: "scale", value: v });
  const sepClass = data.thousandsSeparators.map((c) => escapeRe(c).replace("\\s+", " ")).join("");
  const dec = escapeRe(data.decimalSeparator);
  const digits = `\\d{1,3}(?:[${sepClass}]\\d{3})+(?:${dec}\\d+)?|\\d+(?:${dec}\\d+)?`;
  const word = `(?:${alternation(words.keys())})${NA}`;
  const article = `(?:${alternation(data.articleOne)})\\s+(?=(?:${alternation([...Object.keys(data.scales), ...Object.keys(data.multipliers)])})${NA})`;
  const joiner = data.joiners.length
    ? `(?:(?:\\s+|\\s*-\\s*)(?:${alternation(data.joiners)})(?:\\s+|\\s*-\\s*)|\\s*-\\s*|\\s+)`
    : "(?:\\s*-\\s*|\\s+)";
  const scaleWord = `(?:${alternation([...Object.keys(data.scales), ...Object.keys(data.multipliers)])})${NA}`;
  const numeral = `(?:(?:${digits})${NA}(?:\\s+${scaleWord})*|(?:${article})?${word}(?:${joiner}${word})*)`;
  const needsOf = new Set(data.vagueNeedsOf);
  const vagueAlt = alternationWithSuffix(Object.keys(data.vague), (v) =>
    needsOf.has(v) ? `(?=\\s+of${NA})` : NA,
  );
  const coreSrc = `(?:${vagueAlt}|${numeral})`;
  const betweenAlt = data.betweenWords.length ? alternation(data.betweenWords.map((b) => b[0])) : "(?!)";
  const conn = alternation(data.rangeConnectors, (c) =>
    // A dash joins a range only when glued to its numbers ("15-20"): " - " is wire-copy punctuation
    // ("BAMAKO, March 14 - Several thousand people ...").
    /^\p{L}/u.test(c) ? `\\s+${escapeRe(c)}\\s+` : escapeRe(c),
  );
  const betweenAnd = data.betweenWords.length ? alternation(data.betweenWords.map((b) => b[1])) : "(?!)";
  const plus = data.plusSuffixes.length ? `(?:(${alternation(data.plusSuffixes)})${NA})?` : "()";
  const finder = new RegExp(
    `${NB}(?:(${betweenAlt})\\s+)?(?:(${alternation(data.qualifiers, (q) => `${escapeRe(q)}`)})\\s+)?(${coreSrc})(?:(${conn}|\\s+(?:${betweenAnd})\\s+)(${coreSrc}))?${plus}`,
    "giu",
  );
  const afterRe = new RegExp(
    `^\\s*(?:${alternationWithSuffix(data.notCountAfter, (w) => (/\p{L}$/u.test(w) ? NA : ""))})`,
    "iu",
  );
  const monthRe = new RegExp(`^(?:${alternation(data.months)})\\.?${NA}`, "iu");
  const compiled: Compiled = {
    data,
    finder,
    phraseFinder: new RegExp(finder.source, "iu"),
    betweenAndRe: new RegExp(`^\\s+(?:${betweenAnd})\\s+$`, "iu"),
    tokenRe: new RegExp(
      `(${digits})|(${alternation([...words.keys(), ...data.articleOne, ...data.joiners], (w) => escapeRe(w))})${NA}`,
      "giu",
    ),
    words,
    vague: new Map(Object.entries(data.vague)),
    afterRe,
    beforeSet: new Set(data.notCountBefore.map((w) => w.toLowerCase())),
    monthRe,
    thousandsSep: sepClass,
    lonely: new Set(data.loneArticles),
    articles: new Set(data.articleOne),
  };
  cache.set(locale, compiled);
  return compiled;
}

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

/** Value of a digit string with the locale's separators ("1,933" en, "5 100" fr, "2,5" fr). */
function parseDigits(s: string, c: Compiled): number | null {
  const dec = c.data.decimalSeparator;
  let body = s;
  let frac = "";
  const decAt = body.lastIndexOf(dec);
  if (decAt >= 0 && /^\d+$/.test(body.slice(decAt + 1))) {
    // A decimal separator that is also a thousands separator only counts as decimal without 3 digits after.
    const isAlsoSep = c.data.thousandsSeparators.includes(dec);
    if (!isAlsoSep || body.length - decAt - 1 !== 3) {
      frac = body.slice(decAt + 1);
      body = body.slice(0, decAt);
    }
  }
  const intPart = body.replace(/[^\d]/g, "");
  if (!intPart) return null;
  const v = Number(frac ? `${intPart}.${frac}` : intPart);
  return Number.isFinite(v) ? v : null;
}

/** Value of one core ("twenty-five", "2.5 million", "a dozen", "dozens"); null when not a number. */
function coreValue(core: string, c: Compiled): { value: number; vague: boolean } | null {
  const n = norm(core);
  const vague = c.vague.get(n);
  if (vague !== undefined) return { value: vague, vague: true };
  if (c.lonely.has(n)) return null;
  const tokens: string[] = [];
  c.tokenRe.lastIndex = 0;
  for (let m = c.tokenRe.exec(n); m !== null; m = c.tokenRe.exec(n)) {
    if (!c.data.joiners.includes(m[0])) tokens.push(m[0]);
  }
  let total = 0;
  let current = 0;
  let last: "none" | "unit" | "mult" | "scale" = "none";
  let started = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (/^\d/.test(t)) {
      const d = parseDigits(t, c);
      if (d === null) return null;
      if (started) break;
      current = d;
      last = "unit";
      started = true;
      continue;
    }
    if (!started && c.articles.has(t) && !c.words.has(t)) {
      current = 1;
      last = "unit";
      started = true;
      continue;
    }
    const w = c.words.get(t);
    if (!w) {
      if (!started && c.articles.has(t)) {
        current = 1;
        last = "unit";
        started = true;
        continue;
      }
      return null;
    }
    if (w.kind === "unit") {
      if (last === "unit") {
        const ok =
          (current % 10 === 0 && current >= 10 && current % 100 !== 0 && w.value < 10) ||
          ((current % 100 === 60 || current % 100 === 80) && w.value < 20);
        if (!ok) break; // "two three": keep the first reading
      }
      current += w.value;
      last = "unit";
    } else if (w.kind === "mult") {
      current = (started ? current : 1) * w.value;
      last = "mult";
    } else if (w.value === 100) {
      current = (started && current > 0 ? current : 1) * 100;
      last = "scale";
    } else {
      total += (started && current > 0 ? current : 1) * w.value;
      current = 0;
      last = "scale";
    }
    started = true;
  }
  if (!started) return null;
  return { value: total + current, vague: false };
}

function wordBefore(s: string, at: number): string {
  const m = /([\p{L}\p{N}$€£°.]+)\s*$/u.exec(s.slice(Math.max(0, at - 30), at));
  return m ? m[1].toLowerCase() : "";
}

function lastWordsBefore(s: string, at: number, count: number): string {
  const words = s
    .slice(Math.max(0, at - 40), at)
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  return words.slice(-count).join(" ");
}

function isExcluded(
  s: string,
  lower: string,
  start: number,
  full: string,
  c: Compiled,
  core1: string,
  qualifier: string | undefined,
): boolean {
  const end = start + full.length;
  const after = s.slice(end, end + 30);
  const coreNorm = norm(core1);
  // Times (8:30), decimals glued to other figures, dates written with slashes.
  if (/^[:/]\d/.test(after) || /\d[:/]$/.test(s.slice(Math.max(0, start - 2), start))) return true;
  // Model names and codes: "S-300 missiles", "Shahed-136 drones", "COVID-19".
  if (/^\d/.test(coreNorm) && /\p{L}[-‑]$/u.test(s.slice(Math.max(0, start - 2), start))) return true;
  // Hyphenated adjectives: "53-year-old", "seven-year insurgency", "27-year rule".
  const hy = /^-(\p{L}+)/u.exec(after);
  if (hy && !c.data.hyphenAdjectiveAllowed.includes(hy[1].toLowerCase())) return true;
  if (c.afterRe.test(after)) return true;
  // (past the "de" of an approximate noun: "d'une vingtaine d'années" is an age, "a dozen of years" no count)
  const ofNoun = /^\s*(?:d['’]|de\s+|of\s+)/iu.exec(after);
  if (ofNoun && c.afterRe.test(after.slice(ofNoun[0].length))) return true;
  // Dates: "June 5", "5 June", "5 juin".
  const wb = wordBefore(s, start);
  if (!qualifier && c.monthRe.test(wb)) return true;
  if (/^\d/.test(coreNorm) && c.monthRe.test(after.trimStart())) return true;
  if (!qualifier && (c.beforeSet.has(wb) || c.beforeSet.has(lastWordsBefore(s, start, 2)))) return true;
  if (/[$€£]\s*$/.test(s.slice(Math.max(0, start - 2), start))) return true;
  // ("the Mile 16 neighbourhood", "Camp 7", "Route 66": digits right after a capitalised word inside the
  // sentence are part of a name)
  if (
    !qualifier &&
    /^\d/.test(coreNorm) &&
    /[^.!?:;"“«\s]\s+\p{Lu}\p{Ll}+\s+$/u.test(s.slice(Math.max(0, start - 30), start))
  )
    return true;
  // ("aged 17 and 22", "pages 3, 4 and 7": the last figures of a list the word before the first one
  // makes no count)
  if (!qualifier && /^\d/.test(coreNorm)) {
    const list = /(?:([\p{L}.]+)\s+)?([\p{L}.]+)\s+\d+(?:\s*,\s*\d+)*\s*(?:,|\s(?:and|or|et|ou))\s*$/u.exec(
      s.slice(Math.max(0, start - 60), start),
    );
    if (
      list &&
      (c.beforeSet.has(list[2].toLowerCase()) || c.beforeSet.has(`${list[1]} ${list[2]}`.toLowerCase()))
    )
      return true;
  }
  // Ages in apposition: "The woman, 31, died on the spot", "Yanis, 19, was shot": a bare figure between
  // commas right after a word.
  if (
    !qualifier &&
    /^\d{1,2}$/.test(coreNorm) &&
    /\p{L}\s*,\s*$/u.test(s.slice(Math.max(0, start - 4), start)) &&
    /^\s*,/u.test(after)
  )
    return true;
  // Years: 4 bare digits between 1800 and 2100 without a qualifier.
  if (/^\d{4}$/.test(coreNorm) && !qualifier) {
    const y = Number(coreNorm);
    if (y >= 1800 && y <= 2100) return true;
  }
  // Fixed phrases: "one of the", "no one", "l'un des" (in `lower`, s lower-cased once per sentence).
  for (const p of c.data.notCountPhrases) {
    const from = Math.max(0, start - p.length);
    const at = lower.indexOf(p, from);
    if (at >= 0 && at < end && at + p.length > start) return true;
  }
  return false;
}

function nextWord(s: string, at: number): string | undefined {
  const m =
    /^\s+(?:of\s+(?:the\s+|these\s+|those\s+|them\s+|whom\s+)?|d['’]\s*|de\s+|des\s+)?(\p{L}[\p{L}'’-]*)/u.exec(
      s.slice(at, at + 40),
    );
  return m ? m[1].toLowerCase() : undefined;
}

/** Every count in text[start, end); offsets are absolute. */
export function findNumbers(
  text: string,
  start: number,
  end: number,
  locale: NumberLocale = "en",
): NumberMention[] {
  const c = compile(locale);
  const s = text.slice(start, end);
  if (!/[\p{N}]|\p{L}{3}/u.test(s)) return [];
  const out: NumberMention[] = [];
  const lower = s.toLowerCase();
  const re = c.finder;
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let [full, between, qualifier, core1, connector, core2, plus] = m;
    let mStart = m.index;
    // A "between" without its "and" range is just a word before the number.
    if (between && !(core2 && connector)) {
      const skip = full.indexOf(qualifier ?? core1, between.length);
      mStart += skip;
      full = full.slice(skip);
      between = undefined as unknown as string;
    }
    // "from 4,500 to 5,100" is a change, not a range; "95 and eight" are two counts: keep the first alone.
    const andOnly = connector && !between && c.betweenAndRe.test(connector);
    if (core2 && !between && (andOnly || c.data.noRangeBefore.includes(wordBefore(s, mStart)))) {
      const cut = full.indexOf(connector, (qualifier ? qualifier.length : 0) + core1.length - 1);
      full = full.slice(0, cut);
      re.lastIndex = mStart + full.length;
      core2 = undefined as unknown as string;
      plus = undefined as unknown as string;
    }
    if (isExcluded(s, lower, mStart, full, c, core1, qualifier)) continue;
    const v1 = coreValue(core1, c);
    if (!v1) continue;
    let value = v1.value;
    if (core2) {
      const v2 = coreValue(core2, c);
      if (v2) {
        // "two to three thousand": the scale of the upper bound applies to the lower one.
        const scale2 = /(\p{L}+)$/u.exec(norm(core2))?.[1];
        const sc = scale2 ? c.data.scales[scale2] : undefined;
        const core1Scaled = norm(core1)
          .split(/[\s-]+/)
          .some((t) => t in c.data.scales || t in c.data.multipliers);
        if (sc && sc >= 1000 && value < 1000 && !core1Scaled && !v1.vague) value *= sc;
        value = Math.min(value, v2.value);
      }
    }
    void plus;
    const absStart = start + mStart;
    const absEnd = absStart + full.length;
    const mention: NumberMention = {
      start: absStart,
      end: absEnd,
      text: full,
      value,
      vague: v1.vague,
      raw: full.replace(/[\s\u00a0\u202f]+/g, " ").trim(),
    };
    if (qualifier) mention.qualifier = norm(qualifier);
    const noun = nextWord(s, mStart + full.length);
    if (noun) mention.noun = noun;
    out.push(mention);
  }
  return out;
}

/** Value of a number phrase ("at least 95", "tens of thousands", "vingt-cinq"); null when none. */
export function parseNumberPhrase(phrase: string, locale: NumberLocale = "en"): number | null {
  const c = compile(locale);
  const direct = c.vague.get(norm(phrase));
  if (direct !== undefined) return direct;
  const m = c.phraseFinder.exec(phrase);
  if (!m) return null;
  const v1 = coreValue(m[3], c);
  if (!v1) return null;
  if (m[5]) {
    const v2 = coreValue(m[5], c);
    if (v2) return Math.min(v1.value, v2.value);
  }
  return v1.value;
}

/** The locale's vague number wording and values ("several" 3, "dozens" 12), for other finders. */
export function vagueNumberWords(locale: NumberLocale = "en"): Readonly<Record<string, number>> {
  return LOCALE_DATA[locale].vague;
}
