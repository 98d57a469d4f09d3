// Test helper: a Document with article and segments built by hand (a regex tokenizer, one sentence per
// ". ", "! " or "? "), so knowledge tests do not depend on the segment stage.
import type { Document, Sentence, Token } from '../core/document.js';

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
    if (last || (/^[.!?]$/.test(surface) && /^\s/.test(text.slice(t.end, t.end + 1)))) {
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
