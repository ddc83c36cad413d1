import { readFileSync } from "node:fs";
import type { Row } from "./score.js";

export interface LineError {
  line: number;
  error: string;
}

/** Read a JSONL file: parsed rows plus the lines that could not be read (reported, not fatal). */
export function readJsonl<T = Row>(path: string): { rows: T[]; errors: LineError[] } {
  const rows: T[] = [];
  const errors: LineError[] = [];
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((l, i) => {
      const line = l.trim();
      if (!line) return;
      try {
        const v = JSON.parse(line);
        if (v && typeof v === "object" && !Array.isArray(v)) rows.push(v as T);
        else errors.push({ line: i + 1, error: "not a JSON object" });
      } catch (e) {
        errors.push({ line: i + 1, error: `invalid JSON (${(e as Error).message.split("\n")[0]})` });
      }
    });
  return { rows, errors };
}
