/**
 * Child-process entry of the bench: runs one section and sends its figures to the parent (see child.ts).
 * Each section's module is imported only when that section runs, so a section's peak memory holds no
 * other section's code (the API and ingest modules pull in the stores and the server).
 */
import type { WorkerParams } from "./ingest.js";

type Params = Record<string, unknown>;

function waitGo(): Promise<void> {
  process.send?.({ type: "ready" });
  return new Promise((resolve) => {
    const on = (m: { type: string }) => {
      if (m.type === "go") {
        process.off("message", on);
        resolve();
      }
    };
    process.on("message", on);
  });
}

async function run(section: string, p: Params): Promise<unknown> {
  switch (section) {
    case "extract":
      return (await import("./extract.js")).benchExtract(p.corpusBytes as number, p.profile === true);
    case "reference":
      return (await import("./reference.js")).benchReference(p.corpusBytes as number, p.exclude as number[]);
    case "growth":
      return (await import("./extract.js")).benchGrowth(p.quick as boolean);
    case "gazetteer":
      return (await import("./gazetteer.js")).benchGazetteer();
    case "ingest-worker":
      return (await import("./ingest.js")).ingestWorker(p as unknown as WorkerParams, waitGo);
    case "ingest-store-only":
      return (await import("./ingest.js")).storeOnlyRate(p as { db: string; n: number });
    case "api":
      return (await import("./api.js")).benchApi(p as { events: number; requests: number });
    default:
      throw new Error(`unknown section ${section}`);
  }
}

process.once("message", (m: { type: string; section: string; params: Params }) => {
  if (m.type !== "run") return;
  run(m.section, m.params).then(
    (result) => process.send?.({ type: "result", result }, () => process.exit(0)),
    (e: Error) => process.send?.({ type: "error", message: e.message.split("\n")[0] }, () => process.exit(1)),
  );
});
