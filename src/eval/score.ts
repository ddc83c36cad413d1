/**
 * Scoring of predicted events against a gold file: a faithful port of the reference scorer
 * (shared eval/score.py) so that `chronicle eval` gives the same figures on the same predictions.
 */

const STOP = new Set([
  "region",
  "province",
  "state",
  "district",
  "cercle",
  "city",
  "town",
  "village",
  "commune",
  "county",
  "prefecture",
  "governorate",
  "of",
  "the",
  "de",
  "du",
  "la",
  "le",
  "des",
  "department",
]);

export type Row = Record<string, unknown>;
export interface GoldArticle extends Row {
  id: string;
  events?: Row[];
}

/** Python's NFKD + ascii-ignore + lower + split on non-alphanumerics, minus stop words. */
export function norm(s: unknown): string {
  if (s === null || s === undefined || s === "" || s === 0 || s === false) return "";
  const ascii = String(s)
    .normalize("NFKD")
    .replace(/[^ -~\t\n\r]/g, "")
    .toLowerCase();
  return ascii
    .split(/[^a-z0-9]+/)
    .filter((t) => t && !STOP.has(t))
    .join(" ");
}

function day(s: unknown): number | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(s));
  if (!m) return null;
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  const d = new Date(t);
  if (d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return null;
  return t / 86400000;
}

function num(v: unknown): number | null {
  if (v === null || v === undefined || v === "" || typeof v === "boolean") return null;
  const n = typeof v === "number" ? v : Number(String(v).trim());
  return Number.isFinite(n) ? n : null;
}

export function km(a: Row, b: Row): number | null {
  const la1 = num(a.latitude);
  const lo1 = num(a.longitude);
  const la2 = num(b.latitude);
  const lo2 = num(b.longitude);
  if (la1 === null || lo1 === null || la2 === null || lo2 === null) return null;
  const p = Math.PI / 180;
  const h =
    Math.sin(((la2 - la1) * p) / 2) ** 2 +
    Math.cos(la1 * p) * Math.cos(la2 * p) * Math.sin(((lo2 - lo1) * p) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, h)));
}

const precisionOf = (g: Row): number => Math.trunc(Number(g.time_precision || 1)) || 1;

export function dateFits(g: Row, p: Row): boolean {
  const gd = day(g.event_date);
  const pd = day(p.event_date);
  if (gd === null) return true;
  if (pd === null) return false;
  const prec = precisionOf(g);
  if (prec === 1) return Math.abs(gd - pd) <= 1;
  if (prec === 2) return Math.abs(gd - pd) <= 7;
  return String(g.event_date).slice(0, 7) === String(p.event_date).slice(0, 7);
}

export function placeFits(g: Row, p: Row): boolean {
  const gl = norm(g.location);
  if (!gl) return ["", norm(p.country)].includes(norm(g.country));
  const dist = km(g, p);
  if (dist !== null && dist <= 25) return true;
  const pl = norm(p.location);
  if (!pl) return false;
  if (pl === gl) return true;
  const a = new Set(pl.split(" "));
  const b = new Set(gl.split(" "));
  const subset = (x: Set<string>, y: Set<string>) => [...x].every((t) => y.has(t));
  return (subset(a, b) || subset(b, a)) && Math.min(a.size, b.size) > 0 && dist === null;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  predictions: number;
  matched: number;
  required: number;
  required_found: number;
  noevent_articles: number;
  noevent_false_positives: number;
}

export interface ArticleOutcome {
  article: GoldArticle;
  pairs: Array<[Row, Row]>;
  missed: Row[];
  falseEvents: Row[];
}

const isRequired = (g: Row) => g.required !== false;

export function score(
  gold: GoldArticle[],
  preds: Row[],
  typed = true,
  place = true,
): { score: Score; pairs: Array<[Row, Row]>; outcomes: ArticleOutcome[] } {
  const byArt = new Map<string, Row[]>();
  for (const p of preds) {
    const k = String(p.article_id);
    const list = byArt.get(k);
    if (list) list.push(p);
    else byArt.set(k, [p]);
  }
  let tp = 0;
  let fp = 0;
  let req = 0;
  let reqHit = 0;
  let fpNo = 0;
  let nNo = 0;
  const pairs: Array<[Row, Row]> = [];
  const outcomes: ArticleOutcome[] = [];
  for (const art of gold) {
    const gs = art.events ?? [];
    const ps = byArt.get(String(art.id)) ?? [];
    if (!gs.length) {
      nNo++;
      fpNo += ps.length;
    }
    const cands: Array<[number, number, number]> = [];
    gs.forEach((g, i) => {
      ps.forEach((p, j) => {
        if (typed && g.event_type !== p.event_type) return;
        if (!dateFits(g, p) || (place && !placeFits(g, p))) return;
        const s =
          1 +
          Number(g.sub_event_type === p.sub_event_type) +
          Number(g.event_date === p.event_date) +
          Number(norm(g.location) === norm(p.location)) +
          Number(isRequired(g));
        cands.push([s, i, j]);
      });
    });
    // Python sorts tuples in reverse: score, then gold index, then prediction index, all descending.
    cands.sort((x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2]);
    const ug = new Set<number>();
    const up = new Set<number>();
    const artPairs: Array<[Row, Row]> = [];
    for (const [, i, j] of cands) {
      if (ug.has(i) || up.has(j)) continue;
      ug.add(i);
      up.add(j);
      artPairs.push([gs[i], ps[j]]);
    }
    pairs.push(...artPairs);
    tp += up.size;
    fp += ps.length - up.size;
    gs.forEach((g, i) => {
      if (isRequired(g)) {
        req++;
        if (ug.has(i)) reqHit++;
      }
    });
    outcomes.push({
      article: art,
      pairs: artPairs,
      missed: gs.filter((g, i) => isRequired(g) && !ug.has(i)),
      falseEvents: ps.filter((_, j) => !up.has(j)),
    });
  }
  const P = tp + fp ? tp / (tp + fp) : 0;
  const R = req ? reqHit / req : 0;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  return {
    score: {
      precision: P,
      recall: R,
      f1: F,
      predictions: tp + fp,
      matched: tp,
      required: req,
      required_found: reqHit,
      noevent_articles: nNo,
      noevent_false_positives: fpNo,
    },
    pairs,
    outcomes,
  };
}

/** Python's round(x, 3): correct rounding of the binary value, ties to even. */
export function pyRound3(x: number): number {
  const scaled = x * 1000;
  const twice = x * 2000;
  if (Number.isInteger(twice) && !Number.isInteger(scaled)) {
    const lo = Math.floor(scaled);
    return (lo % 2 === 0 ? lo : lo + 1) / 1000;
  }
  return Number(x.toFixed(3));
}

const present = (v: unknown) => v !== null && v !== undefined && v !== "";

export function fieldAccuracy(pairs: Array<[Row, Row]>): Record<string, number> {
  const acc = new Map<string, [number, number]>();
  const add = (k: string, ok: boolean) => {
    const v = acc.get(k) ?? [0, 0];
    v[0] += ok ? 1 : 0;
    v[1] += 1;
    acc.set(k, v);
  };
  const int = (v: unknown) => Math.trunc(Number(v || 0));
  for (const [g, p] of pairs) {
    add("sub_event_type", g.sub_event_type === p.sub_event_type);
    if (g.fatalities !== null && g.fatalities !== undefined)
      add("fatalities", int(g.fatalities) === int(p.fatalities));
    for (const k of ["inter1", "inter2"]) if (present(g[k])) add(k, String(g[k]) === pyStr(p[k]));
    for (const k of ["actor1", "actor2"]) if (g[k]) add(k, norm(g[k]) === norm(p[k]));
    if (g.event_date && precisionOf(g) === 1) add("event_date_exact", g.event_date === p.event_date);
    if (g.location) {
      add("location_name", norm(g.location) === norm(p.location));
      const dist = km(g, p);
      if (present(g.latitude)) add("coords_25km", dist !== null && dist <= 25);
    }
    if (g.admin1) add("admin1", norm(g.admin1) === norm(p.admin1));
  }
  const out: Record<string, number> = {};
  for (const k of [...acc.keys()].sort()) {
    const [ok, n] = acc.get(k)!;
    out[k] = pyRound3(ok / n);
  }
  out.n_pairs = pairs.length;
  return out;
}

/** str() as Python prints JSON-decoded values (None, True, floats like 1.0). */
function pyStr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  return String(v);
}

export interface EvalReport {
  typed: Score;
  detection: Score;
  fields: Record<string, number>;
  geo: Record<string, number>;
  outcomes: ArticleOutcome[];
}

export function evaluate(gold: GoldArticle[], preds: Row[]): EvalReport {
  const typed = score(gold, preds, true);
  const untyped = score(gold, preds, false);
  const geoPairs = score(gold, preds, true, false).pairs;
  const geoAll = fieldAccuracy(geoPairs);
  const geo: Record<string, number> = {};
  for (const k of ["admin1", "coords_25km", "location_name", "n_pairs"]) if (k in geoAll) geo[k] = geoAll[k];
  return {
    typed: typed.score,
    detection: untyped.score,
    fields: fieldAccuracy(typed.pairs),
    geo,
    outcomes: typed.outcomes,
  };
}

export const f3 = (x: number) => pyRound3(x).toFixed(3);

/** The closing line of the reference scorer, character for character. */
export function summaryLine(r: EvalReport): string {
  return `f1=${f3(r.typed.f1)} precision=${f3(r.typed.precision)} recall=${f3(r.typed.recall)} detection_f1=${f3(r.detection.f1)}`;
}
