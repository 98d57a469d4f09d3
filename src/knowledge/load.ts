// Loads the bundled knowledge base (data/knowledge/): actors, countries, gazetteer, demonyms, titles.
// Loaded once per directory and cached; the alias matcher is built at load time.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { Actor, ActorKind, Place } from '../core/document.js';
import { SitrepError } from '../core/errors.js';
import { AliasMatcher } from './matcher.js';
import { fold } from './normalize.js';
import {
  actorFileSchema,
  ambiguityFileSchema,
  countryFileSchema,
  extraPlacesFileSchema,
  genericOrgsFileSchema,
  checkGazetteer,
  type GazetteerFile,
  titlesFileSchema,
  type ActorEntry,
} from './schema.js';

/** What a matched alias stands for. One object per actor, place or demonym country (compared by identity). */
export type KbRef =
  | { type: 'actor'; id: string }
  | { type: 'place'; id: string }
  | { type: 'demonym'; id: string; country: string }
  /** A phrase that hides the names inside it ("South America" is not the US). */
  | { type: 'block'; id: string };

export interface ContextRule {
  actorId: string;
  countries: string[];
  actors: string[];
}

export interface CountryInfo {
  code: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  placeId: string;
  actorId: string;
}

export interface PlaceInfo extends Place {
  /** Population for cities (GeoNames); undefined for countries and regions. */
  population?: number;
}

export interface KnowledgeBase {
  readonly dir: string;
  readonly actors: ReadonlyMap<string, Actor>;
  readonly places: ReadonlyMap<string, PlaceInfo>;
  readonly countries: ReadonlyMap<string, CountryInfo>;
  /** GTD and ACLED names of an actor, for exports in their columns. */
  readonly sourceNames: ReadonlyMap<string, { gtd: string[]; acled: string[] }>;
  /** Folded alias → actors for which it holds only in context. */
  readonly contextAliases: ReadonlyMap<string, ContextRule[]>;
  /** Folded aliases knowingly shared by several actors. */
  readonly ambiguousAliases: ReadonlySet<string>;
  /** Titles and roles, longest first. */
  readonly titles: readonly string[];
  /** Party labels written before a person's name, longest first (titles.json). */
  readonly partyLabels: readonly string[];
  /** Whether an organisation name is one every country has ("Interior Ministry"): see generic-orgs.json. */
  isGenericOrganisation(name: string): boolean;
  /** Alias matcher; its values are handles, turned into refs by `refOf`. */
  readonly matcher: AliasMatcher<number>;
  refOf(handle: number): KbRef;
  /** Milliseconds the load took. */
  readonly loadMs: number;
  getActor(id: string): Actor | undefined;
  getPlace(id: string): PlaceInfo | undefined;
}

const DEFAULT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'knowledge');

const cache = new Map<string, KnowledgeBase>();

/** The knowledge base in `dir` (default: the bundled data/knowledge/), loaded on first use and cached. */
// A group's provinces are written both ways round: "Islamic State Khorasan Province" and "Khorasan Province of
// the Islamic State".
const GROUP_PROVINCE = /^(Islamic State|ISIS|ISIL|IS)(?:'s)?[ -](\S+(?: \S+)?) Province$/;
const PROVINCE_OF_GROUP = /^(\S+(?: \S+)?) Province of the (Islamic State|ISIS|ISIL)$/;

/** The other word order of every "<Group> <X> Province" / "<X> Province of the <Group>" alias. */
export function provinceVariants(aliases: readonly string[]): string[] {
  const out: string[] = [];
  for (const alias of aliases) {
    const forward = GROUP_PROVINCE.exec(alias);
    if (forward) out.push(`${forward[2]} Province of the ${forward[1]}`);
    const backward = PROVINCE_OF_GROUP.exec(alias);
    if (backward) out.push(`${backward[2]} ${backward[1]} Province`);
  }
  return out.filter((v) => !aliases.includes(v));
}

export function loadKnowledgeBase(dir: string = DEFAULT_DIR): KnowledgeBase {
  const key = path.resolve(dir);
  let kb = cache.get(key);
  if (!kb) {
    kb = buildKnowledgeBase(key);
    cache.set(key, kb);
  }
  return kb;
}

/** Forget cached knowledge bases (tests that write data files use it). */
export function clearKnowledgeCache(): void {
  cache.clear();
}

function readJson(file: string): unknown {
  const where = displayName(file);
  if (!existsSync(file)) {
    throw new SitrepError('E060', `knowledge file ${file} is missing`, 'reinstall Sitrep or point --knowledge at a complete data/knowledge folder');
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SitrepError('E060', `knowledge file ${where} is not valid JSON: ${reason}`, 'fix the JSON syntax (see docs/knowledge.md)');
  }
}

function displayName(file: string): string {
  return path.basename(path.dirname(file)) === 'actors' ? `actors/${path.basename(file)}` : path.basename(file);
}

function readData<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const where = displayName(file);
  const parsed = schema.safeParse(readJson(file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    throw new SitrepError(
      'E060',
      `knowledge file ${where} is invalid at ${at}: ${issue.message}`,
      'fix the entry to match the format in docs/knowledge.md',
    );
  }
  return parsed.data;
}

function readGazetteer(file: string): GazetteerFile {
  const data = readJson(file);
  const problem = checkGazetteer(data);
  if (problem) {
    throw new SitrepError('E060', `knowledge file gazetteer.json is invalid at ${problem}`, 'rebuild it with `npx tsx scripts/build-gazetteer.ts`');
  }
  return data as GazetteerFile;
}

// Matcher values are numbers: below CITY_HANDLE, an index into the table of eager refs (actors, countries,
// regions, demonyms); from it on, CITY_HANDLE + the city's row in the gazetteer, its ref made when first matched.
// Cities are three quarters of the knowledge base; making their objects lazily halves the load time.
const CITY_HANDLE = 1 << 24;

/** Places by id: countries, regions and extra places held as objects, cities built from gazetteer rows on use. */
class PlaceIndex implements ReadonlyMap<string, PlaceInfo> {
  private readonly made = new Map<number, PlaceInfo>();

  constructor(
    private readonly eager: Map<string, PlaceInfo>,
    private readonly cities: GazetteerFile['cities'],
    private readonly rowById: Map<number, number>,
    private readonly countryName: Map<string, string>,
    private readonly admin1Names: string[],
  ) {}

  get size(): number {
    return this.eager.size + this.cities.length;
  }

  city(row: number): PlaceInfo {
    let place = this.made.get(row);
    if (!place) {
      const [geonamesId, name, cc, admin1, lat, lon, population] = this.cities[row];
      place = { id: `geonames:${geonamesId}`, name, kind: 'city', country: this.countryName.get(cc) ?? cc, countryCode: cc, lat, lon, population };
      if (admin1 >= 0 && admin1 < this.admin1Names.length) place.admin1 = this.admin1Names[admin1];
      this.made.set(row, place);
    }
    return place;
  }

  get(id: string): PlaceInfo | undefined {
    if (!id.startsWith('geonames:')) return this.eager.get(id);
    const row = this.rowById.get(Number(id.slice('geonames:'.length)));
    return row === undefined ? undefined : this.city(row);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  *entries(): MapIterator<[string, PlaceInfo]> {
    yield* this.eager.entries();
    for (let row = 0; row < this.cities.length; row++) {
      const place = this.city(row);
      yield [place.id, place];
    }
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<PlaceInfo> {
    for (const [, place] of this.entries()) yield place;
  }

  [Symbol.iterator](): MapIterator<[string, PlaceInfo]> {
    return this.entries();
  }

  forEach(callback: (value: PlaceInfo, key: string, map: ReadonlyMap<string, PlaceInfo>) => void): void {
    for (const [id, place] of this.entries()) callback(place, id, this);
  }
}

function buildKnowledgeBase(dir: string): KnowledgeBase {
  const started = performance.now();
  const matcher = new AliasMatcher<number>();
  const actors = new Map<string, Actor>();
  const eagerPlaces = new Map<string, PlaceInfo>();
  const countries = new Map<string, CountryInfo>();
  const sourceNames = new Map<string, { gtd: string[]; acled: string[] }>();
  const contextAliases = new Map<string, ContextRule[]>();
  // One handle per actor, place or demonym country: the matcher compares values by identity.
  const refTable: KbRef[] = [];
  const handles = {
    actor: new Map<string, number>(),
    place: new Map<string, number>(),
    demonym: new Map<string, number>(),
    block: new Map<string, number>(),
  };
  const handle = (type: KbRef['type'], id: string): number => {
    const known = handles[type].get(id);
    if (known !== undefined) return known;
    const made = refTable.length;
    refTable.push(type === 'demonym' ? { type, id, country: id.slice('country:'.length) } : { type, id });
    handles[type].set(id, made);
    return made;
  };

  const gazetteer = readGazetteer(path.join(dir, 'gazetteer.json'));
  const countryFile = readData(path.join(dir, 'countries.json'), countryFileSchema);
  const extra = readData(path.join(dir, 'places-extra.json'), extraPlacesFileSchema);
  const ambiguity = readData(path.join(dir, 'ambiguous-aliases.json'), ambiguityFileSchema);
  const titleFile = readData(path.join(dir, 'titles.json'), titlesFileSchema);
  const genericFile = readData(path.join(dir, 'generic-orgs.json'), genericOrgsFileSchema);
  const generic = genericFile.patterns.map(
    (pattern) => new RegExp(`^${pattern.split('*').map((part) => fold(part).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`),
  );
  const stoplist = new Set(extra.stoplist.map(fold));

  // Countries: gazetteer coordinates, names and aliases from countries.json where it lists the country.
  const curated = new Map(countryFile.countries.map((c) => [c.code, c]));
  const countryName = new Map<string, string>();
  for (const [code, gazName, lat, lon] of gazetteer.countries) {
    const entry = curated.get(code);
    const name = entry?.name ?? gazName;
    countryName.set(code, name);
    const placeId = `country:${code}`;
    const actorId = `state:${code}`;
    const aliases = unique([name, ...(entry ? entry.aliases : [gazName])]);
    eagerPlaces.set(placeId, { id: placeId, name, kind: 'country', country: name, countryCode: code, lat, lon });
    countries.set(code, { code, name, aliases, demonyms: entry?.demonyms ?? [], placeId, actorId });
    actors.set(actorId, { id: actorId, name, kind: 'state', country: code, aliases, origin: 'bundled' });
    const h = handle('place', placeId);
    for (const alias of aliases) matcher.add(alias, h);
    for (const demonym of entry?.demonyms ?? []) matcher.add(demonym, handle('demonym', placeId));
  }
  for (const code of curated.keys()) {
    if (!countries.has(code)) {
      throw new SitrepError('E060', `knowledge file countries.json lists ${code}, which gazetteer.json lacks`, 'rebuild the gazetteer with scripts/build-gazetteer.ts or fix the code');
    }
  }

  const admin1Names: string[] = [];
  for (const [code, name, cc, lat, lon, aliases] of gazetteer.admin1) {
    const id = `admin1:${code}`;
    admin1Names.push(name);
    eagerPlaces.set(id, { id, name, kind: 'admin1', country: countryName.get(cc) ?? cc, countryCode: cc, lat, lon });
    const h = handle('place', id);
    if (!stoplist.has(fold(name))) matcher.add(name, h);
    for (const alias of aliases) if (!stoplist.has(fold(alias))) matcher.add(alias, h);
  }
  const rowById = new Map<number, number>();
  const cities = gazetteer.cities;
  for (let row = 0; row < cities.length; row++) {
    const city = cities[row];
    const name = city[1];
    rowById.set(city[0], row);
    const h = CITY_HANDLE + row;
    if (!stoplist.has(fold(name))) matcher.add(name, h);
    if (city.length === 8 && !stoplist.has(fold(city[7]))) matcher.add(city[7], h);
    // GeoNames writes "St. Louis"; news also writes "Saint Louis".
    if (name.startsWith('St. ')) matcher.add(`Saint ${name.slice(4)}`, h);
  }
  const places = new PlaceIndex(eagerPlaces, cities, rowById, countryName, admin1Names);
  const placeHandle = (id: string): number | undefined => {
    if (!id.startsWith('geonames:')) return eagerPlaces.has(id) ? handle('place', id) : undefined;
    const row = rowById.get(Number(id.slice('geonames:'.length)));
    return row === undefined ? undefined : CITY_HANDLE + row;
  };
  for (const p of extra.places) {
    eagerPlaces.set(p.id, { id: p.id, name: p.name, kind: p.kind, country: countryName.get(p.countryCode) ?? p.countryCode, countryCode: p.countryCode, lat: p.lat, lon: p.lon });
    const h = handle('place', p.id);
    for (const alias of [p.name, ...p.aliases]) matcher.add(alias, h);
  }
  for (const phrase of extra.blockers) matcher.add(phrase, handle('block', phrase));
  for (const a of extra.aliases) {
    const h = placeHandle(a.id);
    if (h === undefined) {
      throw new SitrepError('E060', `knowledge file places-extra.json gives aliases for unknown place ${a.id}`, 'use an id from gazetteer.json, e.g. "admin1:UA-14"');
    }
    for (const alias of a.aliases) matcher.add(alias, h);
  }

  // Actors: every *.json under actors/, in name order so ids and alias order are stable.
  const actorDir = path.join(dir, 'actors');
  const actorFiles = existsSync(actorDir) ? readdirSync(actorDir).filter((f) => f.endsWith('.json')).sort() : [];
  const entries: ActorEntry[] = [];
  for (const file of actorFiles) {
    for (const entry of readData(path.join(actorDir, file), actorFileSchema).actors) {
      if (actors.has(entry.id)) {
        throw new SitrepError('E060', `knowledge file actors/${file} repeats actor id "${entry.id}"`, 'give each actor a unique id');
      }
      entries.push(entry);
      const aliases = unique([entry.name, ...entry.aliases, ...(entry.gtd ?? []), ...(entry.acled ?? [])]);
      const actor: Actor = { id: entry.id, name: entry.name, kind: entry.kind as ActorKind, aliases, origin: 'bundled' };
      if (entry.country) actor.country = entry.country;
      actors.set(entry.id, actor);
      sourceNames.set(entry.id, { gtd: entry.gtd ?? [], acled: entry.acled ?? [] });
      const h = handle('actor', entry.id);
      for (const alias of aliases) matcher.add(alias, h);
      for (const variant of provinceVariants(aliases)) matcher.add(variant, h);
    }
  }
  for (const entry of entries) {
    for (const rule of entry.contextAliases ?? []) {
      for (const other of rule.when.actors ?? []) {
        if (!actors.has(other)) {
          throw new SitrepError('E060', `knowledge: actor "${entry.id}" has a context alias naming unknown actor "${other}"`, 'use an actor id from data/knowledge/actors/');
        }
      }
      const key = fold(rule.alias);
      const list = contextAliases.get(key) ?? [];
      list.push({ actorId: entry.id, countries: rule.when.countries ?? [], actors: rule.when.actors ?? [] });
      contextAliases.set(key, list);
      matcher.add(rule.alias, handle('actor', entry.id));
    }
  }

  const cityRefs = new Map<number, KbRef>();
  const refOf = (h: number): KbRef => {
    if (h < CITY_HANDLE) return refTable[h];
    let ref = cityRefs.get(h);
    if (!ref) {
      ref = { type: 'place', id: `geonames:${cities[h - CITY_HANDLE][0]}` };
      cityRefs.set(h, ref);
    }
    return ref;
  };

  const titles = unique(titleFile.titles).sort((a, b) => b.length - a.length);
  return {
    dir,
    actors,
    places,
    countries,
    sourceNames,
    contextAliases,
    ambiguousAliases: new Set(ambiguity.ambiguous.map(fold)),
    titles,
    partyLabels: unique(titleFile.partyLabels).sort((a, b) => b.length - a.length),
    matcher,
    refOf,
    isGenericOrganisation: (name) => {
      const folded = fold(name).replace(/\s+/g, ' ').trim();
      return generic.some((re) => re.test(folded));
    },
    loadMs: performance.now() - started,
    getActor: (id) => actors.get(id),
    getPlace: (id) => places.get(id),
  };
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const t = v.trim();
    if (t && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out;
}
