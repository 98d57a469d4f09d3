import { describe, expect, it } from 'vitest';
import { spokenWords } from './spoken.js';

describe('spokenWords', () => {
  const article = 'Lee: IS-K planned 21 attacks, he said, compared to eight the year before.';
  const start = article.indexOf('IS-K');
  const end = article.length - 1;
  const first = { start, end: article.indexOf(', he said') };
  const second = { start: article.indexOf('compared'), end };

  it('joins the parts of an interrupted quote with an ellipsis', () => {
    const q = { start, end, text: article.slice(start, end), parts: [first, second] };
    expect(spokenWords(q)).toBe('IS-K planned 21 attacks … compared to eight the year before');
  });

  it('keeps the text of a quote in one part, or whose parts do not lie inside it', () => {
    expect(spokenWords({ start, end, text: article.slice(start, end) })).toBe(article.slice(start, end));
    expect(spokenWords({ start, end, text: article.slice(start, end), parts: [first] })).toBe(article.slice(start, end));
    expect(spokenWords({ start, end, text: article.slice(start, end), parts: [first, { start: 0, end: 3 }] })).toBe(article.slice(start, end));
  });
});
