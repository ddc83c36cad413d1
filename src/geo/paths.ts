import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | null = null;

/** The package root (the folder holding Chronicle's package.json), found from this module's location. */
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

/** Bundled gazetteer folder (data/gazetteer). */
export function gazetteerDir(): string {
  return join(packageRoot(), "data", "gazetteer");
}

export function countriesFile(): string {
  return join(packageRoot(), "data", "countries.json");
}

/** User data folder: $CHRONICLE_HOME or ~/.chronicle. */
export function userHome(): string {
  return process.env.CHRONICLE_HOME || join(homedir(), ".chronicle");
}

/** User gazetteer overlay folder (imported GeoNames dumps and local CSVs). */
export function overlayDir(): string {
  return join(userHome(), "gazetteer");
}
