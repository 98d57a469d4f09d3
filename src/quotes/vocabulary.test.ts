import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSitrepError } from '../core/errors.js';
import { addFirstNames, buildVocabulary, loadVocabulary, VOCABULARY_FILE } from './vocabulary.js';

const handLists = () => buildVocabulary(JSON.parse(readFileSync(VOCABULARY_FILE, 'utf8')));

describe('first names', () => {
  it('adds names with their gender without overriding the hand lists', () => {
    const vocab = handLists();
    const male = [...vocab.firstNames].find(([, g]) => g === 'male')![0];
    const ambiguous = [...vocab.ambiguousNames][0];
    addFirstNames(vocab, { male: ['Zebulon'], female: [male, ambiguous, 'Petrina'] });
    expect(vocab.firstNames.get('zebulon')).toBe('male');
    expect(vocab.firstNames.get('petrina')).toBe('female');
    expect(vocab.firstNames.get(male)).toBe('male');
    expect(vocab.firstNames.has(ambiguous)).toBe(false);
  });

  it('refuses a malformed list with a SitrepError', () => {
    let caught: unknown;
    try {
      addFirstNames(handLists(), { male: 'liam' });
    } catch (error) {
      caught = error;
    }
    expect(isSitrepError(caught) && caught.code).toBe('E060');
  });

  it('bundles the built list: names the hand lists lack get their gender', () => {
    const vocab = loadVocabulary();
    expect(handLists().firstNames.has('liam')).toBe(false);
    expect(vocab.firstNames.get('liam')).toBe('male');
    expect(vocab.firstNames.get('petrina')).toBe('female');
    // (words news uses mostly otherwise are left out: "Will", "Art")
    expect(vocab.firstNames.has('will')).toBe(false);
    expect(vocab.firstNames.has('art')).toBe(false);
  });
});
