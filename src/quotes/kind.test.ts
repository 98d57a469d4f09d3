import { describe, expect, it } from 'vitest';
import { quoteKind } from './kind.js';

describe('quoteKind', () => {
  it('reads verbs of saying, reporting and showing as speech', () => {
    for (const cue of ['said', 'told', 'did not say', 'according to', 'warned', 'announced', 'showed', 'found', '))', ':', 'added']) {
      expect(quoteKind(cue)).toBe('speech');
    }
  });

  it('reads belief, wish, plan and position as stance, in any form', () => {
    for (const cue of ['thinks', 'believed', 'hopes', 'wanted', 'planned', 'planning', 'seeks', 'sought', 'backed', 'supporting',
      'voted', 'agreed', "don't think", 'did not want', 'felt', 'worries', 'favours']) {
      expect(quoteKind(cue)).toBe('stance');
    }
  });
});
