/**
 * The reference pass of the extraction bench: Intl.Segmenter sentence segmentation alone, over the
 * same corpus. It runs in its own child process, so that the segmenter's native memory does not count
 * in the peak RSS of Chronicle's extraction.
 */
import { performance } from "node:perf_hooks";
import type { Article } from "../../src/model/article.js";
import { loadSourceArticles, repeatToSize } from "./corpus.js";
import { bytes } from "./util.js";

export interface ReferenceFigures {
  /** Mean seconds of two passes. */
  seconds: number;
  /** UTF-8 bytes of the text segmented (the text extraction succeeded on). */
  bytes: number;
}

/** Sentence segmentation with Intl.Segmenter alone: counts sentences, returns seconds. */
function referencePass(articles: Article[]): number {
  const segmenters = new Map<string, Intl.Segmenter>();
  let sentences = 0;
  const t0 = performance.now();
  for (const a of articles) {
    const lang = a.language === "fr" ? "fr" : "en";
    let seg = segmenters.get(lang);
    if (!seg) {
      seg = new Intl.Segmenter(lang, { granularity: "sentence" });
      segmenters.set(lang, seg);
    }
    for (const _ of seg.segment(a.text)) sentences++;
  }
  const s = (performance.now() - t0) / 1000;
  if (sentences === 0) throw new Error("reference pass found no sentences");
  return s;
}

/**
 * Two reference passes over the extraction corpus of `corpusBytes`, without the articles at the
 * `exclude` positions (those extraction failed on): exactly the text that was extracted.
 */
export async function benchReference(corpusBytes: number, exclude: number[]): Promise<ReferenceFigures> {
  const src = await loadSourceArticles();
  const skip = new Set(exclude);
  const ok = repeatToSize(src.articles, corpusBytes).filter((_, i) => !skip.has(i));
  const seconds = (referencePass(ok) + referencePass(ok)) / 2;
  return { seconds, bytes: ok.reduce((n, a) => n + bytes(a.text), 0) };
}
