import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findNumbers, type NumberMention, parseNumberPhrase } from "../src/extract/numbers.js";

function nums(sentence: string, locale: "en" | "fr" = "en"): NumberMention[] {
  return findNumbers(sentence, 0, sentence.length, locale);
}
function one(sentence: string, locale: "en" | "fr" = "en"): NumberMention {
  const found = nums(sentence, locale);
  assert.equal(
    found.length,
    1,
    `one number expected in ${JSON.stringify(sentence)}, got ${JSON.stringify(found)}`,
  );
  return found[0];
}
function value(sentence: string, v: number, locale: "en" | "fr" = "en"): NumberMention {
  const m = one(sentence, locale);
  assert.equal(m.value, v, sentence);
  return m;
}

describe("findNumbers: digits and words", () => {
  it("reads digits with separators", () => {
    value("The ministry counted 1,933 displaced families.", 1933);
    value("About 1’500 people marched on parliament.", 1500);
    value("Officials said 2.5 million people need food aid.", 2500000);
  });
  it("reads number words", () => {
    value("Eight soldiers died in the ambush.", 8);
    value("Twenty-five civilians were wounded.", 25);
    value("One hundred and fifty people fled the village.", 150);
    value("A hundred protesters blocked the road.", 100);
    value("Two hundred thousand people joined the march.", 200000);
    value("Gunmen killed a dozen herders.", 12);
    value("Two dozen houses were burned.", 24);
  });
  it("keeps offsets absolute and the noun after the number", () => {
    const text = "Calm returned. Nine people were killed near the well.";
    const start = text.indexOf("Nine");
    const found = findNumbers(text, start, text.length);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), "Nine");
    assert.equal(found[0].noun, "people");
  });
});

describe("findNumbers: vague wording (spec values)", () => {
  const cases: Array<[string, number, string]> = [
    ["Several villagers were shot dead.", 3, "Several"],
    ["A few shops were looted.", 3, "A few"],
    ["Police arrested dozens of protesters.", 12, "dozens"],
    ["Scores of people were wounded.", 20, "Scores"],
    ["Hundreds of people fled.", 100, "Hundreds"],
    ["Thousands of protesters filled the square.", 1000, "Thousands"],
    ["Tens of thousands demonstrated at Independence Square.", 10000, "Tens of thousands"],
    ["Hundreds of thousands took to the streets.", 100000, "Hundreds of thousands"],
  ];
  for (const [s, v, raw] of cases) {
    it(s, () => {
      const m = value(s, v);
      assert.equal(m.vague, true);
      assert.equal(m.raw, raw);
    });
  }
  it("keeps the wording for crowd_size", () => {
    const m = value("Several hundred thousand people jammed the streets.", 200000);
    assert.equal(m.raw, "Several hundred thousand");
    assert.equal(m.vague, true);
    assert.equal(value("A dozen gunmen opened fire.", 12).vague, false);
  });
});

describe("findNumbers: qualifiers and ranges (lowest credible)", () => {
  const cases: Array<[string, number, string | undefined]> = [
    ["The attack killed at least 95 people.", 95, "at least"],
    ["Up to 40 fighters were killed.", 40, "up to"],
    ["The bombing killed more than a dozen Afghans.", 12, "more than"],
    ["Some 30 gunmen raided the post.", 30, "some"],
    ["Around thirty traders died in the bombardment.", 30, "around"],
    ["An estimated 5,000 people marched.", 5000, "an estimated"],
    ["No fewer than 100 villagers were killed.", 100, "no fewer than"],
    ["Nearly 60 rebels were killed.", 60, "nearly"],
    ["Over eight air raids hit the city.", 8, "over"],
    ["A 100-plus crowd gathered.", 100, undefined],
  ];
  for (const [s, v, q] of cases) {
    it(s, () => {
      const m = value(s, v);
      assert.equal(m.qualifier, q);
    });
  }
  it("ranges give their lowest figure", () => {
    value("Between 15 and 20 civilians were killed.", 15);
    value("The clashes left 15 to 20 dead.", 15);
    value("The clashes left 15-20 dead.", 15);
    value("Two or three soldiers were wounded.", 2);
    value("Two to three thousand people gathered.", 2000);
  });
  it("'from X to Y' is a change, not a range", () => {
    const found = nums("Troop numbers rose from 4,500 to 5,100.");
    assert.deepEqual(
      found.map((m) => m.value),
      [4500, 5100],
    );
  });
  it("'95 and eight' are two counts", () => {
    assert.deepEqual(
      nums("The raid killed 95 villagers and eight soldiers.").map((m) => m.value),
      [95, 8],
    );
  });
});

describe("findNumbers: what is not a count", () => {
  for (const s of [
    "A soldier was killed.",
    "He was the second victim.",
    "The insurgency began in 2012.",
    "Turnout reached 45 percent.",
    "Turnout reached 45%.",
    "A 53-year-old man was lynched.",
    "The shopkeeper, 31, died on the spot.",
    "He extended his 27-year rule.",
    "The town lies 50 kilometres north of the capital.",
    "The clash broke out at 3:40 local time.",
    "The attack happened on June 5.",
    "The attack happened on 5 June.",
    "Troops arrived at 8am.",
    "It is one of the largest cities.",
    "No one was hurt.",
    "The war lasted five decades.",
    "The unrest of the 1990s was recalled.",
    "The fine was $500.",
  ]) {
    it(s, () => assert.deepEqual(nums(s), []));
  }
  it("a year with a qualifier is a count", () => {
    value("Some 2000 people fled.", 2000);
  });
});

describe("findNumbers: French", () => {
  const cases: Array<[string, number, boolean]> = [
    ["Au moins quatre personnes ont été tuées.", 4, false],
    ["Une dizaine de civils ont péri.", 10, true],
    ["Une vingtaine de maisons ont brûlé.", 20, true],
    ["Plusieurs dizaines de manifestants ont été arrêtés.", 20, true],
    ["Des dizaines de blessés ont été évacués.", 12, true],
    ["Une centaine de personnes ont fui.", 100, true],
    ["Des centaines de jeunes ont manifesté.", 100, true],
    ["Plusieurs manifestants ont été blessés.", 3, true],
    ["Huit soldats ont été tués.", 8, false],
    ["Vingt-cinq civils ont été tués.", 25, false],
    ["Quatre-vingts assaillants ont été neutralisés.", 80, false],
    ["Quatre-vingt-dix-sept morts ont été recensés.", 97, false],
    ["Soixante et onze personnes ont été enlevées.", 71, false],
    ["La France a déployé 5 100 soldats.", 5100, false],
    ["La France a déployé 5.100 soldats.", 5100, false],
    ["Plus de deux cents déplacés ont été recensés.", 200, false],
    ["Entre 15 et 20 assaillants ont été tués.", 15, false],
  ];
  for (const [s, v, vague] of cases) {
    it(s, () => {
      const m = value(s, v, "fr");
      assert.equal(m.vague, vague);
    });
  }
  it("a lone 'un' is an article, not a count", () => {
    assert.deepEqual(nums("Un gendarme a été tué.", "fr"), []);
  });
  it("hours and dates are not counts", () => {
    assert.deepEqual(nums("L'attentat s'est produit vers 21 heures.", "fr"), []);
    assert.deepEqual(nums("Le 9 décembre, les avions ont frappé.", "fr"), []);
  });
});

describe("parseNumberPhrase", () => {
  const cases: Array<[string, number | null]> = [
    ["at least 95", 95],
    ["eight", 8],
    ["dozens", 12],
    ["a dozen", 12],
    ["scores", 20],
    ["hundreds", 100],
    ["several", 3],
    ["a few", 3],
    ["some 30", 30],
    ["more than a dozen", 12],
    ["1,933", 1933],
    ["two dozen", 24],
    ["around thirty", 30],
    ["100-plus", 100],
    ["tens of thousands", 10000],
    ["nobody", null],
  ];
  for (const [p, v] of cases) it(p, () => assert.equal(parseNumberPhrase(p), v));
  it("French", () => {
    assert.equal(parseNumberPhrase("5 100", "fr"), 5100);
    assert.equal(parseNumberPhrase("une vingtaine", "fr"), 20);
    assert.equal(parseNumberPhrase("quatre-vingts", "fr"), 80);
  });
});

it("one person named before the counted victims is one more death; an age is no count", async () => {
  const { extractArticle } = await import("../src/extract/index.js");
  const a = extractArticle({
    id: "t",
    text: "On Monday, a roadside bomb struck a government car near Qalat, killing the driver and three passengers.",
    published: "2023-03-14",
    country: "Afghanistan",
  }).events;
  assert.equal(a[0].fatalities, 4);
  const b = extractArticle({
    id: "t",
    text: "On Monday, a 40-year-old man was lynched by a mob in Araria over a suspected theft.",
    published: "2023-03-14",
    country: "India",
  }).events;
  assert.equal(b[0].fatalities, 1);
});

describe("tolls told without a digit or summed over events", () => {
  it("one victim right after the verb is one death; a toll over two attacks is no one event's", async () => {
    const { extractArticle } = await import("../src/extract/index.js");
    const one = extractArticle({
      id: "t",
      text: "On Monday, gunmen killed a herder near Kandi.",
      published: "2023-03-14",
      country: "Benin",
    }).events;
    assert.equal(one[0].fatalities, 1);
    const total = extractArticle({
      id: "t",
      text: "On Monday, gunmen killed a dozen herders near Kandi.",
      published: "2023-03-14",
      country: "Benin",
    }).events;
    assert.equal(total[0].fatalities, 12);
    const fr = extractArticle({
      id: "t",
      text: "Le 3 mai, l'armée a neutralisé un terroriste près de Boni.",
      published: "2023-05-10",
      country: "Mali",
    }).events;
    assert.equal(fr[0].fatalities, 1);
    const two = extractArticle({
      id: "t",
      text: "Nine people were killed in two attacks in northern Burkina Faso on Saturday. Six people were killed by armed men at Pissila. Three people were shot dead in the village of Kelbo.",
      published: "2023-03-14",
    }).events;
    assert.deepEqual(two.map((e) => e.fatalities).sort(), [3, 6]);
  });
});

describe("victims told one by one", () => {
  it("counts 'the driver', 'him' and 'a woman and her son' as people", async () => {
    const { extractArticle } = await import("../src/extract/index.js");
    const toll = (text: string) =>
      extractArticle({ id: "t", text, published: "2023-03-14", country: "Burkina Faso" }).events[0]
        ?.fatalities;
    assert.equal(toll("On Monday, gunmen opened fire on a minibus near Dori and killed the driver."), 1);
    assert.equal(
      toll("On Monday, gunmen broke into the house of a trader in Dori, robbing and killing him."),
      1,
    );
    assert.equal(
      toll("On Monday, a woman and her son were killed when their cart struck an IED near Dori."),
      2,
    );
    assert.equal(toll("On Monday, gunmen killed the villagers who resisted near Dori."), 0);
    assert.equal(toll("On Monday, a mob beat a suspected thief to death in Dori."), 1);
    // deaths a crowd protests about are not the protest's; goods seized after a killing are no deaths
    assert.equal(
      toll("On Monday, women in Dori staged a protest in response to the killing of three young men."),
      0,
    );
    assert.equal(toll("On Monday, a herder was killed and hundreds of heads of cattle seized near Dori."), 1);
  });
});

it("'half a dozen' is six, 'une demi-douzaine' too", () => {
  assert.equal(findNumbers("half a dozen villagers", 0, 22, "en")[0]?.value, 6);
  assert.equal(findNumbers("une demi-douzaine de villageois", 0, 31, "fr")[0]?.value, 6);
});

describe("tolls in a sentence", () => {
  it("an aside 'including three soldiers' does not cut the count before it from its verb; a toll 'rose to' is its count", async () => {
    const { extractArticle } = await import("../src/extract/index.js");
    const art = (text: string) =>
      extractArticle({
        id: "t",
        text,
        published: "2024-05-10",
        language: "en",
        country: "Burkina Faso",
        source: "x",
      }).events;
    assert.equal(
      art(
        "At least 12 people, including three soldiers, were killed in an attack on a market in Djibo on Monday.",
      )[0]?.fatalities,
      12,
    );
    assert.equal(
      art("The death toll from Monday's attack on the village of Solenzo rose to 40 on Wednesday.")[0]
        ?.fatalities,
      40,
    );
  });

  it("ages are no counts: 'aged 17 and 22' is an aside of the count before it", async () => {
    const { extractArticle } = await import("../src/extract/index.js");
    const toll = (text: string) =>
      extractArticle({ id: "t", text, published: "2024-05-10", language: "en", country: "Mali", source: "x" })
        .events[0]?.fatalities;
    assert.deepEqual(
      nums("The two victims, aged 17 and 22, were killed.").map((n) => n.value),
      [2],
    );
    assert.deepEqual(
      nums("Three girls aged 12, 14 and 15 were abducted.").map((n) => n.value),
      [3],
    );
    assert.deepEqual(
      nums("Les deux victimes, âgées de 17 et 22 ans, ont été tuées.", "fr").map((n) => n.value),
      [2],
    );
    assert.equal(
      toll(
        "The two victims, aged 17 and 22, were shot dead in Kati on Monday when soldiers opened fire on a march.",
      ),
      2,
    );
  });
});
