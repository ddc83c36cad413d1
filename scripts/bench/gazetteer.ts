/** Gazetteer load time and memory, measured in a fresh process (cold cache). */
import { performance } from "node:perf_hooks";
import { loadGazetteer } from "../../src/geo/index.js";
import { MB, round } from "./util.js";

/** Names an article about the Sahel typically needs (villages, towns, regions, countries). */
const PROBE_NAMES: [string, string | null][] = [
  ["Bamako", "Mali"],
  ["Mopti", "Mali"],
  ["Boni", "Mali"],
  ["Niono", "Mali"],
  ["Menaka", "Mali"],
  ["Djibo", "Burkina Faso"],
  ["Ouagadougou", null],
  ["Tillaberi", "Niger"],
  ["Niamey", null],
  ["Maiduguri", "Nigeria"],
  ["Kaduna", null],
  ["Nouakchott", null],
  ["Dakar", null],
  ["Conakry", null],
  ["Abidjan", null],
  ["Niger", null],
];

export interface GazetteerFigures {
  gazetteer_load_ms: number;
  gazetteer_rss_mb: number;
  gazetteer_heap_mb: number;
  /** Resolving the probe names right after loading (lazy indexes fill here). */
  gazetteer_first_queries_ms: number;
  gazetteer_probe_queries: number;
  /** Memory after loading and the probe queries, from before loading. */
  gazetteer_rss_after_queries_mb: number;
  gazetteer_heap_after_queries_mb: number;
  gazetteer_process_peak_rss_mb: number;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function benchGazetteer(): GazetteerFigures {
  gc();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const gaz = loadGazetteer();
  const loadMs = performance.now() - t0;
  gc();
  const loaded = process.memoryUsage();
  const t1 = performance.now();
  let found = 0;
  for (const [name, country] of PROBE_NAMES) if (gaz.resolve({ name, country })) found++;
  const queryMs = performance.now() - t1;
  gc();
  const after = process.memoryUsage();
  if (found === 0) throw new Error("the gazetteer resolved none of the probe names");
  return {
    gazetteer_load_ms: round(loadMs),
    gazetteer_rss_mb: round((loaded.rss - before.rss) / MB),
    gazetteer_heap_mb: round((loaded.heapUsed - before.heapUsed) / MB),
    gazetteer_first_queries_ms: round(queryMs),
    gazetteer_probe_queries: PROBE_NAMES.length,
    gazetteer_rss_after_queries_mb: round((after.rss - before.rss) / MB),
    gazetteer_heap_after_queries_mb: round((after.heapUsed - before.heapUsed) / MB),
    gazetteer_process_peak_rss_mb: round((process.resourceUsage().maxRSS * 1024) / MB),
  };
}
