// Copies the data files that live beside the sources (locale lexicons) into dist/ after tsc.
import { cpSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith(".json")) cpSync(p, join("dist", p.slice("src/".length)));
  }
}
walk("src");
