import { describe, expect, it } from 'vitest';
import { segment, tokenize } from './segment.js';

const sentencesOf = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));
const tokensOf = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  it('keeps acronyms, hyphenated names and numbers whole and splits the possessive', () => {
    expect(tokensOf('The U.S. and IS-K’s 9/11 plot killed 2,000.')).toEqual([
      'The', 'U.S.', 'and', 'IS-K', '’s', '9/11', 'plot', 'killed', '2,000', '.',
    ]);
  });

  it('gives offsets that slice back to the surface', () => {
    const text = '“Western officials,” said Graeme Smith.';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).not.toMatch(/\s/);
    expect(tokensOf(text)[0]).toBe('“');
  });

  it('makes no token of a zero-width joiner or soft hyphen between words ("Daily Xtra\u200d\'s")', () => {
    expect(tokensOf('Daily Xtra\u200d\'s editor\u00ad \u200bsaid')).toEqual(['Daily', 'Xtra', "'s", 'editor', 'said']);
  });

  it('labels token kinds', () => {
    expect(tokenize('Kabul 13 , $').map((t) => t.kind)).toEqual(['word', 'number', 'punct', 'symbol']);
  });
});

describe('segment', () => {
  it('does not end a sentence at initials, titles or inner acronyms', () => {
    expect(sentencesOf('Said Aaron Y. Zelin of the Institute. Gen. Kurilla warned U.S. officials today.')).toEqual([
      'Said Aaron Y. Zelin of the Institute.',
      'Gen. Kurilla warned U.S. officials today.',
    ]);
  });

  it('ends after an acronym when a new sentence clearly starts', () => {
    expect(sentencesOf('They flew to the U.S. The talks failed.')).toEqual(['They flew to the U.S.', 'The talks failed.']);
    // a capital glued after an ampersand ends a name ("M&S"), not an initial
    expect(sentencesOf('Prices fell, said M&S. Next is a rival.')).toEqual(['Prices fell, said M&S.', 'Next is a rival.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(sentencesOf('“They are allies.” He said so. Why? Because.')).toEqual([
      '“They are allies.”', 'He said so.', 'Why?', 'Because.',
    ]);
  });

  it('breaks at line ends (headlines, paragraphs) and not inside decimals', () => {
    expect(sentencesOf('Headline without stop\n\nThe rate rose 3.5 percent.')).toEqual([
      'Headline without stop', 'The rate rose 3.5 percent.',
    ]);
  });

  it('keeps a clock time with its zone inside the sentence, and ends one after "p.m." otherwise', () => {
    expect(sentencesOf('The bat struck at 5:30 a.m. EST, the campaign said. The flight left at 5 p.m. The police arrived.')).toEqual([
      'The bat struck at 5:30 a.m. EST, the campaign said.', 'The flight left at 5 p.m.', 'The police arrived.',
    ]);
  });

  it('keeps the title "Del." with the name after it, and ends a sentence at the state before a sentence starter', () => {
    expect(sentencesOf('"It is a waste," said Del. Stacey Plaskett of the Virgin Islands.')).toHaveLength(1);
    expect(sentencesOf('He lives in Wilmington, Del. The next day he left.')).toEqual(['He lives in Wilmington, Del.', 'The next day he left.']);
  });

  it('indexes tokens per sentence', () => {
    const { sentences, tokens } = segment('One two. Three.');
    expect(sentences.map((s) => s.tokenEnd - s.tokenStart)).toEqual([3, 2]);
    expect(sentences[1].tokenStart).toBe(3);
    expect(tokens).toHaveLength(5);
  });

  it('handles empty text', () => {
    expect(segment('')).toEqual({ sentences: [], tokens: [] });
  });
});
