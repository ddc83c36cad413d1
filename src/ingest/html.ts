/** HTML pages and fragments -> clean paragraphs of text plus page metadata. */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parseMetaDate } from "./dates.js";
import { joinParagraphs } from "./normalize.js";

export interface HtmlArticle {
  text: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  language: string | null;
}

const BLOCK = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
  "BODY",
  "HTML",
]);
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "IFRAME",
  "OBJECT",
  "HEAD",
  "BUTTON",
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM subtree with block elements as paragraphs (blank lines between them). */
export function domToParagraphs(root: DomNode): string {
  const blocks: string[] = [];
  let cur = "";
  const flush = () => {
    if (cur.trim()) blocks.push(cur);
    cur = "";
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      cur += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === "BR") {
      cur += " ";
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return joinParagraphs(blocks);
}

/** Plain text of an HTML fragment (feed item content), paragraphs kept. */
export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return domToParagraphs(document.body as unknown as DomNode);
}

type Doc = ReturnType<typeof parseHTML>["document"];

function meta(doc: Doc, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attr of ["property", "name", "itemprop"]) {
      const el = doc.querySelector(`meta[${attr}="${key}"]`);
      const v = el?.getAttribute("content");
      if (v?.trim()) return v.trim();
    }
  }
  return null;
}

function jsonLdValues(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      out.push(v as Record<string, unknown>);
      const graph = (v as Record<string, unknown>)["@graph"];
      if (graph) visit(graph);
    }
  };
  for (const el of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(el.textContent ?? ""));
    } catch {
      // a broken JSON-LD block is ignored
    }
  }
  return out;
}

function pageMetadata(doc: Doc): Omit<HtmlArticle, "text"> {
  const ld = jsonLdValues(doc);
  const ldString = (key: string): string | null => {
    for (const o of ld) if (typeof o[key] === "string" && (o[key] as string).trim()) return o[key] as string;
    return null;
  };
  const ldPublisher = (): string | null => {
    for (const o of ld) {
      const p = o.publisher as Record<string, unknown> | undefined;
      if (p && typeof p.name === "string") return p.name;
    }
    return null;
  };
  const published =
    parseMetaDate(meta(doc, "article:published_time", "og:published_time", "datePublished")) ??
    parseMetaDate(ldString("datePublished")) ??
    parseMetaDate(meta(doc, "pubdate", "publishdate", "date", "dc.date", "DC.date.issued", "dcterms.date")) ??
    parseMetaDate(doc.querySelector("time[datetime]")?.getAttribute("datetime")) ??
    null;
  const title =
    meta(doc, "og:title", "twitter:title") ??
    ldString("headline") ??
    (doc.querySelector("title")?.textContent?.trim() || null) ??
    (doc.querySelector("h1")?.textContent?.trim() || null);
  const source = meta(doc, "og:site_name", "application-name") ?? ldPublisher();
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta(doc, "og:url");
  const lang = doc.documentElement?.getAttribute("lang");
  return {
    title: title ? title.replace(/\s+/g, " ").trim() : null,
    published,
    source,
    url: url || null,
    language: lang ? lang.slice(0, 2).toLowerCase() : null,
  };
}

/** Main text of a full HTML page (Readability over linkedom) with its metadata. */
export function readHtmlPage(html: string): HtmlArticle {
  const wrapped = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(wrapped);
  const metaInfo = pageMetadata(document);
  let text = "";
  try {
    const clone = parseHTML(wrapped).document;
    const parsed = new Readability<DomNode>(clone as unknown as Document, {
      charThreshold: 200,
      serializer: (node) => node as unknown as DomNode,
    }).parse();
    if (parsed?.content) text = domToParagraphs(parsed.content);
    if (parsed?.title && !metaInfo.title) metaInfo.title = parsed.title;
    if (parsed?.siteName && !metaInfo.source) metaInfo.source = parsed.siteName;
    if (parsed?.publishedTime && !metaInfo.published)
      metaInfo.published = parseMetaDate(parsed.publishedTime);
  } catch {
    text = "";
  }
  if (!text && document.body) text = domToParagraphs(document.body as unknown as DomNode);
  return { text, ...metaInfo };
}
