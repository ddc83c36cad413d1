import type { Cue, LocaleLexicon } from "../locales/index.js";
import type { PhraseMatch } from "../text/phrase-matcher.js";
import type { Token } from "../text/tokens.js";
import { parseNumberPhrase } from "./numbers.js";
import { placeCues } from "./place-cues.js";

const PURPOSE = new Set(["to", "pour"]);
/** The word before a deed called for ("urged them to march", "invite la population à descendre"). */
const CALL_TO = new Set(["to", "a", "à"]);
/** Words of the aim of something announced ("to protest", "in protest against", "pour protester"). */
const AIM = new Set(["to", "pour", "in", "en"]);
/** "ainsi que", "as well as": a list member after a comma. */
const AS_WELL = new Set(["ainsi", "well"]);
/** ", with the main procession in Nairobi ...", ", avec une marche ...": a part of what was planned. */
const WITH = new Set(["with", "avec"]);
/** "ne", "n'": the first half of a French negation, right before the verb. */
const NE = new Set(["ne", "n'", "n’"]);
/** The second half, right after the verb ("ne riposte pas", "n'a jamais"). */
const NE_AFTER = new Set(["pas", "jamais", "plus", "guere", "point"]);

/** Words that open the members of what was just named ("marches are planned ..., including a rally"). */
const INCLUDING = new Set(["including", "notamment", "dont"]);

/** One cue found in a sentence: a span of tokens and every cue its words carry. */
export interface CueHit {
  first: number;
  last: number;
  start: number;
  end: number;
  cues: Cue[];
  negated: boolean;
  hedged: boolean;
}

/** Whether a hit's cues are a crowd's action only ("marched", "gathered"). */
export function crowdActionOnly(h: CueHit): boolean {
  return h.cues.every((c) => c === "protest" || c === "gather");
}

/** Whether a word is one of a crowd's people ("residents", "students", "habitants"), by its beginning. */
function crowdWord(w: string, lex: LocaleLexicon): boolean {
  return lex.crowdNouns.some((c) => c.length > 3 && w.startsWith(c));
}

/**
 * Replaces the cues of a hit in place. (Assigning `h.cues` a new array would, the first time it
 * happens, turn the constant field of V8's hit shape into a mutable one: every optimised function
 * that reads hits is then thrown away and compiled again, the biggest ones of the pipeline among them.)
 */
export function setCues(h: CueHit, cues: Cue[]): void {
  h.cues.length = 0;
  for (const c of cues) h.cues.push(c);
}

/** Takes the given cues off a hit, in place (the hit's cue list keeps its identity). */
export function dropCues(h: CueHit, ...cues: Cue[]): void {
  for (let k = h.cues.length - 1; k >= 0; k--) if (cues.includes(h.cues[k])) h.cues.splice(k, 1);
}

/** A quotation mark standing alone as a token. */
export const QUOTE = /^["“”«»]$/u;

/** "by", "par": the word before an agent or a helper. */
export const BY = new Set(["by", "par"]);
/** Participles before "by" that name helpers ("backed by Ugandan forces", "appuyés par"): not the doers. */
export const BACKING = new Set([
  "backed",
  "supported",
  "assisted",
  "accompanied",
  "helped",
  "aided",
  "appuye",
  "appuyes",
  "appuyee",
  "appuyees",
  "soutenu",
  "soutenus",
  "soutenue",
  "soutenues",
  "accompagne",
  "accompagnes",
  "escorted",
  "escorte",
  "escortes",
]);

/** How far before a cue a hedge reaches through one clause ("would hold a general strike and a march"). */
const HEDGE_REACH = 14;
/** Words that join two things told alike ("a march on Thursday and a strike next week"). */
const AND = new Set(["and", "et", "que", "qu'", "as"]);
/** Words opening a noun's complement ("marches from three universities"). */
const FROM_OF = new Set(["from", "of", "by", "in", "de", "des", "du"]);

/** Tokens first..last stand inside quotation marks that hold at most three words ("a long battle"). */
function quotedLabel(tokens: Token[], first: number, last: number): boolean {
  let open = -1;
  for (let k = first - 1; k >= Math.max(0, last - 3); k--)
    if (QUOTE.test(tokens[k].text)) {
      open = k;
      break;
    }
  if (open < 0) return false;
  for (let k = last + 1; k <= Math.min(tokens.length - 1, open + 4); k++)
    if (QUOTE.test(tokens[k].text)) return true;
  return false;
}

/** A quotation that names a kind of crowd event the lexicon knows ('a silent "white march"'). */
function quotedKind(tokens: Token[], first: number, lex: LocaleLexicon): boolean {
  let open = first - 1;
  while (open > 0 && open >= first - 3 && !QUOTE.test(tokens[open].text)) open--;
  if (!QUOTE.test(tokens[open]?.text ?? "")) return false;
  let close = first + 1;
  while (close < tokens.length && close <= open + 5 && !QUOTE.test(tokens[close].text)) close++;
  if (!QUOTE.test(tokens[close]?.text ?? "")) return false;
  return lex.quotedKinds.has(
    tokens
      .slice(open + 1, close)
      .map((t) => t.norm)
      .join(" "),
  );
}

/** Auxiliaries of a passive told right before a quoted participle ("ont été « neutralisés »"). */
const PASSIVE_AUX = new Set(["ete", "été", "was", "were", "been"]);

/**
 * A killing word quoted from a statement as a deed: a participle right after a passive's auxiliary
 * ("ont été « neutralisés »"), or a verb that opens the quote with its count ('"neutralising twenty
 * terrorists"').
 */
function quotedDeed(tokens: Token[], first: number, last: number, lex: LocaleLexicon): boolean {
  if (!QUOTE.test(tokens[first - 1]?.text ?? "")) return false;
  const next = tokens[last + 1];
  return (
    PASSIVE_AUX.has(tokens[first - 2]?.norm ?? "") ||
    !!next?.num ||
    (!!next && parseNumberPhrase(next.text, lex.locale) !== null)
  );
}

/**
 * Cues of a sentence. Where spans overlap, the longest wins, but all cues of that span are kept
 * ("torched" is both a riot cue and a destruction cue: the coder decides with the rest of the frame).
 */
export function findCues(
  tokens: Token[],
  lex: LocaleLexicon,
  /** The next sentence, whose dispersal ("Gendarmes fired tear gas to disperse them") makes a gathering told here a protest. */
  next?: Token[],
  /** The sentence before, whose march makes a crowd counted as it gathers here a protest too. */
  prev?: Token[],
): CueHit[] {
  const all = cueMatches(tokens, lex);
  if (!all.length) return [];
  const merged = mergedHits(all);
  const hits = merged.filter(
    (h) => !heldAdjective(tokens, h) && !monthName(tokens, h) && !attackWeapon(tokens, h, merged),
  );
  if (!hits.length) return [];
  gatheringsWithDemands(hits, tokens, lex, next, prev);
  dispersedCrowd(hits, tokens, lex);
  crowdRioting(hits, tokens, lex);
  struckGathering(hits);
  occupiedByCrowd(hits, tokens, lex);
  // Hedge words are lower-case words: "May" in a date and "Will" as a name hedge nothing.
  const hedgeAt = new Set(
    lex.hedges
      .matchAll(tokens)
      .filter((h) => h.first === 0 || !tokens[h.first].cap)
      .map((h) => h.last),
  );
  // ("an agreement to end clashes between two groups", "deployed to stop the fighting": what someone
  // wants to end is no event told)
  const endings = hits.length ? lex.endPurposes.matchAll(tokens) : [];
  const st: HedgeScan = {
    hedgeAt,
    endings,
    announced: undefined,
    unrealised: undefined,
    forceDenied: undefined,
    calls: undefined,
    planned: null,
    plannedAfterNoun: false,
  };
  for (const h of hits) hedgeOrNegate(h, tokens, lex, st);
  hedgeListed(hits, tokens, lex);
  // ("annoncé son intention d'organiser une marche ... pour protester contre ...": the purpose of a crowd
  // to come is to come too)
  // (only for a plan announced: not "c'était au tour des commerçantes d'observer un sit-in ... pour
  // protester", a turn taken)
  // (or named only by its purpose: "ont annoncé l'organisation d'une grande marche le jeudi 29 mai pour
  // protester contre la vie chère")
  if (
    hits.some(
      (h) => h.cues.includes("protest") && (h.hedged || PURPOSE.has(tokens[h.first - 1]?.norm ?? "")),
    ) &&
    (st.announced ?? lex.announcements.matchAll(tokens)).length > 0
  )
    for (const h of hits)
      if (h.cues.includes("protest") && PURPOSE.has(tokens[h.first - 1]?.norm ?? "")) h.hedged = true;
  return hits;
}

/** Words before an arrest participle that make it an adjective of the noun after it. */
const HELD_BEFORE = new Set(["the", "of", "its", "their", "his", "her", "all", "other"]);
/** Words that cannot be the noun after such an adjective ("the detained were", "of arrested by"). */
const NOT_HELD_NOUN = new Set([
  "by",
  "in",
  "on",
  "at",
  "for",
  "during",
  "after",
  "before",
  "and",
  "or",
  "were",
  "was",
  "are",
  "is",
  "since",
  "without",
  "under",
  "from",
  "to",
  "with",
  "over",
]);

/**
 * "demanded the release of detained members", "families of arrested activists": an arrest participle
 * used as an adjective tells who is held, no arrest of the day.
 */
function heldAdjective(tokens: Token[], h: CueHit): boolean {
  if (h.first !== h.last || !h.cues.includes("arrest") || !/^\p{Ll}+ed$/u.test(tokens[h.first].text))
    return false;
  const next = tokens[h.last + 1];
  return (
    HELD_BEFORE.has(tokens[h.first - 1]?.norm ?? "") &&
    !!next &&
    /^\p{Ll}+$/u.test(next.text) &&
    !NOT_HELD_NOUN.has(next.norm)
  );
}

/**
 * "March 5 – Boko Haram fighters abduct eleven women", "TUESDAY, MARCH 17", "on 5 March": the month
 * written with a capital next to a day or a year is no march.
 */
function monthName(tokens: Token[], h: CueHit): boolean {
  if (h.first !== h.last) return false;
  const t = tokens[h.first];
  if (t.norm !== "march" || !/^\p{Lu}/u.test(t.text)) return false;
  const day = (x: Token | undefined) => !!x?.num && /^\d{1,4}$/u.test(x.text);
  return (
    day(tokens[h.first + 1]) ||
    day(tokens[h.first - 1]) ||
    /^\d{1,2}(?:st|nd|rd|th)$/iu.test(tokens[h.first + 1]?.text ?? "")
  );
}

/**
 * "the Feminist Night March", "the Women's March": "March" closing a march's name (a capitalised word
 * before it, inside the sentence, and no day or year after it) is the march, not the month.
 */
function namedMarch(tokens: Token[], i: number): boolean {
  return (
    tokens[i].norm === "march" &&
    i >= 2 &&
    tokens[i - 1].cap &&
    !tokens[i - 1].num &&
    !/^\d/u.test(tokens[i + 1]?.text ?? "")
  );
}

/** The cue matches of a sentence that may tell an event (none: an empty array). */
function cueMatches(tokens: Token[], lex: LocaleLexicon): PhraseMatch<Cue>[] {
  const all = lex.cues
    .matchAll(tokens)
    .filter(
      (m) =>
        // (and a phrase that ends in one: "set a March trial date")
        !(
          (m.first === m.last && m.first > 0 && lex.properNouns.has(tokens[m.first].text)) ||
          (m.last > m.first && lex.properNouns.has(tokens[m.last].text))
        ) || namedMarch(tokens, m.last),
    )
    // ("cours des 50-Otages", "rue du 8-Mai": a capitalised word joined to a number by a hyphen is part of
    // a street's name)
    .filter(
      (m) =>
        !(
          m.first === m.last &&
          m.first >= 2 &&
          tokens[m.first].cap &&
          tokens[m.first - 1].text === "-" &&
          tokens[m.first - 2].num &&
          tokens[m.first - 2].end === tokens[m.first - 1].start
        ),
    )
    // ('said that "rioters" had attacked': a word in quotation marks alone is the speaker's label for
    // what happened, not the report's)
    // (and a short phrase in quotation marks: 'the ruling closed "a long battle"')
    // (but an official's word for a deed told by the report: 'huit bandits ont été « neutralisés »',
    // 'were "neutralised"')
    // (nor the quoted name of a kind of crowd event: 'took part in a silent "white march"', 'une « marche
    // blanche »')
    .filter(
      (m) =>
        !quotedLabel(tokens, m.first, m.last) ||
        (m.value === "kill" && quotedDeed(tokens, m.first, m.last, lex)) ||
        (m.value === "protest" && quotedKind(tokens, m.first, lex)),
    )
    // ("run kidnapping-for-ransom operations", "kidnapping gangs", "murder cases": a one-word event
    // noun that qualifies the noun after it names a business, people or a case, no event)
    .filter(
      (m) =>
        m.first !== m.last ||
        lex.pastVerb.test(tokens[m.last].text) ||
        !lex.compoundHeads.has(tokens[m.last + 1]?.norm ?? ""),
    )
    // ("se sont rassemblées devant la permanence incendiée", "gathered outside the torched office": a
    // participle of destruction that qualifies the site a preposition of place names tells its state)
    .filter((m) => !siteState(tokens, m, lex))
    // ("the crowd dispersed by mid-afternoon", "the protesters dispersed": a crowd that breaks up of itself,
    // with nobody named as dispersing it, is no intervention)
    .filter((m) => !selfDispersed(tokens, m, lex))
    // ("a strike against the detention of women activists", "contre l'arrestation de ...": an arrest named
    // as what people stand against is their grievance, no arrest of the day)
    .filter((m) => !grievedArrest(tokens, m, lex));
  // ("The attackers struck Kalembo ... late on Tuesday": "struck" right after armed men is their attack)
  if (lex.strikeVerbs.size)
    for (let k = 1; k < tokens.length; k++)
      if (
        lex.strikeVerbs.has(tokens[k].norm) &&
        lex.armedBackNouns.has(tokens[k - 1].norm) &&
        !all.some((m) => m.first <= k && k <= m.last)
      )
        all.push({ first: k, last: k, start: tokens[k].start, end: tokens[k].end, value: "attack" });
  if (!all.length) {
    const demand = crowdDemanding(tokens, lex);
    if (!demand) return all;
    all.push(demand);
  }
  const excluded = lex.exclusions.matchAll(tokens);
  if (excluded.length) {
    const blocked = new Set<number>();
    for (const x of excluded) for (let k = x.first; k <= x.last; k++) blocked.add(k);
    for (let i = all.length - 1; i >= 0; i--) {
      const m = all[i];
      for (let k = m.first; k <= m.last; k++)
        if (blocked.has(k)) {
          all.splice(i, 1);
          break;
        }
    }
  }
  return all;
}

/** Overlapping matches merged: the longest span wins, with every cue of that span. */
function mergedHits(all: PhraseMatch<Cue>[]): CueHit[] {
  all.sort((a, b) => a.first - b.first || b.last - a.last);
  const hits: CueHit[] = [];
  let cur: CueHit | null = null;
  let coveredTo = -1;
  for (const m of all) {
    if (cur && m.first === cur.first && m.last === cur.last) {
      if (!cur.cues.includes(m.value)) cur.cues.push(m.value);
      continue;
    }
    if (m.first <= coveredTo) continue;
    cur = {
      first: m.first,
      last: m.last,
      start: m.start,
      end: m.end,
      cues: [m.value],
      negated: false,
      hedged: false,
    };
    hits.push(cur);
    coveredTo = m.last;
  }
  return hits;
}

/** What the hedge tests of a sentence's hits share (the phrase lists are found once, when a hit asks). */
interface HedgeScan {
  hedgeAt: Set<number>;
  endings: PhraseMatch<true>[];
  announced: PhraseMatch<true>[] | undefined;
  unrealised: PhraseMatch<true>[] | undefined;
  forceDenied: PhraseMatch<true>[] | undefined;
  calls: PhraseMatch<true>[] | undefined;
  planned: CueHit | null;
  /** The planned hit was hedged after its noun ("marches are planned"). */
  plannedAfterNoun: boolean;
}

/** Marks a hit negated or hedged (a plan, a purpose, a forecast, harm done to oneself ...). */
function hedgeOrNegate(h: CueHit, tokens: Token[], lex: LocaleLexicon, st: HedgeScan): void {
  const { hedgeAt, endings } = st;
  for (const e of endings)
    if (
      e.last < h.first &&
      h.first - e.last <= 4 &&
      !h.cues.includes("protest") &&
      tokens.slice(e.last + 1, h.first).every((t) => !t.cap)
    )
      h.hedged = true;
  // ("ont été repoussés sans violence", "dispersed without violence": force denied right after the word)
  if (h.cues.every((c) => c === "clash" || c === "riot" || c === "beat" || c === "attack")) {
    st.forceDenied ??= lex.forceDenials.matchAll(tokens);
    if (st.forceDenied.some((d) => d.first === h.last + 1)) h.negated = true;
  }
  // ("has never suffered a militant attack", "denied that soldiers had killed civilians")
  for (let k = Math.max(0, h.first - NEGATION_REACH); k < h.first; k++) {
    const n = tokens[k].norm;
    if (lex.negations.has(n)) h.negated = true;
  }
  // ("There is no agreement yet on a ceasefire", "sans accord sur un cessez-le-feu": a truce nobody agreed)
  if (h.cues.includes("agreement"))
    for (let k = Math.max(0, h.first - AGREEMENT_NEGATION_REACH); k < h.first - 1; k++)
      if (lex.negations.has(tokens[k].norm) && AGREEING.has(tokens[k + 1].norm)) h.negated = true;
  // ("le Hezbollah ne riposte pas", "n'ont jamais attaqué": the French negation around the verb)
  if (NE.has(tokens[h.first - 1]?.norm ?? "") && NE_AFTER.has(tokens[h.last + 1]?.norm ?? ""))
    h.negated = true;
  for (let k = Math.max(0, h.first - 5); k < h.first; k++) if (hedgeAt.has(k)) h.hedged = true;
  // ("À chaque manifestation, on ferme", "every protest is met with tear gas": a habit told of every one)
  if (lex.distributives.has(tokens[h.first - 1]?.norm ?? "") && !lex.pastVerb.test(tokens[h.first].text))
    h.hedged = true;
  // ("the bar association announced a day of strikes in the courts on Thursday", "a décrété un nouveau
  // débrayage à partir de jeudi": a crowd's action announced is to come)
  // (and what is joined to it: "... à partir de jeudi et une grève totale la semaine prochaine")
  if (crowdActionOnly(h)) {
    // ("The march in Kano on Tuesday was called off after the governor met the unions": it did not happen;
    // "when an anti-immigration rally and a counter-demonstration are due to take place": it has yet to)
    st.unrealised ??= lex.unrealised.matchAll(tokens);
    for (const c of st.unrealised)
      if (c.first > h.last && c.first - h.last <= UNREALISED_REACH) h.hedged = true;
    st.announced ??= lex.announcements.matchAll(tokens);
    // (a day or an object between: "a annoncé mardi l'organisation d'une grande marche"; not a report
    // of what happened: "announced that thousands had marched")
    // (the article may end both: "announced a march", where the hit is "a march")
    for (const a of st.announced)
      if (
        a.last <= h.first &&
        a.first < h.first &&
        h.first - a.last <= ANNOUNCE_REACH &&
        !tokens.slice(a.last + 1, h.first).some((t) => THAT.has(t.norm))
      )
        h.hedged = true;
    // ("have announced a shutter-down strike for Saturday to protest the situation": the purpose of what
    // was announced)
    if (AIM.has(tokens[h.first - 1]?.norm ?? ""))
      for (const a of st.announced)
        if (
          a.last < h.first &&
          h.first - a.last <= 12 &&
          tokens.slice(a.last + 1, h.first).every((t) => t.text !== ";")
        )
          h.hedged = true;
    const before = st.planned ? tokens.slice(st.planned.last + 1, h.first) : [];
    // (", ainsi qu'une grève de 72 heures", ", as well as a strike": a comma before "as well as" too)
    // (", including a national demonstration in London": one of those planned)
    // (", with the main procession in Nairobi heading to ...": right after the comma)
    const withPart = before.some((u, k) => WITH.has(u.norm) && before[k - 1]?.text === ",");
    const asWell = withPart || before.some((u) => AS_WELL.has(u.norm) || INCLUDING.has(u.norm));
    // (after "marches are planned", a comma too, when nothing between tells what happened: "..., and
    // rallies in Paris")
    const wide =
      asWell ||
      (st.plannedAfterNoun &&
        !lex.pastVerb.test(tokens[h.last].text) &&
        !before.some((t) => lex.pastVerb.test(t.text)));
    if (
      !h.hedged &&
      st.planned &&
      h.first - st.planned.last <= (wide ? 16 : 10) &&
      (withPart || before.some((t) => AND.has(t.norm) || INCLUDING.has(t.norm))) &&
      before.every((t) => t.text !== ";" && (t.text !== "," || wide))
    )
      h.hedged = true;
    if (h.hedged) st.planned = h;
  }
  // ("police said he had injured himself", "killed himself": harm done to oneself is no violence)
  if (
    lex.reflexives.has(tokens[h.last + 1]?.norm ?? "") &&
    h.cues.every((c) => c === "kill" || c === "injure")
  )
    h.negated = true;
  // ("it would hold a general strike and a march to Congress": a modal reaches further on, through the
  // words of one clause with no comma and no verb of its own)
  for (let k = Math.max(0, h.first - HEDGE_REACH); k < h.first - 5 && !h.hedged; k++)
    if (
      hedgeAt.has(k) &&
      lex.modals.has(tokens[k].norm) &&
      tokens
        .slice(k + 1, h.first)
        .every((t) => t.text !== "," && t.text !== ";" && !lex.pastVerb.test(t.text))
    )
      h.hedged = true;
  // "the beginning of a truce", "a truce starting on Tuesday": an agreement put into effect, not made
  // (or ended: "since the group ended a ceasefire", "violations of the truce", "the truce collapsed").
  if (h.cues.includes("agreement")) {
    for (let k = Math.max(0, h.first - 3); k < h.first; k++)
      if (lex.inEffect.has(tokens[k].norm)) h.hedged = true;
    for (let k = h.last + 1; k <= Math.min(tokens.length - 1, h.last + 2); k++)
      if (lex.inEffect.has(tokens[k].norm)) h.hedged = true;
    // ("a ceasefire brokered by tribal elders had come into effect", "est entré en vigueur")
    for (let k = h.last + 2; k <= Math.min(tokens.length - 1, h.last + 10); k++)
      if (INTO_EFFECT.has(tokens[k].norm) && EFFECT_VERBS.has(tokens[k - 1].norm)) h.hedged = true;
  }
  // "Attacks will continue", "protests could spread": a noun followed by a modal tells what may come.
  // (lower-case only: "a sit-in May 19")
  const after = tokens[h.last + 1];
  if (after && !after.cap && lex.modals.has(after.norm) && !lex.pastVerb.test(tokens[h.last].text))
    h.hedged = true;
  // ("Le cortège partira de la place Saint-Pierre", "les manifestants se rassembleront devant la mairie": a
  // crowd's noun with its verb in the future tense is to come)
  else if (crowdActionOnly(h) && futureAfter(tokens, h.last, lex)) h.hedged = true;
  // ("marches from three universities would converge on the hall": with the noun's complement between)
  else if (/s$/u.test(tokens[h.last].norm) && !lex.pastVerb.test(tokens[h.last].text))
    for (let k = h.last + 1; k <= Math.min(tokens.length - 1, h.last + 5); k++) {
      const t = tokens[k];
      if (t.text === "," || t.text === ";" || lex.pastVerb.test(t.text)) break;
      if (!t.cap && lex.modals.has(t.norm)) {
        h.hedged = k > h.last + 1 && FROM_OF.has(tokens[h.last + 1].norm);
        break;
      }
    }
  // ("a large-scale offensive is unlikely": a forecast of it)
  // (and through a relative pronoun: "for the rally, which is scheduled to begin at 1 p.m.")
  const relSkip =
    tokens[h.last + 1]?.text === "," && RELATIVE_PRONOUNS.has(tokens[h.last + 2]?.norm ?? "") ? 2 : 0;
  if (
    after &&
    !lex.pastVerb.test(tokens[h.last].text) &&
    lex.predictions
      .matchAll(tokens.slice(h.last + 1 + relSkip, h.last + 4 + relSkip))
      .some((m) => m.first === 0)
  )
    h.hedged = true;
  // ("are expected to rally at Queen's Park ... to protest the changes": the purpose of a crowd to come is
  // to come too)
  if (
    !h.hedged &&
    // (English only: French plans are told by their announcement, and "c'était au tour des commerçantes
    // d'observer un sit-in ... pour protester" is a turn taken)
    tokens[h.first - 1]?.norm === "to" &&
    crowdActionOnly(h) &&
    st.planned &&
    st.planned.last < h.first &&
    h.first - st.planned.last <= 12 &&
    // (a crowd's action hedged by the words right before it: "are expected to rally")
    [1, 2, 3].some((d) => st.hedgeAt.has(st.planned!.first - d))
  )
    h.hedged = true;
  // ("gave the government seven days ... before taking to the streets", "avant de descendre dans la
  // rue": a crowd's action told as what will follow a condition)
  if (
    crowdActionOnly(h) &&
    ((tokens[h.first - 1]?.norm === "before" && /ing$/u.test(tokens[h.first].norm)) ||
      (tokens[h.first - 2]?.norm === "avant" && tokens[h.first - 1]?.norm === "de"))
  )
    h.hedged = true;
  // ("Larger marches are planned ..., including a national demonstration": a crowd's action hedged
  // after its noun hedges those joined to it too)
  if (h.hedged && crowdActionOnly(h) && st.planned !== h) {
    st.planned = h;
    st.plannedAfterNoun = true;
  }
  // ("Nous invitons toute la population à descendre dans la rue", "urged supporters to take to the
  // streets": a crowd's deed called for is none yet)
  if (CALL_TO.has(tokens[h.first - 1]?.norm ?? "") && crowdActionOnly(h)) {
    st.calls ??= lex.callsToAct.matchAll(tokens);
    if (st.calls.some((c) => c.last < h.first - 1 && h.first - c.last <= 8)) h.hedged = true;
  }
  // "deployed to fight", "sent to attack": a purpose, not a deed (crowds "gathered to protest" still protest).
  // ("militants attempted to abduct a civilian": a deed tried is still an event, and a killing tried
  // an attack; not in a relative clause about someone else, "a man who tried to kidnap a pupil")
  const tried =
    lex.attempts.has(tokens[h.first - 2]?.norm ?? "") && !lex.relatives.has(tokens[h.first - 3]?.norm ?? "");
  // (not the means of a deed done: "farmers used tractors to block access roads")
  const means = tokens.slice(Math.max(0, h.first - 5), h.first - 1).some((t) => lex.meansVerbs.has(t.norm));
  if (
    PURPOSE.has(tokens[h.first - 1]?.norm ?? "") &&
    !tried &&
    !means &&
    !h.cues.some((c) => c === "protest" || c === "intervene")
  )
    h.hedged = true;
  if (tried && PURPOSE.has(tokens[h.first - 1]?.norm ?? "") && h.cues.includes("kill"))
    setCues(h, [...h.cues.filter((c) => c !== "kill"), "attack"]);
}

/**
 * "JNIM attacked the army camp in Léré with vehicles, motorbikes and mortars": shells named among other
 * means of a ground attack are its means, no shelling of their own.
 */
function attackWeapon(tokens: Token[], h: CueHit, all: CueHit[]): boolean {
  if (!h.cues.every((c) => c === "shell")) return false;
  let w = -1;
  for (let k = h.first - 1; k >= Math.max(0, h.first - 8); k--) {
    if (tokens[k].text === ";" || tokens[k].text === ".") return false;
    if (WITH.has(tokens[k].norm)) {
      w = k;
      break;
    }
  }
  // (one among other means, listed before it: "with vehicles, motorbikes and mortars"; not "with artillery")
  if (w < 0 || !tokens.slice(w + 2, h.first).some((t) => LIST_LINKS.has(t.norm))) return false;
  return all.some((a) => a.cues.includes("attack") && a.last < w && w - a.last <= 10);
}

/** Relative pronouns after a comma ("the rally, which is scheduled ...", "la marche, qui est prévue ..."). */
const RELATIVE_PRONOUNS = new Set(["which", "that", "qui"]);

/** Words that join the members of a list ("attacks on civilians, summary executions, and pillage"). */
const LIST_LINKS = new Set([",", "and", "or", "et", "ou"]);
/** Words that open examples of what was done ("including", "notamment"). */
const EXAMPLES = new Set(["including", "notably", "especially", "notamment", "dont", "y"]);

/**
 * "The laws of war prohibit attacks on civilians, summary executions, hostage-taking, and pillage": nouns
 * listed after a hedged one are hedged with it (not a verb that goes on: "threatened to attack the
 * village, killed two").
 */
function hedgeListed(hits: CueHit[], tokens: Token[], lex: LocaleLexicon): void {
  for (let k = 1; k < hits.length; k++) {
    const prev = hits[k - 1];
    const h = hits[k];
    if (!prev.hedged || h.hedged || h.negated) continue;
    const gap = tokens.slice(prev.last + 1, h.first);
    if (gap.length > 4 || !gap.some((t) => LIST_LINKS.has(t.norm))) continue;
    // (nor what was done, given as examples: "in order to damage their property, including setting vehicles
    // on fire")
    if (
      gap.some((t) => t.text === ";" || t.text === ":" || lex.pastVerb.test(t.text) || EXAMPLES.has(t.norm))
    )
      continue;
    if (lex.pastVerb.test(tokens[h.first].text) || lex.pastVerb.test(tokens[h.last].text)) continue;
    h.hedged = true;
  }
}

/** Words that may stand between a subject and its verb ("se", "s'", "ne", "y", "en"). */
const CLITICS = new Set(["se", "s'", "s’", "ne", "n'", "n’", "y", "en"]);

/** The verb right after a noun (past its clitics) is in the future tense. */
function futureAfter(tokens: Token[], last: number, lex: LocaleLexicon): boolean {
  for (let k = last + 1; k <= Math.min(tokens.length - 1, last + 3); k++) {
    const t = tokens[k];
    if (CLITICS.has(t.norm)) continue;
    return !t.cap && lex.futureVerb.test(t.text.toLowerCase());
  }
  return false;
}

/** "backed by armored vehicles and a helicopter": aircraft named only as support, no comma between. */
function supportOnly(tokens: Token[], h: CueHit): boolean {
  for (let k = h.first - 1; k >= Math.max(1, h.first - 7); k--) {
    if (tokens[k].text === "," || tokens[k].text === ";") return false;
    if (BY.has(tokens[k].norm) && BACKING.has(tokens[k - 1].norm)) return true;
  }
  return false;
}

/**
 * "The army's air force responded with strikes on RSF positions": with aircraft named in the sentence,
 * "strikes" are air strikes (alone the word may be a labour strike). Adds them as air hits, in order.
 */
export function aircraftStrikes(tokens: Token[], hits: CueHit[], lex: LocaleLexicon): CueHit[] {
  if (!hits.some((h) => h.cues.includes("aircraft"))) return stateStrikes(tokens, hits, lex);
  // (aircraft named only as support do no striking)
  const striking = hits.filter(
    (h) => !(h.cues.length === 1 && h.cues[0] === "aircraft" && supportOnly(tokens, h)),
  );
  if (striking.length < hits.length) {
    hits = striking;
    if (!hits.some((h) => h.cues.includes("aircraft"))) return hits;
  }
  const out = [...hits];
  tokens.forEach((t, k) => {
    if (!lex.strikeWords.has(t.norm) || hits.some((h) => h.first <= k && k <= h.last)) return;
    out.push({ first: k, last: k, start: t.start, end: t.end, cues: ["air"], negated: false, hedged: false });
  });
  return out.length === hits.length ? hits : out.sort((a, b) => a.start - b.start);
}

/** Harm done by what is struck: the sentence tells a strike that killed, wounded or destroyed. */
const STRIKE_HARM: readonly Cue[] = ["kill", "injure", "destroy"];

/**
 * "Israeli strikes on the Bekaa valley killed five people", "des frappes russes sur Kharkiv": strikes a
 * state's demonym names are air strikes when they hit somewhere ("on", "sur") or harm (a labour strike is
 * a group's: "a nationwide strike", "the teachers' strike").
 */
function stateStrikes(tokens: Token[], hits: CueHit[], lex: LocaleLexicon): CueHit[] {
  let out: CueHit[] | null = null;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!lex.strikeNouns.has(t.norm) || hits.some((h) => h.first <= k && k <= h.last)) continue;
    // (the demonym before the noun in English, after it in French)
    const { demonyms, calendar } = placeCues(lex.locale);
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    const ownerBefore =
      (before.cap && demonyms.has(before.norm)) ||
      lex.strikeOwners.matchAll(tokens.slice(k - 1, k)).length > 0;
    const ownerAfter = !!after && !after.cap && demonyms.has(after.norm);
    // ("une autre frappe de l'armée avait touché un pick-up", "strikes by the army")
    const forces = forcesAfter(tokens, k, lex);
    if (!ownerBefore && !ownerAfter && !forces) continue;
    const on = ownerAfter ? k + 2 : k + 1 + forces;
    // (not the day of a labour strike: "Nigerian strikes on Monday")
    const onTarget = STRIKE_ON.has(tokens[on]?.norm ?? "") && !calendar.has(tokens[on + 1]?.norm ?? "");
    if (!onTarget && !hits.some((h) => h.cues.some((c) => STRIKE_HARM.includes(c)))) continue;
    out ??= [...hits];
    out.push({ first: k, last: k, start: t.start, end: t.end, cues: ["air"], negated: false, hedged: false });
  }
  return out ? out.sort((a, b) => a.start - b.start) : hits;
}

/** How many words after a strike noun name the forces striking ("de l'armée", "by the army"), or 0. */
function forcesAfter(tokens: Token[], k: number, lex: LocaleLexicon): number {
  const m = lex.strikeOwners.matchAll(tokens.slice(k + 1, k + 5)).find((x) => x.first === 0);
  return m ? m.last + 1 : 0;
}

/** The preposition of what strikes hit ("strikes on Gaza", "frappes sur Kharkiv"). */
const STRIKE_ON = new Set(["on", "sur"]);

/** Background statistics ("1,933 cases", "since January") mark a sentence that reports no event. */
export function isStatistical(tokens: Token[], lex: LocaleLexicon): boolean {
  return lex.statistics.matchAll(tokens).length > 0;
}

const PASSIVE = new Set(["was", "were", "been", "being", "is", "are", "ete", "a", "ont"]);
/** Adverbs that may stand between an auxiliary and its participle ("was briefly seized"). */
const BETWEEN_AUX = new Set(["briefly", "temporarily", "reportedly", "allegedly", "partly", "brievement"]);
const STOP_OBJECT = new Set([
  "in",
  "at",
  "near",
  "on",
  "from",
  "during",
  "after",
  "before",
  "while",
  "when",
  ",",
  ".",
  ";",
]);

/** Articles that open an apposition after a comma ("Rubaya, a mining town", "Rubaya, une cité minière"). */
const APPOSITION = new Set(["a", "an", "the", "un", "une", "le", "la", "l"]);

/**
 * "seized"/"captured" mean different events by their object: a place is a takeover, goods are
 * looting, people are an abduction. Returns the cue the object makes, or null.
 */
export function seizeObject(
  tokens: Token[],
  hit: CueHit,
  lex: LocaleLexicon,
  placeStarts: Set<number>,
  peopleStarts: Set<number>,
): Cue | null {
  // Passive: "Boni ... was seized by", "the town was captured": the object comes before the verb.
  // ("was briefly seized" is passive; "fighters briefly seized the towns" is not)
  let a = hit.first - 1;
  if (BETWEEN_AUX.has(tokens[a]?.norm ?? "")) a--;
  const aux = tokens[a]?.norm ?? "";
  if (PASSIVE.has(aux) || (a === hit.first - 1 && PASSIVE.has(tokens[hit.first - 2]?.norm ?? ""))) {
    // The subject of the passive verb comes first: scan from the start of the clause.
    let from = hit.first - 1;
    while (
      from > 0 &&
      from > hit.first - 14 &&
      tokens[from - 1].text !== ";" &&
      tokens[from - 1].text !== "."
    )
      from--;
    for (let k = from; k < hit.first; k++) {
      const t = tokens[k];
      if (lex.goods.has(t.norm)) return "destroy";
      if (lex.placeObjects.has(t.norm) || placeStarts.has(t.start)) return "takeover";
      if (peopleStarts.has(t.start) && !modifiesThing(tokens, k, lex)) return "abduct";
    }
  }
  for (let k = hit.last + 1; k < Math.min(tokens.length, hit.last + 7); k++) {
    const t = tokens[k];
    // ("seized Rubaya, a mining town": the apposition after a name tells what the name is)
    if (t.text === "," && tokens[k - 1].cap && k - 1 > hit.last && APPOSITION.has(tokens[k + 1]?.norm ?? ""))
      continue;
    if (STOP_OBJECT.has(t.norm)) break;
    if (lex.goods.has(t.norm)) return "destroy";
    if (lex.placeObjects.has(t.norm) || placeStarts.has(t.start)) return "takeover";
    if (peopleStarts.has(t.start) && !modifiesThing(tokens, k, lex)) return "abduct";
  }
  return null;
}

/**
 * "shot dead livestock", "killed 40 cattle", "beheading statues": a killing or beating whose object is
 * animals or things destroys property; it hurts nobody.
 */
/** Words that join a second verb to the first: "beheading and vandalizing". */
const CONJ = new Set(["and", "et"]);

export function harmsOnlyGoods(tokens: Token[], hit: CueHit, lex: LocaleLexicon): boolean {
  let end = hit.last + 4;
  for (let k = hit.last + 1; k < Math.min(tokens.length, end); k++) {
    const t = tokens[k];
    // (skip the determiners and counts that open the object: "the", "their", "40")
    if (lex.objectStarts.has(t.norm) || /^\d/u.test(t.text)) continue;
    // (past a second verb that shares the object: "beheading and vandalizing several statues")
    if (CONJ.has(t.norm) && /\p{Ll}(?:ing|ed)$/u.test(tokens[k + 1]?.text ?? "")) {
      k++;
      end += 2;
      continue;
    }
    // (a word of things that qualifies a person is no object: "a livestock trader", "a fuel vendor")
    const next = tokens[k + 1];
    const ends = !next || !/^\p{Ll}/u.test(next.text) || lex.objectEnds.has(next.norm);
    return ends && (lex.goods.has(t.norm) || lex.buildings.has(t.norm));
  }
  return false;
}

/** "government buildings", "army vehicles": a people word that qualifies the thing named after it. */
function modifiesThing(tokens: Token[], k: number, lex: LocaleLexicon): boolean {
  // (past the name that qualifies it too: "the former MINUSMA camp", "the Barkhane base")
  let j = k + 1;
  while (j < k + 4 && tokens[j]?.cap) j++;
  const next = tokens[j]?.norm ?? "";
  return lex.goods.has(next) || lex.placeObjects.has(next) || lex.buildings.has(next);
}

/**
 * "Business workers gathered at the city centre to demand the re-opening of shops": people who gather
 * protest when the sentence says what they demand, or when police break the gathering up ("police
 * fired tear gas at mourners who had gathered for the funeral"; arrests alone do not say so); a
 * gathering alone (for prayers, a funeral) is none.
 */
function gatheringsWithDemands(
  hits: CueHit[],
  tokens: Token[],
  lex: LocaleLexicon,
  next?: Token[],
  prev?: Token[],
): void {
  if (!hits.some((h) => h.cues.includes("gather"))) return;
  const demands = lex.demands.matchAll(tokens);
  const dispersed =
    hits.some((h) => h.cues.includes("intervene") && !h.cues.includes("arrest")) ||
    // ("hundreds of supporters gathered outside his home. Gendarmes fired tear gas to disperse them.")
    (!!next && dispersalIn(lex.cues.matchAll(next)));
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i];
    if (!h.cues.includes("gather")) continue;
    const says =
      dispersed ||
      demands.some(
        (d) =>
          (d.first > h.last && d.first - h.last <= GATHER_DEMAND_REACH) ||
          // ("À l'appel d'un collectif, 200 personnes se sont rassemblées devant la mosquée")
          (d.last < h.first && h.first - d.last <= GATHER_DEMAND_BEFORE_REACH),
      ) ||
      atSeatOfPower(tokens, h, lex) ||
      // ("In Batumi, several hundred people marched ..., while in Kutaisi around 300 people gathered": a
      // crowd gathered after a march told in the same sentence protests too)
      hits.some((x) => x.last < h.first && x.cues.includes("protest") && !x.cues.includes("gather")) ||
      // ("About 600 people marched to Old Town Pocatello. In Moscow, roughly 350 people gathered at
      // Friendship Square": a crowd counted as it gathers, right after a march told, protests too)
      (countedBefore(tokens, h) && !!prev && lex.cues.matchAll(prev).some((m) => m.value === "protest"));
    setCues(
      h,
      h.cues.filter((c) => c !== "gather"),
    );
    if (says && !h.cues.includes("protest")) h.cues.push("protest");
    if (!h.cues.length) hits.splice(i, 1);
  }
}

/** Whether a count of people comes within a few words of the hit ("roughly 350 people gathered", "ils étaient 1 200"). */
function countedBefore(tokens: Token[], h: CueHit): boolean {
  for (let k = h.first - 1; k >= Math.max(0, h.first - COUNT_REACH); k--) if (tokens[k].num) return true;
  for (let k = h.last + 1; k < Math.min(tokens.length, h.last + 1 + COUNT_AFTER_REACH); k++)
    if (tokens[k].num) return true;
  return false;
}
/** How many words after a gathering its count may come ("À Bayonne, ils étaient environ 1 200"). */
const COUNT_AFTER_REACH = 2;
/** How many words before a gathering its count may come ("about 1,200 students and teachers gathered"). */
const COUNT_REACH = 4;

/** How far after the gathering its demand may come ("ont convergé vers la place de la Nation, à
 * Ouagadougou, le samedi 17 mai 2025, à l'appel d'une coordination, pour exprimer leur soutien"). */
const GATHER_DEMAND_REACH = 30;
/** How far before the gathering its demand or its call may come ("ont répondu à l'appel d'un collectif ... et se
 * sont rassemblées"). */
const GATHER_DEMAND_BEFORE_REACH = 16;

/**
 * "several hundred people gathered outside the Israeli embassy", "rassemblés devant la préfecture": a
 * crowd that gathers in front of a seat of power is there to be heard. (Right after the gathering's
 * word, the approach word first, the seat within a few words of it.)
 */
function atSeatOfPower(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  // (a crowd counted as it gathers may be told its count's sources and its day before where it stood: "Ils
  // étaient environ 300, selon la police, hier mardi en début d'après-midi, devant le palais de justice")
  const reach = countedBefore(tokens, h) ? COUNTED_SEAT_APPROACH_REACH : SEAT_APPROACH_REACH;
  const approach = lex.siteApproaches
    .matchAll(tokens.slice(h.last + 1, h.last + 1 + reach))
    .find((a) => a.first <= reach);
  if (!approach) return false;
  // ("gathered outside the town hall to congratulate him": no demand)
  if (lex.gatheringPurposes.matchAll(tokens).some((p) => p.first > h.last && p.first - h.last <= 14))
    return false;
  const from = h.last + 1 + approach.last + 1;
  return lex.seatsOfPower.matchAll(tokens.slice(from, from + SEAT_REACH)).length > 0;
}
/** How many words after the gathering's word the approach comes ("gathered on Friday outside"). */
const SEAT_APPROACH_REACH = 5;
/** The same for a crowd counted as it gathers. */
const COUNTED_SEAT_APPROACH_REACH = 16;
/** How many words after the approach the seat comes ("outside the Israeli embassy"). */
const SEAT_REACH = 4;

/** Cues of strikes from afar: what they hit is their target, whatever it was doing. */
const REMOTE = new Set<Cue>(["air", "shell"]);

/**
 * "un drone des FAMa a frappé un groupe d'hommes rassemblés près de Dioura": a gathering a strike from
 * afar hit is its target, no demonstration. (A single-word gathering cue after the strike's cue.)
 */
function struckGathering(hits: CueHit[]): void {
  const strike = hits.findIndex((h) => h.cues.some((c) => REMOTE.has(c)));
  if (strike < 0) return;
  const reach = hits[strike].last + STRUCK_REACH;
  for (let i = hits.length - 1; i > strike; i--) {
    const h = hits[i];
    if (h.first <= reach && h.first === h.last && crowdActionOnly(h)) hits.splice(i, 1);
  }
}
/** How many words after a strike's word what it hit is named ("a frappé un groupe d'hommes rassemblés"). */
const STRUCK_REACH = 6;

/** How far after a crowd's count its demand may come: "Hundreds of farmers drove ... demanding ...". */
const DEMAND_AFTER_CROWD = 30;

/**
 * "Hundreds of farmers drove their tractors into the centre of Toulouse on Tuesday ..., demanding lower
 * fuel taxes": a crowd counted, in a sentence with no event word, that demands something after a verb
 * in the past has protested. The demand is the protest's word. (Not "will march ... to demand": no
 * verb in the past.)
 */
function crowdDemanding(tokens: Token[], lex: LocaleLexicon): PhraseMatch<Cue> | null {
  const demands = lex.demands.matchAll(tokens);
  if (!demands.length) return null;
  const counts = lex.crowdCounts.matchAll(tokens);
  if (!counts.length) return null;
  for (const d of demands) {
    const c = counts.find((x) => x.last < d.first && d.first - x.last <= DEMAND_AFTER_CROWD);
    if (!c) continue;
    let past = false;
    for (let k = c.last + 1; k < d.first && !past; k++) past = lex.pastVerb.test(tokens[k].text);
    if (past) return { first: d.first, last: d.last, start: d.start, end: d.end, value: "protest" };
  }
  return null;
}

/**
 * "hundreds of students were dispersed by police with tear gas", "la police a dispersé des centaines
 * d'étudiants": a crowd broken up by force has protested, though no word of protest is said.
 */
function dispersedCrowd(hits: CueHit[], tokens: Token[], lex: LocaleLexicon): void {
  if (!hits.length || hits.some((h) => h.cues.some((c) => CROWD_CUES.has(c)))) return;
  const dispersal = hits.find((h) => h.cues.includes("intervene") && !h.cues.includes("arrest"));
  if (!dispersal) return;
  // ("fired tear gas and pepper balls at residents who surrounded their vehicles": people fired at)
  if (!lex.crowdCounts.matchAll(tokens).length && !firedAtPeople(tokens, dispersal, lex)) return;
  dispersal.cues.push("protest");
}

/** Whether the dispersal is aimed, a few words on, at people ("at residents", "sur les habitants"). */
function firedAtPeople(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  for (let k = h.last + 1; k < Math.min(tokens.length - 1, h.last + DISPERSAL_TARGET_REACH); k++) {
    if (!AIMED_AT.has(tokens[k].norm)) continue;
    return crowdWord(tokens[k + 1].norm, lex);
  }
  return false;
}
/** Prepositions of what a dispersal is aimed at. */
const AIMED_AT = new Set(["at", "on", "sur", "contre"]);
/** How many words after a dispersal its target may come ("tear gas and pepper balls at residents"). */
const DISPERSAL_TARGET_REACH = 6;
/**
 * "des centaines de motards ont envahi les artères de la ville, incendié le sous-commissariat et pillé un
 * dépôt", "hundreds of youths torched a police post": a crowd counted as the subject of burning or looting
 * riots (not "des dizaines de maisons ont été incendiées", a passive's things).
 */
function crowdRioting(hits: CueHit[], tokens: Token[], lex: LocaleLexicon): void {
  const riot = hits.find((h) => h.cues.includes("riot") && !h.cues.includes("protest"));
  // (not a mob's violence on people: "a crowd of residents beat and set fire to a man")
  if (!riot || hits.some((h) => h.cues.some((c) => CROWD_HARM.has(c)))) return;
  const count = lex.crowdCounts
    .matchAll(tokens)
    .find((c) => c.last < riot.first && riot.first - c.last <= 16);
  if (!count) return;
  for (let k = count.last + 1; k < riot.first; k++)
    if (PASSIVE_WORDS.has(tokens[k].norm) || tokens[k].text === ";" || tokens[k].text === ".") return;
  riot.cues.push("protest");
}
const CROWD_HARM = new Set<Cue>(["protest", "attack", "kill", "beat", "mob", "injure"]);
const PASSIVE_WORDS = new Set(["ete", "been", "were", "was", "is", "are", "sont", "est"]);

const CROWD_CUES = new Set<Cue>([
  "protest",
  "riot",
  "mob",
  "gather",
  "clash",
  "attack",
  "kill",
  "air",
  "shell",
]);

/**
 * "About 40 students occupied the administration building", "des étudiants ont occupé le rectorat":
 * people of a crowd's words who occupy a building protest (a sit-in), no territory taken.
 */
function occupiedByCrowd(hits: CueHit[], tokens: Token[], lex: LocaleLexicon): void {
  for (const h of hits) {
    if (!h.cues.includes("seize") || h.cues.includes("protest")) continue;
    const crowd = tokens
      .slice(Math.max(0, h.first - OCCUPIER_REACH), h.first)
      .some((t) => crowdWord(t.norm, lex));
    if (!crowd) continue;
    const building = tokens
      .slice(h.last + 1, h.last + 1 + OCCUPIED_REACH)
      .some((t) => lex.buildings.has(t.norm) || lex.occupiedSites.has(t.norm));
    // (an occupation, no seizure: the crowd's sit-in)
    if (building) setCues(h, ["protest"]);
  }
}
/** How many words before an occupation its crowd may come ("students who had occupied"). */
const OCCUPIER_REACH = 4;
/** How many words after it the building may come ("occupied part of the main administration building"). */
const OCCUPIED_REACH = 7;

/** A dispersal among the cue matches of a sentence (an intervention that is no arrest). */
function dispersalIn(matches: { first: number; last: number; value: Cue }[]): boolean {
  return matches.some(
    (m) =>
      m.value === "intervene" &&
      !matches.some((o) => o.value === "arrest" && o.first === m.first && o.last === m.last),
  );
}

/** How many words after a crowd's action the words that call it off may come ("the march planned for Saturday in Kano was called off"). */
const UNREALISED_REACH = 8;
/** How many words after an announcement the demonstration announced may come. */
const ANNOUNCE_REACH = 8;
/** Words that open what was reported, not what was announced. */
const THAT = new Set(["that", "que", "qu'", "qu’"]);

/** How many words before a cue a negation reaches. */
const NEGATION_REACH = 4;
/** How far before a word of a truce "no agreement", "without agreeing" may stand. */
const AGREEMENT_NEGATION_REACH = 8;
/** Words of agreeing after a negation ("no agreement", "without agreeing", "sans accord"). */
const AGREEING = new Set(["agreement", "agreeing", "deal", "accord", "consensus", "entente", "agreed"]);

/** "into effect", "took effect", "en vigueur": an agreement put into effect, not made. */
const INTO_EFFECT = new Set(["effect", "vigueur"]);
const EFFECT_VERBS = new Set(["into", "in", "took", "take", "takes", "taken", "taking", "en"]);

/** Words after a participle that tell who did it ("incendiée par des militants"): a deed, no state. */
const AGENT_WORDS = new Set(["by", "par"]);

/**
 * A one-word cue of destruction or rioting that is a participle qualifying a site named after a
 * preposition of place: after the site's noun ("devant la permanence incendiée") or between the
 * determiner and the noun ("outside the torched office"), with no doer after it.
 */
function siteState(tokens: Token[], m: PhraseMatch<Cue>, lex: LocaleLexicon): boolean {
  if (m.first !== m.last || (m.value !== "riot" && m.value !== "destroy") || !lex.sitePrepositions.size)
    return false;
  const k = m.first;
  if (AGENT_WORDS.has(tokens[k + 1]?.norm ?? "") || !lex.pastVerb.test(tokens[k].text)) return false;
  const word = (t: Token | undefined) => !!t && !t.cap && !t.num && /^\p{L}+$/u.test(t.norm);
  const after =
    word(tokens[k - 1]) &&
    lex.siteDeterminers.has(tokens[k - 2]?.norm ?? "") &&
    lex.sitePrepositions.has(tokens[k - 3]?.norm ?? "");
  const before =
    word(tokens[k + 1]) &&
    lex.siteDeterminers.has(tokens[k - 1]?.norm ?? "") &&
    lex.sitePrepositions.has(tokens[k - 2]?.norm ?? "");
  return after || before;
}

/** Prepositions of a grievance before an arrest's noun ("against the detention of ..."). */
const GRIEVANCES = new Set(["against", "over", "contre"]);
/** Nouns of a release asked for, before "of" ("the release of ...", "la libération de ..."). */
const RELEASES = new Set(["release", "liberation"]);
/** The words after such a noun ("of", "de"). */
const OF = new Set(["of", "de", "des", "du", "d'"]);
/** How many words back the preposition of a grievance may stand. */
const GRIEVANCE_REACH = 10;

/** An arrest named as a grievance: what people stand against, or whose release they demand. */
function grievedArrest(tokens: Token[], m: PhraseMatch<Cue>, lex: LocaleLexicon): boolean {
  if ((m.value !== "arrest" && m.value !== "intervene") || m.first !== m.last) return false;
  // (a participle only after a demand for release: "demanded the release of all political workers
  // detained under the ordinance"; its word of police action too)
  const participle = lex.pastVerb.test(tokens[m.first].text);
  if (m.value === "intervene" && !participle) return false;
  // (back over the nouns of the grievance, "against the enforced disappearances of workers and the
  // detention of ...", to the preposition; not past punctuation)
  for (let k = m.first - 1; k >= Math.max(0, m.first - GRIEVANCE_REACH); k--) {
    const t = tokens[k];
    if (RELEASES.has(t.norm) && OF.has(tokens[k + 1]?.norm ?? "")) return true;
    if (!participle && GRIEVANCES.has(t.norm)) return true;
    if (/^[,;:.!?»«"]$/u.test(t.text)) return false;
  }
  return false;
}

function selfDispersed(tokens: Token[], m: PhraseMatch<Cue>, lex: LocaleLexicon): boolean {
  if (m.value !== "intervene" || m.first !== m.last || !lex.dispersalVerbs.has(tokens[m.first].norm))
    return false;
  const prev = tokens[m.first - 1]?.norm ?? "";
  const crowd =
    lex.crowdSubjects.has(prev) ||
    lex.gatheringNouns.has(prev) ||
    lex.crowdNouns.some((c) => c !== "of" && prev.startsWith(c));
  // ("dispersed by mid-afternoon", "by 6 pm": a time, no doer)
  const next = tokens[m.first + 1];
  const after = tokens[m.first + 2];
  const byTime =
    next?.norm === "by" &&
    !!after &&
    (after.num || lex.timeWords.has(after.norm) || /^mid-?/u.test(after.norm));
  return crowd && (!lex.dispersalAgents.has(next?.norm ?? "") || byTime);
}
