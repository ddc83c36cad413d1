/** CSV (ACLED columns, reviewed values) and GeoJSON renderings of stored events. */
import { stringify } from "csv-stringify/sync";
import { ACLED_COLUMNS } from "../model/event.js";
import type { StoredEvent } from "../store/types.js";

/** Chronicle's columns after ACLED's, so an ACLED loader reads the file unchanged. */
export const EXTRA_COLUMNS = ["iso3", "crowd_size", "confidence", "review_status", "report_count"] as const;
export const CSV_COLUMNS = [...ACLED_COLUMNS, ...EXTRA_COLUMNS];

function acledValue(e: StoredEvent, column: string): unknown {
  switch (column) {
    case "event_id_cnty":
      return e.event_id_cnty;
    case "iso":
      return ""; // ACLED's numeric ISO 3166 code: not known to Chronicle; iso3 follows in the extra columns
    case "source":
      return e.sources.join("; ");
    case "source_scale":
      return "";
    case "tags":
      return e.crowd_size ? `crowd size=${e.crowd_size}` : "";
    case "timestamp":
      return Math.floor(Date.parse(e.updated_at) / 1000) || "";
    default:
      return (e as unknown as Record<string, unknown>)[column];
  }
}

export function csvRows(events: StoredEvent[], header: boolean): string {
  const rows = events.map((e) =>
    CSV_COLUMNS.map((c) => {
      const v = acledValue(e, c);
      return v === null || v === undefined ? "" : v;
    }),
  );
  return stringify(rows, { header, columns: header ? [...CSV_COLUMNS] : undefined });
}

export function geojsonFeature(e: StoredEvent): object {
  const { latitude, longitude, machine_values: _m, ...props } = e;
  return {
    type: "Feature",
    id: e.event_id_cnty,
    geometry:
      latitude === null || longitude === null ? null : { type: "Point", coordinates: [longitude, latitude] },
    properties: { ...props, latitude, longitude },
  };
}
