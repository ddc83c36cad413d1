import { extractArticle } from "../extract/index.js";
import type { Article } from "../model/article.js";
import { EVENT_TYPES } from "../model/event.js";
import { type EvalReport, evaluate, f3, type GoldArticle, type Row, score, summaryLine } from "./score.js";

export { readJsonl } from "./jsonl.js";
export { summaryLine };

export function goldArticleToArticle(g: GoldArticle): Article {
  const s = (k: string) => (typeof g[k] === "string" ? (g[k] as string) : null);
  return {
    id: String(g.id),
    text: s("text") ?? "",
    title: s("title"),
    published: s("published"),
    url: s("url"),
    source: s("source"),
    language: s("language"),
    country: s("country"),
  };
}

/** Predictions for every gold article, from Chronicle's own extractor. */
export function predict(gold: GoldArticle[]): Row[] {
  const out: Row[] = [];
  for (const g of gold) {
    const { events } = extractArticle(goldArticleToArticle(g));
    for (const e of events) out.push(e as unknown as Row);
  }
  return out;
}

export interface TypeScore {
  event_type: string;
  gold: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Typed scores restricted to one event type at a time. */
export function perType(gold: GoldArticle[], preds: Row[]): TypeScore[] {
  return EVENT_TYPES.map((t) => {
    const g = gold.map((a) => ({ ...a, events: (a.events ?? []).filter((e) => e.event_type === t) }));
    const p = preds.filter((e) => e.event_type === t);
    const s = score(g, p).score;
    return {
      event_type: t,
      gold: s.required,
      predicted: s.predictions,
      precision: s.precision,
      recall: s.recall,
      f1: s.f1,
    };
  }).filter((t) => t.gold || t.predicted);
}

export interface FullReport extends EvalReport {
  perType: TypeScore[];
}

export function fullReport(gold: GoldArticle[], preds: Row[]): FullReport {
  return { ...evaluate(gold, preds), perType: perType(gold, preds) };
}

function describe(e: Row): string {
  const place = [e.location, e.country].filter(Boolean).join(", ");
  return `${e.event_date ?? "?"} ${e.event_type} / ${e.sub_event_type} @ ${place || "?"}`;
}

export function renderReport(r: FullReport, maxExamples = 20): string {
  const out: string[] = [];
  const t = r.typed;
  out.push(
    `typed      P=${f3(t.precision)} R=${f3(t.recall)} F1=${f3(t.f1)}  (${t.matched} matched of ${t.predictions} predicted; ${t.required_found}/${t.required} required found)`,
  );
  const d = r.detection;
  out.push(`detection  P=${f3(d.precision)} R=${f3(d.recall)} F1=${f3(d.f1)}`);
  out.push(`no-event articles: ${t.noevent_articles}, false events in them: ${t.noevent_false_positives}`);
  out.push("", "per event type:");
  for (const p of r.perType)
    out.push(
      `  ${p.event_type.padEnd(28)} gold=${String(p.gold).padStart(4)} pred=${String(p.predicted).padStart(4)}  P=${f3(p.precision)} R=${f3(p.recall)} F1=${f3(p.f1)}`,
    );
  out.push(
    "",
    `fields (matched pairs): ${Object.entries(r.fields)
      .map(([k, v]) => `${k}=${v}`)
      .join(" ")}`,
  );
  out.push(
    `geo (matched by type and date): ${Object.entries(r.geo)
      .map(([k, v]) => `${k}=${v}`)
      .join(" ")}`,
  );
  const misses = r.outcomes.flatMap((o) => o.missed.map((g) => ({ id: o.article.id, g })));
  const falses = r.outcomes.flatMap((o) => o.falseEvents.map((p) => ({ id: o.article.id, p })));
  if (maxExamples > 0) {
    out.push("", `missed required events (${misses.length}):`);
    for (const { id, g } of misses.slice(0, maxExamples))
      out.push(`  - [${id}] ${describe(g)}  «${String(g.quote ?? "").slice(0, 140)}»`);
    out.push("", `false events (${falses.length}):`);
    for (const { id, p } of falses.slice(0, maxExamples)) {
      const ev = (p.evidence as Array<{ field: string; text: string }> | undefined)?.find(
        (e) => e.field === "trigger",
      );
      out.push(`  - [${id}] ${describe(p)}  trigger «${ev?.text ?? ""}»`);
    }
  }
  out.push("", summaryLine(r));
  return `${out.join("\n")}\n`;
}
