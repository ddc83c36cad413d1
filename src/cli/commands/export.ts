/** `chronicle export`, plus the options it shares with `ingest` and `events` (--db, event filters). */
import { createWriteStream, type WriteStream } from "node:fs";
import type { Command } from "commander";
import { EXPORT_FORMATS, type ExportFormat, exportEvents } from "../../store/export.js";
import {
  type EventFilter,
  openStore,
  SORT_KEYS,
  type SortKey,
  type Store,
  StoreError,
} from "../../store/index.js";
import { say, UserError } from "../errors.js";

export const DEFAULT_DB = "chronicle.db";

export function addDbOption(cmd: Command): Command {
  return cmd.option(
    "--db <file|url>",
    "SQLite file or postgres:// URL (default ./chronicle.db, or $CHRONICLE_DB)",
  );
}

export async function openDb(db: string | undefined): Promise<Store> {
  try {
    return await openStore(db ?? process.env.CHRONICLE_DB ?? DEFAULT_DB);
  } catch (e) {
    if (e instanceof StoreError) throw new UserError(e.message);
    throw new UserError(`cannot open the database: ${(e as Error).message}`);
  }
}

export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option("--country <name>", "country name or ISO3 code")
    .option("--admin1 <name>", "first-level region")
    .option("--event-type <type>", "event type, e.g. Battles")
    .option("--sub-event-type <type>", "sub-event type, e.g. Armed clash")
    .option("--actor <name>", "actor (exact name, either side)")
    .option("--from <date>", "first event date, YYYY-MM-DD")
    .option("--to <date>", "last event date, YYYY-MM-DD")
    .option("--min-fatalities <n>", "at least this many fatalities")
    .option("--q <words>", "words in notes, actors or location")
    .option("--reviewed", "only accepted or corrected events")
    .option("--sort <key>", `sort: ${SORT_KEYS.join(", ")}`)
    .option("--limit <n>", "at most this many events");
}

export interface FilterOpts {
  country?: string;
  admin1?: string;
  eventType?: string;
  subEventType?: string;
  actor?: string;
  from?: string;
  to?: string;
  minFatalities?: string;
  q?: string;
  reviewed?: boolean;
  sort?: string;
  limit?: string;
}

function date(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))
    throw new UserError(`${name}: "${v}" is not a date (use YYYY-MM-DD)`);
  return v;
}

function int(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UserError(`${name}: "${v}" is not a whole number`);
  return Number(v);
}

export function filterFromOptions(o: FilterOpts): EventFilter {
  if (o.sort && !SORT_KEYS.includes(o.sort as SortKey))
    throw new UserError(`--sort must be one of ${SORT_KEYS.join(", ")}`);
  return {
    country: o.country,
    admin1: o.admin1,
    event_type: o.eventType,
    sub_event_type: o.subEventType,
    actor: o.actor,
    start_date: date("--from", o.from),
    end_date: date("--to", o.to),
    min_fatalities: int("--min-fatalities", o.minFatalities),
    q: o.q,
    reviewed_only: o.reviewed,
    sort: o.sort as SortKey | undefined,
    limit: int("--limit", o.limit),
  };
}

interface ExportOpts extends FilterOpts {
  db?: string;
  format: string;
  output?: string;
}

export function register(program: Command): void {
  const cmd = program
    .command("export")
    .description("Export stored events (reviewed values) as ACLED CSV, wide CSV, JSONL or GeoJSON")
    .requiredOption("-f, --format <format>", `${EXPORT_FORMATS.join(" | ")}`)
    .option("-o, --output <file>", "write to a file instead of standard output");
  addFilterOptions(addDbOption(cmd)).action(async (opts: ExportOpts) => {
    process.exitCode = await runExport(opts);
  });
}

export async function runExport(opts: ExportOpts): Promise<number> {
  if (!EXPORT_FORMATS.includes(opts.format as ExportFormat))
    throw new UserError(`--format must be one of ${EXPORT_FORMATS.join(", ")} (got "${opts.format}")`);
  const filter = filterFromOptions(opts);
  const store = await openDb(opts.db);
  const out = opts.output ? createWriteStream(opts.output) : process.stdout;
  const write = (s: string) =>
    new Promise<void>((resolve, reject) => {
      if (out.write(s)) resolve();
      else out.once("drain", resolve).once("error", reject);
    });
  try {
    const n = await exportEvents(store, filter, opts.format as ExportFormat, write);
    if (opts.output) {
      await new Promise<void>((resolve, reject) =>
        (out as WriteStream).end((e?: Error | null) => (e ? reject(e) : resolve())),
      );
      say(`exported ${n} events to ${opts.output}`);
    }
  } catch (e) {
    if (e instanceof StoreError) throw new UserError(e.message);
    throw e;
  } finally {
    await store.close();
  }
  return 0;
}
