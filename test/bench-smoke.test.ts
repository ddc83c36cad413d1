/** Smoke test of `npm run bench`: quick extraction run, JSON shape only (never timings). */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BENCH = fileURLToPath(new URL("../scripts/bench.ts", import.meta.url));

function bench(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", BENCH, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
}

test("bench --quick --only extract --json prints one JSON object with the documented keys", {
  timeout: 60_000,
}, () => {
  // A small corpus keeps the smoke run well under a minute on a busy machine.
  const r = bench(["--quick", "--only", "extract", "--json", "--corpus-mb", "0.2"]);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split("\n");
  assert.equal(lines.length, 1, "exactly one line on stdout");
  const out = JSON.parse(lines[0]);
  for (const k of [
    "extract_mb_per_s",
    "reference_mb_per_s",
    "extract_ratio",
    "gazetteer_load_ms",
    "peak_rss_mb",
    "ingest_articles_per_s",
    "api_p95_ms",
  ])
    assert.ok(k in out, `key ${k}`);
  for (const k of ["extract_mb_per_s", "reference_mb_per_s", "extract_ratio", "peak_rss_mb"])
    assert.equal(typeof out[k], "number", `${k} is measured`);
  for (const k of ["gazetteer_load_ms", "ingest_articles_per_s", "api_p95_ms"]) assert.equal(out[k], null, k);
  assert.deepEqual(out.errors, {});
  assert.deepEqual(out.meta.sections, ["extract"]);
});

test("bench rejects an unknown section with one line and exit code 2", () => {
  const r = bench(["--only", "nonsense"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--only: unknown section "nonsense"/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});
