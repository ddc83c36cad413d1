/**
 * The event record of spec/events.md (ACLED field names, lower case), plus
 * Chronicle's own explainability fields: evidence spans and confidence.
 */
export type EvidenceField =
  | "trigger"
  | "event_type"
  | "sub_event_type"
  | "actor1"
  | "assoc_actor_1"
  | "actor2"
  | "assoc_actor_2"
  | "event_date"
  | "location"
  | "fatalities"
  | "crowd_size"
  | "intervention";

export interface Evidence {
  field: EvidenceField;
  /** Character offsets into the article text (start inclusive, end exclusive). */
  start: number;
  end: number;
  text: string;
}

export interface EventRecord {
  event_id: string;
  article_id: string;
  event_date: string | null;
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
  source: string | null;
  source_url: string | null;
  notes: string;
  evidence: Evidence[];
  confidence: number;
}

export const EVENT_TYPES = [
  "Battles",
  "Explosions/Remote violence",
  "Violence against civilians",
  "Protests",
  "Riots",
  "Strategic developments",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** ACLED's export columns, in ACLED's order. */
export const ACLED_COLUMNS = [
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
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
] as const;
