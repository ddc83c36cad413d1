import { type Token, tokenize } from "./tokens.js";

/**
 * Compiled multi-word lexicon: a trie over folded tokens, so matching costs one walk per token
 * position, never a scan of every pattern. A pattern token ending in "*" matches any token with
 * that prefix ("kill*" matches "killed", "killing"); a pattern token "_" matches any one token
 * ("set _ ablaze" matches "set it ablaze", "set vehicles ablaze").
 */
export interface PhraseMatch<T> {
  /** Token index range [first, last] in the token array. */
  first: number;
  last: number;
  start: number;
  end: number;
  value: T;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  prefixes: Array<[string, Node<T>]>;
  /**
   * The prefixes again, grouped by their first character (in the order they were added), so that a
   * token is compared only with the prefixes that start like it. Null when some prefix is empty (it
   * matches every token): then the plain list is walked.
   */
  byFirst: Map<string, Array<[string, Node<T>]>> | null;
  values: T[];
}

const node = <T>(): Node<T> => ({ next: new Map(), prefixes: [], byFirst: new Map(), values: [] });
const NO_PREFIXES: never[] = [];

export class PhraseMatcher<T> {
  private root: Node<T> = node();
  size = 0;

  add(phrase: string, value: T): this {
    const parts = tokenize(phrase).map((t, i, all) =>
      // keep a trailing "*" attached to its word
      t.text === "*" ? null : t.text === "_" ? "*" : all[i + 1]?.text === "*" ? `${t.norm}*` : t.norm,
    );
    let n = this.root;
    for (const p of parts) {
      if (p === null) continue;
      if (p.endsWith("*")) {
        const pre = p.slice(0, -1);
        let child = n.prefixes.find(([k]) => k === pre)?.[1];
        if (!child) {
          child = node();
          n.prefixes.push([pre, child]);
          if (pre === "") n.byFirst = null;
          else if (n.byFirst) {
            const group = n.byFirst.get(pre[0]);
            if (group) group.push([pre, child]);
            else n.byFirst.set(pre[0], [[pre, child]]);
          }
        }
        n = child;
      } else {
        let child = n.next.get(p);
        if (!child) {
          child = node();
          n.next.set(p, child);
        }
        n = child;
      }
    }
    n.values.push(value);
    this.size++;
    return this;
  }

  /** All matches starting at every token; longest first at each start. */
  matchAll(tokens: Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) this.walk(tokens, i, this.root, i, out);
    return out;
  }

  /** Non-overlapping matches, preferring the longest leftmost. */
  matchLongest(tokens: Token[]): PhraseMatch<T>[] {
    const all = this.matchAll(tokens);
    all.sort((a, b) => a.first - b.first || b.last - a.last);
    const out: PhraseMatch<T>[] = [];
    let covered = -1;
    for (const m of all) {
      if (m.first <= covered) continue;
      out.push(m);
      covered = m.last;
    }
    return out;
  }

  private walk(tokens: Token[], first: number, n: Node<T>, i: number, out: PhraseMatch<T>[]): void {
    if (i >= tokens.length) return;
    const tok = tokens[i].norm;
    const exact = n.next.get(tok);
    if (exact) this.emit(tokens, first, exact, i, out);
    if (n.prefixes.length === 0) return;
    const candidates = n.byFirst ? (n.byFirst.get(tok[0]) ?? NO_PREFIXES) : n.prefixes;
    for (const [pre, child] of candidates) if (tok.startsWith(pre)) this.emit(tokens, first, child, i, out);
  }

  private emit(tokens: Token[], first: number, n: Node<T>, i: number, out: PhraseMatch<T>[]): void {
    for (const value of n.values)
      out.push({ first, last: i, start: tokens[first].start, end: tokens[i].end, value });
    this.walk(tokens, first, n, i + 1, out);
  }
}
