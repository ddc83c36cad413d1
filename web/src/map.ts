/**
 * Offline event map on a 2D canvas: Web Mercator, country boundaries from world-atlas (bundled),
 * Mali cercles from the server's gazetteer, and events clustered on a screen grid each frame
 * (linear in the number of points, so 100,000 points stay interactive).
 */

import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countriesTopo from "world-atlas/countries-50m.json";
import { EVENT_TYPES, OTHER_COLOR, typeColor } from "./colors.js";
import { fmtInt, h } from "./dom.js";

export interface PointsPayload {
  total: number;
  truncated: boolean;
  types: string[];
  /** [event_id, longitude, latitude, type index into `types`, fatalities] */
  points: [string, number, number, number, number][];
}

type Position = number[];
const MAX_LAT = 85;
const CELL = 46;
const MIN_SCALE = 200;
const MAX_SCALE = 4_000_000;

export function mercX(lon: number): number {
  return (lon + 180) / 360;
}
export function mercY(lat: number): number {
  const φ = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return 0.5 - Math.log(Math.tan(Math.PI / 4 + φ / 2)) / (2 * Math.PI);
}
function unmercY(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

function addRings(path: Path2D, rings: Position[][]): void {
  for (const ring of rings) {
    ring.forEach(([lon, lat], i) => {
      const x = mercX(lon);
      const y = mercY(lat);
      if (i === 0) path.moveTo(x, y);
      else path.lineTo(x, y);
    });
    path.closePath();
  }
}

function addLines(path: Path2D, lines: Position[][]): void {
  for (const line of lines) {
    for (let i = 0; i < line.length; i++) {
      const [lon, lat] = line[i];
      if (i === 0) path.moveTo(mercX(lon), mercY(lat));
      else path.lineTo(mercX(lon), mercY(lat));
    }
  }
}

function geometryPath(geoms: { type: string; coordinates: unknown }[]): Path2D {
  const p = new Path2D();
  for (const g of geoms) {
    if (g.type === "Polygon") addRings(p, g.coordinates as Position[][]);
    else if (g.type === "MultiPolygon") for (const poly of g.coordinates as Position[][][]) addRings(p, poly);
  }
  return p;
}

interface Cluster {
  x: number;
  y: number;
  r: number;
  members: number[];
}

export class EventMap {
  readonly element: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly tooltip: HTMLElement;
  private readonly popup: HTMLElement;
  private cx = mercX(0);
  private cy = mercY(15);
  private scale = 2000;
  private width = 0;
  private height = 0;
  private land: Path2D;
  private borders: Path2D;
  private coast: Path2D;
  private admin: Path2D | null = null;
  private xs = new Float64Array(0);
  private ys = new Float64Array(0);
  private types = new Uint8Array(0);
  private fatalities = new Float32Array(0);
  private ids: string[] = [];
  private typeNames: string[] = [];
  private clusters: Cluster[] = [];
  private frame = 0;
  private interacted = false;
  onSelect: (id: string) => void = () => {};
  onFilterToView: (bbox: string) => void = () => {};

  constructor() {
    this.canvas = h("canvas", { class: "map-canvas", "aria-label": "Map of events" });
    this.tooltip = h("div", { class: "map-tooltip", hidden: "" });
    this.popup = h("div", { class: "map-popup", hidden: "" });
    const ctx = this.canvas.getContext("2d");
    if (!ctx) throw new Error("canvas 2D is not available");
    this.ctx = ctx;
    const topo = countriesTopo as unknown as Topology;
    const countries = topo.objects.countries as GeometryCollection;
    const fc = feature(topo, countries) as unknown as {
      features: { geometry: { type: string; coordinates: unknown } }[];
    };
    this.land = geometryPath(fc.features.map((f) => f.geometry).filter(Boolean));
    this.borders = new Path2D();
    addLines(this.borders, mesh(topo, countries, (a, b) => a !== b).coordinates as Position[][]);
    this.coast = new Path2D();
    addLines(this.coast, mesh(topo, countries, (a, b) => a === b).coordinates as Position[][]);

    const controls = h(
      "div",
      { class: "map-controls" },
      this.button("+", "Zoom in", () => this.zoomBy(2)),
      this.button("−", "Zoom out", () => this.zoomBy(0.5)),
      this.button("Fit", "Fit the map to the events", () => this.fit()),
      this.button("Filter to view", "Keep only events inside the visible area", () =>
        this.onFilterToView(this.viewBbox()),
      ),
    );
    this.element = h("div", { class: "map" }, this.canvas, controls, this.legend(), this.tooltip, this.popup);
    this.attachEvents();
    new ResizeObserver(() => this.resize()).observe(this.element);
  }

  private button(label: string, title: string, onClick: () => void): HTMLButtonElement {
    const b = h("button", { type: "button", title }, label);
    b.addEventListener("click", onClick);
    return b;
  }

  private legend(): HTMLElement {
    const items = EVENT_TYPES.map((t) =>
      h("li", {}, h("span", { class: `swatch type-${EVENT_TYPES.indexOf(t)}` }), t),
    );
    return h(
      "div",
      { class: "map-legend" },
      h("ul", {}, ...items),
      h("div", { class: "legend-note" }, "Dot size: fatalities · rings: clusters"),
    );
  }

  async loadAdminBoundaries(url: string): Promise<void> {
    try {
      const res = await fetch(url);
      if (!res.ok) return;
      const topo = (await res.json()) as Topology;
      const name = Object.keys(topo.objects)[0];
      const obj = topo.objects[name] as GeometryCollection;
      const p = new Path2D();
      addLines(p, mesh(topo, obj).coordinates as Position[][]);
      this.admin = p;
      this.draw();
    } catch {
      // boundaries are optional decoration
    }
  }

  setPoints(data: PointsPayload): void {
    const n = data.points.length;
    this.xs = new Float64Array(n);
    this.ys = new Float64Array(n);
    this.types = new Uint8Array(n);
    this.fatalities = new Float32Array(n);
    this.ids = new Array(n);
    this.typeNames = data.types;
    data.points.forEach(([id, lon, lat, t, f], i) => {
      this.ids[i] = id;
      this.xs[i] = mercX(lon);
      this.ys[i] = mercY(lat);
      this.types[i] = t;
      this.fatalities[i] = f;
    });
    this.element.dataset.points = String(n);
    if (!this.interacted) this.fit();
    this.draw();
  }

  fit(): void {
    if (this.xs.length === 0 || this.width === 0) return;
    let [x0, y0, x1, y1] = [1, 1, 0, 0];
    for (let i = 0; i < this.xs.length; i++) {
      x0 = Math.min(x0, this.xs[i]);
      x1 = Math.max(x1, this.xs[i]);
      y0 = Math.min(y0, this.ys[i]);
      y1 = Math.max(y1, this.ys[i]);
    }
    const padX = Math.max(0.01, (x1 - x0) * 0.15);
    const padY = Math.max(0.01, (y1 - y0) * 0.15);
    this.cx = (x0 + x1) / 2;
    this.cy = (y0 + y1) / 2;
    const s = Math.min(this.width / (x1 - x0 + 2 * padX), this.height / (y1 - y0 + 2 * padY));
    this.scale = Math.max(MIN_SCALE, Math.min(20_000, s));
    this.draw();
  }

  viewBbox(): string {
    const x0 = this.cx - this.width / 2 / this.scale;
    const x1 = this.cx + this.width / 2 / this.scale;
    const y0 = this.cy - this.height / 2 / this.scale;
    const y1 = this.cy + this.height / 2 / this.scale;
    const lon = (x: number) => Math.max(-180, Math.min(180, x * 360 - 180));
    const lat = (y: number) => Math.max(-85, Math.min(85, unmercY(y)));
    return [lon(x0), lat(y1), lon(x1), lat(y0)].map((v) => v.toFixed(3)).join(",");
  }

  private zoomBy(k: number, sx = this.width / 2, sy = this.height / 2): void {
    const wx = this.cx + (sx - this.width / 2) / this.scale;
    const wy = this.cy + (sy - this.height / 2) / this.scale;
    this.scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, this.scale * k));
    this.cx = wx - (sx - this.width / 2) / this.scale;
    this.cy = wy - (sy - this.height / 2) / this.scale;
    this.interacted = true;
    this.draw();
  }

  private resize(): void {
    const r = this.element.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    this.width = r.width;
    this.height = r.height;
    this.canvas.width = Math.round(r.width * dpr);
    this.canvas.height = Math.round(r.height * dpr);
    if (!this.interacted) this.fit();
    this.draw();
  }

  private attachEvents(): void {
    let drag: { x: number; y: number; cx: number; cy: number; moved: boolean } | null = null;
    this.canvas.addEventListener("pointerdown", (e) => {
      drag = { x: e.clientX, y: e.clientY, cx: this.cx, cy: this.cy, moved: false };
      this.canvas.setPointerCapture(e.pointerId);
    });
    this.canvas.addEventListener("pointermove", (e) => {
      if (drag) {
        const dx = e.clientX - drag.x;
        const dy = e.clientY - drag.y;
        if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
        if (drag.moved) {
          this.cx = drag.cx - dx / this.scale;
          this.cy = drag.cy - dy / this.scale;
          this.interacted = true;
          this.tooltip.hidden = true;
          this.draw();
        }
        return;
      }
      this.hover(e);
    });
    this.canvas.addEventListener("pointerup", (e) => {
      const wasClick = drag && !drag.moved;
      drag = null;
      if (wasClick) this.click(e);
    });
    this.canvas.addEventListener("pointerleave", () => {
      this.tooltip.hidden = true;
    });
    this.canvas.addEventListener(
      "wheel",
      (e) => {
        e.preventDefault();
        const r = this.canvas.getBoundingClientRect();
        this.zoomBy(Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top);
      },
      { passive: false },
    );
  }

  private hit(e: MouseEvent): Cluster | undefined {
    const r = this.canvas.getBoundingClientRect();
    const x = e.clientX - r.left;
    const y = e.clientY - r.top;
    let best: Cluster | undefined;
    let bestD = Number.POSITIVE_INFINITY;
    for (const c of this.clusters) {
      const d = Math.hypot(c.x - x, c.y - y);
      if (d <= c.r + 3 && d < bestD) {
        best = c;
        bestD = d;
      }
    }
    return best;
  }

  private hover(e: MouseEvent): void {
    const c = this.hit(e);
    this.canvas.style.cursor = c ? "pointer" : "grab";
    if (!c) {
      this.tooltip.hidden = true;
      return;
    }
    const byType = new Map<string, number>();
    let fat = 0;
    for (const i of c.members) {
      const t = this.typeNames[this.types[i]] ?? "Other";
      byType.set(t, (byType.get(t) ?? 0) + 1);
      fat += this.fatalities[i];
    }
    const lines = [...byType].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t}: ${fmtInt(n)}`);
    this.tooltip.replaceChildren(
      h("strong", {}, c.members.length === 1 ? "1 event" : `${fmtInt(c.members.length)} events`),
      ...lines.map((l) => h("div", {}, l)),
      h("div", {}, `fatalities: ${fmtInt(fat)}`),
    );
    this.tooltip.hidden = false;
    this.tooltip.style.left = `${c.x + 14}px`;
    this.tooltip.style.top = `${c.y + 14}px`;
  }

  private click(e: MouseEvent): void {
    this.popup.hidden = true;
    const c = this.hit(e);
    if (!c) return;
    if (c.members.length === 1) {
      this.onSelect(this.ids[c.members[0]]);
      return;
    }
    const first = c.members[0];
    const samePlace = c.members.every((i) => this.xs[i] === this.xs[first] && this.ys[i] === this.ys[first]);
    if (!samePlace && this.scale < MAX_SCALE) {
      this.zoomBy(3, c.x, c.y);
      return;
    }
    const shown = c.members.slice(0, 15);
    this.popup.replaceChildren(
      h("strong", {}, `${fmtInt(c.members.length)} events at this place`),
      ...shown.map((i) => {
        const a = h(
          "a",
          { href: `/event/${encodeURIComponent(this.ids[i])}` },
          this.typeNames[this.types[i]] ?? "event",
        );
        a.addEventListener("click", (ev) => {
          ev.preventDefault();
          this.onSelect(this.ids[i]);
        });
        return h("div", {}, a, ` · ${this.fatalities[i]} fatalities`);
      }),
      c.members.length > shown.length ? h("div", {}, "… narrow the filters to see the rest") : "",
    );
    this.popup.style.left = `${c.x + 10}px`;
    this.popup.style.top = `${c.y + 10}px`;
    this.popup.hidden = false;
  }

  draw(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private render(): void {
    const { ctx, width: w, height: hgt } = this;
    if (w === 0) return;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = "#dfe9f0";
    ctx.fillRect(0, 0, w, hgt);
    const s = this.scale;
    const tx = w / 2 - this.cx * s;
    const ty = hgt / 2 - this.cy * s;
    ctx.setTransform(dpr * s, 0, 0, dpr * s, dpr * tx, dpr * ty);
    ctx.fillStyle = "#f7f5ef";
    ctx.fill(this.land);
    if (this.admin && s > 1500) {
      ctx.strokeStyle = "#e2d9c8";
      ctx.lineWidth = 0.6 / s;
      ctx.stroke(this.admin);
    }
    ctx.lineWidth = 0.9 / s;
    ctx.strokeStyle = "#8fa3b0";
    ctx.stroke(this.coast);
    ctx.lineWidth = 1.2 / s;
    ctx.strokeStyle = "#a08c6e";
    ctx.stroke(this.borders);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.clusters = this.cluster(tx, ty);
    for (const c of this.clusters) this.drawCluster(c);
  }

  private cluster(tx: number, ty: number): Cluster[] {
    const s = this.scale;
    const cells = new Map<number, number[]>();
    const cols = Math.ceil(this.width / CELL) + 4;
    for (let i = 0; i < this.xs.length; i++) {
      const sx = this.xs[i] * s + tx;
      const sy = this.ys[i] * s + ty;
      if (sx < -CELL || sy < -CELL || sx > this.width + CELL || sy > this.height + CELL) continue;
      const key = Math.floor(sy / CELL + 2) * cols + Math.floor(sx / CELL + 2);
      const list = cells.get(key);
      if (list) list.push(i);
      else cells.set(key, [i]);
    }
    const out: Cluster[] = [];
    for (const members of cells.values()) {
      let x = 0;
      let y = 0;
      for (const i of members) {
        x += this.xs[i];
        y += this.ys[i];
      }
      x = (x / members.length) * s + tx;
      y = (y / members.length) * s + ty;
      const r =
        members.length === 1
          ? 4 + Math.min(12, 2 * Math.sqrt(this.fatalities[members[0]]))
          : 10 + Math.min(16, 5 * Math.log10(members.length));
      out.push({ x, y, r, members });
    }
    return out;
  }

  private drawCluster(c: Cluster): void {
    const ctx = this.ctx;
    if (c.members.length === 1) {
      const i = c.members[0];
      ctx.beginPath();
      ctx.arc(c.x, c.y, c.r, 0, Math.PI * 2);
      ctx.fillStyle = typeColor(this.typeNames[this.types[i]]);
      ctx.globalAlpha = 0.85;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.lineWidth = 1;
      ctx.strokeStyle = "#fff";
      ctx.stroke();
      return;
    }
    const counts = new Map<number, number>();
    for (const i of c.members) counts.set(this.types[i], (counts.get(this.types[i]) ?? 0) + 1);
    let a = -Math.PI / 2;
    for (const [t, n] of [...counts].sort((p, q) => p[0] - q[0])) {
      const da = (n / c.members.length) * Math.PI * 2;
      ctx.beginPath();
      ctx.moveTo(c.x, c.y);
      ctx.arc(c.x, c.y, c.r, a, a + da);
      ctx.closePath();
      ctx.fillStyle = this.typeNames[t] ? typeColor(this.typeNames[t]) : OTHER_COLOR;
      ctx.fill();
      a += da;
    }
    ctx.beginPath();
    ctx.arc(c.x, c.y, c.r * 0.62, 0, Math.PI * 2);
    ctx.fillStyle = "#fff";
    ctx.fill();
    ctx.fillStyle = "#222";
    ctx.font = "600 11px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    const n = c.members.length;
    ctx.fillText(n >= 10000 ? `${Math.round(n / 1000)}k` : String(n), c.x, c.y + 0.5);
  }
}
