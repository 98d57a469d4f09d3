// Cross-report clustering: the matcher's rules, the chooser's rules, and the store doing both on save.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../core/document.js';
import { openStore } from '../index.js';
import { spanOf, ISKP, KABUL, TALIBAN } from '../testing/documents.js';
import { AFGHANISTAN, KANDAHAR, PAGHMAN, REPORT_A, REPORT_OTHER, at, event, reportA, reportB, reportOther } from '../testing/reports.js';
import type { Store } from '../types.js';
import { chooseValues } from './choose.js';
import { CASUALTY_SLACK, DATE_SLACK_DAYS, MAX_PLACE_DISTANCE_KM, distanceKm, matchScore } from './match.js';

describe('matchScore', () => {
  it('matches one incident told two ways and refuses a different one', () => {
    expect(matchScore(event(), event({ location: at(AFGHANISTAN), fatalities: { min: 8 } }))).not.toBeNull();
    expect(matchScore(event(), event({ location: at(KANDAHAR) }))).toBeNull();
  });

  it('allows a few days between day-precision dates, and a month interval around a day', () => {
    const later = (days: number) => event({ date: { start: `2024-03-${11 + days}`, end: `2024-03-${11 + days}`, precision: 'day' } });
    expect(matchScore(event(), later(DATE_SLACK_DAYS))).not.toBeNull();
    expect(matchScore(event(), later(DATE_SLACK_DAYS + 1))).toBeNull();
    expect(matchScore(event(), event({ date: { start: '2024-03-01', end: '2024-03-31', precision: 'month' } }))).not.toBeNull();
    expect(matchScore(event(), event({ date: { start: '2024-04-01', end: '2024-04-30', precision: 'month' } }))).toBeNull();
  });

  it('treats nearby places, regions and the country around a city as compatible', () => {
    expect(distanceKm(KABUL.lat, KABUL.lon, PAGHMAN.lat, PAGHMAN.lon)).toBeLessThan(MAX_PLACE_DISTANCE_KM);
    expect(matchScore(event(), event({ location: at(PAGHMAN) }))).not.toBeNull();
    expect(matchScore(event(), event({ location: { ...at(KABUL), name: 'Kabul Province', precision: 'admin1', placeId: 'admin1:AF-KAB' } }))).not.toBeNull();
    expect(matchScore(event(), event({ location: { ...at(KANDAHAR), precision: 'admin1', placeId: 'admin1:AF-KAN' } }))).toBeNull();
    expect(matchScore(event(), event({ location: { ...at(KABUL), country: 'Pakistan', countryCode: 'PK', placeId: undefined } }))).toBeNull();
  });

  it('needs the same perpetrator when both name one, and an unknown one matches any', () => {
    const iskp = event({ perpetrators: [{ name: ISKP.name, actorId: ISKP.id }] });
    expect(matchScore(iskp, event())).not.toBeNull();
    expect(matchScore(iskp, event({ perpetrators: [{ name: 'IS-K', actorId: ISKP.id }] }))).not.toBeNull();
    expect(matchScore(iskp, event({ perpetrators: [{ name: TALIBAN.name, actorId: TALIBAN.id }] }))).toBeNull();
  });

  it('refuses wildly different casualty counts but not a rising toll or a silent report', () => {
    expect(matchScore(event(), event({ fatalities: { min: 6 * 3 + CASUALTY_SLACK } }))).not.toBeNull();
    expect(matchScore(event(), event({ fatalities: { min: 140, qualifier: 'more than' } }))).toBeNull();
    expect(matchScore(event(), event({ fatalities: { min: 0, max: 0, reported: false } }))).not.toBeNull();
  });

  it('never clusters a report that could not be placed in time', () => {
    const undated = event({ date: { start: '', end: '', precision: 'day', fromPublication: true } });
    expect(matchScore(undated, undated)).toBeNull();
    expect(matchScore(event(), undated)).toBeNull();
  });

  it('refuses another kind of violence, but not an unknown attack type', () => {
    const battle = event({ attackType: 'Armed Assault', eventType: 'Battles', subEventType: 'Armed clash' });
    expect(matchScore(event(), battle)).toBeNull();
    expect(matchScore(event(), event({ attackType: 'Unknown' }))).not.toBeNull();
  });
});

describe('chooseValues', () => {
  const source = (articleId: number, publishedAt: string, values: EventRecord) => ({ articleId, publishedAt, values });

  it('takes the largest lower bound, the most specific place, the narrowest date, every perpetrator', () => {
    const chosen = chooseValues([
      source(1, '2024-03-11', event({ location: at(AFGHANISTAN), fatalities: { min: 6, qualifier: 'at least' }, perpetrators: [{ name: 'IS-K', actorId: ISKP.id, basis: 'attributed' }] })),
      source(2, '2024-03-12', event({
        date: { start: '2024-03-01', end: '2024-03-31', precision: 'month' },
        fatalities: { min: 9, max: 11, qualifier: 'between' },
        perpetrators: [{ name: ISKP.name, actorId: ISKP.id, basis: 'claimed' }],
        status: 'claimed',
      })),
    ]);
    expect(chosen.fatalities).toEqual({ min: 9, max: 11, qualifier: 'between' });
    expect(chosen.location?.name).toBe('Kabul');
    expect(chosen.date).toEqual({ start: '2024-03-11', end: '2024-03-11', precision: 'day' });
    expect(chosen.perpetrators).toEqual([{ name: 'IS-K', actorId: ISKP.id, basis: 'claimed' }]);
    expect(chosen.status).toBe('claimed');
  });

  it('keeps a silent zero only when no source gives a figure, and prefers a date the text gave', () => {
    const chosen = chooseValues([
      source(1, '2024-03-12', event({ injuries: { min: 0, max: 0, reported: false }, date: { start: '2024-03-12', end: '2024-03-12', precision: 'day', fromPublication: true } })),
      source(2, '2024-03-13', event({ injuries: { min: 12 }, date: { start: '2024-03-01', end: '2024-03-31', precision: 'month' } })),
    ]);
    expect(chosen.injuries).toEqual({ min: 12 });
    expect(chosen.date.precision).toBe('month');
    expect(chooseValues([source(1, '2024-03-12', event())]).injuries).toEqual({ min: 0, max: 0, reported: false });
  });

  it('votes on the attack type, ignoring Unknown', () => {
    const assault = { attackType: 'Armed Assault', eventType: 'Explosions/Remote violence', subEventType: 'Grenade' };
    const chosen = chooseValues([source(1, '2024-03-11', event({ attackType: 'Unknown' })), source(2, '2024-03-12', event(assault)), source(3, '2024-03-13', event(assault))]);
    expect(chosen).toMatchObject(assault);
  });
});

describe('the store clusters reports of one incident', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(':memory:');
  });
  afterEach(() => store.close());

  it('stores two reports of one bombing as one event with two sources and the chosen values', async () => {
    await store.saveDocument(reportA());
    await store.saveDocument(reportB());
    const page = await store.listEvents();
    expect(page.total).toBe(1);
    const chosen = page.items[0];
    expect(chosen.sourceCount).toBe(2);
    expect(chosen.fatalities).toEqual({ min: 9 });
    expect(chosen.location).toMatchObject({ name: 'Kabul', precision: 'city', placeId: KABUL.id });
    expect(chosen.perpetrators).toEqual([{ name: ISKP.name, actorId: ISKP.id, basis: 'claimed' }]);
    expect(chosen.targets.map((t) => t.name)).toEqual(['Foreign Ministry', 'a crowd']);
    expect(chosen.subEventType).toBe('Suicide bomb');
    const detail = await store.getEvent(chosen.id);
    expect(detail?.sources.map((s) => s.values.fatalities?.min)).toEqual([6, 9]);
    expect(detail?.sources.map((s) => s.values.location?.precision)).toEqual(['city', 'country']);
    expect((await store.listEvents({ actor: ISKP.id })).total).toBe(1);
  });

  it('keeps two incidents on the same day in the same country apart', async () => {
    await store.saveDocuments([reportA(), reportOther()]);
    const page = await store.listEvents({ sort: 'id', order: 'asc' });
    expect(page.total).toBe(2);
    expect(page.items.map((e) => e.sourceCount)).toEqual([1, 1]);
  });

  it('keeps two bombings on the same day in two cities of one country apart', async () => {
    const kandaharBlast = reportOther();
    kandaharBlast.events = [event({ location: at(KANDAHAR), evidence: [spanOf(REPORT_OTHER, 'Gunmen attacked')] })];
    await store.saveDocuments([reportA(), kandaharBlast]);
    expect((await store.listEvents()).items.map((e) => e.sourceCount)).toEqual([1, 1]);
  });

  it('stores undated reports (no date in the text, no publication date) as events of their own', async () => {
    const undated = (doc: ReturnType<typeof reportA>) => {
      doc.events = doc.events!.map((e) => ({ ...e, date: { start: '', end: '', precision: 'day' as const, fromPublication: true } }));
      return doc;
    };
    await store.saveDocuments([undated(reportA()), undated(reportB())]);
    expect((await store.listEvents()).items.map((e) => e.sourceCount)).toEqual([1, 1]);
  });

  it('joins a report that names no place to the event of the same perpetrator, and only then', async () => {
    await store.saveDocument(reportA());
    const placeless = reportB();
    placeless.events = placeless.events!.map((e) => ({ ...e, location: undefined, perpetrators: [{ name: 'IS-K', actorId: ISKP.id, basis: 'attributed' as const }] }));
    await store.saveDocument(placeless);
    const unattributed = reportOther();
    unattributed.events = [event({ location: undefined, evidence: [spanOf(REPORT_OTHER, 'Gunmen attacked')] })];
    await store.saveDocument(unattributed);
    expect((await store.listEvents({ sort: 'id', order: 'asc' })).items.map((e) => e.sourceCount)).toEqual([2, 1]);
  });

  it('does not merge two events of one article with each other', async () => {
    const doc = reportA();
    doc.events = [doc.events![0], { ...doc.events![0], evidence: [spanOf(REPORT_A, 'claimed the attack')] }];
    await store.saveDocument(doc);
    expect((await store.listEvents()).total).toBe(2);
  });

  it('re-clusters an updated article: stale sources go, values are recomputed, no orphan event is left', async () => {
    await store.saveDocument(reportA());
    await store.saveDocument(reportB());
    // Outlet A rewrites its story into the Kandahar assault: its Kabul source must leave the bombing.
    const rewritten = reportOther();
    rewritten.source = reportA().source;
    rewritten.article!.title = 'Correction: police killed in Kandahar';
    rewritten.raw!.contentHash = 'changed';
    expect((await store.saveDocument(rewritten)).status).toBe('updated');
    const events = (await store.listEvents({ sort: 'id', order: 'asc' })).items;
    expect(events).toHaveLength(2);
    const bombing = events.find((e) => e.attackType === 'Bombing/Explosion')!;
    expect(bombing.sourceCount).toBe(1);
    expect(bombing.location?.precision).toBe('country');
    expect(bombing.perpetrators).toEqual([]);
    expect((await store.listEvents({ actor: ISKP.id })).total).toBe(0);
    // Outlet B is taken down and replaced by a non-event page: its event goes too.
    const b = reportB();
    b.events = [];
    b.raw!.contentHash = 'changed-too';
    await store.saveDocument(b);
    expect((await store.listEvents()).items.map((e) => e.attackType)).toEqual(['Armed Assault']);
    expect((await store.stats()).events).toBe(1);
  });

  it('re-ingesting a report with the same incident keeps one event and its id', async () => {
    await store.saveDocument(reportA());
    await store.saveDocument(reportB());
    const before = (await store.listEvents()).items[0];
    await store.saveDocument(reportA(`${REPORT_A} The toll may rise.`));
    const after = await store.listEvents();
    expect(after.total).toBe(1);
    expect(after.items[0]).toMatchObject({ id: before.id, sourceCount: 2 });
  });
});
