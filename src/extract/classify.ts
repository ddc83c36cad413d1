import type { ActorMention } from "../knowledge/actor-registry.js";
import type { Cue } from "../locales/index.js";

export interface Coding {
  event_type: string;
  sub_event_type: string;
  disorder_type: string;
  /** The cue that decided the type (its span is the trigger evidence). */
  decisive: Cue;
}

const ARMED = new Set([
  "military",
  "police",
  "armed_group",
  "named_group",
  "identity_militia",
  "mutiny",
  "external",
]);
const STATE = new Set(["military", "police", "external", "mutiny"]);

export const isArmed = (m: ActorMention | null | undefined) => !!m && ARMED.has(m.role);
export const isState = (m: ActorMention | null | undefined) => !!m && STATE.has(m.role);

const PV = "Political violence";
const DEMO = "Demonstrations";
const SD = "Strategic developments";

/**
 * Decide the event type of a frame from its cues and the sides around the trigger, with the
 * distinctions of the coding rules: protest vs protest with intervention vs riot; battle vs
 * violence against civilians; the kinds of remote violence; strategic developments.
 */
export interface FrameFacts {
  cues: Set<Cue>;
  agent: ActorMention | null;
  patient: ActorMention | null;
  /** Protesters were killed or shot. */
  protestersHurt: boolean;
  /** Roles of every actor mentioned in the frame. */
  roles: Set<string>;
  /** The protest word comes before any violent word: the violence is what the crowd protests about. */
  protestFirst: boolean;
}

export function classify(facts: FrameFacts): Coding | null {
  const { cues, agent, patient, roles } = facts;
  const victimsKilled = facts.protestersHurt;
  const has = (c: Cue) => cues.has(c);
  const violent =
    has("kill") ||
    has("attack") ||
    has("clash") ||
    has("ambush") ||
    has("injure") ||
    has("beat") ||
    has("abduct");

  // Demonstrations first: the crowd is the subject.
  const protestLike = has("protest") || roles.has("protesters");
  if (has("mob") && !has("protest"))
    return { event_type: "Riots", sub_event_type: "Mob violence", disorder_type: PV, decisive: "mob" };
  if (protestLike) {
    const crowdActs = agent?.role === "protesters" || agent?.role === "rioters";
    if (has("mob") || (crowdActs && violent && !facts.protestFirst))
      return { event_type: "Riots", sub_event_type: "Violent demonstration", disorder_type: PV, decisive: "riot" };
    if (has("riot") || has("destroy") || roles.has("rioters") || (has("clash") && roles.has("police")))
      return {
        event_type: "Riots",
        sub_event_type: "Violent demonstration",
        disorder_type: PV,
        decisive: "riot",
      };
    if (has("lethal_force") || (victimsKilled && (roles.has("police") || roles.has("military"))))
      return {
        event_type: "Protests",
        sub_event_type: "Excessive force against protesters",
        disorder_type: `${PV}; ${DEMO}`,
        decisive: has("lethal_force") ? "lethal_force" : "protest",
      };
    if (has("intervene") || (has("arrest") && (roles.has("police") || roles.has("military"))))
      return {
        event_type: "Protests",
        sub_event_type: "Protest with intervention",
        disorder_type: DEMO,
        decisive: "protest",
      };
    if (has("protest") && (!violent || facts.protestFirst))
      return {
        event_type: "Protests",
        sub_event_type: "Peaceful protest",
        disorder_type: DEMO,
        decisive: "protest",
      };
  }
  if (has("riot") && (roles.has("rioters") || has("protest") || !violent) && !has("destroy"))
    return {
      event_type: "Riots",
      sub_event_type: "Violent demonstration",
      disorder_type: PV,
      decisive: "riot",
    };

  // Remote violence: the weapon decides.
  if (has("suicide")) return ex("Suicide bomb", "suicide");
  if (has("chemical")) return ex("Chemical weapon", "chemical");
  if (has("air")) return ex("Air/drone strike", "air");
  if (has("grenade")) return ex("Grenade", "grenade");
  if (has("shell")) return ex("Shelling/artillery/missile attack", "shell");
  if (has("ied") && (violent || has("ied"))) return ex("Remote explosive/landmine/IED", "ied");

  // Territory.
  if (has("retake"))
    return {
      event_type: "Battles",
      sub_event_type: "Government regains territory",
      disorder_type: PV,
      decisive: "retake",
    };
  if (
    has("takeover") &&
    (isArmed(agent) || roles.has("named_group") || roles.has("armed_group")) &&
    !has("abduct")
  )
    return {
      event_type: "Battles",
      sub_event_type: "Non-state actor overtakes territory",
      disorder_type: PV,
      decisive: "takeover",
    };

  if (has("sexual"))
    return {
      event_type: "Violence against civilians",
      sub_event_type: "Sexual violence",
      disorder_type: PV,
      decisive: "sexual",
    };
  if (has("abduct") && !(has("kill") && isArmed(patient)))
    return {
      event_type: "Violence against civilians",
      sub_event_type: "Abduction/forced disappearance",
      disorder_type: PV,
      decisive: "abduct",
    };

  if (violent) {
    const decisive: Cue = has("clash")
      ? "clash"
      : has("ambush")
        ? "ambush"
        : has("attack")
          ? "attack"
          : has("kill")
            ? "kill"
            : has("beat")
              ? "beat"
              : "injure";
    const twoArmedSides = isArmed(patient) && (isArmed(agent) || !agent);
    if (has("clash") || has("ambush") || twoArmedSides || (isArmed(agent) && isArmed(patient)))
      return { event_type: "Battles", sub_event_type: "Armed clash", disorder_type: PV, decisive };
    if (has("destroy") && !victimsKilled && !has("kill") && !has("injure") && !has("beat"))
      return destruction();
    if (
      has("kill") ||
      has("beat") ||
      has("injure") ||
      (has("attack") && (patient?.role === "civilians" || !patient))
    )
      return {
        event_type: "Violence against civilians",
        sub_event_type: "Attack",
        disorder_type: PV,
        decisive,
      };
  }
  if (has("destroy") && (agent || roles.size)) return destruction();
  if (has("coup"))
    return {
      event_type: "Strategic developments",
      sub_event_type: "Other",
      disorder_type: SD,
      decisive: "coup",
    };
  if (has("weapons")) return sd("Disrupted weapons use", "weapons");
  if (has("agreement")) return sd("Agreement", "agreement");
  if (has("arrest") && !protestLike) return sd("Arrests", "arrest");
  if (has("base")) return sd("Headquarters or base established", "base");
  if (has("deploy") && (roles.has("military") || roles.has("external") || roles.has("named_group")))
    return sd("Change to group/activity", "deploy");
  if (has("takeover") && roles.size) return sd("Non-violent transfer of territory", "takeover");
  return null;
}

function ex(sub: string, decisive: Cue): Coding {
  return { event_type: "Explosions/Remote violence", sub_event_type: sub, disorder_type: PV, decisive };
}
function sd(sub: string, decisive: Cue): Coding {
  return { event_type: "Strategic developments", sub_event_type: sub, disorder_type: SD, decisive };
}
function destruction(): Coding {
  return sd("Looting/property destruction", "destroy");
}
