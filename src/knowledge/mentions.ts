import type { PhraseMatcher } from "../text/phrase-matcher.js";
import type { Token } from "../text/tokens.js";
import type { ActorMention, ActorRole } from "./actor-registry.js";
import type { CueDef, GroupDef, MissionDef } from "./data-types.js";
import { casingOk, type Entry, type Piece } from "./mention-lexicon.js";

/** A run of tokens matched by the lexicon, with every reading of that run. */
interface Slot {
  first: number;
  last: number;
  pieces: Piece[];
}

// The slot tests below run many times per sentence: plain loops, no callback made on each call.
function has(s: Slot | undefined, k: Piece["k"]): boolean {
  if (!s) return false;
  for (const p of s.pieces) if (p.k === k) return true;
  return false;
}
function get<K extends Piece["k"]>(s: Slot, k: K): Extract<Piece, { k: K }> | undefined {
  for (const p of s.pieces) if (p.k === k) return p as Extract<Piece, { k: K }>;
  return undefined;
}
const STRONG: Array<Piece["k"]> = ["group", "state", "ext", "mission"];
const QUAL: Array<Piece["k"]> = ["group", "state", "ext", "mission", "eth", "dem", "country"];
/** Some piece of the slot is of one of these kinds. */
function hasAnyOf(s: Slot | undefined, ks: Array<Piece["k"]>): boolean {
  if (!s) return false;
  for (const p of s.pieces) if (ks.includes(p.k)) return true;
  return false;
}
const isStrong = (s: Slot | undefined) => hasAnyOf(s, STRONG);
const isQual = (s: Slot | undefined) => hasAnyOf(s, QUAL);
/** (module-level callbacks: an arrow written in place is a new function object on every call) */
const strongPiece = (p: Piece) => STRONG.includes(p.k);
const qualPiece = (p: Piece) => QUAL.includes(p.k);
const ethPiece = (p: Piece) => p.k === "eth";
function onlyOf(s: Slot | undefined, ks: Array<Piece["k"]>): boolean {
  if (!s) return false;
  for (const p of s.pieces) if (!ks.includes(p.k)) return false;
  return true;
}
const DET_MOD: Array<Piece["k"]> = ["det", "mod"];

/** Longest match at each token, left to right, keeping all readings of the chosen run. */
function slotsOf(tokens: Token[], matcher: PhraseMatcher<Entry>): Slot[] {
  const byStart = new Map<number, { last: number; pieces: Piece[] }>();
  for (const m of matcher.matchAll(tokens)) {
    if (!casingOk(m.value, tokens, m.first, m.last)) continue;
    const cur = byStart.get(m.first);
    if (!cur || m.last > cur.last) byStart.set(m.first, { last: m.last, pieces: [m.value.piece] });
    else if (m.last === cur.last) cur.pieces.push(m.value.piece);
  }
  const out: Slot[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = byStart.get(i);
    if (hit) {
      out.push({ first: i, last: hit.last, pieces: hit.pieces });
      i = hit.last + 1;
    } else i++;
  }
  return out;
}

interface Parsed {
  from: number; // slot index of the first slot in the mention
  to: number; // slot index of the last slot in the mention
  head: CueDef | null;
  quals: Piece[];
  /** Two groups joined by "or" / "and/or": ACLED's joint actor. */
  alternative: boolean;
  /** A plural demonym standing alone ("Palestinians", "Malians"): people of that country. */
  people?: boolean;
  /** "Tiv and Jukun militias": the slot of the second of two identities joined by "and"; each names
   * its own community's men, two mentions. */
  second?: number;
  /** "des jeunes Imbonerakure": a group named after the people's noun, whose members they are. */
  members?: boolean;
}

/** Slot b starts right after slot a (no word between them). */
function adjacent(slots: Slot[], a: number, b: number): boolean {
  return b < slots.length && a >= 0 && slots[b].first === slots[a].last + 1;
}

/**
 * Post-modifiers and adjectives from slot k on (French order: "soldats maliens", "civils peuls", "FDS
 * burkinabè"): their demonyms and identities join `quals`. Returns the slot after the last one taken.
 */
function postAdjectives(slots: Slot[], k: number, quals: Piece[]): number {
  while (
    k < slots.length &&
    adjacent(slots, k - 1, k) &&
    (has(slots[k], "mod") || has(slots[k], "dem") || has(slots[k], "eth")) &&
    !isStrong(slots[k]) &&
    !has(slots[k], "cue")
  ) {
    const q = get(slots[k], "dem") ?? get(slots[k], "eth");
    if (q) quals.push(q);
    k++;
  }
  return k;
}

/** Parse actor phrases over the slots: [mods] [qualifiers joined by and/,] [head cue] [post mods/demonyms] [link qualifier]. */
function parse(slots: Slot[], tokens: Token[]): Parsed[] {
  const out: Parsed[] = [];
  let j = 0;
  while (j < slots.length) {
    let k = j;
    // determiners ("the", "dozens of") are skipped, never part of the span
    while (k < slots.length && onlyOf(slots[k], DET_MOD) && has(slots[k], "det") && adjacent(slots, k, k + 1))
      k++;
    const start = k;
    const ps: PhraseScan = {
      k,
      quals: [],
      head: null,
      last: -1,
      lastKind: null,
      alternative: false,
      second: undefined,
    };
    headAndQualifiers(slots, tokens, ps, start);
    if (ps.head || ps.quals.some(strongPiece)) {
      const after = postAdjectives(slots, ps.k, ps.quals);
      if (after > ps.k) ps.last = after - 1;
      ps.k = after;
    }
    if (ps.head) linkedQualifier(slots, tokens, ps);
    const postGroup = groupAfterHead(slots, ps);
    const { quals, head, last, alternative, second } = ps;
    k = ps.k;
    const strong = quals.some(strongPiece);
    const eth = quals.some(ethPiece);
    // "clashes between Palestinians and Israeli forces": a plural demonym alone names that country's people
    const people =
      !head &&
      !strong &&
      !eth &&
      quals.length === 1 &&
      quals[0].k === "dem" &&
      last === start &&
      slots[start].first === slots[start].last &&
      /\p{Ll}s$/u.test(tokens[slots[start].first].text) &&
      // (a people is written with a capital: "les Congolais"; "l'Alliance pour le renouveau congolais"
      // holds an adjective)
      /^\p{Lu}/u.test(tokens[slots[start].first].text);
    if (last >= start && (head || strong || eth || people)) {
      out.push({
        from: start,
        to: last,
        head,
        quals,
        alternative,
        people,
        second,
        members: postGroup || undefined,
      });
      j = last + 1;
    } else j = Math.max(j + 1, k > j && k === start ? k : j + 1);
  }
  return out;
}

/** Where the parse of one actor phrase stands: its next slot, qualifiers, head word and last slot. */
interface PhraseScan {
  k: number;
  quals: Piece[];
  head: CueDef | null;
  last: number;
  lastKind: Piece["k"] | null;
  alternative: boolean;
  second: number | undefined;
}

/** The qualifiers ("French and Malian", "JNIM") and head word ("troops") of a phrase from slot `start`. */
function headAndQualifiers(slots: Slot[], tokens: Token[], ps: PhraseScan, start: number): void {
  for (; ps.k < slots.length; ps.k++) {
    if (ps.k > start && !adjacent(slots, ps.k - 1, ps.k)) break;
    const s = slots[ps.k];
    if (isQual(s) && !(has(s, "cue") && !isStrong(s) && !has(s, "eth"))) {
      const q = s.pieces.find(strongPiece) ?? s.pieces.find(qualPiece) ?? s.pieces[0];
      ps.quals.push(q);
      // a slot that is both an identity and a head word ("dozos") closes the phrase as its head
      const cue = get(s, "cue");
      if (cue && !isStrong(s)) {
        ps.head = cue.cue;
        ps.last = ps.k;
        ps.k++;
        break;
      }
      ps.last = ps.k;
      ps.lastKind = q.k;
      // "French and Malian troops": join only qualifiers of the same kind
      if (
        has(slots[ps.k + 1], "join") &&
        adjacent(slots, ps.k, ps.k + 1) &&
        adjacent(slots, ps.k + 1, ps.k + 2)
      ) {
        const nxt = slots[ps.k + 2];
        if (nxt.pieces.some((p) => p.k === ps.lastKind)) {
          // "or", "ou", "and/or" (three tokens: "and", "/", "or")
          const sl = slots[ps.k + 1];
          const ws = tokens.slice(sl.first, sl.last + 1).map((t) => t.norm);
          if (ps.lastKind === "group" && ws.some((w) => w === "or" || w === "and/or" || w === "ou"))
            ps.alternative = true;
          else if (
            (ps.lastKind === "eth" || ps.lastKind === "group") &&
            ps.second === undefined &&
            ws.length === 1
          )
            ps.second = ps.k + 2;
          ps.k++;
        }
      }
      continue;
    }
    if (has(s, "cue")) {
      ps.head = (get(s, "cue") as Extract<Piece, { k: "cue" }>).cue;
      ps.last = ps.k;
      ps.k++;
      break;
    }
    if (has(s, "mod") && !has(s, "link") && !has(s, "join")) continue;
    break;
  }
}

/** "soldiers of the Malian army", "militants from the Islamic State": a qualifier linked after the head. */
function linkedQualifier(slots: Slot[], tokens: Token[], ps: PhraseScan): void {
  // "soldiers of the Malian army", "militants from the Islamic State", "troops from Chad"
  if (
    ps.k + 1 < slots.length &&
    has(slots[ps.k], "link") &&
    adjacent(slots, ps.k - 1, ps.k) &&
    adjacent(slots, ps.k, ps.k + 1)
  ) {
    let q = ps.k + 1;
    while (q < slots.length && onlyOf(slots[q], DET_MOD) && adjacent(slots, q, q + 1)) q++;
    const s = slots[q];
    // ("armed youths from the Murle community": a people after "from" names whose men they are; not
    // "a group of Catholic Christians")
    const from = tokens[slots[ps.k].first]?.norm === "from";
    if (s && (isStrong(s) || has(s, "country") || has(s, "dem") || (from && has(s, "eth")))) {
      const piece =
        s.pieces.find(strongPiece) ??
        s.pieces.find((p) => p.k === "country" || p.k === "dem") ??
        s.pieces.find((p) => p.k === "eth");
      if (piece) {
        // "soldiers of the Malian army": a demonym followed by a head word is a qualifier phrase
        ps.quals.push(piece);
        ps.last = q;
        if (piece.k === "dem" && has(slots[q + 1], "cue") && adjacent(slots, q, q + 1)) ps.last = q + 1;
        ps.k = ps.last + 1;
        const after = postAdjectives(slots, ps.k, ps.quals);
        if (after > ps.k) ps.last = after - 1;
        ps.k = after;
      }
    }
  }
}

/** "des rebelles ADF": a group named after the fighters' noun (whether one was). */
function groupAfterHead(slots: Slot[], ps: PhraseScan): boolean {
  // ("des rebelles ADF", "des miliciens CODECO": in French the group's name follows the fighters' noun;
  // "des jeunes Imbonerakure": the young men of a militia)
  if (
    ps.head &&
    (ps.head.role === "armed_group" ||
      ps.head.role === "identity_militia" ||
      (ps.head.role === "civilians" && slots[ps.k] && groupArmed(get(slots[ps.k], "group")))) &&
    !ps.quals.some(strongPiece) &&
    ps.k < slots.length &&
    adjacent(slots, ps.k - 1, ps.k) &&
    has(slots[ps.k], "group") &&
    !has(slots[ps.k], "cue")
  ) {
    const g = get(slots[ps.k], "group");
    if (g) {
      ps.quals.push(g);
      ps.last = ps.k;
      ps.k++;
      return true;
    }
  }
  return false;
}

/** A group piece of an armed militia or rebel group (inter 2 to 4). */
function groupArmed(p: Piece | undefined): boolean {
  return !!p && p.k === "group" && !p.group.unarmed && p.group.inter >= 2 && p.group.inter <= 4;
}

export function roleOfGroup(g: GroupDef): ActorRole {
  if (g.movement) return "protesters";
  if (g.unarmed) return "civilians";
  if (g.inter === 1) return "military";
  if (g.inter === 4) return "identity_militia";
  if (g.inter === 8) return "external";
  return "named_group";
}

/** The group as a mention carries it: its name, inter code and its one country, if it has one. */
export function groupRef(g: GroupDef): { name: string; inter: number; country: string | null } {
  return { name: g.name, inter: g.inter, country: g.countries?.length === 1 ? g.countries[0] : null };
}

export interface MentionOptions {
  missionFor: (country: string, date: string | null) => MissionDef | null;
  date: string | null;
  combine: (a: string, b: string) => string;
}

/** Actor mentions of one sentence: non-overlapping, left to right. */
export function findMentions(
  tokens: Token[],
  matcher: PhraseMatcher<Entry>,
  opt: MentionOptions,
): ActorMention[] {
  const slots = slotsOf(tokens, matcher);
  const out: ActorMention[] = [];
  for (const p of parse(slots, tokens)) {
    const first = tokens[slots[p.from].first];
    const lastTok = tokens[slots[p.to].last];
    // (every field written, the optional ones as undefined, in the order of ActorMention: one object
    // shape for all mentions, whichever fields are set below, so that optimised code reading mentions
    // never meets a shape it has not seen)
    const m: ActorMention = {
      start: first.start,
      end: lastTok.end,
      text: spanText(tokens, slots[p.from].first, slots[p.to].last),
      role: (p.head?.role as ActorRole) ?? (p.people ? "civilians" : "other"),
      country: null,
      ethnicity: p.head?.ethnicity ?? null,
      group: null,
      countries: undefined,
      unit: undefined,
      social: undefined,
      altRole: undefined,
      affiliation: undefined,
      gathering: undefined,
      unspecified: undefined,
      communal: undefined,
      mission: undefined,
      generic: undefined,
      unitOf: undefined,
      pronoun: undefined,
      claimed: undefined,
      governs: undefined,
    };
    const countries: string[] = [];
    for (const q of p.quals)
      if ((q.k === "dem" || q.k === "country") && !countries.includes(q.country)) countries.push(q.country);
    for (const q of p.quals) if (q.k === "eth" && !m.ethnicity) m.ethnicity = q.name;
    const strong = p.quals.find((q) => STRONG.includes(q.k));
    const head = p.head;
    if (strong?.k === "group") {
      const g = strong.group;
      const gc = g.countries?.length === 1 ? g.countries[0] : null;
      const headRole = head?.role as ActorRole | undefined;
      // "a Koglweogo chief", "GATIA's post chief": a group's own chief or member is the group's
      const member =
        headRole === "civilians" && (!!head?.member || !!p.members) && g.inter >= 2 && g.inter <= 4;
      if (
        headRole &&
        (headRole === "protesters" || headRole === "rioters" || headRole === "civilians") &&
        g.inter !== 1 &&
        !member
      ) {
        m.role = headRole;
        if (g.inter !== 2) m.group = { name: g.name, inter: g.inter, country: gc };
      } else {
        m.role = roleOfGroup(g);
        m.group = { name: g.name, inter: g.inter, country: gc };
        if (g.governs) m.governs = true;
        const other = p.quals.find((q) => q.k === "group" && q.group.name !== g.name) as
          | Extract<Piece, { k: "group" }>
          | undefined;
        if (p.alternative && other) m.group.name = opt.combine(g.name, other.group.name);
      }
      if (gc) countries.unshift(gc);
    } else if (strong?.k === "state") {
      m.role = strong.branch;
      if (strong.unit) m.unit = strong.unit;
      if (strong.country) countries.unshift(strong.country);
    } else if (strong?.k === "ext") {
      m.role = "external";
      countries.unshift(strong.country);
    } else if (strong?.k === "mission") {
      m.role = "external";
      m.group = {
        name: strong.mission.name,
        inter: strong.mission.inter,
        country: strong.mission.countries[0] ?? null,
      };
    } else if (head) {
      if (m.ethnicity && (head.role === "armed_group" || head.role === "identity_militia"))
        m.role = "identity_militia";
      if (head.mission) {
        m.role = "external";
        m.mission = true;
        const c = countries[0] ?? null;
        const ms = c ? opt.missionFor(c, opt.date) : null;
        if (ms) m.group = { name: ms.name, inter: ms.inter, country: c };
      }
    }
    if (head?.unit && !m.unit) m.unit = head.unit;
    if (head?.social) m.social = head.social;
    if (head?.affiliation) m.affiliation = true;
    if (head?.gathering) m.gathering = true;
    if (head?.communal) m.communal = true;
    if (head?.unspecified && !strong) m.unspecified = true;
    if (head?.generic && !strong) m.generic = head.generic as ActorMention["generic"];
    if (head?.altRole && !strong) m.altRole = head.altRole as ActorRole;
    const uniq = [...new Set(countries)];
    // ("a missile struck": a weapon alone names nobody; "a Russian missile" names Russia's forces)
    if (head?.needsCountry && !strong && !uniq.length) continue;
    m.country = uniq[0] ?? null;
    if (uniq.length > 1) m.countries = uniq;
    const other = p.second === undefined || strong ? undefined : get(slots[p.second], "eth");
    const g2 = secondGroup(p, slots, strong);
    // "Tiv and Jukun militias": the Tiv's men ("Tiv") and the Jukun's ("Jukun militias")
    if (other && m.ethnicity && other.name !== m.ethnicity)
      splitAtSecond(out, m, p, slots, tokens, { ethnicity: other.name });
    // "ELN and FARC dissidents", "KIA and TNLA fighters": two groups named together are two mentions
    // (allies or foes, as the verb says), not the first group alone
    else if (g2 && m.group)
      splitAtSecond(out, m, p, slots, tokens, {
        role: roleOfGroup(g2),
        group: groupRef(g2),
      });
    else out.push(m);
  }
  return out;
}

/** One mention cut in two at the second qualifier of its phrase: the first named, then the second with its own fields. */
function splitAtSecond(
  out: ActorMention[],
  m: ActorMention,
  p: Parsed,
  slots: Slot[],
  tokens: Token[],
  second: Partial<ActorMention>,
): void {
  const cut = slots[p.second as number];
  const lastOfFirst = slots[(p.second as number) - 2].last;
  out.push({ ...m, end: tokens[lastOfFirst].end, text: spanText(tokens, slots[p.from].first, lastOfFirst) });
  out.push({
    ...m,
    start: tokens[cut.first].start,
    text: spanText(tokens, cut.first, slots[p.to].last),
    ...second,
  });
}

/** The group named after "and" in a mention that opens with another group ("ELN and FARC dissidents"). */
function secondGroup(p: Parsed, slots: Slot[], strong: Piece | undefined): GroupDef | null {
  if (p.second === undefined || p.alternative || strong?.k !== "group") return null;
  const g = get(slots[p.second], "group");
  return g && g.group.name !== strong.group.name ? g.group : null;
}

/** The text of tokens a..b, with the spaces between them. */
function spanText(tokens: Token[], a: number, b: number): string {
  let text = "";
  for (let i = a; i <= b; i++)
    text += (i > a && tokens[i].start > tokens[i - 1].end ? " " : "") + tokens[i].text;
  return text;
}
