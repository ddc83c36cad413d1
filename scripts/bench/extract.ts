/**
 * Extraction throughput on the same text as a reference pass (Intl.Segmenter sentences alone, in its
 * own process: see reference.ts), and how the cost grows with article size (1, 10, 100 KB).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { extractArticle } from "../../src/extract/index.js";
import type { Article } from "../../src/model/article.js";
import { runSection } from "./child.js";
import { loadSourceArticles, paragraphs, repeatToSize } from "./corpus.js";
import { type HotSpot, summarise } from "./profile.js";
import type { ReferenceFigures } from "./reference.js";
import { bytes, CACHE_DIR, log, MB, peakRssMb, ROOT, round } from "./util.js";

export interface ExtractFigures {
  corpus_mb: number;
  corpus_unique_mb: number;
  corpus_articles: number;
  corpus_inputs: string[];
  extract_first_article_ms: number;
  extract_seconds: number;
  extract_cpu_seconds: number;
  extract_mb_per_s: number;
  /** MB per CPU-second of this process (less sensitive to other load on a shared machine). */
  extract_mb_per_cpu_s: number;
  extract_articles_per_s: number;
  /** The second half of the corpus alone (JIT and caches warm; the corpus repeats its distinct texts). */
  extract_warm_mb_per_s: number;
  extract_warm_mb_per_cpu_s: number;
  extract_events: number;
  /** Articles on which extractArticle threw (excluded from the rates). */
  extract_failed_articles: number;
  extract_first_failure?: string;
  reference_mb_per_s: number;
  extract_ratio: number;
  /** 1 / ratio: how many times slower than sentence segmentation alone (target <= 25). */
  extract_slowdown_vs_reference: number;
  peak_rss_mb: number;
  heap_used_mb: number;
  /** With --profile: where the CPU profile of a separate extraction pass was written, and its hot spots. */
  extract_profile?: string;
  /** Top self time (any code). */
  extract_hot_spots?: HotSpot[];
  /** Chronicle's functions by total time (self + callees), extractArticle itself left out. */
  extract_hot_stages?: HotSpot[];
}

/** A CPU profile of one extraction pass over the corpus (same format as node --cpu-prof). */
async function profilePass(corpus: Article[]): Promise<string> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  for (const a of corpus) {
    try {
      extractArticle(a);
    } catch {
      // failures are reported by the timed pass
    }
  }
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  const dir = join(CACHE_DIR, "profiles");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `extract-${new Date().toISOString().replace(/[:.]/g, "-")}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  return file;
}

function profileFigures(file: string): Partial<ExtractFigures> {
  const s = summarise(file);
  return { extract_profile: file.slice(ROOT.length), extract_hot_spots: s.self, extract_hot_stages: s.total };
}

export async function benchExtract(corpusBytes: number, profile = false): Promise<ExtractFigures> {
  const src = await loadSourceArticles();
  const corpus = repeatToSize(src.articles, corpusBytes);
  const total = corpus.reduce((n, a) => n + bytes(a.text), 0);
  log(
    `extract: ${corpus.length} articles, ${round(total / MB, 2)} MB (${round(src.uniqueBytes / MB, 2)} MB distinct)`,
  );
  // First article: loads the gazetteer, actor registry and lexicons.
  const tryExtract = (a: Article) => {
    try {
      extractArticle(a);
    } catch {
      // counted in the timed pass
    }
  };
  let t = performance.now();
  tryExtract(corpus[0]);
  const first = performance.now() - t;
  for (const a of corpus.slice(0, 50)) tryExtract(a); // warm-up (JIT)

  const cpu0 = process.cpuUsage();
  t = performance.now();
  let events = 0;
  const ok: Article[] = [];
  const failed: number[] = [];
  const failures: string[] = [];
  // The second half of the corpus alone: JIT and caches warm (the corpus repeats its distinct texts,
  // so this is an upper bound for a long batch, not the figure of a first read).
  const half = Math.floor(corpus.length / 2);
  let halfT = 0;
  let halfCpu = { user: 0, system: 0 };
  let halfBytes = 0;
  for (let i = 0; i < corpus.length; i++) {
    const a = corpus[i];
    if (i === half) {
      halfT = performance.now();
      halfCpu = process.cpuUsage();
    }
    if (i >= half) halfBytes += bytes(a.text);
    try {
      events += extractArticle(a).events.length;
      ok.push(a);
    } catch (e) {
      failed.push(i);
      failures.push(`${a.id}: ${(e as Error).message.split("\n")[0]}`);
    }
  }
  const seconds = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const warmSeconds = (performance.now() - halfT) / 1000;
  const warmCpu = process.cpuUsage(halfCpu);
  if (!ok.length) throw new Error(`extraction failed on every article (${failures[0]})`);
  const okBytes = ok.reduce((n, a) => n + bytes(a.text), 0);
  // Peak memory of extraction alone: read before anything else runs in this process.
  const peak = peakRssMb();
  const heap = round(process.memoryUsage().heapUsed / MB);
  // Reference on exactly the text that was extracted (two passes, mean), in a fresh process.
  const ref = await runSection<ReferenceFigures>("reference", { corpusBytes, exclude: failed });
  if (ref.bytes !== okBytes) throw new Error(`reference pass read ${ref.bytes} bytes, not ${okBytes}`);
  const mbps = okBytes / MB / seconds;
  const refMbps = okBytes / MB / ref.seconds;
  const prof = profile ? await profilePass(corpus) : null;
  return {
    corpus_mb: round(total / MB, 2),
    corpus_unique_mb: round(src.uniqueBytes / MB, 2),
    corpus_articles: corpus.length,
    corpus_inputs: src.inputs,
    extract_first_article_ms: round(first),
    extract_seconds: round(seconds, 2),
    extract_cpu_seconds: round((cpu.user + cpu.system) / 1e6, 2),
    extract_mb_per_s: round(mbps, 3),
    extract_mb_per_cpu_s: round(okBytes / MB / ((cpu.user + cpu.system) / 1e6), 3),
    extract_articles_per_s: round(ok.length / seconds),
    extract_warm_mb_per_s: round(halfBytes / MB / warmSeconds, 3),
    extract_warm_mb_per_cpu_s: round(halfBytes / MB / ((warmCpu.user + warmCpu.system) / 1e6), 3),
    extract_events: events,
    extract_failed_articles: failures.length,
    ...(failures.length ? { extract_first_failure: failures[0] } : {}),
    reference_mb_per_s: round(refMbps, 2),
    extract_ratio: round(mbps / refMbps, 4),
    extract_slowdown_vs_reference: round(refMbps / mbps),
    peak_rss_mb: peak,
    heap_used_mb: heap,
    ...(prof ? profileFigures(prof) : {}),
  };
}

export interface GrowthFigures {
  /** Mean time to extract one article of about 1, 10 and 100 KB. */
  growth_ms_1kb: number;
  growth_ms_10kb: number;
  growth_ms_100kb: number;
  growth_ms_per_kb: [number, number, number];
  /** Per-KB cost at 100 KB divided by per-KB cost at 1 KB (1 = perfectly linear). */
  growth_ratio: number;
}

/** Articles of `size` bytes made by concatenating paragraphs, starting at different paragraphs. */
function articlesOfSize(paras: string[], size: number, count: number): Article[] {
  const out: Article[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let n = 0;
    while (n < size) {
      const para = paras[p++ % paras.length];
      parts.push(para);
      n += bytes(para) + 2;
    }
    out.push({
      id: `growth-${size}-${i}`,
      text: parts.join("\n\n"),
      published: "2020-06-22",
      language: "en",
    });
  }
  return out;
}

export async function benchGrowth(quick: boolean): Promise<GrowthFigures> {
  const src = await loadSourceArticles();
  const paras = paragraphs(src.articles);
  if (!paras.length) throw new Error("no English paragraphs to build articles from");
  const sizes = [1_000, 10_000, 100_000];
  // About the same amount of text at each size, so each figure is measured on enough work.
  const budget = quick ? 300_000 : 1_500_000;
  extractArticle(articlesOfSize(paras, 1_000, 1)[0]);
  for (const a of articlesOfSize(paras, 1_000, 50)) extractArticle(a); // warm-up
  const perArticle: number[] = [];
  const perKb: number[] = [];
  for (const size of sizes) {
    const arts = articlesOfSize(paras, size, Math.max(3, Math.round(budget / size)));
    const kb = arts.reduce((n, a) => n + bytes(a.text), 0) / 1000;
    const t0 = performance.now();
    for (const a of arts) extractArticle(a);
    const ms = performance.now() - t0;
    perArticle.push(ms / arts.length);
    perKb.push(ms / kb);
    log(`growth: ${arts.length} articles of ${size / 1000} KB, ${round(ms / kb, 3)} ms/KB`);
  }
  return {
    growth_ms_1kb: round(perArticle[0], 2),
    growth_ms_10kb: round(perArticle[1], 2),
    growth_ms_100kb: round(perArticle[2], 2),
    growth_ms_per_kb: [round(perKb[0], 3), round(perKb[1], 3), round(perKb[2], 3)],
    growth_ratio: round(perKb[2] / perKb[0], 2),
  };
}
