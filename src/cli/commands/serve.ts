/** `chronicle serve`: the analyst's web app and REST API over a Chronicle database. */

import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { WEB_DIST } from "../../serve/app.js";
import { createDemo } from "../../serve/demo.js";
import { startServer } from "../../serve/server.js";
import { openStore, redactUrl } from "../../store/index.js";
import type { Store } from "../../store/types.js";

interface ServeOptions {
  db: string;
  port: string;
  host: string;
  demo?: boolean;
  openRead?: boolean;
  log?: boolean;
}

function fail(message: string): void {
  process.stderr.write(`chronicle serve: ${message}\n`);
  process.exitCode = 1;
}

export function register(program: Command): void {
  program
    .command("serve")
    .description("serve the web app (map, timeline, event pages, review) and the REST API (/api/docs)")
    .option("--db <file|url>", "SQLite file or postgres:// URL", process.env.CHRONICLE_DB ?? "chronicle.db")
    .option("--port <n>", "port to listen on", "8080")
    .option("--host <addr>", "address to listen on", "127.0.0.1")
    .option(
      "--demo",
      "ingest the example articles into a fresh temporary database and serve it (reading open)",
    )
    .option("--open-read", "let anyone read events without signing in (writes always need an editor)")
    .option("--log", "log every request")
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!/^\d+$/.test(opts.port) || port > 65535)
        return fail(`--port must be a number from 0 to 65535, not "${opts.port}"`);
      let store: Store;
      let readOpen = !!opts.openRead;
      try {
        if (opts.demo) {
          const demo = await createDemo();
          store = demo.store;
          readOpen = true;
          for (const w of demo.warnings) process.stderr.write(`note: ${w}\n`);
          process.stdout.write(
            `Demo database: ${demo.dbPath} (${demo.articles} articles, ${demo.events} events)\n`,
          );
          for (const a of demo.accounts)
            process.stdout.write(`  sign in as ${a.role}: ${a.username} / ${a.password}\n`);
        } else {
          if (!/^postgres(ql)?:\/\//i.test(opts.db) && !existsSync(opts.db.replace(/^sqlite:(\/\/)?/i, ""))) {
            return fail(
              `no database at ${opts.db} (create one with \`chronicle ingest --db ${opts.db} ...\`, or try --demo)`,
            );
          }
          store = await openStore(opts.db);
        }
      } catch (e) {
        return fail((e as Error).message.split("\n")[0]);
      }
      if (!existsSync(join(WEB_DIST, "index.html"))) {
        process.stderr.write("note: the web app is not built (run `npm run build`); serving the API only\n");
      }
      try {
        const { app, url } = await startServer({
          store,
          host: opts.host,
          port,
          readOpen,
          logger: !!opts.log,
        });
        process.stdout.write(
          `Chronicle serving ${opts.demo ? "the demo" : redactUrl(opts.db)} at ${url}/ (API docs: ${url}/api/docs); ` +
            `reading is ${readOpen ? "open" : "for signed-in users"}. Ctrl-C stops.\n`,
        );
        const stop = async () => {
          await app.close().catch(() => undefined);
          await store.close().catch(() => undefined);
          process.exit(0);
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      } catch (e) {
        await store.close().catch(() => undefined);
        const err = e as NodeJS.ErrnoException;
        return fail(
          err.code === "EADDRINUSE"
            ? `port ${port} on ${opts.host} is already in use (try --port)`
            : err.message,
        );
      }
    });
}
