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
import { testListFigures } from "../src/eval/geo-testlist.js";
import { norm } from "../src/eval/score.js";
import { gazetteerStats, kmBetween, loadGazetteer, normName, type Place } from "../src/geo/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const si = args.indexOf("--shared");
const shared = si >= 0 ? resolve(args[si + 1]) : resolve(here, "..", "..", "shared");
const showMisses = args.includes("--misses");

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
  const f = testListFigures(join(shared, "geo", "eval", "sahel_placenames_testlist.tsv"), g);
  console.log(
    `(a) test list: in right country ${pct(f.inCountry, f.n)} (fuzzy ${f.fuzzy}); admin1 ${pct(f.admin1.ok, f.admin1.n)}; admin2 ${pct(f.admin2.ok, f.admin2.n)}`,
  );
  if (showMisses) for (const m of f.misses) console.log(`    ${m}`);
}

// (b) ACLED notes: every located gold event; the query is the gold location name with the note's country
//     and the admin names the note mentions ("Village (Admin2, Admin1)") as hints
const notes = readFileSync(join(shared, "corpus", "dev", "acled-notes.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
{
  let n = 0;
  let resolved = 0;
  let within = 0;
  let withinRes = 0;
  let a1n = 0;
  let a1ok = 0;
  let a1nRes = 0;
  let a2n = 0;
  let a2ok = 0;
  let nameOk = 0;
  let fbN = 0;
  let fbWithin = 0;
  let fbA1 = 0;
  const misses: string[] = [];
  const wrongA1 = new Map<string, number>();
  let fz = 0;
  let fzOk = 0;
  const byCountry = new Map<string, [number, number, number, number, number]>();
  // (a district the data has no point for is coded at its region's point, as the extractor does)
  const km = (p: Place, e: { latitude: number; longitude: number }) => {
    const at = Number.isFinite(p.latitude) ? p : (p.regionPoint ?? p);
    return kmBetween(at.latitude, at.longitude, e.latitude, e.longitude);
  };
  const t0 = performance.now();
  for (const art of notes) {
    for (const e of art.events) {
      if (!e.location || e.latitude == null) continue;
      n++;
      const admin = g.adminMentions(art.text, e.country);
      const p = g.resolve({ name: e.location, country: e.country, admin });
      if (!p) {
        // what the extractor falls back to: the unit named in the note, admin2 before admin1 (precision 2/3)
        const a2 = new Set(g.adminNames(e.country).admin2.map(normName));
        const order = [...admin].sort((x, y) => Number(a2.has(normName(y))) - Number(a2.has(normName(x))));
        for (const [i, a] of order.entries()) {
          const f = g.resolve({ name: a, country: e.country, admin: order.filter((_, j) => j !== i) });
          if (f && f.kind !== "country") {
            fbN++;
            if (km(f, e) <= 25) fbWithin++;
            if (e.admin1 && norm(f.admin1) === norm(e.admin1)) fbA1++;
            break;
          }
        }
      }
      const bc = byCountry.get(e.country) ?? [0, 0, 0, 0, 0];
      bc[0]++;
      if (p) {
        resolved++;
        bc[2]++;
        if (norm(p.location) === norm(e.location)) nameOk++;
      }
      const ok = p && km(p, e) <= 25;
      if (p?.fuzzy) {
        fz++;
        if (ok) fzOk++;
      }
      if (ok) {
        within++;
        withinRes++;
        bc[1]++;
      } else
        misses.push(
          `${e.location} (${e.country}/${e.admin1}/${e.admin2}) [${admin.join(", ")}] -> ${p ? `${p.location} ${p.country}/${p.admin1}/${p.admin2} ${p.kind}${p.fuzzy ? " fuzzy" : ""} ${Math.round(km(p, e))} km` : "none"}`,
        );
      if (e.admin1) {
        a1n++;
        if (p) a1nRes++;
        if (p && norm(p.admin1) === norm(e.admin1)) {
          a1ok++;
          bc[3]++;
        } else if (p && ok) {
          const k = `${e.country}: ${p.admin1} vs ${e.admin1}`;
          wrongA1.set(k, (wrongA1.get(k) ?? 0) + 1);
        }
        if (p) bc[4]++;
      }
      if (e.admin2) {
        a2n++;
        if (p && norm(p.admin2) === norm(e.admin2)) a2ok++;
      }
      byCountry.set(e.country, bc);
    }
  }
  const ms = performance.now() - t0;
  console.log(
    `(b) ACLED notes: ${n} located events (${(ms / n).toFixed(2)} ms/query incl. admin hints)\n` +
      `    over all gold locations: within 25 km ${pct(within, n)}, admin1 ${pct(a1ok, a1n)}, admin2 ${pct(a2ok, a2n)}, resolved ${pct(resolved, n)}\n` +
      `    with the extractor's fallback to a named admin unit for the ${n - resolved} unresolved (${fbN} fall back): within 25 km ${pct(within + fbWithin, n)}, admin1 ${pct(a1ok + fbA1, a1n)}\n` +
      `    over resolved names:     within 25 km ${pct(withinRes, resolved)}, admin1 ${pct(a1ok, a1nRes)}, location name ${pct(nameOk, resolved)}; edit-distance hits within 25 km ${pct(fzOk, fz)}`,
  );
  const top = [...byCountry.entries()].sort((x, y) => y[1][0] - x[1][0]).slice(0, 12);
  console.log(
    `    by country (within 25 km over all | over resolved | admin1 over resolved):\n${top
      .map(([c, [a, b, r, a1, a1r]]) => `      ${c}: ${pct(b, a)} | ${pct(b, r)} | ${pct(a1, a1r)}`)
      .join("\n")}`,
  );
  if (showMisses) {
    for (const m of misses) console.log(`    ${m}`);
    console.log("    admin1 spelling differences (resolved within 25 km):");
    for (const [k, v] of [...wrongA1.entries()].sort((x, y) => y[1] - x[1])) console.log(`      ${v} x ${k}`);
  }
}

// (c) speed: warm resolve() calls on the gold names (mostly hits) and on the notes' other capitalised
//     words and word pairs (mostly misses: people, organisations, months)
{
  const queries: { name: string; country: string }[] = [];
  const gold = new Set<string>();
  for (const art of notes) for (const e of art.events) if (e.location) gold.add(`${e.country}|${e.location}`);
  for (const art of notes) {
    const words = (art.text as string).match(/\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?/gu) ?? [];
    for (const w of words) queries.push({ name: w, country: art.country });
  }
  for (const k of gold) {
    const [country, name] = k.split("|");
    queries.push({ name, country });
  }
  for (const q of queries.slice(0, 2000)) g.resolve(q); // warm up
  const hitT: number[] = [];
  const missT: number[] = [];
  let fuzzyWords = 0;
  const fuzzyExamples: string[] = [];
  for (const q of queries) {
    const t = performance.now();
    const p = g.resolve(q);
    (p ? hitT : missT).push(performance.now() - t);
    if (p?.fuzzy && !gold.has(`${q.country}|${q.name}`)) {
      fuzzyWords++;
      if (fuzzyExamples.length < 60) fuzzyExamples.push(`${q.name} -> ${p.location}`);
    }
  }
  const us = (xs: number[]) =>
    `${((1000 * xs.reduce((a, b) => a + b, 0)) / Math.max(1, xs.length)).toFixed(1)} µs`;
  const med = (xs: number[]) =>
    `${(1000 * (xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0)).toFixed(1)} µs`;
  const p95 = (xs: number[]) =>
    `${(1000 * (xs.sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0)).toFixed(1)} µs`;
  console.log(
    `(c) speed (warm): hits ${hitT.length} calls, mean ${us(hitT)}, median ${med(hitT)}, p95 ${p95(hitT)}; misses ${missT.length} calls, mean ${us(missT)}, median ${med(missT)}, p95 ${p95(missT)}\n` +
      `    edit-distance hits on capitalised words that are not gold locations: ${fuzzyWords} (${fuzzyExamples.join("; ")})`,
  );
}
