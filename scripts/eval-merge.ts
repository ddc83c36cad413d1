/**
 * Merge precision/recall on a duplicate set built from the dev corpus's ACLED gold events.
 *
 * Each gold event becomes a report from a first source and a perturbed duplicate from a second
 * source (date +-1 day, coordinates jittered up to 8 km, an actor unknown, a different toll), plus
 * near-misses that must stay apart (same place a few days later, same place and day but another
 * event type, same type and day 15-60 km away, same place/day/type with other actors). Every report
 * is ingested as its own article into a fresh in-memory store; pairwise precision and recall compare
 * the store's events with the true clusters.
 *
 * Usage: tsx scripts/eval-merge.ts [GOLD.jsonl] [--limit N]   (skips when ../shared is absent)
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { EventRecord } from "../src/model/event.js";
import { openStore } from "../src/store/index.js";
import type { SqlStore } from "../src/store/sql-store.js";
import { makeRecord, rng } from "../src/store/synthetic.js";

const args = process.argv.slice(2);
const limitAt = args.indexOf("--limit");
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Number.POSITIVE_INFINITY;
const goldPath =
  args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--limit") ??
  fileURLToPath(new URL("../../shared/corpus/dev/acled-notes.jsonl", import.meta.url));
if (!existsSync(goldPath)) {
  console.log(`eval-merge: ${goldPath} not found, skipped`);
  process.exit(0);
}

type Gold = Partial<EventRecord> & { event_type: string };
const random = rng(20240601);
const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];

function shiftDays(date: string, d: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);
}
function jitter(lat: number, lon: number, km: number): [number, number] {
  const bearing = random() * 2 * Math.PI;
  const dLat = (km / 111.2) * Math.cos(bearing);
  const dLon = ((km / 111.2) * Math.sin(bearing)) / Math.cos((lat * Math.PI) / 180);
  return [Math.round((lat + dLat) * 1e4) / 1e4, Math.round((lon + dLon) * 1e4) / 1e4];
}

const golds: Gold[] = [];
for (const line of readFileSync(goldPath, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const rec = JSON.parse(line) as { events?: Gold[] };
  for (const e of rec.events ?? [])
    if (e.event_date && e.latitude != null && e.longitude != null) golds.push(e);
  if (golds.length >= limit) break;
}

interface Report {
  cluster: number;
  kind: "original" | "duplicate" | `near-miss:${string}`;
  rec: EventRecord;
}
const reports: Report[] = [];
const actorsByCountry = new Map<string, string[]>();
for (const g of golds)
  if (g.country && g.actor1)
    actorsByCountry.set(g.country, [...(actorsByCountry.get(g.country) ?? []), g.actor1]);
const TYPES = [...new Set(golds.map((g) => g.event_type))];

const base = (g: Gold, over: Partial<EventRecord>): EventRecord =>
  makeRecord({
    ...g,
    actor1: g.actor1 || null,
    actor2: g.actor2 || null,
    assoc_actor_1: g.assoc_actor_1 || null,
    assoc_actor_2: g.assoc_actor_2 || null,
    iso3: null,
    notes: "",
    evidence: [],
    ...over,
  } as Partial<EventRecord>);

let cluster = 0;
for (const g of golds) {
  const c = cluster++;
  reports.push({ cluster: c, kind: "original", rec: base(g, {}) });
  const [lat, lon] =
    random() < 0.8 ? jitter(g.latitude!, g.longitude!, random() * 8) : [g.latitude!, g.longitude!];
  const dup: Partial<EventRecord> = { latitude: lat, longitude: lon };
  if (g.time_precision === 1 && random() < 0.4)
    dup.event_date = shiftDays(g.event_date!, random() < 0.5 ? -1 : 1);
  const r = random();
  if (r < 0.25) dup.actor2 = null;
  else if (r < 0.4) dup.actor1 = null;
  if (random() < 0.5) dup.fatalities = (g.fatalities ?? 0) + Math.floor(random() * 6);
  reports.push({ cluster: c, kind: "duplicate", rec: base(g, dup) });
  if (random() < 0.5) {
    const kind = pick(["later", "other-type", "far", "other-actors"]);
    const over: Partial<EventRecord> = {};
    if (kind === "later") over.event_date = shiftDays(g.event_date!, 3 + Math.floor(random() * 18));
    else if (kind === "other-type") over.event_type = pick(TYPES.filter((t) => t !== g.event_type));
    else if (kind === "far") {
      [over.latitude, over.longitude] = jitter(g.latitude!, g.longitude!, 15 + random() * 45);
      over.location = `${g.location ?? "place"} (elsewhere)`;
    } else {
      const others = (actorsByCountry.get(g.country ?? "") ?? []).filter(
        (a) => a !== g.actor1 && a !== g.actor2 && !a.startsWith("Unidentified"),
      );
      if (!others.length || !g.actor1 || g.actor1.startsWith("Unidentified")) continue;
      over.actor1 = pick(others);
    }
    reports.push({ cluster: cluster++, kind: `near-miss:${kind}`, rec: base(g, over) });
  }
}

// Originals and near-misses first, then duplicates in a shuffled order (a second source arrives later).
const firsts = reports.filter((r) => r.kind !== "duplicate");
const dups = reports.filter((r) => r.kind === "duplicate");
for (let i = dups.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [dups[i], dups[j]] = [dups[j], dups[i]];
}
const order = [...firsts, ...dups];

const store = await openStore(":memory:");
const t0 = performance.now();
const eventOf = new Map<number, number>();
for (let i = 0; i < order.length; i++) {
  const r = order[i];
  const text = `report ${i} (${r.kind}) of cluster ${r.cluster}`;
  await store.ingestArticle(
    {
      id: `r${i}`,
      text,
      published: r.rec.event_date,
      source: r.kind === "duplicate" ? "Second Source" : "First Source",
    },
    [r.rec],
  );
}
const seconds = (performance.now() - t0) / 1000;
const db = (store as SqlStore).db;
const rows = await db.all<{ ref: string; event_id: number }>(
  "SELECT a.ref, r.event_id FROM reports r JOIN articles a ON a.id = r.article_id",
);
for (const row of rows) eventOf.set(Number(row.ref.slice(1)), Number(row.event_id));

// Pairwise scores.
const pairs = (key: (i: number) => number) => {
  const groups = new Map<number, number[]>();
  order.forEach((_, i) => {
    const k = key(i);
    groups.set(k, [...(groups.get(k) ?? []), i]);
  });
  const out = new Set<string>();
  for (const g of groups.values())
    for (let a = 0; a < g.length; a++) for (let b = a + 1; b < g.length; b++) out.add(`${g[a]}-${g[b]}`);
  return out;
};
const truth = pairs((i) => order[i].cluster);
const predicted = pairs((i) => eventOf.get(i)!);
let tp = 0;
for (const p of predicted) if (truth.has(p)) tp++;
const precision = predicted.size ? tp / predicted.size : 1;
const recall = truth.size ? tp / truth.size : 1;
const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;

// Where do errors come from?
const byKind = new Map<string, { n: number; wrong: number }>();
for (let i = 0; i < order.length; i++) {
  const r = order[i];
  if (r.kind === "original") continue;
  const k = byKind.get(r.kind) ?? { n: 0, wrong: 0 };
  k.n++;
  const originalIdx = order.findIndex(
    (o) => o.kind === "original" && o.cluster === (r.kind === "duplicate" ? r.cluster : -1),
  );
  const merged = r.kind === "duplicate" ? eventOf.get(originalIdx) === eventOf.get(i) : false;
  if (r.kind === "duplicate" ? !merged : order.some((_o, j) => j !== i && eventOf.get(j) === eventOf.get(i)))
    k.wrong++;
  byKind.set(r.kind, k);
}
const stats = await store.stats();
await store.close();

console.log(
  `eval-merge: ${golds.length} gold events -> ${order.length} reports (${dups.length} duplicates, ${firsts.length - golds.length} near-misses)`,
);
console.log(
  `stored ${stats.events} events from ${stats.reports} reports in ${seconds.toFixed(1)} s (${(order.length / seconds).toFixed(0)} articles/s)`,
);
console.log(
  `pairwise merge precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (${tp}/${predicted.size} predicted pairs correct, ${truth.size} true pairs)`,
);
for (const [k, v] of [...byKind].sort()) {
  const what = k === "duplicate" ? "not merged with its original" : "merged with something";
  console.log(
    `  ${k.padEnd(24)} ${String(v.n).padStart(5)}  ${what}: ${v.wrong} (${((100 * v.wrong) / v.n).toFixed(1)}%)`,
  );
}
if (args.includes("--why")) {
  const kinds = new Map<string, number>();
  for (const p of predicted) {
    if (truth.has(p)) continue;
    const [a, b] = p.split("-").map(Number);
    const k = [order[a].kind, order[b].kind].sort().join(" + ");
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
  }
  console.log("false pairs by kind:", Object.fromEntries([...kinds].sort((x, y) => y[1] - x[1])));
}
if (args.includes("--why")) {
  const { decideMerge } = await import("../src/store/merge.js");
  const { toSubjectForEval } = {
    toSubjectForEval: (r: EventRecord) => r as unknown as Parameters<typeof decideMerge>[0],
  };
  const tally = new Map<string, number>();
  for (const p of predicted) {
    if (truth.has(p)) continue;
    const [a, b] = p.split("-").map(Number);
    if (order[a].kind !== "original" || order[b].kind !== "original") continue;
    const d = decideMerge(toSubjectForEval(order[a].rec), toSubjectForEval(order[b].rec));
    const why = d.merge
      ? d.explanation.replace(/[\d.]+ km/, "N km").replace(/\(.*?\)/g, "")
      : `indirect: ${d.reason}`;
    const key = `${order[a].rec.event_type} | gp ${order[a].rec.geo_precision}/${order[b].rec.geo_precision} | ${why}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  for (const [k, v] of [...tally].sort((x, y) => y[1] - x[1]).slice(0, 25))
    console.log(String(v).padStart(4), k);
}
