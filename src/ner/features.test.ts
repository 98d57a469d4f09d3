import { describe, expect, it } from 'vitest';
import { extractFeatures, gazetteerMarks } from './features.js';
import { fnv1a } from './hash.js';
import { addGazetteer, emptyLexicon, GAZ_BIT, GAZ_LISTS, packCluster } from './lexicon.js';
import { shortShape, wordShape } from './shape.js';

describe('word shapes', () => {
  it('maps letters, digits and punctuation, cutting long runs', () => {
    expect(wordShape('Reuters')).toBe('Xxxxx');
    expect(wordShape('U.S.')).toBe('X.X.');
    expect(wordShape('1996-08-22')).toBe('dddd-dd-dd');
    expect(wordShape('AL-QAEDA')).toBe('XX-XXXX');
    expect(wordShape('Éric')).toBe('Xxxx');
    expect(shortShape('Reuters')).toBe('Xx');
    expect(shortShape('XX-X')).toBe('X-X');
    expect(shortShape('42')).toBe('d');
  });
});

describe('extractFeatures', () => {
  const lexicon = emptyLexicon();

  it('gives every token its own slice of features', () => {
    const f = extractFeatures(['Peter', 'Blackburn', 'said', '.'], lexicon);
    expect(f.offsets.length).toBe(5);
    expect(f.offsets[0]).toBe(0);
    expect(f.offsets[4]).toBe(f.hashes.length);
    for (let i = 0; i < 4; i++) expect(f.offsets[i + 1]).toBeGreaterThan(f.offsets[i] + 20);
  });

  it('is deterministic and depends on the neighbours', () => {
    const a = extractFeatures(['in', 'Paris', 'today'], lexicon);
    const b = extractFeatures(['in', 'Paris', 'today'], lexicon);
    const c = extractFeatures(['from', 'Paris', 'today'], lexicon);
    expect(Array.from(a.hashes)).toEqual(Array.from(b.hashes));
    const paris = (f: typeof a) => new Set(f.hashes.subarray(f.offsets[1], f.offsets[2]));
    const shared = [...paris(a)].filter((h) => paris(c).has(h)).length;
    expect(shared).toBeGreaterThan(10); // word, shape, affixes…
    expect(shared).toBeLessThan(paris(a).size); // …but not the left-context features
  });

  it('shares lower-case and digit-normalised identity across case and numbers', () => {
    const upper = extractFeatures(['PARIS'], lexicon);
    const lower = extractFeatures(['paris'], lexicon);
    const common = [...upper.hashes].filter((h) => lower.hashes.includes(h));
    expect(common.length).toBeGreaterThan(5);
    const y1 = new Set(extractFeatures(['1996'], lexicon).hashes);
    const y2 = extractFeatures(['2004'], lexicon).hashes;
    expect([...y2].filter((h) => y1.has(h)).length).toBeGreaterThan(3);
  });

  it('adds cluster features only when the word has a cluster', () => {
    const withCluster = emptyLexicon();
    withCluster.clusters.set('paris', packCluster('0110101'));
    const plain = extractFeatures(['Paris'], lexicon).hashes;
    const clustered = extractFeatures(['Paris'], withCluster).hashes;
    expect(clustered.length).toBeGreaterThan(plain.length);
  });

  it('handles an empty sentence', () => {
    const f = extractFeatures([], lexicon);
    expect(f.hashes.length).toBe(0);
    expect(Array.from(f.offsets)).toEqual([0]);
  });

  it('keeps the FNV hash of a string stable (model files depend on it)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });
});

describe('gazetteerMarks', () => {
  it('marks single and multi-token phrase matches with their position', () => {
    const lexicon = emptyLexicon();
    addGazetteer(lexicon, 'New York', GAZ_BIT.place);
    addGazetteer(lexicon, 'Paris', GAZ_BIT.place);
    const tokens = ['From', 'New', 'York', 'to', 'Paris'];
    const marks = gazetteerMarks(tokens.map((t) => t.toLowerCase()), tokens, lexicon);
    const place = GAZ_LISTS.indexOf('place');
    expect(marks[0]).toBe(0);
    expect(marks[1]).toBe(1 << (place * 3 + 1)); // begin
    expect(marks[2]).toBe(1 << (place * 3 + 2)); // inside
    expect(marks[3]).toBe(0);
    expect(marks[4]).toBe(1 << (place * 3)); // single
  });

  it('ignores lower-case words even when listed', () => {
    const lexicon = emptyLexicon();
    addGazetteer(lexicon, 'Mobile', GAZ_BIT.place);
    const tokens = ['a', 'mobile', 'phone'];
    expect(Array.from(gazetteerMarks(tokens, tokens, lexicon))).toEqual([0, 0, 0]);
  });
});

describe('lexicon text form', () => {
  it('round-trips clusters, capitalisation buckets and gazetteer phrases', async () => {
    const { parseLexicon, serialiseLexicon } = await import('./lexicon.js');
    const lexicon = emptyLexicon();
    lexicon.clusters.set('paris', packCluster('0110101'));
    lexicon.clusters.set('the', packCluster(''));
    lexicon.caps.set('paris', 5);
    lexicon.caps.set('zelin', 4); // a bucket without a cluster
    addGazetteer(lexicon, 'New York', GAZ_BIT.place | GAZ_BIT.loc);
    const again = parseLexicon(serialiseLexicon(lexicon));
    expect([...again.clusters]).toEqual([...lexicon.clusters]);
    expect(new Map(again.caps)).toEqual(new Map(lexicon.caps));
    expect([...again.gazetteer]).toEqual([['new york', GAZ_BIT.place | GAZ_BIT.loc]]);
    expect(again.gazFirst.has('new')).toBe(true);
  });
});
