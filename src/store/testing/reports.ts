// Hand-built reports of one incident (and of another) for clustering and export tests: two outlets tell the same
// Kabul bombing with different words, tolls and place precision; a third report is a different incident.

import type { EventRecord, Place } from '../../core/document.js';
import { makeDoc, spanOf, ISKP, KABUL } from './documents.js';

export const AFGHANISTAN: Place = { id: 'country:AF', name: 'Afghanistan', kind: 'country', country: 'Afghanistan', countryCode: 'AF', lat: 33.9, lon: 67.7 };
export const KANDAHAR: Place = { id: 'geonames:1138336', name: 'Kandahar', kind: 'city', admin1: 'Kandahar', country: 'Afghanistan', countryCode: 'AF', lat: 31.61, lon: 65.71 };
/** A Kabul suburb about 10 km from the centre, under another gazetteer id. */
export const PAGHMAN: Place = { id: 'geonames:1131316', name: 'Paghman', kind: 'city', admin1: 'Kabul', country: 'Afghanistan', countryCode: 'AF', lat: 34.5875, lon: 68.9534 };

export const at = (place: Place, precision: NonNullable<EventRecord['location']>['precision'] = place.kind) => ({
  name: place.name,
  admin1: place.admin1,
  country: place.country,
  countryCode: place.countryCode,
  lat: place.lat,
  lon: place.lon,
  precision,
  placeId: place.id,
});

export function event(over: Partial<EventRecord> = {}): EventRecord {
  return {
    attackType: 'Bombing/Explosion',
    eventType: 'Explosions/Remote violence',
    subEventType: 'Suicide bomb',
    date: { start: '2024-03-11', end: '2024-03-11', precision: 'day' },
    location: at(KABUL),
    perpetrators: [],
    targets: [],
    fatalities: { min: 6, qualifier: 'at least' },
    injuries: { min: 0, max: 0, reported: false },
    status: 'occurred',
    salience: 'main',
    evidence: [],
    ...over,
  };
}

// Two outlets' reports of one bombing: different wording, different tolls, one names the city, one only the country.
export const REPORT_A =
  'A suicide bomber killed at least six people near the Foreign Ministry in Kabul on Monday, officials said. ' +
  'Islamic State Khorasan Province claimed the attack.';
export const REPORT_B =
  'Nine people died when an explosion tore through a crowd outside a government building in Afghanistan, ' +
  'the interior ministry said on Tuesday. No group has yet said it carried out the bombing.';
export const REPORT_OTHER =
  'Gunmen attacked a police checkpoint in Kandahar on Monday, killing three officers, a provincial spokesman said.';

export function reportA(text = REPORT_A) {
  return makeDoc({
    location: 'https://a.example.org/kabul', url: 'https://a.example.org/kabul', title: 'Suicide bombing kills six in Kabul', text,
    published: '2024-03-11', site: 'Outlet A', actors: [ISKP], places: [KABUL],
    events: [event({
      perpetrators: [{ name: ISKP.name, actorId: ISKP.id, basis: 'claimed' }],
      targets: [{ name: 'Foreign Ministry', type: 'Government (General)' }],
      status: 'claimed',
      evidence: [spanOf(text, 'A suicide bomber killed')],
    })],
  });
}

export function reportB() {
  return makeDoc({
    location: 'https://b.example.com/afghan-blast', url: 'https://b.example.com/afghan-blast', title: 'Nine die in Afghan blast', text: REPORT_B,
    published: '2024-03-12', site: 'Outlet B', places: [AFGHANISTAN],
    events: [event({
      subEventType: 'Remote explosive/landmine/IED',
      location: at(AFGHANISTAN),
      fatalities: { min: 9 },
      targets: [{ name: 'a crowd', type: 'Private Citizens & Property' }],
      evidence: [spanOf(REPORT_B, 'Nine people died when an explosion tore through a crowd')],
    })],
  });
}

export function reportOther() {
  return makeDoc({
    location: 'https://a.example.org/kandahar', url: 'https://a.example.org/kandahar', title: 'Police killed in Kandahar', text: REPORT_OTHER,
    published: '2024-03-11', site: 'Outlet A', places: [KANDAHAR],
    events: [event({
      attackType: 'Armed Assault', eventType: 'Battles', subEventType: 'Armed clash', location: at(KANDAHAR),
      fatalities: { min: 3 }, targets: [{ name: 'police checkpoint', type: 'Police' }], evidence: [spanOf(REPORT_OTHER, 'Gunmen attacked a police checkpoint')],
    })],
  });
}

