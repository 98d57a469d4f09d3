// `npm run bench -- ner [--save FILE | --check FILE] [--reference] [--model PATH] [--repeat N]`: tokens/s of the NER tagger's
// tagSentence on the CoNLL dev sentences and on BBC news sentences (segmented as the pipeline does), wall and
// CPU time on this one thread. --save writes the tags to FILE (keep it outside the repository: the tags are
// derived from licensed text); --check compares against such a file and fails on any difference, so a faster
// implementation can be shown to tag exactly as the previous one did. --reference times (and checks) the
// feature-list path tagSentenceByFeatures instead of tagSentence, the implementation before the per-word cache.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll } from '../src/ner/conll.js';
import { loadTagger } from '../src/ner/tagger.js';
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
  const loadStarted = performance.now();
  const tagger = loadTagger(option(args, '--model'));
  console.log(`model loaded in ${(performance.now() - loadStarted).toFixed(0)} ms`);
  const corpora: [string, string[][]][] = [
    ['conll-dev', conllSentences()],
    ['bbc-news', bbcSentences()],
  ];
  const reference = args.includes('--reference');
  const tag = (s: string[]) => (reference ? tagger.tagSentenceByFeatures(s) : tagger.tagSentence(s));
  console.log(`path: ${reference ? 'tagSentenceByFeatures (feature lists)' : 'tagSentence'}`);
  const allTags: Record<string, string[][]> = {};
  for (const [name, sentences] of corpora) {
    const tokens = sentences.reduce((sum, s) => sum + s.length, 0);
    let bestWall = Infinity;
    let bestCpu = Infinity;
    let tags: string[][] = [];
    for (let r = 0; r < repeat; r++) {
      const cpuStarted = process.cpuUsage();
      const started = performance.now();
      tags = sentences.map(tag);
      const wall = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuStarted);
      bestWall = Math.min(bestWall, wall);
      bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
    }
    allTags[name] = tags;
    console.log(
      `${name.padEnd(10)} ${sentences.length} sentences, ${tokens} tokens: best of ${repeat}: ` +
        `${bestWall.toFixed(3)} s wall = ${(tokens / bestWall / 1000).toFixed(0)}k tokens/s; ` +
        `CPU ${bestCpu.toFixed(3)} s = ${(tokens / bestCpu / 1000).toFixed(0)}k tokens/s per CPU second`,
    );
  }
  const save = option(args, '--save');
  if (save) {
    writeFileSync(save, JSON.stringify(allTags));
    console.log(`tags written to ${save}`);
  }
  const check = option(args, '--check');
  if (check) {
    const saved = JSON.parse(readFileSync(check, 'utf8')) as Record<string, string[][]>;
    let differences = 0;
    let compared = 0;
    for (const [name, tags] of Object.entries(allTags)) {
      const ref = saved[name] ?? [];
      if (ref.length !== tags.length) differences++;
      for (let s = 0; s < tags.length; s++) {
        for (let t = 0; t < tags[s].length; t++) {
          compared++;
          if (ref[s]?.[t] !== tags[s][t]) differences++;
        }
      }
    }
    console.log(`compared ${compared} tags with ${check}: ${differences} differences`);
    if (differences > 0) return 1;
  }
  return 0;
}
