/**
 * `npm run bench`: Chronicle's benchmark suite. Each section runs in a fresh child process (cold
 * caches, its own peak memory). Prints a table, or with --json one JSON object on stdout.
 * Options: see scripts/bench/options.ts (npm run bench -- --help).
 */

import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { runSection } from "./bench/child.js";
import { benchIngestAll } from "./bench/ingest.js";
import { type BenchOptions, OptionError, parseOptions, type Section, USAGE } from "./bench/options.js";
import { pgServerUrl } from "./bench/pg.js";
import { table } from "./bench/report.js";
import { log, ROOT } from "./bench/util.js";

/** Keys always present in the JSON (null when the section did not run or failed). */
const REQUIRED_KEYS = [
  "extract_mb_per_s",
  "reference_mb_per_s",
  "extract_ratio",
  "gazetteer_load_ms",
  "peak_rss_mb",
  "ingest_articles_per_s",
  "api_p95_ms",
  "api_p50_ms",
  "growth_ratio",
] as const;

async function section(name: Section, o: BenchOptions): Promise<Record<string, unknown>> {
  switch (name) {
    case "extract":
      return runSection("extract", { corpusBytes: o.corpusBytes, profile: o.profile });
    case "growth":
      return runSection("growth", { quick: o.quick });
    case "gazetteer":
      return runSection("gazetteer", {});
    case "ingest":
      return {
        ...(await benchIngestAll({ articles: o.articles, pgUrl: pgServerUrl(o.pg), workers: o.workers })),
      };
    case "api":
      return runSection("api", { events: o.events, requests: o.requests });
  }
}

async function main(): Promise<number> {
  let o: BenchOptions | "help";
  try {
    o = parseOptions(process.argv.slice(2));
  } catch (e) {
    if (e instanceof OptionError) {
      process.stderr.write(`bench: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (o === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const figures: Record<string, unknown> = Object.fromEntries(REQUIRED_KEYS.map((k) => [k, null]));
  const errors: Record<string, string> = {};
  const started = Date.now();
  const loadStart = Math.round(loadavg()[0] * 10) / 10;
  for (const name of o.only) {
    log(`${name}...`);
    try {
      Object.assign(figures, await section(name, o));
    } catch (e) {
      errors[name] = (e as Error).message.split("\n")[0];
      log(`${name} failed: ${errors[name]}`);
    }
  }
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
  const out = {
    ...figures,
    meta: {
      chronicle: pkg.version,
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpu: cpus()[0]?.model ?? "unknown",
      cores: cpus().length,
      memory_gb: Math.round(totalmem() / 1e8) / 10,
      date: new Date().toISOString(),
      /** 1-minute load average at the start and the end: figures from a busy machine are noisy. */
      loadavg: [loadStart, Math.round(loadavg()[0] * 10) / 10],
      quick: o.quick,
      sections: o.only,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    },
    errors,
  };
  if (o.json) process.stdout.write(`${JSON.stringify(out)}\n`);
  else
    process.stdout.write(
      `Chronicle ${pkg.version} bench, ${out.meta.cores} cores (${out.meta.cpu}), Node ${process.version}, load ${out.meta.loadavg.join(" -> ")}${o.quick ? ", QUICK" : ""}\n\n${table(figures, errors)}\n`,
    );
  return Object.keys(errors).length ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: Error) => {
    process.stderr.write(`bench: ${e.message.split("\n")[0]}\n`);
    process.exitCode = 1;
  },
);
