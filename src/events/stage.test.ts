import { describe, expect, it } from 'vitest';
import { Pipeline } from '../pipeline/pipeline.js';
import { eventsStage, extractEvents } from './stage.js';
import { ACTORS, makeDoc, PLACES } from './testing.js';

const PUB = '2024-06-15';
const only = (text: string, links = [] as Parameters<typeof makeDoc>[2]) => {
  const events = extractEvents(makeDoc(text, PUB, links));
  expect(events).toHaveLength(1);
  return events[0];
};

describe('casualties (DESIGN rules)', () => {
  it('"more than 140" is a lower bound', () => {
    expect(only('Gunmen stormed a theatre, killing more than 140 spectators.').fatalities).toEqual({ min: 140, qualifier: 'more than' });
  });
  it('"some 170 … alongside 13 …" adds up to about 183', () => {
    expect(only('A bomb hit the crowded gate, killing some 170 villagers alongside 13 guards.').fatalities).toEqual({ min: 183, max: 183, qualifier: 'about' });
  });
  it('"including" names a part, never added', () => {
    expect(only('A gun attack left six people, including three foreign tourists, killed near the ruins.').fatalities).toEqual({ min: 6, max: 6 });
  });
  it('"a total of 20" in words and digits', () => {
    expect(only('Raiders attacked the market, killing a total of 20 traders.').fatalities).toEqual({ min: 20, max: 20, qualifier: 'a total of' });
    expect(only('A blast ripped through the depot. Twenty-one workers died and nine were hurt.').injuries).toEqual({ min: 9, max: 9 });
  });
  it('"no casualties" is zero, reported', () => {
    const event = only('A grenade was thrown at the mayor’s office. There were no casualties.');
    expect(event.fatalities).toEqual({ min: 0, max: 0 });
    expect(event.injuries).toEqual({ min: 0, max: 0 });
  });
  it('"an unknown number" leaves the count out, not zero', () => {
    const event = only('Militants shelled the garrison. An unknown number of soldiers were wounded.');
    expect(event.injuries).toBeUndefined();
    expect(event.fatalities).toEqual({ min: 0, max: 0, reported: false });
  });
  it('silence is {0, 0, reported: false}', () => {
    const event = only('Arsonists set fire to a warehouse overnight.');
    expect(event.fatalities).toEqual({ min: 0, max: 0, reported: false });
    expect(event.injuries).toEqual({ min: 0, max: 0, reported: false });
  });
  it('perpetrators count among the dead and apart', () => {
    const event = only('Gunmen opened fire on a patrol. Four policemen and two assailants were killed in the exchange.');
    expect(event.fatalities).toEqual({ min: 6, max: 6 });
    expect(event.perpetratorsKilled).toBe(2);
  });
  it('numbers waiting for one verb are added; "in addition to the assailant" adds a perpetrator', () => {
    const event = only('Raiders attacked a border post. At least four guards and 9 raiders were killed and 12 guards were hurt.');
    expect([event.fatalities, event.injuries, event.perpetratorsKilled]).toEqual([{ min: 13, qualifier: 'at least' }, { min: 12, max: 12 }, 9]);
    const bomber = only('A suicide bomber struck a market. In addition to the bomber, seven shoppers were killed.');
    expect([bomber.fatalities, bomber.perpetratorsKilled]).toEqual([{ min: 8, max: 8 }, 1]);
  });
  it('people named without a number are counted: "the chief and a bodyguard were killed"', () => {
    expect(only('A bomb hit the convoy. The district chief and a bodyguard were killed.').fatalities).toEqual({ min: 2, max: 2 });
    expect(only('Gunmen shot and killed a teacher and a nurse near the clinic.').fatalities).toEqual({ min: 2, max: 2 });
  });
  it('an active killer is not a victim; a named person before a counted group is one more', () => {
    expect(only('Two gunmen shot and killed Omar Vance, a tribal elder, near his farm.').fatalities).toEqual({ min: 1, max: 1 });
    expect(only('Raiders attacked a base. A lieutenant and two soldiers were killed.').fatalities).toEqual({ min: 3, max: 3 });
    expect(only('A suicide bomber struck a checkpoint. Aside from the assailant, four guards were killed.').perpetratorsKilled).toBe(1);
  });
  it('clock times are not casualties', () => {
    expect(only('A knife attack shortly before 19:00 (1800 UTC) killed three people.').fatalities).toEqual({ min: 3, max: 3 });
  });
  it('"it is unknown if" and "the fate of … is unknown" leave counts out', () => {
    const event = only('Rebels kidnapped a mayor. The fate of the mayor is unknown.');
    expect([event.fatalities, event.injuries]).toEqual([undefined, undefined]);
  });
  it('"was killed" with no number is one', () => {
    expect(only('A roadside bomb hit the convoy. The driver was killed.').fatalities).toEqual({ min: 1, max: 1 });
  });
});

describe('perpetrators', () => {
  it('claimed: the group named before "claimed responsibility"', () => {
    const event = only('A car bomb exploded outside a bank. The Crimson Brigade claimed responsibility for the blast.');
    expect(event.perpetrators).toEqual([{ name: 'Crimson Brigade', basis: 'claimed' }]);
  });
  it('attributed: officials blamed a group; the resolved actor is used', () => {
    const event = only('Gunmen ambushed a bus. Officials blamed the Red Hand Front for the attack.', [{ surface: 'Red Hand Front', actor: ACTORS.redHand }]);
    expect(event.perpetrators).toEqual([{ name: 'Red Hand Front', actorId: 'red-hand', basis: 'attributed' }]);
  });
  it('a spokesman who claims speaks for the group named before him', () => {
    const event = only('A car bomb hit a base. Crimson Brigade spokesman Ali Reza claimed responsibility.');
    expect(event.perpetrators).toEqual([{ name: 'Crimson Brigade', basis: 'claimed' }]);
  });
  it('none: "no group claimed responsibility"', () => {
    expect(only('A bomb exploded near a mosque. No group claimed responsibility.').perpetrators).toEqual([]);
  });
  it('an armed group named right before the attack word is attributed', () => {
    const event = only('An RHF gun attack killed two farmers.', [{ surface: 'RHF', actor: ACTORS.redHand }]);
    expect(event.perpetrators).toEqual([{ name: 'Red Hand Front', actorId: 'red-hand', basis: 'attributed' }]);
  });
});

describe('attack type, event type and target type', () => {
  const table: Array<[string, string, string, string]> = [
    ['A suicide bomber blew himself up at a checkpoint, killing three.', 'Bombing/Explosion', 'Suicide bomb', 'Military'],
    ['Gunmen opened fire on worshippers leaving a church.', 'Armed Assault', 'Attack', 'Religious Figures/Institutions'],
    ['Armed men kidnapped 12 students from their school.', 'Hostage Taking (Kidnapping)', 'Abduction/forced disappearance', 'Educational Institution'],
    ['Attackers set fire to a power station.', 'Facility/Infrastructure Attack', 'Looting/property destruction', 'Utilities'],
    ['Two men hijacked a passenger ferry.', 'Hijacking', 'Abduction/forced disappearance', 'Maritime'],
    ['An airstrike hit a fuel depot.', 'Bombing/Explosion', 'Air/drone strike', 'Business'],
    ['Unidentified assailants shot dead Amina Kovar, the town’s mayor, outside her home.', 'Assassination', 'Attack', 'Government (General)'],
    ['Unidentified assailants shot dead Amina Kovar, a shopkeeper, outside her home.', 'Armed Assault', 'Attack', 'Business'],
    ['A bomb attached to the car of Ivo Marek exploded. Marek, a provincial judge, was wounded.', 'Assassination', 'Attack', 'Government (General)'],
    ['Militants attacked an army outpost; soldiers returned fire in the ensuing clash.', 'Unknown', 'Armed clash', 'Military'],
    ['Raiders attacked a security outpost. Four police officers were killed.', 'Unknown', 'Armed clash', 'Police'],
    ['Raiders attacked villagers near the river.', 'Armed Assault', 'Attack', 'Private Citizens & Property'],
    ['Attackers struck a power line near the dam.', 'Facility/Infrastructure Attack', 'Looting/property destruction', 'Utilities'],
    ['Gunmen opened fire on a bus. Four passengers were abducted.', 'Hostage Taking (Kidnapping)', 'Abduction/forced disappearance', 'Transportation'],
    ['A bomb exploded in a field. A tribal elder, identified as Omar Vance, was killed.', 'Assassination', 'Attack', 'Private Citizens & Property'],
  ];
  for (const [text, attackType, subEventType, targetType] of table) {
    it(`${attackType}: ${text}`, () => {
      const event = only(text);
      expect(event.attackType).toBe(attackType);
      expect(event.subEventType).toBe(subEventType);
      expect(event.targets[0]?.type).toBe(targetType);
    });
  }
});

describe('incidents, claims and salience', () => {
  it('a count of planned attacks is a claim, not events', () => {
    expect(extractEvents(makeDoc('Between May 2022 and May 2023, the network planned 14 overseas attacks in six countries, an analyst said.', PUB))).toEqual([]);
  });
  it('two incidents in one sentence, each with its own date and count; the lead one is main', () => {
    const text = 'The group has grown bolder — killing more than 60 at a Strelsau stadium in March and more than 30 in a Borduria bombing in January.';
    const events = extractEvents(makeDoc(text, PUB, [{ surface: 'Strelsau', place: PLACES.strelsau }, { surface: 'Borduria', place: PLACES.borduria }]));
    expect(events.map((e) => [e.salience, e.date.start, e.fatalities?.min, e.location?.name])).toEqual([
      ['main', '2024-03-01', 60, 'Strelsau'],
      ['background', '2024-01-01', 30, 'Borduria'],
    ]);
  });
  it('a past event keeps its own date; no date falls back to publication with a flag', () => {
    const text = 'Gunmen attacked a police station on Friday. The town was bombed in August 2019, killing 40.';
    const [main, past] = extractEvents(makeDoc(text, PUB));
    expect(main.date).toEqual({ start: '2024-06-14', end: '2024-06-14', precision: 'day' });
    expect(past.date).toEqual({ start: '2019-08-01', end: '2019-08-31', precision: 'month' });
    expect(only('Gunmen attacked a police station.').date).toEqual({ start: PUB, end: PUB, precision: 'day', fromPublication: true });
  });
  it('mentions of one incident merge into one event', () => {
    const text = 'A bomb exploded at a bus stop in Strelsau on Monday. Police said the blast killed four commuters. The explosion also wounded 11.';
    const event = only(text, [{ surface: 'Strelsau', place: PLACES.strelsau }]);
    expect(event.fatalities).toEqual({ min: 4, max: 4 });
    expect(event.injuries).toEqual({ min: 11, max: 11 });
    expect(event.evidence.length).toBe(3);
  });
  it('everyday uses of attack words are not incidents', () => {
    for (const text of [
      'The company said it is investigating what it called a criminal attack on its software.',
      'The minister shrugged off his early performance in the Commons clashes.',
      'She stormed to the 60m hurdles crown in record time.',
      'Police arrested 30 people in a crackdown on ticket touts.',
    ]) expect(extractEvents(makeDoc(text, PUB))).toEqual([]);
  });
  it('arrests of a cell are a strategic development', () => {
    expect(only('Police dismantled a terror cell and arrested four suspected militants on Tuesday.').subEventType).toBe('Arrests');
  });
  it('strategic development: a state delisting a group, planned', () => {
    const event = only('Borduria said it will remove the Red Hand Front from its list of outlawed groups.');
    expect([event.eventType, event.subEventType, event.status, event.attackType]).toEqual(['Strategic developments', 'Change to group/activity', 'planned', '']);
  });
  it('foiled and attempted status', () => {
    expect(only('Police foiled a bombing at the central station.').status).toBe('foiled');
    expect(only('A man attempted to stab a guard at the gate.').status).toBe('attempted');
  });
});

describe('place', () => {
  it('a city named in the incident beats a country named in a later clause of it', () => {
    const text = 'Gunmen opened fire at a Strelsau concert hall in March. The deadliest strikes were in Borduria and then Strelsau, where four gunmen besieged the hall.';
    const events = extractEvents(makeDoc(text, PUB, [
      { surface: 'Strelsau', place: PLACES.strelsau },
      { surface: 'Borduria', place: PLACES.borduria },
      { surface: 'Strelsau', after: 'then', place: PLACES.strelsau },
    ]));
    expect(events[0].location?.name).toBe('Strelsau');
  });
  it('most specific place, demonyms ignored, country context', () => {
    const text = 'Gunmen killed three Ruritanian traders in Strelsau, Ruritania.';
    const event = only(text, [
      { surface: 'Ruritanian', place: PLACES.ruritania, origin: 'demonym' },
      { surface: 'Strelsau', place: PLACES.strelsau },
      { surface: 'Ruritania', after: 'Strelsau', place: PLACES.ruritania },
    ]);
    expect(event.location).toMatchObject({ name: 'Strelsau', country: 'Ruritania', precision: 'city', lat: 10.5 });
  });
  it('a village the gazetteer lacks keeps its name, with the region’s coordinates', () => {
    const text = 'Assailants attacked a checkpoint in Zenda village, North Province, Ruritania.';
    const event = only(text, [{ surface: 'North Province', place: PLACES.northProvince }, { surface: 'Ruritania', place: PLACES.ruritania }]);
    expect(event.location).toMatchObject({ name: 'Zenda', admin1: 'North Province', precision: 'admin1', lat: 12 });
  });
  it('no place in the text, no location', () => {
    expect(only('Gunmen attacked a police station.').location).toBeUndefined();
  });
  it('a lead sentence cut short ("Sta."): the next sentence places the lead incident', () => {
    const text = 'Gunmen shot and killed Jose Sta. Cruz Mendez, a farmer, near his house in Zenda, North Province, Ruritania.';
    const event = only(text, [{ surface: 'North Province', place: PLACES.northProvince }, { surface: 'Ruritania', place: PLACES.ruritania }]);
    expect(event.location).toMatchObject({ name: 'Zenda', country: 'Ruritania', admin1: 'North Province' });
  });
  it('a sentence that is only a place chain ("Qaya. Khanaqin, Diyala, Iraq.") places the incident', () => {
    const text = 'Gunmen opened fire on a farmer at his home in Kossa. Zenda, North Province, Ruritania. The farmer was killed.';
    const event = only(text, [{ surface: 'North Province', place: PLACES.northProvince }, { surface: 'Ruritania', place: PLACES.ruritania }]);
    expect(event.location).toMatchObject({ name: 'Zenda', country: 'Ruritania' });
  });
  it('"Borduria soldiers" says whose soldiers, not where: the attack is where the text places it', () => {
    const text = 'Assailants fired rockets at Borduria soldiers at an airport. The rocket landed near a hotel in Strelsau, Ruritania. No casualties were reported.';
    const events = extractEvents(makeDoc(text, PUB, [
      { surface: 'Borduria', place: PLACES.borduria }, { surface: 'Strelsau', place: PLACES.strelsau }, { surface: 'Ruritania', place: PLACES.ruritania },
    ]));
    expect(events).toHaveLength(1);
    expect(events[0].location).toMatchObject({ name: 'Strelsau', country: 'Ruritania' });
    // With nothing else to place it, the owner's country is still the last resort.
    expect(only('Assailants fired rockets at Borduria soldiers.', [{ surface: 'Borduria', place: PLACES.borduria }]).location?.country).toBe('Borduria');
  });
  it('a lead sentence in words the vocabulary lacks is the incident that later sentences call "the attack"', () => {
    const text = 'Assailants seized the residence of a journalist in Strelsau, Ruritania. No casualties were reported, though the house was looted in the attack.';
    const event = only(text, [{ surface: 'Strelsau', place: PLACES.strelsau }, { surface: 'Ruritania', place: PLACES.ruritania }]);
    expect(event.location).toMatchObject({ name: 'Strelsau', country: 'Ruritania' });
    expect(event.targets[0].type).toBe('Journalists & Media');
    expect(event.evidence[0].start).toBe(0);
    // Without an attacker as its subject, the lead is not adopted.
    const other = extractEvents(makeDoc('Residents gathered in Strelsau, Ruritania. The house was looted in the attack.', PUB, [{ surface: 'Strelsau', place: PLACES.strelsau }, { surface: 'Ruritania', place: PLACES.ruritania }]));
    expect(other[0]?.location).toBeUndefined();
  });
});

describe('stage contract', () => {
  it('is events.rules.v1, needs resolution, gives events, and fits after a resolve layer', () => {
    expect([eventsStage.name, eventsStage.requires, eventsStage.assigns]).toEqual(['events.rules.v1', ['resolution'], ['events']]);
    const pipeline = new Pipeline([eventsStage], ['article', 'segments', 'entities', 'resolution']);
    const doc = pipeline.run(makeDoc('A bomb exploded in a market.', PUB), undefined);
    expect(doc.events).toHaveLength(1);
    expect(doc.resolution).toBeDefined();
  });
});
