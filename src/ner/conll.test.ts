import { describe, expect, it } from 'vitest';
import { parseConll, toIob2 } from './conll.js';

describe('parseConll', () => {
  it('takes the first column as token and the last as tag, skipping -DOCSTART-', () => {
    const text = '-DOCSTART- -X- O O\n\nAmira NNP B-NP B-PER\nJadoon NNP I-NP I-PER\nspoke VBD B-VP O\n\n\nHi UH O O\r\n';
    expect(parseConll(text)).toEqual([
      { tokens: ['Amira', 'Jadoon', 'spoke'], tags: ['B-PER', 'I-PER', 'O'] },
      { tokens: ['Hi'], tags: ['O'] },
    ]);
  });

  it('reads token-only files with no tags', () => {
    expect(parseConll('Kabul\nfell\n\nYes\n')).toEqual([
      { tokens: ['Kabul', 'fell'], tags: [] },
      { tokens: ['Yes'], tags: [] },
    ]);
  });

  it('converts IOB1 to IOB2', () => {
    expect(toIob2(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC'])).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC']);
  });
});
