// Coreference of incident mentions within one article (merge.ts) and competing tolls (casualties.ts).
// Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import type { EventRecord, Place } from '../core/document.js';
import type { TriggerHit } from './classify.js';
import { attackTypesAgree, coreferent, datesAgree, isAnaphoric, perpetratorsAgree, type MentionView } from './merge.js';
import type { PlaceMention } from './places.js';
import { extractEvents } from './stage.js';
import { ACTORS, makeDoc, PLACES } from './testing.js';
import { loadVocabulary } from './vocabulary.js';

const PUB = '2024-06-15';
const ZENDA = { id: 'test:zenda', name: 'Zenda', kind: 'city', admin1: 'North Province', country: 'Ruritania', countryCode: 'RT', lat: 11, lon: 21 } satisfies Place;
const generic = loadVocabulary().triggers.find((t) => t.id === 'attack')!;

function record(partial: Partial<EventRecord>): EventRecord {
  return {
    attackType: 'Bombing/Explosion', eventType: 'Explosions/Remote violence', subEventType: 'Remote explosive/landmine/IED',
    date: { start: '2024-06-15', end: '2024-06-15', precision: 'day' }, perpetrators: [], targets: [],
    status: 'occurred', salience: 'background', evidence: [], ...partial,
  };
}

function hitOn(text: string, word: string, after = 0): TriggerHit {
  const start = text.indexOf(word, after);
  return { start, end: start + word.length, trigger: generic };
}

function placeOn(text: string, word: string, place: Place): PlaceMention {
  const start = text.indexOf(word);
  return { start, end: start + word.length, place } as PlaceMention;
}

describe('definite descriptions (isAnaphoric)', () => {
  const text = 'Later the group said it had carried out the attack. Another bombing hit the port. Mira’s killing shocked the town. The attacks went on.';
  it('"the attack" and a possessive name ("Mira’s killing") refer back', () => {
    expect(isAnaphoric(text, [hitOn(text, 'attack')])).toBe(true);
    expect(isAnaphoric(text, [hitOn(text, 'killing')])).toBe(true);
  });
  it('only the opening word counts: an incident opened by "his murder" refers back, whatever words join it later', () => {
    const told = 'Prosecutors said his murder was planned. Agents shot him twice.';
    expect(isAnaphoric(told, [hitOn(told, 'shot'), hitOn(told, 'murder')])).toBe(true);
    expect(isAnaphoric(told, [hitOn(told, 'shot')])).toBe(false);
  });
  it('"another bombing" is a new incident, "the attacks" only back to an incident told in the plural', () => {
    expect(isAnaphoric(text, [hitOn(text, 'bombing')])).toBe(false);
    expect(isAnaphoric(text, [hitOn(text, 'attacks')])).toBe(false);
    expect(isAnaphoric(text, [hitOn(text, 'attacks')], true)).toBe(true);
  });
});

describe('compatibility rules', () => {
  it('attack types: the same, one unknown, or one act coded two ways; not a kidnapping and a bombing', () => {
    expect(attackTypesAgree(record({}), record({ attackType: 'Unknown' }))).toBe(true);
    expect(attackTypesAgree(record({}), record({ attackType: 'Facility/Infrastructure Attack' }))).toBe(true);
    expect(attackTypesAgree(record({ attackType: 'Armed Assault' }), record({ attackType: 'Assassination' }))).toBe(true);
    expect(attackTypesAgree(record({}), record({ attackType: 'Hostage Taking (Kidnapping)' }))).toBe(false);
  });
  it('dates: overlapping or one undated; two different days are two incidents', () => {
    const monday = { start: '2024-06-10', end: '2024-06-10', precision: 'day' as const };
    expect(datesAgree(record({ date: monday }), record({ date: { ...monday, start: '2024-06-01', end: '2024-06-30', precision: 'month' } }))).toBe(true);
    expect(datesAgree(record({ date: monday }), record({ date: { start: '2024-06-15', end: '2024-06-15', precision: 'day', fromPublication: true } }))).toBe(true);
    expect(datesAgree(record({ date: monday }), record({ date: { start: '2024-06-12', end: '2024-06-12', precision: 'day' } }))).toBe(false);
  });
  it('perpetrators: the same group or one unnamed; two different groups are two incidents', () => {
    const red = { name: 'Red Hand Front', actorId: 'red-hand' };
    expect(perpetratorsAgree(record({ perpetrators: [red] }), record({}))).toBe(true);
    expect(perpetratorsAgree(record({ perpetrators: [red] }), record({ perpetrators: [{ ...red }] }))).toBe(true);
    expect(perpetratorsAgree(record({ perpetrators: [red] }), record({ perpetrators: [{ name: 'Blue Brigade' }] }))).toBe(false);
  });
  it('places: a place named where the news was told does not place the incident; another town does', () => {
    const told = 'Speaking on television in Borduria, a spokesman said the group carried out the attack.';
    const earlier: MentionView = { record: record({ location: { name: 'Strelsau', country: 'Ruritania', countryCode: 'RT', lat: 10.5, lon: 20.5, precision: 'city' } }), hits: [], places: [] };
    const later: MentionView = { record: record({ attackType: 'Unknown' }), hits: [hitOn(told, 'attack')], places: [placeOn(told, 'Borduria', PLACES.borduria)] };
    expect(coreferent(told, later, earlier)).toBe(true);
    const elsewhere = 'Hours later the bombing in Zenda killed two.';
    const other: MentionView = { record: record({}), hits: [hitOn(elsewhere, 'bombing')], places: [placeOn(elsewhere, 'Zenda', ZENDA)] };
    expect(coreferent(elsewhere, other, earlier)).toBe(false);
  });
});

describe('one incident, one event (extractEvents)', () => {
  it('a group’s claim of "the attack" in a later paragraph joins the attack it claims', () => {
    const text = 'A drone strike hit the main oil refinery in Strelsau on Saturday, wounding three workers. Production was halted for a week.\n\n' +
      'Speaking on television in Borduria, a Red Hand Front spokesman said the group had carried out the attack.';
    const events = extractEvents(makeDoc(text, PUB, [
      { surface: 'Strelsau', place: PLACES.strelsau }, { surface: 'Borduria', place: PLACES.borduria },
      { surface: 'Red Hand Front', actor: ACTORS.redHand },
    ]));
    expect(events).toHaveLength(1);
    expect(events[0].location?.name).toBe('Strelsau');
    expect(events[0].perpetrators.map((p) => p.name)).toEqual(['Red Hand Front']);
  });
  it('a murder told again in later paragraphs is one incident with one victim, not two', () => {
    const text = 'The journalist Mira Holt was murdered in March inside a hotel in Strelsau.\n\n' +
      'In May, a minister of Borduria accepted responsibility for the murder of Mira Holt. Her lawyer said Holt was shot by agents.';
    const events = extractEvents(makeDoc(text, PUB, [
      { surface: 'Strelsau', place: PLACES.strelsau }, { surface: 'Borduria', place: PLACES.borduria },
    ]));
    expect(events).toHaveLength(1);
    expect(events[0].location?.name).toBe('Strelsau');
    expect(events[0].fatalities).toEqual({ min: 1, max: 1 });
  });
  it('"the Strelsau shooting preceded another one in Zenda": the town other than the first keeps them apart', () => {
    const text = 'A gunman shot shoppers at a market in Strelsau on Saturday, killing nine people.\n\n' +
      'The Strelsau shooting preceded another one hours later in Zenda where four people died.';
    const events = extractEvents(makeDoc(text, PUB, [
      { surface: 'Strelsau', place: PLACES.strelsau }, { surface: 'Strelsau', after: 'The ', place: PLACES.strelsau }, { surface: 'Zenda', place: ZENDA },
    ]));
    expect(events.map((e) => e.location?.name)).toEqual(['Strelsau', 'Zenda']);
  });
  it('a strike named twice ("an airstrike killed …", then "carried out the airstrike at …"), first placed only through an owner', () => {
    const text = 'On Thursday, an airstrike killed General Hal Varga, head of Borduria’s border guard. ' +
      'Officials defended the decision.\n\nThe army carried out the airstrike at the airport of Strelsau, where Varga had landed. ' +
      'His driver was also killed in the airstrike, days after the attack on June 3 on a border post.';
    const events = extractEvents(makeDoc(text, PUB, [
      { surface: 'Borduria', place: PLACES.borduria }, { surface: 'Strelsau', place: PLACES.strelsau },
    ]));
    expect(events).toHaveLength(1);
    expect(events[0].attackType).toBe('Assassination');
    expect(events[0].date.start).toBe('2024-06-13');
    expect(events[0].location?.name).toBe('Strelsau');
  });
  it('two bombings in two towns on the same day stay two incidents', () => {
    const text = 'A car bomb exploded outside the ministry in Strelsau on Monday, killing four people. ' +
      'On Monday a second car bomb exploded at a market in Zenda, killing two people.';
    const events = extractEvents(makeDoc(text, PUB, [
      { surface: 'Strelsau', place: PLACES.strelsau }, { surface: 'Zenda', place: ZENDA },
    ]));
    expect(events.map((e) => e.location?.name)).toEqual(['Strelsau', 'Zenda']);
    expect(events.map((e) => e.fatalities?.min)).toEqual([4, 2]);
  });
});

describe('competing tolls (casualties.ts)', () => {
  const only = (text: string) => {
    const events = extractEvents(makeDoc(text, PUB));
    expect(events).toHaveLength(1);
    return events[0];
  };
  it('an official figure and a larger claimed one: the official is the minimum, the claim the maximum', () => {
    const event = only('A truck bomb hit the army base. A governor’s spokesman said the bombing killed 12 soldiers. The rebels claimed 150 were dead.');
    expect(event.fatalities).toEqual({ min: 12, max: 150, qualifier: 'disputed' });
  });
  it('a claim alone is the toll', () => {
    expect(only('Rebels stormed the army base, and their commander claimed 40 soldiers were killed.').fatalities).toMatchObject({ min: 40 });
  });
  it('"claimed responsibility" before a toll does not make the toll a claim', () => {
    expect(only('A truck bomb hit the army base. Officials said 9 soldiers died. The rebels claimed responsibility for the bombing, which killed 14 soldiers.').fatalities).toEqual({ min: 14, max: 14 });
  });
});
