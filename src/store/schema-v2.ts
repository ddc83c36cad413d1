/**
 * Schema version 2: what makes a million events fast, and the shared ingest work queue.
 * - event_summary: event counts and fatalities per (week ∩ month) bucket x country x admin1 x type x
 *   sub-type x actor1 x actor2 x review status, kept exact by triggers on events (same transaction).
 *   Counts, facets and list totals read it instead of the events table (see ./summary.ts).
 * - composite indexes for the typical filtered lists; R*Tree (SQLite) / GiST (PostgreSQL) for bbox.
 * - ingest_queue: articles to ingest by content hash, claimed by workers (see ./queue.ts).
 */
import type { Db } from "./db.js";

type Dialect = Db["dialect"];

/** Summary key columns, in primary-key order. */
export const SUMMARY_KEY = [
  "country",
  "day0",
  "iso3",
  "admin1",
  "event_type",
  "sub_event_type",
  "actor1",
  "actor2",
  "review_status",
  "week",
] as const;

/** Columns whose change moves an event to another summary row. */
const SUMMARY_SOURCE_COLUMNS = [
  "event_date",
  "week",
  "country",
  "iso3",
  "admin1",
  "event_type",
  "sub_event_type",
  "actor1",
  "actor2",
  "review_status",
  "fatalities",
];

/** SQL expressions of the summary key for a row alias (new, old, NEW, events). */
function keyExprs(d: Dialect, r: string): string[] {
  const greatest = d === "sqlite" ? "max" : "GREATEST";
  return SUMMARY_KEY.map((k) =>
    k === "day0"
      ? `CASE WHEN ${r}.event_date IS NULL THEN '' ELSE ${greatest}(COALESCE(${r}.week, ''), substr(${r}.event_date, 1, 8) || '01') END`
      : `COALESCE(${r}.${k}, '')`,
  );
}

function keyMatch(d: Dialect, r: string): string {
  const e = keyExprs(d, r);
  return SUMMARY_KEY.map((k, i) => `${k} = ${e[i]}`).join(" AND ");
}

function upsert(d: Dialect, r: string, n: string, f: string): string {
  const t = d === "sqlite" ? "" : "event_summary.";
  return `INSERT INTO event_summary (${SUMMARY_KEY.join(", ")}, n, fatalities)
    VALUES (${keyExprs(d, r).join(", ")}, ${n}, ${f})
    ON CONFLICT (${SUMMARY_KEY.join(", ")}) DO UPDATE SET n = ${t}n + excluded.n, fatalities = ${t}fatalities + excluded.fatalities;`;
}

function decrement(d: Dialect, r: string): string {
  return `UPDATE event_summary SET n = n - 1, fatalities = fatalities - ${r}.fatalities WHERE ${keyMatch(d, r)};
    DELETE FROM event_summary WHERE ${keyMatch(d, r)} AND n <= 0;`;
}

/** Recompute the whole summary from the events table (migration, bulk loads). */
export function rebuildSummarySql(d: Dialect): string {
  return `DELETE FROM event_summary;
INSERT INTO event_summary (${SUMMARY_KEY.join(", ")}, n, fatalities)
  SELECT ${keyExprs(d, "events").join(", ")}, COUNT(*), COALESCE(SUM(fatalities), 0) FROM events
  GROUP BY ${SUMMARY_KEY.map((_, i) => i + 1).join(", ")};`;
}

/** Triggers keeping event_summary (and on SQLite the R*Tree) in step with events. */
export function eventTriggersSql(d: Dialect): string {
  if (d === "postgres")
    return `CREATE OR REPLACE FUNCTION events_summary_trg() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    ${decrement(d, "OLD")}
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    ${upsert(d, "NEW", "1", "NEW.fatalities")}
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER events_summary AFTER INSERT OR DELETE OR UPDATE OF ${SUMMARY_SOURCE_COLUMNS.join(", ")}
  ON events FOR EACH ROW EXECUTE FUNCTION events_summary_trg();
`;
  const geo = "new.latitude IS NOT NULL AND new.longitude IS NOT NULL";
  return `CREATE TRIGGER events_summary_ai AFTER INSERT ON events BEGIN
  ${upsert(d, "new", "1", "new.fatalities")}
END;
CREATE TRIGGER events_summary_ad AFTER DELETE ON events BEGIN
  ${decrement(d, "old")}
END;
CREATE TRIGGER events_summary_au AFTER UPDATE OF ${SUMMARY_SOURCE_COLUMNS.join(", ")} ON events BEGIN
  ${decrement(d, "old")}
  ${upsert(d, "new", "1", "new.fatalities")}
END;
CREATE TRIGGER events_rtree_ai AFTER INSERT ON events WHEN ${geo} BEGIN
  INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat)
  VALUES (new.id, new.longitude, new.longitude, new.latitude, new.latitude);
END;
CREATE TRIGGER events_rtree_ad AFTER DELETE ON events BEGIN
  DELETE FROM events_rtree WHERE id = old.id;
END;
CREATE TRIGGER events_rtree_au AFTER UPDATE OF latitude, longitude ON events BEGIN
  DELETE FROM events_rtree WHERE id = old.id;
  INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat)
  SELECT new.id, new.longitude, new.longitude, new.latitude, new.latitude WHERE ${geo};
END;
`;
}

/** Fill the R*Tree from events (SQLite only). */
export const REBUILD_RTREE_SQL = `DELETE FROM events_rtree;
INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat)
  SELECT id, longitude, longitude, latitude, latitude FROM events
  WHERE latitude IS NOT NULL AND longitude IS NOT NULL;`;

export function v2Sql(d: Dialect): string {
  const id = d === "sqlite" ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY";
  const big = d === "sqlite" ? "INTEGER" : "BIGINT";
  const common = `
CREATE TABLE event_summary (
  ${SUMMARY_KEY.map((k) => `${k} TEXT NOT NULL`).join(", ")},
  n INTEGER NOT NULL, fatalities ${big} NOT NULL,
  PRIMARY KEY (${SUMMARY_KEY.join(", ")})
)${d === "sqlite" ? " WITHOUT ROWID" : ""};
CREATE INDEX events_country_type_date ON events (country, event_type, event_date, fatalities);
CREATE INDEX events_iso3_type_date ON events (iso3, event_type, event_date, fatalities);
CREATE INDEX events_admin1_type_date ON events (admin1, event_type, event_date, fatalities);
CREATE TABLE ingest_queue (
  id ${id},
  content_hash TEXT NOT NULL UNIQUE,
  article TEXT NOT NULL,
  label TEXT,
  status TEXT NOT NULL DEFAULT 'pending',
  worker TEXT,
  claimed_until ${big},
  attempts INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  enqueued_at TEXT NOT NULL,
  done_at TEXT
);
CREATE INDEX ingest_queue_status ON ingest_queue (status, id);
`;
  const spatial =
    d === "sqlite"
      ? `CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);
${REBUILD_RTREE_SQL}`
      : "CREATE INDEX events_geo ON events USING gist (point(longitude, latitude));";
  return `${common}${spatial}
${rebuildSummarySql(d)}
${eventTriggersSql(d)}`;
}
