/**
 * Regions that changed over time: an event's admin1 depends on its date when a district moved to a
 * new region (Mali's Ménaka cercle was coded under Gao, then as the Ménaka region). The table is data
 * (data/gazetteer/admin1-periods.csv): country, admin2, the admin1 from a date on.
 */
import { join } from "node:path";
import { readCsvTable } from "./build-rows.js";
import { gazetteerDir } from "./paths.js";

interface Period {
  country: string;
  admin2: string;
  admin1: string;
  from: string;
  /** The admin1 of a place named only by the new region before the region existed (`created`): "Gao". */
  before: string;
  created: string;
}

let periods: Period[] | null = null;

function table(): Period[] {
  periods ??= readCsvTable(join(gazetteerDir(), "admin1-periods.csv")).map((r) => ({
    country: r.country,
    admin2: r.admin2,
    admin1: r.admin1,
    from: r.from,
    before: r.before ?? "",
    created: r.created ?? "",
  }));
  return periods;
}

/** The admin1 a place in `country`/`admin2` had on `date` (ISO), or `admin1` when no period applies. */
export function admin1On(
  country: string | null,
  admin1: string | null,
  admin2: string | null,
  date: string | null,
): string | null {
  if (!country || !date) return admin1;
  for (const p of table()) {
    // (a place known only by the new region, with no district, is in that district)
    if (p.country !== country || (admin2 ? p.admin2 !== admin2 : admin1 !== p.admin1)) continue;
    if (date >= p.from) return p.admin1;
    // ("the Menaka region" in 2015, before the region was installed: Gao then)
    if (!admin2 && admin1 === p.admin1 && p.before && date < p.created) return p.before;
  }
  return admin1;
}
