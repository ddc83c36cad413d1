/**
 * Chronicle's offline gazetteer: GeoNames (Sahel country dumps + world cities500), Mali cercle polygons,
 * a local supplement and a user overlay. Place names © GeoNames (geonames.org), CC BY 4.0.
 */
import { type CountryInfo, CountryTable } from "./countries.js";
import { normName } from "./normalize.js";
import { loadOverlay, type Overlay } from "./overlay.js";
import { gazetteerDir } from "./paths.js";
import { type Place, type PlaceQuery, Resolver } from "./resolve.js";
import { PlaceStore } from "./store.js";

export type { CountryInfo } from "./countries.js";
export { normName } from "./normalize.js";
export type { Place, PlaceQuery } from "./resolve.js";
export { kmBetween } from "./resolve.js";

export interface Gazetteer {
  resolve(q: PlaceQuery): Place | null;
  candidates(q: PlaceQuery, limit?: number): Place[];
  country(nameOrCode: string): CountryInfo | null;
  countryPlace(country: string): Place | null;
  isKnownName(name: string): boolean;
  admin1Names(country: string): string[];
  /** Extra: admin1 and admin2 names of a country (for finding admin hints in a text). */
  adminNames(country: string): { admin1: string[]; admin2: string[] };
}

/** Below this score a best candidate is not credible enough to return from resolve(). */
const MIN_SCORE = 0.3;

class GazetteerImpl implements Gazetteer {
  private resolver: Resolver;

  constructor(
    private store: PlaceStore,
    overlay: Overlay,
    private countries: CountryTable,
  ) {
    this.resolver = new Resolver(store, overlay, countries);
  }

  candidates(q: PlaceQuery, limit = 10): Place[] {
    return this.resolver.candidates(q, limit);
  }

  resolve(q: PlaceQuery): Place | null {
    const best = this.resolver.candidates(q, 1)[0];
    if (!best || best.score < MIN_SCORE) return null;
    // a foreign place in an article about another country: only a large town under its own name
    const hint = this.countries.get(q.country ?? null);
    if (hint && best.kind !== "country" && best.iso3 !== hint.iso3 && !q.name.includes(",")) {
      if (best.fuzzy || best.population < 50000) return null;
      if (!this.resolver.isPrimaryName(best, q.name)) return null;
    }
    return best;
  }

  country(nameOrCode: string): CountryInfo | null {
    return this.countries.get(nameOrCode);
  }

  countryPlace(country: string): Place | null {
    const c = this.countries.get(country);
    return c ? this.resolver.countryPlace(c) : null;
  }

  isKnownName(name: string): boolean {
    const k = normName(name);
    if (!k) return false;
    return this.countries.get(name) !== null || this.resolver.exactIds(k).length > 0;
  }

  admin1Names(country: string): string[] {
    const c = this.countries.get(country);
    return c ? (this.store.meta.admin1[c.iso2] ?? []) : [];
  }

  adminNames(country: string): { admin1: string[]; admin2: string[] } {
    const c = this.countries.get(country);
    if (!c) return { admin1: [], admin2: [] };
    return { admin1: this.store.meta.admin1[c.iso2] ?? [], admin2: this.store.meta.admin2?.[c.iso2] ?? [] };
  }
}

let singleton: GazetteerImpl | null = null;
let stats: { loadMs: number; heapMb: number; rssMb: number; externalMb: number; rows: number } | null = null;

/** The gazetteer (cached singleton, synchronous load). */
export function loadGazetteer(): Gazetteer {
  if (singleton) return singleton;
  const t0 = performance.now();
  const before = process.memoryUsage();
  const countries = new CountryTable();
  const store = new PlaceStore(gazetteerDir());
  const overlay = loadOverlay(countries);
  singleton = new GazetteerImpl(store, overlay, countries);
  const after = process.memoryUsage();
  stats = {
    loadMs: Math.round(performance.now() - t0),
    heapMb: Math.round((after.heapUsed - before.heapUsed) / 1e5) / 10,
    rssMb: Math.round((after.rss - before.rss) / 1e5) / 10,
    externalMb:
      Math.round((after.external + after.arrayBuffers - before.external - before.arrayBuffers) / 1e5) / 10,
    rows: store.size + overlay.rows.length,
  };
  return singleton;
}

/** Load time and memory of the gazetteer (loads it if needed): for the bench. */
export function gazetteerStats(): {
  loadMs: number;
  heapMb: number;
  rssMb: number;
  externalMb: number;
  rows: number;
} {
  loadGazetteer();
  return stats!;
}

/** Drop the cached gazetteer (after `gazetteer import/add`, or in tests). */
export function resetGazetteer(): void {
  singleton = null;
}
