/** Point-in-polygon lookup on the bundled Mali cercle polygons (geoBoundaries, CC BY 4.0). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { gazetteerDir } from "./paths.js";

type Ring = number[][];
interface Shape {
  name: string;
  bbox: [number, number, number, number];
  polygons: Ring[][];
}

let shapes: Shape[] | null = null;

function ringContains(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function loadShapes(file = join(gazetteerDir(), "mli-adm2.topojson")): Shape[] {
  if (shapes) return shapes;
  const topo = JSON.parse(readFileSync(file, "utf8")) as Topology;
  const key = Object.keys(topo.objects)[0];
  // biome-ignore lint/suspicious/noExplicitAny: GeoJSON typing from topojson-client is loose
  const fc = feature(topo, topo.objects[key]) as any;
  shapes = [];
  for (const f of fc.features) {
    const g = f.geometry;
    const polygons: Ring[][] =
      g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    const bbox: [number, number, number, number] = [180, 90, -180, -90];
    for (const poly of polygons)
      for (const [x, y] of poly[0]) {
        if (x < bbox[0]) bbox[0] = x;
        if (y < bbox[1]) bbox[1] = y;
        if (x > bbox[2]) bbox[2] = x;
        if (y > bbox[3]) bbox[3] = y;
      }
    shapes.push({ name: f.properties.shapeName, bbox, polygons });
  }
  return shapes;
}

/** Name of the Mali cercle containing the point, or null. */
export function maliCercleAt(lat: number, lon: number): string | null {
  for (const s of loadShapes()) {
    if (lon < s.bbox[0] || lon > s.bbox[2] || lat < s.bbox[1] || lat > s.bbox[3]) continue;
    for (const poly of s.polygons) {
      if (!ringContains(poly[0], lon, lat)) continue;
      let inHole = false;
      for (let h = 1; h < poly.length; h++) if (ringContains(poly[h], lon, lat)) inHole = true;
      if (!inHole) return s.name;
    }
  }
  return null;
}
