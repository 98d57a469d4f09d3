// ACLED-like columns (the column names of ACLED's data export), filled from Sitrep's chosen values.
// docs/export.md says, column by column, what is filled, what stays empty and why.

import type { ExportEventRow } from '../store/types.js';
import type { Column } from './csv.js';
import { count, firstEvidence, outlets } from './sources.js';

/** ACLED's time_precision: 1 = the day is known, 2 = the week, 3 = only the month (ACLED has nothing coarser, so a
 *  year-precision date is 3 as well). */
export const ACLED_TIME_PRECISION = { day: 1, month: 3, year: 3 } as const;
/** ACLED's geo_precision: 1 = the town itself, 3 = only a larger region (ACLED then takes its capital's point).
 *  Sitrep's country-level places are coarser than anything ACLED codes; they get 3 too. */
export const ACLED_GEO_PRECISION = { city: 1, admin1: 3, country: 3 } as const;

/** ACLED's disorder_type per event type. */
const DISORDER: Record<string, string> = {
  Battles: 'Political violence',
  'Explosions/Remote violence': 'Political violence',
  'Violence against civilians': 'Political violence',
  Riots: 'Political violence; Demonstrations',
  Protests: 'Demonstrations',
  'Strategic developments': 'Strategic developments',
};

/** ACLED's generic actor names when the report names nobody: who is behind an event of this type. */
const UNNAMED_ACTOR: Record<string, string> = {
  Battles: 'Unidentified Armed Group',
  'Explosions/Remote violence': 'Unidentified Armed Group',
  'Violence against civilians': 'Unidentified Armed Group',
  Riots: 'Rioters',
  Protests: 'Protesters',
};

const CIVILIANS = 'Private Citizens & Property';

const inCountry = (name: string, e: ExportEventRow) => (e.location ? `${name} (${e.location.country})` : name);

function actor1(e: ExportEventRow): string | null {
  if (e.perpetrators.length) return e.perpetrators[0].name;
  const generic = UNNAMED_ACTOR[e.eventType];
  return generic ? inCountry(generic, e) : null;
}

function targetNames(e: ExportEventRow): string[] {
  return e.targets.map((t) => (t.type === CIVILIANS ? inCountry('Civilians', e) : t.name));
}

function notes(e: ExportEventRow): string | null {
  const text = firstEvidence(e);
  if (!text) return null;
  return e.sourceCount > 1 ? `${text} [${e.sourceCount} reports]` : text;
}

export const ACLED_COLUMNS: readonly Column<ExportEventRow>[] = [
  { name: 'event_id_cnty', value: (e) => `${e.location?.countryCode ?? 'XX'}${e.id}` },
  { name: 'event_date', value: (e) => e.date.start },
  { name: 'year', value: (e) => Number(e.date.start.slice(0, 4)) },
  { name: 'time_precision', value: (e) => ACLED_TIME_PRECISION[e.date.precision as keyof typeof ACLED_TIME_PRECISION] },
  { name: 'disorder_type', value: (e) => DISORDER[e.eventType] },
  { name: 'event_type', value: (e) => e.eventType },
  { name: 'sub_event_type', value: (e) => e.subEventType },
  { name: 'actor1', value: actor1 },
  { name: 'assoc_actor_1', value: (e) => e.perpetrators.slice(1).map((p) => p.name).join('; ') },
  { name: 'inter1', value: () => null },
  { name: 'actor2', value: (e) => targetNames(e)[0] },
  { name: 'assoc_actor_2', value: (e) => [...new Set(targetNames(e).slice(1))].join('; ') },
  { name: 'inter2', value: () => null },
  { name: 'interaction', value: () => null },
  {
    name: 'civilian_targeting',
    value: (e) => (e.eventType === 'Violence against civilians' || e.targets.some((t) => t.type === CIVILIANS) ? 'Civilian targeting' : null),
  },
  { name: 'iso', value: () => null },
  { name: 'region', value: () => null },
  { name: 'country', value: (e) => e.location?.country },
  { name: 'admin1', value: (e) => e.location?.admin1 ?? (e.location?.precision === 'admin1' ? e.location.name : null) },
  { name: 'admin2', value: () => null },
  { name: 'admin3', value: () => null },
  { name: 'location', value: (e) => e.location?.name },
  { name: 'latitude', value: (e) => e.location?.lat },
  { name: 'longitude', value: (e) => e.location?.lon },
  { name: 'geo_precision', value: (e) => (e.location ? ACLED_GEO_PRECISION[e.location.precision as keyof typeof ACLED_GEO_PRECISION] : null) },
  { name: 'source', value: (e) => outlets(e).join('; ') },
  { name: 'source_scale', value: () => null },
  { name: 'notes', value: notes },
  { name: 'fatalities', value: (e) => count(e.fatalities) },
  { name: 'tags', value: () => null },
  { name: 'timestamp', value: () => null },
];
