import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { ACLED_COLUMNS } from "../src/model/event.js";
import { buildApp } from "../src/serve/app.js";
import { seedSample } from "../src/serve/sample.js";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";

const dir = mkdtempSync(join(tmpdir(), "chronicle-serve-api-"));
let store: Store;
let open: FastifyInstance;
let closed: FastifyInstance;

before(async () => {
  store = await openStore(join(dir, "api.db"));
  await seedSample(store);
  await store.createUser("editor1", "editor-password", "editor");
  await store.createUser("viewer1", "viewer-password", "viewer");
  await store.createUser("admin1", "admin-password", "admin");
  open = await buildApp({ store, readOpen: true, webDir: null });
  closed = await buildApp({ store, readOpen: false, webDir: null, loginMax: 5 });
});

after(async () => {
  await open.close();
  await closed.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const json = (r: LightMyRequestResponse) => JSON.parse(r.body);

async function get(url: string, app = open) {
  return app.inject({ method: "GET", url });
}

async function expect400(url: string, param: string) {
  const r = await get(url);
  assert.equal(r.statusCode, 400, `${url} -> ${r.statusCode} ${r.body}`);
  assert.match(json(r).error, new RegExp(`'${param.replace(/[[\].]/g, "\\$&")}'`), `${url}: ${r.body}`);
}

/** Signs in and returns the headers a browser would send on writes (cookie + CSRF token). */
async function signIn(username: string, password: string, app = open) {
  const r = await app.inject({ method: "POST", url: "/api/login", payload: { username, password } });
  assert.equal(r.statusCode, 200, r.body);
  const cookies = ([] as string[]).concat(r.headers["set-cookie"] as string | string[]);
  assert.ok(cookies.some((c) => /chronicle_session=.*HttpOnly.*SameSite=Strict/.test(c)));
  const cookie = cookies.map((c) => c.split(";")[0]).join("; ");
  return { cookie, "x-csrf-token": json(r).csrf as string };
}

describe("GET /api/events", () => {
  test("lists events with total, limit and offset", async () => {
    const r = await get("/api/events");
    assert.equal(r.statusCode, 200);
    const body = json(r);
    assert.equal(body.total, 3);
    assert.equal(body.limit, 100);
    assert.equal(body.offset, 0);
    assert.deepEqual(
      body.events.map((e: { event_date: string }) => e.event_date),
      ["2024-03-19", "2024-03-16", "2024-02-02"],
    );
  });

  test("filters", async () => {
    const ids = async (q: string) =>
      json(await get(`/api/events?${q}`)).events.map((e: { event_id_cnty: string }) => e.event_id_cnty);
    assert.deepEqual(await ids("country=Niger"), ["NER1"]);
    assert.deepEqual(await ids("country=MLI&sort=event_date"), ["MLI1", "MLI2"]);
    assert.deepEqual(await ids("admin1=Mopti"), ["MLI2"]);
    assert.deepEqual(await ids("event_type=Protests"), ["MLI1"]);
    assert.deepEqual(await ids("sub_event_type=Arrests"), ["NER1"]);
    assert.deepEqual(await ids(`actor=${encodeURIComponent("Civilians (Mali)")}`), ["MLI2"]);
    assert.deepEqual(await ids("start_date=2024-03-01&end_date=2024-03-17"), ["MLI1"]);
    assert.deepEqual(await ids("min_fatalities=1"), ["MLI2"]);
    assert.deepEqual(await ids("q=tear%20gas"), ["MLI1"]);
    assert.deepEqual(await ids("bbox=-9,12,-7,13"), ["MLI1"]);
    assert.deepEqual(await ids("sort=fatalities&limit=1&offset=2"), ["MLI2"]);
    assert.deepEqual(await ids("reviewed=true"), []);
  });

  test("bad parameters are answered 400 naming the parameter", async () => {
    await expect400("/api/events?start_date=2024-13-01", "start_date");
    await expect400("/api/events?start_date=yesterday", "start_date");
    await expect400("/api/events?end_date=2024-02-30", "end_date");
    await expect400("/api/events?start_date=2024-03-02&end_date=2024-03-01", "end_date");
    await expect400("/api/events?min_fatalities=-1", "min_fatalities");
    await expect400("/api/events?min_fatalities=two", "min_fatalities");
    await expect400("/api/events?bbox=1,2,3", "bbox");
    await expect400("/api/events?bbox=10,0,0,5", "bbox");
    await expect400("/api/events?bbox=-200,0,0,5", "bbox");
    await expect400("/api/events?limit=1001", "limit");
    await expect400("/api/events?limit=0", "limit");
    await expect400("/api/events?offset=-5", "offset");
    await expect400("/api/events?sort=notes", "sort");
    await expect400("/api/events?reviewed=maybe", "reviewed");
    await expect400("/api/events?status=pending", "status");
    await expect400("/api/events?country=", "country");
    await expect400("/api/events?country=Mali&country=Niger", "country");
    await expect400(`/api/events?q=${"x".repeat(300)}`, "q");
    await expect400("/api/events?colour=red", "colour");
    await expect400("/api/events?format=xml", "format");
  });
});

describe("exports", () => {
  test("CSV has ACLED's columns first, in ACLED's order", async () => {
    for (const url of ["/api/events.csv", "/api/events?format=csv"]) {
      const r = await get(url);
      assert.equal(r.statusCode, 200);
      assert.match(String(r.headers["content-type"]), /text\/csv/);
      assert.match(
        String(r.headers["content-disposition"]),
        /attachment; filename="chronicle-events-.*\.csv"/,
      );
      const [header, ...rows] = r.body.trim().split("\n");
      assert.deepEqual(header.split(",").slice(0, ACLED_COLUMNS.length), [...ACLED_COLUMNS]);
      assert.equal(rows.length, 3);
    }
    const filtered = await get("/api/events.csv?event_type=Protests");
    assert.equal(filtered.body.trim().split("\n").length, 2);
    assert.match(filtered.body, /MLI1,2024-03-16,2024,1,Demonstrations,Protests/);
    await expect400("/api/events.csv?end_date=tomorrow", "end_date");
    await expect400("/api/events.csv?format=geojson", "format");
  });

  test("GeoJSON is a FeatureCollection of points", async () => {
    const r = await get("/api/events.geojson?country=Mali");
    assert.equal(r.statusCode, 200);
    const fc = json(r);
    assert.equal(fc.type, "FeatureCollection");
    assert.equal(fc.features.length, 2);
    const f = fc.features.find((x: { id: string }) => x.id === "MLI1");
    assert.deepEqual(f.geometry, { type: "Point", coordinates: [-8.0029, 12.6392] });
    assert.equal(f.properties.event_type, "Protests");
    const empty = json(await get("/api/events.geojson?country=Chad"));
    assert.deepEqual(empty, { type: "FeatureCollection", features: [] });
  });
});

describe("aggregates and single records", () => {
  test("GET /api/points gives compact map points", async () => {
    const body = json(await get("/api/points"));
    assert.equal(body.total, 3);
    assert.equal(body.truncated, false);
    const mli2 = body.points.find((p: unknown[]) => p[0] === "MLI2");
    assert.deepEqual(mli2, ["MLI2", -3.6567, 14.2817, body.types.indexOf("Violence against civilians"), 7]);
    assert.equal(json(await get("/api/points?limit=1")).truncated, true);
    await expect400("/api/points?limit=100001", "limit");
    await expect400("/api/points?sort=fatalities", "sort");
  });

  test("GET /api/counts by week and month", async () => {
    const week = json(await get("/api/counts"));
    assert.equal(week.by, "week");
    assert.equal(week.group, "event_type");
    assert.deepEqual(week.rows[0], {
      period: "2024-01-29",
      key: "Strategic developments",
      count: 1,
      fatalities: 0,
    });
    const month = json(await get("/api/counts?by=month&group=country"));
    assert.deepEqual(
      month.rows.map((r: { period: string; key: string; count: number }) => [r.period, r.key, r.count]),
      [
        ["2024-02", "Niger", 1],
        ["2024-03", "Mali", 2],
      ],
    );
    await expect400("/api/counts?by=day", "by");
    await expect400("/api/counts?group=colour", "group");
    await expect400("/api/counts?start_date=2024-1-1", "start_date");
  });

  test("GET /api/facets", async () => {
    const body = json(await get("/api/facets?fields=country,event_type&size=5"));
    assert.deepEqual(Object.keys(body.facets).sort(), ["country", "event_type"]);
    assert.deepEqual(body.facets.country[0], { value: "Mali", count: 2 });
    const dflt = json(await get("/api/facets?country=Niger"));
    assert.deepEqual(dflt.facets.event_type, [{ value: "Strategic developments", count: 1 }]);
    await expect400("/api/facets?fields=country,colour", "fields");
    await expect400("/api/facets?size=0", "size");
  });

  test("GET /api/events/:id has reports, articles with text, evidence and audit", async () => {
    const r = await get("/api/events/MLI1");
    assert.equal(r.statusCode, 200);
    const body = json(r);
    assert.equal(body.event.event_id_cnty, "MLI1");
    assert.equal(body.reports.length, 1);
    const rep = body.reports[0];
    assert.match(rep.article.text, /Several thousand people marched/);
    const trigger = rep.evidence.find((e: { field: string }) => e.field === "trigger");
    assert.equal(rep.article.text.slice(trigger.start, trigger.end), "marched");
    assert.ok(body.evidence.length >= 5);
    assert.deepEqual(body.audit, []);
    assert.equal((await get("/api/events/mli1")).statusCode, 200);
    assert.equal((await get("/api/events/MLI999")).statusCode, 404);
    await expect400("/api/events/not-an-id!", "id");
  });

  test("GET /api/articles/:id", async () => {
    const detail = json(await get("/api/events/NER1"));
    const id = detail.reports[0].article_db_id;
    const r = await get(`/api/articles/${id}`);
    assert.equal(r.statusCode, 200);
    assert.match(json(r).article.text, /arrested three journalists/);
    assert.equal((await get("/api/articles/9999")).statusCode, 404);
    await expect400("/api/articles/abc", "id");
  });

  test("stats, me, unknown endpoints", async () => {
    assert.equal(json(await get("/api/stats")).events, 3);
    assert.deepEqual(json(await get("/api/me")), { user: null, via: null, readOpen: true });
    const r = await get("/api/nothing");
    assert.equal(r.statusCode, 404);
    assert.match(json(r).error, /no API endpoint/);
  });
});

describe("documentation and security headers", () => {
  test("OpenAPI JSON and HTML docs", async () => {
    const spec = json(await get("/api/openapi.json"));
    assert.equal(spec.openapi, "3.1.0");
    for (const p of [
      "/api/events",
      "/api/events/{id}",
      "/api/events/{id}/review",
      "/api/counts",
      "/api/facets",
    ]) {
      assert.ok(spec.paths[p], p);
    }
    const html = await get("/api/docs");
    assert.match(String(html.headers["content-type"]), /text\/html/);
    assert.match(html.body, /\/api\/events\/\{id\}\/review/);
    assert.doesNotMatch(html.body, /<script/);
  });

  test("every answer carries a CSP", async () => {
    const r = await get("/api/events");
    assert.match(String(r.headers["content-security-policy"]), /default-src 'self'/);
    assert.equal(r.headers["x-content-type-options"], "nosniff");
  });
});

describe("sign-in, roles, CSRF and review", () => {
  test("closed reading needs a signed-in user or a token", async () => {
    const r = await get("/api/events", closed);
    assert.equal(r.statusCode, 401);
    assert.equal((await get("/api/events.csv", closed)).statusCode, 401);
    const h = await signIn("viewer1", "viewer-password", closed);
    const ok = await closed.inject({ method: "GET", url: "/api/events", headers: { cookie: h.cookie } });
    assert.equal(ok.statusCode, 200);
    const me = json(await closed.inject({ method: "GET", url: "/api/me", headers: { cookie: h.cookie } }));
    assert.deepEqual(me.user, { name: "viewer1", role: "viewer" });
  });

  test("login validation, wrong password, rate limit", async () => {
    let r = await closed.inject({ method: "POST", url: "/api/login", payload: { username: "viewer1" } });
    assert.equal(r.statusCode, 400);
    assert.match(json(r).error, /'password'/);
    r = await closed.inject({ method: "POST", url: "/api/login", payload: { username: "", password: "x" } });
    assert.match(json(r).error, /'username'/);
    const wrong = () =>
      closed.inject({
        method: "POST",
        url: "/api/login",
        payload: { username: "admin1", password: "wrong" },
      });
    r = await wrong();
    assert.equal(r.statusCode, 401);
    assert.match(json(r).error, /wrong user name or password/);
    for (let i = 0; i < 6 && r.statusCode === 401; i++) r = await wrong();
    assert.equal(r.statusCode, 429);
    r = await closed.inject({
      method: "POST",
      url: "/api/login",
      payload: { username: "admin1", password: "admin-password" },
    });
    assert.equal(r.statusCode, 429);
    assert.ok(Number(r.headers["retry-after"]) > 0);
  });

  test("writes need an editor; viewers are refused", async () => {
    const anon = await open.inject({
      method: "POST",
      url: "/api/events/MLI1/review",
      payload: { action: "accept" },
    });
    assert.equal(anon.statusCode, 401);
    const v = await signIn("viewer1", "viewer-password");
    const r = await open.inject({
      method: "POST",
      url: "/api/events/MLI1/review",
      headers: v,
      payload: { action: "accept" },
    });
    assert.equal(r.statusCode, 403);
    assert.match(json(r).error, /editor role required/);
  });

  test("cookie sessions need the CSRF token and a same-origin Origin", async () => {
    const e = await signIn("editor1", "editor-password");
    const noToken = await open.inject({
      method: "POST",
      url: "/api/events/MLI1/review",
      headers: { cookie: e.cookie },
      payload: { action: "accept" },
    });
    assert.equal(noToken.statusCode, 403);
    assert.match(json(noToken).error, /CSRF/);
    const foreign = await open.inject({
      method: "POST",
      url: "/api/events/MLI1/review",
      headers: { ...e, origin: "https://evil.example", host: "localhost:80" },
      payload: { action: "accept" },
    });
    assert.equal(foreign.statusCode, 403);
    assert.match(json(foreign).error, /Origin/);
  });

  test("review body validation names the field", async () => {
    const e = await signIn("editor1", "editor-password");
    const post = (payload: unknown) =>
      open.inject({ method: "POST", url: "/api/events/MLI2/review", headers: e, payload: payload as object });
    const cases: [unknown, string][] = [
      [{ action: "approve" }, "action"],
      [{ action: "correct", reason: "x" }, "changes"],
      [{ action: "correct", reason: "x", changes: { colour: "red" } }, "changes.colour"],
      [{ action: "correct", reason: "x", changes: { fatalities: "many" } }, "changes.fatalities"],
      [{ action: "correct", reason: "x", changes: { fatalities: -2 } }, "changes.fatalities"],
      [{ action: "correct", reason: "x", changes: { event_date: "2024-02-31" } }, "changes.event_date"],
      [{ action: "correct", reason: "x", changes: { event_type: "Parade" } }, "changes.event_type"],
      [{ action: "correct", changes: { fatalities: 3 } }, "reason"],
      [{ action: "reject" }, "reason"],
      [{ action: "accept", changes: { fatalities: 3 } }, "changes"],
      [{ action: "accept", extra: 1 }, "extra"],
      [
        {
          action: "correct",
          reason: "x",
          changes: { fatalities: 3 },
          evidence: [{ field: "fatalities", start: 5, end: 2, text: "" }],
        },
        "evidence[0].end",
      ],
    ];
    for (const [payload, param] of cases) {
      const r = await post(payload);
      assert.equal(r.statusCode, 400, `${JSON.stringify(payload)} -> ${r.body}`);
      assert.ok(json(r).error.includes(`'${param}'`), `${JSON.stringify(payload)}: ${r.body}`);
    }
    const missing = await open.inject({
      method: "POST",
      url: "/api/events/MLI404/review",
      headers: e,
      payload: { action: "accept" },
    });
    assert.equal(missing.statusCode, 404);
  });

  test("an editor corrects fatalities; audit, filters and exports follow", async () => {
    const e = await signIn("editor1", "editor-password");
    const r = await open.inject({
      method: "POST",
      url: "/api/events/MLI2/review",
      headers: e,
      payload: {
        action: "correct",
        changes: { fatalities: "9" },
        evidence: [
          { field: "fatalities", start: 74, end: 102, text: "killing at least 7 civilians", article_id: 2 },
        ],
        reason: "a later report counts 9 dead",
      },
    });
    assert.equal(r.statusCode, 200, r.body);
    const body = json(r);
    assert.equal(body.event.fatalities, 9);
    assert.equal(body.event.review_status, "corrected");
    const entry = body.audit.find((a: { field: string }) => a.field === "fatalities");
    assert.equal(entry.user, "editor1");
    assert.equal(entry.old_value, 7);
    assert.equal(entry.new_value, 9);
    assert.equal(entry.reason, "a later report counts 9 dead");
    const detail = json(await get("/api/events/MLI2"));
    assert.ok(detail.audit.length >= 1);
    const csv = (await get("/api/events.csv?reviewed=true")).body.trim().split("\n");
    assert.equal(csv.length, 2);
    assert.match(csv[1], /^MLI2,.*,9,/);
  });

  test("rejected events leave the default lists; API tokens work as Bearer", async () => {
    const e = await signIn("editor1", "editor-password");
    const t = await open.inject({
      method: "POST",
      url: "/api/tokens",
      headers: e,
      payload: { label: "test" },
    });
    assert.equal(t.statusCode, 200, t.body);
    const token = json(t).token as string;
    const r = await open.inject({
      method: "POST",
      url: "/api/events/NER1/review",
      headers: { authorization: `Bearer ${token}` },
      payload: { action: "reject", reason: "not political violence" },
    });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(json(r).event.review_status, "rejected");
    assert.equal(json(await get("/api/events")).total, 2);
    assert.equal(json(await get("/api/events?status=rejected")).total, 1);
    const bad = await open.inject({
      method: "GET",
      url: "/api/events",
      headers: { authorization: "Bearer nope" },
    });
    assert.equal(bad.statusCode, 401);
    const viaToken = await closed.inject({
      method: "GET",
      url: "/api/events",
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(viaToken.statusCode, 200);
  });

  test("logout ends the session", async () => {
    const e = await signIn("editor1", "editor-password");
    const out = await open.inject({ method: "POST", url: "/api/logout", headers: e });
    assert.equal(out.statusCode, 200);
    const me = json(await open.inject({ method: "GET", url: "/api/me", headers: { cookie: e.cookie } }));
    assert.equal(me.user, null);
  });
});
