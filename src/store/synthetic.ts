/**
 * Reproducible synthetic data for tests and the bench: hand-built EventRecords, synthetic
 * articles with their events (through ingestArticle), and a bulk loader for 1M events.
 */
import type { Article } from "../model/article.js";
import type { EventRecord } from "../model/event.js";
import { weekOf } from "./dates.js";
import { SqliteDb } from "./db.js";
import { REBUILD_RTREE_SQL, rebuildSummarySql } from "./schema-v2.js";
import { SqlStore } from "./sql-store.js";
import type { Store } from "./types.js";

/** mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A complete EventRecord with sensible defaults (a protest in Bamako on 2020-06-19). */
export function makeRecord(over: Partial<EventRecord> = {}): EventRecord {
  return {
    event_id: "test",
    article_id: "a1",
    event_date: "2020-06-19",
    time_precision: 1,
    disorder_type: "Demonstrations",
    event_type: "Protests",
    sub_event_type: "Peaceful protest",
    actor1: "Protesters (Mali)",
    assoc_actor_1: null,
    inter1: 6,
    actor2: null,
    assoc_actor_2: null,
    inter2: 0,
    interaction: 60,
    civilian_targeting: "",
    country: "Mali",
    iso3: "MLI",
    region: "Western Africa",
    admin1: "Bamako",
    admin2: "Bamako",
    admin3: null,
    location: "Bamako",
    latitude: 12.6392,
    longitude: -8.0029,
    geo_precision: 1,
    fatalities: 0,
    crowd_size: "",
    source: null,
    source_url: null,
    notes: "On 19 June 2020, protesters demonstrated in Bamako.",
    evidence: [{ field: "trigger", start: 0, end: 10, text: "Protesters" }],
    confidence: 0.8,
    ...over,
  };
}

interface Place {
  country: string;
  iso3: string;
  region: string;
  admin1: string;
  location: string;
  lat: number;
  lon: number;
}
const PLACES: Place[] = [
  {
    country: "Mali",
    iso3: "MLI",
    region: "Western Africa",
    admin1: "Bamako",
    location: "Bamako",
    lat: 12.639,
    lon: -8.003,
  },
  {
    country: "Mali",
    iso3: "MLI",
    region: "Western Africa",
    admin1: "Mopti",
    location: "Mopti",
    lat: 14.493,
    lon: -4.191,
  },
  {
    country: "Mali",
    iso3: "MLI",
    region: "Western Africa",
    admin1: "Gao",
    location: "Gao",
    lat: 16.271,
    lon: -0.044,
  },
  {
    country: "Burkina Faso",
    iso3: "BFA",
    region: "Western Africa",
    admin1: "Centre",
    location: "Ouagadougou",
    lat: 12.365,
    lon: -1.534,
  },
  {
    country: "Burkina Faso",
    iso3: "BFA",
    region: "Western Africa",
    admin1: "Sahel",
    location: "Djibo",
    lat: 14.102,
    lon: -1.627,
  },
  {
    country: "Niger",
    iso3: "NER",
    region: "Western Africa",
    admin1: "Tillaberi",
    location: "Tillaberi",
    lat: 14.211,
    lon: 1.453,
  },
  {
    country: "Niger",
    iso3: "NER",
    region: "Western Africa",
    admin1: "Niamey",
    location: "Niamey",
    lat: 13.512,
    lon: 2.112,
  },
  {
    country: "Nigeria",
    iso3: "NGA",
    region: "Western Africa",
    admin1: "Borno",
    location: "Maiduguri",
    lat: 11.846,
    lon: 13.16,
  },
  {
    country: "Nigeria",
    iso3: "NGA",
    region: "Western Africa",
    admin1: "Kaduna",
    location: "Kaduna",
    lat: 10.523,
    lon: 7.438,
  },
  {
    country: "Chad",
    iso3: "TCD",
    region: "Middle Africa",
    admin1: "Lac",
    location: "Bol",
    lat: 13.459,
    lon: 14.714,
  },
];
const TYPES: [string, string, string, string, number][] = [
  ["Political violence", "Battles", "Armed clash", "Military Forces", 1],
  ["Political violence", "Violence against civilians", "Attack", "Unidentified Armed Group", 3],
  [
    "Political violence",
    "Explosions/Remote violence",
    "Remote explosive/landmine/IED",
    "Unidentified Armed Group",
    3,
  ],
  ["Demonstrations", "Protests", "Peaceful protest", "Protesters", 6],
  ["Demonstrations", "Riots", "Violent demonstration", "Rioters", 5],
  ["Strategic developments", "Strategic developments", "Arrests", "Police Forces", 1],
];

/** The i-th synthetic event of a reproducible stream (pure function of seed and i). */
export function syntheticRecord(i: number, seed = 1): EventRecord {
  const r = rng(seed * 1_000_003 + i);
  const place = PLACES[Math.floor(r() * PLACES.length)];
  const [disorder, type, sub, actorBase, inter] = TYPES[Math.floor(r() * TYPES.length)];
  const day = Math.floor(r() * 365 * 6);
  const date = new Date(Date.UTC(2018, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const lat = place.lat + (r() - 0.5) * 0.6;
  const lon = place.lon + (r() - 0.5) * 0.6;
  const fatalities = type === "Protests" ? 0 : Math.floor(r() ** 3 * 40);
  const actor1 = `${actorBase} (${place.country})`;
  const actor2 =
    type === "Battles"
      ? "JNIM: Group for Support of Islam and Muslims"
      : type === "Violence against civilians"
        ? `Civilians (${place.country})`
        : null;
  return makeRecord({
    event_id: `syn-${seed}-${i}`,
    article_id: `synthetic:${seed}:${i}`,
    event_date: date,
    disorder_type: disorder,
    event_type: type,
    sub_event_type: sub,
    actor1,
    inter1: inter,
    actor2,
    inter2: actor2 ? (actor2.startsWith("Civilians") ? 7 : 2) : 0,
    interaction: actor2 ? inter * 10 + (actor2.startsWith("Civilians") ? 7 : 2) : inter * 10,
    country: place.country,
    iso3: place.iso3,
    region: place.region,
    admin1: place.admin1,
    admin2: null,
    location: `${place.location} area ${i % 97}`,
    latitude: Math.round(lat * 1e4) / 1e4,
    longitude: Math.round(lon * 1e4) / 1e4,
    geo_precision: 2,
    fatalities,
    notes: `On ${date}, synthetic ${sub.toLowerCase()} near ${place.location} involving ${actor1}${fatalities ? `; ${fatalities} fatalities` : ""}.`,
    evidence: [],
    confidence: 0.5 + r() / 2,
  });
}

/** A synthetic article whose only event is syntheticRecord(i). */
export function syntheticArticle(i: number, seed = 1): { article: Article; events: EventRecord[] } {
  const rec = syntheticRecord(i, seed);
  const text = `${rec.notes} (synthetic article ${seed}/${i})`;
  rec.evidence = [{ field: "trigger", start: 0, end: Math.min(10, text.length), text: text.slice(0, 10) }];
  return {
    article: {
      id: rec.article_id,
      text,
      published: rec.event_date,
      source: `Synthetic Wire ${i % 7}`,
      title: null,
    },
    events: [rec],
  };
}

/** Ingest n synthetic articles one transaction each; returns articles per second. */
export async function benchIngest(
  store: Store,
  n: number,
  seed = 1,
): Promise<{ articles: number; seconds: number; perSecond: number }> {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const { article, events } = syntheticArticle(i, seed);
    await store.ingestArticle(article, events);
  }
  const seconds = (performance.now() - t0) / 1000;
  return { articles: n, seconds, perSecond: n / seconds };
}

const BULK_COLS = [
  "event_id_cnty",
  "event_date",
  "year",
  "week",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "inter1",
  "actor2",
  "inter2",
  "interaction",
  "country",
  "iso3",
  "region",
  "admin1",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "fatalities",
  "notes",
  "confidence",
  "sources",
  "report_count",
  "created_at",
  "updated_at",
] as const;

/**
 * Bulk-load n synthetic merged events (no articles/reports: for API and query benchmarks),
 * ids "SYN1".."SYNn". Returns events per second.
 */
export async function bulkLoadSyntheticEvents(
  store: Store,
  n: number,
  seed = 7,
): Promise<{ events: number; seconds: number; perSecond: number }> {
  if (!(store instanceof SqlStore)) throw new Error("bulk load needs Chronicle's SQL store");
  const t0 = performance.now();
  const at = new Date().toISOString();
  const start = Number(
    (await store.db.get<{ last: number }>("SELECT last FROM country_seq WHERE iso3 = 'SYN'"))?.last ?? 0,
  );
  const row = (i: number) => {
    const r = syntheticRecord(i, seed);
    return [
      `SYN${start + i + 1}`,
      r.event_date,
      Number(r.event_date!.slice(0, 4)),
      weekOf(r.event_date),
      r.time_precision,
      r.disorder_type,
      r.event_type,
      r.sub_event_type,
      r.actor1,
      r.inter1,
      r.actor2,
      r.inter2,
      r.interaction,
      r.country,
      r.iso3,
      r.region,
      r.admin1,
      r.location,
      r.latitude,
      r.longitude,
      r.geo_precision,
      r.fatalities,
      r.notes,
      r.confidence,
      JSON.stringify([`Synthetic Wire ${i % 7}`]),
      1,
      at,
      at,
    ];
  };
  const insert = `INSERT INTO events (${BULK_COLS.join(", ")}) VALUES `;
  const db = store.db;
  // Secondary indexes and the triggers (search, R*Tree, summary) are dropped during the load and
  // their targets rebuilt after: building once from sorted data is far faster than row by row.
  const indexes =
    db.dialect === "sqlite"
      ? await db.all<{ sql: string; name: string }>(
          "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL",
        )
      : await db.all<{ sql: string; name: string }>(
          "SELECT indexname AS name, indexdef AS sql FROM pg_indexes WHERE tablename = 'events' AND schemaname = current_schema() AND indexdef NOT LIKE 'CREATE UNIQUE%'",
        );
  const triggers =
    db.dialect === "sqlite"
      ? await db.all<{ sql: string; name: string }>(
          "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'",
        )
      : [];
  for (const ix of indexes) await db.exec(`DROP INDEX ${ix.name}`);
  for (const tr of triggers) await db.exec(`DROP TRIGGER ${tr.name}`);
  if (db.dialect === "postgres") await db.exec("ALTER TABLE events DISABLE TRIGGER USER");
  try {
    if (db instanceof SqliteDb) {
      const raw = db.raw;
      const stmt = raw.prepare(`${insert}(${BULK_COLS.map(() => "?").join(", ")})`);
      const chunk = 50_000;
      for (let s = 0; s < n; s += chunk) {
        raw.transaction(() => {
          for (let i = s; i < Math.min(n, s + chunk); i++)
            stmt.run(...(row(i) as (string | number | null)[]));
        })();
      }
    } else {
      const per = 1000;
      const one = `(${BULK_COLS.map(() => "?").join(", ")})`;
      for (let s = 0; s < n; s += per) {
        const m = Math.min(n, s + per) - s;
        const params: (string | number | null)[] = [];
        for (let i = s; i < s + m; i++) params.push(...(row(i) as (string | number | null)[]));
        await db.run(insert + Array(m).fill(one).join(", "), params);
      }
    }
  } finally {
    for (const ix of indexes) await db.exec(ix.sql);
    if (db.dialect === "sqlite") {
      await db.exec("INSERT INTO events_fts (events_fts) VALUES ('rebuild')");
      await db.exec(REBUILD_RTREE_SQL);
    }
    await db.exec(rebuildSummarySql(db.dialect));
    for (const tr of triggers) await db.exec(tr.sql);
    if (db.dialect === "postgres") await db.exec("ALTER TABLE events ENABLE TRIGGER USER");
  }
  await store.db.run(
    "INSERT INTO country_seq (iso3, last) VALUES ('SYN', ?) ON CONFLICT (iso3) DO UPDATE SET last = excluded.last",
    [start + n],
  );
  if (store.db.dialect === "postgres") await store.db.exec("ANALYZE events");
  else await store.db.exec("PRAGMA analysis_limit = 1000; ANALYZE");
  const seconds = (performance.now() - t0) / 1000;
  return { events: n, seconds, perSecond: n / seconds };
}
