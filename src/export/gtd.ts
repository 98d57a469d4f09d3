// GTD-like columns (the variable names of the Global Terrorism Database codebook), filled from Sitrep's chosen
// values. docs/export.md says, column by column, what is filled, what stays empty and why.

import type { ExportEventRow } from '../store/types.js';
import type { Column } from './csv.js';
import { count, firstEvidence, outlets } from './sources.js';

/** GTD's specificity: 1 = the city's own coordinates, 4 = only the first-order region (province) is known,
 *  5 = not even the province (Sitrep gives the country's point then). */
export const GTD_SPECIFICITY = { city: 1, admin1: 4, country: 5 } as const;
/** How many source citations GTD has room for (scite1 … scite3). */
const GTD_CITATIONS = 3;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SUCCEEDED = new Set(['occurred', 'claimed', 'attributed']);
const FAILED = new Set(['attempted', 'foiled']);

/** GTD's eventid: YYYYMMDD then a sequence number of at least four digits (here the Sitrep id: unique). */
function eventid(e: ExportEventRow): string {
  return `${e.date.start.replace(/-/g, '')}${String(e.id).padStart(4, '0')}`;
}

/** Free text for a date known only roughly, as GTD's approxdate holds it ("March 2024"). */
function approxdate(e: ExportEventRow): string | null {
  const [year, month] = e.date.start.split('-');
  if (e.date.precision === 'year') return year;
  if (e.date.precision === 'month') return `${MONTHS[Number(month) - 1]} ${year}`;
  return e.date.start === e.date.end ? null : `${e.date.start} to ${e.date.end}`;
}

/** GTD's summary starts with the date as MM/DD/YYYY when the day is known. */
function summary(e: ExportEventRow): string | null {
  const text = firstEvidence(e);
  if (!text) return null;
  if (e.date.precision !== 'day') return text;
  const [y, m, d] = e.date.start.split('-');
  return `${m}/${d}/${y}: ${text}`;
}

function citation(e: ExportEventRow, n: number): string | null {
  const s = e.sourceRefs[n];
  if (!s) return null;
  return [outlets({ ...e, sourceRefs: [s] })[0], `"${s.title}"`, s.publishedAt?.slice(0, 10), s.url].filter(Boolean).join(', ');
}

const perpetrator = (e: ExportEventRow, n: number) => e.perpetrators[n]?.name ?? null;

export const GTD_COLUMNS: readonly Column<ExportEventRow>[] = [
  { name: 'eventid', value: eventid },
  { name: 'iyear', value: (e) => Number(e.date.start.slice(0, 4)) },
  { name: 'imonth', value: (e) => (e.date.precision === 'year' ? 0 : Number(e.date.start.slice(5, 7))) },
  { name: 'iday', value: (e) => (e.date.precision === 'day' ? Number(e.date.start.slice(8, 10)) : 0) },
  { name: 'approxdate', value: approxdate },
  { name: 'extended', value: (e) => (e.date.precision === 'day' && e.date.end > e.date.start ? 1 : 0) },
  { name: 'country_txt', value: (e) => e.location?.country },
  { name: 'region_txt', value: () => null },
  { name: 'provstate', value: (e) => e.location?.admin1 ?? (e.location?.precision === 'admin1' ? e.location.name : null) },
  { name: 'city', value: (e) => (e.location?.precision === 'city' ? e.location.name : null) },
  { name: 'latitude', value: (e) => e.location?.lat },
  { name: 'longitude', value: (e) => e.location?.lon },
  { name: 'specificity', value: (e) => GTD_SPECIFICITY[(e.location?.precision ?? 'country') as keyof typeof GTD_SPECIFICITY] },
  { name: 'summary', value: summary },
  { name: 'success', value: (e) => (SUCCEEDED.has(e.status) ? 1 : FAILED.has(e.status) ? 0 : null) },
  { name: 'suicide', value: (e) => (/suicide/i.test(e.subEventType) ? 1 : 0) },
  { name: 'attacktype1_txt', value: (e) => e.attackType },
  { name: 'targtype1_txt', value: (e) => e.targets[0]?.type },
  { name: 'target1', value: (e) => e.targets[0]?.name },
  { name: 'targtype2_txt', value: (e) => e.targets[1]?.type },
  { name: 'target2', value: (e) => e.targets[1]?.name },
  { name: 'gname', value: (e) => perpetrator(e, 0) ?? 'Unknown' },
  { name: 'gname2', value: (e) => perpetrator(e, 1) },
  { name: 'guncertain1', value: (e) => (e.perpetrators[0]?.basis === 'attributed' ? 1 : 0) },
  { name: 'claimed', value: (e) => (e.perpetrators.some((p) => p.basis === 'claimed') ? 1 : 0) },
  { name: 'nkill', value: (e) => count(e.fatalities) },
  { name: 'nkillter', value: (e) => e.perpetratorsKilled },
  { name: 'nwound', value: (e) => count(e.injuries) },
  { name: 'ishostkid', value: (e) => (e.attackType.startsWith('Hostage Taking') ? 1 : 0) },
  ...Array.from({ length: GTD_CITATIONS }, (_, n) => ({ name: `scite${n + 1}`, value: (e: ExportEventRow) => citation(e, n) })),
  { name: 'dbsource', value: () => 'SITREP' },
  { name: 'sitrep_id', value: (e) => e.id },
  { name: 'sitrep_sources', value: (e) => e.sourceCount },
];
