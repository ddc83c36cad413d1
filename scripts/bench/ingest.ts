/**
 * Ingest throughput along the `chronicle ingest` path (read JSONL -> extract -> store, one
 * transaction per article): into a temp SQLite file with one worker, and into PostgreSQL with
 * 1, 2 and 4 worker processes sharing one database.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { runIngest } from "../../src/cli/commands/ingest.js";
import { extractArticle } from "../../src/extract/index.js";
import type { Article } from "../../src/model/article.js";
import { openStore } from "../../src/store/index.js";
import { benchIngest } from "../../src/store/synthetic.js";
import { startSection } from "./child.js";
import { distinctArticles, loadSourceArticles } from "./corpus.js";
import { dropScratchDb, freshScratchDb, redact } from "./pg.js";
import { log, round } from "./util.js";

const WARM_UP = 100;

export interface WorkerParams {
  db: string;
  file: string;
}
export interface WorkerResult {
  read: number;
  added: number;
  skipped: number;
  failed: number;
  reports: number;
  seconds: number;
}

/** Child side: open the store, warm up, report ready, wait for "go", ingest the file. */
export async function ingestWorker(p: WorkerParams, waitGo: () => Promise<void>): Promise<WorkerResult> {
  const store = await openStore(p.db);
  try {
    // Warm up like a long-running worker (JIT, lazily loaded gazetteer chunks) on other articles.
    for (const a of distinctArticles((await loadSourceArticles()).articles, WARM_UP, 99)) {
      try {
        extractArticle(a);
      } catch {
        // the timed run reports failures
      }
    }
    await waitGo();
    const t0 = performance.now();
    const s = await runIngest(store, [p.file], { progress: false });
    const seconds = (performance.now() - t0) / 1000;
    return {
      read: s.read,
      added: s.added,
      skipped: s.skipped,
      failed: s.failed,
      reports: s.reports,
      seconds,
    };
  } finally {
    await store.close();
  }
}

function writeShards(dir: string, articles: Article[], workers: number): string[] {
  const files: string[] = [];
  for (let w = 0; w < workers; w++) {
    const lines = articles
      .filter((_, i) => i % workers === w)
      .map((a) =>
        JSON.stringify({
          id: a.id,
          text: a.text,
          title: a.title ?? null,
          published: a.published,
          url: a.url ?? null,
          source: a.source ?? null,
          language: a.language ?? null,
          country: a.country ?? null,
        }),
      );
    const f = join(dir, `shard-${workers}-${w}.jsonl`);
    writeFileSync(f, `${lines.join("\n")}\n`);
    files.push(f);
  }
  return files;
}

interface RunFigures {
  workers: number;
  articles: number;
  added: number;
  failed: number;
  seconds: number;
  articles_per_s: number;
}

/** Start `files.length` workers on one database, start them together, time until the last ends. */
async function timedRun(db: string, files: string[]): Promise<RunFigures> {
  const hs = files.map((file) =>
    startSection<WorkerResult>("ingest-worker", { db, file } satisfies WorkerParams),
  );
  try {
    await Promise.all(hs.map((h) => h.ready));
    const t0 = performance.now();
    for (const h of hs) h.go();
    const rs = await Promise.all(hs.map((h) => h.done));
    const seconds = (performance.now() - t0) / 1000;
    const articles = rs.reduce((n, r) => n + r.read, 0);
    return {
      workers: files.length,
      articles,
      added: rs.reduce((n, r) => n + r.added, 0),
      failed: rs.reduce((n, r) => n + r.failed, 0),
      seconds: round(seconds, 2),
      articles_per_s: round(articles / seconds),
    };
  } catch (e) {
    for (const h of hs) h.child.kill();
    throw e;
  }
}

export interface IngestFigures {
  ingest_articles: number;
  /** Articles the ingest path reported as failed (not counted in the rates). */
  ingest_failed_articles: number;
  ingest_articles_per_s: number;
  ingest_sqlite_seconds: number;
  /** Store alone (synthetic articles with ready-made events, no extraction), SQLite. */
  ingest_store_only_articles_per_s: number;
  ingest_pg_server: string | null;
  /** Workers -> articles/s into PostgreSQL (end to end, extraction included). */
  ingest_pg_articles_per_s: Record<string, number> | null;
  /** articles/s with N workers divided by articles/s with 1 worker. */
  ingest_pg_scaling: Record<string, number> | null;
  ingest_pg_note?: string;
}

export async function storeOnlyRate(p: { db: string; n: number }): Promise<number> {
  const store = await openStore(p.db);
  try {
    return (await benchIngest(store, p.n)).perSecond;
  } finally {
    await store.close();
  }
}

export async function benchIngestAll(opts: {
  articles: number;
  pgUrl: string | null;
  workers: number[];
}): Promise<IngestFigures> {
  const src = await loadSourceArticles();
  const articles = distinctArticles(src.articles, opts.articles);
  const dir = mkdtempSync(join(tmpdir(), "chronicle-bench-"));
  try {
    const sqlite = await timedRun(join(dir, "ingest.db"), writeShards(dir, articles, 1));
    log(`ingest: SQLite ${sqlite.articles} articles in ${sqlite.seconds} s (${sqlite.articles_per_s}/s)`);
    const storeOnly = await startSection<number>("ingest-store-only", {
      db: join(dir, "store-only.db"),
      n: opts.articles,
    }).done;
    const out: IngestFigures = {
      ingest_articles: sqlite.articles,
      ingest_failed_articles: sqlite.failed,
      ingest_articles_per_s: sqlite.articles_per_s,
      ingest_sqlite_seconds: sqlite.seconds,
      ingest_store_only_articles_per_s: round(storeOnly),
      ingest_pg_server: opts.pgUrl ? redact(opts.pgUrl) : null,
      ingest_pg_articles_per_s: null,
      ingest_pg_scaling: null,
    };
    if (!opts.pgUrl) {
      out.ingest_pg_note = "no PostgreSQL server (set CHRONICLE_BENCH_PG or CHRONICLE_TEST_PG, or --pg URL)";
      return out;
    }
    const rates: Record<string, number> = {};
    try {
      for (const w of opts.workers) {
        const db = await freshScratchDb(opts.pgUrl);
        const store = await openStore(db); // migrate once, before the workers race
        await store.close();
        const r = await timedRun(db, writeShards(dir, articles, w));
        if (r.added + r.failed !== articles.length)
          throw new Error(
            `${r.added} articles stored and ${r.failed} failed, expected ${articles.length} in all`,
          );
        rates[String(w)] = r.articles_per_s;
        log(
          `ingest: PostgreSQL, ${w} worker(s): ${r.articles} articles in ${r.seconds} s (${r.articles_per_s}/s)`,
        );
      }
    } catch (e) {
      out.ingest_pg_note = `PostgreSQL run failed: ${(e as Error).message.split("\n")[0]}`;
      return out;
    } finally {
      await dropScratchDb(opts.pgUrl);
    }
    const base = rates[String(opts.workers[0])];
    out.ingest_pg_articles_per_s = rates;
    out.ingest_pg_scaling = Object.fromEntries(
      Object.entries(rates).map(([w, r]) => [w, round(r / base, 2)]),
    );
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
