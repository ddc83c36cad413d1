/** Colours for event types (map, timeline, legend) and for evidence fields (highlighting). */
export const EVENT_TYPE_COLORS: Record<string, string> = {
  Battles: "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  Protests: "#2471a3",
  Riots: "#d4ac0d",
  "Strategic developments": "#229954",
};
export const EVENT_TYPES = Object.keys(EVENT_TYPE_COLORS);
export const OTHER_COLOR = "#7f8c8d";

export function typeColor(type: string | null | undefined): string {
  return (type && EVENT_TYPE_COLORS[type]) || OTHER_COLOR;
}

export function typeIndex(type: string | null | undefined): number {
  const i = type ? EVENT_TYPES.indexOf(type) : -1;
  return i < 0 ? EVENT_TYPES.length : i;
}

/** Evidence fields in legend order; each has a CSS class ev-<field> in style.css. */
export const EVIDENCE_FIELDS = [
  "trigger",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "actor2",
  "assoc_actor_2",
  "event_date",
  "location",
  "fatalities",
  "crowd_size",
  "intervention",
];
