import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { extractArticle } from "../../extract/index.js";
import { parsePublishedStrict, type ReadOptions, readInputs, whereOf } from "../../ingest/index.js";
import type { EventRecord } from "../../model/event.js";
import { say, UserError } from "../errors.js";
import { FORMATS, type Format, format } from "../output.js";

interface Opts extends ReadOptions {
  format: string;
  output?: string;
}

export function register(program: Command): void {
  program
    .command("extract")
    .description("Extract the events that articles report (.txt, .md, .html, .jsonl, a URL, or - for stdin)")
    .argument("<inputs...>", "files, folders, URLs or - for standard input")
    .option("--published <date>", "publication date of a single input (YYYY-MM-DD)")
    .option("--source <name>", "publisher of a single input")
    .option("--url <url>", "address of a single input")
    .option("--country <name>", "the country the article is about (a hint)")
    .option("--language <code>", "language of the text (en, fr); detected when absent")
    .option("-f, --format <format>", `output format: ${FORMATS.join(" | ")}`, "table")
    .option("-o, --output <file>", "write to a file instead of standard output")
    .action(async (inputs: string[], opts: Opts) => {
      process.exitCode = await runExtract(inputs, opts);
    });
}

export async function runExtract(inputs: string[], opts: Opts): Promise<number> {
  if (!FORMATS.includes(opts.format as Format))
    throw new UserError(`--format must be one of ${FORMATS.join(", ")} (got "${opts.format}")`);
  const fmt = opts.format as Format;
  if (opts.published !== undefined) {
    const p = parsePublishedStrict(opts.published);
    if (!p) throw new UserError(`--published: "${opts.published}" is not a valid date (use YYYY-MM-DD)`);
    opts.published = p;
  }
  if (opts.language && !["en", "fr"].includes(opts.language))
    throw new UserError(`--language: "${opts.language}" is not supported (en, fr)`);
  const records: EventRecord[] = [];
  let ok = 0;
  let failed = 0;
  const stream = fmt === "jsonl" && !opts.output;
  for await (const item of readInputs(inputs, opts)) {
    const where = whereOf(item);
    if (!item.ok) {
      say(`${where}: ${item.error}`);
      failed++;
      continue;
    }
    const res = extractArticle(item.article, { language: opts.language });
    if (res.warnings.length) {
      for (const w of res.warnings) say(`${where}: ${w}`);
      if (!res.events.length && res.warnings.some((w) => w.includes("not supported"))) {
        failed++;
        continue;
      }
    }
    ok++;
    if (stream) process.stdout.write(format(res.events, "jsonl"));
    else records.push(...res.events);
  }
  if (!stream) {
    const text = format(records, fmt);
    if (opts.output) writeFileSync(opts.output, text);
    else process.stdout.write(text);
  }
  if (ok === 0 && failed > 0) return 1;
  return 0;
}
