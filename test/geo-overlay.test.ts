import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { addLocalCsv, importGeonames } from "../src/cli/commands/gazetteer.js";
import { gazetteerStats, loadGazetteer, resetGazetteer } from "../src/geo/index.js";

describe("gazetteer: user overlay", () => {
  const home = mkdtempSync(join(tmpdir(), "chronicle-geo-"));
  const saved = process.env.CHRONICLE_HOME;
  before(() => {
    process.env.CHRONICLE_HOME = home;
    resetGazetteer();
  });
  after(() => {
    if (saved === undefined) delete process.env.CHRONICLE_HOME;
    else process.env.CHRONICLE_HOME = saved;
    resetGazetteer();
    rmSync(home, { recursive: true, force: true });
  });

  it("adds a local CSV; Mali admin2 comes from the cercle polygons", () => {
    const csv = join(home, "my-places.csv");
    writeFileSync(
      csv,
      "name,country,latitude,longitude,admin1,admin2,source\nWuroKelkaade,Mali,14.30,-3.40,,,analyst review\n",
    );
    assert.equal(addLocalCsv(csv).rows, 1);
    const p = loadGazetteer().resolve({ name: "Wuro-Kelkaade", country: "Mali" });
    assert.equal(p?.country, "Mali");
    assert.equal(p?.admin1, "Mopti");
    assert.equal(p?.admin2, "Bandiagara");
  });

  it("rejects a CSV with a bad row in one clear error", () => {
    const csv = join(home, "bad.csv");
    writeFileSync(csv, "name,country,latitude,longitude,admin1,admin2,source\nX,Narnia,1,2,,,me\n");
    assert.throws(() => addLocalCsv(csv), /unknown country "Narnia"/);
  });

  it("imports a GeoNames dump into the overlay", () => {
    const dump = join(home, "XX.txt");
    const row = [
      "99999001",
      "Ngarimbe",
      "Ngarimbe",
      "Ngarimbé",
      "10.5",
      "13.2",
      "P",
      "PPL",
      "NG",
      "",
      "35",
      "",
      "",
      "",
      "0",
      "",
      "300",
      "Africa/Lagos",
      "2024-01-01",
    ];
    writeFileSync(dump, `${row.join("\t")}\n`);
    const r = importGeonames(dump);
    assert.deepEqual(r.countries, ["NG"]);
    const p = loadGazetteer().resolve({ name: "Ngarimbé", country: "Nigeria" });
    assert.equal(p?.location, "Ngarimbe");
    assert.equal(p?.admin1, "Adamawa");
  });

  it("loads fast and small", () => {
    resetGazetteer();
    const s = gazetteerStats();
    assert.ok(s.loadMs < 1500, `load ${s.loadMs} ms`);
    assert.ok(s.rows > 300000);
  });
});
