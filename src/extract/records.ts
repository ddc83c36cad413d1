import * as crypto from "node:crypto";
import { admin1On, type Gazetteer, normName, type Place } from "../geo/index.js";
import { editDistance, foldKey } from "../geo/normalize.js";
import { type ActorMention, type ActorRegistry, interaction } from "../knowledge/actor-registry.js";
import { type Locale, lexicon } from "../locales/index.js";
import type { Article } from "../model/article.js";
import type { EventRecord, Evidence, EvidenceField } from "../model/event.js";
import type { Sentence } from "../text/document.js";
import type { Token } from "../text/tokens.js";
import { isArmed, isState } from "./classify.js";
import { type Context, runPendingUntil } from "./context.js";
import { addDays } from "./dates.js";
import type { Frame } from "./frames.js";
import type { EventDraft } from "./merge.js";
import { writeNotes } from "./notes.js";
import type { PlaceCues } from "./place-cues.js";
import { isTown } from "./place-lookup.js";
import { inSchoolName, located, type PlaceMention, phraseAt, placeCues, speakersTown } from "./places.js";
import { backing, tokenAt } from "./roles.js";

interface Side {
  name: string;
  inter: number;
  mention: ActorMention | null;
}

/**
 * sha1 of a string, in hex: the one-shot crypto.hash where Node has it (20.12 and later) skips making
 * a Hash object for every record.
 */
const sha1Hex: (s: string) => string =
  typeof crypto.hash === "function"
    ? (s) => crypto.hash("sha1", s, "hex")
    : (s) => crypto.createHash("sha1").update(s).digest("hex");

/** Turn event drafts into records: actors named through the registry, place, date, notes, evidence. */
export function buildRecords(
  drafts: EventDraft[],
  ctx: Context,
  article: Article,
  reg: ActorRegistry,
  gaz: Gazetteer,
): EventRecord[] {
  const out: EventRecord[] = [];
  const seen = new Set<string>();
  // Events dated after this are plans, not events (computed once for the article).
  const latest = ctx.published ? addDays(ctx.published, 1) : null;
  let lastStriker: { side: Side; country: string | null } | null = null;
  // (the places other events were told at: a town named further on that places another event is no stand-in
  // for an event told with no place before it)
  const placesOfEvents = new Set<number>();
  for (const d of drafts) for (const x of d.frames) if (x.place) placesOfEvents.add(x.place.start);
  for (const d of drafts) {
    const f = d.main;
    // "bordering unstable Mali and Niger has been facing attacks": another country named in passing,
    // with no date, is background, not an event there.
    if (
      !f.date &&
      f.place?.place.kind === "country" &&
      ctx.country &&
      f.place.place.country !== ctx.country &&
      d.frames.length === 1
    )
      continue;
    // An event placed only in the article's own country takes the nearest town named around it.
    const ownCountryOnly = f.place?.place.kind === "country" && f.place.place.country === ctx.country;
    // (an agreement named with no place of its own binds the country, not the town of the story)
    const national = (!f.place || f.place.weak) && f.coding.sub_event_type === "Agreement";
    // (a town named in passing in the event's own sentences, as a word of a longer name, before a town
    // of another sentence: "Machakos Pivot Institute students protested", "petrol-bombed the Migori ODM
    // offices")
    // (and in a region named in the same sentence: "gunmen attacked the Orlu Divisional Police Headquarters
    // in Imo State")
    const region = f.place?.place.kind === "admin1" && !f.place.weak ? f.place.place : null;
    const passing =
      ctx.country && !national && (!f.place || ownCountryOnly || region)
        ? passingTown(d, gaz, ctx.country, placeCues(ctx.locale), region)
        : null;
    const named: Place | null =
      passing?.place ??
      (ownCountryOnly ? nearestPlace(ctx, f.sentence.start) : null) ??
      (national ? null : (f.place?.place ?? nearestPlace(ctx, f.sentence.start, false, placesOfEvents))) ??
      // (the dateline only in the article's own country: "GENEVA (Reuters)" over a story on Sudan is
      // where the reporter sits)
      (ctx.dateline && (!ctx.country || ctx.dateline.country === ctx.country) ? ctx.dateline : null) ??
      null;
    const country = named?.country ?? ctx.country ?? null;
    // (known only by its country: the home region of the group named, "MNLA rebels" -> Kidal)
    const home =
      country && !national && (!named || (named.kind === "country" && named.country === ctx.country))
        ? gaz.homeRegion(f.sentence.text, country)
        : null;
    const place: Place | null = home ?? named ?? (country ? gaz.countryPlace(country) : null);
    // Without a date of its own, an event is dated by the publication.
    // (else by the day its news was told: "officials said Friday" in a story published later)
    const reported = f.date ? null : d.frames.find((x) => x.reported)?.reported;
    const eventDate = f.date?.date ?? reported?.date ?? ctx.leadDate?.date ?? ctx.published ?? null;
    const precision: 1 | 2 | 3 = f.date ? f.date.precision : eventDate ? 1 : 3;
    if (eventDate && latest && eventDate > latest) continue; // future: a plan, not an event
    // (forces named without a country belong to the article's country, unless the event's own
    // sentences name the country where it happened: "In Ethiopia's Amhara region, ... federal troops")
    // (nor in a round-up's section headed by that country: "NIGER\nThe defence ministry said ... a drone
    // strike ... near Tera")
    const ownCountry =
      country &&
      ctx.country !== country &&
      !countryNamed(d, country, reg, ctx.locale) &&
      sectionAt(ctx, f.sentence.start) !== country
        ? ctx.country
        : null;
    const chosen = chooseActors(d, country, eventDate, reg, ctx.locale, ownCountry);
    const assoc = associates(d, chosen, country, reg);
    // Air strikes told with no striker of their own come from the one named for the story's earlier
    // strikes ("Israeli air strikes killed 12 ... In Gaza City, a strike on a school killed five").
    // (in the same country only: strikes told in another country's paragraph are another story)
    if (f.coding.sub_event_type === "Air/drone strike") {
      // ("un drone a pris pour cible un motocycliste" in a story on the Israeli army's strikes in south
      // Lebanon: an aircraft named without its country is that of the one foreign military the story
      // names, when it names none of the country's own)
      const m = chosen.a1?.mention;
      const foreign =
        chosen.a1 && (!m || (m.role === "military" && !m.country)) && country
          ? soleForeignMilitary(ctx, country)
          : null;
      if (foreign && chosen.a1) {
        chosen.a1 = asSide(reg.foreignForce(foreign, eventDate), m ?? null);
        // (the same military told as claiming the strike is no target of it)
        if (chosen.a2?.name === chosen.a1.name) chosen.a2 = null;
      }
      if (chosen.a1?.mention) lastStriker = { side: chosen.a1, country };
      else if (lastStriker && lastStriker.country === country) chosen.a1 = lastStriker.side;
    }
    const { a1, a2 } = chosen;
    const assoc1 = assoc.assoc1.name;
    const assoc2 = assoc.assoc2.name;
    // (the spec codes a missing actor as 0, "none")
    const inter1 = a1?.inter ?? 0;
    const inter2 = a2?.inter ?? 0;
    // (an agreement kills nobody: "The ceasefire ... ended a war that killed more than 4,000 people")
    const fatal = f.coding.sub_event_type === "Agreement" ? 0 : (f.fatalities?.value ?? 0);
    const geoPrecision: 1 | 2 | 3 = place
      ? place.kind === "populated" || place.kind === "other"
        ? f.place?.relation === "near"
          ? 2
          : place.geo_precision
        : 3
      : 3;
    const countryInfo = country ? gaz.country(country) : null;
    // A village the gazetteer lacks, given with its region only ("in Misserete, Oueme"): coded at the
    // region's capital with geo_precision 3, as the spec codes a place known only at that level (not a
    // region guessed from the people named: that stays without a point).
    // (and a site the gazetteer lacks with no region point, "a vigil outside the Sebin headquarters at El
    // Helicoide": the point of the story's town in the same region, approximately)
    // (with no region known, a town of the story in its country)
    // ("KARACHI: ... shot dead in Orangi Town": with no town of the story in the text, the dateline's)
    // (the dateline's town when the nearest one named lies in another region: "HOUSTON — ... in Spring
    // Branch, Texas" before a "Long Point" the data places in Missouri)
    const unplaced = place && !located(place) && !place.regionPoint;
    const standsIn = (p: Place | null): p is Place =>
      !!p &&
      !!place &&
      located(p) &&
      p.country === place.country &&
      (place.admin1 ? p.admin1 === place.admin1 : isTown(p));
    // (or, failing both, the town of the story nearest to it that fits: "executed in Ghezel Hesar prison in
    // Karaj ... from Bukan in West Azerbaijan ... gathered outside Ghezel Hesar" is at Karaj, of its region)
    const at = f.place?.start ?? f.sentence.start;
    const standIn = unplaced
      ? ([nearestPlace(ctx, at, true), ctx.dateline].find(standsIn) ??
        [...ctx.mentions]
          .sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))
          .map((m) => m.place)
          .find(standsIn) ??
        null)
      : null;
    const regionPoint =
      place && !located(place)
        ? (place.regionPoint ??
          (standIn ? { latitude: standIn.latitude, longitude: standIn.longitude } : null))
        : null;
    const evidence = collectEvidence(d, a1, a2, assoc);
    if (passing && place === passing.place) addSpan(evidence, "location", passing.token, passing.sentence);
    const rec: EventRecord = {
      event_id: "",
      article_id: article.id,
      event_date: eventDate,
      time_precision: precision,
      disorder_type: f.coding.disorder_type,
      event_type: f.coding.event_type,
      sub_event_type: f.coding.sub_event_type,
      actor1: a1?.name ?? null,
      assoc_actor_1: assoc1,
      inter1,
      actor2: a2?.name ?? null,
      assoc_actor_2: assoc2,
      inter2,
      interaction: interaction(inter1, inter2),
      civilian_targeting:
        a2?.name?.startsWith("Civilians") || assoc2?.startsWith("Civilians") ? "Civilian targeting" : "",
      country,
      iso3: place?.iso3 ?? countryInfo?.iso3 ?? null,
      region: place?.region ?? countryInfo?.region ?? null,
      admin1: admin1On(place?.country ?? null, place?.admin1 ?? null, place?.admin2 ?? null, eventDate),
      admin2: place?.admin2 ?? null,
      admin3: place?.admin3 ?? null,
      location: place ? spelling(place, f.place) : null,
      latitude: place
        ? located(place)
          ? place.latitude
          : (regionPoint?.latitude ?? null)
        : (countryInfo?.latitude ?? null),
      longitude: place
        ? located(place)
          ? place.longitude
          : (regionPoint?.longitude ?? null)
        : (countryInfo?.longitude ?? null),
      geo_precision: regionPoint ? 3 : geoPrecision,
      fatalities: fatal,
      // (a crowd is told for demonstrations only: "at least a dozen people were missing" after a raid is none)
      crowd_size: demonstration(f) ? (f.crowd?.raw ?? "") : "",
      source: article.source ?? null,
      source_url: article.url ?? null,
      notes: "",
      evidence,
      confidence: 0,
    };
    rec.notes = writeNotes(rec, ctx.locale);
    rec.confidence = confidence(d, rec);
    rec.event_id = sha1Hex(
      [
        rec.source,
        rec.article_id,
        rec.event_type,
        rec.sub_event_type,
        rec.event_date,
        rec.location,
        rec.actor1,
        rec.actor2,
      ].join("|"),
    ).slice(0, 16);
    if (seen.has(rec.event_id)) continue;
    seen.add(rec.event_id);
    out.push(rec);
  }
  return out;
}

/** The event's sentences name the country, by its name or a demonym ("Ethiopia's", "Ethiopian"). */
function countryNamed(d: EventDraft, country: string, reg: ActorRegistry, locale: Locale): boolean {
  const name = foldKey(country);
  return d.frames.some(
    (x) =>
      foldKey(x.sentence.text).includes(name) ||
      x.sentence.tokens.some((t) => t.cap && reg.demonym(t.text, locale) === country),
  );
}

// (module functions, not arrows made per call: under tsx, which keeps function names, a named arrow is
// given its name with Object.defineProperty each time it is made)
/** A place that can stand in for an event's own: located, in the article's country. */
function usablePlace(ctx: Context, p: Place): boolean {
  return located(p) && (!ctx.country || p.country === ctx.country);
}

const isArea = (p: Place) => p.kind === "admin1" || p.kind === "admin2" || p.kind === "country";

/** "Carla Medina, who organized the rally": a name that a comma and a word of persons follow. */
function personAfterComma(t: Token[], last: number, cues: PlaceCues): boolean {
  return t[last + 1]?.text === "," && phraseAt(t, last + 2, cues.personAfter);
}

/** A town this big may be named in passing, as a word of a longer name, and still say where. */
const PASSING_TOWN_POP = 10000;

/**
 * A town of the article's country named in passing in the event's own sentences, as a word of a longer
 * name the place finder does not take for a place ("Machakos Pivot Institute college students", "the
 * Migori ODM offices", "Lake Naivasha"): where an event told with no place of its own happened. Exact
 * names of towns of some size only; the first such word of the first sentence wins.
 */
function passingTown(
  d: EventDraft,
  gaz: Gazetteer,
  country: string,
  cues: PlaceCues,
  region: Place | null = null,
): { place: Place; token: { start: number; end: number }; sentence: Sentence } | null {
  const seen = new Set<Sentence>();
  for (const x of d.frames) {
    const s = x.sentence;
    if (seen.has(s)) continue;
    // (a town inside the region the event's sentence names: that sentence only)
    if (region && s !== d.main.sentence) continue;
    seen.add(s);
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i];
      if (!w.cap || w.num || w.text.length < 4) continue;
      // (a capitalised first word is only a name when another follows it: "Machakos Pivot Institute")
      if (i === 0 && !t[1]?.cap) continue;
      // (a word of a longer name: a name on its own is the place finder's to judge)
      if (!t[i - 1]?.cap && !t[i + 1]?.cap) continue;
      // (not a street named after a town: "near Elgin Street and Emancipation Avenue" in Houston)
      if (cues.streetKinds.has(t[i + 1]?.norm ?? "")) continue;
      // (nor a person's last name: "said Carla Medina, who organized the rally")
      if (t[i - 1]?.cap && (cues.personSpeech.has(t[i - 2]?.norm ?? "") || personAfterComma(t, i, cues)))
        continue;
      // (nor a cause named after a place: "the Palestine Solidarity Committee" in a story from Austin)
      if (cues.causeWords.has(t[i + 1]?.norm ?? "")) continue;
      // (nor a speaker's home town: "a Fresno ICU nurse told the crowd" at a rally in Sacramento)
      if (speakersTown(t, i, i, cues)) continue;
      // (nor a school named with a compass word: "Western Washington University" is in Bellingham)
      if (inSchoolName(t, i)) continue;
      const p = gaz.resolve({ name: w.text, country, admin: region ? [region.location] : undefined });
      if (
        p &&
        !p.fuzzy &&
        p.kind === "populated" &&
        p.country === country &&
        // (any town of the region named, before it in the sentence: the region vouches for it)
        (region
          ? normName(p.admin1 ?? "") === normName(region.admin1 ?? region.location) &&
            w.start < (d.main.place?.start ?? 0)
          : p.population >= PASSING_TOWN_POP) &&
        normName(p.location) === normName(w.text)
      )
        return { place: p, token: w, sentence: s };
    }
  }
  return null;
}

/** The place named closest before the event's sentence, else the first one after it. */
function nearestPlace(ctx: Context, at: number, locatedOnly = false, taken?: Set<number>): Place | null {
  // Look up the deferred sentences before the event, then after it one by one until a place turns up.
  runPendingUntil(ctx, () => ctx.pending[0].start >= at);
  if (!ctx.mentions.some((m) => m.start < at && usablePlace(ctx, m.place)))
    runPendingUntil(ctx, () => ctx.mentions.some((m) => m.start >= at && usablePlace(ctx, m.place)));
  let before: Place | null = null;
  let beforeAt = -1;
  for (const m of ctx.mentions) {
    // Only places with coordinates in the article's country stand in for an event's own place.
    if (ctx.country && m.place.country !== ctx.country) continue;
    if (locatedOnly && !located(m.place)) continue;
    // (a country's point stands in for no site of a town: "à son domicile de Bacongo, dans le sud de la
    // capitale" after "Au Congo-Brazzaville")
    if (locatedOnly && m.place.kind === "country") continue;
    // ("DOUALA (AFP) - ... à Douala, la capitale économique du Cameroun": the country named in passing
    // says less than the dateline's town)
    if (m.place.kind === "country" && ctx.dateline && ctx.dateline.country === m.place.country) continue;
    if (m.start < at) {
      // ("in the city of Zawiya, west of Tripoli": the bearing is no stand-in for the place of what follows)
      if (m.reference && before) continue;
      // ("in El Fasher, the capital of North Darfur": the region that places a town is no nearer place)
      if (before && !isArea(before) && isArea(m.place) && m.start - beforeAt < 150) continue;
      before = m.place;
      beforeAt = m.start;
    }
    // (nothing named before the event: the dateline's town, in the article's country, before a town named
    // further on, "HYDERABAD: More than 60 students were detained ... At Kakatiya University in Warangal")
    // (not a town that places the event further on: only one that places another event)
    else
      return (
        before ??
        ((taken?.has(m.start) || m.setting) && ctx.dateline && ctx.dateline.country === ctx.country
          ? ctx.dateline
          : m.place)
      );
  }
  return before;
}

/** Forces deployed after the event, in a later sentence ("Security forces were deployed to the area and
 * 20 people were arrested"): those who answered it. */
function respondsAfter(x: EventDraft["main"], f: EventDraft["main"]): boolean {
  return (
    x.sentence.index > f.sentence.index &&
    x.coding.event_type === "Strategic developments" &&
    x.cues.has("deploy")
  );
}

/**
 * The side an actor the registry names ({ name, inter }) takes, told by `mention` (null: by no words).
 * (Fields copied one by one: a spread that adds a key, `{ ...actor, mention }`, costs V8 about a
 * microsecond, some twenty times a plain literal, and sides are made several times per record.)
 */
/** The country of the round-up section a position falls in (null outside any). */
function sectionAt(ctx: Context, at: number): string | null {
  let country: string | null = null;
  for (const x of ctx.sections ?? []) if (x.start <= at) country = x.country;
  return country;
}

/** The one foreign country whose military the article names, none of the country's own. */
function soleForeignMilitary(ctx: Context, country: string): string | null {
  const named = ctx.militaryCountries;
  // (not in a round-up, whose sections name each country's forces for its own events)
  if (!named || named.has(country) || ctx.sections?.length) return null;
  let sole: string | null = null;
  for (const [c, n] of named) {
    if (n < FOREIGN_STRIKER_MENTIONS) continue;
    if (sole) return null;
    sole = c;
  }
  return sole;
}
/** How often a foreign military must be named to stand for an unclaimed air strike's striker. */
const FOREIGN_STRIKER_MENTIONS = 1;

function asSide(actor: { name: string; inter: number }, mention: ActorMention | null): Side {
  return { name: actor.name, inter: actor.inter, mention };
}

function sideOf(
  m: ActorMention,
  country: string | null,
  date: string | null,
  reg: ActorRegistry,
  home: string | null = null,
): Side | null {
  const c = country ?? m.country;
  if (m.group) {
    const g = reg.branchOf(m.group, c, date);
    return { name: g.name, inter: g.inter, mention: m };
  }
  switch (m.role) {
    case "military":
    case "police":
    case "government":
    case "mutiny": {
      // ("the army and the RSF signed a ceasefire in Jeddah": forces named without a country are the
      // forces of the country the article is about, wherever the event happened)
      // (police named without a country are those of the place: "In London, ... The Metropolitan Police
      // said 14 people were arrested" in a story about Jakarta's rallies)
      const own = m.country ?? (m.role === "police" ? (c ?? home) : (home ?? c));
      if (!own) return null;
      // (French gendarmes in New Caledonia serve at home)
      if (c && own !== c && m.role !== "government" && reg.sovereign(c) !== own)
        return asSide(reg.foreignForce(own, date), m);
      return asSide(reg.stateForce(own, m.role, date, m.unit), m);
    }
    case "external":
      if (m.mission && c) {
        const mission = reg.missionFor(c, date);
        if (mission) return asSide(mission, m);
      }
      return m.country ? asSide(reg.foreignForce(m.country, date), m) : null;
    case "identity_militia":
      if (m.ethnicity && c) return asSide(reg.ethnicMilitia(m.ethnicity, c), m);
      return c ? asSide(reg.generic(communityGeneric(m) ?? "armed_group", c), m) : null;
    case "armed_group":
    case "named_group":
      return c ? asSide(reg.generic(m.generic ?? "armed_group", c), m) : null;
    case "civilians":
      return c ? asSide(reg.generic("civilians", c), m) : null;
    case "protesters":
      return c ? asSide(reg.generic("protesters", c), m) : null;
    case "rioters":
      return c ? asSide(reg.generic("rioters", c), m) : null;
    default:
      return null;
  }
}

/**
 * The actors of a draft and how they become sides: methods rather than closures made for every record.
 */
class ActorPicker {
  constructor(
    private all: ActorMention[],
    private country: string | null,
    private date: string | null,
    private reg: ActorRegistry,
    private home: string | null = null,
  ) {}

  side(m: ActorMention | null | undefined): Side | null {
    return m ? sideOf(m, this.country, this.date, this.reg, this.home) : null;
  }

  generic(role: "protesters" | "rioters" | "civilians" | "armed_group"): Side | null {
    return this.country ? asSide(this.reg.generic(role, this.country), null) : null;
  }

  first(pred: (m: ActorMention) => boolean): ActorMention | null {
    return this.all.find(pred) ?? null;
  }

  ethnicVictim(m: ActorMention | null): string | null {
    return m?.ethnicity && this.country ? this.reg.ethnicGroup(m.ethnicity, this.country) : null;
  }

  /** At demonstrations, "security forces" are the police unless the text names soldiers. */
  forceAtDemo(): Side | null {
    const police = this.first((m) => m.role === "police");
    if (police) return this.side(police);
    const alt = this.first((m) => m.altRole === "police");
    if (alt && this.country)
      return asSide(this.reg.stateForce(alt.country ?? this.country, "police", this.date), alt);
    return this.side(this.first((m) => m.role === "military"));
  }
}

/**
 * "Islamic extremists attacked a military camp ... The attack was claimed by JNIM": attackers told
 * without a name are the armed group a claim or attribution names (not its victims).
 */
function claimedBy(
  agent: ActorMention,
  named: ActorMention | null,
  patient: ActorMention | null,
): ActorMention {
  const unnamed = agent.role === "armed_group" && !agent.group;
  return unnamed && named && named !== patient && isArmed(named) && !isState(named) ? named : agent;
}

/**
 * "Armed separatists killed five civilians ... 'The Amba boys came at night, shot at people'": a named
 * non-state group that does the deed in another sentence of the event (its agent there).
 */
function namedDoer(
  d: EventDraft,
  locale: Locale,
  victim: (m: ActorMention) => boolean = () => false,
): ActorMention | null {
  const perfect = lexicon(locale).perfectAux;
  const day = d.main.date?.date;
  for (const x of d.frames) {
    const a = x.agent;
    // (what a group did on another day is another deed: "its fighters pursued the attackers on Monday")
    if (x.date && day && x.date.date !== day) continue;
    // (not what a group "has done" before: "gunmen linked to al Qaeda have kidnapped people in the past")
    const habit = perfect.has(x.sentence.tokens[tokenAt(x.sentence.tokens, x.trigger.start) - 1]?.norm ?? "");
    if (a?.group && isArmed(a) && !isState(a) && !victim(a) && !habit) return a;
  }
  return null;
}

/** Articles of a plural side named after "and" ("soldiers and the volunteers", "des soldats et des VDP"). */
const PLURAL_ARTICLES = new Set(["the", "des", "les", "d'autres", "other"]);

/** Two actors named together, joined only by "and" or a comma ("soldiers and volunteer fighters"). */
function alliedWith(
  s: Sentence,
  a: ActorMention,
  b: ActorMention,
  locale: Locale,
  withArticle = false,
): boolean {
  const [x, y] = a.start < b.start ? [a, b] : [b, a];
  if (x.end > s.end || y.start < s.start || y.start < x.end) return false;
  const between = s.text
    .slice(x.end - s.start, y.start - s.start)
    .trim()
    .toLowerCase();
  // ("des soldats et des VDP": "and" with the second side's article, when asked: sides that suffer the
  // same deed; "the Sinaloa Cartel and the CJNG" may be the two sides of a fight)
  const [conj, article, ...rest] = between.split(/\s+/);
  const joined =
    between === "," ||
    placeCues(locale).and.has(between) ||
    (withArticle && !rest.length && placeCues(locale).and.has(conj) && PLURAL_ARTICLES.has(article));
  if (!joined) return false;
  // ("clashes between Tiv and Jukun militias": opponents)
  let k = tokenAt(s.tokens, x.start) - 1;
  while (k >= 0 && placeCues(locale).definite.has(s.tokens[k].norm)) k--;
  return !lexicon(locale).opponents.has(s.tokens[k]?.norm ?? "");
}

/** "a bus struck an IED" (civilians), "a military convoy struck a mine" (the state's forces). */
function struckVehicle(
  d: EventDraft,
  country: string | null,
  date: string | null,
  reg: ActorRegistry,
  locale: Locale,
): Side | null {
  if (!country) return null;
  const lex = lexicon(locale);
  for (const f of d.frames)
    for (const t of f.sentence.tokens) {
      if (lex.militaryVehicles.has(t.norm)) return asSide(reg.stateForce(country, "military", date), null);
      if (lex.civilianVehicles.has(t.norm)) return asSide(reg.generic("civilians", country), null);
    }
  return null;
}

/**
 * The article's spelling of a town or region the gazetteer holds under another form ("Solhan" for GeoNames
 * "Solna", "Timbuktu" for "Tombouctou"), when the name itself was matched (not a site or a road).
 */
function spelling(place: Place, m: PlaceMention | null): string {
  if (!m || m.place !== place || place.kind === "country") return place.location;
  const text = m.text.trim();
  // (written as the gazetteer has it, as most names are: every test below gives that same string)
  if (text === place.location) return place.location;
  // A region named in the article's language ("Northwest" for "Nord-Ouest") keeps the article's form.
  if (place.kind === "admin1" || place.kind === "admin2")
    return /^\p{Lu}[\p{L}'’ -]*$/u.test(text) && foldKey(normName(text)) === foldKey(normName(place.location))
      ? text
      : place.location;
  if (!text || /\s['’]s\s|\(|\d/u.test(text)) return place.location;
  // (each name normalised once: the test above and the distance below both need it)
  const textName = normName(text);
  const placeName = normName(place.location);
  if (textName === placeName) return place.location;
  // only a name of one to three words written as a name, and a spelling of the same name
  if (!/^\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{L}[\p{L}'’.-]*){0,2}$/u.test(text)) return place.location;
  const a = foldKey(textName);
  const b = foldKey(placeName);
  const budget = Math.max(2, Math.floor(Math.max(a.length, b.length) * 0.3));
  return editDistance(a, b, budget) <= budget ? text : place.location;
}

// Tests on the actors of one record. (Module functions, not arrows made per record: under tsx, which
// keeps function names, a named arrow is given its name with Object.defineProperty each time it is made.)

/** The victims' side: the patient, or people named like it (same role and country, no group). */
function victimsSideTest(patient: ActorMention | null): (m: ActorMention) => boolean {
  return (m) =>
    !!patient &&
    (m === patient ||
      (m.role === patient.role && !m.group && !patient.group && m.country === patient.country));
}

/** The attackers' own dead, named without a group: their side, not the target. */
function attackersOwnDead(m: ActorMention, attacker: ActorMention | null): boolean {
  return !!attacker && !isState(attacker) && !m.group && m.role === "armed_group" && attacker !== m;
}

/** Named together with the attacker: an ally, not the other side. */
function alliedTo(m: ActorMention, attacker: ActorMention | null, s: Sentence, locale: Locale): boolean {
  return !!attacker && alliedWith(s, attacker, m, locale);
}

/**
 * "soldiers and JNIM militants clashed near Boni": the agent and patient of a fighting verb with no
 * object, named together before it, fight each other (not "soldiers and volunteers repelled an attack").
 */
function fightEachOther(f: Frame, locale: Locale): boolean {
  const { agent, patient, trigger } = f;
  if (!agent || !patient || !trigger.cues.includes("clash") || patient.end > trigger.start) return false;
  if (agent.start > patient.start || !alliedWith(f.sentence, agent, patient, locale)) return false;
  return !lexicon(locale).objectStarts.has(f.sentence.tokens[trigger.last + 1]?.norm ?? "");
}

/** The generic militia of a community's men named without their community ("clan militias"). */
function communityGeneric(m: ActorMention): "communal_militia" | "clan_militia" | null {
  return m.generic === "communal_militia" || m.generic === "clan_militia" ? m.generic : null;
}

/** "Israeli forces backed by a helicopter gunship": a helper named in a "backed by" phrase is no target. */
function helperOf(m: ActorMention, d: EventDraft): boolean {
  const f = d.frames.find((x) => x.sentence.start <= m.start && m.end <= x.sentence.end);
  return !!f && backing(f.sentence.tokens, m, f.actors, true);
}

/** A community's fighters: its ethnic militia, or a communal militia of the country. */
function communalSide(m: ActorMention, reg: ActorRegistry, country: string): Side {
  return asSide(
    m.ethnicity ? reg.ethnicMilitia(m.ethnicity, country) : reg.generic("communal_militia", country),
    m,
  );
}

/** Soldiers or police of the country (or of no country named). */
function ownForcesOf(m: ActorMention | null, country: string | null): boolean {
  return !!m && (m.role === "military" || m.role === "police") && (!m.country || m.country === country);
}

/** Named within the words of a cue of the event ("artillery fire by an unknown party"). */
function inWeaponWords(m: ActorMention, d: EventDraft): boolean {
  return d.frames.some((x) => x.hits.some((h) => m.start < h.end && m.end > h.start));
}

function chooseActors(
  d: EventDraft,
  country: string | null,
  date: string | null,
  reg: ActorRegistry,
  locale: Locale,
  home: string | null = null,
) {
  const f = d.main;
  const t = f.coding.event_type;
  const sub = f.coding.sub_event_type;
  // (a loop, not flatMap, which V8 runs slowly: the same mentions in the same order)
  const all: ActorMention[] = [];
  // (the arrests or looting told after a battle or an attack, "Security forces were deployed and 20
  // people were arrested", name those who answered it, not its sides)
  const fighting = t === "Battles" || t === "Violence against civilians";
  for (const x of d.frames) if (!fighting || !respondsAfter(x, f)) all.push(...x.actors);
  const pick = new ActorPicker(all, country, date, reg, home);
  let a1: Side | null = null;
  let a2: Side | null = null;
  let assoc1: string | null = null;
  let assoc2: string | null = null;
  const named = pick.first((m) => !!m.group && m.role !== "external" && m.role !== "protesters");
  const state = pick.first((m) => isState(m));
  if (t === "Protests") {
    a1 = pick.generic("protesters");
    const movement = pick.first((m) => !!m.group && (m.role === "protesters" || m.role === "other"));
    assoc1 = movement?.group?.name ?? null;
    // (armed men or unknown people who attacked the crowd are the ones who broke it up)
    const attackers =
      f.coding.decisive === "attack" && f.agent && isArmed(f.agent) && !isState(f.agent) ? f.agent : null;
    // (forces named as those who fired: "Soldiers and police opened fire on the marchers" is the army;
    // "security forces", police at a demonstration, are not named so)
    const shooters =
      sub === "Excessive force against protesters" && f.agent && isState(f.agent) && !f.agent.altRole
        ? f.agent
        : null;
    if (sub !== "Peaceful protest")
      a2 =
        pick.side(attackers) ??
        pick.side(shooters) ??
        // (at demonstrations "security forces" are the police unless the text names soldiers)
        pick.forceAtDemo() ??
        (country ? asSide(reg.stateForce(country, "police", date), null) : null);
    // Excessive force: the forces who shot or beat the crowd act; the protesters suffer it.
    if (sub === "Excessive force against protesters" && a2) {
      [a1, a2] = [a2, a1];
      [assoc1, assoc2] = [assoc2, assoc1];
    }
  } else if (t === "Riots") {
    a1 = pick.generic("rioters");
    // Two crowds fighting each other ("two families clashed") are rioters on both sides.
    const mutual = f.coding.decisive === "clash" && !(f.patient && isArmed(f.patient));
    // (the guards a crowd fought: "miners and security guards clashed at the site")
    const guards = pick.first((m) => m.generic === "private_security");
    if (sub === "Mob violence")
      a2 =
        pick.side(f.patient && f.patient.role !== "rioters" && !mutual ? f.patient : null) ??
        pick.side(guards) ??
        pick.generic(mutual ? "rioters" : "civilians");
    // ("threw stones at MONUSCO peacekeepers": the foreign force the crowd attacked)
    else a2 = pick.forceAtDemo() ?? (f.patient?.role === "external" ? pick.side(f.patient) : null);
  } else if (t === "Violence against civilians") {
    const perp = f.loneAttacker
      ? null
      : f.agent && isArmed(f.agent)
        ? claimedBy(f.agent, pick.first((m) => !!m.claimed) ?? namedDoer(d, locale), f.patient)
        : // (a named group before a bare word of forces: "une attaque de membres de la coalition armée Viv
          // Ansanm" is Viv Ansanm's, not an unnamed coalition's)
          (pick.first((m) => isArmed(m) && !!m.group && m !== f.patient) ??
          pick.first((m) => isArmed(m) && m !== f.patient));
    // a community's men (herders, hunters, a people) who kill: its communal or ethnic militia
    const communal =
      !perp && !f.loneAttacker && f.agent && (f.agent.ethnicity || f.agent.social) && country
        ? f.agent
        : null;
    a1 =
      pick.side(perp) ??
      (communal && country
        ? asSide(
            communal.ethnicity
              ? reg.ethnicMilitia(communal.ethnicity, country)
              : reg.generic("communal_militia", country),
            communal,
          )
        : null) ??
      pick.generic("armed_group");
    a2 = pick.generic("civilians");
    assoc2 = pick.ethnicVictim(f.patient);
  } else if (t === "Battles") {
    if (sub === "Government regains territory") {
      a1 = pick.side(state) ?? (country ? asSide(reg.stateForce(country, "military", date), null) : null);
      a2 = pick.side(named ?? pick.first((m) => m.role === "armed_group")) ?? pick.generic("armed_group");
    } else {
      // ("they ambushed a convoy of volunteer fighters": the group named as the victim is not the attacker)
      // ("a patrol fell into an ambush ... two gendarmes were killed": the victims' side named again
      // is no attacker)
      const victimSide = victimsSideTest(f.patient);
      const attacker =
        f.agent && isArmed(f.agent)
          ? claimedBy(
              f.agent,
              pick.first((m) => !!m.claimed && !victimSide(m)) ?? namedDoer(d, locale, victimSide),
              f.patient,
            )
          : ((named && !victimSide(named) ? named : null) ??
            // ("des soldats et des VDP sont tombés dans une embuscade": the victims' allies are no attackers)
            pick.first(
              (m) =>
                isArmed(m) &&
                !victimSide(m) &&
                !(f.patient && alliedWith(f.sentence, m, f.patient, locale, true)),
            ));
      // ("JNIM militants ambushed an army patrol ... two militants were killed": the attackers' own
      // dead, named without a group, are their side, not the target)
      // ("soldiers and volunteer fighters repelled an attack": sides named together are allies)
      // ("Security forces killed two militants ... The militants belonged to Lashkar-e-Taiba": the group a
      // later sentence says the unnamed fighters belonged to)
      const claimedFoe =
        f.patient && f.patient.role === "armed_group" && !f.patient.group && attacker && isState(attacker)
          ? pick.first((m) => !!m.claimed && !!m.group && !isState(m))
          : null;
      const target =
        claimedFoe ??
        (f.patient &&
        isArmed(f.patient) &&
        f.patient !== attacker &&
        !attackersOwnDead(f.patient, attacker) &&
        (!alliedTo(f.patient, attacker, f.sentence, locale) ||
          (attacker === f.agent && fightEachOther(f, locale)))
          ? f.patient
          : pick.first(
              (m) =>
                isArmed(m) &&
                m !== attacker &&
                !attackersOwnDead(m, attacker) &&
                !alliedTo(m, attacker, f.sentence, locale) &&
                // (a helper of the attackers' kind: "Israeli forces backed by a helicopter gunship")
                !(attacker && m.role === attacker.role && helperOf(m, d)),
            ));
      // Communal clashes: each community fights as its communal (or ethnic) militia.
      // (not when an armed side is named: "five JNIM militants were killed and two taken prisoner")
      // ("inter-communal fighting between Dinka and Nuer youths": the communities named fight, not an
      // unnamed communal militia)
      const anyCommunity =
        attacker && !attacker.ethnicity && !attacker.group ? communityGeneric(attacker) : null;
      // ("deadly clashes between two communities": communities nobody names fight as communal militias)
      const communal =
        (attacker && !anyCommunity) || (target && !target.ethnicity && !target.social && !target.communal)
          ? []
          : all.filter((m) => m.ethnicity || m.social || m.communal);
      if (communal.length && country) {
        a1 = communalSide(communal[0], reg, country);
        const other = communal.find(
          (m) => (m.ethnicity ?? m.social) !== (communal[0].ethnicity ?? communal[0].social),
        );
        a2 = other
          ? communalSide(other, reg, country)
          : asSide(reg.generic("communal_militia", country), null);
        if (a2.name === a1.name) a2 = asSide(reg.generic("communal_militia", country), null);
        return { a1, a2, assoc1, assoc2 };
      }
      // ("inter-communal fighting in Akobo": communities nobody names, on both sides)
      if (anyCommunity && country) {
        const side = asSide(reg.generic(anyCommunity, country), attacker);
        return { a1: side, a2: asSide(reg.generic(anyCommunity, country), null), assoc1, assoc2 };
      }
      // A coup fought out: the putschists are a mutiny of the country's forces, against its forces.
      const coup = f.cues.has("coup") && (!attacker || attacker.role === "mutiny") && country;
      // Soldiers of the country who mutiny and fight or take towns are its forces' mutiny, against its
      // forces ("Soldiers mutinied ... taking over the towns of ...").
      const mutiny = f.cues.has("mutiny") && !!country && (!attacker || ownForcesOf(attacker, country));
      a1 =
        (mutiny && country ? asSide(reg.stateForce(country, "mutiny", date), attacker) : null) ??
        pick.side(attacker) ??
        (coup ? asSide(reg.stateForce(country, "mutiny", date), null) : null) ??
        pick.generic("armed_group");
      a2 =
        (mutiny && country && (!target || ownForcesOf(target, country) || target.role === "armed_group")
          ? asSide(
              reg.stateForce(country, "military", date),
              target && ownForcesOf(target, country) ? target : null,
            )
          : null) ??
        pick.side(target) ??
        (coup ? asSide(reg.stateForce(country, "military", date), null) : null) ??
        (sub === "Non-state actor overtakes territory" && country
          ? asSide(reg.stateForce(country, "military", date), null)
          : null) ??
        // (a battle has two sides: the other one, named by nobody, is an unidentified armed group)
        (a1 && !a1.name.startsWith("Unidentified") ? pick.generic("armed_group") : null);
      if (a1 && a2 && a1.name === a2.name && !a1.name.startsWith("Unidentified"))
        a2 = pick.generic("armed_group");
      // (the attackers named twice are no second side: a town taken is taken from the state)
      else if (a1 && a2 && a1.name === a2.name && sub === "Non-state actor overtakes territory" && country)
        a2 = asSide(reg.stateForce(country, "military", date), null);
    }
  } else if (t === "Explosions/Remote violence") {
    // Bombs, mines and grenades are laid by armed groups: soldiers named with them ("an army vehicle
    // struck an IED") are the targets, not the perpetrators.
    const planted = sub === "Remote explosive/landmine/IED" || sub === "Suicide bomb" || sub === "Grenade";
    // Air strikes come from those with aircraft: without a named striker, the state's forces; a
    // non-state group named with them is the target ("air strikes on RSF bases"), and so are
    // "terrorists" or "jihadists" named as their subject ("les frappes ... ont brisé l'élan des groupes
    // terroristes").
    const air = sub === "Air/drone strike";
    const agent =
      f.agent &&
      isArmed(f.agent) &&
      !(planted && isState(f.agent)) &&
      !(air && !f.agent.group && !isState(f.agent) && f.agent.role !== "external")
        ? f.agent
        : null;
    // ("Israeli air strikes killed 12 in Gaza": the striker named in the words of the strike itself)
    const striker =
      air && !agent
        ? (all.find(
            (m) =>
              (m.role === "military" || m.role === "external") &&
              m.start <= f.trigger.start &&
              m.end >= f.trigger.end,
          ) ?? null)
        : null;
    // ("The Pakistani Taliban claimed responsibility": unnamed bombers are the group that claimed it)
    // ("Explosion blamed on Al Shabaab injures civilians": with no bomber named, the group the blast is
    // blamed on, even where word order makes it the target)
    const claimed = agent
      ? claimedBy(
          agent,
          pick.first((m) => !!m.claimed),
          f.patient,
        )
      : planted
        ? pick.first((m) => !!m.claimed && !!m.group && isArmed(m) && !isState(m))
        : null;
    // (not the group the bomb struck: "a roadside bomb hit a vehicle of the SDF, killing three SDF fighters")
    const struckGroup =
      !!named?.group && !!f.patient?.group && named.group.name === f.patient.group.name && !f.agent;
    const perp =
      claimed ?? striker ?? (named && !(planted && isState(named)) && !air && !struckGroup ? named : null);
    a1 =
      pick.side(perp) ??
      (sub === "Air/drone strike" && country
        ? asSide(reg.stateForce(country, "military", date), null)
        : pick.generic("armed_group"));
    // (the weapon's own words, "artillery fire by an unknown party", name a striker, never a target)
    const target =
      f.patient && f.patient !== perp && !inWeaponWords(f.patient, d)
        ? f.patient
        : ((air && !perp && named && !isState(named) ? named : null) ??
          pick.first(
            (m) =>
              m !== perp &&
              !inWeaponWords(m, d) &&
              (m.role === "civilians" || isArmed(m)) &&
              // (not the striker named again: "a drone strike attributed to the SAF ... killing civilians")
              (!a1 || pick.side(m)?.name !== a1.name),
          ));
    a2 = pick.side(target) ?? (planted ? struckVehicle(d, country, date, reg, locale) : null);
    // A bomb that killed or wounded people, with no armed force named among them: civilians.
    const hurt = d.frames.some((x) => x.cues.has("kill") || x.cues.has("injure"));
    if (!a2 && planted && hurt && country && !all.some((m) => isArmed(m) && m !== perp))
      a2 = asSide(reg.generic("civilians", country), null);
    if (a2?.name === a1?.name) a2 = null;
  } else {
    // Strategic developments
    if (sub === "Arrests") {
      // (a group that governs where it holds arrests as the authority there: "the SDF arrested 25 suspects")
      const authority = f.agent?.governs ? f.agent : null;
      a1 =
        pick.side(authority) ??
        pick.side(state) ??
        (country ? asSide(reg.stateForce(country, "police", date), null) : null);
      a2 =
        pick.side(authority ? pick.first((m) => m !== authority && (!!m.group || isArmed(m))) : named) ??
        pick.side(pick.first((m) => m.role === "civilians" || m.role === "government")) ??
        pick.generic("civilians");
      // Soldiers who detain the head of state or the government stage a coup: a mutiny of the forces.
      if (country && a1?.mention?.role === "military" && a2?.mention?.role === "government")
        a1 = asSide(reg.stateForce(country, "mutiny", date), a1.mention);
    } else if (sub === "Agreement") {
      // (the government of the country the article is about: "signed a ceasefire in Jeddah" is Sudan's)
      const own = home ?? country;
      a1 = own ? asSide(reg.stateForce(own, "government", date), null) : null;
      a2 = pick.side(named);
    } else if (sub === "Looting/property destruction") {
      a1 =
        // (not forces named only as those who did not intervene or who tell it: "une dizaine de poubelles
        // avaient été incendiées, sans intervention de la police")
        pick.side(
          f.agent && isArmed(f.agent)
            ? f.agent
            : (named ?? pick.first((m) => isArmed(m) && !isState(m) && m !== f.patient)),
        ) ?? pick.generic("armed_group");
      a2 = pick.generic("civilians");
    } else {
      a1 = pick.side(f.agent ?? named ?? state) ?? null;
      a2 = pick.side(f.patient && f.patient !== f.agent ? f.patient : null);
      // A coup by the country's own forces: the mutiny of those forces.
      if (country && f.cues.has("coup") && (!a1 || a1.mention?.role === "military"))
        a1 = asSide(reg.stateForce(country, "mutiny", date), a1?.mention ?? null);
    }
  }
  if (a1 && a2 && a1.name === a2.name && t === "Strategic developments") a2 = null;
  return { a1, a2, assoc1, assoc2 };
}

interface Associated {
  /** ACLED's associated actors, joined with "; " as ACLED joins them (null: none). */
  name: string | null;
  /** The mentions they come from (evidence). */
  mentions: ActorMention[];
}

interface Associates {
  assoc1: Associated;
  assoc2: Associated;
}

/**
 * ACLED's associated actors: the communities and social groups a crowd or its victims are drawn from
 * ("Students marched ...": Protesters (Kenya) with Students (Kenya); "gunmen killed two Fulani herders":
 * Civilians (Mali) with Fulani Ethnic Group (Mali); Pastoralists (Mali)). A crowd is told by the doers
 * of the event's clauses, victims by those the clauses' deeds fall on. The movement or ethnic group the
 * actors were chosen with comes first.
 */
function associates(
  d: EventDraft,
  chosen: { a1: Side | null; a2: Side | null; assoc1: string | null; assoc2: string | null },
  country: string | null,
  reg: ActorRegistry,
): Associates {
  const of = (side: Side | null, given: string | null): Associated => {
    const names = given ? given.split("; ") : [];
    const mentions: ActorMention[] = [];
    const generic = side?.name.match(/^(Protesters|Rioters|Civilians) \(/u)?.[1];
    if (country && generic) {
      const crowd = generic !== "Civilians";
      for (const x of d.frames) {
        const m = crowd ? x.agent : x.patient;
        if (!m || (m.role !== "civilians" && m.role !== "protesters" && m.role !== "rioters")) continue;
        const add = (name: string) => {
          if (names.includes(name)) return;
          names.push(name);
          if (!mentions.includes(m)) mentions.push(m);
        };
        if (m.ethnicity) add(reg.ethnicGroup(m.ethnicity, country));
        if (m.social) add(reg.socialGroup(m.social, country));
      }
    }
    return { name: names.length ? names.join("; ") : null, mentions };
  };
  return { assoc1: of(chosen.a1, chosen.assoc1), assoc2: of(chosen.a2, chosen.assoc2) };
}

function collectEvidence(d: EventDraft, a1: Side | null, a2: Side | null, assoc: Associates): Evidence[] {
  const ev: Evidence[] = [];
  const f = d.main;
  addSpan(ev, "trigger", f.trigger, f.sentence);
  for (const x of d.frames.slice(1)) addSpan(ev, "trigger", x.trigger, x.sentence);
  if (a1?.mention) addMention(ev, "actor1", a1.mention);
  if (a2?.mention) addMention(ev, "actor2", a2.mention);
  for (const m of assoc.assoc1.mentions) addMention(ev, "assoc_actor_1", m);
  for (const m of assoc.assoc2.mentions) addMention(ev, "assoc_actor_2", m);
  if (f.date) addMention(ev, "event_date", f.date);
  if (f.place) addMention(ev, "location", f.place);
  if (f.fatalities && f.coding.sub_event_type !== "Agreement")
    addMention(ev, "fatalities", f.fatalities.mention);
  for (const m of f.fatalities?.more ?? []) addMention(ev, "fatalities", m);
  if (f.crowd && demonstration(f)) addMention(ev, "crowd_size", f.crowd);
  if (f.intervention) {
    const at = f.intervention;
    // the sentence that holds the words (merged frames share the same intervention object)
    const s =
      d.frames.find((x) => x.sentence.start <= at.start && at.end <= x.sentence.end)?.sentence ?? f.sentence;
    addSpan(ev, "intervention", at, s);
  }
  return ev.sort((a, b) => a.start - b.start || a.field.localeCompare(b.field));
}

/** Evidence of a span of a sentence: its words as written there. */
function addSpan(
  ev: Evidence[],
  field: EvidenceField,
  at: { start: number; end: number },
  s: { start: number; text: string },
): void {
  addEvidence(ev, field, at.start, at.end, s.text.slice(at.start - s.start, at.end - s.start));
}

/** Evidence of a mention that carries its own text. */
function addMention(
  ev: Evidence[],
  field: EvidenceField,
  m: { start: number; end: number; text: string },
): void {
  addEvidence(ev, field, m.start, m.end, m.text);
}

/** One piece of evidence, unless the field already has one starting there. */
function addEvidence(ev: Evidence[], field: EvidenceField, start: number, end: number, text: string): void {
  if (ev.some((e) => e.field === field && e.start === start)) return;
  ev.push({ field, start, end, text });
}

function confidence(d: EventDraft, r: EventRecord): number {
  let c = 0.45;
  if (d.main.date) c += 0.15;
  if (r.geo_precision === 1) c += 0.15;
  else if (r.geo_precision === 2) c += 0.1;
  if (r.actor1 && !r.actor1.startsWith("Unidentified")) c += 0.1;
  if (d.frames.length > 1) c += 0.05;
  if (d.main.hits.length > 1) c += 0.05;
  return Math.min(0.95, Math.round(c * 100) / 100);
}

/** A protest or a riot: the events a crowd size is told for. */
function demonstration(f: Frame): boolean {
  return f.coding.event_type === "Protests" || f.coding.event_type === "Riots";
}
