import { francAll } from "franc-min";

/** ISO 639-3 codes franc returns, for the languages Chronicle reads. */
const SUPPORTED: Record<string, string> = { eng: "en", fra: "fr" };
const FR_WORDS = /\b(le|la|les|des|du|une|est|dans|pour|avec|sur|qui|a été|ont|au|aux)\b/giu;
const EN_WORDS = /\b(the|of|and|in|was|were|is|are|with|for|on|by|that|has|have)\b/giu;

/**
 * Language of a text: franc restricted to supported languages, with a function-word count for
 * short texts where franc is unreliable. Returns "und" when nothing fits.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4000);
  if (sample.replace(/\s/g, "").length < 80) {
    const fr = sample.match(FR_WORDS)?.length ?? 0;
    const en = sample.match(EN_WORDS)?.length ?? 0;
    if (fr === 0 && en === 0) return "en";
    return fr > en ? "fr" : "en";
  }
  const ranked = francAll(sample, { minLength: 10 });
  const [top] = ranked;
  if (!top || top[0] === "und") return "und";
  if (SUPPORTED[top[0]]) return SUPPORTED[top[0]];
  // A supported language close behind the winner is a better answer than a rare look-alike.
  const supported = ranked.find(([code]) => SUPPORTED[code]);
  if (supported && supported[1] >= 0.9) return SUPPORTED[supported[0]];
  return top[0];
}
