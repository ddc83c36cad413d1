/** One event: notes, fields, source articles with evidence highlighted field by field, review form, audit trail. */
import { ApiError, api, type Me } from "./api.js";
import { EVIDENCE_FIELDS, typeIndex } from "./colors.js";
import { h } from "./dom.js";
import { renderHighlighted, type Span, textOffset } from "./highlight.js";

interface Evidence extends Span {
  text?: string;
}
interface Article {
  id: string;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  published?: string | null;
  text?: string;
}
interface Report {
  report_id: number;
  article_db_id: number;
  merge_explanation?: string;
  event_date?: string | null;
  fatalities?: number;
  location?: string | null;
  evidence: Evidence[];
  article: Article | null;
}
interface AuditEntry {
  at: string;
  user: string;
  action: string;
  field: string | null;
  old_value: unknown;
  new_value: unknown;
  reason: string | null;
}
type EventData = Record<string, unknown> & {
  event_id_cnty: string;
  event_type: string;
  sub_event_type: string;
  notes: string;
  evidence?: Evidence[];
  review_status?: string | null;
};
interface EventResponse {
  event: EventData;
  evidence?: Evidence[];
  reports: Report[];
  audit: AuditEntry[];
}

const SHOWN_FIELDS = [
  "event_date",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "civilian_targeting",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "fatalities",
  "crowd_size",
  "source",
  "confidence",
  "review_status",
];
const EDITABLE = SHOWN_FIELDS.filter(
  (f) => !["review_status", "confidence", "interaction"].includes(f),
).concat("notes");

export async function renderEventPage(container: HTMLElement, id: string, me: Me): Promise<void> {
  container.replaceChildren(h("p", { class: "muted" }, "Loading…"));
  let data: EventResponse;
  try {
    data = await api.get<EventResponse>(`/api/events/${encodeURIComponent(id)}`);
  } catch (err) {
    container.replaceChildren(
      h(
        "p",
        { class: "error" },
        err instanceof ApiError && err.status === 404 ? "No such event." : String(err),
      ),
      h("a", { href: "/" }, "← back to the explorer"),
    );
    return;
  }
  const ev = data.event;
  const back = h(
    "a",
    { href: `/${sessionStorage.getItem("explorer-query") ?? ""}`, class: "back" },
    "← back to the explorer",
  );
  const reportsBox = h("section", { class: "reports" }, h("h2", {}, `Sources (${data.reports.length})`));
  for (const r of data.reports) reportsBox.append(renderReport(r));
  container.replaceChildren(
    h(
      "div",
      { class: "event-page" },
      back,
      h(
        "header",
        { class: "event-head" },
        h("span", { class: `dot big type-${typeIndex(ev.event_type)}` }),
        h("h1", {}, `${ev.event_type} — ${ev.sub_event_type}`),
        ev.review_status
          ? h("span", { class: `status status-${ev.review_status}` }, String(ev.review_status))
          : null,
      ),
      h(
        "p",
        { class: "event-sub" },
        [ev.event_date, ev.location, ev.admin1, ev.country].filter(Boolean).join(" · "),
      ),
      h("p", { class: "notes" }, ev.notes || "(no notes)"),
      h(
        "div",
        { class: "event-grid" },
        h("div", { class: "main-col" }, legend(data.evidence ?? []), reportsBox),
        h(
          "div",
          { class: "side" },
          reviewForm(ev, me, () => renderEventPage(container, id, me)),
          auditTrail(data.audit),
          h("section", { class: "fields" }, h("h2", {}, "Fields"), fieldsTable(ev, data.evidence ?? [])),
        ),
      ),
    ),
  );
}

function fieldsTable(ev: EventData, evidence: Evidence[]): HTMLElement {
  const evidenced = new Set(evidence.map((e) => e.field));
  const corrected = new Set((ev.corrected_fields as string[] | undefined) ?? []);
  const machine = (ev.machine_values as Record<string, unknown> | null) ?? {};
  return h(
    "table",
    { class: "kv" },
    h(
      "tbody",
      {},
      ...SHOWN_FIELDS.filter((f) => f in ev).map((f) =>
        h(
          "tr",
          { "data-field": f },
          h("th", {}, evidenced.has(f) ? h("span", { class: `swatch ev-${f}` }) : null, f),
          h(
            "td",
            { class: corrected.has(f) ? "corrected" : undefined },
            ev[f] === null || ev[f] === undefined || ev[f] === "" ? "—" : String(ev[f]),
            corrected.has(f) ? h("span", { class: "machine" }, ` (machine: ${show(machine[f])})`) : "",
          ),
        ),
      ),
    ),
  );
}

function legend(evidence: Evidence[]): HTMLElement {
  const present = new Set(evidence.map((e) => e.field));
  return h(
    "div",
    { class: "ev-legend" },
    h("strong", {}, "Evidence by field: "),
    ...EVIDENCE_FIELDS.filter((f) => present.has(f)).map((f) =>
      h("span", { class: "ev-key" }, h("mark", { class: `ev ev-${f}` }, f)),
    ),
  );
}

function renderReport(r: Report): HTMLElement {
  const a = r.article;
  const text = h("div", { class: "article-text", "data-article": String(r.article_db_id) });
  if (a?.text) renderHighlighted(text, a.text, r.evidence);
  else text.textContent = "(article text not stored)";
  const link = a?.url
    ? h("a", { href: a.url, rel: "noopener noreferrer nofollow", target: "_blank" }, a.url)
    : null;
  return h(
    "article",
    { class: "report" },
    h("h3", {}, a?.title || `article ${r.article_db_id}`),
    h(
      "p",
      { class: "muted" },
      [a?.source, a?.published].filter(Boolean).join(" · "),
      link ? " · " : "",
      link,
    ),
    h(
      "p",
      { class: "report-figures" },
      `This report: ${r.event_date ?? "date unknown"} · ${r.location ?? "place unknown"} · ${r.fatalities ?? 0} fatalities`,
      r.merge_explanation ? ` — ${r.merge_explanation}` : "",
    ),
    h(
      "ul",
      { class: "evidence-list" },
      ...r.evidence.map((e) =>
        h(
          "li",
          {},
          h("mark", { class: `ev ev-${e.field}` }, e.field),
          " ",
          e.text ?? a?.text?.slice(e.start, e.end) ?? "",
        ),
      ),
    ),
    text,
  );
}

function show(v: unknown): string {
  if (v === null || v === undefined || v === "") return "∅";
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

/** Store audit rows are one per changed field; one review (same time, user, action) is shown as one entry. */
function auditTrail(entries: AuditEntry[]): HTMLElement {
  const groups: AuditEntry[][] = [];
  for (const e of entries) {
    const last = groups[groups.length - 1]?.[0];
    if (last && last.at === e.at && last.user === e.user && last.action === e.action)
      groups[groups.length - 1].push(e);
    else groups.push([e]);
  }
  return h(
    "section",
    { class: "audit" },
    h("h2", {}, "Audit trail"),
    groups.length === 0
      ? h("p", { class: "muted" }, "Not reviewed yet.")
      : h(
          "ol",
          {},
          ...groups.map((g) => {
            const e = g[0];
            const changes = g.filter((x) => x.field);
            return h(
              "li",
              { class: "audit-entry" },
              h("strong", {}, e.action),
              ` by ${e.user} · ${e.at.replace("T", " ").slice(0, 19)}`,
              ...changes.map((c) =>
                h("div", { class: "changes" }, `${c.field}: ${show(c.old_value)} → ${show(c.new_value)}`),
              ),
              e.reason ? h("div", { class: "reason" }, `“${e.reason}”`) : "",
            );
          }),
        ),
  );
}

function reviewForm(ev: EventData, me: Me, reload: () => void): HTMLElement {
  if (!me.user) {
    return h(
      "section",
      { class: "review" },
      h("h2", {}, "Review"),
      h("p", { class: "muted" }, "Sign in to review this event."),
    );
  }
  const action = h("select", { name: "action" });
  for (const a of ["accept", "correct", "reject"]) action.append(h("option", { value: a }, a));
  const changes = h("div", { class: "changes-box" });
  const addRow = () => {
    const field = h("select", { name: "field" });
    for (const f of EDITABLE) field.append(h("option", { value: f }, f));
    const value = h("input", { name: "value", type: "text", placeholder: "new value" });
    field.addEventListener("change", () => {
      const cur = ev[field.value];
      value.value = cur === null || cur === undefined ? "" : String(cur);
    });
    const pick = h(
      "button",
      { type: "button", class: "secondary small", title: "Select text in an article, then click" },
      "use selected text as evidence",
    );
    const picked = h("span", { class: "picked muted" });
    pick.addEventListener("click", () => {
      const ptr = selectionEvidence();
      if (!ptr) {
        picked.textContent = "select some article text first";
        return;
      }
      row.dataset.evidence = JSON.stringify(ptr);
      picked.textContent = `“${ptr.text}”`;
      if (!value.value) value.value = ptr.text;
    });
    const row = h("div", { class: "change-row" }, field, value, pick, picked);
    changes.append(row);
    field.dispatchEvent(new Event("change"));
  };
  addRow();
  const more = h("button", { type: "button", class: "link" }, "+ another field");
  more.addEventListener("click", addRow);
  const correctBox = h("div", { class: "correct-box" }, changes, more);
  correctBox.hidden = true;
  action.addEventListener("change", () => {
    correctBox.hidden = action.value !== "correct";
  });
  const reason = h("textarea", {
    name: "reason",
    rows: "2",
    placeholder: "why (required to correct or reject)",
  });
  const message = h("p", { class: "review-message", role: "status" });
  const form = h(
    "form",
    { class: "review-form" },
    h("label", {}, "Action ", action),
    correctBox,
    h("label", {}, "Reason", reason),
    h("button", { type: "submit" }, "Submit review"),
    message,
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const body: Record<string, unknown> = { action: action.value, reason: reason.value.trim() };
    if (action.value === "correct") {
      const ch: Record<string, unknown> = {};
      const evidence: unknown[] = [];
      for (const row of Array.from(changes.querySelectorAll<HTMLElement>(".change-row"))) {
        const f = (row.querySelector("select") as HTMLSelectElement).value;
        const v = (row.querySelector("input") as HTMLInputElement).value;
        ch[f] = v;
        if (row.dataset.evidence) evidence.push({ field: f, ...JSON.parse(row.dataset.evidence) });
      }
      body.changes = ch;
      if (evidence.length) body.evidence = evidence;
    }
    message.className = "review-message";
    message.textContent = "Saving…";
    try {
      await api.post(`/api/events/${encodeURIComponent(ev.event_id_cnty)}/review`, body);
      reload();
    } catch (err) {
      message.className = "review-message error";
      message.textContent = (err as Error).message;
    }
  });
  return h(
    "section",
    { class: "review" },
    h("h2", {}, "Review"),
    h("p", { class: "muted" }, `Signed in as ${me.user.name} (${me.user.role}).`),
    form,
  );
}

function selectionEvidence(): { article_id: number; start: number; end: number; text: string } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const box = (range.startContainer.parentElement ?? null)?.closest<HTMLElement>(".article-text");
  if (!box?.dataset.article) return null;
  const start = textOffset(box, range.startContainer, range.startOffset);
  const end = textOffset(box, range.endContainer, range.endOffset);
  return { article_id: Number(box.dataset.article), start, end, text: range.toString() };
}
