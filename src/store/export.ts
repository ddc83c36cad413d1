/** Stored events as export rows: ACLED CSV (exactly ACLED's columns), wide CSV, JSONL, GeoJSON. */
import { stringify } from "csv-stringify/sync";
import { ACLED_COLUMNS } from "../model/event.js";
import type { EventFilter, Store, StoredEvent } from "./types.js";

export const EXPORT_FORMATS = ["acled-csv", "csv", "jsonl", "geojson"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Chronicle's own columns appended after ACLED's in the wide csv format. */
export const EXTRA_COLUMNS = [
  "iso3",
  "crowd_size",
  "confidence",
  "review_status",
  "report_count",
  "corrected_fields",
] as const;

/** One event's value for an ACLED column (reviewed values are already in the event). */
export function acledValue(e: StoredEvent, column: string): string | number {
  let v: unknown;
  switch (column) {
    case "iso":
      v = ""; // ACLED's numeric ISO 3166 code is not kept by Chronicle (iso3 is in the wide csv)
      break;
    case "source":
      v = e.sources.join("; ");
      break;
    case "source_scale":
      v = "";
      break;
    case "tags":
      v = e.crowd_size ? `crowd size=${e.crowd_size}` : "";
      break;
    case "timestamp":
      v = Math.floor(Date.parse(e.updated_at) / 1000) || "";
      break;
    case "corrected_fields":
      v = e.corrected_fields.join(" ");
      break;
    default:
      v = (e as unknown as Record<string, unknown>)[column];
  }
  return v === null || v === undefined ? "" : (v as string | number);
}

export function csvChunk(events: StoredEvent[], columns: readonly string[], header: boolean): string {
  return stringify(
    events.map((e) => columns.map((c) => acledValue(e, c))),
    { header, columns: header ? [...columns] : undefined },
  );
}

function feature(e: StoredEvent): object {
  const { latitude, longitude, machine_values: _m, reviewed_evidence: _r, ...props } = e;
  return {
    type: "Feature",
    id: e.event_id_cnty,
    geometry:
      latitude === null || longitude === null ? null : { type: "Point", coordinates: [longitude, latitude] },
    properties: props,
  };
}

/** Export every event matching the filter, page by page, through `write`. Returns the number written. */
export async function exportEvents(
  store: Store,
  filter: EventFilter,
  format: ExportFormat,
  write: (s: string) => void | Promise<void>,
): Promise<number> {
  const page = 5000;
  const max = filter.limit ?? Number.POSITIVE_INFINITY;
  let offset = filter.offset ?? 0;
  let n = 0;
  if (format === "geojson") await write('{"type":"FeatureCollection","features":[');
  while (n < max) {
    const want = Math.min(page, max - n);
    const { events } = await store.queryEvents({
      ...filter,
      sort: filter.sort ?? "event_date",
      limit: want,
      offset,
    });
    if (events.length === 0) break;
    const first = n === 0;
    if (format === "acled-csv") await write(csvChunk(events, ACLED_COLUMNS, first));
    else if (format === "csv") await write(csvChunk(events, [...ACLED_COLUMNS, ...EXTRA_COLUMNS], first));
    else if (format === "jsonl") await write(events.map((e) => `${JSON.stringify(e)}\n`).join(""));
    else await write((first ? "" : ",") + events.map((e) => JSON.stringify(feature(e))).join(","));
    n += events.length;
    offset += events.length;
    if (events.length < want) break;
  }
  if (format === "geojson") await write("]}\n");
  else if (n === 0 && format === "acled-csv") await write(`${ACLED_COLUMNS.join(",")}\n`);
  else if (n === 0 && format === "csv") await write(`${[...ACLED_COLUMNS, ...EXTRA_COLUMNS].join(",")}\n`);
  return n;
}
