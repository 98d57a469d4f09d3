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

/** Lower case, no diacritics, no apostrophes or hyphens: "Dara-e-Taimoor" and "Dara e Taimoor" meet. */
export function townKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(TOWN_WORDS, '').replace(/['’`]/g, '').replace(/[-\s]+/g, ' ').trim();
}

// Rows by country, parsed once; each country's name and skeleton indexes are built on first use, so one
// article pays for its own country only.
let rowsByCountry: Map<string, TownRow[]> | undefined;
let rowsPath: string | undefined;
const byCountry = new Map<string, { names: Map<string, Town[]>; skeletons: Map<string, Town[]> }>();

/**
 * The consonants of a transliterated name, for spellings that differ in vowels, doubled letters, an "al-"
 * article or a final "h" ("Jindires" / "Jindayris", "Qamishli" / "Al Qāmishlī", "Shoqra" / "Shuqrah").
 */
export function townSkeleton(name: string): string {
  return townKey(name).replace(/^(?:al|el|ar|as|ad|an|at|ash)\s+/, '').replace(/h$/, '').replace(/[^a-z]/g, '')
    .replace(/[aeiouyw]/g, '').replace(/(.)\1+/g, '$1');
}

function countryIndex(countryCode: string, path: string): { names: Map<string, Town[]>; skeletons: Map<string, Town[]> } {
  if (rowsPath !== path) {
    rowsByCountry = new Map();
    byCountry.clear();
    rowsPath = path;
    if (existsSync(path)) {
      for (const row of (JSON.parse(readFileSync(path, 'utf8')) as { towns: TownRow[] }).towns) {
        const list = rowsByCountry.get(row[1]);
        if (list) list.push(row);
        else rowsByCountry.set(row[1], [row]);
      }
    }
  }
  let index = byCountry.get(countryCode);
  if (index) return index;
  index = { names: new Map(), skeletons: new Map() };
  const push = (map: Map<string, Town[]>, key: string, town: Town) => {
    const list = map.get(key);
    if (list) list.push(town);
    else map.set(key, [town]);
  };
  for (const [name, cc, region, lat, lon, population] of rowsByCountry?.get(countryCode) ?? []) {
    const town: Town = { name, countryCode: cc, region, lat, lon, population };
    push(index.names, townKey(name), town);
    push(index.skeletons, townSkeleton(name), town);
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
  const index = countryIndex(countryCode, path);
  const exact = pick(index.names.get(townKey(name)) ?? [], anchor, true);
  if (exact) return exact;
  const skeleton = townSkeleton(name);
  if (!anchor || skeleton.length < MIN_SKELETON) return undefined;
  return pick(index.skeletons.get(skeleton) ?? [], anchor, false);
}

function pick(candidates: Town[], anchor: TownAnchor | undefined, uniqueAlone: boolean): Town | undefined {
  if (candidates.length === 0) return undefined;
  if (!anchor) return uniqueAlone && candidates.length === 1 ? candidates[0] : undefined;
  const inRegion = anchor.region ? candidates.filter((t) => t.region === anchor.region) : [];
  const pool = (inRegion.length > 0 ? inRegion : candidates).filter((t) => km(t, anchor) <= ANCHOR_KM);
  if (pool.length === 0) return uniqueAlone && candidates.length === 1 ? candidates[0] : undefined;
  return pool.sort((a, b) => km(a, anchor) - km(b, anchor))[0];
}
