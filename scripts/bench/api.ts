/**
 * API latency on a synthetic database of N events (default one million), generated reproducibly
 * by the store's synthetic generator and cached under .bench/ keyed by generator version and size.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { BENCH_QUERIES, benchServe, type QueryBench } from "../../src/serve/bench.js";
import { openStore } from "../../src/store/index.js";
import { bulkLoadSyntheticEvents } from "../../src/store/synthetic.js";
import { CACHE_DIR, log, peakRssMb, ROOT, round } from "./util.js";

/** Files whose content defines the generated database: any change means a new cache file. */
const GENERATOR_FILES = ["src/store/synthetic.ts", "src/store/schema.ts"];

export function generatorVersion(): string {
  const h = createHash("sha256");
  for (const f of GENERATOR_FILES) h.update(readFileSync(join(ROOT, f)));
  return h.digest("hex").slice(0, 12);
}

export interface ApiFigures {
  api_events: number;
  api_db: string;
  api_db_cached: boolean;
  api_generate_seconds: number | null;
  /** At most --requests per query; fewer for slow queries (about 20 s each, at least 20). */
  api_requests_per_query: number[];
  api_p50_ms: number;
  api_p95_ms: number;
  api_queries: QueryBench[];
  api_peak_rss_mb: number;
}

async function ensureDb(events: number): Promise<{ path: string; cached: boolean; seconds: number | null }> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const version = generatorVersion();
  const path = join(CACHE_DIR, `api-${events}-${version}.db`);
  if (existsSync(path)) return { path, cached: true, seconds: null };
  // Databases of older generator versions are stale: remove them (they can be ~1 GB each).
  for (const f of readdirSync(CACHE_DIR))
    if (/^api-\d+-[0-9a-f]{12}\.db(-wal|-shm|\.part.*)?$/.test(f) && !f.includes(`-${version}.`))
      rmSync(join(CACHE_DIR, f), { force: true });
  const tmp = `${path}.part`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  log(`api: generating ${events} synthetic events into ${path.slice(ROOT.length)} (cached for next runs)`);
  const t0 = performance.now();
  const store = await openStore(tmp);
  try {
    await bulkLoadSyntheticEvents(store, events);
  } finally {
    await store.close();
  }
  renameSync(tmp, path);
  for (const f of [`${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  return { path, cached: false, seconds: (performance.now() - t0) / 1000 };
}

/** Time spent measuring one query at most (slow queries get fewer requests, never under MIN_REQUESTS). */
const QUERY_BUDGET_MS = 20_000;
const MIN_REQUESTS = 20;

export async function benchApi(p: { events: number; requests: number }): Promise<ApiFigures> {
  const db = await ensureDb(p.events);
  const qs: QueryBench[] = [];
  for (const q of BENCH_QUERIES) {
    // A short probe (also the warm-up) sizes the run so a slow query cannot take many minutes.
    const [probe] = await benchServe(db.path, { requests: 3, warmup: 1, queries: [q] });
    const fit = Math.floor(QUERY_BUDGET_MS / Math.max(0.1, probe.p50_ms));
    const requests = Math.min(p.requests, Math.max(MIN_REQUESTS, fit));
    const [r] = await benchServe(db.path, { requests, warmup: 2, queries: [q] });
    log(`api: ${q.name}: p50 ${r.p50_ms} ms, p95 ${r.p95_ms} ms over ${requests} requests`);
    qs.push(r);
  }
  return {
    api_events: p.events,
    api_db: db.path.slice(ROOT.length),
    api_db_cached: db.cached,
    api_generate_seconds: db.seconds === null ? null : round(db.seconds),
    api_requests_per_query: qs.map((q) => q.requests),
    api_p50_ms: Math.max(...qs.map((q) => q.p50_ms)),
    api_p95_ms: Math.max(...qs.map((q) => q.p95_ms)),
    api_queries: qs,
    api_peak_rss_mb: peakRssMb(),
  };
}
