// `npm run bench -- ner [--compare | --reference] [--save FILE | --check FILE] [--model PATH] [--repeat N]`: tokens/s of the NER tagger's
// tagSentence on the CoNLL dev sentences and on BBC news sentences (segmented as the pipeline does), wall and
// CPU time on this one thread. --save writes the tags to FILE (keep it outside the repository: the tags are
// derived from licensed text); --check compares against such a file and fails on any difference, so a faster
// implementation can be shown to tag exactly as the previous one did. --reference times (and checks) the
// feature-list path tagSentenceByFeatures instead of tagSentence, the implementation before the per-word cache;
// --compare times both and fails unless they agree on every tag.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll } from '../src/ner/conll.js';
import { DEFAULT_MODEL_PATH, PerceptronTagger, readModel } from '../src/ner/tagger.js';
import { segment } from '../src/text/segment.js';

const DATA = join(import.meta.dirname, '..', '..', 'shared', 'data');
const CONLL_DEV = join(DATA, 'conll2003', 'dev.txt');
const BBC = join(DATA, 'news', 'bbc');
/** Passes over each corpus; the best pass is reported, so a stray pause elsewhere on the machine doesn't count. */
const DEFAULT_REPEAT = 3;

function conllSentences(): string[][] {
  return parseConll(readFileSync(CONLL_DEV, 'utf8'))
    .map((s) => s.tokens)
    .filter((t) => t.length > 0);
}

function bbcSentences(): string[][] {
  const out: string[][] = [];
  for (const topic of readdirSync(BBC, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    const dir = join(BBC, topic.name);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dir, file), 'utf8');
      const { sentences, tokens } = segment(text);
      for (const s of sentences) {
        if (s.tokenEnd > s.tokenStart) out.push(tokens.slice(s.tokenStart, s.tokenEnd).map((t) => text.slice(t.start, t.end)));
      }
    }
  }
  return out;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function main(args: string[]): Promise<number> {
  if (!existsSync(CONLL_DEV) || !existsSync(BBC)) {
    console.error(`bench ner needs ${CONLL_DEV} and ${BBC}`);
    return 2;
  }
  const repeat = Number(option(args, '--repeat') ?? DEFAULT_REPEAT);
  const modelPath = option(args, '--model');
  const loadStarted = performance.now();
  const model = readModel(modelPath ?? DEFAULT_MODEL_PATH);
  console.log(`model read in ${(performance.now() - loadStarted).toFixed(0)} ms`);
  const corpora: [string, string[][]][] = [
    ['conll-dev', conllSentences()],
    ['bbc-news', bbcSentences()],
  ];
  const compare = args.includes('--compare');
  const paths: ('reference' | 'fast')[] = compare ? ['reference', 'fast'] : [args.includes('--reference') ? 'reference' : 'fast'];
  const results: Record<string, Record<string, string[][]>> = {};
  for (const path of paths) {
    // A fresh tagger per path, so the first pass starts with an empty word cache.
    const tagger = new PerceptronTagger(model);
    const tag = (s: string[]) => (path === 'reference' ? tagger.tagSentenceByFeatures(s) : tagger.tagSentence(s));
    console.log(`\n== ${path === 'reference' ? 'tagSentenceByFeatures (feature lists, the previous path)' : 'tagSentence'}`);
    const allTags: Record<string, string[][]> = {};
    for (const [name, sentences] of corpora) {
      const tokens = sentences.reduce((sum, s) => sum + s.length, 0);
      const passes: { wall: number; cpu: number }[] = [];
      let tags: string[][] = [];
      for (let r = 0; r < repeat; r++) {
        // New token strings every pass, as the pipeline slices them from each article's text: a string's
        // hash is cached in the string, so reusing them would flatter any lookup keyed by the token.
        const fresh = sentences.map((s) => s.map((t) => `${t} `.slice(0, -1)));
        const cpuStarted = process.cpuUsage();
        const started = performance.now();
        tags = fresh.map(tag);
        const wall = (performance.now() - started) / 1000;
        const cpu = process.cpuUsage(cpuStarted);
        passes.push({ wall, cpu: (cpu.user + cpu.system) / 1e6 });
      }
      allTags[name] = tags;
      const rate = (seconds: number) => `${(tokens / seconds / 1000).toFixed(0)}k`;
      const first = passes[0];
      const bestWall = Math.min(...passes.map((p) => p.wall));
      const bestCpu = Math.min(...passes.map((p) => p.cpu));
      console.log(
        `${name.padEnd(10)} ${sentences.length} sentences, ${tokens} tokens (tokens/s, wall | per CPU second): ` +
          `first pass ${rate(first.wall)} | ${rate(first.cpu)}; best of ${repeat} ${rate(bestWall)} | ${rate(bestCpu)}`,
      );
    }
    results[path] = allTags;
  }
  const allTags = results[paths[paths.length - 1]];
  if (compare) {
    const differences = countDifferences(results.reference, results.fast);
    console.log(`\ntagSentence vs tagSentenceByFeatures: ${differences.compared} tags, ${differences.differences} differences`);
    if (differences.differences > 0) return 1;
  }
  const save = option(args, '--save');
  if (save) {
    writeFileSync(save, JSON.stringify(allTags));
    console.log(`tags written to ${save}`);
  }
  const check = option(args, '--check');
  if (check) {
    const saved = JSON.parse(readFileSync(check, 'utf8')) as Record<string, string[][]>;
    const { compared, differences } = countDifferences(saved, allTags);
    console.log(`compared ${compared} tags with ${check}: ${differences} differences`);
    if (differences > 0) return 1;
  }
  return 0;
}

function countDifferences(
  expected: Record<string, string[][]>,
  actual: Record<string, string[][]>,
): { compared: number; differences: number } {
  let differences = 0;
  let compared = 0;
  for (const [name, tags] of Object.entries(actual)) {
    const ref = expected[name] ?? [];
    if (ref.length !== tags.length) differences++;
    for (let s = 0; s < tags.length; s++) {
      for (let t = 0; t < tags[s].length; t++) {
        compared++;
        if (ref[s]?.[t] !== tags[s][t]) differences++;
      }
    }
  }
  return { compared, differences };
}
