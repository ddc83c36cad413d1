/** Small helpers shared by the bench sections: paths, seeded randomness, rounding, memory. */
import { fileURLToPath } from "node:url";

/** The package root (two levels above scripts/bench/). */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** ../shared next to the package root (dev data; absent on users' machines). */
export const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));
/** Cache folder for generated benchmark data (gitignored). */
export const CACHE_DIR = fileURLToPath(new URL("../../.bench/", import.meta.url));

/** mulberry32: small, fast, seeded (same stream on every machine). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle with a seeded generator (returns a new array). */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = xs.slice();
  const r = seeded(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export const MB = 1_000_000;

/** Peak resident set size of this process so far, in MB. */
export function peakRssMb(): number {
  return round((process.resourceUsage().maxRSS * 1024) / MB);
}

export function bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

export function log(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}
