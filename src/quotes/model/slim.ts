// Keeping the attribution model small and fast: weight pruning, and the cue gate (the words that were ever read
// as part of a cue in training often enough; a sentence with none of them is not tagged).
import { N_LABELS } from '../../ner/labels.js';
import type { NerModel } from '../../ner/model.js';
import type { TrainingArticle } from './polnear.js';

/** Default pruning share (see scripts/quotes-train.ts --prune); chosen on the held-out train slice. */
export const DEFAULT_PRUNE = 0.05;
/** A word joins the cue gate when it lay inside an annotated cue at least this often… */
const MIN_CUE_COUNT = 3;
/** …and in at least this share of its sightings (rarer words are names and function words that cues contain; a
 *  higher share tags fewer sentences: 0.5 keeps most of the gain at 0.73 of the rules' speed, 0.2 at 0.5). */
export const MIN_CUE_RATE = 0.5;

/** The model without weight rows whose largest |weight| is below `share` of the largest weight of all. */
export function pruneModel(model: NerModel, share: number): NerModel {
  const w = model.weights;
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]));
  const cut = max * share;
  const keep: number[] = [];
  for (let row = 0; row < model.features.length; row++) {
    for (let l = 0; l < N_LABELS; l++) {
      if (Math.abs(w[row * N_LABELS + l]) >= cut && w[row * N_LABELS + l] !== 0) {
        keep.push(row);
        break;
      }
    }
  }
  const weights = new (w.constructor as Int16ArrayConstructor)(keep.length * N_LABELS);
  keep.forEach((row, i) => weights.set(w.subarray(row * N_LABELS, (row + 1) * N_LABELS) as Int16Array, i * N_LABELS));
  return {
    ...model,
    header: { ...model.header, rows: keep.length },
    features: Int32Array.from(keep, (row) => model.features[row]),
    weights,
  };
}

/** Lower-case words seen inside gold cue spans at least MIN_CUE_COUNT times and MIN_CUE_RATE of their sightings. */
export function cueGate(articles: readonly TrainingArticle[], minRate = MIN_CUE_RATE): string[] {
  const seen = new Map<string, number>();
  const inCue = new Map<string, number>();
  for (const art of articles) {
    art.ctx.sentences.forEach((s, si) => {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const w = art.ctx.low[i];
        seen.set(w, (seen.get(w) ?? 0) + 1);
        if (art.tags[si][i - s.tokenStart].endsWith('-ORG')) inCue.set(w, (inCue.get(w) ?? 0) + 1);
      }
    });
  }
  return [...inCue]
    .filter(([w, n]) => n >= MIN_CUE_COUNT && n / seen.get(w)! >= minRate)
    .map(([w]) => w)
    .sort();
}
