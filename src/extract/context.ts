import { type Gazetteer, normName, type Place } from "../geo/index.js";
import type { ActorRegistry } from "../knowledge/actor-registry.js";
import type { Locale } from "../locales/index.js";
import type { Article } from "../model/article.js";
import type { Doc } from "../text/document.js";
import { type DateMention, findDates } from "./dates.js";
import { isAdminName } from "./place-lookup.js";
import { findPlaces, type KnownNames, type PlaceCues, type PlaceMention } from "./places.js";

/** What the whole article says about where and when: shared by every frame. */
export interface Context {
  locale: Locale;
  published: string | null;
  /** The country the article is about (ACLED name). */
  country: string | null;
  /** Place of the dateline ("BAMAKO, June 5 (Reuters) -"), if any. */
  dateline: Place | null;
  /** Where the dateline ends: its date is the report's, not an event's. */
  datelineEnd: number;
  /** Whether the dateline gives its town's state ("CLARKSVILLE, Tenn. —"): a state the story is set in. */
  datelineState: boolean;
  /** Places resolved so far, for proximity ranking of later homonyms. */
  places: Place[];
  /** Every place named below the country level, in text order: the fallback place of events whose
   * own sentences name none. */
  mentions: PlaceMention[];
  /** Place lookups deferred for sentences without events (run on demand, in text order). */
  pending: Array<{ start: number; run: () => unknown }>;
  /** The last date the article gave, for "the following day". */
  lastDate?: DateMention | null;
  /** The day a heading line gives the paragraph under it ("1. Mali, Menaka region (Wednesday 5 March).") */
  sectionDate?: { date: DateMention; paragraph: number } | null;
  /** The town a paragraph opens on, in a sentence that tells no event ("À Dakar, ...", "C'est à Kaolack
   * que ..."): the place of the events of that paragraph that name none. */
  scenePlace?: { place: PlaceMention; paragraph: number; end: number; frames: number } | null;
  /** The town a round-up's heading names alone on its line ("KINDU"): the place of the events told under
   * it that name none, until the next heading. */
  sectionPlace?: PlaceMention | null;
  /** The day a short sentence of no event gives the sentence after it ("It was Thursday night."). */
  sentenceDate?: { date: DateMention; index: number } | null;
  /** The one day an opening sentence that tells no event gives the story ("Le scrutin organisé dimanche
   * ... a été émaillé de violences."): the day of its events told with none. */
  leadDate?: DateMention | null;
  /** A round-up's section headers, in text order: where each starts and the country it names. */
  sections?: Array<{ start: number; country: string }>;
  /** How often the article names each country's military ("l'armée israélienne", "Russian forces"). */
  militaryCountries?: Map<string, number>;
  /** Names the article uses as places without a preposition (see knownPlaceNames). */
  knownPlaces?: KnownNames;
}

const DATELINE =
  /^\s*(?:#?[^\n.]{0,160}\n+)?\s*(\p{Lu}[\p{Lu}'’.\-/ ]{2,40}?)(?:,[^\n:(–—-]{0,40})?\s*(?:\(([A-Za-z .&/'’-]{1,40})\))?\s*(?:[:–—]|-(?![A-Za-z]))/u;
/** "Manila [Philippines], November 4 (ANI/Xinhua):", "Patna (Bihar) [India], Aug 04 (ANI):", "Bamako,
 * 12 mai (AFP) -", "Goma, 30 avril -", "Hinche, 14 août 2025 [AlterPresse] ---": a town in title case (its
 * state in brackets), a date (month first or day first) and maybe an agency (in brackets of either kind). */
const TITLE_CASE_DATELINE =
  /^\s*(?:#?[^\n.]{0,160}\n+)?\s*(\p{Lu}[\p{L}'’.\- ]{2,30}?)\s*(?:\([^)\n]{2,40}\)\s*)?(?:\[[^\]\n]{2,40}\])?,\s*(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}(?:er)?\s+\p{L}{3,9}\.?)(?:,?\s*\d{4})?\s*(?:\([^)\n]{2,30}\)\s*|\[[^\]\n]{2,30}\]\s*)?\.?[:–—-]/u;

/** "Nouakchott (AFP) -", "Tunis (Reuters) -": a town in title case and a news agency, with no date. */
const AGENCY_DATELINE =
  /^\s*(?:#?[^\n.]{0,160}\n+)?\s*(\p{Lu}[\p{L}'’.\- ]{2,30}?)\s*\((?:AFP|AP|Reuters|Xinhua|ANI|APA|APS|MAP|PANA|IANS|UNI|dpa|Anadolu|ATS|Lusa|EFE|KUNA|WAM|SPA|QNA|IRNA|NNA|AIP|ABP|ACP|ANP|AMAP|Belga|AA|TASS|RIA|Sputnik|Kyodo|Yonhap|Bernama|Antara|PAP|Ukrinform|MENA|SUNA|NAN|KNA|ENA|GNA|TAP|SANA|INA|WAFA|Saba|AIM|CNA|\p{Lu}{2,5})(?:\s*[/,]\s*[\p{L} ]{2,12})*\)\s*[:–—-](?![\p{L}])/u;

/** "N'Djamena - Une position de l'armée ...", "Imphal: A CRPF jawan ...": a town alone, then a dash or a
 * colon and the story (kept only when the gazetteer knows the town by that very name). */
const BARE_DATELINE =
  /^\s*(\p{Lu}[\p{L}'’.]{2,30}(?:[ -]\p{Lu}[\p{L}'’.]+){0,2})(?:\s+[–—-]\s+|:\s+)(?=\p{Lu})/u;

/** "RAIPUR, Oct 9 (PTI) Two jawans ...": an Indian wire's dateline, a town in capitals, a date and the
 * agency, with no dash before the story. */
const AGENCY_NO_DASH =
  /^\s*(?:#?[^\n.]{0,160}\n+)?\s*(\p{Lu}[\p{Lu}'’.\-/ ]{2,40}?),\s*(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?)(?:,?\s*\d{4})?\s*\((?:PTI|IANS|UNI|ANI|AFP|AP|Reuters|Xinhua|APA|AIP|ACP|AA|AIM|Lusa|NAN|KNA|ENA|SUNA|TASS|Anadolu|EFE|dpa)\)\s+(?=\p{Lu})/u;

/** "November 11, 2025 (KADUGLI) –", "11 novembre 2025 (GOMA) -": the date first, then the town in brackets
 * (Sudan Tribune's style). */
const DATE_FIRST_DATELINE =
  /^\s*(?:#?[^\n.]{0,160}\n+)?\s*(?:\p{L}{3,9}\.?\s+\d{1,2},?|\d{1,2}(?:er)?\s+\p{L}{3,9}\.?)\s+\d{4}\s*\((\p{Lu}[\p{L}'’.\- ]{2,30}?)\)\s*[:–—-]/u;

/** The datelines above after two lines, a headline and a byline ("...\n\nIFP Bureau\n\nIMPHAL, Jan 20:"),
 * tried only when none follows one line. */
const afterByline = (re: RegExp) =>
  new RegExp(re.source.replace("(?:#?[^\\n.]{0,160}\\n+)?", "(?:#?[^\\n.]{0,160}\\n+){2}"), re.flags);
const BYLINED_DATELINE = afterByline(DATELINE);
const BYLINED_TITLE_CASE = afterByline(TITLE_CASE_DATELINE);
const BYLINED_AGENCY = afterByline(AGENCY_DATELINE);

/** The character every dateline above ends with (a hyphen only when no word goes on from it: not "U.S.-backed"). */
const DATELINE_END = /[:–—-]/;

export function articleContext(
  article: Article,
  doc: Doc,
  gaz: Gazetteer,
  reg: ActorRegistry,
  locale: Locale,
  placeCues?: PlaceCues,
): Context {
  let dateline: Place | null = null;
  let datelineState = false;
  // The dateline opens the text, or follows a headline line.
  const head = article.text.slice(0, 360);
  // (both patterns end at a colon or a dash: most texts have none in their head, and no dateline)
  // (a town with its date first: "RDC : ... \n\nGoma, 30 avril -" has its headline's country before)
  let m = DATELINE_END.test(head)
    ? (TITLE_CASE_DATELINE.exec(head) ?? AGENCY_DATELINE.exec(head) ?? DATELINE.exec(head))
    : null;
  m ??= AGENCY_NO_DASH.exec(head);
  m ??= DATE_FIRST_DATELINE.exec(head);
  // (after a headline and a byline: "Village volunteer killed ...\n\nIFP Bureau\n\nIMPHAL, Jan 20:")
  if (!m && DATELINE_END.test(head))
    m = BYLINED_TITLE_CASE.exec(head) ?? BYLINED_AGENCY.exec(head) ?? BYLINED_DATELINE.exec(head);
  if (!m) {
    const bare = BARE_DATELINE.exec(head);
    const town = bare ? gaz.resolve({ name: bare[1], country: article.country ?? null }) : null;
    // (after a colon, only the town's very name: "Analysis:", "Update:" are no towns)
    const colon = !!bare && bare[0].trimEnd().endsWith(":");
    if (
      bare &&
      town &&
      !town.fuzzy &&
      town.kind === "populated" &&
      (!colon || normName(town.location) === normName(bare[1]))
    )
      m = bare;
  }
  if (m) {
    // ("BANNU/LAKKI MARWAT:": filed from two towns; the first names where the reporter sits)
    const name = m[1].split("/")[0].trim();
    const asCountry = gaz.country(name);
    // ("GREENVILLE, S.C. (AP) —", "PORTLAND, Ore. —": the state after the town, written short, is its unit)
    // ("PORTLAND, Maine —": or the state's name written out)
    const after = m[0].slice(m[0].indexOf(m[1]) + m[1].length);
    const unit = /^,\s*(\p{Lu}[\p{L}. ]{1,24}?)\s*(?:\(|[–—-]|$)/u.exec(after)?.[1];
    const state = unit
      ? (placeCues?.stateAbbreviations.get(unit) ??
        (isAdminName(gaz, unit, article.country ?? null, "admin1") ? unit : undefined))
      : undefined;
    dateline = asCountry
      ? gaz.countryPlace(asCountry.name)
      : gaz.resolve({ name, country: article.country ?? null, admin: state ? [state] : [] });
    datelineState = !!state && !asCountry && dateline?.admin1 === state;
  }
  let country: string | null = null;
  if (article.country) country = gaz.countryOrCode(article.country)?.name ?? article.country;
  if (!country) {
    const votes = new Map<string, number>();
    const vote = (c: string | null | undefined, w: number) => {
      if (c) votes.set(c, (votes.get(c) ?? 0) + w);
    };
    // The dateline says where the reporter is: the strongest single sign.
    if (dateline) vote(dateline.country, 2);
    // (the dateline's own words, "NIAMEY, Niger (AP)", vote once, as the dateline)
    const datelineEnd = m ? m[0].length : 0;
    // (a headline line above the dateline votes like the body: "... in Yemen's Saada" over "DUBAI")
    const datelineStart = m ? m[0].lastIndexOf("\n") + 1 : 0;
    doc.sentences.forEach((s, si) => {
      const w = si < 3 ? 2 : 1;
      const toks = s.tokens;
      // Towns named in the opening sentences vote for their country ("in Beni", "near Maiduguri").
      if (si < 3 && placeCues)
        for (const p of findPlaces(s, gaz, placeCues, null, []))
          if (
            ((p.place.kind === "populated" && p.place.population >= 50000) ||
              // ("in Zamfara State", "Kulgam district": a unit named with its kind word)
              ((p.place.kind === "admin1" || p.place.kind === "admin2") &&
                placeCues.adminKinds.has(s.tokens[p.last + 1]?.norm ?? "")) ||
              // ("near Bouar (Nana-Mambere)": a place found with the units named after it)
              p.admin.length > 0) &&
            (p.start >= datelineEnd || p.end <= datelineStart)
          )
            vote(p.place.country, 2);
      for (let i = 0; i < toks.length; i++) {
        if (!toks[i].cap || (toks[i].start < datelineEnd && toks[i].start >= datelineStart)) continue;
        // Demonyms often describe the actors ("Ugandan rebels"), not the place: they weigh less.
        // ("U.S.-backed fighters", "Iranian-backed militias": a sponsor, not where the story is)
        if (toks[i + 1]?.text === "-" && placeCues?.sponsorWords.has(toks[i + 2]?.norm ?? "")) continue;
        const dem = reg.demonym(toks[i].text, locale);
        if (dem) {
          vote(dem, w / 2);
          continue;
        }
        // longest capitalised run that names a country: "Burkina Faso", "Democratic Republic of Congo"
        for (let j = Math.min(toks.length - 1, i + 5); j >= i; j--) {
          // ("South Sudan’s government": the possessive names the country too)
          const name = article.text.slice(toks[i].start, toks[j].end).replace(/['’]s$/u, "");
          const c = gaz.country(name);
          if (c) {
            // ("U.S.-backed fighters": a sponsor, not where the story is)
            const sponsor =
              toks[j + 1]?.text === "-" && !!placeCues?.sponsorWords.has(toks[j + 2]?.norm ?? "");
            if (!sponsor) vote(c.name, w);
            i = j;
            break;
          }
        }
      }
    });
    // ("GENEVA (Reuters) - The number of people displaced by conflict in Sudan ...": a dateline in a
    // country the text never names again is where the reporter sits; the country the text names wins)
    if (
      dateline &&
      votes.get(dateline.country) === 2 &&
      [...votes].some(([c, n]) => c !== dateline?.country && n >= 2)
    )
      votes.delete(dateline.country);
    let best = 0;
    // Ties go to the country named first (the dateline, the headline).
    for (const [c, n] of votes) if (n > best) [country, best] = [c, n];
  }
  // "BAMAKO, May 12 (AFP) -": a wire story written on the dateline's day tells its weekdays from that
  // day, even when it is published (or re-posted) a few days later.
  let published = article.published ?? null;
  if (m && published) {
    const told = findDates(article.text, 0, m[0].length, published, locale).find(
      (d) => d.precision === 1 && !d.relative && !d.yearOnly && d.date <= (published as string),
    );
    const days = told ? (Date.parse(published) - Date.parse(told.date)) / 86400000 : Number.POSITIVE_INFINITY;
    if (told && days > 0 && days <= 14) published = told.date;
  }
  return {
    locale,
    published,
    country,
    dateline,
    datelineEnd: m ? m[0].length : 0,
    datelineState,
    // A dateline town is a near point for homonyms, unless it is the capital, from which reporters
    // cover the whole country.
    places: dateline && dateline.kind !== "country" && dateline.feature !== "P.PPLC" ? [dateline] : [],
    mentions: [],
    pending: [],
    // (set later by the sentence loop: present from the start so that every context has one shape, and
    // the functions that read it see one hidden class, not one per order in which articles set them)
    lastDate: undefined,
    sectionDate: undefined,
    scenePlace: undefined,
    sectionPlace: undefined,
    sentenceDate: undefined,
    knownPlaces: undefined,
  };
}

/** Runs the deferred place searches in order until `done`, then sorts the places found. */
export function runPendingUntil(ctx: Context, done: () => boolean): void {
  while (ctx.pending.length && !done()) ctx.pending.shift()?.run();
  ctx.mentions.sort((a, b) => a.start - b.start);
}
