/** JSONL article records ({id, text | html, published, url, source, language, country, title}). */
import type { Article } from "../model/article.js";
import { parsePublishedStrict } from "./dates.js";
import { readHtmlPage } from "./html.js";
import { normalizeText } from "./normalize.js";
import type { ReadOptions } from "./options.js";

export type RecordResult = { ok: true; article: Article } | { ok: false; error: string };

function optString(v: unknown): string | null | undefined {
  if (v === undefined) return undefined;
  if (v === null) return null;
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  return undefined;
}

/** Parse one JSONL line into an article. Record fields win over the options (defaults). */
export function recordToArticle(line: string, fallbackId: string, opts: ReadOptions): RecordResult {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: `malformed JSON (${(e as Error).message})` };
  }
  if (!rec || typeof rec !== "object" || Array.isArray(rec)) return { ok: false, error: "not a JSON object" };
  const r = rec as Record<string, unknown>;
  let text = "";
  let title = optString(r.title);
  let pagePublished: string | null = null;
  let pageSource: string | null = null;
  let pageLang: string | null = null;
  if (typeof r.text === "string" && r.text.trim()) {
    text = normalizeText(r.text);
  } else if (typeof r.html === "string" && r.html.trim()) {
    const page = readHtmlPage(r.html);
    text = page.text;
    title ??= page.title;
    pagePublished = page.published;
    pageSource = page.source;
    pageLang = page.language;
  } else {
    return { ok: false, error: 'record has no "text" or "html"' };
  }
  if (!text) return { ok: false, error: "record has no readable text" };
  let published: string | null = null;
  const rawPub = optString(r.published);
  if (rawPub) {
    published = parsePublishedStrict(rawPub);
    if (!published) return { ok: false, error: `invalid published date "${rawPub}" (expected YYYY-MM-DD)` };
  } else {
    published = pagePublished ?? opts.published ?? null;
  }
  const id = optString(r.id) ?? fallbackId;
  return {
    ok: true,
    article: {
      id,
      text,
      title: title ?? null,
      published,
      url: optString(r.url) ?? opts.url ?? null,
      source: optString(r.source) ?? pageSource ?? opts.source ?? null,
      language: optString(r.language) ?? pageLang ?? opts.language ?? null,
      country: optString(r.country) ?? opts.country ?? null,
    },
  };
}
