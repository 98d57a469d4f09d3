import { describe, expect, it } from 'vitest';
import { contextFeatures } from './context.js';

const count = (f: { offsets: Int32Array }, i: number) => f.offsets[i + 1] - f.offsets[i];

describe('contextFeatures', () => {
  const sentences = [
    ['Wolfsburg', 'won', '.'],
    ['Fans', 'of', 'Wolfsburg', 'cheered', '.'],
    ['It', 'rained', '.'],
  ];
  const predictions = [
    ['O', 'O', 'O'], // the first stage missed the sentence-initial mention…
    ['O', 'O', 'B-ORG', 'O', 'O'], // …but found it here
    ['O', 'O', 'O'],
  ];

  it('gives a word the labels of its other mentions in nearby sentences', () => {
    const f = contextFeatures(sentences, predictions, 2);
    expect(f.length).toBe(3);
    const withContext = new Set(f[0].hashes.subarray(f[0].offsets[0], f[0].offsets[1]));
    // "Wolfsburg" in sentence 0: its own tag, the ORG count and majority, and self×majority, not "none".
    expect(count(f[0], 0)).toBe(4);
    // Sentence 2 is outside a window of 0: no evidence, only the own-tag and "none" features.
    const alone = contextFeatures(sentences, predictions, 0);
    expect(count(alone[0], 0)).toBe(2);
    expect([...alone[0].hashes.subarray(0, 2)].every((h) => withContext.has(h))).toBe(false);
  });

  it('never counts the sentence itself', () => {
    const f = contextFeatures([sentences[1]], [predictions[1]], 5);
    expect(count(f[0], 2)).toBe(2); // own tag + none: the only ORG mention is its own
  });

  it('gives lower-case words only their own-tag feature', () => {
    const f = contextFeatures(sentences, predictions, 2);
    expect(count(f[1], 1)).toBe(1);
  });
});
