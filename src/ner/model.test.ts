import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSitrepError } from '../core/errors.js';
import { parseConll } from './conll.js';
import { isValidIob2 } from './labels.js';
import { decodeModel, encodeModel, quantise } from './model.js';
import { loadTagger, PerceptronTagger } from './tagger.js';
import { trainTagger } from './train.js';

const TINY = new URL('./fixtures/tiny.bin', import.meta.url).pathname;
const TINY_TRAIN = parseConll(readFileSync(new URL('./fixtures/tiny-train.conll', import.meta.url), 'utf8'));

describe('model file', () => {
  it('round-trips through encode/decode with identical tagging', () => {
    const model = decodeModel(readFileSync(TINY));
    const again = decodeModel(encodeModel(model));
    expect(again.header).toEqual(model.header);
    expect(Array.from(again.features)).toEqual(Array.from(model.features));
    expect(Array.from(again.weights)).toEqual(Array.from(model.weights));
    expect(Array.from(again.transitions)).toEqual(Array.from(model.transitions));
    expect([...again.lexicon.gazetteer]).toEqual([...model.lexicon.gazetteer]);
    const sentence = ['Amira', 'Jadoon', 'visited', 'Kabul', '.'];
    expect(new PerceptronTagger(again).tagSentence(sentence)).toEqual(new PerceptronTagger(model).tagSentence(sentence));
  });

  it('keeps the second (document) stage through a round trip', () => {
    const model = decodeModel(readFileSync(TINY));
    expect(model.second).toBeDefined();
    const again = decodeModel(encodeModel(model));
    expect(Array.from(again.second!.features)).toEqual(Array.from(model.second!.features));
    const doc = [['Amira', 'Jadoon', 'spoke', '.'], ['Jadoon', 'left', 'Kabul', '.']];
    expect(new PerceptronTagger(again).tagDocument(doc)).toEqual(new PerceptronTagger(model).tagDocument(doc));
    for (const tags of new PerceptronTagger(model).tagDocument(doc)) expect(isValidIob2(tags)).toBe(true);
  });

  it('round-trips every weight type', () => {
    const model = decodeModel(readFileSync(TINY));
    for (const type of ['f32', 'i8'] as const) {
      const real = Float32Array.from(model.weights, (w) => w * model.header.scale);
      const q = quantise(real, type);
      const copy = decodeModel(encodeModel({ ...model, header: { ...model.header, weightType: type, scale: q.scale }, weights: q.weights }));
      expect(copy.weights.constructor).toBe(q.weights.constructor);
      expect(Array.from(copy.weights)).toEqual(Array.from(q.weights));
    }
  });

  it('rejects a file that is not a model with E060', () => {
    const bad = new TextEncoder().encode('hello, not a model at all');
    try {
      decodeModel(bad, 'bad.bin');
      expect.unreachable();
    } catch (error) {
      expect(isSitrepError(error) && error.code).toBe('E060');
    }
    const truncated = readFileSync(TINY).subarray(0, 2000);
    expect(() => decodeModel(truncated)).toThrow(/not a valid/);
  });

  it('loads lazily and caches by path; a missing file is E060', () => {
    const a = loadTagger(TINY);
    expect(loadTagger(TINY)).toBe(a);
    expect(a.name).toBe('ner.perceptron.v1');
    expect(() => loadTagger('/nonexistent/model.bin')).toThrow(expect.objectContaining({ code: 'E060' }));
  });
});

describe('tiny model (golden)', () => {
  const tagger = loadTagger(TINY);

  it('tags names in sentences written for this test', () => {
    expect(tagger.tagSentence(['Amira', 'Jadoon', 'spoke', 'in', 'London', '.'])).toEqual([
      'B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O',
    ]);
    const text = 'Clemson University assistant professor Amira Jadoon said the group had grown .'.split(' ');
    expect(tagger.tagSentence(text)).toEqual(['B-ORG', 'I-ORG', 'O', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'O', 'O']);
  });

  it('returns one valid tag per token for arbitrary input', () => {
    const inputs = [[], ['.'], ['I-PER', 'O', 'B-LOC'], ['ÉCOLE', 'Nationale', 'de', 'Lyon'], Array(300).fill('Smith')];
    for (const tokens of inputs) {
      const tags = tagger.tagSentence(tokens);
      expect(tags.length).toBe(tokens.length);
      expect(isValidIob2(tags)).toBe(true);
    }
  });
});

describe('bundled model (golden)', () => {
  const tagger = loadTagger();

  it('finds people, organisations and places it never saw in training', () => {
    const cases: Array<[string, string]> = [
      [
        'Clemson University assistant professor Amira Jadoon said the group had grown .',
        'B-ORG I-ORG O O B-PER I-PER O O O O O O',
      ],
      ['General Michael Kurilla met Iraqi officials in Baghdad on Tuesday .', 'O B-PER I-PER O B-MISC O O B-LOC O O O'],
      ['Officials in Kabul blamed al-Shabaab .', 'O O B-LOC O B-ORG O'],
    ];
    for (const [sentence, tags] of cases) expect(tagger.tagSentence(sentence.split(' ')).join(' ')).toBe(tags);
  });
});

describe('trainTagger', () => {
  it('is deterministic for a seed and learns its training sentences', () => {
    const a = trainTagger({ train: TINY_TRAIN, epochs: 6, seed: 3 });
    const b = trainTagger({ train: TINY_TRAIN, epochs: 6, seed: 3 });
    expect(encodeModel(a.model)).toEqual(encodeModel(b.model));
    const tagger = new PerceptronTagger(a.model);
    let right = 0;
    let total = 0;
    for (const s of TINY_TRAIN) {
      const tags = tagger.tagSentence(s.tokens);
      tags.forEach((t, i) => ((right += t === s.tags[i] ? 1 : 0), total++));
    }
    expect(right / total).toBeGreaterThan(0.97);
  });

  it('keeps the epoch with the best dev F1', () => {
    const reports: number[] = [];
    const result = trainTagger({
      train: TINY_TRAIN.slice(0, 18),
      dev: TINY_TRAIN.slice(18),
      epochs: 5,
      onEpoch: (r) => reports.push(r.devF1),
    });
    expect(reports.length).toBe(5);
    expect(result.devF1).toBe(Math.max(...reports));
    expect(result.bestEpoch).toBe(reports.indexOf(result.devF1) + 1);
  });

  it('refuses training data that is not valid IOB2', () => {
    expect(() => trainTagger({ train: [{ tokens: ['a', 'b'], tags: ['O', 'I-PER'] }] })).toThrow(/IOB2/);
  });
});
