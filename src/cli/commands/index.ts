import type { Command } from "commander";
import { register as registerEval } from "./eval.js";
import { register as registerEvents } from "./events.js";
import { register as registerExport } from "./export.js";
import { register as registerExtract } from "./extract.js";
import { register as registerGazetteer } from "./gazetteer.js";
import { register as registerIngest } from "./ingest.js";
import { register as registerServe } from "./serve.js";
import { register as registerUsers } from "./users.js";

/** Every subcommand module registers itself here (one import + one call each). */
export function registerAll(program: Command): void {
  registerExtract(program);
  registerEval(program);
  registerServe(program);
  registerIngest(program);
  registerExport(program);
  registerEvents(program);
  registerGazetteer(program);
  registerUsers(program);
}
