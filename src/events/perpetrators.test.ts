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
