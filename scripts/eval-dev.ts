/**
 * `npm run eval`: Chronicle's extractor on every gold file of the dev corpus (../shared/corpus/dev),
 * with the reference scorer's figures. Skips cleanly when the corpus is absent.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fullReport, predict, readJsonl, renderReport, summaryLine } from "../src/eval/run.js";
import type { GoldArticle } from "../src/eval/score.js";

const dev = fileURLToPath(new URL("../../shared/corpus/dev/", import.meta.url));
if (!existsSync(dev)) {
  console.log(`dev corpus not found (${"../shared/corpus/dev"}): nothing to evaluate`);
  process.exit(0);
}
const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const verbose = process.argv.includes("--verbose");
const files = readdirSync(dev)
  .filter((f) => f.endsWith(".jsonl"))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
const summary: string[] = [];
for (const f of files) {
  const t0 = performance.now();
  const gold = readJsonl<GoldArticle>(join(dev, f)).rows;
  const preds = predict(gold);
  const ms = performance.now() - t0;
  const report = fullReport(gold, preds);
  console.log(`\n=== ${f} (${gold.length} articles, ${preds.length} predictions, ${ms.toFixed(0)} ms)`);
  process.stdout.write(renderReport(report, verbose ? 60 : 8));
  summary.push(`${f.padEnd(34)} ${summaryLine(report)}`);
}
console.log(`\n${summary.join("\n")}`);
