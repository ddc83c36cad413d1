/**
 * The ingest work queue on PostgreSQL (needs CHRONICLE_TEST_PG; skipped without it): several
 * `chronicle ingest` processes on the same inputs extract each article exactly once and end with
 * the counts of a single-worker run; a crashed worker's claims expire and are taken over.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { contentHash, openStore } from "../src/store/index.js";

const PG = process.env.CHRONICLE_TEST_PG;
const root = fileURLToPath(new URL("..", import.meta.url));
const mainUrl = new URL("../src/cli/main.ts", import.meta.url).href;
const dir = mkdtempSync(join(tmpdir(), "chronicle-queue-"));
const schemas: string[] = [];

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const code = `import { main } from ${JSON.stringify(mainUrl)}; process.exitCode = await main(process.argv.slice(1));`;
  const p = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code, ...args], {
    cwd: root,
    env: { ...process.env, CHRONICLE_DB: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.stderr.on("data", (d) => (stderr += d));
    p.on("close", (c) => resolve({ code: c, stdout, stderr }));
  });
}

async function freshSchema(): Promise<string> {
  const schema = `q_${randomBytes(5).toString("hex")}`;
  const c = new pg.Client({ connectionString: PG });
  await c.connect();
  await c.query(`CREATE SCHEMA ${schema}`);
  await c.end();
  schemas.push(schema);
  const sep = PG!.includes("?") ? "&" : "?";
  return `${PG}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

async function counts(url: string) {
  const store = await openStore(url);
  try {
    const s = await store.stats();
    const q = await store.workQueue("test").counts();
    return { articles: s.articles, reports: s.reports, events: s.events, queue: q };
  } finally {
    await store.close();
  }
}

const TOWNS = ["Djibo", "Arbinda", "Kaya", "Dori", "Gorom-Gorom", "Sebba", "Titao", "Ouahigouya"];

/** Two wordings of each of n events (one per outlet), so merging happens across workers. */
function writeInputs(n: number): string[] {
  const a: string[] = [];
  const b: string[] = [];
  for (let i = 0; i < n; i++) {
    const town = TOWNS[i % TOWNS.length];
    const day = 1 + (i % 27);
    const killed = 3 + (i % 9);
    a.push(
      JSON.stringify({
        id: `wire-${i}`,
        source: "Sahel Wire",
        published: `2021-03-${String(day + 1).padStart(2, "0")}`,
        text: `Suspected jihadists attacked a market in ${town}, northern Burkina Faso, on ${["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][i % 7]}, killing ${killed} civilians, security sources said (dispatch ${i}).`,
      }),
    );
    b.push(
      JSON.stringify({
        id: `daily-${i}`,
        source: "Burkina Daily",
        published: `2021-03-${String(day + 1).padStart(2, "0")}`,
        text: `Gunmen killed ${killed} people at the market of ${town} in Burkina Faso, a local official told reporters; the army sent reinforcements (item ${i}).`,
      }),
    );
  }
  const fa = join(dir, `wire-${n}.jsonl`);
  const fb = join(dir, `daily-${n}.jsonl`);
  writeFileSync(fa, `${a.join("\n")}\n`);
  writeFileSync(fb, `${b.join("\n")}\n`);
  return [fa, fb];
}

after(async () => {
  if (!PG || schemas.length === 0) return;
  const c = new pg.Client({ connectionString: PG });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await c.end();
});

describe("ingest work queue on PostgreSQL", { skip: PG ? undefined : "CHRONICLE_TEST_PG not set" }, () => {
  test("3 processes started by hand and --workers 4 equal a single worker", async () => {
    const inputs = writeInputs(30);
    const single = await freshSchema();
    const r1 = await run(["ingest", "--db", single, "--no-progress", ...inputs]);
    assert.equal(r1.code, 0, r1.stderr);
    const want = await counts(single);
    assert.equal(want.articles, 60);
    assert.ok(want.events > 0 && want.events < want.reports, "some reports merged");

    const byHand = await freshSchema();
    const rs = await Promise.all(
      [0, 1, 2].map(() => run(["ingest", "--db", byHand, "--no-progress", ...inputs])),
    );
    for (const r of rs) assert.equal(r.code, 0, r.stderr);
    const news = rs.map((r) => Number(/new (\d+)/.exec(r.stderr.trim().split("\n").pop()!)?.[1]));
    assert.equal(
      news.reduce((a, b) => a + b, 0),
      60,
      "each article added by exactly one process",
    );
    const got = await counts(byHand);
    assert.deepEqual(got, want);

    const spawned = await freshSchema();
    const r4 = await run(["ingest", "--db", spawned, "--workers", "4", "--no-progress", ...inputs]);
    assert.equal(r4.code, 0, r4.stderr);
    assert.match(r4.stderr, /articles read 60, new 60, skipped 0, failed 0/);
    assert.deepEqual(await counts(spawned), want);

    // Every article claimed exactly once (so extracted once), and rerunning adds nothing.
    const c = new pg.Client({ connectionString: spawned });
    await c.connect();
    const attempts = await c.query("SELECT attempts, COUNT(*)::int AS n FROM ingest_queue GROUP BY attempts");
    await c.end();
    assert.deepEqual(attempts.rows, [{ attempts: 1, n: 60 }]);
    const again = await run(["ingest", "--db", spawned, "--workers", "2", "--no-progress", ...inputs]);
    assert.match(again.stderr, /articles read 60, new 0, skipped 60, failed 0/);
    assert.deepEqual(await counts(spawned), want);
  });

  test("a crashed worker's claims expire and another worker takes them over", async () => {
    const inputs = writeInputs(4);
    const url = await freshSchema();
    const enq = await run(["ingest", "--db", url, "--no-progress", inputs[0]]);
    assert.equal(enq.code, 0, enq.stderr);
    // A worker claims the second file's articles and dies without a word (claims of 1 s).
    const store = await openStore(url);
    const { readFileSync } = await import("node:fs");
    const dead = store.workQueue("dead-worker", 1000);
    for (const line of readFileSync(inputs[1], "utf8").trim().split("\n")) {
      const a = JSON.parse(line);
      await dead.enqueue(contentHash(a), a, "daily");
    }
    assert.equal((await dead.claim(10)).length, 4);
    await store.close();
    // A worker with nothing new to read works the queue: it waits for the claims to expire.
    const t0 = Date.now();
    const r = await run(["ingest", "--db", url, "--no-progress", "--claim-ttl", "1"]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(Date.now() - t0 >= 500);
    const c = await counts(url);
    assert.equal(c.articles, 8);
    assert.deepEqual(c.queue, { pending: 0, claimed: 0, done: 8, failed: 0 });
  });
});
