import type { ActorMention } from "../knowledge/actor-registry.js";
import type { Cue } from "../locales/index.js";

export interface Coding {
  event_type: string;
  sub_event_type: string;
  disorder_type: string;
  /** The cue that decided the type (its span is the trigger evidence). */
  decisive: Cue;
}

/** What a frame says, as the type rules see it. */
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
  /** Killing, wounding or beating is told only as what a crowd protests about ("protested over the
   * killing of a trader by a police officer"), in every clause of the event that tells it. */
  hurtTopic?: boolean;
  /** Every actor mentioned in the frame. */
  actors?: ActorMention[];
  /** Where the trigger starts: actors after it are in the object position. */
  triggerStart?: number;
  /** Where the trigger's sentence ends: groups named in later sentences are no object of its verb. */
  sentenceEnd?: number;
  /** The attack's object is a military target ("raided the post", "attacked an army convoy"). */
  targetArmed?: boolean;
  /** The attack's object is a thing nobody lives in ("attacked an oil pipeline", "a telecom mast"). */
  targetThing?: boolean;
  /** An attack told with a past-tense verb ("residents attacked"), not the noun ("fled the attack"). */
  attackVerb?: boolean;
  /** "signed a ceasefire to end five weeks of fighting": the violence is what the agreement ends. */
  agreementFirst?: boolean;
  /** "arrested 81 people involved in the riots": the crowd's deeds are why they were arrested. */
  arrestFirst?: boolean;
  /** Stones, sticks or rocks are the weapons told, and no shooting. */
  mobWeapons?: boolean;
  /** Hostages, abductees or captives are named in the clause. */
  captives?: boolean;
  /** Weapons of war named in the clause (machetes, rifles, "exchanged fire"). */
  arms?: boolean;
  /** The two sides a fight is said to be between ("clashes between youths and security forces"): sides,
   * not victims, whoever is killed. */
  fighters?: ActorMention[];
  /** The killing is an execution or an assassination of someone held or targeted. */
  execution?: boolean;
  /** Shooting words in the clause ("gunfire", "opened fire"). */
  shooting?: boolean;
  /** Every attack word of the clause is a raid or a search ("raided", "searched"). */
  raidOnly?: boolean;
  /** "later", "the following day", "subsequently": the clause goes on to what happened after. */
  later?: boolean;
  /** Armed men named before the abduction they did ("militants abducted five people"). */
  abductActive?: boolean;
  /** The doer is an aircraft ("an Israeli drone fired a missile"): what it fires is an air strike. */
  aircraftAgent?: boolean;
  /** A word of a crowd's violence proper ("riot", "unrest", "stones"), not destruction alone. */
  riotWord?: boolean;
  /** The crowd's only riot words are those of blocking ("blocked the road", "barricades"): the spec keeps
   * protesters who only block or barricade in Protests. */
  blockOnly?: boolean;
  /** A violent cue told as a past-tense verb ("attacked", "assaulted"), not a noun ("disappearance"). */
  violentVerb?: boolean;
  /** Every seizure or destruction told is done by state forces ("after policemen seized their tricycles"). */
  forcesDestroy?: boolean;
  /** People are robbed ("stripped the owner of his belongings", "robbed the mayor"): a person attacked. */
  robbedPerson?: boolean;
  /** The riot words are those of a blockade or siege ("imposed a blockade", "blocked the roads"). */
  siege?: boolean;
  /** Protesters or rioters are the subject of a violent deed ("protesters stormed ... and attacked"). */
  crowdViolent?: boolean;
  /** People told as the victims of a passive killing or wounding ("two civilians were left injured"). */
  victims?: ActorMention[];
}

/**
 * What two frames of one event say together: the first frame's sides and order win; a later frame's
 * agent on the victims' side ("its troops later neutralised...") is not the perpetrator.
 */
export function joinFacts(main: FrameFacts, more: FrameFacts): FrameFacts {
  return {
    ...main,
    cues: new Set([...main.cues, ...more.cues]),
    agent: main.agent ?? (more.agent && more.agent.role !== main.patient?.role ? more.agent : null),
    patient: main.patient ?? more.patient,
    protestersHurt: main.protestersHurt || more.protestersHurt,
    roles: new Set([...main.roles, ...more.roles]),
    actors: [...(main.actors ?? []), ...(more.actors ?? [])],
    victims: [...(main.victims ?? []), ...(more.victims ?? [])],
    targetArmed: main.targetArmed || more.targetArmed,
    targetThing: main.targetThing || more.targetThing,
    attackVerb: main.attackVerb || more.attackVerb,
    riotWord: main.riotWord || more.riotWord,
    blockOnly: (main.blockOnly ?? true) && (more.blockOnly ?? true) && (!!main.blockOnly || !!more.blockOnly),
    // (what any clause of the event names; the other clause flags, spread from `main`, describe the
    // main clause's own deed: who shot, raided, executed or threw stones)
    captives: main.captives || more.captives,
    arms: main.arms || more.arms,
    later: main.later || more.later,
    abductActive: main.abductActive || more.abductActive,
    violentVerb: main.violentVerb || more.violentVerb,
    crowdViolent: main.crowdViolent || more.crowdViolent,
    robbedPerson: main.robbedPerson || more.robbedPerson,
    // (every destruction of the event is the forces': "... demonstrated after policemen seized ...")
    forcesDestroy: everyHit(main, more, "forcesDestroy", "destroy"),
    // (every attack word of the event is a raid: "arrested ... after recovering explosives in a raid")
    raidOnly: everyHit(main, more, "raidOnly", "attack"),
    // "... staged a sit-in. The demonstrators assaulted the staff chief": the crowd's own violence,
    // told after the protest, makes it a riot.
    protestFirst: main.protestFirst && !crowdViolence(more),
    hurtTopic:
      (!!main.hurtTopic || !tellsHurt(main)) &&
      (!!more.hurtTopic || !tellsHurt(more)) &&
      (tellsHurt(main) || tellsHurt(more)),
  };
}

// (module functions, not arrows made per frame: under tsx, which keeps function names, a named arrow
// is given its name with Object.defineProperty each time it is made)
/** The agent itself, or named again ("volunteer fighters (VDP)"): not another side. */
function agentsSide(m: ActorMention, agent: ActorMention | null | undefined): boolean {
  return (
    !!agent &&
    (m === agent ||
      m.text === agent.text ||
      (!!m.group && m.group.name === agent.group?.name) ||
      (m.start >= agent.end && m.start - agent.end <= 3))
  );
}

/** Named after the trigger, within its sentence. */
function afterTrigger(m: ActorMention, facts: FrameFacts): boolean {
  return (
    facts.triggerStart === undefined ||
    (m.start > facts.triggerStart && (facts.sentenceEnd === undefined || m.start < facts.sentenceEnd))
  );
}

/**
 * A flag that says something of every hit of a cue ("every attack word is a raid"), for two frames
 * joined: true when the cue is told and each frame that tells it has the flag.
 */
function everyHit(main: FrameFacts, more: FrameFacts, flag: "raidOnly" | "forcesDestroy", cue: Cue): boolean {
  const inMain = main.cues.has(cue);
  const inMore = more.cues.has(cue);
  return (inMain || inMore) && (!!main[flag] || !inMain) && (!!more[flag] || !inMore);
}

const tellsHurt = (f: FrameFacts) => f.cues.has("kill") || f.cues.has("injure") || f.cues.has("beat");

/** The crowd itself hurts or attacks someone ("the demonstrators assaulted the staff chief"). */
function crowdViolence(f: FrameFacts): boolean {
  const crowd = !!f.agent && (f.agent.role === "protesters" || f.agent.role === "rioters");
  return crowd && ["attack", "beat", "injure", "kill"].some((c) => f.cues.has(c as Cue)) && !f.protestFirst;
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
/** Unarmed people whose violence is mob violence, not a battle. */
const UNARMED = new Set(["civilians", "protesters", "rioters"]);

/** Nouns of a crowd that say nothing of why it gathered ("the crowd", "la foule"). */
const CROWD_WORDS = new Set(["crowd", "crowds", "foule", "foules"]);

export const isArmed = (m: ActorMention | null | undefined) => !!m && ARMED.has(m.role);
export const isState = (m: ActorMention | null | undefined) => !!m && STATE.has(m.role);

const PV = "Political violence";
const DEMO = "Demonstrations";
const SD = "Strategic developments";

const code = (event_type: string, sub_event_type: string, disorder_type: string, decisive: Cue): Coding => ({
  event_type,
  sub_event_type,
  disorder_type,
  decisive,
});
const battle = (sub: string, decisive: Cue) => code("Battles", sub, PV, decisive);
const vac = (sub: string, decisive: Cue) => code("Violence against civilians", sub, PV, decisive);
// (ACLED files violent demonstrations under demonstrations, mob violence under political violence)
const riot = (sub: string, decisive: Cue) =>
  code("Riots", sub, sub === "Violent demonstration" ? DEMO : PV, decisive);
/** The coding of a violent demonstration, decided by the given cue. */
export const violentDemonstration = (decisive: Cue) => riot("Violent demonstration", decisive);
const protest = (sub: string, decisive: Cue) =>
  code("Protests", sub, sub === "Excessive force against protesters" ? `${PV}; ${DEMO}` : DEMO, decisive);
const remote = (sub: string, decisive: Cue) => code("Explosions/Remote violence", sub, PV, decisive);
const sd = (sub: string, decisive: Cue) => code("Strategic developments", sub, SD, decisive);

/**
 * Destruction told with nobody named ("The health centre was pillaged and burned"): no event of its
 * own, but what became of the place attacked in the sentence before.
 */
export function orphanDestruction(facts: FrameFacts): Coding | null {
  return facts.cues.has("destroy") && !facts.agent && !facts.roles.size
    ? sd("Looting/property destruction", "destroy")
    : null;
}

/**
 * Decide the event type of a frame from its cues and the sides around the trigger, with the
 * distinctions of the coding rules: protest vs protest with intervention vs riot; battle vs
 * violence against civilians vs mob violence; the kinds of remote violence; strategic developments.
 */
export function classify(told: FrameFacts): Coding | null {
  const facts = stoneThrowers(told);
  const { agent, patient, roles } = facts;
  const cues = airShots(facts);
  // (a bound method, not an arrow: under tsx, which keeps function names, a named arrow is given its
  // name with Object.defineProperty each time it is made)
  const has: (c: Cue) => boolean = cues.has.bind(cues);
  const violent =
    has("kill") ||
    has("attack") ||
    has("clash") ||
    has("ambush") ||
    has("injure") ||
    has("beat") ||
    has("abduct");
  const hurts = has("kill") || has("injure") || has("beat");
  // Police who only come to break things up are not a side of the fight.
  const sides = (facts.actors ?? []).filter(
    (m) => !(has("intervene") && (m.role === "police" || m.role === "military")),
  );
  const armedSides = sides.length
    ? sides.some((m) => ARMED.has(m.role))
    : [...roles].some((r) => ARMED.has(r) && !(has("intervene") && (r === "police" || r === "military")));
  const unarmedAgent = !!agent && UNARMED.has(agent.role);

  // Hostages or abductees freed: a release of captives ("aid workers kidnapped in October were freed on
  // Saturday"); an abduction told with their release "later" stays the abduction.
  // (not hostages freed in a fight: "three fighters were killed in an exchange of fire and four of the
  // hostages were freed", "freed four hostages after a gun duel" are battles)
  // (nor hostages freed where a kidnapper was killed: "Trois otages ont été libérés au cours de l'opération
  // et un milicien a été tué", the fight's)
  if (
    has("release") &&
    (has("abduct") || facts.captives) &&
    !facts.later &&
    !facts.abductActive &&
    !has("clash") &&
    !(has("kill") && isArmed(patient))
  )
    return sd("Other", "release");
  // "Police arrested 81 people involved in the riots": the arrests, told for what the people did.
  if (facts.arrestFirst && (roles.has("police") || roles.has("military") || roles.has("government")))
    return sd("Arrests", "arrest");
  // Demonstrations: the crowd is the subject.
  // (activists or supporters named without a crowd word, "arrested 15 activists", tell no protest)
  const protesterMentions = (facts.actors ?? []).filter((m) => m.role === "protesters");
  const crowdNamed =
    roles.has("protesters") && (!protesterMentions.length || protesterMentions.some((m) => !m.affiliation));
  // ("Police dispersed students with tear gas", "des lycéens qui bloquaient l'entrée du lycée ont été dispersés
  // par la police": a social group dispersed by the forces was gathered to protest)
  // (and a party's militants or supporters dispersed: "Ils ont été dispersés par la police", the militants
  // gathered before the party's office)
  // (and hurt as they are dispersed: "Police charged batons on students who blocked the road, leaving 15 injured")
  const groupDispersed =
    has("intervene") &&
    [...cues].every(
      (c) =>
        c === "intervene" ||
        c === "block" ||
        (c === "riot" && !!facts.blockOnly) ||
        (c === "injure" && isState(agent)),
    ) &&
    ((facts.actors ?? []).some((m) => m.role === "civilians" && !!m.social && /s$/u.test(m.text)) ||
      patient?.role === "protesters") &&
    (roles.has("police") || roles.has("military"));
  // ("arrested six people as officers took down a blockade that members of a First Nation had kept"): people
  // the forces arrest as they clear a blockade were protesting
  const blockadeCleared =
    has("block") &&
    has("arrest") &&
    [...cues].every((c) => c === "intervene" || c === "block" || c === "arrest") &&
    (roles.has("police") || roles.has("military")) &&
    !!patient &&
    !isState(patient);
  const protestLike = has("protest") || crowdNamed || groupDispersed || blockadeCleared;
  // ("police fired tear gas at protesters blocking a bridge": a crowd that only blocks, hurting nobody)
  // (the violence told may be the forces' alone: "blocking the road ..., when the security forces fired tear
  // gas and then live rounds")
  // (and the injuries the forces cause as they disperse it: "Riot police fired tear gas ... to disperse
  // protesters who had blocked the road ..., injuring at least nine people")
  const forcesInjure = has("injure") && !has("kill") && !has("attack") && !has("beat") && isState(agent);
  // (and the forces who open fire on it: "a police officer opened fire on demonstrators who were blocking the
  // road")
  const forcesShoot = !!facts.shooting && (agent?.role === "police" || agent?.role === "military");
  const onlyBlocked =
    !!facts.blockOnly &&
    // (harm the crowd protests about is no violence of its own: "marched after police shot a man")
    (!violent ||
      facts.hurtTopic ||
      ((has("lethal_force") || forcesInjure || forcesShoot) && !facts.crowdViolent)) &&
    !roles.has("rioters") &&
    !has("mob");
  // (an angry crowd that only blocks a road, hurting nobody, still protests: "des habitants en colère ont
  // érigé des barrages de pneus et de troncs d'arbres sur la RN1")
  // (and the forces who clear it make it a protest with intervention)
  if (has("mob") && facts.blockOnly && !violent && !facts.crowdViolent) {
    if (!agent || unarmedAgent) return protest("Peaceful protest", "block");
    if (has("intervene") && isState(agent)) return protest("Protest with intervention", "intervene");
  }
  // An angry crowd that burns tyres riots; one that attacks or kills someone is a mob.
  if (has("mob") && !has("protest"))
    return hurts || has("attack") || has("abduct") || !has("riot")
      ? riot("Mob violence", "mob")
      : riot("Violent demonstration", "riot");
  // "A crowd of about 50 people chased them down and beat them": a crowd, with no protest told, that
  // hurts someone (not the forces) is a mob.
  // (the crowd or its people do it: not a gunman firing on a crowd, not rioters, not police dispersing it)
  if (
    !has("protest") &&
    !has("intervene") &&
    hurts &&
    !armedSides &&
    !roles.has("rioters") &&
    (!agent || agent.gathering || agent.role === "civilians") &&
    // (people who fire into the crowd are no mob of it: "Two men walked up and fired into the crowd")
    !(agent && !agent.gathering && (has("lethal_force") || !!facts.shooting)) &&
    !(patient && STATE.has(patient.role)) &&
    protesterMentions.length > 0 &&
    protesterMentions.every((m) => m.gathering)
  )
    return riot("Mob violence", has("beat") ? "beat" : "kill");
  if (protestLike) {
    // (not a crowd the forces fired live rounds at: "Young people had gathered ..., when the security
    // forces arrived and fired tear gas and then live rounds")
    const crowdActs = (!!agent && UNARMED.has(agent.role) && !has("lethal_force")) || !!facts.crowdViolent;
    // (a crowd named before the forces who act: "the demonstrators had been marching peacefully when
    // officers opened fire"; not the protest the forces make, "soldiers fired weapons in protest")
    const crowdBefore =
      !!agent && protesterMentions.some((m) => m !== agent && !m.affiliation && m.end <= agent.start);
    // Soldiers or police who protest with gunfire, or mutineers who protest, riot.
    // (not forces firing on a crowd that a demand makes a protest: "police opened fire on a procession of
    // students demanding reform, killing one")
    const forcesProtest =
      has("mutiny") ||
      roles.has("mutiny") ||
      (!!facts.shooting &&
        !!agent &&
        (agent.role === "military" || agent.role === "police") &&
        !has("intervene") &&
        patient?.role !== "protesters" &&
        // (nor forces firing on people who marched: "opened fire on worshippers who marched after prayers")
        patient?.role !== "civilians" &&
        !facts.protestersHurt &&
        // (nor forces firing while a crowd marched: "the demonstrators had been marching peacefully when
        // officers opened fire")
        !crowdBefore &&
        // (forces who kill or wound at a demonstration fire on it: "opened fire on anti-coup protesters,
        // killing two", "shot dead two young men during a march")
        !hurts);
    if (forcesProtest && !has("lethal_force")) return riot("Violent demonstration", "mutiny");
    // ("des hommes armés font irruption sur le marché ... Ils ouvrent le feu sur la foule": armed men who fire
    // on a crowd that no word tells protesting attack civilians)
    // (so do people who fire into it, whoever they are: "Two men walked up ... and fired into the crowd", and
    // when the crowd is not the patient named: "fired into the crowd gathered for a barbecue, killing one man")
    const bareCrowd = (m: ActorMention) =>
      m.role === "protesters" && CROWD_WORDS.has(m.text.toLowerCase().replace(/^(?:the|a|la|une)\s+/u, ""));
    if (
      !has("protest") &&
      protesterMentions.length > 0 &&
      protesterMentions.every(bareCrowd) &&
      (patient ? bareCrowd(patient) || has("lethal_force") : false) &&
      agent &&
      agent.role !== "protesters" &&
      agent.role !== "rioters" &&
      (ARMED.has(agent.role) || has("lethal_force")) &&
      !STATE.has(agent.role) &&
      (has("attack") || has("kill") || has("injure") || has("lethal_force"))
    )
      return vac("Attack", has("kill") ? "kill" : "attack");
    // Armed men or unknown people attacking the demonstrators break up the protest: an intervention,
    // excessive force when they kill or shoot.
    if (
      patient?.role === "protesters" &&
      agent &&
      ARMED.has(agent.role) &&
      !STATE.has(agent.role) &&
      (has("attack") || has("beat") || has("injure") || has("kill"))
    )
      return has("kill") || has("lethal_force")
        ? protest("Excessive force against protesters", "attack")
        : protest("Protest with intervention", "attack");
    // ("marched against the lynching of a singer": a mob's violence named as the topic is no riot)
    if (
      (has("mob") && !facts.protestFirst) ||
      (crowdActs && violent && facts.violentVerb !== false && !facts.protestFirst)
    )
      return riot("Violent demonstration", "riot");
    // ("police fired tear gas at protesters blocking a bridge": protesters who only block stay Protests)
    if (
      (has("riot") && !onlyBlocked) ||
      (has("destroy") && !facts.forcesDestroy) ||
      roles.has("rioters") ||
      (has("clash") &&
        (roles.has("police") || roles.has("military")) &&
        // ("police confronted a crowd of demonstrators": the forces confront it, the crowd did not fight)
        !(has("confront") && agent && STATE.has(agent.role)))
    )
      return riot("Violent demonstration", "riot");
    // Security forces killing, shooting or beating people at a demonstration use excessive force.
    // (not a killing the crowd protests about: "protested over the killing of a trader by a police officer")
    // ("a student was killed when police opened fire on a procession": the forces named, no other armed side)
    const forcesNamed =
      (roles.has("police") || roles.has("military")) &&
      !roles.has("armed_group") &&
      !roles.has("named_group");
    const forcesHurt =
      hurts &&
      (agent?.role === "police" ||
        agent?.role === "military" ||
        (!agent && forcesNamed && has("kill")) ||
        // ("A 17-year-old was shot dead on Tuesday in Conakry during a protest": shot at a protest, by
        // nobody named, no armed group about)
        (!agent &&
          has("kill") &&
          !!facts.shooting &&
          !roles.has("armed_group") &&
          !roles.has("named_group") &&
          patient?.role === "protesters")) &&
      !facts.hurtTopic;
    // ("the demonstrators had been marching peacefully when officers opened fire": live fire on a crowd)
    const forcesFire =
      !!facts.shooting &&
      has("attack") &&
      (agent?.role === "police" || agent?.role === "military") &&
      !facts.crowdViolent &&
      // (or the crowd is what they fired at: "officers opened fire as a crowd of marchers approached")
      (crowdBefore || patient?.role === "protesters");
    if (
      has("lethal_force") ||
      forcesHurt ||
      forcesFire ||
      (facts.protestersHurt && (roles.has("police") || roles.has("military")))
    )
      return protest("Excessive force against protesters", has("lethal_force") ? "lethal_force" : "protest");
    if (
      has("intervene") ||
      (has("arrest") && (roles.has("police") || roles.has("military"))) ||
      (has("confront") && agent && STATE.has(agent.role))
    )
      return protest("Protest with intervention", "protest");
    if (has("protest") && (!violent || facts.protestFirst)) return protest("Peaceful protest", "protest");
  }
  // "JNIM fighters imposed a blockade on the town": armed men who block roads or besiege a town with no
  // crowd and no fighting told make a strategic development, not a riot.
  if (
    has("riot") &&
    facts.siege &&
    !violent &&
    !has("destroy") &&
    !protestLike &&
    !roles.has("rioters") &&
    agent &&
    ARMED.has(agent.role) &&
    !STATE.has(agent.role)
  )
    return sd("Other", "riot");
  // Shops set on fire, a house vandalised, by a few unknown men: property destruction, not a riot
  // (a riot needs a crowd, or the words of one).
  const crowd = roles.has("rioters") || roles.has("protesters") || unarmedAgent;
  // (not fires that shelling or air strikes set: "Turkish artillery shelled the villages, setting fire to
  // orchards")
  if (
    has("riot") &&
    !protestLike &&
    !crowd &&
    !facts.riotWord &&
    !violent &&
    !has("mob") &&
    !has("mutiny") &&
    !has("shell") &&
    !has("air")
  )
    return sd("Looting/property destruction", "riot");
  // Police dispersing looters or rioters: the crowd rioted.
  if (roles.has("rioters") && (has("intervene") || has("lethal_force")))
    return riot("Violent demonstration", has("riot") ? "riot" : "intervene");
  // Riots without a protest: deaths or injuries among unarmed people are mob violence.
  // (a crowd that hurts police or soldiers clashes with the state: a violent demonstration, as ACLED has it)
  const stateHurt = !!patient && STATE.has(patient.role);
  // (a crowd or its words: "une quinzaine de civils tués et plusieurs boutiques incendiées", told with
  // nobody acting, is the harm of an attack, no mob)
  if (has("riot") && violent && !armedSides && hurts && !stateHurt && (crowd || facts.riotWord || !!agent))
    return riot("Mob violence", "riot");
  // ("farmers blocked the ring road with 200 tractors": unarmed people who only block roads protest, as
  // the spec keeps blockades among protests)
  if (onlyBlocked && unarmedAgent && !has("destroy")) return protest("Peaceful protest", "block");
  // ("federal officers arrested 18 clergy members who knelt in prayer blocking the entrance": people who
  // only block, taken away by the forces, protested)
  if (onlyBlocked && isState(agent) && (has("arrest") || has("intervene")) && !has("destroy") && !hurts)
    return protest("Protest with intervention", has("intervene") ? "intervene" : "arrest");
  // ("farmers have been blocking the approach road since Monday", "police removed 200 students who had
  // blocked a highway exit"): whoever is named around a blockade of unarmed people, nobody hurt, nothing
  // destroyed, the crowd protests; the forces who act on it make it a protest with intervention
  if (
    onlyBlocked &&
    !has("destroy") &&
    !hurts &&
    sides.every((m) => !ARMED.has(m.role) || STATE.has(m.role)) &&
    (unarmedAgent ||
      (isState(agent) &&
        sides.some(
          (m) => m.role === "protesters" || (m.role === "civilians" && !!m.social && /s$/u.test(m.text)),
        )))
  )
    return protest(isState(agent) ? "Protest with intervention" : "Peaceful protest", "block");
  if (has("riot") && (roles.has("rioters") || !violent) && !(has("destroy") && armedSides))
    return riot("Violent demonstration", "riot");

  if (facts.agreementFirst) return sd("Agreement", "agreement");
  // Weapons and explosives found or seized, with nobody hurt, are disrupted weapons use.
  // ("In the raid, four IEDs and a pistol were recovered": a search's raid is no attack; militants
  // raiding an army post and seizing its weapons attack it)
  const searchRaid =
    !!facts.raidOnly && !facts.targetArmed && !(isArmed(agent) && !isState(agent)) && !isArmed(patient);
  // (not an air strike on an arms depot: "air strikes hit an ammunition depot")
  if (has("weapons") && !hurts && (!has("attack") || searchRaid) && !has("clash") && !has("air"))
    // (people arrested with what was found on them: "eight suspects were arrested ... and a gun and
    // machetes were recovered from them" are arrests)
    // (not one man arrested after the finding: "arrested a man ... after recovering rifles and explosives")
    return has("arrest") &&
      (isState(agent) || (!agent && (roles.has("police") || roles.has("military")))) &&
      !(patient && patient.role === "civilians" && !patient.group && !/s$/iu.test(patient.text.trim()))
      ? sd("Arrests", "arrest")
      : sd("Disrupted weapons use", "weapons");
  // A coup told with the "attacks" that provoked it is a coup.
  // Mutineers taking over towns overtake territory; otherwise a coup told with the "attacks" that
  // provoked it is a coup.
  // Mutineers taking over towns overtake territory; a mutiny that takes power is a coup; otherwise
  // soldiers firing in the air or looting in their own towns riot.
  if (has("mutiny") && has("takeover")) return battle("Non-state actor overtakes territory", "takeover");
  if (has("mutiny") && !has("coup") && !(hurts && isArmed(patient)))
    return riot("Violent demonstration", "mutiny");
  if (has("coup") && has("takeover")) return battle("Non-state actor overtakes territory", "takeover");
  // "Le coup de force commencé par un feu nourri": putschists fighting the guard is a battle.
  if (has("coup") && has("clash")) return battle("Armed clash", "clash");
  if (has("coup") && !hurts && !has("clash")) return sd("Other", "coup");

  // A complex ambush opened by a bomb and fought on with guns is a battle; so is a gunbattle in which
  // grenades are thrown too.
  if (has("ied") && has("ambush") && !has("suicide") && !has("air") && !has("shell"))
    return battle("Armed clash", "ambush");
  // (and a post stormed after a bomb at its gate: "the fighters stormed the base after a car bomb exploded")
  if (
    has("ied") &&
    has("attack") &&
    facts.raidOnly &&
    facts.targetArmed &&
    !has("suicide") &&
    !has("air") &&
    !has("shell")
  )
    return battle("Armed clash", "attack");
  if (has("grenade") && has("clash") && !has("suicide") && !has("air") && !has("shell"))
    return battle("Armed clash", "clash");
  // Remote violence: the weapon decides.
  if (has("suicide")) return remote("Suicide bomb", "suicide");
  if (has("chemical")) return remote("Chemical weapon", "chemical");
  if (has("air")) return remote("Air/drone strike", "air");
  if (has("grenade")) return remote("Grenade", "grenade");
  if (has("shell") && facts.aircraftAgent) return remote("Air/drone strike", "aircraft");
  if (has("shell")) return remote("Shelling/artillery/missile attack", "shell");
  if (has("ied")) return remote("Remote explosive/landmine/IED", "ied");
  // (not unarmed people who attack what makes or holds aircraft: "activists targeted the site because the
  // firm supplies components used in military drones")
  if (has("aircraft") && (has("attack") || has("kill") || has("destroy")) && !unarmedAgent)
    return remote("Air/drone strike", "aircraft");

  // Territory. A town taken after its defenders left, without fighting, changes hands peacefully.
  // ("Kurdish-led fighters regained control of Dhiban": a town retaken by a non-state group is overtaken)
  if (has("retake"))
    return agent && isArmed(agent) && !isState(agent)
      ? battle("Non-state actor overtakes territory", "takeover")
      : battle("Government regains territory", "retake");
  if (has("takeover") && has("deploy") && !has("clash") && !has("attack") && !hurts)
    return sd("Non-violent transfer of territory", "takeover");
  // (a town the state's forces take, "the army had entered the town of Er Rahad after two days of
  // fighting", is territory regained)
  if (
    has("takeover") &&
    (isArmed(agent) || roles.has("named_group") || roles.has("armed_group")) &&
    !has("abduct")
  )
    return agent && isState(agent) && !agent.pronoun
      ? battle("Government regains territory", "retake")
      : battle("Non-state actor overtakes territory", "takeover");

  if (has("sexual")) return vac("Sexual violence", "sexual");
  // Killing and kidnapping in one raid: the killing is the attack (an abduction kills nobody).
  // (an ambush on a patrol is a battle, whoever it was searching for: "ambushed a gendarmerie patrol
  // searching for the mine staff abducted earlier")
  if (has("abduct") && has("ambush") && (isArmed(patient) || facts.targetArmed) && isArmed(agent))
    return battle("Armed clash", "ambush");
  // (students who lock up their headmaster, villagers who seize a thief: a mob, not an abduction)
  // (not men nobody describes who carry someone off: "three men pushed my son into a car" is a kidnapping)
  if (
    has("abduct") &&
    !has("kill") &&
    unarmedAgent &&
    !agent?.communal &&
    !agent?.ethnicity &&
    (agent?.role !== "civilians" || !!agent.social || has("mob") || roles.has("rioters") || protestLike)
  )
    return riot("Mob violence", "abduct");
  // ("gendarmes arrested X at his home ..., who said he had been taken to an unknown location": an arrest
  // by state forces told with where the detainee went is an arrest)
  // (and one told with no captor, "the opposition leader was arrested at his home and taken to an unknown
  // destination": arrested by the state, when no armed group is named)
  if (
    has("abduct") &&
    has("arrest") &&
    !has("kill") &&
    (agent
      ? STATE.has(agent.role)
      : roles.has("police") || roles.has("military") || ![...roles].some((r) => ARMED.has(r)))
  )
    return sd("Arrests", "arrest");
  if (has("abduct") && !has("kill")) return vac("Abduction/forced disappearance", "abduct");

  // Fights and assaults among unarmed people (students, families, traders, a mob) are riots.
  // Deadly clashes between communities (ethnic groups, farmers and herders) are battles between
  // communal militias.
  // Traders, miners or settlers clashing with the police or soldiers riot: a crowd of civilians
  // fighting state forces (no armed group on either side) is no battle.
  // (the civilians killed in crossfire are victims, not a side: "troops of two countries exchanged
  // fire ... in which one civilian was killed")
  const unarmedSide = sides.some(
    (m) =>
      UNARMED.has(m.role) &&
      ((!facts.victims?.includes(m) && (m === agent || m !== patient || !has("kill") || !!m.social)) ||
        !!facts.fighters?.includes(m)),
  );
  // (guards of a mine or a plant are no armed group: "miners and security guards clashed at the site"
  // is a crowd fighting the guards, like a crowd fighting the police)
  const guards = (m: ActorMention) => m.generic === "private_security";
  const nonStateArmed = sides.some((m) => ARMED.has(m.role) && !STATE.has(m.role) && !guards(m));
  const stateSide = sides.some((m) => STATE.has(m.role) || guards(m));
  // (demonstrators or a party's supporters clashing with the police are a violent demonstration)
  // (but a man who exchanges gunfire with the police is armed: "the man suspected of shooting him was
  // killed in an exchange of gunfire", unless a crowd's riot is told)
  const gunfight =
    facts.shooting &&
    facts.arms &&
    !has("riot") &&
    !sides.some((m) => m.role === "protesters" || m.role === "rioters");
  if (has("clash") && unarmedSide && stateSide && !nonStateArmed && !has("air") && !has("shell") && !gunfight)
    return riot(
      sides.some((m) => m.role === "protesters" || m.role === "rioters")
        ? "Violent demonstration"
        : "Mob violence",
      "clash",
    );
  // ("Des violences ont éclaté à Grigny. Une trentaine de véhicules ont été incendiés, et des policiers ont
  // été visés par des tirs de mortiers d'artifice": violence with words of a crowd's riot, against the
  // police, and no armed group named, is a riot)
  if (
    has("clash") &&
    has("riot") &&
    facts.riotWord &&
    stateSide &&
    !nonStateArmed &&
    !has("air") &&
    !has("shell") &&
    !has("ied") &&
    !has("kill")
  )
    return riot("Violent demonstration", "riot");
  // Stones thrown at soldiers, "riots broke out when ... attacked police officers": a crowd's violence
  // against state forces, with no armed group named, is a riot.
  // (not soldiers who kill villagers and burn their houses: "troops killed 8 villagers and torched houses")
  const forcesRaze =
    !!agent && STATE.has(agent.role) && has("destroy") && has("kill") && patient?.role === "civilians";
  if (
    has("riot") &&
    stateSide &&
    !nonStateArmed &&
    !has("air") &&
    !has("shell") &&
    !has("ied") &&
    !has("clash") &&
    // (an ambush is armed men's: "un convoi est tombé dans une embuscade ...: des camions ont été incendiés")
    !has("ambush") &&
    !forcesRaze &&
    // (nor soldiers killed and vehicles burned with no crowd told: "sept soldats ont été tués et plusieurs
    // véhicules incendiés")
    !(has("kill") && stateHurt && has("destroy") && !unarmedSide && !facts.riotWord && !roles.has("rioters"))
  )
    return riot(hurts && !stateHurt ? "Mob violence" : "Violent demonstration", "riot");
  // "Students rioted, tearing the flag and attacking teachers": a riot told as one.
  if (has("riot") && facts.riotWord && !armedSides && !has("air") && !has("shell") && !has("ied"))
    return riot(hurts ? "Mob violence" : "Violent demonstration", "riot");
  // Villagers, residents or students who attack someone (a thief, a police post) riot: unarmed
  // people are never the perpetrators of a battle or of violence against civilians.
  if (
    ((has("clash") || hurts) && !armedSides && (unarmedAgent || (has("clash") && sides.length > 0))) ||
    (unarmedAgent &&
      !agent?.communal &&
      !agent?.ethnicity &&
      // ("des groupes de jeunes ont mis le feu à des voitures avant de s'en prendre à un bureau de poste":
      // youths who burn and attack, the attack's verb in the infinitive)
      (hurts ||
        (has("attack") &&
          (facts.attackVerb || (has("riot") && ![...roles].some((r) => ARMED.has(r) && !STATE.has(r)))))) &&
      !has("abduct"))
  ) {
    const communal = sides.some((m) => !!m.ethnicity || !!m.social || !!m.communal);
    // (communities, families or villages who fight with machetes or guns are armed sides)
    // (and people who fight with gunfire are armed: "two groups of young men exchanged gunfire")
    // (not mortars of fireworks a crowd fires in a riot: "tirs de mortiers")
    if (has("clash") && ((has("kill") && communal) || facts.arms || (facts.shooting && !has("riot"))))
      return battle("Armed clash", "clash");
    // "Fulani herders killed 20 villagers": a community's men killing others are a communal militia
    // attacking civilians, not a mob.
    // (one farmer killing one herder in a quarrel stays a person's or a mob's violence)
    const several = !!agent && /s$/iu.test(agent.text.trim());
    if (
      !has("clash") &&
      has("kill") &&
      agent &&
      several &&
      (agent.communal || agent.ethnicity) &&
      !has("mob") &&
      !has("riot")
    )
      return vac("Attack", "kill");
    return riot("Mob violence", has("clash") ? "clash" : "beat");
  }

  // Police or soldiers who raid an office or search villages, hurting nobody, change their activity
  // (arrests when they arrest).
  // (and the forces of a group that governs where it holds: "Houthi security forces raided the offices of UN
  // agencies in Sanaa and detained seven staff members")
  if (
    facts.raidOnly &&
    agent &&
    (STATE.has(agent.role) || !!agent.governs) &&
    !hurts &&
    !has("clash") &&
    !has("abduct") &&
    !has("destroy") &&
    // (armed men raided and only arrested are arrests too: "raided hideouts of the cultists ..., arresting
    // 17 suspects and recovering two pistols")
    !(patient && isArmed(patient) && !has("arrest"))
  )
    return has("arrest") ? sd("Arrests", "arrest") : sd("Change to group/activity", "attack");
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
    // Two armed sides: the named victims, or another armed group anywhere in the frame (not the
    // agent named again: "volunteer fighters (VDP)").
    // Only a group in the object position ("... killed two Dozo militiamen") is another side: the
    // names before the verb ("Katiba Macina (JNIM) militants attacked") are all the attackers.
    // (not a named group beside unnamed gunmen who hurt civilians: "une attaque du gang « Gran Grif » ...
    // Les bandits ont ouvert le feu sur des paysans": the bandits are the gang's)
    const gangsMen = !!agent && agent.role === "armed_group" && !agent.group && patient?.role === "civilians";
    const otherArmed = sides.some(
      (m) =>
        (m.role === "identity_militia" || m.role === "named_group") &&
        !agentsSide(m, agent) &&
        !(gangsMen && m.role === "named_group") &&
        afterTrigger(m, facts),
    );
    // (not forces hurt while they disperse a crowd: "Soldiers fired tear gas and shots into the air to
    // clear the road, and two soldiers were injured by stones")
    const hurtDispersing =
      has("intervene") && isState(patient) && (!agent || isState(agent)) && !has("attack") && !has("ambush");
    // (the crowd they disperse is the demonstration told, unnamed)
    if (hurtDispersing && !has("kill") && !sides.some((m) => !isState(m)))
      return protest("Protest with intervention", "intervene");
    // ("Police officers were targeted with fireworks and projectiles", "un engin a été visé par des tirs de
    // mortiers d'artifice": what a crowd throws, by nobody named or by unarmed people, with no armed group,
    // nobody killed, no shooting, is a violent demonstration)
    if (
      facts.mobWeapons &&
      has("attack") &&
      !has("kill") &&
      !facts.shooting &&
      (!agent || unarmedAgent) &&
      !sides.some((m) => ARMED.has(m.role) && !STATE.has(m.role)) &&
      (!patient || isState(patient))
    )
      return riot("Violent demonstration", "riot");
    const twoArmedSides =
      (isArmed(patient) || !!facts.targetArmed) && (isArmed(agent) || !agent) && !hurtDispersing;
    // An ambush on travellers, aid workers or a bus is an attack on civilians, not a battle.
    const civiliansAmbushed = has("ambush") && patient?.role === "civilians" && !facts.targetArmed;
    if (
      has("clash") ||
      (has("ambush") && !civiliansAmbushed) ||
      twoArmedSides ||
      (isArmed(agent) && otherArmed && hurts && !(facts.execution && !isArmed(patient)))
    )
      return battle("Armed clash", decisive);
    // (people robbed or shot at are attacked, even unhurt: "stripped the bar owner of his belongings",
    // "opened fire against a civilian vehicle, the occupants escaped unharmed")
    // (and armed men stoning them: "stormed the village, setting fire to cars and throwing stones at residents")
    if (
      has("destroy") &&
      !hurts &&
      !facts.robbedPerson &&
      !((facts.shooting || facts.mobWeapons) && patient?.role === "civilians")
    )
      return sd("Looting/property destruction", "destroy");
    // ("gunmen attacked an oil pipeline": a thing attacked, nobody hurt, is property destroyed)
    if (has("attack") && !hurts && facts.targetThing && !patient)
      return sd("Looting/property destruction", "attack");
    // Attacks on unarmed people, villages or communities ("attacked the Dogon village of ...").
    if (hurts || (has("attack") && !isArmed(patient))) return vac("Attack", decisive);
  }
  // Villagers, youths or prisoners who burn or wreck things riot; armed men who do it destroy property.
  // (people named by who they are, not "a group of people", whom coders leave unidentified)
  // (the armed men whose post a crowd burns are its target, not its side: "butchers ransacked and
  // burned the militia's headquarters")
  const armedDoers = sides.some(
    (m) => ARMED.has(m.role) && (facts.triggerStart === undefined || m.start < facts.triggerStart),
  );
  if (
    has("destroy") &&
    unarmedAgent &&
    !armedDoers &&
    (agent?.role !== "civilians" || !!agent.social || !!agent.ethnicity)
  )
    return riot("Violent demonstration", "destroy");
  if (has("destroy") && (agent || roles.size)) return sd("Looting/property destruction", "destroy");
  if (has("coup")) return sd("Other", "coup");
  if (has("weapons")) return sd("Disrupted weapons use", "weapons");
  if (has("agreement")) return sd("Agreement", "agreement");
  // Armed groups do not arrest: the people they "detain" are abducted.
  // (a group that governs where it holds, the SDF or the Houthis, arrests)
  if (
    has("arrest") &&
    !protestLike &&
    agent &&
    ARMED.has(agent.role) &&
    !STATE.has(agent.role) &&
    !agent.governs
  )
    return vac("Abduction/forced disappearance", "arrest");
  if (has("arrest") && !protestLike) return sd("Arrests", "arrest");
  if (has("base")) return sd("Headquarters or base established", "base");
  if (
    has("deploy") &&
    (roles.has("military") ||
      roles.has("police") ||
      roles.has("external") ||
      roles.has("named_group") ||
      agent?.role === "armed_group")
  )
    return sd("Change to group/activity", "deploy");
  // (armed people take territory; "farmers drove into Whitehall" in tractors take none)
  if (has("takeover") && [...roles].some((r) => ARMED.has(r)))
    return sd("Non-violent transfer of territory", "takeover");
  return null;
}

/**
 * Shots fired into the air: security forces (or nobody named) at a crowd intervene ("police fired into
 * the air to disperse the marchers"); anyone else, a crowd or soldiers on their own, riots ("soldiers
 * fired their weapons in the air in the streets of the garrison town").
 */
function airShots(facts: FrameFacts): Set<Cue> {
  if (!facts.cues.has("air_shots")) return facts.cues;
  const out = new Set(facts.cues);
  out.delete("air_shots");
  const agentIsForces = !!facts.agent && STATE.has(facts.agent.role);
  // (soldiers who protest and fire into the air are the crowd themselves)
  const crowd =
    facts.roles.has("protesters") ||
    facts.roles.has("rioters") ||
    (out.has("protest") && (!agentIsForces || [...facts.roles].some((r) => UNARMED.has(r))));
  // (or armed men who rule the place and fire to disperse the crowd: "les rebelles ont tiré en l'air pour
  // disperser les manifestants")
  const forces =
    !facts.agent ||
    agentIsForces ||
    [...facts.roles].some((r) => STATE.has(r)) ||
    (out.has("intervene") && [...facts.roles].some((r) => ARMED.has(r)));
  if (crowd && forces) out.add("intervene");
  else if (!crowd && agentIsForces) {
    // Soldiers protesting with gunfire riot; firing on their own, with nothing else told, they are in
    // revolt against their command; in a raid or a killing the shots are part of what they did.
    const own = facts.agent?.role === "military" || facts.agent?.role === "police";
    if (out.has("protest")) out.add("riot");
    else if (out.size === 0 && own) out.add("mutiny");
  } else if (
    facts.agent &&
    UNARMED.has(facts.agent.role) &&
    !["kill", "injure", "attack"].some((c) => out.has(c as Cue))
  )
    out.add("riot");
  return out;
}

/**
 * "A group of unidentified individuals threw stones at a journalist": people whose arms nobody tells,
 * fighting with stones, sticks or rocks, are a mob (rioters), not an armed group.
 */
function stoneThrowers(facts: FrameFacts): FrameFacts {
  const agent = facts.agent;
  if (!agent?.unspecified || !facts.mobWeapons || agent.group) return facts;
  const mob: ActorMention = { ...agent, role: "rioters" };
  const actors = (facts.actors ?? []).map((m) => (m === agent ? mob : m));
  const roles = new Set(actors.map((m) => m.role as string));
  for (const r of facts.roles) if (r !== agent.role || actors.some((m) => m.role === r)) roles.add(r);
  roles.add("rioters");
  return { ...facts, agent: mob, actors, roles };
}
