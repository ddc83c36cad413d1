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

/** Words that open the telling of another, separate happening. */
export const SEPARATELY = new Set(["separately", "separement", "parallelement"]);

export function splitClauses(tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = 0;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i].text;
    const next = tokens[i + 1].norm;
    // A relative clause in the passive tells an event of its own: "the district that was briefly
    // seized by the Taliban two days earlier".
    const relative = RELATIVE.has(tokens[i + 1].norm) && PASSIVE.has(tokens[i + 2]?.norm ?? "");
    // ("killed 11 soldiers ..., and separately seven civilians died ...": another happening)
    const separately = SEPARATELY.has(next) && (t === "," || t === "and" || t === "et");
    const boundary =
      t === ";" ||
      relative ||
      separately ||
      (t === "," && OPENERS.has(next)) ||
      ((next === "after" ||
        next === "before" ||
        next === "following" ||
        next === "après" ||
        next === "avant") &&
        t !== ",");
    if (boundary && i - first >= 3) {
      out.push([first, t === ";" || t === "," ? i - 1 : i]);
      first = t === ";" || t === "," ? i + 1 : i + 1;
    }
  }
  out.push([first, tokens.length - 1]);
  return out.filter(([a, b]) => b >= a);
}
