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
const ACCORDING_TO = new RegExp(String.raw`\baccording to\s+(?:the\s+)?(${NAME})`, 'gu');
const PRONOUN_SPEAKER = /\b(?:he|she|they)\s+(?:said|says|told|added|stated|estimated|claimed|warned)\b|\b(?:said|says|added)\s+(?:he|she)\b/i;
// Names that are not speakers (sentence openers, months, weekdays).
const NOT_SPEAKER = /^(?:The|A|An|But|And|In|On|At|It|This|That|These|Those|He|She|They|We|I|Last|Between|Since|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// Plural nouns that make a count a statement about many events.
const EVENT_COUNT_UNITS = /^(?:attacks|plots|bombings|strikes|incidents|raids|operations|killings|kidnappings|abductions|arrests|executions|shootings|assaults|explosions|airstrikes|cases|deaths|casualties|fatalities)$/i;

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
      (n) => !n.yearLike && !n.age && !dates.some((d) => n.numberStart < d.end && n.numberEnd > d.start),
    );
    const pronoun = PRONOUN_SPEAKER.test(text.slice(sentence.start, sentence.end));
    const quote = doc.quotes ? quoteAround(doc.quotes, numbers) : undefined;
    let speaker: Claim['speaker'];
    if (quote) speaker = { name: quote.speaker.name, ...(quote.speaker.actorId ? { actorId: quote.speaker.actorId } : {}) };
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
