/**
 * Measures the gazetteer: npx tsx scripts/eval-geo.ts [--shared DIR] [--misses]
 *  (a) ../shared/geo/eval/sahel_placenames_testlist.tsv: right country, admin1 agreement
 *  (b) ../shared/corpus/dev/acled-notes.jsonl: gold location + country hint + admin names found in the text
 *      -> share within 25 km of gold, admin1 agreement (normalised like shared/eval/score.py)
 * Also prints load time and memory.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gazetteerStats, kmBetween, loadGazetteer } from "../src/geo/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const si = args.indexOf("--shared");
const shared = si >= 0 ? resolve(args[si + 1]) : resolve(here, "..", "..", "shared");
const showMisses = args.includes("--misses");

const STOP = new Set(
  "region province state district cercle city town village commune county prefecture governorate of the de du la le des department".split(
    " ",
  ),
);
/** score.py norm(). */
export function scoreNorm(s: string | null | undefined): string {
  if (!s) return "";
  return s
    .normalize("NFKD")
    .replace(/[^ -~]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t && !STOP.has(t))
    .join(" ");
}

if (!existsSync(shared)) {
  console.error(`eval-geo: ${shared} not found (needs ../shared)`);
  process.exit(2);
}

const stats = gazetteerStats();
console.log(
  `load: ${stats.loadMs} ms, rss +${stats.rssMb} MB, heap +${stats.heapMb} MB, buffers +${stats.externalMb} MB, ${stats.rows} rows`,
);
const g = loadGazetteer();
const pct = (a: number, b: number) => `${a}/${b} = ${b ? ((100 * a) / b).toFixed(1) : "0"}%`;

// (a) test list
{
  const lines = readFileSync(join(shared, "geo", "eval", "sahel_placenames_testlist.tsv"), "utf8")
    .trim()
    .split("\n");
  let n = 0;
  let inCountry = 0;
  let a1n = 0;
  let a1ok = 0;
  let a2n = 0;
  let a2ok = 0;
  let fuzzy = 0;
  const misses: string[] = [];
  for (const line of lines.slice(1)) {
    const [name, cc, kind, ea1, ea2] = line.split("\t");
    n++;
    const admin = [ea1, ea2].filter(Boolean);
    const p = g.resolve({ name, country: cc, admin: kind === "admin1" ? [] : admin.slice(0, 1) });
    const c = g.country(cc);
    if (p && c && p.iso3 === c.iso3) inCountry++;
    else misses.push(`${name} (${cc}, ${kind}) -> ${p ? `${p.location} ${p.country}` : "none"}`);
    if (p?.fuzzy) fuzzy++;
    if (ea1) {
      a1n++;
      if (p && scoreNorm(p.admin1) === scoreNorm(ea1)) a1ok++;
      else if (p) misses.push(`  admin1 ${name}: ${p.admin1} vs ${ea1}`);
    }
    if (ea2 && kind !== "admin1") {
      a2n++;
      if (p && scoreNorm(p.admin2 ?? p.location) === scoreNorm(ea2)) a2ok++;
    }
  }
  console.log(
    `(a) test list: in right country ${pct(inCountry, n)} (fuzzy ${fuzzy}); admin1 ${pct(a1ok, a1n)}; admin2 ${pct(a2ok, a2n)}`,
  );
  if (showMisses) for (const m of misses) console.log(`    ${m}`);
}

// (b) ACLED notes
{
  let n = 0;
  let resolved = 0;
  let within = 0;
  let a1n = 0;
  let a1ok = 0;
  let a2n = 0;
  let a2ok = 0;
  const misses: string[] = [];
  let fz = 0;
  let fzOk = 0;
  const byCountry = new Map<string, [number, number]>();
  const t0 = performance.now();
  for (const line of readFileSync(join(shared, "corpus", "dev", "acled-notes.jsonl"), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const art = JSON.parse(line);
    for (const e of art.events) {
      if (!e.location || e.latitude == null) continue;
      n++;
      const { admin1, admin2 } = g.adminNames(e.country);
      const text: string = art.text;
      const admin = [...admin1, ...admin2].filter(
        (a) =>
          a.length > 2 && new RegExp(`\\b${a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(text),
      );
      const p = g.resolve({ name: e.location, country: e.country, admin });
      const bc = byCountry.get(e.country) ?? [0, 0];
      bc[0]++;
      if (p) resolved++;
      const ok = p && kmBetween(p.latitude, p.longitude, e.latitude, e.longitude) <= 25;
      if (p?.fuzzy) {
        fz++;
        if (ok) fzOk++;
      }
      if (ok) {
        within++;
        bc[1]++;
      } else
        misses.push(
          `${e.location} (${e.country}/${e.admin1}/${e.admin2}) -> ${p ? `${p.location} ${p.country}/${p.admin1}/${p.admin2} ${p.kind} ${Math.round(kmBetween(p.latitude, p.longitude, e.latitude, e.longitude))} km` : "none"}`,
        );
      byCountry.set(e.country, bc);
      if (e.admin1) {
        a1n++;
        if (p && scoreNorm(p.admin1) === scoreNorm(e.admin1)) a1ok++;
        else if (p && ok) misses.push(`  admin1 ${e.location}: ${p.admin1} vs ${e.admin1} (${e.country})`);
      }
      if (e.admin2) {
        a2n++;
        if (p && scoreNorm(p.admin2) === scoreNorm(e.admin2)) a2ok++;
      }
    }
  }
  const ms = performance.now() - t0;
  console.log(
    `(b) ACLED notes: ${n} located events, resolved ${pct(resolved, n)}, within 25 km ${pct(within, n)}, admin1 ${pct(a1ok, a1n)}, admin2 ${pct(a2ok, a2n)}; ${(ms / n).toFixed(2)} ms/query`,
  );
  const sahel = ["Mali", "Burkina Faso", "Niger"].map((c) => {
    const [a, b] = byCountry.get(c) ?? [0, 0];
    return `${c} ${pct(b, a)}`;
  });
  console.log(
    `    within 25 km by country: ${sahel.join("; ")}; edit-distance hits within 25 km ${pct(fzOk, fz)}`,
  );
  if (showMisses) for (const m of misses) console.log(`    ${m}`);
}
