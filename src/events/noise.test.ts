// Real-news noise: numbers that are not counts, places that are not places, words that are not attacks, and
// names that cannot be perpetrators. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { Actor, Place } from '../core/document.js';
import { findNumbers } from '../extract/numbers.js';
import { extractEvents } from './stage.js';
import { ACTORS, makeDoc, PLACES } from './testing.js';

const PUB = '2024-06-15';
const events = (text: string, links = [] as Parameters<typeof makeDoc>[2]) => extractEvents(makeDoc(text, PUB, links));

describe('numbers that are not counts', () => {
  it('a year before a casualty verb is not a toll', () => {
    const [event] = events('The abbey, founded in 1803, was bombed on Tuesday and two monks were killed.');
    expect(event.fatalities).toEqual({ min: 2, max: 2 });
  });
  it('a bare year with no people after it is year-like, a four-digit count of people is not', () => {
    expect(findNumbers('since 1803')[0].yearLike).toBe(true);
    expect(findNumbers('1500 people fled')[0].yearLike).toBeFalsy();
  });
  it('ages in "between the ages of 14 and 18" are not victims', () => {
    const [event] = events('A gunman opened fire at a party. Four teenagers were injured. The injured, between the ages of 14 and 18, were taken to hospital.');
    expect(event.injuries).toEqual({ min: 4, max: 4 });
  });
  it('a descending "70 to 20" is a vote, not a range, and counts nobody', () => {
    const [n] = findNumbers('The Senate voted 70 to 20 to return the bill.');
    expect(n.score).toBe(true);
    expect(n.max).toBe(70);
    const found = events('Rebels attacked the capital. The Senate voted 70 to 20 to send the bill back to committee, where it died.');
    for (const e of found) {
      expect(e.fatalities?.min ?? 0).toBe(0);
      if (e.fatalities?.max !== undefined) expect(e.fatalities.max).toBeGreaterThanOrEqual(e.fatalities.min);
    }
  });
  it('min ≤ max for every range', () => {
    for (const text of ['between 10 and 15 people', '10-15 people', 'between 70 and 20 votes', '30 to 12']) {
      for (const n of findNumbers(text)) if (n.max !== undefined) expect(n.max).toBeGreaterThanOrEqual(n.min);
    }
  });
  it('"N of whom were injured" counts N, not the crowd before it', () => {
    const [event] = events('Police said over a hundred people attended the party in Strelsau, four of whom were injured in the shooting.', [{ surface: 'Strelsau', place: PLACES.strelsau }]);
    expect(event.injuries).toEqual({ min: 4, max: 4 });
  });
});

describe('places that are not places', () => {
  it('a date before a country is not the town of a place chain', () => {
    const found = events('As of September 30, Ruritania said its troops had killed 200 rebels in the fighting.', [{ surface: 'Ruritania', place: PLACES.ruritania }]);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e.location?.name).not.toBe('September 30');
  });
});

describe('words that are not attacks', () => {
  const senator: Actor = { id: 'p:vance', name: 'Omar Vance', kind: 'person', aliases: [], origin: 'extracted' };
  const rival: Actor = { id: 'p:holt', name: 'Dana Holt', kind: 'person', aliases: [], origin: 'extracted' };
  it('"the row blew up", "my modem blew up", "getting blown up" are idioms, not bombings', () => {
    expect(events('The row blew up when the singer threw his rival out of the crew.')).toHaveLength(0);
    expect(events('My cable modem blew up and I was offline for several days.')).toHaveLength(0);
    expect(events('The game punishes you for not getting blown up the second you appear.')).toHaveLength(0);
    // … while attackers who blew up a post did bomb it.
    expect(events('Militants blew up a police post in Zenda.')[0].attackType).toBe('Bombing/Explosion');
  });
  it('a politician who "attacked" a rival in a debate makes no event', () => {
    // A place makes the incident specific enough to be kept, so only the verbal-attack rule can drop it.
    expect(events('During the debate in Strelsau, Omar Vance attacked Dana Holt for her record on taxes.', [
      { surface: 'Strelsau', place: PLACES.strelsau }, { surface: 'Omar Vance', actor: senator }, { surface: 'Dana Holt', actor: rival },
    ])).toEqual([]);
    expect(events('At a rally in Strelsau he attacked the plan as reckless.', [{ surface: 'Strelsau', place: PLACES.strelsau }])).toEqual([]);
  });
  it('a person who attacked someone and killed them is still an event', () => {
    const found = events('Omar Vance attacked Dana Holt with a knife in Strelsau, and she was killed.', [
      { surface: 'Omar Vance', actor: senator }, { surface: 'Dana Holt', actor: rival }, { surface: 'Strelsau', place: PLACES.strelsau },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].fatalities?.min).toBe(1);
  });
  it('"X claimed that …" is a statement, not a claim of responsibility', () => {
    const [event] = events('A bomb exploded at a market in Strelsau. The Red Hand Front claimed that the government staged it.', [
      { surface: 'Strelsau', place: PLACES.strelsau }, { surface: 'Red Hand Front', actor: ACTORS.redHand },
    ]);
    expect(event.perpetrators.filter((p) => p.basis === 'claimed')).toEqual([]);
  });
  it('"claimed responsibility" and a bare "has claimed." still claim', () => {
    const [event] = events('A bomb exploded at a market in Strelsau. The Red Hand Front has claimed.', [
      { surface: 'Strelsau', place: PLACES.strelsau }, { surface: 'Red Hand Front', actor: ACTORS.redHand },
    ]);
    expect(event.perpetrators).toEqual([{ name: 'Red Hand Front', actorId: 'red-hand', basis: 'claimed' }]);
  });
});

describe('perpetrators are actors that can attack', () => {
  const outlet: Actor = { id: 'm:herald', name: 'The Strelsau Herald', kind: 'media', aliases: [], origin: 'bundled' };
  const ocean: Place = { id: 'test:ocean', name: 'Atlantic', kind: 'admin1', country: 'Ruritania', countryCode: 'RT', lat: 0, lon: 0 };
  it('a news outlet, a person or a bare place is never the perpetrator', () => {
    const person: Actor = { id: 'p:marek', name: 'Jan Marek', kind: 'person', aliases: [], origin: 'extracted' };
    const cases: Array<[string, NonNullable<Parameters<typeof makeDoc>[2]>]> = [
      ['A bomb killed three soldiers in Strelsau. The attack was blamed on The Strelsau Herald.', [{ surface: 'The Strelsau Herald', actor: outlet }]],
      ['A bomb killed three soldiers in Strelsau. Officials blamed Jan Marek.', [{ surface: 'Jan Marek', actor: person }]],
      ['A bomb killed three soldiers in Strelsau. Officials blamed Atlantic.', [{ surface: 'Atlantic', place: ocean }]],
    ];
    for (const [text, links] of cases) {
      const [event] = events(text, [{ surface: 'Strelsau', place: PLACES.strelsau }, ...links]);
      expect(event.perpetrators).toEqual([]);
    }
  });
  it('an armed group whose name holds a place keeps it; a state (its forces) may attack', () => {
    const front: Actor = { id: 'north-front', name: 'North Province Liberation Front', kind: 'armed_group', aliases: [], origin: 'bundled' };
    const [event] = events('A bomb killed three soldiers in Strelsau. Officials blamed the North Province Liberation Front.', [
      { surface: 'Strelsau', place: PLACES.strelsau }, { surface: 'North Province', after: 'blamed', place: PLACES.northProvince },
      { surface: 'North Province Liberation Front', actor: front },
    ]);
    expect(event.perpetrators.map((p) => p.name)).toEqual(['North Province Liberation Front']);
  });
});

describe('attack words that name no attack', () => {
  it('illness, fakes, plots and weapons trade are not incidents', () => {
    const links = [{ surface: 'Strelsau', place: PLACES.strelsau }];
    expect(events('In Strelsau she suffered panic attacks every night.', links)).toEqual([]);
    expect(events('Strelsau officials denounced alleged assassination plots against dissidents.', links)).toEqual([]);
    expect(events('They must not send weapons, fighter jets and bombs to Strelsau.', links)).toEqual([]);
  });
  it('a fake suicide vest is not the method; "began to stab" is an assault that happened', () => {
    const [event] = events('On Sunday in Strelsau a man wearing a fake suicide vest entered a store and began to stab people. He injured three shoppers.', [
      { surface: 'Strelsau', place: PLACES.strelsau },
    ]);
    expect(event.attackType).toBe('Armed Assault');
    expect(event.status).toBe('occurred');
    expect(event.date.fromPublication).toBeUndefined();
    expect(event.injuries).toEqual({ min: 3, max: 3 });
  });
  it('a country that did the act ("Borduria\'s killing of …") is not where it happened', () => {
    const found = events('The vote follows Borduria’s killing of a general in an airstrike last week.', [{ surface: 'Borduria', place: PLACES.borduria }]);
    expect(found).toHaveLength(1);
    expect(found[0].location?.country).not.toBe('Borduria');
  });
});

describe('GTD coding conventions', () => {
  const place = (code: string): Place => ({ id: `test:${code}`, name: 'Zenda', kind: 'city', country: code, countryCode: code, lat: 1, lon: 1 });
  it('an attack of unstated method is Armed Assault, except where GTD codes it Unknown (Afghanistan)', () => {
    const text = 'Assailants attacked a security post in Zenda. Two soldiers were killed.';
    expect(events(text, [{ surface: 'Zenda', place: place('ML') }])[0].attackType).toBe('Armed Assault');
    expect(events(text, [{ surface: 'Zenda', place: place('AF') }])[0].attackType).toBe('Unknown');
    // A stated method is never overridden.
    expect(events('Assailants bombed a security post in Zenda.', [{ surface: 'Zenda', place: place('ML') }])[0].attackType).toBe('Bombing/Explosion');
  });
  it('an unstated-method attack on a dam is on a facility; on the people guarding it, not', () => {
    const afghanistan = [{ surface: 'Zenda', place: place('AF') }];
    expect(events('Assailants attacked a dam in Zenda. No casualties were reported.', afghanistan)[0].attackType).toBe('Facility/Infrastructure Attack');
    expect(events('Assailants attacked protection force members guarding a dam in Zenda. Two members were killed.', afghanistan)[0].attackType).toBe('Unknown');
  });
  it('Iraq: an attack of unstated method on police is Armed Assault, on soldiers Unknown (its coders\' convention)', () => {
    const iraq = [{ surface: 'Zenda', place: place('IQ') }];
    expect(events('Assailants attacked a police checkpoint in Zenda. Two officers were injured in the attack.', iraq)[0].attackType).toBe('Armed Assault');
    expect(events('Assailants attacked army soldiers in Zenda. One soldier was killed.', iraq)[0].attackType).toBe('Unknown');
    // Not in Afghanistan, where attacks on police posts stay Unknown.
    expect(events('Assailants attacked a police checkpoint in Zenda. Two officers were injured in the attack.', [{ surface: 'Zenda', place: place('AF') }])[0].attackType).toBe('Unknown');
  });
  it('"Police District 4" is a place, not a police target; an airbase is military', () => {
    expect(events('A bomb attached to a civilian vehicle exploded in Police District 4, Strelsau. One civilian was killed.', [
      { surface: 'Strelsau', place: PLACES.strelsau },
    ])[0].targets[0].type).not.toBe('Police');
    expect(events('Rebels fired three rockets at the Tarlenheim Airbase near Strelsau.', [{ surface: 'Strelsau', place: PLACES.strelsau }])[0].targets[0].type).toBe('Military');
  });
});

describe('tolls shared among linked attacks', () => {
  it('a toll stated "across" N linked attacks is shared evenly, rounded down', () => {
    const links = [{ surface: 'Strelsau', place: PLACES.strelsau }];
    expect(events('Rebels attacked an outpost in Strelsau. This was one of four related attacks on outposts that day. At least 20 soldiers were killed across the four attacks.', links)[0].fatalities?.min).toBe(5);
    expect(events('Rebels attacked an outpost in Strelsau. Seven soldiers were killed across both attacks.', links)[0].fatalities?.min).toBe(3);
    expect(events('Rebels attacked an outpost in Strelsau. This was one of three related attacks. Thirty soldiers were killed across the attacks.', links)[0].fatalities?.min).toBe(10);
  });
  it('a toll of its own is not divided', () => {
    expect(events('Rebels attacked an outpost in Strelsau. This was one of four related attacks that day. Twenty soldiers were killed in the attack.', [
      { surface: 'Strelsau', place: PLACES.strelsau },
    ])[0].fatalities?.min).toBe(20);
  });
});

describe('accidents are not attacks', () => {
  const links = [{ surface: 'Strelsau', place: PLACES.strelsau }];
  it('a crash or a gas explosion with nothing deliberate makes no event', () => {
    expect(events('At least seven people were killed when a vintage bomber crashed at the Strelsau airport.', links)).toEqual([]);
    expect(events('A gas explosion killed four residents of a block of flats in Strelsau.', links)).toEqual([]);
  });
  it('an attack that caused a crash is still an event', () => {
    expect(events('Militants shot down a helicopter, which crashed near Strelsau, killing four soldiers.', links)).toHaveLength(1);
  });
  it('the unknown-method convention needs an attacker: a bare "struck" stays Unknown', () => {
    const place: Place = { id: 'test:ml', name: 'Zenda', kind: 'city', country: 'Mali', countryCode: 'ML', lat: 1, lon: 1 };
    expect(events('The lorry struck a checkpoint in Zenda, and two soldiers were killed.', [{ surface: 'Zenda', place }])[0].attackType).toBe('Unknown');
  });
});

describe('disease, disasters, launches, animals', () => {
  const links = [{ surface: 'Strelsau', place: PLACES.strelsau }];
  it('a virus that killed people is not an attack', () => {
    expect(events('Officials in Strelsau said the new virus had killed at least 813 people.', links)).toEqual([]);
  });
  it('an accident the headline names, with nothing deliberate in the incident, is dropped', () => {
    const doc = makeDoc('The government of Strelsau executed a planned shutdown of public services; six more children were killed.', PUB, links);
    doc.article!.title = 'Ruritania ends state of emergency over measles outbreak';
    expect(extractEvents(doc)).toEqual([]);
  });
  it('a rocket launch is not a rocket attack; a rocket fired at a base is', () => {
    expect(events('The agency launched its first crewed mission on a rocket from a pad near Strelsau.', links)).toEqual([]);
    expect(events('Rebels fired a rocket at an army base near Strelsau, killing two soldiers.', links)).toHaveLength(1);
  });
  it('sexual assault allegations are not an armed assault', () => {
    expect(events('The senator addressed allegations of sexual assault at a rally in Strelsau.', links)).toEqual([]);
  });
  it('animals are not casualties', () => {
    const [event] = events('A bomb exploded in a field near Strelsau, killing 12 cows.', links);
    expect(event.fatalities?.min ?? 0).toBe(0);
  });
});

// Issue #6: attack words in other senses, audited on Wikinews (CC BY 2.5) and BBC articles; the sentences here are
// written for the tests, in the shapes those articles use.
describe('attack words in another sense (real news)', () => {
  const links = [{ surface: 'Strelsau', place: PLACES.strelsau }];
  it('a shot in a game, a shot at office, a parting shot are not shootings', () => {
    expect(events('Dale curled a low shot past the keeper from the edge of the penalty area in Strelsau.', links)).toEqual([]);
    expect(events("The striker's shot took a deflection and went into the net.")).toEqual([]);
    expect(events('She said she still had the best shot to win the nomination in Strelsau.', links)).toEqual([]);
    expect(events('The mayor took a parting shot at his rival on the way out of office in Strelsau.', links)).toEqual([]);
  });
  it('prices that shot up and a film shot on location are not shootings', () => {
    expect(events('Shares in the Strelsau mining firm shot up 12% in early trading.', links)).toEqual([]);
    expect(events('The film was shot mostly in Strelsau over three weeks.', links)).toEqual([]);
    expect(events('A Strelsau-shot crime series returns next week.', links)).toEqual([]);
  });
  it('a man shot dead in the street is still a shooting', () => {
    expect(events('A man was shot dead outside a bar in Strelsau on Friday.', links)).toHaveLength(1);
  });
  it('business and science senses: struck a deal, a bomb test, a rocket company, a mortar maker', () => {
    expect(events('The carmaker struck a deal with a Strelsau supplier for 30,000 engines.', links)).toEqual([]);
    expect(events('He watched an atomic bomb test from a raft near Strelsau in the 1950s.', links)).toEqual([]);
    expect(events('The Strelsau rocket company will launch its new booster next year.', links)).toEqual([]);
    expect(events('A state firm in Strelsau bought a mortar and shell manufacturer.', links)).toEqual([]);
  });
  it('titles and names are not incidents ("Pacific Assault", "an Atomic Bomb" in an album name)', () => {
    expect(events('The series added Pacific Assault to its catalogue in Strelsau.', links)).toEqual([]);
    expect(events('Their album How to Defuse an Atomic Bomb topped the Strelsau chart.', links)).toEqual([]);
  });
  it('video games, computing and figures of speech', () => {
    expect(events('Players shoot zombies in the mobile version of the video game, launched in Strelsau.', links)).toEqual([]);
    expect(events('A phishing attack tricked thousands of Strelsau bank customers into giving passwords.', links)).toEqual([]);
    expect(events('The screensaver bombarded the sites with data from Strelsau.', links)).toEqual([]);
    expect(events('Broadband use in Strelsau has exploded over the past year.', links)).toEqual([]);
    expect(events('The withdrawal was a stab in the back for the Strelsau allies.', links)).toEqual([]);
    expect(events('The new stadium in Strelsau is running over budget.', links)).toEqual([]);
    expect(events('The editor said she had been fired on 1 November by the Strelsau paper.', links)).toEqual([]);
    expect(events('Seventy search warrants were executed in Strelsau and abroad.', links)).toEqual([]);
  });
  it('a generic word with a place but no toll, attacker, perpetrator or object attacked is not an incident', () => {
    expect(events('Strelsau exporters say they face a two-pronged regulatory assault.', links)).toEqual([]);
    expect(events('The chain has targeted the youth market in Strelsau with its adverts.', links)).toEqual([]);
  });
  it('an attack with no toll stays when an attacker is named', () => {
    expect(events('Gunmen attacked a checkpoint in Strelsau on Saturday.', links)).toHaveLength(1);
  });
});

describe('accidents in real news', () => {
  const links = [{ surface: 'Strelsau', place: PLACES.strelsau }];
  it('fires, collisions, drownings, animals, work accidents are not attacks', () => {
    expect(events('A fire yesterday killed five people at a hostel in Strelsau.', links)).toEqual([]);
    expect(events('A traffic collision in Strelsau killed a cyclist on Monday.', links)).toEqual([]);
    expect(events('A zoo keeper was killed by his lions near Strelsau on Tuesday.', links)).toEqual([]);
    expect(events('An engineer was killed while working on an escalator in Strelsau.', links)).toEqual([]);
  });
  it('a block of flats that collapsed in a "rebel-held" district is still an accident', () => {
    expect(events('A block of flats collapsed in a former rebel-held district of Strelsau, killing eleven.', links)).toEqual([]);
  });
  it('a fire someone set is still an attack', () => {
    expect(events('Rioters set fire to a church in Strelsau on Sunday.', links)).toHaveLength(1);
  });
});

describe('casualty figures in real news', () => {
  const links = [{ surface: 'Strelsau', place: PLACES.strelsau }];
  it('people arrested, charged or detained are not casualties', () => {
    const [event] = events('Police arrested twelve men in Strelsau after a bomb exploded at a market, killing one guard.', links);
    expect(event.fatalities).toEqual({ min: 1, max: 1 });
    const [second] = events('Gunmen attacked a bus in Strelsau; six suspects were later detained and two passengers died.', links);
    expect(second.fatalities).toEqual({ min: 2, max: 2 });
  });
  it('"the death penalty" and "29 out of 30 charges" count no dead', () => {
    const [event] = events('The gunman who shot dead a teacher in Strelsau pleaded guilty to 29 out of 30 charges so prosecutors would not seek the death penalty.', links);
    expect(event.fatalities).toEqual({ min: 1, max: 1 });
  });
  it('"all four are stable, and no fatalities have emerged" is not four dead', () => {
    const found = events('A gunman opened fire at a party in Strelsau, injuring four teenagers. As of Sunday, all four are in stable condition, and no fatalities have emerged from the shooting.', links);
    for (const e of found) expect(e.fatalities?.min ?? 0).toBe(0);
  });
  it('the figures of an earlier attack named in a comparison are not added', () => {
    const [event] = events("A car bomb killed 40 soldiers at a base in Strelsau on Monday, the deadliest attack since an assault in August 2018, with officials reporting at the time 150 police and hundreds of rebels killed.", links);
    expect(event.fatalities).toEqual({ min: 40, max: 40 });
  });
});

describe('dates of reports, arrests and hearings are not the incident date', () => {
  const links = [{ surface: 'Strelsau', place: PLACES.strelsau }];
  // PUB is Saturday 2024-06-15.
  it('"On Wednesday, officials said X was poisoned": the statement is dated, the attack is not', () => {
    const [event] = events('On Wednesday, officials said the opposition leader had been poisoned in Strelsau.', links);
    expect(event.date.fromPublication).toBe(true);
  });
  it('"appeared in court yesterday, charged over a shooting on Friday": the shooting is Friday', () => {
    const [event] = events('A man appeared in a Strelsau court yesterday, charged over a mass shooting at a mosque on Monday.', links);
    expect(event.date.start).toBe('2024-06-10');
  });
  it('"reported on Saturday that X was stabbed", "as of Sunday": not the incident date', () => {
    expect(events('It was reported on Thursday that an inmate was stabbed in a Strelsau prison.', links)[0].date.fromPublication).toBe(true);
  });
  it('"police on Monday arrested twelve men after a bomb …": the arrest is dated, not the bomb', () => {
    const [event] = events('Police on Monday arrested twelve men after a bomb exploded at a Strelsau market.', links);
    expect(event.date.fromPublication).toBe(true);
  });
  it('"an attack that day" takes the date of the statement', () => {
    const [event] = events('On Friday, the army released a statement saying an attack that day on a base near Strelsau caused no casualties.', links);
    expect(event.date.start).toBe('2024-06-14');
  });
  it('a date right before the attack word is still the incident date', () => {
    expect(events('On Friday, gunmen attacked a bus in Strelsau, officials said.', links)[0].date.start).toBe('2024-06-14');
  });
});

describe('tolls by nationality are parts of the toll', () => {
  it('"six Ruritanian nationals were killed in the attack" after "22 people died" is among the 22', () => {
    const links = [{ surface: 'Strelsau', place: PLACES.strelsau }];
    const [event] = events('On Saturday a gunman shot shoppers at a store in Strelsau, and 22 people died. Officials said six Ruritanian nationals were killed in the attack.', links);
    expect(event.fatalities).toEqual({ min: 22, max: 22 });
  });
});

describe('more senses from the audit', () => {
  const links = [{ surface: 'Strelsau', place: PLACES.strelsau }];
  it('"a man opened fire and killed two people" is an attack, not a fire', () => {
    expect(events('A man opened fire and killed two people at a mosque in Strelsau.', links)).toHaveLength(1);
  });
  it('a fire at a cafe that killed 25 is an accident', () => {
    expect(events('The law followed a fire at one Strelsau cafe that killed 25 people.', links)).toEqual([]);
  });
  it('attacks in words on a record, a policy, a way of doing things', () => {
    expect(events('The opposition leader launched an attack on the cost of the Strelsau asylum system.', links)).toEqual([]);
    expect(events('She also attacked the way the war was sold to the public in Strelsau.', links)).toEqual([]);
    expect(events('Critics called him an attack dog for the ruling party in Strelsau.', links)).toEqual([]);
  });
  it('"an explosion in gambling", "the ticking bomb of council tax", "bombarded by fans"', () => {
    expect(events('Critics in Strelsau feared an explosion in gambling.', links)).toEqual([]);
    expect(events('He warned of the ticking bomb of council tax in Strelsau.', links)).toEqual([]);
    expect(events('Ticket outlets in Strelsau had been "bombarded" by fans.', links)).toEqual([]);
    expect(events('An explosion in a Strelsau market killed three people.', links)).toHaveLength(1);
  });
  it('struck by the level of concern, clashed with ministers, raided the dressing-up box', () => {
    expect(events('Campaigners in Strelsau were struck by the level of concern among voters.', links)).toEqual([]);
    expect(events('The judge in Strelsau said he had clashed with ministers over the inquiry.', links)).toEqual([]);
    expect(events('The students in Strelsau had raided the dressing-up box.', links)).toEqual([]);
  });
  it('an illness that kills is not an attack', () => {
    expect(events('HIV is killing thousands of adults in Strelsau every year.', links)).toEqual([]);
  });
});

describe('words of the law and accidents named in headlines', () => {
  const links = [{ surface: 'Strelsau', place: PLACES.strelsau }];
  it('"narrowly avoids a murder conviction" is a plot, not a murder', () => {
    expect(events('In the film he narrowly avoids a murder conviction in Strelsau.', links)).toEqual([]);
  });
  it('a boat fire the headline names is an accident', () => {
    const doc = makeDoc('Authorities have not named a cause, though there were no signs of an explosion aboard the vessel off Strelsau.', PUB, links);
    doc.article!.title = 'Dozens dead in Strelsau boat fire';
    expect(extractEvents(doc)).toEqual([]);
  });
});

describe('things killed and rumours', () => {
  const links = [{ surface: 'Strelsau', place: PLACES.strelsau }];
  it('"we have killed the part of the project they care about" kills no one', () => {
    expect(events('Members in Strelsau feel that we have killed the part of the project that they care about.', links)).toEqual([]);
  });
  it('"refrain from speculating that it had been hijacked" reports no hijacking', () => {
    expect(events('Officials in Strelsau asked reporters to refrain from speculating that the tanker had been hijacked.', links)).toEqual([]);
  });
  it('a film premiere that talks of shooting with a small crew is not a shooting', () => {
    expect(events('The premiere in Strelsau included a session on shooting with a five-person crew.', links)).toEqual([]);
  });
});

describe('status cues that govern another verb', () => {
  const links = [{ surface: 'Strelsau', place: PLACES.strelsau }];
  it('"will be held again next year despite a stabbing which happened" occurred', () => {
    expect(events('The Strelsau awards will be held again next year despite a stabbing which happened during the ceremony.', links)[0].status).toBe('occurred');
  });
  it('"have not prevented attacks like the Strelsau rail bombing" is not foiled', () => {
    const found = events('Opponents say such schemes have not prevented the Strelsau rail bombing.', links);
    expect(found[0].status).toBe('occurred');
  });
  it('a cue right before the attack word still counts', () => {
    expect(events('Police in Strelsau said they had foiled a planned suicide bombing.', links)[0].status).toBe('foiled');
    expect(events('A man in Strelsau tried to stab a guard at the gate.', links)[0].status).toBe('attempted');
  });
});

describe('tolls and places from the Wikinews audit', () => {
  it('"killed twelve and injured twelve more" adds the "more" to the injured only', () => {
    const links = [{ surface: 'Strelsau', place: PLACES.strelsau }];
    const [event] = events('A car bomb hit an army base in Strelsau on Monday. A rebel spokesman claimed 190 were dead. A provincial spokesman said the attack had killed twelve and injured twelve more.', links);
    // The claimed 190 competes with the official twelve (merge rule for competing tolls, casualties.ts).
    expect(event.fatalities).toEqual({ min: 12, max: 190, qualifier: 'disputed' });
    expect(event.injuries).toEqual({ min: 12, max: 12 });
  });
  it('"the Ruritania-based movement" does not place the attack in Ruritania', () => {
    const borduria = { id: 'test:bd', name: 'Borduria', kind: 'country', country: 'Borduria', countryCode: 'BD', lat: 1, lon: 1 } as const;
    const found = events('Drone attacks struck an oil plant in Borduria on Saturday. The Ruritania-based rebel movement claimed responsibility for the attacks.', [
      { surface: 'Borduria', place: borduria }, { surface: 'Ruritania', place: PLACES.ruritania },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].location?.country).toBe('Borduria');
  });
});

describe('growth and self-immolation', () => {
  const links = [{ surface: 'Strelsau', place: PLACES.strelsau }];
  it('"whose population then exploded" is growth', () => {
    expect(events('Otters stopped eating sea urchins near Strelsau, whose population then exploded.', links)).toEqual([]);
  });
  it('a man who set himself on fire attacked no one', () => {
    expect(events('A man set himself on fire outside the parliament in Strelsau on Wednesday.', links)).toEqual([]);
    expect(events('Rioters set a police van on fire in Strelsau on Wednesday.', links)).toHaveLength(1);
  });
});

// Sentences quoted from Wikinews (CC BY 2.5); each article named in its test.
describe('Wikinews cases', () => {
  it('Wikinews, CC BY 2.5, "NYC Mayor de Blasio ends US presidential campaign": a parting shot on Twitter', () => {
    expect(events('Incumbent President Donald Trump quickly took a parting shot on Twitter: "Oh no, really big political news, perhaps the biggest story in years!"')).toEqual([]);
  });
  it('Wikinews, CC BY 2.5, "Hungarian state-owned enterprise acquires Hirtenberger Defence Group": a mortar maker', () => {
    expect(events('(HDT Limited) acquired Austrian mortar and shell manufacturer Hirtenberger Defence Group.')).toEqual([]);
  });
  it('Wikinews, CC BY 2.5, "South African \'Lion Man\' killed by his lions": killed by animals', () => {
    expect(events('Leon van Biljon, owner of Mahala View Lion Lodge near Pretoria, South Africa, was killed by his lions on Tuesday.')).toEqual([]);
  });
  it('Wikinews, CC BY 2.5, "Indonesian security minister Wiranto stabbed": a real stabbing stays', () => {
    expect(events('Yesterday, Indonesia\'s security minister Wiranto was stabbed, according to government authorities.')).toHaveLength(1);
  });
});

describe('a capitalised attack word opening a clause is not a name', () => {
  it('"Strelsau, Ruritania — Gunmen attacked a patrol" keeps its gunmen', () => {
    const [event] = events('Strelsau, Ruritania — Gunmen attacked a police patrol on Tuesday, killing three officers.', [{ surface: 'Strelsau', place: PLACES.strelsau }]);
    expect(event.attackType).toBe('Armed Assault');
  });
});

describe('tolls told twice', () => {
  const links = [{ surface: 'Strelsau', place: PLACES.strelsau }];
  it('"the woman was killed in a stairwell" after "killing four" is one of the four; the attacker shot dead is a fifth', () => {
    const [event] = events('On Thursday a worker went on a stabbing spree at the Strelsau police headquarters, killing four. The attacker was shot dead by police. The woman was killed in a stairwell.', links);
    expect(event.fatalities).toEqual({ min: 5, max: 5 });
  });
});

describe('an incident told again', () => {
  it('"the mayor wrote: … after this appalling attack" refers back to the stabbing already reported', () => {
    const links = [{ surface: 'Strelsau', place: PLACES.strelsau }];
    const found = events('On Thursday a worker went on a stabbing spree at the Strelsau police headquarters, killing four. On Saturday the mayor of Strelsau wrote: "Strelsau is mourning this afternoon after this appalling attack."', links);
    expect(found).toHaveLength(1);
  });
  it('a separate incident with its own toll stays', () => {
    const links = [{ surface: 'Strelsau', place: PLACES.strelsau }];
    const found = events('On Thursday a worker went on a stabbing spree in Strelsau, killing four. In 2016 the attack on the Strelsau market killed nine.', links);
    expect(found).toHaveLength(2);
  });
});
