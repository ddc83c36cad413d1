/** openStore(url): a file path or sqlite:PATH -> SQLite; postgres:// or postgresql:// -> PostgreSQL. */
import { closeSync, existsSync, openSync, readSync } from "node:fs";
import { openPg, openSqlite } from "./db.js";
import { migrate } from "./schema.js";
import { SqlStore } from "./sql-store.js";
import { type Store, StoreError } from "./types.js";

export { MAX_ATTEMPTS, type QueueCounts, type QueueItem, WorkQueue } from "./queue.js";
export { contentHash } from "./sql-store.js";
export * from "./types.js";

const SQLITE_MAGIC = "SQLite format 3\u0000";

function isSqliteFile(path: string): boolean {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return n === 0 || (buf.toString("latin1", 0, n) === SQLITE_MAGIC.slice(0, n) && n === 16);
  } finally {
    closeSync(fd);
  }
}

/** A URL safe to show: the password replaced by ***. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

export async function openStore(url: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const db = openPg(url);
    try {
      await db.get("SELECT 1 AS ok");
      await migrate(db, redactUrl(url));
    } catch (e) {
      await db.close().catch(() => {});
      if (e instanceof StoreError) throw e;
      throw new StoreError(`cannot open PostgreSQL database ${redactUrl(url)}: ${(e as Error).message}`);
    }
    return new SqlStore(db);
  }
  const path = url.replace(/^sqlite:(\/\/)?/i, "");
  if (existsSync(path) && !isSqliteFile(path))
    throw new StoreError(`${path} is not a Chronicle database (not SQLite)`);
  let db: ReturnType<typeof openSqlite>;
  try {
    db = openSqlite(path);
  } catch (e) {
    throw new StoreError(`cannot open ${path}: ${(e as Error).message}`);
  }
  try {
    db.raw.pragma("journal_mode = WAL");
    db.raw.pragma("synchronous = NORMAL");
    db.raw.pragma("foreign_keys = ON");
    await migrate(db, path);
  } catch (e) {
    db.raw.close();
    if (e instanceof StoreError) throw e;
    throw new StoreError(`cannot open ${path}: ${(e as Error).message}`);
  }
  return new SqlStore(db);
}
