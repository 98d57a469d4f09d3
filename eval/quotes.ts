// `npm run eval -- quotes [--split dev|train|annotator-training|all] [--data DIR]`
// Scores the quote stage against PolNeAR (brat Source/Cue/Content spans); see HELP for the measures.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document, Quote, Span } from '../src/core/document.js';
import type { Stage } from '../src/core/stage.js';
import { extractQuotes } from '../src/quotes/extract.js';
import { loadVocabulary } from '../src/quotes/vocabulary.js';
import type { ExtractOptions } from '../src/quotes/extract.js';
import { COMBINE_MODES, type CombineMode } from '../src/quotes/model/combine.js';
import { loadAttributionTagger } from '../src/quotes/model/tagger.js';
import { loadCueClassifier } from '../src/quotes/model/cues.js';
import { segment, tokenize } from '../src/text/segment.js';
import { steadyRate, type SteadyRate, type SteadyRateOptions } from './steady-rate.js';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_DATA = resolve(here, '..', '..', 'shared', 'data', 'quotes', 'polnear');
/** BBC News articles: the article length the speed target is set for (~380 words). */
const BBC_DATA = resolve(here, '..', '..', 'shared', 'data', 'news', 'bbc');
/** BBC R&D's Citron (trained on PARC 3.0), the published peer on this task. */
const PEER = { name: 'Citron (PARC 3.0)', source: 0.82, content: 0.83 };

/** The speed measure's warm-up and timed run (eval/steady-rate.ts): V8 keeps compiling the stage's functions on background
 * threads, whose CPU time the measure counts, for several seconds; the warm-up goes on until the rate per pass settles. */
const SPEED: SteadyRateOptions = { minWarmMs: 4000, maxWarmMs: 30000, benchMs: 3000 };

const HELP = `usage: npm run eval -- quotes [--split dev|train|annotator-training|all] [--data DIR] [--show N] [--errors N] [--no-tagger] [--no-knowledge] [--agreement]

Runs segment (+ entities/resolve as \`sitrep\` runs them, the bundled entity tagger and the knowledge base, when that
module exists) + quotes.rules.v1 on PolNeAR articles and compares with the annotators' attributions (one annotator file
per article: the first by name).

  source span   exact match of the speaker span (quote.speaker.start/end) with an annotated Source span, both
                trimmed of surrounding punctuation and spaces; P = matched predicted spans / predicted spans,
                R = matched annotated spans / annotated spans (distinct spans per article, micro-averaged).
  content overlap  token overlap of quote content with annotated Content: tokens are the word and number tokens
                of the segmenter (quotation marks and punctuation do not count), a leading complementiser "that"
                is left out on both sides; P = predicted content tokens inside some annotated Content / predicted
                content tokens, R = annotated Content tokens inside some predicted quote / annotated tokens
                (micro-averaged over articles; quote.parts when present, else start..end).
  direct / indirect  an annotated attribution is direct when each of its Content fragments begins and ends with
                a quotation mark; predicted quotes use quote.direct. Each side is scored against its own kind.
  BBC speed     the same warm measure on the BBC News articles in ../shared/data/news/bbc when present (the
                article length the 2,000 articles/s target refers to), twice: the TypeScript sources as this eval
                imports them (through tsx, whose transform adds work of its own), and the JavaScript \`npm run build\`
                compiled into dist/, measured in a process of its own (skipped, with the reason, when dist/ is
                missing or older than src/); the compiled stage twice more: on segmented articles, and after the
                entity tagger and knowledge base have read them, as \`sitrep\` runs it (the speaker rules then read
                the people and organisations found, which costs more; only the quote stage is timed).
  articles/s    quote stage alone (extractQuotes on segmented documents), one core, warm steady state: after the
                scoring pass the stage re-runs over all articles untimed, in samples of at least half a second, until
                the last three samples' rates lie within 10% of each other (at least ${SPEED.minWarmMs / 1000} s, at most
                ${SPEED.maxWarmMs / 1000} s: the JIT's background compiling has settled; "not settled" is printed when the
                cap ran out), then for about ${SPEED.benchMs / 1000} s timed, and the figure is articles done / CPU seconds
                of the process (user + system, so other jobs on a shared machine do not count, while V8's own compiler
                and GC threads do); the warm-up's length and the first (cold, wall-clock) pass are printed beside it.

  --model FILE|off  the trained attribution tagger (models/quotes-attrib.v1.bin) combined with the rules (default off, as the
                stage runs); --combine add|bounds: how (see docs/quotes.md)
  --cues FILE|off  the trained cue classifier (models/quotes-cues.v1.bin) adding rule frames around the cues it
                accepts; --cue-threshold T overrides the model's score threshold (log-odds)
  --slice K     score only every K-th article (index % K === K - 1): the train articles that
                scripts/quotes-train.ts --holdout K left out of training
  --no-tagger   entities from the knowledge base alone, without the entity tagger (how this eval ran until round 25)
  --agreement   instead of the scores above: how far the annotators agree with each other on the same measures. PolNeAR
                has 15 articles (11 in dev + train, 4 in annotator-training) that 5–6 annotators each annotated
                (--split picks the splits, default all); every ordered pair of annotators is
                scored (one as gold, the other as prediction) and the rules are scored against every annotator of
                the same articles, micro-averaged: the human ceiling of this metric beside the stage.
  --dump FILE   write every predicted quote as a JSON line (article, speaker, cue, content, and their character offsets
                under "at"): diff two versions of the rules
  --errors N    after the scores: missed annotated sources by cue word (most frequent first), then N missed (with the
                predicted span beside a differing one, "direct" for quotations) and N spurious source spans with their
                sentence, then N quotes whose content runs past the annotated contents, for error analysis (tune on
                --split train).

Peer: ${PEER.name}: source F1 ${PEER.source}, content overlap F1 ${PEER.content}. Targets: 0.85 / 0.85.
Data: ../shared/data/quotes/polnear relative to the repository (override with --data).`;

interface Gold {
  source?: Span;
  cue?: Span;
  content: Span[];
  direct: boolean;
}

/** Precision hits over predicted units, recall hits over annotated units (they differ for token overlap). */
interface Counts {
  hitP: number;
  hitR: number;
  pred: number;
  gold: number;
}

const zero = (): Counts => ({ hitP: 0, hitR: 0, pred: 0, gold: 0 });

function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.pred ? c.hitP / c.pred : 0;
  const r = c.gold ? c.hitR / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const TRIM = /[\s"“”‘’'.,;:—–()\-]/;

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && TRIM.test(text[start])) start++;
  while (end > start && TRIM.test(text[end - 1])) end--;
  return { start, end };
}

function parseAnn(ann: string, text: string): Gold[] {
  const spans = new Map<string, { label: string; spans: Span[] }>();
  const out: Gold[] = [];
  const lines = ann.split('\n');
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('T') || !body) continue;
    const space = body.indexOf(' ');
    const label = body.slice(0, space);
    const ranges = body.slice(space + 1).split(';').map((r) => {
      const [s, e] = r.trim().split(/\s+/).map(Number);
      return { start: s, end: e };
    });
    spans.set(id, { label, spans: ranges });
  }
  for (const line of lines) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('E') || !body) continue;
    const args = Object.fromEntries(body.trim().split(/\s+/).map((kv) => kv.split(':')));
    const content = spans.get(args.Content)?.spans ?? [];
    if (!content.length) continue;
    const direct = content.every((s) => {
      const t = text.slice(s.start, s.end).trim().replace(/[.,;:]+$/, '');
      return /^(["“]|'')/.test(t) && /(["”]|'')$/.test(t);
    });
    const src = args.Source ? spans.get(args.Source)?.spans[0] : undefined;
    const cue = args.Cue ? spans.get(args.Cue)?.spans[0] : undefined;
    out.push({ source: src, cue, content, direct });
  }
  return out;
}

/** Word and number tokens inside the spans, a leading "that" left out, keyed by start offset. */
function contentTokens(text: string, tokens: ReturnType<typeof tokenize>, spans: Span[], into: Set<number>): void {
  for (const span of spans) {
    let first = true;
    for (const t of tokens) {
      if (t.start < span.start || t.end > span.end) continue;
      if (t.kind !== 'word' && t.kind !== 'number') continue;
      if (first && text.slice(t.start, t.end).toLowerCase() === 'that') {
        first = false;
        continue;
      }
      first = false;
      into.add(t.start);
    }
  }
}

interface KnowledgeStep {
  stages: Stage<unknown>[];
  resources: unknown;
  /** Whether the entity tagger runs before the knowledge base (as in `sitrep`), or the knowledge base alone. */
  tagger: boolean;
}

/** The knowledge stages (entities + resolve) when that module is there, with the pipeline's resources as `sitrep` loads
 *  them (the knowledge base and the bundled entity tagger), or the knowledge base alone with `tagger` false; the quote
 *  stage runs alone otherwise. */
async function optionalKnowledgeStages(tagger = true): Promise<KnowledgeStep | undefined> {
  try {
    const mod = (await import('../src/knowledge/index.js' as string)) as Record<string, unknown>;
    const stages = [mod.entitiesStage, mod.resolveStage].filter(Boolean) as Stage<unknown>[];
    const load = mod.loadKnowledgeBase as (() => unknown) | undefined;
    if (stages.length !== 2 || !load) return undefined;
    if (!tagger) return { stages, resources: { knowledge: load() }, tagger: false };
    const { loadResources } = await import('../src/pipeline/resources.js');
    return { stages, resources: loadResources(), tagger: true };
  } catch {
    return undefined;
  }
}

export async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const data = resolve(opt('--data') ?? DEFAULT_DATA);
  if (!existsSync(data)) {
    console.error(`sitrep eval quotes: PolNeAR data not found at ${data} — put the corpus in ../shared/data/quotes/polnear or pass --data DIR`);
    return 2;
  }
  const withTagger = !args.includes('--no-tagger');
  if (args.includes('--agreement')) return agreement(data, opt('--split') ?? 'all', await optionalKnowledgeStages(withTagger), args.includes('--no-knowledge'));
  const split = opt('--split') ?? 'dev';
  const show = Number(opt('--show') ?? 0);
  const errorLimit = Number(opt('--errors') ?? 0);
  const dumpFile = opt('--dump');
  const dumped: string[] = [];
  const errors: ErrorLog = { missed: [], spurious: [], overreach: [], cues: new Map(), kinds: new Map() };
  const splits = split === 'all' ? ['dev', 'train', 'annotator-training'] : [split];
  const knowledge = await optionalKnowledgeStages(withTagger);
  const vocab = loadVocabulary();
  const slice = Number(opt('--slice') ?? 0);
  const modelArg = opt('--model');
  const combine = (opt('--combine') ?? 'add') as CombineMode;
  if (!COMBINE_MODES.includes(combine)) {
    console.error(`sitrep eval quotes: --combine must be one of ${COMBINE_MODES.join(', ')}`);
    return 2;
  }
  const extract: ExtractOptions = modelArg && modelArg !== 'off' ? { tagger: loadAttributionTagger(modelArg), combine } : {};
  const cuesArg = opt('--cues');
  if (cuesArg && cuesArg !== 'off') {
    const classifier = loadCueClassifier(cuesArg);
    const threshold = opt('--cue-threshold') === undefined ? undefined : Number(opt('--cue-threshold'));
    extract.addCues = (ctx, rules, frameAt) => classifier.add(ctx, rules, frameAt, threshold);
  }
  const totals = totalsZero();
  let articles = 0;
  let stageMs = 0;
  let shown = 0;
  const docs: Document[] = [];
  for (const part of splits) {
    const dir = join(data, part);
    if (!existsSync(join(dir, 'text'))) {
      console.error(`sitrep eval quotes: no ${part}/text under ${data}`);
      return 2;
    }
    const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
    const seen = new Set<string>();
    for (const annFile of anns) {
      const article = annFile.replace(/_[0-9a-f]{4}\.ann$/, '');
      if (seen.has(article)) continue;
      seen.add(article);
      if (slice > 0 && (seen.size - 1) % slice !== slice - 1) continue;
      const text = readFileSync(join(dir, 'text', `${article}.txt`), 'utf8');
      const gold = parseAnn(readFileSync(join(dir, 'attributions', annFile), 'utf8'), text);
      const doc = preparedDoc(article, text, args.includes('--no-knowledge') ? undefined : knowledge);
      const started = performance.now();
      const quotes: Quote[] = extractQuotes(doc, vocab, extract);
      stageMs += performance.now() - started;
      articles++;
      docs.push(doc);
      scoreArticle(text, gold, quotes, totals);
      if (errorLimit > 0) collectErrors(text, gold, quotes, errors);
      if (dumpFile) for (const q of quotes) dumped.push(dumpLine(article, text, q));
      if (shown < show) {
        shown++;
        printComparison(text, gold, quotes);
      }
    }
  }
  const line = (name: string, c: Counts) => {
    const { p, r, f } = prf(c);
    return `${name.padEnd(26)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}   (pred ${c.pred}, gold ${c.gold})`;
  };
  const entities = knowledge?.tagger ? ' + entities (tagger + knowledge base)/resolve' : ' + knowledge entities/resolve';
  console.log(`PolNeAR ${split}: ${articles} articles; pipeline: segment${knowledge && !args.includes('--no-knowledge') ? entities : ''} + quotes.rules.v1`);
  console.log(line('source span (exact)', totals.source));
  console.log(line('  direct', totals.srcD));
  console.log(line('  indirect', totals.srcI));
  console.log(line('content token overlap', totals.content));
  console.log(line('  direct', totals.conD));
  console.log(line('  indirect', totals.conI));
  if (errorLimit > 0) printErrors(errors, errorLimit);
  if (dumpFile) writeFileSync(dumpFile, dumped.join('\n') + '\n');
  const warm = warmSpeed(docs, vocab, extract);
  console.log(`quote stage: ${warm.rate.toFixed(0)} articles/s warm steady state, per CPU second (${(1000 / warm.rate).toFixed(2)} ms/article; ${warmedFor(warm)}; cold first pass ${(articles / (stageMs / 1000)).toFixed(0)}/s)`);
  const bbc = bbcDocs();
  if (bbc.length) {
    const speed = warmSpeed(bbc, vocab, extract);
    console.log(`quote stage on ${bbc.length} BBC News articles (segmented, no entities): ${speed.rate.toFixed(0)} articles/s warm, per CPU second (TypeScript sources through tsx; ${warmedFor(speed)})`);
    // The stage as `sitrep` runs it: the JavaScript `npm run build` compiles (tsx's transform adds work of its own).
    // (with the entity layer first, as `sitrep analyze` feeds it: the speaker rules read people and organisations then)
    for (const entities of [false, true]) {
      const layers = entities ? 'after the entity tagger and knowledge base, as sitrep runs it' : 'segmented, no entities';
      const compiled = Object.keys(extract).length ? 'not with --model/--cues' : compiledSpeed(entities);
      console.log(typeof compiled !== 'string'
        ? `quote stage on ${bbc.length} BBC News articles, compiled (dist/, in a process of its own; ${layers}): ${compiled.rate.toFixed(0)} articles/s warm, per CPU second (${warmedFor(compiled)})`
        : `quote stage compiled (dist/; ${layers}): not measured, ${compiled}`);
    }
  }
  console.log(`peer ${PEER.name}: source F1 ${PEER.source}, content overlap F1 ${PEER.content}; targets 0.85 / 0.85`);
  const ceiling = agreementCounts(data, ALL_SPLITS, knowledge, args.includes('--no-knowledge'));
  if (ceiling.articles) {
    console.log(`annotators against each other on the ${ceiling.articles} multi-annotated articles: source F1 ${prf(ceiling.humans.source).f.toFixed(3)}, ` +
      `content F1 ${prf(ceiling.humans.content).f.toFixed(3)} (the rules there: ${prf(ceiling.rules.source).f.toFixed(3)} / ${prf(ceiling.rules.content).f.toFixed(3)}; --agreement for the table)`);
  }
  return 0;
}

/** One annotator's attributions read as predictions, so that annotators can be scored against each other. */
function asQuotes(text: string, gold: Gold[]): Quote[] {
  return gold.map((g) => {
    const first = g.content[0];
    const last = g.content[g.content.length - 1];
    return {
      start: first.start, end: last.end, parts: g.content, text: text.slice(first.start, last.end), direct: g.direct,
      cue: g.cue ? text.slice(g.cue.start, g.cue.end) : '', cueStart: g.cue?.start ?? 0, cueEnd: g.cue?.end ?? 0,
      speaker: g.source ? { name: text.slice(g.source.start, g.source.end), start: g.source.start, end: g.source.end } : { name: '' },
    };
  });
}

/** An article segmented and, when the knowledge stages are given, with entities and actors: what the stage reads. */
function preparedDoc(article: string, text: string, knowledge: KnowledgeStep | undefined): Document {
  let doc: Document = { source: { kind: 'file', location: article }, article: { title: '', text, paragraphs: [] }, segments: segment(text) };
  if (knowledge) for (const stage of knowledge.stages) doc = stage.run(doc, knowledge.resources);
  return doc;
}

type Totals = Record<'source' | 'content' | 'srcD' | 'srcI' | 'conD' | 'conI', Counts>;
const totalsZero = (): Totals => ({ source: zero(), content: zero(), srcD: zero(), srcI: zero(), conD: zero(), conI: zero() });

/** Annotator against annotator and the rules against each annotator, on the articles of `parts` with several annotators. */
function agreementCounts(data: string, parts: string[], knowledge: KnowledgeStep | undefined, noKnowledge: boolean) {
  const vocab = loadVocabulary();
  const humans = totalsZero();
  const rules = totalsZero();
  let articles = 0;
  let annotations = 0;
  for (const part of parts) {
    const dir = join(data, part, 'attributions');
    if (!existsSync(dir)) continue;
    const byArticle = new Map<string, string[]>();
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ann')).sort()) {
      const article = f.replace(/_[0-9a-f]{4}\.ann$/, '');
      byArticle.set(article, [...(byArticle.get(article) ?? []), f]);
    }
    for (const [article, files] of byArticle) {
      if (files.length < 2) continue;
      const text = readFileSync(join(data, part, 'text', `${article}.txt`), 'utf8');
      const golds = files.map((f) => parseAnn(readFileSync(join(dir, f), 'utf8'), text));
      const doc = preparedDoc(article, text, noKnowledge ? undefined : knowledge);
      const predicted = extractQuotes(doc, vocab);
      articles++;
      annotations += golds.length;
      golds.forEach((gold, x) => {
        scoreArticle(text, gold, predicted, rules);
        golds.forEach((other, y) => {
          if (x !== y) scoreArticle(text, gold, asQuotes(text, other), humans);
        });
      });
    }
  }
  return { humans, rules, articles, annotations };
}

const ALL_SPLITS = ['dev', 'train', 'annotator-training'];

/** `--agreement`: the table of agreementCounts. */
function agreement(data: string, split: string, knowledge: KnowledgeStep | undefined, noKnowledge: boolean): number {
  const parts = split === 'all' ? ALL_SPLITS : [split];
  const { humans, rules, articles, annotations } = agreementCounts(data, parts, knowledge, noKnowledge);
  if (!articles) {
    console.error(`sitrep eval quotes: no article with more than one annotator under ${data}`);
    return 2;
  }
  const f1 = (c: Counts) => prf(c).f.toFixed(3);
  console.log(`PolNeAR inter-annotator agreement (${parts.join(' + ')}): ${articles} articles, ${annotations} annotations (every ordered annotator pair; the rules against every annotator)`);
  console.log(`${''.padEnd(28)}annotator vs annotator   rules vs annotator`);
  for (const [name, key] of [['source span exact F1', 'source'], ['  direct', 'srcD'], ['  indirect', 'srcI'], ['content token overlap F1', 'content'], ['  direct', 'conD'], ['  indirect', 'conI']] as const) {
    console.log(`${name.padEnd(28)}${f1(humans[key]).padEnd(25)}${f1(rules[key])}`);
  }
  console.log(`targets 0.85 / 0.85; peer ${PEER.name}: ${PEER.source} / ${PEER.content} (on PARC 3.0, not PolNeAR)`);
  return 0;
}

/** The BBC News articles (segmented) when the corpus is there; the speed target is set on them. */
function bbcDocs(): Document[] {
  if (!existsSync(BBC_DATA)) return [];
  const out: Document[] = [];
  for (const topic of readdirSync(BBC_DATA, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const f of readdirSync(join(BBC_DATA, topic.name)).sort()) {
      if (!f.endsWith('.txt')) continue;
      const text = readFileSync(join(BBC_DATA, topic.name, f), 'utf8');
      out.push({ source: { kind: 'file', location: f }, article: { title: '', text, paragraphs: [] }, segments: segment(text) });
    }
  }
  return out;
}

/** Articles per second of the compiled stage (dist/) over the BBC articles, measured by eval/_quote-speed.ts in a process of
 *  its own, on segmented articles or (`entities`) after the entity and resolve stages; or why it was not measured (dist/
 *  missing or older than src/, the child failed). */
function compiledSpeed(entities: boolean): SteadyRate | string {
  const root = resolve(here, '..');
  const dist = join(root, 'dist');
  const built = join(dist, 'quotes', 'extract.js');
  if (!existsSync(built)) return 'dist/ is missing (run `npm run build`)';
  if (statSync(built).mtimeMs < newestMtime(join(root, 'src'))) return 'dist/ is older than src/ (run `npm run build`)';
  const child = spawnSync(process.execPath, [...process.execArgv, join(here, '_quote-speed.ts'), dist, BBC_DATA, JSON.stringify(SPEED),
    entities ? 'entities' : 'segments'],
    { encoding: 'utf8' });
  const failed = `the measuring process failed: ${(child.stderr || child.stdout).trim().split('\n')[0]}`;
  if (child.status !== 0) return failed;
  try {
    return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '') as SteadyRate;
  } catch {
    return failed;
  }
}

/** The latest modification time of the non-test TypeScript files under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Articles per second of extractQuotes over `docs`, warm (eval/steady-rate.ts). */
function warmSpeed(docs: Document[], vocab: ReturnType<typeof loadVocabulary>, extract: ExtractOptions): SteadyRate {
  if (!docs.length) return { rate: 0, warmS: 0, settled: false };
  return steadyRate(() => {
    for (const d of docs) extractQuotes(d, vocab, extract);
    return docs.length;
  }, SPEED);
}

function warmedFor(speed: SteadyRate): string {
  return `after ${speed.warmS.toFixed(1)} s of warm-up${speed.settled ? '' : ', not settled'}`;
}

function scoreArticle(text: string, gold: Gold[], quotes: Quote[], t: Record<string, Counts>): void {
  const key = (x: Span) => {
    const y = trim(text, x);
    return `${y.start}:${y.end}`;
  };
  const sourceScore = (g: Gold[], q: Quote[], c: Counts) => {
    const gs = new Set(g.filter((x) => x.source).map((x) => key(x.source!)));
    const ps = new Set(q.filter((x) => x.speaker.start !== undefined).map((x) => key({ start: x.speaker.start!, end: x.speaker.end! })));
    c.gold += gs.size;
    c.pred += ps.size;
    let hit = 0;
    for (const k of ps) if (gs.has(k)) hit++;
    c.hitP += hit;
    c.hitR += hit;
  };
  const tokens = tokenize(text);
  const spansOf = (q: Quote) => q.parts ?? [{ start: q.start, end: q.end }];
  const allGold = new Set<number>();
  const allPred = new Set<number>();
  for (const x of gold) contentTokens(text, tokens, x.content, allGold);
  for (const x of quotes) contentTokens(text, tokens, spansOf(x), allPred);
  // Content of one kind: its predicted tokens are right when any annotation covers them, its annotated tokens
  // are found when any predicted quote covers them (the two sides may disagree on direct/indirect).
  const contentScore = (g: Gold[], q: Quote[], c: Counts) => {
    const gt = new Set<number>();
    const pt = new Set<number>();
    for (const x of g) contentTokens(text, tokens, x.content, gt);
    for (const x of q) contentTokens(text, tokens, spansOf(x), pt);
    c.gold += gt.size;
    c.pred += pt.size;
    for (const k of pt) if (allGold.has(k)) c.hitP++;
    for (const k of gt) if (allPred.has(k)) c.hitR++;
  };
  sourceScore(gold, quotes, t.source);
  sourceScore(gold.filter((g) => g.direct), quotes.filter((q) => q.direct), t.srcD);
  sourceScore(gold.filter((g) => !g.direct), quotes.filter((q) => !q.direct), t.srcI);
  contentScore(gold, quotes, t.content);
  contentScore(gold.filter((g) => g.direct), quotes.filter((q) => q.direct), t.conD);
  contentScore(gold.filter((g) => !g.direct), quotes.filter((q) => !q.direct), t.conI);
}

interface ErrorLog {
  missed: string[];
  spurious: string[];
  /** Quotes whose content partly lies outside the annotated contents (those wholly outside are spurious quotes). */
  overreach: { tokens: number; line: string }[];
  cues: Map<string, number>;
  kinds: Map<string, number>;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const PRONOUN = /^(i|you|he|she|it|we|they|him|her|them|us|me|who|which|that)$/i;

/** One predicted quote as a JSON line (article, speaker span, cue, content), for diffing two versions of the rules. */
function dumpLine(article: string, text: string, q: Quote): string {
  const speaker = q.speaker.start !== undefined ? text.slice(q.speaker.start, q.speaker.end) : null;
  const content = (q.parts ?? [q]).map((p) => text.slice(p.start, p.end)).join(' … ');
  const at = { speaker: q.speaker.start !== undefined ? [q.speaker.start, q.speaker.end] : null, content: (q.parts ?? [q]).map((p) => [p.start, p.end]) };
  return JSON.stringify({ article, speaker, cue: q.cue, content, at });
}

/** Why an annotated source was missed: the closest thing the rules predicted around it. */
function missKind(text: string, g: Gold, quotes: Quote[]): string {
  const src = g.source!;
  const pronoun = PRONOUN.test(text.slice(src.start, src.end).trim()) ? ' (pronoun source)' : '';
  if (quotes.some((q) => q.speaker.start !== undefined && overlaps(src, { start: q.speaker.start, end: q.speaker.end! }))) return 'speaker extent differs';
  if (g.cue && quotes.some((q) => overlaps(g.cue!, { start: q.cueStart, end: q.cueEnd }))) return `cue found, other or no speaker${pronoun}`;
  if (quotes.some((q) => (q.parts ?? [q]).some((p) => g.content.some((c) => overlaps(c, p))))) return `content found under another cue${pronoun}`;
  return `nothing predicted${pronoun}`;
}

function collectErrors(text: string, gold: Gold[], quotes: Quote[], log: ErrorLog): void {
  const key = (x: Span) => {
    const y = trim(text, x);
    return `${y.start}:${y.end}`;
  };
  const around = (x: Span) => {
    const from = Math.max(0, text.lastIndexOf('\n', x.start) + 1, x.start - 120);
    return text.slice(from, Math.min(text.length, x.end + 120)).replace(/\s+/g, ' ');
  };
  const predicted = new Set(quotes.filter((q) => q.speaker.start !== undefined).map((q) => key({ start: q.speaker.start!, end: q.speaker.end! })));
  const annotated = new Set(gold.filter((g) => g.source).map((g) => key(g.source!)));
  for (const g of gold) {
    if (!g.source || predicted.has(key(g.source))) continue;
    const cue = g.cue ? text.slice(g.cue.start, g.cue.end).toLowerCase().replace(/\s+/g, ' ') : '?';
    log.cues.set(cue, (log.cues.get(cue) ?? 0) + 1);
    const kind = missKind(text, g, quotes);
    log.kinds.set(kind, (log.kinds.get(kind) ?? 0) + 1);
    const near = kind === 'speaker extent differs'
      ? quotes.find((q) => q.speaker.start !== undefined && overlaps(g.source!, { start: q.speaker.start, end: q.speaker.end! }))
      : undefined;
    const got = near ? ` (predicted ${JSON.stringify(text.slice(near.speaker.start!, near.speaker.end!))})` : '';
    log.missed.push(`{${kind}}${g.direct ? ' direct' : ''} [${cue}] ${JSON.stringify(text.slice(g.source.start, g.source.end))}${got} | ${around(g.source)}`);
  }
  for (const q of quotes) {
    if (q.speaker.start === undefined) continue;
    const span = { start: q.speaker.start, end: q.speaker.end! };
    if (annotated.has(key(span))) continue;
    log.spurious.push(`[${q.cue}] ${JSON.stringify(text.slice(span.start, span.end))} | ${around(span)}`);
  }
  // Predicted content tokens outside every annotated Content, per quote: where the rules read past a boundary.
  const tokens = tokenize(text);
  const goldTokens = new Set<number>();
  for (const g of gold) contentTokens(text, tokens, g.content, goldTokens);
  for (const q of quotes) {
    const mine = new Set<number>();
    contentTokens(text, tokens, q.parts ?? [{ start: q.start, end: q.end }], mine);
    const outside = [...mine].filter((t) => !goldTokens.has(t)).sort((x, y) => x - y);
    if (outside.length < MIN_OVERREACH_TOKENS || outside.length === mine.size) continue;
    const last = tokens.find((t) => t.start === outside[outside.length - 1])!;
    const past = text.slice(outside[0], last.end).replace(/\s+/g, ' ');
    log.overreach.push({ tokens: outside.length, line: `${outside.length} [${q.cue}] ${JSON.stringify(past.slice(0, 160))} | ${JSON.stringify(q.text.slice(0, 120))}` });
  }
}

/** Fewest predicted tokens past an annotated Content for a quote to be listed under --errors. */
const MIN_OVERREACH_TOKENS = 3;

function printErrors(log: ErrorLog, limit: number): void {
  const cues = [...log.cues].sort((x, y) => y[1] - x[1]).slice(0, 30);
  console.log(`--- missed sources by annotated cue (${log.missed.length} in all)`);
  console.log(cues.map(([c, n]) => `${n} ${c}`).join(' · '));
  console.log('--- missed sources by kind');
  console.log([...log.kinds].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${n} ${k}`).join(' · '));
  console.log(`--- missed sources (first ${limit})`);
  for (const line of log.missed.slice(0, limit)) console.log(`  ${line.slice(0, 300)}`);
  console.log(`--- spurious sources (first ${limit} of ${log.spurious.length})`);
  for (const line of log.spurious.slice(0, limit)) console.log(`  ${line.slice(0, 300)}`);
  const over = [...log.overreach].sort((x, y) => y.tokens - x.tokens);
  console.log(`--- content past annotated boundaries, most tokens first (first ${limit} of ${over.length}; tokens outside, the words from the first to the last outside token | the quote)`);
  for (const o of over.slice(0, limit)) console.log(`  ${o.line.slice(0, 300)}`);
}

function printComparison(text: string, gold: Gold[], quotes: Quote[]): void {
  const s = (x?: Span) => (x ? JSON.stringify(text.slice(x.start, x.end)) : '-');
  console.log('--- gold');
  for (const g of gold) console.log(`  ${s(g.source)} ${g.direct ? 'D' : 'I'} ${s(g.content[0]).slice(0, 90)}`);
  console.log('--- predicted');
  for (const q of quotes) console.log(`  ${s({ start: q.speaker.start ?? 0, end: q.speaker.end ?? 0 })} ${q.direct ? 'D' : 'I'} ${JSON.stringify(q.text.slice(0, 90))}`);
}
