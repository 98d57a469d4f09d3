// The nine IOB2 tags over the four CoNLL types, and which tag may follow which.
import type { IobTag } from '../core/tagger.js';

export const LABELS: readonly IobTag[] = [
  'O',
  'B-PER', 'I-PER',
  'B-ORG', 'I-ORG',
  'B-LOC', 'I-LOC',
  'B-MISC', 'I-MISC',
];
export const N_LABELS = LABELS.length;

const LABEL_INDEX = new Map<string, number>(LABELS.map((label, i) => [label, i]));

export function labelIndex(tag: string): number {
  const index = LABEL_INDEX.get(tag);
  if (index === undefined) throw new Error(`unknown IOB2 tag "${tag}"`);
  return index;
}


/** IOB2: an I-X tag may only follow B-X or I-X. */
export function allowedTransition(prev: number, next: number): boolean {
  const tag = LABELS[next];
  if (!tag.startsWith('I-')) return true;
  if (prev < 0) return false;
  const prevTag = LABELS[prev];
  return prevTag !== 'O' && prevTag.slice(2) === tag.slice(2);
}

/** An I- tag may not start a sentence. */
export function allowedStart(label: number): boolean {
  return !LABELS[label].startsWith('I-');
}

/** True when `tags` is a valid IOB2 sequence. */
export function isValidIob2(tags: readonly string[]): boolean {
  let prev = -1;
  for (const tag of tags) {
    const index = LABEL_INDEX.get(tag);
    if (index === undefined) return false;
    if (prev < 0 ? !allowedStart(index) : !allowedTransition(prev, index)) return false;
    prev = index;
  }
  return true;
}
