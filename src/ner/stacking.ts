// Two-stage training: the sentence tagger (stage 1), then a second tagger that also sees stage 1's labels for
// the same words in neighbouring sentences (context.ts). Stage 1's labels for the training data come from
// models trained on the other folds, so stage 2 learns how far to trust them on unseen text.
import type { ConllSentence } from './conll.js';
import { contextFeatures } from './context.js';
import type { NerModel } from './model.js';
import { PerceptronTagger } from './tagger.js';
import { trainTagger, type TrainOptions, type TrainResult } from './train.js';

/** Folds for the out-of-fold stage-1 predictions on the training data. */
export const STACKING_FOLDS = 4;

export interface StackedResult {
  model: NerModel;
  first: TrainResult;
  second: TrainResult;
}

export function trainStackedTagger(options: TrainOptions, log: (line: string) => void = () => {}): StackedResult {
  const train = options.train;
  const dev = options.dev ?? [];
  log('stage 1: sentence tagger');
  const first = trainTagger(options);

  const foldOf = (i: number) => Math.floor((i * STACKING_FOLDS) / train.length);
  const trainPredictions: string[][] = new Array(train.length);
  for (let k = 0; k < STACKING_FOLDS; k++) {
    log(`stage 1, fold ${k + 1}/${STACKING_FOLDS}: out-of-fold labels for stage 2 (${first.bestEpoch} epochs)`);
    const rest: ConllSentence[] = train.filter((_, i) => foldOf(i) !== k);
    const fold = trainTagger({ ...options, train: rest, dev: undefined, epochs: first.bestEpoch, onEpoch: undefined });
    const tagger = new PerceptronTagger(fold.model);
    const held = train.map((s, i) => (foldOf(i) === k ? i : -1)).filter((i) => i >= 0);
    const tags = tagger.tagDocument(held.map((i) => train[i].tokens));
    held.forEach((i, j) => (trainPredictions[i] = tags[j]));
  }
  const firstTagger = new PerceptronTagger(first.model);
  const devPredictions = firstTagger.tagDocument(dev.map((s) => s.tokens));

  log('stage 2: with document context');
  const second = trainTagger({
    ...options,
    coreOnly: options.coreOnly ?? true,
    extra: {
      train: contextFeatures(train.map((s) => s.tokens), trainPredictions),
      dev: contextFeatures(dev.map((s) => s.tokens), devPredictions),
    },
  });
  const model: NerModel = {
    ...first.model,
    header: {
      ...first.model.header,
      second: {
        rows: second.model.header.rows,
        weightType: second.model.header.weightType,
        scale: second.model.header.scale,
        core: options.coreOnly ?? true,
      },
      info: { ...first.model.header.info, stage2: second.model.header.info },
    },
    second: {
      features: second.model.features,
      weights: second.model.weights,
      transitions: second.model.transitions,
      start: second.model.start,
    },
  };
  return { model, first, second };
}
