/**
 * Readers: files, folders, stdin, JSONL batches, HTML pages, RSS/Atom feeds and URLs -> articles.
 * One bad input yields an error item; the generator never throws for it.
 */
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { createInterface } from "node:readline";
import type { Article } from "../model/article.js";
import { parsePublishedStrict } from "./dates.js";
import { decodeBytes, sniffKind } from "./decode.js";
import { parseFeed } from "./feed.js";
import { fetchInput } from "./fetch.js";
import { readFrontMatter } from "./front-matter.js";
import { readHtmlPage } from "./html.js";
import { normalizeText } from "./normalize.js";
import { DEFAULT_MAX_BYTES, FOLDER_EXTENSIONS, type ReadOptions } from "./options.js";
import { recordToArticle } from "./records.js";

export { parsePublishedStrict } from "./dates.js";
export { normalizeText } from "./normalize.js";
export type { ReadOptions } from "./options.js";

export type ReadItem =
  | { ok: true; article: Article; input: string; line?: number }
  | { ok: false; input: string; line?: number; error: string };

type Kind = "jsonl" | "html" | "feed" | "text";

function kindFromExtension(path: string): Kind | null {
  const ext = extname(path).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml") return "html";
  if (ext === ".xml" || ext === ".rss" || ext === ".atom") return "feed";
  if (ext === ".txt" || ext === ".md" || ext === ".text") return "text";
  return null;
}

function singleArticle(id: string, text: string, opts: ReadOptions, extra: Partial<Article> = {}): Article {
  return {
    id,
    text,
    title: extra.title ?? null,
    published: opts.published ?? extra.published ?? null,
    url: opts.url ?? extra.url ?? null,
    source: opts.source ?? extra.source ?? null,
    language: opts.language ?? extra.language ?? null,
    country: opts.country ?? extra.country ?? null,
  };
}

/** Articles from a whole text whose kind is known (file contents, stdin, a fetched body). */
export function* readText(input: string, body: string, kind: Kind, opts: ReadOptions): Generator<ReadItem> {
  if (kind === "jsonl") {
    yield* readJsonlLines(input, body.split("\n"), opts);
    return;
  }
  if (kind === "feed") {
    const feed = parseFeed(body, input);
    if (!feed.ok) {
      yield { ok: false, input, error: feed.error };
      return;
    }
    if (feed.items.length === 0) yield { ok: false, input, error: "feed has no items" };
    for (const it of feed.items) {
      if (!it.text) {
        yield { ok: false, input: it.id, error: "feed item has no text" };
        continue;
      }
      const article: Article = {
        id: it.id,
        text: it.text,
        title: it.title,
        published: it.published ?? opts.published ?? null,
        url: it.url,
        source: opts.source ?? it.source,
        language: opts.language ?? it.language,
        country: opts.country ?? null,
      };
      yield { ok: true, input: it.id, article };
    }
    return;
  }
  if (kind === "html") {
    const page = readHtmlPage(body);
    if (!page.text) {
      yield { ok: false, input, error: "HTML without readable text" };
      return;
    }
    yield { ok: true, input, article: singleArticle(input, page.text, opts, page) };
    return;
  }
  const front = readFrontMatter(normalizeText(body));
  if (front.error) {
    yield { ok: false, input, error: front.error };
    return;
  }
  let text = front.body.trim() ? front.body : "";
  let title: string | null = front.meta.title ?? null;
  const heading = /^#\s+(.+)\n/.exec(text);
  if (!title && heading && input.toLowerCase().endsWith(".md")) title = heading[1].trim();
  if (!text) {
    yield { ok: false, input, error: "empty file" };
    return;
  }
  text = text.normalize("NFC");
  yield { ok: true, input, article: singleArticle(input, text, opts, { ...front.meta, title }) };
}

function* readJsonlLines(
  input: string,
  lines: Iterable<string>,
  opts: ReadOptions,
  start = 1,
): Generator<ReadItem> {
  let n = start - 1;
  for (const raw of lines) {
    n++;
    yield* jsonlLine(input, raw, n, opts);
  }
}

function* jsonlLine(input: string, raw: string, n: number, opts: ReadOptions): Generator<ReadItem> {
  const line = raw.trim();
  if (!line) return;
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (Buffer.byteLength(line) > max) {
    yield { ok: false, input, line: n, error: `record over ${Math.round(max / 1048576)} MB` };
    return;
  }
  const r = recordToArticle(line, `${input}:${n}`, opts);
  if (r.ok) yield { ok: true, input, line: n, article: r.article };
  else yield { ok: false, input, line: n, error: r.error };
}

async function* readJsonlFile(path: string, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const rl = createInterface({
    input: createReadStream(path, { encoding: "utf8" }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let n = 0;
  let any = false;
  for await (const raw of rl) {
    n++;
    if (n === 1 && raw.includes("\u0000")) {
      yield { ok: false, input: path, error: "binary file (NUL bytes), not JSONL" };
      rl.close();
      return;
    }
    if (raw.trim()) any = true;
    yield* jsonlLine(path, raw.replace(/^\uFEFF/, ""), n, opts);
  }
  if (!any) yield { ok: false, input: path, error: "empty file" };
}

async function* readPath(path: string, opts: ReadOptions, explicit: boolean): AsyncGenerator<ReadItem> {
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield {
      ok: false,
      input: path,
      error: code === "ENOENT" ? "no such file or folder" : `cannot read (${code})`,
    };
    return;
  }
  if (st.isDirectory()) {
    const files = await listFolder(path);
    if (files.length === 0 && explicit)
      yield { ok: false, input: path, error: "folder has no readable files" };
    for (const f of files) yield* readPath(f, opts, false);
    return;
  }
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (st.size === 0) {
    yield { ok: false, input: path, error: "empty file" };
    return;
  }
  const extKind = kindFromExtension(path);
  if (extKind === "jsonl") {
    yield* readJsonlFile(path, opts);
    return;
  }
  if (st.size > max) {
    yield { ok: false, input: path, error: `file over ${Math.round(max / 1048576)} MB (${st.size} bytes)` };
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    yield { ok: false, input: path, error: `cannot read (${(e as NodeJS.ErrnoException).code})` };
    return;
  }
  const dec = decodeBytes(bytes);
  if (!dec.ok) {
    yield { ok: false, input: path, error: dec.error };
    return;
  }
  yield* readText(path, dec.text, extKind ?? sniffKind(dec.text), opts);
}

/** Readable files under a folder, recursively, sorted by path for determinism. */
export async function listFolder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const p = join(d, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        const s = await stat(p).catch(() => null);
        isDir = !!s?.isDirectory();
        isFile = !!s?.isFile();
      }
      if (isDir) await walk(p);
      else if (isFile && FOLDER_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.push(p);
    }
  };
  await walk(dir);
  return out;
}

async function readStdin(max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += b.length;
    if (size > max) return null;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** Where an item came from, for messages: the input, with its line for JSONL records. */
export function whereOf(item: ReadItem): string {
  return item.line ? `${item.input}:${item.line}` : item.input;
}

/** Read every input in order; yields one item per article or per failure. */
export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const o: ReadOptions = { ...opts };
  if (opts.published !== undefined) {
    const p = parsePublishedStrict(opts.published);
    if (!p) {
      yield {
        ok: false,
        input: "--published",
        error: `invalid date "${opts.published}" (expected YYYY-MM-DD)`,
      };
      return;
    }
    o.published = p;
  }
  const max = o.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const input of inputs) {
    try {
      if (input === "-") {
        const buf = await readStdin(max);
        if (!buf) {
          yield { ok: false, input: "stdin", error: `input over ${Math.round(max / 1048576)} MB` };
          continue;
        }
        const dec = decodeBytes(buf);
        if (!dec.ok) yield { ok: false, input: "stdin", error: dec.error.replace("file", "input") };
        else yield* readText("stdin", dec.text, sniffKind(dec.text), o);
      } else if (/^https?:\/\//i.test(input)) {
        const got = await fetchInput(input, o);
        if (!got.ok) yield { ok: false, input, error: got.error };
        else yield* readText(input, got.text, got.kind, o);
      } else {
        yield* readPath(input, o, true);
      }
    } catch (e) {
      yield { ok: false, input, error: `cannot read: ${(e as Error).message.split("\n")[0]}` };
    }
  }
}
