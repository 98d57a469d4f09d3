// Towns and villages below the gazetteer's population cut (data/knowledge/towns.json, built by
// scripts/build-gazetteer.ts). Only the events stage reads them, and only for the town of a place chain the text
// writes out ("in Zenda village, North Province, Ruritania"), where the country and region are already known, so
// a small place named like a common word cannot become a mention. Loaded on first use.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TOWNS_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'knowledge', 'towns.json');

export interface Town {
  name: string;
  countryCode: string;
  /** First-level region code within the country ("FYB" of "admin1:AF-FYB"); "" when unknown. */
  region: string;
  lat: number;
  lon: number;
  population: number;
}

type TownRow = [string, string, string, number, number, number];
// Words a chain segment may add to a town's name ("Zenda village", "Kuz Kunar district").
const TOWN_WORDS = /\s+(?:village|town|city|district|sub-?district|municipality|commune|locality|hamlet|settlement)$/i;

let index: Map<string, Town[]> | undefined;
let skeletons: Map<string, Town[]> | undefined;
let indexPath: string | undefined;

/**
 * The consonants of a transliterated name, for spellings that differ in vowels, doubled letters, an "al-"
 * article or a final "h" ("Jindires" / "Jindayris", "Qamishli" / "Al Qāmishlī", "Shoqra" / "Shuqrah").
 */
export function townSkeleton(name: string): string {
  return townKey(name).replace(/^(?:al|el|ar|as|ad|an|at|ash)\s+/, '').replace(/h$/, '').replace(/[^a-z]/g, '')
    .replace(/[aeiouyw]/g, '').replace(/(.)\1+/g, '$1');
}

/** Lower case, no diacritics, no apostrophes or hyphens: "Dara-e-Taimoor" and "Dara e Taimoor" meet. */
export function townKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(TOWN_WORDS, '').replace(/['’`]/g, '').replace(/[-\s]+/g, ' ').trim();
}

function load(path: string): Map<string, Town[]> {
  const map = new Map<string, Town[]>();
  if (!existsSync(path)) return map;
  const rows = (JSON.parse(readFileSync(path, 'utf8')) as { towns: TownRow[] }).towns;
  for (const [name, countryCode, region, lat, lon, population] of rows) {
    const key = `${countryCode}|${townKey(name)}`;
    const town: Town = { name, countryCode, region, lat, lon, population };
    const list = map.get(key);
    if (list) list.push(town);
    else map.set(key, [town]);
  }
  return map;
}

function bySkeleton(map: Map<string, Town[]>): Map<string, Town[]> {
  const found = new Map<string, Town[]>();
  for (const list of map.values()) {
    for (const town of list) {
      const key = `${town.countryCode}|${townSkeleton(town.name)}`;
      const same = found.get(key);
      if (same) same.push(town);
      else found.set(key, [town]);
    }
  }
  return found;
}

// A skeleton this short matches too many unrelated names.
const MIN_SKELETON = 3;

/** What the text says around the town: the region's code when it resolved to a region, and a resolved point. */
export interface TownAnchor {
  region?: string;
  lat: number;
  lon: number;
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
 * The town of that name in the country. With an anchor, a town in its region, else the nearest within ANCHOR_KM;
 * without one, only a name that is unique in the country (a guess could be hundreds of km off). A spelling
 * variant (same consonant skeleton) is trusted only near an anchor.
 */
export function findTown(name: string, countryCode: string, anchor?: TownAnchor, path: string = TOWNS_PATH): Town | undefined {
  if (indexPath !== path) {
    index = load(path);
    skeletons = undefined;
    indexPath = path;
  }
  index ??= load(path);
  const exact = pick(index.get(`${countryCode}|${townKey(name)}`) ?? [], anchor, true);
  if (exact) return exact;
  const skeleton = townSkeleton(name);
  if (!anchor || skeleton.length < MIN_SKELETON) return undefined;
  skeletons ??= bySkeleton(index);
  return pick(skeletons.get(`${countryCode}|${skeleton}`) ?? [], anchor, false);
}

function pick(candidates: Town[], anchor: TownAnchor | undefined, uniqueAlone: boolean): Town | undefined {
  if (candidates.length === 0) return undefined;
  if (!anchor) return uniqueAlone && candidates.length === 1 ? candidates[0] : undefined;
  const inRegion = anchor.region ? candidates.filter((t) => t.region === anchor.region) : [];
  const pool = (inRegion.length > 0 ? inRegion : candidates).filter((t) => km(t, anchor) <= ANCHOR_KM);
  if (pool.length === 0) return uniqueAlone && candidates.length === 1 ? candidates[0] : undefined;
  return pool.sort((a, b) => km(a, anchor) - km(b, anchor))[0];
}
