/** The Store over the Db layer: one implementation for SQLite and PostgreSQL. */
import { createHash } from "node:crypto";
import type { Article } from "../model/article.js";
import type { EventRecord, Evidence } from "../model/event.js";
import { checkPassword, hashPassword, hashToken, newToken } from "./auth.js";
import { weekOf, yearOf } from "./dates.js";
import type { Db, Param } from "./db.js";
import { buildOrder, buildPaging, buildWhere, ftsQuery, RTREE_EPS } from "./filter.js";
import { conservativeFatalities, decideMerge, type MergeSubject } from "./merge.js";
import { WorkQueue } from "./queue.js";
import { SCHEMA_VERSION } from "./schema.js";
import { type AggRow, aggregate, GROUPS, summaryCompatible } from "./summary.js";
import {
  type AuditEntry,
  type CountRow,
  EDITABLE_FIELDS,
  type EditableField,
  type EventDetail,
  type EventFilter,
  FACET_FIELDS,
  type FacetField,
  type IngestResult,
  type ReviewAction,
  type ReviewChanges,
  type Role,
  type Store,
  type StoredArticle,
  type StoredArticleSummary,
  type StoredEvent,
  type StoredReport,
  StoreError,
  type StoreStats,
  type User,
} from "./types.js";

export const EVENT_COLUMNS = [
  "id",
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "civilian_targeting",
  "country",
  "iso3",
  "region",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "fatalities",
  "crowd_size",
  "notes",
  "confidence",
  "sources",
  "report_count",
  "review_status",
  "reviewed_by",
  "reviewed_at",
  "corrected_fields",
  "machine_values",
  "reviewed_evidence",
  "created_at",
  "updated_at",
] as const;
const SELECT_EVENT = `SELECT ${EVENT_COLUMNS.join(", ")} FROM events`;

/** Record fields copied into an event row when it is created: what a reviewer may correct, plus confidence. */
const RECORD_FIELDS = [...EDITABLE_FIELDS, "confidence"] as const;
const PLACE_FIELDS = [
  "country",
  "iso3",
  "region",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
] as const;
const NUMERIC = new Set([
  "inter1",
  "inter2",
  "interaction",
  "latitude",
  "longitude",
  "fatalities",
  "time_precision",
  "geo_precision",
  "confidence",
]);
const REQUIRED_STRING = new Set([
  "disorder_type",
  "event_type",
  "sub_event_type",
  "civilian_targeting",
  "crowd_size",
  "notes",
]);

type Row = Record<string, unknown>;

/** Totals of filters the summary cannot answer are counted up to this many (then "more than"). */
export const TOTAL_CAP = 100_000;
/** PostgreSQL advisory lock serialising the write part of ingests (merging) across workers. */
const INGEST_LOCK = 4242002;

/** Text/bbox candidate sets at least this large are probed while walking the sort index. */
const SCAN_THRESHOLD = 2000;

/** [min_lon, max_lon, min_lat, max_lat] of a bbox, grown (or shrunk, eps < 0) by eps degrees. */
function normBox(b: [number, number, number, number], eps: number): number[] {
  const [w, s, e, n] = b;
  return [Math.min(w, e) - eps, Math.max(w, e) + eps, Math.min(s, n) - eps, Math.max(s, n) + eps];
}

/** NULL first, then binary order (like SQLite's ORDER BY). */
function cmp(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

export function contentHash(article: Article): string {
  return createHash("sha256").update(article.text.normalize("NFC")).digest("hex");
}

function now(): string {
  return new Date().toISOString();
}

function json(v: unknown): string | null {
  return v === undefined || v === null ? null : JSON.stringify(v);
}

function parseJson<T>(v: unknown, fallback: T): T {
  if (typeof v !== "string") return (v as T) ?? fallback;
  try {
    return JSON.parse(v) as T;
  } catch {
    return fallback;
  }
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function rowToEvent(r: Row): StoredEvent {
  const e = { ...r } as unknown as StoredEvent;
  e.sources = parseJson<string[]>(r.sources, []);
  e.corrected_fields = parseJson<string[]>(r.corrected_fields, []);
  e.machine_values = parseJson<Record<string, unknown> | null>(r.machine_values, null);
  e.reviewed_evidence = parseJson<Evidence[] | null>(r.reviewed_evidence, null);
  for (const k of ["latitude", "longitude", "confidence"] as const)
    if (r[k] != null) (e as unknown as Row)[k] = Number(r[k]);
  return e;
}

function toSubject(r: Row | EventRecord): MergeSubject {
  const x = r as Row;
  return {
    event_type: String(x.event_type),
    event_date: (x.event_date as string) ?? null,
    time_precision: Number(x.time_precision ?? 1),
    country: (x.country as string) ?? null,
    iso3: (x.iso3 as string) ?? null,
    admin1: (x.admin1 as string) ?? null,
    location: (x.location as string) ?? null,
    latitude: x.latitude == null ? null : Number(x.latitude),
    longitude: x.longitude == null ? null : Number(x.longitude),
    geo_precision: Number(x.geo_precision ?? 1),
    actor1: (x.actor1 as string) ?? null,
    actor2: (x.actor2 as string) ?? null,
  };
}

function validateValue(field: string, value: unknown): unknown {
  if (NUMERIC.has(field)) {
    if (value === null && !["fatalities", "time_precision", "geo_precision"].includes(field)) return null;
    const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
    if (typeof n !== "number" || !Number.isFinite(n)) throw new StoreError(`${field} must be a number`);
    if (field === "fatalities" && (!Number.isInteger(n) || n < 0))
      throw new StoreError("fatalities must be a whole number >= 0");
    if ((field === "time_precision" || field === "geo_precision") && ![1, 2, 3].includes(n))
      throw new StoreError(`${field} must be 1, 2 or 3`);
    return n;
  }
  if (field === "event_date") {
    if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
      throw new StoreError("event_date must be YYYY-MM-DD");
    return value;
  }
  if (value === null) {
    if (REQUIRED_STRING.has(field)) throw new StoreError(`${field} cannot be empty`);
    return null;
  }
  if (typeof value !== "string") throw new StoreError(`${field} must be text`);
  return value;
}

export class SqlStore implements Store {
  readonly backend: "sqlite" | "postgres";
  constructor(
    readonly db: Db,
    private readonly onClose: () => Promise<void> = async () => {},
  ) {
    this.backend = db.dialect;
  }

  async hasArticle(article: Article): Promise<boolean> {
    return !!(await this.db.get("SELECT 1 AS x FROM articles WHERE content_hash = ?", [
      contentHash(article),
    ]));
  }

  async ingestArticle(article: Article, records: EventRecord[]): Promise<IngestResult> {
    const hash = contentHash(article);
    return this.db.tx(async (t) => {
      // One writer at a time across processes: merging must see every event stored before it.
      // (Extraction, the slow part, happens before; SQLite's BEGIN IMMEDIATE does the same.)
      if (t.dialect === "postgres") await t.get(`SELECT pg_advisory_xact_lock(${INGEST_LOCK}) AS l`);
      const existing = await t.get<{ id: number }>("SELECT id FROM articles WHERE content_hash = ?", [hash]);
      if (existing)
        return {
          status: "skipped",
          article_db_id: Number(existing.id),
          reports: 0,
          events_created: 0,
          events_merged: 0,
        };
      const at = now();
      const a = await t.get<{ id: number }>(
        `INSERT INTO articles (content_hash, ref, url, source, published, language, country, title, text, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        [
          hash,
          article.id,
          article.url,
          article.source,
          article.published,
          article.language,
          article.country,
          article.title,
          article.text,
          at,
        ],
      );
      const articleId = Number(a!.id);
      const touched = new Set<number>();
      let created = 0;
      let merged = 0;
      for (const rec of records) {
        const source = rec.source ?? article.source ?? hostOf(rec.source_url ?? article.url) ?? article.id;
        const target = await this.findMergeTarget(t, rec, touched);
        if (target) {
          await this.mergeInto(
            t,
            target.row,
            rec,
            articleId,
            source,
            target.explanation,
            target.days,
            target.km,
            at,
          );
          touched.add(Number(target.row.id));
          merged++;
        } else {
          touched.add(await this.createEvent(t, rec, articleId, source, at));
          created++;
        }
      }
      return {
        status: "added",
        article_db_id: articleId,
        reports: records.length,
        events_created: created,
        events_merged: merged,
      };
    });
  }

  private async findMergeTarget(t: Db, rec: EventRecord, exclude: Set<number>) {
    if (!rec.event_date) return null;
    const rows = await t.all<Row>(
      `${SELECT_EVENT} WHERE event_type = ? AND event_date BETWEEN ? AND ? AND review_status <> 'rejected' ORDER BY id LIMIT 500`,
      [rec.event_type, shiftDate(rec.event_date, -31), shiftDate(rec.event_date, 31)],
    );
    let best: { row: Row; explanation: string; days: number; km: number | null; score: number } | null = null;
    const subject = toSubject(rec);
    for (const row of rows) {
      if (exclude.has(Number(row.id))) continue; // one article's reports are distinct events
      const d = decideMerge(subject, toSubject(row));
      if (d.merge && (!best || d.score < best.score))
        best = { row, explanation: d.explanation, days: d.days, km: d.km, score: d.score };
    }
    return best;
  }

  private async insertReport(
    t: Db,
    rec: EventRecord,
    articleId: number,
    eventId: number,
    source: string,
    at: string,
  ) {
    const r = await t.get<{ id: number }>(
      `INSERT INTO reports (article_id, event_id, event_type, event_date, fatalities, source, record, evidence, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [
        articleId,
        eventId,
        rec.event_type,
        rec.event_date,
        rec.fatalities ?? 0,
        source,
        JSON.stringify({ ...rec, evidence: undefined }),
        JSON.stringify(rec.evidence ?? []),
        at,
      ],
    );
    return Number(r!.id);
  }

  private async createEvent(
    t: Db,
    rec: EventRecord,
    articleId: number,
    source: string,
    at: string,
  ): Promise<number> {
    const iso = rec.iso3 && /^[A-Z]{3}$/.test(rec.iso3) ? rec.iso3 : "XXX";
    const seq = await t.get<{ last: number }>(
      "INSERT INTO country_seq (iso3, last) VALUES (?, 1) ON CONFLICT (iso3) DO UPDATE SET last = country_seq.last + 1 RETURNING last",
      [iso],
    );
    const cols = [
      ...RECORD_FIELDS,
      "event_id_cnty",
      "year",
      "week",
      "sources",
      "report_count",
      "created_at",
      "updated_at",
    ];
    const vals: Param[] = RECORD_FIELDS.map((f) => (rec as unknown as Record<string, Param>)[f] ?? null);
    vals[RECORD_FIELDS.indexOf("fatalities")] = rec.fatalities ?? 0;
    vals[RECORD_FIELDS.indexOf("crowd_size")] = rec.crowd_size ?? "";
    vals[RECORD_FIELDS.indexOf("notes")] = rec.notes ?? "";
    vals[RECORD_FIELDS.indexOf("disorder_type")] = rec.disorder_type ?? "";
    vals[RECORD_FIELDS.indexOf("sub_event_type")] = rec.sub_event_type ?? "";
    vals[RECORD_FIELDS.indexOf("civilian_targeting")] = rec.civilian_targeting ?? "";
    vals[RECORD_FIELDS.indexOf("confidence")] = rec.confidence ?? 0;
    vals.push(
      `${iso}${Number(seq!.last)}`,
      yearOf(rec.event_date),
      weekOf(rec.event_date),
      JSON.stringify([source]),
      1,
      at,
      at,
    );
    const e = await t.get<{ id: number }>(
      `INSERT INTO events (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")}) RETURNING id`,
      vals,
    );
    const eventId = Number(e!.id);
    const reportId = await this.insertReport(t, rec, articleId, eventId, source, at);
    await t.run("INSERT INTO merges (event_id, report_id, explanation, created_at) VALUES (?, ?, ?, ?)", [
      eventId,
      reportId,
      "first report",
      at,
    ]);
    return eventId;
  }

  private async mergeInto(
    t: Db,
    row: Row,
    rec: EventRecord,
    articleId: number,
    source: string,
    explanation: string,
    days: number,
    km: number | null,
    at: string,
  ) {
    const eventId = Number(row.id);
    const reportId = await this.insertReport(t, rec, articleId, eventId, source, at);
    await t.run(
      "INSERT INTO merges (event_id, report_id, explanation, days_apart, km_apart, created_at) VALUES (?, ?, ?, ?, ?, ?)",
      [eventId, reportId, explanation, days, km === null ? null : Math.round(km * 10) / 10, at],
    );
    const corrected = new Set(parseJson<string[]>(row.corrected_fields, []));
    const set: Record<string, Param> = {};
    const r = rec as unknown as Record<string, Param>;
    const can = (f: string) => !corrected.has(f);
    const figures = await t.all<{ fatalities: number }>("SELECT fatalities FROM reports WHERE event_id = ?", [
      eventId,
    ]);
    if (can("fatalities")) set.fatalities = conservativeFatalities(figures.map((x) => Number(x.fatalities)));
    const sources = parseJson<string[]>(row.sources, []);
    if (!sources.includes(source)) sources.push(source);
    set.sources = JSON.stringify(sources);
    set.report_count = Number(row.report_count) + 1;
    for (const [a, inter] of [
      ["actor1", "inter1"],
      ["actor2", "inter2"],
    ] as const)
      if (row[a] == null && r[a] != null && can(a)) {
        set[a] = r[a];
        set[inter] = r[inter] ?? null;
      }
    for (const f of [
      "assoc_actor_1",
      "assoc_actor_2",
      "interaction",
      "admin1",
      "admin2",
      "admin3",
      "region",
    ] as const)
      if (row[f] == null && r[f] != null && can(f)) set[f] = r[f];
    if (!row.crowd_size && r.crowd_size && can("crowd_size")) set.crowd_size = r.crowd_size;
    if (rec.time_precision < Number(row.time_precision) && rec.event_date && can("event_date")) {
      set.event_date = rec.event_date;
      set.time_precision = rec.time_precision;
      set.year = yearOf(rec.event_date);
      set.week = weekOf(rec.event_date);
    }
    if (rec.geo_precision < Number(row.geo_precision) && rec.latitude != null && PLACE_FIELDS.every(can))
      for (const f of PLACE_FIELDS) if (f !== "country" && f !== "iso3") set[f] = r[f] ?? null;
    if ((rec.confidence ?? 0) > Number(row.confidence)) set.confidence = rec.confidence;
    set.updated_at = at;
    const keys = Object.keys(set);
    await t.run(`UPDATE events SET ${keys.map((k) => `${k} = ?`).join(", ")} WHERE id = ?`, [
      ...keys.map((k) => set[k]),
      eventId,
    ]);
  }

  /** Cheap (index) check, so the common no-rejected case keeps every index covering. */
  private async hasRejected(): Promise<boolean> {
    return !!(await this.db.get("SELECT 1 AS x FROM events WHERE review_status = 'rejected' LIMIT 1"));
  }

  async queryEvents(
    filter: EventFilter,
  ): Promise<{ events: StoredEvent[]; total: number; total_exact: boolean }> {
    const hasRejected = await this.hasRejected();
    const w = buildWhere(filter, this.db.dialect, hasRejected);
    const order = buildOrder(filter);
    const { limit, offset } = buildPaging(filter);
    const onlyKey = (k: keyof EventFilter) =>
      !hasRejected &&
      Object.entries(filter).every(
        ([key, v]) =>
          key === k ||
          ["limit", "offset", "sort"].includes(key) ||
          v === undefined ||
          v === null ||
          v === false ||
          v === "",
      );
    const boxTotal =
      this.db.dialect === "sqlite" && filter.bbox && onlyKey("bbox")
        ? await this.exactBoxCount(filter.bbox)
        : null;
    const special =
      this.db.dialect !== "sqlite"
        ? null
        : boxTotal !== null
          ? { box: boxTotal }
          : await this.candidateCounts(filter);
    // Many text/bbox candidates: walk the sort index and probe them, instead of sorting them all.
    const scan = !!special && Math.min(special.fts ?? Infinity, special.box ?? Infinity) >= SCAN_THRESHOLD;
    const wIds = scan ? buildWhere(filter, this.db.dialect, hasRejected, true) : w;
    // Ids first (answered from covering indexes), then the full rows of just this page.
    const ids =
      limit === 0
        ? []
        : (
            await this.db.all<{ id: number }>(`SELECT id FROM events ${wIds.sql} ${order} LIMIT ? OFFSET ?`, [
              ...wIds.params,
              limit,
              offset,
            ])
          ).map((r) => Number(r.id));
    let events: StoredEvent[] = [];
    if (ids.length) {
      const rows = await this.db.all<Row>(
        `${SELECT_EVENT} WHERE id IN (${ids.map(() => "?").join(", ")})`,
        ids,
      );
      const byId = new Map(rows.map((r) => [Number(r.id), r]));
      events = ids.flatMap((id) => (byId.has(id) ? [rowToEvent(byId.get(id)!)] : []));
    }
    if (limit > 0 && ids.length < limit && (ids.length > 0 || offset === 0))
      return { events, total: offset + ids.length, total_exact: true };
    if (special?.fts !== undefined && onlyKey("q"))
      return { events, total: special.fts, total_exact: special.fts <= TOTAL_CAP };
    if (boxTotal !== null) return { events, total: boxTotal, total_exact: true };
    const { total, exact } = await this.countMatching(filter, w, hasRejected);
    return { events, total, total_exact: exact };
  }

  /** SQLite: how many events the text query and the (widened) bbox select, up to TOTAL_CAP + 1. */
  private async candidateCounts(f: EventFilter): Promise<{ fts?: number; box?: number } | null> {
    const out: { fts?: number; box?: number } = {};
    const cap = TOTAL_CAP + 1;
    if (f.q?.trim())
      out.fts = Number(
        (
          await this.db.get<{ n: number }>(
            "SELECT COUNT(*) AS n FROM (SELECT rowid FROM events_fts WHERE events_fts MATCH ? LIMIT ?) t",
            [ftsQuery(f.q), cap],
          )
        )?.n ?? 0,
      );
    if (f.bbox) {
      const b = normBox(f.bbox, RTREE_EPS);
      out.box = Number(
        (
          await this.db.get<{ n: number }>(
            "SELECT COUNT(*) AS n FROM (SELECT id FROM events_rtree WHERE min_lon >= ? AND max_lon <= ? AND min_lat >= ? AND max_lat <= ? LIMIT ?) t",
            [...b, cap],
          )
        )?.n ?? 0,
      );
    }
    return out.fts === undefined && out.box === undefined ? null : out;
  }

  /** SQLite: exact count in a bbox: R*Tree entries surely inside, plus the border band checked exactly. */
  private async exactBoxCount(bbox: [number, number, number, number]): Promise<number> {
    const inner = normBox(bbox, -RTREE_EPS);
    const outer = normBox(bbox, RTREE_EPS);
    const exact = normBox(bbox, 0);
    const sure =
      inner[0] <= inner[1] && inner[2] <= inner[3]
        ? Number(
            (
              await this.db.get<{ n: number }>(
                "SELECT COUNT(*) AS n FROM events_rtree WHERE min_lon >= ? AND max_lon <= ? AND min_lat >= ? AND max_lat <= ?",
                inner,
              )
            )?.n ?? 0,
          )
        : 0;
    // The band: inside the outer box but not the inner one = on one of four thin edge strips.
    const outerSql = "min_lon >= ? AND max_lon <= ? AND min_lat >= ? AND max_lat <= ?";
    const strips = ["min_lon < ?", "max_lon > ?", "min_lat < ?", "max_lat > ?"];
    const band = await this.db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM events WHERE id IN (${strips
        .map((c) => `SELECT id FROM events_rtree WHERE ${outerSql} AND ${c}`)
        .join(" UNION ")}) AND longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?`,
      [...strips.flatMap((_, i) => [...outer, inner[i]]), ...exact],
    );
    return sure + Number(band?.n ?? 0);
  }

  /** Exact from the summary when it can answer; otherwise counted up to TOTAL_CAP (+1 = "more"). */
  private async countMatching(
    filter: EventFilter,
    w: { sql: string; params: Param[] },
    hasRejected: boolean,
  ): Promise<{ total: number; exact: boolean }> {
    if (summaryCompatible(filter)) {
      const rows = await aggregate(this.db, filter, hasRejected, []);
      return { total: rows.reduce((a, r) => a + r.n, 0), exact: true };
    }
    const r = await this.db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM (SELECT 1 AS x FROM events ${w.sql} LIMIT ?) t`,
      [...w.params, TOTAL_CAP + 1],
    );
    const n = Number(r?.n ?? 0);
    return { total: n, exact: n <= TOTAL_CAP };
  }

  private async loadEventRow(db: Db, id: string | number): Promise<Row | undefined> {
    if (typeof id === "number" || /^\d+$/.test(id))
      return db.get<Row>(`${SELECT_EVENT} WHERE id = ?`, [Number(id)]);
    return db.get<Row>(`${SELECT_EVENT} WHERE event_id_cnty = ?`, [id]);
  }

  async getEvent(id: string | number): Promise<EventDetail | null> {
    const row = await this.loadEventRow(this.db, id);
    if (!row) return null;
    const event = rowToEvent(row);
    const rr = await this.db.all<Row>(
      `SELECT r.id, r.article_id, r.record, r.evidence, m.explanation FROM reports r
       LEFT JOIN merges m ON m.report_id = r.id WHERE r.event_id = ? ORDER BY r.id`,
      [event.id],
    );
    const reports: StoredReport[] = rr.map((r) => ({
      ...parseJson<EventRecord>(r.record, {} as EventRecord),
      evidence: parseJson<Evidence[]>(r.evidence, []),
      report_id: Number(r.id),
      article_db_id: Number(r.article_id),
      event_db_id: event.id,
      event_id_cnty: event.event_id_cnty,
      merge_explanation: String(r.explanation ?? ""),
    }));
    const articles = await this.db.all<StoredArticleSummary>(
      `SELECT id, ref, title, url, source, published, language, ingested_at FROM articles
       WHERE id IN (SELECT article_id FROM reports WHERE event_id = ?) ORDER BY id`,
      [event.id],
    );
    const merge_explanations = reports.map((r) => ({
      report_id: r.report_id,
      explanation: `report ${r.report_id} (${r.source ?? articles.find((a) => Number(a.id) === r.article_db_id)?.source ?? "unknown source"}): ${r.merge_explanation}`,
    }));
    return {
      event,
      reports,
      articles: articles.map((a) => ({ ...a, id: Number(a.id) })),
      merge_explanations,
    };
  }

  async getArticle(id: number): Promise<StoredArticle | null> {
    const a = await this.db.get<StoredArticle>(
      "SELECT id, ref, title, url, source, published, language, country, text, content_hash, ingested_at FROM articles WHERE id = ?",
      [id],
    );
    return a ? { ...a, id: Number(a.id) } : null;
  }

  async counts(
    filter: EventFilter,
    by: "week" | "month",
    group: "event_type" | "country" | "admin1" | "actor1",
  ): Promise<CountRow[]> {
    if (!["event_type", "country", "admin1", "actor1"].includes(group))
      throw new StoreError(`cannot group by ${group}`);
    if (by !== "week" && by !== "month") throw new StoreError("by must be week or month");
    const hasRejected = await this.hasRejected();
    const periodGroup = GROUPS[by];
    const keyGroup = GROUPS[group];
    let rows: AggRow[];
    if (summaryCompatible(filter)) {
      rows = await aggregate(this.db, filter, hasRejected, [periodGroup, keyGroup], [periodGroup]);
    } else {
      const w = buildWhere(filter, this.db.dialect, hasRejected);
      const where = `${w.sql ? `${w.sql} AND` : "WHERE"} event_date IS NOT NULL`;
      const raw = await this.db.all<Row>(
        `SELECT ${periodGroup.events} AS period, ${keyGroup.events} AS key, COUNT(*) AS count, COALESCE(SUM(fatalities), 0) AS fatalities
         FROM events ${where} GROUP BY 1, 2`,
        w.params,
      );
      rows = raw.map((r) => ({
        keys: [String(r.period), r.key == null ? null : String(r.key)],
        n: Number(r.count),
        fatalities: Number(r.fatalities),
      }));
    }
    return rows
      .map((r) => ({ period: String(r.keys[0]), key: r.keys[1], count: r.n, fatalities: r.fatalities }))
      .sort((a, b) => cmp(a.period, b.period) || cmp(a.key, b.key));
  }

  async facets(
    filter: EventFilter,
    fields: FacetField[],
    limit = 50,
  ): Promise<Record<string, { value: string; count: number }[]>> {
    const hasRejected = await this.hasRejected();
    const w = buildWhere(filter, this.db.dialect, hasRejected);
    const compatible = summaryCompatible(filter);
    const out: Record<string, { value: string; count: number }[]> = {};
    for (const f of fields) {
      if (!FACET_FIELDS.includes(f)) throw new StoreError(`no facet for ${f}`);
      let rows: { value: string; count: number }[];
      if (compatible) {
        const g = GROUPS[f];
        rows = (await aggregate(this.db, filter, hasRejected, [g], [g])).map((r) => ({
          value: String(r.keys[0]),
          count: r.n,
        }));
      } else {
        const where = `${w.sql ? `${w.sql} AND` : "WHERE"} ${f} IS NOT NULL`;
        // With filters, "+col" stops SQLite from walking the whole column index to avoid a sort.
        const groupBy = w.sql && this.db.dialect === "sqlite" ? `+${f}` : f;
        rows = (
          await this.db.all<Row>(
            `SELECT ${f} AS value, COUNT(*) AS count FROM events ${where} GROUP BY ${groupBy}`,
            w.params,
          )
        ).map((r) => ({ value: String(r.value), count: Number(r.count) }));
      }
      out[f] = rows.sort((a, b) => b.count - a.count || cmp(a.value, b.value)).slice(0, limit);
    }
    return out;
  }

  async reviewEvent(
    id: string | number,
    user: string,
    action: ReviewAction,
    changes: ReviewChanges = {},
    reason?: string,
  ): Promise<StoredEvent> {
    if (!["accept", "correct", "reject", "reset"].includes(action))
      throw new StoreError(`unknown review action ${action}`);
    return this.db.tx(async (t) => {
      const row = await this.loadEventRow(t, id);
      if (!row) throw new StoreError(`no event ${id}`);
      const eventId = Number(row.id);
      const at = now();
      const audit = (field: string | null, oldV: unknown, newV: unknown) =>
        t.run(
          "INSERT INTO audit (event_id, user_name, at, action, field, old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          [eventId, user, at, action, field, json(oldV), json(newV), reason ?? null],
        );
      const set: Record<string, Param> = { reviewed_by: user, reviewed_at: at, updated_at: at };
      if (action === "accept" || action === "reject") {
        set.review_status = action === "accept" ? "accepted" : "rejected";
        await audit("review_status", row.review_status, set.review_status);
      } else if (action === "reset") {
        const machine = parseJson<Record<string, Param>>(row.machine_values, {});
        for (const [f, v] of Object.entries(machine)) {
          set[f] = v;
          await audit(f, row[f], v);
        }
        if (row.reviewed_evidence) await audit("evidence", parseJson(row.reviewed_evidence, null), null);
        Object.assign(set, {
          review_status: "unreviewed",
          corrected_fields: "[]",
          machine_values: null,
          reviewed_evidence: null,
        });
        if (machine.event_date !== undefined) {
          set.year = yearOf(machine.event_date as string | null);
          set.week = weekOf(machine.event_date as string | null);
        }
      } else {
        const keys = Object.keys(changes);
        if (keys.length === 0) throw new StoreError("a correction needs at least one changed field");
        const machine = parseJson<Record<string, unknown>>(row.machine_values, {});
        const corrected = new Set(parseJson<string[]>(row.corrected_fields, []));
        for (const k of keys) {
          if (k === "evidence") {
            const ev = changes.evidence;
            if (!Array.isArray(ev)) throw new StoreError("evidence must be a list of spans");
            await audit("evidence", parseJson(row.reviewed_evidence, null), ev);
            set.reviewed_evidence = JSON.stringify(ev);
            continue;
          }
          if (!(EDITABLE_FIELDS as readonly string[]).includes(k))
            throw new StoreError(`cannot correct field ${k}`);
          const v = validateValue(k, changes[k as EditableField]) as Param;
          if (!(k in machine)) machine[k] = row[k];
          corrected.add(k);
          set[k] = v;
          await audit(k, row[k], v);
          if (k === "event_date") {
            set.year = yearOf(v as string);
            set.week = weekOf(v as string);
          }
        }
        Object.assign(set, {
          review_status: "corrected",
          corrected_fields: JSON.stringify([...corrected].sort()),
          machine_values: JSON.stringify(machine),
        });
      }
      const keys = Object.keys(set);
      await t.run(`UPDATE events SET ${keys.map((k) => `${k} = ?`).join(", ")} WHERE id = ?`, [
        ...keys.map((k) => set[k]),
        eventId,
      ]);
      return rowToEvent((await this.loadEventRow(t, eventId))!);
    });
  }

  async audit(eventId: string | number): Promise<AuditEntry[]> {
    const row = await this.loadEventRow(this.db, eventId);
    if (!row) throw new StoreError(`no event ${eventId}`);
    const rows = await this.db.all<Row>("SELECT * FROM audit WHERE event_id = ? ORDER BY id", [
      Number(row.id),
    ]);
    return rows.map((r) => ({
      id: Number(r.id),
      event_id_cnty: String(row.event_id_cnty),
      user: String(r.user_name),
      at: String(r.at),
      action: r.action as ReviewAction,
      field: (r.field as string) ?? null,
      old_value: parseJson(r.old_value, null),
      new_value: parseJson(r.new_value, null),
      reason: (r.reason as string) ?? null,
    }));
  }

  async createUser(username: string, password: string, role: Role): Promise<User> {
    if (!/^[\w.@-]{1,64}$/.test(username)) throw new StoreError("username: 1-64 letters, digits, . _ @ -");
    if (!["viewer", "editor", "admin"].includes(role))
      throw new StoreError("role must be viewer, editor or admin");
    if (password.length < 8) throw new StoreError("password must have at least 8 characters");
    if (await this.getUser(username)) throw new StoreError(`user ${username} already exists`);
    const hash = await hashPassword(password);
    const at = now();
    const r = await this.db.get<{ id: number }>(
      "INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?) RETURNING id",
      [username, hash, role, at],
    );
    return { id: Number(r!.id), username, role, created_at: at };
  }

  async verifyPassword(username: string, password: string): Promise<User | null> {
    const r = await this.db.get<Row>(
      "SELECT id, username, role, created_at, password_hash FROM users WHERE username = ?",
      [username],
    );
    if (!r) {
      await hashPassword(password); // same cost whether or not the user exists
      return null;
    }
    if (!(await checkPassword(password, String(r.password_hash)))) return null;
    return {
      id: Number(r.id),
      username: String(r.username),
      role: r.role as Role,
      created_at: String(r.created_at),
    };
  }

  async getUser(username: string): Promise<User | null> {
    const r = await this.db.get<User>("SELECT id, username, role, created_at FROM users WHERE username = ?", [
      username,
    ]);
    return r ? { ...r, id: Number(r.id) } : null;
  }

  async listUsers(): Promise<User[]> {
    const rows = await this.db.all<User>(
      "SELECT id, username, role, created_at FROM users ORDER BY username",
    );
    return rows.map((r) => ({ ...r, id: Number(r.id) }));
  }

  async createToken(username: string, label?: string): Promise<{ id: number; token: string }> {
    const user = await this.getUser(username);
    if (!user) throw new StoreError(`no user ${username}`);
    const token = newToken();
    const r = await this.db.get<{ id: number }>(
      "INSERT INTO api_tokens (user_id, token_hash, label, created_at) VALUES (?, ?, ?, ?) RETURNING id",
      [user.id, hashToken(token), label ?? null, now()],
    );
    return { id: Number(r!.id), token };
  }

  async verifyToken(token: string): Promise<User | null> {
    const r = await this.db.get<User>(
      `SELECT u.id, u.username, u.role, u.created_at FROM api_tokens t JOIN users u ON u.id = t.user_id
       WHERE t.token_hash = ? AND t.revoked = 0`,
      [hashToken(token)],
    );
    return r ? { ...r, id: Number(r.id) } : null;
  }

  async revokeToken(id: number): Promise<void> {
    await this.db.run("UPDATE api_tokens SET revoked = 1 WHERE id = ?", [id]);
  }

  async stats(): Promise<StoreStats> {
    const n = async (sql: string) => Number((await this.db.get<{ n: number }>(sql))?.n ?? 0);
    const range = await this.db.get<{ a: string | null; b: string | null }>(
      "SELECT MIN(event_date) AS a, MAX(event_date) AS b FROM events",
    );
    return {
      backend: this.backend,
      schema_version: SCHEMA_VERSION,
      articles: await n("SELECT COUNT(*) AS n FROM articles"),
      reports: await n("SELECT COUNT(*) AS n FROM reports"),
      events: await n("SELECT COALESCE(SUM(n), 0) AS n FROM event_summary"),
      reviewed: await n(
        "SELECT COALESCE(SUM(n), 0) AS n FROM event_summary WHERE review_status <> 'unreviewed'",
      ),
      first_date: range?.a ?? null,
      last_date: range?.b ?? null,
    };
  }

  workQueue(worker: string, ttlMs?: number): WorkQueue {
    return new WorkQueue(this.db, worker, ttlMs);
  }

  async close(): Promise<void> {
    await this.db.close();
    await this.onClose();
  }
}
