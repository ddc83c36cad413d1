import type { Article } from "../model/article.js";
import { parsePublishedStrict } from "./dates.js";

const KEYS = new Set(["published", "date", "source", "url", "country", "language", "title"]);

/**
 * Front matter at the top of a .txt/.md file, as static site generators write it:
 *
 *     ---
 *     published: 2025-03-15
 *     source: Example Wire
 *     ---
 *
 * Returns the metadata and the text after it; an unreadable date is reported, not guessed.
 */
export function readFrontMatter(text: string): { meta: Partial<Article>; body: string; error?: string } {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*\n/.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta: Partial<Article> = {};
  for (const line of m[1].split("\n")) {
    const kv = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv || !KEYS.has(kv[1].toLowerCase())) continue;
    const key = kv[1].toLowerCase();
    const value = kv[2].replace(/^["']|["']$/g, "");
    if (!value) continue;
    if (key === "published" || key === "date") {
      const d = parsePublishedStrict(value);
      if (!d)
        return { meta, body: text.slice(m[0].length), error: `front matter: "${value}" is not a valid date` };
      meta.published = d;
    } else (meta as Record<string, string>)[key] = value;
  }
  return { meta, body: text.slice(m[0].length) };
}
