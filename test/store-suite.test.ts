/** One store test suite, run against SQLite and (when CHRONICLE_TEST_PG is set) PostgreSQL. */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import Database from "better-sqlite3";
import pg from "pg";
import type { Article } from "../src/model/article.js";
import { openStore, type Store } from "../src/store/index.js";
import { makeRecord } from "../src/store/synthetic.js";

const PG = process.env.CHRONICLE_TEST_PG;
const dir = mkdtempSync(join(tmpdir(), "chronicle-store-"));

function article(id: string, text: string, over: Partial<Article> = {}): Article {
  return {
    id,
    text,
    published: "2020-06-20",
    source: `Source ${id}`,
    title: `Title ${id}`,
    url: `https://news.example/${id}`,
    ...over,
  };
}

interface Backend {
  name: string;
  skip?: string;
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

const sqlite: Backend = {
  name: "sqlite",
  open: async () => openStore(join(dir, `s-${randomBytes(4).toString("hex")}.db`)),
  cleanup: async () => {},
};

const schemas: string[] = [];
const postgres: Backend = {
  name: "postgres",
  skip: PG ? undefined : "CHRONICLE_TEST_PG not set",
  open: async () => {
    const schema = `t_${randomBytes(5).toString("hex")}`;
    const c = new pg.Client({ connectionString: PG });
    await c.connect();
    await c.query(`CREATE SCHEMA ${schema}`);
    await c.end();
    schemas.push(schema);
    const sep = PG!.includes("?") ? "&" : "?";
    return openStore(`${PG}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`);
  },
  cleanup: async () => {
    const c = new pg.Client({ connectionString: PG });
    await c.connect();
    for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await c.end();
  },
};

for (const backend of [sqlite, postgres]) {
  describe(`store on ${backend.name}`, { skip: backend.skip }, () => {
    let store: Store;
    before(async () => {
      store = await backend.open();
    });
    after(async () => {
      await store?.close();
      await backend.cleanup();
    });

    test("starts empty with the current schema", async () => {
      const s = await store.stats();
      assert.equal(s.backend, backend.name);
      assert.equal(s.schema_version, 2);
      assert.equal(s.events, 0);
    });

    test("ingest is idempotent by content hash", async () => {
      const a = article(
        "bamako-1",
        "Thousands of protesters marched in Bamako on Friday demanding the president resign.",
      );
      const r1 = await store.ingestArticle(a, [makeRecord({ article_id: a.id, crowd_size: "thousands" })]);
      assert.equal(r1.status, "added");
      assert.equal(r1.events_created, 1);
      const r2 = await store.ingestArticle({ ...a, id: "same-text-other-path" }, [makeRecord()]);
      assert.equal(r2.status, "skipped");
      assert.equal(await store.hasArticle(a), true);
      const s = await store.stats();
      assert.deepEqual([s.articles, s.reports, s.events], [1, 1, 1]);
    });

    test("two differently worded reports from two sources merge into one event", async () => {
      const b = article(
        "bamako-2",
        "Police fired tear gas as a large crowd rallied in the Malian capital on Saturday.",
        {
          source: "Radio Sahel",
        },
      );
      const r = await store.ingestArticle(b, [
        makeRecord({
          article_id: b.id,
          event_date: "2020-06-20",
          latitude: 12.65,
          longitude: -7.98,
          location: "Bamako",
          actor1: "Protesters (Mali)",
          actor2: null,
        }),
      ]);
      assert.equal(r.events_merged, 1);
      const { events, total } = await store.queryEvents({ country: "Mali" });
      assert.equal(total, 1);
      assert.deepEqual(events[0].sources, ["Source bamako-1", "Radio Sahel"]);
      assert.equal(events[0].report_count, 2);
      assert.match(events[0].event_id_cnty, /^MLI\d+$/);
      const detail = await store.getEvent(events[0].event_id_cnty);
      assert.ok(detail);
      assert.equal(detail.reports.length, 2);
      assert.equal(detail.articles.length, 2);
      assert.deepEqual(detail.reports[0].evidence, [
        { field: "trigger", start: 0, end: 10, text: "Protesters" },
      ]);
      assert.match(
        detail.merge_explanations[1].explanation,
        /same type, dates 1 day apart, \d+\.\d km apart, actors match/,
      );
      assert.equal(detail.merge_explanations[0].explanation.endsWith("first report"), true);
      const art = await store.getArticle(detail.articles[1].id);
      assert.equal(art?.text, b.text);
    });

    test("fatalities: the lowest non-zero figure among reports", async () => {
      const base = {
        event_type: "Violence against civilians",
        sub_event_type: "Attack",
        disorder_type: "Political violence",
        actor1: "Unidentified Armed Group (Mali)",
        actor2: "Civilians (Mali)",
        location: "Sobane",
        admin1: "Mopti",
        latitude: 14.55,
        longitude: -3.4,
        event_date: "2019-06-10",
      };
      await store.ingestArticle(article("s1", "Gunmen killed at least 35 villagers in Sobane."), [
        makeRecord({ ...base, fatalities: 35 }),
      ]);
      await store.ingestArticle(article("s2", "Officials said 95 people died in the attack on Sobane."), [
        makeRecord({ ...base, fatalities: 95, latitude: 14.56 }),
      ]);
      await store.ingestArticle(article("s3", "Attackers raided Sobane village, residents said."), [
        makeRecord({ ...base, fatalities: 0, actor1: null }),
      ]);
      const { events } = await store.queryEvents({ event_type: "Violence against civilians" });
      assert.equal(events.length, 1);
      assert.equal(events[0].fatalities, 35);
      assert.equal(events[0].report_count, 3);
    });

    test("near misses stay apart; one article's two events stay apart", async () => {
      const base = {
        event_type: "Battles",
        sub_event_type: "Armed clash",
        disorder_type: "Political violence",
        actor1: "Military Forces of Mali (2013-2020)",
        actor2: "JNIM: Group for Support of Islam and Muslims",
        location: "Boulkessi",
        admin1: "Mopti",
        latitude: 14.6,
        longitude: -1.6,
        event_date: "2020-03-01",
        iso3: "MLI",
      };
      await store.ingestArticle(article("b1", "Soldiers fought militants at Boulkessi."), [makeRecord(base)]);
      const r2 = await store.ingestArticle(article("b2", "Another clash at Boulkessi days later."), [
        makeRecord({ ...base, event_date: "2020-03-05" }),
      ]);
      assert.equal(r2.events_created, 1);
      const r3 = await store.ingestArticle(article("b3", "An attack and the army's reprisal."), [
        makeRecord({ ...base, event_date: "2020-03-10" }),
        makeRecord({ ...base, event_date: "2020-03-10", location: "Boulkessi camp" }),
      ]);
      assert.equal(r3.events_created, 2);
      const r4 = await store.ingestArticle(article("b4", "Troops clashed with rebels far away."), [
        makeRecord({
          ...base,
          latitude: 15.2,
          longitude: -1.6,
          location: "Hombori",
          actor2: "MNLA: National Movement for the Liberation of Azawad",
        }),
      ]);
      assert.equal(r4.events_created, 1);
      const s = await store.stats();
      assert.equal(s.events, 1 + 1 + 5);
    });

    test("queries filter, sort and page", async () => {
      const all = await store.queryEvents({ limit: 100 });
      assert.equal(all.total, 7);
      assert.equal((await store.queryEvents({ country: "MLI" })).total, 7);
      assert.equal((await store.queryEvents({ event_type: "Battles" })).total, 5);
      assert.equal((await store.queryEvents({ start_date: "2020-03-02", end_date: "2020-03-31" })).total, 3);
      assert.equal((await store.queryEvents({ min_fatalities: 30 })).total, 1);
      assert.equal((await store.queryEvents({ actor: "Civilians (Mali)" })).total, 1);
      assert.equal((await store.queryEvents({ q: "villagers" })).total, 0);
      assert.equal((await store.queryEvents({ q: "Sobane" })).total, 1);
      assert.equal((await store.queryEvents({ bbox: [-8.1, 12.5, -7.9, 12.7] })).total, 1);
      const page = await store.queryEvents({ sort: "event_date", limit: 2, offset: 1 });
      assert.equal(page.events.length, 2);
      assert.equal(page.total, 7);
      assert.ok(page.events[0].event_date! <= page.events[1].event_date!);
      await assert.rejects(store.queryEvents({ start_date: "2020/01/01" }), /start_date/);
    });

    test("counts and facets", async () => {
      const months = await store.counts({}, "month", "event_type");
      assert.deepEqual(months.find((r) => r.period === "2020-03" && r.key === "Battles")?.count, 5);
      const weeks = await store.counts({ event_type: "Battles" }, "week", "country");
      assert.ok(weeks.every((w) => /^\d{4}-\d{2}-\d{2}$/.test(w.period)));
      assert.equal(weeks.find((w) => w.period === "2020-02-24")?.count, 2); // 2020-03-01 is a Sunday
      const f = await store.facets({}, ["event_type", "year"]);
      assert.deepEqual(f.event_type[0], { value: "Battles", count: 5 });
      assert.ok(f.year.some((y) => y.value === "2020"));
    });

    test("review: correct, audit, reviewed-only, reject, reset", async () => {
      const { events } = await store.queryEvents({ event_type: "Violence against civilians" });
      const id = events[0].event_id_cnty;
      const e = await store.reviewEvent(
        id,
        "ana",
        "correct",
        { fatalities: 37, admin2: "Bandiagara" },
        "official toll",
      );
      assert.equal(e.review_status, "corrected");
      assert.equal(e.fatalities, 37);
      assert.deepEqual(e.corrected_fields, ["admin2", "fatalities"]);
      assert.equal(e.machine_values?.fatalities, 35);
      const log = await store.audit(id);
      assert.equal(log.length, 2);
      assert.deepEqual([log[0].user, log[0].reason], ["ana", "official toll"]);
      assert.ok(log.some((l) => l.field === "fatalities" && l.old_value === 35 && l.new_value === 37));
      assert.equal((await store.queryEvents({ reviewed_only: true })).total, 1);
      await assert.rejects(store.reviewEvent(id, "ana", "correct", { fatalities: -1 }), /fatalities/);
      await assert.rejects(
        store.reviewEvent(id, "ana", "correct", { sources: "x" } as never),
        /cannot correct/,
      );
      // a new report does not override a corrected figure
      await store.ingestArticle(article("s4", "Thirty people were killed in Sobane."), [
        makeRecord({
          event_type: "Violence against civilians",
          sub_event_type: "Attack",
          actor1: null,
          actor2: "Civilians (Mali)",
          location: "Sobane",
          latitude: 14.55,
          longitude: -3.4,
          event_date: "2019-06-10",
          fatalities: 30,
        }),
      ]);
      assert.equal((await store.getEvent(id))?.event.fatalities, 37);
      await store.reviewEvent(id, "ana", "reject", {}, "duplicate");
      assert.equal((await store.queryEvents({})).total, 6);
      assert.equal((await store.queryEvents({ status: "rejected" })).total, 1);
      const back = await store.reviewEvent(id, "bo", "reset");
      assert.equal(back.fatalities, 35);
      assert.equal(back.review_status, "unreviewed");
      assert.ok((await store.audit(id)).length >= 5);
    });

    test("users and tokens", async () => {
      const u = await store.createUser("editor1", "correct horse battery", "editor");
      assert.equal(u.role, "editor");
      await assert.rejects(store.createUser("editor1", "another password", "viewer"), /exists/);
      assert.equal((await store.verifyPassword("editor1", "correct horse battery"))?.username, "editor1");
      assert.equal(await store.verifyPassword("editor1", "wrong password"), null);
      assert.equal(await store.verifyPassword("nobody", "whatever1"), null);
      const t = await store.createToken("editor1", "ci");
      assert.match(t.token, /^chr_/);
      assert.equal((await store.verifyToken(t.token))?.role, "editor");
      await store.revokeToken(t.id);
      assert.equal(await store.verifyToken(t.token), null);
      assert.equal((await store.listUsers()).length, 1);
    });
  });
}

describe("store refuses foreign databases", () => {
  test("a SQLite file with other tables", async () => {
    const p = join(dir, "other.db");
    const d = new Database(p);
    d.exec("CREATE TABLE invoices (id INTEGER)");
    d.close();
    await assert.rejects(openStore(p), /not a Chronicle database/);
  });
  test("a file that is not SQLite", async () => {
    const p = join(dir, "notes.db");
    writeFileSync(p, "just some notes, definitely not a database file\n");
    await assert.rejects(openStore(p), /not a Chronicle database/);
  });
  test("a newer schema version", async () => {
    const p = join(dir, "newer.db");
    (await openStore(p)).close();
    const d = new Database(p);
    d.exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
    d.close();
    await assert.rejects(openStore(p), /newer than this Chronicle/);
  });
  test("reopening keeps data", async () => {
    const p = join(dir, "reopen.db");
    const s1 = await openStore(`sqlite:${p}`);
    await s1.ingestArticle(article("r1", "Students protested in Dakar."), [
      makeRecord({ iso3: "SEN", country: "Senegal" }),
    ]);
    await s1.close();
    const s2 = await openStore(p);
    assert.equal((await s2.stats()).events, 1);
    assert.equal((await s2.queryEvents({})).events[0].event_id_cnty, "SEN1");
    await s2.close();
  });
});
