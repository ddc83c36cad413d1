/**
 * Place-name normalisation shared by the gazetteer build and the runtime lookup
 * (recipe in shared/geo/README.md, steps a, c, d).
 */

/** a. NFD, strip diacritics, lower-case, drop apostrophes, hyphens and punctuation to spaces. */
export function normName(s: string): string {
  // Letters and digits with single spaces between words ("Burkina Faso"): only lower-casing changes them.
  if (isPlainName(s)) return s.toLowerCase();
  // fast path for plain ASCII (most queries): same result as the full chain below
  if (/^[\x20-\x7e]*$/.test(s))
    return s
      .replace(/['`]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ʼ’'`´ʻ]/g, "")
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/œ/g, "oe")
    .replace(/ß/g, "ss")
    .replace(/ø/g, "o")
    .replace(/ł/g, "l")
    .replace(/đ/g, "d")
    .replace(/ı/g, "i")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Only ASCII letters and digits, and single spaces that neither open nor close the string. */
function isPlainName(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === s.length - 1 || s.charCodeAt(i - 1) === 32) return false;
    } else if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/** Ethnic / status qualifiers appended to Sahel village names ("Kogoni-Peulh", "Sare Dogon"). */
const QUALIFIERS = new Set([
  "peulh",
  "peuhl",
  "peuhi",
  "peul",
  "peulhe",
  "peuh",
  "foulbe",
  "fulbe",
  "dogon",
  "bambara",
  "bozo",
  "marka",
  "sonrai",
  "songhai",
  "mossi",
  "rimaibe",
  "silmi",
  "koura",
  "kura",
  "were",
  "ouere",
  "kore",
  "i",
  "ii",
  "1",
  "2",
]);

/** c. Strip trailing (and leading) qualifiers; returns the input when nothing is left. */
export function stripQualifiers(norm: string): string {
  const toks = norm.split(" ");
  while (toks.length > 1 && QUALIFIERS.has(toks[toks.length - 1])) toks.pop();
  while (toks.length > 1 && (toks[0] === "peulh" || toks[0] === "peul")) toks.shift();
  return toks.join(" ");
}

/** d. French/English transliteration fold applied to a normalised name. */
export function fold(norm: string): string {
  // Each step only when its letters occur: a replace that finds nothing returns the same string.
  let s = norm;
  if (s.includes(" ")) s = s.replace(/ /g, "");
  if (s.includes("tch")) s = s.replace(/tch/g, "c");
  if (s.includes("ch")) s = s.replace(/ch/g, "c");
  if (s.includes("sh")) s = s.replace(/sh/g, "c");
  if (s.includes("dj")) s = s.replace(/dj/g, "j");
  if (s.includes("ou")) s = s.replace(/ou/g, "u");
  if (s.includes("w")) s = s.replace(/w/g, "u");
  if (s.includes("y")) s = s.replace(/y/g, "i");
  if (s.includes("ph")) s = s.replace(/ph/g, "f");
  if (s.includes("gu")) s = s.replace(/gu(?=[ei])/g, "g");
  if (s.includes("qu")) s = s.replace(/qu/g, "k");
  if (s.includes("q")) s = s.replace(/q/g, "k");
  if (s.includes("c")) s = s.replace(/c(?=[aouk])/g, "k");
  if (s.includes("h")) s = s.replace(/h/g, "");
  return hasRun(s) ? s.replace(/(.)\1+/g, "$1") : s;
}

/** Whether two equal code units follow each other (what `(.)\1` needs; "." excludes line breaks). */
function hasRun(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) === s.charCodeAt(i - 1)) return true;
  return false;
}

/** English and French compass words written one way ("North Kivu" = "Nord-Kivu", "Northwest" = "Nord-Ouest"). */
const DIRECTIONS: Record<string, string> = {
  north: "nord",
  south: "sud",
  east: "est",
  west: "ouest",
  northwest: "nord ouest",
  northeast: "nord est",
  southwest: "sud ouest",
  southeast: "sud est",
  northwestern: "nord ouest",
  northeastern: "nord est",
  southwestern: "sud ouest",
  southeastern: "sud est",
  center: "centre",
  central: "centre",
};

function sameDirections(norm: string): string {
  if (!/(north|south|east|west|cent)/.test(norm)) return norm;
  return norm
    .split(" ")
    .map((t) => DIRECTIONS[t] ?? t)
    .join(" ");
}

/** Key used for the folded index: fold(stripQualifiers(norm)), compass words in one language. */
export function foldKey(norm: string): string {
  return fold(stripQualifiers(sameDirections(norm)));
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Bounded Levenshtein distance; returns max+1 as soon as the bound is exceeded (no allocation per call). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rowA.length) {
    rowA = new Int32Array(b.length * 2 + 2);
    rowB = new Int32Array(b.length * 2 + 2);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      const v = Math.min(sub, del, ins);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}

/** Allowed edit distance for a folded key of this length (README step e). */
export function fuzzyBudget(len: number): number {
  if (len >= 9) return 2;
  if (len >= 6) return 1;
  return 0;
}

/** Latin-script check for alternate names (drops Arabic, Cyrillic, CJK, ...). */
export function isLatinScript(s: string): boolean {
  return /^[\p{Script=Latin}\p{M}\s'’ʼ\-.,()/&0-9]+$/u.test(s) && /\p{Script=Latin}/u.test(s);
}

/** Words that mark an administrative unit in a mention ("Mopti region", "cercle de Niono"). */
export const ADMIN1_WORDS = [
  "region",
  "regions",
  "state",
  "province",
  "governorate",
  "prefecture",
  "oblast",
  "wilaya",
];
export const ADMIN2_WORDS = [
  "cercle",
  "circle",
  "regency",
  "lga",
  "upazila",
  "district",
  "department",
  "departement",
  "county",
  "commune",
  "municipality",
];

export interface AdminMention {
  base: string;
  level: 1 | 2 | null;
}

/** Kind words written short before a name, and the word they stand for ("Co Galway": Ireland's counties). */
const KIND_ABBREVIATIONS = new Map([["co", "county"]]);

/** The kind word a word written short stands for ("Co", "Co." -> "county"), or undefined. */
export function kindAbbreviation(word: string): string | undefined {
  return KIND_ABBREVIATIONS.get(normName(word));
}

/** A normalised name with a kind word written short at its start written out ("co galway" -> "county galway"). */
export function expandKindAbbreviation(norm: string): string {
  const sp = norm.indexOf(" ");
  const full = sp > 0 ? KIND_ABBREVIATIONS.get(norm.slice(0, sp)) : undefined;
  return full ? full + norm.slice(sp) : norm;
}

/** The admin level a word names ("region": 1, "cercle": 2), if any. */
function adminLevelOf(t: string): 1 | 2 | null {
  return ADMIN1_WORDS.includes(t) ? 1 : ADMIN2_WORDS.includes(t) ? 2 : null;
}

/**
 * Detect "X region", "region of X", "région de X", "cercle de X", "X Province" in a normalised name
 * and return the base name with the admin level it asks for.
 */
export function splitAdminMention(norm: string): AdminMention {
  // (a name of one word, as most are, has no admin word beside it)
  if (!norm.includes(" ")) return { base: norm, level: null };
  const toks = norm.split(" ").filter((t) => t.length > 0);
  if (toks.length < 2) return { base: norm, level: null };
  const last = adminLevelOf(toks[toks.length - 1]);
  if (last) return { base: toks.slice(0, -1).join(" "), level: last };
  const first = adminLevelOf(toks[0]);
  if (first) {
    let rest = toks.slice(1);
    while (rest.length > 1 && ["of", "de", "du", "des", "d", "la", "le", "l"].includes(rest[0]))
      rest = rest.slice(1);
    return { base: rest.join(" "), level: first };
  }
  return { base: norm, level: null };
}

/** Strip the administrative suffixes GeoNames puts in admin names ("Cascades Region" -> "Cascades"). */
export function cleanAdminName(name: string): string {
  return name
    .replace(
      /^(Cercle|Province|Département|Departement|Région|Region|Préfecture|Prefecture|Commune|District)\s+(de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+|d')/i,
      "",
    )
    .replace(
      /\s+(Region|Province|Cercle|Department|Département|Governorate|State|Prefecture|Préfecture|District|Division|County|Parish)$/i,
      "",
    )
    .trim();
}

/** Admin2 names as ACLED writes them: also without "Kabupaten", "Provincia di", "Province of", ... */
export function cleanAdmin2Name(name: string): string {
  // ("Rutshuru Territory": Congo's districts are territories; not at admin1, "Northern Territory";
  // "Bajaur Agency": Pakistan's former tribal agencies, now districts, as the news name them)
  const c = cleanAdminName(name).replace(/\s+(?:Territory|Agency)$/, "");
  const m = c.match(
    /^(?:Kabupaten|Okres|Provincia(?: di| de| del)?|Province of|Departamento(?: de| del)?|Distrito(?: de)?|Municipio(?: de)?|Commune of|District of|Municipality of)\s+(.+)$/,
  );
  return m && !/^(Federal|Capital|Nacional|Columbia)\b/.test(m[1]) ? m[1] : c;
}
