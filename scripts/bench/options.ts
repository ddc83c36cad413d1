/** Command-line options of `npm run bench`. */
import { parseArgs } from "node:util";

export const SECTIONS = ["extract", "growth", "gazetteer", "ingest", "api"] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  json: boolean;
  quick: boolean;
  only: Section[];
  corpusBytes: number;
  events: number;
  articles: number;
  requests: number;
  workers: number[];
  pg?: string;
  profile: boolean;
}

export const USAGE = `usage: npm run bench -- [options]
  --json             one JSON object on stdout (the table goes away)
  --quick            fast smoke run: 1 MB corpus, 20k events, 100 articles
  --only LIST        sections to run, comma-separated: ${SECTIONS.join(",")}
  --events N         synthetic events for the API bench (default 1000000)
  --corpus-mb N      extraction corpus size in MB (default 5)
  --articles N       articles ingested per backend (default 1000)
  --requests N       requests per API query (default 200)
  --workers LIST     PostgreSQL ingest workers (default 1,2,4)
  --pg URL           PostgreSQL server (else CHRONICLE_BENCH_PG or CHRONICLE_TEST_PG); a scratch
                     database chronicle_bench_scratch is created on it and dropped afterwards
  --profile          also write a CPU profile of extraction to .bench/profiles and list hot spots`;

export class OptionError extends Error {}

function positiveInt(name: string, v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v.replace(/_/g, ""));
  if (!Number.isInteger(n) || n <= 0)
    throw new OptionError(`--${name}: "${v}" is not a positive whole number`);
  return n;
}

export function parseOptions(argv: string[]): BenchOptions | "help" {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        json: { type: "boolean" },
        quick: { type: "boolean" },
        only: { type: "string" },
        events: { type: "string" },
        "corpus-mb": { type: "string" },
        articles: { type: "string" },
        requests: { type: "string" },
        workers: { type: "string" },
        pg: { type: "string" },
        profile: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new OptionError((e as Error).message.split("\n")[0]);
  }
  if (values.help) return "help";
  const quick = values.quick === true;
  const only =
    values.only === undefined
      ? [...SECTIONS]
      : String(values.only)
          .split(",")
          .map((s) => s.trim());
  for (const s of only)
    if (!(SECTIONS as readonly string[]).includes(s))
      throw new OptionError(`--only: unknown section "${s}" (sections: ${SECTIONS.join(", ")})`);
  const corpusMb = values["corpus-mb"] === undefined ? (quick ? 1 : 5) : Number(values["corpus-mb"]);
  if (!(corpusMb > 0))
    throw new OptionError(`--corpus-mb: "${values["corpus-mb"]}" is not a positive number`);
  const workers = String(values.workers ?? "1,2,4")
    .split(",")
    .map((w) => positiveInt("workers", w.trim(), 1));
  return {
    json: values.json === true,
    quick,
    only: only as Section[],
    corpusBytes: Math.round(corpusMb * 1_000_000),
    events: positiveInt("events", values.events as string | undefined, quick ? 20_000 : 1_000_000),
    articles: positiveInt("articles", values.articles as string | undefined, quick ? 100 : 1000),
    requests: positiveInt("requests", values.requests as string | undefined, quick ? 30 : 200),
    workers,
    pg: values.pg as string | undefined,
    profile: values.profile === true,
  };
}
