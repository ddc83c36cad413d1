/**
 * Reading event_summary (schema v2): exact counts, facets and totals without touching a million
 * events. A summary row covers one bucket = the days shared by one ISO week and one calendar month,
 * so both week and month groupings are exact. A date range that cuts a bucket is answered from the
 * summary for the whole buckets inside it and from the events table for the (at most two) partial
 * buckets at its ends. Filters the summary cannot answer (actor, q, bbox, min_fatalities) go to
 * the events table.
 */
import { weekOf } from "./dates.js";
import type { Db, Param } from "./db.js";
import { buildWhere, type Where } from "./filter.js";
import type { EventFilter } from "./types.js";

/** A grouping: its expression on event_summary and on events (both yield NULL for "none"). */
export interface Group {
  summary: string;
  events: string;
}

export const GROUPS: Record<string, Group> = {
  week: { summary: "NULLIF(week, '')", events: "week" },
  month: { summary: "NULLIF(substr(day0, 1, 7), '')", events: "substr(event_date, 1, 7)" },
  year: { summary: "NULLIF(substr(day0, 1, 4), '')", events: "CAST(year AS TEXT)" },
  country: { summary: "NULLIF(country, '')", events: "country" },
  admin1: { summary: "NULLIF(admin1, '')", events: "admin1" },
  event_type: { summary: "event_type", events: "event_type" },
  sub_event_type: { summary: "NULLIF(sub_event_type, '')", events: "sub_event_type" },
  actor1: { summary: "NULLIF(actor1, '')", events: "actor1" },
  actor2: { summary: "NULLIF(actor2, '')", events: "actor2" },
  review_status: { summary: "review_status", events: "review_status" },
};

/** True when the summary can answer this filter (possibly with raw date edges). */
export function summaryCompatible(f: EventFilter): boolean {
  return !f.actor && (f.min_fatalities === undefined || f.min_fatalities === null) && !f.q?.trim() && !f.bbox;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function monthEnd(date: string): string {
  const [y, m] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** First day of the bucket (week ∩ month) holding date. */
export function bucketStart(date: string): string {
  const w = weekOf(date)!;
  const m = `${date.slice(0, 8)}01`;
  return [w, m].sort()[1];
}

/** Last day of the bucket holding date. */
export function bucketEnd(date: string): string {
  const w = addDays(weekOf(date)!, 6);
  const m = monthEnd(date);
  return [w, m].sort()[0];
}

export interface SummaryPlan {
  /** WHERE on event_summary for the whole buckets, or null when none are in range. */
  summary: Where | null;
  /** WHEREs on events for partial buckets at the range's ends. */
  events: Where[];
}

function summaryConditions(f: EventFilter): { c: string[]; p: Param[] } {
  const c: string[] = [];
  const p: Param[] = [];
  if (f.country) {
    c.push(/^[A-Z]{3}$/.test(f.country) ? "iso3 = ?" : "country = ?");
    p.push(f.country);
  }
  for (const k of ["admin1", "event_type", "sub_event_type"] as const)
    if (f[k]) {
      c.push(`${k} = ?`);
      p.push(f[k]);
    }
  if (f.status) {
    c.push("review_status = ?");
    p.push(f.status);
  } else if (f.reviewed_only) c.push("review_status IN ('accepted', 'corrected')");
  else c.push("review_status <> 'rejected'");
  return { c, p };
}

/** Split a summary-compatible filter into a summary part and raw event parts. */
export function planSummary(f: EventFilter, dialect: Db["dialect"], hasRejected: boolean): SummaryPlan {
  buildWhere(f, dialect, hasRejected); // validates dates and the rest
  const { c, p } = summaryConditions(f);
  const S = f.start_date;
  const E = f.end_date;
  const events: Where[] = [];
  const raw = (a: string, b: string) =>
    events.push(buildWhere({ ...f, start_date: a, end_date: b }, dialect, hasRejected));
  if (!S && !E) return { summary: { sql: `WHERE ${c.join(" AND ")}`, params: p }, events };
  if (S && E && S > E) return { summary: null, events };
  c.push("day0 <> ''");
  let lo: string | null = null;
  let hi: string | null = null;
  if (S && E && bucketStart(S) === bucketStart(E)) {
    if (S === bucketStart(S) && E === bucketEnd(E)) lo = hi = S;
    else raw(S, E);
  } else {
    if (S) {
      lo = S === bucketStart(S) ? S : addDays(bucketEnd(S), 1);
      if (S !== bucketStart(S)) raw(S, bucketEnd(S));
    }
    if (E) {
      hi = E === bucketEnd(E) ? E : addDays(bucketStart(E), -1);
      if (E !== bucketEnd(E)) raw(bucketStart(E), E);
    }
  }
  if (S && E && (lo === null || hi === null || lo > hi)) return { summary: null, events };
  if (lo) {
    c.push("day0 >= ?");
    p.push(lo);
  }
  if (hi) {
    c.push("day0 <= ?");
    p.push(hi);
  }
  return { summary: { sql: `WHERE ${c.join(" AND ")}`, params: p }, events };
}

export interface AggRow {
  keys: (string | null)[];
  n: number;
  fatalities: number;
}

/**
 * Counts and fatalities of the events matching a summary-compatible filter, grouped by `groups`
 * (none: one row). `notNull` groups drop rows whose value is NULL (facets, dated periods).
 */
export async function aggregate(
  db: Db,
  f: EventFilter,
  hasRejected: boolean,
  groups: Group[],
  notNull: Group[] = [],
): Promise<AggRow[]> {
  const plan = planSummary(f, db.dialect, hasRejected);
  const out = new Map<string, AggRow>();
  const add = (rows: Record<string, unknown>[]) => {
    for (const r of rows) {
      const keys = groups.map((_, i) => (r[`k${i}`] == null ? null : String(r[`k${i}`])));
      const id = JSON.stringify(keys);
      const acc = out.get(id) ?? { keys, n: 0, fatalities: 0 };
      acc.n += Number(r.n);
      acc.fatalities += Number(r.f ?? 0);
      out.set(id, acc);
    }
  };
  const sel = (side: "summary" | "events") => groups.map((g, i) => `${g[side]} AS k${i}`);
  const groupBy = groups.length ? ` GROUP BY ${groups.map((_, i) => i + 1).join(", ")}` : "";
  const nn = (side: "summary" | "events") => notNull.map((g) => ` AND ${g[side]} IS NOT NULL`).join("");
  if (plan.summary)
    add(
      await db.all(
        `SELECT ${[...sel("summary"), "SUM(n) AS n", "SUM(fatalities) AS f"].join(", ")} FROM event_summary ${plan.summary.sql}${nn("summary")}${groupBy}`,
        plan.summary.params,
      ),
    );
  for (const w of plan.events) {
    const where = w.sql ? `${w.sql}${nn("events")}` : `WHERE 1 = 1${nn("events")}`;
    add(
      await db.all(
        `SELECT ${[...sel("events"), "COUNT(*) AS n", "COALESCE(SUM(fatalities), 0) AS f"].join(", ")} FROM events ${where}${groupBy}`,
        w.params,
      ),
    );
  }
  return [...out.values()].filter((r) => r.n > 0);
}
