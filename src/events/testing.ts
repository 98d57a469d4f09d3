// Hand-built documents for the events and claims tests (no knowledge base, no model: fast and exact).
import type { Actor, Document, EntityMention, MentionLink, Place } from '../core/document.js';
import { segment } from '../text/segment.js';

export interface Link {
  /** The surface to find in the text (its first occurrence after `after`). */
  surface: string;
  after?: string;
  place?: Place;
  actor?: Actor;
  origin?: EntityMention['origin'];
}

/** A document with article, segments and a resolve layer built from the given links. */
export function makeDoc(text: string, published: string, links: Link[] = []): Document {
  const entities: EntityMention[] = [];
  const resolved: MentionLink[] = [];
  const places = new Map<string, Place>();
  const actors = new Map<string, Actor>();
  for (const link of links) {
    const from = link.after ? text.indexOf(link.after) : 0;
    const start = text.indexOf(link.surface, Math.max(0, from));
    if (start < 0) throw new Error(`"${link.surface}" is not in the test text`);
    entities.push({
      start, end: start + link.surface.length, label: link.place ? 'LOC' : link.actor?.kind === 'person' ? 'PER' : 'ORG',
      origin: link.origin ?? 'kb',
    });
    const mention = entities.length - 1;
    if (link.place) {
      places.set(link.place.id, link.place);
      resolved.push({ mention, placeId: link.place.id, confidence: 1 });
    }
    if (link.actor) {
      actors.set(link.actor.id, link.actor);
      resolved.push({ mention, actorId: link.actor.id, confidence: 1 });
    }
  }
  return {
    source: { kind: 'inline', location: 'test' },
    article: { title: '', text, published, paragraphs: [{ start: 0, end: text.length }] },
    segments: segment(text),
    entities,
    resolution: { links: resolved, actors: [...actors.values()], places: [...places.values()] },
  };
}

export const PLACES = {
  ruritania: { id: 'country:RU-T', name: 'Ruritania', kind: 'country', country: 'Ruritania', countryCode: 'RT', lat: 10, lon: 20 },
  strelsau: { id: 'test:strelsau', name: 'Strelsau', kind: 'city', admin1: 'Capital Region', country: 'Ruritania', countryCode: 'RT', lat: 10.5, lon: 20.5 },
  northProvince: { id: 'test:north', name: 'North Province', kind: 'admin1', country: 'Ruritania', countryCode: 'RT', lat: 12, lon: 21 },
  borduria: { id: 'country:BD-T', name: 'Borduria', kind: 'country', country: 'Borduria', countryCode: 'BT', lat: 30, lon: 40 },
} satisfies Record<string, Place>;

export const ACTORS = {
  redHand: { id: 'red-hand', name: 'Red Hand Front', kind: 'armed_group', aliases: ['Red Hand Front', 'RHF'], origin: 'bundled' },
} satisfies Record<string, Actor>;
