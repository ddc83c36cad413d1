#!/usr/bin/env node
// Entry point installed as `chronicle`. The TypeScript sources are compiled to dist/ by `npm ci` (prepare).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dist = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(dist))) {
  process.stderr.write("chronicle: the compiled code is missing; run `npm run build` (npm ci does it for you)\n");
  process.exit(2);
}
const { main } = await import(dist.href);
process.exitCode = await main(process.argv.slice(2));
