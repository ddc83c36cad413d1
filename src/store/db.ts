/** A tiny async SQL layer over better-sqlite3 and pg, so one Store implementation serves both. */
import Database from "better-sqlite3";
import pg from "pg";

export type Param = string | number | null | boolean | undefined;

export interface Db {
  readonly dialect: "sqlite" | "postgres";
  all<T = Record<string, unknown>>(sql: string, params?: Param[]): Promise<T[]>;
  get<T = Record<string, unknown>>(sql: string, params?: Param[]): Promise<T | undefined>;
  run(sql: string, params?: Param[]): Promise<number>;
  /** Several statements, no parameters. */
  exec(sql: string): Promise<void>;
  /** Run fn in one transaction (serialised per connection on SQLite). */
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function sqliteParams(params: Param[]): (string | number | null)[] {
  return params.map((p) => (p === undefined ? null : typeof p === "boolean" ? (p ? 1 : 0) : p));
}

export class SqliteDb implements Db {
  readonly dialect = "sqlite" as const;
  private cache = new Map<string, Database.Statement>();
  private lock: Promise<unknown> = Promise.resolve();
  private inTx = false;
  constructor(readonly raw: Database.Database) {}

  private stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.raw.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }
  async all<T>(sql: string, params: Param[] = []): Promise<T[]> {
    return this.stmt(sql).all(...sqliteParams(params)) as T[];
  }
  async get<T>(sql: string, params: Param[] = []): Promise<T | undefined> {
    return this.stmt(sql).get(...sqliteParams(params)) as T | undefined;
  }
  async run(sql: string, params: Param[] = []): Promise<number> {
    return this.stmt(sql).run(...sqliteParams(params)).changes;
  }
  async exec(sql: string): Promise<void> {
    this.raw.exec(sql);
  }
  async tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    if (this.inTx) return fn(this);
    const prev = this.lock;
    let release!: () => void;
    this.lock = new Promise<void>((r) => {
      release = r;
    });
    await prev;
    this.inTx = true;
    try {
      this.raw.exec("BEGIN IMMEDIATE");
      try {
        const out = await fn(this);
        this.raw.exec("COMMIT");
        return out;
      } catch (e) {
        if (this.raw.inTransaction) this.raw.exec("ROLLBACK");
        throw e;
      }
    } finally {
      this.inTx = false;
      release();
    }
  }
  async close(): Promise<void> {
    this.raw.close();
  }
}

pg.types.setTypeParser(20, (v) => Number(v)); // int8 (COUNT, BIGSERIAL) as number
pg.types.setTypeParser(1700, (v) => Number(v)); // numeric

/** `?` placeholders -> `$1..$n` (Chronicle's SQL never has `?` inside literals). */
export function toPgPlaceholders(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

function pgParams(params: Param[]): unknown[] {
  return params.map((p) => (p === undefined ? null : p));
}

type Queryable = pg.Pool | pg.PoolClient;

class PgConn implements Db {
  readonly dialect = "postgres" as const;
  constructor(
    protected q: Queryable,
    private pool: pg.Pool | null,
  ) {}
  async all<T>(sql: string, params: Param[] = []): Promise<T[]> {
    const r = await this.q.query(toPgPlaceholders(sql), pgParams(params));
    return r.rows as T[];
  }
  async get<T>(sql: string, params: Param[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }
  async run(sql: string, params: Param[] = []): Promise<number> {
    const r = await this.q.query(toPgPlaceholders(sql), pgParams(params));
    return r.rowCount ?? 0;
  }
  async exec(sql: string): Promise<void> {
    await this.q.query(sql);
  }
  async tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    if (!this.pool) return fn(this);
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const out = await fn(new PgConn(client, null));
      await client.query("COMMIT");
      return out;
    } catch (e) {
      await client.query("ROLLBACK").catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }
  async close(): Promise<void> {
    if (this.pool) await this.pool.end();
  }
}

export function openPg(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  pool.on("error", () => {}); // idle client errors must not crash the process
  return new PgConn(pool, pool);
}

export function openSqlite(path: string): SqliteDb {
  const raw = new Database(path, { timeout: 10_000 });
  return new SqliteDb(raw);
}
