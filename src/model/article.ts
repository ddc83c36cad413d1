/** An article as it enters the pipeline, whatever reader produced it. */
export interface Article {
  /** The record's id, or the file path / URL it came from. */
  id: string;
  /** Plain text; every evidence offset points into this string. */
  text: string;
  title?: string | null;
  /** Publication date, YYYY-MM-DD, or null when unknown. */
  published: string | null;
  url?: string | null;
  source?: string | null;
  /** ISO 639-1 code ("en", "fr"); detected when absent. */
  language?: string | null;
  /** Optional hint: the country the article is about (English country name). */
  country?: string | null;
}
