// (first: the JIT budget is set before any of the coder is optimised)
import "../common/jit.js";
import { type Gazetteer, loadGazetteer, type Place } from "../geo/index.js";
import { type ActorMention, type ActorRegistry, loadActorRegistry } from "../knowledge/actor-registry.js";
import { type Cue, type Locale, type LocaleLexicon, lexicon } from "../locales/index.js";
import type { Article } from "../model/article.js";
import type { EventRecord } from "../model/event.js";
import { type Doc, makeDoc, type Sentence } from "../text/document.js";
import { detectLanguage } from "../text/language.js";
import { foldKey } from "../text/normalize.js";
import type { PhraseMatcher } from "../text/phrase-matcher.js";
import { type Token, tokenize } from "../text/tokens.js";
import {
  type Coding,
  classify,
  type FrameFacts,
  isArmed,
  isState,
  joinFacts,
  orphanDestruction,
} from "./classify.js";
import {
  attacksArmedTarget,
  crowdIsWhyArrested,
  datesTheReport,
  datesTheTopic,
  inRelativeBefore,
  inRelativeClause,
  nearAHit,
  passiveVictims,
  presentWithObject,
  sumsSeveralEvents,
  TOPICAL,
  VIOLENT,
  violenceIsTopic,
  yearsBefore,
} from "./clause-tests.js";
import { SEPARATELY, splitClauses } from "./clauses.js";
import { codedToll } from "./coded-toll.js";
import { articleContext, type Context, runPendingUntil } from "./context.js";
import {
  aircraftStrikes,
  BY,
  type CueHit,
  crowdActionOnly,
  dropCues,
  findCues,
  harmsOnlyGoods,
  isStatistical,
  QUOTE,
  seizeObject,
  setCues,
} from "./cues.js";
import { addDays, countsToClause, type DateMention, findDates, yearClauseOpeners } from "./dates.js";
import { type Frame, family } from "./frames.js";
import { mergeFrames, TOLL_NOUNS } from "./merge.js";
import { findNumbers, type NumberMention, parseNumberPhrase } from "./numbers.js";
import { isAdminName, isTown } from "./place-lookup.js";
import {
  anchorHomonyms,
  cityPartHomonyms,
  countiesOfStory,
  distanceApposed,
  findPlaces,
  KIND_RANK,
  knownPlaceNames,
  located,
  mostPrecise,
  type PlaceCues,
  type PlaceMention,
  placeCues,
} from "./places.js";
import { buildRecords } from "./records.js";
import {
  addJoinedDeaths,
  backedBy,
  betweenSides,
  fatalities,
  INCLUDING,
  labeller,
  leadSpeaker,
  objectPair,
  PASSIVE_AUX,
  pairedVictims,
  sides,
  singularEach,
  singularVictim,
  tokenAt,
  withMoreDeaths,
} from "./roles.js";

export interface ExtractOptions {
  /** Force the language ("en", "fr") instead of detecting it. */
  language?: string;
}

export interface ExtractResult {
  events: EventRecord[];
  language: string;
  warnings: string[];
  doc?: Doc;
}

const VIOLENT_FIRST: CueHit["cues"][number][] = [
  "suicide",
  "air",
  "shell",
  "grenade",
  "ied",
  "chemical",
  "retake",
  "takeover",
  "clash",
  "ambush",
  "kill",
  "attack",
  "abduct",
  "sexual",
  "mob",
  "riot",
  "lethal_force",
  "protest",
  "beat",
  "injure",
  "destroy",
  "coup",
  "mutiny",
  "weapons",
  "agreement",
  "release",
  "arrest",
  "base",
  "deploy",
  "intervene",
  // (last: "its aircraft struck RSF positions", where no other cue has a verb)
  "aircraft",
];

const COUNTED = new Set<CueHit["cues"][number]>([
  "kill",
  "protest",
  "riot",
  "mob",
  "intervene",
  "lethal_force",
]);

/** "the 2014 abduction of the Chibok schoolgirls": an event noun dated by a past year right before it is history. */
function pastYearNoun(s: Sentence, h: CueHit, published: string | null): boolean {
  if (!published) return false;
  const prev = s.tokens[h.first - 1];
  // (a year written as such, "the 2014 abduction", "la 2014"-style numbers aside: 1900-2099 only)
  if (prev?.num && /^(19|20)\d\d$/.test(prev.text)) return prev.text < published.slice(0, 4);
  // ("since the 2017 shooting at the Islamic Cultural Centre, which killed six men": what the past event
  // did, told in a relative clause after it)
  if (!RELATIVE_PRONOUNS.has(prev?.norm ?? "") || s.tokens[h.first - 2]?.text !== ",") return false;
  for (let k = h.first - 3; k >= Math.max(0, h.first - 12); k--) {
    const t = s.tokens[k];
    if (/^[,;.:]$/u.test(t.text)) return false;
    if (t.num && /^(19|20)\d\d$/.test(t.text) && /^\p{Ll}/u.test(s.tokens[k + 1]?.text ?? ""))
      return t.text < published.slice(0, 4);
  }
  return false;
}
const RELATIVE_PRONOUNS = new Set(["which", "that", "qui"]);

/** "found guilty of terrorism and kidnapping": an event word a few nouns after a charge phrase. */
function chargedWith(
  tokens: Token[],
  h: CueHit,
  charges: Array<{ first: number; last: number }>,
  pastVerb: RegExp,
  attempts: Set<string>,
): boolean {
  for (const c of charges) {
    // ("arrested three men for stealing phones": the event word inside the charge phrase)
    if (c.first < h.first && h.first <= c.last) return true;
    if (c.last >= h.first || h.first - c.last > 6) continue;
    // (nouns only in between: "accused of drinking alcohol was given 40 lashes" goes on with a verb)
    let clear = true;
    // ("face charges including mischief, assaulting a peace officer and causing a disturbance": a list of
    // charges goes on past its commas)
    const list = tokens[c.last].norm === "including";
    for (let k = c.last + 1; k < h.first; k++) {
      const t = tokens[k];
      // ("a case of murder and attempted murder": the attempt qualifies the noun after it)
      if (
        (t.text === "," && !list) ||
        t.text === ";" ||
        PASSIVE_AUX.has(t.norm) ||
        (pastVerb.test(t.text) && !(k === h.first - 1 && attempts.has(t.norm)))
      )
        clear = false;
    }
    if (clear) return true;
  }
  return false;
}

/**
 * "The case ... accused the workers of attacking a government building": an event word right after "of", a
 * few words after a verb of accusing, with no date after the verb, is what the people are charged with, no
 * event told. (With a date it is an allegation that tells the event: "residents accuse troops of killing two
 * young men on Monday".)
 */
function accusedOf(tokens: Token[], h: CueHit, dates: DateMention[]): boolean {
  let of = h.first - 1;
  // ("... of attacking a government building and setting fire to vehicles": the deeds listed after it too)
  if (AND_OR.has(tokens[of]?.norm ?? ""))
    for (of--; of > h.first - 12 && of > 0; of--) {
      if (/^[,;.:]$/u.test(tokens[of].text)) return false;
      if (OF_ACCUSED.has(tokens[of].norm)) break;
    }
  if (!OF_ACCUSED.has(tokens[of]?.norm ?? "")) return false;
  for (let k = of - 1; k >= Math.max(0, of - 5); k--) {
    const t = tokens[k];
    if (t.text === "," || t.text === ";" || t.text === ".") return false;
    if (ACCUSING.has(t.norm)) return !dates.some((d) => d.start > t.start);
  }
  return false;
}
const OF_ACCUSED = new Set(["of", "d'", "de"]);
const AND_OR = new Set(["and", "or", "et", "ou"]);
/** The verbs of accusing among the blame verbs (not "blamed X for", which credits an event told). */
const ACCUSING = new Set(["accused", "accuses", "accuse", "accusing", "accusent", "accusait", "accusaient"]);

/**
 * "Police arrested five men for Wednesday's attack on a bus": an event word after "for" in the clause of an
 * arrest is what they are held for, a charge (ACLED codes the arrest; the attack is its own event only
 * where it is told).
 */
function arrestedFor(tokens: Token[], h: CueHit, hits: CueHit[], lex: LocaleLexicon): boolean {
  if (h.cues.includes("arrest")) return false;
  let k = h.first - 1;
  for (let skipped = 0; k >= 0 && skipped < 3; skipped++, k--) {
    const t = tokens[k];
    if (
      !(
        lex.anaphora.has(t.norm) ||
        timePossessive(t, lex) ||
        // (the charge quoted: 'arrested for "direct assault and disobedience"')
        QUOTE_MARK.test(t.text) ||
        (!t.cap && /^\p{Ll}+$/u.test(t.text) && !lex.chargeLinks.has(t.norm))
      )
    )
      break;
  }
  if (!lex.chargeLinks.has(tokens[k]?.norm ?? "")) return false;
  return hits.some((a) => a.cues.includes("arrest") && a.last < k && k - a.last <= 8);
}

/**
 * "detained four members of a network who allegedly collected data ... ahead of missile strikes": what
 * the people arrested are accused of, in a relative clause of allegation after the arrest, is no event.
 */
function allegedOfArrested(tokens: Token[], h: CueHit, hits: CueHit[], lex: LocaleLexicon): boolean {
  if (h.cues.includes("arrest")) return false;
  for (let k = h.first - 1; k >= Math.max(1, h.first - ALLEGED_REACH); k--) {
    if (/^[.;:]$/u.test(tokens[k].text)) return false;
    if (!lex.allegedly.has(tokens[k].norm) || !lex.relatives.has(tokens[k - 1].norm)) continue;
    const who = k - 1;
    return hits.some((a) => a.cues.includes("arrest") && a.last < who && who - a.last <= ALLEGED_REACH);
  }
  return false;
}
/** How many words an accusation's relative clause and the arrest before it may span. */
const ALLEGED_REACH = 14;

/** Prepositions that make a crowd noun the object of a case ("cases against protesters", "procès contre
 * des manifestants"). */
const CASE_OBJECT = new Set(["against", "contre"]);

/**
 * "signed a ceasefire agreement ... following clashes over a checkpoint": the fighting an agreement told
 * before it ends, named as its cause, is no event of the sentence.
 */
function causeOfAgreement(tokens: Token[], h: CueHit, hits: CueHit[]): boolean {
  if (!h.cues.every((c) => c === "clash" || c === "attack" || c === "kill")) return false;
  if (!CAUSE_WORDS.has(tokens[h.first - 1]?.norm ?? "") && !CAUSE_WORDS.has(tokens[h.first - 2]?.norm ?? ""))
    return false;
  return hits.some((a) => a.last < h.first && a.cues.includes("agreement"));
}

/** A quotation mark standing alone as a token. */
const QUOTE_MARK = /^["“”«»]$/u;

/** People are what a "handed over" hands over: the subject of its passive, or its object. */
function handsOverPeople(tokens: Token[], h: CueHit, actors: ActorMention[]): boolean {
  if (!tokens[h.first].norm.startsWith("hand")) return false;
  // ("handing him over to the gendarmerie": a person between the words)
  for (let k = h.first + 1; k < h.last; k++)
    if (PERSON_PRONOUNS.has(tokens[k].norm) || actors.some((a) => a.start === tokens[k].start)) return true;
  if (PASSIVE_AUX.has(tokens[h.first - 1]?.norm ?? "")) {
    const aux = tokens[h.first - 1];
    return actors.some((a) => a.end <= aux.start && aux.start - a.end <= 1);
  }
  const next = tokens[h.last + 1];
  const after = tokens[h.last + 2];
  // ("was caught by residents and handed over to police": suspects are handed to the police, towns are not)
  if (TO_WORDS.has(next?.norm ?? "")) {
    const to = actors.find((a) => a.start > next.start && a.start <= (tokens[h.last + 3]?.start ?? 0));
    if (to?.role === "police") return true;
  }
  return actors.some(
    (a) => (next && a.start === next.start) || (!!after && a.start === after.start && !!next?.num),
  );
}
const TO_WORDS = new Set(["to", "a", "à", "aux"]);

/** Words that give the cause of what follows ("after the death of", "après la mort de"). */
const CAUSE_WORDS = new Set(["after", "following", "over", "apres", "suite"]);

/** Cues that tell harm without a deed: killed, wounded, destroyed. */
const HARM_ONLY = new Set<CueHit["cues"][number]>(["kill", "injure", "destroy"]);
/** Cues of forces and craft sent somewhere: after a disaster, with a word of rescue, no deed of war. */
const RESCUE_MEANS = new Set<CueHit["cues"][number]>(["deploy", "aircraft"]);
/**
 * "The road ... has been closed to traffic": a road closed in the passive, nobody named as blocking it (told
 * with a disaster, the disaster closed it; students who block a bridge after a collapse protest).
 */
function closedByItself(tokens: Token[], h: CueHit): boolean {
  return h.cues.every((c) => c === "block") && PASSIVE_AUX.has(tokens[h.first - 1]?.norm ?? "");
}
/** ... and blows: beaten, stabbed, attacked. */
const HARM_OR_BLOW = new Set<CueHit["cues"][number]>(["kill", "injure", "destroy", "beat", "attack"]);
/** A private quarrel's cues: harm, a blow, and the arrest of the one who struck ("man arrested after
 * killing wife in jealousy attack"). */
const PRIVATE_CUES = new Set<CueHit["cues"][number]>([...HARM_OR_BLOW, "arrest", "intervene"]);

/**
 * A sentence whose event words are only `cues`, told with one of `words` (a disaster, a private
 * quarrel), and naming no armed group but the state's: no political violence.
 */
function nonPolitical(
  s: Sentence,
  hits: CueHit[],
  actors: ActorMention[],
  words: Set<string>,
  cues: Set<CueHit["cues"][number]>,
  blasts?: Set<string>,
  wordPhrases?: PhraseMatcher<true>,
): boolean {
  return (
    hits.every(
      (h) =>
        h.cues.every((c) => cues.has(c)) ||
        // ("a bus collided with a fuel tanker, which exploded": an explosion that names no bomb)
        (!!blasts && h.cues.every((c) => c === "ied") && allWordsIn(s.tokens, h.first, h.last, blasts)),
    ) &&
    (anyWordIn(s.tokens, 0, s.tokens.length - 1, words) || !!wordPhrases?.matchAll(s.tokens).length) &&
    !actors.some((m) => isArmed(m) && !isState(m))
  );
}

const PERSON_PRONOUNS = new Set(["him", "her", "them", "le", "la", "les"]);

/** The day a sentence says its news was told ("officials said Friday"), when before the publication. */
function reportDay(reports: DateMention[], published: string | null): DateMention | null {
  if (!published) return null;
  // (within two weeks: "claimed on November 24" read into last year is no report of this story)
  const from = addDays(published, -14);
  for (const d of reports)
    if (d.precision === 1 && !d.future && !d.yearOnly && d.date < published && d.date >= from) return d;
  return null;
}

/** "who are fighting", "which is attacking": a verb in -ing after "is"/"are" that a relative word opens. */
function goingOn(tokens: Token[], trigger: CueHit, first: number, lex: LocaleLexicon): boolean {
  const k = trigger.first;
  if (!/ing$/.test(tokens[k].norm) || !lex.progressiveAux.has(tokens[k - 1]?.norm ?? "")) return false;
  return relativeBefore(tokens, k - 1, first, lex, 5);
}

/** A relative word stands among the `span` tokens before tokens[at] (not before `first`). */
function relativeBefore(
  tokens: Token[],
  at: number,
  first: number,
  lex: LocaleLexicon,
  span: number,
): boolean {
  for (let j = at - 1; j >= Math.max(first, at - span); j--)
    if (lex.relatives.has(tokens[j].norm)) return true;
  return false;
}

/** The subject of the first active past verb of the clause other than `skip` (not the patient). */
function activeDoer(
  s: Sentence,
  hits: CueHit[],
  skip: CueHit,
  actors: ActorMention[],
  first: number,
  last: number,
  lex: LocaleLexicon,
  opensObject: (k: number) => boolean,
  patient: ActorMention | null,
): ActorMention | null {
  for (const h of hits) {
    if (h === skip || !lex.pastVerb.test(s.tokens[h.first].text)) continue;
    if (
      PASSIVE_AUX.has(s.tokens[h.first - 1]?.norm ?? "") ||
      PASSIVE_AUX.has(s.tokens[h.first - 2]?.norm ?? "")
    )
      continue;
    const a = sidesIn(s, h, actors, first, last, lex, opensObject).agent;
    if (a && a !== patient) return a;
  }
  return null;
}

/** The first hit of the first cue of VIOLENT_FIRST that some hit carries. */
function firstByCue(hits: CueHit[]): CueHit | undefined {
  for (const c of VIOLENT_FIRST) for (const h of hits) if (h.cues.includes(c)) return h;
  return undefined;
}

/** Every token of tokens[first..last] is one of the words. */
function allWordsIn(tokens: Token[], first: number, last: number, words: Set<string>): boolean {
  for (let k = first; k <= last; k++) if (!words.has(tokens[k].norm)) return false;
  return true;
}

/** Some token of tokens[first..last] is one of the words. */
/** A word of a riot, not the name of the forces that face one ("riot police", "riot gear"). */
function riotWordAt(tokens: Token[], k: number, lex: LocaleLexicon): boolean {
  return lex.riotWords.has(tokens[k].norm) && !lex.riotUnits.has(tokens[k + 1]?.norm ?? "");
}

function riotWordIn(tokens: Token[], first: number, last: number, lex: LocaleLexicon): boolean {
  for (let k = first; k <= last; k++) if (riotWordAt(tokens, k, lex)) return true;
  return false;
}

function anyWordIn(tokens: Token[], first: number, last: number, words: Set<string>): boolean {
  for (let k = first; k <= last; k++) if (words.has(tokens[k].norm)) return true;
  return false;
}

function mainTrigger(hits: CueHit[], decisive: string): CueHit {
  return hits.find((h) => h.cues.includes(decisive as never)) ?? firstByCue(hits) ?? hits[0];
}

interface Tools {
  gaz: Gazetteer;
  reg: ActorRegistry;
}
let tools: Tools | null = null;
function getTools(): Tools {
  tools ??= { gaz: loadGazetteer(), reg: loadActorRegistry() };
  return tools;
}

/** Extract the events an article reports. Synchronous and deterministic. */
export function extractArticle(article: Article, opts: ExtractOptions = {}): ExtractResult {
  const warnings: string[] = [];
  const language = (opts.language ?? article.language ?? detectLanguage(article.text)) as Locale;
  const locale: Locale = language === "fr" ? "fr" : "en";
  if (language !== "en" && language !== "fr") {
    warnings.push(`language "${language}" is not supported`);
    return { events: [], language, warnings };
  }
  const { gaz, reg } = getTools();
  const doc = makeDoc(article.text, locale);
  const ctx = articleContext(article, doc, gaz, reg, locale, placeCues(locale));
  const frames = sentenceFrames(doc, ctx, locale, gaz, reg);
  // (a dateline that gives its town's state: a state the story is set in)
  const statedDateline = ctx.datelineState ? ctx.dateline : null;
  anchorHomonyms(ctx.mentions, gaz, statedDateline);
  cityPartHomonyms(ctx.mentions, gaz, doc.sentences);
  countiesOfStory(ctx.mentions, gaz, statedDateline);
  const events = withoutUndatedBackground(
    mergeFrames(summaryBulletsLast(headlineLast(frames, doc), doc, lexicon(locale)), ctx),
    doc,
    ctx,
  );
  // ("Fatalities coded as 7": the toll a coder's note says it coded is its one event's)
  const coded = events.length === 1 ? codedToll(doc, lexicon(locale), locale) : null;
  if (coded) events[0].main.fatalities = { value: coded.value, mention: coded };
  return { events: buildRecords(events, ctx, article, reg, gaz), language: locale, warnings, doc };
}

/** The fewest sentences of a long story, where background and analysis follow the news. */
const LONG_STORY_SENTENCES = 15;
/** The paragraphs at the top of a long story that tell its news. */
const NEWS_PARAGRAPHS = 3;

/**
 * A long story's events told far down with no day of their own or of the events around them ("Gangs have
 * expanded their reach, attacking towns ...", "Families who fled the RSF ...") are its background and
 * analysis: ACLED codes the events a report dates.
 */
function withoutUndatedBackground(
  drafts: ReturnType<typeof mergeFrames>,
  doc: Doc,
  ctx: Context,
): ReturnType<typeof mergeFrames> {
  // (not a live blog or a digest whose headings date what is told under them)
  if (doc.sentences.length < LONG_STORY_SENTENCES || ctx.sectionDate) return drafts;
  const dated = (d: (typeof drafts)[number]) =>
    !!d.main.date || !!d.main.reported || d.frames.some((f) => !!f.date);
  // (a story's day goes on for the events of its kind told in its paragraphs: "À Rennes, environ 3 100
  // manifestants ont défilé" after the day's demonstrations were told)
  const datedKinds = new Set(drafts.filter(dated).map((d) => family(d.main.coding)));
  return drafts.filter(
    (d) =>
      dated(d) ||
      datedKinds.has(family(d.main.coding)) ||
      d.frames.some((f) => f.sentence.paragraph < NEWS_PARAGRAPHS),
  );
}

/** The frames of an article before merging: a window into the coder for tests and tuning. */
export function explainFrames(article: Article, opts: ExtractOptions = {}): Frame[] {
  const locale: Locale =
    (opts.language ?? article.language ?? detectLanguage(article.text)) === "fr" ? "fr" : "en";
  const { gaz, reg } = getTools();
  const doc = makeDoc(article.text, locale);
  const ctx = articleContext(article, doc, gaz, reg, locale, placeCues(locale));
  return sentenceFrames(doc, ctx, locale, gaz, reg);
}

/**
 * A headline sums up the story the body tells: its frames are merged after the body's, so that they
 * join the event the body reports (adding what only the headline says, like the toll) instead of
 * standing as an event of their own. A headline is the opening line when it has no final full stop.
 */
function headlineLast(frames: Frame[], doc: Doc): Frame[] {
  return itemHeadlinesLast(firstHeadlineLast(frames, doc), doc);
}

/**
 * "GUINEA - One dead in Conakry unrest\nCONAKRY - A 17-year-old boy was shot dead on Monday ...": in a
 * digest of briefs, an item's headline (a line of its own with no final stop, the item's text on the
 * lines right under it) sums up that item: its frames follow the item's, as the opening headline's do.
 */
function itemHeadlinesLast(frames: Frame[], doc: Doc): Frame[] {
  const sents = doc.sentences;
  let out = frames;
  for (let i = 1; i + 1 < sents.length; i++) {
    const h = sents[i];
    const before = doc.text.slice(sents[i - 1].end, h.start);
    const after = doc.text.slice(h.end, sents[i + 1].start);
    if (!before.includes("\n") || !after.includes("\n") || after.includes("\n\n")) continue;
    if (h.text.length > 120 || /[.!?:;,"”’)]$/u.test(h.text.trim())) continue;
    const head = out.filter((f) => f.sentence === h);
    if (!head.length) continue;
    // (the item: the lines under the headline, up to a blank line or the next headline)
    let j = i + 1;
    while (j + 1 < sents.length && !doc.text.slice(sents[j].end, sents[j + 1].start).includes("\n\n")) j++;
    const inItem = (f: Frame) => f.sentence.index > i && f.sentence.index <= j;
    if (!out.some(inItem)) continue;
    for (const f of head) {
      f.headline = true;
      f.itemHeadline = true;
      f.date = null;
      if (f.place?.place.kind === "country") f.place = null;
    }
    const rest = out.filter((f) => f.sentence !== h);
    let at = rest.length - 1;
    while (at >= 0 && !inItem(rest[at])) at--;
    out = [...rest.slice(0, at + 1), ...head, ...rest.slice(at + 1)];
  }
  return out;
}

/** A bullet that opens a line: "- ", "• ", "* ", "– ". */
const BULLET_LINE = /^[ \t]*[-•*–][ \t]/u;

/**
 * "HIGHLIGHTS\n- At least seven civilians killed in an attack on a camp in Dikwa LGA.\n- Three passengers
 * killed by an explosive device on the Maiduguri-Dikwa road.": the bullets under a report's summary heading
 * sum up the events its body tells, as a headline does: their frames follow the body's and join its events.
 */
function summaryBulletsLast(frames: Frame[], doc: Doc, lex: LocaleLexicon): Frame[] {
  const text = doc.text;
  const summary = (s: Sentence): boolean => {
    const lineStart = text.lastIndexOf("\n", s.start - 1) + 1;
    if (s.start - lineStart > 3 || !BULLET_LINE.test(text.slice(lineStart, lineStart + 4))) return false;
    let end = lineStart - 1;
    while (end > 0) {
      const start = text.lastIndexOf("\n", end - 1) + 1;
      const line = text.slice(start, end).trim();
      end = start - 1;
      if (!line || BULLET_LINE.test(`${line} `)) continue;
      return lex.summaryHeadings.has(foldKey(line.replace(/:$/u, "")));
    }
    return false;
  };
  const bullets = new Set(doc.sentences.filter((s) => frames.some((f) => f.sentence === s) && summary(s)));
  if (!bullets.size || frames.every((f) => bullets.has(f.sentence))) return frames;
  const head = frames.filter((f) => bullets.has(f.sentence));
  for (const f of head) {
    f.summary = true;
    if (f.place?.place.kind === "country") f.place = null;
  }
  return [...frames.filter((f) => !bullets.has(f.sentence)), ...head];
}

function firstHeadlineLast(frames: Frame[], doc: Doc): Frame[] {
  // (or, under a release's letterhead lines, the first line in capitals that tells something: "PRESS
  // RELEASE\n3rd Infantry Division ...\n25 March 2025\n\nONE NPA TERRORIST KILLED, FIREARMS RECOVERED ...")
  const capsHead = doc.sentences
    .slice(1, 6)
    .find(
      (s) =>
        CAPS_HEADLINE.test(s.text.trim()) &&
        !/[.!?]["”’)]?$/.test(s.text.trim()) &&
        frames.some((f) => f.sentence === s) &&
        !frames.some((f) => f.sentence.index < s.index),
    );
  const first = capsHead ?? doc.sentences[0];
  if (!first || doc.sentences.length < 2) return frames;
  // (not a note's sentence closed by ACLED's crowd tag: "... demanding accountability. [size=tens of thousands]")
  const closing = first.text.trim().replace(/\s*\[size=[^\]]*\]$/u, "");
  const isHeadline =
    !!capsHead || (first.text.length < 200 && (/^#/.test(first.text) || !/[.!?]["”’)]?$/.test(closing)));
  if (!isHeadline) return frames;
  const head = frames.filter((f) => f.sentence === first);
  if (!head.length || head.length === frames.length) return frames;
  for (const f of head) {
    f.headline = true;
    f.date = null;
    if (f.place?.place.kind === "country") f.place = null;
  }
  return [...frames.filter((f) => f.sentence !== first), ...head];
}

/** A line in capitals of three words or more ("ONE NPA TERRORIST KILLED, FIREARMS RECOVERED"). */
const CAPS_HEADLINE = /^(?=(?:[^\p{L}]*\p{Lu}{2,}){3})[^\p{Ll}]{12,160}$/u;

/**
 * "Security round-up: Iraq and Syria, April 28 - May 4": a weekly round-up's title gives the week its
 * weekdays fall in (published after it, "Tuesday" is the Tuesday of that week, not of publication's).
 */
function reportWeek(doc: Doc, ctx: Context, locale: Locale): { start: string; end: string } | null {
  const first = doc.sentences[0];
  if (!first || !ctx.published) return null;
  const nl = first.text.indexOf("\n");
  const end = first.start + (nl >= 0 ? nl : first.text.length);
  const d = findDates(doc.text, first.start, end, ctx.published, locale).find(
    (x) => x.precision === 2 && !x.relative && !x.future && /\d/u.test(x.text),
  );
  if (!d) return null;
  // ("16 to 23 June 2025": a round-up of eight days ends on its last day)
  const range = /(\d{1,2})\s*(?:to|au|-|–)\s*(\d{1,2})\b/u.exec(d.text);
  const span = range ? Number(range[2]) - Number(range[1]) : 6;
  return { start: d.date, end: addDays(d.date, span >= 1 && span <= 10 ? span : 6) };
}

/**
 * "Mardi après-midi, des unités de la police ... ont lancé une opération dans la zone. Quatre bandits ont été
 * tués lors des échanges de tirs": the day that opens a paragraph's first sentence, which told no event,
 * dates the next sentence of the paragraph, which tells one with no day of its own.
 */
/** The most words of a paragraph's opening that only gives the day ("Mardi 25 novembre."). */
const DAY_HEADING_TOKENS = 5;

/** Cues an opening sentence that sets the day's scene may hold ("se sont réveillés bloqués ce mardi"). */
const SCENE_CUES = new Set<string>(["block", "protest", "gather"]);
/** The most words of a story's opening sentence whose one day, written anywhere in it, dates the next one. */
const SHORT_OPENING_TOKENS = 20;

function openingDayGoesOn(loop: SentenceLoop, prev: Sentence, s: Sentence): void {
  const { doc, ctx, locale, lex } = loop;
  // ("Mardi 25 novembre. La tension monte à Saint-Lô. Plusieurs centaines d'agriculteurs déversent du
  // lisier ...": a paragraph's opening day goes on past a sentence of no event of the same paragraph)
  // (a heading of the day alone, "Mardi 25 novembre.", then a sentence that sets the scene in a town)
  const carried = ctx.sentenceDate;
  const heading = doc.sentences[prev.index - 1];
  if (
    carried?.index === prev.index &&
    heading &&
    s.paragraph === prev.paragraph &&
    !paragraphFirst(doc, prev) &&
    paragraphFirst(doc, heading) &&
    heading.tokens.length <= DAY_HEADING_TOKENS &&
    // (a scene with nobody in it: "La tension monte à Saint-Lô", not "Les FACa accrochent les 3R près de Paoua")
    !loop.reg.mentions(prev.tokens, locale, ctx.published).length &&
    notePlaces(prev, ctx, loop.gaz, loop.pc, () => []).some((m) => m.place.kind === "populated")
  ) {
    ctx.sentenceDate = { date: carried.date, index: s.index };
    return;
  }
  if (ctx.sentenceDate?.index === s.index || s.paragraph !== prev.paragraph || !paragraphFirst(doc, prev))
    return;
  if (prev.start < ctx.datelineEnd || prev.tokens.length < 3) return;
  const found = findDates(doc.text, prev.start, prev.end, ctx.published, locale);
  const d = found[0];
  // (the day opens the sentence; or the story's short opening tells it anywhere: "Le sud et le centre de l'île
  // se sont réveillés bloqués ce mardi. Dès 4 heures du matin, des membres du collectif ont installé des
  // barrages")
  const opening = prev.index <= 1 && prev.tokens.length <= SHORT_OPENING_TOKENS;
  if (found.length !== 1 || d.precision !== 1 || d.future) return;
  // (the day of the news, a weekday that closes the opening: not a date of the past the opening recalls, "on
  // July 26, 2023", nor the day of a deed of its own, "ont déposé mardi un préavis de grève")
  const closes = d.end >= prev.tokens[prev.tokens.length - 2].start;
  // (an opening that tells a scene, with words of blocking at most: not "The dead of Tse-Akaa were buried on
  // Tuesday", the day of a burial)
  const scene = () => lex.cues.matchAll(prev.tokens).every((m) => SCENE_CUES.has(m.value));
  if (d.start > prev.tokens[1].end && !(opening && d.weekday && closes && scene())) return;
  if (datesTheReport(prev, d, [], lex.reporting, lex.sourceWords)) return;
  ctx.sentenceDate = { date: d, index: s.index };
}

/** Weekdays resolved after a round-up's week go back into it. */
function inReportWeek(dates: DateMention[], week: { start: string; end: string } | null): DateMention[] {
  if (!week) return dates;
  return dates.map((d) => {
    if (!d.weekday || !d.relative || d.date <= week.end) return d;
    let date = d.date;
    while (date > week.end) date = addDays(date, -7);
    return date >= week.start ? { ...d, date } : d;
  });
}

/** The scene's town still holds: same paragraph, no line break since the sentence that set it. */
function inScene(ctx: Context, doc: Doc, s: Sentence): boolean {
  const scene = ctx.scenePlace;
  if (!scene) return false;
  if (scene.paragraph === s.paragraph && !doc.text.slice(scene.end, s.start).includes("\n")) return true;
  // ("On 11 August, security forces conducted an operation in general area Miran Shah." alone in its
  // paragraph, then "During the operation, troops engaged ...": a lead paragraph of one sentence sets the
  // scene of the paragraph after it)
  const lead = doc.sentences.find((x) => x.end === scene.end);
  return (
    !!lead &&
    s.paragraph === scene.paragraph + 1 &&
    paragraphFirst(doc, lead) &&
    /\n/u.test(doc.text.slice(lead.end, lead.end + 3)) &&
    paragraphFirst(doc, s)
  );
}

/** "À Dakar, ...", "In Kaolack, ...", "C'est à Kaolack que ...": a sentence that opens on a town (not on a
 * day: "On Saturday, ...", "In January, ..."); the index of the town's first token, or -1. */
function opensOnPlace(s: Sentence, pc: PlaceCues, datesOf: () => readonly DateMention[]): number {
  const t = s.tokens;
  let k = 0;
  // ("C'est à Kaolack que")
  if (/^c['’]?$/iu.test(t[0]?.text ?? "") && t[1]?.norm === "est") k = 2;
  if (!pc.prepositions.has(t[k]?.norm ?? "") || !t[k + 1]?.cap) return -1;
  let j = k + 1;
  while (j < t.length && j < k + 5 && t[j].cap) j++;
  if (!(t[j]?.text === "," || (k === 2 && (t[j]?.norm === "que" || t[j]?.norm === "qu'")))) return -1;
  const from = t[k + 1].start;
  const to = t[j - 1].end;
  return datesOf().some((d) => d.start < to && d.end > from) ? -1 : k + 1;
}

/** "La ville de Sougueur, à une quarantaine de kilomètres de Tiaret, a vécu mardi une journée de vives
 * tensions", "The town of Kasese was tense on Monday", "Kaédi a connu mardi ...": a sentence whose subject
 * is a town; the index of the town's first token, or -1. */
function townSubject(s: Sentence, pc: PlaceCues): number {
  const t = s.tokens;
  // (past a short opening phrase: "Toujours dans l'Extrême-Nord, la ville de Mora a été endeuillée jeudi")
  const comma = t.findIndex((x, k) => k < 6 && x.text === ",");
  for (const k of comma >= 0 ? [0, comma + 1] : [0]) {
    const kind = t[k + 1]?.norm ?? "";
    if (
      pc.definite.has(t[k]?.norm ?? "") &&
      (pc.townNouns.has(kind) || pc.villages.has(kind)) &&
      pc.of.has(t[k + 2]?.norm ?? "") &&
      t[k + 3]?.cap
    )
      return k + 3;
  }
  // (a bare name only before an auxiliary: "Kaédi a connu mardi ...", "Kasese was tense on Monday")
  if (t[0]?.cap && SUBJECT_AUX.has(t[1]?.text ?? "")) return 0;
  // (and the town of a subject named with it, before its verb: "L'Université Cheikh Anta Diop de Dakar a
  // renoué hier lundi avec la violence")
  for (let k = 1; k < 10 && k + 1 < t.length; k++) {
    if (!pc.of.has(t[k].norm) || !t[k + 1].cap) continue;
    let j = k + 1;
    while (j < t.length && t[j].cap) j++;
    return SUBJECT_AUX.has(t[j]?.text ?? "") ? k + 1 : -1;
  }
  return -1;
}

const SUBJECT_AUX = new Set(["a", "est", "was", "has", "had", "is", "avait"]);

/** Possessive determiners of a group ("its troops", "their fighters", "ses combattants"). */
const OWNERS = new Set(["its", "their", "ses", "leurs"]);

/** Possessive determiners of a person ("his troops"). */
const PERSON_OWNERS = new Set(["his", "her", "son", "sa", "ses"]);
/** A possessive or a first-person owner ("the visitors'", "Canon's", "my", "our", "mes", "nos"). */
const OWNER = /^(?:\p{L}+['’]s?|my|our|their|mes|nos|mon|notre|leurs|leur)$/iu;

/** A short sentence opened by a section number ("3.3 Air strike in Shwebo township."), with no other figure. */
const SECTION_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+\p{Lu}/u;
function runInHeading(s: Sentence): boolean {
  return (
    s.tokens.length <= 10 && SECTION_NUMBER.test(s.text) && !/\d/u.test(s.text.replace(SECTION_NUMBER, ""))
  );
}

/** A short sentence closed by brackets: a briefing's heading ("1. Burkina Faso, Sahel region (Monday 3 March)."). */
const HEADING_END = /\)\s*[.:]?\s*$/u;
function isHeading(s: Sentence): boolean {
  return s.tokens.length <= 16 && HEADING_END.test(s.text);
}

/**
 * The one day a sentence that tells nothing gives, for what follows it: a heading's day dates the
 * paragraph under it ("2. Mali, Menaka region (Wednesday 5 March)."); a short sentence's, the next
 * sentence ("It was Thursday night, after the evening prayers.").
 */
function dayGiven(doc: Doc, s: Sentence, ctx: Context, locale: Locale): DateMention | null {
  // (or a longer one that tells when what follows began: "Les violences ont commencé dans la nuit de
  // dimanche 9 à lundi 10 mars.")
  if (
    !isHeading(s) &&
    s.tokens.length > 12 &&
    !(s.tokens.length <= 20 && s.tokens.some((t) => BEGAN.has(t.norm)))
  )
    return null;
  const found = findDates(doc.text, s.start, s.end, ctx.published, locale);
  return found.length === 1 && found[0].precision === 1 && !found[0].future ? found[0] : null;
}

/** Verbs that tell when something began. */
const BEGAN = new Set(["began", "started", "begun", "commence", "debute", "demarre"]);

/** The country a sentence's first line names alone, as a section header ("PAKISTAN", "Burkina Faso"). */
function sectionCountry(doc: Doc, s: Sentence, gaz: Gazetteer): string | null {
  // ("2. Mali, Menaka region (Wednesday 5 March).": a heading opened by a country, its place and day in
  // brackets)
  if (isHeading(s)) {
    const numbered = /^\s*(?:\d{1,2}[.)]\s+)?([^,(\n]{3,40})[,(]/u.exec(s.text);
    if (numbered) return gaz.country(numbered[1].trim())?.name ?? null;
  }
  // ("SYRIA - Thursday: A roadside bomb ...": a round-up item opened by its country in capitals)
  const caps = /^\s*(\p{Lu}[\p{Lu} .'’-]{2,30}?)\s*(?:[-–—]\s|:\s)/u.exec(s.text);
  if (caps) {
    const c = gaz.country(caps[1].trim());
    if (c) return c.name;
  }
  const nl = s.text.indexOf("\n");
  // ("Niger. Jeudi, un véhicule de l'armée ...": a round-up's paragraph opened by its country and a full stop)
  const opensLine = s.index > 0 && /\n\s*$/u.test(doc.text.slice(Math.max(0, s.start - 4), s.start));
  const line = (nl >= 0 ? s.text.slice(0, nl) : s.index > 0 ? s.text : "")
    .trim()
    .replace(opensLine && nl < 0 ? /[:—–.-]+$/u : /[:—–-]+$/u, "")
    .trim();
  if (!line || line.length > 40 || /[.,;!?]/.test(line) || line.split(/\s+/).length > 4) return null;
  return gaz.country(line)?.name ?? null;
}

const AFTER_WORDS = new Set(["after", "once", "apres"]);
/** Words that open a clause about a happening before or after the one told ("a day after ...", "avant"). */
const TIME_LINKS = new Set(["after", "before", "following", "apres", "avant"]);
/** The units of a span between two happenings ("a day after", "deux jours avant"). */
const TIME_UNITS = new Set([
  "day",
  "days",
  "hours",
  "weeks",
  "week",
  "months",
  "month",
  "jour",
  "jours",
  "heures",
  "semaines",
  "semaine",
  "mois",
]);
/** A killing told in the pluperfect right after "after" ("arrived after he had died"). */
function deathToldBefore(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  if (h.cues.some((c) => c !== "kill")) return false;
  let k = h.first - 1;
  if (PASSIVE_AUX.has(tokens[k]?.norm ?? "") || tokens[k]?.norm === "been") k--;
  if (!lex.pluperfectAux.has(tokens[k]?.norm ?? "")) return false;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (AFTER_WORDS.has(tokens[j].norm)) return true;
  return false;
}

/** The one armed group an event told names, as its agent or among its actors. */
function groupOfEvent(f: Frame): ActorMention | null {
  if (f.agent?.group && isArmed(f.agent)) return f.agent;
  const named = f.actors.filter((a) => a.group && isArmed(a));
  return named.length && named.every((a) => a.group?.name === named[0].group?.name) ? named[0] : null;
}

/** Nouns of harm that tell a toll, not a deed ("injuries", "bodies"). */
const HARM_NOUNS = new Set([
  "injuries",
  "injury",
  "wounds",
  "bodies",
  "corpses",
  "blessures",
  "corps",
  "cadavres",
]);

/** "about forty kilometres from Téra", "à une quarantaine de kilomètres de Téra", "15 km south of Goma". */
const DISTANCE_PHRASE =
  /\b(?:kilom[eè]tres?|km|miles?)\s+(?:(?:north|south|east|west|au nord|au sud|à l'est|à l'ouest)\s+)?(?:from|of|de|d'|du)\b/iu;

/** A distance phrase of at most 100 km ("about forty kilometres from Téra"; not "about 600 km south of Lima"). */
function nearbyDistance(text: string): boolean {
  const m = DISTANCE_PHRASE.exec(text);
  if (!m) return false;
  const figures = /(\d[\d,. ]*)\s*$/u.exec(text.slice(Math.max(0, m.index - 12), m.index));
  return !figures || Number(figures[1].replace(/[^\d]/gu, "")) <= 100;
}

/** Prepositions that open what a crowd protests about ("against rising incidents of extortion"). */
const TOPIC_PREPOSITIONS = new Set(["against", "over", "amid", "of", "contre", "face"]);

/** The object of an attack is a thing of words or law ("attacked the decision", "une attaque contre nos droits"). */
function abstractObject(tokens: Token[], h: CueHit, lex: LocaleLexicon, strict: boolean): boolean {
  for (let k = h.last + 1; k <= Math.min(tokens.length - 1, h.last + 4); k++) {
    const n = tokens[k].norm;
    // (the thing itself, not a noun it qualifies: "attacked the law courts")
    // (or the head after it: "a direct attack on the peace agreement")
    if (lex.abstractTargets.has(n))
      return (
        !strict ||
        !/^\p{Ll}/u.test(tokens[k + 1]?.text ?? ".") ||
        OBJECT_END.has(tokens[k + 1].norm) ||
        lex.abstractTargets.has(tokens[k + 1].norm)
      );
    if (!OBJECT_LEAD.has(n)) return false;
  }
  return false;
}
const OBJECT_END = new Set([
  "as",
  "of",
  "by",
  "and",
  "that",
  "which",
  "in",
  "on",
  "for",
  "comme",
  "de",
  "du",
  "des",
  "et",
  "qui",
  "par",
]);
const OBJECT_LEAD = new Set([
  "on",
  "over",
  "upon",
  "against",
  "the",
  "our",
  "their",
  "its",
  "his",
  "her",
  "this",
  "that",
  "a",
  "government's",
  "contre",
  "sur",
  "la",
  "le",
  "les",
  "nos",
  "notre",
  "leur",
  "leurs",
  "l'",
  "cette",
  "ce",
]);

/** A cue written only with words of combat that may be a figure of speech ("battle", "fought"). */
function figurative(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  for (let k = h.first; k <= h.last; k++) if (!lex.figurativeCombat.has(tokens[k].norm)) return false;
  return true;
}

/** The article-wide inputs of the sentence loop and what it carries from one sentence to the next. */
interface SentenceLoop {
  doc: Doc;
  ctx: Context;
  locale: Locale;
  gaz: Gazetteer;
  reg: ActorRegistry;
  lex: LocaleLexicon;
  pc: PlaceCues;
  frames: Frame[];
  week: { start: string; end: string } | null;
  // The last sentence left out as sport or entertainment, as a disaster: the story the next one goes on with.
  offStory: number;
  /** Whether the story opened on sport (a match report): its team names are no armed sides, and its
   * sentences with no armed side tell no event, however far from the opening. */
  sportStory: boolean;
  /** Whether the words of sport run through the whole story (a match report whose opening says little),
   * looked up when a sentence names fighting and nobody. */
  sportDoc?: boolean;
  /** Whether the story names fireworks (looked up when a sentence names mortars). */
  fireworks?: boolean;
  /** The last sentence whose words are a statistic's ("depuis le début de la guerre", "since 2023"). */
  statistic: number;
  /** Whether the story opened on statistics, before any event ("Focus crimes nationwide dropped by 12 percent
   * in the first three months"): its sentences with no day or month of their own tell figures, no event. */
  statisticStory: boolean;
  /** The first sentence that held event words (a title or a lede that told something), or -1 before one. */
  firstCue: number;
  disasterStory: number;
  // (a story opened by a disaster: "Floods and landslides have killed 38 people across Nepal ...")
  disasterLead: boolean;
  // (a story opened by a trial: "Le procès de trois anciens commandants ... s'est ouvert lundi")
  courtStory: boolean;
  // (a story opened by a private quarrel: "Man arrested after killing wife in jealousy attack")
  privateStory: boolean;
  // The country of the foreign forces named last ("Israeli troops" in a story filed from the West Bank).
  foreignForce: string | null;
  /** The count of frames when a sentence last told a crowd's action as a plan and none as done (-1: none). */
  plannedDemo: number;
}

/**
 * The frames of every sentence of an article, in text order. Each step of the loop is a function of its
 * own: V8 optimises small functions separately, instead of one huge one again whenever an article takes a
 * new path (each of those compilations cost far more than the code saved).
 */
function sentenceFrames(doc: Doc, ctx: Context, locale: Locale, gaz: Gazetteer, reg: ActorRegistry): Frame[] {
  const lex = lexicon(locale);
  const pc = placeCues(locale);
  ctx.knownPlaces = knownPlaceNames(doc.sentences, gaz, pc, ctx.country, (key) => {
    const toks = tokenize(key);
    return reg.mentions(toks, locale).length > 0 || lex.cues.matchAll(toks).length > 0;
  });
  const frames: Frame[] = [];
  const week = reportWeek(doc, ctx, locale);
  const articleCountry = ctx.country;
  const loop: SentenceLoop = {
    doc,
    ctx,
    locale,
    gaz,
    reg,
    lex,
    pc,
    frames,
    week,
    offStory: -2,
    sportStory: false,
    statistic: -2,
    statisticStory: false,
    firstCue: -1,
    disasterStory: -2,
    disasterLead: false,
    courtStory: false,
    privateStory: false,
    foreignForce: null,
    plannedDemo: -1,
  };
  let last: { s: Sentence; frames: number } | null = null;
  for (const s of doc.sentences) {
    if (last && frames.length === last.frames) openingDayGoesOn(loop, last.s, s);
    last = { s, frames: frames.length };
    sectionHeading(loop, s);
    const hits = eventHits(loop, s);
    if (loop.firstCue < 0 && hits.length) loop.firstCue = s.index;
    placeOrCreditTold(loop, s, hits);
    // ("3.3 Sexual violence in Myinmu township. Between 14 and 16 April, troops ...": a report's numbered
    // heading names what the paragraph under it tells)
    if (hits.length && runInHeading(s)) hits.length = 0;
    // ("Related: Map: Street closures for Saturday's downtown march": a link to another story)
    if (hits.length && linkLine(s, loop.lex)) hits.length = 0;
    // ("De l'attaque d'un marché près d'Ouallam à la marche des jeunes de Tillabéri, retour sur une semaine de
    // tensions", "Here is what happened this week": a recap's opening names what the entries below tell)
    if (
      hits.length &&
      s.paragraph === 0 &&
      loop.lex.recapOpeners.matchesWithin(s.tokens, 0, s.tokens.length - 1)
    )
      hits.length = 0;
    if (!hits.length) {
      sentenceOfNoEvent(loop, s);
      continue;
    }
    const found = eventDatesFound(loop, s, hits);
    if (
      !found ||
      statisticOnly(loop, s, hits, found) ||
      tollAfterStatistic(loop, s, hits, found) ||
      // (until the story tells an event with a day of its own: what follows it goes on with that event)
      (loop.statisticStory &&
        !frames.length &&
        !found.some((d) => !d.yearOnly && d.precision <= 2 && !d.future))
    ) {
      if (isStatistical(s.tokens, loop.lex)) {
        loop.statistic = s.index;
        if (statisticOpening(loop, s)) loop.statisticStory = true;
      }
      continue;
    }
    const actors = sentenceActors(loop, s, hits, found);
    countMilitaries(ctx, actors);
    if (!hits.length) continue;
    resolveReferences(loop, s, hits, actors);
    if (offTopicOrNonPolitical(loop, s, hits, actors)) continue;
    const dates = eventDates(loop, s, hits, found);
    if (!dates) continue;
    const places = eventPlaces(loop, s, hits, actors, found);
    const framesBefore = frames.length;
    clauseFrames(loop, s, hits, actors, dates, places);
    afterClauses(loop, s, hits, actors, found, places, framesBefore);
  }
  // (the sections told their own countries; the article's stays the country of what follows)
  ctx.country = articleCountry;
  return frames;
}

/** A round-up's section header (its country) and heading town (what is told under it). */
function sectionHeading(loop: SentenceLoop, s: Sentence): void {
  const { doc, ctx, gaz } = loop;
  // ("MALI\nOn Tuesday, ...", "INDIA\nIn Chhattisgarh, ...": a roundup's section header names the
  // country of the events told under it, until the next header)
  const section = sectionCountry(doc, s, gaz);
  if (section) {
    ctx.sections ??= [];
    ctx.sections.push({ start: s.start, country: section });
  }
  if (section && section !== ctx.country) {
    ctx.country = section;
    ctx.places = [];
  }
  // ("UVIRA" ... "KINDU": a round-up's heading, a town alone on its line in capitals, places what is told
  // under it)
  const heading = s.text.trim();
  if (
    s.index > 0 &&
    /^\p{Lu}[\p{Lu} '’-]{2,30}$/u.test(heading) &&
    /\n\s*$/u.test(doc.text.slice(Math.max(0, s.start - 3), s.start)) &&
    /^\s*\n/u.test(doc.text.slice(s.end, s.end + 3))
  ) {
    const name = heading.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (x) => x.toUpperCase());
    const town =
      section || isAdminName(gaz, name, ctx.country, "admin1")
        ? null
        : gaz.resolve({ name, country: ctx.country });
    ctx.sectionPlace =
      town && !town.fuzzy && located(town) && isTown(town) && (!ctx.country || town.country === ctx.country)
        ? {
            weak: false,
            start: s.start,
            end: s.end,
            text: name,
            first: 0,
            last: s.tokens.length - 1,
            relation: "in",
            admin: [],
            place: town,
            query: { q: name, admin: [] },
          }
        : null;
  }
  // ("1. Kumbo, Bui division (North-West) - 8 January 2025": a numbered incident heading alone on its
  // line places, and dates, what is told under it, until the next heading)
  // ("Trends", "Recommendations": a short heading of another kind ends the incidents' sections)
  if (
    ctx.sectionPlace &&
    ctx.sectionPlace.start !== s.start &&
    s.tokens.length <= 4 &&
    !/[.!?:]$/u.test(heading) &&
    /^\s*\n/u.test(doc.text.slice(s.end, s.end + 3)) &&
    !/^\d{1,2}[.)]$/u.test(heading)
  ) {
    ctx.sectionPlace = null;
    ctx.sectionDate = undefined;
  }
  // (the number may be a sentence of its own: "1." then "Kumbo, Bui division ...")
  const numberBefore = /^\d{1,2}[.)]$/u.test(doc.sentences[s.index - 1]?.text.trim() ?? "");
  const numbered = NUMBERED_HEADING.exec(numberBefore ? `1. ${heading}` : heading);
  if (numbered && !/[.!?]$/u.test(heading) && /^\s*\n/u.test(doc.text.slice(s.end, s.end + 3))) {
    const found = findDates(doc.text, s.start, s.end, ctx.published, loop.locale);
    const day = found.length === 1 && found[0].precision === 1 && !found[0].future ? found[0] : null;
    // (a town with its unit or its day: not "1. Tillaberi region", a region's section)
    const town =
      numbered[2] || day
        ? gaz.resolve({ name: numbered[1], country: ctx.country, admin: numbered[2] ? [numbered[2]] : [] })
        : null;
    if (
      town &&
      !town.fuzzy &&
      located(town) &&
      isTown(town) &&
      (!ctx.country || town.country === ctx.country)
    ) {
      ctx.sectionPlace = {
        weak: false,
        start: s.start,
        end: s.end,
        text: numbered[1],
        first: 0,
        last: s.tokens.length - 1,
        relation: "in",
        admin: [],
        place: town,
        query: { q: numbered[1], admin: [] },
      };
      ctx.sectionDate = day ? { date: day, paragraph: s.paragraph } : undefined;
    }
  }
}
/** "1. Kumbo, Bui division (North-West) - 8 January 2025": its town and the unit named after it. */
const NUMBERED_HEADING =
  /^\d{1,2}[.)]\s+(\p{Lu}[\p{L}'’ -]{1,40}?)(?:,\s*([\p{L}'’ -]{2,40}?))?\s*(?:\(|[-–—:]|$)/u;

/** The event cues of a sentence that tell an event of its own. */
function eventHits(loop: SentenceLoop, s: Sentence): CueHit[] {
  const { doc, ctx, locale, reg, lex, frames } = loop;
  const allHits = fireworkMortars(
    loop,
    s,
    aircraftStrikes(
      s.tokens,
      findCues(s.tokens, lex, doc.sentences[s.index + 1]?.tokens, doc.sentences[s.index - 1]?.tokens),
      lex,
    ),
  );
  // ("freed", "released" tell a release only of captives: not "released a statement", not a
  // detainee "later released")
  // (only a hit whose one cue is "release" asks: the sentence's words are looked up only then)
  const captives =
    allHits.some((h) => h.cues.length === 1 && h.cues[0] === "release") &&
    s.tokens.some((t) => lex.captives.has(t.norm));
  // ("A court sentenced a retired colonel on Tuesday for the false positives, in which soldiers killed
  // civilians": the crimes judged; an arrest told with the trial stays one)
  // (not a court's word that only describes a person: "supporters of jailed former prime minister Imran
  // Khan", "the convicted opposition leader")
  const court = lex.courtWords
    .matchAll(s.tokens)
    // (a court's name before its words counts: "Newcastle Crown Court heard that ...")
    .some(
      (m) =>
        (!s.tokens[m.first].cap ||
          m.first === 0 ||
          (m.last > m.first && !s.tokens[m.last].cap && !!s.tokens[m.first - 1]?.cap)) &&
        !describesPersonWord(s.tokens, m, lex),
    );
  // ("Ethiopia signed a memorandum of understanding with Somaliland on port access": diplomacy; a
  // settlement names a truce, peace or prisoners, or is made with an armed group)
  const settlement =
    !allHits.some((h) => h.cues.includes("agreement")) ||
    anyWordIn(s.tokens, 0, s.tokens.length - 1, lex.peaceWords) ||
    reg.mentions(s.tokens, locale, ctx.published).some((m) => isArmed(m) && !isState(m));
  if (court && s.index <= 1) loop.courtStory = true;
  // ("in a move it described as 'a direct attack on the peace agreement'": an attack noun on a thing of words
  // or law, beside the deed told; found once per sentence)
  const wordAttacks =
    allHits.length > 1
      ? allHits.filter(
          (h) =>
            h.cues.every((c) => c === "attack") &&
            !lex.pastVerb.test(s.tokens[h.first].text) &&
            abstractObject(s.tokens, h, lex, true),
        )
      : [];
  const hits = allHits.filter(
    (h) =>
      // (but "comparaissent pour certains en détention", "appeared in court in custody": held, not arrested)
      (!court ||
        (h.cues.includes("arrest") && !/^(?:en|in)\s/iu.test(s.text.slice(h.start - s.start))) ||
        courtCrowd(s, h, lex)) &&
      (settlement || !h.cues.includes("agreement") || h.cues.length > 1) &&
      !h.negated &&
      !h.hedged &&
      !backgroundNoun(s.tokens, h, lex) &&
      !agreementSince(s.tokens, h, lex) &&
      !summedUp(s.tokens, h, lex) &&
      !mournedDeath(s.tokens, h, lex) &&
      !diedInAccident(s.tokens, h, lex) &&
      !amongWeaponsFound(s.tokens, h, allHits, lex) &&
      !afterTheEventOpener(s.tokens, h, lex) &&
      !gearCarried(s.tokens, h) &&
      !wordAttacks.includes(h) &&
      // (and the agreement it names: "an attack on the peace agreement")
      !wordAttacks.some((a) => h.first > a.last && h.first - a.last <= 5) &&
      !describesPerson(s.tokens, h, lex) &&
      (!h.cues.includes("release") ||
        h.cues.length > 1 ||
        captives ||
        allHits.some((x) => x.cues.includes("abduct"))),
  );
  // ("une marche blanche en mémoire de Yanis, mort samedi après son interpellation par la police": what
  // befell the one mourned, told after his death, is no event of the march either)
  // (up to the end of its clause: "... anniversary of the assassination of a student, stones were thrown")
  const mourned = allHits.find((h) => mournedDeath(s.tokens, h, lex));
  if (mourned) {
    let stop = mourned.last + 1;
    while (stop < s.tokens.length && s.tokens[stop].text !== "," && s.tokens[stop].text !== ";") stop++;
    for (let k = hits.length - 1; k >= 0; k--)
      if (
        hits[k].first > mourned.first &&
        hits[k].last < stop &&
        !hits[k].cues.some((c) => c === "protest" || c === "gather")
      )
        hits.splice(k, 1);
  }
  // ("staged a sit-in against rising incidents of extortion": the harm a crowd protests about is its topic)
  const protestHit = hits.find((h) => h.cues.includes("protest"));
  if (protestHit)
    for (let k = hits.length - 1; k >= 0; k--) {
      const h = hits[k];
      if (
        h.start > protestHit.end &&
        h.cues.every((c) => c === "destroy") &&
        (TOPIC_PREPOSITIONS.has(s.tokens[h.first - 1]?.norm ?? "") ||
          TOPIC_PREPOSITIONS.has(s.tokens[h.first - 2]?.norm ?? ""))
      )
        hits.splice(k, 1);
    }
  // ("Police arrived after he had died": a death in the pluperfect after "after" is one told already)
  if (frames.length)
    for (let k = hits.length - 1; k >= 0; k--) if (deathToldBefore(s.tokens, hits[k], lex)) hits.splice(k, 1);
  // ("Local sources blamed the attack on IS Sahel": the event words inside an attribution name the event
  // just told, no event of their own)
  if (hits.length && frames.length) {
    const named = lex.attributions.matchAll(s.tokens).filter((a) => a.last > a.first + 1);
    if (named.length)
      for (let k = hits.length - 1; k >= 0; k--)
        if (named.some((a) => a.first < hits[k].first && hits[k].last <= a.last)) hits.splice(k, 1);
  }
  return plannedDemoGoesOn(loop, s, allHits, hits) ? [] : hits;
}

/**
 * "Gardaí are planning an operation next Saturday, when an anti-immigration rally ... are due to take
 * place. Organisers of the rally say they expect tens of thousands of people to march ...": a crowd's
 * action named again after one told as a plan, with nothing done in the past tense and no past day, and
 * no event told since, is that plan (the sentence that tells the plan is remembered here).
 */
function plannedDemoGoesOn(loop: SentenceLoop, s: Sentence, allHits: CueHit[], hits: CueHit[]): boolean {
  const { doc, ctx, locale, lex, frames } = loop;
  if (allHits.some((h) => h.hedged && crowdActionOnly(h)) && !hits.some(crowdActionOnly)) {
    loop.plannedDemo = frames.length;
    return false;
  }
  return (
    loop.plannedDemo === frames.length &&
    hits.length > 0 &&
    hits.every(
      (h) =>
        crowdActionOnly(h) && !s.tokens.slice(h.first, h.last + 1).some((t) => lex.pastVerb.test(t.text)),
    ) &&
    // (not a gathering told done: "In Galway, a separate rally of about 200 people took place in Eyre Square")
    !s.tokens.some((t) => lex.pastHappenings.has(t.norm)) &&
    !findDates(doc.text, s.start, s.end, ctx.published, locale).some((d) => !d.future)
  );
}

/** A line opened by a link's label and a colon ("Related:", "Read more:", "Lire aussi :"). */
function linkLine(s: Sentence, lex: LocaleLexicon): boolean {
  const label = lex.linkLabels.matchAll(s.tokens).find((m) => m.first === 0);
  return !!label && s.tokens[label.last + 1]?.text === ":";
}

/** A sentence with no event of its own may credit or place the event told just before. */
function placeOrCreditTold(loop: SentenceLoop, s: Sentence, hits: CueHit[]): void {
  const { ctx, locale, gaz, reg, lex, pc, frames } = loop;
  // "The device was likely planted by JNIM militants": an attribution that tells no event names the
  // group the coders credit with the one just told (a hedge alone credits nobody: "Dan Na Ambassagou,
  // accused of reprisal attacks, said ...").
  // (the attribution lexicon is searched only when there is an earlier frame to credit)
  if (!hits.length && frames.length && lex.attributions.matchAll(s.tokens).length > 0) {
    // (not the one who speaks: "A CJTF commander, Bulama Kachalla, said the device was planted by ...")
    creditClaim(frames, notSpeakers(s.tokens, reg.mentions(s.tokens, locale, ctx.published), lex));
  }
  // ("The army said the operation took place near the village of Tamou": where the event just told
  // happened, a finer place inside its area)
  // ("... hit an IED on Tuesday, killing six soldiers. The vehicle was part of a patrol ..., about forty
  // kilometres from Téra": the spot told right after an event placed only in its country or region)
  const lastFrame = frames.at(-1);
  const vague =
    !!lastFrame &&
    lastFrame.sentence.index === s.index - 1 &&
    (!lastFrame.place || lastFrame.place.place.kind === "country" || lastFrame.place.place.kind === "admin1");
  // ("U.S. air strikes hit sites in Hodeidah province ... Saba said the strikes hit a farm on the outskirts of
  // Bajil": the strikes named again with a determiner, right after strikes placed only in a region)
  const strikesAgain =
    vague &&
    lastFrame.coding.event_type === "Explosions/Remote violence" &&
    s.tokens.some((t, k) => k > 0 && lex.strikeWords.has(t.norm) && lex.anaphora.has(s.tokens[k - 1].norm));
  const locator =
    strikesAgain || lex.locators.matchAll(s.tokens).some((m) => determinerBefore(s.tokens, m.first, lex));
  if (!hits.length && frames.length && (locator || (vague && nearbyDistance(s.text)))) {
    placeEventTold(
      frames[frames.length - 1],
      notePlaces(s, ctx, gaz, pc, () => reg.mentions(s.tokens, locale, ctx.published)),
    );
    // ("the operation was conducted on Wednesday": the day of the event just told, when it had none of its own)
    const told = frames[frames.length - 1];
    if (locator && (!told.date || told.borrowedDate) && told.sentence.index >= s.index - 2) {
      const days = findDates(loop.doc.text, s.start, s.end, ctx.published, locale).filter(
        (d) => d.precision === 1 && !d.future && !d.yearOnly,
      );
      if (days.length === 1) {
        told.date = days[0];
        told.borrowedDate = undefined;
      }
    }
  }
  // ("2 youths were kidnapped from a convoy traveling from Algeria to Gao. They were taken by armed men
  // near Anefis.": the victims named again by a pronoun, right after an event placed only where people
  // were going or coming from, say where it happened)
  else if (
    !hits.length &&
    lastFrame &&
    lastFrame.sentence.index === s.index - 1 &&
    (vague || !!lastFrame.place?.weak) &&
    lex.subjectPronouns.has(s.tokens[0]?.norm ?? "") &&
    PASSIVE_AUX.has(s.tokens[1]?.norm ?? "")
  ) {
    const ps = notePlaces(s, ctx, gaz, pc, () => reg.mentions(s.tokens, locale, ctx.published)).filter(
      (p) => !p.weak && located(p.place) && p.place.kind !== "country",
    );
    if (lastFrame.place?.weak) {
      const best = mostPrecise(ps);
      if (best) lastFrame.place = best;
    } else placeEventTold(lastFrame, ps);
  }
  // ("Two soldiers were killed when jihadists attacked an army post in northern Iraq, sources said
  // Thursday. The attackers struck the post in a village south-west of Hawija late on Tuesday ...": the
  // doers named again, in a sentence of no event word right after one told with no day and no town, give
  // its day and its place)
  // (shots in the air tell no event of their own: "firing into the air and marching residents into the bush")
  // (the day alone when the event already has its town: "a suicide bomber drove a vehicle ... into an army base
  // on the outskirts of Beledweyne ... The attacker rammed the gate of the base ... on Saturday morning")
  else if (
    hits.every((h) => h.cues.every((c) => c === "air_shots")) &&
    lastFrame &&
    lastFrame.sentence.index === s.index - 1 &&
    !lastFrame.date &&
    lex.definites.has(s.tokens[0]?.norm ?? "") &&
    lex.backReferences.has(s.tokens[1]?.norm ?? "")
  ) {
    const days = findDates(loop.doc.text, s.start, s.end, ctx.published, locale).filter(
      (d) => d.precision === 1 && !d.future,
    );
    if (days.length !== 1) return;
    if (vague)
      placeEventTold(
        lastFrame,
        notePlaces(s, ctx, gaz, pc, () => reg.mentions(s.tokens, locale, ctx.published)),
      );
    lastFrame.date = days[0];
  }
}

/**
 * The longest paragraph-opening sentence of no event whose one day and one town set the scene ("Il était
 * un peu plus de 6 heures, mardi, lorsque des agents de l'ANR ont frappé à la porte de ..., à Kinshasa.").
 */
const SCENE_TOKENS = 45;
/** The longest paragraph-opening sentence of no event whose one town, with no date, sets the scene. */
const SHORT_SCENE_TOKENS = 15;

/** The sentences of a story's title and lede that may open it on figures. */
const LEDE_SENTENCES = 3;

/**
 * Whether a statistical sentence opens the story ("Focus crimes nationwide dropped by 12 percent in the first
 * three months"): the first sentence, the second after a title of no event, or one of the lede's first; with
 * figures (not "La ville de Kankan a renoué avec les violences jeudi soir"), before any event.
 */
function statisticOpening(loop: SentenceLoop, s: Sentence): boolean {
  return (
    !loop.frames.length &&
    // (or the lede's first sentences, under a title: "Attacks rise 10pc in May: report. QUETTA: Militant attacks
    // across the province rose by 10 per cent in May")
    (s.index === 0 ||
      (s.index === 1 && (loop.firstCue < 0 || loop.firstCue === s.index)) ||
      (s.paragraph <= 1 && s.index <= LEDE_SENTENCES)) &&
    s.tokens.some((t) => t.num) &&
    // (a day written out is the news's: "ont tenté ce mardi 11 mars d'organiser un sit-in ... gelée depuis
    // 2021"; not the report's weekday, "the police said on Thursday")
    !findDates(loop.doc.text, s.start, s.end, loop.ctx.published, loop.locale).some(
      (d) => d.precision === 1 && !d.future && !d.relative,
    )
  );
}

/** A sentence that tells no event: the scene, day or story it sets for what follows. */
function sentenceOfNoEvent(loop: SentenceLoop, s: Sentence): void {
  const { doc, ctx, locale, gaz, reg, lex, pc, frames } = loop;
  if (isStatistical(s.tokens, lex)) {
    loop.statistic = s.index;
    if (statisticOpening(loop, s)) loop.statisticStory = true;
  }
  // ("2. Mali, Menaka region (Wednesday 5 March).": a briefing's heading dates the paragraph under it)
  // ('"It was Thursday night, after the evening prayers. The al-Shabaab came into our village ..."')
  const day = dayGiven(doc, s, ctx, locale);
  if (day && isHeading(s)) ctx.sectionDate = { date: day, paragraph: s.paragraph };
  // (the story's opening sentence, before any event: its one day is the story's)
  if (ctx.leadDate === undefined && !frames.length && s.index <= 2 && s.start >= ctx.datelineEnd) {
    const one = findDates(doc.text, s.start, s.end, ctx.published, locale);
    ctx.leadDate =
      one.length === 1 && one[0].precision === 1 && !one[0].future && one[0].weekday ? one[0] : null;
  }
  // ("À Ziguinchor, une centaine de commerçants ...", "C'est à Kaolack que la tension a été la plus vive.")
  // (the sentence's dates are parsed only when its words could set a scene: most sentences cannot)
  let sentenceDates: DateMention[] | null = null;
  const datesOf = () => (sentenceDates ??= findDates(doc.text, s.start, s.end, ctx.published, locale));
  const opening = opensOnPlace(s, pc, datesOf);
  // (a paragraph that opens with a town as the subject of a day, "La ville de Sougueur ... a vécu mardi
  // une journée de vives tensions": the town and the day of what the paragraph tells next)
  const subjectAt =
    opening < 0 && (s.index === 0 || doc.text.slice(doc.sentences[s.index - 1].end, s.start).includes("\n"))
      ? townSubject(s, pc)
      : -1;
  const days =
    subjectAt >= 0 ? datesOf().filter((d) => d.precision === 1 && !d.future) : ([] as DateMention[]);
  // (one day, however many words tell it: "hier lundi")
  const subject = days.length >= 1 && days.every((d) => d.date === days[0].date) ? subjectAt : -1;
  const at = opening >= 0 ? opening : subject;
  const scene =
    at >= 0
      ? notePlaces(s, ctx, gaz, pc, () => reg.mentions(s.tokens, locale, ctx.published)).find(
          (p) => p.first === at && !p.weak && p.place.kind === "populated" && located(p.place),
        )
      : undefined;
  if (opening >= 0 || scene)
    ctx.scenePlace = scene
      ? { place: scene, paragraph: s.paragraph, end: s.end, frames: frames.length }
      : null;
  // ("Butembo : la ville est paralysée ce lundi ...": a bulletin's item opened by its town and a colon)
  const colon = s.tokens.findIndex((t) => t.text === ":");
  if (
    !scene &&
    opening < 0 &&
    colon > 0 &&
    colon <= 3 &&
    s.tokens.slice(0, colon).every((t) => t.cap) &&
    (s.index === 0 || /\n\s*$/u.test(doc.text.slice(Math.max(0, s.start - 3), s.start)))
  ) {
    const first = s.tokens[0];
    const last = s.tokens[colon - 1];
    const name = doc.text.slice(first.start, last.end);
    const town = gaz.resolve({ name, country: ctx.country });
    if (
      town &&
      town.kind === "populated" &&
      located(town) &&
      !town.fuzzy &&
      (!ctx.country || town.country === ctx.country)
    )
      ctx.scenePlace = {
        place: {
          start: first.start,
          end: last.end,
          text: name,
          first: 0,
          last: colon - 1,
          relation: "in",
          admin: [],
          place: town,
        },
        paragraph: s.paragraph,
        end: s.end,
        frames: frames.length,
      };
  }
  // ("NARATHIWAT - Rueso district.": a digest's item opened by its province and district, the place of
  // the item's first event)
  const dash = s.tokens.findIndex((t) => /^[-–—]$/u.test(t.text));
  if (
    !scene &&
    opening < 0 &&
    dash > 0 &&
    s.tokens.length <= 8 &&
    s.tokens.slice(0, dash).every((t) => /^\p{Lu}[\p{Lu}'’-]*$/u.test(t.text)) &&
    /\n\s*$/u.test(doc.text.slice(Math.max(0, s.start - 3), s.start))
  ) {
    const item = notePlaces(s, ctx, gaz, pc, () => reg.mentions(s.tokens, locale, ctx.published)).find(
      (p) => p.first > dash && !p.weak && located(p.place) && p.place.kind !== "country",
    );
    if (item) ctx.scenePlace = { place: item, paragraph: s.paragraph, end: s.end, frames: frames.length };
  }
  // ("La tension était vive jeudi à l'Université Cheikh Anta Diop (UCAD) de Dakar. Des centaines
  // d'étudiants ... ont affronté les forces de l'ordre": a paragraph's first sentence that gives one day
  // and one town, and tells nothing, sets both for what the paragraph tells next)
  if (!scene && opening < 0 && !day && paragraphFirst(doc, s) && s.tokens.length <= SCENE_TOKENS) {
    // (the sentence's only date: not one of a call for a day to come, "called on residents to march next
    // Saturday", nor history, "In 2021, ... were taken from a school in Jangebe")
    const one = datesOf();
    // (its places are looked up only then: looking them up records them as the story's places)
    // (nor the day news was told: "the commissioner told Radio Tamazuj on Tuesday that the attackers ...")
    const towns =
      one.length === 1 &&
      one[0].precision === 1 &&
      !one[0].future &&
      !datesTheReport(s, one[0], [], lex.reporting, lex.sourceWords)
        ? notePlaces(s, ctx, gaz, pc, () => reg.mentions(s.tokens, locale, ctx.published)).filter(
            (p) => !p.weak && p.place.kind === "populated" && located(p.place),
          )
        : [];
    if (towns.length === 1) {
      ctx.scenePlace = { place: towns[0], paragraph: s.paragraph, end: s.end, frames: frames.length };
      ctx.sentenceDate = { date: one[0], index: s.index + 1 };
    }
    // ("La situation a été plus tendue à Redeyef. Dans la soirée de lundi, des dizaines de jeunes ont
    // bloqué les principales artères de la ville": a short opening with one town and no date sets the
    // town alone)
    else if (!one.length && s.tokens.length <= SHORT_SCENE_TOKENS) {
      const only = notePlaces(s, ctx, gaz, pc, () => reg.mentions(s.tokens, locale, ctx.published)).filter(
        (p) => !p.weak && p.place.kind === "populated" && located(p.place),
      );
      if (only.length === 1)
        ctx.scenePlace = { place: only[0], paragraph: s.paragraph, end: s.end, frames: frames.length };
    }
  }
  if (scene && opening < 0) ctx.sentenceDate = { date: days[0], index: s.index + 1 };
  // (not the day the dead were buried or found: "Nous avons enterré vingt-deux personnes lundi")
  else if (opening < 0 && day && !anyWordIn(s.tokens, 0, s.tokens.length - 1, lex.findings))
    ctx.sentenceDate = { date: day, index: s.index + 1 };
  // ("At least 24 pilgrims drowned when a boat capsized": a disaster told with no cue of ours)
  if (
    anyWordIn(s.tokens, 0, s.tokens.length - 1, lex.disasters) ||
    lex.disasterPhrases.matchAll(s.tokens).length
  )
    loop.disasterStory = s.index;
  // (a sentence of no event right after goes on with the same story: "The boat was carrying about
  // 100 people ... Divers recovered bodies through the night")
  else if (loop.disasterStory === s.index - 1) loop.disasterStory = s.index;
  // (a review or a match report opens with no event word: "Olena Marchuk's debut feature ...")
  const sportWords = s.index < 2 ? lex.offTopic.matchAll(s.tokens).length : 0;
  if (loop.offStory === s.index - 1 || sportWords) loop.offStory = s.index;
  if (sportWords >= SPORT_LEAD_WORDS) loop.sportStory = true;
  // Places of sentences that tell no event matter only as a fallback: find them when asked.
  ctx.pending.push({ start: s.start, run: deferredPlaces(s, ctx, gaz, pc, lex, reg, locale) });
}

/** The dates of a sentence that tells events (null when its events are only planned ones). */
function eventDatesFound(loop: SentenceLoop, s: Sentence, hits: CueHit[]): DateMention[] | null {
  const { doc, ctx, locale, gaz, reg, lex, pc, week } = loop;
  const found = inReportWeek(findDates(doc.text, s.start, s.end, ctx.published, locale), week);
  // ("announced fresh demonstrations for Wednesday", "a strike called for next Monday": a cue with a
  // coming date right after it is a plan)
  // ("called on supporters to gather in front of the hall next Saturday for the largest rally of the
  // year": the protest called for, on a day to come)
  if (found.some((d) => d.future)) {
    // ("has called a 48-hour total shutdown ... from midnight of October 15")
    const call = hits.some((h) => h.cues.includes("protest"))
      ? (lex.callsToAct.matchAll(s.tokens)[0] ?? lex.plannedCalls.matchAll(s.tokens)[0])
      : undefined;
    // ("called a hartal in the district for Wednesday to protest against the killings and demand the arrest
    // of the attackers": what the planned action is for is planned with it)
    const planned = hits.filter((h) => plannedFor(s, h, found));
    const demands = planned.length ? lex.demands.matchAll(s.tokens) : [];
    const aimOfPlan = (h: CueHit) =>
      planned.some((p) => p.last < h.first) &&
      demands.some((d) => d.first > planned[0].last && d.first <= h.first);
    const kept = hits.filter(
      (h) =>
        !plannedFor(s, h, found) && !aimOfPlan(h) && !(call && h.first > call.last && crowdActionOnly(h)),
    );
    if (!kept.length) {
      ctx.pending.push({ start: s.start, run: deferredPlaces(s, ctx, gaz, pc, lex, reg, locale) });
      return null;
    }
    hits.splice(0, hits.length, ...kept);
  }
  return found;
}

/** Statistics tell no event. */
function statisticOnly(loop: SentenceLoop, s: Sentence, hits: CueHit[], found: DateMention[]): boolean {
  const { lex } = loop;
  // Statistics tell no event ("1,933 cases of coronavirus", "killed since January"), unless the
  // sentence dates a happening of its own: "On 30 April 2020, citizens held a sit-in ... stranded
  // since the start of the outbreak".
  // (nor a crowd's day, "marched through Mexico City on Tuesday to demand ... a 100% salary increase")
  if (
    statisticOfClause(s, hits, lex, loop.pc) &&
    !found.some(
      (d) =>
        writtenDay(d) &&
        !datesOtherNoun(s, d, hits) &&
        // (nor the report's own day: "said in its monthly update on Sept. 9")
        !datesTheReport(s, d, hits, lex.reporting, lex.sourceWords, found.length) &&
        !statisticsDay(s, d, lex),
    ) &&
    !(
      hits.some((h) => h.cues.includes("protest") && !h.cues.includes("kill")) &&
      found.some((d) => d.weekday && d.precision === 1 && !d.future && !sinceDate(s, d, lex))
    )
  )
    return true;
  return false;
}

/** Words between a report's noun and its day ("update on Sept. 9", "rapport du 9 septembre"). */
const REPORT_DAY_LINKS = new Set(["on", "dated", "of", "du", "date"]);

/** "in its monthly update on Sept. 9": a day right after words of statistics is the report's. */
function statisticsDay(s: Sentence, d: DateMention, lex: LocaleLexicon): boolean {
  const at = tokenAt(s.tokens, d.start);
  return lex.statistics
    .matchAll(s.tokens)
    .some(
      (m) =>
        m.last < at &&
        at - m.last <= 2 &&
        s.tokens.slice(m.last + 1, at).every((t) => REPORT_DAY_LINKS.has(t.norm)),
    );
}

/**
 * Whether the sentence's statistics words belong to its event's clause: not those of an inserted clause,
 * between two commas, that names no event ("Le convoi, qui acheminait des vivres vers Djibo, ville sous
 * blocus depuis plusieurs années, a été attaqué": the years are the town's).
 */
/** Last words of a share ("per cent", "percent", "%"). */
const PERCENT_WORDS = new Set(["cent", "percent", "%"]);

function statisticOfClause(s: Sentence, hits: CueHit[], lex: LocaleLexicon, pc: PlaceCues): boolean {
  const t = s.tokens;
  const placeWord = (w: string | undefined) =>
    !!w && (pc.kinds.has(w) || pc.capital.has(w) || pc.townNouns.has(w) || w === "chef-lieu");
  return lex.statistics.matchAll(t).some((m) => {
    // ("to rally for a 15 per cent pay rise", "against a 20 percent fuel price hike": a share a crowd asks
    // for or protests against, no statistic)
    if (
      PERCENT_WORDS.has(t[m.last].norm) &&
      t.slice(m.last + 1, m.last + 4).some((x) => lex.demandedShares.has(x.norm))
    )
      return false;
    let a = m.first - 1;
    while (a >= 0 && t[a].text !== ",") a--;
    let b = m.last + 1;
    while (b < t.length && t[b].text !== ",") b++;
    if (a < 0 || b >= t.length || hits.some((h) => h.first > a && h.last < b)) return true;
    // (an apposition that says what a town is: ", chef-lieu de la province du Soum sous blocus depuis
    // plusieurs années,", ", a town under siege for years,")
    const det = t[a + 1]?.norm ?? "";
    return !(
      placeWord(det) ||
      ((pc.definite.has(det) || pc.indefinite.has(det)) && placeWord(t[a + 2]?.norm))
    );
  });
}

/**
 * "Les violences n'ont pas cessé en Cisjordanie depuis le début de la guerre. Plus de 900 Palestiniens y ont
 * été tués": a toll of a hundred or more with no day, right after words of a statistic, goes on with it.
 */
function tollAfterStatistic(loop: SentenceLoop, s: Sentence, hits: CueHit[], found: DateMention[]): boolean {
  const { doc, locale } = loop;
  if (loop.statistic !== s.index - 1 || found.some((d) => !d.yearOnly)) return false;
  const kills = hits.filter((h) => h.cues.includes("kill"));
  if (!kills.length) return false;
  return findNumbers(doc.text, s.start, s.end, locale).some((n) => {
    if (n.value < TALLY_COUNT || n.vague) return false;
    const at = tokenAt(s.tokens, n.start);
    return kills.some((h) => h.first > at && h.first - at <= 8);
  });
}

/** Sides that fight with arms. */
const FIGHTING_ROLES = new Set([
  "military",
  "police",
  "armed_group",
  "named_group",
  "identity_militia",
  "external",
]);

/** Words that open an apposition saying what a town is (", a town of 300,000 people under blockade for
 * years,", ", chef-lieu de la province"). */
const TOWN_APPOSITION = new Set([
  "town",
  "city",
  "village",
  "locality",
  "capital",
  "ville",
  "localite",
  "capitale",
  "chef-lieu",
]);
const APPOSITION_DETERMINERS = new Set(["a", "an", "the", "un", "une", "la", "le", "l'"]);

/** A phrase inside an apposition between commas that says what a town is, where it names no event. */
function inTownApposition(t: Token[], m: { first: number; last: number }): boolean {
  let a = m.first - 1;
  while (a >= 0 && t[a].text !== ",") a--;
  if (a < 0) return false;
  const w = t[a + 1]?.norm ?? "";
  return (
    TOWN_APPOSITION.has(w) || (APPOSITION_DETERMINERS.has(w) && TOWN_APPOSITION.has(t[a + 2]?.norm ?? ""))
  );
}

/** Counts the militaries the sentence names by their country (the striker of unclaimed air strikes). */
function countMilitaries(ctx: Context, actors: ActorMention[]): void {
  for (const a of actors) {
    if (a.role !== "military" || !a.country) continue;
    ctx.militaryCountries ??= new Map();
    ctx.militaryCountries.set(a.country, (ctx.militaryCountries.get(a.country) ?? 0) + 1);
  }
}

/** The actors a sentence names (dates inside their names and protest words of group names dropped). */
function sentenceActors(
  loop: SentenceLoop,
  s: Sentence,
  hits: CueHit[],
  found: DateMention[],
): ActorMention[] {
  const { doc, ctx, locale, reg, lex, pc } = loop;
  // (the last words of "an end to", "to prevent" ...: found once per sentence, when a mention asks)
  let ends: Set<number> | null = null;
  const purposeEnds = () => (ends ??= new Set(lex.endPurposes.matchAll(s.tokens).map((e) => e.last)));
  const actors = notSources(
    backReferences(
      reg
        .mentions(s.tokens, locale, ctx.published)
        .filter(
          (m, _, all) =>
            !(lex.properNouns.has(m.text) && m.start > s.start) &&
            !deniedVictims(s.tokens, m, lex) &&
            !membersOfArmed(s.tokens, m, all) &&
            !coalitionOfGroup(s.tokens, m, all) &&
            !datelineAgency(doc.text, m, ctx) &&
            !pursued(s.tokens, m, lex) &&
            !navyBlue(s.tokens, m) &&
            !wantedEnded(s.tokens, m, purposeEnds) &&
            !stationAsPlace(s.tokens, m, hits, lex) &&
            !simile(s.tokens, m, lex) &&
            !kindOfPlace(s, m, pc) &&
            !reg.foreignAlias(m, ctx.country),
        )
        .map((m) =>
          demandingPeople(
            s.tokens,
            asStateWhenState(reg.localStateAlias(m, ctx.country), reg, ctx.country, ctx.published),
            lex,
          ),
        ),
      lex,
      s.tokens,
    ),
    lex,
    s.tokens,
  );
  // ("the March 23 Movement (M23)": a date inside a group's name dates nothing, and its "March" is no march)
  for (let k = found.length - 1; k >= 0; k--)
    if (actors.some((a) => a.start <= found[k].start && found[k].end <= a.end)) found.splice(k, 1);
  for (let k = hits.length - 1; k >= 0; k--)
    if (
      hits[k].cues.every((c) => c === "protest") &&
      actors.some((a) => a.group && a.start < hits[k].end && hits[k].start < a.end)
    )
      hits.splice(k, 1);
  return actors;
}

/** Forces, fighters and pronouns named again stand for the ones named before; claims credit groups. */
function resolveReferences(loop: SentenceLoop, s: Sentence, hits: CueHit[], actors: ActorMention[]): void {
  const { ctx, locale, reg, lex, frames } = loop;
  // ("Israeli troops raided Jenin ... fighters exchanged fire with the soldiers": forces named again with
  // "the" and no country are the foreign forces named before, not the article country's)
  for (let k = 0; k < actors.length; k++) {
    const m = actors[k];
    if ((m.role === "military" || m.role === "police") && m.country && m.country !== ctx.country && !m.group)
      loop.foreignForce = m.country;
    else if ((m.role === "military" || m.role === "police") && m.country === ctx.country)
      loop.foreignForce = null;
    else if (
      loop.foreignForce &&
      (m.role === "military" || m.role === "police") &&
      !m.country &&
      !m.group &&
      lex.anaphora.has(s.tokens[tokenAt(s.tokens, m.start) - 1]?.norm ?? "")
    )
      actors[k] = { ...m, country: loop.foreignForce };
  }
  // ("the Arakan Army announced that its troops had captured a junta outpost": "its troops", "their
  // fighters" after a group named in the sentence are that group's)
  // (the group may be named as the one who speaks: "the Arakan Army announced that its troops ...")
  for (let k = 0; k < actors.length; k++) {
    const m = actors[k];
    if (m.group || !OWNERS.has(s.tokens[tokenAt(s.tokens, m.start) - 1]?.norm ?? "")) continue;
    if (m.role !== "military" && m.role !== "police" && m.role !== "armed_group") continue;
    // (not an acronym of a foreign group: "the Nigerian Air Force (NAF) said its aircraft ...")
    const owner = reg
      .mentions(s.tokens, locale, ctx.published)
      .filter(
        (a) =>
          a.end <= m.start && !!a.group && isArmed(a) && !isState(a) && !reg.foreignAlias(a, ctx.country),
      )
      .at(-1);
    if (owner) actors[k] = { ...owner, start: m.start, end: m.end, text: m.text };
  }
  // ("... attributed to CODECO militiamen. Armed with guns, the militiamen set fire to shelters": fighters
  // named again with "the" and no name of their own are the group of the event just told)
  // (the group may be named only as the author: "an attack attributed to CODECO militiamen")
  // (the last event told that names one, within three sentences: a toll told in between names nobody)
  let told: Frame | undefined;
  for (let k = frames.length - 1; k >= 0 && frames[k].sentence.index >= s.index - 3; k--)
    if (groupOfEvent(frames[k])) {
      told = frames[k];
      break;
    }
  const toldGroup = told ? groupOfEvent(told) : null;
  if (
    told &&
    toldGroup &&
    // (not when the event just told had armed people on the other side too: "Koglweogo militiamen
    // killed bandits ... The bandits had pillaged a store")
    !isArmed(told.patient) &&
    !told.actors.some((a) => isArmed(a) && !a.group) &&
    !actors.some((a) => a.group && isArmed(a))
  )
    for (let k = 0; k < actors.length; k++) {
      const m = actors[k];
      if (
        (m.role === "armed_group" || m.role === "identity_militia") &&
        !m.group &&
        !m.ethnicity &&
        lex.armedBackNouns.has(m.text.toLowerCase()) &&
        lex.anaphora.has(s.tokens[tokenAt(s.tokens, m.start) - 1]?.norm ?? "")
      )
        actors[k] = { ...toldGroup, start: m.start, end: m.end, text: m.text };
    }
  // "Soldiers mutinied ... They took over the towns of ...": a sentence opened by a subject pronoun
  // goes on with the agent of the sentence just before.
  const they = pronounSubject(s, frames.at(-1), lex);
  if (they && !actors.some((a) => a.start < (hits[0]?.start ?? s.end))) actors.unshift(they);
  // "The attack on the camp was claimed by JNIM": the groups a claim names are the authors.
  // (only the groups next to the claim, and not a claim denied: "No group has claimed responsibility")
  const armedGroups = actors.some((a) => a.group && isArmed(a));
  for (const c of armedGroups ? lex.attributions.matchAll(s.tokens) : []) {
    if (s.tokens.slice(Math.max(0, c.first - 3), c.first).some((t) => lex.negations.has(t.norm))) continue;
    const from = s.tokens[Math.max(0, c.first - 6)].start;
    const to = s.tokens[Math.min(s.tokens.length - 1, c.last + 8)].end;
    for (let k = 0; k < actors.length; k++)
      if (
        actors[k].group &&
        isArmed(actors[k]) &&
        actors[k].start >= from &&
        actors[k].end <= to &&
        !(speaker(s.tokens, actors[k], lex) && armedAfter(actors, actors[k]))
      )
        actors[k] = { ...actors[k], claimed: true };
  }
}

/** Words of sport an opening sentence holds when the story is a match report ("laid siege to the Chiefs goal from
 * the first whistle and emerged from the derby at FNB Stadium"), not news that names fans or a concert. */
const SPORT_LEAD_WORDS = 3;
/**
 * "une quarantaine d'individus ont attaqué le commissariat à coups de mortiers d'artifice ... Lundi soir, un
 * équipage avait été pris pour cible par des jets de pierres et des tirs de mortiers": mortars told in a story
 * of fireworks are fireworks a crowd fires, no shelling (not a mortar fuze a herder breaks with stones).
 */
function fireworkMortars(loop: SentenceLoop, s: Sentence, hits: CueHit[]): CueHit[] {
  if (!hits.some((h) => h.cues.every((c) => c === "shell"))) return hits;
  const { doc, lex } = loop;
  loop.fireworks ??= doc.sentences.some((x) => lex.fireworks.matchAll(x.tokens).length > 0);
  if (!loop.fireworks) return hits;
  return hits.map((h) =>
    h.cues.every((c) => c === "shell") &&
    s.tokens.slice(h.first, h.last + 1).some((t) => lex.mortarWords.has(t.norm))
      ? { ...h, cues: ["riot"] }
      : h,
  );
}

/** Cues of fighting a match report uses as figures of its play. */
const SPORT_FIGURES = new Set<Cue>(["clash", "attack", "air", "shell"]);

/** Words of sport a whole story holds when it is a match report, whatever its opening. */
const SPORT_DOC_WORDS = 6;

function sportThroughout(doc: Doc, lex: LocaleLexicon): boolean {
  let n = 0;
  for (const s of doc.sentences) {
    n += lex.offTopic.matchAll(s.tokens).length;
    if (n >= SPORT_DOC_WORDS) return true;
  }
  return false;
}

/** Sport, disasters, private quarrels, analysis and figures of speech: no political event. */
function offTopicOrNonPolitical(
  loop: SentenceLoop,
  s: Sentence,
  hits: CueHit[],
  actors: ActorMention[],
): boolean {
  const { lex } = loop;
  // "launched a fierce attack in the second half", "the film bombed at the box office"
  // (and the sentence right after, with no armed side: "'We went to war and won the battle,' the
  // coach said")
  const unarmed = !actors.some((m) => isArmed(m));
  // (and police deployed for the match: "the match passed without incident, where 1,500 officers were
  // deployed")
  const deployOnly = hits.every((h) => h.cues.every((c) => c === "deploy"));
  // (a coach's "troops": armed men owned by a person, in a sentence of sport, are a team)
  // (and "deux attaquants supplémentaires": a player's post named as an off-topic word)
  // (an off-topic word inside an event's phrase is no sport: "un concert de casseroles")
  const sportWords = lex.offTopic
    .matchAll(s.tokens)
    .filter((w) => !hits.some((h) => h.first <= w.first && w.last <= h.last));
  // (a sentence of sport, or one of a match report's)
  const teamSport = sportWords.length > 0 || loop.sportStory;
  const sport = teamSport || loop.offStory === s.index - 1;
  const owned = (m: ActorMention) => {
    const k = s.tokens.findIndex((t) => t.start >= m.start);
    // (or a team's: "The visitors' artillery", "my soldiers" in a sentence of sport)
    return (
      (k > 0 &&
        (PERSON_OWNERS.has(s.tokens[k - 1].norm) ||
          ((sportWords.length > 0 || loop.offStory === s.index - 1) &&
            (OWNER.test(s.tokens[k - 1].text) || /^['’]$/u.test(s.tokens[k - 1].text))))) ||
      sportWords.some((w) => s.tokens[w.first].start <= m.start && s.tokens[w.last].end >= m.end) ||
      // ("the coach sent on two fresh attackers": a player's post in a sentence of sport)
      ((sportWords.length > 0 || loop.offStory === s.index - 1) &&
        PLAYER_POSTS.has(m.text.toLowerCase().split(/\s+/).pop() ?? "")) ||
      // ("laid down an artillery barrage of crosses ... through a header")
      (sportWords.length > 0 && ARMS_AS_SIDES.has(m.text.toLowerCase())) ||
      // ("Pirates doubled the lead", "the Raiders' defence": a team's name in a story of sport)
      (teamSport && /^\p{Lu}/u.test(m.text) && !m.group && !m.country) ||
      // ("police said the match passed without major incidents": who tells of the match is no side)
      (teamSport && lex.speechVerbs.has(s.tokens.find((t) => t.start >= m.end)?.norm ?? ""))
    );
  };
  // ("the celebration turned destructive as some in the crowd flipped a car, set fires and tore down light
  // poles": fans who riot after a game make an event of a story of sport)
  const crowdRiot =
    !loop.sportStory &&
    // (not a brawl or fights on the ice: "a line brawl at the end of the second period")
    hits.some((h) => h.cues.includes("riot") && !h.cues.includes("clash")) &&
    actors.some((m) => m.role === "protesters" || m.role === "rioters" || !!m.gathering);
  if (
    (unarmed ||
      (deployOnly && loop.offStory === s.index - 1) ||
      !actors.some((m) => isArmed(m) && !owned(m))) &&
    sport &&
    !crowdRiot
  ) {
    loop.offStory = s.index;
    if (s.index < 2 && sportWords.length >= SPORT_LEAD_WORDS) loop.sportStory = true;
    return true;
  }
  // ("Kotoko storm Hearts' fortress as Owusu's late strike wins the Super Clash", "Ce fut un combat de
  // tranchées, puis un assaut victorieux", "bombardés de chandelles": in a match report, fighting words
  // with nobody named are figures)
  if (
    actors.length === 0 &&
    hits.length > 0 &&
    hits.every((h) => h.cues.every((c) => SPORT_FIGURES.has(c)))
  ) {
    loop.sportDoc ??= sportThroughout(loop.doc, lex);
    if (loop.sportDoc) return true;
  }
  // ("Assessment: IED risk remains high on roads in Mandera, Wajir and Garissa counties": an analyst's
  // section tells what may happen, no event)
  if (analysisSection(s, lex)) return true;
  // "Floods killed 20 people", "A bus crash killed 15 passengers": deaths a disaster or an accident
  // caused, with no violent deed told, are no political violence
  // (gunmen named keep it violence: "Gunmen killed 12 people displaced by floods")
  // (and harm or bodies told in the sentence right after: "Divers recovered bodies through the night")
  if (
    nonPolitical(
      s,
      hits.filter((h) => !closedByItself(s.tokens, h)),
      actors,
      lex.disasters,
      HARM_ONLY,
      lex.bareBlasts,
      lex.disasterPhrases,
    ) ||
    (loop.disasterStory === s.index - 1 &&
      // (forces who only find the dead are rescuers: "Rescuers from the army and police recovered nine
      // bodies")
      (unarmed || anyWordIn(s.tokens, 0, s.tokens.length - 1, lex.findings)) &&
      hits.every((h) => h.cues.every((c) => HARM_ONLY.has(c) || c === "weapons"))) ||
    // ("Members of the Defence Forces have been deployed in Co Donegal to help clear roads after a storm":
    // forces sent with a disaster told in their own sentence)
    // (not a cartel's aid: "members of the CJNG delivered food packages during the coronavirus suspension")
    (hits.length > 0 &&
      hits.every((h) => h.cues.every((c) => RESCUE_MEANS.has(c))) &&
      !actors.some((m) => isArmed(m) && !isState(m)) &&
      (anyWordIn(s.tokens, 0, s.tokens.length - 1, lex.disasters) ||
        lex.disasterPhrases.matchAll(s.tokens).length > 0)) ||
    // ("A helicopter was deployed on Tuesday to evacuate injured people": forces sent to the rescue)
    (loop.disasterStory === s.index - 1 &&
      hits.every((h) => h.cues.every((c) => HARM_ONLY.has(c) || RESCUE_MEANS.has(c))) &&
      anyWordIn(s.tokens, 0, s.tokens.length - 1, lex.rescueWords)) ||
    // (in a story a disaster opened, houses damaged and roads blocked further on, with nobody armed: "At
    // least 300 houses were damaged", "the highway was obstructed at several points")
    (loop.disasterLead && unarmed && hits.every((h) => h.cues.every((c) => c === "destroy" || c === "block")))
  ) {
    if (s.index <= 1) loop.disasterLead = true;
    loop.disasterStory = s.index;
    return true;
  }
  // "A man stabbed his wife to death after a domestic dispute": a private quarrel
  // (and the story it opens: "Arusha man arrested after killing wife in jealousy attack. ... the suspect
  // attacked both of them with a machete": harm told with nobody armed goes on with the same quarrel)
  if (
    nonPolitical(s, hits, actors, lex.privateViolence, PRIVATE_CUES) ||
    (loop.privateStory &&
      !actors.some((m) => isArmed(m) && !isState(m)) &&
      hits.every((h) => h.cues.every((c) => PRIVATE_CUES.has(c))))
  ) {
    if (s.index <= 1) loop.privateStory = true;
    return true;
  }
  // ("The storm attacked us at night": a force of nature that attacks is a disaster)
  // (with damage told beside it: "buildings were damaged, and landslides blocked the highway")
  const natural = (h: CueHit) => lex.forcesOfNature.has(s.tokens[h.first - 1]?.norm ?? "");
  if (
    hits.some(natural) &&
    hits.every((h) => natural(h) || h.cues.every((c) => c === "destroy" || c === "block"))
  ) {
    loop.disasterStory = s.index;
    return true;
  }
  // ("Lawmakers attacked the decision as 'a brake on growth'", "an attack on our livelihoods"): an attack on
  // a decision, a law or a livelihood, by unarmed people or nobody named, is one of words
  if (
    hits.length > 0 &&
    hits.every(
      (h) =>
        (h.cues.every((c) => c === "attack") ||
          // ("locked in a battle over the budget tables")
          (h.cues.every((c) => c === "clash") && figurative(s.tokens, h, lex))) &&
        abstractObject(
          s.tokens,
          h,
          lex,
          h.cues.every((c) => c === "attack"),
        ),
    )
  )
    return true;
  // ("closed 'a long battle'", "He battled for every inch of common ground", "fought two wars in the past
  // three decades": words of combat alone, with nobody named to fight, are a figure of speech; not
  // "activists from two political parties fought at a polling station")
  // (nor with unarmed people and a cause: "The battle for the state starts tomorrow", "their fight against
  // corruption")
  // (and a fight against a social ill, whatever else is fought in the sentence: "the real battle we must
  // fight is the battle against poverty", "la vraie guerre à mener est celle contre la pauvreté")
  const ill = (k: number) =>
    lex.figurativeAims.has(s.tokens[k]?.norm ?? "") &&
    [1, 2].some((j) => lex.figurativeTargets.has(s.tokens[k + j]?.norm ?? ""));
  if (
    (!actors.length || unarmed) &&
    (hits.every(
      (h) =>
        h.cues.every((c) => c === "clash") &&
        figurative(s.tokens, h, lex) &&
        (!actors.length || lex.figurativeAims.has(s.tokens[h.last + 1]?.norm ?? "")),
    ) ||
      (hits.every((h) => h.cues.every((c) => c === "clash")) &&
        s.tokens.some((t, k) => lex.figurativeCombat.has(t.norm) && ill(k + 1))))
  )
    return true;
  return false;
}

/** Cues of what a crowd may demand justice or action for. */
const TOPIC_CUES = new Set<Cue>(["kill", "arrest", "attack", "injure", "abduct", "release"]);

/**
 * Whether an offset lies in what a crowd demands, after its deed in the sentence ("Des centaines de
 * jeunes ont érigé des barricades ... pour exiger l'arrestation des assassins d'un commerçant tué le
 * samedi précédent", "youths blocked the road demanding the arrest of the killers of a trader shot on
 * Saturday").
 */
function inDemand(s: Sentence, at: number, hits: CueHit[], lex: LocaleLexicon): boolean {
  // (within the demand's words: up to a semicolon, twenty words on)
  // (not past the crowd's own verb after it: "Protesters demanding an end to rising prices took to the
  // streets in several cities on Monday" dates the march)
  const crowdVerbAt = (k: number) =>
    hits.some(
      (h) =>
        h.first === k &&
        h.cues.some((c) => c === "protest" || c === "riot") &&
        lex.pastVerb.test(s.tokens[k].text),
    );
  const demand = lex.demands.matchAll(s.tokens).find((m) => {
    // (not a count's source, "500 selon la police, hier samedi": a crowd counted, no demand)
    if (s.tokens[m.first].start >= at || lex.sourceWords.has(s.tokens[m.first].norm)) return false;
    for (let k = m.last + 1; k < s.tokens.length && s.tokens[k].start < at; k++)
      if (s.tokens[k].text === ";" || s.tokens[k].text === "." || k - m.last > 20 || crowdVerbAt(k))
        return false;
    return true;
  });
  if (!demand) return false;
  const from = s.tokens[demand.first].start;
  // (a crowd's deed before the demand: its protest or riot words)
  return hits.some(
    (h) => h.end <= from && h.cues.some((c) => c === "protest" || c === "riot" || c === "block"),
  );
}

/** The dates of a sentence's events (null when the sentence tells a situation, history or a trial's crime). */
function eventDates(
  loop: SentenceLoop,
  s: Sentence,
  hits: CueHit[],
  found: DateMention[],
): DateMention[] | null {
  const { ctx, lex } = loop;
  // (dates of the report are left out before "the day before" counts from the last date told)
  const dates = reanchor(
    found.filter(
      (d) =>
        d.start >= ctx.datelineEnd &&
        !datesTheReport(s, d, hits, lex.reporting, lex.sourceWords, found.length) &&
        // ("detained since October 30, 2015": the start of a situation dates no event; the date parser
        // may take "since" into the date: "since November")
        // (but fighting going on since a day of the week began then: "Des combats opposent depuis mardi
        // les rebelles du M23 aux Wazalendo", "fighting has raged since Tuesday")
        // (and a crowd's action going on since a day began then: "des jeunes chômeurs observent depuis
        // dimanche un sit-in", "en grève depuis lundi, ... ont dressé des piquets")
        (!sinceDate(s, d, lex) ||
          (!!d.weekday &&
            d.precision === 1 &&
            (hits.some((h) => h.cues.includes("clash")) ||
              (hits.some((h) => h.cues.includes("protest")) &&
                !hits.some((h) => h.cues.includes("riot") || h.cues.includes("destroy")))))) &&
        // ("a gun battle that lasted until the early hours of Friday": the end of what was told)
        !untilDate(s, d, lex) &&
        // ("protesters contesting the results of the 9 October general elections": the day of another noun)
        !datesOtherNoun(s, d, hits) &&
        // ("les auteurs de l'attaque de mercredi": the day of an event named by its noun, told before)
        !nounsDay(s, d, hits) &&
        // ("... ont érigé des barricades, pour exiger l'arrestation des assassins d'un commerçant tué le
        // samedi précédent": the day of what the crowd demands justice for)
        // (not a day owned by an event noun: "after Monday's attack")
        !(
          inDemand(s, d.start, hits, lex) &&
          !/^['’]s\b/u.test(s.text.slice(d.end - s.start, d.end - s.start + 3))
        ),
    ),
    ctx,
    (d) => countsToClause(d, lex.locale, s.text.slice(d.end - s.start, d.end - s.start + 40)),
  ).filter((d) => !d.future || countedBack(s, d, ctx, lex));
  // ("Selon l'acte d'accusation, plus de cent personnes auraient été tuées au cours de ces violences": in
  // a story opened by a trial, violence told with no day of its own is the crime judged)
  // (and so is an arrest told with no day: "Interpellés lors d'un contrôle routier, les accusés ...", and
  // a riot: "Police vehicles were hit by petrol bombs, and six officers were injured")
  // (protesters named only as whom cases are against are no crowd of the day: "the dozens of criminal cases
  // opened against protesters")
  if (
    loop.courtStory &&
    !dates.length &&
    hits.every(
      (h) =>
        !h.cues.includes("protest") ||
        (h.first === h.last && CASE_OBJECT.has(s.tokens[h.first - 1]?.norm ?? "")),
    )
  )
    return null;
  // ("Wagner mercenaries have been deployed in Mali since late 2021": a sentence dated only by the
  // start of a situation three weeks or more before the report, with a present perfect, tells the
  // situation; not "37 people have been killed in clashes since Friday", the news of the days)
  // (the perfect before "since": not "demanding that classes resume since the coup events of
  // September have finished")
  // (or after it, when "since" opens the sentence: "Since the war broke out in September last year, more
  // than 1,500 people have been killed")
  const since = s.tokens.findIndex((t) => lex.since.has(t.norm));
  const mainClause =
    since === 0 ? s.tokens.slice(s.tokens.findIndex((t) => t.text === ",") + 1) : s.tokens.slice(0, since);
  if (
    !dates.length &&
    found.some((d) => sinceDate(s, d, lex) && longBefore(d, ctx.published)) &&
    perfectTense(mainClause, lex)
  )
    return null;
  // ("Dozens of protesters have been detained and charged since the protests began": a count since a
  // happening named with no date, in the perfect, sums up the situation)
  if (
    since > 0 &&
    !found.length &&
    s.tokens
      .slice(since + 2, since + 5)
      .some((t) => BEGAN.has(t.norm) || lex.pastVerb.test(t.text) || t.norm === "broke") &&
    perfectTense(mainClause, lex)
  )
    return null;
  // ("In 2021, his arrest triggered days of riots in which 14 people were killed": history told in a
  // later report, dated by a past year alone, is no event of the report's days, nor one of its own)
  // (the year before the event's words: not "marched to the grave of Zongo, who was killed in 1998")
  if (dates.every((d) => d.yearOnly) && toldInPastYear(s, ctx.published, lex, hits[0].first)) return null;
  // ("Explosive remnants of war were the main killer of Afghan civilians in 2024": a past year's toll
  // told in nouns alone, with no verb of a deed, is a statistic)
  if (
    dates.every((d) => d.yearOnly) &&
    hits.every((h) => !s.tokens.slice(h.first, h.last + 1).some((t) => lex.pastVerb.test(t.text))) &&
    toldInPastYear(s, ctx.published, lex)
  )
    return null;
  // ("al Shabaab attacks killed more than 1,500 civilians ... in Somalia last year": a plural noun of
  // events over a whole past year is a year's toll, a statistic)
  if (
    dates.length &&
    dates.every((d) => d.yearOnly && !!ctx.published && d.date.slice(0, 4) < ctx.published.slice(0, 4)) &&
    hits.some((h) => lex.eventNouns.has(s.tokens[h.first].norm))
  )
    return null;
  return dates;
}

/** The places of a sentence that tells events (and the scene it sets). */
function eventPlaces(
  loop: SentenceLoop,
  s: Sentence,
  hits: CueHit[],
  actors: ActorMention[],
  found: DateMention[],
): PlaceMention[] {
  const { doc, ctx, gaz, lex, pc, frames } = loop;
  // (with no place found yet, the towns of the sentences before that told no event rank homonyms: "La
  // cité d'Uvira ... a été paralysée lundi ... au quartier Kasenga" is Uvira's, not a town 700 km off)
  if (!ctx.places.length && ctx.pending.length && ctx.pending[0].start < s.start)
    runPendingUntil(ctx, () => ctx.pending[0].start >= s.start);
  const places = notePlaces(s, ctx, gaz, pc, () => actors);
  // ("Uvira – Jeudi 12 juin, la police a dispersé ... une marche": a round-up's paragraph opened by its
  // town and a dash, past the dateline, is told there)
  // ("... qui protestaient contre l'insécurité dans la ville": the town word is the heading's town)
  const headTown = inlineHeading(doc, s, ctx, gaz);
  if (headTown && !places.some((p) => !p.weak && /^\p{Lu}/u.test(p.text))) {
    for (let k = places.length - 1; k >= 0; k--) if (!/^\p{Lu}/u.test(places[k].text)) places.splice(k, 1);
    places.unshift(headTown);
  }
  // (a sentence that tells events and opens on a town sets the scene too: "A Nantes, plusieurs centaines ...")
  const opening = opensOnPlace(s, pc, () => found);
  if (opening >= 0) {
    const scene = places.find(
      (p) => p.first === opening && !p.weak && p.place.kind === "populated" && located(p.place),
    );
    ctx.scenePlace = scene
      ? { place: scene, paragraph: s.paragraph, end: s.end, frames: frames.length }
      : null;
  }
  resolveSeize(s, hits, lex, pc, places, actors);
  return places;
}

/** One frame per clause that tells an event. */
function clauseFrames(
  loop: SentenceLoop,
  s: Sentence,
  hits: CueHit[],
  actors: ActorMention[],
  dates: DateMention[],
  places: PlaceMention[],
): void {
  const { doc, ctx, locale, lex, frames } = loop;
  // Numbers are only read as deaths or crowds (after the cues are settled: "hacked 12 villagers to death").
  const counted = hits.some((h) => h.cues.some((c) => COUNTED.has(c)));
  const numbers = counted ? findNumbers(doc.text, s.start, s.end, locale) : [];
  // (court charges: "found guilty of terrorism and kidnapping")
  // (and condemnations of an event told before: "MONUSCO condemns the attack"; the first to tell it, with
  // its day, tells it: "condemns the attack carried out by the ADF ... on the night of 17 August")
  const condemned = frames.length > 0 || !dates.some(writtenDay) ? lex.condemnations.matchAll(s.tokens) : [];
  const charges = condemned.length
    ? [...lex.charges.matchAll(s.tokens), ...condemned]
    : lex.charges.matchAll(s.tokens);
  for (const [first, last] of splitClauses(s.tokens)) {
    // ("marched to demand the release of their husbands, who were arrested last month": an arrest told
    // in a relative clause after the protest is its topic, not the police's answer)
    const ch = hits.filter(
      (h) =>
        h.first >= first &&
        h.last <= last &&
        !arrestInRelative(s.tokens, h, hits, lex) &&
        // (the killing or the arrests a crowd demands justice for are its topic)
        // (not one named by its own day: "... after Monday's attack on a naval air station in Turbat")
        !(
          h.cues.every((c) => TOPIC_CUES.has(c)) &&
          !timePossessive(s.tokens[h.first - 1] ?? s.tokens[h.first], lex) &&
          inDemand(s, h.start, hits, lex)
        ) &&
        !goesOn(s.tokens, h, hits, lex) &&
        !followedEarlier(s.tokens, h, hits, lex) &&
        !pastInRelative(s.tokens, h, lex) &&
        !pastYearNoun(s, h, ctx.published) &&
        !chargedWith(s.tokens, h, charges, lex.pastVerb, lex.attempts) &&
        !accusedOf(s.tokens, h, dates) &&
        !arrestedFor(s.tokens, h, hits, lex) &&
        !causeOfAgreement(s.tokens, h, hits) &&
        !allegedOfArrested(s.tokens, h, hits, lex),
    );
    if (!ch.length) continue;
    // ("detained twelve elders, accusing them of organising the protests": the crowd of a charge is no
    // side of the arrest)
    const charged = hits.filter(
      (h) =>
        h.first >= first &&
        h.last <= last &&
        h.cues.includes("protest") &&
        chargedWith(s.tokens, h, charges, lex.pastVerb, lex.attempts),
    );
    const sides = charged.length
      ? actors.filter(
          (a) => !charged.some((h) => a.start >= s.tokens[h.first].start && a.end <= s.tokens[h.last].end),
        )
      : actors;
    // "Police fired tear gas to disperse them": the police's response to the demonstration just told.
    const prev = frames[frames.length - 1];
    const answersDemo =
      !!prev &&
      family(prev.coding) === "demo" &&
      // (a mob's fight the police break up stays the mob's: "farmers and herders clashed ... The police
      // intervened and arrested a herder")
      !(prev.coding.sub_event_type === "Mob violence" && prev.coding.decisive === "clash") &&
      prev.sentence.index >= s.index - 1 &&
      // (with its toll of injuries and arrests: "Police fired tear gas ..., and eight officers were
      // injured and 14 people detained")
      ch.some(
        (h) =>
          (h.cues.includes("intervene") && !h.cues.includes("arrest")) || h.cues.includes("lethal_force"),
      ) &&
      ch.every((h) => h.cues.every((c) => DEMO_ANSWER.has(c)));
    // ("he was arrested on charges of ... in connection with protests in December": the month of the
    // charge is no date of the arrest)
    const arrestDates =
      charges.length && ch.some((h) => h.cues.includes("arrest"))
        ? dates.filter(
            (d) =>
              d.precision === 1 || !charges.some((c) => c.last < tokenAt(s.tokens, d.start) && c.first > 0),
          )
        : dates;
    const clauseSides = withoutDemanded(s, sides, lex);
    const whole = frameOf(
      s,
      first,
      last,
      ch,
      clauseSides,
      arrestDates,
      numbers,
      places,
      ctx.published,
      lex,
      answersDemo,
    );
    if (!whole) continue;
    // ("A man armed with a knife attacked participants at a rally in Hamburg": an attack on a gathering by
    // someone outside it is an attack, and the gathering a protest of its own)
    const rally = whole.agent || whole.patient ? rallyAttacked(s.tokens, ch, whole, lex) : null;
    const attack = rally
      ? frameOf(
          s,
          first,
          last,
          ch.filter((h) => !rally.includes(h)),
          clauseSides.filter(
            (a) => !rally.some((h) => a.start < s.tokens[h.last].end && a.end > s.tokens[h.first].start),
          ),
          arrestDates,
          numbers,
          places,
          ctx.published,
          lex,
        )
      : null;
    // (one person's attack is no mob's: "a man armed with a knife", "a driver", whoever he is, attacked)
    if (attack?.coding.sub_event_type === "Mob violence" && attack.agent?.role === "civilians") {
      attack.coding = { ...attack.coding, ...LONE_ATTACK };
      attack.agent = null;
    }
    if (attack && (!attack.agent || attack.agent.role === "civilians")) attack.loneAttacker = true;
    const gathering =
      attack?.coding.event_type === "Violence against civilians"
        ? frameOf(s, first, last, rally ?? [], clauseSides, arrestDates, numbers, places, ctx.published, lex)
        : null;
    const f = gathering?.coding.event_type === "Protests" && attack ? attack : whole;
    const companion = f !== whole ? gathering : null;
    if (!f.date && ctx.sectionDate?.paragraph === s.paragraph) f.date = ctx.sectionDate.date;
    // (only the first event the scene's paragraph tells: what follows with no place goes on with it)
    if (!f.place && inScene(ctx, doc, s) && frames.length === ctx.scenePlace?.frames)
      f.place = ctx.scenePlace.place;
    if (!f.place && ctx.sectionPlace) f.place = ctx.sectionPlace;
    // (and "the next day" after it counts from that day: "Il était 6 heures, mardi, lorsque ... Il a été
    // interpellé ... Le lendemain, plusieurs centaines de militants se sont rassemblés")
    // (not over a day of its own that dates its report: "l'armée nigériane a annoncé avant-hier samedi
    // des frappes aériennes" after "Aucune nouvelle n'avait été obtenue lundi")
    if (
      !f.date &&
      ctx.sentenceDate?.index === s.index &&
      !findDates(doc.text, s.start, s.end, ctx.published, locale).some(
        (d) => d.precision === 1 && !d.future && datesTheReport(s, d, [], lex.reporting, lex.sourceWords),
      )
    ) {
      f.date = ctx.sentenceDate.date;
      ctx.lastDate = f.date;
    }
    // ("... beheaded three farmers on Thursday. Their bodies were recovered by relatives the next
    // morning": the day the dead were found, after a killing just told, is no day of another killing)
    // (and the day someone died of wounds, wherever he died: "Three activists were injured. One of them
    // died of his wounds the next day at the hospital in Cibitoke")
    // (past a toll told with no day: "Un premier bilan faisait état de 18 militaires tués. « Plusieurs
    // blessés ont succombé et des corps ont été retrouvés lundi »", in the paragraph after the event's)
    const killing = f.woundDeath || !frames.at(-1)?.date ? lastDated(frames) : frames.at(-1);
    if (
      f.finding &&
      f.date &&
      (!f.place || f.woundDeath) &&
      killing?.date &&
      killing.sentence.paragraph >= s.paragraph - 1 &&
      killing.sentence.index >= s.index - 2 &&
      // (a death from wounds also tolls a riot or a crackdown told before)
      (family(killing.coding) === "violence" ||
        (!!f.woundDeath && killing.coding.event_type !== "Strategic developments")) &&
      f.date.date > killing.date.date
    ) {
      f.date = null;
      if (f.woundDeath) f.place = null;
    }
    frames.push(f);
    if (companion) {
      frames.push({
        ...companion,
        separate: true,
        agent: null,
        patient: null,
        fatalities: null,
        crowd: null,
        intervention: null,
        date: companion.date ?? f.date,
        place: companion.place ?? f.place,
      });
    }
    // One sentence listing several towns tells one event in each.
    // ("in Yemen's capital Sanaa and the port of Hodeidah": the capital named twice heads the list)
    if (f.place && f.place.list === undefined) {
      const at = f.place;
      const same = f.places.find(
        (p) =>
          p.list !== undefined &&
          p.place.location === at.place.location &&
          p.start >= at.end &&
          p.start - at.end <= 12,
      );
      if (same) f.place = same;
    }
    const list = f.place?.list;
    if (list !== undefined)
      for (const p of f.places)
        if (p !== f.place && p.list === list && (p.place.kind === "populated" || p.place.kind === "other"))
          frames.push({ ...f, place: p, fatalities: null });
  }
}

/**
 * "une soixantaine de personnes s'étaient rassemblées devant l'hôtel de ville d'Elbeuf, où réside l'un des
 * trois prévenus": a counted crowd that gathers, told with its verb, in a story of a trial is a protest of the
 * day, not the crime judged.
 */
function courtCrowd(s: Sentence, h: CueHit, lex: LocaleLexicon): boolean {
  return (
    h.cues.every((c) => c === "protest" || c === "gather") &&
    lex.pastVerb.test(s.tokens[h.last].text) &&
    lex.crowdCounts.matchAll(s.tokens).some((m) => m.last < h.first)
  );
}

/** Words before a gathering's noun that make it the setting of a deed ("participants at a rally", "during an
 * anti-immigration rally", "people taking part in a demonstration"). */
const RALLY_SETTING = new Set(["at", "during", "in", "into"]);
/** Who may attack a gathering from outside it: one person or unnamed armed men, not a crowd or the state. */
const OUTSIDE_ATTACKERS = new Set(["civilians", "armed_group"]);
/** The coding of an attack on a gathering by someone outside it. */
const LONE_ATTACK = {
  event_type: "Violence against civilians",
  sub_event_type: "Attack",
  disorder_type: "Political violence",
} as const;
/** Deeds against people that a gathering may suffer. */
const HARM_CUES = new Set<Cue>(["attack", "beat"]);

/**
 * "A man armed with a knife attacked participants at a pro-Palestinian rally", "A man drove his car into a
 * group of people taking part in a demonstration", "A man was stabbed in the back during an anti-immigration
 * rally": the hits that name the gathering, when a deed against people is done to it by someone outside it
 * (a person or unnamed armed men named before the deed, or nobody named); else null.
 */
function rallyAttacked(tokens: Token[], hits: CueHit[], f: Frame, lex: LocaleLexicon): CueHit[] | null {
  if (hits.some((h) => h.cues.some((c) => c === "riot" || c === "lethal_force" || c === "mob"))) return null;
  // (a deed of attack: "injured during a protest" is the protest's toll)
  const harm = hits.find((h) => h.cues.some((c) => HARM_CUES.has(c)) && !h.cues.includes("protest"));
  if (!harm) return null;
  const doer = f.agent;
  if (doer && (!OUTSIDE_ATTACKERS.has(doer.role) || doer.start > tokens[harm.first].start || doer.group))
    return null;
  const rally = hits.filter(
    (h) =>
      h.first > harm.first &&
      crowdActionOnly(h) &&
      lex.gatheringNouns.has(tokens[h.last].norm) &&
      tokens.slice(Math.max(0, h.first - 4), h.first).some((t) => RALLY_SETTING.has(t.norm)),
  );
  if (!rally.length) return null;
  // (every gathering word of the clause names the one attacked: not "protesters attacked a man at a rally")
  if (hits.some((h) => h.cues.includes("protest") && !rally.includes(h))) return null;
  return rally;
}

/** What the frames of a sentence take from the rest of it, and from the event told before. */
function afterClauses(
  loop: SentenceLoop,
  s: Sentence,
  hits: CueHit[],
  actors: ActorMention[],
  found: DateMention[],
  places: PlaceMention[],
  framesBefore: number,
): void {
  const { ctx, lex, frames } = loop;
  // ("Onze soldats ont été tués dans une embuscade dans la région de Tillabéri. Le convoi « est tombé dans
  // une embuscade » à une vingtaine de kilomètres de Bankilaré": words of the event told just before,
  // with no side of their own, place it more finely)
  if (frames.length === framesBefore && framesBefore > 0) {
    const told = frames[framesBefore - 1];
    if (
      told.sentence.index === s.index - 1 &&
      (!told.place || isArea(told.place.place)) &&
      // ("... tués mercredi dans une embuscade ... Le convoi a été attaqué à trente kilomètres au sud de la
      // ville": an attack word for the ambush told just before)
      hits.some((h) => h.cues.some((c) => told.cues.has(c)))
    )
      placeEventTold(told, places);
  }
  // Clauses of one sentence that tell the same event (no date of their own) are one frame.
  compactSentence(frames, s);
  // "Rebels killed 40 people in Mukondi, officials said Friday": with no date of its own, the event
  // happened by the day it was reported (in a story published later), not on the publication day.
  if (frames.length > framesBefore) {
    const told = reportDay(
      found.filter(
        (d) =>
          d.start >= ctx.datelineEnd &&
          datesTheReport(s, d, hits, lex.reporting, lex.sourceWords, found.length),
      ),
      ctx.published,
    );
    if (told)
      for (let k = framesBefore; k < frames.length; k++) if (!frames[k].date) frames[k].reported = told;
  }
  // ("Les attaques ont été revendiquées par le JNIM": a claim whose event words tell no event of their
  // own still credits the event told before)
  if (frames.length === framesBefore && framesBefore > 0 && lex.attributions.matchAll(s.tokens).length)
    creditClaim(
      frames,
      notSpeakers(s.tokens, actors, lex),
      // ("Les attaques ont été revendiquées": every event of the sentence that told them)
      hits.every((h) => h.first === h.last && /s$/u.test(s.tokens[h.first].norm)),
    );
  // "In 2021, more than 300 schoolgirls were taken from a school in Jangebe": places of history told
  // with a year alone place no event told nearby.
  if (
    frames.at(-1)?.sentence !== s &&
    found.some((d) => d.yearOnly && yearsBefore(d.date, ctx.published) >= 1)
  )
    ctx.mentions = ctx.mentions.filter((m) => m.start < s.start || m.start >= s.end);
}

/**
 * "sans faire de victimes", "no civilians were hurt": civilians named only to say there were none are
 * nobody's victims (a negation up to three words before them).
 */
function deniedVictims(tokens: Token[], m: ActorMention, lex: LocaleLexicon): boolean {
  if (m.role !== "civilians") return false;
  const i = tokenAt(tokens, m.start);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (lex.negations.has(tokens[k].norm)) return true;
  return false;
}

/**
 * "workers demanding unpaid wages clashed with police": people named with what they demand are a
 * crowd of protesters.
 */
function demandingPeople(tokens: Token[], m: ActorMention, lex: LocaleLexicon): ActorMention {
  if (m.role !== "civilians" || m.group) return m;
  const after = tokenAt(tokens, m.end - 1) + 1;
  // (a participle right after them: not "kidnapped their headmaster to demand more teachers")
  if (after >= tokens.length || tokens[after].cap || !/(ing|ant)$/u.test(tokens[after].norm)) return m;
  const d = lex.demands.matchAll(tokens.slice(after, after + 4))[0];
  return d && d.first === 0 ? { ...m, role: "protesters" } : m;
}

/** "demanding an end to mob justice": what a crowd wants ended names no side of the event. */
function wantedEnded(tokens: Token[], m: ActorMention, purposeEnds: () => Set<number>): boolean {
  const i = tokenAt(tokens, m.start);
  return i >= 2 && purposeEnds().has(i - 1);
}

/** "we fought like soldiers": people a comparison names are no side. */
function simile(tokens: Token[], m: ActorMention, lex: LocaleLexicon): boolean {
  const i = tokenAt(tokens, m.start);
  const k = i - 1;
  // ("defended their lead like a besieged garrison": with an indefinite article, a comparison whatever
  // comes before)
  for (let j = i - 2; j >= Math.max(0, i - 3); j--)
    if (lex.similes.has(tokens[j].norm) && A_AN.has(tokens[j + 1].norm)) return true;
  // (right after a verb: "groups like JNIM" names an example, no comparison)
  return k >= 1 && lex.similes.has(tokens[k].norm) && lex.pastVerb.test(tokens[k - 1].text);
}
const A_AN = new Set(["a", "an", "un", "une"]);
/** Players' posts that are also words for armed men ("attackers", "attaquants"). */
const PLAYER_POSTS = new Set(["attacker", "attackers", "attaquant", "attaquants"]);
/** Arms named as a side ("an artillery barrage of crosses"): in a sentence of sport, a figure of speech. */
const ARMS_AS_SIDES = new Set(["artillery", "artillerie", "cannons", "canons", "batteries"]);

/**
 * "was found dead in a cell at Kilimani Police Station": a post or station named after "at" or "in",
 * in a sentence that tells no attack on it, is where something happened, not a side.
 */
function stationAsPlace(tokens: Token[], m: ActorMention, hits: CueHit[], lex: LocaleLexicon): boolean {
  const j = tokenAt(tokens, m.end - 1);
  if (!lex.armedTargets.has(tokens[j]?.norm ?? "") || tokenAt(tokens, m.start) === j) return false;
  let k = tokenAt(tokens, m.start) - 1;
  while (k > 0 && tokens[k].cap) k--;
  if (k < 0 || (tokens[k].norm !== "at" && tokens[k].norm !== "in")) return false;
  return !hits.some(
    (h) => h.cues.includes("attack") || h.cues.includes("ambush") || h.cues.includes("clash"),
  );
}

/**
 * "Six Maoists, including two women, were killed": people named in an aside of an armed group are its
 * members, not another side (civilians) of the event.
 */
/** "a wall of yellow and navy", "navy blue shirts": the colour, no navy. */
function navyBlue(tokens: Token[], m: ActorMention): boolean {
  if (m.text.toLowerCase() !== "navy") return false;
  const i = tokenAt(tokens, m.start);
  const near = [tokens[i - 1]?.norm, tokens[i - 2]?.norm, tokens[i + 1]?.norm];
  return near.some((w) => !!w && COLOURS.has(w));
}
const COLOURS = new Set([
  "yellow",
  "red",
  "white",
  "blue",
  "green",
  "black",
  "gold",
  "orange",
  "grey",
  "gray",
]);

/** "soldiers pursuing the attackers exchanged fire": the side right after a participle of pursuit is chased. */
function pursued(tokens: Token[], m: ActorMention, lex: LocaleLexicon): boolean {
  const i = tokenAt(tokens, m.start);
  // (with its determiner: "pursuing troops recovered an arms cache" are the pursuers)
  const det = tokens[i - 1]?.norm ?? "";
  return (
    (lex.objectStarts.has(det) || lex.anaphora.has(det)) &&
    lex.pursuitParticiples.has(tokens[i - 2]?.norm ?? "")
  );
}

/** The first sentence of its paragraph (or of the text). */
function paragraphFirst(doc: Doc, s: Sentence): boolean {
  return s.index === 0 || doc.text.slice(doc.sentences[s.index - 1].end, s.start).includes("\n");
}

/** A town and a dash opening a paragraph past the dateline ("Uvira – Jeudi 12 juin, ..."). */
const INLINE_HEADING = /^(\p{Lu}[\p{L}'’.]+(?:[ -]\p{Lu}[\p{L}'’.]+){0,2})\s+[–—-]\s+(?=\p{Lu})/u;

/** "Uvira – Jeudi 12 juin, ...": a round-up's paragraph opened by its town, as a place of the sentence. */
function inlineHeading(doc: Doc, s: Sentence, ctx: Context, gaz: Gazetteer): PlaceMention | null {
  if (
    s.index === 0 ||
    s.start < ctx.datelineEnd ||
    !/\n\s*$/u.test(doc.text.slice(Math.max(0, s.start - 3), s.start))
  )
    return null;
  const m = INLINE_HEADING.exec(s.text);
  // (a town in capitals is a dateline or a region's heading: "POPAYÁN - Three police officers ...",
  // "KATSINA - Bandits abducted ...")
  if (!m || m[1] === m[1].toUpperCase()) return null;
  const town = gaz.resolve({ name: m[1], country: ctx.country });
  if (!town || town.fuzzy || !located(town) || !isTown(town) || (ctx.country && town.country !== ctx.country))
    return null;
  const last = s.tokens.findIndex((t) => t.start >= s.start + m[1].length) - 1;
  return {
    weak: false,
    start: s.start,
    end: s.start + m[1].length,
    text: m[1],
    first: 0,
    last: Math.max(0, last),
    relation: "in",
    admin: [],
    place: town,
    query: { q: m[1], admin: [] },
  };
}

/** "NIAMEY (AA) -": the news agency in brackets in the dateline (Anadolu), no actor (the Arakan Army). */
function datelineAgency(text: string, m: ActorMention, ctx: Context): boolean {
  return m.start < ctx.datelineEnd && text[m.start - 1] === "(" && text[m.end] === ")";
}

/**
 * "la coalition de gangs Viv Ansanm", "des éléments armés du groupe 3R", "gunmen of the ADF": a bare word
 * of armed men (or a "coalition") that the named group right after it describes is that group, no second
 * side and no foreign coalition.
 */
function coalitionOfGroup(tokens: Token[], m: ActorMention, all: ActorMention[]): boolean {
  if ((m.role !== "external" && m.role !== "armed_group") || m.group) return false;
  const i = tokenAt(tokens, m.end - 1);
  if (!OF_WORDS.has(tokens[i + 1]?.norm ?? "")) return false;
  return all.some((a) => {
    if (a === m || !a.group || !isArmed(a) || isState(a)) return false;
    const k = tokenAt(tokens, a.start);
    return k > i + 1 && k <= i + 4;
  });
}
const OF_WORDS = new Set(["of", "de", "des", "du", "d'"]);

function membersOfArmed(tokens: Token[], m: ActorMention, all: ActorMention[]): boolean {
  if (m.role !== "civilians") return false;
  const i = tokenAt(tokens, m.start);
  for (let k = i - 1; k >= Math.max(1, i - 3); k--) {
    if (!INCLUDING.has(tokens[k].norm)) continue;
    const comma = tokens[k - 1];
    return (
      comma.text === "," &&
      all.some((a) => a !== m && isArmed(a) && a.end <= comma.start && a.end >= comma.start - 1)
    );
  }
  return false;
}

/** After token j, a phrase of alleged membership and then a named group ("suspected to be Ambazonian separatists"). */
function identifiedAs(spans: Span[], tokens: Token[], j: number, actors: ActorMention[]): boolean {
  // (the phrase may open inside the mention: "armed men suspected" + "to be ...")
  for (const from of [j + 1, j]) {
    // (the longest phrase that opens there: "identifiés comme des éléments du" + "groupe rebelle 3R")
    let m: Span | undefined;
    for (const x of spans) if (x.first === from && (!m || x.last > m.last)) m = x;
    if (!m) continue;
    const after = m.last + 1;
    if (
      actors.some((b) => {
        const k = tokenAt(tokens, b.start);
        return !!b.group && isArmed(b) && k >= after && k - after <= 1;
      })
    )
      return true;
  }
  return false;
}
/** A phrase of alleged membership ends right before token i, or before its determiner. */
function alleged(spans: Span[], tokens: Token[], i: number, lex: LocaleLexicon): boolean {
  return spans.some(
    (m) => m.last === i - 1 || (m.last === i - 2 && lex.objectStarts.has(tokens[i - 1]?.norm ?? "")),
  );
}
/** "a former officer of the", "un ancien militaire de l'": a past member's old forces, named from token i. */
function formerMember(tokens: Token[], i: number, lex: LocaleLexicon): boolean {
  let of = false;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const w = tokens[k].norm;
    if (lex.formerWords.has(w)) return of;
    if (OF_WORDS_FORMER.has(w)) of = true;
    else if (tokens[k].text === "," || tokens[k].text === ";") return false;
  }
  return false;
}
const OF_WORDS_FORMER = new Set(["of", "de", "du", "des", "d'", "d’"]);

/** A mention at token i right after a phrase of collaboration (past a determiner). */
function helped(lex: LocaleLexicon, tokens: Token[], i: number): boolean {
  for (let back = 1; back <= 2; back++) {
    const end = i - back;
    if (end < 0) return false;
    if (back === 2 && !lex.objectStarts.has(tokens[i - 1].norm) && !DETS.has(tokens[i - 1].norm))
      return false;
    if (endsAt(lex, tokens, end)) return true;
  }
  return false;
}
const DETS = new Set(["the", "les", "le", "la", "l'", "l’", "des", "du"]);

/** Token i comes after ", the latest ..." (an apposition that sets the event in its background). */
function afterBackgroundApposition(lex: LocaleLexicon, tokens: Token[], i: number): boolean {
  for (const m of lex.backgroundAppositions.matchAll(tokens))
    if (m.first > 0 && tokens[m.first - 1].text === "," && m.last < i) {
      // (within the apposition: no clause end between it and the token)
      let open = true;
      for (let k = m.last + 1; k < i; k++) if (/^[.;:]$/u.test(tokens[k].text)) open = false;
      if (open) return true;
    }
  return false;
}

/** An affiliation phrase right before token i, after another named group a few words before it. */
function affiliateOf(
  lex: LocaleLexicon,
  tokens: Token[],
  i: number,
  actors: ActorMention[],
  a: ActorMention,
): boolean {
  const from = Math.max(0, i - 4);
  const m = lex.affiliations.matchAll(tokens.slice(from, i)).find((x) => x.last === i - 1 - from);
  if (!m) return false;
  const phraseStart = tokens[from + m.first].start;
  return actors.some(
    (b) =>
      b !== a &&
      !!b.group &&
      b.group.name !== a.group?.name &&
      b.end <= phraseStart &&
      phraseStart - b.end <= 30,
  );
}

/** Some collaboration phrase (four words at most) ends right at token `end`. */
function endsAt(lex: LocaleLexicon, tokens: Token[], end: number): boolean {
  const from = Math.max(0, end - 3);
  return lex.collaborations.matchAll(tokens.slice(from, end + 1)).some((m) => m.last === end - from);
}

/** Token span of a phrase found in a sentence. */
type Span = { first: number; last: number };

const CROWD_ROLES = new Set(["rioters", "protesters"]);
const OF = new Set(["of", "de", "d", "des"]);

/**
 * "local activists said", "according to residents": unarmed people named as the source of the news
 * are no side of the event (armed ones are: "the army said its aircraft struck ...").
 */
/** "in what police described as", "dans ce que la police a qualifié de". */
const WHAT = new Set(["what", "que"]);

function notSources(actors: ActorMention[], lex: LocaleLexicon, tokens: Token[]): ActorMention[] {
  // (phrases looked for only when a mention asks, once per sentence)
  // (hedges end right before a crowd named as what is planned: "who were preparing for a rally")
  let hedgeEnds: Set<number> | null = null;
  let condemnAt: Set<number> | null = null;
  let memberships: Span[] | null = null;
  const spans = () => (memberships ??= lex.allegedMembership.matchAll(tokens));
  return actors.filter((a) => {
    // ("Sepoy Rehmat Ullah (age 24 years, resident of District Karak)": a person's particulars in brackets)
    if (inParticulars(tokens, tokenAt(tokens, a.start))) return false;
    // ("..., said Babakura Kolo, a member of the Civilian Joint Task Force militia": the speaker's group)
    if (speakersGroup(tokens, tokenAt(tokens, a.start), lex)) return false;
    // ("one man was killed in clashes between the rival groups, police said": armed or not, a speaker
    // tagged on after the comma at the end is the source)
    if (trailingSpeaker(tokens, a, lex)) return false;
    const i = tokenAt(tokens, a.start);
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].start < a.end) j++;
    const next = tokens[j + 1]?.norm ?? "";
    // ("four herders were killed in what police described as a reprisal": who names the deed is its source)
    if (WHAT.has(tokens[i - 1]?.norm ?? "") && lex.reporting.has(next)) return false;
    if (a.role === "protesters" && !a.affiliation) {
      hedgeEnds ??= new Set(lex.hedges.matchAll(tokens).map((m) => m.last));
      for (let k = Math.max(0, i - 4); k < i; k++) if (hedgeEnds.has(k)) return false;
    }
    // ("des frappes contre un rassemblement de terroristes", "a gathering of militants": armed men's
    // gathering is no crowd)
    if (CROWD_ROLES.has(a.role) && OF.has(next)) {
      const whose = actors.find((b) => tokenAt(tokens, b.start) === j + 2);
      if (whose && isArmed(whose)) return false;
    }
    // ('told state media that "rioters" had attacked a police station': a crowd named in quotation marks
    // is the speaker's word for it, not a crowd the report tells of)
    if (
      CROWD_ROLES.has(a.role) &&
      QUOTE.test(tokens[i - 1]?.text ?? "") &&
      QUOTE.test(tokens[j + 1]?.text ?? "")
    )
      return false;
    // ("stopped two men they suspected of belonging to a gang": an unnamed group given to someone as a
    // label is no side)
    if (!a.group && alleged(spans(), tokens, i, lex)) return false;
    // ("shot dead a former officer of the Afghan National Army": the forces someone once served in are
    // no side)
    if (isState(a) && formerMember(tokens, i, lex)) return false;
    // ("tué neuf civils qu'ils accusaient de collaborer avec les VDP": the side people are said to help,
    // named or not, is no side of the event)
    if (helped(lex, tokens, i)) return false;
    // ("killed five men, the latest bloodshed in a war between factions of the Sinaloa cartel": who an
    // apposition of background names is no side of the event)
    if (afterBackgroundApposition(lex, tokens, i)) return false;
    // ("le Groupe de soutien à l'islam et aux musulmans (JNIM, affilié à Al-Qaïda)": the network a group
    // named just before is affiliated to is no side of its own)
    if (a.group && affiliateOf(lex, tokens, i, actors, a)) return false;
    // ("identifiés comme des éléments du groupe rebelle 3R": a noun inside the phrase is no side of its own)
    if (!a.group && spans().some((m) => m.first < i && j <= m.last)) return false;
    // ("kidnapped by armed men suspected to be Ambazonian separatists": the group named after them is who
    // the armed men are, one side)
    if (!a.group && isArmed(a) && identifiedAs(spans(), tokens, j, actors)) return false;
    // ("killing its two occupants, whom the Israeli army described as Hezbollah members": who gives the
    // victims a label is no side)
    if (
      lex.labelVerbs.has(next) &&
      (lex.relatives.has(tokens[i - 1]?.norm ?? "") || lex.relatives.has(tokens[i - 2]?.norm ?? ""))
    )
      return false;
    // ("Police blamed southern insurgents for the attack": those who blame are no side of it, armed or not)
    // (but "UPDF accused of bombing pastoralists": the accused)
    if (lex.blameVerbs.has(next) && !lex.charges.matchAll(tokens.slice(j + 1, j + 3)).length) return false;
    // ("..., according to the Baringo County Police Commander", "selon la police": the source, armed or not)
    let b = i - 1;
    while (b > 0 && b > i - 6 && (tokens[b].cap || lex.objectStarts.has(tokens[b].norm))) b--;
    if (
      b >= 0 &&
      (lex.sourceWords.has(tokens[b].norm) ||
        (tokens[b].norm === "to" && lex.sourceWords.has(tokens[b - 1]?.norm ?? "")))
    )
      return false;
    // ("Seventeen graves, by the count of the local police", "selon le décompte de la police": who counts)
    for (let k = i - 1; k >= Math.max(1, i - 3); k--)
      if (OF.has(tokens[k].norm) && lex.countNouns.has(tokens[k - 1].norm)) return false;
    // ("MONUSCO strongly condemns the attack carried out by the ADF": who condemns it is no side)
    condemnAt ??= new Set(lex.condemnations.matchAll(tokens).map((m) => m.first));
    if (condemnAt.has(j + 1) || condemnAt.has(j + 2)) return false;
    if (isArmed(a) || a.group) return true;
    // ("des habitants ont raconté", but not "des civils ont été tués")
    // ("Two residents of Bazarak said": past the town they are from)
    let v = j + 1;
    if (OF.has(tokens[v]?.norm ?? "") && tokens[v + 1]?.cap) {
      v += 2;
      while (v < j + 5 && tokens[v]?.cap) v++;
    }
    // ("A health worker at Dabat primary hospital, who requested anonymity ..., said": past a relative
    // clause set off by commas)
    // (and a place after them: "A health worker at Dabat primary hospital, who ...")
    for (let k = v; k < v + 6 && k < tokens.length && /^\p{L}/u.test(tokens[k].text); k++)
      if (
        tokens[k + 1]?.text === "," &&
        lex.relatives.has(tokens[k + 2]?.norm ?? "") &&
        !lex.pastVerb.test(tokens[k].text)
      ) {
        v = k + 1;
        break;
      }
    if (tokens[v]?.text === "," && lex.relatives.has(tokens[v + 1]?.norm ?? "")) {
      let k = v + 2;
      while (k < tokens.length && k < v + 25 && tokens[k].text !== ",") k++;
      if (tokens[k]?.text === ",") v = k + 1;
    }
    // ("A resident of Boni reached by phone said", "un habitant joint par téléphone a dit": past a participle)
    if (lex.pastVerb.test(tokens[v]?.text ?? "") && !lex.speechVerbs.has(tokens[v]?.norm ?? ""))
      for (let k = v + 1; k <= v + 4 && k < tokens.length && /^\p{L}/u.test(tokens[k].text); k++)
        if (lex.speechVerbs.has(tokens[k].norm) || lex.speechAux.has(tokens[k].norm)) {
          v = k;
          break;
        }
    const said =
      lex.speechVerbs.has(tokens[v]?.norm ?? "") ||
      (lex.speechAux.has(tokens[v]?.norm ?? "") && lex.speechVerbs.has(tokens[v + 1]?.norm ?? "")) ||
      // ("Le président du comité des déplacés fait état de six blessés")
      ((tokens[v]?.norm === "fait" || tokens[v]?.norm === "font") && tokens[v + 1]?.norm === "etat");
    const according = lex.sourceWords.has(tokens[i - 2]?.norm ?? "");
    return !said && !according;
  });
}

/** A token inside brackets that open on a person's age ("(age 24 years, resident of ...)", "(aged 30)"). */
function inParticulars(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 10); k--) {
    if (tokens[k].text === ")") return false;
    if (tokens[k].text === "(") return AGE_WORDS.has(tokens[k + 1]?.norm ?? "");
  }
  return false;
}
const AGE_WORDS = new Set(["age", "aged", "agé", "age", "âgé", "agee"]);

/** ", police said." / ", the army said on Sunday.": a speaker after the last comma, then a speech verb. */
function trailingSpeaker(tokens: Token[], a: ActorMention, lex: LocaleLexicon): boolean {
  let i = tokenAt(tokens, a.start);
  if (lex.objectStarts.has(tokens[i - 1]?.norm ?? "")) i--;
  // (", a member of the Civilian Joint Task Force militia said": who speaks for the group, before it)
  // (not the forces, who speak of their own fights: ", an official of the security forces said")
  if (!isState(a) && (OF.has(tokens[i - 1]?.norm ?? "") || OF.has(tokens[i - 2]?.norm ?? ""))) {
    let k = i - 1;
    while (k > i - 5 && tokens[k] && /^\p{Ll}/u.test(tokens[k].text)) k--;
    if (tokens[k]?.text === ",") i = k + 1;
  }
  // (", Tacoma police said.", ", Greater Manchester Police said.": the force's town before it)
  for (let k = 0; k < 3 && tokens[i - 1]?.cap && tokens[i - 2]; k++) i--;
  if (tokens[i - 1]?.text !== ",") return false;
  let j = tokenAt(tokens, a.end - 1) + 1;
  // (", police and witnesses said.")
  if (tokens[j]?.norm === "and" && lex.speechVerbs.has(tokens[j + 2]?.norm ?? "")) j += 2;
  // (", a police spokesperson said.", ", a military source told AFP.": a word or two of who speaks)
  // (but not "rebels were reported to have beaten ...": an auxiliary makes the verb the mention's own)
  const at = j;
  for (let k = 0; k < 2 && !lex.speechVerbs.has(tokens[j]?.norm ?? ""); k++)
    if (tokens[j] && /^\p{Ll}/u.test(tokens[j].text) && !lex.pastVerb.test(tokens[j].text)) j++;
  if (!lex.speechVerbs.has(tokens[j]?.norm ?? "")) return false;
  if (j > at && (tokens.length - j > 5 || tokens.slice(at, j).some((t) => AUXILIARIES.has(t.norm))))
    return false;
  // (nothing after the verb but a day: "on Sunday"; or whom the speaker blamed: ", blaming ISWAP")
  for (j++; j < tokens.length; j++)
    if (tokens[j].text === "," || tokens[j].text === ";")
      return tokens[j].text === "," && lex.blameVerbs.has(tokens[j + 1]?.norm ?? "");
  return true;
}

const AUXILIARIES = new Set([
  "was",
  "were",
  "is",
  "are",
  "has",
  "have",
  "had",
  "been",
  "be",
  "will",
  "would",
]);

/** The mention at tokens[i] lies in the apposition after "said <Name>,". */
function speakersGroup(tokens: Token[], i: number, lex: LocaleLexicon): boolean {
  let comma = -1;
  for (let k = i - 1; k >= Math.max(0, i - 10); k--) {
    const t = tokens[k];
    if (t.text === ",") {
      if (comma >= 0) return false;
      comma = k;
      continue;
    }
    if (comma < 0) continue;
    // between the speech verb and the comma: the speaker's name only
    if (lex.speechVerbs.has(t.norm)) return k < comma - 1 && tokens[k + 1].cap;
    if (!t.cap) return false;
  }
  return false;
}

/** "the Taliban's intelligence agency detained ..." after August 2021: a group that became the state acts as
 * its forces (arrests, not abductions). */
function asStateWhenState(
  m: ActorMention,
  reg: ActorRegistry,
  country: string | null,
  date: string | null,
): ActorMention {
  if (!m.group || m.group.inter === 1 || !country) return m;
  return reg.branchOf(m.group, country, date).inter === 1 ? { ...m, role: "military" } : m;
}

/** Words before "the state" that make it a territory ("of the state", "across the state"). */
const STATE_AS_PLACE = new Set(["of", "in", "across", "throughout"]);

/** "South Darfur state", "the Kano State": the kind word of a place named before it, not the state's
 * government. (And "du quartier Combattant", "Soldier Ward": a generic actor's word written with a capital
 * right after a place's kind word is that place's name, no actor.) */
function kindOfPlace(s: Sentence, m: ActorMention, pc: PlaceCues): boolean {
  const i = tokenAt(s.tokens, m.start);
  if (i === 0) return false;
  // ("in Kachia Local Government Area": words of a government inside a place's name, before its kind word)
  const j = tokenAt(s.tokens, m.end - 1);
  const next = s.tokens[j + 1];
  if (!m.group && s.tokens[i - 1].cap && s.tokens[i].cap && next?.cap && pc.kinds.has(next.norm)) return true;
  if (m.end !== s.tokens[i].end) return false;
  const t = s.tokens[i];
  // ("in Kachia Local Government Area of the state", "across the state": the state as a territory)
  if (
    !t.cap &&
    m.role === "government" &&
    s.tokens[i - 1].norm === "the" &&
    STATE_AS_PLACE.has(s.tokens[i - 2]?.norm ?? "")
  )
    return true;
  if (
    !m.group &&
    t.cap &&
    !s.tokens[i - 1].cap &&
    (pc.kinds.has(s.tokens[i - 1].norm) || pc.cityParts.has(s.tokens[i - 1].norm))
  )
    return true;
  if (!pc.kinds.has(t.norm)) return false;
  return s.tokens[i - 1].cap && s.tokens[i - 1].start > s.start;
}

/**
 * "militants attacked the village ... and livestock was seized by the assailants": "the assailants",
 * "the attackers" told after an armed actor of the sentence are that actor again, never a second side.
 */
function backReferences(actors: ActorMention[], lex: LocaleLexicon, tokens: Token[]): ActorMention[] {
  // (attackers named again refer to armed men of no state: after "the army said it had killed twenty of
  // the assailants", the assailants are the other side)
  const firstArmed = actors.findIndex((a) => isArmed(a) && !isState(a));
  if (firstArmed < 0) return actors;
  // ("suspected JNIM militants came to the village; the assailants seized two motorbikes": in a clause of
  // its own, the back-reference is the group named first, its words kept as the evidence)
  const first = actors[firstArmed];
  const group = first.group && !isState(first) ? first : null;
  // (only as the first actor of a clause of its own: "... attacked the village, and livestock was seized
  // by the assailants" names no one new, and the assailants are no victims)
  const clauses = group ? splitClauses(tokens) : [];
  const clauseOf = (i: number) => clauses.findIndex(([a, b]) => a <= i && i <= b);
  const opensClause = (a: ActorMention) => {
    const i = tokenAt(tokens, a.start);
    const c = clauseOf(i);
    // (as the clause's subject: "motorbikes were seized by the assailants" names the looters of the
    // attack just told, no deed of their own)
    if (c < 0 || c === clauseOf(tokenAt(tokens, first.start)) || BY.has(tokens[i - 2]?.norm ?? ""))
      return false;
    return !actors.some((o) => o !== a && o.start < a.start && clauseOf(tokenAt(tokens, o.start)) === c);
  };
  const out: ActorMention[] = [];
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k];
    // (after a determiner that refers back: "the", "les")
    if (
      k <= firstArmed ||
      a.group ||
      !lex.backReferences.has(a.text.toLowerCase()) ||
      !lex.anaphora.has(tokens[tokenAt(tokens, a.start) - 1]?.norm ?? "")
    )
      out.push(a);
    else if (group && opensClause(a)) out.push({ ...group, start: a.start, end: a.end, text: a.text });
  }
  return out;
}

/** The named groups of a claim or attribution, credited to the last event told (not a situation). */
function creditClaim(frames: Frame[], mentions: ActorMention[], every = false): void {
  const groups = mentions.filter(
    (m) => !!m.group && (m.role === "named_group" || m.role === "identity_militia"),
  );
  if (!groups.length || !frames.length) return;
  // (to the last event told, not to a situation or nameless destruction told since)
  const told = [...frames].reverse().find((f) => !f.situation) ?? frames[frames.length - 1];
  const claimed = groups.map((g) => ({ ...g, claimed: true }));
  for (const f of every ? frames.filter((x) => x.sentence === told.sentence && !x.situation) : [told])
    f.actors.push(...claimed);
}

/**
 * The agent of the sentence just before, at the subject pronoun opening this one ("They", "Ils"), when
 * the pronoun is the subject of an active verb ("They were released" names the victims, not the agents).
 */
function pronounSubject(s: Sentence, prev: Frame | undefined, lex: LocaleLexicon): ActorMention | null {
  // (or after an opening phrase and its comma: "On 16 January 2022, they burned the town hall")
  let at = 0;
  if (!lex.subjectPronouns.has(s.tokens[0]?.norm ?? "")) {
    const comma = s.tokens.findIndex((x, k) => k < 9 && x.text === ",");
    if (comma > 0) at = comma + 1;
  }
  const t = s.tokens[at];
  if (!t || !prev?.agent || prev.sentence.index !== s.index - 1 || !lex.subjectPronouns.has(t.norm))
    return null;
  if (PASSIVE_AUX.has(s.tokens[at + 1]?.norm ?? "")) return null;
  return { ...prev.agent, start: t.start, end: t.end, pronoun: true };
}

/**
 * "helping it recover from a coup", "The recent coup has thrown the military into disarray": a coup
 * named as a noun after a preposition, or opening the sentence with its article, is background, not the
 * event told ("soldiers staged a coup" is); so is "ousted" describing a person ("of ousted President X").
 */
function backgroundNoun(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  if (h.cues.length !== 1 || h.cues[0] !== "coup" || h.first !== h.last) return false;
  // ("ministers of ousted President Bazoum", "the toppled leader": a participle describing a person)
  if (lex.pastVerb.test(tokens[h.first].text)) {
    const before = tokens[h.first - 1];
    return (
      !!before &&
      (lex.objectStarts.has(before.norm) ||
        lex.backgroundPrepositions.has(before.norm) ||
        /['’]s$/u.test(before.text))
    );
  }
  let k = h.first - 1;
  let adjective = false;
  for (; k >= 0; k--) {
    // ("following last month's coup": a time's possessive dates it before)
    if (lex.backgroundAdjectives.has(tokens[k].norm) || timePossessive(tokens[k], lex)) adjective = true;
    else if (!lex.objectStarts.has(tokens[k].norm)) break;
  }
  if (k === h.first - 1) return false;
  // ("The coup was led by ..." names the event; "The recent coup has ..." looks back)
  return k < 0 ? adjective : lex.backgroundPrepositions.has(tokens[k].norm);
}

/**
 * "a relative calm since a UN-brokered truce", "depuis le cessez-le-feu": an agreement named after
 * "since" is the start of a situation, no event of the day (its article and adjectives between).
 */
function agreementSince(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  if (!h.cues.every((c) => c === "agreement")) return false;
  for (let k = h.first - 1; k >= Math.max(0, h.first - 4); k--) {
    const t = tokens[k];
    if (lex.since.has(t.norm)) return true;
    // (adjectives: lower-case words, or compounds such as "UN-brokered")
    if (!lex.objectStarts.has(t.norm) && !/^\p{Ll}[\p{Ll}-]*$|^\p{L}+-\p{Ll}+$/u.test(t.text)) return false;
  }
  return false;
}

/** A word right after a verb of speech, past one determiner ("said one protester", "raconte un manifestant"). */
function speakerAfterSpeech(tokens: Token[], k: number, lex: LocaleLexicon): boolean {
  let j = k - 1;
  if (SPEAKER_DETERMINERS.has(tokens[j]?.norm ?? "")) j--;
  return j < k - 1 && lex.speechVerbs.has(tokens[j]?.norm ?? "");
}
/** Determiners before a speaker named after the verb of speech. */
const SPEAKER_DETERMINERS = new Set(["a", "an", "one", "another", "the", "un", "une", "le", "la", "l'"]);

/** Goods (cattle, belongings; not arms or equipment) as the object right after a word. */
function goodsAfter(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  for (let k = h.last + 1; k <= h.last + 3 && k < tokens.length; k++) {
    const w = tokens[k].norm;
    if (lex.goods.has(w)) return !NOT_GOODS.has(w);
    if (!lex.objectStarts.has(w) && !/^\d/u.test(tokens[k].text)) return false;
  }
  return false;
}
/** Words of goods that may be arms or gear recovered ("le matériel récupéré", "engins explosifs"). */
const NOT_GOODS = new Set(["materiel", "engins", "equipment", "stocks", "stock"]);

/** A killing's word whose object is a device ("neutralised two IEDs"): the device's cue right after it. */
function neutralisesDevice(tokens: Token[], h: CueHit, hits: CueHit[], lex: LocaleLexicon): boolean {
  const device = hits.find(
    (x) => x.first > h.last && x.first <= h.last + DEVICE_REACH && x.cues.includes("ied"),
  );
  if (!device) return false;
  // (only determiners and counts between: "neutralised two", "a neutralisé deux")
  for (let k = h.last + 1; k < device.first; k++)
    if (
      !lex.objectStarts.has(tokens[k].norm) &&
      !/^\d/u.test(tokens[k].text) &&
      parseNumberPhrase(tokens[k].text, lex.locale) === null
    )
      return false;
  return true;
}
/** How many words after a killing's word a device may be its object ("neutralised two improvised ..."). */
const DEVICE_REACH = 3;

/** A word of finding a few words before a cue ("discovered an IED", "a découvert un engin explosif"). */
function foundBefore(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  // ("A pistol and a pipe bomb were found in the house", "un engin explosif a été découvert": the device as
  // the subject of a finding in the passive)
  for (let k = h.last + 2; k <= Math.min(tokens.length - 1, h.last + 3); k++)
    if (lex.findings.has(tokens[k].norm) && FOUND_AUX.has(tokens[k - 1].norm)) return true;
  for (let k = h.first - 1; k >= Math.max(0, h.first - FOUND_REACH); k--) {
    if (tokens[k].text === "," || tokens[k].text === ";") return false;
    if (lex.findings.has(tokens[k].norm)) return true;
  }
  return false;
}
const FOUND_AUX = new Set(["was", "were", "been", "ete"]);
const THROW_VERBS = new Set(["throw", "hurl", "lob", "lancer", "jeter"]);
/** How many words before a device's word its finding may come ("discovered two improvised ..."). */
const FOUND_REACH = 4;

/** "a week marked by attacks on civilians": a plural event noun that sums up a period, no event of its own. */
function summedUp(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  if (lex.pastVerb.test(tokens[h.last].text) || !/s$/u.test(tokens[h.first].norm)) return false;
  // (the noun may have its determiner or an adjective first: "marquée par des attaques", "marked by deadly attacks")
  return lex.summaryMarkers
    .matchAll(tokens.slice(Math.max(0, h.first - 4), h.first))
    .some((m) => m.last >= Math.min(h.first, 4) - 3);
}

/**
 * Cues that, as a participle between a determiner and a noun, describe a person ("a detained activist",
 * "the wounded soldiers were brought to a hospital").
 * (not killing words: "the beheaded body of a girl was found" still tells the killing)
 */
const PERSON_PARTICIPLES: readonly string[] = ["arrest", "intervene", "injure"];

/**
 * "demanding the release of a detained activist", "the arrested party leaders", "the wounded soldiers":
 * an arrest or injury word as a participle right after a determiner or a possessive (not a count: "two
 * arrested in ...") and before a noun describes someone; what it names was told before, if at all.
 */
function describesPerson(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  if (h.first !== h.last || !h.cues.every((c) => PERSON_PARTICIPLES.includes(c))) return false;
  const t = tokens[h.first];
  const before = tokens[h.first - 1];
  const after = tokens[h.first + 1];
  if (!before || !after || !lex.pastVerb.test(t.text)) return false;
  // (determiners are the words that both open an object and mark a topic: "a", "the", "their")
  const determiner = lex.objectStarts.has(before.norm) && lex.topicMarkers.has(before.norm);
  // (or the object of a verb in -ing: "images of the army chief visiting wounded soldiers")
  if (!determiner && !/['’]s$/u.test(before.text) && !/^\p{Ll}{3,}ing$/u.test(before.text)) return false;
  return (
    /^\p{Ll}+$/u.test(after.text) &&
    !lex.backgroundPrepositions.has(after.norm) &&
    !lex.relatives.has(after.norm) &&
    !lex.objectStarts.has(after.norm)
  );
}

/** The cues of a death a mourning word may tell of. */
const MOURNED_CUES = new Set(["kill", "clash", "attack", "beat"]);

/**
 * "gathered for the funeral of a man killed by soldiers", "a vigil for the slain students": a killing
 * told in the complement of a funeral or commemoration word happened before; it is no event of the
 * sentence (up to six words after "funeral of", with no comma between).
 */
function mournedDeath(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  if (mournedWhere(tokens, h, lex)) return true;
  // ("paid tribute to the freedom fighters who fought for independence": their fight too)
  // (and one "mortellement poignardé", beaten or stabbed to death)
  if (h.cues.length !== 1 || !MOURNED_CUES.has(h.cues[0])) return false;
  // ("Families of martyred officers were presented with shields", "les familles des soldats tués")
  const of = tokens[h.first - 1];
  if (
    of &&
    lex.mournedOf.has(of.norm) &&
    lex.bereaved.has(tokens[h.first - 2]?.norm ?? "") &&
    lex.pastVerb.test(tokens[h.first].text)
  )
    return true;
  // (past an apposition of a few words between commas: "en mémoire de Yanis, 19 ans, mort samedi")
  let chunk = 0;
  for (let k = h.first - 1; k >= Math.max(1, h.first - 9); k--) {
    const t = tokens[k];
    if (t.text === ";" || (t.text === "," && (chunk > 3 || k < h.first - 7))) break;
    chunk = t.text === "," ? 0 : chunk + 1;
    if (lex.mourning.has(tokens[k - 1].norm) && lex.mournedOf.has(t.norm)) return true;
    // (past a quotation mark: 'Rendant hommage « aux soldats tombés au champ d'honneur »')
    if (
      QUOTE_MARK.test(tokens[k - 1].text) &&
      lex.mourning.has(tokens[k - 2]?.norm ?? "") &&
      lex.mournedOf.has(t.norm)
    )
      return true;
  }
  // ("The dead of Tse-Anyam were buried on Tuesday", "buried the bodies", "les corps ont été inhumés": the
  // dead or their bodies as those a burial verb tells of, a few words on in the clause or just before)
  // (not a count: "16 bodies had been buried on Sunday" is the toll)
  // (and "Les soldats tués ont été inhumés lundi à Gao": the dead named by a noun and the participle)
  const dead = tokens[h.first];
  const namedDead =
    h.first === h.last &&
    lex.pastVerb.test(dead.text) &&
    /^\p{Ll}+$/u.test(tokens[h.first - 1]?.text ?? "") &&
    lex.definites.has(tokens[h.first - 2]?.norm ?? "");
  if (
    ((lex.bodyWords.has(dead.norm) || lex.deathStates.has(dead.norm)) &&
      lex.definites.has(tokens[h.first - 1]?.norm ?? "")) ||
    namedDead
  ) {
    for (let k = h.last + 1; k < Math.min(tokens.length, h.last + 9); k++) {
      if (/^[.;,:!?]$/u.test(tokens[k].text)) break;
      if (lex.burialVerbs.has(tokens[k].norm)) return true;
    }
    for (let k = h.first - 1; k >= Math.max(0, h.first - 3); k--)
      if (lex.burialVerbs.has(tokens[k].norm)) return true;
  }
  // ("gathered ... to remember the civilians, soldiers and police officers who died during the 2017 siege":
  // the dead a verb of remembrance takes, a list of them with its commas)
  for (let k = h.first - 1; k >= Math.max(0, h.first - 12); k--) {
    if (tokens[k].text === ";" || tokens[k].text === ".") return false;
    if (lex.mourningVerbs.has(tokens[k].norm)) return true;
  }
  return false;
}

/**
 * "arresting 17 suspects and recovering two locally made pistols, cartridges, machetes and charms": a word
 * of a blow that is a noun in the list of arms found is a thing found, no blow.
 */
function amongWeaponsFound(tokens: Token[], h: CueHit, hits: CueHit[], lex: LocaleLexicon): boolean {
  if (!h.cues.every((c) => c === "beat") || lex.pastVerb.test(tokens[h.first].text)) return false;
  const found = hits.find((x) => x.cues.includes("weapons") && x.last < h.first && h.first - x.last <= 10);
  // ("a locally made gun and machetes were recovered from them": the finding told after, in the passive)
  if (!found)
    return hits.some(
      (x) =>
        x.cues.includes("weapons") &&
        x.first > h.last &&
        x.first - h.last <= 3 &&
        onlyPassiveAux(tokens, h.last + 1, x.first, lex),
    );
  for (let k = found.last + 1; k < h.first; k++) {
    const t = tokens[k];
    if (t.text === ";" || t.text === "." || hits.some((x) => x !== found && x.first <= k && k <= x.last))
      return false;
  }
  return true;
}

/** Words that carry gear before what is carried ("equipped with", "armés de"). */
const GEAR_VERBS = new Set([
  "equipped",
  "armed",
  "carrying",
  "equipes",
  "équipés",
  "armes",
  "armés",
  "munis",
]);
const GEAR_LINKS = new Set(["with", "de", "d'", "d’"]);

/**
 * "militants dressed in army fatigues and equipped with AKs and an RPG fired in the air": a heavy weapon in
 * the gear the attackers carried is no shelling.
 */
function gearCarried(tokens: Token[], h: CueHit): boolean {
  if (!h.cues.every((c) => c === "shell")) return false;
  for (let k = h.first - 1; k >= Math.max(1, h.first - 7); k--) {
    if (tokens[k].text === "," || tokens[k].text === ";") return false;
    if (GEAR_LINKS.has(tokens[k].norm) && GEAR_VERBS.has(tokens[k - 1].norm)) return true;
  }
  return false;
}

/** Words of an opening "after" ("Suite à cette attaque,", "Following the attack,"). */
const AFTER_OPENERS = new Set(["suite", "following", "after", "apres", "après"]);
const OPENER_LINKS = new Set(["a", "à", "de", "la", "l'", "l’"]);

/**
 * "Suite à cette attaque, une opération de ratissage a été conduite le mardi 11 novembre à Kadiolo",
 * "Following the attack, troops sealed off the area": the event named again in an opening "after" is the
 * one told before; the sentence tells what came after it.
 */
function afterTheEventOpener(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  if (h.first > 5 || tokens[h.last + 1]?.text !== ",") return false;
  let opener = false;
  for (let k = 0; k < h.first; k++) {
    const w = tokens[k].norm;
    if (AFTER_OPENERS.has(w)) opener = true;
    else if (!lex.anaphora.has(w) && !OPENER_LINKS.has(w)) return false;
  }
  return opener && lex.anaphora.has(tokens[h.first - 1]?.norm ?? "");
}

/** Whether tokens [from, to) are only auxiliaries of a passive ("were", "have been", "ont été"). */
function onlyPassiveAux(tokens: Token[], from: number, to: number, lex: LocaleLexicon): boolean {
  for (let k = from; k < to; k++)
    if (!PASSIVE_AUX.has(tokens[k].norm) && !lex.perfectAux.has(tokens[k].norm)) return false;
  return true;
}

/** Words that open where a death happened, before an accident's word ("died in a scooter crash"). */
const IN_WORDS = new Set(["in", "dans", "lors"]);

/**
 * "three days after a teenager died in a scooter crash while fleeing a police check", "mort dans un accident
 * de la route": a death or wound an accident caused, told in the words right after, is no violence (the
 * sentence may tell violence besides); "blessés lors de la bousculade": a wound in a crowd's crush is no
 * force used either.
 */
function diedInAccident(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  if (!h.cues.every((c) => c === "kill" || c === "injure") || !IN_WORDS.has(tokens[h.last + 1]?.norm ?? ""))
    return false;
  for (let k = h.last + 2; k <= Math.min(tokens.length - 1, h.last + 5); k++) {
    if (tokens[k].text === "," || tokens[k].text === ";") return false;
    // (a death in a crowd's crush is of the riot or protest told: "one person was killed in the stampede")
    if (lex.disasters.has(tokens[k].norm))
      return !(h.cues.includes("kill") && lex.crowdCrushes.has(tokens[k].norm));
  }
  return false;
}

/** "month's", "week's", "Sunday's": a time word with a possessive. */
function timePossessive(t: Token, lex: LocaleLexicon): boolean {
  const m = /^(.+)['’]s$/u.exec(t.norm);
  return !!m && lex.timeWords.has(m[1]);
}

/**
 * "drivers demonstrated ... after policemen seized their tricycles": every seizure or destruction of the
 * clause is done by state forces (the people named right before it), not by the crowd.
 */
function forcesDoAllDestruction(tokens: Token[], hits: CueHit[], actors: ActorMention[]): boolean {
  const destroys = hits.filter((h) => h.cues.includes("destroy"));
  return (
    destroys.length > 0 &&
    destroys.every(
      (h) => isState(namedRightBefore(tokens, h, actors)) || isState(seriesSubject(tokens, h, actors)),
    )
  );
}

/**
 * "Taliban fighters fired shots into the air, seized the women's phones and ...": the subject of a series
 * of verbs, for a verb of the series after a comma (the last actor named before it, nobody named since).
 */
function seriesSubject(tokens: Token[], h: CueHit, actors: ActorMention[]): ActorMention | null {
  if (tokens[h.first - 1]?.text !== ",") return null;
  let doer: ActorMention | null = null;
  for (const a of actors) if (a.end <= h.start && (!doer || a.end > doer.end)) doer = a;
  if (!doer || tokenAt(tokens, doer.start) > 2) return null;
  return doer;
}

/** An arrest told in a relative clause after a protest word ("..., who were arrested last month"). */
function arrestInRelative(tokens: Token[], h: CueHit, hits: CueHit[], lex: LocaleLexicon): boolean {
  if (!h.cues.includes("arrest") || h.cues.some((c) => c !== "arrest" && c !== "intervene")) return false;
  // ("beat a man to death after dragging him from the station where he had been held": a detention told
  // in the pluperfect after another event of the sentence came before it)
  if (
    lex.pluperfectAux.has(tokens[h.first - 2]?.norm ?? "") &&
    PASSIVE_AUX.has(tokens[h.first - 1]?.norm ?? "") &&
    hits.some((x) => x.last < h.first && !x.cues.includes("arrest"))
  )
    return true;
  const relative = [1, 2, 3].some((k) => lex.relatives.has(tokens[h.first - k]?.norm ?? ""));
  return relative && hits.some((x) => x.cues.includes("protest") && x.last < h.first);
}

/**
 * "The military officers who seized power in July have ordered ...", "Fano has fought the army since
 * fighting erupted early this month": a coup told in a relative clause about its authors, a fight named
 * after "since", are the background of the sentence's news.
 */
function pastInRelative(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  if (lex.since.has(tokens[h.first - 1]?.norm ?? "")) return true;
  // ("Depuis la reprise de Kidal par l'armée en novembre 2023, les combats se sont déplacés", "since the
  // takeover": an event named by its noun after "since" and its article is the start of what is told)
  if (lex.since.has(tokens[h.first - 2]?.norm ?? "") && lex.anaphora.has(tokens[h.first - 1]?.norm ?? ""))
    return true;
  // ("mass graves had been found since the area was retaken from IS": a passive clause opened by "since")
  if (PASSIVE_AUX.has(tokens[h.first - 1]?.norm ?? ""))
    for (let k = h.first - 2; k >= Math.max(0, h.first - 6); k--) {
      if (/^[,;.:]$/u.test(tokens[k].text) || tokens[k].num) break;
      if (lex.since.has(tokens[k].norm)) return true;
    }
  // ("a fund for the rebuilding of communities that have been attacked": people or places described by
  // what befell them, in the perfect, with no event of the day)
  if (
    (tokens[h.first - 1]?.norm === "been" || tokens[h.first - 1]?.norm === "ete") &&
    lex.perfectAux.has(tokens[h.first - 2]?.norm ?? "") &&
    lex.relatives.has(tokens[h.first - 3]?.norm ?? "") &&
    /^\p{Ll}+s$/u.test(tokens[h.first - 4]?.text ?? "")
  )
    return true;
  if (!h.cues.includes("coup")) return false;
  const who = tokens[h.first - 1];
  return !!who && lex.relatives.has(who.norm) && /\p{Ll}s$/u.test(tokens[h.first - 2]?.text ?? "");
}

/** "robbed the mayor", "stripped the bar owner of his belongings": a robbery whose object is a person. */
function robsPerson(tokens: Token[], hits: CueHit[], actors: ActorMention[], lex: LocaleLexicon): boolean {
  return hits.some((h) => {
    if (!h.cues.includes("destroy") || !lex.robWords.has(tokens[h.first].norm)) return false;
    const from = tokens[h.last + 1]?.start ?? Number.POSITIVE_INFINITY;
    const to = tokens[Math.min(tokens.length - 1, h.last + 4)].end;
    return actors.some((a) => a.role === "civilians" && a.start >= from && a.start < to);
  });
}

/**
 * A cue told as a deed, not named as a thing: a past-tense verb ("attacked"), a deed tried ("attempted
 * to attack"), or a present-tense verb of a headline-style note followed by its object ("attack a family").
 */
function toldAsDeed(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  return (
    lex.pastVerb.test(tokens[h.last].text) ||
    lex.attempts.has(tokens[h.first - 2]?.norm ?? "") ||
    presentWithObject(tokens, h, lex)
  );
}

/**
 * "several hundred protesters stormed the palace and attacked the president": the crowd is the subject
 * of a violent deed (protesters or rioters named right before the verb).
 */
function crowdDoesViolence(
  tokens: Token[],
  hits: CueHit[],
  actors: ActorMention[],
  lex: LocaleLexicon,
): boolean {
  return hits.some((h) => {
    if (!VIOLENT.some((c) => h.cues.includes(c)) || !toldAsDeed(tokens, h, lex)) return false;
    // (the crowd right before the verb, an adverb at most between: not "a protester is killed", nor
    // "police arrested the demonstrators ... and tortured them")
    const at = tokenAt(tokens, h.start);
    if (PASSIVE_AUX.has(tokens[at - 1]?.norm ?? "") || PASSIVE_AUX.has(tokens[at - 2]?.norm ?? ""))
      return false;
    const doer = namedRightBefore(tokens, h, actors);
    return doer?.role === "protesters" || doer?.role === "rioters";
  });
}

/** The people named right before a cue, an adverb at most between ("policemen seized", "protesters stormed"). */
function namedRightBefore(tokens: Token[], h: CueHit, actors: ActorMention[]): ActorMention | null {
  let doer: ActorMention | null = null;
  for (const a of actors) if (a.end <= h.start && (!doer || a.end > doer.end)) doer = a;
  return doer && tokenAt(tokens, h.start) - tokenAt(tokens, doer.end - 1) <= 2 ? doer : null;
}

/**
 * "In 2021, ...": a sentence dated by a past year alone tells history (its places place no event).
 * With `before`, only a year written before that token counts.
 */
function toldInPastYear(
  s: Sentence,
  published: string | null,
  lex: LocaleLexicon,
  before = Infinity,
): boolean {
  if (!published) return false;
  const year = Number(published.slice(0, 4));
  return s.tokens.some(
    (t, k) =>
      k < before &&
      t.text.length === 4 &&
      /^(?:19|20)\d\d$/u.test(t.text) &&
      Number(t.text) < year &&
      (lex.yearPrepositions.has(s.tokens[k - 1]?.norm ?? "") ||
        // ("remains 2010, when more than a thousand people were killed")
        (s.tokens[k + 1]?.text === "," && yearClauseOpeners(lex.locale).has(s.tokens[k + 2]?.norm ?? ""))),
  );
}

/**
 * "Five soldiers were killed and about 40 militants neutralised": each killing word of the clause with a
 * count of its own adds its dead to the toll (the counts stay as evidence).
 */
function bothSidesDead(
  tokens: Token[],
  fat: Frame["fatalities"],
  killHits: CueHit[],
  numbers: NumberMention[],
  lex: LocaleLexicon,
): Frame["fatalities"] {
  if (!fat || killHits.length < 2) return fat;
  const extra: NumberMention[] = [];
  for (const h of killHits) {
    const own = fatalities(tokens, [h], numbers, lex.sourceWords);
    // (a count inside the toll already told is no new one)
    if (!own || (own.mention.start >= fat.mention.start && own.mention.end <= fat.mention.end)) continue;
    if (extra.some((m) => m.start === own.mention.start)) continue;
    // (not "several" again, nor the dead of a relative clause about another event: "which sparked
    // violence where 6 were killed"; "the army said that it killed" is no relative clause)
    if (own.mention.vague && own.value <= 3) continue;
    const a = tokenAt(tokens, Math.min(fat.mention.start, own.mention.start));
    const b = tokenAt(tokens, Math.max(fat.mention.start, own.mention.start));
    const relative = tokens
      .slice(a, b)
      .some((t, k) => lex.relatives.has(t.norm) && !lex.speechVerbs.has(tokens[a + k - 1]?.norm ?? ""));
    // ("an operation ..., in which four soldiers were also killed": "also" adds them whatever the clause)
    const also = [1, 2].some((k) => lex.additive.has(tokens[h.first - k]?.norm ?? ""));
    if (!relative || also) extra.push(own.mention);
  }
  // ("killed 17 ... 14 by summary execution while 3 succumbed from torture": parts of the toll told)
  const sum = extra.reduce((n, m) => n + m.value, 0);
  return !extra.length || sum === fat.value ? fat : withMoreDeaths(fat, extra);
}

/** A date a happening ran until ("lasted until the early hours of Friday", "jusqu'à l'aube de samedi"). */
function untilDate(s: Sentence, d: DateMention, lex: LocaleLexicon): boolean {
  const at = tokenAt(s.tokens, d.start);
  for (let k = at; k >= Math.max(0, at - 5); k--) {
    const t = s.tokens[k];
    if (k < at && (t.text === "," || t.text === ";")) return false;
    if (lex.until.has(t.norm)) return true;
  }
  return false;
}

/** Words joining an event noun to its day ("l'attaque de mercredi"). */
const NOUN_DAY_LINKS = new Set(["de", "du"]);
/** Determiners of an event noun that names an event told before ("l'attaque", "les violences"). */
const NOUN_DAY_DETERMINERS = new Set(["l'", "l’", "la", "le", "les", "cette", "ces"]);

/** "les auteurs de l'attaque de mercredi": a weekday right after an event noun and "de", the noun a
 * complement of another, is that event's day. */
function nounsDay(s: Sentence, d: DateMention, hits: CueHit[]): boolean {
  if (!d.weekday) return false;
  const at = tokenAt(s.tokens, d.start);
  if (!NOUN_DAY_LINKS.has(s.tokens[at - 1]?.norm ?? "")) return false;
  const h = hits.find((x) => x.last === at - 2);
  // (the noun a complement of another: "les auteurs de l'attaque de mercredi"; not "tués dans les
  // affrontements de mardi", the clause's own event)
  // (but the toll of it or its dead: "Le bilan de l'attaque de vendredi soir s'est alourdi à neuf morts"
  // tells the event itself, on its day)
  return (
    !!h &&
    h.first === h.last &&
    NOUN_DAY_DETERMINERS.has(s.tokens[h.first - 1]?.norm ?? "") &&
    NOUN_OF.has(s.tokens[h.first - 2]?.norm ?? "") &&
    !TOLL_HEADS.has(s.tokens[h.first - 3]?.norm ?? "")
  );
}
/** Nouns of an event's toll or dead ("le bilan de l'attaque de vendredi", "les victimes de ..."). */
const TOLL_HEADS = new Set(["bilan", "victimes", "morts", "blesses", "nombre"]);
const NOUN_OF = new Set(["de", "des", "du", "d'", "d’"]);

/** A date that starts a situation: "since" right before it, or taken into it ("since November"). */
function sinceDate(s: Sentence, d: DateMention, lex: LocaleLexicon): boolean {
  const at = tokenAt(s.tokens, d.start);
  if (lex.since.has(s.tokens[at]?.norm ?? "")) return true;
  // (a few words between, no comma: "since the July 26 takeover", "since demonstrations erupted last
  // month", "since fighting erupted in the Amhara region early this month")
  // (a name in quotes counts for little: 'Since the war between "Los Chapitos" and "La Mayiza" broke out in
  // September')
  for (let k = at - 1, n = 0; k >= 0 && n < 14; k--) {
    const t = s.tokens[k];
    if (t.text === "," || t.text === ";") return false;
    if (lex.since.has(t.norm)) return true;
    if (!/^["“”«»]$/u.test(t.text)) n++;
  }
  return false;
}

/**
 * A killing in the perfect whose subject is a conflict ("the war has killed", "the insurgency, which
 * began in 2017, has killed"): the subject is found before the auxiliary, past a relative clause set off
 * by commas.
 */
function cumulativeToll(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  // ("qui avait fait quelque 3.000 morts", "which has left some 3,000 people dead": the verb before the
  // toll's noun)
  let v = h.first;
  for (let k = h.first - 1; k >= Math.max(1, h.first - 5); k--)
    if (lex.tollVerbs.has(tokens[k].norm)) {
      v = k;
      break;
    }
  if (!lex.perfectAux.has(tokens[v - 1]?.norm ?? "") && !lex.pluperfectAux.has(tokens[v - 1]?.norm ?? ""))
    return false;
  let k = v - 2;
  // ("la crise post-électorale de 2010-2011, qui avait fait ...": the subject a few words before the
  // relative, past its qualifiers)
  if (lex.relatives.has(tokens[k]?.norm ?? "")) {
    const end = tokens[k - 1]?.text === "," ? k - 2 : k - 1;
    for (let j = end; j >= Math.max(0, end - 5); j--) {
      if (tokens[j].text === "," || tokens[j].text === ";" || tokens[j].text === ".") return false;
      if (lex.tollSubjects.has(tokens[j].norm)) return true;
    }
    return false;
  }
  if (tokens[k]?.text === ",") {
    let j = k - 1;
    while (j > 0 && tokens[j].text !== ",") j--;
    if (j <= 0 || !lex.relatives.has(tokens[j + 1]?.norm ?? "")) return false;
    k = j - 1;
  }
  const head = tokens[k]?.norm ?? "";
  if (lex.tollSubjects.has(head) || lex.tollSubjects.has(`${tokens[k - 1]?.norm ?? ""} ${head}`)) return true;
  // ("The war between 'Los Chapitos' and 'La Mayiza' has left hundreds of people dead": the conflict with
  // its sides named after it)
  for (let j = k; j >= Math.max(0, k - 10); j--) {
    if (tokens[j].text === "," || tokens[j].text === ";" || tokens[j].text === ".") return false;
    if (lex.tollSubjects.has(tokens[j].norm) && SUBJECT_SIDES.has(tokens[j + 1]?.norm ?? "")) return true;
  }
  return false;
}
/** Words after a conflict's noun that name its sides or its place ("the war between ...", "la guerre entre"). */
const SUBJECT_SIDES = new Set(["between", "among", "against", "in", "entre", "contre"]);

/**
 * "The unrest followed a calmer protest on Monday evening": an event noun that refers back, right before a
 * word of following and another event word, is the event already told; the sentence tells the earlier one.
 */
function followedEarlier(tokens: Token[], h: CueHit, hits: CueHit[], lex: LocaleLexicon): boolean {
  if (!refersBack(tokens, h, lex) || !hits.some((x) => x.first > h.last + 1)) return false;
  const k = h.last + 1;
  return lex.followWords.matchesWithin(tokens, k, Math.min(tokens.length - 1, k + 2));
}

/**
 * "though shelling and air strikes continue in the south": event nouns (a group joined by "and" or a
 * comma) right before a present verb of going on tell a situation, not an event.
 */
function goesOn(tokens: Token[], h: CueHit, hits: CueHit[], lex: LocaleLexicon): boolean {
  if (lex.pastVerb.test(tokens[h.first].text)) return false;
  let k = h.last + 1;
  for (;;) {
    const joined = tokens[k]?.norm === "and" || tokens[k]?.text === "," || tokens[k]?.norm === "or";
    const next = joined ? hits.find((x) => x.first === k + 1) : undefined;
    if (!next) break;
    k = next.last + 1;
  }
  // ("attacks on the SDF have continued": past a short complement of the noun, with no comma)
  if (lex.complementPrepositions.has(tokens[k]?.norm ?? ""))
    for (let j = k + 1; j < Math.min(tokens.length, k + 6) && /^[\p{L}-]+$/u.test(tokens[j].text); j++)
      if (lex.ongoingVerbs.matchesWithin(tokens, j, Math.min(tokens.length - 1, j + 1))) return true;
  return k < tokens.length && lex.ongoingVerbs.matchesWithin(tokens, k, Math.min(tokens.length - 1, k + 1));
}

/** Two dates of different months written as the ends of one period ("between May 2022 and April 2023"). */
function spansPeriod(tokens: Token[], dates: DateMention[]): boolean {
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (a.date === b.date) continue;
    const gap = tokenAt(tokens, b.start) - tokenAt(tokens, a.end - 1) - 1;
    if (gap >= 0 && gap <= 2) return true;
  }
  return false;
}

/**
 * The riot cues and riot words of a clause are all words of blocking ("protesters blocking a bridge",
 * "erected barricades"), with at least one of them; undefined when the clause tells no riot nor blocking
 * at all (it then leaves the question to the other frames of the event: "held a protest. Protesters
 * blocked the traffic. Police fired shots in the air").
 */
function blocksOnly(
  tokens: Token[],
  hits: CueHit[],
  first: number,
  last: number,
  lex: LocaleLexicon,
): boolean | undefined {
  let blocked = false;
  for (const h of hits)
    if (h.cues.includes("riot") || h.cues.includes("block")) {
      const madeOf =
        OF_MATERIAL.has(tokens[h.first - 1]?.norm ?? "") &&
        lex.blockWords.has(tokens[h.first - 2]?.norm ?? "");
      if (!anyWordIn(tokens, h.first, h.last, lex.blockWords) && !madeOf) return false;
      blocked = true;
    }
  for (let k = first; k <= last; k++) {
    if (!riotWordAt(tokens, k, lex) || lex.blockWords.has(tokens[k].norm)) continue;
    // ("blocked the Binational highway with rocks and tree trunks": what the road was blocked with)
    // (or what the roadblocks are made of: "des barrages de pneus et de troncs d'arbres", "barricades of tyres")
    const material =
      (hits.some(
        (h) => h.last < k && (h.cues.includes("block") || anyWordIn(tokens, h.first, h.last, lex.blockWords)),
      ) &&
        tokens.slice(Math.max(first, k - 3), k).some((t) => t.norm === "with" || t.norm === "avec")) ||
      (OF_MATERIAL.has(tokens[k - 1]?.norm ?? "") && lex.blockWords.has(tokens[k - 2]?.norm ?? ""));
    if (!material) return false;
  }
  return blocked || undefined;
}

const OF_MATERIAL = new Set(["of", "de"]);

/** The object of the first violent verb told before `h` in the clause (not the subject itself). */
function objectOfEarlierVerb(
  s: Sentence,
  verbs: CueHit[],
  h: CueHit,
  actors: ActorMention[],
  first: number,
  last: number,
  lex: LocaleLexicon,
  opensObject: (k: number) => boolean,
  subject: ActorMention | null,
): ActorMention | null {
  for (const v of verbs) {
    if (v.last >= h.first || v.first < first || !VIOLENT.some((c) => v.cues.includes(c))) continue;
    const p = sidesIn(s, v, actors, first, last, lex, opensObject).patient;
    // (the object after an active verb: not the victims told before a passive one)
    if (p && p !== subject && p.start >= v.end && p.end <= h.start) return p;
  }
  return null;
}

/** Weapon words that are the objects of a seizure (the hits among them are turned into things). */
function seizesArms(tokens: Token[], h: CueHit, hits: CueHit[], lex: LocaleLexicon): boolean {
  let arms = false;
  let k = h.last + 1;
  for (; k < Math.min(tokens.length, h.last + 12); k++) {
    const t = tokens[k];
    if (CLAUSE_ENDS.has(t.text) || lex.pastVerb.test(t.text)) break;
    if (lex.arms.matchesWithin(tokens, k, k)) arms = true;
    const x = hits.find((o) => o.first === k);
    if (x?.cues.some((c) => WEAPON_THINGS.has(c))) arms = true;
  }
  if (!arms) return false;
  for (const x of hits)
    if (x.first > h.last && x.first < k && x.cues.some((c) => WEAPON_THINGS.has(c))) setCues(x, ["weapons"]);
  return true;
}
/** Cues of weapon words that, seized, are things. */
const WEAPON_THINGS = new Set<Cue>(["grenade", "ied", "weapons"]);

/** Words that introduce the weapons of a deed ("with an IED and gunfire", "avec des armes"). */
const WITH = new Set(["with", "using", "avec"]);

/** A cue named among the weapons ("with ...") of another cue told before it in the clause. */
function instrumentOf(tokens: Token[], h: CueHit, hits: CueHit[], lex: LocaleLexicon): boolean {
  for (let k = h.first - 1; k >= Math.max(0, h.first - 6); k--) {
    const t = tokens[k];
    // (the verb of the same clause: "ambushed a patrol with an IED"; not "after the attack on a police
    // station, the military retaliated with air strikes")
    if (WITH.has(t.norm))
      return hits.some(
        (x) =>
          x !== h &&
          // (with its object between: "ambushed a patrol with"; "retaliated with air strikes" is the deed)
          x.last < k - 1 &&
          lex.pastVerb.test(tokens[x.first].text) &&
          !tokens.slice(x.last + 1, k).some((w) => w.text === "," || CLAUSE_ENDS.has(w.text)),
      );
    if (CLAUSE_ENDS.has(t.text) || t.text === "," || lex.pastVerb.test(t.text)) return false;
  }
  return false;
}

/** Firearms named with the explosives, a few words on ("with explosives and rifles"). */
function gunsBeside(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  const to = Math.min(tokens.length - 1, h.last + 4);
  return lex.arms.matchesWithin(tokens, h.last + 1, to);
}

/** Firearms named with the weapon a few words before or after it ("with heavy machine guns and mortar rounds"). */
function gunsAround(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  return gunsBeside(tokens, h, lex) || lex.arms.matchesWithin(tokens, Math.max(0, h.first - 5), h.first - 1);
}

/** The one person arrested is named with "a"/"an" as nobody political (no party, no title, no cause). */
function oneOrdinarySuspect(
  s: Sentence,
  first: number,
  last: number,
  target: ActorMention | null,
  numbers: NumberMention[],
  lex: LocaleLexicon,
): boolean {
  // ("two days after he was arrested by plainclothes officers": one person named by a pronoun)
  for (let k = first + 2; k <= last; k++)
    if (
      PASSIVE_AUX.has(s.tokens[k - 1].norm) &&
      lex.singularPronouns.has(s.tokens[k - 2].norm) &&
      lex.cues.matchAll(s.tokens.slice(k, k + 1)).some((m) => m.value === "arrest")
    )
      return !anyWordIn(s.tokens, first, last, lex.politicalWords);
  if (target?.role !== "civilians" || target.group || target.affiliation || target.social) return false;
  const at = tokenAt(s.tokens, target.start);
  // (the determiner before the person, past an age: "a 34-year-old man")
  let k = at - 1;
  while (
    k > at - 6 &&
    k >= 0 &&
    !ONE_PERSON.has(s.tokens[k].norm) &&
    !THE_ONE.has(s.tokens[k].norm) &&
    /^[\p{L}\d-]+$/u.test(s.tokens[k].text)
  )
    k--;
  // ("the driver was detained by police": "the" before one person too, not before many, "the suspects")
  const singular = !/s$/u.test(s.tokens[tokenAt(s.tokens, target.end - 1)]?.norm ?? "s");
  const one =
    ONE_PERSON.has(s.tokens[k]?.norm ?? "") ||
    ONE_PERSON.has(s.tokens[at]?.norm ?? "") ||
    (singular && THE_ONE.has(s.tokens[k]?.norm ?? ""));
  // (nor a count between the article and the people: "une quarantaine de personnes", "a dozen people";
  // nor one the article ends: "vingt et une personnes")
  const from = s.tokens[Math.max(k, 0)]?.start ?? target.start;
  if (!one || numbers.some((n) => n.value > 1 && n.end > from && n.end <= target.end)) return false;
  return !anyWordIn(s.tokens, first, last, lex.politicalWords);
}
/** What the forces' answer to a demonstration told just before may tell: dispersal, its wounded, arrests. */
const DEMO_ANSWER = new Set<Cue>(["intervene", "lethal_force", "injure", "arrest"]);
/** Cues of an arrest told with the crime it is for ("in connection with the robbery"). */
const ARREST_ONLY = new Set<Cue>(["arrest", "intervene", "destroy"]);
/** Determiners of one person. */
const ONE_PERSON = new Set(["a", "an", "one", "un", "une"]);
const THE_ONE = new Set(["the", "le", "la"]);

/** A date counted to the clause that follows it ("a day after", "two days after"), right before the clause. */
function openingCount(
  s: Sentence,
  first: number,
  dates: DateMention[],
  lex: LocaleLexicon,
): DateMention | undefined {
  const at = s.tokens[first]?.start ?? s.end;
  return dates.find(
    (d) =>
      // (an event told after "a day after" came before; one after "a day before" is yet to come)
      d.anchorOffsetDays !== undefined &&
      d.anchorOffsetDays > 0 &&
      d.start < at &&
      // (ending right before the clause, or with its "after" opening it)
      d.end - at <= 8 &&
      at - d.end <= 3 &&
      countsToClause(d, lex.locale, s.text.slice(d.end - s.start, d.end - s.start + 40)),
  );
}

/** A count of events from which a month's events are a statistic ("120 attacks in September"). */
const STATISTIC_COUNT = 3;
/** The fewest events counted with no day that make a tally ("163 combat clashes"). */
const MANY_EVENTS = 10;

/** A plural event noun counted ("120 attacks", "dozens of deadly raids"): several events, at least STATISTIC_COUNT. */
function countedEvents(tokens: Token[], h: CueHit, lex: LocaleLexicon, least = STATISTIC_COUNT): boolean {
  if (!lex.eventNouns.has(tokens[h.first].norm)) return false;
  // ("a series of shootings", "des séries de fusillades", "une vague d'attaques": several, uncounted)
  if (OF_WORDS.has(tokens[h.first - 1]?.norm ?? "") && lex.seriesWords.has(tokens[h.first - 2]?.norm ?? ""))
    return true;
  // (the count right before the noun, or before "of": "120 attacks", "dozens of attacks")
  const k = tokens[h.first - 1]?.norm === "of" ? h.first - 2 : h.first - 1;
  const n = k >= 0 ? parseNumberPhrase(tokens[k].text, lex.locale) : null;
  if (n !== null) return n >= least;
  // (or with one word of their kind between: "163 combat clashes", "12 deadly attacks")
  const m =
    k >= 1 && /^\p{Ll}+$/u.test(tokens[k].text) ? parseNumberPhrase(tokens[k - 1].text, lex.locale) : null;
  return m !== null && m >= least && !!tokens[k - 1].num;
}

/** A count of a hundred or more deaths right after a verb of tally, before a killing's word: a statistic. */
function tallied(
  tokens: Token[],
  first: number,
  last: number,
  killHits: CueHit[],
  lex: LocaleLexicon,
): boolean {
  for (let k = first; k <= last; k++) {
    if (!lex.tallyVerbs.has(tokens[k].norm)) continue;
    // (past "over", "more than", "some": a few words at most)
    // (or the killing's word between: "l'opération a permis de neutraliser plus de 300 terroristes")
    const between = killHits.find((h) => h.first > k && h.first <= k + 3);
    const reach = k + TALLY_REACH + (between ? between.last - k : 0);
    for (let j = k + 1; j <= Math.min(last, reach); j++) {
      const n = parseNumberPhrase(tokens[j].text, lex.locale);
      if (
        n !== null &&
        n >= TALLY_COUNT &&
        (killHits.some((h) => (h.first > j && h.first <= j + 2) || (h === between && h.last < j)) ||
          // ("documented 318 civilian casualties")
          [1, 2].some((d) => CASUALTY_NOUNS.has(tokens[j + d]?.norm ?? "")))
      )
        return true;
    }
  }
  return false;
}
/** Nouns of a toll counted by a tally ("318 civilian casualties", "1 100 victimes"). */
const CASUALTY_NOUNS = new Set([
  "casualties",
  "deaths",
  "fatalities",
  "victims",
  "victimes",
  "deces",
  "morts",
]);
/** How many words after a verb of tally its count may come ("counted more than 1,100"). */
const TALLY_REACH = 4;
/** The smallest toll a tally makes a statistic of. */
const TALLY_COUNT = 100;

/** ", who seized power", ", qui a pris le pouvoir": a relative word set off by a comma, a word or two
 * before the event's word. */
function describingRelative(tokens: Token[], at: number, first: number, lex: LocaleLexicon): boolean {
  for (let k = at - 1; k >= Math.max(first, at - 3); k--)
    if (lex.relatives.has(tokens[k].norm) && tokens[k - 1]?.text === ",") return true;
  return false;
}

/**
 * "at least 412 civilians were killed in the North West and South West regions in 2024", "2,310 people
 * were killed during the year": a toll of a hundred or more with no day and no town is a statistic.
 */
function yearlyToll(
  s: Sentence,
  killHits: CueHit[],
  numbers: NumberMention[],
  dates: DateMention[],
  places: PlaceMention[],
): boolean {
  // ("More than 50,000 Palestinians have been killed in the offensive": a toll of thousands in the
  // present perfect, with no date, sums up a war)
  const perfect =
    !dates.length &&
    killHits.some(
      (h) => s.tokens[h.first - 1]?.norm === "been" && HAVE.has(s.tokens[h.first - 2]?.norm ?? ""),
    );
  // (told over a year or a month: "in 2024", "during the year", "last year")
  if (!killHits.length || (!perfect && (!dates.length || dates.some((d) => d.precision < 3)))) return false;
  if (places.some((p) => p.place.kind === "populated" && !p.weak)) return false;
  return numbers.some(
    (n) =>
      n.value >= (perfect ? WAR_TOLL : TALLY_COUNT) &&
      !n.vague &&
      killHits.some((h) => {
        const at = tokenAt(s.tokens, n.start);
        return h.first > at && h.first - at <= 6;
      }),
  );
}

const HAVE = new Set(["have", "has"]);
/** A span of years ("between 2020 and 2021", "entre 2016 et 2017"). */
const YEAR_SPAN = /^(?:between|from|entre|de)\s+\d{4}\s/iu;
/** The smallest toll in the present perfect that sums up a war. */
const WAR_TOLL = 1000;

/** How many days before the report a deed told with its month or day is background. */
const HISTORY_DAYS = 330;
function daysBefore(date: string, published: string | null): number {
  return published ? (Date.parse(published.slice(0, 10)) - Date.parse(date)) / 86_400_000 : 0;
}

/** How many days before the report an agreement told with a coarse time is background. */
const AGREEMENT_HISTORY_DAYS = 90;

/** A date three weeks or more before the publication. */
function longBefore(d: DateMention, published: string | null): boolean {
  return daysBefore(d.date, published) >= 21;
}

/** "have been deployed", "has been held", "has fought": an auxiliary of the perfect before "been" or a
 * past participle. */
function perfectTense(tokens: Token[], lex: LocaleLexicon): boolean {
  return tokens.some(
    (t, k) =>
      lex.perfectAux.has(t.norm) &&
      (tokens[k + 1]?.norm === "been" || lex.pastVerb.test(tokens[k + 1]?.text ?? "")),
  );
}

/** One end of a period of two weeks or more that the clause tells ("between 1 January and 30 June"). */
function periodEnd(d: DateMention, dates: DateMention[]): boolean {
  return dates.some(
    (o) =>
      o !== d &&
      Math.abs(Date.parse(o.date) - Date.parse(d.date)) >= 14 * 86_400_000 &&
      (Math.abs(o.start - d.end) < 12 || Math.abs(d.start - o.end) < 12),
  );
}

/**
 * "killed in the months of unrest that followed the 9 October elections": a day written between "the" and a
 * noun that is no event word dates that noun (the elections), not a happening the sentence tells.
 */
function datesOtherNoun(s: Sentence, d: DateMention, hits: CueHit[]): boolean {
  const t = s.tokens;
  const a = tokenAt(t, d.start);
  const b = tokenAt(t, d.end - 1);
  const next = t[b + 1];
  // (a day written out, not a weekday: "just after the Saturday morning call to prayer" is the event's time)
  return (
    d.precision === 1 &&
    !d.relative &&
    !d.weekday &&
    t[a - 1]?.norm === "the" &&
    !!next &&
    /^\p{Ll}+$/u.test(next.text) &&
    !hits.some((h) => h.first <= b + 1 && h.last >= b + 1)
  );
}

/** A day written out ("on 30 April 2020", "on December 13"), not counted from another date. */
function writtenDay(d: DateMention): boolean {
  return d.precision === 1 && !d.relative && d.anchorOffsetDays === undefined && !d.future && !d.yearOnly;
}

/** Cues whose numbers count people arrested, killed or hurt, never a crowd. */
const NOT_CROWD = new Set<string>(["arrest", "kill", "injure", "abduct", "beat"]);

/**
 * A coming weekday within four words after the cue ("for Wednesday", "next Monday"): what the cue tells is
 * planned for then. (Not "the following day", "a week later": days counted from an event told, which
 * may fall after a report written on the event's day.)
 */
/** Words that make a day the coming one, inside its mention ("le samedi 31 mai prochain", "next Monday"),
 * or a weekday written with the day ("le samedi 31 mai", "on Saturday, May 31"). */
const COMING =
  /\b(?:prochain|prochaine|next|coming|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/iu;
/** How many words after a crowd's action its coming day may come ("a march for immigrant rights planned for Saturday"). */
const PLAN_DAY_REACH = 6;

function plannedFor(s: Sentence, h: CueHit, dates: DateMention[]): boolean {
  return dates.some(
    (d) =>
      d.future &&
      // (or a day said to be the coming one: "le samedi 31 mai prochain")
      (d.weekday || (d.precision === 1 && COMING.test(d.text))) &&
      d.start >= h.end &&
      tokenAt(s.tokens, d.start) - h.last <= PLAN_DAY_REACH,
  );
}

/**
 * "The suspect was held", "police held three traders", "he was held": a person is held. Not "a rally was
 * held", "a vigil was held on Sunday".
 */
function personHeld(tokens: Token[], h: CueHit, actors: ActorMention[], lex: LocaleLexicon): boolean {
  let k = h.first - 1;
  let passive = false;
  while (k >= 0 && (BETWEEN_HELD.has(tokens[k].norm) || PASSIVE_AUX.has(tokens[k].norm))) {
    if (PASSIVE_AUX.has(tokens[k].norm)) passive = true;
    k--;
  }
  if (passive) {
    const subject = tokens[k];
    if (!subject) return false;
    // ("A funeral ceremony for the soldiers was held", "Funerals for the eleven soldiers killed ... were
    // held": the ceremony held, not the people it is for)
    for (let j = k; j >= Math.max(0, k - HELD_SUBJECT_REACH); j--)
      if (lex.mourning.has(tokens[j].norm)) return false;
    return (
      actors.some((a) => a.end === subject.end) ||
      lex.subjectPronouns.has(subject.norm) ||
      /^\d/u.test(subject.text) ||
      lex.captives.has(subject.norm)
    );
  }
  const next = tokens[h.last + 1];
  // ("the release of a prominent politician held by the Houthis": a participle after its noun tells
  // where someone is, no arrest told)
  if (next && BY.has(next.norm)) return false;
  return (
    !!next &&
    actors.some((a) => a.start >= next.start && a.start <= (tokens[h.last + 4]?.start ?? next.start))
  );
}

/** Words between a verb of trying and the verb tried ("attempted to retake", "visait à reprendre"). */
const TO_VERB = new Set(["to", "a", "de", "d"]);

/** How far back from "held" the head of its subject may stand ("funerals for the eleven soldiers"). */
const HELD_SUBJECT_REACH = 8;

/** Articles between "during" and a raid noun ("in a raid", "lors d'une perquisition"). */
const RAID_ARTICLES = new Set(["a", "an", "the", "une", "un", "la", "les", "des"]);

/** "during raids", "in a raid", "in a dawn raid": the raid word at `at` told as when something was done. */
function raidDuring(tokens: Token[], at: number, lex: LocaleLexicon): boolean {
  let k = at - 1;
  // (one lower-case word between the article and the raid: "a dawn raid", "a night raid")
  if (
    !RAID_ARTICLES.has(tokens[k]?.norm ?? "") &&
    RAID_ARTICLES.has(tokens[k - 1]?.norm ?? "") &&
    !tokens[k]?.cap
  )
    k--;
  if (RAID_ARTICLES.has(tokens[k]?.norm ?? "")) k--;
  return lex.during.has(tokens[k]?.norm ?? "");
}

/** Words between a subject and "held" besides the passive auxiliaries ("had reportedly been held"). */
const BETWEEN_HELD = new Set([
  "also",
  "reportedly",
  "allegedly",
  "briefly",
  "later",
  "then",
  "had",
  "has",
  "have",
]);

function resolveSeize(
  s: Sentence,
  hits: CueHit[],
  lex: ReturnType<typeof lexicon>,
  pc: PlaceCues,
  places: ReturnType<typeof findPlaces>,
  actors: ActorMention[],
) {
  // (the starts of places and people are needed only for a seize cue: most sentences have none)
  let placeStarts: Set<number> | null = null;
  let people: Set<number> | null = null;
  for (const h of hits) {
    // A crowd blocking roads or traffic turns a protest into a riot.
    if (h.cues.includes("block"))
      for (let k = h.last + 1; k < Math.min(s.tokens.length, h.last + 6); k++)
        if (lex.roadObjects.has(s.tokens[k].norm)) {
          if (!h.cues.includes("riot")) h.cues.push("riot");
          break;
        }
    // ("Un conflit foncier a dégénéré lundi soir en affrontements meurtriers": what it turned into is the
    // event, fighting, no riot)
    if (
      h.cues.includes("riot") &&
      lex.turnWords.has(s.tokens[h.last].norm) &&
      hits.some(
        (x) => x !== h && x.first > h.last && x.first <= h.last + TURN_REACH && x.cues.includes("clash"),
      )
    )
      setCues(h, ["clash"]);
    // ("A crowd beat a man accused of blasphemy to death": the words of the killing reach past the victim)
    if (!h.cues.includes("kill") && lex.toDeathVerbs.has(s.tokens[h.first].norm)) {
      const end = toDeathAfter(s.tokens, h.last, lex.toDeath);
      if (end >= 0) {
        h.last = end;
        h.end = s.tokens[end].end;
        setCues(h, ["kill"]);
      }
    }
    // ("police arrested 17 suspects during raids on houses": raids told as the arrests' circumstance are
    // how the arrests were made, no attack of their own)
    if (
      h.cues.includes("attack") &&
      lex.raids.has(s.tokens[h.first].norm) &&
      // (past an article: "detained yesterday in a raid on a house", "lors d'une perquisition"; and a word
      // of when: "detained in a dawn raid on his home")
      raidDuring(s.tokens, h.first, lex) &&
      hits.some((x) => x !== h && x.last < h.first && x.cues.includes("arrest"))
    )
      dropCues(h, "attack");
    // ("Police dispersed supporters of the opposition in Kisumu", "used water cannon to disperse hundreds
    // of opposition supporters": people dispersed were gathered, a protest broken up)
    if (
      h.cues.includes("intervene") &&
      // (arrests alone do not say a crowd was there: "arrested 15 activists")
      !h.cues.includes("arrest") &&
      // (not a fight or a mob broken up: "Police broke up fights between supporters", "stopped the crowd")
      !hits.some((x) =>
        x.cues.some((c) => c === "protest" || c === "riot" || c === "mob" || VIOLENT.includes(c)),
      ) &&
      actors.some(
        (a) =>
          a.role === "protesters" &&
          a.affiliation &&
          a.start >= h.end &&
          tokenAt(s.tokens, a.start) - h.last <= 8,
      )
    )
      h.cues.push("protest");
    // ("Police blocked the roads to the park": forces closing roads keep order; they do not riot)
    if (
      (h.cues.includes("riot") || h.cues.includes("block")) &&
      anyWordIn(s.tokens, h.first, h.last, lex.siegeWords) &&
      isState(namedRightBefore(s.tokens, h, actors))
    )
      dropCues(h, "riot", "block");
    // ("The soldiers were handed over to a commission", "handed over 12 hostages": people handed over
    // are no territory changing hands)
    if (h.cues.includes("takeover") && handsOverPeople(s.tokens, h, actors))
      dropCues(h, "takeover", "deploy");
    // ('"... it will be us," said one protester': a protester who speaks is the source of the quote)
    if (
      h.first === h.last &&
      h.cues.every((c) => c === "protest") &&
      speakerAfterSpeech(s.tokens, h.first, lex)
    )
      dropCues(h, "protest");
    // ("ont tenté de récupérer le bétail": goods taken back are no arms recovered)
    if (h.cues.includes("weapons") && h.first === h.last && goodsAfter(s.tokens, h, lex))
      dropCues(h, "weapons");
    // ("detected and neutralised two improvised explosive devices", "a neutralisé deux engins explosifs": a
    // device made harmless is disrupted weapons use, no killing)
    if (h.cues.includes("kill") && neutralisesDevice(s.tokens, h, hits, lex)) {
      setCues(h, ["weapons"]);
      for (const x of hits)
        if (x.first > h.last && x.first <= h.last + DEVICE_REACH && x.cues.includes("ied"))
          setCues(x, ["weapons"]);
    }
    // ("troops discovered an IED planted about 20 km from Damboa", "ont découvert un engin explosif": a
    // device found before it went off, nobody hurt, is disrupted weapons use)
    if (
      h.cues.includes("ied") &&
      foundBefore(s.tokens, h, lex) &&
      !hits.some((x) => x.cues.some((c) => c === "kill" || c === "injure" || c === "destroy"))
    )
      setCues(h, ["weapons"]);
    // ("when he allegedly attempted to throw a hand grenade at officers": a throw only tried sets off no blast)
    if (
      h.cues.includes("grenade") &&
      s.tokens
        .slice(Math.max(0, h.first - 5), h.first)
        .some((t, j, a) => lex.attempts.has(t.norm) && THROW_VERBS.has(a[j + 2]?.norm ?? ""))
    )
      dropCues(h, "grenade");
    // ("shot dead livestock": property destroyed, nobody hurt)
    if ((h.cues.includes("kill") || h.cues.includes("beat")) && harmsOnlyGoods(s.tokens, h, lex))
      setCues(
        h,
        h.cues.map((c) => (c === "kill" || c === "beat" ? "destroy" : c)),
      );
    // ("a counter-rally was held", "a meeting was held": it took place; nobody was detained)
    if (h.cues.includes("arrest") && h.first === h.last && lex.heldWords.has(s.tokens[h.first].norm))
      if (!personHeld(s.tokens, h, actors, lex)) dropCues(h, "arrest");
    // ("with the regional mission having withdrawn, researchers expect ...": a move told as the
    // background of what is said, not a development of the day)
    if (h.cues.includes("deploy") && lex.perfectParticiple.has(s.tokens[h.first - 1]?.norm ?? ""))
      dropCues(h, "deploy");
    // ("Israeli forces backed by a helicopter gunship fought militants": aircraft in support tell no strike)
    if ((h.cues.includes("aircraft") || h.cues.includes("air")) && backedBy(s.tokens, h.first))
      dropCues(h, "aircraft", "air");
    // ("after the military attempted to retake the town": a try at the town is fighting, not a change of
    // hands)
    if (
      (h.cues.includes("retake") || h.cues.includes("takeover")) &&
      lex.attempts.has(s.tokens[h.first - 2]?.norm ?? "") &&
      TO_VERB.has(s.tokens[h.first - 1]?.norm ?? "")
    )
      dropCues(h, "retake", "takeover");
    // ("police seized 120 rifles, grenades and 40 kg of explosives": arms seized are disrupted weapons
    // use, and the weapon words among them are things, not attacks)
    if ((h.cues.includes("seize") || h.cues.includes("weapons")) && seizesArms(s.tokens, h, hits, lex)) {
      setCues(h, ["weapons"]);
      continue;
    }
    if (!h.cues.includes("seize")) continue;
    placeStarts ??= seizablePlaces(s.tokens, pc, places);
    people ??= new Set(
      actors.filter((a) => a.role === "civilians" || a.role === "government").map((a) => a.start),
    );
    const c = seizeObject(s.tokens, h, lex, placeStarts, people);
    if (c && !h.cues.includes(c)) h.cues.push(c);
  }
}

/** The starts of the sentence's places, and of names placed by their distance from a town. */
function seizablePlaces(tokens: Token[], pc: PlaceCues, places: ReturnType<typeof findPlaces>): Set<number> {
  const starts = new Set(places.map((p) => p.start));
  for (let k = 1; k < tokens.length; k++)
    if (tokens[k].cap && distanceApposed(tokens, k, pc)) starts.add(tokens[k].start);
  return starts;
}

/** How many words after a turn for the worse the fighting it turned into may come. */
const TURN_REACH = 5;

/** Words that end the reach of a harming verb towards its "to death". */
const CLAUSE_ENDS = new Set([".", ";", ":", "!", "?"]);

/** The last token of "to death" within TO_DEATH_REACH words after `last`, or -1. */
function toDeathAfter(tokens: Token[], last: number, words: string[]): number {
  if (!words.length) return -1;
  for (let k = last + 1; k <= last + TO_DEATH_REACH && k < tokens.length; k++) {
    if (CLAUSE_ENDS.has(tokens[k].norm)) return -1;
    if (words.every((w, i) => tokens[k + i]?.norm === w)) return k + words.length - 1;
  }
  return -1;
}
const TO_DEATH_REACH = 10;

/** How many days after a weekday read as the publication day show it was the week before. */
const FOLLOWING_DAYS = 3;
/** A weekday said to be this week's ("Ce jeudi", "this Thursday"). */
const THIS_DAY = /^\s*(?:ce|this)\s/iu;

/**
 * "The following day", "two days later": dates counted from another date. Without another date in
 * their own sentence they count from the last date the article gave, not from publication.
 */
function reanchor(dates: DateMention[], ctx: Context, toClause: (d: DateMention) => boolean): DateMention[] {
  const out = dates.map((d) => {
    if (d.anchored !== "publication" || d.anchorOffsetDays === undefined || !ctx.lastDate) return d;
    // "On Friday, ... The following day, ...": in a Friday article a "following day" after the
    // publication shows that "Friday" was the week before (a weekday read as the publication day).
    // (not "The attack came two days after forces killed ...": counted back to the clause after it)
    const last = ctx.lastDate;
    // (a day or two after it, not "quelques semaines plus tard" in a remark on what keeps happening; and
    // not a weekday said to be this one: "Ce jeudi matin", "this Thursday")
    if (
      d.anchorOffsetDays > 0 &&
      d.anchorOffsetDays <= FOLLOWING_DAYS &&
      last.weekday &&
      last.date === ctx.published &&
      !THIS_DAY.test(last.text) &&
      !toClause(d)
    )
      last.date = addDays(last.date, -7);
    const date = addDays(last.date, d.anchorOffsetDays);
    return { ...d, date, future: !!ctx.published && date > ctx.published, anchored: "sentence" as const };
  });
  // (a day counts from a day: "on Monday ... this month. A day later" counts from Monday)
  const last = out.filter((d) => !d.future && !d.yearOnly && d.precision === 1).at(-1);
  if (last) ctx.lastDate = last;
  return out;
}

/**
 * "on Tuesday recaptured Mahaday, two days after Al-Shabaab militants overran it": a count after a day,
 * ahead of the publication only as counted forward, dates the clause told after it, that many days before
 * the day it counts from (kept: the clause's frame counts it back).
 */
function countedBack(s: Sentence, d: DateMention, ctx: Context, lex: LocaleLexicon): boolean {
  return (
    !!d.anchorOffsetDays &&
    d.anchored === "sentence" &&
    !!ctx.published &&
    addDays(d.date, -2 * d.anchorOffsetDays) <= ctx.published &&
    countsToClause(d, lex.locale, s.text.slice(d.end - s.start, d.end - s.start + 40))
  );
}

/** "the operation took place": a determiner that refers back, up to four words before tokens[at]. */
function determinerBefore(tokens: Token[], at: number, lex: LocaleLexicon): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) if (lex.anaphora.has(tokens[k].norm)) return true;
  return false;
}

const isArea = (p: Place) => p.kind === "admin1" || p.kind === "admin2" || p.kind === "country";

/** The finest located place of `places` inside the frame's area (or any, when the frame has none). */
function placeEventTold(f: Frame, places: PlaceMention[]): void {
  const area = f.place?.place;
  const inside = places.filter(
    (p) =>
      !p.weak &&
      located(p.place) &&
      (!area ||
        (p.place.country === area.country &&
          KIND_RANK[p.place.kind] < KIND_RANK[area.kind] &&
          (area.kind === "country" || !area.admin1 || p.place.admin1 === area.admin1))),
  );
  const best = inside.sort((a, b) => KIND_RANK[a.place.kind] - KIND_RANK[b.place.kind])[0];
  if (best) f.place = best;
}

/**
 * The place search of a sentence that tells no event, run only when a record asks for a fallback place.
 * (The arrow is made here and returned: under tsx, whose esbuild keeps function names, an arrow named
 * in an object literal or a const is given its name with Object.defineProperty each time it is made,
 * which cost as much as a phrase lookup per sentence.)
 */
function deferredPlaces(
  s: Sentence,
  ctx: Context,
  gaz: Gazetteer,
  pc: PlaceCues,
  lex: LocaleLexicon,
  reg: ActorRegistry,
  locale: Locale,
): () => unknown {
  return () =>
    toldInPastYear(s, ctx.published, lex)
      ? []
      : notePlaces(s, ctx, gaz, pc, () => reg.mentions(s.tokens, locale, ctx.published));
}

function notePlaces(s: Sentence, ctx: Context, gaz: Gazetteer, pc: PlaceCues, actors: () => ActorMention[]) {
  // The dateline says where the reporter is, not where the events are.
  let ps = findPlaces(s, gaz, pc, ctx.country, ctx.places, ctx.knownPlaces).filter(
    (p) => p.start >= ctx.datelineEnd,
  );
  // "near Dounkoupou in the Tillaberi region of neighbouring Niger": a sentence that names another
  // country, and no town of the article's own, is about that country.
  // ("the border with Niger", "on the Niger border")
  // ("In Ethiopia's Amhara region, ...": a country that owns the sentence's places names it too)
  const other =
    ps.find(
      (p) => p.place.kind === "country" && p.place.country !== ctx.country && !p.weak && !atBorder(s, p, pc),
    )?.place.country ??
    possessiveCountry(s, gaz, ctx.country) ??
    demonymPlaceCountry(s, pc, ctx.country);
  // ("In Mali, suspected jihadists killed seven soldiers near Boni": a sentence opened by its country
  // is about that country, whatever homonym the article's own country holds)
  const opens = ps.find(
    (p) =>
      p.place.kind === "country" &&
      p.place.country !== ctx.country &&
      p.first <= 1 &&
      s.tokens[p.last + 1]?.text === ",",
  );
  if (
    other &&
    (opens ||
      !ps.some((p) => p.place.kind !== "country" && located(p.place) && p.place.country === ctx.country))
  )
    ps = findPlaces(s, gaz, pc, opens?.place.country ?? other, [], ctx.knownPlaces).filter(
      (p) => p.start >= ctx.datelineEnd,
    );
  // A name that turns out to be an actor ("in Operation Barkhane") or a people ("Dogon") is not a place.
  if (ps.length) {
    const as = actors();
    // ("in Ethiopia's Amhara region", "fighting in Amhara": a region named after its people, told as a place)
    const regionAsPlace = (p: PlaceMention) =>
      (p.place.kind === "admin1" || p.place.kind === "admin2") &&
      (pc.adminKinds.has(s.tokens[p.last + 1]?.norm ?? "") ||
        REGION_PREPOSITIONS.has(s.tokens[p.first - 1]?.norm ?? "") ||
        /['’]s$/u.test(s.tokens[p.first - 1]?.text ?? ""));
    ps = ps.filter(
      (p) =>
        // ("Kangara Peulh": a village named after a people is still a place)
        !as.some(
          // (the name wholly inside it: "the Imam Sahib district" is more than "Imam")
          (a) =>
            a.start <= p.start &&
            p.end <= a.end &&
            (!located(p.place) ||
              (!!a.ethnicity && !(a.start === p.start && a.end === p.end && regionAsPlace(p))) ||
              a.group),
        ),
    );
  }
  // ("in the city of Zawiya, west of Tripoli": the town told as a bearing is remembered before the town
  // of the event, so that "the city" of the next sentence is Zawiya)
  for (const p of ps) if (p.reference && located(p.place)) ctx.places.push(p.place);
  for (const p of ps)
    if (p.place.kind !== "country") {
      if (located(p.place) && !p.reference) ctx.places.push(p.place);
      ctx.mentions.push(p);
    }
  return ps;
}

/** Prepositions before a region's name that make it a place, not a people ("in Amhara", "across Tigray"). */
const REGION_PREPOSITIONS = new Set(["in", "across", "throughout", "into", "dans", "en"]);

/** A country whose demonym names the kind of a place ("the Saudi city of Jazan"), other than the article's. */
function demonymPlaceCountry(s: Sentence, pc: PlaceCues, country: string | null): string | null {
  const t = s.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (!t[i].cap || !pc.kinds.has(t[i + 1].norm)) continue;
    const c = pc.demonymCountries.get(t[i].norm);
    if (c && c !== country) return c;
  }
  return null;
}

/** A place named as a border ("the border with Niger", "on the Niger border"). */
function atBorder(s: Sentence, p: PlaceMention, pc: PlaceCues): boolean {
  return (
    s.tokens.slice(Math.max(0, p.first - 3), p.first).some((t) => pc.borders.has(t.norm)) ||
    pc.borders.has(s.tokens[p.last + 1]?.norm ?? "")
  );
}

/** A country named as the owner of a place ("Ethiopia's Amhara region"), other than the article's. */
function possessiveCountry(s: Sentence, gaz: Gazetteer, country: string | null): string | null {
  for (const t of s.tokens) {
    // (endsWith first: the regex only for the few capitalised words that end in "s")
    if (!t.cap || !t.text.endsWith("s") || !/['’]s$/u.test(t.text)) continue;
    const c = gaz.country(t.text.replace(/['’]s$/u, ""));
    if (c && c.name !== country) return c.name;
  }
  return null;
}

function within<T extends { start: number }>(xs: T[], s: Sentence, first: number, last: number): T[] {
  const a = s.tokens[first].start;
  const b = s.tokens[last].end;
  return xs.filter((x) => x.start >= a && x.start < b);
}

/**
 * A word opening an object ("killed a thief"), not a date ("killed the day before"), up to token
 * `last`. (Made by a function and returned: under tsx, which keeps function names, a named arrow
 * is given its name with Object.defineProperty each time it is made, once per frame here.)
 */
function objectOpener(
  s: Sentence,
  last: number,
  lex: LocaleLexicon,
  dates: ReturnType<typeof findDates>,
): (k: number) => boolean {
  return (k) =>
    k <= last &&
    (lex.objectStarts.has(s.tokens[k].norm) || /^\d/u.test(s.tokens[k].text)) &&
    !dates.some((d) => d.start <= s.tokens[k].start && d.end > s.tokens[k].start);
}

/** A cue a count of people is told about: up to 3 words after it, or up to 4 words before it. */
function countedBy(h: CueHit, at: number, i: number): boolean {
  return (h.last < at && at - h.last <= 3) || (h.first > i && h.first - i <= 4);
}

/**
 * "protested in response to the killing of three young men": deaths a crowd protests about are not
 * the crowd's event's.
 */
function crowdTopic(s: Sentence, h: CueHit, lex: LocaleLexicon): boolean {
  // (a verb, at either end of the cue: "killed", "beat to death")
  if (lex.pastVerb.test(s.tokens[h.last].text) || lex.pastVerb.test(s.tokens[h.first].text)) return false;
  const prev = s.tokens[h.first - 1]?.norm ?? "";
  const prev2 = s.tokens[h.first - 2]?.norm ?? "";
  // (two words back only a preposition: "amid several deaths", not the article of "a mob beat")
  return lex.topicMarkers.has(prev) || (lex.topicMarkers.has(prev2) && !lex.objectStarts.has(prev2));
}

/** A sentence opened by the label of an analyst's section and a colon ("Assessment:", "Analyse :"). */
function analysisSection(s: Sentence, lex: LocaleLexicon): boolean {
  const t = s.tokens;
  let k = 0;
  // (after a list bullet: "- Outlook: ...")
  while (k < 2 && t[k] && !/\p{L}/u.test(t[k].text)) k++;
  return !!t[k] && t[k].cap && lex.analysisLabels.has(t[k].norm) && t[k + 1]?.text === ":";
}

/** The two sides a clash word of the clause is said to be between ("heurts entre des jeunes et les forces de l'ordre"). */
function fightersOf(tokens: Token[], hits: CueHit[], actors: ActorMention[]): ActorMention[] | undefined {
  for (const h of hits) {
    if (!h.cues.includes("clash")) continue;
    const pair = betweenSides(
      tokens,
      h,
      actors.filter((m) => m.start >= h.end),
    );
    if (pair) return [pair.agent, pair.patient];
  }
  return undefined;
}

/** Words that spread a deed over a whole country ("across Ukraine", "à travers le pays"). */
const ACROSS = new Set(["across", "throughout", "travers", "partout"]);

/**
 * "Russian attacks killed five people and injured 19 others across Ukraine over the past day": a deed
 * spread over a whole country sums up the events told after it, no event of its own.
 */
function acrossCountry(s: Sentence, ps: PlaceMention[]): boolean {
  if (ps.length !== 1 || ps[0].place.kind !== "country") return false;
  let k = tokenAt(s.tokens, ps[0].start) - 1;
  if (["the", "le", "la", "l'", "l’"].includes(s.tokens[k]?.norm ?? "")) k--;
  return ACROSS.has(s.tokens[k]?.norm ?? "");
}

/** "in cities across Asia and Europe": what the sentence tells happened in many places, each told on. */
function acrossContinent(s: Sentence, continents: Set<string>): boolean {
  for (let k = 0; k < s.tokens.length - 1; k++) {
    if (!ACROSS.has(s.tokens[k].norm)) continue;
    let j = k + 1;
    if (["the", "le", "la", "l'", "l’"].includes(s.tokens[j]?.norm ?? "")) j++;
    const one = s.tokens[j]?.norm ?? "";
    const two = `${one} ${s.tokens[j + 1]?.norm ?? ""}`;
    if (continents.has(one) || continents.has(two)) return true;
  }
  return false;
}

/** A court's participle used as an adjective before a person's title or name ("jailed former prime
 * minister Imran Khan", "the convicted leader"). */
function describesPersonWord(
  tokens: Token[],
  m: { first: number; last: number },
  lex: LocaleLexicon,
): boolean {
  if (m.first !== m.last || !lex.pastVerb.test(tokens[m.first].text)) return false;
  const next = tokens[m.last + 1];
  // (not a day after the verb: "was sentenced Thursday to 15 years")
  return !!next && ((next.cap && !lex.timeWords.has(next.norm)) || lex.personQualifiers.has(next.norm));
}

/** A demand's complement ends at a comma or a verb, ten words on at most. */
const DEMAND_REACH = 10;

/**
 * The sides of a crowd's sentence but those named in what the crowd demands ("des jeunes ... ont
 * affronté les gendarmes à coups de pierres, exigeant l'arrestation des assaillants", "demanding the
 * arrest of the gunmen"): an armed group the crowd demands something about is the topic of the demand,
 * not a side of the clash.
 */
function withoutDemanded(s: Sentence, actors: ActorMention[], lex: LocaleLexicon): ActorMention[] {
  const crowd = (a: ActorMention) => a.role === "protesters" || a.role === "rioters";
  if (!actors.some(crowd) || !actors.some((a) => !crowd(a))) return actors;
  const t = s.tokens;
  let out = actors;
  for (const d of lex.demands.matchAll(t)) {
    let end = d.last + 1;
    while (
      end < t.length &&
      end <= d.last + DEMAND_REACH &&
      ![",", ";", ".", ":"].includes(t[end].text) &&
      !(end > d.last + 1 && lex.pastVerb.test(t[end].text))
    )
      end++;
    if (end === d.last + 1) continue;
    const from = t[d.last + 1].start;
    const to = t[end - 1].end;
    // (only when the crowd is named before what it demands)
    if (!actors.some((a) => crowd(a) && a.end <= t[d.first].start)) continue;
    // (armed groups only: the police "by" whom a killing protested over was done stay its doers)
    out = out.filter((a) => !isArmed(a) || isState(a) || a.start < from || a.start >= to);
  }
  return out;
}

function frameOf(
  s: Sentence,
  first: number,
  last: number,
  hits: CueHit[],
  actors: ActorMention[],
  dates: ReturnType<typeof findDates>,
  numbers: NumberMention[],
  places: ReturnType<typeof findPlaces>,
  published: string | null,
  lex: LocaleLexicon,
  answersDemo = false,
): Frame | null {
  hits = demandedHarmDropped(s, hits, lex);
  const cues = clauseCues(s, hits, lex);
  const sides = clauseSides(s, first, last, hits, actors, dates, numbers, lex, answersDemo);
  const { clauseActors, killHits, clauseNumbers, patient, doer, speaker, agent, target } = sides;
  const facts = clauseFacts(s, first, last, hits, cues, dates, sides, lex);
  // "the bomber, who struck the market, was dead": the attackers' own death, told with nobody acting
  // and no other victim, is part of the attack already told, not an event of its own.
  const killWord = killHits[0];
  if (
    killWord &&
    // (a state, "was dead", not a deed: "the gunmen killed him" is told of someone else)
    !lex.pastVerb.test(s.tokens[killWord.first].text) &&
    !patient &&
    !clauseNumbers.length &&
    ![...cues].some((c) => c !== "kill") &&
    s.tokens.some(
      (t, k) =>
        k < killWord.first && lex.backReferences.has(t.norm) && lex.anaphora.has(s.tokens[k - 1]?.norm ?? ""),
    )
  )
    return null;
  const coded = classify(facts);
  const orphan = coded ? null : orphanDestruction(facts);
  const coding = coded ?? orphan;
  if (!coding) return null;
  // ("Police arrested a 34-year-old man in connection with a robbery": arrests are of political figures
  // or of many people; one ordinary suspect is no event)
  if (
    coding.sub_event_type === "Arrests" &&
    isState(agent) &&
    oneOrdinarySuspect(s, first, last, target, clauseNumbers, lex) &&
    // (the clause tells nothing else: not "arrested after recovering arms and explosives", anywhere in
    // the sentence)
    lex.cues
      .matchAll(s.tokens)
      .every(
        (m) =>
          ARREST_ONLY.has(m.value) || ((m.last < first || m.first > last) && !WEAPON_THINGS.has(m.value)),
      )
  )
    return null;
  const trigger = mainTrigger(hits, coding.decisive);
  const when = frameWhen(
    s,
    first,
    last,
    hits,
    trigger,
    coding,
    orphan,
    dates,
    places,
    killHits,
    clauseNumbers,
    published,
    lex,
    clauseActors.some((a) => FIGHTING_ROLES.has(a.role)),
  );
  if (!when) return null;
  const { clauseDates, situation, date } = when;
  const habitual = !clauseDates.length && lex.habits.matchesWithin(s.tokens, first, last);
  const ps = framePlaces(s, first, last, places, when.clausePlaces);
  const crowd = crowdOf(s, hits, clauseNumbers, coding, lex);
  const fatal = frameFatalities(s, hits, killHits, sides.fat, clauseNumbers, coding, lex);
  // ("officers found one man dead at the scene", "residents buried 32 bodies": who finds or buries the
  // dead is no side of the killing)
  const found = bodiesFound(s, first, last, hits, lex);
  const finder = found ? agent : null;
  // ("One of them died of his wounds the next day in hospital": the toll of the event told before)
  // (the wounds may be a cue of their own: "a succombé à ses blessures")
  const woundDeath =
    !found &&
    hits.some((h) => diedOfWounds(s.tokens, h, lex)) &&
    hits.every(
      (h) =>
        diedOfWounds(s.tokens, h, lex) ||
        (h.cues.every((c) => c === "injure") &&
          (allWordsIn(s.tokens, h.first, h.last, lex.woundNouns) ||
            allWordsIn(s.tokens, h.first, h.last, lex.woundedPeople))) ||
        // (and bodies found with them: "... et des corps ont été retrouvés lundi autour du camp")
        (h.cues.every((c) => c === "kill") &&
          lex.bodyWords.has(s.tokens[h.first].norm) &&
          anyWordIn(s.tokens, first, last, lex.findings)),
    );
  const sideActors = clauseActors.length
    ? clauseActors
    : actors.filter(
        (a) =>
          (!speaker || a !== doer) &&
          !(hits[0] && leadSpeaker(s.tokens, a, hits[0])) &&
          !labeller(s.tokens, a),
      );
  return {
    sentence: s,
    first,
    last,
    hits,
    cues,
    coding,
    facts,
    trigger,
    finding: found || woundDeath || undefined,
    woundDeath: woundDeath || undefined,
    agent: finder ? null : agent,
    patient: target,
    actors: finder ? sideActors.filter((a) => a !== finder) : sideActors,
    date,
    place: mostPrecise(ps),
    places: ps,
    fatalities: fatal,
    crowd,
    intervention:
      hits.find(
        (h) =>
          h.cues.includes("intervene") ||
          h.cues.includes("lethal_force") ||
          (h.cues.includes("air_shots") && coding.event_type === "Protests"),
      ) ?? null,
    sameArea: lex.sameArea.matchesWithin(s.tokens, first, last),
    // ("Two attackers were also killed": the word right before the killing; not "also claimed that 15
    // soldiers died")
    additive: killHits.some(
      (h) =>
        lex.additive.has(s.tokens[h.first - 1]?.norm ?? "") ||
        // ("deux assaillants ont également été tués")
        // (not a present perfect of a situation: "have also been killed")
        (PASSIVE_AUX.has(s.tokens[h.first - 1]?.norm ?? "") &&
          s.tokens[h.first - 1].norm !== "been" &&
          lex.additive.has(s.tokens[h.first - 2]?.norm ?? "")),
    ),
    hedged: lex.hedgedTolls.matchesWithin(s.tokens, first, last),
    sequel: lex.sequels.matchesWithin(s.tokens, first, last),
    separate: toldApart(s.tokens, first, lex) || undefined,
    // ("la route nationale, régulièrement ciblée par les rebelles": what usually happens only refines the
    // event told, its doer included)
    situation:
      situation ||
      !!orphan ||
      acrossCountry(s, ps) ||
      acrossContinent(s, placeCues(lex.locale).continents) ||
      (!clauseDates.length && lex.habitualDeeds.matchesWithin(s.tokens, first, last)) ||
      habitual ||
      undefined,
    // ("..., and the road between the town and Sévaré is regularly cut by roadside bombs": what usually
    // happens, told in the present, may name the usual doers but tells nothing of how the event was done)
    habitual: habitual || undefined,
    orphan: !!orphan || undefined,
    // ("Police confirmed the attack and said officers had been deployed to the area": forces sent after
    // the event told are its sequel, not an event of their own)
    anaphoric:
      (hits.some((h) => refersBack(s.tokens, h, lex)) &&
        hits.every((h) => refersBack(s.tokens, h, lex) || h.cues.every((c) => c === "deploy"))) ||
      // ("peacekeepers deployed to the area on Sunday to secure the village": forces sent to the scene)
      (hits.every((h) => h.cues.every((c) => c === "deploy")) &&
        lex.toTheScene.matchesWithin(s.tokens, first, last)) ||
      found ||
      announcesDeaths(s.tokens, hits, agent, lex) ||
      woundedInCare(s.tokens, hits, agent, lex) ||
      // ("The incident occurred at about 4pm on Tuesday when the assailants blocked the road ...": what a
      // sentence opened by "the incident" tells is the event told before)
      (lex.anaphora.has(s.tokens[0]?.norm ?? "") && lex.incidentNouns.has(s.tokens[1]?.norm ?? "")),
  };
}

/** The sides of a clause: who acted, on whom, and the actors and numbers of the clause. */
interface ClauseSides {
  clauseActors: ActorMention[];
  roles: Set<string>;
  killHits: CueHit[];
  clauseNumbers: NumberMention[];
  fat: Frame["fatalities"];
  provisional: CueHit;
  patient: ActorMention | null;
  shooting: boolean;
  doer: ActorMention | null;
  speaker: boolean;
  agent: ActorMention | null;
  target: ActorMention | null;
}

/** What a clause tells once its frame is coded: when it happened (null when the clause tells no event). */
interface FrameWhen {
  clauseDates: DateMention[];
  clausePlaces: PlaceMention[];
  situation: boolean;
  date: DateMention | null;
}

/** The most words between a demand's verb and the harm it names ("to demand more police resources to deal with the extortion"). */
const DEMANDED_HARM_REACH = 10;

/** The cue hits of a clause without harm a crowd only demands an end to. */
function demandedHarmDropped(s: Sentence, hits: CueHit[], lex: LocaleLexicon): CueHit[] {
  // ("marched through Apatzingán to demand protection from extortion": harm named in what a crowd
  // demands is its topic, not its deed)
  if (
    hits.some((h) => h.cues.includes("protest")) &&
    hits.some((h) => h.cues.every((c) => c === "destroy"))
  ) {
    const demands = lex.demands.matchAll(s.tokens);
    const topical = (h: CueHit) =>
      h.cues.every((c) => c === "destroy") &&
      !lex.pastVerb.test(s.tokens[h.last].text) &&
      demands.some(
        (d) =>
          d.last < h.first &&
          h.first - d.last <= DEMANDED_HARM_REACH &&
          hits.some((p) => p.cues.includes("protest") && p.last < d.first),
      );
    if (hits.some(topical)) hits = hits.filter((h) => !topical(h));
  }
  return hits;
}

/** The cues of a clause (weapons of an assault and deaths told as a cause left out). */
function clauseCues(s: Sentence, hits: CueHit[], lex: LocaleLexicon): Set<Cue> {
  // (a loop, not flatMap, which V8 runs slowly: same cues in the same order)
  const cues = new Set<Cue>();
  for (const h of hits) for (const c of h.cues) cues.add(c);
  // ("Gunmen attacked the police division with explosives and rifles ...; officers died in the exchange
  // of fire": explosives that are only the weapons of an assault whose sides fought are no bombing)
  if (
    cues.has("ied") &&
    hits.every((h) => !h.cues.includes("ied") || instrumentOf(s.tokens, h, hits, lex)) &&
    (cues.has("clash") || hits.some((h) => h.cues.includes("ied") && gunsBeside(s.tokens, h, lex)))
  )
    cues.delete("ied");
  // ("SDF fighters attacked army positions with heavy machine guns and mortar rounds": mortars fired with
  // the guns of an assault are its weapons, a battle, no shelling)
  if (
    cues.has("shell") &&
    cues.has("attack") &&
    hits.every(
      (h) =>
        !h.cues.includes("shell") || (instrumentOf(s.tokens, h, hits, lex) && gunsAround(s.tokens, h, lex)),
    )
  )
    cues.delete("shell");
  // ("ont saccagé le commissariat ... après la mort d'un des leurs": a death told as the cause of a
  // crowd's destruction is not its harm)
  if ((cues.has("destroy") || cues.has("riot")) && hits.some((h) => h.cues.includes("kill"))) {
    const causes = hits.filter((h) => h.cues.includes("kill"));
    if (
      causes.every(
        (h) =>
          CAUSE_WORDS.has(s.tokens[h.first - 1]?.norm ?? "") ||
          CAUSE_WORDS.has(s.tokens[h.first - 2]?.norm ?? ""),
      )
    )
      cues.delete("kill");
  }
  return cues;
}

/** Who acts on whom in a clause, with its actors, roles, killing words, numbers and toll. */
function clauseSides(
  s: Sentence,
  first: number,
  last: number,
  hits: CueHit[],
  actors: ActorMention[],
  dates: DateMention[],
  numbers: NumberMention[],
  lex: LocaleLexicon,
  answersDemo: boolean,
): ClauseSides {
  // (not forces that tell of someone else's wounds: "Police Scotland said the 32-year-old was shot")
  // (nor who labels the event: "in what police have described as a brutal attack")
  const clauseActors = within(actors, s, first, last).filter(
    (a) => (!hits[0] || !leadSpeaker(s.tokens, a, hits[0])) && !labeller(s.tokens, a),
  );
  const roles = new Set(clauseActors.map((a) => a.role as string));
  if (answersDemo) roles.add("protesters");
  // '"We took control of the town," a commander of the M23 told Reuters': "we" is the speaker's group.
  if (anyWordIn(s.tokens, first, last, lex.weWords))
    for (const a of actors)
      if (a.group && isArmed(a) && !clauseActors.includes(a)) {
        clauseActors.push(a);
        roles.add(a.role);
      }
  const killHits = hits.filter((h) => h.cues.includes("kill"));
  const clauseNumbers = within(numbers, s, first, last);
  const fat = bothSidesDead(
    s.tokens,
    addJoinedDeaths(
      s.tokens,
      fatalities(s.tokens, killHits, clauseNumbers, lex.sourceWords),
      clauseNumbers,
      s,
      placeCues(lex.locale).and,
      killHits,
    ),
    killHits,
    clauseNumbers,
    lex,
  );
  // (a protest word that names people, "injured several protesters", is the verb's object, not its
  // verb; nor is one in a relative clause, "shot two mourners who were protesting")
  // (nor an abduction told in the pluperfect before a release: "freed six soldiers it had kidnapped")
  const verbs = hits.filter(
    (h) =>
      !(
        h.cues.includes("protest") &&
        (actors.some((a) => a.start <= h.start && h.end <= a.end) ||
          [2, 3].some((k) => lex.relatives.has(s.tokens[h.first - k]?.norm ?? "")))
      ) &&
      !(h.cues.includes("abduct") && lex.pluperfectAux.has(s.tokens[h.first - 1]?.norm ?? "")) &&
      // ("ambushed a patrol with an IED and gunfire": the weapons of a verb told before are no verbs)
      !instrumentOf(s.tokens, h, hits, lex),
  );
  const provisional = firstByCue(verbs) ?? firstByCue(hits) ?? hits[0];
  const opensObject = objectOpener(s, last, lex, dates);
  const { agent: subject, patient: told } = sidesIn(s, provisional, actors, first, last, lex, opensObject);
  // ("JNIM militants attacked police officers near Fada, killing two": a participle with no object of its
  // own kills those the verb before it attacked)
  const attacked =
    told ?? objectOfEarlierVerb(s, verbs, provisional, actors, first, last, lex, opensObject, subject);
  // The victims of a killing tell battles from violence against civilians better than the target of an attack.
  const killHit = killHits[0];
  const killSides =
    killHit && killHit !== provisional ? sidesIn(s, killHit, actors, first, last, lex, opensObject) : null;
  const victim = killSides?.patient ?? null;
  const patient = victim ?? attacked;
  // "eight soldiers were killed when their vehicle struck a bomb": the victims are not the agents,
  // nor is the word "victim" itself ("a été victime d'une embuscade").
  // People of no named group who open fire ("four individuals opened fire at the police station")
  // are an armed group nobody has named, not a mob.
  // ("a été visé par des tirs de mortiers d'artifice": the shots of fireworks are no gunfire)
  const shooting =
    lex.firearms.matchesWithin(s.tokens, first, last) &&
    !lex.fireworks.matchAll(s.tokens).some((m) => m.first >= first && m.last <= last);
  const shooters =
    !!subject && subject.role === "civilians" && !subject.social && !subject.ethnicity && shooting;
  // ("Soldiers killed five militants in a firefight": the dead are no doers of the firefight, the
  // killers are)
  // (nor is one named after the killing, in its object: "killed NPA's commander X, a wanted rebel
  // leader, during a clash")
  let doer =
    (subject === patient ||
      (!!subject &&
        !!killHit &&
        subject.start >= killHit.end &&
        !killHits.some((h) => h !== killHit && h.start >= killHit.end && h.end <= subject.start))) &&
    killSides?.agent &&
    killSides.agent !== patient
      ? killSides.agent
      : subject;
  // ("Soldiers later freed 12 hostages during an operation in which two separatists were killed": a
  // passive killing names no doer; the subject of an active verb of the clause does)
  if (!doer && relativeBefore(s.tokens, provisional.first, first, lex, 6))
    doer = activeDoer(s, hits, provisional, actors, first, last, lex, opensObject, patient);
  // ("un drone israélien a frappé une voiture": forces of a country named inside the strike's own words strike)
  if (!doer && hits.some((h) => h.cues.includes("air")))
    doer =
      actors.find(
        (a) =>
          isState(a) &&
          !!a.country &&
          hits.some((h) => h.cues.includes("air") && a.start >= h.start && a.end <= h.end),
      ) ?? null;
  // ("The army confirmed the attack": who speaks of an event told before is its source, not a side)
  const speaker = !!doer && speaksOfEventTold(s.tokens, hits, doer, lex);
  // ("Five other passengers were taken to hospital with serious injuries", "the hospital had received 17
  // bodies": harm told by its nouns alone has victims, no doer among the people named)
  const harmNouns =
    hits.every((h) => h.cues.every((c) => c === "kill" || c === "injure")) &&
    hits.every((h) => h.first === h.last && HARM_NOUNS.has(s.tokens[h.first].norm));
  const agent =
    doer === patient ||
    shooters ||
    speaker ||
    (doer && lex.victimWords.has(foldKey(doer.text))) ||
    (harmNouns && doer?.role === "civilians")
      ? null
      : doer;
  // ("struck RSF positions ..., killing dozens of militiamen": the dead are the named group's men)
  const namedTarget =
    patient && !patient.group && isArmed(patient) && !isState(patient)
      ? actors.find(
          (m) =>
            !!m.group &&
            isArmed(m) &&
            !isState(m) &&
            m.start < patient.start &&
            (!agent || m.start > agent.end) &&
            tokenAt(s.tokens, m.start) >= first,
        )
      : undefined;
  // ("le Groupe de soutien à l'islam et aux musulmans (JNIM, ...)": the group named twice is one side)
  const sameGroup = !!agent?.group && (namedTarget ?? patient)?.group?.name === agent.group.name;
  // ("Soldiers fired tear gas and shots into the air to clear the road, and two soldiers were injured by
  // stones": forces dispersing a crowd whose own men are hurt are no side against themselves)
  const ownMen =
    !!agent &&
    !!patient &&
    isState(agent) &&
    agent.role === patient.role &&
    agent.country === patient.country &&
    hits.some((h) => h.cues.includes("intervene"));
  const target = sameGroup || ownMen ? null : (namedTarget ?? patient);
  if (speaker && doer && clauseActors.includes(doer)) {
    clauseActors.splice(clauseActors.indexOf(doer), 1);
    if (!clauseActors.some((a) => a.role === doer.role)) roles.delete(doer.role);
  }
  // (nor are they a crowd among the frame's sides)
  if (shooters && subject && clauseActors.includes(subject)) {
    clauseActors.splice(clauseActors.indexOf(subject), 1);
    if (!clauseActors.some((a) => a.role === subject.role) && !answersDemo) roles.delete(subject.role);
  }
  return {
    clauseActors,
    roles,
    killHits,
    clauseNumbers,
    fat,
    provisional,
    patient,
    shooting,
    doer,
    speaker,
    agent,
    target,
  };
}

/** The facts a clause is coded from. */
function clauseFacts(
  s: Sentence,
  first: number,
  last: number,
  hits: CueHit[],
  cues: Set<Cue>,
  dates: DateMention[],
  sides: ClauseSides,
  lex: LocaleLexicon,
): FrameFacts {
  const { clauseActors, roles, killHits, fat, provisional, patient, shooting, agent, target } = sides;
  const killed = !!fat || (killHits.length > 0 && singularVictim(s.tokens, killHits));
  const firstProtest = hits.find((h) => h.cues.includes("protest"));
  const firstAgreement = hits.find((h) => h.cues.includes("agreement"));
  const firstViolent = hits.find((h) => TOPICAL.some((c) => h.cues.includes(c)));
  const facts: FrameFacts = {
    cues,
    agent,
    patient: target,
    // (killed, or wounded or beaten: "Police beat and injured several protesters")
    protestersHurt:
      (killed || hits.some((h) => h.cues.includes("injure") || h.cues.includes("beat"))) &&
      patient?.role === "protesters",
    roles,
    actors: clauseActors,
    triggerStart: provisional.start,
    sentenceEnd: s.end,
    targetArmed: attacksArmedTarget(
      s,
      hits,
      lex.armedTargets,
      lex.aidWords,
      lex.armedBackNouns,
      lex.timeWords,
    ),
    targetThing: attacksArmedTarget(s, hits, lex.thingTargets, lex.aidWords),
    // (a verb of several words counts by any of them: "ont pris pour cible")
    attackVerb: hits.some(
      (h) =>
        h.cues.includes("attack") &&
        (lex.perfectAux.has(s.tokens[h.first].norm) ||
          s.tokens.slice(h.first, h.last + 1).some((t) => lex.pastVerb.test(t.text))),
    ),
    riotWord: riotWordIn(s.tokens, first, last, lex),
    aircraftAgent:
      !!agent &&
      hits.some((h) => h.cues.includes("aircraft") && h.start >= agent.start && h.end <= agent.end),
    blockOnly: blocksOnly(s.tokens, hits, first, last, lex),
    violentVerb: hits.some((h) => VIOLENT.some((c) => h.cues.includes(c)) && toldAsDeed(s.tokens, h, lex)),
    crowdViolent: crowdDoesViolence(s.tokens, hits, clauseActors, lex),
    robbedPerson: robsPerson(s.tokens, hits, clauseActors, lex),
    forcesDestroy: forcesDoAllDestruction(s.tokens, hits, clauseActors),
    siege: hits.some(
      (h) =>
        (h.cues.includes("riot") || h.cues.includes("block")) &&
        anyWordIn(s.tokens, h.first, h.last, lex.siegeWords),
    ),
    protestFirst:
      !!firstProtest &&
      (!firstViolent ||
        (firstProtest.start < firstViolent.start && violenceIsTopic(s, hits, firstProtest, lex))),
    hurtTopic:
      !!firstProtest &&
      !!firstViolent &&
      hits.some((h) => h.cues.includes("kill") || h.cues.includes("injure") || h.cues.includes("beat")) &&
      firstProtest.start < firstViolent.start &&
      violenceIsTopic(s, hits, firstProtest, lex, true),
    // (its terms too: "signed a partial agreement on the destruction of weapons")
    agreementFirst:
      !!firstAgreement &&
      hits.some(
        (h) =>
          h.start > firstAgreement.start &&
          (TOPICAL.some((c) => h.cues.includes(c)) ||
            h.cues.includes("destroy") ||
            h.cues.includes("weapons")),
      ) &&
      violenceIsTopic(s, hits, firstAgreement, lex),
    arrestFirst: crowdIsWhyArrested(s, hits, lex),
    captives: anyWordIn(s.tokens, first, last, lex.captives),
    arms: lex.arms.matchesWithin(s.tokens, 0, s.tokens.length - 1),
    fighters: fightersOf(s.tokens, hits, clauseActors),
    shooting,
    execution: hits.some((h) => h.cues.includes("kill") && lex.executions.has(s.tokens[h.first].norm)),
    raidOnly:
      hits.some((h) => h.cues.includes("attack")) &&
      hits.every((h) => !h.cues.includes("attack") || lex.raids.has(s.tokens[h.first].norm)),
    // "militants abducted five people ..., three were released": the abductors named before their deed
    // (not one told in the pluperfect, before the release: "freed six soldiers it had kidnapped")
    abductActive:
      hits.some(
        (h) =>
          h.cues.includes("abduct") &&
          lex.pastVerb.test(s.tokens[h.last].text) &&
          !!agent &&
          isArmed(agent) &&
          agent.end <= h.start &&
          !lex.pluperfectAux.has(s.tokens[h.first - 1]?.norm ?? "") &&
          // (nor a participle that qualifies the object of another event word: "releases kidnapped soldiers")
          !hits.some((o) => o !== h && o.last === h.first - 1),
      ) ||
      // ("Seven health workers abducted by separatists in Kumbo on March 14 were released on Wednesday": an
      // abduction with its own day, before the release, is told as an event of its own)
      hits.some(
        (h) =>
          h.cues.includes("abduct") &&
          dates.some(
            (d) =>
              d.precision === 1 &&
              !d.relative &&
              d.start > h.end &&
              hits.some((r) => r.cues.includes("release") && r.start > d.end),
          ),
      ),
    // (the words after the clause's last cue count: "was released the following day")
    later: lex.sequels.matchesWithin(s.tokens, first, s.tokens.length - 1),
    mobWeapons: anyWordIn(s.tokens, first, last, lex.mobWeapons) && !shooting,
    victims: passiveVictims(s.tokens, clauseActors, hits),
  };
  return facts;
}

/** The date of a coded clause, or null when the clause tells history, a toll since, statistics or a situation. */
function frameWhen(
  s: Sentence,
  first: number,
  last: number,
  hits: CueHit[],
  trigger: CueHit,
  coding: Coding,
  orphan: Coding | null,
  dates: DateMention[],
  places: PlaceMention[],
  killHits: CueHit[],
  clauseNumbers: NumberMention[],
  published: string | null,
  lex: LocaleLexicon,
  /** Forces or armed men are named in the clause. */
  armedNamed = false,
): FrameWhen | null {
  // "students protesting for the release of leaders who were arrested the previous week": a date in a
  // relative clause after the event's word dates that clause, not the event.
  const violence = family(coding) === "violence";
  const demoFrame = family(coding) === "demo";
  const ownDates = dates.filter(
    (d) =>
      !inRelativeClause(s, trigger, d, lex, hits, violence, published) &&
      !(longBefore(d, published) && inRelativeBefore(s, trigger, d, lex)) &&
      !(demoFrame && datesTheTopic(s, d, hits, lex)),
  );
  const clauseDates = within(ownDates, s, first, last);
  // ("Niger's military rulers, who seized power in July 2023, have expelled ...": a relative clause that
  // describes its subject by a deed of a past month or year is background)
  if (
    clauseDates.length &&
    clauseDates.every((d) => d.precision > 1 && yearsBefore(d.date, published) >= 1) &&
    describingRelative(s.tokens, trigger.first, first, lex)
  )
    return null;
  const clausePlaces = within(places, s, first, last);
  // ("In October 2019, hundreds of demonstrators were killed across the country": a deed told by its month
  // a year or more before the report is its background; a day written out keeps its event, "On March 23,
  // 2019, a militia massacred 160 villagers")
  // (not an abduction, whose captives a story of their release brings back to the news)
  if (
    clauseDates.length &&
    coding.sub_event_type !== "Abduction/forced disappearance" &&
    clauseDates.every(
      (d) => !d.future && !d.yearOnly && d.precision === 3 && daysBefore(d.date, published) >= HISTORY_DAYS,
    )
  )
    return null;
  const dated = (clauseDates.length ? clauseDates : ownDates).filter((d) => !d.yearOnly);
  // History told with a year alone ("a 2015 peace deal", "fell to jihadists in 2012", "nine years
  // ago") is background.
  if (
    !dated.length &&
    (clauseDates.length ? clauseDates : ownDates).some(
      // (a span of past years anywhere in the clause: "arrested in different localities ... between 2020
      // and 2021")
      (d) => d.yearOnly && (nearAHit(s, [trigger], d) || YEAR_SPAN.test(d.text)),
    )
  )
    return null;
  // "The insurgency, which began in October 2017, has killed more than 4,000 people": a toll since.
  // (not "the fighting, which erupted on Monday, has killed 40": a toll of days is the event's)
  if (
    !dates.some((d) => writtenDay(d) || !longBefore(d, published)) &&
    killHits.some((h) => cumulativeToll(s.tokens, h, lex))
  )
    return null;
  // "Officials counted 120 attacks in September alone", "2,100 people were kidnapped between May 2022 and
  // April 2023": events counted over a month or a period are statistics, not an event.
  if (!(clauseDates.length ? clauseDates : ownDates).some((d) => d.precision === 1 && !d.yearOnly)) {
    const vague = (clauseDates.length ? clauseDates : ownDates).filter((d) => !d.yearOnly);
    const months = new Set(vague.map((d) => d.date));
    if (months.size > 1 && spansPeriod(s.tokens, vague)) return null;
    if (months.size === 1 && hits.every((h) => countedEvents(s.tokens, h, lex))) return null;
    // ("The General Staff said 163 combat clashes took place along the front line": a count of ten or more
    // events, with no day, is a tally)
    // (a word of combat before the noun is its modifier: "combat clashes")
    const many = (h: CueHit) => countedEvents(s.tokens, h, lex, MANY_EVENTS);
    if (!months.size && hits.every((h) => many(h) || hits.some((o) => o.first === h.last + 1 && many(o))))
      return null;
  }
  // "The commission counted over 1,100 deaths in terrorism-related incidents nationwide": a toll a tally
  // counts, with no day of its own, is a statistic.
  // (the ends of a period are no day of an event: "documented 318 civilian casualties between 1 January and
  // 30 June")
  if (
    !clauseDates.some((d) => writtenDay(d) && !periodEnd(d, clauseDates)) &&
    tallied(
      s.tokens,
      first,
      last,
      hits.filter((h) => h.cues.includes("kill") || h.cues.includes("injure")),
      lex,
    )
  )
    return null;
  // ("Between 1 January and 9 June, OCHA recorded 761 settler attacks in the West Bank resulting in
  // casualties or damage to property": ten or more events a tally counts are a statistic, whatever they did)
  if (
    !clauseDates.some((d) => writtenDay(d) && !periodEnd(d, clauseDates)) &&
    hits.some(
      (h) =>
        countedEvents(s.tokens, h, lex, MANY_EVENTS) &&
        s.tokens
          .slice(Math.max(first, h.first - TALLY_REACH - 2), h.first)
          .some((t) => lex.tallyVerbs.has(t.norm)),
    )
  )
    return null;
  if (yearlyToll(s, killHits, clauseNumbers, dates, places)) return null;
  // ("The ceasefire, brokered by the US and France late last year, ended more than a year of hostilities":
  // an agreement told with a time months before the report is the background of the news)
  if (
    coding.sub_event_type === "Agreement" &&
    dates.length > 0 &&
    dates.every(
      (d) => d.precision > 1 && !d.future && daysBefore(d.date, published) >= AGREEMENT_HISTORY_DAYS,
    )
  )
    return null;
  // "The army has been fighting the ADF for years": a long-running situation, not an event.
  if (
    !clauseDates.length &&
    !dates.some(writtenDay) &&
    lex.durations.matchesWithin(s.tokens, first, last) &&
    lex.durations
      .matchAll(s.tokens)
      .some((m) => m.first >= first && m.last <= last && !inTownApposition(s.tokens, m))
  )
    return null;
  // ("Gangs have long controlled most of the capital and have steadily expanded their reach, attacking towns
  // that were previously considered safe and blocking the main roads": a relative clause in a sentence whose
  // main clause tells a long-running situation, with no date anywhere, goes on with that situation)
  if (
    !dates.length &&
    first > 0 &&
    lex.relatives.has(s.tokens[first]?.norm ?? "") &&
    lex.durations.matchAll(s.tokens).some((m) => m.last < first && !inTownApposition(s.tokens, m))
  )
    return null;
  // "dissidents, who it said are fighting the ELN for control of the routes": a relative clause in the
  // present progressive tells a situation going on, not an event.
  if (!clauseDates.length && goingOn(s.tokens, trigger, first, lex)) return null;
  // "attacks by armed groups in the centre of the country continued to weigh on agriculture": plural
  // nouns alone, with no date, number or place of their own, name a situation, not an event (told
  // right after a demonstration they only say how it went on: "Riots broke out").
  const situation =
    !dated.length &&
    !clausePlaces.length &&
    !clauseNumbers.length &&
    hits.every(
      (h) =>
        h.first === h.last &&
        /s$/.test(s.tokens[h.first].norm) &&
        !lex.pastVerb.test(s.tokens[h.first].text) &&
        // ("Riots broke out ...", "Des affrontements ont opposé ...": a happening)
        !lex.eruptions.has(s.tokens[h.last + 1]?.norm ?? "") &&
        // (the two words of a verb only between forces or armed men: "des affrontements ont opposé des
        // militaires des FARDC à des miliciens Wazalendo")
        !(
          lex.eruptions.has(`${s.tokens[h.last + 1]?.norm ?? ""} ${s.tokens[h.last + 2]?.norm ?? ""}`) &&
          armedNamed
        ),
    );
  if (situation && family(coding) !== "demo" && !orphan) return null;
  const vague = dated.find((d) => d.relative && d.precision === 3 && yearsBefore(d.date, published) >= 1);
  if (vague && dated.length === 1) return null;
  // (a day written out beats a count from another date in the same clause: "one week later ... on
  // February 3")
  const chosen =
    clauseDates.find(writtenDay) ??
    // ("kidnapped in October were freed on Saturday": the day, not the month of something before)
    clauseDates.find((d) => !d.yearOnly && d.precision === 1) ??
    clauseDates.find((d) => !d.yearOnly) ??
    // ("..., a day after ADF rebels killed 12 villagers": the count that opens this clause dates it)
    (clauseDates.length ? undefined : openingCount(s, first, ownDates, lex)) ??
    (new Set(dated.map((d) => d.date)).size === 1 ? dated[0] : null) ??
    // ("les violences ont repris dans la nuit de vendredi à samedi, à Mulhouse, où des jeunes ont affronté
    // les forces de l'ordre": a clause with no day goes on with the day told last before it)
    // (not what the same doers "also" did there: "..., where they also looted several houses")
    (clauseDates.length ||
    !WHERE.has(s.tokens[first]?.norm ?? "") ||
    anyWordIn(s.tokens, first, Math.min(last, first + 4), lex.additive)
      ? null
      : lastBefore(
          dated.filter((d) => d.precision === 1),
          s.tokens[first].start,
        ));
  // "The shootout follows one day after gunmen ambushed ...": the ambush told after "after" is the
  // earlier event (the date counted forward from it belongs to the shootout).
  const date =
    chosen &&
    trigger.start >= chosen.end &&
    countsToClause(chosen, lex.locale, s.text.slice(chosen.end - s.start, chosen.end - s.start + 40)) &&
    chosen.anchorOffsetDays
      ? { ...chosen, date: addDays(chosen.date, -2 * chosen.anchorOffsetDays), future: false }
      : chosen;
  return { clauseDates, clausePlaces, situation, date };
}

/** Words that open a clause telling what happened at the place just named ("..., où des jeunes ont ..."). */
const WHERE = new Set(["ou", "où", "where"]);

/**
 * "held a candlelight vigil at the spot where Pryor was shot", "une veillée à l'endroit où il a été tué": harm
 * told of the place of a mourning, a few words after it, happened before and is no event of the sentence.
 */
function mournedWhere(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  if (!h.cues.every((c) => c === "kill" || c === "beat" || c === "injure" || c === "attack")) return false;
  for (let k = h.first - 1; k >= Math.max(1, h.first - MOURNED_WHERE_REACH); k--) {
    if (!WHERE.has(tokens[k].norm)) continue;
    for (let j = k - 1; j >= Math.max(0, k - MOURNED_WHERE_REACH); j--)
      if (lex.mourning.has(tokens[j].norm)) return true;
    return false;
  }
  return false;
}
/** How many words a mourning word, "where" and the harm told may lie apart. */
const MOURNED_WHERE_REACH = 5;

/** The date told last before `at` (null when none is). */
function lastBefore(dates: DateMention[], at: number): DateMention | null {
  let best: DateMention | null = null;
  for (const d of dates) if (d.end <= at && (!best || d.end > best.end)) best = d;
  return best;
}

/** The places of a clause (those of the sentence when it names none). */
/** Words that open a clause of time hanging on the clause before it. */
const SUBORDINATE_OPENERS = new Set(["after", "when", "before", "apres", "lorsque", "quand", "avant"]);

function framePlaces(
  s: Sentence,
  first: number,
  last: number,
  places: PlaceMention[],
  clausePlaces: PlaceMention[],
): PlaceMention[] {
  // A country named only as a destination or origin ("slogans hostile to France") is no place of
  // the event; a place the text designates as the coded one ("coded as Kadiolo") holds for every clause.
  // (with no place in its clause, not the place of a clause told after "after" about another happening:
  // "The blast came a day after security forces killed five Naxalites ... south of Jagdalpur")
  const toldAfter =
    TIME_LINKS.has(s.tokens[last + 1]?.norm ?? "") && TIME_UNITS.has(s.tokens[last]?.norm ?? "")
      ? s.tokens[last].end
      : Number.POSITIVE_INFINITY;
  // (a clause whose only places are weak ones, "... and opened fire on men, a resident who fled to Djibo
  // said", happened at the place of the sentence's clause before it: "Gunmen surrounded Gaskinde, ...")
  const weakOnly = clausePlaces.length > 0 && clausePlaces.every((p) => p.weak);
  // ("Thousands marched in Johannesburg, Cape Town and Durban, while police fired rubber bullets in Polokwane
  // after marchers looted stalls": a clause of time with no place of its own happened where the clause it
  // hangs on did, the place right before it, not at every town of the sentence's list)
  if (!clausePlaces.length && SUBORDINATE_OPENERS.has(s.tokens[first]?.norm ?? "")) {
    const before = places.filter((p) => p.end <= s.tokens[first].start && !p.weak);
    const nearest = before[before.length - 1];
    if (nearest && nearest.list === undefined && before.some((p) => p.list !== undefined)) return [nearest];
  }
  const ps = clausePlaces.length
    ? notWeakCountry([
        ...clausePlaces,
        ...places.filter(
          (p) =>
            !clausePlaces.includes(p) &&
            (p.designated || (weakOnly && !p.weak && p.start < s.tokens[first].start)),
        ),
      ])
    : notWeakCountry(places.filter((p) => p.start < toldAfter));
  return ps;
}

/** The crowd size of a protest or riot. */
function crowdOf(
  s: Sentence,
  hits: CueHit[],
  clauseNumbers: NumberMention[],
  coding: Coding,
  lex: LocaleLexicon,
): NumberMention | null {
  let crowd: NumberMention | null = null;
  if (coding.event_type === "Protests" || coding.event_type === "Riots") {
    crowd =
      clauseNumbers.find((n) => {
        const i = tokenAt(s.tokens, n.end - 1);
        // ("police arrested more than 100 people": those arrested, killed or hurt are no crowd)
        const at = tokenAt(s.tokens, n.start);
        // ("at least two protesters were shot dead": nor are those a count is told about)
        if (hits.some((h) => countedBy(h, at, i) && h.cues.some((c) => NOT_CROWD.has(c)))) return false;
        const near = s.tokens.slice(i + 1, i + 4).map((t) => t.norm);
        return (
          near.some((w) => !lex.eventNouns.has(w) && lex.crowdNouns.some((c) => w.startsWith(c))) ||
          // (not a count of events: "the latest of more than twenty national demonstrations")
          hits.some(
            (h) =>
              h.cues.includes("protest") &&
              h.first - i >= 1 &&
              h.first - i <= 2 &&
              !lex.eventNouns.has(s.tokens[h.last].norm),
          )
        );
      }) ?? null;
  }
  return crowd;
}

/** The toll of a clause. */
function frameFatalities(
  s: Sentence,
  hits: CueHit[],
  killHits: CueHit[],
  fat: Frame["fatalities"],
  clauseNumbers: NumberMention[],
  coding: Coding,
  lex: LocaleLexicon,
): Frame["fatalities"] {
  // (deaths a crowd protests about are not the crowd's event's: see crowdTopic)
  const demo = family(coding) === "demo";
  const ownKills = demo ? killHits.filter((h) => !crowdTopic(s, h, lex)) : killHits;
  // "a soldier was killed", "un gendarme a été tué": one death, supported by the killing words.
  let fatal =
    ownKills.length === killHits.length
      ? fat
      : addJoinedDeaths(
          s.tokens,
          fatalities(s.tokens, ownKills, clauseNumbers, lex.sourceWords),
          clauseNumbers,
          s,
          placeCues(lex.locale).and,
          ownKills,
        );
  // ("killed a community leader and his wife", "a policeman was beaten to death and an activist was killed")
  const pairs =
    fatal || !ownKills.length
      ? 0
      : objectPair(s.tokens, ownKills, placeCues(lex.locale).and, clauseNumbers) ||
        singularEach(s.tokens, ownKills, placeCues(lex.locale).and);
  if (pairs) {
    const h = ownKills[0];
    const text = s.text.slice(h.start - s.start, h.end - s.start);
    fatal = {
      value: pairs,
      mention: { start: h.start, end: h.end, text, value: pairs, vague: false, raw: text },
    };
  }
  if (!fatal && ownKills.length && pairedVictims(s.tokens, ownKills, placeCues(lex.locale).and)) {
    const h = ownKills[0];
    const text = s.text.slice(h.start - s.start, h.end - s.start);
    fatal = { value: 2, mention: { start: h.start, end: h.end, text, value: 2, vague: false, raw: text } };
  }
  if (!fatal && ownKills.length && singularVictim(s.tokens, ownKills)) {
    const h = ownKills[0];
    const text = s.text.slice(h.start - s.start, h.end - s.start);
    fatal = { value: 1, mention: { start: h.start, end: h.end, text, value: 1, vague: false, raw: text } };
  }
  // "Nine people have been killed in two attacks": a toll summed over several events is no one
  // event's toll.
  if (fatal && sumsSeveralEvents(s.tokens, hits, clauseNumbers, lex.eventNouns)) fatal = null;
  // ("des milliers de personnes tuées", "thousands have been killed": a vague count of thousands is a
  // war's toll, never one event's)
  if (fatal?.mention.vague && fatal.value >= VAGUE_WAR_TOLL) fatal = null;
  return fatal;
}
const VAGUE_WAR_TOLL = 1000;

/**
 * "Hezbollah later announced the deaths of two of its fighters": a side telling of deaths (its own or
 * others') in a noun after a speech verb reports the killing told before; it does no killing.
 */
function announcesDeaths(
  tokens: Token[],
  hits: CueHit[],
  agent: ActorMention | null,
  lex: LocaleLexicon,
): boolean {
  if (!agent || !hits.length || !hits.every((h) => h.cues.every((c) => c === "kill"))) return false;
  const first = hits[0];
  if (!refersBack(tokens, first, lex)) return false;
  const k = verbAfter(tokens, agent);
  return lex.speechVerbs.has(tokens[k]?.norm ?? "") && k < first.first;
}

/**
 * "À l'hôpital régional de Nzérékoré, un médecin confirme la prise en charge de dix-neuf blessés": wounds
 * told at a place of care, with nobody acting, are the toll of the event told before.
 */
function woundedInCare(
  tokens: Token[],
  hits: CueHit[],
  agent: ActorMention | null,
  lex: LocaleLexicon,
): boolean {
  return (
    !agent &&
    hits.length > 0 &&
    hits.every((h) => h.cues.every((c) => c === "injure")) &&
    anyWordIn(tokens, 0, tokens.length - 1, lex.careSites)
  );
}

/** The token after a mention, past one adverb ("later announced", "also confirmed"). */
function verbAfter(tokens: Token[], who: ActorMention): number {
  const k = tokenAt(tokens, who.end - 1) + 1;
  return /ly$|^later$|^also$/u.test(tokens[k]?.norm ?? "") ? k + 1 : k;
}

/**
 * "The army confirmed the attack", "Police condemned the killing": a side followed by a word of speech
 * or reporting (not a claim of responsibility), with every cue of the clause a noun referring back to
 * an event told before, speaks of that event; it takes no part in it.
 */
function speaksOfEventTold(tokens: Token[], hits: CueHit[], who: ActorMention, lex: LocaleLexicon): boolean {
  // ("Quebec City police are investigating a hate-motivated attack on a mosque": who investigates it)
  const k = verbAfter(tokens, who);
  const aux = AUXILIARIES.has(tokens[k]?.norm ?? "") ? 1 : 0;
  if (hits.length && lex.investigationVerbs.has(tokens[k + aux]?.norm ?? "") && k + aux < hits[0].first)
    return true;
  if (!hits.length || !hits.every((h) => refersBack(tokens, h, lex) || spokenAside(tokens, h))) return false;
  const word = tokens[k]?.norm ?? "";
  return (lex.reporting.has(word) && !CLAIMS.has(word) && k < hits[0].first) || speaker(tokens, who, lex);
}
/**
 * What a speaker adds about an event told, besides naming it: its toll ("gave a lower toll of nine dead"),
 * forces sent ("saying officers had been deployed"), the victims named by their participle ("efforts
 * were under way to rescue the abducted").
 */
function spokenAside(tokens: Token[], h: CueHit): boolean {
  if (h.cues.every((c) => c === "deploy")) return true;
  if (
    h.first === h.last &&
    tokens[h.first - 1]?.norm === "the" &&
    !/^\p{L}/u.test(tokens[h.first + 1]?.text ?? ".")
  )
    return true;
  if (!h.cues.every((c) => c === "kill" || c === "injure")) return false;
  for (let k = Math.max(0, h.first - 4); k < h.first; k++) if (TOLL_NOUNS.has(tokens[k].norm)) return true;
  return false;
}

/** The sides of a sentence but those who speak of another armed side named after them (the source of
 * an attribution, not its object: "A CJTF commander said the device was planted by the insurgents";
 * "ISWAP said it was behind the attack" keeps ISWAP). */
function notSpeakers(tokens: Token[], ms: ActorMention[], lex: LocaleLexicon): ActorMention[] {
  return ms.filter((m) => !(speaker(tokens, m, lex) && armedAfter(ms, m)));
}

function armedAfter(ms: ActorMention[], m: ActorMention): boolean {
  return ms.some((o) => o !== m && o.start >= m.end && isArmed(o));
}

/**
 * A side that speaks ("A CJTF commander, Bulama Kachalla, said the device was planted by ..."): followed
 * by a word of speech, after a name in apposition if one comes between commas. The source of what is
 * told, not the one it is blamed on.
 */
function speaker(tokens: Token[], who: ActorMention, lex: LocaleLexicon): boolean {
  let k = verbAfter(tokens, who);
  // (after the head noun the mention left out: "A CJTF commander, ...", "the Zamfara State Police
  // Command, Yazid Abubakar, confirmed")
  if (/^\p{L}+$/u.test(tokens[k]?.text ?? "") && tokens[k + 1]?.text === ",") k++;
  if (tokens[k]?.text === ",") {
    const close = tokens.findIndex((t, j) => j > k && j <= k + 5 && t.text === ",");
    if (close > 0) k = close + 1;
  }
  // ("Zamfara state police spokesman Yazid Abubakar confirmed": a speaker's title and name, no commas)
  if (placeCues(lex.locale).speakers.has(tokens[k]?.norm ?? "")) {
    k++;
    for (let n = 0; n < 4 && tokens[k]?.cap && !lex.reporting.has(tokens[k].norm); n++) k++;
  }
  const word = tokens[k]?.norm ?? "";
  return lex.reporting.has(word) && !CLAIMS.has(word);
}

/** Reporting words that own the deed ("claimed the attack"). */
const CLAIMS = new Set(["claimed", "claims", "claim", "revendique", "revendiquee"]);

/**
 * A clause told as another happening: opened by "separately" ("and separately seven civilians died"),
 * or by "while in" / "whereas in" with a place of its own ("..., while in the south gunmen shot dead a
 * council member").
 */
function toldApart(tokens: Token[], first: number, lex: LocaleLexicon): boolean {
  if (tokens.slice(first, first + 2).some((t) => SEPARATELY.has(t.norm))) return true;
  if (sameDayElsewhere(tokens, first, lex.timeWords)) return true;
  // ("In a separate incident on Monday night, a mob attacked ...", "Dans un incident distinct")
  for (let k = first; k <= first + 3; k++)
    if (SEPARATE_WORDS.has(tokens[k]?.norm ?? "") && INCIDENT_WORDS.has(tokens[k + 1]?.norm ?? ""))
      return true;
  if (!WHILE.has(tokens[first]?.norm ?? "")) return false;
  // ("tandis qu'à Kaya, ...": French puts "que" before the place; "tandis que dix-sept assaillants ont été
  // neutralisés" goes on with the same fight)
  const k = first + (THAT_WORDS.has(tokens[first + 1]?.norm ?? "") ? 2 : 1);
  return IN.has(tokens[k]?.text.toLowerCase() ?? "");
}
const WHILE = new Set(["while", "whereas", "tandis"]);

/** "Le même jour, à Delmas, ...", "On the same day in Kisumu, ...": the same day, another town's scene. */
function sameDayElsewhere(tokens: Token[], first: number, times: Set<string>): boolean {
  let k = first;
  // ("Toujours mardi, à Pétion-Ville, ...", "Also on Tuesday, in Kisumu, ...")
  if (STILL.has(tokens[k]?.norm ?? "")) {
    k++;
    if (tokens[k]?.norm === "on") k++;
    if (!times.has(tokens[k]?.norm ?? "")) return false;
    k++;
  } else {
    // ("Au même moment à Kaolack, ...", "At the same time in Kisumu, ...")
    if (tokens[k]?.norm === "on" || tokens[k]?.norm === "at") k++;
    if (!SAME_DAY_OPENERS.has(tokens[k]?.norm ?? "") || !SAME.has(tokens[k + 1]?.norm ?? "")) return false;
    if (!times.has(tokens[k + 2]?.norm ?? "") && !SAME_TIME.has(tokens[k + 2]?.norm ?? "")) return false;
    k += 3;
  }
  if (tokens[k]?.text === ",") k++;
  if (!IN.has(tokens[k]?.text.toLowerCase() ?? "")) return false;
  // (past an article and a kind of place: "Le même jour, dans le quartier Moursal, ...")
  let j = k + 1;
  while (j <= k + 3 && /^\p{Ll}[\p{Ll}-]*['’]?$/u.test(tokens[j]?.text ?? "")) j++;
  return !!tokens[j]?.cap;
}
const SAME_DAY_OPENERS = new Set(["the", "that", "le", "ce", "au"]);
const SAME_TIME = new Set(["time", "moment"]);
const SEPARATE_WORDS = new Set(["separate", "unrelated", "distinct", "separe"]);
const INCIDENT_WORDS = new Set([
  "incident",
  "attack",
  "development",
  "case",
  "clash",
  "incidents",
  "attaque",
]);
const STILL = new Set(["toujours", "also"]);
const SAME = new Set(["same", "meme"]);
const THAT_WORDS = new Set(["que", "qu'"]);
const IN = new Set(["in", "à", "dans", "au", "en"]);

/** The agent and patient of a cue in the clause [first, last], with the locale's words for them. */
function sidesIn(
  s: Sentence,
  h: CueHit,
  actors: ActorMention[],
  first: number,
  last: number,
  lex: LocaleLexicon,
  opensObject: (k: number) => boolean,
): ReturnType<typeof sides> {
  return sides(s.tokens, h, actors, first, last, lex.pastVerb, opensObject, lex.deathStates, lex.timeWords);
}

/** "the attack", "this assault": a cue noun after a determiner that refers back to an event told. */
function refersBack(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  // (the noun that opens the cue: "Les violences ont éclaté" refers back as "the violence" does)
  // (and a noun owned by its day: "the toll from Monday's attack on Sauri had risen to 11")
  // (and, in English, a noun named by a capitalised word after "the", its town: "connected to the Larne
  // attack"; not at the sentence's start, where "The Larne attack killed two" may tell it first)
  return (
    (lex.anaphora.has(tokens[h.first - 1]?.norm ?? "") ||
      lex.anaphora.has(tokens[h.first].norm) ||
      (!!tokens[h.first - 1] && timePossessive(tokens[h.first - 1], lex)) ||
      (lex.locale === "en" &&
        h.first >= 3 &&
        !!tokens[h.first - 1]?.cap &&
        lex.anaphora.has(tokens[h.first - 2]?.norm ?? ""))) &&
    !lex.pastVerb.test(tokens[h.first].text)
  );
}

/**
 * "Residents said they buried 32 bodies on Saturday", "des corps ont été retrouvés": bodies found or
 * buried tell the toll of the killing told before, on the day of the finding, not a killing of their own.
 */
function bodiesFound(s: Sentence, first: number, last: number, hits: CueHit[], lex: LocaleLexicon): boolean {
  // ("their bodies were recovered": the finding's verb is no arms recovered)
  const told = hits.filter((h) => !h.cues.every((c) => c === "weapons"));
  return (
    told.length > 0 &&
    (told.every(
      (h) =>
        (h.cues.every((c) => c === "kill") && lex.bodyWords.has(s.tokens[h.first].norm)) ||
        // (with the wounds they bear, at the scene of the event told: "four bodies with gunshot wounds were
        // found at the scene"; not bodies dumped elsewhere, a killing of their own)
        (told.some((b) => lex.bodyWords.has(s.tokens[b.first].norm) && b.last < h.first) &&
          lex.woundNouns.has(s.tokens[h.last].norm) &&
          s.tokens.some((t, k) => SCENE.has(t.norm) && s.tokens[k - 1]?.norm === "the")),
    ) ||
      told.every((h) => woundsFound(s.tokens, h, lex))) &&
    anyWordIn(s.tokens, first, last, lex.findings)
  );
}

const SCENE = new Set(["scene", "site", "spot"]);

/** The last frame told with a date. */
function lastDated(frames: Frame[]): Frame | undefined {
  for (let k = frames.length - 1; k >= 0; k--) if (frames[k].date) return frames[k];
  return undefined;
}

/** "died of his wounds", "a succombé à ses blessures": a death from wounds, a few words on. */
function diedOfWounds(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  if (!h.cues.every((c) => c === "kill")) return false;
  let dying = -1;
  for (let k = h.first; k <= h.last; k++) if (lex.dyingWords.has(tokens[k].norm)) dying = k;
  if (dying < 0) return false;
  for (let k = dying + 1; k < Math.min(tokens.length, dying + WOUNDS_REACH); k++)
    if (lex.woundNouns.has(tokens[k].norm)) return true;
  // ("Plusieurs blessés ont succombé", "two of the wounded died later": the wounded as its subject)
  for (let k = h.first - 1; k >= Math.max(0, h.first - 4); k--) {
    if (/^[,;.:]$/u.test(tokens[k].text)) break;
    if (lex.woundedPeople.has(tokens[k].norm)) return true;
  }
  return false;
}
/** How many words after a verb of dying its wounds may come ("succumbed to the injuries"). */
const WOUNDS_REACH = 5;

/** "an autopsy found head injuries": wounds named as what an examination found (a noun, not a deed). */
function woundsFound(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  if (!h.cues.every((c) => c === "injure" || c === "kill") || lex.pastVerb.test(tokens[h.first].text))
    return false;
  for (let k = h.first - 1; k >= Math.max(0, h.first - 3); k--)
    if (lex.findings.has(tokens[k].norm)) return true;
  return false;
}

function compactSentence(frames: Frame[], s: Sentence) {
  for (let i = frames.length - 1; i > 0; i--) {
    const a = frames[i - 1];
    const b = frames[i];
    if (a.sentence !== s || b.sentence !== s) break;
    // (a situation or nameless destruction only ever refines an event in the merge)
    if (a.situation || b.situation) continue;
    const listed =
      a.place &&
      b.place &&
      a.place !== b.place &&
      a.place.list !== undefined &&
      a.place.list === b.place.list;
    // "...clashed with police; three people were injured": deaths and injuries with nobody acting
    // are the toll of the clause before.
    const toll = !b.agent && [...b.cues].every((c) => c === "kill" || c === "injure");
    // (a clause without a date of its own borrows the sentence's: the same mention as the clause before)
    const ownDate = !!b.date && b.date !== a.date;
    // ("À Boni, suite aux tirs de mortier, une patrouille est tombée dans une embuscade dans la forêt de
    // Serma": two kinds of violence at two places are two events)
    // (and two crowds at two places: "thousands marched in Lima ..., and around 2,000 people marched in Cusco")
    const apart =
      !!a.place &&
      !!b.place &&
      !a.place.weak &&
      !b.place.weak &&
      a.place.place.location !== b.place.place.location &&
      (a.coding.sub_event_type !== b.coding.sub_event_type ||
        (family(a.coding) === "demo" && family(b.coding) === "demo"));
    // ("a helicopter fired on farmland outside Monywa, ..., and an aircraft dropped two bombs in Pale
    // township": two doers at two places)
    const twoDoers =
      !!a.agent &&
      !!b.agent &&
      !b.agent.pronoun &&
      foldKey(a.agent.text) !== foldKey(b.agent.text) &&
      !!a.place &&
      !!b.place &&
      !a.place.weak &&
      !b.place.weak &&
      a.place.place.location !== b.place.place.location;
    // ("The strike came less than 24 hours after an Israeli drone targeted a motorcycle near Tyre": the
    // clause after "N hours after" tells another happening)
    // (a clause with a doer of its own, not a noun: "a day after an ambush on soldiers" names the one told)
    const spanApart =
      TIME_UNITS.has(s.tokens[a.last]?.norm ?? "") &&
      TIME_LINKS.has(s.tokens[b.first]?.norm ?? "") &&
      !!b.agent &&
      !b.agent.pronoun &&
      b.coding.event_type !== "Strategic developments";
    const sameEvent =
      !listed &&
      !apart &&
      !twoDoers &&
      !spanApart &&
      // ("..., and separately seven civilians died when their bus hit a mine": told as another happening)
      !b.separate &&
      (family(a.coding) === family(b.coding) || !ownDate || toll) &&
      (!b.date || !a.date || b.date.date === a.date.date) &&
      !(
        b.date &&
        a.date &&
        b.date.start !== a.date.start &&
        a.coding.sub_event_type !== b.coding.sub_event_type &&
        // (a toll on the same day is the clause's: "opened fire on worshippers protesting after Friday
        // prayers ..., killing 2")
        !(toll && b.date.date === a.date.date)
      );
    if (!sameEvent) continue;
    // ("Hundreds marched in Minneapolis on Wednesday after police fatally shot a man": harm told in a
    // clause of cause after a crowd's, with no day of its own, is what the crowd protests about)
    if (family(a.coding) === "demo" && CAUSE_WORDS.has(s.tokens[b.first]?.norm ?? "") && !ownDate)
      b.facts.hurtTopic = true;
    // (joined before the frame's own cue set, shared with its facts, takes the other clause's cues)
    const facts = joinFacts(a.facts, b.facts);
    a.last = b.last;
    a.hits.push(...b.hits);
    for (const c of b.cues) a.cues.add(c);
    // ("3 soldiers were killed near Niono; the army said 9 assailants were neutralised": the other side's
    // dead told in the next clause add to the toll)
    if (
      a.fatalities &&
      b.fatalities &&
      !b.agent &&
      a.fatalities.mention !== b.fatalities.mention &&
      opposingDead(a.patient, b.patient)
    )
      a.fatalities = withMoreDeaths(a.fatalities, [b.fatalities.mention]);
    a.fatalities ??= b.fatalities;
    a.crowd ??= b.crowd;
    a.intervention ??= b.intervention;
    a.date ??= b.date;
    if (
      !a.place ||
      (b.place && !b.place.weak && b.place.place.kind === "populated" && a.place.place.kind !== "populated")
    )
      a.place = b.place;
    a.patient ??= b.patient;
    a.agent ??= b.agent;
    // (the people of both clauses are the event's: "...; security forces fired tear gas"; not those of a
    // clause of another kind, "which came before a truce between the government and the Taliban")
    if (family(a.coding) === family(b.coding))
      for (const m of b.actors) if (!a.actors.includes(m)) a.actors.push(m);
    // One sentence, one event: code it again on everything its clauses say ("3 people were
    // wounded after their truck hit an IED" is an IED, not an attack).
    const coding = classify(facts);
    if (coding) {
      a.coding = coding;
      a.facts = facts;
      a.trigger = mainTrigger(a.hits, coding.decisive);
    }
    frames.splice(i, 1);
  }
}

export { family };

/** The dead of one clause are state forces, those of the other armed men of no state. */
function opposingDead(a: ActorMention | null, b: ActorMention | null): boolean {
  if (!a || !b || !isArmed(a) || !isArmed(b)) return false;
  return isState(a) !== isState(b);
}

/** Without the countries inferred only weakly (module-level: no closure made per frame). */
function notWeakCountry(xs: PlaceMention[]): PlaceMention[] {
  return xs.filter((p) => !(p.weak && p.place.kind === "country"));
}
