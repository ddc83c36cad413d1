/** Turns API query strings into store filters, and store records into API answers. */
import type { Evidence } from "../model/event.js";
import type {
  AuditEntry,
  EventDetail,
  EventFilter,
  ReviewStatus,
  Store,
  StoredArticle,
} from "../store/types.js";
import { oneOf, ParamError, parseFilter, type Query } from "./params.js";

const STATUSES: ReviewStatus[] = ["unreviewed", "accepted", "corrected", "rejected"];

export function toStoreFilter(query: Query): EventFilter {
  const f = parseFilter(query);
  const { reviewed, ...rest } = f;
  const out: EventFilter = { ...rest };
  if (query.status !== undefined) {
    if (reviewed !== undefined) throw new ParamError("status", "give either status or reviewed, not both");
    out.status = oneOf(query, "status", STATUSES);
  }
  if (reviewed === true) out.reviewed_only = true;
  if (reviewed === false) out.status = "unreviewed";
  return out;
}

type PointedEvidence = Evidence & { article_id?: number };

/** The evidence shown for one report: the machine's, with fields a reviewer re-pointed replaced. */
function reportEvidence(
  machine: Evidence[],
  reviewed: PointedEvidence[] | null,
  articleId: number,
  onlyArticle: boolean,
): Evidence[] {
  if (!reviewed || reviewed.length === 0) return machine;
  const mine = reviewed.filter(
    (e) => e.article_id === articleId || (e.article_id === undefined && onlyArticle),
  );
  if (mine.length === 0) return machine;
  const fields = new Set(mine.map((e) => e.field));
  return [...machine.filter((e) => !fields.has(e.field)), ...mine];
}

export async function detailView(store: Store, detail: EventDetail, audit: AuditEntry[]) {
  const articles = new Map<number, StoredArticle | null>();
  for (const r of detail.reports) {
    if (!articles.has(r.article_db_id))
      articles.set(r.article_db_id, await store.getArticle(r.article_db_id));
  }
  const reviewed = detail.event.reviewed_evidence as PointedEvidence[] | null;
  const reports = detail.reports.map((r) => {
    const article = articles.get(r.article_db_id) ?? null;
    return {
      ...r,
      machine_evidence: r.evidence,
      evidence: reportEvidence(r.evidence, reviewed, r.article_db_id, articles.size === 1),
      article,
    };
  });
  const evidence = reports.flatMap((r) => r.evidence.map((e) => ({ ...e, article_id: r.article_db_id })));
  return {
    event: detail.event,
    evidence,
    reports,
    articles: detail.articles,
    merge_explanations: detail.merge_explanations,
    audit,
  };
}
