import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { parseMetaDate, parsePublishedStrict } from "../src/ingest/dates.js";
import { type ReadItem, readInputs } from "../src/ingest/index.js";
import { normalizeText } from "../src/ingest/normalize.js";

async function collect(inputs: string[], opts = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const it of readInputs(inputs, opts)) out.push(it);
  return out;
}

const dir = mkdtempSync(join(tmpdir(), "chronicle-readers-"));
const page = `<!DOCTYPE html><html lang="en"><head><title>Wire | Clashes</title>
<meta property="og:site_name" content="Sahel Wire"><meta property="og:title" content="Clashes near Gao">
<meta property="article:published_time" content="2021-04-11T08:30:00+00:00"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Clashes near Gao</h1>
<p>Soldiers and militants exchanged fire outside the town of Ansongo on Saturday, leaving four soldiers dead, the army said in a statement.</p>
<p>The fighting lasted several hours before the attackers withdrew toward the border with Niger, according to residents reached by phone.</p>
</article><footer>All rights reserved</footer></body></html>`;
writeFileSync(join(dir, "page.html"), page);
writeFileSync(join(dir, "note.txt"), "Hundreds  marched\u200b in Niamey.\r\n\r\n\r\nPolice dispersed them.");
writeFileSync(join(dir, "empty.txt"), "");
writeFileSync(join(dir, "bin.txt"), Buffer.from([1, 2, 0, 3, 4]));
writeFileSync(join(dir, "big.txt"), "x".repeat(2000));
writeFileSync(join(dir, "broken.html"), "<html><body><div><span></span></div></body></html>");
writeFileSync(join(dir, "notxml.xml"), "plain words, < not a feed");
writeFileSync(
  join(dir, "feed.xml"),
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed Daily</title>
<item><title>A</title><link>https://example.org/a</link><pubDate>Tue, 02 Mar 2021 06:00:00 GMT</pubDate>
<description>&lt;p&gt;Gunmen abducted three traders near Kaduna.&lt;/p&gt;</description></item></channel></rss>`,
);
mkdirSync(join(dir, "batch"));
writeFileSync(
  join(dir, "batch", "b.jsonl"),
  [
    JSON.stringify({
      id: "x1",
      text: "A bomb exploded in a market in Maiduguri.",
      published: "2020-01-05",
      events: [],
    }),
    "{not json",
    JSON.stringify({ id: "x3", text: "Farmers protested in Kano.", published: "2020-02-31" }),
    JSON.stringify({ id: "x4", html: "<p>Students rallied in Accra.</p>", title: "Rally" }),
  ].join("\n"),
);

test("normalizeText cleans spaces, zero-width chars and paragraphs", () => {
  assert.equal(normalizeText("a\u00a0 b\u200b\r\n\r\n\r\n  c  "), "a b\n\nc");
  assert.equal(normalizeText("e\u0301"), "\u00e9");
});

test("published dates are validated strictly", () => {
  assert.equal(parsePublishedStrict("2020-06-22"), "2020-06-22");
  assert.equal(parsePublishedStrict("2020-06-22T23:10:00+02:00"), "2020-06-22");
  assert.equal(parsePublishedStrict("2021-02-29"), null);
  assert.equal(parsePublishedStrict("22/06/2020"), null);
  assert.equal(parseMetaDate("Mon, 22 Jun 2020 10:00:00 GMT"), "2020-06-22");
  assert.equal(parseMetaDate("June 5, 2019"), "2019-06-05");
});

test("text and html files become articles with metadata", async () => {
  const [txt, html] = await collect([join(dir, "note.txt"), join(dir, "page.html")]);
  assert.ok(txt.ok && html.ok);
  assert.equal(txt.article.text, "Hundreds marched in Niamey.\n\nPolice dispersed them.");
  assert.equal(txt.article.id, join(dir, "note.txt"));
  assert.equal(html.article.title, "Clashes near Gao");
  assert.equal(html.article.published, "2021-04-11");
  assert.equal(html.article.source, "Sahel Wire");
  assert.equal(html.article.language, "en");
  assert.match(html.article.text, /^Soldiers and militants.*statement\.\n\nThe fighting/s);
  assert.doesNotMatch(html.article.text, /All rights reserved|Home/);
});

test("options apply to single inputs", async () => {
  const [it] = await collect([join(dir, "note.txt")], {
    published: "2020-06-22",
    source: "Radio",
    country: "Niger",
  });
  assert.ok(it.ok);
  assert.equal(it.article.published, "2020-06-22");
  assert.equal(it.article.source, "Radio");
  assert.equal(it.article.country, "Niger");
  const bad = await collect([join(dir, "note.txt")], { published: "2020-13-01" });
  assert.equal(bad.length, 1);
  assert.equal(bad[0].ok, false);
});

test("bad inputs give one-line errors and the rest continues", async () => {
  const items = await collect(
    [
      join(dir, "empty.txt"),
      join(dir, "bin.txt"),
      join(dir, "big.txt"),
      join(dir, "broken.html"),
      join(dir, "notxml.xml"),
      join(dir, "missing.txt"),
      "http://127.0.0.1:9/nothing",
      join(dir, "note.txt"),
    ],
    { maxBytes: 1000, fetchTimeoutMs: 2000 },
  );
  assert.equal(items.length, 8);
  const errors = items.filter((i) => !i.ok).map((i) => (i.ok ? "" : i.error));
  assert.equal(errors.length, 7);
  assert.match(errors[0], /empty/);
  assert.match(errors[1], /binary/);
  assert.match(errors[2], /over/);
  assert.match(errors[3], /without readable text/);
  assert.match(errors[4], /XML/);
  assert.match(errors[5], /no such file/);
  assert.match(errors[6], /unreachable/);
  for (const e of errors) assert.doesNotMatch(e, /\n/);
  assert.ok(items[7].ok);
});

test("folders are read recursively; JSONL errors name file:line", async () => {
  const items = await collect([dir]);
  const inputs = items.map((i) => i.input);
  assert.deepEqual(
    [...inputs].filter((p) => p.endsWith(".jsonl")),
    Array(4).fill(join(dir, "batch", "b.jsonl")),
  );
  const jsonl = items.filter((i) => i.input.endsWith(".jsonl"));
  assert.equal(jsonl[0].ok && jsonl[0].article.id, "x1");
  assert.ok(!jsonl[1].ok && jsonl[1].line === 2 && /malformed JSON/.test(jsonl[1].error));
  assert.ok(!jsonl[2].ok && /invalid published/.test(jsonl[2].error));
  assert.ok(
    jsonl[3].ok &&
      jsonl[3].article.text === "Students rallied in Accra." &&
      jsonl[3].article.title === "Rally",
  );
  assert.ok(!inputs.some((p) => p.endsWith(".xml")), "feeds are not picked from folders");
});

test("RSS feed items become articles", async () => {
  const [it] = await collect([join(dir, "feed.xml")]);
  assert.ok(it.ok);
  assert.equal(it.article.id, "https://example.org/a");
  assert.equal(it.article.source, "Feed Daily");
  assert.equal(it.article.published, "2021-03-02");
  assert.equal(it.article.text, "Gunmen abducted three traders near Kaduna.");
});

test("dev gold files read fine (skipped without ../shared)", async (t) => {
  const { existsSync } = await import("node:fs");
  const gold = new URL("../../shared/corpus/dev/articles-en.jsonl", import.meta.url);
  if (!existsSync(gold)) return t.skip("../shared absent");
  const items = await collect([gold.pathname]);
  assert.ok(items.length > 10);
  assert.ok(items.every((i) => i.ok));
});
