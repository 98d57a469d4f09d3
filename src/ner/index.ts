// Public surface of the named-entity tagger.
export { loadTagger, readModel, PerceptronTagger, DEFAULT_MODEL_PATH, TAGGER_NAME } from './tagger.js';
export { trainTagger, DEFAULT_EPOCHS, DEFAULT_SEED } from './train.js';
export type { TrainOptions, TrainResult, EpochReport } from './train.js';
export { encodeModel, decodeModel } from './model.js';
export type { NerModel, ModelHeader, WeightType } from './model.js';
export { parseConll } from './conll.js';
export type { ConllSentence } from './conll.js';
export { conllEval, chunks } from './conlleval.js';
export type { ConllScore, TypeScore, Chunk } from './conlleval.js';
export { isValidIob2, LABELS } from './labels.js';
