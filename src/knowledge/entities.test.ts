import { describe, expect, it } from 'vitest';
import type { Document } from '../core/document.js';
import { entitiesStage, mergeMentions, withoutLowerTails, withoutMemberTitles } from './entities.js';
import { loadKnowledgeBase } from './load.js';
import { listTagger, makeDoc } from './test-doc.js';
import type { Tagger } from '../core/tagger.js';

const knowledge = loadKnowledgeBase();

function entities(text: string, tagger?: Tagger): string[] {
  const doc: Document = entitiesStage.run(makeDoc(text), { knowledge, tagger });
  return doc.entities!.map((e) => `${text.slice(e.start, e.end)}/${e.label}/${e.origin}`);
}

describe('entities.kb.v1', () => {
  it('declares its place in the pipeline', () => {
    expect(entitiesStage.name).toBe('entities.kb.v1');
    expect(entitiesStage.requires).toEqual(['segments']);
    expect(entitiesStage.assigns).toEqual(['entities']);
  });

  it('labels actors ORG, countries and places LOC, demonyms MISC', () => {
    expect(entities('Afghanistan’s Daesh group attacked Kabul, AFP said. Three Spanish tourists and 13 Afghans died.')).toEqual([
      'Afghanistan/LOC/gazetteer',
      'Daesh/ORG/kb',
      'Kabul/LOC/gazetteer',
      'AFP/ORG/kb',
      'Spanish/MISC/demonym',
      'Afghans/MISC/demonym',
    ]);
  });

  it('knows the home nations\' demonyms as British: "The Scot", "a Welshman", "English"', () => {
    expect(entities('The Scot said a Welshman and two Scottish fans were hurt.')).toEqual(['Scot/MISC/demonym', 'Welshman/MISC/demonym', 'Scottish/MISC/demonym']);
    expect(entities('An English fan was hurt.')).toEqual(['English/MISC/demonym']);
  });

  it('matches short acronyms only in exact case', () => {
    expect(entities('The US told us the UN is ready.')).toEqual(['US/LOC/gazetteer', 'UN/ORG/kb']);
  });

  it('takes the longest alias', () => {
    expect(entities('The Pakistani Taliban and the UN Security Council met at the Washington Institute for Near East Policy.')).toEqual([
      'Pakistani Taliban/ORG/kb',
      'UN Security Council/ORG/kb',
      'Washington Institute for Near East Policy/ORG/kb',
    ]);
  });

  it('extends a region by the word "province" after it', () => {
    const doc = entitiesStage.run(makeDoc('Fighting spread in Kunar province.'), { knowledge });
    const [kunar] = doc.entities!;
    expect(doc.article!.text.slice(kunar.start, kunar.end)).toBe('Kunar province');
    expect(kunar.candidates).toEqual(['admin1:AF-KNR']);
  });

  it('does not read a small city inside a person’s name as a place', () => {
    // Clemson is a town of 17,000 in South Carolina; here it is part of an organisation's name.
    expect(entities('She teaches at Clemson University in the US.')).toEqual(['US/LOC/gazetteer']);
    expect(entities('They flew to Clemson.')).toEqual(['Clemson/LOC/gazetteer']);
  });

  it('does not read a country inside a longer geographic name', () => {
    expect(entities('Migrants from South America and the Middle East crossed the Indian Ocean to America.')).toEqual([
      'America/LOC/gazetteer',
    ]);
  });

  it('keeps a one-word small city only with evidence that it is a place', () => {
    // Richardson, Texas has ~120,000 people; the word is far more often a surname.
    expect(entities('Richardson said the plan failed.')).toEqual([]);
    expect(entities('Kevin Richardson spoke. Later Richardson left.')).toEqual([]);
    expect(entities('Flooding hit Richardson, Texas.')).toEqual(['Richardson/LOC/gazetteer', 'Texas/LOC/gazetteer']);
    expect(entities('They drove to Richardson.')).toEqual(['Richardson/LOC/gazetteer']);
    // Big cities need no evidence.
    expect(entities('Mumbai was quiet.')).toEqual(['Mumbai/LOC/gazetteer']);
  });

  it('keeps tagger-only names and lets knowledge-base matches win where they disagree', () => {
    const tagger = listTagger({ 'Aaron Y . Zelin': 'PER', Taliban: 'PER', 'Clemson University': 'ORG', Kabul: 'PER' });
    expect(entities('Aaron Y. Zelin said the Taliban hold Kabul. Clemson University staff agreed.', tagger)).toEqual([
      'Aaron Y. Zelin/PER/ner',
      'Taliban/ORG/kb',
      'Kabul/LOC/gazetteer',
      'Clemson University/ORG/ner',
    ]);
  });

  it('merges: a tagger span containing only a gazetteer match replaces it', () => {
    const kbMention = { mention: { start: 0, end: 5, label: 'LOC' as const, origin: 'gazetteer' as const }, weak: false };
    expect(mergeMentions([kbMention], [{ start: 0, end: 16, label: 'ORG' }])).toEqual([
      { start: 0, end: 16, label: 'ORG', origin: 'ner' },
    ]);
    const actorMention = { mention: { start: 0, end: 7, label: 'ORG' as const, origin: 'kb' as const }, weak: false };
    expect(mergeMentions([actorMention], [{ start: 0, end: 15, label: 'ORG' }])).toEqual([actorMention.mention]);
  });
});

describe('withoutLowerTails', () => {
  it('ends a name span at its last capitalised word, keeping particles inside', () => {
    expect(withoutLowerTails(['Andrew', 'doesn’t', 'remember'], ['B-PER', 'I-PER', 'O'])).toEqual(['B-PER', 'O', 'O']);
    expect(withoutLowerTails(['Ursula', 'von', 'der', 'Leyen', 'said'], ['B-PER', 'I-PER', 'I-PER', 'I-PER', 'O'])).toEqual(
      ['B-PER', 'I-PER', 'I-PER', 'I-PER', 'O'],
    );
    expect(withoutLowerTails(['Ana', 'von', 'der'], ['B-PER', 'I-PER', 'I-PER'])).toEqual(['B-PER', 'O', 'O']);
    expect(withoutLowerTails(['Moammar', 'al-Eryani'], ['B-PER', 'I-PER'])).toEqual(['B-PER', 'I-PER']);
  });
});

describe('one name, one reading (issue #5, round 22)', () => {
  // (tags "UK Coal" only where it opens the sentence, as a real tagger may)
  const opening: Tagger = {
    name: 'test.opening.v1',
    tagSentence: (tokens) => tokens.map((t, i) => (i === 0 && t === 'UK' && tokens[1] === 'Coal' ? 'B-ORG' : i === 1 && tokens[0] === 'UK' && t === 'Coal' ? 'I-ORG' : 'O')),
  };

  it('reads a tagged organisation of several words as one wherever the same words stand, over a place inside it', () => {
    expect(entities('UK Coal plunges into loss. Shares in UK Coal have fallen.', opening)).toEqual(['UK Coal/ORG/ner', 'UK Coal/ORG/ner']);
  });

  it('leaves the place where the words are not the whole name (guard)', () => {
    expect(entities('UK Coal plunges into loss. Shares in UK Coalfields have fallen.', opening)).toEqual(['UK Coal/ORG/ner', 'UK/LOC/gazetteer']);
  });
});

describe('a listed firm is a firm wherever it stands (issue #5, round 23)', () => {
  // (reads "Krispy Kreme" as a person, as the bundled tagger does)
  const person: Tagger = {
    name: 'test.person.v1',
    tagSentence: (tokens) => tokens.map((t, i) => (t === 'Krispy' ? 'B-PER' : t === 'Kreme' && tokens[i - 1] === 'Krispy' ? 'I-PER' : 'O')),
  };

  it('reads the name after "Shares in" as an organisation there and at its other mentions', () => {
    expect(entities('Shares in Krispy Kreme sank 14%. Krispy Kreme said it would restate its results.', person))
      .toEqual(['Krispy Kreme/ORG/ner', 'Krispy Kreme/ORG/ner']);
  });

  it('leaves a person read so where no "Shares in" names the words (guard)', () => {
    expect(entities('Krispy Kreme said it would restate its results.', person)).toEqual(['Krispy Kreme/PER/ner']);
  });
});

describe('a one-word name the article writes as a firm\'s or a club\'s is one wherever it stands (issue #5, round 35)', () => {
  // (reads every capitalised word as a person, as the bundled tagger does with "Google", "Chelsea" and "Yukos")
  const people: Tagger = {
    name: 'test.people.v1',
    tagSentence: (tokens) => tokens.map((t, i) => (/^\p{Lu}\p{Ll}+$/u.test(t) && i > 0 ? 'B-PER' : 'O')),
  };

  it('reads it so after a firm\'s kind, before a club\'s office or a firm\'s executives, and in an appositive naming its kind', () => {
    expect(entities('The search giant Google said so. Then Google said more.', people)).toEqual(['Google/ORG/ner', 'Google/ORG/ner']);
    expect(entities('The Chelsea striker scored. The fans of Chelsea sang.', people)).toEqual(['Chelsea/ORG/ner', 'Chelsea/ORG/ner']);
    expect(entities('So Sony executives met.', people)).toEqual(['Sony/ORG/ner']);
    expect(entities('So Yukos, the Russian oil firm, said it.', people)).toContain('Yukos/ORG/ner');
    expect(entities('So Yahoo was the first internet firm to sell shares. Then Yahoo grew.', people)).toEqual(['Yahoo/ORG/ner', 'Yahoo/ORG/ner']);
  });

  it('leaves a person an appositive gives an office whose field is a firm\'s kind (guard)', () => {
    expect(entities('So Smith, a former bank manager, said it.', people)).toEqual(['Smith/PER/ner']);
  });

  it('leaves a person whom an aide, supporters or an appositive office describe (guard)', () => {
    expect(entities('The Blair aide spoke. The Clinton supporters cheered. So Blair, the Labour leader, said it.', people).filter((e) => e.startsWith('Blair') ||
      e.startsWith('Clinton'))).toEqual(['Blair/PER/ner', 'Clinton/PER/ner', 'Blair/PER/ner']);
  });
});

describe('withoutMemberTitles', () => {
  it('takes a member\'s title off a person\'s name and drops a place or party with the title, a description', () => {
    const text = 'Ann Vale MP met the Salford MP and a Tory MP.';
    const span = (phrase: string, label: 'PER' | 'ORG') => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, label });
    expect(withoutMemberTitles(text, [span('Ann Vale MP', 'PER'), span('Salford MP', 'ORG'), span('Tory MP', 'PER')]).map((t) => text.slice(t.start, t.end)))
      .toEqual(['Ann Vale']);
  });

  it('keeps names that hold no member\'s title (guard)', () => {
    const text = 'Ann Vale met MPs of the Harbour Party.';
    const spans = [{ start: 0, end: 8, label: 'PER' as const }, { start: 18, end: 37, label: 'ORG' as const }];
    expect(withoutMemberTitles(text, spans)).toEqual(spans);
  });
});
