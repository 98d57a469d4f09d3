// Scoring and constrained Viterbi decoding: the best tag sequence among valid IOB2 sequences only.
import { allowedStart, allowedTransition, N_LABELS } from './labels.js';

/** Read access to weights, so training (Float64Array) and tagging (Float32Array/Int16Array) share the code. */
export type WeightTable = ArrayLike<number>;

const ALLOWED: boolean[] = [];
for (let p = 0; p < N_LABELS; p++) for (let l = 0; l < N_LABELS; l++) ALLOWED.push(allowedTransition(p, l));

/**
 * emissions[i * N_LABELS + label] = sum of the weights of token i's features for that label (times scale).
 * `rows[f]` is the weight row of feature f (-1: no weights); offsets[i]..offsets[i+1] are token i's features.
 */
export function emissionScores(rows: Int32Array, offsets: Int32Array, weights: WeightTable, scale = 1): Float64Array {
  const n = offsets.length - 1;
  const scores = new Float64Array(n * N_LABELS);
  for (let i = 0; i < n; i++) {
    const base = i * N_LABELS;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let f = offsets[i]; f < offsets[i + 1]; f++) {
      if (rows[f] < 0) continue;
      const w = rows[f] * N_LABELS;
      s0 += weights[w]; s1 += weights[w + 1]; s2 += weights[w + 2];
      s3 += weights[w + 3]; s4 += weights[w + 4]; s5 += weights[w + 5];
      s6 += weights[w + 6]; s7 += weights[w + 7]; s8 += weights[w + 8];
    }
    scores[base] = s0 * scale; scores[base + 1] = s1 * scale; scores[base + 2] = s2 * scale;
    scores[base + 3] = s3 * scale; scores[base + 4] = s4 * scale; scores[base + 5] = s5 * scale;
    scores[base + 6] = s6 * scale; scores[base + 7] = s7 * scale; scores[base + 8] = s8 * scale;
  }
  return scores;
}

// Reused between calls (tagging is single-threaded); grown on demand.
let viterbiScore = new Float64Array(256 * N_LABELS);
let viterbiBack = new Int32Array(256 * N_LABELS);
const maskedTransitions = new Float64Array(N_LABELS * N_LABELS);

/**
 * Viterbi over emissions plus transition scores (transitions[prev * N_LABELS + next]) and start scores,
 * never choosing a transition IOB2 forbids. Returns label indices: `out` (its first n entries) when given
 * and long enough, else a new array.
 */
export function viterbi(
  emissions: Float64Array,
  n: number,
  transitions: WeightTable,
  start: WeightTable,
  out?: Int32Array,
): Int32Array {
  const L = N_LABELS;
  const path = out && out.length >= n ? out : new Int32Array(n);
  if (n === 0) return path;
  if (viterbiScore.length < n * L) {
    viterbiScore = new Float64Array(n * L * 2);
    viterbiBack = new Int32Array(n * L * 2);
  }
  const score = viterbiScore;
  const back = viterbiBack;
  // Forbidden transitions as -Infinity: never better than the running best (which starts at -Infinity),
  // so the choice is the one skipping them would make, without a branch in the inner loop.
  const masked = maskedTransitions;
  for (let k = 0; k < L * L; k++) masked[k] = ALLOWED[k] ? transitions[k] : -Infinity;
  for (let l = 0; l < L; l++) score[l] = allowedStart(l) ? emissions[l] + start[l] : -Infinity;
  for (let i = 1; i < n; i++) {
    const prevBase = (i - 1) * L;
    for (let l = 0; l < L; l++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = score[prevBase + p] + masked[p * L + l];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + l] = best + emissions[i * L + l];
      back[i * L + l] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let l = 0; l < L; l++) {
    if (score[(n - 1) * L + l] > best) {
      best = score[(n - 1) * L + l];
      arg = l;
    }
  }
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * L + path[i]];
  return path;
}
