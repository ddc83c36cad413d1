/**
 * Measure the actor registry on the dev gold: for each ACLED note, run mentions() on its text and
 * check whether ACLED's actor names can be produced from the mentions through the registry API.
 * Usage: npx tsx scripts/eval-actors.ts [GOLD.jsonl] [--misses N]
 * Reads ../shared/corpus/dev/acled-notes.jsonl by default; exits cleanly when it is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ActorMention, type ActorRegistry, loadActorRegistry } from "../src/knowledge/actor-registry.js";
import { tokenize } from "../src/text/tokens.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const file =
  args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--misses") ??
  join(root, "..", "shared", "corpus", "dev", "acled-notes.jsonl");
const missIdx = args.indexOf("--misses");
const showMisses = missIdx >= 0 ? Number(args[missIdx + 1] ?? 10) : 0;
if (!existsSync(file)) {
  console.log(`eval-actors: ${file} not found, nothing to measure`);
  process.exit(0);
}

interface GoldEvent {
  event_date: string | null;
  country: string | null;
  actor1: string | null;
  actor2: string | null;
  assoc_actor_1: string | null;
  assoc_actor_2: string | null;
}
interface GoldArticle {
  text: string;
  language: string;
  country: string | null;
  events: GoldEvent[];
}

const STATE =
  /^(Military Forces of|Police Forces of|Government of|Mutiny of Military Forces of) (.+?) \((\d{4}-\d{0,4})\)(.*)$/;
const GENERIC = /^(Protesters|Rioters|Civilians|Unidentified Armed Group) \((.+)\)$/;
const IDENTITY = /^(.+) (Ethnic|Communal|Indigenous|Clan) Militia \((.+)\)$/;

type Category = "state" | "external state" | "generic" | "identity militia" | "named group";

/** ACLED exports before a regime ended print its period open ("2015-"): accept it for "2015-2022". */
function lenient(name: string): string {
  return name.replace(/\((\d{4})-\d{4}\)/g, "($1-)");
}

function categorise(name: string, country: string | null): Category {
  const st = STATE.exec(name);
  if (st) {
    const c = st[2].replace(/^the /, "");
    return country && c !== country && !country.includes(c) ? "external state" : "state";
  }
  if (GENERIC.test(name)) return "generic";
  if (IDENTITY.test(name)) return "identity militia";
  return "named group";
}

const BRANCH: Record<string, "military" | "police" | "government" | "mutiny"> = {
  "Military Forces of": "military",
  "Police Forces of": "police",
  "Government of": "government",
  "Mutiny of Military Forces of": "mutiny",
};

/** Every actor name the mentions can produce through the API. */
function producible(
  reg: ActorRegistry,
  ms: ActorMention[],
  country: string,
  date: string | null,
): Set<string> {
  const out = new Set<string>();
  for (const m of ms) {
    if (m.group) out.add(m.group.name);
    const c = m.country ?? country;
    switch (m.role) {
      case "military":
      case "police":
      case "government":
      case "mutiny":
        out.add(reg.stateForce(c, m.role, date, m.unit).name);
        out.add(reg.stateForce(c, m.role, date).name);
        if (m.altRole === "police") out.add(reg.stateForce(c, "police", date).name);
        for (const other of m.countries ?? []) {
          out.add(reg.stateForce(other, m.role, date).name);
          if (other !== country) out.add(reg.foreignForce(other, date).name);
        }
        if (m.country && m.country !== country) out.add(reg.foreignForce(m.country, date).name);
        break;
      case "external":
        if (m.country) out.add(reg.foreignForce(m.country, date).name);
        if (m.mission) {
          const ms2 = reg.missionFor(country, date);
          if (ms2) out.add(ms2.name);
        }
        break;
      case "identity_militia":
        if (m.ethnicity) out.add(reg.ethnicMilitia(m.ethnicity, country).name);
        if (m.generic) out.add(reg.generic(m.generic, country).name);
        out.add(reg.generic("armed_group", country).name);
        break;
      case "armed_group":
        out.add(reg.generic(m.generic ?? "armed_group", country).name);
        break;
      case "civilians":
      case "protesters":
      case "rioters":
        out.add(reg.generic(m.role, country).name);
        break;
    }
  }
  return out;
}

const reg = loadActorRegistry();
const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
const stats = new Map<Category, { n: number; found: number; lenient: number; registry: number }>();
const stateApi = { n: 0, exact: 0, lenient: 0 };
const misses = new Map<Category, string[]>();
const assoc = { n: 0, found: 0 };
let mentionCount = 0;
let chars = 0;
let ms = 0;
for (const line of lines) {
  const art = JSON.parse(line) as GoldArticle;
  const locale = art.language === "fr" ? "fr" : "en";
  const toks = tokenize(art.text);
  const t0 = performance.now();
  const mentions = reg.mentions(toks, locale);
  ms += performance.now() - t0;
  chars += art.text.length;
  mentionCount += mentions.length;
  for (const ev of art.events) {
    const country = ev.country ?? art.country ?? "";
    const names = producible(reg, mentions, country, ev.event_date);
    const lenientNames = new Set([...names].map(lenient));
    for (const gold of [ev.actor1, ev.actor2]) {
      if (!gold) continue;
      for (const g of gold.split(/; /)) {
        const cat = categorise(g, country);
        const s = stats.get(cat) ?? { n: 0, found: 0, lenient: 0, registry: 0 };
        s.n++;
        if (names.has(g)) s.found++;
        if (lenientNames.has(lenient(g))) s.lenient++;
        else {
          const list = misses.get(cat) ?? [];
          list.push(`${g}  <-  ${art.text.slice(0, 140)}`);
          misses.set(cat, list);
        }
        if (cat === "named group" && reg.groupOf(g)) s.registry++;
        stats.set(cat, s);
        const st = STATE.exec(g);
        if (st) {
          // does stateForce give ACLED's name when told the country, branch and date?
          const c = st[2].replace(/^the /, "");
          const unit = st[4].trim() || null;
          const got = reg.stateForce(c, BRANCH[st[1]], ev.event_date, unit).name;
          stateApi.n++;
          if (got === g) stateApi.exact++;
          if (lenient(got) === lenient(g)) stateApi.lenient++;
        }
      }
    }
    for (const a of [ev.assoc_actor_1, ev.assoc_actor_2]) {
      if (!a) continue;
      for (const g of a.split(/; /)) {
        assoc.n++;
        const ok = mentions.some(
          (m) =>
            (m.ethnicity && reg.ethnicGroup(m.ethnicity, country) === g) ||
            (m.social && reg.socialGroup(m.social, country) === g) ||
            m.group?.name === g ||
            (m.country && lenient(reg.foreignForce(m.country, ev.event_date).name) === lenient(g)),
        );
        if (ok) assoc.found++;
      }
    }
  }
}
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "-");
console.log(
  `${lines.length} notes, ${mentionCount} mentions, ${(chars / 1e6 / (ms / 1000)).toFixed(1)} MB/s in mentions()`,
);
console.log("gold actor1/actor2 producible from the note's mentions via the registry:");
let tn = 0;
let tf = 0;
let tl = 0;
for (const [cat, s] of [...stats].sort((a, b) => b[1].n - a[1].n)) {
  tn += s.n;
  tf += s.found;
  tl += s.lenient;
  const reg2 = cat === "named group" ? `, name known to the registry ${pct(s.registry, s.n)}` : "";
  console.log(
    `  ${cat.padEnd(17)} ${String(s.n).padStart(5)}  exact ${pct(s.found, s.n).padStart(6)}  period-lenient ${pct(s.lenient, s.n).padStart(6)}${reg2}`,
  );
}
console.log(
  `  ${"all".padEnd(17)} ${String(tn).padStart(5)}  exact ${pct(tf, tn).padStart(6)}  period-lenient ${pct(tl, tn).padStart(6)}`,
);
console.log(
  `stateForce(country, branch, event_date) = gold state-force name: exact ${pct(stateApi.exact, stateApi.n)}, period-lenient ${pct(stateApi.lenient, stateApi.n)} (n=${stateApi.n})`,
);
console.log(`associated actors found among the mentions: ${pct(assoc.found, assoc.n)} (n=${assoc.n})`);
if (showMisses)
  for (const [cat, list] of misses) {
    console.log(`\nmisses: ${cat}`);
    for (const l of list.slice(0, showMisses)) console.log(`  ${l}`);
  }
