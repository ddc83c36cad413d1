/**
 * Edit-distance search over one country's folded name keys. Keys are grouped by length and carry a
 * letter-set bit mask, so a query only runs the (bounded) Levenshtein check on keys of a nearby length
 * whose letters and hashed letter pairs can differ by at most 2 x budget: a miss costs a few microseconds
 * per thousand keys.
 */
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
  private masks: Int32Array;
  private pairs: Int32Array;
  /** start[len] = first key index of that length; start[len + 1] its end. */
  private start: Int32Array;

  /** entries: [folded key, ids as "1,2,3" or a list]. */
  constructor(entries: [string, number[] | string][]) {
    entries.sort((a, b) => a[0].length - b[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.keys = entries.map((e) => e[0]);
    this.ids = entries.map((e) => e[1]);
    this.masks = Int32Array.from(this.keys, letterMask);
    this.pairs = Int32Array.from(this.keys, bigramMask);
    const maxLen = this.keys.length ? this.keys[this.keys.length - 1].length : 0;
    this.start = new Int32Array(maxLen + 2);
    let i = 0;
    for (let len = 0; len <= maxLen + 1; len++) {
      while (i < this.keys.length && this.keys[i].length < len) i++;
      this.start[len] = i;
    }
  }

  get size(): number {
    return this.keys.length;
  }

  /** Key indexes in lexicographic order and by reversed key (built on the first one-edit search). */
  private byPrefix: Int32Array | null = null;
  private bySuffix: Int32Array | null = null;
  private reversed: string[] = [];

  /** Keys within `budget` edits of `key` (the key itself excluded), nearest first. */
  search(key: string, budget: number): FuzzyHit[] {
    if (budget <= 0) return [];
    if (budget === 1 && key.length >= 2) return this.searchOne(key);
    const out: FuzzyHit[] = [];
    const qm = letterMask(key);
    const qp = bigramMask(key);
    const lim = 2 * budget;
    const maxLen = this.start.length - 2;
    const lo = Math.max(0, key.length - budget);
    const hi = Math.min(maxLen, key.length + budget);
    for (let len = lo; len <= hi; len++) {
      const end = this.start[len + 1];
      for (let i = this.start[len]; i < end; i++) {
        if (popcount(qm ^ this.masks[i]) > lim || popcount(qp & ~this.pairs[i]) > lim) continue;
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
   * the first half or ends with the second one (two binary searches instead of a scan).
   */
  private searchOne(key: string): FuzzyHit[] {
    if (!this.byPrefix) {
      const n = this.keys.length;
      this.reversed = this.keys.map((k) => [...k].reverse().join(""));
      const cmp = (xs: string[]) => (a: number, b: number) => (xs[a] < xs[b] ? -1 : xs[a] > xs[b] ? 1 : 0);
      this.byPrefix = Int32Array.from({ length: n }, (_, i) => i).sort(cmp(this.keys));
      this.bySuffix = Int32Array.from({ length: n }, (_, i) => i).sort(cmp(this.reversed));
    }
    const half = Math.ceil(key.length / 2);
    const seen = new Set<number>();
    const out: FuzzyHit[] = [];
    const visit = (order: Int32Array, xs: string[], part: string) => {
      let lo = 0;
      let hi = order.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (xs[order[mid]] < part) lo = mid + 1;
        else hi = mid;
      }
      for (let j = lo; j < order.length; j++) {
        const i = order[j];
        if (!xs[i].startsWith(part)) break;
        const k = this.keys[i];
        if (seen.has(i) || k === key || Math.abs(k.length - key.length) > 1) continue;
        seen.add(i);
        if (editDistance(k, key, 1) <= 1) out.push({ key: k, ids: this.idsAt(i), distance: 1 });
      }
    };
    visit(this.byPrefix, this.keys, key.slice(0, half));
    visit(this.bySuffix as Int32Array, this.reversed, [...key.slice(half)].reverse().join(""));
    return out;
  }

  private idsAt(i: number): number[] {
    const v = this.ids[i];
    if (typeof v !== "string") return v;
    const list = v.split(",").map(Number);
    this.ids[i] = list;
    return list;
  }
}
