// Quotes and reported speech: find each cue ("said", "told", "according to"), read the speaker phrase beside it
// and the content it introduces, then name the speaker. One left-to-right pass per sentence: linear in the text.
//
// Frames (content | attribution):
//   before:  “X,” she said.   X, officials said.   “X,” said Aaron Zelin.   “X,” he said, “Y.”  (split → parts)
//   after:   He said that X.   Smith told AFP that X.   A report said: “X.”   He said Russia is X.
//   according to:  According to X, Y.   Y, according to X.
// A whole-sentence quotation right after an attributed quote, with no cue of its own, continues that speaker.
import type { Document, EntityMention, Quote, Sentence, Span } from '../core/document.js';
import { findDates } from '../extract/dates.js';
import { actorOf, buildContext, firstTokenFrom, isWord, type QuoteContext } from './context.js';
import { COMPANY_HEADS, MAX_FIRM_MODIFIERS, OTHER_OFFICE, SpeakerMemory, type OnlyPersonBefore, type OtherSubjectBetween, type ResolvedSpeaker, type SubjectPerson, type TitledPersonBefore, type OtherOrganisationBetween, type OrganisationSubjectBefore, type DocumentOwnerBefore, type GroupSubjectBefore, type PersonNamedBetween, type OtherPersonInSentence, type PeopleIntroducedInParagraph, type BodyIntroducedBefore, type DescriptionBefore, type PersonBesideLead, type PersonOpeningBefore, type BodyDescriptionBefore, type PaperBefore, type SurnameFirst, type TopicPerson, BODY_HEADS, PARTY_NAME, publicBodyName } from './coref.js';
import { quoteKind } from './kind.js';
import { opensParagraph, type QuoteRegion } from './marks.js';
import { appositiveEnd, IRREGULAR_PAST, isAbbrevPeriod, isQuoteMark, leftPhrase, LY_NOUNS, MAX_PHRASE_TOKENS, modalAsName, opensPrepositionalInsert, quotedTitleEnd, relativeAntecedent,
  rightPhrase, SPEAKER_ADVERBS } from './phrase.js';
import { type SpeakerInfo, adjectivesAfterLink, analyseSpeaker, beforeMembers, bareApostrophe, BODY_KINDS_BEFORE, commonPluralNoun, dateComma, fullPersonMentionAt, joinedToLinkedName, KIN, MONTH_NAMES, NATIONALITY_ENDING, participleOfNoun, PERSON_RELATIONS, PLATFORMS, POSSESSIVE, relationBeforeTitle, roleWord, timeTailStart, WEEKDAYS } from './speaker.js';
import { introductionOf } from './introduction.js';
import { afterDateline, BE_FORMS, clauseStart, determinedNameNoun, headlineNounCompound, invertedTail, isBareSubject, isClauseVerb, isVerbForm, isQuantifierSubject, isSubjectList,
  ADVERB_OPENERS, baseFormOfCue, isWholeSubject, mainSubject, nounBeforeName, nounPhraseEnd, townStateComma } from './subject.js';
import { CUE_VERB, OBJECT_CUE, WordBits, isFirstName, loadVocabulary, type Gender, type QuoteVocabulary } from './vocabulary.js';
import { combineAttributions, taggedAttributions, type CombineMode } from './model/combine.js';
import type { AttributionTagger } from './model/tagger.js';

/** How the trained attribution tagger (src/quotes/model) joins the rules; without a tagger the rules run alone. */
export interface ExtractOptions {
  tagger?: AttributionTagger | null;
  combine?: CombineMode;
  /** Attributions for cues the vocabulary lacks (src/quotes/model/cues.ts): given the rules' attributions and the
   *  rule frame read around any token taken as a cue, returns the attributions to keep. */
  addCues?: (ctx: QuoteContext, rules: Attribution[], frameAt: (cue: number) => Attribution | undefined) => Attribution[];
}

/** After the opening mark at `k` of a programme's title following its outlet's possessive or "of" ("NBC’s “Today”", "the
 *  hosts of “Morning Joe”"): the token after the title's closing mark; else -1. */
function programmeTitleEnd(ctx: QuoteContext, k: number, b: number): number {
  const owner = ctx.low[k - 1];
  if (!ctx.opens.has(k) || !(owner === '’s' || owner === "'s" || owner === 'of')) return -1;
  return quotedTitleEnd(ctx, k, b);
}

/** Longest object after "told" read as an audience or outlet ("told the UN Security Council"), in tokens. */
const MAX_OBJECT_TOKENS = 8;
/** Content before a comma cue needs at least this many word tokens ("X, he said" with X one word is a list). */
const MIN_CONTENT_WORDS = 2;
const TELL = new Set(['told', 'tell', 'tells', 'telling']);
/** Words opening a subordinate clause after an inverted speaker ("said Ida Moss as she left", "when asked about it"). */
const INVERTED_SUBORDINATORS = new Set(['when', 'as', 'while', 'after', 'before', 'because', 'since', 'until', 'though', 'although']);
const PUT_FORMS = new Set(['put', 'puts']);
const SUPPORT_FORMS = new Set(['support', 'supports', 'supported', 'supporting']);
/** "The statement reads: …", "“…,” it read.": a document's wording. */
const READ_FORMS = new Set(['read', 'reads']);
const SAY_FORMS = new Set(['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'write', 'writes', 'wrote']);
const BREAK_PUNCT = new Set([',', ';', '—', '–', ':']);
const END_PUNCT = new Set(['.', '!', '?', '…']);
const APPOSITIVE_LINKS = new Set(['of', 'at', 'from', 'with']);
const BE = BE_FORMS;
const HAVE = new Set(['has', 'have', 'had']);
/** "-ing" words that open an office rather than a participial clause ("managing director", "acting chairman"). */
const ING_TITLE_WORDS = new Set(['managing', 'acting', 'presiding', 'visiting', 'founding', 'reigning', 'outgoing', 'incoming', 'consulting',
  'marketing', 'publishing', 'engineering', 'governing', 'sitting', 'ruling', 'leading', 'supervising', 'commanding', 'polling', 'coaching']);
const IRREGULAR_PARTICIPLES = new Set(['sought', 'known', 'seen', 'shown', 'thought', 'made', 'given', 'taken', 'told', 'said', 'found']);
/** Longest "in the latest … poll" phrase read as a poll source, in tokens. */
const POLL_PHRASE_TOKENS = 12;
/** Words that keep a poll phrase going after its noun ("the poll released Wednesday"). */
const POLL_TAIL = new Set(['released', 'conducted', 'published', 'taken', 'commissioned', 'by', 'of', 'from', 'for']);
/** Longest speaker name before a headline colon, in tokens. */
const HEADLINE_NAME_TOKENS = 4;
/** Fewest words after a headline colon: "Lee: No" is a label, not a statement. */
const MIN_HEADLINE_WORDS = 3;
/** Headline statements shorter than this, in words, never end with a full stop ("Cruz: Just hang on." is a section label). */
const SHORT_HEADLINE_WORDS = 5;
/** A headline with this many commas after the colon is a list of names. */
const MAX_HEADLINE_COMMAS = 3;
/** Colon labels that are not speakers. */
const HEADLINE_LABELS = new Set(['name', 'plus', 'age', 'city', 'job', 'pay', 'continued', 'update', 'updated', 'note', 'editor', 'watch', 'video', 'photos', 'photo', 'related', 'read', 'source', 'sources', 'correction', 'q', 'a', 'question', 'answer', 'live', 'breaking', 'exclusive', 'opinion', 'analysis', 'poll', 'the', 'file', 'image', 'picture',
  // (credits and teaser labels: "Contributing: Iris Ouyang, …", "BYLINE: Amber Phillips.", "BOOM: …", "Just Leaked: …")
  'contributing', 'byline', 'credit', 'credits', 'boom', 'revealed', 'leaked', 'wow', 'shock', 'shocking', 'must', 'warning']);
/** Prepositions that open a trailing time phrase ("on Friday", "in 2015", "last week"). */
const TIME_PREPOSITIONS = new Set(['on', 'in', 'last', 'this', 'earlier']);
/** Relative words before a speaker whose cue opens the rest of the clause ("which he said …"). */
const RELATIVE_OPENERS = new Set(['which', 'that', 'what']);
/** Pronouns that can only be subjects: one before a cue is its speaker wherever the clause starts. */
const NOMINATIVE = new Set(['he', 'she', 'they', 'i', 'we']);
/** Relative words whose clause has its own subject: "which Lee called …", "what he calls …". */
const OBJECT_RELATIVES = new Set(['which', 'what', 'whom', 'who']);
const CLAUSE_STARTERS = new Set(['and', 'but', 'while', 'as', 'because', 'so', 'yet', 'although', 'though', 'when']);
const LEADING_CONJUNCTIONS = new Set(['and', 'but', 'so', 'yet', 'or']);
/** Words that open a subordinate clause whose subject can speak ("even though a number of attendees said …"). */
const SUBORDINATE = new Set([...CLAUSE_STARTERS, 'if', 'since', 'after', 'before', 'once', 'unless', 'until', 'whereas', 'whether', 'where']);
/** Longest subject between a subordinating word and its cue, in tokens. */
const MAX_SUBORDINATE_SUBJECT = 8;

export interface Attribution {
  cue: number;
  cueEnd: number;
  sentence: number;
  source?: [number, number];
  /** For "who said": the phrase the relative pronoun stands for. */
  antecedent?: [number, number];
  parts: Span[];
  direct: boolean;
  conduit?: [number, number];
  /** A transcript label's paragraphs: "I" and "we" inside them are the labelled speaker. */
  transcript?: boolean;
  time?: [number, number];
  /** An earlier attribution this quotation continues (cueless follow-on quotation). */
  parent?: Attribution;
  /** End of an appositive in dashes after the speaker phrase ("Jason Sims — a teacher from Mount Pleasant — says"): the
   *  speaker's span runs to it, its name and affiliation are read without it. */
  insertEnd?: number;
  /** A deed read as a frame: its speaker is named and remembered for the pronouns after it, but it is no quote.
   *  "covering": its object keeps the cue forms inside it from reading as sayings, as a quote's content would ("The other
   *  changes see recalls for …", "agreed a new deal with …"); "open": it takes no words from the sayings around it
   *  ("continued his bid …, and didn't endorse her"). */
  deed?: 'covering' | 'open';
}

/** Most words of a speaker's label in capitals opening a quotation ("“PENCE:", "“CHRIS WALLACE:"). */
const MAX_LABEL_WORDS = 3;

/** "“PENCE: Well, look, …”": a quotation opening at token `i` with a label in capital letters and a colon, the label's
 *  speaker saying the rest of it. */
function labelledQuotationFrame(ctx: QuoteContext, i: number, si: number): Attribution | undefined {
  const r = ctx.opens.get(i)!;
  let k = i + 1;
  while (k < ctx.tokens.length && k - i <= MAX_LABEL_WORDS && isWord(ctx, k) && ctx.surf[k].length > 1 && ctx.surf[k] === ctx.surf[k].toUpperCase() &&
    /\p{Lu}/u.test(ctx.surf[k])) k++;
  if (k === i + 1 || ctx.surf[k] !== ':' || ctx.regionOf[k] !== r || k + 1 >= ctx.tokens.length || ctx.regionOf[k + 1] !== r) return undefined;
  if (k === i + 2 && NOT_SPEAKER_LABELS.has(ctx.low[i + 1])) return undefined; // ("“VIDEO: …”")
  const parts = [trimSpan(ctx.text, ctx.tokens[k + 1].start, ctx.regions[r].end)];
  // (the answer goes on in the paragraphs its quotation runs on into, up to the next label or a "(CROSSTALK.)")
  for (let n = r + 1; n < ctx.regions.length && ctx.regions[n].continues && !TRANSCRIPT_TURN.test(ctx.text.slice(ctx.regions[n].start, ctx.regions[n].end)); n++) {
    parts.push(trimSpan(ctx.text, ctx.regions[n].start, ctx.regions[n].end));
  }
  return { cue: k, cueEnd: k + 1, sentence: si, source: [i + 1, k], parts, direct: true };
}

/** A quoted transcript paragraph that opens another turn: a speaker's label in capitals or a bracketed note. */
const TRANSCRIPT_TURN = /^\s*(?:[([]|\p{Lu}[\p{Lu}.'’ -]*:)/u;

/** Labels in capitals that head a quotation without speaking it. */
const NOT_SPEAKER_LABELS = new Set(['video', 'photo', 'photos', 'watch', 'update', 'note', 'listen', 'read', 'breaking', 'audio', 'exclusive', 'live']);

const SIGNATURE_DASHES = new Set(['―', '—', '–']);
/** Most words of the name signing a quotation. */
const MAX_SIGNATURE_WORDS = 4;

/** "“…” ― Sonya Herridge “…”": the quotation closing right before the dash at `i`, signed by the capitalised name after the
 *  dash, which ends at the sentence's end, a full stop or the next quotation; a name of two words at least, or one the
 *  entity layer tags as a person. */
function signatureFrame(ctx: QuoteContext, i: number, b: number, si: number): Attribution | undefined {
  let k = i + 1;
  while (k < b && k - i <= MAX_SIGNATURE_WORDS && ctx.cap[k] && isWord(ctx, k) && ctx.regionOf[k] < 0) k++;
  const words = k - i - 1;
  if (words === 0 || words > MAX_SIGNATURE_WORDS) return undefined;
  if (k < b && !ctx.opens.has(k) && !END_PUNCT.has(ctx.surf[k])) return undefined;
  const person = (ctx.entities ?? []).some((m) => m.label === 'PER' && m.start === ctx.tokens[i + 1].start);
  if (words < 2 && !person) return undefined;
  return { cue: i, cueEnd: i + 1, sentence: si, source: [i + 1, k], parts: chainEndingAt(ctx, ctx.closes.get(i - 1)!), direct: true };
}

/** Where a frame's cue is: the fields every attribution of the frame shares. */
interface FrameBase {
  cue: number;
  cueEnd: number;
  sentence: number;
  conduit?: [number, number];
  time?: [number, number];
}

/** An attribution with every field written in one order: one object shape for all (spreads of varying shapes were
 *  the costliest line of the stage). */
function framed(base: FrameBase, source: [number, number] | undefined, content: { parts: Span[]; direct: boolean },
  antecedent?: [number, number]): Attribution {
  return {
    cue: base.cue, cueEnd: base.cueEnd, sentence: base.sentence, source, antecedent, parts: content.parts, direct: content.direct,
    conduit: base.conduit, time: base.time, insertEnd: undefined,
  };
}

function sentenceContentEnd(ctx: QuoteContext, from: number, b: number): number {
  let e = b - 1;
  while (e > from && (!isWord(ctx, e) || isQuoteMark(ctx, e)) && !(ctx.regionOf[e] >= 0)) e--;
  // ("… near 180 mph (285 kph).": the bracket opened inside the content closes with it)
  if (e + 1 < b && ctx.surf[e + 1] === ')' && ctx.surf.lastIndexOf('(', e) >= from && ctx.surf.lastIndexOf(')', e) < ctx.surf.lastIndexOf('(', e)) return ctx.tokens[e + 1].end;
  // ("… cuts pay by nearly 10%.": a percent sign glued to the number)
  if (e + 1 < b && ctx.surf[e + 1] === '%' && ctx.tokens[e].end === ctx.tokens[e + 1].start) return ctx.tokens[e + 1].end;
  // ("… preceding 10 a.m.": an abbreviation keeps the period the sentence ends with)
  if (e + 1 < b && ctx.surf[e + 1] === '.' && /\.\p{L}$/u.test(ctx.surf[e]) && ctx.tokens[e].end === ctx.tokens[e + 1].start) return ctx.tokens[e + 1].end;
  // ("the plan was “dead”.": the closing mark of a quotation opened inside the content stays with it)
  const close = e + 1;
  if (close < b && ctx.closes.has(close) && ctx.regions[ctx.closes.get(close)!].open >= ctx.tokens[from].start) return ctx.tokens[close].end;
  return ctx.tokens[e].end;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (end > start && /[\s,;:—–-]/.test(text[end - 1])) end--;
  while (start < end && /\s/.test(text[start])) start++;
  // ("buy back shares worth 1bn Swiss francs ($861m)": a bracket opened inside takes its close)
  if (text[end] !== ')') return { start, end };
  let open = 0;
  for (let k = start; k < end; k++) open += text[k] === '(' ? 1 : text[k] === ')' ? -1 : 0;
  while (open > 0 && text[end] === ')') (end++, open--);
  return { start, end };
}

/** Region `r` and the paragraphs that continue it, as parts. */
function regionChain(ctx: QuoteContext, r: number): { parts: Span[]; last: number } {
  const parts: Span[] = [trimSpan(ctx.text, ctx.regions[r].start, ctx.regions[r].end)];
  let last = r;
  while (last + 1 < ctx.regions.length && ctx.regions[last + 1].continues) {
    last++;
    parts.push(trimSpan(ctx.text, ctx.regions[last].start, ctx.regions[last].end));
  }
  return { parts, last };
}

/** The parts of the quotation whose last region is `r`, from the first region it continues. */
function chainEndingAt(ctx: QuoteContext, r: number): Span[] {
  let first = r;
  while (first > 0 && ctx.regions[first].continues) first--;
  const parts: Span[] = [];
  for (let k = first; k <= r; k++) parts.push(trimSpan(ctx.text, ctx.regions[k].start, ctx.regions[k].end));
  return parts;
}

function onlyPunctBetween(ctx: QuoteContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/[\p{L}\p{N}]/u.test(ctx.text[i])) return false;
  return true;
}

/** Whether [from, to) holds a verb with its object (a finite or irregular form, or an "-ed" word before a determiner)
 *  before any relative clause. */
function clauseInside(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = ctx.low[k];
    if (RELATIVE_OPENERS.has(w) || w === 'who') return false; // the verb of a relative clause
    if (ctx.vocab.finiteVerbs.has(w) || isClauseVerb(w)) return true;
    if (!ctx.cap[k] && w.endsWith('ed') && k + 1 < to && (ctx.vocab.determiners.has(ctx.low[k + 1]) || ctx.vocab.pronouns.has(ctx.low[k + 1]))) return true;
  }
  return false;
}

/** Whether a quotation opening at offset `at` stands alone in its sentence: a colon right before it (spaces between
 *  allowed), or a full stop, "!" or "?" and a space — a sentence end the segmenter kept ("the SEC. “Companies …"). */
function quotationStandsAlone(ctx: QuoteContext, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /\s/.test(ctx.text[k])) k--;
  if (k < 0) return false;
  return ctx.text[k] === ':' || (k < at - 1 && (ctx.text[k] === '.' || ctx.text[k] === '!' || ctx.text[k] === '?'));
}

/** Content ending just before token `endTok` (a comma or closing mark): the "before" frame. */
function contentBefore(ctx: QuoteContext, endTok: number, a: number, clauseOnly = false): { parts: Span[]; direct: boolean } | undefined {
  const sentence = ctx.sentences[ctx.sentenceOf[a]];
  let tok = endTok;
  if (ctx.surf[tok] === ',' && tok - 1 >= a && ctx.closes.has(tok - 1)) tok--; // `”,` order
  if (ctx.closes.has(tok)) {
    const r = ctx.closes.get(tok)!;
    let first = r;
    while (first > 0 && ctx.regions[first].continues) first--;
    const region = ctx.regions[r];
    const startRegion = ctx.regions[first];
    // (after a colon the quotation stands alone: "… was disappointed by the decision: “While we wait,” he said, “…”")
    // (or after a full stop the segmenter did not split at: "… and the SEC. “Companies cannot bribe …,” said Wray")
    if (startRegion.open < sentence.start || onlyPunctBetween(ctx, sentence.start, startRegion.open) || quotationStandsAlone(ctx, startRegion.open)) {
      return { parts: chainEndingAt(ctx, r), direct: true };
    }
    return { parts: [trimSpan(ctx.text, sentence.start, region.end)], direct: false };
  }
  // "…; his death, they reported, was described as …": a parenthetical speaker's clause starts after a semicolon
  // (not one inside parentheses: "($10.2bn; £5.5bn)").
  let from = a;
  for (let k = endTok - 1, depth = 0; clauseOnly && k > a; k--) {
    if (ctx.surf[k] === ')') depth++;
    else if (ctx.surf[k] === '(') depth--;
    else if (ctx.surf[k] === ';' && depth <= 0 && ctx.regionOf[k] < 0) {
      from = k + 1;
      break;
    }
  }
  from = afterDateline(ctx, from, endTok); // "VIENNA — The house …, the minister said"
  // ("Past nominees “were stiff. They weren’t fun. There was no joy” in comparison to Obama, Vale said.": a clause whose
  // quotation the segmenter split at its full stops starts with the sentence its quotation opens in)
  const inside = from === a && !clauseOnly ? ctx.regionOf[from] : -1;
  const region = inside >= 0 ? ctx.regions[inside] : undefined;
  if (region && !region.continues && region.close >= 0 && region.open < ctx.tokens[from].start && region.end < ctx.tokens[endTok].start) {
    from = ctx.sentences[ctx.sentenceOf[firstTokenFrom(ctx, region.open)]].tokenStart;
  }
  // ("“…,” said Joshua Osagie, a cocoa farmer from Edo state told Reuters": a quotation already given its inverted speaker
  // is no content of another cue)
  // (not a scare quote inside the clause: "The candidate labeled “a leader who …” continues to lead")
  for (let k = from + 2; k < endTok; k++) {
    if ((ctx.cueForm[k] & CUE_VERB) !== 0 && ctx.closes.has(k - 1) && QUOTATION_ENDS.has(ctx.surf[k - 2])) return undefined;
  }
  let words = 0;
  for (let i = from; i < endTok; i++) if (isWord(ctx, i)) words++;
  if (words < MIN_CONTENT_WORDS) return undefined;
  let last = endTok - 1;
  while (last > from && ctx.closes.has(last)) last--;
  const first = ctx.opens.has(from) ? from + 1 : from;
  return { parts: [trimSpan(ctx.text, ctx.tokens[first].start, ctx.tokens[last].end)], direct: false };
}

/** Punctuation that closes a reported quotation inside its marks (`“…,” said`), not a scare quote. */
const QUOTATION_ENDS = new Set([',', '.', '?', '!']);

/** Present cue forms that open a second statement of the same speaker after "and" ("… and says it also offers …"). */
const PRESENT_SAY_FORMS = new Set(['says', 'claims', 'insists', 'argues', 'warns', 'adds', 'admits', 'denies', 'maintains']);

/** Past forms of verbs that take no object, so never a noun's participle ("shares tumbled", "the company collapsed"). */
const INTRANSITIVE_PASTS = new Set(['collapsed', 'tumbled', 'fell', 'rose', 'jumped', 'slumped', 'soared', 'plunged', 'surged', 'crashed', 'died',
  'resigned', 'slipped', 'climbed', 'dived', 'sank', 'rallied', 'declined', 'dipped', 'edged', 'retreated', 'arrived', 'went', 'came', 'happened',
  'occurred', 'emerged', 'slid', 'skidded', 'sagged', 'tanked', 'stalled']);
/** Subordinators of a time clause after an inverted cue's speaker ("…, the minister said as the conference began"). */
const TIME_CLAUSE_OPENERS = new Set(['as', 'when', 'while', 'after', 'before']);
/** Most words of the doer's phrase after "saw" before the leftmost word the subject search kept. */
const MAX_SEEN_DOER = 6;
/** The form of "see" whose object does what a bare verb after it says ("the meeting saw MPs warn that …"; not "57 percent
 *  see Trump negatively while 61 percent say …"). */
const SAW_FORMS = new Set(['saw']);

/** Verbs a poll's share gives alone as its answer ("and 38% disagreed"). */
const POLL_VERDICTS = new Set(['agreed', 'disagreed', 'agree', 'disagree', 'dissented', 'objected']);

/** Whether a clause cue follows a poll's share ending before token `v`, right away or after "of" and a few words ("… of
 *  voters said"). */
function shareCueAt(ctx: QuoteContext, v: number, b: number): boolean {
  let k = v;
  if (ctx.low[k] === 'of') {
    k++;
    while (k < b && k - v <= MAX_SHARE_OF_WORDS && isWord(ctx, k) && !(ctx.vocab.bareClauseVerbs.has(ctx.low[k]) && ctx.vocab.cueVerbs.has(ctx.low[k]))) k++;
  }
  return k < b && !ctx.cap[k] && ctx.vocab.bareClauseVerbs.has(ctx.low[k]) && ctx.vocab.cueVerbs.has(ctx.low[k]);
}
/** Most words of "of …" after a poll's share before its cue. */
const MAX_SHARE_OF_WORDS = 5;

/** After a share of a poll opening at token `k` ("38%", "40 per cent"): the token after it, else 0. */
function pollShareAt(ctx: QuoteContext, k: number): number {
  if (ctx.tokens[k]?.kind !== 'number') return 0;
  if (ctx.surf[k + 1] === '%') return k + 2;
  if (ctx.low[k + 1] === 'percent') return k + 2;
  if (ctx.low[k + 1] === 'per' && ctx.low[k + 2] === 'cent') return k + 3;
  return 0;
}

/** Conjunctions that join a clause with a speaker of its own to the content before it. */
const COORDINATORS = new Set(['and', 'but', 'while']);
/** Most lower-case title words read before a name opening a clause after "and" ("and manager Jose Mourinho said"). */
const MAX_COORDINATED_TITLE = 3;

/** Whether [s, e) is a titled name ("manager Jose Mourinho") or a description ending in a role word ("an IAAF spokesman"). */
function speakerAfterAnd(ctx: QuoteContext, s: number, e: number): boolean {
  let t = s;
  while (t < e && t - s < MAX_COORDINATED_TITLE && !ctx.cap[t] && roleWord(ctx, ctx.low[t])) t++;
  if (t > s && t < e && ctx.low.slice(t, e).every((x, n) => ctx.cap[t + n])) return true;
  return ARTICLES.has(ctx.low[s]) && e - s <= MAX_COORDINATED_TITLE + 1 && roleWord(ctx, ctx.low[e - 1]) && !ctx.low[e - 1].endsWith('s');
}

/** Whether a bare subject from `s`, then an adverb in -ly, then a cue verb open a clause ("Redouane consistently claimed"). */
function adverbCueAfter(ctx: QuoteContext, s: number, b: number): boolean {
  for (let k = s + 1; k + 1 < b && k - s <= MAX_COORDINATED_SUBJECT; k++) {
    if (!isWord(ctx, k)) return false;
    if (ctx.low[k].endsWith('ly') && !ctx.cap[k] && (ctx.cueForm[k + 1] & CUE_VERB) !== 0 && !ctx.cap[k + 1]) return isBareSubject(ctx, s, k);
  }
  return false;
}

/** `b`, or the comma that opens a further attribution (", according to …", ", adding …") before it. */
function nextAttributionBreak(ctx: QuoteContext, k: number, b: number): number {
  for (let j = k + 1; j + 1 < b; j++) {
    // `“…,” according to …`: the quotation's comma sits inside the marks.
    if (ctx.closes.has(j) && ctx.low[j + 1] === 'according' && ctx.low[j + 2] === 'to' && ctx.surf[j - 1] === ',') return j + 1;
    // ("said he was in a serious condition; TVN24 reported he …": a semicolon, then a name and its past form, is the
    // writer's next clause)
    // (or any speaker with a cue of its own: "…; Redouane consistently claimed sex was consensual")
    // ("noted the need to act: “…,” said Tedros Adhanom Ghebreyesus": a quotation after a colon with a speaker of its own)
    if (ctx.surf[j] === ':' && ctx.regionOf[j] < 0 && ctx.opens.has(j + 1) && quotationSaidByOther(ctx, j + 1)) return j;
    // (or a name, the clause's own subject, opening what follows: "indicated they would appeal; Quirin wept in his lawyer's arms",
    // "… in the polls in Minnesota; Minnesota is Klobuchar's home state")
    if (ctx.surf[j] === ';' && ctx.regionOf[j] < 0 && (nameWithPastAt(ctx, j + 1, b) || coordinatedSpeaker(ctx, j + 1, b) || adverbCueAfter(ctx, j + 1, b) ||
      nameSubjectAt(ctx, j + 1, b))) return j;
    // ("… will not attend the convention and others have said …", "… cheeseburger - an old favorite - others say …": a
    // quantifier standing alone as the subject of a cue of its own, after "and", "but" or a dash, without a comma)
    if (ctx.regionOf[j] < 0 && (COORDINATORS.has(ctx.low[j]) || isDash(ctx, j)) && isQuantifierSubject(ctx, j + 1) && ctx.vocab.pronouns.get(ctx.low[j + 1]) !== 'relative' &&
      coordinatedSpeaker(ctx, j + 1, b)) return j;
    // ("32% said Mr Blair was a good prime minister and 38% disagreed", "… and 40% of voters said …": a poll's next share, with
    // a verdict or a cue of its own)
    if (ctx.regionOf[j] < 0 && COORDINATORS.has(ctx.low[j]) && pollShareAt(ctx, j + 1) > 0) {
      const v = pollShareAt(ctx, j + 1);
      if ((POLL_VERDICTS.has(ctx.low[v] ?? '') && (v + 1 >= b || !isWord(ctx, v + 1))) || shareCueAt(ctx, v, b)) return j;
    }
    // ("… simultaneously but designers would not confirm if …": a contrast with a speaker and cue of its own)
    if (ctx.low[j] === 'but' && ctx.regionOf[j] < 0 && !ALL_BUT.has(ctx.low[j - 1]) && !ctx.vocab.pronouns.has(ctx.low[j + 1]) && coordinatedSpeaker(ctx, j + 1, b)) return j;
    // ("… in an “appalling tragedy” while Interior Minister Joachim Brudziński wrote he had ordered …": so does one after "while")
    if ((ctx.low[j] === 'while' || ctx.low[j] === 'whereas') && ctx.regionOf[j] < 0 && !ctx.vocab.pronouns.has(ctx.low[j + 1]) && coordinatedSpeaker(ctx, j + 1, b)) return j;
    // ("revealed some MPs had been using them and he also cautioned members …": a pronoun's cue of its own)
    if (ctx.low[j] === 'and' && ctx.regionOf[j] < 0 && pronounCueAt(ctx, j + 1, b)) return j;
    if (ctx.regionOf[j] < 0 && writersDashClause(ctx, k + 1, j)) return j;
    if (ctx.surf[j] !== ',' || ctx.regionOf[j] >= 0) continue;
    const next = ctx.low[j + 1];
    if ((next === 'according' && ctx.low[j + 2] === 'to') || ctx.vocab.participleCues.has(next)) return j;
    // "The trend shows that …, said a panel of experts.": an inverted speaker of its own ends the sentence.
    if (SAY_FORMS.has(next) && !ctx.cap[j + 1] && j + 2 < b && !ctx.vocab.pronouns.has(ctx.low[j + 2]) && invertedSpeakerAt(ctx, j + 2, b)) return j;
    // "…, with spokesman Ali Karimi saying …": an absolute clause with a speaker of its own.
    if (next === 'with' && withSpeakerCue(ctx, j + 2, b) > 0) return j;
    // "…, and more than 4 in 10 said …": a coordinated clause with a speaker and cue of its own.
    // (", however Bonham noted …" too)
    if ((next === 'and' || next === 'but' || next === 'while' || next === 'however') && coordinatedSpeaker(ctx, j + 2, b)) return j;
    // ("… funding for the wall, which was one of his campaign promises, but Congress has not passed his budget": a contrast
    // whose subject is a name and whose verb is the writer's, no cue of anyone's)
    if (next === 'but' && writersContrast(ctx, j + 2, b)) return j;
    // "Although Lee says that …, others argue that …": a quantifier subject with a cue of its own opens the main clause.
    if (isQuantifierSubject(ctx, j + 1) && j + 2 < b && (ctx.cueForm[j + 2] & CUE_VERB) !== 0 && !ctx.cap[j + 2]) return j;
    // "…, to which O'Malley interjected: “…”": a relative clause with a speaker and cue of its own.
    // (", with which Hawkins and La Riva somewhat agreed" too)
    if ((next === 'to' || next === 'at' || next === 'in' || next === 'with') && ctx.low[j + 2] === 'which' && cueWithin(ctx, j + 3, b)) return j;
  }
  // "… but added, “…”": a second cue of the same speaker starts its own content.
  let firstVerb: string | undefined;
  for (let j = k + 1; j + 1 < b; j++) {
    if (!firstVerb && verbLike(ctx, ctx.low[j - 1])) firstVerb = ctx.low[j - 1];
    // ("declared himself “immune” and offered to kiss …": after what has no verb of its own, "and" with a past form and its
    // object or adjunct is the speaker's next deed; so is ", and" with one after a clause in the present or future tense,
    // "insisted Mr Brown will have a key role, and praised his handling of …")
    if ((!firstVerb || (ctx.surf[j - 1] === ',' && NOT_PAST_AUXILIARIES.has(firstVerb))) && j > k + 1 && ctx.low[j] === 'and' && ctx.regionOf[j] < 0 &&
      j + 2 < b && pastDeedAt(ctx, j + 1)) return j;
    if ((ctx.low[j] === 'but' || ctx.low[j] === 'and') && ctx.regionOf[j] < 0) {
      let after = ctx.low[j + 1] === 'also' || ctx.low[j + 1] === 'then' ? j + 2 : j + 1;
      // ("claims its downfall was punishment … and has vowed to sue", "claims the price … and says it also offers …")
      const perfect = HAVE.has(ctx.low[after]) && after + 1 < b;
      if (perfect) after++;
      const past = ctx.low[after].endsWith('ed') || IRREGULAR_PARTICIPLES.has(ctx.low[after]);
      // (not "… and had shown it to friends": showing a thing says nothing)
      if (after < b && ctx.vocab.cueVerbs.has(ctx.low[after]) && (past || (!perfect && PRESENT_SAY_FORMS.has(ctx.low[after]))) &&
        !(perfect && SHOW_FORMS.has(ctx.low[after]))) return j;
    }
  }
  return b;
}

/** Whether `w` reads as a verb: finite, an auxiliary or a past form. */
function verbLike(ctx: QuoteContext, w: string): boolean {
  return ctx.vocab.finiteVerbs.has(w) || ctx.vocab.auxiliaries.has(w) || IRREGULAR_PAST.has(w) || (w.endsWith('ed') && w.length > 4);
}

/** Auxiliaries of the present or future tense, whose clause a past form after ", and" does not go on. */
const NOT_PAST_AUXILIARIES = new Set(['will', 'shall', 'can', 'must', 'is', 'are', 'am', 'does', 'do', 'should', 'may']);

/** Whether a lower-case past form at `k` takes an object or adjunct ("offered to kiss", "praised his handling"). */
function pastDeedAt(ctx: QuoteContext, k: number): boolean {
  const w = ctx.low[k];
  const next = ctx.low[k + 1];
  return !ctx.cap[k] && (IRREGULAR_PAST.has(w) || (w.endsWith('ed') && w.length > 4)) && (ctx.vocab.determiners.has(next) ||
    ADJUNCT_PREPOSITIONS.has(next) || OBJECT_PRONOUNS.has(next) || POSSESSIVES.has(next) || next === 'for' || DEED_MODIFIERS.has(next));
}
/** Modifiers opening a past form's object ("and placed further emphasis on …"). */
const DEED_MODIFIERS = new Set(['further', 'more', 'new', 'fresh', 'renewed', 'particular', 'special']);

/** Words before "but" meaning "except" ("all but two said"): no contrast follows. */
const ALL_BUT = new Set(['all', 'nothing', 'anything', 'everything', 'none', 'everyone', 'anyone', 'nobody', 'everybody', 'last', 'first', 'next']);

/** Whether a clause at `s` opens with a capitalised name (not a pronoun) and an auxiliary ("Congress has not passed …"). */
function writersContrast(ctx: QuoteContext, s: number, b: number): boolean {
  let k = ctx.low[s] === 'the' ? s + 1 : s;
  const first = k;
  while (k < b && k - first < MAX_CLAUSE_NAME_TOKENS && ctx.cap[k] && isWord(ctx, k)) k++;
  return k > first && k < b && MAIN_AUXILIARIES.has(ctx.low[k]) && !ctx.vocab.pronouns.has(ctx.low[first]);
}

/** Whether a name the entity layer found opens a clause at `s` (or a nationality before a plural noun: "Chinese authorities"),
 *  a lower-case verb after it ("Quirin wept", "Interpol didn't disclose", "Minnesota is"). */
function nameSubjectAt(ctx: QuoteContext, s: number, b: number): boolean {
  if (s >= b || !ctx.cap[s] || ctx.low[s] === 'i') return false;
  const mention = (ctx.entities ?? []).find((m) => m.start === ctx.tokens[s].start);
  if (!mention) return false;
  let k = firstTokenFrom(ctx, mention.end);
  // ("Chinese authorities referred …": a nationality and a plural noun)
  if (mention.label === 'MISC' && NATIONALITY_ENDING.test(ctx.low[k - 1]) && k < b && !ctx.cap[k] && commonPluralNoun(ctx, k)) k++;
  if (k >= b || ctx.cap[k] || !isWord(ctx, k)) return false;
  const w = ctx.low[k];
  return verbLike(ctx, w) || VERBS_AFTER_NAME.has(w);
}
/** Verbs after a name that verbLike leaves out: negated auxiliaries ("didn't") and some irregular pasts ("wept"); not subject.ts's
 *  wider isVerbForm, whose clause verbs cut PolNeAR contents that go on past a semicolon. */
const VERBS_AFTER_NAME = new Set(["didn't", 'didn’t', "doesn't", 'doesn’t', "won't", 'won’t', "wasn't", 'wasn’t', "isn't", 'isn’t', 'wept', 'went', 'met',
  'led', 'left', 'held', 'won', 'lost']);

/** Whether a name ("TVN24", "the Tribune", "Ann Lee") at `s` is followed by a lower-case past form or cue form. */
function nameWithPastAt(ctx: QuoteContext, s: number, b: number): boolean {
  let k = ctx.low[s] === 'the' ? s + 1 : s;
  const first = k;
  while (k < b && k - first < MAX_CLAUSE_NAME_TOKENS && ctx.cap[k] && (isWord(ctx, k) || ctx.tokens[k].kind === 'number')) k++;
  if (k === first || k >= b || ctx.cap[k] || !isWord(ctx, k)) return false;
  const w = ctx.low[k];
  return (w.endsWith('ed') && w.length > 4) || IRREGULAR_PAST.has(w) || (ctx.cueForm[k] & CUE_VERB) !== 0;
}

/**
 * End of a speaker phrase [s, end) before a ", who said …" relative clause that is an attribution of its own: PolNeAR
 * leaves it out of the speaker ("Jeremy, who supports Sanders, says …" → "Jeremy"); other relative clauses stay.
 */
function attributingRelative(ctx: QuoteContext, s: number, end: number): number {
  const v = ctx.vocab;
  for (let k = s + 1; k + 2 < end; k++) {
    if (ctx.surf[k] !== ',' || (ctx.low[k + 1] !== 'who' && ctx.low[k + 1] !== 'which')) continue;
    let c = k + 2;
    while (c < end && (v.auxiliaries.has(ctx.low[c]) || ctx.low[c].endsWith('ly'))) c++;
    if (c < end && (v.cueVerbs.has(ctx.low[c]) || v.objectCues.has(ctx.low[c]))) return k;
  }
  return end;
}

/** For ", who said X, said Y": the comma that closes the relative clause before the main verb, else `b`. */
function relativeClauseEnd(ctx: QuoteContext, from: number, b: number): number {
  const v = ctx.vocab;
  for (let j = from + 1; j + 1 < b; j++) {
    if (ctx.surf[j] !== ',' || ctx.regionOf[j] >= 0) continue;
    const w = ctx.low[j + 1];
    if (v.cueVerbs.has(w) || v.finiteVerbs.has(w) || v.objectCues.has(w)) return j;
    // ("The council, which said the plan was bad, faces a vote": a present or past form of the main clause after the comma)
    if (!ctx.cap[j + 1] && isWord(ctx, j + 1) && j + 2 < b && (v.determiners.has(ctx.low[j + 2]) || ARTICLES.has(ctx.low[j + 2])) &&
      ((w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) || (w.length > 4 && w.endsWith('ed')) || IRREGULAR_PAST.has(w))) return j;
  }
  return b;
}

/** Whether a clause's subject may open at token `k`: an article or determiner, a name, a number or a nominative pronoun. */
function clauseOpening(ctx: QuoteContext, k: number): boolean {
  return ARTICLES.has(ctx.low[k]) || ctx.vocab.determiners.has(ctx.low[k]) || (ctx.cap[k] && isWord(ctx, k) && !ctx.vocab.participleCues.has(ctx.low[k])) ||
    ctx.tokens[k].kind === 'number' || NOMINATIVE.has(ctx.low[k]);
}

/** Auxiliaries and forms of "be" that can be a main clause's finite verb after a subject's relative clause. */
const MAIN_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might']);

/** In content from `from` of a restrictive relative clause inside a subject ("Voters who say the economy is most important
 *  were divided"): the main clause's verb, a second finite auxiliary right after a content word with no clause word
 *  between; else `b`. */
function mainVerbAfterRelative(ctx: QuoteContext, from: number, b: number): number {
  let verbs = 0;
  for (let j = from; j < b; j++) {
    const w = ctx.low[j];
    if (!isWord(ctx, j) || ctx.regionOf[j] >= 0) return b;
    if (CLAUSE_LINK_WORDS.has(w)) return b;
    if (!MAIN_AUXILIARIES.has(w)) continue;
    if (verbs > 0 && j - 1 > from && !ctx.vocab.pronouns.has(ctx.low[j - 1]) && !MAIN_AUXILIARIES.has(ctx.low[j - 1])) return j;
    verbs++;
  }
  return b;
}
/** Words that open or join another clause inside a content, after which a finite verb may be that clause's. */
const CLAUSE_LINK_WORDS = new Set(['that', 'who', 'which', 'whom', 'whose', 'and', 'or', 'but', 'if', 'because', 'when', 'while', 'whether', 'what',
  'where', 'as', 'than', 'although', 'though', 'since', 'until', 'unless', 'before', 'after']);

/** Whether a quotation opens between `k` and `b`. */
function quotationOpensIn(ctx: QuoteContext, k: number, b: number): boolean {
  for (let j = k; j < b; j++) if (ctx.opens.has(j)) return true;
  return false;
}

/** Subordinators that open a sentence with a clause before its main one ("While Lee did not say whether …, Kim …"). */
const FRONT_SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'if', 'because', 'since', 'unless', 'when', 'after', 'before']);

/** For content starting at `from` inside a sentence-opening subordinate clause with no comma yet: the clause's comma,
 *  where the main clause begins; else `b`. */
function frontedClauseEnd(ctx: QuoteContext, a: number, from: number, b: number): number {
  let first = LEADING_CONJUNCTIONS.has(ctx.low[a]) ? a + 1 : a;
  // ("At the same time as Nigeria announced its new initiative, Ghana … announced …": a short lead before the subordinator)
  if (!FRONT_SUBORDINATORS.has(ctx.low[first]) && ctx.cap[first]) {
    let f = first + 1;
    const subordinator = (k: number) => FRONT_SUBORDINATORS.has(ctx.low[k]) || ctx.low[k] === 'as';
    while (f < from && f - first <= MAX_SUBORDINATOR_LEAD && isWord(ctx, f) && !ctx.cap[f] && !subordinator(f)) f++;
    if (f < from && f - first <= MAX_SUBORDINATOR_LEAD && subordinator(f) && SUBORDINATOR_LEADS.has(ctx.low[first])) first = f;
    else return b;
  } else if (!FRONT_SUBORDINATORS.has(ctx.low[first]) || !ctx.cap[first]) return b;
  for (let j = first + 1; j < from; j++) if (ctx.surf[j] === ',' || ctx.regionOf[j] >= 0) return b;
  let comma = firstCommaOr(ctx, from - 1, b);
  // (not the comma of a place and its state: "in Bunkerville, Nev., others argue")
  while (placeStateComma(ctx, comma, b)) comma = firstCommaOr(ctx, comma + 1, b);
  return comma - from < MIN_FRONTED_CONTENT ? b : comma; // (not "agreed to, not take over, but …")
}
/** Whether the comma at `k` joins a place and its state's abbreviation ("Bunkerville, Nev.,", "Kenansville, N.C.,"). */
function placeStateComma(ctx: QuoteContext, k: number, b: number): boolean {
  return k > 0 && k + 2 < b && ctx.surf[k] === ',' && ctx.cap[k - 1] && isWord(ctx, k - 1) && ctx.cap[k + 1] && isWord(ctx, k + 1) &&
    (ctx.surf[k + 2] === '.' || ctx.surf[k + 2] === ',' || DOTTED_INITIALS.test(ctx.surf[k + 1])); // ("Binghamton, N.Y. “…”")
}
/** A state's abbreviation the tokenizer keeps whole with its final period ("N.Y.", "D.C."). */
const DOTTED_INITIALS = /^(\p{Lu}\.){2,}$/u;
/** Longest lead before a fronted clause's subordinator ("At the same time as"), in tokens. */
const MAX_SUBORDINATOR_LEAD = 5;
/** Words opening such a lead ("At the same time as", "Just as", "Even as", "Shortly after", "Soon after"). */
const SUBORDINATOR_LEADS = new Set(['at', 'just', 'even', 'shortly', 'soon', 'only', 'long', 'right']);
/** Fewest tokens of a content cut at a fronted clause's comma. */
const MIN_FRONTED_CONTENT = 2;

/** The first comma outside quotation marks after `from` (before `b`), else `b`. */
function firstCommaOr(ctx: QuoteContext, from: number, b: number): number {
  for (let j = from + 1; j < b; j++) if (ctx.surf[j] === ',' && ctx.regionOf[j] < 0) return j;
  return b;
}

/** Longest subject of a coordinated attribution clause ("and most voters said"), in tokens. */
const MAX_COORDINATED_SUBJECT = 8;
/** Words before a number opening a subject ("only 49 percent", "just 12 members"). */
const QUANTITY_LEADS = new Set(['only', 'just', 'about', 'nearly', 'almost', 'some', 'roughly', 'around', 'over']);

/** Whether a cue verb follows a short subject at `s` ("O'Malley interjected", "the mayor replied"). */
function cueWithin(ctx: QuoteContext, s: number, b: number): boolean {
  for (let k = s + 1; k < b && k - s <= MAX_COORDINATED_SUBJECT; k++) {
    if (!isWord(ctx, k)) return false;
    if (ctx.vocab.cueVerbs.has(ctx.low[k])) return true;
  }
  return false;
}

/** Longest parenthetical after a name inside a coordinated subject, in tokens. */
const MAX_NAME_PARENTHETICAL = 24;

/** Whether a subject starting at `s` is followed, within a few words and no punctuation, by a clause cue ("said", "say"). */
function coordinatedSpeaker(ctx: QuoteContext, s: number, b: number): boolean {
  let parenthetical = 0;
  for (let k = s + 1; k < b && k - s - parenthetical <= MAX_COORDINATED_SUBJECT; k++) {
    // ("but Sen. Chris Murphy (a Connecticut Democrat …) says": a parenthetical after a name)
    if (ctx.surf[k] === '(' && ctx.cap[k - 1]) {
      const close = ctx.surf.indexOf(')', k);
      if (close > k && close < b && close - k <= MAX_NAME_PARENTHETICAL) {
        parenthetical += close - k + 1;
        k = close;
        continue;
      }
    }
    // ("…, while only 49 percent of Republicans say …": a number inside the subject)
    if (!isWord(ctx, k) && ctx.surf[k] !== '’s' && ctx.surf[k] !== "'s" && ctx.tokens[k].kind !== 'number' && !isAbbrevPeriod(ctx, k)) return false;
    const w = ctx.low[k];
    // (", but Agence France-Presse reported as many as 32 …": a report of its own too)
    if ((ctx.vocab.bareClauseVerbs.has(w) && ctx.vocab.cueVerbs.has(w)) || w === 'reported') return isBareSubject(ctx, s, k) || NOMINATIVE.has(ctx.low[k - 1]) ||
      (parenthetical > 0 && leftPhrase(ctx, k, s) === s) ||
      (QUANTITY_LEADS.has(ctx.low[s]) && ctx.tokens[s + 1].kind === 'number' && isBareSubject(ctx, s + 1, k)); // ("only 49 percent of …")
    // ("…, but the Dragons have expressed disappointment at …": a perfect cue of a subject of its own)
    if (HAVE.has(w) && k + 1 < b && (ctx.cueForm[k + 1] & (CUE_VERB | OBJECT_CUE)) !== 0 && !ctx.cap[k + 1] &&
      (ctx.low[k + 1].endsWith('ed') || IRREGULAR_PARTICIPLES.has(ctx.low[k + 1]))) return isBareSubject(ctx, s, k) || NOMINATIVE.has(ctx.low[k - 1]);
    // ("… but designers would not confirm if …": a modal, a negation and a cue of another subject than a pronoun, which may
    // be the same speaker: "…, but he did not think …")
    if ((w === 'would' || w === 'could' || w === 'will' || w === 'did') && k + 2 < b && ctx.low[k + 1] === 'not' &&
      (ctx.cueForm[k + 2] & CUE_VERB) !== 0 && !ctx.cap[k + 2]) return !ctx.vocab.pronouns.has(ctx.low[s]) && isBareSubject(ctx, s, k);
    if (ctx.vocab.finiteVerbs.has(w)) return false;
  }
  return false;
}

/** Whether the quotation closing at token `close` opens after a colon, its speaker's introduction ("Ms Brankin said: “…”
 *  Ms Sturgeon wrote to Mr McConnell." gives the quotation no second speaker). */
function colonIntroduced(ctx: QuoteContext, close: number): boolean {
  let r = ctx.closes.get(close)!;
  while (r > 0 && ctx.regions[r].continues) r--;
  const open = firstTokenFrom(ctx, ctx.regions[r].open);
  return open > 0 && ctx.surf[open - 1] === ':';
}

/** Whether "named" at `i` is a participle after its noun (sentence [a, b)): "a cleric named Fethullah Gulen", "the company
 *  named in the lawsuit denied …" — after an indefinite noun phrase, or before a preposition with a verb of the main
 *  clause after it. */
function namedRelative(ctx: QuoteContext, i: number, a: number, b: number): boolean {
  const next = ctx.low[i + 1] ?? '';
  // ("a cleric named", "an academic named": a person called so)
  for (let k = i - 1; k >= a && i - k <= 4 && isWord(ctx, k) && !ctx.vocab.finiteVerbs.has(ctx.low[k]); k--) {
    if (ctx.low[k] === 'a' || ctx.low[k] === 'an') return ctx.cap[i + 1] === true;
  }
  if (!ADJUNCT_PREPOSITIONS.has(next) && !ctx.cap[i + 1]) return false;
  for (let k = i + 2; k < b && ctx.surf[k] !== ',' && !isQuoteMark(ctx, k); k++) {
    if (!ctx.cap[k] && (ctx.vocab.finiteVerbs.has(ctx.low[k]) || (ctx.cueForm[k] & CUE_VERB) !== 0) && ctx.low[k].endsWith('ed')) return true;
  }
  return false;
}

/** Most words of a name given by "called" before the main clause's verb ("called adware has"). */
const MAX_CALLED_NAME = 4;

/** Whether "called" at `i` names the common noun before it, a reduced relative followed by the clause's own auxiliary
 *  ("spyware called adware has …", "a group called Fathers 4 Justice was …"); not "Lee called it a disgrace", "Yukos called
 *  the sale illegal and has …" nor "called the agency to be wound up". */
function calledRelative(ctx: QuoteContext, i: number, b: number): boolean {
  const before = ctx.low[i - 1];
  if (!isWord(ctx, i - 1) || ctx.cap[i - 1] || ctx.vocab.pronouns.has(before) || ctx.vocab.auxiliaries.has(before) || ctx.vocab.finiteVerbs.has(before) ||
    before.endsWith('ly')) return false;
  for (let k = i + 2; k < b && k - i <= MAX_CALLED_NAME + 1; k++) {
    // (not "called the sale illegal and has turned to …", "called the agency to be wound up")
    if ((!isWord(ctx, k) && ctx.tokens[k].kind !== 'number') || ctx.low[k] === 'and' || ctx.low[k] === 'to') return false;
    if (!ctx.cap[k] && ctx.vocab.finiteVerbs.has(ctx.low[k])) return true;
  }
  return false;
}

/** First words of a sentence introducing a person by "be" ("One is …", "Another was …", "The winner is …"). */
const INTRODUCING_OPENERS = new Set(['one', 'another', 'among', 'the', 'first', 'second', 'third', 'next', 'last']);
/** Longest opener before the "is" that introduces a person ("One of them is", "Among the winners was"), in tokens. */
const MAX_INTRODUCING_OPENER = 5;

/** The first token of the name a sentence introduces after a short lower-case opener and a form of "be" ("One is Denis
 *  Kovalchuk", "Another was Ann Lee", "Among them is …"), else -1. */
function introducedPersonAt(ctx: QuoteContext, s: Sentence): number {
  if (!INTRODUCING_OPENERS.has(ctx.low[s.tokenStart])) return -1;
  for (let k = s.tokenStart + 1; k < s.tokenEnd - 1 && k - s.tokenStart <= MAX_INTRODUCING_OPENER; k++) {
    const w = ctx.low[k];
    if (BE.has(w)) return ctx.cap[k + 1] && isWord(ctx, k + 1) ? k + 1 : -1;
    if (!isWord(ctx, k) || ctx.cap[k] || ctx.vocab.finiteVerbs.has(w) || ctx.vocab.auxiliaries.has(w) || ctx.cueForm[k] !== 0) return -1;
  }
  return -1;
}

/** A speaker phrase [s, e) ending "via (news agency) Interfax" or "via Twitter": the phrase before "via" and the outlet's
 *  or platform's name when the vocabulary knows the outlet; else undefined. */
function outletVia(ctx: QuoteContext, [s, e]: [number, number]): [[number, number], [number, number]] | undefined {
  for (let k = e - 2; k > s; k--) {
    if (ctx.low[k] !== 'via') continue;
    let n = k + 1;
    while (n < e && !ctx.cap[n] && isWord(ctx, n)) n++;
    // ("according to a spokesman via Twitter": a platform too)
    return n < e && conduitOf(ctx, [n, e]) ? [[s, k], [n, e]] : undefined;
  }
  return undefined;
}

/** Nouns and participles of speaking to an outlet ("in an interview with", "in remarks to", "speaking to"). */
const INTERVIEW_WORDS = new Set(['interview', 'interviews', 'remarks', 'comments', 'speaking', 'talking', 'statement', 'e-mail', 'email', 'letter',
  'message', 'interviewed', 'appearing']);
/** Links after such a word to the outlet ("an interview with", "remarks to", "speaking on", "interviewed by"). */
const INTERVIEW_LINKS = new Set(['with', 'to', 'on', 'by']);
/** Adverbs between such a word and its link ("speaking exclusively to"). */
const INTERVIEW_ADVERBS = new Set(['exclusively', 'directly', 'separately', 'later', 'earlier', 'personally', 'live']);
/** Pieces an outlet publishes ("in a Newsweek essay"). */
const WRITTEN_PIECES = new Set(['essay', 'article', 'column', 'op-ed', 'editorial', 'piece', 'commentary', 'interview']);

/** The outlet named after "in an interview with", "in remarks to" or "in an e-mail to" in the attribution's sentence outside
 *  its content, when the vocabulary knows it; else undefined. */
function outletInterview(ctx: QuoteContext, att: Attribution): [number, number] | undefined {
  const { tokenStart: a, tokenEnd: b } = ctx.sentences[att.sentence];
  if (!mayNameInterview(ctx, att.sentence)) return undefined;
  const inside = (k: number) => att.parts.some((p) => p.start <= ctx.tokens[k].start && ctx.tokens[k].end <= p.end);
  // (where the speaker's own phrases are: opening the sentence, or from the speaker on; not before another speaker, "Lee said,
  // in an interview with the BBC, that Kim told him …" is not Kim's interview)
  const from = att.source ? att.source[0] : a;
  for (let k = a; k + 2 < b; k++) {
    // ("In a Newsweek essay, Professor Eastman writes …": the outlet a piece was written for, before the speaker)
    if (ctx.low[k] === 'in' && ARTICLES.has(ctx.low[k + 1]) && k < from) {
      let e = k + 2;
      while (e < b && ctx.cap[e] && isWord(ctx, e)) e++;
      if (e > k + 2 && e < b && WRITTEN_PIECES.has(ctx.low[e]) && conduitOf(ctx, [k + 2, e])) return [k + 2, e];
    }
    // ("Speaking on al-Masirah TV, …", "in an interview on BBC Radio 4": a broadcaster spoken on; "writing in the Daily
    // Telegraph", "wrote in the Guardian": a paper written in)
    // ("speaking exclusively to BBC Sport": an adverb before the link)
    const link = INTERVIEW_ADVERBS.has(ctx.low[k + 1]) ? k + 2 : k + 1;
    if (!(INTERVIEW_WORDS.has(ctx.low[k]) && INTERVIEW_LINKS.has(ctx.low[link])) && !(WRITE_FORMS.has(ctx.low[k]) && ctx.low[k + 1] === 'in')) continue;
    const o = link + 1;
    const within = inside(k);
    const closing = within ? closingInterviewStart(ctx, att, k) : undefined;
    if (within && closing === undefined) continue;
    if (k > a + 2 && k < from) continue;
    let n = o;
    if (ctx.low[n] === 'the' && n + 1 < b) n++;
    let e = n;
    // ("Speaking to newspaper Star of Mysore": the kind of outlet, then its name, links and all)
    if (!ctx.cap[n] && OUTLET_NOUNS.has(ctx.low[n]) && ctx.cap[n + 1]) {
      e = n + 1;
      while (e < b && isWord(ctx, e) && (ctx.cap[e] || (INNER_NAME_LINKS.has(ctx.low[e]) && ctx.cap[e + 1]))) e++;
    }
    // ("BBC Radio 4", "Channel 4": a number after a capitalised word goes on with the name)
    while (e < b && (ctx.cap[e] || ctx.low[e] === '’s' || ctx.low[e] === "'s" || (e > n && ctx.tokens[e].kind === 'number' && ctx.cap[e - 1])) && isWord(ctx, e)) e++;
    // ("speaking on Greece's Alter Television station", "an interview with US magazine Entertainment Weekly": the kind of
    // outlet after a name, and the outlet's name after its kind)
    if (e > n && e < b && OUTLET_NOUNS.has(ctx.low[e]) && !conduitOf(ctx, [o, e])) {
      let f = e + 1;
      while (f < b && ctx.cap[f] && isWord(ctx, f)) f++;
      e = f;
    }
    if (e <= n || !conduitOf(ctx, [o, e])) continue;
    if (closing !== undefined) {
      const part = att.parts.find((p) => p.start <= ctx.tokens[k].start && ctx.tokens[k].end <= p.end)!;
      // (only an interview that closes the content: "…, in an interview on BBC Radio 4.")
      if (e < b && ctx.tokens[e].start < part.end && !/^[\s.”"’']*$/.test(ctx.text.slice(ctx.tokens[e].start, part.end))) continue;
      part.end = ctx.tokens[closing - 1].end;
    }
    return [o, e];
  }
  return undefined;
}

/** Verbs of a talk held with someone ("With Wikinews, Cohen discussed …", "discussed his findings with Wikinews"). */
const DISCUSS_FORMS = new Set(['discuss', 'discusses', 'discussed', 'discussing']);

/** The outlet a speaker discussed something with: "With Wikinews, Cohen discussed his journey …" (opening the sentence
 *  before the speaker), or "Boccaletti discussed his findings with Wikinews last month" (closing the content, which then
 *  ends before it); the outlet's tokens, or undefined. */
function outletDiscussedWith(ctx: QuoteContext, att: Attribution): [number, number] | undefined {
  if (!att.source || !DISCUSS_FORMS.has(ctx.low[att.cue])) return undefined;
  const { tokenStart: a, tokenEnd: b } = ctx.sentences[att.sentence];
  const outletFrom = (k: number) => {
    let e = k;
    while (e < b && isWord(ctx, e) && (ctx.cap[e] || (e === k && ctx.low[e] === 'the'))) e++;
    return e > k && conduitOf(ctx, [k, e]) ? e : -1;
  };
  if (ctx.low[a] === 'with' && att.source[0] > a) {
    const e = outletFrom(a + 1);
    if (e > 0 && ctx.surf[e] === ',' && e + 1 === att.source[0]) return [a + 1, e];
  }
  const part = att.parts.at(-1)!;
  for (let k = att.cueEnd; k + 1 < b && ctx.tokens[k].start < part.end; k++) {
    if (ctx.low[k] !== 'with' || k === att.cueEnd) continue;
    const e = outletFrom(k + 1);
    if (e < 0) continue;
    // (only what closes the content: the outlet, then a time or the sentence's end)
    const rest = ctx.low.slice(e, b).filter((w, n) => isWord(ctx, e + n));
    if (!rest.every((w) => ctx.vocab.timeWords.has(w) || w === 'last' || w === 'this' || w === 'next')) continue;
    part.end = ctx.tokens[ctx.surf[k - 1] === ',' ? k - 2 : k - 1].end;
    return [k + 1, e];
  }
  return undefined;
}

/** Whether sentence `si` holds any of the phrases `outletInterview` starts from ("in a", "interview with", "wrote in"),
 *  read once per sentence: the function runs for every attribution, most sentences hold none. */
function mayNameInterview(ctx: QuoteContext, si: number): boolean {
  let known = interviewSentences.get(ctx);
  if (!known) interviewSentences.set(ctx, (known = new Int8Array(ctx.sentences.length)));
  if (known[si] === 0) {
    const { tokenStart: a, tokenEnd: b } = ctx.sentences[si];
    let any = false;
    for (let k = a; k + 2 < b && !any; k++) {
      // (the word after first: all of them are short)
      const next = ctx.low[k + 1];
      if (INTERVIEW_ADVERBS.has(next) && INTERVIEW_WORDS.has(ctx.low[k]) && INTERVIEW_LINKS.has(ctx.low[k + 2])) any = true;
      if (next.length > 4) continue;
      any = next === 'in' ? WRITE_FORMS.has(ctx.low[k]) : INTERVIEW_LINKS.has(next) ? INTERVIEW_WORDS.has(ctx.low[k]) :
        ctx.low[k] === 'in' && ARTICLES.has(next) && ctx.cap[k + 2];
    }
    known[si] = any ? 1 : -1;
  }
  return known[si] > 0;
}

const interviewSentences = new WeakMap<QuoteContext, Int8Array>();

/** Words for a piece put on a platform ("in a Facebook post"). */
const POST_NOUNS = new Set(['post', 'posting', 'message', 'video', 'tweet', 'statement', 'thread', 'livestream', 'story']);

/** Object pronouns that stand for people only ("them" may be the claims denied). */
const PERSONAL_OBJECTS = new Set(['him', 'her', 'me', 'us']);
/** Longest object of a cue before a participle that goes on ("congratulated Nancy Pelosi, saying …"), in tokens. */
const MAX_BARE_OBJECT = 4;

/** Whether `att`'s content is only its cue's object, a person, ending at a comma before a participle cue of the same speaker
 *  among `all` ("congratulated Pelosi, saying, …", "thanked them, adding …"). */
function bareObjectBeforeParticiple(ctx: QuoteContext, att: Attribution, all: readonly Attribution[]): boolean {
  if (att.direct || !att.source || att.parts.length !== 1 || att.deed || att.parts[0].start !== ctx.tokens[att.cueEnd]?.start) return false;
  let c = att.cueEnd;
  while (c < ctx.tokens.length && ctx.tokens[c].end <= att.parts[0].end) c++;
  if (c - att.cueEnd > MAX_BARE_OBJECT || ctx.surf[c] !== ',' || !ctx.vocab.participleCues.has(ctx.low[c + 1] ?? '')) return false;
  // (a person only, or the people addressed: "denied the charges, saying …", "welcomed the move, saying …" are stances and stay)
  const person = (ctx.entities ?? []).some((m) => m.label === 'PER' && m.start <= att.parts[0].start && att.parts[0].end <= m.end) ||
    (c === att.cueEnd + 1 && PERSONAL_OBJECTS.has(ctx.low[att.cueEnd]));
  if (!person) return false;
  return all.some((f) => f !== att && f.cue === c + 1 && f.source !== undefined && f.source[0] === att.source![0] && f.source[1] === att.source![1]);
}

/** The social platform a statement was put on, right after its cue: "wrote on Twitter", "said via his Facebook page", "said
 *  in a Facebook post" (its one token). */
function platformAfterCue(ctx: QuoteContext, att: Attribution): [number, number] | undefined {
  const b = ctx.sentences[att.sentence].tokenEnd;
  let k = att.cueEnd;
  // (not a transcript's label: "((WN)) On your website, you wrote …" is the question)
  if (k + 1 >= b || att.transcript) return undefined;
  if (ctx.low[k] === 'on' || ctx.low[k] === 'via') {
    k++;
    // ("said on his personal website", "wrote on the club's website")
    const page = websiteEnd(ctx, k, b);
    if (page > 0) return outOfContent(ctx, att, [k, page], b);
    // ("said on television station Canal Plus that …", "said on BBC One's Breakfast programme: …": a broadcaster spoken on)
    // (not "called on Fox News to fire Griffin": urging someone)
    const station = ctx.low[att.cue].startsWith('call') ? -1 : broadcasterEnd(ctx, k, b);
    if (station > 0) return outOfContent(ctx, att, [k, station], b, programmeRest(ctx, station, b));
    if (POSSESSIVES.has(ctx.low[k]) || ctx.low[k] === 'the') k++;
  } else if (ctx.low[k] === 'in' && ARTICLES.has(ctx.low[k + 1]) && POST_NOUNS.has(ctx.low[k + 3] ?? '')) k += 2;
  else if (ctx.low[k] === 'in' && ARTICLES.has(ctx.low[k + 1])) {
    // ("writes in a Newsweek essay that …", "argued in a Guardian column that …": the outlet a piece was written for)
    let e = k + 2;
    while (e < b && ctx.cap[e] && isWord(ctx, e)) e++;
    return e > k + 2 && e < b && WRITTEN_PIECES.has(ctx.low[e]) && conduitOf(ctx, [k + 2, e]) ? outOfContent(ctx, att, [k + 2, e], b, e + 1) : undefined;
  } else return platformAfterObject(ctx, att, k, b) ?? platformEndingObject(ctx, att);
  if (k >= b || !ctx.cap[k] || !PLATFORMS.has(ctx.low[k])) return undefined;
  return outOfContent(ctx, att, [k, k + 1], b);
}

/** Longest broadcaster phrase after "on" ("television station Canal Plus", "BBC One's Breakfast programme"), in tokens. */
const MAX_BROADCASTER_TOKENS = 7;

/** The end of the longest phrase from `k` that names an outlet (`conduitOf`), else -1; only words and owners' "'s". */
function broadcasterEnd(ctx: QuoteContext, k: number, b: number): number {
  let end = k;
  while (end < b && end - k < MAX_BROADCASTER_TOKENS && (isWord(ctx, end) || POSSESSIVE.has(ctx.low[end])) && ctx.low[end] !== 'that') end++;
  for (let e = end; e > k; e--) if (conduitOf(ctx, [k, e])) return e;
  return -1;
}

/** The end of the rest of a programme's name after its outlet ("Voice of America's | South Sudan in Focus programme"), from
 *  `k`: capitalised words, links between them and the kind of programme. */
function programmeRest(ctx: QuoteContext, k: number, b: number): number {
  let e = k;
  while (e < b && isWord(ctx, e) && (ctx.cap[e] || PROGRAMME_WORDS.has(ctx.low[e]) || OUTLET_NOUNS.has(ctx.low[e]) ||
    ((INNER_NAME_LINKS.has(ctx.low[e]) || ctx.low[e] === 'in') && ctx.cap[e + 1] === true))) e++;
  return e;
}

/** The end of a web page someone owns opening at `k` ("his official website", "Villa's website"), else -1. */
function websiteEnd(ctx: QuoteContext, k: number, b: number): number {
  for (let e = k + 2; e <= Math.min(b, k + 6); e++) if (WEB_PAGES.has(ctx.low[e - 1])) return ownedWebsite(ctx, k, e) ? e : -1;
  return -1;
}

/** The outlet `range` right after the cue, taken out of the content where the content was read to begin at the cue's end
 *  ("indicated on Twitter the baby was ill", "wrote on Instagram: …"). */
function outOfContent(ctx: QuoteContext, att: Attribution, range: [number, number], b: number, after = range[1]): [number, number] {
  const first = att.parts[0];
  if (first.start === ctx.tokens[att.cueEnd].start) {
    let c = skipTime(ctx, after, b);
    while (c < b && (ctx.low[c] === 'that' || ctx.surf[c] === ',' || ctx.surf[c] === ':')) c++;
    if (c < b && ctx.tokens[c].start < first.end) first.start = ctx.tokens[ctx.opens.has(c) ? c + 1 : c].start;
  }
  return range;
}

/** The outlet of an "according to" or a "quoted in" set off between the speaker and the cue: "Witnesses, according to The
 *  Telegraph, said …", "Tom Hart, quoted in China Daily, said …". */
function outletAccordingInsert(ctx: QuoteContext, att: Attribution): [number, number] | undefined {
  if (!att.source || att.source[1] > att.cue) return undefined;
  const k = att.source[1];
  const link = (ctx.low[k + 1] === 'according' && ctx.low[k + 2] === 'to') || quotedLinkAt(ctx, k + 1);
  if (ctx.surf[k] !== ',' || !link) return undefined;
  let e = k + 3;
  while (e < att.cue && ctx.surf[e] !== ',') e++;
  if (ctx.surf[e] !== ',' || e + 1 !== att.cue || e === k + 3) return undefined;
  const start = ctx.low[k + 3] === 'the' && !ctx.cap[k + 3] ? k + 4 : k + 3;
  return conduitOf(ctx, [start, e]) ? [start, e] : undefined;
}

/** The outlet of an "according to" opening the sentence of a speaker who follows it: "According to news agency ISNA, the
 *  prosecutor general, Ali Mehr, said …" (the outlet's own attribution of the whole stays beside it). */
function outletAccordingOpener(ctx: QuoteContext, att: Attribution): [number, number] | undefined {
  // (not a stance the outlet reports, "According to the Times, the UK leader wants …", nor the outlet's own "which cites")
  if (!att.source || att.source[1] > att.cue || quoteKind(ctx.low[att.cue]) !== 'speech' || ctx.vocab.pronouns.get(ctx.low[att.source[0]]) === 'relative') return undefined;
  const comma = att.source[0] - 1;
  const sentence = ctx.sentences[att.sentence];
  if (!sentence || ctx.surf[comma] !== ',') return undefined;
  let k = sentence.tokenStart;
  if (LEADING_CONJUNCTIONS.has(ctx.low[k])) k++;
  if (ctx.low[k] !== 'according' || ctx.low[k + 1] !== 'to' || k + 2 >= comma) return undefined;
  for (let n = k + 2; n < comma; n++) if (ctx.surf[n] === ',') return undefined;
  const start = ctx.low[k + 2] === 'the' && !ctx.cap[k + 2] ? k + 3 : k + 2;
  return conduitOf(ctx, [start, comma]) ? [start, comma] : undefined;
}

/** The outlet a speaker phrase ends by saying the words were quoted in: "according to a spokesman for the regulator quoted
 *  in China Daily", "said Xing Wangli, a spokesman for the State Tobacco Administration quoted in China Daily". */
function outletQuotedIn(ctx: QuoteContext, att: Attribution): [number, number] | undefined {
  if (!att.source) return undefined;
  const [s, e] = att.source;
  for (let k = s + 1; k + 2 < e; k++) {
    if (!quotedLinkAt(ctx, k)) continue;
    const start = ctx.low[k + 2] === 'the' && !ctx.cap[k + 2] ? k + 3 : k + 2;
    if (start < e && conduitOf(ctx, [start, e])) return [start, e];
  }
  return undefined;
}

/** Whether tokens `k` and `k + 1` say where words were quoted: "quoted in", "quoted by", "cited in", "cited by". */
function quotedLinkAt(ctx: QuoteContext, k: number): boolean {
  return (ctx.low[k] === 'quoted' || ctx.low[k] === 'cited') && (ctx.low[k + 1] === 'in' || ctx.low[k + 1] === 'by');
}

/** The platform closing a cue's object, which then ends before it: "praised Warren's endorsement on Twitter, stating …". */
function platformEndingObject(ctx: QuoteContext, att: Attribution): [number, number] | undefined {
  if (att.direct || att.parts.length !== 1) return undefined;
  const part = att.parts[0];
  let p = firstTokenFrom(ctx, part.end) - 1;
  if (p < att.cueEnd + 2 || !ctx.cap[p] || !PLATFORMS.has(ctx.low[p]) || ctx.tokens[p].end !== part.end) return undefined;
  const link = ctx.low[p - 1] === 'the' || POSSESSIVES.has(ctx.low[p - 1]) ? p - 2 : p - 1;
  if (ctx.low[link] !== 'on' && ctx.low[link] !== 'via') return undefined;
  part.end = ctx.tokens[link - 1].end;
  return [p, p + 1];
}

/** Forms of "tweet", a cue that names the platform it was said on. */
const TWEET_FORMS = new Set(['tweet', 'tweets', 'tweeted', 'tweeting']);

/** The platform right after an inverted speaker: "“…,” wrote Elizabeth Warren on Twitter." */
function platformAfterInvertedSpeaker(ctx: QuoteContext, att: Attribution): [number, number] | undefined {
  if (!att.source || att.source[0] < att.cueEnd) return undefined;
  let p = att.source[1];
  if (ctx.low[p] !== 'on' && ctx.low[p] !== 'via') return undefined;
  p++;
  if (POSSESSIVES.has(ctx.low[p]) || ctx.low[p] === 'the') p++;
  return p < ctx.tokens.length && ctx.cap[p] && PLATFORMS.has(ctx.low[p]) ? [p, p + 1] : undefined;
}

/** Most words of a cue's object before the platform ("responded to the new rules via Twitter"). */
const MAX_OBJECT_BEFORE_PLATFORM = 6;

/** The platform after the cue's short object, before what was said: "responded to the new rules via Twitter: “…”",
 *  "answered the critics on Twitter, “…”". */
function platformAfterObject(ctx: QuoteContext, att: Attribution, k: number, b: number): [number, number] | undefined {
  const contentStart = att.parts[0].start;
  for (let e = k; e < b && e - k <= MAX_OBJECT_BEFORE_PLATFORM && isWord(ctx, e) && ctx.tokens[e].end <= contentStart; e++) {
    // ("described Day to the BBC in 2002: …", "explained to Reuters that …": the outlet spoken to)
    if (ctx.low[e] === 'to') {
      const f = ctx.low[e + 1] === 'the' ? e + 2 : e + 1;
      let g = f;
      while (g < b && isWord(ctx, g) && (ctx.cap[g] || (g > f && ctx.tokens[g].kind === 'number'))) g++;
      if (g > f && ctx.tokens[g - 1].end <= contentStart && conduitOf(ctx, [e + 1, g])) return [e + 1, g];
      continue;
    }
    if (ctx.low[e] !== 'on' && ctx.low[e] !== 'via') continue;
    let p = e + 1;
    if (POSSESSIVES.has(ctx.low[p]) || ctx.low[p] === 'the') p++;
    return p < b && ctx.cap[p] && PLATFORMS.has(ctx.low[p]) && ctx.tokens[p].end <= contentStart ? [p, p + 1] : undefined;
  }
  return undefined;
}

/** For an interview word at `k` inside the attribution's reported speech, the comma opening the phrase it heads (", in an
 *  interview on …", ", speaking to …"), when that phrase is the writer's, outside quotation marks; else undefined. */
function closingInterviewStart(ctx: QuoteContext, att: Attribution, k: number): number | undefined {
  if (att.direct || ctx.regionOf[k] >= 0) return undefined;
  const comma = ctx.low[k] === 'speaking' || ctx.low[k] === 'talking' ? k - 1 : ARTICLES.has(ctx.low[k - 1]) && ctx.low[k - 2] === 'in' ? k - 3 : -1;
  return comma > 0 && ctx.surf[comma] === ',' && ctx.tokens[comma].start > att.parts[0].start ? comma : undefined;
}

/** Time words a speaker phrase may end with that tell when, not who ("Stardom's official statement yesterday read"). */
const TRAILING_TIME_WORDS = new Set(['yesterday', 'today', 'tonight']);

/** The speaker phrase [s, e) without a time phrase opening it ("A few days later the administration said") or a time word
 *  ending it ("the official WHO report yesterday"). */
function withoutTimeWords(ctx: QuoteContext, [s, e]: [number, number]): [number, number] {
  while (e - 1 > s && TRAILING_TIME_WORDS.has(ctx.low[e - 1]) && !ctx.cap[e - 1]) {
    e--; // (not a programme: "Radio 4's Today")
    if (e - 1 > s && TIME_OF_DAY_LEADS.has(ctx.low[e - 1])) e--; // ("… Engineering late today")
  }
  if (e - s >= 2 && adverbBeforeSubject(ctx, s)) s++;
  const after = durationEnd(ctx, s, e);
  // (a duration closing with "later" or "ago" before a determiner or a name: the subject follows it)
  if (after > s && after < e && DURATION_ENDS.has(ctx.low[after - 1]) && (ctx.vocab.determiners.has(ctx.low[after]) || ctx.cap[after])) s = after;
  return [s, e];
}

/** Words before a trailing day word that belong to it ("late today", "earlier today"). */
const TIME_OF_DAY_LEADS = new Set(['late', 'early', 'earlier', 'later']);

/** Time words that open a sentence before its subject with no comma ("Today officials said"). */
const DAY_OPENERS = new Set(['today', 'yesterday', 'tonight']);

/** Whether token `s`, opening its sentence in capitals, is a sentence adverb or a day before the subject, with no comma:
 *  "Now reports say", "Now analysts say", "Today officials said" (a day only before a plural or a determiner: "Today
 *  presenter John Humphrys" is one phrase; "Now magazine" a title). */
function adverbBeforeSubject(ctx: QuoteContext, s: number): boolean {
  const adverb = ADVERB_OPENERS.has(ctx.low[s]);
  if (!ctx.cap[s] || !(adverb || DAY_OPENERS.has(ctx.low[s])) || ctx.sentences[ctx.sentenceOf[s]]?.tokenStart !== s) return false;
  const k = s + 1;
  const w = ctx.low[k];
  if (!isWord(ctx, k)) return false;
  if (ctx.vocab.determiners.has(w) || (!ctx.cap[k] && commonPluralNoun(ctx, k))) return true;
  return adverb && (ctx.cap[k] || ctx.vocab.pronouns.has(w));
}

/** Subordinators whose clause has a subject of its own ("The key is if Gerrard comes out and says …"). */
const CLAUSE_SUBORDINATORS = new Set(['if', 'whether', 'because', 'unless', 'once', 'although', 'though', 'while', 'when', 'until', 'since']);

/** The subject of a subordinate clause inside the sentence ([a, i)) that the coordinated cue at `i` goes on: the
 *  subordinator's subject when one opens after the sentence's start and no comma follows it; else undefined. */
function coordinatedSubordinateSubject(ctx: QuoteContext, a: number, i: number): [number, number] | undefined {
  let k = i - 1;
  while (k > a && !CLAUSE_SUBORDINATORS.has(ctx.low[k]) && ctx.surf[k] !== ',' && ctx.regionOf[k] < 0) k--;
  if (k <= a || !CLAUSE_SUBORDINATORS.has(ctx.low[k]) || k + 1 >= i) return undefined;
  // ("asked whether Oakland was part of the US and then declared …", "said that if the critics …": a question's or a
  // report's clause is an object, and the verb after "and" goes on with the main clause; "The key is if …" opens one)
  if ((ctx.low[k] === 'if' || ctx.low[k] === 'whether') && !BE.has(ctx.low[k - 1])) return undefined;
  return mainSubject(ctx, k + 1, i);
}

/** Words opening a sentence with the scene of a saying, not its content ("Asked …", "At a rally …", "Upon arrival", an -ing
 *  participle: "Talking about …", "Echoing …"). */
const SCENE_OPENERS = new Set(['asked', 'at', 'on', 'in', 'upon', 'during', 'when']);

function sceneOpener(ctx: QuoteContext, a: number): boolean {
  // ("However, as part of her admonition, Judge Jackson stated, “…”": after a sentence adverb and its comma)
  if (ctx.cap[a] && SENTENCE_ADVERB_OPENERS.has(ctx.low[a]) && ctx.surf[a + 1] === ',') {
    const w = ctx.low[a + 2] ?? '';
    return SCENE_OPENERS.has(w) || w === 'as' || (w.length > 5 && w.endsWith('ing'));
  }
  const w = ctx.low[a];
  return ctx.cap[a] && (SCENE_OPENERS.has(w) || w === 'as' || (w.length > 5 && w.endsWith('ing')));
}
/** Sentence adverbs before a scene-setting phrase ("However, as part of …,"). */
const SENTENCE_ADVERB_OPENERS = new Set(['however', 'meanwhile', 'later', 'earlier', 'then', 'still', 'instead']);

/** Words after a quotation and its comma that tell when or where it was said, not more of what was said; without the
 *  comma only the subordinators do (`“Trumpization” in the form of …`, `told “Today” on Monday` go on). */
const CIRCUMSTANCE_WORDS = new Set(['while', 'when', 'as', 'before', 'after', 'during', 'at', 'in', 'on', 'outside']);
const SUBORDINATE_CIRCUMSTANCE = new Set(['while', 'when', 'before', 'after', 'during']);

/** Content starting at token `k` to the end of the sentence (or of the quotation that opens there). */
function contentAfter(ctx: QuoteContext, k: number, b: number): { parts: Span[]; direct: boolean; lastRegion?: number } | undefined {
  if (k >= b) return quotationInNextParagraph(ctx, k);
  if (ctx.opens.has(k)) {
    const r = ctx.opens.get(k)!;
    const chain = regionChain(ctx, r);
    const last = ctx.regions[chain.last];
    const sentenceEnd = ctx.sentences[ctx.sentenceOf[b - 1]].end;
    const closeAt = last.close >= 0 ? last.close + 1 : last.end;
    if (closeAt >= sentenceEnd || onlyPunctBetween(ctx, closeAt, sentenceEnd)) {
      return { parts: chain.parts, direct: true, lastRegion: chain.last };
    }
    // "saying: “The struggle continues” and vowing to …": the quotation, then a coordinated cue of its own.
    const t = closingToken(ctx, chain.last, k, b);
    // ("wrote to his followers, “It’s time to go,” and shared a link": so does any past-tense verb of the speaker's)
    const conjunction = t < 0 ? -1 : ctx.surf[t + 1] === ',' ? t + 2 : t + 1;
    const coordinatedVerb = (n: number) => n < b && !ctx.cap[n] && (ctx.cueForm[n] !== 0 || /^[a-z]+ed$/.test(ctx.low[n]) || isClauseVerb(ctx.low[n]));
    if (conjunction >= 0 && conjunction + 1 < b && (ctx.low[conjunction] === 'and' || ctx.low[conjunction] === 'but') && coordinatedVerb(conjunction + 1)) {
      return { parts: chain.parts, direct: true, lastRegion: chain.last };
    }
    // ("Lee said: “We lost everything,” he said.": the speaker said again after the quotation ends what was said)
    if (t >= 0 && (ctx.surf[t + 1] === ',' ? saidAgain(ctx, t + 2, b) : ctx.surf[t - 1] === ',' && saidAgain(ctx, t + 1, b))) return { parts: chain.parts, direct: true, lastRegion: chain.last };
    // ("said, “They need to stand by us”, while addressing the press", "said “…” at a press conference": the quotation,
    // then the circumstances of its saying)
    const comma = t >= 0 && ctx.surf[t + 1] === ',';
    const after = comma ? t + 2 : t + 1;
    // (and a quotation ending its own sentence, then where it was said: "“I WON THIS ELECTION, BY A LOT!” on Twitter.")
    const ended = t > 0 && (ctx.surf[t - 1] === '!' || ctx.surf[t - 1] === '?' || ctx.surf[t - 1] === '.');
    if (t >= 0 && after < b && !ctx.cap[after] &&
      (SUBORDINATE_CIRCUMSTANCE.has(ctx.low[after]) || ((comma || ended) && (CIRCUMSTANCE_WORDS.has(ctx.low[after]) || ctx.low[after].endsWith('ing'))))) {
      return { parts: chain.parts, direct: true, lastRegion: chain.last };
    }
  }
  const first = ctx.opens.has(k) && k + 1 < b ? k + 1 : k;
  if (END_PUNCT.has(ctx.surf[first])) return undefined; // "would tell you that."
  if (ctx.surf[first] === ',' && (ctx.low[first + 1] === 'but' || ctx.low[first + 1] === 'and')) return undefined; // "on record as saying that, but …", "as saying that, but …"
  if ((ctx.low[first] === 'and' || ctx.low[first] === 'or') && !ctx.cap[first]) return undefined; // "(EEZ) claims and would …"
  // ("said that, after the first Olympiad, a community …": the comma opening an insert after "that" is no content)
  const from = ctx.surf[first] === ',' && first + 1 < b && isWord(ctx, first + 1) ? first + 1 : first;
  return clauseContent(ctx, from, b);
}

/** Finite verbs that open a reported clause only where a relative's gap is its subject ("what critics say was …"). */
const SUBJECTLESS_OPENERS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had']);

/** The reported clause from token `first` to its end (the sentence's, or the next attribution's break). */
function clauseContent(ctx: QuoteContext, first: number, b: number): { parts: Span[]; direct: boolean } | undefined {
  const stop = nextAttributionBreak(ctx, first, b);
  let end = sentenceContentEnd(ctx, first, stop);
  if (end <= ctx.tokens[first].start) return undefined;
  // "Lee said that “ethanol people” “do a fantastic job. And it’s so important.”": a quotation opened inside the
  // content and closed in a later sentence carries the content on to its close.
  if (stop === b) end = Math.max(end, runningQuotationEnd(ctx, ctx.tokens[first].start, b));
  return { parts: [trimSpan(ctx.text, ctx.tokens[first].start, end)], direct: false };
}

/** Forms of "post", a cue for what someone posts online, not for the results a firm posts. */
const POST_FORMS = new Set(['post', 'posts', 'posted', 'posting']);
/** Nouns of a firm's or club's results ("posted a record loss", "a 222% rise in annual profit"). */
const RESULT_NOUNS = new Set(['profit', 'profits', 'loss', 'losses', 'results', 'sales', 'revenue', 'revenues', 'earnings', 'deficit',
  'surplus', 'turnover', 'income', 'growth', 'figures', 'margin', 'margins', 'gain', 'gains', 'returns',
  // (a sporting result: "Cherono posted a time of 2:05:45", "posted a 3-1 win")
  'time', 'times', 'score', 'scores', 'win', 'wins', 'victory', 'victories', 'lap', 'total', 'best']);
/** Most words read after "posted" for a result noun. */
const MAX_RESULT_WORDS = 8;

/** Whether the object after "posted" at `k` names a financial result before its first comma ("a rise in fourth quarter profits"). */
function financialResult(ctx: QuoteContext, k: number, b: number): boolean {
  for (let n = k; n < b && n - k < MAX_RESULT_WORDS && ctx.surf[n] !== ',' && !ctx.opens.has(n); n++) if (RESULT_NOUNS.has(ctx.low[n])) return true;
  return false;
}

const REPORTED_FORMS = new Set(['reported', 'reports', 'report', 'reporting']);
const OFFER_FORMS = new Set(['offer', 'offers', 'offered', 'offering']);
/** Verbs of a deal after "offered to" ("offered to buy the remaining shares"). */
const DEAL_VERBS = new Set(['buy', 'acquire', 'purchase', 'sell', 'pay', 'take', 'merge', 'invest', 'fund', 'lend', 'refund', 'repay']);
/** Words after "continue" that go on with speech or a clause ("continued to say", "continued that …", "continued: …"). */
const CONTINUE_LINKS = new Set(['to', 'that', 'on', 'with', 'in', 'by', 'after', 'as', 'for', 'saying', 'speaking', 'talking', 'arguing',
  // (and adverbs and places: "The fight continued outside, where …, they said" is read as nothing at all)
  'outside', 'inside', 'today', 'throughout', 'without', 'westward', 'eastward', 'northward', 'southward', 'apace', 'unabated', 'unchecked',
  'regardless', 'here', 'there', 'until', 'through', 'into', 'across', 'over', 'under', 'along', 'ahead', 'yesterday', 'tonight', 'at', 'from']);
/** Longest object of "added" before "to its …" ("added Pacific Assault to its PC catalogue"), in tokens. */
const MAX_ADDED_OBJECT = 6;

/** Whether a short object with no verb after "added" at `k` is put "to its/his/the …" (a collection, a squad, a list). */
function addedToCollection(ctx: QuoteContext, k: number, b: number): boolean {
  for (let n = k; n < b && n - k <= MAX_ADDED_OBJECT; n++) {
    const w = ctx.low[n];
    if (n > k && w === 'to' && (POSSESSIVES.has(ctx.low[n + 1] ?? '') || ctx.low[n + 1] === 'the')) return true;
    if (!isWord(ctx, n) || w === 'that' || ctx.vocab.finiteVerbs.has(w) || ctx.vocab.auxiliaries.has(w) || ctx.vocab.pronouns.has(w) ||
      ctx.opens.has(n)) return false;
  }
  return false;
}

/** Whether a firm's results are the object at `k`, as a noun phrase with no verb of its own after them ("falling
 *  profits after …", "a 10% rise in sales"), not a clause ("profits fell", "that sales rose"). */
function resultObject(ctx: QuoteContext, k: number, b: number): boolean {
  for (let n = k; n < b && n - k < MAX_RESULT_WORDS && ctx.surf[n] !== ',' && !ctx.opens.has(n); n++) {
    const w = ctx.low[n];
    if (w === 'that' || w === 'no' || ctx.vocab.finiteVerbs.has(w) || ctx.vocab.auxiliaries.has(w)) return false;
    if (!RESULT_NOUNS.has(w) || w === 'time' || w === 'times' || w === 'best' || w === 'total') continue;
    const next = ctx.low[n + 1] ?? '';
    return !(isVerbForm(next) || ctx.vocab.finiteVerbs.has(next) || ctx.vocab.auxiliaries.has(next));
  }
  return false;
}

/** Whether [k, b) is only "he said" or "said he" (a nominative pronoun and a cue verb) and the sentence's end. */
function saidAgain(ctx: QuoteContext, k: number, b: number): boolean {
  if (k + 1 >= b) return false;
  const pronounFirst = NOMINATIVE.has(ctx.low[k]) && (ctx.cueForm[k + 1] & CUE_VERB) !== 0;
  const cueFirst = (ctx.cueForm[k] & CUE_VERB) !== 0 && NOMINATIVE.has(ctx.low[k + 1]);
  return (pronounFirst || cueFirst) && (k + 2 >= b || END_PUNCT.has(ctx.surf[k + 2]));
}

/** The quotation opening the sentence at token `k` (all of it, over the sentences and paragraphs it runs on into), when
 *  one does. */
function quotationOpeningAt(ctx: QuoteContext, k: number): { parts: Span[]; direct: boolean; lastRegion: number } | undefined {
  if (k >= ctx.tokens.length || !ctx.opens.has(k)) return undefined;
  const chain = regionChain(ctx, ctx.opens.get(k)!);
  return { parts: chain.parts, direct: true, lastRegion: chain.last };
}

/** "Breitbart News responded:¶“If there are …”": a colon ending its paragraph (token `k` opens the next one) introduces
 *  the quotation that opens that paragraph, with the paragraphs it runs on into. */
function quotationInNextParagraph(ctx: QuoteContext, k: number): { parts: Span[]; direct: boolean; lastRegion: number } | undefined {
  return colonEndsParagraph(ctx, k) ? quotationOpeningAt(ctx, k) : undefined;
}

/** Whether a colon ends the paragraph before token `k`, which opens the next one. */
function colonEndsParagraph(ctx: QuoteContext, k: number): boolean {
  return k > 0 && k < ctx.tokens.length && ctx.surf[k - 1] === ':' && ctx.text.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start).includes('\n');
}

/** Fewest words of a paragraph read as a block quotation after a colon. */
const MIN_BLOCK_WORDS = 6;

/** The paragraph opening at token `k` after a colon that ends the paragraph before, when it opens with no quotation
 *  mark and reads as prose: at least MIN_BLOCK_WORDS words, ending with a sentence's punctuation. */
function blockAfterColon(ctx: QuoteContext, k: number): { parts: Span[]; direct: boolean } | undefined {
  if (!colonEndsParagraph(ctx, k) || isQuoteMark(ctx, k) || !ctx.cap[k]) return undefined;
  const start = ctx.tokens[k].start;
  const lineEnd = ctx.text.indexOf('\n', start);
  const end = lineEnd < 0 ? ctx.text.length : lineEnd;
  const span = trimSpan(ctx.text, start, end);
  if (!END_PUNCT.has(ctx.text[span.end - 1]) || ctx.text.slice(span.start, span.end).split(/\s+/).length < MIN_BLOCK_WORDS) return undefined;
  return { parts: [span], direct: false };
}

/** End of a quotation that opens after `from` in the sentence ending before token `b` and closes in a later sentence
 *  of the same paragraph (-1 when there is none). */
function runningQuotationEnd(ctx: QuoteContext, from: number, b: number): number {
  const sentenceEnd = ctx.tokens[b - 1].end;
  let r = b - 1;
  while (r >= 0 && ctx.regionOf[r] < 0 && !ctx.opens.has(r)) r--;
  if (r < 0) return -1;
  const index = ctx.opens.get(r) ?? ctx.regionOf[r];
  const region = ctx.regions[index];
  if (region.open < from) return -1;
  // ("Arnesen said the club were sad: "We are disappointed. We respect it. "I can assure you …": a quotation whose
  // paragraphs go on, each opening with a mark, carries the content on to its last one)
  // (only after a colon of the content's own clause: not "…, Mr Michael told the BBC: "…", whose quotation is his)
  if (region.close < 0) {
    const mark = firstTokenFrom(ctx, region.open);
    if (mark < 1 || ctx.surf[mark - 1] !== ':') return -1;
    for (let k = firstTokenFrom(ctx, from); k < mark - 1; k++) if ((ctx.cueForm[k] & CUE_VERB) !== 0) return -1;
    const last = ctx.regions[regionChain(ctx, index).last];
    return last === region ? -1 : last.close >= 0 ? last.close + 1 : last.end;
  }
  if (region.close < sentenceEnd) return -1;
  return region.close + 1;
}

/** Whether token `x` is a number of a time phrase starting at `j` ("in 2015", "May 5"), not "the 99-county …". */
function timeNumber(ctx: QuoteContext, x: number, j: number, b: number): boolean {
  // (not a count of the noun after it: "found in 36 states most of …")
  const counted = x + 1 < b && isWord(ctx, x + 1) && !ctx.cap[x + 1] && ctx.tokens[x + 1].kind === 'word' && !ctx.vocab.timeWords.has(ctx.low[x + 1]) &&
    ctx.low[x + 1].endsWith('s') && !/^\d{4}$/.test(ctx.surf[x]);
  return ctx.tokens[x].kind === 'number' && x > j && ctx.low[x - 1] !== 'the' && !(x + 1 < b && ctx.surf[x + 1] === '-') && !counted;
}

/** Words counting a duration ("a week later", "several months after …"), besides numbers and NUMBER_WORDS. */
const DURATION_COUNTS = new Set(['a', 'an', 'one', 'several', 'few', 'some', 'many']);
const DURATION_UNITS = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'decade', 'decades']);
/** Words closing a duration that tells when ("two days later", "three years ago"). */
const DURATION_ENDS = new Set(['later', 'ago', 'earlier', 'afterwards', 'afterward']);

/** At `j`, a duration telling when: "a week later", "three years ago" → the token after it; "hours after the attack",
 *  "several months before …" → the "after"/"before" (its phrase is read like "after the attack"); else `j`. */
function durationEnd(ctx: QuoteContext, j: number, b: number): number {
  let k = j;
  if (ctx.low[k] === 'a' && ctx.low[k + 1] === 'few') k++;
  const counted = k < b && (DURATION_COUNTS.has(ctx.low[k]) || NUMBER_WORDS.has(ctx.low[k]) || ctx.tokens[k].kind === 'number');
  // ("said hours after the attack": a bare plural unit counts too)
  const unit = counted ? k + 1 : k;
  if (unit >= b || !DURATION_UNITS.has(ctx.low[unit]) || (!counted && !ctx.low[unit].endsWith('s'))) return j;
  const next = ctx.low[unit + 1] ?? '';
  if (DURATION_ENDS.has(next)) return unit + 2;
  return next === 'after' || next === 'before' ? unit + 1 : j;
}

function skipTime(ctx: QuoteContext, j: number, b: number): number {
  const v = ctx.vocab;
  // ("“…,” she said several months after her release.", "said a week later that …")
  const duration = durationEnd(ctx, j, b);
  if (duration > j) return ctx.low[duration] === 'after' || ctx.low[duration] === 'before' ? duration : skipTime(ctx, duration, b);
  // ("said late on Tuesday no personnel would be sent", "said early this morning that …")
  let k = (ctx.low[j] === 'late' || ctx.low[j] === 'early') && j + 2 < b && v.timeWords.has(ctx.low[j + 1]) && v.timeWords.has(ctx.low[j + 2]) ? j + 1 : j;
  // A number is a time after a time word ("in 2015", "May 5"), not after "the" ("said the 99-county pledge …").
  // ("wrote last October after The New York Times published …": an "after" or "before" with words after it opens a phrase or
  // clause of its own, past the time)
  while (k < b && (v.timeWords.has(ctx.low[k]) || timeNumber(ctx, k, j, b)) &&
    !(k > j && (ctx.low[k] === 'after' || ctx.low[k] === 'before') && k + 1 < b && isWord(ctx, k + 1) && ctx.low[k + 1] !== 'that')) k++;
  // "in" alone is a preposition of the clause, not a time ("said in a statement").
  // ("said this is …": a lone "this" or "last" is the clause's first word.)
  if (k === j + 1 && (ctx.low[j] === 'in' || ctx.low[j] === 'on' || ctx.low[j] === 'at' || ctx.low[j] === 'the' || ctx.low[j] === 'this' || ctx.low[j] === 'last')) return j;
  while (k > j && (ctx.low[k - 1] === 'the' || ctx.low[k - 1] === 'in' || ctx.low[k - 1] === 'on' || ctx.low[k - 1] === 'at')) k--;
  // ("tweeted after hearing the news", "said after the game that …": "after" before words of its own opens a phrase or clause)
  if (k === j + 1 && (ctx.low[j] === 'after' || ctx.low[j] === 'before') && k < b && isWord(ctx, k)) return j;
  // "said Monday's deciding vote was …": a possessive time word opens the clause's subject.
  // ("said weeks of work remained": a time noun before "of" heads the clause's subject)
  if (k > j && k < b && (ctx.low[k] === '’s' || ctx.low[k] === "'s" || (ctx.low[k] === 'of' && DURATION_UNITS.has(ctx.low[k - 1])))) return j;
  // "said the days were over", "said this week is key": a time noun with a verb after it is the clause's subject.
  if (k > j && k < b && (ctx.low[j] === 'the' || ctx.low[j] === 'this') && (v.finiteVerbs.has(ctx.low[k]) || (v.auxiliaries.has(ctx.low[k]) && !v.timeWords.has(ctx.low[k])) || ctx.low[k] === 'of')) return j;
  return k;
}

/** Longest ", speaking on condition of anonymity because …," insert between a speaker and the cue, in tokens. */
const MAX_PARTICIPIAL_INSERT_TOKENS = 20;
/** Longest insert between a cue and its content ("said, however, that", "said — on Twitter, as it happens — that"), in tokens. */
const MAX_INSERT_TOKENS = 10;

/**
 * After a cue at `j`: a comma- or dash-delimited insert followed by "that" or an opening quotation mark is skipped
 * (the token after it is returned); anything else leaves `j` as it is.
 */
function skipInsert(ctx: QuoteContext, j: number, b: number): number {
  const open = ctx.surf[j];
  if (j + 2 >= b || (open !== ',' && open !== '—' && open !== '–') || !isWord(ctx, j + 1)) return j;
  for (let k = j + 1; k < b && k - j <= MAX_INSERT_TOKENS + 1; k++) {
    const t = ctx.surf[k];
    // "told his audience, to rowdy applause: “…”": a comma insert closed by a colon before a quotation
    if (open === ',' && t === ':' && k > j + 1 && (ctx.opens.has(k + 1) || quotationInNextParagraph(ctx, k + 1))) return k;
    if (isQuoteMark(ctx, k) || END_PUNCT.has(t) || t === ';' || t === ':') return j;
    // (", as reported by Hurriyet Daily News, “…”": the report's source, no cue of its own)
    const asReported = k === j + 2 && ctx.low[j + 1] === 'as';
    if ((ctx.vocab.cueVerbs.has(ctx.low[k]) || ctx.vocab.participleCues.has(ctx.low[k])) && !asReported) return j;
    const closes = open === ',' ? t === ',' : t === open;
    if (!closes || k === j + 1) continue;
    const next = k + 1;
    if (next < b && (ctx.low[next] === 'that' || ctx.opens.has(next))) return next;
    if (open !== ',') return j;
  }
  return j;
}

/** Prepositions that open a phrase between a cue and its "that" ("said in a statement that", "wrote to donors that"). */
const CUE_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'to', 'with', 'via', 'from', 'after', 'before', 'through', 'over', 'for']);
/** Longest prepositional phrase skipped between a cue and "that", in tokens. */
const MAX_CUE_PHRASE_TOKENS = 16;

/** After a cue at `j`: "in an interview with KTV that …" → the index of "that"; anything else leaves `j`. */
function skipPrepositionalPhrase(ctx: QuoteContext, j: number, b: number): number {
  if (j >= b || !CUE_PREPOSITIONS.has(ctx.low[j])) return j;
  for (let k = j + 1; k < b && k - j <= MAX_CUE_PHRASE_TOKENS; k++) {
    const w = ctx.low[k];
    if (w === 'that') return k > j + 1 ? k : j;
    // (a show title in quotation marks and a place with its state in commas belong to the phrase: 'on ABC's "This Week"',
    // "in Buffalo, New York, that …")
    const titled = isQuoteMark(ctx, k) || ctx.regionOf[k] >= 0 || (ctx.surf[k] === ',' && ctx.cap[k + 1] === true) ||
      (ctx.surf[k] === ',' && ctx.low[k + 1] === 'that');
    if (!titled && !isWord(ctx, k) && !(ctx.surf[k] === '’s' || ctx.surf[k] === "'s" || ctx.surf[k] === '.' && isWord(ctx, k - 1) && ctx.cap[k - 1])) return j;
    // ("said in a report published on Tuesday that …": a participle describing a report noun stays in the phrase)
    // (and a cue form after a determiner is a noun: "in a report", "in a statement")
    const describesReport = w.endsWith('ed') && ctx.vocab.reportNouns.has(ctx.low[k - 1]);
    const noun = ctx.vocab.determiners.has(ctx.low[k - 1]) && !ctx.vocab.pronouns.has(w);
    if (!describesReport && !noun && (ctx.vocab.finiteVerbs.has(w) || ctx.vocab.cueVerbs.has(w) || ctx.vocab.pronouns.has(w))) return j;
  }
  return j;
}

/**
 * A comma-delimited participial insert (", citing the deal,", ", clad in red,") or any dash-delimited one ending at
 * `e` (one past its closing delimiter): the index of its opening delimiter, else -1. Relative and appositive inserts
 * (", who chairs the board,", ", a nurse,") stay part of the speaker phrase, as PolNeAR draws them.
 */
function insertBefore(ctx: QuoteContext, e: number, a: number): number {
  // A spaced hyphen or a doubled one ("Lee -- who chairs the board -- said") is a dash too.
  const doubled = e - 2 >= a && ctx.surf[e - 1] === '-' && ctx.surf[e - 2] === '-';
  // ("Lee, citing “the magic of the deal,” said": the insert's closing comma inside the closing quotation mark)
  const commaInQuote = e - 2 >= a && ctx.closes.has(e - 1) && ctx.surf[e - 2] === ',';
  const comma = ctx.surf[e - 1] === ',' || commaInQuote;
  const last = doubled || commaInQuote ? e - 2 : e - 1;
  if (last - 2 < a || (!comma && !isDash(ctx, last))) return -1;
  for (let k = last - 1; k > a && last - k <= MAX_PARTICIPIAL_INSERT_TOKENS; k--) {
    const t = ctx.surf[k];
    // (a quotation inside the insert is part of it; a stray mark is not)
    if (ctx.regionOf[k] >= 0 || ctx.opens.has(k) || ctx.closes.has(k)) continue;
    if (isQuoteMark(ctx, k)) return -1;
    if ((END_PUNCT.has(t) && !isAbbrevPeriod(ctx, k)) || t === ';' || t === ':') return -1;
    if (comma ? t !== ',' : !isDash(ctx, k)) continue;
    const length = last - k;
    if (!comma && ctx.surf[k - 1] === '-') k--;
    if (k === last - 1 || !isWord(ctx, k - 1)) return -1;
    // (the insert's first word, after both hyphens of a doubled dash)
    const open = !comma && ctx.surf[k + 1] === '-' ? k + 2 : k + 1;
    const first = ctx.low[open];
    // (", asked about the deaths, had said": a question put to the speaker is an insert too)
    const asked = first === 'asked' && ASKED_NEXT.has(ctx.low[open + 1]);
    // (", including the United States Conference of Mayors,": the members named are part of the speaker phrase)
    if (first === 'including' && comma) return -1;
    // (not an office whose modifier ends in "-ing": ", managing director of Acme Research,", ", acting chairman,")
    const ingTitle = ING_TITLE_WORDS.has(first) && roleWord(ctx, ctx.low[open + 1] ?? '');
    const participial = ((first.endsWith('ing') && !ingTitle) || ((first.endsWith('ed') || IRREGULAR_PARTICIPLES.has(first) || first === 'clad') && !ctx.cap[open])) &&
      !ctx.vocab.cueVerbs.has(first) || ctx.vocab.participleCues.has(first) || asked ||
      // ("Gingrich — mentioned by Newsmax as …, — told": a passive participle with its agent)
      ((first.endsWith('ed') || IRREGULAR_PARTICIPLES.has(first)) && !ctx.cap[open] && ctx.low[open + 1] === 'by');
    // ", in a statement," / ", by contrast," / ", for its part,": a prepositional insert is not the speaker's.
    // (not inside a relative clause: "Sandy Phillips, who lost her daughter …, in July 2012, said")
    const prepositional = opensPrepositionalInsert(ctx, open) && !relativeBefore(ctx, a, k);
    // (and a relative clause in dashes: "Joyce — who is listed as an attorney in Illinois but doesn't actively practice law —",
    // or an office: "Kall -- co-editor of Debating The Donald, a book analyzing Trump's performances … -- said")
    const dashedRelative = !comma && (first === 'who' || first === 'which' || ctx.vocab.roleWords.has(first.replace(/^co-/, '')));
    // (only a participial or prepositional insert runs long: ", speaking on condition …,", ", in an extensive look at …,";
    // not "The book, by Sunday Telegraph journalist Robert Peston and serialised …,")
    const longPrepositional = prepositional && first !== 'by';
    if (length > MAX_INSERT_TOKENS && !participial && !longPrepositional && !dashedRelative) return -1;
    return comma && !participial && !prepositional ? -1 : k;
  }
  return -1;
}

/** Most tokens between a dashed insert's closing dash and the cue ("— says", "— has said"). */
const MAX_AFTER_INSERT = 3;

/** "Jason Sims — a teacher from Mount Pleasant — says": a speaker followed by an appositive in dashes before the cue
 *  takes the insert in, as PolNeAR draws it ("— Nevada and South Carolina —", "— including a minority of … —"); a
 *  prepositional insert ("— in a line that seemed … —", "— after a knock-on-wood gesture —") or a relative clause stays out. */
function dashedAppositiveEnd(ctx: QuoteContext, source: [number, number], cue: number): number | undefined {
  let k = source[1];
  if (k >= cue || !isDash(ctx, k)) return undefined;
  const open = ctx.surf[k + 1] === '-' ? k + 2 : k + 1;
  const first = ctx.low[open] ?? '';
  const appositive = ctx.vocab.determiners.has(first) || POSSESSIVES.has(first) || first === 'including' || first === 'and' ||
    ctx.tokens[open]?.kind === 'number' || (ctx.cap[open] && !opensPrepositionalInsert(ctx, open) && !DASHED_RELATIVES.has(first));
  if (!appositive) return undefined;
  for (k = open + 1; k < cue && k - open <= MAX_PARTICIPIAL_INSERT_TOKENS; k++) {
    if (!isDash(ctx, k)) {
      if (END_PUNCT.has(ctx.surf[k]) || ctx.surf[k] === ';' || ctx.surf[k] === ':') return undefined;
      continue;
    }
    const close = ctx.surf[k - 1] === '-' && k - 1 > open ? k - 1 : k;
    const after = ctx.surf[k + 1] === '-' ? k + 2 : k + 1;
    if (cue - after > MAX_AFTER_INSERT || ctx.surf.slice(after, cue).some((t, n) => !isWord(ctx, after + n))) return undefined;
    return close;
  }
  return undefined;
}
/** Words opening a relative clause in dashes, which stays out of the speaker phrase. */
const DASHED_RELATIVES = new Set(['who', 'which', 'whose', 'whom', 'where', 'when']);

/** Whether a ", who"/", which" relative clause opens in [a, k). */
function relativeBefore(ctx: QuoteContext, a: number, k: number): boolean {
  for (let t = a + 1; t < k; t++) if (ctx.surf[t - 1] === ',' && (ctx.low[t] === 'who' || ctx.low[t] === 'which' || ctx.low[t] === 'whose')) return true;
  return false;
}

/** Longest time phrase between a speaker and the cue ("Lee on Monday said", "Lee at the time said"), in tokens. */
const MAX_TIME_TOKENS = 4;
const TIME_NOUN_EXTRA = new Set(['recent', 'time', 'past']);
const TIME_PHRASE_OPENERS = new Set(['on', 'in', 'at']);

/** Start of a time phrase ending at `e` right after a speaker ("on Monday", "in recent weeks", "last week"), else `e`. */
function timeBefore(ctx: QuoteContext, e: number, a: number): number {
  const v = ctx.vocab;
  let k = e;
  let noun = false;
  while (k - 1 > a && e - (k - 1) <= MAX_TIME_TOKENS && (v.timeWords.has(ctx.low[k - 1]) || TIME_NOUN_EXTRA.has(ctx.low[k - 1]))) {
    k--;
    const w = ctx.low[k];
    if (!TIME_PREPOSITIONS.has(w) && w !== 'the' && w !== 'at') noun = true;
  }
  // "Lee last week said" keeps its time in the speaker phrase as PolNeAR draws it; "Lee on Monday said" does not.
  if (k === e || !noun || !TIME_PHRASE_OPENERS.has(ctx.low[k])) return e;
  if (ctx.low[k] === 'at' && ctx.low[e - 1] !== 'time') return e;
  if (k - 1 > a && reducedRelativeVerb(ctx, k - 1)) return e;
  return isWord(ctx, k - 1) && !ctx.vocab.determiners.has(ctx.low[k - 1]) ? k : e;
}

/** Whether token `k` is a participle after its noun ("A survey released on Friday said"): the time after it is the
 *  participle's, and the speaker phrase keeps it whole. */
function reducedRelativeVerb(ctx: QuoteContext, k: number): boolean {
  return k > 0 && !ctx.cap[k] && ctx.low[k].length > 4 && ctx.low[k].endsWith('ed') && isWord(ctx, k - 1) && !ctx.vocab.pronouns.has(ctx.low[k - 1]);
}

/** Words before "to" + cue whose subject is the cue's speaker ("were more likely to say", "is poised to argue"). */
const RAISING = new Set(['continuing', 'trying', 'seeking', 'beginning', 'starting', 'planning', 'hoping', 'refusing', 'declining',
  'pledging', 'promising', 'likely', 'unlikely', 'poised', 'expected', 'set', 'ready', 'willing', 'eager', 'prepared', 'quick', 'careful',
  'continued', 'continues', 'continue', 'began', 'begins', 'started', 'starts', 'tried', 'tries', 'sought', 'seeks', 'seemed', 'seems',
  'appeared', 'appears', 'went', 'goes', 'going', 'used', 'wanted', 'wants', 'plans', 'planned', 'hopes', 'hoped', 'needs', 'needed',
  'decided', 'chose', 'chooses', 'moved', 'rushed', 'sure', 'certain', 'able', 'reluctant', 'happy', 'quick', 'due']);

/** For a cue after "likely to" / "poised to": the token that verb group starts at ("more likely to say" → "more"), else `i`. */
function raisedFrom(ctx: QuoteContext, i: number, a: number): number {
  if (i - 2 < a || ctx.low[i - 1] !== 'to') return i;
  // "went on to say"
  if (ctx.low[i - 2] === 'on' && i - 3 > a && (ctx.low[i - 3] === 'went' || ctx.low[i - 3] === 'goes' || ctx.low[i - 3] === 'go')) return i - 3;
  if (!RAISING.has(ctx.low[i - 2])) return i;
  let k = i - 2;
  if (k - 1 > a && (ctx.low[k - 1] === 'more' || ctx.low[k - 1] === 'less' || ctx.low[k - 1] === 'most' || ctx.low[k - 1] === 'very' || ctx.low[k - 1] === 'on')) k--;
  if (ctx.low[k] === 'on' && ctx.low[k + 1] !== 'went') return i;
  return k > a ? k : i;
}

/** Whether token `k` is a participle modifying the noun before it ("filed", "released", "voting"), not a verb after an
 *  auxiliary or a pronoun. */
function participleModifier(ctx: QuoteContext, k: number): boolean {
  const w = ctx.low[k];
  if (ctx.cap[k] || !(w.endsWith('ed') || w.endsWith('ing') || IRREGULAR_PARTICIPLES.has(w)) || k < 1) return false;
  const before = ctx.low[k - 1];
  return isWord(ctx, k - 1) && !ctx.vocab.auxiliaries.has(before) && !ctx.vocab.pronouns.has(before) && !ctx.vocab.determiners.has(before);
}

/** A dash token: an em or en dash, or a hyphen used as one. */
function isDash(ctx: QuoteContext, k: number): boolean {
  return (ctx.surf[k] === '—' || ctx.surf[k] === '–' || isSpacedHyphen(ctx, k)) && !numberRange(ctx, k);
}

/** A dash joining two numbers with no space: a range ("15–25 million dollars"), not a break. */
function numberRange(ctx: QuoteContext, k: number): boolean {
  const before = ctx.tokens[k - 1];
  const after = ctx.tokens[k + 1];
  return before?.kind === 'number' && after?.kind === 'number' && before.end === ctx.tokens[k].start && ctx.tokens[k].end === after.start;
}

/** A hyphen token with space on both sides, or one of a doubled pair ("--"): used as a dash. */
function isSpacedHyphen(ctx: QuoteContext, k: number): boolean {
  if (ctx.surf[k] !== '-') return false;
  const before = k > 0 && ctx.tokens[k].start > ctx.tokens[k - 1].end;
  const after = k + 1 < ctx.tokens.length && ctx.tokens[k + 1].start > ctx.tokens[k].end;
  return (before && after) || ctx.surf[k - 1] === '-' || ctx.surf[k + 1] === '-';
}

/** Whether token `k`, before the cue at `i` of the sentence starting at `a`, is an auxiliary, adverb or time word that
 *  lies between the speaker phrase and the cue. */
function skippedBeforeCue(ctx: QuoteContext, k: number, i: number, a: number): boolean {
  const v = ctx.vocab;
  const x = ctx.low[k];
  // "A court document filed Thursday said", "polls released Sunday show": the day belongs to the participle before it.
  if (k - 1 >= a && v.timeWords.has(x) && !TIME_PREPOSITIONS.has(x) && participleModifier(ctx, k - 1)) return false;
  if (modalAsName(ctx, k, i, a)) return false; // "“…,” May wrote.", "May said: …"
  // ("USA Today noted": an outlet whose name ends in a time word)
  if (ctx.cap[k] && k - 1 >= a && ctx.cap[k - 1] && v.conduits.has(`${ctx.low[k - 1]} ${x}`)) return false;
  // "A WBUR poll last week showed", "A Monmouth poll out Monday showed": the time dates the poll.
  if (v.timeWords.has(x) || x === 'out') {
    let j = k;
    while (j - 1 >= a && (v.timeWords.has(ctx.low[j - 1]) || ctx.low[j - 1] === 'out') && k - j < 3) j--;
    if (j - 1 >= a && (v.pollNouns.has(ctx.low[j - 1]) || v.reportNouns.has(ctx.low[j - 1]) || participleModifier(ctx, j - 1))) return false;
  }
  // ("Hawkins and Carroll all agreed", "They both said": a floating quantifier after the subject)
  const floating = (x === 'all' || x === 'both') && k - 1 >= a && isWord(ctx, k - 1) && !FLOATING_BLOCKERS.has(ctx.low[k - 1]) &&
    (ctx.cap[k - 1] || ctx.low[k - 1] === 'they' || ctx.low[k - 1] === 'we' || (ctx.low[k - 1].endsWith('s') && !ctx.low[k - 1].endsWith('ss')));
  // ("Trump just announced", "Clinton Finally Admits": a headline capitalises its adverbs)
  // ("Scott's family said": a noun in -ly ends the speaker, it is no adverb)
  // ("who has long opposed": "long" after a perfect's auxiliary)
  // ("He much preferred", "I very much doubt": a degree adverb before a stance)
  // (after the subject only: "fears that too much stress might be placed" has none)
  const degree = (x === 'much' && k + 1 === i && (ctx.low[k - 1] === 'very' || subjectWordAt(ctx, k - 1, a))) ||
    (x === 'very' && ctx.low[k + 1] === 'much' && subjectWordAt(ctx, k - 1, a));
  const adverb = SPEAKER_ADVERBS.has(x) || x === 'just' || degree || (x === 'long' && k - 1 >= a && HAVE.has(ctx.low[k - 1])) || (x.endsWith('ly') && x.length > 4 && !LY_HEAD_NOUNS.has(x) && (!ctx.cap[k] || HEADLINE_ADVERBS.has(x)));
  return (v.auxiliaries.has(x) || x === 'been' || adverb || floating) && !v.pronouns.has(x);
}
/** Whether token `n` (not before `a`) may end a subject: a nominative pronoun or a capitalised word. */
function subjectWordAt(ctx: QuoteContext, n: number, a: number): boolean {
  return n >= a && (NOMINATIVE.has(ctx.low[n]) || (ctx.cap[n] && isWord(ctx, n)));
}

/** Nouns in -ly that head a speaker phrase right before its cue ("Scott's family said", "a key ally warned"). */
const LY_HEAD_NOUNS = new Set(['family', 'ally', 'assembly', 'bully', 'elderly', 'monopoly', 'rally', 'supply']);
/** Adverbs in -ly that a title-case headline capitalises before its verb, never a name. */
const HEADLINE_ADVERBS = new Set(['finally', 'quietly', 'openly', 'publicly', 'officially', 'reportedly', 'actually', 'really', 'repeatedly',
  'secretly', 'privately', 'suddenly', 'formally', 'angrily', 'flatly', 'firmly', 'strongly', 'bluntly']);
/** Words before "all"/"both" that make it a subject of its own ("Not all said", "Of all …"). */
const FLOATING_BLOCKERS = new Set(['not', 'of', 'at', 'in', 'for', 'almost', 'nearly', 'virtually']);

/** One past the speaker phrase's last token for the cue at `i`: auxiliaries, adverbs and ", however," skipped. */
function speakerEdge(ctx: QuoteContext, i: number, a: number): number {
  const v = ctx.vocab;
  let e = raisedFrom(ctx, i, a);
  while (e - 1 >= a && skippedBeforeCue(ctx, e - 1, i, a)) e--;
  // "he’s said", "she's argued": the clitic is an auxiliary, not a possessive.
  if (e - 2 >= a && (ctx.low[e - 1] === '’s' || ctx.low[e - 1] === "'s") && v.pronouns.has(ctx.low[e - 2])) {
    e--;
    while (e - 1 >= a && skippedBeforeCue(ctx, e - 1, i, a)) e--;
  }
  e = timeBefore(ctx, e, a);
  while (e - 1 >= a && skippedBeforeCue(ctx, e - 1, i, a)) e--;
  if (e - 3 >= a && ctx.surf[e - 1] === ',' && ctx.surf[e - 3] === ',' && (skippedBeforeCue(ctx, e - 2, i, a) || SPEAKER_ADVERBS.has(ctx.low[e - 2]))) {
    e -= 3;
    // "A poll has, however, revealed": the auxiliary before the insert.
    while (e - 1 >= a && skippedBeforeCue(ctx, e - 1, i, a)) e--;
  }
  return e;
}

/** Longest name read after a headline's cue as its speaker ("says HP", "warns Bank of England"), in tokens. */
const MAX_HEADLINE_SPEAKER = 4;

/** Whether the sentence [a, b) is a headline line (no closing punctuation, a line break after it) whose present-tense
 *  cue at `i` is followed only by a short capitalised name, with words before it ("Shares fall, says analyst" is not). */
function headlineSpeakerAfter(ctx: QuoteContext, i: number, a: number, b: number): boolean {
  const w = ctx.low[i];
  if (w !== 'says' && w !== 'warns' && w !== 'claims' && w !== 'insists') return false;
  if (i - a < 3 || b - (i + 1) < 1 || b - (i + 1) > MAX_HEADLINE_SPEAKER || END_PUNCT.has(ctx.surf[b - 1])) return false;
  if (!ctx.text.slice(ctx.tokens[b - 1].end, ctx.tokens[b - 1].end + 2).includes('\n')) return false;
  for (let k = a; k < i; k++) if (ctx.surf[k] === ',' || isQuoteMark(ctx, k)) return false;
  for (let k = i + 1; k < b; k++) if (!isWord(ctx, k) || (!ctx.cap[k] && !NAME_LINK_WORDS.has(ctx.low[k]))) return false;
  return true;
}

/** Words after a noun phrase's head that open its modifier ("records from the FEC", "a survey of 500 voters"). */
const HEAD_MODIFIER_LINKS = new Set(['of', 'from', 'by', 'for', 'on', 'in', 'at', 'with', 'to']);

/** Whether the phrase [s, e) after a content's comma is one subject wider than the noun phrase [ls, e) found before the
 *  cue ("a senior EU politician", "figures from the trade ministry", "business lobby group the CBI"), not a relative
 *  clause ("which he denies") or an object before it ("a charge the company denies"). */
function widerTrailingSubject(ctx: QuoteContext, s: number, ls: number, e: number): boolean {
  if (documentHead(ctx, s, e)) return true;
  for (let k = s; k < ls; k++) if (ctx.vocab.pronouns.has(ctx.low[k])) return false;
  if (ctx.vocab.pronouns.has(ctx.low[ls])) return false;
  return !ARTICLES.has(ctx.low[ls]) || ctx.vocab.orgWords.has(ctx.low[ls - 1]) || (HEAD_MODIFIER_LINKS.has(ctx.low[ls - 1]) && isBareSubject(ctx, ls, e));
}

/** Whether the phrase [ls, le) is headed by a report or poll noun before its modifier ("Federal Election Commission
 *  records compiled by the Center for Responsive Politics", "figures from the Labor Department"). */
function documentHead(ctx: QuoteContext, ls: number, le: number): boolean {
  for (let k = ls + 1; k < le - 1; k++) {
    const participle = ctx.low[k].endsWith('ed') && !ctx.cap[k] && HEAD_MODIFIER_LINKS.has(ctx.low[k + 1]);
    if (!participle && !HEAD_MODIFIER_LINKS.has(ctx.low[k])) continue;
    const head = ctx.low[k - 1];
    return ctx.vocab.reportNouns.has(head) || ctx.vocab.pollNouns.has(head);
  }
  return false;
}

/** The doer in a "with" clause ending at the comma `comma` ("…, with Maria Hutchings marching up to him,"): a name or
 *  noun phrase right after "with", then an "-ing" verb. */
function withClauseSubject(ctx: QuoteContext, comma: number, a: number): [number, number] | undefined {
  let c = comma - 1;
  while (c > a && ctx.surf[c] !== ',' && comma - c <= MAX_PARTICIPIAL_INSERT_TOKENS) c--;
  if (ctx.surf[c] !== ',' || ctx.low[c + 1] !== 'with') return undefined;
  const end = nounPhraseEnd(ctx, c + 2, comma);
  const next = ctx.low[end] ?? '';
  return end > c + 2 && ctx.cap.slice(c + 2, end).some(Boolean) && next.length > 4 && next.endsWith('ing') ? [c + 2, end] : undefined;
}

/** The "who" after a comma whose clause runs on to the conjunction at `and` ("Sanders, who endorsed Canova in May and
 *  said …"), else -1. */
function coordinatedRelative(ctx: QuoteContext, and: number, a: number): number {
  for (let k = and - 1; k > a; k--) {
    if (ctx.surf[k] === ',' || isQuoteMark(ctx, k) || BREAK_PUNCT.has(ctx.surf[k]) || END_PUNCT.has(ctx.surf[k])) return -1;
    if (ctx.low[k] === 'who' && ctx.surf[k - 1] === ',') return k;
  }
  return -1;
}

/** Adverbs between a noun and the participle describing it ("Ideas already floated include …"). */
const PARTICIPLE_ADVERBS = new Set(['already', 'previously', 'recently', 'widely', 'often', 'commonly', 'also']);
/** Prepositions opening the phrase of a participle that describes a noun ("described in the study"). */
const PARTICIPLE_PHRASE_LINKS = new Set(['in', 'by', 'at', 'on', 'from', 'during', 'earlier', 'above', 'below', 'here', 'for']);
/** Longest noun phrase after that preposition, in tokens. */
const MAX_PARTICIPLE_PHRASE = 3;
/** Words that end such a phrase: a clause follows. */
const NOT_PHRASE_NOUNS = new Set(['that', 'there', 'least', 'most', 'to', 'for', 'with', 'about', 'of']);

/** Whether the participle cue at `i` opens a reduced relative clause: a short prepositional phrase after it, then at once
 *  the sentence's verb, no subject of its own between ("The black hole described in the study is located …"; not "The
 *  minister said in a statement the plan was dead"). */
function reducedRelative(ctx: QuoteContext, i: number, b: number): boolean {
  const link = i + 1;
  if (!PARTICIPLE_PHRASE_LINKS.has(ctx.low[link] ?? '')) return false;
  let k = link + 1;
  if (k < b && ctx.vocab.determiners.has(ctx.low[k])) k++;
  const first = k;
  // (the phrase's nouns only: "said at least 71 people were …", "announced on Facebook there were …", "said on a visit to
  // Sydney there was …" go on to a clause of their own)
  while (k < b && k - first < MAX_PARTICIPLE_PHRASE && isWord(ctx, k) && !BE.has(ctx.low[k]) && !auxiliaryVerb(ctx.low[k]) &&
    !ctx.vocab.determiners.has(ctx.low[k]) && !ctx.vocab.pronouns.has(ctx.low[k]) && !NOT_PHRASE_NOUNS.has(ctx.low[k]) &&
    !PARTICIPLE_PHRASE_LINKS.has(ctx.low[k]) && !ctx.vocab.nounPhraseLinks.has(ctx.low[k])) k++;
  return k > first && k < b && (BE.has(ctx.low[k]) || HAVE.has(ctx.low[k]));
}

/** Whether the cue form at `i` is a bare noun-like form ("demand", "report", "claim": no "-s", "-ed" or "-ing") right after
 *  a lower-case "-ing" verb, whose object it is ("boosting demand"); not after an auxiliary's "being" or "saying". */
function gerundObject(ctx: QuoteContext, i: number): boolean {
  const w = ctx.low[i];
  const before = ctx.low[i - 1];
  if (!baseFormOfCue(ctx, w) || ctx.cap[i - 1] || before.length < 6 || !before.endsWith('ing')) return false;
  // (an "-ing" noun after a determiner is the subject's: "The minutes of the meeting show how …")
  const owner = ctx.low[i - 2] ?? '';
  if (i - 2 >= 0 && (ctx.vocab.determiners.has(owner) || POSSESSIVES.has(owner) || owner === "'s" || owner === '’s')) return false;
  return !ctx.vocab.cueVerbs.has(before) && !ctx.vocab.objectCues.has(before) && !ING_NOUNS.has(before);
}

/** Words in "-ing" that are no verb before a bare cue form ("being", "during", "nothing", "polling show"). */
const ING_NOUNS = new Set(['being', 'during', 'nothing', 'something', 'anything', 'everything', 'meeting', 'polling', 'building', 'morning',
  'evening', 'hearing', 'briefing', 'spending', 'funding', 'bidding', 'ruling', 'finding', 'findings', 'king', 'thing', 'spring', 'string', 'ring',
  'wing', 'sibling', 'viewing', 'listing', 'recording', 'reading', 'opening', 'ceiling', 'setting', 'feeling', 'timing', 'marketing', 'training',
  'housing', 'pricing', 'lending', 'borrowing', 'shipping', 'banking', 'clothing', 'planning', 'fighting', 'bombing', 'shooting', 'killing', 'voting',
  'trading', 'warning', 'filing', 'reporting']);

/** Whether a person the entity layer names starts at token `k`, after an honorific or not ("Mr Nattrass"). */
/** Whether the capitalised name at token `k` owns what follows it ("Gordon Brown's Budget", "Yukos' legal wrangling"). */
function ownerAt(ctx: QuoteContext, k: number, b: number): boolean {
  let e = k;
  while (e < b && ctx.cap[e] && isWord(ctx, e)) e++;
  return e < b && (POSSESSIVE.has(ctx.low[e]) || ctx.surf[e] === "'" || ctx.surf[e] === '’');
}

function personAt(ctx: QuoteContext, k: number): boolean {
  if (k >= ctx.tokens.length || !ctx.cap[k]) return false;
  const starts = (t: number) => t < ctx.tokens.length && (ctx.entities ?? []).some((m) => m.label === 'PER' && m.start === ctx.tokens[t].start);
  return starts(k) || (ctx.vocab.honorifics.has(ctx.low[k]) && starts(ctx.surf[k + 1] === '.' ? k + 2 : k + 1));
}

/** Longest description before the name of a person proposed to ("Grammy-winning singer Aguilera"), in tokens. */
const MAX_PROPOSED_TO = 5;

/** Whether a person's name the entity layer marks stands within a few tokens of `k` (after a description), and no "that"
 *  clause follows in the sentence: "proposed to singer Aguilera, 23," (not "proposed to Mr Lee that they merge"). */
function personProposedTo(ctx: QuoteContext, k: number, b: number): boolean {
  let person = false;
  for (let t = k; t < b && t - k < MAX_PROPOSED_TO && isWord(ctx, t) && !person; t++) person = personAt(ctx, t);
  return person && !ctx.low.slice(k, b).includes('that');
}

/** Whether the person named at token `k` opens a clause: a finite verb after the name ("an email showed Mr Stearns had
 *  instructed a colleague …", "the Budget shows Mr Brown clawed back …"). */
function personClause(ctx: QuoteContext, k: number, b: number): boolean {
  let e = k;
  while (e < b && (ctx.cap[e] || isAbbrevPeriod(ctx, e))) e++;
  const w = ctx.low[e] ?? '';
  return e < b && !ctx.cap[e] && (ctx.vocab.finiteVerbs.has(w) || ctx.vocab.auxiliaries.has(w) || isVerbForm(w) || (ctx.cueForm[e] & CUE_VERB) !== 0);
}

/** Verbs of footage and sight whose object person does what the participles after them say ("showed Mr Nattrass, …,
 *  telling the meeting"). */
const SHOWN_FORMS = new Set(['showed', 'shows', 'show', 'shown', 'filmed', 'captured', 'caught', 'saw', 'heard', 'featured', 'features']);

/** The person a verb of footage shows in the clause [a, comma) ("The documentary showed Mr Nattrass, apparently talking
 *  about the EU,"): their name's tokens. */
function shownPerson(ctx: QuoteContext, a: number, comma: number): [number, number] | undefined {
  for (let k = a; k + 1 < comma; k++) {
    if (!SHOWN_FORMS.has(ctx.low[k]) || ctx.cap[k] || !personAt(ctx, k + 1)) continue;
    let e = k + 1;
    while (e < comma && (ctx.cap[e] || isAbbrevPeriod(ctx, e)) && (isWord(ctx, e) || isAbbrevPeriod(ctx, e))) e++;
    return [k + 1, e];
  }
  return undefined;
}

/** Prepositions right after "about" or "of" that show its object gone ("talks about in the notice"). */
const GAP_PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'with', 'to', 'from', 'during', 'since', 'before', 'after']);
/** What a player finds on the pitch ("found space", "found the net", "found the target"). */
const FOUND_PLACES = new Set(['space', 'net', 'target', 'corner', 'gap', 'form', 'room']);
/** Searches, whose finds are things, not findings ("A search of McArthur's van found an alleged murder weapon"). */
const SEARCH_NOUNS = new Set(['search', 'searches', 'raid', 'raids', 'excavation', 'excavations', 'dig']);

/** Whether the subject of the "found" at `i` is a search ("A search of the van found …", "Police searches found …"). */
function searchSubject(ctx: QuoteContext, i: number, a: number): boolean {
  for (let k = i - 1; k >= a && i - k <= MAX_SEARCH_SUBJECT; k--) {
    if (SEARCH_NOUNS.has(ctx.low[k])) return !ctx.low.slice(k + 1, i).some((w, n) => !isWord(ctx, k + 1 + n) && !isAbbrevPeriod(ctx, k + 1 + n) && w !== "'s" && w !== '’s');
    if (!isWord(ctx, k) && ctx.low[k] !== "'s" && ctx.low[k] !== '’s') return false;
  }
  return false;
}
/** Longest phrase from a search noun to its "found" ("A search of McArthur's van found"), in tokens. */
const MAX_SEARCH_SUBJECT = 8;

/** Verbs that put a question whose "if" or "whether" clause is asked, not said. */
const ASKING_FORMS = new Set(['asked', 'ask', 'asks', 'asking', 'wondered', 'wonder', 'wonders', 'wondering', 'questioned', 'pressed']);
/** Longest subject between "if" and the cue in a question put ("if Mr Blair would say"), in tokens. */
const MAX_ASKED_SUBJECT = 4;

/** Whether the cue at `i` is inside an "if"/"whether" clause right after a verb of asking ("was asked if he would say …"). */
function askedWhether(ctx: QuoteContext, i: number, a: number): boolean {
  for (let k = i - 1; k > a && i - k <= MAX_ASKED_SUBJECT + 2; k--) {
    const w = ctx.low[k];
    if (w === 'if' || w === 'whether') return k - 1 >= a && ASKING_FORMS.has(ctx.low[k - 1]) || (k - 2 >= a && ASKING_FORMS.has(ctx.low[k - 2]) && !ctx.cap[k - 1]);
    if (!isWord(ctx, k)) return false;
  }
  return false;
}

/** Past "per ABC News" after a cue: the outlet the words were reported by, no content ("Russell Zimmerman said per ABC
 *  News."). */
function skipPerSource(ctx: QuoteContext, j: number, b: number): number {
  if (ctx.low[j] !== 'per' || !ctx.cap[j + 1]) return j;
  let k = j + 1;
  while (k < b && (ctx.cap[k] || ctx.low[k] === 'the') && isWord(ctx, k)) k++;
  return k >= b || END_PUNCT.has(ctx.surf[k]) || ctx.surf[k] === ',' ? k : j;
}

/** Prepositions that take a gerund ("for giving up …"). */
const GERUND_PREPOSITIONS = new Set(['for', 'by', 'after', 'before', 'of', 'about', 'without', 'from', 'in', 'on', 'at', 'to', 'over', 'against', 'despite', 'while', 'when']);

/** Whether the "-ing" form after the conjunction at `and` (clause from `a`) joins no main verb: nothing "-ing" before it
 *  ("those outside the US and trying to view …") or the gerund of someone the clause names after its subject ("to reward
 *  Tripoli for giving up arms and vowing to …"). */
function gerundCoordinated(ctx: QuoteContext, and: number, a: number): boolean {
  const next = ctx.low[and + 1] ?? '';
  if (!next.endsWith('ing') || next.length < 5 || ctx.cap[and + 1]) return false;
  for (let k = and - 1; k > a; k--) {
    const w = ctx.low[k];
    // (not a noun: "The blocking began …")
    // (the gerund of someone named or a pronoun just before: "reward Tripoli for giving up …"; a noun's gerund is the
    // subject's: "Acme had a reputation for putting candidates through … and asking …")
    if (w.length > 4 && w.endsWith('ing') && !ctx.cap[k] && isWord(ctx, k) && !ctx.vocab.determiners.has(ctx.low[k - 1])) {
      return GERUND_PREPOSITIONS.has(ctx.low[k - 1]) && k - 2 > a && (ctx.cap[k - 2] || OBJECT_PRONOUNS.has(ctx.low[k - 2]));
    }
  }
  return true;
}

/** The attribution clause around the cue verb at token `i` of sentence [a, b), or undefined. */
/** Gerunds a cue may take after a quotation, as what the quotation was ("“…,” she recalls thinking", "remembers saying"). */
const RECALLED_GERUNDS = new Set(['thinking', 'saying', 'telling', 'asking', 'wondering', 'writing']);

function verbFrame(ctx: QuoteContext, i: number, a: number, b: number, si: number): Attribution | undefined {
  const v = ctx.vocab;
  const w = ctx.low[i];
  // ("On a more serious note, …", "on a lighter note": the idiom's noun)
  if (w === 'note' && onANote(ctx, i, a)) return undefined;
  // "the editor’s note:" — a cue form after a possessive is a noun.
  if (i - 2 >= a && (ctx.low[i - 1] === '’s' || ctx.low[i - 1] === "'s") && !v.pronouns.has(ctx.low[i - 2])) return undefined;
  if (i > a && ((ctx.low[i - 1] === 'to' && raisedFrom(ctx, i, a) === i) ||
    (v.determiners.has(ctx.low[i - 1]) && !isQuantifierSubject(ctx, i - 1) && !relativeThat(ctx, i, a)))) return undefined;
  // "Ask Jeeves has added the ability to …": a perfect "added" with a determined object adds a thing, it says nothing.
  if ((w === 'added' || w === 'adds') && i > a && HAVE.has(ctx.low[i - 1]) && ctx.low[i + 1] !== 'that' && v.determiners.has(ctx.low[i + 1] ?? '')) return undefined;
  // ("Adler is writing two new songs", "He wrote for other artists": composing a work, or for someone, is no statement)
  if (WRITE_FORMS.has(w) && (ctx.low[i + 1] === 'for' || creativeWork(ctx, i + 1, b))) return undefined;
  // Left: skip "has also", "on Tuesday", "further" and ", however," between the speaker and the cue.
  const edge = speakerEdge(ctx, i, a);
  // Passive ("it was revealed that", "Lee was told that", "after being informed that"): the speaker is not the subject.
  const participle = w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w);
  // ("Gingrich — mentioned by Newsmax as …": a participle with its agent describes the noun before it)
  if (participle && ctx.low[i + 1] === 'by' && edge === i && i - 1 >= a && (isDash(ctx, i - 1) || ctx.surf[i - 1] === ',')) return undefined;
  if (participle && (ctx.low.slice(edge, i).some((x) => BE.has(x)) || (i > a && (ctx.low[i - 1] === 'being' || ctx.low[i - 1] === 'been')))) return undefined;
  // ("The black hole described in the study is located …": a participle after its noun, its phrase, then the main verb)
  if (participle && edge === i && i > a && !v.pronouns.has(ctx.low[i - 1]) && reducedRelative(ctx, i, b)) return undefined;
  // "Lee, citing the deal, said" / "Lee — who chairs the board — told": the speaker ends before the insert.
  // ("…, forcing her to act, said Brad Bannon, a pollster." is an inverted speaker after the content)
  const invertedAfter = edge === i && ctx.surf[i - 1] === ',' && i + 1 < b && !v.pronouns.has(ctx.low[i + 1]) && invertedSpeakerAt(ctx, i + 1, b);
  // (no insert parts a participle from a speaker: "Dean, a former party chairman, poked at Trump, saying …" is the main
  // clause's subject's, not an appositive's before an insert)
  const afterClause = v.participleCues.has(w) && edge === i && i - 1 >= a && ctx.surf[i - 1] === ',';
  const commaInsert = invertedAfter || afterClause ? -1 : insertBefore(ctx, edge, a);
  const insert = invertedAfter || afterClause || commaInsert >= 0 ? commaInsert : gerundInsertBefore(ctx, edge, a);
  const e = insert >= 0 ? speakerEdge(ctx, insert, a) : edge;
  const at = insert >= 0 ? insert : i;
  let ls = -1;
  let le = e;
  let antecedent: [number, number] | undefined;
  if (e - 1 >= a && ctx.surf[e - 1] === ',') {
    // "Scott Pruitt, the attorney general of Oklahoma, said" / "Russia's ambassador, Dmitry Zhirnov, said"
    le = e - 1;
    let y = leftPhrase(ctx, infinitiveTailStart(ctx, timeTailStart(ctx, le, a), a), a);
    if (y > a + 1 && APPOSITIVE_LINKS.has(ctx.low[y - 1]) && ctx.surf[y - 2] === ',') y--; // ", of the Center …,"
    if (y > a && ctx.surf[y - 1] === ',') {
      const x = leftPhrase(ctx, y - 1, a);
      const hasName = (s: number, t: number) => ctx.cap.slice(s, t).some(Boolean);
      if (x >= 0 && (hasName(x, y - 1) || hasName(y, le))) ls = x;
      // "Lee was upset with Kim, the front-runner, saying …": a name with its appositive inside the clause is an object;
      // the participle's speaker is the main clause's subject.
      if (ls > a && v.participleCues.has(w) && isWord(ctx, ls - 1) && !ctx.cap[ls - 1] && !SUBORDINATE.has(ctx.low[ls - 1]) &&
        !LEADING_CONJUNCTIONS.has(ctx.low[ls - 1])) ls = -1;
    }
    // ("Mr Valentine, who grew up in Argentina, agreed. “…”": a name opening the sentence with a relative clause in
    // commas, its cue ending the sentence before a quotation)
    if (ls < 0 && sentenceEndAt(ctx, i + 1, b) && quotationOpeningAt(ctx, b)) {
      let c = le - 1;
      while (c > a && le - c <= MAX_PARTICIPIAL_INSERT_TOKENS && ctx.surf[c] !== ',') c--;
      if (c > a && ctx.surf[c] === ',' && (ctx.low[c + 1] === 'who' || ctx.low[c + 1] === 'whose')) {
        const x = leftPhrase(ctx, c, a);
        if (x === a && ctx.cap.slice(x, c).some(Boolean)) ls = x;
      }
    }
  } else {
    ls = relativeThat(ctx, e, a) ? e - 1 : leftPhrase(ctx, e, a);
    // "in which a majority of Americans say …": a quantity of the phrase's noun is part of the subject.
    // ("In the US many of those interviewed said": a quantifier's "of" the same)
    if (ls - 2 >= a && ctx.low[ls - 1] === 'of' && (QUANTITY_NOUNS.has(ctx.low[ls - 2]) || (isQuantifierSubject(ctx, ls - 2) && !ctx.cap[ls - 2]))) {
      ls -= 2;
      if (ls - 1 >= a && (v.determiners.has(ctx.low[ls - 1]) || ctx.tokens[ls - 1].kind === 'number')) ls--;
    } else if (ls - 3 >= a && ctx.low[ls - 1] === 'of') {
      // ("… and 40% of voters said", "40 per cent of voters")
      const share = [ls - 3, ls - 4].find((n) => n >= a && pollShareAt(ctx, n) === ls - 1);
      if (share !== undefined) ls = share;
    }
    // "… has been training in Holland and Ferguson said": a name coordinated with a preposition's object opens a
    // clause of its own after "and".
    // (only after a finite verb: "the latest surveys from Nationwide and Halifax have indicated" is one subject)
    // ("The clubs met the FA and Astiazaran added": the same after a verb's object)
    // (not after a cue, whose clause the names open: "said Lord Woolf and Lord Falconer agreed …")
    const verbForm = (k: number) => !ctx.cap[k] && (ctx.vocab.finiteVerbs.has(ctx.low[k]) || auxiliaryVerb(ctx.low[k]) || isVerbForm(ctx.low[k]));
    const objectOfVerb = ls - 1 > a && verbForm(ls - 1) && ctx.cueForm[ls - 1] === 0 && !IRREGULAR_PAST.has(ctx.low[ls - 1]) &&
      (!auxiliaryVerb(ctx.low[ls - 1]) || BE.has(ctx.low[ls - 1]));
    if (ls > a && ((ADJUNCT_PREPOSITIONS.has(ctx.low[ls - 1]) && ctx.low.slice(a, ls - 1).some((x, n) => verbForm(a + n))) || objectOfVerb)) {
      let and = ls + 1;
      while (and + 1 < e && ctx.low[and] !== 'and') and++;
      if (and + 1 < e && ctx.cap[and + 1] && ctx.low.slice(and + 1, e).every((x, n) => ctx.cap[and + 1 + n] || isAbbrevPeriod(ctx, and + 1 + n))) ls = and + 1;
    }
    // ("official figures - which suggest that …": or a spaced dash)
    if (ls >= 0 && v.pronouns.get(ctx.low[ls]) === 'relative' && ls - 1 > a && (ctx.surf[ls - 1] === ',' || isDash(ctx, ls - 1))) {
      const ante = relativeAntecedent(ctx, ls - 1, a);
      if (ante >= 0) antecedent = [ante, ls - 1];
    } else if (ls >= 0 && ctx.low[ls] === 'who' && ls - 1 > a && ctx.cap[ls - 1] && isWord(ctx, ls - 1)) {
      // ("…, including actor George C Scott who said …": a name right before "who", no comma between)
      let ante = leftPhrase(ctx, ls, a);
      if (ante >= 0 && v.clauseOpeners.has(ctx.low[ante])) ante++;
      if (ante >= 0 && ante < ls) antecedent = [ante, ls];
    }
  }
  // Right: "told AFP (that)", then "in July", "this year".
  let j = i + 1;
  if ((w === 'went' || w === 'goes') && ctx.low[j] === 'on') j++; // "“…,” she went on.
  if ((w === 'points' || w === 'pointed') && ctx.low[j] === 'out') j++; // "“…,” points out Steve Cram.
  let conduit: [number, number] | undefined;
  let addressed = false;
  if (TELL.has(w)) {
    let k = j;
    while (k < b && k - j < MAX_OBJECT_TOKENS && ctx.low[k] !== 'that' && !BREAK_PUNCT.has(ctx.surf[k]) &&
      !END_PUNCT.has(ctx.surf[k]) && !isQuoteMark(ctx, k)) k++;
    // ("“…,” Trump told NBC’s “Today” on Monday.": an outlet's programme in quotation marks is part of the audience)
    const programme = k > j ? programmeTitleEnd(ctx, k, b) : -1;
    if (programme > 0) k = programme;
    // "told KTV he planned …": a short named audience, then a clause without "that".
    // (a phrase ending at "that", a colon or a quotation is read whole below: "told BBC Radio 4's Today programme: …")
    const outlet = k > j && k < b && (ctx.low[k] === 'that' || isQuoteMark(ctx, k) || ctx.surf[k] === ':' || ctx.surf[k] === ',') ? undefined : outletEnd(ctx, j, b);
    let np = audienceEnd(ctx, j, b) ?? outlet ?? objectBeforePronoun(ctx, j, b) ?? nounPhraseEnd(ctx, j, b);
    // ("told NPR Hamza bin Laden had appeared …": a one-word outlet the vocabulary knows, then a person's name, the
    // clause's subject — a first name or a person the entity layer starts there; not "told BBC News he …", one outlet)
    if (np > j + 1 && v.conduits.has(ctx.low[j]) && ctx.cap[j + 1] && verbFollows(ctx, j + 2, b) && (isFirstName(v, ctx.low[j + 1]) ||
      (ctx.entities ?? []).some((m) => m.start === ctx.tokens[j + 1].start && m.label === 'PER'))) np = j + 1;
    // ("told the BBC the government would fall": a determiner after a name opens the clause, not more of the audience)
    // (nor after the audience's own noun: "told our correspondent an AIS transponder will …")
    for (let d = j + 1; d < np; d++) {
      if (ARTICLES.has(ctx.low[d]) && (ctx.cap[d - 1] || ctx.tokens[d - 1].kind === 'number' || AUDIENCE_NOUNS.has(ctx.low[d - 1]) || roleWord(ctx, ctx.low[d - 1])) && !ctx.cap[d]) np = d;
      else if (v.determiners.has(ctx.low[d]) && (ctx.cap[d - 1] || ctx.tokens[d - 1].kind === 'number') && !ctx.cap[d]) np = d;
    }
    const pronounNext = np > j && np < b && v.pronouns.has(ctx.low[np]) && v.pronouns.get(ctx.low[np]) !== 'relative';
    // "told the Military Times the attack took place", "told reporters the toll had risen": a named outlet or an
    // audience noun, then a clause opening with a determiner, a name or a number.
    // ("told BBC Radio 4 the plan …", "told MPs there was …")
    const named = np > j && (ctx.cap[np - 1] || (np - 2 >= j && ctx.tokens[np - 1].kind === 'number' && ctx.cap[np - 2]));
    // ("told Agence France-Presse arson has been used …": a bare noun and an auxiliary open the clause too)
    // (a time between the audience and the clause: "told reporters today psychiatric assessments will be …")
    // ("told Wikinews only 10% of the employees were …", "told the press a nearly 24-hour search …": a focus adverb first)
    let c = np > j && np < b ? skipTime(ctx, np, b) : np;
    if (np > j && c + 1 < b && !ctx.cap[c] && (FOCUS_ADVERBS.has(ctx.low[c]) || (APPROXIMATORS.has(ctx.low[c]) &&
      (ctx.tokens[c + 1].kind === 'number' || NUMBER_WORDS.has(ctx.low[c + 1]) || ARTICLES.has(ctx.low[c + 1]))))) c++;
    const clauseNext = np > j && c < b && (named || AUDIENCE_NOUNS.has(ctx.low[np - 1]) || roleWord(ctx, ctx.low[np - 1])) &&
      (((v.determiners.has(ctx.low[c]) || ctx.cap[c] || ctx.tokens[c].kind === 'number' || ctx.low[c] === 'there') && verbFollows(ctx, c + 1, b)) ||
        (isWord(ctx, c) && !ctx.cap[c] && c + 1 < b && auxiliaryVerb(ctx.low[c + 1])) ||
        // ("told The Jakarta Post radio broadcasts were being used …": two bare nouns before the auxiliary)
        // (not more of the outlet's name, "the Guardian newspaper there would be", "Talking Point programme what was needed")
        ((named || AUDIENCE_NOUNS.has(ctx.low[np - 1])) && isWord(ctx, c) && !ctx.cap[c] && !OUTLET_NOUNS.has(ctx.low[c]) && c + 2 < b && isWord(ctx, c + 1) && !ctx.cap[c + 1] &&
          !v.finiteVerbs.has(ctx.low[c + 1]) && !v.determiners.has(ctx.low[c + 1]) && !v.pronouns.has(ctx.low[c + 1]) && !WH_WORDS.has(ctx.low[c + 1]) &&
          ctx.low[c + 1] !== 'there' && !ADJUNCT_PREPOSITIONS.has(ctx.low[c]) && !ctx.cap[c + 2] && auxiliaryVerb(ctx.low[c + 2])));
    // "told him he was wrong", "told them the bridge was closed": the person told is no outlet, and the clause follows
    // (not "told US TV network Fox News …": the capitalised "US" is the country)
    if (OBJECT_PRONOUNS.has(ctx.low[j]) && !ctx.cap[j] && j + 1 < b && (NOMINATIVE.has(ctx.low[j + 1]) || ctx.low[j + 1] === 'it' ||
      ((v.determiners.has(ctx.low[j + 1]) || ctx.cap[j + 1] || ctx.tokens[j + 1].kind === 'number') && verbFollows(ctx, j + 2, b)))) {
      j++;
      addressed = true;
    } else if ((pronounNext || clauseNext || np === outlet) && np - j <= MAX_OBJECT_TOKENS) {
      conduit = [j, np];
      j = np;
    } else if (k > j && (k >= b || !isWord(ctx, k) || ctx.low[k] === 'that' || isQuoteMark(ctx, k) || programme > 0)) {
      conduit = [j, k];
      j = k;
    }
  }
  // "assured reporters that …", "warned them that …": the people addressed before "that" are no content.
  if (ADDRESSEE_CUES.has(w)) j = addresseeThat(ctx, j, b) ?? j;
  const madeClear = MAKE_FORMS.has(w) ? clearThatEnd(ctx, j, b) : 0;
  if (madeClear) j = madeClear;
  const t = skipTime(ctx, j, b);
  const time: [number, number] | undefined = t > j ? [j, t] : undefined;
  j = t;
  // ("The Chilean Armed Forces said on Sunday, the 36 people infected included …": a comma after the time, then the clause)
  // (only with the subject opening the sentence: "“…,” he said on Sunday, his locks freshly gelled …" reports what came before)
  if (time && !conduit && j + 2 < b && ctx.surf[j] === ',' && (v.bareClauseVerbs.has(w) || REPORT_FORMS.has(w)) && ls >= a &&
    (ls === a || LEADING_CONJUNCTIONS.has(ctx.low[ls - 1]) || ctx.surf[ls - 1] === ':') && !(a > 0 && ctx.closes.has(a - 1)) && clauseOpening(ctx, j + 1) && holdsClause(ctx, j + 1, b, true)) j++;
  j = skipInsert(ctx, j, b);
  j = skipPrepositionalPhrase(ctx, j, b);
  j = skipPerSource(ctx, j, b);
  if (j + 1 < b && ctx.low[j + 1] === 'that' && (ctx.low[j] === 'only' || (ctx.low[j].endsWith('ly') && !ctx.cap[j]))) j++; // "saying only that"
  const quoteAfterComma = j + 1 < b && ctx.surf[j] === ',' && ctx.opens.has(j + 1);
  const endsAfter = j >= b || END_PUNCT.has(ctx.surf[j]) || (ctx.surf[j] === ',' && !quoteAfterComma) || ctx.closes.has(j);
  let coordinated = false;
  const commaMode = e - 1 >= a && ctx.surf[e - 1] === ',';
  const startOfClause = clauseStart(ctx, a, at);
  // "The mayor, who faces a vote, said the plan works": an appositive subject, not content before an inverted speaker.
  const appositiveSubject = commaMode && startOfClause < e - 1 && ctx.surf.slice(startOfClause, e - 1).includes(',') &&
    isWholeSubject(ctx, startOfClause, e - 1);
  const inverted = commaMode && !endsAfter && ctx.low[j] !== 'that' && !appositiveSubject && invertedEnd(ctx, j, b) > 0;
  const pronoun = ls >= 0 && ls === le - 1 && v.pronouns.has(ctx.low[ls]);
  // "which Mr. Trump called …", "what Zimmerman described as …": the subject of an object relative clause.
  const objectRelative = ls >= 0 && ls - 1 >= a && OBJECT_RELATIVES.has(ctx.low[ls - 1]) &&
    (!v.pronouns.has(ctx.low[ls]) || NOMINATIVE.has(ctx.low[ls]));
  if (!inverted && !pronoun && !objectRelative && (ls >= 0 || commaMode || !endsAfter)) {
    // The whole subject from the clause start: appositives and "who …" clauses belong to the speaker phrase.
    const s = startOfClause;
    const end = commaMode ? e - 1 : e;
    const hasComma = ctx.surf.slice(s, end).includes(',');
    const contentFirst = s === a && endsAfter; // "X, officials said": the words before are the content
    // ("Friends, lobbyists and former foes say": a coordinated list is one subject)
    // ("Stacy Baker of Columbia, South Carolina says": a town and its state)
    const commaInside = !commaMode && ls >= 0 && ctx.surf.slice(s, ls).includes(',') && !isSubjectList(ctx, s, end) && !hometownComma(ctx, s, end);
    // ("Now Canadian authorities have said", "But now …": after a sentence adverb opening the clause without its comma)
    const afterAdverb = s - 1 >= a && ADVERB_OPENERS.has(ctx.low[s - 1]) && (s - 1 === a || LEADING_CONJUNCTIONS.has(ctx.low[s - 2]) || ctx.surf[s - 2] === ',');
    const openedClause = s === a || ctx.surf[s - 1] === ',' || LEADING_CONJUNCTIONS.has(ctx.low[s - 1]) || ctx.surf[s - 1] === '(' || afterAdverb;
    if (s < (ls >= 0 ? ls : end) && (ls >= 0 || openedClause || commaMode) && !contentFirst && !commaInside && (!commaMode || hasComma) &&
      (ls >= 0 || commaMode ? isWholeSubject(ctx, s, end) : isBareSubject(ctx, s, end))) {
      ls = s;
      le = attributingRelative(ctx, s, end);
      antecedent = undefined;
    }
  }
  // `…,” saying` ends a quotation with its comma inside the marks.
  const commaBefore = e - 1 >= a && (ctx.surf[e - 1] === ',' || (ctx.closes.has(e - 1) && ctx.surf[e - 2] === ','));
  const byParticiple = v.participleCues.has(w) && e === i && e - 1 > a && ctx.low[e - 1] === 'by'; // "landed in trouble by saying that …"
  // "The senator emailed supporters saying: …": a participle right after the main clause's object.
  // (not after a preposition or auxiliary: "is about saying that", "have been warning that"; "that" only after an
  // audience: "a rule stating that …" is a reduced relative)
  const afterObject = v.participleCues.has(w) && e === i && e - 1 > a && isWord(ctx, e - 1) && !ctx.cap[e - 1] &&
    !v.boundaryWords.has(ctx.low[e - 1]) && !v.auxiliaries.has(ctx.low[e - 1]) && !BE.has(ctx.low[e - 1]) &&
    (ctx.surf[i + 1] === ':' || (ctx.low[i + 1] === 'that' && AUDIENCE_NOUNS.has(ctx.low[e - 1])));
  // ("The board, at the same time, cut fares, saying …": what reads as a name and its appositive before a participle
  // can be a clause; the main clause's subject is the speaker)
  const participleAfterComma = v.participleCues.has(w) && commaBefore && e === i;
  if ((ls < 0 || (afterObject && !ctx.cap[ls]) || participleAfterComma) && !endsAfter && e - 1 >= a && (((ctx.low[e - 1] === 'and' || ctx.low[e - 1] === 'but') && !gerundCoordinated(ctx, e - 1, a)) || (v.participleCues.has(w) && commaBefore) || byParticiple || afterObject)) {
    // "Lee praised the plan and said …", "…, saying …": the speaker is the main clause's subject.
    // ("The trouble began …, with Maria Hutchings marching up to him, saying …": the doer of a "with" clause before it)
    // ("The documentary showed Mr Nattrass, apparently talking about the EU, telling …": the person shown)
    // ("Sanders, who endorsed Canova in May and said …": the relative pronoun of the clause the cue is coordinated in)
    const relative = ctx.low[e - 1] === 'and' ? coordinatedRelative(ctx, e - 1, a) : -1;
    const ante = relative >= 0 ? relativeAntecedent(ctx, relative - 1, a) : -1;
    const subject = ante >= 0 ? [relative, relative + 1] as [number, number] :
      (commaBefore && ctx.surf[e - 1] === ',' ? withClauseSubject(ctx, e - 1, a) ?? shownPerson(ctx, a, e - 1) : undefined) ??
      coordinatedSubordinateSubject(ctx, a, e - 1) ?? mainSubject(ctx, a, e - 1);
    if (ante >= 0) antecedent = [ante, relative - 1];
    if (subject) {
      [ls, le] = subject;
      coordinated = true;
    }
  }
  // "Although Lee says …, others argue that …": a quantifier standing alone after a comma.
  if (ls < 0 && !commaMode && e === i && e - 2 >= a && ctx.surf[e - 2] === ',' && isQuantifierSubject(ctx, e - 1)) [ls, le] = [e - 1, e];
  // ("… the convention and others have said …", "… - others say …": the same after a conjunction or a dash)
  if (ls < 0 && !commaMode && e - 2 >= a && (COORDINATORS.has(ctx.low[e - 2]) || isDash(ctx, e - 2)) && isQuantifierSubject(ctx, e - 1) &&
    v.pronouns.get(ctx.low[e - 1]) !== 'relative') [ls, le] = [e - 1, e];
  // ("…, investigators have said.": a perfect's auxiliary between)
  if ((ls < 0 || ls > a) && !commaMode && endsAfter && (e === i || (i - e <= 2 && ctx.low.slice(e, i).every((x) => HAVE.has(x))))) {
    // "…, donors said." — a short lower-case subject after the content's comma.
    // ("…, figures from the Labor Department show.": the whole phrase after it, not its last noun phrase)
    let c = lastCommaBefore(ctx, e, a);
    // (a document's longer phrase: "…, Federal Election Commission records compiled by the Center for Responsive Politics show.")
    if (c < 0 && ls > a) {
      const long = lastCommaBefore(ctx, e, a, MAX_TRAILING_DOCUMENT);
      if (long >= 0 && documentHead(ctx, long + 1, e)) c = long;
    }
    if (c >= 0 && c + 1 < e && (ls < 0 || (c + 1 < ls && widerTrailingSubject(ctx, c + 1, ls, e))) && isBareSubject(ctx, c + 1, e)) [ls, le] = [c + 1, e];
  }
  if (!coordinated && !antecedent && (ls >= 0 || (!commaMode && e === i)) && !(ls >= 0 && ls === le - 1 && v.pronouns.has(ctx.low[ls]))) {
    // "even though a number of attendees said …": the whole subject of a subordinate clause.
    const sub = subordinateSubject(ctx, ls >= 0 ? ls : e, le, a);
    if (sub >= 0) ls = sub;
  }
  // "but on Wednesday Mr Straw said": a capitalised day or month after a time preposition is no part of the speaker.
  while (ls > a && ls < le - 1 && TIME_PREPOSITIONS.has(ctx.low[ls - 1]) && ctx.cap[ls] && v.timeWords.has(ctx.low[ls])) ls++;
  // "but ultimately Prager thinks", "Perhaps young voters prefer": a sentence adverb before the subject is no part of it.
  while (ls >= a && ls < le - 1 && leadingAdverb(ctx, ls)) ls++;
  // "“…,” Michael Lamberty, a Lufthansa spokesman told the BBC": a name after the quotation, then its appositive
  // without the closing comma — the name belongs to the speaker phrase.
  // ("Sam Lau, the communications director for the party said", "Anthony Anton, president and CEO of the association
  // stated": the same at the clause start)
  if (ls - 2 >= a && ctx.surf[ls - 1] === ',' && ctx.cap[ls - 2] && isWord(ctx, ls - 2)) {
    let n = ls - 2;
    while (n - 1 >= a && ctx.cap[n - 1] && isWord(ctx, n - 1)) n--;
    const role = ctx.low.slice(ls, le).some((x) => v.roleWords.has(x) || v.genderedRoles.has(x));
    // (or lower-case modifiers before the role: "Chris Panayis, managing director of ISP Freedom2surf said")
    const modifiedRole = !ctx.cap[ls] && ctx.low.slice(ls + 1, Math.min(le, ls + 3)).some((x, n) => v.roleWords.has(x) &&
      ctx.low.slice(ls, ls + 1 + n).every((y, m) => !ctx.cap[ls + m] && isWord(ctx, ls + m) && !v.finiteVerbs.has(y)));
    const described = (v.determiners.has(ctx.low[ls]) || v.roleWords.has(ctx.low[ls]) || modifiedRole) && role;
    // ("Colin Asplin, Blackpool Hotel Association said", "Armando Falcon, OFHEO director said": a person's full name, then
    // the organisation, or the organisation and role, without the closing comma)
    const person = ls - 2 > n && (isFirstName(v, ctx.low[n]) || honorificAt(ctx, n));
    const organisation = person && ctx.cap[ls] && organisationAppositive(ctx, ls, le);
    if ((described || organisation) && ((n - 1 >= a && (ctx.closes.has(n - 1) || quotationBefore(ctx, n - 1))) || (n === startOfClause && ls - 2 > n))) ls = n;
  }
  // ("“…,” Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC": the same for an affiliation)
  if (ls - 3 >= a && ls >= 0 && APPOSITIVE_LINKS.has(ctx.low[ls - 1]) && ctx.surf[ls - 2] === ',' && ctx.cap[ls - 3] && isWord(ctx, ls - 3) &&
    ctx.cap.slice(ls, le).some(Boolean)) {
    let n = ls - 3;
    while (n - 1 >= a && ctx.cap[n - 1] && isWord(ctx, n - 1)) n--;
    if (n - 1 >= a && (ctx.closes.has(n - 1) || quotationBefore(ctx, n - 1))) ls = n;
  }
  // ("Lisa Vale, head of policy at Aids charity the Terrence Higgins Trust said", "Mark Vale, from the PCS union said": a
  // person's name opening the clause, then an appositive of office or body without its closing comma)
  if (ls > startOfClause && le === e && !commaMode) {
    const n = openingNameAppositive(ctx, startOfClause, ls, le);
    if (n >= 0) ls = n;
  }
  // ("During his time on the witness stand Mr Sullivan told …", "In a speech to the Foreign Policy Centre Mr Straw said":
  // the opener's noun phrase runs into the name, which starts at an honorific or after the opener's last lower-case word)
  let openerLed = ls >= 0 && prepositionLedClause(ctx, ls, a);
  // ("With the acquisition Salling said": the opener's own noun phrase read into the speaker's, right after its preposition)
  const openerPhrase = !openerLed && ls === a + 1 && ctx.cap[a] && (ADJUNCT_PREPOSITIONS.has(ctx.low[a]) || OPENER_PREPOSITIONS.has(ctx.low[a]));
  if (openerPhrase && v.determiners.has(ctx.low[ls])) {
    let n = ls + 1;
    while (n < le && n - ls <= MAX_PREPOSITION_OPENER && isWord(ctx, n) && !ctx.cap[n] && !NAME_LINK_WORDS.has(ctx.low[n])) n++;
    if (n > ls + 1 && n < le && ctx.cap[n] && isWord(ctx, n)) {
      ls = n;
      openerLed = true;
    }
  } else if (ls > a && openerLed && v.determiners.has(ctx.low[ls])) {
    let n = le - 1;
    while (n > ls && ctx.cap[n - 1] && isWord(ctx, n - 1) && !honorificAt(ctx, n)) n--;
    const plainWordBefore = isWord(ctx, n - 1) && !ctx.cap[n - 1] && !NAME_LINK_WORDS.has(ctx.low[n - 1]); // (not "Department of Justice")
    const honorific = honorificAt(ctx, n) && n + 1 < le; // ("Mr Straw"; not "of Justice")
    if (n > ls + 1 && ctx.cap[n] && isWord(ctx, n) && (honorific || plainWordBefore)) ls = n;
  }
  // ("Ahold shares tumbled on the news and many market observers predicted …": a clause of its own before "and", its verb one
  // that no noun's participle can be; the subject after it speaks)
  if (ls >= a && le - ls > 3) {
    let and = le - 2;
    while (and > ls + 1 && ctx.low[and] !== 'and') and--;
    let past = false;
    for (let n = ls + 1; n < and && !past; n++) past = INTRANSITIVE_PASTS.has(ctx.low[n]) && !ctx.cap[n];
    if (and > ls + 1 && and + 1 < le && !ctx.cap[and + 1] && past && isBareSubject(ctx, and + 1, le)) ls = and + 1;
  }
  // ("A private meeting on Monday saw normally loyal MPs warn that …": the doer a "saw" shows, with the cue's bare form)
  // ("The weekend saw fans say …": inside the phrase taken for the subject too)
  // (its doer's whole phrase: "saw a succession of normally loyal members warn")
  const doerEnd = ls >= 0 ? ls : e;
  let seen = doerEnd - 1;
  while (seen > a && doerEnd - seen <= MAX_SEEN_DOER && isWord(ctx, seen) && !SAW_FORMS.has(ctx.low[seen]) && !ctx.vocab.finiteVerbs.has(ctx.low[seen]) &&
    !verbLike(ctx, ctx.low[seen]) && !ctx.vocab.auxiliaries.has(ctx.low[seen]) && ctx.cueForm[seen] === 0 && !CLAUSE_STARTERS.has(ctx.low[seen])) seen--;
  for (let k = ls; ls >= 0 && k < e - 1; k++) if (SAW_FORMS.has(ctx.low[k])) seen = k;
  const sawDoer = seen >= a && seen < e - 1 && SAW_FORMS.has(ctx.low[seen]) && e === i && !w.endsWith('s') && !w.endsWith('ed') && !IRREGULAR_PAST.has(w) &&
    !w.endsWith('ing');
  if (sawDoer) ls = seen + 1;
  // (the cue holds "made it clear")
  const base: FrameBase = { cue: i, cueEnd: madeClear ? ctx.low.indexOf('clear', i) + 1 : i + 1, sentence: si, conduit, time };
  // ("Duff was hurt at Newcastle and manager Jose Mourinho said: …": the object of a preposition, "and", then a lower-case
  // title and a name open a clause of their own; they are no one phrase)
  // ("They have until midnight on 16 December and an IAAF spokesman said": so a description of one)
  if (ls > a && (ADJUNCT_PREPOSITIONS.has(ctx.low[ls - 1]) || ctx.low[ls - 1] === 'until')) {
    let and = ls + 1;
    while (and < le && ctx.low[and] !== 'and') and++;
    if (and + 1 < le && speakerAfterAnd(ctx, and + 1, le)) ls = and + 1;
  }
  const prev = (ls >= 0 ? ls : i) - 1;
  const prevBreak = prev >= a && (BREAK_PUNCT.has(ctx.surf[prev]) || ctx.closes.has(prev) || isSpacedHyphen(ctx, prev) || ctx.surf[prev] === '?');
  // ("More power to the people says HP": a headline with a short name after its present-tense cue reads backwards)
  if (headlineSpeakerAfter(ctx, i, a, b)) {
    return framed(base, [i + 1, b], { parts: [trimSpan(ctx.text, ctx.tokens[a].start, ctx.tokens[i - 1].end)], direct: false });
  }

  if (ls < 0) {
    // Inverted: `“X,” said Aaron Zelin of …` — only a comma or a closing mark before the cue; never after a conduit
    // ("…, told The Huffington Post he's not planning …": what follows the audience is the content, not a speaker).
    if (conduit) return undefined;
    // ("Real losses have been suffered, observed Jack Boorman, adviser to …": "observed" reports what comes before it)
    if (!prevBreak || (v.beliefVerbs.has(w) && !quotationBefore(ctx, prev) && !INVERTED_BELIEF_FORMS.has(w)) || v.participleCues.has(w) || e !== i) return undefined;
    let re = rightPhrase(ctx, j, b);
    if (re < 0) return undefined;
    // "…, the princess announced her candidacy": a possessive phrase after the cue is its object unless it names a
    // speaker ("said her spokesman").
    const head = ctx.low[re - 1];
    if (POSSESSIVES.has(ctx.low[j]) && !ctx.cap[re - 1] && !v.roleWords.has(head) && !v.genderedRoles.has(head) && !v.orgWords.has(head)) return undefined;
    // "…, said a source close to the campaign." — the noun phrase runs on to the clause end.
    // "“…,” said Ida Moss as she left the court." — a subordinate clause after the name is no part of the speaker.
    const subordinateTail = re < b && INVERTED_SUBORDINATORS.has(ctx.low[re]) && re + 1 < b && isWord(ctx, re + 1);
    // (nor the outlet that reported it: "said Russell Zimmerman per ABC News.")
    const perSource = skipPerSource(ctx, re, b) > re;
    if (!subordinateTail && !perSource && re < b && !END_PUNCT.has(ctx.surf[re]) && ctx.surf[re] !== ',' && !ctx.closes.has(re) && ctx.low[re] !== 'who') re = phraseToEnd(ctx, re, b);
    const rs = j;
    const app = appositiveEnd(ctx, re, b);
    if (app > 0) re = app;
    re = invertedTail(ctx, re, b);
    // "…, said Russia is …" is not an inverted speaker: the phrase must end the clause; "said a strategist who spoke
    // on condition of anonymity" ends before its restrictive relative clause.
    const quoted = quotationBefore(ctx, prev);
    const after = skipPerSource(ctx, quoted ? skipAdjunct(ctx, re, b) : re, b); // "…,” said Lee in an interview."
    // ("“We stand ready” tweeted Johnson “to provide …”": the quotation goes on right after the speaker)
    const resumes = quoted && after < b && ctx.opens.has(after) && (ctx.cap.slice(j, re).some(Boolean) || (re === j + 1 && v.pronouns.has(ctx.low[j])));
    if (after < b && !END_PUNCT.has(ctx.surf[after]) && ctx.surf[after] !== ',' && !ctx.closes.has(after) && !restrictiveTail(ctx, re, b) &&
      !(subordinateTail && after === re) && !resumes) return undefined;
    const content = contentBefore(ctx, prev, a);
    if (!content) return undefined;
    // ("“…,” said Dasbach to Wikinews.": the outlet told after the name is the conduit, not part of the speaker)
    const told = outletToldAfter(ctx, rs, re);
    const att: Attribution = framed(told ? { ...base, conduit: [told, re] } : base, [rs, attributingRelative(ctx, rs, told ? told - 1 : re)], content);
    if (resumes) att.parts.push(...regionChain(ctx, ctx.opens.get(after)!).parts);
    else addSecondPart(ctx, att, quoted ? after : re, b); // ("…,” wrote Trump on Twitter, “and therefore …”")
    return att;
  }
  // `Lee said, “…”` (nothing quoted before the speaker): the comma introduces the quotation.
  // (never for a participle: "…, saying, “…”" reports what follows)
  // (not before a relative pronoun: "It was praised by Gordon Rennie, who said, “…”" says nothing before "who")
  const contentBeforeSpeaker = prev >= a && (ctx.closes.has(prev) || (ctx.surf[prev] === ',' && !introductoryPhrase(ctx, a, prev))) &&
    !v.participleCues.has(w) && !(ls >= 0 && ls === prev + 1 && v.pronouns.get(ctx.low[ls]) === 'relative');
  let k = j < b - 1 && ctx.surf[j] === ',' && ctx.opens.has(j + 1) && !contentBeforeSpeaker ? j + 1 : j;
  // "responded in a text message: “…”", "proclaimed at a press conference, “…”": an adjunct between cue and quotation.
  if (k === j && !contentBeforeSpeaker && k < b && isWord(ctx, k) && !(prevBreak && quotationBefore(ctx, prev))) {
    const quotation = quotationAfterAdjunct(ctx, k, b);
    if (quotation > 0) k = quotation;
    else {
      // "she added a caveat: “…”", "issued a warning: “…”": a short object, then a colon and the quotation.
      const colon = quotationAfterColonObject(ctx, k, b);
      if (colon > 0) k = colon;
    }
  }
  let subordinateColon = false;
  // "“…,” Lee said in an interview." — a trailing adjunct, not content, after a speaker of a quotation before (in this
  // sentence, or closing the one before: "“…?” Lee asked in a post.").
  if ((prevBreak && quotationBefore(ctx, prev)) || (ls === a && a > 0 && ctx.closes.has(a - 1))) {
    k = Math.max(skipAdjunct(ctx, k, b), skipAdjunct(ctx, conduit ? conduit[1] : i + 1, b));
    // ("“…,” she recalls thinking.": the thought or words the cue recalls are the quotation's)
    if (k === i + 1 && k + 1 < b && RECALLED_GERUNDS.has(ctx.low[k]) && (END_PUNCT.has(ctx.surf[k + 1]) || ctx.surf[k + 1] === ',')) k++;
    // ("“…,” Cruz said as the heckler yelled: “…!”": the quotation after the subordinate clause is the heckler's)
    subordinateColon = k > i + 1 && ctx.surf[k] === ':' && INVERTED_SUBORDINATORS.has(ctx.low[i + 1]);
  } else if (prevBreak && ctx.surf[prev] === ',' && PLACE_TIME_PREPOSITIONS.has(ctx.low[k]) && (v.bareClauseVerbs.has(w) || v.noObjectCues.has(w)) &&
    v.pronouns.get(ctx.low[ls]) !== 'relative' && clauseBefore(ctx, a, prev)) {
    // "The plan is sickening, Hollande said in Paris." — a place or time adjunct ending the sentence (or before a
    // participle: "…, noting …") after the speaker of reported speech before it.
    // (or before the quotation going on: "“If there had not been that intervention” by NATO, Clinton said at a town hall on
    // Monday, “we would be …”")
    const after = skipAdjunct(ctx, k, b);
    if (after >= b || END_PUNCT.has(ctx.surf[after]) || (ctx.surf[after] === ',' && (v.participleCues.has(ctx.low[after + 1]) || ctx.opens.has(after + 1)))) k = after;
  } else if (prevBreak && ctx.surf[prev] === ',' && TIME_CLAUSE_OPENERS.has(ctx.low[k]) && k + 1 < b && (ctx.low[k + 1] === 'the' || NOMINATIVE.has(ctx.low[k + 1])) &&
    (v.bareClauseVerbs.has(w) || v.noObjectCues.has(w)) && v.pronouns.get(ctx.low[ls]) !== 'relative' && clauseBefore(ctx, a, prev)) {
    // ("A major change of direction is needed …, the shadow chancellor said as the Tory Party spring conference began.": a
    // time clause after the speaker of reported speech before it tells when it was said)
    let end = k + 1;
    while (end < b && !END_PUNCT.has(ctx.surf[end]) && !isQuoteMark(ctx, end)) end++;
    if (end >= b || END_PUNCT.has(ctx.surf[end])) k = end;
  }
  // "What the book says is (that) there is …": in a pseudo-cleft the content follows "is".
  const pseudoCleft = ls >= 0 && prev >= a && ctx.low[prev] === 'what' && (prev === a || !isWord(ctx, prev - 1)) && k + 1 < b &&
    (ctx.low[k] === 'is' || ctx.low[k] === 'was');
  if (pseudoCleft) k++;
  const clauseMark = k < b && (ctx.low[k] === 'that' || ctx.surf[k] === ':' || ctx.opens.has(k)) && !subordinateColon;
  const atClauseStart = coordinated || pseudoCleft || ls === a || ls === startOfClause || prevBreak ||
    // "Still, even Mr. Slinker says …": a focus adverb before the subject.
    (ls - 1 >= a && FOCUS_ADVERBS.has(ctx.low[ls - 1]) && ls - 1 === startOfClause) || SUBORDINATE.has(ctx.low[prev]) || ctx.opens.has(prev) ||
    // ("…, and now the German regulator has said …": a sentence adverb after the conjunction opening the clause)
    (ls - 2 >= a && ADVERB_OPENERS.has(ctx.low[ls - 1]) && !ctx.cap[ls - 1] && (LEADING_CONJUNCTIONS.has(ctx.low[ls - 2]) || ctx.surf[ls - 2] === ',')) ||
    // "…, but on Wednesday Mr Straw said he …": a time phrase between the clause start and the subject.
    (ls >= 0 && timeLedClause(ctx, prev, a)) ||
    // "In its report the committee said: …": a short prepositional opener without its comma before the subject.
    openerLed ||
    // "a wall, which he said the city should pay for": the speaker of a relative clause.
    // ("what she said is growing demand": after "what", only a verb opens the content; not "what it said about its owner")
    (ls >= 0 && prev >= a && RELATIVE_OPENERS.has(ctx.low[prev]) && (ctx.low[prev] !== 'what' || verbAt(ctx, k))) ||
    // ("the speech which even critics say was …": a focus adverb after the relative pronoun)
    (ls >= 0 && prev - 1 >= a && FOCUS_ADVERBS.has(ctx.low[prev]) && (ctx.low[prev - 1] === 'which' || ctx.low[prev - 1] === 'that') && verbAt(ctx, k)) ||
    // "voters who say the economy …": a restrictive relative pronoun is the speaker of its clause.
    (ls >= 0 && ls === le - 1 && (ctx.low[ls] === 'who' || ctx.low[ls] === 'that') && prev >= a && isWord(ctx, prev)) ||
    // ("… the convention and others have said …": a quantifier standing alone after a conjunction)
    (ls >= 0 && ls === le - 1 && prev >= a && COORDINATORS.has(ctx.low[prev]) && isQuantifierSubject(ctx, ls) && v.pronouns.get(ctx.low[ls]) !== 'relative') ||
    sawDoer ||
    // ("… and 40% of voters said …": a poll's share)
    (ls >= 0 && prev >= a && COORDINATORS.has(ctx.low[prev]) && pollShareAt(ctx, ls) > 0) ||
    // "at the town hall this week she said …": a nominative pronoun is always a subject.
    (ls >= 0 && ls === le - 1 && NOMINATIVE.has(ctx.low[ls]) && prev >= a && !introducesClause(ctx, prev)) ||
    // "Asked why … Lord Butler said: …": a name after a participial opener whose comma is missing.
    (ls > a && le === at && participialOpenerBefore(ctx, a, ls));
  if (clauseMark && atClauseStart) {
    // ("said that was the only contact": a "that" before a finite verb is the clause's subject, not its complementiser)
    const from = (ctx.low[k] === 'that' && !v.finiteVerbs.has(ctx.low[k + 1] ?? '')) || ctx.surf[k] === ':' ? k + 1 : k;
    // ("Limbaugh added:¶And from a supposed front-runner, …": a speaker and cue alone before a colon ending the paragraph
    // introduce the next paragraph, a block quotation whose marks the page dropped)
    // ("When Clinton noted that Trump paid no taxes, Trump boasted, “…”": a fronted clause's content ends at its comma)
    const content = contentAfter(ctx, from, antecedent ? relativeClauseEnd(ctx, from, b) : frontedClauseEnd(ctx, a, from, b)) ??
      (ctx.surf[k] === ':' && ls === a ? blockAfterColon(ctx, k + 1) : undefined);
    if (!content) return undefined;
    const subject = quotedPredicateSubject(ctx, a, prev, ls, k);
    return framed(base, [ls, le], subject ? { parts: [subject, ...content.parts], direct: false } : content, antecedent);
  }
  // (a dash may end the clause too: "… will be 4.3%, Mr Chidambaram said - falling short of …")
  // (not before an insert and a quotation: "President Erdogan said — as reported by Hurriyet — “…”")
  // ("“…,” she said at a news conference announcing that …": after a quotation, a place or time adjunct is the setting, and
  // what its noun does is no content of the cue)
  const settingAfterQuotation = prevBreak && quotationBefore(ctx, prev) && (ADJUNCT_PREPOSITIONS.has(ctx.low[k]) || SETTING_PREPOSITIONS.has(ctx.low[k])) && k + 1 < b &&
    (v.determiners.has(ctx.low[k + 1]) || POSSESSIVES.has(ctx.low[k + 1]) || (ctx.cap[k + 1] && isWord(ctx, k + 1)) || audienceReaction(ctx, k, b)) &&
    quotationAfterAdjunct(ctx, k, b) < 0;
  // ("“…,” Mr. Kosa told a plenary session of the Hungarian Parliament on Monday.": after a quotation, whom one told is no
  // content)
  const addresseeAfterQuotation = TELL.has(w) && prevBreak && quotationBefore(ctx, prev) && addresseeOnly(ctx, k, b);
  const endsHere = k >= b || END_PUNCT.has(ctx.surf[k]) || ctx.surf[k] === ',' || ctx.closes.has(k) || subordinateColon ||
    (k > i && isDash(ctx, k) && !quotationOpensIn(ctx, k, b)) || settingAfterQuotation || addresseeAfterQuotation;
  // "polls show Clinton with a lead", "…, campaign finance records show.": a document or poll shows what it holds.
  const documentShows = DOCUMENT_CUES.has(w) && le > ls && ls >= 0 && (v.reportNouns.has(ctx.low[le - 1]) || v.pollNouns.has(ctx.low[le - 1]) ||
    documentHead(ctx, ls, le));
  // ("In one exchange, as Pence attempted to interrupt, Harris exclaimed, “Mr. Vice President, I'm speaking.”", "Asked if …,
  // Trump replied, “…”": a quotation right after the cue's comma, after words that set the scene, is what was said; not
  // after a clause that may be the speaker's own, "“The streets were deserted,” he added, “but …”", "If whites …, Cohn
  // wrote, “…”")
  if (endsHere && prevBreak && ctx.surf[k] === ',' && ctx.opens.has(k + 1) && !quotationBefore(ctx, prev) && sceneOpener(ctx, a)) {
    const quoted = contentAfter(ctx, k + 1, b);
    const subject = quoted?.direct ? quotedPredicateSubject(ctx, a, prev, ls, k + 1) : undefined;
    if (subject) return framed(base, [ls, le], { parts: [subject, ...quoted!.parts], direct: false }, antecedent);
    if (quoted?.direct) return framed(base, [ls, le], quoted, antecedent);
  }
  if (endsHere && prevBreak && (!v.beliefVerbs.has(w) || quotationBefore(ctx, prev) || documentShows)) {
    // (a parenthetical speaker, with the clause going on after it, reports the clause it interrupts)
    const parenthetical = ctx.surf[k] === ',' && k + 1 < b && isWord(ctx, k + 1);
    const content = contentBefore(ctx, prev, a, parenthetical);
    if (!content) {
      // "Instead, she said, her boss …": after a one-word opener the speaker is a parenthetical of what follows.
      if (k + 1 >= b || ctx.surf[k] !== ',' || ctx.surf[prev] !== ',') return undefined;
      const after = contentAfter(ctx, ctx.opens.has(k + 1) ? k + 1 : k + 1, b);
      return after ? framed(base, [ls, le], after, antecedent) : undefined;
    }
    const att: Attribution = framed(base, [ls, le], content, antecedent);
    addSecondPart(ctx, att, k, b);
    // ("“Our team” co-author Tak-Sing Wong said in a press release “has developed …”": the quotation goes on after the setting)
    if (settingAfterQuotation) {
      const open = quotationInSetting(ctx, k, b);
      if (open >= 0) att.parts.push(...regionChain(ctx, ctx.opens.get(open)!).parts);
    }
    return att;
  }
  // `"That would be you?" Lee asked.` — a question or exclamation closes its own sentence before the speaker.
  // ("“…?” Scarborough continued." — "continued" needs "that" only when no quotation comes before it)
  // (a participle may follow the speaker: "“…?” Clinton remarked, alluding to …")
  const participleAfter = ctx.surf[k] === ',' && k + 1 < b && (v.participleCues.has(ctx.low[k + 1]) || (ctx.low[k + 1].endsWith('ing') && !ctx.cap[k + 1]) ||
    INVERTED_SUBORDINATORS.has(ctx.low[k + 1]));
  if (endsHere && ls === a && a > 0 && ctx.closes.has(a - 1) && (!v.beliefVerbs.has(w) || CONTINUE_FORMS.has(w)) &&
    (k >= b || END_PUNCT.has(ctx.surf[k]) || participleAfter) && !colonIntroduced(ctx, a - 1)) {
    const content = contentBefore(ctx, a - 1, ctx.sentences[ctx.sentenceOf[a - 1]].tokenStart);
    if (content?.direct) return framed(base, [ls, le], content, antecedent);
  }
  // ("Mr Valentine, who grew up in Argentina, agreed. “If I have to save pesos …”": a sentence that is only its speaker
  // and a cue reports the quotation opening the next one)
  if (endsHere && ls === a && ls >= 0 && sentenceEndAt(ctx, k, b) && k === i + 1 && (SAY_FORMS.has(w) || AGREE_FORMS.has(w) || CONTINUE_FORMS.has(w)) &&
    !(a > 0 && ctx.closes.has(a - 1))) {
    const next = quotationOpeningAt(ctx, b);
    if (next) return framed(base, [ls, le], next, antecedent);
  }
  // "Tefft wrote to Mrs. Clinton about a visit …", "wrote to the watchdog saying …": after the addressee, what the
  // letter was about or said.
  if (WRITE_FORMS.has(w) && ctx.low[k] === 'to') {
    k = letterContentStart(ctx, k, b);
    if (ctx.opens.has(k) && ctx.surf[k - 1] === ',' && atClauseStart) {
      const quoted = contentAfter(ctx, k, b);
      if (quoted) return framed(base, [ls, le], quoted, antecedent);
    }
  }
  const bare = v.bareClauseVerbs.has(w) || madeClear > 0 || ((conduit !== undefined || addressed) && TELL.has(w)) || progressiveBare(ctx, w, e, i) || // "told AFP he would …"
    (coordinated && v.participleCues.has(w) && w.endsWith('ing') && k < b && NOMINATIVE.has(ctx.low[k])); // "…, arguing he did not …"
  // "Supporters hope this is a transition", "Critics claim it will fail": a belief cue with a bare clause after it.
  const beliefBare = !bare && k + 1 < b && isWord(ctx, k) && ((BARE_WHEN_CLAUSE.has(w) && holdsClause(ctx, k, b, AGREE_FORMS.has(w))) ||
    (CLAIM_FORMS.has(w) && (NOMINATIVE.has(ctx.low[k]) || v.finiteVerbs.has(ctx.low[k + 1]) || claimedClauseAt(ctx, i, k, b))) || documentShows);
  if (!endsHere && atClauseStart && (bare || beliefBare) && (isWord(ctx, k) || ctx.surf[k] === '[') && (!OBJECT_SENSE_BARE.has(w) || holdsClause(ctx, k, b)) &&
    !(WRITE_FORMS.has(w) && ctx.low[k] === 'to')) {
    // "Lee said in a speech." — a place or time adjunct alone reports nothing, unless a quotation opens the next
    // sentence ("Matt Maley said on CNBC’s “Trading Nation” on Monday. “It was down …”").
    // ("Lee believes in freedom", "insisted on acting now": other verbs take a prepositional object)
    // ("Meltzer tweeted after hearing the news.", "Lee warned before the vote.": nor a time clause or phrase, after any cue)
    if (((SAY_FORMS.has(w) && PLACE_TIME_PREPOSITIONS.has(ctx.low[k])) || (timeAdjunctAt(ctx, k) && settingBeforeClause(ctx, k, b) === k)) &&
      sentenceEndAt(ctx, skipAdjunct(ctx, k, b), b)) {
      const next = quotationOpeningAt(ctx, b);
      return next ? framed(base, [ls, le], next, antecedent) : undefined;
    }
    // ("said at a press conference yesterday morning the gun laws should be changed": a setting before the clause; not
    // a prepositional object, "insisted on removing her top to make her point")
    // (and a finding's: "The researchers also found in 36 states most of the people who died were …")
    if (SAY_FORMS.has(w) || ANNOUNCE_FORMS.has(w) || FIND_FORMS.has(w)) k = settingBeforeClause(ctx, k, b);
    // ("in an election year in which a majority say they …, even some allies …": the relative clause ends at its comma)
    const prepositionRelative = prev - 1 >= a && ctx.low[prev] === 'which' && ADJUNCT_PREPOSITIONS.has(ctx.low[prev - 1]);
    // ("Voters who say the economy is most important were evenly divided": a restrictive relative clause inside the main
    // clause's subject ends before the main clause's verb)
    const restrictive = ls === le - 1 && ctx.low[ls] === 'who' && prev >= a && isWord(ctx, prev) && !ctx.vocab.pronouns.has(ctx.low[prev]) &&
      clauseStart(ctx, a, prev) <= prev && leftPhrase(ctx, ls, a) === clauseStart(ctx, a, ls);
    const limit = antecedent ? relativeClauseEnd(ctx, k, b) : prepositionRelative ? firstCommaOr(ctx, k, b) :
      restrictive ? mainVerbAfterRelative(ctx, k, b) : frontedClauseEnd(ctx, a, k, b);
    const content = contentAfter(ctx, k, limit);
    if (!content) return undefined;
    // ("black hole — V616 Mon — the study noted was usually estimated at …": a clause reported from its verb on after a speaker
    // phrase with a dashed insert is the cue's own clause interrupted, whose subject the phrase took; no relative gap)
    if (!content.direct && SUBJECTLESS_OPENERS.has(ctx.low[k]) && ctx.low.slice(ls, le).some((_, n) => isDash(ctx, ls + n))) return undefined;
    return framed(base, [ls, le], content, antecedent);
  }
  // "Lee says, win or lose, he is staying": a comma after a clause cue with nothing reported before the speaker.
  if (bare && atClauseStart && !prevBreak && ctx.surf[k] === ',' && k + 1 < b && isWord(ctx, k + 1) && !v.participleCues.has(ctx.low[k + 1]) &&
    !(ctx.low[k + 1] === 'according' && ctx.low[k + 2] === 'to') && hasClause(ctx, k + 1, b)) {
    const content = contentAfter(ctx, k + 1, b);
    if (content) return framed(base, [ls, le], content, antecedent);
  }
  return undefined;
}

/** Prepositions that open a gerund's phrase between a name and its cue ("Richard Ferrand in relaying the news … said"). */
const GERUND_INSERT_PREPOSITIONS = new Set(['in', 'while', 'when', 'after', 'before', 'by', 'on', 'upon']);
/** Longest such phrase, in tokens. */
const MAX_GERUND_INSERT = 10;
/** Participles of speaking that open such a phrase without a preposition, and the words that follow them there. */
const SPEAKING_PARTICIPLES = new Set(['speaking', 'talking', 'writing', 'addressing', 'responding', 'appearing']);
const SPEAKING_LINKS = new Set(['to', 'at', 'in', 'on', 'during', 'before', 'after']);

/** Start of a phrase of a preposition and a gerund, with no commas, between a capitalised name and the cue at `e`
 *  ("Assembly president Richard Ferrand in relaying the news to parliament said"), else -1. */
function gerundInsertBefore(ctx: QuoteContext, e: number, a: number): number {
  if (ctx.vocab.participleCues.has(ctx.low[e])) return -1;
  for (let k = e - 2; k > a && e - k <= MAX_GERUND_INSERT; k--) {
    if (!isWord(ctx, k)) return -1;
    // ("Greek prime minister Kyriakos Mitsotakis speaking to the Atlantic Council think tank called …": a participle of
    // speaking right after the name)
    const speaking = SPEAKING_PARTICIPLES.has(ctx.low[k]) && ctx.cap[k - 1] && isWord(ctx, k - 1) && SPEAKING_LINKS.has(ctx.low[k + 1]);
    // (the gerund takes an object: "in relaying the news"; not "Some in podcasting worry")
    const next = ctx.low[k + 2] ?? '';
    if (!speaking && (!GERUND_INSERT_PREPOSITIONS.has(ctx.low[k]) || !ctx.low[k + 1].endsWith('ing') || ctx.low[k + 1].length <= 4 || ctx.cap[k + 1] ||
      !ctx.cap[k - 1] || !isWord(ctx, k - 1) || ctx.cueForm[k + 1] !== 0 || !(ctx.vocab.determiners.has(next) || POSSESSIVES.has(next) || OBJECT_PRONOUNS.has(next)))) continue;
    // (and a subject of names and titles before it: not "The duo withdrew from the Olympics after missing a test but claimed")
    const title = (n: number) => isWord(ctx, n) && (ctx.cap[n] || roleWord(ctx, ctx.low[n]) || roleWord(ctx, ctx.low[n + 1]) || ARTICLES.has(ctx.low[n]) || ctx.low[n] === 'of');
    let n = k - 1;
    while (n >= a && title(n)) n--;
    return n < a || ctx.surf[n] === ',' || LEADING_CONJUNCTIONS.has(ctx.low[n]) ? k : -1;
  }
  return -1;
}

/** Whether "note" at `i` ends "on a … note" / "on the … note" with a few modifiers between. */
function onANote(ctx: QuoteContext, i: number, a: number): boolean {
  for (let k = i - 1; k > a && i - k <= 4; k--) {
    if (!isWord(ctx, k)) return false;
    if (ARTICLES.has(ctx.low[k])) return ctx.low[k - 1] === 'on';
  }
  return false;
}

/** Longest appositive after an opening name whose closing comma is missing, in tokens. */
const MAX_OPEN_APPOSITIVE = 14;
/** Words that open an appositive of body rather than office ("Mark Vale, from the PCS union said"). */
const BODY_APPOSITIVE_LINKS = new Set(['from', 'of', 'at', 'with']);

/** Where the speaker phrase starts when a person's name opens the clause at `s` and its appositive of office or body
 *  runs, without its closing comma, into the phrase [ls, le) before the cue; else -1. */
function openingNameAppositive(ctx: QuoteContext, s: number, ls: number, le: number): number {
  const v = ctx.vocab;
  let c = s;
  while (c < ls && ctx.cap[c] && isWord(ctx, c)) c++;
  if (c - s < 2 || ctx.surf[c] !== ',' || le - c - 1 > MAX_OPEN_APPOSITIVE || !(isFirstName(v, ctx.low[s]) || honorificAt(ctx, s) ||
    (ctx.entities ?? []).some((m) => m.label === 'PER' && m.start === ctx.tokens[s].start))) return -1;
  const after = c + 1;
  for (let k = after; k < le; k++) {
    const w = ctx.low[k];
    if (!isWord(ctx, k) && ctx.tokens[k].kind !== 'number' && w !== '-' && !isAbbrevPeriod(ctx, k)) return -1;
    if (v.finiteVerbs.has(w) || v.cueVerbs.has(w) || v.auxiliaries.has(w) || RELATIVE_WORDS.has(w) || v.pronouns.has(w)) return -1;
  }
  const office = ctx.low.slice(after, Math.min(le, after + 4)).some((w) => roleWord(ctx, w));
  return office || BODY_APPOSITIVE_LINKS.has(ctx.low[after]) ? s : -1;
}

/** Whether the only comma in [s, e) parts a town from its state, which ends the phrase ("Stacy Baker of Columbia,
 *  South Carolina"). */
function hometownComma(ctx: QuoteContext, s: number, e: number): boolean {
  const c = ctx.surf.indexOf(',', s);
  if (c < 0 || c >= e) return false;
  const next = ctx.surf.indexOf(',', c + 1);
  return (next < 0 || next >= e) && townStateComma(ctx, c, s, e);
}

/** Adverbs that measure the noun after them ("Nearly half of voters", "Only 14 percent"): part of a subject. */
const QUANTITY_ADVERBS = new Set(['nearly', 'roughly', 'approximately', 'only', 'fully', 'exactly', 'barely', 'slightly', 'early', 'largely', 'mostly']);
const HEDGES = new Set(['perhaps', 'maybe', 'probably', 'possibly', 'surely']);

/** Whether token `k` is a sentence adverb opening a would-be subject ("ultimately Prager", "Perhaps young voters"). */
function leadingAdverb(ctx: QuoteContext, k: number): boolean {
  const w = ctx.low[k];
  if (!isWord(ctx, k + 1)) return false;
  // (before a lower-case word only a hedge: "Newly elected Assemblywoman Torres" keeps its adverb)
  const nounNext = ctx.cap[k + 1] || ctx.vocab.determiners.has(ctx.low[k + 1]);
  return HEDGES.has(w) || (w.length > 4 && w.endsWith('ly') && !LY_NOUNS.has(w) && !QUANTITY_ADVERBS.has(w) && nounNext && !(ctx.cap[k] && ctx.cap[k + 1]));
}

/** Longest participial opener before a name with no comma between ("Speaking in Harrogate Mr Kennedy said"), in tokens. */
const MAX_BARE_OPENER = 14;

/** Whether the sentence from `a` opens with a capitalised participle ("Asked why …", "Speaking in Harrogate") that runs,
 *  with no comma, up to the name at `ls`. */
function participialOpenerBefore(ctx: QuoteContext, a: number, ls: number): boolean {
  const w = ctx.low[a];
  if (!ctx.cap[a] || !ctx.cap[ls] || ls - a > MAX_BARE_OPENER || !(w.endsWith('ing') || w === 'asked') || w.length < 5) return false;
  // ("Polling averages measured by …": an -ing word before a noun is its modifier; an opener goes on with a preposition,
  // a wh-word, an article or an adverb)
  const next = ctx.low[a + 1];
  if (!(ADJUNCT_PREPOSITIONS.has(next) || OPENER_CLAUSES.has(next) || ctx.vocab.determiners.has(next) || next.endsWith('ly') || next === 'for' || next === 'up')) return false;
  for (let k = a + 1; k < ls; k++) {
    if (!isWord(ctx, k) && ctx.tokens[k].kind !== 'number') return false;
    // ("Fighting between them has hit …": a gerund subject with its verb; "Asked why he thought …" has a clause after "why")
    if (OPENER_CLAUSES.has(ctx.low[k])) break;
    if (ctx.vocab.finiteVerbs.has(ctx.low[k]) || auxiliaryVerb(ctx.low[k])) return false;
  }
  return isWord(ctx, ls - 1) && !ctx.vocab.determiners.has(ctx.low[ls - 1]);
}

const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must']);
/** "is", "has", "would": a verb that opens a clause's predicate (the vocabulary's auxiliaries also hold adverbs). */
const auxiliaryVerb = (w: string) => BE.has(w) || HAVE.has(w) || MODALS.has(w);
/** Words inside a participial opener after which its own clause may hold verbs ("Asked why he thought …"). */
const OPENER_CLAUSES = new Set(['why', 'whether', 'if', 'how', 'what', 'when', 'where', 'who', 'that']);

/** Manner verbs in the present that report a quotation right before them ("“…,” smiles one broker."). */
const MANNER_PRESENT = new Set(['smiles', 'laughs', 'grins', 'sighs', 'shrugs', 'chuckles', 'beams', 'muses', 'sniffs', 'snaps', 'shouts', 'yells',
  'whispers', 'cries']);

/** Longest addressee of a letter ("wrote to all three party leaders"), in tokens. */
const MAX_ADDRESSEE = 8;

/** After "wrote to" at `k`: where what the letter said starts — "about …", or after a participle ("saying …", "urging …",
 *  "saying: “…”") that follows the addressee —, else `k` (the addressee alone reports nothing). */
function letterContentStart(ctx: QuoteContext, k: number, b: number): number {
  for (let j = k + 2; j + 1 < b && j - k <= MAX_ADDRESSEE; j++) {
    if (ctx.surf[j] === ',' && ctx.opens.has(j + 1)) return j + 1; // "wrote to his 20,000 Twitter followers, “…”"
    if (!isWord(ctx, j) && ctx.surf[j] !== '.' && ctx.tokens[j].kind !== 'number') return k;
    if (ctx.low[j] === 'about') return j;
    if (ctx.vocab.participleCues.has(ctx.low[j]) || (ctx.low[j].endsWith('ing') && ctx.cueForm[j] !== 0)) return ctx.surf[j + 1] === ':' ? j + 2 : j + 1;
  }
  return k;
}

/** Longest infinitive after the noun of an appositive ("the first MP to be elected"), in tokens. */
const MAX_APPOSITIVE_INFINITIVE = 5;

/** Where the noun of an appositive ending before `le` ends when an infinitive follows it ("the most recent MP | to be
 *  elected,"), else `le`. */
function infinitiveTailStart(ctx: QuoteContext, le: number, a: number): number {
  for (let k = le - 1; k > a && le - k <= MAX_APPOSITIVE_INFINITIVE; k--) {
    if (!isWord(ctx, k)) return le;
    if (ctx.low[k] === 'to' && k + 1 < le && (ctx.cap[k - 1] || ctx.vocab.roleWords.has(ctx.low[k - 1]) || ctx.vocab.genderedRoles.has(ctx.low[k - 1]))) return k;
  }
  return le;
}

/** Bare-clause cues with a common non-speech object sense ("maintain a lead", "confirmed the nominee", "announced a
 *  tour"): their bare content must hold a clause ("maintained he was innocent"). Chosen on the PolNeAR train split. */
const OBJECT_SENSE_BARE = new Set(['maintain', 'maintains', 'maintained', 'confirmed', 'confirms', 'announced', 'announces', 'stress', 'stressed', 'add', 'adds', 'added']);

/** Belief cues that report a bare clause when one follows ("hope this is …", "found voters are …"); chosen on the PolNeAR
 *  train split (promise/vow/pledge/threaten: lower F1). Clause-only cues ("claim") need a pronoun or a finite verb first. */
const BARE_WHEN_CLAUSE = new Set(['hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'expect', 'expects', 'expected', 'doubt', 'doubts',
  'doubted', 'worry', 'worries', 'worried', 'believed', 'show', 'shows', 'showed', 'shown', 'find', 'finds', 'found', 'agree', 'agrees',
  'agreed', 'disagree', 'disagreed', 'estimate', 'estimates', 'estimated', 'indicate', 'indicated', 'indicates', 'demand', 'demanded',
  'demands', 'reveal', 'revealed', 'reveals', 'mention', 'mentioned', 'charge', 'charged', 'charges', 'observe', 'observed', 'observes',
  'posted', 'posts', 'recount', 'recounted', 'echo', 'echoed', 'describe', 'described', 'describes', 'cite', 'cited', 'cites']);

/** What a film, book or person tells that is a plot, not a statement ("tells the story of …"). */
const STORIES = new Set(['story', 'stories', 'tale', 'tales', 'saga']);
/** Prepositions after which a cue form is a noun ("over plans to …", "amid fears", "of claims"), not a verb. */
const NOUN_LEADING_PREPOSITIONS = new Set(['of', 'over', 'about', 'amid', 'amidst', 'despite', 'against', 'for', 'on', 'in', 'with', 'without',
  'into', 'from', 'under', 'behind', 'following', 'among', 'between', 'towards', 'toward']);
/** A side a player is named in ("named … in the starting line-up", "in their preliminary squad"). */
const SIDES = new Set(['squad', 'line-up', 'lineup', 'team', 'side', 'xi', 'starting', 'preliminary', 'provisional', 'final']);
/** Verbs of a post filled after "named … to" ("named a lifetime employee to run its operations"). */
const POST_VERBS = new Set(['run', 'lead', 'head', 'replace', 'succeed', 'chair', 'manage', 'coach', 'captain', 'oversee']);
/** Most tokens of the person named before the side or the post. */
const MAX_NAMED_OBJECT = 8;

/** Whether what follows "named" at `k` is a side picked or a post filled: "Bath prop Matt Stevens in the starting line-up",
 *  "just four overseas-based players in their preliminary squad", "a lifetime employee to run its operations". */
function namedSelection(ctx: QuoteContext, k: number, b: number): boolean {
  for (let j = k + 1; j < b && j - k <= MAX_NAMED_OBJECT && isWord(ctx, j); j++) {
    if (ctx.low[j] === 'to' && POST_VERBS.has(ctx.low[j + 1] ?? '')) return true;
    if (ctx.low[j] !== 'in') continue;
    const n = ctx.vocab.determiners.has(ctx.low[j + 1] ?? '') || POSSESSIVES.has(ctx.low[j + 1] ?? '') ? j + 2 : j + 1;
    return SIDES.has(ctx.low[n] ?? '');
  }
  return false;
}

/** Words before "listed" that make it a firm's listing ("stock-market listed", "publicly listed"). */
const LISTING_MODIFIERS = new Set(['stock-market', 'stock', 'market', 'publicly', 'exchange', 'dual', 'separately']);
/** A patient's condition ("listed in critical condition"). */
const CONDITIONS = new Set(['condition']);
/** Prepositions of a topic before a noun a place modifies ("on UK plans", "over EU plans"). */
const PLACED_NOUN_PREPOSITIONS = new Set(['on', 'over', 'about', 'against']);
/** Whether the token at `k` is a state's acronym ("UK", "EU") or a place the entity layer found ("on Welsh plans" is not). */
function placeModifierAt(ctx: QuoteContext, k: number): boolean {
  if (/^\p{Lu}{2,3}$/u.test(ctx.surf[k])) return true;
  return ctx.entities?.some((m) => m.label === 'LOC' && m.start === ctx.tokens[k].start && m.end === ctx.tokens[k].end) ?? false;
}

const CLAIM_FORMS = new Set(['claim', 'claims', 'claimed']);
/** Most lower-case words of a claimed clause's subject after its determiner ("claims the new plan failed"). */
const MAX_CLAIMED_SUBJECT_WORDS = 3;
/** Words after which "claims" is a noun ("amid claims the poll …", "rejected claims the plan …"), besides the adjunct
 *  prepositions. */
const NOUN_CLAIM_PREPOSITIONS = new Set(['amid', 'amidst', 'despite', 'over', 'against', 'following', 'by', 'for', 'under', 'denying', 'dismissed', 'rejected']);

/**
 * Whether a clause opens at `k` after the "claim" form at `i`: a name, or a determiner and a few lower-case words, then a past, finite or
 * irregular verb ("Bolton claims Trump asked him", "claims the plan failed"); not "claimed the lives of 12 people",
 * "claimed responsibility for the attacks".
 */
function claimedClauseAt(ctx: QuoteContext, i: number, k: number, b: number): boolean {
  // ("The move comes amid claims the poll could be marred": after a preposition, "claims" is a noun)
  if (ADJUNCT_PREPOSITIONS.has(ctx.low[i - 1] ?? '') || NOUN_CLAIM_PREPOSITIONS.has(ctx.low[i - 1] ?? '')) return false;
  let j = k;
  const named = ctx.cap[k] && isWord(ctx, k);
  // (a subject's noun: lower-case and no verb, or a capitalised word after a determiner: "claimed a Tory government would …")
  const noun = (n: number) => isWord(ctx, n) && !ctx.vocab.nounPhraseLinks.has(ctx.low[n]) && !ctx.vocab.finiteVerbs.has(ctx.low[n]) &&
    !auxiliaryVerb(ctx.low[n]) && !ctx.low[n].endsWith('ed') && !isClauseVerb(ctx.low[n]);
  const possessive = (n: number) => ctx.low[n] === '’s' || ctx.low[n] === "'s";
  if (named) {
    while (j < b && ctx.cap[j] && isWord(ctx, j)) j++;
    // ("claimed Tony Blair's intervention in the row was …": a name's possessive and its noun)
    if (j + 1 < b && possessive(j) && noun(j + 1) && !ctx.cap[j + 1]) {
      j += 2;
      while (j < b && j - k <= MAX_CLAIMED_SUBJECT_WORDS + 3 && ((noun(j) && !ctx.cap[j]) || ctx.low[j] === 'in' || ctx.low[j] === 'the')) j++;
    }
  } else if (ctx.vocab.determiners.has(ctx.low[k]) && !ctx.vocab.pronouns.has(ctx.low[k])) {
    j = k + 1;
    while (j < b && j - k <= MAX_CLAIMED_SUBJECT_WORDS && noun(j)) j++;
    if (j === k + 1) return false;
  } else if (PLURALS_WITHOUT_S_SUBJECTS.has(ctx.low[k]) || (ctx.low[k].endsWith('s') && !ctx.low[k].endsWith('ss') && noun(k))) {
    // ("claimed staff took photographs", "claims officials knew"): a bare plural
    j = k + 1;
  } else return false;
  if (j >= b || !isWord(ctx, j) || ctx.cap[j]) return false;
  const x = ctx.low[j];
  // (after a determiner's noun a base form may be a noun too: "claims the vital first break")
  return (named && ctx.vocab.finiteVerbs.has(x)) || auxiliaryVerb(x) || isClauseVerb(x) || (x.length > 4 && x.endsWith('ed'));
}

/** Plural nouns without a final "s" that open a claimed clause bare ("claimed staff took photographs"). */
const PLURALS_WITHOUT_S_SUBJECTS = new Set(['staff', 'police', 'people', 'men', 'women', 'children']);

/** Bare-clause cues that also report a noun-phrase object ("announced his candidacy"). */
const ANNOUNCE_FORMS = new Set(['announced', 'announces']);
/** "agree a deal" is no statement; "agree the offer is fair" is. */
const AGREE_FORMS = new Set(['agree', 'agrees', 'agreed', 'disagree', 'disagreed']);
/** Currency signs that may open an object ("calls for $1 trillion"). */
const CURRENCY = new Set(['$', '£', '€', '¥']);
/** Nouns of a quantity that speaks ("A mere 9 percent say", "Nearly a third say", "a majority say"). */
const QUANTITY_NOUNS = new Set(['percent', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'half', 'majority', 'minority',
  'plurality', 'handful', 'number', 'few', 'lot', 'dozen']);
/** Longest object between a cue and a colon before a quotation ("added a caveat:"), in tokens. */
const MAX_COLON_OBJECT = 5;

/** After a cue at `k`: a short object with no verb or cue in it ("a caveat", "Macron's statement"), then a colon and an
 *  opening quotation mark → the mark's token; else -1. */
function quotationAfterColonObject(ctx: QuoteContext, k: number, b: number): number {
  let c = k;
  while (c < b && c - k < MAX_COLON_OBJECT && (isWord(ctx, c) || ctx.low[c] === '’s' || ctx.low[c] === "'s") && !ctx.vocab.finiteVerbs.has(ctx.low[c]) &&
    ctx.cueForm[c] === 0) c++;
  // (not a quotation with a speaker of its own after it: "noted the need: “…,” said Tedros Adhanom Ghebreyesus")
  return c > k && c + 1 < b && ctx.surf[c] === ':' && ctx.opens.has(c + 1) && !quotationSaidByOther(ctx, c + 1) ? c + 1 : -1;
}
/** Adjectives whose preposition phrase describes an anonymous speaker ("familiar with the talks", "close to the campaign"). */
const LINKING_ADJECTIVES = new Set(['familiar', 'close', 'knowledgeable', 'briefed', 'involved', 'allied', 'aligned', 'loyal', 'sympathetic']);
/** Longest role appositive after a name that "according to" opens ("Lorella Praeli, Clinton's Latino vote director,"), in tokens. */
const MAX_APPOSITIVE_ROLE_TOKENS = 14;
/** Heads of "according to" phrases that speak for nobody ("according to plan", "according to competition law"). */
const NOT_SOURCES = new Set(['law', 'laws', 'rule', 'rules', 'plan', 'schedule', 'tradition', 'custom', 'procedure', 'procedures',
  'legislation', 'regulations', 'guidelines', 'constitution', 'script', 'instructions', 'protocol']);
/** Adverbs between a comma and a participle cue that ends an object (", further remarking, “…”"). */
const SPEAKER_ADVERBS_BEFORE_PARTICIPLE = new Set(['further', 'also', 'later', 'then', 'again', 'repeatedly', 'publicly']);
/** Words after "asked" that make a question put to the speaker (", asked about the deaths,"). */
const ASKED_NEXT = new Set(['about', 'whether', 'if', 'why', 'how', 'what', 'to', 'for', 'by']);
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself']);
/** The writer's impression ("Lee seems to …"): content without a speaker. */
const SEEM_FORMS = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/** Objects of "raise" that make it fundraising or pricing, not a stance. */
const MONEY_WORDS = new Set(['money', 'funds', 'cash', 'millions', 'billions', 'capital', 'prices', 'taxes', 'rates']);
/** Adverbs that may stand before a clause's subject: "even Mr. Slinker says …". */
const FOCUS_ADVERBS = new Set(['even', 'only', 'just', 'also']);
/** Words that make a number or amount approximate ("nearly 24 hours", "about 40 people"). */
const APPROXIMATORS = new Set(['nearly', 'almost', 'about', 'around', 'roughly', 'some', 'over', 'more', 'less', 'fewer']);
const ARTICLES = new Set(['the', 'a', 'an']);
const FIND_FORMS = new Set(['find', 'finds', 'found']);
const CHARGE_FORMS = new Set(['charge', 'charges', 'charged']);
const ASK_FORMS = new Set(['ask', 'asks', 'asked', 'asking']);
const ADD_FORMS = new Set(['add', 'adds', 'added', 'adding']);

/** Determiners of a plural subject before the verb "show" ("these show", "data show"), and a relative "that" ("polls that
 *  show him ahead"). */
const PLURAL_WITHOUT_S = new Set(['data', 'these', 'those', 'that']);
/** Whether "show" at `i` is the noun: after a determiner ("of the show"), a closing quotation mark or a kind of show
 *  ("reality show", "TV show", "news show guests"); not after a subject ("polls show", "Gallup show", "these show"). */
function showNoun(ctx: QuoteContext, i: number): boolean {
  const before = ctx.low[i - 1];
  if (!isWord(ctx, i - 1) && !ctx.closes.has(i - 1)) return false;
  // ("fellow ITV1 show Filthy Love": a singular name before it, a title after, and no plural subject it could be the verb of
  // — "Figures from the ONS show Labour …")
  const start = ctx.sentences[ctx.sentenceOf[i]]?.tokenStart ?? 0;
  if (ctx.cap[i - 1] && i - 1 > start && !before.endsWith('s') && ctx.cap[i + 1] &&
    ctx.low.slice(Math.max(start, i - 5), i - 1).every((w) => !w.endsWith('s') && !SHOW_SUBJECT_LINKS.has(w))) return true;
  if (ctx.vocab.determiners.has(before) && !PLURAL_WITHOUT_S.has(before)) return true;
  if (ctx.closes.has(i - 1)) return true; // ("“The Apprentice” show")
  // ("John Peel's BBC Radio 1 show is to be replaced": the subject's head before its own verb)
  if (ctx.low[i] === 'show' && (BE.has(ctx.low[i + 1] ?? '') || ctx.low[i + 1] === 'has' || ctx.low[i + 1] === 'will')) return true;
  // ("tickets for the original 22 February show": a date before it; not "figures for February show")
  if (MONTH_NAMES.has(before) && (ctx.tokens[i - 2]?.kind === 'number' || ctx.vocab.determiners.has(ctx.low[i - 2] ?? ''))) return true;
  return SHOW_KINDS.has(before);
}
/** Links that make a name before "show" part of a plural subject ("Figures from the ONS show …"). */
const SHOW_SUBJECT_LINKS = new Set(['from', 'of', 'by', 'and']);
/** Words naming a kind of show before it ("reality show", "TV show", "news show"). */
const SHOW_KINDS = new Set(['tv', 'television', 'radio', 'talk', 'game', 'chat', 'reality', 'news', 'road', 'cooking', 'quiz', 'variety', 'comedy',
  'breakfast', 'morning', 'late-night', 'web', 'sketch', 'magic', 'fashion', 'trade', 'air', 'motor', 'boat', 'car', 'horse', 'dog', 'flower']);
/** Finite verbs that show a would-be speaker phrase to be a clause ("her campaign sent out …", "All ran counter"). */
const CLAUSE_VERBS_IN_SPEAKER = new Set(['sent', 'ran', 'made', 'took', 'gave', 'went', 'came', 'got', 'put', 'had', 'did', 'was', 'were', 'is',
  'are', 'has', 'have']);

const PARTICIPLE_LIKE = new Set(['sent', 'made', 'put', 'got', 'had']);

/** Whether the speaker phrase [s, e) holds a finite verb outside any comma, relative or parenthetical insert. */
function clauseAsSpeaker(ctx: QuoteContext, [s, e]: [number, number]): boolean {
  for (let k = s + 1; k < e; k++) {
    const w = ctx.low[k];
    if (ctx.surf[k] === ',' || ctx.surf[k] === '(' || isDash(ctx, k) || w === 'who' || w === 'which' || w === 'that' || w === 'whose') return false;
    // ("A letter sent to Martin Mubanga said": a participle with its preposition describes the noun before it)
    if ((PARTICIPLE_LIKE.has(w) && ADJUNCT_PREPOSITIONS.has(ctx.low[k + 1] ?? '')) || ctx.low[k + 1] === 'by') continue;
    if (!ctx.cap[k] && CLAUSE_VERBS_IN_SPEAKER.has(w)) return true;
    // ("The Republicans need significant independent support": a base verb right after a plural noun)
    if (!ctx.cap[k] && OBJECT_TAKING_VERBS.has(w) && ctx.low[k - 1].endsWith('s') && !ctx.low[k - 1].endsWith('ss') && isWord(ctx, k - 1)) return true;
  }
  return false;
}
/** Base verbs that end a plural subject before an object cue used as a noun ("Republicans need … support"). */
const OBJECT_TAKING_VERBS = new Set(['need', 'want', 'have', 'get', 'lack', 'seek', 'win', 'lose', 'enjoy', 'draw', 'gain', 'receive']);

/** Words that never speak on their own, though a subject phrase may end on them. */
const NOT_SUBJECTS = new Set(['despite', 'without', 'by', 'for', 'of', 'with', 'after', 'before', 'since', 'while', 'although', 'though',
  'having', 'among', 'amongst', 'let']); // ("Having said that, …", "Amongst reported incidents …", "Let say …")
/** Prepositions opening a time or setting phrase, never a speaker ("Within hours of his final talks"). */
const SETTING_OPENERS = new Set(['within', 'during', 'until', 'throughout', 'amid', 'following', 'upon']);
const DEGREE_WORDS = new Set(['most', 'more', 'less', 'least', 'very', 'so', 'too', 'quite', 'really']);
const LOOK_FORMS = new Set(['look', 'looks', 'looked', 'looking']);
const ANSWER_FORMS = new Set(['answer', 'answers', 'answered', 'answering']);
const COMPARE_FORMS = new Set(['compare', 'compares', 'compared']);
/** The links of figures set beside others ("compared with last year", "compares to 20,000"). */
const COMPARED_WITH = new Set(['with', 'to', 'against']);
/** Verbs of a reply that a side on the field makes with a score ("answered with two penalties"). */
const SCORE_REPLY_FORMS = new Set([...ANSWER_FORMS, 'reply', 'replies', 'replied', 'replying', 'respond', 'responds', 'responded', 'responding']);
/** Forms of "observe", whose object is something watched unless a clause or quotation follows. */
const OBSERVE_FORMS = new Set(['observe', 'observes', 'observed', 'observing']);
/** Most words before "questions" in what someone answered ("a series of questions"). */
const MAX_QUESTIONS_AT = 3;
/** Belief verbs that report the clause before them with an inverted speaker after ("…, observed Jack Boorman, adviser to …",
 *  "… 90 million handsets, estimates James Goodman, report author …"). */
const INVERTED_BELIEF_FORMS = new Set(['observed', 'observes', 'estimates', 'estimated']);
const CONTINUE_FORMS = new Set(['continue', 'continues', 'continued', 'continuing']);
/** Whether an object opens at token `k` after "continue": a possessive, an article or a name that is no person's
 *  ("continued a recent run", "continues Adelaide progress"). */
function continuedObject(ctx: QuoteContext, k: number, b: number): boolean {
  const w = ctx.low[k] ?? '';
  return POSSESSIVES.has(w) || w === 'the' || w === 'a' || w === 'an' || (k < b && ctx.cap[k] && isWord(ctx, k) && !personAt(ctx, k));
}

const CONTINUE_ADJUNCTS = new Set(['with', 'after', 'for', 'until', 'into', 'in', 'on', 'at', 'through', 'as', 'apace', 'unabated',
  // ("The band continued without Osbourne", "The series continues throughout the week", "Typhoon Phanfone continued westward")
  'without', 'throughout', 'westward', 'eastward', 'northward', 'southward', 'toward', 'towards', 'outside', 'inside', 'despite', 'under', 'beyond']);
const PORTRAY_FORMS = new Set(['portray', 'portrays', 'portrayed', 'portraying']);
/** Forms of "speak" that take what is spoken of as their object ("spoke of the legacy of racism"). */
const SPEAK_FORMS = new Set(['spoke', 'speaks']);
/** Participles that, right after a document noun, describe the document instead of making it speak. */
const REDUCED_RELATIVES = new Set(['posted', 'released', 'published', 'issued', 'conducted', 'filed', 'obtained', 'shared', 'sent',
  'written', 'signed', 'compiled', 'cited', 'commissioned', 'leaked', 'tweeted']);
const ATTACK_FORMS = new Set(['attack', 'attacks', 'attacked', 'attacking']);
const REPORT_FORMS = new Set(['report', 'reports', 'reported', 'reporting']);
const WRITE_FORMS = new Set(['write', 'writes', 'wrote', 'writing', 'written']);
/** Works one writes that say nothing themselves ("two new songs", "the screenplay"; not a book or a memoir, whose claims
 *  PolNeAR draws as the writer's: "Mariano wrote a memoir of her time at the White House"). */
const CREATIVE_WORKS = new Set(['song', 'songs', 'music', 'lyrics', 'album', 'albums', 'track', 'tracks', 'script', 'scripts', 'screenplay',
  'screenplays', 'poem', 'poems', 'poetry', 'play', 'plays', 'opera', 'symphony', 'film', 'films', 'episode', 'episodes', 'code', 'software']);
/** Longest object read for its head noun, in tokens ("two new songs", "a best-selling book"). */
const MAX_WORK_OBJECT = 4;

/** Whether the object at `k` is a creative work: its first noun, within a few words, is one. */
function creativeWork(ctx: QuoteContext, k: number, b: number): boolean {
  for (let j = k; j < b && j - k < MAX_WORK_OBJECT && isWord(ctx, j) && !ctx.cap[j]; j++) {
    if (CREATIVE_WORKS.has(ctx.low[j])) return ctx.low[j + 1] !== 'saying' && ctx.low[j + 1] !== 'that';
  }
  return false;
}
/** Words that give the grounds of a verbal attack: "attacked Lee for the vote", "as weak", "over the remarks". */
const GROUNDS = new Set(['for', 'as', 'over']);
/** Longest object read before the grounds of an attack, in tokens. */
const MAX_GROUNDS_DISTANCE = 8;

/** Whether the object from `k` goes on to the grounds of a verbal attack, or is a quotation or a "that" clause. */
function stanceGrounds(ctx: QuoteContext, k: number, b: number): boolean {
  if (ctx.opens.has(k) || ctx.low[k] === 'that') return true;
  for (let j = k + 1; j < b && j - k <= MAX_GROUNDS_DISTANCE && ctx.surf[j] !== ','; j++) {
    if (GROUNDS.has(ctx.low[j])) return true;
    // "attacked Trump on paying fewer taxes", "on his record" ("on Monday", "on the outskirts" are time and place)
    if (ctx.low[j] === 'on' && j + 1 < b && (ctx.low[j + 1].endsWith('ing') || POSSESSIVES.has(ctx.low[j + 1]))) return true;
  }
  return false;
}
const SHOW_FORMS = new Set(['show', 'shows', 'showed', 'shown']);
/** What a document or poll does when it reports: "…, a new poll indicates." */
const DOCUMENT_CUES = new Set([...SHOW_FORMS, 'indicate', 'indicates', 'indicated', 'suggest', 'suggests', 'suggested', 'find', 'finds', 'found',
  'reveal', 'reveals', 'revealed']);

/** Whether the words from `from` to the next comma or the sentence end hold a clause: a subject pronoun, a finite
 *  verb, or a later word with a verb ending ("-ed", lower-case "-s"). */
function holdsClause(ctx: QuoteContext, from: number, b: number, strict = false): boolean {
  for (let k = from; k < b && ctx.surf[k] !== ',' && !END_PUNCT.has(ctx.surf[k]); k++) {
    const x = ctx.low[k];
    if (NOMINATIVE.has(x) || ctx.vocab.finiteVerbs.has(x)) return true;
    if (k > from && (x.endsWith('ed') || (x.endsWith('s') && !x.endsWith('ss') && !ctx.cap[k] && !(strict && S_FUNCTION_WORDS.has(x))))) return true;
  }
  return false;
}

/** Function words ending in "s" that are no present-tense verb ("agree a deal to secure its future"); only the strict
 *  test leaves them out ("expects the camp to unleash all its research" is drawn as a stance on PolNeAR). */
const S_FUNCTION_WORDS = new Set(['its', 'his', 'this', 'us', 'plus', 'thus', 'across', 'perhaps', 'whereas', 'unless', 'always', 'as',
  'towards', 'besides', 'sometimes', 'afterwards', 'yours', 'ours', 'theirs', 'hers', 'various', 'previous', 'serious', 'numerous']);

/** "He’s predicting he will …": a progressive cue whose other forms take a bare clause. */
function progressiveBare(ctx: QuoteContext, w: string, e: number, i: number): boolean {
  const aux = ctx.low[i - 1];
  if (!w.endsWith('ing') || e >= i || !(ctx.vocab.auxiliaries.has(aux) || aux === '’s' || aux === "'s")) return false;
  const stem = w.slice(0, -3);
  return [`${stem}s`, `${stem}es`, `${stem}ed`, `${stem}d`].some((x) => ctx.vocab.bareClauseVerbs.has(x));
}

/** Longest subject between a quotation and a verb of manner ("“…,” an angry Tom Hart retaliated."), in tokens. */
const MAX_MANNER_SUBJECT = 4;
/** Longest document phrase before "reads" ("a welcome message on the website reads"), in tokens. */
const MAX_READ_SUBJECT = 8;

/**
 * A past-tense verb the vocabulary lacks that reports a quotation right before it ("“This is fantastic!” beamed Lee",
 * "“…,” Lee smiled.") — PolNeAR reads such manner verbs as "said while smiling".
 */
function mannerCue(ctx: QuoteContext, i: number, a: number, b: number): boolean {
  const w = ctx.low[i];
  if (w.length < 4) return false; // (every form below has four letters or more; this runs on every token)
  const read = w === 'read' || w === 'reads'; // "“…,” it read." (compared, not looked up: this runs on every token)
  // "“…,” points out former Olympian Steve Cram."
  // ("Businesses face other issues, Mr Hadi points out.": the same with the reported clause before the speaker)
  if ((w === 'points' || w === 'pointed') && ctx.low[i + 1] === 'out' && i - 1 >= a &&
    (quotationBefore(ctx, i - 1) || (i + 2 >= b || END_PUNCT.has(ctx.surf[i + 2])))) return true;
  // "Lindsey Graham spoke on Fox News, “…”", "spoke of the collaboration: “…”": speaking, then the quotation.
  if (w === 'spoke' || w === 'speaks') return quotationAfterAdjunct(ctx, i + 1, b) > 0;
  // "The statement read “…”", "The event description read, “…”", "The opinion read in part: “…”": the quotation right
  // after "read", a comma or colon, or an adjunct.
  // (after a comma, colon or adjunct, only a quotation that ends the sentence: not 'reads: "Happy Holidays" and this …')
  if (read && i - 1 >= a && (isWord(ctx, i - 1) || ctx.surf[i - 1] === ',') && !ctx.cap[i]) {
    if (ctx.opens.has(i + 1)) return true;
    const open = (ctx.surf[i + 1] === ',' || ctx.surf[i + 1] === ':') && ctx.opens.has(i + 2) ? i + 2 : quotationAfterAdjunct(ctx, i + 1, b);
    if (open > 0 && contentAfter(ctx, open, b)?.direct) return true;
  }
  // "“…,” she went on." / "“…,” Trump went on, as if …": going on speaking right after a quotation.
  if ((w === 'went' || w === 'goes') && ctx.low[i + 1] === 'on' && i + 2 < b && (END_PUNCT.has(ctx.surf[i + 2]) || ctx.surf[i + 2] === ',')) {
    return (i - 1 >= a && quotationBefore(ctx, i - 2) && isWord(ctx, i - 1)) || (i - 2 >= a && quotationBefore(ctx, i - 3) && ctx.cap[i - 1] && ctx.cap[i - 2]);
  }
  // "Lee made it clear that …", "has made clear the UK would welcome …": making something clear is saying it.
  if (w.charCodeAt(0) === 109 && MAKE_FORMS.has(w)) return clearThatEnd(ctx, i + 1, b) > 0; // (109: "m", a test before the look-up on every token)
  // (a present form of a cue verb too: "“…,” he mocks.")
  const present = w.length > 4 && w.endsWith('s') && ctx.cueForm[i] !== 0;
  // ("“…,” smiles one broker.": a manner verb in the present, like its past form)
  if (ctx.cap[i] || (!read && !present && !(w.charCodeAt(w.length - 1) === 115 && MANNER_PRESENT.has(w)) && (w.length < 5 || !w.endsWith('ed'))) || i - 1 < a) return false;
  if (!read && !present && quotationBefore(ctx, i - 1) && statementClosed(ctx, i - 1, a)) return true; // inverted: “…,” beamed Lee
  // ("“…,” reads a Wednesday editorial in …", "“…,” reads Judge Miller's statement")
  if (read && quotationBefore(ctx, i - 1) && i + 1 < b && (ctx.vocab.determiners.has(ctx.low[i + 1]) || ctx.cap[i + 1])) return true;
  // “…,” Lee smiled. / “…,” he surmised. / “…,” an angry Hollande retaliated. — a short name or a pronoun between the
  // quotation and the verb, and the clause ends after it.
  // (an adjunct or a subordinate clause may follow: "“…,” Axelrod tweeted after Clinton argued …")
  // (for a cue form only: "“…,” he arrived in London" is no statement)
  // (a present form only right before the clause end: "“…,” he mocks.", not "The White House refers to …")
  const after = i + 1 < b && isWord(ctx, i + 1) && ctx.cueForm[i] !== 0 && !present ? skipAdjunct(ctx, i + 1, b) : i + 1;
  if (after < b && !END_PUNCT.has(ctx.surf[after]) && ctx.surf[after] !== ',') return false;
  const last = ctx.low[i - 1];
  // ("“…!” a welcome message on the website reads.": any noun before "reads")
  if (!isWord(ctx, i - 1) || !(ctx.cap[i - 1] || NOMINATIVE.has(last) || last === 'it' || read)) return false;
  const longest = read ? MAX_READ_SUBJECT : MAX_MANNER_SUBJECT;
  for (let k = i - 1; k >= a - 1 && i - k <= longest + 1; k--) {
    if (quotationBefore(ctx, k)) return k < i - 1;
    if (!isWord(ctx, k) || (!ctx.cap[k] && k < i - 1 && !ctx.vocab.determiners.has(ctx.low[k]) && !/^\p{Ll}+$/u.test(ctx.surf[k]))) return false;
  }
  return false;
}

const CLEAR_INTENSIFIERS = new Set(['very', 'quite', 'abundantly', 'perfectly', 'crystal', 'absolutely', 'also', 'now']);
/** Most words between "made it clear to" and "that" ("to House Democrats on Wednesday"). */
const MAX_CLEAR_AUDIENCE = 8;

/** After "made" at `j`: "(it) (very) clear (to NP) that …" or "(it) clear" before a clause; the token where the content
 *  starts, else 0 ("make clear what is going on" asks no statement; "made clear progress" is no clause). */
function clearThatEnd(ctx: QuoteContext, j: number, b: number): number {
  let k = j;
  if (ctx.low[k] === 'it') k++;
  while (k < b && CLEAR_INTENSIFIERS.has(ctx.low[k])) k++;
  if (ctx.low[k] !== 'clear' || ctx.cap[k]) return 0;
  k++;
  if (ctx.low[k] === 'to') {
    let that = k + 1;
    while (that < b && that - k <= MAX_CLEAR_AUDIENCE && ctx.low[that] !== 'that' && isWord(ctx, that) && !ctx.vocab.finiteVerbs.has(ctx.low[that]) &&
      !NOMINATIVE.has(ctx.low[that])) that++;
    if (ctx.low[that] !== 'that') return 0;
    k = that;
  }
  if (ctx.low[k] === 'that') return k;
  return k < b && clauseOpening(ctx, k) && !WH_WORDS.has(ctx.low[k]) && holdsClause(ctx, k, b, true) ? k : 0;
}

/** Whether the quotation closing at `t` reads as a statement before a verb of manner: closed by a comma, "!", "?" or a
 *  full stop, or opening the sentence — not a quoted phrase inside a noun phrase ('Jackson's “wardrobe malfunction”
 *  encouraged the FCC …'). */
function statementClosed(ctx: QuoteContext, t: number, a: number): boolean {
  if (ctx.surf[t] === ',') return true;
  if (STATEMENT_CLOSERS.has(ctx.surf[t - 1])) return true;
  const r = ctx.closes.get(t);
  return r !== undefined && ctx.regions[r].start <= ctx.tokens[a].end;
}
const STATEMENT_CLOSERS = new Set([',', '!', '?', '.', '…']);

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us']);
/** Adverbs after a cue before its adjunct or the clause end ("he said then", "she added later"). */
const TRAILING_ADVERBS = new Set(['then', 'again', 'later', 'afterwards', 'too', 'back', 'once', 'twice']);
/** Prepositions of a place or time adjunct ("in Paris", "on Twitter", "during a visit"), not of an object or topic. */
const PLACE_TIME_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'via']);
/** Whether a time phrase opens at token `k` that reports nothing when it ends the sentence: "after"/"before" with a gerund
 *  or a noun phrase ("tweeted after hearing the news.", "after the game."), "during"; not a clause ("said before he died",
 *  whose quotation may come before). */
function timeAdjunctAt(ctx: QuoteContext, k: number): boolean {
  const w = ctx.low[k];
  if (w === 'during') return true;
  if (w !== 'after' && w !== 'before') return false;
  const next = ctx.low[k + 1] ?? '';
  return (next.endsWith('ing') && !ctx.cap[k + 1]) || ARTICLES.has(next) || POSSESSIVES.has(next);
}
const ADJUNCT_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'of', 'to', 'after', 'before', 'from', 'with', 'via', 'about', 'outside', 'inside', 'near']);

/** After an adjunct at `k` and a comma or colon ("in a text message: “…”", "on Fox News, “…”"): the opening mark of
 *  the quotation that follows; else -1. */
function quotationAfterAdjunct(ctx: QuoteContext, k: number, b: number): number {
  const end = skipAdjunct(ctx, k, b);
  return end > k && end + 1 < b && (ctx.surf[end] === ',' || ctx.surf[end] === ':') && ctx.opens.has(end + 1) ? end + 1 : -1;
}

/** What an audience answers a speaker with ("said to cheers", "to enthusiastic applause"). */
const REACTIONS = new Set(['cheers', 'applause', 'laughter', 'laughs', 'boos', 'jeers', 'cries', 'shouts', 'chants', 'gasps', 'whoops', 'cheering', 'booing']);

/** Whether "to" at `k` opens an audience's reaction: up to two modifiers, then a reaction noun. */
function audienceReaction(ctx: QuoteContext, k: number, b: number): boolean {
  if (ctx.low[k] !== 'to') return false;
  for (let j = k + 1; j < b && j <= k + 3; j++) {
    if (REACTIONS.has(ctx.low[j])) return true;
    if (!isWord(ctx, j) || ctx.cap[j]) return false;
  }
  return false;
}

/** Prepositions of a setting after a quotation's speaker besides the adjunct ones ("said over the phone", "said by telephone"). */
const SETTING_PREPOSITIONS = new Set(['over', 'by']);

/** Whether the words from `k` to the next comma or the sentence end name only whom one told and when: no "that", no
 *  verb, no quotation but a short title. */
function addresseeOnly(ctx: QuoteContext, k: number, b: number): boolean {
  let j = k;
  for (; j < b && ctx.surf[j] !== ',' && !END_PUNCT.has(ctx.surf[j]); j++) {
    const w = ctx.low[j];
    if (ctx.opens.has(j)) {
      const title = quotedTitleEnd(ctx, j, b);
      if (title < 0) return false;
      j = title - 1;
      continue;
    }
    if (w === 'that' || w === ':' || ctx.vocab.finiteVerbs.has(w) || (ctx.vocab.auxiliaries.has(w) && !ctx.vocab.timeWords.has(w)) || ctx.vocab.pronouns.get(w) === 'male' ||
      ctx.vocab.pronouns.get(w) === 'female' || w === 'they' || w === 'i' || w === 'we') return false;
  }
  return j > k;
}

/** The opening mark of a quotation inside the setting from `k` to the clause end that is no quoted title, else -1. */
function quotationInSetting(ctx: QuoteContext, k: number, b: number): number {
  // (past a place's state: "said at a rally in Binghamton, N.Y. “…”", a period the segmenter keeps in the sentence)
  for (let j = k + 1; j < b && (!END_PUNCT.has(ctx.surf[j]) || isAbbrevPeriod(ctx, j)); j++) {
    if (ctx.opens.has(j)) return settingTitleEnd(ctx, j, b) > 0 ? -1 : j;
  }
  return -1;
}

/** Longest setting read between a cue and its bare clause ("at a press conference yesterday morning"), in tokens. */
const MAX_SETTING_TOKENS = 8;
/** Subject pronouns that open the clause after a setting ("said on Monday he …"). */
const SETTING_CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'most', 'many']);

/** After a cue at `k`: a place or time adjunct with no comma before the reported clause ("at a press conference
 *  yesterday morning | the gun laws should be changed") → the clause's first token; anything else → `k`. The clause opens
 *  with a determiner, a subject pronoun or a name right after a noun of the adjunct, and a verb follows it. */
function settingBeforeClause(ctx: QuoteContext, k: number, b: number): number {
  // ("said after the convention he would not accept …": a time phrase with its noun, too)
  const timePhrase = (ctx.low[k] === 'after' || ctx.low[k] === 'before') && (ARTICLES.has(ctx.low[k + 1] ?? '') || POSSESSIVES.has(ctx.low[k + 1] ?? ''));
  if (k >= b || !(PLACE_TIME_PREPOSITIONS.has(ctx.low[k]) || timePhrase)) return k;
  if (ctx.low[k + 1] === 'favour' || ctx.low[k + 1] === 'favor') return k; // ("finds in favour of the industry": a ruling's side)
  for (let e = k + 2; e < b && e - k <= MAX_SETTING_TOKENS; e++) {
    const w = ctx.low[e];
    // ("said in a statement, Navalny would be undergoing …": the setting closed by a comma, then the clause)
    // (not after a clause of its own: "did not say in the debate whether he supports …, one … proposed")
    if (ctx.surf[e] === ',' && e + 1 < b && plainSetting(ctx, k + 1, e) && settingClauseOpens(ctx, e + 1) && verbFollows(ctx, e + 2, b)) return e + 1;
    if (!isWord(ctx, e) || w === 'that' || isQuoteMark(ctx, e) || ctx.vocab.finiteVerbs.has(w) || (ctx.vocab.auxiliaries.has(w) && !ctx.vocab.timeWords.has(w))) return k;
    const before = ctx.low[e - 1];
    const afterNoun = isWord(ctx, e - 1) && !ADJUNCT_PREPOSITIONS.has(before) && !ctx.vocab.determiners.has(before) && !POSSESSIVES.has(before) &&
      before !== 'of' && before !== 'for' && before !== '’s' && before !== "'s" && !SUBORDINATE.has(before) && !WH_WORDS.has(before);
    // (a name opens the clause only after a lower-case noun: "in New York City Mayor Ann Lee …" is one adjunct and name)
    const opens = ctx.vocab.determiners.has(w) || SETTING_CLAUSE_PRONOUNS.has(w) || (ctx.cap[e] && !ctx.cap[e - 1] && !ctx.vocab.timeWords.has(w));
    if (afterNoun && opens && verbFollows(ctx, e + 1, b)) return e;
  }
  return k;
}

/** Whether [s, e) are the words of a prepositional setting: no verb, pronoun or word opening a clause. */
function plainSetting(ctx: QuoteContext, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const w = ctx.low[k];
    if (!isWord(ctx, k) || WH_WORDS.has(w) || SUBORDINATE.has(w) || NOMINATIVE.has(w) || ctx.vocab.finiteVerbs.has(w) || ctx.vocab.auxiliaries.has(w) ||
      ctx.cueForm[k] !== 0) return false;
  }
  return true;
}

/** Whether the word at `k` opens a clause after a setting and its comma: a determiner, a subject pronoun or a name. */
function settingClauseOpens(ctx: QuoteContext, k: number): boolean {
  return isWord(ctx, k) && (ctx.vocab.determiners.has(ctx.low[k]) || SETTING_CLAUSE_PRONOUNS.has(ctx.low[k]) || (ctx.cap[k] && !ctx.vocab.timeWords.has(ctx.low[k])));
}

/** Relative words opening a clause on an adjunct's noun ("in the speech which was delivered …"). */
const ADJUNCT_RELATIVES = new Set(['which', 'where', 'when']);

/** After a cue or speaker at `k`: a prepositional adjunct with no verb ("in an interview", "at a rally on Monday") up to
 *  the next comma or the sentence end → the index after it; anything else → `k`. */
function skipAdjunct(ctx: QuoteContext, k: number, b: number): number {
  const start = k;
  if (k < b && OBJECT_PRONOUNS.has(ctx.low[k])) k++; // "he urged them"
  // "he said then.", "Conant said happily on MSNBC": an adverb before the adjunct or the clause end
  while (k < b && isWord(ctx, k) && !ctx.cap[k] && (TRAILING_ADVERBS.has(ctx.low[k]) || (ctx.low[k].endsWith('ly') && ctx.low[k].length > 4))) k++;
  if (k < b && ctx.low[k] === 'the' && ctx.low[k + 1] === 'time' && k > start) return start;
  // ("“…,” Lee said that night.": "that" before a time noun closing the clause is no complementiser)
  if (k + 1 < b && ctx.low[k] === 'that' && timeNoun(ctx, k + 1) && (k + 2 >= b || END_PUNCT.has(ctx.surf[k + 2]) || ctx.surf[k + 2] === ',')) return k + 2;
  // "“…,” Lee said while campaigning in Iowa.", "… when asked about it": a subordinate clause to the clause end.
  if (k + 1 < b && INVERTED_SUBORDINATORS.has(ctx.low[k]) && isWord(ctx, k + 1)) {
    let e = k + 1;
    while (e < b && ctx.surf[e] !== ',' && ctx.surf[e] !== ':' && !END_PUNCT.has(ctx.surf[e]) && !isQuoteMark(ctx, e)) e++;
    return e;
  }
  if (k >= b || !ADJUNCT_PREPOSITIONS.has(ctx.low[k])) return k > start && (k >= b || ctx.surf[k] === ',' || END_PUNCT.has(ctx.surf[k])) ? k : start;
  // ("declined to elaborate on …": an infinitive, not an adjunct)
  // (not the audience: "“…,” Lee added to reporters.")
  if (ctx.low[k] === 'to' && k + 1 < b && isWord(ctx, k + 1) && !ctx.cap[k + 1] && !ctx.vocab.determiners.has(ctx.low[k + 1]) &&
    ctx.tokens[k + 1].kind !== 'number' && !OBJECT_PRONOUNS.has(ctx.low[k + 1]) && !AUDIENCE_NOUNS.has(ctx.low[k + 1])) return start;
  let e = k + 1;
  // ("during a rally in Kenansville, N.C., “…”": a place's state and its periods stay in the adjunct)
  for (; e < b && (ctx.surf[e] !== ',' || placeStateComma(ctx, e, b)) && ctx.surf[e] !== ':' && (!END_PUNCT.has(ctx.surf[e]) || isAbbrevPeriod(ctx, e)); e++) {
    // ('on CNBC’s “Trading Nation” on Monday': a short capitalised title in quotation marks is part of the adjunct)
    const title = ctx.opens.has(e) ? settingTitleEnd(ctx, e, b) : -1;
    if (title > 0) {
      e = title - 1;
      continue;
    }
    const w = ctx.low[e];
    // ("said on MSNBC as returns came in": a subordinate clause after the adjunct runs to the clause end)
    // ("he continued in the speech which was delivered in Tehran": so does a relative clause on the adjunct's noun)
    const relative = ADJUNCT_RELATIVES.has(w) && e > k + 1 && !ctx.cap[e - 1];
    if ((INVERTED_SUBORDINATORS.has(w) || relative) && e + 1 < b && isWord(ctx, e + 1)) {
      // (a relative clause ends before a "that" of the cue: "said in a speech where he thanked voters that …")
      while (e < b && ctx.surf[e] !== ',' && !END_PUNCT.has(ctx.surf[e]) && !isQuoteMark(ctx, e) && !(relative && ctx.low[e] === 'that')) e++;
      return e;
    }
    const thatTime = w === 'that' && e + 1 < b && timeNoun(ctx, e + 1); // "that night", not "that the …"
    // ("for CBS network's 60 Minutes show": a cue form after a name, a possessive or a number is a noun)
    const prevWord = ctx.low[e - 1];
    const nounCue = ctx.cap[e - 1] || prevWord === '’s' || prevWord === "'s" || ctx.tokens[e - 1].kind === 'number' || ctx.vocab.determiners.has(prevWord);
    if (isQuoteMark(ctx, e) || (w === 'that' && !thatTime) || ctx.vocab.finiteVerbs.has(w) || (ctx.vocab.cueVerbs.has(w) && !nounCue) || ctx.vocab.pronouns.has(w)) return start;
  }
  return e > k + 1 ? e : start;
}

/** After the opening mark at `k` of a quoted title inside a setting ('on CNBC’s “Trading Nation”'): the token after it;
 *  else -1, also for a quotation after a state's dotted initials, a sentence the segmenter did not end there
 *  ("in Binghamton, N.Y. “She worked …”"). */
function settingTitleEnd(ctx: QuoteContext, k: number, b: number): number {
  return DOTTED_INITIALS.test(ctx.surf[k - 1]) ? -1 : quotedTitleEnd(ctx, k, b);
}

/** Whether token `k` ends the sentence ending before `b` (the end itself or a final stop). */
function sentenceEndAt(ctx: QuoteContext, k: number, b: number): boolean {
  return k >= b || (END_PUNCT.has(ctx.surf[k]) && k + 1 >= b);
}

/** Whether [a, end) holds a clause: a finite verb or a clause-verb form ("The plan is sickening"; not "In Paris"). */
function clauseBefore(ctx: QuoteContext, a: number, end: number): boolean {
  for (let k = a; k < end; k++) if (ctx.vocab.finiteVerbs.has(ctx.low[k]) || isClauseVerb(ctx.low[k])) return true;
  return false;
}


/** Whether token `t` closes a quotation (`”` or `,”` / `”,`): any cue verb after it reports that quotation ("“…,” Lee continued"). */
function quotationBefore(ctx: QuoteContext, t: number): boolean {
  return ctx.closes.has(t) || (ctx.surf[t] === ',' && ctx.closes.has(t - 1));
}

/** The rule frame around token `i` taken as a cue whatever its word (a clause frame, else an object frame). */
function frameAt(ctx: QuoteContext, i: number): Attribution | undefined {
  const si = ctx.sentenceOf[i];
  const { tokenStart: a, tokenEnd: b } = ctx.sentences[si];
  return verbFrame(ctx, i, a, b, si) ?? objectFrame(ctx, i, a, b, si);
}

/** End of an inverted speaker phrase starting at `j` when it closes the clause ("…, said Ann Lee of X."), else -1. */
function invertedEnd(ctx: QuoteContext, j: number, b: number): number {
  let re = rightPhrase(ctx, j, b);
  if (re < 0) return -1;
  const app = appositiveEnd(ctx, re, b);
  if (app > 0) re = app;
  // ("said Russell Zimmerman per ABC News.": the outlet after the speaker)
  const per = skipPerSource(ctx, re, b);
  if (per > re) return re;
  re = invertedTail(ctx, re, b);
  return re >= b || END_PUNCT.has(ctx.surf[re]) || ctx.surf[re] === ',' || ctx.closes.has(re) ? re : -1;
}

/** Whether a named or described speaker phrase at `j` ends the clause ("said Brad Bannon, a pollster.", "said the
 *  party's spokesman."), not a clause ("said the talks failed"). */
function invertedSpeakerAt(ctx: QuoteContext, j: number, b: number): boolean {
  const re = invertedEnd(ctx, j, b);
  if (re < 0) return false;
  const v = ctx.vocab;
  for (let k = j; k < re; k++) {
    const w = ctx.low[k];
    if (w.length > 4 && w.endsWith('ed') && !ctx.cap[k]) return false;
    if (ctx.cap[k] || v.roleWords.has(w) || v.genderedRoles.has(w) || v.orgWords.has(w)) return true;
  }
  return false;
}

/** Whether "who …" at `re` runs to the sentence end with no quotation or clause mark: a restrictive relative clause. */
function restrictiveTail(ctx: QuoteContext, re: number, b: number): boolean {
  if (ctx.low[re] !== 'who' && ctx.low[re] !== 'whose' && ctx.low[re] !== 'that') return false;
  for (let k = re + 1; k < b; k++) if (isQuoteMark(ctx, k) || ctx.surf[k] === ';' || ctx.surf[k] === ':') return false;
  return true;
}

/** Words after an inverted speaker's comma that may open a clause of the writer's, not more of the statement. */
const SECOND_PART_BREAKS = new Set(['but', 'yet', 'whereas', 'although', 'though']);

/** `“X,” he said, “Y.”` → Y is the second part; `X, he said, compared to Y.` → so is "compared to Y". */
function addSecondPart(ctx: QuoteContext, att: Attribution, k: number, b: number): void {
  if (k >= b || ctx.surf[k] !== ',' || k + 1 >= b) return;
  if (ctx.opens.has(k + 1)) {
    const chain = regionChain(ctx, ctx.opens.get(k + 1)!);
    att.parts.push(...chain.parts);
    return;
  }
  if (att.direct || ctx.vocab.participleCues.has(ctx.low[k + 1])) return; // ", adding …" is an attribution of its own
  // ("…, said Mr Ross, but the test revealed …": a contrast with a speaker and cue of its own is another attribution;
  // "…, they say, but he is still …" and "…, he said, but he did not think …" go on with the statement)
  if (SECOND_PART_BREAKS.has(ctx.low[k + 1]) && !ctx.vocab.pronouns.has(ctx.low[k + 2] ?? '') && cueWithin(ctx, k + 1, b)) return;
  // (so is one whose pronoun speaks again: "…, said Mr Armes, but he said the company was still waiting …")
  if (SECOND_PART_BREAKS.has(ctx.low[k + 1]) && ctx.vocab.pronouns.has(ctx.low[k + 2] ?? '') && (ctx.cueForm[k + 3] & CUE_VERB) !== 0) return;
  // ("…, Maróth said, and paying back this loan seems realistic; unnamed industry experts called this dubious": the
  // second part ends at a semicolon before another attribution; not at one inside a list, "…; more spontaneous less scripted")
  let semicolon = k + 1;
  const cueAfter = (j: number) => {
    for (let n = j + 1; n < b && n - j <= MAX_COORDINATED_SUBJECT && isWord(ctx, n); n++) if (ctx.cueForm[n] !== 0 && !ctx.cap[n]) return true;
    return false;
  };
  while (semicolon < b && !(ctx.surf[semicolon] === ';' && ctx.regionOf[semicolon] < 0 && cueAfter(semicolon + 1))) semicolon++;
  const end = sentenceContentEnd(ctx, k + 1, semicolon);
  // ("…, police reported Friday morning, local time (UTC+0900).": the time zone of the cue's time says no more of it)
  if ((ctx.low[k + 1] === 'local' && ctx.low[k + 2] === 'time') || TIME_ZONES.has(ctx.low[k + 1])) return;
  if (end > ctx.tokens[k + 1].start) att.parts.push(trimSpan(ctx.text, ctx.tokens[k + 1].start, end));
}
const TIME_ZONES = new Set(['gmt', 'utc', 'bst', 'cet', 'est', 'edt', 'pst', 'pdt']);

/** Whether token `p` opens another cue's content or a question ("says he …", "said that she …", "if he …"): a pronoun after it
 *  is inside that content, where PolNeAR does not annotate a nested belief. */
function introducesClause(ctx: QuoteContext, p: number): boolean {
  const w = ctx.low[p];
  if (ctx.vocab.cueVerbs.has(w) || ctx.vocab.participleCues.has(w) || ctx.vocab.objectCues.has(w)) return true;
  if (w === 'that' || w === 'if' || w === 'whether' || w === 'what' || w === 'when') return true;
  return TELL.has(ctx.low[p - 1] ?? '') || ctx.vocab.cueVerbs.has(ctx.low[p - 1] ?? '');
}

/** Start of the whole subject [start, le) right after a subordinating word ("even though | a number of attendees said"), else -1. */
function subordinateSubject(ctx: QuoteContext, ls: number, le: number, a: number): number {
  for (let p = ls - 1; p >= a && ls - p <= MAX_SUBORDINATE_SUBJECT; p--) {
    const w = ctx.low[p];
    if ((w === 'and' || w === 'or') && ctx.surf[p - 1] !== ',') return -1; // a coordinated phrase, not ", and X said"
    if (w === 'or') return -1;
    if (SUBORDINATE.has(w)) return p + 1 < le && isBareSubject(ctx, p + 1, le) ? p + 1 : -1;
    if (!isWord(ctx, p) && ctx.surf[p] !== '’s' && ctx.surf[p] !== "'s") return -1;
  }
  return -1;
}

/** "groups that say …", "a message that said …": "that" right before the cue, after a noun, is a relative subject. */
function relativeThat(ctx: QuoteContext, e: number, a: number): boolean {
  if (e - 2 < a || ctx.low[e - 1] !== 'that') return false;
  const w = ctx.low[e - 2];
  return isWord(ctx, e - 2) && !ctx.vocab.cueVerbs.has(w) && !ctx.vocab.objectCues.has(w) && !ctx.vocab.boundaryWords.has(w) &&
    !ctx.vocab.finiteVerbs.has(w) && !ctx.vocab.auxiliaries.has(w) && !ctx.vocab.determiners.has(w) && !w.endsWith('ly');
}

/** Verbs right after a plural noun that show the "-s" word before them is that noun ("plans include", "calls remain"). */
const PLURAL_SUBJECT_VERBS = new Set(['include', 'remain', 'appear', 'vary', 'differ', 'exist', 'cost', 'require', 'involve', 'range',
  'continue', 'tend', 'seem', 'comes', 'came']);

/** Whether the "-s" word at `i` heads a subject: a clause cue or finite verb follows within a short phrase. */
function pluralSubject(ctx: QuoteContext, i: number, b: number): boolean {
  if (PLURAL_SUBJECT_VERBS.has(ctx.low[i + 1] ?? '')) return true; // "Other Democratic plans include …"
  for (let k = i + 1; k < b && k - i <= 6; k++) {
    const w = ctx.low[k];
    if ((ctx.vocab.cueVerbs.has(w) && ctx.vocab.bareClauseVerbs.has(w)) || ctx.vocab.finiteVerbs.has(w)) return k === i + 1 || ctx.low[i + 1] === 'for' || ctx.low[i + 1] === 'of';
    if (!isWord(ctx, k)) return false;
  }
  return false;
}

const HOLD_FORMS = new Set(['hold', 'holds', 'held', 'holding']);
const FACE_FORMS = new Set(['face', 'faces', 'faced', 'facing']);
/** Auxiliaries that agree with a plural subject: right after an -s cue form they show the form is a noun. */
const PLURAL_AUXILIARIES = new Set(['have', 'are', 'were']);

/** Longest run of words that continues an inverted speaker phrase to the clause end, in tokens. */
const MAX_SPEAKER_RUN = 10;

/** Longest place phrase ("in New York City") taken into an inverted speaker phrase, in tokens. */
const MAX_PLACE_TOKENS = 4;

/** End of the words from `re` to the next comma or the sentence end when they hold no verb, quotation or clause word, else `re`. */
function phraseToEnd(ctx: QuoteContext, re: number, b: number): number {
  const v = ctx.vocab;
  // ("said a Democrat familiar with the talks", "a source close to the campaign": the adjective takes the phrase)
  // ("says political scientist Dossym Satpayev in Almaty.": where the speaker works, a place name ending the sentence)
  if (ctx.low[re] === 'in' && ctx.cap[re - 1]) {
    let k = re + 1;
    while (k < b && ctx.cap[k] && isWord(ctx, k) && !ctx.vocab.timeWords.has(ctx.low[k])) k++;
    if (k > re + 1 && k - re <= MAX_PLACE_TOKENS && (k >= b || END_PUNCT.has(ctx.surf[k]))) return k;
  }
  if (ctx.low[re] !== 'of' && ctx.low[re] !== 'to' && ADJUNCT_PREPOSITIONS.has(ctx.low[re]) && !LINKING_ADJECTIVES.has(ctx.low[re - 1])) return re; // "said Lee at a rally"
  let k = re;
  for (; k < b && !END_PUNCT.has(ctx.surf[k]) && ctx.surf[k] !== ','; k++) {
    const w = ctx.low[k];
    if ((w === 'who' || w === 'that') && k > re && k - re <= MAX_SPEAKER_RUN) return k; // "said an owner of a shop who …"
    const nounCue = v.determiners.has(ctx.low[k - 1]) || ctx.low[k - 1] === '’s' || ctx.low[k - 1] === "'s"; // "quoted by the report"
    if (k - re > MAX_SPEAKER_RUN || isQuoteMark(ctx, k) || w === 'that' || w === 'who' || v.finiteVerbs.has(w) || (v.cueVerbs.has(w) && !nounCue) ||
      v.participleCues.has(w) || NOMINATIVE.has(w) || (!isWord(ctx, k) && ctx.surf[k] !== '’s' && ctx.surf[k] !== "'s")) return re;
  }
  return k;
}

/** Whether tokens [from, b) hold a clause: a subject pronoun or a finite verb ("…, he is staying"; not "in short, nothing"). */
function hasClause(ctx: QuoteContext, from: number, b: number): boolean {
  for (let k = from; k < b; k++) {
    if (NOMINATIVE.has(ctx.low[k]) || ctx.vocab.finiteVerbs.has(ctx.low[k])) return true;
    // ("…, about 20 buildings collapsed": a past form after a noun)
    if (k > from && pastAfterNoun(ctx, k)) return true;
  }
  return false;
}

/** Whether token `k` is a lower-case past form ("collapsed") right after a lower-case noun, not after a preposition,
 *  determiner or auxiliary ("in short, armed men …" has none). */
function pastAfterNoun(ctx: QuoteContext, k: number): boolean {
  const w = ctx.low[k];
  const before = ctx.low[k - 1];
  return isWord(ctx, k) && !ctx.cap[k] && w.length > 4 && w.endsWith('ed') && isWord(ctx, k - 1) && before.length > 2 && before.endsWith('s') &&
    !ADJUNCT_PREPOSITIONS.has(before) && !ctx.vocab.determiners.has(before) && !ctx.vocab.auxiliaries.has(before) && !ctx.vocab.pronouns.has(before);
}

/** Longest lower-case subject read between a comma and its cue ("…, many economists say."), in tokens. */
const MAX_TRAILING_SUBJECT = 5;
/** The same for a document named with its maker or its modifier ("records compiled by the Center for …"). */
const MAX_TRAILING_DOCUMENT = 14;

/** The comma right before a short run of words ending at `e`, else -1. */
function lastCommaBefore(ctx: QuoteContext, e: number, a: number, max = MAX_TRAILING_SUBJECT): number {
  for (let k = e - 1; k >= a && e - k <= max + 1; k--) {
    if (ctx.surf[k] === ',') return k;
    if (!isWord(ctx, k)) return -1;
  }
  return -1;
}

/** Whether a personal pronoun at `ls` opens its clause: after a comma ("Nonetheless, he sought"), or after a clause starter
 *  and an adverb ("But now she wants"). */
function pronounOpensClause(ctx: QuoteContext, ls: number, a: number): boolean {
  const p = ls - 1;
  if (p < a) return true;
  if (ctx.surf[p] === ',' || ctx.surf[p] === ';' || isDash(ctx, p)) return true;
  return (SPEAKER_ADVERBS.has(ctx.low[p]) || ctx.low[p] === 'now') && (p - 1 < a || ctx.surf[p - 1] === ',' || CLAUSE_STARTERS.has(ctx.low[p - 1]));
}

/** Whether the quotation opening at token `k` is followed after its close by a speaker of its own (`: “…,” said Tedros
 *  Adhanom Ghebreyesus`, `: “…,” Ann Lee said`). */
function quotationSaidByOther(ctx: QuoteContext, k: number): boolean {
  let last = ctx.opens.get(k)!;
  while (last + 1 < ctx.regions.length && ctx.regions[last + 1].continues) last++;
  const t = closingToken(ctx, last, k, ctx.tokens.length);
  if (t < 0) return false;
  const b = ctx.sentences[ctx.sentenceOf[t]].tokenEnd;
  const after = ctx.surf[t + 1] === ',' ? t + 2 : ctx.surf[t - 1] === ',' ? t + 1 : -1;
  if (after < 0 || after + 1 >= b) return false;
  return (SAY_FORMS.has(ctx.low[after]) && !ctx.cap[after] && invertedSpeakerAt(ctx, after + 1, b)) || nameThenSay(ctx, after, b);
}

/** Whether a capitalised name at `s` is followed right away by a form of "say" ("Ann Lee said"). */
function nameThenSay(ctx: QuoteContext, s: number, b: number): boolean {
  let k = s;
  while (k < b && k - s < MAX_CLAUSE_NAME_TOKENS && ctx.cap[k] && isWord(ctx, k) && !ctx.vocab.pronouns.has(ctx.low[k])) k++;
  return k > s && k < b && SAY_FORMS.has(ctx.low[k]);
}

/** Where the content of an object cue ends: the sentence end, or a clause break (";", " — ", ", saying"). */
function objectEnd(ctx: QuoteContext, k: number, b: number): number {
  let e = k;
  let infinitive = false;
  // (a finite verb in the object makes it a clause, whose own verbs "and" may join: "said the firm had cut jobs and closed …")
  let finite = false;
  while (e < b) {
    const t = ctx.surf[e];
    if (e > k && verbLike(ctx, ctx.low[e])) finite = true;
    // ("urged the embassy to reconsider and spoke with Mike Pompeo": after an infinitive, "and" with a past form is the
    // speaker's next deed)
    if (ctx.low[e] === 'to' && e + 1 < b && isWord(ctx, e + 1) && !ctx.cap[e + 1] && !ctx.vocab.determiners.has(ctx.low[e + 1]) &&
      !/(?:ed|ing)$/.test(ctx.low[e + 1])) infinitive = true;
    if (t === ',' || OBJECT_RELATIVES.has(ctx.low[e]) || ctx.low[e] === 'that') infinitive = false; // (", which was approved and funded")
    // (a verb takes an object or adjunct after it: "and sophisticated handsets" is an adjective before its noun)
    // (so after an object with no verb of its own: "declared himself “immune” and offered to kiss …")
    if ((infinitive || (!finite && e > k + 1)) && (ctx.low[e] === 'and' || ctx.low[e] === 'but') && e + 2 < b && !ctx.cap[e + 1] &&
      (IRREGULAR_PAST.has(ctx.low[e + 1]) || (ctx.low[e + 1].endsWith('ed') && ctx.low[e + 1].length > 4)) &&
      (ctx.vocab.determiners.has(ctx.low[e + 2]) || ADJUNCT_PREPOSITIONS.has(ctx.low[e + 2]) || OBJECT_PRONOUNS.has(ctx.low[e + 2]) ||
        POSSESSIVES.has(ctx.low[e + 2]) || ctx.low[e + 2] === 'for' || ctx.low[e + 2] === 'home' || DEED_MODIFIERS.has(ctx.low[e + 2]))) break;
    // ("called Biden a “decent man” but did not immediately offer a full endorsement": a negated auxiliary after an object with no
    // verb is the speaker's next deed)
    if (!finite && e > k + 1 && (ctx.low[e] === 'and' || ctx.low[e] === 'but') && e + 2 < b && ctx.vocab.auxiliaries.has(ctx.low[e + 1]) &&
      (ctx.low[e + 2] === 'not' || ctx.low[e + 2] === 'never')) break;
    if (t === ';' || ((t === '—' || t === '–') && !numberRange(ctx, e)) || (t === ':' && (!ctx.opens.has(e + 1) || quotationSaidByOther(ctx, e + 1)))) break;
    if (writersDashClause(ctx, k, e)) break;
    if (t === ',' && e > k && writersGloss(ctx, e + 1)) break;
    // "his vote, but late Saturday he announced …": a coordinated clause with a speaker and cue of its own.
    if (t === ',' && e > k && (ctx.low[e + 1] === 'but' || ctx.low[e + 1] === 'and') && coordinatedSpeaker(ctx, e + 2, b)) break;
    // (so without the comma after "but": "support … simultaneously but designers would not confirm if …")
    if (ctx.low[e] === 'but' && e > k && !ALL_BUT.has(ctx.low[e - 1]) && !ctx.vocab.pronouns.has(ctx.low[e + 1]) && coordinatedSpeaker(ctx, e + 1, b)) break;
    // ("La Riva fully endorsed it, Hawkins expressed an interest in …": a name and its verb open the next clause)
    // (", and Pierce focused on …": so after "and" or "but")
    // (and after "while": "vowed support for Azerbaijan, while Russia called for a cessation of fighting")
    if (t === ',' && e > k && (nameThenVerb(ctx, e + 1, b) || ((ctx.low[e + 1] === 'and' || ctx.low[e + 1] === 'but' || ctx.low[e + 1] === 'while' ||
      ctx.low[e + 1] === 'whereas') && nameThenVerb(ctx, e + 2, b)))) break;
    // (", while the communications director for the Trump campaign, Tim Murtaugh, declared victory": a contrast whose subject
    // is a description, then a verb of its own)
    if (t === ',' && e > k && (ctx.low[e + 1] === 'while' || ctx.low[e + 1] === 'whereas') && ctx.low[e + 2] === 'the' && subjectThenVerb(ctx, e + 3, b)) break;
    // ("declared victory, but the U.S. troops have remained …": a contrast with a subject of its own is the writer's)
    if (t === ',' && e > k && ctx.low[e + 1] === 'but' && e + 2 < b && (ctx.vocab.determiners.has(ctx.low[e + 2]) || NOMINATIVE.has(ctx.low[e + 2]))) break;
    if (t === ',' && e + 1 < b && (ctx.vocab.participleCues.has(ctx.low[e + 1]) || ctx.vocab.cueVerbs.has(ctx.low[e + 1]))) break;
    // (", further remarking, “…”", ", also saying …": an adverb before the participle)
    if (t === ',' && e + 2 < b && SPEAKER_ADVERBS_BEFORE_PARTICIPLE.has(ctx.low[e + 1]) &&
      (ctx.vocab.participleCues.has(ctx.low[e + 2]) || ctx.low[e + 2].endsWith('ing'))) break;
    if (t === ',' && ctx.low[e + 1] === 'with' && withSpeakerCue(ctx, e + 2, b) > 0) break; // ", with Lee saying …"
    if (ctx.low[e] === 'according' && ctx.low[e + 1] === 'to' && e > k && (ctx.surf[e - 1] === ',' || quotationBefore(ctx, e - 1))) break;
    // ("backed the proposals but said ministers had been …": so after "but")
    if ((ctx.low[e] === 'and' || ctx.low[e] === 'but') && e + 1 < b && (ctx.vocab.cueVerbs.has(ctx.low[e + 1]) || ctx.vocab.objectCues.has(ctx.low[e + 1]))) break;
    // ("declined such an arrangement and the Commission canceled the debate": after an object with no verb, a clause with a
    // subject and a past verb of its own is the writer's)
    // (not inside a clause or a list the object holds: "welcomed news that the Foundation and Norway are …", "denied funding, and
    // the conflict between leaders and the president caused …")
    if (!finite && e > k && (ctx.low[e] === 'and' || ctx.low[e] === 'but') && !ctx.low.slice(k, e).some((x) => x === ',' || CLAUSE_OPENERS_IN_OBJECT.has(x)) &&
      subjectWithPastVerb(ctx, e + 1, b)) break;
    // ("revealed some MPs had been using them and he also cautioned members against …": a pronoun's cue of its own)
    if (e > k && ctx.low[e] === 'and' && pronounCueAt(ctx, e + 1, b)) break;
    // ("attacked Trump on paying fewer taxes to which Trump claimed he prepaid …": a relative clause with a cue of its own)
    // (", with which Hawkins and La Riva somewhat agreed")
    if (e > k && (ctx.low[e] === 'to' || ctx.low[e] === 'at' || ctx.low[e] === 'with') && ctx.low[e + 1] === 'which' && cueWithin(ctx, e + 2, b)) break;
    // ("promised to reduce unemployment when he was elected two years ago": a past subordinate clause after what was
    // promised tells when the speaker spoke)
    if (e > k + 1 && PAST_SUBORDINATORS.has(ctx.low[e]) && e + 2 < b && NOMINATIVE.has(ctx.low[e + 1]) && PAST_AUXILIARIES.has(ctx.low[e + 2]) &&
      k > 0 && ctx.low[k] !== 'that' && !verbLike(ctx, ctx.low[e - 1])) break;
    // "… as he urges voters to …": a subordinate clause with a cue of its own is its own attribution.
    if (e > k && CLAUSE_STARTERS.has(ctx.low[e]) && e + 2 < b && ctx.vocab.pronouns.has(ctx.low[e + 1]) &&
      (ctx.vocab.cueVerbs.has(ctx.low[e + 2]) || ctx.vocab.objectCues.has(ctx.low[e + 2]))) break;
    e++;
  }
  return e;
}

/** Whether the dash at token `j` opens the writer's clause, "and" or "but" after it, with no dash since `from` that it would
 *  close ("described it as the “be all and end all” - and rumours persist that …"; not "Marsh - the biggest broker - and
 *  other firms"). */
function writersDashClause(ctx: QuoteContext, from: number, j: number): boolean {
  if (!isDash(ctx, j) || (ctx.low[j + 1] !== 'and' && ctx.low[j + 1] !== 'but')) return false;
  for (let k = from; k < j; k++) if (isDash(ctx, k)) return false;
  // (nor one that opens an insert another dash closes: "if they confess - and they are the only one to - they'll …")
  const end = ctx.sentences[ctx.sentenceOf[j]]?.tokenEnd ?? ctx.tokens.length;
  for (let k = j + 1; k < end; k++) if (isDash(ctx, k)) return false;
  // (a clause with a subject of its own, no pronoun that may be the speaker's, and its verb: not "- and that an Indian train
  // would …", "- and a similar-sized contraction in …", "- and it was confident …")
  const s = j + 2;
  // (nor an adverb or a subordinator going on with what was said: "- and not only because his appointment would …")
  if (s >= end || !isWord(ctx, s) || ctx.low[s] === 'that' || ctx.vocab.pronouns.has(ctx.low[s]) || SUBORDINATE.has(ctx.low[s]) ||
    DASH_GOING_ON.has(ctx.low[s])) return false;
  if (DASH_CLAUSE_SUBJECTS.has(ctx.low[s])) return true;
  for (let k = s + 1; k < end && k - s <= MAX_DASH_CLAUSE_SUBJECT; k++) {
    if (!isWord(ctx, k)) return false;
    const w = ctx.low[k];
    // (not "similar-sized", nor "in", which reads a poll)
    if (!ctx.cap[k] && !w.includes('-') && !ADJUNCT_PREPOSITIONS.has(w) && (verbLike(ctx, w) || ctx.vocab.cueVerbs.has(w))) return true;
  }
  return false;
}
const DASH_GOING_ON = new Set(['not', 'only', 'also', 'even', 'then', 'still', 'yet', 'so', 'perhaps', 'possibly', 'more', 'most']);
/** Words that open the writer's clause after such a dash, whatever follows ("- and rumours persist that …"). */
const DASH_CLAUSE_SUBJECTS = new Set(['rumours', 'rumors', 'speculation', 'reports', 'critics', 'analysts', 'observers']);
/** Longest subject read before the verb of that clause, in tokens. */
const MAX_DASH_CLAUSE_SUBJECT = 6;

/** Whether a subject pronoun opens at token `k` with a cue in the past right after it, "also" between ("he also cautioned"). */
function pronounCueAt(ctx: QuoteContext, k: number, b: number): boolean {
  if (!NOMINATIVE.has(ctx.low[k]) || ctx.low[k] === 'it') return false;
  const v = ctx.low[k + 1] === 'also' ? k + 2 : k + 1;
  const w = ctx.low[v] ?? '';
  // (a saying, not a stance: "… when Mr Blunkett argued for them in Cabinet and he supported them now" is what was said)
  return v < b && !ctx.cap[v] && (ctx.cueForm[v] & (CUE_VERB | OBJECT_CUE)) !== 0 && (w.endsWith('ed') || IRREGULAR_PAST.has(w)) && quoteKind(w) === 'speech';
}

/** Words before a pronoun and its stance cue that make the stance no one's statement ("what they want", "if they knew"). */
const HYPOTHETICAL_LEADS = new Set(['what', 'whatever', 'if', 'unless', 'whenever', 'wherever', 'how']);

/** Whether a gloss of what was said opens at token `k`: "a move which …", "a step that …" ("threatened to delist the company,
 *  a move which would have triggered …" is the writer's). */
function writersGloss(ctx: QuoteContext, k: number): boolean {
  return ctx.low[k] === 'a' && GLOSS_NOUNS.has(ctx.low[k + 1] ?? '') && (ctx.low[k + 2] === 'which' || ctx.low[k + 2] === 'that');
}
const GLOSS_NOUNS = new Set(['move', 'step', 'decision', 'measure', 'claim', 'charge', 'plan', 'proposal', 'policy']);

/** Subordinators of a time clause after an object cue's content, and the past auxiliaries that make it the speaker's past. */
const PAST_SUBORDINATORS = new Set(['when', 'after', 'before']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had']);

/** Whether a description at `s` (after "the"), with a name in commas or not, is followed by a cue in the past within a
 *  short span ("communications director for the Trump campaign, Tim Murtaugh, declared"), before any other verb. */
function subjectThenVerb(ctx: QuoteContext, s: number, b: number): boolean {
  for (let k = s + 1; k < b && k - s <= MAX_CONTRAST_SUBJECT; k++) {
    const w = ctx.low[k];
    if (!isWord(ctx, k) && ctx.surf[k] !== ',') return false;
    if (ctx.cap[k] || !isWord(ctx, k)) continue;
    // (a past form: "while the polls are open" tells when, and stays)
    if ((ctx.cueForm[k] & (CUE_VERB | OBJECT_CUE)) !== 0 && (w.endsWith('ed') || IRREGULAR_PAST.has(w))) return true;
    if ((w.endsWith('ed') && w.length > 4 && ctx.surf[k - 1] === ',') || ctx.vocab.finiteVerbs.has(w) || ctx.vocab.auxiliaries.has(w)) return false;
  }
  return false;
}
/** Whether a subject opens at `s` — a name, or a determiner and a few nouns — then a past or finite verb ("the Commission
 *  canceled", "Labour has"). */
function subjectWithPastVerb(ctx: QuoteContext, s: number, b: number): boolean {
  let k = s;
  if (ctx.vocab.determiners.has(ctx.low[k]) || POSSESSIVES.has(ctx.low[k])) k++;
  else if (!ctx.cap[k]) return false;
  const start = k;
  while (k < b && k - start < MAX_CLAUSE_NAME_TOKENS && isWord(ctx, k) && (ctx.cap[k] || !(verbLike(ctx, ctx.low[k]) || ctx.low[k].endsWith('ed'))) &&
    !ctx.vocab.nounPhraseLinks.has(ctx.low[k]) && !ADJUNCT_PREPOSITIONS.has(ctx.low[k]) && !NOUN_LEADING_PREPOSITIONS.has(ctx.low[k]) && !CLAUSE_OPENERS_IN_OBJECT.has(ctx.low[k]) && ctx.low[k] !== 'and') k++;
  if (k === start || k >= b || ctx.cap[k] || !isWord(ctx, k)) return false;
  const w = ctx.low[k];
  // (not a participle describing the noun: "a pension system based on …")
  if (NOUN_PARTICIPLES.has(w)) return false;
  return (w.endsWith('ed') && w.length > 4) || IRREGULAR_PAST.has(w) || ctx.vocab.finiteVerbs.has(w);
}
/** Participles that mostly describe the noun before them ("a system based on", "a group called"). */
const NOUN_PARTICIPLES = new Set(['based', 'aimed', 'designed', 'linked', 'related', 'called', 'named', 'known', 'located', 'owned', 'funded',
  'backed', 'led', 'run', 'made', 'used', 'held', 'set', 'seen', 'given', 'taken', 'worth', 'estimated', 'expected', 'planned', 'proposed']);
/** Words that open a clause or a relative inside an object ("news that …", "whether …", "though …"). */
const CLAUSE_OPENERS_IN_OBJECT = new Set(['that', 'which', 'who', 'whether', 'if', 'though', 'although', 'while', 'when', 'as', 'because', 'where']);
/** Longest description read before its verb in such a contrast, in tokens. */
const MAX_CONTRAST_SUBJECT = 12;

/** Longest name read before its verb at a clause start after a comma ("Hawkins expressed"), in tokens. */
const MAX_CLAUSE_NAME_TOKENS = 3;

/** Whether a capitalised name at `s` is followed right away by a lower-case verb: a cue form or a past form. */
function nameThenVerb(ctx: QuoteContext, s: number, b: number): boolean {
  let k = s;
  while (k < b && k - s < MAX_CLAUSE_NAME_TOKENS && ctx.cap[k] && isWord(ctx, k)) k++;
  if (k === s || k >= b || ctx.cap[k] || !isWord(ctx, k)) return false;
  const w = ctx.low[k];
  // (not an inverted speaker: "…, Stovall said." attributes what came before it)
  if (ctx.vocab.bareClauseVerbs.has(w)) return false;
  return (ctx.cueForm[k] & (CUE_VERB | OBJECT_CUE)) !== 0 && (w.endsWith('ed') || w.endsWith('s') || IRREGULAR_PARTICIPLES.has(w));
}

/** Forms of "call" that, after "what" and a subject, name a thing ("what he called tribalism"). */
const NAMING_CALLS = new Set(['call', 'calls', 'called', 'calling']);
/** Most words before the quotation mark of a name given ("what he called a “brazen breach”"). */
const MAX_NAME_LEAD = 3;

/** Whether a quotation opens within a few words from token `k` of the sentence ending at `b`. */
function quotedNameAfter(ctx: QuoteContext, k: number, b: number): boolean {
  for (let n = k; n < b && n - k <= MAX_NAME_LEAD; n++) if (ctx.opens.has(n)) return true;
  return false;
}

/**
 * Stance and intention verbs with the content as object: `Lee called on the council to act`, `Voters want a change`,
 * `Lee praised the plan`. The subject must open the clause; there is no inverted or comma frame.
 */
function objectFrame(ctx: QuoteContext, i: number, a: number, b: number, si: number): Attribution | undefined {
  const v = ctx.vocab;
  const w = ctx.low[i];
  const before = i > a ? ctx.low[i - 1] : '';
  // "Some advocates of the plan said": a plural noun, not a cue, when a verb follows soon.
  if (w.endsWith('s') && pluralSubject(ctx, i, b)) return undefined;
  // ("GM is calling back 1.4 million cars", "she called back later": a recall or a return call, no statement)
  if (w.startsWith('call') && ctx.low[i + 1] === 'back') return undefined;
  const clitic = (before === '’s' || before === "'s") && !(i - 2 >= a && v.pronouns.has(ctx.low[i - 2])); // "Lee’s support", not "he’s hoping"
  if ((before === 'to' && raisedFrom(ctx, i, a) === i) || clitic || (v.determiners.has(before) && !isQuantifierSubject(ctx, i - 1))) return undefined;
  if (nounAfterModifiers(ctx, i, a)) return undefined; // "an all-out push to …"
  const edge = speakerEdge(ctx, i, a);
  // "The administration, for its part, expressed …": a participial or prepositional insert is not the speaker's.
  const insert = edge - 1 >= a && ctx.surf[edge - 1] === ',' && !v.participleCues.has(w) && !w.endsWith('ing') ? insertBefore(ctx, edge, a) :
    !w.endsWith('ing') ? gerundInsertBefore(ctx, edge, a) : -1;
  const e = insert >= 0 ? speakerEdge(ctx, insert, a) : edge;
  if (e - 1 < a) return undefined;
  const auxes = ctx.low.slice(e, i);
  const participle = w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w);
  if (auxes.some((x) => BE.has(x)) && participle) return undefined; // passive: "it was revealed that"
  if (participle && e === i && !v.pronouns.has(ctx.low[i - 1]) && reducedRelative(ctx, i, b)) return undefined; // "The black hole described in the study is …"
  // ("Gingrich — mentioned by Newsmax as …": a participle with its agent describes the noun before it)
  if (participle && ctx.low[i + 1] === 'by' && e - 1 >= a && (isDash(ctx, e - 1) || ctx.surf[e - 1] === ',')) return undefined;
  // ("Chelsea denied by James heroics": a headline's passive drops its auxiliary; what a participle takes right after it is
  // its agent, not an object)
  // (not "continued by announcing, “…”", how someone went on)
  if (participle && ctx.low[i + 1] === 'by' && !ctx.opens.has(i + 2) && !(ctx.low[i + 2] ?? '').endsWith('ing')) return undefined;
  if (auxes.some((x) => HAVE.has(x)) && !participle) return undefined; // noun: "has support from"
  let source: [number, number] | undefined;
  if ((ctx.low[e - 1] === 'and' && !gerundCoordinated(ctx, e - 1, a)) || (ctx.surf[e - 1] === ',' && (v.participleCues.has(w) || w.endsWith('ing')))) {
    source = mainSubject(ctx, a, e - 1);
  } else if (ctx.surf[e - 1] === ',') {
    // "Tom Ellis, the council leader, called on …": a subject with an appositive.
    // (or from a subordinator: "It came as Cardinal Tom Hart, the Archbishop of Westminster, backed …")
    const clause = clauseStart(ctx, a, e - 1);
    let sub = ctx.surf.indexOf(',', clause) - 1;
    while (sub > clause && !SUBORDINATE.has(ctx.low[sub])) sub--;
    for (const s of sub > clause ? [clause, sub + 1] : [clause]) {
      // (the words before the appositive's comma are a name or short noun phrase, not a clause: "a gunman shot shoppers
      // at a store in El Paso, Texas, …, reported officials")
      const firstComma = ctx.surf.indexOf(',', s);
      if (s < e - 1 && firstComma >= 0 && firstComma < e - 1 && firstComma - s <= MAX_APPOSITIVE_HEAD_TOKENS &&
        isWholeSubject(ctx, s, e - 1) && ctx.cap.slice(s, e - 1).some(Boolean)) {
        source = [s, e - 1];
        break;
      }
    }
  } else if (isWord(ctx, e - 1) || (ctx.surf[e - 1] === ')' && tagBefore(ctx, e - 1)) || isAbbrevPeriod(ctx, e - 1)) { // ("Roberts Jr. spoke of …")
    const s = clauseStart(ctx, a, e);
    const ls = leftPhrase(ctx, e, a);
    const pronoun = ls === e - 1 && v.pronouns.has(ctx.low[ls]);
    const relative = pronoun && v.pronouns.get(ctx.low[ls]) === 'relative';
    const opensClause = SUBORDINATE.has(ctx.low[ls - 1]) || (relative && ctx.surf[ls - 1] === ',') ||
      (!relative && pronounOpensClause(ctx, ls, a));
    // "As the race turned south, Clinton has decried …": a name or determined noun phrase right after a comma, with no
    // sentence end before it, speaks the object cue whatever the fronted words (opener-led fronts only: lower train F1;
    // "Lee, Kim and Ruiz praised …" is a list of names: the fronted words must hold a lower-case word).
    const afterFronted = ls > a + 1 && !pronoun && (ctx.cap[ls] || v.determiners.has(ctx.low[ls])) && ctx.surf[ls - 1] === ',' &&
      !ctx.surf.slice(a, ls - 1).some((t) => END_PUNCT.has(t)) &&
      ctx.cap.slice(a, ls - 1).some((c, n) => !c && isWord(ctx, a + n));
    if (ls >= 0 && (ls === s || (pronoun && opensClause) || afterFronted)) source = [ls, e];
    else if (ls >= 0 && ls - 1 >= a && OBJECT_RELATIVES.has(ctx.low[ls - 1]) && (!pronoun || NOMINATIVE.has(ctx.low[ls]))) {
      // ("what he called tribalism", "what Trump calls the rigged system": a name someone gives a thing, no statement)
      // (a name in quotation marks is the speaker's own words: "what he called a “brazen breach”")
      if (ctx.low[ls - 1] === 'what' && NAMING_CALLS.has(w) && !quotedNameAfter(ctx, i + 1, b)) return undefined;
      source = [ls, e];
    }
    else if (ls >= 0 && !pronoun && s < ls && (ctx.surf.slice(s, ls).includes(',') ? isSubjectList(ctx, s, e) : isWholeSubject(ctx, s, e))) source = [s, e];
    else if (ls >= 0 && !pronoun && subordinateSubject(ctx, ls, e, a) >= 0) source = [subordinateSubject(ctx, ls, e, a), e];
    else if (ls < 0 && isBareSubject(ctx, s, e)) source = [s, e];
  }
  if (!source) return undefined;
  // ("Non-European Union citizens wanting to work in the UK will have to …": an -ing form right after its noun, with no
  // auxiliary, is a reduced relative clause; the noun says nothing)
  if (w.endsWith('ing') && source[1] === i && isWord(ctx, i - 1) && !ctx.vocab.pronouns.has(ctx.low[i - 1]) && !ctx.cap[i - 1]) return undefined;
  // ("The number of Japanese films released rose to 310": so is a past form with a verb right after it, its noun opening the
  // clause; not in an object relative with its own subject: "a party apparatus many progressives believed was tilting …")
  const opensSubject = source[0] === a || !isWord(ctx, source[0] - 1) || LEADING_CONJUNCTIONS.has(ctx.low[source[0] - 1]);
  // ("Ideas already floated include …": an adverb between)
  const right = source[1] === i || ctx.low.slice(source[1], i).every((x) => PARTICIPLE_ADVERBS.has(x));
  if ((w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w)) && right && opensSubject && isWord(ctx, i - 1) && !ctx.vocab.pronouns.has(ctx.low[i - 1]) &&
    !ctx.cap[i - 1] && i + 1 < b && (ctx.vocab.finiteVerbs.has(ctx.low[i + 1]) || isClauseVerb(ctx.low[i + 1]) || ctx.low[i + 1] === 'include')) return undefined;
  while (source[0] < source[1] - 1 && leadingAdverb(ctx, source[0])) source = [source[0] + 1, source[1]];
  if (namingCalled(ctx, i, b)) return undefined; // "a company called Acme Fund gave …"
  // "White House doors have opened wider", "that approach seems to …": a learned cue needs a speaker-like subject.
  // ("the planets support life", "copper phone lines support high data speeds": so does a stance of support)
  if ((v.learnedCues.has(w) || SUPPORT_FORMS.has(w)) && !speakerLike(ctx, source[0], source[1]) &&
    !(SUPPORT_FORMS.has(w) && isQuantifierSubject(ctx, source[0]))) return undefined;
  // "While Lee has pledged to support Ruiz, Kim said …": a fronted subordinate clause ends at its comma.
  const sub = source[0] - 1;
  const fronted = sub >= a && SUBORDINATE.has(ctx.low[sub]) && !LEADING_CONJUNCTIONS.has(ctx.low[sub]) &&
    (sub === a || ctx.surf[sub - 1] === ',' || LEADING_CONJUNCTIONS.has(ctx.low[sub - 1]));
  let k = i + 1;
  // ("Roberts spoke of the legacy of racism", "spoke emotionally about …": what one speaks of; "spoke to reporters" says nothing)
  if (SPEAK_FORMS.has(w)) {
    if (k < b && ctx.low[k].endsWith('ly') && !ctx.cap[k]) k++;
    if (ctx.low[k] !== 'of' && ctx.low[k] !== 'about') return undefined;
    k++;
  }
  // ("announced on Friday the second debate … has been cancelled": a day after the cue is when, no particle's object)
  let time: [number, number] | undefined;
  if (k + 2 < b && (ctx.low[k] === 'on' || ctx.low[k] === 'in') && ctx.cap[k + 1] && (WEEKDAYS.has(ctx.low[k + 1]) || MONTH_NAMES.has(ctx.low[k + 1])) &&
    !v.objectParticles.has(ctx.low[k + 2])) {
    let e = k + 2;
    while (e < b && timeNumber(ctx, e, k, b)) e++;
    // (a comma after the day leaves it to the reading of a time before a clause below: "reported on Monday, based on …, if …")
    // (nor a day owning what follows: "voted in Sunday's election")
    if (ctx.surf[e] !== ',' && !POSSESSIVE.has(ctx.low[e] ?? '')) {
      time = [k, e];
      k = e;
    }
  }
  while (k < b && v.objectParticles.has(ctx.low[k])) k++;
  if (k + 1 < b && ctx.surf[k] === ',' && ctx.opens.has(k + 1)) k++; // "He answered, “…”"
  // ("assured reporters that the army was ready": the people addressed are no content)
  if (ADDRESSEE_CUES.has(w)) {
    const that = addresseeThat(ctx, k, b);
    if (that !== undefined) k = that + 1;
  }
  k = afterAudience(ctx, k, b);
  // ("called on Thursday for urgent changes": a day between the verb and its particle)
  if (k + 1 < b && ctx.cap[k] && v.timeWords.has(ctx.low[k]) && v.objectParticles.has(ctx.low[k + 1])) {
    k++;
    while (k < b && v.objectParticles.has(ctx.low[k])) k++;
  }
  // "Gunmen attacked the convoy", "Boseman portrayed Black Panther": a statement only with its grounds ("attacked Lee
  // for/as/over …", "portrayed her as …").
  if ((ATTACK_FORMS.has(w) || PORTRAY_FORMS.has(w)) && !stanceGrounds(ctx, k, b)) return undefined;
  // "He reported extensively on the war": reporting on a topic is no statement.
  if (REPORT_FORMS.has(w) && (ctx.low[k] === 'on' || ctx.low[k] === 'about' || (ctx.low[k].endsWith('ly') && (ctx.low[k + 1] === 'on' || ctx.low[k + 1] === 'about')))) return undefined;
  // "Adderley wrote to the US Embassy asking …": the addressee of a letter is no content (a quotation after it is read
  // by the verb frame: "wrote to his followers, “…”").
  if (WRITE_FORMS.has(w) && ctx.low[k] === 'to') return undefined;
  if (ctx.low[k] === 'into') return undefined; // "Hurricane Zeta slammed into the coast": a movement, no statement
  if (timeAdjunctAt(ctx, k) && sentenceEndAt(ctx, skipAdjunct(ctx, k, b), b)) return undefined; // "Lee tweeted after the game."
  if (SHOT_FORMS.has(w) && SHOT_PARTICLES.has(ctx.low[k])) return undefined; // "Duff blasted in a shot", "hammered home the winner"
  if (DENY_FORMS.has(w) && deniedSomeone(ctx, k, b)) return undefined; // "James denied Damien Duff" (a save), "denied Luscombe the chance"
  if (PUSH_FORMS.has(w) && movedAside(ctx, k, b)) return undefined; // "The US has pushed Japan off the top of the chart"
  if (ISSUE_ACT_FORMS.has(w) && objectHeadIn(ctx, k, b, ISSUED_INSTRUMENTS)) return undefined; // "issued a cease and desist order", "issued new shares"
  if (w === 'alleged' && !holdsClause(ctx, k, b)) return undefined; // "alleged influence peddling", "alleged ties to …": an adjective
  if (PUT_FORMS.has(w) && !wordingOrEstimate(ctx, k, b)) return undefined; // "Nadal puts Spain 2-0 up"; not "as Marcus puts it"
  if (LOOK_FORMS.has(w) && ctx.low[i + 1] === 'for') return undefined; // "as he looks for a new club": a search, no statement
  if (w.startsWith('float') && (ctx.low[i + 1] === 'on' || ctx.low[i + 1] === 'in')) return undefined; // "floated on the stock exchange": a listing
  // "answered some questions about his campaign from Wikinews": answering questions is no statement of its own.
  // ("answered a series of questions for our correspondent": questions answered, no answer given)
  if (ANSWER_FORMS.has(w) && ctx.low.slice(k, k + MAX_QUESTIONS_AT + 1).some((x) => x === 'questions' || x === 'question')) return undefined;
  // ("The researchers observed tabanid horse flies around zebras": something watched, not a remark; "observed that …" is one)
  if (OBSERVE_FORMS.has(w) && !ctx.opens.has(k) && ctx.low[k] !== 'that' && !holdsClause(ctx, k, b)) return undefined;
  if (k >= b || !isWord(ctx, k) && !ctx.opens.has(k) && !CURRENCY.has(ctx.surf[k])) return undefined; // ("calls for $1 trillion")
  if (ctx.low[k] === 'that' && ctx.surf[k + 1] === ',') return undefined; // "Parry acknowledges that, but …": a pronoun object
  if (seemWithoutClause(ctx, i, i + 1)) return undefined;
  // "… zone (EEZ) claims and would make …": a conjunction right after the cue form shows it is a noun.
  if (LEADING_CONJUNCTIONS.has(ctx.low[k]) && !ctx.cap[k]) return undefined;
  // ("issued a statement saying Trump has been given zinc", "released a statement saying, “…”": what the document says)
  const says = ISSUE_FORMS.has(w) || RELEASE_FORMS.has(w) ? documentSays(ctx, k, b) : undefined;
  if (says !== undefined) k = says;
  // ("Bolsonaro opposed Macron's statement: “…”": a short object, then a colon and the quotation, which is the speaker's)
  const colon = says === undefined && !ctx.opens.has(k) ? quotationAfterColonObject(ctx, k, b) : -1;
  if (colon > 0) {
    const quoted = contentAfter(ctx, colon, b);
    if (quoted?.direct) return { cue: i, cueEnd: i + 1, sentence: si, source, parts: quoted.parts, direct: true };
  }
  // ("Al Jazeera reported Thursday, the army had withdrawn": a time and its comma before the clause reported)
  const timeEnd = REPORT_FORMS.has(w) ? skipTime(ctx, k, b) : k;
  if (timeEnd > k && timeEnd + 2 < b && ctx.surf[timeEnd] === ',' && clauseOpening(ctx, timeEnd + 1) && holdsClause(ctx, timeEnd + 1, b, true)) k = timeEnd + 1;
  if (ctx.opens.has(k) && (k === i + 1 || ctx.surf[k - 1] === ',' || says !== undefined)) {
    // "He answered, “I have no idea. We’re old friends.”": the quotation, over as many sentences as it runs.
    const quoted = contentAfter(ctx, k, b);
    if (quoted?.direct) return { cue: i, cueEnd: i + 1, sentence: si, source, parts: quoted.parts, direct: true };
    // ("met with what WalesOnline called “fury” from local tourism chiefs": what an object relative's speaker called it is
    // the quotation alone)
    if (k === i + 1 && source[0] - 1 >= a && OBJECT_RELATIVES.has(ctx.low[source[0] - 1])) {
      return { cue: i, cueEnd: i + 1, sentence: si, source, parts: regionChain(ctx, ctx.opens.get(k)!).parts, direct: true };
    }
  }
  let end = objectEnd(ctx, k, frontedClauseEnd(ctx, a, k, b));
  // "The vote, which is expected to pass, comes on Monday": a relative clause in commas ends at its comma.
  const relativeInsert = source[1] - source[0] === 1 && v.pronouns.get(ctx.low[source[0]]) === 'relative' && ctx.surf[source[0] - 1] === ',';
  // ("The attack, which officials blamed on al-Shabab, killed 12 people": an object relative in commas ends at its comma)
  const objectRelativeInsert = source[0] - 2 >= a && OBJECT_RELATIVES.has(ctx.low[source[0] - 1]) && ctx.surf[source[0] - 2] === ',';
  if (fronted || relativeInsert || objectRelativeInsert) {
    for (let c = k + 1; c < end; c++) {
      if (ctx.surf[c] !== ',') continue;
      end = c;
      break;
    }
  }
  let last = end - 1;
  while (last > k && !isWord(ctx, last) && !ctx.closes.has(last)) last--;
  if (last < k) return undefined;
  // "The council voted Thursday": a time alone is no object.
  let t = k;
  while (t <= last && (v.timeWords.has(ctx.low[t]) || ctx.tokens[t].kind === 'number' || !isWord(ctx, t))) t++;
  if (t > last) return undefined;
  const span = trimSpan(ctx.text, ctx.tokens[k].start, ctx.tokens[last].end);
  // "Lee seems to have …": the writer's impression of the subject, which PolNeAR leaves without a source and draws
  // with the subject inside the content ("it appears that …" has none).
  if (SEEM_FORMS.has(w)) {
    const rest = ctx.low[k - 1] === 'to' ? trimSpan(ctx.text, ctx.tokens[k - 1].start, span.end) : span; // "to deliver …"
    return { cue: i, cueEnd: i + 1, sentence: si, parts: impressionParts(ctx, source, rest), direct: false };
  }
  // ("Chris Christie, who denounced the plan": the relative pronoun's antecedent names the speaker, as for clause cues;
  // "which" only after an organisation, "The Jakarta Post, which reported …": after a month, a place or a film it names
  // no speaker of a stance)
  // ("an adviser for Labour, which denies …", "founder of Grassroots Media, which supports …": the organisation itself)
  const which = relativeInsert && ctx.low[source[0]] === 'which';
  const org = which ? mentionIn(ctx, ctx.tokens[Math.max(a, source[0] - 1 - MAX_PHRASE_TOKENS)].start, ctx.tokens[source[0] - 1].start, ['ORG']) : -1;
  const orgEnd = org >= 0 ? ctx.entities![org].end === ctx.tokens[source[0] - 2].end : false;
  // (or a document: "its official response to the Tomlinson review, which recommended …")
  const docPhrase = which && !orgEnd && source[0] - 2 >= a && (ctx.vocab.reportNouns.has(ctx.low[source[0] - 2]) || ctx.vocab.pollNouns.has(ctx.low[source[0] - 2]))
    ? leftPhrase(ctx, source[0] - 1, a) : -1;
  const document = docPhrase >= 0 && ctx.vocab.determiners.has(ctx.low[docPhrase]) &&
    !ctx.low.slice(docPhrase, source[0] - 1).some((x, n) => !ctx.cap[docPhrase + n] && verbLike(ctx, x));
  const ante = relativeInsert && ctx.low[source[0]] === 'who' ? relativeAntecedent(ctx, source[0] - 1, a)
    : orgEnd ? firstTokenFrom(ctx, ctx.entities![org].start) : document ? docPhrase : -1;
  const antecedent: [number, number] | undefined = ante >= 0 ? [ante, source[0] - 1] : undefined;
  return { cue: i, cueEnd: i + 1, sentence: si, source, antecedent, parts: [span], direct: false, time };
}

/** Verbs that put out a document of one's own ("issued a statement saying …"; not "denied a report claiming …"). */
const ISSUE_FORMS = new Set(['issue', 'issues', 'issued', 'issuing', 'publish', 'publishes', 'published', 'publishing', 'post', 'posts', 'posted',
  'posting', 'send', 'sends', 'sent', 'sending']);
/** Words after a document object that lead to what it says ("a statement saying …", "a letter stating …"). */
const SAYING = new Set(['saying', 'stating', 'declaring', 'reading', 'announcing', 'warning', 'claiming', 'insisting']);
/** The first token of what a document object at `k` says ("a statement saying X" → X), or undefined. */
function documentSays(ctx: QuoteContext, k: number, b: number): number | undefined {
  for (let j = k; j < b - 2 && j - k < MAX_DOCUMENT_OBJECT && isWord(ctx, j); j++) {
    // ("released a statement which said, “…”": the same with a relative pronoun and a past form)
    const relative = (ctx.low[j + 1] === 'which' || ctx.low[j + 1] === 'that') && SAID_FORMS.has(ctx.low[j + 2] ?? '') ? 1 : 0;
    if (!ctx.vocab.reportNouns.has(ctx.low[j]) || !(relative || SAYING.has(ctx.low[j + 1]))) continue;
    let c = j + 2 + relative;
    if (ctx.surf[c] === ',' || ctx.surf[c] === ':') c++;
    // ("which read, in part, “…”")
    if (ctx.low[c] === 'in' && ctx.low[c + 1] === 'part' && (ctx.surf[c + 2] === ',' || ctx.surf[c + 2] === ':')) c += 3;
    if (ctx.low[c] === 'that') c++;
    return c < b ? c : undefined;
  }
  return undefined;
}

/** What a document "said" in a relative clause after it ("a statement which said", "a report that read"). */
const SAID_FORMS = new Set(['said', 'says', 'read', 'reads', 'stated', 'states']);

const DENY_FORMS = new Set(['deny', 'denies', 'denied', 'denying']);

/** Whether a name is denied (kept from scoring, refused a chance) rather than a claim: the name is followed by the
 *  sentence end, a list or a second object, not by a clause ("Smith denied Jones had lied"). */
function deniedSomeone(ctx: QuoteContext, k: number, b: number): boolean {
  let e = k;
  while (e < b && ctx.cap[e] && isWord(ctx, e)) e++;
  if (e === k || (e - k === 1 && k + 1 < b && ctx.low[k + 1] === '’s') || ctx.low[e] === '’s' || ctx.low[e] === "'s") return false;
  // (a list of names is a list of players; a comma before an appositive may lead to a clause: "denied Mr Yeo, his
  // spokesman, said …")
  const list = ctx.surf[e] === ',' && e + 1 < b && ctx.cap[e + 1];
  return e >= b || END_PUNCT.has(ctx.surf[e]) || list || ctx.low[e] === 'and' || ctx.vocab.determiners.has(ctx.low[e]) ||
    POSSESSIVES.has(ctx.low[e]);
}

/** Verbs of a shot at goal when a particle follows them ("blasted in a shot", "hammered home", "slammed wide"). */
const SHOT_FORMS = new Set(['blast', 'blasts', 'blasted', 'slam', 'slams', 'slammed', 'hammer', 'hammers', 'hammered', 'smash', 'smashes',
  'smashed', 'fire', 'fires', 'fired']);
const SHOT_PARTICLES = new Set(['in', 'home', 'wide', 'over', 'past', 'high', 'low']);
const PUSH_FORMS = new Set(['push', 'pushes', 'pushed', 'pushing']);
/** Words after a pushed object that make the push a movement ("pushed Japan off the top", "pushed prices down"). */
const MOVEMENT_PARTICLES = new Set(['off', 'away', 'aside', 'into', 'onto', 'down', 'over', 'through', 'out', 'up', 'higher', 'lower', 'from']);
/** Longest object read before such a particle, in tokens ("pushed Eminem's Like Toy Soldiers from number one"). */
const MAX_PUSHED_OBJECT = 6;

function movedAside(ctx: QuoteContext, k: number, b: number): boolean {
  for (let j = k; j < b && j - k <= MAX_PUSHED_OBJECT && isWord(ctx, j); j++) {
    if (MOVEMENT_PARTICLES.has(ctx.low[j])) return true;
    // ("pushed total spending for the month to $349.4bn", "pushed the index to a record": moved to a figure)
    if (ctx.low[j] === 'to' && j + 1 < b && (ctx.tokens[j + 1].kind === 'number' || ctx.tokens[j + 1].kind === 'symbol' || FIGURE_NOUNS.has(ctx.low[j + 1]) ||
      (ctx.low[j + 1] === 'a' && FIGURE_NOUNS.has(ctx.low[j + 2] ?? '')))) return true;
  }
  return false;
}
/** The quotation after an audience addressed at `k` ("urging viewers, “we have got to vote …”"), else `k`. */
function afterAudience(ctx: QuoteContext, k: number, b: number): number {
  const noun = ctx.vocab.determiners.has(ctx.low[k]) || POSSESSIVES.has(ctx.low[k]) ? k + 1 : k;
  return noun + 2 < b && AUDIENCE_NOUNS.has(ctx.low[noun]) && ctx.surf[noun + 1] === ',' && ctx.opens.has(noun + 2) ? noun + 2 : k;
}

const ISSUE_ACT_FORMS = new Set(['issue', 'issues', 'issued', 'issuing']);
/** What is issued as an act, not a statement: an order, a security, a permit ("issued an executive order", "issued new
 *  shares to staff", "issued a subpoena"); "issued a statement", "a warning", "an apology", "guidance" say something. */
const ISSUED_INSTRUMENTS = new Set(['order', 'orders', 'injunction', 'injunctions', 'shares', 'bonds', 'bond', 'pardon', 'pardons',
  'commutations', 'ban', 'bans', 'subpoena', 'subpoenas', 'summons', 'writ', 'writs', 'warrant', 'warrants', 'decree', 'decrees',
  'stay', 'visa', 'visas', 'passport', 'passports', 'licence', 'licences', 'license', 'licenses', 'permit', 'permits', 'tickets',
  'fine', 'fines', 'sanctions', 'stamps', 'coins', 'notes', 'debt', 'securities', 'patches', 'lawsuit', 'tender', 'contracts']);
/** Places one is admitted to ("admitted to hospital", "admitted to the Royal Academy"). */
const ADMITTED_PLACES = new Set(['hospital', 'academy', 'university', 'college', 'school', 'bar', 'society', 'clinic', 'ward', 'hall', 'order',
  'club', 'party', 'church', 'programme', 'program', 'institute']);
/** Superlatives opening an award's title ("named best Scottish band"). */
const SUPERLATIVES = new Set(['best', 'worst', 'top', 'greatest', 'most']);
const SEE_FORMS = new Set(['see', 'sees', 'saw', 'seen', 'seeing']);
/** What a view "sees" ("sees hope on the horizon", "see about a one-in-five chance"). */
const SEEN_VIEWS = new Set(['hope', 'hopes', 'chance', 'chances', 'prospect', 'prospects', 'sign', 'signs', 'need', 'risk', 'risks', 'threat',
  'danger', 'reason', 'reasons', 'evidence', 'future', 'potential', 'opportunity', 'opportunities', 'problem', 'problems', 'aspects', 'value',
  'role', 'benefit', 'benefits', 'merit', 'room', 'scope', 'case', 'no', 'little', 'nothing', 'positives', 'negatives']);
/** Ways of seeing someone that are a view ("see Trump negatively"). */
const VIEW_ADVERBS = new Set(['negatively', 'positively', 'favourably', 'favorably', 'unfavourably', 'unfavorably', 'differently', 'clearly']);

/** "agreed a new deal with adidas", "agreed a settlement with the MPAA": a deal made, not a view shared ("agreed to …",
 *  "agreed that …" stay). */
function dealMade(ctx: QuoteContext, i: number, b: number): boolean {
  if (!AGREE_FORMS.has(ctx.low[i]) || OBJECT_CLAUSE_OPENERS.has(ctx.low[i + 1] ?? '')) return false;
  if (objectHeadIn(ctx, i + 1, b, AGREED_DEALS)) return true;
  // ("agreed a $168m (£89m) settlement deal": past an amount and its conversion)
  // (an amount of money, not a year: "agreed the 1701 Act of Settlement … was discriminatory" is a clause)
  const money = (w: string) => w === '$' || w === '£' || w === '€' || /^\d+(?:\.\d+)?(?:m|bn|k)$/.test(w);
  for (let j = i + 1; j < b && j - i <= MAX_DEAL_OBJECT; j++) {
    if (AGREED_DEALS.has(ctx.low[j])) return ctx.low.slice(i + 1, j).some(money) && !verbAfterObject(ctx, j, b);
    if (ctx.surf[j] === ',' || END_PUNCT.has(ctx.surf[j]) || ctx.vocab.finiteVerbs.has(ctx.low[j])) return false;
  }
  return false;
}
/** How far past an amount a deal's head is looked for ("a $168m (£89m) settlement deal"), in tokens. */
const MAX_DEAL_OBJECT = 12;

/** Whether "see" at `i`, said of `source`, states a view: "sees X as Y", "see that …", "sees hope", "see Trump negatively",
 *  or a person or body seeing ("Ericsson sees earnings improve"); not an event or a thing ("The festival will see …"). */
function viewSeen(ctx: QuoteContext, i: number, b: number, source: [number, number] | undefined): boolean {
  if (ctx.low[i + 1] === 'off') return false;
  if (ctx.low[i + 1] === 'that') return true;
  // ("Actor Foxx sees Globe nominations": something received, which no verb after it makes a view — "sees profits rise")
  if (objectHeadIn(ctx, i + 1, b, RECEIVED_THINGS) && !verbAfterObject(ctx, i + 1, b)) return false;
  if (source && seerNamed(ctx, source)) return true;
  for (let k = i + 1; k < b && k - i <= MAX_SEEN_OBJECT; k++) {
    const w = ctx.low[k];
    if (w === 'as' || VIEW_ADVERBS.has(w)) return true;
    if (END_PUNCT.has(ctx.surf[k]) || w === ';') break;
  }
  return objectHeadIn(ctx, i + 1, b, SEEN_VIEWS);
}

/** Whether the subject of "see" is someone who may hold a view: a name, a person word or a personal pronoun. */
function seerNamed(ctx: QuoteContext, [s, e]: [number, number]): boolean {
  const head = ctx.low[e - 1];
  if (ctx.vocab.pronouns.has(head)) return PERSONAL_SEERS.has(head);
  if (ctx.cap[s] && !ctx.vocab.determiners.has(ctx.low[s]) && ctx.cap[e - 1]) return true;
  return roleWord(ctx, head) || commonPluralNoun(ctx, e - 1);
}

const PERSONAL_SEERS = new Set(['i', 'we', 'he', 'she', 'they']);
/** What someone "sees" as they receive it, not as a view ("sees Globe nominations", "saw a 20% rise in sales"). */
const RECEIVED_THINGS = new Set(['nomination', 'nominations', 'award', 'awards', 'rise', 'rises', 'fall', 'falls', 'boost', 'jump', 'surge',
  'increase', 'increases', 'drop', 'decline', 'slump', 'gains', 'losses', 'record', 'success', 'victory', 'defeat', 'win', 'wins']);

/** Whether a verb follows the short object from `k` ("sees profits rise"): the object opens a clause. */
function verbAfterObject(ctx: QuoteContext, k: number, b: number): boolean {
  for (let j = k; j < b && j - k <= MAX_SEEN_VERB_OBJECT; j++) {
    const w = ctx.low[j];
    if (END_PUNCT.has(ctx.surf[j]) || ctx.surf[j] === ',') return false;
    if (j > k && !ctx.cap[j] && (ctx.vocab.finiteVerbs.has(w) || isClauseVerb(w) || BASE_VERB_AFTER_OBJECT.has(w))) return true;
  }
  return false;
}
/** How far that verb is looked for, in tokens. */
const MAX_SEEN_VERB_OBJECT = 6;
const BASE_VERB_AFTER_OBJECT = new Set(['rise', 'fall', 'grow', 'improve', 'increase', 'drop', 'decline', 'continue', 'remain', 'recover']);

/** How far "as" or a view adverb is looked for after "see", in tokens ("see broadcasting straight to mobiles as …"). */
const MAX_SEEN_OBJECT = 12;

/** Words after "agreed" that open what was agreed to or on, not a deal made. */
const OBJECT_CLAUSE_OPENERS = new Set(['to', 'that', 'on', 'with', 'in', 'about', 'upon']);
/** Objects of "agreed" that are a deal made ("agreed a new contract", "agreed a fee for the player"). */
const AGREED_DEALS = new Set(['deal', 'deals', 'contract', 'contracts', 'settlement', 'package', 'fee', 'terms', 'pact', 'merger', 'takeover',
  'sale', 'loan', 'truce', 'ceasefire', 'treaty']);
/** What is released as a product or set free, not said: "released a book", "an album", "a security update", "released
 *  him pending investigation" ("released a statement", "figures", "a video" say something). */
const RELEASED_GOODS = new Set(['album', 'albums', 'single', 'singles', 'song', 'songs', 'track', 'tracks', 'film', 'films', 'movie', 'movies',
  'book', 'books', 'novel', 'memoir', 'game', 'games', 'console', 'phone', 'phones', 'software', 'update', 'updates', 'version', 'versions',
  'trailer', 'dvd', 'cd', 'ep', 'him', 'her', 'them', 'prisoners', 'hostages', 'detainees', 'funds', 'money', 'cash']);
/** Nouns of a quantity before "of" and the head that counts ("a series of pardons", "a number of shares"). */
const PARTITIVES = new Set(['series', 'number', 'set', 'batch', 'pair', 'couple', 'handful', 'string', 'raft', 'wave', 'flurry', 'dozens',
  'hundreds', 'thousands', 'millions', 'lot', 'lots']);
/** Prepositions after an object's head noun. */
const HEAD_LINKS = new Set(['of', 'from', 'to', 'for', 'in', 'on', 'with', 'about', 'by', 'at', 'over']);
const CONCEDE_FORMS = new Set(['concede', 'concedes', 'conceded', 'conceding']);
/** What a player adds to a score or a side gives away ("adding the conversion", "added 18 points", "conceded a penalty"),
 *  no statement. */
const SCORES = new Set(['conversion', 'conversions', 'penalty', 'penalties', 'try', 'tries', 'goal', 'goals', 'points', 'runs', 'wicket',
  'wickets', 'birdie', 'birdies', 'header', 'brace', 'touchdown', 'touchdowns', 'rebounds', 'assists']);
/** Longest object phrase read for its head noun ("a cease and desist order dated …"). */
const MAX_ISSUED_OBJECT = 6;
/** Whether the object at `k` holds one of `heads` before its first preposition: a thing the verb acts on, not a saying. */
const REPEAT_FORMS = new Set(['repeat', 'repeats', 'repeated', 'repeating']);
/** Things done again rather than said again. */
const REPEATED_DEEDS = new Set(['success', 'successes', 'feat', 'feats', 'victory', 'victories', 'win', 'wins', 'triumph', 'performance', 'trick',
  'achievement', 'double', 'treble', 'result', 'results', 'exercise', 'test', 'tests', 'experiment', 'process', 'mistake', 'mistakes', 'year', 'season']);

/** What someone goes on saying ("continued his assault on", "continued her criticism"). */
const CONTINUED_WORDS = new Set(['remarks', 'remark', 'attack', 'attacks', 'assault', 'criticism', 'criticisms', 'call', 'calls', 'argument',
  'speech', 'comments', 'tirade', 'rant', 'barrage', 'questioning', 'testimony', 'statement', 'story', 'account', 'defence', 'defense',
  'threats', 'threat', 'warnings', 'warning', 'demands', 'demand', 'denials', 'denial', 'claims', 'claim', 'complaints', 'opposition', 'support', 'adulation', 'praise', 'admiration', 'embrace']);
/** Acts that a government declares ("declares state of emergency", "declared martial law"). */
const DECLARED_ACTS = new Set(['emergency', 'martial', 'curfew', 'independence', 'holiday', 'disaster', 'lockdown', 'ceasefire', 'truce', 'bankruptcy']);
const REFER_FORMS = new Set(['refer', 'refers', 'referred', 'referring']);
/** Matters passed on to someone else ("referred requests for comment to …", "referring the issue to …"). */
const REFERRED_MATTERS = new Set(['issue', 'issues', 'matter', 'matters', 'question', 'questions', 'case', 'cases', 'request', 'requests',
  'inquiries', 'enquiries', 'queries', 'calls', 'complaint', 'complaints', 'reporters', 'decision', 'regime', 'file', 'dispute']);
const DECLINE_FORMS = new Set(['declined', 'declines', 'decline', 'declining']);
/** Words after "declined" that make it a fall ("declined in almost every state", "declined sharply", "declined by 0.2%"). */
const FALL_WORDS = new Set(['in', 'by', 'sharply', 'steeply', 'slightly', 'further', 'from', 'again', 'last', 'this', 'since', 'over', 'during', '.', ',', 'and']);
const SEEK_FORMS = new Set(['seek', 'seeks', 'sought', 'seeking']);
/** Things pushed that say nothing: a ball or a chance in a match, a price or a figure, a referee. */
const PUSHED_THINGS = new Set(['kick', 'shot', 'chance', 'opportunity', 'effort', 'ball', 'attempt', 'penalty', 'conversion', 'price', 'prices',
  'sales', 'shares', 'rates', 'costs', 'referee']);
const DISMISS_FORMS = new Set(['dismiss', 'dismisses', 'dismissed', 'dismissing']);
const SOUGHT_HELP = new Set(['treatment', 'help', 'refuge', 'shelter', 'asylum', 'care', 'cover', 'safety', 'sanctuary', 'nomination', 'nominations',
  'presidency', 'protection', 'bailout', 'bailouts', 're-election', 'reelection', 'office', 'seat', 'candidacy']);

function objectHeadIn(ctx: QuoteContext, k: number, b: number, heads: ReadonlySet<string>): boolean {
  for (let j = k; j < b && j - k < MAX_ISSUED_OBJECT && isWord(ctx, j); j++) {
    if (heads.has(ctx.low[j])) return true;
    // ("a warning to drivers over orders …", "an excerpt of the book"; not "a series of seven pardons")
    if (j > k && (ctx.vocab.objectParticles.has(ctx.low[j]) || HEAD_LINKS.has(ctx.low[j])) && !(ctx.low[j] === 'of' && PARTITIVES.has(ctx.low[j - 1]))) return false;
  }
  return false;
}
/** Whether "put" is said of words or a figure: "as Ruth Marcus puts it", "puts the figure at $498 billion" (not "puts
 *  Spain 2-0 up", "puts lives in jeopardy", "puts him at the top of the rankings"). */
function wordingOrEstimate(ctx: QuoteContext, k: number, b: number): boolean {
  if (ctx.low[k] === 'it' && (k + 1 >= b || !isWord(ctx, k + 1) || ctx.low[k + 1].endsWith('ly') || ctx.low[k + 1] === 'this')) return true;
  for (let j = k + 1; j < b - 1 && j - k <= MAX_PUSHED_OBJECT && isWord(ctx, j); j++) {
    if (ctx.low[j] !== 'at') continue;
    let n = j + 1;
    if (n < b - 1 && APPROXIMATE.has(ctx.low[n])) n++;
    return ctx.tokens[n].kind === 'number' || CURRENCY.has(ctx.surf[n]);
  }
  return false;
}
/** Words before an estimated figure ("at about 40%"). */
const APPROXIMATE = new Set(['about', 'around', 'some', 'roughly', 'nearly', 'almost', 'least', 'over', 'more', 'less', 'just', 'up']);

/** What a push moves a quantity to ("to a record", "to new highs"). */
const FIGURE_NOUNS = new Set(['record', 'new', 'highs', 'lows', 'high', 'low', 'peak']);

/** Subjects an impression's content leaves out: "it appears that …", the relative pronoun of "which seems to …". */
const IMPERSONAL_SUBJECTS = new Set(['it', 'there', 'which', 'who', 'that']);

/** The content of an impression: its subject (not a bare "it"/"there") and what follows the cue. */
function impressionParts(ctx: QuoteContext, subject: [number, number], rest: Span): Span[] {
  const [s, e] = subject;
  if (e - s === 1 && IMPERSONAL_SUBJECTS.has(ctx.low[s])) return [rest];
  return [trimSpan(ctx.text, ctx.tokens[s].start, ctx.tokens[e - 1].end), rest];
}

/** "Lee seems to …", "it appears that …": an impression needs "to" or "that" after the cue ("appears in a film" is none). */
function seemWithoutClause(ctx: QuoteContext, i: number, k: number): boolean {
  return SEEM_FORMS.has(ctx.low[i]) && ctx.low[k] !== 'to' && ctx.low[k] !== 'that' && !(ctx.low[k].endsWith('ly') && ctx.low[k + 1] === 'to');
}

/** "a group called Black Votes Matter, led by …": "called"/"named" after a common noun and before a name that no object
 *  follows names the noun ("called Lee a liar", with a determiner after the name, is speech). */
function namingCalled(ctx: QuoteContext, i: number, b: number): boolean {
  const w = ctx.low[i];
  if (w !== 'called' && w !== 'named' && w !== 'dubbed') return false;
  const p = ctx.low[i - 1] ?? '';
  if (!isWord(ctx, i - 1) || ctx.cap[i - 1] || ctx.vocab.pronouns.has(p) || ctx.vocab.auxiliaries.has(p) || SPEAKER_ADVERBS.has(p) || p.endsWith('ly')) return false;
  let k = i + 1;
  // ("a BBC documentary called ‘No More Mr Nasty’": a quoted title is a name too)
  const quoted = ctx.opens.has(k) ? ctx.regions[ctx.opens.get(k)!] : undefined;
  if (quoted && quoted.close >= 0) {
    while (k < b && ctx.tokens[k].start < quoted.close) k++;
    k++;
    return k >= b || !ctx.vocab.determiners.has(ctx.low[k]);
  }
  // ("An umbrella organisation called the Disasters Emergency Committee (DEC) has been set up")
  if (k + 1 < b && ctx.low[k] === 'the' && ctx.cap[k + 1]) k++;
  if (k >= b || !ctx.cap[k]) return false;
  while (k < b && (ctx.cap[k] || ctx.low[k] === 'of' || ctx.low[k] === 'the')) k++;
  if (k + 2 < b && ctx.surf[k] === '(' && ctx.surf[k + 2] === ')') k += 3; // (its acronym)
  return k >= b || !ctx.vocab.determiners.has(ctx.low[k]);
}

/** Longest run of modifiers between a determiner and a base-form cue read as a noun ("an all-out push"), in tokens. */
const MAX_NOUN_MODIFIERS = 3;
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const INDEFINITE = new Set(['a', 'an']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundred', 'hundreds',
  'thousand', 'thousands', 'million', 'millions', 'billion', 'billions']);

/** Longest bracket skipped among a noun's modifiers ("(£4m)"), in tokens. */
const MAX_BRACKETED_AMOUNT = 6;

/**
 * "the sustained push", "a senior staff call": a base-form cue after a determiner and singular modifiers is a noun
 * ("the voters support …", with a plural before the cue, is a clause).
 */
function nounAfterModifiers(ctx: QuoteContext, i: number, a: number): boolean {
  const w = ctx.low[i];
  if (w.endsWith('s') || w.endsWith('ed') || w.endsWith('ing') || IRREGULAR_PARTICIPLES.has(w)) return false;
  let skipped = 0;
  for (let k = i - 1; k >= a && i - k - skipped <= MAX_NOUN_MODIFIERS + 1; k--) {
    const x = ctx.low[k];
    if (k < i - 1 && (ctx.vocab.determiners.has(x) || POSSESSIVES.has(x)) && !isQuantifierSubject(ctx, k)) return true;
    // ("the $7.5m (£4m) show": an amount, and its conversion in brackets, modify the noun)
    if (x === ')') {
      let open = k - 1;
      while (open >= a && k - open <= MAX_BRACKETED_AMOUNT && ctx.surf[open] !== '(') open--;
      if (open < a || ctx.surf[open] !== '(') return false;
      skipped += k - open;
      k = open;
      continue;
    }
    if (ctx.tokens[k].kind === 'number' || ctx.tokens[k].kind === 'symbol') continue;
    if (!isWord(ctx, k) && ctx.surf[k] !== '-') return false;
    if ((x.endsWith('s') && !x.endsWith('ss')) || ctx.vocab.pronouns.has(x) || ctx.vocab.auxiliaries.has(x) || ctx.vocab.finiteVerbs.has(x) || x === 'to') return false;
  }
  return false;
}

/** Whether a subject [s, e) looks like a speaker: a name, a pronoun, a number or share, a role, organisation, report or
 *  poll word (plural nouns and quantifiers alone were tried: lower train F1). */
function speakerLike(ctx: QuoteContext, s: number, e: number): boolean {
  const v = ctx.vocab;
  for (let k = s; k < e; k++) {
    const w = ctx.low[k];
    if (ctx.tokens[k].kind === 'number' || v.pronouns.has(w) || v.roleWords.has(w) || v.orgWords.has(w) ||
      v.orgModifiers.has(w) || v.reportNouns.has(w) || v.pollNouns.has(w)) return true;
    if (ctx.cap[k] && !v.determiners.has(w)) return true;
  }
  return false;
}

/** Words before a name that introduce it as the source of a colon quotation ("From the report: “…”"). */
const COLON_LEADS = new Set(['from', 'here’s', "here's", 'more', '-', '—', '–']);

/** `- Philip Bump: “…”`, `From the report: “…”`: a name or report phrase before a colon that opens a quotation. */
function colonFrame(ctx: QuoteContext, i: number, a: number, b: number, si: number): Attribution | undefined {
  let source: [number, number] | undefined;
  const ls = leftPhrase(ctx, i, a);
  const lead = ls - 1;
  // "Stated Stone: “…”", "Added Lee:", "Remarked scientist Tierra Curry, “…”": a cue verb opening the sentence before the
  // name (before a comma, only such a one).
  const leadCue = lead === a && ctx.cap[lead] && ctx.cueForm[lead] !== 0;
  if (ctx.surf[i] === ',' && !(leadCue && ls >= 0 && ctx.cap.slice(ls, i).some(Boolean))) return undefined;
  // (not a quotation with a speaker of its own after it: "The board noted the need to act: “…,” said Ann Lee")
  if (ctx.opens.has(i + 1) && quotationSaidByOther(ctx, i + 1)) return undefined;
  // ("The statement reads: “…”": a verb before the colon makes the subject before it the speaker)
  const readFrom = READ_FORMS.has(ctx.low[i - 1]) && !ctx.cap[i - 1] ? leftPhrase(ctx, i - 1, a) : -1;
  if (readFrom >= 0) {
    source = [readFrom, i - 1];
  } else if (ls >= 0 && ls < i && (lead < a || COLON_LEADS.has(ctx.low[lead]) || leadCue) && (ctx.cap.slice(ls, i).some(Boolean) || ctx.vocab.reportNouns.has(ctx.low[i - 1]))) {
    source = [ls, i];
  } else if (speechBeforeColon(ctx, i, a)) {
    // "Cruz called them on it: “…”", "Breitbart News responded: “…”": the clause's subject speaks (after a dash or an
    // exclamation when the sentence opens with another clause: "…, do we know how tempting that can be!— Cruz called …").
    source = mainSubject(ctx, a, i) ?? mainSubject(ctx, lastClauseMark(ctx, a, i) + 1, i);
  } else if (stanceBeforeColon(ctx, i, a)) {
    // "Mr Dean is confident though: “…”", "Lee was blunt: “…”": the subject's stance, then the quotation (a person's or a
    // group's: not "The weather was clear: …").
    const subject = mainSubject(ctx, a, i);
    if (subject && speakerLike(ctx, subject[0], subject[1])) source = subject;
  } else if (verbClauseBeforeColon(ctx, a, i)) {
    // "Trump quickly took a parting shot on Twitter: “…”", "Bolsonaro opposed Macron's statement: “…”": a named
    // subject's clause, then the quotation.
    // ("On July 6, 2015, Sanders made the following comment: “…”": after a time or place opener whose date holds a comma)
    const comma = ctx.surf.lastIndexOf(',', i);
    let subject = mainSubject(ctx, a, i) ?? (PLACE_TIME_PREPOSITIONS.has(ctx.low[a]) && comma > a ? mainSubject(ctx, comma + 1, i) : undefined);
    // ("Osbourne himself was …": the reflexive stresses the name)
    if (subject && subject[1] - subject[0] > 1 && REFLEXIVES.has(ctx.low[subject[1] - 1])) subject = [subject[0], subject[1] - 1];
    const next = subject ? ctx.low[REFLEXIVES.has(ctx.low[subject[1]]) ? subject[1] + 1 : subject[1]] : '';
    const verbNext = ctx.vocab.finiteVerbs.has(next) || isClauseVerb(next) || next === 'was' || next === 'is' || (next.length > 4 && (next.endsWith('ed') || next.endsWith('ly')));
    if (subject && ctx.cap[subject[1] - 1] && verbNext) source = subject;
  }
  if (!source) return undefined;
  const content = contentAfter(ctx, i + 1, b);
  if (!content?.direct) return undefined;
  const cue = readFrom >= 0 ? i - 1 : leadCue && source[0] === ls ? lead : i;
  return { cue, cueEnd: cue + 1, sentence: si, source, parts: content.parts, direct: true };
}

/** Adjectives of a speaker's stance that introduce a quotation after "is"/"was" and a colon. */
const STANCE_ADJECTIVES = new Set(['confident', 'adamant', 'clear', 'blunt', 'optimistic', 'pessimistic', 'convinced', 'certain', 'sure',
  'defiant', 'unrepentant', 'unapologetic', 'upbeat', 'philosophical', 'candid', 'frank', 'emphatic', 'insistent', 'positive', 'realistic']);

/** Whether "is/was (adverb) STANCE (though|too)" ends the words before the colon at `i` ("Mr Dean is confident though:"). */
function stanceBeforeColon(ctx: QuoteContext, i: number, a: number): boolean {
  let k = i - 1;
  if (k > a && (ctx.low[k] === 'though' || ctx.low[k] === 'too')) k--;
  if (k <= a || !STANCE_ADJECTIVES.has(ctx.low[k])) return false;
  k--;
  if (k > a && (ctx.low[k].endsWith('ly') || DEGREE_WORDS.has(ctx.low[k]))) k--;
  return k > a && BE.has(ctx.low[k]);
}

/** Whether the words before the colon at `i` hold a past-tense verb after their first word and no quotation. */
function verbClauseBeforeColon(ctx: QuoteContext, a: number, i: number): boolean {
  if (i - a > MAX_COLON_CLAUSE) return false;
  let verb = false;
  for (let k = a + 1; k < i; k++) {
    if (isQuoteMark(ctx, k)) return false;
    const w = ctx.low[k];
    // ("Osbourne was at a loss to explain its popularity: “…”": a state of the named subject, then its words)
    if (!ctx.cap[k] && ((w.length > 4 && w.endsWith('ed')) || isClauseVerb(w) || w === 'was' || w === 'is')) verb = true;
  }
  return verb;
}

/** Longest clause before a colon and a quotation read as its speaker's (in tokens). */
const MAX_COLON_CLAUSE = 16;

/** Whether a verb of speaking or a past-tense verb ends the words before the colon at `i` ("boomed:", "called them on it:"). */
function speechBeforeColon(ctx: QuoteContext, i: number, a: number): boolean {
  const v = ctx.vocab;
  for (let k = i - 1; k >= a && i - k <= 6; k--) {
    const w = ctx.low[k];
    if (!isWord(ctx, k) || ctx.cap[k]) return false;
    if (v.cueVerbs.has(w) || v.objectCues.has(w) || v.participleCues.has(w) || READ_FORMS.has(w) || (w.length > 4 && w.endsWith('ed'))) return true;
    if (w === 'clear' && (MAKE_FORMS.has(ctx.low[k - 1]) || MAKE_FORMS.has(ctx.low[k - 2]))) return true; // "makes that clear:"
    // (adverbs and degree words too: "worded it even more carefully:")
    const adverb = (w.endsWith('ly') && w.length > 4) || DEGREE_WORDS.has(w) || w === 'even';
    if (!adverb && !OBJECT_PRONOUNS.has(w) && w !== 'it' && w !== 'on' && w !== 'in' && w !== 'back' && w !== 'out') return false;
  }
  return false;
}

const MAKE_FORMS = new Set(['make', 'makes', 'made', 'making']);

/** The last dash, exclamation or question mark between `a` and `i` (a - 1 when there is none). */
function lastClauseMark(ctx: QuoteContext, a: number, i: number): number {
  for (let k = i - 1; k >= a; k--) if (isDash(ctx, k) || ctx.surf[k] === '!' || ctx.surf[k] === '?') return k;
  return a - 1;
}

/** Longest speaker phrase of an "as" clause, in tokens ("As White House press secretary Josh Earnest explained"). */
const MAX_AS_SPEAKER = 10;
/** Longest appositive in commas after the name of an "as" clause, in tokens. */
const MAX_AS_APPOSITIVE = 16;
/** Longest tail between an "as" clause's cue and its comma ("pointed out in December", "said last week in Tel Aviv"). */
const MAX_AS_TAIL = 8;
/** Words that may open that tail: a time word or the preposition of an adjunct ("As Lee wrote in May,"). */
const AS_TAIL_OPENERS = new Set(['last', 'this', 'earlier', 'recently', 'previously', 'once', 'yesterday', 'today', ...ADJUNCT_PREPOSITIONS]);
/** Prepositions after an "as" clause's verb that open its topic unless a time word follows ("on Monday"). */
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'of', 'with', 'to', 'from']);
/** Marks after which an "as" clause opens a clause of its own. */
const AS_CLAUSE_MARKS = new Set([';', ':', '—', '–', '(']);
/** "As for", "as of", "as to", "as well": no clause follows. */
const AS_COMPOUNDS = new Set(['for', 'of', 'to', 'well', 'a', 'an', 'part', 'much', 'many', 'long', 'soon', 'far', 'such', 'if', 'though', 'with']);
/** Most audience words of "As he told reporters, …". */
const MAX_AS_AUDIENCE = 3;

/**
 * "As Politico reported, the county is split", "But as Lee has pointed out, “…”", "As The Post's Ruth Marcus puts it,
 * …": an "as" clause made of a speaker and a verb of saying reports the clause after its comma. The verb takes nothing
 * but an adjunct ("As Trump continued his attack, …" is no attribution) or, for "told", its audience.
 */
function asFrame(ctx: QuoteContext, i: number, a: number, b: number, si: number): Attribution | undefined {
  // At the clause start only: "… is, as news sources noted, completely democratic" is an insert whose clause is around it.
  // ("Of course, as Lee observed, …": after a short opener and its comma)
  const shortOpener = i > a + 1 && i - a <= 4 && ctx.surf[i - 1] === ',' && !ctx.low.slice(a, i - 1).some((x) => ctx.vocab.finiteVerbs.has(x));
  const opener = i === a || (i - 1 === a && LEADING_CONJUNCTIONS.has(ctx.low[a])) || (i > a && AS_CLAUSE_MARKS.has(ctx.surf[i - 1])) || shortOpener;
  const from = i + 1;
  if (!opener || from >= b || AS_COMPOUNDS.has(ctx.low[from])) return undefined;
  let cue = -1;
  let appositive = false;
  for (let k = from + 1; k < b && k - from <= MAX_AS_SPEAKER + (appositive ? MAX_AS_APPOSITIVE : 0); k++) {
    // ("As John Cornyn, the No. 2 in the GOP leadership, put it:": one appositive in commas after a name)
    if (ctx.surf[k] === ',' && !appositive && ctx.cap[k - 1]) {
      let c = k + 1;
      const abbreviation = (t: number) => ctx.surf[t] === '.' && ctx.cap[t - 1] && ctx.surf[t - 1].length <= 3; // "the No. 2"
      while (c < b && c - k <= MAX_AS_APPOSITIVE && ctx.surf[c] !== ',' && (!END_PUNCT.has(ctx.surf[c]) || abbreviation(c)) && !isQuoteMark(ctx, c)) c++;
      if (c < b && ctx.surf[c] === ',' && c + 1 < b && (ctx.cueForm[c + 1] || PUT_FORMS.has(ctx.low[c + 1]))) {
        appositive = true;
        k = c;
        continue;
      }
    }
    if (ctx.surf[k] === ',' || isQuoteMark(ctx, k) || END_PUNCT.has(ctx.surf[k])) return undefined;
    if ((ctx.cueForm[k] || PUT_FORMS.has(ctx.low[k])) && !ctx.cap[k]) {
      cue = k;
      break;
    }
  }
  if (cue < 0 || (ctx.low[cue] === 'show' && showNoun(ctx, cue))) return undefined; // ("As star and executive producer of the show, …")
  const w = ctx.low[cue];
  const particle = (w.startsWith('point') && ctx.low[cue + 1] === 'out') || (PUT_FORMS.has(w) && ctx.low[cue + 1] === 'it');
  if (!particle && (!ctx.vocab.cueVerbs.has(w) || ctx.vocab.participleCues.has(w))) return undefined;
  let end = cue;
  if (appositive && ctx.surf[end - 1] === ',') end--;
  while (end > from && (ctx.vocab.auxiliaries.has(ctx.low[end - 1]) || SPEAKER_ADVERBS.has(ctx.low[end - 1]))) end--;
  if (end <= from) return undefined;
  // "As the race has turned to states …": a verb inside the speaker phrase means the cue form is not its verb.
  for (let k = from; k < end && !appositive; k++) {
    if (ctx.vocab.auxiliaries.has(ctx.low[k]) || ctx.vocab.finiteVerbs.has(ctx.low[k]) || ctx.low[k] === 'to') return undefined;
  }
  const tailStart = cue + (particle ? 2 : 1);
  let comma = tailStart;
  const audience = TELL.has(w);
  // "As Lee said on Monday," is a time; "as Lee remarked on the inquiry," names a topic.
  const adjunct = AS_TAIL_OPENERS.has(ctx.low[tailStart]) &&
    (!TOPIC_PREPOSITIONS.has(ctx.low[tailStart]) || timeNoun(ctx, tailStart + 1));
  while (comma < b && ctx.surf[comma] !== ',' && isWord(ctx, comma) &&
    ((adjunct && comma - tailStart < MAX_AS_TAIL) || (audience && comma - tailStart < MAX_AS_AUDIENCE))) comma++;
  // (a colon before a quotation closes the clause too: "As Cornyn put it: “…”")
  const colon = comma < b && ctx.surf[comma] === ':' && ctx.opens.has(comma + 1);
  if (comma >= b || (ctx.surf[comma] !== ',' && !colon)) return undefined;
  const content = contentAfter(ctx, comma + 1, b);
  if (!content) return undefined;
  return framed({ cue, cueEnd: tailStart, sentence: si }, [from, end], content);
}

/** A time word that is not also a determiner or preposition ("Monday", "May", "week"; not "the", "in"). */
function timeNoun(ctx: QuoteContext, k: number): boolean {
  const w = ctx.low[k];
  return ctx.vocab.timeWords.has(w) && !ctx.vocab.determiners.has(w) && !ADJUNCT_PREPOSITIONS.has(w) && !TIME_PREPOSITIONS.has(w);
}

/** Longest speaker phrase between "with" and its participle ("with spokesman Zabihullah Mujahid saying"), in tokens. */
const MAX_WITH_SPEAKER = 8;

/** Participles of shouting, cues only in a "with" clause ("with Trump yelling: …"); alone they often report no words
 *  ("disheveled and shouting"). */
const SHOUT_PARTICIPLES = new Set(['yelling', 'shouting', 'screaming', 'chanting']);

/** The participle cue of a "with" clause whose speaker starts at `from` ("with Ali Karimi saying"), else -1. */
function withSpeakerCue(ctx: QuoteContext, from: number, b: number): number {
  for (let k = from + 1; k < b && k - from <= MAX_WITH_SPEAKER; k++) {
    // ("with Trump reportedly yelling: …": an adverb between the speaker and the participle)
    if (ctx.vocab.participleCues.has(ctx.low[k]) || SHOUT_PARTICIPLES.has(ctx.low[k])) {
      const end = k - 1 > from && ctx.low[k - 1].endsWith('ly') && !ctx.cap[k - 1] ? k - 1 : k;
      return leftPhrase(ctx, end, from) === from ? k : -1;
    }
    // ("with analyst Kevin Bonham having declared it on his blog as …": a perfect participle of a cue)
    if (ctx.low[k] === 'having' && k + 1 < b && (ctx.cueForm[k + 1] & (CUE_VERB | OBJECT_CUE)) !== 0 && !ctx.cap[k + 1] &&
      (ctx.low[k + 1].endsWith('ed') || IRREGULAR_PARTICIPLES.has(ctx.low[k + 1]))) return leftPhrase(ctx, k, from) === from ? k + 1 : -1;
    if (!isWord(ctx, k) && !(ctx.surf[k] === '.' && ctx.cap[k - 1])) return -1; // ("with Lt. Ali Karimi saying")
  }
  return -1;
}

/** "The Taliban denied involvement, with spokesman Zabihullah Mujahid saying the group had no fighters there": the
 *  noun phrase after "with" speaks what its participle reports. */
function withFrame(ctx: QuoteContext, i: number, a: number, b: number, si: number): Attribution | undefined {
  if (i + 2 >= b || (i > a && ctx.surf[i - 1] !== ',')) return undefined;
  const cue = withSpeakerCue(ctx, i + 1, b);
  if (cue < 0) return undefined;
  const from = ctx.low[cue + 1] === 'that' || ctx.surf[cue + 1] === ':' ? cue + 2 : cue + 1;
  // ("with Tony Blair hastily adding a sixth promise to his pledge card": adding a thing is no saying)
  if (ADD_FORMS.has(ctx.low[cue]) && from === cue + 1 && !ctx.opens.has(from)) return undefined;
  const content = contentAfter(ctx, from, b);
  if (!content) return undefined;
  const end = (ctx.low[cue - 1].endsWith('ly') || ctx.low[cue - 1] === 'having') && !ctx.cap[cue - 1] && cue - 1 > i + 1 ? cue - 1 : cue;
  return framed({ cue, cueEnd: cue + 1, sentence: si }, [i + 1, end], content);
}

/** Days named from the day of writing, which may end a source phrase as its time. */
const DEICTIC_DAYS = new Set(['today', 'yesterday', 'tonight']);
/** Words before such a day that belong to its time ("late today", "early yesterday"). */
const PART_OF_DAY_LEADS = new Set(['late', 'early']);

/** Longest source phrase after "according to" or "in a poll", in tokens. */
const MAX_NOMINAL_SOURCE_TOKENS = 30;

/** End (exclusive) of a nominal-cue source starting at `from`: the next comma, clause mark or the sentence end. */
function nominalSourceEnd(ctx: QuoteContext, from: number, b: number, stopAtComma: boolean): number {
  let k = from;
  let last = -1;
  while (k < b && k - from <= MAX_NOMINAL_SOURCE_TOKENS) {
    const t = ctx.surf[k];
    // (not the comma of a date: "according to a March 14, 2019 NATO press release")
    if (isQuoteMark(ctx, k) || t === ';' || t === ':' || t === '—' || (stopAtComma && t === ',' && !dateComma(ctx, k))) break;
    if (isWord(ctx, k) || t === ')') last = k;
    k++;
  }
  if (k - from > MAX_NOMINAL_SOURCE_TOKENS || last < from) return -1;
  return last + 1;
}

/** `Lee: Bridge Plan ‘Wrong’ for the City` — a headline naming its speaker before a colon. */
function headlineFrame(ctx: QuoteContext, i: number, a: number, b: number, si: number): Attribution | undefined {
  // "Reid: ‘Never underestimate Trump’": headlines quote with single marks, which open no quotation region.
  const quoteNext = i + 1 < b && (ctx.surf[i + 1] === '‘' || ctx.surf[i + 1] === "'");
  if (i === a || (!ctx.opens.has(i + 1) && !isWord(ctx, i + 1) && !quoteNext)) return undefined;
  // ("Added Ana Ruiz: “…”": a cue verb before a name; the colon frame reads it)
  if ((ctx.cueForm[a] & CUE_VERB) !== 0 && i - a > 1) return undefined;
  for (let k = a; k < i; k++) {
    const w = ctx.low[k];
    if (!ctx.cap[k] || !isWord(ctx, k) || HEADLINE_LABELS.has(w)) return undefined;
  }
  let words = 0;
  let commas = 0;
  for (let k = i + 1; k < b; k++) {
    if (isWord(ctx, k)) words++;
    else if (ctx.surf[k] === ',') commas++;
  }
  // "TAPPER: …" — a transcript's speaker label in capitals: its words may be short, long or full of commas.
  const transcript = ctx.surf.slice(a, i).every((t) => t.length > 1 && t === t.toUpperCase());
  // "Iowa: Tim Albrecht, Brad Anderson, …" is a list, not a statement.
  if (!transcript && (words < MIN_HEADLINE_WORDS || commas >= MAX_HEADLINE_COMMAS)) return undefined;
  // "Cruz: Just hang on." — a short label phrase ending with a full stop heads a section; a headline has no full stop.
  if (!transcript && words < SHORT_HEADLINE_WORDS && b - 1 > i && ctx.surf[b - 1] === '.') return undefined;
  // ("Johnny Depp: The acting outlaw", "Preview: Ireland v England", "Q&A: Malcolm Glazer and Man Utd": a name or a label before
  // a title, no verb and no quotation)
  if (!transcript && !quoteNext && !ctx.opens.has(i + 1) && !clauseWithin(ctx, i + 1, b)) return undefined;
  const content = contentAfter(ctx, quoteNext ? i + 2 : i + 1, b);
  if (!content) return undefined;
  // "TAPPER: Do you think …? FALLIN: I think …": a transcript's speaker label speaks to the paragraph end.
  if (!content.direct && transcript) {
    const paragraphEnd = ctx.text.indexOf('\n', ctx.tokens[i].end);
    const last = content.parts[content.parts.length - 1];
    const end = paragraphEnd < 0 ? ctx.text.length : paragraphEnd;
    if (end > last.end) content.parts[content.parts.length - 1] = trimSpan(ctx.text, last.start, end);
  }
  return { cue: i, cueEnd: i + 1, sentence: si, source: [a, i], parts: content.parts, direct: content.direct };
}

/** Words that make a verbless headline a statement ("Ferry Fares Too High", "No Deal Yet"). */
const STATEMENT_WORDS = new Set(['not', 'no', 'never', 'too', 'yes', 'why', 'how', 'ready']);

/** Whether tokens [from, b) hold a verb or a quotation mark, as a statement does ("That was a bruising battle", "E-mail row
 *  'silly fuss'"), not a title alone ("The acting outlaw"). */
function clauseWithin(ctx: QuoteContext, from: number, b: number): boolean {
  for (let k = from; k < b; k++) {
    const w = ctx.low[k];
    if (isQuoteMark(ctx, k) || ctx.surf[k] === "'" || ctx.surf[k] === '‘' || ctx.surf[k] === '’') return true;
    if (!isWord(ctx, k)) continue;
    // (a title-case headline capitalises its verbs: "Trump Must Decide …", "Urges Britain to Remain"; "Ferry Fares Too High")
    if (ctx.vocab.finiteVerbs.has(w) || ctx.vocab.auxiliaries.has(w) || isVerbForm(w) || (ctx.cueForm[k] & CUE_VERB) !== 0 || NOMINATIVE.has(w) ||
      STATEMENT_WORDS.has(w)) return true;
    if (w === 'to' && k + 1 < b && isWord(ctx, k + 1) && !ctx.cap[k + 1]) return true; // ("Walker to speak at …": a headline's future)
  }
  return false;
}

/** Longest name read as the appositive of a described source ("the El Paso mayor, Dee Margo,"), in tokens. */
const MAX_APPOSITIVE_NAME_TOKENS = 4;

/** Words that lead a role's named tail ("President of AMBO", "head of the Tory party"). */
const ROLE_TAIL_LINKS = new Set(['of', 'at', 'for', 'the', 'in']);

/** Words opening a clause after "according to" that make it a measure ("according to how much …", "whether …"). */
const WH_WORDS = new Set(['how', 'what', 'whether', 'which', 'where', 'when', 'who', 'whom', 'whatever', 'whichever', 'whoever']);

/** Nouns that end an outlet's name ("the Guardian newspaper", "Radio 4's Today programme"). */
const OUTLET_NOUNS = new Set(['newspaper', 'paper', 'programme', 'program', 'magazine', 'website', 'channel', 'show', 'station', 'network', 'agency',
  'daily', 'weekly', 'broadcaster', 'blog', 'podcast']);

/** Longest relative clause after an opening "According to" source ("…, who is both co-chairman of … and head of …,"), in tokens. */
const MAX_SOURCE_RELATIVE = 32;

/**
 * Nominal cues: `According to X, Y.` / `Y, according to X.` / `Y according to X.`, and polls as sources:
 * `In a new CNN poll, Y.` / `Y in the same poll.`
 */
function accordingFrame(ctx: QuoteContext, i: number, a: number, b: number, si: number, cueLength: number): Attribution | undefined {
  const from = i + cueLength;
  if (from >= b || !isWord(ctx, from)) return undefined;
  // ("rewarded according to how much business they brought": a measure, not a source)
  if (WH_WORDS.has(ctx.low[from])) return undefined;
  // ("the sitcom The World According to Bex": capitalised inside a sentence, it is part of a title)
  if (ctx.cap[i] && i > a && ctx.cap[i - 1] && !ctx.opens.has(i - 1)) return undefined;
  const base: FrameBase = { cue: i, cueEnd: from, sentence: si };
  const opening = i === a || (i - 1 === a && CLAUSE_STARTERS.has(ctx.low[a]));
  let re = nominalSourceEnd(ctx, from, b, true);
  if (re < 0) return undefined;
  if (NOT_SOURCES.has(ctx.low[re - 1])) return undefined; // "according to competition law", "according to plan"
  // ("according to rules devised by the programmers", "according to the rules of the league": the same with its tail)
  // ("according to law enforcement officials": a modifier of a speaker noun is no head)
  if (NOT_SOURCES.has(ctx.low[ctx.low[from] === 'the' ? from + 1 : from]) && !ctx.vocab.roleWords.has(ctx.low[re - 1])) return undefined;
  // A closing source must end the clause: only closing punctuation or a comma may follow.
  // (or a colon before a list: "…, according to the State Department: the Secretariat Tracking …")
  const closesClause = re >= b || END_PUNCT.has(ctx.surf[re]) || ctx.closes.has(re) || ctx.surf[re] === ',' || (ctx.surf[re] === ':' && cueLength === 2);
  re = attributingRelativeStart(ctx, from, re);
  // (where the source phrase ends, with any time after the source: "According to the ministry on Tuesday, …")
  const phraseEnd = re;
  // "a congressional report on Wednesday": the time is not part of the source.
  let t = re;
  while (t - 1 > from && (ctx.vocab.timeWords.has(ctx.low[t - 1]) || ctx.tokens[t - 1].kind === 'number')) t--;
  // ("according to Johns Hopkins University late today", "according to the ministry yesterday")
  if (t - 1 > from && PART_OF_DAY_LEADS.has(ctx.low[t - 1]) && DEICTIC_DAYS.has(ctx.low[t])) t--;
  // (not a name's, "according to USA Today")
  const deictic = t < re && !ctx.cap[t] && (DEICTIC_DAYS.has(ctx.low[t]) || (PART_OF_DAY_LEADS.has(ctx.low[t]) && DEICTIC_DAYS.has(ctx.low[t + 1])));
  if (deictic || (t < re && ctx.vocab.timeWords.has(ctx.low[t]) && TIME_PREPOSITIONS.has(ctx.low[t]) && t + 1 < re)) {
    re = t;
    base.time = [re, phraseEnd];
  }
  if (cueLength === 1) {
    // "in the same poll, a 52-point swing": the poll phrase ends at its noun.
    let k = from;
    while (k < re && !ctx.vocab.pollNouns.has(ctx.low[k])) k++;
    if (k < re && !POLL_TAIL.has(ctx.low[k + 1])) re = k + 1;
  }
  if (opening) {
    if (phraseEnd >= b || ctx.surf[phraseEnd] !== ',') return undefined;
    // "According to the El Paso mayor, Dee Margo, police …": a name in commas after a described source is its appositive.
    const head = ctx.low[re - 1];
    if (re < phraseEnd) {
      // ("According to the ministry on Tuesday, 291 patients …": the time ends the phrase, its comma opens the content)
    } else if (!ctx.cap[re - 1] && !ctx.vocab.reportNouns.has(head) && !ctx.vocab.pollNouns.has(head)) {
      let n = re + 1;
      while (n < b && ctx.cap[n] && isWord(ctx, n) && n - re <= MAX_APPOSITIVE_NAME_TOKENS) n++;
      // ("According to its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling, the claim …": the name's body after it)
      if (n > re + 1 && n + 1 < b && (ctx.low[n] === 'of' || ctx.low[n] === 'at' || ctx.low[n] === 'from') && ctx.cap[n + 1]) {
        let e = n + 1;
        while (e < b && isWord(ctx, e) && (ctx.cap[e] || (INNER_NAME_LINKS.has(ctx.low[e]) && ctx.cap[e + 1] === true))) e++;
        if (ctx.surf[e] === ',') n = e;
      }
      // ("According to police, Lee, Kim and Bo were …" is a list.)
      let m = n + 1;
      while (m < b && ctx.cap[m] && isWord(ctx, m)) m++;
      const list = m > n + 1 && (ctx.low[m] === 'and' || ctx.surf[m] === ',');
      if (n > re + 1 && n < b && ctx.surf[n] === ',' && n + 1 < b && isWord(ctx, n + 1) && !list) re = n;
    } else if (ctx.cap[re - 1]) {
      // "According to Lorella Praeli, Clinton's Latino vote director, the campaign …": a role in commas after a name.
      let n = re + 1;
      // ("…, the director of the United States' Centers for Disease Control, …": a bare apostrophe after an "s" owns too)
      while (n < b && n - re <= MAX_APPOSITIVE_ROLE_TOKENS && (isWord(ctx, n) || ctx.low[n] === '’s' || ctx.low[n] === "'s" || bareApostrophe(ctx, n))) n++;
      // ("According to Pat Ferguson, President of AMBO, work …": or a role with its "of" phrase)
      const isRole = (k: number) => ctx.vocab.roleWords.has(ctx.low[k]) || ctx.vocab.genderedRoles.has(ctx.low[k]);
      let r = n - 1;
      while (r > re + 1 && !isRole(r) && (ctx.cap[r] || ROLE_TAIL_LINKS.has(ctx.low[r]))) r--;
      // ("According to Amy Cook, director of the Learning Together event, the tusk …": a role, its link and a plain noun
      // phrase with no verb)
      const first = ctx.low.slice(re + 1, n).findIndex((w, m) => isRole(re + 1 + m));
      // (a name's, not a document's: "a Twitter post by Amy Cook, director of …" keeps the post as the source)
      const led = first >= 0 && re + 2 + first < n && ROLE_TAIL_LINKS.has(ctx.low[re + 2 + first]) &&
        !ctx.low.slice(from, re).some((w) => ctx.vocab.reportNouns.has(w)) &&
        // (a capitalised "-ed" word is a name's: "the United States' Centers for Disease Control")
        ctx.low.slice(re + 3 + first, n).every((w, k) => !ctx.vocab.finiteVerbs.has(w) && !ctx.vocab.auxiliaries.has(w) && !(w.endsWith('ed') && !ctx.cap[re + 3 + first + k]) &&
          !ctx.vocab.pronouns.has(w));
      const role = (isRole(r) && (r === n - 1 || ROLE_TAIL_LINKS.has(ctx.low[r + 1]))) || led;
      // (not a subject with its own appositive name: "According to ISNA, the prosecutor general of Tehran, Ali Mehr, said")
      let m = n + 1;
      while (m < b && ctx.cap[m] && isWord(ctx, m)) m++;
      const namedSubject = m > n + 1 && ctx.surf[m] === ',';
      if (n > re + 1 && n + 1 < b && ctx.surf[n] === ',' && role && isWord(ctx, n + 1) && !namedSubject) re = n;
    }
    // ("According to AFP, which cited sources close to the inquiry, the man …": the relative clause tells of the source)
    let contentStart = Math.max(re, phraseEnd) + 1;
    if (contentStart < b && (ctx.low[contentStart] === 'which' || ctx.low[contentStart] === 'who' || ctx.low[contentStart] === 'whose')) {
      let c = contentStart + 1;
      while (c < b && c - contentStart <= MAX_SOURCE_RELATIVE && ctx.surf[c] !== ',' && !END_PUNCT.has(ctx.surf[c]) && !isQuoteMark(ctx, c)) c++;
      if (c + 1 < b && ctx.surf[c] === ',' && isWord(ctx, c + 1)) contentStart = c + 1;
    }
    const content = contentAfter(ctx, contentStart, b);
    if (!content) return undefined;
    return framed(base, [from, re], content);
  }
  const lead = a;
  // `…,” according to` closes a quotation with the comma inside the marks.
  const joint = ctx.surf[i - 1] === ',' || ctx.surf[i - 1] === '—' || ctx.surf[i - 1] === '–' || (cueLength === 2 && quotationBefore(ctx, i - 1));
  if (i - 1 > lead && (joint || isWord(ctx, i - 1))) {
    // "… while — according to emails unearthed in the investigation — knowing the video …": a source in dashes is an insert.
    if (cueLength === 2 && re + 1 < b && isDash(ctx, i - 1) && isDash(ctx, re) && isWord(ctx, re + 1)) {
      const end = sentenceContentEnd(ctx, re + 1, b);
      const before = trimSpan(ctx.text, ctx.tokens[lead].start, ctx.tokens[i - 1].start);
      if (end <= ctx.tokens[re + 1].start || before.end <= before.start) return undefined;
      return framed(base, [from, re], { parts: [before, trimSpan(ctx.text, ctx.tokens[re + 1].start, end)], direct: false });
    }
    // The source runs to the sentence end only when nothing but the sentence's closing punctuation follows.
    if (!closesClause) return undefined;
    // ("…, according to police, who said officers …": the relative clause attributes on its own)
    const attributingRelative = re + 2 < b && (ctx.low[re + 1] === 'who' || ctx.low[re + 1] === 'which') && ctx.cueForm[re + 2] !== 0;
    if (cueLength === 2 && re < b && ctx.surf[re] === ',' && ctx.surf[i - 1] === ',' && re + 1 < b && isWord(ctx, re + 1) && !attributingRelative) {
      // "…, according to Ann Lee, a pollster at Acme." — the appositive belongs to the source.
      const tail = appositiveStart(ctx, re + 1) ? invertedTail(ctx, re, b) : -1;
      // ("…, according to witnesses, a man in a fake vest entered a store, …": a clause, not an appositive: the source is
      // an insert inside the content, as below)
      if (tail > re && (tail >= b || END_PUNCT.has(ctx.surf[tail]) || ctx.closes.has(tail)) && !clauseInside(ctx, re + 1, tail)) {
        re = tail;
      } else {
        // "Fundraising, according to the campaign, has surged": the source is an insert inside the content.
        const end = sentenceContentEnd(ctx, re + 1, b);
        // ("there was evidence, according to Gartner, that some markets were …": the clause the insert opens is the content)
        if (ctx.low[re + 1] === 'that' && re + 2 < b && isWord(ctx, re + 2) && !ctx.vocab.finiteVerbs.has(ctx.low[re + 2]) && end > ctx.tokens[re + 2].start) {
          return framed(base, [from, re], { parts: [trimSpan(ctx.text, ctx.tokens[re + 2].start, end)], direct: false });
        }
        const before = trimSpan(ctx.text, ctx.tokens[lead].start, ctx.tokens[i - 1].start);
        if (end <= ctx.tokens[re + 1].start || before.end <= before.start) return undefined;
        return framed(base, [from, re], { parts: [before, trimSpan(ctx.text, ctx.tokens[re + 1].start, end)], direct: false });
      }
    }
    const content = joint ? contentBefore(ctx, i - 1, lead) : contentBefore(ctx, i, lead);
    if (!content) return undefined;
    return framed(base, [from, re], content);
  }
  return undefined;
}

/** End of a source phrase [from, re) before a relative clause that attributes on its own ("a report from ABC on March 3
 *  in which they said …", "a statement by the army that said …"), else `re`. */
function attributingRelativeStart(ctx: QuoteContext, from: number, re: number): number {
  for (let k = from + 1; k < re - 1; k++) {
    const w = ctx.low[k];
    if ((w !== 'which' && w !== 'who' && w !== 'whom' && w !== 'where' && w !== 'that') || ctx.cap[k]) continue;
    if (w === 'that' && ctx.vocab.determiners.has(ctx.low[k + 1])) continue;
    // The relative word is the cue's subject ("that said"), or a pronoun is ("in which they said").
    const cueNext = (j: number) => j < re && (ctx.cueForm[j] & CUE_VERB) !== 0;
    if (!cueNext(k + 1) && !(ctx.vocab.pronouns.has(ctx.low[k + 1]) && cueNext(k + 2))) continue;
    const start = k - 1 > from && ADJUNCT_PREPOSITIONS.has(ctx.low[k - 1]) && (w === 'which' || w === 'whom') ? k - 1 : k;
    let end = start;
    while (end > from && !isWord(ctx, end - 1) && ctx.surf[end - 1] !== ')') end--;
    return end > from ? end : re;
  }
  return re;
}

/** Whether the phrase at `k` after a comma reads as an appositive ("a pollster", "the ABC affiliate", "who chairs", "one of"). */
function appositiveStart(ctx: QuoteContext, k: number): boolean {
  const w = ctx.low[k];
  if (w === 'who' || w === 'which' || w === 'whose' || w === 'one' || w === 'an' || w === 'a' || w === 'the') return true;
  return (w === 'his' || w === 'her' || w === 'its' || w === 'their') && ctx.vocab.roleWords.has(ctx.low[k + 1]);
}

/** "in a/the [new] … poll|survey|study" at token `i`: the length of the cue ("in" = 1) when the phrase is a poll. */
const PARTICIPATE_FORMS = new Set(['participate', 'participates', 'participated', 'participating', 'involved', 'included']);

function pollCue(ctx: QuoteContext, i: number, b: number): number {
  if (ctx.low[i] !== 'in' || i + 1 >= b) return 0;
  const end = nominalSourceEnd(ctx, i + 1, b, true);
  if (end < 0 || end - i > POLL_PHRASE_TOKENS) return 0;
  // ("Other pundits to take part in the survey included …": the people polled, not what the poll found)
  if (i > 0 && (ctx.low[i - 1] === 'part' || PARTICIPATE_FORMS.has(ctx.low[i - 1]))) return 0;
  // A named or determined single poll ("a CNN poll", "the latest survey"); "in the polls" is a race metaphor.
  const det = ctx.vocab.determiners.has(ctx.low[i + 1]);
  for (let k = i + 1; k < end; k++) {
    if (!ctx.vocab.pollNouns.has(ctx.low[k])) continue;
    if (!det || ctx.low[k].endsWith('s')) return 0;
    // ("More than 95% of the participants in her study indicated …": a phrase inside the subject, right before its verb)
    // (not a participle after it: "in the latest CNN poll released on Monday")
    const next = k + 1 < b ? ctx.low[k + 1] : '';
    const after = k + 2 < b ? ctx.low[k + 2] : '';
    if (next && !ctx.cap[k + 1] && (ctx.vocab.finiteVerbs.has(next) || ctx.vocab.auxiliaries.has(next) ||
      (ctx.cueForm[k + 1] !== 0 && (after === 'that' || NOMINATIVE.has(after) || ctx.vocab.determiners.has(after))))) return 0;
    // (a bare "the poll" is often the election — "could have a big part in the poll" — unless the sentence counts)
    return end - i > 3 || numberIn(ctx, ctx.sentences[ctx.sentenceOf[i]].tokenStart, b) ? 1 : 0;
  }
  return 0;
}

function numberIn(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.tokens[k].kind === 'number') return true;
  return false;
}

function tokenSpan(ctx: QuoteContext, from: number, to: number): Span {
  return { start: ctx.tokens[from].start, end: ctx.tokens[to - 1].end };
}

/**
 * `“…,” Lee said, adding that …` / `Lee said Y, noting Z`: a participle cue after an attribution of the same sentence
 * whose frame could not find a subject of its own takes that attribution's speaker.
 */
function participleFollow(ctx: QuoteContext, i: number, b: number, si: number, prior: Attribution): Attribution | undefined {
  if (!ctx.vocab.participleCues.has(ctx.low[i]) || ctx.surf[i - 1] !== ',' || prior.cue >= i) return undefined;
  let k = i + 1;
  if (k < b && ctx.low[k] === 'that') k++;
  else if (k + 1 < b && ctx.surf[k] === ',' && ctx.opens.has(k + 1)) k++; // ", adding, “…”"
  if (k >= b || (!isWord(ctx, k) && !ctx.opens.has(k))) return undefined;
  const content = contentAfter(ctx, k, b);
  if (!content) return undefined;
  return { cue: i, cueEnd: i + 1, sentence: si, source: prior.source, antecedent: prior.antecedent, parts: content.parts, direct: content.direct };
}

/** Whether `inner` lies inside `outer`'s content with its cue and speaker, or does not touch it at all. */
function nestedOrApart(ctx: QuoteContext, inner: Attribution, outer: Attribution): boolean {
  if (!inner.parts.some((p) => overlaps(outer.parts, p))) return true;
  const within = (s: Span) => outer.parts.some((p) => p.start <= s.start && s.end <= p.end);
  if (!within(tokenSpan(ctx, inner.cue, inner.cueEnd))) return false;
  if (inner.source && !within(tokenSpan(ctx, inner.source[0], inner.source[1]))) return false;
  if (overlaps(inner.parts, tokenSpan(ctx, outer.cue, outer.cueEnd))) return false;
  return !(outer.source && overlaps(inner.parts, tokenSpan(ctx, outer.source[0], outer.source[1])));
}

function overlaps(spans: Span[], s: Span): boolean {
  return spans.some((p) => p.start < s.end && s.start < p.end);
}

/** All attributions in text order, with cueless follow-on quotations attached to their speaker. */
function findAttributions(ctx: QuoteContext): Attribution[] {
  const out: Attribution[] = [];
  // Content spans taken so far that may still reach the current sentence (older ones are dropped, keeping the
  // pass linear); `mask` marks every taken character for the follow-on pass.
  let covered: Span[] = [];
  const mask = new Uint8Array(ctx.text.length);
  const take = (parts: Span[]) => {
    for (const p of parts) {
      covered.push(p);
      mask.fill(1, p.start, p.end);
    }
  };
  const taken = (p: Span) => mask.subarray(p.start, p.end).includes(1);
  const bySentence = new Map<number, Attribution>();
  let coveredTo = -1;
  const translations = translatedSpans(ctx);
  ctx.sentences.forEach((sentence, si) => {
    const a = sentence.tokenStart;
    const b = sentence.tokenEnd;
    if (covered.length) covered = covered.filter((p) => p.end > sentence.start);
    // Every cue proposes its frame; the widest content wins and the others must not overlap it
    // ("Clinton had told police that …, the source added": the source's content holds Clinton's).
    const candidates: Attribution[] = [];
    let prior: Attribution | undefined;
    for (let i = a; i < b; i++) {
      if (ctx.regionOf[i] >= 0 || ctx.tokens[i].start < coveredTo) continue;
      // (the original words after a language marker say again what the English before them said)
      if (translations.length && inside(translations, ctx.tokens[i].start)) continue;
      const w = ctx.low[i];
      const form = ctx.cueForm[i];
      // ("“PENCE: Well, look, …”": a transcript quoted with its speaker's label)
      if (ctx.opens.has(i)) {
        const labelled = labelledQuotationFrame(ctx, i, si);
        if (labelled) {
          candidates.push(labelled);
          continue;
        }
      }
      // ("“He represents our greatest shame.” ― Sonya Herridge": a quotation signed with a dash and a name)
      if (form === 0 && i > a && ctx.closes.has(i - 1) && SIGNATURE_DASHES.has(ctx.surf[i])) {
        const signed = signatureFrame(ctx, i, b, si);
        if (signed) candidates.push(signed);
        continue;
      }
      // (most tokens are short non-cue words: none of the frames below starts on one but these)
      if (form === 0 && w.length < 4 && w !== 'as' && w !== 'in' && w !== ':' && w !== ',' && w !== '(' && i !== a) continue;
      const verbCue = (form & CUE_VERB) !== 0;
      const objectCue = (form & OBJECT_CUE) !== 0;
      // ("Rush Limbaugh Explains The Democrats Opposition To A Sanders/Trump Debate.": a title-case headline's verb)
      const titled = (verbCue || objectCue) && ctx.cap[i] && i > a ? titleCaseHeadlineFrame(ctx, i, a, b, si) : undefined;
      if (titled) {
        candidates.push(titled);
        continue;
      }
      if ((verbCue || objectCue) && nounOrName(ctx, i, a, b)) continue;
      // ("he helped write Kokomo for the Beach Boys": what someone helped do is no statement of theirs)
      if ((verbCue || objectCue) && i > a && HELP_FORMS.has(ctx.low[i - 1])) continue;
      // ("released a statement", "released a video of …"; not "released the film in the US", "released one single")
      // (nor a product or a person set free: "released a book", "released him pending investigation")
      // (the look-ups below only on cue forms: hashing every fresh token string is the loop's largest cost)
      if (form !== 0 && RELEASE_FORMS.has(w) && (!documentObject(ctx, i + 1, b) || objectHeadIn(ctx, i + 1, b, RELEASED_GOODS))) continue;
      // ("Collins named UK Athletics chief", "Belle named best Scottish band": a headline's passive, no "is"; "The Critics'
      // Circle named Rebecca Lenkiewicz its most promising playwright" in running text stays)
      if (form !== 0 && w === 'named' && i > a && headlineLine(ctx, a, b) && !ctx.vocab.determiners.has(ctx.low[i + 1] ?? '') &&
        (roleWord(ctx, ctx.low[b - 1]) || SUPERLATIVES.has(ctx.low[i + 1] ?? ''))) continue;
      // ("admitted to the American Academy of Arts and Sciences", "admitted to hospital": let in, not owning up to anything)
      if (form !== 0 && w.startsWith('admit') && ctx.low[i + 1] === 'to' && objectHeadIn(ctx, i + 2, b, ADMITTED_PLACES)) continue;
      // ("she insisted on finishing the race", "will insist on being Trump": doing something, not saying it)
      if (form !== 0 && w.startsWith('insist') && ctx.low[i + 1] === 'on' && i + 2 < b && ctx.low[i + 2].endsWith('ing') && !ctx.cap[i + 2]) continue;
      // ("a search engine for people to find what they want on the web", "if they knew who paid for …": a stance in a free
      // relative or a condition states nothing)
      // (not a pseudo-cleft, "What I see is that there is variability …", which states it)
      if (form !== 0 && i - 2 >= a && NOMINATIVE.has(ctx.low[i - 1]) && HYPOTHETICAL_LEADS.has(ctx.low[i - 2]) && quoteKind(w) === 'stance' &&
        !BE_FORMS.has(ctx.low[i + 1] ?? '')) continue;
      // ("Yeah, I would say, four years?": a hedge of the speaker's own, no one quoted)
      if (w === 'say' && i - 2 >= a && (ctx.low[i - 1] === 'would' || ctx.low[i - 1] === "'d" || ctx.low[i - 1] === '’d') &&
        (ctx.low[i - 2] === 'i' || ctx.low[i - 2] === 'we') && (i + 1 >= b || ctx.surf[i + 1] === ',' || END_PUNCT.has(ctx.surf[i + 1]))) continue;
      // ("Dr Fox was asked if he would say yes or no …", "asked whether she would support …": a question put, not an answer)
      if (form !== 0 && askedWhether(ctx, i, a)) continue;
      // ("content such as RIAA talks about in the notice": the object gone to a relative clause, a preposition after the particle)
      if (form !== 0 && (ctx.low[i + 1] === 'about' || ctx.low[i + 1] === 'of') && i + 2 <= b &&
        (i + 2 === b || END_PUNCT.has(ctx.surf[i + 2]) || ctx.surf[i + 2] === ',' || GAP_PREPOSITIONS.has(ctx.low[i + 2]))) continue;
      // ("the controversy over plans to allow pubs …", "amid fears of a slowdown": a cue form right after a preposition is a
      // noun, its object; a gerund there is the verb of a participle frame, "after saying …")
      if (form !== 0 && i > a && NOUN_LEADING_PREPOSITIONS.has(ctx.low[i - 1]) && !w.endsWith('ing')) continue;
      // ("England named Bath prop Matt Stevens in the starting line-up", "Nissan named a lifetime employee to run its operations": a
      // side picked or a post filled, no name given to anything)
      if (w === 'named' && namedSelection(ctx, i + 1, b)) continue;
      // ("Germany's only stock-market listed football club", "was listed in critical condition": a listing, not a list given)
      if (w === 'listed' && (LISTING_MODIFIERS.has(ctx.low[i - 1] ?? '') || (ctx.low[i + 1] === 'in' && objectHeadIn(ctx, i + 2, b, CONDITIONS)))) continue;
      // ("the most populous US state", "the surveillance state": "state" after a place or after an article and a singular noun
      // is the noun, which no singular subject takes as its verb)
      if (w === 'state' && i - 2 >= a && (placeModifierAt(ctx, i - 1) ||
        (ARTICLES.has(ctx.low[i - 2]) && isWord(ctx, i - 1) && !ctx.cap[i - 1] && !ctx.low[i - 1].endsWith('s')))) continue;
      // ("a speech by Mr Brown on UK plans to tackle …", "anger over EU plans": so is one after a preposition and a state's
      // acronym or a place modifying it)
      if (form !== 0 && i - 2 >= a && w.endsWith('s') && PLACED_NOUN_PREPOSITIONS.has(ctx.low[i - 2]) && ctx.cap[i - 1] && placeModifierAt(ctx, i - 1)) continue;
      // ("as Microsoft found out last year": learning, not a finding told; "regulation as we know it": an idiom)
      if (form !== 0 && FIND_FORMS.has(w) && ctx.low[i + 1] === 'out') continue;
      // ("Jarosik found space in the area", "found the net", "a search of the van found …": a place or a thing found, no finding)
      if (form !== 0 && FIND_FORMS.has(w) && (FOUND_PLACES.has(ctx.low[i + 1] ?? '') || (ctx.low[i + 1] === 'the' && FOUND_PLACES.has(ctx.low[i + 2] ?? '')) ||
        searchSubject(ctx, i, a))) continue;
      if (form !== 0 && w === 'know' && ctx.low[i + 1] === 'it' && i - 2 >= a && ctx.low[i - 2] === 'as' && ctx.vocab.pronouns.has(ctx.low[i - 1])) continue;
      // ("Ericsson posted a rise in fourth quarter profits": a firm's results, not a post)
      if (form !== 0 && POST_FORMS.has(w) && financialResult(ctx, i + 1, b)) continue;
      // ("the reality show “The Apprentice”", "of the show", "political news show guests": the noun, not "polls show")
      if (w === 'show' && i > a && showNoun(ctx, i)) continue;
      // ("big British hope Kate Winslet walked away", "Olympic hope Amy Williams said": a bare cue form after a word that
      // cannot be its subject, before a name, is a noun)
      if ((verbCue || objectCue) && i > a && nounBeforeName(ctx, i)) continue;
      // ("…, estimates James Goodman, report author and a senior adviser at …": a document's noun opening an appositive before a
      // role noun is that noun's modifier; not a verb, "…, say analysts Jupiter Research")
      if ((verbCue || objectCue) && i - 2 >= a && ctx.surf[i - 1] === ',' && ctx.cap[i - 2] && !ctx.cap[i] && i + 1 < b && !ctx.cap[i + 1] &&
        (ctx.vocab.reportNouns.has(w) || ctx.vocab.pollNouns.has(w)) && roleWord(ctx, ctx.low[i + 1])) continue;
      if ((verbCue || objectCue) && i === a + 1 && headlineLine(ctx, a, b, true) && headlineNounCompound(ctx, i)) continue;
      if ((verbCue || objectCue) && i - 2 >= a && determinedNameNoun(ctx, i)) continue;
      // ("focused on boosting demand at …", "cutting claims"): a bare cue form right after an "-ing" verb is its object
      if (form !== 0 && i > a && gerundObject(ctx, i)) continue;
      // ("The company named in the lawsuit denied …", "A Maori named Joe Warbrick and … decided": "named" after its noun, then
      // the main clause's own verb, is a reduced relative; "Obama named her Holder's successor" names)
      if (w === 'named' && i > a && namedRelative(ctx, i, a, b)) continue;
      // ("One form of spyware called adware has the ability to …": a thing called so, then the main clause's verb)
      if (w === 'called' && i > a && calledRelative(ctx, i, b)) continue;
      // ("struck with reported magnitude 6.3", "a reported 40 deaths": "reported" after a preposition or an article is an
      // adjective)
      if (w === 'reported' && i > a && (ADJUNCT_PREPOSITIONS.has(ctx.low[i - 1]) || ARTICLES.has(ctx.low[i - 1]))) continue;
      // ("The two actors have repeated their success at the Golden Globes": a deed done again, not words)
      if (form !== 0 && REPEAT_FORMS.has(w) && objectHeadIn(ctx, i + 1, b, REPEATED_DEEDS)) continue;
      // ("It declined in almost every state", "Trade declined 40 percent": a fall, not a refusal; "declined to comment",
      // "declined comment", "declined for years to reveal" are)
      if (form !== 0 && DECLINE_FORMS.has(w) && (ctx.tokens[i + 1]?.kind === 'number' || FALL_WORDS.has(ctx.low[i + 1] ?? '') || i + 1 >= b)) continue;
      // ("The US dollar has continued its record-breaking slide", "continued his romp": going on with a deed; "continued
      // his assault on Mr. Bush", "continued his scathing remarks" go on speaking; "Louisiana declares state of emergency":
      // an act)
      // (read as a frame all the same, so that a participle after it takes its subject: "… declared a state of emergency so
      // he could begin …, claiming this would stem illegal immigration")
      // ("Costco continued a recent run of upbeat results", "Dent continues Adelaide progress": an article or a name opening
      // the object too)
      const deed = form !== 0 && ((CONTINUE_FORMS.has(w) && continuedObject(ctx, i + 1, b) && !objectHeadIn(ctx, i + 1, b, CONTINUED_WORDS)) ||
        (w.startsWith('declar') && ctx.low[i + 1] !== 'that' && ctx.low.slice(i + 1, Math.min(b, i + 5)).some((x) => DECLARED_ACTS.has(x))) ||
        // ("Mr Bell focused on boosting demand …", "The study focused on particulate matter": work or a topic, no statement)
        w === 'focused' ||
        // ("Heineken and Carlsberg have reported falling profits": results announced, as "posted"; not "reported profits fell")
        (REPORTED_FORMS.has(w) && resultObject(ctx, i + 1, b)) ||
        // ("It offered to buy the remaining shares": a bid, a firm's deed)
        (OFFER_FORMS.has(w) && ctx.low[i + 1] === 'to' && DEAL_VERBS.has(ctx.low[i + 2] ?? '')) ||
        // ("EA added Pacific Assault to its PC catalogue": a thing put in a collection; "added to his collection" is read above)
        (ADD_FORMS.has(w) && addedToCollection(ctx, i + 1, b)) ||
        // ("China continues breakneck growth": going on with a state, not speaking; "continued his attack on" speaks)
        (CONTINUE_FORMS.has(w) && i + 1 < b && isWord(ctx, i + 1) && !ctx.cap[i + 1] && !CONTINUE_LINKS.has(ctx.low[i + 1]) &&
          !ctx.vocab.determiners.has(ctx.low[i + 1]) && !objectHeadIn(ctx, i + 1, b, CONTINUED_WORDS)) ||
        // ("The documentary showed Mr Nattrass, apparently talking about the EU, …": footage of someone, who speaks after)
        // (a poll's or a document's finding about a person is content: "The Reuters/Ipsos poll showed Clinton doing better")
        (SHOW_FORMS.has(w) && personAt(ctx, i + 1) && !personClause(ctx, i + 1, b) && !documentBefore(ctx, i, a)));
      // ("Sci-fi shooter Doom 3 has blasted away the competition": a win, not criticism)
      if (form !== 0 && w.startsWith('blast') && (ctx.low[i + 1] === 'away' || ctx.low[i + 1] === 'off' || ctx.low[i + 1] === 'out')) continue;
      // ("many people do not seek treatment", "anyone seeking refuge", "sought the party's nomination", "sought bankruptcy protection":
      // looking for help, an office or shelter, not a stance; "seeks to balance …" is one)
      if (form !== 0 && SEEK_FORMS.has(w) && ctx.low[i + 1] !== 'to' && objectHeadIn(ctx, i + 1, b, SOUGHT_HELP)) continue;
      // ("Hodgson pushed an easy drop goal opportunity wide", "pushed US crude prices to four-month highs", "pushed referee Alan
      // Wiley": a ball, a price or a person moved; "pushed for reform", "pushed Sanders's attack" stay)
      if (form !== 0 && PUSH_FORMS.has(w) && objectHeadIn(ctx, i + 1, b, PUSHED_THINGS)) continue;
      // ("Mr Khodorkovsky … was repeatedly denied bail": a court's refusal, no denial of his)
      if (form !== 0 && DENY_FORMS.has(w) && ctx.low[i + 1] === 'bail') continue;
      // ("The film tells the story of a young mum …": a story told is a plot, no statement)
      if (form !== 0 && TELL.has(w) && objectHeadIn(ctx, i + 1, b, STORIES) && ctx.low.slice(i + 1, i + 5).includes('of')) continue;
      // ("The news calmed worries about …", "eased fears of …": a cue form right after a past verb is its object, a noun)
      if (form !== 0 && i - 1 > a && w.endsWith('s') && !w.endsWith('ss') && !ctx.cap[i - 1] && ctx.cueForm[i - 1] === 0 && ctx.low[i - 1].length > 4 &&
        ctx.low[i - 1].endsWith('ed') && !ctx.vocab.auxiliaries.has(ctx.low[i - 1]) && isWord(ctx, i - 2) && !ctx.cap[i - 2]) continue;
      // ("Anders Frisk, who dismissed Didier Drogba": a player sent off or a person fired; "dismissed the claims" stays)
      // (not the person's words: "dismissed Gordon Brown's Budget")
      if (form !== 0 && DISMISS_FORMS.has(w) && personAt(ctx, i + 1) && !ownerAt(ctx, i + 1, b)) continue;
      // ("Jones adding the conversion", "Mark van Gisbergen added 18 points": a score, not a saying; "Ireland conceded a
      // penalty": a score given away, not an admission)
      // ("England refused a possible three points": a score turned down, no refusal said)
      if (form !== 0 && (ADD_FORMS.has(w) || CONCEDE_FORMS.has(w) || w.startsWith('refus')) && objectHeadIn(ctx, i + 1, b, SCORES)) continue;
      // ("Mercedes' profits compared unfavourably with 2003's figure", "sales of 312,000 compared with 282,000 singles": figures set
      // beside others, no comparison anyone made; "compared the plan to a disaster" is one)
      if (form !== 0 && COMPARE_FORMS.has(w) && (COMPARED_WITH.has(ctx.low[i + 1] ?? '') ||
        ((ctx.low[i + 1] ?? '').endsWith('ly') && COMPARED_WITH.has(ctx.low[i + 2] ?? '')))) continue;
      // ("O'Gara answered with two penalties", "the South Africans replied with a try of their own": a score in reply, nothing said)
      if (form !== 0 && SCORE_REPLY_FORMS.has(w) && ctx.low[i + 1] === 'with' && objectHeadIn(ctx, i + 2, b, SCORES)) continue;
      // ("Bratman proposed to Grammy-winning singer Aguilera": a proposal of marriage to a person, with no "that" said)
      if (form !== 0 && w.startsWith('propos') && ctx.low[i + 1] === 'to' && personProposedTo(ctx, i + 2, b)) continue;
      // ("animal rights advocate Doris Day died", "Consumer advocate Ralph Nader said": a cue form that is a role noun,
      // before a name, is the name's title)
      if ((verbCue || objectCue) && i > a && ctx.cap[i + 1] && !ctx.cap[i] && isWord(ctx, i - 1) && roleWord(ctx, w) &&
        !ctx.vocab.pronouns.has(ctx.low[i - 1]) && !ctx.vocab.auxiliaries.has(ctx.low[i - 1]) && ctx.low[i - 1] !== 'to') continue;
      const passive = (verbCue || objectCue) && ctx.opens.has(i + 1) ? passiveQuotation(ctx, i, a, b, si) : undefined;
      // ("((WN)) What do …", "MS Although we used …": a transcript label opening the sentence)
      const transcript = i === a && ((ctx.surf[i] === '(' && ctx.surf[i + 1] === '(') || INITIALS.test(ctx.surf[i])) ? transcriptFrame(ctx, i, b, si) : undefined;
      let att: Attribution | undefined;
      const citedAs = form !== 0 && CITE_FORMS.has(w) ? quotedAsFrame(ctx, i, a, b, si) : undefined;
      if (passive) att = passive;
      else if (transcript) att = transcript;
      else if (w === 'according' && ctx.low[i + 1] === 'to') att = accordingFrame(ctx, i, a, b, si, 2);
      else if (w === 'as') att = asFrame(ctx, i, a, b, si);
      else if (w === 'with') att = withFrame(ctx, i, a, b, si);
      else if (w === 'quoted' || w === 'quotes') att = quotedAsFrame(ctx, i, a, b, si);
      // ("Antara news agency cited Budi Gunawan, chief of …, as saying …": the same frame, else the cue's own)
      else if (citedAs) att = citedAs;
      else if (w === 'in' && pollCue(ctx, i, b)) att = accordingFrame(ctx, i, a, b, si, 1);
      else if (verbCue || mannerCue(ctx, i, a, b)) {
        att = verbFrame(ctx, i, a, b, si);
        // "described the plan as …", "asked Lee whether …": the object is the content.
        const pastForm = w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w);
        const presentForm = w.endsWith('s') && !w.endsWith('ss');
        // ("announced his candidacy": PolNeAR draws an announcement with its object as an attribution)
        // (any cue with a noun-phrase object but "say": "Lee noted the attacks", "announced his candidacy")
        // ("wondered if the action might force more piracy": the question is the content)
        const question = WONDER_FORMS.has(w) && (ctx.low[i + 1] === 'if' || WH_WORDS.has(ctx.low[i + 1]));
        if (!att && (!ctx.vocab.noObjectCues.has(w) || question) && (!ctx.vocab.bareClauseVerbs.has(w) || ANNOUNCE_FORMS.has(w) || (!OBJECT_SENSE_BARE.has(w) && !SAY_FORMS.has(w) && !SHOW_FORMS.has(w))) && (pastForm || presentForm) && (!ctx.cap[i] || i === a)) att = objectFrame(ctx, i, a, b, si);
        if (!att && objectCue) att = objectFrame(ctx, i, a, b, si);
      } else if (ctx.surf[i] === ':' && i <= a + HEADLINE_NAME_TOKENS) {
        // ("Stated Stone: “…”" is no headline; the colon frame reads it)
        att = headlineFrame(ctx, i, a, b, si) ?? (ctx.opens.has(i + 1) ? colonFrame(ctx, i, a, b, si) : undefined);
      } else if ((ctx.surf[i] === ':' || (ctx.surf[i] === ',' && (ctx.cueForm[a] & CUE_VERB) !== 0 && ctx.cap[a])) && ctx.opens.has(i + 1)) {
        att = colonFrame(ctx, i, a, b, si);
      }
      else if (objectCue) att = objectFrame(ctx, i, a, b, si);
      // "A total of 39 are dead, officials told state media, adding that …", "The comments come after Blair defended
      // the plans, warning that …": a participle cue continues the speaker of the attribution before it in the
      // sentence, not the sentence's first words.
      // (not when its own subject stands in the earlier cue's object: "The documentary showed Mr Nattrass, …, telling …")
      if (prior?.source && att?.source && (att.source[0] !== prior.source[0] || att.source[1] !== prior.source[1]) && !(att.source[0] > prior.cue && att.cue > att.source[1])) {
        att = participleFollow(ctx, i, b, si, prior) ?? att;
      }
      if (!att && prior) att = participleFollow(ctx, i, b, si, prior);
      // "Tory peer Lord Tebbit said …, and said …": the coordinated cue's subject, read short from the same first word,
      // is the earlier cue's whole speaker phrase.
      // (not from a speaker phrase holding a verb, "The chairman attacked Labour's new", nor for a capitalised cue form)
      // (or read long: "The ministry further indicated … and suggested …" — "further" is no part of it)
      if (prior?.source && att?.source && att.source[0] === prior.source[0] && !ctx.cap[i] &&
        (att.source[1] < prior.source[1] || (att.source[1] > prior.source[1] && LEADING_CONJUNCTIONS.has(ctx.low[i - 1]))) &&
        !ctx.low.slice(prior.source[0], prior.source[1]).some((x, n) => x.length > 4 && x.endsWith('ed') && !ctx.cap[prior!.source![0] + n])) {
        att.source = prior.source;
      }
      // ("The last week has shown …", "The game and show were watched …": a lone article speaks for nobody)
      // (nor a clause: "her campaign sent out fund-raising pitches highlighting …", "All ran counter to …")
      if (att?.source && clauseAsSpeaker(ctx, att.source)) att = undefined;
      // ("the screensaver shows the websites …": a thing that shows is no document, poll or speaker)
      // (footage and pictures show what they hold: "his first videos show a starkly different person")
      if (att?.source && (SHOW_FORMS.has(w) || SIGNAL_FORMS.has(w)) && !speakerLike(ctx, att.source[0], att.source[1]) && !RELATIVE_WORDS.has(ctx.low[att.source[0]]) &&
        !ctx.low.slice(att.source[0], att.source[1]).some((x) => SHOWING_MEDIA.has(x))) att = undefined;
      // ("when the referee signals the start of the game": a signal with a plain object is a deed; "signalled their support",
      // "signalled he might back Trump" are stances)
      if (att && SIGNAL_FORMS.has(w) && i + 1 < b && att.parts[0].start === ctx.tokens[i + 1].start && !POSSESSIVES.has(ctx.low[i + 1]) &&
        !holdsClause(ctx, i + 1, b, true)) att = undefined;
      // ("The police were alerted and called to the premises": summoned somewhere, no call made)
      if (att && w === 'called' && ctx.low[i + 1] === 'to' && ctx.vocab.determiners.has(ctx.low[i + 2] ?? '') &&
        (BE.has(ctx.low[i - 1]) || (ctx.low[i - 1] === 'and' && i - 3 >= a && ctx.low[i - 2].endsWith('ed') && BE.has(ctx.low[i - 3])))) att = undefined;
      // ("About 2.9 million people voted in Sunday's election": taking part in a vote, no stance on anything)
      if (att && VOTE_FORMS.has(w) && att.parts.length === 1 && votedIn(ctx, att.parts[0])) att = undefined;
      // ("author of the Analysys report: Pushing Beyond the Limits of 3G": a work's title after its noun and a colon says nothing)
      if (att && ctx.surf[att.cueEnd] === ':' && att.parts.length === 1 && workTitle(ctx, att.parts[0])) att = undefined;
      // (nor a lone preposition: "Despite challenging the trustworthiness of …, Cruz said")
      if (att?.source && att.source[1] - att.source[0] === 1 && (ARTICLES.has(ctx.low[att.source[0]]) || NOT_SUBJECTS.has(ctx.low[att.source[0]]))) att = undefined;
      // (nor a time phrase: "Within hours of his final talks with Mr Thorpe, Sir Edward told …")
      if (att?.source && SETTING_OPENERS.has(ctx.low[att.source[0]]) && !ctx.cap.slice(att.source[0] + 1, att.source[1]).some(Boolean)) att = undefined;
      if (att?.source && att.source[1] <= att.cue && describingParticiple(ctx, att)) att = undefined;
      if (att?.source) att.source = tidySource(ctx, att.source, att.cue);
      if (att?.source && verbCue) att.insertEnd = dashedAppositiveEnd(ctx, att.source, att.cue);
      if (att && translations.length) att = withoutTranslations(ctx.text, att, translations);
      if (att && deed) att.deed = 'open';
      // ("The festival will also see the screening of …", "The deal could see thousands suffering", "Martinez sees off Vinci":
      // what an event brings, not a view; "Ericsson sees earnings improve", "sees Owen as the ideal replacement" stay)
      else if (att && form !== 0 && ((SEE_FORMS.has(w) && !viewSeen(ctx, i, b, att.source)) || dealMade(ctx, i, b))) att.deed = 'covering';
      if (att) candidates.push(att);
      // "As Ruth Marcus puts it, …", "with Lee saying …": the verb of the clause has been read with its speaker.
      if (att && (w === 'as' || w === 'with')) i = att.cueEnd - 1;
      if (att?.source) prior = att;
    }
    // ("Trump congratulated Pelosi, saying, “…”": a person as a cue's object before a participle going on is no statement, the
    // participle's is)
    for (let n = candidates.length - 1; n >= 0; n--) if (bareObjectBeforeParticiple(ctx, candidates[n], candidates)) candidates.splice(n, 1);
    const width = (x: Attribution) => x.parts.reduce((n, p) => n + p.end - p.start, 0);
    // (an attribution without a speaker, "Sales are expected to fall, Fiat said", yields to one with a speaker)
    // (and a transcript's labelled answer comes before a cue inside it: "((Christian Keysers)) I think …, I'd say, 70")
    candidates.sort((x, y) => Number(!x.source) - Number(!y.source) || Number(!x.transcript) - Number(!y.transcript) || width(y) - width(x) || x.cue - y.cue);
    const accepted: Attribution[] = [];
    for (const att of candidates) {
      // (a deed is named for the pronouns after it; an open one takes no words from the sayings around it)
      if (att.deed === 'open') {
        out.push(att);
        continue;
      }
      // A narrower attribution may sit inside a wider one's content ("X said Y, according to the report"), as
      // PolNeAR nests them; otherwise contents must not overlap.
      if (att.parts.some((p) => overlaps(covered, p)) && !accepted.every((outer) => nestedOrApart(ctx, att, outer))) continue;
      if (!accepted.length && att.parts.some((p) => overlaps(covered, p))) continue;
      out.push(att);
      accepted.push(att);
      take(att.parts);
      coveredTo = Math.max(coveredTo, ...att.parts.map((p) => p.end));
      bySentence.set(si, att);
      bySentence.set(sentenceIndexAt(ctx, Math.max(...att.parts.map((p) => p.end)) - 1), att);
    }
  });
  // Follow-on quotations: a sentence that is one quotation, right after a sentence with an attributed quote.
  for (let r = 0; r < ctx.regions.length; r++) {
    const region = ctx.regions[r];
    if (region.continues) continue;
    const chain = regionChain(ctx, r);
    if (chain.parts.some(taken)) continue;
    const si = sentenceIndexAt(ctx, region.open);
    if (si < 0 || ctx.sentences[si].start !== region.open) continue;
    const last = ctx.regions[chain.last];
    const lastSi = sentenceIndexAt(ctx, Math.max(last.close, last.end - 1));
    if (lastSi < 0 || !onlyPunctBetween(ctx, Math.max(last.close + 1, last.end), ctx.sentences[lastSi].end)) continue;
    const parent = bySentence.get(si - 1);
    if (!parent || !parent.source || quotedSubhead(ctx, region)) continue;
    const att: Attribution = { ...parent, parts: chain.parts, direct: true, parent, deed: undefined };
    out.push(att);
    take(chain.parts);
    bySentence.set(lastSi, att);
    r = chain.last;
  }
  return out.sort((x, y) => x.parts[0].start - y.parts[0].start);
}

/** Most words of a section heading set in quotation marks. */
const MAX_SUBHEAD_WORDS = 8;

/** `'All Bets Are Off.'` on a line of its own: a section heading quoting the section, in title case, not a quotation
 *  going on from the paragraph before. */
function quotedSubhead(ctx: QuoteContext, region: QuoteRegion): boolean {
  if (region.close < 0 || !opensParagraph(ctx.text, region.open)) return false;
  const after = ctx.text.indexOf('\n', region.close);
  if (!onlyPunctBetween(ctx, region.close + 1, after < 0 ? ctx.text.length : after)) return false;
  const words = ctx.text.slice(region.start, region.end).match(/[\p{L}'’]+/gu) ?? [];
  return words.length > 0 && words.length <= MAX_SUBHEAD_WORDS && words.every((x) => x.length < 4 || /^\p{Lu}/u.test(x));
}

/** Occasions of a statement that an opener names before its speaker ("In a Bloomberg interview Trump declared"). */
const OCCASION_NOUNS = new Set(['interview', 'speech', 'statement', 'briefing', 'address', 'appearance', 'debate', 'podcast', 'column',
  'op-ed', 'letter', 'post', 'tweet', 'video', 'broadcast', 'rally', 'hearing']);

/** Titles that open a person's name and nothing else ("Mr Kennedy", "Lord Butler"). */
const PERSONAL_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'dame']);

/** Prepositions before a gerund cue that a speaker phrase never ends with ("…, despite admitting"). */
const SPEAKER_END_PREPOSITIONS = new Set(['despite', 'without', 'by', 'after', 'before', 'while', 'upon']);
/** Adverbs before a cue that a speaker phrase never ends with ("almost universally expressed"). */
const CUE_ADVERBS = new Set(['almost', 'nearly', 'also', 'still', 'repeatedly', 'reportedly', 'allegedly', 'apparently', 'previously',
  'recently', 'initially', 'subsequently', 'immediately', 'already', 'again', 'generally', 'largely', 'mostly', 'widely', 'universally',
  'unanimously', 'publicly', 'privately', 'openly', 'explicitly', 'flatly', 'firmly', 'strongly']);

/** Subordinators that open only a clause (not "as", also a preposition: "reports Mr Schoen filed as a registered lobbyist"). */
const SPAN_SUBORDINATORS = new Set(['when', 'after', 'before', 'because', 'while', 'since', 'until', 'once', 'although', 'though', 'unless', 'whereas']);

/** A speaker span without a leading subordinator ("until Haley said" → "Haley"), a trailing relative pronoun with no
 *  clause ("said a Republican, who, like all respondents, …" → "a Republican") or a trailing day ("Lee (R-Iowa) on Wednesday"). */
/** Most words naming a body's kind before its name ("Aberdeen-based oil and gas consultancy"). */
const MAX_KIND_WORDS = 6;
const BODY_NAME_LEADS = new Set(['the', 'of', 'for', 'at', 'in', 'from', 'with']);

/**
 * Where a speaker span's appositive ends when a clause about the body or place it names follows: "Michael Mulgrew,
 * president of the United Federation of Teachers, which represents …", "Scott Pruitt, the attorney general of Oklahoma,
 * one of the states suing …" describe the body, not the speaker; PolNeAR's sources end before them. Else `e`.
 */
function bodyClauseComma(ctx: QuoteContext, s: number, e: number): number {
  let named = false;
  for (let k = s + 1; k < e - 1; k++) {
    if (ctx.surf[k] !== ',') continue;
    if (named && ctx.cap[k - 1] && bodyNameEndsAt(ctx, s, k) && clauseAboutThing(ctx, k + 1)) return k;
    named = true;
  }
  return e;
}

/** Whether a capitalised name that ends at token `k` opens after "the" or a preposition ("… of the United Federation of Teachers"). */
function bodyNameEndsAt(ctx: QuoteContext, s: number, k: number): boolean {
  let h = k - 1;
  while (h > s && (ctx.cap[h] || ((ctx.low[h] === 'of' || ctx.low[h] === 'and' || ctx.low[h] === '&') && ctx.cap[h - 1] && ctx.cap[h + 1]))) h--;
  if (h === k - 1) return false;
  // ("of Aberdeen-based oil and gas consultancy Blackwatch Petroleum Services": what kind of body, then its name)
  if (BODY_KINDS_BEFORE.has(ctx.low[h])) {
    const kind = h;
    while (h > s && kind - h < MAX_KIND_WORDS && isWord(ctx, h) && !BODY_NAME_LEADS.has(ctx.low[h])) h--;
  }
  return h > s && BODY_NAME_LEADS.has(ctx.low[h]);
}

/** Whether the tokens from `k` open a clause about a thing: "which …", "one of the states …". (An appositive naming a
 *  kind, "a San Francisco company", "an E.U. institution whose …", stays: PolNeAR's annotators mostly kept it.) */
function clauseAboutThing(ctx: QuoteContext, k: number): boolean {
  return ctx.low[k] === 'which' || (ctx.low[k] === 'one' && ctx.low[k + 1] === 'of');
}

/** Things said, which a participle after them describes rather than has them speak ("the comment reported in The Atlantic"). */
const SAID_THINGS = new Set(['comment', 'comments', 'remark', 'remarks', 'claim', 'claims', 'allegation', 'allegations', 'words', 'quote', 'quotes',
  'quotation', 'quotations', 'accusation', 'accusations']);
/** What follows "by" after a cue that says how or when, not who ("predicted by 2006", "reported by phone"). */
const BY_MEANS = new Set(['phone', 'telephone', 'email', 'e-mail', 'letter', 'text', 'video', 'videolink', 'satellite', 'fax', 'mail', 'post', 'radio',
  'end', 'time', 'then', 'now', 'far', 'way', 'contrast', 'comparison', 'law', 'tradition']);

/**
 * Whether the cue after the speaker phrase is a participle describing it, no verb of its: with its agent ("Solutions
 * suggested by conservationists include …", "it voted by the general public"), or after a thing said ("the alleged comment
 * reported in The Atlantic, Trump brought up …"). "by" saying how or when stays: "It predicted by 2006 …", "said by phone".
 */
function describingParticiple(ctx: QuoteContext, att: Attribution): boolean {
  const cue = att.cue;
  const w = ctx.low[cue];
  if (att.cueEnd !== cue + 1 || !(w.endsWith('ed') || IRREGULAR_PAST.has(w)) || ctx.vocab.auxiliaries.has(ctx.low[cue - 1])) return false;
  const next = ctx.low[cue + 1];
  const [s, e] = att.source!;
  if (e - s === 1 && ctx.vocab.pronouns.has(ctx.low[s])) return false; // ("He said by the time …")
  if (SAID_THINGS.has(ctx.low[e - 1]) && !ctx.cap[e - 1] && ADJUNCT_PREPOSITIONS.has(next)) return true;
  if (next !== 'by' || cue + 2 >= ctx.tokens.length || !isWord(ctx, cue + 2)) return false;
  // ("the general public", "conservationists", "Reuters": a body or people; not a time, a number, a gerund or a means)
  const agent = ctx.low[cue + 2] === 'the' ? cue + 3 : cue + 2;
  const word = ctx.low[agent] ?? '';
  return isWord(ctx, agent) && !/\d/.test(word) && !word.endsWith('ing') && !ctx.vocab.timeWords.has(word) && !BY_MEANS.has(word) && !WEEKDAYS.has(word);
}

function tidySource(ctx: QuoteContext, source: [number, number], cue: number): [number, number] {
  let [s, e] = source;
  if (e - s > 1 && SUBORDINATE.has(ctx.low[s]) && !ctx.vocab.pronouns.has(ctx.low[s])) {
    s++;
    // ("Until December Microsoft said": the time word belongs to the subordinate phrase)
    if (e - s > 1 && ctx.vocab.timeWords.has(ctx.low[s]) && ctx.cap[s + 1]) s++;
  }
  // ("the stadium erupted in celebration when Mirza thought …": a main clause before a subordinator inside the span; not in a
  // relative clause, "The man who ran when police arrived said")
  for (let k = e - 2; k > s + 1; k--) {
    if (!SPAN_SUBORDINATORS.has(ctx.low[k]) || ctx.cap[k] || !isBareSubject(ctx, k + 1, e)) continue;
    const before = ctx.low.slice(s, k);
    if (before.some((x) => RELATIVE_WORDS.has(x) || x === 'whose' || x === 'whom' || x === ',')) break;
    if (before.some((x, n) => n > 0 && !ctx.cap[s + n] && (ctx.vocab.finiteVerbs.has(x) || (x.length > 4 && x.endsWith('ed'))))) s = k + 1;
    break;
  }
  if (e - s > 1 && LEADING_CONJUNCTIONS.has(ctx.low[e - 1])) e--; // "said Mr Lee and that it …"
  // ("House Speaker Paul Ryan, R-Wis., despite admitting …", "World leaders and diplomats almost universally expressed …": the
  // preposition of a gerund or an adverb of the cue ends no speaker)
  // (only before the cue, and not ending an insert: "Tait, who has burst into contention recently, said", "said Tait, who has
  // burst into contention recently.")
  while (e <= cue && e - s > 1 && !ctx.cap[e - 1] && ctx.surf[e] !== ',' &&
    (SPEAKER_END_PREPOSITIONS.has(ctx.low[e - 1]) || CUE_ADVERBS.has(ctx.low[e - 1]))) e--;
  if (e - s > 1 && isDash(ctx, e - 1)) e--; // ("Dr Paniccia - and colleagues … - show": the closing dash of an insert)
  e = bodyClauseComma(ctx, s, e);
  if (e - s > 2 && (ctx.low[e - 1] === 'who' || ctx.low[e - 1] === 'which') && ctx.surf[e - 2] === ',') e -= 2;
  if (e - s > 2 && ctx.low[e - 2] === 'on' && ctx.cap[e - 1] && ctx.vocab.timeWords.has(ctx.low[e - 1]) && !ctx.surf.slice(s, e).includes(',') &&
    !reducedRelativeVerb(ctx, e - 3)) e -= 2;
  if (e - s > 3 && ctx.low[e - 3] === 'at' && ctx.low[e - 2] === 'the' && ctx.low[e - 1] === 'time') e -= 3; // "polls at the time"
  // ("In a Bloomberg interview Trump declared": the opener's document, with no comma, then the name that speaks)
  if (s > 0 && ADJUNCT_PREPOSITIONS.has(ctx.low[s - 1]) && ctx.vocab.determiners.has(ctx.low[s])) {
    for (let h = s + 1; h < e - 1; h++) {
      if ((!ctx.vocab.reportNouns.has(ctx.low[h]) && !OCCASION_NOUNS.has(ctx.low[h])) || ctx.cap[h]) continue;
      if (ctx.cap.slice(h + 1, e).every(Boolean) && !ctx.vocab.timeWords.has(ctx.low[h + 1])) s = h + 1;
      break;
    }
  }
  // "Speaking in Harrogate Mr Kennedy said", "Asked about Mr Smith's position Mr Johnson told": a title after the
  // object of a preposition, or after an owner's thing, opens the speaker's name.
  const afterPreposition = s > 0 && ADJUNCT_PREPOSITIONS.has(ctx.low[s - 1]);
  for (let h = e - 2; h > s; h--) {
    if (!PERSONAL_TITLES.has(ctx.low[h]) || !ctx.cap[h + 1]) continue;
    const before = ctx.low.slice(s, h);
    // (no comma between: "…, lawyer Louise Christian, who represents Mr Mubanga"; no role after the owner: "Lib Dem's
    // elections chief Lord Rennard")
    const owner = before.findIndex((x) => x === '’s' || x === "'s");
    const ownedThing = owner >= 0 && owner + 1 < before.length && !ctx.cap[s + owner + 1] && !before.includes(',') &&
      !before.slice(owner + 1).some((x) => ctx.vocab.roleWords.has(x) || ctx.vocab.genderedRoles.has(x));
    const placeOnly = afterPreposition && ctx.cap.slice(s, h).every(Boolean) && !before.some((x) => ctx.vocab.roleWords.has(x));
    if (ownedThing || placeOnly) s = h;
    break;
  }
  return s === source[0] && e === source[1] ? source : [s, e];
}

function sentenceIndexAt(ctx: QuoteContext, offset: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Entity mention (index) of one of `labels` inside [start, end) — and overlapping `over` when given —, last one wins. */
function mentionIn(ctx: QuoteContext, start: number, end: number, labels: string[], over?: Span): number {
  const list = ctx.entities;
  if (!list) return -1;
  let found = -1;
  for (let m = 0; m < list.length; m++) {
    const e = list[m];
    if (e.start < start || e.end > end || !labels.includes(e.label)) continue;
    if (!over || (e.start < over.end && over.start < e.end)) found = m;
  }
  return found;
}

/** Most words between a document's noun and the "by" before its author ("a report on Wednesday by UpGuard"). */
const MAX_DOCUMENT_AUTHOR_GAP = 4;

/** The organisation mention after "by" that closes the speaker phrase [a, e) opening with a document's noun or with one after
 *  its article ("Data gathered by Netcraft", "a report on Wednesday by UpGuard"), if any. */
function documentAuthorIn(ctx: QuoteContext, a: number, e: number): number {
  const noun = ctx.vocab.determiners.has(ctx.low[a]) ? a + 1 : a;
  if (!ctx.vocab.reportNouns.has(ctx.low[noun])) return -1;
  for (let k = noun + 1; k < e && k - noun <= MAX_DOCUMENT_AUTHOR_GAP + 1; k++) {
    if (ctx.low[k] !== 'by') continue;
    const m = (ctx.entities ?? []).findIndex((x) => x.label === 'ORG' && x.start === ctx.tokens[k + 1]?.start);
    if (m < 0 || ctx.entities![m].end > ctx.tokens[e - 1].end) return -1;
    // (the whole name: not "Continental" of "Continental Research")
    const after = firstTokenFrom(ctx, ctx.entities![m].end);
    return after < e && ctx.cap[after] && isWord(ctx, after) ? -1 : m;
  }
  return -1;
}

/** Whether two entity mentions of `labels` inside [start, end) are joined by "and" ("Vindman and Williams"; not "Ernst
 *  and Young's Sanjay Mehta", whose last person is not joined to another). */
function coordinatedMentions(ctx: QuoteContext, start: number, end: number, labels: string[]): boolean {
  const inside = (ctx.entities ?? []).filter((e) => e.start >= start && e.end <= end && labels.includes(e.label));
  const last = inside.at(-1);
  if (!last) return false;
  // (a title of the second before it too: "Culture Secretary Tessa Jowell and Deputy Prime Minister John Prescott")
  return inside.some((e) => e !== last && COORDINATED_TITLE.test(ctx.text.slice(e.end, last.start)));
}

/** "and", then up to four capitalised words of a title (or "former"), between two mentions. */
const COORDINATED_TITLE = /^\s*(?:,\s*)?(?:and|&)\s+(?:(?:\p{Lu}[\p{L}.'’-]*|former)\s+){0,4}$/u;

/** The mention spanning exactly `span` whatever its label, when the resolver linked it to a person whose fuller name
 *  ends with it (a surname), else -1. */
function personLinkedAt(ctx: QuoteContext, span: Span): number {
  const m = (ctx.entities ?? []).findIndex((e) => e.start === span.start && e.end === span.end);
  const actor = actorOf(ctx, m);
  return actor?.kind === 'person' && actor.name.endsWith(` ${ctx.text.slice(span.start, span.end)}`) ? m : -1;
}

/** The latest organisation mention before `before` of two words or more that ends with the one-word `name` ("New York Post"
 *  for "the Post"), else -1. */
function fullerOrganisationBefore(ctx: QuoteContext, name: string, before: number): number {
  const entities = ctx.entities ?? [];
  let found = -1;
  for (let k = 0; k < entities.length && entities[k].start < before; k++) {
    const m = entities[k];
    if (m.label !== 'ORG' || m.end > before) continue;
    const text = ctx.text.slice(m.start, m.end);
    if (/\s/.test(text) && text.endsWith(` ${name}`)) found = k;
  }
  return found;
}

/** Nations of the United Kingdom, whose adjectives name their own governments, teams and papers. */
const UK_NATIONS = new Set(['welsh', 'scottish', 'scots', 'scot', 'scotsman', 'scotswoman', 'english', 'englishman', 'englishwoman', 'welshman',
  'welshwoman']);

/** The state a nationality the entity layer linked to its country stands for ("Greek prime minister" → Greece), with the
 *  state's actor id when the article's actors hold it (it names the country too), else undefined. */
function stateOfNationality(ctx: QuoteContext, name: string): { name: string; actorId?: string } | undefined {
  // (a nation of the United Kingdom names its own government, team or paper: "Welsh Health Minister", "Scotsman political editor")
  if (UK_NATIONS.has(name.toLowerCase())) return undefined;
  const entities = ctx.entities ?? [];
  for (const link of ctx.resolution?.links ?? []) {
    const m = entities[link.mention];
    if (!link.placeId || m?.origin !== 'demonym' || ctx.text.slice(m.start, m.end) !== name) continue;
    const place = ctx.resolution!.places.find((p) => p.id === link.placeId);
    if (place?.kind !== 'country') return undefined;
    const state = ctx.resolution!.actors.find((a) => a.id === `state:${place.countryCode}`);
    return state ? { name: state.name, actorId: state.id } : { name: place.name };
  }
  return undefined;
}

/** The last person mention of two or more words before offset `before` whose first word is `first`, or -1. */
function fullNameByFirstBefore(ctx: QuoteContext, first: string, before: number): number {
  const entities = ctx.entities ?? [];
  for (let k = entities.length - 1; k >= 0; k--) {
    const m = entities[k];
    if (m.start >= before || m.label !== 'PER') continue;
    const words = ctx.text.slice(m.start, m.end).split(/\s+/);
    if (words.length >= 2 && words[0] === first) return k;
  }
  return -1;
}

/** The one person mention (the entity layer's, index) of two words or more before offset `before` whose last word is
 *  `surname`, not after an honorific; -1 when there is none or several people have it ("Alexis Tipton" for "Tipton"). */
function fullNameBySurnameBefore(ctx: QuoteContext, surname: string, before: number): number {
  const entities = ctx.entities ?? [];
  let found = -1;
  let name = '';
  for (let k = 0; k < entities.length && entities[k].start < before; k++) {
    const m = entities[k];
    if (m.label !== 'PER') continue;
    const words = ctx.text.slice(m.start, m.end).split(/\s+/);
    if (words.length < 2 || words.at(-1) !== surname || ctx.vocab.honorifics.has(words[0].toLowerCase().replace(/\.$/, ''))) continue;
    const full = words.join(' ');
    if (found >= 0 && full !== name) return -1;
    found = k;
    name = full;
  }
  return found;
}

const INITIALS = /^\p{Lu}{2,4}$/u;
/** Per document: initials → the one person the entity layer names with them ('' when several share them). */
const peopleByInitials = new WeakMap<QuoteContext, Map<string, { name: string; actorId?: string }>>();

/** The person the entity layer names with the initials `label` ("WSS" → William S. Saturn), when exactly one is. */
function personWithInitials(ctx: QuoteContext, label: string): { name: string; actorId?: string } | undefined {
  if (!INITIALS.test(label)) return undefined;
  let people = peopleByInitials.get(ctx);
  if (!people) {
    people = new Map();
    for (const [n, m] of (ctx.entities ?? []).entries()) {
      if (m.label !== 'PER') continue;
      const name = ctx.text.slice(m.start, m.end);
      const words = name.split(/\s+/).filter((w) => !ctx.vocab.honorifics.has(w.toLowerCase().replace(/\.$/, '')));
      const initials = words.map((w) => w.charAt(0)).join('');
      if (words.length < 2 || !INITIALS.test(initials)) continue;
      const actor = actorOf(ctx, n);
      const person = { name: actor?.name ?? name, actorId: actor?.id };
      const known = people.get(initials);
      people.set(initials, known && known.name !== person.name ? { name: '' } : known ?? person);
    }
    peopleByInitials.set(ctx, people);
  }
  const found = people.get(label);
  return found?.name ? found : undefined;
}

/** "MS Although we used …" inside a transcript: a paragraph opening with the initials of a person the article names,
 *  then an optional colon and a capitalised word, labels that person's answer. Returns the token after the label
 *  (after the colon), or -1. */
function initialsLabelEnd(ctx: QuoteContext, i: number, b: number): number {
  if (i + 1 >= b || !INITIALS.test(ctx.surf[i]) || !paragraphOpensAt(ctx, i)) return -1;
  const next = ctx.surf[i + 1] === ':' ? i + 2 : i + 1;
  if (next >= b || !ctx.cap[next] || !isWord(ctx, next) || !ctx.text.includes('((')) return -1;
  return personWithInitials(ctx, ctx.surf[i]) ? next : -1;
}

function paragraphOpensAt(ctx: QuoteContext, i: number): boolean {
  const start = ctx.tokens[i].start;
  const lineStart = ctx.text.lastIndexOf('\n', start - 1) + 1;
  return start === 0 || (lineStart > 0 && /^[ \t]*$/.test(ctx.text.slice(lineStart, start)));
}

/** Longest noun phrase before the comma of an appositive subject ("Tom Ellis, the council leader, called …"), in tokens. */
const MAX_APPOSITIVE_HEAD_TOKENS = 8;

/** Longest speaker name inside a transcript label ("((Christian Keysers))"), in tokens. */
const MAX_LABEL_TOKENS = 6;
/** A paragraph that may open with a transcript label: "((…))" or initials ("MS Although …", "NG: This …"). */
const NEXT_LABEL = /\n[ \t]*(?:\(\(|(\p{Lu}{2,4}):?[ \t]+\p{Lu})/gu;

/** The start of the first paragraph after `from` that opens with a transcript label, or -1. */
function nextLabelStart(ctx: QuoteContext, from: number): number {
  NEXT_LABEL.lastIndex = from;
  for (let m = NEXT_LABEL.exec(ctx.text); m; m = NEXT_LABEL.exec(ctx.text)) {
    if (!m[1] || personWithInitials(ctx, m[1])) return m.index;
  }
  return -1;
}

/**
 * `((Christian Keysers)) Yeah, so …` — Wikinews interview transcripts name the speaker of each paragraph in double
 * parentheses ("((WN))" is the interviewer, Wikinews); the speaker's words run over the paragraphs up to the next
 * label (after the last label, to the end of its own paragraph).
 */
function transcriptFrame(ctx: QuoteContext, i: number, b: number, si: number): Attribution | undefined {
  if (ctx.surf[i] !== '(') {
    const after = initialsLabelEnd(ctx, i, b);
    return after < 0 ? undefined : transcriptAnswer(ctx, [i, i + 1], after > i + 1 ? [i + 1, after] : [i, i + 1], after, si);
  }
  let k = i + 2;
  while (k < b && k - i - 2 < MAX_LABEL_TOKENS && isWord(ctx, k) && ctx.cap[k]) k++;
  if (k === i + 2 || k + 1 >= b || ctx.surf[k] !== ')' || ctx.surf[k + 1] !== ')' || k + 2 >= ctx.tokens.length) return undefined;
  // ("((WSS)) : Which past …": a colon after the label is no part of what was said)
  const colon = ctx.surf[k + 2] === ':' && k + 3 < ctx.tokens.length ? 1 : 0;
  return transcriptAnswer(ctx, [i + 2, k], [k, k + 2], k + 2 + colon, si);
}

/** The labelled speaker's words from token `from` to the end of its paragraph, and the unlabelled paragraphs after it up
 *  to the next label (after the last label, its own paragraph only: the interview may be over). */
function transcriptAnswer(ctx: QuoteContext, label: [number, number], cue: [number, number], from: number, si: number): Attribution | undefined {
  const start = ctx.tokens[from].start;
  // ("((Wayne Tseng)) \n\n((WN)) …": a label with nothing after it on its line answered nothing)
  if (ctx.text.slice(ctx.tokens[from - 1].end, start).includes('\n')) return undefined;
  const lineEnd = ctx.text.indexOf('\n', start);
  const first = untranslated(ctx.text, trimSpan(ctx.text, start, lineEnd < 0 ? ctx.text.length : lineEnd));
  if (first.end <= first.start) return undefined;
  // ("((WN)) [Nods].": a note of what was done, nothing said)
  if (STAGE_DIRECTION.test(ctx.text.slice(first.start, first.end))) return undefined;
  const parts = [first];
  // (an interviewer's question, under initials or the outlet's label, is its own paragraph: "((WSS)) In what states …?" and
  // then the article's own words, where the answers were left out)
  const initials = label[1] - label[0] === 1 && INITIALS.test(ctx.surf[label[0]]);
  const question = initials && /\?["”’]?$/.test(ctx.text.slice(first.start, first.end));
  const next = lineEnd < 0 || question ? -1 : nextLabelStart(ctx, lineEnd);
  if (next >= 0) {
    for (const paragraph of ctx.text.slice(lineEnd, next).matchAll(/[^\n]+/g)) {
      const span = untranslated(ctx.text, trimSpan(ctx.text, lineEnd + paragraph.index!, lineEnd + paragraph.index! + paragraph[0].length));
      if (span.end > span.start) parts.push(span);
    }
  }
  return { cue: cue[0], cueEnd: cue[1], sentence: si, source: label, parts, direct: true, transcript: true };
}

/** A transcript line that only notes in brackets what someone did ("[Nods].", "[Laughs]"). */
const STAGE_DIRECTION = /^\[[^\]]*\][.!]?$/;

/** A language marker ("((hi))Hindi language: …"): what follows it is the words in the language they were said in. */
const TRANSLATION_MARKER = /\(\(\p{Ll}{2,3}\)\)/u;

/** Letters of scripts other than Latin ("नमस्ते", "전화기"): in a Wikinews line, the original words run to the last of them. */
const NON_LATIN_LETTERS = /(?:[^\p{Script=Latin}\P{L}][\p{M}\u0964\u0965]*)+/gu;

/** From each language marker to the last non-Latin word on its line, or for a language in Latin script to the end of
 *  its first clause: the original-language words of a transcript or quotation (the English text may go on after them on
 *  the same line). */
function translatedSpans(ctx: QuoteContext): Span[] {
  const text = ctx.text;
  if (!text.includes('((')) return [];
  const out: Span[] = [];
  for (const m of text.matchAll(new RegExp(TRANSLATION_MARKER.source, 'gu'))) {
    const lineEnd = text.indexOf('\n', m.index!);
    const line = text.slice(m.index!, lineEnd < 0 ? text.length : lineEnd);
    let end = -1;
    for (const w of line.matchAll(NON_LATIN_LETTERS)) end = m.index! + w.index! + w[0].length;
    if (end < 0) {
      // ("((es))Spanish language: hay muchos abortos pese a la amenaza penal, President Fernández elaborated": a Latin
      // script gives no sign where the words end; the first clause is taken)
      const label = /^\(\(\p{Ll}{2,3}\)\)[^:\n]{0,40}:\s*/u.exec(line)?.[0].length ?? m[0].length;
      const stop = /[,.;:!?]/.exec(line.slice(label));
      end = m.index! + (stop ? label + stop.index : line.length);
    }
    out.push({ start: m.index!, end });
  }
  return out;
}

function inside(spans: readonly Span[], offset: number): boolean {
  return spans.some((t) => t.start <= offset && offset < t.end);
}

/** The attribution with each part starting after any original-language words it opens with ("((ko))Korean language: …
 *  Park's phone was last active …, The Korea Herald reported"), or undefined when nothing English is left. */
function withoutTranslations(text: string, att: Attribution, translations: readonly Span[]): Attribution | undefined {
  const opensInside = (p: Span) => translations.some((x) => x.start <= p.start && p.start < x.end);
  if (!att.parts.some(opensInside)) return att;
  // (a part that opened inside them is the tail of their sentence — "…।  Earlier this month, Chakrapani told ThePrint,
  // “…”" — and goes when another part says what was said)
  const kept = att.parts.filter((p) => !opensInside(p));
  if (kept.length) return { ...att, parts: kept };
  const parts = att.parts.map((p) => trimSpan(text, translations.find((x) => x.start <= p.start && p.start < x.end)!.end, p.end)).filter((p) => p.end > p.start);
  return parts.length ? { ...att, parts } : undefined;
}

/** The span up to a language marker inside it: the English words of a transcript, not their original after it. */
function untranslated(text: string, span: Span): Span {
  const at = TRANSLATION_MARKER.exec(text.slice(span.start, span.end));
  return at ? trimSpan(text, span.start, span.start + at.index) : span;
}

/** Plurals without an "-s" that take a base-form verb ("people say"). */
const PLURALS_WITHOUT_S = new Set(['people', 'police', 'men', 'women', 'children', 'staff', 'media', 'public', 'folk', 'clergy', 'youth',
  'majority', 'minority', 'personnel', 'military']);

/** Whether token `k` may stand before a base-form verb: a plural (or first/second person) subject, or an auxiliary. */
function pluralSubjectWord(ctx: QuoteContext, k: number): boolean {
  const w = ctx.low[k];
  // (a modal or auxiliary stands between a subject and its verb: "what most would agree was")
  return (w.endsWith('s') && !w.endsWith('ss')) || PLURALS_WITHOUT_S.has(w) || ctx.vocab.pronouns.has(w) || isQuantifierSubject(ctx, k) ||
    ctx.tokens[k].kind === 'number' || ctx.vocab.auxiliaries.has(w) || ctx.vocab.finiteVerbs.has(w) || w === 'to';
}

/** Verbs after which a base cue form is the noun that is their subject ("domestic demand seems …"). */
const NOUN_VERBS = new Set(['seems', 'seemed', 'remains', 'remained', 'stayed', 'rose', 'fell', 'grew', 'will', 'would', 'has', 'had', 'could', 'may', 'might']);
/** Base cue forms that are mostly nouns in news ("the extra demand", "the awards show", "a report"). */
const NOUN_LIKE_CUES = new Set(['demand', 'show', 'report', 'note', 'estimate', 'forecast']);

/** Whether the determiner nearest before cue `i` follows a preposition, so it opens the object of a subject's
 *  prepositional phrase ("The minutes of the meeting show how …"), not the cue's own noun phrase. */
function determinerAfterLink(ctx: QuoteContext, i: number, a: number): boolean {
  for (let k = i - 1; k > a && i - k <= MAX_NOUN_MODIFIERS + 1; k--) {
    if (ctx.vocab.determiners.has(ctx.low[k]) || POSSESSIVES.has(ctx.low[k])) return ctx.vocab.nounPhraseLinks.has(ctx.low[k - 1]) || OBJECT_LINKS.has(ctx.low[k - 1]);
  }
  return false;
}
/** Cue forms that are nouns before the preposition given ("demand for", "hopes of"). */
const NOUN_BEFORE = new Map([['demand', 'for'], ['demands', 'for'], ['hopes', 'of'], ['hope', 'of'], ['fears', 'of'], ['fear', 'of']]);

/** Words before "states" that make it the noun ("EU member states", "swing states"). */
const STATE_MODIFIERS = new Set(['member', 'nation', 'city', 'island', 'rogue', 'neighbouring', 'neighboring', 'swing', 'battleground', 'gulf',
  'baltic', 'arab', 'border', 'southern', 'northern', 'western', 'eastern', 'coastal', 'frontline', 'failed', 'sovereign', 'constituent']);

/** Whether the cue form at `i` is a noun, part of a name or no statement here. */
function nounOrName(ctx: QuoteContext, i: number, a: number, b: number): boolean {
  const w = ctx.low[i];
  if (w === 'states' && i > a && STATE_MODIFIERS.has(ctx.low[i - 1])) return true;
  // ("contests in smaller, whiter states.", "in more diverse states, …": after a lower-case modifier and before the clause's
  // end, or after a comparative, the plural of "state")
  // (not a noun's own verb after its determiner: "“…,” the lawsuit states.")
  if (w === 'states' && i > a && !ctx.cap[i - 1] && isWord(ctx, i - 1) && !ctx.vocab.pronouns.has(ctx.low[i - 1]) &&
    !(i - 2 >= a && (ctx.vocab.determiners.has(ctx.low[i - 2]) || POSSESSIVES.has(ctx.low[i - 2]))) &&
    (i + 1 >= b || END_PUNCT.has(ctx.surf[i + 1]) || ctx.surf[i + 1] === ',' || (/(?:er|est)$/.test(ctx.low[i - 1]) && !roleWord(ctx, ctx.low[i - 1])))) return true;
  if (ctx.vocab.compoundNouns.has(`${w} ${ctx.low[i + 1]}`)) return true; // "think tank", "Secretary of State" stays a noun
  if (i > a && ctx.vocab.compoundNouns.has(`${ctx.low[i - 1]} ${w}`)) return true; // ("his last roll call vote")
  // "OZ’S BOSS THINKS HE’S …": a cue form inside a line in capitals is a headline word.
  if (i > a && allCaps(ctx.surf[i]) && allCaps(ctx.surf[i - 1]) && w.length > 1) return true;
  // "an analyst at the Cook Report.": a capitalised cue form ending a name is part of that name.
  // ("Trump Could Address Clean Energy, Lindsey Graham Says.": a title-case headline's closing speaker keeps its cue)
  if (ctx.cap[i] && i > a && ctx.cap[i - 1] && (i + 1 >= b || !isWord(ctx, i + 1)) && !titleCaseClosingCue(ctx, i, a, b)) return true;
  // "the Consumer Electronics Show in Las Vegas": inside running text (a lower-case word after it) the same.
  if (ctx.cap[i] && i > a && ctx.cap[i - 1] && isWord(ctx, i - 1) && i + 1 < b && isWord(ctx, i + 1) && !ctx.cap[i + 1]) return true;
  // "owner of Mahala View Lion Lodge near Pretoria": between two capitalised words of running text, the same.
  if (ctx.cap[i] && i > a && ctx.cap[i - 1] && isWord(ctx, i - 1) && i + 1 < b && ctx.cap[i + 1] && isWord(ctx, i + 1) && !titleCase(ctx, a, b)) return true;
  // Title-case lines: "New Safety Recommendations Issued After Deadly Flight" (a participle before a preposition is
  // passive), "Life Support Restraining Order Extended" (a base form after a singular noun is a noun); "Salma Hayek
  // Described Her Experience", "Survivors Explain Why …", "I Believe …" stay.
  if (ctx.cap[i] && i > a && titleCase(ctx, a, b) && titleCaseNoun(ctx, i, b)) return true;
  // Headline lines in sentence case drop their auxiliaries and articles: "MPs issued with Blackberry threat", "Barcelona
  // title hopes hit by loss", "Research fears over Kelly's views" read the cue form as a passive or a noun.
  if (!ctx.cap[i] && i > a && headlineLine(ctx, a, b) && headlineNoun(ctx, i, b)) return true;
  // ("surpasses one million confirmed infections", "500 reported cases": a participle between a number and a plural noun
  // is an adjective)
  if (i > a && w.endsWith('ed') && (ctx.tokens[i - 1].kind === 'number' || NUMBER_WORDS.has(ctx.low[i - 1])) && i + 1 < b &&
    !ctx.cap[i + 1] && isWord(ctx, i + 1) && ctx.low[i + 1].endsWith('s') && ctx.cueForm[i + 1] === 0) return true;
  // ("Other American shows which won praise were …": a plural before a relative "which" and its past verb is a noun)
  if (i > a && w.endsWith('s') && !w.endsWith('ss') && !ctx.cap[i] && ctx.low[i + 1] === 'which' && i + 2 < b &&
    (IRREGULAR_PAST.has(ctx.low[i + 2]) || ctx.low[i + 2] === 'won' || (ctx.low[i + 2].endsWith('ed') && ctx.cueForm[i + 2] === 0))) return true;
  // "the Tory plans for asylum quotas": a plural cue form after a determiner and modifiers, before a preposition.
  if (pluralNounBeforePreposition(ctx, i, a, b)) return true;
  // ("Early estimates from the World Bank put …", "Strong demand from China has …": a cue form after a sentence-opening
  // adjective and before "from" is a noun)
  if (i - 1 === a && i + 1 < b && ctx.low[i + 1] === 'from' && ctx.cap[a] && !ctx.cap[i] && OPENING_ADJECTIVES.has(ctx.low[a])) return true;
  // "a David Attenborough show", "an all-out push": a base form after an indefinite article and modifiers is a noun.
  // (a base form is one whose "-s" form is a cue too: "show", "call"; not "found")
  // ("A mere 9 percent say": a number between heads a quantity)
  const afterArticle = (INDEFINITE.has(ctx.low[i - 2] ?? '') || INDEFINITE.has(ctx.low[i - 3] ?? '') || INDEFINITE.has(ctx.low[i - 4] ?? '')) &&
    !QUANTITY_NOUNS.has(ctx.low[i - 1]) && ctx.tokens[i - 2]?.kind !== 'number';
  if (afterArticle && (ctx.vocab.cueForms.get(`${w}s`) !== 0 || ctx.vocab.cueForms.get(`${w}es`) !== 0) && nounAfterModifiers(ctx, i, a)) return true;
  // ("domestic demand is set to …": a base form with "is" after it and no plural subject before it is a noun; "a plan
  // critics say is flawed", "which most agree was" keep their subject)
  // ("domestic demand seems to be taking up the slack", "domestic demand stayed subdued": the same before another verb)
  if (i > a && !ctx.cap[i] && !ctx.cap[i - 1] && isWord(ctx, i - 1) && i + 1 < b && (BE_FORMS.has(ctx.low[i + 1]) || NOUN_VERBS.has(ctx.low[i + 1])) &&
    !w.endsWith('s') && !w.endsWith('ed') && !IRREGULAR_PARTICIPLES.has(w) && !pluralSubjectWord(ctx, i - 1)) return true;
  // "demand for exports was hit", "hopes of a sustained recovery", "in charge of": nouns before their preposition
  if (i + 1 < b && NOUN_BEFORE.get(w) === ctx.low[i + 1] && !(i > a && NOMINATIVE.has(ctx.low[i - 1]))) return true;
  if (w === 'charge' && i > a && ctx.low[i - 1] === 'in') return true;
  // ("the extra demand that had driven sales", "The TV show unites …": a determiner and a modifier before a cue form that is
  // mostly a noun; not "The club hope to …", "The unions demand …")
  if (NOUN_LIKE_CUES.has(w) && nounAfterModifiers(ctx, i, a) && !determinerAfterLink(ctx, i, a)) return true;
  // ("his own company's total claims would be less", "all claims would be processed": a plural cue form after a modifier
  // and before a modal or "are" is the clause's subject; not "the plants it says are idle", "a move the kingdom hopes will …")
  if (i > a && w.endsWith('s') && !w.endsWith('ss') && i + 1 < b && !ctx.cap[i] && (MODALS.has(ctx.low[i + 1]) || ctx.low[i + 1] === 'are' || ctx.low[i + 1] === 'were') &&
    (ctx.vocab.determiners.has(ctx.low[i - 1]) || PLURAL_NOUN_MODIFIERS.has(ctx.low[i - 1]))) return true;
  // "two million views", "300 calls": a plural cue form after a number is a noun.
  if (i > a && w.endsWith('s') && (ctx.tokens[i - 1].kind === 'number' || NUMBER_WORDS.has(ctx.low[i - 1]))) return true;
  // "free PC-based calls", "UN-backed talks": a cue form after a hyphenated participle adjective is a noun.
  // ("fund-raising pitches": the same after a hyphenated -ing adjective; "has no reference to": after "no")
  if (i > a && (/-\p{L}+(?:ed|ing)$/u.test(ctx.low[i - 1]) || ctx.low[i - 1] === 'no')) return true;
  // "All told, up to 5 million …": an idiom, no statement.
  if (w === 'told' && i === a + 1 && ctx.low[a] === 'all' && ctx.surf[i + 1] === ',') return true;
  if (afterPluralPossessive(ctx, i, a)) return true; // "Protesters' demands include …" is a noun
  if (i > a && HOLD_FORMS.has(ctx.low[i - 1])) return true; // "who will hold talks in Beijing": the object of "hold"
  if (i > a && FACE_FORMS.has(ctx.low[i - 1]) && w.endsWith('s')) return true; // "The duo face charges of …": the object of "face"
  // "He raised doubts about …", "Lee voiced concerns": an -s form right after a subject's past verb is its object.
  if (i - 2 >= a && w.endsWith('s') && !ctx.cap[i] && ctx.low[i - 1].length > 4 && ctx.low[i - 1].endsWith('ed') && !ctx.cap[i - 1] &&
    (NOMINATIVE.has(ctx.low[i - 2]) || (ctx.cap[i - 2] && isWord(ctx, i - 2)))) return true;
  // "the head of the agency, widely reported to have resigned": a passive report about the subject, no statement.
  if ((w === 'reported' || w === 'said' || w === 'thought' || w === 'believed') && ctx.low[i + 1] === 'to' && (ctx.low[i + 2] === 'have' || ctx.low[i + 2] === 'be')) return true;
  // "the authorities' initial estimates have put …": a plural auxiliary right after an -s form shows a noun.
  if (i > a && w.endsWith('s') && !w.endsWith('ss') && PLURAL_AUXILIARIES.has(ctx.low[i + 1] ?? '') && !ctx.vocab.pronouns.has(ctx.low[i - 1])) return true;
  // "Senior adviser Hope Hicks": a capitalised cue form after a lower-case word and before a capitalised one is a name.
  if (ctx.cap[i] && i > a && !ctx.cap[i - 1] && isWord(ctx, i - 1) && i + 1 < b && ctx.cap[i + 1] && isWord(ctx, i + 1)) return true;
  // "found guilty", "charged with murder", "continued to hold rallies", "in support of": no statements.
  if (notSpeech(ctx, i, a, b)) return true;
  // "a statement posted to his account", "a poll released on Monday": a participle after a document noun describes it.
  return i > a && REDUCED_RELATIVES.has(w) && (ctx.vocab.reportNouns.has(ctx.low[i - 1]) || ctx.vocab.pollNouns.has(ctx.low[i - 1]));
}

/** Whether the parenthesis closing at `k` holds an acronym or a party tag after a name ("(IMF)", "(R-Iowa)"), not "(ankle)". */
function tagBefore(ctx: QuoteContext, k: number): boolean {
  let open = k - 1;
  while (open > 0 && k - open <= 4 && ctx.surf[open] !== '(') open--;
  return open > 0 && ctx.surf[open] === '(' && ctx.cap[open - 1] && (allCaps(ctx.surf[open + 1]) || /^[RDI]-[A-Z]/.test(ctx.surf[open + 1]));
}

/** Whether token `k` is a verb form that can open a clause's predicate ("is", "would", "runs", "helped"). */
function verbAt(ctx: QuoteContext, k: number): boolean {
  const w = ctx.low[k] ?? '';
  return ctx.vocab.finiteVerbs.has(w) || isClauseVerb(w) || (w.length > 4 && w.endsWith('ed'));
}

/** The token closing region `r` after its opening at `k` (within the sentence ending before `b`), or -1. */
function closingToken(ctx: QuoteContext, r: number, k: number, b: number): number {
  for (let t = k + 1; t < b; t++) if (ctx.closes.get(t) === r) return t;
  return -1;
}

/** `Buhecha was called “one of the biggest pirates” by the sentencing judge.`: a passive cue, the quoted words and
 *  their agent after "by" — the agent said them. */
function passiveQuotation(ctx: QuoteContext, i: number, a: number, b: number, si: number): Attribution | undefined {
  let be = false;
  for (let k = i - 1; k >= a && i - k <= 3; k--) be ||= BE.has(ctx.low[k]);
  if (!be || !(ctx.low[i].endsWith('ed') || IRREGULAR_PARTICIPLES.has(ctx.low[i]))) return undefined;
  const r = ctx.opens.get(i + 1)!;
  const close = closingToken(ctx, r, i + 1, b);
  const by = ctx.surf[close + 1] === ',' ? close + 2 : close + 1; // (“…,” by …)
  if (close < 0 || by + 1 >= b || ctx.low[by] !== 'by') return undefined;
  const re = rightPhrase(ctx, by + 1, b);
  if (re < 0 || (re < b && !END_PUNCT.has(ctx.surf[re]) && ctx.surf[re] !== ',')) return undefined;
  return framed({ cue: i, cueEnd: i + 1, sentence: si }, [by + 1, re], { parts: regionChain(ctx, r).parts, direct: true });
}

/** `“…,” Reuters quoted one trader as saying.` / `The paper quoted Lee as saying that …`: the person quoted is the
 *  speaker, the quoting outlet the conduit. */
function quotedAsFrame(ctx: QuoteContext, i: number, a: number, b: number, si: number): Attribution | undefined {
  // "Lee was quoted by the Times as saying …", "… in a French newspaper as saying": the subject speaks.
  const passive = i - 1 >= a && BE.has(ctx.low[i - 1]);
  let as = i + 1;
  // (an appositive in commas may follow the person: "quoted Tim Manning, formerly a deputy administrator at FEMA, as saying")
  // (the passive without "as" too: "Mr Houston was quoted in the Herald newspaper saying …")
  while (as < b && as - i <= MAX_QUOTED_SPEAKER && ctx.low[as] !== 'as' && !(passive && as > i + 1 && ctx.vocab.participleCues.has(ctx.low[as])) &&
    (isWord(ctx, as) || ctx.surf[as] === ',' || ctx.low[as] === '’s' || ctx.low[as] === "'s")) as++;
  const cueAt = ctx.low[as] === 'as' ? as + 1 : as;
  if (as >= b || !ctx.vocab.participleCues.has(ctx.low[cueAt] ?? '')) return undefined;
  let speaker: [number, number] | undefined;
  let conduit: [number, number] | undefined;
  if (passive) {
    const ls = leftPhrase(ctx, i - 1, a);
    if (ls < 0) return undefined;
    speaker = [ls, i - 1];
    const from = ctx.low[i + 1] === 'by' || ctx.low[i + 1] === 'in' ? i + 2 : i + 1;
    if (from < as) conduit = [from, as];
  } else {
    if (as === i + 1) return undefined;
    speaker = [i + 1, ctx.surf[as - 1] === ',' ? as - 1 : as];
    const conduitStart = leftPhrase(ctx, i, a);
    if (conduitStart >= 0) conduit = [conduitStart, i];
  }
  let after = cueAt + 1;
  // ("…,” he is quoted as saying by Germany's Manager Magazin." / "… by the Interfax news agency.": the outlet ends it)
  if (after < b && (ctx.low[after] === 'by' || ctx.low[after] === 'in')) {
    const re = rightPhrase(ctx, after + 1, b);
    if (re > after + 1 && (re >= b || END_PUNCT.has(ctx.surf[re]))) {
      conduit = [after + 1, re];
      after = re;
    }
  }
  const base: FrameBase = { cue: cueAt, cueEnd: cueAt + 1, sentence: si, conduit };
  // ("quoted several lawmakers as saying in a statement: “…”")
  const quotation = quotationAfterAdjunct(ctx, after, b);
  if (quotation > 0) after = quotation;
  else if (after + 1 < b && (ctx.surf[after] === ':' || ctx.surf[after] === ',') && ctx.opens.has(after + 1)) after++;
  if (after >= b || END_PUNCT.has(ctx.surf[after])) {
    const prev = (passive ? speaker[0] : conduit && conduit[0] < i ? conduit[0] : i) - 1;
    if (prev < a || !(quotationBefore(ctx, prev) || ctx.surf[prev] === ',')) return undefined;
    const content = contentBefore(ctx, prev, a);
    return content ? framed(base, speaker, content) : undefined;
  }
  if (!isWord(ctx, after) && !ctx.opens.has(after)) return undefined; // ("as saying via his lawyers" is no content)
  if (ADJUNCT_PREPOSITIONS.has(ctx.low[after]) && !ctx.opens.has(after)) return undefined;
  const content = contentAfter(ctx, ctx.low[after] === 'that' ? after + 1 : after, b);
  return content ? framed(base, speaker, content) : undefined;
}

/** Longest speaker phrase between "quoted" and "as saying", in tokens. */
const MAX_QUOTED_SPEAKER = 16;
const CITE_FORMS = new Set(['cited', 'cites']);

/** Whether a token is written in capitals (two or more letters, none lower-case). */
function allCaps(surf: string): boolean {
  return surf.length > 1 && surf === surf.toUpperCase() && surf !== surf.toLowerCase();
}

/** Whether sentence [a, b) is the article's headline: its first line, with no closing punctuation, the text after it; a
 *  quotation may close it when `quotationClose` ("Drink remark 'acts as diversion'"). */
function headlineLine(ctx: QuoteContext, a: number, b: number, quotationClose = false): boolean {
  const last = quotationClose && isQuoteMark(ctx, b - 1) ? b - 2 : b - 1;
  if (ctx.sentenceOf[a] !== 0 || last < a || END_PUNCT.has(ctx.surf[last]) || (last === b - 1 && isQuoteMark(ctx, last))) return false;
  const end = ctx.tokens[b - 1].end;
  return /^[ \t]*\n/.test(ctx.text.slice(end, end + 3));
}


/** Cue forms that name a feeling or a position as nouns in a headline ("Fresh hope after …", "BAA support ahead of …"). */
const HEADLINE_NOUN_CUES = new Set(['hope', 'hopes', 'fear', 'fears', 'doubt', 'doubts', 'support', 'backing', 'talks', 'plans', 'claims',
  'warning', 'warnings', 'call', 'calls', 'plea', 'pledge', 'bid', 'show', 'shows', 'claim']);
/** Prepositions after such a noun ("fears over", "hope after", "support ahead of", "backing for"). */
const HEADLINE_NOUN_LINKS = new Set(['over', 'after', 'ahead', 'amid', 'for', 'as', 'on']);

/** In a headline line, whether the cue form at `i` is a passive participle ("MPs issued with …", "Holmes urged to
 *  compete") or a noun: before a verb ("title hopes hit by loss", "plans dropped", "support takes stock") or before a
 *  preposition ("fears over", "backing for"; "calls for" stays a verb). */
function headlineNoun(ctx: QuoteContext, i: number, b: number): boolean {
  const w = ctx.low[i];
  const next = ctx.low[i + 1] ?? '';
  const participle = w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w);
  if (participle && (TITLE_PREPOSITIONS.has(next) || next === 'with')) return true;
  if (!HEADLINE_NOUN_CUES.has(w) || i + 1 >= b) return false;
  if (HEADLINE_NOUN_LINKS.has(next)) return next !== 'for' || FOR_NOUNS.has(w);
  // (a participle with its agent after: "hopes hit by loss")
  // ("Bargain calls widen Softbank loss", "CSI shows give …", "X Factor show gets …": a headline verb after the noun)
  return (next.endsWith('ed') || IRREGULAR_PARTICIPLES.has(next) || ctx.vocab.finiteVerbs.has(next) || HEADLINE_VERBS.has(next) || ctx.low[i + 2] === 'by') &&
    !ctx.cap[i + 1];
}
/** Verbs a headline puts after a noun subject ("calls widen loss", "doubts beset squad", "shows give view"). */
const HEADLINE_VERBS = new Set(['widen', 'widens', 'beset', 'besets', 'boost', 'boosts', 'give', 'gives', 'make', 'makes', 'keep', 'keeps', 'take', 'takes',
  'get', 'gets', 'hit', 'hits', 'spark', 'sparks', 'fuel', 'fuels', 'lift', 'lifts', 'dent', 'dents', 'ease', 'eases', 'grow', 'grows', 'rise', 'rises',
  'fall', 'falls', 'mount', 'mounts', 'loom', 'looms', 'fade', 'fades', 'hurt', 'hurts', 'flop', 'flops', 'return', 'returns', 'end', 'ends', 'face', 'faces']);
/** Headline cue forms that are nouns before "for" ("Conservative backing for ID cards"; "Calder fears for …", "calls for"
 *  are verbs). */
const FOR_NOUNS = new Set(['backing', 'support', 'hope', 'hopes']);

/** Prepositions after a title-case participle that make it passive ("Issued After …", "Extended In …"). */
const TITLE_PREPOSITIONS = new Set(['after', 'in', 'by', 'for', 'at', 'on', 'over', 'amid', 'to', 'from']);

/** In a title-case line, whether the cue form at `i` is a passive participle or a noun rather than a verb. */
function titleCaseNoun(ctx: QuoteContext, i: number, b: number): boolean {
  const w = ctx.low[i];
  if ((w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w)) && i + 1 < b && TITLE_PREPOSITIONS.has(ctx.low[i + 1])) return true;
  // (an adverb before the verb is skipped: "GOP Candidates Resoundingly Reject …")
  const k = ctx.low[i - 1].endsWith('ly') && i - 2 >= 0 ? i - 2 : i - 1;
  const before = ctx.low[k];
  const base = !w.endsWith('s') && !w.endsWith('ed') && !IRREGULAR_PARTICIPLES.has(w);
  return base && isWord(ctx, k) && !before.endsWith('s') && !ctx.vocab.pronouns.has(before) && !ctx.vocab.auxiliaries.has(before);
}

/** Present cue forms that close a title-case headline after its speaker ("…, Lindsey Graham Says."). */
const HEADLINE_CLOSING_CUES = new Set(['says', 'warns', 'claims', 'insists', 'admits', 'argues', 'suggests', 'predicts', 'tells']);
/** Most words of the speaker between a title-case headline's comma and its closing cue. */
const MAX_CLOSING_SPEAKER_WORDS = 5;

/** Whether the capitalised cue at `i` closes a title-case headline [a, b) after a comma and a short capitalised speaker. */
function titleCaseClosingCue(ctx: QuoteContext, i: number, a: number, b: number): boolean {
  if (!HEADLINE_CLOSING_CUES.has(ctx.low[i]) || !titleCase(ctx, a, b)) return false;
  if (i + 1 < b && !END_PUNCT.has(ctx.surf[i + 1])) return false;
  for (let k = i - 1; k > a && i - k <= MAX_CLOSING_SPEAKER_WORDS + 1; k--) {
    if (ctx.surf[k] === ',') return k < i - 1 && k > a + 1;
    if (!isWord(ctx, k) || (!ctx.cap[k] && !NAME_LINK_WORDS.has(ctx.low[k]))) return false;
  }
  return false;
}

/** Longest name opening a title-case headline before its verb ("Zoe Saldana Asked Men Everywhere …"), in tokens. */
const MAX_HEADLINE_SUBJECT = 4;

/** "Dennis Prager Tells #NeverTrump Conservatives They Need To Change Course.": in a headline in title case, a name
 *  opening it and a capitalised verb form of a cue right after it; what follows is the content. */
function titleCaseHeadlineFrame(ctx: QuoteContext, i: number, a: number, b: number, si: number): Attribution | undefined {
  const w = ctx.low[i];
  if (i - a > MAX_HEADLINE_SUBJECT || !titleCase(ctx, a, b) || ctx.vocab.determiners.has(ctx.low[a])) return undefined;
  if (!((w.endsWith('s') && !w.endsWith('ss')) || w.endsWith('ed') || IRREGULAR_PAST.has(w))) return undefined;
  // ("Hillary Clinton Speaks ‘Directly To White People’": speaking reports something only "of" or "about" it)
  if (SPEAK_FORMS.has(w) && ctx.low[i + 1] !== 'of' && ctx.low[i + 1] !== 'about') return undefined;
  // (not the last word of a name the entity layer found: "United States Senator from Vermont Bernie Sanders endorsed …"; but
  // the tagger's people and organisations in a title-case line often take the verb in, "Ted Cruz Refuses")
  const at = ctx.tokens[i];
  if ((ctx.entities ?? []).some((m) => (m.origin !== 'ner' || m.label === 'LOC') && m.start < at.start && at.end <= m.end)) return undefined;
  // (not a passive, "FDIC Accused Of Covering Up …", "Tim Allen Just Got Asked About …", nor a relative, "Actor Who Endorsed")
  if ((w.endsWith('ed') && PASSIVE_LINKS.has(ctx.low[i + 1] ?? '')) || titleCaseNoun(ctx, i, b)) return undefined;
  for (let k = a; k < i; k++) {
    if (!isWord(ctx, k) || !ctx.cap[k] || ctx.cueForm[k] !== 0 || HEADLINE_NOT_NAMES.has(ctx.low[k]) || ctx.vocab.auxiliaries.has(ctx.low[k])) return undefined;
  }
  // ("Trump Just Announced …": an adverb before the verb is no part of the name)
  let e = i;
  while (e > a + 1 && (HEADLINE_ADVERBS.has(ctx.low[e - 1]) || HEADLINE_SHORT_ADVERBS.has(ctx.low[e - 1]))) e--;
  let k = i + 1;
  while (k < b && ctx.vocab.objectParticles.has(ctx.low[k])) k++;
  // (to a colon or a dash: "Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’ …")
  let end = k;
  while (end < b && ctx.surf[end] !== ':' && ctx.surf[end] !== ';' && !isDash(ctx, end)) end++;
  let last = end - 1;
  while (last >= k && !isWord(ctx, last) && !ctx.closes.has(last)) last--;
  if (last - k < 1) return undefined;
  return { cue: i, cueEnd: i + 1, sentence: si, source: [a, e], parts: [trimSpan(ctx.text, ctx.tokens[k].start, ctx.tokens[last].end)], direct: false };
}
/** Words after a past participle that make a headline's verb passive ("Accused Of"), besides TITLE_PREPOSITIONS. */
const PASSIVE_LINKS = new Set(['of', 'as', 'with']);
/** Capitalised words that are no part of a headline's name ("Who", "Got", "Gets"). */
const HEADLINE_NOT_NAMES = new Set(['who', 'which', 'that', 'got', 'gets', 'get', 'getting', 'why', 'how', 'what', 'when', 'where', 'if', 'after', 'before']);
/** Short adverbs between a headline's name and its verb ("Trump Just Announced"), besides those in -ly. */
const HEADLINE_SHORT_ADVERBS = new Set(['just', 'now', 'also', 'still', 'again', 'already', 'finally']);

/** Whether most words of the sentence [a, b) are capitalised (a headline or a title). */
const VOTE_FORMS = new Set(['vote', 'votes', 'voted', 'voting']);
/** Prepositions that open where or when a vote was cast ("voted in Sunday's election", "voted on Tuesday"). */
const VOTE_SETTINGS = new Set(['in', 'at', 'on', 'during']);
/** Words of a vote's content that give what it was for or against ("voted in October to approve …", "in favour of"). */
const VOTE_STANCES = new Set(['to', 'for', 'against', 'favour', 'favor', 'that', 'whether', 'resolution', 'motion', 'bill']);

/** Whether a vote's content only says where or when it was cast: a setting, and nothing voted for or against. */
function votedIn(ctx: QuoteContext, part: Span): boolean {
  const a = firstTokenFrom(ctx, part.start);
  const b = firstTokenFrom(ctx, part.end);
  return a < b && VOTE_SETTINGS.has(ctx.low[a]) && !ctx.low.slice(a + 1, b).some((w) => VOTE_STANCES.has(w));
}

/** Short words a title leaves in lower case ("Pushing Beyond the Limits of 3G with HSDPA"). */
const TITLE_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'with', 'and', 'or', 'in', 'on', 'for', 'to', 'at', 'by', 'from', 'as', 'but']);

/** Whether a content span is a work's title: outside quotation marks, its words other than short function words and
 *  numbers capitalised, three of them at least. */
function workTitle(ctx: QuoteContext, part: Span): boolean {
  const a = firstTokenFrom(ctx, part.start);
  const b = firstTokenFrom(ctx, part.end);
  if (a >= b || ctx.regionOf[a] >= 0 || ctx.opens.has(a)) return false;
  let words = 0;
  for (let k = a; k < b; k++) {
    if (!isWord(ctx, k) || ctx.tokens[k].kind === 'number' || /^\d/.test(ctx.surf[k]) || TITLE_FUNCTION_WORDS.has(ctx.surf[k])) continue;
    if (!ctx.cap[k]) return false;
    words++;
  }
  return words >= 3;
}

function titleCase(ctx: QuoteContext, a: number, b: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = a; k < b; k++) {
    if (!isWord(ctx, k) || ctx.tokens[k].kind === 'number') continue;
    words++;
    if (ctx.cap[k]) caps++;
  }
  return words >= 3 && caps >= 0.7 * words;
}

/** Prepositions after a plural noun that looks like a cue form ("plans for", "fears over"). */
const NOUN_OBJECT_PREPOSITIONS = new Set(['for', 'of', 'on', 'from', 'against', 'over', 'by', 'about']);
/** Modifiers before a plural cue form that make it a noun ("total claims", "the new shows"). */
const PLURAL_NOUN_MODIFIERS = new Set(['total', 'new', 'other', 'further', 'such', 'recent', 'previous', 'earlier', 'latest', 'similar',
  'false', 'fresh', 'repeated', 'initial', 'early']);
/** Plural cue forms read as nouns before a preposition ("the Tory plans for"; "the union calls for" is a verb). */
const NOUNISH_PLURALS = new Set(['plans', 'claims', 'demands', 'warnings', 'promises', 'threats', 'proposals', 'fears', 'hopes', 'concerns',
  'pledges', 'vows', 'requests', 'complaints', 'accusations', 'denials', 'suggestions']);
/** Most modifiers between a determiner and a plural cue-form noun ("the new Tory plans"). */
const MAX_PLURAL_MODIFIERS = 3;

function pluralNounBeforePreposition(ctx: QuoteContext, i: number, a: number, b: number): boolean {
  const w = ctx.low[i];
  if (!NOUNISH_PLURALS.has(w) || i + 1 >= b || !NOUN_OBJECT_PREPOSITIONS.has(ctx.low[i + 1])) return false;
  for (let k = i - 1; k >= a && i - k <= MAX_PLURAL_MODIFIERS + 1; k--) {
    const x = ctx.low[k];
    if (ctx.vocab.determiners.has(x) || POSSESSIVES.has(x)) return k < i - 1 || !ctx.vocab.pronouns.has(x) || POSSESSIVES.has(x);
    if (!isWord(ctx, k) || ctx.vocab.auxiliaries.has(x) || ctx.vocab.finiteVerbs.has(x) || (ctx.vocab.pronouns.has(x) && !POSSESSIVES.has(x))) return false;
  }
  return false;
}

/** Adjectives that open a sentence before a noun ("Early estimates", "Strong demand", "New figures"). */
const OPENING_ADJECTIVES = new Set(['early', 'strong', 'weak', 'new', 'recent', 'latest', 'initial', 'preliminary', 'official', 'further',
  'growing', 'rising', 'falling', 'higher', 'lower', 'fresh', 'final', 'previous', 'separate', 'independent', 'internal', 'public',
  'private', 'local', 'global', 'domestic', 'international', 'high', 'low', 'huge', 'big', 'little', 'much']);

/** Participles of forecasting that describe an amount before them ("the $54bn widely expected"). */
const FORECAST_PARTICIPLES = new Set(['expected', 'forecast', 'predicted', 'estimated', 'anticipated', 'projected', 'forecasted']);
/** Words after "find it" that make it a difficulty, not a finding ("find it more difficult to …"). */
const HARDNESS = new Set(['hard', 'harder', 'difficult', 'easy', 'easier', 'more', 'less', 'impossible', 'tough', 'tougher', 'necessary']);
/** Verdicts after "found": a court's finding, not a stated view. */
const VERDICTS = new Set(['guilty', 'innocent', 'dead', 'liable', 'unconscious', 'alive']);
/** Prepositions before which a cue form is a noun ("in support of", "with support from"). */
const NOUN_PREPOSITIONS = new Set(['in', 'of', 'for', 'with', 'without', 'by', 'from']);

/** Forms of "worry", a stance of its subject unless it takes an object ("the plan worried investors"). */
const WORRY_FORMS = new Set(['worry', 'worries', 'worried', 'worrying']);
/** Words after "worry" that open what the worry is about, not a person worried. */
const WORRY_LINKS = new Set(['that', 'about', 'over', 'for', 'if', 'whether', 'what', 'how', 'why', 'when', 'to', 'at', 'of', 'on', 'in', 'by']);

/** Whether a noun phrase the worry falls on starts at `k` ("many organisations", "Republican elected officials"): a word that
 *  opens no clause ("worried that …", "worried the deal would collapse", "worried he …"). */
function worriedObject(ctx: QuoteContext, k: number, b: number): boolean {
  if (k >= b || !isWord(ctx, k) || WORRY_LINKS.has(ctx.low[k]) || ctx.vocab.pronouns.has(ctx.low[k])) return false;
  for (let j = k; j < b && j - k < MAX_WORRIED_OBJECT && ctx.surf[j] !== ',' && !END_PUNCT.has(ctx.surf[j]); j++) {
    const x = ctx.low[j];
    if (MAIN_AUXILIARIES.has(x) || ctx.vocab.finiteVerbs.has(x) || NOMINATIVE.has(x) || ctx.vocab.auxiliaries.has(x)) return false;
  }
  return true;
}
/** Longest object read after "worried" for a clause verb, in tokens. */
const MAX_WORRIED_OBJECT = 10;

/** Forms of "signal", a saying of people and bodies, not of things ("The gadget explosion signalled the strongest growth"). */
const SIGNAL_FORMS = new Set(['signal', 'signals', 'signalled', 'signaled', 'signalling', 'signaling']);
/** Records and media that show what they hold ("the video shows", "the minutes of the meeting show", "data showed"). */
const SHOWING_MEDIA = new Set(['video', 'videos', 'footage', 'image', 'images', 'picture', 'pictures', 'photo', 'photos', 'photograph',
  'photographs', 'film', 'films', 'clip', 'clips', 'recording', 'recordings', 'scan', 'scans', 'x-ray', 'x-rays', 'minutes', 'data',
  'statistics', 'numbers', 'results', 'evidence', 'observations', 'findings', 'measurements', 'samples', 'analyses', 'studies', 'study',
  'records', 'documents', 'filings', 'transcripts', 'logs', 'tests', 'readings', 'email', 'emails', 'e-mail', 'e-mails', 'slide', 'slides',
  'register', 'documentary', 'documentaries', 'map', 'maps', 'chart', 'charts', 'graph', 'graphs', 'table', 'tables', 'analysis', 'research',
  'trial', 'trials', 'experiment', 'experiments']);
/** Relative pronouns that stand for a noun before them ("polls that show …"). */
const RELATIVE_WORDS = new Set(['that', 'which', 'who']);

/** Whether the words before cue `i` in its sentence hold a report or poll noun ("The survey showed their …"). */
function documentBefore(ctx: QuoteContext, i: number, a: number): boolean {
  for (let k = i - 1; k >= a; k--) if (ctx.vocab.reportNouns.has(ctx.low[k]) || ctx.vocab.pollNouns.has(ctx.low[k])) return true;
  return false;
}

/** Cue forms that are no statement here: a verdict ("found guilty"), a criminal charge ("charged with"), "looks at", "continued to"
 *  before a verb that is no cue ("continued to hold rallies"), a noun after a possessive ("John Peel's show"), a
 *  participle with its agent after a noun ("jobs promised by EU leaders"), a noun coordinated before an "-ing" verb
 *  ("demand dipping"), a noun after a preposition ("in support of"). */
const KNOW_FORMS = new Set(['know', 'knows', 'knew', 'known']);
/** What someone shows by how they act, not by saying or finding anything ("showed interest in", "showed restraint"). */
const SHOWN_CONDUCT = new Set(['interest', 'restraint', 'courage', 'character', 'form', 'resilience', 'mercy', 'respect', 'promise', 'patience',
  'composure', 'determination', 'commitment', 'leadership']);
/** What is offered in trade rather than proposed ("offered shares", "offering customers …", "offering web storage"). */
const OFFERED_GOODS = new Set(['shares', 'cash', 'money', 'price', 'prices', 'services', 'service', 'access', 'odds', 'discount', 'discounts',
  'customers', 'products', 'devices', 'broadband', 'storage', 'loans', 'loan', 'contract', 'contracts', 'jobs', 'job', 'rates', 'subsidies',
  'calls', 'deals', 'bid', 'reward', 'ransom', 'salary', 'wages', 'bonus', 'fee', 'fees']);
/** What a speaker keeps rather than maintains as a view ("maintained his lead", "maintained their unbeaten run"). */
const MAINTAINED_STANDINGS = new Set(['lead', 'advantage', 'unbeaten', 'record', 'form', 'grip', 'dominance', 'momentum', 'hold', 'ranking',
  'pace', 'presence', 'control', 'silence', 'perfect', 'winning', 'majority', 'edge', 'streak', 'run', 'composure',
  // (and what a body keeps up: "maintains a policy of not charging …", "maintained a ban on …")
  'policy', 'policies', 'ban', 'embargo', 'database', 'website', 'list', 'register']);
/** Words opening what a modal "find" reports as a finding ("could find no evidence", "will find that …"). */
const FINDING_OBJECTS = new Set(['no', 'evidence', 'that', 'any', 'little', 'nothing', 'proof', 'it']);
/** Words after "points" when it is the verb ("points out", "points to"). */
const POINT_LINKS = new Set(['out', 'to', 'at', 'that', 'up', 'towards', 'toward']);

function notSpeech(ctx: QuoteContext, i: number, a: number, b: number): boolean {
  const w = ctx.low[i];
  const next = i + 1 < b ? ctx.low[i + 1] : '';
  if (FIND_FORMS.has(w) && (VERDICTS.has(next) || (next === 'not' && VERDICTS.has(ctx.low[i + 2] ?? '')))) return true;
  if (CHARGE_FORMS.has(w) && next === 'with') return true;
  if (SHOW_FORMS.has(w) && next === 'off') return true; // "researchers showed off bipedal designs"
  if (KNOW_FORMS.has(w) && next === 'of') return true; // "Manson knew of his new address": knowing a fact, no statement
  // ("fines and points system": the noun; one points out, to or at something, or that something is so)
  if ((w === 'points' || w === 'point') && isWord(ctx, i + 1) && !ctx.cap[i + 1] && !POINT_LINKS.has(next)) return true;
  // "perhaps the most telling", "a very revealing interview": an "-ing" form after a degree word is an adjective.
  if (w.endsWith('ing') && i > a && DEGREE_WORDS.has(ctx.low[i - 1])) return true;
  // "The views expressed in this article do not …": a participle before its adjunct describes the noun before it.
  if (w === 'expressed' && (next === 'in' || next === 'on' || next === 'here' || next === 'herein')) return true;
  // "Ben Patton added to his collection of titles": adding to something is no statement.
  if (ADD_FORMS.has(w) && next === 'to' && !closedBefore(ctx, a, i)) return true; // ("“…,” Lee added to People." tells an outlet)
  // "successful raising money": fundraising, not a stance.
  if (w.startsWith('rais') && (MONEY_WORDS.has(next) || CURRENCY.has(next))) return true;
  // "the president pushed through the law": enacting, not a stance.
  if (w.startsWith('push') && next === 'through') return true;
  // "…, commenting on the figures", "remarked upon the detail": a topic, not a statement.
  // ("He also commented on the future, “This is only the beginning”" goes on to the quotation)
  if ((w.startsWith('comment') || w.startsWith('remark')) && (next === 'on' || next === 'upon') && quotationAfterAdjunct(ctx, i + 1, b) < 0) return true;
  // "who showed up in 2008", "found ways to press his agenda", "found itself playing host": no statements.
  if (SHOW_FORMS.has(w) && (next === 'up' || next === 'signs' || next === 'sign')) return true; // ("the economy shows signs of …")
  // ("since he first showed interest in the club", "showed no interest", "showed great restraint": a deed, no finding or view)
  if (SHOW_FORMS.has(w) && (SHOWN_CONDUCT.has(next) || ((next === 'no' || next === 'little' || next === 'great' || next === 'real') && SHOWN_CONDUCT.has(ctx.low[i + 2] ?? '')))) return true;
  // ("some uses for them have worried many organisations": what worries someone is no speaker; the one worried holds it)
  if (WORRY_FORMS.has(w) && worriedObject(ctx, i + 1, b)) return true;
  // ("many novel games only found on handsets": where a thing is found, not a finding)
  if (w === 'found' && i > a && ctx.low[i - 1] === 'only' && (next === 'on' || next === 'in' || next === 'at')) return true;
  // ("far bigger than the $54bn widely expected", "the 2% forecast by …": a forecast participle after an amount describes it)
  if (FORECAST_PARTICIPLES.has(w) && i - 1 > a && (ctx.tokens[i - 1].kind === 'number' ||
    (ctx.low[i - 1].endsWith('ly') && ctx.tokens[i - 2].kind === 'number'))) return true;
  // ("which looks set to receive …", "may find it more difficult to …": no statements)
  if ((w === 'look' || w === 'looks' || w === 'looked') && next === 'set') return true;
  if (FIND_FORMS.has(w) && next === 'it' && HARDNESS.has(ctx.low[i + 2] ?? '')) return true;
  // ("Wright-Phillips showed his customary trickery", "showed their class": a person's own quality shown, not a finding)
  if (SHOW_FORMS.has(w) && (next === 'his' || next === 'her' || next === 'their') && !documentBefore(ctx, i, a)) return true;
  if (FIND_FORMS.has(w) && (next === 'ways' || REFLEXIVES.has(next))) return true;
  // ("Asimo could find gainful employment", "Testers could not find them", "a tournament that will find the best two players": what
  // someone is able to find, no finding; "could find no evidence that …" is one)
  if (w === 'find' && i > a && (MODALS.has(ctx.low[i - 1]) || (i - 1 > a && ctx.low[i - 1] === 'not' && MODALS.has(ctx.low[i - 2]))) &&
    !FINDING_OBJECTS.has(next)) return true;
  // ("Nonu found his way through the defence")
  if (FIND_FORMS.has(w) && POSSESSIVES.has(next) && (ctx.low[i + 2] === 'way' || ctx.low[i + 2] === 'ways')) return true;
  // ("Biden maintained his lead over Trump", "maintained their unbeaten run": keeping a standing, no statement)
  if (w.startsWith('maintain') && (POSSESSIVES.has(next) || next === 'a' || next === 'the') && MAINTAINED_STANDINGS.has(ctx.low[i + 2] ?? '')) return true;
  // ("Deutsche Boerse offered £1.3bn", "BT is offering customers free calls", "firms are offering web storage": a price, goods or
  // a service put on the table, no proposal stated; "offered a plan", "offered ideas for …" state one)
  if (OFFER_FORMS.has(w) && (CURRENCY.has(next) || ctx.tokens[i + 1]?.kind === 'number' || objectHeadIn(ctx, i + 1, b, OFFERED_GOODS))) return true;
  // ("the researchers have found a way to suck away …": a means found, not a finding)
  if (FIND_FORMS.has(w) && (next === 'a' || next === 'new' || next === 'another') && (ctx.low[i + 2] === 'way' || ctx.low[i + 3] === 'way')) return true;
  // ("referring the issue instead to trade body Intellect", "referred requests for comment to …": passing a matter on)
  if (REFER_FORMS.has(w) && next !== 'to' && objectHeadIn(ctx, i + 1, b, REFERRED_MATTERS)) return true;
  // ("Staff called in sick", "called in administrators", "She called in to a town hall": a phone-in or a summons, no statement)
  if (w.startsWith('call') && (next === 'in' || next === 'into')) return true;
  // ("Julie Hirschfeld Davis reported from Midway Atoll": a correspondent's credit line, no statement of what)
  if ((w === 'reported' || w === 'reporting') && next === 'from' && ctx.cap[i + 2] && !quotationOpensIn(ctx, i + 2, b) &&
    !ctx.low.slice(i + 2, b).includes('that')) return true;
  // ("ruled that out", "ruled himself out of the game": excluding something, not a ruling's finding; "ruled on the appeal of
  // that decision": what was ruled on)
  // ("ruled on Tuesday that …" is the ruling's day)
  if (w === 'ruled' && (next === 'out' || (next === 'on' && !(ctx.cap[i + 2] && ctx.vocab.timeWords.has(ctx.low[i + 2] ?? ''))) || ctx.low[i + 2] === 'out')) return true;
  // "Troops pushed back the rebels" is force; "pushed back against the plan" is a stance.
  if (w.startsWith('push') && next === 'back' && ctx.low[i + 2] !== 'against' && ctx.low[i + 2] !== 'on') return true;
  // "who did not wish to be named", "the plan will be announced": a passive participle after "be" has no speaker here.
  if (i > a && ctx.low[i - 1] === 'be' && (w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w))) return true;
  // "a witness, who asked not to be named, …": a request for anonymity is no statement.
  if (ASK_FORMS.has(w) && next === 'not' && ctx.low[i + 2] === 'to' && ctx.low[i + 3] === 'be') return true;
  // "a film which looks at life in Iraq": no statement.
  if (LOOK_FORMS.has(w) && next === 'at') return true;
  if (CONTINUE_FORMS.has(w) && next === 'to' && i + 2 < b && !ctx.vocab.cueVerbs.has(ctx.low[i + 2]) && !ctx.vocab.objectCues.has(ctx.low[i + 2])) return true;
  // "Controversy over the issue continues after …", "his rise continues with …": going on, not speaking ("“…,” Lam
  // continued in the statement" goes on speaking).
  if (CONTINUE_FORMS.has(w) && CONTINUE_ADJUNCTS.has(next) && !closedBefore(ctx, a, i)) return true;
  const before = i > a ? ctx.low[i - 1] : '';
  // "John Peel's show is to be succeeded": a cue form after a possessive is a noun ("he's said" is a verb).
  if ((before === '’s' || before === "'s") && i - 2 >= a && !ctx.vocab.pronouns.has(ctx.low[i - 2])) return true;
  // "the 20 million jobs promised by EU leaders": a participle after a noun with its agent describes the noun.
  if (next === 'by' && (w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w)) && i > a && isWord(ctx, i - 1) && !ctx.cap[i - 1] &&
    (!ctx.vocab.pronouns.has(before) || ctx.vocab.pronouns.get(before) === 'relative') &&
    !ctx.vocab.auxiliaries.has(before) && !before.endsWith('ly')) return true;
  // "… led the project, also backed by local institutions": a participle opening an insert after a comma.
  if (next === 'by' && w.endsWith('ed') && i - 1 >= a && (ctx.surf[i - 1] === ',' || (i - 2 >= a && ctx.surf[i - 2] === ',' && SPEAKER_ADVERBS.has(before)))) return true;
  // "prices falling and demand dipping": a noun coordinated with another subject before an "-ing" verb.
  // (a past form is the verb: "welcomed the plan and said putting the squeeze on them would be key")
  if ((before === 'and' || before === 'or') && next.endsWith('ing') && !ctx.vocab.participleCues.has(next) && !w.endsWith('ed') &&
    !IRREGULAR_PAST.has(w) && !IRREGULAR_PARTICIPLES.has(w) && (ctx.vocab.objectCues.has(w) || ctx.vocab.cueVerbs.has(w))) return true;
  // ("the Rev. Al Sharpton began taking calls from …", "dismissing claims that …": a plural right after a verb's "-ing" form is
  // its object; not after a noun in "-ing", "the polling shows")
  if (w.endsWith('s') && !w.endsWith('ss') && before.length > 5 && before.endsWith('ing') && !ctx.cap[i - 1] && i - 2 >= a &&
    !ctx.vocab.determiners.has(ctx.low[i - 2]) && !POSSESSIVES.has(ctx.low[i - 2]) && !ctx.vocab.participleCues.has(before) && !ING_NOUNS.has(before) &&
    !SAY_FORMS.has(w)) return true; // ("US economy still growing says Fed")
  // ("One of the biggest challenges …", "Its latest challenges": a plural after a superlative is a noun)
  if (w.endsWith('s') && !w.endsWith('ss') && before.length > 4 && before.endsWith('est') && !ctx.cap[i - 1] && SUPERLATIVE_LEADS.has(ctx.low[i - 2] ?? '')) return true;
  return i > a && NOUN_PREPOSITIONS.has(ctx.low[i - 1]) && ctx.vocab.objectCues.has(w) && !ctx.vocab.cueVerbs.has(w);
}
/** Words before a superlative that make it an adjective of a noun ("the biggest", "its latest"). */
const SUPERLATIVE_LEADS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose']);

/** Whether a quotation closes in [a, i). */
function closedBefore(ctx: QuoteContext, a: number, i: number): boolean {
  for (let k = a; k < i; k++) if (ctx.closes.has(k)) return true;
  return a > 0 && ctx.closes.has(a - 1);
}

/** Whether token `i` follows a plural possessive ("protesters' demands", "voters’ views"). */
function afterPluralPossessive(ctx: QuoteContext, i: number, a: number): boolean {
  if (i - 2 < a) return false;
  const mark = ctx.surf[i - 1];
  return (mark === "'" || mark === '’') && ctx.low[i - 2].endsWith('s') && ctx.tokens[i - 1].start === ctx.tokens[i - 2].end &&
    ctx.tokens[i].start > ctx.tokens[i - 1].end;
}

/** Longest time phrase read before a subject ("on Wednesday", "last week"), in tokens. */
const MAX_TIME_PHRASE_TOKENS = 4;

/** Whether a time phrase ends at token `end` and opens its clause: at the sentence start, or after a comma or a
 *  conjunction ("On Wednesday Mr Straw said", "…, but on Wednesday Mr Straw said"). */
function timeLedClause(ctx: QuoteContext, end: number, a: number): boolean {
  if (end < a || !ctx.vocab.timeWords.has(ctx.low[end])) return false;
  let k = end;
  while (k >= a && end - k < MAX_TIME_PHRASE_TOKENS && (ctx.vocab.timeWords.has(ctx.low[k]) || ctx.tokens[k].kind === 'number')) k--;
  return k < a || ctx.surf[k] === ',' || SUBORDINATE.has(ctx.low[k]);
}

/** Lower-case words inside a capitalised name ("Department of Justice", "Institute for Fiscal Studies"). */
const NAME_LINK_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'du', 'la', 'von', 'van', 'al', 'bin']);

/** The token where a name starts after a sentence's prepositional opener that has no comma and no verb ("However
 *  during the case on Tuesday Mr Ebbers denied …" → "Mr"), else -1. */
function openerSubjectStart(ctx: QuoteContext, a: number, b: number): number {
  let k = a;
  if (k < b && ctx.cap[k] && (ctx.vocab.clauseOpeners.has(ctx.low[k]) || LEADING_CONJUNCTIONS.has(ctx.low[k]))) k++;
  if (k >= b || !ADJUNCT_PREPOSITIONS.has(ctx.low[k])) return -1;
  for (let t = k + 1; t < b && t - k <= MAX_PREPOSITION_OPENER + 2; t++) {
    const w = ctx.low[t];
    if (!isWord(ctx, t) || NOMINATIVE.has(w) || ctx.vocab.finiteVerbs.has(w) || isClauseVerb(w) || w.endsWith('ing')) return -1;
    if (!ctx.cap[t] || ctx.vocab.timeWords.has(w)) continue;
    const honorific = honorificAt(ctx, t) && t + 1 < b && ctx.cap[t + 1];
    return honorific || (!ctx.cap[t - 1] && !NAME_LINK_WORDS.has(ctx.low[t - 1]) && t - 1 > k) ? t : -1;
  }
  return -1;
}

/** Longest prepositional opener read before a subject without a comma ("In its report"), in tokens. */
const MAX_PREPOSITION_OPENER = 5;
/** Prepositions besides the adjunct ones that open a sentence's phrase before its subject ("Despite the demand Sony said"). */
const OPENER_PREPOSITIONS = new Set(['despite', 'amid', 'following', 'throughout', 'within', 'over', 'through', 'since', 'across', 'among', 'under',
  'without', 'unlike', 'until', 'ahead']);

/** Whether [a, ls) is a short prepositional opener with no verb ("In its report", "In a letter to MPs") and `ls` opens a
 *  subject (a determiner or a capitalised word). A cue form there is a noun after a determiner or possessive. */
function prepositionLedClause(ctx: QuoteContext, ls: number, a: number): boolean {
  if (ls - a < 2 || ls - a > MAX_PREPOSITION_OPENER || !(ADJUNCT_PREPOSITIONS.has(ctx.low[a]) || OPENER_PREPOSITIONS.has(ctx.low[a])) || !ctx.cap[a]) return false;
  if (!ctx.vocab.determiners.has(ctx.low[ls]) && !ctx.cap[ls]) return false;
  // (not inside a name: "In a statement the US Department of Justice said" does not start at "Justice")
  const before = ctx.low[ls - 1];
  if (before === 'of' || before === 'for' || before === 'and' || (ctx.cap[ls - 1] && ctx.cap[ls])) return false;
  for (let k = a + 1; k < ls; k++) {
    const w = ctx.low[k];
    if (!isWord(ctx, k) || NOMINATIVE.has(w) || ctx.vocab.finiteVerbs.has(w) || isClauseVerb(w) || w.endsWith('ing')) return false;
    if (ctx.cueForm[k] !== 0 && !(ctx.vocab.determiners.has(ctx.low[k - 1]) || POSSESSIVES.has(ctx.low[k - 1]))) return false;
  }
  return true;
}

/** Longest introductory phrase before a speaker ("In his resignation speech on Wednesday,"), in tokens. */
const MAX_INTRO_PHRASE_TOKENS = 12;

/** Whether [a, end) is an introductory phrase, not reported content: it opens with a preposition or an adverb of
 *  time and holds no verb ("In his speech, Lee said, “…”" quotes what follows the comma). */
/** Before a parenthetical speaker whose quotation goes on with a verb ("Evaluating the candidates by national polls, Vale
 *  said, “is like looking at a bowling average.”"): the span of the phrase before the speaker, the verb's subject; else
 *  undefined. `open` is the quotation's opening mark, `ls` the speaker's first token, `prev` the comma before it. */
function quotedPredicateSubject(ctx: QuoteContext, a: number, prev: number, ls: number, open: number): Span | undefined {
  if (!ctx.opens.has(open) || ls !== prev + 1 || prev <= a || ctx.surf[prev] !== ',' || ctx.surf[open - 1] !== ',' || open + 1 >= ctx.tokens.length) return undefined;
  const verb = ctx.low[open + 1];
  if (ctx.cap[open + 1] || !(ctx.vocab.finiteVerbs.has(verb) || ctx.vocab.auxiliaries.has(verb)) || ctx.vocab.timeWords.has(verb)) return undefined;
  for (let k = a; k < prev; k++) if (ctx.regionOf[k] >= 0 || ctx.surf[k] === ',') return undefined;
  return trimSpan(ctx.text, ctx.tokens[a].start, ctx.tokens[prev - 1].end);
}

function introductoryPhrase(ctx: QuoteContext, a: number, end: number): boolean {
  if (end - a > MAX_INTRO_PHRASE_TOKENS || end <= a || !ctx.vocab.clauseOpeners.has(ctx.low[a]) || ctx.regionOf[a] >= 0) return false;
  for (let k = a + 1; k < end; k++) {
    const w = ctx.low[k];
    if (!isWord(ctx, k) || NOMINATIVE.has(w) || ctx.vocab.finiteVerbs.has(w) || isClauseVerb(w) || ctx.vocab.cueVerbs.has(w)) return false;
  }
  return true;
}

/** Longest subject read before the verb of a clause after a "told" object ("the attack took place"), in tokens. */
const MAX_TOLD_SUBJECT = 6;

/** Whether a verb follows within a short subject from `from`: a finite, auxiliary or irregular form, or a past "-ed". */
function verbFollows(ctx: QuoteContext, from: number, b: number): boolean {
  // (a number or a share in the subject: "10% of the employees were", "a nearly 24-hour search had")
  // ("a nearly 24-hour search mission had begun": a hyphen inside a compound goes on, and counts for no word)
  // ("the inner star and the black hole are …": a second noun phrase joined to the subject's first counts for no more words)
  let uncounted = 0;
  let joined = 0;
  // ("the Tories' plans were": an owner's apostrophe counts for no word either)
  const owners = (k: number) => k > from && ctx.tokens[k - 1].end === ctx.tokens[k].start && (POSSESSIVE.has(ctx.low[k]) || ctx.surf[k] === "'" || ctx.surf[k] === '’');
  for (let k = from; k < b && k - from - uncounted - joined < MAX_TOLD_SUBJECT && (isWord(ctx, k) || ctx.tokens[k].kind === 'number' || ctx.surf[k] === '%' ||
    (ctx.surf[k] === '-' && k > from && ctx.tokens[k - 1].end === ctx.tokens[k].start && ctx.tokens[k].end === ctx.tokens[k + 1]?.start) || owners(k)); k++) {
    if (ctx.surf[k] === '-' || owners(k)) {
      uncounted++;
      continue;
    }
    const w = ctx.low[k];
    if (w === 'and' && joined === 0 && k > from && ARTICLES.has(ctx.low[k + 1] ?? '')) {
      joined = k - from + 1;
      continue;
    }
    if (ctx.vocab.finiteVerbs.has(w) || ctx.vocab.auxiliaries.has(w) || isClauseVerb(w) || (!ctx.cap[k] && w.endsWith('ed'))) return true;
    // "the plan works": a present form after the subject's first word
    if (k > from && !ctx.cap[k] && w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return true;
  }
  return false;
}

/** Cues that take the people addressed before a "that" clause ("warned them that", "assured reporters that"). */
const ADDRESSEE_CUES = new Set(['assured', 'assures', 'assure', 'warned', 'warns', 'warn', 'reminded', 'reminds', 'remind', 'informed',
  'informs', 'inform', 'promised', 'promises', 'promise', 'convinced', 'persuaded', 'notified', 'advised', 'advises']);
/** Longest addressee before its "that" ("the families of the victims"), in tokens. */
const MAX_ADDRESSEE_TOKENS = 5;

/** The "that" after a short addressee at `j` (no verb inside it), else undefined. */
function addresseeThat(ctx: QuoteContext, j: number, b: number): number | undefined {
  for (let k = j; k < b && k - j <= MAX_ADDRESSEE_TOKENS; k++) {
    const w = ctx.low[k];
    if (w === 'that') return k > j ? k : undefined;
    if (!isWord(ctx, k) || ctx.vocab.finiteVerbs.has(w) || ctx.vocab.auxiliaries.has(w) || (ctx.cueForm[k] & CUE_VERB) !== 0 || NOMINATIVE.has(w)) return undefined;
  }
  return undefined;
}

/** Those a statement is told to, as objects of "told": "told reporters", "told the press". */
const AUDIENCE_NOUNS = new Set(['reporters', 'journalists', 'press', 'media', 'lawmakers', 'supporters', 'crowd', 'audience', 'delegates', 'residents', 'investigators', 'police', 'parliament', 'congress',
  'hearing', 'court', 'inquiry', 'committee', 'conference', 'jury', 'tribunal', 'mps', 'peers', 'senators', 'listeners', 'viewers', 'fans', 'colleagues', 'rally', 'summit',
  'jurors', 'shareholders', 'investors', 'analysts', 'students', 'workers', 'staff', 'voters', 'diplomats', 'troops', 'guests', 'donors']);

/** What is told, not whom: the noun a relative clause then describes ("the story he told"). */
const TOLD_THINGS = new Set(['story', 'stories', 'lie', 'lies', 'joke', 'jokes', 'tale', 'tales', 'truth', 'anecdote', 'anecdotes', 'secret', 'secrets']);
/** Longest audience without a determiner read before a subject pronoun ("told fellow nurses she …"), in tokens. */
const MAX_BARE_OBJECT_TOKENS = 3;

/** "told a meeting of the police authority it would be …": the end of a plain noun phrase at `j` that a subject
 *  pronoun follows, or undefined. */
function objectBeforePronoun(ctx: QuoteContext, j: number, b: number): number | undefined {
  // ("told conservatives they needed …", "told fellow nurses she …": a short bare plural noun phrase)
  const determined = ctx.vocab.determiners.has(ctx.low[j]);
  const longest = determined ? MAX_OBJECT_TOKENS : MAX_BARE_OBJECT_TOKENS;
  for (let k = j + 1; k < b && k - j <= longest; k++) {
    const w = ctx.low[k];
    const plural = (x: string) => x.endsWith('s') && !x.endsWith('ss') && !x.endsWith('’s') && !x.endsWith("'s");
    if (NOMINATIVE.has(w) || w === 'it') {
      if (TOLD_THINGS.has(ctx.low[k - 1])) return undefined; // "told the story he …", "tells lies he …": what is told, no audience
      return determined ? (k > j + 1 ? k : undefined) : (plural(ctx.low[k - 1]) && !ctx.cap[k - 1] ? k : undefined);
    }
    if (!isWord(ctx, k) || ctx.vocab.finiteVerbs.has(w) || ctx.vocab.auxiliaries.has(w) || ctx.vocab.cueVerbs.has(w) || w === 'that') return undefined;
  }
  return undefined;
}

/** Words that end a programme or outlet phrase after its capitalised name ("BBC Radio 4's Today programme"). */
const PROGRAMME_WORDS = new Set(['programme', 'program', 'show', 'website', 'site', 'channel', 'station', 'bulletin', 'podcast']);
const PROGRAMME_LINKS = new Set(['with', 'of', 'and', 'on', 'at']);
/** Longest outlet phrase read after "told", in tokens. */
const MAX_OUTLET_TOKENS = 8;

/** "told BBC Radio 4's Today programme he hoped …", "told the BBC Michael Howard has …": the end of the longest outlet
 *  phrase at `j` (a known conduit, or capitalised words ending with an outlet or programme word) after which a clause
 *  opens, or undefined. */
function outletEnd(ctx: QuoteContext, j: number, b: number): number | undefined {
  const v = ctx.vocab;
  const first = ctx.low[j] === 'the' ? j + 1 : j;
  if (first >= b || !ctx.cap[first]) return undefined;
  let best: number | undefined;
  for (let e = first + 1; e <= b && e - j <= MAX_OUTLET_TOKENS; e++) {
    const last = ctx.low[e - 1];
    // ("Breakfast with Frost": a link between capitalised words)
    const part = ctx.cap[e - 1] || ctx.tokens[e - 1].kind === 'number' || last === '’s' || last === "'s" || PROGRAMME_WORDS.has(last) ||
      (PROGRAMME_LINKS.has(last) && e < b && ctx.cap[e]);
    if (!part) break;
    const phrase = ctx.low.slice(j, e).join(' ').replace(/ (['’]s)/g, '$1');
    const outlet = v.conduits.has(phrase) || v.conduits.has(phrase.replace(/^the /, '')) || v.outletWords.has(last) || PROGRAMME_WORDS.has(last);
    if (!outlet || e >= b) continue;
    const next = ctx.low[e];
    const clause = NOMINATIVE.has(next) || next === 'it' || next === 'there' ||
      (v.determiners.has(next) && !ctx.cap[e] && verbFollows(ctx, e + 1, b)) || namedClauseAt(ctx, e, b);
    if (clause) best = e;
  }
  return best;
}

/** Whether capitalised words at `e` and a verb right after them open a clause ("Michael Howard has", "Liverpool were"). */
function namedClauseAt(ctx: QuoteContext, e: number, b: number): boolean {
  let k = e;
  while (k < b && ctx.cap[k] && isWord(ctx, k)) k++;
  if (k === e || k >= b) return false;
  const w = ctx.low[k];
  return ctx.vocab.finiteVerbs.has(w) || isClauseVerb(w) || (w.length > 4 && w.endsWith('ed'));
}

/** The first token of an outlet that "to" leads to at the end of the phrase [s, e) ("Dasbach to Wikinews"), or undefined. */
function outletToldAfter(ctx: QuoteContext, s: number, e: number): number | undefined {
  for (let t = s + 1; t < e - 1; t++) if (ctx.low[t] === 'to' && conduitOf(ctx, [t + 1, e])) return t + 1;
  return undefined;
}

/** End of an audience noun phrase at `j` ("reporters", "the press"), or undefined. */
function audienceEnd(ctx: QuoteContext, j: number, b: number): number | undefined {
  const start = ctx.low[j] === 'the' ? j + 1 : j;
  // ("told local media", "told Russian state media", "told fellow senators": up to two modifiers before the audience noun)
  for (let k = start; k < b && k - start <= MAX_AUDIENCE_MODIFIERS; k++) {
    const w = ctx.low[k];
    if (AUDIENCE_NOUNS.has(w) && !ctx.cap[k]) return k + 1;
    if (!isWord(ctx, k) || ctx.vocab.finiteVerbs.has(w) || ctx.vocab.auxiliaries.has(w) || ctx.vocab.pronouns.has(w) || ARTICLES.has(w) ||
      ctx.cueForm[k] !== 0) return undefined;
  }
  return undefined;
}

/** Most modifiers before an audience noun after "told" ("Russian state media"). */
const MAX_AUDIENCE_MODIFIERS = 2;

/** Words opening the name of an outlet's channel after the outlet's ("BBC Radio 4", "Sky News", "CNN International"). */
const CHANNEL_WORDS = new Set(['radio', 'television', 'tv', 'news', 'world', 'international', 'one', 'two', 'three', 'four', 'five', 'live',
  'online', 'arabic', 'sport', 'sports', 'business', 'northern', 'scotland', 'wales', 'america', 'asia', 'europe', 'africa']);

/** Whether [n, e), after a known outlet's name, names one of its channels or papers: a number, a channel word, a place, an
 *  acronym ("BBC GMR"), a body's name ("BBC Newcastle") or a last word naming an outlet ("the Times Higher Education Supplement"). */
function channelName(ctx: QuoteContext, n: number, e: number): boolean {
  if (ctx.tokens[n].kind === 'number' || CHANNEL_WORDS.has(ctx.low[n]) || ctx.vocab.outletWords.has(ctx.low[e - 1])) return true;
  if (/^\p{Lu}{2,}$/u.test(ctx.surf[n]) && e - n === 1) return true;
  return (ctx.entities ?? []).some((m) => (m.label === 'LOC' || m.label === 'ORG') && m.start === ctx.tokens[n].start);
}

/** Whether token `k` lies in a place or nationality the entity layer names ("Greece", "Spanish"). */
function placeWord(ctx: QuoteContext, k: number): boolean {
  return (ctx.entities ?? []).some((m) => (m.label === 'LOC' || m.origin === 'demonym' || m.label === 'MISC') && m.start <= ctx.tokens[k].start && ctx.tokens[k].end <= m.end);
}

/** Kinds of outlet whose name the article gives beside them ("newspaper Star of Mysore", "Novastream web radio"); "agency"
 *  only after "news" or "press", "station" only after "radio" or "television". */
const OUTLET_KINDS = new Set(['newspaper', 'paper', 'magazine', 'daily', 'weekly', 'tabloid', 'broadcaster', 'radio', 'television', 'agency',
  'station']);
/** The same kinds as flagged words: a table answers most tokens without hashing their strings. */
const OUTLET_KIND_WORDS = new WordBits();
for (const kind of OUTLET_KINDS) OUTLET_KIND_WORDS.add(kind, 1);
/** Most lower-case words between an outlet's name and its kind ("Novastream web radio"). */
const MAX_OUTLET_KIND_WORDS = 2;
const outletsByContext = new WeakMap<QuoteContext, Set<string>>();

/** The outlets the article names beside their kind (lower case, no "the"), read once per article: "told newspaper Star of
 *  Mysore", "an interview with Novastream web radio", "the Harbour Times newspaper"; not a place or nationality ("Spanish
 *  newspaper"), a person, or a body's agency ("the UN refugee agency UNHCR"). */
function articleOutlets(ctx: QuoteContext): Set<string> {
  let outlets = outletsByContext.get(ctx);
  if (outlets) return outlets;
  outlets = new Set();
  const n = ctx.tokens.length;
  const add = (from: number, to: number) => {
    if (ctx.low[from] === 'the') from++;
    // (a place the gazetteer knows or a nationality: "a Manchester newspaper", "US magazine", "Spanish newspaper"; the tagger's
    // guesses at an unknown name may call an outlet a place, "Novastream web radio", "the Kommersant newspaper")
    const at = ctx.tokens[from].start;
    if (to <= from || (ctx.entities ?? []).some((m) => m.start <= at && at < m.end && (m.label === 'PER' || m.origin === 'demonym' ||
      (m.label === 'LOC' && m.origin !== 'ner')))) return;
    outlets!.add(ctx.low.slice(from, to).join(' '));
  };
  for (let k = 0; k < n; k++) {
    const w = ctx.low[k];
    // (written in lower case: "Radio" is part of a name, "BBC Radio 4")
    if (w.length < 5 || !OUTLET_KIND_WORDS.get(w) || ctx.surf[k] !== w) continue;
    if (w === 'agency' && ctx.low[k - 1] !== 'news' && ctx.low[k - 1] !== 'press') continue;
    if (w === 'station' && ctx.low[k - 1] !== 'radio' && ctx.low[k - 1] !== 'television') continue;
    if (k + 1 < n && ctx.cap[k + 1] && isWord(ctx, k + 1)) {
      let e = k + 1;
      while (e < n && isWord(ctx, e) && (ctx.cap[e] || (INNER_NAME_LINKS.has(ctx.low[e]) && ctx.cap[e + 1] === true)) && !POSSESSIVE.has(ctx.low[e])) e++;
      add(k + 1, e);
    }
    let j = k - 1;
    while (j >= 0 && k - j <= MAX_OUTLET_KIND_WORDS && !ctx.cap[j] && isWord(ctx, j) && !OUTLET_KINDS.has(ctx.low[j]) &&
      !ctx.vocab.determiners.has(ctx.low[j]) && !ctx.vocab.nounPhraseLinks.has(ctx.low[j]) && !ctx.vocab.boundaryWords.has(ctx.low[j]) &&
      !ctx.vocab.finiteVerbs.has(ctx.low[j]) && ctx.cueForm[j] === 0) j--;
    if (j >= 0 && ctx.cap[j] && isWord(ctx, j) && !POSSESSIVE.has(ctx.low[j + 1] ?? '')) {
      let f = j;
      while (f - 1 >= 0 && isWord(ctx, f - 1) && (ctx.cap[f - 1] || (INNER_NAME_LINKS.has(ctx.low[f - 1]) && f - 2 >= 0 && ctx.cap[f - 2]))) f--;
      // (not a word capitalised only by the sentence's start: "Local radio …")
      if (f < j || ctx.sentences[ctx.sentenceOf[f]]?.tokenStart !== f) add(f, j + 1);
    }
  }
  outletsByContext.set(ctx, outlets);
  return outlets;
}

/** Link words inside an outlet's name ("Star of Mysore", "News of the World"). */
const INNER_NAME_LINKS = new Set(['of', 'the', 'and', '&']);

/** Web pages someone or something owns that words are told to or posted on. */
const WEB_PAGES = new Set(['website', 'site', 'blog', 'webpage', 'homepage']);
/** Words between a web page's owner and its noun ("his official website", "the club's own site"). */
const WEB_PAGE_MODIFIERS = new Set(['official', 'personal', 'own', 'new', 'private', 'internet', 'online', 'web']);

/** "Villa's website", "his official website", "the club's site" from `s` to `e`: the owner's possessive, modifiers, then the
 *  page's noun; the text as written (without a leading "the" before a capitalised owner: "the club's website" keeps it). */
function ownedWebsite(ctx: QuoteContext, s: number, e: number): string | undefined {
  if (e - s < 2 || !WEB_PAGES.has(ctx.low[e - 1])) return undefined;
  let k = e - 2;
  while (k > s && WEB_PAGE_MODIFIERS.has(ctx.low[k])) k--;
  const owned = POSSESSIVES.has(ctx.low[k]) && k === s ? s : POSSESSIVE.has(ctx.low[k]) && k > s ? k : -1;
  if (owned < 0) return undefined;
  // (the owner before the possessive: a capitalised name, or "the club", "the team")
  if (owned > s && !ctx.cap.slice(ctx.low[s] === 'the' ? s + 1 : s, owned).every(Boolean) && !(ctx.low[s] === 'the' && owned === s + 2)) return undefined;
  return ctx.text.slice(ctx.tokens[ctx.low[s] === 'the' && ctx.cap[s + 1] ? s + 1 : s].start, ctx.tokens[e - 1].end);
}

function conduitOf(ctx: QuoteContext, range: [number, number]): string | undefined {
  const [s, e] = range;
  if (e - s === 1 && ctx.cap[s] && PLATFORMS.has(ctx.low[s])) return ctx.surf[s];
  const phrase = ctx.low.slice(s, e).join(' ');
  const bare = phrase.replace(/^the /, '');
  if (ctx.vocab.conduits.has(phrase) || ctx.vocab.conduits.has(bare)) return ctx.text.slice(ctx.tokens[s].start, ctx.tokens[e - 1].end);
  // ("In an interview with Novastream web radio, …. …, Sloncek told Novastream.": an outlet the article named by its kind)
  if (articleOutlets(ctx).has(bare)) return ctx.text.slice(ctx.tokens[ctx.low[s] === 'the' ? s + 1 : s].start, ctx.tokens[e - 1].end);
  // ("BBC Radio 4", "BBC News 24", "CNN Philippines": a known outlet and the capitalised name of one of its channels; not
  // "told MSNBC Cummings …", "the Atlantic Council")
  for (let n = e - 1; n > s; n--) {
    if (!ctx.cap[n] && ctx.tokens[n].kind !== 'number') break;
    const known = ctx.low.slice(s, n).join(' ');
    if (!ctx.vocab.conduits.has(known) && !ctx.vocab.conduits.has(known.replace(/^the /, ''))) continue;
    if (channelName(ctx, n, e)) return ctx.text.slice(ctx.tokens[s].start, ctx.tokens[e - 1].end);
    // ("told MSNBC Cummings was …": the outlet before the name of whom the words are about)
    if ((ctx.entities ?? []).some((m) => m.label === 'PER' && m.start === ctx.tokens[n].start)) return ctx.text.slice(ctx.tokens[s].start, ctx.tokens[n - 1].end);
    break;
  }
  // "the Military Times": a capitalised name ending with an outlet word.
  const named = ctx.cap.slice(s, e).every((c, n) => c || ctx.low[s + n] === 'the');
  if (named && ctx.cap[e - 1] && ctx.vocab.outletWords.has(ctx.low[e - 1])) return ctx.text.slice(ctx.tokens[ctx.low[s] === 'the' ? s + 1 : s].start, ctx.tokens[e - 1].end);
  // ("quoted in the Herald newspaper", "told the Harbour Times newspaper": a capitalised name before the kind of outlet it is)
  const first = ctx.low[s] === 'the' ? s + 1 : s;
  if (e - first >= 2 && !ctx.cap[e - 1] && OUTLET_NOUNS.has(ctx.low[e - 1]) && ctx.cap.slice(first, e - 1).every(Boolean)) {
    return ctx.text.slice(ctx.tokens[first].start, ctx.tokens[e - 2].end);
  }
  // ("told sports daily Marca", "told Spanish newspaper El Pais", "speaking on Greece's Alter Television station": the
  // capitalised name after the kind of outlet it is, or before it after a place's "'s")
  // ("speaking to newspaper Star of Mysore": a link inside the name)
  const kind = ctx.low.slice(s, e).findIndex((w, n) => OUTLET_NOUNS.has(w) && !ctx.cap[s + n]);
  const nameAfterKind = (k: number) => ctx.cap[k] || (INNER_NAME_LINKS.has(ctx.low[k]) && k > s + kind + 1 && k + 1 < e && ctx.cap[k + 1]);
  if (kind >= 0 && s + kind + 1 < e && ctx.low.slice(s + kind + 1, e).every((w, n) => nameAfterKind(s + kind + 1 + n)) &&
    ctx.low.slice(s, s + kind).every((w, n) => !ctx.cap[s + n] || placeWord(ctx, s + n))) {
    return ctx.text.slice(ctx.tokens[s + kind + 1].start, ctx.tokens[e - 1].end);
  }
  const placeOwner = e - s >= 4 && POSSESSIVE.has(ctx.low[s + 1]) && placeWord(ctx, s) && !ctx.cap[e - 1] && OUTLET_NOUNS.has(ctx.low[e - 1]) &&
    ctx.cap.slice(s + 2, e - 1).every(Boolean);
  if (placeOwner) return ctx.text.slice(ctx.tokens[s + 2].start, ctx.tokens[e - 2].end);
  // ("told Villa's website", "said on his official website", "told Uefa's website": a website or blog and its owner)
  const site = ownedWebsite(ctx, s, e);
  if (site) return site;
  // ("told BBC Radio Five Live's Sportsweek programme": the outlet owning the programme)
  const owner = ctx.low.slice(s + 1, e - 1).findIndex((w) => w === '’s' || w === "'s");
  if (owner >= 0) return conduitOf(ctx, [ctx.low[s] === 'the' && owner > 0 ? s + 1 : s, s + 1 + owner]);
  const m = mentionIn(ctx, ctx.tokens[s].start, ctx.tokens[e - 1].end, ['ORG']);
  const actor = actorOf(ctx, m);
  return actor?.kind === 'media' ? ctx.text.slice(ctx.entities![m].start, ctx.entities![m].end) : undefined;
}

function timeOf(ctx: QuoteContext, range: [number, number]): Quote['time'] {
  if (!ctx.published) return undefined;
  const from = ctx.tokens[range[0]].start;
  const to = ctx.tokens[range[1] - 1].end;
  const mention = findDates(ctx.text, ctx.published, from, to)[0];
  if (!mention) return undefined;
  return { text: mention.text, start: mention.date.start, end: mention.date.end, precision: mention.date.precision };
}

/** Most tokens of a time phrase opening a sentence before its speaker ("Earlier on Tuesday evening,"). */
const MAX_FRONTED_TIME = 5;

/** The phrase opening the sentence, after a leading conjunction, before the comma right before the speaker: "On Tuesday, the
 *  minister said …", "But last week, Lee said …" (timeOf reads a time in it, or none: "In a statement, Lee said …"). */
function frontedTime(ctx: QuoteContext, att: Attribution): [number, number] | undefined {
  // (what is said comes after the cue: in "This year, he said, he came to support …" the time is the content's)
  if (!att.source || att.cue < att.source[1] || att.parts[0].start < ctx.tokens[att.cue].start) return undefined;
  const s = att.source[0];
  let k = ctx.sentences[att.sentence].tokenStart;
  if (LEADING_CONJUNCTIONS.has(ctx.low[k])) k++;
  if (s - 1 <= k || s - 1 - k > MAX_FRONTED_TIME || ctx.surf[s - 1] !== ',') return undefined;
  for (let t = k; t < s - 1; t++) if (!isWord(ctx, t) && ctx.tokens[t].kind !== 'number') return undefined;
  return [k, s - 1];
}

/** Most tokens between a speaker and the cue read for a time ("Lee, speaking on Tuesday, said"). */
const MAX_INSERTED_TIME = 6;

/** The words between the speaker and the cue: "The minister on Monday said …", "Lee, speaking on Tuesday, said …", "Lee earlier
 *  this week told …" (timeOf reads a time in them, or none). */
function insertedTime(ctx: QuoteContext, att: Attribution): [number, number] | undefined {
  if (!att.source || att.cue <= att.source[1] || att.cue - att.source[1] > MAX_INSERTED_TIME) return undefined;
  return [att.source[1], att.cue];
}

/** Most tokens before a document's noun in a speaker phrase read for its time ("An annual economic survey released on Friday"). */
const MAX_DOCUMENT_NOUN_AT = 6;

/** The words after the noun of a document that speaks, when the speaker phrase opens with it: "An annual economic survey
 *  released on Friday said", "according to a report on Wednesday by UpGuard" (timeOf reads when it came out in them). */
function documentTime(ctx: QuoteContext, att: Attribution): [number, number] | undefined {
  if (!att.source) return undefined;
  const [s, e] = att.source;
  for (let k = s; k < e - 1 && k - s <= MAX_DOCUMENT_NOUN_AT; k++) {
    if (!isWord(ctx, k) && ctx.tokens[k].kind !== 'number') return undefined;
    if (ctx.vocab.pronouns.has(ctx.low[k]) || (ctx.cap[k] && (ctx.entities ?? []).some((m) => m.label === 'PER' && m.start === ctx.tokens[k].start))) return undefined;
    if (!ctx.cap[k] && (ctx.vocab.reportNouns.has(ctx.low[k]) || ctx.vocab.pollNouns.has(ctx.low[k]))) return [k + 1, e];
  }
  return undefined;
}

/** Quotes of a document; works with or without the entities and resolution layers. */
export function extractQuotes(doc: Document, vocab: QuoteVocabulary = loadVocabulary(), options: ExtractOptions = {}): Quote[] {
  if (!doc.article?.text) return [];
  const ctx = buildContext(doc, vocab);
  let attributions = findAttributions(ctx);
  if (options.tagger) {
    // Sentences where the rules read a cue are left to them: the tagger's gain is in the others, and skipping
    // them keeps the stage fast.
    // So are sentences that begin inside a rule's content (a quotation running on).
    const ruled = new Set(attributions.map((att) => att.sentence));
    const contents = attributions.flatMap((att) => att.parts);
    const skip = (si: number) => {
      if (ruled.has(si)) return true;
      const at = ctx.sentences[si].start;
      return contents.some((p) => p.start <= at && at < p.end);
    };
    const tagged = taggedAttributions(ctx, options.tagger, options.combine === 'bounds' ? undefined : skip);
    attributions = combineAttributions(ctx, attributions, tagged, options.combine ?? 'add', (att) => ({ ...att }));
  }
  if (options.addCues) attributions = options.addCues(ctx, attributions, (i) => frameAt(ctx, i));
  // Speakers are named in the order their cues appear, so "he" finds the speaker named before it.
  const order = attributions.map((att, idx) => idx).sort((x, y) => attributions[x].cue - attributions[y].cue || x - y);
  const titled = titledPersonBefore(ctx);
  const said = attributions.flatMap((att) => att.parts);
  const memory = new SpeakerMemory(otherSubjectBetween(ctx, titled), onlyPersonBefore(ctx), titled, otherOrganisationBetween(ctx, said),
    organisationSubjectBefore(ctx, said), documentOwnerBefore(ctx), groupSubjectBefore(ctx), personNamedBetween(ctx, said), otherPersonInSentence(ctx, said),
    bodyIntroducedBefore(ctx), descriptionBefore(ctx), personBesideLead(ctx), personOpeningBefore(ctx, otherSubjectBetween(ctx, titled)),
    bodyDescriptionBefore(ctx), paperBefore(ctx), surnameFirst(ctx), topicPerson(ctx), peopleIntroducedInParagraph(ctx, said));
  const transcripts = attributions.filter((att) => att.transcript);
  const quotes = new Array<Quote | undefined>(attributions.length);
  const named = new Map<Attribution, Pick<Quote, 'speaker' | 'affiliation' | 'role'>>();
  for (const idx of order) {
    const att = attributions[idx];
    if (att.source) {
      const trimmed = withoutTimeWords(ctx, att.source);
      if (trimmed[0] !== att.source[0] || trimmed[1] !== att.source[1]) att.source = trimmed;
      // ("according to the mayor of Yartsevo via news agency Interfax": the outlet the speaker spoke through is the conduit)
      const via = att.conduit ? undefined : outletVia(ctx, att.source);
      if (via) [att.source, att.conduit] = via;
      // ("Lee, in an interview with the BBC, said …", "in remarks to The Washington Post": the outlet spoken to)
      if (!att.conduit) att.conduit = outletInterview(ctx, att) ?? platformAfterCue(ctx, att) ?? outletAccordingInsert(ctx, att) ?? outletAccordingOpener(ctx, att) ?? outletQuotedIn(ctx, att) ??
        outletDiscussedWith(ctx, att) ?? platformAfterInvertedSpeaker(ctx, att);
    }
    const cueStart = ctx.tokens[negatedCueStart(ctx, att.cue)].start;
    const cueEnd = ctx.tokens[att.cueEnd - 1].end;
    const parts = att.parts;
    const start = parts[0].start;
    const end = parts[parts.length - 1].end;
    let who = att.parent ? named.get(att.parent) : undefined;
    let aside = false;
    if (!who) {
      who = nameSpeaker(ctx, att, memory);
      // ("A spokesman said Mr Galloway had friends in common with Ms Hassan, who he described as …": a "he" inside what
      // someone reports is the person that report is about, when it opens on one)
      const reported = reportedSubject(ctx, att, attributions);
      if (reported) who = { speaker: { ...who.speaker, name: reported.name, actorId: reported.actorId } };
      // "((Zara Kay)) … I think hijāb …": the first person of a transcript answer is its labelled speaker ("if you think
      // about it" is anyone).
      const answer = who.speaker.start !== undefined && ctx.vocab.pronouns.get(ctx.low[att.source![0]]) === 'self' && ctx.low[att.source![0]] !== 'you' &&
        att.source![1] - att.source![0] === 1
        ? transcripts.find((t) => t.parts.some((p) => p.start <= who!.speaker.start! && who!.speaker.end! <= p.end))
        : undefined;
      const labelled = answer ? named.get(answer) : undefined;
      if (labelled) who = { ...labelled, speaker: { ...labelled.speaker, start: who.speaker.start, end: who.speaker.end } };
      // ("((Ann Hart)) No, I think that was fine.": the answer's own "I think" inside it is no quote of its own; the answer is)
      aside = labelled !== undefined && parts.every((p) => answer!.parts.some((q) => q.start <= p.start && p.end <= q.end));
      // ("Mellberg spoke of his dislike …. “I've had more than a quiet word with Olof,” he told …": nobody calls themselves by
      // first name in their own words, so "he" is not the speaker the quotation names so; a surname may be the narration a
      // quotation missing its closing mark runs into, "…. Mr Hopkins said that …")
      if (!labelled && att.source && att.source[1] - att.source[0] === 1 && GENDERED_PRONOUNS.has(ctx.low[att.source[0]]) &&
        namedInside(ctx, parts, firstNamesOf(ctx, who.speaker.name))) {
        who = { speaker: { name: ctx.surf[att.source[0]], start: who.speaker.start, end: who.speaker.end } };
      }
      named.set(att, who);
    }
    if (att.deed || aside) continue;
    // ("“X,” he declared. “Y. “Z.”": quotations going on after the sentence of their attribution are the same quote, in parts)
    let root = att.parent;
    while (root?.parent) root = root.parent;
    const continued = root ? quotes[attributions.indexOf(root)] : undefined;
    if (continued?.direct && att.direct) {
      continued.parts = [...(continued.parts ?? [{ start: continued.start, end: continued.end }]), ...parts.map((p) => ({ start: p.start, end: p.end }))];
      continued.end = end;
      continued.text = ctx.text.slice(continued.start, end);
      continue;
    }
    const cue = ctx.text.slice(cueStart, cueEnd);
    const quote: Quote = { text: ctx.text.slice(start, end), start, end, direct: att.direct, kind: quoteKind(cue), cue, cueStart, cueEnd, speaker: who.speaker };
    if (parts.length > 1) quote.parts = parts.map((p) => ({ start: p.start, end: p.end }));
    if (who.affiliation) quote.affiliation = who.affiliation;
    if (who.role) quote.role = who.role;
    if (att.conduit) {
      // ("According to the Financial Times, …. The paper quoted Mr Chernin as saying": the paper named before)
      const conduit = conduitOf(ctx, att.conduit) ?? paperConduit(ctx, att.conduit, att.parts);
      if (conduit) quote.conduit = conduit;
    }
    // ("Chief Minister Manohar Parrikar tweeted he was …": the cue names the platform)
    if (!quote.conduit && TWEET_FORMS.has(cue.toLowerCase())) quote.conduit = 'Twitter';
    const timeRange = att.time ?? frontedTime(ctx, att) ?? insertedTime(ctx, att) ?? documentTime(ctx, att);
    if (timeRange) {
      const time = timeOf(ctx, timeRange);
      if (time) quote.time = time;
    }
    quotes[idx] = quote;
  }
  carryConduitsBack(ctx, attributions, quotes);
  carryConduits(ctx, attributions, quotes);
  interviewConduit(ctx, attributions, quotes);
  return quotes.filter((q): q is Quote => q !== undefined);
}

/** "((WN)) What do you …? ((Ann Lee)) I think …": in a transcript whose questions an outlet asks, the others' answers were
 *  told to it. `quotes` are by attribution. */
function interviewConduit(ctx: QuoteContext, attributions: readonly Attribution[], quotes: readonly (Quote | undefined)[]): void {
  let outlet: string | undefined;
  for (let i = 0; i < quotes.length && !outlet; i++) {
    const name = quotes[i]?.speaker.name;
    if (attributions[i].transcript && name && ctx.vocab.conduits.has(name.toLowerCase())) outlet = name;
  }
  if (!outlet) return;
  for (let i = 0; i < quotes.length; i++) {
    const quote = quotes[i];
    if (quote && attributions[i].transcript && !quote.conduit && quote.speaker.name !== outlet) quote.conduit = outlet;
  }
}

/** The SurnameFirst test over the entity layer's people, read once per article when first asked: names in full give
 *  their last word as a surname ("Michael Howard"), and so do names after an honorific ("Mr Flight"). */
function surnameFirst(ctx: QuoteContext): SurnameFirst {
  let full: Set<string> | undefined;
  let titled: Set<string> | undefined;
  return (first, second) => {
    if (!full || !titled) {
      full = new Set();
      titled = new Set();
      for (const m of ctx.entities ?? []) {
        const words = ctx.text.slice(m.start, m.end).split(/\s+/);
        if (m.label !== 'PER' || words.length < 2) continue;
        (ctx.vocab.honorifics.has(words[0].toLowerCase().replace(/\.$/, '')) ? titled : full).add(words.at(-1)!);
      }
    }
    return !ctx.vocab.firstNames.has(first.toLowerCase()) && !full.has(first) && !titled.has(second);
  };
}

/** "Culture Secretary Tessa Jowell said …. It was …, she told BBC Two's Newsnight.": a quote right before (in the same
 *  sentence or the one before, in the same paragraph) a "he" or "she" of the same speaker who told an outlet was told to it
 *  too, and so are the quotes of that speaker right before it. `quotes` are by attribution, in text order. */
function carryConduitsBack(ctx: QuoteContext, attributions: readonly Attribution[], quotes: readonly (Quote | undefined)[]): void {
  let later: { quote: Quote; sentence: number } | undefined;
  for (let i = quotes.length - 1; i >= 0; i--) {
    const quote = quotes[i];
    if (!quote) continue;
    const att = attributions[i];
    const ends = Math.max(att.sentence, sentenceIndexAt(ctx, Math.max(0, quote.end - 1)));
    // (in the same paragraph: a new one may be other remarks, and the text says nothing of where they were made)
    if (!quote.conduit && later && quote.speaker.name && later.quote.speaker.name === quote.speaker.name && later.sentence - ends <= 1 &&
      later.sentence >= att.sentence && !ctx.text.slice(Math.min(quote.end, quote.cueEnd), Math.min(later.quote.start, later.quote.cueStart)).includes('\n')) {
      quote.conduit = later.quote.conduit;
    }
    const pronoun = att.source !== undefined && att.source[1] - att.source[0] === 1 && GENDERED_PRONOUNS.has(ctx.low[att.source[0]]);
    // (from a "he told …" with its own outlet; then on through the same speaker's quotes that reached it)
    const told = quote.conduit !== undefined && att.conduit !== undefined && TELL.has(ctx.low[att.cue]);
    later = pronoun && (told || (later !== undefined && quote.conduit === later.quote.conduit && quote.conduit !== undefined))
      ? { quote, sentence: att.sentence } : undefined;
  }
}

/** Most sentences after a quote told to an outlet that the same speaker's next quote may go on in that interview. */
const MAX_CONDUIT_CARRY_SENTENCES = 2;

/** "Strachan told the BBC: "…" …. The former Scotland international added …": a quote that goes on ("added",
 *  "continued", "also said") right after the same speaker's quote told to an outlet, a sentence or two before, was told to
 *  it too, and so was a "he said" in the next sentence. `quotes` are by attribution, in text order. */
function carryConduits(ctx: QuoteContext, attributions: readonly Attribution[], quotes: readonly (Quote | undefined)[]): void {
  let previous: { quote: Quote; sentence: number } | undefined;
  for (let i = 0; i < quotes.length; i++) {
    const quote = quotes[i];
    if (!quote) continue;
    const att = attributions[i];
    const name = quote.speaker.name;
    // (or any cue of a "he" or "she" in the next sentence: "…, he told BBC Radio 4. In the UK, …, he said")
    const next = att.sentence - (previous?.sentence ?? 0) <= 1 && att.source !== undefined && att.source[1] - att.source[0] === 1 &&
      GENDERED_PRONOUNS.has(ctx.low[att.source[0]]);
    // (and a participle going on in the same sentence: "…, officials told state media, adding that …")
    const adding = ADDING.has(ctx.low[att.cue]) && att.sentence === previous?.sentence;
    if (!quote.conduit && previous?.quote.conduit && name && previous.quote.speaker.name === name &&
      ((goesOn(ctx, att.cue) && att.sentence - previous.sentence <= MAX_CONDUIT_CARRY_SENTENCES) || next || adding)) quote.conduit = previous.quote.conduit;
    // (counted from where the quote ends: its quotation may go on over sentences after its attribution's)
    previous = { quote, sentence: Math.max(att.sentence, sentenceIndexAt(ctx, Math.max(0, quote.end - 1))) };
  }
}

const REPORTED_CLAUSE_OPENERS = new Set(['who', 'whom', 'which', 'that', 'if', 'unless', 'when', 'whether', 'what']);

/** For a "he"/"she" speaker whose cue lies inside the content of another attribution, the person that content opens on
 *  as its subject ("said Mr Galloway had …, who he described as …"), when a verb follows the name and the gender fits. */
function reportedSubject(ctx: QuoteContext, att: Attribution, all: readonly Attribution[]): SubjectPerson | undefined {
  if (!att.source || att.source[1] - att.source[0] !== 1) return undefined;
  const gender = ctx.low[att.source[0]] === 'he' ? 'male' : ctx.low[att.source[0]] === 'she' ? 'female' : undefined;
  // (after a relative or conditional word only: in "…, as he believes the Blues boss has …" he is the believer)
  if (!gender || att.source[0] === 0 || !REPORTED_CLAUSE_OPENERS.has(ctx.low[att.source[0] - 1])) return undefined;
  const at = ctx.tokens[att.cue].start;
  const outer = all.find((o) => o !== att && !o.direct && o.parts.length === 1 && o.parts[0].start < at && at < o.parts[0].end);
  if (!outer) return undefined;
  const first = firstTokenFrom(ctx, outer.parts[0].start);
  const index = (ctx.entities ?? []).findIndex((m) => m.label === 'PER' && m.start === ctx.tokens[first].start);
  if (index < 0) return undefined;
  const m = ctx.entities![index];
  const after = firstTokenFrom(ctx, m.end);
  if (after >= ctx.tokens.length || !(verbAfterSubject(ctx, after) || BE.has(ctx.low[after])) || ctx.tokens[after].start > at) return undefined;
  const person = mentionedPerson(ctx, m, actorOf(ctx, index));
  return person.gender === gender ? person : undefined;
}

/** Longest title read before a name opening a main clause ("Greek prime minister Kyriakos Mitsotakis"), in tokens. */
const MAX_TITLE_BEFORE_NAME = 5;
/** Longest description before a name in commas at a sentence start ("One woman, …", "A local farmer, …"), in tokens. */
const MAX_DESCRIBED_OPENER = 4;

/** Adds to `starts` the offsets of the capitalised words after a title opening at `from` ("MP Lord Janner": either word
 *  may open the name); modifiers may come before the title ("Greek prime minister", "harbour minister"). */
function titledNameStarts(ctx: QuoteContext, from: number, end: number, starts: Set<number>): void {
  let role = false;
  for (let k = from; k < end && k - from < MAX_TITLE_BEFORE_NAME && isWord(ctx, k); k++) {
    const w = ctx.low[k];
    // (a plural title names several people: "Hollywood actors Samuel L Jackson and Ben Stiller have signed up")
    if ((ctx.vocab.roleWords.has(w) || ctx.vocab.genderedRoles.has(w)) && w.endsWith('s') && !w.endsWith('ss') && !ctx.vocab.genderedRoles.has(w)) break;
    if (ctx.vocab.roleWords.has(w) || ctx.vocab.genderedRoles.has(w)) role = true;
    else if (role && ctx.cap[k]) starts.add(ctx.tokens[k].start);
    else if (role) break;
    // (a verb before any title ends the search: "Navratilova will partner Nathalie Dechy" is no title)
    else if (ctx.vocab.auxiliaries.has(w) || ctx.vocab.finiteVerbs.has(w) || ctx.cueForm[k] !== 0) break;
  }
}

/** Honorifics that only a person's name follows ("Ms Sturgeon", "Mr McConnell"). */
const PERSON_HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.']);

/** The last person mention (entity layer) opening a sentence between two offsets, other than the speaker itself. */
function otherSubjectBetween(ctx: QuoteContext, titled: TitledPersonBefore): OtherSubjectBetween {
  // (read on the first pronoun, and sentence by sentence: a pronoun looks back one or a few sentences only)
  let people: EntityMention[] | undefined;
  // A one-word mention the tagger gave another label that is the surname of a person named before ("Jess Mears … Mears
  // would not confirm", tagged ORG): that person.
  const surnameOf = new Map<EntityMention, EntityMention>();
  // Offsets where a subject may open, filled for a sentence when it is first asked about (`read`).
  const starts = new Set<number>();
  const described = new Set<number>();
  const read = new Uint8Array(ctx.sentences.length);
  // (a surname read back as a person opens no sentence as an owner: "Bridge's injury also means Mourinho …"; a person
  // the tagger found does, the article's topic: "Mrs Blair's remarks are said …. She said")
  // (nor one whose phrase names its subject: "But Wenger's Bayern counterpart Felix Magath was …")
  const owners = new Set<EntityMention>();
  const ownersOf = new Map<EntityMention, EntityMention[]>();
  const peopleIn = (): EntityMention[] => {
    if (people) return people;
    people = [];
    const bySurname = new Map<string, EntityMention>();
    for (const m of ctx.entities ?? []) {
      const text = ctx.text.slice(m.start, m.end);
      // ("Ms Sturgeon has written to …. She said": a name after a person's honorific whatever label the tagger gave it)
      const honorific = m.label !== 'PER' && /^\S+\s+\S+$/.test(text) && PERSON_HONORIFICS.has(text.split(/\s+/)[0].toLowerCase());
      if (m.label === 'PER' || honorific) {
        people.push(m);
        if (/\s/.test(text)) bySurname.set(text.split(/\s+/).at(-1)!, m);
      } else if (!/\s/.test(text) && bySurname.has(text)) {
        people.push(m);
        surnameOf.set(m, bySurname.get(text)!);
      }
    }
    // (and the person a view "came from": "One dissenting opinion came from Brian Gammage, …. He said: …")
    for (const m of people) if (/\b(?:came|comes|come)\s+from\s+$/.test(ctx.text.slice(Math.max(0, m.start - 16), m.start))) starts.add(m.start);
    const possessive = (m: EntityMention) => /^['’]s?\b/.test(ctx.text.slice(m.end, m.end + 3));
    const ownedName = (m: EntityMention) => people!.find((p) => p.start > m.end && p.start - m.end <= OWNED_NAME_CHARS &&
      /^['’]s?(?:\s+\p{Lu}?[\p{Ll}-]*)*\s+$/u.test(ctx.text.slice(m.end, p.start)));
    for (const m of people) {
      if (!possessive(m)) continue;
      const owned = ownedName(m);
      if (!surnameOf.has(m) && !owned) continue;
      owners.add(m);
      if (owned && !surnameOf.has(m)) ownersOf.set(owned, [...(ownersOf.get(owned) ?? []), m]);
    }
    return people;
  };
  const readSentence = (si: number) => {
    if (si < 0 || read[si]) return;
    read[si] = 1;
    const s = ctx.sentences[si];
    // (after a leading conjunction too: "But Morrison is determined …. He said: …")
    starts.add(s.start);
    if (s.tokenStart + 1 < s.tokenEnd && LEADING_CONJUNCTIONS.has(ctx.low[s.tokenStart])) starts.add(ctx.tokens[s.tokenStart + 1].start);
    // (and after a fronted phrase: "In an interview with Forbes, West outlined his campaign. He named …")
    const main = mainClauseStart(ctx, s);
    if (main > s.tokenStart && main < s.tokenEnd && ctx.surf[main - 1] === ',') starts.add(ctx.tokens[main].start);
    // (and a name after its title opening the sentence or its main clause: "On Tuesday, Greek prime minister Kyriakos
    // Mitsotakis …")
    titledNameStarts(ctx, s.tokenStart, s.tokenEnd, starts);
    if (main !== s.tokenStart) titledNameStarts(ctx, main, s.tokenEnd, starts);
    // (and a name after a prepositional opener without its comma: "However during the case on Tuesday Mr Ebbers denied …")
    const opened = openerSubjectStart(ctx, s.tokenStart, s.tokenEnd);
    if (opened >= 0) starts.add(ctx.tokens[opened].start);
    // (and the person a sentence opens on: "For Martin, it does not make much of a difference. While he believes …",
    // "For Rick Dean, director of …, a high-definition future is an exciting prospect")
    // ("But for Allen Weiner, a research director at …, the future …": after a leading conjunction too)
    const forAt = LEADING_CONJUNCTIONS.has(ctx.low[s.tokenStart]) ? s.tokenStart + 1 : s.tokenStart;
    if (ctx.low[forAt] === 'for' && forAt + 1 < s.tokenEnd && ctx.cap[forAt + 1]) starts.add(ctx.tokens[forAt + 1].start);
    // (and the person a sentence introduces after its verb "be": "One is Denis Kovalchuk, a student …. He said …")
    const introduced = introducedPersonAt(ctx, s);
    if (introduced >= 0) starts.add(ctx.tokens[introduced].start);
    // (and a name after "The" and an adjective: "The versatile Finnan, who starred against the French, is confident …")
    if (ctx.low[s.tokenStart] === 'the' && s.tokenStart + 2 < s.tokenEnd && isWord(ctx, s.tokenStart + 1) && !ctx.cap[s.tokenStart + 1] &&
      ctx.cap[s.tokenStart + 2]) starts.add(ctx.tokens[s.tokenStart + 2].start);
    // (and after a coordinating conjunction opening a main clause: "He joins Norwich …, but Stuart is confident …")
    for (let k = s.tokenStart + 1; k + 2 < s.tokenEnd; k++) {
      if (ctx.surf[k] === ',' && CLAUSE_CONJUNCTIONS.has(ctx.low[k + 1]) && ctx.cap[k + 2] && ctx.regionOf[k] < 0) starts.add(ctx.tokens[k + 2].start);
    }
    // (and a person after words that describe them, opening the sentence or its main clause, when a verb follows: "Keane
    // frontman Tom Chaplin thanked fans …", "Labour's Elizabeth Blackman won the seat …")
    describedPersonStarts(ctx, people!, s, starts);
    // (and a name in commas after a short description opening the sentence: "One woman, Victoria Lapete, found …")
    let k = s.tokenStart;
    // (a capitalised title too: "The Attorney General, Lord Goldsmith, has …")
    while (k < s.tokenEnd && k - s.tokenStart < MAX_DESCRIBED_OPENER && isWord(ctx, k) && (k === s.tokenStart || !ctx.cap[k] || ctx.vocab.roleWords.has(ctx.low[k]))) k++;
    if (k > s.tokenStart + 1 && ctx.surf[k] === ',' && k + 1 < s.tokenEnd) described.add(ctx.tokens[k + 1].start);
  };
  const sentenceOfMention = (m: EntityMention) => {
    const k = firstTokenFrom(ctx, m.start);
    return k < ctx.tokens.length ? ctx.sentenceOf[k] : -1;
  };
  const inCommas = (m: { end: number }) => /^\s*,/.test(ctx.text.slice(m.end, m.end + 3));
  // (a name owned by one that opens a sentence opens it too: "Wenger's Bayern counterpart Felix Magath")
  const startsAt = (m: EntityMention): boolean => {
    readSentence(sentenceOfMention(m));
    return starts.has(m.start) || (ownersOf.get(m) ?? []).some(startsAt);
  };
  const opensSentence = (m: EntityMention) => startsAt(m) || (described.has(m.start) && inCommas(m));
  /** The people opening a sentence (or its main clause) between two offsets, in text order. */
  const subjectsBetween = (lo: number, to: number): EntityMention[] =>
    peopleIn().filter((m) => m.start >= lo && m.end <= to && !owners.has(m) && opensSentence(m));
  return (from, to, speaker, content, gender) => {
    const own = new Set(speaker?.name.toLowerCase().split(/\s+/) ?? []);
    // Only this sentence or the one before: farther back, the last speaker is the better guess. (After a quotation of
    // several sentences, "this sentence" is the one the quotation opens in: "Head of the division, Andrew Burke, spoke
    // …. "How risque can I be? …," he said.")
    const opening = content?.length ? Math.min(to, ...content.map((p) => p.start)) : to;
    const here = sentenceIndexAt(ctx, Math.max(0, opening - 1));
    // (a sentence opening with the same "he" or "she" continues the subject before it: "Gunzburger, a trial lawyer,
    // founded …. He currently serves as …. According to Twitter, he describes himself …")
    const same = gender === 'male' ? 'he' : gender === 'female' ? 'she' : undefined;
    let back = here > 0 ? here - 1 : 0;
    // (after an opener too: "However, he remains a member of the party. He said …")
    const opensWith = (si: number) => ctx.low[mainClauseStart(ctx, ctx.sentences[si])] === same;
    while (same && back > 0 && here - back < MAX_PRONOUN_CHAIN && opensWith(back)) back--;
    // (past quotations standing alone, which go on from the sentence before them: "Best actor Foxx could not make the ceremony,
    // but actress Helen Mirren read out his acceptance speech. "I'm honoured …. I'd like to thank …" He apologised …")
    // (someone met only there, of the other gender, is no other subject: "Ms Robinson tells Cockerell …. "I used to …" The film
    // shows Mr Howard laughing at …, which he calls …")
    const near = Math.max(from, ctx.sentences[back].start);
    while (back > 0 && here - back < MAX_PRONOUN_CHAIN && quotationOnly(ctx, ctx.sentences[back])) back--;
    const lo = Math.max(from, ctx.sentences[back].start);
    const beyond = (at: number, p: SubjectPerson) => (at < near && gender && p.gender && p.gender !== gender ? undefined : p);
    const described = describedSubject(ctx, here, lo, to);
    // (nor one opening a sentence inside a quotation: "“… Brian and Seamus are in the equally fortunate position.” He said …")
    const quoted = (x: EntityMention) => ctx.regionOf[firstTokenFrom(ctx, x.start)] >= 0;
    const m = subjectsBetween(lo, to).filter((x) => !content?.some((p) => p.start <= x.start && x.end <= p.end) && !quoted(x)).at(-1);
    // ("the President traveled to South Dakota …. He delivered a speech": the one person the article titled so)
    const role = titledSubject(ctx, here, lo, to);
    const person = role && (!m || role.at > m.start) && (!described || role.at >= described.at) ? titled(role.words, role.at) : undefined;
    if (person && !own.has(person.name.toLowerCase().split(/\s+/).at(-1) ?? '')) return beyond(role!.at, person);
    if (described && (!m || described.at > m.start)) return beyond(described.at, { name: '', gender: described.gender });
    if (!m) return undefined;
    // ("Edwards' sister Rachel makes an appeal. "…," she said": the subject is the sister, whom the name does not give)
    const owned = ownedPersonWord(ctx, m);
    if (owned) return { name: '', gender: ctx.vocab.genderedRoles.get(owned) };
    const words = ctx.text.slice(m.start, m.end).toLowerCase().split(/\s+/);
    if ((speaker && words.includes(speaker.surname)) || own.has(words[words.length - 1])) return undefined;

    // (nor one the quotation speaks of by name: "O'Leary has rapped skipper Olof Mellberg …. Mellberg spoke of his dislike
    // …. "I've had more than a quiet word with Olof," he told …")
    const unnamed = (p: SubjectPerson | undefined) => (p && namedInside(ctx, content, [...words, ...p.name.toLowerCase().split(/\s+/)]) ? undefined : p);
    const full = surnameOf.get(m);
    if (full) return unnamed(beyond(m.start, { ...mentionedPerson(ctx, full, actorOf(ctx, ctx.entities!.indexOf(full))), end: m.end, age: ageAfter(ctx, m.end) }));
    const linked = actorOf(ctx, ctx.entities!.indexOf(m));
    // (not an organisation the resolver made of "Ms Sturgeon", tagged so)
    const actor = m.label !== 'PER' && linked?.kind !== 'person' ? undefined : linked;
    // ("Moreover, he says …": a lone capitalised word opening a sentence is too often no name)
    // (unless it is a first name: "Lucy, 36, tracked down Mr Pound …; she found …")
    if ((words.length < 2 && !actor && !ctx.vocab.firstNames.has(words[0])) || ctx.vocab.clauseOpeners.has(words[0])) return undefined;
    return unnamed(beyond(m.start, { ...mentionedPerson(ctx, m, actor), end: m.end, age: ageAfter(ctx, m.end) }));
  };
}

/** Whether every word of the sentence is inside quotation marks (a quotation standing alone, no cue outside it). */
function quotationOnly(ctx: QuoteContext, s: Sentence): boolean {
  let words = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (!isWord(ctx, k)) continue;
    if (ctx.regionOf[k] < 0) return false;
    words++;
  }
  return words > 0;
}

/** Adds to `starts` the offsets of persons (mentions of `people`, in text order) opening a sentence or its main clause after
 *  words that describe them, when a verb follows the name or its appositive. */
function describedPersonStarts(ctx: QuoteContext, people: readonly EntityMention[], s: Sentence, starts: Set<number>): void {
  const main = mainClauseStart(ctx, s);
  for (const from of main === s.tokenStart ? [main] : [s.tokenStart, main]) {
    if (from >= s.tokenEnd) continue;
    const a = LEADING_CONJUNCTIONS.has(ctx.low[from]) ? from + 1 : from;
    if (a >= s.tokenEnd) continue;
    const m = people.find((p) => p.start >= ctx.tokens[a].start && p.start < ctx.tokens[s.tokenEnd - 1].end);
    if (!m || starts.has(m.start)) continue;
    const k = firstTokenFrom(ctx, m.start);
    const e = firstTokenFrom(ctx, m.end);
    if (ctx.tokens[k]?.start !== m.start || ctx.tokens[e - 1]?.end !== m.end || k === a || k - a > MAX_DESCRIBING_WORDS) continue;
    if (describesPerson(ctx, a, k) && predicateAfter(ctx, e, s.tokenEnd)) starts.add(m.start);
  }
}

/** Most words before a person that describe them at the opening of a clause ("Lib Dem home affairs spokesman"). */
const MAX_DESCRIBING_WORDS = 7;
/** Words that make the words before a name something other than its description. */
const NOT_DESCRIBING = new Set(['and', 'or', 'by', 'with', 'from', 'at', 'in', 'on', 'after', 'before', 'against', 'about', 'between', 'under',
  'over', 'into', 'during', 'since', 'than', 'like', 'as', 'when', 'if', 'while', 'that', 'which', 'who', 'a', 'an', 'for', 'it', 'this',
  'there', 'his', 'her', 'their', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'not', 'no', 'because', 'although', 'though', 'unless',
  'until', 'whereas', 'so', 'where', 'what', 'how', 'why', 'whether', 'once', 'even']);

/** Whether tokens [a, k) can describe the person named at `k`: capitalised words, titles and modifiers ("Keane frontman",
 *  "Chief Secretary to the Treasury", "Labour's"), no verb, no comma and no preposition that would make the name its object. */
function describesPerson(ctx: QuoteContext, a: number, k: number): boolean {
  // (a description opens with a capitalised word or a title; after "the", it holds a title: "The Lib Dems would" is no person)
  const titled = (i: number) => ctx.vocab.roleWords.has(ctx.low[i]) || ctx.vocab.genderedRoles.has(ctx.low[i]);
  if (!ctx.cap[a] && !titled(a)) return false;
  if (ctx.low[a] === 'the' && !ctx.low.slice(a + 1, k).some((w, i) => titled(a + 1 + i))) return false;
  for (let i = a; i < k; i++) {
    const w = ctx.low[i];
    if (ctx.surf[i] === "'s" || ctx.surf[i] === '’s') continue;
    if (!isWord(ctx, i) || ctx.regionOf[i] >= 0 || NOT_DESCRIBING.has(w)) return false;
    if (ctx.cap[i]) continue;
    if ((w === 'to' || w === 'of' || w === 'the') && i > a && ctx.cap[i - 1]) continue;
    if (w === 'the' && i === a) continue;
    if (ctx.vocab.finiteVerbs.has(w) || ctx.vocab.auxiliaries.has(w) || ctx.cueForm[i] !== 0 || isClauseVerb(w)) return false;
    if (w.endsWith('ed') || w.endsWith('ing') || w.endsWith('ly')) return false;
  }
  return true;
}

/** Whether a predicate follows a name ending at token `e`: a verb, after an appositive in commas and adverbs if any. */
function predicateAfter(ctx: QuoteContext, e: number, b: number): boolean {
  let k = e;
  if (ctx.surf[k] === ',') {
    let close = k + 1;
    // ("Stephen Jones, who kicked three penalties, a drop goal and conversion, was ecstatic": a relative clause's list goes on
    // past its commas to the one before the verb)
    const relative = ctx.low[k + 1] === 'who';
    for (;;) {
      while (close < b && close - k <= MAX_APPOSITIVE_WORDS && ctx.surf[close] !== ',' && !(ctx.opens.has(close))) close++;
      if (!relative || close >= b || ctx.surf[close] !== ',' || predicateAt(ctx, close + 1, b)) break;
      close++;
    }
    if (close >= b || ctx.surf[close] !== ',') return false;
    k = close + 1;
  }
  return predicateAt(ctx, k, b);
}

/** Whether a verb opens at token `k` (before `b`), after adverbs and the auxiliary list's time words. */
function predicateAt(ctx: QuoteContext, k: number, b: number): boolean {
  // (adverbs and the auxiliary list's time words before the verb: "also", "on Monday", "last week")
  const start = k;
  while (k < b && k - start < MAX_WORDS_BEFORE_VERB && isWord(ctx, k) && !ctx.vocab.finiteVerbs.has(ctx.low[k]) &&
    (ctx.low[k].endsWith('ly') || ctx.vocab.auxiliaries.has(ctx.low[k]) || ctx.vocab.timeWords.has(ctx.low[k]))) k++;
  if (k >= b || ctx.cap[k] || !isWord(ctx, k)) return false;
  const w = ctx.low[k];
  return ctx.vocab.finiteVerbs.has(w) || isClauseVerb(w) || (w.length > 4 && w.endsWith('ed')) || (ctx.cueForm[k] !== 0 && !w.endsWith('ing'));
}
/** Longest appositive between a name and its verb ("Tom Chaplin, 25, thanked"), in tokens. */
const MAX_APPOSITIVE_WORDS = 12;
/** Most adverbs and time words between a name and its verb ("… has on Monday"), in tokens. */
const MAX_WORDS_BEFORE_VERB = 3;

/** Where the main clause of sentence `s` starts, read up to its first quotation (a quotation closing inside the sentence
 *  would restart the clause after it: "On Tuesday, Greek prime minister Kyriakos Mitsotakis … called the agreement "null
 *  and void"."). */
function mainClauseStart(ctx: QuoteContext, s: Sentence): number {
  // (asked of the same sentence by several rules: read once per sentence)
  let starts = mainClauseStarts.get(ctx);
  if (!starts) mainClauseStarts.set(ctx, (starts = new Int32Array(ctx.sentences.length).fill(-1)));
  const si = ctx.sentenceOf[s.tokenStart];
  if (si >= 0 && ctx.sentences[si] === s && starts[si] >= 0) return starts[si];
  let end = s.tokenStart + 1;
  while (end < s.tokenEnd && !ctx.opens.has(end)) end++;
  const start = clauseStart(ctx, s.tokenStart, end);
  if (si >= 0 && ctx.sentences[si] === s) starts[si] = start;
  return start;
}

const mainClauseStarts = new WeakMap<QuoteContext, Int32Array>();

/** Most sentences looked back over for a subject when the sentences between open with the same "he"/"she". */
const MAX_PRONOUN_CHAIN = 3;

/** Conjunctions after a comma that open a main clause whose subject may be a pronoun's antecedent (not "and": ", and
 *  Barry Comden" ends a list of names more often than it opens a clause). */
const CLAUSE_CONJUNCTIONS = new Set(['but', 'yet', 'while', 'whereas', 'although', 'though']);

/** Farthest a name may follow an owner opening a sentence in its own phrase ("Wenger's Bayern counterpart Felix Magath"),
 *  in characters. */
const OWNED_NAME_CHARS = 40;

/** Most words of a role description opening a sentence ("the President", "the Tory leader", "the prime minister"). */
const MAX_ROLE_SUBJECT_WORDS = 3;

/** A definite role description opening sentence `here` or the one before, within [lo, to), with a lower-case word after
 *  it: its words after "the" and its offset. */
function titledSubject(ctx: QuoteContext, here: number, lo: number, to: number): { words: string[]; at: number } | undefined {
  for (let si = here; si >= Math.max(0, here - 1); si--) {
    const s = ctx.sentences[si];
    if (s.start < lo || s.start >= to) continue;
    // (after a fronted clause too: "While the nation suffered, the President traveled …")
    const the = mainClauseStart(ctx, s);
    if (ctx.low[the] !== 'the') continue;
    let k = the + 1;
    while (k < s.tokenEnd && k - the <= MAX_ROLE_SUBJECT_WORDS && isWord(ctx, k) && !ctx.vocab.roleWords.has(ctx.low[k]) &&
      !ctx.vocab.genderedRoles.has(ctx.low[k])) k++;
    if (k >= s.tokenEnd || k - the > MAX_ROLE_SUBJECT_WORDS || !(ctx.vocab.roleWords.has(ctx.low[k]) || ctx.vocab.genderedRoles.has(ctx.low[k]))) continue;
    if (k + 1 >= s.tokenEnd || !isWord(ctx, k + 1) || ctx.cap[k + 1]) continue;
    return { words: ctx.low.slice(the + 1, k + 1), at: ctx.tokens[the].start };
  }
  return undefined;
}

/** How many sentences before a pronoun's own are searched for the one person named there. */
const ONLY_PERSON_SENTENCES = 2;
/** How many more sentences back that search goes over sentences holding a pronoun of the same gender. */
const MAX_PRONOUN_SENTENCES = 3;
const MALE_FORMS = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_FORMS = new Set(['she', 'her', 'hers', 'herself']);

/** The one person the entity layer names in a pronoun's sentence and the two before it (outside the quote's content). */
function onlyPersonBefore(ctx: QuoteContext): OnlyPersonBefore {
  const people = (ctx.entities ?? []).map((m, index) => ({ m, index })).filter(({ m }) => m.label === 'PER');
  const peopleFrom = (from: number, at: number, content: readonly Span[] | undefined, otherOfficeThan?: string) => {
    const found = new Map<string, SubjectPerson>();
    for (const { m, index } of people) {
      if (m.start >= at) break; // (mentions come in text order)
      if (m.start < from || m.end > at || content?.some((p) => p.start <= m.start && m.end <= p.end)) continue;
      if (modifiesRole(ctx, m)) continue;
      // (nor anyone the article titled with another office, by any mention: "End Bush 'denial' …. President Bush's")
      if (otherOfficeThan && people.some(({ m: x }) => x.start < at && lastName(ctx, x) === lastName(ctx, m) && titledOtherwise(ctx, x, otherOfficeThan))) continue;
      const person = mentionedPerson(ctx, m, actorOf(ctx, index));
      // (one person met by full name and by surname is one: keep the gender either mention gave)
      const same = [...found.values()].find((p) => p.name === person.name || p.name.split(/\s+/).at(-1) === person.name.split(/\s+/).at(-1));
      // (and by the fuller name: "Stuart joins Norwich …. Norwich have signed … Graham Stuart")
      if (same) {
        same.gender ??= person.gender;
        if (person.name.length > same.name.length) Object.assign(same, { name: person.name, actorId: person.actorId ?? same.actorId });
      } else found.set(person.name, person);
    }
    return [...found.values()];
  };
  return (at, content, gender, sinceStart = false, otherOfficeThan) => {
    // (the sentence holding `at`, or the one before a paragraph break at it)
    let here = sentenceIndexAt(ctx, Math.max(0, at - 1));
    if (here < 0) here = sentenceIndexAt(ctx, at);
    if (here < 0) return undefined;
    let all = peopleFrom(sinceStart ? 0 : ctx.sentences[Math.max(0, here - ONLY_PERSON_SENTENCES)].start, at, content, otherOfficeThan);
    // (nobody there: farther back over sentences that go on about someone of the pronoun's gender: "Baker … began playing
    // drums. In a story he sometimes told, he had a habit …. …, his classmates encouraged him …. “…,” he recalled")
    const forms = gender === 'male' ? MALE_FORMS : gender === 'female' ? FEMALE_FORMS : undefined;
    if (!all.length && forms && !sinceStart) {
      const mentions = (si: number) => ctx.low.slice(ctx.sentences[si].tokenStart, ctx.sentences[si].tokenEnd).some((w) => forms.has(w));
      let back = Math.max(0, here - ONLY_PERSON_SENTENCES);
      while (back > 0 && here - back < ONLY_PERSON_SENTENCES + MAX_PRONOUN_SENTENCES && mentions(back - 1)) back--;
      all = peopleFrom(ctx.sentences[back].start, at, content);
    }
    if (all.length === 1) return all[0];
    // ("Mr Blunkett is taking legal action to gain access to Mrs Quinn's son. She denies …": the one woman among men)
    const fitting = all.filter((p) => p.gender === gender);
    return gender && fitting.length === 1 && all.every((p) => p.gender !== undefined) ? fitting[0] : undefined;
  };
}

function lastName(ctx: QuoteContext, m: { start: number; end: number }): string {
  return ctx.text.slice(m.start, m.end).split(/\s+/).at(-1) ?? '';
}

/** Whether the mention is titled with another office than `head` right before it ("President Bush" for "the prime
 *  minister"). */
function titledOtherwise(ctx: QuoteContext, m: { start: number; end: number }, head: string): boolean {
  const k = firstTokenFrom(ctx, m.start) - 1;
  const name = ctx.text.slice(m.start, m.end).toLowerCase();
  if (k < 0 || !ctx.cap[k] || !ctx.vocab.roleWords.has(ctx.low[k]) || name.includes(head)) return false;
  return ctx.low[k] !== head;
}

/** Whether a mention stands before a lower-case role noun and so names the team or body of the person after it, not a
 *  person ("former Chelsea chairman", "Chelsea winger Arjen Robben", which the tagger may read as a person). */
function modifiesRole(ctx: QuoteContext, m: { start: number; end: number }): boolean {
  // ("Tory shadow education secretary Tim Collins": a role word after a few lower-case modifiers too, for a one-word name;
  // "Paolo Pescatore mobile industry specialist" is a person before an appositive that lacks its comma)
  const oneWord = !/\s/.test(ctx.text.slice(m.start, m.end));
  const after = (oneWord ? /^(?:\s+[a-z][a-z-]*){1,3}/ : /^\s+[a-z][a-z-]*/).exec(ctx.text.slice(m.end, m.end + 60));
  const words = after ? after[0].trim().split(/\s+/) : [];
  const role = words.findIndex((w) => ctx.vocab.roleWords.has(w));
  return role >= 0 && words.slice(0, role).every((w) => !w.endsWith('ed') && !ctx.vocab.finiteVerbs.has(w) && !ctx.vocab.determiners.has(w) &&
    !ctx.vocab.boundaryWords.has(w) && !ctx.vocab.auxiliaries.has(w) && !ctx.vocab.cueVerbs.has(w));
}

/** The person word a mention owns ("Edwards' sister", "Lee's spokesman"), if any: the person is another. */
function ownedPersonWord(ctx: QuoteContext, m: { end: number }): string | undefined {
  const next = /^['’]s?\s+(\p{Ll}+)/u.exec(ctx.text.slice(m.end, m.end + 30))?.[1];
  return next !== undefined && (ctx.vocab.genderedRoles.has(next) || ctx.vocab.roleWords.has(next)) ? next : undefined;
}

/** The plural subject opening the sentence before the one holding `at`: a speaker-like phrase (a role, organisation or
 *  person noun in the plural, or capitalised names joined by "and") right before a verb or auxiliary. */
function groupSubjectBefore(ctx: QuoteContext): GroupSubjectBefore {
  return (at, described = false) => {
    const here = sentenceIndexAt(ctx, Math.max(0, at - 1));
    if (here < 1) return undefined;
    // (only a "they" opening its sentence: not "Terry, the captain of Chelsea as they push for …")
    const own = ctx.sentences[here];
    if (!described && ctx.tokens[firstWordOf(ctx, own.tokenStart, own.tokenEnd)]?.end !== at) return undefined;
    if (described) {
      // ("the firms": the last list of names opening one of the sentences before, as far back as a few)
      for (let si = here - 1; si >= 0 && here - si <= MAX_GROUP_SENTENCES; si--) {
        const s = ctx.sentences[si];
        const first = firstWordOf(ctx, s.tokenStart, s.tokenEnd);
        // (firms: the names are organisations, "Sony and Toshiba")
        const list = nameList(ctx, first, s.tokenEnd, 2);
        const [from, to] = [ctx.tokens[first].start, list ? ctx.tokens[list[1] - 1].end : 0];
        // (and no state or body of states among them: "The EU and US have agreed …" are no firms)
        const named = (ctx.entities ?? []).map((m, index) => ({ m, index })).filter(({ m }) => m.start >= from && m.end <= to);
        if (list && named.some(({ m }) => m.label === 'ORG') && named.every(({ m, index }) => m.label !== 'LOC' && !PUBLIC_KINDS.has(actorOf(ctx, index)?.kind ?? ''))) {
          return ctx.text.slice(from, to);
        }
      }
      return undefined;
    }
    const s = ctx.sentences[here - 1];
    const first = firstWordOf(ctx, s.tokenStart, s.tokenEnd);
    // ("Sony, IBM and Toshiba, who have been working on …, unveiled": names in a list, which the subject reading takes for an
    // appositive)
    const subject = nameList(ctx, first, s.tokenEnd) ?? mainSubject(ctx, s.tokenStart, s.tokenEnd);
    if (!subject || subject[0] !== first) return undefined;
    const [a, e] = subject;
    const last = ctx.low[e - 1];
    const names = ctx.low.slice(a, e).includes('and') && ctx.cap[e - 1] && ctx.cap[a + (ctx.vocab.determiners.has(ctx.low[a]) ? 1 : 0)];
    // (people or bodies: "They obviously believed …" after "The announcements brought cheers" is not the announcements)
    const groupNoun = (commonPluralNoun(ctx, e - 1) && !documentPlural(ctx, last)) || (PLURALS_WITHOUT_S.has(last) && last !== 'majority' && last !== 'minority');
    if (!names && !groupNoun) return undefined;
    return ctx.text.slice(ctx.tokens[a].start, ctx.tokens[e - 1].end);
  };
}

/** Whether the plural `w` names documents or figures ("announcements", "studies"), which no "they" opening the next
 *  sentence stands for. */
function documentPlural(ctx: QuoteContext, w: string): boolean {
  const v = ctx.vocab;
  const singulars = [w, w.slice(0, -1), w.endsWith('ies') ? `${w.slice(0, -3)}y` : ''];
  return singulars.some((x) => x && (v.reportNouns.has(x) || v.pollNouns.has(x)));
}

/** How many sentences back "the firms" looks for the names they were. */
const MAX_GROUP_SENTENCES = 3;

/** `least` or more capitalised names in a list opening a clause at `a` ("Sony, IBM and Toshiba"), before a lower-case word
 *  or a comma: its token range. */
function nameList(ctx: QuoteContext, a: number, b: number, least = 3): [number, number] | undefined {
  let k = a;
  let names = 0;
  for (;;) {
    const start = k;
    while (k < b && ctx.cap[k] && isWord(ctx, k)) k++;
    if (k === start) return undefined;
    names++;
    if (ctx.low[k] === 'and' || (ctx.surf[k] === ',' && ctx.low[k + 1] === 'and')) {
      k += ctx.low[k] === 'and' ? 1 : 2;
      const last = k;
      while (k < b && ctx.cap[k] && isWord(ctx, k)) k++;
      const next = k < b ? k : -1;
      return k > last && names + 1 >= least && next >= 0 && (ctx.surf[next] === ',' || (isWord(ctx, next) && !ctx.cap[next])) ? [a, k] : undefined;
    }
    if (ctx.surf[k] !== ',') return undefined;
    k++;
  }
}

/** Subordinators opening a sentence before the clause whose subject a later "it" may stand for. */
const FRONTED_SUBORDINATORS = new Set(['although', 'though', 'while', 'whilst', 'because', 'since', 'after', 'before', 'as', 'when', 'if']);

/** The first word of a sentence, after an opening quotation mark or a leading conjunction. */
function firstWordOf(ctx: QuoteContext, a: number, b: number): number {
  let k = a;
  while (k < b && !isWord(ctx, k)) k++;
  if (k + 1 < b && LEADING_CONJUNCTIONS.has(ctx.low[k])) k++;
  return k;
}

/** How many sentences back a document's earlier mention is looked for ("a report by the IMF … the report said"). */
const DOCUMENT_OWNER_SENTENCES = 6;

/** For "the report": the organisation that the last earlier mention of the same noun names as its owner — right before
 *  it ("a World Bank report", "the IMF's report") or after "by"/"from"/"of" ("a report by the Pew Research Center") —
 *  within a few sentences before `at`, the start of the description; none when that mention names no owner. */
function documentOwnerBefore(ctx: QuoteContext): DocumentOwnerBefore {
  const orgs = (ctx.entities ?? []).map((m, index) => ({ m, index })).filter(({ m }) => m.label === 'ORG');
  return (head, at) => {
    const here = Math.max(sentenceIndexAt(ctx, at), sentenceIndexAt(ctx, Math.max(0, at - 1)));
    // (a document's head is a word: not the bracket closing "the report (…)")
    if (here < 0 || !orgs.length || NOT_OWNED_DOCUMENTS.has(head) || !/^[\p{L}-]+$/u.test(head)) return undefined;
    const from = ctx.sentences[Math.max(0, here - DOCUMENT_OWNER_SENTENCES)].start;
    // (lower-case only: "the BBC's World Business Report" is a programme, not a report)
    const words = ctx.text.slice(from, at);
    let last = -1;
    for (const hit of words.matchAll(new RegExp(`\\b${head}s?\\b`, 'g'))) last = from + hit.index!;
    if (last < 0) return undefined;
    for (const { m, index } of orgs) {
      if (m.end > last + OWNER_WINDOW || m.start < last - OWNER_WINDOW) continue;
      const between = m.end <= last ? ctx.text.slice(m.end, last).toLowerCase() : ctx.text.slice(last, m.start).toLowerCase();
      // (the words between describe the document, no verb: not "Apex Shark Expeditions published a study")
      const verbBetween = between.split(/\s+/).some((w) => w.endsWith('ed') || ctx.vocab.finiteVerbs.has(w) || ctx.vocab.cueVerbs.has(w));
      const owns = m.end <= last ? /^(?:['’]s)?\s+(?:[a-z0-9-]+\s+){0,2}$/.test(between) && !verbBetween :
        new RegExp(`^${head}s?\\s+(?:[a-z]+\\s+)?(?:by|from|of)\\s+(?:the\\s+)?$`).test(between);
      if (!owns) continue;
      const actor = actorOf(ctx, index);
      return { name: actor?.name ?? ctx.text.slice(m.start, m.end), actorId: actor?.id };
    }
    // ("In its latest bi-annual report, the OECD cut …", "The OECD published its latest report": "its" before the document's
    // noun, the one organisation its sentence names)
    if (!/\bits\s+(?:[\p{L}0-9-]+\s+){0,3}$/u.test(ctx.text.slice(Math.max(from, last - OWNER_WINDOW), last))) return undefined;
    const sentence = ctx.sentences[sentenceIndexAt(ctx, last)];
    const inSentence = orgs.filter(({ m }) => m.start >= sentence.start && m.end <= sentence.end);
    if (inSentence.length !== 1) return undefined;
    const { m, index } = inSentence[0];
    const actor = actorOf(ctx, index);
    return { name: actor?.name ?? ctx.text.slice(m.start, m.end), actorId: actor?.id };
  };
}
/** Characters between a document noun and its owner's mention ("a report published on Friday by the …"). */
const OWNER_WINDOW = 40;
/** Document nouns whose owner is the outlet itself, not a source ("the BBC News website"). */
const NOT_OWNED_DOCUMENTS = new Set(['website', 'site', 'programme', 'program', 'show']);

/** Whether token `k` after a would-be subject is a verb: finite, an auxiliary, or a lower-case "-ed" form. */
function verbAfterSubject(ctx: QuoteContext, k: number): boolean {
  return ctx.vocab.finiteVerbs.has(ctx.low[k]) || ctx.vocab.auxiliaries.has(ctx.low[k]) || isClauseVerb(ctx.low[k]) ||
    (ctx.low[k].endsWith('ed') && !ctx.cap[k]);
}

const PUBLIC_KINDS = new Set(['state', 'igo', 'armed_group']);
const PREPOSITIONS_BEFORE = new Set(['at', 'in', 'of', 'for', 'from', 'by', 'with', 'on', 'to', 'under', 'over', 'against', 'into', 'than', 'like']);

/** Whether the lower-case word at token `k`, right after a name, is rather a noun the name modifies than the singular name's
 *  verb: no auxiliary, past form or third person ("the Kok report doesn't", "the Elvis campaign"). */
function nounAfterName(ctx: QuoteContext, k: number): boolean {
  const word = ctx.low[k];
  return !ctx.cap[k] && isWord(ctx, k) && !ctx.vocab.auxiliaries.has(word) && !word.endsWith('ed') && !(word.endsWith('s') && !word.endsWith('ss'));
}

/** Whether a firm's appositive opens at token `k`: a comma, "the" and up to two modifiers before a company's kind
 *  (", the private firm which …"). */
function firmAppositiveAt(ctx: QuoteContext, k: number): boolean {
  if (ctx.surf[k] !== ',' || ctx.low[k + 1] !== 'the') return false;
  for (let n = k + 2; n < ctx.tokens.length && n - k <= MAX_FIRM_MODIFIERS + 2; n++) {
    if (COMPANY_HEADS.has(ctx.low[n])) return ctx.low[n + 1] !== "'s" && ctx.low[n + 1] !== '’s'; // (not ", the firm's founder")
    if (ctx.cap[n] || !isWord(ctx, n)) return false;
  }
  return false;
}

/** Whether the name at token `k` follows "Shares in" ("Shares in Krispy Kreme Doughnuts have taken a dunking"): a listed firm. */
function sharesIn(ctx: QuoteContext, k: number): boolean {
  return k >= 2 && ctx.low[k - 1] === 'in' && (ctx.low[k - 2] === 'shares' || ctx.low[k - 2] === 'stock');
}

/** The one organisation mention opening the sentence before offset `at` or the sentence `at` is in (after a leading
 *  conjunction), with a verb or an auxiliary right after it, outside the quote's `content`. */
function organisationSubjectBefore(ctx: QuoteContext, said: readonly Span[] = []): OrganisationSubjectBefore {
  const otherOrganisation = otherOrganisationBetween(ctx);
  const surnames = new Set((ctx.entities ?? []).filter((m) => m.label === 'PER').map((m) => ctx.text.slice(m.start, m.end).split(/\s+/).at(-1)!));
  return (at, content, anywhere, pronoun, ownSentence) => {
    const here = sentenceIndexAt(ctx, Math.max(0, at - 1));
    if (here < 0) return undefined;
    const found = new Map<string, SubjectPerson>();
    const shortNames = new Map<string, SubjectPerson>();
    for (const si of ownSentence ? [here] : [here - 1, here]) {
      if (si < 0) continue;
      const s = ctx.sentences[si];
      if (anywhere) {
        // ("Revenues at media group Reuters slipped 11%, the group said"; "Acme lowered its prices. The firm said")
        // Every organisation named there counts against the others; only one introduced as one ("media group Reuters", even
        // inside the quote's own words) or the subject of its clause ("Continental also said") may be the one: not one
        // named in passing ("under SEC scrutiny", "the SEC's criticism"), nor a public body or a state ("the US Senate").
        (ctx.entities ?? []).forEach((m, index) => {
          // (a firm the tagger took for a person counts too: "Macrovision said …. RipGuard is expected …, the company said")
          // (and whatever the tagger called a listed firm: "Shares in Cairn Energy have jumped 6% after the firm said")
          // (not a word the tagger took apart from the name: "Shares in Australian budget airline Virgin Blue")
          const listed = sharesIn(ctx, firstTokenFrom(ctx, m.start)) && m.label !== 'LOC' &&
            (m.label !== 'MISC' || verbAfterSubject(ctx, firstTokenFrom(ctx, m.end)));
          // (and a name its appositive calls a firm: "Metrovias, the private firm which runs …")
          // (or one introduced by a firm's noun the tagger took for a person: "consumer goods giant Unilever")
          const firmNoun = firmNounBefore(ctx, m);
          const organisation = m.label === 'ORG' || (m.label === 'PER' && (firmNoun || actorOf(ctx, index)?.kind === 'organization' ||
            firmAppositiveAt(ctx, firstTokenFrom(ctx, m.end)))) || listed;
          if (!organisation || m.start < ctx.tokens[s.tokenStart].start || m.end > ctx.tokens[s.tokenEnd - 1].end || m.start >= at) return;
          const first = firstTokenFrom(ctx, m.start);
          const after = firstTokenFrom(ctx, m.end);
          // (or named as the employer of an office: "unveiled as the new Wolves manager …. The club have confirmed")
          // (or by an appositive after it: "Metrovias, the private firm which runs the tube lines, has offered …")
          const introduced = firmNoun || modifiesRole(ctx, m) || listed || firmAppositiveAt(ctx, after);
          // (for a description, nor one inside what someone said before: "Macrovision says its new RipGuard technology will …. “…,”
          // said the firm"; an "it" may be one: "Labour was avoiding news conferences because it wanted …")
          if (!introduced && (content?.some((p) => p.start <= m.start && m.end <= p.end) || (!pronoun && said.some((p) => p.start <= m.start && m.end <= p.end)))) return;
          // (nor a person's name the tagger took for an organisation: "Rio Ferdinand has said")
          if (after - first === 2 && (isFirstName(ctx.vocab, ctx.low[first]) || surnames.has(ctx.surf[after - 1]))) return;
          const actor = actorOf(ctx, index);
          // (not the tagger's lower-case words before the name: "the new Wolves manager")
          const name = (actor?.name ?? ctx.text.slice(m.start, m.end)).replace(/^(?:\p{Ll}\S*\s+)+(?=\p{Lu})/u, '');
          // (not the object of a preposition before a verb: "Profits at Barclaycard rose")
          const object = first > 0 && PREPOSITIONS_BEFORE.has(ctx.low[first - 1] === 'the' && first > 1 ? ctx.low[first - 2] : ctx.low[first - 1]);
          // (for "it", not a name modifying a noun a verb may spell: "the Kok report doesn't", "SonyBMG's new Elvis campaign")
          const modifier = pronoun && after < s.tokenEnd && nounAfterName(ctx, after);
          const subject = !object && !modifier && after < s.tokenEnd && (verbAfterSubject(ctx, after) || (ctx.cueForm[after] & CUE_VERB) !== 0);
          const body = (actor && PUBLIC_KINDS.has(actor.kind)) || publicBodyName(name) || /^(?:the|a|an)\s/i.test(name);
          if ((introduced || subject) && !body) found.set(name, { name, actorId: actor?.id });
          else if (!found.has(name)) found.set(name, { name: '' });
          if (!body) shortNames.set(name, { name, actorId: actor?.id });
        });
        continue;
      }
      let first = firstWordOf(ctx, s.tokenStart, s.tokenEnd);
      // ("Although Acme backs the plan, it has indicated …": the subject of a fronted subordinate clause)
      const fronted = first + 1 < s.tokenEnd && FRONTED_SUBORDINATORS.has(ctx.low[first]);
      if (fronted) first += ctx.low[first + 1] === 'the' ? 2 : 1;
      if (first >= s.tokenEnd) continue;
      const orgAt = (k: number) => (ctx.entities ?? []).findIndex((m) => m.start === ctx.tokens[k].start && m.label === 'ORG');
      let index = orgAt(first);
      // ("The SEC unveiled two settlements …. In both cases, it said": the organisation after the article opening the sentence)
      if (index < 0 && ctx.low[first] === 'the' && first + 1 < s.tokenEnd) {
        index = orgAt(first + 1);
        if (index >= 0) first++;
      }
      // ("At the Court of Appeal on Wednesday, the Countryside Alliance failed …. But it says": the main clause's subject after
      // a fronted phrase)
      if (index < 0 && !fronted) {
        let main = mainClauseStart(ctx, s);
        if (main > first && ctx.surf[main - 1] === ',' && ctx.low[main] === 'the' && main + 1 < s.tokenEnd) main++;
        if (main > first && ctx.surf[main - 1 - (ctx.low[main - 1] === 'the' ? 1 : 0)] === ',') {
          first = main;
          index = orgAt(first);
        }
      }
      if (index < 0) continue;
      const m = ctx.entities![index];
      if (m.start >= at || content?.some((p) => p.start <= m.start && m.end <= p.end)) continue;
      let after = firstTokenFrom(ctx, m.end);
      // ("Heineken's net income fell …. It blamed weak demand": the organisation owning the sentence's subject)
      const owns = /['’]s?$/.test(ctx.text.slice(m.start, m.end)) || (after < s.tokenEnd && (ctx.low[after] === "'s" || ctx.low[after] === '’s'));
      if (owns) {
        if (!/['’]s?$/.test(ctx.text.slice(m.start, m.end))) after++;
        let n = 0;
        while (after < s.tokenEnd && n < 3 && isWord(ctx, after) && !ctx.cap[after] && !verbAfterSubject(ctx, after)) (after++, n++);
      }
      // (in a fronted clause, after adverbs and in the present too: "Although the White House officially still backs …")
      // (and in a main clause before a verb: "The EU partially funded the studies, as it considers …")
      const adverbAt = (k: number) => k < s.tokenEnd && (SPEAKER_ADVERBS.has(ctx.low[k]) || (ctx.low[k].endsWith('ly') && ctx.low[k].length > 4));
      if (fronted) while (adverbAt(after)) after++;
      else if (adverbAt(after) && after + 1 < s.tokenEnd && verbAfterSubject(ctx, after + 1)) after++;
      const present = fronted && after < s.tokenEnd && !ctx.cap[after] && ctx.low[after].length > 3 && ctx.low[after].endsWith('s') && !ctx.low[after].endsWith('ss');
      if (after >= s.tokenEnd || !(verbAfterSubject(ctx, after) || present)) continue;
      const actor = actorOf(ctx, index);
      const name = actor?.name ?? ctx.text.slice(m.start, m.end);
      // (not past another organisation: "GM has a hybrid …. Even Porsche may join the race, although it insists …")
      if (otherOrganisation(m.end, at, name, content)) continue;
      found.set(name, { name, actorId: actor?.id });
    }
    // (a short name of the same firm counts for it, not against it, and is the name kept, as the article goes on to use it:
    // "Cairn shares up …. Shares in Cairn Energy have jumped" → Cairn)
    for (const [key, value] of [...found]) {
      const longer = [...found].find(([other, v]) => v.name && other.startsWith(`${key} `));
      if (!longer) continue;
      found.delete(longer[0]);
      found.set(key, value.name ? value : shortNames.get(key) ?? value);
    }
    // (one named only in passing there may still be the headline's firm: "… is a lifeline to Jarvis. The company recently warned")
    if (found.size === 1 && [...found.values()][0].name) return [...found.values()][0];
    // ("Jarvis sells Tube stake to Spain …. The sale of the stake to Spain's Ferrovial is a lifeline to Jarvis. The company
    // recently warned …": among the firms named just before, or none, the one the headline is about)
    // (named again in those sentences: "Fan Expo Canada 2019 offers …" is not the company of "Hasbro hosted a panel …")
    const lead = anywhere && !pronoun ? headlineFirm() : undefined;
    // (or further back, when the article has named no other organisation before: "Parmalat boasts doubled profits. Parmalat, the
    // Italian food group …, has reported …. Its pre-tax earnings …. The firm sought")
    const near = lead && (ctx.text.slice(ctx.sentences[Math.max(0, here - 2)].start, at).includes(lead.name.split(/\s+/)[0]) ||
      !otherOrganisation(0, at, lead.name, content));
    return lead && near && [...found.values()].every((v) => !v.name || v.name === lead.name) ? lead : undefined;
  };

  function headlineFirm(): SubjectPerson | undefined {
    const s = ctx.sentences[0];
    // (a headline may end with a quotation: "Renault boss hails 'great year'")
    if (!s || !headlineLine(ctx, s.tokenStart, s.tokenEnd, true)) return undefined;
    // (the first capitalised word of the headline that opens an organisation the article names: "Troubled Marsh under SEC
    // scrutiny" and "Marsh & McLennan")
    // (its subject: capitalised words only before it, not "MPs tout Lords replacement plan")
    for (let k = s.tokenStart; k < s.tokenEnd && k - s.tokenStart < MAX_HEADLINE_FIRM_WORD; k++) {
      if (!ctx.cap[k] || !isWord(ctx, k)) break;
      // (or a one-word name the tagger took for a person that heads an office somewhere, "Renault boss hails 'great year'", or
      // that a firm's noun introduces, "consumer goods giant Unilever")
      const firmLike = (m: EntityMention) => m.label === 'ORG' || (m.label === 'PER' && !/\s/.test(ctx.text.slice(m.start, m.end)) &&
        (ctx.entities ?? []).some((x) => x.label === 'PER' && ctx.text.slice(x.start, x.end) === ctx.text.slice(m.start, m.end) &&
          (modifiesRole(ctx, x) || firmNounBefore(ctx, x))));
      const orgs = (ctx.entities ?? []).map((m, index) => ({ m, index })).filter(({ m }) => firmLike(m) &&
        ctx.text.slice(m.start, m.end).split(/\s+/)[0] === ctx.surf[k]);
      if (!orgs.length) continue;
      // (the word alone when the article names the firm so, not a product the tagger took for it: "Apple" over "Apple iPods";
      // else its fullest name; never a kind of body alone, "Bank")
      const exact = orgs.filter(({ m }) => m.end - m.start === ctx.surf[k].length);
      const pool = exact.length ? exact : orgs;
      const chosen = pool.find(({ index }) => actorOf(ctx, index)) ?? pool.reduce((x, y) => (y.m.end - y.m.start > x.m.end - x.m.start ? y : x));
      const actor = actorOf(ctx, chosen.index);
      const name = actor?.name ?? ctx.text.slice(chosen.m.start, chosen.m.end);
      const generic = !/\s/.test(name) && ctx.vocab.orgWords.has(name.toLowerCase());
      return generic || publicBodyName(name) || (actor && PUBLIC_KINDS.has(actor.kind)) ? undefined : { name, actorId: actor?.id };
    }
    return undefined;
  }
}

/** Whether a firm's noun in lower case stands right before the mention ("consumer goods giant Unilever", "drugs group Eli Lilly"). */
function firmNounBefore(ctx: QuoteContext, m: { start: number }): boolean {
  const k = firstTokenFrom(ctx, m.start) - 1;
  return k >= 0 && !ctx.cap[k] && COMPANY_HEADS.has(ctx.low[k]);
}

/** How far into a headline its firm may be named, in words ("Troubled Marsh under SEC scrutiny"). */
const MAX_HEADLINE_FIRM_WORD = 3;

/** The entity layer's people, with their mention indexes, outside every quote's words and not modifying a role. */
function peopleOutside(ctx: QuoteContext, said: readonly Span[]): readonly { m: EntityMention; index: number }[] {
  // (the people, read once per article: several rules ask)
  let people = peopleByContext.get(ctx);
  if (!people) {
    people = (ctx.entities ?? []).map((m, index) => ({ m, index })).filter(({ m }) => m.label === 'PER' && !modifiesRole(ctx, m));
    peopleByContext.set(ctx, people);
  }
  return said.length ? people.filter(({ m }) => !said.some((p) => p.start <= m.start && m.end <= p.end)) : people;
}

const peopleByContext = new WeakMap<QuoteContext, { m: EntityMention; index: number }[]>();

/** How many sentences before the one a described person opens must name nobody else ("… similar to Douglas's action films.
 *  … Aishwarya Rai, star of Bride and Prejudice, is the preferred choice …. On a visit to India, the 60-year-old actor
 *  said": Douglas). */
const DESCRIBED_CLEAR_SENTENCES = 2;

function bodyDescriptionBefore(ctx: QuoteContext): BodyDescriptionBefore {
  return (at) => {
    const here = sentenceIndexAt(ctx, Math.max(0, at - 1));
    if (here < 1) return undefined;
    const s = ctx.sentences[here - 1];
    let k = mainClauseStart(ctx, s);
    if (k < s.tokenStart || k + 2 >= s.tokenEnd) return undefined;
    if (LEADING_CONJUNCTIONS.has(ctx.low[k])) k++;
    const head = ctx.low[k + 1];
    // ("The commission, an independent body …,", "The panel suggested …": the kind, then an appositive or a verb; not a firm's
    // kind: "The firm has applied …. It also said" is the firm that spoke, whatever its name)
    if (ctx.low[k] !== 'the' || ctx.cap[k + 1] || !BODY_HEADS.has(head) || COMPANY_HEADS.has(head)) return undefined;
    const next = k + 2;
    return ctx.surf[next] === ',' || verbAfterSubject(ctx, next) ? head : undefined;
  };
}

/** The first token of the sentence starting at offset `start`. */
function sentenceTokenAt(ctx: QuoteContext, start: number): number {
  return ctx.sentences[sentenceIndexAt(ctx, start)]?.tokenStart ?? 0;
}

function personOpeningBefore(ctx: QuoteContext, subjectBetween: OtherSubjectBetween): PersonOpeningBefore {
  const everyone = peopleOutside(ctx, []);
  return (at, content, gender, age) => {
    const person = subjectBetween(0, at, undefined, content, gender);
    if (!person?.name || person.end === undefined || (age !== undefined && person.age !== undefined && person.age !== age)) return undefined;
    const mention = everyone.find(({ m }) => m.end === person.end);
    // (nor someone's kin, whom a description of a kind rarely stands for: "His wife Sharon, who called the police, said ….
    // The heavy metal star said")
    const before = firstTokenFrom(ctx, mention?.m.start ?? 0) - 1;
    if (!mention || (before >= 0 && KIN.has(ctx.low[before]))) return undefined;
    const si = sentenceIndexAt(ctx, mention.m.start);
    const from = ctx.sentences[Math.max(0, si - DESCRIBED_CLEAR_SENTENCES)].start;
    const surname = lastName(ctx, mention.m);
    const own = (w: string) => w === surname || w === person.name.split(/\s+/).at(-1);
    const other = everyone.some(({ m }) => m.start >= from && m.end <= at && !content?.some((p) => p.start <= m.start && m.end <= p.end) &&
      !own(lastName(ctx, m)));
    // (and no surname of someone the article names elsewhere, which the tagger may have missed there: "Douglas's action films")
    const surnames = new Set(everyone.map(({ m }) => lastName(ctx, m)).filter((w) => !own(w)));
    let named = false;
    for (let k = sentenceTokenAt(ctx, from); k < ctx.tokens.length && ctx.tokens[k].start < at && !named; k++) {
      named = ctx.cap[k] && surnames.has(ctx.surf[k]) && !content?.some((p) => p.start <= ctx.tokens[k].start && ctx.tokens[k].end <= p.end);
    }
    return other || named ? undefined : person;
  };
}

/** How far into an article a lead's description and the name beside it may stand, in sentences (a headline may come first). */
const LEAD_SENTENCES = 3;
/** Most words of a title before the name opening a lead ("Ex-chat show host"). */
const MAX_LEAD_TITLE = 5;

function personBesideLead(ctx: QuoteContext): PersonBesideLead {
  const people = (ctx.entities ?? []).map((m, index) => ({ m, index })).filter(({ m }) => m.label === 'PER');
  // (the person a sentence opens with as its subject, after a title or not ("Ex-chat show host Robert Kilroy-Silk has quit"):
  // the mention, then a lower-case word that is no role noun)
  const opening = (si: number, head: string) => {
    const s = ctx.sentences[si];
    if (!s) return undefined;
    let first = s.tokenStart;
    while (first < s.tokenEnd && first - s.tokenStart < MAX_LEAD_TITLE && isWord(ctx, first) && !ctx.vocab.finiteVerbs.has(ctx.low[first]) &&
      !ctx.vocab.auxiliaries.has(ctx.low[first]) && !people.some(({ m }) => m.start === ctx.tokens[first].start)) first++;
    const found = people.find(({ m }) => m.start === ctx.tokens[first]?.start);
    if (!found || modifiesRole(ctx, found.m)) return undefined;
    // (a title of another office: "New Home Secretary Charles Clarke has vowed … from Charles Kennedy. The Lib Dem leader said")
    const title = ctx.low.slice(s.tokenStart, first).filter((w) => roleWord(ctx, w));
    if (title.length && !title.includes(head)) return undefined;
    let after = firstTokenFrom(ctx, found.m.end);
    // (its verb may open a quotation: "Richard Thomas “totally condemned” the deletion")
    if (after + 1 < s.tokenEnd && ctx.opens.has(after)) after++;
    return after < s.tokenEnd && isWord(ctx, after) && !ctx.cap[after] ? found : undefined;
  };
  // (the one person sentence `si` names, in one or more mentions, with no title of another office before them)
  const onlyPersonIn = (si: number, head: string) => {
    const s = ctx.sentences[si];
    if (!s) return undefined;
    const inside = people.filter(({ m }) => m.start >= s.start && m.end <= s.end);
    if (!inside.length || inside.some(({ m }) => lastName(ctx, m) !== lastName(ctx, inside[0].m))) return undefined;
    const before = firstTokenFrom(ctx, inside[0].m.start) - 1;
    return before >= s.tokenStart && roleWord(ctx, ctx.low[before]) && ctx.low[before] !== head ? undefined : inside[0];
  };
  // (nobody else named before offset `to`: a headline may name the same person by surname)
  const alone = (person: EntityMention, to: number) => people.every(({ m }) => m.start >= to || lastName(ctx, m) === lastName(ctx, person));
  // (a headline or an earlier sentence named the person too: "Howard attacks cost of asylum"; without that, "Nick Vale beat
  // Ann Hart. The former teacher said" may be either)
  const namedBefore = (person: EntityMention) => people.some(({ m }) => m.start < person.start && lastName(ctx, m) === lastName(ctx, person));
  // ("Blair defends terror law changes\n\nThe prime minister has defended …": the headline's own subject)
  const headline = (si: number) => si === 0 && ctx.sentences.length > 1 &&
    !/[.!?]["”’']?\s*$/.test(ctx.text.slice(ctx.sentences[0].start, ctx.sentences[0].end)) &&
    ctx.text.slice(ctx.sentences[0].end, ctx.sentences[1].start).includes('\n');
  return (sentence, start, head, nextOnly) => {
    if (sentence > LEAD_SENTENCES) return undefined;
    const next = opening(sentence + 1, head);
    // (for another voice, only a full name with no title opening the next sentence, the description opening its own)
    if (nextOnly) {
      const bare = next && firstTokenFrom(ctx, next.m.start) === ctx.sentences[sentence + 1].tokenStart && /\s/.test(ctx.text.slice(next.m.start, next.m.end));
      const opensOwn = firstTokenFrom(ctx, start) === ctx.sentences[sentence].tokenStart;
      return bare && opensOwn && alone(next.m, start) ? mentionedPerson(ctx, next.m, actorOf(ctx, next.index)) : undefined;
    }
    if (next && alone(next.m, start)) return mentionedPerson(ctx, next.m, actorOf(ctx, next.index));
    // ("McConnell details Scots wave toll. …, the first minister has told MSPs. The figures came out during a statement by
    // Jack McConnell …": the one person the next sentence names anywhere, whom the headline named before)
    const only = onlyPersonIn(sentence + 1, head);
    if (only && alone(only.m, start) && namedBefore(only.m)) return mentionedPerson(ctx, only.m, actorOf(ctx, only.index));
    const opensOwn = firstTokenFrom(ctx, start) === ctx.sentences[sentence].tokenStart;
    const before = opensOwn && sentence > 0 ? opening(sentence - 1, head) : undefined;
    if (!before || !alone(before.m, before.m.start) || !(namedBefore(before.m) || headline(sentence - 1))) return undefined;
    return mentionedPerson(ctx, before.m, actorOf(ctx, before.index));
  };
}

function topicPerson(ctx: QuoteContext): TopicPerson {
  // (the lead's opening read once: every description the other rules leave unnamed asks)
  let opening: LeadOpening | null | undefined;
  return (head, at) => {
    if (opening === undefined) opening = leadOpening(ctx) ?? null;
    if (!opening || at <= opening.leadEnd || opening.title.at(-1) !== head) return undefined;
    // (nobody else given that office since: "Another Hollywood star is …")
    const other = opening.people.some(({ m }) => m.start > opening!.leadEnd && m.end <= at && lastName(ctx, m) !== opening!.surname &&
      ctx.low[firstTokenFrom(ctx, m.start) - 1] === head);
    return other ? undefined : mentionedPerson(ctx, opening.person.m, actorOf(ctx, opening.person.index));
  };
}

interface LeadOpening {
  person: { m: EntityMention; index: number };
  /** The lower-case words of the office before the name. */
  title: string[];
  surname: string;
  leadEnd: number;
  people: { m: EntityMention; index: number }[];
}

/** A headline line naming a person by surname, then a lead opening on that person's office and name ("Douglas set for
 *  Indian adventure\n\nActor Michael Douglas is to …"); else undefined. */
function leadOpening(ctx: QuoteContext): LeadOpening | undefined {
  const [first, lead] = ctx.sentences;
  if (!first || !lead || !headlineLine(ctx, first.tokenStart, first.tokenEnd)) return undefined;
  const people = (ctx.entities ?? []).map((m, index) => ({ m, index })).filter(({ m }) => m.label === 'PER');
  const person = people.find(({ m }) => m.start >= lead.start && m.end <= lead.end);
  if (!person || modifiesRole(ctx, person.m)) return undefined;
  const k = firstTokenFrom(ctx, person.m.start);
  const title = ctx.low.slice(lead.tokenStart, k);
  if (!title.length || title.length > MAX_LEAD_TITLE || !title.every((w, n) => isWord(ctx, lead.tokenStart + n))) return undefined;
  const after = firstTokenFrom(ctx, person.m.end);
  if (after >= lead.tokenEnd || !isWord(ctx, after) || ctx.cap[after]) return undefined;
  const surname = lastName(ctx, person.m);
  if (!ctx.surf.slice(first.tokenStart, first.tokenEnd).includes(surname)) return undefined;
  return { person, title, surname, leadEnd: lead.end, people };
}

function descriptionBefore(ctx: QuoteContext): DescriptionBefore {
  let lower: string | undefined;
  // (not the headline's own title for its subject: "Chancellor rallies Labour voters\n\nGordon Brown has issued …. The
  // chancellor said")
  const first = ctx.sentences[0];
  const from = first && headlineLine(ctx, first.tokenStart, first.tokenEnd) ? first.end : 0;
  return (words, at) => {
    lower ??= ctx.text.toLowerCase();
    const found = lower.indexOf(words, from);
    return found >= 0 && found + words.length <= at;
  };
}

/** A person named between two offsets outside what anyone is quoted as saying ("an M&S spokesman said Mr Paulsmeier had
 *  …. He also said": Mr Paulsmeier is what was said, not someone met since). */
function personNamedBetween(ctx: QuoteContext, said: readonly Span[]): PersonNamedBetween {
  const people = peopleOutside(ctx, said);
  // (or outside quotation marks only: what is reported, "the rivalry with Ian Moss", names people too)
  const unquoted = peopleOutside(ctx, []).filter(({ m }) => {
    const k = firstTokenFrom(ctx, m.start);
    return k >= ctx.tokens.length || ctx.regionOf[k] < 0;
  });
  return (from, to, content, otherOfficeThan, outsideMarksOnly = false, exceptSurname) => (outsideMarksOnly ? unquoted : people).some(({ m }) => m.start >= from && m.end <= to &&
    (exceptSurname === undefined || lastName(ctx, m) !== exceptSurname) &&
    !content?.some((p) => p.start <= m.start && m.end <= p.end) &&
    !(otherOfficeThan && people.some(({ m: x }) => x.start < to && lastName(ctx, x) === lastName(ctx, m) && titledOtherwise(ctx, x, otherOfficeThan))));
}

function peopleIntroducedInParagraph(ctx: QuoteContext, said: readonly Span[]): PeopleIntroducedInParagraph {
  const people = peopleOutside(ctx, said);
  const all = peopleOutside(ctx, []);
  return (sentence, from, name, gender, content) => {
    const s = ctx.sentences[sentence];
    const before = ctx.sentences[sentence - 1];
    if (!s || !before) return [];
    const paragraphStart = ctx.text.lastIndexOf('\n', s.start) + 1;
    if (from >= paragraphStart || before.start < paragraphStart) return [];
    // (a real paragraph break, not a line broken inside a sentence: "Parry revealed Real Madrid¶did¶ask for …")
    if (!/[.?!"”’:]\s*$/.test(ctx.text.slice(Math.max(0, paragraphStart - 40), paragraphStart))) return [];
    // (nothing in the paragraph so far goes on about the speaker: no surname, no pronoun of theirs)
    const words = ctx.text.slice(paragraphStart, s.start).toLowerCase().split(/[^\p{L}'’-]+/u);
    const own = gender === 'female' ? FEMALE_FORMS : MALE_FORMS;
    const surname = name.split(/\s+/).at(-1)?.toLowerCase();
    if (words.some((w) => own.has(w) || w === surname || w === `${surname}'s` || w === `${surname}’s`)) return [];
    // (the sentence just before introduces someone in full for the first time, not as an owner or a modifier: "Jose
    // Mourinho's work", "an Alan Shearer strike")
    const introduced: SubjectPerson[] = [];
    for (const { m, index } of people) {
      if (m.start < before.start || m.end > before.end || content?.some((p) => p.start <= m.start && m.end <= p.end)) continue;
      if (!/\s/.test(ctx.text.slice(m.start, m.end)) || /^['’]s\b/.test(ctx.text.slice(m.end, m.end + 2))) continue;
      const k = firstTokenFrom(ctx, m.start);
      if (k > 0 && ctx.vocab.determiners.has(ctx.low[k - 1]) && /^ \p{Ll}/u.test(ctx.text.slice(m.end, m.end + 2))) continue;
      const last = lastName(ctx, m);
      if (all.some(({ m: x }) => x.start < m.start && lastName(ctx, x) === last)) continue;
      const person = mentionedPerson(ctx, m, actorOf(ctx, index));
      if (person.name !== name && !name.endsWith(` ${person.name}`) && !person.name.endsWith(` ${name}`)) introduced.push(person);
    }
    return introduced;
  };
}

/** Openers that ask or press the speaker ("Asked if Mr Blunkett …, he replied"). */
const PUT_TO_FORMS = new Set(['asked', 'pressed', 'questioned', 'challenged', 'quizzed']);

/** Whether sentence [a, b) opens (after a conjunction) with a participial phrase ("Commenting on Mr Makarov's case,",
 *  "Asked if Mr Blunkett …,", "But standing next to Mr Blair", "While saying he admired Mr Blair's …"), whose
 *  understood subject is the main clause's: the people named inside it are not who speaks. */
function participialOpener(ctx: QuoteContext, a: number, b: number): boolean {
  let k = a;
  if (k < b && LEADING_CONJUNCTIONS.has(ctx.low[k])) k++;
  if (k + 1 < b && (ctx.low[k] === 'while' || ctx.low[k] === 'when' || ctx.low[k] === 'after' || ctx.low[k] === 'before') && ctx.low[k + 1].endsWith('ing')) k++;
  const w = ctx.low[k] ?? '';
  return isWord(ctx, k) && ((w.endsWith('ing') && w.length > 5) || PUT_TO_FORMS.has(w));
}

function otherPersonInSentence(ctx: QuoteContext, said: readonly Span[]): OtherPersonInSentence {
  const people = peopleOutside(ctx, said);
  return (sentence, from, to, name, content) => {
    const s = ctx.sentences[sentence];
    if (!s || participialOpener(ctx, s.tokenStart, s.tokenEnd)) return false;
    const start = Math.max(from, s.start);
    return people.some(({ m, index }) => {
      if (m.start < start || m.end > to || content?.some((p) => p.start <= m.start && m.end <= p.end)) return false;
      // ("Moreover, he says": a sentence adverb the tagger took for a name)
      if (m.start === s.start && /^\p{L}+$/u.test(ctx.text.slice(m.start, m.end)) && ctx.text.startsWith(',', m.end)) return false;
      const other = actorOf(ctx, index)?.name ?? ctx.text.slice(m.start, m.end);
      return other !== name && !name.endsWith(` ${other}`) && !other.endsWith(` ${name}`);
    });
  };
}

/** How far back the kind that introduced a body is looked for ("US magazine Mobile PC" for "the magazine"), in sentences. */
const MAX_BODY_SENTENCES = 12;
/** Longest name of a body after its kind, in tokens. */
const MAX_BODY_NAME_TOKENS = 5;

function bodyIntroducedBefore(ctx: QuoteContext): BodyIntroducedBefore {
  // (a place or a nationality is no name: "the British company", "the US magazine")
  const place = (a: number, e: number) => (ctx.entities ?? []).some((m) => (m.label === 'LOC' || m.origin === 'demonym' || m.label === 'PER') &&
    m.start <= ctx.tokens[a].start && ctx.tokens[e - 1].end <= m.end);
  // (nor "Montreal-based", and the name stays in the sentence of its kind: not a headline's "top bank" before the next line)
  const nameRun = (a: number, e: number, k: number) => e > a && !place(a, e) && !ctx.vocab.honorifics.has(ctx.low[a]) && !roleWord(ctx, ctx.low[a]) &&
    !ctx.surf.slice(a, e).some((w) => /-\p{Ll}/u.test(w)) && ctx.sentenceOf[a] === ctx.sentenceOf[k] && ctx.sentenceOf[e - 1] === ctx.sentenceOf[k];
  const namePart = (e: number) => (ctx.cap[e] && isWord(ctx, e)) || (ctx.surf[e] === '&' && e + 1 < ctx.tokens.length && ctx.cap[e + 1]);
  return (head, at) => {
    const here = sentenceIndexAt(ctx, Math.max(0, at - 1));
    if (here < 0) return undefined;
    const from = ctx.sentences[Math.max(0, here - MAX_BODY_SENTENCES)].tokenStart;
    // (the organisations of these sentences named by a name ending with the kind: the same for every capitalised kind word, so
    // read once)
    let named: Set<string> | undefined;
    for (let k = Math.min(firstTokenFrom(ctx, at), ctx.tokens.length) - 1; k >= from; k--) {
      if (ctx.low[k] !== head) continue;
      // ("… at the Berlin Film Festival. The festival praises him": the one organisation named so in these sentences; not one
      // of several, "the UK Independence Party … Robert Kilroy Silk's Veritas Party. The party argues")
      if (ctx.cap[k]) {
        named ??= new Set((ctx.entities ?? []).filter((m) => m.label === 'ORG' && m.start >= ctx.tokens[from].start && m.end <= at &&
          /\S+$/.exec(ctx.text.slice(m.start, m.end))?.[0].toLowerCase() === head && /\s/.test(ctx.text.slice(m.start, m.end))).map((m) => ctx.text.slice(m.start, m.end)));
        if (named.size === 1) return { name: [...named][0] };
        if (named.size > 1) return undefined;
        continue;
      }
      // "magazine Mobile PC", "the commission Ofcom"
      let e = k + 1;
      while (e < ctx.tokens.length && e - k <= MAX_BODY_NAME_TOKENS && namePart(e) && ctx.tokens[e].end <= at) e++;
      if (nameRun(k + 1, e, k) && !(e < ctx.tokens.length && ctx.cap[e])) return { name: ctx.text.slice(ctx.tokens[k + 1].start, ctx.tokens[e - 1].end) };
      // "the Mobile PC magazine", "the Labour party"
      let a = k;
      while (a - 1 >= from && k - a < MAX_BODY_NAME_TOKENS && ctx.cap[a - 1] && isWord(ctx, a - 1)) a--;
      if (a < k && ctx.low[a - 1] === 'the' && nameRun(a, k, k)) return { name: ctx.text.slice(ctx.tokens[a].start, ctx.tokens[k - 1].end) };
    }
    return undefined;
  };
}

/** Last words of the name of a printed paper ("the Financial Times", "the local Arab News", "the Mail on Sunday" ends
 *  otherwise and is met by the conduit list or "newspaper" beside it). */
const PAPER_NAME_WORDS = new Set(['times', 'post', 'journal', 'herald', 'tribune', 'telegraph', 'guardian', 'gazette', 'observer', 'chronicle',
  'daily', 'mail', 'mirror', 'express', 'independent', 'standard', 'scotsman', 'news', 'ft']);
/** Nouns that call a paper what it is, before or after its name ("Vedomosti newspaper", "the daily Kommersant"). */
const PAPER_NOUNS = new Set(['newspaper', 'paper', 'daily', 'weekly', 'tabloid', 'broadsheet']);
/** Kinds of actor that are no paper, whatever their name ends with. */
const NOT_PAPER_KINDS = new Set(['person', 'state', 'armed_group', 'igo']);
/** How many sentences back "the paper" looks for the paper named. */
const MAX_PAPER_SENTENCES = 6;
/** Words before "paper" that make it a study, not a newspaper ("a research paper", "the white paper"). */
const STUDY_PAPER = /\b(?:an?|research|scientific|academic|white|green|discussion|working|policy|consultation|conference|position)\s+paper\b/i;

/** For "the paper" or "the newspaper": the one printed paper the sentences before offset `at` name ("…, according to the
 *  Financial Times. The paper said"), outside `content`; null when two are named, none when the article speaks of a study
 *  paper. */
function paperBefore(ctx: QuoteContext): PaperBefore {
  return (at, content) => {
    const here = Math.max(sentenceIndexAt(ctx, at), sentenceIndexAt(ctx, Math.max(0, at - 1)));
    if (here < 0) return undefined;
    const from = ctx.sentences[Math.max(0, here - MAX_PAPER_SENTENCES)].start;
    if (STUDY_PAPER.test(ctx.text.slice(0, at))) return undefined;
    let found: SubjectPerson | undefined;
    for (const [index, m] of (ctx.entities ?? []).entries()) {
      if (m.start < from || m.end > at || m.label === 'PER' || content?.some((p) => p.start <= m.start && m.end <= p.end)) continue;
      const actor = actorOf(ctx, index);
      const surface = ctx.text.slice(m.start, m.end).replace(/^the\s+/i, '');
      const first = firstTokenFrom(ctx, m.start);
      const after = firstTokenFrom(ctx, m.end);
      const called = PAPER_NOUNS.has(ctx.low[after] ?? '') || (first > 0 && PAPER_NOUNS.has(ctx.low[first - 1]) && !ctx.cap[first - 1]);
      // (a known outlet by its own name's last word: the Financial Times and "the FT" are one, Sky News is no paper)
      const last = (actor?.kind === 'media' ? actor.name : surface).split(/\s+/).at(-1)!.toLowerCase();
      // (a name of one word only when it is a paper's word: "the Observer", not "the Times" of a firm)
      const paper = called || (actor?.kind === 'media' ? last !== 'news' && PAPER_NAME_WORDS.has(last) :
        ctx.vocab.conduits.has(`the ${surface.toLowerCase()}`) || ((/\s/.test(surface) || ctx.low[first - 1] === 'the') && PAPER_NAME_WORDS.has(last)));
      if (!paper || (actor && NOT_PAPER_KINDS.has(actor.kind))) continue;
      const name = actor?.name ?? surface;
      if (found && found.name !== name) return null;
      found = { name, actorId: actor?.id };
    }
    return found;
  };
}

/** The paper a conduit of "the paper" or "the newspaper" stands for: the one paper named in the sentences before. */
function paperConduit(ctx: QuoteContext, [s, e]: [number, number], content: readonly Span[]): string | undefined {
  if (e - s !== 2 || ctx.low[s] !== 'the' || (ctx.low[s + 1] !== 'paper' && ctx.low[s + 1] !== 'newspaper')) return undefined;
  return paperBefore(ctx)(ctx.tokens[s].start, content)?.name;
}

/** Last words of a law or a treaty the tagger may take for an organisation ("the Hunting Act", "the Lisbon Treaty"). */
const LAW_WORDS = new Set(['act', 'bill', 'treaty', 'convention', 'directive', 'charter', 'accord', 'accords', 'protocol', 'amendment']);

function otherOrganisationBetween(ctx: QuoteContext, said: readonly Span[] = []): OtherOrganisationBetween {
  // (no law or treaty: "the Countryside Alliance failed in its attempt to have the Hunting Act ruled invalid. But it says …")
  // (nor a body or product named inside what someone said: "Macrovision says its new RipGuard technology will …. “…,” said the
  // firm" — what is said names it, no one acts there)
  const orgs = (ctx.entities ?? []).map((m, index) => ({ m, index })).filter(({ m }) => m.label === 'ORG' &&
    !LAW_WORDS.has(ctx.text.slice(m.start, m.end).split(/\s+/).at(-1)!.toLowerCase()) && !said.some((p) => p.start <= m.start && m.end <= p.end));
  return (from, to, name, content) => {
    for (const { m, index } of orgs) {
      if (m.start >= to) break; // (mentions come in text order)
      if (m.start < from || content?.some((p) => p.start <= m.start && m.end <= p.end)) continue;
      if ((actorOf(ctx, index)?.name ?? ctx.text.slice(m.start, m.end)) !== name) return true;
    }
    return false;
  };
}

function titledPersonBefore(ctx: QuoteContext): TitledPersonBefore {
  const people = (ctx.entities ?? []).map((m, index) => ({ m, index })).filter(({ m }) => m.label === 'PER');
  const onlyPerson = onlyPersonBefore(ctx);
  return (words, at, content, later = false) => {
    // (one person: "the students" are not the one student named after "Stanford students")
    const last = words[words.length - 1] ?? '';
    if (!words.length || words.length > MAX_TITLE_WORDS || (last.endsWith('s') && !last.endsWith('ss'))) return undefined;
    const lastWord = last.toLowerCase();
    const age = words.length === 1 ? /^(\d{1,3})-year-old$/.exec(words[0])?.[1] : undefined;
    const title = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
    // The title right before the name ("Chancellor Gordon Brown", or inside the mention), or an appositive after it.
    // (not another office: "Deputy Prime Minister John Prescott", "former Prime Minister …" are not "the prime minister",
    // while "London Mayor Ken Livingstone" is "the mayor"; an appositive closes: not "Firstly, the prime minister insisted")
    const before = new RegExp(`(?:^|[^\\p{L}'’-])(\\p{L}+\\s+)?${title}\\s+$`, 'iu');
    // ("The prime minister, Boris Johnson, visited …", "Russia's ambassador, Dmitry Zhirnov,": the description, then the name)
    // ("singled out by Ofsted chief, David Bell,": a title with no article too)
    const appositiveBefore = new RegExp(`(?:^|[^\\p{L}'’-])(?:(?:the|\\p{L}+['’]s?)\\s+)?(\\p{L}+\\s+)?${title}\\s*,\\s*$`, 'iu');
    // ("ex-Conservative chancellor Ken Clarke" is no chancellor now)
    const formerBefore = new RegExp(`\\bex-\\p{L}+\\s+${title}\\s+$`, 'iu');
    const inside = new RegExp(`^${title}\\s+\\p{Lu}`, 'iu');
    const after = age ? new RegExp(`^\\s*,\\s*${age}\\s*[,.)]`) : new RegExp(`^\\s*,\\s*(?:the|a|an)\\s+${title}\\s*[,.;)]`, 'iu');
    const titledBefore = (m: { start: number; end: number }) => {
      const window = ctx.text.slice(Math.max(0, m.start - TITLE_WINDOW), m.start);
      // (a cheap test first: both patterns end on the title's last word, then space or a comma; most names have neither)
      const tail = window.trimEnd();
      const comma = tail.endsWith(',');
      if (!(comma ? tail.slice(0, -1).trimEnd() : tail).toLowerCase().endsWith(lastWord)) return false;
      // (the name closes the apposition: not "… did not trust the prime minister, Mr Brown replied")
      const hit = (comma ? null : before.exec(window)) ??
        (comma && APPOSITION_CLOSE.test(ctx.text.slice(m.end, m.end + 2)) ? appositiveBefore.exec(window) : null);
      const modifier = hit?.[1]?.trim();
      return hit !== null && (modifier === undefined || !OTHER_OFFICE.has(modifier.toLowerCase())) && !formerBefore.test(window);
    };
    let found: SubjectPerson | undefined;
    for (const { m, index } of people) {
      if (!later && m.start >= at) break; // (mentions come in text order)
      if (later && (m.start < at || content?.some((p) => p.start <= m.start && m.end <= p.end))) continue;
      const mention = ctx.text.slice(m.start, m.end);
      const titled = (!age && (titledBefore(m) || inside.test(mention))) ||
        after.test(ctx.text.slice(m.end, m.end + TITLE_WINDOW));
      if (!titled) continue;
      const person = mentionedPerson(ctx, m, actorOf(ctx, index));
      if (found && found.name !== person.name) return undefined;
      found = person;
    }
    // ("Southampton's David Prutton faces a ban. The 23-year-old has admitted …": an age nobody was given is the one
    // person named just before, unless the article gave that person another age; so is a former occupation, "Nicholas
    // Betts-Green … quit. The former teacher confirmed …")
    if (!found && !later && (age || (words[0] === 'former' && words.length > 1) || playerOrMember(words))) {
      const only = onlyPerson(at, content);
      const surname = only?.name.split(/\s+/).at(-1);
      const agedOtherwise = people.some(({ m, index }) => m.start < at && OTHER_AGE.test(ctx.text.slice(m.end, m.end + TITLE_WINDOW)) &&
        [ctx.text.slice(m.start, m.end), actorOf(ctx, index)?.name].some((n) => n?.split(/\s+/).at(-1) === surname));
      if (only?.name && !agedOtherwise) return only;
    }
    return found;
  };
}
/** Heads of a sports description a report gives the person it just named ("The Holland international said", "the Tottenham
 *  striker added"). */
const PLAYER_HEADS = new Set(['international', 'striker', 'midfielder', 'defender', 'forward', 'winger', 'goalkeeper', 'keeper', 'captain']);

/** Whether a description's words (lower case, without the article) are a player's by team or position, or a member of
 *  parliament's by seat ("the MP for Ealing North"), which a report gives the person it just named. */
function playerOrMember(words: readonly string[]): boolean {
  return (words.length === 2 && PLAYER_HEADS.has(words[1])) || (words.length >= 3 && words[0] === 'mp' && words[1] === 'for');
}

/** An age set off after a name ("Ann Lee, 28,"). */
const OTHER_AGE = /^\s*,\s*\d{1,3}\s*[,.)]/;
/** What follows a name set off after its description ("The prime minister, Boris Johnson, …"). */
const APPOSITION_CLOSE = /^\s*(?:[,.;)]|$)/;
/** Most words of a description matched as a title ("the shadow home secretary"). */
const MAX_TITLE_WORDS = 4;
/** Characters read on each side of a person mention for its title or appositive. */
const TITLE_WINDOW = 60;

const GENDERED_PRONOUNS = new Set(['he', 'she']);

/** The first names (lower case) of a person's name in capitals ("Olof Mellberg" → olof); none for a description ("A Labour
 *  Party spokesman") or a single word. */
function firstNamesOf(ctx: QuoteContext, name: string): string[] {
  const words = name.split(/\s+/);
  if (!words.every((x) => /^\p{Lu}/u.test(x)) || ctx.vocab.determiners.has(words[0].toLowerCase())) return [];
  return words.slice(0, -1).filter((x) => /^\p{Lu}\p{Ll}/u.test(x)).map((x) => x.toLowerCase());
}

/** Whether the quotation's `content`, in quotation marks, names the person whose name's `words` are given, by first name
 *  or surname: no one speaking in their own words calls themselves so ("he posted footage … that Trump claimed was unfair"
 *  is reported, and may). */
function namedInside(ctx: QuoteContext, content: readonly Span[] | undefined, words: string[]): boolean {
  if (!content?.length) return false;
  const names = words.filter((w) => /^\p{L}/u.test(w) && !ctx.vocab.honorifics.has(w));
  if (!names.length) return false;
  const quoted = (p: Span) => {
    const k = firstTokenFrom(ctx, p.start);
    return k < ctx.tokens.length && ctx.regionOf[k] >= 0;
  };
  return content.some((p) => {
    if (!quoted(p)) return false;
    const said = ctx.text.slice(p.start, p.end).toLowerCase();
    return names.some((n) => wordIn(said, n));
  });
}

/** Whether `word` occurs in `text` with no letter right before or after it. */
function wordIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if ((at === 0 || !LETTER.test(text[at - 1])) && (at + word.length >= text.length || !LETTER.test(text[at + word.length]))) return true;
  }
  return false;
}

const LETTER = /\p{L}/u;

/** The age in commas right after offset `end` ("Tom Hart, 28, …"), if any. */
function ageAfter(ctx: QuoteContext, end: number): number | undefined {
  const age = /^,\s*(\d{1,3}),/.exec(ctx.text.slice(end, end + 8))?.[1];
  return age === undefined ? undefined : Number(age);
}

/** A person mention as a pronoun's candidate: its actor's name (or its text) and the gender its honorific ("Mr
 *  Senanayake", the title inside the mention or right before it) or its first name gives. */
function mentionedPerson(ctx: QuoteContext, m: { start: number; end: number }, actor: { id: string; name: string } | undefined): SubjectPerson {
  const text = ctx.text.slice(m.start, m.end);
  const title = titleGender(ctx, m);
  // ("Mrs Howard" linked by surname to the actor Michael Howard is his wife: the honorific wins over the link)
  // ("Sharon Osbourne" linked to "Ozzy": a full name links only to an actor with its first name)
  const words = text.split(/\s+/);
  const otherFirstName = words.length > 1 && ctx.vocab.firstNames.has(words[0].toLowerCase()) && !actor?.name.split(/\s+/).includes(words[0]);
  const linked = actor && !genderClash(ctx, title || undefined, actor.name) && !otherFirstName ? actor : undefined;
  const name = linked?.name ?? (leadingHonorific(ctx, text) ? text.replace(/^\S+\s+/, '') : text);
  // (a lone first name no actor explains is that first name: "Lucy")
  const alone = !linked && !/\s/.test(name) ? ctx.vocab.firstNames.get(name.toLowerCase()) : undefined;
  return { name, actorId: linked?.id, gender: title || firstNameGender(ctx, name) || alone || possessiveGender(ctx, m.end) || surnameGender(ctx, name) };
}

/** Per article: the gender its honorifics, first names and appositives give each surname ("Ms Everett" for "Flic
 *  Everett"); a surname given both is in no entry. */
const surnameGenders = new WeakMap<QuoteContext, Map<string, Gender | null>>();

function surnameGender(ctx: QuoteContext, name: string): Gender | undefined {
  let genders = surnameGenders.get(ctx);
  if (!genders) {
    genders = new Map();
    for (const m of ctx.entities ?? []) {
      const text = ctx.text.slice(m.start, m.end);
      // (a mention led by an honorific is a person whatever the tagger's label: "according to Ms Everett" as LOC)
      if (m.label !== 'PER' && !leadingHonorific(ctx, text)) continue;
      const gender = titleGender(ctx, m) ?? firstNameGender(ctx, text);
      if (!gender) continue;
      const surname = text.split(/\s+/).at(-1)!.toLowerCase();
      const known = genders.get(surname);
      genders.set(surname, known === undefined || known === gender ? gender : null);
    }
    surnameGenders.set(ctx, genders);
  }
  return genders.get(name.split(/\s+/).at(-1)!.toLowerCase()) ?? undefined;
}

const HELP_FORMS = new Set(['help', 'helps', 'helped', 'helping']);
const RELEASE_FORMS = new Set(['release', 'releases', 'released', 'releasing']);
/** Longest phrase before the document noun of a release's object ("its fundraising totals", "a follow-up statement"). */
const MAX_DOCUMENT_OBJECT = 4;
/** Nouns of what is released that the report nouns lack. */
const RELEASED_DOCUMENTS = new Set(['list', 'totals', 'excerpt', 'excerpts', 'details', 'footage', 'recording', 'tape', 'tapes', 'emails', 'e-mails']);

/** Whether a report noun heads the object starting at token `k` ("a statement", "its list of …"). */
function documentObject(ctx: QuoteContext, k: number, b: number): boolean {
  for (let n = k; n < b && n - k < MAX_DOCUMENT_OBJECT && isWord(ctx, n); n++) {
    if (ctx.vocab.reportNouns.has(ctx.low[n]) || ctx.vocab.pollNouns.has(ctx.low[n]) || RELEASED_DOCUMENTS.has(ctx.low[n])) return true;
  }
  return false;
}
const WONDER_FORMS = new Set(['wonder', 'wonders', 'wondered', 'wondering']);

/** Whether [s, e) is an organisation's name, alone or before a role ("Blackpool Hotel Association", "OFHEO director",
 *  "Halifax chief economist"): capitalised words, then lower-case words ending in a role word. */
function organisationAppositive(ctx: QuoteContext, s: number, e: number): boolean {
  let k = s;
  while (k < e && ctx.cap[k] && isWord(ctx, k)) k++;
  if (k === e) return true;
  for (let r = k; r < e; r++) if (ctx.cap[r] || !isWord(ctx, r)) return false;
  return ctx.vocab.roleWords.has(ctx.low[e - 1]) || ctx.vocab.genderedRoles.has(ctx.low[e - 1]);
}

/** Whether token `k` is an honorific ("Mr", "Dr.", "Justice"). */
function honorificAt(ctx: QuoteContext, k: number): boolean {
  return ctx.vocab.honorifics.has(ctx.low[k].replace(/\.$/, ''));
}

/** Whether a mention's first word is an honorific ("Mrs Howard", "Dr. Lee"). */
function leadingHonorific(ctx: QuoteContext, text: string): boolean {
  return ctx.vocab.honorifics.has(text.split(/\s+/)[0].toLowerCase().replace(/\.$/, ''));
}

/** The gender an honorific in or right before a person mention gives ("Mrs Howard", "Mr. Lee"), else a gendered noun
 *  right before it or heading its appositive ("spokeswoman Ann Vale", "Attallah Shabazz, the daughter of …", "Azmat
 *  Begg, father of Moazzam,"); not a plain "man" or "woman" before it ("what a great man Gordon was"). */
function titleGender(ctx: QuoteContext, m: { start: number; end: number }): Gender | undefined {
  const text = ctx.text.slice(m.start, m.end);
  const before = /(\p{L}+)\.?\s+$/u.exec(ctx.text.slice(Math.max(0, m.start - 8), m.start))?.[1]?.toLowerCase();
  const honorific = [text.split(/\s+/)[0].toLowerCase().replace(/\.$/, ''), before ?? ''].map((t) => ctx.vocab.honorifics.get(t)).find((g) => g);
  if (honorific) return honorific;
  const role = before !== undefined && !PLAIN_PERSON_NOUNS.has(before) ? ctx.vocab.genderedRoles.get(before) : undefined;
  return role ?? appositiveGender(ctx, m.end);
}

const PLAIN_PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl']);
/** Longest appositive read after a name for a gendered noun ("Ann Lee, the elder daughter of …"), in words. */
const MAX_APPOSITIVE_GENDER_WORDS = 4;

/** The gender of a gendered noun heading an appositive right after a name (", the daughter of …", ", a businessman"). */
function appositiveGender(ctx: QuoteContext, end: number): Gender | undefined {
  const after = /^\s*,\s*((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/u.exec(ctx.text.slice(end, end + 60))?.[1];
  if (!after) return undefined;
  const words = after.toLowerCase().split(/\s+/);
  for (const w of words.slice(0, MAX_APPOSITIVE_GENDER_WORDS)) {
    const gender = ctx.vocab.genderedRoles.get(w);
    if (gender) return gender;
    if (w === 'of' || w === 'who' || w === 'whose' || w === 'which' || w === 'and') return undefined;
  }
  return undefined;
}

/** Auxiliaries that carry a negation before a cue ("did not say", "has never said"). */
const NEGATED_AUXILIARIES = new Set(['do', 'does', 'did', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'should', 'may', 'might']);

/** Where a cue starts with the negation right before it, so that the cue shows it ("did not say", "don't think",
 *  "never said"): a quote's words are then what the speaker denied or doubts, not what they said. */
function negatedCueStart(ctx: QuoteContext, cue: number): number {
  let k = cue;
  const w = ctx.low[k - 1] ?? '';
  if (k > 0 && (w.endsWith("n't") || w.endsWith('n’t'))) return k - 1;
  if (k > 0 && (w === 'not' || w === 'never')) {
    k--;
    if (k > 0 && NEGATED_AUXILIARIES.has(ctx.low[k - 1])) k--;
  }
  return k;
}


/** Words after "her" that make it a possessive ("picked up her second Oscar", "her own"), not an object ("told her"). */
const HER_POSSESSED = new Set(['own', 'first', 'second', 'third', 'fourth', 'fifth', 'last', 'latest', 'new', 'debut', 'best', 'career']);
/** Longest clause read after a name for its possessive ("picked up his second Oscar"), in tokens. */
const MAX_POSSESSIVE_DISTANCE = 4;

/** The gender a possessive or reflexive after a subject's verb gives ("Hilary Swank picked up her second best actress
 *  Oscar" → female, "… found himself …" → male), read over a few words with no other name, comma or quotation between. */
function possessiveGender(ctx: QuoteContext, end: number): Gender | undefined {
  let k = firstTokenFrom(ctx, end);
  if (k >= ctx.tokens.length) return undefined;
  for (const stop = k + MAX_POSSESSIVE_DISTANCE; k < ctx.tokens.length && k <= stop; k++) {
    if (!isWord(ctx, k) || ctx.cap[k] || ctx.regionOf[k] >= 0) return undefined;
    const w = ctx.low[k];
    if (w === 'his' || w === 'himself') return 'male';
    if (w === 'herself' || (w === 'her' && HER_POSSESSED.has(ctx.low[k + 1] ?? ''))) return 'female';
  }
  return undefined;
}

/** The gender a full name's first word gives ("Michael Howard" → male), if any. */
function firstNameGender(ctx: QuoteContext, name: string): Gender | undefined {
  const full = name.toLowerCase().split(/\s+/);
  return full.length > 1 ? ctx.vocab.firstNames.get(full[0]) : undefined;
}

/** Whether a gender known from an honorific clashes with the one an actor's first name gives. */
function genderClash(ctx: QuoteContext, gender: Gender | undefined, actorName: string): boolean {
  const other = firstNameGender(ctx, actorName);
  return gender !== undefined && other !== undefined && other !== gender;
}

/** Longest opening of a sentence searched for a person noun ("One of the victims decided …"), in tokens. */
const DESCRIBED_SUBJECT_TOKENS = 5;
/** Person nouns that the role vocabulary does not hold. */
const PERSON_NOUNS = new Set(['victim', 'victims', 'witness', 'witnesses', 'survivor', 'survivors', 'resident', 'residents', 'neighbour', 'neighbor']);

/** A person described (not named) as the subject opening sentence `here` or the one before, within [lo, to): "One of
 *  the victims decided to …; she said …" — "she" is the victim, whoever spoke last. Its offset and gender, if any. */
function describedSubject(ctx: QuoteContext, here: number, lo: number, to: number): { at: number; gender?: Gender } | undefined {
  for (let si = here; si >= Math.max(0, here - 1); si--) {
    const s = ctx.sentences[si];
    if (s.start < lo || s.start >= to) continue;
    for (let k = s.tokenStart; k < s.tokenEnd && k - s.tokenStart < DESCRIBED_SUBJECT_TOKENS; k++) {
      const w = ctx.low[k];
      if (ctx.cap[k] && k > s.tokenStart) break; // a name: the entity layer's business
      if (ctx.vocab.finiteVerbs.has(w) || ctx.vocab.auxiliaries.has(w) || ctx.vocab.cueVerbs.has(w) || !isWord(ctx, k)) break;
      if (ctx.vocab.genderedRoles.has(w) || PERSON_NOUNS.has(w)) return { at: s.start, gender: ctx.vocab.genderedRoles.get(w) };
    }
  }
  return undefined;
}
/** Words before a name that make it the object of the speaker phrase's head ("a spokesman for Mr Prescott", "an aide
 *  to Mr Blair"), not the speaker. */
const OBJECT_LINKS = new Set(['for', 'to', 'of', 'with', 'at', 'in']);

/** Whether an entity mention inside the speaker phrase [s, e) is an owner ("Mr Brown's aides"), the object of a link
 *  word (honorifics skipped) or a modifier of the head after it ("Biden campaign officials") rather than the speaker. */
function ownerOrObject(ctx: QuoteContext, mention: Span, s: number, e: number): boolean {
  let k = s;
  while (k < ctx.tokens.length && ctx.tokens[k].start < mention.start) k++;
  let before = k - 1;
  while (before >= s && ctx.vocab.honorifics.has(ctx.low[before].replace(/\.$/, ''))) before--;
  if (before >= s && OBJECT_LINKS.has(ctx.low[before])) return true;
  // ("A close associate of former Yukos boss Mikhail Khodorkovsky": the name after its own title, the title after a link from
  // a relation of the person's)
  if (relationBeforeTitle(ctx, before, s)) return true;
  // ("The star of Rain Man and Tootsie": a name joined by "and" to the object of a link)
  if (k < ctx.tokens.length && joinedToLinkedName(ctx, k, s, e)) return true;
  // ("A spokesman for airline Alitalia", "at bankrupt US Airways")
  if (k < ctx.tokens.length && adjectivesAfterLink(ctx, k, s) && !fullPersonMentionAt(ctx, k)) return true;
  // ("The barrister who had represented Mr Martin": a name inside the relative clause of a description is its object;
  // so is one in any ", who …" clause: "The Glasgow Kelvin MP, who left Labour in 2004,")
  const description = !ctx.cap[s] || ctx.vocab.determiners.has(ctx.low[s]);
  for (let t = s + 1; t < k; t++) {
    const relative = ctx.low[t] === 'who' || ctx.low[t] === 'that' || ctx.low[t] === 'which' || ctx.low[t] === 'whose';
    if (relative && (ctx.surf[t - 1] === ',' || description)) return true;
  }
  // ("The five unions meeting Mr Prescott", "The group representing Tom Hart": the object of a participle after the
  // description's noun)
  if (description && before > s && participleOfNoun(ctx, before, s)) return true;
  let after = k;
  while (after < ctx.tokens.length && ctx.tokens[after].end <= mention.end) after++;
  if (modifiedHead(ctx, after, e)) return true;
  return after < ctx.tokens.length && (ctx.low[after] === '’s' || ctx.low[after] === "'s" || bareApostrophe(ctx, after));
}

/** Whether [k, e) is the rest of a noun phrase headed by a role, organisation or document word that a name before it
 *  modifies ("Biden campaign officials", "the Hart family spokesman"); not "who sponsored the bill" or "of the Center". */
function modifiedHead(ctx: QuoteContext, k: number, e: number): boolean {
  if (k >= e) return false;
  const v = ctx.vocab;
  for (let t = k; t < e; t++) {
    const w = ctx.low[t];
    if (!isWord(ctx, t) || ctx.cap[t] || v.determiners.has(w) || v.pronouns.has(w) || v.nounPhraseLinks.has(w) || OBJECT_LINKS.has(w) ||
      w === 'and' || w === 'or' || v.finiteVerbs.has(w) || v.auxiliaries.has(w)) return false;
  }
  const head = ctx.low[e - 1];
  return v.roleWords.has(head) || v.genderedRoles.has(head) || v.orgWords.has(head) || v.reportNouns.has(head) || PERSON_RELATIONS.has(head);
}

/** For a restrictive relative pronoun as speaker ("a witness who said", "a statement that said"): the noun phrase it
 *  stands for, which names the speaker; the pronoun stays the speaker's span, as PolNeAR draws it. */
const HEAD_PREPOSITIONS = new Set(['of', 'on', 'in', 'at', 'from', 'for', 'with']);
/** Most prepositional phrases a relative pronoun's noun phrase is widened over. */
const MAX_HEAD_PREPOSITIONS = 2;

function restrictiveHead(ctx: QuoteContext, [s, e]: [number, number]): [number, number] | undefined {
  const w = ctx.low[s];
  // (not "WHO", the World Health Organization)
  if (e - s !== 1 || (w !== 'who' && w !== 'that' && w !== 'which') || ctx.cap[s]) return undefined;
  const a = ctx.sentences[ctx.sentenceOf[s]].tokenStart;
  const last = ctx.low[s - 1];
  if (s - 1 < a || !isWord(ctx, s - 1) || ctx.vocab.pronouns.has(last) || ctx.vocab.timeWords.has(last) || ADJUNCT_PREPOSITIONS.has(last) ||
    last === 'like') return undefined;
  let head = leftPhrase(ctx, s, a);
  if (head < 0 || head >= s || !isWholeSubject(ctx, head, s)) return undefined;
  // ("writers of all nationalities who write", "a note written on a napkin that said": the phrase before the preposition)
  // (a "who" stands for a person: not "a complaint from a whistleblower who said")
  const person = (k: number) => roleWord(ctx, ctx.low[k]) || ctx.vocab.occupations.has(ctx.low[k]) || commonPluralNoun(ctx, k) || ctx.cap[k];
  for (let n = 0; n < MAX_HEAD_PREPOSITIONS && head - 2 >= a && HEAD_PREPOSITIONS.has(ctx.low[head - 1]) && isWord(ctx, head - 2) &&
    (w !== 'who' || person(head - 2)); n++) {
    const wider = leftPhrase(ctx, head - 1, a);
    if (wider < 0 || wider >= head - 1 || !isWholeSubject(ctx, wider, s)) break;
    head = wider;
  }
  return [head, s];
}

/** Subordinators whose clause may hold a speaker while another person is the sentence's subject ("Lucy tracked him down
 *  after her mother told her …"); not "while", a contrast ("Duda said …, while Brudziński wrote …. He tweeted" is
 *  Brudziński). */
const SUBJECT_SUBORDINATORS = new Set(['after', 'when', 'because', 'as', 'since', 'before', 'until', 'although', 'though', 'once']);

/** The start offset of the sentence when the speaker phrase at token `s` opens a subordinate clause inside it, not at
 *  its start; else undefined. */
function subordinateClauseStart(ctx: QuoteContext, s: number): number | undefined {
  const sentence = ctx.sentences[ctx.sentenceOf[s]];
  return s - 1 > sentence.tokenStart && SUBJECT_SUBORDINATORS.has(ctx.low[s - 1]) ? sentence.start : undefined;
}

/** Longest name in dashes between a described subject and its cue ("Another player - Jimmy White - has admitted"), in tokens. */
const MAX_DASHED_NAME = 8;

/** After a subject ending at `e`: the end of a person's name in dashes that follows it before the cue at `cue` ("Another
 *  player - Jimmy White - has admitted"), so that the name is the speaker's; else `e`. */
function dashedNameEnd(ctx: QuoteContext, e: number, cue: number): number {
  if (e >= cue || !isDash(ctx, e)) return e;
  let k = e + 1;
  while (k < cue && k - e <= MAX_DASHED_NAME && !isDash(ctx, k)) k++;
  if (k >= cue || !isDash(ctx, k) || k === e + 1) return e;
  const [from, to] = [ctx.tokens[e + 1].start, ctx.tokens[k - 1].end];
  return (ctx.entities ?? []).some((m) => m.label === 'PER' && m.start >= from && m.end <= to) ? k : e;
}

/** Participles whose agent after "by" made a document ("conducted by", "commissioned by"). */
const AUTHORING_PARTICIPLES = new Set(['conducted', 'commissioned', 'compiled', 'published', 'produced', 'written', 'carried', 'released', 'prepared',
  'funded', 'led', 'issued', 'drawn']);
/** Most lower-case words of the author's kind between "by" and its name ("by consultancy Building Zones"). */
const MAX_AUTHOR_KIND_WORDS = 2;

/** The organisation a comma insert [from, to) before a document's cue gives as its author (", conducted by consultancy
 *  Building Zones,"), if any. */
function authorInInsert(ctx: QuoteContext, from: number, to: number): { name: string; actorId?: string } | undefined {
  if (ctx.surf[from] !== ',' || ctx.surf[to - 1] !== ',') return undefined;
  let k = from + 1;
  if (!AUTHORING_PARTICIPLES.has(ctx.low[k])) return undefined;
  k += ctx.low[k + 1] === 'out' || ctx.low[k + 1] === 'up' ? 2 : 1; // ("carried out by", "drawn up by")
  if (ctx.low[k] !== 'by') return undefined;
  k++;
  if (ctx.low[k] === 'the') k++;
  const kind = k;
  while (k < to && k - kind < MAX_AUTHOR_KIND_WORDS && !ctx.cap[k] && isWord(ctx, k)) k++;
  const index = (ctx.entities ?? []).findIndex((m) => m.label === 'ORG' && m.start === ctx.tokens[k]?.start);
  if (index < 0 || firstTokenFrom(ctx, ctx.entities![index].end) !== to - 1) return undefined;
  const actor = actorOf(ctx, index);
  const m = ctx.entities![index];
  return { name: actor?.name ?? ctx.text.slice(m.start, m.end), actorId: actor?.id };
}

/** Cues that go on from what the speaker said before ("added", "continued", "went on"). */
const GOING_ON = new Set(['added', 'adds', 'continued', 'continues']);
const ADDING = new Set(['adding', 'continuing']);

/** Whether the cue at token `cue` goes on from something said before: "added", "continued", "went on", "also said". */
function goesOn(ctx: QuoteContext, cue: number): boolean {
  const w = ctx.low[cue];
  return GOING_ON.has(w) || ((w === 'went' || w === 'goes') && ctx.low[cue + 1] === 'on') || ctx.low[cue - 1] === 'also';
}

/** Heads of a body that belongs to the one named before them ("United Nations Economic Commission", "EU Commission"). */
const SUB_BODY_HEADS = new Set(['commission', 'committee', 'council', 'agency', 'office', 'department', 'ministry', 'court', 'board', 'authority',
  'institute', 'bureau', 'programme', 'program', 'fund', 'panel', 'tribunal', 'secretariat', 'directorate', 'division', 'unit', 'mission']);

/** Whether mention `m` opens the speaker's name `span` and the name goes on in capitals to a body's head of its own. */
function subBodyAfter(ctx: QuoteContext, m: EntityMention, span: Span): boolean {
  if (m.start !== span.start || m.end >= span.end) return false;
  for (let k = firstTokenFrom(ctx, m.end); k < ctx.tokens.length && ctx.tokens[k].start < span.end; k++) {
    if (!ctx.cap[k] || !isWord(ctx, k)) return false;
    if (SUB_BODY_HEADS.has(ctx.low[k])) return true;
  }
  return false;
}

/** The end offset of a name going on after offset `end` through "for" or "of" and capitalised words ("… Commission for Latin
 *  America"), or undefined. */
function linkedNameEnd(ctx: QuoteContext, end: number): number | undefined {
  let k = firstTokenFrom(ctx, end);
  if (k + 1 >= ctx.tokens.length || (ctx.low[k] !== 'for' && ctx.low[k] !== 'of') || !ctx.cap[k + 1]) return undefined;
  k++;
  while (k + 1 < ctx.tokens.length && isWord(ctx, k + 1) && (ctx.cap[k + 1] || (ctx.low[k + 1] === 'and' && ctx.cap[k + 2]))) k++;
  return ctx.tokens[k].end;
}

/** Whether a named speaker is a people or a party's members by one plural word the entity layer tags as neither person nor
 *  organisation ("Democrats claim …. For example, they believe …", "Palestinians say"): a "they" after it is them. */
function peopleByName(ctx: QuoteContext, info: SpeakerInfo): boolean {
  if (info.kind !== 'named' || info.isOrg || !info.nameSpan) return false;
  const k = firstTokenFrom(ctx, info.nameSpan.start);
  const w = ctx.low[k];
  if (ctx.tokens[k].end !== info.nameSpan.end || !ctx.cap[k] || !/[^su]s$/.test(w)) return false;
  const m = ctx.entities?.find((x) => x.start === ctx.tokens[k].start && x.end === ctx.tokens[k].end);
  return m !== undefined && (m.label === 'MISC' || m.origin === 'demonym');
}

function nameSpeaker(ctx: QuoteContext, att: Attribution, memory: SpeakerMemory): Pick<Quote, 'speaker' | 'affiliation' | 'role'> {
  if (!att.source) return { speaker: { name: '' } };
  const [s, e] = att.source;
  const spanStart = ctx.tokens[s].start;
  // "We’re …": a speaker ending in a fused pronoun ends with the pronoun.
  const fused = ctx.low[e - 1].length < ctx.surf[e - 1].length && ctx.vocab.pronouns.has(ctx.low[e - 1]);
  const spanEnd = fused ? ctx.tokens[e - 1].start + ctx.low[e - 1].length : ctx.tokens[e - 1].end;
  const head = att.antecedent ? undefined : restrictiveHead(ctx, att.source);
  const whole = att.antecedent ?? head ?? att.source;
  const phrase: [number, number] = [whole[0], beforeMembers(ctx, whole[0], dashedNameEnd(ctx, whole[1], att.cue))];
  const info = analyseSpeaker(ctx, phrase[0], phrase[1]);
  // ("Lord Bingham - a senior judge - said": the office an appositive in dashes gives, read with the name as after a comma)
  if (att.insertEnd !== undefined && info.kind === 'named' && !info.role && !info.isOrg) {
    const inserted = analyseSpeaker(ctx, phrase[0], att.insertEnd);
    if (inserted.kind === 'named' && inserted.name === info.name && inserted.role) {
      info.role = inserted.role;
      info.affiliation ??= inserted.affiliation;
    }
  }
  if (peopleByName(ctx, info)) info.group = true;
  // ("Trump's statement read": a document a person the entity layer names is the author of is that person's word)
  const authorSpan = info.kind === 'document' && info.authored && info.isOrg ? info.nameSpan : undefined;
  if (authorSpan && (ctx.entities ?? []).some((m) => m.label === 'PER' && m.start === authorSpan.start && m.end === authorSpan.end)) info.isOrg = false;
  // The entity layers, when present, know names better than capitalisation does.
  const phraseStart = ctx.tokens[phrase[0]].start;
  const phraseEnd = ctx.tokens[phrase[1] - 1].end;
  // ("Russia had indicated …": a country or place the knowledge base names, and no person, speaks as a body)
  const span = info.nameSpan;
  if (info.kind === 'named' && span && (ctx.entities ?? []).some((m) => m.label === 'LOC' && m.origin !== 'ner' && m.start === span.start && m.end === span.end)) info.place = true;
  // (not a transcript's label, a person's name whatever the tagger says: "((Dorsa Derakhshani))")
  if (info.kind === 'named' && span && !att.transcript && (ctx.entities ?? []).some((m) => m.label === 'ORG' && m.start === span.start && m.end === span.end) &&
    !(ctx.entities ?? []).some((m) => m.label === 'PER' && m.start < span.end && span.start < m.end)) info.taggedOrg = true;
  // ("A survey carried out by PC Pro magazine …. According to PC Pro, …": an outlet the article names by its kind, which the tagger
  // calls an organisation, is one, no "he" later; not a name of the outlets the vocabulary knows, which may be a person's too,
  // "Michael Bloomberg … Bloomberg endorsed")
  if (info.taggedOrg && articleOutlets(ctx).has(info.name.toLowerCase())) info.isOrg = true;
  // The mention of the chosen name, not another one inside the phrase ("Denzel Washington, who paid for Boseman to …").
  const labels = info.isOrg ? ['ORG'] : ['PER'];
  let chosen = info.nameSpan ? mentionIn(ctx, phraseStart, phraseEnd, labels, info.nameSpan) : -1;
  // ("a manager, Paul McGuinness. … McGuinness recently said": a surname the tagger read as an organisation, which the
  // resolver linked to the person named before, is that person)
  if (chosen < 0 && !info.isOrg && info.nameSpan) chosen = personLinkedAt(ctx, info.nameSpan);
  // (a name the entity layer tags as an organisation only is that organisation's mention: "Shares in Umbro were …. Umbro said")
  // (not when a person is named in the phrase: "Herbert Hansen of Respond's Belgian partner Keyobs")
  if (chosen < 0 && info.taggedOrg && info.nameSpan && mentionIn(ctx, phraseStart, phraseEnd, ['PER']) < 0) chosen = mentionIn(ctx, phraseStart, phraseEnd, ['ORG'], info.nameSpan);
  // (any person of the phrase names it — "US Secretary of State Mike Pompeo" — but not the one it is affiliated with:
  // "a spokesman for Mr Prescott", "Mr Brown's aides" are not Prescott or Brown)
  // (nor one of two: "both Vindman and Williams", "Volker and Morrison" speak together)
  // (nor the tagger's piece of a body's name holding its "of": "the Turkish Ministry of Foreign Affairs" is not "Foreign Affairs")
  // (the knowledge base's "House of Representatives" inside "United States House of Representatives" is that body)
  // (nor a body's name opening a longer one of a body of its own: "the United Nations Economic Commission for Europe")
  const pieceOfName = (k: number) => k >= 0 && span !== undefined && info.isOrg && ((/ (?:of|on|for) /.test(info.name) && ctx.entities![k].origin === 'ner' &&
    (ctx.entities![k].start > span.start || ctx.entities![k].end < span.end)) || subBodyAfter(ctx, ctx.entities![k], span));
  if (pieceOfName(chosen)) {
    chosen = -1;
    // ("the UN Economic Commission for Latin America": the body's own name goes on through its link)
    const end = span && span.end < phraseEnd ? linkedNameEnd(ctx, span.end) : undefined;
    if (end !== undefined && end <= phraseEnd) {
      info.name = ctx.text.slice(span!.start, end);
      info.nameSpan = { start: span!.start, end };
    }
  }
  const any = chosen >= 0 || info.group || coordinatedMentions(ctx, phraseStart, phraseEnd, labels) ? -1 : mentionIn(ctx, phraseStart, phraseEnd, labels);
  // ("Data gathered by Netcraft on …", "a report on Wednesday by UpGuard": a document's author after "by", an organisation)
  const byAuthor = any < 0 && chosen < 0 && info.kind === 'description' && !info.group ? documentAuthorIn(ctx, phrase[0], phrase[1]) : -1;
  const other = pieceOfName(any) ? -1 : any >= 0 ? any : byAuthor;
  // (nor a capitalised modifier before the phrase's lower-case head: "many Muslim majority countries", which the tagger
  // may read as a person)
  // (after a determiner: "Nadal afterwards" is a name with a stray word)
  // (nor one opening a plural description: "Muslim groups", "Clinton allies")
  const modifier = (m: EntityMention) => (info.kind !== 'named' && /^(?:\s+[a-z][a-z-]*)+$/.test(ctx.text.slice(m.end, phraseEnd)) &&
    (/(?:^|\s)(?:the|a|an|many|most|some|several|few|all|both|other|these|those)\s+$/i.test(ctx.text.slice(phraseStart, m.start)) ||
      (m.start === phraseStart && /[a-z](?:[^su]s|men)$/.test(ctx.text.slice(m.end, phraseEnd)) && !S_ADVERBS.has(ctx.low[phrase[1] - 1]))));
  const per = chosen >= 0 ? chosen : other >= 0 && !ownerOrObject(ctx, ctx.entities![other], phrase[0], phrase[1]) && !modifier(ctx.entities![other]) ? other : -1;
  // (an actor named by a title alone — "Mr" from a mention of "Mr." — names nobody)
  const found = actorOf(ctx, per);
  // (nor a tagger's piece of an ampersand name: "M&S" is not "S.")
  const bare = (x: string) => x.replace(/\.$/, '');
  const piece = found !== undefined && info.name.includes('&') && bare(info.name).endsWith(bare(found.name)) && bare(info.name) !== bare(found.name);
  let actor = found && !piece && !ctx.vocab.honorifics.has(found.name.toLowerCase().replace(/\.$/, '')) && !genderClash(ctx, info.gender, found.name) ? found : undefined;
  // ("theatre impresario Sir Cameron Mackintosh …. Sir Cameron said": a knight met by first name is the full name before)
  const knight = info.byFirstName && (!actor || !/\s/.test(actor.name)) ? fullNameByFirstBefore(ctx, info.name, phraseStart) : -1;
  if (knight >= 0) {
    const m = ctx.entities![knight];
    actor = actorOf(ctx, knight);
    if (!actor) info.name = ctx.text.slice(m.start, m.end);
  }
  // ("US voice actor Alexis Tipton marveled …. "…," Tipton observed": a surname no actor explains is the one person named
  // in full with it before, whatever the tagger called this mention)
  // (not the last of names joined: "Hungarian compatriots Annus and Fazelas")
  const joined = span !== undefined && /\s(?:and|&)\s+$/.test(ctx.text.slice(phraseStart, span.start));
  // (only where the resolver ran and linked nothing; nor for another gender: "Mrs Howard" is not Michael Howard)
  // (a tagger's organisation only where no knowledge base names it: "Umbro" is the firm, a bare "Tipton" the actor)
  const taggerOrgOnly = info.taggedOrg === true && span !== undefined &&
    !(ctx.entities ?? []).some((m) => m.label === 'ORG' && m.origin !== 'ner' && m.start === span.start && m.end === span.end);
  const fullName = info.kind === 'named' && ctx.resolution !== undefined && !info.isOrg && (!info.taggedOrg || taggerOrgOnly) && !info.group && !joined &&
    !/\s/.test(info.name) && !actor && /^\p{Lu}/u.test(info.name) ? fullNameBySurnameBefore(ctx, info.name, phraseStart) : -1;
  if (fullName >= 0 && !genderClash(ctx, info.gender, ctx.text.slice(ctx.entities![fullName].start, ctx.entities![fullName].end))) {
    const m = ctx.entities![fullName];
    actor = actorOf(ctx, fullName);
    info.name = actor?.name ?? ctx.text.slice(m.start, m.end);
  }
  // ("the New York Post published …. According to the Post, …": a one-word name of a body the article named in full before)
  const fullerBody = info.kind === 'named' && info.isOrg && info.definite && !/\s/.test(info.name) && (!actor || !/\s/.test(actor.name))
    ? fullerOrganisationBefore(ctx, info.name, phraseStart) : -1;
  if (fullerBody >= 0) {
    const m = ctx.entities![fullerBody];
    info.name = ctx.text.slice(m.start, m.end);
    actor = actorOf(ctx, fullerBody) ?? actor;
  }
  if (actor && info.kind !== 'pronoun') {
    // (not for a fuller name: "Nicola Sturgeon said", where the tagger found and linked only "Sturgeon")
    // (whose first word is no capital of the sentence's start: "Angry Williams rejects …", "Rival Sony said")
    const first = info.nameSpan ? firstTokenFrom(ctx, info.nameSpan.start) : -1;
    const opensSentence = first >= 0 && ctx.sentences[ctx.sentenceOf[first]]?.tokenStart === first;
    const fuller = info.kind === 'named' && !/\s/.test(actor.name) && info.name.endsWith(` ${actor.name}`) &&
      (!opensSentence || isFirstName(ctx.vocab, info.name.split(/\s+/)[0].toLowerCase()));
    // (nor for an actor the tagger named with the title: "Immunologist Kristian Andersen")
    const titledActor = info.role !== undefined && actor.name.toLowerCase() === `${info.role} ${info.name}`.toLowerCase();
    // (nor for a tagger's mention that runs a kind of body into the name: "Human Rights group Liberty" is Liberty)
    const kindBefore = info.isOrg && info.name !== actor.name && actor.name.endsWith(` ${info.name}`) &&
      BODY_KINDS_BEFORE.has(actor.name.slice(0, -info.name.length - 1).split(/\s+/).at(-1) ?? '');
    if (!fuller && !titledActor && !kindBefore) info.name = actor.name;
    // ("said Dasbach", linked to Steve Dasbach: the full name's first word tells a later "she" it is not her)
    info.gender ??= info.isOrg ? undefined : firstNameGender(ctx, actor.name);
  }
  // (a described head of "who said" — "a viewer who says" — names its quote but is not remembered: a later "he" goes
  // to a named speaker)
  let resolved: ResolvedSpeaker = head && info.kind !== 'named'
    ? { name: info.name, affiliation: info.affiliation ? { name: info.affiliation.name } : undefined, role: info.role }
    : memory.resolve(info, att.sentence, actor?.id, spanEnd, att.parts, subordinateClauseStart(ctx, s), ctx.low[att.cue] === 'according', goesOn(ctx, att.cue));
  // ("((WSS)) : Which past U.S. president …": a transcript label of initials stands for the one person the article names
  // with them, "Wikinews accredited reporter William S. Saturn")
  const initialled = att.transcript && info.kind === 'named' ? personWithInitials(ctx, info.name) : undefined;
  if (initialled) resolved = { ...resolved, name: initialled.name, actorId: initialled.actorId ?? resolved.actorId };
  // ("((WN)) What do your parents do?": the label of the outlet asking)
  const outlet = att.transcript && !initialled && info.kind === 'named' ? ctx.vocab.labelOutlets.get(info.name.toLowerCase()) : undefined;
  if (outlet) {
    // (remembered by that name: a later pronoun standing for the label names the outlet too)
    if (resolved.known) resolved.known.name = outlet;
    resolved = { name: outlet, actorId: ctx.resolution?.actors.find((x) => x.name.toLowerCase() === outlet.toLowerCase())?.id, known: resolved.known };
  }
  // ("The study, conducted by consultancy Building Zones, found": a document's author in the insert before its cue)
  const author = info.kind === 'document' && !resolved.affiliation ? authorInInsert(ctx, e, att.cue) : undefined;
  if (author) {
    resolved = { ...resolved, affiliation: author };
    if (resolved.known) resolved.known.affiliation ??= author;
  }
  // ("ONGC's Mr Raha declined …" after "Oil and Natural Gas Corporation chairman Subir Raha": the title the article gave
  // the person it names, or a "he" stands for, where it first named them)
  // (not a name the entity layers resolve to an organisation: "Parmalat, the Italian food group at the centre of …")
  const person = initialled !== undefined || (!info.isOrg && !(info.taggedOrg && actor?.kind === 'organization') && !info.group && (info.kind === 'named' ||
    (info.kind === 'document' && info.authored === true) ||
    (info.kind === 'pronoun' && (info.pronoun === 'male' || info.pronoun === 'female') && resolved.name !== info.name) ||
    // ("Newcastle striker Craig Bellamy …. The Welsh striker has rejected …": a description standing for a person named before)
    (info.kind === 'description' && resolved.known?.named === true && !resolved.known.isOrg && resolved.name !== info.name)));
  // (an affiliation given there comes with its own role: "Green Party presidential nominee Howie Hawkins", later "the only
  // candidate wearing a facemask")
  const introduced = person && !resolved.affiliation ? introductionOf(ctx, resolved.name, phraseStart) : undefined;
  const introduction = introduced && (!resolved.role || introduced.affiliation) ? introduced : undefined;
  if (introduction) {
    const affiliation = introduction.affiliation ? { name: introduction.affiliation.name } : undefined;
    resolved = { ...resolved, affiliation, role: introduction.role ?? resolved.role };
    if (resolved.known) {
      resolved.known.affiliation ??= affiliation;
      resolved.known.role = resolved.role;
    }
  }
  // ("Labour will …, the party's election chief Alan Milburn said": the party named in the sentence or the one before)
  if (person && !resolved.affiliation && resolved.role && /^the party['’]s?\s/i.test(ctx.text.slice(phraseStart, phraseEnd))) {
    const party = partyNamedBefore(ctx, phraseStart);
    if (party) {
      resolved = { ...resolved, affiliation: party };
      if (resolved.known) resolved.known.affiliation ??= party;
    }
  }
  // ("GlaxoSmithKline said …. Chief executive Jean-Pierre Garnier said": a corporate title naming no organisation is the
  // firm's that spoke last)
  if (person && !resolved.affiliation && resolved.role && CORPORATE_TITLE.test(resolved.role)) {
    const firm = memory.employer(att.sentence, spanEnd, att.parts);
    // (nor a paper or broadcaster quoted on the story)
    const media = firm?.actorId !== undefined && ctx.resolution?.actors.find((x) => x.id === firm.actorId)?.kind === 'media';
    if (firm && firm.name !== resolved.name && !media) {
      resolved = { ...resolved, affiliation: { name: firm.name, actorId: firm.actorId } };
      if (resolved.known) resolved.known.affiliation ??= resolved.affiliation;
    }
  }
  // ("said M&S. Next is …": the sentence's full stop read as the initial's)
  // (an unnamed fused pronoun keeps its pronoun only: "You've" is "You")
  const unnamedFused = fused && resolved.name === info.name ? ctx.surf[e - 1].slice(0, ctx.low[e - 1].length) : undefined;
  const extentEnd = att.insertEnd !== undefined ? ctx.tokens[att.insertEnd - 1].end : spanEnd;
  const speaker: Quote['speaker'] = { name: unnamedFused ?? resolved.name.replace(/(&\p{Lu})\.$/u, '$1'), start: spanStart, end: extentEnd };
  if (resolved.actorId) speaker.actorId = resolved.actorId;
  const out: Pick<Quote, 'speaker' | 'affiliation' | 'role'> = { speaker };
  if (resolved.affiliation) {
    const aff: { name: string; actorId?: string } = { name: resolved.affiliation.name };
    const span = info.affiliation ?? introduction?.affiliation;
    const affActor = span ? actorOf(ctx, mentionIn(ctx, span.start, span.end, ['ORG', 'LOC', 'MISC'])) : undefined;
    const id = affActor?.id ?? resolved.affiliation.actorId;
    if (id) aff.actorId = id;
    out.affiliation = id ? aff : stateOfNationality(ctx, aff.name) ?? aff;
  }
  // ("Mittal Steel … could cut up to 45,000 jobs, its chief executive has said": the body opening the sentence owns "its")
  if (!out.affiliation && resolved.role && info.kind === 'description' && ctx.low[whole[0]] === 'its') {
    const owner = bodyOpeningSentence(ctx, att.sentence);
    if (owner) out.affiliation = owner;
  }
  if (resolved.role) out.role = out.affiliation ? roleBesideAffiliation(resolved.role, out.affiliation.name) : resolved.role;
  // ("author of the Analysys report: Pushing Beyond the Limits of 3G": a work's title after a colon is no part of the office)
  if (out.role?.includes(': ')) out.role = out.role.slice(0, out.role.indexOf(': ')).trim();
  // ("Tom Frieden, formerly the director of …": a former office)
  if (out.role && /^formerly\s/i.test(out.role)) out.role = out.role.replace(/^formerly\s+(?:(?:the|an?)\s+)?/i, 'former ');
  // ("a full 79 percent of Democrats": a share of a group holds no office)
  if (out.role && /(?:\bpercent\b|\bper cent\b|%)/i.test(out.role)) delete out.role;
  // ("Critics insist …", "Mr Flight's supporters say", "Land owners claim", "critics of phone-tap trials say": people named
  // by what they think, back or have; "The unnamed woman from Georgia says": a plain person, whose place is no body either)
  const lowerRole = out.role?.toLowerCase() ?? '';
  const roleHead = lowerRole.split(/\s+(?:of|for|from|in|at|on)\s/)[0].split(/\s+/).at(-1) ?? '';
  // ("The restoration of the older Star Wars episodes", "a panel of experts", "the survey of 110 critics": a thing, a document
  // or a body of people before "of" holds no office; the role words after it are its object's)
  const ofHead = /^(?:[\p{Ll}-]+ ){0,2}?([\p{Ll}-]+) of /u.exec(lowerRole)?.[1] ?? '';
  const thingBeforeLink = ofHead !== '' && !roleWord(ctx, ofHead) && (ctx.vocab.reportNouns.has(ofHead) || ctx.vocab.pollNouns.has(ofHead) ||
    BODIES_OF_PEOPLE.has(ofHead) || ABSTRACT_NOUN.test(ofHead));
  if (out.role && (NO_OFFICE_GROUPS.has(roleHead) || NO_OFFICE_GROUPS.has(lowerRole.split(/\s+/).at(-1) ?? '') || PLAIN_PERSONS.has(roleHead) || thingBeforeLink)) {
    delete out.role;
    const span = info.affiliation ?? introduction?.affiliation;
    if (PLAIN_PERSONS.has(roleHead) && out.affiliation && span && mentionIn(ctx, span.start, span.end, ['LOC']) >= 0) delete out.affiliation;
  }
  // ("Independent presidential candidate Brock Pierce", "Independent MP Martin Bell": standing for no party is no body; a poll
  // "for the Independent", which holds no office, is the paper's)
  if (out.affiliation && out.role && /^independents?$/i.test(out.affiliation.name)) {
    delete out.affiliation;
    out.role = `independent ${out.role}`;
  }
  // ("Wimbledon champion Maria Sharapova", "Australian Open champion Marat Safin": a title won names an event, no body)
  // (and an award's: "Industry Week's 2003 Technology Leader of the Year" was given by the paper, it is no office there)
  if (out.affiliation && out.role && (TITLE_WON.test(out.role) || AWARD_TITLE.test(out.role))) {
    out.role = `${out.affiliation.name} ${out.role}`;
    delete out.affiliation;
  }
  // ("Euronext, owner of Liffe in London, said": a body's appositive that names what it owns, runs or makes is no office in
  // a body it belongs to)
  const personNamed = span !== undefined && (ctx.entities ?? []).some((m) => m.label === 'PER' && m.start < span.end && span.start < m.end);
  if (out.role && OWNING_ROLES.has(roleHead) && info.kind === 'named' && (info.isOrg || !personNamed) && !info.gender) {
    delete out.role;
    delete out.affiliation;
  }
  // ("Speaking to newspaper Star of Mysore, Garg said": an outlet the article names is no office of the speaker's)
  if (out.role && articleOutlets(ctx).has(out.role.toLowerCase().replace(/^the /, ''))) delete out.role;
  // ("says King, 30,": a surname that is a title word names the person, it is no office)
  const surname = out.speaker.name.split(/\s+/).at(-1) ?? '';
  if (out.role && !/^(?:the|an?)\s/i.test(out.speaker.name) && /^\p{Lu}/u.test(surname) && out.role.toLowerCase() === surname.toLowerCase() && ctx.vocab.honorifics.has(surname.toLowerCase())) delete out.role;
  return out;
}

/** Heads of a body's appositive saying what it owns, runs or makes ("owner of Liffe", "parent of Halifax", "maker of Coke"). */
const OWNING_ROLES = new Set(['owner', 'owners', 'parent', 'operator', 'operators', 'maker', 'makers', 'manufacturer', 'manufacturers', 'supplier',
  'provider', 'franchisee', 'licensee']);
/** Roles that are awards ("2003 Technology Leader of the Year", "Player of the Month"). */
const AWARD_TITLE = /\bof the (?:year|decade|season|month|tournament|match)$/i;
/** Roles that are titles won at an event ("champion", "defending champion", "finalist"). */
const TITLE_WON = /^(?:(?:former|reigning|defending|double|triple|two-time|three-time|world)\s+)*(?:champion|winner|runner-up|finalist|semi-finalist|medallist|medalist)s?$/i;
/** Nouns of a body of people before "of", which holds no office of its members' ("a panel of experts", "a team of researchers"). */
const BODIES_OF_PEOPLE = new Set(['panel', 'team', 'group', 'committee', 'number', 'lot', 'coalition', 'alliance', 'delegation', 'crowd',
  'handful', 'pair', 'trio', 'couple', 'association', 'associations', 'network', 'consortium', 'body', 'bodies', 'groups', 'teams', 'panels']);
/** A noun of an act or a state ("restoration", "management", "whim" is not one): "-tion", "-ment", "-ness", "-ity". */
const ABSTRACT_NOUN = /(?:tion|sion|ment|ness|ity|ism)$/;

/** Plural heads of a group of people that holds no office: a role ends on none of them. */
const NO_OFFICE_GROUPS = new Set(['critics', 'supporters', 'opponents', 'observers', 'sources', 'voters', 'protesters', 'protestors', 'colleagues',
  'owners', 'friends', 'relatives', 'neighbours', 'neighbors', 'residents', 'fans', 'others', 'insiders', 'users', 'consumers', 'customers',
  'shoppers', 'viewers', 'listeners', 'readers', 'parents', 'people']);

/** Heads of a description of a plain person, who holds no office by it ("the unnamed woman", "a local man"). */
const PLAIN_PERSONS = new Set(['man', 'woman', 'boy', 'girl', 'person', 'men', 'women', 'child', 'children', 'resident', 'witness', 'victim',
  'passer-by', 'bystander']);

/** The organisation or state the entity layer names opening sentence `si` as its subject ("Mittal Steel, one of …", "The
 *  Conservative Party would …", "South Korea looks set …"), if any. */
function bodyOpeningSentence(ctx: QuoteContext, si: number): { name: string; actorId?: string } | undefined {
  const s = ctx.sentences[si];
  if (!s) return undefined;
  let first = firstWordOf(ctx, s.tokenStart, s.tokenEnd);
  if (ctx.low[first] === 'the' && !(ctx.entities ?? []).some((m) => m.start === ctx.tokens[first].start)) first++;
  const index = (ctx.entities ?? []).findIndex((m) => m.start === ctx.tokens[first]?.start && (m.label === 'ORG' || m.label === 'LOC'));
  if (index < 0) return undefined;
  const actor = actorOf(ctx, index);
  const m = ctx.entities![index];
  // (the subject itself, not a modifier of it: "The Cell processor … will run")
  const after = firstTokenFrom(ctx, m.end);
  if (after >= s.tokenEnd || !(ctx.surf[after] === ',' || verbAfterSubject(ctx, after))) return undefined;
  return actor ? { name: actor.name, actorId: actor.id } : { name: ctx.text.slice(m.start, m.end) };
}

/** Adverbs in -s that may close a speaker phrase ("Nadal afterwards said"): no plural head. */
const S_ADVERBS = new Set(['afterwards', 'always', 'perhaps', 'besides', 'sometimes', 'nevertheless', 'nonetheless', 'towards', 'backwards',
  'forwards', 'upwards', 'downwards', 'overseas', 'indoors', 'outdoors', 'regardless', 'meanwhile']);

/** The last party the entity layer names before offset `at`, in its sentence or the one before, when only one is named
 *  there ("Labour will …, the party's election chief said"). */
function partyNamedBefore(ctx: QuoteContext, at: number): { name: string; actorId?: string } | undefined {
  const here = sentenceIndexAt(ctx, Math.max(0, at - 1));
  const from = ctx.sentences[Math.max(0, here - 1)]?.start ?? 0;
  const parties = (ctx.entities ?? []).map((m, index) => ({ m, index })).filter(({ m }) => m.start >= from && m.end <= at && m.label !== 'PER' &&
    m.label !== 'LOC' && PARTY_NAME.test(ctx.text.slice(m.start, m.end)));
  const names = new Set(parties.map(({ m }) => ctx.text.slice(m.start, m.end).replace(/['’]s?$/, '')));
  if (names.size !== 1) return undefined;
  const { index } = parties.at(-1)!;
  return { name: [...names][0], actorId: actorOf(ctx, index)?.id };
}

/** Corporate titles that, standing alone, belong to the firm the story is about. */
const CORPORATE_TITLE = /^(?:the )?(?:(?:group|company|joint|deputy|former) )?(?:chief executive|chief executive officer|chief operating officer|chief financial officer|finance director|managing director|chairman|chairwoman|ceo|cfo|spokesman|spokeswoman|spokesperson|company spokesman|company spokeswoman|director|executive director|general secretary|secretary general)$/i;

/** The role without its closing link to the affiliation it names ("chief executive of Panlogic" beside Panlogic →
 *  "chief executive"; "director for digital content company THX" → "director"): the affiliation says it. */
function roleBesideAffiliation(role: string, affiliation: string): string {
  // ("managing director of T-Mobile in the UK": a place after the body goes with the body)
  const found = role.lastIndexOf(affiliation);
  if (found > 0 && /^\s+in\s/.test(role.slice(found + affiliation.length))) role = role.slice(0, found + affiliation.length);
  // ("chairman and founder of MIT's Media Labs", "chief of BT's new Entertainment unit": a unit the body owns goes with the body)
  if (found > 0 && OWNED_UNIT.test(role.slice(found + affiliation.length))) role = role.slice(0, found + affiliation.length);
  if (!role.endsWith(affiliation) || role.length === affiliation.length) return role;
  const words = role.slice(0, role.length - affiliation.length).trimEnd().split(/\s+/);
  let n = words.length;
  // ("spokeswoman for the Trump administration's Department of Justice": the owner before the name goes with it)
  // ("director of the United States' Centers for Disease Control": a bare apostrophe after an owner ending in "s" too)
  if (n > 0 && /(?:['’]s|s['’])$/.test(words[n - 1])) {
    n--;
    for (let owner = 0; n > 0 && owner < 3 && /^\p{Lu}/u.test(words[n - 1]); owner++) n--;
  }
  // (up to four lower-case words saying what it is, "digital content company", and "the", between link and name; "The"
  // where the name holds it, "research firm The Yankee Group")
  if (n > 0 && words[n - 1] === 'The') n--;
  // ("head of Brisbane-based game developer Krome Studios": where it is based says what it is too)
  // ("head of MMS firm Adamind", "editor of Indian film magazine Trade Guide": so does a capitalised field or nationality before
  // the kind in lower case)
  let kindSeen = false;
  for (let described = 0; n > 0 && described < 4 && !ROLE_LINKS.has(words[n - 1]); described++) {
    const lower = /^(?:[\p{Ll}-]+|\p{Lu}[\p{L}]*-based)$/u.test(words[n - 1]);
    if (!lower && !(kindSeen && /^\p{Lu}[\p{L}]*$/u.test(words[n - 1]) && words[n - 1] !== 'The' && n - 2 >= 0 && !/^\p{Lu}/u.test(words[n - 2]))) break;
    kindSeen ||= lower;
    n--;
  }
  if (n > 1 && ROLE_LINKS.has(words[n - 1])) return words.slice(0, n - 1).join(' ').replace(/,$/, '') || role;
  return role;
}

/** What follows a body's name in a role when the role names a unit the body owns ("'s Media Labs", "'s new Entertainment unit"). */
const OWNED_UNIT = /^['’]s(?:\s+[\p{Ll}-]+){0,2}(?:\s+\p{Lu}[\p{L}&-]*)+(?:\s+(?:unit|division|department|arm|team|group|business|subsidiary|branch|wing|section|office|centre|center|service|lab|labs))?$/u;

/** Links between a role and its organisation ("chief executive of …", "analyst at …"); "in" and "and" join more role. */
const ROLE_LINKS = new Set(['of', 'at', 'for', 'with', 'from', 'within']);
