/**
 * Chronicle's event database: one interface, two backends (SQLite file, PostgreSQL).
 * Open with `openStore(url)` from ./index.js. All methods are async on both backends.
 */
import type { Article } from "../model/article.js";
import type { EventRecord, Evidence } from "../model/event.js";
import type { WorkQueue } from "./queue.js";

export type ReviewStatus = "unreviewed" | "accepted" | "corrected" | "rejected";
export type ReviewAction = "accept" | "correct" | "reject" | "reset";
export type Role = "viewer" | "editor" | "admin";

/** Fields of an event a reviewer may correct (plus `evidence`, see ReviewChanges). */
export const EDITABLE_FIELDS = [
  "event_date",
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
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** The merged event, with reviewed values applied (corrected fields override the machine's). */
export interface StoredEvent {
  /** Internal numeric id. */
  id: number;
  /** ACLED-style id: ISO3 + sequence per country, e.g. "MLI1234" ("XXX" when the country is unknown). */
  event_id_cnty: string;
  event_date: string | null;
  year: number | null;
  time_precision: 1 | 2 | 3;
  disorder_type: string;
  event_type: string;
  sub_event_type: string;
  actor1: string | null;
  assoc_actor_1: string | null;
  inter1: number | null;
  actor2: string | null;
  assoc_actor_2: string | null;
  inter2: number | null;
  interaction: number | null;
  civilian_targeting: string;
  country: string | null;
  iso3: string | null;
  region: string | null;
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: 1 | 2 | 3;
  fatalities: number;
  crowd_size: string;
  notes: string;
  confidence: number;
  /** Distinct sources of the merged reports (ACLED's `source` column is sources.join("; ")). */
  sources: string[];
  report_count: number;
  review_status: ReviewStatus;
  reviewed_by: string | null;
  reviewed_at: string | null;
  /** Fields a reviewer corrected; their machine values are in `machine_values`. */
  corrected_fields: string[];
  machine_values: Record<string, unknown> | null;
  /** Reviewer-re-pointed evidence (replaces the reports' evidence for display), or null. */
  reviewed_evidence: Evidence[] | null;
  created_at: string;
  updated_at: string;
}

/** One extracted event of one article, kept with its own figures and evidence. */
export interface StoredReport extends EventRecord {
  report_id: number;
  /** Internal id of the stored article (EventRecord.article_id keeps the reader's id). */
  article_db_id: number;
  event_db_id: number;
  event_id_cnty: string;
  /** Why this report joined its event ("first report" for the one that created it). */
  merge_explanation: string;
}

export interface StoredArticleSummary {
  id: number;
  /** The reader's id: record id, file path or URL. */
  ref: string;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  language: string | null;
  ingested_at: string;
}

export interface StoredArticle extends StoredArticleSummary {
  text: string;
  content_hash: string;
  country: string | null;
}

export interface EventDetail {
  event: StoredEvent;
  reports: StoredReport[];
  articles: StoredArticleSummary[];
  /** One line per merged report: "report 12 (Le Monde): same type, dates 1 day apart, 3.2 km apart, actors match". */
  merge_explanations: { report_id: number; explanation: string }[];
}

export type SortKey =
  | "event_date"
  | "-event_date"
  | "fatalities"
  | "-fatalities"
  | "country"
  | "-country"
  | "event_type"
  | "-event_type"
  | "event_id_cnty"
  | "-event_id_cnty"
  | "updated_at"
  | "-updated_at";
export const SORT_KEYS: readonly SortKey[] = [
  "event_date",
  "-event_date",
  "fatalities",
  "-fatalities",
  "country",
  "-country",
  "event_type",
  "-event_type",
  "event_id_cnty",
  "-event_id_cnty",
  "updated_at",
  "-updated_at",
];

export interface EventFilter {
  /** Country name ("Mali") or ISO3 code ("MLI"). */
  country?: string;
  admin1?: string;
  event_type?: string;
  sub_event_type?: string;
  /** Exact actor name, matched against actor1, actor2, assoc_actor_1, assoc_actor_2. */
  actor?: string;
  /** Inclusive, YYYY-MM-DD. */
  start_date?: string;
  end_date?: string;
  min_fatalities?: number;
  /** Words searched in notes, actors and location (all words must match). */
  q?: string;
  /** [min_lon, min_lat, max_lon, max_lat]. */
  bbox?: [number, number, number, number];
  /** Only accepted or corrected events. */
  reviewed_only?: boolean;
  /** Restrict to one review status. Rejected events are excluded unless asked for here. */
  status?: ReviewStatus;
  /** Default 100, max 10000 (exports page through). */
  limit?: number;
  offset?: number;
  /** Default "-event_date". */
  sort?: SortKey;
}

export interface CountRow {
  /** Week start (Monday, YYYY-MM-DD) or month (YYYY-MM). */
  period: string;
  key: string | null;
  count: number;
  fatalities: number;
}

export type FacetField =
  | "country"
  | "admin1"
  | "event_type"
  | "sub_event_type"
  | "actor1"
  | "actor2"
  | "review_status"
  | "year";
export const FACET_FIELDS: readonly FacetField[] = [
  "country",
  "admin1",
  "event_type",
  "sub_event_type",
  "actor1",
  "actor2",
  "review_status",
  "year",
];

export interface IngestResult {
  status: "added" | "skipped";
  article_db_id: number;
  reports: number;
  events_created: number;
  events_merged: number;
}

export interface AuditEntry {
  id: number;
  event_id_cnty: string;
  user: string;
  at: string;
  action: ReviewAction;
  field: string | null;
  old_value: unknown;
  new_value: unknown;
  reason: string | null;
}

/** Field -> new value; `evidence` re-points the event's evidence spans. */
export type ReviewChanges = Partial<Record<EditableField, unknown>> & { evidence?: Evidence[] };

export interface User {
  id: number;
  username: string;
  role: Role;
  created_at: string;
}

export interface StoreStats {
  backend: "sqlite" | "postgres";
  schema_version: number;
  articles: number;
  reports: number;
  events: number;
  reviewed: number;
  first_date: string | null;
  last_date: string | null;
}

export interface Store {
  readonly backend: "sqlite" | "postgres";
  /** True when an article with this text (content hash) is already stored: lets callers skip extraction. */
  hasArticle(article: Article): Promise<boolean>;
  /** Store an article and its extracted events in ONE transaction, merging reports into events. Idempotent. */
  ingestArticle(article: Article, events: EventRecord[]): Promise<IngestResult>;
  /**
   * One page of events and the number matching. `total` is exact when `total_exact`; otherwise
   * (filters on actor, q, bbox or min_fatalities with more than 100,000 matches) it is a lower
   * bound: "more than total - 1".
   */
  queryEvents(filter: EventFilter): Promise<{ events: StoredEvent[]; total: number; total_exact: boolean }>;
  /** By event_id_cnty ("MLI12") or numeric id. */
  getEvent(id: string | number): Promise<EventDetail | null>;
  getArticle(id: number): Promise<StoredArticle | null>;
  counts(
    filter: EventFilter,
    by: "week" | "month",
    group: "event_type" | "country" | "admin1" | "actor1",
  ): Promise<CountRow[]>;
  facets(
    filter: EventFilter,
    fields: FacetField[],
    limit?: number,
  ): Promise<Record<string, { value: string; count: number }[]>>;
  reviewEvent(
    id: string | number,
    user: string,
    action: ReviewAction,
    changes?: ReviewChanges,
    reason?: string,
  ): Promise<StoredEvent>;
  audit(eventId: string | number): Promise<AuditEntry[]>;
  createUser(username: string, password: string, role: Role): Promise<User>;
  verifyPassword(username: string, password: string): Promise<User | null>;
  getUser(username: string): Promise<User | null>;
  listUsers(): Promise<User[]>;
  /** Returns the token in clear text once; only its hash is stored. */
  createToken(username: string, label?: string): Promise<{ id: number; token: string }>;
  verifyToken(token: string): Promise<User | null>;
  revokeToken(id: number): Promise<void>;
  stats(): Promise<StoreStats>;
  /** The shared ingest work queue, seen as worker `worker` (claims expire after ttlMs without heartbeat). */
  workQueue(worker: string, ttlMs?: number): WorkQueue;
  close(): Promise<void>;
}

/** Thrown for user-facing store problems (not Chronicle's database, newer schema, bad filter...). */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoreError";
  }
}
