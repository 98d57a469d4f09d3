import { describe, expect, it } from 'vitest';
import { SitrepError } from '../core/errors.js';
import { parseSearchQuery } from './search-query.js';
import { toFts5 } from './sqlite/fts.js';

const fts = (q: string) => toFts5(parseSearchQuery(q));

describe('parseSearchQuery', () => {
  it('ANDs plain words and quotes each one', () => {
    expect(fts('suicide bombing')).toBe('"suicide" AND "bombing"');
  });

  it('keeps phrases, prefixes, OR and exclusions', () => {
    expect(fts('"foreign ministry" attack* OR bomb -Paris')).toBe(
      '("foreign ministry" AND ("attack"* OR "bomb")) NOT ("paris")',
    );
    expect(fts('kabul NOT herat')).toBe('("kabul") NOT ("herat")');
  });

  it('splits punctuated words into phrases as the indexer does', () => {
    expect(fts('IS-K')).toBe('"is k"');
    expect(fts('U.S.')).toBe('"u s"');
  });

  it('turns hostile input into plain terms', () => {
    expect(fts('"unbalanced quote')).toBe('"unbalanced quote"');
    expect(fts('title:kabul')).toBe('"title kabul"');
    expect(fts('NEAR(a b)')).toBe('"near a" AND "b"');
    expect(fts('a AND OR b')).toBe('("a" OR "b")');
  });

  it.each(['"', '*', 'AND OR', '()', '-kabul', '   ', 'NOT'])('refuses %j with E040', (q) => {
    let caught: unknown;
    try {
      parseSearchQuery(q);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SitrepError);
    expect((caught as SitrepError).code).toBe('E040');
  });

  it('refuses absurdly long queries', () => {
    expect(() => parseSearchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).toThrow(/more than/);
  });
});
