export interface ReadOptions {
  /** Publication date for single inputs (YYYY-MM-DD or ISO datetime); JSONL records' own value wins. */
  published?: string;
  source?: string;
  url?: string;
  country?: string;
  language?: string;
  /** Largest accepted file or record, in bytes (default 5 MB). */
  maxBytes?: number;
  /** Timeout for http(s) inputs (default 20 s). */
  fetchTimeoutMs?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
export const FOLDER_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".jsonl"];
