import { BoundedMap, BoundedSet } from "../common/bounded.js";
import { type Gazetteer, kmBetween, normName, type Place, splitAdminMention } from "../geo/index.js";
import { kindAbbreviation } from "../geo/normalize.js";
import type { Sentence } from "../text/document.js";
import { foldKey } from "../text/normalize.js";
import type { Token } from "../text/tokens.js";
import { type PlaceCues, placeCues } from "./place-cues.js";
import {
  capitalCity,
  contradicts,
  fallbackFromAdmin,
  famousAbroad,
  groupName,
  hyphenPart,
  hyphenTowns,
  isAdminName,
  isTown,
  located,
  mentionedRegion,
  placedAt,
  plausibleName,
  regionOfPlaces,
  unlocated,
  withAdmin1,
} from "./place-lookup.js";

/** A place named in a sentence and what the gazetteer made of it. */
export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  /** Token index range inside the sentence. */
  first: number;
  last: number;
  relation: "in" | "near";
  /** Named as a destination or origin ("evacuated to Gao"): used only when nothing better is named. */
  weak?: boolean;
  /** Named as the object of a verb ("militants entered Mansila") or as a modifier ("the Inata mine",
   * "Pouytenga students"): after the places named with a preposition. */
  oblique?: boolean;
  /** Named as the home of people ("residents of Udawala"): after the places named with a preposition. */
  resident?: boolean;
  /** The place of a person's office ("the subprefect of Hombori"): after destinations and origins. */
  titled?: boolean;
  /** Followed by a town it is near ("in Yorsala, near Titao"): the town is coded, as ACLED codes a
   * place it gives relative to a better-known one. */
  nearOf?: boolean;
  /** A place the gazetteer lacks, placed at the town it was given relative to ("X, near Y"): it ranks
   * as that town. */
  atTown?: boolean;
  /** Named after "between": one end of a stretch of road. */
  between?: boolean;
  /** Opens the sentence as its scene ("Elsewhere on Mindanao, rebels ambushed ... in Bukidnon"). */
  setting?: boolean;
  /** Named as a unit by its kind word ("in Irumu territory", "le cercle de Niono"). */
  unit?: boolean;
  /** Named as a road between towns ("l'axe Niono-Diabali"): after a town named as such. */
  road?: boolean;
  /** Named only to say where the place before it lies ("Orange Farm, south of Johannesburg"). */
  reference?: boolean;

  /** Named as a part of a city by its last word ("Westlake Park", "Pine Street"): a site the gazetteer
   * lacks in a story of a city is that city. */
  citySite?: boolean;

  /** Named as the coded place ("coded as Kadiolo"): the place of every event of the sentence. */
  designated?: boolean;
  /** Places named in one list ("in Bamako, Kayes and Sikasso") share this id: one event each. */
  list?: number;
  /** Admin names given with it: "Massabougou (Niono, Segou)", "in Yagha province". */
  admin: string[];
  place: Place;
  /** The gazetteer query the name was resolved with (name with its kind word, admin hints). */
  query?: { q: string; admin: string[] };
}

export { located } from "./place-lookup.js";
export { type PlaceCues, placeCues };

const MAX_NAME_TOKENS = 5;

interface Candidate {
  first: number;
  last: number;
  relation: "in" | "near";
  admin: string[];
  kindWord: string | null;
  /** Introduced by "capital of": "la capitale du Niger" is Niamey. */
  capitalOf?: boolean;
  /** Introduced by a destination/origin word ("evacuated to Gao"). */
  weak?: boolean;
  /** Introduced by "in", "at", "near": a place even when the gazetteer does not know it. */
  strong?: boolean;
  oblique?: boolean;
  /** "residents of X": the people's home, after the places named with a preposition. */
  resident?: boolean;
  titled?: boolean;
  designated?: boolean;
  /** Opens with a direction word ("North Kivu"): if the whole name is unknown, the rest is tried. */
  direction?: boolean;
  /** Members of one list of places share this id (the first member's token index). */
  list?: number;
  between?: boolean;
  /** "in the direction of X": a heading, never where the event happened. */
  heading?: boolean;
  /** Named as a road between towns ("l'axe Niono-Diabali"). */
  road?: boolean;
  /** The closing bracket of the admin names given after the name ("Sono (Bandiagara, Mopti)"). */
  close?: number;
  /** The town a people's adjective names ("le cortège rennais": Rennes), read instead of the word. */
  townOf?: string;
}

/** "al-Bukamal", "el-Fasher": a lower-case article joined to a capitalised name. */
function articled(text: string, cues: PlaceCues): boolean {
  const dash = text.indexOf("-");
  return (
    dash > 0 && cues.articles.has(text.slice(0, dash).toLowerCase()) && /^\p{Lu}/u.test(text.slice(dash + 1))
  );
}

/** "Rubaya, a mining town", "Rubaya, une cité minière": the place noun of an apposition after the name
 * ending at `end` (not "X, a village chief", nor "X, the capital", which names another place's seat). */
function kindInApposition(tokens: Token[], end: number, cues: PlaceCues): string | null {
  if (tokens[end + 1]?.text !== ",") return null;
  // (an article, or none: "d'Anéfis, localité stratégique située entre Gao et Kidal")
  let k = cues.indefinite.has(tokens[end + 2]?.norm ?? "") ? end + 3 : end + 2;
  if (k === end + 2 && !cues.kinds.has(tokens[k]?.norm ?? "")) return null;
  while (
    k < tokens.length &&
    k < end + 6 &&
    cues.modifiers.has(tokens[k].norm) &&
    !cues.kinds.has(tokens[k].norm)
  )
    k++;
  const kind = tokens[k]?.norm ?? "";
  if (!cues.kinds.has(kind) || cues.capital.has(kind) || cues.titles.has(tokens[k + 1]?.norm ?? ""))
    return null;
  return kind;
}

/**
 * "seized Mushaki, about 15 km west of Sake", "de Mushaki, à une quinzaine de kilomètres de Sake": a
 * name whose apposition gives its distance from somewhere is a place, even one the gazetteer lacks.
 */
export function distanceApposed(tokens: Token[], end: number, cues: PlaceCues): boolean {
  if (tokens[end + 1]?.text !== ",") return false;
  for (let k = end + 2; k < Math.min(tokens.length, end + 8); k++) {
    const t = tokens[k];
    if (cues.distances.has(t.norm)) return true;
    if (/^[,.;:()]$/u.test(t.text) || t.cap) return false;
  }
  return false;
}

/** An acronym in capitals ("FDS", "FARDC", "FAd'H"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d'’-]*\p{Lu}$/u;

/** Words that only name a kind of place: "the southern city of", "dans la ville de". */
function placeNounOnly(between: Token[], cues: PlaceCues): boolean {
  const fits = between.every(
    (t) =>
      cues.definite.has(t.norm) ||
      cues.prepositions.has(t.norm) ||
      cues.modifiers.has(t.norm) ||
      cues.kinds.has(t.norm) ||
      cues.of.has(t.norm) ||
      cues.ofNouns.has(t.norm),
  );
  // ("in Sanaa and the port of Hodeidah": a noun of a place's part, right before "of", does as a kind)
  const noun = between[between.length - 2]?.norm ?? "";
  const ofNoun =
    between.length >= 2 &&
    cues.of.has(between[between.length - 1].norm) &&
    cues.ofNouns.has(noun) &&
    !cues.roads.has(noun) &&
    !cues.cityParts.has(noun);
  return fits && (ofNoun || between.some((t) => cues.kinds.has(t.norm)));
}

/** The last token of a name with "and" inside that starts at i and runs to j before the "and", or j. */
function andNameEnd(tokens: Token[], i: number, j: number, cues: PlaceCues): number {
  if (!cues.andNames.size || !cues.and.has(tokens[j + 1]?.norm ?? "")) return j;
  let key = "";
  for (let k = i; k <= j + 1; k++) key += `${k > i ? " " : ""}${tokens[k].norm}`;
  for (let m = j + 2; m < Math.min(tokens.length, j + 5) && tokens[m].cap; m++) {
    key += ` ${tokens[m].norm.replace(/['’]s$/u, "")}`;
    if (cues.andNames.has(key)) return m;
  }
  return j;
}

/** Words that say where an organisation sits, as written ("based in", "basée au"). */
const BASED = new Set([
  "based",
  "basée",
  "basé",
  "basés",
  "basées",
  "headquartered",
  "installé",
  "installée",
  "installés",
  "installées",
  // (where someone who speaks lives away from the scene: "un élu de la commune, réfugié en Algérie", "an
  // opposition leader exiled in Paris")
  "réfugié",
  "réfugiée",
  "réfugiés",
  "réfugiées",
  "exilé",
  "exilée",
  "exilés",
  "exiled",
]);

/** Whether tokens[i] is a word of a school's name opened by a compass word ("Western Washington University"). */
export function inSchoolName(tokens: Token[], i: number): boolean {
  let a = i;
  while (a > 0 && tokens[a - 1].cap && a > i - 3) a--;
  let z = i;
  while (tokens[z + 1]?.cap && z < i + 3) z++;
  return z > a && SCHOOL_SIDES.has(tokens[a].norm) && SCHOOL_HEADS.has(tokens[z].norm);
}

/** Compass words that open a school's name ("Western Washington University"). */
const SCHOOL_SIDES = new Set(["western", "eastern", "northern", "southern", "central"]);
/** The nouns that close a school's name. */
const SCHOOL_HEADS = new Set(["university", "college"]);
/** Words between a street's kind word and its name ("rue de Strasbourg", "rue d'Alger"). */
const SITE_NAME_LINKS = new Set(["de", "du", "des", "d'"]);

/** Two capitalised compass words, north or south first ("North West", "South East"): one name. */
function compassPair(tokens: Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return (
    !!b &&
    a.cap &&
    b.cap &&
    (((a.norm === "north" || a.norm === "south") && (b.norm === "east" || b.norm === "west")) ||
      // ("Far North region", "Far West Province": a capitalised "Far" before a compass word)
      (a.norm === "far" && FAR_SIDES.has(b.norm))) &&
    b.start - a.end <= 1
  );
}
const FAR_SIDES = new Set(["north", "south", "east", "west"]);

/** The compass point written after a street of a city's grid ("Bloomington Avenue S.", "K Street NW"). */
const GRID_POINT = /^(?:N|S|E|W|NE|NW|SE|SW)$/u;

/** An elided article or preposition written as a token of its own ("d'", "l’"). */
const ELIDED_CONNECTOR = /^[dl]['’]$/u;

/** Compass words that may close a town's name ("Palmerston North", "Kampala Central"). */
const CLOSING_COMPASS = new Set(["north", "south", "east", "west", "central"]);

function nameEnd(tokens: Token[], i: number, cues: PlaceCues): number {
  let j = i;
  while (j + 1 < tokens.length && j + 1 - i < MAX_NAME_TOKENS) {
    // ("Jammu and Kashmir": a name with "and" inside, not a list of two)
    const joined = andNameEnd(tokens, i, j, cues);
    if (joined > j) {
      j = joined;
      continue;
    }
    // ("Coeur d'Alene", "Villeneuve d'Ascq": an elided "d'" or "l'" between two capitalised words is
    // part of the name, though "de" and "le" written whole are stop words in French)
    if (ELIDED_CONNECTOR.test(tokens[j + 1].text) && tokens[j + 2]?.cap && j + 2 - i < MAX_NAME_TOKENS) {
      j += 2;
      continue;
    }
    // ("Palmerston North", "Kano South": a capitalised compass word closing a name may be part of it; see
    // nameAt, which keeps it only in a name the gazetteer knows whole)
    if (
      CLOSING_COMPASS.has(tokens[j + 1].norm) &&
      tokens[j + 1].cap &&
      !tokens[j + 2]?.cap &&
      tokens[j + 1].start - tokens[j].end <= 1
    ) {
      j++;
      break;
    }
    if (cues.stop.has(tokens[j + 1].norm)) break;
    // ("Wadi al-Rabi", "Jabal al-Zawiya": a lower-case article joined to a capitalised word continues it)
    if (tokens[j + 1].cap || articled(tokens[j + 1].text, cues)) {
      j++;
      continue;
    }
    // "Dar es Salaam", "Martinez de la Torre": one or two lower-case connectors before a capitalised word
    // (not after a building named after a person: "le lycée Jean-Moulin de Corte" is in Corte)
    if (cues.of.has(tokens[j + 1].norm) && cues.personNamedSites.has(tokens[i - 1]?.norm ?? "")) break;
    let k = j + 1;
    while (k < j + 3 && k < tokens.length && !tokens[k].cap && cues.connectors.has(tokens[k].norm)) k++;
    if (k === j + 1 || !tokens[k]?.cap || k - i >= MAX_NAME_TOKENS) break;
    j = k;
  }
  return j;
}

/** The kind word of a multi-word kind phrase starting at token k ("Local Government Area": "lga"). */
function kindPhraseAt(tokens: Token[], k: number, cues: PlaceCues): string | null {
  for (const p of cues.kindPhrases.get(tokens[k].norm) ?? [])
    if (p.words.every((w, j) => tokens[k + j]?.norm === w)) return p.kind;
  return null;
}

/** "20 km from X", "not far from X": the place is near X (not an origin). `b` is the index of "from". */
function fromDistance(tokens: Token[], b: number, cues: PlaceCues): boolean {
  if (!cues.weak?.has(tokens[b]?.norm ?? "")) return false;
  const w = tokens[b - 1]?.norm ?? "";
  return cues.distances.has(w) || cues.distances.has(`${tokens[b - 2]?.norm ?? ""} ${w}`);
}

/** Whether the preposition that opens the phrase ending before token `k` names a destination ("to"),
 * not an origin ("kidnapped six people from the town of Dakoro" names where they were taken). */
function weakBefore(tokens: Token[], k: number, cues: PlaceCues): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const w = tokens[j].norm;
    // ("villagers from the commune of Kewa": where people come from, not where it happened)
    if (cues.weak?.has(w) && cues.residents.has(tokens[j - 1]?.norm ?? "")) return true;
    // ("at the entrance to the town of Navolato": a site at the town, no destination)
    if (cues.prepositions.has(w) || cues.of.has(w))
      return cues.destinations.has(w) && !(w === "to" && ENTRANCES.has(tokens[j - 1]?.norm ?? ""));
  }
  return false;
}

/** Token indexes inside square brackets right after a name: "Hassi Bakari [In Boukri]". */
function bracketed(tokens: Token[], end: number): number[] | null {
  if (tokens[end + 1]?.text !== "[") return null;
  const out: number[] = [];
  for (let k = end + 2; k < tokens.length && k < end + 8; k++) {
    if (tokens[k].text === "]") return out.length ? out : null;
    out.push(k);
  }
  return null;
}

/** Whether the name starting at token i (after "the" and modifiers) is followed by a district's kind word. */
function ofAdminUnit(tokens: Token[], i: number, cues: PlaceCues): boolean {
  let k = i;
  while (k < tokens.length && cues.modifiers.has(tokens[k].norm) && !cues.adminKinds.has(tokens[k].norm)) k++;
  if (!tokens[k]?.cap) return false;
  return cues.localUnits.has(tokens[nameEnd(tokens, k, cues) + 1]?.norm ?? "");
}

/** The town of a people's adjective at token i right after a gathering's noun ("le cortège rennais"), if any. */
function townAdjective(tokens: Token[], i: number, cues: PlaceCues): string | undefined {
  const t = tokens[i].norm;
  const town =
    cues.townAdjectives.get(t) ?? (/^[a-z-]*$/u.test(t) ? undefined : cues.townAdjectives.get(foldKey(t)));
  return town && cues.townAdjectiveNouns.has(foldKey(tokens[i - 1].norm)) ? town : undefined;
}

/** Parenthesised admin names right after a place: "(Niono, Segou)". */
function parenAdmin(tokens: Token[], after: number): string[] {
  // "(Niono, Segou)", not "(coded as Kadiolo at geoprecision 2)".
  if (tokens[after + 1]?.text !== "(" || !capitalised(tokens[after + 2])) return [];
  const out: string[] = [];
  let cur: string[] = [];
  for (let k = after + 2; k < tokens.length && k < after + 16; k++) {
    const t = tokens[k].text;
    if (t === ")" || t === ",") {
      if (cur.length) out.push(cur.join(" "));
      cur = [];
      if (t === ")") return out;
    } else if (capitalised(tokens[k]) || cur.length) cur.push(t);
  }
  return [];
}

/**
 * "GREENVILLE, S.C. (AP)", "Portland, Ore., on Saturday", "Bloomington, MN": a state or province written
 * short after a town and a comma is the unit the town lies in. (The short forms with a full stop need it;
 * a postal code is written in capitals, with a stop, comma or bracket or nothing after it.)
 */
function stateAbbreviation(tokens: Token[], end: number, cues: PlaceCues): string[] {
  if (tokens[end + 1]?.text !== ",") return [];
  const t = tokens[end + 2];
  if (!t) return [];
  const next = tokens[end + 3]?.text;
  const dotted = t.text.endsWith(".") ? t.text : next === "." ? `${t.text}.` : null;
  if (dotted && cues.stateAbbreviations.has(dotted)) return [cues.stateAbbreviations.get(dotted) as string];
  if (/^[A-Z]{2}$/u.test(t.text) && (next === undefined || /^[.,;:)(—–-]$/u.test(next)))
    return cues.stateAbbreviations.has(t.text) ? [cues.stateAbbreviations.get(t.text) as string] : [];
  return [];
}

/** A headline written in title case: most of its longer words start with a capital. */
function titleCased(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens)
    if (t.text.length >= 4 && /^\p{L}/u.test(t.text)) {
      words++;
      if (t.cap) caps++;
    }
  return words >= 3 && caps >= 0.7 * words;
}

/** A capitalised word, or one written with a capital after a lower-case prefix ("eThekwini", "uMgungundlovu"). */
const capitalised = (t: Token | undefined) => !!t && (t.cap || /^\p{Ll}{1,2}\p{Lu}\p{Ll}/u.test(t.text));

function candidates(
  tokens: Token[],
  cues: PlaceCues,
  known?: KnownNames,
  isCountry?: (name: string) => boolean,
  isPlaceName?: (name: string) => boolean,
): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // ("le cortège rennais", "la manifestation lyonnaise": a gathering named with its town's adjective)
    // (a map lookup per lower-case word; the folding only for a word that may be one of them)
    const townOf =
      cues.townAdjectives.size && !tokens[i].cap && i > 0 ? townAdjective(tokens, i, cues) : undefined;
    if (townOf) {
      out.push({ first: i, last: i, relation: "in", admin: [], kindWord: null, oblique: true, townOf });
      continue;
    }
    const n = nameAt(tokens, i, cues, out, isCountry, isPlaceName);
    if (typeof n === "number") {
      i = n;
      continue;
    }
    const { end, after, phraseKind, direction } = n;
    // ("according to UT officials", "at the CBD campus": an acronym of two or three capitals inside a
    // sentence is a body's, not a town's alternate name, unless it names a country)
    // (and a body's short name written with two capitals, "UConn police", "UMass students", unless a place
    // bears it exactly)
    if (
      end === i &&
      ((i > 2 && /^\p{Lu}{2,3}$/u.test(tokens[i].text) && !isCountry?.(tokens[i].text)) ||
        (/^\p{Lu}{2}\p{Ll}{2,}$/u.test(tokens[i].text) && !isPlaceName?.(runKey(tokens, i, i))))
    ) {
      i = end;
      continue;
    }
    // ("at Western Washington University", "Northern Arizona University": a capitalised compass word
    // opens a school's name, which is no town's)
    // (nor "Town Hall", "City Hall": a town's building named with capitals, no town called Hall)
    if (
      inSchoolName(tokens, n.i) ||
      (cues.townNouns.has(tokens[n.i].norm) && cues.townCompounds.has(tokens[n.i + 1]?.norm ?? ""))
    ) {
      i = end;
      continue;
    }
    relationBefore(tokens, cues, n);
    const roadObject = kindAfter(tokens, cues, n, phraseKind, isCountry);
    listMember(tokens, cues, n, out);
    apposedOrKnown(tokens, cues, n, known);
    if (n.relation === null) {
      i = end;
      continue;
    }
    if (toldOrSource(tokens, cues, n) || firstOfStreets(tokens, end, cues)) {
      i = end;
      continue;
    }
    const w = weakness(tokens, cues, n, roadObject);
    // (a person's home town is no place of the event at all, nor a capital a group stands with or is in the
    // pay of: "des criminels à la solde de Kinshasa")
    if (w.homeOf || w.aimedAt) {
      i = end;
      continue;
    }
    // "Hassi Bakari [In Boukri]": the name in square brackets is the one the place is known by;
    // "Npitimango [location unknown]": a place nobody could locate is no place to code.
    const alias = bracketed(tokens, end);
    let first = i;
    let last = end;
    if (alias) {
      if (alias.some((k) => cues.unknown.has(tokens[k].norm))) {
        i = alias[alias.length - 1] + 1;
        continue;
      }
      if (!tokens[alias[0]].cap) alias.length = 0;
      else {
        first = alias[0];
        last = alias[alias.length - 1];
      }
    }
    // "Konlaw village (Momauk township, Bhamo district)": the brackets may follow the kind word.
    let admin = parenAdmin(tokens, alias?.length ? last + 1 : end);
    if (!admin.length && n.kindWord === after && !alias) admin = parenAdmin(tokens, end + 1);
    const bracketedAdmin = admin.length > 0;
    if (!admin.length && !alias) admin = stateAbbreviation(tokens, end, cues);
    // ("J&K Police": a single letter names no place; "The state had been absent": nor an article alone)
    if (
      first === last &&
      (tokens[first].text.replace(/[^\p{L}\p{N}]/gu, "").length < 2 ||
        cues.definite.has(tokens[first].norm) ||
        cues.indefinite.has(tokens[first].norm))
    ) {
      i = end;
      continue;
    }
    out.push({
      first,
      last,
      relation: n.relation,
      admin,
      kindWord: n.kindWord,
      capitalOf: n.capitalOf,
      weak: w.weak,
      strong: w.strong,
      list: n.list,
      between: w.between,
      oblique: n.oblique || undefined,
      resident: n.resident || undefined,
      titled: w.titled || undefined,
      designated: n.designated || undefined,
      direction: direction || undefined,
      heading: n.heading || undefined,
      road: w.roadBefore || undefined,
    });
    i = alias?.length ? last + 1 : end;
    // "(Niono, Segou)" qualifies the place before it: its names are not places of their own.
    if (bracketedAdmin) {
      while (i + 1 < tokens.length && tokens[i + 1].text !== ")") i++;
      out[out.length - 1].close = i + 1;
    } else if (admin.length) {
      // ("CLARKSVILLE, Tenn. — ... in rural Montgomery County": past the state written short, and no
      // further; the names after it are the sentence's own)
      i = tokens[end + 3]?.text === "." ? end + 3 : end + 2;
      out[out.length - 1].close = i + 1;
    }
  }
  return out;
}

/** The name the scan finds at token i, or the index to go on after when none starts there. */
function nameAt(
  tokens: Token[],
  i: number,
  cues: PlaceCues,
  out: Candidate[],
  isCountry?: (name: string) => boolean,
  isPlaceName?: (name: string) => boolean,
): NameAt | number {
  const t = tokens[i];
  // "dans la capitale nigérienne": a capital named by the country's adjective after it.
  if (cues.capital.has(t.norm) && cues.demonyms.has(tokens[i + 1]?.norm ?? "") && !tokens[i + 1].cap) {
    out.push({ first: i + 1, last: i + 1, relation: "in", admin: [], kindWord: null, capitalOf: true });
    i++;
    return i;
  }
  // ("near al-Bukamal": an Arabic article written in lower case opens a name all the same)
  const article = !t.cap && articled(t.text, cues);
  // (most words: lower case, no name; the tests below are for capitalised words only)
  if (!t.cap && !article) return i;
  // Direction words are no names, except as the name of a region: "Northwest province".
  const regionName = cues.stop.has(t.norm) && cues.adminKinds.has(tokens[i + 1]?.norm ?? "");
  // "North Kivu", "West Darfur": a direction that opens a name (tried with and without it).
  // ("Upper Nile", "Lower Shabelle", "Greater Accra" too)
  // ("Cameroon's North West Region", "the South East": two compass words are one region's name)
  const pair = compassPair(tokens, i);
  const direction =
    pair ||
    (cues.stop.has(t.norm) &&
      (cues.near.has(t.norm) || RELATIVE_POSITIONS.has(t.norm)) &&
      !!tokens[i + 1]?.cap &&
      !cues.stop.has(tokens[i + 1].norm) &&
      !tokens[i + 1].num);
  // ("Sunday's attack": a stop word with a possessive is still one)
  // (a preposition that opens the sentence is none either: "Near Macina, ...", "Entre Macina et Kolongo, ...")
  const stopWord =
    cues.stop.has(t.norm) ||
    (t.norm.endsWith("s") && cues.stop.has(t.norm.replace(/['’]s$/u, ""))) ||
    (i === 0 && cues.prepositions.has(t.norm) && !!tokens[i + 1]?.cap);
  // ("in An Nuhud", "As Sulaymaniyah": an Arabic article written like an English word opens a name the
  // gazetteer knows whole)
  const articleName =
    stopWord &&
    /^(?:An|As|Ad|Ar|Az|Ash)$/u.test(t.text) &&
    !!tokens[i + 1]?.cap &&
    !!isPlaceName?.(runKey(tokens, i, nameEnd(tokens, i + 1, cues)));
  // ("Police in Northern Ireland", "the Western Cape": a stop word that opens a name the gazetteer knows whole)
  const knownWhole =
    stopWord &&
    t.cap &&
    !cues.prepositions.has(t.norm) &&
    !!tokens[i + 1]?.cap &&
    !cues.stop.has(tokens[i + 1].norm) &&
    !!isPlaceName?.(runKey(tokens, i, nameEnd(tokens, i + 1, cues)));
  if ((stopWord && !regionName && !direction && !articleName && !knownWhole) || t.num) return i;
  // ("On Jan. 19", "le 3 janv. 2025": a month written short is a date, not the town that shares it as a code)
  if (
    cues.monthAbbreviations.has(t.norm.replace(/\.$/u, "")) &&
    (t.text.endsWith(".") || tokens[i + 1]?.text === "." || /^\d{1,2}$/u.test(tokens[i + 1]?.text ?? ""))
  )
    return i;
  // ("marched to Old Town Pocatello": the old town of a town named right after is in that town)
  if (
    cues.namePrefixes.has(t.norm) &&
    cues.townNouns.has(tokens[i + 1]?.norm ?? "") &&
    tokens[i + 1].cap &&
    tokens[i + 2]?.cap &&
    !tokens[i + 2].num
  )
    return i + 1;
  // ("a traffic stop on the West Side", "the East End": a part of a city named by its compass point)
  if (cues.near.has(t.norm) && cues.citySides.has(tokens[i + 1]?.norm ?? "") && tokens[i + 1].cap)
    return i + 1;
  // ("the blockade on Highway 105", "Routes 1 and 9", "Route 66": a road named by its number is no place)
  if ((cues.roads.has(t.norm) || cues.roads.has(t.norm.replace(/s$/u, ""))) && tokens[i + 1]?.num)
    return i + 1;
  // ("toward the Third Precinct station", "the First Division": an ordinal opens a unit's or a body's name)
  if (cues.ordinals.has(t.norm)) return nameEnd(tokens, i, cues);
  // ("in Barangay Taruk": a village's kind word written with a capital before its name is no part of it)
  if (cues.titledKinds.has(t.norm) && tokens[i + 1]?.cap) return i;
  // "at the Mayor's office", "Cercle of Koro": a person's title or a unit's kind word written with a
  // capital is no name (the name after "of" is the unit's)
  if (
    !tokens[i + 1]?.cap &&
    (cues.titles.has(t.norm.replace(/['’]s$/u, "")) ||
      (cues.kinds.has(t.norm) && cues.of.has(tokens[i + 1]?.norm ?? "")))
  )
    return i;
  // ("at the University of Arizona", "the Bank of Kigali": an institution's word before "of" is no town
  // of its own, whatever town shares it; the name after "of" may be)
  if (cues.notNames.has(t.norm) && cues.of.has(tokens[i + 1]?.norm ?? "") && tokens[i + 2]?.cap) return i;
  // ("a historic Black church", "White residents": a people's or a faith's word before a noun is no town
  // of that name)
  if (cues.peoples.has(t.norm) && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? "")) return i;
  // ("Federal police used water cannon": a level of the state before a word of forces or offices is no
  // town of that name)
  const nextWord = tokens[i + 1]?.norm ?? "";
  // (and before a group's noun, or "security" before one: "Federal security forces", "National troops")
  const groupNext =
    cues.actorNouns.has(nextWord) ||
    (cues.stateLevels.has(t.norm) && cues.actorNouns.has(tokens[i + 2]?.norm ?? "") && !tokens[i + 1]?.cap);
  if (
    cues.stateLevels.has(t.norm) &&
    (cues.townCompounds.has(nextWord) || cues.notNames.has(nextWord) || groupNext)
  )
    return i;
  let b = i - 1;
  while (b >= 0 && b > i - 5 && cues.modifiers.has(tokens[b].norm) && !cues.kinds.has(tokens[b].norm)) b--;
  const prev = tokens[b]?.norm ?? "";
  const prev2 = tokens[b - 1]?.norm ?? "";
  // ("selon l'Observatoire syrien des droits de l'homme, une ONG basée au Royaume-Uni", "a monitor based
  // in London": where an organisation sits, no place of the event; the word as written, "basée" and not
  // the noun "base")
  if (BASED.has(tokens[b - 1]?.text.toLowerCase() ?? "") && cues.prepositions.has(prev)) {
    i = nameEnd(tokens, i, cues);
    return i;
  }
  let end = pair ? nameEnd(tokens, i + 1, cues) : nameEnd(tokens, i, cues);
  // (a compass word closing the run is the name's only when the gazetteer knows it whole: "Palmerston
  // North", not "Gao North of the river")
  if (
    end > i &&
    CLOSING_COMPASS.has(tokens[end].norm) &&
    !cues.stop.has(tokens[end - 1].norm) &&
    isPlaceName &&
    !isPlaceName(runKey(tokens, i, end))
  )
    end--;
  // ("au pont Saint-Louis", "rue Jean-Jaurès": a street or a site named after a lower-case kind word is no town)
  // (and a street's with "de" between: "rue de Strasbourg, à Nantes"; not "un lycée de Kumbo", the town's)
  if (
    i > 0 &&
    (cues.siteKindsBefore.has(tokens[i - 1].text) ||
      (SITE_NAME_LINKS.has(tokens[i - 1].norm) &&
        !tokens[i - 2]?.cap &&
        cues.streetKinds.has(tokens[i - 2]?.norm ?? "")))
  )
    return nameEnd(tokens, i, cues);
  // ("clashes on Calle 26", "along Avenida Brasil": a street, written with its kind word first, is no town)
  if (cues.streetPrefixes.has(foldKey(t.norm)) && tokens[i + 1] && (tokens[i + 1].cap || tokens[i + 1].num))
    return nameEnd(tokens, i + 1, cues);
  // ("a Durham minister said", "a Fresno ICU nurse told the crowd": a speaker's home town, no place of the event)
  if (speakersTown(tokens, i, end, cues)) return end;
  // ("cities across Asia and Europe": a continent, no village called Asia; "signs in English": a language)
  if (cues.continents.has(runKey(tokens, i, end)) || (i === end && cues.languages.has(foldKey(t.norm)))) {
    i = end;
    return i;
  }
  // "Port of Spain", "Bay of Islands": a name with "of" inside, when the gazetteer knows it whole
  // (not "City of Cape Town", "Port of Mombasa": a kind word before "of" names the town after it, unless
  // that is a country, "Port of Spain")
  if (cues.of.has(tokens[end + 1]?.norm ?? "") && tokens[end + 2]?.cap && isPlaceName) {
    const whole = nameEnd(tokens, end + 2, cues);
    const kindFirst = cues.ofNouns.has(tokens[end].norm) || cues.kinds.has(tokens[end].norm);
    if (
      isPlaceName(runKey(tokens, i, whole)) &&
      (!kindFirst || !!isCountry?.(runKey(tokens, end + 2, whole)))
    )
      end = whole;
  }
  // ("Attacks in Centre-Nord Region Show Rising Toll": in a title-case headline a unit's kind word ends the
  // name; the capitalised words after it are the headline's)
  if (end > i + 1 && titleCased(tokens))
    for (let k = i + 1; k < end; k++)
      if (cues.adminKinds.has(tokens[k].norm) && !cues.of.has(tokens[k + 1]?.norm ?? "")) {
        end = k;
        break;
      }
  // ("Côte d'Ivoire", "Guinée-Bissau": a country written with an elided "de" inside is one name)
  if (
    /^d['’]$/u.test(tokens[end + 1]?.text ?? "") &&
    tokens[end + 2]?.cap &&
    isCountry?.(`${runKey(tokens, i, end)} d'${tokens[end + 2].norm}`)
  )
    end += 2;
  // ("à Delmas 73": a number after a name is part of it when the gazetteer knows the two together)
  if (
    isPlaceName &&
    tokens[end + 1]?.num &&
    /^\d{1,3}$/u.test(tokens[end + 1].text) &&
    isPlaceName(`${runKey(tokens, i, end)} ${tokens[end + 1].norm}`)
  )
    end++;
  // ("POLICE REPEL ATTACK ON IHIALA DIVISIONAL HEADQUARTERS": in a line written in capitals every word
  // has one; the name is the longest start of the run the gazetteer knows, when it knows one)
  if (end > i && isPlaceName && shouted(tokens, i, end) && !isPlaceName(runKey(tokens, i, end))) {
    let k = end - 1;
    while (k >= i && !isPlaceName(runKey(tokens, i, k))) k--;
    if (k >= i) end = k;
  }
  // "Tsafe Local Government Area": Nigeria's districts (LGAs) written out
  // "Tsafe Local Government Area": a kind written in several words, its first one read into the name
  let phraseKind = end > i ? kindPhraseAt(tokens, end, cues) : null;
  if (phraseKind) end--;
  // "in Maungdaw Township", "Lohajang Upazila": a unit's kind written with a capital ends the name
  // (not a body's name, "the Texas Department of Public Safety": the kind word opens "of" and a name)
  else if (
    end > i &&
    cues.adminKinds.has(tokens[end].norm) &&
    !cues.kinds.has(tokens[end - 1].norm) &&
    !(cues.of.has(tokens[end + 1]?.norm ?? "") && tokens[end + 2]?.cap)
  ) {
    phraseKind = tokens[end].norm;
    end--;
  }
  // ("on Moi Avenue", "along Mombasa Road": a part of a town written with a capital, kept whole as
  // the name but known as a part)
  // ("along Bloomington Avenue S.", "13th Street NW": past the compass point of a city's grid)
  else if (end > i && cues.cityParts.has(tokens[end].norm)) phraseKind = tokens[end].norm;
  else if (end > i + 1 && GRID_POINT.test(tokens[end].text) && cues.cityParts.has(tokens[end - 1].norm)) {
    end--;
    phraseKind = tokens[end].norm;
  }
  // "the Plaine Savo IDP camp": the camp's qualifiers before its kind word are no part of its name
  // (a camp named with a capital keeps its whole name, as ACLED writes it: "Otash IDP Camp")
  const kindAt = end + 1;
  if (cues.camps.has(tokens[kindAt]?.norm ?? "") && !tokens[kindAt].cap)
    while (end > i && cues.campQualifiers.has(tokens[end].norm)) end--;
  const after = tokens[kindAt]?.norm ?? "";
  // ("U.S.-backed fighters", "Saudi-led coalition": a sponsor named before a hyphen, no place of the event)
  if (tokens[end + 1]?.text === "-" && cues.sponsorWords.has(tokens[end + 2]?.norm ?? "")) {
    i = end;
    return i;
  }
  // ("positioned across the Dnipro river": a river named after the city on it is no place of the event)
  if (cues.waterways.has(after) && !tokens[kindAt].cap) {
    i = end;
    return i;
  }
  // ("launched from the occupied left bank of the Dnipro": the river, by the bank named before it)
  if (cues.riverBanks.has(tokens[i - 3]?.norm ?? "") && tokens[i - 2]?.norm === "of" && !tokens[i - 1]?.cap) {
    i = end;
    return i;
  }
  return {
    i,
    b,
    end,
    prev,
    prev2,
    after,
    phraseKind,
    direction,
    relation: null,
    kindWord: null,
    capitalOf: false,
    placeNoun: false,
    resident: false,
    oblique: false,
    designated: false,
    heading: false,
    list: undefined,
  };
}

/** "the Texas Department of Public Safety", "the Lagos State Ministry of Health": a kind word written with a
 * capital after a name, before "of" (token b), is a body's name; what follows "of" is no place. */
function bodyOf(tokens: Token[], b: number, cues: PlaceCues): boolean {
  const kind = tokens[b - 1];
  const owner = tokens[b - 2];
  return (
    !!kind?.cap &&
    (cues.kinds.has(kind.norm) || cues.ofNouns.has(kind.norm)) &&
    !!owner?.cap &&
    !owner.num &&
    !cues.stop.has(owner.norm)
  );
}

/** "a Durham minister said", "a Fresno ICU nurse told the crowd": the name (tokens i..end) is the home town
 * of a person who speaks, no place of the event. */
export function speakersTown(tokens: Token[], i: number, end: number, cues: PlaceCues): boolean {
  if (!cues.indefinite.has(tokens[i - 1]?.norm ?? "")) return false;
  for (let k = end + 1; k <= end + 3 && k < tokens.length && /\p{L}/u.test(tokens[k].text); k++)
    if (cues.persons.has(tokens[k].norm))
      return tokens.slice(k + 1, k + 4).some((x) => cues.personSpeech.has(x.norm));
  return false;
}

/** A name the candidate scan is at, and what the words around it tell of it (one shape for every name). */
interface NameAt {
  i: number;
  b: number;
  end: number;
  prev: string;
  prev2: string;
  after: string;
  phraseKind: string | null;
  direction: boolean;
  relation: "in" | "near" | null;
  kindWord: string | null;
  capitalOf: boolean;
  placeNoun: boolean;
  resident: boolean;
  oblique: boolean;
  designated: boolean;
  heading: boolean;
  list: number | undefined;
}

/** The relation the words before a name give it ("in", "near", "the village of", "coded as"). */
function relationBefore(tokens: Token[], cues: PlaceCues, n: NameAt): void {
  const { i, b, end, prev, prev2 } = n;
  if ((prev === "as" || prev === "to" || prev === "at") && cues.designators.has(prev2) && b === i - 1) {
    n.designated = true;
    // "(coded as Kadiolo at geoprecision 2)": near the named place.
    const k = end + 1;
    const approx = /^geo-?precision$/.test(tokens[k + 1]?.norm ?? "") && tokens[k + 2]?.text === "2";
    n.relation = approx ? "near" : "in";
  } else if (cues.prepositions.has(prev)) {
    n.relation = cues.near.has(prev) || fromDistance(tokens, b, cues) ? "near" : "in";
    // ("dans la localité de Diabaly, précisément à Bekaye": the precise place)
    if (cues.specifiers.has(prev2) && b === i - 1) n.designated = true;
    // ("le convoi qui se rendait à Djibo": where they were going, not where it happened; not "circulait
    // près de", "travelling near")
    if (cues.travelVerbs.has(prev2) && TOWARDS.has(prev)) n.heading = true;
    // ("le déplacement de centaines de familles vers Sake et Goma": "towards" names a direction alone)
    // (but "on the road towards Douentza" names the road the event was on)
    // (but where a crowd converges is where it gathers: "ont convergé vers Paris")
    else if (
      DIRECTION_ONLY.has(prev) &&
      b === i - 1 &&
      !cues.roads.has(prev2) &&
      !cues.convergeVerbs.has(prev2)
    )
      n.heading = true;
  } else if (cues.of.has(prev) && bodyOf(tokens, b, cues)) {
    // ("the Texas Department of Public Safety": a body's name, no place)
    n.relation = null;
  } else if (cues.of.has(prev) && cues.kinds.has(prev2)) {
    // ("in a village north of the Syrian city of Homs": near the town whose kind is named)
    n.relation = nearKindPhrase(tokens, b - 1, cues) ? "near" : "in";
    n.kindWord = prev2;
  } else if (cues.of.has(prev) && cues.headings.has(prev2)) {
    // "forced the truck to return in the direction of Ouagadougou": a destination
    n.relation = "near";
    n.heading = true;
  } else if (
    cues.of.has(prev) &&
    (cues.ofNouns.has(prev2) || adjectiveAfterOfNoun(tokens, b - 1, cues)) &&
    // ("the Economic Community of the States of West Africa": a capitalised noun inside a sentence is
    // part of an organisation's name)
    !(tokens[b - 1]?.cap && b - 1 > 0 && cues.organisationNouns.has(prev2))
  ) {
    // ("dans un quartier périphérique d'Oicha": the noun before an adjective)
    const noun = cues.ofNouns.has(prev2) ? prev2 : (tokens[b - 2]?.norm ?? "");
    // ("à une vingtaine de kilomètres au nord d'Abala": a side of the town a distance away)
    const sideAway =
      COMPASS_SIDES.has(noun) &&
      tokens.slice(Math.max(0, b - 5), b - 1).some((t) => cues.distances.has(t.norm));
    n.relation = cues.near.has(noun) || sideAway ? "near" : "in";
    // ("Douala, la capitale économique du Cameroun", "Kano, the commercial capital of the north": no seat)
    n.capitalOf = cues.capital.has(noun) && !NOT_SEAT_CAPITALS.has(prev2);
    // "the outskirts of X", "the area of X": X is a place even when the gazetteer lacks it.
    n.placeNoun = !cues.capital.has(noun);
    n.resident = cues.residents.has(noun);
  } else if (
    cues.of.has(prev) &&
    tokens[b - 1]?.cap &&
    cues.of.has(tokens[b - 2]?.norm ?? "") &&
    cues.ofNouns.has(tokens[b - 3]?.norm ?? "")
  ) {
    // ("le poste des FAMa de Farabougou", "le camp de la MINUSMA de Tessalit": the forces' post of a town)
    n.relation = "in";
  } else if (cues.of.has(prev) && tokens[b - 1]?.cap && afterPersonNamedSite(tokens, b - 1, cues)) {
    // ("devant le lycée Jean-Moulin de Corte": the town of a building named after a person)
    n.relation = "in";
  } else if (
    cues.of.has(prev) &&
    tokens[b - 1]?.text === ")" &&
    tokens[b - 3]?.text === "(" &&
    ACRONYM.test(tokens[b - 2]?.text ?? "")
  ) {
    // ("le poste des Forces de défense et de sécurité (FDS) de Makalondi": the unit of a body named with
    // its acronym, in its town)
    n.relation = "in";
  } else if (cues.kinds.has(prev) && prev !== "state") {
    n.relation = "in";
    n.kindWord = prev;
  } else if (cues.hyphenSites.has(prev) && b === i - 1 && tokens[i].text.includes("-")) {
    // ("les accès de l'aéroport Nice-Côte d'Azur": an airport named after its town)
    n.relation = "in";
  }
  // ("qui devait embarquer pour Abéché", "was leaving for Mombasa": where someone was going)
  if (BOUND_FOR.has(prev) && cues.travelVerbs.has(prev2)) n.heading = true;
}
/** "near Archer and Kedzie avenues": the name ending at `end` is the first of two streets before their plural kind word. */
function firstOfStreets(tokens: Token[], end: number, cues: PlaceCues): boolean {
  if (!cues.and.has(tokens[end + 1]?.norm ?? "") || !tokens[end + 2]?.cap) return false;
  const kind = tokens[nameEnd(tokens, end + 2, cues) + 1]?.norm ?? "";
  return /s$/u.test(kind) && cues.streetKinds.has(kind);
}
/** A count of things shared out between places ("two", "une", "3"). */
function countWord(t: Token | undefined, cues: PlaceCues): boolean {
  return !!t && ((t.num && /^\d{1,3}$/u.test(t.text)) || cues.shareCounts.has(t.norm));
}
/** The capitalised words ending at token k follow a building named after a person ("le lycée Jean-Moulin"). */
function afterPersonNamedSite(tokens: Token[], k: number, cues: PlaceCues): boolean {
  let j = k;
  while (j > k - 4 && j > 0 && (tokens[j].cap || tokens[j].text === "-")) j--;
  return j < k && cues.personNamedSites.has(tokens[j]?.norm ?? "");
}
/** Whether the words after a name are those of a town struck ("was the main target", "a été frappée"). */
function struckSubject(tokens: Token[], end: number, cues: PlaceCues): boolean {
  return cues.struckSubjects
    .matchAll(tokens.slice(end + 1, end + 1 + STRUCK_WORDS))
    .some((m) => m.first === 0);
}
/** The most words of a town's "was the main target". */
const STRUCK_WORDS = 5;

/** Prepositions of a destination after a verb of travel ("leaving for", "embarquer pour"). */
const BOUND_FOR = new Set(["for", "pour"]);

/**
 * The kind word after a name, its possessive, and the verbs and sites that make it a place; returns
 * whether it is a road named after its towns, as a verb's object.
 */
function kindAfter(
  tokens: Token[],
  cues: PlaceCues,
  n: NameAt,
  phraseKind: string | null,
  isCountry?: (name: string) => boolean,
): boolean {
  const { i, b, end, prev, after } = n;
  // "the Dogon village of Omo": the name before "village of" describes the village.
  // ... but "the Tillaberi region of Niger", "the Haftanin region of Dahuk": the unit of a country
  // or of a region is a unit
  let ofCountry = false;
  if (cues.kinds.has(after) && cues.of.has(tokens[end + 2]?.norm ?? "") && isCountry) {
    let k = end + 3;
    while (k < tokens.length && cues.modifiers.has(tokens[k].norm)) k++;
    ofCountry = !!tokens[k]?.cap && isCountry(tokens[k].text);
  }
  // (and "the Soum province of the north", "of the country": a side of the country after "of")
  let ofNoName = false;
  if (cues.kinds.has(after) && cues.of.has(tokens[end + 2]?.norm ?? "")) {
    let k = end + 3;
    while (k < tokens.length && cues.definite.has(tokens[k].norm)) k++;
    ofNoName = !!tokens[k] && SIDES.has(tokens[k].norm);
  }
  // (not after a possessive: "Lebanon's state news agency" names no state; "Borno state" does)
  const possessive = /['’]s$/u.test(tokens[end].text);
  if (
    cues.kinds.has(after) &&
    !possessive &&
    (!cues.of.has(tokens[end + 2]?.norm ?? "") || ofCountry || ofNoName)
  ) {
    n.kindWord = after;
    n.relation ??= "in";
  } else if (phraseKind) {
    n.kindWord = phraseKind;
    n.relation ??= "in";
  }
  // "Hong Kong's streets", "Bamako's outskirts": the possessor is the place.
  if (n.relation === null && /['’]s$/u.test(tokens[end].text) && cues.ofNouns.has(after)) {
    n.relation = cues.near.has(after) ? "near" : "in";
  }
  // "in Somalia's capital": the capital of the possessor (resolved when it is a country)
  if (/['’]s$/u.test(tokens[end].text) && cues.capital.has(after)) n.capitalOf = true;
  // ("stormed Kenya's parliament": a seat of the country's power stands in its capital)
  else if (
    /['’]s$/u.test(tokens[end].text) &&
    cues.seatsOfPower.has(after) &&
    isCountry?.(tokens[end].text.replace(/['’]s$/u, ""))
  ) {
    n.capitalOf = true;
    n.relation ??= "in";
  }
  // ("in Benins capital": a country's possessive written without its apostrophe)
  else if (
    i === end &&
    /\p{Ll}s$/u.test(tokens[end].text) &&
    cues.capital.has(after) &&
    isCountry?.(tokens[end].text.slice(0, -1))
  )
    n.capitalOf = true;
  // "militants entered Mansila", "the Inata mine", "Pouytenga students": a place, if the gazetteer
  // knows it, after those named with a preposition.
  // ("blocked the Kaduna-Abuja highway": a road named after its towns, after a verb and its article)
  const roadObject = b === i - 2 && cues.definite.has(tokens[i - 1].norm) && cues.roads.has(after);
  if (n.relation === null && (b === i - 1 || roadObject) && cues.objectVerbs.has(prev)) {
    n.relation = "in";
    n.oblique = true;
  } else if (n.relation === null && i === 0 && struckSubject(tokens, end, cues)) {
    // ("Kyiv was the main target. Three people were killed when a missile hit ...": the town the strikes hit)
    n.relation = "in";
    n.oblique = true;
  } else if (
    n.relation === null &&
    cues.sites.has(after) &&
    !cues.kinds.has(prev) &&
    // ("UT police", "LAPD officers": an acronym before a site's noun is a body's, no town's)
    !(i === end && /^\p{Lu}{2,}$/u.test(tokens[i].text))
  ) {
    n.relation = "in";
    n.oblique = true;
  } else if (
    n.relation === null &&
    cues.definite.has(tokens[i - 1]?.norm ?? "") &&
    !cues.kinds.has(prev) &&
    siteAfterWords(tokens, end, cues)
  ) {
    // ("set fire to the Misrata municipal council headquarters": a site named after its town, past the
    // lower-case words of its name)
    n.relation = "in";
    n.oblique = true;
  } else if (n.relation === null && end > i && cues.sites.has(tokens[end].norm) && !cues.kinds.has(prev)) {
    // "left the Eldoret High Court", "in the Matagalpa Cathedral": a site named after its town
    n.relation = "in";
    n.oblique = true;
  }
  // "seized Rubaya, a mining town in Masisi territory": an apposition with a place noun says the name
  // is a place, even one the gazetteer lacks.
  if (n.relation === null || n.oblique) {
    const apposed = kindInApposition(tokens, end, cues);
    if (apposed) {
      n.kindWord ??= apposed;
      n.relation ??= "in";
      n.oblique = false;
    }
  }
  return roadObject;
}

/** Members of a list of places take the relation of the list's head. */
function listMember(tokens: Token[], cues: PlaceCues, n: NameAt, out: Candidate[]): void {
  const { i, b, end, prev } = n;
  // Lists: "in Peila, Bilanga and Manni" (but "between X and Y" names one stretch of road).
  const head = out[out.length - 1];
  if (
    (prev === "," || cues.and.has(prev)) &&
    head &&
    // "Peila, Bilanga and Manni", and the serial comma: "Diffa, Arlit, Zinder, and Agadez"
    (head.last === i - 2 || (head.last === i - 3 && tokens[i - 2].text === "," && cues.and.has(prev))) &&
    (n.relation === null || prev !== ",") &&
    // ("A resident of Damasak, Bukar Ali Modu, said": the resident's name, not a second place)
    !(head.resident && prev === ",")
  ) {
    n.relation = head.relation;
    // ("heading to Benghazi and Tobruk": every member of a list of destinations is one)
    if (head.heading) n.heading = true;
    // "the villages of Boga and Tchabi": a plural place noun names every member as a village.
    if (head.kindWord && cues.pluralKinds.has(head.kindWord)) n.kindWord ??= head.kindWord;
    if (!head.between) n.list = head.list ?? head.first;
    if (n.list !== undefined) head.list = n.list;
  }
  // "the villages of Sono (Bandiagara, Mopti) and Goudiedourou (Koro, Mopti)": a name after the
  // admin names in brackets of the one before is a place as that one (after it: the first named is
  // coded), and its own brackets are no places.
  // (not the far end of a stretch, "between Ntillit (Gao, Gao) and NDaki (...)": the first end is coded)
  if (
    n.relation === null &&
    head?.close === i - 2 &&
    !head.between &&
    (prev === "," || cues.and.has(prev)) &&
    tokens[end + 1]?.text === "("
  ) {
    n.relation = head.relation;
    // ("marched in Algiers (Algiers) and Oran (Oran)": towns after "in" are a list, one event each;
    // "the villages of Sono (...) and Goudiedourou (...)" stays one)
    if (
      head.relation === "in" &&
      !head.kindWord &&
      cues.prepositions.has(tokens[head.first - 1]?.norm ?? "")
    ) {
      n.list = head.list ?? head.first;
      head.list = n.list;
    }
  }
  // "à Dakar et à Ziguinchor", "in Bamako and in Kayes": the same preposition again makes a list.
  if (
    n.list === undefined &&
    head &&
    b === i - 1 &&
    cues.prepositions.has(prev) &&
    // ("in Alexandria (Alexandria) and in Suez (Suez)": after the brackets of the one before too)
    (head.last === i - 3 || head.close === i - 3) &&
    cues.and.has(tokens[i - 2].norm) &&
    tokens[head.first - 1]?.norm === prev
  ) {
    n.list = head.list ?? head.first;
    head.list = n.list;
  }
  // "two in Lumio and one in Calvi", "deux à Lumio et une à Calvi": counts shared out between towns
  if (
    n.list === undefined &&
    head &&
    b === i - 1 &&
    cues.prepositions.has(prev) &&
    head.last === i - 4 &&
    cues.and.has(tokens[i - 3].norm) &&
    countWord(tokens[i - 2], cues) &&
    countWord(tokens[head.first - 2], cues) &&
    tokens[head.first - 1]?.norm === prev
  ) {
    n.relation ??= head.relation;
    n.list = head.list ?? head.first;
    head.list = n.list;
  }
  // "in Dakar and the southern city of Ziguinchor", "à Gao et dans la ville de Ménaka": a place noun
  // between "and" and the name keeps the list.
  if (n.list === undefined && head && cues.and.has(tokens[head.last + 1]?.norm ?? "") && i - head.last <= 7) {
    const between = tokens.slice(head.last + 2, i);
    if (placeNounOnly(between, cues) && !head.between) {
      n.relation ??= head.relation;
      n.list = head.list ?? head.first;
      head.list = n.list;
    }
  }
  // "in Sanaa, the port city of Hodeidah and Taiz": a member named with its place noun after a
  // comma, when the list goes on after it (alone, "Gao, the city of X" could be an apposition).
  if (
    n.list === undefined &&
    head &&
    !head.between &&
    tokens[head.last + 1]?.text === "," &&
    i - head.last <= 7 &&
    (cues.and.has(tokens[end + 1]?.norm ?? "") ||
      (tokens[end + 1]?.text === "," && cues.and.has(tokens[end + 2]?.norm ?? ""))) &&
    /^\p{Lu}/u.test(tokens[end + (tokens[end + 1]?.text === "," ? 3 : 2)]?.text ?? "")
  ) {
    const between = tokens.slice(head.last + 2, i);
    if (placeNounOnly(between, cues) && !between.some((t) => cues.capital.has(t.norm))) {
      n.relation ??= head.relation;
      n.list = head.list ?? head.first;
      head.list = n.list;
    }
  }
}

/** Apposition, names known to the article, parts of a city, demonyms. */
function apposedOrKnown(tokens: Token[], cues: PlaceCues, n: NameAt, known?: KnownNames): void {
  const { i, end, prev, prev2, after } = n;
  const t = tokens[i];
  // Apposition after a place noun: "the capital, Bamako, ...", "la deuxième ville du pays, Zinder, ..."
  if (n.relation === null && prev === "," && (cues.ofNouns.has(prev2) || cues.kinds.has(prev2)))
    if ([",", ".", ")", ";"].includes(tokens[end + 1]?.text ?? ".")) n.relation = "in";
  if (n.relation === null && known?.has(runKey(tokens, i, end))) n.relation = "in";
  // ("Grigny (Essonne) a connu une nuit de violences": a name opening the sentence with its district in
  // brackets is a place)
  // (or a clause after a colon: "Des voitures incendiées ... : Grigny (Essonne) a connu")
  if (n.relation === null && (i === 0 || tokens[i - 1].text === ":") && bracketedArea(tokens, end))
    n.relation = "in";
  // "the Zinda area of Gao": a part of the city; the city is the place.
  // ... but "the Laman area of Qala I Naw district": an area of a district is a place of its own.
  if (
    cues.subareas?.has(after) &&
    cues.of.has(tokens[end + 2]?.norm ?? "") &&
    !ofAdminUnit(tokens, end + 3, cues)
  )
    n.relation = null;
  // ("struck the Ukrainian capital": the capital named after a verb, with its article; not the
  // apposition of a town just named, "in central Bamako, the Malian capital,")
  if (
    n.relation === null &&
    i === end &&
    cues.demonyms.has(t.norm) &&
    cues.capital.has(after) &&
    cues.definite.has(tokens[i - 1]?.norm ?? "") &&
    /^\p{Ll}/u.test(tokens[i - 2]?.text ?? "")
  )
    n.relation = "in";
  // "northern Nigerian village": a people, not a place ("the Malian capital" is Mali's capital).
  if (n.relation !== null && i === end && cues.demonyms.has(t.norm)) {
    if (cues.capital.has(after)) n.capitalOf = true;
    else n.relation = null;
  }
}

/** Relative words whose clause's subject comes next ("the militias that Kinshasa armed"). */
const RELATIVE_OBJECTS = new Set(["that", "which", "whom", "que", "qu'"]);
/** Auxiliaries between a government named by its capital and its deed ("Kinshasa has armed"). */
const AUXILIARIES = new Set(["has", "have", "had", "a", "avait"]);
/** Words inside a body's name before its last word ("Authority on Development", "Centre for Peace"). */
const BODY_LINKS = new Set(["on", "for", "pour"]);

/** "later transferred to the Royal Victoria Hospital in Belfast", "taken to a facility in Broadview": where
 * people were taken, used only when nothing better is named. */
function takenTo(tokens: Token[], cues: PlaceCues, b: number, prev: string): boolean {
  if (!cues.careTransfers.length || !cues.prepositions.has(prev)) return false;
  for (let k = b - 1; k >= Math.max(0, b - CARE_TRANSFER_REACH); k--) {
    if (tokens[k].text === "," || tokens[k].text === ";" || AND_WORDS.has(tokens[k].norm)) return false;
    if (phraseAt(tokens, k, cues.careTransfers)) return true;
  }
  return false;
}

/** How many words before a place a verb of taking the wounded there may come. */
const CARE_TRANSFER_REACH = 8;
const AND_WORDS = new Set(["and", "et"]);

/** Whom a speaker told, an authority speaking for its place, where a source is: no place of the event. */
function toldOrSource(tokens: Token[], cues: PlaceCues, n: NameAt): boolean {
  const { b, prev, prev2, end } = n;

  // ("the Intergovernmental Authority on Development (IGAD) said": the last word of a body's name, its
  // acronym in brackets after it)
  if (
    b > 1 &&
    tokens[b - 1]?.cap &&
    // (not "of": "l'Université Cheikh Anta Diop de Dakar (UCAD)" is in Dakar)
    BODY_LINKS.has(prev) &&
    tokens[end + 1]?.text === "(" &&
    acronym(tokens[end + 2]?.text ?? "") &&
    (tokens[end + 2]?.text.length ?? 0) >= 3 &&
    tokens[end + 3]?.text === ")"
  )
    return true;
  // ("a confié un policier au Nouvelliste", "a déclaré à RFI": whom the speaker told, no place)
  if (ADDRESSEE.has(prev) && [b - 1, b - 2, b - 3, b - 4].some((k) => TOLD.test(tokens[k]?.norm ?? "")))
    return true;
  // ("a indiqué la préfecture de Loire-Atlantique", "selon la préfecture du Nord": an authority speaking
  // for its place)
  if (
    cues.of.has(prev) &&
    cues.authorities.has(prev2) &&
    [b - 2, b - 3, b - 4].some((k) => REPORTED.test(tokens[k]?.norm ?? ""))
  )
    return true;
  // ("One soldier was killed, a military source in Bangui said", "selon une source militaire à Bangui":
  // where the source is, not where the event happened; "is receiving treatment in Akure": where the
  // wounded were taken; "said his aunt, speaking outside the hospital": where the speaker stands)
  if (
    cues.prepositions.has(prev) &&
    !cues.of.has(prev) &&
    (cues.sourceNouns.has(prev2) ||
      cues.sourceNouns.has(tokens[b - 2]?.norm ?? "") ||
      // ("selon le porte-parole de l'armée en Ituri": the source's body between)
      (cues.sourceNouns.has(tokens[b - 4]?.norm ?? "") && cues.of.has(tokens[b - 3]?.norm ?? "")) ||
      cues.careWords.has(prev2) ||
      cues.speechWords.has(prev2))
  )
    return true;
  // ("terrorists financed by Kinshasa", "the last town still controlled by Kinshasa", "the Wazalendo, whom
  // Kinshasa has paid", "Kinshasa denies": a government named by its capital, the doer of a government's deed)
  if (prev === "by" || prev === "par") {
    if (cues.governmentParticiples.has(prev2)) return true;
  } else if (
    !cues.prepositions.has(prev) &&
    !cues.of.has(prev) &&
    !tokens[end + 1]?.cap &&
    (cues.governmentVerbs.has(tokens[end + 1]?.norm ?? "") ||
      (AUXILIARIES.has(tokens[end + 1]?.norm ?? "") &&
        cues.governmentVerbs.has(tokens[end + 2]?.norm ?? "")) ||
      // ("the militias that Kinshasa armed and paid": after a relative word, the deed of its participles too)
      (RELATIVE_OBJECTS.has(prev) && cues.governmentParticiples.has(tokens[end + 1]?.norm ?? "")))
  )
    return true;
  // ("calling on Washington to stop arming Israel", "accusant Kigali de soutenir le M23": a government
  // addressed or blamed, named by its capital)
  if (cues.addressees.has(prev) || (cues.addressLinks.has(prev) && cues.addressees.has(prev2))) return true;
  // ("soutenus par le Rwanda selon Kinshasa,", "according to Kyiv.": the government of a capital named
  // alone as a source; not "according to the Buenos Aires Ministry of Security")
  const sourced = cues.sourcedBy.has(prev) || (cues.addressLinks.has(prev) && cues.sourcedBy.has(prev2));
  // (or with a second source: "soutenus par le Rwanda selon Kinshasa et l'ONU")
  const next = tokens[n.end + 1]?.text ?? ".";
  if (sourced && b === n.i - 1 && (/^[,.;)]$/u.test(next) || cues.and.has(next.toLowerCase()))) return true;
  return false;
}

/** Sides of a town ("au nord de", "north of"). */
const COMPASS_SIDES = new Set([
  "nord",
  "sud",
  "est",
  "ouest",
  "nord-est",
  "nord-ouest",
  "sud-est",
  "sud-ouest",
  "north",
  "south",
  "east",
  "west",
]);

/** One person's home ("a resident of", "a native of", "originaire de"): no place of the event. */
const HOME_NOUNS = new Set(["resident", "native", "originaire"]);

/** Sites at a town's edge that "to" joins to it ("the entrance to Mora", "l'entrée de"). */
const ENTRANCES = new Set(["entrance", "entrances", "gate", "gates", "approaches", "outskirts", "entree"]);

/**
 * A place of custody where people were taken or held: a custody site right after the name (past "County")
 * or a few words before its preposition, and a word of taking or holding a few words before the site.
 */
function heldAt(tokens: Token[], b: number, end: number, cues: PlaceCues): boolean {
  if (!cues.custodySites.size) return false;
  let site = -1;
  for (let k = end + 1; k <= end + 2 && k < tokens.length; k++)
    if (cues.custodySites.has(tokens[k].norm)) site = k;
    else if (!tokens[k].cap) break;
  if (site < 0 && (cues.prepositions.has(tokens[b]?.norm ?? "") || cues.of.has(tokens[b]?.norm ?? "")))
    for (let k = b - 1; k >= Math.max(0, b - 3); k--) if (cues.custodySites.has(tokens[k].norm)) site = k;
  if (site < 0) return false;
  const from = Math.min(site, b);
  for (let k = from - 1; k >= Math.max(0, from - 6); k--) {
    if (tokens[k].text === "," || tokens[k].text === ";") return false;
    if (cues.custodyVerbs.has(tokens[k].norm)) return true;
  }
  return false;
}

/** A word of dying or wounds within the eight words before a site of care, in its clause. */
function careLed(tokens: Token[], site: number, cues: PlaceCues): boolean {
  for (let k = site - 1; k >= Math.max(0, site - 8); k--) {
    if (tokens[k].text === "," || tokens[k].text === ";") return false;
    if (cues.careDeaths.has(tokens[k].norm)) return true;
  }
  return false;
}

/** Whether a name is a weak place (a person's, a destination's, a road's), a strong one, or one end of a stretch. */
function weakness(
  tokens: Token[],
  cues: PlaceCues,
  n: NameAt,
  roadObject: boolean,
): {
  titled: boolean;
  weak: boolean;
  between: boolean;
  strong: boolean;
  roadBefore: boolean;
  homeOf: boolean;
  aimedAt: boolean;
} {
  const { i, b, end, prev, prev2, after } = n;
  const t = tokens[i];
  // "the mayor of Boni", "the Nassoumbou village chief": the place of the person, not of the event.
  // (and "a civil society leader in the Beni territory": the place of a speaker)
  const titled =
    (cues.of.has(prev) && cues.titles.has(prev2)) ||
    // ("abducted a local official between Deou and Oursi": a stretch of road is no speaker's seat)
    (cues.prepositions.has(prev) &&
      !cues.weak?.has(prev) &&
      !cues.near.has(prev) &&
      cues.speakers.has(tokens[b - 1]?.norm ?? "")) ||
    cues.titles.has(after) ||
    cues.titles.has(tokens[end + 2]?.norm ?? "") ||
    // ("The Lagos State Police Command spokesperson said": the place of a speaker's office, past the
    // capitalised words of its name)
    speakerAfter(tokens, end, cues);
  // ("to return to the northern, rebel-held town of Kidal": the kind phrase takes the preposition
  // before it)
  const kindOf = cues.of.has(prev) && cues.kinds.has(prev2) ? weakBefore(tokens, b - 1, cues) : false;
  // ("slogans hostile to France", "des slogans hostiles à la France": the country is what the words
  // are aimed at, not where they were shouted; "fighters allied to Kinshasa", "alliés de Kinshasa": the
  // capital stands for the government)
  const aimedAt = cues.hostile.has(prev2) && (cues.prepositions.has(prev) || cues.of.has(prev));
  // ("returning from the market in Dinangourou": the place of a site one came from or goes to)
  // (and "évacués vers l'hôpital de Kandi": the site named with "of")
  // (past an adjective of the site: "évacués vers l'hôpital régional de Tillabéri")
  const siteWord = (w: string) => cues.kinds.has(w) || cues.sites.has(w) || cues.careWords.has(w);
  const adj =
    cues.of.has(prev) &&
    !siteWord(tokens[b - 1]?.norm ?? "") &&
    /^\p{Ll}/u.test(tokens[b - 1]?.text ?? "") &&
    cues.careWords.has(tokens[b - 2]?.norm ?? "")
      ? 1
      : 0;
  const siteOf =
    (cues.prepositions.has(prev) ||
      (cues.of.has(prev) && cues.careWords.has(tokens[b - 1 - adj]?.norm ?? ""))) &&
    !cues.weak?.has(prev) &&
    siteWord(tokens[b - 1 - adj]?.norm ?? "") &&
    cues.definite.has(tokens[b - 2 - adj]?.norm ?? "") &&
    ((cues.weak?.has(tokens[b - 3 - adj]?.norm ?? "") ?? false) ||
      // ("transportés à l'hôpital de Verrettes": taken to a site of care after a word of care)
      (cues.careWords.has(tokens[b - 1 - adj]?.norm ?? "") &&
        cues.careWords.has(tokens[b - 4 - adj]?.norm ?? "")));
  // ("blocked the Dhaka-Tangail highway in Gazipur": the place after the road is where it was blocked)
  const roadIn =
    roadObject &&
    cues.within.has(tokens[end + 2]?.norm ?? "") &&
    /^\p{Lu}/u.test(tokens[end + 3]?.text ?? "");
  // ("on the Kaduna-Birnin Gwari road near Birnin Gwari": a road named after its towns places an event
  // only when no town is named as such)
  const roadName = cues.roads.has(after) && tokens.slice(i, end + 1).some((x) => x.text.includes("-"));
  // (the road's word before the name: "sur l'axe Niono-Diabali, à une vingtaine de kilomètres de Diabali"
  // ranks after a town named as such, not after a region)
  // (and the first town of a road told by its towns: "on the main highway linking Quetta to Karachi, near
  // the town of Surab" is near Surab)
  const roadBefore =
    (cues.roads.has(prev) && b === i - 1 && tokens.slice(i, end + 1).some((x) => x.text.includes("-"))) ||
    (cues.roadLinks.has(prev) && b === i - 1);
  // ("eight more died of their wounds over the following days in hospitals in Maiduguri", "blessés
  // soignés à l'hôpital de Kaya" is told by siteOf): the town of a site of care that the dying or the
  // wounded of the clause lead to
  const careIn =
    cues.prepositions.has(prev) &&
    !cues.weak?.has(prev) &&
    cues.careSites.has(tokens[b - 1]?.norm ?? "") &&
    careLed(tokens, b - 1, cues);
  // ("some of the wounded later died in the Kaya hospital": the town named before the site of care)
  const careAt =
    cues.prepositions.has(prev) &&
    cues.careSites.has(tokens[end + 1]?.norm ?? "") &&
    careLed(tokens, b, cues);
  // ("at the entrance to Mora", "at the gates of Goma": a site at the town, no destination)
  const atEntrance = prev === "to" && ENTRANCES.has(tokens[b - 1]?.norm ?? "");
  // ("Havaldar Muhammad Ilyas (age 36 years, resident of District Karak)": one person's home town)
  // (and where people arrested were taken: "taken to the Lancaster County jail", "held at the Stewart
  // Detention Center in Lumpkin")
  const homeOf =
    (cues.of.has(prev) && HOME_NOUNS.has(tokens[b - 1]?.norm ?? "")) || heldAt(tokens, b, end, cues);
  // ("tensions between Islamabad and the Taliban government in Kabul": capitals that stand for their
  // governments, no place of an event)
  // (and "the Taliban government in Kabul": a government's seat)
  const relationOf =
    (BETWEEN.has(prev) && RELATIONS.has(tokens[b - 1]?.norm ?? "")) ||
    ((prev === "in" || prev === "a" || prev === "à") && SEATS.has(tokens[b - 1]?.norm ?? ""));
  const weak =
    ((cues.weak?.has(prev) ?? false) && !fromDistance(tokens, b, cues) && !atEntrance) ||
    takenTo(tokens, cues, b, prev) ||
    homeOf ||
    relationOf ||
    careIn ||
    careAt ||
    roadIn ||
    roadName ||
    titled ||
    kindOf ||
    siteOf ||
    n.heading ||
    aimedAt ||
    commandSeat(tokens, end, cues) ||
    fromOrigin(tokens, b, cues);
  // ("between the towns of Bint Jbeil and Ainata", "entre les villages de X et Y" too)
  const between = BETWEEN.has(prev) || betweenKindOf(tokens, b, cues);
  // ("in the Haftanin region": a name with its kind word after a preposition is a place too)
  const strong =
    (!weak && cues.prepositions.has(prev) && (tokens[b + 1] === t || n.kindWord === after)) ||
    n.placeNoun ||
    n.designated;
  return { titled, weak, between, strong, roadBefore, homeOf, aimedAt };
}

/** "en provenance du port de Dakar", "venus des hauteurs de Mirebalais", "coming from Kaduna": where people
 * or goods came from, a few words before the name (no comma between). */
function fromOrigin(tokens: Token[], b: number, cues: PlaceCues): boolean {
  for (let k = b; k >= Math.max(0, b - ORIGIN_REACH); k--) {
    const w = tokens[k].norm;
    if (w === "," || w === ";" || w === ".") return false;
    if (cues.origins.has(w)) return true;
  }
  return false;
}
/** How many words before a name its word of origin may come ("en provenance du port de"). */
const ORIGIN_REACH = 4;

const MISSES = new BoundedSet<string>(100_000);
const HITS = new BoundedMap<string, Place>(50_000);

/**
 * "12.3,-4.5": a near point rounded for the HITS key. Worked out once per place object (places are
 * never modified, and the article's places make the near points of each of its later names).
 */
const ROUNDED = new WeakMap<Place, string>();
function roundedPoint(p: Place): string {
  let k = ROUNDED.get(p);
  if (k === undefined) {
    k = `${p.latitude.toFixed(1)},${p.longitude.toFixed(1)}`;
    ROUNDED.set(p, k);
  }
  return k;
}

/** The rounded points of places joined by ";" (the near part of a HITS key). */
function pointsKey(ps: Place[]): string {
  let k = "";
  for (let i = 0; i < ps.length; i++) k += i ? `;${roundedPoint(ps[i])}` : roundedPoint(ps[i]);
  return k;
}

/** A place's point as a query's near point (the resolver reads nothing else of it). */
function coordsOf(p: Place): { latitude: number; longitude: number } {
  return { latitude: p.latitude, longitude: p.longitude };
}

/** Words of position that open region names ("Upper Nile", "Lower Shabelle", "Greater Accra"). */
const RELATIVE_POSITIONS = new Set(["upper", "lower", "greater", "haut", "haute", "bas", "basse", "grand"]);

/** Prepositions of a destination after a verb of going ("se rendait à", "heading to"). */
/** French prepositions joined to a town's article ("aux Mureaux" is in Les Mureaux). */
const CONTRACTED: Record<string, string> = { aux: "Les", au: "Le", des: "Les", du: "Le" };

const TOWARDS = new Set(["a", "au", "aux", "vers", "to", "towards", "toward"]);
/** Prepositions that name a direction whatever the verb ("fled towards Goma"). */
const DIRECTION_ONLY = new Set(["vers", "towards", "toward"]);

const BETWEEN = new Set(["between", "entre"]);
/** Nouns of a power whose seat a town is ("the government in Kabul", "le pouvoir à Bamako"). */
const SEATS = new Set([
  "government",
  "authorities",
  "administration",
  "regime",
  "junta",
  "gouvernement",
  "pouvoir",
  "junte",
  "regime",
]);
/** Nouns of the relations between two states ("tensions between Islamabad and Kabul"). */
const RELATIONS = new Set([
  "tensions",
  "tension",
  "relations",
  "ties",
  "talks",
  "rift",
  "rivalry",
  "dispute",
  "negotiations",
  "rapprochement",
  "relations",
  "pourparlers",
  "negociations",
]);

/** "between the towns of X": "between", then only articles, plural kind words and "of" before the name. */
function betweenKindOf(tokens: Token[], b: number, cues: PlaceCues): boolean {
  for (let k = b - 1; k >= Math.max(0, b - 5); k--) {
    const w = tokens[k].norm;
    if (BETWEEN.has(w)) return k < b - 1;
    if (!cues.definite.has(w) && !cues.pluralKinds.has(w) && !cues.of.has(w)) return false;
  }
  return false;
}

/** Find and resolve the place mentions of a sentence. */
export function findPlaces(
  s: Sentence,
  gaz: Gazetteer,
  cues: PlaceCues,
  country: string | null,
  near: Place[],
  known?: KnownNames,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  const cands = candidates(
    s.tokens,
    cues,
    known,
    (n) => !!gaz.country(n) || isAdminName(gaz, n, country, "admin1"),
    (n) => gaz.isKnownName(n),
  );
  qualifiersAfterComma(s, cands, gaz, cues, country);
  unitsAfterPlaces(s, cands, cues);
  // "Dogon hunters", "MNLA fighters": the home regions of the peoples and groups named
  const regions = country && cands.length ? gaz.homelands(s.text, country) : [];
  const { sentenceAdmin, sentenceUnits } = sentenceAdminOf(s, cands, gaz, cues, country);
  const { inUnit, regionOf } = unitMembers(s, cands, gaz, cues, country);
  const camps: PlaceMention[] = [];
  // (the first tokens of the towns other places were given relative to: no places of their own)
  const referenced = new Set<number>();
  const names: SentenceNames = {
    s,
    gaz,
    cues,
    country,
    near,
    cands,
    regions,
    sentenceAdmin,
    sentenceUnits,
    inUnit,
    regionOf,
    camps,
    referenced,
    out,
    known,
    nearKey: null,
    nearCoords: null,
  };
  const headings: Candidate[] = [];
  for (const c of cands) {
    // ("forced the truck to return in the direction of Ouagadougou": where they went, not where it happened;
    // the places told before it place the event)
    if (c.heading) {
      headings.push(c);
      continue;
    }
    const r = resolveCandidate(names, c);
    if (!skippedPart(names, c, r.place)) placeCandidate(names, c, r);
  }
  if (referenced.size) {
    const kept = out.filter((m) => !referenced.has(m.first));
    out.splice(0, out.length, ...kept);
  }
  fuzzyNearReference(s, out, cues);
  measuredFromTown(s, out, cues);
  nearAfterMeasured(s, out, cues);
  roadOutsideTown(s, out, cues);
  campInTown(out, camps, near, country, gaz);
  ownCapital(s, out, gaz, cues, country);
  // ("le convoi, qui acheminait des vivres vers Djibo, a été attaqué à trente kilomètres au sud de la ville":
  // the town the sentence named as a destination is the one "the town" refers to)
  townAnaphora(s, out, cues, near, country, (at) => {
    for (let k = headings.length - 1; k >= 0; k--) {
      const c = headings[k];
      if (s.tokens[c.last].end > at) continue;
      const p = resolveCandidate(names, c).place;
      if (p && !p.fuzzy && located(p) && isTown(p) && (!country || p.country === country)) return p;
    }
    return null;
  });
  containedIn(s, out, gaz, cues, country);
  nearReference(s, out, cues);
  directionReference(s, out, cues);
  unknownInUnknown(s, out, cues);
  pointFromPartner(s, out, cues);
  // (only two towns or more can place each other: one anchor, one homonym)
  if (out.filter((m) => isTown(m.place)).length >= 2) {
    nearEachOther(out, gaz, country, near);
    partOfNextTown(s, out, cues);
  }
  return out;
}

/** What findPlaces works out once per sentence, for each of its candidate names. */
interface SentenceNames {
  s: Sentence;
  gaz: Gazetteer;
  cues: PlaceCues;
  country: string | null;
  near: Place[];
  cands: Candidate[];
  regions: string[];
  sentenceAdmin: string[];
  sentenceUnits: string[];
  inUnit: Set<Candidate>;
  regionOf: Map<Candidate, number>;
  camps: PlaceMention[];
  referenced: Set<number>;
  out: PlaceMention[];
  known: KnownNames | undefined;
  // The near points of every name of the sentence: their key and coordinates are made once per
  // sentence, not once per name (a long article's places are many).
  nearKey: string | null;
  nearCoords: Array<{ latitude: number; longitude: number }> | null;
}

/** A candidate's name as looked up, its query and admin names, and the place found (or null). */
interface ResolvedName {
  name: string;
  q: string;
  admin: string[];
  relation: "in" | "near";
  place: Place | null;
  /** A landmark that stands for its city ("the White House"): found without a lookup of its own name. */
  landmark?: boolean;
}

/** Admin units named right after a place qualify it: they are no places of their own. */
function unitsAfterPlaces(s: Sentence, cands: Candidate[], cues: PlaceCues): void {
  // "Songho, Doucoumbo Commune", "Mourdiah, Cercle of Nara": an admin unit after a place qualifies
  // it; it is not another place of a list.
  for (let k = 1; k < cands.length; k++) {
    const c = cands[k];
    const adminUnit =
      (!!c.kindWord && cues.adminKinds.has(c.kindWord)) || cues.adminKinds.has(s.tokens[c.last].norm);
    const head = cands[k - 1];
    // ("near Woldia in North Wollo zone": a unit named by a kind word of its own right after a place and
    // "in" is that place's unit, no place of its own)
    const suffix = s.tokens[c.last + 1]?.norm ?? "";
    if (
      !c.kindWord &&
      cues.unitSuffixes.has(suffix) &&
      c.first - head.last === 2 &&
      cues.prepositions.has(s.tokens[head.last + 1].norm) &&
      !cues.near.has(s.tokens[head.last + 1].norm) &&
      head.admin.length === 0 &&
      !head.kindWord
    ) {
      head.admin.push(`${nameOf(s, c)} ${suffix}`);
      cands.splice(k, 1);
      k--;
      continue;
    }
    // ("a fisherman from Teknaf upazila of Cox's Bazar district": a unit named with its kind word after a
    // unit's kind word and "of" is the unit that holds it, no place of its own)
    if (
      c.kindWord &&
      cues.adminKinds.has(c.kindWord) &&
      s.tokens[c.last + 1]?.norm === c.kindWord &&
      c.first - head.last === 3 &&
      cues.adminKinds.has(s.tokens[head.last + 1].norm) &&
      cues.of.has(s.tokens[head.last + 2].norm)
    ) {
      head.admin.push(`${nameOf(s, c)} ${c.kindWord}`, ...c.admin);
      cands.splice(k, 1);
      k--;
      continue;
    }
    if (c.list === undefined || !adminUnit) continue;
    // "Songho, Doucoumbo Commune (Bandiagara, Mopti)": the commune's district and region qualify the head too.
    // (with its kind word: "Beni territory" is the district, not the town of Beni)
    const kind = c.kindWord && cues.adminKinds.has(c.kindWord) ? c.kindWord : null;
    head.admin.push(kind ? `${nameOf(s, c)} ${kind}` : nameOf(s, c), ...c.admin);
    c.list = undefined;
    if (!cands.some((x) => x !== head && x.list === head.list)) head.list = undefined;
  }
}

/** The admin names a sentence gives for all its places (and the units, with their kind words). */
function sentenceAdminOf(
  s: Sentence,
  cands: Candidate[],
  gaz: Gazetteer,
  cues: PlaceCues,
  country: string | null,
): { sentenceAdmin: string[]; sentenceUnits: string[] } {
  const sentenceAdmin: string[] = [];
  // (the units named with their kind word, with it: "Mandera County" is the county, not the town)
  const unitKinds = new Map<string, string>();
  for (const c of cands)
    if (c.kindWord && cues.adminKinds.has(c.kindWord)) {
      const unit = ownName(nameOf(s, c), gaz);
      sentenceAdmin.push(unit);
      // (not a unit's building: "the Baalbek Governorate building" stands in the town)
      const site =
        s.tokens[c.last + 1]?.norm === c.kindWord && cues.sites.has(s.tokens[c.last + 2]?.norm ?? "");
      if (!site && !unitKinds.has(unit)) unitKinds.set(unit, `${unit} ${c.kindWord}`);
    }
  // "Guimbala, near Youwarou (Youwarou, Mopti)": districts and regions given in brackets anywhere in
  // the sentence say where its other villages lie.
  // ("all in Shabunda territory (Sud-Kivu)": the brackets after a unit named as such are all parents)
  // (and after a unit whose kind is written as part of its name: "in Biu LGA (Borno)")
  for (const c of cands) {
    const unit =
      (!!c.kindWord && cues.adminKinds.has(c.kindWord)) ||
      (c.last > c.first && cues.adminKinds.has(s.tokens[c.last].norm));
    for (const a of c.admin.slice(unit ? 0 : 1)) if (!sentenceAdmin.includes(a)) sentenceAdmin.push(a);
  }
  // ("In Chhattisgarh, three Maoists were killed ... in the forests of Bijapur district": a region named
  // with a preposition in the sentence says where its other places lie)
  // (only for a sentence that names a unit by its kind word, "Bijapur district": the rest need no region)
  if (country && cands.length > 1 && cands.some((c) => !!c.kindWord && cues.adminKinds.has(c.kindWord)))
    for (const c of cands) {
      if (c.relation !== "in" || c.list !== undefined || c.kindWord) continue;
      const n = nameOf(s, c);
      // (a region that is only a region: "Mopti", "Kidal" are towns first)
      if (sentenceAdmin.includes(n) || gaz.country(n) || !isAdminName(gaz, n, country, "admin1")) continue;
      if (gaz.resolve({ name: n, country })?.kind === "admin1") sentenceAdmin.push(n);
    }
  // ("Plateau: Gunmen killed seven people ... in Bassa LGA", "BORNO - A landmine ...": a region written as a
  // label before a colon or a dash opening the sentence is where its places lie)
  const label = regionLabel(s, gaz, country);
  if (label && !sentenceAdmin.includes(label)) sentenceAdmin.push(label);
  // "Simarbani village of Bihar's Araria district": the owner is a region of the whole sentence.
  for (const c of cands) {
    const owner = ownerOf(nameOf(s, c))?.[0];
    if (owner && !gaz.country(owner) && !sentenceAdmin.includes(owner)) sentenceAdmin.push(owner);
  }
  const sentenceUnits = unitKinds.size ? sentenceAdmin.map((a) => unitKinds.get(a) ?? a) : sentenceAdmin;
  return { sentenceAdmin, sentenceUnits };
}

/** The region a sentence opens with as a label ("Plateau:", "BORNO -"), one or two words before a colon or dash. */
function regionLabel(s: Sentence, gaz: Gazetteer, country: string | null): string | null {
  if (!country) return null;
  const t = s.tokens;
  // (the label's colon or dash within its first three tokens)
  const k = t.slice(0, 3).findIndex((x) => /^[:–—-]$/u.test(x.text));
  if (k < 1 || !t.slice(0, k).every((x) => x.cap)) return null;
  const name = t
    .slice(0, k)
    .map((x) => x.text)
    .join(" ");
  const region = gaz.resolve({ name, country });
  return region && !region.fuzzy && region.kind === "admin1" && region.country === country
    ? (region.admin1 ?? null)
    : null;
}

/** Names said to lie in a unit named right after them, and the region of a verb's object. */
function unitMembers(
  s: Sentence,
  cands: Candidate[],
  gaz: Gazetteer,
  cues: PlaceCues,
  country: string | null,
): { inUnit: Set<Candidate>; regionOf: Map<Candidate, number> } {
  // "stormed Kadawa, Rafin Gero and Tudun Bugaje in Tsafe LGA": names followed by the district they
  // lie in are its villages, even when the gazetteer lacks them.
  const inUnit = new Set<Candidate>();
  // (the first token of the region a verb's object lies in, by the object)
  const regionOf = new Map<Candidate, number>();
  for (const c of cands) {
    const run = c.list === undefined ? [c] : cands.filter((x) => x.list === c.list);
    let k = Math.max(...run.map((x) => x.last)) + 1;
    if (cands.some((x) => x.kindWord && x.first <= k - 1 && x.last >= k - 1)) continue;
    if (!cues.within.has(s.tokens[k]?.norm ?? "")) continue;
    k++;
    while (
      k < s.tokens.length &&
      cues.modifiers.has(s.tokens[k].norm) &&
      !cues.adminKinds.has(s.tokens[k].norm)
    )
      k++;
    const unit = cands.find((x) => x.first === k);
    if (unit?.kindWord && cues.adminKinds.has(unit.kindWord)) inUnit.add(c);
    // ("regime forces shelled Kansafra in Idleb": a verb's object the gazetteer lacks, said to lie in a
    // region named as such, is a village of that region)
    else if (
      c.oblique &&
      c.list === undefined &&
      unit &&
      !unit.kindWord &&
      !unit.admin.length &&
      isAdminName(gaz, nameOf(s, unit), country, "admin1")
    ) {
      inUnit.add(c);
      regionOf.set(c, unit.first);
    }
  }
  return { inUnit, regionOf };
}

/** The place the gazetteer gives a candidate name (with the name's variants tried), or null. */
function resolveCandidate(names: SentenceNames, c: Candidate): ResolvedName {
  const { s, gaz, cues, country, near, sentenceAdmin, regions } = names;
  const whole = nameOf(s, c);
  let name = ownName(whole, gaz);
  // ("outside the White House", "D.C. police", "on Tahrir Square": a landmark stands for its city, not for
  // a village the gazetteer gives the name to)
  const landmark = c.admin.length ? undefined : cues.landmarks.get(normName(name));
  // (a landmark's name given to a town of another country is that town: "Whitehall, Ohio", "Westminster" in
  // a Californian story)
  if (landmark && (!country || landmark.country === country)) {
    const city = gaz.resolve({ name: landmark.town, country: landmark.country });
    if (city)
      return {
        name: city.location,
        q: city.location,
        admin: [],
        relation: c.relation,
        place: city,
        landmark: true,
      };
  }
  // ("the Tillaberi region of neighbouring Niger": a country after "region of" is the country)
  const countryName = !!gaz.country(name) && !cues.kinds.has(s.tokens[c.last + 1]?.norm ?? "");
  const q = c.kindWord && cues.adminKinds.has(c.kindWord) && !countryName ? `${name} ${c.kindWord}` : name;
  // (the possessive inside a town's own name gives it no unit: "Lee's Summit" lies in no "Lee")
  const inName = name === whole ? ownerOf(whole)?.[0] : undefined;
  const admin = [...c.admin, ...sentenceAdmin.filter((a) => a !== name)].filter((a) => a !== inName);
  // "Siguinoguin (Titao, Loroum)": the commune's seat is a point the village lies near
  const seat = c.admin.length >= 2 ? communeSeat(gaz, c.admin, country) : null;
  // The same names come back article after article: remember answers (a miss does not depend on
  // the places around it; a hit is remembered with the nearby places, rounded).
  const base = `${q}|${country ?? ""}|${admin.join("|")}|${c.relation}|${regions.join("|")}`;
  let place: Place | null = null;
  if (!MISSES.has(base)) {
    names.nearKey ??= pointsKey(near);
    const nearKey = names.nearKey;
    // (the points joined by ";", the seat last)
    const points = seat ? (near.length ? `${nearKey};${roundedPoint(seat)}` : roundedPoint(seat)) : nearKey;
    const hitKey = `${base}|${points}`;
    const cached = HITS.get(hitKey);
    if (cached) place = cached;
    else {
      names.nearCoords ??= near.map(coordsOf);
      const nearCoords = names.nearCoords;
      place = gaz.resolve({
        name: q,
        country,
        admin,
        near: seat ? [...nearCoords, coordsOf(seat)] : nearCoords,
        relation: c.relation,
        regions,
      });
      // ("aux Mureaux", "au Havre": the article of the town's name, joined to the preposition)
      // ("à La Marsa", "au Kef": an article written with a capital is part of the town's name, in the
      // country of the story, not a same-named town abroad)
      const before = s.tokens[c.first - 1];
      const capital = before && /^(?:La|Le|Les|El|Al)$/u.test(before.text) ? before.text : undefined;
      const article = CONTRACTED[before?.norm ?? ""] ?? capital;
      if (
        (!place || place.fuzzy || (!!capital && !!country && place.country !== country)) &&
        article &&
        !c.kindWord
      ) {
        const whole = gaz.resolve({
          name: `${article} ${q}`,
          country,
          admin,
          relation: c.relation,
          regions,
        });
        if (whole && !whole.fuzzy && whole.kind === "populated") {
          place = whole;
          name = `${article} ${name}`;
        }
      }
      if (place) HITS.set(hitKey, place);
    }
  }
  if (!place) MISSES.add(base);
  if (!place && c.direction && c.last > c.first) {
    // "in North Mali": the direction is no part of the name
    c.first += 1;
    name = ownName(nameOf(s, c), gaz);
    place = gaz.resolve({ name, country, admin, relation: c.relation });
  }
  // ("Bogura Sadar upazila": the headquarters subdivision of a district is named after its town)
  if (!place && c.last > c.first && cues.seatSuffixes.has(s.tokens[c.last].norm)) {
    c.last -= 1;
    name = ownName(nameOf(s, c), gaz);
    place = gaz.resolve({ name, country, admin, relation: c.relation });
    if (!place) c.last += 1;
  }
  // ("N'Gourma Fada" for Fada N'Gourma: two words written in the other order, a town of some size only)
  if (!place && c.last === c.first + 1 && country) {
    const swapped = gaz.resolve({
      name: `${s.tokens[c.last].text} ${s.tokens[c.first].text}`,
      country,
      admin,
      relation: c.relation,
    });
    if (swapped && swapped.kind === "populated" && !swapped.fuzzy && swapped.population >= 10000)
      place = swapped;
  }
  // ("l'aéroport Nice-Côte d'Azur": a site named after its town and a second name joined by a hyphen, the
  // whole unknown, is in the town of its first name, a town of some size)
  if (!place && country && cues.hyphenSites.has(s.tokens[c.first - 1]?.norm ?? "") && name.includes("-")) {
    const town = gaz.resolve({ name: name.split("-")[0], country, admin, relation: c.relation });
    if (town && town.kind === "populated" && !town.fuzzy && town.population >= 10000) place = town;
  }
  if (c.capitalOf && place?.kind === "country") place = capitalCity(gaz, place.country) ?? place;
  // ("Benins capital": the country of the possessive written without its apostrophe)
  if (c.capitalOf && !place && /\p{Ll}s$/u.test(name) && gaz.country(name.slice(0, -1)))
    place = capitalCity(gaz, gaz.country(name.slice(0, -1))?.name as string);
  // ("the Malian capital": the demonym's country)
  if (c.capitalOf && !place && cues.demonymCountries.has(foldKey(name)))
    place = capitalCity(gaz, cues.demonymCountries.get(foldKey(name)) as string);
  // "in the Soum, near the Mali border": a name with a definite article is the unit of that name,
  // not a village (villages take no article)
  if (
    place?.kind === "populated" &&
    !c.kindWord &&
    c.first === c.last &&
    cues.definite.has(s.tokens[c.first - 1]?.norm ?? "") &&
    // (the name itself, not a modifier: "the Sidoarjo police headquarters" is in the town)
    [",", ".", ";", undefined].includes(s.tokens[c.last + 1]?.text) &&
    isAdminName(gaz, name, country)
  ) {
    const key = normName(name);
    const unit = gaz
      .candidates({ name, country, admin }, 8)
      .find((p) => (p.kind === "admin1" || p.kind === "admin2") && normName(p.location) === key);
    if (unit) place = unit;
  }
  // "the village of Pisky in the Donetsk region": a namesake in another region is not it.
  if (place && place.kind === "populated" && admin.length && contradicts(place, admin, gaz, country))
    place = null;
  // ("Baharak district, Takhar": the district of that name in the region named, or none the gazetteer
  // holds, not the namesake of another region)
  else if (place && place.kind === "admin2" && admin.length && contradicts(place, admin, gaz, country))
    place =
      gaz
        .candidates({ name: q, country, admin }, 8)
        .find((p) => p.kind === "admin2" && !contradicts(p, admin, gaz, country)) ?? null;
  const relation = c.relation;
  // "the Mentao Refugee Camp", "the Inata Mine": a site the gazetteer lacks, inside the town it names.
  if (!place) {
    const site = siteTown(s.tokens, c, gaz, cues, country);
    place = site?.place ?? null;
    // (a town that opens the site's name: its words only are the name and the evidence, "Eldoret" of
    // "Eldoret Technical College")
    if (site && site.last !== c.last) {
      c.last = site.last;
      name = ownName(nameOf(s, c), gaz);
    }
  }
  // ("Nairobis Maziwa area": a site of the town, named with the town's possessive)
  // (before a spelling one letter off: "Kidals" is Kidal's)
  // (and a part of the town so named, whatever village shares the part's name: "Bamako's Hamdallaye
  // neighborhood")
  const partOfOwner =
    c.last > c.first &&
    !!c.kindWord &&
    cues.cityParts.has(c.kindWord) &&
    /['’]s$/u.test(s.tokens[c.first].text);
  // (and a homonym far from the town whose possessive names it: "at Coventry's Whitley depot" is no Whitley
  // in Wiltshire)
  const ownerTown =
    c.last > c.first && /['’]s$/u.test(s.tokens[c.first].text)
      ? possessiveTown(s.tokens[c.first].text, gaz, country)
      : null;
  // (not a district of the province named like its capital: "Yala's Bannang Sata district")
  // (nor a town whose own name holds the possessive: "Lee's Summit")
  const farFromOwner =
    !!ownerTown &&
    !c.kindWord &&
    !!place &&
    located(place) &&
    !(name === whole && !place.fuzzy && normName(place.location) === normName(whole)) &&
    kmBetween(place.latitude, place.longitude, ownerTown.latitude, ownerTown.longitude) > OWNER_PART_KM;
  if (!place || place.fuzzy || partOfOwner || farFromOwner) {
    const owner = ownerTown ?? possessiveTown(s.tokens[c.first].text, gaz, country);
    if (owner) {
      place = owner;
      name = s.tokens[c.first].text.replace(/['’]?s$/u, "");
    }
  }
  // ("an affiliate of al-Qaeda", "the Taliban": a group's name is no misspelt village, "Alkada", "Taloqan")
  if (place?.fuzzy && groupName(name)) place = null;
  // ("a brief stand-off near the Spire" in a Dublin story: a name spelt like a town abroad is no place of a
  // story set in another country)
  if (place?.fuzzy && country && place.country !== country && place.kind !== "country") place = null;
  return { name, q, admin, relation, place };
}

/** How far from its town a place named with the town's possessive may lie ("Coventry's Whitley depot"). */
const OWNER_PART_KM = 30;

/** A part of a town, or a person's name, that places nothing of its own. */
function skippedPart(names: SentenceNames, c: Candidate, place: Place | null): boolean {
  const { s, gaz, cues, country, near, cands, sentenceAdmin, known } = names;
  // ("fatally shoot man in Phillips" in a story that tells of "the Phillips neighborhood": a part of the
  // town, written without its kind word, is no homonym town far off)
  if (
    place &&
    !c.kindWord &&
    !c.admin.length &&
    known?.part(runKey(s.tokens, c.first, c.last)) &&
    located(place) &&
    place.kind === "populated" &&
    farFromTownsOrNone(place, near.length ? near : townsOfSentence(s, cands, c, gaz, cues, country))
  )
    return true;
  // ("rallied outside Pratt's district office in Independence" after "state Sen. Gordon Pratt": a one-word
  // name the article gives a person is the person's, not a homonym town)
  if (
    place &&
    c.first === c.last &&
    !c.kindWord &&
    !c.admin.length &&
    place.kind === "populated" &&
    known?.person(runKey(s.tokens, c.first, c.last).replace(/['’]s$/u, ""))
  )
    return true;
  // "a shoot-out in Roseiral neighbourhood", "on Ngamia Road": a part of a town the gazetteer lacks,
  // with no unit given, is no place of its own: the town named around it is
  // (an area too, written "the Mwembe Tayari area": not "the area of Petaka", a village's area)
  const part =
    !!c.kindWord &&
    (cues.cityParts.has(c.kindWord) ||
      (cues.vagueKinds.has(c.kindWord) &&
        s.tokens[c.last + 1]?.norm === c.kindWord &&
        // ("the Kafr Noran area in Aleppo countryside" says where it lies)
        !cues.within.has(s.tokens[c.last + 2]?.norm ?? "")));
  if (!place && part && !c.admin.length && !sentenceAdmin.length) {
    return true;
  }
  // ("outside the party headquarters in the Moursal district" in a story from N'Djamena: a district the
  // gazetteer lacks, in a story set in a city, is a part of the city)
  if (
    !place &&
    c.kindWord === "district" &&
    s.tokens[c.last + 1]?.norm === c.kindWord &&
    cues.definite.has(s.tokens[c.first - 1]?.norm ?? "") &&
    !c.admin.length &&
    near.some((p) => p.kind === "populated" && p.population >= 500000 && p.country === country)
  )
    return true;
  // ("in the neighbourhoods of Bambeto and Cosa" in a story set in Conakry: a part of the town told
  // before, not a same-named village across the country)
  // ("the Al-Qubba and Karima neighbourhoods ..., residents of El Obeid said": with no town told before,
  // the towns of the sentence itself)
  // ("gunmen stormed the Brooklyn area" in a story from Port-au-Prince: a part of a town abroad is a
  // local namesake, not the foreign city)
  if (
    place &&
    part &&
    country &&
    place.country !== country &&
    place.kind !== "country" &&
    !c.admin.length &&
    s.tokens[c.last + 1]?.norm === c.kindWord
  )
    return true;
  // ("aux quartiers Kalundu et Kasenga" in a story from Uvira: a part of the town told before, not a
  // territory of that name with no point of its own across the country)
  if (place && part && !located(place) && !c.admin.length && near.some(isTown)) return true;
  // (and "in Barangay San Miguel" after Las Navas: a barangay of that name far off is a homonym)
  // (not the town a part is said to be of: "a residential neighbourhood of Hays" names Hays)
  // ("le quartier d'Ezzouhour, à Kasserine": with a definite article the part is named after "of", and
  // a homonym far from the town told is none)
  const partNamedAfterOf =
    cues.of.has(s.tokens[c.first - 1]?.norm ?? "") &&
    cues.cityParts.has(s.tokens[c.first - 2]?.norm ?? "") &&
    cues.definite.has(s.tokens[c.first - 3]?.norm ?? "");
  if (
    place &&
    ((part && (!cues.of.has(s.tokens[c.first - 1]?.norm ?? "") || partNamedAfterOf)) ||
      cues.titledKinds.has(c.kindWord ?? "")) &&
    located(place) &&
    !c.admin.length &&
    farFromTowns(
      place,
      near.length || !cues.cityParts.has(c.kindWord ?? "")
        ? near
        : townsOfSentence(s, cands, c, gaz, cues, country),
    )
  )
    return true;
  // ("opened fire on Jose Ulcue as he left his home": a name the gazetteer lacks, told as a person's)
  if (!place && !c.kindWord && !c.admin.length && namesPerson(s.tokens, c.last, cues)) return true;
  return false;
}

/** The place of a candidate (found, given relative to a town, or guessed), added to the sentence's. */
function placeCandidate(names: SentenceNames, c: Candidate, r: ResolvedName): void {
  const {
    s,
    gaz,
    cues,
    country,
    near,
    cands,
    regions,
    sentenceAdmin,
    sentenceUnits,
    inUnit,
    regionOf,
    camps,
    referenced,
    out,
  } = names;
  const { q, admin } = r;
  let { name, place, relation } = r;
  let camp = false;
  let atTown = false;
  // ("devant le siège de l'OIM au Lac, à Tunis": a name the gazetteer knows only abroad, given relative to
  // a town of the article's country, is a place of that town)
  if (
    place &&
    country &&
    place.country !== country &&
    !c.weak &&
    !c.oblique &&
    inHomeTown(s, c, cands, gaz, cues, country)
  )
    place = null;
  // "the village of Kompienbiga, near Pama", "Bafut, about 20 km north of Bamenda": a place given
  // relative to a town is that place; the gazetteer's spelling of it near the town, or else its own
  // name at the town's point (geo_precision 2), not the town's name.
  const ref =
    !place &&
    !c.weak &&
    !c.oblique &&
    plausibleName(name, gaz, cues) &&
    !name.split(/\s+/).some((w) => cues.roads.has(w.toLowerCase())) &&
    !namesPerson(s.tokens, c.last, cues)
      ? referenceTown(s, c, cands, gaz, cues, country, near)
      : null;
  if (ref) {
    const own = gaz.resolve({
      name,
      country: ref.place.country,
      admin: ref.place.admin1 ? [ref.place.admin1] : [],
      near: [{ latitude: ref.place.latitude, longitude: ref.place.longitude }],
      relation: c.relation,
    });
    // (a spelling one letter off only close to the town: "Tambili, 6 km from Gaoua" is not Tobil, 45 km)
    const close =
      !!own &&
      located(own) &&
      (own.kind === "populated" || own.kind === "other") &&
      kmBetween(own.latitude, own.longitude, ref.place.latitude, ref.place.longitude) <=
        (own.fuzzy ? REFERENCE_FUZZY_KM : REFERENCE_KM);
    place = close ? own : placedIn(name, ref.place, ref.place.country, gaz);
    if (place) {
      if (!close) {
        relation = "near";
        atTown = true;
      }
      referenced.add(ref.cand.first);
    }
  }
  // ("rockets at Israeli army positions in Metula": across the border, a town of the country a demonym
  // right before it names, when the article's country has none of that name)
  if (!place) place = acrossBorder(s.tokens, c.first, name, gaz, cues, country);
  if (!place) {
    const unknown = unknownPlace(
      s,
      c,
      name,
      gaz,
      cues,
      country,
      sentenceAdmin,
      regions,
      inUnit,
      near,
      sentenceUnits,
      !!country && inHomeTown(s, c, cands, gaz, cues, country),
    );
    if (!unknown) return;
    place = unknown.place;
    relation = unknown.relation;
    camp = !!c.kindWord && cues.camps.has(c.kindWord) && !located(place) && !c.admin.length;
  }
  const first = s.tokens[c.first];
  const last = s.tokens[c.last];
  // A name met only as a verb's object or a modifier must be a known town, never a guess.
  // (or a district the gazetteer holds by that very name: "recaptured Adan Yabaal", placed at its region)
  const district = place.kind === "admin2" && !place.fuzzy && !!place.regionPoint;
  // (and not a town abroad known by another spelling: "said Raipura Police Station officer" in a story from
  // Bangladesh is no Raipur in India)
  if (
    c.oblique &&
    !inUnit.has(c) &&
    !district &&
    (!located(place) ||
      place.fuzzy ||
      place.kind !== "populated" ||
      (!!country && place.country !== country && normName(place.location) !== normName(name)))
  )
    return;
  // (the village, not the region it lies in, is the place: the region's name is no place of its own)
  const contained = regionOf.get(c);
  if (contained !== undefined && place.geonameid === null) referenced.add(contained);
  out.push({
    weak: c.weak,
    oblique: c.oblique && contained === undefined,
    resident: c.resident,
    titled: c.titled,
    between: c.between || undefined,
    setting: opensScene(s.tokens, c.first, c.last, cues) || undefined,
    unit: q !== name || undefined,
    road: c.road,
    designated: c.designated,
    start: first.start,
    end: last.end,
    text: name,
    first: c.first,
    last: c.last,
    relation,
    admin: c.admin,
    place,
    list: c.list,
    query: r.landmark ? undefined : { q, admin },
    atTown: atTown || undefined,
    citySite: cues.citySites.has(foldKey(name.split(/\s+/u).at(-1) ?? "")) || undefined,
  });
  if (camp) camps.push(out[out.length - 1]);
}

/** A town, exactly so named, of the other country a demonym up to ACROSS_REACH words before names. */
function acrossBorder(
  tokens: Token[],
  first: number,
  name: string,
  gaz: Gazetteer,
  cues: PlaceCues,
  country: string | null,
): Place | null {
  for (let k = first - 1; k >= Math.max(0, first - ACROSS_REACH); k--) {
    const other = cues.demonymCountries.get(tokens[k].norm);
    if (!other || other === country) continue;
    const p = gaz.resolve({ name, country: other });
    if (p && !p.fuzzy && (p.kind === "populated" || p.kind === "other") && located(p)) return p;
    return null;
  }
  return null;
}
const ACROSS_REACH = 6;

/**
 * A village the gazetteer lacks (see findPlaces). When the text makes clear it is a place ("the village
 * of X", "X (Niono, Segou)"), its name with the admin units we know and no coordinates: an honest record
 * rather than a wrong point. Null when nothing says it is a place.
 * (A function of its own, not a block of findPlaces: V8 compiles it apart, and a first run of one of
 * its rare branches no longer throws away and recompiles the whole of findPlaces.)
 */
function unknownPlace(
  s: Sentence,
  c: Candidate,
  name: string,
  gaz: Gazetteer,
  cues: PlaceCues,
  country: string | null,
  sentenceAdmin: string[],
  regions: string[],
  inUnit: Set<Candidate>,
  near: Place[],
  sentenceUnits: string[] = sentenceAdmin,
  townAfter = false,
): { place: Place; relation: "in" | "near" } | null {
  let place: Place | null = null;
  let relation = c.relation;
  // ("the Dogon village of Orossagou": with no unit given, the one home region of the people named)
  let given = fallbackFromAdmin(gaz, c.admin, country);
  if (!given) {
    given = fallbackFromAdmin(gaz, sentenceAdmin, country);
    // (a unit of the sentence is one of the article's country: "a village of Raipura upazila" is no
    // Raipur in India)
    if (given && country && given.country !== country && given.kind !== "country") given = null;
    if (given?.kind === "populated" && sentenceUnits !== sentenceAdmin)
      given = regionAsNamed(gaz, given, sentenceAdmin, sentenceUnits, country, s.text) ?? given;
    // ("near Tabatol, in the Tillaberi region": the region named as such, not the department of its
    // name that the data files under another region)
    if (given && sentenceUnits !== sentenceAdmin) {
      const region = regionNamedAsSuch(gaz, sentenceUnits, country);
      // (a region ACLED splits by district holds its parts: "Shan State" holds Shan-North)
      if (
        region &&
        region.country === given.country &&
        region.admin1 !== given.admin1 &&
        !given.admin1?.startsWith(`${region.location}-`)
      )
        given = region;
    }
  }
  const home = !given && country && regions.length === 1 ? gaz.homeRegion(s.text, country) : null;
  let admin = given ?? home ?? mentionedRegion(gaz, s.text, name, country, cues);
  // (a region the text names places the village at its capital; one guessed from a people, not)
  const regionNamed = !!admin && admin !== home;
  // A hyphenated name given as a village or with its district is that village, not its parts.
  const named = c.admin.length > 0 || (!!c.kindWord && !cues.adminKinds.has(c.kindWord));
  // ("les rues de Croix-Rouge, à Reims": a quarter given with its town is none of its name's parts)
  let part = named || townAfter ? null : hyphenPart(gaz, name, country, [], cues.namePrefixes);
  // (nor, later, a part that lies far from every town the story has placed and outside their regions,
  // when no other part is a town: "des jeunes de Croix-Rouge"; but the road "Fada N'Gourma-Pama" runs
  // between two)
  const farPart =
    !!part &&
    !c.road &&
    !cues.roads.has(s.tokens[c.last + 1]?.norm ?? "") &&
    farFromTowns(part, near) &&
    !near.some((p) => isTown(p) && p.admin1 === part?.admin1) &&
    hyphenTowns(gaz, name, country, [], cues.namePrefixes, 2).length < 2;
  if (farPart) part = null;
  // ... but it lies at the town it is named after when nothing nearer is known ("Mogadishu-Hodan
  // district (Hodan, Banadir)" is a district of Mogadishu)
  if (named && !(admin && located(admin) && admin.kind !== "admin1")) {
    const town = hyphenPart(gaz, name, country, [], cues.namePrefixes);
    if (town && (!admin?.admin1 || town.admin1 === admin.admin1)) admin = town;
  }
  if (part) {
    // "the axis Djibo-Mentao", "Bamako-Coura": the first named town.
    place = part;
    relation = "near";
  } else if (
    // (a camp or locality the gazetteer holds too: "Kichi (Kissi)", Kissi a camp)
    (admin?.kind === "populated" ||
      (admin?.kind === "other" && located(admin) && admin.geonameid !== null)) &&
    c.admin.length === 1 &&
    !isAdminName(gaz, c.admin[0], country)
  ) {
    // "the Labour Exchange (Ouagadougou)": a site inside the town given in brackets; "Kichi
    // (Kissi)": a village given with the name the gazetteer knows it by. (But "Sbeitla
    // (Kasserine)" names the village's governorate.)
    place = admin;
    relation = c.kindWord && !cues.adminKinds.has(c.kindWord) ? "in" : "near";
  } else if (
    c.kindWord &&
    !cues.adminKinds.has(c.kindWord) &&
    // ("a camp of the Kurdistan Democratic Party of Iran": a body's camp, no place's name)
    !bodyName(name, cues)
  )
    place = unlocated(name, admin, country, gaz, regionNamed);
  else if (admin && c.admin.length) place = unlocated(name, admin, country, gaz, regionNamed);
  else if (admin && inUnit.has(c) && plausibleName(name, gaz, cues))
    place = unlocated(name, admin, country, gaz, regionNamed);
  else if (
    c.strong &&
    plausibleName(name, gaz, cues) &&
    !beforeActorNoun(s.tokens, c.last, cues) &&
    !cues.demonyms.has(name.toLowerCase()) &&
    !famousAbroad(gaz, name, country)
  )
    place = unlocated(name, admin, country, gaz, regionNamed);
  else if (farPart) place = unlocated(name, admin, country, gaz, regionNamed);
  // (not an acronym: "the Polonnaruwa district MP"; nor a group's name: "Others belong to the Wazalendo")
  else if (admin && !acronym(name) && !groupName(name)) {
    place = admin;
    relation = "near";
  }
  if (!place) return null;
  // (a village known by name only lies in the one region of the places the article named before it)
  if (!located(place) && !place.admin1 && place.kind === "other") {
    const region = regionOfPlaces(gaz, near, country);
    if (region && region.country === place.country) place = withAdmin1(place, region.admin1);
  }
  return { place, relation };
}

/** A name with a word of organisations in it, or a group's ("Kurdistan Democratic Party"): a body's. */
function bodyName(name: string, cues: PlaceCues): boolean {
  return name.split(/[\s-]+/u).some((p) => cues.notNames.has(foldKey(p))) || groupName(name);
}

/** The first unit the sentence names with a region's kind word ("the Tillaberi region"), as a region. */
function regionNamedAsSuch(gaz: Gazetteer, units: string[], country: string | null): Place | null {
  for (let i = 0; i < units.length; i++) {
    if (splitAdminMention(normName(units[i])).level !== 1) continue;
    const p = gaz.resolve({ name: units[i], country, admin: units.slice(i + 1) });
    return p?.kind === "admin1" && !p.fuzzy ? p : null;
  }
  return null;
}

/**
 * "outside Elwak town in Mandera County": the unit that places a village the gazetteer lacks is named
 * as a region ("county", "region", "province", "state"...) and the gazetteer holds it as one; the
 * village is then known only by its region (coded at the region's capital with geo_precision 3), not
 * at the town of the region's name as if near it. Not for a district ("Apkan village in Batken
 * district": the district's seat, geo_precision 2), nor when the town is named in its own right too
 * ("in Battambang city of Battambang province"). `town`: the place the bare names gave.
 */
function regionAsNamed(
  gaz: Gazetteer,
  town: Place,
  bare: string[],
  units: string[],
  country: string | null,
  text: string,
): Place | null {
  if (text.split(town.location).length !== 2) return null;
  // (the name that gave the town: the first one the gazetteer resolves, as fallbackFromAdmin reads them)
  const i = bare.findIndex((a, k) => {
    const p = gaz.resolve({ name: a, country, admin: bare.slice(k + 1) });
    return !!p && p.kind !== "country";
  });
  if (i < 0 || units[i] === bare[i]) return null;
  const { level } = splitAdminMention(normName(units[i]));
  if (level !== 1 && !/ county$/i.test(units[i])) return null;
  const unit = gaz.resolve({ name: units[i], country, admin: units.slice(i + 1) });
  return unit?.kind === "admin1" && unit.country === town.country && unit.admin1 === town.admin1
    ? unit
    : null;
}

/**
 * "marched in the capital", "dans la capitale": the capital named without a name is the capital of the
 * article's country (not when a name, a country or a demonym goes with it: "the capital, Bamako", "the
 * capital of Niger", "the Malian capital", which the candidates read).
 */
function ownCapital(
  s: Sentence,
  out: PlaceMention[],
  gaz: Gazetteer,
  cues: PlaceCues,
  country: string | null,
): void {
  if (!country) return;
  const t = s.tokens;
  for (let k = 2; k < t.length; k++) {
    // ("in the capital's Jatrabari area": the capital, whatever part of it the gazetteer lacks)
    // (capitalised words are passed over first: no regex run on every word of every sentence)
    if (t[k].cap) continue;
    const n = t[k].norm;
    const possessive = (n.endsWith("'s") || n.endsWith("’s")) && cues.capital.has(n.slice(0, -2));
    if (!cues.capital.has(n) && !possessive) continue;
    const det = t[k - 1].norm;
    const prep = t[k - 2].norm;
    if (!(det === "the" || det === "la") || !cues.prepositions.has(prep)) continue;
    const next = t[k + 1];
    // ("the capital, Bamako", "the capital of Niger", "la capitale nigérienne", "capital city"; but "In
    // the capital, police arrested ..." opens the sentence with its scene)
    // ("Meanwhile in the capital, students blocked ...": one word, or one and a comma, before it is still the
    // scene at the sentence's opening)
    const opening = k === 2 || k === 3 || (k === 4 && t[1].text === ",");
    if (
      next &&
      !possessive &&
      ((next.text === "," && !opening) ||
        cues.of.has(next.norm) ||
        next.cap ||
        cues.demonyms.has(next.norm) ||
        next.norm === "city")
    )
      continue;
    if (out.some((m) => m.start <= t[k].start && m.end >= t[k].end)) continue;
    // (the city the news mean: Abidjan for Côte d'Ivoire, not Yamoussoukro)
    const place = capitalCity(gaz, country, true);
    if (!place) return;
    out.push(referringWord(t, k, "in", place));
    return;
  }
}

/** The last town the article named before (in the country of the story), or null. */
function storyTown(near: Place[], country: string | null): Place | null {
  for (let k = near.length - 1; k >= 0; k--) {
    const p = near[k];
    if (isTown(p) && p.geonameid !== null && (!country || p.country === country)) return p;
  }
  return null;
}

/**
 * "Shelling killed eight people on the edge of El Fasher. The shells struck the Abu Shouk camp": a camp
 * the gazetteer lacks, in a story set in a town, lies near that town (the camp's name, the town's point
 * and units, geo_precision 2), when its sentence names no other place; not a place
 * without coordinates that takes the story away from the town.
 */
function campInTown(
  out: PlaceMention[],
  camps: PlaceMention[],
  near: Place[],
  country: string | null,
  gaz: Gazetteer,
): void {
  // (the camp alone: "raided NGOs in Buram town, and again in Kalma IDP camp" names the camp's own
  // surroundings, not the story's town)
  if (!camps.length || out.some((m) => !camps.includes(m) && m.place.kind !== "country")) return;
  const town = storyTown(near, country);
  if (!town) return;
  for (const m of camps) {
    // (not a camp the text places in another region than the town's)
    if (m.place.country !== town.country || (m.place.admin1 && m.place.admin1 !== town.admin1)) continue;
    const placed = placedIn(m.text, town, town.country, gaz);
    if (!placed) continue;
    m.place = placed;
    m.relation = "near";
  }
}

/**
 * "on the eastern outskirts of the city", "in the town": "the city" or "the town" without a name is the
 * last town the article named (when the sentence names no place with a point of its own).
 */
function townAnaphora(
  s: Sentence,
  out: PlaceMention[],
  cues: PlaceCues,
  near: Place[],
  country: string | null,
  headingBefore: (at: number) => Place | null,
): void {
  // (a town named as a destination or origin places nothing itself: "the town" may refer to it)
  if (out.some((m) => located(m.place) && m.place.kind !== "country" && !(m.weak && isTown(m.place)))) return;
  const t = s.tokens;
  for (let k = 2; k < t.length; k++) {
    // ("a council of the city's elders": the town's people, of the town told before)
    const noun = t[k].norm.replace(/['’]s$/u, "");
    // ("in a remote village of this town": the demonstrative of a report filed from the town)
    if (
      !cues.townNouns.has(noun) ||
      t[k].cap ||
      !(cues.definite.has(t[k - 1].norm) || THIS.has(t[k - 1].norm))
    )
      continue;
    // ("the city of Goma", "the town Kalehe": a name follows)
    // ("a council of the city's elders": the elders of the town told before)
    const next = t[k + 1];
    if (next && (cues.of.has(next.norm) || next.cap)) continue;
    // ("outside the city hall", "the town council": a compound, no reference to a town)
    if (next && cues.townCompounds.has(next.norm)) continue;
    const prep = t[k - 2].norm;
    const ofNoun = cues.of.has(prep) ? (t[k - 3]?.norm ?? "") : "";
    // ("a council of the city's elders": the people the town owns, not its mayor or its police)
    const owner =
      noun !== t[k].norm && !out.length && !!next && (cues.residents.has(next.norm) || ELDERS.has(next.norm));
    if (!owner && !cues.prepositions.has(prep) && !cues.ofNouns.has(ofNoun)) continue;
    // ("residents of the town", "the mayor of the city": the people's, not the event's)
    if (!owner && (cues.residents.has(ofNoun) || cues.titles.has(ofNoun) || cues.weak?.has(prep))) continue;
    // (the story's town, else the one this sentence named before as a destination: not "fled towards
    // Hinche as gunfire echoed through the town" in a story set in Mirebalais)
    const weakTown = () => out.filter((m) => m.weak && m.end <= t[k].start && located(m.place)).at(-1)?.place;
    const town = storyTown(near, country) ?? weakTown() ?? headingBefore(t[k].start);
    if (!town) return;
    out.push(referringWord(t, k, cues.near.has(prep) || cues.near.has(ofNoun) ? "near" : "in", town));
    return;
  }
}

const THIS = new Set(["this", "cette", "ce"]);

/** People a town owns who speak or act for it ("the city's elders and notables"). */
const ELDERS = new Set(["elders", "notables", "leaders", "traders", "chiefs", "sages"]);

/** The mention of a place a word refers to ("the capital", "the city"): the word and its article. */
function referringWord(t: Token[], k: number, relation: "in" | "near", place: Place) {
  return {
    start: t[k - 1].start,
    end: t[k].end,
    text: t[k].text,
    first: k,
    last: k,
    relation,
    admin: [],
    place,
  };
}

/**
 * "in Montes Claros, Minas Gerais", "in Maywand district, Kandahar": a region named after a comma
 * qualifies the place before it (it is no second place of a list). A name after a district named as
 * such is its province; otherwise the name must be known only as a region or district.
 */
function qualifiersAfterComma(
  s: Sentence,
  cands: Candidate[],
  gaz: Gazetteer,
  cues: PlaceCues,
  country: string | null,
): void {
  const t = s.tokens;
  // "in Barangay Piacan, Sirawai, Zamboanga del Norte": a run joined by commas alone that ends with a
  // region is one place and the units above it, not a list ("in Dori, Gorom and Djibo" is one).
  for (let k = 0; k < cands.length; k++) {
    const head = cands[k];
    if (head.list === undefined || head.list !== head.first) continue;
    let e = k;
    while (e + 1 < cands.length && cands[e + 1].list === head.list && t[cands[e + 1].first - 1]?.text === ",")
      e++;
    if (e - k < 2 || cands.slice(k + 1).some((x, j) => j + k + 1 > e && x.list === head.list)) continue;
    const last = cands[e];
    if (!isAdminName(gaz, nameOf(s, last), country) || isAdminName(gaz, nameOf(s, head), country, "admin1"))
      continue;
    head.admin.push(...cands.slice(k + 1, e + 1).map((x) => nameOf(s, x)));
    head.list = undefined;
    cands.splice(k + 1, e - k);
  }
  for (let k = cands.length - 1; k >= 1; k--) {
    const c = cands[k];
    const head = cands[k - 1];
    // ("in the village of La Toma, Suarez (Cauca)": a village named as such, then its municipality
    // with the region in brackets, is one place: the village inside the municipality)
    const villageOf =
      c.admin.length > 0 &&
      !head.admin.length &&
      (head.list === undefined ||
        (head.list === c.list && !cands.some((x) => x !== head && x !== c && x.list === head.list))) &&
      head.kindWord !== null &&
      cues.villages.has(head.kindWord) &&
      cues.of.has(t[head.first - 1]?.norm ?? "") &&
      t[head.first - 2]?.norm === head.kindWord &&
      c.first === head.last + 2;
    // ("stormed Lascahobas, in Haiti's Centre department, on Saturday": a town, then the unit it lies in after
    // ", in")
    const gap = t.slice(head.last + 1, c.first);
    if (
      !c.admin.length &&
      !c.designated &&
      gap.length >= 2 &&
      gap.length <= 4 &&
      gap[0].text === "," &&
      cues.within.has(gap[1].norm) &&
      gap.slice(2).every((x) => cues.definite.has(x.norm) || /['’]s$/u.test(x.text)) &&
      head.list === undefined &&
      // (a town that is a verb's object: after a preposition, "near Tabatol, in the Tillaberi region", the
      // region is already the town's context)
      !cues.prepositions.has(t[head.first - 1]?.norm ?? "") &&
      !cues.near.has(t[head.first - 1]?.norm ?? "") &&
      c.kindWord !== null &&
      cues.adminKinds.has(c.kindWord) &&
      t[c.last + 1]?.norm === c.kindWord &&
      !isAdminName(gaz, nameOf(s, head), country)
    ) {
      head.admin.push(nameOf(s, c));
      cands.splice(k, 1);
      continue;
    }
    if ((c.admin.length && !villageOf) || c.designated || t[c.first - 1]?.text !== ",") continue;
    if (villageOf) {
      head.admin.push(nameOf(s, c), ...c.admin);
      head.close = c.close;
      head.list = undefined;
      cands.splice(k, 1);
      continue;
    }
    // the comma follows the head's name, or its kind word ("Maywand district, Kandahar")
    const headKind = head.kindWord !== null && t[head.last + 1]?.norm === head.kindWord;
    if (c.first - 2 !== (headKind ? head.last + 1 : head.last)) continue;
    // the last of the run: "in Bamako, Kayes and Sikasso" is a list
    const next = t[c.last + 1];
    if (next && (cues.and.has(next.norm) || (next.text === "," && t[c.last + 2]?.cap))) continue;
    if (cands.some((x) => x !== head && x !== c && x.list !== undefined && x.list === c.list)) continue;
    // ("the Bashu chiefdom, Beni territory": a unit named as such after a comma qualifies too)
    let qualifies =
      (headKind && cues.adminKinds.has(head.kindWord ?? "")) ||
      (c.kindWord !== null && cues.adminKinds.has(c.kindWord) && t[c.last + 1]?.norm === c.kindWord) ||
      // ("in Portadown, County Armagh", "in Ballymena, Co Antrim": a unit's kind written first)
      (c.last > c.first &&
        (cues.adminKinds.has(t[c.first].norm) || kindAbbreviation(t[c.first].text) !== undefined));
    // ("Kadikoy town, Istanbul": a name after a place named with its kind is its province)
    // ... and so is a region's name after a comma alone ("in Martinez de la Torre, Veracruz, ...")
    if (
      !qualifies &&
      ((head.kindWord !== null && headKind) || (c.list !== undefined && c.list === head.list))
    )
      qualifies =
        isAdminName(gaz, nameOf(s, c), country, "admin1") &&
        !isAdminName(gaz, nameOf(s, head), country, "admin1");
    if (!qualifies) {
      const p = gaz.resolve({ name: nameOf(s, c), country });
      const h = gaz.resolve({ name: nameOf(s, head), country });
      qualifies =
        !!p &&
        !p.fuzzy &&
        (p.kind === "admin1" || p.kind === "admin2") &&
        (!h || (h.kind !== "admin1" && h.kind !== "country"));
    }
    if (!qualifies) continue;
    head.admin.push(nameOf(s, c));
    // ("in San Juan, Lagunillas, Merida state": the unit that closes a run of names qualifies them all)
    if (head.list !== undefined)
      for (const x of cands) if (x !== head && x.list === head.list) x.admin.push(nameOf(s, c));
    head.list = undefined;
    cands.splice(k, 1);
  }
}

/**
 * "the Kafr Noran area in Aleppo countryside", "Tin-Hama village in Ansongo": a place the gazetteer
 * lacks, named inside a known one, is that place; the known one says where it lies (its admin units,
 * and its point as an approximate one, as for a village given with its commune).
 */
function containedIn(
  s: Sentence,
  out: PlaceMention[],
  gaz: Gazetteer,
  cues: PlaceCues,
  country: string | null,
): void {
  const t = s.tokens;
  for (let k = out.length - 2; k >= 0; k--) {
    const x = out[k];
    const y = out[k + 1];
    // (the last of a list names the unit of the whole list: "the villages of Kadawa, Rafin Gero and
    // Tudun Bugaje in Maru local government area")
    const lastOfList = x.list !== undefined && y.list !== x.list;
    // ("Khurai in Imphal East district": a town of that name in another region is a homonym; the one
    // meant lies in the district named)
    const homonym =
      located(x.place) &&
      !!y.place.admin1 &&
      !!x.place.admin1 &&
      x.place.kind !== "country" &&
      y.place.kind !== "country" &&
      x.place.admin1 !== y.place.admin1 &&
      cues.within.has(t[x.last + 1]?.norm ?? "") &&
      (y.place.kind === "admin1" || y.place.kind === "admin2" || y.place.population > x.place.population);
    if (
      (located(x.place) && !homonym) ||
      x.weak ||
      x.oblique ||
      y.weak ||
      (x.list !== undefined && !lastOfList)
    )
      continue;
    // ("the MINUSMA camp in Kidal": an acronym names a body, not a site of its own; the town is the place)
    if (/^[\p{Lu}\d-]+$/u.test(x.text)) continue;
    if (!located(y.place) || y.place.kind === "country" || y.designated) continue;
    let j = x.last + 1;
    // (a name with its kind, "the X area", "Y village", or inside a district or region: "Independence
    // Square in central Bamako" is a site of the city, and the city is the place)
    const kind = cues.kinds.has(t[j]?.norm ?? "");
    if (kind) j++;
    if (!cues.within.has(t[j]?.norm ?? "") && !cues.of.has(t[j]?.norm ?? "")) continue;
    j++;
    while (j < y.first && cues.modifiers.has(t[j].norm)) j++;
    if (j !== y.first) continue;
    // ("Kansafra in Idleb": a town that shares its name with its governorate stands for the region;
    // but a capital or a big city is the place of its own sites: "Independence Square in Bamako")
    if (
      !kind &&
      !homonym &&
      y.place.kind !== "admin1" &&
      y.place.kind !== "admin2" &&
      (y.place.feature === "P.PPLC" || y.place.population >= 500000 || !isAdminName(gaz, y.text, country))
    )
      continue;
    const seat = placedIn(x.text, y.place, country, gaz);
    if (!seat) continue;
    x.place = seat;
    x.admin = [...x.admin, y.text];
    out.splice(k + 1, 1);
    if (lastOfList)
      for (const m of out)
        if (m !== x && m.list === x.list && !located(m.place) && !m.place.admin1) {
          const other = placedIn(m.text, y.place, country, gaz);
          if (!other) continue;
          m.place = other;
          m.admin = [...m.admin, y.text];
        }
  }
}

/**
 * A place the gazetteer lacks, named inside a known one: the known one's admin units, and its point.
 * ("the Black Sea neighbourhood in Mogadishu-Hodan district": a place the gazetteer lacks but has a
 * point for, as the town it is named after, gives that point too)
 */
function placedIn(name: string, within: Place, country: string | null, gaz: Gazetteer): Place | null {
  const seat = unlocated(name, within, country, gaz, true);
  if (seat && !located(seat) && located(within) && (within.kind === "other" || within.kind === "populated")) {
    seat.latitude = within.latitude;
    seat.longitude = within.longitude;
    seat.admin2 ??= within.admin2;
  }
  return seat;
}

/** A place given relative to a town ("X, near Y") found under another spelling lies this close to it. */
const REFERENCE_KM = 50;
/** ... and under a spelling one letter off, this close. */
const REFERENCE_FUZZY_KM = 25;

/**
 * The town a place the gazetteer does not hold (under its name as written) is given relative to: the
 * next name, after words of nearness or distance only ("X, near Y", "X, about 20 km north of Y",
 * "X (near Y)" not), when it is a town with a point.
 */
function referenceTown(
  s: Sentence,
  c: Candidate,
  cands: Candidate[],
  gaz: Gazetteer,
  cues: PlaceCues,
  country: string | null,
  near: Place[],
): { cand: Candidate; place: Place } | null {
  const t = s.tokens;
  const next = cands[cands.indexOf(c) + 1];
  if (!next || next.first <= c.last || next.weak || next.heading || next.between || next.list !== undefined)
    return null;
  if (c.list !== undefined || (c.kindWord && cues.adminKinds.has(c.kindWord))) return null;
  if (!relativeLink(t, c, next, cues)) return null;
  const place = gaz.resolve({
    name: ownName(nameOf(s, next), gaz),
    country,
    admin: next.admin,
    near: near.map((p) => ({ latitude: p.latitude, longitude: p.longitude })),
    relation: next.relation,
  });
  if (!place || place.fuzzy || !located(place) || !isTown(place)) return null;
  return { cand: next, place };
}

/** "au Lac, à Tunis", "in Kilimani, in Nairobi": the name right after a comma and "in" is a town of the
 * article's country. */
function inHomeTown(
  s: Sentence,
  c: Candidate,
  cands: Candidate[],
  gaz: Gazetteer,
  cues: PlaceCues,
  country: string,
): boolean {
  const t = s.tokens;
  const next = cands[cands.indexOf(c) + 1];
  if (!next || next.first !== c.last + 3 || t[c.last + 1]?.text !== ",") return false;
  if (!cues.prepositions.has(t[c.last + 2]?.norm ?? "") || cues.near.has(t[c.last + 2]?.norm ?? ""))
    return false;
  const town = gaz.resolve({ name: ownName(nameOf(s, next), gaz), country });
  return !!town && !town.fuzzy && town.country === country && located(town) && isTown(town);
}

/** Only words of nearness or distance (and commas, numbers) between two names, at least one of them. */
function relativeLink(t: Token[], c: Candidate, next: Candidate, cues: PlaceCues): boolean {
  // (after the kind word of the first: "Kompienbiga village, near Pama")
  const from = c.kindWord && t[c.last + 1]?.norm === c.kindWord ? c.last + 2 : c.last + 1;
  const link = linkWords(t, from, next.first, cues, false);
  if (!link.ok || link.depth !== 0) return false;
  return t.slice(from, next.first).some((w) => cues.near.has(w.norm) || cues.distances.has(w.norm));
}

/**
 * "in Kompienbiga, near Pama" in a story set in Burkina Faso: a village found only under another
 * spelling (one edit away) that lies near the town it is given relative to is the place; the town was
 * named only to place it.
 */
function fuzzyNearReference(s: Sentence, out: PlaceMention[], cues: PlaceCues): void {
  const t = s.tokens;
  for (let k = out.length - 2; k >= 0; k--) {
    const x = out[k];
    const y = out[k + 1];
    if (!x.place.fuzzy || !located(x.place) || !located(y.place) || !isTown(y.place) || y.place.fuzzy)
      continue;
    if (x.weak || x.oblique || x.list !== undefined || y.weak || y.between || y.list !== undefined) continue;
    const link = linkWords(t, x.last + 1, y.first, cues, false);
    if (!link.ok || link.depth !== 0) continue;
    if (!t.slice(x.last + 1, y.first).some((w) => cues.near.has(w.norm) || cues.distances.has(w.norm)))
      continue;
    if (
      kmBetween(x.place.latitude, x.place.longitude, y.place.latitude, y.place.longitude) > REFERENCE_FUZZY_KM
    )
      continue;
    out.splice(k + 1, 1);
  }
}

/**
 * "residents of Butembo, about 45 km south of Beni": a town the gazetteer knows, then its distance from
 * another, is the place; the other town only says where it lies.
 */
function measuredFromTown(s: Sentence, out: PlaceMention[], cues: PlaceCues): void {
  const t = s.tokens;
  for (let k = out.length - 2; k >= 0; k--) {
    const x = out[k];
    const y = out[k + 1];
    if (x.place.fuzzy || !located(x.place) || !isTown(x.place) || !located(y.place) || !isTown(y.place))
      continue;
    if (x.list !== undefined || y.weak || y.between || y.list !== undefined) continue;
    if (t[x.last + 1]?.text !== ",") continue;
    const link = linkWords(t, x.last + 1, y.first, cues, false);
    if (!link.ok || link.depth !== 0) continue;
    const words = t.slice(x.last + 1, y.first);
    const km = words.find((w) => /^\d+$/u.test(w.norm));
    if (!km || !words.some((w) => cues.distances.has(w.norm))) continue;
    const d = kmBetween(x.place.latitude, x.place.longitude, y.place.latitude, y.place.longitude);
    // (the distance told agrees with the gazetteer's, within half again)
    if (Math.abs(d - Number(km.norm)) > Math.max(15, Number(km.norm) / 2)) continue;
    out.splice(k + 1, 1);
  }
}

/**
 * "à une trentaine de kilomètres au sud de Kirkouk, près de Daqouq", "about 30 km south of Kirkuk, near
 * Daquq": a distance from a town, then the town the event was near, a short way from it: that one.
 */
function nearAfterMeasured(s: Sentence, out: PlaceMention[], cues: PlaceCues): void {
  const t = s.tokens;
  for (let k = out.length - 2; k >= 0; k--) {
    const x = out[k];
    const y = out[k + 1];
    if (!located(x.place) || !isTown(x.place) || !located(y.place) || !isTown(y.place) || y.place.fuzzy)
      continue;
    if (t[x.last + 1]?.text !== "," || !cues.near.has(t[x.last + 2]?.norm ?? "") || y.first > x.last + 5)
      continue;
    // (the distance told before the first town: "à une trentaine de kilomètres au sud de")
    if (!t.slice(Math.max(0, x.first - 6), x.first).some((w) => cues.distances.has(w.norm))) continue;
    if (kmBetween(x.place.latitude, x.place.longitude, y.place.latitude, y.place.longitude) > NEAR_AFTER_KM)
      continue;
    out.splice(k, 1);
  }
}
/** How far the town a place is near may lie from the town its distance was told from. */
const NEAR_AFTER_KM = 60;

/**
 * "on the Dori–Gorgadji road, a few kilometres outside Gorgadji": a road named by its towns is a
 * stretch; a town of its name the event happened near is the finer place.
 */
function roadOutsideTown(s: Sentence, out: PlaceMention[], cues: PlaceCues): void {
  const t = s.tokens;
  for (let k = out.length - 2; k >= 0; k--) {
    const x = out[k];
    // the road's first town, then a dash and its other town, then the road's word
    let j = x.last + 1;
    const ends = [normName(x.text)];
    if (/^[-–—]$/u.test(t[j]?.text ?? "") && t[j + 1]?.cap) {
      ends.push(normName(t[j + 1].text));
      j += 2;
    }
    // (the road's second town, when it is the one found: "the Tsafe–Gusau road near Tsafe town")
    if (/^[-–—]$/u.test(t[x.first - 1]?.text ?? "") && t[x.first - 2]?.cap)
      ends.push(normName(t[x.first - 2].text));
    // (or the road's word before its towns: "sur l'axe Bamenda–Batibo, à une dizaine de kilomètres de
    // Batibo")
    if (
      !cues.roads.has(t[j]?.norm ?? "") &&
      !(ends.length === 2 && cues.roads.has(t[x.first - 1]?.norm ?? ""))
    )
      continue;
    const y = out
      .slice(k + 1)
      .find(
        (m) =>
          m.relation === "near" &&
          m.first > j &&
          !m.weak &&
          !m.between &&
          located(m.place) &&
          isTown(m.place) &&
          ends.includes(normName(m.text)),
      );
    if (y && x.list === undefined) out.splice(k, 1);
  }
}

/**
 * "in the Yorsala area, near Titao", "the Ahina locality, 100 km east of Gawa": an area given relative
 * to a town with a point is coded at that town (approximately), not at the area itself.
 */
function nearReference(s: Sentence, out: PlaceMention[], cues: PlaceCues): void {
  const t = s.tokens;
  for (let k = 0; k + 1 < out.length; k++) {
    const x = out[k];
    const y = out[k + 1];
    if (y.relation !== "near" || y.weak || y.designated || !located(y.place)) continue;
    if (y.place.kind !== "populated" && y.place.kind !== "other") continue;
    if (x.weak || x.designated || x.list !== undefined) continue;
    if (y.between) continue;
    // (only an area, not a village or town named as such: "at Pissele, near Bourzanga" is Pissele)
    const vague =
      cues.vagueKinds.has(t[x.last + 1]?.norm ?? "") ||
      (cues.of.has(t[x.first - 1]?.norm ?? "") && cues.vagueKinds.has(t[x.first - 2]?.norm ?? ""));
    if (!vague) continue;
    // (a word of nearness or a distance, not a direction alone: "the area of Agarnadamoss, southwest
    // of Talataye" names the area)
    const link = linkWords(t, x.last + 1, y.first, cues, false);
    if (link.ok && link.nearness && link.depth === 0) x.nearOf = true;
  }
}

/** Compass words that place one town relative to another ("south of Johannesburg", "au nord de Mopti"). */
const COMPASS = new Set([
  "north",
  "south",
  "east",
  "west",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
  "north-east",
  "north-west",
  "south-east",
  "south-west",
  "nord",
  "sud",
  "est",
  "ouest",
  "nord-est",
  "nord-ouest",
  "sud-est",
  "sud-ouest",
]);
const OF_WORDS = new Set(["of", "de", "du", "d'", "d’"]);

/**
 * "Residents of Orange Farm, south of Johannesburg", "in the al-Hawija district, southwest of Kirkuk": a town
 * named after a compass word, right after a place with a point, only says where that place lies.
 */
function directionReference(s: Sentence, out: PlaceMention[], cues: PlaceCues): void {
  const t = s.tokens;
  for (let k = 0; k + 1 < out.length; k++) {
    const x = out[k];
    const y = out[k + 1];
    if (x.weak || !located(x.place) || x.place.kind === "country" || x.place.kind === "admin1") continue;
    let j = x.last + 1;
    // (past the unit's kind word: "the al-Hawija district, southwest of Kirkuk")
    if (cues.kinds.has(t[j]?.norm ?? "") || cues.adminKinds.has(t[j]?.norm ?? "")) j++;
    if (t[j]?.text === ",") j++;
    if (!COMPASS.has(t[j]?.norm ?? "")) continue;
    j++;
    if (!OF_WORDS.has(t[j]?.norm ?? "")) continue;
    j++;
    // ("south of the city of Y", "au sud de la ville de Y")
    while (j < y.first && !t[j].cap) j++;
    if (j === y.first) y.reference = true;
  }
}

/**
 * Whether the words from token `from` up to `to` only link one place to the next ("village, near",
 * "locality, 100 km east of", with "in" when `within`): brackets are skipped and counted (`depth` at
 * the end), commas and numbers pass. `nearness`: a word of nearness or a distance was among them.
 */
function linkWords(
  t: Token[],
  from: number,
  to: number,
  cues: PlaceCues,
  within: boolean,
): { ok: boolean; nearness: boolean; depth: number } {
  let ok = to > from;
  let nearness = false;
  let depth = 0;
  for (let j = from; ok && j < to; j++) {
    const w = t[j];
    if (w.text === "(") depth++;
    else if (w.text === ")") depth--;
    else if (depth > 0 || w.text === "," || w.num) continue;
    else {
      if (cues.distances.has(w.norm) || (cues.near.has(w.norm) && !cues.modifiers.has(w.norm)))
        nearness = true;
      ok =
        (within && cues.within.has(w.norm)) ||
        cues.near.has(w.norm) ||
        cues.distances.has(w.norm) ||
        cues.kinds.has(w.norm) ||
        cues.modifiers.has(w.norm) ||
        cues.of.has(w.norm) ||
        cues.nearLinks.has(w.norm);
    }
  }
  return { ok, nearness, depth };
}

/**
 * "Al-Rawajah village in Garabulli", "Ngwenda village, Rutshuru territory", "Abendi village, near
 * Tshabi": of two places the gazetteer lacks, the one that places the other is coded (as ACLED codes a
 * village it cannot find at the town or district the report gives).
 */
function unknownInUnknown(s: Sentence, out: PlaceMention[], cues: PlaceCues): void {
  const t = s.tokens;
  for (let k = 0; k + 1 < out.length; k++) {
    const x = out[k];
    const y = out[k + 1];
    if (located(x.place) || located(y.place) || x.weak || y.weak || x.designated || y.between) continue;
    if (x.list !== undefined || y.list !== undefined || y.place.kind === "country") continue;
    // (not a unit named as such: "the town of Bariire in Lower Shabelle region", "Pazigyi village in
    // Kanbalu township" name the village)
    if (cues.adminKinds.has(t[y.last + 1]?.norm ?? "") || cues.adminKinds.has(t[y.last].norm)) continue;
    const link = linkWords(t, x.last + 1, y.first, cues, true);
    // ("Zimse (near Noralkingal)": the town given in brackets)
    const bracketed = link.depth === 1 && t[y.first - 1]?.text !== "(" && t[y.last + 1]?.text === ")";
    if (link.ok && (link.depth === 0 || bracketed)) x.nearOf = true;
  }
}

/**
 * "between Djimdeima and Orowaran (coded as Djimdeima ...)", "the village of Kougri-Koulga (coded as
 * Bangren ...)": a place the gazetteer lacks, coded as one end of a stretch or as the place of a village
 * the sentence names, lies near the known place it is named with: it takes that point, approximately.
 */
function pointFromPartner(s: Sentence, out: PlaceMention[], cues: PlaceCues): void {
  const t = s.tokens;
  for (let k = 0; k < out.length; k++) {
    const x = out[k];
    if (located(x.place) || x.place.regionPoint || x.place.kind === "country") continue;
    let partner: PlaceMention | null = null;
    // (the far end of the stretch, right after "and")
    const y = out[k + 1];
    if (
      x.between &&
      y &&
      isTown(y.place) &&
      cues.and.has(t[x.last + 1]?.norm ?? "") &&
      y.first === x.last + 2
    )
      partner = y;
    // (the one town named in the sentence, when the unknown one is the place it is coded as)
    if (!partner && x.designated) {
      const towns = out.filter((m) => m !== x && isTown(m.place) && !m.weak && !m.titled);
      if (towns.length === 1) partner = towns[0];
    }
    if (!partner || partner.place.country !== x.place.country) continue;
    const p = partner.place;
    x.place = placedAt(x.place, p);
    x.relation = "near";
  }
}

/**
 * Towns named together lie near each other ("between Boni and Hombori"): a name shared by several
 * villages is resolved again near the sentence's unambiguous towns.
 */
function nearEachOther(out: PlaceMention[], gaz: Gazetteer, country: string | null, near: Place[]): void {
  const ambiguous = out.map((m) => {
    if (!isTown(m.place)) return true;
    // (a mention found without a lookup of its own, "the capital", is no homonym)
    const q = m.query;
    if (!q) return false;
    const cs = gaz.candidates({ name: q.q, country, admin: q.admin }, 2);
    if (cs.length < 2 || cs[1].kind !== "populated" || cs[1].country !== cs[0].country) return false;
    const apart = kmBetween(cs[0].latitude, cs[0].longitude, cs[1].latitude, cs[1].longitude) > 25;
    return apart && cs[0].score - cs[1].score < 0.1;
  });
  const anchors = out.filter((m, k) => isTown(m.place) && !ambiguous[k]).map((m) => m.place);
  if (!anchors.length) return;
  const points = [...near, ...anchors].map((p) => ({ latitude: p.latitude, longitude: p.longitude }));
  out.forEach((m, k) => {
    const q = m.query;
    if (!ambiguous[k] || !isTown(m.place) || !q) return;
    const again = gaz.resolve({
      name: q.q,
      country,
      admin: q.admin,
      near: points,
      relation: m.relation,
    });
    if (again && isTown(again)) m.place = again;
  });
}

/**
 * "dans la zone de Saint-Éloi à Landerneau", "in the Saint-Eloi zone in Landerneau": a name right before
 * "à"/"in" and a town, which the gazetteer gives only to a place of another region far away, is a part of
 * that town, no place of its own.
 */
function partOfNextTown(s: Sentence, out: PlaceMention[], cues: PlaceCues): void {
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k];
    const b = out[k + 1];
    if (b.first !== a.last + 2 || !PART_IN.has(s.tokens[a.last + 1]?.norm ?? "")) continue;
    // (not the two ends of a road, "l'axe reliant Kayes à Bamako", nor a town the gazetteer had to guess)
    if (a.between || a.road || cues.roadLinks.has(s.tokens[a.first - 1]?.norm ?? "") || b.place.fuzzy)
      continue;
    if (ROAD_FROM.has(s.tokens[a.first - 1]?.norm ?? "")) continue;
    if (OF_ROAD.has(s.tokens[a.first - 1]?.norm ?? "") && cues.roads.has(s.tokens[a.first - 2]?.norm ?? ""))
      continue;
    if (normName(b.text) !== normName(b.place.location)) continue;
    if (!isTown(a.place) || !isTown(b.place) || a.place.country !== b.place.country) continue;
    if (!a.place.admin1 || a.place.admin1 === b.place.admin1) continue;
    if (kmBetween(a.place.latitude, a.place.longitude, b.place.latitude, b.place.longitude) <= OWNER_PART_KM)
      continue;
    out.splice(k, 1);
  }
}

/** Prepositions that place a part inside a town ("à Landerneau", "in Landerneau"), folded as tokens are. */
const PART_IN = new Set(["a", "in"]);
/** Words that open the first end of a road ("reliant Boghé à Kaédi", "from Gao to Kidal"). */
const ROAD_FROM = new Set(["reliant", "depuis", "from", "entre", "between"]);
/** "la route de Gao à Kidal": "de" after a road's noun opens its first end. */
const OF_ROAD = new Set(["de", "d'"]);

/** A homonym farther than this from every anchor town of the article may yield to a nearer one... */
const ANCHOR_FAR_KM = 150;
/** ... that lies within this distance of one. */
const ANCHOR_NEAR_KM = 100;
/** A town this big is the one meant wherever the other towns lie. */
const ANCHOR_TOWN_POP = 5000;

/**
 * The towns of one article lie near each other: a name shared by villages far apart ("Boulel" in the
 * Est and in the Soum) is the one near the article's unambiguous towns, wherever in the article they
 * are named ("70 km north of Djibo ... coded as Boulel"). Resolved once every sentence has been read,
 * so a town named after the homonym places it too. Admin names given with the homonym still rule.
 */
export function anchorHomonyms(
  mentions: PlaceMention[],
  gaz: Gazetteer,
  dateline: Place | null = null,
): void {
  const named = mentions.filter((m) => m.query && isTown(m.place));
  const towns = named.filter((m) => !m.weak);
  // (the state of a dateline is one the story names: "RICHFIELD, Minn. — ... Richfield police")
  const datelineState = dateline?.admin1 && isTown(dateline) ? dateline : null;
  if (towns.length < 2 && !datelineState && !mentions.some((m) => m.place.kind === "admin1")) return;
  // (candidate lists of each name, in its own country: the few names of one article)
  const cands = new Map<PlaceMention, Place[]>();
  const spread = (m: PlaceMention): Place[] => {
    let cs = cands.get(m);
    if (!cs) {
      const q = m.query as { q: string; admin: string[] };
      cs = gaz
        .candidates({ name: q.q, country: m.place.country, admin: q.admin }, 8)
        .filter(
          (p) =>
            p.country === m.place.country &&
            !p.fuzzy &&
            (p.kind === "populated" || p.kind === "other") &&
            p.score >= 0.3,
        );
      cands.set(m, cs);
    }
    return cs;
  };
  const far = (a: Place, b: Place) => kmBetween(a.latitude, a.longitude, b.latitude, b.longitude) > 25;
  // A town of some size shares its name with another of like size far off ("Bloomington" in Indiana and
  // in Minnesota, "Greenville" in both Carolinas): the one meant is the one near the article's other
  // towns, or in the state it names.
  const rivalOf = (m: PlaceMention, p: Place) =>
    far(p, m.place) && p.population >= LIKE_SIZE * m.place.population && p.kind === "populated";
  const twin = (m: PlaceMention) => m.place.kind === "populated" && spread(m).some((p) => rivalOf(m, p));
  // (a seat or a town of some size is the one meant, unless a like-sized twin stands far off: Kaya, not a
  // hamlet of that name near Bobo)
  const small = (m: PlaceMention) =>
    m.place.kind === "populated" &&
    m.place.population < ANCHOR_TOWN_POP &&
    !/^P\.PPL(A\d?|C)$/.test(m.place.feature ?? "");
  // (a town named as a destination too: "marched to Richfield City Hall")
  const targets = named.filter((m) => small(m) || twin(m));
  if (!targets.length) return;
  // (an anchor is a name with no far homonym, or one far bigger than any: "Minneapolis", not the Kansas
  // hamlet)
  // (for a village, only names with no far homonym at all)
  const ambiguous = (m: PlaceMention, strict: boolean) =>
    spread(m).some((p) => far(p, m.place) && (strict || p.population * DWARFED > m.place.population));
  const regions = mentions.filter((m) => m.place.kind === "admin1" && !m.weak).map((m) => m.place);
  if (datelineState) regions.push(datelineState);
  const anchors = new Map<boolean, PlaceMention[]>();
  for (const m of targets) {
    if (small(m) && !spread(m).some((p) => far(p, m.place))) continue;
    const strict = small(m);
    if (!anchors.has(strict))
      anchors.set(
        strict,
        towns.filter((a) => !ambiguous(a, strict)),
      );
    const own = (anchors.get(strict) ?? [])
      .filter((a) => normName(a.text) !== normName(m.text))
      .map((a) => a.place);
    const inRegion = (p: Place) =>
      regions.some((r) => r.country === p.country && r.admin1 === p.admin1) ||
      (!small(m) && own.some((a) => a.admin1 === p.admin1 && a.country === p.country));
    if (!own.length && !regions.length) continue;
    const dist = (p: Place) =>
      own.length
        ? Math.min(...own.map((a) => kmBetween(a.latitude, a.longitude, p.latitude, p.longitude)))
        : Infinity;
    // (a twin already in the state named or near a town stays)
    if (dist(m.place) <= ANCHOR_FAR_KM || inRegion(m.place)) continue;
    let best: Place | null = null;
    for (const p of spread(m)) {
      if (!small(m) && !rivalOf(m, p)) continue;
      const near = dist(p) <= ANCHOR_NEAR_KM || inRegion(p);
      if (near && (!best || dist(p) < dist(best))) best = p;
    }
    // (an admin name given with the homonym agrees with the place chosen: it stays)
    const hints = m.query?.admin ?? [];
    if (best && hints.length && !agreesLike(best, m.place)) continue;
    if (best) m.place = best;
  }
}

/**
 * "CLARKSVILLE, Tenn. — a church in rural Montgomery County": a county whose name several states share,
 * named with no state, is the one of the state the story is set in (its dateline's, its towns', the
 * regions it names), when that state has a county so named.
 */
export function countiesOfStory(mentions: PlaceMention[], gaz: Gazetteer, dateline: Place | null): void {
  const states = new Set<string>();
  const add = (p: Place | null | undefined) => {
    if (p?.admin1 && (p.kind === "admin1" || (isTown(p) && located(p))))
      states.add(`${p.country}|${p.admin1}`);
  };
  add(dateline);
  for (const m of mentions) if (!m.weak && m.place.kind !== "admin2") add(m.place);
  if (!states.size) return;
  for (const m of mentions) {
    const q = m.query;
    if (
      m.place.kind !== "admin2" ||
      !q ||
      q.admin.length ||
      states.has(`${m.place.country}|${m.place.admin1}`)
    )
      continue;
    const own = [...states]
      .filter((k) => k.startsWith(`${m.place.country}|`))
      .map((k) => gaz.resolve({ name: q.q, country: m.place.country, admin: [k.slice(k.indexOf("|") + 1)] }))
      .filter(
        (p): p is Place =>
          !!p && !p.fuzzy && p.kind === "admin2" && states.has(`${p.country}|${p.admin1}`) && located(p),
      );
    if (own.length === 1) m.place = own[0];
  }
}

/** A name shared by several small towns, all this far from the big city named in its sentence, ... */
const CITY_PART_FAR_KM = 150;
/** ... is a part of that city when the towns are this small ... */
const CITY_PART_TOWN_POP = 20000;
/** ... (towns of a recorded size: the gazetteer's villages of no recorded size are the places stories are about) ... */
const CITY_PART_MIN_POP = 500;
/** ... and the city this big. */
const CITY_PART_CITY_POP = 100000;

/**
 * "Atlanta police arrested six people after a group marched through Midtown": a name the gazetteer gives only
 * to small towns far off (Midtown in Tennessee), told in one sentence with a big city of the same country,
 * is a part of that city. A name of one town only (a village the story is about) keeps its place.
 */
export function cityPartHomonyms(
  mentions: PlaceMention[],
  gaz: Gazetteer,
  sentences: Array<{ start: number; end: number }>,
): void {
  const sentenceOf = (m: PlaceMention) => sentences.findIndex((s) => m.start >= s.start && m.start < s.end);
  // (the cities that can hold a part: named as their forces' or offices' city, "Atlanta police arrested ...")
  const cities = mentions.filter(
    (c) =>
      c.place.kind === "populated" &&
      c.place.population >= CITY_PART_CITY_POP &&
      // (or written as the owner of a part of it: "in Sydney's CBD")
      (!!c.oblique || /['’]s(?:\s|$)/u.test(c.text)) &&
      !c.weak &&
      !c.reference,
  );
  if (!cities.length) return;
  const far = (a: Place, b: Place) =>
    kmBetween(a.latitude, a.longitude, b.latitude, b.longitude) > CITY_PART_FAR_KM;
  for (const m of mentions) {
    const q = m.query;
    if (
      !q ||
      q.admin.length ||
      m.place.kind !== "populated" ||
      m.place.population >= CITY_PART_TOWN_POP ||
      m.place.population < CITY_PART_MIN_POP
    )
      continue;
    if (/^P\.PPL(A\d?|C)$/.test(m.place.feature ?? "")) continue;
    const near = cities.filter(
      (c) =>
        c !== m &&
        c.place.country === m.place.country &&
        (c.list === undefined || c.list !== m.list) &&
        far(c.place, m.place),
    );
    if (!near.length) continue;
    const at = sentenceOf(m);
    const city = near.find((c) => sentenceOf(c) === at);
    if (!city) continue;
    // (every town of that name is small and far from the city)
    const towns = gaz
      .candidates({ name: q.q, country: m.place.country, admin: [] }, 8)
      .filter((p) => p.kind === "populated" && !p.fuzzy && p.country === m.place.country);
    if (towns.some((p) => !far(p, city.place) || p.population >= CITY_PART_TOWN_POP)) continue;
    m.place = city.place;
  }
}

/** A far homonym at least this share of the chosen town's size is its twin. */
const LIKE_SIZE = 0.3;
/** A name is an anchor when its far homonyms are all this many times smaller. */
const DWARFED = 10;

/** Whether two places share their admin1 and admin2 (both agree alike with the admin names given). */
function agreesLike(a: Place, b: Place): boolean {
  return a.admin1 === b.admin1 && a.admin2 === b.admin2;
}

/** The least population of a town whose name opens a longer site's name ("the El Paso Service Processing Center"). */
const SITE_TOWN_POPULATION = 50_000;

function siteTown(
  tokens: Token[],
  c: Candidate,
  gaz: Gazetteer,
  cues: PlaceCues,
  country: string | null,
): { place: Place; last: number } | null {
  let e = c.last;
  while (e > c.first && (cues.sites.has(tokens[e].norm) || cues.kinds.has(tokens[e].norm))) e--;
  if (e === c.last || !country) return null;
  const name = runKey(tokens, c.first, e);
  const p = gaz.resolve({ name, country, admin: c.admin });
  if (p && !p.fuzzy && (p.kind === "populated" || p.kind === "other") && p.country === country)
    return { place: p, last: c.last };
  // ("outside the El Paso Service Processing Center": a site whose name opens with its town's, past the
  // words of its kind; a town of some size of the story's country, exactly so named)
  // (not where the wounded were taken: "Dhaka Medical College Hospital"; nor a building named after a
  // person, "the Hart Senate Office Building")
  if (cues.careSites.has(tokens[c.last].norm)) return null;
  for (let k = e - 1; k >= c.first; k--) {
    const head = gaz.resolve({ name: runKey(tokens, c.first, k), country, admin: c.admin });
    if (
      head &&
      !head.fuzzy &&
      head.kind === "populated" &&
      head.country === country &&
      head.population >= SITE_TOWN_POPULATION
    )
      return { place: head, last: k };
  }
  return null;
}

/** "Security Belt forces", "the Red Wednesday movement": a name (with the capitalised words after it)
 * written just before a noun of an armed or organised group names that group. */
function beforeActorNoun(tokens: Token[], last: number, cues: PlaceCues): boolean {
  let k = last + 1;
  while (k < tokens.length && tokens[k].cap && !tokens[k].num && !cues.actorNouns.has(tokens[k].norm)) k++;
  return cues.actorNouns.has(tokens[k]?.norm ?? "");
}

/** The seat of the commune named first in "(Titao, Loroum)": a town of the country, not a unit's name. */
function communeSeat(gaz: Gazetteer, admin: string[], country: string | null): Place | null {
  if (!country || isAdminName(gaz, admin[0], country)) return null;
  const p = gaz.resolve({ name: admin[0], country, admin: admin.slice(1) });
  return p && !p.fuzzy && p.kind === "populated" && p.country === country && located(p) ? p : null;
}

/** "Kidals military camp", "Nairobis Maziwa area": a town's possessive written without its apostrophe. */
function possessiveTown(name: string, gaz: Gazetteer, country: string | null): Place | null {
  // ("Nairobis", the apostrophe lost, and "Tijuana's Zona Norte district")
  if (!country || name.length < 5 || !/\p{Ll}['’]?s$/u.test(name)) return null;
  const stem = name.replace(/['’]?s$/u, "");
  const p = gaz.resolve({ name: stem, country });
  return p &&
    !p.fuzzy &&
    p.kind === "populated" &&
    p.country === country &&
    normName(p.location) === normName(stem)
    ? p
    : null;
}

/** Token k is a lower-case adjective after a noun of "of X" ("un quartier périphérique d'Oicha"). */
function adjectiveAfterOfNoun(tokens: Token[], k: number, cues: PlaceCues): boolean {
  const t = tokens[k];
  return (
    !!t &&
    k > 0 &&
    !t.cap &&
    !t.num &&
    /^\p{Ll}+$/u.test(t.text) &&
    !cues.ofNouns.has(t.norm) &&
    !cues.of.has(t.norm) &&
    !cues.stop.has(t.norm) &&
    cues.ofNouns.has(tokens[k - 1].norm) &&
    !cues.residents.has(tokens[k - 1].norm)
  );
}

/** "au", "à": the preposition of whom a speaker told ("a confié un policier au Nouvelliste"). */
const ADDRESSEE = new Set(["au", "a", "aux"]);
const TOLD = /^(confie|declare|raconte|explique|indique|affirme|assure|precise|temoigne|rapporte)$/u;

/** Words of reporting before an authority named as the source ("a indiqué la préfecture de X"). */
const REPORTED = /^(indique|annonce|precise|affirme|selon|declare|rapporte|communique|said|says|according)$/u;

/** A speaker's title after a few capitalised words that follow the name ("Police Command spokesperson"). */
function speakerAfter(tokens: Token[], end: number, cues: PlaceCues): boolean {
  let k = end + 1;
  while (k <= end + 3 && tokens[k]?.cap) k++;
  return (
    k > end + 1 && (cues.sourceNouns.has(tokens[k]?.norm ?? "") || cues.speakers.has(tokens[k]?.norm ?? ""))
  );
}

/** "Operatives of the Kaduna State Police Command raided ...": the name of a force's command, its seat (not
 * a person's title, "the Homa Bay County Police Commander", nor a station where things happen). */
function commandSeat(tokens: Token[], end: number, cues: PlaceCues): boolean {
  let k = end + 1;
  while (k <= end + 3 && tokens[k]?.cap) k++;
  return k > end + 1 && cues.institutionNouns.has(tokens[k - 1].norm);
}

/** A building's word ("headquarters", "hospital") after one or two lower-case words right after a name. */
function siteAfterWords(tokens: Token[], end: number, cues: PlaceCues): boolean {
  for (let k = end + 1; k <= end + 3; k++) {
    const t = tokens[k];
    if (!t || !/^\p{Ll}+$/u.test(t.text)) return false;
    if (k > end + 1 && cues.buildingSites.has(t.norm)) return true;
  }
  return false;
}

/** Every word from i to end written in capitals ("IHIALA DIVISIONAL HEADQUARTERS"). */
function shouted(tokens: Token[], i: number, end: number): boolean {
  for (let k = i; k <= end; k++) {
    const t = tokens[k].text;
    if (t.length < 2 || t !== t.toUpperCase() || t === t.toLowerCase()) return false;
  }
  return true;
}

/** The folded words of tokens[i..end] joined by spaces (built in place: no slice or array per name). */
function runKey(tokens: Token[], i: number, end: number): string {
  let key = tokens[i].norm;
  for (let k = i + 1; k <= end; k++) key += ` ${tokens[k].norm}`;
  return key;
}

/**
 * Names the article uses as places without a preposition ("Boni is home to...", "the jihadists left
 * Boni"): capitalised names written at least twice, not only at the start of sentences, that the
 * gazetteer knows as a town or village of the article's country (exact names only, never fuzzy).
 */
export function knownPlaceNames(
  sentences: Array<{ tokens: Token[] }>,
  gaz: Gazetteer,
  cues: PlaceCues,
  country: string | null,
  notPlaces: (key: string) => boolean,
): KnownNames {
  const count = new Map<string, number>();
  const inside = new Set<string>();
  // ("President Mainassara": a name written after a person's title is a person's, anywhere in the article)
  const persons = new Set<string>();
  // (the names written after a person's title, and the surnames of titled full names: persons wherever the
  // article writes them, with a preposition too)
  const titled = new Set<string>();
  // ("le FLA", "the FLA": a name written in capitals is a body's acronym, not the village Fla)
  const acronyms = new Set<string>();
  const written = new Set<string>();
  // ("a man shot in the Phillips neighborhood": names of a town's parts, lower-case kind word after them)
  const parts = new Set<string>();
  // (and names of streets: "24th and Folsom streets")
  const streets = new Set<string>();
  for (const s of sentences) {
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      if (!t[i].cap || t[i].num || cues.stop.has(t[i].norm)) continue;
      const end = nameEnd(t, i, cues);
      const key = runKey(t, i, end);
      // (abbreviated titles keep their full stop: "Sen.", "Gov."; a capitalised title opens the name's run:
      // "Sen. Gordon Pratt")
      if (titleAt(t, i - 1, cues)) {
        persons.add(key);
        titled.add(key);
      }
      // ("state Sen. Gordon Pratt ... outside Pratt's district office": the surname of a titled full name, a
      // first name and a surname, written alone later, is the person's too; not "the Governor of Tillaberi")
      let from = -1;
      for (let j = i - 1; j < end - 1 && from < 0; j++) if (titleAt(t, j, cues)) from = j + 1;
      if (
        from >= 0 &&
        end === from + 1 &&
        t[from].cap &&
        t[end].cap &&
        /^\p{Lu}\p{Ll}+$/u.test(t[from].text)
      ) {
        const surname = t[end].norm.replace(/['’]s$/u, "");
        persons.add(surname);
        titled.add(surname);
      }
      // ("near the corner of 24th and Folsom streets": a street named after a town, no town named)
      if (cues.streetKinds.has(t[end + 1]?.norm ?? "") || firstOfStreets(t, end, cues)) streets.add(key);
      // ("Pryor was shot by an Atlanta police officer", "Pryor died at Grady": what befalls a person)
      if (phraseAt(t, end + 1, cues.personDeeds)) persons.add(key);
      // ("Oumar Sanogo, a former minister of trade, ...": a full name described as a person after a comma; its
      // last word alone, later, is the person's too)
      if (end > i && t[end + 1]?.text === "," && describedPerson(t, end + 2, cues)) {
        persons.add(key);
        persons.add(t[end].norm);
      }
      // (not a dateline's town, written in capitals at the head of a sentence: "IMPHAL, Sept 9 -"; and not a
      // name written in lower case elsewhere in the article)
      if (i === end && i > 0 && acronym(t[i].text)) acronyms.add(key);
      else if (!acronym(t[i].text)) written.add(key);
      count.set(key, (count.get(key) ?? 0) + 1);
      if (i > 0 && t[i - 1].text !== '"' && t[i - 1].text !== "“") inside.add(key);
      // (not "Kamwokya, a Kampala suburb": the town a part is of)
      if (
        end + 1 < t.length &&
        !t[end + 1].cap &&
        cues.neighbourhoods.has(t[end + 1].norm) &&
        !cues.indefinite.has(t[i - 1]?.norm ?? "")
      )
        parts.add(key);
      i = end;
    }
  }
  // Decided lazily, only for the names that sentences telling events use, and once per name.
  const memo = new Map<string, boolean>();
  return {
    has(key: string): boolean {
      const hit = memo.get(key);
      if (hit !== undefined) return hit;
      let ok = false;
      const n = count.get(key) ?? 0;
      if (
        country &&
        inside.has(key) &&
        key.length >= 3 &&
        gaz.isKnownName(key) &&
        !gaz.country(key) &&
        !persons.has(key) &&
        !streets.has(key) &&
        // ("City Council", "Council President": a word of organisations, not Council in Idaho)
        !cues.notNames.has(key) &&
        !(acronyms.has(key) && !written.has(key)) &&
        !notPlaces(key)
      ) {
        const p = gaz.resolve({ name: key, country });
        // Named twice, or a town big enough to be named in passing ("a Timbuktu man").
        ok =
          !!p &&
          !p.fuzzy &&
          p.kind === "populated" &&
          p.country === country &&
          normName(p.location) === normName(key) &&
          (n >= 2 || p.population >= 10000);
      }
      memo.set(key, ok);
      return ok;
    },
    part: (key: string) => parts.has(key),
    person: (key: string) => titled.has(key),
  };
}

/** A person's title at token k ("President", "Sen."; abbreviated titles keep their full stop). */
function titleAt(t: Token[], k: number, cues: PlaceCues): boolean {
  return k >= 0 && cues.personTitles.has(t[k].norm.replace(/\.$/u, ""));
}

/** "a former minister of trade", "the party's spokesman": an apposition that says a person. */
function describedPerson(t: Token[], k: number, cues: PlaceCues): boolean {
  if (!cues.indefinite.has(t[k]?.norm ?? "") && !cues.definite.has(t[k]?.norm ?? "")) return false;
  for (let j = k + 1; j <= k + 4 && j < t.length; j++) {
    const w = t[j].norm.replace(/['’]s$/u, "");
    if (cues.persons.has(w) || cues.personTitles.has(w) || cues.speakers.has(w) || cues.titles.has(w))
      return true;
    if (t[j].text === "," || t[j].text === ".") return false;
  }
  return false;
}

export interface KnownNames {
  has(key: string): boolean;
  /** Whether the article writes the name before a word of a town's parts somewhere ("the Phillips neighborhood"). */
  part(key: string): boolean;
  /** Whether the article writes the name after a person's title somewhere ("Sen. Gordon Pratt"). */
  person(key: string): boolean;
}

function nameOf(s: Sentence, c: Candidate): string {
  if (c.townOf) return c.townOf;
  // "Colombia's" names Colombia.
  return s.text
    .slice(s.tokens[c.first].start - s.start, s.tokens[c.last].end - s.start)
    .replace(/['’]s$/u, "");
}

/** "Nigeria's Zamfara": the country that owns a name is no part of it. */
/** The name without its owner, unless the gazetteer knows the whole: a town whose own name holds a
 * possessive is no owner and its part ("Lee's Summit", "Cox's Bazar"). */
function ownName(name: string, gaz: Gazetteer): string {
  return ownerOf(name) && gaz.isKnownName(name) ? name : withoutOwner(name);
}

function withoutOwner(name: string): string {
  return ownerOf(name)?.[1] ?? name;
}

/** "Bihar's Araria": [owner, name]; the owner (a country or a region) is no part of the name. */
function ownerOf(name: string): [string, string] | null {
  const owned = name.match(/^(.+?)['’]s\s+(\S.*)$/u);
  if (!owned) return null;
  // ("St Patrick's Street", "Eyre's Square": a street or a part named after someone, no owner and its part)
  const en = placeCues("en");
  const rest = foldKey(owned[2]);
  if (en.streetKinds.has(rest) || en.cityParts.has(rest) || en.citySites.has(rest)) return null;
  return [owned[1], owned[2]];
}

// Towns, villages and named sites rank alike (the first named wins), then names we cannot locate,
// then districts, regions, countries.
export const KIND_RANK: Record<Place["kind"], number> = {
  populated: 0,
  other: 0,
  admin2: 2,
  admin1: 3,
  country: 4,
};
// (a village placed at its commune's seat still ranks as a name we cannot locate)
// (and among names we cannot locate, one placed at its commune or a nearby town before one with no point)
const rankOf = (p: Place) =>
  located(p) && (p.geonameid !== null || p.kind !== "other") ? KIND_RANK[p.kind] : located(p) ? 1 : 1.1;

/** The most precise place among mentions (ties: the first named). */
export function mostPrecise(ms: PlaceMention[]): PlaceMention | null {
  let best: PlaceMention | null = null;
  // (a unit named as such ranks after a place of the same rank inside it: "In Irumu territory, ... in
  // Komanda", neither held as a point; not after a list of villages, told by their township: "in Kale
  // township, the military shelled Kin Pun Chon, Au Du and U Yin villages")
  const listed = ms.some((m) => m.list !== undefined);
  // (and a road named after its towns after a town named as such: "sur l'axe Niono-Diabali, à une vingtaine
  // de kilomètres de Diabali")
  const town = ms.some((m) => !m.road && !m.unit && !m.weak && m.place.kind === "populated");
  const rank = (m: PlaceMention) =>
    mentionRank(m) + (m.unit && !listed && !located(m.place) ? 0.1 : 0) + (m.road && town ? 0.3 : 0);
  for (const m of ms) if (!best || rank(m) < rank(best)) best = m;
  // ("In Guanajuato, gunmen burst into a bar in Celaya": a scene named like its region, with a town of
  // that region far from the namesake city named after it, is the region)
  if (best?.setting && best.place.admin1 && normName(best.place.location) === normName(best.place.admin1)) {
    const scene = best.place;
    const town = ms.find(
      (m) =>
        m !== best &&
        !m.weak &&
        m.place.kind === "populated" &&
        m.place.admin1 === scene.admin1 &&
        located(m.place) &&
        kmBetween(scene.latitude ?? 0, scene.longitude ?? 0, m.place.latitude ?? 0, m.place.longitude ?? 0) >
          30,
    );
    if (town) best = town;
  }
  // ("The mayor of Chilpancingo, the capital of Guerrero state, was killed": with only the region
  // besides, the town of the victim's office, inside it, is the finer guess)
  if (best && (best.place.kind === "admin1" || best.place.kind === "admin2"))
    for (const m of ms)
      if (
        m.titled &&
        isTown(m.place) &&
        m.place.country === best.place.country &&
        m.place.admin1 === best.place.admin1
      )
        return m;
  return best;
}

// (a name matched with a spelling error ranks after names matched as written)
const mentionRank = (m: PlaceMention) =>
  m.designated
    ? -1
    : (m.atTown ? 0 : rankOf(m.place)) +
      (m.weak ? 10 : 0) +
      (m.oblique ? 1.5 : 0) +
      (m.place.fuzzy ? 0.5 : 0) +
      (m.resident ? 0.25 : 0) +
      (m.titled ? 0.5 : 0) +
      (m.nearOf ? 0.75 : 0) +
      (m.reference ? 3 : 0) +
      // (a scene the gazetteer does not hold, placed at a unit the sentence names, is wider than it)
      (m.setting && m.place.geonameid === null ? 2 : 0) +
      // (a river's point is anywhere along it: "on the Niger River near Timbuktu" is near Timbuktu)
      (m.place.feature?.startsWith("H.STM") ? 1.5 : 0);

/** Sides of a country after "of" ("the Soum province of the north", "la région du nord du pays"). */
const SIDES = new Set([
  "north",
  "south",
  "east",
  "west",
  "centre",
  "center",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
  "country",
  "nord",
  "sud",
  "est",
  "ouest",
  "pays",
]);

/** "(Essonne)", "(Nord-Kivu)": one or two capitalised words in brackets right after a name's last token. */
function bracketedArea(tokens: Token[], end: number): boolean {
  if (tokens[end + 1]?.text !== "(") return false;
  let k = end + 2;
  while (k <= end + 4 && tokens[k]?.cap) k++;
  // (the sentence goes on with its verb: not a dateline, "BEIRUT (Reuters) -")
  return k > end + 2 && tokens[k]?.text === ")" && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? "");
}

/** "MP", "UNHCR": capitals only, the acronym of a body or a title, never a place of its own. */
const acronym = (name: string) => name.length <= 6 && /^\p{Lu}+$/u.test(name);

/** Whether one of the phrases (as word lists of folded words) is written from token `at` on. */
export function phraseAt(tokens: Token[], at: number, phrases: string[][]): boolean {
  return phrases.some((words) => words.every((w, k) => tokens[at + k]?.norm === w));
}

/** The words after a name make it a person's: "X, who", "X as he left". */
function namesPerson(tokens: Token[], last: number, cues: PlaceCues): boolean {
  const at = tokens[last + 1]?.text === "," ? last + 2 : last + 1;
  // ("ouvert le feu sur Jean-Claude Ngando, 27 ans,", "Shirin Akter, 22, a sewing operator": an age
  // after a comma)
  if (
    tokens[last + 1]?.text === "," &&
    tokens[at]?.num &&
    /^\d{1,2}$/u.test(tokens[at].text) &&
    (tokens[at + 1]?.text === "," || AGE_UNITS.has(tokens[at + 1]?.norm ?? ""))
  )
    return true;
  return phraseAt(tokens, at, cues.personAfter);
}
/** Adjectives of a capital that is no seat of government ("capitale économique", "commercial capital"). */
const NOT_SEAT_CAPITALS = new Set([
  "economique",
  "economic",
  "commerciale",
  "commercial",
  "culturelle",
  "cultural",
  "religieuse",
  "religious",
  "financial",
  "financiere",
]);

/** Units of an age after a number ("27 ans", "27 years"). */
const AGE_UNITS = new Set(["ans", "years", "year-old", "an"]);

/** "Elsewhere on Mindanao," "In Mindanao,": a name that opens the sentence as its scene. */
function opensScene(tokens: Token[], first: number, last: number, cues: PlaceCues): boolean {
  if (first === 0 || first > 6 || tokens[last + 1]?.text !== ",") return false;
  if (!cues.prepositions.has(tokens[first - 1].norm)) return false;
  // (and a site's name between: "At Kakatiya University in Warangal, students ...")
  for (let k = 0; k < first - 1; k++)
    if (
      !cues.setting.has(tokens[k].norm) &&
      !cues.prepositions.has(tokens[k].norm) &&
      !(k > 0 && tokens[k].cap && cues.prepositions.has(tokens[0].norm))
    )
      return false;
  return true;
}

/** Towns were named before, and the place lies more than 30 km from all of them. */
/** The towns the other names of the sentence resolve to (not parts of a town). */
function townsOfSentence(
  s: Sentence,
  cands: Candidate[],
  self: Candidate,
  gaz: Gazetteer,
  cues: PlaceCues,
  country: string | null,
): Place[] {
  const out: Place[] = [];
  for (const o of cands) {
    if (o === self || (o.kindWord && cues.cityParts.has(o.kindWord))) continue;
    // (a unit named as such is no town: "a neighbourhood of Hays, in the south of Hodeidah governorate")
    if (o.kindWord && cues.adminKinds.has(o.kindWord)) continue;
    const p = gaz.resolve({ name: nameOf(s, o), country });
    if (p && isTown(p)) out.push(p);
  }
  return out;
}

/** Far from every town given, or no town given (farFromTowns asks for one at least). */
function farFromTownsOrNone(place: Place, near: Place[]): boolean {
  return !near.some(isTown) || farFromTowns(place, near);
}

function farFromTowns(place: Place, near: Place[]): boolean {
  const towns = near.filter(isTown);
  return (
    towns.length > 0 &&
    !towns.some((n) => kmBetween(n.latitude, n.longitude, place.latitude, place.longitude) <= 30)
  );
}

/**
 * "north of the Syrian city of Homs", "à l'est de la ville de Djibo": a word of nearness and "of" before
 * the kind word at `kind` (past its article and adjectives).
 */
function nearKindPhrase(tokens: Token[], kind: number, cues: PlaceCues): boolean {
  let j = kind - 1;
  while (j >= 0 && j > kind - 4 && !cues.of.has(tokens[j].norm)) j--;
  if (j < 1 || !cues.of.has(tokens[j].norm)) return false;
  for (let k = j + 1; k < kind; k++) if (tokens[k].text === ",") return false;
  return cues.near.has(tokens[j - 1].norm);
}
