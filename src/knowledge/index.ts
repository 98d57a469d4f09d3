// The knowledge base (actors, places, demonyms) and the entities + resolve stages built on it.
export { loadKnowledgeBase, clearKnowledgeCache } from './load.js';
export type { KnowledgeBase, KbRef, CountryInfo, PlaceInfo, ContextRule } from './load.js';
export { AliasMatcher, SHORT_ALIAS_MAX, defaultMode } from './matcher.js';
export type { AliasMatch, MatchMode } from './matcher.js';
export { entitiesStage, findKnowledgeMentions, mergeMentions, WEAK_CITY_POPULATION } from './entities.js';
export type { EntitiesResources } from './entities.js';
export { resolveStage, resolveMentions, normaliseName } from './resolve.js';
export type { ResolveResources } from './resolve.js';
export { iobToSpans } from './iob.js';
export { fold, slug, pieces } from './normalize.js';
