/** Shapes of the registry's data files (data/knowledge/*.json, src/locales/<locale>/{actors,demonyms}.json). */

export type Branch = "military" | "police" | "government" | "mutiny";

export interface StateForcesFile {
  the: string[];
  defaultUnits: Record<string, "military" | "police">;
  /** Territories whose forces are another state's ("New Caledonia": "France"). */
  sovereigns?: Record<string, string>;
  countries: Record<
    string,
    {
      periods: Array<[string, string] | [string, string, string]>;
      units?: Record<string, "military" | "police">;
    }
  >;
}

export interface GroupDef {
  name: string;
  inter: number;
  countries?: string[];
  aliases: string[];
  /** Aliases that name the group only in its own countries: plain words elsewhere ("Platform"). */
  localAliases?: string[];
  /** Acronyms shared with another country's forces ("SNA"): the group's only in its own countries. */
  sharedAcronyms?: string[];
  /** An organisation that carries no arms (an aid agency): a victim or a witness, never a side in a battle. */
  unarmed?: boolean;
  /** A protest movement (Extinction Rebellion, Palestine Action): its people are protesters, or rioters when
   * they smash and paint, never an armed group. Implies unarmed. */
  movement?: boolean;
  /** A de facto authority over the territory it holds (SDF, Houthis, HTS): its detentions are arrests. */
  governs?: boolean;
}

export interface StateAliasDef {
  country: string | null;
  branch: Branch;
  unit?: string;
  aliases: string[];
}

export interface MissionDef {
  name: string;
  inter: number;
  countries: string[];
  from: string;
  to: string | null;
  aliases: string[];
}

export interface GroupsFile {
  groups: GroupDef[];
  stateAliases: StateAliasDef[];
  external: Array<{ country: string; aliases: string[] }>;
  missions: MissionDef[];
  combinations?: Array<[string, string]>;
}

export interface IdentityDef {
  name: string;
  kind: string;
  aliases: string[];
}

export interface EthnicFile {
  identities: IdentityDef[];
}

export interface CueDef {
  role: string;
  phrases: string[];
  social?: string;
  ethnicity?: string;
  unit?: string;
  altRole?: string;
  mission?: boolean;
  generic?: string;
  /** A member of the group named before it ("a Koglweogo chief"): the group's, not a civilian. */
  member?: boolean;
  /** People named by the cause they belong to ("activists", "supporters"), not by being a crowd. */
  affiliation?: boolean;
  /** People named only as a gathering ("crowd"): a protest only when one is told; a mob when they hurt someone. */
  gathering?: boolean;
  /** People whose arms nobody tells ("unknown men", "assailants"): a mob when they throw stones. */
  unspecified?: boolean;
  /** A weapon that names its side only with a country ("a Russian missile"): no actor without one. */
  needsCountry?: boolean;
  /** A social group that arms itself as a community (farmers, herders): its killers are a communal militia. */
  communal?: boolean;
}

export interface ActorsLexiconFile {
  cues: CueDef[];
  modifiers: string[];
  determiners: string[];
  links: string[];
  joins: string[];
  /** Words that make soldiers, police or officials civilians ("off-duty", "retired", "former"). */
  offDuty?: string[];
  /** Nouns of an institution a force's word qualifies ("a military court", "le tribunal militaire"): no side. */
  institutions?: string[];
  /** Words written with accents that fold to a cue's phrase but are other words ("élevé", high, is no
   * "élève", pupil): no mention when the word is written so. */
  falseFriends?: string[];
  /** Words of a person that, right before a word of negation (negations), mean nobody ("personne n'a été
   * blessé"): no mention. */
  negativePronouns?: string[];
  negations?: string[];
}

export interface DemonymsFile {
  demonyms: Record<string, string>;
}

export interface CountryRow {
  name: string;
  iso2: string;
  iso3: string;
  aliases: string[];
}
