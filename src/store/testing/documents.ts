// Hand-built Documents for store and API tests: no pipeline, no model, just the layers the store reads.
// Spans are found with indexOf so every annotation really points at its text.

import { createHash } from 'node:crypto';
import type {
  Actor,
  Claim,
  Document,
  EntityLabel,
  EntityMention,
  EventRecord,
  MentionLink,
  Place,
  Quote,
} from '../../core/document.js';

export interface MentionSpec {
  surface: string;
  label: EntityLabel;
  actorId?: string;
  placeId?: string;
  /** Which occurrence of `surface` (0 = first). */
  nth?: number;
}

export interface DocSpec {
  location: string;
  url?: string;
  kind?: Document['source']['kind'];
  title: string;
  text: string;
  published?: string;
  site?: string;
  canonicalUrl?: string;
  mentions?: MentionSpec[];
  actors?: Actor[];
  places?: Place[];
  quotes?: Quote[];
  events?: EventRecord[];
  claims?: Claim[];
}

export function spanOf(text: string, surface: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(surface, start + 1);
    if (start < 0) throw new Error(`fixture: "${surface}" (#${nth}) not in text`);
  }
  return { start, end: start + surface.length };
}

export function makeDoc(spec: DocSpec): Document {
  const entities: EntityMention[] = [];
  const links: MentionLink[] = [];
  for (const m of spec.mentions ?? []) {
    const span = spanOf(spec.text, m.surface, m.nth ?? 0);
    const index = entities.push({ ...span, label: m.label, origin: 'kb' }) - 1;
    if (m.actorId || m.placeId) links.push({ mention: index, actorId: m.actorId, placeId: m.placeId, confidence: 0.9 });
  }
  const content = `${spec.title}\n\n${spec.text}`;
  return {
    source: { kind: spec.kind ?? 'url', location: spec.location, url: spec.url, retrievedAt: '2024-04-01T00:00:00Z' },
    raw: {
      mediaType: 'text/plain',
      content,
      charset: 'utf-8',
      contentHash: createHash('sha256').update(content).digest('hex'),
    },
    article: {
      title: spec.title,
      text: spec.text,
      published: spec.published,
      site: spec.site,
      canonicalUrl: spec.canonicalUrl,
      language: 'en',
      paragraphs: [{ start: 0, end: spec.text.length }],
    },
    segments: { sentences: [], tokens: [] },
    entities,
    resolution: { links, actors: spec.actors ?? [], places: spec.places ?? [] },
    quotes: spec.quotes,
    events: spec.events,
    claims: spec.claims,
  };
}

export const ISKP: Actor = {
  id: 'islamic-state-khorasan',
  name: 'Islamic State Khorasan Province',
  kind: 'armed_group',
  country: 'AF',
  aliases: ['ISKP', 'IS-K', 'ISIS-K'],
  origin: 'bundled',
};
export const TALIBAN: Actor = {
  id: 'taliban',
  name: 'Taliban',
  kind: 'armed_group',
  country: 'AF',
  aliases: ['Taliban', 'Islamic Emirate'],
  origin: 'bundled',
};
export const MUJAHID: Actor = {
  id: 'zabihullah-mujahid',
  name: 'Zabihullah Mujahid',
  kind: 'person',
  country: 'AF',
  aliases: ['Mujahid'],
  origin: 'extracted',
  affiliation: { actorId: 'taliban', role: 'spokesman' },
};
export const KABUL: Place = {
  id: 'geonames:1138958',
  name: 'Kabul',
  kind: 'city',
  admin1: 'Kabul',
  country: 'Afghanistan',
  countryCode: 'AF',
  lat: 34.52813,
  lon: 69.17233,
};

const KABUL_TEXT =
  'A suicide bomber killed at least six people near the Foreign Ministry in Kabul on Monday, officials said. ' +
  'Islamic State Khorasan Province claimed the attack. "We will hunt down those responsible," Taliban spokesman ' +
  'Zabihullah Mujahid said. More than 140 people have died in such bombings this year, the UN said.';

/** A small report about an attack in Kabul with every layer filled in. */
export function kabulBombing(overrides: Partial<DocSpec> = {}): Document {
  const text = overrides.text ?? KABUL_TEXT;
  const quote = spanOf(text, 'We will hunt down those responsible');
  const cue = text.indexOf(' said.', quote.end) + 1;
  const speaker = spanOf(text, 'Zabihullah Mujahid');
  const claim = spanOf(text, 'More than 140 people have died in such bombings this year');
  return makeDoc({
    location: 'https://news.example.org/2024/03/kabul-bombing',
    url: 'https://news.example.org/2024/03/kabul-bombing',
    title: 'Suicide bombing kills six in Kabul',
    text,
    published: '2024-03-11',
    site: 'Example News',
    mentions: [
      { surface: 'Kabul', label: 'LOC', placeId: KABUL.id },
      { surface: 'Islamic State Khorasan Province', label: 'ORG', actorId: ISKP.id },
      { surface: 'Taliban', label: 'ORG', actorId: TALIBAN.id },
      { surface: 'Zabihullah Mujahid', label: 'PER', actorId: MUJAHID.id },
    ],
    actors: [ISKP, TALIBAN, MUJAHID],
    places: [KABUL],
    quotes: [
      {
        ...quote,
        text: text.slice(quote.start, quote.end),
        direct: true,
        cue: 'said',
        cueStart: cue,
        cueEnd: cue + 4,
        speaker: { name: 'Zabihullah Mujahid', actorId: MUJAHID.id, ...speaker },
        affiliation: { name: 'Taliban', actorId: TALIBAN.id },
        role: 'spokesman',
      },
    ],
    claims: [
      {
        ...claim,
        text: text.slice(claim.start, claim.end),
        speaker: { name: 'UN' },
        numbers: [{ value: 140, unit: 'people', qualifier: 'more than' }],
      },
    ],
    events: [
      {
        attackType: 'Bombing/Explosion',
        eventType: 'Explosions/Remote violence',
        subEventType: 'Suicide bomb',
        date: { start: '2024-03-11', end: '2024-03-11', precision: 'day' },
        location: {
          name: 'Kabul',
          admin1: 'Kabul',
          country: 'Afghanistan',
          countryCode: 'AF',
          lat: KABUL.lat,
          lon: KABUL.lon,
          precision: 'city',
          placeId: KABUL.id,
        },
        perpetrators: [{ name: ISKP.name, actorId: ISKP.id, basis: 'claimed' }],
        targets: [{ name: 'Foreign Ministry', type: 'Government (General)' }],
        fatalities: { min: 6, qualifier: 'at least' },
        injuries: { min: 0, max: 0, reported: false },
        status: 'claimed',
        salience: 'main',
        evidence: [spanOf(text, 'A suicide bomber killed')],
      },
    ],
    ...overrides,
  });
}

/** A plain report with a few words and no annotations beyond the article layer. */
export function plainReport(n: number, words: string, extra: Partial<DocSpec> = {}): Document {
  return makeDoc({
    location: `https://wire.example.com/story/${n}`,
    url: `https://wire.example.com/story/${n}`,
    title: `Report ${n}`,
    text: `Report number ${n}. ${words}`,
    published: `2024-01-${String((n % 28) + 1).padStart(2, '0')}`,
    site: n % 2 ? 'Odd Wire' : 'Even Wire',
    ...extra,
  });
}
