import { readFileSync } from "node:fs";
import { foldKey } from "../text/normalize.js";
import { PhraseMatcher } from "../text/phrase-matcher.js";

/** The event cues the shared coder understands; every locale maps its own words onto them. */
export type Cue =
  | "clash"
  | "attack"
  | "ambush"
  | "kill"
  | "injure"
  | "beat"
  | "abduct"
  | "sexual"
  | "air"
  | "shell"
  | "ied"
  | "suicide"
  | "grenade"
  | "chemical"
  | "protest"
  | "intervene"
  | "lethal_force"
  | "riot"
  | "mob"
  | "agreement"
  | "arrest"
  | "deploy"
  | "weapons"
  | "destroy"
  | "takeover"
  | "retake"
  | "coup"
  /** a mutiny: soldiers or police rising against their command (a riot unless they take power or towns) */
  | "mutiny"
  | "base"
  /** aircraft and drones: an air strike when they attack, kill or bomb. */
  | "aircraft"
  /** blocked/closed: a riot when a crowd blocks roads or traffic. */
  | "block"
  /** shots fired into the air: state forces dispersing a crowd intervene; anyone else riots. */
  | "air_shots"
  /** freed/released: hostages or abductees set free (strategic development) when captives are named. */
  | "release"
  /** gathered/assembled: a protest when the sentence says what the people demand, else nothing. */
  | "gather"
  /** seize/capture: a takeover when the object is a place, looting when it is goods. */
  | "seize"
  /** confronted: a clash, but forces who confront a crowd only intervene (no riot). */
  | "confront";

export type Locale = "en" | "fr";
export const LOCALES: readonly Locale[] = ["en", "fr"];

interface TriggerFile {
  cues: Record<Cue, string[]>;
  hedges: string[];
  negations: string[];
  statistics: string[];
  goods: string[];
  placeObjects: string[];
  properNouns?: string[];
  backReferences?: string[];
  crowdNouns?: string[];
  speechVerbs?: string[];
  speechAux?: string[];
  modals?: string[];
  opponents?: string[];
  heldWords?: string[];
  chargeLinks?: string[];
  eruptions?: string[];
  perfectParticiple?: string[];
  courtWords?: string[];
  peaceWords?: string[];
  truceWords?: string[];
  blameVerbs?: string[];
  /** Verbs of an inquiry right after a side ("police are investigating"): who investigates is no side. */
  investigationVerbs?: string[];
  until?: string[];
  eventNouns?: string[];
  gatheringNouns?: string[];
  /** Verbs of a crowd breaking up, the crowd words that may be their subject, and the words after them that
   * name who broke it up ("the crowd dispersed by mid-afternoon" is no intervention; "dispersed by police"
   * is). */
  dispersalVerbs?: string[];
  crowdSubjects?: string[];
  dispersalAgents?: string[];
  /** Past verbs that tell a gathering happened ("took place", "was held", "attended"). */
  pastHappenings?: string[];
  /** Words after a share that make it one a crowd asks for or fights ("a 15 per cent pay rise"): no statistic. */
  demandedShares?: string[];
  mobWeapons?: string[];
  captives?: string[];
  since?: string[];
  executions?: string[];
  raids?: string[];
  arms?: string[];
  attempts?: string[];
  /** Words of every one of a kind ("every", "chaque"): "à chaque manifestation" tells a habit. */
  distributives?: string[];
  demands?: string[];
  siteApproaches?: string[];
  gatheringPurposes?: string[];
  seatsOfPower?: string[];
  involvement?: string[];
  weWords?: string[];
  subjectPronouns?: string[];
  buildings?: string[];
  objectEnds?: string[];
  backgroundPrepositions?: string[];
  backgroundAdjectives?: string[];
  inEffect?: string[];
  /** Reflexive pronouns: "injured himself" tells no violence done to him by another. */
  reflexives?: string[];
  yearPrepositions?: string[];
  strikeWords?: string[];
  strikeNouns?: string[];
  strikeOwners?: string[];
  meansVerbs?: string[];
  seriesWords?: string[];
  allegedly?: string[];
  deathStates?: string[];
  additive?: string[];
  perfectAux?: string[];
  bodyWords?: string[];
  dyingWords?: string[];
  woundNouns?: string[];
  careSites?: string[];
  turnWords?: string[];
  tallyVerbs?: string[];
  labelVerbs?: string[];
  findings?: string[];
  rescueWords?: string[];
  siegeWords?: string[];
  toDeathVerbs?: string[];
  politicalWords?: string[];
  bareBlasts?: string[];
  during?: string[];
  blockWords?: string[];
  ongoingVerbs?: string[];
  tollSubjects?: string[];
  tollVerbs?: string[];
  toDeath?: string[];
  robWords?: string[];
  relatives?: string[];
  progressiveAux?: string[];
  pluperfectAux?: string[];
  victimWords?: string[];
  objectStarts?: string[];
  firearms?: string[];
  hedgedTolls?: string[];
  /** A coder's note of the toll coded ("Fatalities coded as 7", "coded at low estimate of 3"): the count after it is the event's. */
  codedTolls?: string[];
  /** "to end", "to stop": an event word right after one is what someone wants to end, not an event told. */
  endPurposes?: string[];
  /** "families", "widows": before "of" and a killing participle ("families of martyred officers"), the dead of another day. */
  bereaved?: string[];
  /** Prepositions that open a complement of an event noun ("attacks on the SDF have continued"). */
  complementPrepositions?: string[];
  /** "he", "she": one person, as the subject of a passive arrest ("after he was arrested"). */
  singularPronouns?: string[];
  /** "condemned the": the event after one was told before, unless the condemnation is the first to tell it, with its day. */
  condemnations?: string[];
  /** "to the area", "to the scene": forces sent there after the event told are its sequel. */
  toTheScene?: string[];
  followWords?: string[];
  /** "is unlikely", "is expected": right after an event noun, a forecast, not an event. */
  predictions?: string[];
  /** Words that split a coded toll between several events ("Fatalities split between 2 events"). */
  tollSplits?: string[];
  charges?: string[];
  exclusions?: string[];
  reporting?: string[];
  roadObjects?: string[];
  armedTargets?: string[];
  thingTargets?: string[];
  aidWords?: string[];
  sameArea?: string[];
  /** A regular expression matching past-tense verb forms ("attacked", "a attaqué"). */
  pastVerb?: string;
  /** A regular expression matching future-tense verb forms ("partira", "se rassembleront"). */
  futureVerb?: string;
  anaphora?: string[];
  topicMarkers?: string[];
  sequels?: string[];
  durations?: string[];
  attributions?: string[];
  allegedMembership?: string[];
  militaryVehicles?: string[];
  civilianVehicles?: string[];
  riotWords?: string[];
  sourceWords?: string[];
  offTopic?: string[];
  disasters?: string[];
  riotUnits?: string[];
  figurativeCombat?: string[];
  figurativeAims?: string[];
  figurativeTargets?: string[];
  /** Things an attack may be aimed at only in words ("attacked the decision", "an attack on our savings"). */
  abstractTargets?: string[];
  forcesOfNature?: string[];
  armedBackNouns?: string[];
  callsToAct?: string[];
  announcements?: string[];
  unrealised?: string[];
  forceDenials?: string[];
  fireworks?: string[];
  mortarWords?: string[];
  linkLabels?: string[];
  occupiedSites?: string[];
  similes?: string[];
  analysisLabels?: string[];
  collaborations?: string[];
  affiliations?: string[];
  backgroundAppositions?: string[];
  formerWords?: string[];
  pursuitParticiples?: string[];
  summaryMarkers?: string[];
  habitualDeeds?: string[];
  /** A present of what usually happens ("is regularly", "are often"): a clause that tells no event. */
  habits?: string[];
  /** Words of a recap's opening ("retour sur", "here is what happened"): its event words name what follows. */
  recapOpeners?: string[];
  /** Words that call a crowd's action ("called a shutdown"): with a coming day in the sentence, the action is
   * the one called for. */
  plannedCalls?: string[];
  compoundHeads?: string[];
  /** Prepositions of place and the determiners after them: a participle of destruction next to the noun
   * they open ("devant la permanence incendiée", "outside the torched office") tells the site's state. */
  sitePrepositions?: string[];
  siteDeterminers?: string[];
  personQualifiers?: string[];
  crowdCounts?: string[];
  privateViolence?: string[];
  mourning?: string[];
  timeWords?: string[];
  locators?: string[];
  mournedOf?: string[];
  mourningVerbs?: string[];
  burialVerbs?: string[];
  definites?: string[];
  quotedKinds?: string[];
  crowdCrushes?: string[];
  strikeVerbs?: string[];
  summaryHeadings?: string[];
  countNouns?: string[];
  woundedPeople?: string[];
  incidentNouns?: string[];
}

/** A locale's compiled lexicons: built once, shared by every document. */
export interface LocaleLexicon {
  locale: Locale;
  cues: PhraseMatcher<Cue>;
  hedges: PhraseMatcher<true>;
  negations: Set<string>;
  statistics: PhraseMatcher<true>;
  /** Objects of seize/capture that make it looting ("seized livestock"). */
  goods: Set<string>;
  /** Objects that make it a takeover ("captured the town"). */
  placeObjects: Set<string>;
  /** Capitalised words that are names, never cues ("March", "May"). */
  properNouns: Set<string>;
  /** Nouns that, after "the", refer back to the attackers already named ("the assailants"). */
  backReferences: Set<string>;
  /** Beginnings of the words after a number that make it a crowd ("hundreds of people", "des centaines de"). */
  crowdNouns: string[];
  /** Verbs of speech right after a name that make it the source of the news ("activists said"). */
  speechVerbs: Set<string>;
  /** Auxiliaries before a speech verb ("ont raconté", "have said"). */
  speechAux: Set<string>;
  /** Modal verbs: after an event noun they tell what may come ("attacks will continue"). */
  modals: Set<string>;
  /** Words before two sides joined by "and" that make them opponents ("clashes between X and Y"). */
  opponents: Set<string>;
  /** Arrest words that also mean "took place" ("a rally was held"): an arrest only with a person held. */
  heldWords: Set<string>;
  /** "arrested five men for Wednesday's attack": after an arrest, the word that links it to what they are held for. */
  chargeLinks: Set<string>;
  /** Verbs right after an event noun that make it a happening ("riots broke out"), not a situation. */
  eruptions: Set<string>;
  /** "having": a move told with it ("the mission having withdrawn") is background. */
  perfectParticiple: Set<string>;
  /** Words of a court's judgment: the violence of their sentence is the crime judged. */
  courtWords: PhraseMatcher<true>;
  /** Words of a settlement between sides of a conflict: an agreement needs one, or an armed group. */
  peaceWords: Set<string>;
  /** Words of a truce between fighters ("ceasefire", "trêve"): one told with no place, days after fighting, is agreed where they fought. */
  truceWords: Set<string>;
  /** Verbs of blaming right after a side ("police blamed insurgents"): the blamers are no side. */
  blameVerbs: Set<string>;
  investigationVerbs: Set<string>;
  /** "until": a date after it is when what was told ended, not an event's day. */
  until: Set<string>;
  /** Plural nouns of events: a number before one counts events ("killed in two attacks"). */
  eventNouns: Set<string>;
  /** Nouns of a gathering as an event ("rally", "demonstration"), not of its people: the setting of a deed
   * done to it from outside ("attacked participants at a rally"). */
  gatheringNouns: Set<string>;
  dispersalVerbs: Set<string>;
  crowdSubjects: Set<string>;
  dispersalAgents: Set<string>;
  pastHappenings: Set<string>;
  demandedShares: Set<string>;
  /** A mob's weapons ("stones", "sticks"): unknown men fighting with them are a mob. */
  mobWeapons: Set<string>;
  /** Words for people held ("hostages", "abductees", "otages"): what makes "freed" a release of captives. */
  captives: Set<string>;
  /** "since", "depuis": a date after one starts a situation and dates no event. */
  since: Set<string>;
  /** Words of an execution or an assassination: the victim is someone held or targeted, not a combatant in a fight. */
  executions: Set<string>;
  /** Raid and search words ("raided", "searched"): security forces doing them hurt nobody by themselves. */
  raids: Set<string>;
  /** Weapons of war ("machetes", "rifles", "exchanged fire"): people who clash with them are armed sides. */
  arms: PhraseMatcher<true>;
  /** "attempted to", "tried to": the deed tried is still an event, not a purpose. */
  attempts: Set<string>;
  /** Words of every one of a kind right before a cue noun: a habit, no event ("every protest"). */
  distributives: Set<string>;
  /** What a gathered crowd demands ("to demand", "in support of"): it makes the gathering a protest. */
  demands: PhraseMatcher<true>;
  /** "outside", "in front of", "devant": what comes next is where a crowd stood. */
  siteApproaches: PhraseMatcher<true>;
  /** Seats of power and of foreign states ("embassy", "parliament", "la préfecture"): a crowd gathered
   * in front of one is there to be heard, a protest. */
  seatsOfPower: PhraseMatcher<true>;
  /** Purposes that make a gathering no protest ("to congratulate him", "pour accueillir"). */
  gatheringPurposes: PhraseMatcher<true>;
  /** "involved in", "took part in": what people arrested are arrested for ("involved in the riots"). */
  involvement: PhraseMatcher<true>;
  /** First-person plural words: in a quote, the speaker's group ("We took control", "nous avons"). */
  weWords: Set<string>;
  /** Third-person subject pronouns ("they", "ils"): opening a sentence, the agent of the one before. */
  subjectPronouns: Set<string>;
  /** Buildings ("offices", "bâtiments"): a people word before one qualifies it ("government buildings"). */
  buildings: Set<string>;
  /** Words that close a noun phrase ("and", "in", "belonging"): the object named before them is whole. */
  objectEnds: Set<string>;
  /** "recover from a coup", "since the coup": prepositions before which an event noun is background. */
  backgroundPrepositions: Set<string>;
  /** "the recent coup", "the failed coup": adjectives of an event named as background. */
  backgroundAdjectives: Set<string>;
  /** "beginning", "enforcement", "starting": an agreement put into effect, not an agreement made. */
  inEffect: Set<string>;
  reflexives: Set<string>;
  /** "in 2021", "depuis 2015": words that date a sentence by a year alone. */
  yearPrepositions: Set<string>;
  /** "strikes", "frappes": air strikes when aircraft are named in the sentence. */
  strikeWords: Set<string>;
  /** "strikes", "frappes": a state's strikes when a demonym names whose ("Israeli strikes killed five"). */
  strikeNouns: Set<string>;
  /** "who allegedly", "qui auraient": words of an accusation in a relative clause. */
  allegedly: Set<string>;
  /** "a series of", "une vague de": words that make the event noun after them several events. */
  seriesWords: Set<string>;
  /** "de l'armée", "by the army", "military": words after (or, for one word, before) a strike noun that
   * make it the forces' strike. */
  strikeOwners: PhraseMatcher<true>;
  /** "used tractors to block", "utilisé des machettes pour tuer": verbs of the means, after which "to" tells
   * what was done, no purpose to come. */
  meansVerbs: Set<string>;
  /** "dead", "morts": a state of death after people names them as the victims. */
  deathStates: Set<string>;
  /** "also", "aussi": a sentence that adds to the event told before (its deaths are more deaths). */
  additive: Set<string>;
  /** "have", "has": a present perfect tells what has been done over time, not the deed of one event. */
  perfectAux: Set<string>;
  /** "bodies", "cadavres": words of the dead found, not of a killing. */
  bodyWords: Set<string>;
  /** "died", "succombé": verbs of dying; before a word of wounds ("died of his wounds", "a succombé à ses
   * blessures") a death of someone hurt in the event told before. */
  dyingWords: Set<string>;
  /** "wounds", "blessures": the wounds someone died of. */
  woundNouns: Set<string>;
  /** "hospital", "hôpital": where the wounded are treated; wounds told there are the toll of an event told. */
  careSites: Set<string>;
  /** "dégénéré": a turn for the worse; followed by fighting ("a dégénéré lundi en affrontements"), what it
   * turned into is the event, no riot of its own. */
  turnWords: Set<string>;
  /** "counted", "a recensé": verbs of a tally; a toll of a hundred or more counted by one is a statistic. */
  tallyVerbs: Set<string>;
  /** "described", "called": after a relative word, who labels the victims ("whom the army described as
   * militants") is no side of the event. */
  labelVerbs: Set<string>;
  /** "buried", "found", "retrouvés": what is done with bodies found after a killing. */
  /** Words of rescue and relief ("evacuate", "secourir"): forces sent for them after a disaster do no
   * deed of war. */
  rescueWords: Set<string>;
  findings: Set<string>;
  /** "blockade", "blocked", "besieged": words of a blockade, which armed men impose without rioting. */
  siegeWords: Set<string>;
  /** "beat", "stoned", "hacked": harming verbs that kill when "to death" follows their victim. */
  toDeathVerbs: Set<string>;
  /** "opposition", "journalist", "leader": words that make one person arrested a political figure. */
  politicalWords: Set<string>;
  /** "exploded", "blast": explosion words that name no bomb (an accident's, with a disaster word). */
  bareBlasts: Set<string>;
  /** "during", "lors": before raids told after an arrest, the arrests' circumstance. */
  during: Set<string>;
  /** "blocked", "barricades": a crowd's blocking, which alone keeps it a protest. */
  blockWords: Set<string>;
  /** "continue", "persist": after event nouns, a situation going on. */
  ongoingVerbs: PhraseMatcher<true>;
  /** "conflict", "insurgency": subjects of a killing in the perfect that make it a cumulative toll. */
  tollSubjects: Set<string>;
  /** "left", "a fait": the verb of a toll told by its noun ("which has left 40 dead", "qui a fait 40 morts"). */
  tollVerbs: Set<string>;
  /** The words that follow the victim of a killing by harm ("to death", "à mort"). */
  toDeath: string[];
  /** "robbed", "stripped", "dépouillé": robbing whose object may be a person (then an attack). */
  robWords: Set<string>;
  /** Relative words: a date after one, past the event's word, dates the relative clause. */
  relatives: Set<string>;
  /** "had", "avait": an abduction told in the pluperfect came before the release told. */
  pluperfectAux: Set<string>;
  /** "are", "is": before a verb in -ing, after a relative word, a situation going on ("who are fighting the ELN"). */
  progressiveAux: Set<string>;
  /** "victim", "victime": the word for the sufferer is never the one who acts. */
  victimWords: Set<string>;
  /** Words that open an object right after a verb ("killed a thief"): the verb is active, not a headline participle. */
  objectStarts: Set<string>;
  /** Shooting words ("opened fire", "ouvert le feu"): unnamed people who shoot are an armed group, not a mob. */
  firearms: PhraseMatcher<true>;
  /** "claimed", "unconfirmed": a toll told as one side's word. */
  hedgedTolls: PhraseMatcher<true>;
  codedTolls: PhraseMatcher<true>;
  endPurposes: PhraseMatcher<true>;
  bereaved: Set<string>;
  complementPrepositions: Set<string>;
  singularPronouns: Set<string>;
  condemnations: PhraseMatcher<true>;
  toTheScene: PhraseMatcher<true>;
  /** "followed", "came after": right after an event noun that refers back ("The unrest followed a calmer
   * protest on Monday"), the noun is the event already told and the sentence tells what came before it. */
  followWords: PhraseMatcher<true>;
  predictions: PhraseMatcher<true>;
  tollSplits: Set<string>;
  /** "guilty of", "charged with": the event words after one are charges in a court, not events. */
  charges: PhraseMatcher<true>;
  /** Phrases whose words are never cues ("dead city", "fight against corruption"). */
  exclusions: PhraseMatcher<true>;
  /** Speech and reporting words: a date beside them dates the report ("said on Tuesday"). */
  reporting: Set<string>;
  /** Objects of "blocked" that make a crowd's action a riot ("blocked the road"). */
  roadObjects: Set<string>;
  /** Objects of an attack that make it a battle ("raided the post"). */
  armedTargets: Set<string>;
  /** Objects of an attack that nobody lives in: with nobody hurt, property destroyed ("an oil pipeline"). */
  thingTargets: Set<string>;
  /** Words that make a convoy or a post civilian ("a WFP convoy", "convoys carrying food"). */
  aidWords: Set<string>;
  /** "in the same area": the place of the event told before. */
  sameArea: PhraseMatcher<true>;
  /** Past-tense verb forms: "residents attacked" (a verb) rather than "the attack" (a noun). */
  pastVerb: RegExp;
  /** Future-tense verb forms: "le cortège partira" tells a march to come. */
  futureVerb: RegExp;
  /** Determiners that make a cue noun refer back to an event already told ("the attack"). */
  anaphora: Set<string>;
  /** Words before a violent cue that make it the topic of a protest ("against the killing"). */
  topicMarkers: Set<string>;
  /** "later", "in retaliation": a clause that tells another happening after the one told before. */
  sequels: PhraseMatcher<true>;
  /** "for years", "has been fighting": a long-running situation, background unless dated. */
  durations: PhraseMatcher<true>;
  /** "planted by", "claimed responsibility": a sentence that credits a group with the event told. */
  /** Words that give someone a group they are said to belong to ("men suspected of belonging to a gang"):
   * the group named after them is no side of the event. */
  allegedMembership: PhraseMatcher<true>;
  attributions: PhraseMatcher<true>;
  /** Words that say the vehicle hit by a bomb was the military's ("army", "convoy", "patrol"). */
  militaryVehicles: Set<string>;
  /** ...or civilians' ("bus", "truck", "cart", "passengers"). */
  civilianVehicles: Set<string>;
  /** Words of a crowd's violence proper ("riot", "unrest", "stones"), as opposed to destruction alone. */
  riotWords: Set<string>;
  /** Words that introduce a source ("according to", "selon"): a date before them is the event's. */
  sourceWords: Set<string>;
  /** Words of sport and entertainment ("scored", "box office"): no event without an armed actor. */
  offTopic: PhraseMatcher<true>;
  /** "floods", "a bus crash", "cholera": deaths and damage a sentence tells with one of these, and no
   * violent deed, are no political violence. */
  disasters: Set<string>;
  /** Words after "riot" that make it the forces facing one ("riot police", "riot gear"). */
  riotUnits: Set<string>;
  /** The disasters list's entries of several words ("after a long illness", "longue maladie"). */
  disasterPhrases: PhraseMatcher<true>;
  /** "battle", "fought": words of combat that, with no armed side, harm or weapon, are a figure of speech. */
  figurativeCombat: Set<string>;
  /** "for", "against": the cause of a figurative battle ("the battle for the state"). */
  figurativeAims: Set<string>;
  /** Social ills fought in figures of speech ("the battle against poverty", "la lutte contre la corruption"). */
  figurativeTargets: Set<string>;
  abstractTargets: Set<string>;
  /** "storm", "flood": forces of nature, whose "attacks" are a disaster's. */
  forcesOfNature: Set<string>;
  /** "the militants", "les miliciens": fighters named again with "the", the group of the event just told. */
  armedBackNouns: Set<string>;
  /** "called on", "appellent à": a call to act, whose protest is to come when the sentence names a coming day. */
  callsToAct: PhraseMatcher<true>;
  /** "announced a", "a décrété un": a strike or a march announced is one to come, no event yet. */
  announcements: PhraseMatcher<true>;
  /** "was called off", "are due to take place", "a été annulée": a crowd's action that did not happen, or has yet to. */
  unrealised: PhraseMatcher<true>;
  /** "sans violence", "without violence": right after a word of force, the force is denied. */
  forceDenials: PhraseMatcher<true>;
  /** "mortiers d'artifice", "fireworks": a story that names them fires fireworks, not shells, when it says "mortars". */
  fireworks: PhraseMatcher<true>;
  /** "mortiers", "mortars": the word a shell of war and a firework's tube share. */
  mortarWords: Set<string>;
  /** "Related:", "Lire aussi :": a line that links to another story tells no event of this one. */
  linkLabels: PhraseMatcher<true>;
  /** Sites a crowd occupies in protest ("the rectorate", "l'amphi"), beside the buildings. */
  occupiedSites: Set<string>;
  /** "like" after a verb: a comparison; people named after it are no side ("fought like soldiers"). */
  similes: Set<string>;
  /** Labels of an analyst's section ("Assessment:", "Analyse :"): a sentence opened by one tells no event. */
  analysisLabels: Set<string>;
  /** Words after which a named side is the one people are said to help ("accused of collaborating with the VDP"). */
  collaborations: PhraseMatcher<true>;
  /** "affiliated to", "affilié à": a group named after one, right after another named group, is that one's
   * network, no side of the event. */
  affiliations: PhraseMatcher<true>;
  /** ", the latest", ", le dernier en date": an apposition that sets the event in its background; who it
   * names is no side of the event. */
  backgroundAppositions: PhraseMatcher<true>;
  /** Words that make someone a past member of the forces named after them ("a former officer of the army"). */
  formerWords: Set<string>;
  pursuitParticiples: Set<string>;
  summaryMarkers: PhraseMatcher<true>;
  habitualDeeds: PhraseMatcher<true>;
  habits: PhraseMatcher<true>;
  recapOpeners: PhraseMatcher<true>;
  plannedCalls: PhraseMatcher<true>;
  compoundHeads: Set<string>;
  sitePrepositions: Set<string>;
  siteDeterminers: Set<string>;
  /** Words after a court's participle that make it describe a person ("jailed former prime minister"). */
  personQualifiers: Set<string>;
  /** "hundreds of", "des centaines": a crowd counted, which a dispersal makes a protest. */
  crowdCounts: PhraseMatcher<true>;
  /** "domestic", "conjugal": harm in a private quarrel, no political violence when no armed group is named. */
  privateViolence: Set<string>;
  /** Funeral and commemoration words: deaths told in their complement ("the funeral of a man killed by
   * soldiers") happened before, they are no event of the sentence. */
  mourning: Set<string>;
  /** Words of a time of day, week, month or year ("night", "Sunday", "month"). */
  timeWords: Set<string>;
  /** "took place", "a eu lieu": after a word that refers back, where the event told happened. */
  locators: PhraseMatcher<true>;
  /** The words that open that complement ("of", "for"). */
  mournedOf: Set<string>;
  /** Verbs of remembrance whose object is the dead of a past event ("to remember the civilians who died"). */
  mourningVerbs: Set<string>;
  /** Verbs of burial whose subject or object is the dead of a killing told elsewhere ("The dead were buried"). */
  burialVerbs: Set<string>;
  /** Definite determiners: "the dead", "their dead", "les corps" refer to dead already known. */
  definites: Set<string>;
  /** Names of kinds of crowd events that writers put in quotation marks ('a silent "white march"', 'une
   * « marche blanche »'): quoted, they still tell what was held, not a speaker's label. */
  quotedKinds: Set<string>;
  /** A crowd's crush ("stampede", "bousculade"): a death in one during a riot or a protest is of the event
   * (counted in its toll), a wound in one is no force used. */
  crowdCrushes: Set<string>;
  /** Verbs that tell an attack only right after armed men named again ("The attackers struck Kalembo late
   * on Tuesday"); elsewhere "struck" is a blast's or a vehicle's. */
  strikeVerbs: Set<string>;
  /** Headings of a report's summary list ("HIGHLIGHTS", "KEY MESSAGES", "FAITS SAILLANTS"): the bullets under
   * one sum up the events the body tells, as a headline does. */
  summaryHeadings: Set<string>;
  /** A count someone made: "by the count of the local police", "selon le décompte de la police". */
  countNouns: Set<string>;
  /** The wounded as people ("Plusieurs blessés ont succombé", "two of the wounded died"). */
  woundedPeople: Set<string>;
  /** Nouns for a happening already told ("The incident occurred ...", "Le drame s'est produit ..."). */
  incidentNouns: Set<string>;
}

const cache = new Map<Locale, LocaleLexicon>();

/** Read a file of a locale's folder (src/locales/<locale>/<file>, copied beside the compiled code). */
export function readLocaleJson<T>(locale: Locale, file: string): T {
  return JSON.parse(readFileSync(new URL(`./${locale}/${file}`, import.meta.url), "utf8")) as T;
}

/** A word list in the tokens' form (lower case, no diacritics: "obsèques" is "obseques"). */
function foldedWords(list: string[] | undefined): Set<string> {
  return new Set((list ?? []).map((w) => foldKey(w)));
}

/** A matcher of the given phrases (none when the locale has no such list). */
function phrases(list: string[] | undefined): PhraseMatcher<true> {
  const m = new PhraseMatcher<true>();
  for (const p of list ?? []) m.add(p, true);
  return m;
}

export function lexicon(locale: Locale): LocaleLexicon {
  const hit = cache.get(locale);
  if (hit) return hit;
  const file = readLocaleJson<TriggerFile>(locale, "triggers.json");
  const cues = new PhraseMatcher<Cue>();
  for (const [cue, phrases] of Object.entries(file.cues) as Array<[Cue, string[]]>)
    for (const p of phrases) cues.add(p, cue);
  const hedges = phrases(file.hedges);
  const statistics = phrases(file.statistics);
  const lex: LocaleLexicon = {
    locale,
    cues,
    hedges,
    negations: new Set(file.negations),
    statistics,
    goods: new Set(file.goods),
    placeObjects: new Set(file.placeObjects),
    properNouns: new Set(file.properNouns ?? []),
    backReferences: new Set(file.backReferences ?? []),
    crowdNouns: file.crowdNouns ?? [],
    speechVerbs: new Set(file.speechVerbs ?? []),
    speechAux: new Set(file.speechAux ?? []),
    modals: new Set(file.modals ?? []),
    opponents: new Set(file.opponents ?? []),
    heldWords: new Set(file.heldWords ?? []),
    chargeLinks: new Set(file.chargeLinks ?? []),
    eruptions: new Set(file.eruptions ?? []),
    perfectParticiple: new Set(file.perfectParticiple ?? []),
    courtWords: phrases(file.courtWords),
    peaceWords: new Set(file.peaceWords ?? []),
    truceWords: new Set(file.truceWords ?? []),
    blameVerbs: new Set(file.blameVerbs ?? []),
    investigationVerbs: foldedWords(file.investigationVerbs),
    until: new Set(file.until ?? []),
    eventNouns: new Set(file.eventNouns ?? []),
    gatheringNouns: new Set(file.gatheringNouns ?? []),
    dispersalVerbs: foldedWords(file.dispersalVerbs),
    crowdSubjects: foldedWords(file.crowdSubjects),
    dispersalAgents: foldedWords(file.dispersalAgents),
    pastHappenings: foldedWords(file.pastHappenings),
    demandedShares: foldedWords(file.demandedShares),
    mobWeapons: new Set(file.mobWeapons ?? []),
    captives: new Set(file.captives ?? []),
    since: new Set(file.since ?? []),
    executions: new Set(file.executions ?? []),
    raids: new Set(file.raids ?? []),
    arms: phrases(file.arms),
    attempts: new Set(file.attempts ?? []),
    distributives: new Set(file.distributives ?? []),
    demands: phrases(file.demands),
    siteApproaches: phrases(file.siteApproaches),
    seatsOfPower: phrases(file.seatsOfPower),
    gatheringPurposes: phrases(file.gatheringPurposes),
    involvement: phrases(file.involvement),
    weWords: new Set(file.weWords ?? []),
    subjectPronouns: new Set(file.subjectPronouns ?? []),
    buildings: new Set(file.buildings ?? []),
    objectEnds: new Set(file.objectEnds ?? []),
    backgroundPrepositions: new Set(file.backgroundPrepositions ?? []),
    backgroundAdjectives: new Set(file.backgroundAdjectives ?? []),
    inEffect: new Set(file.inEffect ?? []),
    reflexives: new Set(file.reflexives ?? []),
    yearPrepositions: new Set(file.yearPrepositions ?? []),
    strikeWords: new Set(file.strikeWords ?? []),
    strikeNouns: new Set(file.strikeNouns ?? []),
    meansVerbs: foldedWords(file.meansVerbs),
    strikeOwners: phrases(file.strikeOwners),
    seriesWords: new Set(file.seriesWords ?? []),
    allegedly: foldedWords(file.allegedly),
    deathStates: new Set(file.deathStates ?? []),
    additive: new Set(file.additive ?? []),
    perfectAux: new Set(file.perfectAux ?? []),
    bodyWords: new Set(file.bodyWords ?? []),
    dyingWords: new Set(file.dyingWords ?? []),
    woundNouns: new Set(file.woundNouns ?? []),
    careSites: new Set(file.careSites ?? []),
    turnWords: new Set(file.turnWords ?? []),
    tallyVerbs: new Set(file.tallyVerbs ?? []),
    labelVerbs: new Set(file.labelVerbs ?? []),
    findings: new Set(file.findings ?? []),
    rescueWords: new Set(file.rescueWords ?? []),
    siegeWords: new Set(file.siegeWords ?? []),
    toDeathVerbs: new Set(file.toDeathVerbs ?? []),
    politicalWords: new Set(file.politicalWords ?? []),
    bareBlasts: new Set(file.bareBlasts ?? []),
    during: new Set(file.during ?? []),
    blockWords: new Set(file.blockWords ?? []),
    ongoingVerbs: phrases(file.ongoingVerbs ?? []),
    tollSubjects: new Set(file.tollSubjects ?? []),
    tollVerbs: new Set(file.tollVerbs ?? []),
    toDeath: file.toDeath ?? [],
    robWords: new Set(file.robWords ?? []),
    relatives: new Set(file.relatives ?? []),
    progressiveAux: new Set(file.progressiveAux ?? []),
    pluperfectAux: new Set(file.pluperfectAux ?? []),
    victimWords: new Set(file.victimWords ?? []),
    objectStarts: new Set(file.objectStarts ?? []),
    firearms: phrases(file.firearms),
    hedgedTolls: phrases(file.hedgedTolls),
    codedTolls: phrases(file.codedTolls),
    endPurposes: phrases(file.endPurposes),
    bereaved: new Set((file.bereaved ?? []).map(foldKey)),
    complementPrepositions: new Set((file.complementPrepositions ?? []).map(foldKey)),
    singularPronouns: new Set(file.singularPronouns ?? []),
    condemnations: phrases(file.condemnations),
    toTheScene: phrases(file.toTheScene),
    followWords: phrases(file.followWords),
    predictions: phrases(file.predictions),
    tollSplits: new Set(file.tollSplits ?? []),
    charges: phrases(file.charges),
    exclusions: phrases(file.exclusions),
    reporting: new Set(file.reporting ?? []),
    roadObjects: new Set(file.roadObjects ?? []),
    armedTargets: new Set(file.armedTargets ?? []),
    thingTargets: foldedWords(file.thingTargets),
    aidWords: new Set(file.aidWords ?? []),
    sameArea: phrases(file.sameArea),
    pastVerb: new RegExp(file.pastVerb ?? "$^", "iu"),
    futureVerb: new RegExp(file.futureVerb ?? "$^", "u"),
    anaphora: new Set(file.anaphora ?? []),
    topicMarkers: new Set(file.topicMarkers ?? []),
    sequels: phrases(file.sequels),
    durations: phrases(file.durations),
    attributions: phrases(file.attributions),
    allegedMembership: phrases(file.allegedMembership),
    militaryVehicles: new Set(file.militaryVehicles ?? []),
    civilianVehicles: new Set(file.civilianVehicles ?? []),
    riotWords: new Set(file.riotWords ?? []),
    sourceWords: new Set(file.sourceWords ?? []),
    offTopic: phrases(file.offTopic),
    disasters: foldedWords(file.disasters),
    riotUnits: foldedWords(file.riotUnits),
    disasterPhrases: phrases((file.disasters ?? []).filter((w) => w.includes(" "))),
    figurativeCombat: foldedWords(file.figurativeCombat),
    figurativeAims: foldedWords(file.figurativeAims),
    figurativeTargets: foldedWords(file.figurativeTargets),
    abstractTargets: foldedWords(file.abstractTargets),
    forcesOfNature: foldedWords(file.forcesOfNature),
    armedBackNouns: new Set((file.armedBackNouns ?? []).map((w) => w.toLowerCase())),
    callsToAct: phrases(file.callsToAct),
    announcements: phrases(file.announcements),
    unrealised: phrases(file.unrealised),
    forceDenials: phrases(file.forceDenials),
    fireworks: phrases(file.fireworks),
    mortarWords: new Set(file.mortarWords ?? []),
    linkLabels: phrases(file.linkLabels),
    occupiedSites: new Set(file.occupiedSites ?? []),
    similes: new Set((file.similes ?? []).map((w) => w.toLowerCase())),
    analysisLabels: foldedWords(file.analysisLabels),
    collaborations: phrases(file.collaborations),
    affiliations: phrases(file.affiliations),
    backgroundAppositions: phrases(file.backgroundAppositions),
    formerWords: foldedWords(file.formerWords),
    pursuitParticiples: foldedWords(file.pursuitParticiples),
    summaryMarkers: phrases(file.summaryMarkers),
    habitualDeeds: phrases(file.habitualDeeds),
    habits: phrases(file.habits),
    recapOpeners: phrases(file.recapOpeners),
    plannedCalls: phrases(file.plannedCalls),
    compoundHeads: foldedWords(file.compoundHeads),
    sitePrepositions: foldedWords(file.sitePrepositions),
    siteDeterminers: foldedWords(file.siteDeterminers),
    personQualifiers: foldedWords(file.personQualifiers),
    crowdCounts: phrases(file.crowdCounts),
    privateViolence: foldedWords(file.privateViolence),
    mourning: foldedWords(file.mourning),
    timeWords: foldedWords(file.timeWords),
    locators: phrases(file.locators),
    mournedOf: foldedWords(file.mournedOf),
    mourningVerbs: foldedWords(file.mourningVerbs),
    burialVerbs: foldedWords(file.burialVerbs),
    definites: foldedWords(file.definites),
    quotedKinds: foldedWords(file.quotedKinds),
    crowdCrushes: foldedWords(file.crowdCrushes),
    strikeVerbs: foldedWords(file.strikeVerbs),
    summaryHeadings: foldedWords(file.summaryHeadings),
    countNouns: foldedWords(file.countNouns),
    woundedPeople: foldedWords(file.woundedPeople),
    incidentNouns: foldedWords(file.incidentNouns),
  };
  cache.set(locale, lex);
  return lex;
}
