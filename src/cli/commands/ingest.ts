/** `chronicle ingest`: read inputs, extract events, store them (one transaction per article). */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { extractArticle } from "../../extract/index.js";
import { listFolder, parsePublishedStrict, readInputs } from "../../ingest/index.js";
import { type Store, StoreError } from "../../store/index.js";
import { say, UserError } from "../errors.js";
import { addDbOption, openDb } from "./export.js";

interface IngestOpts {
  db?: string;
  published?: string;
  source?: string;
  url?: string;
  country?: string;
  language?: string;
  progress?: boolean;
}

export interface IngestSummary {
  read: number;
  added: number;
  skipped: number;
  failed: number;
  reports: number;
  eventsCreated: number;
  eventsMerged: number;
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
    .argument("<inputs...>", "files, folders, feeds, URLs or - for standard input")
    .option("--published <date>", "publication date of a single input (YYYY-MM-DD)")
    .option("--source <name>", "publisher of a single input")
    .option("--url <url>", "address of a single input")
    .option("--country <name>", "the country the articles are about (a hint)")
    .option("--language <code>", "language of the text (en, fr); detected when absent")
    .option("--no-progress", "plain log lines even on a terminal");
  addDbOption(cmd).action(async (inputs: string[], opts: IngestOpts) => {
    if (opts.published !== undefined && !parsePublishedStrict(opts.published))
      throw new UserError(`--published: "${opts.published}" is not a valid date (use YYYY-MM-DD)`);
    const store = await openDb(opts.db);
    try {
      const s = await runIngest(store, inputs, opts);
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
  for await (const item of readInputs(inputs, {
    published: opts.published,
    source: opts.source,
    url: opts.url,
    country: opts.country,
    language: opts.language,
  })) {
    const where = item.line ? `${item.input}:${item.line}` : item.input;
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
