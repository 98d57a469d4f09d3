// The stable output contract of `sitrep analyze --json` (see DESIGN.md). Evaluations depend on its shape.
import type { Claim, Document, EventRecord, Quote } from '../core/document.js';
import { affiliationsFromQuotes } from '../quotes/affiliations.js';

export interface AnalysisJson {
  article: {
    title: string;
    text: string;
    published: string | null;
    byline: string | null;
    site: string | null;
    language: string | null;
    url: string | null;
  };
  entities: Array<{ text: string; label: string; start: number; end: number; actorId?: string; placeId?: string }>;
  actors: Array<{ id: string; name: string; kind: string; aliases: string[]; affiliation?: { actorId: string; role?: string } }>;
  places: Array<{ id: string; name: string; admin1?: string; country: string; countryCode: string; lat: number; lon: number }>;
  quotes: Quote[];
  events: EventRecord[];
  claims: Claim[];
}

const SALIENCE_ORDER = { main: 0, background: 1 } as const;

export function toAnalysisJson(doc: Document): AnalysisJson {
  const article = doc.article;
  if (!article) throw new Error('document has no article layer');
  const linkByMention = new Map((doc.resolution?.links ?? []).map((link) => [link.mention, link]));
  const entities = (doc.entities ?? []).map((mention, index) => {
    const link = linkByMention.get(index);
    return {
      text: article.text.slice(mention.start, mention.end),
      label: mention.label,
      start: mention.start,
      end: mention.end,
      ...(link?.actorId ? { actorId: link.actorId } : {}),
      ...(link?.placeId ? { placeId: link.placeId } : {}),
    };
  });
  const quotedAffiliation = new Map<string, { actorId: string; role?: string }>();
  for (const link of affiliationsFromQuotes(doc)) {
    if (!quotedAffiliation.has(link.personId)) {
      quotedAffiliation.set(link.personId, { actorId: link.organizationId, ...(link.role ? { role: link.role } : {}) });
    }
  }
  const actors = (doc.resolution?.actors ?? []).map((actor) => {
    const affiliation = actor.affiliation ?? quotedAffiliation.get(actor.id);
    return { id: actor.id, name: actor.name, kind: actor.kind, aliases: actor.aliases, ...(affiliation ? { affiliation } : {}) };
  });
  const places = (doc.resolution?.places ?? []).map((place) => ({
    id: place.id,
    name: place.name,
    ...(place.admin1 ? { admin1: place.admin1 } : {}),
    country: place.country,
    countryCode: place.countryCode,
    lat: place.lat,
    lon: place.lon,
  }));
  const events = [...(doc.events ?? [])].sort(
    (a, b) => SALIENCE_ORDER[a.salience] - SALIENCE_ORDER[b.salience] || (b.confidence ?? 0) - (a.confidence ?? 0),
  );
  return {
    article: {
      title: article.title,
      text: article.text,
      published: article.published ?? null,
      byline: article.byline ?? null,
      site: article.site ?? null,
      language: article.language ?? null,
      url: article.canonicalUrl ?? doc.source.url ?? (doc.source.kind === 'url' ? doc.source.location : null),
    },
    entities,
    actors,
    places,
    quotes: doc.quotes ?? [],
    events,
    claims: doc.claims ?? [],
  };
}
