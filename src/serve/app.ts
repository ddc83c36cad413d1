/**
 * The Fastify app: REST API under /api and the built web app (web/dist). Built separately from
 * listening so tests drive it with app.inject().
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { EVENT_TYPES } from "../model/event.js";
import type { EventFilter, Role, Store, StoredEvent } from "../store/types.js";
import { StoreError } from "../store/types.js";
import { Auth, type Caller, HttpError, hasRole } from "./auth.js";
import { csvRows, geojsonFeature } from "./export.js";
import { DOCS_CSS, openApiDocument, openApiHtml } from "./openapi.js";
import {
  COUNT_BY,
  COUNT_GROUPS,
  FILTER_PARAMS,
  intParam,
  listOf,
  oneOf,
  ParamError,
  parsePaging,
  type Query,
  rejectUnknown,
} from "./params.js";
import { RateLimiter } from "./rate-limit.js";
import { parseReviewBody } from "./review-body.js";
import { detailView, toStoreFilter } from "./views.js";

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const WEB_DIST = join(PACKAGE_ROOT, "web", "dist");
export const ADMIN2_TOPOJSON = join(PACKAGE_ROOT, "data", "gazetteer", "mli-adm2.topojson");

export interface AppOptions {
  store: Store;
  /** Anyone may read (default false: reading needs a signed-in viewer). Writes always need an editor. */
  readOpen?: boolean;
  /** Folder of the built web app; null serves the API only. */
  webDir?: string | null;
  /** Mark cookies Secure (set when served over HTTPS). */
  secureCookies?: boolean;
  /** Sign-in attempts allowed per client address and per user name in `loginWindowMs`. */
  loginMax?: number;
  loginWindowMs?: number;
  logger?: boolean;
}

export const CSP = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

const EXPORT_PAGE = 10_000;
const MAP_MAX = 100_000;

declare module "fastify" {
  interface FastifyRequest {
    caller?: Caller;
  }
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const { store } = opts;
  const readOpen = opts.readOpen ?? false;
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 256 * 1024, trustProxy: false });
  const auth = new Auth(store, opts.secureCookies ?? false);
  const loginByIp = new RateLimiter(opts.loginMax ?? 10, opts.loginWindowMs ?? 5 * 60_000);
  const loginByUser = new RateLimiter(opts.loginMax ?? 10, opts.loginWindowMs ?? 5 * 60_000);

  app.addHook("onSend", async (_req, reply, payload) => {
    reply.header("content-security-policy", CSP);
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "same-origin");
    reply.header("x-frame-options", "DENY");
    return payload;
  });

  app.setErrorHandler((err: Error & { statusCode?: number; validation?: unknown }, req, reply) => {
    if (err instanceof ParamError) return reply.code(400).send({ error: err.message });
    if (err instanceof HttpError) return reply.code(err.status).send({ error: err.message });
    if (err instanceof StoreError) return reply.code(400).send({ error: err.message });
    const code = err.statusCode ?? 500;
    if (code >= 400 && code < 500) return reply.code(code).send({ error: err.message });
    req.log.error(err);
    return reply.code(500).send({ error: "internal error" });
  });

  /** Who calls, and may they read? Runs for every /api route. */
  app.addHook("preHandler", async (req) => {
    if (!req.url.startsWith("/api/")) return;
    req.caller = await auth.identify(req);
    const method = req.method.toUpperCase();
    if (!["GET", "HEAD", "OPTIONS"].includes(method)) auth.checkCsrf(req, req.caller);
  });

  const canRead = (req: FastifyRequest) => {
    if (!readOpen && !req.caller)
      throw new HttpError(401, "sign in (or send an API token) to read this server's events");
  };
  const requireRole = (req: FastifyRequest, role: Role) => {
    if (!req.caller) throw new HttpError(401, `sign in as ${role} to do this`);
    if (!hasRole(req.caller.user, role)) {
      throw new HttpError(403, `your role (${req.caller.user.role}) may not do this: ${role} role required`);
    }
  };
  const q = (req: FastifyRequest) => (req.query ?? {}) as Query;

  // ---- documentation -------------------------------------------------------------------------
  app.get("/api/openapi.json", async () => openApiDocument());
  app.get("/api/docs", async (_req, reply) => reply.type("text/html; charset=utf-8").send(openApiHtml()));
  app.get("/api/docs.css", async (_req, reply) => reply.type("text/css; charset=utf-8").send(DOCS_CSS));

  // ---- session -------------------------------------------------------------------------------
  app.get("/api/me", async (req) => ({
    user: req.caller ? { name: req.caller.user.username, role: req.caller.user.role } : null,
    via: req.caller?.via ?? null,
    readOpen,
  }));

  app.post("/api/login", async (req, reply) => {
    const body = req.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== "object") throw new ParamError("body", "expected JSON {username, password}");
    if (typeof body.username !== "string" || body.username.trim() === "" || body.username.length > 100) {
      throw new ParamError("username", "expected a non-empty string");
    }
    if (typeof body.password !== "string" || body.password === "" || body.password.length > 1000) {
      throw new ParamError("password", "expected a non-empty string");
    }
    const username = body.username.trim();
    const wait = Math.max(loginByIp.take(req.ip), loginByUser.take(username.toLowerCase()));
    if (wait > 0) {
      reply.header("retry-after", String(wait));
      throw new HttpError(429, `too many sign-in attempts; try again in ${wait} s`);
    }
    const user = await store.verifyPassword(username, body.password);
    if (!user) throw new HttpError(401, "wrong user name or password");
    loginByUser.reset(username.toLowerCase());
    const csrf = auth.startSession(reply, user);
    return { user: { name: user.username, role: user.role }, csrf };
  });

  app.post("/api/logout", async (req, reply) => {
    auth.endSession(req, reply);
    return { ok: true };
  });

  app.post("/api/tokens", async (req) => {
    requireRole(req, "viewer");
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (body.label !== undefined && (typeof body.label !== "string" || body.label.length > 100)) {
      throw new ParamError("label", "expected a short string");
    }
    const t = await store.createToken(req.caller!.user.username, body.label as string | undefined);
    return { id: t.id, token: t.token, user: req.caller!.user.username, role: req.caller!.user.role };
  });

  // ---- events --------------------------------------------------------------------------------
  const listParams = [...FILTER_PARAMS, "status", "limit", "offset", "sort", "format"];

  async function sendEvents(req: FastifyRequest, reply: FastifyReply, format: "json" | "csv" | "geojson") {
    canRead(req);
    const query = q(req);
    rejectUnknown(query, listParams);
    if (query.format !== undefined) {
      const f = oneOf(query, "format", ["json", "csv", "geojson"] as const);
      if (format !== "json" && f !== format)
        throw new ParamError("format", `conflicts with the .${format} path`);
      format = f;
    }
    const filter = toStoreFilter(query);
    if (format === "json") {
      const paging = parsePaging(query, 1000, 100);
      const { events, total } = await store.queryEvents({ ...filter, ...paging });
      return { events, total, limit: paging.limit, offset: paging.offset };
    }
    const paging = parsePaging(query, 10_000_000, 10_000_000);
    const stamp = new Date().toISOString().slice(0, 10);
    reply.header("content-disposition", `attachment; filename="chronicle-events-${stamp}.${format}"`);
    reply.type(format === "csv" ? "text/csv; charset=utf-8" : "application/geo+json; charset=utf-8");
    return reply.send(Readable.from(exportChunks(store, filter, paging, format)));
  }

  app.get("/api/events", (req, reply) => sendEvents(req, reply, "json"));
  app.get("/api/events.csv", (req, reply) => sendEvents(req, reply, "csv"));
  app.get("/api/events.geojson", (req, reply) => sendEvents(req, reply, "geojson"));
  app.get("/api/events.json", (req, reply) => sendEvents(req, reply, "json"));

  app.get("/api/points", async (req) => {
    canRead(req);
    const query = q(req);
    rejectUnknown(query, [...FILTER_PARAMS, "status", "limit"]);
    const max = intParam(query, "limit", { min: 1, max: MAP_MAX, fallback: MAP_MAX });
    const filter = toStoreFilter(query);
    const types = [...EVENT_TYPES] as string[];
    const points: [string, number, number, number, number][] = [];
    let total = 0;
    for (let offset = 0; offset < max; offset += EXPORT_PAGE) {
      const page = await store.queryEvents({ ...filter, limit: Math.min(EXPORT_PAGE, max - offset), offset });
      total = page.total;
      for (const e of page.events) {
        if (e.latitude === null || e.longitude === null) continue;
        let t = types.indexOf(e.event_type);
        if (t < 0) t = types.push(e.event_type) - 1;
        points.push([e.event_id_cnty, round5(e.longitude), round5(e.latitude), t, e.fatalities]);
      }
      if (page.events.length < EXPORT_PAGE || offset + EXPORT_PAGE >= total) break;
    }
    return { total, truncated: total > max, types, points };
  });

  app.get("/api/events/:id", async (req) => {
    canRead(req);
    rejectUnknown(q(req), []);
    const id = eventId(req);
    const detail = await store.getEvent(id);
    if (!detail) throw new HttpError(404, `no event '${id}'`);
    return detailView(store, detail, await store.audit(detail.event.event_id_cnty));
  });

  app.post("/api/events/:id/review", async (req) => {
    requireRole(req, "editor");
    const id = eventId(req);
    const review = parseReviewBody(req.body);
    if (review.action === "reset") requireRole(req, "admin");
    const before = await store.getEvent(id);
    if (!before) throw new HttpError(404, `no event '${id}'`);
    const event = await store.reviewEvent(
      before.event.event_id_cnty,
      req.caller!.user.username,
      review.action,
      review.changes,
      review.reason,
    );
    return { event, audit: await store.audit(event.event_id_cnty) };
  });

  app.get("/api/articles/:id", async (req) => {
    canRead(req);
    rejectUnknown(q(req), []);
    const raw = (req.params as { id: string }).id;
    if (!/^\d{1,15}$/.test(raw)) throw new ParamError("id", "expected an article id (integer)");
    const article = await store.getArticle(Number(raw));
    if (!article) throw new HttpError(404, `no article ${raw}`);
    return { article };
  });

  // ---- aggregates ----------------------------------------------------------------------------
  app.get("/api/counts", async (req) => {
    canRead(req);
    const query = q(req);
    rejectUnknown(query, [...FILTER_PARAMS, "status", "by", "group"]);
    const by = oneOf(query, "by", COUNT_BY, "week");
    const group = oneOf(query, "group", COUNT_GROUPS, "event_type");
    const rows = await store.counts(toStoreFilter(query), by, group);
    return { by, group, rows };
  });

  app.get("/api/facets", async (req) => {
    canRead(req);
    const query = q(req);
    rejectUnknown(query, [...FILTER_PARAMS, "status", "fields", "size"]);
    const allFields = [
      "event_type",
      "sub_event_type",
      "country",
      "admin1",
      "actor1",
      "actor2",
      "review_status",
      "year",
    ] as const;
    const fields = listOf(query, "fields", allFields, [
      "event_type",
      "country",
      "admin1",
      "actor1",
      "review_status",
    ]);
    const size = intParam(query, "size", { min: 1, max: 100, fallback: 20 });
    return { facets: await store.facets(toStoreFilter(query), fields, size) };
  });

  app.get("/api/stats", async (req) => {
    canRead(req);
    return store.stats();
  });

  app.get("/api/geo/admin2", async (_req, reply) => {
    if (!existsSync(ADMIN2_TOPOJSON)) throw new HttpError(404, "no admin boundaries shipped");
    reply.header("cache-control", "public, max-age=86400");
    return reply.type("application/json").send(readFileSync(ADMIN2_TOPOJSON));
  });

  app.all("/api/*", async (req) => {
    throw new HttpError(404, `no API endpoint ${req.method} ${req.url.split("?")[0]}`);
  });

  // ---- web app -------------------------------------------------------------------------------
  const webDir = opts.webDir === undefined ? WEB_DIST : opts.webDir;
  const index = webDir ? join(webDir, "index.html") : null;
  if (webDir && index && existsSync(index)) {
    await app.register(fastifyStatic, { root: webDir, prefix: "/", wildcard: false, index: false });
    const html = readFileSync(index);
    const sendIndex = async (_req: FastifyRequest, reply: FastifyReply) =>
      reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(html);
    app.get("/", sendIndex);
    app.get("/event/*", sendIndex);
    app.setNotFoundHandler(async (req, reply) => {
      if (
        req.method === "GET" &&
        !req.url.startsWith("/assets/") &&
        req.headers.accept?.includes("text/html")
      ) {
        return sendIndex(req, reply);
      }
      return reply.code(404).send({ error: "not found" });
    });
  } else {
    app.get("/", async (_req, reply) =>
      reply
        .type("text/plain; charset=utf-8")
        .send("Chronicle API is running (see /api/docs). The web app is not built: run `npm run build`."),
    );
  }
  return app;
}

function round5(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

function eventId(req: FastifyRequest): string | number {
  const raw = (req.params as { id: string }).id;
  if (/^\d{1,15}$/.test(raw)) return Number(raw);
  if (!/^[A-Za-z]{2,4}\d{1,15}$/.test(raw)) throw new ParamError("id", "expected an event id such as MLI12");
  return raw.toUpperCase();
}

async function* exportChunks(
  store: Store,
  filter: EventFilter,
  paging: { limit: number; offset: number; sort: EventFilter["sort"] },
  format: "csv" | "geojson",
): AsyncGenerator<string> {
  let sent = 0;
  let first = true;
  if (format === "geojson") yield '{"type":"FeatureCollection","features":[';
  while (sent < paging.limit) {
    const size = Math.min(EXPORT_PAGE, paging.limit - sent);
    const { events } = await store.queryEvents({
      ...filter,
      sort: paging.sort,
      limit: size,
      offset: paging.offset + sent,
    });
    if (format === "csv") yield csvRows(events, first);
    else
      yield events
        .map((e: StoredEvent, i) => (first && i === 0 ? "" : ",") + JSON.stringify(geojsonFeature(e)))
        .join("");
    first = false;
    sent += events.length;
    if (events.length < size) break;
  }
  if (format === "csv" && first) yield csvRows([], true);
  if (format === "geojson") yield "]}";
}
