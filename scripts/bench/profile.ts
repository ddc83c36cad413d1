/**
 * Summarise a V8 .cpuprofile (node --cpu-prof format): the functions with the most self time, and
 * Chronicle's own functions with the most total time (self + callees) to show which stage costs.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT, round } from "./util.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  function: string;
  where: string;
  ms: number;
  pct: number;
}

/** File of a frame, relative to the package (tsx compiles each file to one line: no line numbers). */
function where(url: string): string {
  if (!url) return "(native)";
  const p = url.startsWith("file://") ? relative(ROOT, fileURLToPath(url)) : url;
  return p.replace(/^.*node_modules\//, "node_modules/");
}

function keyOf(n: ProfileNode): string {
  return `${n.callFrame.functionName || "(anonymous)"}\t${where(n.callFrame.url)}`;
}

function ranked(times: Map<string, number>, total: number, top: number): HotSpot[] {
  return [...times.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, us]) => {
      const [fn, w] = k.split("\t");
      return { function: fn, where: w, ms: round(us / 1000), pct: round((100 * us) / total) };
    });
}

export function summarise(file: string, top = 15): { self: HotSpot[]; total: HotSpot[] } {
  const prof = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const dt = prof.timeDeltas[i] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
    if (byId.get(id)?.callFrame.functionName !== "(idle)") total += dt;
  });
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const n = byId.get(id)!;
    if (n.callFrame.functionName === "(idle)") continue;
    self.set(keyOf(n), (self.get(keyOf(n)) ?? 0) + us);
    // every distinct Chronicle function on the stack gets the sample once (recursion counted once)
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const c = byId.get(cur)!;
      const k = keyOf(c);
      if (!where(c.callFrame.url).startsWith("src/") || seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + us);
    }
  }
  return { self: ranked(self, total, top), total: ranked(incl, total, top + 1).slice(1) };
}
