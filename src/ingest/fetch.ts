/** http(s) inputs: fetched with a timeout and a size limit, kind decided by content type or content. */
import { decodeBytes, sniffKind } from "./decode.js";
import { DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_BYTES, type ReadOptions } from "./options.js";

export type Fetched =
  | { ok: true; text: string; kind: "html" | "feed" | "text" | "jsonl" }
  | { ok: false; error: string };

export async function fetchInput(url: string, opts: ReadOptions): Promise<Fetched> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeout = opts.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  let res: Response;
  try {
    res = await fetch(url, {
      signal: AbortSignal.timeout(timeout),
      redirect: "follow",
      headers: {
        "user-agent": "Chronicle/0.1 (news event extraction)",
        accept:
          "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5",
      },
    });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    if (err.name === "TimeoutError")
      return { ok: false, error: `unreachable URL (no answer within ${timeout} ms)` };
    const why = err.cause?.code ?? err.cause?.message ?? err.message;
    return { ok: false, error: `unreachable URL (${why})` };
  }
  if (!res.ok) return { ok: false, error: `HTTP ${res.status} ${res.statusText}`.trim() };
  const len = Number(res.headers.get("content-length") ?? 0);
  if (len > max) return { ok: false, error: `page over ${Math.round(max / 1048576)} MB` };
  let buf: Buffer;
  try {
    buf = Buffer.from(await res.arrayBuffer());
  } catch (e) {
    return { ok: false, error: `download failed (${(e as Error).message})` };
  }
  if (buf.length > max) return { ok: false, error: `page over ${Math.round(max / 1048576)} MB` };
  const type = (res.headers.get("content-type") ?? "").toLowerCase();
  const charset = /charset=([\w-]+)/.exec(type)?.[1];
  let text: string;
  if (charset && !/^utf-?8$/.test(charset)) {
    try {
      text = new TextDecoder(charset).decode(buf);
    } catch {
      return { ok: false, error: `unsupported charset ${charset}` };
    }
  } else {
    const dec = decodeBytes(buf);
    if (!dec.ok) return { ok: false, error: dec.error.replace("file", "page") };
    text = dec.text;
  }
  const sniffed = sniffKind(text);
  if (
    /(rss|atom)\+xml/.test(type) ||
    ((type.includes("/xml") || type.includes("+xml")) && !type.includes("xhtml"))
  )
    return { ok: true, text, kind: sniffed === "html" ? "html" : "feed" };
  if (type.includes("html")) return { ok: true, text, kind: sniffed === "feed" ? "feed" : "html" };
  return { ok: true, text, kind: sniffed };
}
