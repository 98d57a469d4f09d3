import { describe, expect, it } from 'vitest';
import type { Document } from '../core/document.js';
import { defineStage } from '../core/stage.js';
import { Pipeline, PipelineOrderError } from './pipeline.js';

const article = defineStage<unknown>({
  name: 'test.article',
  requires: ['raw'],
  assigns: ['article'],
  run: (doc) => ({ ...doc, article: { title: 't', text: doc.raw!.content, paragraphs: [] } }),
});
const quotes = defineStage<unknown>({
  name: 'test.quotes',
  requires: ['article'],
  assigns: ['quotes'],
  run: (doc) => ({ ...doc, quotes: [] }),
});
const input: Document = {
  source: { kind: 'inline', location: 'x' },
  raw: { mediaType: 'text/plain', content: 'hello', charset: 'utf-8', contentHash: 'h' },
};

describe('Pipeline', () => {
  it('runs stages in order, each adding its layer', () => {
    const pipeline = new Pipeline([article, quotes]);
    const out = pipeline.run(input, undefined);
    expect(out.article?.text).toBe('hello');
    expect(out.quotes).toEqual([]);
    expect(input.article).toBeUndefined();
    expect([...pipeline.timings.keys()]).toEqual(['test.article', 'test.quotes']);
  });

  it('refuses a stage whose requirement comes later', () => {
    expect(() => new Pipeline([quotes, article])).toThrow(PipelineOrderError);
  });

  it('refuses two stages assigning one layer', () => {
    expect(() => new Pipeline([article, article])).toThrow(/already assigned/);
  });

  it('tells which layers it assigns', () => {
    const pipeline = new Pipeline([article]);
    expect(pipeline.assigns('article')).toBe(true);
    expect(pipeline.assigns('events')).toBe(false);
  });
});
