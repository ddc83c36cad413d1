/**
 * What the gazetteer says of a name found in a sentence: whether it can be a village, a big town
 * abroad, a region's name; a named place it does not hold; which admin names contradict a place.
 */
import { BoundedMap } from "../common/bounded.js";
import { type Gazetteer, normName, type Place } from "../geo/index.js";
import { editDistance } from "../geo/normalize.js";
import { loadActorRegistry } from "../knowledge/actor-registry.js";
import { foldKey } from "../text/normalize.js";
import type { PlaceCues } from "./place-cues.js";

/** "told reporters in New York": a big city of another country is no unknown village of this one. */
export function famousAbroad(gaz: Gazetteer, name: string, country: string | null): boolean {
  const p = gaz.resolve({ name });
  if (!p || p.fuzzy || p.kind !== "populated" || p.population < 100000 || p.country === country) return false;
  // known under that name, not under one of its many foreign spellings ("Marsi" is also Marseille)
  const a = normName(p.location);
  const b = normName(name);
  return a.includes(b) || b.includes(a);
}

/** A capitalised name that could be a village: no lower-case parts, no country inside it. */
export function plausibleName(name: string, gaz: Gazetteer, cues: PlaceCues): boolean {
  // "Niger’before" (two words glued by a typo) and abbreviations ("U.N.") are no village names.
  if (/['’]\p{Ll}{3,}/u.test(name) || name.includes(".")) return false;
  // ("UNAMID", "UAG", "CMA": capitals only are acronyms of groups and bodies)
  if (/^[\p{Lu}\d-]+$/u.test(name) && name.length <= 6) return false;
  // ("FAMa", "FAd'H": an acronym written with a small letter inside, two capitals before it)
  if (/^\p{Lu}{2,}\p{Ll}/u.test(name) && !name.includes(" ")) return false;
  const parts = name.split(/[\s-]+/);
  // "the Movement of June 5", "the Party": words of organisations are no village names
  if (parts.some((p) => cues.notNames.has(foldKey(p)))) return false;
  // ("Lake Chad", "the Sambisa Forest": a natural feature may hold a country's name)
  const feature =
    parts.length > 1 &&
    (cues.features.has(foldKey(parts[0])) || cues.features.has(foldKey(parts[parts.length - 1])));
  if (!parts.every((p) => /^\p{Lu}/u.test(p) && (feature || !gaz.country(p))) || gaz.country(name))
    return false;
  // "in Benins capital", "Malians": a country's possessive without its apostrophe, a people in the plural
  if (/\p{Ll}s$/u.test(name) && name.length > 4) {
    const stem = name.slice(0, -1);
    if (gaz.country(stem) || cues.demonyms.has(foldKey(stem))) return false;
  }
  return !groupName(name) && !misspeltDate(name, cues);
}

/** "Security Belt", "Gatia-GandaKoy": a named armed group or organisation (the actor registry's) is no village. */
export function groupName(name: string): boolean {
  const reg = loadActorRegistry();
  if (reg.groupOf(name)) return true;
  const parts = name.split("-").map((p) => p.trim());
  return parts.length > 1 && parts.some((p) => p.length >= 3 && !!reg.groupOf(p));
}

/** "On Octobr 5": a single word one letter from a month or weekday is a misspelt date, not a village. */
export function misspeltDate(name: string, cues: PlaceCues): boolean {
  const k = foldKey(name);
  if (k.length < 5 || /\s/.test(k)) return false;
  for (const w of cues.calendar) if (w.length >= 5 && editDistance(k, w, 1) <= 1) return true;
  return false;
}

/** "Djibo-Mentao" (a road between two towns), "Bamako-Coura" (a part of Bamako): the first known part. */
export function hyphenPart(
  gaz: Gazetteer,
  name: string,
  country: string | null,
  admin: string[],
  prefixes: ReadonlySet<string> = new Set(),
): Place | null {
  // "Nairobi's Freedom Park": a site of the town named first.
  const owner = name.match(/^(.+?)['’]s\s/u);
  if (owner) {
    const p = gaz.resolve({ name: owner[1], country, admin });
    if (p && !p.fuzzy && p.kind === "populated") return p;
  }
  return hyphenTowns(gaz, name, country, admin, prefixes, 1)[0] ?? null;
}

/** The parts of a hyphenated name that are towns, in order, up to `most` of them ("Fada N'Gourma-Pama"). */
export function hyphenTowns(
  gaz: Gazetteer,
  name: string,
  country: string | null,
  admin: string[],
  prefixes: ReadonlySet<string>,
  most: number,
): Place[] {
  const out: Place[] = [];
  if (!name.includes("-")) return out;
  const parts = name.split("-");
  for (const [k, raw] of parts.entries()) {
    const part = raw.trim();
    if (part.length < 3) continue;
    // ("le Vieux-Lyon": a word of age or size before a town's name is no village "Vieux")
    if (k === 0 && parts.length > 1 && prefixes.has(foldKey(part))) continue;
    const p = gaz.resolve({ name: part, country, admin });
    if (p && !p.fuzzy && p.kind === "populated") out.push(p);
    if (out.length >= most) break;
  }
  return out;
}

/** A named place the gazetteer does not hold: its name, what is known above it, no coordinates.
 * `regionNamed`: the unit above it was named in the text (not guessed from a people or other places). */
export function unlocated(
  name: string,
  admin: Place | null,
  country: string | null,
  gaz: Gazetteer,
  regionNamed = false,
): Place | null {
  const c = admin?.country ?? country;
  const info = c ? gaz.country(c) : null;
  if (!info) return null;
  // Placed at the smallest unit around it that the text names ("X (Gorom-Gorom, Oudalan)": the
  // commune seat, as ACLED codes villages it cannot find), with precision 2; otherwise no point.
  // (a commune or department stands for its seat)
  const seat =
    admin &&
    located(admin) &&
    (admin.kind === "populated" || admin.kind === "admin2" || admin.feature === "A.ADM3")
      ? admin
      : null;
  return {
    location: name,
    country: info.name,
    iso3: info.iso3,
    region: info.region,
    admin1: admin?.admin1 ?? null,
    admin2: admin?.kind === "admin2" || admin?.kind === "populated" || seat ? (admin?.admin2 ?? null) : null,
    admin3: null,
    latitude: seat ? seat.latitude : Number.NaN,
    longitude: seat ? seat.longitude : Number.NaN,
    geo_precision: 2,
    kind: "other",
    population: 0,
    score: 0.2,
    fuzzy: false,
    geonameid: null,
    feature: undefined,
    regionPoint:
      !regionNamed || seat
        ? undefined
        : // (a district the data has no point for: its region's)
          (admin?.regionPoint ??
          (admin?.kind === "admin1" && located(admin)
            ? { latitude: admin.latitude, longitude: admin.longitude }
            : undefined)),
  };
}

/**
 * The place with another region: every field copied by name, in the order of the place literals.
 * (A spread that overwrites a field, `{ ...place, admin1 }`, makes V8 give up the constant fields of the
 * place shape the first time it runs, mid-run, and throw away the optimised code that reads places.)
 */
export function withAdmin1(p: Place, admin1: string | null): Place {
  // (a place moved to another region keeps no point of its old one)
  return relocated(p, admin1, p.admin2, p.latitude, p.longitude, undefined);
}

/**
 * The place with the region, district and point of another one, the place it is near: every other field
 * kept.
 */
export function placedAt(p: Place, at: Place): Place {
  return relocated(p, at.admin1, at.admin2, at.latitude, at.longitude, p.regionPoint);
}

/** A copy of the place with other units and point, every field written by name (see withAdmin1). */
function relocated(
  p: Place,
  admin1: string | null,
  admin2: Place["admin2"],
  latitude: Place["latitude"],
  longitude: Place["longitude"],
  regionPoint: Place["regionPoint"],
): Place {
  return {
    location: p.location,
    country: p.country,
    iso3: p.iso3,
    region: p.region,
    admin1,
    admin2,
    admin3: p.admin3,
    latitude,
    longitude,
    geo_precision: p.geo_precision,
    kind: p.kind,
    population: p.population,
    score: p.score,
    fuzzy: p.fuzzy,
    geonameid: p.geonameid,
    feature: p.feature,
    regionPoint,
  };
}

/** Whether a place has coordinates (unlocated names have none). */
export const located = (p: Place) => Number.isFinite(p.latitude) && Number.isFinite(p.longitude);

/** Whether the admin units named with a place all lie in other regions than the place. */
export function contradicts(place: Place, admin: string[], gaz: Gazetteer, country: string | null): boolean {
  let judged = false;
  for (const a of admin) {
    const c = country ?? place.country;
    let unit = gaz.resolve({ name: a, country: c });
    if (!isAdminUnit(unit)) unit = gaz.resolve({ name: `${a} region`, country: c });
    // only districts and regions judge (a town of the same name as a province proves nothing)
    if (!unit || (unit.kind !== "admin1" && unit.kind !== "admin2") || !unit.admin1) continue;
    // ("the Timbuktu triangle ... in Biu LGA (Borno)": a district of another country than the place's)
    judged = true;
    if (unit.country !== place.country) continue;
    if (unit.admin1 === place.admin1) return false;
    // (a region that ACLED splits by district: "Shan" holds Shan-North, Shan-South and Shan-East)
    if (unit.kind === "admin1" && place.admin1?.startsWith(`${unit.location}-`)) return false;
    // (a region named after its district: the Ménaka region holds the towns of the Ménaka cercle)
    if (unit.kind === "admin1" && place.admin2 && normName(place.admin2) === normName(unit.admin1))
      return false;
  }
  return judged;
}

/** Whether a name is that of a region or district of the country (not only of a town). */
export function isAdminName(gaz: Gazetteer, name: string, country: string | null, kind?: "admin1"): boolean {
  const memo = `${name}|${country ?? ""}|${kind ?? ""}`;
  let known = ADMIN_NAMES.get(memo);
  if (known === undefined) {
    known = adminNameOf(gaz, name, country, kind);
    ADMIN_NAMES.set(memo, known);
  }
  return known;
}

const ADMIN_NAMES = new BoundedMap<string, boolean>(50_000);

function adminNameOf(gaz: Gazetteer, name: string, country: string | null, kind?: "admin1"): boolean {
  const key = normName(name);
  return gaz
    .candidates({ name, country }, 40)
    .some(
      (p) =>
        (p.kind === "admin1" || (p.kind === "admin2" && !kind)) &&
        !p.fuzzy &&
        (!country || p.country === (gaz.country(country)?.name ?? country)) &&
        normName(p.location) === key,
    );
}

export function fallbackFromAdmin(gaz: Gazetteer, admin: string[], country: string | null): Place | null {
  for (let i = 0; i < admin.length; i++) {
    const rest = admin.slice(i + 1);
    let p = gaz.resolve({ name: admin[i], country, admin: rest });
    if (!p || p.kind === "country") continue;
    // ("Somba Opu district, Gowa regency, South Sulawesi province": the Gowa of South Sulawesi, the
    // regency, not a village of that name in another province)
    // (only names of units judge: "Cercle of Koro, Region" names no region)
    const units = rest.filter((a) => isAdminName(gaz, a, country));
    if (units.length && contradicts(p, units, gaz, country)) {
      const other = gaz
        .candidates({ name: admin[i], country, admin: rest }, 8)
        .find((c) => c.kind !== "country" && !contradicts(c, units, gaz, country));
      if (other) p = other;
      // ("(Dharkenley, Banadir)": a district the data files under another region than the one the
      // text names is not trusted; the region named is)
      else if (p.kind === "admin2" && p.regionPoint) continue;
    }
    // ("(Kelbo, Soum)" after a list of villages: Soum is the province, not a village of that name
    // elsewhere; the last of the brackets is a unit when the country has a unit of that name)
    if (p.kind === "populated" && i === admin.length - 1 && isAdminName(gaz, admin[i], country)) {
      const key = normName(admin[i]);
      const unit = gaz
        .candidates({ name: admin[i], country }, 5)
        .find((c) => c.kind === "admin2" && c.country === p.country && normName(c.location) === key);
      if (unit) return unit;
    }
    return p;
  }
  return null;
}

/** The capitalised word right after a name ("Avenue" in "Prince of Wales Avenue"). */
const CAPITAL_AFTER = /^\s+(\p{Lu}[\p{L}-]*)/u;

/** A direction word right before a name: the name is where people head, no place they are in. */
const HEADING_BEFORE = /\b(?:towards?|vers|en direction de|in the direction of)\s+$/iu;

/**
 * "Kutus town, Kirinyaga", "in the countryside of Idleb": the one region (admin1) the sentence names with
 * a capital, other than the name itself; it says where a village the gazetteer lacks lies (no point).
 */
export function mentionedRegion(
  gaz: Gazetteer,
  text: string,
  name: string,
  country: string | null,
  cues: PlaceCues,
): Place | null {
  if (!country) return null;
  const own = normName(name);
  const regions = gaz.adminMentions(text, country).filter(
    (a) =>
      normName(a) !== own &&
      !own.includes(normName(a)) &&
      isAdminName(gaz, a, country, "admin1") &&
      // (not where a march heads: "to begin a march towards Islamabad")
      !HEADING_BEFORE.test(text.slice(0, text.indexOf(a))) &&
      // (nor a street's name, its kind word written with a capital: "from the Prince of Wales Avenue gates";
      // not "an Akkar road", a road in Akkar)
      !streetNamed(text.slice(text.indexOf(a) + a.length), cues),
  );
  if (regions.length !== 1) return null;
  const key = normName(regions[0]);
  return (
    gaz
      .candidates({ name: regions[0], country }, 5)
      .find((p) => p.kind === "admin1" && !p.fuzzy && normName(p.location) === key) ?? null
  );
}

function streetNamed(after: string, cues: PlaceCues): boolean {
  const w = CAPITAL_AFTER.exec(after)?.[1];
  return !!w && cues.streetKinds.has(foldKey(w));
}

/** The one region (admin1) of the places named before in the article, when they all lie in it. */
export function regionOfPlaces(gaz: Gazetteer, places: Place[], country: string | null): Place | null {
  if (!country || !places.length) return null;
  const c = gaz.country(country)?.name ?? country;
  const a1 = new Set(places.filter((p) => p.country === c && p.admin1).map((p) => p.admin1 as string));
  if (a1.size !== 1) return null;
  const [name] = a1;
  const key = normName(name);
  return (
    gaz
      .candidates({ name, country }, 5)
      .find((p) => p.kind === "admin1" && !p.fuzzy && normName(p.admin1 ?? "") === key) ?? null
  );
}

/** The capital of a country; with inNews, the city the news call "the capital" (Abidjan, Cotonou). */
export function capitalCity(gaz: Gazetteer, country: string, inNews = false): Place | null {
  const info = gaz.country(country);
  const name = (inNews && info?.newsCapital) || info?.capital;
  if (!info || !name) return null;
  const p = gaz.resolve({ name, country: info.name });
  return p && p.kind !== "country" ? p : null;
}

/** A located town (module-level: no closure made per call). */
export function isTown(p: Place): boolean {
  return located(p) && p.kind === "populated" && !p.fuzzy;
}

function isAdminUnit(p: Place | null): boolean {
  return !!p && (p.kind === "admin1" || p.kind === "admin2");
}
