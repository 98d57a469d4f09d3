// A synthetic database for the workbench benchmark and browser tests: hand-built Documents (no pipeline), each a
// short report carrying several events spread over countries, months and attack types. Deterministic (seeded).

import type { Actor, Document, EventRecord, Place } from '../../core/document.js';
import { makeDoc } from '../../store/testing/documents.js';
import type { Store } from '../../store/types.js';
import { mulberry32 } from '../../core/random.js';

const TYPES: Array<[string, string, string]> = [
  ['Bombing/Explosion', 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  ['Armed Assault', 'Battles', 'Armed clash'],
  ['Assassination', 'Violence against civilians', 'Attack'],
  ['Hostage Taking (Kidnapping)', 'Violence against civilians', 'Abduction/forced disappearance'],
  ['Facility/Infrastructure Attack', 'Strategic developments', 'Looting/property destruction'],
];
const PLACES: Place[] = [
  ['Kabul', 'AF', 'Afghanistan', 34.53, 69.17], ['Mogadishu', 'SO', 'Somalia', 2.04, 45.34],
  ['Maiduguri', 'NG', 'Nigeria', 11.85, 13.16], ['Mosul', 'IQ', 'Iraq', 36.34, 43.13],
  ['Peshawar', 'PK', 'Pakistan', 34.01, 71.58], ['Gao', 'ML', 'Mali', 16.27, -0.04],
  ['Goma', 'CD', 'DR Congo', -1.68, 29.22], ['Aleppo', 'SY', 'Syria', 36.2, 37.16],
  ['Bogotá', 'CO', 'Colombia', 4.71, -74.07], ['Marawi', 'PH', 'Philippines', 8.0, 124.29],
].map(([name, code, country, lat, lon]) => ({
  id: `test:${String(name).toLowerCase()}`, name: String(name), kind: 'city' as const, country: String(country),
  countryCode: String(code), lat: Number(lat), lon: Number(lon),
}));
export const SYNTHETIC_ACTORS: Actor[] = [
  ['northern-front', 'Northern Front', ['NF', 'the Front']], ['river-brigade', 'River Brigade', ['RB']],
  ['desert-movement', 'Desert Movement', ['DM']], ['coastal-militia', 'Coastal Militia', []],
  ['hill-army', 'Hill Army', ['HA']], ['valley-group', 'Valley Group', []],
].map(([id, name, aliases]) => ({ id: id as string, name: name as string, kind: 'armed_group' as const, aliases: aliases as string[], origin: 'extracted' as const }));

/** A small deterministic PRNG, so every run seeds the same database. */
export const random = mulberry32;

export interface SyntheticOptions {
  events: number;
  eventsPerArticle?: number;
  seed?: number;
  /** First event year; events spread over `years` years. */
  startYear?: number;
  years?: number;
}

/** Documents holding `events` events in total. */
export function* syntheticDocuments(options: SyntheticOptions): Generator<Document> {
  const rand = random(options.seed ?? 7);
  const perArticle = options.eventsPerArticle ?? 10;
  const startYear = options.startYear ?? 2015;
  const years = options.years ?? 10;
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  let made = 0;
  for (let n = 0; made < options.events; n++) {
    const count = Math.min(perArticle, options.events - made);
    const events: EventRecord[] = [];
    const actors = new Set<Actor>();
    const places = new Set<Place>();
    let text = '';
    for (let i = 0; i < count; i++) {
      const [attackType, eventType, subEventType] = pick(TYPES);
      const place = pick(PLACES);
      const actor = pick(SYNTHETIC_ACTORS);
      actors.add(actor);
      places.add(place);
      const killed = Math.floor(rand() * rand() * 60);
      const day = new Date(Date.UTC(startYear, 0, 1) + Math.floor(rand() * years * 365) * 86_400_000).toISOString().slice(0, 10);
      const sentence = `In ${place.name} on ${day}, fighters of the ${actor.name} attacked a checkpoint, killing ${killed} people (${i}).`;
      const start = text.length;
      text += `${sentence} `;
      events.push({
        attackType, eventType, subEventType,
        date: { start: day, end: day, precision: 'day' },
        location: { name: place.name, country: place.country, countryCode: place.countryCode, lat: place.lat + (rand() - 0.5) * 4, lon: place.lon + (rand() - 0.5) * 4, precision: 'city', placeId: place.id },
        perpetrators: [{ name: actor.name, actorId: actor.id }],
        targets: [{ name: 'a checkpoint', type: 'Military' }],
        fatalities: { min: killed },
        injuries: { min: Math.floor(rand() * 20) },
        status: 'occurred',
        salience: i === 0 ? 'main' : 'background',
        evidence: [{ start, end: start + sentence.length }],
      });
    }
    made += count;
    const doc = makeDoc({
      location: `https://synthetic.example/report/${n}`,
      url: `https://synthetic.example/report/${n}`,
      title: `Synthetic report ${n}`,
      text: text.trim(),
      published: events[0].date.start,
      site: n % 3 ? 'Synthetic Wire' : 'Example Daily',
      mentions: [...actors].map((a) => ({ surface: a.name, label: 'ORG' as const, actorId: a.id })),
      actors: [...actors],
      places: [...places],
      events,
    });
    yield doc;
  }
}

/** Seed `store` in batches (one transaction each). Returns the number of articles written. */
export async function seedSynthetic(store: Store, options: SyntheticOptions, batch = 500): Promise<number> {
  let docs: Document[] = [];
  let written = 0;
  for (const doc of syntheticDocuments(options)) {
    docs.push(doc);
    if (docs.length === batch) {
      written += (await store.saveDocuments(docs)).length;
      docs = [];
    }
  }
  if (docs.length) written += (await store.saveDocuments(docs)).length;
  return written;
}
