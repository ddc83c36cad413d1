import { stringify } from "csv-stringify/sync";
import type { EventRecord } from "../model/event.js";
import { ACLED_COLUMNS, toAcledRow, toGeoJSON } from "../model/formats.js";

export const FORMATS = ["table", "jsonl", "json", "csv", "geojson"] as const;
export type Format = (typeof FORMATS)[number];

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** A readable table: one row per event, the fields an analyst scans first. */
export function table(records: EventRecord[]): string {
  if (!records.length) return "no events\n";
  const rows = records.map((r) => [
    r.event_date ?? "?",
    clip(`${r.event_type} / ${r.sub_event_type}`, 52),
    clip(r.actor1 ?? "", 38),
    clip(r.actor2 ?? "", 38),
    clip([r.location, r.admin1, r.country].filter((x, i, a) => x && a.indexOf(x) === i).join(", "), 36),
    String(r.fatalities),
    r.crowd_size,
    r.confidence.toFixed(2),
  ]);
  const head = ["date", "type / sub-type", "actor1", "actor2", "place", "fatal", "crowd", "conf"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  const out = [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
  for (const [i, r] of records.entries()) out.push(`  [${i + 1}] ${r.notes}`);
  return `${out.join("\n")}\n`;
}

export function format(records: EventRecord[], fmt: Format, header = true): string {
  switch (fmt) {
    case "table":
      return table(records);
    case "jsonl":
      return records.map((r) => `${JSON.stringify(r)}\n`).join("");
    case "json":
      return `${JSON.stringify(records, null, 2)}\n`;
    case "csv":
      return stringify(
        records.map((r) => toAcledRow(r)),
        { header, columns: [...ACLED_COLUMNS] },
      );
    case "geojson":
      return `${JSON.stringify(toGeoJSON(records))}\n`;
  }
}
