// Schemas of the knowledge data files under data/knowledge/ (documented in docs/knowledge.md).
import { z } from 'zod';

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "AF"');
const aliasText = z.string().trim().min(1);

/** "Daesh" means IS-K when the article is about one of these countries or mentions one of these actors. */
export const contextAliasSchema = z.strictObject({
  alias: aliasText,
  when: z.strictObject({
    countries: z.array(countryCode).optional(),
    actors: z.array(z.string().min(1)).optional(),
  }),
});

export const actorEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case slug such as "is-k"'),
  name: aliasText,
  kind: z.enum(['person', 'organization', 'armed_group', 'state', 'igo', 'media', 'other']),
  country: countryCode.optional(),
  aliases: z.array(aliasText).default([]),
  /** Names the Global Terrorism Database uses (`gname`); matched like aliases. */
  gtd: z.array(aliasText).optional(),
  /** Names ACLED uses (`actor1`/`actor2`); matched like aliases. */
  acled: z.array(aliasText).optional(),
  contextAliases: z.array(contextAliasSchema).optional(),
});

export const actorFileSchema = z.strictObject({
  about: z.string().optional(),
  actors: z.array(actorEntrySchema),
});

export const countryEntrySchema = z.strictObject({
  code: countryCode,
  name: aliasText,
  aliases: z.array(aliasText),
  demonyms: z.array(aliasText),
});

export const countryFileSchema = z.strictObject({
  about: z.string().optional(),
  countries: z.array(countryEntrySchema),
});

const lat = z.number().min(-90).max(90);
const lon = z.number().min(-180).max(180);

// The gazetteer has ~30k rows; zod took a third of the load time on it, so `checkGazetteer` is a plain loop.
export type GazetteerCountryRow = [string, string, number, number];
export type GazetteerAdmin1Row = [string, string, string, number, number, string[]];
export type GazetteerCityRow =
  | [number, string, string, number, number, number, number]
  | [number, string, string, number, number, number, number, string];

export interface GazetteerFile {
  about?: string;
  minPopulation: number;
  countries: GazetteerCountryRow[];
  admin1: GazetteerAdmin1Row[];
  cities: GazetteerCityRow[];
}

type Check = (v: unknown) => boolean;
const isName: Check = (v) => typeof v === 'string' && v.trim().length > 0;
const isCode: Check = (v) => typeof v === 'string' && /^[A-Z]{2}$/.test(v);
const isLat: Check = (v) => typeof v === 'number' && v >= -90 && v <= 90;
const isLon: Check = (v) => typeof v === 'number' && v >= -180 && v <= 180;
const isInt: Check = (v) => Number.isInteger(v);
const isNames: Check = (v) => Array.isArray(v) && v.every(isName);

const ROW_CHECKS: Record<'countries' | 'admin1' | 'cities', { checks: Check[]; optional: number; shape: string }> = {
  countries: { checks: [isCode, isName, isLat, isLon], optional: 0, shape: '[code, name, lat, lon]' },
  admin1: { checks: [isName, isName, isCode, isLat, isLon, isNames], optional: 0, shape: '[id, name, countryCode, lat, lon, aliases]' },
  cities: {
    checks: [isInt, isName, isCode, isInt, isLat, isLon, isInt, isName],
    optional: 1,
    shape: '[geonamesId, name, countryCode, admin1Index, lat, lon, population, asciiName?]',
  },
};

/** Where the gazetteer is malformed ("cities.12: expected [..]"), or undefined when it is well formed. */
export function checkGazetteer(file: unknown): string | undefined {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return '(top level): expected an object';
  const data = file as Record<string, unknown>;
  if (typeof data.minPopulation !== 'number') return 'minPopulation: expected a number';
  for (const table of ['countries', 'admin1', 'cities'] as const) {
    const { checks, optional, shape } = ROW_CHECKS[table];
    const rows = data[table];
    if (!Array.isArray(rows)) return `${table}: expected an array of rows`;
    for (let i = 0; i < rows.length; i++) {
      const row: unknown = rows[i];
      let ok = Array.isArray(row) && row.length >= checks.length - optional && row.length <= checks.length;
      for (let k = 0; ok && k < (row as unknown[]).length; k++) ok = checks[k]((row as unknown[])[k]);
      if (!ok) return `${table}.${i}: expected ${shape}, got ${JSON.stringify(row).slice(0, 120)}`;
    }
  }
  return undefined;
}

export const extraPlacesFileSchema = z.strictObject({
  about: z.string().optional(),
  /** More names for gazetteer places ("Donetsk Oblast" for "Donetska oblast"). */
  aliases: z.array(z.strictObject({ id: z.string().min(3), aliases: z.array(aliasText) })),
  /** Places the gazetteer lacks (regions that are not first-level divisions, disputed territories). */
  places: z.array(
    z.strictObject({
      id: z.string().regex(/^extra:[a-z0-9-]+$/),
      name: aliasText,
      kind: z.enum(['country', 'admin1', 'city']),
      countryCode: countryCode,
      lat,
      lon,
      aliases: z.array(aliasText),
    }),
  ),
  /** Single-word names that are common English words or given names; never matched as a city or region. */
  stoplist: z.array(aliasText),
  /** Phrases that are no mention of ours but contain one ("South America", "Indian Ocean"): matched, then dropped. */
  blockers: z.array(aliasText).default([]),
});

export const ambiguityFileSchema = z.strictObject({
  about: z.string().optional(),
  /** Alias strings knowingly shared by more than one actor; resolved by context. */
  ambiguous: z.array(aliasText),
});

export const titlesFileSchema = z.strictObject({
  about: z.string().optional(),
  /** Titles and roles written before a name ("General", "Gen.", "President"); not part of the name. */
  titles: z.array(aliasText),
  /** Parties named before a person's name ("Tory Michael Howard"); not part of the name when a full name remains. */
  partyLabels: z.array(aliasText).default([]),
});

export const genericOrgsFileSchema = z.strictObject({
  about: z.string().optional(),
  /** Organisation names every country has ("Interior Ministry", "Ministry of *"); "*" is any words. */
  patterns: z.array(aliasText),
});

export type ActorEntry = z.infer<typeof actorEntrySchema>;
export type CountryEntry = z.infer<typeof countryEntrySchema>;
export type ExtraPlacesFile = z.infer<typeof extraPlacesFileSchema>;
