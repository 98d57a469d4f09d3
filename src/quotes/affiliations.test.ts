import { describe, expect, it } from 'vitest';
import type { Document, Quote } from '../core/document.js';
import { affiliationsFromQuotes } from './affiliations.js';

const quote = (speaker: string | undefined, organization: string | undefined, role?: string): Quote => ({
  start: 0, end: 1, text: 'x', direct: true, cue: 'said', cueStart: 0, cueEnd: 1,
  speaker: { name: speaker ?? 'someone', ...(speaker ? { actorId: speaker } : {}) },
  ...(organization ? { affiliation: { name: organization, actorId: organization } } : {}),
  ...(role ? { role } : {}),
});

describe('affiliationsFromQuotes', () => {
  it('links each speaker to the organisation the quote names, once, keeping the role when one quote gives it', () => {
    const doc: Document = {
      source: { kind: 'inline', location: 't' },
      quotes: [quote('x:ann-lee', 'un'), quote('x:ann-lee', 'un', 'spokeswoman'), quote('x:bo', undefined), quote(undefined, 'un')],
    };
    expect(affiliationsFromQuotes(doc)).toEqual([{ personId: 'x:ann-lee', organizationId: 'un', role: 'spokeswoman' }]);
  });

  it('ignores a speaker said to be affiliated with itself', () => {
    const doc: Document = { source: { kind: 'inline', location: 't' }, quotes: [quote('un', 'un')] };
    expect(affiliationsFromQuotes(doc)).toEqual([]);
  });
});
