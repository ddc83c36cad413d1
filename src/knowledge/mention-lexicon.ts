import { PhraseMatcher } from "../text/phrase-matcher.js";
import type { Token } from "../text/tokens.js";
import type {
  ActorsLexiconFile,
  Branch,
  CueDef,
  DemonymsFile,
  GroupDef,
  GroupsFile,
  IdentityDef,
  MissionDef,
} from "./data-types.js";

/** What one phrase of the compiled actor lexicon stands for. */
export type Piece =
  | { k: "det" }
  | { k: "mod" }
  | { k: "link" }
  | { k: "join" }
  | { k: "cue"; cue: CueDef }
  | { k: "dem"; country: string }
  | { k: "country"; country: string }
  | { k: "eth"; name: string }
  | { k: "group"; group: GroupDef }
  | { k: "state"; country: string | null; branch: Branch; unit: string | null }
  | { k: "ext"; country: string }
  | { k: "mission"; mission: MissionDef };

/** A piece plus the casing its alias demands. */
export interface Entry {
  piece: Piece;
  /** Alias written in capitals only ("IS", "CMA"): the text must be in capitals too. */
  upper: boolean;
  /** The text must start with a capital (English demonyms and country names). */
  cap: boolean;
  /** Alias with a capital inside a word ("LeT", "JeM"): the text must have one too, so "Let her speak" is
   * no group. */
  inner: boolean;
}

/** A capital right after a lower-case letter inside a word. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

const LOWER = /\p{Ll}/u;

/** Spelling variants of an alias: hyphens as spaces or dropped, apostrophes dropped. */
export function variants(alias: string): string[] {
  const out = new Set([alias]);
  if (alias.includes("-")) {
    out.add(alias.replace(/-/g, " "));
    out.add(alias.replace(/-/g, ""));
  }
  for (const v of [...out]) if (/['’]/.test(v)) out.add(v.replace(/['’]/g, ""));
  return [...out];
}

function addAlias(m: PhraseMatcher<Entry>, alias: string, piece: Piece, cap = false, elide = false): void {
  const upper = !LOWER.test(alias) && /\p{Lu}/u.test(alias);
  const inner = INNER_CAPITAL.test(alias);
  for (const v of variants(alias)) {
    m.add(v, { piece, upper, cap, inner });
    // French elision glues the article to the name: "l'EIGS", "d'AQMI", "l'Etat islamique"
    if (elide && /^\p{L}/u.test(v))
      for (const el of ["l'", "d'"]) m.add(el + v, { piece, upper: false, cap: false, inner: false });
  }
}

export interface LexiconSources {
  actors: ActorsLexiconFile;
  demonyms: DemonymsFile;
  groups: GroupsFile;
  identities: IdentityDef[];
  countries: Array<{ name: string; aliases: string[] }>;
  /** English demonyms and country names must be capitalised. */
  capitalised: boolean;
}

/** Compile every actor phrase of one locale into a single trie: one walk per sentence. */
export function compileMentionLexicon(src: LexiconSources): PhraseMatcher<Entry> {
  const m = new PhraseMatcher<Entry>();
  for (const p of src.actors.determiners)
    m.add(p, { piece: { k: "det" }, upper: false, cap: false, inner: false });
  for (const p of src.actors.modifiers)
    m.add(p, { piece: { k: "mod" }, upper: false, cap: false, inner: false });
  for (const p of src.actors.links)
    m.add(p, { piece: { k: "link" }, upper: false, cap: false, inner: false });
  for (const p of src.actors.joins)
    m.add(p, { piece: { k: "join" }, upper: false, cap: false, inner: false });
  for (const cue of src.actors.cues) for (const p of cue.phrases) addAlias(m, p, { k: "cue", cue });
  for (const [word, country] of Object.entries(src.demonyms.demonyms))
    addAlias(m, word, { k: "dem", country }, src.capitalised);
  for (const c of src.countries)
    for (const n of [c.name, ...c.aliases]) {
      if (n.length < 3 && !/^\p{Lu}+$/u.test(n)) continue;
      addAlias(m, n, { k: "country", country: c.name }, true);
      addAlias(m, `${n}'s`, { k: "country", country: c.name }, true);
    }
  for (const id of src.identities) for (const a of id.aliases) addAlias(m, a, { k: "eth", name: id.name });
  for (const g of src.groups.groups) {
    for (const a of [...g.aliases, ...(g.localAliases ?? [])])
      addAlias(m, a, { k: "group", group: g }, false, true);
    // (a coder's note may write the group's ACLED name: "Islamic State (Mozambique) militants")
    if (/[(:]/u.test(g.name) && !g.aliases.includes(g.name))
      addAlias(m, g.name, { k: "group", group: g }, false, true);
  }
  for (const s of src.groups.stateAliases)
    for (const a of s.aliases)
      addAlias(m, a, { k: "state", country: s.country, branch: s.branch, unit: s.unit ?? null }, false, true);
  for (const e of src.groups.external)
    for (const a of e.aliases) addAlias(m, a, { k: "ext", country: e.country }, false, true);
  for (const ms of src.groups.missions)
    for (const a of ms.aliases) addAlias(m, a, { k: "mission", mission: ms }, false, true);
  return m;
}

/** Does the matched text satisfy the casing the alias demands? */
export function casingOk(e: Entry, tokens: Token[], first: number, last: number): boolean {
  if (e.upper) {
    for (let i = first; i <= last; i++) if (LOWER.test(tokens[i].text.replace(/['’]s$/, ""))) return false;
  }
  if (e.cap && !tokens[first].cap) return false;
  if (e.inner) {
    let inner = false;
    for (let i = first; i <= last && !inner; i++) inner = INNER_CAPITAL.test(tokens[i].text);
    if (!inner) return false;
  }
  return true;
}
