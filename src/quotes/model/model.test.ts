import { describe, expect, it } from 'vitest';
import { SitrepError } from '../../core/errors.js';
import { isValidIob2 } from '../../ner/labels.js';
import { segment } from '../../text/segment.js';
import { buildContext } from '../context.js';
import { extractQuotes } from '../extract.js';
import { loadVocabulary } from '../vocabulary.js';
import { combineAttributions, type CombinableAttribution } from './combine.js';
import { groupSentence, type TaggedAttribution } from './group.js';
import { spansToTags, tagsToSpans } from './labels.js';
import { loadAttributionTagger } from './tagger.js';

const vocab = loadVocabulary();
const doc = (text: string) => ({
  source: { kind: 'file' as const, location: 'test' },
  article: { title: '', text, paragraphs: [] },
  segments: segment(text),
});

describe('BIO ↔ role spans', () => {
  it('writes B/I tags and reads the same spans back', () => {
    const spans = [
      { role: 'source' as const, start: 0, end: 2 },
      { role: 'cue' as const, start: 2, end: 3 },
      { role: 'content' as const, start: 3, end: 7 },
    ];
    const tags = spansToTags(8, spans);
    expect(tags).toEqual(['B-PER', 'I-PER', 'B-ORG', 'B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'O']);
    expect(isValidIob2(tags)).toBe(true);
    expect(tagsToSpans(tags)).toEqual(spans);
  });

  it('keeps the outermost span where attributions nest, and starts a new chunk at a touching span', () => {
    // content 0..6 holds a nested source 1..2 and cue 2..3; a second content touches the first at 6.
    const tags = spansToTags(8, [
      { role: 'content', start: 0, end: 6 },
      { role: 'source', start: 1, end: 2 },
      { role: 'cue', start: 2, end: 3 },
      { role: 'content', start: 6, end: 8 },
    ]);
    expect(tags).toEqual(['B-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'I-LOC', 'B-LOC', 'I-LOC']);
    expect(tagsToSpans(tags)).toEqual([
      { role: 'content', start: 0, end: 6 },
      { role: 'content', start: 6, end: 8 },
    ]);
  });
});

describe('grouping tagged spans into attributions', () => {
  it('joins each source and content to the nearest cue and drops a cue without content', () => {
    const found = groupSentence(
      [
        { role: 'source', start: 0, end: 1 },
        { role: 'cue', start: 1, end: 2 },
        { role: 'content', start: 2, end: 5 },
        { role: 'cue', start: 9, end: 10 },
      ],
      3,
      100,
    );
    expect(found).toEqual([{ sentence: 3, cue: [101, 102], source: [100, 101], content: [[102, 105]] }]);
  });

  it('lets cue-less content continue the previous attribution', () => {
    const previous: TaggedAttribution = { sentence: 0, cue: [1, 2], source: [0, 1], content: [[2, 6]] };
    expect(groupSentence([{ role: 'content', start: 0, end: 4 }], 1, 7, previous)).toEqual([]);
    expect(previous.content).toEqual([[2, 6], [7, 11]]);
  });
});

describe('combining rules and tagger', () => {
  const text = 'Ann Lee said the bridge was safe. The council doubts the plan will work.';
  const ctx = buildContext(doc(text), vocab);
  const tok = (word: string, from = 0) => ctx.surf.indexOf(word, from);
  const rule: CombinableAttribution = {
    cue: tok('said'), cueEnd: tok('said') + 1, sentence: 0, source: [0, 2],
    parts: [{ start: text.indexOf('the bridge'), end: text.indexOf('.') }], direct: false,
  };
  const doubts = tok('doubts');
  const taggedNew: TaggedAttribution = { sentence: 1, cue: [doubts, doubts + 1], source: [doubts - 2, doubts], content: [[doubts + 1, tok('.', doubts)]] };
  const taggedSame: TaggedAttribution = { sentence: 0, cue: [tok('said'), tok('said') + 1], source: [1, 2], content: [[3, 7]] };

  it('adds an attribution on a cue the rules did not read, and leaves the rule one alone in add mode', () => {
    const rules = [{ ...rule }];
    const out = combineAttributions(ctx, rules, [taggedSame, taggedNew], 'add', (a) => a);
    expect(out).toHaveLength(2);
    expect(out[0].source).toEqual([0, 2]);
    expect(text.slice(out[1].parts[0].start, out[1].parts[0].end)).toBe('the plan will work');
    expect(out[1].source).toEqual([doubts - 2, doubts]);
    expect(out[1].direct).toBe(false);
  });

  it('redraws the rule source from the tagger in bounds mode', () => {
    const rules = [{ ...rule }];
    combineAttributions(ctx, rules, [taggedSame], 'bounds', (a) => a);
    expect(rules[0].source).toEqual([1, 2]);
  });

  it('drops a tagged attribution whose content is mostly rule content', () => {
    const inside: TaggedAttribution = { sentence: 0, cue: [tok('was'), tok('was') + 1], content: [[tok('bridge'), tok('safe') + 1]] };
    expect(combineAttributions(ctx, [{ ...rule }], [inside], 'add', (a) => a)).toHaveLength(1);
  });
});

describe('the bundled attribution model', () => {
  it('loads, tags valid IOB2 and reads a plain "said" sentence', () => {
    const tagger = loadAttributionTagger();
    const ctx = buildContext(doc('The mayor said the bridge would reopen next week.'), vocab);
    const tags = tagger.tagSentence(ctx, 0);
    expect(tags).toHaveLength(ctx.sentences[0].tokenEnd - ctx.sentences[0].tokenStart);
    expect(isValidIob2(tags)).toBe(true);
    const spans = tagsToSpans(tags);
    const cue = spans.find((s) => s.role === 'cue');
    expect(cue && ctx.surf[cue.start]).toBe('said');
    expect(spans.some((s) => s.role === 'content')).toBe(true);
  });

  it('keeps every rule quote when the tagger joins extractQuotes', () => {
    const text = 'The mayor said the bridge would reopen. Residents doubt the repairs will last.';
    const tagger = loadAttributionTagger();
    const rules = extractQuotes(doc(text), vocab);
    const both = extractQuotes(doc(text), vocab, { tagger, combine: 'add' });
    expect(both.length).toBeGreaterThanOrEqual(rules.length);
    for (const q of rules) expect(both.some((b) => b.start === q.start && b.end === q.end)).toBe(true);
  });

  it('refuses a missing model file with E060', () => {
    try {
      loadAttributionTagger('/nonexistent/quotes-attrib.bin');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SitrepError);
      expect((e as SitrepError).code).toBe('E060');
    }
  });
});
