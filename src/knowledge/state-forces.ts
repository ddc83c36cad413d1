import type { Branch, StateForcesFile } from "./data-types.js";

/** One regime period of a country, with the label ACLED prints in its state actors' names. */
export interface Period {
  from: string;
  to: string | null;
  label: string;
  suffix: string | null;
}

const PREFIX: Record<Branch, string> = {
  military: "Military Forces of",
  police: "Police Forces of",
  government: "Government of",
  mutiny: "Mutiny of Military Forces of",
};

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Per-country period tables compiled from data/knowledge/state-forces.json. */
export class StateForceTable {
  private periods = new Map<string, Period[]>();
  private units = new Map<string, Record<string, "military" | "police">>();
  private the: Set<string>;
  private defaultUnits: Record<string, "military" | "police">;
  private sovereigns: Map<string, string>;

  constructor(file: StateForcesFile) {
    this.the = new Set(file.the);
    this.defaultUnits = file.defaultUnits;
    this.sovereigns = new Map(Object.entries(file.sovereigns ?? {}));
    for (const [country, def] of Object.entries(file.countries)) {
      const rows = [...def.periods].sort((a, b) => a[0].localeCompare(b[0]));
      this.periods.set(
        country,
        rows.map((p, i) => ({
          from: p[0],
          to: i + 1 < rows.length ? dayBefore(rows[i + 1][0]) : null,
          label: p[1],
          suffix: p[2] ?? null,
        })),
      );
      if (def.units) this.units.set(country, def.units);
    }
  }

  /** The state whose forces serve in a territory ("Mayotte": "France"); null for a state of its own. */
  sovereign(country: string): string | null {
    return this.sovereigns.get(country) ?? null;
  }

  /** "the Philippines", "Mali". */
  display(country: string): string {
    return this.the.has(country) ? `the ${country}` : country;
  }

  /** The period in force on `date` (YYYY-MM-DD or a prefix); the latest when the date is unknown. */
  period(country: string, date: string | null): Period | null {
    const list = this.periods.get(country);
    if (!list?.length) return null;
    if (!date) return list[list.length - 1];
    const d = date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date;
    if (d < list[0].from) return list[0];
    for (const p of list) if (d >= p.from && (p.to === null || d <= p.to)) return p;
    return list[list.length - 1];
  }

  /** Which branch a named unit belongs to in this country ("Gendarmerie" is police in Mali, military in Turkey). */
  unitBranch(country: string, unit: string): "military" | "police" | null {
    return this.units.get(country)?.[unit] ?? this.defaultUnits[unit] ?? null;
  }

  name(country: string, branch: Branch, date: string | null, unit?: string | null): string {
    let b = branch;
    if (unit && (b === "military" || b === "police")) b = this.unitBranch(country, unit) ?? b;
    const p = this.period(country, date);
    let name = `${PREFIX[b]} ${this.display(country)}`;
    if (p) name += ` (${p.label})`;
    if (p?.suffix && b !== "government") name += ` ${p.suffix}`;
    if (unit && (b === "military" || b === "police")) name += ` ${unit}`;
    return name;
  }

  has(country: string): boolean {
    return this.periods.has(country);
  }
}
