/** The table for people: each figure with its target and whether it is met. */
import type { HotSpot } from "./profile.js";

type Figures = Record<string, unknown>;

interface Row {
  section: string;
  label: string;
  value: string;
  target: string;
  ok?: boolean;
}

function num(f: Figures, k: string): number | null {
  const v = f[k];
  return typeof v === "number" ? v : null;
}

function fmt(v: number | null, unit = ""): string {
  return v === null ? "n/a" : `${v}${unit}`;
}

export function rows(f: Figures): Row[] {
  const out: Row[] = [];
  const add = (section: string, label: string, value: string, target = "", ok?: boolean) =>
    out.push({ section, label, value, target, ok });
  if (f.extract_mb_per_s !== null && f.extract_mb_per_s !== undefined) {
    const mbps = num(f, "extract_mb_per_s")!;
    const ratio = num(f, "extract_ratio")!;
    add(
      "extract",
      "corpus",
      `${f.corpus_mb} MB, ${f.corpus_articles} articles (${f.corpus_unique_mb} MB distinct)`,
    );
    add("extract", "Chronicle extraction (1 core)", `${mbps} MB/s`, ">= 2 MB/s", mbps >= 2);
    add("extract", "articles per second (1 core)", fmt(num(f, "extract_articles_per_s")));
    add("extract", "reference: Intl.Segmenter sentences", `${f.reference_mb_per_s} MB/s`);
    add(
      "extract",
      "ratio Chronicle / reference",
      `${ratio} (1/${f.extract_slowdown_vs_reference})`,
      ">= 1/25",
      ratio >= 1 / 25,
    );
    if (num(f, "extract_failed_articles"))
      add("extract", "articles that failed", `${f.extract_failed_articles} (${f.extract_first_failure})`);
    add("extract", "MB per CPU second", fmt(num(f, "extract_mb_per_cpu_s")));
    if (num(f, "extract_warm_mb_per_s") !== null)
      add(
        "extract",
        "second half of the corpus (warm, texts seen before)",
        `${f.extract_warm_mb_per_s} MB/s, ${f.extract_warm_mb_per_cpu_s} MB per CPU second`,
      );
    add("extract", "first article (loads data)", fmt(num(f, "extract_first_article_ms"), " ms"));
    add("extract", "peak RSS", fmt(num(f, "peak_rss_mb"), " MB"), "<= 400 MB", num(f, "peak_rss_mb")! <= 400);
  }
  if (num(f, "growth_ratio") !== null) {
    const r = num(f, "growth_ratio")!;
    const per = f.growth_ms_per_kb as number[];
    add("growth", "1 KB article", `${f.growth_ms_1kb} ms (${per[0]} ms/KB)`);
    add("growth", "10 KB article", `${f.growth_ms_10kb} ms (${per[1]} ms/KB)`);
    add("growth", "100 KB article", `${f.growth_ms_100kb} ms (${per[2]} ms/KB)`);
    add("growth", "per-KB cost 100 KB / 1 KB", String(r), "~1 (linear), <= 1.5", r <= 1.5);
  }
  if (num(f, "gazetteer_load_ms") !== null) {
    add(
      "gazetteer",
      "load (fresh process)",
      `${f.gazetteer_load_ms} ms`,
      "< 300 ms",
      num(f, "gazetteer_load_ms")! < 300,
    );
    add(
      "gazetteer",
      "memory after load",
      `RSS +${f.gazetteer_rss_mb} MB, heap +${f.gazetteer_heap_mb} MB`,
      "< 150 MB",
      num(f, "gazetteer_rss_mb")! < 150,
    );
    add("gazetteer", `first ${f.gazetteer_probe_queries} lookups`, `${f.gazetteer_first_queries_ms} ms`);
    add(
      "gazetteer",
      "memory after lookups",
      `RSS +${f.gazetteer_rss_after_queries_mb} MB, heap +${f.gazetteer_heap_after_queries_mb} MB`,
    );
  }
  if (num(f, "ingest_articles_per_s") !== null) {
    const r = num(f, "ingest_articles_per_s")!;
    add("ingest", `SQLite, 1 worker, ${f.ingest_articles} articles`, `${r} articles/s`, ">= 200/s", r >= 200);
    if (num(f, "ingest_failed_articles"))
      add("ingest", "articles that failed", String(f.ingest_failed_articles));
    add("ingest", "SQLite store alone (no extraction)", `${f.ingest_store_only_articles_per_s} articles/s`);
    const pg = f.ingest_pg_articles_per_s as Record<string, number> | null;
    const sc = f.ingest_pg_scaling as Record<string, number> | null;
    if (pg && sc)
      for (const w of Object.keys(pg))
        add("ingest", `PostgreSQL, ${w} worker(s)`, `${pg[w]} articles/s (x${sc[w]})`);
    else add("ingest", "PostgreSQL", String(f.ingest_pg_note ?? "not measured"));
  }
  if (num(f, "api_p95_ms") !== null) {
    const qs = f.api_queries as { name: string; p50_ms: number; p95_ms: number; req_per_s: number }[];
    add("api", "database", `${f.api_events} events${f.api_db_cached ? " (cached)" : ""}`);
    for (const q of qs)
      add(
        "api",
        q.name,
        `p50 ${q.p50_ms} ms, p95 ${q.p95_ms} ms, ${q.req_per_s} req/s`,
        "p95 <= 100 ms",
        q.p95_ms <= 100,
      );
  }
  return out;
}

export function table(f: Figures, errors: Record<string, string>): string {
  const rs = rows(f);
  const w = [0, 0, 0];
  for (const r of rs) {
    w[0] = Math.max(w[0], r.section.length);
    w[1] = Math.max(w[1], r.label.length);
    w[2] = Math.max(w[2], r.value.length);
  }
  const lines = rs.map((r) => {
    const mark = r.ok === undefined ? "" : r.ok ? "  ok" : "  SHORT";
    const tgt = r.target ? `  target ${r.target}${mark}` : "";
    return `${r.section.padEnd(w[0])}  ${r.label.padEnd(w[1])}  ${r.value.padEnd(w[2])}${tgt}`.trimEnd();
  });
  for (const [s, e] of Object.entries(errors)) lines.push(`${s.padEnd(w[0])}  FAILED: ${e}`);
  const hot = f.extract_hot_spots as HotSpot[] | undefined;
  if (hot?.length) {
    lines.push("", `CPU profile of extraction (${f.extract_profile}), top self time:`);
    for (const h of hot) lines.push(`  ${String(h.pct).padStart(5)}%  ${h.function}  ${h.where}`);
    lines.push("", "Chronicle functions by total time (self + callees):");
    for (const h of (f.extract_hot_stages as HotSpot[]) ?? [])
      lines.push(`  ${String(h.pct).padStart(5)}%  ${h.function}  ${h.where}`);
  }
  return lines.join("\n");
}
