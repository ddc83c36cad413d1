/** EventFilter -> parameterised WHERE clause, ORDER BY and paging, for both dialects. */
import type { Param } from "./db.js";
import { type EventFilter, SORT_KEYS, StoreError } from "./types.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Degrees the R*Tree probe is widened by (its float32 boxes are rounded outward, by < 1e-5). */
export const RTREE_EPS = 1e-4;

export interface Where {
  sql: string;
  params: Param[];
}

/** SQLite FTS5 query: every word quoted, all required. */
export function ftsQuery(q: string): string {
  return q
    .split(/\s+/)
    .map((w) => w.replace(/"/g, ""))
    .filter(Boolean)
    .map((w) => `"${w}"`)
    .join(" ");
}

/**
 * `scan` (SQLite): the text-search and bbox candidate sets are only probed ("+id IN", bloom filter)
 * while SQLite walks the index of the sort order: fast when the candidates are many.
 */
export function buildWhere(
  f: EventFilter,
  dialect: "sqlite" | "postgres",
  hasRejected = true,
  scan = false,
): Where {
  const plus = scan ? "+" : "";
  const c: string[] = [];
  const p: Param[] = [];
  if (f.country) {
    if (/^[A-Z]{3}$/.test(f.country)) c.push("iso3 = ?");
    else c.push("country = ?");
    p.push(f.country);
  }
  if (f.admin1) {
    c.push("admin1 = ?");
    p.push(f.admin1);
  }
  if (f.event_type) {
    c.push("event_type = ?");
    p.push(f.event_type);
  }
  if (f.sub_event_type) {
    c.push("sub_event_type = ?");
    p.push(f.sub_event_type);
  }
  if (f.actor) {
    c.push("(actor1 = ? OR actor2 = ? OR assoc_actor_1 = ? OR assoc_actor_2 = ?)");
    p.push(f.actor, f.actor, f.actor, f.actor);
  }
  if (f.start_date) {
    if (!DATE.test(f.start_date))
      throw new StoreError(`start_date must be YYYY-MM-DD, got "${f.start_date}"`);
    c.push("event_date >= ?");
    p.push(f.start_date);
  }
  if (f.end_date) {
    if (!DATE.test(f.end_date)) throw new StoreError(`end_date must be YYYY-MM-DD, got "${f.end_date}"`);
    c.push("event_date <= ?");
    p.push(f.end_date);
  }
  if (f.min_fatalities !== undefined && f.min_fatalities !== null) {
    if (!Number.isFinite(f.min_fatalities)) throw new StoreError("min_fatalities must be a number");
    c.push("fatalities >= ?");
    p.push(f.min_fatalities);
  }
  if (f.q?.trim()) {
    if (dialect === "sqlite") {
      c.push(`${plus}id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)`);
      p.push(ftsQuery(f.q));
    } else {
      c.push("search @@ plainto_tsquery('simple', ?)");
      p.push(f.q);
    }
  }
  if (f.bbox) {
    const [w, s, e, n] = f.bbox;
    if (![w, s, e, n].every(Number.isFinite)) throw new StoreError("bbox must be four numbers");
    const box = [Math.min(w, e), Math.min(s, n), Math.max(w, e), Math.max(s, n)];
    if (dialect === "sqlite") {
      // R*Tree (float32 boxes, widened a hair) finds candidates; the exact test follows.
      c.push(
        `${plus}id IN (SELECT id FROM events_rtree WHERE min_lon >= ? AND max_lon <= ? AND min_lat >= ? AND max_lat <= ?)`,
        `${plus}latitude BETWEEN ? AND ? AND ${plus}longitude BETWEEN ? AND ?`,
      );
      const eps = RTREE_EPS;
      p.push(box[0] - eps, box[2] + eps, box[1] - eps, box[3] + eps, box[1], box[3], box[0], box[2]);
    } else {
      c.push(
        "point(longitude, latitude) <@ box(point(CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION)), point(CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION)))",
      );
      p.push(box[0], box[1], box[2], box[3]);
    }
  }
  if (f.status) {
    c.push("review_status = ?");
    p.push(f.status);
  } else if (f.reviewed_only) {
    c.push("review_status IN ('accepted', 'corrected')");
  } else if (hasRejected) {
    // NOT IN over the (small) rejected set keeps every other index covering: no table lookups.
    c.push("id NOT IN (SELECT id FROM events WHERE review_status = 'rejected')");
  }
  return { sql: c.length ? `WHERE ${c.join(" AND ")}` : "", params: p };
}

export function buildOrder(f: EventFilter): string {
  const key = f.sort ?? "-event_date";
  if (!SORT_KEYS.includes(key)) throw new StoreError(`sort must be one of ${SORT_KEYS.join(", ")}`);
  const desc = key.startsWith("-");
  const col = desc ? key.slice(1) : key;
  const dir = desc ? "DESC" : "ASC";
  return `ORDER BY ${col} ${dir}, id ${dir}`;
}

export function buildPaging(f: EventFilter): { limit: number; offset: number } {
  const limit = f.limit ?? 100;
  const offset = f.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 0 || limit > 10_000) throw new StoreError("limit must be 0..10000");
  if (!Number.isInteger(offset) || offset < 0) throw new StoreError("offset must be a non-negative integer");
  return { limit, offset };
}
