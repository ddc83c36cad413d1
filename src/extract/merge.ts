import type { Cue } from "../locales/index.js";
import type { Context } from "./context.js";
import { type Frame, family } from "./frames.js";

/** An event being assembled from the frames that tell it. */
export interface EventDraft {
  frames: Frame[];
  main: Frame;
  cues: Set<Cue>;
}

function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const p = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * p) / 2) ** 2 +
    Math.cos(a.latitude * p) *
      Math.cos(b.latitude * p) *
      Math.sin(((b.longitude - a.longitude) * p) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, h)));
}

function samePlace(a: Frame, b: Frame): boolean {
  if (!a.place || !b.place) return true;
  const pa = a.place.place;
  const pb = b.place.place;
  if (pa.kind === "country" || pb.kind === "country") return pa.country === pb.country;
  if (pa.kind !== "populated" || pb.kind !== "populated") return pa.admin1 === pb.admin1 || km(pa, pb) < 50;
  return km(pa, pb) <= 10;
}

function sameDate(a: Frame, b: Frame): boolean {
  if (!a.date || !b.date) return true;
  if (a.date.date === b.date.date) return true;
  const coarse = a.date.precision > b.date.precision ? a.date : b.date;
  const fine = coarse === a.date ? b.date : a.date;
  if (coarse.precision === 3) return coarse.date.slice(0, 7) === fine.date.slice(0, 7);
  const d = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86400000;
  return coarse.precision === 2 && d(fine.date) - d(coarse.date) >= 0 && d(fine.date) - d(coarse.date) < 7;
}

/**
 * One event per happening: frames that tell the same event (same kind, dates and places that fit)
 * become one draft. A frame with neither date nor place of its own adds to the first event of its kind
 * (the lede), which is how news reports return to their main event.
 */
export function mergeFrames(frames: Frame[], _ctx: Context): EventDraft[] {
  const drafts: EventDraft[] = [];
  for (const f of frames) {
    const fam = family(f.coding);
    const own = !!f.date || !!f.place;
    const target = drafts.find((d) => {
      if (family(d.main.coding) !== fam) return false;
      if (!own) return true;
      const m = d.main;
      const typeOk = fam !== "violence" || m.coding.event_type === f.coding.event_type || !f.date;
      return typeOk && sameDate(m, f) && samePlace(m, f);
    });
    if (!target) {
      drafts.push({ frames: [f], main: f, cues: new Set(f.cues) });
      continue;
    }
    target.frames.push(f);
    for (const c of f.cues) target.cues.add(c);
    const m = target.main;
    m.date ??= f.date;
    if (
      f.place &&
      (!m.place ||
        (m.place.place.kind !== "populated" && f.place.place.kind === "populated" && samePlace(m, f)))
    )
      m.place = f.place;
    m.fatalities ??= f.fatalities;
    m.crowd ??= f.crowd;
    m.intervention ??= f.intervention;
    if (m.coding.event_type === "Protests" || m.coding.event_type === "Riots") upgradeDemo(m, f);
  }
  return drafts;
}

/** Later sentences may show the police intervening or the crowd turning violent. */
function upgradeDemo(m: Frame, f: Frame) {
  const rank = (sub: string) =>
    ({
      "Peaceful protest": 0,
      "Protest with intervention": 1,
      "Violent demonstration": 2,
      "Excessive force against protesters": 3,
    })[sub] ?? -1;
  const fc = f.coding;
  if (fc.event_type !== "Protests" && fc.event_type !== "Riots") return;
  if (fc.sub_event_type === "Mob violence" || m.coding.sub_event_type === "Mob violence") return;
  if (rank(fc.sub_event_type) > rank(m.coding.sub_event_type)) {
    m.coding = { ...fc };
    if (!m.intervention && f.intervention) m.intervention = f.intervention;
  }
}
