import type { EventRecord } from "../model/event.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function when(r: EventRecord): string {
  if (!r.event_date) return "On an unknown date";
  const [y, m, d] = ymd(r.event_date);
  if (r.time_precision === 3) return `In ${MONTHS[m - 1]} ${y}`;
  if (r.time_precision === 2) return `Around ${d} ${MONTHS[m - 1]} ${y}`;
  return `On ${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * Year, month and day of a date, as `date.split("-").map(Number)` reads them: by digit arithmetic
 * for the usual YYYY-MM-DD, without the strings and arrays of a split for every note.
 */
function ymd(date: string): [number, number, number] {
  if (date.length === 10 && date[4] === "-" && date[7] === "-") {
    const y = digitsAt(date, 0, 4);
    const m = digitsAt(date, 5, 2);
    const d = digitsAt(date, 8, 2);
    if (y >= 0 && m >= 0 && d >= 0) return [y, m, d];
  }
  const [y, m, d] = date.split("-").map(Number);
  return [y, m, d];
}

/** The number written by the `n` ASCII digits at `from`, or -1 if one is not a digit. */
function digitsAt(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function where(r: EventRecord): string {
  if (!r.location) return r.country ? `in ${r.country}` : "";
  const admins = [r.admin2, r.admin1].filter((a, i, all) => a && all.indexOf(a) === i && a !== r.location);
  const near = r.geo_precision === 2 ? "near" : "in";
  if (r.location === r.country) return `in ${r.country}`;
  return admins.length
    ? `${near} ${r.location} (${admins.join(", ")})`
    : `${near} ${r.location}${r.admin1 === r.location ? ` (${r.admin1})` : ""}`;
}

/** "Military Forces of Mali (2013-2020)" -> "Military Forces of Mali"; "Protesters (Mali)" -> "protesters". */
function short(name: string | null): string {
  if (!name) return "unidentified actors";
  const generic = /^(Protesters|Rioters|Civilians|Unidentified Armed Group) \(/.exec(name);
  if (generic)
    return generic[1] === "Unidentified Armed Group"
      ? "an unidentified armed group"
      : generic[1].toLowerCase();
  // (only names that end with a bracket can carry years: skip the end-anchored search otherwise)
  return name.endsWith(")") ? name.replace(/ \(\d{4}-(\d{4})?\)$/, "") : name;
}

function deaths(r: EventRecord): string {
  if (!r.fatalities) return "";
  return r.fatalities === 1 ? " 1 fatality was reported." : ` ${r.fatalities} fatalities were reported.`;
}

/** One or two plain sentences, ACLED style, written from the record (never copied from the source). */
export function writeNotes(r: EventRecord, locale = "en"): string {
  const w = when(r);
  const p = where(r);
  const a1 = short(r.actor1);
  const a2 = r.actor2 ? short(r.actor2) : null;
  const crowd = crowdPhrase(r, locale);
  // Evidence quotes the source; notes are English, so quote it only from English text.
  const intervention =
    locale === "en" ? (r.evidence.find((e) => e.field === "intervention")?.text ?? null) : null;
  let body: string;
  switch (r.sub_event_type) {
    case "Peaceful protest":
      body = `${w}, ${crowd}protesters demonstrated ${p}.`;
      break;
    case "Protest with intervention":
      body = `${w}, ${crowd}protesters demonstrated ${p}. ${cap(a2 ?? "security forces")} intervened${intervention ? ` (${intervention.toLowerCase()})` : ""}.`;
      break;
    case "Excessive force against protesters":
      // (the forces act: they are actor1)
      body = `${w}, ${cap(r.actor1 && !r.actor1.startsWith("Protesters") ? a1 : (a2 ?? "security forces"))} used force against ${crowd}protesters ${p}.`;
      break;
    case "Violent demonstration":
      body = `${w}, ${crowd}rioters ${a2 ? `clashed with ${a2}` : "demonstrated violently"} ${p}.`;
      break;
    case "Mob violence":
      body = `${w}, a mob attacked ${a2 ?? "people"} ${p}.`;
      break;
    case "Armed clash":
      body = `${w}, ${a1} clashed with ${a2 ?? "an unidentified armed group"} ${p}.`;
      break;
    case "Attack":
      body = `${w}, ${a1} attacked ${a2 ?? "civilians"} ${p}.`;
      break;
    case "Abduction/forced disappearance":
      body = `${w}, ${a1} abducted ${a2 ?? "civilians"} ${p}.`;
      break;
    case "Sexual violence":
      body = `${w}, ${a1} committed sexual violence against ${a2 ?? "civilians"} ${p}.`;
      break;
    case "Government regains territory":
      body = `${w}, ${a1} regained control of ${r.location ?? "territory"} from ${a2 ?? "armed groups"}.`;
      break;
    case "Non-state actor overtakes territory":
      body = `${w}, ${a1} took control of ${r.location ?? "territory"}${a2 ? ` from ${a2}` : ""}.`;
      break;
    default:
      if (r.event_type === "Explosions/Remote violence") {
        const how = REMOTE[r.sub_event_type] ?? "an attack";
        body = `${w}, ${a1} carried out ${how} ${a2 ? `against ${a2} ` : ""}${p}.`;
      } else if (r.sub_event_type === "Other") {
        // (what happened in the source's own word: "freed", "coup", "libérés")
        const word = locale === "en" ? r.evidence.find((e) => e.field === "trigger")?.text : undefined;
        const who = [r.actor1 ? a1 : null, a2].filter(Boolean).join(" and ");
        body = `${w}, a strategic development${word ? ` (${word.toLowerCase()})` : ""} ${p}${who ? `, involving ${who}` : ""}.`;
      } else {
        body = `${w}, ${r.sub_event_type.toLowerCase()} ${p}: ${a1}${a2 ? ` and ${a2}` : ""}.`;
      }
  }
  return tidy(cap(body + deaths(r)));
}

/** White space runs as one space, no space before a full stop. */
function tidy(s: string): string {
  // (a note rarely holds anything to tidy: a test for it is cheaper than rewriting every note)
  const spaced = SPACE_RUN.test(s) ? s.replace(/\s+/g, " ") : s;
  return spaced.includes(" .") ? spaced.replace(/ \./g, ".") : spaced;
}

/**
 * White space other than lone spaces (a white space that is not a space, or a space followed by white
 * space): without it, replacing /\s+/g by a space changes nothing.
 */
const SPACE_RUN = /[^\S ]| \s/;

const REMOTE: Record<string, string> = {
  "Remote explosive/landmine/IED": "an explosive device (IED or landmine) attack",
  "Air/drone strike": "an air or drone strike",
  "Shelling/artillery/missile attack": "a shelling, artillery or missile attack",
  "Suicide bomb": "a suicide bombing",
  Grenade: "a grenade attack",
  "Chemical weapon": "a chemical weapon attack",
};

/** "thousands of protesters", "5,000 protesters", "a crowd of about 300 protesters" (English whatever the source). */
function crowdPhrase(r: EventRecord, locale: string): string {
  const raw = r.crowd_size.trim();
  if (!raw) return "";
  const ev = r.evidence.find((e) => e.field === "crowd_size");
  if (/\d/.test(raw)) return `${raw} `;
  if (locale !== "en") return ev ? "a crowd of " : "";
  const w = raw.toLowerCase();
  return /s$/.test(w) ? `${w} of ` : `${w} `;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
