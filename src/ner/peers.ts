// Baseline peers for the NER evaluation, mapped onto CoNLL tags over the same tokens.
// compromise: people → PER, places → LOC, organizations → ORG (it has no MISC).
// wink-nlp's English lite model only finds dates, numbers, e-mails and the like: no mapping to CoNLL types.
import { createRequire } from 'node:module';
import type { IobTag, Tagger } from '../core/tagger.js';

interface CompromiseMatch {
  offset: { start: number; length: number };
}
interface CompromiseView {
  people(): { json(options: { offset: boolean }): CompromiseMatch[] };
  places(): { json(options: { offset: boolean }): CompromiseMatch[] };
  organizations(): { json(options: { offset: boolean }): CompromiseMatch[] };
}
type Compromise = (text: string) => CompromiseView;

/** Labels spans of `text` (character offsets) onto tokens that were joined with single spaces. */
export function spansToTags(
  tokens: readonly string[],
  spans: ReadonlyArray<{ start: number; end: number; label: 'PER' | 'ORG' | 'LOC' | 'MISC' }>,
): IobTag[] {
  const starts: number[] = [];
  let at = 0;
  for (const token of tokens) {
    starts.push(at);
    at += token.length + 1;
  }
  const tags: IobTag[] = tokens.map(() => 'O');
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    let first = true;
    for (let i = 0; i < tokens.length; i++) {
      const end = starts[i] + tokens[i].length;
      if (starts[i] < span.end && end > span.start) {
        // A token already claimed by an earlier span keeps its tag.
        if (tags[i] !== 'O') {
          first = true;
          continue;
        }
        tags[i] = `${first ? 'B' : 'I'}-${span.label}`;
        first = false;
      }
    }
  }
  return tags;
}

/** compromise as a Tagger, or null when the package is not installed. */
export function compromiseTagger(): Tagger | null {
  let nlp: Compromise;
  try {
    nlp = createRequire(import.meta.url)('compromise') as Compromise;
  } catch {
    return null;
  }
  return {
    name: 'compromise',
    tagSentence(tokens: readonly string[]): IobTag[] {
      const doc = nlp(tokens.join(' '));
      const spans: Array<{ start: number; end: number; label: 'PER' | 'ORG' | 'LOC' }> = [];
      const add = (matches: CompromiseMatch[], label: 'PER' | 'ORG' | 'LOC') => {
        for (const m of matches) spans.push({ start: m.offset.start, end: m.offset.start + m.offset.length, label });
      };
      add(doc.people().json({ offset: true }), 'PER');
      add(doc.organizations().json({ offset: true }), 'ORG');
      add(doc.places().json({ offset: true }), 'LOC');
      return spansToTags(tokens, spans);
    },
  };
}
