// Cross-report clustering, the matching half: is an incoming report of an event the same incident as an event
// already stored from other articles? Engine-neutral and pure; the store's writer fetches candidates and calls
// `matchScore`. Every rule must agree (type, date, place, perpetrators, casualties); the best-scoring candidate wins.

import type { EventRecord, Quantity } from '../../core/document.js';

/** Two day-precision dates this many days apart can still be one incident (time zones, "late on Friday", a
 *  report written the day after that says "yesterday" against its own publication date). */
export const DATE_SLACK_DAYS = 2;
/** City-level places within this distance are one place (suburb vs city, two gazetteer points for one town). */
export const MAX_PLACE_DISTANCE_KM = 40;
/** A place without a usable admin1 name is inside a region when within this distance of the region's point. */
export const MAX_ADMIN1_DISTANCE_KM = 250;
/** Casualty counts are compatible when the larger is at most this many times the smaller ... */
export const CASUALTY_RATIO = 3;
/** ... plus this many: tolls rise as bodies are found ("at least 6" then "23 killed" is one bombing). */
export const CASUALTY_SLACK = 5;
/** The attack type nobody could tell: compatible with any other. */
const UNKNOWN_TYPE = 'Unknown';

/** What the matcher reads of a stored event (its chosen values) or of an incoming report. */
export type Comparable = Pick<
  EventRecord,
  'attackType' | 'eventType' | 'date' | 'location' | 'perpetrators' | 'fatalities' | 'injuries'
>;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);

function typesCompatible(a: Comparable, b: Comparable): boolean {
  if (a.attackType === b.attackType) return true;
  if (a.attackType === UNKNOWN_TYPE || b.attackType === UNKNOWN_TYPE) return true;
  // Outlets disagree on the method ("gunmen" vs "a bomb and gunfire") but agree on what kind of violence it was.
  return a.eventType === b.eventType;
}

/** Days between the two date intervals (0 when they overlap), or null when too far apart to be one incident. */
function dateGap(a: Comparable, b: Comparable): number | null {
  const gap = Math.max(0, dayNumber(a.date.start) - dayNumber(b.date.end), dayNumber(b.date.start) - dayNumber(a.date.end));
  const slack = a.date.precision === 'day' && b.date.precision === 'day' ? DATE_SLACK_DAYS : 0;
  return gap <= slack ? gap : null;
}

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const PRECISION_RANK = { city: 0, admin1: 1, country: 2 } as const;
const same = (x: string | undefined, y: string | undefined) => !!x && !!y && x.toLowerCase() === y.toLowerCase();

/** 0 (same place) … 1 (at the edge of compatible), or null when the places cannot be one incident's. */
function placeDistance(a: Comparable, b: Comparable): number | null {
  const p = a.location;
  const q = b.location;
  if (!p || !q) return sharesPerpetrator(a, b) ? 0.5 : null;
  if (p.placeId && p.placeId === q.placeId) return 0;
  if (p.countryCode !== q.countryCode) return null;
  const [wide, narrow] = PRECISION_RANK[p.precision] >= PRECISION_RANK[q.precision] ? [p, q] : [q, p];
  if (wide.precision === 'country') return 0.5;
  const km = distanceKm(p.lat, p.lon, q.lat, q.lon);
  if (wide.precision === 'admin1') {
    // A city (or region) inside the region: by the admin1 names the gazetteer gives, else by distance.
    const inside = (name: string | undefined) => same(name, wide.name) || same(name, wide.admin1);
    if (narrow.admin1 || narrow.precision === 'admin1') return inside(narrow.admin1) || inside(narrow.name) ? 0.5 : null;
    return km <= MAX_ADMIN1_DISTANCE_KM ? 0.75 : null;
  }
  if (same(p.name, q.name) && same(p.admin1, q.admin1)) return 0;
  return km <= MAX_PLACE_DISTANCE_KM ? km / MAX_PLACE_DISTANCE_KM : null;
}

const actorKey = (p: EventRecord['perpetrators'][number]) => (p.actorId ? `id:${p.actorId}` : `name:${p.name.toLowerCase()}`);

function sharesPerpetrator(a: Comparable, b: Comparable): boolean {
  const keys = new Set(a.perpetrators.flatMap((p) => [actorKey(p), `name:${p.name.toLowerCase()}`]));
  return b.perpetrators.some((p) => keys.has(actorKey(p)) || keys.has(`name:${p.name.toLowerCase()}`));
}

function perpetratorsCompatible(a: Comparable, b: Comparable): boolean {
  return a.perpetrators.length === 0 || b.perpetrators.length === 0 || sharesPerpetrator(a, b);
}

/** A count that says something: present and not the "report is silent" zero. */
const told = (q: Quantity | undefined | null): q is Quantity => !!q && q.reported !== false;

function countsCompatible(x: Quantity | undefined | null, y: Quantity | undefined | null): boolean {
  if (!told(x) || !told(y)) return true;
  const low = Math.min(x.max ?? x.min, y.max ?? y.min);
  const high = Math.max(x.min, y.min);
  return high <= low * CASUALTY_RATIO + CASUALTY_SLACK;
}

/**
 * How well `incoming` fits `stored`: null when any rule says they are different incidents, else a cost (lower is
 * closer) that ranks several compatible candidates: days apart, distance, and a little for a type mismatch.
 */
export function matchScore(incoming: Comparable, stored: Comparable): number | null {
  if (!hasDate(incoming) || !hasDate(stored)) return null;
  if (!typesCompatible(incoming, stored)) return null;
  const days = dateGap(incoming, stored);
  if (days === null) return null;
  const place = placeDistance(incoming, stored);
  if (place === null) return null;
  if (!perpetratorsCompatible(incoming, stored)) return null;
  if (!countsCompatible(incoming.fatalities, stored.fatalities) || !countsCompatible(incoming.injuries, stored.injuries)) {
    return null;
  }
  const typeCost = incoming.attackType === stored.attackType ? 0 : 0.5;
  const actorBonus = sharesPerpetrator(incoming, stored) ? -0.25 : 0;
  return days / (DATE_SLACK_DAYS + 1) + place + typeCost + actorBonus;
}

/** A report with neither a date in its text nor a publication date has empty dates: it cannot be placed in time,
 *  so it is never clustered. */
export function hasDate(event: Pick<Comparable, 'date'>): boolean {
  return Number.isFinite(dayNumber(event.date.start)) && Number.isFinite(dayNumber(event.date.end));
}

/** The widest window of stored event dates that could match `event` (which must have a date): the SQL candidate
 *  query's bounds. */
export function candidateWindow(event: Comparable): { start: string; end: string } {
  const shift = (iso: string, days: number) => new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);
  return { start: shift(event.date.start, -DATE_SLACK_DAYS), end: shift(event.date.end, DATE_SLACK_DAYS) };
}
