import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | null = null;

/** Chronicle's package root, found by walking up from this module (works from src/ and dist/). */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, "utf8")).name === "chronicle") {
          root = dir;
          return dir;
        }
      } catch {
        // keep walking up
      }
    }
    dir = dirname(dir);
  }
  throw new Error("cannot find Chronicle's package root");
}

/** Read a JSON file of the package's data folder (data/...). */
export function readDataJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(join(packageRoot(), "data", ...parts), "utf8")) as T;
}

/** Read a locale lexicon (src/locales/<locale>/<file>, copied beside the compiled code in dist/). */
export function readLocaleJson<T>(locale: string, file: string): T {
  return JSON.parse(readFileSync(new URL(`../locales/${locale}/${file}`, import.meta.url), "utf8")) as T;
}
