import { describe, expect, it } from 'vitest';
import { chunks, conllEval } from './conlleval.js';

describe('chunks (conlleval rules)', () => {
  it('reads IOB2 entities with their boundaries', () => {
    expect(chunks(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 6 },
    ]);
  });

  it('starts a chunk at an I- tag that follows O or another type, as conlleval does', () => {
    expect(chunks(['O', 'I-ORG', 'I-ORG', 'I-PER'])).toEqual([
      { type: 'ORG', start: 1, end: 3 },
      { type: 'PER', start: 3, end: 4 },
    ]);
  });
});

describe('conllEval', () => {
  it('scores exact matches only, per type and micro-averaged', () => {
    const gold = [
      ['B-PER', 'I-PER', 'O', 'B-LOC'],
      ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-MISC'],
    ];
    const predicted = [
      ['B-PER', 'I-PER', 'O', 'B-ORG'], // PER right; LOC missed, ORG wrong type
      ['B-ORG', 'I-ORG', 'O', 'O', 'B-MISC'], // ORG boundary wrong; MISC right
    ];
    const score = conllEval(gold, predicted);
    // gold 4 entities, predicted 4, correct 2
    expect(score.micro.correct).toBe(2);
    expect(score.micro.precision).toBeCloseTo(0.5);
    expect(score.micro.recall).toBeCloseTo(0.5);
    expect(score.micro.f1).toBeCloseTo(0.5);
    expect(score.byType.PER).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(score.byType.LOC).toMatchObject({ gold: 1, predicted: 0, correct: 0, f1: 0 });
    expect(score.byType.ORG).toMatchObject({ gold: 1, predicted: 2, correct: 0 });
    expect(score.byType.MISC.f1).toBe(1);
    expect(score.tokenAccuracy).toBeCloseTo(7 / 9);
  });

  it('gives P=2/3, R=1/2 on a hand-computed case', () => {
    const gold = [['B-PER', 'O', 'B-LOC', 'O', 'B-ORG', 'B-ORG']];
    const predicted = [['B-PER', 'O', 'B-LOC', 'B-LOC', 'O', 'O']];
    const s = conllEval(gold, predicted);
    expect(s.micro.precision).toBeCloseTo(2 / 3);
    expect(s.micro.recall).toBeCloseTo(2 / 4);
    expect(s.micro.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5));
  });

  it('rejects sentences of different lengths', () => {
    expect(() => conllEval([['O']], [['O', 'O']])).toThrow(/sentence 0/);
  });
});
