/**
 * Country table (data/countries.json): ACLED names, ISO codes, ACLED regions, aliases, capitals (and, for
 * the few countries whose main city is not the official capital, the city news call "the capital").
 */
import { readFileSync } from "node:fs";
import { BoundedMap } from "../common/bounded.js";
import { normName } from "./normalize.js";
import { countriesFile } from "./paths.js";

export interface CountryInfo {
  name: string;
  iso2: string;
  iso3: string;
  region: string;
  capital: string;
  /** The city news mean by "the capital" where it is not the official one (Abidjan, Cotonou, La Paz). */
  newsCapital?: string;
  latitude: number;
  longitude: number;
  aliases: string[];
}

export class CountryTable {
  readonly all: CountryInfo[];
  private byKey = new Map<string, CountryInfo>();
  /** Names and aliases only, no ISO codes: what a text names ("IS" is the Islamic State, not Iceland). */
  private byName = new Map<string, CountryInfo>();
  private byIso2 = new Map<string, CountryInfo>();
  /** The first word of every key: a name that opens with another word is no country. */
  private firstWords = new Set<string>();

  constructor(file = countriesFile()) {
    this.all = JSON.parse(readFileSync(file, "utf8")) as CountryInfo[];
    for (const c of this.all) {
      this.byIso2.set(c.iso2, c);
      this.byKey.set(c.iso2.toLowerCase(), c);
      this.byKey.set(c.iso3.toLowerCase(), c);
    }
    // names and aliases; an alias never overrides another country's own name
    for (const c of this.all) {
      this.byKey.set(normName(c.name), c);
      this.byName.set(normName(c.name), c);
    }
    for (const c of this.all)
      for (const a of c.aliases) {
        const k = normName(a);
        if (k && !this.byKey.has(k)) this.byKey.set(k, c);
        if (k && !this.byName.has(k)) this.byName.set(k, c);
      }
    for (const k of this.byKey.keys()) this.firstWords.add(k.split(" ")[0]);
  }

  /** "Mali", "ML", "MLI", "Côte d'Ivoire", "DRC" -> the country, else null. */
  private memo = new BoundedMap<string, CountryInfo | null>(10_000);

  get(nameOrCode: string | null | undefined): CountryInfo | null {
    return this.find(nameOrCode, this.memo, this.byKey, true);
  }

  /** A country a text names: by its name or an alias ("DRC", "US"), never by an ISO code ("IS", "AND"). */
  named(name: string | null | undefined): CountryInfo | null {
    return this.find(name, this.namedMemo, this.byName, false);
  }
  private namedMemo = new BoundedMap<string, CountryInfo | null>(10_000);

  private find(
    nameOrCode: string | null | undefined,
    memo: BoundedMap<string, CountryInfo | null>,
    keys: Map<string, CountryInfo>,
    codes: boolean,
  ): CountryInfo | null {
    if (!nameOrCode) return null;
    // Most names asked about are no country ("Kidal", "Security forces"): their first word tells.
    const first = plainFirstWord(nameOrCode);
    if (first !== null && first !== "the" && !this.firstWords.has(first)) return null;
    const hit = memo.get(nameOrCode);
    if (hit !== undefined) return hit;
    const c = this.lookup(nameOrCode, keys, codes);
    memo.set(nameOrCode, c);
    return c;
  }

  private lookup(nameOrCode: string, keys: Map<string, CountryInfo>, codes: boolean): CountryInfo | null {
    const t = nameOrCode.trim();
    if (codes && /^[A-Z]{2,3}$/.test(t)) {
      const c = keys.get(t.toLowerCase());
      if (c) return c;
    }
    const k = normName(t).replace(/^the /, "");
    if (k.length <= 3 && t !== t.toUpperCase()) {
      // lower-case two/three letter words ("us", "uk") only count as codes when written in capitals
      const c = keys.get(k);
      return c && normName(c.name) === k ? c : null;
    }
    return keys.get(k) ?? null;
  }

  byIso(iso2: string): CountryInfo | null {
    return this.byIso2.get(iso2) ?? null;
  }
}

/**
 * The first word of `s`, lower-cased, as normName(s) would begin, when that is plain to see: `s` opens
 * with ASCII letters or digits followed by its end or by an ASCII character that normName turns into a
 * space (anything but a letter, a digit or an apostrophe it drops). Otherwise null.
 */
function plainFirstWord(s: string): string | null {
  let i = 0;
  while (i < s.length && isAsciiAlnum(s.charCodeAt(i))) i++;
  if (i === 0) return null;
  if (i < s.length) {
    const c = s.charCodeAt(i);
    // (0x27 ' and 0x60 ` are dropped, joining the words around them)
    if (c >= 0x80 || c === 0x27 || c === 0x60) return null;
  }
  return s.slice(0, i).toLowerCase();
}

const isAsciiAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
