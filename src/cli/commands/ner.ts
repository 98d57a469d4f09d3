// `sitrep ner --conll FILE`: tag the sentences of a CoNLL file (token = first column; other columns ignored)
// and write one JSON line per sentence: {"tokens":[...],"tags":[...]}.
import type { Command } from 'commander';
import { readConllFile } from '../../ner/io.js';
import { loadTagger } from '../../ner/tagger.js';

/** Lines are written in batches of this many, so large files do not make one huge string. */
const WRITE_BATCH = 512;

export interface NerOptions {
  conll: string;
  model?: string;
}

export async function runNer(options: NerOptions, write: (text: string) => void): Promise<number> {
  const sentences = await readConllFile(options.conll);
  const tagger = loadTagger(options.model);
  // The file is one stream of consecutive sentences: the tagger's document stage uses the neighbours.
  const tags = tagger.tagDocument(sentences.map((s) => s.tokens));
  let batch: string[] = [];
  for (const [i, sentence] of sentences.entries()) {
    batch.push(JSON.stringify({ tokens: sentence.tokens, tags: tags[i] }));
    if (batch.length === WRITE_BATCH) {
      write(`${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length > 0) write(`${batch.join('\n')}\n`);
  return sentences.length;
}

export function register(program: Command): void {
  program
    .command('ner')
    .description('tag named entities (PER, ORG, LOC, MISC) in a CoNLL file; one JSON line per sentence')
    .requiredOption('--conll <file>', 'CoNLL file: one token per line (first column), blank line between sentences; "-" for stdin')
    .option('--model <file>', 'model file (default: the bundled models/ner-en.v1.bin)')
    .action(async (options: NerOptions) => {
      await runNer(options, (text) => process.stdout.write(text));
    });
}
