// Sentences written for these tests, modelled on news-wire attribution patterns.
import { describe, expect, it } from 'vitest';
import type { Document, Quote } from '../core/document.js';
import { segment } from '../text/segment.js';
import { extractQuotes } from './extract.js';
import { findQuoteRegions } from './marks.js';
import { quotesStage } from './stage.js';

function doc(text: string, published?: string): Document {
  return {
    source: { kind: 'inline', location: 'test' },
    article: { title: '', text, paragraphs: [], published },
    segments: segment(text),
  };
}

/** The document with person mentions as the entity layer would mark them, each linked to an actor when `actors`
 *  names one (mention name → actor name). */
function withPeople(text: string, names: string[], actors: Record<string, string> = {}): Document {
  const entities = names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, label: 'PER' as const, origin: 'ner' as const }));
  const linked = names.map((n, mention) => ({ n, mention })).filter(({ n }) => actors[n]);
  const resolution = {
    actors: linked.map(({ n }, k) => ({ id: `a${k}`, name: actors[n], kind: 'person' as const, aliases: [] })),
    links: linked.map(({ mention }, k) => ({ mention, actorId: `a${k}` })),
  };
  return { ...doc(text), entities, ...(linked.length ? { resolution } : {}) } as unknown as Document;
}

/** The document with organisation mentions (or others of `label`) as the entity layer would mark them (the first
 *  occurrence of each name). */
function withOrganisations(text: string, names: string[], label: 'ORG' | 'PER' | 'LOC' = 'ORG', origin: 'ner' | 'gazetteer' = 'ner'): Document {
  return {
    ...withPeople(text, []),
    entities: names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, label, origin })),
  } as unknown as Document;
}

function quotes(text: string, published?: string): Quote[] {
  const out = extractQuotes(doc(text, published));
  for (const q of out) {
    expect(q.text).toBe(text.slice(q.start, q.end));
    expect(text.slice(q.cueStart, q.cueEnd)).toBe(q.cue);
    for (const p of q.parts ?? []) expect(p.start >= q.start && p.end <= q.end).toBe(true);
  }
  return out;
}

const speakerText = (text: string, q: Quote) => text.slice(q.speaker.start!, q.speaker.end!);

describe('extractQuotes', () => {
  it('finds a direct quote with curly marks, excluding the marks, and the conduit after "told"', () => {
    const text = '“The border crossings will stay closed until further notice,” Maria Lopez of the Regional Transport Authority told Reuters.';
    const [q] = quotes(text);
    expect(q.text).toBe('The border crossings will stay closed until further notice');
    expect(q.direct).toBe(true);
    expect(q.speaker.name).toBe('Maria Lopez');
    expect(speakerText(text, q)).toBe('Maria Lopez of the Regional Transport Authority');
    expect(q.affiliation?.name).toBe('Regional Transport Authority');
    expect(q.conduit).toBe('Reuters');
    expect(q.cue).toBe('told');
  });

  it('joins a split quote into one quote with parts', () => {
    const text = '"We have not seen the report yet," he said, "but we will read it carefully." Earlier text.';
    const all = quotes('Peter Hall spoke at length. ' + text);
    const q = all.find((x) => x.parts)!;
    expect(q.parts).toHaveLength(2);
    const full = 'Peter Hall spoke at length. ' + text;
    expect(full.slice(q.parts![0].start, q.parts![0].end)).toBe('We have not seen the report yet');
    expect(full.slice(q.parts![1].start, q.parts![1].end)).toBe('but we will read it carefully.');
    expect(q.direct).toBe(true);
  });

  it('keeps a partial quote inside reported speech as indirect content', () => {
    const text = 'Helen Park, of the Institute for Maritime Studies, said Norway is the “natural partner” for the talks.';
    const [q] = quotes(text);
    expect(q.direct).toBe(false);
    expect(q.text).toBe('Norway is the “natural partner” for the talks');
    expect(q.speaker.name).toBe('Helen Park');
    expect(q.affiliation?.name).toBe('Institute for Maritime Studies');
  });

  it('reads reported speech: "X said that …", "…, officials said", "According to X, …"', () => {
    const text =
      'Interior Minister Omar Haddad said that the curfew would be lifted on Monday. ' +
      'Three bridges were damaged in the storm, officials said. ' +
      'According to the Red Crescent, more than 200 families have been moved.';
    const qs = quotes(text);
    expect(qs.map((q) => q.text)).toEqual([
      'the curfew would be lifted on Monday',
      'Three bridges were damaged in the storm',
      'more than 200 families have been moved',
    ]);
    expect(qs[0].speaker.name).toBe('Omar Haddad');
    expect(qs[0].role).toBe('Interior Minister');
    expect(qs[1].speaker.name).toBe('officials');
    expect(qs[2].cue).toBe('According to');
    expect(speakerText(text, qs[2])).toBe('the Red Crescent');
  });

  it('resolves "she" to the nearest female speaker, never to a man named in between', () => {
    const text =
      '“Prices will keep rising,” said economist Sarah Klein of the Lakeside Bank. ' +
      '“We expect two more increases,” she told AFP.';
    const qs = quotes(text);
    expect(qs[1].speaker.name).toBe('Sarah Klein');
    expect(speakerText(text, qs[1])).toBe('she');
    expect(qs[1].conduit).toBe('AFP');
    expect(qs[1].affiliation?.name).toBe('Lakeside Bank');
  });

  it('leaves "he" unresolved when the only earlier speaker is a woman', () => {
    const text = '“The vote is secure,” said Sarah Klein. “Nothing was lost,” he said.';
    const qs = quotes(text);
    expect(qs[1].speaker.name).toBe('he');
  });

  it('gives "he" to a person who opened the sentence since the last speaker, and to nobody when the gender is unknown', () => {
    const text = 'Ann Lee said the ferry was safe. Tom Hart gave a speech in which he called Lee "reckless."';
    const [, second] = extractQuotes(withPeople(text, ['Ann Lee', 'Tom Hart']));
    expect(second.speaker.name).toBe('Tom Hart');
    const unknown = 'Tom Hart said the ferry was safe. Lior Ortiz gave a speech in which he called Hart "reckless."';
    expect(extractQuotes(withPeople(unknown, ['Tom Hart', 'Lior Ortiz']))[1].speaker.name).toBe('he');
  });

  it('looks past a leading conjunction for that person, but not inside the quote itself', () => {
    const text = 'Tom Hart said the ferry was safe. But Omar Reyes is determined to close it. He said: "The ferry is a danger."';
    expect(extractQuotes(withPeople(text, ['Tom Hart', 'Omar Reyes'])).map((q) => q.speaker.name)).toEqual(['Tom Hart', 'Omar Reyes']);
    const inside = 'Tom Hart said the ferry was safe. Omar Reyes would lead the campaign, he said.';
    expect(extractQuotes(withPeople(inside, ['Tom Hart', 'Omar Reyes'])).map((q) => q.speaker.name)).toEqual(['Tom Hart', 'Tom Hart']);
  });

  it('gives "the mayor" or "the 28-year-old" the one person the article titled so (issue #5, round 7)', () => {
    const text = 'Harbour Mayor Tom Hart opened the bridge. The mayor said the tolls would fall. He added that work was done.';
    expect(extractQuotes(withPeople(text, ['Tom Hart'])).map((q) => q.speaker.name)).toEqual(['Tom Hart', 'Tom Hart']);
    const age = 'Ann Lee, 28, won the final. "It is a dream," the 28-year-old said. "We go on," the 25-year-old said.';
    expect(extractQuotes(withPeople(age, ['Ann Lee'])).map((q) => q.speaker.name)).toEqual(['Ann Lee', 'the 25-year-old']);
    const appositive = 'Tom Hart, the mayor, opened the bridge. The mayor said the tolls would fall.';
    expect(extractQuotes(withPeople(appositive, ['Tom Hart']))[0].speaker.name).toBe('Tom Hart');
  });

  it('leaves such a description unnamed for another office, for two people so titled, or a plural', () => {
    const deputy = 'Deputy Mayor Tom Hart opened the bridge. The mayor said the tolls would fall.';
    expect(extractQuotes(withPeople(deputy, ['Tom Hart']))[0].speaker.name).toBe('The mayor');
    const two = 'Mayor Tom Hart met Mayor Ann Lee. The mayor said the tolls would fall.';
    expect(extractQuotes(withPeople(two, ['Tom Hart', 'Ann Lee']))[0].speaker.name).toBe('The mayor');
    const students = 'Stanford students Tom Hart and Ann Lee built it. The students said it was a hobby.';
    expect(extractQuotes(withPeople(students, ['Tom Hart', 'Ann Lee']))[0].speaker.name).toBe('The students');
    // (an appositive closes: a tagger's "Firstly" before "the mayor insisted" is no mayor)
    const opener = 'Firstly, the mayor insisted that the bridge was safe.';
    expect(extractQuotes(withPeople(opener, ['Firstly']))[0].speaker.name).toBe('the mayor');
  });

  it('gives "the prime minister" the person named after that description, and keeps "former" in a role (issue #5, round 10)', () => {
    const text = 'The prime minister, Tom Hart, opened the bridge. Later the prime minister said the tolls would fall.';
    expect(extractQuotes(withPeople(text, ['Tom Hart']))[0].speaker.name).toBe('Tom Hart');
    // (a comma that ends a clause before the name is no apposition)
    const clause = 'Asked if he trusted the prime minister, Tom Hart replied that he did. The prime minister said the tolls would fall.';
    expect(extractQuotes(withPeople(clause, ['Tom Hart'])).map((q) => q.speaker.name)).toEqual(['Tom Hart', 'The prime minister']);
    // (a former mayor is not "the mayor" a later sentence speaks of)
    const former = 'Ann Lee, the former mayor, said the bridge was late. The mayor said the tolls would fall.';
    const [lee, mayor] = extractQuotes(withPeople(former, ['Ann Lee']));
    expect(lee.role).toBe('former mayor');
    expect(mayor.speaker.name).toBe('The mayor');
    const titled = 'Former Prime Minister Tom Hart said the bridge was late. The prime minister said the tolls would fall.';
    const [hart, pm] = extractQuotes(withPeople(titled, ['Tom Hart']));
    expect(hart.role).toBe('Former Prime Minister');
    expect(pm.speaker.name).toBe('The prime minister');
    expect(extractQuotes(withPeople('Former welfare minister Tom Hart said it was late.', ['Tom Hart']))[0].role).toBe('former welfare minister');
  });

  it('gives an age nobody was given the one person named just before, by the fuller name (issue #5, round 10)', () => {
    const text = 'Hart joins Leeds\n\nLeeds have signed midfielder Tom Hart. "It was easy," the 34-year-old said.';
    expect(extractQuotes(withPeople(text, ['Hart', 'Tom Hart']))[0].speaker.name).toBe('Tom Hart');
    // (not two people, not a person the article gave another age, not a person inside the quote itself)
    const two = 'Tom Hart beat Sam Vale. "It was hard," the 34-year-old said.';
    expect(extractQuotes(withPeople(two, ['Tom Hart', 'Sam Vale']))[0].speaker.name).toBe('the 34-year-old');
    const other = 'Tom Hart, 28, won the final. "It was hard," the 34-year-old said.';
    expect(extractQuotes(withPeople(other, ['Tom Hart']))[0].speaker.name).toBe('the 34-year-old');
    const inside = 'Rain fell. "I admire Tom Hart," the 34-year-old said.';
    expect(extractQuotes(withPeople(inside, ['Tom Hart']))[0].speaker.name).toBe('the 34-year-old');
  });

  it('reads two organisations, or a name with others, as a group that "they" stands for (issue #5, round 12)', () => {
    const [urged, say] = quotes('Both the IMF and World Bank have urged Egypt to cut red tape, which they say holds back growth.');
    expect([urged.speaker.name, say.speaker.name]).toEqual(['Both the IMF and World Bank', 'Both the IMF and World Bank']);
    const others = 'Biden and others in the Democratic Party warned the delay could be a threat.';
    expect(extractQuotes(withPeople(others, ['Biden'], { Biden: 'Joe Biden' }))[0].speaker.name).toBe('Biden and others in the Democratic Party');
    // (not one organisation whose name holds "and", nor a document by someone and others)
    expect(quotes('The Food and Drug Administration said the drug was safe.')[0].speaker.name).not.toBe('The Food and Drug Administration');
    const study = 'A study conducted by archaeologist Dr. Ann Vale and other researchers found the bones were old.';
    expect(extractQuotes(withPeople(study, ['Ann Vale']))[0].speaker.name).toBe('Ann Vale');
  });

  it('gives a former occupation nobody was given the one person named just before (issue #5, round 12)', () => {
    const text = 'Nick Vale quit after reports that he attended a meeting. The former teacher confirmed he had attended it.';
    expect(extractQuotes(withPeople(text, ['Nick Vale']))[0].speaker.name).toBe('Nick Vale');
    const two = 'Nick Vale beat Ann Hart in the vote. The former teacher said the count was fair.';
    expect(extractQuotes(withPeople(two, ['Nick Vale', 'Ann Hart']))[0].speaker.name).toBe('The former teacher');
  });

  it('reads a gendered noun in a name\'s appositive or title as its gender, and names "he" by a full name of unknown gender (issue #5, round 10)', () => {
    const daughter = 'Ife Oduya, the daughter of the late mayor, spoke at the service. "He was kind," she said.';
    expect(extractQuotes(withPeople(daughter, ['Ife Oduya']))[0].speaker.name).toBe('Ife Oduya');
    const father = 'Ife Oduya, father of the missing boy, thanked the police. He added: "We are grateful."';
    expect(extractQuotes(withPeople(father, ['Ife Oduya']))[0].speaker.name).toBe('Ife Oduya');
    // (the appositive's gender decides: "she" is not a father)
    const clash = 'Ife Oduya, father of the missing boy, thanked the police. "We are grateful," she said.';
    expect(extractQuotes(withPeople(clash, ['Ife Oduya']))[0].speaker.name).toBe('she');
    // (a plain "man" before a name is no title: "what a great man Oduya was")
    const plain = 'Lee said what a great man Ife Oduya was. In the next breath he declared: "I am angry."';
    expect(extractQuotes(withPeople(plain, ['Lee', 'Ife Oduya'])).find((q) => q.cue === 'declared')?.speaker.name).not.toBe('Ife Oduya');
    // the one person named just before, by a full name whose first name tells no gender, is "he"
    const unknown = 'Winger Arjen Robben has broken a bone in the foot. "It is serious," he told a newspaper.';
    expect(extractQuotes(withPeople(unknown, ['Arjen Robben']))[0].speaker.name).toBe('Arjen Robben');
    // (nor a surname with a generation word: "Rainey Senior" is the father of the Rainey the article is about)
    const generation = 'Rain fell. It was Rainey Senior who modified the car. "It has to be right," she said.';
    expect(extractQuotes(withPeople(generation, ['Rainey Senior'])).at(-1)?.speaker.name).toBe('she');
    // (but not a one-word name: the tagger takes too many things for people)
    const oneWord = 'Robben has broken a bone. "It is serious," he told a newspaper.';
    expect(extractQuotes(withPeople(oneWord, ['Robben']))[0].speaker.name).toBe('he');
  });

  it('reads a surname\'s gender from another mention, and a relative owned by the subject as another person (issue #5, round 10)', () => {
    // ("Ms Everett" elsewhere makes "Flic Everett" a woman, so the "he" after her sentence is not her)
    const text = 'Flic Everett, a writer, said dating had changed. Online dating is popular, according to Ms Everett. Flic Everett runs a blog. "Be careful," he cautioned.';
    expect(extractQuotes(withPeople(text, ['Flic Everett', 'Ms Everett', 'Flic Everett'])).at(-1)?.speaker.name).toBe('he');
    const she = 'Ms Everett lives in Leeds. Flic Everett went to Paris. "Be careful," she cautioned.';
    expect(extractQuotes(withPeople(she, ['Ms Everett', 'Flic Everett'])).at(-1)?.speaker.name).toBe('Flic Everett');
    // ("Edwards' sister Rachel" opens the sentence: "she" is the sister, not Edwards)
    const sister = 'Rik Edwards vanished in 1995. Rik Edwards\' sister Rachel makes an appeal. "Please come home," she said.';
    expect(extractQuotes(withPeople(sister, ['Rik Edwards', 'Rik Edwards'])).at(-1)?.speaker.name).toBe('she');
  });

  it('keeps the fuller name of the phrase over a one-word actor, and reads an occupation opening the sentence as a title (issue #5, round 10)', () => {
    const text = 'Thousands marched, and Nicola Sturgeon said it was a moment of opportunity.';
    const sturgeon = withPeople(text, ['Sturgeon'], { Sturgeon: 'Sturgeon' });
    expect(extractQuotes(sturgeon)[0].speaker).toMatchObject({ name: 'Nicola Sturgeon', actorId: 'a0' });
    const opening = 'Thousands marched. Mary Sturgeon said it was a moment of opportunity.';
    expect(extractQuotes(withPeople(opening, ['Sturgeon'], { Sturgeon: 'Sturgeon' }))[0].speaker.name).toBe('Mary Sturgeon');
    // (not words that open the sentence before the name: "Rival Sony said")
    const rival = 'Rival Sony said it would cut prices.';
    expect(extractQuotes(withPeople(rival, ['Sony'], { Sony: 'Sony' }))[0].speaker.name).toBe('Sony');
    const immunologist = 'Immunologist Kristian Andersen of Scripps Research said the virus spreads fast.';
    const [q] = extractQuotes(withPeople(immunologist, ['Immunologist Kristian Andersen'], { 'Immunologist Kristian Andersen': 'Immunologist Kristian Andersen' }));
    expect(q).toMatchObject({ speaker: { name: 'Kristian Andersen' }, role: 'immunologist', affiliation: { name: 'Scripps Research' } });
    // (an adverb opening the sentence is no occupation)
    expect(extractQuotes(withPeople('Earlier Tom Hart Vale said the plan failed.', []))[0].role).toBeUndefined();
  });

  it('gives "it" the one organisation opening the sentence before when no firm spoke, not past another one (issue #5, round 10)', () => {
    const text = 'Acme Group has cut its prices in Japan. It also said it expected to ship three million units.';
    expect(extractQuotes(withOrganisations(text, ['Acme Group']))[0].speaker.name).toBe('Acme Group');
    const past = 'Acme Group has a hybrid on the market. Even Bolt Mills may join the race, although it insists it is still waiting.';
    expect(extractQuotes(withOrganisations(past, ['Acme Group', 'Bolt Mills'])).find((q) => q.cue === 'insists')?.speaker.name).toBe('it');
  });

  it('reads a name after a prepositional opener without its comma as the subject "he" may be (issue #5, round 10)', () => {
    const text = 'Tom Hart told jurors he had warned Sam Vale. However during the case on Tuesday Mr Vale denied the claims. "I was never advised of it," he told the court.';
    expect(extractQuotes(withPeople(text, ['Tom Hart', 'Sam Vale', 'Mr Vale'])).at(-1)?.speaker.name).toBe('Vale');
  });

  it('reads no affiliation from a word capitalised only by the sentence start that names nothing (issue #5, round 10)', () => {
    const [dance] = extractQuotes(withPeople('Dance teacher Eve Trew said the classes were full.', ['Eve Trew']));
    expect(dance).toMatchObject({ speaker: { name: 'Eve Trew' }, role: 'Dance teacher' });
    expect(dance.affiliation).toBeUndefined();
    // (a capital inside the word, or an entity there, still names something)
    expect(extractQuotes(withPeople('EBay president Meg Whitman said sales rose.', ['Meg Whitman']))[0].affiliation?.name).toBe('EBay');
  });

  it('gives "the report" the organisation its last earlier mention names as owner, as its affiliation (issue #5, round 10)', () => {
    const text = 'Poverty rose in Gaza, a World Bank report found. Unemployment is high. The report said aid was falling.';
    const q = extractQuotes(withOrganisations(text, ['World Bank'])).find((x) => x.cue === 'said')!;
    expect(q.speaker.name).toBe('The report');
    expect(q.affiliation?.name).toBe('World Bank');
    // (not a programme's capitalised name: "the Acme Business Report" owns no report; nor an owner the last mention lacks)
    const programme = 'Lee told the Acme Business Report it was late. Sales fell. The report said aid was falling.';
    expect(extractQuotes(withOrganisations(programme, ['Acme'])).find((x) => x.cue === 'said')?.affiliation).toBeUndefined();
    // (nor an organisation that only did something to it: "Acme published a study")
    const subject = 'Rain fell. Scientists from Acme published a study in a journal. The study said sharks were gone.';
    expect(extractQuotes(withOrganisations(subject, ['Acme'])).find((x) => x.cue === 'said')?.affiliation).toBeUndefined();
  });

  it('gives "the company" the firm that spoke last, unless another organisation was named since (issue #5, round 7)', () => {
    const text = 'Acme Group said sales fell. The company said prices would rise.';
    expect(extractQuotes(withOrganisations(text, ['Acme Group'])).map((q) => q.speaker.name)).toEqual(['Acme Group', 'Acme Group']);
    const other = 'Acme Group said sales fell. Rival Bolt Mills cut prices. The company said prices would rise.';
    expect(extractQuotes(withOrganisations(other, ['Acme Group', 'Bolt Mills'])).map((q) => q.speaker.name)).toEqual(['Acme Group', 'The company']);
  });

  it('gives "the company" a one-word speaker of no known gender, as "it" takes it, unless named more fully since (issue #5, round 12)', () => {
    const text = 'Acmeglaxo believes the trade can be cut. The company says distributors can be found.';
    const d = withPeople(text, ['Acmeglaxo'], { Acmeglaxo: 'Acmeglaxo' });
    expect(extractQuotes(d).map((q) => q.speaker.name)).toEqual(['Acmeglaxo', 'Acmeglaxo']);
    const fuller = 'Merrow said the case was about performance. Merrow Lynch denied the claims. The firm had told the tribunal that losses grew.';
    const e = { ...withPeople(fuller, ['Merrow'], { Merrow: 'Merrow' }) } as unknown as Document & { entities: unknown[] };
    e.entities.push({ start: fuller.indexOf('Merrow Lynch'), end: fuller.indexOf('Merrow Lynch') + 12, label: 'ORG', origin: 'ner' });
    expect(extractQuotes(e).at(-1)?.speaker.name).toBe('Merrow Lynch');
  });

  it('gives "the commission", "the court" or "the bank" the organisation that spoke with that word in its name (issue #5, round 12)', () => {
    const text = 'The Electoral Commission said turnout fell. The commission said postal votes rose.';
    expect(extractQuotes(withOrganisations(text, ['Electoral Commission'])).map((q) => q.speaker.name)).toEqual(['Electoral Commission', 'Electoral Commission']);
    // (not a body of another kind)
    const other = 'The Electoral Commission said turnout fell. The committee said postal votes rose.';
    expect(extractQuotes(withOrganisations(other, ['Electoral Commission'])).at(-1)?.speaker.name).toBe('The committee');
  });

  it('gives a corporate title naming no organisation the firm that spoke last (issue #5, round 12)', () => {
    const text = 'Acme Group said profits fell. Chief executive Tom Vale said it had been a difficult year.';
    expect(extractQuotes(withOrganisations(text, ['Acme Group'])).at(-1)).toMatchObject({ affiliation: { name: 'Acme Group' }, role: 'chief executive' });
    // (not when another organisation was named since, nor the source of an "according to")
    const other = 'Acme Group said profits fell. Rival Bolt Mills cut prices. Chief executive Tom Vale said it had been a difficult year.';
    expect(extractQuotes(withOrganisations(other, ['Acme Group', 'Bolt Mills'])).at(-1)?.affiliation).toBeUndefined();
    const according = 'According to the Daily Planet, chief operating officer Tom Vale said the firm would expand.';
    expect(extractQuotes(withOrganisations(according, ['Daily Planet'])).at(-1)?.affiliation).toBeUndefined();
  });

  it('gives "it" the organisation owning the subject of the sentence before (issue #5, round 11)', () => {
    const text = "Acme Group's profits were better than expected. It expects a rise in sales next year.";
    expect(extractQuotes(withOrganisations(text, ['Acme Group']))[0].speaker.name).toBe('Acme Group');
  });

  it('gives "the company" the one organisation introduced as one or opening its clause just before, when no firm spoke (issue #5, round 11)', () => {
    const names = (text: string, orgs: string[]) => extractQuotes(withOrganisations(text, orgs)).map((q) => q.speaker.name);
    expect(names('Revenues at media group Acme Group slipped 11%, the group said.', ['Acme Group'])).toEqual(['Acme Group']);
    expect(names('Acme Group lowered its prices in Japan. The firm said sales would rise.', ['Acme Group'])).toEqual(['Acme Group']);
    // (not one named in passing, nor a public body, nor one of two)
    expect(names('Shares fell under Acme Group scrutiny. The firm said sales would rise.', ['Acme Group'])).toEqual(['The firm']);
    expect(names('The Trade Commission fined the brewer. The company said it would appeal.', ['Trade Commission'])).toEqual(['The company']);
    expect(names('Acme Group cut prices and Bolt Mills followed. The firm said sales would rise.', ['Acme Group', 'Bolt Mills'])).toEqual(['The firm']);
  });

  it('takes no affiliation from a one-word name linked to a person the article names in full (issue #5, round 11)', () => {
    const text = 'Donald Trump spoke. Former Trump adviser Steve Bannon said the tapes were real.';
    const d = { ...withPeople(text, ['Donald Trump', 'Steve Bannon'], { 'Donald Trump': 'Donald Trump' }) } as unknown as Document & { entities: unknown[]; resolution: { links: unknown[] } };
    d.entities.push({ start: text.indexOf('Trump adviser'), end: text.indexOf('Trump adviser') + 5, label: 'MISC', origin: 'ner' });
    d.resolution.links.push({ mention: 2, actorId: 'a0' });
    const q = extractQuotes(d as unknown as Document).find((x) => x.speaker.name === 'Steve Bannon')!;
    expect([q.affiliation, q.role]).toEqual([undefined, 'Former Trump adviser']);
  });

  it('takes a nationality as the affiliation only of someone serving its state (issue #5, round 11)', () => {
    const withMarks = (text: string, marks: Array<[string, 'PER' | 'LOC' | 'MISC', 'ner' | 'demonym' | 'gazetteer']>) => ({
      ...doc(text), entities: marks.map(([n, label, origin]) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, label, origin })),
    }) as unknown as Document;
    const first = (d: Document) => { const [q] = extractQuotes(d); return [q.speaker.name, q.affiliation?.name, q.role]; };
    expect(first(withMarks('Palestinian negotiator Saeb Erekat said the talks had failed.', [['Palestinian', 'MISC', 'demonym'], ['Saeb Erekat', 'PER', 'ner']])))
      .toEqual(['Saeb Erekat', 'Palestinian', 'negotiator']);
    expect(first(withMarks('French inventor Franky Zapata said the flight was safe.', [['French', 'MISC', 'demonym'], ['Franky Zapata', 'PER', 'ner']]))[1])
      .toBeUndefined();
    expect(first(withMarks('Olympic heptathlon champion Carolina Kluft said she was tired.', [['Carolina Kluft', 'PER', 'ner']]))[1]).toBeUndefined();
    expect(first(withMarks('Pawel Adamowicz, mayor of the Polish city of Gdansk, said the march was peaceful.',
      [['Pawel Adamowicz', 'PER', 'ner'], ['Polish', 'MISC', 'demonym'], ['Gdansk', 'LOC', 'gazetteer']]))[1]).toBe('Gdansk');
  });

  it('takes the state opening a title as the affiliation, not in an office the state names (issue #5, round 11)', () => {
    const text = 'UK Foreign Secretary Jack Straw said the talks had failed.';
    const d = { ...withPeople(text, ['Jack Straw']), entities: [{ start: 0, end: 2, label: 'LOC' as const, origin: 'gazetteer' as const },
      { start: 21, end: 31, label: 'PER' as const, origin: 'ner' as const }] } as unknown as Document;
    expect(extractQuotes(d)[0]).toMatchObject({ speaker: { name: 'Jack Straw' }, affiliation: { name: 'UK' }, role: 'Foreign Secretary' });
    const attorney = 'US Attorney Ann Vale said the case was strong.';
    const e = { ...withPeople(attorney, ['Ann Vale']), entities: [{ start: 0, end: 2, label: 'LOC' as const, origin: 'gazetteer' as const },
      { start: 12, end: 20, label: 'PER' as const, origin: 'ner' as const }] } as unknown as Document;
    expect(extractQuotes(e)[0].role).toBe('US Attorney');
  });

  it('gives a "he" no unnamed speaker when a person was named since, outside what was said (issue #5, round 11)', () => {
    const text = 'A Bayern spokesman said the choice was medical. Iran gave the judo champion Tom Vale a reward when he refused to fight.';
    expect(extractQuotes(withPeople(text, ['Tom Vale'])).at(-1)?.speaker.name).toBe('he');
    const said = 'An Acme spokesman said Mr Vale had no money for a bid. He also said the panel knew.';
    expect(extractQuotes(withPeople(said, ['Mr Vale'])).at(-1)?.speaker.name).toBe('An Acme spokesman');
  });

  it('gives a "he" inside what someone reports the person that report opens on (issue #5, round 11)', () => {
    const text = 'A spokesman said Mr Vale had friends in common with Ms Hart, who he described as a prominent activist.';
    const q = extractQuotes(withPeople(text, ['Mr Vale', 'Ms Hart'])).find((x) => x.cue === 'described')!;
    expect(q.speaker.name).toBe('Vale');
    // (not a "he" after "as", nor one whose gender does not fit)
    const as = 'Referees chief Tom Hale believes Mr Vale should retract his words as he believes the coach was wrong.';
    expect(extractQuotes(withPeople(as, ['Tom Hale', 'Mr Vale'])).find((x) => x.cue === 'believes' && x.start > 40)?.speaker.name).not.toBe('Vale');
    const she = 'A spokesman said Mr Vale had friends in common with Ms Hart, who she described as a prominent activist.';
    expect(extractQuotes(withPeople(she, ['Mr Vale', 'Ms Hart'])).find((x) => x.cue === 'described')?.speaker.name).not.toBe('Vale');
  });

  it('names the person a "who" follows past the appositive describing them (issue #5, round 12)', () => {
    const text = 'The study was led by Tom Vale, a marine ecologist at Acme University, who said "The reef is recovering."';
    expect(extractQuotes(withPeople(text, ['Tom Vale']))[0]).toMatchObject({ speaker: { name: 'Tom Vale' }, affiliation: { name: 'Acme University' }, role: 'marine ecologist' });
    const object = 'Ann Hale, a former mayor, who praised the plan, left early.';
    expect(extractQuotes(withPeople(object, ['Ann Hale']))[0].speaker.name).toBe('Ann Hale');
  });

  it('takes the body a place or a government owns as the affiliation, and an organisation\'s own unit as the organisation (issue #5, round 12)', () => {
    const owned = "Kim Vale, spokeswoman for the Trump administration's Department of Justice, said the vote was a stunt.";
    expect(extractQuotes(withPeople(owned, ['Kim Vale']))[0]).toMatchObject({ affiliation: { name: 'Department of Justice' }, role: 'spokeswoman' });
    const place = "Tom Vale, an analyst at Moscow's Acme Securities, said shares would fall.";
    const d = { ...withPeople(place, ['Tom Vale']), entities: [{ start: 0, end: 8, label: 'PER', origin: 'ner' },
      { start: place.indexOf('Moscow'), end: place.indexOf('Moscow') + 6, label: 'LOC', origin: 'gazetteer' },
      { start: place.indexOf('Acme'), end: place.indexOf('Acme') + 15, label: 'ORG', origin: 'ner' }] } as unknown as Document;
    expect(extractQuotes(d)[0]).toMatchObject({ affiliation: { name: 'Acme Securities' }, role: 'analyst' });
    const unit = "Ann Hale, director of the IMF's European Department, said growth would slow.";
    expect(extractQuotes(withPeople(unit, ['Ann Hale']))[0].affiliation?.name).toBe('IMF');
  });

  it('reads no affiliation from inside an organisation\'s own name, nor from a month (issue #5, round 12)', () => {
    const [centre] = quotes('According to the Acme Center for Systems Science and Engineering, there are 142 cases.');
    expect(centre.affiliation).toBeUndefined();
    const [study] = quotes('One study in the Journal of Threatened Taxa from March noted that 126 skins were seized.');
    expect(study.affiliation).toBeUndefined();
  });

  it('reads the organisation before the role in an appositive, unless a list of titles goes on from it (issue #5, round 12)', () => {
    const text = '"It is a big day," said Tom Vale, a University of Michigan librarian working with Google.';
    expect(quotes(text)[0]).toMatchObject({ affiliation: { name: 'University of Michigan' }, role: 'librarian working with Google' });
    const titles = 'Ann Hale, a QC and international law professor, said the war was illegal.';
    expect(quotes(titles)[0].affiliation).toBeUndefined();
    // (nor a title a link goes on from: a book's)
    expect(quotes('Tom Vale, Essential Guide to British Quangos author, said there were 111 bodies.')[0].affiliation).toBeUndefined();
  });

  it('keeps what a person was met with for a later mention the entity layer links to the same full name (issue #5, round 12)', () => {
    const text = 'Hewitt complained, but Geoff Vale of Tennis Australia rejected his comments. Vale said the surface was faster.';
    const d = withPeople(text, ['Geoff Vale'], { 'Geoff Vale': 'Geoff Vale' }) as unknown as { entities: unknown[]; resolution: { links: unknown[] } };
    d.entities.push({ start: text.lastIndexOf('Vale'), end: text.lastIndexOf('Vale') + 4, label: 'PER', origin: 'ner' });
    d.resolution.links.push({ mention: 1, actorId: 'a0' });
    const later = extractQuotes(d as unknown as Document).find((q) => q.cue === 'said')!;
    expect([later.speaker.name, later.affiliation?.name]).toEqual(['Geoff Vale', 'Tennis Australia']);
  });

  it('gives a surname opening with a particle the full name met before, and reads musicians and players as roles (issue #5, round 12)', () => {
    const text = 'Simon Le Vale said the band was happy. Le Vale also said the members got on well.';
    expect(extractQuotes(withPeople(text, ['Simon Le Vale'])).map((q) => q.speaker.name)).toEqual(['Simon Le Vale', 'Simon Le Vale']);
    const flautist = "They used three notes from flautist James Vale's Choir. Mr Vale said he was upset.";
    expect(extractQuotes(withPeople(flautist, ['James Vale'])).at(-1)?.role).toBe('flautist');
    // (not a title word before the full name: "IM Dorsa Vale" is no fuller "Dorsa Vale")
    const titled = 'IM Dorsa Vale said chess was hard. Dorsa Vale said she left Iran.';
    expect(extractQuotes(withPeople(titled, ['IM Dorsa Vale', 'Dorsa Vale'])).at(-1)?.speaker.name).toBe('Dorsa Vale');
  });

  it('reads an introduction from a title set off by a comma or from an owner before the name (issue #5, round 12)', () => {
    const comma = 'Faith schools were singled out by Ofsted chief, David Vale, for not doing enough. Mr Vale said schools must act.';
    expect(extractQuotes(withPeople(comma, ['David Vale', 'Mr Vale'])).at(-1)).toMatchObject({ affiliation: { name: 'Ofsted' }, role: 'chief' });
    const owner = "Hewitt complained. Tennis Australia's Geoff Vale was angry. Vale said the surface was faster.";
    expect(extractQuotes(withPeople(owner, ['Geoff Vale'])).at(-1)?.affiliation?.name).toBe('Tennis Australia');
    // (not a plural title before a list: "two chess players, Ann Vale and her brother")
    const list = 'The federation banned two teenage chess players, Ann Vale and her younger brother. Vale said she was sad.';
    expect(extractQuotes(withPeople(list, ['Ann Vale'])).at(-1)?.role).toBeUndefined();
  });

  it('prefers the affiliation and role of the introduction over a later role without one (issue #5, round 12)', () => {
    const text = 'Green Party presidential nominee Howie Vale spoke first. Vale, the only candidate wearing a facemask, said the virus was real.';
    const q = extractQuotes(withPeople(text, ['Howie Vale']))[0];
    expect([q.affiliation?.name, q.role]).toEqual(['Green Party', 'presidential nominee']);
  });

  it('reads "Will" or "May" before a surname and a finite cue as a first name (issue #5, round 12)', () => {
    expect(quotes('Will Vale said the game would sell.')[0]?.speaker.name).toBe('Will Vale');
    expect(quotes('Will Vale, the founder of Acme, said the game would sell.')[0]).toMatchObject({ speaker: { name: 'Will Vale' }, affiliation: { name: 'Acme' } });
    expect(quotes('Will Vale say the game sells?')).toEqual([]);
  });

  it('takes "to" an outlet after an inverted speaker as the conduit (issue #5, round 12)', () => {
    const [q] = quotes('"Jess and I saw it," said Vale to Wikinews.');
    expect([q.speaker.name, q.conduit]).toEqual(['Vale', 'Wikinews']);
    expect(quotes('"It was fine," said the ambassador to Afghanistan.')[0].speaker.name).toBe('the ambassador to Afghanistan');
  });

  it('reads the place a title serves after its link, but not a portfolio, and an office ending a body\'s run as the role\'s (issue #5, round 12)', () => {
    const withPlaces = (text: string, person: string, places: string[]) => ({
      ...withPeople(text, [person]),
      entities: [{ start: text.indexOf(person), end: text.indexOf(person) + person.length, label: 'PER', origin: 'ner' },
        ...places.map((p) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length, label: 'LOC', origin: 'gazetteer' }))],
    }) as unknown as Document;
    expect(extractQuotes(withPlaces('President of Argentina Alberto Vale announced a bill.', 'Alberto Vale', ['Argentina']))[0])
      .toMatchObject({ affiliation: { name: 'Argentina' }, role: 'President' });
    const portfolio = extractQuotes(withPlaces('Minister of Defence Ali Vale said the troops would stay.', 'Ali Vale', []))[0];
    expect([portfolio.affiliation, portfolio.role]).toEqual([undefined, 'Minister of Defence']);
    expect(extractQuotes(withPlaces('Melbourne Lord Mayor candidate Wayne Vale said the city would recover.', 'Wayne Vale', ['Melbourne']))[0])
      .toMatchObject({ affiliation: { name: 'Melbourne' }, role: 'Lord Mayor candidate' });
    expect(extractQuotes(withPlaces('Association of Chief Police Officers president Ann Vale said crime fell.', 'Ann Vale', []))[0].affiliation?.name)
      .toBe('Association of Chief Police Officers');
  });

  it('takes a nationality as no affiliation of an artist, and a word written in lower case elsewhere as no organisation (issue #5, round 12)', () => {
    const text = 'Indian film director Mira Vale said she was thrilled.';
    const d = { ...withPeople(text, ['Mira Vale']), entities: [{ start: 0, end: 6, label: 'MISC', origin: 'demonym' },
      { start: 21, end: 30, label: 'PER', origin: 'ner' }] } as unknown as Document;
    expect(extractQuotes(d)[0]).toMatchObject({ role: 'Indian film director' });
    expect(extractQuotes(d)[0].affiliation).toBeUndefined();
    const open = 'Open source game developer Tom Vale said the project was open-source.';
    const e = { ...withPeople(open, ['Tom Vale']), entities: [{ start: 0, end: 4, label: 'MISC', origin: 'ner' },
      { start: open.indexOf('Tom Vale'), end: open.indexOf('Tom Vale') + 8, label: 'PER', origin: 'ner' }] } as unknown as Document;
    expect(extractQuotes(e)[0].affiliation).toBeUndefined();
  });

  it('takes a country as the affiliation only of its officials and its team, and an award as none (issue #5, round 12)', () => {
    const withCountry = (text: string, person: string) => ({
      ...withPeople(text, [person]),
      entities: [{ start: 0, end: text.indexOf(' '), label: 'LOC', origin: 'gazetteer', candidates: ['country:US'] },
        { start: text.indexOf(person), end: text.indexOf(person) + person.length, label: 'PER', origin: 'ner' }],
    }) as unknown as Document;
    const first = (d: Document) => { const [q] = extractQuotes(d); return [q.affiliation?.name, q.role]; };
    expect(first(withCountry('US voice actor Tom Vale said the film was fun.', 'Tom Vale'))).toEqual([undefined, 'US voice actor']);
    expect(first(withCountry('Fiji winger Joe Vale said the match was hard.', 'Joe Vale'))).toEqual(['Fiji', 'winger']);
    expect(first(withCountry('US Ambassador Ann Vale said the talks were hard.', 'Ann Vale'))[0]).toBe('US');
    expect(quotes('Oscar host Chris Vale said the show was long.')[0].affiliation).toBeUndefined();
  });

  it('takes no place as the affiliation of a firm it owns that the phrase does not name (issue #5, round 12)', () => {
    const placed = (text: string, place: string, origin: 'gazetteer' | 'ner' = 'gazetteer') => ({
      ...withPeople(text, []),
      entities: [{ start: text.indexOf(place), end: text.indexOf(place) + place.length, label: 'LOC', origin }],
    }) as unknown as Document;
    expect(extractQuotes(placed("Creditors of South Korea's top credit card firm said they would take control.", 'South Korea'))[0].affiliation)
      .toBeUndefined();
    expect(extractQuotes(placed("The UK's financial watchdog said investors would be paid.", 'UK'))[0].affiliation?.name).toBe('UK');
    const [bank] = extractQuotes(placed("Emilio Vale, chairman of Spain's most powerful bank, said he had faith in justice.", 'Spain'));
    expect([bank.affiliation, bank.role]).toEqual([undefined, "chairman of Spain's most powerful bank"]);
    // (a place only the tagger calls one owns like any organisation)
    const school = '"We wanted to know," said Professor Ann Vale of the University of East Anglia\'s medical school.';
    expect(extractQuotes(placed(school, 'University of East Anglia', 'ner'))[0].affiliation?.name).toBe('University of East Anglia');
  });

  it('reads a role with its field after "of" before a name as the title of that name (issue #5, round 12)', () => {
    const text = 'Real Madrid director of sport Emilio Vale praised the fans.';
    expect(extractQuotes(withOrganisations(text, ['Real Madrid']))[0]).toMatchObject({ affiliation: { name: 'Real Madrid' }, role: 'director of sport' });
    // (not an organisation after the field: "director at digital content firm THX")
    const firm = '"HD is mandatory," Dr Tom Vale games systems director at digital content firm THX told the BBC.';
    expect(extractQuotes(withPeople(firm, ['Tom Vale']))[0].speaker.name).toBe('Tom Vale');
  });

  it('keeps a party apart from the body after it, and leaves the occasion and a naming out of a role (issue #5, round 12)', () => {
    expect(quotes('Republican committee member Doug Vale of Georgia said nobody was conducting an inquiry.')[0])
      .toMatchObject({ affiliation: { name: 'Republican' }, role: 'committee member' });
    const [official] = quotes('"Calculators will have to wait," said an IMF official in a briefing on Wednesday.');
    expect([official.speaker.name, official.affiliation?.name, official.role]).toEqual(['an IMF official', 'IMF', 'official']);
    expect(quotes('A university student named Wong said the weather was bad.')[0].role).toBe('university student');
  });

  it('takes no affiliation from a person whose surname a person the article names in full bears (issue #5, round 12)', () => {
    const text = "Joe Vale spoke first. Hunter Vale's former business partner Tom Hale claimed to have evidence.";
    const q = extractQuotes(withPeople(text, ['Joe Vale', 'Hunter Vale', 'Tom Hale'])).find((x) => x.speaker.name === 'Tom Hale')!;
    expect([q.affiliation, q.role]).toEqual([undefined, "Hunter Vale's former business partner"]);
    const titled = "Pat Leahy spoke first. Senator Leahy's spokeswoman Ann Hale said the records were missing.";
    expect(extractQuotes(withPeople(titled, ['Pat Leahy', 'Ann Hale'])).find((x) => x.speaker.name === 'Ann Hale')?.affiliation).toBeUndefined();
    // (a firm named like a person keeps its place as the affiliation when no such person is named)
    const firm = "Joe Vale spoke first. Hunter Partners' former chief executive Tom Hale claimed to have evidence.";
    expect(extractQuotes(withPeople(firm, ['Joe Vale', 'Tom Hale'])).find((x) => x.speaker.name === 'Tom Hale')?.affiliation?.name).toBe('Hunter Partners');
  });

  it('writes a common-noun role opening its sentence in lower case, but not a title or a nationality (issue #5, round 12)', () => {
    const role = (text: string, names: string[], marks: Array<[string, 'MISC', 'demonym']> = []) => extractQuotes({
      ...withPeople(text, names),
      entities: [...names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, label: 'PER', origin: 'ner' })),
        ...marks.map(([n, label, origin]) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, label, origin }))],
    } as unknown as Document)[0].role;
    expect(role('Striker Tom Vale said he was fit.', ['Tom Vale'])).toBe('striker');
    expect(role('Ecologist Ann Hale said the moths were back.', ['Ann Hale'])).toBe('ecologist');
    expect(role('President Tom Vale said the war was over.', ['Tom Vale'])).toBe('President');
    expect(role('Chancellor Tom Vale said taxes would rise.', ['Tom Vale'])).toBe('Chancellor');
    expect(role('English mathematician Ann Hale said the proof held.', ['Ann Hale'], [['English', 'MISC', 'demonym']])).toBe('English mathematician');
  });

  it('knows the gender of common first names beyond the English ones (issue #5, round 7)', () => {
    const text = 'Andre Vale pulled out of the final. Vale will have a scan on Monday. "It hurts," he said.';
    expect(extractQuotes(withPeople(text, ['Andre Vale', 'Vale'], { 'Andre Vale': 'Andre Vale', Vale: 'Andre Vale' }))[0].speaker.name).toBe('Andre Vale');
    const she = 'Daniela Hunt won the match. Hunt, who lost in 2004, is in form. "I feel ready," she said.';
    expect(extractQuotes(withPeople(she, ['Daniela Hunt', 'Hunt'], { 'Daniela Hunt': 'Daniela Hunt', Hunt: 'Daniela Hunt' }))[0].speaker.name).toBe('Daniela Hunt');
  });

  it('reads occupations as titles: "the England coach" named, a titled name opening a sentence, a plural title no one person (issue #5, round 8)', () => {
    const coach = 'England coach Tom Hart picked the side. The England coach said the young players were ready.';
    expect(extractQuotes(withPeople(coach, ['Tom Hart']))[0].speaker.name).toBe('Tom Hart');
    const songwriter = 'Songwriter Guy Vale, who has worked with stars including Ann Lee, has backed the scheme. He said it would help.';
    expect(extractQuotes(withPeople(songwriter, ['Guy Vale', 'Ann Lee'])).map((q) => [q.cue, q.speaker.name])).toContainEqual(['said', 'Guy Vale']);
    const actors = 'Hollywood actors Sam Vale and Ben Hart have signed up for the sitcom, the comedian has told BBC News. He said they had both seen the scripts.';
    expect(extractQuotes(withPeople(actors, ['Sam Vale', 'Ben Hart'])).find((q) => q.cue === 'said')?.speaker.name).toBe('He');
    // (an occupation description takes no "he": the name before it stays the antecedent; since round 18 the description
    // itself is that one person who spoke just before, as an office is)
    const striker = 'Tom Hart said he was fit. The England striker added that the team was ready. "We can win," he said.';
    expect(extractQuotes(withPeople(striker, ['Tom Hart'])).map((q) => q.speaker.name)).toEqual(['Tom Hart', 'Tom Hart', 'Tom Hart']);
  });

  it('names a list by the list, a description by its head, and gives "he" no collective (issue #5, round 8)', () => {
    const firms = 'German firms including Acme, Bolt Mills, and Corda announced plans to leave.';
    expect(extractQuotes(withOrganisations(firms, ['Acme', 'Bolt Mills', 'Corda'], 'ORG'))[0].speaker.name).toBe('German firms including Acme, Bolt Mills, and Corda');
    const modifier = 'Many Muslim majority countries have declared the law void.';
    expect(extractQuotes(withOrganisations(modifier, ['Many Muslim'], 'PER'))[0].speaker.name).toBe('Many Muslim majority countries');
    const police = 'The police said the man was held. He told reporters: "It is over."';
    expect(extractQuotes(withPeople(police, [])).map((q) => q.speaker.name)).toEqual(['The police', 'He']);
  });

  it('reads a surname the tagger labelled otherwise as the person named before it, opening a sentence (issue #5, round 8)', () => {
    const text = 'Nora Vale said the plan was bad. Officials met Jess Mears. Mears would not confirm the account. Instead, she pointed to a video.';
    const mentions = { PER: ['Nora Vale', 'Jess Mears'], ORG: ['Mears would'] };
    const entities = [
      ...mentions.PER.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length, label: 'PER' as const, origin: 'ner' as const })),
      { start: text.indexOf('Mears would'), end: text.indexOf('Mears would') + 5, label: 'ORG' as const, origin: 'ner' as const },
    ].sort((x, y) => x.start - y.start);
    const out = extractQuotes({ ...doc(text), entities } as unknown as Document);
    // ("Jess" gives no gender: the "she" stays unnamed rather than go back to Nora Vale)
    expect(out.find((q) => q.cue === 'pointed')?.speaker.name).toBe('she');
  });

  it('takes the name an owner\'s phrase opens with as the subject, and links a full name only to an actor with its first name', () => {
    const text = 'Tom Hart said the team was tired. But Hart\'s Bayern counterpart Felix Magath was in no mood to celebrate. He said: "I am far from happy."';
    const owner = text.indexOf("Hart's");
    const mentions = [[text.indexOf('Tom Hart'), 8], [owner, 4], [text.indexOf('Felix Magath'), 12]].map(([start, n]) => ({ start, end: start + n, label: 'PER' as const, origin: 'ner' as const }));
    const out = extractQuotes({ ...doc(text), entities: mentions } as unknown as Document);
    expect(out.map((q) => q.speaker.name)).toEqual(['Tom Hart', 'Felix Magath']);
    const wife = 'Ozzy said the house was robbed. At a press conference, Sharon Vale gave details of the items. She said she wished she had worn them.';
    const linked = extractQuotes(withPeople(wife, ['Ozzy', 'Sharon Vale'], { Ozzy: 'Ozzy', 'Sharon Vale': 'Ozzy' }));
    expect(linked.map((q) => q.speaker.name)).toEqual(['Ozzy', 'Sharon Vale']);
  });

  it('takes a person opening a sentence after words that describe them, a verb following, as the antecedent of "he" (issue #5, round 9)', () => {
    // ("Keane mainstay", "Chief Secretary to the Treasury", "Labour's": no title word the vocabulary knows before the name)
    const band = 'Tom Hart, the host, opened the show. Keane mainstay Ben Vale thanked fans for their support. "It was a good year," he added.';
    expect(extractQuotes(withPeople(band, ['Tom Hart', 'Ben Vale'])).map((q) => q.speaker.name)).toContain('Ben Vale');
    const office = 'Michael Hart said the plan was sound. But Chief Secretary to the Treasury Paul Vale attacked the plans. "They do not add up," he said.';
    expect(extractQuotes(withPeople(office, ['Michael Hart', 'Paul Vale'])).at(-1)?.speaker.name).toBe('Paul Vale');
    const owner = 'Ann Hart says the seat is hers. Labour\'s Mary Vale, 58, won the seat in 1997. She says she will fight on.';
    expect(extractQuotes(withPeople(owner, ['Ann Hart', 'Mary Vale'])).at(-1)?.speaker.name).toBe('Mary Vale');
    // (not a person after a preposition or a subordinator, nor one with no verb after it)
    const object = 'John Hart said the team was ready. Because Paul Vale had left, the club was short. "We will cope," he said.';
    expect(extractQuotes(withPeople(object, ['John Hart', 'Paul Vale'])).at(-1)?.speaker.name).toBe('John Hart');
    const noVerb = 'John Hart said the team was ready. Keane mainstay Paul Vale\'s song is a hit. "We will cope," he said.';
    expect(extractQuotes(withPeople(noVerb, ['John Hart', 'Paul Vale'])).at(-1)?.speaker.name).toBe('John Hart');
  });

  it('reads the person after a short opener\'s comma as the subject even when quotations follow in the sentence (issue #5, round 9)', () => {
    const text = 'Prime minister Tom Hart said the deal was legal.\n\nOn Tuesday, Greek prime minister Kyriakos Vale speaking to the Atlantic Council think tank called the deal "null and void". "Our islands have a zone", he added.';
    // (never back to Tom Hart; since round 21 the participle of speaking is no part of the speaker phrase, so Kyriakos Vale
    // "called …" right before and the "he" is his)
    expect(extractQuotes(withPeople(text, ['Tom Hart', 'Kyriakos Vale'])).at(-1)?.speaker.name).toBe('Kyriakos Vale');
  });

  it('gives "he" the speaker of a ", while …" clause, a contrast rather than a subordinate one (issue #5, round 9)', () => {
    const text = 'President Tom Hart said the victims were "joyful girls" in an "appalling tragedy" while Interior Minister Ben Vale wrote he had ordered checks. He tweeted, "I want to express my sympathy."';
    expect(extractQuotes(withPeople(text, ['Tom Hart', 'Ben Vale'])).at(-1)?.speaker.name).toBe('Ben Vale');
  });

  it('gives "it" a one-word speaker of unknown gender the tagger took for a person: as likely a firm (issue #5, round 9)', () => {
    const text = 'In a statement, Qantas said it was looking to build its operations overseas. However, it stressed this would not cut jobs.';
    expect(extractQuotes(withPeople(text, ['Qantas'], { Qantas: 'Qantas' })).map((q) => q.speaker.name)).toEqual(['Qantas', 'Qantas']);
    // (not a full name, nor a name the entity layer never saw: "Creditors estimated …. It said")
    const person = 'Tom Hart said the plan was good. It said the plan would fail.';
    expect(extractQuotes(withPeople(person, ['Tom Hart'], { 'Tom Hart': 'Tom Hart' })).at(-1)?.speaker.name).toBe('It');
  });

  it('reads a subject\'s gender from "his", "himself", "herself" or "her own/second …" after its verb (issue #5, round 9)', () => {
    const text = 'Tom Hart praised the winners. Hilary Vale picked up her second best actress award. "I don\'t know what I did to deserve this," she told the audience.';
    expect(extractQuotes(withPeople(text, ['Tom Hart', 'Hilary Vale'])).at(-1)?.speaker.name).toBe('Hilary Vale');
    // ("gave her the prize" is an object, no possessive: the gender stays unknown, so even "he" may be the full name
    // opening the sentence before)
    const object = 'The gala ran late. Ife Vale gave her the prize. "I am happy," he said.';
    expect(extractQuotes(withPeople(object, ['Ife Vale'])).at(-1)?.speaker.name).toBe('Ife Vale');
  });

  it('knows the gender of first names from the bundled list (data/quotes/first-names.json) (issue #5, round 9)', () => {
    const text = 'Ann Hart said the party was united. Tory co-chairman Liam Vale opened the conference. "Labour failed," he told delegates.';
    expect(extractQuotes(withPeople(text, ['Ann Hart', 'Liam Vale'])).at(-1)?.speaker.name).toBe('Liam Vale');
  });

  it('reads a name opening a main clause after ", but" as that clause\'s subject for the next pronoun', () => {
    const text = 'Canaries boss Tom Hart said: "We are delighted." Ben Vale has played for three clubs. He joins Norwich, but Vale is confident. "I have been very impressed," he added.';
    const at = (n: string, start: number) => ({ start, end: start + n.length, label: 'PER' as const, origin: 'ner' as const });
    const entities = [at('Tom Hart', text.indexOf('Tom Hart')), at('Ben Vale', text.indexOf('Ben Vale')), at('Vale', text.indexOf('Vale is'))];
    const resolution = {
      actors: ['Tom Hart', 'Ben Vale'].map((name, k) => ({ id: `a${k}`, name, kind: 'person' as const, aliases: [] })),
      links: [{ mention: 0, actorId: 'a0' }, { mention: 1, actorId: 'a1' }, { mention: 2, actorId: 'a1' }],
    };
    const out = extractQuotes({ ...doc(text), entities, resolution } as unknown as Document);
    expect(out.map((q) => q.speaker.name)).toEqual(['Tom Hart', 'Ben Vale']);
  });

  it('gives a one-word name of unknown gender no "he" far back, and reads "citizens wanting to work" as no statement', () => {
    const far = 'Acmeo said profits rose. The market fell. Traders sold shares. Prices dropped. Banks closed early. Rates rose. "We are ready," he said.';
    expect(extractQuotes(doc(far)).map((q) => q.speaker.name)).toEqual(['Acmeo', 'he']);
    const near = 'Acmeo said profits rose. "We are ready," he said.';
    expect(extractQuotes(doc(near)).map((q) => q.speaker.name)).toEqual(['Acmeo', 'Acmeo']);
    expect(quotes('Non-European Union citizens wanting to work in the UK will have to undergo tests.')).toEqual([]);
  });

  it('takes no name from a relative clause in commas: "the 22-year-old, who … in January", "The firm, which … from Chelsea"', () => {
    const text = '"I have not done much," said the 22-year-old, who will make her comeback in the Sydney International in January.';
    expect(quotes(text)[0].speaker.name).toBe('the 22-year-old');
    const firm = 'The firm, which is to receive a payment from Chelsea of £24.5m, said sales fell.';
    expect(extractQuotes(withPeople(firm, ['Chelsea'], { Chelsea: 'Chelsea' }))[0].speaker.name).toBe('The firm');
    const mp = 'The Glasgow Kelvin MP, who was expelled from Labour in 2003, said the war was wrong.';
    // (a member by seat is described, not named: round 28)
    expect(extractQuotes(withPeople(mp, ['Labour'], { Labour: 'Labour' }))[0].speaker.name).toBe('The Glasgow Kelvin MP');
  });

  it('gives "she" the one woman named just before when every other person named there is a man', () => {
    const text = 'Mr Hart is taking legal action to gain access to Mrs Vale\'s son. Nobody spoke for days. She denies that he is the father.';
    expect(extractQuotes(withPeople(text, ['Mr Hart', 'Mrs Vale'], { 'Mr Hart': 'Tom Hart', 'Mrs Vale': 'Ann Vale' }))[0].speaker.name).toBe('Ann Vale');
    const unknown = 'Mr Hart met Sam Vale. Nobody spoke for days. She denies that he is the father.';
    expect(extractQuotes(withPeople(unknown, ['Mr Hart', 'Sam Vale']))[0].speaker.name).toBe('She');
  });

  it('keeps owners and other people\'s roles apart: "Kenteris\' lawyer", "The committee", "The prime minister\'s spokesman"', () => {
    const lawyer = 'Kostas Kenteris\' lawyer has called for the charges to be dropped. The lawyer added that he has proof.';
    expect(extractQuotes(withPeople(lawyer, ['Kostas Kenteris'], { 'Kostas Kenteris': 'Kostas Kenteris' })).map((q) => q.speaker.name)).toEqual([
      'Kostas Kenteris\' lawyer', 'Kostas Kenteris\' lawyer',
    ]);
    const chair = '"It is unfair," said the committee chairman, MP Tom Hart. The committee said the spending was too high.';
    expect(extractQuotes(withPeople(chair, ['Tom Hart'])).map((q) => q.speaker.name)).toEqual(['Tom Hart', 'The committee']);
    const owned = 'Party spokesman Tom Hart said the war was wrong. The prime minister\'s official spokesman said the war was right.';
    expect(extractQuotes(withPeople(owned, ['Tom Hart'])).map((q) => q.speaker.name)).toEqual(['Tom Hart', 'The prime minister\'s official spokesman']);
  });

  it('matches a description to a speaker only with its modifiers: "The foreign secretary" is not the Home Secretary', () => {
    const text = 'Home Secretary Tom Hart said the law was needed. The foreign secretary insisted it was for Parliament to decide.';
    expect(extractQuotes(withPeople(text, ['Tom Hart'])).map((q) => q.speaker.name)).toEqual(['Tom Hart', 'The foreign secretary']);
    const same = 'Home Secretary Tom Hart said the law was needed. The home secretary insisted it was for Parliament to decide.';
    expect(extractQuotes(withPeople(same, ['Tom Hart'])).map((q) => q.speaker.name)).toEqual(['Tom Hart', 'Tom Hart']);
  });

  it('gives "the mayor" nobody who holds another office of that name ("Deputy Mayor Nicky Gavron")', () => {
    const text = 'On Sunday, Deputy Mayor Ann Vale told the BBC the city was ready. The mayor said the tolls would fall.';
    expect(extractQuotes(withPeople(text, ['Ann Vale'])).map((q) => q.speaker.name)).toEqual(['Ann Vale', 'The mayor']);
  });

  it('gives a pronoun the person a sentence opens on with "For …,"', () => {
    const text = '"It is like wandering through the gallery," said Jack Vale, head of the programme. For Tom Hart, who worked on the project, the need grew out of frustration. "I went to a store," he said.';
    expect(extractQuotes(withPeople(text, ['Jack Vale', 'Tom Hart'])).map((q) => q.speaker.name)).toEqual(['Jack Vale', 'Tom Hart']);
  });

  it('follows a subject through sentences opening with the same pronoun, and never gives "he" the source of "according to"', () => {
    const text = 'Tom Hart predicts a win for the party. Ron Vale founded the site in 1997. He serves as an adviser to the governor. According to Twitter, he describes himself as a centrist.';
    const people = ['Tom Hart', 'Ron Vale'];
    const out = extractQuotes({ ...withPeople(text, people, { 'Tom Hart': 'Tom Hart', 'Ron Vale': 'Ron Vale' }) });
    expect(out.find((q) => q.cue === 'describes')?.speaker.name).toBe('Ron Vale');
    const source = 'Jack Vale writes a blog. According to Bolt Vale, he describes himself as a centrist.';
    expect(extractQuotes(withPeople(source, ['Jack Vale', 'Bolt Vale'])).find((q) => q.cue === 'describes')?.speaker.name).toBe('Jack Vale');
  });

  it('follows the chain past an opener: "However, he remains a member. He said …"', () => {
    const text = 'A BBC spokesman said the show went on. Police are looking for a man. Robert Vale resigned the party whip in October. However, he remains a member of the party. He said he hoped to be elected leader.';
    const out = extractQuotes(withPeople(text, ['Robert Vale'], { 'Robert Vale': 'Robert Vale' }));
    expect(out.find((q) => q.cue === 'said' && q.text.startsWith('he hoped'))?.speaker.name).toBe('Robert Vale');
  });

  it('reads no title after a verb: "Navratilova will partner Nathalie Dechy" opens no sentence with Dechy', () => {
    const text = 'Ann Lee said she was fit. Lee will partner Eva Dechy in the doubles. She will then play in Sydney. "I might play singles," she added.';
    const out = extractQuotes(withPeople(text, ['Ann Lee', 'Eva Dechy'], { 'Ann Lee': 'Ann Lee', 'Eva Dechy': 'Eva Dechy' }));
    expect(out.find((q) => q.cue === 'added')?.speaker.name).toBe('Ann Lee');
  });

  it('reads a name in commas after a capitalised title opening a sentence as its subject ("The Attorney General, Lord Goldsmith,")', () => {
    const text = 'Tom Hart said the ban was unfair. The Attorney General, Lord Vale, has so far issued no instructions. He said he will consult the police.';
    const out = extractQuotes(withPeople(text, ['Tom Hart', 'Lord Vale']));
    expect(out.map((q) => q.speaker.name)).toEqual(['Tom Hart', 'Vale']);
  });

  it('gives no "he"/"she" to a place the knowledge base names as speaker ("Russia had indicated …")', () => {
    const text = 'Judge Ann Vale heard the case. Russia said it would not take part. "My role is to decide," she said.';
    const entities = [
      { start: text.indexOf('Ann Vale'), end: text.indexOf('Ann Vale') + 8, label: 'PER' as const, origin: 'ner' as const },
      { start: text.indexOf('Russia'), end: text.indexOf('Russia') + 6, label: 'LOC' as const, origin: 'kb' as const },
    ];
    const out = extractQuotes({ ...doc(text), entities } as unknown as Document);
    expect(out.map((q) => q.speaker.name)).toEqual(['Russia', 'Ann Vale']);
  });

  it('gives a participle the subject described before a name in commas', () => {
    const text = 'Since then, a Republican, Mark Vale, has voiced support for the inquiry, telling the Sun: "I am a fan of oversight."';
    expect(extractQuotes(withPeople(text, ['Mark Vale'], { 'Mark Vale': 'Mark Vale' })).map((q) => [text.slice(q.speaker.start, q.speaker.end), q.speaker.name])).toEqual([
      ['a Republican, Mark Vale', 'Mark Vale'],
    ]);
  });

  it('gives "he" to the one person the article titled as a role description opening the main clause', () => {
    const text = 'President Tom Hart spoke. Ann Lee criticized him. While the city slept, the President traveled south. He condemned the rioters.';
    const out = extractQuotes(withPeople(text, ['Tom Hart', 'Ann Lee'], { 'Tom Hart': 'Tom Hart', 'Ann Lee': 'Ann Lee' }));
    expect(out.map((q) => [q.cue, q.speaker.name])).toContainEqual(['condemned', 'Tom Hart']);
  });

  it('keeps "Mrs Howard" apart from Michael Howard, whom the entity layer linked her to by surname', () => {
    const text = 'Michael Howard said the plan was wrong. Mrs Howard said she would campaign. "It is hard," she said.';
    const out = extractQuotes(withPeople(text, ['Michael Howard', 'Mrs Howard'], { 'Michael Howard': 'Michael Howard', 'Mrs Howard': 'Michael Howard' }));
    expect(out.map((q) => q.speaker.name)).toEqual(['Michael Howard', 'Howard', 'Howard']);
  });

  it('prefers the person opening the main clause over a speaker inside its subordinate clause for "he"', () => {
    const text = 'But Tom Hart said he backed the plans when Ann Lee argued for them in Cabinet. "ID cards are safe," he said.';
    expect(extractQuotes(withPeople(text, ['Tom Hart', 'Ann Lee'])).at(-1)?.speaker.name).toBe('Tom Hart');
    const sub = 'Ann Vale met Tom Hart after Omar Reyes told her the ferry was safe. "It was a shock," she said.';
    expect(extractQuotes(withPeople(sub, ['Ann Vale', 'Tom Hart', 'Omar Reyes'])).at(-1)?.speaker.name).toBe('Ann Vale');
  });

  it('reads a nationality the entity layer marked as a description with a person head, not a name', () => {
    // (two people named before it: the description takes neither)
    const text = 'Tom Hart beat Ann Lee. "It was hard," the American said. "We go on," he added.';
    const demonymDoc = {
      ...withPeople(text, ['Tom Hart', 'Ann Lee']),
      entities: [
        { start: 0, end: 8, label: 'PER', origin: 'ner' },
        { start: text.indexOf('Ann Lee'), end: text.indexOf('Ann Lee') + 7, label: 'PER', origin: 'ner' },
        { start: text.indexOf('American'), end: text.indexOf('American') + 8, label: 'MISC', origin: 'demonym' },
      ],
    } as unknown as Document;
    expect(extractQuotes(demonymDoc).map((q) => q.speaker.name)).toEqual(['the American', 'the American']);
  });

  it('gives "he" to a person named after a title opening the main clause', () => {
    const text = 'Tom Hart said the ferry was safe. On Monday, harbour minister Omar Reyes visited the pier. "It will fail," he said.';
    expect(extractQuotes(withPeople(text, ['Tom Hart', 'Omar Reyes'])).at(-1)?.speaker.name).toBe('Omar Reyes');
    // (a peer's title gives the gender: "Lord Janner", a relative clause after the name)
    const lord = 'Tom Hart said the prince should apologise. Former MP Lord Vale, who is a patron of the trust, was angry. "It was stupid," he said.';
    expect(extractQuotes(withPeople(lord, ['Tom Hart', 'Vale'], { Vale: 'Vale' })).at(-1)?.speaker.name).toBe('Vale');
  });

  it('looks for the pronoun\'s subject before the quotation it closes, however many sentences that quotation runs', () => {
    const text = 'Tom Hart said the plan was late. Head of the division, Omar Reyes, spoke about new content. "How risque can I be? ' +
      'We will see. It is early days," he said.';
    expect(extractQuotes(withPeople(text, ['Tom Hart', 'Omar Reyes'])).at(-1)?.speaker.name).toBe('Omar Reyes');
  });

  it('gives "she" to a person named in commas after a short description opening the sentence', () => {
    const text = 'Tom Hart spoke first. One woman, Maria Lopez, found her sister in the square. "We cried," she said.';
    expect(extractQuotes(withPeople(text, ['Tom Hart', 'Maria Lopez'])).at(-1)?.speaker.name).toBe('Maria Lopez');
  });

  it('reads "Analysts said" as a plural description that no "he" takes, and knows "Mr" as male (issue #5, round 7)', () => {
    const text = 'Friends posted his messages on a weblog. Then Mr Vale began to wonder. "SMS can do more," he says.';
    expect(extractQuotes(withPeople(text, ['Vale'])).map((q) => q.speaker.name)).toEqual(['Friends', 'Vale']);
    const [analysts] = extractQuotes(doc('Analysts said the rate would rise.'));
    expect(analysts.speaker.name).toBe('Analysts');
  });

  it('gives "he" to the one person named just before when nobody spoke before and the first name fits', () => {
    const text = "Tom Hart's job at the harbour is not for the faint-hearted. \"The excitement is the live show,\" he says.";
    expect(extractQuotes(withPeople(text, ['Tom Hart'])).map((q) => q.speaker.name)).toEqual(['Tom Hart']);
    const two = 'At the harbour, the pilots met Tom Hart and Omar Reyes. "The excitement is the live show," he says.';
    expect(extractQuotes(withPeople(two, ['Tom Hart', 'Omar Reyes'])).map((q) => q.speaker.name)).toEqual(['he']);
    // (a person opening the main clause after a fronted phrase is its subject, whom "he" takes)
    const fronted = 'At the harbour, Tom Hart met Omar Reyes. "The excitement is the live show," he says.';
    expect(extractQuotes(withPeople(fronted, ['Tom Hart', 'Omar Reyes'])).map((q) => q.speaker.name)).toEqual(['Tom Hart']);
    const clash = "Ann Lee's job is hard. \"It is a live show,\" he says.";
    expect(extractQuotes(withPeople(clash, ['Ann Lee'])).map((q) => q.speaker.name)).toEqual(['he']);
  });

  it('names the speaker from the mention of the chosen name, not another person in a relative clause', () => {
    const text = 'Actor Tom Hart, who paid for Lee to attend the school, said "He was a gentle soul."';
    const [q] = extractQuotes(withPeople(text, ['Tom Hart', 'Lee'], { 'Tom Hart': 'Tom Hart', Lee: 'Ann Lee' }));
    expect(q.speaker.name).toBe('Tom Hart');
  });

  it('falls back to any person mention of the phrase when the chosen name has none', () => {
    const text = 'US Secretary of State Tom Hart posted a message blaming the ferry firm.';
    const [q] = extractQuotes(withPeople(text, ['Tom Hart'], { 'Tom Hart': 'Tom Hart' }));
    expect(q.speaker.name).toBe('Tom Hart');
  });

  it('reads a lone sentence-initial capital before a lower-case noun as part of a description', () => {
    expect(quotes('Opinion polls did not show any bump for the mayor.').map((q) => q.speaker.name)).toEqual(['Opinion polls']);
  });

  it('never gives "he" to a description without a person word', () => {
    const text = 'Polls at the start of the month showed the mayor ahead. He posted a video from the port.';
    expect(quotes(text).find((q) => q.cue === 'posted')?.speaker.name).toBe('He');
  });

  it('reads two people joined by "and" as one speaker that is neither "he" nor "she"', () => {
    const text = 'Mayor Ann Lee and Governor Tom Hart have called for the ferry to return. He said it would cost too much.';
    const qs = quotes(text);
    expect(qs[0].speaker.name).toBe('Mayor Ann Lee and Governor Tom Hart');
    expect(qs[1].speaker.name).toBe('He');
  });

  it('leaves "she" unnamed after a described person opens the sentence before', () => {
    const text = 'Prosecutor Ann Lee said the fraud was planned. One of the victims agreed to be named. She said she wanted to be heard.';
    const qs = quotes(text);
    expect(qs.find((q) => q.text.startsWith('she wanted'))?.speaker.name).toBe('She');
    const clash = 'Prosecutor Ann Lee said the fraud was planned. The man agreed to be named. She said the trial would go on.';
    expect(quotes(clash).find((q) => q.text.startsWith('the trial'))?.speaker.name).toBe('Ann Lee');
  });

  it('reads words glued by an en dash as one name', () => {
    const text = '"It is a good sign," said Tom Hart of the Harvard–Smithsonian Center, who was not an author. "Overall," he continued, "it helps."';
    const qs = quotes(text);
    expect(qs[0].speaker.name).toBe('Tom Hart');
    expect(qs.find((q) => q.cue === 'continued')?.speaker.name).toBe('Tom Hart');
  });

  it('never gives "he" to a poll or a report', () => {
    const text = 'Polls showed the mayor ahead. He posted a video from the port.';
    expect(quotes(text).find((q) => q.cue === 'posted')?.speaker.name).toBe('He');
  });

  it('keeps an unnamed description as the speaker', () => {
    const text = 'In May, a UN human-rights official told the council that the camps were overcrowded.';
    const [q] = quotes(text);
    expect(q.speaker.name).toBe('a UN human-rights official');
    expect(q.affiliation?.name).toBe('UN');
    expect(q.conduit).toBeUndefined();
  });

  it('reads affiliation and role before the name: organisation + role, possessive, appositive', () => {
    const text =
      'Harbour authority spokesman Tomas Berg told AFP that the port had reopened. ' +
      'Norway’s ambassador to Chile, Ingrid Dahl, said the visit was postponed. ' +
      'Coastal Fleet commander Admiral John Reyes warned that patrols would double.';
    const qs = quotes(text);
    expect(qs[0]).toMatchObject({ speaker: { name: 'Tomas Berg' }, affiliation: { name: 'Harbour authority' }, role: 'spokesman', conduit: 'AFP' });
    expect(qs[1]).toMatchObject({ speaker: { name: 'Ingrid Dahl' }, affiliation: { name: 'Norway' }, role: 'ambassador to Chile' });
    expect(speakerText(text, qs[1])).toBe('Norway’s ambassador to Chile, Ingrid Dahl');
    expect(qs[2]).toMatchObject({ speaker: { name: 'John Reyes' }, affiliation: { name: 'Coastal Fleet' }, role: 'commander' });
  });

  it('reads an inverted speaker with an appositive and a later bare surname', () => {
    const text =
      'The new rules “will change how small farms work,” said Lakeview College associate professor Nadia Rahman, author of a study on irrigation. ' +
      'Such rules “rarely last,” said Rahman.';
    const qs = quotes(text);
    expect(qs[0]).toMatchObject({ speaker: { name: 'Nadia Rahman' }, affiliation: { name: 'Lakeview College' }, role: 'associate professor' });
    expect(qs[1].speaker.name).toBe('Nadia Rahman');
    expect(qs[1].affiliation?.name).toBe('Lakeview College');
  });

  it('names an organisation when a document speaks', () => {
    const text = 'A 2022 World Health Organization report said that “vaccination rates have fallen sharply.”';
    const [q] = quotes(text);
    expect(q.speaker.name).toBe('World Health Organization');
    expect(speakerText(text, q)).toBe('A 2022 World Health Organization report');
  });

  it('gives a follow-on quotation with no cue to the speaker of the quote before it', () => {
    const text = '“Talks will resume next week,” Karl Weber said in March. “Both sides want a deal.”\n\n“It will take time.”';
    const qs = quotes(text, '2024-06-10');
    // (one quote in three parts: the quotations after the attribution's sentence go on with it)
    expect(qs).toHaveLength(1);
    expect(qs[0].speaker.name).toBe('Karl Weber');
    expect(qs[0].parts?.map((p) => text.slice(p.start, p.end))).toEqual(['Talks will resume next week', 'Both sides want a deal.', 'It will take time.']);
    expect(qs[0].time).toMatchObject({ start: '2024-03-01', end: '2024-03-31', precision: 'month' });
  });

  it('does not treat a cue inside a quotation as an attribution', () => {
    const text = '“They said it was safe,” Anna Berg said.';
    const qs = quotes(text);
    expect(qs).toHaveLength(1);
    expect(qs[0].speaker.name).toBe('Anna Berg');
  });

  it('runs as the quotes.rules.v1 stage and without entities', () => {
    expect(quotesStage.name).toBe('quotes.rules.v1');
    const out = quotesStage.run(doc('“Calm has returned,” the mayor said.'), undefined);
    expect(out.quotes?.[0].speaker.name).toBe('the mayor');
  });
});

describe('speaker actors from the entity layer', () => {
  it('names a person of the phrase, but not one the speaker works for or belongs to', () => {
    const text = 'US Secretary of State Tom Hart said the pier is safe. A spokesman for Mr Hart said the ferry runs. Mr Hart’s aides said so. ' +
      'Hart campaign officials said no.';
    const people = ['Tom Hart', 'Mr Hart', 'Hart'];
    const entities = [text.indexOf('Tom Hart'), text.indexOf('Mr Hart said') + 3, text.indexOf('Mr Hart’s') + 3, text.lastIndexOf('Hart')].map((start) => (
      { start, end: start + (text.startsWith('Tom', start) ? 8 : 4), label: 'PER' as const, origin: 'ner' as const }));
    const resolution = { actors: [{ id: 'a0', name: 'Tom Hart', kind: 'person' as const, aliases: [] }], links: entities.map((_, mention) => ({ mention, actorId: 'a0' })) };
    const out = extractQuotes({ ...withPeople(text, people), entities, resolution } as unknown as Document);
    expect(out.map((q) => q.speaker.name)).toEqual(['Tom Hart', 'A spokesman for Mr Hart', 'Mr Hart’s aides', 'Hart campaign officials']);
    expect(out[0].speaker.actorId).toBe('a0');
    expect(out[1].speaker.actorId).toBeUndefined();
  });

  it('names no single person for two people speaking together', () => {
    const text = 'Both Ann Lee and Tom Hart said the pier was safe.';
    const [q] = extractQuotes(withPeople(text, ['Ann Lee', 'Tom Hart'], { 'Ann Lee': 'Ann Lee', 'Tom Hart': 'Tom Hart' }));
    expect(q.speaker.name).toBe('Both Ann Lee and Tom Hart');
    expect(q.speaker.actorId).toBeUndefined();
  });
});

describe('findQuoteRegions', () => {
  it('pairs straight and curly marks and continues a quote across paragraphs', () => {
    const text = '"One," then “two\n“three.”';
    const regions = findQuoteRegions(text);
    expect(regions.map((r) => text.slice(r.start, r.end))).toEqual(['One,', 'two', 'three.']);
    expect(regions[2].continues).toBe(true);
  });

  it('continues a straight-mark quote whose paragraph break was lost ("… direction. "If …")', () => {
    const text = 'Ruiz said, "We will see. "If the ferry stops, we act." Lee left. "Go," he said. "Now."';
    const regions = findQuoteRegions(text);
    expect(regions.map((r) => [text.slice(r.start, r.end), r.continues])).toEqual([
      ['We will see.', false], ['If the ferry stops, we act.', true], ['Go,', false], ['Now.', false],
    ]);
    // the speaker gets the whole quotation
    const [q] = extractQuotes({ source: { kind: 'inline', location: 't' }, article: { title: '', text, paragraphs: [] }, segments: segment(text) });
    expect(q.parts?.map((p) => text.slice(p.start, p.end))).toEqual(['We will see.', 'If the ferry stops, we act.']);
  });

  it('reads single marks as quotations outside double ones, not as apostrophes', () => {
    const quoted = (text: string) => findQuoteRegions(text).map((r) => text.slice(r.start, r.end));
    expect(quoted('‘We will not stop,’ he said. It was ‘a dark day’.')).toEqual(['We will not stop,', 'a dark day']);
    expect(quoted("'We are ready,' she said.")).toEqual(['We are ready,']);
    // apostrophes and a stray mark make no region
    expect(quoted("Rock ’n’ roll in the ’90s at the Smiths’ house; the '90s, 'em.")).toEqual([]);
    // single marks inside a double quotation are its inner quotation; double marks inside a single one are too
    expect(quoted('“He said ‘no’ twice,” Lee said.')).toEqual(['He said ‘no’ twice,']);
    expect(quoted('‘He told me “go away”,’ she said.')).toEqual(['He told me “go away”,']);
    // a single quotation over two paragraphs, each opening with the mark
    const text = '‘It was a long night.\n\n‘We had no water,’ she said.';
    const regions = findQuoteRegions(text);
    expect(regions.map((r) => [text.slice(r.start, r.end), r.continues])).toEqual([['It was a long night.', false], ['We had no water,', true]]);
    // a chain of single-mark paragraphs that never closes is no quotation
    expect(quoted("‘One.\n\n‘Two.\n\n‘Three.\n\nThe end.")).toEqual([]);
  });
});

describe('names from the entity layers (issue #5, round 13)', () => {
  it('names a surname the tagger read as an organisation by the person the resolver linked it to (issue #5, round 13)', () => {
    const text = 'The band was noticed by a manager, Ian Vale. "They were coarse," Vale recently said.';
    const d = withPeople(text, ['Ian Vale'], { 'Ian Vale': 'Ian Vale' }) as unknown as { entities: unknown[]; resolution: { links: unknown[] } };
    d.entities.push({ start: text.lastIndexOf('Vale'), end: text.lastIndexOf('Vale') + 4, label: 'ORG', origin: 'ner' });
    d.resolution.links.push({ mention: 1, actorId: 'a0' });
    const [q] = extractQuotes(d as unknown as Document);
    expect([q.speaker.name, q.role]).toEqual(['Ian Vale', 'manager']);
    // (not a firm the tagger took for a person of the same one-word name)
    const firm = 'Acme Corp sold the plant. "We are pleased," Acme said.';
    const f = withPeople(firm, ['Acme'], { Acme: 'Acme Corp' }) as unknown as { entities: { label: string }[] };
    f.entities[0].label = 'ORG';
    expect(extractQuotes(f as unknown as Document)[0].speaker.name).toBe('Acme');
  });

  it('leaves "he" unnamed when another person is named before it in its own sentence, not inside a participial opener', () => {
    const text = 'Tom Lee said the ferry was late. If Bob Hart did not know before, he knows now that the port is closed.';
    expect(extractQuotes(withPeople(text, ['Tom Lee', 'Bob Hart'])).map((q) => q.speaker.name)).toEqual(['Tom Lee', 'he']);
    const asked = 'Tom Lee said the ferry was late. Asked if Bob Hart would quit, he replied that the board would decide.';
    expect(extractQuotes(withPeople(asked, ['Tom Lee', 'Bob Hart'])).map((q) => q.speaker.name)).toEqual(['Tom Lee', 'Tom Lee']);
    // (nor a sentence adverb the tagger took for a name)
    const adverb = 'Tom Lee said the ferry was late. Moreover, he said the port was closed.';
    expect(extractQuotes(withPeople(adverb, ['Tom Lee', 'Moreover'])).map((q) => q.speaker.name)).toEqual(['Tom Lee', 'Tom Lee']);
  });
});


describe('plural descriptions opening with a name (issue #5, round 15)', () => {
  it('keeps "Clinton allies", "Muslim groups" as descriptions when the tagger linked the name, not "Nadal afterwards"', () => {
    const allies = 'Clinton allies argued that the plan failed.';
    expect(extractQuotes(withPeople(allies, ['Clinton'], { Clinton: 'Hillary Clinton' }))[0].speaker.name).toBe('Clinton allies');
    const groups = 'Muslim groups have repeatedly claimed that their communities are being victimised.';
    expect(extractQuotes(withPeople(groups, ['Muslim'], { Muslim: 'Muslim' }))[0].speaker.name).toBe('Muslim groups');
    const after = 'Nadal afterwards said the plan was dead.';
    expect(extractQuotes(withPeople(after, ['Nadal'], { Nadal: 'Rafael Nadal' }))[0].speaker.name).toBe('Rafael Nadal');
  });
});

describe('affiliations after a state title (issue #5, round 15)', () => {
  it('takes the party named after the name over the nationality before it ("Polish leader … of the … Law and Justice Party")', () => {
    const text = 'Polish leader Jan Wolski of the conservative Law and Justice Party said the party was ready.';
    const d = { ...doc(text), entities: [{ start: 0, end: 6, label: 'MISC', origin: 'demonym' },
      { start: text.indexOf('Jan Wolski'), end: text.indexOf('Jan Wolski') + 10, label: 'PER', origin: 'ner' }] } as unknown as Document;
    const [q] = extractQuotes(d);
    expect([q.speaker.name, q.affiliation?.name, q.role]).toEqual(['Jan Wolski', 'Law and Justice Party', 'leader']);
    const state = 'Polish leader Jan Wolski said the party was ready.';
    const s = { ...doc(state), entities: [{ start: 0, end: 6, label: 'MISC', origin: 'demonym' },
      { start: 14, end: 24, label: 'PER', origin: 'ner' }] } as unknown as Document;
    expect(extractQuotes(s)[0].affiliation?.name).toBe('Polish');
  });
});

describe('a nationality before a bare cue form and a name (issue #5, round 15)', () => {
  it('reads "Olympic hope Amy Vale said" with the whole phrase as the speaker, not "Olympic" hoping', () => {
    const text = 'Olympic hope Amy Vale said she was ready.';
    const d = { ...doc(text), entities: [{ start: 0, end: 7, label: 'MISC', origin: 'ner' }, { start: 13, end: 21, label: 'PER', origin: 'ner' }] } as unknown as Document;
    const quotes = extractQuotes(d);
    expect(quotes.map((q) => [text.slice(q.speaker.start, q.speaker.end), q.cue])).toEqual([['Olympic hope Amy Vale', 'said']]);
  });
});

describe('former offices and home towns (issue #5, round 16)', () => {
  it('reads "Ex-Labour minister" as a former minister of Labour', () => {
    const [q] = quotes('Ex-Labour minister Frank Field said there was a danger.');
    expect([q.speaker.name, q.affiliation?.name, q.role]).toEqual(['Frank Field', 'Labour', 'ex-minister']);
  });

  it('takes no affiliation from where the speaker comes from ("from Omaha, Nebraska,"), but keeps a club ("of Liverpool")', () => {
    const places = (text: string, names: string[]) => withOrganisations(text, names, 'LOC', 'gazetteer');
    const [q] = extractQuotes(places('Andrew Fisher, from Omaha, Nebraska, said he would sell his forehead.', ['Omaha', 'Nebraska']));
    expect(q.affiliation).toBeUndefined();
    const [r] = extractQuotes(places('Steven Gerrard of Liverpool said it was a bad day.', ['Liverpool']));
    expect(r.affiliation?.name).toBe('Liverpool');
  });
});

describe('an office named right after the one person who spoke (issue #5, round 16)', () => {
  it('reads "The Tory leader said" after Michael Howard spoke as Michael Howard, with the office as his role', () => {
    const text = 'Tom Hart has denied his cabinet was split over the cards. The Tory leader said his team had reached a view.';
    const [, leader] = extractQuotes(withPeople(text, ['Tom Hart']));
    expect([leader.speaker.name, leader.affiliation?.name, leader.role]).toEqual(['Tom Hart', 'Tory', 'leader']);
  });

  it('leaves the office unnamed when another person was named, the office was spoken of before, or it is an occupation', () => {
    const two = 'Tom Hart said the plan works, after meeting Ann Lee. The chancellor said the plan would cost more.';
    expect(extractQuotes(withPeople(two, ['Tom Hart', 'Ann Lee'])).map((q) => q.speaker.name)).toEqual(['Tom Hart', 'The chancellor']);
    const before = 'Tom Hart, who met the chancellor, said the plan works. The chancellor said the plan would cost more.';
    expect(extractQuotes(withPeople(before, ['Tom Hart'])).map((q) => q.speaker.name)).toEqual(['Tom Hart', 'The chancellor']);
    const spokesman = 'Tom Hart said the plan works. A spokesman said the plan would cost more.';
    expect(extractQuotes(withPeople(spokesman, ['Tom Hart'])).map((q) => q.speaker.name)).toEqual(['Tom Hart', 'A spokesman']);
  });

  it('keeps the office of a one-word name met again ("Mr Brown …. The chancellor said …. Mr Brown denied …")', () => {
    const text = 'Mr Brown said growth was strong. The chancellor said rates would stay low. Mr Brown denied that taxes would rise.';
    const out = extractQuotes(withPeople(text, ['Brown']));
    expect(out.map((q) => [q.speaker.name, q.role])).toEqual([['Brown', undefined], ['Brown', 'chancellor'], ['Brown', 'chancellor']]);
  });
});

describe('people a participle takes, and surnames that are titles (issue #5, round 16)', () => {
  it('reads "The five unions meeting Mr Prescott" as the unions, but "a protester using the pseudonym Katya" as Katya', () => {
    const unions = 'The five unions meeting Mr Tom Hart want the government to withdraw the rules.';
    expect(extractQuotes(withPeople(unions, ['Tom Hart']))[0].speaker.name).toBe('The five unions meeting Mr Tom Hart');
    const katya = 'A protester using the pseudonym Katya said it was bad.';
    expect(extractQuotes(withPeople(katya, ['Katya']))[0].speaker.name).toBe('Katya');
    const field = 'Deputy planning director Tom Hart said it was bad.';
    expect(extractQuotes(withPeople(field, ['Tom Hart']))[0].speaker.name).toBe('Tom Hart');
  });

  it('gives no office to a surname that is a title word ("says King, 30,")', () => {
    const [q] = quotes('"Listeners will get both," says King, 30.');
    expect([q.speaker.name, q.role]).toEqual(['King', undefined]);
  });
});

describe('an office after the one person the article named, who had not spoken (issue #5, round 16)', () => {
  it('reads "Tom Hart has made an appeal …. The chancellor would not comment, but insisted …" as Tom Hart', () => {
    const text = 'Tom Hart has made an appeal for unity. The chancellor would not comment, but insisted he would not be distracted.';
    const [q] = extractQuotes(withPeople(text, ['Tom Hart']));
    expect([q.speaker.name, q.role]).toEqual(['Tom Hart', 'chancellor']);
  });

  it('leaves "The woman" unnamed after a named man', () => {
    const text = 'Tom Hart has made an appeal for unity. The woman said she would not be distracted.';
    expect(extractQuotes(withPeople(text, ['Tom Hart']))[0].speaker.name).toBe('The woman');
  });
});

describe('common occupations (issue #5, round 16)', () => {
  it('reads "a security guard at a Reno casino" as the office, but keeps a surname that is a trade ("Stacy Baker")', () => {
    const [q] = quotes('Marvin Teske, 53, a security guard at a Reno casino, said Clinton would win.');
    expect(q.role).toBe('security guard');
    const [r] = quotes('Stacy Baker of Columbia, South Carolina says she thinks Cruz can win.');
    expect(r.speaker.name).toBe('Stacy Baker');
  });
});

describe('an office named after the one person who spoke, others titled otherwise (issue #5, round 17)', () => {
  it('reads "the prime minister said" as Tom Hart when the other person named is "President Lee" (or "Chancellor Lee")', () => {
    const text = 'Hart tells EU to wake up\n\nTom Hart is urging European leaders to wake up over President Lee\'s re-election. "America has spoken," the prime minister said.';
    const quotes = extractQuotes(withPeople(text, ['Tom Hart', 'Hart', 'Lee']));
    expect(quotes.at(-1)?.speaker.name).toBe('Tom Hart');
    const untitled = 'Tom Hart is urging European leaders to wake up over Ann Lee\'s re-election. "America has spoken," the prime minister said.';
    expect(extractQuotes(withPeople(untitled, ['Tom Hart', 'Ann Lee'])).at(-1)?.speaker.name).toBe('the prime minister');
  });
});
