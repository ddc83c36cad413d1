import { francAll } from "franc-min";

/** ISO 639-3 codes franc returns, for the languages Chronicle reads. */
const SUPPORTED: Record<string, string> = { eng: "en", fra: "fr" };
// Function words and typical spellings for short texts, where franc is unreliable. Boundaries are
// letters, not \b (which ignores accented letters such as "à").
const FR_WORDS =
  /(?<!\p{L})(le|la|les|des|du|de|un|une|est|et|dans|pour|avec|sur|qui|été|ont|au|aux|à|en|par|ce|cette|sont|selon|près|après)(?!\p{L})/giu;
const EN_WORDS =
  /(?<!\p{L})(the|of|and|in|was|were|is|are|with|for|on|by|that|has|have|a|an|to|at|from|after|near|said)(?!\p{L})/giu;
const FR_ELISION = /(?<!\p{L})(?:[cdjlmnst]|qu)'(?=\p{L})/giu;
/** Letters French uses and English does not. */
const FR_LETTERS = /[éèêàâçùûîôœ]/giu;

/**
 * Language of a text: franc restricted to supported languages, with function words and French
 * letters for short texts where franc is unreliable. Returns "und" when nothing fits.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4000);
  const votes = wordVotes(sample);
  if (sample.replace(/\s/g, "").length < 80) return votes.fr > votes.en ? "fr" : "en";
  const ranked = francAll(sample, { minLength: 10 });
  const [top] = ranked;
  if (!top || top[0] === "und") return "und";
  // Short notes full of French place names fool franc: a clear majority of function words wins when
  // franc also ranks that language high.
  const clear = votes.en >= 2 * votes.fr + 3 ? "en" : votes.fr >= 2 * votes.en + 3 ? "fr" : null;
  if (clear) {
    const score = ranked.find(([code]) => SUPPORTED[code] === clear)?.[1] ?? 0;
    if (score >= 0.85) return clear;
  }
  if (SUPPORTED[top[0]]) return SUPPORTED[top[0]];
  // A supported language close behind the winner is a better answer than a rare look-alike.
  const supported = ranked.find(([code]) => SUPPORTED[code]);
  if (supported && supported[1] >= 0.9) return SUPPORTED[supported[0]];
  return top[0];
}

function wordVotes(sample: string): { fr: number; en: number } {
  const folded = sample.replace(/[’‘]/g, "'");
  const fr =
    (folded.match(FR_WORDS)?.length ?? 0) +
    (folded.match(FR_ELISION)?.length ?? 0) +
    Math.min(2, folded.match(FR_LETTERS)?.length ?? 0);
  return { fr, en: folded.match(EN_WORDS)?.length ?? 0 };
}
