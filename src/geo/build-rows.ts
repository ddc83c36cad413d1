/**
 * Turns GeoNames `geoname` dumps into gazetteer rows with admin names attached.
 * Used by scripts/build-gazetteer.ts and by `chronicle gazetteer import`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanAdmin2Name, cleanAdminName, isLatinScript, normName } from "./normalize.js";
import { gazetteerDir } from "./paths.js";
import { maliCercleAt } from "./polygons.js";

export interface Row {
  geonameid: number | null;
  name: string;
  cc: string;
  fcode: string; // "P.PPL", "A.ADM1", ...
  lat: number;
  lon: number;
  population: number;
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  alternates: string[];
  /** Number of names GeoNames records for the place (a notability signal for homonyms). */
  nnames?: number;
}

export interface AdminTables {
  admin1: Map<string, { name: string; geonameid: number }>; // "ML.04"
  admin2: Map<string, { name: string; geonameid: number }>; // "ML.04.7670549"
}

export function loadAdminTables(admin1Text: string, admin2Text: string): AdminTables {
  const parse = (t: string) => {
    const m = new Map<string, { name: string; geonameid: number }>();
    for (const line of t.split("\n")) {
      const f = line.split("\t");
      if (f.length < 4) continue;
      m.set(f[0], { name: f[2] || f[1], geonameid: Number(f[3]) });
    }
    return m;
  };
  const tables = { admin1: parse(admin1Text), admin2: parse(admin2Text) };
  // (codes the world towns still use for regions the current table has dropped: admin1-legacy-codes.csv)
  const legacy = join(gazetteerDir(), "admin1-legacy-codes.csv");
  if (existsSync(legacy))
    for (const r of readCsvTable(legacy))
      if (r.code !== "*" && r.admin1 && !tables.admin1.has(`${r.country}.${r.code}`))
        tables.admin1.set(`${r.country}.${r.code}`, { name: r.admin1, geonameid: 0 });
  return tables;
}

/**
 * The admin1 code a country dump's row belongs to now (the world towns keep theirs: ACLED keeps the
 * regions before some reforms, "Ouham-Pende" for Paoua). Older dumps keep the code of a region that was split:
 * a district whose code the admin2 table files under another region takes that region ("Tera
 * Department", NE.08 in the dump, is NE.09 Tillabéri in the table), and a place coded with a region
 * carved out of another, farther from the new unit's centre than its radius, takes the remaining
 * region (admin1-splits.csv: Niger's places coded 08, Niamey, beyond 20 km of the city are Tillabéri's).
 */
function currentAdmin1(
  tables: AdminTables,
  cc: string,
  a1: string,
  a2: string,
  lat: number,
  lon: number,
): string {
  if (a2 && !tables.admin2.has(`${cc}.${a1}.${a2}`)) {
    const filed = admin2Regions(tables).get(`${cc}.${a2}`);
    if (filed) return filed;
  }
  const split = admin1Splits().get(`${cc}.${a1}`);
  if (split && !a2 && kmBetween(lat, lon, split.lat, split.lon) > split.radiusKm) return split.outside;
  return a1;
}

let regionOfAdmin2: Map<string, string> | null = null;
let regionTables: AdminTables | null = null;
/** "NE.8334577" -> "09": the region the admin2 table files each district under (when only one). */
function admin2Regions(tables: AdminTables): Map<string, string> {
  if (regionOfAdmin2 && regionTables === tables) return regionOfAdmin2;
  const m = new Map<string, string>();
  const twice = new Set<string>();
  for (const code of tables.admin2.keys()) {
    const [cc, a1, a2] = code.split(".");
    const k = `${cc}.${a2}`;
    if (m.has(k) && m.get(k) !== a1) twice.add(k);
    else m.set(k, a1);
  }
  for (const k of twice) m.delete(k);
  regionOfAdmin2 = m;
  regionTables = tables;
  return m;
}

interface Admin1Split {
  lat: number;
  lon: number;
  radiusKm: number;
  outside: string;
}
let splitsCache: Map<string, Admin1Split> | null = null;
/** admin1-splits.csv by "CC.code". */
function admin1Splits(): Map<string, Admin1Split> {
  if (!splitsCache) {
    splitsCache = new Map();
    const file = join(gazetteerDir(), "admin1-splits.csv");
    if (existsSync(file))
      for (const r of readCsvTable(file))
        splitsCache.set(`${r.country}.${r.code}`, {
          lat: Number(r.latitude),
          lon: Number(r.longitude),
          radiusKm: Number(r.radius_km),
          outside: r.outside_code,
        });
  }
  return splitsCache;
}

/** Great-circle distance in km. */
function kmBetween(la1: number, lo1: number, la2: number, lo2: number): number {
  const p = Math.PI / 180;
  const h =
    Math.sin(((la2 - la1) * p) / 2) ** 2 +
    Math.cos(la1 * p) * Math.cos(la2 * p) * Math.sin(((lo2 - lo1) * p) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, h)));
}

let staleCache: Set<string> | null = null;
/** Countries whose admin codes in the world towns are stale (admin1-legacy-codes.csv, code "*"). */
function staleCodeCountries(): Set<string> {
  if (!staleCache) {
    staleCache = new Set();
    const legacy = join(gazetteerDir(), "admin1-legacy-codes.csv");
    if (existsSync(legacy))
      for (const r of readCsvTable(legacy)) if (r.code === "*" && !r.admin1) staleCache.add(r.country);
  }
  return staleCache;
}

/** Small CSV reader for our own data tables (no quoted commas in them). */
export function readCsvTable(file: string): Record<string, string>[] {
  const lines = readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith("#"));
  const head = lines[0].split(",");
  return lines.slice(1).map((l) => {
    const f = l.split(",");
    const o: Record<string, string> = {};
    head.forEach((h, i) => {
      o[h] = (f[i] ?? "").trim();
    });
    return o;
  });
}

let aliasCache: Map<string, string> | null = null;
/** GeoNames admin1 name -> ACLED spelling ("BF|cascades" -> "Cascades"), from admin1-aliases.csv. */
export function admin1Aliases(): Map<string, string> {
  if (aliasCache) return aliasCache;
  aliasCache = new Map();
  for (const r of readCsvTable(join(gazetteerDir(), "admin1-aliases.csv")))
    aliasCache.set(`${r.country}|${normName(r.geonames)}`, r.acled);
  return aliasCache;
}

let textAliasCache: Map<string, string[]> | null = null;
/** Other names a text gives a region ("Gezira" for Al Jazirah), by "CC|ACLED name", from admin1-names.csv. */
export function admin1TextAliases(cc: string, admin1: string): string[] {
  if (!textAliasCache) {
    textAliasCache = new Map();
    for (const r of readCsvTable(join(gazetteerDir(), "admin1-names.csv"))) {
      const k = `${r.country}|${r.admin1}`;
      const list = textAliasCache.get(k) ?? [];
      list.push(r.name);
      textAliasCache.set(k, list);
    }
  }
  return textAliasCache.get(`${cc}|${admin1}`) ?? [];
}

let cercleRegions: Map<string, string> | null = null;
export function maliCercleRegion(cercle: string): string | null {
  if (!cercleRegions) {
    cercleRegions = new Map();
    for (const r of readCsvTable(join(gazetteerDir(), "ml-cercle-regions.csv")))
      cercleRegions.set(r.cercle, r.admin1);
  }
  return cercleRegions.get(cercle) ?? null;
}

let splitCache: Map<string, string> | null = null;
/** ACLED admin1 decided by the district (admin1-by-admin2.csv): Shan -> Shan-North, Uganda districts. */
export function acledAdmin1ByAdmin2(cc: string, admin1: string | null, admin2: string | null): string | null {
  if (!splitCache) {
    splitCache = new Map();
    for (const r of readCsvTable(join(gazetteerDir(), "admin1-by-admin2.csv")))
      splitCache.set(
        `${r.country}|${r.admin1 === "*" ? "*" : normName(r.admin1)}|${r.admin2 === "*" ? "*" : normName(r.admin2)}`,
        r.acled_admin1,
      );
  }
  if (!admin2) return null;
  const v =
    splitCache.get(`${cc}|${normName(admin1 ?? "")}|${normName(admin2)}`) ?? splitCache.get(`${cc}|*|*`);
  if (!v) return null;
  return v === "=admin2" ? admin2 : v;
}

export function acledAdmin1(cc: string, name: string): string {
  const clean = cleanAdminName(name);
  return (
    admin1Aliases().get(`${cc}|${normName(clean)}`) ?? admin1Aliases().get(`${cc}|${normName(name)}`) ?? clean
  );
}

function keep(fclass: string, fcode: string, full: boolean): boolean {
  if (fclass === "P") return fcode !== "PPLH" && fcode !== "PPLW" && fcode !== "PPLQ";
  if (!full) return false;
  if (fclass === "A") return fcode === "ADM1" || fcode === "ADM2" || fcode === "ADM3";
  // fallback features (wells, camps, localities, lakes, ruins, hills): some places exist only as these
  return fclass === "T" || fclass === "H" || fclass === "L" || fclass === "S" || fclass === "V";
}

export interface BuildOptions {
  /** A full country dump: keep admin rows and fallback features; fill admin2 from neighbours. */
  full: boolean;
  country?: string;
  skipCountries?: Set<string>;
  /** Keep alternates of world towns only above this population (or for capitals/admin seats). */
  worldAltMinPopulation?: number;
  /** Corrected coordinates by geonameid (data/gazetteer/corrections.csv): errors of the source dumps. */
  corrections?: Map<number, { latitude?: number; longitude?: number }>;
}

/** Coordinate corrections of GeoNames rows (corrections.csv: geonameid,name,country,field,from,to,source). */
export function readCorrections(file: string): Map<number, { latitude?: number; longitude?: number }> {
  const out = new Map<number, { latitude?: number; longitude?: number }>();
  for (const r of readCsvTable(file)) {
    const id = Number(r.geonameid);
    const to = Number(r.to);
    if (!id || !Number.isFinite(to) || (r.field !== "latitude" && r.field !== "longitude"))
      throw new Error(`${file}: bad correction row for ${r.geonameid}`);
    const c = out.get(id) ?? {};
    if (r.field === "latitude") c.latitude = to;
    else c.longitude = to;
    out.set(id, c);
  }
  return out;
}

interface Raw {
  row: Row;
  a1: string;
  a2: string;
  a3: string;
}

export function buildRows(text: string, tables: AdminTables, opt: BuildOptions): Row[] {
  const raws: Raw[] = [];
  const minAltPop = opt.worldAltMinPopulation ?? 15000;
  for (const line of text.split("\n")) {
    if (!line) continue;
    const f = line.split("\t");
    if (f.length < 15) continue;
    const cc = f[8];
    if (opt.country && cc !== opt.country) continue;
    if (opt.skipCountries?.has(cc)) continue;
    if (!keep(f[6], f[7], opt.full)) continue;
    const fcode = `${f[6]}.${f[7]}`;
    const population = Number(f[14]) || 0;
    const stale = !opt.full && staleCodeCountries().has(cc);
    let alternates: string[] = [];
    const wantAlts = opt.full || population >= minAltPop || /^P\.PPL(C|A|A2)$/.test(fcode);
    if (wantAlts && f[3]) {
      const seen = new Set([normName(f[1]), normName(f[2])]);
      for (const a of f[3].split(",")) {
        if (a.length < 2 || a.length > 60 || /^https?:/.test(a) || !isLatinScript(a)) continue;
        const k = normName(a);
        if (!k || seen.has(k)) continue;
        seen.add(k);
        alternates.push(a);
      }
    }
    if (f[2] && f[2] !== f[1] && normName(f[2]) !== normName(f[1])) alternates = [f[2], ...alternates];
    raws.push({
      row: {
        geonameid: Number(f[0]) || null,
        name: f[1],
        cc,
        fcode,
        lat: opt.corrections?.get(Number(f[0]))?.latitude ?? Number(f[4]),
        lon: opt.corrections?.get(Number(f[0]))?.longitude ?? Number(f[5]),
        population,
        admin1: null,
        admin2: null,
        admin3: null,
        alternates,
        nnames: f[3] ? f[3].split(",").length : 0,
      },
      a1: stale ? "" : opt.full ? currentAdmin1(tables, cc, f[10], f[11], Number(f[4]), Number(f[5])) : f[10],
      a2: stale ? "" : f[11],
      a3: stale ? "" : f[12],
    });
  }

  // admin code -> name, from the dump's own admin rows first (older dumps use older codes)
  const own2 = new Map<string, string>();
  const own2Loose = new Map<string, string>();
  const own3 = new Map<string, string>();
  for (const r of raws) {
    if (r.row.fcode === "A.ADM2" && r.a2) {
      // The unit's own name when written in Latin script ("Province du Houet"); an ASCII alternate
      // otherwise (the first alternate is often a truncated spelling: "Houe").
      const ascii1 = r.row.alternates.find((a) => !/[^\x20-\x7e]/.test(a));
      const n = cleanAdminName(isLatinScript(r.row.name) || !ascii1 ? r.row.name : ascii1);
      own2.set(`${r.row.cc}.${r.a1}.${r.a2}`, n);
      own2Loose.set(`${r.row.cc}.${r.a2}`, n);
    }
    if (r.row.fcode === "A.ADM3" && r.a3)
      own3.set(`${r.row.cc}.${r.a1}.${r.a2}.${r.a3}`, cleanAdminName(r.row.name));
  }
  const ascii = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");

  for (const r of raws) {
    const row = r.row;
    const t1 = tables.admin1.get(`${row.cc}.${r.a1}`);
    if (t1) row.admin1 = acledAdmin1(row.cc, t1.name);
    if (r.a2) {
      const n =
        own2.get(`${row.cc}.${r.a1}.${r.a2}`) ??
        (opt.full ? own2Loose.get(`${row.cc}.${r.a2}`) : undefined) ??
        tables.admin2.get(`${row.cc}.${r.a1}.${r.a2}`)?.name;
      if (n) row.admin2 = ascii(cleanAdmin2Name(n));
    }
    if (r.a3) {
      const n = own3.get(`${row.cc}.${r.a1}.${r.a2}.${r.a3}`);
      if (n) row.admin3 = ascii(n);
    }
    if (row.fcode === "A.ADM1") {
      row.admin1 = t1 ? row.admin1 : acledAdmin1(row.cc, ascii(row.name));
      row.admin2 = null;
      row.admin3 = null;
    }
    if (row.fcode === "A.ADM2") row.admin3 = null;
    if (row.cc === "ML" && row.fcode !== "A.ADM1") {
      const cercle = maliCercleAt(row.lat, row.lon);
      if (cercle) {
        row.admin2 = cercle;
        row.admin1 = maliCercleRegion(cercle) ?? row.admin1;
      }
    }
    if (row.fcode !== "A.ADM1")
      row.admin1 = acledAdmin1ByAdmin2(row.cc, row.admin1, row.admin2) ?? row.admin1;
    // admin rows are named as analysts name the unit ("Mopti", not "Mopti Region")
    const unit = row.fcode === "A.ADM1" ? row.admin1 : row.fcode === "A.ADM2" ? row.admin2 : null;
    if (unit && unit !== row.name) {
      row.alternates.unshift(row.name);
      row.name = unit;
    }
    if (row.fcode === "A.ADM1" && row.admin1) row.alternates.push(...admin1TextAliases(row.cc, row.admin1));
    if (row.cc === "HK" || row.cc === "MO") {
      row.admin1 = row.cc === "HK" ? "Hong Kong" : "Macau";
      row.cc = "CN";
    }
  }

  if (opt.full) fillFromNeighbours(raws.map((r) => r.row));
  else fillAdmin1FromNeighbours(raws.map((r) => r.row));
  const rows = raws.map((r) => r.row);
  for (const s of synthesizeAdmins(raws, tables, opt.full)) rows.push(s);
  return rows;
}

/** Places without an admin1/admin2 take those of the nearest place that has them (same country). */
function fillFromNeighbours(rows: Row[]): void {
  const cell = (lat: number, lon: number) => `${Math.floor(lat * 2)}:${Math.floor(lon * 2)}`;
  const grid = new Map<string, Row[]>();
  for (const r of rows) {
    if (!r.admin2 || !r.admin1 || r.fcode === "A.ADM1") continue;
    const k = cell(r.lat, r.lon);
    const l = grid.get(k);
    if (l) l.push(r);
    else grid.set(k, [r]);
  }
  for (const r of rows) {
    if (r.fcode === "A.ADM1" || (r.admin1 && r.admin2)) continue;
    const cy = Math.floor(r.lat * 2);
    const cx = Math.floor(r.lon * 2);
    let best: Row | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    for (let ring = 0; ring <= 4 && !best; ring++) {
      for (let dy = -ring; dy <= ring; dy++)
        for (let dx = -ring; dx <= ring; dx++) {
          if (Math.max(Math.abs(dy), Math.abs(dx)) !== ring) continue;
          for (const o of grid.get(`${cy + dy}:${cx + dx}`) ?? []) {
            if (o.cc !== r.cc) continue;
            const d = (o.lat - r.lat) ** 2 + ((o.lon - r.lon) * Math.cos((r.lat * Math.PI) / 180)) ** 2;
            if (d < bestD) {
              bestD = d;
              best = o;
            }
          }
        }
    }
    if (!best) continue;
    if (!r.admin1) r.admin1 = best.admin1;
    if (!r.admin2 && r.fcode !== "A.ADM2" && best.admin1 === r.admin1) r.admin2 = best.admin2;
  }
}

/** Most towns the world list gives no region code ("00": West Bank villages) lie next to towns that have one. */
const NEIGHBOUR_KM = 25;

/** World towns without an admin1 take that of the nearest town of their country within NEIGHBOUR_KM. */
function fillAdmin1FromNeighbours(rows: Row[]): void {
  const cell = (lat: number, lon: number) => `${Math.floor(lat * 4)}:${Math.floor(lon * 4)}`;
  const grid = new Map<string, Row[]>();
  for (const r of rows) {
    if (!r.admin1 || !r.fcode.startsWith("P.")) continue;
    const k = cell(r.lat, r.lon);
    const l = grid.get(k);
    if (l) l.push(r);
    else grid.set(k, [r]);
  }
  for (const r of rows) {
    if (r.admin1 || !r.fcode.startsWith("P.")) continue;
    const cy = Math.floor(r.lat * 4);
    const cx = Math.floor(r.lon * 4);
    let best: Row | null = null;
    let bestKm = NEIGHBOUR_KM;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++)
        for (const o of grid.get(`${cy + dy}:${cx + dx}`) ?? []) {
          if (o.cc !== r.cc) continue;
          const km = flatKm(r.lat, r.lon, o.lat, o.lon);
          if (km <= bestKm) {
            bestKm = km;
            best = o;
          }
        }
    if (best) r.admin1 = best.admin1;
  }
}

/** Distance in km on a local flat projection (enough for neighbours a few tens of km apart). */
function flatKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const y = (lat2 - lat1) * 111.2;
  const x = (lon2 - lon1) * 111.2 * Math.cos((lat1 * Math.PI) / 180);
  return Math.sqrt(x * x + y * y);
}

/** Admin1/admin2 rows for units the data has no ADM row for: seat (PPLA/PPLA2) or most populous place. */
function synthesizeAdmins(raws: Raw[], tables: AdminTables, full: boolean): Row[] {
  const have = new Set<string>();
  for (const r of raws) {
    if (r.row.fcode === "A.ADM1") have.add(`1|${r.row.cc}|${r.a1}`);
    if (r.row.fcode === "A.ADM2") have.add(`2|${r.row.cc}|${r.a1}|${r.a2}`);
  }
  interface Group {
    level: 1 | 2;
    cc: string;
    key: string;
    seat: Raw | null;
    top: Raw | null;
    pop: number;
  }
  const groups = new Map<string, Group>();
  const touch = (level: 1 | 2, gk: string, r: Raw, tableKey: string, seatCode: string) => {
    let g = groups.get(gk);
    if (!g) {
      g = { level, cc: r.row.cc, key: tableKey, seat: null, top: null, pop: 0 };
      groups.set(gk, g);
    }
    g.pop += r.row.population;
    if (!g.top || r.row.population > g.top.row.population) g.top = r;
    if (r.row.fcode === seatCode || (level === 1 && r.row.fcode === "P.PPLC" && !g.seat)) g.seat = r;
  };
  for (const r of raws) {
    if (!r.row.fcode.startsWith("P.")) continue;
    const cc = r.row.cc;
    if (r.a1 && r.a1 !== "00" && !have.has(`1|${cc}|${r.a1}`))
      touch(1, `1|${cc}|${r.a1}`, r, `${cc}.${r.a1}`, "P.PPLA");
    if (!full && r.a2 && !have.has(`2|${cc}|${r.a1}|${r.a2}`))
      touch(2, `2|${cc}|${r.a1}|${r.a2}`, r, `${cc}.${r.a1}.${r.a2}`, "P.PPLA2");
  }
  const out: Row[] = [];
  // (the point of each region: where a district with no town in the data is placed)
  const regionAt = new Map<string, Raw>();
  for (const g of groups.values()) {
    const at = g.seat ?? g.top;
    if (g.level === 1 && at) regionAt.set(g.key, at);
  }
  for (const g of groups.values()) {
    const t = g.level === 1 ? tables.admin1.get(g.key) : tables.admin2.get(g.key);
    const at = g.seat ?? g.top;
    if (!t || !at) continue;
    const name = g.level === 1 ? cleanAdminName(t.name) : cleanAdmin2Name(t.name);
    out.push({
      geonameid: t.geonameid || null,
      name: g.level === 1 ? acledAdmin1(at.row.cc, t.name) : name,
      cc: at.row.cc,
      fcode: g.level === 1 ? "A.ADM1" : "A.ADM2",
      lat: at.row.lat,
      lon: at.row.lon,
      population: g.pop,
      admin1: at.row.admin1,
      admin2: g.level === 2 ? name : null,
      admin3: null,
      alternates: [
        ...(t.name !== name ? [t.name] : []),
        ...(g.level === 1 ? admin1TextAliases(at.row.cc, acledAdmin1(at.row.cc, t.name)) : []),
      ],
    });
  }
  // Districts of the world layer that hold no town of 500 (Rutshuru territory, Kajo Keji county): a row
  // all the same, without a point (NaN: the data has none), so that a name of a district says which
  // region it lies in; the resolver places it at its region's capital with geo_precision 3.
  if (!full) {
    const have2 = new Set<string>();
    for (const g of groups.values()) if (g.level === 2) have2.add(g.key);
    for (const k of have.keys()) if (k.startsWith("2|")) have2.add(k.slice(2).replace(/\|/g, "."));
    for (const [key, t] of tables.admin2) {
      if (have2.has(key)) continue;
      const [cc, a1] = key.split(".");
      const at = regionAt.get(`${cc}.${a1}`);
      if (!at) continue;
      const name = cleanAdmin2Name(t.name);
      const admin1 = acledAdmin1ByAdmin2(at.row.cc, at.row.admin1, name) ?? at.row.admin1;
      out.push({
        geonameid: t.geonameid || null,
        name,
        cc: at.row.cc,
        fcode: "A.ADM2",
        lat: Number.NaN,
        lon: Number.NaN,
        population: 0,
        admin1,
        admin2: name,
        admin3: null,
        alternates: t.name !== name ? [t.name] : [],
      });
    }
  }
  return out;
}
