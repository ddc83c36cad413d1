/**
 * Weekly counts stacked by event type on a canvas. Drag across it to brush a date range;
 * double-click (or "clear") to drop the date filter.
 */
import { EVENT_TYPES, typeColor } from "./colors.js";
import { fmtInt, h } from "./dom.js";

export interface CountRow {
  period: string;
  key: string | null;
  count: number;
}

const DAY = 86_400_000;
const PAD = { left: 44, right: 12, top: 10, bottom: 22 };

function toTime(d: string): number {
  return Date.parse(`${d}T00:00:00Z`);
}
function toDate(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export class Timeline {
  readonly element: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly label: HTMLElement;
  private weeks: { t: number; byType: Map<string, number>; total: number }[] = [];
  private t0 = 0;
  private t1 = 0;
  private maxTotal = 1;
  private width = 0;
  private height = 0;
  private selection: [number, number] | null = null;
  private brushing: { from: number; to: number } | null = null;
  onBrush: (start: string | null, end: string | null) => void = () => {};

  constructor() {
    this.canvas = h("canvas", { class: "timeline-canvas", "aria-label": "Weekly events by type" });
    const ctx = this.canvas.getContext("2d");
    if (!ctx) throw new Error("canvas 2D is not available");
    this.ctx = ctx;
    this.label = h("span", { class: "timeline-label" });
    const clear = h("button", { type: "button", class: "link" }, "clear dates");
    clear.addEventListener("click", () => this.onBrush(null, null));
    this.element = h(
      "section",
      { class: "timeline" },
      h("div", { class: "panel-head" }, h("h2", {}, "Weekly events"), this.label, clear),
      h("div", { class: "timeline-box" }, this.canvas),
    );
    this.attachEvents();
    new ResizeObserver(() => this.resize()).observe(this.canvas.parentElement as HTMLElement);
  }

  setData(rows: CountRow[], start?: string, end?: string): void {
    const byWeek = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const m = byWeek.get(r.period) ?? new Map<string, number>();
      m.set(r.key ?? "Other", (m.get(r.key ?? "Other") ?? 0) + r.count);
      byWeek.set(r.period, m);
    }
    this.weeks = [...byWeek]
      .map(([p, m]) => ({ t: toTime(p), byType: m, total: [...m.values()].reduce((a, b) => a + b, 0) }))
      .sort((a, b) => a.t - b.t);
    if (this.weeks.length > 0) {
      this.t0 = this.weeks[0].t;
      this.t1 = this.weeks[this.weeks.length - 1].t + 7 * DAY;
    }
    this.maxTotal = Math.max(1, ...this.weeks.map((w) => w.total));
    this.selection =
      start || end ? [start ? toTime(start) : this.t0, end ? toTime(end) + DAY : this.t1] : null;
    const total = this.weeks.reduce((a, w) => a + w.total, 0);
    this.label.textContent = start || end ? `${start ?? "…"} → ${end ?? "…"}` : `${fmtInt(total)} events`;
    this.element.dataset.weeks = String(this.weeks.length);
    this.render();
  }

  private resize(): void {
    const r = this.canvas.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    this.width = r.width;
    this.height = r.height;
    this.canvas.width = Math.round(r.width * dpr);
    this.canvas.height = Math.round(r.height * dpr);
    this.render();
  }

  private x(t: number): number {
    const span = Math.max(DAY, this.t1 - this.t0);
    return PAD.left + ((t - this.t0) / span) * (this.width - PAD.left - PAD.right);
  }
  private tAt(x: number): number {
    const span = Math.max(DAY, this.t1 - this.t0);
    const f = (x - PAD.left) / (this.width - PAD.left - PAD.right);
    return this.t0 + Math.max(0, Math.min(1, f)) * span;
  }

  private attachEvents(): void {
    const pos = (e: PointerEvent) => e.clientX - this.canvas.getBoundingClientRect().left;
    this.canvas.addEventListener("pointerdown", (e) => {
      if (this.weeks.length === 0) return;
      this.canvas.setPointerCapture(e.pointerId);
      this.brushing = { from: pos(e), to: pos(e) };
    });
    this.canvas.addEventListener("pointermove", (e) => {
      if (!this.brushing) return;
      this.brushing.to = pos(e);
      this.render();
    });
    this.canvas.addEventListener("pointerup", () => {
      const b = this.brushing;
      this.brushing = null;
      if (!b || Math.abs(b.to - b.from) < 4) {
        this.render();
        return;
      }
      const a = this.tAt(Math.min(b.from, b.to));
      const z = this.tAt(Math.max(b.from, b.to));
      this.onBrush(toDate(a), toDate(Math.max(a, z - DAY)));
    });
    this.canvas.addEventListener("dblclick", () => this.onBrush(null, null));
  }

  private render(): void {
    const { ctx, width: w, height: hgt } = this;
    if (w === 0) return;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, hgt);
    const plotH = hgt - PAD.top - PAD.bottom;
    ctx.font = "11px system-ui, sans-serif";
    ctx.fillStyle = "#666";
    ctx.strokeStyle = "#e4e4e4";
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    const ticks = new Set([0, Math.round(this.maxTotal / 2), this.maxTotal]);
    for (const v of ticks) {
      const y = PAD.top + plotH * (1 - v / this.maxTotal);
      ctx.beginPath();
      ctx.moveTo(PAD.left, y);
      ctx.lineTo(w - PAD.right, y);
      ctx.stroke();
      ctx.fillText(fmtInt(v), PAD.left - 6, y);
    }
    if (this.weeks.length === 0) {
      ctx.textAlign = "center";
      ctx.fillText("No events match the filters", w / 2, hgt / 2);
      return;
    }
    const order = [...EVENT_TYPES, "Other"];
    for (const wk of this.weeks) {
      const x0 = this.x(wk.t);
      const bw = Math.max(1, this.x(wk.t + 7 * DAY) - x0 - 1);
      let y = PAD.top + plotH;
      for (const type of order) {
        const n = wk.byType.get(type);
        if (!n) continue;
        const bh = (n / this.maxTotal) * plotH;
        ctx.fillStyle = typeColor(type);
        ctx.fillRect(x0, y - bh, bw, bh);
        y -= bh;
      }
    }
    this.axisLabels(plotH);
    const sel = this.brushing
      ? [Math.min(this.brushing.from, this.brushing.to), Math.max(this.brushing.from, this.brushing.to)]
      : this.selection
        ? [this.x(this.selection[0]), this.x(this.selection[1])]
        : null;
    if (sel) {
      ctx.fillStyle = "rgba(40, 60, 90, 0.12)";
      ctx.fillRect(sel[0], PAD.top, sel[1] - sel[0], plotH);
      ctx.strokeStyle = "#34495e";
      ctx.strokeRect(sel[0] + 0.5, PAD.top + 0.5, sel[1] - sel[0] - 1, plotH - 1);
    }
  }

  private axisLabels(plotH: number): void {
    const ctx = this.ctx;
    ctx.fillStyle = "#555";
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    const spanDays = (this.t1 - this.t0) / DAY;
    const monthly = spanDays < 800;
    const d = new Date(this.t0);
    d.setUTCDate(1);
    let lastX = Number.NEGATIVE_INFINITY;
    while (d.getTime() <= this.t1) {
      const x = this.x(d.getTime());
      const isYear = d.getUTCMonth() === 0;
      if (x >= PAD.left && x - lastX > 46 && (monthly || isYear)) {
        const label =
          isYear || !monthly
            ? String(d.getUTCFullYear())
            : d.toLocaleString("en", { month: "short", timeZone: "UTC" });
        ctx.fillText(label, x, PAD.top + plotH + 5);
        lastX = x;
      }
      d.setUTCMonth(d.getUTCMonth() + 1);
    }
  }
}
