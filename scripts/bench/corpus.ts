/**
 * The extraction corpus: the example articles shipped in examples/ plus, when present, the texts of
 * ../shared/corpus/dev/*.jsonl (read at run time, never copied), repeated and shuffled reproducibly
 * until the corpus reaches the requested size.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { readInputs } from "../../src/ingest/index.js";
import type { Article } from "../../src/model/article.js";
import { bytes, ROOT, SHARED, shuffled } from "./util.js";

export interface CorpusSource {
  articles: Article[];
  /** Where they came from, for the report. */
  inputs: string[];
  uniqueBytes: number;
}

/** Every distinct article: the files of examples/ (not its gold sets) and ../shared/corpus/dev/*.jsonl (when present). */
export async function loadSourceArticles(): Promise<CorpusSource> {
  const examples = join(ROOT, "examples");
  // (the files themselves: examples/gold holds the evaluation sets, kept out so that figures stay comparable)
  const inputs = readdirSync(examples, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(examples, e.name))
    .sort();
  const dev = join(SHARED, "corpus", "dev");
  if (existsSync(dev))
    for (const f of readdirSync(dev).sort()) if (f.endsWith(".jsonl")) inputs.push(join(dev, f));
  const articles: Article[] = [];
  const seen = new Set<string>();
  for await (const item of readInputs(inputs)) {
    if (!item.ok || !item.article.text.trim() || seen.has(item.article.text)) continue;
    seen.add(item.article.text);
    articles.push(item.article);
  }
  return {
    articles,
    inputs: inputs.map((p) => relative(ROOT, p)),
    uniqueBytes: articles.reduce((n, a) => n + bytes(a.text), 0),
  };
}

/** At least `targetBytes` of article text: whole shuffled rounds of the sources, then part of one. */
export function repeatToSize(sources: Article[], targetBytes: number, seed = 42): Article[] {
  if (!sources.length) throw new Error("no articles to build the corpus from");
  const out: Article[] = [];
  let total = 0;
  for (let round = 0; total < targetBytes; round++) {
    for (const a of shuffled(sources, seed + round)) {
      out.push(round === 0 ? a : { ...a, id: `${a.id}#${round}` });
      total += bytes(a.text);
      if (total >= targetBytes) break;
    }
  }
  return out;
}

/**
 * Distinct articles for ingest: the sources in a fixed shuffled order; when more are asked for than
 * exist, later rounds get a marker sentence so each has its own content hash (a new report of the
 * same story, as when outlets repeat each other).
 */
export function distinctArticles(sources: Article[], n: number, seed = 7): Article[] {
  const out: Article[] = [];
  for (let round = 0; out.length < n; round++) {
    for (const a of shuffled(sources, seed + round)) {
      if (out.length >= n) break;
      out.push(
        round === 0
          ? a
          : { ...a, id: `${a.id}#${round}`, text: `${a.text}\n\n(Republished, edition ${round}.)` },
      );
    }
  }
  return out;
}

/** English paragraphs of the sources (for the growth test), in a fixed shuffled order. */
export function paragraphs(sources: Article[], seed = 3): string[] {
  const out: string[] = [];
  for (const a of sources) {
    if (a.language && a.language !== "en") continue;
    for (const p of a.text.split(/\n+/)) if (p.trim().length >= 80) out.push(p.trim());
  }
  return shuffled(out, seed);
}
