/**
 * Coders' notes state the toll they coded: "Fatalities coded as 7 (soldiers)", "unknown fatalities
 * coded at low estimate of 3", "coded as 10 fatalities", "Fatalities coded as 0 (VoJ reported 1)".
 * That count is the event's toll, whatever other counts the note reports; a note that splits its toll
 * between several events ("Fatalities split between 2 events") gives no one event's.
 */
import type { Locale, LocaleLexicon } from "../locales/index.js";
import type { Doc } from "../text/document.js";
import { findNumbers, type NumberMention } from "./numbers.js";

export function codedToll(doc: Doc, lex: LocaleLexicon, locale: Locale): NumberMention | null {
  let found: NumberMention | null = null;
  for (const s of doc.sentences) {
    const m = lex.codedTolls.matchAll(s.tokens)[0];
    if (!m) continue;
    if (s.tokens.some((t) => lex.tollSplits.has(t.norm))) return null;
    // (the first count written after "coded": "coded as 10 fatalities", "coded as 0 (VoJ reported 1)")
    const from = s.tokens[m.first].start;
    const n = findNumbers(doc.text, s.start, s.end, locale).find((x) => x.start >= from && !x.vague);
    if (!n) continue;
    // (two different coded tolls in one note: neither is the one event's)
    if (found && found.value !== n.value) return null;
    found = n;
  }
  return found;
}
