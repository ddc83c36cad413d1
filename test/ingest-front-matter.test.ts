import assert from "node:assert/strict";
import { test } from "node:test";
import { readFrontMatter } from "../src/ingest/front-matter.js";

test("front matter gives the article's metadata and the text after it", () => {
  const r = readFrontMatter(
    "---\npublished: 2025-03-15\nsource: Example Wire\ncountry: Mali\nauthor: X\n---\nTroops clashed with gunmen.",
  );
  assert.equal(r.body, "Troops clashed with gunmen.");
  assert.deepEqual(r.meta, { published: "2025-03-15", source: "Example Wire", country: "Mali" });
});

test("no front matter: the text is untouched; a bad date is an error, not a guess", () => {
  assert.deepEqual(readFrontMatter("Plain text --- with dashes"), {
    meta: {},
    body: "Plain text --- with dashes",
  });
  assert.match(readFrontMatter("---\npublished: 2025-02-30\n---\nText").error ?? "", /not a valid date/);
});
