/**
 * Chronicle's offline gazetteer: GeoNames (Sahel country dumps + world cities500), Mali cercle polygons,
 * a local supplement and a user overlay. Place names © GeoNames (geonames.org), CC BY 4.0.
 */

import { join } from "node:path";
import { BoundedMap } from "../common/bounded.js";
import { readCsvTable } from "./build-rows.js";
import { type CountryInfo, CountryTable } from "./countries.js";
import { normName } from "./normalize.js";
import { loadOverlay, type Overlay } from "./overlay.js";
import { gazetteerDir } from "./paths.js";
import { kmBetween, type Place, type PlaceQuery, Resolver } from "./resolve.js";
import { PlaceStore } from "./store.js";

export type { CountryInfo } from "./countries.js";
export { normName, splitAdminMention } from "./normalize.js";
export { admin1On } from "./periods.js";
export type { Place, PlaceQuery } from "./resolve.js";
export { kmBetween } from "./resolve.js";

export interface Gazetteer {
  resolve(q: PlaceQuery): Place | null;
  candidates(q: PlaceQuery, limit?: number): Place[];
  /** The country a text names, by name or alias ("Mali", "DRC"); ISO codes are not names ("IS"). */
  country(name: string): CountryInfo | null;
  /** A country given by name, alias or ISO code ("ML", "MLI"): for hints and options. */
  countryOrCode(nameOrCode: string): CountryInfo | null;
  countryPlace(country: string): Place | null;
  isKnownName(name: string): boolean;
  admin1Names(country: string): string[];
  /** Extra: admin1 and admin2 names of a country (for finding admin hints in a text). */
  adminNames(country: string): { admin1: string[]; admin2: string[] };
  /** Admin1/admin2 names of the country that a text mentions (hints for resolve: "Djibo (Soum, Sahel)"). */
  adminMentions(text: string, country: string): string[];
  /** Home regions (admin1) of the peoples and armed groups a text names (data/gazetteer/homelands.csv). */
  homelands(text: string, country: string): string[];
  /** The first home region of the peoples and groups a text names, placed at its capital: where an
   * event known only by its country is coded when the text names who fought ("MNLA rebels" -> Kidal). */
  homeRegion(text: string, country: string): Place | null;
}

/** Below this score a best candidate is not credible enough to return from resolve(). */
const MIN_SCORE = 0.3;
/** Foreign towns of this size are plausible within FOREIGN_NEAR_KM of the article country's centre. */
const FOREIGN_NEAR_POP = 20000;
const FOREIGN_NEAR_KM = 1500;

/** Admin names of a country by normalised key, the first words of the keys, their longest word count. */
interface AdminKeys {
  keys: Map<string, string>;
  firstWords: Set<string>;
  maxTokens: number;
}

/** What separates the words of a text in which admin names are looked for. */
const ADMIN_TEXT_SEPARATORS = /[\s,.;:!?()[\]"“”«»/]+/;

const nonEmpty = (t: string): boolean => t.length > 0;

/** Whether a word opens with an upper-case letter (a loop for ASCII, the regex otherwise). */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w);
}

/** Whether words[i..] starts with the cue's words (a loop: no callback made per position). */
function wordsAt(words: string[], i: number, cue: string[]): boolean {
  for (let j = 0; j < cue.length; j++) if (words[i + j] !== cue[j]) return false;
  return true;
}

/** A text field of a cache key, its length first: no text can pass for a separator or another field. */
const keyField = (s: string): string => `${s.length}:${s}`;

/**
 * The cache key of a query: every field that resolution reads, near points by their coordinates (all
 * it reads of them). Built by hand: resolve() is asked for every candidate name, and serialising the
 * query as JSON cost more than looking the answer up.
 */
function queryKey(q: PlaceQuery): string {
  const admin = q.admin ?? [];
  let key = `${keyField(q.name)}${q.country == null ? "-" : keyField(q.country)}${q.relation == null ? "-" : keyField(q.relation)}${admin.length}:`;
  for (const a of admin) key += keyField(a);
  for (const p of q.near ?? []) key += `${p.latitude},${p.longitude};`;
  if (q.regions?.length) key += `r${q.regions.join(";")}`;
  return key;
}

class GazetteerImpl implements Gazetteer {
  private resolver: Resolver;

  constructor(
    private store: PlaceStore,
    overlay: Overlay,
    private countries: CountryTable,
  ) {
    this.resolver = new Resolver(store, overlay, countries);
  }

  /** Candidate lists by query and limit, like answers below (ambiguity checks ask for every town). */
  private candidateLists = new BoundedMap<string, Place[]>(20_000);

  candidates(q: PlaceQuery, limit = 10): Place[] {
    const key = `${limit}/${queryKey(q)}`;
    let list = this.candidateLists.get(key);
    if (list === undefined) {
      list = this.resolver.candidates(q, limit);
      this.candidateLists.set(key, list);
    }
    // (a copy: the caller may reorder or trim its list)
    return list.slice();
  }

  /**
   * Answers by query: the same names come back article after article ("Bamako", "Gao"). The whole
   * query is the key (name, country, admin names, near points, relation), so an answer is only reused
   * for exactly the same question. Places are never modified by their users. Bounded: cleared when full.
   */
  private answers = new BoundedMap<string, Place | null>(20_000);

  resolve(q: PlaceQuery): Place | null {
    const key = queryKey(q);
    let place = this.answers.get(key);
    if (place === undefined) {
      place = this.resolveQuery(q);
      this.answers.set(key, place);
    }
    return place;
  }

  private resolveQuery(q: PlaceQuery): Place | null {
    const best = this.resolver.candidates(q, 1)[0];
    if (!best || best.score < MIN_SCORE) return null;
    // a foreign place in an article about another country: only a well-known town under its own name
    const hint = this.countries.get(q.country ?? null);
    if (hint && best.kind !== "country" && best.iso3 !== hint.iso3 && !q.name.includes(",")) {
      if (best.fuzzy) return null;
      // (a town under another of its names only when it is a town of note near the article's country:
      // "Jenin" for Janīn in a story filed from Israel)
      if (!this.resolver.isPrimaryName(best, q.name) && !this.notedNeighbour(best, hint)) return null;
      if (!this.plausibleAbroad(best, hint, q.admin ?? [])) return null;
    }
    return best;
  }

  /**
   * A foreign town named in an article about another country: a capital or a city of a million anywhere,
   * a town of FOREIGN_NEAR_POP or an admin seat in a neighbouring area; never when the article's admin
   * names disagree.
   */
  private plausibleAbroad(p: Place, hint: CountryInfo, admin: string[]): boolean {
    if (admin.length) {
      const own = new Set([p.admin1, p.admin2].filter(Boolean).map((a) => normName(a as string)));
      if (!admin.some((a) => own.has(normName(a)))) return false;
    }
    const home = this.countries.get(p.iso3);
    if (home && normName(home.capital) === normName(p.location)) return true;
    if (p.population >= 1_000_000) return true;
    const km = kmBetween(hint.latitude, hint.longitude, p.latitude, p.longitude);
    const seat = /^P\.PPL(A|A2|C)$/.test(p.feature ?? "") || p.kind === "admin1";
    return km <= FOREIGN_NEAR_KM && (p.population >= FOREIGN_NEAR_POP || seat);
  }

  private notedNeighbour(p: Place, hint: CountryInfo): boolean {
    if (p.kind !== "populated" || p.population < FOREIGN_NEAR_POP) return false;
    return kmBetween(hint.latitude, hint.longitude, p.latitude, p.longitude) <= FOREIGN_NEAR_KM;
  }

  country(name: string): CountryInfo | null {
    return this.countries.named(name);
  }

  countryOrCode(nameOrCode: string): CountryInfo | null {
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

  private adminKeyCache = new Map<string, AdminKeys>();

  adminMentions(text: string, country: string): string[] {
    const c = this.countries.get(country);
    if (!c) return [];
    let ix = this.adminKeyCache.get(c.iso2);
    if (!ix) {
      const keys = new Map<string, string>();
      const firstWords = new Set<string>();
      let maxTokens = 1;
      const { admin1, admin2 } = this.adminNames(c.iso2);
      for (const name of [...admin1, ...admin2]) {
        const k = normName(name);
        if (k.length < 3 || keys.has(k)) continue;
        keys.set(k, name);
        const words = k.split(" ");
        firstWords.add(words[0]);
        maxTokens = Math.max(maxTokens, words.length);
      }
      ix = { keys, firstWords, maxTokens };
      this.adminKeyCache.set(c.iso2, ix);
    }
    // The words of the text, normalised only when a name may start at or run over them: a name starts
    // at a word written with a capital whose first normalised token starts some name of the country.
    const words = text.split(ADMIN_TEXT_SEPARATORS);
    const normed: (string[] | undefined)[] = new Array(words.length);
    const tokensOf = (w: number): string[] => {
      let toks = normed[w];
      if (toks === undefined) {
        toks = normName(words[w]).split(" ").filter(nonEmpty);
        normed[w] = toks;
      }
      return toks;
    };
    const found = new Set<string>();
    for (let w = 0; w < words.length; w++) {
      if (!startsUpper(words[w])) continue;
      const toks = tokensOf(w);
      for (let t = 0; t < toks.length; t++) {
        if (!ix.firstWords.has(toks[t])) continue;
        // (the name may run over the next words, whatever their case, up to maxTokens tokens)
        let k = toks[t];
        if (ix.keys.has(k)) found.add(ix.keys.get(k) as string);
        let n = 1;
        for (let ww = w, tt = t + 1; n < ix.maxTokens && ww < words.length; ) {
          const next = tokensOf(ww);
          if (tt >= next.length) {
            ww++;
            tt = 0;
            continue;
          }
          k = `${k} ${next[tt++]}`;
          n++;
          const name = ix.keys.get(k);
          if (name) found.add(name);
        }
      }
    }
    return [...found];
  }

  private homelandTable: Map<string, Array<{ words: string[]; admin1: string[] }>> | null = null;

  homelands(text: string, country: string): string[] {
    const c = this.countries.get(country);
    if (!c) return [];
    if (!this.homelandTable) {
      this.homelandTable = new Map();
      for (const r of readCsvTable(join(gazetteerDir(), "homelands.csv"))) {
        const list = this.homelandTable.get(r.country) ?? [];
        list.push({ words: r.cue.split(/\s+/), admin1: r.admin1.split(";").map((a) => a.trim()) });
        this.homelandTable.set(r.country, list);
      }
    }
    const cues = this.homelandTable.get(c.iso2);
    // (most texts name none: a substring test first)
    if (!cues?.some((cue) => text.includes(cue.words[0]))) return [];
    // whole words, as written (names of peoples and groups are capitalised)
    const words = text.split(/[^\p{L}\p{N}'’-]+/u);
    const out = new Set<string>();
    for (const cue of cues) {
      // (a cue whose first word is not in the text is no whole word of it either: not looked for)
      if (!text.includes(cue.words[0])) continue;
      for (let i = 0; i + cue.words.length <= words.length; i++)
        if (wordsAt(words, i, cue.words)) {
          for (const a of cue.admin1) out.add(a);
          break;
        }
    }
    return [...out];
  }

  homeRegion(text: string, country: string): Place | null {
    const first = this.homelands(text, country)[0];
    if (!first) return null;
    const c = this.countries.get(country);
    const key = normName(first);
    const unit = this.candidates({ name: first, country }, 5).find(
      (p) => p.kind === "admin1" && p.country === c?.name && normName(p.admin1 ?? "") === key,
    );
    return unit ?? null;
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
