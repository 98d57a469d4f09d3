import { describe, expect, it } from 'vitest';
import { viterbi } from './decode.js';
import { allowedTransition, isValidIob2, LABELS, labelIndex, N_LABELS } from './labels.js';
import { mulberry32 } from './train.js';

const zeros = (n: number) => new Float64Array(n);

describe('isValidIob2', () => {
  it('accepts IOB2 and rejects I- after O, at the start, or after another type', () => {
    expect(isValidIob2(['B-PER', 'I-PER', 'O', 'B-LOC'])).toBe(true);
    expect(isValidIob2([])).toBe(true);
    expect(isValidIob2(['I-PER'])).toBe(false);
    expect(isValidIob2(['O', 'I-ORG'])).toBe(false);
    expect(isValidIob2(['B-PER', 'I-ORG'])).toBe(false);
    expect(isValidIob2(['B-XYZ'])).toBe(false);
  });
});

describe('constrained Viterbi', () => {
  it('never emits an invalid sequence, even when the scores prefer one', () => {
    // Emissions that strongly prefer I-PER everywhere except an O in the middle.
    const n = 4;
    const e = zeros(n * N_LABELS);
    for (let i = 0; i < n; i++) {
      e[i * N_LABELS + labelIndex('I-PER')] = 10;
      e[i * N_LABELS + labelIndex('B-PER')] = 1;
    }
    e[2 * N_LABELS + labelIndex('O')] = 50;
    const path = Array.from(viterbi(e, n, zeros(N_LABELS * N_LABELS), zeros(N_LABELS)), (l) => LABELS[l]);
    expect(isValidIob2(path)).toBe(true);
    expect(path).toEqual(['B-PER', 'I-PER', 'O', 'B-PER']);
  });

  it('stays valid for random scores and random transition weights', () => {
    const random = mulberry32(7);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(random() * 12);
      const e = Float64Array.from({ length: n * N_LABELS }, () => (random() - 0.5) * 20);
      const t = Float64Array.from({ length: N_LABELS * N_LABELS }, () => (random() - 0.5) * 20);
      const s = Float64Array.from({ length: N_LABELS }, () => (random() - 0.5) * 20);
      const path = Array.from(viterbi(e, n, t, s), (l) => LABELS[l]);
      expect(isValidIob2(path), path.join(' ')).toBe(true);
    }
  });

  it('finds the best valid path (checked by brute force on short sentences)', () => {
    const random = mulberry32(11);
    for (let trial = 0; trial < 40; trial++) {
      const n = 3;
      const e = Float64Array.from({ length: n * N_LABELS }, () => random() * 10);
      const t = Float64Array.from({ length: N_LABELS * N_LABELS }, () => random() * 4);
      const s = Float64Array.from({ length: N_LABELS }, () => random() * 4);
      let best = -Infinity;
      let bestPath: number[] = [];
      for (let a = 0; a < N_LABELS; a++)
        for (let b = 0; b < N_LABELS; b++)
          for (let c = 0; c < N_LABELS; c++) {
            const p = [a, b, c];
            if (!isValidIob2(p.map((l) => LABELS[l]))) continue;
            const score = s[a] + e[a] + t[a * N_LABELS + b] + e[N_LABELS + b] + t[b * N_LABELS + c] + e[2 * N_LABELS + c];
            if (score > best) {
              best = score;
              bestPath = p;
            }
          }
      expect(Array.from(viterbi(e, n, t, s))).toEqual(bestPath);
    }
  });

  it('allows I-X only after B-X or I-X', () => {
    expect(allowedTransition(labelIndex('B-LOC'), labelIndex('I-LOC'))).toBe(true);
    expect(allowedTransition(labelIndex('I-LOC'), labelIndex('I-LOC'))).toBe(true);
    expect(allowedTransition(labelIndex('B-PER'), labelIndex('I-LOC'))).toBe(false);
    expect(allowedTransition(labelIndex('O'), labelIndex('I-MISC'))).toBe(false);
    expect(allowedTransition(labelIndex('O'), labelIndex('B-MISC'))).toBe(true);
  });
});
