// claims.rules.v1: numeric statements — "Between March 2023 and March 2024, IS-K planned 21 international attacks
// in nine countries, he said" — with their numbers (unit, qualifier), period and speaker.
//
// A sentence is a claim when it states a number (not a year, an age or part of a date) and at least one of:
// a speaker ("X said", a quote from the quotes layer), a stated period, a count of events ("21 attacks"),
// a percentage or a sum of money. A single incident's casualty report is the events layer's business.
// The speaker of a number inside a quote is the quote's speaker; otherwise "X said" / "said X" / "according to
// X" in the sentence; a pronoun ("he said") takes the last speaker named before it.
import type { Claim, Document, Quote, Span } from '../core/document.js';
import { defineStage } from '../core/stage.js';
import { findDates, referenceDate } from '../extract/dates.js';
import { findNumbers, type NumberMention } from '../extract/numbers.js';
import { segment } from '../text/segment.js';

// A person's or an organisation's name: capitalised words, initials ("Aaron Y. Zelin").
const NAME = String.raw`(?:[A-Z][\p{L}'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][\p{L}'’-]+|[A-Z]\.))*`;
const SPEECH = String.raw`(?:said|says|told|stated|added|estimated|reported|claimed|warned|wrote)`;
const NAME_THEN_VERB = new RegExp(String.raw`(${NAME})\s+(?:has\s+|had\s+)?${SPEECH}\b`, 'gu');
const VERB_THEN_NAME = new RegExp(String.raw`\b${SPEECH}\s+(${NAME})`, 'gu');
// An organisation's name may hold "of", "for" and "and" between capitalised words ("the Philippine Institute of
// Volcanology and Seismology", "the Bank of England").
const ORG_NAME = String.raw`${NAME}(?:\s+(?:of|for|and)\s+(?:the\s+)?${NAME})*`;
const ACCORDING_TO = new RegExp(String.raw`\b[Aa]ccording to\s+(?:the\s+)?(${ORG_NAME})`, 'gu');
const PRONOUN_SPEAKER = /\b(?:he|she|they)\s+(?:said|says|told|added|stated|estimated|claimed|warned)\b|\b(?:said|says|added)\s+(?:he|she)\b/i;
// Names that are not speakers (sentence openers, months, weekdays).
const NOT_SPEAKER = /^(?:The|A|An|But|And|In|On|At|It|This|That|These|Those|He|She|They|We|I|Last|Between|Since|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// Plural nouns that make a count a statement about many events.
const EVENT_COUNT_UNITS = /^(?:attacks|plots|bombings|strikes|incidents|raids|operations|killings|kidnappings|abductions|arrests|executions|shootings|assaults|explosions|airstrikes|cases|deaths|casualties|fatalities)$/i;

// Cue verbs of an indirect quote that report speech or a finding. The quotes layer also returns clauses after
// other verbs ("Caloundra opened the game with two tries", "Biden maintained his lead"): their subject said
// nothing, so it is not a claim's speaker.
const REPORTING_CUE = /^(?:said|says|say|saying|told|tells|tell|stated|states|state|added|adds|announced|announces|claimed|claims|claim|estimated|estimates|reported|reports|warned|warns|wrote|writes|noted|notes|suggested|suggests|argued|argues|insisted|insists|explained|explains|believes?|believed|thinks?|thought|predicted|predicts|revealed|reveals|confirmed|confirms|denied|denies|acknowledged|acknowledges|admitted|admits|alleged|alleges|according(?: to)?|testified|found|finds|showed|shows|concluded|estimated|projected|calculated|counted|recorded|asserted|maintains|contended|contends|accused|accuses|blamed|blames)$/i;
// A quote's speaker that is only a pronoun names no one a claim can be traced to ("I", "we", "they").
const PRONOUN_NAME = /^(?:I|we|you|they|it|us|me|them|one)$/i;
const THIRD_PERSON = /^(?:he|she|him|her)$/i;
// A number written as the word "one" is mostly a pronoun or an article ("one of the toughest", "an economic one",
// "at one point"); "one in five" is a statistic.
const ONE_WORD = /^one$/i;
const ONE_STATISTIC_AFTER = /^\s+(?:in|out of)\s+(?:\d|[a-z]+)/i;
// A number right after a capitalised word is part of a name or a designation ("Democracy 2.0", "HR 6819",
// "Falcon 9", "LB-1", "COVID-19"), not a figure.
const NAME_BEFORE = /(?:^|[^,;:(\s]\s|\s)[A-Z][\w'’.]*[- ]$/;
const MONTH_OR_DAY = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|US|USD|A|An|The|In|On|At|By|To|Of|For|About|Over|Some|Nearly|Almost|More|Than|Least|Up)[- ]$/;
// Clock times ("4:00 a.m.", "0100 UTC") are not figures.
const CLOCK_UNIT = /^(?:utc|gmt|bst|cet|est|edt|pst|pdt|am|pm|a\.m|p\.m|local|hrs)$/i;

interface Speaker {
  name: string;
  actorId?: string;
  span: Span;
}

function actorAt(doc: Document, span: Span): string | undefined {
  const entities = doc.entities ?? [];
  for (const link of doc.resolution?.links ?? []) {
    const mention = entities[link.mention];
    if (link.actorId && mention && mention.start < span.end && mention.end > span.start) return link.actorId;
  }
  return undefined;
}

function namedSpeaker(doc: Document, text: string, sentence: Span): Speaker | undefined {
  const slice = text.slice(sentence.start, sentence.end);
  for (const pattern of [NAME_THEN_VERB, VERB_THEN_NAME, ACCORDING_TO]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      const name = m[1].replace(/^(?:The|A|An)\s+/, '');
      const words = name.split(/\s+/);
      if (words.every((w) => NOT_SPEAKER.test(w))) continue;
      const offset = sentence.start + m.index + m[0].indexOf(m[1]) + (m[1].length - name.length);
      const span = { start: offset, end: offset + name.length };
      const actorId = actorAt(doc, span);
      return { name, ...(actorId ? { actorId } : {}), span };
    }
  }
  return undefined;
}

function quoteAround(quotes: Quote[], numbers: NumberMention[]): Quote | undefined {
  return quotes.find((q) => numbers.some((n) => n.start >= q.start && n.end <= q.end));
}

/** A direct quote, or an indirect one after a verb of saying or finding. */
function reportsSpeech(quote: Quote): boolean {
  return quote.direct || REPORTING_CUE.test(quote.cue.trim());
}

/** Whether a number is a figure a claim states: not "one" as a pronoun, not part of a name, not a clock time. */
function isFigure(text: string, n: NumberMention, sentence: Span): boolean {
  const surface = text.slice(n.numberStart, n.numberEnd);
  if (ONE_WORD.test(surface) && !ONE_STATISTIC_AFTER.test(text.slice(n.numberEnd, n.numberEnd + 16))) return false;
  if (n.unit && CLOCK_UNIT.test(n.unit)) return false;
  if (/^\d{1,2}:\d{2}/.test(text.slice(n.numberStart, n.numberStart + 5))) return false;
  // Ordinals ("21st century") and generations ("3G networks") are not figures.
  if (/^(?:st|nd|rd|th|G)\b/.test(text.slice(n.numberEnd, n.numberEnd + 3))) return false;
  const before = text.slice(Math.max(sentence.start, n.numberStart - 30), n.numberStart);
  if (n.numberStart - sentence.start > 2 && /^\d/.test(surface) && NAME_BEFORE.test(before) && !MONTH_OR_DAY.test(before)) return false;
  return true;
}

/** Claims of one document, in text order. */
export function extractClaims(doc: Document): Claim[] {
  const text = doc.article?.text ?? '';
  if (!text) return [];
  const published = referenceDate(doc);
  const sentences = (doc.segments ?? segment(text)).sentences;
  const claims: Claim[] = [];
  let lastSpeaker: Speaker | undefined;
  for (const sentence of sentences) {
    const named = namedSpeaker(doc, text, sentence);
    const dates = published ? findDates(text, published, sentence.start, sentence.end) : [];
    const numbers = findNumbers(text, sentence.start, sentence.end).filter(
      (n) => !n.yearLike && !n.age && !dates.some((d) => n.numberStart < d.end && n.numberEnd > d.start) && isFigure(text, n, sentence),
    );
    const pronoun = PRONOUN_SPEAKER.test(text.slice(sentence.start, sentence.end));
    const quote = doc.quotes ? quoteAround(doc.quotes.filter(reportsSpeech), numbers) : undefined;
    let speaker: Claim['speaker'];
    if (quote && THIRD_PERSON.test(quote.speaker.name.trim())) {
      if (lastSpeaker) speaker = { name: lastSpeaker.name, ...(lastSpeaker.actorId ? { actorId: lastSpeaker.actorId } : {}) };
    } else if (quote && !PRONOUN_NAME.test(quote.speaker.name.trim())) speaker = { name: quote.speaker.name, ...(quote.speaker.actorId ? { actorId: quote.speaker.actorId } : {}) };
    else if (quote) speaker = undefined;
    else if (named) speaker = { name: named.name, ...(named.actorId ? { actorId: named.actorId } : {}) };
    else if (pronoun && lastSpeaker) speaker = { name: lastSpeaker.name, ...(lastSpeaker.actorId ? { actorId: lastSpeaker.actorId } : {}) };
    if (named) lastSpeaker = named;
    if (numbers.length === 0) continue;
    // Only a stated interval is a claim's period; "in March" dates an incident, not a statistic.
    const period = dates.find((d) => d.range);
    const counted = numbers.some((n) => (n.unit && (EVENT_COUNT_UNITS.test(n.unit) || n.unit === '%' || n.unit === 'USD')));
    if (!speaker && !period && !counted) continue;
    const claim: Claim = {
      text: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end,
      numbers: numbers.map((n) => ({ value: n.value, ...(n.unit ? { unit: n.unit } : {}), ...(n.qualifier ? { qualifier: n.qualifier } : {}) })),
    };
    if (speaker) claim.speaker = speaker;
    if (period) claim.period = { text: period.text, start: period.date.start, end: period.date.end };
    claims.push(claim);
  }
  return claims;
}

export const claimsStage = defineStage<unknown>({
  name: 'claims.rules.v1',
  requires: ['resolution'],
  assigns: ['claims'],
  run(doc) {
    return { ...doc, claims: extractClaims(doc) };
  },
});
