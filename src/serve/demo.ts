/**
 * `chronicle serve --demo`: a fresh SQLite file in a temporary folder, filled from the example articles
 * shipped in examples/, with a demo editor and a demo viewer account.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractArticle } from "../extract/index.js";
import { readInputs } from "../ingest/index.js";
import { openStore } from "../store/index.js";
import type { Store } from "../store/types.js";
import { PACKAGE_ROOT } from "./app.js";
import { seedSample } from "./sample.js";

export const EXAMPLES_DIR = join(PACKAGE_ROOT, "examples");

export interface DemoAccount {
  username: string;
  password: string;
  role: "editor" | "viewer";
}

export interface Demo {
  store: Store;
  dbPath: string;
  articles: number;
  events: number;
  accounts: DemoAccount[];
  /** Notes for the user (e.g. articles that could not be read). */
  warnings: string[];
}

export async function createDemo(examplesDir = EXAMPLES_DIR): Promise<Demo> {
  const dir = await mkdtemp(join(tmpdir(), "chronicle-demo-"));
  const dbPath = join(dir, "demo.db");
  const store = await openStore(dbPath);
  const warnings: string[] = [];
  let articles = 0;
  if (existsSync(examplesDir)) {
    for await (const item of readInputs([examplesDir])) {
      if (!item.ok) {
        warnings.push(`${item.input}: ${item.error}`);
        continue;
      }
      const { events } = extractArticle(item.article);
      await store.ingestArticle(item.article, events);
      articles++;
    }
  } else {
    warnings.push(`no examples folder at ${examplesDir}`);
  }
  let events = (await store.stats()).events;
  if (events === 0) {
    warnings.push(
      "the extractor found no events in the examples; loaded Chronicle's built-in sample instead",
    );
    events = await seedSample(store);
    articles = (await store.stats()).articles;
  }
  const accounts: DemoAccount[] = [
    { username: "demo-editor", password: randomBytes(9).toString("base64url"), role: "editor" },
    { username: "demo-viewer", password: randomBytes(9).toString("base64url"), role: "viewer" },
  ];
  for (const a of accounts) await store.createUser(a.username, a.password, a.role);
  return { store, dbPath, articles, events, accounts, warnings };
}
