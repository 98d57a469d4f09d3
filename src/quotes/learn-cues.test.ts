// The cue learner on a small brat corpus written for this test (no PolNeAR text), and the learned-cue loader.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../text/segment.js';
import { extractQuotes } from './extract.js';
import { learnCues } from './learn-cues.js';
import { addLearnedCues, buildVocabulary, VOCABULARY_FILE } from './vocabulary.js';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'learn-cues-'));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  const text = 'Lee frets the bridge is late. Kim frets the levy is high. She frets about ferries. Ann walks home. Bo walks home. Cy walks home. ' +
    'Lee further warned of delays. Kim further warned of tolls. Bo further warned of fares.';
  writeFileSync(join(dir, 'text', 'a.txt'), text);
  const ann: string[] = [];
  let n = 1;
  for (const word of ['frets', 'further warned']) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) ann.push(`T${n++}\tCue ${at} ${at + word.length}\t${word}`);
  }
  writeFileSync(join(dir, 'attributions', 'a_0001.ann'), `${ann.join('\n')}\n`);
  return dir;
}

describe('learnCues', () => {
  it('keeps a verb that is an annotated cue after its subject and drops one that never is', () => {
    const cues = learnCues(corpus());
    expect(cues).toContainEqual({ word: 'frets', cue: 3, seen: 3 });
    expect(cues.map((c) => c.word)).not.toContain('walks');
    expect(cues.map((c) => c.word)).not.toContain('further'); // an adverb inside the cue span, not a verb
  });

  it('leaves out verbs that name events more often than attributions in general news, however the corpus marks them', () => {
    const dir = corpus();
    const text = 'Lee shared the award. Kim shared the prize. Bo shared the view.';
    writeFileSync(join(dir, 'text', 'b.txt'), text);
    const ann = [...text.matchAll(/shared/g)].map((m, n) => `T${n + 1}\tCue ${m.index} ${m.index! + 6}\tshared`);
    writeFileSync(join(dir, 'attributions', 'b_0001.ann'), `${ann.join('\n')}\n`);
    expect(learnCues(dir).map((c) => c.word)).toEqual(['frets']);
  });

  it('adds learned verbs to the object cues and rejects a malformed file with E060', () => {
    const vocab = buildVocabulary(JSON.parse(readFileSync(VOCABULARY_FILE, 'utf8')));
    expect(vocab.objectCues.has('frets')).toBe(false);
    addLearnedCues(vocab, { cues: [{ word: 'Frets', cue: 3, seen: 3 }] });
    expect(vocab.objectCues.has('frets')).toBe(true);
    expect(() => addLearnedCues(vocab, { cues: [{ word: '' }] })).toThrow(/learned quote cues/);
  });

  it('reads a learned cue only after a speaker-like subject (a name, pronoun, role or organisation word)', () => {
    const vocab = addLearnedCues(buildVocabulary(JSON.parse(readFileSync(VOCABULARY_FILE, 'utf8'))), { cues: [{ word: 'opened', cue: 3, seen: 4 }] });
    expect(vocab.learnedCues.has('opened')).toBe(true);
    const cues = (text: string) => extractQuotes({ source: { kind: 'inline', location: 'test' }, article: { title: '', text, paragraphs: [] }, segments: segment(text) }, vocab)
      .map((q) => [text.slice(q.speaker.start ?? 0, q.speaker.end ?? 0), q.cue]);
    expect(cues('The harbour doors have opened wider this year.')).toEqual([]);
    expect(cues('Lee has opened the door to a new vote.')).toEqual([['Lee', 'opened']]);
    expect(cues('The council has opened the door to a new vote.')).toEqual([['The council', 'opened']]);
  });
});
