// The role and affiliation a person was introduced with, carried to their quotes; sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { Document, EntityMention } from '../core/document.js';
import { segment } from '../text/segment.js';
import { buildContext } from './context.js';
import { extractQuotes } from './extract.js';
import { introductionOf } from './introduction.js';
import { loadVocabulary } from './vocabulary.js';

/** The document with the people named (every occurrence, a longer name first) and organisations marked as the entity
 *  layer would. */
function withPeople(text: string, names: string[], organisations: string[] = []): Document {
  const entities: EntityMention[] = [];
  const taken = (at: number) => entities.some((m) => m.start <= at && at < m.end);
  for (const [label, list] of [['PER', names], ['ORG', organisations]] as const) {
    for (const n of [...list].sort((x, y) => y.length - x.length)) {
      for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) if (!taken(at)) entities.push({ start: at, end: at + n.length, label, origin: 'ner' });
    }
  }
  entities.sort((x, y) => x.start - y.start);
  return { source: { kind: 'inline', location: 'test' }, article: { title: '', text, paragraphs: [] }, segments: segment(text), entities };
}

const said = (doc: Document) => extractQuotes(doc).map((q) => [q.speaker.name, q.affiliation?.name, q.role]);

describe('the role and affiliation a person was introduced with', () => {
  it('carries a title before the name to a later quote by surname or pronoun', () => {
    const text = 'Oil and Natural Gas Corporation chairman Subir Raha met investors. Mr Raha said the bid was fair. He said it would close soon.';
    expect(said(withPeople(text, ['Subir Raha', 'Raha'], ['Oil and Natural Gas Corporation']))).toEqual([
      ['Raha', 'Oil and Natural Gas Corporation', 'chairman'],
      ['Raha', 'Oil and Natural Gas Corporation', 'chairman'],
    ]);
  });

  it('carries an appositive after the name, an age before it skipped', () => {
    const text = 'Dusty Hare, 52, the former England captain, watched the game. "We lacked belief," Hare added.';
    expect(said(withPeople(text, ['Dusty Hare', 'Hare']))).toEqual([['Hare', undefined, 'former England captain']]);
  });

  it('reads nothing from a clause after the name, a participle or another sentence opener', () => {
    const clause = 'Lord Vale, agreed the Act of Settlement, which stands. Lord Vale said it would stay.';
    expect(said(withPeople(clause, ['Lord Vale']))).toEqual([['Vale', undefined, undefined]]);
    const known = 'Ann Lee, known as Queen of the Sky, wrote a blog. Ann Lee said she was fired.';
    expect(said(withPeople(known, ['Ann Lee'])).at(-1)).toEqual(['Ann Lee', undefined, undefined]);
    const opener = 'And former England captain Brian Moore agreed. Moore said the side was tired.';
    expect(said(withPeople(opener, ['Brian Moore', 'Moore']))).toEqual([['Moore', 'England', 'former captain']]);
  });

  it('keeps a word of the office\'s field and an ordinal in the title, not a time after a preposition or a verb', () => {
    const field = 'Assistant information commissioner Phil Jones spoke. Mr Jones said it was fine.';
    expect(said(withPeople(field, ['Phil Jones', 'Mr Jones']))[0][2]).toBe('assistant information commissioner');
    const first = 'Lives will be saved, First Minister Jack McConnell has insisted. Mr McConnell said the rates were bad.';
    expect(said(withPeople(first, ['Jack McConnell', 'Mr McConnell'])).at(-1)?.[2]).toBe('First Minister');
    const time = 'On Monday Lib Dem affairs spokesman Alan Beith warned of it. Mr Beith said it was bad.';
    expect(said(withPeople(time, ['Alan Beith', 'Mr Beith'])).at(-1)).toEqual(['Alan Beith', 'Lib Dem', 'affairs spokesman']);
    const sporting = 'Tottenham sporting director Frank Arnesen spoke. Arnesen said the coach had left.';
    const d = withPeople(sporting, ['Frank Arnesen', 'Arnesen'], ['Tottenham']);
    expect(said(d).at(-1)).toEqual(['Arnesen', 'Tottenham', 'sporting director']);
    const covering = 'Reporters covering singer Ann Lee waited. Ms Lee said the tour was over.';
    expect(said(withPeople(covering, ['Ann Lee', 'Ms Lee'])).at(-1)?.[2]).toBe('singer');
    const verb = 'Aid agency Cafod will meet aid chief Ann Lee in May. Ms Lee said the aid was late.';
    expect(said(withPeople(verb, ['Ann Lee', 'Ms Lee'])).at(-1)?.[2]).toBe('chief');
  });

  it('stops a title at another person named in full and at the link to them', () => {
    const text = 'Polls show Democratic Party nominee Joe Biden leading President Donald Trump. Trump said the polls were wrong.';
    expect(said(withPeople(text, ['Joe Biden', 'Donald Trump', 'Trump'], ['Democratic Party'])).at(-1)).toEqual(['Trump', undefined, 'President']);
    const and = 'The film stars Leonardo DiCaprio and Oscar nominee Alan Alda. Alda said it was fun.';
    expect(said(withPeople(and, ['Leonardo DiCaprio', 'Alan Alda', 'Alda'])).at(-1)?.[2]).toBe('Oscar nominee');
  });

  it('gives each person of a list the plural title before it in the singular (issue #5, round 12)', () => {
    const text = 'The report came from technology analysts Ann Vale and Tom Hart. Vale said the phone would sell.';
    expect(said(withPeople(text, ['Ann Vale', 'Tom Hart', 'Vale'])).at(-1)).toEqual(['Vale', undefined, 'technology analyst']);
  });

  it('stops a title at a headline\'s verb (issue #5, round 12)', () => {
    const text = 'Wikinews interviews biologist Ann Vale about frogs\n\nVale said the frogs were back.';
    expect(said(withPeople(text, ['Ann Vale', 'Vale'], ['Wikinews'])).at(-1)).toEqual(['Vale', undefined, 'biologist']);
  });

  it('takes no man, woman or clause for a role', () => {
    const text = 'Robin Vale, an over-60 woman, joined the protest. Vale said the fees were unfair.';
    expect(said(withPeople(text, ['Robin Vale', 'Vale'])).at(-1)).toEqual(['Vale', undefined, undefined]);
  });

  it('finds the mention by surname, and not another person with the same surname and another first name', () => {
    const text = 'Labour MP Ann Vale spoke first. Tom Vale said the vote was close.';
    const d = withPeople(text, ['Ann Vale', 'Tom Vale']);
    const ctx = buildContext(d, loadVocabulary());
    expect(introductionOf(ctx, 'Ann Vale', text.indexOf('Tom'))).toMatchObject({ affiliation: { name: 'Labour' }, role: 'MP' });
    expect(introductionOf(ctx, 'Tom Vale', text.indexOf('said'))).toBeUndefined();
  });
});

describe('introductions by "is a …" (issue #5, round 14)', () => {
  it('carries what a sentence says the person is: the office, and the body after "of"/"at"/"for"', () => {
    const text = 'Ann Lee is a professor of history at Harbour University. Lee said the tools were old.';
    expect(said(withPeople(text, ['Ann Lee', 'Lee']))).toEqual([['Lee', 'Harbour University', 'professor']]);
    const text2 = 'Tom Hart is a spokesman for Acme. Hart said the plant would close.';
    expect(said(withPeople(text2, ['Tom Hart', 'Hart'], ['Acme']))).toEqual([['Hart', 'Acme', 'spokesman']]);
  });

  it('reads no office from a stance ("is a strong defender of …") or a description without an office word', () => {
    const stance = 'Ann Lee was a strong defender of the Harbour Treaty. Lee said the treaty would hold.';
    expect(said(withPeople(stance, ['Ann Lee', 'Lee']))).toEqual([['Lee', undefined, undefined]]);
    const fan = 'Ann Lee is a big fan of the team. Lee said the coach would stay.';
    expect(said(withPeople(fan, ['Ann Lee', 'Lee']))).toEqual([['Lee', undefined, undefined]]);
  });

  it('reads an office "to" a body before the name ("Chief Secretary to the Treasury Paul Boateng")', () => {
    const text = 'But Chief Secretary to the Treasury Ann Lee attacked the plans. "The cuts are too deep," she said.';
    expect(said(withPeople(text, ['Ann Lee']))).toEqual([['Ann Lee', undefined, 'Chief Secretary to the Treasury']]);
  });

  it('reads the title before an honorific with its full stop and the name ("archaeologist Dr. Ann Lee")', () => {
    const text = 'A study by archaeologist Dr. Ann Lee found the bones were tools. "We found bones," Lee said.';
    expect(said(withPeople(text, ['Ann Lee', 'Lee'])).at(-1)).toEqual(['Lee', undefined, 'archaeologist']);
  });

  it('ends an appositive at an infinitive of purpose ("Ann Lee, a former maintainer of the project to discuss …")', () => {
    const text = 'Wikinews reached out to Ann Lee, a former maintainer of the harbour project to discuss the ban. "I saw the notice," Lee said.';
    expect(said(withPeople(text, ['Ann Lee', 'Lee']))).toEqual([['Lee', undefined, 'former maintainer of the harbour project']]);
    const envoy = 'Ann Lee, ambassador to Harbour Island, arrived. "We are ready," Lee said.';
    expect(said(withPeople(envoy, ['Ann Lee', 'Lee']))[0][2]).toBe('ambassador to Harbour Island');
  });
});


describe('introductions of people in a list and in dashes (issue #5, round 15)', () => {
  it('gives each person of a list what the plural description before it says ("the members of the Acme project, A and B")', () => {
    const text = 'Wikinews reached out to the members of the Harbour Project, Ann Lee and Tom Hart, to discuss the move. Lee said the plan was new. Hart said it was late.';
    expect(said(withPeople(text, ['Ann Lee', 'Tom Hart', 'Lee', 'Hart'], ['Harbour Project']))).toEqual([
      ['Lee', 'Harbour Project', 'member'], ['Hart', 'Harbour Project', 'member']]);
    const opening = 'Two sex workers, Ann Lee, and Mira Vale, who were part of a group, met us. Vale said the rent was high. Lee said so too.';
    expect(said(withPeople(opening, ['Ann Lee', 'Mira Vale', 'Vale', 'Lee']))).toEqual([['Vale', undefined, 'sex worker'], ['Lee', undefined, 'sex worker']]);
  });

  it('reads no list from one person after a plural noun, nor from the object of a verb without a body', () => {
    const one = 'Acting via his lawyers, Tom Hart, 23, pleaded not guilty. Hart said he was innocent.';
    expect(said(withPeople(one, ['Tom Hart', 'Hart']))).toEqual([['Hart', undefined, undefined]]);
    const object = 'The federation banned two teenage chess players, Ann Vale and her brother Tom Vale. Ann Vale said she was sad.';
    expect(said(withPeople(object, ['Ann Vale', 'Tom Vale'])).at(-1)?.[2]).toBeUndefined();
  });

  it('reads "is the …" after an insert in dashes, and "who is the …" in dashes', () => {
    const after = 'Tom Hart — who unlike Lee, works for Acme — is the community manager of the Harbour Project. Hart said it was fine.';
    expect(said(withPeople(after, ['Tom Hart', 'Hart'], ['Harbour Project']))).toEqual([['Hart', 'Harbour Project', 'community manager']]);
    const inside = 'Ann Lee — who is the community manager of the Harbour Project — discussed this. Lee said it was fine.';
    expect(said(withPeople(inside, ['Ann Lee', 'Lee'], ['Harbour Project']))).toEqual([['Lee', 'Harbour Project', 'community manager']]);
  });
});

describe('a body from a later introduction, and "who works at …" (issue #5, round 15)', () => {
  it('gives the body "who works at X" names, and adds it to the office a first mention gave', () => {
    const text = 'Astronomer Ann Lee discusses the star. Lee, who works at the Observatoire de Paris, led the study. "We saw a twist," Lee said.';
    expect(said(withPeople(text, ['Ann Lee', 'Lee'], ['Observatoire de Paris'])).at(-1)?.slice(1)).toEqual(['Observatoire de Paris', 'astronomer']);
  });

  it('adds no body from a later introduction that names another office', () => {
    const text = 'Its chief executive Tom Hart spoke. Hart, a former director of the Harbour Office, joined in 1999. "We are fine," Hart said.';
    expect(said(withPeople(text, ['Tom Hart', 'Hart'], ['Harbour Office'])).at(-1)).toEqual(['Hart', undefined, 'chief executive']);
  });
});

describe('a body the sentence says the person has (issue #5, round 16)', () => {
  it('reads "her organisation: Faithless Hijabi" and "his band Fightstar" after the name as the affiliation', () => {
    const text = 'Wikinews spoke to Ann Vale about her life, as well as her organisation: Faithless Hijabi. "It helps women," Vale said.';
    expect(said(withPeople(text, ['Ann Vale', 'Vale'])).at(-1)).toEqual(['Vale', 'Faithless Hijabi', undefined]);
    const band = 'Singer Tom Hart is leaving to concentrate on his band Fightstar. Hart said it was time.';
    expect(said(withPeople(band, ['Tom Hart', 'Hart'])).at(-1)?.[1]).toBe('Fightstar');
  });

  it('reads no body of another person named between ("Ann Vale met Tom Hart and his band Fightstar")', () => {
    const text = 'Ann Vale met Tom Hart and his band Fightstar. Vale said it was loud.';
    expect(said(withPeople(text, ['Ann Vale', 'Tom Hart', 'Vale'])).at(-1)?.[1]).toBeUndefined();
  });
});

describe('"One of X’s offices, NAME," (issue #5, round 16)', () => {
  it('reads the office in the singular and its owner as the body', () => {
    const text = 'One of Harbia’s Vice Presidents, Ann Vale, commented on the death. She said “He was honest.”';
    expect(said(withPeople(text, ['Ann Vale']))).toEqual([['Ann Vale', 'Harbia', 'Vice President']]);
  });
});

describe('a coordinated phrase after a name (issue #5, round 17)', () => {
  it('reads no office from ", and the Palestinian leader, NAME" after "his counterpart, Ariel Sharon"', () => {
    const text = 'Mr Lee held talks with his Harbian counterpart, Ann Vale, and the Sorrian leader, Tom Hart. Ms Vale said she was hopeful.';
    expect(said(withPeople(text, ['Ann Vale', 'Tom Hart', 'Vale'])).at(-1)?.[2]).toBeUndefined();
  });
});

describe('an office named after its holder across a paragraph break (issue #5, round 17)', () => {
  it('gives "The home secretary" opening a paragraph the one person named before it, and none named inside it (guards)', () => {
    const text = 'Vale sorry over plan\n\nTom Vale has apologised to MPs.\n\nThe home secretary said the review would start soon.';
    expect(said(withPeople(text, ['Tom Vale', 'Vale'])).at(-1)?.slice(0, 1)).toEqual(['Tom Vale']);
    const inside = 'Row over doping\n\nThe sports minister at the centre of the Ann Vale doping row says he will not apologise.';
    expect(said(withPeople(inside, ['Ann Vale']))[0][0]).toBe('The sports minister at the centre of the Ann Vale doping row');
  });
});

describe('a "he" after sentences that go on about him (issue #5, round 17)', () => {
  it('reaches back over sentences holding "he"/"his" to the one person named, not over one without', () => {
    const text = 'Tom Hale was born in Leeds in 1939. Hale — nicknamed Red for his hair — began playing drums in his teens. In a story he told, he had a habit of tapping on desks. Later his classmates urged him to play. "I could play," he recalled.';
    expect(said(withPeople(text, ['Tom Hale', 'Hale'])).at(-1)?.[0]).toMatch(/Hale$/);
    const other = 'The teenager went out in round one. But the wildcard was beaten by Tom Hale in straight sets. Despite that he was happy with his debut. "It was fun. I had my chances," he said.';
    expect(said(withPeople(other, ['Tom Hale'])).at(-1)?.[0]).toBe('he');
  });
});

describe('an office the next sentence gives the person (issue #5, round 17)', () => {
  it('reads "The former Sun editor" opening the sentence after the only person named as that person\'s office', () => {
    const text = 'But the real star of the show is Tom Hale. The former Sun editor dispensed a stream of insults. "We will win," Hale said.';
    expect(said(withPeople(text, ['Tom Hale', 'Hale'])).at(-1)).toEqual(['Hale', 'Sun', 'former editor']);
  });

  it('reads none when another person was named just before, or for a plain person noun (guards)', () => {
    const other = 'The film is about Ian Vale. Producer Tom Hale will make it. The musician died in 1980. "It is sad," Hale said.';
    expect(said(withPeople(other, ['Ian Vale', 'Tom Hale', 'Hale'])).at(-1)?.slice(1)).toEqual([undefined, 'producer']);
    const plain = 'Police spoke to Tom Hale. The man was released later. "It was fine," Hale said.';
    expect(said(withPeople(plain, ['Tom Hale', 'Hale'])).at(-1)?.slice(1)).toEqual([undefined, undefined]);
  });
});

describe('a relative clause in commas saying what the person is (issue #5, round 17)', () => {
  it('reads ", who is Lord Chief Justice of …," and ", who was a candidate in …," as the office', () => {
    const text = 'Lord Hale, who is Lord Chief Justice of England and Wales, was giving evidence. Lord Hale said the plan was bad.';
    expect(said(withPeople(text, ['Lord Hale']))[0][2]).toBe('Lord Chief Justice');
    const candidate = 'Tom Vale, who was a candidate in the primaries, ended his campaign. Vale said he was proud.';
    expect(said(withPeople(candidate, ['Tom Vale', 'Vale']))[0][2]).toBe('candidate');
  });
});

describe('a person named as one of a group from a body (issue #5, round 17)', () => {
  it('reads "neuroscientists from the Harbour Institute …. … Dr Tom Hale and Dr Ann Vale, two of the authors" as that body', () => {
    const text = 'Neuroscientists from the Harbour Institute examined rats. Wikinews caught up with Dr Tom Hale and Dr Ann Vale, two of the authors who contributed to the paper. "Rats care," Hale said.';
    expect(said(withPeople(text, ['Tom Hale', 'Ann Vale', 'Hale'], ['Harbour Institute'])).at(-1)).toEqual(['Hale', 'Harbour Institute', 'neuroscientist']);
  });
});

describe('a title holding a capitalised cue form (issue #5, round 20)', () => {
  it('reads "US Secretary of State Mike Vale sent a letter" as his introduction, "State" no cue', () => {
    const text = 'US Secretary of State Mike Vale sent a letter. Vale said the repression was bad.';
    expect(said(withPeople(text, ['Mike Vale', 'Vale'])).at(-1)?.[2]).toBe('US Secretary of State');
  });
});

describe('an office the article opens with before the person is named (issue #5, round 21)', () => {
  it('reads "The guitarist with US rock band Acme has quit …. Brian Vale told …" as guitarist of Acme', () => {
    const text = 'Acme guitarist quits\n\nThe guitarist with US rock band Acme has quit the music business.\n\nBrian Vale told a radio station he was happy. "I love my fans," added Vale.';
    expect(said(withPeople(text, ['Brian Vale', 'Vale'], ['Acme']))).toEqual([
      ['Brian Vale', 'Acme', 'guitarist'],
      ['Brian Vale', 'Acme', 'guitarist'],
    ]);
  });

  it('reads a capitalised title, "The Lord Chancellor has defended …. Lord Hale insists …"', () => {
    const text = 'Terror powers\n\nThe Lord Chancellor has defended plans for control orders.\n\nLord Hale insists that the plans are fair.';
    expect(said(withPeople(text, ['Lord Hale'])).at(-1)).toEqual(['Hale', undefined, 'Lord Chancellor']);
  });

  it('reads none for a plural office, later in the article, or after a person named before (guards)', () => {
    const plural = 'Harbour manifesto\n\nThe Liberal Democrats are wooing voters.\n\nCharles Vale says he wants to help.';
    expect(said(withPeople(plural, ['Charles Vale']))[0].slice(1)).toEqual([undefined, undefined]);
    const later = 'Guitar hero dies\n\nEddie Hale died on Tuesday. He was 65. The guitarist formed a band in 1972.\n\nMike Vale said he was shocked.';
    expect(said(withPeople(later, ['Eddie Hale', 'Mike Vale'])).at(-1)?.slice(1)).toEqual([undefined, undefined]);
    const named = 'Band news\n\nThe guitarist has quit, Tom Hale says.\n\nBrian Vale said he was happy.';
    expect(said(withPeople(named, ['Tom Hale', 'Brian Vale'])).at(-1)?.slice(1)).toEqual([undefined, undefined]);
  });
});

describe('one plural title before two names (issue #5, round 21)', () => {
  it('reads "NASA astronauts Bob Vale and Doug Hart" as an astronaut of NASA for the second name too', () => {
    const text = 'NASA astronauts Bob Vale and Doug Hart flew to the station. "It was great," Hart said.';
    expect(said(withPeople(text, ['Bob Vale', 'Doug Hart', 'Hart'], ['NASA']))).toEqual([['Hart', 'NASA', 'astronaut']]);
  });
});

describe('a phrase an office word opens but does not end (issue #5, round 22)', () => {
  it('reads no office in "working towards a May general election, Mr Howard is eager …"', () => {
    const text = 'With everyone working towards a May general election, Mr Howard is eager to map out policies. Mr Howard said there would be tax cuts.';
    expect(said(withPeople(text, ['Mr Howard']))).toEqual([['Howard', undefined, undefined]]);
  });

  it('keeps "Texas attorney general, Greg Vale" (guard)', () => {
    const text = 'The suit was filed by Texas attorney general, Greg Vale, on Monday. Mr Vale said the messages broke laws.';
    expect(said(withPeople(text, ['Greg Vale', 'Mr Vale']))[0][2]).toBe('attorney general');
  });
});

describe('more occupations (issue #5, round 22)', () => {
  it('carries "Wrestling sportswriter Dave Vale" to "He said"', () => {
    const text = 'Wrestling sportswriter Dave Vale wrote a post. He said "Hana just passed away."';
    expect(said(withPeople(text, ['Dave Vale'])).at(-1)).toEqual(['Dave Vale', undefined, 'Wrestling sportswriter']);
  });
});

describe('a capitalised title after "the" in a relative clause (issue #5, round 22)', () => {
  it('reads "Ann Vale — who has been the Divisional Railway Manager (DRM) for Mysore Division for two years —"', () => {
    const text = 'Ann Vale — who has been the Divisional Railway Manager (DRM) for Mysore Division for two years — spoke to us. "It was rare," Vale said.';
    expect(said(withPeople(text, ['Ann Vale', 'Vale'], ['Divisional Railway Manager', 'Mysore Division']))).toEqual([
      ['Vale', 'Mysore Division', 'Divisional Railway Manager'],
    ]);
  });
});
