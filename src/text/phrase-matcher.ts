import { BoundedMap } from "../common/bounded.js";
import { type Token, tokenize } from "./tokens.js";

/**
 * Compiled multi-word lexicon: a trie over folded tokens, so matching costs one walk per token
 * position, never a scan of every pattern. A pattern token ending in "*" matches any token with
 * that prefix ("kill*" matches "killed", "killing"); a pattern token "_" matches any one token
 * ("set _ ablaze" matches "set it ablaze", "set vehicles ablaze").
 */
export interface PhraseMatch<T> {
  /** Token index range [first, last] in the token array. */
  first: number;
  last: number;
  start: number;
  end: number;
  value: T;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  prefixes: Array<[string, Node<T>]>;
  /**
   * The prefixes again, grouped by their first character (in the order they were added), so that a
   * token is compared only with the prefixes that start like it. Null when some prefix is empty (it
   * matches every token): then the plain list is walked.
   */
  byFirst: Map<string, Array<[string, Node<T>]>> | null;
  values: T[];
}

const node = <T>(): Node<T> => ({ next: new Map(), prefixes: [], byFirst: new Map(), values: [] });
const NO_PREFIXES: never[] = [];

/**
 * The start filter. Every sentence is matched against a dozen lexicons, and most of them never start
 * a phrase at most words ("in the same area" at "attacked"). So each matcher gets a bit, and each
 * word the bits of the matchers whose phrases can start with it (worked out once per word, kept in a
 * bounded table); a token array gets its words' bits once, and a matcher walks only from the tokens
 * that carry its bit, or not at all when no token does. Matches are the same, in the same order.
 */
/** Bits per word of the filter (JavaScript's bitwise operators work on 31 bits and a sign). */
const WORD_BITS = 31;
/** Matchers in the filter: two words of bits (any later ones walk from every token, as before). */
const MAX_FILTERED = 2 * WORD_BITS;
/** Matchers in the filter, by bit number. */
const filtered: Array<PhraseMatcher<unknown>> = [];
/** Folded word -> bits of the matchers whose phrases can start with it ([first word, second word]). */
const wordBits = new BoundedMap<string, WordBits>(50_000);
type WordBits = readonly [number, number];
/**
 * The start bits of the tokens of an array, and their union (a matcher whose bit is not in it finds
 * nothing there). The lexicons of a sentence are matched one after the other on the same array, and
 * a sentence's array comes back after the next sentence's was matched (cues look one sentence ahead),
 * so the bits are kept per array while it lives. (Token arrays are never changed after tokenisation:
 * the length is checked all the same.)
 */
interface StartBits {
  length: number;
  /** Per token, the bits of each word of the filter: tokens' bits of word w at [w * length + i]. */
  bits: Int32Array;
  any: WordBits;
}
let bitsByArray = new WeakMap<Token[], StartBits>();
let lastTokens: Token[] | null = null;
let last: StartBits = { length: 0, bits: new Int32Array(0), any: [0, 0] };
/** A phrase was added after bits were worked out: forget them (lexicons are built before use). */
let stale = false;

/**
 * The first steps of every filtered matcher, merged: the bits of the matchers that have a phrase
 * starting with a word (exact first words), those whose phrases start with a prefix (by the prefix's
 * first character) and those with a phrase starting with any word ("_" or an empty prefix). A word
 * met for the first time is then looked up once here, not asked of each matcher in turn. Bits are
 * numbered across the words of the filter: k is bit k % 31 of word k / 31.
 */
interface StartTable {
  exact: Map<string, number[]>;
  prefixes: Map<string, Array<[string, number]>>;
  always: number[];
}
let startTable: StartTable | null = null;

function buildStartTable(): StartTable {
  const t: StartTable = { exact: new Map(), prefixes: new Map(), always: [0, 0] };
  for (let k = 0; k < filtered.length; k++) filtered[k].addStarts(t, k);
  return t;
}

/** The bits of the matchers whose phrases can start with this folded word (the first step of walk). */
function bitsOfWord(word: string): WordBits {
  let b = wordBits.get(word);
  if (b === undefined) {
    startTable ??= buildStartTable();
    const exact = startTable.exact.get(word);
    const w = [startTable.always[0] | (exact?.[0] ?? 0), startTable.always[1] | (exact?.[1] ?? 0)];
    const group = startTable.prefixes.get(word[0]);
    if (group)
      for (const [pre, k] of group) {
        const bit = 1 << (k % WORD_BITS);
        const i = k < WORD_BITS ? 0 : 1;
        if ((w[i] & bit) === 0 && word.startsWith(pre)) w[i] |= bit;
      }
    b = [w[0], w[1]];
    wordBits.set(word, b);
  }
  return b;
}

/** The start bits of this array: those of the last one, those kept for it, or new ones. */
function startBits(tokens: Token[]): StartBits {
  if (stale) {
    stale = false;
    wordBits.clear();
    startTable = null;
    lastTokens = null;
    bitsByArray = new WeakMap();
  }
  if (tokens === lastTokens && tokens.length === last.length) return last;
  let sb = bitsByArray.get(tokens);
  if (sb === undefined || sb.length !== tokens.length) {
    sb = bitsOf(tokens);
    bitsByArray.set(tokens, sb);
  }
  lastTokens = tokens;
  last = sb;
  return sb;
}

function bitsOf(tokens: Token[]): StartBits {
  const n = tokens.length;
  const bits = new Int32Array(2 * n);
  let any0 = 0;
  let any1 = 0;
  for (let i = 0; i < n; i++) {
    const b = bitsOfWord(tokens[i].norm);
    bits[i] = b[0];
    bits[n + i] = b[1];
    any0 |= b[0];
    any1 |= b[1];
  }
  return { length: n, bits, any: [any0, any1] };
}

export class PhraseMatcher<T> {
  private root: Node<T> = node();
  size = 0;
  /** This matcher's bit in its word of the start filter (0: not filtered). */
  private readonly bit: number;
  /** Which word of the filter holds the bit (0 or 1). */
  private readonly word: number;

  constructor() {
    const k = filtered.length;
    this.bit = k < MAX_FILTERED ? 1 << (k % WORD_BITS) : 0;
    this.word = k < WORD_BITS ? 0 : 1;
    if (this.bit) filtered.push(this as PhraseMatcher<unknown>);
  }

  /** Puts this matcher's first steps (those of walk from the root) into the start table, as bit k. */
  addStarts(t: StartTable, k: number): void {
    const bit = this.bit;
    const w = this.word;
    for (const first of this.root.next.keys()) {
      const e = t.exact.get(first) ?? [0, 0];
      e[w] |= bit;
      t.exact.set(first, e);
    }
    for (const [pre] of this.root.prefixes) {
      if (pre === "") {
        t.always[w] |= bit;
        continue;
      }
      const group = t.prefixes.get(pre[0]);
      if (group) group.push([pre, k]);
      else t.prefixes.set(pre[0], [[pre, k]]);
    }
  }

  add(phrase: string, value: T): this {
    stale = true;
    // (a phrase ending on an elided word, "menace d'", "une centaine d'": tokenised with a word after it, so
    // that "d'" is one token as in the text, then without that word)
    const elided = /\p{L}['’]$/u.test(phrase);
    const tokens = elided ? tokenize(`${phrase}x`).slice(0, -1) : tokenize(phrase);
    const parts = tokens.map((t, i, all) =>
      // keep a trailing "*" attached to its word
      t.text === "*" ? null : t.text === "_" ? "*" : all[i + 1]?.text === "*" ? `${t.norm}*` : t.norm,
    );
    let n = this.root;
    for (const p of parts) {
      if (p === null) continue;
      if (p.endsWith("*")) {
        const pre = p.slice(0, -1);
        let child = n.prefixes.find(([k]) => k === pre)?.[1];
        if (!child) {
          child = node();
          n.prefixes.push([pre, child]);
          if (pre === "") n.byFirst = null;
          else if (n.byFirst) {
            const group = n.byFirst.get(pre[0]);
            if (group) group.push([pre, child]);
            else n.byFirst.set(pre[0], [[pre, child]]);
          }
        }
        n = child;
      } else {
        let child = n.next.get(p);
        if (!child) {
          child = node();
          n.next.set(p, child);
        }
        n = child;
      }
    }
    n.values.push(value);
    this.size++;
    return this;
  }

  /** All matches starting at every token; longest first at each start. */
  matchAll(tokens: Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const bit = this.bit;
    if (bit === 0) {
      for (let i = 0; i < tokens.length; i++) this.walk(tokens, i, this.root, i, out);
      return out;
    }
    const sb = startBits(tokens);
    if ((sb.any[this.word] & bit) === 0) return out;
    const bits = sb.bits;
    const n = tokens.length;
    const base = this.word * n;
    for (let i = 0; i < n; i++) if (bits[base + i] & bit) this.walk(tokens, i, this.root, i, out);
    return out;
  }

  /**
   * Whether some phrase lies wholly within tokens[first..last]: matchAll(tokens.slice(first, last + 1))
   * finds something, without the slice or the matches.
   */
  matchesWithin(tokens: Token[], first: number, last: number): boolean {
    const end = Math.min(last + 1, tokens.length);
    const bit = this.bit;
    if (bit === 0) {
      for (let i = Math.max(0, first); i < end; i++) if (this.reaches(tokens, this.root, i, end)) return true;
      return false;
    }
    const sb = startBits(tokens);
    if ((sb.any[this.word] & bit) === 0) return false;
    const bits = sb.bits;
    const base = this.word * tokens.length;
    for (let i = Math.max(0, first); i < end; i++)
      if (bits[base + i] & bit && this.reaches(tokens, this.root, i, end)) return true;
    return false;
  }

  /** Non-overlapping matches, preferring the longest leftmost. */
  matchLongest(tokens: Token[]): PhraseMatch<T>[] {
    const all = this.matchAll(tokens);
    all.sort((a, b) => a.first - b.first || b.last - a.last);
    const out: PhraseMatch<T>[] = [];
    let covered = -1;
    for (const m of all) {
      if (m.first <= covered) continue;
      out.push(m);
      covered = m.last;
    }
    return out;
  }

  private walk(tokens: Token[], first: number, n: Node<T>, i: number, out: PhraseMatch<T>[]): void {
    if (i >= tokens.length) return;
    const tok = tokens[i].norm;
    const exact = n.next.get(tok);
    if (exact) this.emit(tokens, first, exact, i, out);
    if (n.prefixes.length === 0) return;
    const candidates = n.byFirst ? (n.byFirst.get(tok[0]) ?? NO_PREFIXES) : n.prefixes;
    for (const [pre, child] of candidates) if (tok.startsWith(pre)) this.emit(tokens, first, child, i, out);
  }

  /** Whether a phrase goes on from node n through tokens[i..end) to its end (see walk). */
  private reaches(tokens: Token[], n: Node<T>, i: number, end: number): boolean {
    if (i >= end) return false;
    const tok = tokens[i].norm;
    const exact = n.next.get(tok);
    if (exact && (exact.values.length > 0 || this.reaches(tokens, exact, i + 1, end))) return true;
    if (n.prefixes.length === 0) return false;
    const candidates = n.byFirst ? (n.byFirst.get(tok[0]) ?? NO_PREFIXES) : n.prefixes;
    for (const [pre, child] of candidates)
      if (tok.startsWith(pre) && (child.values.length > 0 || this.reaches(tokens, child, i + 1, end)))
        return true;
    return false;
  }

  private emit(tokens: Token[], first: number, n: Node<T>, i: number, out: PhraseMatch<T>[]): void {
    for (const value of n.values)
      out.push({ first, last: i, start: tokens[first].start, end: tokens[i].end, value });
    this.walk(tokens, first, n, i + 1, out);
  }
}
