/**
 * Edit-distance search over one country's folded name keys. Keys are grouped by length and carry a
 * letter-set bit mask, so a query only runs the (bounded) Levenshtein check on keys of a nearby length
 * whose letters and hashed letter pairs can differ by at most 2 x budget: a miss costs a few microseconds
 * per thousand keys.
 */
import { BoundedMap } from "../common/bounded.js";
import { editDistance } from "./normalize.js";

export interface FuzzyHit {
  key: string;
  ids: number[];
  distance: number;
}

/** Bit per letter (a-z) and one per digit group; a substitution changes at most two bits. */
export function letterMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) m |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) m |= 1 << (26 + ((c - 48) % 5));
  }
  return m;
}

/** 32-bit hashed set of the key's letter pairs; one edit removes at most two of the query's pairs. */
export function bigramMask(s: string): number {
  let m = 0;
  for (let i = 1; i < s.length; i++) m |= 1 << ((s.charCodeAt(i - 1) * 31 + s.charCodeAt(i)) & 31);
  return m;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export class FuzzyIndex {
  private keys: string[];
  private ids: (number[] | string)[];
  /** Letter and letter-pair masks of the keys, made on the first search of two edits or more (most
   * searches allow one edit and walk the sorted keys instead; many countries' indexes see none). */
  private masks: Int32Array | null = null;
  private pairs: Int32Array | null = null;
  /** start[len] = first key index of that length; start[len + 1] its end. */
  private start: Int32Array;

  /** entries: [folded key, ids as "1,2,3" or a list]. */
  constructor(entries: [string, number[] | string][]) {
    // (no loops here: small helpers get optimised once, not on-stack-replaced per index built)
    const keys0 = keysOf(entries);
    if (!keys0.every(isAscii)) {
      // (any other string: the general sorts, built as before)
      entries.sort((a, b) => a[0].length - b[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      this.keys = entries.map((e) => e[0]);
      this.ids = entries.map((e) => e[1]);
    } else {
      // Folded keys are ASCII: the (length, key) order is a counting sort by length of the keys in
      // lexicographic order (the gazetteer's entries come sorted; overlay ones are appended), and that
      // lexicographic order is the one the one-edit search needs: no comparison sort at first use.
      const lex = lexOrder(keys0, false);
      const byPrefix = byLength(keys0, lex);
      this.keys = placed(keys0, lex, byPrefix);
      this.ids = placed(
        entries.map((e) => e[1]),
        lex,
        byPrefix,
      );
      this.byPrefix = byPrefix;
      this.ascii = true;
    }
    this.start = lengthStarts(this.keys);
  }

  get size(): number {
    return this.keys.length;
  }

  /** Key indexes in lexicographic order and by reversed key (built on the first one-edit search). */
  private byPrefix: Int32Array | null = null;
  private bySuffix: Int32Array | null = null;
  private reversed: string[] = [];
  /** Every key is ASCII: the reversed keys are compared in place (see revCompare), not built. */
  private ascii = false;

  /**
   * Recent answers by budget and key: an unknown name comes back with other contexts (near points,
   * admin names) and in the next articles. Bounded: cleared when full. Callers do not change them.
   */
  private answers = new BoundedMap<string, readonly FuzzyHit[]>(5_000);

  /** Keys within `budget` edits of `key` (the key itself excluded), nearest first. */
  search(key: string, budget: number): readonly FuzzyHit[] {
    if (budget <= 0) return [];
    const memo = `${budget}:${key}`;
    let hits = this.answers.get(memo);
    if (hits === undefined) {
      hits = this.find(key, budget);
      this.answers.set(memo, hits);
    }
    return hits;
  }

  private find(key: string, budget: number): FuzzyHit[] {
    if (budget === 1 && key.length >= 2) return this.searchOne(key);
    const out: FuzzyHit[] = [];
    this.masks ??= masksOf(this.keys, letterMask);
    this.pairs ??= masksOf(this.keys, bigramMask);
    const masks = this.masks;
    const pairs = this.pairs;
    const qm = letterMask(key);
    const qp = bigramMask(key);
    const lim = 2 * budget;
    const maxLen = this.start.length - 2;
    const lo = Math.max(0, key.length - budget);
    const hi = Math.min(maxLen, key.length + budget);
    for (let len = lo; len <= hi; len++) {
      const end = this.start[len + 1];
      for (let i = this.start[len]; i < end; i++) {
        if (popcount(qm ^ masks[i]) > lim || popcount(qp & ~pairs[i]) > lim) continue;
        const k = this.keys[i];
        if (k === key) continue;
        const d = editDistance(k, key, budget);
        if (d <= budget) out.push({ key: k, ids: this.idsAt(i), distance: d });
      }
    }
    return out.sort((a, b) => a.distance - b.distance);
  }

  /**
   * One edit: the edit falls in the first or in the second half of the query, so a match starts with
   * the first half or ends with the second one (two binary searches instead of a scan). A key that
   * does both is taken in the first walk only; keys of a length more than one apart are passed over
   * before any comparison.
   */
  private searchOne(key: string): FuzzyHit[] {
    if (this.ascii) this.bySuffix ??= lexOrder(this.keys, true);
    else if (!this.byPrefix || !this.bySuffix) {
      const n = this.keys.length;
      this.reversed = this.keys.map((k) => [...k].reverse().join(""));
      const cmp = (xs: string[]) => (a: number, b: number) => (xs[a] < xs[b] ? -1 : xs[a] > xs[b] ? 1 : 0);
      this.byPrefix = Int32Array.from({ length: n }, (_, i) => i).sort(cmp(this.keys));
      this.bySuffix = Int32Array.from({ length: n }, (_, i) => i).sort(cmp(this.reversed));
    }
    const keys = this.keys;
    const head = key.slice(0, Math.ceil(key.length / 2));
    const out: FuzzyHit[] = [];
    const byPrefix = this.byPrefix as Int32Array;
    for (let j = lowerBound(byPrefix, keys, head); j < byPrefix.length; j++) {
      const i = byPrefix[j];
      if (!keys[i].startsWith(head)) break;
      this.considerOne(i, key, out);
    }
    const bySuffix = this.bySuffix as Int32Array;
    const tail = [...key.slice(head.length)].reverse().join("");
    if (this.ascii) {
      // (the reversed keys are compared in place)
      let lo = 0;
      let hi = bySuffix.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (revCompare(keys[bySuffix[mid]], tail) < 0) lo = mid + 1;
        else hi = mid;
      }
      for (let j = lo; j < bySuffix.length; j++) {
        const i = bySuffix[j];
        if (!revStartsWith(keys[i], tail)) break;
        if (!keys[i].startsWith(head)) this.considerOne(i, key, out);
      }
    } else {
      for (let j = lowerBound(bySuffix, this.reversed, tail); j < bySuffix.length; j++) {
        const i = bySuffix[j];
        if (!this.reversed[i].startsWith(tail)) break;
        if (!keys[i].startsWith(head)) this.considerOne(i, key, out);
      }
    }
    return out;
  }

  /** Adds key i to the hits when it is one edit from the query. */
  private considerOne(i: number, key: string, out: FuzzyHit[]): void {
    const k = this.keys[i];
    if (Math.abs(k.length - key.length) > 1 || k === key) return;
    if (oneEditApart(k, key)) out.push({ key: k, ids: this.idsAt(i), distance: 1 });
  }

  private idsAt(i: number): number[] {
    const v = this.ids[i];
    if (typeof v !== "string") return v;
    const list = v.split(",").map(Number);
    this.ids[i] = list;
    return list;
  }
}

/** The first position in `order` whose string is not below `part` (as `<` compares strings). */
function lowerBound(order: Int32Array, xs: string[], part: string): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[order[mid]] < part) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether two different strings are one edit apart (editDistance(a, b, 1) === 1, in linear time): one
 * code unit substituted when their lengths are equal, else one removed from the longer.
 */
export function oneEditApart(a: string, b: string): boolean {
  const long = a.length >= b.length ? a : b;
  const short = long === a ? b : a;
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && long.charCodeAt(i) === short.charCodeAt(i)) i++;
  // (past the first difference: the rest after a substitution, or after the code unit removed)
  const skip = long.length === short.length ? 1 : 0;
  for (let j = i + skip; j < short.length; j++)
    if (long.charCodeAt(j + 1 - skip) !== short.charCodeAt(j)) return false;
  return true;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Compares the reverse of ASCII `k` with `part`, code unit by code unit, as `<` compares strings. */
function revCompare(k: string, part: string): number {
  const n = Math.min(k.length, part.length);
  for (let j = 0; j < n; j++) {
    const d = k.charCodeAt(k.length - 1 - j) - part.charCodeAt(j);
    if (d !== 0) return d;
  }
  return k.length - part.length;
}

/** Whether the reverse of ASCII `k` starts with `part`. */
function revStartsWith(k: string, part: string): boolean {
  if (part.length > k.length) return false;
  for (let j = 0; j < part.length; j++)
    if (k.charCodeAt(k.length - 1 - j) !== part.charCodeAt(j)) return false;
  return true;
}

/**
 * Indexes of ASCII strings in the order of the strings (or of their reverses), as a stable sort with
 * `<` would give: equal strings keep their index order. Already-sorted input costs one pass; otherwise
 * a most-significant-character radix sort (no comparison callbacks).
 */
function lexOrder(xs: string[], reversed: boolean): Int32Array {
  const n = xs.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (!reversed) {
    let head = 1;
    while (head < n && !(xs[head] < xs[head - 1])) head++;
    if (head >= n) return order;
    // a sorted run followed by a few more (the overlay's keys): sort those and merge
    if (n - head <= 256) {
      const tail = Array.from({ length: n - head }, (_, j) => head + j).sort((a, b) =>
        xs[a] < xs[b] ? -1 : xs[a] > xs[b] ? 1 : 0,
      );
      let p = 0;
      let t = 0;
      for (let o = 0; o < n; o++)
        order[o] = t >= tail.length || (p < head && !(xs[tail[t]] < xs[p])) ? p++ : tail[t++];
      return order;
    }
  }
  const tmp = new Int32Array(n);
  const count = new Int32Array(130);
  const stack: number[] = [0, n, 0];
  while (stack.length) {
    const d = stack.pop() as number;
    const hi = stack.pop() as number;
    const lo = stack.pop() as number;
    if (hi - lo <= 24) {
      // insertion sort from depth d (stable: moves an element only past strictly greater ones)
      for (let a = lo + 1; a < hi; a++) {
        const x = order[a];
        let b = a - 1;
        while (b >= lo) {
          const y = order[b];
          let c = 0;
          for (let e = d; ; e++) {
            const cy = charAt(xs, reversed, y, e);
            const cx = charAt(xs, reversed, x, e);
            if (cy !== cx) {
              c = cy - cx;
              break;
            }
            if (cx === 0) break;
          }
          if (c <= 0) break;
          order[b + 1] = y;
          b--;
        }
        order[b + 1] = x;
      }
      continue;
    }
    count.fill(0);
    for (let a = lo; a < hi; a++) count[charAt(xs, reversed, order[a], d) + 1]++;
    count[0] = lo;
    for (let c = 1; c < 130; c++) count[c] += count[c - 1];
    // count[c] is now the start of bucket c; push the buckets of real characters (not the ended ones)
    for (let c = 1; c < 129; c++) if (count[c + 1] - count[c] > 1) stack.push(count[c], count[c + 1], d + 1);
    for (let a = lo; a < hi; a++) {
      const i = order[a];
      tmp[count[charAt(xs, reversed, i, d)]++] = i;
    }
    for (let a = lo; a < hi; a++) order[a] = tmp[a];
  }
  return order;
}

/**
 * Character of xs[i] (or of its reverse) at depth d, plus one (0 past the end: a prefix sorts first).
 * (a module function, not a closure made per sort: V8 then sees one call target at every sort and keeps
 * its optimised code across the countries' indexes)
 */
function charAt(xs: string[], reversed: boolean, i: number, d: number): number {
  const s = xs[i];
  if (d >= s.length) return 0;
  return (reversed ? s.charCodeAt(s.length - 1 - d) : s.charCodeAt(d)) + 1;
}

function keysOf(entries: [string, unknown][]): string[] {
  const out: string[] = [];
  for (let i = 0; i < entries.length; i++) out.push(entries[i][0]);
  return out;
}

/** out[dest[r]] = xs[order[r]]. */
function placed<T>(xs: T[], order: Int32Array, dest: Int32Array): T[] {
  const out = xs.slice();
  for (let r = 0; r < order.length; r++) out[dest[r]] = xs[order[r]];
  return out;
}

/** Where each key (taken in `order`) goes when keys are grouped by length, keeping that order within a length. */
function byLength(keys: string[], order: Int32Array): Int32Array {
  let maxLen = 0;
  for (let i = 0; i < keys.length; i++) if (keys[i].length > maxLen) maxLen = keys[i].length;
  const at = new Int32Array(maxLen + 2);
  for (let i = 0; i < keys.length; i++) at[keys[i].length + 1]++;
  for (let len = 1; len <= maxLen + 1; len++) at[len] += at[len - 1];
  const dest = new Int32Array(keys.length);
  for (let r = 0; r < order.length; r++) dest[r] = at[keys[order[r]].length]++;
  return dest;
}

function masksOf(keys: string[], mask: (s: string) => number): Int32Array {
  const out = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) out[i] = mask(keys[i]);
  return out;
}

/** start[len] = first index of a key of that length in keys sorted by length; start[len + 1] its end. */
function lengthStarts(keys: string[]): Int32Array {
  const maxLen = keys.length ? keys[keys.length - 1].length : 0;
  const start = new Int32Array(maxLen + 2);
  let i = 0;
  for (let len = 0; len <= maxLen + 1; len++) {
    while (i < keys.length && keys[i].length < len) i++;
    start[len] = i;
  }
  return start;
}
