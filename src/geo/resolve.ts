/**
 * Place resolution: candidate lookup (exact, alternate, qualifier strip, transliteration fold, corroborated
 * edit distance) and homonym ranking (qualifier, country hint, admin hints, nearby places, class, population).
 */
import { join } from "node:path";
import { readCsvTable } from "./build-rows.js";
import type { CountryInfo, CountryTable } from "./countries.js";
import {
  editDistance,
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
}

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
}

/** Countries bundled from full GeoNames dumps (villages, wells, localities), not only towns of 500+. */
const FULL_COVERAGE = new Set(["ML", "BF", "NE", "SN", "MR", "GN", "CI"]);

type Tier = "exact" | "fold" | "fuzzy";
interface Cand {
  row: PlaceRow;
  tier: Tier;
  raw: number;
  reform?: { name: string; admin1: string };
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
  if (fcode.startsWith("P.")) return "populated";
  return "other";
}

interface Reform {
  cc: string;
  name: string;
  admin1: string;
  seat: string;
}

export class Resolver {
  private reforms: Reform[];
  private fuzzyCache = new Map<string, [string, number[]][]>();

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

  /** Folded keys of one country's rows (one pass over the fold index on first use, for edit distance). */
  private foldedKeysOf(cc: string): [string, number[]][] {
    if (this.fuzzyCache.size === 0) {
      const ranges = Object.entries(this.store.meta.ranges).sort((x, y) => x[1][0] - y[1][0]);
      const starts = ranges.map((r) => r[1][0]);
      const countryAt = (id: number): string => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid] <= id) lo = mid;
          else hi = mid - 1;
        }
        return ranges[lo][0];
      };
      const idx = this.store.folds;
      for (let c = 0; c < idx.chunkCount; c++)
        for (const [k, all] of idx.entries(c)) {
          const by = new Map<string, number[]>();
          for (const id of all) {
            const x = countryAt(id);
            const l = by.get(x);
            if (l) l.push(id);
            else by.set(x, [id]);
          }
          for (const [x, ids] of by) {
            const list = this.fuzzyCache.get(x);
            if (list) list.push([k, ids]);
            else this.fuzzyCache.set(x, [[k, ids]]);
          }
        }
      for (const [k, ids] of this.overlay.keysFolded())
        for (const id of ids) {
          const x = this.overlay.row(id).cc;
          const list = this.fuzzyCache.get(x) ?? [];
          list.push([k, [id]]);
          this.fuzzyCache.set(x, list);
        }
    }
    return this.fuzzyCache.get(cc) ?? [];
  }

  countryPlace(c: CountryInfo): Place {
    return {
      location: c.name,
      country: c.name,
      iso3: c.iso3,
      region: c.region,
      admin1: null,
      admin2: null,
      admin3: null,
      latitude: c.latitude,
      longitude: c.longitude,
      geo_precision: 3,
      kind: "country",
      population: 0,
      score: 1,
      fuzzy: false,
      geonameid: null,
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
    const norm = normName(namePart);
    if (!norm) return [];
    const { base, level } = splitAdminMention(norm);
    const hint = this.countries.get(q.country ?? null);
    const qualNorm = qualifier ? normName(qualifier) : null;
    const qualCountry = qualifier ? this.countries.get(qualifier) : null;
    const adminHints = (q.admin ?? []).map((a) => normName(a)).filter(Boolean);
    for (const a of [...adminHints]) {
      const s = splitAdminMention(a).base;
      if (s !== a) adminHints.push(s);
    }

    // a country name resolves to the country, unless the hinted country has a unit/town of that name
    const asCountry = level === null && !qualifier ? this.countries.get(namePart) : null;
    const ids = new Map<number, Tier>();
    const addIds = (list: number[], tier: Tier) => {
      for (const id of list) if (!ids.has(id)) ids.set(id, tier);
    };
    addIds(this.exactIds(base), "exact");
    if (base !== norm) addIds(this.exactIds(norm), "exact");
    addIds(this.foldIds(foldKey(base)), "fold");
    if (stripQualifiers(base) !== base) addIds(this.exactIds(stripQualifiers(base)), "fold");

    const out: Cand[] = [];
    if (asCountry) {
      const wanted = hint && hint.iso2 !== asCountry.iso2 ? hint.iso2 : null;
      const local = wanted
        ? [...ids.entries()].filter(([id, t]) => {
            const r = this.row(id);
            return t === "exact" && r.cc === wanted && (r.fcode === "A.ADM1" || r.fcode.startsWith("P."));
          })
        : [];
      if (local.length === 0) return [this.countryPlace(asCountry)];
    }

    // reformed admin units ("région de Bandiagara" -> historic region Mopti, seat coordinates)
    if (level === 1 || level === null) {
      for (const rf of this.reforms) {
        if (rf.name !== base || (hint && hint.iso2 !== rf.cc) || (level === null && !hint)) continue;
        const seat = this.exactIds(normName(rf.seat))
          .map((id) => this.row(id))
          .filter((r) => r.cc === rf.cc && r.fcode.startsWith("P."))
          .sort((a, b) => b.population - a.population)[0];
        if (seat && level === 1)
          out.push({ row: seat, tier: "exact", raw: 2.2, reform: { name: rf.name, admin1: rf.admin1 } });
      }
    }

    for (const [id, tier] of ids) out.push({ row: this.row(id), tier, raw: 0 });

    // corroborated edit distance
    const corroborated = hint !== null || adminHints.length > 0;
    if (!out.some((c) => c.tier !== "fuzzy" && (!hint || c.row.cc === hint.iso2)) && corroborated) {
      const fk = foldKey(base);
      const budget = adminHints.length > 0 ? fuzzyBudget(fk.length) : Math.min(1, fuzzyBudget(fk.length));
      // country-only corroboration is enough where the gazetteer is dense (full GeoNames dumps)
      const dense = hint && (FULL_COVERAGE.has(hint.iso2) || this.overlay.coversCountry(hint.iso2));
      const ccs = hint
        ? dense || adminHints.length
          ? [hint.iso2]
          : []
        : this.countriesOfAdminHints(adminHints);
      if (budget > 0)
        for (const cc of ccs)
          for (const [k, list] of this.foldedKeysOf(cc)) {
            if (Math.abs(k.length - fk.length) > budget) continue;
            if (editDistance(k, fk, budget) <= budget)
              for (const id of list) if (!ids.has(id)) out.push({ row: this.row(id), tier: "fuzzy", raw: 0 });
          }
    }

    for (const c of out)
      c.raw += this.score(c, { level, hint, qualNorm, qualCountry, adminHints, near: q.near ?? [] });
    out.sort((a, b) => b.raw - a.raw || b.row.population - a.row.population);
    const seen = new Set<number>();
    const places: Place[] = [];
    for (const c of out) {
      if (seen.has(c.row.id)) continue;
      seen.add(c.row.id);
      if (c.tier === "fuzzy" && !this.fuzzyCorroborated(c, hint, adminHints)) continue;
      places.push(this.toPlace(c, level, q.relation));
      if (places.length >= limit) break;
    }
    return places;
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

  private countriesOfAdminHints(hints: string[]): string[] {
    const ccs = new Set<string>();
    for (const h of hints)
      for (const id of this.exactIds(h)) {
        const r = this.row(id);
        if (r.fcode === "A.ADM1" || r.fcode === "A.ADM2") ccs.add(r.cc);
      }
    return [...ccs];
  }

  private fuzzyCorroborated(c: Cand, hint: CountryInfo | null, adminHints: string[]): boolean {
    if (
      hint &&
      c.row.cc === hint.iso2 &&
      (FULL_COVERAGE.has(hint.iso2) || this.overlay.coversCountry(hint.iso2))
    )
      return true;
    return adminHints.some((h) => h === normName(c.row.admin1 ?? "") || h === normName(c.row.admin2 ?? ""));
  }

  private score(
    c: Cand,
    ctx: {
      level: 1 | 2 | null;
      hint: CountryInfo | null;
      qualNorm: string | null;
      qualCountry: CountryInfo | null;
      adminHints: string[];
      near: { latitude: number; longitude: number }[];
    },
  ): number {
    const r = c.row;
    let s = c.tier === "exact" ? 1 : c.tier === "fold" ? 0.8 : 0.45;
    const kind = kindOf(r.fcode);
    const isAdmin = kind === "admin1" || kind === "admin2" || r.fcode === "A.ADM3";
    if (ctx.level === 1) s += kind === "admin1" ? 0.6 : kind === "admin2" ? 0.1 : -0.3;
    else if (ctx.level === 2)
      s += kind === "admin2" || r.fcode === "A.ADM3" ? 0.6 : kind === "admin1" ? 0 : -0.3;
    else if (isAdmin) s += kind === "admin1" ? -0.25 : -0.3;
    else if (kind === "other") s -= 0.2;
    s += Math.min(0.1, (r.nnames ?? 0) * 0.015);
    if (r.fcode === "P.PPLX") s -= 0.05;
    // population (admin units carry the sum of their towns)
    s += Math.min(0.2, Math.log10(r.population + 1) / 35);
    if (r.fcode === "P.PPLC" || r.fcode === "P.PPLA") s += 0.05;
    if (ctx.hint) s += r.cc === ctx.hint.iso2 ? 0.5 : -0.5;
    if (ctx.qualNorm) {
      const q = ctx.qualNorm;
      const hit =
        (ctx.qualCountry && ctx.qualCountry.iso2 === r.cc) ||
        q === normName(r.admin1 ?? "") ||
        q === normName(r.admin2 ?? "") ||
        this.admin1Alias(r, q);
      s += hit ? 0.8 : -0.3;
    }
    let adminBonus = 0;
    for (const h of ctx.adminHints) {
      if (h === normName(r.admin1 ?? "")) adminBonus = Math.max(adminBonus, 0.3);
      if (h === normName(r.admin2 ?? "") || h === normName(r.admin3 ?? ""))
        adminBonus = Math.max(adminBonus, 0.45);
    }
    s += adminBonus;
    if (ctx.near.length) {
      let d = Number.POSITIVE_INFINITY;
      for (const p of ctx.near) d = Math.min(d, kmBetween(p.latitude, p.longitude, r.lat, r.lon));
      s += d < 30 ? 0.3 : d < 100 ? 0.2 : d < 250 ? 0.08 : d > 1500 ? -0.1 : 0;
    }
    return s;
  }

  /** US states etc. written as postal codes or short names ("Maine" vs admin1 "Maine"). */
  private admin1Alias(r: PlaceRow, q: string): boolean {
    if (!r.admin1) return false;
    const a = normName(r.admin1);
    return a.startsWith(`${q} `) || a.endsWith(` ${q}`);
  }

  private toPlace(c: Cand, level: 1 | 2 | null, relation?: "in" | "near"): Place {
    const r = c.row;
    const country = this.countries.byIso(r.cc);
    let kind = kindOf(r.fcode);
    let location = r.name;
    let admin1 = r.admin1;
    let admin2 = r.admin2;
    if (c.reform) {
      kind = "admin1";
      location = r.name;
      admin1 = c.reform.admin1;
      admin2 = null;
    }
    if (kind === "admin1") admin2 = null;
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
      latitude: r.lat,
      longitude: r.lon,
      geo_precision: precision,
      kind,
      population: r.population,
      score: Math.max(0, Math.min(1, Math.round((c.raw / 2.4) * 1000) / 1000)),
      fuzzy: c.tier === "fuzzy",
      geonameid: r.geonameid,
    };
  }
}
