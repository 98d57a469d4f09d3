import { describe, expect, it } from 'vitest';
import { extractEvents } from './stage.js';
import { ACTORS, makeDoc, PLACES } from './testing.js';

const PUB = '2024-06-15';

describe('perpetrator coreference', () => {
  it('"The <adjective> faction … by bombing" is the armed group named before', () => {
    const text = 'The Red Hand Front has grown in North Province. The breakaway faction rose to prominence by bombing the Strelsau railway station in 2019, killing 40 travellers.';
    const events = extractEvents(makeDoc(text, PUB, [
      { surface: 'Red Hand Front', actor: ACTORS.redHand }, { surface: 'North Province', place: PLACES.northProvince },
      { surface: 'Strelsau', place: PLACES.strelsau },
    ]));
    const bombing = events.find((e) => e.location?.name === 'Strelsau');
    expect(bombing?.perpetrators).toEqual([{ name: 'Red Hand Front', actorId: 'red-hand', basis: 'attributed' }]);
  });
  it('a group that only speaks is not the antecedent of an attack it did not do', () => {
    const text = 'The Red Hand Front spoke of peace. Weeks later the group said a bomb had killed 40 travellers in Strelsau.';
    const events = extractEvents(makeDoc(text, PUB, [{ surface: 'Red Hand Front', actor: ACTORS.redHand }, { surface: 'Strelsau', place: PLACES.strelsau }]));
    expect(events[0].perpetrators).toEqual([]);
  });
  it('no antecedent, no perpetrator', () => {
    const events = extractEvents(makeDoc('The militant group bombed a bridge in Strelsau, killing two guards.', PUB, [{ surface: 'Strelsau', place: PLACES.strelsau }]));
    expect(events[0].perpetrators).toEqual([]);
  });
});

// Tagger mentions as the resolver turns them into actors: extracted people and organisations.
const extracted = (name: string, kind: 'person' | 'organization') => ({ id: `x:${name.toLowerCase().replace(/\W+/g, '-')}`, name, kind, aliases: [name], origin: 'extracted' as const });
const strelsau = { surface: 'Strelsau', place: PLACES.strelsau };

describe('perpetrators with tagger mentions', () => {
  it('a group name the tagger read as a person stays the perpetrator (head word, group prefix, article)', () => {
    for (const [name, sentence] of [
      ['Zenda Hills Battalion', 'The Zenda Hills Battalion claimed responsibility for the attack.'],
      ['Ansar al-Tarlenheim', 'Ansar al-Tarlenheim claimed responsibility for the attack.'],
      ['Kor Vel Dan', 'Sources attributed the attack to the Kor Vel Dan.'],
    ]) {
      const text = `A bomb exploded in Strelsau, Ruritania. ${sentence}`;
      const events = extractEvents(makeDoc(text, PUB, [strelsau, { surface: name, actor: extracted(name, 'person'), origin: 'ner' }]));
      expect(events[0].perpetrators.map((p) => p.name)).toEqual([name]);
    }
  });
  it('a person the tagger saw who claims is still not a perpetrator', () => {
    const text = 'A bomb exploded in Strelsau, Ruritania. Rudolf Rassendyll claimed responsibility for the attack.';
    const events = extractEvents(makeDoc(text, PUB, [strelsau, { surface: 'Rudolf Rassendyll', actor: extracted('Rudolf Rassendyll', 'person'), origin: 'ner' }]));
    expect(events[0].perpetrators).toEqual([]);
  });
  it('a tagged person word inside a generic group name ("Zendan extremists") keeps the name', () => {
    const text = 'A bomb exploded in Strelsau, Ruritania. Sources attributed the attack to Zendan extremists.';
    const events = extractEvents(makeDoc(text, PUB, [strelsau, { surface: 'Zendan', actor: extracted('Zendan', 'person'), origin: 'ner' }]));
    expect(events[0].perpetrators.map((p) => p.name)).toEqual(['Zendan extremists']);
  });
  it('tagger parts of "Name (ACR)" do not replace the whole name', () => {
    const text = 'A bomb exploded in Strelsau, Ruritania. Sources attributed the attack to the Zenda Liberation Party (ZLP).';
    const events = extractEvents(makeDoc(text, PUB, [strelsau,
      { surface: 'Zenda Liberation Party', actor: extracted('Zenda Liberation Party', 'organization'), origin: 'ner' },
      { surface: 'ZLP', actor: extracted('ZLP', 'organization'), origin: 'ner' }]));
    expect(events[0].perpetrators.map((p) => p.name)).toEqual(['Zenda Liberation Party (ZLP)']);
  });
  it('a knowledge-base group outranks a unit name the tagger found after it', () => {
    const text = 'A bomb exploded in Strelsau, Ruritania. The Red Hand Front (RHF) Northern Command (RNC) claimed responsibility for the incident.';
    const events = extractEvents(makeDoc(text, PUB, [strelsau, { surface: 'Red Hand Front', actor: ACTORS.redHand },
      { surface: 'RNC', actor: extracted('RNC', 'organization'), origin: 'ner' }]));
    expect(events[0].perpetrators).toEqual([{ name: 'Red Hand Front', actorId: 'red-hand', basis: 'claimed' }]);
  });
});

describe('described perpetrators', () => {
  it('a lower-case description after an attribution is the perpetrator', () => {
    for (const [cue, name] of [
      ['sources attributed the attack to', 'right-wing paramilitaries'],
      ['sources suspected the involvement of', 'left-wing extremists'],
      ['police blamed', 'dissident Republicans'],
    ]) {
      const text = `A bomb exploded in Strelsau, Ruritania. No group claimed responsibility; however, ${cue} ${name}.`;
      const events = extractEvents(makeDoc(text, PUB, [strelsau]));
      expect(events[0].perpetrators).toEqual([{ name, basis: 'attributed' }]);
    }
  });
  it('an ordinary lower-case phrase is not a perpetrator', () => {
    const text = 'A bomb exploded in Strelsau, Ruritania. No group claimed responsibility; however, sources attributed the attack to rivalries between families.';
    expect(extractEvents(makeDoc(text, PUB, [strelsau]))[0].perpetrators).toEqual([]);
  });
});
