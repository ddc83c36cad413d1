import type { Token } from "../text/tokens.js";

/** Words that open a new clause that may tell another event ("..., which triggered a reprisal"). */
const OPENERS = new Set([
  "which",
  "after",
  "following",
  "before",
  "while",
  "whereas",
  "meanwhile",
  "then",
  "later",
  "earlier",
  "but",
  "although",
  "though",
  "days",
  "weeks",
  "hours",
  "when",
  "as",
  "où",
  "ou",
  "where",
  "après",
  "avant",
  "alors",
  "tandis",
  "puis",
  "lorsque",
]);

/**
 * Split a sentence's tokens into clauses [first, last] at semicolons and at a comma followed by a
 * clause opener. Clauses only matter when they carry different dates or events; the coder merges
 * them back otherwise.
 */
const RELATIVE = new Set(["that", "which", "qui"]);
const PASSIVE = new Set(["was", "were", "had", "a", "avait", "ont", "etait"]);
/** French auxiliaries of the present perfect ... */
const PERFECT_AUX = new Set(["a", "ont"]);
/** ... before the verb that names a fight's sides ("des affrontements qui ont opposé deux groupes"). */
const OPPOSED = new Set(["oppose", "opposes", "opposee", "opposees"]);

/** Words that open the telling of another, separate happening. */
export const SEPARATELY = new Set([
  "separately",
  "elsewhere",
  "meanwhile",
  "separement",
  "parallelement",
  "ailleurs",
]);

const AND = new Set(["and", "et"]);
/** Prepositions of a day right after ", and" ("and by Wednesday", "and on Friday"). */
const DAY_OPENERS = new Set(["by", "on", "late", "early"]);
/** Words of an approximate count before a number ("around 2,000"). */
const APPROX = new Set(["around", "about", "some", "nearly", "almost", "over", "environ", "pres", "quelque"]);
const BE = new Set(["is", "are", "been", "being", "est", "sont", "ete"]);
/** Counts in words that open a crowd's clause ("several hundred", "hundreds", "dozens"). */
const VAGUE_COUNTS = new Set([
  "several",
  "hundreds",
  "thousands",
  "dozens",
  "hundred",
  "thousand",
  "plusieurs",
  "centaines",
  "milliers",
]);
const PRONOUNS = new Set(["they", "he", "she", "it", "we", "ils", "elle", "il", "on"]);
const DETERMINERS = new Set(["a", "an", "the", "another", "un", "une", "des", "les", "d'autres"]);

/** A determiner at k, then within four words a past verb ("an aircraft dropped", "the gunmen also torched"). */
function subjectWithVerb(tokens: Token[], k: number): boolean {
  // (or a count: "and around 2,000 people marched in Cusco")
  // (and a count in words: "and several hundred marched through Civic Park", "et des centaines ont défilé")
  const counted =
    tokens[k]?.num ||
    (APPROX.has(tokens[k]?.norm ?? "") && !!tokens[k + 1]?.num) ||
    (VAGUE_COUNTS.has(tokens[k]?.norm ?? "") && VAGUE_COUNTS.has(tokens[k + 1]?.norm ?? "")) ||
    (VAGUE_COUNTS.has(tokens[k]?.norm ?? "") && /^\p{Ll}+ed$/u.test(tokens[k + 1]?.text ?? ""));
  // (or a bare plural noun and its verb: "..., and police fired tear gas the following day")
  if (
    /^\p{Ll}+$/u.test(tokens[k]?.text ?? "") &&
    (/[^s]s$/.test(tokens[k].text) || tokens[k].norm === "police") &&
    !PRONOUNS.has(tokens[k].norm) &&
    /^\p{Ll}+ed$/u.test(tokens[k + 1]?.text ?? "")
  )
    return true;
  // (or two lower-case words, a plural noun last, and its verb: "..., and militia fighters seized the town")
  if (
    /^\p{Ll}+$/u.test(tokens[k]?.text ?? "") &&
    !PRONOUNS.has(tokens[k].norm) &&
    !DETERMINERS.has(tokens[k].norm) &&
    /^\p{Ll}+[^s]s$/u.test(tokens[k + 1]?.text ?? "") &&
    /^\p{Ll}+ed$/u.test(tokens[k + 2]?.text ?? "")
  )
    return true;
  if (!DETERMINERS.has(tokens[k]?.norm ?? "") && !counted) return false;
  // (or a present with a word of frequency: ", and the road between the town and Sévaré is regularly cut
  // by roadside bombs" tells what usually happens, apart from the event told before)
  for (let j = k + 2; j <= Math.min(tokens.length - 2, k + 9) && tokens[j].text !== ","; j++)
    if (BE.has(tokens[j].norm) && FREQUENCY.has(tokens[j + 1].norm)) return true;
  for (let j = k + 2; j <= Math.min(tokens.length - 1, k + 5); j++) {
    // (an active verb: "and a woman was lightly wounded" goes on with the toll of the clause before)
    if (
      tokens[j].text === "," ||
      tokens[j].text === ";" ||
      PASSIVE.has(tokens[j].norm) ||
      BE.has(tokens[j].norm)
    )
      return false;
    if (/^\p{Ll}+ed$/u.test(tokens[j].text)) return true;
  }
  return false;
}

const WAS = new Set(["was", "were"]);
const FREQUENCY = new Set(["regularly", "often", "frequently", "routinely", "constantly", "repeatedly"]);

/**
 * "... was shot dead in Kisumu and shops were looted in Nakuru": after "and" at `and`, a subject of one
 * to three lower-case words and a passive of its own, with a passive in the clause before it, each
 * clause in a town of its own.
 */
function parallelPassive(tokens: Token[], first: number, and: number): boolean {
  let j = and + 1;
  while (j <= and + 3 && /^\p{Ll}+$/u.test(tokens[j]?.text ?? "") && !WAS.has(tokens[j].norm)) j++;
  if (
    j === and + 1 ||
    !WAS.has(tokens[j]?.norm ?? "") ||
    !/^\p{Ll}+(?:ed|en|t)$/u.test(tokens[j + 1]?.text ?? "")
  )
    return false;
  // (each in a place of its own: "a policeman was beaten to death and an activist was killed" is one
  // event's toll)
  const placed = (a: number, b: number, not?: string) => {
    for (let k = a; k < b; k++)
      if (IN_AT.has(tokens[k].norm) && tokens[k + 1]?.cap && tokens[k + 1].norm !== not)
        return tokens[k + 1].norm;
    return null;
  };
  const before = placed(first, and);
  if (!before || !placed(j + 2, Math.min(tokens.length - 1, j + 8), before)) return false;
  for (let k = first; k < and; k++) if (WAS.has(tokens[k].norm)) return true;
  return false;
}
const IN_AT = new Set(["in", "at"]);
/** "a day later", "two days later", "the next day", "le lendemain" is one word in French and needs none. */
const COUNT_OPENERS = new Set([
  "a",
  "one",
  "two",
  "three",
  "four",
  "five",
  "several",
  "un",
  "une",
  "deux",
  "trois",
]);
const DAY_UNITS = new Set(["day", "days", "night", "week", "jour", "jours", "semaine"]);
const LATER = new Set(["later", "after", "plus"]);
/** Times of day after "before" / "after" ("shortly before dusk", "avant l'aube"): a time, no clause. */
const TIMES_OF_DAY = new Set([
  "dawn",
  "dusk",
  "daybreak",
  "nightfall",
  "sunrise",
  "sunset",
  "midnight",
  "noon",
  "midday",
  "aube",
  "minuit",
  "midi",
]);
const CLOCK = new Set(["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "h", "heures", "heure", "o'clock"]);

/** "before dusk", "after 10 pm", "avant l'aube": the time of day of the clause, not a clause of its own. */
function timeOfDayAt(tokens: Token[], k: number): boolean {
  const j = tokens[k]?.norm === "l'" ? k + 1 : k;
  if (TIMES_OF_DAY.has(tokens[j]?.norm ?? "")) return true;
  return !!tokens[k]?.num && CLOCK.has(tokens[k + 1]?.norm ?? "");
}
const FOLLOWING = new Set(["next", "following"]);

export function splitClauses(tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = 0;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i].text;
    const next = tokens[i + 1].norm;
    // A relative clause in the passive tells an event of its own: "the district that was briefly
    // seized by the Taliban two days earlier".
    // (not "des affrontements qui ont opposé deux groupes armés": the clash's own sides)
    const relative =
      RELATIVE.has(tokens[i + 1].norm) &&
      PASSIVE.has(tokens[i + 2]?.norm ?? "") &&
      !(PERFECT_AUX.has(tokens[i + 2]?.norm ?? "") && OPPOSED.has(tokens[i + 3]?.norm ?? ""));
    // ("killed 11 soldiers ..., and separately seven civilians died ...": another happening)
    const separately = SEPARATELY.has(next) && (t === "," || t === "and" || t === "et");
    // ("..., killing four villagers, and an aircraft dropped two bombs near a school": a new subject with a
    // verb of its own after ", and")
    const newSubject = t === "," && AND.has(next) && subjectWithVerb(tokens, i + 2);
    // ("... early Tuesday, and by Wednesday they had taken over the police station": a day of its own)
    const newDay =
      t === "," &&
      AND.has(next) &&
      DAY_OPENERS.has(tokens[i + 2]?.norm ?? "") &&
      (!!tokens[i + 3]?.cap || !!tokens[i + 3]?.num);
    // ("... late on Sunday, and a day later four herders were killed in a reprisal": a count of days on)
    const daysLater =
      t === "," &&
      AND.has(next) &&
      ((COUNT_OPENERS.has(tokens[i + 2]?.norm ?? "") &&
        DAY_UNITS.has(tokens[i + 3]?.norm ?? "") &&
        LATER.has(tokens[i + 4]?.norm ?? "")) ||
        (tokens[i + 2]?.norm === "the" &&
          FOLLOWING.has(tokens[i + 3]?.norm ?? "") &&
          DAY_UNITS.has(tokens[i + 4]?.norm ?? "")));
    // ("with thousands rallying in Novi Sad on Friday, police detaining 12 people in Belgrade on Saturday and
    // clashes breaking out on Sunday": each subject with its participle tells a happening of its own)
    // (not two subjects of one participle: "a joint team of soldiers and police pursuing the attackers")
    const newParticiple =
      (t === "," ||
        (AND.has(tokens[i].norm) &&
          !/^\p{Ll}+[^s]s$/u.test(tokens[i - 1]?.text ?? "") &&
          tokens[i - 1]?.norm !== "police")) &&
      (/[^s]s$/.test(tokens[i + 1]?.text ?? "") || tokens[i + 1]?.norm === "police") &&
      /^\p{Ll}+$/u.test(tokens[i + 1]?.text ?? "") &&
      /^\p{Ll}+ing$/u.test(tokens[i + 2]?.text ?? "");
    // ("A man was shot dead in Kisumu and shops were looted in Nakuru": two passives, each with its subject)
    const newPassive = AND.has(tokens[i].norm) && parallelPassive(tokens, first, i);
    const boundary =
      t === ";" ||
      newSubject ||
      newParticiple ||
      newPassive ||
      newDay ||
      daysLater ||
      relative ||
      separately ||
      (t === "," && OPENERS.has(next)) ||
      ((next === "after" ||
        next === "before" ||
        // ("the following day" is a day, no clause)
        (next === "following" && !DAY_UNITS.has(tokens[i + 2]?.norm ?? "")) ||
        next === "après" ||
        next === "avant") &&
        t !== "," &&
        !timeOfDayAt(tokens, i + 2));
    if (boundary && i - first >= 3) {
      out.push([first, t === ";" || t === "," ? i - 1 : i]);
      first = t === ";" || t === "," ? i + 1 : i + 1;
    }
  }
  out.push([first, tokens.length - 1]);
  return out.filter(([a, b]) => b >= a);
}
