/**
 * The gazetteer on a list of place names with their country and admin units (the shared Sahel test
 * list: name, ISO2 country, kind, expected admin1, expected admin2, tab-separated, with a header line):
 * how many resolve in the right country, and with the right admin1 and admin2 (compared as the
 * reference scorer compares names).
 */
import { readFileSync } from "node:fs";
import type { Gazetteer } from "../geo/index.js";
import { norm } from "./score.js";

export interface TestListFigures {
  n: number;
  inCountry: number;
  fuzzy: number;
  admin1: { n: number; ok: number };
  admin2: { n: number; ok: number };
  /** One line per name resolved outside its country (or not at all) and per admin1 disagreement. */
  misses: string[];
}

export function testListFigures(file: string, g: Gazetteer): TestListFigures {
  const lines = readFileSync(file, "utf8").trim().split("\n").slice(1);
  const f: TestListFigures = {
    n: 0,
    inCountry: 0,
    fuzzy: 0,
    admin1: { n: 0, ok: 0 },
    admin2: { n: 0, ok: 0 },
    misses: [],
  };
  for (const line of lines) {
    const [name, cc, kind, ea1, ea2] = line.split("\t");
    f.n++;
    const admin = [ea1, ea2].filter(Boolean);
    const p = g.resolve({ name, country: cc, admin: kind === "admin1" ? [] : admin.slice(0, 1) });
    // (the list gives ISO codes: a text never names a country by its code, the test list does)
    const c = g.countryOrCode(cc);
    if (p && c && p.iso3 === c.iso3) f.inCountry++;
    else f.misses.push(`${name} (${cc}, ${kind}) -> ${p ? `${p.location} ${p.country}` : "none"}`);
    if (p?.fuzzy) f.fuzzy++;
    if (ea1) {
      f.admin1.n++;
      if (p && norm(p.admin1) === norm(ea1)) f.admin1.ok++;
      else if (p) f.misses.push(`  admin1 ${name}: ${p.admin1} vs ${ea1}`);
    }
    if (ea2 && kind !== "admin1") {
      f.admin2.n++;
      if (p && norm(p.admin2 ?? p.location) === norm(ea2)) f.admin2.ok++;
    }
  }
  return f;
}
