import type { ActorMention } from "../knowledge/actor-registry.js";
import type { Cue } from "../locales/index.js";
import type { Sentence } from "../text/document.js";
import type { Coding, FrameFacts } from "./classify.js";
import type { CueHit } from "./cues.js";
import type { DateMention } from "./dates.js";
import type { NumberMention } from "./numbers.js";
import type { PlaceMention } from "./places.js";

/** One event told by one clause (or a whole sentence): what the later stages code into a record. */
export interface Frame {
  sentence: Sentence;
  /** Token range inside the sentence. */
  first: number;
  last: number;
  hits: CueHit[];
  cues: Set<Cue>;
  coding: Coding;
  /** What the coding was decided from: kept so that merged frames can be coded again together. */
  facts: FrameFacts;
  trigger: CueHit;
  agent: ActorMention | null;
  patient: ActorMention | null;
  actors: ActorMention[];
  date: DateMention | null;
  place: PlaceMention | null;
  places: PlaceMention[];
  /** The deaths the frame tells; `more` holds the counts added from later sentences ("Two attackers were
   * also killed"), so that every number of a summed toll stays evidence. */
  fatalities: { value: number; mention: NumberMention; more?: NumberMention[] } | null;
  /** "also", "aussi": the frame adds to what was told before (its deaths are more deaths). */
  additive?: boolean;
  /** The day the news was told ("officials said Friday"), for a frame with no date of its own. */
  reported?: DateMention;
  /** "claimed", "unconfirmed": its toll is one side's word, not added to the toll already told. */
  hedged?: boolean;
  crowd: NumberMention | null;
  /** Told by the headline: it joins the body's event of its kind, or stands alone. */
  headline?: boolean;
  /** "in the same area": the place is the one of the event told before. */
  sameArea?: boolean;
  /** "later", "in retaliation": another happening after the one told before, not more about it. */
  sequel?: boolean;
  /** "A man armed with a knife attacked participants at a rally": one attacker from outside a gathering,
   * whoever the sentence names around him (the police who arrested him are no side). */
  loneAttacker?: boolean;
  /** "..., and separately seven civilians died": told as another happening, whatever it shares. */
  separate?: boolean;
  /** Dated by the event told before it, having no day of its own ("Par ailleurs, ..."): a day the text
   * gives it later, in a sentence that refers back to it, is its own. */
  borrowedDate?: boolean;
  /** The headline of one item of a digest of briefs: it sums up that item's events only. */
  itemHeadline?: boolean;
  /** A bullet under a report's summary heading ("HIGHLIGHTS"): it only sums up events the body tells. */
  summary?: boolean;
  /** Told with plural nouns alone, no date, number or place ("Riots broke out"): how the event told
   * just before went on, or a situation, never an event of its own. */
  situation?: boolean;
  /** Destruction told with nobody named ("the windows were smashed"): what became of the place attacked
   * before, or, in a story that tells no other violence, the vandalism the story is about. */
  orphan?: boolean;
  /** What usually happens, told in the present ("is regularly targeted by"): a situation that never
   * recodes the event it refines. */
  habitual?: boolean;
  /** Told only with nouns that refer back ("people who fled the attack"): the event told before. */
  anaphoric?: boolean;
  /** Told as dead bodies found or buried ("their bodies were recovered"): the toll of a killing. */
  finding?: boolean;
  /** Told as a death from wounds ("died of his wounds the next day"): the toll of the event told before. */
  woundDeath?: boolean;
  /** The intervention cue text, for notes ("fired tear gas"). */
  intervention: CueHit | null;
}

export const family = (c: Coding): string =>
  c.event_type === "Protests" || c.event_type === "Riots"
    ? "demo"
    : c.event_type === "Strategic developments"
      ? `sd:${c.sub_event_type}`
      : "violence";
