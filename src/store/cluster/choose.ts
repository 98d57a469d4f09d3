// Cross-report clustering, the choosing half: an event reported by several articles shows one chosen value per
// field, recomputed from every source whenever a source is added or removed. Each source keeps its own values
// (event_source.values_json), so the disagreement stays visible. The rules are documented in docs/store.md.

import type { EventRecord, Quantity } from '../../core/document.js';

/** One report of an event, as the chooser needs it. */
export interface SourceReport {
  articleId: number;
  /** The article's publication date (ISO), or null when unknown. */
  publishedAt: string | null;
  values: EventRecord;
}

export type ChosenValues = Omit<EventRecord, 'evidence'>;

/** Statuses from the most to the least informative: a claim or attribution says it happened and who did it. */
const STATUS_ORDER: EventRecord['status'][] = ['claimed', 'attributed', 'occurred', 'attempted', 'foiled', 'planned', 'threatened'];
const PLACE_ORDER = { city: 0, admin1: 1, country: 2 } as const;
const DAY_MS = 86_400_000;

/** Earliest report first (unknown publication dates last), then by article id: the order every tie falls back on. */
function byReportOrder(a: SourceReport, b: SourceReport): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return a.publishedAt < b.publishedAt ? -1 : 1;
  }
  return a.articleId - b.articleId;
}

const told = (q: Quantity | undefined): q is Quantity => !!q && q.reported !== false;

/**
 * Casualties: the largest lower bound any source reports ("at least 6" and "23 killed" → 23, with that source's
 * max and qualifier); tolls only rise as reports come in, and each source's "at least" is a floor. When every
 * source that mentions it is silent, the silent zero; when none gives a figure at all, nothing.
 */
function chooseCount(sources: SourceReport[], pick: (v: EventRecord) => Quantity | undefined): Quantity | undefined {
  let best: Quantity | undefined;
  let silent: Quantity | undefined;
  for (const source of sources) {
    const q = pick(source.values);
    if (!q) continue;
    if (!told(q)) silent ??= q;
    else if (!best || q.min > best.min) best = q;
  }
  return best ?? silent;
}

/** Date: the narrowest interval among sources whose text gives a date (publication-date fallbacks only when no
 *  source gives one); ties go to the earliest report. */
function chooseDate(sources: SourceReport[]): EventRecord['date'] {
  const dated = sources.filter((s) => !s.values.date.fromPublication);
  const pool = dated.length ? dated : sources;
  const width = (d: EventRecord['date']) => (Date.parse(d.end) - Date.parse(d.start)) / DAY_MS;
  let best = pool[0].values.date;
  for (const source of pool) if (width(source.values.date) < width(best)) best = source.values.date;
  return best;
}

/** Location: the most specific place any source names (city over admin1 over country); ties to the earliest. */
function chooseLocation(sources: SourceReport[]): EventRecord['location'] {
  let best: EventRecord['location'];
  for (const source of sources) {
    const place = source.values.location;
    if (place && (!best || PLACE_ORDER[place.precision] < PLACE_ORDER[best.precision])) best = place;
  }
  return best;
}

/** Type: the attack type most sources give, 'Unknown' only when nobody knows better; ties to the earliest source.
 *  Event and sub-event type come from the first source with the winning attack type, so the three agree. */
function chooseType(sources: SourceReport[]): Pick<EventRecord, 'attackType' | 'eventType' | 'subEventType'> {
  const votes = new Map<string, number>();
  for (const s of sources) if (s.values.attackType !== 'Unknown') votes.set(s.values.attackType, (votes.get(s.values.attackType) ?? 0) + 1);
  let winner = sources[0].values;
  let most = 0;
  for (const s of sources) {
    const n = votes.get(s.values.attackType) ?? 0;
    if (n > most) {
      most = n;
      winner = s.values;
    }
  }
  return { attackType: winner.attackType, eventType: winner.eventType, subEventType: winner.subEventType };
}

/** Perpetrators: everyone any source names, once (by actor id, else by name); "claimed" beats "attributed". */
function choosePerpetrators(sources: SourceReport[]): EventRecord['perpetrators'] {
  const byKey = new Map<string, EventRecord['perpetrators'][number]>();
  for (const s of sources) {
    for (const p of s.values.perpetrators ?? []) {
      const key = p.actorId ? `id:${p.actorId}` : `name:${p.name.toLowerCase()}`;
      const known = byKey.get(key);
      if (!known) byKey.set(key, { ...p });
      else if (p.basis === 'claimed' && known.basis !== 'claimed') known.basis = 'claimed';
      else if (!known.basis && p.basis) known.basis = p.basis;
    }
  }
  return [...byKey.values()];
}

function chooseTargets(sources: SourceReport[]): EventRecord['targets'] {
  const byName = new Map<string, EventRecord['targets'][number]>();
  for (const s of sources) for (const t of s.values.targets ?? []) if (!byName.has(t.name.toLowerCase())) byName.set(t.name.toLowerCase(), t);
  return [...byName.values()];
}

function maxOf(values: Array<number | undefined>): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? Math.max(...known) : undefined;
}

/** The chosen values of an event from all of its sources (at least one). */
export function chooseValues(reports: SourceReport[]): ChosenValues {
  if (reports.length === 0) throw new Error('chooseValues needs at least one source');
  const sources = [...reports].sort(byReportOrder);
  const status = sources
    .map((s) => s.values.status)
    .sort((a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b))[0];
  return {
    ...chooseType(sources),
    date: chooseDate(sources),
    location: chooseLocation(sources),
    perpetrators: choosePerpetrators(sources),
    targets: chooseTargets(sources),
    fatalities: chooseCount(sources, (v) => v.fatalities),
    injuries: chooseCount(sources, (v) => v.injuries),
    perpetratorsKilled: maxOf(sources.map((s) => s.values.perpetratorsKilled)),
    status,
    // Main when any outlet reports it as its news; background only when every one mentions it in passing.
    salience: sources.some((s) => s.values.salience === 'main') ? 'main' : 'background',
    confidence: maxOf(sources.map((s) => s.values.confidence)),
  };
}
