/**
 * The bundled gazetteer files, kept as raw buffers (outside the JS heap) and searched in place:
 * sorted name indexes by binary search, place rows parsed on demand.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { BoundedMap } from "../common/bounded.js";

export interface PlaceRow {
  id: number;
  geonameid: number | null;
  name: string;
  cc: string;
  fcode: string;
  lat: number;
  lon: number;
  population: number;
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  nnames?: number;
}

function lineStarts(buf: Buffer): Int32Array {
  // one pass (chunks hold 4096 lines: grown only for longer ones)
  let offs = new Int32Array(4097);
  let i = 0;
  let start = 0;
  for (let p = buf.indexOf(10); p >= 0; p = buf.indexOf(10, p + 1)) {
    if (i + 1 >= offs.length) {
      const grown = new Int32Array(offs.length * 2);
      grown.set(offs);
      offs = grown;
    }
    offs[i++] = start;
    start = p + 1;
  }
  offs[i] = start; // sentinel: end of last line + 1
  return offs.subarray(0, i + 1);
}

/** A sorted "key \t id,id,..." file stored as gzip chunks; chunks are inflated on first use. */
export class SortedIndex {
  private parts: ({ buf: Buffer; offs: Int32Array } | null)[];
  private firstKeys: string[];

  constructor(
    private file: Buffer,
    private table: [string, number, number][],
  ) {
    this.parts = table.map(() => null);
    this.firstKeys = table.map((t) => t[0]);
  }

  get chunkCount(): number {
    return this.table.length;
  }

  part(c: number): { buf: Buffer; offs: Int32Array } {
    let p = this.parts[c];
    if (!p) {
      const [, off, len] = this.table[c];
      const buf = gunzipSync(this.file.subarray(off, off + len));
      p = { buf, offs: lineStarts(buf) };
      this.parts[c] = p;
    }
    return p;
  }

  /** Every (key, ids) of one chunk. */
  *entries(c: number): IterableIterator<[string, number[]]> {
    const { buf, offs } = this.part(c);
    for (let i = 0; i < offs.length - 1; i++) {
      const s = offs[i];
      const tab = buf.indexOf(9, s);
      yield [buf.toString("latin1", s, tab), parseIds(buf.toString("latin1", tab + 1, offs[i + 1] - 1))];
    }
  }

  /**
   * Recent answers by key (a name's ids never change while the index is loaded). Bounded: cleared when
   * full. The arrays are shared: callers copy them (see Resolver.exactIds).
   */
  private memo = new BoundedMap<string, readonly number[]>(20_000);

  lookup(key: string): readonly number[] {
    let ids = this.memo.get(key);
    if (ids === undefined) {
      ids = this.search(key);
      this.memo.set(key, ids);
    }
    return ids;
  }

  private search(key: string): number[] {
    // the chunk whose first key is the greatest <= key
    let lo = 0;
    let hi = this.firstKeys.length - 1;
    let c = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.firstKeys[mid] <= key) {
        c = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (c < 0) return [];
    const { buf, offs } = this.part(c);
    lo = 0;
    hi = offs.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = offs[mid];
      const cmp = compareKey(buf, s, key);
      if (cmp === 0) {
        const tab = s + key.length;
        return parseIds(buf.toString("latin1", tab + 1, offs[mid + 1] - 1));
      }
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return [];
  }
}

/**
 * Compares the key of the line at `s` (latin1 bytes up to the tab) with `key`, as JavaScript compares
 * the decoded strings (code unit by code unit, a prefix first), without decoding it: <0, 0 or >0.
 */
function compareKey(buf: Buffer, s: number, key: string): number {
  for (let i = 0; ; i++) {
    const b = buf[s + i];
    if (b === 9) return i === key.length ? 0 : -1;
    if (i === key.length) return 1;
    const d = b - key.charCodeAt(i);
    if (d !== 0) return d;
  }
}

function parseIds(s: string): number[] {
  return s.split(",").map(Number);
}

export interface Meta {
  rows: number;
  chunkRows: number;
  chunks: [number, number][];
  nameChunks: [string, number, number][];
  foldChunks: [string, number, number][];
  /** Per-country gzip members of fuzzy.tsv.gz: [offset, length]. */
  fuzzyChunks?: Record<string, [number, number]>;
  ranges: Record<string, [number, number]>;
  admin1: Record<string, string[]>;
  admin2: Record<string, string[]>;
  /** Row of the capital of a country ("ML") and of a region ("ML|Mopti"). */
  seats?: Record<string, number>;
}

export class PlaceStore {
  private file: Buffer;
  private chunks: ({ buf: Buffer; offs: Int32Array } | null)[];
  private cache = new BoundedMap<number, PlaceRow>(50_000);
  private dir: string;
  private foldIndex: SortedIndex | null = null;
  private fuzzyFile: Buffer | null = null;
  readonly names: SortedIndex;
  readonly meta: Meta;
  readonly size: number;

  constructor(dir: string) {
    this.dir = dir;
    this.meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")) as Meta;
    this.file = readFileSync(join(dir, "places.tsv.gz"));
    this.chunks = this.meta.chunks.map(() => null);
    this.size = this.meta.rows;
    this.names = new SortedIndex(readFileSync(join(dir, "names.tsv.gz")), this.meta.nameChunks);
  }

  /** Folded-name index, inflated on first use. */
  get folds(): SortedIndex {
    if (!this.foldIndex)
      this.foldIndex = new SortedIndex(readFileSync(join(this.dir, "folds.tsv.gz")), this.meta.foldChunks);
    return this.foldIndex;
  }

  /** One country's folded keys with their row ids ("key", "id,id"), inflated on demand. */
  fuzzyEntries(cc: string): [string, string][] {
    const at = this.meta.fuzzyChunks?.[cc];
    if (!at) return [];
    this.fuzzyFile ??= readFileSync(join(this.dir, "fuzzy.tsv.gz"));
    const text = gunzipSync(this.fuzzyFile.subarray(at[0], at[0] + at[1])).toString("latin1");
    const out: [string, string][] = [];
    let s = 0;
    for (let e = text.indexOf("\n"); e >= 0; s = e + 1, e = text.indexOf("\n", s)) {
      const tab = text.indexOf("\t", s);
      if (tab > s && tab < e) out.push([text.slice(s, tab), text.slice(tab + 1, e)]);
    }
    return out;
  }

  private chunk(c: number): { buf: Buffer; offs: Int32Array } {
    let ch = this.chunks[c];
    if (!ch) {
      const [off, len] = this.meta.chunks[c];
      const buf = gunzipSync(this.file.subarray(off, off + len));
      ch = { buf, offs: lineStarts(buf) };
      this.chunks[c] = ch;
    }
    return ch;
  }

  row(id: number): PlaceRow {
    const hit = this.cache.get(id);
    if (hit) return hit;
    const { buf, offs } = this.chunk(Math.floor(id / this.meta.chunkRows));
    const k = id % this.meta.chunkRows;
    const f = buf.toString("utf8", offs[k], offs[k + 1] - 1).split("\t");
    const r: PlaceRow = {
      id,
      geonameid: f[0] ? Number(f[0]) : null,
      name: f[1],
      cc: f[2],
      fcode: f[3],
      lat: Number(f[4]),
      lon: Number(f[5]),
      population: Number(f[6]) || 0,
      admin1: f[7] || null,
      admin2: f[8] || null,
      admin3: f[9] || null,
      nnames: Number(f[10]) || 0,
    };
    this.cache.set(id, r);
    return r;
  }

  /** The rows of a country with one feature code ("P.PPLA2"), found by scanning the raw chunks (no
   * decoding or caching of the other rows). */
  rowsWithCode(cc: string, fcode: string): PlaceRow[] {
    const range = this.meta.ranges[cc];
    if (!range) return [];
    const out: PlaceRow[] = [];
    const needle = Buffer.from(`\t${cc}\t${fcode}\t`);
    const per = this.meta.chunkRows;
    for (let c = Math.floor(range[0] / per); c <= Math.floor((range[1] - 1) / per); c++) {
      const { buf, offs } = this.chunk(c);
      for (let at = buf.indexOf(needle); at >= 0; at = buf.indexOf(needle, at + needle.length)) {
        // the line holding the match: the last line start at or before it
        let lo = 0;
        let hi = offs.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (offs[mid] <= at) lo = mid;
          else hi = mid - 1;
        }
        const id = c * per + lo;
        if (id >= range[0] && id < range[1]) out.push(this.row(id));
      }
    }
    return out;
  }

  /** Country (ISO2) of a row id, from the per-country row ranges. */
  countryOf(id: number): string | null {
    for (const [cc, [a, b]] of Object.entries(this.meta.ranges)) if (id >= a && id < b) return cc;
    return null;
  }
}
