import { describe, expect, it } from 'vitest';
import type { Quote } from '../core/document.js';
import { makeDoc } from '../events/testing.js';
import { claimsStage, extractClaims } from './stage.js';

const PUB = '2024-06-15';

/** A quote of the quotes layer over `content` in `text`, with its cue and speaker. */
function quoteOf(text: string, content: string, cue: string, direct: boolean, speaker: Quote['speaker']): Quote {
  const start = text.indexOf(content);
  const cueStart = text.indexOf(cue);
  return { text: content, start, end: start + content.length, direct, cue, cueStart, cueEnd: cueStart + cue.length, speaker };
}

describe('claims.rules.v1', () => {
  it('a count of planned attacks: numbers with units, the stated period, the speaker by pronoun', () => {
    const text = 'The network is growing, said Mira Olsen of the Harbor Institute. Between May 2022 and May 2023, the network planned 14 overseas attacks in six countries, she said.';
    const claims = extractClaims(makeDoc(text, PUB));
    expect(claims).toHaveLength(1);
    const [claim] = claims;
    expect(claim.numbers).toEqual([{ value: 14, unit: 'attacks' }, { value: 6, unit: 'countries' }]);
    expect(claim.period).toEqual({ text: 'Between May 2022 and May 2023', start: '2022-05-01', end: '2023-05-31' });
    expect(claim.speaker).toEqual({ name: 'Mira Olsen' });
    expect(text.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it('keeps qualifiers and takes "according to X" as the speaker', () => {
    const [claim] = extractClaims(makeDoc('More than 300 arrests were made last year, according to Interior Minister Paul Dane.', PUB));
    expect(claim.numbers).toEqual([{ value: 300, unit: 'arrests', qualifier: 'more than' }]);
    expect(claim.speaker?.name).toBe('Interior Minister Paul Dane');
    expect(claim.period?.start).toBe('2023-01-01');
  });

  it('a quote’s speaker wins for numbers inside the quote', () => {
    const text = 'Officials were cautious. “We stopped 12 plots,” the chief said.';
    const quote = quoteOf(text, 'We stopped 12 plots,', 'said', true, { name: 'Ana Ruiz', actorId: 'ana-ruiz' });
    const [claim] = extractClaims({ ...makeDoc(text, PUB), quotes: [quote] });
    expect(claim.speaker).toEqual({ name: 'Ana Ruiz', actorId: 'ana-ruiz' });
  });

  it('an incident report with a date is not a claim; years and ages are not numbers', () => {
    expect(extractClaims(makeDoc('A bomb killed four people in March.', PUB))).toEqual([]);
    expect(extractClaims(makeDoc('In 2019 a 32-year-old man was arrested.', PUB))).toEqual([]);
  });

  it('is a stage that needs resolution and gives claims', () => {
    expect([claimsStage.name, claimsStage.requires, claimsStage.assigns]).toEqual(['claims.rules.v1', ['resolution'], ['claims']]);
    expect(claimsStage.run(makeDoc('Prices rose 12% this year, the bank said.', PUB), undefined).claims).toHaveLength(1);
  });
});

// Issue #6: numbers and speakers that real news gets wrong (sentences written for these tests, in the shapes of
// Wikinews articles).
describe('claims in real news', () => {
  const indirect = (text: string, content: string, cue: string, name: string): Quote => quoteOf(text, content, cue, false, { name });
  it('an indirect "quote" after a verb that reports no speech gives no speaker', () => {
    const text = 'Harbor City opened the game with two tries before the visitors hit back.';
    const quote = indirect(text, 'the game with two tries before the visitors hit back', 'opened', 'Harbor City');
    expect(extractClaims({ ...makeDoc(text, PUB), quotes: [quote] })).toEqual([]);
  });
  it('an indirect quote after "said" keeps its speaker', () => {
    const text = 'Mira Olsen said the network had planned 14 attacks.';
    const quote = indirect(text, 'the network had planned 14 attacks', 'said', 'Mira Olsen');
    expect(extractClaims({ ...makeDoc(text, PUB), quotes: [quote] })[0].speaker?.name).toBe('Mira Olsen');
  });
  it('a first-person pronoun is not a speaker', () => {
    const text = '“They were one of the toughest teams, and we beat them twice,” I was told.';
    const quote: Quote = { text: 'They were one of the toughest teams, and we beat them twice,', start: 1, end: 61, direct: true, cue: 'told', cueStart: 70, cueEnd: 74, speaker: { name: 'I' } };
    for (const claim of extractClaims({ ...makeDoc(text, PUB), quotes: [quote] })) expect(claim.speaker?.name).not.toBe('I');
  });
  it('"one" as a pronoun, numbers in names and clock times are not figures', () => {
    expect(extractClaims(makeDoc('The mayor said the plan was one of the best in the region.', PUB))).toEqual([]);
    expect(extractClaims(makeDoc('The team said the star HR 6819 was similar to another system.', PUB))).toEqual([]);
    expect(extractClaims(makeDoc('He campaigned on what he called Democracy 2.0, the agency said.', PUB))).toEqual([]);
    expect(extractClaims(makeDoc('According to the agency, the blasts happened at 0100 UTC.', PUB))).toEqual([]);
  });
  it('"one in five" is still a statistic', () => {
    const [claim] = extractClaims(makeDoc('One in five adults smoked, the Health Ministry said.', PUB));
    expect(claim.numbers.map((n) => n.value)).toContain(1);
  });
  it('an indirect "according to" quote gives its resolved speaker, not the words after "according to"', () => {
    const text = 'According to the Ruritania mayor, Dee Vale, police found 12 bodies.';
    const quote = quoteOf(text, 'police found 12 bodies', 'According to', false, { name: 'Dee Vale', actorId: 'x:dee-vale' });
    const [claim] = extractClaims({ ...makeDoc(text, PUB), quotes: [quote] });
    expect(claim.speaker).toEqual({ name: 'Dee Vale', actorId: 'x:dee-vale' });
  });

  it('"According to X" opening a sentence names the speaker', () => {
    const [claim] = extractClaims(makeDoc('According to the Harbor Institute, the epicentre lay nine kilometres east of the town.', PUB));
    expect(claim.speaker?.name).toBe('Harbor Institute');
  });
  it('ordinals and network generations are not figures', () => {
    expect(extractClaims(makeDoc('The chip is faster than 3G networks, the Harbor Institute said.', PUB))).toEqual([]);
    expect(extractClaims(makeDoc('It is a film for the 21st century, the Harbor Institute said.', PUB))).toEqual([]);
  });
  it('"according to" names an organisation with "of" and "and" in it', () => {
    const [claim] = extractClaims(makeDoc('According to the Ruritanian Institute of Volcanology and Seismology, the epicentre lay nine kilometres east of the town.', PUB));
    expect(claim.speaker?.name).toBe('Ruritanian Institute of Volcanology and Seismology');
  });
});
