import { describe, expect, it } from 'vitest';
import { WeightIndex } from './featureindex.js';
import { extractFeatures } from './features.js';
import { N_LABELS } from './labels.js';
import { SentenceScorer } from './scorer.js';
import { loadTagger } from './tagger.js';

const TINY = new URL('./fixtures/tiny.bin', import.meta.url).pathname;

// Written for this test: names, places in the gazetteers, an all-capitals headline, hyphens, digits,
// accents, a one-token sentence and words repeated across sentences (so the per-word cache is hit).
const SENTENCES = [
  ['General', 'Michael', 'Kurilla', 'visited', 'Baghdad', 'on', 'Tuesday', '.'],
  ['Clemson', 'University', 'assistant', 'professor', 'Amira', 'Jadoon', 'said', 'the', 'group', 'grew', '.'],
  ['SOCCER', '-', 'JAPAN', 'GET', 'LUCKY', 'WIN', ',', 'CHINA', 'IN', 'SURPRISE', 'DEFEAT', '.'],
  ['The', 'New', 'York', 'Stock', 'Exchange', 'fell', '2.5', '%', 'to', '1996-08-22', 'levels', '.'],
  ['Pro-Russian', 'separatists', 'near', 'Donetsk', 'met', 'the', 'United', 'Nations', 'envoy', 'Éric', 'Noël', '.'],
  ['Kabul'],
  ['"', 'We', 'will', 'not', 'leave', ',', '"', 'Jadoon', 'told', 'Reuters', 'in', 'Washington', '.'],
  ['General', 'Michael', 'Kurilla', 'visited', 'Baghdad', 'on', 'Tuesday', '.'],
  ['a-b-c', '-x', 'x-', '--', 'U.S.', 'AL-QAEDA', 'iPhone', 'McDonald', "'s", '42', ''],
];

function referenceScores(index: WeightIndex, tokens: string[], lexicon: Parameters<typeof extractFeatures>[1]) {
  const f = extractFeatures(tokens, lexicon);
  return index.addEmissions(f.hashes, f.offsets, new Float64Array(tokens.length * N_LABELS));
}

describe('SentenceScorer', () => {
  for (const [name, path] of [
    ['tiny model', TINY],
    ['bundled model', undefined],
  ] as const) {
    it(`gives exactly the feature-list emission scores (${name})`, () => {
      const model = loadTagger(path).model;
      const index = new WeightIndex(model.features, model.weights, model.header.scale);
      const scorer = new SentenceScorer(index, model.lexicon);
      for (let pass = 0; pass < 2; pass++) {
        for (const tokens of SENTENCES) {
          const fast = new Float64Array(tokens.length * N_LABELS).fill(Number.NaN);
          scorer.score(tokens, fast);
          expect(Array.from(fast)).toEqual(Array.from(referenceScores(index, tokens, model.lexicon)));
        }
        scorer.clear();
      }
    });
  }

  it('stays exact past the short-shape id limit (window features looked up directly)', () => {
    const model = loadTagger().model;
    const index = new WeightIndex(model.features, model.weights, model.header.scale);
    const scorer = new SentenceScorer(index, model.lexicon);
    // Symbols are their own shape class, so each of these tokens has a short shape of its own.
    const symbols = Array.from({ length: 1200 }, (_, k) => `A${String.fromCharCode(0x2200 + k)}`);
    // After them, ordinary words' short shapes ("Xx", "x", ".") get no id of their own.
    for (const tokens of [symbols, ...SENTENCES]) {
      const fast = new Float64Array(tokens.length * N_LABELS);
      scorer.score(tokens, fast);
      expect(Array.from(fast)).toEqual(Array.from(referenceScores(index, tokens, model.lexicon)));
    }
  });

  it('caches each distinct word once', () => {
    const model = loadTagger(TINY).model;
    const scorer = new SentenceScorer(new WeightIndex(model.features, model.weights, model.header.scale), model.lexicon);
    scorer.score(['Paris', 'and', 'Paris', 'and', 'paris'], new Float64Array(5 * N_LABELS));
    expect(scorer.cachedWords).toBe(3);
  });

  it('tags like the feature-list path through the tagger', () => {
    const tagger = loadTagger();
    for (const tokens of SENTENCES) expect(tagger.tagSentence(tokens)).toEqual(tagger.tagSentenceByFeatures(tokens));
  });
});
