/**
 * Place resolution: candidate lookup (exact, alternate, qualifier strip, transliteration fold, corroborated
 * edit distance) and homonym ranking (qualifier, country hint, admin hints, nearby places, class, population).
 */
import { join } from "node:path";
import { readCsvTable } from "./build-rows.js";
import type { CountryInfo, CountryTable } from "./countries.js";
import { FuzzyIndex } from "./fuzzy.js";
import {
  expandKindAbbreviation,
  foldKey,
  fuzzyBudget,
  normName,
  splitAdminMention,
  stripQualifiers,
} from "./normalize.js";
import type { Overlay } from "./overlay.js";
import { gazetteerDir } from "./paths.js";
import type { PlaceRow, PlaceStore } from "./store.js";

export interface PlaceQuery {
  name: string;
  country?: string | null;
  admin?: string[];
  near?: { latitude: number; longitude: number }[];
  relation?: "in" | "near";
  /** Regions (admin1) where the people or groups the text names live: a soft hint among homonyms. */
  regions?: string[];
}

/**
 * A place as resolved. Every place literal (here and in the extractor) writes all the fields below, in
 * this order, the optional ones as undefined when unknown: one object shape, so that the optimised code
 * reading places never meets a shape it has not seen (a new shape mid-run throws that code away).
 */
export interface Place {
  location: string;
  country: string;
  iso3: string;
  region: string | null;
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  latitude: number;
  longitude: number;
  geo_precision: 1 | 2 | 3;
  kind: "country" | "admin1" | "admin2" | "populated" | "other";
  population: number;
  score: number;
  fuzzy: boolean;
  geonameid: number | null;
  /** GeoNames feature class.code ("P.PPLA2", "A.ADM1", ...), when known. */
  feature?: string;
  /** A place without coordinates (a district the data has no point for, a village the text gives with
   * its region): the point of its region (admin1), where it is coded with geo_precision 3. */
  regionPoint?: { latitude: number; longitude: number };
}

/** Countries bundled from full GeoNames dumps (villages, wells, localities), not only towns of 500+. */
const FULL_COVERAGE = new Set(["ML", "BF", "NE", "SN", "MR", "GN", "CI"]);

/** Arabic articles written before town names ("Al Atarib", "El Geneina"). */
const ARTICLES = ["al", "el"];
const ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|adh|ath)\s/;
/** Countries whose town names carry the Arabic article (the lookup costs four searches a miss). */
const ARTICLE_COUNTRIES = new Set([
  "DZ",
  "BH",
  "EG",
  "IQ",
  "JO",
  "KW",
  "LB",
  "LY",
  "MA",
  "MR",
  "OM",
  "PS",
  "QA",
  "SA",
  "SD",
  "SS",
  "SY",
  "TN",
  "AE",
  "YE",
  "TD",
  "EH",
  "IL",
]);

// ("stripped": the name as written once its qualifier is gone, "Kogoni" for "Kogoni-Peuhi", ranks
// before a transliteration that only folds alike, "Kokoni")
type Tier = "exact" | "stripped" | "fold" | "fuzzy";
const TIER_RANK: Record<Tier, number> = { exact: 0, stripped: 1, fold: 2, fuzzy: 3 };
/** Base confidence of a match tier (the returned score is the sum of base and context, over 2.4). */
const TIER_BASE: Record<Tier, number> = { exact: 1, stripped: 0.8, fold: 0.8, fuzzy: 0.45 };
/** A fuzzy hit with no admin agreement needs a near point at most this far. */
const FUZZY_NEAR_KM = 50;
/** Without admin2 or near-point agreement, edit distance needs a folded name this long (one edit). */
const COUNTRY_ONLY_FUZZY_MIN_LEN = 7;
/** ...or a town at least this big, for a name at least this long. */
const BIG_TOWN = 20000;
/** A city whose names in other languages are as much its own as the one GeoNames puts first. */
const BIG_CITY = 100000;
const BIG_TOWN_FUZZY_MIN_LEN = 5;
/** A district seat of no recorded size is taken for a misspelling only of a name this long. */
const SEAT_FUZZY_MIN_LEN = 8;
/** Inside the district the text names, one edit is allowed from a folded name this long. */
const DISTRICT_FUZZY_MIN_LEN = 4;
/** A village named as its region and smaller than this yields to the region ("in Baringo"). */
const REGION_NAMESAKE_MAX_POP = 20000;
/** Context score of a village in the home regions of a people or group the text names: below an
 * admin1 hint (0.3), above the gap between a village and a camp or locality (0.2), which in the Sahel
 * are often the herders' settlements such groups are active in. */
const HOMELAND_BONUS = 0.25;

interface Cand {
  row: PlaceRow;
  tier: Tier;
  /** Edit distance of a fuzzy hit (0 otherwise). */
  dist: number;
  /** Context score within the tier (admin hints, near points, class, population). */
  raw: number;
  /** Confidence: tier base + country/qualifier agreement + raw. */
  conf: number;
  reform?: { name: string; admin1: string };
  qualHit: boolean;
  levelHit: boolean;
  inCountry: boolean;
  /** 2: an admin2/admin3 hint agrees, 1: an admin1 hint agrees, 0: none. */
  adminHit: number;
  /** The first (most specific) admin hint is the row's admin2/admin3 ("Kadiolo" in "(Kadiolo, Sikasso)"). */
  firstHit: boolean;
  nearKm: number;
}

interface Ctx {
  base: string;
  /** The name without its qualifiers ("Kogoni-Peuhi" -> "kogoni"). */
  stripped: string;
  level: 1 | 2 | null;
  hint: CountryInfo | null;
  qualNorm: string | null;
  qualCountry: CountryInfo | null;
  /** Folded admin hints ("Komondjari" and "Komonjdjari" fold alike). */
  adminKeys: Set<string>;
  /** The first admin hint, folded: the most specific unit named ("Kadiolo" in "(Kadiolo, Sikasso)"). */
  firstAdmin: string | null;
  near: { latitude: number; longitude: number }[];
  /** Folded regions of the peoples and groups named (homelands.csv). */
  regionKeys: Set<string>;
}
/**
 * Ranking: a qualifier that agrees ("Bangor, Maine"), the admin level asked for ("X region"), the hinted
 * country, then the match tier (exact name > transliteration fold > edit distance), then context score.
 */
function byRank(a: Cand, b: Cand): number {
  return (
    Number(b.qualHit) - Number(a.qualHit) ||
    Number(b.levelHit) - Number(a.levelHit) ||
    Number(b.inCountry) - Number(a.inCountry) ||
    Number(b.adminHit === 2) - Number(a.adminHit === 2) ||
    Number(b.firstHit) - Number(a.firstHit) ||
    TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
    b.raw - a.raw ||
    b.row.population - a.row.population ||
    a.row.id - b.row.id
  );
}

/** A town this near a same-named district's point is its seat. */
const TOWN_OF_DISTRICT_KM = 10;

/** Rival spellings as close as the best match that all lie within this distance of each other... */
const RIVALS_SPAN_KM = 50;

/** ... are stood for by the one whose farthest rival is nearest (null when they lie farther apart). */
function centralCand(cs: Cand[]): Cand | null {
  let best: Cand | null = null;
  let bestFar = Number.POSITIVE_INFINITY;
  let span = 0;
  for (const a of cs) {
    let far = 0;
    for (const b of cs) far = Math.max(far, kmBetween(a.row.lat, a.row.lon, b.row.lat, b.row.lon));
    span = Math.max(span, far);
    if (far < bestFar) {
      bestFar = far;
      best = a;
    }
  }
  return span <= RIVALS_SPAN_KM ? best : null;
}

/** Adds ids not met yet, with the tier of their first match. */
function addIds(ids: Map<number, Tier>, list: number[], tier: Tier): void {
  for (const id of list) if (!ids.has(id)) ids.set(id, tier);
}

export function kmBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

function kindOf(fcode: string): Place["kind"] {
  if (fcode === "A.ADM1") return "admin1";
  if (fcode === "A.ADM2") return "admin2";
  // (a commune or department is placed at, and stands for, its seat)
  if (fcode.startsWith("P.") || fcode === "A.ADM3") return "populated";
  return "other";
}

interface Reform {
  cc: string;
  name: string;
  admin1: string;
  seat: string;
}

/**
 * A town big or central enough that a name one edit from it is taken for it: 20,000 people, a capital,
 * or a district seat for a long name ("Bint Jbeil" is Bent Jbaïl, seat of its caza).
 */
function notableTown(row: PlaceRow, fk: string): boolean {
  return (
    row.fcode.startsWith("P.") &&
    (row.population >= BIG_TOWN ||
      row.fcode === "P.PPLA" ||
      row.fcode === "P.PPLC" ||
      (row.fcode === "P.PPLA2" && fk.length >= SEAT_FUZZY_MIN_LEN))
  );
}

/**
 * With nothing else to go by, a city's name in English is its own: "Geneva" is Genève (184,000) before
 * Geneva, Illinois (22,000), which has the name as its own. The top candidate, a town under 100,000,
 * yields to a city five times its size that has the name among its others ("Islamabad" stays Pakistan's
 * capital, not Chattogram's old name) -- when that name reads as a form of the city's own ("Timbuktu",
 * "Cologne"). A town named so in its own right keeps the name against a city that has it only as a
 * transliteration from another script: "Mangu" is the Nigerian town, not Bangkok in Chinese.
 */
function bigCityFirst(out: Cand[], base: string): void {
  const top = out[0];
  if (!top?.row.fcode.startsWith("P.") || top.row.population >= BIG_CITY) return;
  const own = top.tier === "exact" && normName(top.row.name) === base;
  const k = out.findIndex(
    (c) =>
      c.row.fcode.startsWith("P.") &&
      c.row.population >= BIG_CITY &&
      c.row.population >= 5 * top.row.population &&
      (!own || formOf(base, c.row.name)),
  );
  if (k > 0) out.unshift(...out.splice(k, 1));
}

/**
 * "Newcastle" in a British story is Newcastle upon Tyne (300,000), not Newcastle in County Down (7,000),
 * which has the name as its own: a city's short name, its river qualifier left out ("upon Tyne", "am
 * Main"), is the city's when the city is ten times the size of the town that bears it whole.
 */
function cityShortName(out: Cand[], base: string): void {
  const top = out[0];
  if (!top?.row.fcode.startsWith("P.") || top.row.population >= BIG_CITY) return;
  // (the name's words are looked at last, for the few big cities of the country)
  const k = out.findIndex((c) => {
    if (
      c.row.population < BIG_CITY ||
      c.row.population < 10 * top.row.population ||
      c.row.cc !== top.row.cc ||
      !c.row.fcode.startsWith("P.") ||
      // (not against the places the text names: "Newcastle, Co Down" in a story of Downpatrick)
      c.nearKm > top.nearKm
    )
      return false;
    const full = normName(c.row.name);
    return full.startsWith(base) && RIVER_QUALIFIER.test(full.slice(base.length));
  });
  if (k > 0) out.unshift(...out.splice(k, 1));
}
/** The qualifier after a city's short name in its full one ("upon Tyne", "am Main", "-sur-Mer"). */
const RIVER_QUALIFIER = /^[\s-](?:upon|on|under|am|an|im|sur|sous)[\s-]\S/u;

/** A name's share of letter pairs with another (Dice coefficient). */
function pairShare(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < b.length; i++) {
    const p = b.slice(i, i + 2);
    pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  let n = 0;
  for (let i = 0; i + 1 < a.length; i++) {
    const p = a.slice(i, i + 2);
    const left = pairs.get(p) ?? 0;
    if (left > 0) {
      n++;
      pairs.set(p, left - 1);
    }
  }
  return (2 * n) / (a.length - 1 + (b.length - 1));
}

/** Letter pairs a name shares with a place's own name to read as its form in another language. */
const EXONYM_PAIR_SHARE = 0.25;

/**
 * Whether a name reads as another language's form of a place's own name: the same first letter once
 * folded (v/w alike) and a quarter of their letter pairs shared ("Geneva"/Genève, "Timbuktu"/Tombouctou,
 * "Cologne"/Köln, "Mecca"/Makkah), not a transliteration from another script ("Mangu"/Bangkok).
 */
function formOf(name: string, own: string): boolean {
  const a = foldKey(name).replace(/^v/, "u");
  const b = foldKey(normName(own)).replace(/^v/, "u");
  return !!a && !!b && a[0] === b[0] && pairShare(a, b) >= EXONYM_PAIR_SHARE;
}

export class Resolver {
  private reforms: Reform[];
  private fuzzyIndexes = new Map<string, FuzzyIndex>();

  constructor(
    private store: PlaceStore,
    private overlay: Overlay,
    private countries: CountryTable,
  ) {
    this.reforms = readCsvTable(join(gazetteerDir(), "admin-reforms.csv")).map((r) => ({
      cc: r.country,
      name: normName(r.new_admin1),
      admin1: r.historic_admin1,
      seat: r.seat,
    }));
  }

  row(id: number): PlaceRow {
    return this.overlay.has(id) ? this.overlay.row(id) : this.store.row(id);
  }

  exactIds(key: string): number[] {
    return [...this.overlay.lookup(key), ...this.store.names.lookup(key)];
  }

  private foldIds(key: string): number[] {
    return [...this.overlay.lookupFold(key), ...this.store.folds.lookup(key)];
  }

  /** Edit-distance index of one country's folded keys (bundled and overlay rows), built on first use. */
  private fuzzyIndexOf(cc: string): FuzzyIndex {
    let ix = this.fuzzyIndexes.get(cc);
    if (!ix) {
      const entries: [string, number[] | string][] = this.store.fuzzyEntries(cc);
      for (const [k, ids] of this.overlay.keysFolded()) {
        const own = ids.filter((id) => this.overlay.row(id).cc === cc);
        if (own.length) entries.push([k, own]);
      }
      ix = new FuzzyIndex(entries);
      this.fuzzyIndexes.set(cc, ix);
    }
    return ix;
  }

  /** The seat of a district: the town of its name that is a seat of a unit (PPLA*) within it, else
   * the district's own seat (PPLA2) under another name (the Soum province at Djibo). */
  private districtSeat(r: PlaceRow): PlaceRow | null {
    let best: PlaceRow | null = null;
    for (const id of this.exactIds(normName(r.name))) {
      const t = this.row(id);
      // (in its own region: Montgomery County, Maryland, is not seated at Montgomery, Alabama)
      if (t.cc !== r.cc || !t.fcode.startsWith("P.PPLA") || t.admin2 !== r.admin2 || t.admin1 !== r.admin1)
        continue;
      if (!best || t.population > best.population) best = t;
    }
    return best ?? this.namedSeat(r) ?? this.townOfName(r);
  }

  /**
   * The town a district is named after when the data gives it no seat: a populated place of the same
   * region called by the district's name or its first word ("Mocímboa da Praia" district, the town of
   * Mocímboa), the most populous first.
   */
  private townOfName(r: PlaceRow): PlaceRow | null {
    const full = normName(r.name);
    const words = full.split(" ");
    const keys = words.length > 1 && words[0].length >= 4 ? [full, words[0]] : [full];
    let best: PlaceRow | null = null;
    for (const key of keys) {
      for (const id of this.exactIds(key)) {
        const t = this.row(id);
        if (t.cc !== r.cc || !t.fcode.startsWith("P.") || t.admin1 !== r.admin1 || !Number.isFinite(t.lat))
          continue;
        if (!best || t.population > best.population) best = t;
      }
      if (best) return best;
    }
    return null;
  }

  private seatsByDistrict = new Map<string, Map<string, PlaceRow>>();

  /** The PPLA2 town of a district (indexed once per country, from the bundled rows). */
  private namedSeat(r: PlaceRow): PlaceRow | null {
    if (!r.admin2) return null;
    let ix = this.seatsByDistrict.get(r.cc);
    if (!ix) {
      ix = new Map();
      for (const t of this.store.rowsWithCode(r.cc, "P.PPLA2")) {
        if (!t.admin2) continue;
        const k = `${t.admin1}|${t.admin2}`;
        const had = ix.get(k);
        if (!had || t.population > had.population) ix.set(k, t);
      }
      this.seatsByDistrict.set(r.cc, ix);
    }
    return ix.get(`${r.admin1}|${r.admin2}`) ?? null;
  }

  /** The capital of a country or a region: where events known only at that level are placed. */
  private seat(key: string): PlaceRow | null {
    const id = this.store.meta.seats?.[key];
    return id === undefined ? null : this.row(id);
  }

  /**
   * Where events known only at the country level are placed: the capital, or where the government
   * sits and the news place "the capital" (Cotonou, Abidjan, La Paz), as ACLED places nationwide events.
   * (found once per country)
   */
  private countrySeat(c: CountryInfo): PlaceRow | null {
    let seat = this.countrySeats.get(c.iso2);
    if (seat === undefined) {
      seat = this.findCountrySeat(c);
      this.countrySeats.set(c.iso2, seat);
    }
    return seat;
  }

  private countrySeats = new Map<string, PlaceRow | null>();

  private findCountrySeat(c: CountryInfo): PlaceRow | null {
    if (c.newsCapital) {
      let best: PlaceRow | null = null;
      for (const id of this.exactIds(normName(c.newsCapital))) {
        const r = this.row(id);
        if (r.cc === c.iso2 && r.fcode.startsWith("P.") && (!best || r.population > best.population))
          best = r;
      }
      if (best) return best;
    }
    return this.seat(c.iso2);
  }

  countryPlace(c: CountryInfo): Place {
    const seat = this.countrySeat(c);
    return {
      location: c.name,
      country: c.name,
      iso3: c.iso3,
      region: c.region,
      // placed at the capital: the admin units of that point (as ACLED codes country-level events)
      admin1: seat?.admin1 ?? null,
      admin2: seat?.admin2 ?? null,
      admin3: null,
      latitude: seat?.lat ?? c.latitude,
      longitude: seat?.lon ?? c.longitude,
      geo_precision: 3,
      kind: "country",
      population: 0,
      score: 1,
      fuzzy: false,
      geonameid: null,
      feature: undefined,
      regionPoint: undefined,
    };
  }

  candidates(q: PlaceQuery, limit = 10): Place[] {
    const raw = q.name.trim();
    if (!raw) return [];
    // "Bangor, Maine" / "Gao (Mali)": the qualifier picks among homonyms
    let namePart = raw;
    let qualifier: string | null = null;
    const paren = raw.match(/^(.*?)\s*\(([^)]+)\)\s*$/);
    const comma = raw.indexOf(",");
    if (paren) {
      namePart = paren[1];
      qualifier = paren[2];
    } else if (comma > 0) {
      namePart = raw.slice(0, comma);
      qualifier = raw.slice(comma + 1);
    }
    const norm = expandKindAbbreviation(normName(namePart));
    if (!norm) return [];
    // ("District of Columbia": a region whose very name holds a kind word is not the district of Columbia)
    let split = splitAdminMention(norm);
    if (split.level !== null && this.exactIds(norm).some((id) => this.row(id).fcode === "A.ADM1"))
      split = { base: norm, level: null };
    let base = split.base;
    const level = split.level;
    const hint = this.countries.get(q.country ?? null);
    const near = q.near ?? [];

    // a country name resolves to the country, unless the hinted country has a unit/town of that name
    const asCountry = level === null && !qualifier ? this.countries.named(namePart) : null;

    // cheap lookups first: exact names, then stripped qualifiers and the transliteration fold
    const ids = new Map<number, Tier>();
    addIds(ids, this.exactIds(base), "exact");
    if (base !== norm) addIds(ids, this.exactIds(norm), "exact");
    let fk = foldKey(base);
    const stripped = stripQualifiers(base);
    if (stripped !== base) addIds(ids, this.exactIds(stripped), "stripped");
    addIds(ids, this.foldIds(fk), "fold");
    // "Himamaylan City", "Mangu Town": a town's kind written as part of its name, when the gazetteer has
    // the name without it ("Quezon City", "Davao City" are found whole first)
    const kindless = ids.size === 0 && level === null ? base.match(/^(.+) (?:city|town)$/)?.[1] : undefined;
    if (kindless) {
      base = kindless;
      fk = foldKey(base);
      addIds(ids, this.exactIds(base), "exact");
      addIds(ids, this.foldIds(fk), "fold");
      // (a kind word names a town: not a region or district of that name)
      for (const [id] of ids) if (!this.row(id).fcode.startsWith("P.")) ids.delete(id);
    }
    // "Atarib" for Al Atārib: Arabic town names are written with or without their article
    if (
      ids.size === 0 &&
      level === null &&
      (!hint || ARTICLE_COUNTRIES.has(hint.iso2)) &&
      !ARTICLE.test(base)
    ) {
      for (const art of ARTICLES) {
        addIds(ids, this.exactIds(`${art} ${base}`), "fold");
        addIds(ids, this.foldIds(foldKey(`${art} ${base}`)), "fold");
      }
      for (const [id] of ids) if (!this.row(id).fcode.startsWith("P.")) ids.delete(id);
    }

    if (asCountry) {
      const wanted = hint && hint.iso2 !== asCountry.iso2 ? hint.iso2 : null;
      const local = wanted
        ? [...ids.entries()].some(([id, t]) => {
            const r = this.row(id);
            return t === "exact" && r.cc === wanted && (r.fcode === "A.ADM1" || r.fcode.startsWith("P."));
          })
        : false;
      if (!local) return [this.countryPlace(asCountry)];
    }

    const adminKeys = new Set<string>();
    for (const a of q.admin ?? []) {
      const n = normName(a);
      if (!n) continue;
      adminKeys.add(foldKey(n));
      const s = splitAdminMention(n).base;
      if (s !== n) adminKeys.add(foldKey(s));
    }
    const ctx: Ctx = {
      base,
      stripped,
      level,
      hint,
      qualNorm: qualifier ? normName(qualifier) : null,
      qualCountry: qualifier ? this.countries.get(qualifier) : null,
      adminKeys,
      firstAdmin: this.districtHint(q.admin ?? [], hint),
      near,
      regionKeys: new Set((q.regions ?? []).map((a) => foldKey(normName(a)))),
    };

    const out: Cand[] = [];

    // reformed admin units ("région de Bandiagara" -> historic region Mopti, seat coordinates)
    if (level === 1) {
      for (const rf of this.reforms) {
        if (rf.name !== base || (hint && hint.iso2 !== rf.cc)) continue;
        const seat = this.exactIds(normName(rf.seat))
          .map((id) => this.row(id))
          .filter((r) => r.cc === rf.cc && r.fcode.startsWith("P."))
          .sort((a, b) => b.population - a.population)[0];
        if (seat) out.push(this.judge(seat, "exact", 0, ctx, { name: rf.name, admin1: rf.admin1 }));
      }
    }
    for (const [id, tier] of ids) out.push(this.judge(this.row(id), tier, 0, ctx));

    // edit distance: only when nothing matched by name (in the hinted country), and only with context
    if (!out.some((c) => c.inCountry)) for (const c of this.fuzzyCands(fk, ctx, true)) out.push(c);
    // ... or when the district given agrees with none of the names matched: "Zegou (Kadiolo, Sikasso)"
    // is Zegoua in the Kadiolo cercle, not the Zegou of another cercle (a spelling inside the district
    // named beats the exact name elsewhere)
    else if (ctx.firstAdmin !== null && !out.some((c) => c.inCountry && c.firstHit))
      for (const c of this.fuzzyCands(fk, ctx, true)) if (c.firstHit) out.push(c);

    // ("Kani (Kani township, Monywa district, Sagaing region)" with no country given: the units named
    // say which country; a town of that name elsewhere, Kani in Japan, is not it)
    if (!hint && adminKeys.size) {
      const ccs = this.countriesOfAdminHints(adminKeys);
      if (ccs.length)
        for (let i = out.length - 1; i >= 0; i--) if (!ccs.includes(out[i].row.cc)) out.splice(i, 1);
    }
    out.sort(byRank);
    this.regionOverVillage(out, level);
    this.regionOverAlias(out, level, base);
    this.townOverDistrict(out, level);
    if (!hint && !adminKeys.size && !near.length) bigCityFirst(out, base);
    if (!adminKeys.size) cityShortName(out, base);
    const seen = new Set<number>();
    const places: Place[] = [];
    for (const c of out) {
      if (seen.has(c.row.id)) continue;
      seen.add(c.row.id);
      places.push(this.toPlace(c, level, q.relation, namePart.trim()));
      if (places.length >= limit) break;
    }
    return places;
  }

  /**
   * Edit-distance candidates (README recipe e), corroborated: an admin2 hint or a near point agrees;
   * else a single name one edit away (6+ letters) in the hinted admin1, or in a densely covered country
   * when no admin names are given. Never in another country than the hinted one. `inDistrict`: a short
   * name (4+ folded letters) may be one edit from a place of the district named first.
   */
  private fuzzyCands(fk: string, ctx: Ctx, inDistrict = false): Cand[] {
    const { hint } = ctx;
    const withContext = ctx.adminKeys.size > 0 || ctx.near.length > 0;
    if (!hint && ctx.adminKeys.size === 0) return [];
    const dense = hint !== null && (FULL_COVERAGE.has(hint.iso2) || this.overlay.coversCountry(hint.iso2));
    // (the home regions of the people or group named corroborate a single edit in a densely covered
    // country: "Doreye" in a MUJAO note is Dorey, Gao)
    const homeland = !withContext && dense && ctx.regionKeys.size > 0;
    // A misspelt big town ("Ouagadougous", "Tanguita"): one edit from a town of 20,000+ in the country.
    const bigOnly = !withContext && !homeland && (!dense || fk.length < COUNTRY_ONLY_FUZZY_MIN_LEN);
    let budget = withContext ? fuzzyBudget(fk.length) : fk.length >= BIG_TOWN_FUZZY_MIN_LEN ? 1 : 0;
    // (inside the district named first, one edit from a short name too: "Zegou (Kadiolo, Sikasso)" is
    // Zegoua of the Kadiolo cercle)
    const shortInDistrict =
      budget === 0 && inDistrict && ctx.firstAdmin !== null && fk.length >= DISTRICT_FUZZY_MIN_LEN;
    if (shortInDistrict) budget = 1;
    if (budget === 0) return [];
    const ccs = hint ? [hint.iso2] : this.countriesOfAdminHints(ctx.adminKeys);
    const out: Cand[] = [];
    if (shortInDistrict) {
      for (const cc of ccs)
        for (const h of this.fuzzyIndexOf(cc).search(fk, 1))
          for (const id of h.ids) {
            const row = this.row(id);
            const c =
              row.cc === cc && Number.isFinite(row.lat) ? this.judge(row, "fuzzy", h.distance, ctx) : null;
            if (c?.firstHit) out.push(c);
          }
      return out;
    }
    for (const cc of ccs) {
      const hits = this.fuzzyIndexOf(cc).search(fk, budget);
      if (hits.length === 0) continue;
      const cands: Cand[] = [];
      for (const h of hits)
        for (const id of h.ids) {
          const row = this.row(id);
          // (a district the data has no point for is no spelling to guess: it places nothing)
          if (row.cc === cc && Number.isFinite(row.lat))
            cands.push(this.judge(row, "fuzzy", h.distance, ctx));
        }
      // an admin2/admin3 hint or a near point agrees
      const corroborated = cands.filter((c) => c.adminHit === 2 || c.nearKm <= FUZZY_NEAR_KM);
      if (corroborated.length) {
        // (the nearest spelling among them: "Kompienbiga" near Pama is Kompiembiga, one edit away, not
        // the town of Kompienga, two)
        const fewest = Math.min(...corroborated.map((c) => c.dist));
        for (const c of corroborated) if (c.dist === fewest) out.push(c);
        continue;
      }
      // otherwise one edit away from a long name, no other name as close, in a densely covered country
      // or the hinted admin1, and not contradicting the admin names given
      // (two spellings of one place, "uagadugu" and "uagaduguo", are one name)
      const first = new Set(hits[0].ids);
      // (for a big town, a name with another first letter is another name, no rival: "Kandara" for
      // "Mandara"; for a village, any other name as close makes it a guess)
      const others = hits.filter(
        (h) => h.distance === 1 && (!bigOnly || h.key[0] === fk[0]) && !h.ids.some((id) => first.has(id)),
      );
      if (hits[0].distance !== 1) continue;
      if (hits[0].key[0] !== fk[0]) continue; // another first letter is another name (Bassinko, Gassinko)
      // (rival names as close that all lie within a few tens of km of each other are one place as far
      // as a point goes: "Gasseliki" is Gassiliki or Gasel Lidji, 1 km apart; the one nearest to all
      // of them stands for the village)
      let one = cands.filter((c) => c.dist === 1);
      if (others.length) {
        const central = bigOnly ? null : centralCand(one);
        if (!central) continue;
        one = [central];
      }
      for (const c of one) {
        // (a district named first that the spelling's place is not in says it is another place:
        // "Katarpura village (Dhar, Madhya Pradesh)" is no spelling of a town of another district)
        if (ctx.firstAdmin !== null && !c.firstHit) continue;
        if (bigOnly) {
          if (notableTown(c.row, fk)) out.push(c);
        } else if (
          c.adminHit === 1 ||
          this.inHomeland(c.row, ctx) ||
          (dense && ctx.adminKeys.size === 0) ||
          // (a town of note stands for a misspelling in a thinly covered country too, even with other
          // places told far from it, when no admin name says otherwise)
          (!dense && ctx.adminKeys.size === 0 && notableTown(c.row, fk))
        )
          out.push(c);
      }
    }
    return out;
  }

  /**
   * "in Baringo": a name shared by a region (admin1) and a small village inside it that is not its seat
   * names the region (placed at its capital), as reports name regions far more often than such villages.
   */
  private regionOverVillage(out: Cand[], level: 1 | 2 | null): void {
    if (level !== null || out.length < 2) return;
    const top = out[0];
    const r = top.row;
    if (!r.fcode.startsWith("P.") || r.fcode.startsWith("P.PPLA") || r.fcode === "P.PPLC") return;
    if (r.population >= REGION_NAMESAKE_MAX_POP || top.tier !== "exact" || top.adminHit === 2) return;
    const key = normName(r.name);
    const k = out.findIndex(
      (c) =>
        c.row.fcode === "A.ADM1" &&
        c.row.cc === r.cc &&
        c.tier === "exact" &&
        // (inside it, or anywhere in the country: "killed in Guerrero" is the state, not a town of that
        // name in Chihuahua)
        normName(c.row.admin1 ?? "") === key,
    );
    if (k > 0) out.unshift(...out.splice(k, 1));
  }

  /**
   * "Arizona": a region named by its own name beats a town of its country that only one of its
   * alternate names matches (Yuma was once "Arizona City").
   */
  private regionOverAlias(out: Cand[], level: 1 | 2 | null, base: string): void {
    if (level !== null || out.length < 2) return;
    const top = out[0];
    // (not a region's capital that shares its name: "Mogilev", "Idleb" are the cities)
    if (!top.row.fcode.startsWith("P.") || top.row.fcode === "P.PPLA" || top.row.fcode === "P.PPLC") return;
    // (the cheap tests first: most lists hold no region of the country)
    const k = out.findIndex((c) => c.row.fcode === "A.ADM1" && c.row.cc === top.row.cc && c.tier === "exact");
    if (k <= 0 || normName(out[k].row.name) !== base || normName(top.row.name) === base) return;
    out.unshift(...out.splice(k, 1));
  }

  /**
   * "near al-Hawija": a district (admin2) named exactly and its town, matched under another spelling at
   * the district's point, are the town, as reports name towns far more often than their districts
   * (a district named as such, "Hawija district", asks for the district).
   */
  private townOverDistrict(out: Cand[], level: 1 | 2 | null): void {
    if (level !== null || out.length < 2) return;
    const top = out[0];
    if (top.row.fcode !== "A.ADM2") return;
    const k = out.findIndex(
      (c) =>
        c.row.fcode.startsWith("P.") &&
        c.tier !== "fuzzy" &&
        c.row.cc === top.row.cc &&
        kmBetween(c.row.lat, c.row.lon, top.row.lat, top.row.lon) <= TOWN_OF_DISTRICT_KM,
    );
    if (k > 0) out.unshift(...out.splice(k, 1));
  }

  /** Whether the query is the place's own GeoNames name (not only one of its alternates). */
  isPrimaryName(p: Place, query: string): boolean {
    if (p.geonameid === null) return false;
    const k = normName(query);
    return this.exactIds(k).some((id) => {
      const r = this.row(id);
      return r.geonameid === p.geonameid && normName(r.name) === k;
    });
  }

  /** The first admin hint when it names no region (admin1) of the hinted country: "Kadiolo" in
   * "(Kadiolo, Sikasso)", not "Mopti" in "Koro, Mopti Region" (the Mopti cercle shares the name). */
  private districtHint(admin: string[], hint: CountryInfo | null): string | null {
    const n = normName(admin[0] ?? "");
    if (!n) return null;
    // ("Bolivar state", "Mopti region": a region named as such)
    const { base, level } = splitAdminMention(n);
    if (level === 1) return null;
    const first = foldKey(base);
    for (const id of this.foldIds(first)) {
      const r = this.row(id);
      if (r.fcode === "A.ADM1" && (!hint || r.cc === hint.iso2)) return null;
    }
    return first;
  }

  private countriesOfAdminHints(keys: Set<string>): string[] {
    const ccs = new Set<string>();
    for (const k of keys)
      for (const id of this.foldIds(k)) {
        const r = this.row(id);
        if (r.fcode === "A.ADM1" || r.fcode === "A.ADM2") ccs.add(r.cc);
      }
    return [...ccs];
  }

  private adminKeys = new Map<string, string>();

  /** Folded key of an admin name (memoised: admin names repeat across rows). */
  private adminKey(name: string): string {
    let k = this.adminKeys.get(name);
    if (k === undefined) {
      k = foldKey(normName(name));
      this.adminKeys.set(name, k);
    }
    return k;
  }

  /** Whether a row lies in the home regions of the peoples and groups the query's text names. */
  private inHomeland(r: PlaceRow, ctx: Ctx): boolean {
    return ctx.regionKeys.size > 0 && r.admin1 !== null && ctx.regionKeys.has(this.adminKey(r.admin1));
  }

  /** Whether an admin name of a row is among the query's admin hints. */
  private hinted(ctx: Ctx, a: string | null): boolean {
    return a !== null && ctx.adminKeys.has(this.adminKey(a));
  }

  /** Scores one candidate in context. */
  private judge(row: PlaceRow, tier: Tier, dist: number, ctx: Ctx, reform?: Cand["reform"]): Cand {
    const r = row;
    let s = 0;
    const kind = reform ? "admin1" : kindOf(r.fcode);
    const isAdmin = kind === "admin1" || kind === "admin2" || r.fcode === "A.ADM3";
    if (ctx.level === 1) s += kind === "admin1" ? 0.6 : kind === "admin2" ? 0.1 : -0.3;
    else if (ctx.level === 2)
      s += kind === "admin2" || r.fcode === "A.ADM3" ? 0.6 : kind === "admin1" ? 0 : -0.3;
    // (a commune or department is named after its seat: "Banh" the department is the town of Banh)
    else if (r.fcode === "A.ADM3") s += 0.05;
    else if (isAdmin) s += kind === "admin1" ? -0.25 : -0.3;
    else if (kind === "other") s -= 0.2;
    const levelHit =
      ctx.level === 1
        ? kind === "admin1"
        : ctx.level === 2
          ? kind === "admin2" || r.fcode === "A.ADM3"
          : true;
    s += Math.min(0.1, (r.nnames ?? 0) * 0.015);
    if (r.fcode === "P.PPLX") s -= 0.05;
    // population (admin units carry the sum of their towns)
    s += Math.min(0.2, Math.log10(r.population + 1) / 35);
    if (r.fcode === "P.PPLC" || r.fcode === "P.PPLA") s += 0.05;
    // the seat of a district or commune is the better-known of two same-named villages
    else if (r.fcode === "P.PPLA2") s += 0.04;
    else if (r.fcode === "P.PPLA3") s += 0.02;
    // (a place's own name beats a place that has it only among its alternates)
    if (tier === "exact" && normName(r.name) === ctx.base) s += 0.1;
    else if (tier === "stripped" && normName(r.name) === ctx.stripped) s += 0.1;
    if (reform) s += 1.2;
    let adminHit = 0;
    if (ctx.adminKeys.size) {
      // an admin unit is not "in" itself: the Agadez department does not agree with the hint "Agadez"
      if (r.fcode === "A.ADM1") adminHit = 0;
      else if ((r.fcode !== "A.ADM2" && this.hinted(ctx, r.admin2)) || this.hinted(ctx, r.admin3))
        adminHit = 2;
      else if (this.hinted(ctx, r.admin1)) adminHit = 1;
      s += adminHit === 2 ? 0.45 : adminHit === 1 ? 0.3 : 0;
    }
    // a village in the home regions of the people or group the text names (weaker than any admin hint)
    if (
      ctx.regionKeys.size &&
      r.fcode !== "A.ADM1" &&
      r.admin1 &&
      ctx.regionKeys.has(this.adminKey(r.admin1))
    )
      s += HOMELAND_BONUS;
    let nearKm = Number.POSITIVE_INFINITY;
    if (ctx.near.length) {
      for (const p of ctx.near) nearKm = Math.min(nearKm, kmBetween(p.latitude, p.longitude, r.lat, r.lon));
      s += nearKm < 30 ? 0.3 : nearKm < 100 ? 0.2 : nearKm < 250 ? 0.08 : nearKm > 1500 ? -0.1 : 0;
    }
    let conf = TIER_BASE[tier] + s - (tier === "fuzzy" ? 0.1 * (dist - 1) : 0);
    const inCountry = !ctx.hint || r.cc === ctx.hint.iso2;
    if (ctx.hint) conf += inCountry ? 0.5 : -0.5;
    let qualHit = false;
    if (ctx.qualNorm) {
      const q = ctx.qualNorm;
      qualHit =
        (ctx.qualCountry !== null && ctx.qualCountry.iso2 === r.cc) ||
        q === normName(r.admin1 ?? "") ||
        q === normName(r.admin2 ?? "") ||
        this.admin1Alias(r, q);
      conf += qualHit ? 0.8 : -0.3;
    }
    const firstHit =
      adminHit === 2 &&
      ctx.firstAdmin !== null &&
      ((r.admin2 !== null && this.adminKey(r.admin2) === ctx.firstAdmin) ||
        (r.admin3 !== null && this.adminKey(r.admin3) === ctx.firstAdmin));
    return {
      row,
      tier,
      dist,
      raw: s,
      conf,
      reform,
      qualHit,
      levelHit,
      inCountry,
      adminHit,
      firstHit,
      nearKm,
    };
  }

  /** US states etc. written as postal codes or short names ("Maine" vs admin1 "Maine"). */
  private admin1Alias(r: PlaceRow, q: string): boolean {
    if (!r.admin1) return false;
    const a = normName(r.admin1);
    return a.startsWith(`${q} `) || a.endsWith(` ${q}`);
  }

  private toPlace(c: Cand, level: 1 | 2 | null, relation?: "in" | "near", asked?: string): Place {
    const r = c.row;
    const country = this.countries.byIso(r.cc);
    let kind = kindOf(r.fcode);
    let location = r.name;
    // ("Tambaga" found as "Tambaga Department": the seat goes by the name asked for)
    if (r.fcode === "A.ADM3" && asked && c.tier !== "fuzzy" && normName(location).includes(normName(asked)))
      location = asked;
    let admin1 = r.admin1;
    let admin2 = r.admin2;
    if (c.reform) {
      kind = "admin1";
      location = r.name;
      admin1 = c.reform.admin1;
      admin2 = null;
    }
    // ("the Timbuktu region": a region's seat found under the region's other name stands for the region)
    if (level === 1 && (r.fcode === "P.PPLA" || r.fcode === "P.PPLC") && admin1 && !c.reform) {
      const seat = this.seat(`${r.cc}|${admin1}`);
      if (seat && seat.id === r.id) {
        kind = "admin1";
        location = admin1;
      }
    }
    if (kind === "admin1") admin2 = null;
    // A region is placed at its capital, as the coding rules ask for events known only at that level.
    // (and a district at its seat, the town of its name: the Koro cercle at Koro)
    // (a region of a reform, "Soum province" of 2025, at its own seat, Djibo: not at the seat of the
    // historic region it falls in)
    const seat = c.reform
      ? r
      : kind === "admin1" && admin1
        ? this.seat(`${r.cc}|${admin1}`)
        : kind === "admin2"
          ? this.districtSeat(r)
          : null;
    if (seat) admin2 = seat.admin2;
    // (a district the data has no point for has none here either; its region's point goes with it,
    // where an event known only by that district is coded, at precision 3)
    const regionPoint =
      !seat && !Number.isFinite(r.lat) && admin1
        ? (this.regionPointOf(r.cc, admin1) ?? undefined)
        : undefined;
    let precision: 1 | 2 | 3 = kind === "admin1" || kind === "admin2" ? 3 : 1;
    if (precision === 3 && level === null && r.fcode === "A.ADM2") precision = 3;
    if (precision === 1 && relation === "near") precision = 2;
    return {
      location,
      country: country?.name ?? r.cc,
      iso3: country?.iso3 ?? "",
      region: country?.region ?? null,
      admin1,
      admin2,
      admin3: kind === "populated" || kind === "other" ? r.admin3 : null,
      latitude: seat ? seat.lat : r.lat,
      longitude: seat ? seat.lon : r.lon,
      geo_precision: precision,
      kind,
      population: r.population,
      score: Math.max(0, Math.min(1, Math.round((c.conf / 2.4) * 1000) / 1000)),
      fuzzy: c.tier === "fuzzy",
      geonameid: r.geonameid,
      feature: r.fcode,
      regionPoint,
    };
  }

  /** The point of a region: its capital (the seat, else the region's own row). */
  private regionPointOf(cc: string, admin1: string): { latitude: number; longitude: number } | null {
    const seat = this.seat(`${cc}|${admin1}`);
    if (seat) return { latitude: seat.lat, longitude: seat.lon };
    for (const id of this.exactIds(normName(admin1))) {
      const r = this.row(id);
      if (r.cc === cc && r.fcode === "A.ADM1" && r.admin1 === admin1 && Number.isFinite(r.lat))
        return { latitude: r.lat, longitude: r.lon };
    }
    return null;
  }
}
