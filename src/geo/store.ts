/**
 * The bundled gazetteer files, kept as raw buffers (outside the JS heap) and searched in place:
 * sorted name indexes by binary search, place rows parsed on demand.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

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
  let n = 0;
  for (let p = buf.indexOf(10); p >= 0; p = buf.indexOf(10, p + 1)) n++;
  const offs = new Int32Array(n + 1);
  let i = 0;
  let start = 0;
  for (let p = buf.indexOf(10); p >= 0; p = buf.indexOf(10, p + 1)) {
    offs[i++] = start;
    start = p + 1;
  }
  offs[i] = start; // sentinel: end of last line + 1
  return offs;
}

/** A sorted "key \t id,id,..." file. */
export class SortedIndex {
  private buf: Buffer;
  private offs: Int32Array;
  readonly size: number;

  constructor(buf: Buffer) {
    this.buf = buf;
    this.offs = lineStarts(buf);
    this.size = this.offs.length - 1;
  }

  key(i: number): string {
    const s = this.offs[i];
    const tab = this.buf.indexOf(9, s);
    return this.buf.toString("latin1", s, tab);
  }

  ids(i: number): number[] {
    const s = this.offs[i];
    const tab = this.buf.indexOf(9, s);
    return this.buf
      .toString("latin1", tab + 1, this.offs[i + 1] - 1)
      .split(",")
      .map(Number);
  }

  find(key: string): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = this.key(mid);
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  lookup(key: string): number[] {
    const i = this.find(key);
    return i < 0 ? [] : this.ids(i);
  }
}

export interface Meta {
  rows: number;
  ranges: Record<string, [number, number]>;
  admin1: Record<string, string[]>;
  admin2: Record<string, string[]>;
}

export class PlaceStore {
  private buf: Buffer;
  private offs: Int32Array;
  private cache = new Map<number, PlaceRow>();
  readonly names: SortedIndex;
  readonly folds: SortedIndex;
  readonly meta: Meta;
  readonly size: number;

  constructor(dir: string) {
    this.buf = gunzipSync(readFileSync(join(dir, "places.tsv.gz")));
    this.offs = lineStarts(this.buf);
    this.size = this.offs.length - 1;
    this.names = new SortedIndex(gunzipSync(readFileSync(join(dir, "names.tsv.gz"))));
    this.folds = new SortedIndex(gunzipSync(readFileSync(join(dir, "folds.tsv.gz"))));
    this.meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")) as Meta;
  }

  get bytes(): number {
    return this.buf.length;
  }

  row(id: number): PlaceRow {
    const hit = this.cache.get(id);
    if (hit) return hit;
    const f = this.buf.toString("utf8", this.offs[id], this.offs[id + 1] - 1).split("\t");
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
    if (this.cache.size > 50000) this.cache.clear();
    this.cache.set(id, r);
    return r;
  }

  /** Country (ISO2) of a row id, from the per-country row ranges. */
  countryOf(id: number): string | null {
    for (const [cc, [a, b]] of Object.entries(this.meta.ranges)) if (id >= a && id < b) return cc;
    return null;
  }
}
