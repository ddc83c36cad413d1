import { ACLED_COLUMNS, type EventRecord } from "./event.js";

export type AcledRow = Record<(typeof ACLED_COLUMNS)[number], string | number | null>;

/** One record as an ACLED export row (ACLED's columns, ACLED's order; crowd size goes into tags). */
export function toAcledRow(r: EventRecord, eventIdCnty?: string): AcledRow {
  return {
    event_id_cnty: eventIdCnty ?? r.event_id,
    event_date: r.event_date,
    year: r.event_date ? Number(r.event_date.slice(0, 4)) : null,
    time_precision: r.time_precision,
    disorder_type: r.disorder_type,
    event_type: r.event_type,
    sub_event_type: r.sub_event_type,
    actor1: r.actor1,
    assoc_actor_1: r.assoc_actor_1,
    inter1: r.inter1,
    actor2: r.actor2,
    assoc_actor_2: r.assoc_actor_2,
    inter2: r.inter2,
    interaction: r.interaction,
    civilian_targeting: r.civilian_targeting,
    iso: r.iso3,
    region: r.region,
    country: r.country,
    admin1: r.admin1,
    admin2: r.admin2,
    admin3: r.admin3,
    location: r.location,
    latitude: r.latitude,
    longitude: r.longitude,
    geo_precision: r.geo_precision,
    source: r.source,
    source_scale: null,
    notes: r.notes,
    fatalities: r.fatalities,
    tags: r.crowd_size ? `crowd size=${r.crowd_size}` : null,
    timestamp: null,
  };
}

export interface Feature {
  type: "Feature";
  geometry: { type: "Point"; coordinates: [number, number] } | null;
  properties: Record<string, unknown>;
}

/** GeoJSON FeatureCollection of points (records without coordinates get a null geometry). */
export function toGeoJSON(records: EventRecord[]): { type: "FeatureCollection"; features: Feature[] } {
  return {
    type: "FeatureCollection",
    features: records.map((r) => {
      const { latitude, longitude, evidence, ...props } = r;
      return {
        type: "Feature",
        geometry:
          latitude !== null && longitude !== null
            ? { type: "Point", coordinates: [longitude, latitude] }
            : null,
        properties: { ...props, evidence_count: evidence.length },
      };
    }),
  };
}

export { ACLED_COLUMNS };
