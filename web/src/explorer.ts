/** The explorer: filters and facets on the left, map + timeline + table on the right. State is in the URL. */
import { api } from "./api.js";
import { typeIndex as typeIdx } from "./colors.js";
import { fmtInt, h } from "./dom.js";
import { type Filters, filterQuery, readState, stateQuery, type ViewState } from "./filters.js";
import { EventMap, type PointsPayload } from "./map.js";
import { type CountRow, Timeline } from "./timeline.js";

interface FacetValue {
  value: string | null;
  count: number;
}
type Facets = Record<string, FacetValue[]>;

interface EventRow {
  event_id_cnty: string;
  event_date: string | null;
  event_type: string;
  sub_event_type: string;
  actor1: string | null;
  actor2: string | null;
  location: string | null;
  admin1: string | null;
  country: string | null;
  fatalities: number;
  review_status?: string | null;
}

const PAGE = 50;
const FACETS: [string, string, string][] = [
  ["event_type", "event_type", "Event type"],
  ["sub_event_type", "sub_event_type", "Sub-event type"],
  ["country", "country", "Country"],
  ["admin1", "admin1", "Admin 1"],
  ["actor1", "actor", "Actor"],
];
const COLUMNS: [string, string][] = [
  ["event_date", "Date"],
  ["event_type", "Type"],
  ["sub_event_type", "Sub-type"],
  ["actor1", "Actor 1"],
  ["actor2", ""],
  ["location", "Location"],
  ["admin1", "Admin 1"],
  ["country", "Country"],
  ["fatalities", "Fatalities"],
  ["review_status", ""],
];
const SORTABLE = new Set([
  "event_date",
  "event_type",
  "sub_event_type",
  "actor1",
  "location",
  "admin1",
  "country",
  "fatalities",
]);

export class Explorer {
  readonly element: HTMLElement;
  private state: ViewState;
  private readonly map = new EventMap();
  private readonly timeline = new Timeline();
  private readonly facetsBox = h("div", { class: "facets" });
  private readonly chips = h("div", { class: "chips" });
  private readonly tableBox = h("div", { class: "table-box" });
  private readonly exports = h("div", { class: "exports" });
  private readonly summary = h("div", { class: "summary" });
  private readonly form: HTMLFormElement;
  private seq = 0;

  constructor(private readonly navigate: (path: string) => void) {
    this.state = readState(location.search);
    this.form = this.filterForm();
    this.map.onSelect = (id) => this.navigate(`/event/${encodeURIComponent(id)}`);
    this.map.onFilterToView = (bbox) => this.update({ bbox });
    this.timeline.onBrush = (start, end) =>
      this.update({ start_date: start ?? undefined, end_date: end ?? undefined });
    void this.map.loadAdminBoundaries("/api/geo/admin2");
    this.element = h(
      "div",
      { class: "explorer" },
      h(
        "aside",
        { class: "sidebar" },
        h("h2", {}, "Filters"),
        this.form,
        this.chips,
        this.facetsBox,
        h("h2", {}, "Export this view"),
        this.exports,
      ),
      h(
        "section",
        { class: "content" },
        this.summary,
        h("div", { class: "map-wrap" }, this.map.element),
        this.timeline.element,
        h("section", { class: "table-section" }, h("h2", {}, "Events"), this.tableBox),
      ),
    );
    void this.refresh();
  }

  private filterForm(): HTMLFormElement {
    const f = this.state.filters;
    const input = (name: string, label: string, type = "text", extra: Record<string, string> = {}) =>
      h("label", {}, label, h("input", { name, type, value: f[name as keyof Filters] ?? "", ...extra }));
    const reviewed = h("select", { name: "reviewed" }, h("option", { value: "" }, "all events"));
    reviewed.append(
      h("option", { value: "true" }, "reviewed only"),
      h("option", { value: "false" }, "not reviewed"),
    );
    reviewed.value = f.reviewed ?? "";
    const form = h(
      "form",
      { class: "filter-form" },
      input("q", "Search text", "search", { placeholder: "notes, actors, places" }),
      h("div", { class: "row" }, input("start_date", "From", "date"), input("end_date", "To", "date")),
      input("min_fatalities", "Min. fatalities", "number", { min: "0" }),
      h("label", {}, "Review", reviewed),
      h(
        "div",
        { class: "row" },
        h("button", { type: "submit" }, "Apply"),
        h("button", { type: "reset", class: "secondary" }, "Reset all"),
      ),
    );
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const data = new FormData(form);
      const patch: Filters = {};
      for (const k of ["q", "start_date", "end_date", "min_fatalities", "reviewed"] as const) {
        patch[k] = String(data.get(k) ?? "").trim() || undefined;
      }
      this.update(patch);
    });
    form.addEventListener("reset", (e) => {
      e.preventDefault();
      this.state = { filters: {}, sort: this.state.sort, offset: 0 };
      this.syncForm();
      this.commit();
    });
    return form;
  }

  private syncForm(): void {
    for (const el of Array.from(this.form.elements)) {
      const input = el as HTMLInputElement;
      if (input.name) input.value = this.state.filters[input.name as keyof Filters] ?? "";
    }
  }

  update(patch: Filters): void {
    const filters = { ...this.state.filters, ...patch };
    for (const k of Object.keys(filters) as (keyof Filters)[]) if (!filters[k]) delete filters[k];
    this.state = { ...this.state, filters, offset: 0 };
    this.syncForm();
    this.commit();
  }

  private commit(): void {
    const q = stateQuery(this.state);
    history.replaceState(null, "", q ? `/?${q}` : "/");
    void this.refresh();
  }

  /** Called when the user navigates back to the explorer with a (possibly different) query string. */
  reload(): void {
    this.state = readState(location.search);
    this.syncForm();
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    const seq = ++this.seq;
    const f = this.state.filters;
    const q = filterQuery(f);
    const { start_date, end_date, ...undated } = f;
    this.renderChips();
    this.renderExports(q);
    this.element.classList.add("loading");
    try {
      const [points, counts, facets] = await Promise.all([
        api.get<PointsPayload>(`/api/points?${filterQuery(f, { limit: 100000 })}`),
        api.get<{ rows: CountRow[] }>(
          `/api/counts?${filterQuery(undated, { by: "week", group: "event_type" })}`,
        ),
        api.get<{ facets: Facets }>(
          `/api/facets?${filterQuery(f, { fields: FACETS.map((x) => x[0]).join(",") })}`,
        ),
        this.loadTable(seq),
      ]);
      if (seq !== this.seq) return;
      this.map.setPoints(points);
      this.timeline.setData(counts.rows, start_date, end_date);
      this.renderFacets(facets.facets);
      this.summary.replaceChildren(
        h("strong", {}, `${fmtInt(points.total)} events`),
        points.truncated ? ` (map shows the first ${fmtInt(points.points.length)})` : "",
      );
    } catch (err) {
      if (seq === this.seq)
        this.summary.replaceChildren(h("span", { class: "error" }, String((err as Error).message)));
    } finally {
      if (seq === this.seq) this.element.classList.remove("loading");
    }
  }

  private async loadTable(seq: number): Promise<void> {
    const { filters, sort, offset } = this.state;
    const res = await api.get<{ events: EventRow[]; total: number; limit: number; offset: number }>(
      `/api/events?${filterQuery(filters, { limit: PAGE, offset, sort })}`,
    );
    if (seq !== this.seq) return;
    this.renderTable(res.events, res.total);
  }

  private renderChips(): void {
    const entries = Object.entries(this.state.filters);
    this.chips.replaceChildren(
      ...entries.map(([k, v]) => {
        const b = h("button", { type: "button", class: "chip", title: "Remove this filter" }, `${k}: ${v} ×`);
        b.addEventListener("click", () => this.update({ [k]: undefined }));
        return b;
      }),
    );
  }

  private renderExports(q: string): void {
    const suffix = q ? `?${q}` : "";
    this.exports.replaceChildren(
      h(
        "a",
        { href: `/api/events.csv${suffix}`, download: "chronicle-events.csv", class: "export-csv" },
        "CSV (ACLED columns)",
      ),
      h(
        "a",
        {
          href: `/api/events.geojson${suffix}`,
          download: "chronicle-events.geojson",
          class: "export-geojson",
        },
        "GeoJSON",
      ),
      h("a", { href: `/api/events${q ? `?${q}&` : "?"}limit=1000` }, "JSON"),
    );
  }

  private renderFacets(facets: Facets): void {
    this.facetsBox.replaceChildren(
      ...FACETS.map(([field, param, title]) => {
        const values = facets[field] ?? [];
        const current = this.state.filters[param as keyof Filters];
        const items = values.slice(0, 12).map((v) => {
          const label = v.value ?? "(none)";
          const active = current === v.value;
          const b = h(
            "button",
            {
              type: "button",
              class: active ? "facet active" : "facet",
              "data-field": field,
              "data-value": label,
            },
            h("span", { class: "facet-label" }, label),
            h("span", { class: "facet-count" }, fmtInt(v.count)),
          );
          b.disabled = v.value === null;
          b.addEventListener("click", () =>
            this.update({ [param]: active ? undefined : (v.value ?? undefined) }),
          );
          return h("li", {}, b);
        });
        return h(
          "div",
          { class: "facet-group" },
          h("h3", {}, title),
          items.length ? h("ul", {}, ...items) : h("p", { class: "muted" }, "none"),
        );
      }),
    );
  }

  private renderTable(rows: EventRow[], total: number): void {
    const { sort, offset } = this.state;
    const head = h(
      "tr",
      {},
      ...COLUMNS.map(([key, label]) => {
        const text = label || (key === "actor2" ? "Actor 2" : "Review");
        if (!SORTABLE.has(key)) return h("th", {}, text);
        const active = sort.replace(/^-/, "") === key;
        const desc = sort.startsWith("-");
        const b = h(
          "button",
          { type: "button", class: "sort", "data-sort": key },
          text,
          active ? (desc ? " ▼" : " ▲") : "",
        );
        b.addEventListener("click", () => {
          this.state = { ...this.state, sort: active && !desc ? `-${key}` : key, offset: 0 };
          this.commit();
        });
        return h("th", { "aria-sort": active ? (desc ? "descending" : "ascending") : undefined }, b);
      }),
    );
    const body = rows.map((r) => {
      const link = h(
        "a",
        { href: `/event/${encodeURIComponent(r.event_id_cnty)}` },
        r.event_date ?? "undated",
      );
      link.addEventListener("click", (e) => {
        e.preventDefault();
        this.navigate(`/event/${encodeURIComponent(r.event_id_cnty)}`);
      });
      return h(
        "tr",
        { "data-id": r.event_id_cnty },
        h("td", {}, link),
        h("td", {}, h("span", { class: `dot type-${typeIdx(r.event_type)}` }), r.event_type),
        h("td", {}, r.sub_event_type),
        h("td", {}, r.actor1 ?? ""),
        h("td", {}, r.actor2 ?? ""),
        h("td", {}, r.location ?? ""),
        h("td", {}, r.admin1 ?? ""),
        h("td", {}, r.country ?? ""),
        h("td", { class: "num" }, String(r.fatalities)),
        h(
          "td",
          {},
          r.review_status ? h("span", { class: `status status-${r.review_status}` }, r.review_status) : "",
        ),
      );
    });
    const prev = h("button", { type: "button", class: "secondary" }, "← Previous");
    const next = h("button", { type: "button", class: "secondary" }, "Next →");
    prev.disabled = offset === 0;
    next.disabled = offset + PAGE >= total;
    prev.addEventListener("click", () => this.page(Math.max(0, offset - PAGE)));
    next.addEventListener("click", () => this.page(offset + PAGE));
    const shown = rows.length
      ? `${fmtInt(offset + 1)}–${fmtInt(offset + rows.length)} of ${fmtInt(total)}`
      : "no events";
    this.tableBox.replaceChildren(
      h("table", { class: "events" }, h("thead", {}, head), h("tbody", {}, ...body)),
      h("div", { class: "pager" }, prev, h("span", { class: "page-info" }, shown), next),
    );
  }

  private page(offset: number): void {
    this.state = { ...this.state, offset };
    const q = stateQuery(this.state);
    history.replaceState(null, "", q ? `/?${q}` : "/");
    void this.loadTable(this.seq);
  }
}
