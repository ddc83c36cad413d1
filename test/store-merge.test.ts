import assert from "node:assert/strict";
import { test } from "node:test";
import {
  conservativeFatalities,
  decideMerge,
  type MergeSubject,
  normalizeActor,
} from "../src/store/merge.js";

const gao: MergeSubject = {
  event_type: "Battles",
  event_date: "2021-02-10",
  time_precision: 1,
  country: "Mali",
  iso3: "MLI",
  admin1: "Gao",
  location: "Gao",
  latitude: 16.2717,
  longitude: -0.0447,
  geo_precision: 1,
  actor1: "Military Forces of Mali (2013-2020)",
  actor2: "ISGS: Islamic State (Greater Sahara)",
};

test("same event told twice merges, with an explanation", () => {
  const d = decideMerge(
    { ...gao, event_date: "2021-02-11", latitude: 16.29, actor1: "Military Forces of Mali (2021-)" },
    gao,
  );
  assert.ok(d.merge);
  assert.match(d.explanation, /same type, dates 1 day apart, 2\.\d km apart, actors match/);
});

test("actors in the other order or unknown on one side are compatible", () => {
  assert.ok(decideMerge({ ...gao, actor1: gao.actor2, actor2: gao.actor1 }, gao).merge);
  const d = decideMerge({ ...gao, actor2: null }, gao);
  assert.ok(d.merge && /compatible/.test(d.explanation));
  assert.ok(decideMerge({ ...gao, actor1: "Unidentified Armed Group (Mali)" }, gao).merge);
});

test("near misses stay apart", () => {
  assert.equal(decideMerge({ ...gao, event_date: "2021-02-13" }, gao).merge, false);
  assert.equal(decideMerge({ ...gao, event_type: "Riots" }, gao).merge, false);
  assert.equal(decideMerge({ ...gao, latitude: 16.7 }, gao).merge, false);
  assert.equal(
    decideMerge(
      { ...gao, actor1: "Military Forces of Niger (2021-)", actor2: null },
      { ...gao, actor2: null },
    ).merge,
    false,
  );
  assert.equal(decideMerge({ ...gao, location: "Ansongo", latitude: 16.3 }, gao).merge, false);
  assert.equal(decideMerge({ ...gao, country: "Niger", iso3: "NER" }, gao).merge, false);
});

test("coarse dates and region-level places", () => {
  const month = { ...gao, event_date: "2021-02-01", time_precision: 3 };
  assert.ok(decideMerge({ ...gao, event_date: "2021-02-20" }, month).merge);
  const region = { ...gao, geo_precision: 3, location: null, latitude: null, longitude: null };
  assert.ok(decideMerge(region, { ...region, location: null }).merge);
  assert.equal(decideMerge(region, { ...region, admin1: "Kidal" }).merge, false);
});

test("fatalities: lowest non-zero figure; actor names lose regime periods", () => {
  assert.equal(conservativeFatalities([0, 12, 7]), 7);
  assert.equal(conservativeFatalities([0, 0]), 0);
  assert.equal(normalizeActor("Military Forces of Mali (2013-2020)"), "military forces of mali");
  assert.equal(normalizeActor("Police Forces of Mali (2021-)"), "police forces of mali");
});
