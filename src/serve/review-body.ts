/** Validation of POST /api/events/:id/review bodies: every problem names the offending field. */
import { EVENT_TYPES, type Evidence, type EvidenceField } from "../model/event.js";
import {
  EDITABLE_FIELDS,
  type EditableField,
  type ReviewAction,
  type ReviewChanges,
} from "../store/types.js";
import { ParamError, parseDate } from "./params.js";

const ACTIONS: ReviewAction[] = ["accept", "correct", "reject", "reset"];
const INTEGER_FIELDS = new Set(["fatalities", "inter1", "inter2", "interaction"]);
const NUMBER_FIELDS = new Set(["latitude", "longitude"]);
const PRECISION_FIELDS = new Set(["time_precision", "geo_precision"]);
const NON_NULL_TEXT = new Set([
  "disorder_type",
  "event_type",
  "sub_event_type",
  "civilian_targeting",
  "crowd_size",
  "notes",
]);
const EVIDENCE_FIELDS: EvidenceField[] = [
  "trigger",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "actor2",
  "assoc_actor_2",
  "event_date",
  "location",
  "fatalities",
  "crowd_size",
  "intervention",
];

export interface ReviewRequest {
  action: ReviewAction;
  changes?: ReviewChanges;
  reason?: string;
}

function fieldValue(field: EditableField, raw: unknown): unknown {
  const name = `changes.${field}`;
  const blank = raw === null || (typeof raw === "string" && raw.trim() === "");
  if (INTEGER_FIELDS.has(field) || NUMBER_FIELDS.has(field) || PRECISION_FIELDS.has(field)) {
    if (blank) {
      if (field === "fatalities" || PRECISION_FIELDS.has(field))
        throw new ParamError(name, "must not be empty");
      return null;
    }
    const n = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw.trim()) : Number.NaN;
    if (!Number.isFinite(n)) throw new ParamError(name, "expected a number");
    if ((INTEGER_FIELDS.has(field) || PRECISION_FIELDS.has(field)) && !Number.isInteger(n)) {
      throw new ParamError(name, "expected an integer");
    }
    if (field === "fatalities" && (n < 0 || n > 1_000_000))
      throw new ParamError(name, "must be between 0 and 1000000");
    if (PRECISION_FIELDS.has(field) && ![1, 2, 3].includes(n))
      throw new ParamError(name, "must be 1, 2 or 3");
    if (field === "latitude" && Math.abs(n) > 90) throw new ParamError(name, "must lie in [-90, 90]");
    if (field === "longitude" && Math.abs(n) > 180) throw new ParamError(name, "must lie in [-180, 180]");
    return n;
  }
  if (blank) {
    if (NON_NULL_TEXT.has(field)) {
      if (["event_type", "sub_event_type", "disorder_type"].includes(field))
        throw new ParamError(name, "must not be empty");
      return "";
    }
    return null;
  }
  if (typeof raw !== "string") throw new ParamError(name, "expected a string");
  const v = raw.trim();
  if (v.length > (field === "notes" ? 4000 : 300)) throw new ParamError(name, "too long");
  if (field === "event_date") return parseDate(v, name);
  if (field === "event_type" && !(EVENT_TYPES as readonly string[]).includes(v)) {
    throw new ParamError(name, `expected one of ${EVENT_TYPES.join(", ")}`);
  }
  return v;
}

function evidenceList(raw: unknown): Evidence[] {
  if (!Array.isArray(raw)) throw new ParamError("evidence", "expected an array");
  if (raw.length > 100) throw new ParamError("evidence", "at most 100 spans");
  return raw.map((item, i) => {
    const name = `evidence[${i}]`;
    if (typeof item !== "object" || item === null) throw new ParamError(name, "expected an object");
    const e = item as Record<string, unknown>;
    if (!EVIDENCE_FIELDS.includes(e.field as EvidenceField)) {
      throw new ParamError(`${name}.field`, `expected one of ${EVIDENCE_FIELDS.join(", ")}`);
    }
    for (const k of ["start", "end"] as const) {
      if (typeof e[k] !== "number" || !Number.isInteger(e[k]) || (e[k] as number) < 0) {
        throw new ParamError(`${name}.${k}`, "expected a non-negative integer");
      }
    }
    if ((e.end as number) <= (e.start as number))
      throw new ParamError(`${name}.end`, "must be greater than start");
    if (typeof e.text !== "string" || e.text.length > 2000)
      throw new ParamError(`${name}.text`, "expected a string");
    const out: Evidence & { article_id?: number } = {
      field: e.field as EvidenceField,
      start: e.start as number,
      end: e.end as number,
      text: e.text,
    };
    if (e.article_id !== undefined) {
      const a = Number(e.article_id);
      if (!Number.isInteger(a) || a < 1) throw new ParamError(`${name}.article_id`, "expected an article id");
      out.article_id = a;
    }
    return out;
  });
}

export function parseReviewBody(body: unknown): ReviewRequest {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ParamError("body", "expected a JSON object {action, changes, reason}");
  }
  const b = body as Record<string, unknown>;
  for (const k of Object.keys(b)) {
    if (!["action", "changes", "reason", "evidence"].includes(k)) throw new ParamError(k, "unknown field");
  }
  if (!ACTIONS.includes(b.action as ReviewAction)) {
    throw new ParamError("action", `expected one of ${ACTIONS.join(", ")}`);
  }
  const action = b.action as ReviewAction;
  let reason: string | undefined;
  if (b.reason !== undefined && b.reason !== null) {
    if (typeof b.reason !== "string") throw new ParamError("reason", "expected a string");
    reason = b.reason.trim() || undefined;
    if (reason && reason.length > 2000) throw new ParamError("reason", "longer than 2000 characters");
  }
  if (action !== "accept" && !reason) throw new ParamError("reason", `required for ${action}`);
  const changes: ReviewChanges = {};
  if (b.changes !== undefined && b.changes !== null) {
    if (typeof b.changes !== "object" || Array.isArray(b.changes))
      throw new ParamError("changes", "expected an object");
    if (action !== "correct") throw new ParamError("changes", "only allowed with action 'correct'");
    for (const [k, v] of Object.entries(b.changes as Record<string, unknown>)) {
      if (k === "evidence") {
        changes.evidence = evidenceList(v);
        continue;
      }
      if (!(EDITABLE_FIELDS as readonly string[]).includes(k)) {
        throw new ParamError(`changes.${k}`, "not a field a reviewer can correct");
      }
      changes[k as EditableField] = fieldValue(k as EditableField, v);
    }
  }
  if (b.evidence !== undefined) {
    if (action !== "correct") throw new ParamError("evidence", "only allowed with action 'correct'");
    changes.evidence = evidenceList(b.evidence);
  }
  if (action === "correct" && Object.keys(changes).length === 0) {
    throw new ParamError("changes", "give at least one field to correct");
  }
  return { action, changes: action === "correct" ? changes : undefined, reason };
}
