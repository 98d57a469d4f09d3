// Towns, villages and regions for the events stage (data/knowledge/event-places.gz and its index, built by
// scripts/build-gazetteer.ts from GeoNames: every place of 500 people or more or a seat of government, with its
// Latin-script alternate names). Only the events stage reads them, and only for the segments of a place chain the
// text writes out ("in Zenda village, Tarlen district, North Province, Ruritania"), where the country is already
// known, so a small place named like a common word cannot become a mention. Loaded on first use.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const PLACES_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'knowledge', 'event-places.gz');

export interface Town {
  name: string;
  countryCode: string;
  /** First-level region code within the country ("FYB" of "admin1:AF-FYB"); "" when unknown. */
  region: string;
  lat: number;
  lon: number;
  population: number;
  /** Seat of government of a division of this level (1 capital or first-level seat, 2–4 lower ones); 0 none. */
  seat: number;
}

export interface Region {
  /** "AF-FYB" */
  id: string;
  name: string;
  countryCode: string;
  lat: number;
  lon: number;
}

/** [name, country, region code, lat, lon, population, seat level, other names joined by "|"] */
type PlaceRow = [string, string, string, number, number, number, number, string];
/** [id, name, country, lat, lon, aliases] as in gazetteer.json's admin1. */
type RegionRow = [string, string, string, number, number, string[]];
interface Index {
  names: Map<string, Town[]>;
  /** Built on the first skeleton lookup: most articles never need it. */
  skeletons?: Map<string, Town[]>;
  /** Each town's name keys, for the skeleton index. */
  keysOf: Map<Town, string[]>;
  regions: Map<string, Region[]>;
}

// Words a chain segment may add to a town's name ("Zenda village", "Kuz Kunar district").
const TOWN_WORDS = /\s+(?:village|town|city|district|sub-?district|municipality|commune|locality|hamlet|settlement)$/i;
// Words a chain segment may add to a region's name ("Sari Pul province").
const REGION_WORDS = /\s+(?:province|governorate|state|region|county|prefecture|department|oblast|division|territory)$/i;
// Arabic (and Spanish) articles transliterations write or drop: "Al-Rai" / "Ar Ra'i", "Qaim" / "Al Qa'im".
const ARTICLE = /^(?:al|el|ar|as|ad|an|at|ash|az|adh|ath|ul)\s+/;

/** Lower case, no diacritics, no apostrophes or hyphens: "Dara-e-Taimoor" and "Dara e Taimoor" meet. */
export function townKey(name: string): string {
  // Most names are plain ASCII: no decomposition needed.
  const folded = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '');
  return folded.toLowerCase().replace(TOWN_WORDS, '').replace(/['’‘ʻʼ`]/g, '').replace(/[-\s]+/g, ' ').trim();
}

/** The key without a leading article: "Al-Rai", "Ar Ra'i" and "Rai" meet. */
export function bareKey(name: string): string {
  return bareOf(townKey(name));
}

function bareOf(key: string): string {
  // A final "h" after a vowel is often dropped ("Hamah" / "Hama", "Salamiyah" / "Salamiya"), and words are
  // written apart or together ("Bio-Bio" / "Biobio").
  // Doubled letters and "ay"/"ai" are spelling choices too ("Ain Issa" / "Ayn Isa", "Hillah" / "Hila").
  const bare = key.replace(ARTICLE, '').replace(/([aeiou])h$/, '$1').replace(/ /g, '').replace(/(.)\1+/g, '$1').replace(/ay/g, 'ai');
  return bare.length >= 3 ? bare : key.replace(/ /g, '');
}

/**
 * The consonants of a transliterated name, for spellings that differ in vowels, doubled letters, an "al-"
 * article or a final "h" ("Jindires" / "Jindayris", "Qamishli" / "Al Qāmishlī", "Shoqra" / "Shuqrah").
 */
export function townSkeleton(name: string): string {
  return skeletonOf(townKey(name));
}

function skeletonOf(key: string): string {
  return key.replace(ARTICLE, '').replace(/h$/, '').replace(/[^a-z]/g, '').replace(/[aeiouyw]/g, '').replace(/(.)\1+/g, '$1');
}

// The index of the country members, read once; each country's member is read, inflated, parsed and indexed on
// first use, so one article pays for its own countries only.
let loaded: { path: string; ranges: Record<string, [number, number]> } | undefined;
const byCountry = new Map<string, Index>();

function countryData(countryCode: string, path: string): { places: PlaceRow[]; regions: RegionRow[] } {
  if (loaded?.path !== path) {
    byCountry.clear();
    const indexPath = path.replace(/\.gz$/, '.json');
    loaded = { path, ranges: existsSync(indexPath) ? (JSON.parse(readFileSync(indexPath, 'utf8')) as { countries: Record<string, [number, number]> }).countries : {} };
  }
  const range = loaded.ranges[countryCode];
  if (!range) return { places: [], regions: [] };
  const bytes = Buffer.alloc(range[1]);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, bytes, 0, range[1], range[0]);
  } finally {
    closeSync(fd);
  }
  return JSON.parse(gunzipSync(bytes).toString('utf8')) as { places: PlaceRow[]; regions: RegionRow[] };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function countryIndex(countryCode: string, path: string): Index {
  if (loaded?.path === path) {
    const index = byCountry.get(countryCode);
    if (index) return index;
  }
  const data = countryData(countryCode, path);
  const index: Index = { names: new Map(), keysOf: new Map(), regions: new Map() };
  for (const [name, cc, region, lat, lon, population, seat, others] of data.places) {
    const town: Town = { name, countryCode: cc, region, lat, lon, population, seat: seat ?? 0 };
    const keys = (others ? [name, ...others.split('|')] : [name]).map(townKey);
    index.keysOf.set(town, keys);
    // One entry per key: a place whose names share a key is listed under it once.
    for (const key of new Set(keys.map(bareOf))) push(index.names, key, town);
  }
  for (const [id, name, cc, lat, lon, aliases] of data.regions) {
    const region: Region = { id, name, countryCode: cc, lat, lon };
    // "Nord Region, Burkina Faso" is "Nord".
    const keys = new Set([name, ...aliases].map((n) => bareKey(n.replace(/,.*$/, '').replace(REGION_WORDS, ''))));
    for (const key of keys) push(index.regions, key, region);
  }
  byCountry.set(countryCode, index);
  return index;
}

// A skeleton this short matches too many unrelated names.
const MIN_SKELETON = 3;

/** What the text says around the town: the region's code when it resolved to a region, and a resolved point. */
export interface TownAnchor {
  region?: string;
  lat: number;
  lon: number;
  /** The anchor is a town (a district's seat the chain names next): a place of the name must lie this near it. */
  withinKm?: number;
}

export interface TownQuery {
  /** The segment calls it a district ("Nahri Saraj district"): the district's seat is preferred. */
  district?: boolean;
}

// How far from the region (or the town the chain names next) a town of the name may lie: a first-level region
// of a conflict country is rarely wider than this from its centre.
const ANCHOR_KM = 150;

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * The town of that name (or one of its other names) in the country. With an anchor, a town in its region, else
 * the nearest within ANCHOR_KM; without one, only a name that is unique in the country (a guess could be hundreds
 * of km off). A spelling variant (same consonant skeleton) is trusted only near an anchor.
 */
export function findTown(name: string, countryCode: string, anchor?: TownAnchor, query: TownQuery = {}, path: string = PLACES_PATH): Town | undefined {
  const index = countryIndex(countryCode, path);
  const exact = pick(index.names.get(bareKey(name)) ?? [], anchor, true, query);
  if (exact) return exact;
  const skeleton = townSkeleton(name);
  if (!anchor || skeleton.length < MIN_SKELETON) return undefined;
  return pick(skeletonIndex(index).get(skeleton) ?? [], anchor, false, query);
}

function skeletonIndex(index: Index): Map<string, Town[]> {
  if (index.skeletons) return index.skeletons;
  index.skeletons = new Map();
  for (const [town, keys] of index.keysOf) for (const skeleton of new Set(keys.map(skeletonOf))) push(index.skeletons, skeleton, town);
  return index.skeletons;
}

/**
 * The first-level region of the country that a chain segment names in another spelling than the gazetteer's
 * ("Raqqah" for "Al-Raqqah Governorate"): by the article-free key, else by a skeleton unique in the country.
 */
export function findRegion(name: string, countryCode: string, path: string = PLACES_PATH): Region | undefined {
  const index = countryIndex(countryCode, path);
  const key = bareOf(townKey(name.replace(REGION_WORDS, '')));
  const exact = index.regions.get(key) ?? [];
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return undefined;
  const skeleton = skeletonOf(key);
  if (skeleton.length < MIN_SKELETON) return undefined;
  const found = new Set<Region>();
  for (const [key, regions] of index.regions) if (townSkeleton(key) === skeleton) for (const r of regions) found.add(r);
  return found.size === 1 ? [...found][0] : undefined;
}

// Rows of one name this close together are one place listed twice ("Abu Ghraib" and "Abu Ghraib District").
const SAME_PLACE_KM = 25;

/** The place when all the candidates are one place (the most populous of its rows); undefined otherwise. */
function onePlace(candidates: Town[]): Town | undefined {
  if (candidates.length === 0 || candidates.some((t) => km(t, candidates[0]) > SAME_PLACE_KM)) return undefined;
  return candidates.reduce((best, t) => (t.population > best.population ? t : best));
}

function pick(candidates: Town[], anchor: TownAnchor | undefined, uniqueAlone: boolean, query: TownQuery): Town | undefined {
  if (candidates.length === 0) return undefined;
  if (!anchor) return uniqueAlone ? onePlace(candidates) : undefined;
  if (anchor.withinKm !== undefined) {
    const close = candidates.filter((t) => km(t, anchor) <= anchor.withinKm!);
    return close.sort((a, b) => km(a, anchor) - km(b, anchor))[0];
  }
  const inRegion = anchor.region ? candidates.filter((t) => t.region === anchor.region) : [];
  // A town of the name in the anchor's region is trusted at any distance (large regions); by a spelling variant,
  // or with no region to compare, only near the anchor; one known to lie in another region is not this one.
  const near = (t: Town) => km(t, anchor) <= ANCHOR_KM;
  const regionUnknown = (t: Town) => !anchor.region || !t.region;
  let pool = inRegion.length > 0 ? (uniqueAlone ? inRegion : inRegion.filter(near)) : candidates.filter((t) => near(t) && regionUnknown(t));
  // Nothing near the anchor: the one place of that name stands when it lies no farther than a neighbouring
  // region (a town on a region's border; "Muqur district, Badghis" is not the Muqur of Ghazni, 480 km away).
  if (pool.length === 0) {
    const only = uniqueAlone ? onePlace(candidates) : undefined;
    return only && (only.region === anchor.region || km(only, anchor) <= 2 * ANCHOR_KM) ? only : undefined;
  }
  if (query.district && pool.some((t) => t.seat > 0)) pool = pool.filter((t) => t.seat > 0);
  return pool.sort((a, b) => km(a, anchor) - km(b, anchor))[0];
}
