import type { Article } from "../model/article.js";
import type { EventRecord } from "../model/event.js";

export interface ExtractOptions {
  /** Force the language ("en", "fr") instead of detecting it. */
  language?: string;
}

export interface ExtractResult {
  events: EventRecord[];
  language: string;
  warnings: string[];
}

/** Extract the events an article reports. Synchronous and deterministic. (Stub: the lead is building it.) */
export function extractArticle(article: Article, _opts: ExtractOptions = {}): ExtractResult {
  return { events: [], language: article.language ?? "en", warnings: [] };
}
