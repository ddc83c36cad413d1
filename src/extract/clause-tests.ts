/**
 * What a clause tells about its cues: violence named as a crowd's topic, an attack's armed target,
 * arrests made for what people did, a toll summed over several events, dates of relative clauses and
 * of the report. Small predicates over one sentence's tokens and cue hits, shared by the frame builder.
 */

import type { ActorMention } from "../knowledge/actor-registry.js";
import type { LocaleLexicon } from "../locales/index.js";
import type { Sentence } from "../text/document.js";
import type { Token } from "../text/tokens.js";
import type { CueHit } from "./cues.js";
import type { DateMention } from "./dates.js";
import type { NumberMention } from "./numbers.js";
import { PASSIVE_AUX, tokenAt } from "./roles.js";

/** Cues of direct violence (someone hurt, attacked or taken). */
export const VIOLENT: CueHit["cues"][number][] = [
  "kill",
  "attack",
  "clash",
  "ambush",
  "injure",
  "beat",
  "abduct",
];

/** Cues of violence a crowd may protest about: direct violence and a mob's ("against the lynching of"). */
export const TOPICAL: CueHit["cues"][number][] = [...VIOLENT, "mob"];

/** Cues of remote violence (the weapon decides the event). */
export const REMOTE = new Set<CueHit["cues"][number]>([
  "air",
  "shell",
  "ied",
  "suicide",
  "grenade",
  "chemical",
]);

/** Words that give the cause of what follows them, a few words on ("after", "après"). */
const CAUSES = new Set(["after", "following", "apres", "suite"]);

/** "protest the killing of", "marched against attacks": violence named as what the crowd protests about. */
export function violenceIsTopic(
  s: Sentence,
  hits: CueHit[],
  protest: CueHit,
  lex: LocaleLexicon,
  // (strict: only a marker or a relative clause says so, not a noun alone: "disrupted by police with
  // arrests, torture and use of excessive force" tells what the police did)
  strict = false,
): boolean {
  return hits
    .filter((h) => h.start > protest.start && TOPICAL.some((c) => h.cues.includes(c)))
    .every((h) => {
      const prev = s.tokens[h.first - 1]?.norm ?? "";
      const prev2 = s.tokens[h.first - 2]?.norm ?? "";
      // "against the killing", "amid recurring kidnappings", "subjected to armed attacks": a noun,
      // not what the crowd did ("protesters attacked").
      // ("marched to the grave of the journalist who was killed in 1998": a relative clause about
      // someone named, not the crowd's deed)
      const relative = [1, 2, 3].some((k) => lex.relatives.has(s.tokens[h.first - k]?.norm ?? ""));
      // ("Hundreds march after Minneapolis police fatally shoot man": the harm a crowd marches after, told
      // with its doers, is its cause)
      const cause = [3, 4].some((k) => {
        const j = h.first - k;
        return j > protest.first && CAUSES.has(s.tokens[j]?.norm ?? "");
      });
      return (
        cause ||
        lex.topicMarkers.has(prev) ||
        lex.topicMarkers.has(prev2) ||
        relative ||
        (!strict && !lex.pastVerb.test(s.tokens[h.last].text) && !presentWithObject(s.tokens, h, lex))
      );
    });
}

/**
 * "Protesters upset over attacks attack a family": a one-word cue in the present tense of a
 * headline-style note, followed by its object, is a deed (not a plural noun, not a gerund).
 */
export function presentWithObject(tokens: Token[], h: CueHit, lex: LocaleLexicon): boolean {
  return (
    h.first === h.last &&
    lex.objectStarts.has(tokens[h.last + 1]?.norm ?? "") &&
    !/(s|ing)$/u.test(tokens[h.last].norm)
  );
}

/**
 * "said on Tuesday", "in a statement on Monday", "Confirming the toll on Tuesday": a date whose
 * nearest neighbour is a reporting word, with no event cue in between, dates the report.
 */
export function datesTheReport(
  s: Sentence,
  d: { start: number; end: number },
  hits: CueHit[],
  reporting: Set<string>,
  sources?: Set<string>,
  /** How many dates the sentence tells: the opening-day rule below needs another one for the event. */
  dateCount = 1,
): boolean {
  const first = tokenAt(s.tokens, d.start);
  const last = tokenAt(s.tokens, d.end - 1);
  for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
    if (hits.some((h) => k >= h.first && k <= h.last)) break;
    // ("the report says that on 2 June 2025, soldiers ... shot dead": a date after "that" opens the
    // words reported, the day of what they tell)
    if (THAT.has(s.tokens[k].norm)) break;
    // ("700 selon la police, hier samedi matin": a source's word before the day names who counted, not when
    // it was told)
    if (reporting.has(s.tokens[k].norm) && !sources?.has(s.tokens[k].norm)) return true;
  }
  // ("samedi, selon l'état-major": the source, not the report's date)
  // ("On Monday, the Arakan Army announced that its troops had captured ... on Saturday": a day that opens
  // the sentence and its speaker, whose words follow "that", dates the announcement)
  if (dateCount > 1 && first <= 1 && hits.every((h) => h.first > last)) {
    for (let k = last + 1; k <= Math.min(s.tokens.length - 2, last + 9); k++)
      if (reporting.has(s.tokens[k].norm) && THAT.has(s.tokens[k + 1].norm)) return true;
  }
  // (but "... in raids across the town on Wednesday, said the officer-in-charge": a speaker named after
  // a comma closes the sentence; the day is the event's)
  // (nor a speaker's verb in the present, which a past day cannot date: "The family of a man shot and killed
  // by police on Sunday say he was holding a cellphone")
  for (let k = last + 1; k <= Math.min(s.tokens.length - 1, last + 2); k++) {
    if (s.tokens[k].text === ",") break;
    if (
      reporting.has(s.tokens[k].norm) &&
      !sources?.has(s.tokens[k].norm) &&
      !PRESENT_SAY.has(s.tokens[k].norm)
    )
      return true;
  }
  return false;
}

/** Speakers' verbs in the present ("the family say", "police say"). */
const PRESENT_SAY = new Set(["say", "says"]);

/** "that", "que": the words of a speaker follow. */
const THAT = new Set(["that", "que", "qu'"]);

/**
 * "opened fire on the fishermen's camp", "the herders’ camp": a camp or post owned by people who are no
 * forces and no armed men (named in lower case before a possessive).
 */
function civilianOwner(tokens: Token[], k: number, targets: Set<string>, armed: Set<string>): boolean {
  let owner = tokens[k - 1];
  if (owner && /^['’]s?$/u.test(owner.text)) owner = tokens[k - 2];
  else if (!owner || !/['’]s?$/u.test(owner.text)) return false;
  if (!owner || owner.cap) return false;
  const stem = owner.norm.replace(/['’]s?$/u, "");
  return !targets.has(stem) && !armed.has(stem);
}

/** "raided the post", "attacked an army convoy": the attack's object is a military target. */
export function attacksArmedTarget(
  s: Sentence,
  hits: CueHit[],
  targets: Set<string>,
  aid: Set<string>,
  /** Words of armed men ("militants"): their camp is an armed target. */
  armed: Set<string> = new Set(),
  /** Words of a time, which French puts between a verb and its object. */
  times: Set<string> = new Set(),
): boolean {
  for (const h of hits) {
    if (!h.cues.includes("attack") && !h.cues.includes("ambush")) continue;
    // (past a time told between the verb and its object: "ont attaqué dans la nuit de samedi à dimanche une
    // base de l'armée")
    const timed = s.tokens.slice(h.last + 1, h.last + 5).some((t) => times.has(t.norm));
    for (let k = h.last + 1; k < Math.min(s.tokens.length, h.last + (timed ? 13 : 5)); k++) {
      const w = s.tokens[k].norm;
      // ("an attack on the army's checkpoint": "on" right after the noun names its object)
      if (w === "," || w === "." || w === "in" || (w === "on" && k > h.last + 1) || w === "at") break;
      // ("fired at them from hilltop positions": where the fire came from, no target)
      if (w === "from" || w === "depuis") break;
      // ("ambushed a WFP convoy", "attacked convoys carrying food": aid and goods are no armed target)
      if (aid.has(w)) break;
      if (targets.has(w))
        return !aid.has(s.tokens[k + 1]?.norm ?? "") && !civilianOwner(s.tokens, k, targets, armed);
    }
    // ("le poste de l'armée à Boni a été attaqué", "the post was attacked": the subject of the passive)
    if (PASSIVE_BEFORE.has(s.tokens[h.first - 1]?.norm ?? ""))
      for (let k = h.first - 2; k >= Math.max(0, h.first - PASSIVE_SUBJECT_REACH); k--) {
        const w = s.tokens[k].norm;
        if (w === "," || w === "." || w === ";") break;
        if (targets.has(w)) return !civilianOwner(s.tokens, k, targets, armed);
      }
  }
  return false;
}
/** The auxiliary right before a passive participle ("was attacked", "a été attaqué"). */
const PASSIVE_BEFORE = new Set(["was", "were", "been", "ete"]);
/** How many words before its verb the subject of a passive may begin ("le poste de l'armée à Boni a été"). */
const PASSIVE_SUBJECT_REACH = 9;

/**
 * "Police arrested 81 people involved in the riots": an arrest told first, every crowd word after it
 * introduced as what the people took part in. The arrests are the event; the riot is background.
 */
export function crowdIsWhyArrested(s: Sentence, hits: CueHit[], lex: LocaleLexicon): boolean {
  const arrest = hits.find((h) => h.cues.includes("arrest"));
  if (!arrest || !lex.pastVerb.test(s.tokens[arrest.last].text)) return false;
  // (the crowd word right after the verb names those arrested: "arrested 257 rioters involved in ...")
  // ("arrested eight men in connection with the attack": violence named as the reason too)
  const crowdWord = (h: CueHit) =>
    h.cues.some(
      (c) => c === "riot" || c === "protest" || c === "mob" || VIOLENT.includes(c) || REMOTE.has(c),
    );
  const involved = lex.involvement.matchAll(s.tokens);
  // ("quatorze jeunes soupçonnés d'avoir participé au saccage ont été interpellés": the people arrested,
  // named before a passive with what they are said to have taken part in)
  const before = hits.filter((h) => crowdWord(h) && h.last < arrest.first);
  if (
    before.length &&
    before.every((h) => involved.some((m) => m.last < h.first && h.first - m.last <= 3)) &&
    !hits.some((h) => crowdWord(h) && h.first > arrest.last)
  )
    return true;
  const crowd = hits.filter((h) => crowdWord(h) && h.first - arrest.last > 3);
  if (!crowd.length) return false;
  return crowd.every(
    (h) =>
      h.start > arrest.end &&
      !lex.pastVerb.test(s.tokens[h.last].text) &&
      involved.some((m) => m.last < h.first && h.first - m.last <= 3 && m.first > arrest.last),
  );
}

/** Spans of days a toll may be summed over ("three days of fighting"), and the word joining them. */
const DAY_SPANS = new Set(["days", "nights", "weeks", "jours", "nuits", "semaines"]);
const SPAN_OF = new Set(["of", "de", "d'", "d’"]);
const SPAN_COUNTS = new Set([
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "several",
  "deux",
  "trois",
  "quatre",
  "cinq",
  "six",
  "sept",
  "plusieurs",
]);

/** A count of events before a plural event noun ("in two attacks", "in three separate raids"). */
export function sumsSeveralEvents(
  tokens: Token[],
  hits: CueHit[],
  numbers: NumberMention[],
  eventNouns: Set<string>,
): boolean {
  return hits.some((h) => {
    // ("killed in three days of fighting", "en trois jours d'affrontements": a toll summed over days)
    if (SPAN_OF.has(tokens[h.first - 1]?.norm ?? "") && DAY_SPANS.has(tokens[h.first - 2]?.norm ?? "")) {
      const t = tokens[h.first - 3];
      if (t && (SPAN_COUNTS.has(t.norm) || (/^\d+$/.test(t.text) && Number(t.text) > 1))) return true;
    }
    if (h.first !== h.last || !eventNouns.has(tokens[h.first].norm)) return false;
    for (let k = h.first - 1; k >= Math.max(0, h.first - 2); k--) {
      const n = numbers.find((x) => x.start <= tokens[k].start && x.end >= tokens[k].end);
      if (n) return n.value > 1 && !n.vague;
    }
    return false;
  });
}

/**
 * Whether a relative word ("who", "that", "qui") stands between the event's word and a later date,
 * in a clause that tells something else ("leaders who were arrested the previous week"), not the
 * event itself ("a suicide attack that killed 13 people ... on Monday").
 */
export function inRelativeClause(
  s: Sentence,
  trigger: CueHit,
  d: DateMention,
  lex: LocaleLexicon,
  hits: CueHit[],
  violence: boolean,
  published: string | null,
): boolean {
  // (dates a year back or more stay: "jihadists who launched an insurgency nine years ago" is
  // background either way)
  if (d.start < trigger.end || d.yearOnly || yearsBefore(d.date, published) >= 1) return false;
  const to = tokenAt(s.tokens, d.start);
  for (let k = trigger.last + 1; k < to; k++) {
    // ("the vice president he sacked in July": a subject pronoun and its past verb open a relative
    // clause without a relative word)
    const reduced =
      k > trigger.last + 1 &&
      lex.subjectPronouns.has(s.tokens[k].norm) &&
      lex.pastVerb.test(s.tokens[k + 1]?.text ?? "") &&
      !hits.some((h) => h.first === k + 1);
    if (!lex.relatives.has(s.tokens[k].norm) && !reduced) continue;
    // "the fighting, which broke out at 3 pm on Wednesday": the clause describes the event's word
    if (k - trigger.last <= 2) return false;
    // ("killed civilians who were digging trenches ... on Saturday": what the victims were doing when
    // it happened shares its day)
    if (
      PASSIVE_AUX.has(s.tokens[k + 1]?.norm ?? "") &&
      /ing$/u.test(s.tokens[k + 2]?.norm ?? "") &&
      (s.tokens[k + 1].norm === "was" || s.tokens[k + 1].norm === "were")
    )
      return false;
    // ("the deputy he sacked in July erupted in Juba on Sunday": a second past verb after the
    // reduced clause's own takes the sentence back to its main clause)
    if (reduced) for (let v = k + 2; v < to; v++) if (lex.pastVerb.test(s.tokens[v].text)) return false;
    const told = hits.filter((h) => h.first > k && h.last < to);
    return !(violence && told.some((h) => VIOLENT.some((c) => h.cues.includes(c))));
  }
  return false;
}

/**
 * "The insurgency, which began in October 2017, has killed more than 4,000 people": a date inside a
 * relative clause set off by commas before the event's word dates that clause, not the event.
 */
export function inRelativeBefore(s: Sentence, trigger: CueHit, d: DateMention, lex: LocaleLexicon): boolean {
  if (d.end > trigger.start) return false;
  const at = tokenAt(s.tokens, d.start);
  let open = -1;
  for (let k = at - 1; k >= 0; k--)
    if (s.tokens[k].text === ",") {
      open = k;
      break;
    }
  if (open < 0 || !lex.relatives.has(s.tokens[open + 1]?.norm ?? "")) return false;
  for (let k = tokenAt(s.tokens, d.end - 1) + 1; k < trigger.first; k++)
    if (s.tokens[k].text === ",") return true;
  return false;
}

/** A date within eight words of a cue. */
export function nearAHit(s: Sentence, hits: CueHit[], d: DateMention): boolean {
  return hits.some((h) => Math.abs(tokenAt(s.tokens, d.start) - (d.start < h.start ? h.first : h.last)) <= 8);
}

/** How many years before publication a date lies (0 without a publication date). */
export function yearsBefore(date: string, published: string | null): number {
  if (!published) return 0;
  return (Date.parse(published) - Date.parse(date)) / (365.25 * 86400000);
}

/**
 * "... exchanged fire, in which one soldier was killed while two civilians were left injured": people
 * told with a passive killing or wounding right after them are its victims, not a side of the fight.
 */
export function passiveVictims(tokens: Token[], actors: ActorMention[], hits: CueHit[]): ActorMention[] {
  return actors.filter((m) => {
    const j = tokenAt(tokens, m.end);
    if (!PASSIVE_AUX.has(tokens[j]?.norm ?? "")) return false;
    return hits.some(
      (h) => h.first > j && h.first <= j + 2 && (h.cues.includes("kill") || h.cues.includes("injure")),
    );
  });
}

/**
 * "students were protesting the death of a student in February", "protest the arrest of leaders ...
 * end of April": a date told after what a crowd protests about (violence or arrests named as nouns,
 * after the protest word) dates that topic, not the protest.
 */
export function datesTheTopic(s: Sentence, d: DateMention, hits: CueHit[], lex: LocaleLexicon): boolean {
  const protest = hits.find((h) => h.cues.includes("protest") && h.end <= d.start);
  if (!protest) return false;
  return hits.some(
    (h) =>
      h.start > protest.end &&
      h.end <= d.start &&
      (TOPICAL.some((c) => h.cues.includes(c)) || h.cues.includes("arrest") || h.cues.includes("riot")) &&
      // (named as a thing: not a deed told with a verb, "blocked roads")
      !lex.pastVerb.test(s.tokens[h.first].text) &&
      !lex.pastVerb.test(s.tokens[h.last].text),
  );
}
