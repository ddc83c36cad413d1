/**
 * Cross-source merging rules: is a new report the same happening as an existing event?
 * Pure functions, shared by both backends and scripts/eval-merge.ts.
 *
 * Rules (all must hold): same event_type; same country when both known; dates that fit
 * (both day-precise: at most 1 day apart; a week-precise side: at most 7 days; a month-precise
 * side: same month); same place (both with coordinates: within MAX_KM, but two different
 * town-level place names must be within SAME_SPOT_KM; otherwise the same
 * location name, or the same admin1 when both are only known to the region); compatible actors
 * (actor1/actor2 equal after normalisation in either order, a missing or "Unidentified" actor
 * matching anything).
 *
 * Fatalities of a merged event: the lowest non-zero figure among its reports (the most
 * conservative credible figure; a report saying nothing about deaths does not pull it to 0).
 */

export const MAX_KM = 10;
/** Two differently named town-level places closer than this are taken as one spot. */
export const SAME_SPOT_KM = 2;

export interface MergeSubject {
  event_type: string;
  event_date: string | null;
  time_precision: number;
  country: string | null;
  iso3: string | null;
  admin1: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: number;
  actor1: string | null;
  actor2: string | null;
}

export type MergeDecision =
  | { merge: true; score: number; days: number; km: number | null; explanation: string }
  | { merge: false; reason: string };

export function daysBetween(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const dLat = r(lat2 - lat1);
  const dLon = r(lon2 - lon1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(r(lat1)) * Math.cos(r(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Lower case, regime periods "(2013-2020)" dropped, spaces collapsed. */
export function normalizeActor(a: string | null | undefined): string | null {
  if (!a) return null;
  const n = a
    .toLowerCase()
    .replace(/\(\s*\d{4}\s*-\s*(\d{4})?\s*\)/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return n || null;
}

function isGeneric(a: string | null): boolean {
  return a === null || a.startsWith("unidentified") || a === "unknown";
}

function actorsFit(a: string | null, b: string | null): boolean {
  return isGeneric(a) || isGeneric(b) || a === b;
}

function normPlace(s: string | null): string | null {
  return s
    ? s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim() || null
    : null;
}

export function decideMerge(report: MergeSubject, event: MergeSubject): MergeDecision {
  if (report.event_type !== event.event_type) return { merge: false, reason: "different event types" };
  const c1 = report.iso3 ?? report.country;
  const c2 = event.iso3 ?? event.country;
  if (c1 && c2 && c1 !== c2) return { merge: false, reason: "different countries" };
  if (!report.event_date || !event.event_date) return { merge: false, reason: "a date is unknown" };
  const days = daysBetween(report.event_date, event.event_date);
  const coarse = Math.max(report.time_precision, event.time_precision);
  let dateWhy: string;
  if (days === 0) dateWhy = "same day";
  else if (days <= 1) dateWhy = "dates 1 day apart";
  else if (coarse === 2 && days <= 7) dateWhy = `dates ${days} days apart, within a week-precise date`;
  else if (coarse === 3 && report.event_date.slice(0, 7) === event.event_date.slice(0, 7))
    dateWhy = "same month, a month-precise date";
  else return { merge: false, reason: `dates ${days} days apart` };

  let km: number | null = null;
  let placeWhy: string;
  const l1 = normPlace(report.location);
  const l2 = normPlace(event.location);
  if (
    report.latitude != null &&
    report.longitude != null &&
    event.latitude != null &&
    event.longitude != null
  ) {
    km = haversineKm(report.latitude, report.longitude, event.latitude, event.longitude);
    if (report.geo_precision === 3 && event.geo_precision === 3) {
      const a1 = normPlace(report.admin1);
      if (!a1 || a1 !== normPlace(event.admin1)) return { merge: false, reason: "different regions" };
      placeWhy = `same admin1 (${event.admin1}), both region-level`;
    } else if (l1 && l2 && l1 !== l2 && report.geo_precision === 1 && event.geo_precision === 1) {
      // Two different named towns: distinct events unless the names are two spellings of one spot.
      if (km > SAME_SPOT_KM)
        return { merge: false, reason: `different places (${report.location} / ${event.location})` };
      placeWhy = `${km.toFixed(1)} km apart`;
    } else if (km <= MAX_KM) placeWhy = `${km.toFixed(1)} km apart`;
    else if (l1 && l1 === l2 && km <= 3 * MAX_KM)
      placeWhy = `same place name (${event.location}), ${km.toFixed(1)} km apart`;
    else return { merge: false, reason: `${km.toFixed(1)} km apart` };
  } else if (l1 && l1 === l2) {
    placeWhy = `same place (${event.location})`;
  } else if (
    report.geo_precision === 3 &&
    event.geo_precision === 3 &&
    report.admin1 &&
    normPlace(report.admin1) === normPlace(event.admin1)
  ) {
    placeWhy = `same admin1 (${event.admin1}), both region-level`;
  } else return { merge: false, reason: "places differ or are unknown" };

  const x1 = normalizeActor(report.actor1);
  const x2 = normalizeActor(report.actor2);
  const y1 = normalizeActor(event.actor1);
  const y2 = normalizeActor(event.actor2);
  const straight = actorsFit(x1, y1) && actorsFit(x2, y2);
  // Crossed order (actor1 of one is actor2 of the other) only counts on a concrete match.
  const crossed =
    actorsFit(x1, y2) &&
    actorsFit(x2, y1) &&
    ((x1 !== null && !isGeneric(x1) && x1 === y2) || (x2 !== null && !isGeneric(x2) && x2 === y1));
  if (!straight && !crossed) return { merge: false, reason: "actors differ" };
  const exact = (straight && x1 === y1 && x2 === y2) || (crossed && x1 === y2 && x2 === y1);
  const actorWhy = exact ? "actors match" : "actors compatible (one side unknown or unidentified)";
  const score = days + (km ?? MAX_KM / 2) / MAX_KM + (exact ? 0 : 0.5);
  return { merge: true, score, days, km, explanation: `same type, ${dateWhy}, ${placeWhy}, ${actorWhy}` };
}

/** The event's fatality figure from its reports' figures: the lowest non-zero, else 0. */
export function conservativeFatalities(figures: number[]): number {
  const nz = figures.filter((f) => f > 0);
  return nz.length ? Math.min(...nz) : 0;
}
