/**
 * Chronicle's actor registry: ACLED actor names (state forces by country and regime period, named
 * groups, identity militias, generic actors) and the actor-mention matcher the extractor runs per
 * sentence. Knowledge lives in data/knowledge/*.json and src/locales/<locale>/{actors,demonyms}.json;
 * this module only compiles it (once) and applies it.
 */

import { readLocaleJson } from "../locales/index.js";
import { foldKey } from "../text/normalize.js";
import type { PhraseMatcher } from "../text/phrase-matcher.js";
import type { Token } from "../text/tokens.js";
import type {
  ActorsLexiconFile,
  Branch,
  CountryRow,
  DemonymsFile,
  EthnicFile,
  GroupDef,
  GroupsFile,
  IdentityDef,
  MissionDef,
  StateAliasDef,
  StateForcesFile,
} from "./data-types.js";
import { compileMentionLexicon, type Entry } from "./mention-lexicon.js";
import { findMentions, groupRef, roleOfGroup } from "./mentions.js";
import { readDataJson } from "./paths.js";
import { StateForceTable } from "./state-forces.js";

export type ActorRole =
  | "military"
  | "police"
  | "government"
  | "mutiny"
  | "armed_group"
  | "named_group"
  | "identity_militia"
  | "civilians"
  | "protesters"
  | "rioters"
  | "external"
  | "other";

/** (every mention is made with all these fields, the optional ones as undefined: see findMentions) */
export interface ActorMention {
  /** Absolute offsets (from the tokens). */
  start: number;
  end: number;
  /** The mention's words joined with single spaces. */
  text: string;
  role: ActorRole;
  /** From a demonym, a country name or a named force inside the mention ("Malian soldiers", "FAMa"). */
  country: string | null;
  /** Canonical identity ("Fulani") for "Fulani herders", "Dogon militia", "Peuls". */
  ethnicity: string | null;
  /** Named group or mission, named as ACLED does. Null for state forces and foreign militaries (use stateForce/foreignForce). */
  group: { name: string; inter: number; country: string | null } | null;
  /** Every country named in the mention, in order, when there are several ("French and Malian troops"). */
  countries?: string[];
  /** Named state sub-unit ("Gendarmerie"): pass it to stateForce. */
  unit?: string;
  /** ACLED label of an associated social group ("Farmers", "Pastoralists", "Students"): use socialGroup(). */
  social?: string;
  /** Role in another context: "security forces" are military, or police at a protest. */
  altRole?: ActorRole;
  /** Named by the cause they belong to ("activists", "supporters"): no crowd by themselves. */
  affiliation?: boolean;
  /** Named only as a gathering ("a crowd"): a protest only when one is told; a mob when it hurts someone. */
  gathering?: boolean;
  /** Arms untold ("unknown men", "assailants"): a mob when they throw stones. */
  unspecified?: boolean;
  /** A community that arms itself (farmers, herders): its killers are a communal militia. */
  communal?: boolean;
  /** Peacekeepers: the mission of the event's country (missionFor) when group is null. */
  mission?: boolean;
  /** Finer generic actor: "gang" (Unidentified Gang), "private_security", "communal_militia", "clan_militia": pass it to generic(). */
  generic?: GenericRole;
  /** The unit named with its parent in brackets ("Katiba Macina (JNIM)"): group is the parent. */
  unitOf?: string;
  /** A subject pronoun ("They") standing for the agent of the sentence before. */
  pronoun?: boolean;
  /** Named as the author of the event by a claim or attribution ("claimed by JNIM", "planted by"). */
  claimed?: boolean;
  /** A group that governs the territory it holds (SDF, Houthis): its detentions are arrests. */
  governs?: boolean;
}

export type GenericRole =
  | "protesters"
  | "rioters"
  | "civilians"
  | "armed_group"
  | "communal_militia"
  | "clan_militia"
  | "gang"
  | "private_security";

export interface ActorRegistry {
  /** Non-overlapping actor mentions of one sentence, left to right (longest phrase first). */
  mentions(tokens: Token[], locale?: "en" | "fr", date?: string | null): ActorMention[];
  stateForce(
    country: string,
    branch: Branch,
    date: string | null,
    unit?: string | null,
  ): { name: string; inter: number };
  foreignForce(country: string, date: string | null): { name: string; inter: number };
  /** The state whose forces serve in a territory ("Mayotte": "France"), or null. */
  sovereign(country: string): string | null;
  generic(role: GenericRole, country: string): { name: string; inter: number };
  ethnicMilitia(ethnicity: string, country: string): { name: string; inter: number };
  ethnicGroup(ethnicity: string, country: string): string;
  /** "Farmers (Mali)". */
  socialGroup(label: string, country: string): string;
  /** The UN/AU mission deployed in a country on a date (MINUSMA in Mali 2013-2023), or null. */
  missionFor(country: string, date: string | null): { name: string; inter: number } | null;
  demonym(word: string, locale?: "en" | "fr"): string | null;
  /** "Mali", "DRC", "the Democratic Republic of Congo", "Côte d'Ivoire" -> ACLED country name. */
  countryOf(text: string): string | null;
  /** A named group by any alias ("ISWAP", "al-Shabab") -> its ACLED name and inter code. */
  groupOf(text: string): { name: string; inter: number } | null;
  /** A group named without its branch, as the branch of a country on a date ("Islamic State" in
   * Afghanistan is the Islamic State Khorasan Province); other names unchanged. */
  /** The group as ACLED names it in the event's country and time: its regional branch ("Islamic State" in
   * Nigeria), or the state it became ("Taliban" after August 2021), with that name's inter code. */
  branchOf(
    group: { name: string; inter: number },
    country: string | null,
    date: string | null,
  ): { name: string; inter: number };
  /** A group named by one of its local aliases ("Platform", "National Resistance": plain words elsewhere)
   * in a story about another country: no mention of the group. */
  foreignAlias(m: ActorMention, country: string | null): boolean;
  localStateAlias(m: ActorMention, country: string | null): ActorMention;
}

interface BranchRule {
  countries: string[];
  name: string;
  /** The inter code of the branch when it differs from the group's (a group that became the state). */
  inter?: number;
  from?: string;
  until?: string;
}

/**
 * "an off-duty policeman", "a retired soldier", "a former minister", "peacekeepers on leave":
 * civilians, as ACLED codes them; "the policeman" told again in the sentence is the same person.
 */
/** Feminine nouns that "armée(s)" qualifies as an adjective ("une attaque armée", "des bandes armées"). */
const ARMED_NOUNS_FR = new Set([
  "attaque",
  "attaques",
  "bande",
  "bandes",
  "coalition",
  "coalitions",
  "agression",
  "agressions",
  "main",
  "branche",
  "incursion",
  "incursions",
  "opposition",
  "rebellion",
  "milice",
  "milices",
  "faction",
  "factions",
  "violence",
  "violences",
  "embuscade",
  "expedition",
  "intervention",
  "escorte",
]);

/** "une attaque armée du gang Gran Grif": "armée" after such a noun is "armed", no army. */
function armedAdjective(m: ActorMention, tokens: Token[]): boolean {
  if (m.role !== "military" || !/^armées?$/iu.test(m.text)) return false;
  const k = tokens.findIndex((t) => t.start === m.start);
  return k > 0 && ARMED_NOUNS_FR.has(tokens[k - 1].norm);
}

/** "a military court", "a police hospital", "le tribunal militaire": a force's word qualifying an
 * institution's noun, right after it or (French) right before it, is no side. */
function ofInstitution(m: ActorMention, tokens: Token[], words: ReadonlySet<string>): boolean {
  if (m.role !== "military" && m.role !== "police") return false;
  if (/\s/u.test(m.text)) return false;
  const end = tokenEndingAt(tokens, m.end);
  if (end < 0) return false;
  return words.has(tokens[end + 1]?.norm ?? "") || words.has(tokens[end - 1]?.norm ?? "");
}

/** "dans l'État de Borno", "in the State of Mexico": a state named as a region, no government. */
function stateOfPlace(m: ActorMention, tokens: Token[]): boolean {
  if (m.role !== "government" || !/(?:^|\s|')(?:état|etat|state)$/iu.test(m.text)) return false;
  const end = tokenEndingAt(tokens, m.end);
  if (end < 0) return false;
  const next = tokens[end + 1]?.norm ?? "";
  const k = next === "d'" || next === "de" || next === "du" || next === "of" ? end + 2 : -1;
  return k > 0 && !!tokens[k]?.cap;
}

function offDuty(ms: ActorMention[], words: ReadonlySet<string>, tokens: Token[]): ActorMention[] {
  const heads = new Set<string>();
  for (const m of ms) {
    if (m.role !== "military" && m.role !== "police" && m.role !== "government" && m.role !== "external")
      continue;
    const ws = m.text.toLowerCase().split(/\s+/);
    const head = ws[ws.length - 1].replace(/s$/, "");
    const end = tokenEndingAt(tokens, m.end);
    const after = end >= 0 ? `${tokens[end + 1]?.norm ?? ""} ${tokens[end + 2]?.norm ?? ""}` : "";
    if (ws.some((w) => words.has(w)) || words.has(after) || heads.has(head)) {
      m.role = "civilians";
      heads.add(head);
    }
  }
  return ms;
}

/** Index of the token starting at `offset` (-1 if none). */
function tokenStartingAt(tokens: Token[], offset: number): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].start === offset) return i;
  return -1;
}

/** Index of the token ending at `offset` (-1 if none). */
function tokenEndingAt(tokens: Token[], offset: number): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].end === offset) return i;
  return -1;
}

/** The initials of a name's words ("Ambazonia Defence Forces" → "ADF"), small words left out or not. */
function acronymOf(name: string, abbr: string): boolean {
  const a = abbr.replace(/[^\p{L}]/gu, "").toUpperCase();
  if (a.length < 2) return false;
  const words = name.split(/[\s-]+/u).filter((w) => /^\p{L}/u.test(w));
  const all = words.map((w) => w[0].toUpperCase()).join("");
  const capitals = words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
  return a === all || a === capitals;
}

/**
 * "Katiba Macina (JNIM) militants": a unit with its parent group in brackets is one actor, coded as
 * the parent (as ACLED does); the generic head after the brackets belongs to it. So is a group named
 * with its own acronym in brackets ("Allied Democratic Forces (ADF) rebels").
 */
function parentInBrackets(tokens: Token[], ms: ActorMention[]): ActorMention[] {
  if (ms.length < 2) return ms;
  const out: ActorMention[] = [];
  for (let i = 0; i < ms.length; i++) {
    const unit = ms[i];
    const parent = ms[i + 1];
    // ("Allied Democratic Forces (ADF) rebels": a group with its own acronym in brackets is one too)
    if (unit.group && parent?.group) {
      const u = tokenStartingAt(tokens, unit.start);
      const p = tokenStartingAt(tokens, parent.start);
      const close = tokens[tokenEndingAt(tokens, parent.end) + 1];
      if (
        u >= 0 &&
        p >= 0 &&
        tokens[p - 1]?.text === "(" &&
        close?.text === ")" &&
        tokens[p - 1].start >= unit.end
      ) {
        const head = ms[i + 2];
        const joined = head && !head.group && head.start - close.end <= 1 && head.role === "armed_group";
        const end = joined ? head.end : close.end;
        const same = unit.group.name === parent.group.name;
        // ("the self-styled Ambazonia Defence Forces (ADF)": brackets that spell the name just given are
        // its own acronym, whatever other group that acronym names elsewhere)
        if (!same && acronymOf(unit.text, parent.text)) {
          out.push({ ...unit, end: close.end, text: `${unit.text} (${parent.text})` });
          i += 1;
          continue;
        }
        out.push({
          ...parent,
          ...(same ? {} : { unitOf: unit.group.name }),
          start: unit.start,
          end,
          text: `${unit.text} (${parent.text})${joined ? ` ${head.text}` : ""}`,
        });
        i += joined ? 2 : 1;
        continue;
      }
    }
    out.push(unit);
  }
  return out;
}

/** "Islamic State-linked insurgents", "JNIM-affiliated fighters": a group's fighters, named as its own. */
const LINK_SUFFIX = /^(.+?)-(?:linked|affiliated|allied)$/iu;

/** Tokens with a link suffix cut off their group's name ("State-linked" read as "State"; offsets kept). */
function withoutLinkSuffix(tokens: Token[]): Token[] {
  if (
    !tokens.some(
      (t) => (t.text.length > 8 && t.text.includes("-") && LINK_SUFFIX.test(t.text)) || possessive(t),
    )
  )
    return tokens;
  return tokens.map((t) => {
    // ("Islamic State's local affiliate": the group named with a possessive)
    const m = t.text.includes("-")
      ? LINK_SUFFIX.exec(t.text)
      : possessive(t)
        ? [t.text, t.text.slice(0, -2)]
        : null;
    if (!m) return t;
    const text = m[1];
    // (a literal in tokenize's key order, not a spread: a clone that overwrites fields deprecates the
    // token shape, and every optimised function reading tokens is thrown away once)
    return { start: t.start, end: t.start + text.length, text, norm: foldKey(text), cap: t.cap, num: t.num };
  });
}

/** A capitalised word with a possessive "'s" ("State's", "Shabaab's"). */
// (not "People's", part of many groups' own names: "New People's Army", "People's Defense Force")
const possessive = (t: Token) =>
  t.cap && t.text.length > 3 && /['’]s$/u.test(t.text) && !/^people/iu.test(t.text);

/** ACLED interaction code: the two inter codes, lower first (6,1 -> 16; 6,null -> 60). */
export function interaction(inter1: number | null, inter2: number | null): number | null {
  const a = inter1 || 0;
  const b = inter2 || 0;
  if (!a && !b) return null;
  if (!a || !b) return (a || b) * 10;
  return Math.min(a, b) * 10 + Math.max(a, b);
}

const GENERIC: Record<GenericRole, [string, number]> = {
  protesters: ["Protesters", 6],
  rioters: ["Rioters", 5],
  civilians: ["Civilians", 7],
  // ACLED codes unidentified armed groups as political militias (3), as the dev gold confirms
  armed_group: ["Unidentified Armed Group", 3],
  communal_militia: ["Unidentified Communal Militia", 4],
  // (Somalia, Ethiopia's Somali region, Lebanon: communities organised as clans)
  clan_militia: ["Unidentified Clan Militia", 4],
  gang: ["Unidentified Gang", 3],
  private_security: ["Private Security Forces", 8],
};

/** Country words the countries file leaves out or reads differently in conflict reporting. */
const COUNTRY_OVERRIDES: Record<string, string> = {
  congo: "Democratic Republic of Congo",
  "eastern congo": "Democratic Republic of Congo",
  "dr congo": "Democratic Republic of Congo",
  "democratic republic of congo": "Democratic Republic of Congo",
  "the democratic republic of the congo": "Democratic Republic of Congo",
  "congo-brazzaville": "Republic of Congo",
  "republic of the congo": "Republic of Congo",
  "cote d'ivoire": "Ivory Coast",
  "the ivory coast": "Ivory Coast",
  "hong kong": "China",
  burma: "Myanmar",
  "west bank": "Palestine",
  gaza: "Palestine",
  "gaza strip": "Palestine",
  "the gambia": "Gambia",
  "u.s.": "United States",
  "u.k.": "United Kingdom",
  "the us": "United States",
  "the u.s.": "United States",
  "the uk": "United Kingdom",
};

class Registry implements ActorRegistry {
  private forces: StateForceTable;
  private groups: GroupsFile;
  private identities = new Map<string, IdentityDef>();
  private countryKeys = new Map<string, string>();
  private groupKeys = new Map<string, { name: string; inter: number }>();
  /** Groups with aliases that name them only in their own countries. */
  private localGroups = new Map<string, GroupDef>();
  private demonyms = new Map<string, Map<string, string>>();
  private matchers = new Map<string, PhraseMatcher<Entry>>();
  /** Word lists of actors.json by locale and field: offDuty ("off-duty", "retired", "former": soldiers,
   * police or officials who are civilians), institutions, falseFriends, negativePronouns, negations. */
  private wordLists = new Map<string, ReadonlySet<string>>();
  private actorWords(
    locale: "en" | "fr",
    field: "offDuty" | "institutions" | "falseFriends" | "negativePronouns" | "negations",
  ): ReadonlySet<string> {
    const key = `${locale}|${field}`;
    let w = this.wordLists.get(key);
    if (!w) {
      w = new Set(readLocaleJson<ActorsLexiconFile>(locale, "actors.json")[field] ?? []);
      this.wordLists.set(key, w);
    }
    return w;
  }
  private countries: CountryRow[];
  private ethnic: EthnicFile;
  private branches: Record<string, BranchRule[]>;

  constructor() {
    this.forces = new StateForceTable(readDataJson<StateForcesFile>("knowledge", "state-forces.json"));
    this.groups = readDataJson<GroupsFile>("knowledge", "groups.json");
    this.ethnic = readDataJson<EthnicFile>("knowledge", "ethnic.json");
    this.branches = readDataJson<{ branches: Record<string, BranchRule[]> }>(
      "knowledge",
      "branches.json",
    ).branches;
    this.countries = readDataJson<CountryRow[]>("countries.json");
    for (const id of this.ethnic.identities) {
      this.identities.set(foldKey(id.name), id);
      for (const a of id.aliases) if (!this.identities.has(foldKey(a))) this.identities.set(foldKey(a), id);
    }
    for (const c of this.countries) {
      for (const n of [c.name, ...c.aliases]) this.countryKeys.set(foldKey(n), c.name);
      this.countryKeys.set(foldKey(c.iso3), c.name);
    }
    for (const [k, v] of Object.entries(COUNTRY_OVERRIDES)) this.countryKeys.set(k, v);
    for (const g of this.groups.groups) {
      this.groupKeys.set(foldKey(g.name), g);
      for (const a of [...g.aliases, ...(g.localAliases ?? [])])
        if (!this.groupKeys.has(foldKey(a))) this.groupKeys.set(foldKey(a), g);
      if (g.localAliases) this.localGroups.set(g.name, g);
    }
    for (const ms of this.groups.missions)
      for (const a of [ms.name, ...ms.aliases]) this.groupKeys.set(foldKey(a), ms);
  }

  private lexicon(locale: "en" | "fr"): PhraseMatcher<Entry> {
    const hit = this.matchers.get(locale);
    if (hit) return hit;
    const m = compileMentionLexicon({
      actors: readLocaleJson<ActorsLexiconFile>(locale, "actors.json"),
      demonyms: readLocaleJson<DemonymsFile>(locale, "demonyms.json"),
      groups: this.groups,
      identities: this.ethnic.identities,
      countries: this.countries,
      capitalised: locale === "en",
    });
    this.matchers.set(locale, m);
    return m;
  }

  private demonymTable(locale: "en" | "fr"): Map<string, string> {
    let t = this.demonyms.get(locale);
    if (!t) {
      t = new Map();
      for (const [w, c] of Object.entries(readLocaleJson<DemonymsFile>(locale, "demonyms.json").demonyms))
        t.set(foldKey(w), c);
      this.demonyms.set(locale, t);
    }
    return t;
  }

  // Made once, not per sentence.
  private readonly missionOf = (c: string, d: string | null) => this.mission(c, d);
  private readonly combined = (a: string, b: string) => this.combine(a, b);

  mentions(tokens: Token[], locale: "en" | "fr" = "en", date: string | null = null): ActorMention[] {
    tokens = withoutLinkSuffix(tokens);
    const found = offDuty(
      parentInBrackets(
        tokens,
        findMentions(tokens, this.lexicon(locale), {
          date,
          missionFor: this.missionOf,
          combine: this.combined,
        }),
      ),
      this.actorWords(locale, "offDuty"),
      tokens,
    );
    const institutions = this.actorWords(locale, "institutions");
    const friends = this.actorWords(locale, "falseFriends");
    const nobody = this.actorWords(locale, "negativePronouns");
    const negations = this.actorWords(locale, "negations");
    const kept = found.filter(
      (m) =>
        !ofInstitution(m, tokens, institutions) &&
        !stateOfPlace(m, tokens) &&
        // ("Le nombre de blessés reste élevé": an adjective, no pupils)
        !(friends.size && friends.has(m.text.toLowerCase())) &&
        // ("personne n'a été blessé": nobody)
        !(nobody.has(m.text.toLowerCase()) && negations.has(tokenAfter(tokens, m.end)?.norm ?? "")),
    );
    return locale === "fr" ? kept.filter((m) => !armedAdjective(m, tokens)) : kept;
  }

  private canonical(country: string): string {
    // (the gendarmes of New Caledonia or Mayotte are France's)
    const sovereign = this.forces.sovereign(country);
    if (sovereign) return sovereign;
    return this.forces.has(country) ? country : (this.countryOf(country) ?? country);
  }

  stateForce(country: string, branch: Branch, date: string | null, unit?: string | null) {
    return { name: this.forces.name(this.canonical(country), branch, date, unit ?? null), inter: 1 };
  }

  sovereign(country: string): string | null {
    return this.forces.sovereign(country);
  }

  foreignForce(country: string, date: string | null) {
    return { name: this.forces.name(this.canonical(country), "military", date), inter: 8 };
  }

  generic(role: GenericRole, country: string) {
    const [label, inter] = GENERIC[role];
    return { name: `${label} (${country})`, inter };
  }

  private identity(ethnicity: string): { name: string; kind: string } {
    return this.identities.get(foldKey(ethnicity)) ?? { name: ethnicity, kind: "Ethnic" };
  }

  ethnicMilitia(ethnicity: string, country: string) {
    const id = this.identity(ethnicity);
    return { name: `${id.name}${id.kind ? ` ${id.kind}` : ""} Militia (${country})`, inter: 4 };
  }

  ethnicGroup(ethnicity: string, country: string): string {
    const id = this.identity(ethnicity);
    return `${id.name}${id.kind ? ` ${id.kind}` : ""} Group (${country})`;
  }

  socialGroup(label: string, country: string): string {
    return `${label} (${country})`;
  }

  private mission(country: string, date: string | null): MissionDef | null {
    const c = this.canonical(country);
    const d = date ?? "9999-12-31";
    const live = this.groups.missions
      .filter(
        (m) => m.countries.includes(c) && (date === null || (d >= m.from && (m.to === null || d <= m.to))),
      )
      .sort((a, b) => a.countries.length - b.countries.length || b.from.localeCompare(a.from));
    return live[0] ?? null;
  }

  /** ACLED's joint name for "A or B" ("JNIM: ... and/or Islamic State (Greater Sahara)"), in ACLED's order. */
  private combine(a: string, b: string): string {
    for (const [x, y] of this.groups.combinations ?? [])
      if ((x === a && y === b) || (x === b && y === a)) return `${x} and/or ${y}`;
    return `${a} and/or ${b}`;
  }

  missionFor(country: string, date: string | null) {
    const m = this.mission(country, date);
    return m ? { name: m.name, inter: m.inter } : null;
  }

  demonym(word: string, locale: "en" | "fr" = "en"): string | null {
    return this.demonymTable(locale).get(foldKey(word.trim())) ?? null;
  }

  countryOf(text: string): string | null {
    const k = foldKey(text.trim()).replace(/['’]s$/, "");
    return this.countryKeys.get(k) ?? this.countryKeys.get(k.replace(/^the /, "")) ?? null;
  }

  groupOf(text: string): { name: string; inter: number } | null {
    const g = this.groupKeys.get(foldKey(text.trim()));
    return g ? { name: g.name, inter: g.inter } : null;
  }

  branchOf(group: { name: string; inter: number }, country: string | null, date: string | null) {
    const rules = this.branches[group.name];
    if (!rules || !country) return group;
    for (const r of rules) {
      if (!r.countries.includes(country)) continue;
      if (date && ((r.from && date < r.from) || (r.until && date >= r.until))) continue;
      return { name: r.name, inter: r.inter ?? group.inter };
    }
    return group;
  }

  /**
   * An acronym two countries' forces share ("ANP": Afghan police, Algeria's army): in an article of the
   * other country, its forces.
   */
  localStateAlias(m: ActorMention, country: string | null): ActorMention {
    if (!country || !m.country || m.country === country || m.group) return m;
    const words = (x: string) =>
      foldKey(x)
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
    const said = ` ${words(m.text)} `;
    const named = (d: StateAliasDef) => d.aliases.find((a) => said.includes(` ${words(a)} `));
    const own = this.groups.stateAliases.find((d) => d.country === m.country && named(d));
    const shared = own && named(own);
    if (!shared) return m;
    const local = this.groups.stateAliases.find(
      (d) => d.country === country && d.aliases.some((a) => foldKey(a) === foldKey(shared)),
    );
    if (!local) {
      // ("SNA" in a Syrian story: the Syrian National Army, a group that uses the acronym there)
      const g = this.groups.groups.find(
        (x) =>
          x.countries?.includes(country) && x.sharedAcronyms?.some((a) => foldKey(a) === foldKey(shared)),
      );
      // ("the Special Task Force (STF)" in an Indian story: a unit's name another country's forces also use,
      // with that country not named, is the story's country's forces of the same branch)
      // (a police unit's name of several words only, not a national acronym: "UPDF" in Congo is Uganda's army)
      if (!g) {
        const foreign = foldKey(m.country).split(/\s+/u)[0];
        if (
          own.branch !== "police" ||
          !shared.includes(" ") ||
          words(m.text)
            .split(" ")
            .some((w) => w.startsWith(foreign))
        )
          return m;
        return { ...m, country, countries: [country], role: own.branch, unit: undefined };
      }
      return {
        ...m,
        role: roleOfGroup(g),
        country,
        countries: [country],
        unit: undefined,
        group: groupRef(g),
      };
    }
    return { ...m, country, countries: [country], role: local.branch, unit: local.unit ?? undefined };
  }

  foreignAlias(m: ActorMention, country: string | null): boolean {
    if (!m.group || !country) return false;
    const g = this.localGroups.get(m.group.name);
    if (!g?.localAliases || g.countries?.includes(country)) return false;
    // (named by a local alias when none of its other names is said: "the opposition Platform")
    const said = ` ${foldKey(m.text)} `;
    return ![g.name, ...g.aliases].some((a) => said.includes(` ${foldKey(a)} `));
  }
}

let singleton: Registry | null = null;

/** The registry, compiled once per process (synchronous; lexicons compile on first use per locale). */
export function loadActorRegistry(): ActorRegistry {
  singleton ??= new Registry();
  return singleton;
}

/** The first token that starts at or after `end` (a character offset). */
function tokenAfter(tokens: Token[], end: number): Token | undefined {
  return tokens.find((t) => t.start >= end);
}
