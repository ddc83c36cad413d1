import { existsSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import { fullReport, predict, readJsonl, renderReport } from "../../eval/run.js";
import type { GoldArticle, Row } from "../../eval/score.js";
import { say, UserError } from "../errors.js";

interface Opts {
  predictions?: string;
  json?: boolean;
  examples: string;
  savePredictions?: string;
}

export function register(program: Command): void {
  program
    .command("eval")
    .description("Score extraction against a gold file: precision, recall, F1, per type and per field")
    .argument("<gold>", "gold JSONL: one article per line with its events")
    .option(
      "--predictions <file>",
      "score these predictions (JSONL events with article_id) instead of extracting",
    )
    .option("--save-predictions <file>", "write the predictions that were scored")
    .option("--examples <n>", "how many misses and false events to list", "20")
    .option("--json", "print the report as JSON")
    .action((gold: string, opts: Opts) => {
      process.exitCode = runEval(gold, opts);
    });
}

export function runEval(goldPath: string, opts: Opts): number {
  if (!existsSync(goldPath)) throw new UserError(`${goldPath}: no such file`);
  const gold = readJsonl<GoldArticle>(goldPath);
  for (const e of gold.errors) say(`${goldPath}:${e.line}: ${e.error}`);
  const articles = gold.rows.filter((a) => a.id !== undefined && a.id !== null);
  if (!articles.length) throw new UserError(`${goldPath}: no gold articles`, 1);
  let preds: Row[];
  if (opts.predictions) {
    if (!existsSync(opts.predictions)) throw new UserError(`${opts.predictions}: no such file`);
    const p = readJsonl(opts.predictions);
    for (const e of p.errors) say(`${opts.predictions}:${e.line}: ${e.error}`);
    preds = p.rows;
  } else preds = predict(articles);
  if (opts.savePredictions)
    writeFileSync(opts.savePredictions, preds.map((p) => `${JSON.stringify(p)}\n`).join(""));
  const report = fullReport(articles, preds);
  const n = Number.parseInt(opts.examples, 10);
  if (opts.json) {
    const { outcomes, ...rest } = report;
    void outcomes;
    process.stdout.write(`${JSON.stringify(rest, null, 1)}\n`);
  } else process.stdout.write(renderReport(report, Number.isFinite(n) ? n : 20));
  return 0;
}
