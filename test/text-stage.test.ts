import assert from "node:assert/strict";
import { test } from "node:test";
import { makeDoc } from "../src/text/document.js";
import { detectLanguage } from "../src/text/language.js";
import { PhraseMatcher } from "../src/text/phrase-matcher.js";
import { paragraphs, splitSentences } from "../src/text/sentences.js";
import { tokenize } from "../src/text/tokens.js";

test("sentences: abbreviations and initials do not end a sentence", () => {
  const text = "Gen. Traore met Mr. J. Diallo in Gao on Monday. The talks failed.";
  const s = splitSentences(text).map((x) => text.slice(x.start, x.end));
  assert.deepEqual(s, ["Gen. Traore met Mr. J. Diallo in Gao on Monday.", "The talks failed."]);
});

test("sentences: ranks written short ('Brig. Gen.', 'Supt.') do not end a sentence", () => {
  const text =
    "Police District director Brig. Gen. Ramon Castillo said 17 were held. Supt. Ana Reyes confirmed it.";
  const s = splitSentences(text).map((x) => text.slice(x.start, x.end));
  assert.deepEqual(s, [
    "Police District director Brig. Gen. Ramon Castillo said 17 were held.",
    "Supt. Ana Reyes confirmed it.",
  ]);
});

test("paragraph repair joins a sentence broken by a blank line", () => {
  const text =
    "Police fired tear gas at the crowd, which\n\nresponded with stones.\n\nA new paragraph starts here.";
  assert.equal(paragraphs(text).length, 2);
  const s = splitSentences(text);
  assert.equal(s.length, 2);
  assert.ok(text.slice(s[0].start, s[0].end).endsWith("responded with stones."));
});

test("hard-wrapped lines are one sentence", () => {
  const text = "Rebels said on Sunday\nthey seized the town after\ngovernment forces left.";
  assert.equal(splitSentences(text).length, 1);
});

test("tokens keep offsets into the original text", () => {
  const text = "Gunmen killed 1,933 people in Kogoni-Peulh, the army's spokesman said.";
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
  const words = tokenize(text).map((t) => t.text);
  assert.ok(words.includes("1,933"));
  assert.ok(words.includes("Kogoni-Peulh"));
  assert.equal(words.at(-1), ".");
});

test("documents share one text: every sentence and token points into it", () => {
  const text = "Protesters marched in Niamey.\n\nPolice dispersed them with tear gas.";
  const doc = makeDoc(text);
  assert.equal(doc.sentences.length, 2);
  for (const s of doc.sentences) {
    assert.equal(text.slice(s.start, s.end), s.text);
    for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  }
});

test("phrase matcher: longest match, prefixes, folded diacritics", () => {
  const m = new PhraseMatcher<string>()
    .add("tear gas", "intervene")
    .add("kill*", "kill")
    .add("tear", "x")
    .add("émeute", "riot");
  const toks = tokenize("Police used Tear Gas; two were killed in the emeute.");
  const found = m.matchLongest(toks).map((h) => h.value);
  assert.deepEqual(found, ["intervene", "kill", "riot"]);
});

test("phrase matcher: '_' stands for any one word", () => {
  const m = new PhraseMatcher<string>().add("set _ ablaze", "destroy").add("set _ _ ablaze", "destroy");
  const hits = (text: string) => m.matchLongest(tokenize(text)).map((h) => h.value);
  assert.deepEqual(hits("They set it ablaze."), ["destroy"]);
  assert.deepEqual(hits("They set two trucks ablaze."), ["destroy"]);
  assert.deepEqual(hits("They set up a camp."), []);
});

test("phrase matcher: matchers past the first and second words of the start filter match alike", () => {
  const toks = tokenize("Protesters torched a police station before the army moved in.");
  // seventy matchers: some in the filter's first word of bits, some in its second, some left out
  const ms = Array.from({ length: 70 }, (_, k) =>
    new PhraseMatcher<number>().add(k % 2 ? "torch* a police" : "army moved", k).add("_ station", k),
  );
  for (const [k, m] of ms.entries())
    assert.deepEqual(
      m.matchAll(toks).map((h) => `${h.value}@${h.first}-${h.last}`),
      k % 2 ? [`${k}@1-3`, `${k}@3-4`] : [`${k}@3-4`, `${k}@7-8`],
      `matcher ${k}`,
    );
});

test("phrase matcher: the start filter finds what a walk from every token finds", () => {
  const toks = tokenize("They set two trucks ablaze in the same area, killing five; later, gunmen returned.");
  const a = new PhraseMatcher<string>().add("in the same area", "same").add("kill*", "kill");
  const before = a.matchAll(toks).map((h) => `${h.value}@${h.first}`);
  // a matcher made, and a phrase added, after the tokens were first matched
  const b = new PhraseMatcher<string>().add("later", "sequel").add("_ ablaze", "any");
  a.add("gunmen returned", "back");
  assert.deepEqual(before, ["same@5", "kill@10"]);
  assert.deepEqual(
    a.matchAll(toks).map((h) => `${h.value}@${h.first}`),
    ["same@5", "kill@10", "back@15"],
  );
  assert.deepEqual(
    b.matchAll(toks).map((h) => `${h.value}@${h.first}`),
    ["any@3", "sequel@13"],
  );
  // matchesWithin: some phrase wholly inside tokens[first..last], as matchAll of the slice says
  for (const m of [a, b])
    for (let first = 0; first < toks.length; first++)
      for (let last = first; last < toks.length; last++)
        assert.equal(
          m.matchesWithin(toks, first, last),
          m.matchAll(toks.slice(first, last + 1)).length > 0,
          `${first}..${last}`,
        );
});

test("language detection: English, French, unsupported", () => {
  assert.equal(
    detectLanguage("Gunmen killed twelve villagers in an attack on Sunday, officials said."),
    "en",
  );
  assert.equal(
    detectLanguage(
      "Des hommes armés ont tué douze villageois dans une attaque dimanche, selon les autorités locales.",
    ),
    "fr",
  );
  assert.notEqual(
    detectLanguage(
      "Bewaffnete haben am Sonntag bei einem Angriff auf ein Dorf zwölf Menschen getötet, sagten die Behörden.",
    ),
    "en",
  );
});

test("sentences: a dotted acronym names what follows ('U.S. Africa Command said')", () => {
  const text = "The strike targeted fighters near Jilib, U.S. Africa Command said. Nobody was hurt.";
  const s = splitSentences(text).map((x) => text.slice(x.start, x.end));
  assert.deepEqual(s, [
    "The strike targeted fighters near Jilib, U.S. Africa Command said.",
    "Nobody was hurt.",
  ]);
});

test("a short heading line with no closing punctuation ends before the sentence under it; wrapped lines stay one sentence", () => {
  const text =
    "Field notes\n\nAttack on a market near Tawila, June 3\nOn June 3, gunmen opened fire on traders at the market. Nine people were killed.";
  const s = splitSentences(text).map((x) => text.slice(x.start, x.end));
  assert.deepEqual(s.slice(1), [
    "Attack on a market near Tawila, June 3",
    "On June 3, gunmen opened fire on traders at the market.",
    "Nine people were killed.",
  ]);
  const wrapped =
    "Gunmen opened fire on traders at the weekly market near Tawila on\nTuesday morning, killing nine people and wounding at least twenty\nothers, residents said.";
  assert.equal(splitSentences(wrapped).length, 1);
});

test("the items of a bulleted list are sentences of their own", () => {
  const text =
    "KEY POINTS\n- Fighting continues around the airport.\n- Attacks on villages displace 3,000 people.\n• Roads into the town remain closed.";
  const spans = splitSentences(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, [
    "KEY POINTS",
    "- Fighting continues around the airport.",
    "- Attacks on villages displace 3,000 people.",
    "• Roads into the town remain closed.",
  ]);
});

test("phrase matcher: a phrase ending on an elided word ('menace d'') matches the elision as the text writes it", () => {
  const m = new PhraseMatcher<string>().add("menace d'", "threat").add("une centaine d'", "crowd");
  const hits = (text: string) => m.matchAll(tokenize(text)).map((h) => h.value);
  assert.deepEqual(hits("Le groupe menace d'attaquer la ville."), ["threat"]);
  assert.deepEqual(hits("Une centaine d'agriculteurs ont manifesté."), ["crowd"]);
});
