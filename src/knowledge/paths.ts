import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../geo/paths.js";

/** Read a JSON file of the package's data folder (data/...). */
export function readDataJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(join(packageRoot(), "data", ...parts), "utf8")) as T;
}
