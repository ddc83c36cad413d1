/** `chronicle events`: a quick look at stored events in the terminal. */
import type { Command } from "commander";
import { type StoredEvent, StoreError } from "../../store/index.js";
import { UserError } from "../errors.js";
import { addDbOption, addFilterOptions, type FilterOpts, filterFromOptions, openDb } from "./export.js";

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function eventTable(events: StoredEvent[]): string {
  const head = ["id", "date", "type / sub-type", "actor1", "actor2", "place", "fatal", "src", "review"];
  const rows = events.map((e) => [
    e.event_id_cnty,
    e.event_date ?? "?",
    clip(`${e.event_type} / ${e.sub_event_type}`, 44),
    clip(e.actor1 ?? "", 32),
    clip(e.actor2 ?? "", 32),
    clip([e.location, e.admin1, e.country].filter((x, i, a) => x && a.indexOf(x) === i).join(", "), 32),
    String(e.fatalities),
    String(e.sources.length),
    e.review_status === "unreviewed" ? "" : e.review_status,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

export function register(program: Command): void {
  const cmd = program.command("events").description("List stored events as a compact table");
  addFilterOptions(addDbOption(cmd)).action(async (opts: FilterOpts & { db?: string }) => {
    const filter = { limit: 50, ...filterFromOptions(opts) };
    if (filter.limit === undefined) filter.limit = 50;
    const store = await openDb(opts.db);
    try {
      const { events, total } = await store.queryEvents(filter);
      if (events.length) process.stdout.write(`${eventTable(events)}\n`);
      process.stdout.write(`${events.length} of ${total} events\n`);
    } catch (e) {
      if (e instanceof StoreError) throw new UserError(e.message);
      throw e;
    } finally {
      await store.close();
    }
  });
}
