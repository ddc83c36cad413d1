/** `chronicle ingest`: read inputs, extract events, store them (one transaction per article). */

import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { hostname } from "node:os";
import { createInterface } from "node:readline";
import cliProgress from "cli-progress";
import { type Command, Option } from "commander";
import { extractArticle } from "../../extract/index.js";
import {
  listFolder,
  parsePublishedStrict,
  type ReadOptions,
  readInputs,
  whereOf,
} from "../../ingest/index.js";
import { contentHash, type Store, StoreError } from "../../store/index.js";
import { say, UserError } from "../errors.js";
import { addDbOption, DEFAULT_DB, openDb } from "./export.js";

interface IngestOpts extends ReadOptions {
  db?: string;
  progress?: boolean;
  workers?: string;
  claimTtl?: string;
  queueWorker?: boolean;
}

export interface IngestSummary {
  read: number;
  added: number;
  skipped: number;
  failed: number;
  reports: number;
  eventsCreated: number;
  eventsMerged: number;
  /** Articles this process ran the extractor on. */
  extracted: number;
}

async function countLines(path: string): Promise<number> {
  let n = 0;
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) if (line.trim()) n++;
  return n;
}

/** An estimate of the number of articles (for the progress bar's ETA). */
async function estimateTotal(inputs: string[]): Promise<number> {
  let n = 0;
  for (const input of inputs) {
    const s = input === "-" || /^https?:/i.test(input) ? null : await stat(input).catch(() => null);
    const files = s?.isDirectory() ? await listFolder(input) : [input];
    for (const f of files)
      n += f.toLowerCase().endsWith(".jsonl") && s ? await countLines(f).catch(() => 1) : 1;
  }
  return n;
}

export function register(program: Command): void {
  const cmd = program
    .command("ingest")
    .description("Extract events from articles and store them, merging reports of the same event")
    .argument(
      "[inputs...]",
      "files, folders, feeds, URLs or - for standard input (none: work the PostgreSQL queue)",
    )
    .option("--published <date>", "publication date of a single input (YYYY-MM-DD)")
    .option("--source <name>", "publisher of a single input")
    .option("--url <url>", "address of a single input")
    .option("--country <name>", "the country the articles are about (a hint)")
    .option("--language <code>", "language of the text (en, fr); detected when absent")
    .option("--no-progress", "plain log lines even on a terminal")
    .option("--workers <n>", "worker processes sharing the work queue (PostgreSQL, or SQLite on one machine)")
    .option("--claim-ttl <seconds>", "a silent worker's claims expire after this long", "120")
    .addOption(new Option("--queue-worker", "internal: work the queue, print a JSON summary").hideHelp());
  addDbOption(cmd).action(async (inputs: string[], opts: IngestOpts) => {
    if (opts.published !== undefined && !parsePublishedStrict(opts.published))
      throw new UserError(`--published: "${opts.published}" is not a valid date (use YYYY-MM-DD)`);
    const workers = opts.workers === undefined ? 1 : Number(opts.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 64)
      throw new UserError(`--workers: expected a whole number from 1 to 64, got "${opts.workers}"`);
    const ttl = Number(opts.claimTtl);
    if (!Number.isFinite(ttl) || ttl <= 0)
      throw new UserError(`--claim-ttl: expected seconds, got "${opts.claimTtl}"`);
    const dbUrl = opts.db || process.env.CHRONICLE_DB || DEFAULT_DB;
    const pg = /^postgres(ql)?:\/\//i.test(dbUrl);
    if (inputs.length === 0 && !pg && !opts.queueWorker)
      throw new UserError("ingest: name at least one input (only a PostgreSQL database has a queue to work)");
    const store = await openDb(dbUrl);
    try {
      let s: IngestSummary;
      if (opts.queueWorker) {
        s = await workQueue(store, opts, ttl * 1000);
        process.stdout.write(`${JSON.stringify(s)}\n`);
        return;
      }
      if (pg || workers > 1) s = await runQueuedIngest(store, dbUrl, inputs, opts, workers, ttl * 1000);
      else s = await runIngest(store, inputs, opts);
      const st = await store.stats();
      process.stderr.write(
        `chronicle: articles read ${s.read}, new ${s.added}, skipped ${s.skipped}, failed ${s.failed}; ` +
          `reports ${s.reports}; events created ${s.eventsCreated}, merged ${s.eventsMerged}; ` +
          `database: ${st.articles} articles, ${st.events} events\n`,
      );
      process.exitCode = s.read === 0 && s.failed > 0 ? 1 : 0;
    } catch (e) {
      if (e instanceof StoreError) throw new UserError(e.message);
      throw e;
    } finally {
      await store.close();
    }
  });
}

function emptySummary(): IngestSummary {
  return {
    read: 0,
    added: 0,
    skipped: 0,
    failed: 0,
    reports: 0,
    eventsCreated: 0,
    eventsMerged: 0,
    extracted: 0,
  };
}

function addSummary(a: IngestSummary, b: IngestSummary): void {
  for (const k of Object.keys(a) as (keyof IngestSummary)[]) a[k] += Number(b[k] ?? 0);
}

/** Put the inputs' articles on the queue (by content hash); returns counts of what was read. */
export async function enqueueInputs(
  store: Store,
  inputs: string[],
  opts: IngestOpts = {},
): Promise<IngestSummary> {
  const s = emptySummary();
  const q = store.workQueue("enqueue");
  for await (const item of readInputs(inputs, opts)) {
    const where = whereOf(item);
    if (!item.ok) {
      s.failed++;
      say(`${where}: ${item.error}`);
      continue;
    }
    s.read++;
    if ((await q.enqueue(contentHash(item.article), item.article, where)) === "known") s.skipped++;
  }
  return s;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Work the shared queue until nothing is pending or claimed: claim a batch, extract, store (one
 * transaction per article), mark done. Waits while other workers hold live claims, so a crashed
 * worker's articles (claims expired) are picked up by the survivors.
 */
export async function workQueue(
  store: Store,
  opts: IngestOpts = {},
  ttlMs = 120_000,
  batch = 4,
): Promise<IngestSummary> {
  const s = emptySummary();
  const q = store.workQueue(`${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`, ttlMs);
  const t0 = Date.now();
  let lastLog = t0;
  const interrupted = () => {
    q.release().finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    for (;;) {
      const items = await q.claim(batch);
      if (items.length === 0) {
        const c = await q.counts();
        if (c.pending + c.claimed === 0) break;
        await sleep(Math.min(1000, ttlMs / 4));
        continue;
      }
      for (const item of items) {
        const where = item.label ?? item.content_hash.slice(0, 12);
        try {
          if (await store.hasArticle(item.article)) s.skipped++;
          else {
            const res = extractArticle(item.article, { language: opts.language });
            s.extracted++;
            const r = await store.ingestArticle(item.article, res.events);
            if (r.status === "skipped") s.skipped++;
            else {
              s.added++;
              s.reports += r.reports;
              s.eventsCreated += r.events_created;
              s.eventsMerged += r.events_merged;
            }
          }
          await q.done(item);
        } catch (e) {
          if (e instanceof StoreError) throw e;
          s.failed++;
          const msg = (e as Error).message.split("\n")[0];
          say(`${where}: ${msg}`);
          await q.fail(item, msg);
        }
        await q.heartbeat();
        if (Date.now() - lastLog > 2000) {
          lastLog = Date.now();
          const rate = (s.added + s.skipped + s.failed) / Math.max(0.001, (Date.now() - t0) / 1000);
          say(
            `ingest worker ${process.pid}: new ${s.added}, skipped ${s.skipped}, failed ${s.failed}, ${rate.toFixed(1)}/s`,
          );
        }
      }
    }
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
  }
  return s;
}

/** Start one `chronicle ingest --queue-worker` process; resolves with its summary. */
function spawnWorker(dbUrl: string, opts: IngestOpts, ttlMs: number): Promise<IngestSummary> {
  const self = import.meta.url;
  const mainUrl = new URL(self.endsWith(".ts") ? "../main.ts" : "../main.js", self).href;
  const code = `import { main } from ${JSON.stringify(mainUrl)}; process.exitCode = await main(process.argv.slice(1));`;
  const args = ["ingest", "--queue-worker", "--db", dbUrl, "--claim-ttl", String(ttlMs / 1000)];
  if (opts.language) args.push("--language", opts.language);
  const child = spawn(
    process.execPath,
    [...(self.endsWith(".ts") ? ["--import", "tsx"] : []), "--input-type=module", "-e", code, ...args],
    { stdio: ["ignore", "pipe", "inherit"], env: process.env },
  );
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      if (code === 0 && line.startsWith("{")) resolve(JSON.parse(line) as IngestSummary);
      else reject(new UserError(`an ingest worker process failed (exit ${code})`, 1));
    });
  });
}

/** Enqueue the inputs, then work the queue with `workers` processes (this one included). */
export async function runQueuedIngest(
  store: Store,
  dbUrl: string,
  inputs: string[],
  opts: IngestOpts,
  workers: number,
  ttlMs: number,
): Promise<IngestSummary> {
  const s = await enqueueInputs(store, inputs, opts);
  const c = await store.workQueue("status").counts();
  if (c.pending + c.claimed > 0) {
    say(
      `queue: ${c.pending} pending, ${c.claimed} claimed; ${workers} worker${workers > 1 ? "s" : ""} on it`,
    );
    const children = Array.from({ length: workers - 1 }, () => spawnWorker(dbUrl, opts, ttlMs));
    const mine = await workQueue(store, opts, ttlMs);
    const theirs = await Promise.allSettled(children);
    const work = emptySummary();
    addSummary(work, mine);
    for (const t of theirs) if (t.status === "fulfilled") addSummary(work, t.value);
    // Everything read was either known (skipped at enqueue) or handled by a worker (maybe another run's).
    s.added = work.added;
    s.reports = work.reports;
    s.eventsCreated = work.eventsCreated;
    s.eventsMerged = work.eventsMerged;
    s.extracted = work.extracted;
    s.skipped += work.skipped;
    s.failed += work.failed;
    const failed = theirs.find((t) => t.status === "rejected");
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }
  return s;
}

export async function runIngest(
  store: Store,
  inputs: string[],
  opts: IngestOpts = {},
): Promise<IngestSummary> {
  const s: IngestSummary = {
    read: 0,
    added: 0,
    skipped: 0,
    failed: 0,
    reports: 0,
    eventsCreated: 0,
    eventsMerged: 0,
    extracted: 0,
  };
  const tty = process.stderr.isTTY && opts.progress !== false;
  let bar: cliProgress.SingleBar | null = null;
  if (tty) {
    bar = new cliProgress.SingleBar(
      {
        format:
          "ingest [{bar}] {value}/{total} articles | {rate}/s | ETA {eta_formatted} | new {added} skipped {skipped} failed {failed}",
        stream: process.stderr,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(await estimateTotal(inputs), 0, { rate: "0", added: 0, skipped: 0, failed: 0 });
  }
  const t0 = Date.now();
  let lastLog = t0;
  const log = (line: string) => {
    if (bar) {
      bar.stop();
      say(line);
      bar.start(bar.getTotal(), s.read + s.failed);
    } else say(line);
  };
  const tick = () => {
    const done = s.read + s.failed;
    const rate = done / Math.max(0.001, (Date.now() - t0) / 1000);
    if (bar) {
      if (done > bar.getTotal()) bar.setTotal(done);
      bar.update(done, { rate: rate.toFixed(1), added: s.added, skipped: s.skipped, failed: s.failed });
    } else if (Date.now() - lastLog > 2000) {
      lastLog = Date.now();
      say(
        `ingest: ${done} articles (new ${s.added}, skipped ${s.skipped}, failed ${s.failed}), ${rate.toFixed(1)}/s`,
      );
    }
  };
  for await (const item of readInputs(inputs, opts)) {
    const where = whereOf(item);
    if (!item.ok) {
      s.failed++;
      log(`${where}: ${item.error}`);
      tick();
      continue;
    }
    s.read++;
    try {
      if (await store.hasArticle(item.article)) {
        s.skipped++;
      } else {
        const res = extractArticle(item.article, { language: opts.language });
        s.extracted++;
        const r = await store.ingestArticle(item.article, res.events);
        if (r.status === "skipped") s.skipped++;
        else {
          s.added++;
          s.reports += r.reports;
          s.eventsCreated += r.events_created;
          s.eventsMerged += r.events_merged;
        }
      }
    } catch (e) {
      if (e instanceof StoreError) throw e;
      s.read--;
      s.failed++;
      log(`${where}: ${(e as Error).message.split("\n")[0]}`);
    }
    tick();
  }
  bar?.stop();
  return s;
}
