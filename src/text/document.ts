import { splitSentences } from "./sentences.js";
import { type Token, tokenize } from "./tokens.js";

export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  text: string;
  tokens: Token[];
}

/** One document whose spans every stage shares (offsets always point into `text`). */
export interface Doc {
  text: string;
  language: string;
  sentences: Sentence[];
}

export function makeDoc(text: string, language = "en"): Doc {
  const sentences = splitSentences(text, language).map((s, index) => ({
    index,
    start: s.start,
    end: s.end,
    paragraph: s.paragraph,
    text: text.slice(s.start, s.end),
    tokens: tokenize(text, s.start, s.end),
  }));
  return { text, language, sentences };
}
