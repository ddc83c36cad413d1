import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { readJsonl } from "../src/eval/jsonl.js";
import {
  evaluate,
  type GoldArticle,
  norm,
  placeFits,
  pyRound3,
  type Row,
  summaryLine,
} from "../src/eval/score.js";

const shared = fileURLToPath(new URL("../../shared/", import.meta.url));
const scorer = join(shared, "eval/score.py");

test("norm drops diacritics and place words like the reference", () => {
  assert.equal(norm("Ségou Region"), "segou");
  assert.equal(norm("Kogoni-Peuhl"), "kogoni peuhl");
  assert.equal(norm(null), "");
});

test("place fits by distance, by name, or by country when gold has no place", () => {
  const g: Row = { location: "Bamako", latitude: 12.64, longitude: -8.0 };
  assert.ok(placeFits(g, { location: "Kati", latitude: 12.74, longitude: -8.07 }));
  assert.ok(!placeFits(g, { location: "Mopti", latitude: 14.5, longitude: -4.2 }));
  assert.ok(placeFits({ location: null, country: "Mali" }, { country: "Mali" }));
  assert.ok(!placeFits({ location: null, country: "Mali" }, { country: "Niger" }));
});

test("python rounding: ties go to even", () => {
  assert.equal(pyRound3(0.0625), 0.062);
  assert.equal(pyRound3(0.1875), 0.188);
  assert.equal(pyRound3(2 / 3), 0.667);
});

// Predictions made by perturbing gold events: wrong types, shifted dates, moved places, extra events.
function perturbed(gold: GoldArticle[]): Row[] {
  const preds: Row[] = [];
  let k = 0;
  for (const a of gold)
    for (const e of a.events ?? []) {
      k++;
      const p: Row = { ...e, article_id: a.id };
      if (k % 5 === 1) p.event_type = "Riots";
      if (k % 7 === 2 && typeof p.event_date === "string") p.event_date = "2001-01-01";
      if (k % 6 === 3 && typeof p.latitude === "number") p.latitude = (p.latitude as number) + 0.5;
      if (k % 4 === 0) p.fatalities = Number(p.fatalities ?? 0) + 1;
      if (k % 9 === 0) preds.push({ ...p, sub_event_type: "Other" });
      preds.push(p);
    }
  return preds;
}

test("same figures as the reference scorer on the dev gold", {
  skip: !existsSync(scorer) && "../shared absent",
}, () => {
  const dir = mkdtempSync(join(tmpdir(), "chronicle-score-"));
  for (const f of ["articles-en.jsonl", "seed-mali-2020-06-22.jsonl", "acled-notes.jsonl"]) {
    const goldPath = join(shared, "corpus/dev", f);
    const gold = readJsonl<GoldArticle>(goldPath).rows;
    const preds = perturbed(gold);
    const predPath = join(dir, `${f}.pred.jsonl`);
    writeFileSync(predPath, preds.map((p) => JSON.stringify(p)).join("\n"));
    const py = execFileSync("python3", [scorer, goldPath, predPath], { encoding: "utf8" }).trim().split("\n");
    const ours = evaluate(gold, preds);
    assert.equal(summaryLine(ours), py[py.length - 1], f);
    const pyJson = JSON.parse(
      execFileSync("python3", [scorer, goldPath, predPath, "--json"], { encoding: "utf8" }).split("\nf1=")[0],
    );
    assert.deepEqual(ours.fields, pyJson.fields, `${f} fields`);
    assert.deepEqual(ours.geo, pyJson.geo, `${f} geo`);
    assert.equal(ours.typed.matched, pyJson.typed.matched);
  }
});
