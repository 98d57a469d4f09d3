// Test helper: a Document with article and segments built by hand (a regex tokenizer, one sentence per
// ". ", "! " or "? ", not after an initial), so knowledge tests do not depend on the segment stage.
import type { Document, EntityLabel, Sentence, Token } from '../core/document.js';
import type { IobTag, Tagger } from '../core/tagger.js';

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|['’]s\b|\S/gu;

export function makeDoc(text: string): Document {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const surface = m[0];
    const kind: Token['kind'] = /^\p{N}/u.test(surface) ? 'number' : /^[\p{L}'’]/u.test(surface) ? 'word' : 'punct';
    tokens.push({ start: m.index, end: m.index + surface.length, kind });
  }
  const sentences: Sentence[] = [];
  let first = 0;
  tokens.forEach((t, i) => {
    const surface = text.slice(t.start, t.end);
    const last = i === tokens.length - 1;
    const initial = i > 0 && /^\p{Lu}$/u.test(text.slice(tokens[i - 1].start, tokens[i - 1].end));
    if (last || (/^[.!?]$/.test(surface) && !initial && /^\s/.test(text.slice(t.end, t.end + 1)))) {
      sentences.push({ start: tokens[first].start, end: t.end, tokenStart: first, tokenEnd: i + 1 });
      first = i + 1;
    }
  });
  return {
    source: { kind: 'inline', location: 'test' },
    article: { title: '', text, paragraphs: [{ start: 0, end: text.length }] },
    segments: { sentences, tokens },
  };
}

/**
 * A stand-in statistical tagger for tests: tags the given names (as token sequences) wherever they occur,
 * everything else O. Real taggers come from src/ner/.
 */
export function listTagger(names: Record<string, EntityLabel>): Tagger {
  const entries = Object.entries(names).map(([name, label]) => ({ words: name.split(' '), label }));
  return {
    name: 'test.list.v1',
    tagSentence(tokens: readonly string[]): IobTag[] {
      const tags: IobTag[] = tokens.map(() => 'O');
      for (let i = 0; i < tokens.length; i++) {
        for (const { words, label } of entries) {
          if (words.every((w, k) => tokens[i + k] === w)) {
            words.forEach((_, k) => (tags[i + k] = k === 0 ? `B-${label}` : `I-${label}`));
            i += words.length - 1;
            break;
          }
        }
      }
      return tags;
    },
  };
}
