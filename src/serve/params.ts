import { SORT_KEYS, type SortKey } from "../store/types.js";

/**
 * Query-string validation for the REST API. Every parameter is checked; a bad one raises a
 * ParamError whose message names it, which the app answers with 400 {error}.
 */

export class ParamError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(`invalid parameter '${param}': ${message}`);
  }
}

export type Query = Record<string, string | string[] | undefined>;

/** The event filter the API accepts (ACLED-style names). */
export interface ApiEventFilter {
  country?: string;
  admin1?: string;
  event_type?: string;
  sub_event_type?: string;
  actor?: string;
  start_date?: string;
  end_date?: string;
  min_fatalities?: number;
  q?: string;
  bbox?: [number, number, number, number];
  reviewed?: boolean;
}

export const FILTER_PARAMS = [
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

export const COUNT_BY = ["week", "month"] as const;
export const COUNT_GROUPS = ["event_type", "country", "admin1", "actor1"] as const;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 200;

/** One value of a parameter; repeated parameters are refused. */
function single(query: Query, name: string): string | undefined {
  const v = query[name];
  if (v === undefined) return undefined;
  if (Array.isArray(v)) throw new ParamError(name, "given more than once");
  return v;
}

function text(query: Query, name: string): string | undefined {
  const v = single(query, name);
  if (v === undefined) return undefined;
  const t = v.trim();
  if (t === "") throw new ParamError(name, "must not be empty");
  if (t.length > MAX_TEXT) throw new ParamError(name, `longer than ${MAX_TEXT} characters`);
  return t;
}

export function parseDate(value: string, name: string): string {
  if (!DATE_RE.test(value)) throw new ParamError(name, "expected a date as YYYY-MM-DD");
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new ParamError(name, "not a real calendar date");
  }
  return value;
}

export function intParam(
  query: Query,
  name: string,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): number {
  const v = single(query, name);
  if (v === undefined) return fallback;
  if (!/^-?\d+$/.test(v.trim())) throw new ParamError(name, "expected an integer");
  const n = Number(v);
  if (n < min || n > max) throw new ParamError(name, `must be between ${min} and ${max}`);
  return n;
}

function boolParam(query: Query, name: string): boolean | undefined {
  const v = single(query, name);
  if (v === undefined) return undefined;
  const t = v.trim().toLowerCase();
  if (["true", "1", "yes"].includes(t)) return true;
  if (["false", "0", "no"].includes(t)) return false;
  throw new ParamError(name, "expected true or false");
}

function bboxParam(query: Query): [number, number, number, number] | undefined {
  const v = single(query, "bbox");
  if (v === undefined) return undefined;
  const parts = v.split(",").map((s) => s.trim());
  if (parts.length !== 4 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) {
    throw new ParamError("bbox", "expected minLon,minLat,maxLon,maxLat");
  }
  const [minLon, minLat, maxLon, maxLat] = parts.map(Number);
  if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
    throw new ParamError("bbox", "longitudes must lie in [-180,180] and latitudes in [-90,90]");
  }
  if (minLon > maxLon || minLat > maxLat) throw new ParamError("bbox", "min must not exceed max");
  return [minLon, minLat, maxLon, maxLat];
}

/** Refuse parameters the endpoint does not know, so typos do not silently widen a query. */
export function rejectUnknown(query: Query, allowed: readonly string[]): void {
  for (const k of Object.keys(query)) {
    if (!allowed.includes(k)) throw new ParamError(k, `unknown parameter; allowed: ${allowed.join(", ")}`);
  }
}

export function parseFilter(query: Query): ApiEventFilter {
  const f: ApiEventFilter = {};
  for (const name of ["country", "admin1", "event_type", "sub_event_type", "actor", "q"] as const) {
    const v = text(query, name);
    if (v !== undefined) f[name] = v;
  }
  const start = single(query, "start_date");
  if (start !== undefined) f.start_date = parseDate(start.trim(), "start_date");
  const end = single(query, "end_date");
  if (end !== undefined) f.end_date = parseDate(end.trim(), "end_date");
  if (f.start_date && f.end_date && f.start_date > f.end_date) {
    throw new ParamError("end_date", "is before start_date");
  }
  if (query.min_fatalities !== undefined) {
    f.min_fatalities = intParam(query, "min_fatalities", { min: 0, max: 1_000_000, fallback: 0 });
  }
  const bbox = bboxParam(query);
  if (bbox) f.bbox = bbox;
  const reviewed = boolParam(query, "reviewed");
  if (reviewed !== undefined) f.reviewed = reviewed;
  return f;
}

export interface Paging {
  limit: number;
  offset: number;
  sort: SortKey;
}

export function parsePaging(query: Query, maxLimit = 1000, defaultLimit = 100): Paging {
  const limit = intParam(query, "limit", { min: 1, max: maxLimit, fallback: defaultLimit });
  const offset = intParam(query, "offset", { min: 0, max: 100_000_000, fallback: 0 });
  const sort = (single(query, "sort")?.trim() || "-event_date") as SortKey;
  if (!SORT_KEYS.includes(sort)) throw new ParamError("sort", `expected one of ${SORT_KEYS.join(", ")}`);
  return { limit, offset, sort };
}

export function oneOf<T extends string>(query: Query, name: string, allowed: readonly T[], fallback?: T): T {
  const v = single(query, name)?.trim();
  if (v === undefined || v === "") {
    if (fallback !== undefined) return fallback;
    throw new ParamError(name, `required; one of ${allowed.join(", ")}`);
  }
  if (!(allowed as readonly string[]).includes(v)) {
    throw new ParamError(name, `expected one of ${allowed.join(", ")}`);
  }
  return v as T;
}

export function listOf<T extends string>(
  query: Query,
  name: string,
  allowed: readonly T[],
  fallback: T[],
): T[] {
  const v = single(query, name)?.trim();
  if (v === undefined || v === "") return fallback;
  const items = v.split(",").map((s) => s.trim());
  for (const it of items) {
    if (!(allowed as readonly string[]).includes(it)) {
      throw new ParamError(name, `unknown field '${it}'; allowed: ${allowed.join(", ")}`);
    }
  }
  return [...new Set(items)] as T[];
}

export function stringParam(query: Query, name: string): string | undefined {
  return text(query, name);
}
