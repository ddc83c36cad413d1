/**
 * The summary table (schema v2) answers counts, facets and totals exactly: compared with a brute
 * force over every event, after ingests, merges and reviews, on SQLite and (with
 * CHRONICLE_TEST_PG) PostgreSQL. Also: bucket edges, bbox, migration of a version-1 database.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import Database from "better-sqlite3";
import pg from "pg";
import { type EventFilter, openStore, type Store, type StoredEvent } from "../src/store/index.js";
import { bucketEnd, bucketStart } from "../src/store/summary.js";
import { bulkLoadSyntheticEvents, syntheticArticle } from "../src/store/synthetic.js";

const PG = process.env.CHRONICLE_TEST_PG;
const dir = mkdtempSync(join(tmpdir(), "chronicle-summary-"));
const schemas: string[] = [];

async function openPgSchema(): Promise<Store> {
  const schema = `t_${randomBytes(5).toString("hex")}`;
  const c = new pg.Client({ connectionString: PG });
  await c.connect();
  await c.query(`CREATE SCHEMA ${schema}`);
  await c.end();
  schemas.push(schema);
  const sep = PG!.includes("?") ? "&" : "?";
  return openStore(`${PG}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`);
}

after(async () => {
  if (!PG || schemas.length === 0) return;
  const c = new pg.Client({ connectionString: PG });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await c.end();
});

async function allEvents(store: Store, f: EventFilter): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for (let offset = 0; ; offset += 10_000) {
    const page = await store.queryEvents({ ...f, limit: 10_000, offset });
    out.push(...page.events);
    if (page.events.length < 10_000) return out;
  }
}

function tally(events: StoredEvent[], key: (e: StoredEvent) => string | null): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of events) {
    const k = key(e);
    if (k === null) continue;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

const FILTERS: EventFilter[] = [
  {},
  { country: "Mali" },
  { country: "NER", event_type: "Battles" },
  { start_date: "2019-03-13", end_date: "2020-11-04" },
  { start_date: "2021-02-01" },
  { end_date: "2018-07-31" },
  { start_date: "2020-06-03", end_date: "2020-06-05" },
  { start_date: "2020-06-29", end_date: "2020-07-05" },
  { admin1: "Gao", start_date: "2019-12-30", end_date: "2020-01-01" },
  { status: "corrected" },
  { reviewed_only: true },
  { status: "rejected" },
];

for (const backend of ["sqlite", "postgres"] as const) {
  describe(`summary on ${backend}`, {
    skip: backend === "postgres" && !PG ? "CHRONICLE_TEST_PG not set" : undefined,
  }, () => {
    test("counts, facets and totals equal a brute force after ingests, merges and reviews", async () => {
      const store =
        backend === "sqlite"
          ? await openStore(join(dir, `a-${randomBytes(4).toString("hex")}.db`))
          : await openPgSchema();
      try {
        for (let i = 0; i < 300; i++) {
          const { article, events } = syntheticArticle(i, 3);
          await store.ingestArticle(article, events);
        }
        // Reviews move events between summary rows: type, place, date, status, fatalities.
        const some = (await store.queryEvents({ limit: 40, sort: "event_id_cnty" })).events;
        for (const [i, e] of some.entries()) {
          if (i % 4 === 0) await store.reviewEvent(e.id, "ed", "reject", {}, "duplicate");
          else if (i % 4 === 1)
            await store.reviewEvent(e.id, "ed", "correct", {
              event_type: "Riots",
              fatalities: 3,
              admin1: null,
            });
          else if (i % 4 === 2) await store.reviewEvent(e.id, "ed", "correct", { event_date: "2020-06-30" });
          else await store.reviewEvent(e.id, "ed", "accept");
        }
        await store.reviewEvent(some[1].id, "admin", "reset");
        for (const f of FILTERS) {
          const all = await allEvents(store, f);
          const page = await store.queryEvents({ ...f, limit: 7 });
          assert.equal(page.total, all.length, `total ${JSON.stringify(f)}`);
          assert.equal(page.total_exact, true);
          const weeks = await store.counts(f, "week", "event_type");
          const want = tally(
            all.filter((e) => e.event_date),
            (e) => `${weekOf(e.event_date!)}|${e.event_type}`,
          );
          assert.deepEqual(
            new Map(weeks.map((r) => [`${r.period}|${r.key}`, r.count])),
            want,
            `weeks ${JSON.stringify(f)}`,
          );
          const fat = (await store.counts(f, "month", "country")).reduce((a, r) => a + r.fatalities, 0);
          assert.equal(
            fat,
            all.filter((e) => e.event_date).reduce((a, e) => a + e.fatalities, 0),
          );
          const facets = await store.facets(f, ["admin1", "actor2", "year", "review_status"], 100);
          assert.deepEqual(
            new Map(facets.admin1.map((r) => [r.value, r.count])),
            tally(all, (e) => e.admin1),
            `admin1 facet ${JSON.stringify(f)}`,
          );
          assert.deepEqual(
            new Map(facets.actor2.map((r) => [r.value, r.count])),
            tally(all, (e) => e.actor2),
          );
          assert.deepEqual(
            new Map(facets.year.map((r) => [r.value, r.count])),
            tally(all, (e) => (e.year == null ? null : String(e.year))),
          );
        }
        const stats = await store.stats();
        assert.equal(stats.events, 300);
      } finally {
        await store.close();
      }
    });

    test("bbox and capped totals", async () => {
      const store =
        backend === "sqlite"
          ? await openStore(join(dir, `b-${randomBytes(4).toString("hex")}.db`))
          : await openPgSchema();
      try {
        await bulkLoadSyntheticEvents(store, 2000);
        const all = await allEvents(store, {});
        const box: [number, number, number, number] = [-1, 14, 1, 17];
        const inside = all.filter(
          (e) => e.longitude! >= -1 && e.longitude! <= 1 && e.latitude! >= 14 && e.latitude! <= 17,
        );
        assert.ok(inside.length > 0);
        const page = await store.queryEvents({ bbox: box, limit: 5 });
        assert.equal(page.total, inside.length);
        assert.ok(page.events.every((e) => inside.some((x) => x.id === e.id)));
        const q = await store.queryEvents({ q: "Gao", limit: 3 });
        assert.ok(q.total > 3 && q.total_exact);
        assert.equal((await store.stats()).events, 2000);
        const weeks = await store.counts({}, "week", "event_type");
        assert.equal(
          weeks.reduce((a, r) => a + r.count, 0),
          2000,
        );
      } finally {
        await store.close();
      }
    });
  });
}

function weekOf(d: string): string {
  const t = Date.parse(`${d}T00:00:00Z`);
  const dow = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - dow * 86_400_000).toISOString().slice(0, 10);
}

test("buckets are week ∩ month", () => {
  assert.equal(bucketStart("2020-07-02"), "2020-07-01"); // Wednesday; week began 2020-06-29
  assert.equal(bucketEnd("2020-06-30"), "2020-06-30");
  assert.equal(bucketStart("2020-06-30"), "2020-06-29");
  assert.equal(bucketEnd("2020-07-02"), "2020-07-05");
  assert.equal(bucketStart("2020-02-29"), "2020-02-24");
  assert.equal(bucketEnd("2020-02-29"), "2020-02-29");
});

test("a version-1 SQLite database is migrated and its summary filled", async () => {
  const path = join(dir, "v1.db");
  const store = await openStore(path);
  for (let i = 0; i < 50; i++) {
    const { article, events } = syntheticArticle(i, 5);
    await store.ingestArticle(article, events);
  }
  await store.close();
  const raw = new Database(path);
  raw.exec(`DROP TABLE event_summary; DROP TABLE ingest_queue; DROP TABLE events_rtree;
    DROP INDEX events_country_type_date; DROP INDEX events_iso3_type_date; DROP INDEX events_admin1_type_date;
    DROP TRIGGER events_summary_ai; DROP TRIGGER events_summary_ad; DROP TRIGGER events_summary_au;
    DROP TRIGGER events_rtree_ai; DROP TRIGGER events_rtree_ad; DROP TRIGGER events_rtree_au;
    UPDATE meta SET value = '1' WHERE key = 'schema_version'; PRAGMA user_version = 1;`);
  raw.close();
  const again = await openStore(path);
  try {
    const s = await again.stats();
    assert.equal(s.schema_version, 2);
    assert.equal(s.events, 50);
    const weeks = await again.counts({ country: "Mali" }, "week", "event_type");
    const all = (await again.queryEvents({ country: "Mali", limit: 1000 })).events;
    assert.equal(
      weeks.reduce((a, r) => a + r.count, 0),
      all.length,
    );
    assert.equal((await again.queryEvents({ bbox: [-180, -90, 180, 90], limit: 1 })).total, 50);
  } finally {
    await again.close();
  }
});
