// The `resolve` stage (resolve.kb.v1): links each entity mention to an actor or a place.
// - Places: a candidate's prior (country > region > city by population) plus the weight of the article's other,
//   unambiguous places in the same country ("Georgia" beside "Atlanta" is the US state).
// - Actors: knowledge-base aliases; an alias shared by several actors goes to the one whose country the article
//   is about; a context alias ("Daesh" → IS-K) holds only when its condition does.
// - Unknown names: PER → a new person actor, ORG → a new organisation, id "x:" + slug of the normalised name.
//   Within the article a later surname ("Zelin") is the earlier full name ("Aaron Y. Zelin").
import type { Actor, Document, EntityMention, MentionLink, Place, ResolutionLayer } from '../core/document.js';
import { defineStage } from '../core/stage.js';
import { isContextOnly } from './entities.js';
import type { KnowledgeBase, PlaceInfo } from './load.js';
import { fold, pieces, slug } from './normalize.js';
import { byPrior, placePrior } from './prior.js';

export interface ResolveResources {
  knowledge: KnowledgeBase;
}

// Context weight of one unambiguous mention of a city or region in a country, and of a country name, demonym or
// actor of that country (weaker: "the US" is named in articles about everywhere).
const PLACE_CONTEXT_WEIGHT = 1;
const COUNTRY_CONTEXT_WEIGHT = 0.5;
// Context from any one country stops adding up here, so a long article cannot drown a strong prior.
const MAX_CONTEXT = 3;
// A place reading scores log10(population-like prior) + CONTEXT_GAIN * log10(country context + CONTEXT_SMOOTHING)
// (+ REGION_BONUS when the article names the reading's region, or a city inside the region being read).
// A country with no context costs ~1 point, the most context gains ~1: a town of 10,000 in a US-heavy article
// does not beat London, but "Georgia" beside "Atlanta" is the US state, and "Tripoli" beside "Beirut" Lebanese.
const CONTEXT_GAIN = 2;
const CONTEXT_SMOOTHING = 0.3;
const REGION_BONUS = 2.5;
// A tagger place name rarely holds more than a city and its country ("Kabul, Afghanistan").
const MAX_INNER_PLACES = 4;
// Confidence of each kind of link.
const CONFIDENCE_UNIQUE = 0.95;
const CONFIDENCE_CHOSEN = 0.75;
const CONFIDENCE_DEMONYM = 0.5;
const CONFIDENCE_EXTRACTED = 0.6;
const CONFIDENCE_COREFERENCE = 0.7;

interface Context {
  countries: Map<string, number>;
  actors: Set<string>;
  /** "CC:region name" of regions named, or holding a city named, unambiguously. */
  regions: Set<string>;
}

function addCountry(context: Context, code: string, weight: number): void {
  context.countries.set(code, Math.min(MAX_CONTEXT, (context.countries.get(code) ?? 0) + weight));
}

/** Countries the article is most about (ties included). */
function topCountries(context: Context): Set<string> {
  let best = 0;
  for (const w of context.countries.values()) best = Math.max(best, w);
  const top = new Set<string>();
  if (best > 0) for (const [code, w] of context.countries) if (w === best) top.add(code);
  return top;
}

function isPlaceId(id: string): boolean {
  return /^(country|admin1|geonames|extra):/.test(id);
}

/**
 * KB candidates of a mention: the entities stage's, or, for tagger mentions, an alias covering the whole span
 * (less "the" and a possessive). A tagger place name that holds a gazetteer name ("Moscow's Crocus City Hall")
 * takes the places inside it.
 */
function candidatesOf(mention: EntityMention, text: string, kb: KnowledgeBase): string[] {
  if (mention.candidates) return mention.candidates;
  const surface = text.slice(mention.start, mention.end).replace(/^the\s+/i, '').replace(/['’]s$/, '');
  const matches = kb.matcher.match(surface);
  const refs = (m: (typeof matches)[number]) => m.values.map(kb.refOf).filter((v) => v.type === 'actor' || v.type === 'place');
  const whole = matches.find((m) => m.start === 0 && m.end === surface.length);
  if (whole) {
    const ids = refs(whole).map((v) => v.id);
    // A person's name is never a place ("Jackson" said ...), and the tagger saw a person.
    return mention.label === 'PER' ? ids.filter((id) => !isPlaceId(id)) : ids;
  }
  if (mention.label !== 'LOC') return [];
  return matches.flatMap((m) => refs(m).filter((v) => v.type === 'place').map((v) => v.id)).slice(0, MAX_INNER_PLACES);
}

function buildContext(kb: KnowledgeBase, text: string, mentions: EntityMention[], candidates: string[][]): Context {
  const context: Context = { countries: new Map(), actors: new Set(), regions: new Set() };
  mentions.forEach((mention, i) => {
    const ids = candidates[i];
    if (ids.length === 0) return;
    if (mention.origin === 'demonym') {
      const codes = new Set(ids.map((id) => kb.getPlace(id)?.countryCode).filter(Boolean));
      if (codes.size === 1) addCountry(context, [...codes][0]!, COUNTRY_CONTEXT_WEIGHT);
      return;
    }
    const actorIds = ids.filter((id) => !isPlaceId(id));
    if (actorIds.length > 0) {
      const surface = fold(text.slice(mention.start, mention.end));
      const plain = actorIds.filter((id) => !isContextOnly(kb, surface, id));
      if (plain.length === 1) {
        context.actors.add(plain[0]);
        // Armed groups and states fight where they are from; agencies, media and think tanks are quoted anywhere.
        const actor = kb.getActor(plain[0]);
        if (actor?.country && (actor.kind === 'armed_group' || actor.kind === 'state')) {
          addCountry(context, actor.country, COUNTRY_CONTEXT_WEIGHT);
        }
      }
      return;
    }
    const places = ids.filter(isPlaceId).map((id) => kb.getPlace(id)).filter((p): p is PlaceInfo => p !== undefined);
    const codes = new Set(places.map((p) => p.countryCode));
    if (codes.size !== 1) return;
    const onlyCountries = places.every((p) => p.kind === 'country');
    addCountry(context, places[0].countryCode, onlyCountries ? COUNTRY_CONTEXT_WEIGHT : PLACE_CONTEXT_WEIGHT);
    if (places.length === 1) {
      const region = places[0].kind === 'admin1' ? places[0].name : places[0].admin1;
      if (region) context.regions.add(`${places[0].countryCode}:${region}`);
    }
  });
  return context;
}

function chooseActor(kb: KnowledgeBase, surface: string, ids: string[], context: Context): { id: string; confidence: number } | undefined {
  const folded = fold(surface);
  const top = topCountries(context);
  const contextual = ids.filter((id) => isContextOnly(kb, folded, id));
  for (const id of contextual) {
    const rule = kb.contextAliases.get(folded)!.find((r) => r.actorId === id)!;
    if (rule.countries.some((c) => top.has(c)) || rule.actors.some((a) => context.actors.has(a))) {
      return { id, confidence: CONFIDENCE_CHOSEN };
    }
  }
  const plain = ids.filter((id) => !contextual.includes(id));
  if (plain.length === 0) return undefined;
  if (plain.length === 1) return { id: plain[0], confidence: CONFIDENCE_UNIQUE };
  const scored = plain.map((id, order) => {
    const country = kb.getActor(id)?.country;
    return { id, order, score: country ? (context.countries.get(country) ?? 0) : 0 };
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return { id: scored[0].id, confidence: CONFIDENCE_CHOSEN };
}

function choosePlace(kb: KnowledgeBase, ids: string[], context: Context): { id: string; confidence: number } | undefined {
  const places = byPrior(ids, kb.getPlace);
  if (places.length === 0) return undefined;
  if (places.length === 1) return { id: places[0], confidence: CONFIDENCE_UNIQUE };
  let best = places[0];
  let bestScore = -Infinity;
  for (const id of places) {
    const place = kb.getPlace(id)!;
    const weight = context.countries.get(place.countryCode) ?? 0;
    const region = place.kind === 'admin1' ? place.name : place.admin1;
    const regionBonus = region && context.regions.has(`${place.countryCode}:${region}`) ? REGION_BONUS : 0;
    const score = placePrior(place) + CONTEXT_GAIN * Math.log10(weight + CONTEXT_SMOOTHING) + regionBonus;
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return { id: best, confidence: CONFIDENCE_CHOSEN };
}

/** "General Michael Kurilla" → "Michael Kurilla"; "Taliban's" → "Taliban"; "the Washington Institute" → "Washington Institute";
 *  with `partyLabels`, "Tory Michael Howard" → "Michael Howard" (a label before one word stays: "Tory Burch"). */
export function normaliseName(surface: string, titles: readonly string[], partyLabels: readonly string[] = []): string {
  let name = surface.trim().replace(/['’]s$/, '').replace(/^the\s+/i, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const title of titles) {
      // ("Archbishop of Canterbury", "Prince of Wales": a title with its "of" phrase is the whole name)
      if (name.length > title.length && name.toLowerCase().startsWith(`${title.toLowerCase()} `) && !/^\s+of\s/i.test(name.slice(title.length))) {
        name = name.slice(title.length).trim();
        changed = true;
        break;
      }
    }
  }
  for (const label of partyLabels) {
    const rest = name.slice(label.length).trim();
    if (name.toLowerCase().startsWith(`${label.toLowerCase()} `) && /\s/.test(rest)) return rest.replace(/\s+/g, ' ');
  }
  return name.replace(/\s+/g, ' ');
}

// Name particles that a later short mention keeps or drops at will ("Moammar al-Eryani" … "al-Eryani").
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'van', 'von', 'de', 'da', 'del', 'di', 'der', 'la', 'le']);

/** Word pieces of a name, without initials and particles ("Aaron Y. Zelin" → aaron, zelin). */
function nameWords(name: string): string[] {
  return pieces(name)
    .map((p) => fold(p.text))
    .filter((w) => /^\p{L}/u.test(w) && w.length > 1 && !NAME_PARTICLES.has(w));
}

interface PersonEntry {
  actor: Actor;
  words: string[];
  /** Named only in the article's first line, the headline, whose capitals may be words of its own ("Fuming Robinson"). */
  headline?: boolean;
}

/** The earlier person a short name refers to: its words are a part of that name and share its surname. When several
 *  people of the article share it ("Joe Biden", later "Biden's son Hunter Biden", then "Biden said"), the one named most
 *  often so far, then the one named first: news introduces its principal first and names relatives in full. */
function findEarlierPerson(people: PersonEntry[], words: string[], mentionsOf: (actorId: string) => number): PersonEntry | undefined {
  if (words.length === 0) return undefined;
  let best: PersonEntry | undefined;
  for (const p of people) {
    if (p.words.length <= words.length) continue;
    const surname = p.words[p.words.length - 1];
    if (words[words.length - 1] !== surname || !words.every((w) => p.words.includes(w))) continue;
    if (!best) {
      best = p;
      continue;
    }
    // (named as often: the person the body names before one only the headline does, "Fuming Robinson blasts officials
    // …. England coach Andy Robinson …. Robinson told")
    const more = mentionsOf(p.actor.id) - mentionsOf(best.actor.id);
    if (more > 0 || (more === 0 && best.headline && !p.headline)) best = p;
  }
  return best;
}

// Lower-case words an acronym skips ("Coalition of Patriots for Change" → CPC).
const ACRONYM_SKIPS = new Set(['of', 'for', 'and', 'the', 'in', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'del', 'on', 'to']);

/** Whether `acronym` spells the initials of `name`'s capitalised words. */
export function isAcronymOf(acronym: string, name: string): boolean {
  const initials = name.split(/[\s-]+/).filter((w) => w && !ACRONYM_SKIPS.has(w) && /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials.length >= 2 && initials === acronym.replace(/[^A-Z]/g, '');
}

/** The actor link of the name an acronym in brackets right after it abbreviates ("Name (ACR)"). */
function bracketedAcronymOf(text: string, mention: EntityMention, mentions: readonly EntityMention[], index: number, links: readonly MentionLink[]): MentionLink | undefined {
  const surface = text.slice(mention.start, mention.end);
  if (!/^[A-Z][A-Z0-9-]{1,7}$/.test(surface) || text[mention.start - 1] !== '(' || text[mention.end] !== ')') return undefined;
  const previous = index > 0 ? mentions[index - 1] : undefined;
  if (!previous || !/^\s*$/.test(text.slice(previous.end, mention.start - 1))) return undefined;
  const link = links.find((l) => l.mention === index - 1 && l.actorId && !l.placeId);
  if (!link || !isAcronymOf(surface, text.slice(previous.start, previous.end))) return undefined;
  return link;
}

/** Acronyms in brackets right after a name they spell ("Name (ACR)") whose knowledge-base readings are not that name's. */
function definedAcronyms(text: string, mentions: readonly EntityMention[], candidates: readonly string[][]): Set<string> {
  const out = new Set<string>();
  mentions.forEach((mention, index) => {
    const surface = text.slice(mention.start, mention.end);
    if (index === 0 || !/^[A-Z][A-Z0-9-]{1,7}$/.test(surface) || text[mention.start - 1] !== '(' || text[mention.end] !== ')') return;
    const previous = mentions[index - 1];
    if (!/^\s*$/.test(text.slice(previous.end, mention.start - 1)) || !isAcronymOf(surface, text.slice(previous.start, previous.end))) return;
    const named = new Set(candidates[index - 1]);
    if (!candidates[index].some((id) => named.has(id))) out.add(surface);
  });
  return out;
}

export function resolveMentions(doc: Document, kb: KnowledgeBase): ResolutionLayer {
  const text = doc.article?.text ?? '';
  const mentions = doc.entities ?? [];
  const candidates = mentions.map((m) => candidatesOf(m, text, kb));
  // "the Financial Services Authority (FSA) … the FSA said": an acronym the article defines for a name the knowledge base
  // does not give it keeps that meaning in the whole article (not the Free Syrian Army), and lends no country context.
  const defined = definedAcronyms(text, mentions, candidates);
  // (the first line of a text with more lines: its headline)
  const firstBreak = text.indexOf('\n');
  const headlineEnd = firstBreak < 0 ? -1 : firstBreak;
  if (defined.size) mentions.forEach((m, i) => {
    if (defined.has(text.slice(m.start, m.end).replace(/^the\s+/i, ''))) candidates[i] = [];
  });
  const context = buildContext(kb, text, mentions, candidates);

  const links: MentionLink[] = [];
  // Mentions linked to each actor so far (a short surname goes to the most named of its namesakes).
  const mentionCount = new Map<string, number>();
  const link = (l: MentionLink): void => {
    links.push(l);
    if (l.actorId) mentionCount.set(l.actorId, (mentionCount.get(l.actorId) ?? 0) + 1);
  };
  const actors = new Map<string, Actor>();
  const places = new Map<string, Place>();
  const people: PersonEntry[] = [];
  const addActor = (actor: Actor): void => {
    if (!actors.has(actor.id)) actors.set(actor.id, actor);
  };
  // Bundled actors are copied (with their alias list) so a later stage may not change the knowledge base.
  const addBundled = (id: string): void => {
    const actor = kb.getActor(id);
    if (actor && !actors.has(id)) actors.set(id, { ...actor, aliases: [...actor.aliases] });
  };
  const addPlace = (id: string): void => {
    const place = kb.getPlace(id);
    if (!place || places.has(id)) return;
    const { population: _population, ...plain } = place;
    places.set(id, plain);
  };
  const addAlias = (actor: Actor, surface: string): void => {
    if (!actor.aliases.includes(surface)) actor.aliases.push(surface);
  };

  const definedActor = new Map<string, string>();

  mentions.forEach((mention, index) => {
    const surface = text.slice(mention.start, mention.end);
    const bare = surface.replace(/^the\s+/i, '');
    const ids = candidates[index];
    const definedAs = definedActor.get(bare);
    if (definedAs) {
      link({ mention: index, actorId: definedAs, confidence: CONFIDENCE_COREFERENCE });
      return;
    }
    if (mention.origin === 'demonym') {
      const place = ids.find(isPlaceId);
      if (place) {
        link({ mention: index, placeId: place, confidence: CONFIDENCE_DEMONYM });
        addPlace(place);
      }
      return;
    }
    // "the Coalition of Patriots for Change (CPC)": a bracketed acronym right after a linked name is that name's.
    const named = bracketedAcronymOf(text, mention, mentions, index, links);
    if (named) {
      link({ mention: index, actorId: named.actorId, confidence: named.confidence });
      const actor = actors.get(named.actorId ?? '');
      if (actor) addAlias(actor, surface);
      if (defined.has(surface) && named.actorId) definedActor.set(surface, named.actorId);
      return;
    }
    const actorIds = ids.filter((id) => !isPlaceId(id));
    const chosenActor = actorIds.length > 0 ? chooseActor(kb, surface, actorIds, context) : undefined;
    if (chosenActor) {
      link({ mention: index, actorId: chosenActor.id, confidence: chosenActor.confidence });
      addBundled(chosenActor.id);
      // A bundled person is a candidate for the article's later surnames too ("Biden" after "Joe Biden").
      const actor = actors.get(chosenActor.id)!;
      const words = actor.kind === 'person' ? nameWords(actor.name) : [];
      if (words.length > 1 && !people.some((p) => p.actor.id === actor.id)) people.push({ actor, words });
      return;
    }
    const placeChoice = choosePlace(kb, ids.filter(isPlaceId), context);
    if (placeChoice) {
      const place = kb.getPlace(placeChoice.id)!;
      const placeLink: MentionLink = { mention: index, placeId: placeChoice.id, confidence: placeChoice.confidence };
      // A country's name also stands for its state (documented in docs/knowledge.md).
      if (place.kind === 'country') {
        const stateId = `state:${place.countryCode}`;
        if (kb.getActor(stateId)) {
          placeLink.actorId = stateId;
          addBundled(stateId);
        }
      }
      link(placeLink);
      addPlace(placeChoice.id);
      return;
    }
    // A knowledge-base match whose readings all failed (a context alias out of context) stays unlinked.
    if (mention.origin !== 'ner') return;
    // Not in the knowledge base: a surname of an earlier person, or a new actor.
    const name = mention.label === 'ORG' ? normaliseName(surface, []) : normaliseName(surface, kb.titles, kb.partyLabels); // ("General Motors" keeps its "General")
    const words = nameWords(name);
    const earlier = findEarlierPerson(people, words, (id) => mentionCount.get(id) ?? 0);
    if (earlier && (mention.label === 'PER' || words.length === 1)) {
      link({ mention: index, actorId: earlier.actor.id, confidence: CONFIDENCE_COREFERENCE });
      addAlias(earlier.actor, name);
      return;
    }
    if (mention.label !== 'PER' && mention.label !== 'ORG') return;
    // "Interior Ministry" is a different actor in each country: qualify it by the country the article is about.
    const top = mention.label === 'ORG' && kb.isGenericOrganisation(name) ? [...topCountries(context)] : [];
    const country = top.length === 1 ? top[0] : undefined;
    const id = `x:${slug(name)}${country ? `-${country.toLowerCase()}` : ''}`;
    if (slug(name) === '') return;
    let actor = actors.get(id);
    if (!actor) {
      actor = { id, name, kind: mention.label === 'PER' ? 'person' : 'organization', aliases: [name], origin: 'extracted' };
      if (country) actor.country = country;
      addActor(actor);
      if (mention.label === 'PER' && words.length > 1) people.push({ actor, words, headline: mention.end <= headlineEnd });
    } else {
      addAlias(actor, name);
    }
    link({ mention: index, actorId: id, confidence: CONFIDENCE_EXTRACTED });
  });

  // A surname only the headline gives is the one person the body names in full with it ("Pelosi announces …" and then
  // "House Speaker Nancy Pelosi"): the headline came before the full name, so the pass above could not know it.
  // (whatever the tagger called it there: "Gallas sees two-horse race" read as an organisation, then "William Gallas")
  for (const actor of [...actors.values()]) {
    if (actor.origin !== 'extracted' || (actor.kind !== 'person' && actor.kind !== 'organization') || /\s/.test(actor.name)) continue;
    const own = links.filter((l) => l.actorId === actor.id);
    if (!own.length || own.some((l) => mentions[l.mention].end > headlineEnd)) continue;
    const words = nameWords(actor.name);
    const fuller = people.filter((p) => !p.headline && p.words.length > words.length && p.words[p.words.length - 1] === words[words.length - 1]);
    if (fuller.length !== 1) continue;
    for (const l of own) l.actorId = fuller[0].actor.id;
    addAlias(fuller[0].actor, actor.name);
    actors.delete(actor.id);
  }

  return { links, actors: [...actors.values()], places: [...places.values()] };
}

export const resolveStage = defineStage<ResolveResources>({
  name: 'resolve.kb.v1',
  requires: ['entities'],
  assigns: ['resolution'],
  run(doc: Document, resources: ResolveResources): Document {
    return { ...doc, resolution: resolveMentions(doc, resources.knowledge) };
  },
});
