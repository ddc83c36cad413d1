/** The explorer's state lives in the URL query string, so any view can be shared as a link. */
export const FILTER_KEYS = [
  "country",
  "admin1",
  "event_type",
  "sub_event_type",
  "actor",
  "start_date",
  "end_date",
  "min_fatalities",
  "q",
  "bbox",
  "reviewed",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export interface ViewState {
  filters: Filters;
  sort: string;
  offset: number;
}

export function readState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const filters: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k);
    if (v) filters[k] = v;
  }
  const offset = Number(p.get("offset") ?? 0);
  return { filters, sort: p.get("sort") || "-event_date", offset: Number.isFinite(offset) ? offset : 0 };
}

export function filterQuery(filters: Filters, extra: Record<string, string | number> = {}): string {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = filters[k];
    if (v) p.set(k, v);
  }
  for (const [k, v] of Object.entries(extra)) p.set(k, String(v));
  return p.toString();
}

export function stateQuery(s: ViewState): string {
  const extra: Record<string, string | number> = {};
  if (s.sort !== "-event_date") extra.sort = s.sort;
  if (s.offset > 0) extra.offset = s.offset;
  return filterQuery(s.filters, extra);
}
