// Document context for the second stage: how the first-stage tagger labelled the same word in the
// neighbouring sentences (Ratinov & Roth 2009's "context aggregation" / "extended prediction history").
// A sentence-initial "Wolfsburg" or an all-capitals headline word gets the evidence of its other mentions.
import { chunks } from './conlleval.js';
import { mix1, mix2, fnv1a } from './hash.js';
import type { SentenceFeatures } from './features.js';
import { charClass } from './shape.js';

/** Sentences on each side that count as context; CoNLL documents run about 15 sentences. */
export const CONTEXT_WINDOW = 12;
/** Counts are capped here before becoming features. */
const MAX_COUNT = 3;

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const enum C { Type = 101, Majority, Other, Self, SelfType, None }

/** Per word: counts inside predicted entities of each type, then outside any (capitalised only). */
const SLOTS = TYPES.length + 1;
const OTHER = TYPES.length;
const LABEL_HASH = new Map<string, number>();
function labelHash(tag: string): number {
  let h = LABEL_HASH.get(tag);
  if (h === undefined) LABEL_HASH.set(tag, (h = fnv1a(tag)));
  return h;
}

function hasCapital(token: string): boolean {
  return token.length > 0 && charClass(token.charCodeAt(0)) === 88;
}

/** What one sentence adds to the window counts: [lower-cased word, slot] pairs. */
function contributions(tokens: readonly string[], tags: readonly string[]): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const slot = new Int8Array(tokens.length).fill(OTHER);
  for (const chunk of chunks(tags)) {
    const type = TYPES.indexOf(chunk.type);
    for (let i = chunk.start; i < chunk.end; i++) slot[i] = type;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!hasCapital(tokens[i])) continue;
    if (slot[i] === OTHER && tags[i] !== 'O') continue;
    out.push([tokens[i].toLowerCase(), slot[i]]);
  }
  return out;
}

/**
 * Extra feature hashes per token of every sentence, from first-stage `predictions` of the whole stream.
 * The sentence's own predicted tag is a feature too (stacking). Counts come from a window sliding over the
 * stream, minus the sentence's own contribution.
 */
export function contextFeatures(
  sentences: readonly (readonly string[])[],
  predictions: readonly (readonly string[])[],
  window = CONTEXT_WINDOW,
): SentenceFeatures[] {
  const parts = sentences.map((tokens, s) => contributions(tokens, predictions[s]));
  const counts = new Map<string, Int32Array>();
  const apply = (s: number, delta: number) => {
    for (const [word, slot] of parts[s]) {
      let c = counts.get(word);
      if (!c) counts.set(word, (c = new Int32Array(SLOTS)));
      c[slot] += delta;
    }
  };
  for (let s = 0; s < Math.min(window, sentences.length); s++) apply(s, 1);
  const out: SentenceFeatures[] = [];
  const own = new Int32Array(SLOTS);
  const list: number[] = [];
  for (let s = 0; s < sentences.length; s++) {
    if (s + window < sentences.length) apply(s + window, 1);
    if (s - window - 1 >= 0) apply(s - window - 1, -1);
    const tokens = sentences[s];
    const tags = predictions[s];
    const mine = parts[s];
    const offsets = new Int32Array(tokens.length + 1);
    list.length = 0;
    for (let i = 0; i < tokens.length; i++) {
      offsets[i] = list.length;
      const tag = labelHash(tags[i]);
      list.push(mix1(C.Self, tag));
      if (!hasCapital(tokens[i])) continue;
      const word = tokens[i].toLowerCase();
      const c = counts.get(word);
      // Remove this sentence's own mentions of the word from the window counts.
      own.fill(0);
      for (const [w, slot] of mine) if (w === word) own[slot]++;
      let best = -1;
      let bestCount = 0;
      let any = false;
      for (let t = 0; t < TYPES.length; t++) {
        const n = (c ? c[t] : 0) - own[t];
        if (n <= 0) continue;
        any = true;
        list.push(mix2(C.Type, t, Math.min(n, MAX_COUNT)));
        if (n > bestCount) {
          best = t;
          bestCount = n;
        }
      }
      if (best >= 0) {
        list.push(mix1(C.Majority, best));
        list.push(mix2(C.SelfType, best, tag));
      }
      const other = (c ? c[OTHER] : 0) - own[OTHER];
      if (other > 0) {
        any = true;
        list.push(mix1(C.Other, Math.min(other, MAX_COUNT)));
      }
      if (!any) list.push(mix1(C.None, tag));
    }
    offsets[tokens.length] = list.length;
    out.push({ hashes: Int32Array.from(list), offsets });
  }
  return out;
}
