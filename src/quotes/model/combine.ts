// Rules first, the trained tagger second: the rule attributions keep their names, affiliations, conduits and
// times; the tagger adds attributions whose cue the rules did not read and, in the 'bounds' mode, redraws a rule
// speaker's extent where both read the same cue.
import type { Span } from '../../core/document.js';
import type { QuoteContext } from '../context.js';
import { groupSentence, type TaggedAttribution } from './group.js';
import { tagsToSpans } from './labels.js';
import type { AttributionTagger } from './tagger.js';

/** 'add': tagger attributions join where the rules have none; 'bounds': also the tagger's source extent. */
export type CombineMode = 'add' | 'bounds';
export const COMBINE_MODES: readonly CombineMode[] = ['add', 'bounds'];

/** The part of an attribution the combination reads and writes (extract.ts's Attribution has more fields). */
export interface CombinableAttribution {
  cue: number;
  cueEnd: number;
  sentence: number;
  source?: [number, number];
  parts: Span[];
  direct: boolean;
}

/** A tagged content counts as already found when more than this share of its characters lies in rule content. */
const MAX_COVERED_SHARE = 0.5;

/** Every attribution the tagger reads in the document, sentence by sentence. */
export function taggedAttributions(
  ctx: QuoteContext,
  tagger: AttributionTagger,
  skip: (sentence: number) => boolean = () => false,
): TaggedAttribution[] {
  const out: TaggedAttribution[] = [];
  let previous: TaggedAttribution | undefined;
  ctx.sentences.forEach((sentence, si) => {
    if (sentence.tokenEnd === sentence.tokenStart) return;
    if (skip(si) || !tagger.mayHoldCue(ctx, si)) {
      previous = undefined;
      return;
    }
    const spans = tagsToSpans(tagger.tagSentence(ctx, si));
    const found = groupSentence(spans, si, sentence.tokenStart, previous);
    out.push(...found);
    // Only a sentence's last attribution, or none, may be continued by the next sentence's cue-less content.
    previous = found.length ? found[found.length - 1] : spans.length ? undefined : previous?.sentence === si - 1 ? previous : undefined;
  });
  return out;
}

const PUNCT_EDGE = /[\s,;:—–-]/;

/** Character span of tokens [s, e), trailing commas and dashes left out. */
function charSpan(ctx: QuoteContext, s: number, e: number): Span {
  const start = ctx.tokens[s].start;
  let end = ctx.tokens[e - 1].end;
  while (end > start && PUNCT_EDGE.test(ctx.text[end - 1])) end--;
  return { start, end };
}

/** Direct when every word of the content lies inside quotation marks. */
function isDirect(ctx: QuoteContext, content: Array<[number, number]>): boolean {
  let words = 0;
  for (const [s, e] of content) {
    for (let i = s; i < e; i++) {
      if (ctx.tokens[i].kind !== 'word' && ctx.tokens[i].kind !== 'number') continue;
      words++;
      if (ctx.regionOf[i] < 0) return false;
    }
  }
  return words > 0;
}

export function toAttribution(ctx: QuoteContext, t: TaggedAttribution): CombinableAttribution {
  const parts = t.content.map(([s, e]) => charSpan(ctx, s, e)).filter((p) => p.end > p.start);
  const att: CombinableAttribution = { cue: t.cue[0], cueEnd: t.cue[1], sentence: t.sentence, parts, direct: isDirect(ctx, t.content) };
  if (t.source) att.source = t.source;
  return att;
}

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", '’s']);
const IRREGULAR_PARTICIPLES = new Set(['known', 'seen', 'shown', 'thought', 'made', 'given', 'taken', 'told', 'said', 'held', 'found', 'meant']);

/** "is expected", "were blamed for", "has been asked": a passive cue, whose subject is not the speaker. */
export function passiveCue(ctx: QuoteContext, att: CombinableAttribution): boolean {
  for (let i = att.cue; i + 1 < att.cueEnd; i++) {
    if (!BE.has(ctx.low[i])) continue;
    for (let k = i + 1; k < att.cueEnd; k++) {
      const w = ctx.low[k];
      if (w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w)) return true;
    }
  }
  return false;
}

/**
 * Whether a learned attribution may join the rules' (the checks the rules make for their own cues): a speaker phrase
 * does not end in a possessive ("the Taliban’s … reported"), and a cue that the vocabulary reads with a clause only
 * (noObjectCues: "claimed two attacks" is a responsibility claim, an event) needs "that", a colon or a quotation
 * after it.
 */
export function plausibleAddition(ctx: QuoteContext, att: CombinableAttribution): boolean {
  if (att.source && POSSESSIVE.has(ctx.low[att.source[1] - 1])) return false;
  let clauseOnly = false;
  for (let i = att.cue; i < att.cueEnd; i++) if (ctx.vocab.noObjectCues.has(ctx.low[i])) clauseOnly = true;
  if (!clauseOnly) return true;
  const next = att.cueEnd;
  return next < ctx.tokens.length && (ctx.low[next] === 'that' || ctx.surf[next] === ':' || ctx.opens.has(next));
}

/**
 * The rule attributions (edited in place for 'bounds') plus the tagger's attributions that no rule attribution
 * already holds: a tagged one is dropped when its cue overlaps a rule cue or most of its content is rule content.
 */
export function combineAttributions<A extends CombinableAttribution>(
  ctx: QuoteContext,
  rules: A[],
  tagged: readonly TaggedAttribution[],
  mode: CombineMode,
  make: (att: CombinableAttribution) => A,
): A[] {
  const mask = new Uint8Array(ctx.text.length);
  for (const r of rules) for (const p of r.parts) mask.fill(1, p.start, p.end);
  const out = [...rules];
  for (const t of tagged) {
    const rule = rules.find((r) => overlaps(r.cue, r.cueEnd, t.cue[0], t.cue[1]));
    if (rule) {
      if (mode === 'bounds' && t.source && rule.source && overlaps(rule.source[0], rule.source[1], t.source[0], t.source[1])) {
        rule.source = t.source;
      }
      continue;
    }
    const att = toAttribution(ctx, t);
    // A passive cue's subject is not its speaker ("Lee is expected to …"); the content stays, with no speaker.
    if (passiveCue(ctx, att)) delete att.source;
    let chars = 0;
    let covered = 0;
    for (const p of att.parts) {
      chars += p.end - p.start;
      for (let c = p.start; c < p.end; c++) covered += mask[c];
    }
    if (chars === 0 || covered > chars * MAX_COVERED_SHARE || !plausibleAddition(ctx, att)) continue;
    out.push(make(att));
  }
  return out;
}
