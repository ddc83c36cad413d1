/** The OpenAPI 3.1 description of Chronicle's REST API, and a readable HTML rendering of it. */
import { EVENT_TYPES } from "../model/event.js";
import { FACET_FIELDS, SORT_KEYS } from "../store/types.js";

type Param = { name: string; in: "query" | "path"; description: string; schema: object; required?: boolean };

const str = (description: string, extra: object = {}): Omit<Param, "name" | "in"> => ({
  description,
  schema: { type: "string", ...extra },
});
const date = { type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" };

const FILTERS: Param[] = [
  { name: "country", in: "query", ...str("Country name (Mali) or ISO3 code (MLI)") },
  { name: "admin1", in: "query", ...str("First-level region, exact name") },
  { name: "event_type", in: "query", ...str("ACLED event type", { enum: [...EVENT_TYPES] }) },
  { name: "sub_event_type", in: "query", ...str("ACLED sub-event type") },
  { name: "actor", in: "query", ...str("Exact actor name, matched in actor1, actor2 and associated actors") },
  { name: "start_date", in: "query", description: "First day, inclusive (YYYY-MM-DD)", schema: date },
  { name: "end_date", in: "query", description: "Last day, inclusive (YYYY-MM-DD)", schema: date },
  {
    name: "min_fatalities",
    in: "query",
    description: "At least this many fatalities",
    schema: { type: "integer", minimum: 0 },
  },
  { name: "q", in: "query", ...str("Words searched in notes, actors and location (all must match)") },
  { name: "bbox", in: "query", ...str("minLon,minLat,maxLon,maxLat", { example: "-12.3,10.1,4.3,25.0" }) },
  {
    name: "reviewed",
    in: "query",
    description: "true: accepted or corrected events only; false: unreviewed only",
    schema: { type: "boolean" },
  },
  {
    name: "status",
    in: "query",
    ...str("One review status; rejected events are only listed when asked for here", {
      enum: ["unreviewed", "accepted", "corrected", "rejected"],
    }),
  },
];
const PAGING: Param[] = [
  {
    name: "limit",
    in: "query",
    description: "Page size (JSON: 1-1000, default 100; exports: all rows by default)",
    schema: { type: "integer", minimum: 1 },
  },
  {
    name: "offset",
    in: "query",
    description: "Rows to skip",
    schema: { type: "integer", minimum: 0, default: 0 },
  },
  {
    name: "sort",
    in: "query",
    ...str("Sort key, - for descending", { enum: [...SORT_KEYS], default: "-event_date" }),
  },
  {
    name: "format",
    in: "query",
    ...str("json (default), csv or geojson", { enum: ["json", "csv", "geojson"] }),
  },
];
const ID: Param = { name: "id", in: "path", required: true, ...str("Event id (event_id_cnty, e.g. MLI12)") };
const err = {
  description: "Bad parameter: {error} names it",
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
};
const json = (description: string, schema: object = { type: "object" }) => ({
  description,
  content: { "application/json": { schema } },
});

export function openApiDocument(): object {
  return {
    openapi: "3.1.0",
    info: {
      title: "Chronicle API",
      version: "1",
      description:
        "Events extracted from news articles, ACLED-style, with the evidence for every field. Reading may be open or need " +
        "sign-in (server configuration); reviews need the editor role. Authenticate with a session cookie from POST /api/login " +
        "(then send the X-CSRF-Token header on writes) or with an API token as 'Authorization: Bearer <token>'. " +
        "A bad parameter is answered 400 with {error} naming it.",
    },
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        session: { type: "apiKey", in: "cookie", name: "chronicle_session" },
      },
      schemas: {
        Error: { type: "object", properties: { error: { type: "string" } }, required: ["error"] },
        EventList: {
          type: "object",
          properties: {
            events: { type: "array", items: { type: "object" } },
            total: { type: "integer" },
            limit: { type: "integer" },
            offset: { type: "integer" },
          },
        },
        Review: {
          type: "object",
          required: ["action"],
          properties: {
            action: { type: "string", enum: ["accept", "correct", "reject", "reset"] },
            changes: { type: "object", description: "field -> new value (for correct)" },
            evidence: {
              type: "array",
              description: "re-pointed evidence: {field, start, end, text, article_id}",
              items: { type: "object" },
            },
            reason: { type: "string", description: "required for correct, reject and reset" },
          },
        },
      },
    },
    security: [{}, { bearer: [] }, { session: [] }],
    paths: {
      "/api/events": {
        get: {
          summary: "List events matching the filters",
          parameters: [...FILTERS, ...PAGING],
          responses: {
            200: json("{events, total, limit, offset}", { $ref: "#/components/schemas/EventList" }),
            400: err,
          },
        },
      },
      "/api/events.csv": {
        get: {
          summary: "Export as CSV: ACLED's columns in ACLED's order (reviewed values), then Chronicle's",
          parameters: [...FILTERS, ...PAGING.slice(0, 3)],
          responses: { 200: { description: "text/csv" }, 400: err },
        },
      },
      "/api/events.geojson": {
        get: {
          summary: "Export as a GeoJSON FeatureCollection of points",
          parameters: [...FILTERS, ...PAGING.slice(0, 3)],
          responses: { 200: { description: "application/geo+json" }, 400: err },
        },
      },
      "/api/points": {
        get: {
          summary: "Compact points for the map: [event_id, lon, lat, type index, fatalities]",
          parameters: [
            ...FILTERS,
            { name: "limit", in: "query", description: "1-100000", schema: { type: "integer" } },
          ],
          responses: { 200: json("{total, truncated, types, points}"), 400: err },
        },
      },
      "/api/events/{id}": {
        get: {
          summary: "One event with its merged reports, source articles (with text), evidence and audit trail",
          parameters: [ID],
          responses: { 200: json("{event, evidence, reports, articles, audit}"), 404: err },
        },
      },
      "/api/events/{id}/review": {
        post: {
          summary: "Accept, correct or reject an event (editor role)",
          parameters: [ID],
          requestBody: {
            content: { "application/json": { schema: { $ref: "#/components/schemas/Review" } } },
          },
          responses: { 200: json("{event, audit}"), 400: err, 401: err, 403: err, 404: err },
        },
      },
      "/api/articles/{id}": {
        get: {
          summary: "One stored article with its text",
          parameters: [
            {
              name: "id",
              in: "path",
              required: true,
              description: "Article id (integer)",
              schema: { type: "integer" },
            },
          ],
          responses: { 200: json("{article}"), 400: err, 404: err },
        },
      },
      "/api/counts": {
        get: {
          summary: "Counts by period and group, for charts",
          parameters: [
            ...FILTERS,
            { name: "by", in: "query", ...str("Period", { enum: ["week", "month"], default: "week" }) },
            {
              name: "group",
              in: "query",
              ...str("Grouping", {
                enum: ["event_type", "country", "admin1", "actor1"],
                default: "event_type",
              }),
            },
          ],
          responses: { 200: json("{by, group, rows: [{period, key, count, fatalities}]}"), 400: err },
        },
      },
      "/api/facets": {
        get: {
          summary: "Value counts of several fields under the filters",
          parameters: [
            ...FILTERS,
            { name: "fields", in: "query", ...str(`Comma-separated: ${FACET_FIELDS.join(", ")}`) },
            {
              name: "size",
              in: "query",
              description: "Values per field, 1-100 (default 20)",
              schema: { type: "integer" },
            },
          ],
          responses: { 200: json("{facets: {field: [{value, count}]}}"), 400: err },
        },
      },
      "/api/stats": { get: { summary: "Database figures", responses: { 200: json("StoreStats") } } },
      "/api/me": {
        get: {
          summary: "The signed-in user (or null) and whether reading is open",
          responses: { 200: json("{user, readOpen}") },
        },
      },
      "/api/login": {
        post: {
          summary: "Sign in with a local account; sets the session and CSRF cookies. Rate limited.",
          requestBody: {
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["username", "password"],
                  properties: { username: { type: "string" }, password: { type: "string" } },
                },
              },
            },
          },
          responses: { 200: json("{user, csrf}"), 400: err, 401: err, 429: err },
        },
      },
      "/api/logout": { post: { summary: "End the session", responses: { 200: json("{ok}") } } },
      "/api/tokens": {
        post: {
          summary: "Create an API token for the signed-in user (shown once)",
          requestBody: {
            content: {
              "application/json": { schema: { type: "object", properties: { label: { type: "string" } } } },
            },
          },
          responses: { 200: json("{id, token}"), 401: err },
        },
      },
      "/api/geo/admin2": {
        get: {
          summary: "Mali cercle boundaries (TopoJSON, geoBoundaries CC BY 4.0)",
          responses: { 200: { description: "TopoJSON" } },
        },
      },
    },
  };
}

function esc(s: unknown): string {
  return String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A self-contained, script-free HTML page describing every endpoint. */
export function openApiHtml(
  doc = openApiDocument() as {
    info: { title: string; description: string };
    paths: Record<string, Record<string, { summary: string; parameters?: Param[] }>>;
  },
): string {
  const sections = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const params = (op.parameters ?? [])
        .map((p) => {
          const s = p.schema as { type?: string; enum?: string[] };
          const type = s.enum ? s.enum.join(" | ") : (s.type ?? "");
          return `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${esc(type)}</td><td>${esc(p.description)}</td></tr>`;
        })
        .join("");
      return `<section><h2><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h2>
<p>${esc(op.summary)}</p>${params ? `<table><tr><th>name</th><th>in</th><th>type</th><th>description</th></tr>${params}</table>` : ""}</section>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(doc.info.title)}</title>
<link rel="stylesheet" href="/api/docs.css"></head><body>
<h1>${esc(doc.info.title)}</h1><p>${esc(doc.info.description)}</p>
<p>Machine-readable description: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Back to <a href="/">the app</a>.</p>
${sections.join("\n")}</body></html>`;
}

export const DOCS_CSS = `body{font:14px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1f2a33}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{border-bottom:1px solid #e3e6e8;padding:4px 6px;text-align:left;vertical-align:top}
h2{font-size:16px;margin-top:1.6rem}.m{display:inline-block;padding:1px 6px;border-radius:3px;color:#fff;font-size:12px}
.get{background:#2471a3}.post{background:#229954}code{font-size:13px}`;
