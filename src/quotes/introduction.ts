// The role and affiliation an article gives a person where it first names them, outside any quote: "Oil and Natural Gas
// Corporation chairman Subir Raha" earlier makes "ONGC's Mr Raha declined …" the chairman of that corporation; "Dusty Hare,
// the former England captain," makes a later "Hare added" the former captain.
import type { Span } from '../core/document.js';
import { firstTokenFrom, isWord, type QuoteContext } from './context.js';
import { OTHER_OFFICE, OTHER_VOICES, PLAIN_PEOPLE } from './coref.js';
import { capitalisedTitleAt, isQuoteMark } from './phrase.js';
import { analyseSpeaker, lowerOpening, roleWord, WEEKDAYS } from './speaker.js';
import { isFirstName } from './vocabulary.js';

export interface Introduction {
  affiliation?: { name: string } & Span;
  role?: string;
}

/** Lower-case words of a title before a name besides role words and office modifiers ("foreign affairs spokesman",
 *  "managing director", "chief executive"). */
const TITLE_WORDS = new Set(['affairs', 'home', 'chief', 'general', 'executive', 'senior', 'managing', 'foreign', 'finance', 'economic',
  'press', 'communications', 'public', 'policy', 'research', 'sales', 'marketing', 'technical', 'technology', 'operations', 'financial',
  'news', 'political', 'legal', 'medical', 'environment', 'education', 'transport', 'health', 'defence', 'defense', 'interior', 'justice',
  'trade', 'industry', 'culture', 'sports', 'music', 'film', 'business', 'security', 'intelligence', 'police', 'party', 'government', 'civil',
  'national', 'international', 'regional', 'local', 'armed', 'world', 'team', 'club', 'campaign', 'development', 'digital', 'consumer']);
/** Capitalised words opening a sentence that are no part of a title ("And former England captain Brian Moore"). */
const OPENERS = new Set(['and', 'but', 'or', 'so', 'yet', 'then', 'now', 'meanwhile', 'however', 'also', 'earlier', 'later']);
const AUXILIARIES = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'has', 'have', 'had', 'is', 'are',
  'was', 'were', 'be', 'been', 'do', 'does', 'did']);
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'by', 'from', 'after', 'before', 'since', 'until']);
const GENERIC_PEOPLE = new Set(['man', 'woman', 'boy', 'girl', 'person', 'mother', 'father', 'resident', 'local']);
/** Words that end a title going back from a name. */
const TITLE_BREAKS = new Set(['on', 'in', 'at', 'by', 'from', 'to', 'with', 'after', 'before', 'as', 'than', 'into', 'about', 'over', 'under',
  'the', 'a', 'an',
  // (verbs of a headline or an interview's lead: "Wikinews interviews biologist Ann Vale")
  'interviews', 'interviewed', 'meets', 'met', 'talks', 'speaks', 'joins', 'welcomes', 'thanks', 'visits', 'visited']);
/** Participles that open an appositive saying something else than an office (", known as Queen of the Sky,"), and
 *  conjunctions that open another person's phrase or a clause ("his counterpart, Ariel Sharon, and the
 *  Palestinian leader, Mahmoud Abbas"). */
const NOT_OFFICE_APPOSITIVE = /^(?:and|or|but|nor|while|whereas|known|called|named|dubbed|nicknamed|based|born|seen|described|accused|charged|convicted|aged)$/;
/** Words joining the capitalised words of one name ("Oil and Natural Gas Corporation", "Bank of England"). */
const NAME_LINKS = new Set(['and', 'of', '&', 'for', 'de', 'la']);
/** Longest title before a name, and longest appositive after it, in tokens. */
const MAX_TITLE_TOKENS = 10;
const MAX_APPOSITIVE_TOKENS = 14;
const END_PUNCT = new Set(['.', '!', '?', ';', ':']);

/** The role and affiliation the article gave the person `name` at a mention (the entity layer's) before offset `before`,
 *  from the title before that mention or the appositive after it; the first such mention that gives either. */
export function introductionOf(ctx: QuoteContext, name: string, before: number): Introduction | undefined {
  // (a person quoted several times is looked up once: the first mention giving an introduction, wherever it is)
  let known = introductions.get(ctx);
  if (!known) introductions.set(ctx, (known = new Map()));
  let first = known.get(name);
  if (first === undefined) known.set(name, (first = firstIntroduction(ctx, name) ?? null));
  return first && first.at < before ? first.introduction : undefined;
}

const introductions = new WeakMap<QuoteContext, Map<string, { at: number; introduction: Introduction } | null>>();

function firstIntroduction(ctx: QuoteContext, name: string): { at: number; introduction: Introduction } | undefined {
  const first = introductionFrom(ctx, name, 0) ?? describedNext(ctx, name) ?? describedBefore(ctx, name) ?? oneOfTheGroup(ctx, name);
  // ("Astronomer Anthony Boccaletti discusses …. Boccaletti, who works at the Observatoire de Paris, …": the body a later
  // introduction of the same person gives, when the first gave none and the later one names no office of its own — a
  // later office may be another job: "its chief executive Franklin Raines …, a former budget director of the Office …")
  for (let later = first; later && !first!.introduction.affiliation; ) {
    later = introductionFrom(ctx, name, later.index + 1);
    // (or the same office again: "Captain Jeremy Bates has touted …. Great Britain captain Jeremy Bates paid tribute …")
    // (or the same office more fully: "interviews planetary scientist Ann Vale", then "Planetary scientist Ann Vale of the
    // Harbour Propulsion Laboratory")
    const sameOffice = later?.introduction.role !== undefined && first!.introduction.role !== undefined &&
      officeHead(later.introduction.role) === officeHead(first!.introduction.role);
    if (later?.introduction.affiliation && (!later.introduction.role || sameOffice)) first!.introduction = { ...first!.introduction, affiliation: later.introduction.affiliation };
    else if (later?.introduction.affiliation) break;
  }
  return first;
}

/** The last word of an office, lower-cased ("Planetary scientist" → "scientist"). */
function officeHead(role: string): string {
  return role.toLowerCase().split(/\s+/).at(-1) ?? '';
}

/** The first introduction of the person `name` at an entity mention from index `from` on, with that mention's index. */
function introductionFrom(ctx: QuoteContext, name: string, from: number): { at: number; index: number; introduction: Introduction } | undefined {
  const words = name.split(/\s+/);
  const surname = words.at(-1);
  if (!surname || !ctx.entities) return undefined;
  for (let index = from; index < ctx.entities.length; index++) {
    const m = ctx.entities[index];
    if (m.label !== 'PER') continue;
    const mention = ctx.text.slice(m.start, m.end).split(/\s+/);
    // (the same person: the surname, and the first name when both give one)
    if (mention.at(-1) !== surname || (words.length > 1 && mention.length > 1 && mention[0] !== words[0] && !ctx.vocab.honorifics.has(mention[0].toLowerCase().replace(/\.$/, '')))) continue;
    const k = firstTokenFrom(ctx, m.start);
    const e = firstTokenFrom(ctx, m.end);
    if (k >= ctx.tokens.length || ctx.tokens[k].start !== m.start || e === 0 || ctx.tokens[e - 1].end !== m.end) continue;
    const title = titleBeforeHonorific(ctx, k);
    const s = title === k ? ownerBefore(ctx, k) ?? descriptionBefore(ctx, k) : title;
    const r = appositiveEnd(ctx, e);
    if (s === k && r === e) {
      // ("Bowen … is the community manager of the CentOS project": what the sentence says the person is)
      const copular = copularIntroduction(ctx, e) ?? ownedBodyAfter(ctx, e);
      if (copular) return { at: m.start, index, introduction: copular };
      const listed = listIntroduction(ctx, k) ?? oneOfIntroduction(ctx, k) ?? pairedTitleIntroduction(ctx, k, surname);
      if (listed) return { at: m.start, index, introduction: listed };
      continue;
    }
    const info = analyseSpeaker(ctx, s, r);
    if (info.kind !== 'named' || info.isOrg || info.name.split(/\s+/).at(-1) !== surname) {
      const listed = listIntroduction(ctx, k) ?? oneOfIntroduction(ctx, k);
      if (listed) return { at: m.start, index, introduction: listed };
      continue;
    }
    // (a man or a woman is no role; a plural one before several people is each one's in the singular: "U.S. presidential
    // candidates Phil Collins of …, Don Blankenship of … and Jo Jorgensen" → presidential candidate)
    const head = info.role?.toLowerCase().split(/\s+/).at(-1) ?? '';
    const plural = head.endsWith('s') && !head.endsWith('ss') && roleWord(ctx, head.slice(0, -1));
    const own = plural ? info.role!.slice(0, -1) : info.role;
    const role = own && !GENERIC_PEOPLE.has(head) ? lowerOpening(ctx, s, own) : undefined;
    // ("Singer Tom Hart is leaving to concentrate on his band Fightstar": the title's office, the body the sentence gives)
    if (info.affiliation || role) return { at: m.start, index, introduction: { affiliation: info.affiliation ?? ownedBodyAfter(ctx, r)?.affiliation, role } };
    const listed = listIntroduction(ctx, k);
    if (listed) return { at: m.start, index, introduction: listed };
  }
  return undefined;
}

/** "NASA astronauts Bob Behnken and Doug Hurley": for the second name at token `k`, the plural title before the first one,
 *  in the singular, with its body. */
function pairedTitleIntroduction(ctx: QuoteContext, k: number, surname: string): Introduction | undefined {
  if (k < 3 || ctx.low[k - 1] !== 'and' || !ctx.cap[k - 2]) return undefined;
  let c = k - 2;
  while (c > 0 && k - 1 - c < MAX_PAIRED_NAME_TOKENS && ctx.cap[c - 1] && isWord(ctx, c - 1) && personAt(ctx, c - 1)) c--;
  if (!personAt(ctx, c)) return undefined;
  const s = titleBeforeHonorific(ctx, c);
  if (s >= c) return undefined;
  const info = analyseSpeaker(ctx, s, k - 1);
  const head = info.role?.toLowerCase().split(/\s+/).at(-1) ?? '';
  if (info.kind !== 'named' || info.isOrg || info.name.split(/\s+/).at(-1) === surname || !head.endsWith('s') || head.endsWith('ss') ||
    !roleWord(ctx, head.slice(0, -1)) || GENERIC_PEOPLE.has(head.slice(0, -1))) return undefined;
  return { affiliation: info.affiliation, role: lowerOpening(ctx, s, info.role!.slice(0, -1)) };
}

/** Most tokens of the first name of a pair under one title. */
const MAX_PAIRED_NAME_TOKENS = 4;

/** Words after an office that open its field or employer ("professor of history at Harbour University"). */
const ROLE_TAIL_LINKS = new Set(['of', 'at', 'for', 'with', 'in']);
/** Adjectives making "is a strong defender of …", "was a staunch supporter of …" a stance, not an office. */
const STANCE_ADJECTIVES = new Set(['strong', 'staunch', 'vocal', 'fierce', 'outspoken', 'big', 'great', 'huge', 'keen', 'avid', 'harsh', 'ardent',
  'loyal', 'fervent', 'passionate', 'committed', 'devoted', 'frequent', 'constant', 'persistent', 'firm', 'longtime', 'long-time']);
/** Words ending the description after "is a …" ("… of armhfp (32-bit processors) and is a part of …"). */
const DESCRIPTION_BREAKS = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'whose', 'where', 'when', 'since', 'because', 'while', '(']);

/** "…, two of the authors who contributed to the paper" after one or two names. */
const ONE_OF_GROUP = /^(?:\s+and\s+[^,.;]{1,40})?,\s+(?:one|two|three|four|both|some|several)\s+of\s+the\s+(\p{Ll}+)/u;
/** "neuroscientists from the Netherlands Institute for Neuroscience": a group and its body. */
const GROUP_LINKS = new Set(['from', 'at', 'of']);

/**
 * "… neuroscientists from the Netherlands Institute for Neuroscience examined …. Wikinews caught up with Dr Christian
 * Keysers and Dr Valeria Gazzola, two of the authors who contributed to the paper": a person named as one of a group,
 * and a group of people from one body in that sentence or the one before — the body, and the group's noun in the singular.
 */
function oneOfTheGroup(ctx: QuoteContext, name: string): { at: number; index: number; introduction: Introduction } | undefined {
  const entities = ctx.entities ?? [];
  const index = firstMentionOf(ctx, name);
  if (index < 0) return undefined;
  const m = entities[index];
  if (!ONE_OF_GROUP.test(ctx.text.slice(m.end, m.end + 120))) return undefined;
  const si = ctx.sentenceOf[firstTokenFrom(ctx, m.start)];
  if (si < 0) return undefined;
  const bodies = new Map<string, { name: string; noun: string; span: Span }>();
  for (const x of [si - 1, si]) {
    const sentence = ctx.sentences[x];
    if (!sentence) continue;
    for (let k = sentence.tokenStart; k + 1 < sentence.tokenEnd; k++) {
      const noun = ctx.low[k];
      if (!GROUP_LINKS.has(ctx.low[k + 1]) || !noun.endsWith('s') || noun.endsWith('ss') || (ctx.cap[k] && k > sentence.tokenStart) ||
        !roleWord(ctx, noun.slice(0, -1))) continue;
      const at = ctx.tokens[ctx.low[k + 2] === 'the' ? k + 3 : k + 2];
      const body = at && entities.find((b) => b.label === 'ORG' && b.start === at.start);
      if (body) bodies.set(ctx.text.slice(body.start, body.end), { name: ctx.text.slice(body.start, body.end), noun: noun.slice(0, -1), span: body });
    }
  }
  if (bodies.size !== 1) return undefined;
  const [body] = bodies.values();
  return { at: m.start, index, introduction: { affiliation: { name: body.name, start: body.span.start, end: body.span.end }, role: body.noun } };
}

/** Index of the entity layer's first person mention ending in the surname of `name`, else -1. */
function firstMentionOf(ctx: QuoteContext, name: string): number {
  const surname = name.split(/\s+/).at(-1);
  return (ctx.entities ?? []).findIndex((m) => m.label === 'PER' && ctx.text.slice(m.start, m.end).split(/\s+/).at(-1) === surname);
}

/** Most tokens of a description opening the sentence after a person's first mention ("The former Sun editor"). */
const MAX_NEXT_DESCRIPTION = 6;

/**
 * "… the real star of the show is Kelvin MacKenzie. The former Sun editor dispensed …": the person's first mention is the
 * only person its sentence names, and the next sentence opens with "The", a few modifiers and a role word, then a verb —
 * that description's office and body are the person's. Not a plain person noun ("The man"), another voice ("The
 * spokesman") or another office ("The deputy mayor"), nor when the next sentence names a person first.
 */
function describedNext(ctx: QuoteContext, name: string): { at: number; index: number; introduction: Introduction } | undefined {
  const entities = ctx.entities ?? [];
  // (one person by that surname: "Nigel Williams" and "Matt Williams" are two)
  const surname = name.split(/\s+/).at(-1);
  const same = entities.filter((m) => m.label === 'PER' && ctx.text.slice(m.start, m.end).split(/\s+/).at(-1) === surname);
  // ("Mr Blair" is no other first name)
  const full = new Set(same.map((m) => ctx.text.slice(m.start, m.end)).filter((x) => /\s/.test(x) && !ctx.vocab.honorifics.has(x.split(/\s+/)[0].toLowerCase().replace(/\.$/, ''))));
  if (full.size > 1 || (full.size === 1 && /\s/.test(name) && !full.has(name))) return undefined;
  for (const m of same.slice(0, MAX_DESCRIBED_MENTIONS)) {
    const introduction = descriptionAfterMention(ctx, m, same);
    if (introduction) return { at: m.start, index: entities.indexOf(m), introduction };
  }
  return undefined;
}

/** How many of a person's first mentions are looked at for a description opening the next sentence. */
const MAX_DESCRIBED_MENTIONS = 3;

function descriptionAfterMention(ctx: QuoteContext, m: Span, same: readonly Span[]): Introduction | undefined {
  const si = ctx.sentenceOf[firstTokenFrom(ctx, m.start)];
  const next = ctx.sentences[si + 1];
  if (si < 0 || !next) return undefined;
  // (the only person named in that sentence and the one before: "The musician committed suicide" after a film's producer
  // is named may be the film's subject, named before)
  const from = ctx.sentences[Math.max(0, si - 1)].start;
  const here = ctx.sentences[si];
  if ((ctx.entities ?? []).some((x) => x.label === 'PER' && x.start >= from && x.end <= here.end && !same.includes(x))) return undefined;
  const s = next.tokenStart;
  if (ctx.low[s] !== 'the' || !ctx.cap[s]) return undefined;
  let h = s + 1;
  while (h < next.tokenEnd && h - s <= MAX_NEXT_DESCRIPTION && isWord(ctx, h) && !roleWord(ctx, ctx.low[h])) h++;
  if (h >= next.tokenEnd || h - s > MAX_NEXT_DESCRIPTION || !roleWord(ctx, ctx.low[h]) || ctx.cap[h]) return undefined;
  // (a lower-case verb or an auxiliary right after the head: the description is the subject)
  const verb = ctx.low[h + 1] ?? '';
  // (not a statement of the description's own: "Mr Mubanga said he was interrogated. The home secretary said …" is as
  // likely a new voice; coref's office rule weighs that)
  if (ctx.cap[h + 1] || !isWord(ctx, h + 1) || ctx.cueForm[h + 1] !== 0 ||
    !(AUXILIARIES.has(verb) || verb.endsWith('ed') || (verb.endsWith('s') && !verb.endsWith('ss')) || ctx.vocab.finiteVerbs.has(verb))) return undefined;
  const head = ctx.low[h];
  const words = ctx.low.slice(s + 1, h);
  if (PLAIN_PEOPLE.has(head) || OTHER_VOICES.has(head) || GENERIC_PEOPLE.has(head) || words.some((w) => OTHER_OFFICE.has(w) && w !== 'former')) return undefined;
  const info = analyseSpeaker(ctx, s, h + 1);
  if (info.kind !== 'description' || !info.role) return undefined;
  return { affiliation: info.affiliation, role: lowerOpening(ctx, s, info.role) };
}

/** Words that may join a description's office to its body before the verb ("The guitarist with US rock band Korn has quit"). */
const DESCRIPTION_LINKS = new Set(['of', 'with', 'at', 'for', 'from']);
/** Most tokens from a description's office to its verb. */
const MAX_DESCRIPTION_TAIL = 8;

/**
 * "The Lord Chancellor has defended …. Lord Falconer insists …", "The guitarist with US rock band Korn has quit …. Brian
 * 'Head' Welch told …": the article's first sentence (after its headline) opening with "The", a title and a verb, right
 * before the sentence a person's first mention opens, bare of any title — the office and body are that person's. Not a
 * plural office, a plain person noun, another voice ("The spokesman") or another office ("The deputy mayor"), nor when a
 * person is named before the name but inside the description itself.
 */
function describedBefore(ctx: QuoteContext, name: string): { at: number; index: number; introduction: Introduction } | undefined {
  const entities = ctx.entities ?? [];
  const index = firstMentionOf(ctx, name);
  if (index < 0) return undefined;
  const m = entities[index];
  const k = firstTokenFrom(ctx, m.start);
  const si = ctx.sentenceOf[k];
  if (si < 1 || ctx.tokens[k]?.start !== m.start) return undefined;
  // (the name opens its sentence, or follows "But" or "And" there)
  const start = ctx.sentences[si].tokenStart;
  // (back over the rest of the name the tagger may have split: "Brian 'Head' Welch")
  let n = k;
  while (n > start && k - n <= MAX_NAME_TOKENS && ((ctx.cap[n - 1] && isWord(ctx, n - 1)) || isQuoteMark(ctx, n - 1))) n--;
  if (n !== start && !(n === start + 1 && OPENERS.has(ctx.low[start]))) return undefined;
  // (the description opens the article, after its headline, naming no one before it: later in an article "The guitarist" is
  // as likely someone named before)
  const before = ctx.sentences[si - 1];
  if (si - 1 > 1) return undefined;
  const s = before.tokenStart;
  if (ctx.low[s] !== 'the' || !ctx.cap[s]) return undefined;
  let h = s + 1;
  while (h < before.tokenEnd && h - s <= MAX_NEXT_DESCRIPTION && isWord(ctx, h) && !roleWord(ctx, ctx.low[h])) h++;
  if (h >= before.tokenEnd || h - s > MAX_NEXT_DESCRIPTION || !roleWord(ctx, ctx.low[h])) return undefined;
  while (h + 1 < before.tokenEnd && ctx.cap[h] && ctx.cap[h + 1] && roleWord(ctx, ctx.low[h + 1])) h++; // "The Lord Chancellor"
  // (a capitalised office is a title only with every word before it capitalised: "The Lord Chancellor", not "The BBC Director")
  // (nor a one-word name the entity layer knows: "The Guardian says"; "Lord Chancellor" may be read as one)
  if (ctx.cap[h] && (!ctx.cap.slice(s + 1, h).every(Boolean) || (h === s + 1 && named(ctx, h)))) return undefined;
  // (the verb, right after the office or after its body: "The guitarist with US rock band Korn has quit")
  let v = h + 1;
  if (DESCRIPTION_LINKS.has(ctx.low[v])) {
    while (v < before.tokenEnd && v - h <= MAX_DESCRIPTION_TAIL && isWord(ctx, v) && ctx.cueForm[v] === 0 && !(descriptionVerb(ctx, v) && !ctx.cap[v])) v++;
    if (v >= before.tokenEnd || v - h > MAX_DESCRIPTION_TAIL || !isWord(ctx, v)) return undefined;
  }
  // (no person named before the description or in its sentence, but what the tagger read as one inside the description
  // itself: "The Lord Chancellor", "The guitarist with US rock band Korn")
  const inside = new Set(ctx.surf.slice(s + 1, v).filter((w, x) => ctx.cap[s + 1 + x]));
  if (entities.some((x) => x.label === 'PER' && x.start < before.end && !ctx.text.slice(x.start, x.end).split(/\s+/).every((w) => inside.has(w)))) return undefined;
  // (one person: not a plural office or verb, "The Liberal Democrats are attempting …")
  const head = ctx.low[h];
  if (!descriptionVerb(ctx, v) || ctx.cap[v] || PLURAL_VERBS.has(ctx.low[v]) || (head.endsWith('s') && !head.endsWith('ss') && roleWord(ctx, head.slice(0, -1)))) return undefined;
  const words = ctx.low.slice(s + 1, h);
  if (PLAIN_PEOPLE.has(head) || OTHER_VOICES.has(head) || GENERIC_PEOPLE.has(head) || words.some((w) => OTHER_OFFICE.has(w))) return undefined;
  const at = ctx.tokens[s].start;
  // (a capitalised title is the role as written, which the entity layer may have read as a name)
  if (ctx.cap[h] && v === h + 1) return { at, index, introduction: { role: ctx.text.slice(ctx.tokens[s + 1].start, ctx.tokens[h].end) } };
  const info = analyseSpeaker(ctx, s, v);
  // (the office alone is the role: "guitarist", not "guitarist with US rock band Korn")
  const office = v > h + 1 ? analyseSpeaker(ctx, s, h + 1) : info;
  if (info.kind !== 'description' || !office.role) return undefined;
  // (found before the name: the description's own start is where the person was introduced)
  return { at, index, introduction: { affiliation: info.affiliation, role: lowerOpening(ctx, s, office.role) } };
}

const PLURAL_VERBS = new Set(['are', 'were', 'have']);
/** Most tokens of a name read back to its sentence's start. */
const MAX_NAME_TOKENS = 5;

/** Whether the word at `k` reads as the verb after a description: an auxiliary, a past form, a present form in "-s" or a
 *  finite verb the vocabulary knows; not a cue form (a statement of the description's own is as likely another voice). */
function descriptionVerb(ctx: QuoteContext, k: number): boolean {
  const w = ctx.low[k] ?? '';
  return isWord(ctx, k) && ctx.cueForm[k] === 0 && (AUXILIARIES.has(w) || w.endsWith('ed') || (w.endsWith('s') && !w.endsWith('ss')) || ctx.vocab.finiteVerbs.has(w));
}

/** The role and affiliation of "NAME is the community manager of the CentOS project" for the name ending before token
 *  `e`: "is"/"was" and an indefinite or definite article, a description headed by a role word, to the clause's end. */
function copularIntroduction(ctx: QuoteContext, e: number): Introduction | undefined {
  // ("Aparna Garg — who has been the Divisional Railway Manager … —": the same said in a relative clause in dashes)
  // ("Lord Woolf, who is Lord Chief Justice of England and Wales, was …": or in commas)
  // ("Mike Pompeo who is the secretary of state": or with no comma)
  const relative = (DASHES.has(ctx.surf[e]) || ctx.surf[e] === ',') && ctx.low[e + 1] === 'who' ? copularAt(ctx, e + 2)
    : ctx.low[e] === 'who' ? copularAt(ctx, e + 1) : undefined;
  // ("Bowen — who unlike Greco, works for Red Hat — is the community manager of …": after an insert in dashes)
  return relative ?? copularAt(ctx, afterDashInsert(ctx, e));
}

/** Words that make a description a comparison, not an office ("the more powerful player", "the best side"). */
const COMPARISON_WORDS = new Set(['more', 'most', 'less', 'least', 'better', 'best', 'worse', 'worst']);

/** Last words of an office named with "of" ("secretary of state", "chief of staff", "chief of police"). */
const OFFICE_OF_WORDS = new Set(['state', 'staff', 'police', 'defence', 'defense']);

/** The role and affiliation of "is/was/has been a …" at token `e`. */
function copularAt(ctx: QuoteContext, e: number): Introduction | undefined {
  if ((ctx.low[e] === 'has' || ctx.low[e] === 'had') && ctx.low[e + 1] === 'been') e++;
  else if (ctx.low[e] !== 'is' && ctx.low[e] !== 'was') return undefined;
  if (e + 2 >= ctx.tokens.length) return undefined;
  const s = e + 1;
  // ("who has been the Divisional Railway Manager (DRM) for Mysore Division": a capitalised title after "the", and the body
  // it is "for" or "of")
  if (ctx.low[s] === 'the' && capitalisedTitleAt(ctx, s + 1, ctx.tokens.length)) return definiteTitleAt(ctx, s + 1);
  // (or a capitalised title with no article: "who is Lord Chief Justice of England and Wales")
  const title = capitalisedTitleAt(ctx, s, ctx.tokens.length);
  if (ctx.low[s] !== 'a' && ctx.low[s] !== 'an' && ctx.low[s] !== 'the' && !title) return undefined;
  const sentenceEnd = ctx.sentences[ctx.sentenceOf[s]]?.tokenEnd ?? ctx.tokens.length;
  let c = s + 1;
  while (c < sentenceEnd && c - s < MAX_APPOSITIVE_TOKENS && ctx.surf[c] !== ',' && !END_PUNCT.has(ctx.surf[c]) && !DESCRIPTION_BREAKS.has(ctx.low[c]) &&
    !ctx.vocab.finiteVerbs.has(ctx.low[c]) && !AUXILIARIES.has(ctx.low[c])) c++;
  if (c - s >= MAX_APPOSITIVE_TOKENS || (c === s + 1 && !title)) return undefined;
  if (title) {
    // (the capitalised words of the title, to its first lower-case link: "Lord Chief Justice" of England and Wales)
    let t = s;
    while (t < c && ctx.cap[t] && isWord(ctx, t)) t++;
    return { role: ctx.text.slice(ctx.tokens[s].start, ctx.tokens[t - 1].end) };
  }
  const info = analyseSpeaker(ctx, s, c);
  if (info.kind !== 'description' || !info.role) return undefined;
  // (the office before its field or employer: "professor of history at …", "community manager of the CentOS project")
  const words = info.role.split(/\s+/);
  // (not an office named with its "of": "secretary of state", "chief of staff")
  const ownOf = words.length >= 3 && words.at(-2)!.toLowerCase() === 'of' && OFFICE_OF_WORDS.has(words.at(-1)!.toLowerCase());
  const link = ownOf ? -1 : words.findIndex((w, n) => n > 0 && ROLE_TAIL_LINKS.has(w.toLowerCase()));
  const role = (link > 0 ? words.slice(0, link) : words).join(' ');
  const head = (ownOf ? words.at(-3)! : role.split(/\s+/).at(-1) ?? '').toLowerCase();
  // (nor a comparison, "Groenefeld was the more powerful player")
  if (!roleWord(ctx, head) || GENERIC_PEOPLE.has(head) || role.toLowerCase().split(/\s+/).some((w) => STANCE_ADJECTIVES.has(w) || COMPARISON_WORDS.has(w))) return undefined;
  return { affiliation: info.affiliation, role: lowerOpening(ctx, s, role) };
}

/** The capitalised title at token `s` and the capitalised body after its "for", "of" or "at" (past an acronym in brackets). */
function definiteTitleAt(ctx: QuoteContext, s: number): Introduction | undefined {
  let t = s;
  while (t < ctx.tokens.length && ctx.cap[t] && isWord(ctx, t)) t++;
  if (!roleWord(ctx, ctx.low[t - 1])) return undefined;
  const role = ctx.text.slice(ctx.tokens[s].start, ctx.tokens[t - 1].end);
  let k = t;
  if (ctx.surf[k] === '(' && ctx.surf[k + 2] === ')') k += 3;
  if (!BODY_LINKS.has(ctx.low[k] ?? '')) return { role };
  let c = k + 1;
  if (ctx.low[c] === 'the') c++;
  let end = c;
  while (end < ctx.tokens.length && (ctx.cap[end] || (NAME_LINKS.has(ctx.low[end]) && ctx.cap[end + 1])) && isWord(ctx, end)) end++;
  if (end === c) return { role };
  return { role, affiliation: { name: ctx.text.slice(ctx.tokens[c].start, ctx.tokens[end - 1].end), start: ctx.tokens[c].start, end: ctx.tokens[end - 1].end } };
}
const BODY_LINKS = new Set(['for', 'of', 'at']);

/** Nouns of a body a person has ("her non-profit organisation Faithless Hijabi", "his company, Acme"). */
const OWNED_BODIES = new Set(['organisation', 'organization', 'company', 'firm', 'charity', 'group', 'foundation', 'band', 'party', 'startup',
  'start-up', 'business', 'non-profit', 'nonprofit', 'website', 'blog', 'project', 'label', 'campaign', 'movement', 'agency', 'studio', 'magazine']);
const OWNER_WORDS = new Set(['her', 'his', 'their']);
/** Most words read between the name and "her organisation …", and between the owner word and its noun. */
const MAX_OWNED_GAP = 16;
const MAX_BODY_MODIFIERS = 3;

/** The body the sentence says the person named before token `e` has: "Zara Kay tells Wikinews about her non-profit
 *  organisation Faithless Hijabi", "…, as well as her organisation: Faithless Hijabi"; no other person named between. */
function ownedBodyAfter(ctx: QuoteContext, e: number): Introduction | undefined {
  const sentenceEnd = ctx.sentences[ctx.sentenceOf[Math.max(0, e - 1)]]?.tokenEnd ?? ctx.tokens.length;
  for (let k = e; k < sentenceEnd && k - e <= MAX_OWNED_GAP; k++) {
    if (ctx.cap[k] && isWord(ctx, k) && ctx.entities?.some((m) => m.label === 'PER' && m.start === ctx.tokens[k].start)) return undefined;
    if (!OWNER_WORDS.has(ctx.low[k])) continue;
    let n = k + 1;
    while (n < sentenceEnd && n - k <= MAX_BODY_MODIFIERS && !OWNED_BODIES.has(ctx.low[n]) && isWord(ctx, n) && !ctx.cap[n]) n++;
    if (!OWNED_BODIES.has(ctx.low[n])) continue; // ("about her life, as well as her organisation: …")
    let c = n + 1;
    if (ctx.surf[c] === ':' || ctx.surf[c] === ',') c++;
    let end = c;
    while (end < sentenceEnd && (ctx.cap[end] || (NAME_LINKS.has(ctx.low[end]) && ctx.cap[end + 1])) && (isWord(ctx, end) || ctx.tokens[end].kind === 'number')) end++;
    if (end === c) return undefined;
    return { affiliation: { name: ctx.text.slice(ctx.tokens[c].start, ctx.tokens[end - 1].end), start: ctx.tokens[c].start, end: ctx.tokens[end - 1].end } };
  }
  return undefined;
}

const DASHES = new Set(['—', '–', '-', '―']);
/** The token after an insert in dashes opening at token `e` ("Bowen — who unlike Greco, works for Red Hat — is …"), or `e`. */
function afterDashInsert(ctx: QuoteContext, e: number): number {
  if (!DASHES.has(ctx.surf[e])) return e;
  const sentenceEnd = ctx.sentences[ctx.sentenceOf[e]]?.tokenEnd ?? ctx.tokens.length;
  for (let c = e + 1; c < sentenceEnd && c - e <= MAX_APPOSITIVE_TOKENS * 2; c++) if (DASHES.has(ctx.surf[c]) && ctx.surf[c] === ctx.surf[e]) return c + 1;
  return e;
}

/** Start of a plural description set off before a list of names that the name at token `k` belongs to ("the members of
 *  the CentOS project, Pablo Greco and Rich Bowen", "Two sex workers, Akram Pasha, and Jaya"), whose head is a plural
 *  role word; else undefined. Returns the description's span [start, end). */
function listDescriptionBefore(ctx: QuoteContext, k: number): [number, number] | undefined {
  const sentenceStart = ctx.sentences[ctx.sentenceOf[k]]?.tokenStart ?? 0;
  let c = k - 1;
  // (a later name of the list: back over "and" and the names before it, each a capitalised run after a comma)
  for (let names = 0; c > sentenceStart && names < MAX_LIST_NAMES && (ctx.low[c] === 'and' || (ctx.surf[c] === ',' && ctx.low[c + 1] === 'and')); names++) {
    if (ctx.surf[c] === ',') c--;
    if (ctx.low[c] === 'and') c--;
    if (ctx.surf[c] === ',') c--;
    while (c > sentenceStart && ctx.cap[c] && isWord(ctx, c)) c--;
  }
  if (c <= sentenceStart || ctx.surf[c] !== ',') return undefined;
  // (a list of two or more: "his lawyers, Volodoymyr Zhukovskyy, 23, pleaded" names one person)
  let n = k;
  while (n < ctx.tokens.length && ctx.cap[n] && isWord(ctx, n)) n++;
  if (ctx.surf[n] === ',') n++;
  if (c === k - 1 && !(ctx.low[n] === 'and' && ctx.cap[n + 1])) return undefined;
  const end = c;
  // (the description: its plural head and what it is of, "the members of the CentOS project")
  let s = end;
  const inDescription = (n: number) => isWord(ctx, n) && !TITLE_BREAKS.has(ctx.low[n]) && ctx.cueForm[n] === 0 && !AUXILIARIES.has(ctx.low[n]) &&
    !ctx.vocab.finiteVerbs.has(ctx.low[n]) && !pastForm(ctx, n);
  while (s > sentenceStart && end - s < MAX_TITLE_TOKENS && inDescription(s - 1)) s--;
  // ("the members of …": "the" and a link inside stay)
  while (s > sentenceStart && end - s < MAX_TITLE_TOKENS && (ctx.low[s - 1] === 'the' || ctx.low[s - 1] === 'of') && inDescription(s - 2)) {
    s--;
    while (s > sentenceStart && end - s < MAX_TITLE_TOKENS && inDescription(s - 1)) s--;
  }
  if (ctx.low[s] === 'the' || (s > sentenceStart && ctx.low[s - 1] === 'the')) s = ctx.low[s] === 'the' ? s : s - 1;
  const words = ctx.low.slice(s, end);
  const of = words.indexOf('of');
  const head = (of > 0 ? words[of - 1] : words.at(-1)) ?? '';
  return head.endsWith('s') && !head.endsWith('ss') && roleWord(ctx, head.slice(0, -1)) && !GENERIC_PEOPLE.has(head.slice(0, -1)) ? [s, end] : undefined;
}
/** What a plural description before a list of names makes the one at token `k`: its head in the singular and what it
 *  is of ("the members of the CentOS project" → member of CentOS; "Two sex workers" → sex worker). */
function listIntroduction(ctx: QuoteContext, k: number): Introduction | undefined {
  const list = listDescriptionBefore(ctx, k);
  if (!list) return undefined;
  const [s, end] = list;
  const of = ctx.low.slice(s, end).indexOf('of');
  const h = of > 0 ? s + of : end;
  let a = h - 1;
  while (a > s && isWord(ctx, a - 1) && !ctx.cap[a - 1] && !ctx.vocab.determiners.has(ctx.low[a - 1]) && ctx.tokens[a - 1].kind !== 'number') a--;
  const words = ctx.surf.slice(a, h);
  if (!words.length) return undefined;
  words[words.length - 1] = words[words.length - 1].slice(0, -1);
  const described = analyseSpeaker(ctx, s, end);
  const affiliation = of > 0 ? described.affiliation : undefined;
  // (a description with no body opens the sentence: "Two sex workers, Akram Pasha, and Jaya …, discussed"; not the object of
  // what is told, "banned two teenage chess players, Ann Vale and her brother")
  if (!affiliation && s !== (ctx.sentences[ctx.sentenceOf[k]]?.tokenStart ?? 0)) return undefined;
  return { affiliation, role: lowerOpening(ctx, a, words.join(' ')) };
}

/** "One of South Sudan's Vice Presidents, Rebecca Nyandeng De Mabior,": the office in the singular, and the owner as the
 *  body, for the name at token `k` right after the description's comma at the sentence start. */
function oneOfIntroduction(ctx: QuoteContext, k: number): Introduction | undefined {
  const start = ctx.sentences[ctx.sentenceOf[k]]?.tokenStart ?? 0;
  if (k - 1 <= start || ctx.surf[k - 1] !== ',' || ctx.low[start] !== 'one' || ctx.low[start + 1] !== 'of' || k - start > MAX_TITLE_TOKENS) return undefined;
  const end = k - 1;
  const head = ctx.low[end - 1];
  if (!head.endsWith('s') || head.endsWith('ss') || !roleWord(ctx, head.slice(0, -1))) return undefined;
  let a = end - 1;
  while (a > start + 2 && isWord(ctx, a - 1) && ctx.low[a - 1] !== '’s' && ctx.low[a - 1] !== "'s" && !ctx.vocab.determiners.has(ctx.low[a - 1])) a--;
  const words = ctx.surf.slice(a, end);
  words[words.length - 1] = words[words.length - 1].slice(0, -1);
  const owner = a - 1 > start + 2 && (ctx.low[a - 1] === '’s' || ctx.low[a - 1] === "'s") ? [start + 2, a - 1] : undefined;
  const affiliation = owner ? { name: ctx.text.slice(ctx.tokens[owner[0]].start, ctx.tokens[owner[1] - 1].end), start: ctx.tokens[owner[0]].start,
    end: ctx.tokens[owner[1] - 1].end } : undefined;
  return { affiliation, role: lowerOpening(ctx, a, words.join(' ')) };
}

/** Most names read back through a list before the one introduced. */
const MAX_LIST_NAMES = 4;

/** Whether the entity layer names a person in full at token `k`, a first name and more ("Joe Biden"; its other persons
 *  are too often firms, teams and papers, "Chelsea", "Sunday Telegraph"), not as an owner ("Kasabian's singer"). */
function personAt(ctx: QuoteContext, k: number): boolean {
  return ctx.entities?.some((m) => {
    if (m.label !== 'PER' || m.start > ctx.tokens[k].start || ctx.tokens[k].end > m.end || /^['’]/.test(ctx.text.slice(m.end, m.end + 1))) return false;
    const words = ctx.text.slice(m.start, m.end).split(/\s+/);
    return words.length > 1 && isFirstName(ctx.vocab, words[0].toLowerCase());
  }) ?? false;
}

/** Whether token `k` is a lower-case past form no office has ("Wikinews contacted campaign manager …"; not one right
 *  before the office, "Wikinews accredited reporter"). */
function pastForm(ctx: QuoteContext, k: number): boolean {
  const w = ctx.low[k];
  return !ctx.cap[k] && w.length > 4 && w.endsWith('ed') && !roleWord(ctx, w) && !TITLE_WORDS.has(w) && !OTHER_OFFICE.has(w) &&
    !ctx.vocab.orgModifiers.has(w) && !roleWord(ctx, ctx.low[k + 1] ?? '');
}

/** Whether the entity layer names something at token `k`. */
function named(ctx: QuoteContext, k: number): boolean {
  return ctx.entities?.some((m) => m.start <= ctx.tokens[k].start && ctx.tokens[k].end <= m.end) ?? false;
}

/** The title before an honorific and the name at token `k` ("archæologist Dr. Naomi Martisius"), else `titleStart`. */
function titleBeforeHonorific(ctx: QuoteContext, k: number): number {
  const title = titleStart(ctx, k);
  if (title < k) return title;
  let h = k - 1;
  if (h > 0 && ctx.surf[h] === '.') h--;
  if (h < 1 || !ctx.cap[h] || !ctx.vocab.honorifics.has(ctx.low[h]) || roleWord(ctx, ctx.low[h])) return k;
  const before = titleStart(ctx, h);
  return before < h ? before : k;
}

/** Whether token `k` is "show" before an office word, a noun there though a cue form ("Ex-chat show host"). */
function showBeforeOffice(ctx: QuoteContext, k: number): boolean {
  return ctx.low[k] === 'show' && roleWord(ctx, ctx.low[k + 1] ?? '');
}

/** First token of the title before the name at token `k` ("Clemson University assistant professor"), or `k`. */
function titleStart(ctx: QuoteContext, k: number): number {
  const sentenceStart = ctx.sentences[ctx.sentenceOf[k]]?.tokenStart ?? 0;
  let s = k;
  let role = false;
  while (s > sentenceStart && k - s < MAX_TITLE_TOKENS && isWord(ctx, s - 1)) {
    const w = ctx.low[s - 1];
    const link = NAME_LINKS.has(w) && s - 2 >= sentenceStart && ctx.cap[s - 2] && ctx.cap[s];
    const possessive = (w === '’s' || w === "'s") && s - 2 >= sentenceStart && ctx.cap[s - 2];
    // (nor a time or a preposition before the title: "On Monday Lib Dem … chairman Alan Beith", "Roddick splits from coach
    // Gilbert", "Essential Guide to British Quangos 2005 author Dan Lewis")
    // (nor a verb: "aid agency Cafod will host …", "reporters covering singer …"; "Tottenham sporting director" is a title)
    // (nor another person's name: "Democratic Party presidential nominee Joe Biden leading President Donald Trump")
    if (personAt(ctx, s - 1)) break;
    // ("Chief Secretary to the Treasury Paul Boateng", "ambassador to Afghanistan Ann Lee": an office "to" a body)
    const toBody = w === 'the' ? s - 3 : w === 'to' ? s - 2 : -1;
    if (toBody >= sentenceStart && ctx.low[toBody + 1] === 'to' && roleWord(ctx, ctx.low[toBody]) && ctx.cap[s]) {
      s = toBody + 1;
      continue;
    }
    // (a capitalised cue form inside a title is a noun: "Secretary of State Mike Pompeo")
    // (so is "show" before an office word: "Ex-chat show host Robert Kilroy-Silk")
    const cueInTitle = (ctx.cueForm[s - 1] !== 0 && ctx.cap[s - 1] && s - 1 > sentenceStart && NAME_LINKS.has(ctx.low[s - 2])) ||
      showBeforeOffice(ctx, s - 1);
    if ((s - 1 === sentenceStart && OPENERS.has(w)) || (ctx.cueForm[s - 1] !== 0 && !cueInTitle) || TITLE_BREAKS.has(w) || /^\d/.test(w) ||
      AUXILIARIES.has(w) || ctx.vocab.finiteVerbs.has(w) || pastForm(ctx, s - 1) || (!ctx.cap[s - 1] && w.endsWith('ing') && !roleWord(ctx, w) && !TITLE_WORDS.has(w) &&
      !(s - 2 >= sentenceStart && ctx.cap[s - 2] && isWord(ctx, s - 2) && (s - 2 > sentenceStart || named(ctx, s - 2))))) break;
    if (roleWord(ctx, w)) role = true;
    else if (!ctx.cap[s - 1] && !link && !possessive && !OTHER_OFFICE.has(w) && !TITLE_WORDS.has(w) && !ctx.vocab.orgModifiers.has(w)) {
      // ("Assistant information commissioner Phil Jones": a word of the office's field, between the title's other words
      // and a capitalised or office word)
      const anchor = [s - 2].find((n) => n >= sentenceStart && isWord(ctx, n) && (ctx.cap[n] || OTHER_OFFICE.has(ctx.low[n])) &&
        ctx.low.slice(n + 1, s).every((x, m) => !ctx.cap[n + 1 + m] && isWord(ctx, n + 1 + m) && !ctx.vocab.determiners.has(x) &&
          (ctx.cueForm[n + 1 + m] === 0 || showBeforeOffice(ctx, n + 1 + m))));
      if (!role || anchor === undefined || (anchor === sentenceStart && OPENERS.has(ctx.low[anchor]))) break;
      s = anchor + 1;
    }
    s--;
  }
  // ("DiCaprio and Oscar nominee Alan Alda": the title starts after the link to the name before)
  while (s < k && NAME_LINKS.has(ctx.low[s])) s++;
  // (a time after a preposition opens no title: "On Monday Lib Dem … chairman"; "Sunday Telegraph journalist" keeps it)
  while (s < k && (ctx.vocab.timeWords.has(ctx.low[s]) || WEEKDAYS.has(ctx.low[s])) && s > sentenceStart && TIME_PREPOSITIONS.has(ctx.low[s - 1])) s++;
  // (only a title: capitalised words alone before a name are more of it, or another sentence part)
  return role ? s : k;
}

/** Start of the capitalised owner right before the name at token `k` ("Tennis Australia's Geoff Pollard"), or undefined. */
function ownerBefore(ctx: QuoteContext, k: number): number | undefined {
  if (k < 2 || (ctx.low[k - 1] !== '’s' && ctx.low[k - 1] !== "'s") || !ctx.cap[k - 2]) return undefined;
  const sentenceStart = ctx.sentences[ctx.sentenceOf[k]]?.tokenStart ?? 0;
  let s = k - 2;
  while (s > sentenceStart && k - s < MAX_TITLE_TOKENS && ctx.cap[s - 1] && isWord(ctx, s - 1)) s--;
  return s;
}

/** Start of a description set off before the name at token `k`: a title ("Ofsted chief, David Bell"), or one opening its
 *  sentence ("A member of the Tunisian Parliament, Samir Dilou said") when it has a role word; else `k`. */
function descriptionBefore(ctx: QuoteContext, k: number): number {
  if (k < 2 || ctx.surf[k - 1] !== ',') return k;
  // ("singled out by Ofsted chief, David Bell, for …": a title set off by a comma; not a plural one before a list, "two
  // teenage chess players, Dorsa Derakhshani and her younger brother")
  const title = titleStart(ctx, k - 1);
  const plural = ctx.low[k - 2].endsWith('s') && roleWord(ctx, ctx.low[k - 2].slice(0, -1));
  // (nor a phrase an office word opens but does not end: "working towards a May general election, Mr Howard is eager")
  const office = roleWord(ctx, ctx.low[k - 2]) || ctx.cap[k - 2];
  if (title < k - 1) return plural || !office ? k : title;
  const sentenceStart = ctx.sentences[ctx.sentenceOf[k]]?.tokenStart ?? 0;
  let s = k - 1;
  while (s > sentenceStart && k - s < MAX_APPOSITIVE_TOKENS && isWord(ctx, s - 1)) s--;
  if (s !== sentenceStart || !ctx.vocab.determiners.has(ctx.low[s])) return k;
  for (let n = s; n < k - 1; n++) if (ctx.cueForm[n] !== 0 || AUXILIARIES.has(ctx.low[n]) || ctx.vocab.finiteVerbs.has(ctx.low[n])) return k;
  return ctx.low.slice(s, k - 1).some((w) => roleWord(ctx, w)) ? s : k;
}

/** Whether "to" at token `c` (after the appositive's first words from `from`) opens an infinitive ("to discuss"), not a
 *  body or person an office is "to" ("ambassador to Afghanistan", "adviser to the president"). */
function infinitiveAt(ctx: QuoteContext, c: number, from: number): boolean {
  const next = ctx.low[c + 1];
  return ctx.low[c] === 'to' && c > from + 1 && next !== undefined && isWord(ctx, c + 1) && !ctx.cap[c + 1] &&
    !ctx.vocab.determiners.has(next) && !ctx.vocab.pronouns.has(next);
}

/** Words opening a second description joined to an appositive by "and" ("… and someone who …", "… and a keen cyclist"). */
const SECOND_DESCRIPTIONS = new Set(['someone', 'somebody', 'one', 'a', 'an']);

/** The end of a body linked to the name ending at `e` with no comma, "of the Harbour Propulsion Laboratory" (a capitalised
 *  run holding an organisation word, or of two words or more the entity layer calls an organisation), else `e`. */
function bodyLinkedEnd(ctx: QuoteContext, e: number): number {
  if (!BODY_LINKS.has(ctx.low[e] ?? '')) return e;
  let c = ctx.low[e + 1] === 'the' ? e + 2 : e + 1;
  const from = c;
  // (with the links of a name: "the University of California")
  while (c < ctx.tokens.length && ((ctx.cap[c] && isWord(ctx, c)) || (c > from && NAME_LINKS.has(ctx.low[c]) && ctx.cap[c + 1]))) c++;
  if (c === from) return e;
  const start = ctx.tokens[from].start;
  const end = ctx.tokens[c - 1].end;
  // (a one-word name only when the vocabulary knows it for a body: "Baron Kinnock of Bedwellty" is a place)
  const body = ctx.low.slice(from, c).some((w) => ctx.vocab.orgWords.has(w)) ||
    (c - from > 1 && (ctx.entities?.some((m) => m.label === 'ORG' && m.start <= start && end <= m.end) ?? false));
  return body ? c : e;
}

/** End of the appositive in commas after the name ending before token `e` (", the former England full-back,", ", 45, a
 *  nurse,"), or `e`. */
function appositiveEnd(ctx: QuoteContext, e: number): number {
  if (ctx.surf[e] !== ',') return bodyLinkedEnd(ctx, e);
  const sentenceEnd = ctx.sentences[ctx.sentenceOf[e]]?.tokenEnd ?? ctx.tokens.length;
  let c = e + 1;
  // (an age first: ", 45, a nurse,")
  if (c + 1 < sentenceEnd && ctx.tokens[c].kind === 'number' && ctx.surf[c + 1] === ',') c += 2;
  const from = c;
  if (c < sentenceEnd && NOT_OFFICE_APPOSITIVE.test(ctx.low[c])) return e;
  // (to its comma or the sentence's end, or to an infinitive of purpose: "reached out to Philipp Hagemeister, a former
  // maintainer of the youtube-dl project to discuss this takedown")
  // (or to a second description joined by "and": ", a research director at analyst firm Gartner and someone who has
  // followed Yahoo's progress …,")
  while (c < sentenceEnd && c - from < MAX_APPOSITIVE_TOKENS && ctx.surf[c] !== ',' && !END_PUNCT.has(ctx.surf[c]) && !infinitiveAt(ctx, c, from) &&
    !(ctx.low[c] === 'and' && SECOND_DESCRIPTIONS.has(ctx.low[c + 1] ?? ''))) c++;
  if (c === from || c - from >= MAX_APPOSITIVE_TOKENS) return e;
  // (a description, not a clause: "Lord Falconer, agreed the 1701 Act of Settlement, which …")
  for (let k = from; k < c; k++) {
    const w = ctx.low[k];
    if (ctx.vocab.finiteVerbs.has(w) || ctx.vocab.auxiliaries.has(w) || (ctx.cueForm[k] !== 0 && !roleWord(ctx, w)) || (k === from && w.endsWith('ed'))) return e;
  }
  return c;
}
