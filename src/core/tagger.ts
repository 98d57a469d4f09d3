import type { EntityLabel } from './document.js';

/** IOB2 tag over the four CoNLL types. */
export type IobTag = 'O' | `B-${EntityLabel}` | `I-${EntityLabel}`;

/** A statistical named-entity tagger: raw tokens of one sentence in, one valid IOB2 tag per token out. */
export interface Tagger {
  readonly name: string;
  tagSentence(tokens: readonly string[]): IobTag[];
}
