/**
 * How a locale names places (src/locales/<locale>/places.json): the words around a place name that
 * the place finder reads, compiled once per locale into sets in the tokens' folded form.
 */
import { normName } from "../geo/normalize.js";
import { type Locale, readLocaleJson } from "../locales/index.js";
import { foldKey } from "../text/normalize.js";
import { PhraseMatcher } from "../text/phrase-matcher.js";

export interface PlaceCues {
  /** Words after which a capitalised name is a place: "in", "at", "near" ... */
  prepositions: Set<string>;
  /** Destination/origin words ("to", "from"): their places count only when nothing better is named. */
  weak?: Set<string>;
  /** "X area of CITY": part-of-town words after which the city is the place. */
  subareas?: Set<string>;
  /** Of those, the ones that make the place approximate. */
  near: Set<string>;
  /** Nouns that introduce or follow a place name: "village of X", "X region". */
  kinds: Set<string>;
  /** Capitalised words that are never places (months, weekdays, titles). */
  stop: Set<string>;
  /** Name-internal lower-case connectors ("Tala wa Barfak", "Bobo-Dioulasso", "Dar es Salaam"). */
  connectors: Set<string>;
  /** Words that may stand between the preposition and the name ("in northern Mali"). */
  modifiers: Set<string>;
  /** Kind words that name an administrative unit ("Mopti region", "cercle of Niono"). */
  adminKinds: Set<string>;
  /** Kind words of units that are no kinds elsewhere ("North Wollo zone"): a name followed by one,
   * right after a place and "in", is that place's unit ("near Woldia in North Wollo zone"). */
  unitSuffixes: Set<string>;
  /** "hall", "council": nouns that make "the city hall" a compound, no reference to the town named before. */
  townCompounds: Set<string>;
  /** "speaking outside the hospital": where a speaker stands. */
  speechWords: Set<string>;
  /** Verbs that address or blame a government, named by its capital, right after them or after "on"/"to"
   * ("calling on Washington to stop", "accusant Kigali de soutenir"): no place of the event. */
  addressees: Set<string>;
  /** "according", "selon": before a capital named alone, right before punctuation, the government as a source. */
  sourcedBy: Set<string>;
  /** "on", "to": between a verb of addressing and the capital addressed ("appealed to Paris"). */
  addressLinks: Set<string>;
  /** Words that tell a road by its towns ("linking", "reliant"): the town after one is the road's, ranked
   * after a town named as such. */
  roadLinks: Set<string>;
  /** Words of an origin ("en provenance de", "coming from"): the place named a few words on is where people
   * or goods came from, used only when nothing better is named. */
  origins: Set<string>;
  /** "préfecture", "governorate": offices that speak for a place, after a word of reporting. */
  authorities: Set<string>;
  /** "Sadar": the seat's subdivision after a town's name ("Bogura Sadar upazila"). */
  seatSuffixes: Set<string>;
  /** Nouns after which "of X" names a place ("the streets of Sikasso", "control of Kala"). */
  ofNouns: Set<string>;
  /** Nouns of "of X" that, capitalised inside a sentence, open an organisation's name ("the Economic
   * Community of the States of West Africa"), not a place kind. */
  organisationNouns: Set<string>;
  /** Words that play the role of "of" ("de", "du", "d'" in French): "region of X", "région de X". */
  of: Set<string>;
  /** Nouns for "capital" ("the capital of Niger" is Niamey). */
  capital: Set<string>;
  /** Seats of a national power that stand in the capital: "Kenya's parliament" is in Nairobi. */
  seatsOfPower: Set<string>;
  /** Words that join the items of a list of places ("and", "or"; "et", "ou"). */
  and: Set<string>;
  /** Verbs whose object may be a place: "entered Mansila", "shelled Kansafra". */
  objectVerbs: Set<string>;
  /** Nouns of sites inside a town, after its name: "the Inata mine", "Pouytenga students". */
  sites: Set<string>;
  /** Words before "as" that designate the coded place: "(coded as Kadiolo at geoprecision 2)". */
  designators: Set<string>;
  /** Words before a place's preposition that make it the precise place ("Diabaly, précisément à X"). */
  specifiers: Set<string>;
  /** Words of a people or a faith written with a capital ("a Black church"): never a town before a noun. */
  peoples: Set<string>;
  /** Lower-case kind words written before a street's or a site's name ("le pont Saint-Louis"), as written. */
  siteKindsBefore: Set<string>;
  /** Titles whose place is the person's, not the event's: "the mayor of Boni", "the Boni village chief". */
  titles: Set<string>;
  /** Demonyms, lower-case ("malian"): a people, never an unknown village. */
  demonyms: Set<string>;
  /** Demonym (folded) -> its country: "the Malian capital" is Mali's capital. */
  demonymCountries: Map<string, string>;
  /** Plural place nouns that announce a list ("the villages of Boga and Tchabi"). */
  pluralKinds: Set<string>;
  /** Words of organisations and institutions, never in an unknown village's name ("Movement"). */
  notNames: Set<string>;
  /** Words that name a level of the state before a word of forces or offices ("Federal police"). */
  stateLevels: Set<string>;
  /** "the border with Niger", "la frontière du Nigeria": a country named as a border, not a place. */
  borders: Set<string>;
  /** Units of distance: "20 km from Abeibara" names a place near which the event happened, not an origin. */
  distances: Set<string>;
  /** Words inside brackets after a name that say the place is not known: "Npitimango [location unknown]". */
  unknown: Set<string>;
  /** Nouns of people before "of X" ("residents of X"): X is their home, ranked after prepositions. */
  residents: Set<string>;
  /** People who tell the news: "a civil society leader in the Beni territory" is the speaker's place. */
  speakers: Set<string>;
  /** Nouns of a source of the news: a place right after one is the source's ("a military source in Bangui"). */
  sourceNouns: Set<string>;
  /** Words of medical care: a place right after one is where the wounded were taken ("treatment in Akure"). */
  careWords: Set<string>;
  /** Sites of care ("hospitals in Maiduguri"): the town after one, past the words of dying or wounds
   * of the clause, is where the dead died or the wounded lie, not where the event happened. */
  careSites: Set<string>;
  /** Words of dying or wounds that lead to a site of care ("died of their wounds in hospitals in X"). */
  careDeaths: Set<string>;
  /** Kind words written in several words ("Local Government Area" is an "lga"), by first word. */
  kindPhrases: Map<string, Array<{ words: string[]; kind: string }>>;
  /** Prepositions of containment ("Kadawa in Tsafe LGA"): the name after one says where a place lies. */
  within: Set<string>;
  /** Prepositions of a destination ("to the rebel-held town of Kidal"). */
  destinations: Set<string>;
  /** Words of natural features that open or close a name ("Lake Chad", "Sambisa Forest"). */
  features: Set<string>;
  /** Kind words of units below a region: "the Laman area of Qala I Naw district" is a locality. */
  localUnits: Set<string>;
  /** Words that may stand between a place and a town it is said to be near ("Yorsala, located some
   * 10 km from Titao"): with the near words, distances, kinds and modifiers, such a town places it. */
  nearLinks: Set<string>;
  /** Kind words of an area without a point ("the Yorsala area"): given near a town, the town is coded. */
  vagueKinds: Set<string>;
  /** Nouns of a heading: "in the direction of X" names a destination. */
  headings: Set<string>;
  /** Kind words of parts of a town ("Roseiral neighbourhood", "Ngamia Road"): without a unit given, the
   * town named around them is the place. */
  cityParts: Set<string>;
  /** Verbs whose subject, a name with no place's preposition, is a government ("whom Kinshasa armed"). */
  governmentVerbs: Set<string>;
  /** Participles before "by" and a name that make it a government ("financed by Kinshasa"). */
  governmentParticiples: Set<string>;
  /** What befalls a person right after a name ("Pryor was shot"), as word lists: the name is a person's. */
  personDeeds: string[][];
  /** Verbs of taking the wounded somewhere ("transferred to", "evacué vers"): a place a few words on is
   * where they were treated, not where the event happened. */
  careTransfers: string[][];
  /** Words after a compass word that name a part of a city ("the West Side"), never a town. */
  citySides: Set<string>;
  /** Ordinal words: they open names of units and bodies ("the Third Precinct"), never a town's. */
  ordinals: Set<string>;
  /** Words of a town's quarters, which no road or street is ("the Phillips neighborhood", "le quartier"). */
  neighbourhoods: Set<string>;
  /** Continents and world regions ("Asia", "West Africa"): never a town of that name. */
  continents: Set<string>;
  /** Kind words of camps: a camp the gazetteer lacks, named in a story set in a town ("the Abu Shouk
   * camp" after "El Fasher"), lies near the last town named. */
  camps: Set<string>;
  /** Kind words of a village: "the village of La Toma, Suarez (Cauca)" is the village in the municipality. */
  villages: Set<string>;
  /** Kind words of a village written with a capital before its name ("in Barangay Taruk"). */
  titledKinds: Set<string>;
  /** Words between a camp's name and its kind word that say who lives there ("the Plaine Savo IDP camp"). */
  campQualifiers: Set<string>;
  /** "the city", "the town" without a name: the last town named. */
  townNouns: Set<string>;
  /** Articles written in lower case and joined by a hyphen to a name ("al-Bukamal"): the name is one. */
  articles: Set<string>;
  /** Definite articles: "in the Soum" names the province, not a village of that name. */
  definite: Set<string>;
  /** Words after a name and a hyphen that make it a sponsor ("U.S.-backed", "Saudi-led"), not a place. */
  sponsorWords: Set<string>;
  /** Words of rivers after a name ("the Dnipro river"): the river, not the town of that name. */
  waterways: Set<string>;
  /** "the left bank of the Dnipro": a river's side before "of the" and the river's name. */
  riverBanks: Set<string>;
  /** Indefinite articles: "Rubaya, a mining town": an apposition that says what a name is. */
  indefinite: Set<string>;
  /** Road nouns: "blocked the Kaduna-Abuja highway" names a road by its towns. */
  roads: Set<string>;
  /** "hostile", "allied", "alliés": a place after "hostile to", "allied to" is what words or groups are
   * aimed at or stand with, not where. */
  hostile: Set<string>;
  /** Nouns of armed or organised groups: an unknown name just before one ("Security Belt forces") is the group's. */
  actorNouns: Set<string>;
  /** Nouns of a force's office after a place's name ("the Kaduna State Police Command"): the place is the
   * command's seat, not where the event was. */
  institutionNouns: Set<string>;
  /** Buildings named after their town past a few lower-case words ("the Misrata municipal council
   * headquarters"): the town is where what befell the building happened. */
  buildingSites: Set<string>;
  /** Buildings named after a person ("le lycée Jean-Moulin de Corte"): after one, "de" ends the person's
   * name and opens the town's. */
  personNamedSites: Set<string>;
  /** Places of custody ("jail", "prison", "detention"): where people arrested were taken is no place of the event. */
  custodySites: Set<string>;
  /** Sites named after their town and another name joined by a hyphen ("l'aéroport Nice-Côte d'Azur"). */
  hyphenSites: Set<string>;
  /** Words of taking or holding people before a place of custody ("taken to", "held at", "transférés"). */
  custodyVerbs: Set<string>;
  /** Counts shared out between towns ("two in Lumio and one in Calvi"): the towns are a list, one event each. */
  shareCounts: Set<string>;
  /** Titles before a person's name ("President Mainassara"): the name after one is a person. */
  personTitles: Set<string>;
  /** Months and weekdays: a name one letter from one ("On Octobr 5") is a misspelt date. */
  calendar: Set<string>;
  /** Names of languages ("English"): never a town of that name. */
  languages: Set<string>;
  /** Words that open a street's name ("Calle 26", "Avenida Brasil"): no town. */
  streetPrefixes: Set<string>;
  /** Nouns of one person ("minister", "nurse"): "a Durham minister" names the person's home. */
  persons: Set<string>;
  /** Verbs of speaking after such a person ("said", "told"). */
  personSpeech: Set<string>;
  /** Months written short ("Jan", "janv"): before a full stop or a day's number, a date. */
  monthAbbreviations: Set<string>;
  /** The press's short forms of states and provinces ("S.C.", "Ore.", "MN"), as written, to the unit's name. */
  stateAbbreviations: Map<string, string>;
  /** Buildings, squares and short names that stand for one city ("White House", "D.C."), by normalised name. */
  landmarks: Map<string, { town: string; country: string }>;
  /** Adjectives of a town's people, folded, to the town ("rennais": Rennes). */
  townAdjectives: Map<string, string>;
  /** Nouns of a gathering after which such an adjective places it ("le cortège rennais"). */
  townAdjectiveNouns: Set<string>;
  /** Adverbs that open a sentence's setting ("Elsewhere on Mindanao, ..."): the wider scene. */
  setting: Set<string>;
  /** Words after a name that make it a person's ("fired on Jose Ulcue as he left", "X, who"), by words. */
  personAfter: string[][];
  /** Verbs of going right before a preposition ("se rendait à Djibo"): the place is a destination. */
  travelVerbs: Set<string>;
  /** "converged on Paris", "ont convergé vers Paris": the place a crowd heads to is where it gathers. */
  convergeVerbs: Set<string>;
  /** "Kyiv was the main target", "Kharkiv was hit": words after a town that opens its sentence and is
   * struck, folded and joined by spaces. */
  struckSubjects: PhraseMatcher<true>;
  /** "Elgin Street", "rue de Paris": kind words of a street, whose name is no town's. */
  streetKinds: Set<string>;
  /** "the Palestine Solidarity Committee": words after a place's name that make it a cause, not a seat. */
  causeWords: Set<string>;
  /** "Vieux-Lyon", "Grand-Dakar": words of age or size that open a hyphenated name of a town's part. */
  namePrefixes: Set<string>;
  /** "Westlake Park", "Pine Street", "Orangi Town": last words of the name of a city's part. */
  citySites: Set<string>;
  /** Names written with "and" inside ("Jammu and Kashmir"), folded: "and" does not split them into a list. */
  andNames: Set<string>;
}

const placeCueCache = new Map<Locale, PlaceCues>();

/** A lexicon list in the tokens' form (lower case, no diacritics: "localités" is "localites"). */
const phraseSet = (xs: string[] | undefined) => {
  const m = new PhraseMatcher<true>();
  for (const x of xs ?? []) m.add(x, true);
  return m;
};
const folded = (xs: string[] | undefined) => new Set((xs ?? []).map((x) => foldKey(x)));

/** A locale's place phrases (src/locales/<locale>/places.json), compiled once. */
export function placeCues(locale: Locale): PlaceCues {
  let c = placeCueCache.get(locale);
  if (!c) {
    const raw = readLocaleJson<Record<string, string[] | undefined>>(locale, "places.json");
    // (the file's maps, read as such: town adjectives, landmarks "Town|Country", state short forms by country)
    const maps = readLocaleJson<{
      townAdjectives?: Record<string, string>;
      landmarks?: Record<string, string>;
      stateAbbreviations?: Record<string, Record<string, string>>;
    }>(locale, "places.json");
    c = {
      prepositions: folded(raw.prepositions),
      near: folded(raw.near),
      kinds: folded(raw.kinds),
      stop: folded(raw.stop),
      connectors: folded(raw.connectors),
      modifiers: folded(raw.modifiers),
      ofNouns: folded(raw.ofNouns),
      organisationNouns: folded(raw.organisationNouns ?? []),
      of: folded(raw.of ?? ["of"]),
      and: folded(raw.and ?? ["and", "or"]),
      capital: folded(raw.capital ?? ["capital"]),
      seatsOfPower: folded(raw.seatsOfPower ?? []),
      adminKinds: folded(raw.adminKinds),
      unitSuffixes: folded(raw.unitSuffixes ?? []),
      townCompounds: folded(raw.townCompounds ?? []),
      speechWords: folded(raw.speechWords ?? []),
      authorities: folded(raw.authorities ?? []),
      addressees: folded(raw.addressees ?? []),
      addressLinks: folded(raw.addressLinks ?? []),
      roadLinks: folded(raw.roadLinks ?? []),
      origins: folded(raw.origins ?? []),
      sourcedBy: folded(raw.sourcedBy ?? []),
      seatSuffixes: folded(raw.seatSuffixes ?? []),
      weak: folded(raw.weak ?? []),
      subareas: folded(raw.subareas ?? []),
      objectVerbs: folded(raw.objectVerbs ?? []),
      sites: folded(raw.sites ?? []),
      designators: folded(raw.designators ?? []),
      specifiers: folded(raw.specifiers ?? []),
      peoples: folded(raw.peoples ?? []),
      siteKindsBefore: new Set(raw.siteKindsBefore ?? []),
      titles: folded(raw.titles ?? []),
      pluralKinds: folded(raw.pluralKinds ?? []),
      notNames: folded(raw.notNames ?? []),
      stateLevels: folded(raw.stateLevels ?? []),
      borders: folded(raw.borders ?? []),
      distances: folded(raw.distances ?? []),
      unknown: folded(raw.unknown ?? []),
      localUnits: folded(raw.localUnits ?? []),
      features: folded(raw.features ?? []),
      andNames: folded(raw.andNames ?? []),
      travelVerbs: folded(raw.travelVerbs ?? []),
      convergeVerbs: folded(raw.convergeVerbs ?? []),
      citySites: folded(raw.citySites ?? []),
      namePrefixes: folded(raw.namePrefixes ?? []),
      streetKinds: folded(raw.streetKinds ?? []),
      causeWords: folded(raw.causeWords ?? []),
      struckSubjects: phraseSet(raw.struckSubjects),
      destinations: folded(raw.destinations ?? []),
      within: folded(raw.within ?? []),
      nearLinks: folded(raw.nearLinks ?? []),
      vagueKinds: folded(raw.vagueKinds ?? []),
      headings: folded(raw.headings ?? []),
      cityParts: folded(raw.cityParts ?? []),
      neighbourhoods: folded(raw.neighbourhoods ?? []),
      ordinals: folded(raw.ordinals ?? []),
      citySides: folded(raw.citySides ?? []),
      governmentVerbs: folded(raw.governmentVerbs ?? []),
      governmentParticiples: folded(raw.governmentParticiples ?? []),
      personDeeds: (raw.personDeeds ?? []).map((p: string) => p.split(/\s+/u).map((w) => foldKey(w))),
      careTransfers: (raw.careTransfers ?? []).map((p: string) => p.split(/\s+/u).map((w) => foldKey(w))),
      continents: folded(raw.continents ?? []),
      camps: folded(raw.camps ?? []),
      villages: folded(raw.villages ?? []),
      titledKinds: folded(raw.titledKinds ?? []),
      campQualifiers: folded(raw.campQualifiers ?? []),
      townNouns: folded(raw.townNouns ?? []),
      articles: folded(raw.articles ?? []),
      definite: folded(raw.definite ?? []),
      indefinite: folded(raw.indefinite ?? []),
      waterways: folded(raw.waterways ?? []),
      riverBanks: folded(raw.riverBanks ?? []),
      sponsorWords: folded(raw.sponsorWords ?? []),
      roads: folded(raw.roads ?? []),
      hostile: folded(raw.hostile ?? []),
      actorNouns: folded(raw.actorNouns ?? []),
      institutionNouns: folded(raw.institutionNouns ?? []),
      buildingSites: folded(raw.buildingSites ?? []),
      personNamedSites: folded(raw.personNamedSites ?? []),
      custodySites: folded(raw.custodySites ?? []),
      hyphenSites: folded(raw.hyphenSites ?? []),
      custodyVerbs: folded(raw.custodyVerbs ?? []),
      shareCounts: folded(raw.shareCounts ?? []),
      personTitles: folded(raw.personTitles ?? []),
      calendar: folded(raw.calendar ?? []),
      languages: folded(raw.languages ?? []),
      streetPrefixes: folded(raw.streetPrefixes ?? []),
      persons: folded(raw.persons ?? []),
      personSpeech: folded(raw.personSpeech ?? []),
      monthAbbreviations: folded(raw.monthAbbreviations ?? []),
      townAdjectives: new Map(Object.entries(maps.townAdjectives ?? {})),
      townAdjectiveNouns: folded(raw.townAdjectiveNouns ?? []),
      landmarks: new Map(
        Object.entries(maps.landmarks ?? {}).map(([k, v]) => {
          const [town, country] = v.split("|");
          return [normName(k), { town, country }];
        }),
      ),
      stateAbbreviations: new Map(
        Object.values(maps.stateAbbreviations ?? {}).flatMap((m) => Object.entries(m)),
      ),
      setting: folded(raw.setting ?? []),
      personAfter: (raw.personAfter ?? []).map((x: string) => x.split(" ").map((w) => foldKey(w))),
      kindPhrases: kindPhrases(
        readLocaleJson<{ kindPhrases?: Record<string, string> }>(locale, "places.json").kindPhrases ?? {},
      ),
      speakers: folded(raw.speakers ?? []),
      sourceNouns: folded(raw.sourceNouns ?? []),
      careWords: folded(raw.careWords ?? []),
      careSites: folded(raw.careSites ?? []),
      careDeaths: folded(raw.careDeaths ?? []),
      residents: folded(raw.residents ?? []),
      demonyms: new Set(
        Object.keys(
          readLocaleJson<{ demonyms?: Record<string, string> }>(locale, "demonyms.json").demonyms ?? {},
        ).map((d) => foldKey(d)),
      ),
      demonymCountries: new Map(
        Object.entries(
          readLocaleJson<{ demonyms?: Record<string, string> }>(locale, "demonyms.json").demonyms ?? {},
        ).map(([d, c]) => [foldKey(d), c]),
      ),
    };
    placeCueCache.set(locale, c);
  }
  return c;
}

/** Multi-word kind phrases grouped by their first word, longest first. */
function kindPhrases(raw: Record<string, string>): PlaceCues["kindPhrases"] {
  const out: PlaceCues["kindPhrases"] = new Map();
  for (const [phrase, kind] of Object.entries(raw)) {
    const words = phrase.split(/\s+/).map((w) => foldKey(w));
    const list = out.get(words[0]) ?? [];
    list.push({ words, kind: foldKey(kind) });
    list.sort((a, b) => b.words.length - a.words.length);
    out.set(words[0], list);
  }
  return out;
}
