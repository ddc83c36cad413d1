/** A scratch PostgreSQL database for the ingest bench (never the database named in the URL itself). */
import pg from "pg";

/** The server to use: --pg, then CHRONICLE_BENCH_PG, then CHRONICLE_TEST_PG; null when none. */
export function pgServerUrl(flag?: string): string | null {
  return flag || process.env.CHRONICLE_BENCH_PG || process.env.CHRONICLE_TEST_PG || null;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function admin(url: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  c.on("error", () => {});
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const SCRATCH = "chronicle_bench_scratch";

/** Drop and create the scratch database on the server of `url`; returns its URL. */
export async function freshScratchDb(url: string): Promise<string> {
  await admin(url, `DROP DATABASE IF EXISTS ${SCRATCH} WITH (FORCE)`);
  await admin(url, `CREATE DATABASE ${SCRATCH}`);
  return withDatabase(url, SCRATCH);
}

export async function dropScratchDb(url: string): Promise<void> {
  await admin(url, `DROP DATABASE IF EXISTS ${SCRATCH} WITH (FORCE)`).catch(() => {});
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}
