/**
 * Edit-distance search over one country's folded name keys. Keys are grouped by length and carry a
 * letter-set bit mask, so a query only runs the (bounded) Levenshtein check on keys of a nearby length
 * whose letters can differ by at most 2 x budget: a miss costs a few microseconds per thousand keys.
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

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export class FuzzyIndex {
  private keys: string[];
  private ids: (number[] | string)[];
  private masks: Int32Array;
  /** start[len] = first key index of that length; start[len + 1] its end. */
  private start: Int32Array;

  /** entries: [folded key, ids as "1,2,3" or a list]. */
  constructor(entries: [string, number[] | string][]) {
    entries.sort((a, b) => a[0].length - b[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.keys = entries.map((e) => e[0]);
    this.ids = entries.map((e) => e[1]);
    this.masks = Int32Array.from(this.keys, letterMask);
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

  /** Keys within `budget` edits of `key` (the key itself excluded), nearest first. */
  search(key: string, budget: number): FuzzyHit[] {
    const out: FuzzyHit[] = [];
    if (budget <= 0) return out;
    const qm = letterMask(key);
    const maxLen = this.start.length - 2;
    const lo = Math.max(0, key.length - budget);
    const hi = Math.min(maxLen, key.length + budget);
    for (let len = lo; len <= hi; len++) {
      const end = this.start[len + 1];
      for (let i = this.start[len]; i < end; i++) {
        if (popcount(qm ^ this.masks[i]) > 2 * budget) continue;
        const k = this.keys[i];
        if (k === key) continue;
        const d = editDistance(k, key, budget);
        if (d <= budget) out.push({ key: k, ids: this.idsAt(i), distance: d });
      }
    }
    return out.sort((a, b) => a.distance - b.distance);
  }

  private idsAt(i: number): number[] {
    const v = this.ids[i];
    if (typeof v !== "string") return v;
    const list = v.split(",").map(Number);
    this.ids[i] = list;
    return list;
  }
}
