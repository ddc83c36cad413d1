import type { Place } from "../geo/index.js";
import { normName } from "../geo/index.js";
import { editDistance, foldKey } from "../geo/normalize.js";
import { lexicon } from "../locales/index.js";
import { classify, isArmed, isState, joinFacts, violentDemonstration } from "./classify.js";
import type { Context } from "./context.js";
import type { DateMention } from "./dates.js";
import { type Frame, family } from "./frames.js";
import { findNumbers } from "./numbers.js";
import { isTown, withAdmin1 } from "./place-lookup.js";
import { KIND_RANK, located, type PlaceMention } from "./places.js";
import { withMoreDeaths } from "./roles.js";

/** An event being assembled from the frames that tell it. */
export interface EventDraft {
  frames: Frame[];
  main: Frame;
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

const isArea = (p: Place) => p.kind === "admin1" || p.kind === "admin2" || p.kind === "country";

/** The frame's place is told by its distance from a town ("about 40 km north of Ouallam"). */
function measured(f: Frame): boolean {
  const m = f.place;
  // (a place borrowed from another sentence, the paragraph's scene, is told by no distance here)
  if (!m || m.start < f.sentence.start || m.end > f.sentence.end) return false;
  const t = f.sentence.tokens;
  for (let k = Math.max(0, m.first - 5); k < m.first; k++)
    if (/^(?:km|kilomet)/iu.test(t[k].norm)) return true;
  return false;
}

/** The population from which a town is a city whose streets and parks the gazetteer does not hold. */
const CITY_POPULATION = 100000;

/** How far from the dateline's town a sentence's own scene lies to be another town's event. */
const DATELINE_SCENE_KM = 50;

/** A town this populous is a place of its own, even beside a city ("Montreuil", next to Paris). */
const OWN_TOWN_POPULATION = 10000;

function samePlace(a: Frame, b: Frame): boolean {
  if (!a.place || !b.place) return true;
  const pa = a.place.place;
  const pb = b.place.place;
  // A place without coordinates is the same as another by name, or may lie inside a region or
  // country named by the other.
  if (!located(pa) || !located(pb)) {
    if (normName(pa.location) === normName(pb.location)) return true;
    // ("clashes in the area of Takadami ... amidst clashes in Tankademi": one village spelt two ways)
    if (!located(pa) && !located(pb) && spellings(pa.location, pb.location)) return true;
    // ("in Seattle ... at Westlake Park": a site the gazetteer lacks, told in a story of a city, is a part of
    // the city)
    const city = located(pa) ? pa : located(pb) ? pb : null;
    const site = city === pa ? pb : pa;
    if (
      city &&
      city.kind === "populated" &&
      city.population >= CITY_POPULATION &&
      !isArea(site) &&
      (city === pa ? b : a).place?.citySite &&
      site.country === city.country &&
      (!site.admin1 || site.admin1 === city.admin1)
    )
      return true;
    const area = isArea(pa) ? pa : isArea(pb) ? pb : null;
    const point = area === pa ? pb : pa;
    // (a country is placed at its capital, whose admin units say nothing of the event's)
    return (
      !!area &&
      area.country === point.country &&
      (area.kind === "country" || !area.admin1 || !point.admin1 || area.admin1 === point.admin1)
    );
  }
  if (pa.kind === "country" || pb.kind === "country") return pa.country === pb.country;
  if (pa.kind !== "populated" || pb.kind !== "populated") return pa.admin1 === pb.admin1 || km(pa, pb) < 50;
  // Two villages named apart ("Pissele" and "Bool-Kiiba", a few km from each other) are two places;
  // one town written two ways, or a place "near" a town, is one.
  // (but the districts of a city are the city: Yopougon and Port-Bouët are Abidjan)
  // (not towns of their own beside it: Montreuil and Paris)
  const city = Math.max(pa.population, pb.population) >= 100000;
  const ownTowns = Math.min(pa.population, pb.population) >= OWN_TOWN_POPULATION;
  const named = a.place.relation === "in" && b.place.relation === "in" && (!city || ownTowns);
  if (named && pa.geonameid !== null && pb.geonameid !== null && pa.geonameid !== pb.geonameid) {
    const na = normName(pa.location);
    const nb = normName(pb.location);
    if (na !== nb && normName(a.place.text) !== normName(b.place.text)) return false;
  }
  // (two places each told only as near a town, "a village near Mangaizé" and "the village, about 40 km
  // north of Ouallam", may be one spot seen from two towns)
  if (a.place.relation === "near" && b.place.relation === "near" && (measured(a) || measured(b)))
    return km(pa, pb) <= 60;
  return km(pa, pb) <= 10;
}

/**
 * "in Lamu county ... on the road between Milimani and Bodhei": a village the gazetteer lacks, told
 * after the region it lies in, keeps the region's admin units and, as ACLED codes it, the region's
 * point at geo_precision 3.
 */
function withinArea(finer: PlaceMention, area: PlaceMention): PlaceMention {
  const p = finer.place;
  const a = area.place;
  if (located(p) || p.admin1 || !isArea(a) || a.kind === "country" || a.country !== p.country) return finer;
  // (a fresh place of the usual shape, its fields then set: no spread that overwrites them)
  const place = withAdmin1(p, a.admin1);
  if (a.kind === "admin2") place.admin2 = a.admin2;
  place.latitude = a.latitude;
  place.longitude = a.longitude;
  place.geo_precision = 3;
  return { ...finer, place };
}

/** Two spellings of one name: at most two edits apart, for names of six letters or more. */
function spellings(a: string, b: string): boolean {
  const x = foldKey(normName(a));
  const y = foldKey(normName(b));
  return Math.min(x.length, y.length) >= 6 && editDistance(x, y, 2) <= 2;
}

/** The day number of a YYYY-MM-DD date. */
const dayNumber = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86400000;

function sameDate(a: Frame, b: Frame): boolean {
  if (!a.date || !b.date) return true;
  if (a.date.date === b.date.date) return true;
  // (a day borrowed from the report or the story before is no day of the event: an earlier day told of
  // it later fits, "officials said Sunday ... The bus struck the device on Saturday morning")
  if (a.borrowedDate && !b.borrowedDate && dayNumber(b.date.date) <= dayNumber(a.date.date)) return true;
  if (b.borrowedDate && !a.borrowedDate && dayNumber(a.date.date) <= dayNumber(b.date.date)) return true;
  // "an overnight raid" and "on Saturday night": a night belongs to two dates.
  // (a night runs on into the next day, not back into the one before: "on Saturday" is not "on Sunday night")
  if ((a.date.night || b.date.night) && a.date.precision === 1 && b.date.precision === 1) {
    const gap = dayNumber(b.date.date) - dayNumber(a.date.date);
    // ("overnight" alone may be the night before the day it was resolved to)
    if ((a.date.nightEither || b.date.nightEither) && Math.abs(gap) === 1) return true;
    return (!!a.date.night && gap === 1) || (!!b.date.night && gap === -1);
  }
  const coarse = a.date.precision > b.date.precision ? a.date : b.date;
  const fine = coarse === a.date ? b.date : a.date;
  if (coarse.precision === 3) return coarse.date.slice(0, 7) === fine.date.slice(0, 7);
  return (
    coarse.precision === 2 &&
    dayNumber(fine.date) - dayNumber(coarse.date) >= 0 &&
    dayNumber(fine.date) - dayNumber(coarse.date) < 7
  );
}

/**
 * The earlier event of a frame's named group, when the event just told is another side's: "Government
 * troops later retook the base. Al-Shabab ... said it had killed 17 soldiers" goes with Al-Shabab's
 * attack, not the retaking.
 */
function groupsOwnEvent(drafts: EventDraft[], last: EventDraft, f: Frame): EventDraft | undefined {
  const group = f.agent?.group?.name;
  // (not when the group is a side of the event just told: "... killed in clashes with Houthi fighters. The
  // Houthis attacked army positions with drones": the clash, not the Houthis' earlier sniper killing)
  if (
    !group ||
    last.main.agent?.group?.name === group ||
    last.main.actors.some((a) => a.group?.name === group)
  )
    return undefined;
  return drafts.find(
    (d) => d !== last && family(d.main.coding) === family(f.coding) && d.main.agent?.group?.name === group,
  );
}

/** Two points of one town's districts ("Ratoma" and "Bambeto" in Conakry): close enough to be its parts. */
function sameTown(a: Frame, b: Frame): boolean {
  const pa = a.place?.place;
  const pb = b.place?.place;
  return !!pa && !!pb && located(pa) && located(pb) && pa.admin1 === pb.admin1 && km(pa, pb) <= TOWN_KM;
}
const TOWN_KM = 20;

/** How many sentences after a riot a death with no day of its own may be told and still be its toll. */
const DEMO_DEATH_REACH = 3;

/** Demonstrative determiners: "this protest", "cette manifestation" refer back, never open a story. */
const DEMONSTRATIVES = new Set(["this", "these", "that", "those", "cette", "ce", "cet", "ces"]);

/** "after" before an event noun's determiner ("quelques jours après l'enlèvement de ..."). */
const AFTER_WORDS = new Set(["after", "apres", "following"]);

/** Words of more victims of the same event ("40 others were wounded", "d'autres blessés"). */
const OTHERS = new Set(["others", "other", "autres"]);
/** "was also killed", "ont également été blessés": more harm of the event told. */
const ALSO = new Set(["also", "aussi", "egalement"]);
/** "the death toll", "le bilan": a count of the event told, not a new one. */
export const TOLL_NOUNS = new Set(["toll", "tolls", "bilan", "figure", "tally", "count"]);
/** "bringing the death toll to seven", "portant le bilan à sept": a toll that rose to a count. */
const BROUGHT_TO =
  /\b(?:bringing|raising|taking|portant|faisant passer)\s+(?:the\s+|le\s+)?(?:death\s+)?(?:toll|bilan)\b/iu;

/**
 * "... forte à Lyon, où 9 000 personnes ont défilé ..., et à Rennes, où le cortège a réuni 6 500 personnes":
 * an event word that refers back, at a town of its own, in the sentence that told the last event at
 * another town, is the same kind of event at its own town.
 */
function otherTownOfSentence(f: Frame, drafts: EventDraft[]): boolean {
  const own = f.place;
  if (!own || own.weak || !isTown(own.place)) return false;
  return (drafts.at(-1)?.frames ?? []).some(
    (x) =>
      x.sentence === f.sentence &&
      !!x.place &&
      !x.place.weak &&
      isTown(x.place.place) &&
      x.place.place.location !== own.place.location,
  );
}

/**
 * "À Lyon, la marche a réuni environ 3 500 personnes": "the march" of a roundup, in a town of its own that
 * opens the sentence, far from every demonstration told before, is that town's leg of it, another event.
 */
function townLeg(f: Frame, drafts: EventDraft[]): boolean {
  return (
    family(f.coding) === "demo" &&
    !!f.place?.setting &&
    located(f.place.place) &&
    f.place.place.kind === "populated" &&
    drafts.some((d) => family(d.main.coding) === "demo") &&
    drafts.every((d) => family(d.main.coding) !== "demo" || (!!d.main.place && !samePlace(d.main, f)))
  );
}

/** The frame's place is one of a list of places its sentence names ("in Sanaa, Hodeidah and Taiz"). */
function listed(f: Frame): boolean {
  const list = f.place?.list;
  return list !== undefined && f.places.some((p) => p !== f.place && p.list === list);
}

/**
 * One event per happening. A frame joins an earlier event when it tells the same kind of event at a
 * date and place that fit; a frame with neither date nor place of its own continues the story of the
 * event told just before it (news reports return to their main event: "Police fired tear gas",
 * "the attackers burned houses"), whatever its own kind, and the event is coded again on everything
 * its frames say.
 */
/** People who may be a crowd themselves ("the strikers"), not only its organisers. */
const CROWD_PEOPLE = new Set(["civilians", "protesters", "rioters"]);

/**
 * A frame that refers back with nothing told before it, and no event of its own:
 * - a deal or a move named as already made ("met on Tuesday to review the peace deal", "ruling that the
 *   deployment was unconstitutional"): the background of the news;
 * - "these" deaths with no day of their own ("'Every one of these deaths is preventable,' the UN said"):
 *   a report's figures;
 * - "this" protest ("aucune autorisation n'a été délivrée pour cette manifestation"), or "the march" with
 *   no day, place or crowd of its own ("had not received a request for authorisation for the march"), or
 *   named only with its organisers ("pendant la durée de la marche", said of a coalition): the one
 *   announced, to come.
 */
function nothingToReferTo(f: Frame): boolean {
  if (f.coding.event_type === "Strategic developments") return true;
  const demonstrative = DEMONSTRATIVES.has(f.sentence.tokens[f.trigger.first - 1]?.norm ?? "");
  if (demonstrative && !f.date) return true;
  if (f.coding.event_type !== "Protests") return false;
  if (demonstrative) return true;
  if (f.date || f.crowd) return false;
  return f.agent ? !CROWD_PEOPLE.has(f.agent.role) && !f.agent.social : !f.place;
}

/** Words of unrest that say no deed ("unrest", "tensions", "troubles"). */
const VAGUE_UNREST = new Set([
  "unrest",
  "tension",
  "tensions",
  "troubles",
  "trouble",
  "violence",
  "violences",
  "chaos",
  "turmoil",
]);

export function mergeFrames(frames: Frame[], _ctx: Context): EventDraft[] {
  // (whether the story tells violence of its own beyond destruction with nobody named)
  const violenceTold = frames.some((x) => !x.situation && x.coding.event_type !== "Protests");
  const drafts: EventDraft[] = [];
  const lex = lexicon(_ctx.locale);
  const backs = lex.backReferences;
  const raids = lex.raids;
  for (let fi = 0; fi < frames.length; fi++) {
    const f = frames[fi];
    // ("HIGHLIGHTS\n- At least seven civilians killed in an attack on a camp in Dikwa LGA.": a summary bullet
    // joins the body's event of its type, place and day, giving a toll only where the body gives none;
    // with none, it sums up what the body leaves out or several events, and adds no event)
    if (f.summary) {
      const told = drafts.find(
        (d) =>
          d.main.coding.event_type === f.coding.event_type &&
          (!f.place || !d.main.place || samePlace(d.main, f)) &&
          (!f.date || !d.main.date || sameDate(d.main, f)),
      );
      if (told) {
        if (told.main.fatalities) f.fatalities = null;
        absorb(told, f, true, false, false, false);
      }
      continue;
    }
    // ("L'armée affirme avoir riposté dès lundi. Des frappes de drone ont visé ..."): a bare response, with
    // nobody struck, no toll and no place of its own, is told by the event of the sentence after it
    const next = frames[fi + 1];
    if (
      f.sequel &&
      drafts.length > 0 &&
      [...f.cues].every((c) => c === "clash") &&
      !f.patient &&
      !f.fatalities &&
      !f.place &&
      next &&
      next.sentence.index === f.sentence.index + 1 &&
      next.coding.event_type !== "Battles" &&
      !next.date
    ) {
      next.date = f.date;
      continue;
    }
    // ("a mob beat a man to death ... Police arrested four people the following day": a few ordinary
    // suspects arrested for the violence told before are its sequel, not arrests ACLED codes, which are of
    // political figures or of many people)
    // (the count, the costliest test, last)
    if (
      f.coding.sub_event_type === "Arrests" &&
      drafts.some(
        (d) =>
          SUSPECTED_OF.has(d.main.coding.sub_event_type) &&
          (!f.place || (!!d.main.place && samePlace(d.main, f))),
      ) &&
      !f.sentence.tokens.some((t) => lex.politicalWords.has(t.norm)) &&
      (arrestedCount(f, _ctx.locale) ?? Number.POSITIVE_INFINITY) <= FEW_SUSPECTS
    )
      continue;
    // A situation told in plural nouns only refines the demonstration of the sentence just before;
    // destruction told with nobody named, the attack just told.
    // (but in a story that tells no other violence, destruction with nobody named is the vandalism it is
    // about: "Des tags ont été tracés sur la façade de la mosquée ... Deux vitres ont été brisées")
    if (
      f.situation &&
      !(f.orphan && !violenceTold && !drafts.length && !!f.place && !isArea(f.place.place))
    ) {
      const last = drafts.at(-1);
      const attack = last?.main.coding.sub_event_type === "Attack";
      if (
        last &&
        (family(last.main.coding) === family(f.coding) || (attack && family(f.coding) !== "demo")) &&
        (last.frames.some((x) => x.sentence.index === f.sentence.index - 1 || x.sentence === f.sentence) ||
          // ("... a gagné la rue vendredi dans plusieurs villes. À Thiès, ... les manifestants ont réclamé":
          // the town of a paragraph places the demonstration told with none)
          (!!f.place && !last.main.place && family(f.coding) === "demo"))
      )
        // (what usually happens tells nothing of how the event told was done: "gunmen killed nine herders
        // ..., and the road is regularly cut by roadside bombs" stays an attack), nor where it was
        absorb(
          last,
          f,
          false,
          !f.habitual || f.coding.event_type === last.main.coding.event_type,
          false,
          !f.habitual,
        );
      continue;
    }
    // ("M23 rebels took control of Sake after the troops withdrew. The M23 said it had 'liberated' Sake
    // after several hours of fighting": fighting told, undated, at the place of a transfer just told makes
    // it a takeover by force)
    const lastDraft = drafts.at(-1);
    if (
      lastDraft &&
      !f.date &&
      (f.coding.sub_event_type === "Armed clash" ||
        f.coding.sub_event_type === "Non-state actor overtakes territory") &&
      lastDraft.main.coding.sub_event_type === "Non-violent transfer of territory" &&
      f.sentence.index - lastDraft.main.sentence.index <= 2 &&
      (!f.place || samePlace(lastDraft.main, f))
    ) {
      absorb(lastDraft, f, false, true, true);
      continue;
    }
    // ("..., although a resident of Dikwa put the number of soldiers killed at four": another side's toll
    // of the event just told, wherever its speaker lives, is no event of its own)
    // (a frame that tells only deaths or wounds, with nobody acting)
    const tollOnly = !f.agent && f.cues.size > 0 && [...f.cues].every((c) => c === "kill" || c === "injure");
    if (lastDraft && f.hedged && tollOnly && f.sentence.index - lastDraft.main.sentence.index <= 1) {
      absorb(lastDraft, f, true, false, false, false);
      continue;
    }
    // ("... killing at least 12 people. About 40 others were wounded, and 16 were still missing on Sunday":
    // the toll of the event just told, whatever day the count was made)
    if (
      lastDraft &&
      tollOnly &&
      // (right after the event, or after the last sentence told of it, or after a sentence of no event
      // between in the same paragraph: "The attacker rammed the gate of the base on Saturday morning")
      (f.sentence.index === lastDraft.main.sentence.index + 1 ||
        f.sentence.index === (lastDraft.frames.at(-1)?.sentence.index ?? -2) + 1 ||
        (f.sentence.index === (lastDraft.frames.at(-1)?.sentence.index ?? -3) + 2 &&
          !frames.some((x) => x.sentence.index === f.sentence.index - 1) &&
          f.sentence.paragraph <= (lastDraft.frames.at(-1)?.sentence.paragraph ?? -2) + 1)) &&
      !listed(lastDraft.main) &&
      // ("Two of the eight wounded died in hospital on Sunday, bringing the death toll to seven")
      // ("The bomber was also killed, and more than 15 soldiers were wounded, some of whom were flown to the
      // capital, Mogadishu")
      f.sentence.tokens.some((t) => OTHERS.has(t.norm) || TOLL_NOUNS.has(t.norm) || ALSO.has(t.norm))
    ) {
      // (a toll brought to a higher count is the event's toll now)
      const m = lastDraft.main;
      const risen =
        f.fatalities &&
        m.fatalities &&
        f.fatalities.value > m.fatalities.value &&
        BROUGHT_TO.test(f.sentence.text);
      absorb(lastDraft, f, true, true, false, false);
      if (risen && f.fatalities) m.fatalities = f.fatalities;
      continue;
    }
    // ("youths burnt tyres and threw stones at police officers ... A patrol van was damaged and two officers
    // were injured": harm told with nobody acting, right after a riot, is the riot's)
    if (
      lastDraft &&
      !f.agent &&
      !f.separate &&
      lastDraft.main.coding.event_type === "Riots" &&
      f.cues.size > 0 &&
      [...f.cues].every((c) => c === "kill" || c === "injure" || c === "destroy") &&
      // (deaths after two communities' fight make it a battle of their militias: told below)
      (!f.cues.has("kill") || lastDraft.main.coding.sub_event_type === "Violent demonstration") &&
      f.sentence.index === (lastDraft.frames.at(-1)?.sentence.index ?? -2) + 1 &&
      (!f.date || sameDate(lastDraft.main, f)) &&
      (!f.place || samePlace(lastDraft.main, f))
    ) {
      absorb(lastDraft, f, true, false, false, false);
      continue;
    }
    // ("Suspected ADF rebels killed at least 19 civilians in an overnight raid ..., the army said Friday. The
    // attackers struck Kalembo ... late on Tuesday, setting several homes ablaze": the attackers named again
    // right after tell the raid's own day and place, over a day read from "overnight" or the report)
    if (
      lastDraft &&
      !f.separate &&
      f.sentence.index === lastDraft.main.sentence.index + 1 &&
      (family(f.coding) === family(lastDraft.main.coding) ||
        (f.coding.sub_event_type === "Looting/property destruction" &&
          family(lastDraft.main.coding) === "violence")) &&
      f.agent &&
      backs.has(f.agent.text.toLowerCase().replace(/^the\s+|^les\s+|^l['’]/u, "")) &&
      f.date?.weekday &&
      (!lastDraft.main.date ||
        lastDraft.main.borrowedDate ||
        (!!lastDraft.main.date.nightEither && !lastDraft.main.date.weekday))
    ) {
      absorb(lastDraft, f);
      lastDraft.main.date = f.date;
      lastDraft.main.borrowedDate = undefined;
      continue;
    }
    // ("..., and separately seven civilians died when their bus hit a mine": another happening, on the
    // day of the one told with it unless it says otherwise; its place is its own, or told later)
    // ("Gunmen abducted 30 passengers ..., while residents say a drone strike killed six civilians ... In a
    // separate incident, ... a drone struck a house late on Tuesday, killing six": apart from the event just
    // told, the one a lede told before in a word)
    const toldInLede =
      f.separate && drafts.length > 1
        ? drafts
            .slice(0, -1)
            .find(
              (d) =>
                d.main.coding.event_type === f.coding.event_type &&
                d.main.sentence.paragraph === drafts[0].main.sentence.paragraph &&
                !d.main.date &&
                (!d.main.place || isArea(d.main.place.place)) &&
                (!f.place || !d.main.place || samePlace(d.main, f)),
            )
        : undefined;
    if (toldInLede) {
      absorb(toldInLede, f);
      continue;
    }
    if (f.separate && drafts.length > 0) {
      // (a day its report gives comes first: "l'armée nigériane a annoncé avant-hier samedi des frappes")
      if (!f.date && f.reported) {
        f.date = f.reported;
        f.borrowedDate = true;
      }
      if (!f.date) {
        f.date = drafts[drafts.length - 1].main.date;
        f.borrowedDate = true;
      }
      drafts.push({ frames: [f], main: f });
      continue;
    }
    // "The army later carried out air strikes": another happening after the one just told (a reprisal,
    // a response), at its place and, unless the text dates it, on its day.
    // ("L'armée a affirmé avoir repoussé les miliciens et tué trois d'entre eux": forces fighting the
    // attackers of civilians just told make a battle of their own, as ACLED codes it separately)
    if ((f.sequel || forcesRespond(f, drafts.at(-1)?.main)) && drafts.length > 0) {
      const prev = drafts[drafts.length - 1].main;
      // ("The unrest spread on Monday night to Thala": the same kind of event, on a day and in a town of
      // its own, is another event)
      // (and "Dimanche soir, les violences ont repris": the same place, another day)
      const spread =
        f.sequel &&
        f.date?.precision === 1 &&
        !!prev.date &&
        (f.place
          ? f.place.start >= f.sentence.start &&
            f.date.date !== prev.date.date &&
            (!prev.place || !samePlace(prev, f))
          : !sameDate(prev, f));
      if (spread) {
        if (!f.place) f.place = prev.place;
        drafts.push({ frames: [f], main: f });
        continue;
      }
      // (someone acts: "four wounded later died" is more about the same event)
      // A crowd's day ("police later dispersed the marchers") stays one demonstration.
      const demo = family(f.coding) === "demo" && family(prev.coding) === "demo";
      // (aircraft act for someone: "15 assailants were killed when it scrambled fighter jets to respond")
      // (the same people going on, "They later beheaded him", are the same happening)
      const acts = (!!f.agent && !f.agent.pronoun) || f.cues.has("air") || f.cues.has("aircraft");
      // ("Le lendemain, les vecteurs aériens de l'armée ont frappé ...": words that would refer back, told
      // on a day after the event before, tell another happening)
      const laterDay = !!f.date && !!prev.date && f.date.date > prev.date.date && f.date.precision === 1;
      if (
        prev.coding.sub_event_type !== f.coding.sub_event_type &&
        (!f.anaphoric || laterDay) &&
        (acts || laterDay) &&
        !demo
      ) {
        if (!f.date && f.reported) {
          f.date = f.reported;
          f.borrowedDate = true;
        }
        f.date ??= prev.date;
        if (!f.place || f.place.weak) f.place = prev.place;
        drafts.push({ frames: [f], main: f });
        continue;
      }
    }
    // An event word that refers back ("this", "the") with no event told before it names none of its own.
    if (f.anaphoric && !drafts.length && nothingToReferTo(f)) continue;
    // "the attack", "this assault" refer back to an event already told (of their kind, at a date
    // that fits), wherever the sentence says its people went.
    // (but "quelques jours après l'enlèvement de cinq pêcheurs jeudi dernier": one told with a day of its
    // own that no event told before fits is another event, named for the first time)
    // (and "Le mouvement revendique également l'incendie qui avait ravagé, le 14 septembre, les locaux
    // d'une agence immobilière du centre de Calvi": one told with a day and a town of its own, where no
    // event told before happened, nor on that day)
    const ownDay =
      f.anaphoric &&
      f.date?.precision === 1 &&
      ((AFTER_WORDS.has(f.sentence.tokens[f.trigger.first - 2]?.norm ?? "") &&
        drafts.every(
          (d) =>
            !!d.main.date &&
            d.main.date.precision === 1 &&
            d.main.date.date > (f.date?.date ?? "") &&
            !sameDate(d.main, f),
        )) ||
        (!f.borrowedDate &&
          !!f.place &&
          !isArea(f.place.place) &&
          drafts.every(
            (d) =>
              !!d.main.date &&
              !sameDate(d.main, f) &&
              !!d.main.place &&
              normName(d.main.place.place.location) !== normName(f.place?.place.location ?? ""),
          )));
    // ("occupation forces arrested 14 citizens last night in raids across the Nablus governorate ... The raids
    // were concentrated in the towns of Beita, Huwwara and Aqraba": the raids of an arrest told just before,
    // named again with their towns, are that arrest, not attacks in each town)
    const arrests = drafts.at(-1);
    if (
      f.anaphoric &&
      arrests?.main.coding.sub_event_type === "Arrests" &&
      arrests.frames.some((x) => f.sentence.index - x.sentence.index <= 1) &&
      f.hits.every((h) => raids.has(f.sentence.tokens[h.first].norm)) &&
      !f.fatalities
    ) {
      absorb(arrests, f, true, false, false, false);
      continue;
    }
    if (
      f.anaphoric &&
      !listed(f) &&
      drafts.length > 0 &&
      !ownDay &&
      !townLeg(f, drafts) &&
      !otherTownOfSentence(f, drafts)
    ) {
      // (of its kind first: "the assault" may also name the lynching told before)
      const fits = drafts.filter((d) => family(d.main.coding) === family(f.coding) && sameDate(d.main, f));
      // (of its very type before its family: "The attack on the post" after an attack and a bus bombing)
      const sameType = fits.filter((d) => d.main.coding.event_type === f.coding.event_type);
      const anyKind = drafts.filter((d) => sameDate(d.main, f));
      // ("families fled during the fighting and returned on Wednesday": the fighting told before, on
      // whatever day, over another kind of event of the day the sentence names)
      const fightWord = f.coding.decisive === "clash" || f.coding.decisive === "attack";
      const kin = drafts.filter(
        (d) =>
          family(d.main.coding) === family(f.coding) || (fightWord && family(d.main.coding) === "violence"),
      );
      // ("Un convoi ... est tombé dans une embuscade lundi. L'attaque, revendiquée par le JNIM, a duré deux
      // heures": with no day or place of its own, the event of the sentence just before, before one of its
      // very type told earlier)
      // (and a fight just told takes the fire on its positions: see shellingInFight)
      const told =
        !f.date && !f.place
          ? [...fits, ...drafts.filter((d) => shellingInFight(d.main, f))].filter((d) =>
              d.frames.some((x) => x.sentence.index === f.sentence.index - 1),
            )
          : [];
      const toldType = told.filter((d) => d.main.coding.event_type === f.coding.event_type);
      const justTold = toldType.length ? toldType : told;
      let back = (
        justTold.length
          ? justTold
          : sameType.length
            ? sameType
            : fits.length
              ? fits
              : kin.length
                ? kin
                : anyKind.length
                  ? anyKind
                  : drafts
      ).at(-1) as EventDraft;
      // (one of the towns of a list: the mention is about the whole raid, told with its first town)
      const list = back.main.place?.list;
      if (list !== undefined && back.main.sentence)
        back =
          drafts.find((d) => d.main.place?.list === list && d.main.sentence === back.main.sentence) ?? back;
      // (a toll told again, "they buried 32 bodies", belongs to the story's toll already told, whichever
      // town of a list it went to)
      // (not another event's toll of the day: "ten bodies had been brought to the hospital" in Moundou
      // after 30 dead told for the capital)
      if (
        f.fatalities &&
        (back.main.fatalities ||
          (list !== undefined && drafts.some((d) => d.main.place?.list === list && d.main.fatalities)))
      )
        f.fatalities = null;
      // (a mention of "the attack" adds what it says, never recodes the event)
      // (forces sent to the scene say nothing of where it was: "deployed to the area", by the Kaduna
      // police command)
      absorb(back, f, true, false, false, ![...f.cues].every((c) => c === "deploy"));
      continue;
    }
    // "Soldiers mutinied ... They took over the towns of ...": the same people going on, with no date
    // of their own, tell more of the event just told, coded again on all of it.
    const prevDraft = drafts.at(-1);
    if (
      f.agent?.pronoun &&
      !f.date &&
      prevDraft?.frames.some((x) => x.sentence.index === f.sentence.index - 1) &&
      samePlace(prevDraft.main, f) &&
      !drafts.some((d) => d !== prevDraft && d.main.sentence === f.sentence)
    ) {
      absorb(prevDraft, f, false, true, true);
      continue;
    }
    // "M23 rebels took control of Sake after two days of fighting with the army, putting them within 25 km
    // of Goma": the fight for a town told in the sentence of its capture is part of the capture, at
    // its place.
    const taken = drafts.at(-1);
    if (
      taken &&
      f.coding.decisive === "clash" &&
      f.sentence === taken.main.sentence &&
      (taken.main.coding.decisive === "takeover" || taken.main.coding.decisive === "retake") &&
      sameDate(taken.main, f)
    ) {
      absorb(taken, f, true, false, false, false);
      continue;
    }
    // A place named only as a destination or origin ("hostile to France") is not the frame's own.
    // (nor an undated village the gazetteer lacks, told after an event of the story: "they were fired
    // upon by rebels in Barangay Carabalan" goes on with the clash told in Himamaylan)
    const own =
      !!f.date ||
      (!!f.place &&
        !f.place.weak &&
        (located(f.place.place) || !drafts.length || !!f.place.place.admin2 || listed(f)));
    let target: EventDraft | undefined;
    // No date or place of its own: it returns to the main event of its kind (the first one told),
    // or else continues the story just told.
    // (the event told in the sentence just before, when it is of its kind: "Fano militiamen clashed
    // with troops near Lalibela. At least nine people were killed.")
    const last = drafts[drafts.length - 1];
    const adjacent =
      !!last &&
      !f.headline &&
      (family(last.main.coding) === family(f.coding) || shellingInFight(last.main, f)) &&
      last.frames.some((x) => x.sentence.index === f.sentence.index - 1 || x.sentence === f.sentence) &&
      // (not one of the towns of a list: "They killed 14 civilians" counts for the whole raid)
      !drafts.some(
        (d) =>
          d !== last &&
          d.main.sentence === last.main.sentence &&
          d.main.place?.list !== undefined &&
          d.main.place.list === last.main.place?.list,
      );
    // (the story just told is the event of the sentence before, when an event told earlier took it: "A
    // Nantes, ... lancé des projectiles sur les forces de l'ordre. Des vitrines ont été brisées ..." after
    // Paris's march was told)
    const told = () => {
      for (let k = drafts.length - 1; k >= 0; k--)
        if (drafts[k].frames.some((x) => x.sentence.index === f.sentence.index - 1)) return drafts[k];
      return last;
    };
    // ("Later on Saturday evening, clashes broke out in Belgrade ... A group of several hundred people threw
    // stones at riot police": clashes told with nobody named, just before a crowd's violence, were that riot)
    const bareClash = family(f.coding) === "demo" && f.coding.event_type === "Riots" ? told() : undefined;
    const sideless =
      !!bareClash &&
      bareClash.frames.length === 1 &&
      bareClash.main.coding.decisive === "clash" &&
      !bareClash.main.agent &&
      !bareClash.main.patient &&
      !bareClash.main.actors.length;
    if (!own)
      target =
        (sideless ? bareClash : undefined) ??
        // ("Al-Shabab claimed responsibility, saying it had killed 17 soldiers", after "troops later
        // retook the base": the group's own deed, told before the government's)
        (adjacent ? groupsOwnEvent(drafts, last, f) : undefined) ??
        (adjacent
          ? last
          : (drafts.find((d) => family(d.main.coding) === family(f.coding)) ??
            // (an agreement announced after a fight ends it, no part of it: "officials announced on Wednesday
            // that the two groups had agreed to a ceasefire")
            (f.headline || (f.coding.sub_event_type === "Agreement" && !!f.reported) ? undefined : told())));
    // ("Mardi, un détachement de gendarmes a été déployé dans la localité. Vingt-trois personnes ont été
    // interpellées": arrests told right after forces sent on a later day than the event are arrests of
    // that day, no part of the event)
    if (
      !own &&
      target &&
      f.coding.sub_event_type === "Arrests" &&
      target.main.coding.sub_event_type !== "Arrests"
    ) {
      const sent = target.frames.find(
        (x) =>
          x.sentence.index === f.sentence.index - 1 &&
          x.sentence.paragraph === f.sentence.paragraph &&
          [...x.cues].every((c) => c === "deploy") &&
          x.date?.precision === 1 &&
          !!target?.main.date &&
          x.date.date > target.main.date.date,
      );
      if (sent) {
        f.date = sent.date;
        f.place = sent.place ?? target.main.place;
        drafts.push({ frames: [f], main: f });
        continue;
      }
    }
    // ("... the hoodlums opened fire and the team responded. Two of the suspects were neutralised in the gun
    // duel": forces fighting the kidnappers after an abduction is a battle of its own, not the abduction)
    if (
      !own &&
      target &&
      f.coding.event_type === "Battles" &&
      target.main.coding.sub_event_type === "Abduction/forced disappearance" &&
      target.main.sentence.index < f.sentence.index - 1
    )
      target = undefined;
    if (own) {
      const fam = family(f.coding);
      // ("À Saint-Louis, les étudiants ont également manifesté le même jour": a town of its own, told as
      // another one with "also", is not the event told with no town before it)
      const toldAlso = !!f.place && located(f.place.place) && f.sentence.tokens.some((t) => ALSO.has(t.norm));
      const fits = (d: EventDraft): boolean => {
        const m = d.main;
        if (family(m.coding) !== fam) return false;
        // Abductions and sexual violence are their own events, whatever else the attackers did.
        const distinct = (x: Frame) =>
          x.coding.sub_event_type === "Abduction/forced disappearance" ||
          x.coding.sub_event_type === "Sexual violence";
        if (distinct(m) !== distinct(f)) return false;
        // In the violence family a follow-up keeps the event's type when it only says "attack" or
        // "killed" about an explosion or a battle already told.
        const generic =
          m.coding.event_type === "Explosions/Remote violence" &&
          f.coding.event_type === "Violence against civilians" &&
          (f.coding.decisive === "attack" || f.coding.decisive === "kill");
        // (air strikes or shelling told in a sentence of their own, at a place of their own, are their
        // own event: "Residents reported air strikes on RSF bases in Khartoum North")
        const ownWeapon =
          f.coding.event_type === "Explosions/Remote violence" &&
          m.coding.event_type !== f.coding.event_type &&
          f.sentence !== m.sentence &&
          !!f.place &&
          (f.cues.has("air") ||
            f.cues.has("shell") ||
            // ("The Nigerian Air Force said on Tuesday that its jets had destroyed hideouts near Konduga")
            // (not "bodies being loaded onto a helicopter": aircraft that strike or destroy)
            (f.cues.has("aircraft") &&
              f.agent?.role === "military" &&
              (f.cues.has("destroy") || f.cues.has("attack"))));
        // ("Youths rioted overnight from Monday to Tuesday ... On Tuesday evening, 300 residents took part in
        // a silent march": a demonstration of another kind, on a day of its own, is another event)
        // (not a rally that turns violent into the night: "rallied on Monday night ... in the early hours of
        // Tuesday, riot police pushed back protesters")
        const otherDay =
          fam === "demo" &&
          m.coding.event_type === "Riots" &&
          f.coding.sub_event_type === "Peaceful protest" &&
          !!f.date &&
          !!m.date &&
          f.date.precision === 1 &&
          f.date.date !== m.date.date;
        const typeOk =
          (fam !== "violence" && !otherDay) ||
          m.coding.event_type === f.coding.event_type ||
          (fam === "violence" && (!f.date || generic) && !ownWeapon);
        // (the towns of one list are one event each: "stormed Kadawa, Rafin Gero and Tudun Bugaje")
        const otherOfList =
          f.place?.list !== undefined &&
          d.frames.some((x) => x.place?.list === f.place?.list && x.place !== f.place);
        // (a headline sums up the story: its coarse place, "in Sagaing village", does not set it apart)
        // (an item's headline in a digest sums up that item only: the events told under it)
        const ofItem = !f.itemHeadline || d.frames.some((x) => x.sentence.index > f.sentence.index);
        const alsoElsewhere = !m.place && toldAlso;
        // ("HYDERABAD: More than 60 students were detained ... At Kakatiya University in Warangal, students
        // burnt an effigy": a sentence opened by a town of its own far from the dateline's, after events the
        // dateline places, tells another town's event)
        const sceneAway =
          !m.place &&
          !!f.place?.setting &&
          !!_ctx.dateline &&
          located(f.place.place) &&
          f.place.place.kind === "populated" &&
          located(_ctx.dateline) &&
          km(f.place.place, _ctx.dateline) > DATELINE_SCENE_KM;
        return (
          typeOk &&
          !otherOfList &&
          ofItem &&
          !alsoElsewhere &&
          !sceneAway &&
          sameDate(m, f) &&
          (f.headline || samePlace(m, f))
        );
      };
      // (the event told at the very town first: "the CTD said it had killed three terrorists in Tank ... two
      // CTD personnel were injured" goes with the Tank raid, not the operation told before in the district)
      const town = f.place && !isArea(f.place.place) && !f.headline ? normName(f.place.place.location) : null;
      target =
        (town
          ? drafts.find(
              (d) =>
                fits(d) &&
                !d.main.headline &&
                !!d.main.place &&
                normName(d.main.place.place.location) === town,
            )
          : undefined) ?? drafts.find(fits);
    }
    // Looting and arrests at the date and place of an attack, a battle or a riot are part of it
    // ("the attackers also looted shops", "44 people were arrested after the riots").
    if (!target) {
      // (a withdrawal goes with the battle just told, wherever the troops went)
      // (not on a day of their own after a night's event: "Gunmen killed six people ... on Thursday night.
      // ... On Friday, soldiers and police arrested 23 alleged members of the gang")
      const ownDay = (x: EventDraft) =>
        f.coding.sub_event_type === "Arrests" &&
        !!x.main.date &&
        !!f.date &&
        !f.borrowedDate &&
        x.main.date.date !== f.date.date;
      // (nor property destroyed before a protest told later, which gathers over it: "swastikas were
      // spray-painted on a synagogue ... On Sunday, about 300 people gathered outside the synagogue")
      const gatheredOver = (x: EventDraft) => {
        const [a, b] = x.main.sentence.index < f.sentence.index ? [x.main, f] : [f, x.main];
        return (
          a.sentence.paragraph < b.sentence.paragraph &&
          a.coding.sub_event_type === "Looting/property destruction" &&
          // (not a crowd's own deed: "Youths burned a police post ... Police fired tear gas to disperse the
          // crowds")
          !a.agent &&
          b.coding.event_type === "Protests"
        );
      };
      const incident = own
        ? drafts.find(
            (x) =>
              incidental(x.main, f) &&
              sameDate(x.main, f) &&
              !ownDay(x) &&
              !gatheredOver(x) &&
              samePlace(x.main, f),
          )
        : undefined;
      const d = incident ?? drafts.slice(-1).find((x) => withdrawal(f, x.main));
      if (d) {
        // (forces sent in answer go where the event was: "the Kaduna State Police Command ... deployed
        // teams to the area" does not move the abduction to Kaduna)
        if (!incident) absorb(d, f, true, true, false, false);
        else if (side(d.main) && !side(f)) {
          // the violent frame told second becomes the event's main frame
          const old = d.main;
          d.frames.unshift(f);
          d.main = f;
          absorb(d, old, true);
        }
        // (an arrest or looting told with the event adds to it, but does not move it: "Security forces also
        // arrested eleven people ... during a search operation in Ouallam")
        else absorb(d, f, true, true, false, !d.main.place);
        continue;
      }
    }
    // A headline that names no event of the body's kinds ("nine dead in clashes" over a story of
    // riots) sums up the body's first event: it adds to it, never recodes it.
    const storyFirst = f.itemHeadline
      ? drafts.find((d) => d.frames.some((x) => x.sentence.index > f.sentence.index))
      : drafts[0];
    if (
      !target &&
      f.headline &&
      storyFirst &&
      !f.date &&
      violentOrDemo(f) &&
      violentOrDemo(storyFirst.main) &&
      (!f.place || samePlace(storyFirst.main, f))
    ) {
      absorb(storyFirst, f, true, false);
      continue;
    }
    // ("Hier mardi, de violents affrontements ont opposé des jeunes aux forces de sécurité à Conakry ... En
    // début d'après-midi, un jeune de 19 ans a été tué par balle à Bambeto": a death with no day and no
    // armed group of its own, told right after a riot or a protest in the same town, is its toll)
    const demo = drafts.at(-1);
    if (
      !target &&
      demo &&
      !f.date &&
      !f.headline &&
      f.fatalities &&
      f.coding.event_type === "Violence against civilians" &&
      (!f.agent || isState(f.agent)) &&
      !f.actors.some((a) => isArmed(a) && !isState(a)) &&
      family(demo.main.coding) === "demo" &&
      demo.frames.some((x) => f.sentence.index - x.sentence.index <= DEMO_DEATH_REACH) &&
      (samePlace(demo.main, f) || sameTown(demo.main, f))
    ) {
      absorb(demo, f, true, false, false, false);
      continue;
    }
    if (!target) {
      // "in the same area", "in the same village": the place of the event told just before.
      // (the last event told at a town or village, not a region or country named since)
      if (!f.place && f.sameArea && drafts.length) {
        const town = [...drafts].reverse().find((d) => d.main.place && !isArea(d.main.place.place));
        f.place = (town ?? drafts[drafts.length - 1]).main.place;
      }
      // A story goes on in its own time: an undated event told right after a dated one of its kind
      // ("The attackers used machetes in the villages of Boga and Tchabi") happened then too.
      // (unless its report gives a day: "l'armée a annoncé avant-hier samedi des frappes aériennes")
      const prev = drafts[drafts.length - 1]?.main;
      const lede = f.date || f.headline || f.reported ? undefined : namedInLede(drafts, f);
      if (lede) {
        f.date = lede;
        f.borrowedDate = true;
      } else if (
        !f.date &&
        !f.headline &&
        !f.reported &&
        prev?.date &&
        family(prev.coding) === family(f.coding)
      )
        f.date = prev.date;
      drafts.push({ frames: [f], main: f });
      continue;
    }
    // (killings told in a protest story recode the protest only when they name the protesters as
    // victims: "the government's role in sectarian killings" does not make it excessive force)
    // (a fight among unarmed sides is no protest story: its deaths are its own)
    const aside =
      family(target.main.coding) === "demo" &&
      target.main.coding.decisive !== "clash" &&
      family(f.coding) === "violence" &&
      !f.facts.protestersHurt &&
      f.patient?.role !== "protesters";
    // (a headline recodes the body's event only within its type, "suicide bombing" over "an explosion":
    // "camp attacked, minibus hits a mine" names two events, and the body tells which one this is)
    const headlineOther = !!f.headline && f.coding.event_type !== target.main.coding.event_type;
    // ("Gang members stormed the town, killing at least eight residents ... The attackers exchanged fire with
    // police officers for about an hour before the officers withdrew": the fight with the forces is an event
    // of its own beside the killing of the residents, as ACLED codes them)
    if (fightBesideAttack(target.main, f)) {
      if (!f.date) {
        f.date = target.main.date;
        f.borrowedDate = true;
      }
      if (!f.place) f.place = target.main.place;
      drafts.push({ frames: [f], main: f });
      continue;
    }
    absorb(target, f, false, !aside && !headlineOther, sideless && target === bareClash);
  }
  mergeTollUpdates(drafts);
  placeByNextSentence(drafts, _ctx);
  nightOfRiots(drafts);
  truceAtFight(drafts, lex.truceWords);
  return drafts;
}

/** How many days after fighting a truce told with no place may come and still be agreed where they fought. */
const TRUCE_DAYS = 7;

/**
 * "Between 12 and 13 June, Turi and Bangash tribesmen exchanged fire near Parachinar ... On 16 June, a jirga
 * brokered a ceasefire between the two sides": a truce told with no place of its own, after fighting, is
 * agreed where the fighting was.
 */
function truceAtFight(drafts: EventDraft[], truceWords: ReadonlySet<string>): void {
  for (const [k, d] of drafts.entries()) {
    const m = d.main;
    if (m.coding.sub_event_type !== "Agreement" || (m.place && !isArea(m.place.place)) || !m.date) continue;
    if (!m.sentence.tokens.some((t) => truceWords.has(t.norm))) continue;
    const day = dayNumber(m.date.date);
    const fight = drafts
      .slice(0, k)
      .reverse()
      .find(
        (x) =>
          x.main.coding.event_type === "Battles" &&
          !!x.main.place &&
          !isArea(x.main.place.place) &&
          !!x.main.date &&
          day - dayNumber(x.main.date.date) >= 0 &&
          day - dayNumber(x.main.date.date) <= TRUCE_DAYS,
      );
    if (fight?.main.place && (!m.place || m.place.place.country === fight.main.place.place.country))
      m.place = fight.main.place;
  }
}

/** The count right before the people an arrest holds ("arrested four people"), if any. */
function arrestedCount(f: Frame, locale: "en" | "fr"): number | null {
  const held = f.patient;
  if (!held) return null;
  const at = held.start - f.sentence.start;
  const n = findNumbers(f.sentence.text, 0, f.sentence.text.length, locale).find(
    (x) => x.end <= at && at - x.end <= 2,
  );
  return n ? n.value : null;
}

/** How many ordinary suspects arrested after violence are its sequel, no arrests of their own. */
const FEW_SUSPECTS = 5;
/** The violence whose suspects' arrest is its sequel (a lynching, a mob's attack). */
const SUSPECTED_OF = new Set(["Mob violence"]);

/** Two frames told a day apart (a night runs over midnight). */
function nextDay(a: Frame, b: Frame): boolean {
  if (!a.date || !b.date || a.date.precision !== 1 || b.date.precision !== 1) return false;
  return Math.abs(dayNumber(a.date.date) - dayNumber(b.date.date)) === 1;
}

/**
 * "À Lingolsheim, vers 3 h, cinq voitures ont été incendiées" in a story of a night of rioting: cars or
 * bins set on fire by nobody named, on the day of a riot the story tells or the day either side, are part
 * of the unrest (a violent demonstration of their own town), not property destruction by an armed group.
 */
function nightOfRiots(drafts: EventDraft[]): void {
  for (const d of drafts) {
    const m = d.main;
    if (m.coding.sub_event_type !== "Looting/property destruction" || m.coding.decisive !== "riot") continue;
    if (m.agent && !m.agent.unspecified) continue;
    if (d.frames.some((f) => f.actors.some((a) => isArmed(a)))) continue;
    const riotOfDay = drafts.some(
      (o) => o !== d && o.main.coding.event_type === "Riots" && (sameDate(o.main, m) || nextDay(o.main, m)),
    );
    if (riotOfDay) m.coding = violentDemonstration("riot");
  }
}

/** "Le bilan de l'attaque du marché s'alourdit", "the toll from the strike rose to", "revoit à la hausse le
 * bilan": a toll told again, later, of an event told. */
const TOLL_UPDATE = [
  /\b(?:bilan|toll)\s+(?:\p{L}+\s+)?(?:de|du|des|of|from)\s+(?:l['’]|la\s|le\s|les\s|the\s|this\s|cette\s|ce\s)/iu,
  /\b(?:bilan|toll)\b[^.]{0,60}\b(?:s['’]alourdit|s['’]est alourdi|passe à|est passé à|rose to|has risen|had risen|climbed to|risen to)\b/iu,
  /\b(?:revoit|revu|révisé|revised|raised)\b[^.]{0,25}\b(?:bilan|toll)\b/iu,
];
const TOLL_CUES = new Set(["kill", "injure", "attack", "clash"]);

/**
 * "A student was shot dead in Nakuru, shops were looted in Nyeri and police fired tear gas in Nairobi on
 * Tuesday ... In Nyeri, a group of protesters broke into shops": a town the story's first event named in its
 * dated sentence, told again later without a day, happened on that day (not on the day of the event told
 * just before it).
 */
function namedInLede(drafts: EventDraft[], f: Frame): DateMention | undefined {
  const first = drafts[0];
  if (
    !first?.main.date ||
    first.main.borrowedDate ||
    !f.place ||
    family(first.main.coding) !== family(f.coding)
  )
    return undefined;
  const day = first.main.date;
  const words = f.sentence.tokens.slice(f.place.first, f.place.last + 1).map((t) => t.norm);
  const names = (s: Frame["sentence"]) =>
    s.tokens.some((_, k) => words.every((w, n) => s.tokens[k + n]?.norm === w));
  const said = first.frames.find(
    (x) =>
      x.sentence.paragraph === first.main.sentence.paragraph &&
      x.sentence.paragraph !== f.sentence.paragraph &&
      x.date?.date === day.date &&
      names(x.sentence),
  );
  return said ? day : undefined;
}

/** A draft told only by sentences that give again the toll of an event. */
function tollUpdate(d: EventDraft): boolean {
  // (the update first, then what it adds: "Une femme de 70 ans a été retrouvée sans vie sous les décombres")
  return (
    TOLL_UPDATE.some((re) => re.test(d.main.sentence.text)) &&
    d.frames.every(
      (f) =>
        [...f.cues].every((c) => TOLL_CUES.has(c)) &&
        (f === d.main || (!f.date && [...f.cues].every((c) => c === "kill" || c === "injure"))),
    )
  );
}

/**
 * Live blogs and chronologies tell a toll again in an entry of a later day, or of an earlier hour above the
 * event's ("13h05 – Le bilan de l'attaque de la nuit sur Kharkiv passe à trois morts"): the update is the
 * event's toll, no event of its own.
 */
function mergeTollUpdates(drafts: EventDraft[]): void {
  const day = (f: Frame) => (f.date ? Date.parse(f.date.date) / 86_400_000 : null);
  for (let k = drafts.length - 1; k >= 0; k--) {
    const u = drafts[k];
    if (!tollUpdate(u)) continue;
    const ud = day(u.main);
    const target = drafts.find((d, j) => {
      if (j === k || tollUpdate(d) || family(d.main.coding) !== family(u.main.coding)) return false;
      if (u.main.place && d.main.place && !samePlace(d.main, u.main)) return false;
      const dd = day(d.main);
      return ud === null || dd === null || (ud - dd >= -1 && ud - dd <= 7);
    });
    if (!target) continue;
    target.frames.push(...u.frames);
    const m = target.main;
    const told = u.frames.map((f) => f.fatalities).filter((x) => !!x);
    for (const x of told) if (x && (!m.fatalities || x.value > m.fatalities.value)) m.fatalities = x;
    drafts.splice(k, 1);
  }
}

/** An exchange of fire with the forces, told in a sentence of its own after armed men killed civilians. */
function fightBesideAttack(m: Frame, f: Frame): boolean {
  return (
    m.coding.sub_event_type === "Attack" &&
    m.cues.has("kill") &&
    m.patient?.role === "civilians" &&
    f.sentence !== m.sentence &&
    f.coding.sub_event_type === "Armed clash" &&
    f.cues.has("clash") &&
    !f.cues.has("kill") &&
    (isState(f.patient) || isState(f.agent)) &&
    !!f.agent &&
    !!f.patient
  );
}

/**
 * "Gunmen stormed a school in Kebbi state on Thursday and abducted 20 students. The attackers ...
 * exchanged fire with police guarding the school in the town of Yauri": an event placed only in a
 * region takes the town that the next sentence, going on with the same attackers, names inside it.
 */
function placeByNextSentence(drafts: EventDraft[], ctx: Context): void {
  const back = lexicon(ctx.locale).backReferences;
  for (let k = 0; k + 1 < drafts.length; k++) {
    const m = drafts[k].main;
    const next = drafts[k + 1].main;
    if (!m.place || !isArea(m.place.place) || m.place.place.kind === "country") continue;
    // (a finer place: a town, or a district in a region)
    if (!next.place || next.place.weak || !located(next.place.place)) continue;
    if (KIND_RANK[next.place.place.kind] >= KIND_RANK[m.place.place.kind]) continue;
    const last = drafts[k].frames.reduce((a, x) => Math.max(a, x.sentence.index), 0);
    if (next.sentence.index !== last + 1 || family(next.coding) !== family(m.coding) || !sameDate(m, next))
      continue;
    const agent = next.agent?.text.toLowerCase() ?? "";
    if (!back.has(agent) && !back.has(agent.replace(/^the /, ""))) continue;
    if (
      next.place.place.country === m.place.place.country &&
      next.place.place.admin1 === m.place.place.admin1
    )
      m.place = next.place;
  }
}

/**
 * "... killing about 20 assailants. Four soldiers were killed.": in a battle, the dead of the other
 * side, told with nobody acting, add to the toll.
 */
function otherSideDead(m: Frame, f: Frame, frames: Frame[]): boolean {
  const armed = (r: string | undefined) =>
    r === "military" || r === "police" || r === "armed_group" || r === "named_group";
  // (the dead counted so far are the victims of the frame that told them: "Soldiers repelled the attack,
  // killing 14 assailants. Three soldiers were killed.")
  const n = m.fatalities?.mention;
  const teller = n
    ? frames.find(
        (x) =>
          x !== f && x.fatalities?.mention === n && n.start >= x.sentence.start && n.end <= x.sentence.end,
      )
    : undefined;
  const counted = teller?.patient ?? m.patient;
  return (
    m.coding.event_type === "Battles" &&
    !f.agent &&
    !f.hedged &&
    armed(f.patient?.role) &&
    // (civilians counted first and fighters after are other people too)
    (counted?.role === "civilians" ||
      (armed(counted?.role) &&
        (counted?.role === "military" || counted?.role === "police") !==
          (f.patient?.role === "military" || f.patient?.role === "police"))) &&
    !bothSidesTotal(m)
  );
}

/** The toll told first counts both sides ("left sixty people dead on either side"). */
function bothSidesTotal(m: Frame): boolean {
  const n = m.fatalities?.mention;
  if (!n) return false;
  const t = m.sentence.tokens;
  let k = 0;
  while (k < t.length && t[k].start < n.end) k++;
  for (let j = k; j < Math.min(t.length, k + 6); j++)
    if (
      (t[j].norm === "either" || t[j].norm === "both") &&
      (t[j + 1]?.norm === "side" || t[j + 1]?.norm === "sides")
    )
      return true;
  return false;
}

/** State forces fighting, in a sentence of their own, the armed men of an attack on civilians just told. */
function forcesRespond(f: Frame, prev: Frame | undefined): boolean {
  const state = (r: string | undefined) => r === "military" || r === "police";
  return (
    !!prev &&
    f.coding.event_type === "Battles" &&
    prev.coding.event_type === "Violence against civilians" &&
    f.sentence !== prev.sentence &&
    !f.date &&
    !!f.agent &&
    !f.agent.pronoun &&
    state(f.agent.role) &&
    // (attackers named in the sentences after the toll: "Six déplacés ont été tués lors d'une attaque ...")
    !state(prev.agent?.role)
  );
}

/** Looting or arrests, which go with a violent or riotous event at the same date and place. */
const side = (f: Frame) =>
  f.coding.event_type === "Strategic developments" &&
  (f.coding.sub_event_type === "Looting/property destruction" || f.coding.sub_event_type === "Arrests");

const violentOrDemo = (f: Frame) => family(f.coding) === "violence" || family(f.coding) === "demo";

function incidental(a: Frame, b: Frame): boolean {
  return (side(a) && violentOrDemo(b) && !atHome(a)) || (side(b) && violentOrDemo(a) && !atHome(b));
}

/** Words of someone's home: arrests made there ("detained the opposition leaders at their homes") are a
 * deed of their own, no part of a protest or a clash of the same day. */
const HOME_WORDS = new Set(["home", "homes", "house", "domicile", "domiciles", "residence"]);

function atHome(f: Frame): boolean {
  if (f.coding.sub_event_type !== "Arrests") return false;
  for (let k = f.first; k <= f.last; k++) if (HOME_WORDS.has(f.sentence.tokens[k]?.norm ?? "")) return true;
  return false;
}

/**
 * "the soldiers withdrew to another position", told undated after a battle: a move within the fight;
 * "tactical teams had been deployed to the area to rescue the victims", "additional forces were
 * deployed", after an attack or a riot of that day: the answer to it, not a development of its own.
 */
function withdrawal(f: Frame, before: Frame): boolean {
  return (
    (!f.date || sameDate(before, f)) &&
    f.coding.sub_event_type === "Change to group/activity" &&
    f.coding.decisive === "deploy" &&
    (family(before.coding) === "violence" || family(before.coding) === "demo")
  );
}

/**
 * "... soldiers were killed in clashes with Houthi fighters north of Qataba. The source said the Houthis
 * attacked army positions with drones and artillery before trying to advance": fire on the other side's
 * positions, told right after a fight, is that fight's.
 */
function shellingInFight(m: Frame, f: Frame): boolean {
  return (
    m.coding.event_type === "Battles" &&
    f.coding.event_type === "Explosions/Remote violence" &&
    !f.separate &&
    (!!f.facts.targetArmed || (!!f.patient && isArmed(f.patient)))
  );
}

function absorb(
  d: EventDraft,
  f: Frame,
  keepType = false,
  recode = true,
  sameStory = false,
  takePlace = true,
) {
  if (!d.frames.includes(f)) d.frames.push(f);
  const m = d.main;
  // "last week ... on Wednesday": the finer date that fits says when.
  const finerDay = !!m.date && !!f.date && f.date.precision < m.date.precision && sameDate(m, f);
  // ("Par ailleurs, ... avait abattu deux terroristes lors d'une embuscade ... l'accrochage a eu lieu lundi":
  // the day told for the event itself over the one it borrowed from the story before)
  const ownDay = !!m.borrowedDate && !!f.date && !f.borrowedDate && f.date.precision === 1;
  // (not a day after publication, which dates no event told: "The protests came a week after the Forest
  // Service said ...")
  if ((!m.date && !f.date?.future) || finerDay || ownDay) {
    m.date = f.date;
    m.borrowedDate = f.borrowedDate;
  }
  // (a finer place told later: a town, or a district of the region told first, "The attack in the Imam
  // Sahib district")
  if (
    takePlace &&
    f.place &&
    (!m.place ||
      (isArea(m.place.place) &&
        !f.place.weak &&
        // (not a town across the border: "rockets at an Israeli position in Metula" after a strike in Nabatieh)
        f.place.place.country === m.place.place.country &&
        // (not a headline's town: "... in Katsina" over the body's "Danmusa LGA of Katsina State" is the
        // state, not its capital)
        !f.headline &&
        // (nor one of a list of towns told later: "wanted in attacks on checkposts in Tank and Dera Ismail
        // Khan; two personnel were injured")
        !(listed(f) && f.sentence.paragraph !== m.sentence.paragraph) &&
        KIND_RANK[f.place.place.kind] < KIND_RANK[m.place.place.kind] &&
        // (a district of the region told first, or of the country)
        (f.place.place.kind !== "admin2" ||
          m.place.place.kind === "country" ||
          f.place.place.admin1 === m.place.place.admin1) &&
        samePlace(m, f)))
  )
    m.place = m.place && f.place ? withinArea(f.place, m.place) : f.place;
  // ("on the road between Maiduguri and Damboa ... The blast happened about 15 km from Damboa": the spot
  // told later on a stretch of road told first)
  else if (
    takePlace &&
    f.anaphoric &&
    f.coding.event_type === m.coding.event_type &&
    m.place?.between &&
    f.place &&
    !f.place.weak &&
    !f.place.between &&
    located(f.place.place) &&
    f.place.place.kind === "populated" &&
    f.place.place.country === m.place.place.country &&
    f.sentence !== m.sentence
  )
    m.place = f.place;
  // ("killing four gendarmes. Two attackers were also killed": more deaths of the same event)
  if (
    m.fatalities &&
    f.fatalities &&
    (f.additive || otherSideDead(m, f, d.frames)) &&
    f.sentence !== m.sentence &&
    f.fatalities.mention !== m.fatalities.mention
  )
    m.fatalities = withMoreDeaths(m.fatalities, [f.fatalities.mention]);
  // ("killing scores of guests ... 'At least 60 people were killed'": a count told later replaces a
  // vague word for the same dead)
  else if (
    m.fatalities?.mention.vague &&
    f.fatalities &&
    !f.fatalities.mention.vague &&
    f.fatalities.value > m.fatalities.value &&
    !f.hedged
  )
    m.fatalities = f.fatalities;
  // ("Air strikes killed at least 11 civilians over the weekend ... bombed a monastery on Saturday,
  // killing seven people": the toll of the day told is the event's; the weekend's counts others too)
  else if (
    finerDay &&
    m.fatalities &&
    f.fatalities &&
    !f.fatalities.mention.vague &&
    f.fatalities.value < m.fatalities.value &&
    !f.hedged
  )
    m.fatalities = f.fatalities;
  m.fatalities ??= f.fatalities;
  m.crowd ??= f.crowd;
  m.intervention ??= f.intervention;
  const facts = joinFacts(m.facts, f.facts);
  const coding = classify(facts);
  // A follow-up sentence may refine the event (a protest the police dispersed, a raid the villagers
  // fought off) but never turn it into a strategic development.
  // Property destroyed in an attack that hurt nobody is looting/property destruction.
  const harmless = !["kill", "injure", "beat", "abduct", "sexual"].some((c) => facts.cues.has(c as never));
  // A follow-up refines the event within its kind; it never turns an arrest into a protest.
  // ("members of two communities clashed in the village. Three were killed.": deaths told after a
  // communal fight make it a battle between the communities' militias)
  const fightTurnsDeadly =
    m.coding.sub_event_type === "Mob violence" &&
    m.coding.decisive === "clash" &&
    coding?.event_type === "Battles";
  // ("Des violences ont éclaté à Grigny. Une trentaine de véhicules ont été incendiés ...": violence no
  // armed group took part in, told on with a crowd's riot, was a riot)
  const clashTurnsRiot =
    m.coding.event_type === "Battles" &&
    m.coding.decisive === "clash" &&
    coding?.event_type === "Riots" &&
    !facts.cues.has("kill") &&
    ![...m.actors, ...f.actors].some((a) => (isArmed(a) && !isState(a)) || !!a.ethnicity || !!a.social);
  // ("un entrepôt et une pharmacie ont été pillés puis incendiés. Les gendarmes mobiles ont été pris pour
  // cible par des jets de pierres": property destroyed, then a crowd's stones at the forces, was a riot)
  const lootingTurnsRiot =
    m.coding.sub_event_type === "Looting/property destruction" &&
    coding?.event_type === "Riots" &&
    !facts.cues.has("kill") &&
    ![...m.actors, ...f.actors].some((a) => isArmed(a) && !isState(a));
  // ("A detachment of gendarmes was deployed in the town on Tuesday. Twenty-three people were arrested":
  // forces sent to a place who arrest people there make arrests)
  const deployedArrest =
    m.coding.sub_event_type === "Change to group/activity" &&
    [...m.cues].every((c) => c === "deploy") &&
    coding?.sub_event_type === "Arrests";
  // ("Un jeune homme ... a été battu à mort samedi. ... il a été roué de coups et lapidé par une foule": a
  // killing told with no doer, then the crowd that did it, was a mob's)
  const mobKilling =
    m.coding.event_type === "Violence against civilians" &&
    !m.agent &&
    coding?.sub_event_type === "Mob violence" &&
    !!f.agent &&
    !isArmed(f.agent) &&
    ![...m.actors, ...f.actors].some((a) => isArmed(a));
  const allowed =
    coding &&
    (family(coding) === family(m.coding) ||
      mobKilling ||
      fightTurnsDeadly ||
      deployedArrest ||
      clashTurnsRiot ||
      lootingTurnsRiot ||
      sameStory ||
      (coding.sub_event_type === "Looting/property destruction" &&
        harmless &&
        m.coding.sub_event_type === "Attack" &&
        // (not when what is told on is itself an attack on people: "les assaillants ont ouvert le feu sur des
        // paysans et incendié une vingtaine de maisons")
        f.coding.sub_event_type !== "Attack") ||
      // (and destruction told first, its dead told after: "Le bilan fait état de six personnes tuées")
      (m.coding.sub_event_type === "Looting/property destruction" &&
        coding.sub_event_type === "Attack" &&
        facts.cues.has("kill")));
  // "During the clashes, 43 militants died, most of them in air raids": fighting told first stays a
  // battle; the air raids told as part of it do not recode it. Nor do aircraft sent after an ambush
  // ("Reinforcements and aircraft were sent and several terrorists were neutralised").
  const battleKept =
    m.coding.event_type === "Battles" &&
    (m.coding.decisive === "clash" ||
      m.coding.decisive === "takeover" ||
      m.coding.decisive === "retake" ||
      (m.coding.decisive === "ambush" && f.sentence !== m.sentence) ||
      // (an assault on a post told first: "the fighters stormed the base after a car bomb exploded"; and the
      // air support its defenders had, told after: "grâce à l'appui des vecteurs aériens, l'assaut a été brisé")
      (m.coding.decisive === "attack" &&
        !!m.facts.targetArmed &&
        (coding?.sub_event_type === "Remote explosive/landmine/IED" ||
          // (or the rockets its attackers fired, told after: "attacked the post with rockets and automatic
          // weapons")
          ((coding?.sub_event_type === "Air/drone strike" ||
            coding?.sub_event_type === "Shelling/artillery/missile attack") &&
            f.sentence !== m.sentence)))) &&
    coding?.event_type === "Explosions/Remote violence";
  // ("as unrest over this week's election spread": a riot's word told of nobody, beside the event told, does
  // not turn forces firing on marchers into a riot)
  const bareUnrest =
    !f.agent &&
    !f.patient &&
    !f.fatalities &&
    [...f.cues].every((c) => c === "riot") &&
    m.coding.event_type === "Protests" &&
    f.hits.every((h) => f.sentence.tokens.slice(h.first, h.last + 1).every((t) => VAGUE_UNREST.has(t.norm)));
  if (
    recode &&
    coding &&
    allowed &&
    // (one attacker from outside a gathering stays an attack, whatever the crowd did to him after)
    !m.loneAttacker &&
    !battleKept &&
    !bareUnrest &&
    !(keepType && family(coding) !== family(m.coding))
  ) {
    m.coding = coding;
    m.facts = facts;
  }
}
