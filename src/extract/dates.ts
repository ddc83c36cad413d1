/**
 * Date finder: chrono-node for written dates, plus Chronicle's own chrono parsers for the wording news
 * uses ("on Friday", "last week", "in mid-December", "the night of May 11 to 12"), all resolved
 * backwards against the publication date. Wording lives in src/locales/<lang>/dates.ts.
 */
import * as chrono from "chrono-node";
import { BoundedMap } from "../common/bounded.js";
import { enDates } from "../locales/en/dates.js";
import { frDates } from "../locales/fr/dates.js";
import { foldKey } from "../text/normalize.js";
import { parseNumberPhrase, vagueNumberWords } from "./numbers.js";

export type DateLocale = "en" | "fr";

/** (every date is made with all these fields, the optional ones as undefined: see mentionOf) */
export interface DateMention {
  start: number;
  end: number;
  text: string; // offsets into the FULL article text
  date: string; // YYYY-MM-DD (first day of the period for precision 2/3)
  precision: 1 | 2 | 3; // 1 day, 2 week/range of a few days, 3 month (or year, see yearOnly)
  explicitYear: boolean; // the year is written ("March 23, 2019")
  relative: boolean; // weekday / yesterday / last week ... resolved against publication
  future: boolean; // the date falls after the publication date (plans, announcements)
  yearOnly?: boolean; // "in 2019", "last year": date is 1 January, precision 3
  /** "overnight", "on Saturday night": a night straddles two dates, so the day may be off by one. */
  night?: boolean;
  /** "overnight" alone: the night may be the one before the day it was resolved to, or after it. */
  nightEither?: boolean;
  /** A weekday resolved against publication ("on Friday"). */
  weekday?: boolean;
  /** "the following day", "two days earlier": offset from another date. `date` is resolved against the
   * nearest other date of the same sentence, or else against publication (`anchored` then says so). */
  anchorOffsetDays?: number;
  anchored?: "sentence" | "publication";
}

/** Shape of src/locales/<lang>/dates.ts. */
export interface DateLocaleData {
  chrono: "en" | "fr";
  chronoParsersToDrop: string[];
  months: Record<string, number>;
  ambiguousMonths: string[];
  weekdays: Record<string, number>;
  weekdayAbbreviations: string[];
  cueWords: string[];
  relativeDays: Record<string, number>;
  relativeWeeks: Record<string, number>;
  relativeWeekends: Record<string, number>;
  relativeMonths: Record<string, number>;
  relativeYears: Record<string, number>;
  weekdayPast: string[];
  /** Words that make a date a night ("overnight", "nuit"): its day may be off by one. */
  nightDates?: string[];
  /** Patterns of an hour after midnight ("vers 2 heures du matin", "shortly after midnight"): a night of two
   * days told with one is the second day. */
  earlyHours?: string[];
  weekdayNext: string[];
  /** Words right before a weekday that make it the coming one: "announced protests for Wednesday". */
  weekdayFuture?: string[];
  weekdayPrefixes: string[];
  weekdaySuffixes: string[];
  weekdayPastSuffixes: string[];
  /** Words right after a weekday that make it the coming one ("samedi prochain"). */
  weekdayNextSuffixes?: string[];
  monthPrefixes: string[];
  yearPrefixes: string[];
  /** "of", "de" before a year that closes its phrase ("the protest movement of 2019, when ..."). */
  yearOfPrefixes?: string[];
  /** Words that open a clause told of a year right before it and a comma ("remains 2010, when ..."). */
  yearClauseOpeners?: string[];
  /** Seasons and the month each starts in, with the words that make one the last or the current one ("last
   * summer", "l'été dernier", "this winter"): the season's first month, known only vaguely (precision 3). */
  seasons?: {
    names: Record<string, number>;
    lastBefore: string[];
    lastAfter: string[];
    thisBefore: string[];
  };
  /** Feasts of a fixed day, with their month and day ("Halloween", "Bonfire Night", "la Toussaint"): the
   * last one on or before the report's day. */
  holidays?: Record<string, [number, number]>;
  agoWords: string[];
  agoPrefixWords: string[];
  /** Words between an ago prefix and its count ("il y a plus de trois ans"). */
  agoQualifiers?: string[];
  units: Record<string, "hour" | "day" | "week" | "fortnight" | "month" | "year">;
  anchorDirections: Record<string, number>;
  /** Of those, the ones a clause follows: "one day after gunmen ambushed ..." dates the shootout told
   * before it, and the ambush is the anchor. */
  clauseDirections?: string[];
  anchorPhrases: Record<string, number>;
  nightWords: string[];
  /** Words of a night told by the day it ran into ("overnight into Monday"): the night's first day. */
  nightIntoWords?: string[];
  rangeStart: string[];
  rangeJoin: string[];
  dayOfMonthPrefixes: string[];
  ordinalSuffix: string;
  dayArticle: string;
  /** Words just before a month-day that announce a plan: the date is then the next one, not last year's. */
  futureCues: string[];
  /** Modals of the future a few words before a weekday ("will", "would be"): the coming one. */
  weekdayModals?: string[];
  /** A call for a crowd's action, then "for" right before a weekday ("called a hartal in the district for
   * Wednesday", "une marche pour samedi"): the coming one. A regular expression. */
  weekdayCalls?: string;
  /** Month and weekday abbreviations longer than 3 letters ("sept", "thurs"): a dot after them is theirs. */
  abbreviations: string[];
  /** Words after a day number that mean "of this month" ("le 16 courant"). */
  currentMonthWords?: string[];
  /** Determiners of an event noun a count is made from ("two days before the blast"): that count dates
   * the clause after the noun, not a clause of its own. */
  anchorDeterminers?: string[];
  /** Words that make a date the start of a situation ("on strike since Monday"): no date for "the same
   * day" to count from. */
  sinceWords?: string[];
  /** Words of streets, squares and buildings named after a date, with the words that join them to it
   * ("boulevard du 13 Janvier", "Place du 2 Février"): such a date names a place, not a day. */
  namedAfter?: { nouns: string[]; joins: string[] };
}

const LOCALES: Record<DateLocale, DateLocaleData> = { en: enDates, fr: frDates };

const CLAUSE_OPENERS = new Map<DateLocale, Set<string>>();
/** The words that open a clause told of a year right before them ("2010, when"), folded as tokens are. */
export function yearClauseOpeners(locale: DateLocale): Set<string> {
  let set = CLAUSE_OPENERS.get(locale);
  if (!set) {
    set = new Set((LOCALES[locale].yearClauseOpeners ?? []).map((w) => foldKey(w)));
    CLAUSE_OPENERS.set(locale, set);
  }
  return set;
}

/** A month-day more than this many days after publication is taken as last year's. */
export const FUTURE_GRACE_DAYS = 3;
/** A date written with its month name up to this many days after publication is the coming one ("a shutdown
 * from midnight of October 15" in a report of October 9), not last year's. */
const MONTH_DAY_AHEAD_DAYS = 14;
/** A range of days longer than this is only known to the month. */
const MAX_RANGE_DAYS_FOR_WEEK = 10;

// ---------- UTC day arithmetic (days since epoch) ----------
const DAY_MS = 86_400_000;
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
/** Whole days that Date represents (|time| <= 8.64e15 ms): the arithmetic below is exact there. */
const MAX_DAYS = 100_000_000;
const ymdOf = (day: number): { y: number; m: number; d: number; wd: number } => {
  if (!Number.isInteger(day) || day < -MAX_DAYS || day > MAX_DAYS) {
    const dt = new Date(day * DAY_MS);
    return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), wd: dt.getUTCDay() };
  }
  const { y, m, d } = civilOf(day);
  return { y, m, d, wd: (((day + 4) % 7) + 7) % 7 };
};
/**
 * Year, month and day of a day since the epoch, by arithmetic (proleptic Gregorian calendar, as Date),
 * without making a Date. The day must be a whole number.
 */
function civilOf(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}
/** YYYY-MM-DD of a day since the epoch, as Date's toISOString writes it. */
export function isoOf(day: number): string {
  if (Number.isInteger(day) && day >= -MAX_DAYS && day <= MAX_DAYS) {
    const { y, m, d } = civilOf(day);
    if (y >= 0 && y <= 9999)
      return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
  }
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD date moved by n days. */
export function addDays(iso: string, n: number): string {
  // Fast path without parsing a date string; same answers, as Date's parser also rolls days 29-31
  // over into the next month. Anything else (invalid or unusual) takes the general path.
  const m = YMD.exec(iso);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const day = Number(m[3]);
    if (y >= 1000 && mo >= 1 && mo <= 12 && day >= 1 && day <= 31)
      return isoOf(Date.UTC(y, mo - 1, day + n) / DAY_MS);
  }
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
const validDay = (y: number, m: number, d: number): boolean => {
  const v = ymdOf(dayOf(y, m, d));
  return m >= 1 && m <= 12 && v.y === y && v.m === m && v.d === d;
};

/** What one of our parsers found, carried through chrono as tags. */
interface Found {
  day: number;
  precision: 1 | 2 | 3;
  explicitYear?: boolean;
  relative?: boolean;
  yearOnly?: boolean;
  anchor?: number;
  /** The day of the month is written with digits: beats chrono's own reading. */
  exactDay?: boolean;
  weekday?: boolean;
}

const TAG = "chronicle";

function toTags(f: Found): string[] {
  const t = [TAG, `chronicle/p${f.precision}`];
  if (f.explicitYear) t.push("chronicle/explicitYear");
  if (f.relative) t.push("chronicle/relative");
  if (f.yearOnly) t.push("chronicle/yearOnly");
  if (f.exactDay) t.push("chronicle/exactDay");
  if (f.weekday) t.push("chronicle/weekday");
  if (f.anchor !== undefined) t.push(`chronicle/anchor:${f.anchor}`);
  return t;
}

// ---------- regex helpers ----------
const NB = "(?<![\\p{L}\\p{N}])";
const NA = "(?![\\p{L}\\p{N}])";
function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}
function alt(items: Iterable<string>): string {
  const list = [...new Set(items)].sort((a, b) => b.length - a.length);
  return list.length ? list.map(esc).join("|") : "(?!)";
}
const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, " ").trim();

/** Publication day of the parsing context (reference instant is publication at noon UTC). */
function pubDay(ctx: chrono.ParsingContext): number {
  return Math.floor(ctx.reference.instant.getTime() / DAY_MS);
}

/** Year for a month-day written without one: this year, or last year when well after publication. */
function monthDayYear(pub: number, m: number, d: number, futureCue = false): number {
  const { y } = ymdOf(pub);
  // "talks suspended until January 10" in a December article: next year's.
  if (futureCue) {
    // With a cue the nearest occurrence wins, before or after publication.
    return [y - 1, y, y + 1].sort(
      (a, b) => Math.abs(dayOf(a, m, d) - pub) - Math.abs(dayOf(b, m, d) - pub),
    )[0];
  }
  return dayOf(y, m, d) - pub > MONTH_DAY_AHEAD_DAYS ? y - 1 : y;
}

/** How near publication (in days) a date moved to the year its weekday names must fall. */
const WEEKDAY_YEAR_REACH = 120;
/** Day number of a YYYY-MM-DD date. */
const isoDay = (iso: string): number => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayOf(y, m, d);
};

/**
 * The year, within one of `guess`, in which day `d` of month `m` falls on weekday `wd` (0 Sunday), the
 * nearest to publication; `guess` when the weekday matches no such year or matches it already.
 */
function weekdayYear(pub: number, m: number, d: number, wd: number, guess: number): number {
  const fits = (y: number) => validDay(y, m, d) && ymdOf(dayOf(y, m, d)).wd === wd;
  if (fits(guess)) return guess;
  const years = [guess - 1, guess + 1].filter(fits);
  return years.sort((a, b) => Math.abs(dayOf(a, m, d) - pub) - Math.abs(dayOf(b, m, d) - pub))[0] ?? guess;
}

/** Words just before a date that announce a plan ("until", "scheduled for"). */
function hasFutureCue(c: Ctx, text: string, at: number): boolean {
  return c.futureCue.test(text.slice(Math.max(0, at - 40), at));
}

/** Year for a month written alone: this year up to the publication month, else last year. */
function monthYear(pub: number, m: number, strictlyPast: boolean): number {
  const p = ymdOf(pub);
  return m < p.m || (m === p.m && !strictlyPast) ? p.y : p.y - 1;
}

/** The first day of the season starting in month `first`: the current one, or the last one over before `pub`. */
function seasonStart(pub: number, first: number, last: boolean): number {
  const p = ymdOf(pub);
  // (the season's start in the current year, or last year's when that start is still to come)
  let y = first <= p.m ? p.y : p.y - 1;
  // (a last season is over: its three months end before the report's month)
  if (last && (y - p.y) * 12 + first + 2 >= p.m) y -= 1;
  return dayOf(y, first, 1);
}

function weekdayBack(pub: number, wd: number, strictlyPast: boolean): number {
  let delta = (ymdOf(pub).wd - wd + 7) % 7;
  if (delta === 0 && strictlyPast) delta = 7;
  return pub - delta;
}

function mondayOf(day: number): number {
  return day - ((ymdOf(day).wd + 6) % 7);
}

interface Ctx {
  L: DateLocaleData;
  futureCue: RegExp;
  /** A modal of the future a few words before a weekday ("would be arraigned on"). */
  weekdayModal: RegExp | null;
  weekdayCall: RegExp | null;
  abbreviations: Set<string>;
  monthRe: string;
  wdRe: string;
  ord: string;
}

/**
 * `futureCue` says whether words before the match announce a plan ("until", "scheduled for"); it is
 * asked only when it matters (a month-day written without its year), as it runs a regex.
 */
type Extract = (
  m: RegExpMatchArray,
  pub: number,
  c: Ctx,
  futureCue: () => boolean,
  /** The words right before the match. */
  before: () => string,
) => Found | null;

const NO_CUE = () => false;

// ---------- gates: skip the parsers that cannot match a sentence ----------
/**
 * chrono runs every parser's pattern over the whole sentence, yet most sentences hold no month name,
 * no weekday, no "ago". A gate is something every match of a parser must contain: when the sentence
 * lacks it, the parser cannot match and is skipped. Results are unchanged; only the search is cheaper.
 * Gates are shared by several parsers and tested at most once per sentence.
 *
 * A word gate holds literal words of the parser's pattern, one of which every match contains: it
 * looks for them in the sentence lower-cased once. That finds whatever the patterns' case-insensitive
 * matching finds: a character that folds to a lower-case letter of these words lower-cases to it,
 * except the long s (ſ folds to s), which is turned into an s first.
 */
class Gate {
  private text: string | null = null;
  private ok = false;
  /** Any of the words, searched for in the lower-cased sentence (one scan, not one per word). */
  private words: RegExp | null;
  private re: RegExp | null;

  constructor(what: string[] | RegExp) {
    this.words = Array.isArray(what) ? wordsPattern(fewestWords(what)) : null;
    this.re = Array.isArray(what) ? null : what;
  }

  test(text: string): boolean {
    if (text !== this.text) {
      this.text = text;
      this.ok = this.re ? this.re.test(text) : this.words!.test(lowerCased(text));
    }
    return this.ok;
  }
}

/**
 * The words of phrases a gate needs: of each phrase its longest word (a match of the phrase holds all
 * of them), lower-cased; a word that contains another of the list adds nothing ("january" holds "jan").
 */
function fewestWords(phrases: string[]): string[] {
  const words = [
    ...new Set(
      phrases.map((p) =>
        p
          .toLowerCase()
          .split(" ")
          .reduce((a, b) => (b.length > a.length ? b : a), ""),
      ),
    ),
  ];
  // An empty word would be in every sentence: then the gate always opens.
  if (words.includes("")) return [""];
  return words.filter((w) => !words.some((o) => o !== w && w.includes(o)));
}

/** A pattern that finds any of these literal words (no flags: the text is lower-cased already). */
function wordsPattern(words: string[]): RegExp {
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|"));
}

let lowerOf: string | null = null;
let lowerText = "";
/** The sentence lower-cased (long s as s), once for all gates. */
function lowerCased(text: string): string {
  if (text !== lowerOf) {
    lowerOf = text;
    lowerText = text.toLowerCase();
    if (lowerText.includes("ſ")) lowerText = lowerText.replace(/ſ/g, "s");
  }
  return lowerText;
}

/** Matches nothing, and fails at once (sticky: one attempt at index 0). */
const NEVER = /(?!)/y;

function gated(parser: chrono.Parser, gates: Gate[]): chrono.Parser {
  return {
    pattern: (ctx) => {
      for (const g of gates) if (!g.test(ctx.text)) return NEVER;
      return parser.pattern(ctx);
    },
    extract: (ctx, m) => parser.extract(ctx, m),
  };
}

/** Gates of chrono's own parsers that Chronicle keeps: by their class name. */
const DIGIT_GATE = new Gate(/[0-9]/);
// Every key of chrono's English month dictionary ("september", "sept.", "sep", ...) starts with one of these.
const EN_MONTH_GATE = new Gate([
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
]);
// Numeric dates: a digit, a dash, dot or slash, a digit ("2020-06-22", "26/12", "6/2020").
const NUMERIC_DATE_GATE = new Gate(/[0-9][-./][0-9]/);
// "2020-06-22", "2020/Jun/22": four digits, a separator, a month number or name, a separator, a digit.
const YEAR_FIRST_GATE = new Gate(/[0-9]{4}[-./\s](?:[0-9]{1,2}|[a-z]+\.?)[-./\s][0-9]/i);
const CHRONO_GATES: Record<string, Gate> = {
  ENYearMonthDayParser: YEAR_FIRST_GATE,
  ISOFormatParser: NUMERIC_DATE_GATE,
  SlashDateFormatParser: NUMERIC_DATE_GATE,
  ENSlashMonthFormatParser: NUMERIC_DATE_GATE,
  FRMonthNameLittleEndianParser: DIGIT_GATE,
  ENMonthNameLittleEndianParser: EN_MONTH_GATE,
  ENMonthNameMiddleEndianParser: EN_MONTH_GATE,
};

function makeParser(pattern: RegExp, extract: Extract, c: Ctx): chrono.Parser {
  return {
    pattern: () => pattern,
    extract: (ctx, m) => {
      const at = m.index ?? 0;
      const f = extract(
        m,
        pubDay(ctx),
        c,
        () => hasFutureCue(c, ctx.text, at),
        () => ctx.text.slice(Math.max(0, at - 40), at),
      );
      if (!f) return null;
      const { y, m: mo, d } = ymdOf(f.day);
      // A sentence full stop after a full month or weekday name is not an abbreviation dot.
      // (the end-anchored regex, tried at every place of the match, only for a match ending in a dot)
      const lastWord = m[0].endsWith(".") ? /(\p{L}+)\.$/u.exec(m[0])?.[1].toLowerCase() : undefined;
      const matched = lastWord && !c.abbreviations.has(lastWord) ? m[0].slice(0, -1) : m[0];
      const r = ctx.createParsingResult(m.index ?? 0, matched, { year: y, month: mo, day: d });
      r.start.imply("hour", 12);
      r.addTags(toTags(f));
      return r;
    },
  };
}

function monthNum(c: Ctx, word: string, original: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  const v = c.L.months[w];
  if (v === undefined) return null;
  if (c.L.ambiguousMonths.includes(w) && !/^\p{Lu}/u.test(original)) return null;
  return v;
}

function weekdayNum(c: Ctx, word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  const v = c.L.weekdays[w];
  if (v === undefined) return null;
  if (c.L.weekdayAbbreviations.includes(w) && !/^\p{Lu}/u.test(word)) return null;
  return v;
}

/** Values of count words met before a unit ("two days later", "the day before"), by locale: the same
 * few words recur, and reading one runs the whole number finder. Bounded: cleared when full. */
const COUNT_WORDS: Record<DateLocale, Map<string, number | null>> = {
  en: new BoundedMap(5000),
  fr: new BoundedMap(5000),
};

function countOf(word: string, locale: DateLocale): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  if (/^(?:a|an|un|une)$/i.test(word)) return 1;
  const known = COUNT_WORDS[locale];
  let n = known.get(word);
  if (n === undefined) {
    n = parseNumberPhrase(word, locale);
    known.set(word, n);
  }
  return n;
}

// ---------- our parsers ----------
function buildParsers(c: Ctx, locale: DateLocale): chrono.Parser[] {
  const L = c.L;
  const M = `(${c.monthRe})\\.?`;
  const D = `(\\d{1,2})${c.ord}`;
  const Y = "((?:1[89]|20)\\d{2})";
  const W = `(${c.wdRe})`;
  const art = L.dayArticle;
  const join = alt(L.rangeJoin);
  const F = "iu";
  const parsers: chrono.Parser[] = [];
  // Each parser with the gates its pattern cannot match without (see Gate).
  const add = (src: string, ex: Extract, gates: Gate[]) =>
    parsers.push(gated(makeParser(new RegExp(`${NB}${src}${NA}`, F), ex, c), gates));
  // Word gates take the very phrases that alt() joins into the patterns.
  const G = {
    digit: DIGIT_GATE,
    year: new Gate(new RegExp(Y)),
    month: new Gate(Object.keys(L.months)),
    weekday: new Gate(Object.keys(L.weekdays)),
    night: new Gate(L.nightWords),
    unit: new Gate(Object.keys(L.units)),
    ago: new Gate(L.agoWords),
    agoPrefix: new Gate(L.agoPrefixWords),
    anchorPhrase: new Gate(Object.keys(L.anchorPhrases)),
    direction: new Gate(Object.keys(L.anchorDirections)),
    // Pieces of the patterns below that every match holds, searched for alone: they rarely occur,
    // and a pattern that opens with a look-behind and a list of words is slow to try at every place.
    // Two days joined ("3 to 5", "11 au 12"), a month name between them allowed ("May 30-June 2").
    dayToDay: new Gate(new RegExp(`\\d${c.ord}\\s*(?:${join})\\s*${art}\\d`, F)),
    dayToMonthDay: new Gate(new RegExp(`\\d${c.ord}\\s*(?:${join})\\s*(?:(?:${c.monthRe})\\.?\\s+)?\\d`, F)),
    // A day written with its ordinal suffix ("14th").
    ordinalDay: new Gate(new RegExp(`\\d(?:${L.ordinalSuffix})`, F)),
  };

  const dayFound = (
    pub: number,
    y: string | undefined,
    mo: number,
    d: number,
    precision: 1 | 2,
    cue = NO_CUE,
  ): Found | null => {
    const year = y ? Number(y) : monthDayYear(pub, mo, d, cue());
    if (!validDay(year, mo, d)) return null;
    return { day: dayOf(year, mo, d), precision, explicitYear: !!y, exactDay: true };
  };

  // Night spanning two days: "the night of May 11 to 12", "la nuit du 14 au 15 décembre".
  const night = `(?:${alt(L.nightWords)})\\s+`;
  // (each day may carry its weekday: "dans la nuit de dimanche 9 à lundi 10 mars")
  const wdBefore = `(?:(?:${c.wdRe})\\s+)?`;
  add(
    `${night}${art}${wdBefore}${D}\\s*(?:${join})\\s*${art}${wdBefore}${D}\\s+(?:of\\s+)?${M}(?:,?\\s+${Y})?`,
    (m, pub, _c, cue) => {
      const mo = monthNum(c, m[3], m[3]);
      return mo ? dayFound(pub, m[4], mo, Number(m[1]), 1, cue) : null;
    },
    [G.night],
  );
  add(
    `${night}${M}\\s+${D}\\s*(?:${join})\\s*(?:(?:${c.monthRe})\\.?\\s+)?${D}(?:,?\\s+${Y})?`,
    (m, pub, _c, cue) => {
      const mo = monthNum(c, m[1], m[1]);
      return mo ? dayFound(pub, m[4], mo, Number(m[2]), 1, cue) : null;
    },
    [G.night],
  );
  add(
    `${night}${W}\\s*(?:${join})\\s*${W}(?:\\s+(?:${alt(L.weekdayPastSuffixes)}))?`,
    (m, pub) => {
      const a = weekdayNum(c, m[1]);
      const b = weekdayNum(c, m[2]);
      if (a === null || b === null) return null;
      const second = weekdayBack(pub, b, false);
      return { day: second - ((b - a + 7) % 7 || 7), precision: 1, relative: true, weekday: true };
    },
    [G.night],
  );
  // A night told by the day it ran into: "overnight into Monday" is Sunday's night.
  if (L.nightIntoWords?.length)
    add(
      `(?:${alt(L.nightIntoWords)})\\s+${W}`,
      (m, pub) => {
        const b = weekdayNum(c, m[1]);
        if (b === null) return null;
        return { day: weekdayBack(pub, b, false) - 1, precision: 1, relative: true, weekday: true };
      },
      [new Gate(L.nightIntoWords)],
    );

  // Ranges of days: "between 3 and 5 March", "from 8 to 15 March 2022", "3-5 March", "March 3-5".
  const rangeFound = (
    pub: number,
    y: string | undefined,
    mo: number,
    d1: number,
    d2: number,
    cue: () => boolean,
  ): Found | null => {
    const f = dayFound(pub, y, mo, d1, 2, cue);
    if (!f) return null;
    const span = d2 - d1;
    if (span < 0 || span > MAX_RANGE_DAYS_FOR_WEEK) {
      const { y: yy } = ymdOf(f.day);
      return { day: dayOf(yy, mo, 1), precision: 3, explicitYear: !!y };
    }
    return f;
  };
  const start = `(?:${alt(L.rangeStart)})\\s+`;
  add(
    `(?:${start})?${art}${D}\\s*(?:${join})\\s*${art}${D}\\s+(?:of\\s+)?${M}(?:,?\\s+${Y})?`,
    (m, pub, _c, cue) => {
      const mo = monthNum(c, m[3], m[3]);
      if (!mo) return null;
      return rangeFound(pub, m[4], mo, Number(m[1]), Number(m[2]), cue);
    },
    [G.month, G.digit, G.dayToDay],
  );
  add(
    `(?:${start})?${M}\\s+${D}\\s*(?:${join})\\s*(?:(?:${c.monthRe})\\.?\\s+)?${D}(?:,?\\s+${Y})?`,
    (m, pub, _c, cue) => {
      const mo = monthNum(c, m[1], m[1]);
      return mo ? rangeFound(pub, m[4], mo, Number(m[2]), Number(m[3]), cue) : null;
    },
    [G.month, G.digit, G.dayToMonthDay],
  );

  // "called a strike for Monday", "announced protests for Wednesday": the coming one (a plan), but not
  // "arrested for Wednesday's attack".
  if (L.weekdayFuture?.length)
    add(
      `(?:${alt(L.weekdayFuture)})\\s+${W}(?!['’])`,
      (m, pub) => {
        const wd = weekdayNum(c, m[1]);
        if (wd === null) return null;
        // (on the day itself, the next one: a report of the day says "today")
        return {
          day: pub + ((wd - ymdOf(pub).wd + 7) % 7 || 7),
          precision: 1,
          relative: true,
          weekday: true,
        };
      },
      [G.weekday],
    );
  // Weekdays: "on Friday", "last Thursday", "Friday evening", "overnight Saturday", "samedi dernier".
  add(
    `(?:(${alt(L.weekdayPrefixes)})\\s+)?(?:(${alt(L.weekdayPast)}|${alt(L.weekdayNext)})\\s+)?${W}(?:\\s+(${alt(L.weekdaySuffixes)}))?(?:\\s+(${alt([...L.weekdayPastSuffixes, ...(L.weekdayNextSuffixes ?? [])])}))?`,
    (m, pub, _c, _cue, before) => {
      const wd = weekdayNum(c, m[3]);
      if (wd === null) return null;
      const mod = m[2] ? norm(m[2]) : "";
      const nextAfter = !!m[5] && (L.weekdayNextSuffixes ?? []).map(norm).includes(norm(m[5]));
      // ("would be arraigned on Wednesday", "sera jugé mercredi": a modal of the future a few words before)
      const modal =
        !mod &&
        !m[5] &&
        ((!!c.weekdayModal && c.weekdayModal.test(before())) ||
          // (the "for" may be the weekday's own prefix: "for Wednesday")
          (!!c.weekdayCall && c.weekdayCall.test(`${before()}${m[1] ? `${m[1]} ` : ""}`)));
      if ((mod && L.weekdayNext.map(norm).includes(mod)) || nextAfter || modal) {
        const ahead = (wd - ymdOf(pub).wd + 7) % 7 || 7;
        return { day: pub + ahead, precision: 1, relative: true, weekday: true };
      }
      const strictly = !!mod || !!m[5];
      return { day: weekdayBack(pub, wd, strictly), precision: 1, relative: true, weekday: true };
    },
    [G.weekday],
  );

  // Fixed relative phrases: "yesterday", "last week", "last weekend", "last month", "last year".
  const rel = {
    ...L.relativeDays,
    ...L.relativeWeeks,
    ...L.relativeWeekends,
    ...L.relativeMonths,
    ...L.relativeYears,
  };
  add(
    `(${alt(Object.keys(rel))})`,
    (m, pub) => {
      const k = norm(m[1]);
      const p = ymdOf(pub);
      if (k in L.relativeDays) return { day: pub + L.relativeDays[k], precision: 1, relative: true };
      if (k in L.relativeWeeks)
        return { day: mondayOf(pub) + 7 * L.relativeWeeks[k], precision: 2, relative: true };
      if (k in L.relativeWeekends)
        return { day: weekdayBack(pub - 1, 6, false), precision: 2, relative: true };
      if (k in L.relativeMonths) {
        const mm = p.m + L.relativeMonths[k];
        return { day: dayOf(p.y, mm, 1), precision: 3, relative: true };
      }
      if (k in L.relativeYears)
        return { day: dayOf(p.y + L.relativeYears[k], 1, 1), precision: 3, relative: true, yearOnly: true };
      return null;
    },
    [new Gate(Object.keys(rel))],
  );

  // A season: "last summer", "this winter", "l'été dernier", "cet hiver". Told like a year, it dates vaguely.
  if (L.seasons) {
    const S = L.seasons;
    const firstMonths = new Map(Object.entries(S.names).map(([k, v]) => [norm(k), v]));
    const seasonOf = (w: string) => firstMonths.get(norm(w));
    const lastWords = new Set(S.lastBefore.map(norm));
    const before = [...S.lastBefore, ...S.thisBefore];
    add(
      `(?:(${alt(before)})\\s+)?(${alt(Object.keys(S.names))})(?:\\s+(${alt(S.lastAfter)}))?`,
      (m, pub) => {
        const first = seasonOf(m[2]);
        if (!first || !!m[1] === !!m[3]) return null;
        const last = !!m[3] || lastWords.has(norm(m[1]));
        return { day: seasonStart(pub, first, last), precision: 3, relative: true, yearOnly: true };
      },
      [new Gate(Object.keys(S.names))],
    );
  }

  // A feast of a fixed day: "on Halloween night", "at Christmas", "à la Toussaint".
  if (L.holidays) {
    const days = new Map(Object.entries(L.holidays).map(([k, v]) => [norm(k), v]));
    add(
      `(${alt(Object.keys(L.holidays))})`,
      (m, pub) => {
        const md = days.get(norm(m[1]).replace(/’/gu, "'"));
        if (!md) return null;
        const p = ymdOf(pub);
        const day = dayOf(p.y, md[0], md[1]);
        return { day: day <= pub ? day : dayOf(p.y - 1, md[0], md[1]), precision: 1, relative: true };
      },
      [new Gate(Object.keys(L.holidays))],
    );
  }

  // "two days ago", "il y a trois jours".
  const N = "((?:a|an)\\s+few|a\\s+couple\\s+of|\\d{1,3}|[\\p{L}-]+)";
  const U = `(${alt(Object.keys(L.units))})`;
  const vagueCounts = vagueNumberWords(locale);
  const agoFound = (word: string, unitWord: string, pub: number): Found | null => {
    const n = countOf(word, locale);
    const vague = !/^\d+$/.test(word) && Object.hasOwn(vagueCounts, norm(word));
    if (n === null || n < 0 || n > 400) return null;
    const unit = L.units[norm(unitWord)];
    const p = ymdOf(pub);
    // ("48 hours ago", "il y a 48 heures": whole days only)
    if (unit === "hour")
      return n >= 24 && n % 24 === 0 && !vague ? { day: pub - n / 24, precision: 1, relative: true } : null;
    if (unit === "day") return { day: pub - n, precision: vague ? 2 : 1, relative: true };
    if (unit === "week" || unit === "fortnight") {
      const k = unit === "week" ? 7 : 14;
      return { day: mondayOf(pub - k * n), precision: 2, relative: true };
    }
    if (unit === "month") return { day: dayOf(p.y, p.m - n, 1), precision: 3, relative: true };
    return { day: dayOf(p.y - n, p.m, 1), precision: 3, relative: true };
  };
  if (L.agoWords.length)
    add(`${N}\\s+${U}\\s+(?:${alt(L.agoWords)})`, (m, pub) => agoFound(m[1], m[2], pub), [G.ago, G.unit]);
  if (L.agoPrefixWords.length)
    add(
      `(?:${alt(L.agoPrefixWords)})\\s+${agoQualifier(L.agoQualifiers)}${N}\\s+${U}`,
      (m, pub) => agoFound(m[1], m[2], pub),
      [G.agoPrefix, G.unit],
    );

  // Anchored on another date: "the following day", "two days earlier", "le lendemain".
  add(
    `(${alt(Object.keys(L.anchorPhrases))})`,
    (m, pub) => {
      const off = L.anchorPhrases[norm(m[1])];
      return off === undefined ? null : { day: pub + off, precision: 1, relative: true, anchor: off };
    },
    [G.anchorPhrase],
  );
  add(
    `${N}\\s+${U}\\s+(${alt(Object.keys(L.anchorDirections))})`,
    (m, pub) => {
      const n = countOf(m[1], locale);
      const unit = L.units[norm(m[2])];
      const dir = L.anchorDirections[norm(m[3])];
      if (n === null || n > 60 || dir === undefined) return null;
      if (unit === "day") return { day: pub + dir * n, precision: 1, relative: true, anchor: dir * n };
      // ("Quarante-huit heures plus tôt", "48 hours later": whole days)
      if (unit === "hour" && n >= 24 && n % 24 === 0)
        return { day: pub + (dir * n) / 24, precision: 1, relative: true, anchor: (dir * n) / 24 };
      // "two weeks later": known to the week only.
      if (unit === "week" && n <= 8)
        return { day: pub + dir * n * 7, precision: 2, relative: true, anchor: dir * n * 7 };
      return null;
    },
    [G.unit, G.direction],
  );

  // A month alone: "in February", "in mid-December", "September 2010", "début mars".
  add(
    `(?:(${alt(L.monthPrefixes)})\\s*)?${M}(?:,?\\s+${Y})?(?!\\s*\\d{1,2}${c.ord}(?![\\p{N}]))(?!\\s*[-–]\\s*\\d)`,
    (m, pub) => {
      const mo = monthNum(c, m[2], m[2]);
      if (!mo) return null;
      if (!m[1] && !m[3]) return null;
      if (m[3]) return { day: dayOf(Number(m[3]), mo, 1), precision: 3, explicitYear: true };
      const strictly = norm(m[1]) === "last";
      return { day: dayOf(monthYear(pub, mo, strictly), mo, 1), precision: 3 };
    },
    [G.month],
  );

  // A year closing a noun's phrase: "the protest movement of 2019, when ...", "les émeutes de 2019." (not
  // a count: "a crowd of 2000 people")
  if (L.yearOfPrefixes?.length)
    add(
      `(?:${alt(L.yearOfPrefixes)})\\s+${Y}(?=\\s*[,.;)])`,
      (m) => ({ day: dayOf(Number(m[1]), 1, 1), precision: 3, explicitYear: true, yearOnly: true }),
      [G.year],
    );
  // A year whose clause follows: "The deadliest year remains 2010, when more than a thousand people were killed".
  if (L.yearClauseOpeners?.length)
    add(
      // (the comma and the word in the match: a match of digits alone is dropped as no date)
      `${Y}\\s*,\\s*(?:${alt(L.yearClauseOpeners)})`,
      (m) => ({ day: dayOf(Number(m[1]), 1, 1), precision: 3, explicitYear: true, yearOnly: true }),
      [G.year],
    );
  // A span of years: "between 2020 and 2021", "from 2016 to 2017", "entre 2016 et 2017": its first year.
  add(
    `(?:${alt(L.rangeStart)})\\s+${Y}\\s*(?:${join})\\s*(?:${Y})`,
    (m) => ({ day: dayOf(Number(m[1]), 1, 1), precision: 3, explicitYear: true, yearOnly: true }),
    [G.year],
  );
  // A year alone: "in 2019", "since 2012", "en 2019".
  add(
    `(?:${alt(L.yearPrefixes)})\\s*${Y}(?!\\s*[-–]\\s*\\d)(?!['’]?s${NA})`,
    (m) => {
      const y = Number(m[1]);
      return { day: dayOf(y, 1, 1), precision: 3, explicitYear: true, yearOnly: true };
    },
    [G.year],
  );

  // A day of the current month: "on the 14th".
  add(
    `(?:${alt(L.dayOfMonthPrefixes)})\\s+(\\d{1,2})${c.ord.replace(/\)\?$/, ")")}(?!\\s+(?:of\\s+)?(?:${c.monthRe}|century|anniversary|floor|time|day|hour|minute|round|edition|amendment|session))`,
    (m, pub) => {
      const d = Number(m[1]);
      const p = ymdOf(pub);
      let y = p.y;
      let mo = p.m;
      if (d > p.d + FUTURE_GRACE_DAYS) {
        mo -= 1;
        if (mo === 0) {
          mo = 12;
          y -= 1;
        }
      }
      if (!validDay(y, mo, d)) return null;
      return { day: dayOf(y, mo, d), precision: 1, relative: true, exactDay: true };
    },
    [G.digit, G.ordinalDay],
  );

  // A day of the current month named as such: "le 16 courant".
  if (L.currentMonthWords?.length)
    add(
      `${L.dayArticle}(\\d{1,2})(?:${L.ordinalSuffix})?\\s+(?:${alt(L.currentMonthWords)})${NA}`,
      (m, pub) => {
        const d = Number(m[1]);
        const p = ymdOf(pub);
        if (!validDay(p.y, p.m, d) || d > p.d + FUTURE_GRACE_DAYS) return null;
        return { day: dayOf(p.y, p.m, d), precision: 1, relative: true, exactDay: true };
      },
      [G.digit],
    );
  return parsers;
}

// ---------- refiner: our readings against chrono's own ----------
function isOurs(r: chrono.ParsingResult): boolean {
  return r.tags().has(TAG);
}
function overlaps(a: chrono.ParsingResult, b: chrono.ParsingResult): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

function makeRefiner(c: Ctx): chrono.Refiner {
  return {
    refine: (_ctx, results) => {
      const ours = results.filter(isOurs);
      // (a result's tags are copied into new sets on every call: sort once)
      const isOursSet = new Set(ours);
      const theirs = results.filter((r) => {
        if (isOursSet.has(r)) return false;
        if (!r.start.isCertain("month")) return false; // times alone, durations
        const monthWord = /\p{L}+/u.exec(r.text.replace(/^(?:on|in|the)\s+/i, ""))?.[0] ?? "";
        if (c.L.ambiguousMonths.includes(monthWord.toLowerCase()) && !/^\p{Lu}/u.test(monthWord))
          return false;
        return true;
      });
      const dropOurs = new Set<chrono.ParsingResult>();
      const keptTheirs: chrono.ParsingResult[] = [];
      for (const t of theirs) {
        const clash = ours.filter((o) => overlaps(o, t));
        if (clash.length === 0) {
          keptTheirs.push(t);
          continue;
        }
        const theyWin = t.start.isCertain("day") && clash.every((o) => !o.tags().has("chronicle/exactDay"));
        if (theyWin) {
          for (const o of clash) dropOurs.add(o);
          keptTheirs.push(t);
        }
      }
      // Among our own readings keep the longest of overlapping ones.
      const oursKept = ours
        .filter((o) => !dropOurs.has(o))
        .sort((a, b) => a.index - b.index || b.text.length - a.text.length);
      const finalOurs: chrono.ParsingResult[] = [];
      for (const o of oursKept) {
        const prev = finalOurs[finalOurs.length - 1];
        if (prev && overlaps(prev, o)) {
          if (o.text.length > prev.text.length) finalOurs[finalOurs.length - 1] = o;
          continue;
        }
        finalOurs.push(o);
      }
      return [...finalOurs, ...keptTheirs].sort((a, b) => a.index - b.index);
    },
  };
}

// ---------- per-locale engine ----------
interface Engine {
  ctx: Ctx;
  chrono: chrono.Chrono;
  cue: RegExp;
  /** The end of a place's name a date is part of ("boulevard du "), or null when the locale has none. */
  namedAfter: RegExp | null;
  /** An hour after midnight in the sentence ("vers 2 heures du matin"), or null when the locale has none. */
  earlyHours: RegExp | null;
}
const engines = new Map<DateLocale, Engine>();

function engine(locale: DateLocale): Engine {
  const hit = engines.get(locale);
  if (hit) return hit;
  const L = LOCALES[locale];
  const c: Ctx = {
    L,
    monthRe: alt(Object.keys(L.months)),
    wdRe: alt(Object.keys(L.weekdays)),
    ord: `(?:${L.ordinalSuffix})?`,
    futureCue: new RegExp(`${NB}(?:${alt(L.futureCues)})${NA}`, "iu"),
    weekdayModal: L.weekdayModals?.length
      ? new RegExp(`${NB}(?:${alt(L.weekdayModals)})(?:\\s+[\\p{L}'’-]+){0,3}\\s+$`, "iu")
      : null,
    weekdayCall: L.weekdayCalls ? new RegExp(L.weekdayCalls, "iu") : null,
    abbreviations: new Set(
      [...Object.keys(L.months), ...Object.keys(L.weekdays)].filter(
        (w) => w.length <= 3 || L.abbreviations.includes(w),
      ),
    ),
  };
  const base = (L.chrono === "fr" ? chrono.fr.casual : chrono.en.casual).clone();
  base.parsers = base.parsers.filter((p) => !L.chronoParsersToDrop.includes(p.constructor.name));
  // Day before month in slashed dates (26/12), as in most of the world's reporting: en.GB's parser.
  const slashGB = chrono.en.GB.parsers.find((p) => p.constructor.name === "SlashDateFormatParser");
  if (L.chrono === "en" && slashGB)
    base.parsers = base.parsers.map((p) => (p.constructor.name === "SlashDateFormatParser" ? slashGB : p));
  base.parsers = base.parsers.map((p) => {
    const g = CHRONO_GATES[p.constructor.name];
    return g ? gated(p, [g]) : p;
  });
  base.parsers.unshift(...buildParsers(c, locale));
  base.refiners.unshift(makeRefiner(c));
  const cue = new RegExp(
    `\\d{1,4}[/.-]\\d|${NB}(?:1[89]|20)\\d\\d${NA}|\\d(?:${L.ordinalSuffix})${NA}|${NB}(?:${alt([...Object.keys(L.months), ...Object.keys(L.weekdays), ...L.cueWords, ...Object.keys(L.seasons?.names ?? {}), ...Object.keys(L.relativeDays), ...Object.keys(L.anchorPhrases)])})${NA}`,
    "iu",
  );
  const named = L.namedAfter;
  const namedAfter = named
    ? new RegExp(`${NB}(?:${alt(named.nouns)})\\s+(?:${alt(named.joins)})\\s*$`, "iu")
    : null;
  const earlyHours = L.earlyHours?.length ? new RegExp(`(?:${L.earlyHours.join("|")})`, "iu") : null;
  const e = { ctx: c, chrono: base, cue, namedAfter, earlyHours };
  engines.set(locale, e);
  return e;
}

function mentionOf(
  r: chrono.ParsedResult,
  offset: number,
  pub: number | null,
  futureCue: () => boolean,
): DateMention | null {
  const tags = r.tags();
  const s = r.start;
  let day: number;
  let precision: 1 | 2 | 3;
  let explicitYear: boolean;
  let relative = false;
  let yearOnly = false;
  let anchor: number | undefined;
  let text = r.text.trimEnd();
  if (tags.has(TAG)) {
    const y = s.get("year");
    const m = s.get("month");
    const d = s.get("day");
    if (y === null || m === null || d === null) return null;
    day = dayOf(y, m, d);
    precision = tags.has("chronicle/p1") ? 1 : tags.has("chronicle/p2") ? 2 : 3;
    explicitYear = tags.has("chronicle/explicitYear");
    relative = tags.has("chronicle/relative");
    yearOnly = tags.has("chronicle/yearOnly");
    for (const t of tags) if (t.startsWith("chronicle/anchor:")) anchor = Number(t.slice(17));
  } else {
    const m = s.get("month");
    if (m === null) return null;
    explicitYear = s.isCertain("year");
    // "February 26, 17 villagers": a two-digit "year" after a comma is a count, not a year.
    const shortYear = /,\s*\d{1,2}$/.exec(r.text);
    if (explicitYear && shortYear && s.isCertain("day")) {
      explicitYear = false;
      text = r.text.slice(0, shortYear.index);
    }
    if (s.isCertain("day")) {
      const d = s.get("day")!;
      let y = s.get("year")!;
      if (!explicitYear) {
        if (pub === null) return null;
        y = monthDayYear(pub, m, d, futureCue());
      }
      if (!validDay(y, m, d)) return null;
      day = dayOf(y, m, d);
      precision = 1;
      if (r.end?.isCertain("day")) {
        const e = r.end;
        const endDay = dayOf(
          e.isCertain("year") ? e.get("year")! : ymdOf(day).y,
          e.get("month")!,
          e.get("day")!,
        );
        const span = endDay - day;
        if (span > 0) precision = span > MAX_RANGE_DAYS_FOR_WEEK ? 3 : 2;
        if (precision === 3) day = dayOf(ymdOf(day).y, m, 1);
      }
    } else {
      if (!explicitYear && pub === null) return null;
      const y = explicitYear ? s.get("year")! : monthYear(pub!, m, false);
      day = dayOf(y, m, 1);
      precision = 3;
    }
  }
  if (pub === null && !explicitYear) return null;
  // (every field written, the optional ones as undefined, in the order of DateMention: one object
  // shape for all dates, so that optimised code reading them never meets a shape it has not seen)
  return {
    start: offset + r.index,
    end: offset + r.index + text.length,
    text,
    date: isoOf(day),
    precision,
    explicitYear,
    relative,
    future: pub !== null && day > pub,
    yearOnly: yearOnly ? true : undefined,
    night: undefined,
    weekday: tags.has("chronicle/weekday") ? true : undefined,
    anchorOffsetDays: anchor,
    anchored: undefined,
  };
}

const SINCE_OPENERS = new Map<DateLocale, RegExp | null>();
/** A date's text opened by a word of "since" ("since Monday", "depuis lundi"), per locale. */
function sinceOpener(locale: DateLocale): RegExp | null {
  let re = SINCE_OPENERS.get(locale);
  if (re === undefined) {
    const words = LOCALES[locale].sinceWords ?? [];
    re = words.length ? new RegExp(`^(?:${words.join("|")})\\s`, "iu") : null;
    SINCE_OPENERS.set(locale, re);
  }
  return re;
}

/** Re-anchor "the following day" on the nearest other date of the sentence (a "later" on one before it). */
function resolveAnchors(list: DateMention[], pub: number | null, since: RegExp | null): void {
  for (const m of list) {
    if (m.anchorOffsetDays === undefined) continue;
    let best: DateMention | undefined;
    for (const o of list) {
      if (o === m || o.anchorOffsetDays !== undefined || o.precision !== 1) continue;
      // "one week later ... on February 3": a count of days counts from a date told before it, never after
      // (one after it restates the day counted to: "Two days earlier, on Sunday, ...", "A day earlier, police
      // had arrested ... late on Thursday night")
      if (o.start > m.start) continue;
      // ("Le même jour, à Thiès, les cheminots, en grève depuis lundi, ...": a situation's start)
      if (since?.test(o.text)) continue;
      if (!best || Math.abs(o.start - m.start) < Math.abs(best.start - m.start)) best = o;
    }
    if (best) {
      const [y, mo, d] = best.date.split("-").map(Number);
      const day = dayOf(y, mo, d) + m.anchorOffsetDays;
      m.date = isoOf(day);
      m.anchored = "sentence";
      m.future = pub !== null && day > pub;
    } else {
      m.anchored = "publication";
    }
  }
}

/** Drop a weekday written just before a full date ("Wednesday, June 17"): the date says it all. */
function mergeWeekdayWithDate(list: DateMention[], text: string, pub: number | null): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    // ("On August 14 last year", "le 14 août de l'année dernière": the day of the year told right after)
    if (
      b &&
      !a.relative &&
      !a.explicitYear &&
      a.precision === 1 &&
      b.yearOnly &&
      b.relative &&
      /^[\s,]{0,3}(?:(?:of|de|d')\s*)?$/iu.test(text.slice(a.end, b.start))
    ) {
      const [, m, d] = a.date.split("-").map(Number);
      const y = Number(b.date.slice(0, 4));
      const day = dayOf(y, m, d);
      out.push({
        ...a,
        end: b.end,
        text: text.slice(a.start, b.end),
        date: isoOf(day),
        relative: true,
        future: pub !== null && day > pub,
      });
      i++;
      continue;
    }
    if (
      b &&
      a.relative &&
      !a.anchorOffsetDays &&
      /^[\s,]{0,3}$/.test(text.slice(a.end, b.start)) &&
      !b.relative
    ) {
      const merged = { ...b, start: a.start, text: text.slice(a.start, b.end) };
      // ("le jeudi 4 décembre" in a November article: the year in which that day is a Thursday, the
      // coming one, not last year's)
      if (a.weekday && b.precision === 1 && !b.explicitYear && pub !== null) {
        const [y, m, d] = b.date.split("-").map(Number);
        const wd = ymdOf(isoDay(a.date)).wd;
        const year = weekdayYear(pub, m, d, wd, y);
        // (a weekday misprinted sends no date a year away: only a year that brings it near publication)
        if (year !== y && Math.abs(dayOf(year, m, d) - pub) <= WEEKDAY_YEAR_REACH) {
          const day = dayOf(year, m, d);
          merged.date = isoOf(day);
          merged.future = day > pub;
        }
      }
      out.push(merged);
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

let lastPublished: string | null = null;
let lastPublicationDay: number | null = null;

/**
 * Day of a YYYY-MM-DD publication date (null when none). Remembered for the last one asked: every
 * sentence of an article asks with the same date.
 */
function publicationDay(published: string | null): number | null {
  if (published !== lastPublished) {
    lastPublished = published;
    lastPublicationDay = null;
    if (published && /^\d{4}-\d{2}-\d{2}/.test(published)) {
      const [y, m, d] = published.slice(0, 10).split("-").map(Number);
      lastPublicationDay = dayOf(y, m, d);
    }
  }
  return lastPublicationDay;
}

/** The dates found in the last text, by range: the coder asks for one sentence's dates more than once. */
let memoText: string | null = null;
const memo = new Map<string, DateMention[]>();

/**
 * The dates told between start and end of text, resolved against the publication day. Pure: the
 * same question on the same text gives the same answer, kept for the next ask (copies are returned,
 * so callers may change what they get).
 */
export function findDates(
  text: string,
  start: number,
  end: number,
  published: string | null,
  locale: DateLocale = "en",
): DateMention[] {
  if (memoText !== text) {
    memoText = text;
    memo.clear();
  }
  const key = `${start}:${end}:${published}:${locale}`;
  let found = memo.get(key);
  if (!found) {
    found = datesIn(text, start, end, published, locale);
    memo.set(key, found);
  }
  return found.map((m) => ({ ...m }));
}

/** Capitalised nouns of organisations right after a date that names them ("6 June Movement", "March 23 Movement"). */
const NAMED_BY_DATE =
  /^\s+(?:Movement|Mouvement|Coalition|Front|Alliance|Collective|Collectif|Revolution|Révolution|Uprising|Group|Brigades?|Youth|Party)\b/u;

/** Every date in text[start, end), resolved against the publication date (YYYY-MM-DD or null). */
function datesIn(
  text: string,
  start: number,
  end: number,
  published: string | null,
  locale: DateLocale,
): DateMention[] {
  const e = engine(locale);
  const s = text.slice(start, end);
  if (!e.cue.test(s)) return [];
  const pub = publicationDay(published);
  const ref = { instant: new Date((pub ?? dayOf(2000, 1, 1)) * DAY_MS + DAY_MS / 2), timezone: 0 };
  const results = e.chrono.parse(s, ref, { forwardDate: false });
  const list: DateMention[] = [];
  for (const r of results) {
    if (e.namedAfter?.test(s.slice(Math.max(0, r.index - 30), r.index))) continue;
    // ("the 6 June Movement", "le Mouvement du 5 juin" is named after it above): a date that names a movement
    if (NAMED_BY_DATE.test(s.slice(r.index + r.text.length, r.index + r.text.length + 16))) continue;
    // (the plan words before a date are looked for only when mentionOf needs them)
    const m = mentionOf(r, start, pub, () => hasFutureCue(e.ctx, s, r.index));
    if (m && (pub !== null || !m.relative)) list.push(m);
    if (m && e.ctx.L.nightDates) {
      const lower = m.text.toLowerCase();
      if (e.ctx.L.nightDates.some((w) => lower.includes(w))) {
        m.night = true;
        if (!/\s/u.test(lower.trim())) m.nightEither = true;
        // ("dans la nuit de mardi à mercredi, vers 2 heures du matin": past midnight, the second day)
        // (the hour may come in the paragraph's next sentences: "Les assaillants sont arrivés vers 2 heures")
        else if (TWO_DAYS.test(lower) && e.earlyHours?.test(restOfParagraph(text, start)))
          m.date = addDays(m.date, 1);
      }
    }
  }
  resolveAnchors(list, pub, sinceOpener(locale));
  return mergeWeekdayWithDate(list, text, pub);
}

/** The optional words between an ago prefix and its count, each with its space (none after an elision). */
function agoQualifier(words: string[] | undefined): string {
  if (!words?.length) return "";
  const each = words.map((w) => `${alt([w])}${/['’]$/u.test(w) ? "\\s*" : "\\s+"}`);
  return `(?:${each.join("|")})?`;
}

/** The text from `start` to the end of its paragraph. */
function restOfParagraph(text: string, start: number): string {
  const nl = text.indexOf("\n", start);
  return text.slice(start, nl < 0 ? text.length : nl);
}

/** A night told by the two days it spans ("la nuit de mardi à mercredi", "the night of May 11 to 12"). */
const TWO_DAYS = /\s(?:à|au|to|-|–)\s*\S/u;

const anchorNouns = new Map<DateLocale, RegExp | null>();
/** An event noun with its determiner, then a comma: the anchor of a count ("before the blast,", "before the Hawija attack,"). */
function anchorNoun(locale: DateLocale): RegExp | null {
  let re = anchorNouns.get(locale);
  if (re === undefined) {
    const dets = LOCALES[locale].anchorDeterminers ?? [];
    // (a name may stand before the noun: "before the Hawija attack,")
    re = dets.length
      ? new RegExp(`^\\s*(?:${alt(dets)})\\s*(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}[\\p{L}-]+\\s*[,;.]`, "u")
      : null;
    anchorNouns.set(locale, re);
  }
  return re;
}

/**
 * "The shootout follows one day after gunmen ambushed a squad": the event told after "after" is the
 * anchor, so its own date is the other date minus the offset (the mention counts forward from it).
 */
export function countsToClause(d: DateMention, locale: DateLocale, after: string): boolean {
  if (d.anchorOffsetDays === undefined) return false;
  // ("The day before, militants abducted ...": a set phrase of the locale, no count to a clause)
  if (/^\s*[,;.:]/.test(after) || LOCALES[locale].anchorPhrases[norm(d.text)] !== undefined) return false;
  // ("Two days before the blast, gunmen abducted ...": counted from an event named by a noun, the date is
  // the clause's own)
  if (anchorNoun(locale)?.test(after)) return false;
  const last = d.text.trim().split(/\s+/).pop()?.toLowerCase() ?? "";
  return (LOCALES[locale].clauseDirections ?? []).includes(last);
}
