/**
 * The ingest work queue (table ingest_queue, schema v2): several `chronicle ingest` workers, on one
 * machine or many, share one database and never process an article twice.
 * - enqueue: by content hash; an article already queued or stored is not queued again.
 * - claim: a batch of pending items, or items whose claim expired (a crashed worker), with
 *   `SELECT ... FOR UPDATE SKIP LOCKED` on PostgreSQL (SQLite: BEGIN IMMEDIATE serialises claims).
 * - heartbeat extends this worker's claims; done/fail close an item.
 * Times come from the database clock, so workers on machines with skewed clocks agree.
 */
import type { Article } from "../model/article.js";
import type { Db } from "./db.js";

export interface QueueItem {
  id: number;
  content_hash: string;
  article: Article;
  label: string | null;
  attempts: number;
}

export interface QueueCounts {
  pending: number;
  claimed: number;
  done: number;
  failed: number;
}

/** A claimed item is given up (failed) after this many claims: it crashed its workers. */
export const MAX_ATTEMPTS = 3;

function nowMs(db: Db): string {
  return db.dialect === "sqlite"
    ? "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
    : "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)";
}

export class WorkQueue {
  constructor(
    private readonly db: Db,
    readonly worker: string,
    private readonly ttlMs = 120_000,
  ) {}

  /** "queued", or "known" when the article is already queued (any state) or stored. */
  async enqueue(hash: string, article: Article, label: string | null): Promise<"queued" | "known"> {
    const stored = await this.db.get("SELECT 1 AS x FROM articles WHERE content_hash = ?", [hash]);
    const n = await this.db.run(
      `INSERT INTO ingest_queue (content_hash, article, label, status, enqueued_at, done_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING`,
      [
        hash,
        stored ? "{}" : JSON.stringify(article),
        label,
        stored ? "done" : "pending",
        new Date().toISOString(),
        stored ? new Date().toISOString() : null,
      ],
    );
    return n > 0 && !stored ? "queued" : "known";
  }

  /** Claim up to n items; items over MAX_ATTEMPTS are marked failed and not returned. */
  async claim(n: number): Promise<QueueItem[]> {
    const now = nowMs(this.db);
    const rows = await this.db.tx(async (t) => {
      const lock = t.dialect === "postgres" ? " FOR UPDATE SKIP LOCKED" : "";
      const ids = await t.all<{ id: number }>(
        `SELECT id FROM ingest_queue
         WHERE status = 'pending' OR (status = 'claimed' AND claimed_until < ${now})
         ORDER BY id LIMIT ?${lock}`,
        [n],
      );
      if (ids.length === 0) return [];
      return t.all<Record<string, unknown>>(
        `UPDATE ingest_queue SET status = 'claimed', worker = ?, claimed_until = ${now} + ?, attempts = attempts + 1
         WHERE id IN (${ids.map(() => "?").join(", ")})
         RETURNING id, content_hash, article, label, attempts`,
        [this.worker, this.ttlMs, ...ids.map((r) => Number(r.id))],
      );
    });
    const out: QueueItem[] = [];
    for (const r of rows.sort((a, b) => Number(a.id) - Number(b.id))) {
      const item = {
        id: Number(r.id),
        content_hash: String(r.content_hash),
        article: JSON.parse(String(r.article)) as Article,
        label: (r.label as string) ?? null,
        attempts: Number(r.attempts),
      };
      if (item.attempts > MAX_ATTEMPTS)
        await this.fail(item, `given up after ${MAX_ATTEMPTS} claims (the article crashed its workers)`);
      else out.push(item);
    }
    return out;
  }

  /** Extend this worker's open claims by the TTL. */
  async heartbeat(): Promise<void> {
    await this.db.run(
      `UPDATE ingest_queue SET claimed_until = ${nowMs(this.db)} + ? WHERE status = 'claimed' AND worker = ?`,
      [this.ttlMs, this.worker],
    );
  }

  async done(item: QueueItem): Promise<void> {
    await this.db.run(
      "UPDATE ingest_queue SET status = 'done', article = '{}', done_at = ?, error = NULL WHERE id = ? AND status <> 'done'",
      [new Date().toISOString(), item.id],
    );
  }

  async fail(item: QueueItem, error: string): Promise<void> {
    await this.db.run(
      "UPDATE ingest_queue SET status = 'failed', error = ?, done_at = ? WHERE id = ? AND status <> 'done'",
      [error.slice(0, 500), new Date().toISOString(), item.id],
    );
  }

  /** Give back this worker's unfinished claims (clean shutdown). */
  async release(): Promise<void> {
    await this.db.run(
      "UPDATE ingest_queue SET status = 'pending', worker = NULL, claimed_until = NULL, attempts = attempts - 1 WHERE status = 'claimed' AND worker = ?",
      [this.worker],
    );
  }

  async counts(): Promise<QueueCounts> {
    const rows = await this.db.all<{ status: string; n: number }>(
      "SELECT status, COUNT(*) AS n FROM ingest_queue GROUP BY status",
    );
    const c: QueueCounts = { pending: 0, claimed: 0, done: 0, failed: 0 };
    for (const r of rows) if (r.status in c) c[r.status as keyof QueueCounts] = Number(r.n);
    return c;
  }
}
