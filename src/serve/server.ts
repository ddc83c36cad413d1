/** Listening wrapper around buildApp(): used by `chronicle serve`. */
import type { FastifyInstance } from "fastify";
import type { Store } from "../store/types.js";
import { buildApp } from "./app.js";

export interface ServerOptions {
  store: Store;
  host: string;
  port: number;
  readOpen: boolean;
  webDir?: string | null;
  logger?: boolean;
}

export async function startServer(opts: ServerOptions): Promise<{ app: FastifyInstance; url: string }> {
  const app = await buildApp({
    store: opts.store,
    readOpen: opts.readOpen,
    webDir: opts.webDir,
    logger: opts.logger,
  });
  await app.listen({ host: opts.host, port: opts.port });
  const addr = app.server.address();
  const port = typeof addr === "object" && addr ? addr.port : opts.port;
  const host = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
  return { app, url: `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}` };
}
