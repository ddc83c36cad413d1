/** RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> one article per item. */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseMetaDate } from "./dates.js";
import { htmlFragmentToText } from "./html.js";

export interface FeedItem {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  source: string | null;
  language: string | null;
  text: string;
}

export type FeedResult = { ok: true; items: FeedItem[]; title: string | null } | { ok: false; error: string };

const ARRAYS = new Set(["item", "entry", "link"]);

function str(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (typeof v === "object") return str((v as Record<string, unknown>)["#text"]);
  return null;
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return str(links);
  let first: string | null = null;
  for (const l of links) {
    if (typeof l === "string") return l;
    const o = l as Record<string, unknown>;
    const href = str(o["@_href"]);
    if (!href) continue;
    const rel = str(o["@_rel"]);
    if (!rel || rel === "alternate") return href;
    first ??= href;
  }
  return first;
}

/** Parse a feed document. Not XML, or XML without rss/feed/RDF root -> an error. */
export function parseFeed(xml: string, origin: string): FeedResult {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return { ok: false, error: `not a valid XML feed (${valid.err.msg}, line ${valid.err.line})` };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    htmlEntities: true,
    isArray: (name) => ARRAYS.has(name),
  });
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch (e) {
    return { ok: false, error: `not a valid XML feed (${(e as Error).message.split("\n")[0]})` };
  }
  const rss = doc.rss as Record<string, unknown> | undefined;
  const rdf = doc["rdf:RDF"] as Record<string, unknown> | undefined;
  const atom = doc.feed as Record<string, unknown> | undefined;
  const items: FeedItem[] = [];
  if (rss || rdf) {
    const channel = ((rss?.channel ?? rdf?.channel) as Record<string, unknown>) ?? {};
    const chan = Array.isArray(channel) ? channel[0] : channel;
    const feedTitle = str(chan.title);
    const lang = str(chan.language);
    const list = (chan.item ?? rdf?.item ?? []) as Record<string, unknown>[];
    list.forEach((it, i) => {
      const content = str(it["content:encoded"]) ?? str(it.description) ?? "";
      const url = str(it.link) ?? str(it.guid);
      items.push({
        id: url ?? `${origin}#${i + 1}`,
        title: str(it.title),
        url,
        published: parseMetaDate(str(it.pubDate) ?? str(it["dc:date"])),
        source: feedTitle,
        language: lang ? lang.slice(0, 2).toLowerCase() : null,
        text: htmlFragmentToText(content),
      });
    });
    return { ok: true, items, title: feedTitle };
  }
  if (atom) {
    const feedTitle = str(atom.title);
    const lang = str(atom["@_xml:lang"]);
    const list = (atom.entry ?? []) as Record<string, unknown>[];
    list.forEach((e, i) => {
      const content = str(e.content) ?? str(e.summary) ?? "";
      const url = atomLink(e.link);
      items.push({
        id: url ?? str(e.id) ?? `${origin}#${i + 1}`,
        title: str(e.title),
        url,
        published: parseMetaDate(str(e.published) ?? str(e.updated)),
        source: feedTitle,
        language: lang ? lang.slice(0, 2).toLowerCase() : null,
        text: htmlFragmentToText(content),
      });
    });
    return { ok: true, items, title: feedTitle };
  }
  return { ok: false, error: "XML but not an RSS or Atom feed" };
}
