/**
 * Small in-memory gazetteer layers loaded on top of the bundled one: the editable supplement
 * data/gazetteer/local-places.csv and the user overlay ($CHRONICLE_HOME/gazetteer: imported GeoNames
 * dumps as geonames-XX.tsv, local CSVs as *.csv).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { maliCercleRegion } from "./build-rows.js";
import type { CountryTable } from "./countries.js";
import { foldKey, normName } from "./normalize.js";
import { gazetteerDir, overlayDir } from "./paths.js";
import { maliCercleAt } from "./polygons.js";
import type { PlaceRow } from "./store.js";

export const OVERLAY_BASE = 1 << 24;

export interface OverlayRow extends PlaceRow {
  source: string;
}

export const LOCAL_COLUMNS = [
  "name",
  "country",
  "latitude",
  "longitude",
  "admin1",
  "admin2",
  "source",
] as const;

/** Parse a local-places CSV (name,country,latitude,longitude,admin1,admin2,source); throws on bad rows. */
export function parseLocalCsv(text: string, countries: CountryTable, file: string): Omit<OverlayRow, "id">[] {
  const recs = parse(text, { columns: true, skip_empty_lines: true, trim: true, comment: "#" }) as Record<
    string,
    string
  >[];
  const out: Omit<OverlayRow, "id">[] = [];
  recs.forEach((r, i) => {
    const where = `${file}: row ${i + 2}`;
    if (!r.name) throw new Error(`${where}: missing name`);
    const c = countries.get(r.country);
    if (!c) throw new Error(`${where}: unknown country "${r.country}"`);
    const lat = Number(r.latitude);
    const lon = Number(r.longitude);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
      throw new Error(`${where}: bad coordinates`);
    let admin1 = r.admin1 || null;
    let admin2 = r.admin2 || null;
    if (c.iso2 === "ML" && (!admin1 || !admin2)) {
      const cercle = maliCercleAt(lat, lon);
      if (cercle) {
        admin2 = admin2 ?? cercle;
        admin1 = admin1 ?? maliCercleRegion(cercle);
      }
    }
    out.push({
      geonameid: null,
      name: r.name,
      cc: c.iso2,
      fcode: "P.PPL",
      lat,
      lon,
      population: 0,
      admin1,
      admin2,
      admin3: null,
      source: r.source || file,
    });
  });
  return out;
}

export class Overlay {
  readonly rows: OverlayRow[] = [];
  private exact = new Map<string, number[]>();
  private folded = new Map<string, number[]>();

  add(row: Omit<OverlayRow, "id">, alternates: string[] = []): void {
    const id = OVERLAY_BASE + this.rows.length;
    this.rows.push({ ...row, id });
    const keys = new Set([row.name, ...alternates].map(normName).filter(Boolean));
    for (const k of keys) push(this.exact, k, id);
    for (const k of new Set([...keys].map(foldKey))) push(this.folded, k, id);
  }

  lookup(key: string): number[] {
    return this.exact.get(key) ?? [];
  }

  lookupFold(key: string): number[] {
    return this.folded.get(key) ?? [];
  }

  row(id: number): OverlayRow {
    return this.rows[id - OVERLAY_BASE];
  }

  /** Countries imported from full GeoNames dumps by the user. */
  readonly fullCountries = new Set<string>();

  coversCountry(cc: string): boolean {
    return this.fullCountries.has(cc);
  }

  has(id: number): boolean {
    return id >= OVERLAY_BASE;
  }

  *keysFolded(): IterableIterator<[string, number[]]> {
    yield* this.folded.entries();
  }
}

function push(m: Map<string, number[]>, k: string, id: number) {
  const l = m.get(k);
  if (l) {
    if (!l.includes(id)) l.push(id);
  } else m.set(k, [id]);
}

/** Row line format of imported dumps (same as places.tsv plus alternates joined by "|"). */
export function parseOverlayTsvLine(
  line: string,
): { row: Omit<OverlayRow, "id">; alternates: string[] } | null {
  const f = line.split("\t");
  if (f.length < 10) return null;
  return {
    row: {
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
      source: "GeoNames (user import)",
    },
    alternates: f[10] ? f[10].split("|") : [],
  };
}

export function loadOverlay(countries: CountryTable): Overlay {
  const ov = new Overlay();
  const local = join(gazetteerDir(), "local-places.csv");
  if (existsSync(local))
    for (const r of parseLocalCsv(readFileSync(local, "utf8"), countries, "local-places.csv")) ov.add(r);
  const dir = overlayDir();
  if (!existsSync(dir)) return ov;
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (f.endsWith(".csv")) for (const r of parseLocalCsv(readFileSync(p, "utf8"), countries, f)) ov.add(r);
    else if (/^geonames-.*\.tsv$/.test(f))
      for (const line of readFileSync(p, "utf8").split("\n")) {
        const x = parseOverlayTsvLine(line);
        if (x) {
          ov.add(x.row, x.alternates);
          ov.fullCountries.add(x.row.cc);
        }
      }
  }
  return ov;
}
