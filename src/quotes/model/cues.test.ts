import { describe, expect, it } from 'vitest';
import { SitrepError } from '../../core/errors.js';
import { segment } from '../../text/segment.js';
import { buildContext } from '../context.js';
import { extractQuotes, type Attribution } from '../extract.js';
import { loadVocabulary } from '../vocabulary.js';
import { passiveCue, plausibleAddition, type CombinableAttribution } from './combine.js';
import { parseBratEvents } from './cue-train.js';
import { CueClassifier, cueCandidates, cueStem, decodeCueModel, encodeCueModel, loadCueClassifier, ruleView, type CueModelData } from './cues.js';

const vocab = loadVocabulary();
const doc = (text: string) => ({
  source: { kind: 'file' as const, location: 'test' },
  article: { title: '', text, paragraphs: [] },
  segments: segment(text),
});

/** A model whose weights are zero but for a bias: every candidate frame scores `bias`. */
function constantModel(bias: number, gate: string[]): CueModelData {
  const bits = 8;
  const weights = new Float32Array(1 << bits);
  const prefilter = new Float32Array(1 << bits);
  // Every feature hash lands in one of the 256 rows; spreading the bias over all rows with one feature per row
  // would depend on the hashes, so the test reads the score through a model with all rows equal.
  weights.fill(bias / 40);
  prefilter.fill(1);
  return { bits, threshold: 0, prefilterThreshold: 0, gate, weights, prefilter };
}

describe('cue stems', () => {
  it('joins the inflected forms of a verb', () => {
    expect(cueStem('criticized')).toBe(cueStem('criticizes'));
    expect(cueStem('criticize')).toBe(cueStem('criticizing'));
    expect(cueStem('uses')).toBe('use');
    expect(cueStem('told')).toBe('told');
  });
});

describe('the cue classifier', () => {
  const text = 'Ann Lee applauded the new bridge plan. The mayor said the road was safe.';

  it('reads the rule frame around a gate word the vocabulary lacks and adds it above the threshold', () => {
    const accept = new CueClassifier(constantModel(4, [cueStem('applauded')]));
    const quotes = extractQuotes(doc(text), vocab, { addCues: (ctx, rules, frameAt) => accept.add(ctx, rules, frameAt) });
    const added = quotes.find((q) => q.cue === 'applauded');
    expect(added?.speaker.name).toBe('Ann Lee');
    expect(added?.text).toBe('the new bridge plan');
    expect(quotes.some((q) => q.cue === 'said')).toBe(true);
  });

  it('adds nothing below the threshold or outside the gate', () => {
    const reject = new CueClassifier(constantModel(-4, [cueStem('applauded')]));
    const noGate = new CueClassifier(constantModel(4, []));
    const rules = extractQuotes(doc(text), vocab);
    for (const model of [reject, noGate]) {
      expect(extractQuotes(doc(text), vocab, { addCues: (ctx, r, frameAt) => model.add(ctx, r, frameAt) })).toHaveLength(rules.length);
    }
  });

  it('never proposes a rule cue or a word inside a quotation', () => {
    const quoted = 'Lee said, “Voters applauded the plan.”';
    let words: string[] = [];
    extractQuotes(doc(quoted), vocab, {
      addCues: (ctx, rules, frameAt) => {
        words = cueCandidates(ctx, ruleView(ctx, rules), frameAt).map((c) => ctx.low[c.token]);
        return rules;
      },
    });
    expect(words).not.toContain('said');
    expect(words).not.toContain('applauded');
  });

  it('writes and reads the same model file', () => {
    const model = constantModel(2, ['applaud']);
    model.weights[3] = -1.5;
    const back = decodeCueModel(encodeCueModel(model));
    expect(back.gate).toEqual(['applaud']);
    expect(back.weights[3]).toBe(-1.5);
    expect(back.prefilter[0]).toBe(1);
    expect(back.threshold).toBe(0);
  });

  it('loads the bundled model and refuses a missing one with E060', () => {
    expect(loadCueClassifier().gate.stems.size).toBeGreaterThan(0);
    expect(() => loadCueClassifier('/nonexistent/quotes-cues.bin')).toThrow(SitrepError);
  });
});

describe('learned additions the rules would refuse', () => {
  const text = 'The group claimed two more attacks. The group claimed that it was innocent. The city’s officials agreed.';
  const ctx = buildContext(doc(text), vocab);
  const at = (word: string, from = 0) => ctx.surf.indexOf(word, from);
  const att = (cue: number, source: [number, number]): CombinableAttribution => ({
    cue, cueEnd: cue + 1, sentence: ctx.sentenceOf[cue], source, parts: [{ start: 0, end: 3 }], direct: false,
  });

  it('refuses a clause-only cue with an object (a responsibility claim) and keeps it with "that"', () => {
    const first = at('claimed');
    const second = at('claimed', first + 1);
    expect(plausibleAddition(ctx, att(first, [first - 2, first]))).toBe(false);
    expect(plausibleAddition(ctx, att(second, [second - 2, second]))).toBe(true);
  });

  it('refuses a speaker phrase that ends in a possessive', () => {
    const city = at('city');
    expect(plausibleAddition(ctx, att(at('agreed'), [city - 1, city + 2]))).toBe(false);
    expect(plausibleAddition(ctx, att(at('agreed'), [city - 1, city + 3]))).toBe(true);
  });
});

describe('passive cues', () => {
  it('reads "is expected" and "were blamed for" as passive, "has warned" and "was clear" as not', () => {
    const text = 'Lee is expected to resign. Voters were blamed for it. Lee has warned them. Lee was clear.';
    const ctx = buildContext(doc(text), vocab);
    const cue = (from: string, to: string): CombinableAttribution => {
      const s = ctx.surf.indexOf(from);
      return { cue: s, cueEnd: ctx.surf.indexOf(to, s) + 1, sentence: ctx.sentenceOf[s], parts: [], direct: false };
    };
    expect(passiveCue(ctx, cue('is', 'expected'))).toBe(true);
    expect(passiveCue(ctx, cue('were', 'for'))).toBe(true);
    expect(passiveCue(ctx, cue('has', 'warned'))).toBe(false);
    expect(passiveCue(ctx, cue('was', 'clear'))).toBe(false);
  });
});

describe('PolNeAR-style brat events', () => {
  it('groups Source, Cue and Content of each event (discontinuous content kept in parts)', () => {
    const ann = ['T1\tSource 0 7', 'T2\tCue 8 12', 'T3\tContent 13 20;25 30', 'T4\tAttribution 8 12', 'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1', ''].join('\n');
    expect(parseBratEvents(ann)).toEqual([
      { source: { start: 0, end: 7 }, cue: { start: 8, end: 12 }, content: [{ start: 13, end: 20 }, { start: 25, end: 30 }] },
    ]);
  });
});

// Type-level check: the hook hands extract.ts's own attributions to the classifier.
export const addCuesType: (rules: Attribution[]) => CombinableAttribution[] = (rules) => rules;
