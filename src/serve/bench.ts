/**
 * Bench hook for `npm run bench`: latency (p50/p95) and throughput of three typical API queries,
 * run through app.inject (no network) against the store at `storeUrl`.
 */
import { performance } from "node:perf_hooks";
import { openStore } from "../store/index.js";
import { buildApp } from "./app.js";

export interface QueryBench {
  name: string;
  url: string;
  requests: number;
  p50_ms: number;
  p95_ms: number;
  req_per_s: number;
}

export const BENCH_QUERIES: { name: string; url: string }[] = [
  { name: "latest events (table page)", url: "/api/events?limit=100" },
  {
    name: "filtered list (country + type + year, by fatalities)",
    url: "/api/events?country=Mali&event_type=Battles&start_date=2020-01-01&end_date=2020-12-31&sort=-fatalities&limit=100",
  },
  { name: "weekly counts by type (timeline)", url: "/api/counts?by=week&group=event_type&country=Mali" },
];

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

export async function benchServe(
  storeUrl: string,
  opts: { requests?: number; warmup?: number; queries?: { name: string; url: string }[] } = {},
): Promise<QueryBench[]> {
  const requests = opts.requests ?? 50;
  const warmup = opts.warmup ?? 3;
  const store = await openStore(storeUrl);
  const app = await buildApp({ store, readOpen: true, webDir: null });
  try {
    const out: QueryBench[] = [];
    for (const q of opts.queries ?? BENCH_QUERIES) {
      for (let i = 0; i < warmup; i++) await app.inject({ method: "GET", url: q.url });
      const times: number[] = [];
      const start = performance.now();
      for (let i = 0; i < requests; i++) {
        const t0 = performance.now();
        const r = await app.inject({ method: "GET", url: q.url });
        times.push(performance.now() - t0);
        if (r.statusCode !== 200)
          throw new Error(`${q.url} answered ${r.statusCode}: ${r.body.slice(0, 200)}`);
      }
      const total = (performance.now() - start) / 1000;
      times.sort((a, b) => a - b);
      const round = (n: number) => Math.round(n * 10) / 10;
      out.push({
        name: q.name,
        url: q.url,
        requests,
        p50_ms: round(quantile(times, 0.5)),
        p95_ms: round(quantile(times, 0.95)),
        req_per_s: round(requests / total),
      });
    }
    return out;
  } finally {
    await app.close();
    await store.close();
  }
}
