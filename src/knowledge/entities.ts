// The `entities` stage (entities.kb.v1): knowledge-base aliases, gazetteer places and demonyms found in one pass
// over the article text, merged with a statistical tagger's mentions when one is given.
//
// Labels (CoNLL conventions): an actor alias is ORG (organisations, armed groups, IGOs, media), PER (person
// actors) or LOC (states: a country's name is a place in CoNLL terms; the resolve stage links it to both the
// country place and the state actor). Gazetteer places are LOC, demonyms MISC.
import type { Document, EntityLabel, EntityMention, Span } from '../core/document.js';
import { defineStage } from '../core/stage.js';
import type { IobTag, Tagger } from '../core/tagger.js';
import { iobToSpans, type LabelledSpan } from './iob.js';
import type { KnowledgeBase } from './load.js';
import { fold, isCapitalised, pieces, type Piece } from './normalize.js';
import { byPrior } from './prior.js';

export interface EntitiesResources {
  knowledge: KnowledgeBase;
  tagger?: Tagger;
}

// Cities smaller than this are often also surnames or given names ("Jackson", "Marion"); such a one-word match
// next to another capitalised word ("Andrew Jackson", "President Jackson") is taken to be part of a name, and
// a tagger that reads it as a person or organisation overrides it.
export const WEAK_CITY_POPULATION = 1_000_000;
// Words after a region's name that belong to it ("Kunar province", "Borno State").
const REGION_WORDS = new Set(['province', 'governorate', 'region', 'state', 'oblast', 'district', 'prefecture', 'department', 'county']);
// Capitalised neighbours that are part of a place description, not of a person's name ("Jalalabad City").
const PLACE_WORDS = new Set([...REGION_WORDS, 'city', 'airport', 'valley', 'river', 'port', 'town', 'village', 'camp', 'border', 'airbase', 'base']);
// Words before a place name ("in Jalalabad", "near Mosul", "from northern Kunduz").
const LOCATIVE_WORDS = new Set(['in', 'near', 'at', 'from', 'outside', 'to', 'into', 'around', 'across', 'towards', 'toward', 'via', 'between', 'and', 'In', 'Near', 'At', 'From', 'Outside']);
// Verbs after a surname that show it is a person ("Richardson said").
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'stated', 'explained', 'argued', 'noted', 'asked', 'replied']);

export interface KbMention {
  mention: EntityMention;
  /** Only small-city readings, or only context aliases ("Wagner"): the tagger may override it. */
  weak: boolean;
}

function labelOfActor(kb: KnowledgeBase, id: string): EntityLabel {
  const kind = kb.getActor(id)?.kind;
  if (kind === 'person') return 'PER';
  if (kind === 'state') return 'LOC';
  return 'ORG';
}

function isWeakCityReading(kb: KnowledgeBase, ids: string[]): boolean {
  return ids.every((id) => {
    const place = kb.getPlace(id);
    return place?.kind === 'city' && (place.population ?? 0) < WEAK_CITY_POPULATION;
  });
}

/** Whether `actorId` holds the folded alias only as a context alias. */
export function isContextOnly(kb: KnowledgeBase, foldedAlias: string, actorId: string): boolean {
  if (!kb.contextAliases.get(foldedAlias)?.some((r) => r.actorId === actorId)) return false;
  return !kb.getActor(actorId)?.aliases.some((a) => fold(a) === foldedAlias);
}

function isNameLikeNeighbour(part: Piece | undefined, covered: Set<number>, sentenceStarts: ReadonlySet<number>): boolean {
  if (!part || covered.has(part.start) || sentenceStarts.has(part.start)) return false;
  if (!/^\p{L}/u.test(part.text) || !isCapitalised(part.text)) return false;
  return !PLACE_WORDS.has(fold(part.text));
}

/**
 * Knowledge-base mentions in `text`, left to right, non-overlapping, longest first.
 * `sentenceStarts` holds the offsets of sentence-initial words (capitalised for grammar, not as names).
 */
export function findKnowledgeMentions(
  text: string,
  kb: KnowledgeBase,
  sentenceStarts: ReadonlySet<number> = new Set(),
): EntityMention[] {
  return findKbMentions(text, kb, sentenceStarts).map((m) => m.mention);
}

function findKbMentions(text: string, kb: KnowledgeBase, sentenceStarts: ReadonlySet<number>): KbMention[] {
  const parts = pieces(text);
  const matches = kb.matcher.matchPieces(parts);
  // Pieces inside a match, except one-word city matches: "Kobe Bryant" is a name even though both are cities.
  const covered = new Set<number>();
  for (const m of matches) {
    const oneCity = m.pieceEnd - m.pieceStart === 1 && m.values.every((h) => kb.getPlace(kb.refOf(h).id)?.kind === 'city');
    if (!oneCity) for (let k = m.pieceStart; k < m.pieceEnd; k++) covered.add(parts[k].start);
  }

  const found: Array<KbMention & { pieceStart: number; pieceEnd: number }> = [];
  for (const match of matches) {
    const refs = match.values.map(kb.refOf);
    if (refs.some((r) => r.type === 'block')) continue;
    const actors = refs.filter((v) => v.type === 'actor').map((v) => v.id);
    const places = refs.filter((v) => v.type === 'place').map((v) => v.id);
    const demonyms = refs.filter((v) => v.type === 'demonym').map((v) => v.id);
    let end = match.end;
    let pieceEnd = match.pieceEnd;
    // "the States", "the Kremlin": the article is needed to match but is not part of the name.
    const start = parts[match.pieceStart].text === 'the' && match.pieceEnd - match.pieceStart > 1 ? parts[match.pieceStart + 1].start : match.start;
    const at = { pieceStart: match.pieceStart, pieceEnd };
    if (actors.length > 0) {
      const candidates = [...actors, ...byPrior(places, kb.getPlace)];
      // An alias that names its actors only in context ("Wagner") may be someone else's name: the tagger decides.
      const surface = fold(text.slice(match.start, match.end));
      const weak = places.length === 0 && actors.every((id) => isContextOnly(kb, surface, id));
      found.push({ ...at, mention: { start, end, label: labelOfActor(kb, actors[0]), origin: 'kb', candidates }, weak });
    } else if (places.length > 0) {
      let candidates = byPrior(places, kb.getPlace);
      const next = parts[match.pieceEnd];
      const regions = candidates.filter((id) => kb.getPlace(id)?.kind === 'admin1');
      if (next && regions.length > 0 && REGION_WORDS.has(fold(next.text)) && !covered.has(next.start)) {
        end = next.end;
        pieceEnd++;
        candidates = regions;
      }
      const weak = isWeakCityReading(kb, candidates);
      found.push({ pieceStart: match.pieceStart, pieceEnd, mention: { start, end, label: 'LOC', origin: 'gazetteer', candidates }, weak });
    } else if (demonyms.length > 0) {
      found.push({ ...at, mention: { start, end, label: 'MISC', origin: 'demonym', candidates: demonyms }, weak: false });
    }
  }

  // Countries the article is plainly about, from everything but small-city readings.
  const countries = new Set<string>();
  for (const f of found) {
    if (f.weak) continue;
    for (const id of f.mention.candidates ?? []) {
      const code = kb.getPlace(id)?.countryCode ?? kb.getActor(id)?.country;
      if (code) countries.add(code);
    }
  }
  // A small-city reading of one word is kept only with some evidence that it is a place here; a surname seen
  // beside a given name or before "said" is a person everywhere in the article.
  const people = new Set<string>();
  const keep = found.map((f) => {
    if (!f.weak || f.mention.origin !== 'gazetteer' || f.pieceEnd - f.pieceStart > 1) return true;
    const before = parts[f.pieceStart - 1];
    const after = parts[f.pieceEnd];
    if (
      isNameLikeNeighbour(before, covered, sentenceStarts) ||
      isNameLikeNeighbour(after, covered, sentenceStarts) ||
      (after && SPEECH_VERBS.has(after.text))
    ) {
      people.add(fold(parts[f.pieceStart].text));
      return false;
    }
    const locative =
      (before && LOCATIVE_WORDS.has(before.text)) ||
      (before && /^\p{Ll}/u.test(before.text) && LOCATIVE_WORDS.has(parts[f.pieceStart - 2]?.text ?? ''));
    const placeAfterComma = after?.text === ',' && found.some((g) => g !== f && !g.weak && g.pieceStart === f.pieceEnd + 1 && g.mention.label === 'LOC');
    const inContext = (f.mention.candidates ?? []).some((id) => countries.has(kb.getPlace(id)?.countryCode ?? ''));
    return locative || placeAfterComma || inContext;
  });
  // A foreign acronym after a knowledge-base name takes that name's readings; after any other name it has none.
  found.forEach((f, i) => {
    if (f.mention.origin !== 'kb' || !isForeignAcronym(text, f.mention, kb)) return;
    const previous = found[i - 1];
    const adjacent = previous && previous.mention.origin === 'kb' && /^\s*\($/.test(text.slice(previous.mention.end, f.mention.start));
    if (adjacent) f.mention = { ...f.mention, candidates: previous.mention.candidates, label: previous.mention.label };
    else keep[i] = false;
  });
  return found
    .filter((f, i) => keep[i] && !(f.weak && f.mention.origin === 'gazetteer' && f.pieceEnd - f.pieceStart === 1 && people.has(fold(parts[f.pieceStart].text))))
    .map(({ mention, weak }) => ({ mention, weak }));
}

// Lower-case words inside a long name that an acronym skips ("Coalition of Patriots for Change" → CPC).
const ACRONYM_SKIPS = new Set(['of', 'for', 'and', 'the', 'in', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'del', 'on', 'to']);

/** The initials of the capitalised name that ends right before `end` (skipping connectors), or ''. */
function initialsBefore(text: string, end: number): { initials: string; name: string } {
  const words = text.slice(Math.max(0, end - 200), end).split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i].replace(/['’]s$/, '');
    if (/^\p{Lu}/u.test(w) && !/[,.;:!?()]/.test(w)) kept.unshift(w);
    else if (ACRONYM_SKIPS.has(w) && kept.length > 0) kept.unshift(w);
    else break;
  }
  while (kept.length > 0 && ACRONYM_SKIPS.has(kept[0])) kept.shift();
  const initials = kept.filter((w) => !ACRONYM_SKIPS.has(w)).map((w) => w[0]).join('');
  return { initials, name: kept.join(' ') };
}

/**
 * An acronym in brackets right after a long name is that name's ("the Coalition of Patriots for Change (CPC)"):
 * its knowledge-base readings hold only when one of them has that long name too (else "CPC" would be the
 * Chinese Communist Party).
 */
function isForeignAcronym(text: string, mention: EntityMention, kb: KnowledgeBase): boolean {
  const surface = text.slice(mention.start, mention.end);
  if (!/^[A-Z][A-Z0-9-]{1,7}$/.test(surface) || text[mention.start - 1] !== '(' || text[mention.end] !== ')') return false;
  const { initials, name } = initialsBefore(text, mention.start - 1);
  if (initials.length < 2 || initials !== surface.replace(/[^A-Z]/g, '')) return false;
  const folded = fold(name);
  return !(mention.candidates ?? []).some((id) => kb.getActor(id)?.aliases.some((a) => fold(a) === folded || folded.endsWith(` ${fold(a)}`)));
}

/** Tags with a lower-case word ending a name span moved out of it: names end with a capital ("Andrew doesn’t" was one
 *  PER span), particles only stand inside them ("Ursula von der Leyen"; "al-Eryani" has its capital). */
export function withoutLowerTails(words: readonly string[], tags: readonly IobTag[]): IobTag[] {
  const out = [...tags];
  const lower = (w: string) => /^\p{Ll}/u.test(w) && !/\p{Lu}/u.test(w);
  for (let i = out.length - 1; i >= 0; i--) {
    const spanEnd = out[i] !== 'O' && (i + 1 >= out.length || out[i + 1] !== `I-${out[i].slice(2)}`);
    if (!spanEnd || !out[i].startsWith('I-') || !lower(words[i])) continue;
    out[i] = 'O';
    // the token before may now end the span with a lower-case word too ("Andrew von" …)
    for (let k = i - 1; k >= 0 && out[k].startsWith('I-') && lower(words[k]); k--) out[k] = 'O';
  }
  return out;
}

/**
 * One name, one reading through an article: a name of several words the tagger read as an organisation somewhere
 * ("UK Coal plunges into deeper loss") is one wherever else the same words stand, token for token, and the tagger
 * found no other name over them ("Shares in UK Coal have fallen", where it read "UK" alone as a place).
 */
export function withRepeatedNames(text: string, tokens: readonly Span[], tagged: readonly LabelledSpan[]): LabelledSpan[] {
  const names = new Set(tagged.filter((t) => t.label === 'ORG' && /\s/.test(text.slice(t.start, t.end))).map((t) => text.slice(t.start, t.end)));
  if (names.size === 0) return [...tagged];
  const out = [...tagged];
  const startAt = new Map(tokens.map((t, i) => [t.start, i]));
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const first = startAt.get(at);
      if (first === undefined) continue;
      let last = first;
      while (last < tokens.length && tokens[last].end < at + name.length) last++;
      if (last >= tokens.length || tokens[last].end !== at + name.length) continue;
      const span = { start: at, end: at + name.length };
      // (a shorter reading inside it gives way: "UK" of "UK Coal" as a place)
      const inside = out.filter((t) => overlaps(t, span));
      if (inside.some((t) => t.start < span.start || t.end > span.end || (t.start === span.start && t.end === span.end))) continue;
      for (const t of inside) out.splice(out.indexOf(t), 1);
      out.push({ ...span, label: 'ORG' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A name traded as a listed firm is a firm wherever it stands: the words after "Shares in" ("Shares in Krispy Kreme sank
 * …"), which the tagger may read as a person, are an organisation there and at each other mention of the same words. So is
 * a one-word name the article writes as a firm's or a club's elsewhere ("search giant Google", "Chelsea striker Didier
 * Drogba", "Yahoo's shares", "Jupiter analyst Olivier Beauvillain"), which the tagger reads as a person far more often than
 * a name of several words.
 */
export function withListedFirms(text: string, tagged: readonly LabelledSpan[]): LabelledSpan[] {
  const firms = new Set(tagged.filter((t) => t.label !== 'ORG' && (/\bshares\s+in\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - LISTED_LEAD_CHARS), t.start)) ||
    (t.label === 'PER' && oneWord(text, t) && writtenAsFirm(text, t))))
    .map((t) => text.slice(t.start, t.end)));
  if (firms.size === 0) return [...tagged];
  return tagged.map((t) => (t.label !== 'ORG' && firms.has(text.slice(t.start, t.end)) ? { ...t, label: 'ORG' } : t));
}

const oneWord = (text: string, t: Span) => !/\s/.test(text.slice(t.start, t.end));

/** Nouns of a firm's or club's kind ("the Russian oil firm", "carmaker Nissan"). */
const FIRM_KINDS = ['firm', 'company', 'giant', 'carmaker', 'retailer', 'airline', 'club', 'maker', 'insurer', 'brewer', 'bank', 'supermarket',
  'operator', 'conglomerate', 'chipmaker', 'manufacturer', 'publisher', 'broadcaster', 'developer', 'provider', 'distributor', 'consultancy'];
/** Lower-case nouns of a firm's or club's kind right before its name ("search giant Google", "Premiership side Chelsea"). */
const FIRM_KINDS_BEFORE = new Set([...FIRM_KINDS, 'side', 'outfit', 'label', 'rivals', 'leaders', 'champions']);
/** Lower-case words right after a name that a firm or a club has and a person does not ("Chelsea striker", "Sony executives",
 *  "Gartner analyst"): none a person may also have ("Blair aide", "Clinton supporters", "a Bush spokesman"). */
const FIRM_WORDS_AFTER = new Set(['boss', 'manager', 'chairman', 'striker', 'strikers', 'midfielder', 'defender', 'winger', 'goalkeeper', 'keeper',
  'full-back', 'fly-half', 'scrum-half', 'flanker', 'hooker', 'prop', 'lock', 'centre', 'forward', 'captain', 'skipper', 'analyst', 'analysts',
  'executives', 'shares', 'shareholders', 'subsidiary', 'headquarters']);
/** What a firm owns that a person does not, after its possessive ("Yahoo's shares", "Nissan's chief executive"). */
const FIRM_POSSESSIONS = /^['’]s?\s+(?:shares?|share\s+price|shareholders|profits?|chief\s+executive|board|headquarters|subsidiary|stake|customers|revenues?|sales)\b/;

/** Whether the text writes the name at `t` as a firm's or a club's there. */
function writtenAsFirm(text: string, t: Span): boolean {
  const before = /([a-z-]+)\s+$/.exec(text.slice(Math.max(0, t.start - 20), t.start))?.[1];
  if (before && FIRM_KINDS_BEFORE.has(before)) return true;
  const after = text.slice(t.end, t.end + 80);
  const next = /^\s+([a-z-]+)\b/.exec(after)?.[1];
  if ((next !== undefined && FIRM_WORDS_AFTER.has(next)) || FIRM_POSSESSIONS.test(after)) return true;
  // ("Yukos, the Russian oil firm,", "Nintendo, the Japanese games maker,", "Yahoo was the first internet firm to …": an
  // appositive or a copula naming the kind, before any link to another noun, "Blair, the leader of the group")
  // (its head, the last word before the link: not "a former bank manager")
  const described = /^(?:,|\s+(?:is|was|remains|has\s+been))\s+(?:the|a|an)\s+([^,.;:()]{1,80})/.exec(after)?.[1].split(/\s+/) ?? [];
  const link = described.findIndex((w) => APPOSITIVE_LINKS.has(w));
  const head = described.slice(0, link < 0 ? described.length : link);
  return head.length > 0 && head.length <= MAX_FIRM_APPOSITIVE_WORDS && FIRM_APPOSITIVE_KINDS.has(head.at(-1)!);
}

/** Words that end the noun an appositive or a copula describes the name with ("the leader of …", "a man who …"). */
const APPOSITIVE_LINKS = new Set(['of', 'to', 'that', 'which', 'who', 'whose', 'in', 'for', 'with', 'and', 'from', 'at', 'on', 'by', 'as']);

/** Most words of an appositive read for a firm's kind ("the world's largest mobile phone operator"). */
const MAX_FIRM_APPOSITIVE_WORDS = 6;
/** Kinds an appositive after a firm's name names it by (not a club's standing, "the leaders", which a person's plural may be). */
const FIRM_APPOSITIVE_KINDS = new Set([...FIRM_KINDS, 'group', 'producer', 'chain', 'lender', 'utility', 'exporter', 'importer']);

/** Titles of members of a parliament, written after a name. */
const MEMBER_TITLES = new Set(['MP', 'MEP', 'MSP', 'TD', 'MLA']);

/**
 * A member's title written after a name is no part of it: "Andrew Tyrie MP" is Andrew Tyrie. A span of one word and the
 * title is a description, not a name ("the Salford MP", "a senior Tory MP"), and goes; the knowledge base may still name
 * the party or place in it.
 */
export function withoutMemberTitles(text: string, tagged: readonly LabelledSpan[]): LabelledSpan[] {
  const out: LabelledSpan[] = [];
  for (const t of tagged) {
    const words = text.slice(t.start, t.end).split(/\s+/);
    if (words.length < 2 || !MEMBER_TITLES.has(words[words.length - 1])) {
      out.push(t);
      continue;
    }
    if (t.label === 'PER' && words.length >= 3) out.push({ ...t, end: t.start + text.slice(t.start, t.end).lastIndexOf(' ') });
  }
  return out;
}

/** Characters before a name that "Shares in (the)" may take. */
const LISTED_LEAD_CHARS = 16;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Knowledge-base mentions win where they overlap a tagger span, except that a tagger span wins over
 * (a) weak small-city readings it overlaps and (b) gazetteer/demonym matches strictly inside it
 * ("Kabul University" is an organisation, not Kabul).
 */
export function mergeMentions(kbMentions: readonly KbMention[], tagged: readonly LabelledSpan[]): EntityMention[] {
  const dropped = new Set<number>();
  const kept: EntityMention[] = [];
  for (const span of tagged) {
    const hits: number[] = [];
    kbMentions.forEach((k, i) => {
      if (overlaps(k.mention, span)) hits.push(i);
    });
    if (hits.length === 0) {
      kept.push({ start: span.start, end: span.end, label: span.label, origin: 'ner' });
      continue;
    }
    const taggerWins = hits.every((i) => {
      const k = kbMentions[i];
      if (k.weak && k.mention.label !== span.label) return true;
      const inside = span.start <= k.mention.start && k.mention.end <= span.end;
      const longer = span.end - span.start > k.mention.end - k.mention.start;
      return k.mention.origin !== 'kb' && inside && longer;
    });
    if (taggerWins) {
      for (const i of hits) dropped.add(i);
      kept.push({ start: span.start, end: span.end, label: span.label, origin: 'ner' });
    }
  }
  kbMentions.forEach((k, i) => {
    if (!dropped.has(i)) kept.push(k.mention);
  });
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  return kept;
}

export const entitiesStage = defineStage<EntitiesResources>({
  name: 'entities.kb.v1',
  requires: ['segments'],
  assigns: ['entities'],
  run(doc: Document, resources: EntitiesResources): Document {
    if (!doc.article || !doc.segments) throw new Error('entities.kb.v1 needs the article and segments layers');
    const text = doc.article.text;
    const { sentences, tokens } = doc.segments;
    const sentenceStarts = new Set<number>();
    for (const s of sentences) {
      // The first word may follow an opening quote or bracket.
      for (let t = s.tokenStart; t < s.tokenEnd; t++) {
        if (tokens[t].kind === 'word' || tokens[t].kind === 'number') {
          sentenceStarts.add(tokens[t].start);
          break;
        }
      }
    }
    const kbMentions = findKbMentions(text, resources.knowledge, sentenceStarts);
    const tagged: LabelledSpan[] = [];
    if (resources.tagger) {
      for (const s of sentences) {
        const sentenceTokens = tokens.slice(s.tokenStart, s.tokenEnd);
        if (sentenceTokens.length === 0) continue;
        const words = sentenceTokens.map((t) => text.slice(t.start, t.end));
        tagged.push(...iobToSpans(sentenceTokens, withoutLowerTails(words, resources.tagger.tagSentence(words))));
      }
    }
    const entities = tagged.length > 0 ? mergeMentions(kbMentions, withRepeatedNames(text, tokens, withListedFirms(text, withoutMemberTitles(text, tagged)))) : kbMentions.map((k) => k.mention);
    return { ...doc, entities };
  },
});
