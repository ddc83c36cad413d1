/**
 * `chronicle gazetteer import XX.txt`  add a GeoNames country dump to the user overlay
 * `chronicle gazetteer add places.csv` add local names (name,country,latitude,longitude,admin1,admin2,source)
 * `chronicle geocode NAME [--country C] [--admin A...] [--near] [--json]`  show scored candidates
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Command } from "commander";
import { buildRows, loadAdminTables } from "../../geo/build-rows.js";
import { CountryTable } from "../../geo/countries.js";
import { loadGazetteer, type Place, resetGazetteer } from "../../geo/index.js";
import { parseLocalCsv } from "../../geo/overlay.js";
import { gazetteerDir, overlayDir } from "../../geo/paths.js";
import { UserError } from "../errors.js";

function readInput(file: string): string {
  if (!existsSync(file)) throw new UserError(`${file}: no such file`);
  const buf = readFileSync(file);
  return (file.endsWith(".gz") ? gunzipSync(buf) : buf).toString("utf8");
}

export function importGeonames(file: string): { countries: string[]; rows: number; dir: string } {
  const text = readInput(file);
  const first = text.split("\n", 1)[0].split("\t");
  if (first.length < 15 || !/^\d+$/.test(first[0]))
    throw new UserError(`${file}: not a GeoNames dump (expected the 19-column geoname table)`);
  const tables = loadAdminTables(
    gunzipSync(readFileSync(join(gazetteerDir(), "admin1.tsv.gz"))).toString("utf8"),
    gunzipSync(readFileSync(join(gazetteerDir(), "admin2.tsv.gz"))).toString("utf8"),
  );
  const ccs = new Set<string>();
  for (const line of text.split("\n")) {
    const cc = line.split("\t", 9)[8];
    if (cc && /^[A-Z]{2}$/.test(cc)) ccs.add(cc);
  }
  const dir = overlayDir();
  mkdirSync(dir, { recursive: true });
  let total = 0;
  for (const cc of ccs) {
    const rows = buildRows(text, tables, { full: true, country: cc });
    const lines = rows.map((r) =>
      [
        r.geonameid ?? "",
        r.name,
        r.cc,
        r.fcode,
        r.lat,
        r.lon,
        r.population,
        r.admin1 ?? "",
        r.admin2 ?? "",
        r.admin3 ?? "",
        r.alternates.join("|"),
      ].join("\t"),
    );
    writeFileSync(join(dir, `geonames-${cc}.tsv`), `${lines.join("\n")}\n`);
    total += rows.length;
  }
  resetGazetteer();
  return { countries: [...ccs].sort(), rows: total, dir };
}

export function addLocalCsv(file: string): { rows: number; target: string } {
  const text = readInput(file);
  const rows = parseLocalCsv(text, new CountryTable(), basename(file)); // validates every row
  const dir = overlayDir();
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `${basename(file).replace(/\.csv$/i, "")}.csv`);
  writeFileSync(target, text.endsWith("\n") ? text : `${text}\n`);
  resetGazetteer();
  return { rows: rows.length, target };
}

function placeTable(places: Place[]): string {
  if (!places.length) return "no candidates\n";
  const head = [
    "score",
    "location",
    "kind",
    "country",
    "admin1",
    "admin2",
    "lat",
    "lon",
    "prec",
    "pop",
    "geonameid",
  ];
  const rows = places.map((p) => [
    p.score.toFixed(3) + (p.fuzzy ? "~" : ""),
    p.location,
    p.kind,
    p.country,
    p.admin1 ?? "",
    p.admin2 ?? "",
    Number.isFinite(p.latitude) ? p.latitude.toFixed(4) : "-",
    Number.isFinite(p.longitude) ? p.longitude.toFixed(4) : "-",
    String(p.geo_precision),
    String(p.population),
    p.geonameid === null ? "" : String(p.geonameid),
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => x.padEnd(w[i]))
      .join("  ")
      .trimEnd();
  return `${[line(head), line(w.map((n) => "-".repeat(n))), ...rows.map(line)].join("\n")}\n${places.some((p) => p.fuzzy) ? "(~ = edit-distance match)\n" : ""}`;
}

interface GeocodeOpts {
  country?: string;
  admin: string[];
  near?: boolean;
  limit: string;
  json?: boolean;
}

export function register(program: Command): void {
  const gz = program.command("gazetteer").description("Manage the offline gazetteer's user overlay");
  gz.command("import")
    .description("Add a GeoNames country dump (XX.txt from geonames.org/export/dump) to the user gazetteer")
    .argument("<file>", "GeoNames dump, e.g. NG.txt (or .txt.gz)")
    .action((file: string) => {
      const r = importGeonames(file);
      process.stdout.write(`imported ${r.rows} places for ${r.countries.join(", ")} into ${r.dir}\n`);
    });
  gz.command("add")
    .description("Add local place names from a CSV: name,country,latitude,longitude,admin1,admin2,source")
    .argument("<file>", "CSV file with a header row")
    .action((file: string) => {
      const r = addLocalCsv(file);
      process.stdout.write(`added ${r.rows} places (${r.target})\n`);
    });
  program
    .command("geocode")
    .description("Resolve a place name with the offline gazetteer and show scored candidates")
    .argument("<name>", 'place name as written, e.g. "Kogoni-Peulh" or "Mopti region"')
    .option("--country <country>", "country hint (name, ISO2 or ISO3)")
    .option(
      "--admin <name>",
      "admin name mentioned nearby (repeatable)",
      (v: string, acc: string[]) => [...acc, v],
      [],
    )
    .option("--near", 'the text says "near" the place (geo_precision 2)')
    .option("--limit <n>", "how many candidates", "10")
    .option("--json", "print JSON")
    .action((name: string, opts: GeocodeOpts) => {
      if (opts.country && !loadGazetteer().country(opts.country))
        throw new UserError(`unknown country "${opts.country}"`);
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UserError("--limit must be a positive integer");
      const places = loadGazetteer().candidates(
        { name, country: opts.country ?? null, admin: opts.admin, relation: opts.near ? "near" : "in" },
        limit,
      );
      process.stdout.write(opts.json ? `${JSON.stringify(places, null, 2)}\n` : placeTable(places));
      if (!places.length) process.exitCode = 1;
    });
}
