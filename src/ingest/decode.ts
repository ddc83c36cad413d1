/** Turn raw bytes into text, refusing empty, binary and non-UTF-8 content with a user-facing reason. */

export type Decoded = { ok: true; text: string } | { ok: false; error: string };

export function decodeBytes(buf: Uint8Array): Decoded {
  if (buf.length === 0) return { ok: false, error: "empty file" };
  const head = buf.subarray(0, Math.min(buf.length, 65536));
  if (head.includes(0)) return { ok: false, error: "binary file (NUL bytes), not text" };
  const text = new TextDecoder("utf-8", { fatal: false }).decode(buf);
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  if (bad > 0 && bad / text.length > 0.01) return { ok: false, error: "binary or non-UTF-8 file" };
  const clean = text.replace(/^\uFEFF/, "");
  if (clean.trim().length === 0) return { ok: false, error: "empty file" };
  return { ok: true, text: clean };
}

/** What a text looks like, from its first non-blank characters. */
export function sniffKind(text: string): "jsonl" | "html" | "feed" | "text" {
  const t = text.replace(/^\uFEFF/, "").trimStart();
  if (t.startsWith("{")) return "jsonl";
  if (t.startsWith("<")) {
    const head = t.slice(0, 2000).toLowerCase();
    if (/<(rss|feed|rdf:rdf)[\s>]/.test(head) && !/<html[\s>]/.test(head)) return "feed";
    return "html";
  }
  return "text";
}
