// IOB2 tags over tokens → labelled character spans.
import type { EntityLabel, Span } from '../core/document.js';
import type { IobTag } from '../core/tagger.js';

export interface LabelledSpan extends Span {
  label: EntityLabel;
}

/**
 * Spans of one sentence's tags. A stray I-X (after O or after another type) opens a new span, as conlleval
 * reads it.
 */
export function iobToSpans(tokens: readonly Span[], tags: readonly IobTag[]): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  let open: LabelledSpan | undefined;
  for (let i = 0; i < tokens.length && i < tags.length; i++) {
    const tag = tags[i];
    if (tag === 'O') {
      open = undefined;
      continue;
    }
    const label = tag.slice(2) as EntityLabel;
    if (tag.startsWith('I-') && open && open.label === label) {
      open.end = tokens[i].end;
      continue;
    }
    open = { start: tokens[i].start, end: tokens[i].end, label };
    spans.push(open);
  }
  return spans;
}
