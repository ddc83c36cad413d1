import type { ActorMention } from "../knowledge/actor-registry.js";
import type { Token } from "../text/tokens.js";
import { BACKING, BY, type CueHit } from "./cues.js";
import type { NumberMention } from "./numbers.js";

const ARMED_ROLES = new Set([
  "military",
  "police",
  "armed_group",
  "named_group",
  "identity_militia",
  "mutiny",
  "external",
]);

export interface Sides {
  agent: ActorMention | null;
  patient: ActorMention | null;
}

/** Auxiliaries that make the next participle passive ("were killed", "ont été tués"). */
/**
 * "A man was shot in the leg in an attack in Ballymoney": a one-word noun of the event after a preposition
 * and an article (adjectives may come between: "in a brutal attack"), told after a passive verb of its
 * clause, has that verb's subject as its victim. Not a battle's noun ("villages were torched during a two
 * day battle involving NAS rebels against SSPDF forces" names its sides after it), nor after a passive with
 * its own doer ("were beaten by militiamen ... during the third attack").
 */
function passiveBeforeNoun(tokens: Token[], trigger: CueHit, first: number): boolean {
  if (trigger.first !== trigger.last || trigger.cues.includes("clash")) return false;
  let art = trigger.first - 1;
  while (
    art > trigger.first - 5 &&
    art > first &&
    /^[\p{Ll}-]+$/u.test(tokens[art].text) &&
    !NOUN_ARTICLES.has(tokens[art].norm)
  )
    art--;
  if (!NOUN_PREPOSITIONS.has(tokens[art - 1]?.norm ?? "") || !NOUN_ARTICLES.has(tokens[art]?.norm ?? ""))
    return false;
  for (let k = first; k < art - 1; k++)
    if (
      PASSIVE_AUX.has(tokens[k].norm) &&
      /(?:ed|en|t)$/u.test(tokens[k + 1]?.norm ?? "") &&
      !tokens.slice(k + 2, art - 1).some((t) => BY.has(t.norm))
    )
      return true;
  return false;
}

/** Prepositions and articles that open a noun phrase of the event after its clause's verb ("in an attack"). */
const NOUN_PREPOSITIONS = new Set(["in", "during", "as", "dans", "lors", "comme"]);
const NOUN_ARTICLES = new Set(["a", "an", "the", "what", "une", "un", "l'", "d'"]);
export const PASSIVE_AUX = new Set(["was", "were", "been", "being", "is", "are", "got", "ete"]);
/** Words that make the subject undergo the event noun after them ("came under attack", "a fait l'objet
 * d'une attaque", "a subi une attaque"): the subject is the target, as with a passive. */
const UNDERGO = [
  ["came", "under"],
  ["come", "under"],
  ["comes", "under"],
  ["coming", "under"],
  ["target", "of"],
  ["objet", "d'"],
  ["objet", "de"],
  ["cible", "d'"],
  ["cible", "de"],
  ["a", "subi"],
  ["ont", "subi"],
  ["avait", "subi"],
];
/** Articles between an undergo phrase and its noun. */
const UNDERGO_ARTICLES = new Set(["a", "an", "une", "un", "des", "the", "heavy", "intense"]);

/** Whether the event noun at `at` is one its subject undergoes ("came under attack", "a fait l'objet d'une attaque"). */
function undergoes(tokens: Token[], at: number, first: number): boolean {
  let k = at - 1;
  while (k > first && k >= at - 3 && UNDERGO_ARTICLES.has(tokens[k].norm)) k--;
  return UNDERGO.some(([a, b]) => tokens[k]?.norm === b && tokens[k - 1]?.norm === a && k - 1 >= first);
}

/** The armed side named last; a generic noun right after a named group is that group ("Colombia's ELN
 * guerrilla group"). */
function lastArmed(tokens: Token[], armed: ActorMention[]): ActorMention {
  let i = armed.length - 1;
  // ("Army and police personnel killed", "Mozambican soldiers and Rwandan troops"): of forces named
  // together as the subject, the first named leads
  while (i > 0 && joinedSubjects(tokens, armed[i - 1], armed[i])) i--;
  const a = armed[i];
  const b = armed[i - 1];
  return !a.group && b?.group && a.start - b.end <= 1 ? b : a;
}

/** Two mentions with only "and" (or "et") between them. */
function joinedSubjects(tokens: Token[], a: ActorMention, b: ActorMention): boolean {
  const from = tokenAt(tokens, a.end - 1) + 1;
  const to = tokenAt(tokens, b.start);
  return to - from === 1 && (tokens[from].norm === "and" || tokens[from].norm === "et");
}

/** Verbs of shooting or attacking right after the subject of a clause of time ("when a police officer
 * opened fire", "when ADF fighters attacked the locality"). */
const FIRING = new Set([
  "opened",
  "fired",
  "shot",
  "attacked",
  "stormed",
  "raided",
  "ambushed",
  "triggered",
  "detonated",
  "ouvert",
  "tire",
  "attaque",
  "attaquent",
]);

/** Words that open a clause of time or cause after a passive verb ("was killed when police opened fire"). */
const SUBORDINATORS = new Set(["when", "as", "after", "while", "lorsque", "quand", "alors"]);

/** The word after a deed's noun that opens its object ("the killing of a trader"). */
const NOUN_OF = new Set(["of"]);

/** "backed by a helicopter gunship": a "by" after a word of support within three words before token `at`. */
export function backedBy(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 3); k--)
    if (BY.has(tokens[k].norm) && BACKING.has(tokens[k - 1].norm)) return true;
  return false;
}

/** "troops, backed by Ugandan forces,": a mention named as the helper of another. */
export function backing(
  tokens: Token[],
  m: ActorMention,
  others: ActorMention[] = [],
  strict = false,
): boolean {
  const i = tokenAt(tokens, m.start);
  // (a few words may come between: "backed by Ma'awisley clan militias", "backed by a helicopter gunship")
  for (let k = i - 1; k >= Math.max(1, i - 3); k--) {
    if (BY.has(tokens[k].norm)) {
      if (!BACKING.has(tokens[k - 1]?.norm ?? "")) return false;
      // (right after "by", as before; further on, only helpers of an armed side: not "villagers supported
      // by Dogon hunters", who do the fighting)
      if (k === i - 1 && !strict) return true;
      const principal = tokens[k - 2];
      return !!principal && others.some((o) => o !== m && ARMED_ROLES.has(o.role) && o.end === principal.end);
    }
    if (tokens[k].text === "," || tokens[k].text === ";") return false;
  }
  return false;
}

/** Participles that tell who used a weapon: "shells fired by", "a mine planted by". */
const WEAPON_PARTICIPLES = new Set([
  "fired",
  "launched",
  "dropped",
  "planted",
  "detonated",
  "thrown",
  "lobbed",
  "hurled",
]);
const HARM_PARTICIPLE =
  /^(blesse|blesses|blessee|blessees|tue|tues|tuee|tuees|touche|touches|atteint|atteints)$/u;
const MANNER = new Set(["legerement", "grievement", "serieusement", "mortellement", "gravement"]);
/** Verbs after a count of victims named by a participle ("14 wounded had been taken", "12 blessés ont été"). */
const VICTIM_COUNT_VERBS = new Set([
  "had",
  "have",
  "has",
  "were",
  "was",
  "are",
  "is",
  "ont",
  "sont",
  "avaient",
  "etaient",
]);

/**
 * "... and at least 14 wounded had been taken to the health centre": a participle of harm right after a
 * count, followed by a verb of its own, is a noun naming the victims; no side told before did it here.
 */
function countedVictims(tokens: Token[], trigger: CueHit): boolean {
  return (
    trigger.first === trigger.last &&
    !!tokens[trigger.first - 1]?.num &&
    /(ed|en|es|s)$/u.test(tokens[trigger.first].norm) &&
    VICTIM_COUNT_VERBS.has(tokens[trigger.last + 1]?.norm ?? "")
  );
}

/** A French participle of harm right after a mention (an adverb of manner between), no auxiliary before. */
function postNominalVictim(tokens: Token[], trigger: CueHit, before: ActorMention[]): ActorMention | null {
  if (trigger.first !== trigger.last || !HARM_PARTICIPLE.test(tokens[trigger.first].norm)) return null;
  let k = trigger.first - 1;
  if (MANNER.has(tokens[k]?.norm ?? "")) k--;
  const m = before.find((b) => tokenAt(tokens, b.end - 1) === k);
  return m ?? null;
}

/** Index of the token at or after an absolute offset. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "..., freeing 500 inmates and killing ...": "and" before a participle that an earlier one after a comma opened. */
function participleChain(tokens: Token[], at: number, first: number): boolean {
  if (!["and", "et"].includes(tokens[at - 1]?.norm ?? "")) return false;
  for (let k = at - 2; k > first; k--) {
    if (tokens[k].text === ",") return false;
    if (/(ing|ant)$/.test(tokens[k].norm) && tokens[k - 1]?.text === ",") return true;
  }
  return false;
}

/**
 * Who did it and to whom, from word order around the trigger: active clauses put the agent before
 * the verb and the patient after it; passive ones ("were killed by ...") the other way round.
 */
/**
 * The last side named before a verb, or the head of its phrase: "Relatives of the victims blocked the
 * road", "les familles des victimes ont bloqué": the people of the noun before "of" act, not those after.
 */
function headOfPhrase(tokens: Token[], before: ActorMention[], trigger: CueHit): ActorMention {
  const last = before[before.length - 1];
  const head = before[before.length - 2];
  if (!head || last.role !== "civilians" || ARMED_ROLES.has(head.role)) return last;
  // (the verb right after the phrase: not "Relatives of the victims of the Guasmo attack gathered")
  if (trigger.first - tokenAt(tokens, last.end - 1) > 3) return last;
  const i = tokenAt(tokens, last.start);
  const h = tokenAt(tokens, head.end - 1);
  // ("of the", "of", "des", "de la")
  const gap = i - h - 1;
  if (gap < 1 || gap > 2 || !OF_WORDS.has(tokens[h + 1].norm)) return last;
  if (gap === 2 && !DETERMINERS.has(tokens[h + 2].norm)) return last;
  return head;
}
const OF_WORDS = new Set(["of", "de", "des", "du", "d"]);
const DETERMINERS = new Set(["the", "their", "la", "les", "l", "leurs"]);

export function sides(
  tokens: Token[],
  trigger: CueHit,
  mentions: ActorMention[],
  first: number,
  last: number,
  pastVerb: RegExp = /ed$/,
  opensObject: (k: number) => boolean = () => false,
  deathStates: Set<string> = new Set(),
  /** Words of a time, which may stand between a passive verb and its "by". */
  timeWords: Set<string> = new Set(),
): Sides {
  const inClause = mentions.filter((m) => {
    const i = tokenAt(tokens, m.start);
    return (
      i >= first &&
      i <= last &&
      !parentheticalSpeaker(tokens, m, i) &&
      !leadSpeaker(tokens, m, trigger) &&
      !labeller(tokens, m)
    );
  });
  // ("a Houthi drone strike hit ...": a side named with the cue inside it is the doer)
  // (a mention may end inside the trigger: "a Ukrainian drone dropped explosives", trigger "drone dropped")
  // (or hold the trigger and the country after it: "des tirs d'artillerie israéliens ont visé ...")
  // ("une frappe de drone israélienne": from inside the trigger to the country after it)
  const before = inClause.filter(
    (m) => m.start < trigger.start || (m.start < trigger.end && m.end > trigger.end),
  );
  // ("troops intercepted the bandits": a side named at the end of the trigger is its object)
  const objectInside = (m: ActorMention) =>
    m.start > trigger.start &&
    m.end <= trigger.end &&
    !tokens.slice(trigger.first, tokenAt(tokens, m.start)).some((t) => BY.has(t.norm));
  const after = inClause.filter((m) => m.start >= trigger.end || objectInside(m));
  let passive = undergoes(tokens, trigger.first, first);
  for (let k = Math.max(first, trigger.first - 2); k < trigger.first; k++)
    if (PASSIVE_AUX.has(tokens[k].norm)) passive = true;
  // ("une voiture de police a été visée par des tirs": a trigger written with its auxiliary and its "by")
  let byInside = -1;
  // (and one written with its auxiliary alone: "were killed")
  // (not a "by" after an auxiliary outside it: "which is controlled by the RSF" names no doer of a strike)
  for (let k = trigger.first; k < trigger.last; k++)
    if (PASSIVE_AUX.has(tokens[k].norm)) {
      passive = true;
      if (BY.has(tokens[trigger.last].norm)) byInside = trigger.last;
    }
  // ("A man was shot in the leg in an attack in Ballymoney": see passiveBeforeNoun)
  if (!passive && passiveBeforeNoun(tokens, trigger, first)) passive = true;
  const auxPassive = passive;
  let byIdx = byInside;
  // ("ont été tués dans la nuit de samedi à dimanche par des miliciens": a time may come between)
  let timeBetween = false;
  // (and the weapon before it: "tués à la machette dans la nuit de mardi à mercredi par des rebelles")
  // (and a noun's object: "the killing of a former commander in the opposition factions by gunfire from
  // unidentified gunmen")
  const nounOf = trigger.first === trigger.last && NOUN_OF.has(tokens[trigger.last + 1]?.norm ?? "");
  for (let k = trigger.last + 1; byInside < 0 && k <= Math.min(last, trigger.last + 14); k++) {
    if (timeWords.has(tokens[k].norm)) timeBetween = true;
    if (
      k > trigger.last + (nounOf ? 12 : 6) &&
      (!timeBetween || tokens[k].text === "," || tokens[k].text === ";")
    )
      break;
    if (nounOf && (tokens[k].text === "," || tokens[k].text === ";")) break;
    // "attacked a convoy escorted by soldiers": the "by" of another participle is not this verb's.
    // (but the weapon's own participle: "mortar shells fired by al-Shabaab", "mines planted by JNIM")
    if (
      k > trigger.last + 1 &&
      /(ed|en)$/.test(tokens[k].norm) &&
      !passive &&
      !["and", "or", ",", "et", "ou"].includes(tokens[k - 1].norm) &&
      !(WEAPON_PARTICIPLES.has(tokens[k].norm) && k <= trigger.last + 2)
    )
      break;
    // "by setting him on fire" tells how, not who.
    if (BY.has(tokens[k].norm) && !/ing$/.test(tokens[k + 1]?.norm ?? "")) {
      byIdx = k;
      break;
    }
  }
  if (byIdx >= 0) passive = true;
  // ("a rider was killed ... when a traffic police officer opened fire", "ten people died when gunmen
  // attacked a bus": the armed subject of a clause of time after the verb is no victim of it; with no
  // "by", it is who did it)
  // (who fired: "when a police officer opened fire"; not "as police clashed with supporters", a fight)
  // (a head noun the mention left out may come between: "a traffic police officer opened fire")
  const firedAfter = (): ActorMention | null =>
    after.find((m) => {
      let subordinate = false;
      for (let k = trigger.last + 1; k < tokenAt(tokens, m.start); k++)
        if (SUBORDINATORS.has(tokens[k].norm)) subordinate = true;
      const e = tokenAt(tokens, m.end - 1);
      const fires = FIRING.has(tokens[e + 1]?.norm ?? "") || FIRING.has(tokens[e + 2]?.norm ?? "");
      return subordinate && ARMED_ROLES.has(m.role) && fires;
    }) ?? null;
  if (passive) {
    // ("a été la cible d'une incursion de combattants de Boko Haram", "came under attack from al-Shabaab
    // fighters": the armed side after the noun its subject undergoes is the doer)
    const undergone =
      undergoes(tokens, trigger.first, first) && byIdx < 0 ? doerOfNoun(tokens, trigger, after, last) : null;
    if (undergone) return { agent: undergone, patient: before.length ? before[before.length - 1] : null };
    const agent = byIdx >= 0 ? (after.find((m) => tokenAt(tokens, m.start) > byIdx) ?? null) : null;
    // ("the killing of a trader by a police officer": a noun's object comes between it and "by")
    const object = !auxPassive
      ? after.find((m) => m !== agent && tokenAt(tokens, m.start) < byIdx)
      : undefined;
    const doer = !agent ? firedAfter() : null;
    const patient =
      object ??
      (before.length ? before[before.length - 1] : (after.find((m) => m !== agent && m !== doer) ?? null));
    return { agent: agent ?? doer, patient };
  }
  // ("qui fait état de trois policiers légèrement blessés": a French participle right after a noun, with no
  // auxiliary, says what befell the people the noun names; they are no doers)
  const noun = postNominalVictim(tokens, trigger, before);
  if (noun) return { agent: null, patient: noun };
  if (countedVictims(tokens, trigger)) return { agent: null, patient: null };
  // ("une attaque de présumés jihadistes du JNIM contre le village de Molodo": the armed side after the
  // "de" of an event noun, with "contre" after it, is the doer; what comes after "contre", the target)
  const ofDoer = doerOfNoun(tokens, trigger, after, last);
  if (ofDoer) return { agent: ofDoer, patient: after.find((m) => m.start >= ofDoer.end) ?? null };
  // Headline style "Six people killed in ...": a bare participle after a victim noun.
  // The agent is the nearest armed side before the verb, else the nearest side; for a participle
  // after a comma ("jihadists attacked a convoy escorted by soldiers ..., killing 30"), the subject
  // of the clause.
  // (not a helper: "its troops, backed by Ugandan forces, killed 13 ADF fighters")
  const armedBefore = before.filter((m) => ARMED_ROLES.has(m.role) && !backing(tokens, m, inClause));
  // (the French participle too: ", tuant quatre soldats")
  // (", freeing 500 inmates and killing two officers": the second of two participles after the comma)
  const gerund =
    /(ing|ant)$/.test(tokens[trigger.first].norm) &&
    (tokens[trigger.first - 1]?.text === "," || participleChain(tokens, trigger.first, first));
  const agent =
    gerund && armedBefore.length
      ? armedBefore[0]
      : armedBefore.length
        ? lastArmed(tokens, armedBefore)
        : before.length
          ? headOfPhrase(tokens, before, trigger)
          : null;
  // "killed a Dozo chief": an identity word before a civilian noun describes the civilian.
  let patient = after.length ? after[0] : null;
  if (
    patient &&
    after[1] &&
    after[1].role === "civilians" &&
    after[1].start - patient.end <= 1 &&
    patient.ethnicity
  )
    patient = after[1];
  if (
    agent &&
    !patient &&
    (agent.role === "civilians" || agent.role === "military" || agent.role === "police")
  ) {
    // Only for verbs that have victims ("Six people killed", "two soldiers wounded"), not for
    // deeds ("youths assaulted ...").
    const prev = tokens[trigger.first - 1];
    const victimVerb = trigger.cues.some((c) => c === "kill" || c === "injure" || c === "abduct");
    // ("Six people killed", "15 civils tués": the participle of the locale)
    // ("residents killed a thief": an object after the verb makes it active.)
    if (
      victimVerb &&
      prev &&
      // ("three soldiers dead": a state of death, like a participle, tells the victims)
      (pastVerb.test(tokens[trigger.first].text) || deathStates.has(tokens[trigger.first].norm)) &&
      prev.end <= agent.end + 1 &&
      !opensObject(trigger.last + 1)
    )
      return { agent: null, patient: agent };
  }
  // "..., five presumed JNIM militants killed and two taken prisoner": a count of armed men right before
  // a bare participle that "and" follows are the dead, whatever is named after.
  if (agent && ARMED_ROLES.has(agent.role) && trigger.cues.includes("kill")) {
    const prev = tokens[trigger.first - 1];
    // (not "militants killed and looted": a second verb keeps them the doers)
    const then = tokens[trigger.last + 2];
    if (
      prev &&
      prev.end <= agent.end + 1 &&
      pastVerb.test(tokens[trigger.first].text) &&
      CONJ_AFTER.has(tokens[trigger.last + 1]?.norm ?? "") &&
      then &&
      !pastVerb.test(then.text)
    )
      return { agent: null, patient: agent };
  }
  // "soldiers and JNIM militants clashed", "les FAMa et des jihadistes se sont affrontés": two armed
  // subjects joined by "and" of a fighting verb with no object fight each other.
  if (
    !patient &&
    trigger.cues.includes("clash") &&
    armedBefore.length >= 2 &&
    !opensObject(trigger.last + 1)
  ) {
    const x = armedBefore[armedBefore.length - 2];
    const y = armedBefore[armedBefore.length - 1];
    const xi = tokenAt(tokens, x.end - 1);
    if (CONJ_AFTER.has(tokens[xi + 1]?.norm ?? "") && tokenAt(tokens, y.start) <= xi + 3)
      return { agent: x, patient: y };
  }
  // "24 soldats ont péri", "soldiers have died": the subject of a dying verb is the victim.
  const nearest = before[before.length - 1];
  // "a patrol fell into an ambush", "une patrouille est tombée dans une embuscade": the subject suffers it.
  if (nearest && trigger.cues.includes("ambush")) {
    for (let k = trigger.first; k >= Math.max(first, trigger.first - 4); k--) {
      if (tokens[k].end <= nearest.end) break;
      if (SUFFERED.has(tokens[k].norm)) {
        // ("des VDP lancés à la recherche des otages sont tombés dans une embuscade": the armed subject,
        // past the people of a participle's phrase, is the one ambushed)
        const victim = isArmedRole(nearest)
          ? nearest
          : ([...before].reverse().find((m) => isArmedRole(m)) ?? nearest);
        return { agent: after.find((m) => m !== victim) ?? null, patient: victim };
      }
    }
  }
  // (whatever is named after it: "Ten people died when gunmen attacked a bus" names the attackers of
  // another verb)
  // (nor has dying a doer: "the boy was hit in the chest and died" names no killer)
  if (VICTIM_SUBJECT.has(tokens[trigger.last].norm)) {
    let k = trigger.first - 1;
    if (nearest) while (k >= first && tokens[k].start >= nearest.end && AUX.has(tokens[k].norm)) k--;
    const subject = !!nearest && (k < first || tokens[k].end <= nearest.end);
    return { agent: firedAfter(), patient: subject || !isArmedRole(nearest) ? (nearest ?? null) : null };
  }
  return agent === patient ? { agent: null, patient } : { agent, patient };
}

const BETWEEN_WORDS = new Set(["between", "entre"]);

/** "clashes between X and Y": X and Y, the first two sides after "between", joined by "and". */
export function betweenSides(
  tokens: Token[],
  trigger: CueHit,
  after: ActorMention[],
): { agent: ActorMention; patient: ActorMention } | null {
  if (!BETWEEN_WORDS.has(tokens[trigger.last + 1]?.norm ?? "")) return null;
  const [x, y] = after;
  if (!x || !y || tokenAt(tokens, x.start) > trigger.last + 3) return null;
  const xe = tokenAt(tokens, x.end - 1);
  const ys = tokenAt(tokens, y.start);
  for (let k = xe + 1; k < ys; k++)
    if (CONJ_AFTER.has(tokens[k].norm)) return ys - k <= 3 ? { agent: x, patient: y } : null;
  return null;
}

const OF_DOER = new Set(["de", "des", "du", "d'", "d’"]);
const AGAINST = new Set(["contre"]);

/** "attaque de présumés jihadistes du JNIM contre ...": the armed mention after "de", before "contre". */
function doerOfNoun(
  tokens: Token[],
  trigger: CueHit,
  after: ActorMention[],
  last: number,
): ActorMention | null {
  if (!OF_DOER.has(tokens[trigger.last + 1]?.norm ?? "")) return null;
  // (the group's name past its kind and quotation marks: "une attaque du gang « Gran Grif »")
  const named = after.find(
    (x) =>
      !!x.group &&
      (x.role === "named_group" || x.role === "identity_militia") &&
      tokenAt(tokens, x.start) <= trigger.last + 5,
  );
  const m = named ?? after[0];
  if (!m || !ARMED_ROLES.has(m.role) || tokenAt(tokens, m.start) > trigger.last + (named ? 5 : 4))
    return null;
  const end = tokenAt(tokens, m.end - 1);
  for (let k = end + 1; k <= Math.min(last, end + 6); k++) if (AGAINST.has(tokens[k].norm)) return m;
  // (a group named as such needs no "contre": "lors d'une attaque du gang « Gran Grif » dans plusieurs
  // localités")
  if (m.group && (m.role === "named_group" || m.role === "identity_militia")) return m;
  return null;
}

function isArmedRole(m: ActorMention | undefined): boolean {
  return !!m && ARMED_ROLES.has(m.role);
}

/** Words after a bare participle that close it ("killed and", "tués et"). */
const CONJ_AFTER = new Set(["and", "et"]);

/** Verbs whose subject suffers an ambush ("fell into", "ran into", "caught in", "est tombée dans"). */
const SUFFERED = new Set(["fell", "fall", "falls", "ran", "caught", "tombe", "tombee", "tombes", "tombees"]);

/** Verbs whose subject is the victim ("died", "ont péri", "a succombé", "ont perdu la vie"). */
const VICTIM_SUBJECT = new Set([
  "died",
  "perished",
  "peri",
  "succombe",
  "decede",
  "decedes",
  "decedee",
  "decedees",
  "mort",
  "morts",
  "morte",
  "mortes",
  "vie",
  "life",
  "lives",
]);
/** Auxiliaries that may stand between that subject and its verb. */
const AUX = new Set([
  "has",
  "have",
  "had",
  "a",
  "ont",
  "avait",
  "avaient",
  "est",
  "sont",
  "etait",
  "etaient",
]);

const KILL_NOUN_GAP = 4;

/** Token k stands in an "including ..." aside opened after token from (no comma between). */
function inAside(tokens: Token[], from: number, k: number): boolean {
  for (let j = k - 1; j > from; j--) {
    if (tokens[j].text === ",") return false;
    if (INCLUDING.has(tokens[j].norm)) return true;
  }
  return false;
}
/** Words before a count that is part of another ("20 people, including five children"). */
export const INCLUDING = new Set(["including", "among", "dont", "parmi"]);
/** An aside giving ages: "The two victims, aged 17 and 22, were killed". */
const AGED = new Set(["aged", "age", "ages", "agee", "agees"]);
const NOT_DEATH =
  /^(wounded|injured|hurt|others?|missing|arrested|detained|abducted|kidnapped|blesse(e)?s?|autres|disparu(e)?s?|enleve(e)?s?|arrete(e)?s?|interpelle(e)?s?)$/;

/**
 * Deaths reported near a killing cue: "killing 20 soldiers", "eight soldiers were killed",
 * "left 10 dead", "death toll rose to 30". Injuries never count. Returns the number and its span.
 */
const BEFORE_PASSIVE_KILL = new Set(["were", "was", "been", "ont", "sont", "ete"]);

/** The words between two tokens, a name (capitalised words, its brackets and hyphens) counted as one:
 * "Three members of the Dawlah Islamiyah-linked Bangsamoro Islamic Freedom Fighters (BIFF) were killed". */
function wordsBetween(tokens: Token[], from: number, to: number): number {
  let n = 0;
  let inName = false;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k];
    const nameish = t.cap || /^[()\-–]$/u.test(t.text);
    if (nameish && inName) continue;
    inName = nameish;
    n++;
  }
  return n + 1;
}

/** The tokens of an aside (", including three soldiers,", ", aged 17 and 22,") between two tokens. */
function asideLength(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from + 1; k < to; k++) {
    if (
      tokens[k].text !== "," ||
      !(INCLUDING.has(tokens[k + 1]?.norm ?? "") || AGED.has(tokens[k + 1]?.norm ?? ""))
    )
      continue;
    let c = k + 1;
    while (c < to && tokens[c].text !== ",") c++;
    if (c >= to) break;
    n += c - k + 1;
    k = c;
  }
  return n;
}

/** A past verb or participle written in lower case ("burned", "incendié"): what follows is its object. */
const OTHER_VERB = /^\p{Ll}+(?:ed|é|és|ée|ées)$/u;

export function fatalities(
  tokens: Token[],
  killHits: CueHit[],
  numbers: NumberMention[],
  /** Words that name a source ("according", "selon"): of two sources' tolls, the lowest counts. */
  sourceWords: Set<string>,
): { value: number; mention: NumberMention } | null {
  // "The death toll from Monday's attack on Solenzo rose to 40": the count the toll rose to
  const risen = tollRisenTo(tokens, numbers);
  if (risen) return risen;
  let best: { value: number; mention: NumberMention } | null = null;
  for (const n of numbers) {
    if (n.value <= 0 || n.value > 100000) continue;
    const ni = tokenAt(tokens, n.start);
    const nl = tokenAt(tokens, n.end - 1);
    // "arrested 22 people", "wounding five": the number belongs to another verb.
    if (NOT_DEATH.test(tokens[ni - 1]?.norm ?? "") || NOT_DEATH.test(tokens[ni - 2]?.norm ?? "")) continue;
    // ("Four civilians, among them two children, were killed": a part of the count before is no toll)
    if (
      INCLUDING.has(tokens[ni - 1]?.norm ?? "") ||
      (INCLUDING.has(tokens[ni - 2]?.norm ?? "") && tokens[ni - 1]?.norm === "them")
    )
      if (numbers.some((o) => o !== n && o.end <= n.start && o.value > n.value)) continue;
    // ("(coded as Lawdar at geoprecision 2)": a coder's precision, no count)
    if (/precision$/u.test(tokens[ni - 1]?.norm ?? "")) continue;
    // ("Shirin Akter, 22, a sewing operator, died": a number between commas after a name is an age)
    if (
      ni === nl &&
      tokens[ni].num &&
      tokens[ni - 1]?.text === "," &&
      tokens[ni - 2]?.cap &&
      tokens[ni - 3]?.cap &&
      tokens[nl + 1]?.text === ","
    )
      continue;
    for (const h of killHits) {
      let ok = false;
      // "Two girls traveling in a car were killed": a longer subject before a passive verb.
      // ("One man who tried to escape was shot dead"; but not a count told in a relative clause with
      // "was": "near bases where one peacekeeper was killed last weekend" tells another event)
      // ("Seven passengers were offloaded from two buses and shot dead": a second passive verb after "and")
      const joinedPassive =
        CONJ_AFTER.has(tokens[h.first - 1]?.norm ?? "") &&
        tokens.slice(nl + 1, h.first).some((t) => t.norm === "were" || t.norm === "was");
      const passive =
        joinedPassive ||
        (BEFORE_PASSIVE_KILL.has(tokens[h.first - 1]?.norm ?? "") &&
          (tokens[h.first - 1].norm !== "was" ||
            !tokens.slice(Math.max(0, ni - 3), ni).some((t) => WHO.has(t.norm))));
      // ("Three members of the military beat to death an electrician": before an active verb with its
      // object, the count is of the killers)
      // (the word as written: "morts à Diabaly" is no object)
      // ("a mob of 30 people beat a farmer to death": the object inside the words of the killing)
      const objectAfter =
        !passive &&
        (ONE_AFTER.has(tokens[h.last + 1]?.text.toLowerCase() ?? "") ||
          (h.last > h.first + 2 && ONE_AFTER.has(tokens[h.first + 1]?.text.toLowerCase() ?? "")));
      // ("Sixteen people, including the bomber, died": the aside between commas does not count)
      const gap = passive
        ? wordsBetween(tokens, nl, h.first)
        : h.first - nl - asideLength(tokens, nl, h.first);
      // ("incendié une vingtaine de véhicules et exécuté deux chauffeurs", "burned 20 trucks and killed two
      // drivers": the count is the object of another verb before "and")
      const otherObject =
        !passive &&
        CONJ_AFTER.has(tokens[h.first - 1]?.norm ?? "") &&
        [tokens[ni - 1], tokens[ni - 2]].some((t) => !!t && OTHER_VERB.test(t.text));
      if (nl < h.first && gap <= KILL_NOUN_GAP + (passive ? 8 : 2) && !objectAfter && !otherObject) {
        // number before the cue: nothing that means "injured" in between
        ok = true;
        // (", including three soldiers," is an aside of the count before it, and so is ", aged 17 and 22,":
        // their commas and numbers do not cut the count from its verb)
        let aside = false;
        for (let k = nl + 1; k < h.first; k++) {
          if (
            tokens[k].text === "," &&
            (INCLUDING.has(tokens[k + 1]?.norm ?? "") || AGED.has(tokens[k + 1]?.norm ?? ""))
          ) {
            aside = true;
            continue;
          }
          if (aside && tokens[k].text === ",") {
            aside = false;
            continue;
          }
          if (aside) continue;
          if (
            NOT_DEATH.test(tokens[k].norm) ||
            tokens[k].text === ";" ||
            (h.first - nl > KILL_NOUN_GAP + 2 &&
              (tokens[k].text === "," ||
                // (another count between, not a number of things: "offloaded from two buses and shot dead")
                (tokens[k].num &&
                  numbers.some((o) => o !== n && o.start <= tokens[k].start && tokens[k].start < o.end))))
          )
            ok = false;
        }
        // ("freed 12 of the hostages during an operation in which two separatists were killed": another
        // count nearer the verb is its subject)
        if (ok && h.first - nl > KILL_NOUN_GAP + 2)
          for (const o of numbers)
            if (
              o !== n &&
              o.start > n.end &&
              o.end <= h.start &&
              !INCLUDING.has(tokens[tokenAt(tokens, o.start) - 1]?.norm ?? "") &&
              // (nor any count of the aside: "14 civilians, including four women and three children,")
              !inAside(tokens, nl, tokenAt(tokens, o.start)) &&
              !(
                INCLUDING.has(tokens[tokenAt(tokens, o.start) - 2]?.norm ?? "") &&
                tokens[tokenAt(tokens, o.start) - 1]?.norm === "them"
              )
            )
              ok = false;
      } else if (ni > h.first && nl < h.last) {
        // "beat two cattle traders to death": the count inside the words of the killing
        ok = true;
      } else if (ni > h.last && ni - h.last <= 4) {
        ok = true;
        // ("was shot dead by two gunmen": the count after "by" is of the killers)
        for (let k = h.last + 1; k < ni; k++) if (BY.has(tokens[k].norm)) ok = false;
        // ("a man was killed and hundreds of heads of livestock seized": "and" starts another clause)
        for (let k = h.last + 1; k < ni; k++)
          if (
            tokens[k].text === "," ||
            tokens[k].text === ";" ||
            (k === h.last + 1 && (tokens[k].norm === "and" || tokens[k].norm === "et"))
          )
            ok = false;
        // ("one peacekeeper was killed and seven French troops were wounded": the number after the
        // verb is the subject of another verb)
        if (NOT_DEATH.test(tokens[nl + 1]?.norm ?? "")) ok = false;
        for (let k = nl + 1; k < Math.min(tokens.length - 1, nl + 5); k++) {
          if (tokens[k].text === "," || tokens[k].text === ";" || tokens[k].norm === "and") break;
          if (PASSIVE_AUX.has(tokens[k].norm) && NOT_DEATH.test(tokens[k + 1].norm)) ok = false;
        }
      }
      if (ok && (!best || n.start < best.mention.start)) best = { value: n.value, mention: n };
    }
  }
  return best ? lowestOfSources(tokens, numbers, best, sourceWords) : best;
}

/**
 * "une vingtaine de morts selon des habitants, onze selon le ministère", "about 20 dead according to
 * residents, 11 according to the ministry": the tolls of two sources, of which the lowest counts.
 */
function lowestOfSources(
  tokens: Token[],
  numbers: NumberMention[],
  best: { value: number; mention: NumberMention },
  sourceWords: Set<string>,
): { value: number; mention: NumberMention } {
  const bi = tokenAt(tokens, best.mention.end - 1);
  let sourced = false;
  for (let k = bi + 1; k <= Math.min(tokens.length - 1, bi + 3); k++)
    if (sourceWords.has(tokens[k].norm)) sourced = true;
  if (!sourced) return best;
  let low = best;
  for (const o of numbers) {
    if (o.start <= best.mention.end || o.value <= 0 || o.value >= low.value) continue;
    const oi = tokenAt(tokens, o.start);
    const ol = tokenAt(tokens, o.end - 1);
    if (tokens[oi - 1]?.text === "," && sourceWords.has(tokens[ol + 1]?.norm ?? ""))
      low = { value: o.value, mention: o };
  }
  return low;
}

/**
 * Two counted numbers are joined when only a few nouns and one separator ("," or "and") stand between
 * them: "30 civilians, 14 soldiers and three volunteers". (A module function, not an arrow made per
 * call: under tsx, which keeps function names, a named arrow is given its name with
 * Object.defineProperty each time it is made.)
 */
function joinedCounts(tokens: Token[], and: Set<string>, x: NumberMention, y: NumberMention): boolean {
  // ("killed more than 30 people on Friday, three residents and a health worker said": the speakers)
  const yi = tokenAt(tokens, y.end - 1);
  for (let k = yi + 1; k < Math.min(tokens.length, yi + 7); k++) {
    if (SAID.has(tokens[k].norm)) return false;
    if (tokens[k].text === "," || tokens[k].text === ";" || tokens[k].text === ".") break;
  }
  const between = tokens.slice(tokenAt(tokens, x.end - 1) + 1, tokenAt(tokens, y.start));
  const sep = between.findIndex((t) => and.has(t.norm) || t.text === ",");
  if (sep < 1 || sep > 3) return false;
  const rest = between.slice(sep + 1);
  if (rest.some((t) => !["at", "least", "some", "about", "au", "moins"].includes(t.norm))) return false;
  // only nouns before the separator ("civilians", "Dogon hunters"), not a verb ("were killed and")
  if (
    between
      .slice(0, sep)
      .some((t) => /ed$|^(tue|tues|tuee|tuees)$/u.test(t.norm) || AUX.has(t.norm) || PASSIVE_AUX.has(t.norm))
  )
    return false;
  // and the next number is not the wounded ("4 killed and 6 injured"), nor the sources who tell the toll
  // ("killing at least nine soldiers, two security sources said")
  const yl = tokenAt(tokens, y.end - 1);
  if (tokens.slice(yl + 1, yl + 4).some((t) => NOT_DEATH.test(t.norm) || SOURCE_NOUNS.has(t.norm)))
    return false;
  // (nor things: "recovered the body of one rebel and two M16 rifles")
  if (tokens.slice(yl + 1, yl + 3).some((t) => THINGS.test(t.norm))) return false;
  return !between.some((t) => t.num || NOT_DEATH.test(t.norm) || t.text === ";");
}

/** Things counted after a number (weapons, vehicles), never dead people. */
const THINGS =
  /^(?:rifles?|guns?|weapons?|pistols?|grenades?|motorbikes?|motorcycles?|vehicles?|trucks?|cars?|rounds?|magazines?|fusils?|armes?|motos?|vehicules?|pick-ups?)$/u;

/** People who tell the news, after a count ("two security sources said", "deux sources sécuritaires"). */
const SOURCE_NOUNS = new Set(["sources", "source", "officials", "witnesses", "diplomats", "medics"]);

/** Verbs of a toll that grows ("rose to", "a atteint"). */
const TOLL_VERBS = new Set([
  "rose",
  "risen",
  "climbed",
  "jumped",
  "increased",
  "reached",
  "grew",
  "passe",
  "atteint",
  "grimpe",
  "monte",
]);
const TOLL_WORDS = new Set(["toll", "bilan"]);

/** Participles that bring a toll to a count ("bringing the number of dead to 17", "portant le bilan à 12"). */
const BRINGING = new Set(["bringing", "raising", "taking", "pushing", "portant", "faisant"]);
/** Words of a toll after such a participle. */
const TOLL_HEADS = new Set([
  "toll",
  "number",
  "bilan",
  "nombre",
  "dead",
  "deaths",
  "morts",
  "victims",
  "victimes",
]);

/** The count after "toll ... rose to" (within a dozen words of "toll"), or after "bringing the number of
 * dead to". */
function tollRisenTo(
  tokens: Token[],
  numbers: NumberMention[],
): { value: number; mention: NumberMention } | null {
  for (let t = 0; t < tokens.length; t++) {
    if (!BRINGING.has(tokens[t].norm)) continue;
    let head = false;
    for (let v = t + 1; v < Math.min(tokens.length, t + 8); v++) {
      if (TOLL_HEADS.has(tokens[v].norm)) head = true;
      if (!head || (tokens[v].norm !== "to" && tokens[v].norm !== "a")) continue;
      const n = numbers.find((x) => tokenAt(tokens, x.start) === v + 1);
      if (n && n.value > 0) return { value: n.value, mention: n };
    }
  }
  for (let t = 0; t < tokens.length; t++) {
    if (!TOLL_WORDS.has(tokens[t].norm)) continue;
    // (an apposition between commas does not count: "The death toll from Saturday's bombing in Konduga,
    // in northeast Nigeria's Borno state, has risen to 24")
    for (let v = t + 1, words = 0; v < tokens.length && words < 20; v++, words++) {
      if (tokens[v].text === ",") {
        let c = v + 1;
        while (c < tokens.length && c <= v + 10 && tokens[c].text !== "," && !TOLL_VERBS.has(tokens[c].norm))
          c++;
        if (tokens[c]?.text === ",") {
          v = c;
          continue;
        }
      }
      if (!TOLL_VERBS.has(tokens[v].norm)) continue;
      const at = tokens[v + 1]?.norm === "to" || tokens[v + 1]?.norm === "a" ? v + 2 : v + 1;
      const n = numbers.find((x) => tokenAt(tokens, x.start) === at || tokenAt(tokens, x.start) === at + 1);
      if (n && n.value > 0) return { value: n.value, mention: n };
    }
  }
  return null;
}

/**
 * "Three soldiers and at least 15 militants were killed": the deaths of both sides add up. `first`
 * is the number joined by "and" to the counted one; the mention spans both (sentence text given).
 */
export function addJoinedDeaths(
  tokens: Token[],
  fat: { value: number; mention: NumberMention } | null,
  numbers: NumberMention[],
  sentence: { text: string; start: number },
  and: Set<string>,
  killHits: CueHit[] = [],
): { value: number; mention: NumberMention } | null {
  if (!fat || fat.mention.vague) return fat;
  fat = withOneBefore(tokens, fat, sentence, and, killHits);
  fat = withOneAfter(tokens, fat, and, killHits);
  // (two counted numbers are joined as one toll: see joinedCounts)
  const chain = [fat.mention];
  const sorted = numbers.filter((n) => !n.vague && n.value > 0).sort((x, y) => x.start - y.start);
  for (let i = sorted.indexOf(fat.mention) - 1; i >= 0 && joinedCounts(tokens, and, sorted[i], chain[0]); i--)
    chain.unshift(sorted[i]);
  const at = sorted.indexOf(fat.mention);
  for (
    let i = at + 1;
    at >= 0 && i < sorted.length && joinedCounts(tokens, and, chain[chain.length - 1], sorted[i]);
    i++
  )
    chain.push(sorted[i]);
  if (chain.length === 1) return fat;
  const value = chain.reduce((sum, n) => sum + n.value, 0);
  const start = chain[0].start;
  const end = chain[chain.length - 1].end;
  const text = sentence.text.slice(start - sentence.start, end - sentence.start);
  return { value, mention: { ...fat.mention, start, end, text, value, raw: text } };
}

/** "By around midnight, police said, groups of people had lit fires": a side set off by commas with a verb of
 * speech tells the news; it is no side of the event. `i` is the mention's first token. */
/** Words of labelling after a side, before "as" ("in what police have described as an attack"). */
const LABELS = new Set([
  "described",
  "termed",
  "branded",
  "characterised",
  "characterized",
  "decrit",
  "qualifie",
]);
const LABEL_FILLERS = new Set(["have", "has", "had", "also", "ont", "a", "avait", "aussi"]);

/** "in what police have described as a brutal attack", "an attack police also described as": who labels
 * the event is the source of the word, no side of it. */
export function labeller(tokens: Token[], m: ActorMention): boolean {
  let k = tokenAt(tokens, m.end - 1) + 1;
  while (LABEL_FILLERS.has(tokens[k]?.norm ?? "")) k++;
  return LABELS.has(tokens[k]?.norm ?? "") && ["as", "comme"].includes(tokens[k + 1]?.norm ?? "");
}

function parentheticalSpeaker(tokens: Token[], m: ActorMention, i: number): boolean {
  if (tokens[i - 1]?.text !== ",") return false;
  const e = tokenAt(tokens, m.end - 1);
  return SAID.has(tokens[e + 1]?.norm ?? "") && tokens[e + 2]?.text === ",";
}

/** "Police Scotland said the 32-year-old was shot in the chest", "Avon and Somerset Police said he was
 * approached by four people": forces whose verb of speech opens a clause told of someone else, before its
 * deed, tell the news; they are no side. (Not "Police said they shot a man": the speakers' own deed.) */
export function leadSpeaker(tokens: Token[], m: ActorMention, trigger: CueHit): boolean {
  if (m.role !== "police" && m.role !== "military") return false;
  // (the rest of the force's name: "Police Scotland said")
  const end = tokenAt(tokens, m.end - 1);
  let e = end;
  while (e < end + 2 && tokens[e + 1]?.cap) e++;
  if (!SAID.has(tokens[e + 1]?.norm ?? "") || trigger.first <= e + 2) return false;
  let k = e + 2;
  if (tokens[k]?.norm === "that") k++;
  const w = tokens[k]?.norm ?? "";
  if (w === "he" || w === "she") return true;
  // ("the 32-year-old", "a man", "two teenagers")
  return PERSON_DETERMINERS.has(w) && [1, 2, 3].some((n) => PERSON_WORD.test(tokens[k + n]?.norm ?? ""));
}
const PERSON_DETERMINERS = new Set(["a", "an", "the", "two", "three", "four"]);
const PERSON_WORD =
  /^(?:year-old|man|woman|boy|girl|teenager|teenage|youth|victim|men|women|boys|girls|teenagers|youths)$/u;

/** Verbs of speech after a count of speakers ("three residents said", "deux témoins ont dit"). */
const SAID = new Set(["said", "say", "says", "told", "reported", "dit", "affirme", "raconte"]);

/** Words of an age after a number ("53-year-old", "âgé de 30 ans"). */
const AGE = new Set(["year", "years", "old", "ans", "year-old", "years-old"]);

/** Words after "a" that count more than one ("a total of", "a dozen", "a number of"). */
const NOT_ONE = new Set([
  "total",
  "number",
  "dozen",
  "few",
  "couple",
  "handful",
  "score",
  "group",
  "further",
  "dizaine",
  "vingtaine",
  "trentaine",
  "centaine",
  "nombre",
]);

/** Determiners of one victim right after the killing verb. */
const ONE_AFTER = new Set(["a", "an", "un", "une", "the", "his", "her"]);
/** One person named by a pronoun after the verb ("killing him"). */
const HIM = new Set(["him", "her"]);

/** Determiners of one person ("the driver", "a soldier", "le chauffeur"). */
const ONE = new Set(["the", "a", "an", "one", "le", "la", "l", "un", "une"]);

/**
 * "killing the driver and four passengers": one person named right after the killing word and joined
 * by "and" to the counted victims is one more death.
 */
function withOneBefore(
  tokens: Token[],
  fat: { value: number; mention: NumberMention },
  sentence: { text: string; start: number },
  and: Set<string>,
  killHits: CueHit[],
): { value: number; mention: NumberMention } {
  const i = tokenAt(tokens, fat.mention.start);
  const noun = tokens[i - 2];
  if (i < 3 || !and.has(tokens[i - 1].norm) || !ONE.has(tokens[i - 3].norm) || !noun || noun.num) return fat;
  // "killing a trader and two soldiers", or a subject opening the clause: "A soldier and two rebels were
  // killed"
  const nl = tokenAt(tokens, fat.mention.end - 1);
  const opens = i === 3 || [",", ";", ":"].includes(tokens[i - 4]?.text ?? "");
  // ("A soldier and two suspected NPA rebels were killed": the counted noun's words up to the verb)
  if (
    !killHits.some((h) => h.last === i - 4) &&
    !(opens && killHits.some((h) => h.first > nl && h.first - nl <= 7 && wordsOnly(tokens, nl + 1, h.first)))
  )
    return fat;
  const start = tokens[i - 3].start;
  const text = sentence.text.slice(start - sentence.start, fat.mention.end - sentence.start);
  const value = fat.value + 1;
  return { value, mention: { ...fat.mention, start, text, value, raw: text } };
}

/** Nouns of an untold count ("an unknown number of", "un nombre indéterminé"). */
const VAGUE_COUNT = new Set(["number", "numbers", "nombre"]);

/** Only words (no punctuation, no figure) in tokens[from, to). */
function wordsOnly(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].num || !/\p{L}/u.test(tokens[k].text)) return false;
  return true;
}

/**
 * "Two police officers and one of the attackers were killed": one more person named after the count and
 * "and", before the passive killing.
 */
function withOneAfter(
  tokens: Token[],
  fat: { value: number; mention: NumberMention },
  and: Set<string>,
  killHits: CueHit[],
): { value: number; mention: NumberMention } {
  const nl = tokenAt(tokens, fat.mention.end - 1);
  const h = killHits.find((x) => x.first > nl && x.first - nl <= 12);
  if (!h || !PLURAL_PASSIVE.has(tokens[h.first - 1]?.norm ?? "")) return fat;
  let k = nl + 1;
  while (k < h.first - 1 && !and.has(tokens[k].norm)) {
    if (!/\p{L}/u.test(tokens[k].text) || tokens[k].num) return fat;
    k++;
  }
  // ("and the attackers": no one person)
  if (k >= h.first - 1 || !ONE.has(tokens[k + 1]?.norm ?? "") || tokens[k + 1].norm === "the") return fat;
  // (nothing counted after it: "and one of the attackers", "and a policeman")
  // (nor "an unreported number of residents")
  for (let j = k + 2; j < h.first - 1; j++)
    if (tokens[j].num || !/\p{L}/u.test(tokens[j].text) || VAGUE_COUNT.has(tokens[j].norm)) return fat;
  return { value: fat.value + 1, mention: fat.mention };
}

/** "A woman and her son were killed", "a soldier and a gendarme were killed": two people told one by one. */
/** Possessives before a second victim named with the first ("a community leader and his wife"). */
const KIN = new Set(["his", "her", "their", "its", "son", "sa", "ses", "leur", "leurs"]);

/**
 * "killed a community leader and his wife", "killed an 80-year-old woman and her three granddaughters":
 * one victim, then others named after "and" with a possessive or an article: their count (0 if none).
 */
export function objectPair(
  tokens: Token[],
  killHits: CueHit[],
  and: Set<string>,
  numbers: NumberMention[],
): number {
  for (const h of killHits) {
    let k = h.last + 1;
    if (!ONE_AFTER.has(tokens[k]?.norm ?? "") || tokens[k].norm === "the") continue;
    k += 1 + ageLength(tokens, k + 1);
    const stop = Math.min(tokens.length - 1, k + 4);
    while (k <= stop && !and.has(tokens[k].norm)) {
      if (tokens[k].num || tokens[k].text === "," || tokens[k].text === ";") break;
      k++;
    }
    if (k > stop || !and.has(tokens[k].norm)) continue;
    const after = tokens[k + 1];
    if (!after || !(KIN.has(after.norm) || (ONE_AFTER.has(after.norm) && after.norm !== "the"))) continue;
    // ("and his 12-year-old son": an age is no count)
    const count = ageLength(tokens, k + 2) ? undefined : tokens[k + 2];
    const n = count ? numbers.find((x) => x.start === count.start && !x.vague) : undefined;
    if (count?.num && !n) continue;
    return 1 + (n ? n.value : 1);
  }
  return 0;
}

/** "A policeman was beaten to death and an activist was killed": one death told by each killing. */
export function singularEach(tokens: Token[], killHits: CueHit[], and: Set<string>): number {
  if (killHits.length < 2) return 0;
  // (another person each time: "and an opposition activist was killed", not "tué puis décapité")
  for (let i = 1; i < killHits.length; i++) {
    let other = false;
    for (let k = killHits[i - 1].last + 1; k < killHits[i].first; k++)
      if (and.has(tokens[k].norm) && ONE_AFTER.has(tokens[k + 1]?.norm ?? "") && tokens[k + 1].norm !== "the")
        other = true;
    if (!other) return 0;
  }
  return killHits.every((h) => singularVictim(tokens, [h])) ? killHits.length : 0;
}

export function pairedVictims(tokens: Token[], killHits: CueHit[], and: Set<string>): boolean {
  for (const h of killHits) {
    if (!PLURAL_PASSIVE.has(tokens[h.first - 1]?.norm ?? "")) continue;
    const span = tokens.slice(Math.max(0, h.first - 14), h.first - 1);
    const ands = span.flatMap((t, k) => (and.has(t.norm) ? [k] : []));
    if (ands.length !== 1 || !ONE_AFTER.has(span[ands[0] + 1]?.norm ?? "")) continue;
    // the first person: the nearest "a"/"an" before "and", with only words between
    let j = ands[0] - 1;
    while (j >= 0 && !ONE_AFTER.has(span[j].norm) && span[j].text !== "," && !span[j].num) j--;
    if (j < 0 || !ONE_AFTER.has(span[j].norm) || span[j].norm === "the") continue;
    if (span.slice(j).some((t) => t.num || t.text === ",")) continue;
    return true;
  }
  return false;
}

/** Plural passive auxiliaries right before the killing word ("were killed", "ont été tués" ends in "été"). */
const PLURAL_PASSIVE = new Set(["were"]);

/** "a soldier was killed", "killing one herder": singular victims without a digit. */
/** Adverbs between "was" and the killing ("was also shot dead"). */
const SINGULAR_ADVERBS = new Set(["also", "reportedly", "allegedly", "later", "then", "subsequently"]);
const WHO = new Set(["who", "which", "that", "whom", "where"]);

/** The subject before tokens[aux] lies in a relative clause ("where one peacekeeper was killed"). */
function inRelative(tokens: Token[], aux: number): boolean {
  for (let k = aux - 1; k >= Math.max(0, aux - 8); k--) {
    if (tokens[k].text === ",") return false;
    if (WHO.has(tokens[k].norm)) return true;
  }
  return false;
}
/** Subjects that deny a death ("no one was killed"). */
const NO_ONE = new Set(["no", "nobody", "none", "one", "neither", "anyone"]);

/** Tokens of an age written at tokens[k] ("45 - year-old", "45 years old"), 0 when there is none. */
function ageLength(tokens: Token[], k: number): number {
  if (!tokens[k]?.num) return 0;
  let n = 1;
  while (n < 4 && (tokens[k + n]?.text === "-" || AGE.has(tokens[k + n]?.norm ?? ""))) n++;
  return AGE.has(tokens[k + n - 1]?.norm ?? "") ? n : 0;
}

/** Verbs of dying whose singular subject is the one dead ("a man died"). */
const DIES = new Set(["died", "dies", "succumbed"]);
/** What a violent death is died of ("died of gunshot wounds", "succumbed to his injuries"). */
const VIOLENT_DEATH = new Set(["wounds", "injuries", "gunshot", "bullet", "stab"]);

export function singularVictim(tokens: Token[], killHits: CueHit[]): boolean {
  for (const h of killHits) {
    const w = tokens.slice(Math.max(0, h.first - 4), h.first).map((t) => t.norm);
    if ((w.includes("a") || w.includes("an")) && (w.includes("was") || w.includes("has"))) return true;
    // "The newly elected mayor of Chilpancingo, ..., was killed", "the security secretary was also shot
    // dead": "was" tells one victim (not "no one was killed")
    const aux = SINGULAR_ADVERBS.has(tokens[h.first - 1]?.norm ?? "") ? h.first - 2 : h.first - 1;
    // (nor "the journalist who was killed in 1998", someone a relative clause tells about)
    // (an age between commas is no count: "Jean-Bosco Ndayizeye, 34, was beaten to death")
    if (
      tokens[aux]?.norm === "was" &&
      !inRelative(tokens, aux) &&
      !tokens
        .slice(Math.max(0, aux - 4), aux)
        .some(
          (t, k, span) =>
            NO_ONE.has(t.norm) || (t.num && !(span[k - 1]?.text === "," && span[k + 1]?.text === ",")),
        )
    )
      return true;
    // ("Jean-Bosco Ndayizeye, 34 ans, a été battu à mort": "a été", one victim; "ont été", several)
    if (
      tokens[h.first - 1]?.norm === "ete" &&
      tokens[h.first - 2]?.norm === "a" &&
      !inRelative(tokens, h.first - 2)
    )
      return true;
    // "A Malian police commissioner was killed": a longer singular subject right before "was".
    // (and before a verb of dying: "a 22-year-old man died of gunshot wounds")
    const before = tokens[h.first - 1]?.norm ?? "";
    // (of wounds: "a child died" after a bridge collapsed, a rider who "died after a collision", are no
    // deaths of violence)
    const dies =
      DIES.has(tokens[h.first].norm) &&
      tokens.slice(h.last + 1, h.last + 7).some((t) => VIOLENT_DEATH.has(t.norm));
    if (before === "was" || (before === "been" && tokens[h.first - 2]?.norm === "has") || dies) {
      const span = tokens.slice(Math.max(0, h.first - 7), dies ? h.first : h.first - 1);
      const a = span.findIndex((t) => t.norm === "a" || t.norm === "an");
      // (an age is no count: "a 53-year-old man was killed")
      const age = (k: number) => span.slice(k + 1, k + 4).some((t) => AGE.has(t.norm));
      if (
        a >= 0 &&
        !span.slice(a).some((t, k) => t.text === "," || (t.num && !age(a + k)) || t.norm === "of")
      )
        return true;
    }
    // "un gendarme a été tué", "une femme a été tuée", "un jeune homme a été tué"
    if ((w.includes("un") || w.includes("une")) && w.includes("ete")) return true;
    if (before === "ete") {
      const span = tokens.slice(Math.max(0, h.first - 7), h.first - 1);
      const un = span.findIndex((t) => t.norm === "un" || t.norm === "une");
      // ("un conducteur de taxi-moto a été tué"; not "un de ses fils", "l'un des")
      if (un >= 0 && !span.slice(un).some((t, k) => t.text === "," || t.num || (t.norm === "de" && k === 1)))
        return true;
    }
    // "killed a soldier", "neutraliser un terroriste", "shot dead the policeman", "killing him": one
    // victim right after the verb
    const next = tokens[h.last + 1]?.norm ?? "";
    // (an age is no count: "killed a 45-year-old farmer")
    const noun = tokens[h.last + 2 + ageLength(tokens, h.last + 2)];
    if (HIM.has(next)) return true;
    // ("beat a thief to death": the victim inside the words of the killing)
    const inside = tokens[h.first + 1]?.norm ?? "";
    if (h.last - h.first >= 3 && (HIM.has(inside) || inside === "a" || inside === "an")) return true;
    if (
      ONE_AFTER.has(next) &&
      noun &&
      !noun.num &&
      !NOT_ONE.has(noun.norm) &&
      /^\p{L}/u.test(noun.text) &&
      // ("killed the villagers": "the" before a plural is no one)
      (next !== "the" || !/s$/u.test(noun.norm)) &&
      !ONE_AFTER.has(tokens[h.last + 3]?.norm ?? "-")
    )
      return true;
  }
  return false;
}

/** A toll with more dead added ("Two attackers were also killed"): every count stays as evidence. */
export function withMoreDeaths<T extends { value: number; mention: NumberMention; more?: NumberMention[] }>(
  fat: T,
  extra: NumberMention[],
): T {
  const value = fat.value + extra.reduce((n, m) => n + m.value, 0);
  return { ...fat, value, more: [...(fat.more ?? []), ...extra] };
}
