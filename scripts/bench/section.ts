/** Child-process entry of the bench: runs one section and sends its figures to the parent (see child.ts). */
import { benchApi } from "./api.js";
import { benchExtract, benchGrowth } from "./extract.js";
import { benchGazetteer } from "./gazetteer.js";
import { ingestWorker, storeOnlyRate, type WorkerParams } from "./ingest.js";

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
      return benchExtract(p.corpusBytes as number, p.profile === true);
    case "growth":
      return benchGrowth(p.quick as boolean);
    case "gazetteer":
      return benchGazetteer();
    case "ingest-worker":
      return ingestWorker(p as unknown as WorkerParams, waitGo);
    case "ingest-store-only":
      return storeOnlyRate(p as { db: string; n: number });
    case "api":
      return benchApi(p as { events: number; requests: number });
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
