import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { ACLED_COLUMNS } from "../src/model/event.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "chronicle-cli-"));

function chronicle(args: string[], input?: string) {
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "-e",
      "import('./src/cli/main.ts').then(m=>m.main(process.argv.slice(1))).then(c=>process.exit(c))",
      ...args,
    ],
    { cwd: root, encoding: "utf8", input, timeout: 60_000 },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test("extract prints a table for the example article", () => {
  const r = chronicle(["extract", "examples/bamako-protest.txt", "--published", "2025-03-15"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Protests \/ Protest with intervention/);
  assert.match(r.out, /2025-03-14/);
  assert.match(r.out, /Bamako/);
});

test("jsonl: every field of the record, article_id, evidence and confidence", () => {
  const r = chronicle([
    "extract",
    "examples/burkina-attack.txt",
    "--published",
    "2024-02-12",
    "--format",
    "jsonl",
  ]);
  assert.equal(r.code, 0, r.err);
  const events = r.out
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.ok(events.length >= 2);
  for (const e of events) {
    assert.equal(e.article_id, "examples/burkina-attack.txt");
    assert.ok(Array.isArray(e.evidence) && e.evidence.length > 0);
    assert.equal(typeof e.confidence, "number");
    for (const k of [
      "event_date",
      "event_type",
      "sub_event_type",
      "actor1",
      "country",
      "latitude",
      "fatalities",
      "notes",
    ])
      assert.ok(k in e, k);
  }
});

test("csv has ACLED's columns in ACLED's order; geojson is a FeatureCollection", () => {
  const csv = chronicle(["extract", "examples/batch.jsonl", "--format", "csv"]);
  assert.equal(csv.code, 0, csv.err);
  assert.equal(csv.out.split("\n")[0], ACLED_COLUMNS.join(","));
  const geo = chronicle(["extract", "examples/batch.jsonl", "--format", "geojson"]);
  const fc = JSON.parse(geo.out);
  assert.equal(fc.type, "FeatureCollection");
  assert.ok(fc.features.some((f: { geometry: unknown }) => f.geometry));
});

test("stdin, html input and the economy article without events", () => {
  const r = chronicle(
    ["extract", "-", "--published", "2021-03-08", "--country", "Mali", "--format", "json"],
    "Soldiers clashed with jihadists near Boni on Saturday.",
  );
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(r.out)[0].event_type, "Battles");
  const h = chronicle(["extract", "examples/goundam-kidnapping.html", "--format", "jsonl"]);
  assert.equal(h.code, 0, h.err);
  const e = JSON.parse(h.out.trim().split("\n")[0]);
  assert.equal(e.sub_event_type, "Abduction/forced disappearance");
  assert.equal(e.event_date, "2022-05-16");
});

test("bad input: one line naming the input, non-zero exit, never a stack trace", () => {
  const empty = join(tmp, "empty.txt");
  writeFileSync(empty, "");
  const r1 = chronicle(["extract", empty]);
  assert.equal(r1.code, 1);
  assert.equal(r1.err.trim().split("\n").length, 1);
  assert.match(r1.err, /empty\.txt/);
  assert.doesNotMatch(r1.err, /\n\s+at /);

  const r2 = chronicle(["extract", "examples/bamako-protest.txt", "--published", "2025-02-30"]);
  assert.equal(r2.code, 2);
  assert.match(r2.err, /--published/);

  const bad = join(tmp, "batch.jsonl");
  writeFileSync(
    bad,
    '{"id":"a","text":"Gunmen killed five villagers in Dori on Sunday.","published":"2021-01-04"}\n{not json\n',
  );
  const r3 = chronicle(["extract", bad, "--format", "jsonl"]);
  assert.equal(r3.code, 0);
  assert.match(r3.err, /batch\.jsonl:2/);
  assert.ok(r3.out.includes('"article_id":"a"'));

  const r4 = chronicle(["extract", "examples/bamako-protest.txt", "--format", "xml"]);
  assert.equal(r4.code, 2);
  assert.match(r4.err, /--format/);
});

test("eval scores a gold file of our own", () => {
  const gold = join(tmp, "gold.jsonl");
  writeFileSync(
    gold,
    `${JSON.stringify({
      id: "g1",
      published: "2021-01-04",
      language: "en",
      country: "Burkina Faso",
      text: "Gunmen killed five villagers in Dori on Sunday.",
      events: [
        {
          event_date: "2021-01-03",
          time_precision: 1,
          event_type: "Violence against civilians",
          sub_event_type: "Attack",
          location: "Dori",
          latitude: 14.035,
          longitude: -0.035,
          country: "Burkina Faso",
          fatalities: 5,
        },
      ],
    })}\n`,
  );
  const r = chronicle(["eval", gold]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /f1=1\.000 precision=1\.000 recall=1\.000/);
});
