/** Schema and migrations, written once for both dialects ({{ID}}, {{REAL}} are filled per dialect). */
import type { Db } from "./db.js";
import { v2Sql } from "./schema-v2.js";
import { StoreError } from "./types.js";

export const APP_ID = "chronicle";
export const SCHEMA_VERSION = 2;

const V1 = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
  id {{ID}},
  content_hash TEXT NOT NULL UNIQUE,
  ref TEXT NOT NULL,
  url TEXT, source TEXT, published TEXT, language TEXT, country TEXT, title TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE TABLE events (
  id {{ID}},
  event_id_cnty TEXT NOT NULL UNIQUE,
  event_date TEXT, year INTEGER, week TEXT, time_precision INTEGER NOT NULL,
  disorder_type TEXT NOT NULL DEFAULT '', event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL DEFAULT '',
  actor1 TEXT, assoc_actor_1 TEXT, inter1 INTEGER, actor2 TEXT, assoc_actor_2 TEXT, inter2 INTEGER,
  interaction INTEGER, civilian_targeting TEXT NOT NULL DEFAULT '',
  country TEXT, iso3 TEXT, region TEXT, admin1 TEXT, admin2 TEXT, admin3 TEXT, location TEXT,
  latitude {{REAL}}, longitude {{REAL}}, geo_precision INTEGER NOT NULL,
  fatalities INTEGER NOT NULL DEFAULT 0, crowd_size TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',
  confidence {{REAL}} NOT NULL DEFAULT 0,
  sources TEXT NOT NULL DEFAULT '[]', report_count INTEGER NOT NULL DEFAULT 0,
  review_status TEXT NOT NULL DEFAULT 'unreviewed', reviewed_by TEXT, reviewed_at TEXT,
  corrected_fields TEXT NOT NULL DEFAULT '[]', machine_values TEXT, reviewed_evidence TEXT,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX events_date ON events (event_date);
CREATE INDEX events_country_date ON events (country, event_date);
CREATE INDEX events_iso3_date ON events (iso3, event_date);
CREATE INDEX events_admin1_date ON events (admin1, event_date);
CREATE INDEX events_type_date ON events (event_type, event_date);
CREATE INDEX events_subtype_date ON events (sub_event_type, event_date);
CREATE INDEX events_actor1 ON events (actor1);
CREATE INDEX events_actor2 ON events (actor2);
CREATE INDEX events_assoc1 ON events (assoc_actor_1);
CREATE INDEX events_assoc2 ON events (assoc_actor_2);
CREATE INDEX events_fatalities ON events (fatalities);
CREATE INDEX events_review ON events (review_status, event_date);
CREATE INDEX events_lat_lon ON events (latitude, longitude);
CREATE INDEX events_updated ON events (updated_at);
CREATE TABLE reports (
  id {{ID}},
  article_id INTEGER NOT NULL REFERENCES articles (id),
  event_id INTEGER NOT NULL REFERENCES events (id),
  event_type TEXT NOT NULL, event_date TEXT, fatalities INTEGER NOT NULL DEFAULT 0, source TEXT,
  record TEXT NOT NULL,
  evidence TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX reports_article ON reports (article_id);
CREATE INDEX reports_event ON reports (event_id);
CREATE TABLE merges (
  id {{ID}},
  event_id INTEGER NOT NULL REFERENCES events (id),
  report_id INTEGER NOT NULL REFERENCES reports (id),
  explanation TEXT NOT NULL,
  days_apart INTEGER, km_apart {{REAL}},
  created_at TEXT NOT NULL
);
CREATE INDEX merges_event ON merges (event_id);
CREATE TABLE country_seq (iso3 TEXT PRIMARY KEY, last INTEGER NOT NULL);
CREATE TABLE audit (
  id {{ID}},
  event_id INTEGER NOT NULL REFERENCES events (id),
  user_name TEXT NOT NULL, at TEXT NOT NULL, action TEXT NOT NULL,
  field TEXT, old_value TEXT, new_value TEXT, reason TEXT
);
CREATE INDEX audit_event ON audit (event_id, id);
CREATE TABLE users (
  id {{ID}},
  username TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL, role TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE TABLE api_tokens (
  id {{ID}},
  user_id INTEGER NOT NULL REFERENCES users (id),
  token_hash TEXT NOT NULL UNIQUE, label TEXT, created_at TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0
);
`;

const SEARCH_SQLITE = `
CREATE VIRTUAL TABLE events_fts USING fts5(
  notes, actor1, actor2, assoc_actor_1, assoc_actor_2, location, admin1,
  content='events', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN
  INSERT INTO events_fts (rowid, notes, actor1, actor2, assoc_actor_1, assoc_actor_2, location, admin1)
  VALUES (new.id, new.notes, new.actor1, new.actor2, new.assoc_actor_1, new.assoc_actor_2, new.location, new.admin1);
END;
CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, notes, actor1, actor2, assoc_actor_1, assoc_actor_2, location, admin1)
  VALUES ('delete', old.id, old.notes, old.actor1, old.actor2, old.assoc_actor_1, old.assoc_actor_2, old.location, old.admin1);
END;
CREATE TRIGGER events_fts_au AFTER UPDATE OF notes, actor1, actor2, assoc_actor_1, assoc_actor_2, location, admin1 ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, notes, actor1, actor2, assoc_actor_1, assoc_actor_2, location, admin1)
  VALUES ('delete', old.id, old.notes, old.actor1, old.actor2, old.assoc_actor_1, old.assoc_actor_2, old.location, old.admin1);
  INSERT INTO events_fts (rowid, notes, actor1, actor2, assoc_actor_1, assoc_actor_2, location, admin1)
  VALUES (new.id, new.notes, new.actor1, new.actor2, new.assoc_actor_1, new.assoc_actor_2, new.location, new.admin1);
END;
`;

const SEARCH_PG = `
ALTER TABLE events ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('simple',
  coalesce(notes, '') || ' ' || coalesce(actor1, '') || ' ' || coalesce(actor2, '') || ' ' ||
  coalesce(assoc_actor_1, '') || ' ' || coalesce(assoc_actor_2, '') || ' ' || coalesce(location, '') || ' ' ||
  coalesce(admin1, ''))) STORED;
CREATE INDEX events_search ON events USING GIN (search);
`;

const MIGRATIONS: { version: number; sql: (dialect: Db["dialect"]) => string }[] = [
  { version: 1, sql: (d) => V1 + (d === "sqlite" ? SEARCH_SQLITE : SEARCH_PG) },
  { version: 2, sql: (d) => v2Sql(d) },
];

function fill(sql: string, dialect: Db["dialect"]): string {
  return sql
    .replaceAll("{{ID}}", dialect === "sqlite" ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY")
    .replaceAll("{{REAL}}", dialect === "sqlite" ? "REAL" : "DOUBLE PRECISION");
}

async function tableNames(db: Db): Promise<string[]> {
  const rows =
    db.dialect === "sqlite"
      ? await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      : await db.all<{ name: string }>(
          "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()",
        );
  return rows.map((r) => r.name);
}

/** Check that the database is Chronicle's (or empty) and bring it to SCHEMA_VERSION. */
export async function migrate(db: Db, label: string): Promise<number> {
  const tables = await tableNames(db);
  let version = 0;
  if (tables.includes("meta")) {
    const app = await db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'app'");
    if (app?.value !== APP_ID) throw new StoreError(`${label} is not a Chronicle database`);
    const v = await db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'");
    version = Number(v?.value ?? 0);
    if (version > SCHEMA_VERSION)
      throw new StoreError(
        `${label} has schema version ${version}, newer than this Chronicle supports (${SCHEMA_VERSION}): upgrade Chronicle`,
      );
  } else if (
    db.dialect === "sqlite"
      ? tables.length > 0
      : tables.some((t) => ["events", "articles", "reports"].includes(t))
  ) {
    throw new StoreError(`${label} is not a Chronicle database (it has other tables)`);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= version) continue;
    await db.tx(async (t) => {
      if (t.dialect === "postgres") await t.exec("SELECT pg_advisory_xact_lock(4242001)");
      const again = (await tableNames(t)).includes("meta")
        ? Number(
            (await t.get<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'"))?.value ??
              0,
          )
        : 0;
      if (again >= m.version) return; // another process migrated meanwhile
      await t.exec(fill(m.sql(t.dialect), t.dialect));
      if (m.version === 1) await t.run("INSERT INTO meta (key, value) VALUES ('app', ?)", [APP_ID]);
      await t.run(
        "INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [String(m.version)],
      );
      if (t.dialect === "sqlite") await t.exec(`PRAGMA user_version = ${m.version}`);
    });
    version = m.version;
  }
  return version;
}
