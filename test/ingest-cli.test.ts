/** End-to-end: `chronicle ingest`, `export`, `events` as processes, including a SIGKILL mid-run. */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { ACLED_COLUMNS } from "../src/model/event.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const mainUrl = new URL("../src/cli/main.ts", import.meta.url).href;
const dir = mkdtempSync(join(tmpdir(), "chronicle-cli-"));

function start(args: string[]): ChildProcess {
  const code = `import { main } from ${JSON.stringify(mainUrl)}; process.exitCode = await main(process.argv.slice(1));`;
  return spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code, ...args], {
    cwd: root,
    env: { ...process.env, CHRONICLE_DB: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = start(args);
    let stdout = "";
    let stderr = "";
    p.stdout!.on("data", (d) => (stdout += d));
    p.stderr!.on("data", (d) => (stderr += d));
    p.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const VILLAGES = ["Ogossagou", "Sobane", "Koulogon", "Diallassagou", "Yoro", "Gangafani", "Boni", "Douentza"];

function articleText(i: number): string {
  const v = VILLAGES[i % VILLAGES.length];
  const n = 2 + (i % 17);
  return `Gunmen on motorbikes attacked the village of ${v} in central Mali on Tuesday, killing ${n} civilians, a local official said (report ${i}). Residents said the attackers burned granaries before fleeing toward the forest.`;
}

function summary(stderr: string): string {
  return stderr.trim().split("\n").pop() ?? "";
}

function counts(db: string): { articles: number; reports: number; events: number } {
  const d = new Database(db, { readonly: true });
  const n = (t: string) => (d.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
  const out = { articles: n("articles"), reports: n("reports"), events: n("events") };
  d.close();
  return out;
}

test("ingesting a folder twice leaves the same counts", async () => {
  const folder = join(dir, "news");
  mkdirSync(join(folder, "sub"), { recursive: true });
  writeFileSync(join(folder, "a.txt"), articleText(1));
  writeFileSync(
    join(folder, "sub", "b.html"),
    `<html><head><meta property="article:published_time" content="2021-05-04"><meta property="og:site_name" content="Sahel Daily"></head><body><article><p>${articleText(2)}</p><p>The army said it had sent troops to the area.</p></article></body></html>`,
  );
  writeFileSync(
    join(folder, "c.jsonl"),
    `${[3, 4, 5].map((i) => JSON.stringify({ id: `c${i}`, text: articleText(i), published: "2021-05-05", source: "Wire" })).join("\n")}\n{broken\n`,
  );
  writeFileSync(join(folder, "empty.txt"), "");
  const db = join(dir, "twice.db");
  const first = await run(["ingest", "--db", db, "--published", "2021-05-06", folder]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(summary(first.stderr), /articles read 5, new 5, skipped 0, failed 2/);
  assert.match(first.stderr, /c\.jsonl:4: malformed JSON/);
  assert.match(first.stderr, /empty\.txt: empty file/);
  const c1 = counts(db);
  const second = await run(["ingest", "--db", db, folder]);
  assert.equal(second.code, 0);
  assert.match(summary(second.stderr), /articles read 5, new 0, skipped 5, failed 2/);
  assert.deepEqual(counts(db), c1);
});

test("export: ACLED CSV has ACLED's columns in ACLED's order; other formats parse", async () => {
  const db = join(dir, "twice.db");
  const csv = await run(["export", "--db", db, "--format", "acled-csv"]);
  assert.equal(csv.code, 0, csv.stderr);
  assert.equal(csv.stdout.split("\n")[0], ACLED_COLUMNS.join(","));
  const out = join(dir, "e.geojson");
  const geo = await run(["export", "--db", db, "--format", "geojson", "-o", out]);
  assert.equal(geo.code, 0, geo.stderr);
  assert.equal(JSON.parse(readFileSync(out, "utf8")).type, "FeatureCollection");
  const jsonl = await run([
    "export",
    "--db",
    db,
    "--format",
    "jsonl",
    "--country",
    "Mali",
    "--from",
    "2000-01-01",
  ]);
  for (const line of jsonl.stdout.split("\n").filter(Boolean)) assert.equal(JSON.parse(line).country, "Mali");
  const ev = await run(["events", "--db", db, "--limit", "3"]);
  assert.equal(ev.code, 0);
  assert.match(ev.stdout, /events\n$/);
  const bad = await run(["export", "--db", db, "--format", "xlsx"]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--format must be one of/);
  const badDate = await run(["events", "--db", db, "--from", "2020-13-45"]);
  assert.equal(badDate.code, 2);
  assert.doesNotMatch(badDate.stderr, /\n\s+at /);
});

test("bad inputs and foreign databases: one line, non-zero exit", async () => {
  writeFileSync(join(dir, "bin.txt"), Buffer.from([0, 1, 2, 3]));
  const nothing = await run([
    "ingest",
    "--db",
    join(dir, "bad.db"),
    join(dir, "bin.txt"),
    join(dir, "missing.txt"),
  ]);
  assert.equal(nothing.code, 1);
  assert.match(nothing.stderr, /bin\.txt: binary/);
  assert.match(nothing.stderr, /missing\.txt: no such file/);
  const foreign = join(dir, "foreign.db");
  writeFileSync(foreign, "not a database at all");
  const r = await run(["ingest", "--db", foreign, join(dir, "news")]);
  assert.equal(r.code, 2);
  assert.equal(r.stderr.trim().split("\n").length, 1);
  assert.match(r.stderr, /not a Chronicle database/);
});

test("SIGKILL mid-ingest leaves a consistent database and the rerun completes", async () => {
  const n = 4000;
  const file = join(dir, "many.jsonl");
  writeFileSync(
    file,
    Array.from({ length: n }, (_, i) =>
      JSON.stringify({ id: `m${i}`, text: articleText(i), published: "2021-06-01" }),
    ).join("\n"),
  );
  const db = join(dir, "killed.db");
  const p = start(["ingest", "--db", db, file]);
  // Listen for the end from the start: a fast machine may finish before the kill.
  const closed = new Promise((r) => p.on("close", r));
  // Kill as soon as some articles are in (read the live database; WAL lets a reader in).
  let exited = false;
  void closed.then(() => {
    exited = true;
  });
  const deadline = Date.now() + 60_000;
  while (!exited && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    try {
      const live = new Database(db, { readonly: true, fileMustExist: true });
      const stored = (live.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n;
      live.close();
      if (stored >= 20) break;
    } catch {
      // not created yet, or mid-migration
    }
  }
  p.kill("SIGKILL");
  await closed;
  const d = new Database(db);
  assert.equal(
    (d.prepare("PRAGMA integrity_check").get() as { integrity_check: string }).integrity_check,
    "ok",
  );
  const orphans = d
    .prepare(
      "SELECT COUNT(*) AS n FROM reports WHERE article_id NOT IN (SELECT id FROM articles) OR event_id NOT IN (SELECT id FROM events)",
    )
    .get() as { n: number };
  assert.equal(orphans.n, 0);
  const noReport = d
    .prepare("SELECT COUNT(*) AS n FROM events WHERE id NOT IN (SELECT event_id FROM reports)")
    .get() as { n: number };
  assert.equal(noReport.n, 0);
  const partial = (d.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n;
  d.close();
  assert.ok(partial > 0 && partial < n, `killed after ${partial} articles`);
  const rerun = await run(["ingest", "--db", db, file]);
  assert.equal(rerun.code, 0, rerun.stderr);
  assert.match(summary(rerun.stderr), new RegExp(`new ${n - partial}, skipped ${partial}, failed 0`));
  assert.equal(counts(db).articles, n);
});
