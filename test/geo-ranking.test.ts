import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractArticle } from "../src/extract/index.js";
import { FuzzyIndex, oneEditApart } from "../src/geo/fuzzy.js";
import { loadGazetteer } from "../src/geo/index.js";
import { editDistance } from "../src/geo/normalize.js";

const g = loadGazetteer();

describe("gazetteer ranking: exact names first", () => {
  it("an exact name in the hinted country beats a transliteration fold", () => {
    // "Banh" folds to "ban": the villages spelt Banh come before the ones spelt Ban
    const p = g.resolve({ name: "Banh", country: "Burkina Faso" });
    assert.equal(p?.location, "Banh");
    // "Sona" exists twice in Burkina; "Soma" (an edit away) must not win
    assert.equal(g.resolve({ name: "Sona", country: "Burkina Faso" })?.location, "Sona");
  });
  it("exact homonyms are told apart by the admin hint", () => {
    const soum = g.resolve({ name: "Sona", country: "Burkina Faso", admin: ["Soum"] });
    assert.equal(soum?.admin2, "Soum");
    const loroum = g.resolve({ name: "Banh", country: "Burkina Faso", admin: ["Loroum"] });
    assert.equal(loroum?.admin2, "Loroum");
  });
  it("an alternate spelling GeoNames records is an exact match (Seytenga, Solhan)", () => {
    const s = g.resolve({ name: "Seytenga", country: "Burkina Faso" });
    assert.equal(s?.admin1, "Sahel");
    assert.equal(s?.fuzzy, false);
    const solhan = g.resolve({ name: "Solhan", country: "Burkina Faso" });
    assert.equal(solhan?.admin2, "Yagha");
  });
  it("an admin2 that agrees outranks the match tier", () => {
    // exact "Yallé" is in Yatenga; the folded "Yalé" is in the Sissili named by the text
    const p = g.resolve({ name: "Yalle", country: "Burkina Faso", admin: ["Sissili"] });
    assert.equal(p?.admin2, "Sissili");
  });
});

describe("gazetteer ranking: edit distance needs corroboration", () => {
  it("no fuzzy match for a short name with the country alone", () => {
    const p = g.resolve({ name: "Bitou", country: "Mali" });
    assert.ok(p === null || p.fuzzy === false);
  });
  it("never fuzzy into another country than the hinted one", () => {
    const p = g.resolve({ name: "Ouagadugou", country: "Mali" });
    assert.ok(p === null || p.iso3 === "MLI");
  });
  it("a misspelling with its cercle resolves, flagged fuzzy", () => {
    const p = g.resolve({ name: "Zamago", country: "Mali", admin: ["Niono"] });
    assert.equal(p?.fuzzy, true);
    assert.equal(p?.admin2, "Niono");
  });
});

describe("gazetteer ranking: the district named first", () => {
  it("a spelling inside the district named beats the exact name in another district", () => {
    // "Yarsi" is a village of Passore; "Yarsin" one of Kourweogo
    assert.equal(g.resolve({ name: "Yarsi", country: "Burkina Faso" })?.admin2, "Passore");
    const p = g.resolve({ name: "Yarsi", country: "Burkina Faso", admin: ["Kourweogo", "Plateau-Central"] });
    assert.equal(p?.admin2, "Kourweogo");
    assert.equal(p?.fuzzy, true);
  });
  it("a region named as such first is no district hint ('Gao region')", () => {
    const p = g.resolve({
      name: "Yarsi",
      country: "Burkina Faso",
      admin: ["Plateau-Central region", "Kourweogo"],
    });
    assert.equal(p?.fuzzy ?? false, false);
  });
  it("a region named first is no district, though a district shares its name", () => {
    // "Koro, Mopti Region": the town of Koro, not a one-edit name in the Mopti cercle
    const p = g.resolve({ name: "Koro", country: "Mali", admin: ["Mopti region"] });
    assert.equal(p?.location, "Koro");
    assert.equal(p?.fuzzy, false);
  });
});

describe("gazetteer ranking: a region and a small village of its name", () => {
  it("the region wins over a village of its name that is not its seat", () => {
    const p = g.resolve({ name: "Zanzan", country: "Ivory Coast" });
    assert.equal(p?.kind, "admin1");
    assert.equal(p?.geo_precision, 3);
  });
  it("the same in a country covered by towns only; a seat of the same name stays the town", () => {
    const p = g.resolve({ name: "Baringo", country: "Kenya" });
    assert.equal(p?.kind, "admin1");
    assert.equal(g.resolve({ name: "Kidal", country: "Mali" })?.kind, "populated");
  });
  it("a region beats a small namesake town in another region of the country ('Michoacan' is the state, not a town in Chiapas)", () => {
    const p = g.resolve({ name: "Michoacan", country: "Mexico" });
    assert.equal(p?.kind, "admin1");
    assert.equal(p?.admin1, "Michoacan");
  });
});

describe("gazetteer: a misspelt regional capital", () => {
  it("one letter off a region's seat or a town of 20,000, in a country covered by towns only", () => {
    const p = g.resolve({ name: "Kabarnat", country: "Kenya" });
    assert.equal(p?.location, "Kabarnet");
    assert.equal(p?.fuzzy, true);
  });
  it("a name one edit away with another first letter is no rival of a big town", () => {
    // "Kysumu" is one edit from Kisumu and from a "Jisumu": only the first shares its first letter
    assert.equal(g.resolve({ name: "Kysumu", country: "Kenya" })?.location, "Kisumu");
  });
});

describe("gazetteer: a region named by its seat's other name", () => {
  it("'the Timbuktu region' is the Tombouctou region, placed at its seat", () => {
    const p = g.resolve({ name: "Timbuktu region", country: "Mali" });
    assert.equal(p?.kind, "admin1");
    assert.equal(p?.admin1, "Tombouctou");
    assert.equal(g.resolve({ name: "Timbuktu", country: "Mali" })?.kind, "populated");
  });
});

describe("gazetteer: regions of a reform", () => {
  it("a new region is placed at its own seat, under the historic region analysts use", () => {
    const p = g.resolve({ name: "Sirba region", country: "Burkina Faso" });
    assert.equal(p?.admin1, "Est");
    const bogande = g.resolve({ name: "Bogande", country: "Burkina Faso" });
    assert.ok(p && bogande && Math.abs(p.latitude - bogande.latitude) < 0.05);
    assert.ok(p && bogande && Math.abs(p.longitude - bogande.longitude) < 0.05);
  });
});

describe("gazetteer: foreign places in a country's article", () => {
  it("a same-named suburb abroad is not returned", () => {
    assert.equal(g.resolve({ name: "Southall", country: "Kenya" }), null);
    assert.equal(g.resolve({ name: "Delmas", country: "Kenya" }), null);
    // (Haiti's own Delmas, a commune of Port-au-Prince from the bundled local places, not South Africa's)
    assert.equal(g.resolve({ name: "Delmas", country: "Haiti", admin: ["Ouest"] })?.country, "Haiti");
  });
  it("capitals and neighbouring towns are", () => {
    assert.equal(g.resolve({ name: "Paris", country: "Mali" })?.iso3, "FRA");
    assert.equal(g.resolve({ name: "Niamey", country: "Mali" })?.iso3, "NER");
  });
  it("a neighbouring town of note under its English name, not only under the name GeoNames gives first", () => {
    // (GeoNames writes Janīn; the press writes Jenin)
    const p = g.resolve({ name: "Jenin", country: "Israel" });
    assert.equal(p?.iso3, "PSE");
    assert.equal(p?.admin1, "West Bank");
    // (a small namesake abroad under another name still is not)
    assert.equal(g.resolve({ name: "Acton", country: "Kenya" }), null);
  });
});

describe("gazetteer: admin mentions and ACLED admin1 spellings", () => {
  it("finds capitalised admin names in a text, diacritics folded", () => {
    const found = g.adminMentions(
      "Gunmen attacked a convoy near Dinangourou (Koro, Mopti) on Tuesday; the health centre was closed.",
      "Mali",
    );
    assert.ok(found.includes("Koro"));
    assert.ok(found.includes("Mopti"));
    assert.ok(!found.includes("Centre"));
  });
  it("admin1 names follow ACLED (Couffo, Elgeyo-Marakwet)", () => {
    assert.ok(g.admin1Names("Benin").includes("Couffo"));
    assert.ok(g.admin1Names("Kenya").includes("Elgeyo-Marakwet"));
  });
});

describe("fuzzy index", () => {
  const ix = new FuzzyIndex([
    ["kongusi", "1"],
    ["kongosi", [2]],
    ["bamako", "3"],
    ["abcdefghijk", "4"],
  ]);
  it("one-edit search agrees with the edit distance", () => {
    const hits = ix.search("kongussi", 1).map((h) => h.key);
    assert.deepEqual(hits.sort(), ["kongusi"]);
    assert.equal(editDistance("kongussi", "kongosi", 1), 2);
  });
  it("the one-edit test agrees with the edit distance", () => {
    const words = ["", "a", "b", "ab", "ba", "abc", "acb", "abd", "bc", "abcd", "xbcd", "abdc", "é", "aé"];
    for (const a of words)
      for (const b of words)
        if (a !== b) assert.equal(oneEditApart(a, b), editDistance(a, b, 1) <= 1, `${a} / ${b}`);
  });
  it("a key that starts with the first half and ends with the second is found once", () => {
    const one = new FuzzyIndex([["kongoussi", "1"]]);
    assert.deepEqual(
      one.search("kongousi", 1).map((h) => h.key),
      ["kongoussi"],
    );
  });
  it("two-edit search", () => {
    const hits = ix.search("abcxefghiyk", 2);
    assert.equal(hits[0]?.key, "abcdefghijk");
    assert.equal(hits[0]?.distance, 2);
  });
});

describe("gazetteer speed", () => {
  it("misses are cheap (well under a millisecond, warm)", () => {
    const words = ["Abdoulaye Diallo", "Katiba Macina", "Emmanuel Macron", "Volunteers", "Friday"];
    for (const w of words) g.resolve({ name: w, country: "Mali" });
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) for (const w of words) g.resolve({ name: w, country: "Mali" });
    const us = ((performance.now() - t0) * 1000) / (200 * words.length);
    assert.ok(us < 1000, `${us.toFixed(1)} µs per miss`);
  });
});

describe("gazetteer: home regions of peoples and groups", () => {
  const g2 = loadGazetteer();
  it("finds the regions of the peoples and groups a text names, as whole words", () => {
    assert.deepEqual(g2.homelands("Dogon hunters repelled the attack.", "Mali"), ["Mopti"]);
    assert.deepEqual(g2.homelands("Dogonland is far.", "Mali"), []);
    assert.deepEqual(g2.homelands("Dogon hunters repelled the attack.", "Kenya"), []);
  });
  it("a soft hint picks, among same-named villages, the one in those regions", () => {
    const plain = g2.resolve({ name: "Douna", country: "Mali" });
    const hinted = g2.resolve({ name: "Douna", country: "Mali", regions: ["Mopti"] });
    assert.notEqual(plain?.admin1, "Mopti");
    assert.equal(hinted?.admin1, "Mopti");
    // (an admin name the text gives weighs more)
    const given = g2.resolve({ name: "Douna", country: "Mali", regions: ["Mopti"], admin: ["Segou"] });
    assert.equal(given?.admin1, "Segou");
  });
  it("the hint outweighs a village's edge over a camp of that name in the group's home region", () => {
    // Sona: a village in the Sud-Ouest, a camp (S.CMP) in the Soum
    assert.equal(g2.resolve({ name: "Sona", country: "Burkina Faso" })?.admin1, "Sud-Ouest");
    const hinted = g2.resolve({ name: "Sona", country: "Burkina Faso", regions: ["Sahel", "Est"] });
    assert.equal(hinted?.admin1, "Sahel");
    assert.equal(hinted?.admin2, "Soum");
  });
});

describe("homelands.csv", () => {
  it("names only regions the gazetteer holds for each country (or ACLED's parts of them)", async () => {
    const { readCsvTable } = await import("../src/geo/build-rows.js");
    const { gazetteerDir } = await import("../src/geo/paths.js");
    const { join } = await import("node:path");
    const g6 = loadGazetteer();
    for (const r of readCsvTable(join(gazetteerDir(), "homelands.csv"))) {
      const names = g6.admin1Names(r.country).map((n) => n.toLowerCase());
      for (const a of r.admin1.split(";"))
        assert.ok(
          names.some((n) => a.toLowerCase() === n || a.toLowerCase().startsWith(`${n}-`)),
          `${r.cue} ${r.country}: ${a}`,
        );
    }
  });
});

describe("edit distance corroborated by a home region", () => {
  it("'Doreye' in a note about a group of the Gao region is Dorey (Gao), not nothing", () => {
    const g7 = loadGazetteer();
    assert.equal(g7.resolve({ name: "Doreye", country: "Mali" }), null);
    const p = g7.resolve({ name: "Doreye", country: "Mali", regions: ["Gao", "Menaka"] });
    assert.equal(p?.admin1, "Gao");
    assert.equal(p?.fuzzy, true);
  });
});

describe("gazetteer ranking: a town's own name against a city's other names", () => {
  it("a town named so in its own right beats a big city that has the name only from another script", () => {
    // "Mangu" is Bangkok in Chinese transliteration; the Nigerian town has it as its own name
    assert.equal(g.resolve({ name: "Mangu" })?.country, "Nigeria");
    const evs = extractArticle({
      id: "t",
      text: "On Sunday, angry youths in Mangu town blocked the road with burning tyres. Police fired tear gas to disperse them.",
      published: "2024-05-10",
      language: "en",
      country: null,
      source: "Test Wire",
    }).events;
    assert.equal(evs[0]?.location, "Mangu");
    assert.equal(evs[0]?.country, "Nigeria");
  });
  it("a city's name in another language is still the city's (exonyms)", () => {
    assert.equal(g.resolve({ name: "Geneva" })?.location, "Genève");
    assert.equal(g.resolve({ name: "Cologne" })?.location, "Köln");
    assert.equal(g.resolve({ name: "Timbuktu" })?.country, "Mali");
    assert.equal(g.resolve({ name: "Cairo" })?.country, "Egypt");
    assert.equal(g.resolve({ name: "Mecca" })?.country, "Saudi Arabia");
  });
});

describe("gazetteer: region codes of the world towns", () => {
  it("a code the current admin1 table dropped keeps the region it stood for (Ethiopia's SNNP towns)", () => {
    assert.equal(g.resolve({ name: "Hawassa", country: "Ethiopia" })?.admin1, "SNNP");
  });
  it("stale codes give no region rather than another one (Vietnam's codes before its 2025 merger)", () => {
    const hanoi = g.resolve({ name: "Hanoi", country: "Vietnam" });
    assert.equal(hanoi?.kind, "populated");
    assert.notEqual(hanoi?.admin1, "Quang Tri");
    // (no region row is placed at another province's capital)
    const lang = g.candidates({ name: "Lang Son", country: "Vietnam" }, 5);
    assert.ok(lang.every((c) => c.kind !== "admin1" || c.latitude > 20));
  });
  it("a town the list gives no region code takes the region of its neighbours", () => {
    assert.equal(g.resolve({ name: "Abasan al Jadidah", country: "Palestine" })?.admin1, "Gaza Strip");
  });
});

describe("gazetteer: Arabic articles", () => {
  it("a town GeoNames writes with its article is found without it", () => {
    const p = g.resolve({ name: "Atarib", country: "Syria" });
    assert.equal(p?.admin1, "Aleppo");
  });
});

describe("gazetteer: regions and alternate names", () => {
  it("a region named by its own name beats a town one of whose old names it is", () => {
    assert.equal(g.resolve({ name: "Arizona", country: "United States" })?.kind, "admin1");
  });
  it("a regional capital that shares its region's name stays the city", () => {
    assert.equal(g.resolve({ name: "Mogilev", country: "Belarus" })?.kind, "populated");
  });
});
