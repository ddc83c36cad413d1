/** Summarise a V8 .cpuprofile (node --cpu-prof): the functions with the most self time. */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT, round } from "./util.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  function: string;
  where: string;
  self_ms: number;
  self_pct: number;
}

function where(url: string, line: number): string {
  if (!url) return "(native)";
  let p = url;
  if (url.startsWith("file://")) p = relative(ROOT, fileURLToPath(url));
  p = p.replace(/^.*node_modules\//, "node_modules/");
  return `${p}:${line + 1}`;
}

export function hotSpots(file: string, top = 15): HotSpot[] {
  const prof = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<string, number>();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const dt = prof.timeDeltas[i] ?? 0;
    const n = byId.get(id);
    if (!n) return;
    const key = `${n.callFrame.functionName || "(anonymous)"}\t${where(n.callFrame.url, n.callFrame.lineNumber)}`;
    selfUs.set(key, (selfUs.get(key) ?? 0) + dt);
    total += dt;
  });
  return [...selfUs.entries()]
    .filter(([k]) => !k.startsWith("(idle)"))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, us]) => {
      const [fn, w] = k.split("\t");
      return { function: fn, where: w, self_ms: round(us / 1000), self_pct: round((100 * us) / total) };
    });
}
