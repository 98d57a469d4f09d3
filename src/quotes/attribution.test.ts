// Broader attribution patterns (whole speaker phrases, stance verbs, nominal cues); sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { Document, Quote } from '../core/document.js';
import { loadKnowledgeBase, resolveStage } from '../knowledge/index.js';
import { segment } from '../text/segment.js';
import { extractQuotes } from './extract.js';
import { findQuoteRegions } from './marks.js';

function quotes(text: string): Quote[] {
  return extractQuotes({ source: { kind: 'inline', location: 'test' }, article: { title: '', text, paragraphs: [] }, segments: segment(text) });
}

const spans = (text: string) => quotes(text).map((q) => [text.slice(q.speaker.start ?? 0, q.speaker.end ?? 0), q.cue, q.text]);
/** The words of each part of a quote ("“X,” he said. “Y.”" is one quote of two parts). */
const partsOf = (text: string, q: Quote) => (q.parts ?? [q]).map((p) => text.slice(p.start, p.end));

/** The document with the entity layer's mentions of `phrase` (its `nth` occurrence, 1 when not given) marked. */
function marked(text: string, mentions: [phrase: string, label: 'PER' | 'ORG' | 'LOC' | 'MISC', nth?: number][]): Document {
  const entities = mentions.map(([phrase, label, nth = 1]) => {
    let at = -1;
    for (let n = 0; n < nth; n++) at = text.indexOf(phrase, at + 1);
    return { start: at, end: at + phrase.length, label, origin: 'ner' as const };
  }).sort((x, y) => x.start - y.start);
  return { source: { kind: 'inline', location: 'test' }, article: { title: '', text, paragraphs: [] }, segments: segment(text), entities };
}

/** The document with its place mentions read as the gazetteer finds them. */
const gazetteerPlaces = (doc: Document): Document => ({ ...doc, entities: doc.entities!.map((m) => (m.label === 'LOC' ? { ...m, origin: 'gazetteer' as const } : m)) });

describe('speaker phrases drawn whole', () => {
  it('keeps age and appositive in a preverbal speaker phrase', () => {
    expect(spans('Nora Vale, 34, a nurse from Tampa, said she would vote for the levy.')).toEqual([
      ['Nora Vale, 34, a nurse from Tampa', 'said', 'she would vote for the levy'],
    ]);
  });

  it('keeps a relative clause inside commas', () => {
    const [q] = quotes('Omar Reyes, who chairs the harbour board, said the dredging would start in May.');
    expect(q.speaker.name).toBe('Omar Reyes');
    expect(q.text).toBe('the dredging would start in May');
  });

  it('takes the inverted speaker phrase with its appositive to the sentence end, but stops before "after …"', () => {
    expect(spans('"We are ready," said Ida Moss, a director of the port authority.')[0][0]).toBe('Ida Moss, a director of the port authority');
    expect(spans('"We are ready," said Ida Moss, 52, after touring the docks.')[0][0]).toBe('Ida Moss, 52');
  });

  it('reads quantity subjects of polls', () => {
    expect(spans('Nearly half of the voters surveyed in Leeds said they wanted a new bridge.')[0][0]).toBe(
      'Nearly half of the voters surveyed in Leeds',
    );
  });

  it('gives a coordinated or participial cue the subject of the main clause', () => {
    expect(spans('Lee praised the plan and said the city would grow.')).toContainEqual(['Lee', 'said', 'the city would grow']);
    const text = 'Governor Ana Ruiz defended the budget on Monday, saying the cuts were needed.';
    expect(spans(text)).toContainEqual(['Governor Ana Ruiz', 'saying', 'the cuts were needed']);
  });

  it('does not take an adverbial opening as part of the speaker', () => {
    const [q] = quotes('After the vote, the mayor said the council had acted in good faith.');
    expect(q.speaker.name).not.toMatch(/After/);
    expect(q.text).toBe('the council had acted in good faith');
  });

  it('leaves a dateline out of reported speech before its speaker', () => {
    expect(spans('TAMPA — The ferry will run again, the mayor said.')).toEqual([['the mayor', 'said', 'The ferry will run again']]);
    expect(spans('(KTV) — The ferry is late, according to two port officials.')[0][2]).toBe('The ferry is late');
    expect(quotes('Ben Hart added to his collection of titles.')).toEqual([]);
    expect(quotes('Perhaps the most telling: the ferry never left the pier.')).toEqual([]);
    expect(quotes('The ferry video reached two million views before it was deleted.')).toEqual([]);
    expect(quotes('The ruling led to overlapping harbour zone (HZ) claims and would move the pier.')).toEqual([]);
    expect(quotes('The views expressed in this article do not reflect those of the port.')).toEqual([]);
    expect(spans('A port official who did not wish to be named said the pier was unsafe.').map((q) => q[1])).toEqual(['said']);
  });

  it('leaves a dateline out of the speaker phrase', () => {
    expect(spans('LEEDS ― Mayor Ann Lee said the bridge would open.')[0][0]).toBe('Mayor Ann Lee');
    expect(spans('LEEDS (KTV) - Mayor Ann Lee said the bridge would open.')[0][0]).toBe('Mayor Ann Lee');
  });

  it('skips a sentence adverb between the speaker and the cue', () => {
    expect(spans('Mayor Ann Lee, however, said the plan was dead.')[0][0]).toBe('Mayor Ann Lee');
  });

  it('splits a second cue of the same speaker ("but added")', () => {
    expect(spans('Kim said it was early but added, “We will see.”')).toEqual([
      ['Kim', 'said', 'it was early'],
      ['Kim', 'added', 'We will see.'],
    ]);
  });

  it('reads "continued" after a question quotation', () => {
    const text = '"Is the ferry late again?" Lee continued. "Why?"';
    expect(spans(text)[0].slice(0, 2)).toEqual(['Lee', 'continued']);
    expect(quotes(text).map((q) => partsOf(text, q))).toEqual([['Is the ferry late again?', 'Why?']]);
  });

  it('reads a question quotation that closes its own sentence before the speaker', () => {
    const [q] = quotes('"Will the bridge open?" Borger asked.');
    expect(q.direct).toBe(true);
    expect(q.text).toBe('Will the bridge open?');
    expect(q.speaker.name).toBe('Borger');
  });

  it('reads "told <audience>" followed by a clause without "that"', () => {
    expect(spans('Lee told KTV he planned to stay neutral.')).toEqual([['Lee', 'told', 'he planned to stay neutral']]);
  });

  it('introduces a quotation after "said,"', () => {
    const [q] = quotes('Kim said, “The bridge will open next week.”');
    expect(q.direct).toBe(true);
    expect(q.text).toBe('The bridge will open next week.');
    expect(q.speaker.name).toBe('Kim');
  });
});

describe('stance, intention and nominal cues', () => {
  it('takes the object of a stance verb as content', () => {
    expect(spans('The union called on the minister to resign.')).toEqual([['The union', 'called', 'the minister to resign']]);
    expect(spans('Farmers want lower fuel taxes.')).toEqual([['Farmers', 'want', 'lower fuel taxes']]);
  });

  it('leaves nouns, passives and compound nouns alone', () => {
    expect(quotes('The plan has support from the council.')).toEqual([]);
    expect(quotes('It was revealed that the mine had closed.')).toEqual([]);
    expect(quotes('She joined a think tank in Oslo.')).toEqual([]);
    expect(quotes('The group claimed two attacks in the north.')).toEqual([]);
  });

  it('draws "according to" sources as the whole phrase, without a trailing time', () => {
    expect(spans('According to a new survey from Lake University, turnout fell.')[0][0]).toBe('a new survey from Lake University');
    expect(spans('Turnout fell by a third, according to a council report on Friday.')).toEqual([
      ['a council report', 'according to', 'Turnout fell by a third'],
    ]);
  });

  it('reads a named poll after "in" as the source, but not "in the polls"', () => {
    expect(spans('Ruiz held a ten-point lead in a KTV poll.')).toEqual([['a KTV poll', 'in', 'Ruiz held a ten-point lead']]);
    expect(quotes('Ruiz is leading in the polls.')).toEqual([]);
  });

  it('reads a headline speaker before a colon, not a list', () => {
    expect(spans('Ruiz: Bridge Toll ‘Simply Wrong’ for Commuters')).toEqual([['Ruiz', ':', 'Bridge Toll ‘Simply Wrong’ for Commuters']]);
    expect(quotes('Leeds: Ann Bell, Tom Hart, Raj Patel, Lena Ortiz')).toEqual([]);
  });

  it('reads speaker labels in capitals, and a transcript label speaks to the end of its paragraph', () => {
    expect(spans('KTV: Ferry Fares Rise Again')).toEqual([['KTV', ':', 'Ferry Fares Rise Again']]);
    const text = 'ANNA BELL: We have waited long enough. The ferry must run daily.\nTOM HART: It will run in May.';
    expect(spans(text)).toEqual([
      ['ANNA BELL', ':', 'We have waited long enough. The ferry must run daily.'],
      ['TOM HART', ':', 'It will run in May.'],
    ]);
    expect(quotes('UPDATE: The ferry will run on Sunday after all.')).toEqual([]);
    // a transcript label's answer may be long and full of commas
    const long = 'KIM: Well, I think the port, the ferries, the buses and, yes, the trains all need work.';
    expect(spans(long)[0]).toEqual(['KIM', ':', 'Well, I think the port, the ferries, the buses and, yes, the trains all need work.']);
    expect(spans("Bell: 'Never Trust the Ferry Timetable'")).toEqual([['Bell', ':', 'Never Trust the Ferry Timetable']]);
  });

  it('reads a short colon phrase ending with a full stop as a section label, not a headline statement', () => {
    expect(quotes('Kim: Hold the line.')).toEqual([]);
    expect(spans('Kim: Ferry Fares Too High')).toEqual([['Kim', ':', 'Ferry Fares Too High']]);
  });

  it('keeps a nested attribution inside a wider one', () => {
    const text = 'The mayor said the bridge was safe, according to the minutes of the meeting.';
    const got = spans(text).map((x) => x[0]);
    expect(got).toContain('the minutes of the meeting');
    expect(got).toContain('The mayor');
  });
});

describe('doubled apostrophes as quotation marks', () => {
  it("reads ''…'' as a quotation", () => {
    const text = "''The port is open,'' Mr. Dale said.";
    expect(findQuoteRegions(text).map((r) => text.slice(r.start, r.end))).toEqual(['The port is open,']);
    const [q] = quotes(text);
    expect(q.direct).toBe(true);
    expect(q.text).toBe('The port is open');
    expect(q.speaker.name).toBe('Dale');
  });
});

describe('subjects after introductory phrases, appositives and quantifiers', () => {
  it('skips an introductory adverbial before the subject', () => {
    expect(spans('Around that time, 47 percent said they would back the levy.')).toEqual([['47 percent', 'said', 'they would back the levy']]);
    expect(spans('On Monday, the harbour board called for a new vote.')).toEqual([['the harbour board', 'called', 'a new vote']]);
  });

  it('reads "The X, who …, said Y" as an appositive subject, not content before an inverted speaker', () => {
    expect(spans('The mayor, who faces a recall vote, said the ferry would keep running.')).toEqual([
      ['The mayor, who faces a recall vote', 'said', 'the ferry would keep running'],
    ]);
  });

  it('gives an object cue its appositive subject', () => {
    expect(spans('Tom Ellis, the council leader, called on the mayor to resign.')).toEqual([
      ['Tom Ellis, the council leader', 'called', 'the mayor to resign'],
    ]);
  });

  it('takes a quantifier alone as the subject', () => {
    expect(spans('Several said they would vote early.')).toEqual([['Several', 'said', 'they would vote early']]);
    expect(spans('That said, the ferry will keep running.')).toEqual([]);
  });

  it('does not read a capitalised cue form that ends a name as a cue', () => {
    const text = 'The levy will fail without rural votes, said Ann Lee, an analyst at the Harbour Report.';
    expect(spans(text)).toEqual([['Ann Lee, an analyst at the Harbour Report', 'said', 'The levy will fail without rural votes']]);
  });

  it('names the person, not the firm, in "X of the firm Y"', () => {
    const [q] = quotes('"We are ready," said Ann Lee of the firm Acme.');
    expect(q.speaker.name).toBe('Ann Lee');
  });
});

describe('names of descriptions with appositives', () => {
  it('keeps a description with a participial appositive unnamed, and names the person of a name appositive', () => {
    expect(quotes('A UN official, speaking on condition of anonymity, said the talks failed.')[0].speaker.name).toBe('A UN official');
    expect(quotes('A UN official, Ann Lee, said the talks failed.')[0].speaker.name).toBe('Ann Lee');
    expect(quotes('The mayor, who faces a recall vote, said the ferry would keep running.')[0].speaker.name).toBe('The mayor');
  });
});

describe('inserts and follow-on participles', () => {
  it('gives a participle after a quote the speaker of that quote', () => {
    const text = '"The harbour is safe," Mayor Ana Ruiz said on Monday, adding that the ferries would run again.';
    expect(spans(text)).toContainEqual(['Mayor Ana Ruiz', 'adding', 'the ferries would run again']);
    const two = spans('"We will rebuild," said Tom Ellis, noting that the bridge had stood for a century.');
    expect(two).toContainEqual(['Tom Ellis', 'noting', 'the bridge had stood for a century']);
  });

  it('skips a comma or dash insert between the cue and "that"', () => {
    expect(spans('The minister said, however, that the tolls would stay.')).toEqual([['The minister', 'said', 'the tolls would stay']]);
    expect(spans('His deputy Omar Haddad said — in a radio interview, as it turned out — that the port would close.')).toEqual([
      ['His deputy Omar Haddad', 'said', 'the port would close'],
    ]);
  });

  it('does not skip an insert that is not followed by a clause mark', () => {
    expect(spans('Lee said, in short, nothing.')).toEqual([]);
  });
});

describe('inserts between the speaker and the cue', () => {
  it('leaves a participial or dashed insert out of the speaker phrase', () => {
    expect(spans('Ana Ruiz, citing the new budget, said the ferries would run again.')).toContainEqual([
      'Ana Ruiz', 'said', 'the ferries would run again',
    ]);
    expect(spans('Tom Ellis — who chairs the harbour board — told the Harbour Gazette that the dredging would start in May.')).toContainEqual([
      'Tom Ellis', 'told', 'the dredging would start in May',
    ]);
  });

  it('keeps a relative clause in commas inside the speaker phrase', () => {
    expect(spans('Tom Ellis, who chairs the harbour board, said the dredging would start in May.')[0][0]).toBe(
      'Tom Ellis, who chairs the harbour board',
    );
  });
});

describe('speakers of relative clauses and second cues', () => {
  it('reads "which he said …" as the pronoun speaking the rest of the clause', () => {
    expect(spans('Lee backed a new toll on the bridge, which he said would pay for repairs.')).toContainEqual([
      'he', 'said', 'would pay for repairs',
    ]);
  });

  it('ends an object cue before "and said" so the second cue gets its own content', () => {
    expect(spans('Ruiz posted a photograph of the flooded pier and said the council had ignored warnings.')).toEqual([
      ['Ruiz', 'posted', 'a photograph of the flooded pier'],
      ['Ruiz', 'said', 'the council had ignored warnings'],
    ]);
  });
});

describe('frames and speaker edges tuned on PolNeAR train (sentences written for these tests)', () => {
  it('reads a restrictive "who" as the speaker of its clause', () => {
    expect(spans('The mayor won most of the residents who say the ferry matters most.')).toContainEqual([
      'who', 'say', 'the ferry matters most',
    ]);
  });

  it('does not read "the 40-page report" after a cue as a time', () => {
    expect(spans('Ana Ruiz said the 40-page report was late.')).toEqual([['Ana Ruiz', 'said', 'the 40-page report was late']]);
  });

  it('keeps a compound noun with a bare cue form inside the speaker phrase', () => {
    expect(spans('Bo Lind, a radio talk show host in Perth, said that the ferry was late.')).toEqual([
      ['Bo Lind, a radio talk show host in Perth', 'said', 'the ferry was late'],
    ]);
  });

  it('leaves a prepositional insert and a time phrase out of the speaker phrase', () => {
    expect(spans('Ana Ruiz, in a statement issued by her office, said the ferry was late.')[0][0]).toBe('Ana Ruiz');
    expect(spans('The harbour board, for its part, said the ferry was late.')[0][0]).toBe('The harbour board');
    expect(spans('Ana Ruiz on Monday said the ferry was late.')[0][0]).toBe('Ana Ruiz');
    expect(spans('Ana Ruiz at the time said the ferry was late.')[0][0]).toBe('Ana Ruiz');
  });

  it('keeps an affiliation insert with "at" in the speaker phrase', () => {
    expect(spans('Bo Lind, at the harbour trust, said the ferry was late.')[0][0]).toBe('Bo Lind, at the harbour trust');
  });

  it('gives a participle after a mid-sentence quotation the main subject', () => {
    expect(spans('Ana Ruiz gave a warm defence of “harbour towns,” saying the ferries keep them alive.')).toContainEqual([
      'Ana Ruiz', 'saying', 'the ferries keep them alive',
    ]);
  });

  it('reads "were more likely to say" and "is poised to argue" with the subject as speaker', () => {
    expect(spans('Older voters were more likely to say the ferry is late.')).toEqual([['Older voters', 'say', 'the ferry is late']]);
    expect(spans('Ana Ruiz is poised to argue that the ferry is late.')).toEqual([['Ana Ruiz', 'argue', 'the ferry is late']]);
  });

  it('reads a speaker after an opening parenthesis', () => {
    expect(spans('(She says the ferry is late.)')).toEqual([['She', 'says', 'the ferry is late']]);
  });

  it('reads a clitic "’s" after a pronoun as an auxiliary', () => {
    expect(spans('He’s said the ferry is late.')).toEqual([['He', 'said', 'the ferry is late']]);
  });

  it('lets a belief or manner verb report a quotation right before its speaker', () => {
    expect(spans('“We will run the ferry again,” Ana Ruiz continued.')).toEqual([['Ana Ruiz', 'continued', 'We will run the ferry again']]);
    expect(spans('“We will win,” vowed Ana Ruiz.')).toEqual([['Ana Ruiz', 'vowed', 'We will win']]);
  });

  it('reads a speaker in commas after a one-word opener as the speaker of what follows', () => {
    expect(spans('Instead, she said, the board sold the ferry.')).toEqual([['she', 'said', 'the board sold the ferry']]);
  });

  it('gives a coordinated cue the subject with its appositive', () => {
    expect(spans('Bo Lind, a former state party chairman, joined the board and said the ferry was late.')).toContainEqual([
      'Bo Lind, a former state party chairman', 'said', 'the ferry was late',
    ]);
  });

  it('reads "according to" after a quotation, with an appositive, and as an insert', () => {
    expect(spans('The clerk said the rule was meant to “avoid a fuss,” according to the minutes.')).toContainEqual([
      'the minutes', 'according to', 'The clerk said the rule was meant to “avoid a fuss',
    ]);
    expect(spans('The ferry will stop in Leeds, according to a report from KTV, the ABC affiliate in Leeds.')).toEqual([
      ['a report from KTV, the ABC affiliate in Leeds', 'according to', 'The ferry will stop in Leeds'],
    ]);
    const [q] = quotes('Ticket sales, according to the operator, have doubled since May.');
    expect(q.speaker.name).toBe('the operator');
    expect(q.parts?.map((p) => 'Ticket sales, according to the operator, have doubled since May.'.slice(p.start, p.end))).toEqual([
      'Ticket sales', 'have doubled since May',
    ]);
  });

  it('reads pronoun speakers that open their clause after an opener', () => {
    expect(spans('He’s predicting he will win the next vote.')).toEqual([['He', 'predicting', 'he will win the next vote']]);
    expect(spans('Nonetheless, she sought to calm the ferry crews.')).toEqual([['she', 'sought', 'calm the ferry crews']]);
    expect(spans('But now she wants the crews to know that she is with them.')).toEqual([
      ['she', 'wants', 'the crews to know that she is with them'],
    ]);
  });

  it('ends an object content before a subordinate clause with its own cue', () => {
    expect(spans('Lee is touting his record as he urges crews to back him.')).toEqual([
      ['Lee', 'touting', 'his record'],
      ['he', 'urges', 'crews to back him'],
    ]);
  });

  it('skips a prepositional phrase between the cue and "that"', () => {
    expect(spans('Ana Ruiz said in a radio interview with KTV that the ferry was late.')).toEqual([['Ana Ruiz', 'said', 'the ferry was late']]);
  });

  it('reads a nominative pronoun as a speaker after a prepositional phrase, not inside another cue’s content', () => {
    expect(spans('At the pier this week she said the ferry was late.')).toEqual([['she', 'said', 'the ferry was late']]);
    expect(spans('Ana Ruiz says she thinks the ferry is late.')).toEqual([['Ana Ruiz', 'says', 'she thinks the ferry is late']]);
  });

  it('reads "secretary of state" inside a subject as a noun', () => {
    expect(spans('The former secretary of state has backed the ferry levy.')).toEqual([
      ['The former secretary of state', 'backed', 'the ferry levy'],
    ]);
  });

  it('skips a participial opener before the subject', () => {
    expect(spans('Addressing the harbour board’s annual dinner on Thursday, Ana Ruiz praised the ferry crews.')).toEqual([
      ['Ana Ruiz', 'praised', 'the ferry crews'],
    ]);
  });

  it('gives a participial cue the whole subject with its lower-case nouns', () => {
    expect(spans('The retired pilot has given no details, saying only that he was tired.')).toContainEqual([
      'The retired pilot', 'saying', 'he was tired',
    ]);
    expect(spans('Both parents criticised the toll, saying that it hurt families.')).toContainEqual([
      'Both parents', 'saying', 'it hurt families',
    ]);
  });

  it('reads participle cues that are not clause verbs, and -ing stance cues after a comma, with the main subject', () => {
    expect(spans('Ana Ruiz spoke out against the toll, suggesting that it would hurt families.')).toEqual([
      ['Ana Ruiz', 'suggesting', 'it would hurt families'],
    ]);
    expect(spans('Ana Ruiz launched a sharp attack on the board last night, comparing its members to pirates.')).toEqual([
      ['Ana Ruiz', 'comparing', 'its members to pirates'],
    ]);
  });

  it('ends an inverted speaker before a restrictive relative clause', () => {
    expect(spans('“The ferry is late,” said a harbour official who spoke on condition of anonymity.')).toEqual([
      ['a harbour official', 'said', 'The ferry is late'],
    ]);
  });

  it('leaves a spaced or doubled hyphen insert out of the speaker phrase', () => {
    expect(spans('The judge -- who has been in a row with the mayor -- said she regretted her remarks.')[0][0]).toBe('The judge');
    expect(spans('The judge - who has been in a row with the mayor - said she regretted her remarks.')[0][0]).toBe('The judge');
  });

  it('reads the subject of a subordinate clause as a speaker', () => {
    expect(spans('The ferry ran late, even though a number of riders said they were happy.')).toContainEqual([
      'a number of riders', 'said', 'they were happy',
    ]);
    expect(spans('While Ana Ruiz has pledged to support the levy, Bo Lind suggested that it would fail.')).toEqual([
      ['Ana Ruiz', 'pledged', 'support the levy'],
      ['Bo Lind', 'suggested', 'it would fail'],
    ]);
  });

  it('takes a pronoun after a sentence adverb as the main subject', () => {
    expect(spans('Then he turned on the board, calling its plan a “disgrace.”')).toContainEqual(['he', 'calling', 'its plan a “disgrace.”']);
  });

  it('reads a cue form after a possessive or a plural noun use as no cue', () => {
    expect(spans('Editor’s note: the ferry timetable changed in May.')).toEqual([]);
    expect(spans('Ana Ruiz won all five states on Tuesday.')).toEqual([]);
  });

  it('reads a lower-case subject after a leading "And"', () => {
    expect(spans('And surveys suggest that most riders like the ferry.')).toEqual([['surveys', 'suggest', 'most riders like the ferry']]);
  });

  it('keeps reduced relatives and hyphenated adjectives inside a subject', () => {
    expect(spans('A survey conducted by the council in the spring showed that riders like the ferry.')).toEqual([
      ['A survey conducted by the council in the spring', 'showed', 'riders like the ferry'],
    ]);
    expect(spans('Bo Lind, a manager at the oldest family-owned boatyard in Perth, said that the ferry was late.')[0][0]).toBe(
      'Bo Lind, a manager at the oldest family-owned boatyard in Perth',
    );
  });

  it('ends a content before a coordinated clause with its own speaker and cue', () => {
    expect(spans('Most riders said they liked the ferry, and more than 4 in 10 said the toll was too high.')).toEqual([
      ['Most riders', 'said', 'they liked the ferry'],
      ['more than 4 in 10', 'said', 'the toll was too high'],
    ]);
  });

  it('leaves an attributing relative clause out of the speaker phrase and ends its content at its comma', () => {
    expect(spans('Ana Ruiz, who said the plan was checked by lawyers, said she knew of no dispute.')).toEqual([
      ['who', 'said', 'the plan was checked by lawyers'],
      ['Ana Ruiz', 'said', 'she knew of no dispute'],
    ]);
  });

  it('reads manner verbs that report a quotation', () => {
    expect(spans('“This is fantastic!” beamed Don Hart of Perth.')).toEqual([['Don Hart of Perth', 'beamed', 'This is fantastic!']]);
    expect(spans('“We will win,” Ana Ruiz smiled.')).toEqual([['Ana Ruiz', 'smiled', 'We will win']]);
    expect(spans('Ana Ruiz smiled at the crowd.')).toEqual([]);
  });

  it('reads "went on to say" with the subject as speaker', () => {
    expect(spans('He went on to say, “The ferry will run again.”')).toEqual([['He', 'say', 'The ferry will run again.']]);
  });

  it('ends an inverted speaker phrase before ", in a statement" and before an attributing relative clause', () => {
    expect(spans('“I was never told,” said Bo Lind, a clerk who attended the meeting, in a statement from his firm.')[0][0]).toBe(
      'Bo Lind, a clerk who attended the meeting',
    );
    expect(spans('“We are angry,” said Bo Lind, who argued the toll was unfair.')).toContainEqual(['Bo Lind', 'said', 'We are angry']);
  });

  it('keeps the quotation, not a trailing adjunct, as the content of a speaker after it', () => {
    expect(spans('“We will win,” Ana Ruiz said in an interview.')).toEqual([['Ana Ruiz', 'said', 'We will win']]);
    expect(spans('“We will win,” said Ana Ruiz at a rally in Perth on Monday.')).toEqual([['Ana Ruiz', 'said', 'We will win']]);
    expect(spans('Ana Ruiz said in an interview that the ferry was late.')).toEqual([['Ana Ruiz', 'said', 'the ferry was late']]);
  });

  it('skips an object pronoun or "at the time" after the speaker of a quotation', () => {
    expect(spans('“Just one minute,” he urged them.')).toEqual([['he', 'urged', 'Just one minute']]);
    expect(spans('“That was the turning point,” Bo Lind, a pollster at Acme, said at the time.')).toEqual([
      ['Bo Lind, a pollster at Acme', 'said', 'That was the turning point'],
    ]);
    expect(spans('“This was the moment,” he said in his speech that night.')).toEqual([['he', 'said', 'This was the moment']]);
  });

  it('gives a stance cue followed by a quotation the whole quotation', () => {
    expect(spans('He answered, “I have no idea. We are old friends.”')).toEqual([['He', 'answered', 'I have no idea. We are old friends.']]);
  });

  it('reads a name before a colon that opens a quotation', () => {
    expect(spans('The ferry matters in the west - Ana Ruiz: “Two weeks ago the ferry was full.”')).toEqual([
      ['Ana Ruiz', ':', 'Two weeks ago the ferry was full.'],
    ]);
    expect(spans('The plan had three parts: “fares, boats and piers.”').filter((q) => q[1] === ':')).toEqual([]);
  });

  it('gives a colon quotation after a verb to the clause subject', () => {
    expect(spans('Ana Ruiz leaned in and boomed: “We will run the ferry again.”')).toContainEqual([
      'Ana Ruiz', ':', 'We will run the ferry again.',
    ]);
  });

  it('skips a negated auxiliary with a curly apostrophe between speaker and cue', () => {
    // (the cue shows its negation: what follows is what the speaker does not know)
    expect(spans('I don’t know how the ferry will run.')).toEqual([['I', 'don’t know', 'how the ferry will run']]);
  });

  it('reads a pronoun fused with its auxiliary as the speaker, spanning the pronoun only', () => {
    const text = 'They’ve said the ferry is late.';
    const [q] = quotes(text);
    expect(text.slice(q.speaker.start, q.speaker.end)).toBe('They');
    expect(q.text).toBe('the ferry is late');
  });

  it('reads a relative "that" after a noun as the speaker of its clause', () => {
    expect(spans('The timetable was replaced by a notice that said the line is closed.')).toEqual([
      ['that', 'said', 'the line is closed'],
    ]);
  });

  it('reads a short lower-case subject after the content and a plural noun that looks like a cue', () => {
    expect(spans('The levy has helped the ferry survive the winter, donors said.')).toEqual([
      ['donors', 'said', 'The levy has helped the ferry survive the winter'],
    ]);
    expect(spans('Some advocates for the ferry said the levy was fair.')).toEqual([
      ['Some advocates for the ferry', 'said', 'the levy was fair'],
    ]);
    expect(spans('She advocates for a new ferry.')).toEqual([['She', 'advocates', 'a new ferry']]);
  });

  it('reads the clause after "says," when nothing is reported before the speaker', () => {
    expect(spans('Ana Ruiz says, win or lose in May, she is staying on the board.')).toEqual([
      ['Ana Ruiz', 'says', 'win or lose in May, she is staying on the board'],
    ]);
  });

  it('reads a capitalised cue form inside a name as part of the subject', () => {
    expect(spans('After the storm, the State Department says it closed the pier.')).toEqual([
      ['the State Department', 'says', 'it closed the pier'],
    ]);
  });

  it('runs an inverted lower-case speaker phrase to the clause end', () => {
    expect(spans('“It was late,” said a source close to the harbour board.')).toEqual([
      ['a source close to the harbour board', 'said', 'It was late'],
    ]);
  });

  it('starts a speaker clause after a spaced hyphen or a question inside the sentence', () => {
    expect(spans('So, which ferry was best? - Pew notes that the surveys vary.')).toEqual([['Pew', 'notes', 'the surveys vary']]);
  });

  it('reads a bare clause that opens with an editorial bracket', () => {
    expect(spans('But I think [the] ferry went a long way.')).toEqual([['I', 'think', '[the] ferry went a long way']]);
  });

  it('gives a participle with a quotation after it the quotation, and keeps a pronoun subject whole', () => {
    expect(spans('Although he thanked the crowd, he sounded a note of doubt, saying, “I am not sure I deserve it.”')).toContainEqual([
      'he', 'saying', 'I am not sure I deserve it.',
    ]);
    expect(spans('Ana Ruiz first defended the toll, but late Saturday she announced she backed a repeal.')).toEqual([
      ['Ana Ruiz', 'defended', 'the toll'],
      ['she', 'announced', 'she backed a repeal'],
    ]);
  });

  it('leaves a prepositional insert out of the subject of a stance cue', () => {
    expect(spans('The harbour board, for its part, expressed confidence in the ferry.')).toEqual([
      ['The harbour board', 'expressed', 'confidence in the ferry'],
    ]);
  });

  it('leaves an intensifying reflexive out of the speaker phrase', () => {
    expect(spans('Ana Ruiz herself said the ferry was late.')).toEqual([['Ana Ruiz', 'said', 'the ferry was late']]);
  });

  it('reads a subject that opens with a time word and a possessive', () => {
    expect(spans('Last year’s harbour figures show that the ferry was late.')).toEqual([
      ['Last year’s harbour figures', 'show', 'the ferry was late'],
    ]);
  });

  it('reads an opening mark after closing punctuation and before a space as a misprinted closing mark', () => {
    expect(spans('“Apparently not,“ he said.')).toEqual([['he', 'said', 'Apparently not']]);
  });

  it('reads the subject of an object relative clause as its speaker', () => {
    expect(spans('The board put the cost at 2 million, which Ana Ruiz called “a disgrace.”')).toContainEqual([
      'Ana Ruiz', 'called', 'a disgrace.',
    ]);
    expect(spans('The crews fixed what Bo Lind described as a piece of history.')).toEqual([
      ['Bo Lind', 'described', 'as a piece of history'],
    ]);
  });

  it('leaves a long participial insert out of the speaker phrase', () => {
    expect(spans('One former clerk, speaking on condition of anonymity because of a confidentiality agreement, said the ferry was late.')[0][0])
      .toBe('One former clerk');
  });

  it('starts a subject after a colon that ends a sentence-like lead', () => {
    expect(spans('The doubts have had a slow effect: Some 30 percent of voters said they believe the mayor lied.')).toContainEqual([
      'Some 30 percent of voters', 'said', 'they believe the mayor lied',
    ]);
  });

  it('reads a base-form stance word after a determiner and singular modifiers as a noun, not a cue', () => {
    expect(quotes('The party made an all-out push to win the county.')).toEqual([]);
    expect(quotes('A close call on the ferry last week shook the crew.')).toEqual([]);
    expect(spans('The older voters support a new bridge.')).toEqual([['The older voters', 'support', 'a new bridge']]);
  });

  it('needs a clause after a cue with a common non-speech object sense ("maintained a lead")', () => {
    expect(quotes('Lee maintained a narrow lead over the mayor.')).toEqual([]);
    expect(quotes('The board confirmed the new chief.')).toEqual([]);
    expect(spans('Lee maintained he was innocent.')).toEqual([['Lee', 'maintained', 'he was innocent']]);
    expect(spans('The board confirmed the deal is off.')).toEqual([['The board', 'confirmed', 'the deal is off']]);
  });

  it('skips an opener with "Back in …" or "Just … ago" before the subject', () => {
    expect(spans('Back in 2001, Mr. Lee expressed admiration for the mayor.')).toEqual([['Mr. Lee', 'expressed', 'admiration for the mayor']]);
    expect(spans('Just a few months ago, Ann Lee expressed dismay at the plan.')).toEqual([['Ann Lee', 'expressed', 'dismay at the plan']]);
  });

  it('leaves a "when contacted …" or "asked about …" insert out of the speaker phrase', () => {
    expect(spans('Lee’s office, when contacted by KTV, said the mayor could not recall the dinner.')).toEqual([
      ['Lee’s office', 'said', 'the mayor could not recall the dinner'],
    ]);
    expect(spans('Lee, asked about the levy, said it would pass.')).toEqual([['Lee', 'said', 'it would pass']]);
  });

  it('starts a clause after a semicolon or a dash, for pronoun and noun subjects', () => {
    expect(spans('He calls for 1 trillion in new spending to fix roads; she calls for 275 billion.')).toContainEqual(['she', 'calls', '275 billion']);
    expect(spans('Lee wants a tax on boats; the mayor seeks an extra 1 million in fees.')).toContainEqual([
      'the mayor', 'seeks', 'an extra 1 million in fees',
    ]);
    expect(spans('Because Lee ran an earlier effort—he released a video to mock the rally—people were wary.')).toContainEqual([
      'he', 'released', 'a video to mock the rally',
    ]);
  });

  it('reads an -ing word after a determiner as a noun inside a bare subject', () => {
    expect(spans('A person familiar with the planning for the meeting says the talks will focus on roads.')).toEqual([
      ['A person familiar with the planning for the meeting', 'says', 'the talks will focus on roads'],
    ]);
  });

  it('reads "called" after a common noun and before a name as naming, not speech', () => {
    expect(quotes('A new group called Fair Votes Now, led by city activists, is trying to raise 2 million.')).toEqual([]);
    expect(spans('The mayor called Lee a liar.')).toEqual([['The mayor', 'called', 'Lee a liar']]);
  });

  it('gives "by saying that" the main subject, and skips "only" and an auxiliary before a comma insert', () => {
    expect(spans('Lee landed in hot water last week by saying that the judge was biased.')).toEqual([['Lee', 'saying', 'the judge was biased']]);
    expect(spans('Asked about the plan, the mayor would only say that the costs were high.')).toEqual([
      ['the mayor', 'say', 'the costs were high'],
    ]);
    expect(spans('A poll of city voters has, however, revealed that the mayor is not popular.')).toEqual([
      ['A poll of city voters', 'revealed', 'the mayor is not popular'],
    ]);
  });

  it('ends a whole subject before a subordinate clause inside it', () => {
    expect(spans('Lee took on Kim on Sunday after the front-runner had said on Saturday that he was a jerk.')).toEqual([
      ['the front-runner', 'said', 'he was a jerk'],
    ]);
    expect(spans('Lee was on the fence until Kim said she was backing the mayor.')).toEqual([['Kim', 'said', 'she was backing the mayor']]);
    expect(spans('The mayor took a boat to the island where the ferry chief said the pier was unsafe.').map((x) => x[0])).not.toContain(
      'The mayor took a boat to the island where the ferry chief',
    );
    expect(spans('The mayor remains popular in towns where the ferry chief says the pier is unsafe.').map((x) => x[0])).not.toContain(
      'The mayor remains popular in towns where the ferry chief',
    );
  });

  it('reads "A few minutes later" before a main clause as a time phrase, not the subject', () => {
    expect(spans('A few minutes later they changed course, rushed everyone inside and said they will register voters.')).toEqual([
      ['they', 'said', 'they will register voters'],
    ]);
  });

  it('takes a name right after the comma of a long fronted clause as the subject of an object cue, not a list of names', () => {
    expect(spans('As the race has turned to states with more diverse voters, Clinton has increasingly decried the issue of racism.')).toEqual([
      ['Clinton', 'decried', 'the issue of racism'],
    ]);
    expect(spans('In the wake of a storm in Ohio that flooded 14 towns, Lee proposed a new levy on boats.')).toEqual([
      ['Lee', 'proposed', 'a new levy on boats'],
    ]);
    expect(spans('Lee, Kim and Ruiz praised the plan.')).toEqual([['Lee, Kim and Ruiz', 'praised', 'the plan']]);
    expect(spans('As the race has turned south, the campaign has decried the issue of racism.')).toEqual([
      ['the campaign', 'decried', 'the issue of racism'],
    ]);
  });

  it('reads "is continuing to insist" as a raised cue and "Rather," as an opener', () => {
    expect(spans('Ann Lee is continuing to insist she will release the files.')).toEqual([['Ann Lee', 'insist', 'she will release the files']]);
    expect(spans('Rather, sources close to her campaign say she stands behind the plan.')).toEqual([
      ['sources close to her campaign', 'say', 'she stands behind the plan'],
    ]);
  });

  it('reads a bare clause after a belief cue when a clause follows, and after "claim" only with a pronoun or verb first', () => {
    expect(spans('Supporters hope this is a short phase.')).toEqual([['Supporters', 'hope', 'this is a short phase']]);
    expect(spans('Critics claim it will fail.')).toEqual([['Critics', 'claim', 'it will fail']]);
    expect(quotes('The group claimed responsibility for the attack, which killed six people.')).toEqual([]);
    expect(spans('Lee said this is a short phase.')).toEqual([['Lee', 'said', 'this is a short phase']]);
  });

  it('reads "means" as an implication, not a stance cue', () => {
    expect(quotes('The win in Nevada means she will pick up most of the delegates.')).toEqual([]);
  });
});

describe('documents, polls and running quotations', () => {
  it('lets a poll or a record show what it holds, before or after the content', () => {
    expect(spans('A new harbour poll shows the mayor with a ten-point lead.')).toEqual([
      ['A new harbour poll', 'shows', 'the mayor with a ten-point lead'],
    ]);
    expect(spans('The ferry firm gave $5,000 to the fund in June, campaign finance records show.')).toEqual([
      ['campaign finance records', 'show', 'The ferry firm gave $5,000 to the fund in June'],
    ]);
  });

  it('carries reported speech on to the close of a quotation that runs into later sentences', () => {
    const text = 'Lee said that ferry crews “do a fine job. And they deserve a raise.” The council meets on Monday.';
    expect(spans(text)).toEqual([['Lee', 'said', 'ferry crews “do a fine job. And they deserve a raise.”']]);
  });
});

describe('real-news frames (Wikinews demo corpus audit)', () => {
  const conduitOf = (text: string) => quotes(text).map((q) => [q.speaker.name, q.conduit, q.text]);

  it('reads a named outlet or an audience after "told" before a clause without "that"', () => {
    expect(conduitOf('A spokesperson told the Harbour Times the ferry was hit at about 7:45 p.m.')).toEqual([
      ['A spokesperson', 'Harbour Times', 'the ferry was hit at about 7:45 p.m.'],
    ]);
    expect(spans('Residents told reporters the officers claimed to be seeking a bomb.')[0][2]).toBe('the officers claimed to be seeking a bomb');
    expect(quotes('She told Ann Lee the truth.')).toEqual([]);
  });

  it('takes a name in commas after a described "according to" source into the source, but not a list', () => {
    expect(spans('According to the harbour master, Ann Lee, two ferries sank on Monday.')).toEqual([
      ['the harbour master, Ann Lee', 'According to', 'two ferries sank on Monday'],
    ]);
    expect(spans('According to police, Lee, Kim and Bo were hurt.')[0][0]).toBe('police');
  });

  it('gives a participle after a speaker that follows its content that speaker', () => {
    expect(spans('Nine are confirmed dead, officials told state media, adding that divers ended their search.')).toContainEqual([
      'officials', 'adding', 'divers ended their search',
    ]);
  });

  it('ends an inverted speaker before an absolute clause with a number', () => {
    expect(spans('Two ferries sank near the port, reported officials, with 25 others missing.')[0][0]).toBe('officials');
  });

  it('reads an introductory phrase before the speaker as no part of the quotation', () => {
    expect(spans('In his farewell speech, Lee said, "We leave the port in good hands."')).toEqual([
      ['Lee', 'said', 'We leave the port in good hands.'],
    ]);
  });

  it('resolves "according to him" like a subject pronoun', () => {
    const [, second] = quotes('Harbour spokesman Tom Hart said the ferry had sunk. According to him, the crew was safe.');
    expect(second.speaker.name).toBe('Tom Hart');
  });

  it('reads a physical attack as no statement, a verbal one with its grounds as one', () => {
    expect(quotes('Gunmen attacked the convoy shortly after it left the port.')).toEqual([]);
    expect(quotes('Gunmen attacked the convoy on the outskirts of the port.')).toEqual([]);
    expect(spans('Kim attacked Lee on raising ferry fares.')).toEqual([['Kim', 'attacked', 'Lee on raising ferry fares']]);
    expect(spans('Kim attacked the mayor as a friend of the ferry owners.')).toEqual([['Kim', 'attacked', 'the mayor as a friend of the ferry owners']]);
    expect(quotes('She reported extensively on the civil war.')).toEqual([]);
  });

  it('keeps a clause after an "according to" insert out of the source', () => {
    const text = 'On Sunday, according to witnesses and police, a man in a fake vest entered a store and grabbed a knife.';
    expect(spans(text)[0][0]).toBe('witnesses and police');
  });

  it('quotes only the quotation after a colon when its speaker follows it', () => {
    const text = 'The port spokesperson, Ann Lee, indicated the port was unhappy with the decision: "While we wait," she said, "the ferries stay in port."';
    const q = quotes(text).find((x) => x.cue === 'said')!;
    expect(q.speaker.name).toBe('Ann Lee');
    expect(q.parts?.map((p) => text.slice(p.start, p.end))).toEqual(['While we wait', 'the ferries stay in port.']);
  });

  it('reads no statement in responses to events, plural possessive nouns or a clause before a comma', () => {
    expect(quotes('Police in Leeds responded to reports of a shooting at a party.')).toEqual([]);
    expect(quotes("Protesters' demands include an inquiry into the crash.")).toEqual([]);
    expect(quotes('A gunman shot shoppers at a store in the port city of Hull, Yorkshire, reported officials on Monday.')
      .map((q) => q.speaker.name)).not.toContain('a gunman shot shoppers at a store in the port city of Hull');
  });

  it('reads Wikinews interview transcripts: the ((Name)) label speaks to the next label, or to its paragraph end', () => {
    const text = '((WN)) How did the ferry study start?\n\n((Ann Lee)) By chance. I think we were lucky.\n\nWe said it would fail.\n\n' +
      '((WN)) And now?\n\n((Ann Lee)) Now it works.\n\nThe study was published in May.';
    const got = quotes(text);
    expect(got.map((q) => [q.speaker.name, (q.parts ?? [q]).map((p) => text.slice(p.start, p.end))])).toEqual([
      ['Wikinews', ['How did the ferry study start?']],
      ['Ann Lee', ['By chance. I think we were lucky.', 'We said it would fail.']],
      ['Wikinews', ['And now?']],
      ['Ann Lee', ['Now it works.']],
    ]);
  });

  it('names a transcript label of initials by the one person the article names with them, without the colon after it (issue #5, round 12)', () => {
    const text = 'Wikinews reporter Will S. Vale spoke to Ann Lee.\n\n((WSV)) : Which president do you admire?\n\n((Ann Lee)) Lincoln.';
    const d = { source: { kind: 'inline', location: 'test' }, article: { title: '', text, paragraphs: [] }, segments: segment(text),
      entities: [{ start: 0, end: 8, label: 'ORG', origin: 'kb' }, { start: text.indexOf('Will'), end: text.indexOf('Will') + 12, label: 'PER', origin: 'ner' }] } as unknown as Document;
    const [q] = extractQuotes(d);
    expect([q.speaker.name, q.affiliation?.name, q.role, q.text]).toEqual(['Will S. Vale', 'Wikinews', 'reporter', 'Which president do you admire?']);
    // (initials nobody has stay as written)
    expect(quotes('((QX)) How did it start?\n\n((Ann Lee)) By chance.')[0].speaker.name).toBe('QX');
  });

  it('reads "I" inside a transcript answer as the labelled speaker, whose answer holds the "I think" (round 32: no second quote)', () => {
    const text = '((Ann Lee)) Well, I think the ferry was lucky.\n\n((WN)) Thanks.';
    expect(quotes(text).filter((q) => q.cue === 'think')).toEqual([]);
    expect(quotes(text).filter((q) => q.speaker.name === 'Ann Lee').map((q) => q.text)).toEqual(['Well, I think the ferry was lucky.']);
    // ("if you think about it" is anyone, not the labelled speaker)
    const generic = '((Ann Lee)) Well, if you think the ferry is safe, you are wrong.\n\n((WN)) Thanks.';
    expect(quotes(generic).filter((q) => q.cue === 'think').map((q) => q.speaker.name)).toEqual(['you']);
  });

  it('reads a participle after a document noun as describing the document, and a possessive object as no speaker', () => {
    expect(spans('Lee died on Monday, according to a statement posted to his account.')).toEqual([
      ['a statement posted to his account', 'according to', 'Lee died on Monday'],
    ]);
    expect(quotes('On Friday, the princess announced her candidacy for the prime ministry, making history.').map((q) => q.speaker.name))
      .not.toContain('her candidacy for the prime ministry');
    expect(spans('"We won," said her spokesman.')).toEqual([['her spokesman', 'said', 'We won']]);
  });

  it('reads verdicts, criminal charges, "continued to" with a plain verb and nouns after prepositions as no statements', () => {
    expect(quotes('Lee was found guilty in May on nine counts.')).toEqual([]);
    expect(quotes('Kim was charged with one count of arson.')).toEqual([]);
    expect(quotes('The film, which looks at life on the ferries, won a prize.')).toEqual([]);
    expect(quotes('The game and show were watched by nine million people.').map((q) => q.speaker.name)).not.toContain('The');
    expect(quotes('The ferry firm continued to sell tickets.')).toEqual([]);
    expect(spans('Lee continued to insist that the ferry was safe.')[0][0]).toBe('Lee');
    expect(quotes('Thousands rallied in support of the mayor.')).toEqual([]);
    expect(quotes('The port needs the 200 new jobs promised by the council in 2019.')).toEqual([]);
    expect(quotes('Profits fell, with fares sliding and demand dipping after the storm.')).toEqual([]);
    expect(spans('Voters support raising the ferry fare.')).toEqual([['Voters', 'support', 'raising the ferry fare']]);
    expect(quotes('Hart portrayed the mayor in two films.')).toEqual([]);
    expect(spans('Hart portrayed the mayor as a coward.')).toEqual([['Hart', 'portrayed', 'the mayor as a coward']]);
  });

  it('reads BBC-style frames: "Sir Ian" by first name, an audience before a pronoun clause, participles after an earlier cue', () => {
    const sir = quotes('Sir Ian Hart said the ferry was safe. Sir Ian told a meeting of the port authority it would be "unwise" to sail.');
    expect(sir.map((q) => [q.speaker.name, q.text])).toEqual([
      ['Ian Hart', 'the ferry was safe'],
      ['Ian Hart', 'it would be "unwise" to sail'],
    ]);
    expect(spans('The remarks come after Tom Hart defended the ferry plan, warning that delays would cost jobs.')).toContainEqual([
      'Tom Hart', 'warning', 'delays would cost jobs',
    ]);
    expect(spans('A number of large ferry shareholders criticised the sale, saying that the price was too low.')[1][0]).toBe(
      'A number of large ferry shareholders',
    );
  });

  it('keeps the name after a quotation with its appositive when the closing comma is missing', () => {
    const [q] = quotes('"We are checking," Ann Lee, a ferry company spokeswoman told the BBC.');
    expect([q.speaker.name, q.conduit]).toEqual(['Ann Lee', 'the BBC']);
  });

  it('takes no affiliation from a relative clause', () => {
    const [q] = quotes('Actor Tom Hart, who paid for Lee to attend the school, said "He was a gentle soul."');
    expect(q.affiliation).toBeUndefined();
  });

  it('names the person after a work title and role, and reads a capitalised cue form inside a name as part of it', () => {
    const [q] = quotes('Lord of the Harbour director Tom Hart has said that filming will start in May.');
    expect([q.speaker.name, q.role, q.affiliation?.name]).toEqual(['Tom Hart', 'director', 'Lord of the Harbour']);
    expect(quotes('Senior adviser Hope Hicks had tested positive on Thursday.')).toEqual([]);
    expect(quotes("Ann Lee's show is to be replaced by three programmes.")).toEqual([]);
  });

  it('reads a speaker after a conjunction and a time phrase, leaving the day out of the speaker', () => {
    expect(spans('The council has been cautious, but on Wednesday Mr Hart said he also wanted the ferry back.')).toContainEqual([
      'Mr Hart', 'said', 'he also wanted the ferry back',
    ]);
    expect(spans('On Wednesday Mr Hart said he wanted the ferry back.')[0][0]).toBe('Mr Hart');
  });
  it('reads the quotation that opens the next paragraph after a colon ending its own', () => {
    const text = 'The council met again on Monday, and Ana Ruiz responded:\n\n“We will run the ferry again.\n\n“And the fares stay low.”';
    const [q] = quotes(text);
    expect([q.speaker.name, q.cue, q.direct]).toEqual(['Ana Ruiz', 'responded', true]);
    expect(q.parts?.map((p) => text.slice(p.start, p.end))).toEqual(['We will run the ferry again.', 'And the fares stay low.']);
    expect(spans('Ana Ruiz leaned in and boomed:\n\n“We will run the ferry again.”')).toContainEqual(['Ana Ruiz', ':', 'We will run the ferry again.']);
    // a colon inside its paragraph, with no quotation after the break, introduces nothing
    expect(quotes('The plan had three parts:\n\nFares, boats and piers.')).toEqual([]);
  });

  it('reads an "as" clause of a speaker and a verb of saying as the attribution of the clause after its comma', () => {
    expect(spans('As the harbour board noted in May, the ferry has lost money for years.')).toEqual([
      ['the harbour board', 'noted', 'the ferry has lost money for years'],
    ]);
    expect(spans('But as Ana Ruiz has pointed out, “the fares are the lowest in the region.”')).toEqual([
      ['Ana Ruiz', 'pointed out', 'the fares are the lowest in the region.'],
    ]);
    expect(spans('As the Gazette’s Tom Hart puts it, the ferry is the town’s lifeline.')).toEqual([
      ['the Gazette’s Tom Hart', 'puts it', 'the ferry is the town’s lifeline'],
    ]);
    expect(spans('As she told reporters, the vote will be close.')).toEqual([['she', 'told', 'the vote will be close']]);
    // a verb with an object, "as for", "as expected": no attribution
    expect(spans('As the mayor continued her tour, the crowd grew.').filter((q) => q[2] === 'the crowd grew')).toEqual([]);
    expect(quotes('As for the ferry, it will run in May.')).toEqual([]);
    expect(quotes('As expected, the ferry will run in May.')).toEqual([]);
    // an "as" insert inside a clause, and a topic after the verb, report no clause after the comma
    expect(spans('The board is, as local papers noted, nearly bankrupt.').filter((q) => q[1] === 'noted')).toEqual([]);
    expect(spans('As Ana Ruiz remarked on the inquiry, shortly before the vote, the board was silent.').map((q) => q[2])).not.toContain(
      'shortly before the vote, the board was silent',
    );
    expect(spans('As Ana Ruiz said on Monday, the vote will be close.')).toEqual([['Ana Ruiz', 'said', 'the vote will be close']]);
  });

  it('skips a prepositional phrase with a quoted title or a place in commas between the cue and "that"', () => {
    expect(spans('Ana Ruiz said during a visit to a ferry yard in Tampa, Florida, that the fleet is too old.')).toEqual([
      ['Ana Ruiz', 'said', 'the fleet is too old'],
    ]);
    expect(spans('Tom Hart said on KTV’s “Harbour Hour” that the fares will rise.')).toEqual([['Tom Hart', 'said', 'the fares will rise']]);
    // a quoted title inside an adjunct after the speaker; an adjunct alone before a quotation opening the next sentence
    expect(spans('“The pier is safe,” Ana Ruiz said on KTV’s “Harbour Hour.”')).toEqual([['Ana Ruiz', 'said', 'The pier is safe']]);
    expect(spans('The fares rose. Tom Hart said on KTV’s “Harbour Hour” on Monday. “They will rise again,” he said.')[0]).toEqual([
      'Tom Hart', 'said', 'They will rise again',
    ]);
  });

  it('leaves a place or time adjunct after the speaker of reported speech before it out of the content', () => {
    expect(spans('The fares are too high, Ana Ruiz said in Tampa.')).toEqual([['Ana Ruiz', 'said', 'The fares are too high']]);
    expect(spans('The fares are too high, Ana Ruiz said on Tuesday in Tampa, noting the rise.')[0]).toEqual([
      'Ana Ruiz', 'said', 'The fares are too high',
    ]);
    // an introductory phrase before the speaker is no reported speech
    expect(spans('In Tampa, Ana Ruiz said in a speech.')).toEqual([]);
  });

  it('ends an inverted speaker before a subordinate clause', () => {
    expect(spans('“We are ready,” said Ida Moss as she left the court.')).toEqual([['Ida Moss', 'said', 'We are ready']]);
    expect(spans('“We are ready,” said Tom Hart when asked about the ferry.')).toEqual([['Tom Hart', 'said', 'We are ready']]);
  });

  it('reads a capitalised "May" ending a name as part of it, not as an auxiliary or a month', () => {
    expect(quotes('Prime Minister Ana May said the ferry will run.').map((q) => q.speaker.name)).toEqual(['Ana May']);
    expect(quotes('Ana Tin May, 60, a nurse, said she was elated.').map((q) => q.speaker.name)).toEqual(['Ana Tin May']);
    expect(spans('In May, Tom Hart said the ferry will run.')).toEqual([['Tom Hart', 'said', 'the ferry will run']]);
    expect(spans('Tom Hart said in May the ferry will run.')).toEqual([['Tom Hart', 'said', 'the ferry will run']]);
  });

  it('names the person before a parenthesised party and state, keeping the tag in the speaker span', () => {
    const [q] = quotes('Sen. Ana Ruiz (D-Fla.) said the ferry will run.');
    expect([spans('Sen. Ana Ruiz (D-Fla.) said the ferry will run.')[0][0], q.speaker.name]).toEqual(['Sen. Ana Ruiz (D-Fla.)', 'Ana Ruiz']);
  });

  it('leaves "at" ending a time phrase after the cue to the adjunct after it', () => {
    expect(spans('“We are ready,” Ana Ruiz said Saturday night at the ferry yard.')).toEqual([['Ana Ruiz', 'said', 'We are ready']]);
    expect(spans('“We are ready,” Ana Ruiz said while touring the ferry yard.')).toEqual([['Ana Ruiz', 'said', 'We are ready']]);
    expect(spans('“We are ready,” Ana Ruiz told KTV when asked about the ferry.')[0].slice(0, 2)).toEqual(['Ana Ruiz', 'told']);
    expect(quotes('“We are ready,” Ana Ruiz told KTV when asked about the ferry.')[0].text).toBe('We are ready');
  });

  it('reads the speaker of a "with … saying" clause and ends the content before it', () => {
    expect(spans('The port authority denied the report, with spokesman Omar Reyes saying the ferry had never been sold.')).toEqual([
      ['The port authority', 'denied', 'the report'],
      ['spokesman Omar Reyes', 'saying', 'the ferry had never been sold'],
    ]);
    expect(quotes('Fares rose, with demand growing fast.')).toEqual([]);
  });

  it('reads a request for anonymity as no statement, and a report described by a participle before "that"', () => {
    expect(spans('“The pier fell,” one worker, who asked not to be named, told KTV.')).toEqual([['one worker', 'told', 'The pier fell']]);
    expect(spans('The union said in a report published on Tuesday that the pier was unsafe.')).toEqual([
      ['The union', 'said', 'the pier was unsafe'],
    ]);
  });

  it('keeps a day after a participle inside the speaker phrase, names nobody by it, and reads a time alone as no object', () => {
    const [q] = quotes('A court filing released Thursday said the pier was unsafe.');
    expect([spans('A court filing released Thursday said the pier was unsafe.')[0][0], q.speaker.name]).toEqual([
      'A court filing released Thursday', 'A court filing released Thursday',
    ]);
    expect(spans('Tom Hart Thursday said the pier was unsafe.')[0][0]).toBe('Tom Hart');
    expect(quotes('Ana Day had two ferries. Day said the pier was unsafe.').map((q) => q.speaker.name)).toEqual(['Day']);
    expect(quotes('The council voted Thursday.')).toEqual([]);
  });

  it('starts the content of a parenthetical speaker after a semicolon, leaving the clause before to its own speaker', () => {
    const text = 'Port officials said the ferry was damaged; its engine, they reported, was beyond repair.';
    expect(spans(text)[1]).toEqual(['they', 'reported', 'its engine, they reported, was beyond repair']);
    expect(quotes(text)[1].speaker.name).toBe('Port officials');
  });

  it('reads a demonstrative "that" ending the sentence as no clause, and a participle with its agent after a comma as no cue', () => {
    expect(quotes('Any sailor would tell you that.')).toEqual([]);
    expect(quotes('The union ran the ferry, also backed by the council and two banks.')).toEqual([]);
  });

  it('reads capitalised cue forms inside names and plural cue nouns before a preposition as no cues', () => {
    expect(quotes('Ferries were shown at the Harbour Boat Show in Tampa.')).toEqual([]);
    expect(quotes('The mayor ridiculed the Tory plans for ferry quotas.').map((q) => q.cue)).not.toContain('plans');
    expect(spans('The union calls for a strike.')).toEqual([['The union', 'calls', 'a strike']]);
    expect(quotes('The mayor pushed through the ferry law.')).toEqual([]);
    // shooting is no statement ("fired" is kept out of the learned cues)
    expect(quotes('Gunmen fired on the ferry near the pier. Soldiers fired shots into the air.')).toEqual([]);
    expect(quotes('Troops pushed back the rebels.')).toEqual([]);
    expect(quotes('The ferry company added more than 2% on Monday.')).toEqual([]);
    expect(spans('Ana Ruiz added the ferry would run.')).toEqual([['Ana Ruiz', 'added', 'the ferry would run']]);
    expect(spans('The union pushed back against the plan.')).toEqual([['The union', 'pushed', 'the plan']]);
  });

  it('reads cue forms after an indefinite article and a name, or a hyphenated participle, as nouns; a letter sent to someone as a document', () => {
    expect(quotes('It was less flashy than a Tom Hart show, and the fares were low.')).toEqual([]);
    expect(spans('Last year a harbour survey found that most ferries were late.')).toEqual([['a harbour survey', 'found', 'most ferries were late']]);
    expect(quotes('The app makes free PC-based calls to other users.')).toEqual([]);
    expect(quotes('Poor training frustrates call centre workers.')).toEqual([]);
    const [q] = quotes('A letter sent to Tom Hart said his ferry licence would not be renewed.');
    expect(q.speaker.name).toBe('A letter sent to Tom Hart');
  });

  it('names the person after a title with an "of" phrase, and a title alone as a description', () => {
    const named = (text: string) => quotes(text).map((q) => [q.speaker.name, q.role]);
    expect(named('Harbour Secretary of State Ana Ruiz said the ferry will run.')).toEqual([['Ana Ruiz', 'Harbour Secretary of State']]);
    expect(named('Minister of Ports Tom Hart said the ferry will run.')).toEqual([['Tom Hart', 'Minister of Ports']]);
    expect(named('The Director of Harbour Safety, Ana Ruiz, said the pier is safe.')).toEqual([['Ana Ruiz', 'Director of Harbour Safety']]);
    expect(named('The Secretary of State said the pier is safe.')).toEqual([['The Secretary of State', 'Secretary of State']]);
    // a name, an affiliation and a role after "and" are one person
    expect(named('Ana Ruiz of Tampa University and contributor to the Gazette wrote that the pier is safe.')[0][0]).toBe('Ana Ruiz');
  });

  it('reads title-case lines: passive participles and nouns are no cues, verbs are', () => {
    expect(quotes('New Ferry Rules Issued After Pier Collapse')).toEqual([]);
    expect(quotes('Harbour Support Fund Extended')).toEqual([]);
    expect(spans('Port Workers Resoundingly Reject The Pay Offer').map((q) => q.slice(1))).toEqual([['Reject', 'The Pay Offer']]);
    expect(spans('Mayor Says Ferry Will Run')).toEqual([['Mayor', 'Says', 'Ferry Will Run']]);
  });

  it('reads a quotation before a short subject and any past verb, adverbs after the cue, and a document read aloud', () => {
    expect(spans('"The pier will hold," he surmised.')).toEqual([['he', 'surmised', 'The pier will hold']]);
    expect(spans('“The ferry will run,” an angry Tom Hart retaliated.')).toEqual([['an angry Tom Hart', 'retaliated', 'The ferry will run']]);
    expect(spans('“We will not stop,” it read.')).toEqual([['it', 'read', 'We will not stop']]);
    expect(spans('The statement reads: “We will not stop.”')).toEqual([['The statement', 'reads', 'We will not stop.']]);
    expect(spans('“Is the pier safe?” he said then.')).toEqual([['he', 'said', 'Is the pier safe?']]);
    expect(spans('"Get on board," spokesman Tom Hart said happily on KTV as the results came in.')).toEqual([
      ['spokesman Tom Hart', 'said', 'Get on board'],
    ]);
    expect(spans('The council worded it even more carefully: "The pier is closed."')).toEqual([['The council', ':', 'The pier is closed.']]);
    expect(spans('Ana Ruiz continues, “The fares stay low.”')).toEqual([['Ana Ruiz', 'continues', 'The fares stay low.']]);
    // a lower-case noun before the verb is no short subject
    expect(quotes('“It is late,” the board decided.')).toEqual([]);
    expect(quotes('He read the letter.')).toEqual([]);
    expect(quotes('Controversy over the pier continues after the vote.')).toEqual([]);
    expect(spans('“The pier is safe,” Ana Ruiz continued in the statement.')).toEqual([['Ana Ruiz', 'continued', 'The pier is safe']]);
    expect(spans('“The pier is old,” Tom Hart tweeted after the mayor spoke.')[0]).toEqual(['Tom Hart', 'tweeted', 'The pier is old']);
    expect(quotes('“The pier is old,” he arrived in Tampa from Miami.')).toEqual([]);
    expect(spans('Ana Ruiz argued for the second time that the pier was safe.')).toEqual([['Ana Ruiz', 'argued', 'the pier was safe']]);
    expect(spans('He told the council, to loud applause:\n\n“The pier will hold.”')).toEqual([['He', 'told', 'The pier will hold.']]);
    expect(spans('As Ana Ruiz, the No. 2 on the council, put it: "The pier will hold."')).toEqual([
      ['Ana Ruiz, the No. 2 on the council', 'put it', 'The pier will hold.'],
    ]);
  });

  it('resolves a definite description only to a speaker with the same capitalised modifiers', () => {
    const named = quotes('Russia’s port ministry said the ferry was late. The French port ministry said it was not. The port ministry added that it ran.')
      .map((q) => q.speaker.name);
    expect(named).toEqual(['Russia’s port ministry', 'The French port ministry', 'The French port ministry']);
  });

  it('reads British-style single quotation marks', () => {
    expect(spans('‘We will run the ferry again,’ the harbour master said. He added: ‘The pier is safe.’')).toEqual([
      ['the harbour master', 'said', 'We will run the ferry again'],
      ['He', 'added', 'The pier is safe.'],
    ]);
    expect(spans("'The fares stay low,' said Ana Ruiz, a council member.")).toEqual([['Ana Ruiz, a council member', 'said', 'The fares stay low']]);
    // a quoted title after "called" names the thing; a single letter in single marks is a label
    expect(quotes('The remarks come in a KTV film called ‘No More Ferries’.')).toEqual([]);
    expect(spans("Prisoner 'A' in Tampa said: \"I want to go home.\"")[0][0]).toBe("Prisoner 'A' in Tampa");
  });

  it('keeps lower-case particles inside personal names', () => {
    expect(quotes('Ana van der Berg said the ferry will run. Omar bin Saleh said so too. Luiz da Costa said it.').map((q) => q.speaker.name))
      .toEqual(['Ana van der Berg', 'Omar bin Saleh', 'Luiz da Costa']);
  });

  it('reads a clause in the present tense after "told" and an audience', () => {
    expect(spans('Ana Ruiz told reporters the ferry runs again.')).toEqual([['Ana Ruiz', 'told', 'the ferry runs again']]);
  });

  it('reads a cue verb opening the sentence before the name and a colon', () => {
    expect(spans('Stated Tom Hart:\n\n“The ferry will run.”')).toEqual([['Tom Hart', 'Stated', 'The ferry will run.']]);
    expect(spans('Added Ana Ruiz: “The fares stay low.”')).toEqual([['Ana Ruiz', 'Added', 'The fares stay low.']]);
  });

  it('closes a doubled-apostrophe quotation after an inner single quotation (three apostrophes)', () => {
    const text = "''It ran on 'Harbour Hour,''' said Tom Hart.";
    expect(spans(text)).toEqual([['Tom Hart', 'said', "It ran on 'Harbour Hour,'"]]);
  });

  it('reads a participial insert holding a quotation, with its comma inside the closing mark', () => {
    expect(spans('Tom Hart, citing “the magic of the harbour,” said the ferry will run.')[0]).toEqual([
      'Tom Hart', 'said', 'the ferry will run',
    ]);
  });
});

describe('main-clause subjects of participle cues (issue #5, round 5)', () => {
  it('ends the subject before a verb, a pronoun or an irregular past form', () => {
    expect(spans('Ana Ruiz threw her weight behind the levy on Monday, saying it was overdue.')).toContainEqual(['Ana Ruiz', 'saying', 'it was overdue']);
    expect(spans('Hours later, Tom Hart returned the favour to the mayor, telling KTV that the ferry will run.')).toContainEqual([
      'Tom Hart', 'telling', 'the ferry will run',
    ]);
  });

  it('reads a participle right after the object when a colon or "that" follows', () => {
    expect(spans('The mayor emailed voters saying: “The ferry will run” and vowing to cut fares.')).toEqual([
      ['The mayor', 'saying', 'The ferry will run'],
      ['The mayor', 'vowing', 'cut fares'],
    ]);
  });

  it('keeps titles with lower-case modifiers and a party tag in the subject', () => {
    expect(spans('Green mayoral candidate Ana Ruiz (D-Fla.) on Monday criticized the ferry plan.')[0][0]).toBe(
      'Green mayoral candidate Ana Ruiz (D-Fla.)',
    );
    expect(spans('PORTLAND — Sen. Ana Ruiz (D-Ore.) defended the levy on Monday, saying it was overdue.')).toContainEqual([
      'Sen. Ana Ruiz (D-Ore.)', 'saying', 'it was overdue',
    ]);
  });

  it('leaves a clitic, an adverb or a verb out of the subject', () => {
    expect(spans('Since the vote, she’s moved to the left, criticizing the ferry plan.')).toContainEqual(['she', 'criticizing', 'the ferry plan']);
    expect(spans('After the vote, Hart tried offering a truce to the mayor.').map((s) => s[0])).not.toContain('Hart tried');
    expect(spans('Regardless of the vote, councillors also face challenges in passing the levy.')).toEqual([]);
    expect(spans('Hart finally hit the airwaves this month with an ad focused on fares.')).toEqual([]);
    expect(spans('A KTV quarterly survey found fares had risen.')[0][0]).toBe('A KTV quarterly survey');
  });
});

describe('whole subjects and inverted speakers (issue #5, round 5)', () => {
  it('reads quantities as subjects', () => {
    expect(spans('A mere 9 percent say they ride the ferry.')).toEqual([['A mere 9 percent', 'say', 'they ride the ferry']]);
    expect(spans('At least half of riders in each county say the fares are fair.')[0][0]).toBe('At least half of riders in each county');
    expect(spans('Since May, when the levy passed, at least 2,000 said they would ride.')).toContainEqual([
      'at least 2,000', 'said', 'they would ride',
    ]);
  });

  it('keeps a reduced relative and a quoted title inside the subject', () => {
    expect(spans('A statement posted on the website Ferries.com said fares would rise.')[0][0]).toBe('A statement posted on the website Ferries.com');
    expect(spans('Hart, the author of “Harbour Lights,” about the port, said the days of cheap fares were over.')).toEqual([
      ['Hart, the author of “Harbour Lights,” about the port', 'said', 'the days of cheap fares were over'],
    ]);
  });

  it('reads a focus adverb before the subject', () => {
    expect(spans('Still, even Mr. Hart says there is good reason for the delay.')).toEqual([
      ['Mr. Hart', 'says', 'there is good reason for the delay'],
    ]);
  });

  it('gives a participle after an object with an appositive the main subject', () => {
    expect(spans('Ruiz was blunt about her rival Tom Hart, the harbour master, saying the port needs a change.')).toContainEqual([
      'Ruiz', 'saying', 'the port needs a change',
    ]);
  });

  it('reads an inverted speaker after content holding a participial clause', () => {
    expect(spans('The levy will hurt the port, forcing it to cut jobs, said Ana Ruiz, a harbour economist.')).toEqual([
      ['Ana Ruiz, a harbour economist', 'said', 'The levy will hurt the port, forcing it to cut jobs'],
    ]);
    expect(spans('“It was all lies,” said an owner of a shop who declined to be named.')[0][0]).toBe('an owner of a shop');
  });
});

describe('speaker span tidying (issue #5, round 5)', () => {
  it('drops a leading subordinator, a trailing bare "who" and a trailing day', () => {
    expect(spans('Hart was on the fence until Ruiz said she backed the levy.')).toContainEqual(['Ruiz', 'said', 'she backed the levy']);
    expect(spans('“The levy will pass,” said a harbour official, who, like all others, responded anonymously.')[0][0]).toBe('a harbour official');
  });

  it('ends a main-clause subject before a restrictive relative clause', () => {
    expect(spans('Harbour leaders who have opposed the levy have embraced the plan, warning that fares will rise.')).toContainEqual([
      'Harbour leaders', 'warning', 'fares will rise',
    ]);
  });

  it('reads no cue inside a line in capitals, and no clause as a subject', () => {
    expect(quotes('HART’S BOSS THINKS HE’S WRONG — The harbour board met on Monday.')).toEqual([]);
    expect(spans('A number of factors make a levy unlikely, officials said: the cost above all.').map((s) => s[0])).not.toContain(
      'A number of factors make a levy unlikely, officials',
    );
  });

  it('does not read "this month on KTV" after "said" as the content', () => {
    expect(spans('“We will win,” Ruiz said this month on KTV.')).toEqual([['Ruiz', 'said', 'We will win']]);
  });
});

describe('precision on real news (issue #5, round 5)', () => {
  it('reads an acronym or party tag before an object cue, not any parenthesis', () => {
    expect(spans('The Harbour Users Group (HUG) called for lower fares.')[0][0]).toBe('The Harbour Users Group (HUG)');
    expect(spans("Leeds' Tom Hart (ankle) looks certain to miss the game.")).toEqual([]);
  });

  it('reads no participle after a preposition or an auxiliary as one after an object', () => {
    expect(spans('Career sexism is about saying that engineering is for men.')).toEqual([]);
    expect(spans('Harbour unions and ferry campaigners have been warning that fares will rise.')[0][0]).toBe(
      'Harbour unions and ferry campaigners',
    );
  });

  it('does not read a clause after an inverted cue as its speaker', () => {
    expect(spans('More significantly, argues the report, ferries are carrying more people.').map((s) => s[0])).not.toContain(
      'the report, ferries are carrying more people',
    );
    expect(spans('A harbour official, speaking on condition of anonymity, said the talks failed.')[0][0]).toBe('A harbour official');
  });

  it('keeps "so far" content after a comma, and drops a trailing "and" from an inverted speaker', () => {
    expect(spans('Ferry firm Acme said, so far, it had not seen any delays.')[0][2]).toBe('so far, it had not seen any delays');
    expect(spans('The fares were fair, said Mr Hart and that it was likely they would stay so.')[0][0]).toBe('Mr Hart');
  });
});

describe('object cues and names (issue #5, round 5)', () => {
  it('reads a noun-phrase object after clause cues other than "say"', () => {
    expect(spans('Ruiz announced her candidacy for mayor.')).toEqual([['Ruiz', 'announced', 'her candidacy for mayor']]);
    expect(spans('Ruiz noted the port closures and the lost jobs.')).toEqual([['Ruiz', 'noted', 'the port closures and the lost jobs']]);
    expect(spans('He calls for $1 billion in new spending.')).toEqual([['He', 'calls', '$1 billion in new spending']]);
  });

  it('reads "what she said is …", a possessive subject and a capitalised cue form inside a name', () => {
    expect(spans('The club adapted to what she said is growing demand for pools.')).toEqual([['she', 'said', 'is growing demand for pools']]);
    expect(spans('What the report says is there is now a deep mistrust.')).toEqual([['the report', 'says', 'there is now a deep mistrust']]);
    expect(spans('What he said was that the ferry would run.')).toEqual([['he', 'said', 'the ferry would run']]);
    expect(spans('The ruling came as Ruiz’s lawyers opposed a request to question her.')[0][0]).toBe('Ruiz’s lawyers');
    expect(spans('State Department spokesman Tom Hart said Friday that the port was safe.')[0][0]).toBe('State Department spokesman Tom Hart');
    expect(spans('The harbour board claims Hart runs a network of shell firms.')[0][0]).toBe('The harbour board');
  });

  it('reads the subject after a sentence adverb and a determiner with an unknown noun', () => {
    expect(spans('Now Tom Hart, who has led the board for years, hopes the levy will pass.')[0][0]).toBe('Tom Hart, who has led the board for years');
    expect(spans('In three interviews, the magistrate sounded off on the plan, saying it would fail.')).toContainEqual([
      'the magistrate', 'saying', 'it would fail',
    ]);
  });

  it('reads no stance in fundraising', () => {
    expect(spans('Hart, who has been successful raising money, will run.')).toEqual([]);
  });
});

describe('document cues and "as" openers (issue #5, round 5)', () => {
  it('reads a poll that indicates or suggests after the content', () => {
    expect(spans('Young voters are drifting toward Ruiz, a new poll indicates.')).toEqual([
      ['a new poll', 'indicates', 'Young voters are drifting toward Ruiz'],
    ]);
  });

  it('reads "as X observed," after a short opener', () => {
    expect(spans('Of course, as Tom Hart of the Harbour Times observed, the ferry was the real winner.')).toEqual([
      ['Tom Hart of the Harbour Times', 'observed', 'the ferry was the real winner'],
    ]);
  });
});

describe('seem cues, poll dates and non-statements (issue #5, round 5)', () => {
  it('reads "X seems to …" as the writer’s impression: content without a speaker', () => {
    const text = 'Along the way, Hart seems to have picked up a command of the rules.';
    const [q] = quotes(text);
    expect(q.speaker.start).toBeUndefined();
    // (the subject is part of the content, as PolNeAR draws it; the cue is not)
    expect(q.parts?.map((p) => text.slice(p.start, p.end))).toEqual(['Hart', 'to have picked up a command of the rules']);
    expect(quotes('Keanu Hart appears in a film about the harbour.')).toEqual([]);
    const [it] = quotes('It appears that the ferry will run.');
    expect(it.parts?.length ?? 1).toBe(1);
  });

  it('ends a relative clause in commas at its comma ("The board, which wants …, meets …")', () => {
    expect(spans('The board, which wants a new bridge, meets on Monday.')).toEqual([['which', 'wants', 'a new bridge']]);
    expect(quotes('The harbour board is expected to approve the levy on Monday.')).toEqual([]);
  });

  it('reads a colon quotation after "made it clear:" and after a dash that ends an exclamation', () => {
    expect(spans('Ruiz made it clear: “The ferry cannot run.”')).toEqual([['Ruiz', ':', 'The ferry cannot run.']]);
    const dashed = spans('Oh, how tempting that can be!— Ruiz called them on it: “The questions are unfair.”');
    expect(dashed).toEqual([['Ruiz', ':', 'The questions are unfair.']]);
  });

  it('keeps the date of a poll in its speaker phrase', () => {
    expect(spans('A KTV poll last week showed Ruiz in third place.')[0][0]).toBe('A KTV poll last week');
    expect(spans('A Harbour Times poll out Monday showed Ruiz with a lead.')[0][0]).toBe('A Harbour Times poll out Monday');
  });

  it('reads "showed up", "found ways" and "found itself" as no statements', () => {
    expect(quotes('It was below the 12,000 who showed up in 2008 for the vote.')).toEqual([]);
    expect(quotes('The senator found ways to press his agenda. The network found itself playing host.')).toEqual([]);
    expect(quotes('Hart found his way through the defence to give his side the lead.')).toEqual([]);
  });
});

describe('direct quotations on real news (issue #5, round 5)', () => {
  it('reads a quotation before "added to" an outlet, "went on" and speech verbs in the present', () => {
    expect(spans('“It was more than last year,” Hart added to KTV.')[0]).toEqual(['Hart', 'added', 'It was more than last year']);
    expect(spans('“We will win,” she went on.')).toEqual([['she', 'went', 'We will win']]);
    expect(spans('“Is it over?” Hart went on, as if he had not heard her.')[0][0]).toBe('Hart');
    expect(spans('He jokes, “It’s a never ending line!”')).toEqual([['He', 'jokes', 'It’s a never ending line!']]);
    expect(spans('The ferry will run, Ruiz adds to her collection of promises.')).toEqual([]);
  });

  it('reads a question quotation before its speaker and a participle', () => {
    expect(spans('“Will the ferry run?” Ruiz remarked, alluding to the strike.')[0]).toEqual(['Ruiz', 'remarked', 'Will the ferry run?']);
  });

  it('reads a question put to the speaker as an insert', () => {
    expect(spans('The row began after Mr. Hart, asked about the fares under Mr. Lee, had said, “I think they are fair.”')[0]).toEqual([
      'Mr. Hart', 'said', 'I think they are fair.',
    ]);
  });

  it('reads documents that read a quotation', () => {
    expect(spans('“The mayor has no spine,” reads a Monday editorial in the Harbour Times.')[0][0]).toBe('a Monday editorial');
    expect(spans('“Hi visitors! The ferry runs daily!” a welcome message on the website reads.')[0][0]).toBe('a welcome message on the website');
  });
});

describe('more direct-quotation frames (issue #5, round 5)', () => {
  it('reads an adjunct or a short object between the cue and a colon or comma before the quotation', () => {
    expect(spans('Hart responded in a text message: “The ferry will run.”')).toEqual([['Hart', 'responded', 'The ferry will run.']]);
    expect(spans('Ruiz emphatically proclaimed at a press conference, “I did nothing wrong.”')[0]).toEqual([
      'Ruiz', 'proclaimed', 'I did nothing wrong.',
    ]);
    expect(spans('Then she added a caveat: “Down the ballot, I’ll vote for anyone.”')).toEqual([
      ['she', 'added', 'Down the ballot, I’ll vote for anyone.'],
    ]);
  });

  it('gives a quotation after "X said as Y yelled:" to Y, and the one before to X', () => {
    expect(spans('“There is a young man with some problems,” Hart said as the heckler yelled: “You lie!”')).toEqual([
      ['Hart', 'said', 'There is a young man with some problems'],
      ['the heckler', 'yelled', 'You lie!'],
    ]);
  });

  it('reads a present-tense cue after a quotation', () => {
    expect(spans('“The port has not failed the town,” he mocks.')).toEqual([['he', 'mocks', 'The port has not failed the town']]);
  });
});

describe('inverted speaker tails (issue #5, round 5)', () => {
  it('keeps a hometown after an age and a linking adjective’s phrase in the speaker', () => {
    expect(spans('“Our fares are fair,” agrees Ana Ruiz, 30, of Gainesville, Fla.')[0][0]).toBe('Ana Ruiz, 30, of Gainesville, Fla');
    expect(spans('“We will see,” said one official familiar with the talks.')[0][0]).toBe('one official familiar with the talks');
    expect(spans('“We will see,” said Ann Lee at a rally.')[0][0]).toBe('Ann Lee');
  });
});

describe('nested attributions (issue #5, round 5)', () => {
  it('ends a content before ", to which X interjected"', () => {
    expect(spans('She said that the plan was sound, to which Hart interjected: “It is just not true.”')).toEqual([
      ['She', 'said', 'the plan was sound'],
      ['Hart', 'interjected', 'It is just not true.'],
    ]);
  });
});

describe('long appositive subjects (issue #5, round 5)', () => {
  it('keeps a relative clause with a time insert, a reduced relative in an appositive and a name opening with an -ing word', () => {
    expect(spans('Ann Lee, who lost her job in the strike in Leeds, in July 2012, said that the port had failed.')[0][0]).toBe(
      'Ann Lee, who lost her job in the strike in Leeds, in July 2012',
    );
    expect(spans('Tom Hart, a radio host considered one of the most influential in the port, recalled that the town was divided.')[0][0]).toBe(
      'Tom Hart, a radio host considered one of the most influential in the port',
    );
    expect(spans('Playing Field Promotions, a talent agency, says that Hart charges $20,000 a speech.')[0][0]).toBe(
      'Playing Field Promotions, a talent agency',
    );
  });
});

describe('"according to" sources (issue #5, round 5)', () => {
  it('takes a role appositive after a name, and leaves "at the time" out', () => {
    expect(spans('According to Ana Ruiz, the port’s chief spokesperson, the ferry will run.')).toEqual([
      ['Ana Ruiz, the port’s chief spokesperson', 'According to', 'the ferry will run'],
    ]);
    expect(spans('According to police, the man fled.')).toEqual([['police', 'According to', 'the man fled']]);
    expect(spans('Hart had just 3% support, according to polls at the time.')[0][0]).toBe('polls');
  });
});

describe('more subjects (issue #5, round 5)', () => {
  it('reads quantity nouns, long participial inserts, a restrictive "that" inside an appositive and "which even X say"', () => {
    expect(spans('Nearly a third say they do not know.')).toEqual([['Nearly a third', 'say', 'they do not know']]);
    expect(spans('Harbour delegate Ana Ruiz, clad in a red cape with lights that spelled the name of the port, said the vote could fail.')[0]).toEqual([
      'Harbour delegate Ana Ruiz', 'said', 'the vote could fail',
    ]);
    expect(spans('But Tom Hart, the head of Port Watch, a group that has sued the council, said the plans were flawed.')[0][0]).toBe(
      'Tom Hart, the head of Port Watch, a group that has sued the council',
    );
    expect(spans('It was the speech which even critics say was her best.')).toEqual([['critics', 'say', 'was her best']]);
    expect(spans('The hosts said Monday’s vote was the closest yet.')[0][2]).toBe('Monday’s vote was the closest yet');
  });
});

describe('participles after a long main clause (issue #5, round 5)', () => {
  it('reads "…, arguing he …" with the main subject, but not after a passive with an agent', () => {
    expect(spans('For months, Ruiz has stayed on the sidelines of the race, arguing she did not want to tip the scales.')).toContainEqual([
      'Ruiz', 'arguing', 'she did not want to tip the scales',
    ]);
    expect(spans('Harbour pilot Tom Hart is being sued by his former partner, claiming he broke a promise.')).toEqual([]);
  });
});

describe('quoted-as, passive quotations and "May wrote" (issue #5, round 5)', () => {
  it('reads "X quoted Y as saying" with Y as the speaker and X as the conduit', () => {
    const [q] = quotes('“A deal does not seem likely,” Reuters quoted one trader as saying.');
    expect([q.speaker.name, q.text, q.conduit]).toEqual(['one trader', 'A deal does not seem likely', 'Reuters']);
    expect(spans('The paper quoted Hart as saying that the ferry would run.')).toEqual([['Hart', 'saying', 'the ferry would run']]);
    expect(spans('Port chief Tom Hart was quoted by the Harbour Times as saying the ferry could not go on.')[0][0]).toBe('Port chief Tom Hart');
    expect(spans('The firm quoted two lawmakers as saying in a statement: “We oppose the deal.”')[0]).toEqual(['two lawmakers', 'saying', 'We oppose the deal.']);
    const [byOutlet] = quotes('“I demand better terms,” he is quoted as saying by the Harbour Times.');
    expect([byOutlet.speaker.name, byOutlet.text, byOutlet.conduit]).toEqual(['he', 'I demand better terms', 'Harbour Times']);
    expect(spans('It will be dealt with according to competition law, port minister Ana Ruiz was quoted as saying by the KTV agency.')).toEqual([
      ['port minister Ana Ruiz', 'saying', 'It will be dealt with according to competition law'],
    ]);
  });

  it('gives a quotation after a passive cue to its "by" agent', () => {
    expect(spans('Hart was called “one of the biggest pirates in the port” by the judge.')).toEqual([
      ['the judge', 'called', 'one of the biggest pirates in the port'],
    ]);
  });

  it('reads a capitalised "May" right after a quotation as a name', () => {
    expect(spans('“We would look at a tour together,” May wrote.')).toEqual([['May', 'wrote', 'We would look at a tour together']]);
  });
});

describe('inverted speakers on real news (issue #5, round 5)', () => {
  it('reads ampersands and ages inside names, nouns that look like cues after a possessive, and "points out"', () => {
    expect(spans('“We are cutting prices,” said M&S.')).toEqual([['M&S', 'said', 'We are cutting prices']]);
    expect(quotes('“We are cutting prices,” said M&S.')[0].speaker.name).toBe('M&S');
    expect(quotes('“We are cutting prices,” said M&S. Next is one of its rivals.')[0].speaker.name).toBe('M&S');
    expect(spans('“I buy downloads,” says 27-year-old Ross.')[0][0]).toBe('27-year-old Ross');
    expect(spans('“They are much stronger,” the 36-year-old said.')[0][0]).toBe('the 36-year-old');
    expect(spans('“I have been funny,” he said during an interview for KTV’s 60 Minutes show.')).toEqual([['he', 'said', 'I have been funny']]);
    expect(spans('“It is a lot easier,” points out former champion Ann Lee.')[0][0]).toBe('former champion Ann Lee');
    expect(spans('“Downloads killed new bands,” said one musician quoted by the report.')[0][0]).toBe('one musician quoted by the report');
    expect(spans('Ruiz remains committed to the race, her top aide, Tom Hart, told KTV.')).toEqual([
      ['her top aide, Tom Hart', 'told', 'Ruiz remains committed to the race'],
    ]);
  });
});

describe('Wikinews frames (issue #5, round 5)', () => {
  it('reads "spoke on/of … ," before a quotation, "read “…”", "quoted X, appositive, as saying" and ", further remarking, “…”"', () => {
    expect(spans('Senator Ann Lee spoke on KTV, “This will lead to more delays.”')[0]).toEqual(['Senator Ann Lee', 'spoke', 'This will lead to more delays.']);
    expect(spans('Tom Hart of the port spoke of the work with the council: “It is fun working with a new partner.”')[0][0]).toBe('Tom Hart of the port');
    expect(spans('The club’s official statement read “We are very sorry to report that our captain has died.”')[0][1]).toBe('read');
    expect(spans('KTV quoted Tom Hart, formerly a harbour master, as saying “The port has a role to play.”')[0]).toEqual([
      'Tom Hart, formerly a harbour master', 'saying', 'The port has a role to play.',
    ]);
    expect(spans('She praised the work of others, further remarking, “Women in Leeds have had enough.”')).toEqual([
      ['She', 'praised', 'the work of others'],
      ['She', 'remarking', 'Women in Leeds have had enough.'],
    ]);
    expect(quotes('Hart spoke at the opening of the new ferry terminal.')).toEqual([]);
    expect(spans('“Prices are slowing,” said analyst Ann Lee, commenting on the bank’s figures.')).toEqual([['analyst Ann Lee', 'said', 'Prices are slowing']]);
    expect(quotes('Acme is recalling 200,000 ferries, remarking on the fault.').map((q) => q.cue)).not.toContain('recalling');
  });
});

describe('a named subject’s clause before a colon and a quotation (issue #5, round 5)', () => {
  it('gives the quotation to the subject, and reads "commented on the future, “…”"', () => {
    expect(spans('Ruiz quickly took a parting shot on KTV: “Oh no, really big news!”')).toEqual([['Ruiz', ':', 'Oh no, really big news!']]);
    expect(spans('He also commented on the future, “This is only the beginning.”')).toEqual([['He', 'commented', 'This is only the beginning.']]);
    expect(quotes('An official harbour Twitter account made the following announcement: “Latest update: 12 ferries cancelled.”').map((q) => q.speaker.name)).not.toContain(
      'An official harbour Twitter',
    );
  });
});

describe('"according to" between a fronted phrase and its clause (issue #5, round 10)', () => {
  it('reads the whole sentence around the source as its content, not the fronted words alone', () => {
    const text = 'On Sunday in London, according to witnesses, a man in a fake vest entered a store and stabbed two people.';
    const [q] = quotes(text);
    expect(text.slice(q.speaker.start!, q.speaker.end!)).toBe('witnesses');
    expect(q.parts?.map((p) => text.slice(p.start, p.end))).toEqual(['On Sunday in London', 'a man in a fake vest entered a store and stabbed two people']);
    expect(spans('Prices rose, according to Ann Lee, a pollster at Acme.')).toEqual([['Ann Lee, a pollster at Acme', 'according to', 'Prices rose']]);
  });

  it('leaves a relative clause after an opening source out of the content', () => {
    expect(spans('According to the agency, which cited sources close to the inquiry, the man had converted.')).toContainEqual(
      ['the agency', 'According to', 'the man had converted'],
    );
    expect(spans('According to the police, who spoke on Monday, the man was 45.')).toEqual([['the police', 'According to', 'the man was 45']]);
  });
});

describe('"told" a one-word outlet, then a name opening the clause (issue #5, round 10)', () => {
  it('reads the outlet as the conduit and the name as the clause\'s subject', () => {
    const [q] = quotes('Ali Soufan told NPR Hamza bin Laden had appeared in videos since he was a boy.');
    expect(q).toMatchObject({ conduit: 'NPR', text: 'Hamza bin Laden had appeared in videos since he was a boy' });
    // (not the rest of the outlet's own name)
    expect(quotes('Lee told BBC News he was fine.')[0].text).toBe('he was fine');
  });
});

describe('a relative clause on the adjunct after a quotation\'s speaker (issue #5, round 10)', () => {
  it('reads "“…”, he continued in the speech which was delivered in Tehran" as the quotation\'s frame', () => {
    expect(spans('"Your presence is a calamity", he continued in the speech which was delivered in Tehran, the capital.')).toEqual([
      ['he', 'continued', 'Your presence is a calamity'],
    ]);
  });
});

describe('a sentence that is only its speaker and a cue, then a quotation (issue #5, round 10)', () => {
  it('reads the quotation opening the next sentence as what was said', () => {
    expect(spans('Mr Valentine, who grew up in Argentina, agreed. "If I have to save pesos there is no problem."')).toEqual([
      ['Mr Valentine, who grew up in Argentina', 'agreed', 'If I have to save pesos there is no problem.'],
    ]);
    expect(spans('He said. "Budgets have to add up."')).toEqual([['He', 'said', 'Budgets have to add up.']]);
    // (not after a quotation of its own: "“…,” he said. “…”" is read by the follow-on rule)
    const works = '"It works," he said. "We are pleased."';
    expect(quotes(works).map((q) => partsOf(works, q))).toEqual([['It works', 'We are pleased.']]);
  });
});

describe('a prepositional opener without its comma (issue #5, round 10)', () => {
  it('reads the subject after "In its report", splitting a name off the opener\'s noun phrase', () => {
    expect(spans('In its report the committee said: "We are deeply concerned."')).toEqual([['the committee', 'said', 'We are deeply concerned.']]);
    expect(spans('In a speech to the Foreign Policy Centre Mr Straw said of the Tory leader: "He is clever."')[0][0]).toBe('Mr Straw');
    expect(spans('During his time on the witness stand Mr Hart repeatedly told jurors he met Lee.')).toEqual([['Mr Hart', 'told', 'he met Lee']]);
    // (not inside a name: "the US Department of Justice" is whole)
    expect(spans('In a statement the US Department of Justice said the two men ran the hubs.')[0][0]).toBe('the US Department of Justice');
    // (not after a verb: "After Lee left the committee said …")
    expect(spans('After Lee left the committee said it was over.').map((x) => x[0])).not.toContain('Lee left the committee');
  });
});

describe('a headline whose speaker follows its cue (issue #5, round 10)', () => {
  it('reads "More power to the people says HP" backwards: HP says it', () => {
    expect(spans('More power to the people says HP\n\nThe revolution is about stories.')).toEqual([['HP', 'says', 'More power to the people']]);
    // (not a sentence of running text, nor a clause after its comma)
    expect(spans('Lee says Tom Hart was wrong.')).toEqual([['Lee', 'says', 'Tom Hart was wrong']]);
  });
});

describe('names with a hyphened particle (issue #5, round 10)', () => {
  it('reads "al-Assadi", "el-Sisi" as part of the name, not its role', () => {
    const [q] = quotes('Ahmed al-Assadi, a spokesman for the PMF, blamed both Israel and the United States.');
    expect(q).toMatchObject({ speaker: { name: 'Ahmed al-Assadi' }, affiliation: { name: 'PMF' }, role: 'spokesman' });
    expect(quotes('Egyptian President Abdel Fattah el-Sisi said the talks failed.')[0]).toMatchObject({ speaker: { name: 'Abdel Fattah el-Sisi' } });
    // (a role word inside an organisation's name is no role: "the City University Student Union")
    const [footage] = quotes('Footage from the City University Student Union showed protesters throwing things.');
    expect(footage.affiliation?.name).toBe('City University Student Union');
    expect(footage.role).toBeUndefined();
    // (a plural owner's apostrophe and a sentence's time word are no part of a role, nor an organisation)
    expect(quotes("But Jaynes' lawyer David Oblon called the term outrageous.")[0].role).toBe('lawyer');
    const earlier = quotes('Earlier chief constable Green questioned how his officers would act.')[0];
    expect(earlier.role).toBe('chief constable');
    expect(earlier.affiliation).toBeUndefined();
    // (and alone, a surname for the full name met before)
    const later = quotes('Moammar al-Eryani said the bomb was placed on a motorcycle. According to al-Eryani, the rebels are backed by Iran.');
    expect(later.map((q) => q.speaker.name)).toEqual(['Moammar al-Eryani', 'Moammar al-Eryani']);
  });
});

describe('a named subject\'s state before a colon and a quotation (issue #5, round 10)', () => {
  it('gives the quotation to the named subject of "was …:"', () => {
    expect(spans('Osbourne himself was at a loss to explain its popularity: "I suppose Americans like it."')).toEqual([
      ['Osbourne', ':', 'I suppose Americans like it.'],
    ]);
    expect(quotes('The weather was clear: "Sunny all week."')).toEqual([]);
  });
});

describe('plural possessives in speaker phrases (issue #5, round 6)', () => {
  it('reads an inverted speaker after a plural possessive and names the organisation or the person', () => {
    const person = quotes('"We are honoured to have won the rights," said Sky Networks’ Sophie Turner Laing.');
    expect(person.map((q) => [q.speaker.name, q.text])).toEqual([['Sophie Turner Laing', 'We are honoured to have won the rights']]);
    const org = quotes('"We will fight on," said the Supporters\' Association.');
    expect(org.map((q) => q.speaker.name)).toEqual(["Supporters' Association"]);
    expect(quotes('The Teachers’ Union said it would strike.').map((q) => q.speaker.name)).toEqual(['Teachers’ Union']);
  });

  it('reads an -s cue form before "have", "are" or "were" as a noun', () => {
    expect(quotes("The harbour authorities' initial estimates have put the damage at $1bn.")).toEqual([]);
    expect(quotes('The early estimates were wrong, the board said.').map((q) => q.cue)).toEqual(['said']);
  });
});

describe('"May" as a name (issue #5, round 6)', () => {
  it('reads a capitalised "May" or "Will" opening the sentence before a past form as the speaker, not a modal', () => {
    expect(spans('May said: "We are ready."')).toEqual([['May', 'said', 'We are ready.']]);
    expect(spans('Will added that the band was ready.')).toEqual([['Will', 'added', 'the band was ready']]);
    expect(quotes('May say the band is ready.')).toEqual([]);
  });
});

describe('participial openers without their comma (issue #5, round 6)', () => {
  it('reads the name after "Asked why …" or "Speaking in Leeds" as the speaker, from its title', () => {
    expect(spans('Asked why he thought the ferry was not there Lord Hart said: "One has to remember the storm."')).toEqual([
      ['Lord Hart', 'said', 'One has to remember the storm.'],
    ]);
    expect(spans('Speaking in Leeds Mr Ruiz said: "People want a bridge."')).toEqual([['Mr Ruiz', 'said', 'People want a bridge.']]);
    expect(spans("Asked about Mr Lee's plan Mr Ruiz said it was a good one.")[0][0]).toBe('Mr Ruiz');
  });

  it('reads "… has been training in Leeds and Ruiz said" as a clause of its own after "and"', () => {
    expect(spans('Lee has been training in Leeds and Ruiz said the plan works.')).toEqual([['Ruiz', 'said', 'the plan works']]);
    expect(spans('The latest surveys from Acme and Halifax have indicated a revival.')[0]?.[0]).not.toBe('Halifax');
  });

  it('leaves a gerund subject with its verb, an -ing modifier and a raised cue alone', () => {
    expect(quotes('Polling averages measured by KTV showed support at one percent.').map((q) => q.speaker.name)).not.toContain('KTV');
    expect(quotes('Fighting between the two firms has hit the headlines in Leeds and analysts feared a split.')).toEqual([]);
    expect(quotes('Working with Acme is expected to add momentum to the revival.')).toEqual([]);
  });
});

describe('appositives with an infinitive (issue #5, round 6)', () => {
  it('keeps "the newest female MP to be elected" inside the speaker phrase', () => {
    expect(spans('Teather, the newest female MP to be elected, told researchers: "It is like a club."')).toEqual([
      ['Teather, the newest female MP to be elected', 'told', 'It is like a club.'],
    ]);
  });
});

describe('coordinated cues and "hold talks" (issue #5, round 6)', () => {
  it('gives a coordinated cue the whole speaker phrase of the cue before it', () => {
    const got = spans('Tory peer Lord Hart said he agreed with the view, and said the case should be heard again.');
    expect(got.map((x) => x[0])).toEqual(['Tory peer Lord Hart', 'Tory peer Lord Hart']);
  });

  it('reads no content in the addressee of a letter ("wrote to the council"), but what it was about', () => {
    expect(spans('Lee wrote to the council, saying the bridge was unsafe.')).toEqual([['Lee', 'saying', 'the bridge was unsafe']]);
    expect(spans('Ambassador Tom Hart wrote to Mrs. Ruiz about a visit to Leeds.')).toEqual([
      ['Ambassador Tom Hart', 'wrote', 'about a visit to Leeds'],
    ]);
    expect(spans('Lee wrote to his followers, “It is time to go.”')).toEqual([['Lee', 'wrote', 'It is time to go.']]);
  });

  it('reads a cue form after "hold" as its object', () => {
    expect(spans('Jack Ruiz, who will hold talks in Leeds on Thursday, said the ban would end.')).toEqual([
      ['Jack Ruiz, who will hold talks in Leeds on Thursday', 'said', 'the ban would end'],
    ]);
  });
});

describe('real-news speaker phrases (issue #5, round 6)', () => {
  it('ends an "according to" source before a relative clause that attributes on its own', () => {
    expect(spans('The fire began at noon, according to police, who said officers arrived six minutes later.')).toEqual([
      ['police', 'according to', 'The fire began at noon'],
      ['who', 'said', 'officers arrived six minutes later'],
    ]);
  });

  it('reads a capitalised cue form between capitalised words of running text as part of a name', () => {
    expect(quotes('Mahala View Lion Lodge formerly billed itself as home to three lions.')).toEqual([]);
  });

  it('gives a coordinated cue the first cue’s speaker without an adverb, and a possessive subject its role noun', () => {
    expect(spans('The harbour ministry further indicated no boats were involved and suggested the pilot lost control.').map((x) => x[0]))
      .toEqual(['The harbour ministry', 'The harbour ministry']);
    expect(spans("Lee and Kim's mother, Ana, wept on hearing the verdict and said she believed he was innocent.")[0][0])
      .toBe("Lee and Kim's mother, Ana");
  });

  it('reads an -s cue form right after a subject’s past verb as its object ("He raised doubts")', () => {
    expect(spans('He raised doubts about his future when he said he wanted a new club.')).toEqual([['he', 'said', 'he wanted a new club']]);
  });

  it('reads "X is confident though:" or "was blunt:" before a quotation as X’s, not a thing’s', () => {
    expect(spans('Mr Dean is confident though: “There is a remarkable difference.”')).toEqual([
      ['Mr Dean', ':', 'There is a remarkable difference.'],
    ]);
    expect(spans('The minister was adamant: “We will not go back.”')[0][0]).toBe('The minister');
    expect(quotes('The weather was clear: “sunny skies”.')).toEqual([]);
  });

  it('reads a manner verb in the present after a quotation and "X points out." after the clause it reports', () => {
    expect(spans('"You can call it a peace dividend," smiles one broker.')).toEqual([['one broker', 'smiles', 'You can call it a peace dividend']]);
    expect(quotes('He laughs at the idea.')).toEqual([]);
    expect(spans('Businesses face other issues, Mr Hadi points out.')).toEqual([['Mr Hadi', 'points', 'Businesses face other issues']]);
  });

  it('reads "reported to have", "said to be" as no statement', () => {
    expect(quotes('The head of the agency widely reported to have resigned is still at the helm.')).toEqual([]);
  });
});

describe('quotations around "read", inverted speakers and leading cues (issue #5, round 6)', () => {
  it('reads a document that "read, “…”", "read in part: “…”" or "reads X’s statement"', () => {
    expect(spans('The event description read, "We will all meet at the harbour."')).toEqual([
      ['The event description', 'read', 'We will all meet at the harbour.'],
    ]);
    expect(spans('The opinion of the Court, released on Wednesday, read in part: "The oath is void."')[0][0]).toBe('The opinion of the Court');
    const text = '"Past rules may have been fair," reads Judge Hart\'s statement, "men and women are now alike."';
    // (the statement's owner is its author: named Hart since round 9)
    expect(quotes(text).map((q) => [q.speaker.name, q.parts?.length])).toEqual([['Hart', 2]]);
    expect(quotes('She read a book by the fire.')).toEqual([]);
  });

  it('takes the second part of a quotation after an inverted speaker with no comma or with an adjunct', () => {
    const [q] = quotes('"We stand ready" tweeted Lee "to provide whatever help we can."');
    expect([q.speaker.name, q.parts?.length]).toEqual(['Lee', 2]);
    const [r] = quotes('"I disagreed with his plans," wrote Lee on Twitter, "and so I asked him to resign."');
    expect([r.speaker.name, r.parts?.length]).toEqual(['Lee', 2]);
  });

  it('reads "Remarked scientist Tierra Curry, “…”" with the name after the role', () => {
    expect(quotes('Remarked harbour scientist Tierra Curry, "This is good news."').map((q) => [q.speaker.name, q.text])).toEqual([
      ['Tierra Curry', 'This is good news.'],
    ]);
    expect(quotes('Lee, "We go home."')).toEqual([]);
  });

  it('reads no passive "being informed that" or "has been told that"', () => {
    expect(quotes('After being told that he would be charged, he left.')).toEqual([]);
  });
});

describe('speaker phrases that are no speakers (issue #5, round 6)', () => {
  it('reads no clause, lone preposition, "no" + noun or "All told" as a speaker', () => {
    expect(quotes('Despite challenging the trustworthiness of the leader, Cruz said he could work with him.').map((q) => q.speaker.name)).toEqual(['Cruz']);
    expect(quotes('As her campaign sent out fund-raising pitches highlighting his remarks, she joked.').map((q) => q.cue)).toEqual(['joked']);
    expect(quotes('All ran counter to his earlier statements.')).toEqual([]);
    expect(quotes('His campaign website has no reference to a paid leave policy.')).toEqual([]);
    expect(quotes('All told, up to 5 million people could be eligible.')).toEqual([]);
    expect(quotes('The paper made no mention of health concerns.')).toEqual([]);
  });

  it('reads a quantity of a noun after "in which" as the subject, and ends the relative clause at its comma', () => {
    expect(spans('In a year in which a majority of voters say they do not trust Lee, even his allies worry.')).toEqual([
      ['a majority of voters', 'say', 'they do not trust Lee'],
    ]);
  });

  it('keeps a document described by a participle and its preposition', () => {
    expect(spans('A letter sent to Martin Hart said his passport would not be issued.')[0][0]).toBe('A letter sent to Martin Hart');
  });
});

describe('a dash after an inverted speaker (issue #5, round 6)', () => {
  it('reads "X, Mr Lee said - falling short of …" as the clause before, but not a dash insert before a quotation', () => {
    expect(spans('The deficit will be 4.3%, Mr Lee said - falling short of the target.')).toEqual([['Mr Lee', 'said', 'The deficit will be 4.3%']]);
    expect(quotes('On Wednesday, President Lee said — as reported by KTV — "The museum will close."').map((q) => q.text)).not.toContain('On Wednesday');
  });
});


describe('speaker phrases and relative clauses (issue #5, round 7)', () => {
  it('keeps the time of a participle after its noun in the speaker phrase', () => {
    expect(spans('A yearly survey released on Friday said exports had grown.')[0][0]).toBe('A yearly survey released on Friday');
    expect(spans('Ms Dale on Monday said the ferry would run.')[0][0]).toBe('Ms Dale');
  });

  it('reads a stance verb after a subject pronoun as a clause, not a speaker phrase', () => {
    expect(quotes('Some traders expect a cut, although others feel the bank may still think a rise is needed.').map((q) => q.speaker.name)).not.toContain(
      'others feel the bank',
    );
    expect(spans('Another report from the ministry said ten people died.')[0][0]).toBe('Another report from the ministry');
  });

  it('reads "agree" with a noun object as no statement, with a clause as one', () => {
    expect(quotes('The lenders have been trying to agree a deal to secure its future.')).toEqual([]);
    expect(spans('The unions agree the offer is fair.')).toEqual([['The unions', 'agree', 'the offer is fair']]);
  });

  it('ends an "according to" source before a relative clause that attributes on its own', () => {
    const text = 'Shops were slow to act, according to a report from KTV on May 3 in which they said no limits were planned.';
    expect(spans(text)).toContainEqual(['a report from KTV', 'according to', 'Shops were slow to act']);
    expect(spans('Two guards died, according to officials who spoke on condition of anonymity.')[0][0]).toBe(
      'officials who spoke on condition of anonymity',
    );
  });

  it('names a restrictive relative pronoun by the phrase it stands for, and keeps the pronoun as the span', () => {
    const text = 'Police quoted a witness who said the gunmen fled north.';
    const [q] = quotes(text);
    expect([text.slice(q.speaker.start, q.speaker.end), q.speaker.name]).toEqual(['who', 'a witness']);
    expect(quotes('The WHO said cases had doubled.')[0].speaker.name).toBe('WHO');
    expect(quotes('He spoke to the head of the group who said the talks failed.')[0].speaker.name).toBe('the head of the group');
  });
});

describe('what follows an inverted speaker and quoted phrases (issue #5, round 7)', () => {
  it('ends an inverted speaker before a contrasting clause with a speaker and cue of its own', () => {
    const text = 'Some shops are the cheapest, said Mr Ross, but the test revealed that big prints cost less at home.';
    expect(spans(text)).toEqual([
      ['Mr Ross', 'said', 'Some shops are the cheapest'],
      ['the test', 'revealed', 'big prints cost less at home'],
    ]);
    expect(quotes('The market is improving, Ms Lee said, but she did not expect a quick rise.')[0].parts?.length).toBe(2);
  });

  it('reads a bare "the poll" as a source only when the sentence counts something', () => {
    expect(spans('Trump rose to 42 percent in the poll.')).toEqual([['the poll', 'in', 'Trump rose to 42 percent']]);
    expect(quotes('The internet could have a big part in the poll.')).toEqual([]);
  });

  it('reads a quoted phrase inside a noun phrase before a verb as no quotation of a speaker', () => {
    expect(quotes('Last year\'s "wardrobe malfunction" encouraged the regulator to impose tougher rules.').map((q) => q.cue)).not.toContain(
      'encouraged',
    );
    expect(spans('"This is fantastic!" beamed Lee.')).toEqual([['Lee', 'beamed', 'This is fantastic!']]);
  });
});

describe('where an object or a fronted clause ends, and cue forms that are nouns (issue #5, round 7)', () => {
  it('ends an object before a contrast with a subject of its own, and a fronted clause at its comma', () => {
    expect(spans('Ministers proposed scrapping the title, but the Lords have over-ruled this.')).toEqual([['Ministers', 'proposed', 'scrapping the title']]);
    expect(spans('While Ann Lee did not say whether she backs the plan, the mayor proposed a new one.')).toContainEqual([
      'Ann Lee', 'did not say', 'whether she backs the plan',
    ]);
  });

  it('ends an object before a name and its verb opening the next clause, but not before an inverted speaker', () => {
    expect(spans('Lee opposed the plan while Kim fully endorsed it, Hart expressed doubts about it.')).toContainEqual(['Kim', 'endorsed', 'it']);
    expect(spans('Lee promised lower taxes, Kim said.')).toContainEqual(['Kim', 'said', 'Lee promised lower taxes']);
  });

  it('ends an object relative in commas at its comma', () => {
    expect(spans('The attack, which officials blamed on the rebels, killed 12 people.')).toEqual([['officials', 'blamed', 'the rebels']]);
  });

  it('reads "slammed into" as a movement and "plans include", "demand is" as nouns', () => {
    expect(quotes('Hurricane Zeta slammed into the coast.')).toEqual([]);
    expect(spans('Lee slammed the plan as reckless.')).toEqual([['Lee', 'slammed', 'the plan as reckless']]);
    expect(quotes('Other council plans include a new bridge.')).toEqual([]);
    expect(quotes('While domestic demand is set to grow, exports could fall.').map((q) => q.cue)).not.toContain('demand');
    expect(spans('It was a policy that most would agree was poor.')).toEqual([['most', 'agree', 'was poor']]);
  });
});

describe('more things that are no statements (issue #5, round 7)', () => {
  it('reads "Early estimates from", "Strong demand from" as nouns and "Having said that," as no speaker', () => {
    expect(quotes('Early estimates from the World Bank put the cost at $5bn.')).toEqual([]);
    expect(quotes('Strong demand from China has fuelled the boom.')).toEqual([]);
    expect(quotes("Having said that, I'm always pleased when cheats are caught.")).toEqual([]);
    expect(quotes('Amongst reported incidents of abuse were cover-ups.')).toEqual([]);
    expect(quotes('File: Keisha Lance Bottoms (cropped).jpg')).toEqual([]);
    expect(spans('Reuters estimates from its survey that output fell.')).toEqual([['Reuters', 'estimates', 'output fell']]);
  });

  it('reads a keeper who "denied" players and "supporting acts" as no statement, and skips a day before a particle', () => {
    expect(quotes('After a quiet start, James denied Duff, Jarosik and Kezman.')).toEqual([]);
    expect(quotes('A hamstring injury denied Luscombe the chance to start.')).toEqual([]);
    expect(spans('Smith denied Jones had lied.')).toEqual([['Smith', 'denied', 'Jones had lied']]);
    expect(quotes('He played in bands and supporting acts such as Iggy Pop.')).toEqual([]);
    expect(spans('A report called on Thursday for urgent changes.')).toEqual([['A report', 'called', 'urgent changes']]);
  });

  it('reads "best supporting actor", "pushed Japan off the top", "has added the ability" as no statement', () => {
    expect(quotes("Clive Owen's best supporting actor nomination has led a bookmaker to cut his odds.")).toEqual([]);
    expect(quotes('The US has pushed Japan off the top of the chart.')).toEqual([]);
    expect(spans('Lee pushed for a new vote.')).toEqual([['Lee', 'pushed', 'a new vote']]);
    expect(quotes('Ask Jeeves has added the ability to save websites.')).toEqual([]);
    expect(spans('He has added that the plan would fail.')).toEqual([['He', 'added', 'the plan would fail']]);
  });

  it('gives a quotation its inverted speaker, not a cue after that speaker, and keeps a scare quote in a clause (issue #5, round 12)', () => {
    const text = '"People will hijack the subsidy," said Joshua Vale, a cocoa farmer from Edo state told Reuters. "We see nothing," he added.';
    expect(quotes(text).map((q) => q.speaker.name)).toEqual(['Joshua Vale', 'Joshua Vale']);
    const scare = 'The candidate labeled “a leader who has won” continues to lead the field, in one national survey.';
    expect(spans(scare).map((q) => q[0])).toEqual(['one national survey']);
  });

  it('takes what a statement says as the content of "issued a statement saying …" (issue #5, round 12)', () => {
    expect(spans('Dr Vale issued a statement saying the patient had been given zinc.')).toEqual([['Dr Vale', 'issued', 'the patient had been given zinc']]);
    expect(spans('Lee released a statement saying that the Senate should wait.')).toEqual([['Lee', 'released', 'the Senate should wait']]);
    const [direct] = quotes('At the time, she released a statement saying, "Acme has been a trusted partner."');
    expect([direct.text, direct.direct]).toEqual(['Acme has been a trusted partner.', true]);
    // (not what a document someone denies or dismisses says)
    expect(quotes('The campaign director denied a report claiming he warned the leader.')[0]?.text).toBe('a report claiming he warned the leader');
  });

  it('reads a shot at goal, a chart move, how someone looks, composing a work and a headline passive as no statement (issue #5, round 12)', () => {
    expect(quotes('Duff got round Thatcher and blasted in a shot that James parried.')).toEqual([]);
    expect(spans('Lee blasted the plan as a disaster.')).toEqual([['Lee', 'blasted', 'the plan as a disaster']]);
    expect(quotes("The track pushed Eminem's Like Toy Soldiers from number one to number three.")).toEqual([]);
    expect(quotes('Roddick still looks a bit sluggish.')).toEqual([]);
    // (nor composing a work, or writing for someone)
    expect(quotes('Adler is writing two new songs for the score.')).toEqual([]);
    expect(quotes('He wrote for other artists, including Dylan.')).toEqual([]);
    expect(spans('In his book, Lee wrote the war was lost.')).toEqual([['Lee', 'wrote', 'the war was lost']]);
    // (nor a headline's passive without its auxiliary)
    expect(quotes('Chelsea denied by Vale heroics\n\nChelsea were held to a draw.')).toEqual([]);
  });
});

describe('told + person + clause (issue #5, round 7)', () => {
  it('reads "told him he was wrong" with the person told left out of the content', () => {
    expect(spans('Her mother told him he was wrong.')).toEqual([['Her mother', 'told', 'he was wrong']]);
    expect(spans('Ann told her he was known as "Precious" at school.')).toEqual([['Ann', 'told', 'he was known as "Precious" at school']]);
    expect(quotes('Ann told them they would win.')[0].conduit).toBeUndefined();
    expect(spans('She told them the bridge was closed.')).toEqual([['She', 'told', 'the bridge was closed']]);
    expect(spans('He told US TV network Fox News on Sunday that the plan was wrong.')[0][2]).toBe('the plan was wrong');
  });

  it('leaves the people addressed before "that" out of the content', () => {
    expect(spans('He warned them that the talks could fail.')).toEqual([['He', 'warned', 'the talks could fail']]);
    expect(spans('He assured reporters that the army was ready.')).toEqual([['He', 'assured', 'the army was ready']]);
  });
});

describe('speaker phrase extents (issue #5, round 8)', () => {
  it('takes a coordinated list as one subject and one group speaker', () => {
    const sentence = 'Friends, rivals and former foes say that the mayor is the right man for the job.';
    expect(spans(sentence)[0][0]).toBe('Friends, rivals and former foes');
    expect(quotes(sentence)[0].speaker.name).toBe('Friends, rivals and former foes');
    expect(spans('But labor unions, farm groups, and many Democratic lawmakers claim it will cost jobs.')[0][0]).toBe(
      'labor unions, farm groups, and many Democratic lawmakers',
    );
    expect(spans('Most voters in Leeds, York and Hull said they felt betrayed.')[0][0]).toBe('Most voters in Leeds, York and Hull');
    expect(spans('In Leeds, voters and traders say the plan is bad.')[0][0]).toBe('voters and traders');
    expect(spans('Ann Lee, president and CEO of Acme said the plan is bad.')).toEqual([['Ann Lee, president and CEO of Acme', 'said', 'the plan is bad']]);
  });

  it('leaves adverbs before or after the subject out of it', () => {
    expect(spans('Lee further described the plan as a disaster and said it would fail.')).toContainEqual(['Lee', 'said', 'it would fail']);
    expect(spans('Acme long had a reputation for putting candidates through interviews and asking staff odd questions.')[0][0]).toBe('Acme');
    expect(spans('He likes them, but ultimately Ruiz thinks their logic is flawed.')).toContainEqual(['Ruiz', 'thinks', 'their logic is flawed']);
    expect(spans('Perhaps young voters prefer the senator.')).toEqual([['young voters', 'prefer', 'the senator']]);
    expect(spans('Nearly half of voters said the economy was bad.')[0][0]).toBe('Nearly half of voters');
  });

  it('reads a town and its state inside a subject, and not as an opener', () => {
    expect(spans('Stacy Lee of Columbia, South Carolina says she thinks Ruiz can win.')[0][0]).toBe('Stacy Lee of Columbia, South Carolina');
    expect(spans('In Leeds, Ann Lee refused to speak to reporters.')[0][0]).toBe('Ann Lee');
    expect(spans('In October, Mrs. Lee, the party nominee, proposed a no-fly zone.')[0][0]).toBe('Mrs. Lee, the party nominee');
  });

  it('ends a content before ", others argue" and gives that cue its quantifier subject', () => {
    expect(spans('Although Lee says that Ruiz broke the story in Bunkerville, Nev., others argue that Ruiz caused it.')).toEqual([
      ['Lee', 'says', 'Ruiz broke the story in Bunkerville, Nev'],
      ['others', 'argue', 'Ruiz caused it'],
    ]);
  });

  it('reads a passive participle with its agent in a dash insert as no cue', () => {
    expect(spans('On Friday, Lee — mentioned by the Post as the leading choice for the post — told the crowd he was ready.')).toEqual([
      ['Lee', 'told', 'he was ready'],
    ]);
  });

  it('runs an inverted speaker phrase on over "in" a place ending the sentence, and over two coordinated roles', () => {
    expect(spans('India has more resonance through films, says political scientist Ann Lee in Almaty.')[0][0]).toBe(
      'political scientist Ann Lee in Almaty',
    );
    expect(spans('“We are ready,” said Ann Lee in an interview.')[0][0]).toBe('Ann Lee');
    expect(spans('The firm lobbied in Leeds, said lobbyist and strategist Tom Black.')[0][0]).toBe('lobbyist and strategist Tom Black');
  });

  it('reads "Just over a quarter, 26 percent," as a subject and a long "When asked …" clause as an opener', () => {
    expect(spans('Just over a quarter, 26 percent, say they will vote for Ruiz.')[0][0]).toBe('Just over a quarter, 26 percent');
    expect(spans('When asked whether the plan was the right position for the city to take, 59 percent said it was not.')[0].slice(0, 2)).toEqual([
      '59 percent', 'said',
    ]);
  });

  it('reads a quotation after "wrote to" and its addressee', () => {
    expect(spans('Soon after, Ruiz wrote to his 20,000 Twitter followers, “It’s time to go,” and shared a link.')).toEqual([
      ['Ruiz', 'wrote', 'It’s time to go'],
    ]);
  });

  it('reads "looks for a new club" and "answered some questions" as no statement', () => {
    expect(quotes('Ruiz is to begin talks as he looks for a new club.')).toEqual([]);
    expect(quotes('Ann Lee answered some questions about her campaign from the Gazette.')).toEqual([]);
    expect(spans('Ann Lee answered that the plan would work.')[0].slice(0, 2)).toEqual(['Ann Lee', 'answered']);
  });

  it('ends a content before an inverted speaker of its own, and names no object of a description\'s relative clause', () => {
    expect(spans('Polls show that voters are tired, said Ann Lee, a pollster.')).toEqual([
      ['Ann Lee, a pollster', 'said', 'Polls show that voters are tired'],
      ['Polls', 'show', 'voters are tired'],
    ]);
    expect(quotes('The barrister who had represented Mr Martin said the rules were unfair.')[0].speaker.name).toBe('The barrister who had represented Mr Martin');
  });

  it('reads "…, observed Jack Lee, an adviser." as an inverted speaker of the clause before it', () => {
    expect(spans('Real losses have been suffered, observed Jack Lee, adviser to the IMF.')).toEqual([
      ['Jack Lee, adviser to the IMF', 'observed', 'Real losses have been suffered'],
    ]);
    expect(spans('The crowd observed a minute\'s silence, the mayor said.')).toEqual([['the mayor', 'said', 'The crowd observed a minute\'s silence']]);
  });

  it('skips a comma after a leading conjunction: "But, Hans Reckers, a board member of …, said"', () => {
    expect(spans("But, Hans Vale, a board member of Germany's central bank, the Bundesbank, said that trading should stay in Frankfurt.")[0][0]).toBe(
      "Hans Vale, a board member of Germany's central bank, the Bundesbank",
    );
  });

  it('reads "according to X:" before a list and "— according to X —" as an insert', () => {
    expect(spans('Four systems track the records of the office, according to the State Department: the first is STARS.')).toEqual([
      ['the State Department', 'according to', 'Four systems track the records of the office'],
    ]);
    const [q] = quotes('Lee blamed a video while — according to emails found in the inquiry — knowing it had no role.').filter((x) => x.cue === 'according to');
    expect(q.parts?.map((p) => p.end - p.start)).toHaveLength(2);
    expect(q.speaker.name).toBe('emails found in the inquiry');
  });

  it('leaves a long relative clause in dashes out of the speaker and reads no inverted speaker after a conduit', () => {
    const text = 'Reached by phone on Tuesday, Joyce — who is listed as an attorney in Illinois but doesn’t actively practice law — told The Gazette he’s not planning to run.';
    expect(spans(text)).toEqual([['Joyce', 'told', 'he’s not planning to run']]);
  });

  it('reads a quotation after a full stop the segmenter kept inside the sentence as direct speech alone', () => {
    const text = 'Acme faced charges from the Department of Justice and the SEC. "Companies cannot bribe their way in," said Tom Wray, a prosecutor.';
    expect(spans(text)).toEqual([['Tom Wray, a prosecutor', 'said', 'Companies cannot bribe their way in']]);
    expect(quotes(text)[0].direct).toBe(true);
  });

  it('keeps the name before an appositive whose closing comma is missing', () => {
    const text = 'Sam Lee, the communications director for the Leeds Party said in a statement. “There are no ballots.”';
    expect(spans(text)[0][0]).toBe('Sam Lee, the communications director for the Leeds Party');
  });
});

describe('speaker names and affiliations (issue #5, round 9)', () => {
  it('names no organisation a preposition makes the object of a description, and takes it as the affiliation', () => {
    const brothers = quotes('But one of the three brothers behind the Acme Group said the firm had held talks.')[0];
    expect(brothers.speaker.name).toBe('one of the three brothers behind the Acme Group');
    expect(brothers.affiliation?.name).toBe('Acme Group');
    const sources = quotes('Sources within the Labour Party told the BBC that the plan was dead.')[0];
    expect(sources.speaker.name).toBe('Sources within the Labour Party');
    expect(sources.affiliation?.name).toBe('Labour Party');
    expect(quotes('Shops all over the UK said sales were strong.')[0].speaker.name).toBe('Shops all over the UK');
    // (a platform says where, not who: "A tweet sent from Biden's Twitter account")
    expect(quotes("A tweet sent from Joe Biden's Twitter account said the plan was bad.")[0].speaker.name).not.toBe('Twitter');
    expect(quotes('A Facebook post said the plan was bad.')[0].speaker.name).toBe('A Facebook post');
    // (a document's owner is its author: "Bob Woodward's book", "The UN's latest report"; a day is no author)
    expect(quotes("Tom Vale's book revealed the plan was bad.")[0].speaker.name).toBe('Tom Vale');
    expect(quotes("Friday's statement said the plan was bad.")[0].speaker.name).toBe("Friday's statement");
  });

  it('reads a post-nominal QC after a comma as part of the name, not as an inverted speaker', () => {
    const text = 'Judge Ann Vale, QC told the hearing that the case was serious.';
    expect(spans(text)).toEqual([['Judge Ann Vale, QC', 'told', 'the case was serious']]);
    expect(quotes(text)[0].speaker.name).toBe('Ann Vale');
  });
});

describe('reduced relatives (issue #5, round 9)', () => {
  it('reads a past form after its noun with a verb right after it as no statement', () => {
    expect(quotes('The number of films released rose to 310 in 2004.')).toEqual([]);
    expect(quotes('Among the firms accused were Acme and Bolt.')).toEqual([]);
    // (a name or a pronoun before it speaks: "which Politico reported left experts disappointed")
    expect(spans('It was a choice which Politico reported left some experts disappointed.')).toEqual([['Politico', 'reported', 'left some experts disappointed']]);
    expect(spans('Officials released detailed figures.')).toEqual([['Officials', 'released', 'detailed figures']]);
    // (nor a subject of its own inside an object relative: "a party apparatus many progressives believed was tilting …")
    expect(spans('She led a party apparatus that many progressives believed was tilting the race.')).toContainEqual(['many progressives', 'believed', 'was tilting the race']);
  });
});

describe('"told" an audience, then a clause without "that" (issue #5, round 9)', () => {
  it('ends the audience at a determiner after a name, a programme number or an audience noun', () => {
    expect(spans('Ann Vale told the BBC the government would fall.')).toEqual([['Ann Vale', 'told', 'the government would fall']]);
    expect(spans('Ann Vale told BBC Radio 4 the government would fall.')).toEqual([['Ann Vale', 'told', 'the government would fall']]);
    expect(spans('Ann Vale told the hearing the case could have serious effects.')).toEqual([['Ann Vale', 'told', 'the case could have serious effects']]);
    expect(spans('Tory spokesman Tom Hart told MPs there was no plan.')).toEqual([['Tory spokesman Tom Hart', 'told', 'there was no plan']]);
    const q = quotes('Ann Vale told Reuters the government would fall.')[0];
    expect(q.conduit).toBe('Reuters');
    // (a programme or website after the outlet's name, and a name opening the clause)
    expect(spans("Ann Vale told BBC Radio 4's Today programme it was over.")).toEqual([['Ann Vale', 'told', 'it was over']]);
    expect(spans('Ann Vale told the BBC News website there are two parts.')).toEqual([['Ann Vale', 'told', 'there are two parts']]);
    expect(spans('Ann Vale told the BBC Tom Hart has always been in favour.')).toEqual([['Ann Vale', 'told', 'Tom Hart has always been in favour']]);
    expect(spans("Ann Vale told BBC Radio 4's Today programme: \"It is over.\"")).toEqual([['Ann Vale', 'told', 'It is over.']]);
  });
});

describe('cue forms that are nouns (issue #5, round 9)', () => {
  it('reads "demand for", "hopes of", "in charge of" and a base form before a verb as nouns', () => {
    expect(quotes('Strong US demand for heating oil was predicted to rise.')).toEqual([]);
    expect(quotes('But domestic demand seems to be taking up the slack.')).toEqual([]);
    expect(quotes('Any hopes of a recovery looked to be snuffed out.')).toEqual([]);
    expect(quotes('He is in charge of the firm\'s operations in Asia.')).toEqual([]);
    // (a mostly-noun cue form after a determiner and a modifier: "the extra demand that …", "The TV show unites …"; not
    // in a subject's prepositional phrase: "The minutes of the meeting show how …")
    expect(quotes('The extra demand that had driven sales has gone.')).toEqual([]);
    expect(quotes('The TV show unites old friends.')).toEqual([]);
    expect(spans('The minutes of the meeting show how the chance of a coalition quickly evaporated.')[0].slice(0, 2)).toEqual(['The minutes of the meeting', 'show']);
    // (nor is a listing a statement: "floated on the stock exchange", while "floated the idea" is one)
    expect(quotes('The company floated on the stock exchange in 1996.')).toEqual([]);
    expect(spans('Ann Vale floated the idea of a new tax.')).toEqual([['Ann Vale', 'floated', 'the idea of a new tax']]);
    // (the verbs stay: "Protesters demand that …", "She hopes to win")
    expect(spans('Protesters demand that the law be changed.')).toEqual([['Protesters', 'demand', 'the law be changed']]);
    expect(spans('She hopes to win the seat.')).toEqual([['She', 'hopes', 'win the seat']]);
  });
});

describe('relative pronouns of stance cues (issue #5, round 9)', () => {
  it('names "who" by its antecedent, as for speech cues; "which" stays unnamed', () => {
    const christie = quotes('The debate featured Ann Vale, who denounced the plan as a disaster.')[0];
    expect([christie.speaker.name, christie.cue]).toEqual(['Ann Vale', 'denounced']);
    expect(quotes('The debate featured the mayor, who denounced the plan.')[0].speaker.name).toBe('the mayor');
    expect(quotes('It was released in November, which pushed console sales past rivals.').map((q) => q.speaker.name)).not.toContain('November');
  });
});

describe('"according to" a name and its role (issue #5, round 9)', () => {
  it('keeps a role with its "of" phrase in the source, not a subject with its own appositive name', () => {
    expect(spans('According to Pat Vale, President of AMBO, work on the site has stopped.')).toEqual([
      ['Pat Vale, President of AMBO', 'According to', 'work on the site has stopped'],
    ]);
    // (forecasts are a document, no described person: "According to analysts' forecasts, HSBC, the biggest bank, …")
    expect(spans("According to analysts' forecasts, Acme, the biggest bank, will report profits of 10bn.")).toEqual([
      ["analysts' forecasts", 'According to', 'Acme, the biggest bank, will report profits of 10bn'],
    ]);
    expect(spans('According to the agency ISNA, the prosecutor general of Tehran, Ali Mehr, said the men must face charges.')).toContainEqual([
      'the prosecutor general of Tehran, Ali Mehr', 'said', 'the men must face charges',
    ]);
  });
});

describe('a name after a description\'s noun in a coordinated subject (issue #5, round 9)', () => {
  it('reads "Dutch firm Acme saw … and warned" as Acme', () => {
    const q = quotes('Dutch firm Acme saw its profits drop and warned that sales would fall.')[0];
    expect([q.speaker.name, q.cue]).toEqual(['Acme', 'warned']);
    // (not across a verb: "Milan beat Juventus …")
    expect(quotes('Milan beat Juventus on Sunday and said the title was theirs.').map((x) => x.speaker.name)).not.toContain('Juventus');
  });
});

describe('a quotation, then the circumstances of its saying (issue #5, round 9)', () => {
  it('ends the content at the quotation before ", while …", ", recalling …" or "before …"', () => {
    expect(spans('Ann Vale said, "They need to stand by us", while addressing the press.')).toEqual([['Ann Vale', 'said', 'They need to stand by us']]);
    expect(spans('Ann Vale wrote of him, "He was an anomaly", recalling their first meeting.')[0][2]).toBe('He was an anomaly');
    // (a partial quotation the sentence goes on from keeps its words: "“a disaster” was looming", "“Today” on Monday")
    expect(spans('Ann Vale said "a disaster" was looming.')[0][2]).toBe('a disaster" was looming');
  });
});

describe('a fronted clause after a short lead (issue #5, round 9)', () => {
  it('ends the content of a cue in "At the same time as …," or "Even as …," at its comma', () => {
    expect(spans('At the same time as Acme announced its new plan, Bolt announced record revenues.')).toEqual([
      ['Acme', 'announced', 'its new plan'],
      ['Bolt', 'announced', 'record revenues'],
    ]);
    expect(spans('Even as some polls show Ann Vale ahead, her rivals are confident.')[0]).toEqual(['some polls', 'show', 'Ann Vale ahead']);
  });
});

describe('"cited X as saying" (issue #5, round 9)', () => {
  it('reads it as "quoted X as saying": X speaks, the citing outlet is the conduit', () => {
    const text = 'The BBC cited Ann Vale, chief of the State Intelligence Agency, as saying the suspects were linked to the network.';
    const q = quotes(text)[0];
    expect([text.slice(q.speaker.start!, q.speaker.end!), q.cue, q.text]).toEqual([
      'Ann Vale, chief of the State Intelligence Agency', 'saying', 'the suspects were linked to the network',
    ]);
    expect(q.conduit).toBe('The BBC');
    expect(spans('Lee cited the report.')).toEqual([['Lee', 'cited', 'the report']]);
  });
});

describe('a scene, then the speaker and a quotation (issue #5, round 9)', () => {
  it('takes the quotation after "Asked …, X said," or "In one exchange, …, X exclaimed," as the content', () => {
    expect(spans('In one exchange, as Tom attempted to interrupt, Ann Vale exclaimed, "I am speaking."')).toEqual([['Ann Vale', 'exclaimed', 'I am speaking.']]);
    expect(spans('Asked about the plan, Ann Vale said, "It is dead."')).toEqual([['Ann Vale', 'said', 'It is dead.']]);
    // (not after words that may be the speaker's own: "If voters were moving his way, Cohn wrote, “the assumption …”")
    expect(spans('If voters were moving his way, Tom Cohn wrote, "the assumption may be shaky."')[0][2]).toContain('If voters were moving his way');
  });
});

describe('a quotation closing the paragraph before a speaker with his own clause (issue #5, round 10)', () => {
  it('keeps "said on Friday that …" to its own clause after a quotation that ends the paragraph before', () => {
    const text = 'Vale called it "a fine result."\n\nLee said on Friday that the plan had failed.';
    expect(spans(text)).toContainEqual(['Lee', 'said', 'the plan had failed']);
    expect(spans('"It was a fine result."\n\nLee said on Friday that the plan had failed.')).toEqual([['Lee', 'said', 'the plan had failed']]);
    // ("said that night": a time noun after "that" is an adjunct, and the quotation before is what was said)
    expect(spans('"It was a fine result."\n\nLee said that night.')).toEqual([['Lee', 'said', 'It was a fine result.']]);
  });

  it('reads a closing mark that opens a paragraph as a misprinted opening mark', () => {
    const text = 'Vale left early.\n\n” … they are not like him,” she said in May. “It is sad.”';
    expect(findQuoteRegions(text).map((r) => text.slice(r.start, r.end))).toEqual(['… they are not like him,', 'It is sad.']);
    expect(quotes(text).map((q) => partsOf(text, q))).toEqual([['… they are not like him', 'It is sad.']]);
  });
});

describe('a speaker said again after the quotation (issue #5, round 10)', () => {
  it('reads "Lee said: “…,” he said." as one direct quote of Lee', () => {
    expect(spans('Mark Vale said: "We lost everything," he said.')).toEqual([['Mark Vale', 'said', 'We lost everything']]);
    expect(spans('Ann Lee told the BBC: "It was awful", said she.')).toEqual([['Ann Lee', 'told', 'It was awful']]);
    // (anything more after the quotation is still what was said)
    expect(spans('Mark Vale said: "We lost everything," he said, and the town did too.')[0][2]).toContain('the town did too');
  });
});

describe('a cue form after an amount (issue #5, round 10)', () => {
  it('reads "the $7.5m (£4m) show" as a noun', () => {
    expect(quotes('Previews of the $7.5m (£4m) show were due to begin in April.')).toEqual([]);
    expect(quotes('The £11.5m show will open in Toronto.')).toEqual([]);
    expect(spans('The polls (seen by the BBC) show that sales rose.')).toEqual([['The polls (seen by the BBC)', 'show', 'sales rose']]);
  });
});

describe('a subject with an appositive after a subordinator, and "show" that is no finding (issue #5, round 10)', () => {
  it('reads the speaker of an object cue from the subordinator on', () => {
    expect(spans('His words came as Cardinal Tom Hart, the Archbishop of Leeds, backed the stance.')).toEqual([
      ['Cardinal Tom Hart, the Archbishop of Leeds', 'backed', 'the stance'],
    ]);
    expect(quotes('It came after Tom Hart, the archbishop, backed the stance.')[0].role).toBe('archbishop');
  });

  it('reads a person showing their own quality, or anything showing signs, as no statement', () => {
    expect(quotes('Tom Hart showed his customary trickery to burst into the area.')).toEqual([]);
    expect(quotes('The airline showed signs of recovery.')).toEqual([]);
    expect(spans('The survey showed their support was falling.')).toEqual([['The survey', 'showed', 'their support was falling']]);
  });
});

describe('more things that are no statements (issue #5, round 10)', () => {
  it('reads "according to how …", "looks set to", "find it hard" and a forecast after an amount as no attribution', () => {
    expect(quotes('Brokers were rewarded according to how much business they brought.')).toEqual([]);
    expect(quotes('Wilkinson looks set to miss the whole tournament.')).toEqual([]);
    expect(quotes('The government may now find it more difficult to raise taxes.')).toEqual([]);
    expect(quotes('The deficit - far bigger than the $54bn widely expected on Wall Street - hit the dollar.')).toEqual([]);
    // (a forecast with its subject still is one)
    expect(spans('Analysts widely expected the bank to raise rates.')).toEqual([['Analysts', 'expected', 'the bank to raise rates']]);
    expect(spans('According to the report, sales fell.')).toEqual([['the report', 'According to', 'sales fell']]);
  });

  it('reads a name given ("an organisation called the X Committee (XC)"), charges faced and "only found on" as no statement', () => {
    expect(quotes('An umbrella organisation called the Disasters Emergency Committee (DEC) has been set up.')).toEqual([]);
    expect(quotes('The two men faced charges of piracy after the raids.')).toEqual([]);
    expect(quotes('There are many novel games only found on handsets.')).toEqual([]);
    expect(spans('Lee called the plan a disaster.')).toEqual([['Lee', 'called', 'the plan a disaster']]);
  });
});

describe('quotations running on over lost paragraph breaks (issue #5, round 10)', () => {
  it('reads a short straight-quoted phrase inside an open straight quotation as the speaker\'s own quoting', () => {
    const text = '"It is done," said Lee. "He left early. "He admitted he was going to "fake" an injury. "He agreed to apologise."';
    expect(findQuoteRegions(text).map((r) => text.slice(r.start, r.end))).toEqual([
      'It is done,', 'He left early.', 'He admitted he was going to "fake" an injury.', 'He agreed to apologise.',
    ]);
    expect(quotes(text).map((q) => [q.speaker.name, partsOf(text, q).length])).toEqual([['Lee', 4]]);
  });

  it('reads a name after a quotation with its affiliation but no closing comma as the speaker', () => {
    const text = '"The story is digital," Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC.';
    const [q] = quotes(text);
    expect(text.slice(q.speaker.start!, q.speaker.end!)).toBe('Jeff Joseph, from the Consumer Electronics Association (CEA)');
    expect(q).toMatchObject({ speaker: { name: 'Jeff Joseph' }, affiliation: { name: 'Consumer Electronics Association' }, conduit: 'the BBC' });
  });

  it('reads "he was due to say" after a quotation as its speaker', () => {
    expect(spans('"We must act," he was due to say.')).toEqual([['he', 'say', 'We must act']]);
  });

  it('carries reported speech on through the quotation its colon opens, over the paragraphs it runs on into', () => {
    const text = 'Lee said the club were sad: "We are disappointed. We respect it. "We will act. "We wish him well."';
    expect(quotes(text)[0].text).toBe('the club were sad: "We are disappointed. We respect it. "We will act. "We wish him well."');
    // (not the quotation of another cue's colon: "…, Mr Hart told the BBC: "…"")
    const other = 'Addressing the claims, Mr Hart told the BBC: "It is spin. "The law is clear."';
    expect(quotes(other).map((q) => q.speaker.name)).toEqual(['Hart']);
  });
});

describe('a negated cue (issue #5, round 10)', () => {
  it('shows the negation in the cue, since the words are what the speaker denies or doubts', () => {
    expect(spans("I don't think Joss was a worthy winner.")).toEqual([['I', "don't think", 'Joss was a worthy winner']]);
    expect(spans('Ann Vale has never said she would quit.')).toEqual([['Ann Vale', 'has never said', 'she would quit']]);
    expect(spans('Tom Hart said it was over.')).toEqual([['Tom Hart', 'said', 'it was over']]);
  });
});

describe('"they" after a group opening the sentence before (issue #5, round 10)', () => {
  it('names "they" by the plural subject of the sentence before when nobody spoke there', () => {
    const names = (text: string) => quotes(text).map((q) => q.speaker.name);
    expect(names('The two Japanese companies will share research. They said the deal would help.')).toEqual(['The two Japanese companies']);
    expect(names('Ann Lee and Tom Hart left the town. They said they would not return.')).toEqual(['Ann Lee and Tom Hart']);
    // (not a plural that is no group of people or bodies, nor a "they" inside a clause, nor after a speaker of that sentence)
    expect(names('Shares fell sharply. They said nothing.')).toEqual(['They']);
    expect(names('Ann Lee and Tom Hart played well. Chelsea won as they pushed for the title, Lee said.')).not.toContain('Ann Lee and Tom Hart');
    expect(names('Courts should be a last resort, MPs said. But they rejected the claim.').at(-1)).not.toBe('Courts');
  });
});

describe('an affiliation is an organisation (issue #5, round 11)', () => {
  const first = (text: string) => {
    const [q] = quotes(text);
    return [q.speaker.name, q.affiliation?.name, q.role];
  };

  it('gives a person\'s kin or counsel no affiliation, keeping the owner in the role', () => {
    expect(first("Mr Begg's father, Azmat Begg, said the visit was short.")).toEqual(['Azmat Begg', undefined, "Mr Begg's father"]);
    expect(first("Acme's chief executive, Ann Vale, said the visit was short.")).toEqual(['Ann Vale', 'Acme', 'chief executive']);
    const text = "Kostas Kenteris denies the charges. Kenteris' lawyer Ian Lord said the case was weak.";
    const doc = { source: { kind: 'inline' as const, location: 'test' }, article: { title: '', text, paragraphs: [] }, segments: segment(text),
      entities: [{ start: 0, end: 15, label: 'PER' as const, origin: 'ner' as const }] };
    const q = extractQuotes(doc).find((x) => x.cue === 'said')!;
    expect([q.speaker.name, q.affiliation?.name, q.role]).toEqual(['Ian Lord', undefined, "Kenteris' lawyer"]);
  });

  it('takes no person behind a title as the affiliation, and keeps "retired" in the role', () => {
    const text = 'Steffen Seibert, spokesman for German Chancellor Angela Merkel, said the talks went well.';
    const d = { source: { kind: 'inline' as const, location: 'test' }, article: { title: '', text, paragraphs: [] }, segments: segment(text),
      entities: [{ start: 0, end: 14, label: 'PER' as const, origin: 'ner' as const },
        { start: text.indexOf('Angela'), end: text.indexOf('Angela') + 13, label: 'PER' as const, origin: 'ner' as const }] };
    expect(extractQuotes(d)[0].affiliation).toBeUndefined();
    expect(first('Retired FBI agent Ali Soufan said the plot was old.')).toEqual(['Ali Soufan', 'FBI', 'retired agent']);
  });

  it('keeps an office\'s modifiers in the role, not the organisation', () => {
    expect(first('Liberal Democrat foreign affairs spokesman Ann Vale said the treaty was weak.'))
      .toEqual(['Ann Vale', 'Liberal Democrat', 'foreign affairs spokesman']);
    expect(first('Conservative Shadow chancellor Tom Hale said the budget was wrong.')).toEqual(['Tom Hale', 'Conservative', 'shadow chancellor']);
    expect(first('Shadow Europe minister Tom Hale said the rebate must stay.')).toEqual(['Tom Hale', undefined, 'Shadow Europe minister']);
    expect(first('Outgoing Leeds chairman Tom Hale said the club was safe.')).toEqual(['Tom Hale', 'Leeds', 'outgoing chairman']);
    expect(first('Iran foreign ministry spokesman Ali Rezaei said the talks would go on.'))
      .toEqual(['Ali Rezaei', 'Iran foreign ministry', 'spokesman']);
  });

  it('takes no organisation from where someone comes from', () => {
    expect(first('A London-based broker, Tom Hale, said prices would fall.')).toEqual(['Tom Hale', undefined, 'London-based broker']);
  });

  it('takes the name after the kind of organisation, and a number inside a name', () => {
    expect(first('Cara Diemont of IT firm Dimension Data said customers were impatient.')[1]).toBe('Dimension Data');
    expect(first('Jo Hale of the charity Oxfam said aid was late.')[1]).toBe('Oxfam');
    expect(first('Tom Hale, from the group Fathers 4 Justice, said the law was weak.')[1]).toBe('Fathers 4 Justice');
    expect(first('Jo Hale, founder of the CGA consultancy, said the market was ripe.')[1]).toBe('CGA');
  });

  it('reads a hyphened role and the occupations of specialists as roles', () => {
    expect(first('"Work has started," said SEPA vice-director Pan Yue.')).toEqual(['Pan Yue', 'SEPA', 'vice-director']);
    expect(first('Conservative co-chairman Liam Fox said the poll was wrong.')).toEqual(['Liam Fox', 'Conservative', 'co-chairman']);
    expect(first('The forensic pathologist Dr Ann McFee said the show had changed juries.')).toEqual(['Ann McFee', undefined, 'forensic pathologist']);
    // (two speakers, the second introduced by what it is: "… and accountants KPMG")
    expect(first('Sales fell, the British Retail Consortium and accountants KPMG said.')[0]).toBe('the British Retail Consortium and accountants KPMG');
  });

  it('keeps an organisation\'s word after its apostrophe in the name', () => {
    expect(first("Transport & General Worker's Union general secretary Tony Woodley said jobs were at risk."))
      .toEqual(['Tony Woodley', "Transport & General Worker's Union", 'general secretary']);
  });

  it('takes the owner of an office in an appositive, the name after a field and its kind, and the organisation\'s own noun', () => {
    expect(first('Matt Simister, Tesco’s CEO for Central Europe, explained that sales rose.')).toEqual(['Matt Simister', 'Tesco', 'CEO for Central Europe']);
    expect(first('Shailendra Jain, head of MMS firm Adamind, said phones sell.')[1]).toBe('Adamind');
    expect(first('Scott Stanzel, spokesman for the Bush-Cheney campaign, said it was false.')[1]).toBe('Bush-Cheney campaign');
  });

  it('reads no statement in a cause ("mean") or a find with a noun object', () => {
    expect(quotes('Years of experience mean that the titles are finely honed.')).toEqual([]);
    expect(quotes('Commodore finds new lease of life.')).toEqual([]);
    expect(spans('A poll found Clinton leading by ten points.')[0].slice(0, 2)).toEqual(['A poll', 'found']);
  });

  it('ends a role before a relative clause, and its link to the affiliation the quote carries', () => {
    expect(first('"The awards matter," said Nikki Rocco, head of distribution at Universal which released Ray.'))
      .toEqual(['Nikki Rocco', 'Universal', 'head of distribution']);
  });
});

describe('a person and an organisation, titles and questions (issue #5, round 11)', () => {
  it('reads "Name, Organisation said" as the person with an affiliation, the closing comma left out', () => {
    const line = 'Colin Asplin, Blackpool Hotel Association said: "We have tried very hard."';
    const [q] = quotes(line);
    expect([line.slice(q.speaker.start, q.speaker.end), q.speaker.name, q.affiliation?.name]).toEqual(['Colin Asplin, Blackpool Hotel Association', 'Colin Asplin', 'Blackpool Hotel Association']);
    const [r] = quotes('"We are ready," Martin Ellis, Halifax chief economist said.');
    expect([r.speaker.name, r.affiliation?.name, r.role, r.text]).toEqual(['Martin Ellis', 'Halifax', 'chief economist', 'We are ready']);
    // (not a place opening the sentence before a firm: "In London, Standard Chartered said")
    expect(quotes('In London, Standard Chartered said profits rose.')[0].speaker.name).toBe('Standard Chartered');
  });

  it('takes the affiliation from an "Organisation role" appositive after the name, but not a title or a person', () => {
    const first = (t: string) => quotes(t).map((q) => [q.speaker.name, q.affiliation?.name, q.role])[0];
    expect(first('Martin Ellis, Halifax chief economist, said prices would rise.')).toEqual(['Martin Ellis', 'Halifax', 'chief economist']);
    // (a seat is no affiliation; the party before the title is)
    expect(first('Tom Hale, Labour MP for West Ham, said the bill would pass.')).toEqual(['Tom Hale', 'Labour', 'MP for West Ham']);
    // (a party opening a title is)
    expect(first('Labour MP Tom Hale said the bill would pass.')).toEqual(['Tom Hale', 'Labour', 'MP']);
    expect(first('Jo Hale, UK economist at Capital Economics, said rates would rise.')).toEqual(['Jo Hale', 'Capital Economics', 'UK economist']);
  });

  it('starts a speaker after a headline in capitals run into the first sentence', () => {
    expect(spans('RUSSIANS SPARED FULL BAN FROM OLYMPICS The International Olympic Committee said the team could compete.')[0][0])
      .toBe('The International Olympic Committee');
    // (not at an acronym inside the sentence: "The NATO summit")
    expect(spans('The NATO summit said it would meet.')[0][0]).toBe('The NATO summit');
  });

  it('reads no source in a title holding "According to"', () => {
    expect(quotes('Jessica Stevenson will star in the sitcom The World According to Bex, penned by Fred Barron.')).toEqual([]);
    expect(quotes('Prices fell sharply, according to the bank.')[0].speaker.name).toBe('the bank');
  });

  it('reads nothing someone helped do as a statement', () => {
    expect(quotes('The son of actress Doris Day, he helped write Kokomo for the Beach Boys.')).toEqual([]);
  });

  it('reads a release as a statement only when a document is released', () => {
    expect(spans('The campaign released a statement saying the vote was rigged.')[0].slice(0, 2)).toEqual(['The campaign', 'released']);
    expect(spans('Acme released its list of donors on Friday.')[0].slice(0, 2)).toEqual(['Acme', 'released']);
    expect(quotes('Nintendo released its new DS console earlier this year.')).toEqual([]);
    expect(quotes('She released another single in May.')).toEqual([]);
  });

  it('reads the question someone wondered about as the content', () => {
    expect(spans('Some fans wondered if the ban might force more piracy.')).toEqual([['Some fans', 'wondered', 'if the ban might force more piracy']]);
    expect(spans('He wondered how the army could train people and then expect them to return.')[0][2]).toBe(
      'how the army could train people and then expect them to return');
  });
});

describe('inserts between a speaker and the cue (issue #5, round 13)', () => {
  it('leaves a comma insert, not an appositive, out of a participle cue\'s main subject', () => {
    expect(spans('Mayor Ann Lee, meanwhile, was touring the docks, saying the pier was safe.')[0].slice(0, 2)).toEqual(['Mayor Ann Lee', 'saying']);
    expect(spans('The port board, at the same time, cut fares, saying demand had fallen.')[0].slice(0, 2)).toEqual(['The port board', 'saying']);
    expect(spans('Ida Moss, for example, was touring the docks, saying the levy was unfair.')[0].slice(0, 2)).toEqual(['Ida Moss', 'saying']);
    // (an appositive stays: "once" before a noun phrase describes the speaker)
    expect(spans('Omar Reyes, once the harbour master, quit in May, saying the pier was unsafe.')[0][0]).toBe('Omar Reyes, once the harbour master');
  });

  it('leaves a long prepositional insert out of the speaker, but not a long "by" phrase', () => {
    expect(spans('The Tribune, in a long look at the final days of the mayoral campaign, said the race was close.')[0][0]).toBe('The Tribune');
    expect(spans('The book, by harbour historian Ida Moss and serialised in the Tribune, said the pier was unsafe.')[0][0])
      .not.toBe('The book');
  });

  it('leaves "just" and a headline\'s capitalised adverb out of the speaker', () => {
    expect(spans('Mayor Ann Lee just announced that the pier would reopen.')[0].slice(0, 2)).toEqual(['Mayor Ann Lee', 'announced']);
    expect(spans('Port Chief Finally Admits The Pier Was Unsafe')[0][0]).toBe('Port Chief');
    // (a name in -ly stays a name)
    expect(spans('Mayor Ann Kelly said the pier was unsafe.')[0][0]).toBe('Mayor Ann Kelly');
  });

  it('reads a short bare plural audience before a subject pronoun, but not what is told', () => {
    expect(spans('Ida Moss told fellow nurses she would stay.')).toEqual([['Ida Moss', 'told', 'she would stay']]);
    expect(spans('The mayor tells conservatives they must back the levy.')).toEqual([['The mayor', 'tells', 'they must back the levy']]);
    expect(quotes('Ida Moss tells stories she heard as a child.')).toEqual([]);
  });

  it('reads "((WN))" as Wikinews asking, and a paragraph opening with a named person\'s initials inside a transcript as their answer', () => {
    const text = 'Professor Ann Lee of Leeds University studied the ferry.\n\n((WN)) How did the study start?\n\nAL Although we had little data, ' +
      'we went on.\n\nWe said it would fail.\n\n((WN)) And now?\n\nAL: It works.';
    const d = { source: { kind: 'inline', location: 'test' }, article: { title: '', text, paragraphs: [] }, segments: segment(text),
      entities: [{ start: text.indexOf('Ann'), end: text.indexOf('Ann') + 7, label: 'PER', origin: 'ner' }] } as unknown as Document;
    const got = extractQuotes(d).filter((q) => q.cue === '))' || q.speaker.start === q.cueStart || q.cue === ':');
    expect(got.map((q) => [q.speaker.name, (q.parts ?? [q]).map((p) => text.slice(p.start, p.end))])).toEqual([
      ['Wikinews', ['How did the study start?']],
      ['Ann Lee', ['Although we had little data, we went on.', 'We said it would fail.']],
      ['Wikinews', ['And now?']],
      ['Ann Lee', ['It works.']],
    ]);
    // (outside a transcript, or with initials nobody in the article has, a paragraph's opening capitals are no label)
    expect(quotes('US troops left.\n\nUS Officials said the base was closed.').map((q) => q.speaker.name)).toEqual(['US Officials']);
  });

  it('reads a push to a figure as no statement', () => {
    expect(quotes('That expansion pushed annual growth to 2.3%.')).toEqual([]);
    expect(quotes('The merger pushed the harbour index to a record.')).toEqual([]);
    expect(spans('The union pushed the council to act.')[0].slice(0, 2)).toEqual(['The union', 'pushed']);
  });

  it('keeps a number between capitalised words inside a name, not after the sentence\'s first capital', () => {
    expect(quotes('The Lost 52 Project said the wreck was found.')[0].speaker.name).toBe('Lost 52 Project');
    expect(quotes('Nearly 40 Democrats said they would vote no.')[0].speaker.name).toBe('Democrats');
  });

  it('reads passives and nouns in a sentence-case headline line as no cues, and headline verbs as cues', () => {
    const body = '\n\nThe port said on Monday that fares would rise.';
    const cues = (headline: string) => quotes(headline + body).filter((q) => q.cueStart < headline.length).map((q) => q.cue);
    expect(cues('MPs issued with pager threat')).toEqual([]);
    expect(cues('Harbour title hopes hit by loss')).toEqual([]);
    expect(cues('Research fears over ferry plan')).toEqual([]);
    expect(cues('Tory backing for ID cards')).toEqual([]);
    expect(cues('Ferry plans dropped')).toEqual([]);
    expect(cues('Port plans new ferry terminal')).toEqual(['plans']);
    expect(cues('Lee fears for harbour jobs')).toEqual(['fears']);
    expect(cues('Mayor calls for ferry inquiry')).toEqual(['calls']);
  });

  it('leaves the original-language words after a Wikinews language marker out of quotes, and reads no cue inside them', () => {
    const text = '((WN)) What is your age? ((hi))Hindi language: \u200dआपकी उमर क्या है?\n\n((Ann Lee)) I am 45. ((hi))Hindi language: \u200dमेरा ४५ call है।\n\n((Ann Lee)) \n\n((WN)) Thanks.';
    expect(quotes(text).map((q) => [q.speaker.name, q.text])).toEqual([
      ['Wikinews', 'What is your age?'], ['Ann Lee', 'I am 45.'], ['Wikinews', 'Thanks.'],
    ]);
    const herald = 'He "left home." ((ko))Korean language: \u200d집을 나갔는데  His phone was last active in Seoul, the Herald reported.';
    expect(quotes(herald).find((q) => q.cue === 'reported')?.text).toBe('His phone was last active in Seoul');
    const spanish = 'Saying "there are many abortions" ((es))Spanish language: \u200dhay muchos abortos, President Ana Ruiz added, "A state must protect women."';
    expect(quotes(spanish).find((q) => q.cue === 'added')?.speaker.name).toBe('Ana Ruiz');
  });

  it('leaves a setting between a cue of saying and its bare clause out of the content, not a prepositional object', () => {
    expect(spans('Mayor Ann Lee said at a press conference yesterday morning the ferry laws should change.')[0][2]).toBe('the ferry laws should change');
    expect(spans('Ann Lee said in an interview with the Tribune she was open to a deal.')[0][2]).toBe('she was open to a deal');
    expect(spans('The firm announced on its blog it had been sold.')[0][2]).toBe('it had been sold');
    expect(spans('Ann Lee did not say in the debate whether she backs the levy.')[0][2]).toBe('in the debate whether she backs the levy');
  });

  it('ends an infinitive object before the speaker\'s next deed ("urged … to reconsider and spoke with …")', () => {
    expect(spans('Mayor Ann Lee urged the port to reconsider and spoke with the minister about the case.')[0][2]).toBe('the port to reconsider');
    expect(spans('Ann Lee urged the council to review the scheme, which was approved and funded last year.')[0][2])
      .toBe('the council to review the scheme, which was approved and funded last year');
    expect(spans('Ann Lee favoured offering votes to documented and undocumented migrants.')[0][2]).toBe('offering votes to documented and undocumented migrants');
    expect(spans('Ann Lee urged them to go and vote.')[0][2]).toBe('them to go and vote');
  });

  it('ends reported speech at a semicolon before a name and its past form', () => {
    expect(spans('Officials said the mayor was in a serious condition; the Tribune reported she had surgery.').map((q) => q[2]))
      .toContain('the mayor was in a serious condition');
    expect(spans('Officials said the mayor was in a serious condition; Ann Lee visited her.')[0][2]).toBe('the mayor was in a serious condition');
  });

  it('reads a name opening the sentence before a title as the affiliation when the article writes it capitalised alone', () => {
    // (with the entity layer run and naming neither word)
    const analysed = (text: string) => extractQuotes({ source: { kind: 'inline', location: 'test' }, article: { title: '', text, paragraphs: [] },
      segments: segment(text), entities: [] } as unknown as Document);
    const text = 'Lee signs for champions\n\nHarbour champions Wasps are set to offer Ann Lee a deal.\n\nWasps coach Tom Hart said the deal was close.';
    expect(analysed(text).map((q) => [q.speaker.name, q.affiliation?.name, q.role])).toContainEqual(['Tom Hart', 'Wasps', 'coach']);
    expect(analysed('Wasps coach Tom Hart said the deal was close.').map((q) => q.affiliation?.name)).toEqual([undefined]);
    // (not a word only a longer name holds, "Lincoln County", nor a kind of body)
    const county = 'The town is in Lincoln County.\n\nCounty sheriff Tom Hart said the road was closed.';
    expect(analysed(county).map((q) => q.affiliation?.name)).toEqual([undefined]);
  });

  it('reads a government office opening a title as the affiliation ("Home Office Minister Des Browne")', () => {
    expect(quotes('Home Office Minister Ann Lee said the plan was sound.').map((q) => [q.affiliation?.name, q.role])).toEqual([['Home Office', 'Minister']]);
    expect(quotes('Health Minister Ann Lee said the plan was sound.').map((q) => [q.affiliation?.name, q.role])).toEqual([[undefined, 'Health Minister']]);
    expect(quotes('Office Manager Ann Lee said the plan was sound.').map((q) => q.affiliation?.name)).toEqual([undefined]);
  });

  it('reads any body of two or more words opening a title as the affiliation, and news anchors and selectmen as roles', () => {
    expect(quotes('Harbour Research Institute Director Ann Lee said the reef was safe.').map((q) => [q.affiliation?.name, q.role]))
      .toEqual([['Harbour Research Institute', 'Director']]);
    expect(quotes('New Metropolitan Police Commissioner Ann Lee said the reef was safe.').map((q) => [q.affiliation?.name, q.role]))
      .toEqual([['Metropolitan Police', 'new Commissioner']]);
    expect(quotes('Virginia State Attorney General Ann Lee said the reef was safe.').map((q) => q.affiliation?.name)).toEqual([undefined]);
    expect(quotes('CNN anchor Ann Lee said the reef was safe.').map((q) => [q.affiliation?.name, q.role])).toEqual([['CNN', 'anchor']]);
  });

  it('reads a bracketed gloss after an organisation as no name, and leaves a closing one out of the role', () => {
    const text = 'The general secretary of the FTU union (Ferry, Tug and Harbour Workers), Ann Lee, said the offer was poor.';
    expect(quotes(text).map((q) => [q.speaker.name, q.affiliation?.name, q.role])).toEqual([['Ann Lee', 'FTU', 'general secretary of the FTU union']]);
    expect(quotes('Ann Lee, director of the Harbour Safety Centre (HSC), said the pier was safe.').map((q) => q.role)).toEqual(['director']);
  });

  it('takes a role with a plain noun phrase after its link as the appositive of an opening "according to" name', () => {
    expect(spans('According to Ann Lee, director of the harbour safety event, the pier was unsafe.')).toEqual([
      ['Ann Lee, director of the harbour safety event', 'According to', 'the pier was unsafe']]);
    expect(spans('According to Ann Lee, who runs the event, the pier was unsafe.')[0][2]).toBe('the pier was unsafe');
  });

  it('reads the title "Del." before a name as part of the speaker phrase', () => {
    expect(quotes('"This is a waste of time," said Del. Ann Lee of the Virgin Islands.').map((q) => q.speaker.name)).toEqual(['Ann Lee']);
  });

  it('leaves an opener\'s occasion without its comma out of the speaker ("In a Bloomberg interview Trump declared")', () => {
    expect(spans('In a Tribune interview Ann Lee declared that the pier was unsafe.')[0][0]).toBe('Ann Lee');
    expect(spans('In its statement Acme said the pier was unsafe.')[0][0]).toBe('Acme');
    expect(spans('A Tribune poll Wednesday showed the levy ahead.')[0][0]).toBe('A Tribune poll Wednesday');
  });

  it('takes the party from an appositive with an office modifier, also when a title before the name gave the role', () => {
    expect(quotes('Ann Lee, the presumptive Republican presidential nominee, said the polls were wrong.').map((q) => [q.affiliation?.name, q.role]))
      .toEqual([['Republican', 'presumptive presidential nominee']]);
    expect(quotes('Governor Ann Lee, the presumptive Republican presidential nominee, said the polls were wrong.').map((q) => [q.affiliation?.name, q.role]))
      .toEqual([['Republican', 'Governor']]);
  });

  it('takes the organisation someone works or plays for from a relative clause, not a person nor what was paid for', () => {
    const q = (text: string) => quotes(text).map((x) => x.affiliation?.name);
    expect(q('Ann Lee, who currently plays for the Harbour Chess Federation, said she was happy.')).toEqual(['Harbour Chess Federation']);
    expect(q('Ann Lee, who works for the Tribune, said the plan was dead.')).toEqual(['Tribune']);
    expect(q('Ann Lee, who paid for the Harbour Trust party, said the plan was dead.')).toEqual([undefined]);
  });
});


describe('headlines, relative speakers and reported clauses (issue #5, round 14)', () => {
  it('reads a title-case headline closing with ", Name Says." as that name\'s statement, not a name "… Says"', () => {
    expect(spans('Harbour Plan Could Cut Ferry Fares, Ann Lee Says. The ferry runs daily.')).toEqual([
      ['Ann Lee', 'Says', 'Harbour Plan Could Cut Ferry Fares']]);
    expect(spans('He joined as an analyst at the Cook Reports. It grew.')).toEqual([]);
  });

  it('reads a participle used as an adjective at the head of a subject after a fronted clause ("elected officials from …")', () => {
    expect(spans('Although Lee lacks a record, elected officials from both parties say she has earned respect.')).toEqual([
      ['elected officials from both parties', 'say', 'she has earned respect']]);
  });

  it('reads "those" heading a described group as the subject ("Those close to him say"), not "those who …"', () => {
    expect(spans('Those close to the mayor say that she will run again.')).toEqual([['Those close to the mayor', 'say', 'she will run again']]);
    expect(spans('Those familiar with the talks said the deal was near.')[0][0]).toBe('Those familiar with the talks');
    expect(spans('Those who bought tickets in person are being urged to return them.')).toEqual([]);
  });

  it('reads "claims" before a name or a determined noun and its verb as a statement, not "claimed the lives of …"', () => {
    expect(spans('Ann Lee claims Tom Hart asked her to help.')).toEqual([['Ann Lee', 'claims', 'Tom Hart asked her to help']]);
    expect(spans('Ann Lee claims the new plan failed.')).toEqual([['Ann Lee', 'claims', 'the new plan failed']]);
    expect(spans('The blast claimed the lives of 12 people.')).toEqual([]);
    expect(spans('The group claimed responsibility for the attacks.')).toEqual([]);
    expect(spans('Ann Lee claims the vital first break.')).toEqual([]);
    expect(spans('The vote comes amid claims the count could be marred by fraud.')).toEqual([]);
  });

  it('ends a statement before "and has vowed …" or "and says …", a second statement of the same speaker', () => {
    expect(spans('Acme claims the fine was unfair and has vowed to appeal against it.')).toEqual([
      ['Acme', 'claims', 'the fine was unfair'], ['Acme', 'vowed', 'appeal against it']]);
    expect(spans('Acme claims the price is fair and says it also offers more songs.')).toEqual([
      ['Acme', 'claims', 'the price is fair'], ['Acme', 'says', 'it also offers more songs']]);
    expect(spans('Ann Lee said she had been shocked by the photo and had shown it to friends.')).toEqual([
      ['Ann Lee', 'said', 'she had been shocked by the photo and had shown it to friends']]);
  });

  it('reads a headline\'s plural cue form after a plural noun and its verb as a noun ("leaders weigh plans to …")', () => {
    expect(spans('Harbour leaders weigh plans to cut ferry fares.')).toEqual([]);
  });

  it('names a document by its author after "by" ("a Twitter post by Ann Lee"), not by its whole phrase', () => {
    const names = (text: string) => quotes(text).map((q) => q.speaker.name);
    expect(names('A Twitter post by Ann Lee said the rally was cancelled.')).toEqual(['Ann Lee']);
    expect(names('A video posted by Acme Harbour said the plant would close.')).toEqual(['Acme Harbour']);
    expect(names('A report by Ann Lee\'s office said the rally was cancelled.')).toEqual(['A report by Ann Lee\'s office']);
  });

  it('takes the employer after "for"/"at" past a capitalised field ("head of UK equities for Standard Life")', () => {
    const q = (text: string) => quotes(text).map((x) => [x.affiliation?.name, x.role]);
    expect(q('Ann Lee, head of UK equities for Harbour Life Investments, said the bid would work.')).toEqual([
      ['Harbour Life Investments', 'head of UK equities']]);
    expect(q('Ann Lee, head of European sales at Acme Corp, said the bid would work.')).toEqual([['Acme Corp', 'head of European sales']]);
    expect(q('Ann Lee, president of Acme Corp, said the bid would work.')).toEqual([['Acme Corp', 'president']]);
  });

  it('reads "according to rules …" and "according to the laws of …" as a measure, not a source', () => {
    expect(spans('The game draws the creatures according to rules devised by the programmers.')).toEqual([]);
    expect(spans('The ball falls according to the laws of physics.')).toEqual([]);
  });

  it('keeps a noun in -ly at the end of the speaker ("Scott\'s family said", "of the Hajo assembly said"), no adverb', () => {
    expect(spans('Ann Lee\'s family said the plan was bad.')).toEqual([['Ann Lee\'s family', 'said', 'the plan was bad']]);
    expect(spans('The family has called on police to act.')[0][0]).toBe('The family');
    expect(quotes('Ann Lee of the Harbour assembly said the levy was fair.').map((q) => [q.speaker.name, q.affiliation?.name])).toEqual([
      ['Ann Lee', 'Harbour']]);
    expect(spans('Ann Lee quickly said the plan was bad.')[0][0]).toBe('Ann Lee');
  });

  it('leaves an occasion after "at" in commas out of the speaker (", at a later press briefing,")', () => {
    expect(spans('Ann Lee, at a later press briefing, said the pier was unsafe.')).toEqual([['Ann Lee', 'said', 'the pier was unsafe']]);
    expect(spans('Ann Lee, at Monday\'s debate, cited the report.')[0][0]).toBe('Ann Lee');
  });

  it('keeps ", including …," inside the speaker phrase, named by what comes before it', () => {
    const q = (text: string) => quotes(text).map((x) => [text.slice(x.speaker.start ?? 0, x.speaker.end ?? 0), x.speaker.name, x.role]);
    expect(q('Other unions, including the Harbour Workers Federation, have endorsed Lee.')).toEqual([
      ['Other unions, including the Harbour Workers Federation', 'Other unions', undefined]]);
    expect(q('Nevertheless, others, including Ann Lee, said the story was true.')).toEqual([['others, including Ann Lee', 'others', undefined]]);
    // (in dashes too, as PolNeAR draws "some liberal economists - including a minority of … -"; round 15)
    expect(q('Yet other retailers - including Acme and Bolt - reported that sales were up.')).toEqual([
      ['other retailers - including Acme and Bolt', 'other retailers', undefined]]);
  });

  it('reads a plural cue form after a modifier and before a modal as a noun ("total claims would be …"), not "the mayor hopes will …"', () => {
    expect(spans('The firm\'s total claims would be less than last year.')).toEqual([]);
    expect(spans('Under the plan all claims would be processed overseas.')).toEqual([]);
    expect(spans('The move, which the mayor hopes will cut fares, starts today.').map((x) => x[0])).toEqual(['the mayor']);
  });

  it('leaves "Meantime," out of the speaker', () => {
    expect(spans('Meantime, 32% said the mayor was doing well.')).toEqual([['32%', 'said', 'the mayor was doing well']]);
  });

  it('takes what an object relative\'s speaker called something as the quotation alone ("what the Tribune called “fury” from …")', () => {
    expect(quotes('The plan was met with what the Tribune called "fury" from local traders.').map((q) => [q.speaker.name, q.text, q.direct]))
      .toEqual([['Tribune', 'fury', true]]);
  });

  it('ends a statement before ", but" and another subject with a perfect cue of its own ("but the Dragons have expressed …")', () => {
    expect(spans('The two clubs say they are happy to help, but the Harbour Dragons have expressed disappointment at the plan.')).toEqual([
      ['The two clubs', 'say', 'they are happy to help'], ['the Harbour Dragons', 'expressed', 'disappointment at the plan']]);
  });

  it('gives a general secretary or director named with no body the body that spoke just before ("The TUC said …. General secretary …")', () => {
    const q = (text: string) => quotes(text).map((x) => [x.speaker.name, x.affiliation?.name, x.role]);
    expect(q('The Acme Union said the cuts were wrong. General secretary Ann Lee warned the costs were too high.').at(-1)).toEqual(
      ['Ann Lee', 'Acme Union', 'general secretary']);
    expect(q('The Acme Union said the cuts were wrong. Director Ann Lee warned the costs were too high.').at(-1)?.[1]).toBe('Acme Union');
  });

  it('reads a doubled-dash insert from its first word and lets an office run long ("Kall -- co-editor of …, a book … -- said")', () => {
    expect(spans('Ann Lee -- co-editor of Harbour Notes, a book analyzing the mayor\'s speeches at council meetings -- said the mayor tended to repeat himself.'))
      .toEqual([['Ann Lee', 'said', 'the mayor tended to repeat himself']]);
  });

  it('reads "posted" with a firm\'s results as no statement ("posted a rise in fourth quarter profits"), a post as one', () => {
    expect(spans('Acme posted a rise in fourth quarter profits thanks to new clients.')).toEqual([]);
    expect(spans('The club posted a record loss of 68m euros.')).toEqual([]);
    expect(spans('Ann Lee posted a message saying the plan was bad.').map((x) => x[1])).toContain('posted');
  });
});


describe('acts, figures, ranges and bodies named by their kind (issue #5, round 15)', () => {
  it('reads "issued" with a statement, a warning or guidance, not with an order, shares or a subpoena it puts in force', () => {
    expect(spans('The ministry issued a statement saying the talks had failed.')).toEqual([['The ministry', 'issued', 'the talks had failed']]);
    expect(spans('The agency issued a warning about the new virus strains.')).toEqual([['The agency', 'issued', 'a warning about the new virus strains']]);
    expect(spans('The regulator issued a cease and desist order to the network.')).toEqual([]);
    expect(spans('The firm issued new shares to staff in return for wage cuts.')).toEqual([]);
    expect(spans('The committee issued a subpoena for documents from the minister.')).toEqual([]);
  });

  it('reads "puts" of someone\'s wording or an estimate ("puts the figure at …"), not "puts Spain 2-0 up"', () => {
    expect(spans('As the columnist Ann Lee puts it, the mayor is trying to trap them.')[0].slice(0, 2)).toEqual(['the columnist Ann Lee', 'puts it']);
    expect(spans('The Tax Foundation puts the figure at $498 billion.')).toEqual([['The Tax Foundation', 'puts', 'the figure at $498 billion']]);
    expect(spans('Nadal puts Spain 2-0 up.')).toEqual([]);
    expect(spans('The ruling puts lives in jeopardy.')).toEqual([]);
    expect(spans('The win puts him at the top of the world rankings.')).toEqual([]);
  });

  it('keeps a range of numbers joined by a dash inside the content ("for about 15–25 million dollars")', () => {
    expect(spans('Prosecutors accused Lee of trying to pressure the firm for about 15–25 million dollars.')[0][2])
      .toBe('Lee of trying to pressure the firm for about 15–25 million dollars');
  });

  it('takes the name after a kind and a capitalised "The" as the affiliation ("an analyst with research firm The Yankee Group")', () => {
    const [q] = quotes('Traffic will grow, said Ann Lee, an analyst with research firm The Yankee Group.');
    expect([q.affiliation?.name, q.role]).toEqual(['Yankee Group', 'analyst']);
    const [r] = quotes('Traffic will grow, said Ann Lee, an analyst with The Yankee Group.');
    expect([r.affiliation?.name, r.role]).toEqual(['Yankee Group', 'analyst']);
  });

  it('gives no affiliation from the first word of a title ("director of About a Boy")', () => {
    const [q] = quotes('It will be fine, said Tom Hart, director of About a Boy.');
    expect(q.affiliation).toBeUndefined();
    const [r] = quotes('It will be fine, said Ann Lee, head of Friends of the Earth.');
    expect(r.affiliation?.name).toBe('Friends of the Earth');
  });

  it('reads a team position before a name as the role and the team as the affiliation ("Leicester wing Austin Healey")', () => {
    const [q] = quotes('Leicester wing Tom Hart said he was fit.');
    expect([q.speaker.name, q.affiliation?.name, q.role]).toEqual(['Tom Hart', 'Leicester', 'wing']);
    const [r] = quotes('Bath prop Tom Hart said he was fit.');
    expect([r.affiliation?.name, r.role]).toEqual(['Bath', 'prop']);
  });

  it('ends a subject at a "but" that joins two clauses, not at "all but"', () => {
    expect(spans("The Wasps flanker replaces Tom Hart but O'Connor knows that the Munster man will push hard.")[0][0]).toBe("O'Connor");
    expect(spans('All but two said the party should act.')).toEqual([['All but two', 'said', 'the party should act']]);
  });

  it('names "the magazine" by the magazine the article introduced by that kind, and "it" after an unnamed body by it', () => {
    const text = 'The laptop was chosen as the best gadget by US magazine Mobile PC. The list is long. "We included only mobile items," said the magazine. ' +
      '"In the end, we tried hard," it concluded.';
    expect(quotes(text).map((q) => q.speaker.name)).toEqual(['Mobile PC', 'Mobile PC']);
    const unnamed = 'The list was long. "We included only mobile items," said the magazine. "In the end, we tried hard," it concluded.';
    expect(quotes(unnamed).map((q) => q.speaker.name)).toEqual(['the magazine', 'the magazine']);
    // (not a firm: a story naming several may mean another by "the company")
    const firms = 'Acme bought a stake in newspaper company Jagran. The company reported strong revenue growth across its markets.';
    expect(quotes(firms).map((q) => q.speaker.name)).not.toContain('Jagran');
  });
});

describe('products, adjectives, addressees and addresses (issue #5, round 15)', () => {
  it('reads "released" with a statement or an excerpt, not a book, an update or a person set free', () => {
    expect(spans('Tom Hart released a book, The Long Road, critical of the mayor.')).toEqual([]);
    expect(spans('The police released him pending investigation.')).toEqual([]);
    expect(spans('The firm released a major security update for its phones.')).toEqual([]);
    expect(spans('The ministry released a statement saying the talks had failed.')).toEqual([['The ministry', 'released', 'the talks had failed']]);
    expect(spans('Breitbart News released an excerpt of the book.')).toEqual([['Breitbart News', 'released', 'an excerpt of the book']]);
  });

  it('reads "alleged" before a noun alone as an adjective, not a statement', () => {
    expect(spans("E-mails in the copy detailed Tom Hart's business affairs and alleged influence peddling.")).toEqual([]);
    expect(spans('Police alleged the accused carried out two attacks.')).toEqual([['Police', 'alleged', 'the accused carried out two attacks']]);
  });

  it('reads a stance of support only from a speaker-like subject ("the planets support life" is none)', () => {
    expect(spans('The planets could support life.')).toEqual([]);
    expect(spans('Most city-dwellers support the ban.')).toEqual([['Most city-dwellers', 'support', 'the ban']]);
  });

  it('starts a subject after "whether" ("it is not known whether Mr Lee and Mr Hart would support …")', () => {
    expect(spans('But it is not yet known whether Mr Lee and Mr Hart would support a bid.')[0][0]).toBe('Mr Lee and Mr Hart');
  });

  it('ends an object at ", and" before another name and its verb ("…, and Pierce stressed …")', () => {
    expect(spans('Lee expressed an interest in community control of the police, and Hart stressed training for officers.')[0])
      .toEqual(['Lee', 'expressed', 'an interest in community control of the police']);
  });

  it('leaves the audience addressed out of a quotation after it ("urging viewers, “…”")', () => {
    expect(spans('Ann Lee gave the keynote address, urging viewers, "we have got to vote like our lives depend on it."')[0][2])
      .toBe('we have got to vote like our lives depend on it.');
  });

  it('reads a house number as part of an address that speaks ("a spokesman for 10 Downing Street")', () => {
    const [q] = quotes('A spokesman for 10 Downing Street said it was sad.');
    expect([q.speaker.name, q.affiliation?.name, q.role]).toEqual(['A spokesman for 10 Downing Street', '10 Downing Street', 'spokesman']);
  });

  it('reads the head after a partitive "of" ("issued a series of seven pardons" is an act)', () => {
    expect(spans('The president issued a series of seven pardons and four commutations.')).toEqual([]);
  });
});

describe('title-case headlines (issue #5, round 15)', () => {
  it('reads a name and a capitalised cue verb opening a title-case headline, to a colon or a dash', () => {
    expect(spans('Ann Lee Explains The Council Opposition To A Harbour Debate. The talk host spoke on Friday.')[0])
      .toEqual(['Ann Lee', 'Explains', 'The Council Opposition To A Harbour Debate']);
    expect(spans('Tom Hart Just Announced Who He Would Love To See Run – It May Surprise You. He spoke on Friday.')[0])
      .toEqual(['Tom Hart', 'Announced', 'Who He Would Love To See Run']);
  });

  it('reads no passive ("Ann Lee Accused Of …", "Got Asked") nor a relative ("Actor Who Endorsed") as the speaker', () => {
    expect(spans('Harbour Bank Accused Of Covering Up Losses To Protect Its Chief. The bank denied it.').map((x) => x[0])).not.toContain('Harbour Bank');
    expect(spans('Tom Hart Just Got Asked About The Mayor And His Answer Might Surprise You. He spoke on Friday.')).toEqual([]);
  });
});

describe('appositives in dashes before the cue (issue #5, round 15)', () => {
  it('takes an appositive in dashes into the speaker span, not into the name', () => {
    const [q] = quotes('Tom Hart — a teacher from Mount Pleasant — says he made a late decision.');
    const text = 'Tom Hart — a teacher from Mount Pleasant — says he made a late decision.';
    expect([text.slice(q.speaker.start, q.speaker.end), q.speaker.name]).toEqual(['Tom Hart — a teacher from Mount Pleasant', 'Tom Hart']);
    expect(spans('Insiders in two states — Nevada and Ohio — said the gap must close.')[0][0]).toBe('Insiders in two states — Nevada and Ohio');
  });

  it('leaves a prepositional insert or a relative clause in dashes out of the speaker span', () => {
    expect(spans('Mr. Bush - in a line aimed at Mr. Trump - declared that unity mattered.')[0][0]).toBe('Mr. Bush');
    expect(spans('Ann Lee — who is listed as an attorney — told reporters the case was weak.')[0][0]).toBe('Ann Lee');
  });
});

describe('coordinated clauses with a number in their subject (issue #5, round 15)', () => {
  it('ends a content before ", while only 49 percent of Republicans say …"', () => {
    expect(spans('A full 79 percent of Democrats say they would be satisfied with Lee, while only 49 percent of Republicans say the same of Hart.')[0][2])
      .toBe('they would be satisfied with Lee');
  });
});

describe('scores, role nouns that are cue forms and two-word titles (issue #5, round 15)', () => {
  it('reads no statement from a score added ("adding the conversion", "added 18 points")', () => {
    expect(spans('Tom Hart scored the try, Hart adding the conversion.')).toEqual([]);
    expect(spans('Tom Hart added 18 points.')).toEqual([]);
    expect(spans('He added: "We will win."')).toEqual([['He', 'added', 'We will win.']]);
  });

  it('reads a cue form that is a role noun before a name as the title ("Consumer advocate Ann Lee said")', () => {
    expect(spans('Consumer advocate Ann Lee said the plan was bad.')).toEqual([['Consumer advocate Ann Lee', 'said', 'the plan was bad']]);
    expect(spans('The singer and animal rights advocate Ann Lee died on Monday, aged 97.')).toEqual([]);
    expect(spans('Many economists advocate a carbon tax.')).toEqual([['Many economists', 'advocate', 'a carbon tax']]);
  });

  it('reads a title of two words before a name ("Former First Lady Ann Lee", "International Master Ann Lee")', () => {
    const [q] = quotes('Former First Lady Ann Lee said the vote mattered.');
    expect([q.speaker.name, q.role]).toEqual(['Ann Lee', 'Former First Lady']);
    const [r] = quotes('Iranian International Master Mira Vale said she was happy.');
    expect([r.speaker.name, r.role]).toEqual(['Mira Vale', 'International Master']);
  });
});

describe('credit and teaser labels (issue #5, round 15)', () => {
  it('reads no speaker from a credit or teaser label before a colon ("Contributing:", "BYLINE:", "Just Leaked:")', () => {
    expect(spans('Contributing: Ann Lee, Tom Hart, Mira Vale and Raquel Zaldivar.')).toEqual([]);
    expect(spans('Just Leaked: Look At The Mayor’s Shocking Response To The Harbour Report.')).toEqual([]);
    expect(spans('BYLINE: Amber Phillips.')).toEqual([]);
  });
});

describe('"show" the noun (issue #5, round 15)', () => {
  it('reads "show" after a determiner, a closing quotation mark or a kind of show as the noun, not "polls (that) show"', () => {
    expect(spans('As star and executive producer of the show, Ann Lee has been able to insert lines into the script.')).toEqual([]);
    expect(spans('On cable TV, political news show guests and experts were 77% men.')).toEqual([]);
    expect(spans('Ex-BBC chat show host Tom Hart said he wanted change.')).toEqual([['Ex-BBC chat show host Tom Hart', 'said', 'he wanted change']]);
    expect(spans('Polls show Lee leading.')).toEqual([['Polls', 'show', 'Lee leading']]);
  });
});

describe('bare cue forms used as nouns before a name (issue #5, round 15)', () => {
  it('reads "hope" after an adjective and before a name as a noun ("big hope Ann Lee walked"), not "Fans hope Ann Lee will win"', () => {
    expect(spans('But big hope Ann Lee walked away empty-handed on Saturday.')).toEqual([]);
    expect(spans('Fans hope Ann Lee will win.')).toEqual([['Fans', 'hope', 'Ann Lee will win']]);
    expect(spans('Political observers in the city and around the country say Hart deserves the seat.')[0][0])
      .toBe('Political observers in the city and around the country');
  });
});

describe('heads, long openers and coordinated quantifiers (issue #5, round 16)', () => {
  it('reads "law" before a speaker noun as its modifier ("According to law enforcement officials"), not "according to law"', () => {
    expect(spans('According to law enforcement officials, the account was linked to an email address.'))
      .toEqual([['law enforcement officials', 'According to', 'the account was linked to an email address']]);
    expect(spans('The team was picked according to the rules of the league.')).toEqual([]);
  });

  it('keeps a restrictive "that" clause after a name inside an appositive ("the founder of the Free State Project that …,")', () => {
    expect(spans('Jason Sorens, the founder of the Free State Project that encourages libertarians, said the party was growing.')[0][0])
      .toBe('Jason Sorens, the founder of the Free State Project that encourages libertarians');
  });

  it('reads a document by its head before its modifier after the content ("…, figures from the Labor Department show.")', () => {
    expect(spans('Unemployment fell to 4 percent, figures from the Labor Department show.'))
      .toEqual([['figures from the Labor Department', 'show', 'Unemployment fell to 4 percent']]);
    expect(spans('Pate has not donated to any candidates, Federal Election Commission records compiled by the Center for Responsive Politics show.')[0][0])
      .toBe('Federal Election Commission records compiled by the Center for Responsive Politics');
  });

  it('widens a trailing subject to the comma ("…, a senior EU politician says.") but not over an object or a relative', () => {
    expect(spans('The government is being naive, a senior EU politician says.')[0][0]).toBe('a senior EU politician');
    expect(spans('Scott’s relatives watched it on Thursday, attorneys for the family said.')[0][0]).toBe('attorneys for the family');
    expect(spans('Output fell, business lobby group the CBI says.')[0][0]).toBe('business lobby group the CBI');
    expect(spans('Victims accuse it of moving abroad, a charge the company denies.').map((s) => s[0])).not.toContain('a charge the company');
    expect(spans('Braff won for Garden State, which he wrote.').map((s) => s[0])).not.toContain('which he');
  });

  it('reads a subject after a long participial opener ("When asked whether … for America to take, 59 percent said")', () => {
    const text = 'The President does not speak for them. When asked whether the President’s insistence that the UK would have to wait its turn was the right position for America to take, 59 percent said it was not.';
    expect(spans(text)).toContainEqual(['59 percent', 'said', 'it was not']);
  });

  it('ends a content before "and others have said" or "- others say" and reads that clause on its own', () => {
    expect(spans('Many Republicans have said they will not attend the convention and others have said they are not interested.')).toEqual([
      ['Many Republicans', 'said', 'they will not attend the convention'],
      ['others', 'said', 'they are not interested'],
    ]);
    expect(spans('While some friends say Lee would look zippier - an old favorite - others say he has never been healthier.')).toEqual([
      ['some friends', 'say', 'Lee would look zippier - an old favorite'],
      ['others', 'say', 'he has never been healthier'],
    ]);
  });
});

describe('adverbs before a cue and long appositives after "as" (issue #5, round 16)', () => {
  it('reads "with NAME reportedly yelling: “…”" and keeps the adverb out of the speaker', () => {
    expect(spans('Supporters kicked a protester, with Lee reportedly yelling: “Get him out of here!”'))
      .toEqual([['Lee', 'yelling', 'Get him out of here!']]);
    expect(spans('Lee showed up at the rally, disheveled and shouting.')).toEqual([]);
  });

  it('skips "long" after a perfect auxiliary ("who has long opposed the tax")', () => {
    expect(spans('Sen. Ann Lee, who has long opposed the tax, spoke.')).toEqual([['who', 'opposed', 'the tax']]);
    expect(spans('American officials have long worried about the strain.')[0][0]).toBe('American officials');
  });

  it('reads a long appositive after "As NAME," before the cue', () => {
    expect(spans('As Andrew J. Tabler, an expert on Syria at the Washington Institute for Near East Policy, noted, "The war is a mess."')[0][0])
      .toBe('Andrew J. Tabler, an expert on Syria at the Washington Institute for Near East Policy');
  });
});

describe('"with NAME adding" a thing (issue #5, round 16)', () => {
  it('reads "with Lee adding that …" but not "with Lee hastily adding a promise to his card"', () => {
    expect(spans('They had Labour on the back foot, with Tony Blair hastily adding a sixth promise to his pledge card.')).toEqual([]);
    expect(spans('The firm denied it, with Lee adding that the report was false.')).toContainEqual(['Lee', 'adding', 'the report was false']);
  });
});

describe('things that show, signal or worry (issue #5, round 16)', () => {
  it('reads no statement from a thing that shows or signals ("the screensaver shows", "The gadget explosion signalled")', () => {
    expect(spans('In real time the screensaver shows the websites that are being bothered.')).toEqual([]);
    expect(spans('The gadget explosion signalled the strongest growth yet in the US.')).toEqual([]);
    expect(spans('Polls show Lee leading.')).toEqual([['Polls', 'show', 'Lee leading']]);
    expect(spans('The video shows the man was armed.')).toEqual([['The video', 'shows', 'the man was armed']]);
    expect(spans('The screensaver shows the man was armed.')).toEqual([]);
    expect(spans('The bank signalled that rates would rise.')).toEqual([['The bank', 'signalled', 'rates would rise']]);
  });

  it('reads no stance of a thing that worries someone ("some uses have worried many organisations")', () => {
    expect(spans('But some uses for them have worried many organisations.')).toEqual([]);
    expect(spans('Officials worried the deal would collapse.')).toEqual([['Officials', 'worried', 'the deal would collapse']]);
  });
});

describe('restrictive relative speakers inside a subject (issue #5, round 16)', () => {
  it('ends the content of "Voters who say …" before the main clause’s verb', () => {
    expect(spans('Voters who say the economy is most important were evenly divided.')[0][2]).toBe('the economy is most important');
    expect(spans('Voters who say the candidate they support is honest were many.')[0][2]).toBe('the candidate they support is honest');
  });
});

describe('the writer’s clauses after a content, and results posted (issue #5, round 16)', () => {
  it('ends a second part at a semicolon before another attribution, not inside a list', () => {
    expect(spans('Orders will not leave idle capacity, Lee said, and paying back the loan seems realistic; unnamed experts called this dubious.')[0][2])
      .toBe('Orders will not leave idle capacity, Lee said, and paying back the loan seems realistic');
    expect(spans('The tone, said Mr Hart, would be conversational; more spontaneous less scripted.')[0][2])
      .toBe('The tone, said Mr Hart, would be conversational; more spontaneous less scripted');
  });

  it('ends a content before ", but NAME has …", a contrast of the writer’s', () => {
    expect(spans('The President insists the budget include funding for the wall, but Congress has not passed his budget.')[0][2])
      .toBe('the budget include funding for the wall');
    expect(spans('Lee said the plan works, but he did not think it would pass.')[0][2]).toBe('the plan works, but he did not think it would pass');
  });

  it('reads no statement from a result posted ("posted a time of 2:05:45")', () => {
    expect(spans('Winner of the men’s division, Cherono posted a time of 2:05:45.')).toEqual([]);
    // (the platform closing the object is the conduit since round 34)
    expect(spans('Lee posted a video of the attack on Twitter.')).toEqual([['Lee', 'posted', 'a video of the attack']]);
  });
});

describe('a clause after the time and a comma, and portfolios in a title (issue #5, round 16)', () => {
  it('reads "X said on Sunday, the 36 people …" but not "“…,” he said on Sunday, his locks gelled …"', () => {
    expect(spans('The Chilean Armed Forces said on Sunday, the 36 people infected included 26 soldiers.'))
      .toEqual([['The Chilean Armed Forces', 'said', 'the 36 people infected included 26 soldiers']]);
    expect(spans('“I knew it,” he said on Sunday, his locks freshly gelled into a star shape.').map((s) => s[2])).toEqual(['I knew it']);
  });

  it('reads "The Health Minister for the Biobio Region" as a description with its office, not a name', () => {
    const [q] = quotes('The Health Minister for the Biobio Region reported 21 cases.');
    expect([q.speaker.name, q.role]).toEqual(['The Health Minister for the Biobio Region', 'Health Minister for the Biobio Region']);
  });
});

describe('settings that are no speakers, and kinds of body before a name (issue #5, round 16)', () => {
  it('reads no speaker from a time phrase ("Within hours of his final talks with Mr Thorpe, …")', () => {
    expect(spans('Within hours of his final talks with Mr Thorpe, Sir Edward told the nation he was resigning.').map((s) => s[0])).toEqual(['Sir Edward']);
  });

  it('reads the station, not its city, as the affiliation ("head of music at London rock radio station Xfm")', () => {
    const [q] = quotes('Nigel Harding, head of music at London rock radio station Xfm, said every track was good.');
    expect(q.affiliation?.name).toBe('Xfm');
  });
});

describe('verbs inside would-be speakers of a noun cue (issue #5, round 16)', () => {
  it('reads no speaker from "The Republicans need significant independent support" or "Sanders continues to draw support"', () => {
    expect(spans('The Republicans need significant independent support to win a general election.')).toEqual([]);
    expect(spans('Bernie Sanders continues to draw support among union members.')).toEqual([]);
    expect(spans('Most Republicans support the plan.')).toEqual([['Most Republicans', 'support', 'the plan']]);
  });
});

describe('shares of a group as speakers (issue #5, round 16)', () => {
  it('reads "while only 49 percent of Republicans say the same of Trump" with no office for the share', () => {
    const text = 'A full 79 percent of Democrats say they would be satisfied with Lee, while only 49 percent of Republicans say the same of Hart.';
    expect(quotes(text).map((q) => [text.slice(q.speaker.start, q.speaker.end), q.role, q.text])).toEqual([
      ['A full 79 percent of Democrats', undefined, 'they would be satisfied with Lee'],
      ['only 49 percent of Republicans', undefined, 'the same of Hart'],
    ]);
  });
});

describe('making something clear, and contrasts with a speaker of their own (issue #5, round 17)', () => {
  it('reads "made (it) clear (to X) (that) …" as a saying, with the whole phrase as its cue', () => {
    expect(spans('Lee has made clear that he expects the council to fight.')).toEqual([['Lee', 'made clear', 'he expects the council to fight']]);
    expect(spans('Many members made it clear they did not agree.')).toEqual([['Many members', 'made it clear', 'they did not agree']]);
    expect(spans('Vale made it clear to union leaders on Wednesday that she backs them.')).toEqual([['Vale', 'made it clear', 'she backs them']]);
  });

  it('reads no saying from "makes clear what is going on" or "made clear progress"', () => {
    expect(spans('The report makes clear what is going on.')).toEqual([]);
    expect(spans('The team made clear progress in the talks.')).toEqual([]);
  });

  it('ends a content before "but designers would not confirm …", but not before "all but two said" or "but he did not think"', () => {
    expect(spans('Acme said the chip would support three systems but designers would not confirm if Lynx was among them.')[0][2])
      .toBe('the chip would support three systems');
    expect(spans('Lee said the plan was good but critics said it was bad.')).toEqual([
      ['Lee', 'said', 'the plan was good'],
      ['critics', 'said', 'it was bad'],
    ]);
    expect(spans('Most senators support lowering the number of delegates, and all but two said the party should act.')[0][2])
      .toBe('lowering the number of delegates, and all but two said the party should act');
    expect(spans('Lee said the plan works, but he did not think it would pass.')[0][2]).toBe('the plan works, but he did not think it would pass');
  });
});

describe('deeds read as sayings (issue #5, round 17)', () => {
  it('reads no statement from a signal with a plain object; a stance or a clause is one', () => {
    expect(spans('Fans cheer when the referee signals the start of the game.')).toEqual([]);
    expect(spans('The party leaders have signalled their support for the delay.')).toEqual([['The party leaders', 'signalled', 'their support for the delay']]);
    expect(spans('One delegate has signalled he might back Hart.')).toEqual([['One delegate', 'signalled', 'he might back Hart']]);
  });

  it('reads no statement from "insisted on finishing the race", but one from "insisted on a full inquiry"', () => {
    expect(spans('She insisted on finishing the race.')).toEqual([]);
    expect(spans('The minister insisted on a full inquiry.')).toEqual([['The minister', 'insisted', 'on a full inquiry']]);
  });

  it('reads no statement from "repeated their success", but one from "repeated the claim"', () => {
    expect(spans('The two actors have repeated their success at the awards.')).toEqual([]);
    expect(spans('Lee repeated the claim that the vote was rigged.')).toEqual([['Lee', 'repeated', 'the claim that the vote was rigged']]);
  });

  it('reads no speaker from a passive "is found to be"', () => {
    expect(spans('Software that is found to be counterfeit will be replaced for free.')).toEqual([]);
    expect(spans('The drug was found to be safe.')).toEqual([]);
    expect(spans('A harbour survey found that most ferries were late.')).toEqual([['A harbour survey', 'found', 'most ferries were late']]);
  });

  it('reads a headline\'s common word and base-form cue as a noun ("Drink remark \'acts as diversion\'"), not a plural', () => {
    expect(spans("Drink remark 'acts as diversion'\n\nThe minister spoke on Monday.")).toEqual([]);
    expect(spans("Police praise 'courageous' singer\n\nThe singer was on stage.")).toEqual([['Police', 'praise', "'courageous' singer"]]);
  });

  it('reads no owner as the subject of a coordinated cue ("The party\'s four new designs …, but say …")', () => {
    const text = "The party's four new designs, launched on Tuesday, avoid the old images, but say that Labour is sticking to its plan.";
    expect(spans(text).map((s) => s[0])).not.toContain("The party's");
  });
});

describe('people described by the body they speak for (issue #5, round 17)', () => {
  const named = (text: string) => quotes(text).map((q) => q.speaker.name);

  it('gives a later "he" or "she" to "a spokesman for BODY" or "a spokeswoman for the department"', () => {
    expect(named('A spokesman for the Harbour Trust said the plan was good. "We are happy," he said.'))
      .toEqual(['A spokesman for the Harbour Trust', 'A spokesman for the Harbour Trust']);
    expect(named('A spokeswoman for the department said it was fine. "We are happy," she added.'))
      .toEqual(['A spokeswoman for the department', 'A spokeswoman for the department']);
  });

  it('gives no "he" to "the mother of the boy": the person before "of" heads the phrase', () => {
    expect(named('The mother of the boy said it was bad. He said it was fine.')).toEqual(['The mother of the boy', 'He']);
  });

  it('keeps the name before an unclosed appositive whose role has lower-case modifiers', () => {
    expect(spans('Tom Vale, managing director of Harbour Freight said that it would help.')[0][0]).toBe('Tom Vale, managing director of Harbour Freight');
    expect(spans('Ann Lee, marketing manager at Snappy Prints believes the shops will last.')[0][0]).toBe('Ann Lee, marketing manager at Snappy Prints');
  });

  it('reads a base-form cue after "the" and a name as a noun unless a clause follows ("unveiled in the Gershon report,")', () => {
    expect(spans('Under the plans, unveiled in the Hart report, some 800 jobs will be cut.')).toEqual([]);
    expect(spans('The League and the RSPCA say they will monitor hunts.')[0][1]).toBe('say');
  });
});

describe('bodies named in full before, help sought and relative clauses before the main verb (issue #5, round 17)', () => {
  it('names "the Post" after "the Harbour City Post" by the fuller name', () => {
    const text = 'The Harbour City Post published an article. According to the Post, the laptop was found in a shop.';
    expect(extractQuotes(marked(text, [['Harbour City Post', 'ORG'], ['Post', 'ORG', 2]])).map((q) => q.speaker.name)).toEqual(['Harbour City Post']);
  });

  it('reads no stance from "do not seek treatment" or "seeking refuge"; "seeking compensation" is one', () => {
    expect(spans('Many people do not seek treatment because they fear the clinics.').map((s) => s[1])).not.toContain('do not seek');
    expect(spans('Lee is seeking compensation.')).toEqual([['Lee', 'seeking', 'compensation']]);
  });

  it('ends a relative clause\'s content before the main clause\'s verb ("The council, which said …, faces a vote")', () => {
    expect(spans('The council, which said the plan was bad, faces a vote.')).toEqual([['which', 'said', 'the plan was bad']]);
  });
});

describe('a body named as the employer of an office (issue #5, round 17)', () => {
  it('gives "The club" the team named before a role noun in the sentence before', () => {
    const text = 'Tom Hale will be unveiled as the new Harbour manager on Tuesday. The club have confirmed that he will start at once.';
    expect(extractQuotes(marked(text, [['Tom Hale', 'PER'], ['Harbour', 'ORG']])).map((q) => q.speaker.name)).toEqual(['Harbour']);
  });
});

describe('a body opening a fronted clause as "it" (issue #5, round 17)', () => {
  it('gives "it" the organisation a fronted "although" clause opens with', () => {
    const text = 'Although the Harbour Board officially still backs the plan, it has indicated that it would be happy to drop it.';
    expect(extractQuotes(marked(text, [['Harbour Board', 'ORG']])).map((q) => q.speaker.name)).toEqual(['Harbour Board']);
  });
});

describe('a description owned by a body named before (issue #5, round 17)', () => {
  it('gives "the council\'s spokesperson" the council that spoke as its affiliation', () => {
    const text = 'The Harbour Film Council said the drop was due to a good year. "The drop was expected," the council\'s spokesperson said.';
    expect(quotes(text).map((q) => q.affiliation?.name)).toEqual([undefined, 'Harbour Film Council']);
  });
});

describe('titles holding a place, names in title-case sentences, and falls (issue #5, round 17)', () => {
  it('reads no cue from the last word of a name in a mostly capitalised sentence ("United States Senator … endorsed")', () => {
    const text = 'United States Senator from Vermont Bernie Sanders endorsed former Vice President Joe Biden on Monday.';
    expect(extractQuotes(marked(text, [['United States', 'LOC']])).map((q) => q.cue)).toEqual(['endorsed']);
  });

  it('reads "Senator from Vermont Bernie Sanders" as the name after a title with its place', () => {
    const [q] = quotes('Senator from Vermont Bernie Sanders said the plan was good.');
    expect([q.speaker.name, q.role]).toEqual(['Bernie Sanders', 'Senator from Vermont']);
    expect(quotes('Scientists from the World Wildlife Fund Mexico estimate that the number fell.')[0].speaker.name).not.toBe('Fund Mexico');
  });

  it('reads a fall as no refusal ("It declined in almost every state", "Trade declined 40 percent"); "declined to comment" is one', () => {
    expect(spans('It declined in almost every state. Trade declined 40 percent in the first half.')).toEqual([]);
    expect(spans('Mr. Thiel declined to comment.')).toEqual([['Mr. Thiel', 'declined', 'comment']]);
  });
});

describe('a kind of body before a name (issue #5, round 17)', () => {
  it('reads "Mexican outfit Red Sharks Veracruz" as a body, so a later "he" is not it', () => {
    const text = 'Hassall made it clear that a move to Leeds was more likely than Mexican outfit Red Sharks Veracruz, who also expressed an interest. "It was a thought," he said.';
    expect(extractQuotes(marked(text, [['Red Sharks Veracruz', 'ORG']])).at(-1)?.speaker.name).toBe('Hassall');
  });

  it('names "Human Rights group Liberty" Liberty when the tagger ran the kind into the name (guard)', () => {
    const text = 'Human Rights group Liberty has argued that the evidence could be heard.';
    const r = { actors: [{ id: 'a1', name: 'Human Rights group Liberty', kind: 'organization', aliases: [] }], links: [{ mention: 0, actorId: 'a1' }] };
    expect(extractQuotes({ ...marked(text, [['Human Rights group Liberty', 'ORG']]), resolution: r } as unknown as Document)[0].speaker.name).toBe('Liberty');
  });
});

describe('means found, matters passed on and studies inside a subject (issue #5, round 17)', () => {
  it('reads no finding from "found a way to", and no saying from "referring the issue to"', () => {
    expect(spans('The researchers have found a way to turn silicon into a laser.')).toEqual([]);
    expect(spans('Acme did not want to comment, referring the issue instead to trade body Intellect.').map((s) => s[1])).not.toContain('referring');
    expect(spans('He was referring to the plan as a disaster.')).toEqual([['He', 'referring', 'the plan as a disaster']]);
  });

  it('reads "in her study" inside a subject before its verb as no source', () => {
    expect(spans('More than 95% of the participants in her study indicated they would use the kits again.')).toEqual([
      ['More than 95% of the participants in her study', 'indicated', 'they would use the kits again'],
    ]);
  });
});

describe('a name and colleagues (issue #5, round 17)', () => {
  it('reads "Dr Lee - and colleagues Ann Vale, Tom Hale and Ian Moss - show" as a group, without the closing dash', () => {
    const text = 'Writing in Nature, Dr Lee - and colleagues Ann Vale, Tom Hale and Ian Moss - show how they made a laser.';
    const [q] = quotes(text);
    expect([text.slice(q.speaker.start, q.speaker.end), q.speaker.name]).toEqual([
      'Dr Lee - and colleagues Ann Vale, Tom Hale and Ian Moss', 'Dr Lee - and colleagues Ann Vale, Tom Hale and Ian Moss',
    ]);
  });
});

describe('a capitalised title after an inverted speaker (issue #5, round 17)', () => {
  it('reads "said Ann Lee, State Minister for National Development Planning" whole', () => {
    const [q] = quotes('"We need more money," said Ann Lee, State Minister for National Development Planning.');
    expect([q.speaker.name, q.role]).toEqual(['Ann Lee', 'State Minister']);
  });
});

describe('acts that go on or are declared, and a contrast with "while" (issue #5, round 17)', () => {
  it('reads no statement from "continued its slide", "declares state of emergency" or "blasted away the competition"', () => {
    expect(spans('The US dollar has continued its record-breaking slide.')).toEqual([]);
    expect(spans('Harbia declares state of emergency as the storm approaches.')).toEqual([]);
    expect(spans('Shooter Doom 3 has blasted away the competition at the awards.')).toEqual([]);
    expect(spans('Hale continued his scathing remarks.')).toEqual([['Hale', 'continued', 'his scathing remarks']]);
  });

  it('keeps the subject of a declared act for a participle after it', () => {
    const text = 'President Hale declared a state of emergency so he could build a wall, claiming this would stem crime.';
    expect(spans(text)).toEqual([['President Hale', 'claiming', 'this would stem crime']]);
  });

  it('ends an object content before ", while NAME VERBed"', () => {
    expect(spans('The president of Harbia vowed support for Sorria, while Lee called for a ceasefire.')[0][2]).toBe('support for Sorria');
  });
});

describe('a news lead: the description first or the name first, and a secretary as "the minister" (issue #5, round 18)', () => {
  const who = (doc: Document) => extractQuotes(doc).map((q) => [q.speaker.name, q.role ?? '']);

  it('names "…, the Transport Secretary has said." by the person opening the next sentence, with that office', () => {
    const text = 'Lee backs ferry plan\n\nThe ferry should run all winter, the Transport Secretary has said.\n\nAnn Lee said the cost was being weighed.';
    expect(who(marked(text, [['Lee', 'PER'], ['Ann Lee', 'PER']]))).toEqual([
      ['Ann Lee', 'Transport Secretary'], ['Ann Lee', 'Transport Secretary'],
    ]);
  });

  it('names "The Tory leader said" by the person opening the lead sentence before it when the headline named him', () => {
    const text = 'Hale attacks ferry costs\n\nTom Hale has launched an attack on the cost of the ferry under Ann Lee. The Tory leader said the fares had doubled.';
    expect(who(marked(text, [['Hale', 'PER'], ['Tom Hale', 'PER'], ['Ann Lee', 'PER']])).at(-1)).toEqual(['Tom Hale', 'leader']);
    expect(who(marked('Hale defends ferry costs\n\nThe Tory leader has defended the fares.', [['Hale', 'PER']])).at(-1)).toEqual(['Hale', 'leader']);
    // (no headline naming him: as likely Ann Lee)
    const bare = text.slice(text.indexOf('Tom'));
    expect(who(marked(bare, [['Tom Hale', 'PER'], ['Ann Lee', 'PER']])).at(-1)).toEqual(['The Tory leader', 'leader']);
  });

  it('leaves the description unnamed when someone else was named before it, or when it is deep in the article', () => {
    const other = 'Ann Lee met Ian Moss. The ferry should run all winter, the Transport Secretary has said. Tom Hale said the cost was high.';
    expect(who(marked(other, [['Ann Lee', 'PER'], ['Ian Moss', 'PER'], ['Tom Hale', 'PER']]))[0]).toEqual(['the Transport Secretary', 'Transport Secretary']);
    const deep = 'Fares rose. Boats were late. Crews were tired. Docks were shut. The ferry should run, the Transport Secretary has said. Tom Hale said so.';
    expect(who(marked(deep, [['Tom Hale', 'PER']]))[0]).toEqual(['the Transport Secretary', 'Transport Secretary']);
  });

  it('takes "the minister" for a secretary who spoke, not for a press secretary', () => {
    const text = 'Home Secretary Ann Lee said the plan was sound. The minister said it would start soon.';
    expect(who(marked(text, [['Ann Lee', 'PER']])).map(([name]) => name)).toEqual(['Ann Lee', 'Ann Lee']);
    const press = 'Press secretary Ann Lee said the plan was sound. The minister said it would start soon.';
    expect(who(marked(press, [['Ann Lee', 'PER']])).map(([name]) => name)).toEqual(['Ann Lee', 'The minister']);
  });
});

describe('relative pronouns after an age, a plural possessive or an organisation (issue #5, round 18)', () => {
  const named = (doc: Document) => extractQuotes(doc).map((q) => q.speaker.name);

  it('names "who" after "Tom Hale, 24," by the person before the age', () => {
    expect(quotes('Another was tour manager Tom Hale, 24, who cited his love of rugby.').map((q) => q.speaker.name)).toEqual(['Tom Hale']);
  });

  it('reads "Hayes\' lawyers" as one phrase, and names "who" after it', () => {
    expect(spans("Hayes' lawyers argued his history of illness.")[0][0]).toBe("Hayes' lawyers");
    expect(quotes("The court heard from Hayes' lawyers, who argued his history of illness.")[0].speaker.name).toBe("Hayes' lawyers");
  });

  it('names "which" by the organisation ending right before it, not by a place or a film', () => {
    const post = 'The ship was found by The Harbour Post, which reported data showing it in port.';
    expect(named(marked(post, [['The Harbour Post', 'ORG']]))).toEqual(['Harbour Post']);
    const adviser = 'Mr Hale is acting as an adviser for Labour, which denies breaking the rules.';
    expect(named(marked(adviser, [['Hale', 'PER'], ['Labour', 'ORG']]))).toEqual(['Labour']);
    expect(named(marked('The talks were held in Harbia, which disputes the claim.', [['Harbia', 'LOC']]))).toEqual(['which']);
  });
});

describe('stars, MEPs and show hosts; a lead after "And" or under a title (issue #5, round 18)', () => {
  const who = (doc: Document) => extractQuotes(doc).map((q) => [q.speaker.name, q.role ?? '', q.affiliation?.name ?? '']);

  it('reads "Rock star NAME" and "Harbia MEP NAME" as titles', () => {
    expect(who(marked('Rock star Tom Hale said he was disappointed.', [['Tom Hale', 'PER']]))).toEqual([['Tom Hale', 'Rock star', '']]);
    expect(quotes('Harbia MEP Tom Hale said he was leaving.').map((q) => [q.speaker.name, q.role])).toEqual([['Tom Hale', 'Harbia MEP']]);
  });

  it('reads no cue in "Ex-chat show host Tom Hale has quit"', () => {
    expect(spans('Ex-chat show host Tom Hale has quit the party.')).toEqual([]);
  });

  it('names the lead description by the person after "And" opening the next sentence', () => {
    const text = 'The dollar rose after the Harbour Bank head said the deficit would fall. And Tom Hale praised the savings.';
    expect(who(marked(text, [['Tom Hale', 'PER']]))[0].slice(0, 2)).toEqual(['Tom Hale', 'head']);
  });

  it('gives no lead description to a person the headline titled with another office', () => {
    const text = 'Hale to press on with cards\n\nNew Home Secretary Tom Hale has vowed to press on despite a call from Ian Moss.\n\nThe Lib Dem leader said the plan was bad.';
    expect(who(marked(text, [['Hale', 'PER'], ['Tom Hale', 'PER'], ['Ian Moss', 'PER']])).at(-1)?.[0]).toBe('The Lib Dem leader');
  });
});

describe('a participle between a number and a plural noun (issue #5, round 18)', () => {
  it('reads no cue in "surpasses one million confirmed infections" or "500 reported cases"', () => {
    expect(spans('SARS-CoV-2 surpasses one million confirmed infections in the United States')).toEqual([]);
    expect(spans('Harbia now has 500 reported cases.')).toEqual([]); // (a guard: "has" keeps it from a subject before)
    expect(spans('Of those polled, 500 said they would vote.')[0][1]).toBe('said');
  });
});

describe('an occupation naming the one person who spoke just before (issue #5, round 18)', () => {
  const who = (doc: Document) => extractQuotes(doc).map((q) => q.speaker.name);

  it('names "the defender" by the player who spoke just before, with nobody else named', () => {
    const text = 'Harbour City\'s Tom Hale has called the rivalry "bitter and personal". "It is just more bitter," the defender told The Guardian.';
    expect(who(marked(text, [['Harbour City', 'ORG'], ['Tom Hale', 'PER']]))).toEqual(['Tom Hale', 'Tom Hale']);
  });

  it('leaves it unnamed when another player was named too', () => {
    const text = 'Tom Hale has called the rivalry with Ian Moss "bitter". "It is just more bitter," the defender told The Guardian.';
    expect(who(marked(text, [['Tom Hale', 'PER'], ['Ian Moss', 'PER']])).at(-1)).toBe('the defender');
  });
});

describe('a plural before "which" and a past verb (issue #5, round 18)', () => {
  it('reads "Other American shows which won praise were …" as no statement, but keeps "The footage shows which officer fired"', () => {
    expect(spans('Other American shows which won praise were Twin Peaks and Star Trek.')).toEqual([]);
    expect(spans('The footage shows which officer fired first.')[0][1]).toBe('shows');
  });
});

describe('offices opening with "-ing" words, and a place after the body (issue #5, round 18)', () => {
  const who = (text: string) => quotes(text).map((q) => [q.speaker.name, q.role, q.affiliation?.name]);

  it('reads ", managing director of Acme Research," as an office, and ", speaking to reporters," as none', () => {
    expect(who('Tom Hale, managing director of Acme Research, said there were pressures.')).toEqual([['Tom Hale', 'managing director', 'Acme Research']]);
    expect(who('Tom Hale, speaking to reporters, said it was fine.')).toEqual([['Tom Hale', undefined, undefined]]);
  });

  it('leaves the place after the body out of the role ("economist at Acme Research in Tokyo")', () => {
    expect(who('"Exports slowed," said Tom Hale, economist at Acme Research in Tokyo.')).toEqual([['Tom Hale', 'economist', 'Acme Research']]);
  });
});

describe('learned occupations the role list lacks (issue #5, round 18)', () => {
  it('reads "an evolutionary biomechanicist at the Royal Veterinary College" as a role, and no "-ist" verb', () => {
    const [q] = quotes('Tom Hale, an evolutionary biomechanicist at the Royal Veterinary College, said the idea was weak.');
    expect([q.speaker.name, q.role, q.affiliation?.name]).toEqual(['Tom Hale', 'evolutionary biomechanicist', 'Royal Veterinary College']);
    expect(quotes('Tom Hale, who insists on precision, said the idea was weak.')[0].role).toBeUndefined();
  });
});

describe('an audience with modifiers after "told" (issue #5, round 18)', () => {
  it('leaves "local media" and "fellow senators" out of what was told', () => {
    expect(spans('Duda told local media the plan was good.')).toEqual([['Duda', 'told', 'the plan was good']]);
    expect(spans('Duda told fellow senators the plan was good.')).toEqual([['Duda', 'told', 'the plan was good']]);
  });
});

describe('"its" office after a body opening the sentence (issue #5, round 18)', () => {
  it('gives "its chief executive" the body that opens the sentence as its affiliation', () => {
    const text = 'Harbour Steel, one of the largest steel producers, could cut up to 4,000 jobs, its chief executive has said.';
    const [q] = extractQuotes(marked(text, [['Harbour Steel', 'ORG']]));
    expect([q.speaker.name, q.role, q.affiliation?.name]).toEqual(['its chief executive', 'chief executive', 'Harbour Steel']);
    const modifier = 'The Harbour processor will run faster than current chips, its designers have said.';
    expect(extractQuotes(marked(modifier, [['Harbour', 'ORG']]))[0].affiliation).toBeUndefined();
  });
});

describe('a described person with the place they are in (issue #5, round 18)', () => {
  it('reads "A UN official in Geneva said" as the official, not the UN, with the place out of the role', () => {
    const text = 'A UN official in Geneva said the attackers had fled.';
    const [q] = extractQuotes(marked(text, [['UN', 'ORG'], ['Geneva', 'LOC']]));
    expect([q.speaker.name, q.role, q.affiliation?.name]).toEqual(['A UN official in Geneva', 'official', 'UN']);
  });
});

describe('"our correspondent" (issue #5, round 18)', () => {
  it('names "Our correspondent" by the correspondent the article named before', () => {
    const text = 'BBC correspondent Tom Hale said the unions were strong. Our correspondent added that a deal was possible.';
    expect(extractQuotes(marked(text, [['BBC', 'ORG'], ['Tom Hale', 'PER']])).map((q) => [q.speaker.name, q.affiliation?.name])).toEqual([
      ['Tom Hale', 'BBC'], ['Tom Hale', 'BBC'],
    ]);
  });
});

describe('a deal agreed is a deed, and its doer is still met (issue #5, round 18)', () => {
  it('reads no statement from "agreed a new deal with …", keeps "agreed to …", and names a later "it" by the firm', () => {
    expect(spans('Harbour Athletics has agreed a new deal with Acme to supply its kit.')).toEqual([]);
    expect(spans('Harbour Athletics agreed to review the kit.')[0][1]).toBe('agreed');
    const text = 'Harbour Motors agreed a compensation package with its partner. It said profits would rise in 2006.';
    expect(extractQuotes(marked(text, [['Harbour Motors', 'ORG']])).map((q) => [q.speaker.name, q.cue])).toEqual([['Harbour Motors', 'said']]);
  });

  it('lets a deed take no words from a saying after it (a guard: "continued his bid …, and didn\'t endorse her")', () => {
    const text = 'Hale continued his bid against Lee until June, and did not endorse her until July.';
    expect(spans(text).map((x) => x[1])).toEqual(['did not endorse']);
  });
});

describe('what an event "sees" (issue #5, round 18)', () => {
  it('reads no view in "The festival will see …", "The deal could see …" or "Martinez sees off …"', () => {
    expect(spans('The festival will also see the screening of three new films.')).toEqual([]);
    expect(spans('The landmark deal could see thousands of people paid.')).toEqual([]);
    expect(spans('Martinez sees off Vinci challenge')).toEqual([]);
    expect(spans('The other changes see recalls for backs Tom Hale and Ian Moss.')).toEqual([]);
  });

  it('keeps a view: "sees X as Y", "sees hope", a body or person seeing (a guard)', () => {
    expect(spans('Some observers see this as another step closer to a listing.')[0][1]).toBe('see');
    expect(spans('Captain Tom Hale sees hope on the horizon.')[0][1]).toBe('sees');
    expect(spans('Ericsson sees earnings improve')[0][1]).toBe('sees');
  });
});

describe('a first name alone after the full name (issue #5, round 18)', () => {
  const who = (doc: Document) => extractQuotes(doc).map((q) => [q.speaker.name, q.role ?? '']);

  it('names "Serena said" by the one speaker met as Serena and a surname, with her office', () => {
    const text = 'Tennis star Serena Hale said the criticism was unfair. But Serena said her sister was injured.';
    expect(who(marked(text, [['Serena Hale', 'PER'], ['Serena', 'PER', 2]]))).toEqual([['Serena Hale', 'Tennis star'], ['Serena Hale', 'Tennis star']]);
  });

  it('keeps "Mr Howard" a surname: no "Howard Vale" (a guard)', () => {
    const text = 'MP Howard Vale said he was sacked. At a news conference, Mr Howard said he had played by the rules.';
    expect(who(marked(text, [['Howard Vale', 'PER'], ['Mr Howard', 'PER']])).map(([name]) => name)).toEqual(['Howard Vale', 'Howard']);
  });
});

describe('a headline\'s passive "named" (issue #5, round 18)', () => {
  it('reads no statement in "Hale named Harbour Athletics chief" over an article, but keeps an award in running text', () => {
    expect(spans('Hale named Harbour Athletics chief\n\nTom Hale has been appointed.')).toEqual([]);
    expect(spans('The Critics Circle named Ann Lee its most promising playwright.')[0]?.[1]).toBe('named');
  });
});

describe('names in a list as "they" and "the firms" (issue #5, round 18)', () => {
  it('names "They" after "Sony, IBM and Toshiba, who …, unveiled" and "the firms" two sentences on', () => {
    const text = 'Acme, Bolt and Corda, who have worked on it for years, unveiled the chip. They said it would run faster.';
    expect(extractQuotes(marked(text, [['Acme', 'ORG'], ['Bolt', 'ORG'], ['Corda', 'ORG']])).map((q) => q.speaker.name)).toEqual(['Acme, Bolt and Corda']);
    const later = 'Acme and Bolt unveiled the chip on Monday. It is meant for consoles. The chip will run at 4 GHz, the firms said.';
    expect(extractQuotes(marked(later, [['Acme', 'ORG'], ['Bolt', 'ORG']])).map((q) => q.speaker.name)).toEqual(['Acme and Bolt']);
  });
});

describe('admitted to a place (issue #5, round 18)', () => {
  it('reads no statement in "admitted to the Royal Academy" or "admitted to hospital", keeps "admitted to taking drugs"', () => {
    expect(spans('Hale was elected in 1981 and admitted to the Royal Academy in 1992.')).toEqual([]);
    expect(spans('The driver was admitted to hospital with burns.')).toEqual([]);
    expect(spans('Hale admitted to taking drugs.')[0][1]).toBe('admitted');
  });
});

describe('an outlet whose name ends in a time word (issue #5, round 18)', () => {
  it('keeps "USA Today" whole before its cue, and still leaves "today" out of "Lee today said"', () => {
    expect(spans('The judge declined. USA Today noted the commission could advise on the draft.')[0][0]).toBe('USA Today');
    expect(spans('Lee today said the commission could advise on the draft.')[0][0]).toBe('Lee');
  });
});

describe('the subject of a coordinated cue after an irregular verb (issue #5, round 19)', () => {
  it('ends the subject at "cut", "bought" or "beat", and reads "last year" as a time, not a verb', () => {
    expect(spans('Acme cut 200 jobs last year and said it would close two plants.')[0][0]).toBe('Acme');
    expect(spans('The company cut jobs last year and said it would close two plants.')[0][0]).toBe('The company');
    expect(spans('The firm bought a rival last year and said it would close two plants.')[0][0]).toBe('The firm');
    expect(spans('The team beat Harbour City 2-0 and said the title race was open.')[0][0]).toBe('The team');
  });
});

describe('a name after "and" opening a clause after a verb\'s object (issue #5, round 19)', () => {
  it('reads "met the FA and Astiazaran added" and "is Tote King and Manuel Millan says" as a clause of its own', () => {
    expect(spans('The clubs met the league on Monday and Astiazaran added: "We thought about it."')[0][0]).toBe('Astiazaran');
    expect(spans('The clubs met the league and Astiazaran said the game was over.')[0][0]).toBe('Astiazaran');
    expect(spans('His name is Tote King and Manuel Millan says that he is the leader.')[0][0]).toBe('Manuel Millan');
  });

  it('keeps two names after a cue one subject of its clause (a guard)', () => {
    expect(spans('A spokeswoman said Lord Woolf and Lord Falconer agreed about what happened.').map(([speaker]) => speaker)).toEqual(['A spokeswoman']);
  });
});

describe('an "-ing" cue after "and" that joins no main verb (issue #5, round 19)', () => {
  it('gives no speaker to a gerund of someone the clause names, or to "and trying to view" with nothing "-ing" before', () => {
    expect(spans('Washington rewarded Tripoli for giving up arms and vowing to compensate victims.')).toEqual([]);
    expect(spans('The blocking started on Monday so those outside the US and trying to view the site got an error.')).toEqual([]);
  });

  it('still gives the subject to "is touring Ohio and saying" and "a reputation for putting … and asking" (a guard)', () => {
    expect(spans('The president is touring Ohio and saying that jobs will return.')[0][0]).toBe('The president');
    expect(spans('Acme long had a reputation for putting candidates through interviews and asking staff odd questions.')[0][0]).toBe('Acme');
  });
});

describe('the doer of a "with" clause before a participle cue (issue #5, round 19)', () => {
  it('reads "…, with Maria Hutchings marching up to him, saying …" as hers', () => {
    const text = 'The trouble began on the show, with Maria Hutchings marching up to him, saying "Tony, that is rubbish."';
    expect(spans(text)[0][0]).toBe('Maria Hutchings');
  });
});

describe('"they" after documents (issue #5, round 19)', () => {
  it('does not read "They" as "The announcements" that opened the sentence before, but still as "The two companies"', () => {
    expect(quotes('The announcements prompted great cheers from his MPs. They obviously believed he had done that for them.')[0].speaker.name).toBe('They');
    expect(quotes('The two companies will share research. They said the deal would help.')[0].speaker.name).toBe('The two companies');
  });
});

describe('a cue coordinated inside a "who" clause, and a long parenthetical after a name (issue #5, round 19)', () => {
  it('gives "Lee, who backed Ruiz in May and said …" to Lee', () => {
    const [q] = quotes('Lee, who backed Ruiz in May and said he would campaign with him, did not show up.').filter((x) => x.cue === 'said');
    expect([q.speaker.name, q.text]).toEqual(['Lee', 'he would campaign with him']);
    expect(quotes('The mayor, who took office in May and said the city was broke, has resigned.').map((x) => x.speaker.name)).toEqual(['The mayor']);
  });

  it('reads "Sen. Ann Lee (a Harbour Democrat so young she has been mistaken for an intern) says" and ends the content before it', () => {
    const text = 'Few politicians would admit this, but Sen. Ann Lee (a Harbour Democrat so young she has been mistaken for an intern) says she was adrift.';
    expect(spans(text)).toEqual([
      ['Few politicians', 'admit', 'this'],
      ['Sen. Ann Lee (a Harbour Democrat so young she has been mistaken for an intern)', 'says', 'she was adrift'],
    ]);
  });
});

describe('offices in a relative clause, after a time, after a link and a capitalised title (issue #5, round 19)', () => {
  const office = (doc: Document) => extractQuotes(doc).map((q) => [q.speaker.name, q.role ?? '', q.affiliation?.name ?? '']);

  it('reads "who is UKIP Scotland chairman" and "who is a law lecturer at X", not a verb, a record or a second clause', () => {
    const text = 'Peter Nale, who is Harbour Party chairman, said he had suspended Mr Hale.';
    expect(office(marked(text, [['Peter Nale', 'PER'], ['Harbour Party', 'ORG']]))).toEqual([['Peter Nale', 'chairman', 'Harbour Party']]);
    const lecturer = 'Ann Vale, who is a law lecturer at the University of Harbour, added: "It is wrong."';
    expect(office(marked(lecturer, [['Ann Vale', 'PER']]))).toEqual([['Ann Vale', 'law lecturer', 'University of Harbour']]);
    const record = 'Ann Vale, who was the first woman to be Commons Speaker, said it was wrong.';
    expect(office(marked(record, [['Ann Vale', 'PER']]))).toEqual([['Ann Vale', '', '']]);
    const filming = 'Tom Hale, who is filming a remake of Harbour classic King Kong, said it was fun.';
    expect(office(marked(filming, [['Tom Hale', 'PER']]))).toEqual([['Tom Hale', '', '']]);
    const second = 'Ann Vale, who is a member of the Harbour Defence Committee and was part of the inquiry, said it was wrong.';
    expect(office(marked(second, [['Ann Vale', 'PER']]))).toEqual([['Ann Vale', 'member', 'Harbour Defence Committee']]);
  });

  it('reads "the head of X until last year," as an appositive, keeping the time in the role; "since 2003" leaves it', () => {
    const until = 'Tim Vale, the head of Harbour Music until last year, told the BBC that the industry was struggling.';
    expect(office(marked(until, [['Tim Vale', 'PER']]))).toEqual([['Tim Vale', 'head of Harbour Music until last year', 'Harbour Music']]);
    const since = 'Tim Vale, the head of Harbour Music since 2003, told the BBC that the industry was struggling.';
    expect(office(marked(since, [['Tim Vale', 'PER']]))).toEqual([['Tim Vale', 'head', 'Harbour Music']]);
  });

  it('splits "Bank of Harbour Governor Mervyn Vale" and "House of Representatives Speaker Ann Vale" at the title', () => {
    expect(office(marked('Bank of Harbour Governor Mervyn Vale said rates would rise.', [['Mervyn Vale', 'PER']])))
      .toEqual([['Mervyn Vale', 'Governor', 'Bank of Harbour']]);
    expect(office(marked('House of Representatives Speaker Ann Vale said the vote was today.', [['Ann Vale', 'PER']])))
      .toEqual([['Ann Vale', 'Speaker', 'House of Representatives']]);
  });

  it('reads the name after "Special Representative for Iran", and the firm after "analyst" or "stockbroker"', () => {
    expect(office(marked('Special Representative for Iran Brian Vale said it was bad.', [['Brian Vale', 'PER']])))
      .toEqual([['Brian Vale', 'Special Representative for Iran', '']]);
    expect(office(marked('Mike Vale, research director at analyst Gartner, said sales would rise.', [['Mike Vale', 'PER']])))
      .toEqual([['Mike Vale', 'research director', 'Gartner']]);
  });

  it('gives "A spokesman for Unison, Britain\'s biggest union," the union, not Britain', () => {
    expect(office(marked('A spokesman for Unison, Britain\'s biggest union, said: "We are still talking."', [['Unison', 'ORG'], ['Britain', 'LOC']])))
      .toEqual([['A spokesman for Unison', 'spokesman', 'Unison']]);
  });

  it('reads a party opening the sentence as the affiliation, and a forward as a role; not "Green activists"', () => {
    expect(office(marked('Conservative deregulation spokesman John Vale said the plan was flawed.', [['John Vale', 'PER']])))
      .toEqual([['John Vale', 'deregulation spokesman', 'Conservative']]);
    expect(office(marked('England forward Michael Vale said he was happy in Spain.', [['Michael Vale', 'PER'], ['England', 'LOC']])))
      .toEqual([['Michael Vale', 'forward', 'England']]);
    expect(office(marked('Green activists said the plan was flawed.', []))[0][2]).toBe('');
  });
});

describe('a participle describing the noun before it (issue #5, round 19)', () => {
  it('reads no statement in "The black hole described in the study is located …", keeps "said in a statement the plan was dead"', () => {
    expect(spans('The black hole described in the study is located in a binary system.')).toEqual([]);
    expect(spans('Footage shown on the handset was clear.')).toEqual([]);
    expect(spans('The minister said in a statement the plan was dead.')[0][2]).toBe('the plan was dead');
    expect(spans('Vladimir Vale said at least 71 people were arrested.')[0][2]).toBe('at least 71 people were arrested');
  });
});

describe('fields of art, plural bodies before a place, lists before "which", and a one-word party before an office (issue #5, round 19)', () => {
  const office = (doc: Document) => extractQuotes(doc).map((q) => [q.speaker.name, q.role ?? '', q.affiliation?.name ?? '']);

  it('reads "Hollywood star" and "R&B star" as roles with no organisation, keeps "Harbour City star"', () => {
    expect(office(marked('Hollywood star Tom Vale said it was cold.', [['Hollywood', 'LOC'], ['Tom Vale', 'PER']]))).toEqual([['Tom Vale', 'Hollywood star', '']]);
    expect(office(marked('R&B star Ann Vale said it was cold.', [['Ann Vale', 'PER']]))).toEqual([['Ann Vale', 'R&B star', '']]);
    expect(office(marked('Harbour City star Tom Vale said it was cold.', [['Harbour City', 'ORG'], ['Tom Vale', 'PER']]))[0][2]).toBe('Harbour City');
  });

  it('keeps the plural head before a place: "Roman Catholic organisations in India", not "Roman Catholic"', () => {
    expect(spans('Roman Catholic organisations in India have demanded the withdrawal of a film.')[0][0]).toBe('Roman Catholic organisations in India');
    expect(quotes('Roman Catholic organisations in India have demanded the withdrawal of a film.')[0].speaker.name).toBe('Roman Catholic organisations in India');
  });

  it('gives "which" after a list of names the whole list, and reads a list before a relative clause as one group', () => {
    expect(quotes('The firm follows Acme, Bolt and Corda, which have said similar things.')[0].speaker.name).toBe('Acme, Bolt and Corda');
    expect(quotes('Acme, Bolt and Corda, which have worked on it for years, said the chip was fast.')[0].speaker.name).toBe('Acme, Bolt and Corda');
  });

  it('names "he" after "… did not impress Tory shadow education secretary Tim Vale.", the tagger having named "Tory" a person', () => {
    const text = 'Ms Kelly said reforms should build on exams. Her comments did not impress Tory shadow education secretary Tim Vale. "She has no idea," he said.';
    expect(office(marked(text, [['Ms Kelly', 'PER'], ['Tory', 'PER'], ['Tim Vale', 'PER']]))[1]).toEqual(['Tim Vale', 'shadow education secretary', 'Tory']);
  });
});

describe('"focused on" (issue #5, round 19)', () => {
  it('reads no statement in "Mr Bell focused on boosting demand" (dropped from the object cues: PolNeAR dev source F1 up)', () => {
    expect(spans('Mr Bell focused on boosting demand at existing restaurants.')).toEqual([]);
  });
});

describe('a bare cue form after an "-ing" verb (issue #5, round 19)', () => {
  it('reads "boosting demand" and "taking charge" as the verb and its object, keeps "the meeting show how" and "planning said"', () => {
    expect(spans('Prices rose after boosting demand at existing restaurants.')).toEqual([]);
    expect(spans('Lee is taking charge at the club for the second time.')).toEqual([]);
    expect(spans('The minutes of the meeting show how the chance quickly evaporated.')[0][1]).toBe('show');
    expect(spans('Subsidies rose, the department for planning said.')[0][0]).toBe('the department for planning');
  });

  it('keeps "focused on" a deed: no statement, and its doer stays the "he" after it', () => {
    const text = 'Mr Bell took over as chief executive. James Skinner was named vice chairman. Mr Bell focused on boosting demand. He had promised not to let the company get "fat".';
    expect(quotes(text).map((q) => [q.speaker.name, q.cue])).toEqual([['Bell', 'promised']]);
  });
});

describe('a description of a kind for the person opening the sentence before (issue #5, round 19)', () => {
  const who = (doc: Document) => extractQuotes(doc).map((q) => q.speaker.name);
  const withDemonym = (doc: Document, word: string) => {
    const at = doc.article!.text.lastIndexOf(word);
    doc.entities!.push({ start: at, end: at + word.length, label: 'MISC', origin: 'demonym' });
    doc.entities!.sort((x, y) => x.start - y.start);
    return doc;
  };

  it('names "the American" and "The 28-year-old world number one" by the person opening the sentence before', () => {
    const text = '"We played well," said Tom Vale. The hosts won 3-2. The stadium was full. Andy Rodd was left frustrated after losing both singles. "It is just tough," said the American.';
    expect(who(withDemonym(marked(text, [['Tom Vale', 'PER'], ['Andy Rodd', 'PER']]), 'American'))).toEqual(['Tom Vale', 'Andy Rodd']);
    const lead = 'Lindsay Dale puts retirement on hold\n\nLindsay Dale has put talk of retirement on hold. The 28-year-old world number one had said that she would quit.';
    expect(who(marked(lead, [['Lindsay Dale', 'PER', 2]]))).toEqual(['Lindsay Dale']);
  });

  it('leaves it unnamed after another person, another age, someone\'s kin or a plural (guards)', () => {
    const beaten = '"We played well," said Tom Vale. Tim Hale beat Andy Rodd. "It is just tough," said the American.';
    expect(who(withDemonym(marked(beaten, [['Tom Vale', 'PER'], ['Tim Hale', 'PER'], ['Andy Rodd', 'PER']]), 'American')).at(-1)).toBe('the American');
    const aged = 'Rain fell all day. Tom Hart, 28, won the final. "It was hard," the 34-year-old said.';
    expect(who(marked(aged, [['Tom Hart', 'PER']]))).toEqual(['the 34-year-old']);
    const kin = '"I acted on impulse," Ozzy Vale said. His wife Sharon, who called the police, said her rings were taken. The heavy metal star said he was lucky.';
    expect(who(marked(kin, [['Ozzy Vale', 'PER'], ['Sharon', 'PER']])).at(-1)).not.toBe('Sharon');
    const missed = 'Actor Tom Vale is to star in a film. It will be like Vale\'s old films. Ann Rai is the preferred choice. On a visit, the 60-year-old actor said he hoped to start.';
    expect(who(marked(missed, [['Tom Vale', 'PER'], ['Ann Rai', 'PER']]))[0]).toBe('the 60-year-old actor');
  });
});

describe('nouns, idioms and learning read as cues; places and nationalities read as affiliations (issue #5, round 19)', () => {
  const office = (doc: Document) => extractQuotes(doc).map((q) => [q.speaker.name, q.role ?? '', q.affiliation?.name ?? '']);

  it('reads no statement in "fellow ITV1 show Filthy Love", "as Acme found out", "regulation as we know it"', () => {
    expect(spans('The soap beat fellow ITV1 show Filthy Love to win the prize.')).toEqual([]);
    expect(spans('Figures from the ONS show Labour ahead.')[0][1]).toBe('show');
    expect(spans('The system breaks down, as Acme found out last year when it lost a case.')).toEqual([]);
    expect(spans('The future could bring an end to regulation as we know it.')).toEqual([]);
  });

  it('reads a town before a trade as where the person is from, and a country owning a name alone as a nationality', () => {
    expect(office(marked('London teacher Diane Vale said it was wrong.', [['London', 'LOC'], ['Diane Vale', 'PER']]))).toEqual([['Diane Vale', 'London teacher', '']]);
    expect(office(marked('Leicester wing Tom Vale said it was wrong.', [['Leicester', 'LOC'], ['Tom Vale', 'PER']]))[0][2]).toBe('Leicester');
    const country = { start: 0, end: 0, label: 'LOC' as const, origin: 'gazetteer' as const, candidates: ['country:GB'] };
    const uk = marked("The UK's Ann Vale said it was overwhelming.", [['Ann Vale', 'PER']]);
    uk.entities!.unshift({ ...country, start: 4, end: 6 });
    expect(office(uk)).toEqual([['Ann Vale', '', '']]);
    const titled = marked("Mexico's Foreign Secretary Marco Vale said it was wrong.", [['Marco Vale', 'PER']]);
    titled.entities!.unshift({ ...country, start: 0, end: 6, candidates: ['country:MX'] });
    expect(office(titled)).toEqual([['Marco Vale', 'Foreign Secretary', 'Mexico']]);
  });
});

describe('offices in faculties, former titles, and appositives with a second description (issue #5, round 19)', () => {
  const office = (doc: Document) => extractQuotes(doc).map((q) => [q.speaker.name, q.role ?? '', q.affiliation?.name ?? '']);

  it('takes the body after a faculty or department, not the faculty\'s field', () => {
    const text = 'Professor Greg Vale, Chair in Global Politics in the Faculty of Arts and Education at the Harbour University, said "The attacker was armed."';
    expect(office(marked(text, [['Greg Vale', 'PER']]))[0][2]).toBe('Harbour University');
  });

  it('gives an ex-office holder the office the appositive names with its body', () => {
    const text = 'Ex-Prime Minister Donald Vale, the current President of the Harbour Council, wrote "Let us all pray for him."';
    expect(office(marked(text, [['Donald Vale', 'PER']]))).toEqual([['Donald Vale', 'current President', 'Harbour Council']]);
  });

  it('reads an introduction\'s appositive up to "and someone who …"', () => {
    const text = 'But for Allen Vale, a research director at analyst firm Gartner and someone who has followed Yahoo for years, the future is bright. "It will grow," predicts Mr Vale.';
    expect(office(marked(text, [['Allen Vale', 'PER'], ['Mr Vale', 'PER']]))).toEqual([['Vale', 'research director', 'Gartner']]);
  });
});

describe('first names news often meets (issue #5, round 19)', () => {
  it('knows "Jonny" and "Andy" for "he", "Venus" and "Sania" for "she"', () => {
    const text = 'Coach Tom Hale said: "He is a natural leader." Jonny Vale, who has scored 800 points, kicked the winning goal. But he then missed the 2004 season. "It is an honour," he said.';
    expect(extractQuotes(marked(text, [['Tom Hale', 'PER'], ['Jonny Vale', 'PER']])).map((q) => q.speaker.name)).toEqual(['Tom Hale', 'Jonny Vale']);
    const she = 'Coach Ann Hale said: "She is a natural leader." Sania Vale, who has won 20 titles, won the final. But she then missed the 2004 season. "It is an honour," she said.';
    expect(extractQuotes(marked(she, [['Ann Hale', 'PER'], ['Sania Vale', 'PER']])).map((q) => q.speaker.name)).toEqual(['Ann Hale', 'Sania Vale']);
  });
});

describe('questions put, people shown, and a speaker who names the one before (issue #5, round 19)', () => {
  it('reads no statement in a cue inside "was asked if/whether …", keeps "Asked if …, Mr Blair said"', () => {
    expect(spans('Dr Fox was asked if he would say yes or no if Lord Archer applied to rejoin.')).toEqual([]);
    expect(spans('When asked whether he thought the country was well-governed, he replied: "Well, I think so."').map(([, cue]) => cue)).toEqual(['replied']);
    expect(spans('Asked if he would stand again, Mr Blair said he would serve a full term.')[0].slice(0, 2)).toEqual(['Mr Blair', 'said']);
  });

  it('gives a participle after "showed Mr X," to Mr X, and reads no statement in footage of a person; keeps "showed Mr X had …"', () => {
    const text = 'The documentary showed Mr Vale, apparently talking about the EU, telling the meeting: "The Germans are the big losers here."';
    expect(extractQuotes(marked(text, [['Mr Vale', 'PER']])).map((q) => [q.speaker.name, q.cue])).toEqual([['Vale', 'telling']]);
    const clause = 'An email showed Mr Vale had instructed a colleague to solicit a quote.';
    expect(extractQuotes(marked(clause, [['Mr Vale', 'PER']])).map((q) => q.cue)).toEqual(['showed']);
  });

  it('does not give "he" to the person the quotation speaks of by name', () => {
    const text = '"We need quality players," said David Hale. Meanwhile, Hale has rapped skipper Ian Vale for his comments. Vale hit back at the rivals. "I\'ve had more than a quiet word with Ian," he told the website.';
    expect(extractQuotes(marked(text, [['David Hale', 'PER'], ['Hale', 'PER', 2], ['Ian Vale', 'PER'], ['Vale', 'ORG', 2]])).map((q) => q.speaker.name))
      .toEqual(['David Hale', 'David Hale']);
    // (nor when that person spoke just before, of something: "Ian Vale spoke of his dislike …. “… with Ian,” he told")
    const spoke = text.replace('Vale hit back at the rivals', 'Ian Vale spoke of his dislike of the rivals');
    expect(extractQuotes(marked(spoke, [['David Hale', 'PER'], ['Hale', 'PER', 2], ['Ian Vale', 'PER'], ['Ian Vale', 'PER', 2]])).map((q) => q.speaker.name))
      .toEqual(['David Hale', 'Ian Vale', 'he']);
  });
});

describe('a nationality or an age for the person who spoke just before (issue #5, round 19)', () => {
  it('names "The Russian added" by the last speaker, a sentence or two on, whom a quotation naming another does not hide', () => {
    const text = 'Marat Vale said he was keeping calm. "If you go crazy against players like Ancic, you never come back," he said. "I am calmer." The Russian added that he was not worried by his ankle.';
    const doc = marked(text, [['Marat Vale', 'PER'], ['Ancic', 'PER']]);
    const at = text.indexOf('Russian');
    doc.entities!.push({ start: at, end: at + 7, label: 'MISC', origin: 'demonym' });
    expect(extractQuotes(doc).map((q) => q.speaker.name).at(-1)).toBe('Marat Vale');
  });

  it('keeps "the 25-year-old" unnamed after "the 28-year-old" named the last speaker (a guard)', () => {
    const age = 'Ann Lee, 28, won the final. "It is a dream," the 28-year-old said. "We go on," the 25-year-old said.';
    expect(extractQuotes(marked(age, [['Ann Lee', 'PER']])).map((q) => q.speaker.name)).toEqual(['Ann Lee', 'the 25-year-old']);
  });
});

describe('the firm a headline is about, and an organisation after a fronted phrase (issue #5, round 19)', () => {
  const who = (doc: Document) => extractQuotes(doc).map((q) => q.speaker.name);

  it('names "The company" by the headline\'s firm when several firms are named near it and that one among them', () => {
    const text = 'Acme sells rail stake to Spain\n\nShares in engineering group Acme have soared. The sale of the stake to Spain\'s Bolt for £146m is a lifeline to Acme. The company said it had agreed terms over its projects.';
    expect(who(marked(text, [['Acme', 'ORG'], ['Acme', 'ORG', 2], ['Bolt', 'ORG'], ['Acme', 'ORG', 3]]))).toEqual(['Acme']);
  });

  it('leaves "the company" unnamed when the headline\'s firm is not named near, or the headline opens with no firm (guards)', () => {
    const far = 'Acme Expo offers celebrities\n\nThe fair opened in May. There were panels from Bolt and from Corda. Asked about waste, the company said it had switched packaging.';
    expect(who(marked(far, [['Acme Expo', 'ORG'], ['Bolt', 'ORG'], ['Corda', 'ORG']]))).toEqual(['the company']);
    const verb = 'MPs tout Lords plan\n\nA group of MPs published a plan for the House of Lords. The group says it can win support.';
    expect(who(marked(verb, [['House of Lords', 'ORG']])).at(-1)).toBe('The group');
  });

  it('gives "it" the organisation after "At the Court of Appeal on Wednesday,", past a law the tagger took for a body', () => {
    const text = 'At the Court of Appeal on Wednesday, the Harbour Alliance failed to have the Hunting Act ruled invalid. But it says the ban cannot be enforced.';
    expect(who(marked(text, [['Court of Appeal', 'ORG'], ['Harbour Alliance', 'ORG'], ['Hunting Act', 'ORG']]))).toEqual(['Harbour Alliance']);
  });
});

describe('kin owned by a pronoun (issue #5, round 19)', () => {
  it('names "his daughter said" by "his daughter Nettie Vale" met before; leaves "His wife" with nobody so titled', () => {
    const text = 'The death was confirmed with his daughter Nettie Vale. Vale was a drummer. Although he lived abroad, his daughter said he died in Britain.';
    expect(extractQuotes(marked(text, [['Nettie Vale', 'PER'], ['Vale', 'PER', 2]])).map((q) => q.speaker.name)).toEqual(['Nettie Vale']);
    expect(extractQuotes(marked('Tom Hale was arrested. His wife said he was innocent.', [['Tom Hale', 'PER']])).map((q) => q.speaker.name)).toEqual(['His wife']);
  });
});

describe('a firm joined by "and" before its "\'s", an adverb before a participle, a described person linked by one name (issue #5, round 19)', () => {
  it('reads "added Ernst and Young\'s Sanjay Vale" as one firm\'s person, not two people', () => {
    const text = '"It could ignite interest," added Ernst and Young\'s Sanjay Vale.';
    const [q] = extractQuotes(marked(text, [['Ernst', 'PER'], ['Sanjay Vale', 'PER']]));
    expect([q.speaker.name, q.affiliation?.name]).toEqual(['Sanjay Vale', 'Ernst and Young']);
  });

  it('reads no statement in "Ideas already floated include …"', () => {
    expect(spans('Ideas already floated include raising tax thresholds.')).toEqual([]);
  });
});

describe('what someone "sees" as they receive it (issue #5, round 19)', () => {
  it('reads no view in "Actor Foxx sees Globe nominations", keeps "Ericsson sees earnings improve"', () => {
    expect(spans('Actor Jamie Vale sees Globe nominations for two films.')).toEqual([]);
    expect(spans('Acme sees earnings improve next year.')[0].slice(0, 2)).toEqual(['Acme', 'sees']);
  });
});

describe('deals past an amount, things found, an adjective opening a title, and "it" after a body\'s kind (issue #5, round 19)', () => {
  it('reads no statement in "agreed a $168m (£89m) settlement deal", "found space", "A search of the van found"', () => {
    expect(spans('Eighteen former directors have agreed a $168m (£89m) settlement deal in a lawsuit.')).toEqual([]);
    expect(spans('Soon afterwards, Jiri Vale found space in the area to head the ball goalwards.')).toEqual([]);
    expect(spans("A search of McArthur's van found an alleged murder weapon.")).toEqual([]);
    expect(spans('Lord Vale agreed the 1701 Act of Settlement, which governs the succession, was discriminatory.')[0][1]).toBe('agreed');
  });

  it('leaves "Injured" or "Banned" opening a title out of the organisation: "Injured Chelsea striker Didier Vale"', () => {
    const text = 'Injured Chelsea striker Didier Vale said he was fine.';
    const [q] = extractQuotes(marked(text, [['Chelsea', 'ORG'], ['Didier Vale', 'PER']]));
    expect([q.affiliation?.name, q.role]).toEqual(['Chelsea', 'striker']);
  });

  it('gives "it" the body a sentence opened on by its kind, not the one that spoke last; a firm\'s kind keeps the firm', () => {
    const text = 'In its report, the Law Commission said it had found wide support. But the Home Office said sentences would not change. The commission, an independent body, had been asked to consider reforms. But it said its proposals would not work.';
    expect(extractQuotes(marked(text, [['Law Commission', 'ORG'], ['Home Office', 'ORG']])).map((q) => q.speaker.name).at(-1)).toBe('Law Commission');
    const firm = 'Acme Corporation said the field was large. The firm has applied for an extension. It also said production was rising.';
    expect(extractQuotes(marked(firm, [['Acme Corporation', 'ORG']])).map((q) => q.speaker.name)).toEqual(['Acme Corporation', 'Acme Corporation']);
  });
});

describe('band offices and a nationality inside a capitalised title (issue #5, round 19)', () => {
  it('reads "Keane frontman Tom Vale" as the band\'s frontman, and "the outgoing European Commissioner" as a description', () => {
    const band = 'Keane frontman Tom Vale thanked fans. He added: "We had the guts to be ourselves."';
    const q = extractQuotes(marked(band, [['Keane', 'ORG'], ['Tom Vale', 'PER']])).at(-1)!;
    expect([q.speaker.name, q.role, q.affiliation?.name]).toEqual(['Tom Vale', 'frontman', 'Keane']);
    const title = 'Neil Vale has said reform is needed. But the outgoing European Commissioner said his comments needed context.';
    const doc = marked(title, [['Neil Vale', 'PER']]);
    const at = title.indexOf('European');
    doc.entities!.push({ start: at, end: at + 'European Commissioner'.length, label: 'MISC', origin: 'ner' });
    expect(extractQuotes(doc).map((q) => q.speaker.name)).toEqual(['Neil Vale', 'Neil Vale']);
  });
});

describe('"local" in an office, and "editor-in-chief" (issue #5, round 19)', () => {
  const office = (doc: Document) => extractQuotes(doc).map((q) => [q.speaker.name, q.role ?? '', q.affiliation?.name ?? '']);

  it('keeps "local" in "Conservative local government spokeswoman" and reads "editor-in-chief of … XXL"', () => {
    expect(office(marked('Conservative local government spokeswoman Ann Vale said: "There is growing evidence."', [['Ann Vale', 'PER']])))
      .toEqual([['Ann Vale', 'local government spokeswoman', 'Conservative']]);
    expect(office(marked('Elliott Vale, editor-in-chief of hip-hop magazine XXL, said the feud would help.', [['Elliott Vale', 'PER']])))
      .toEqual([['Elliott Vale', 'editor-in-chief', 'XXL']]);
  });
});

describe('a clause after the audience told, and an object gone from "talks about" (issue #5, round 19)', () => {
  it('reads the clause after "told Agence France-Presse", "told reporters", "told our correspondent"', () => {
    expect(spans('Ann Vale told Agence France-Presse arson has been used "as a weapon" by developers.')[0][2]).toBe('arson has been used "as a weapon" by developers');
    expect(spans('Ann Vale told reporters prices had risen.')[0][2]).toBe('prices had risen');
    expect(spans('Doug Vale told our correspondent an AIS transponder will broadcast automatically.')[0][2]).toBe('an AIS transponder will broadcast automatically');
  });

  it('reads no statement in "such as RIAA talks about in the notice", keeps "talks about the plan"', () => {
    expect(spans('There is no way to stop sharing of content such as RIAA talks about in the notice.')).toEqual([]);
    expect(spans('Lee talks about the plan in the notice.')[0][1]).toBe('talks');
  });
});

describe('a body whose name runs through a link, then a person word (issue #5, round 19)', () => {
  it('reads "A Department for Constitutional Affairs spokeswoman" as the body\'s spokeswoman, not "Department"', () => {
    const [q] = extractQuotes(marked('A Department for Constitutional Affairs spokeswoman said the judges agreed.', [['Constitutional Affairs', 'ORG']]));
    expect([q.speaker.name, q.role, q.affiliation?.name]).toEqual(['A Department for Constitutional Affairs spokeswoman', 'spokeswoman', 'Department for Constitutional Affairs']);
  });
});

describe('an introduction\'s body given again with the same office (issue #5, round 19)', () => {
  const office = (doc: Document) => extractQuotes(doc).map((q) => [q.speaker.name, q.role ?? '', q.affiliation?.name ?? '']);

  it('adds the body a later introduction with the same office gives ("Captain Jeremy Vale … Harbour captain Jeremy Vale")', () => {
    const text = 'Captain Jeremy Vale has named two replacements. Harbour captain Jeremy Vale paid tribute to the veteran. Later, Vale said: "It was a phenomenal career."';
    expect(office(marked(text, [['Jeremy Vale', 'PER'], ['Harbour', 'ORG'], ['Jeremy Vale', 'PER', 2], ['Vale', 'PER', 3]])).at(-1)).toEqual(['Jeremy Vale', 'Captain', 'Harbour']);
  });
});

describe('an organisation opening a capitalised title (issue #5, round 19)', () => {
  const office = (doc: Document) => extractQuotes(doc).map((q) => [q.speaker.name, q.role ?? '', q.affiliation?.name ?? '']);

  it('reads "Acme Chairman Bill Vale" as Acme\'s chairman; not "Lord Chief Justice", "Senate Minority Whip" or "US Attorney"', () => {
    expect(office(marked('Acme Chairman Bill Vale said the film did well.', [['Acme', 'ORG'], ['Bill Vale', 'PER']]))).toEqual([['Bill Vale', 'Chairman', 'Acme']]);
    expect(office(marked('Senate Minority Whip Dick Vale said the bill would fail.', [['Senate', 'ORG'], ['Dick Vale', 'PER']]))[0][2]).toBe('');
    expect(office(marked('US Attorney Ann Vale said the case would go ahead.', [['US', 'ORG'], ['Ann Vale', 'PER']]))[0][2]).toBe('');
  });
});

describe('the outlet that reported it after the speaker (issue #5, round 19)', () => {
  it('reads "said Russell Vale per ABC News" and "Russell Vale said per ABC News" as Vale\'s, the quotation before as the content', () => {
    expect(spans('"Stores have a view," said Russell Vale per ABC News.')).toEqual([['Russell Vale', 'said', 'Stores have a view']]);
    expect(spans('"Stores have a view," Russell Vale said per ABC News.')).toEqual([['Russell Vale', 'said', 'Stores have a view']]);
  });
});

describe('a speaker\'s own hedge (issue #5, round 19)', () => {
  it('reads "Yeah, I would say, four years?" as the labelled answer, not a quote of "I"', () => {
    const text = '((WN))  What was the timeline of this study?\n\n((Christian Vale))  Yeah, I would say, four years?\n\n((WN))  (Wow!)\n';
    expect(extractQuotes(marked(text, [['Christian Vale', 'PER']])).map((q) => [q.speaker.name, q.cue, q.text])).toContainEqual(['Christian Vale', '))', 'Yeah, I would say, four years?']);
    expect(spans('"I would say that the plan is sound," he said.')).toContainEqual(['he', 'said', 'I would say that the plan is sound']);
  });
});

describe('the subject of a cue coordinated after another verb (issue #5, round 20)', () => {
  it('reads "It made a loss … and said" as the firm\'s pronoun speaking, not "It seemed … and said"', () => {
    expect(spans('It made a loss in the first half and said total debts will increase.')).toEqual([['It', 'said', 'total debts will increase']]);
    expect(spans('It seemed likely and said nothing.')).toEqual([]);
  });

  it('reads a gerund clause after a coordinated "said" ("welcomed the plan and said putting …")', () => {
    expect(spans('Ann Vale welcomed the plan and said putting the squeeze on them would be key.').at(-1))
      .toEqual(['Ann Vale', 'said', 'putting the squeeze on them would be key']);
  });

  it('keeps a plural possessive in the subject ("Jaynes\' lawyer David Vale called … and said")', () => {
    expect(spans('Jaynes\' lawyer David Vale called the term "outrageous" and said his client was innocent.').at(-1))
      .toEqual(['Jaynes\' lawyer David Vale', 'said', 'his client was innocent']);
  });

  it('reads "points system" as a noun, "points out" as a cue', () => {
    expect(spans('Ann Vale backs higher fines and points system changes.')).toEqual([]);
    expect(spans('Ann Vale points out that fines rose.')[0][1]).toBe('points');
  });
});

describe('openers without their comma before the subject (issue #5, round 20)', () => {
  it('reads "Last month Acme\'s competition watchdog said": lower-case modifiers between a possessive and its head', () => {
    expect(spans('Last month Acme\'s competition watchdog said it would not oppose the purchase.')[0][0]).toBe('Acme\'s competition watchdog');
  });

  it('reads the subject after "Now", "But now" and ", and now"', () => {
    expect(spans('Now Canadian authorities have said the drug will be considered.')[0][0]).toBe('Canadian authorities');
    expect(spans('But now Canadian authorities have said the drug will be considered.')[0][0]).toBe('Canadian authorities');
    expect(spans('The move was criticised, and now the German regulator has said it found evidence.')[0][0]).toBe('the German regulator');
  });

  it('reads the subject after "Despite the demand" and "Over the weekend"', () => {
    expect(spans('Despite the demand Acme said it would not increase the stock.')[0].slice(0, 2)).toEqual(['Acme', 'said']);
    expect(spans('Over the weekend the ministry said it would act.')[0][0]).toBe('the ministry');
  });
});

describe('an opening name whose appositive lacks its closing comma (issue #5, round 20)', () => {
  it('reads "Mark Vale, from the … union said" and "Ann Vale, Plaid Cymru health spokeswoman said" whole', () => {
    expect(spans('Mark Vale, from the Public and Commercial Services union said there should be a strike.')[0][0])
      .toBe('Mark Vale, from the Public and Commercial Services union');
    expect(spans('Ann Vale, Plaid Cymru health spokeswoman said: "It is the same target."')[0][0]).toBe('Ann Vale, Plaid Cymru health spokeswoman');
  });

  it('leaves an opener that is no name alone ("In Leeds, the council said")', () => {
    expect(spans('In Leeds, the council said it would act.')[0][0]).toBe('the council');
  });
});

describe('a relative clause that goes on past a comma in the subject (issue #5, round 20)', () => {
  it('keeps ", in the …", ", before becoming …" and ", as well as …" inside the speaker\'s "who" clause', () => {
    expect(spans('Dr Vale, who was a GP in Leeds, in the Aire valley, before becoming an AM, said staff wanted a pause.')[0].slice(0, 2))
      .toEqual(['Dr Vale, who was a GP in Leeds, in the Aire valley, before becoming an AM', 'said']);
    expect(spans('Mr Vale, who was also involved with New Order, as well as the Happy Mondays, said he would not appear.')[0][0])
      .toBe('Mr Vale, who was also involved with New Order, as well as the Happy Mondays');
  });
});

describe('quantities of a group and ages in the subject (issue #5, round 20)', () => {
  it('reads "many of those interviewed" after an opener and "14% of people aged between 18 and 34" whole', () => {
    expect(spans('In the US many of those interviewed said they used the fixed phone.')[0][0]).toBe('many of those interviewed');
    expect(spans('14% of people aged between 18 and 34 said they never voted.')[0][0]).toBe('14% of people aged between 18 and 34');
  });

  it('reads "member states" as a noun, not a cue (guard: "one of" now joins the subject)', () => {
    expect(spans('Poland, one of the largest EU member states, rejected the law.').map((s) => s[1])).not.toContain('states');
  });
});

describe('acronyms spelled like function words (issue #5, round 20)', () => {
  it('reads "IS", "WHO" and "IT" as names, not the verb, pronoun or thing', () => {
    expect(spans('IS said it carried out the attack.')).toEqual([['IS', 'said', 'it carried out the attack']]);
    expect(spans('WHO director-general Tedros Vale said the name had to be easy to say.')[0][0]).toBe('WHO director-general Tedros Vale');
    expect(spans('IT firms said the plan works.')[0][0]).toBe('IT firms');
  });

  it('leaves a line in capitals as it was (guard)', () => {
    expect(spans('IT IS TIME, SAYS LEE')[0].slice(1)).toEqual(['SAYS', 'IT IS TIME']);
  });
});

describe('an opener\'s noun phrase before the name, "however", and an office with a "that" clause (issue #5, round 20)', () => {
  it('starts the speaker at the name after "With the acquisition" and "After the ruling"', () => {
    expect(spans('With the acquisition Acme said it seeks to improve its coverage.')[0][0]).toBe('Acme');
    expect(spans('After the ruling Carla Vale, legal director of the group Redress, said: "It is not enough."')[0][0])
      .toBe('Carla Vale, legal director of the group Redress');
  });

  it('reads the subject after a lower-case "however" with no comma', () => {
    expect(spans('We contacted Sergey, one of the maintainers, however Sergey said he would not comment.').at(-1)?.slice(0, 2)).toEqual(['Sergey', 'said']);
  });

  it('keeps "that monitored the trial" inside an office appositive', () => {
    expect(spans('Professor Jean Vale, Director General of the institute that monitored the trial, said, "We will no longer say that."')[0][0])
      .toBe('Professor Jean Vale, Director General of the institute that monitored the trial');
  });
});

describe('the closing mark of a quotation inside reported content (issue #5, round 20)', () => {
  it('keeps the closing mark with the words it closes ("the plan was \\"dead\\"")', () => {
    expect(spans('Ann Vale said the plan was "dead".')[0][2]).toBe('the plan was "dead"');
    expect(spans('Ann Vale said there were "grey areas" in the deal.')[0][2]).toBe('there were "grey areas" in the deal');
  });
});

describe('a trailing subject with "have", an "as reported by" insert, a lead named in the sentence after (issue #5, round 20)', () => {
  it('reads "…, investigators have said." as the investigators\' words', () => {
    expect(spans('The plane was not airworthy, investigators have said.')).toEqual([['investigators', 'said', 'The plane was not airworthy']]);
  });

  it('skips ", as reported by …," and "— as reported by … —" between the cue and the quotation', () => {
    expect(spans('President Vale said — as reported by the Daily News — "The site will no longer be a museum."')[0][2]).toBe('The site will no longer be a museum.');
    expect(spans('President Vale said, as reported by the Daily News, "The site will no longer be a museum."')[0][2]).toBe('The site will no longer be a museum.');
  });

  it('names a lead\'s description after the one person the next sentence names, whom the headline named', () => {
    const text = 'Vale details wave toll\n\nAt least three people died in the disaster, the first minister has told MSPs.\n\nThe figures came out during a statement by Jack Vale to the parliament on Wednesday.';
    const [q] = extractQuotes(marked(text, [['Vale', 'PER'], ['Jack Vale', 'PER']]));
    expect([q.speaker.name, q.role]).toEqual(['Jack Vale', 'first minister']);
  });
});

describe('"claimed" with a bare clause, and participles before a subject\'s noun (issue #5, round 20)', () => {
  it('reads a clause after "claimed" opened by "the US", a name\'s possessive, "a Tory government" or a bare plural', () => {
    expect(spans('He claimed the US was the only country with independent scientists.')[0][2]).toBe('the US was the only country with independent scientists');
    expect(spans('Mr Vale claimed Tony Blair\'s intervention in the row was "an attempt to reassure voters".')[0][2])
      .toBe('Tony Blair\'s intervention in the row was "an attempt to reassure voters"');
    expect(spans('Tony Vale claimed a Tory government would cut spending.')[0][2]).toBe('a Tory government would cut spending');
    expect(spans('The couple claimed staff took photographs of them.')[0][2]).toBe('staff took photographs of them');
  });

  it('leaves lives, awards, titles and responsibility claimed alone (guard)', () => {
    for (const text of ['The attack claimed the lives of 12 people.', 'Jake Vale claimed the coaching award while his side held off France.',
      'Willowfield claimed their first men\'s team title in 72 years.', 'The group claimed responsibility for the attack.']) expect(spans(text)).toEqual([]);
  });

  it('reads "leading economists" as the subject of a trailing cue', () => {
    expect(spans('The deal will fail, leading economists have warned.')).toEqual([['leading economists', 'warned', 'The deal will fail']]);
  });
});

describe('a trailing "claimed" with a place or time after it (issue #5, round 20)', () => {
  it('reads "…, Tory leader Michael Vale has claimed in a heated debate." as the content before', () => {
    expect(spans('The feud is damaging the government, Tory leader Michael Vale has claimed in a heated debate.'))
      .toEqual([['Tory leader Michael Vale', 'claimed', 'The feud is damaging the government']]);
  });
});

describe('infinitives and passive participles inside a speaker phrase (issue #5, round 20)', () => {
  it('keeps "to be elected" and "being held without trial" inside the subject', () => {
    const [q] = quotes('Sarah Vale, the most recent female MP to be elected, told researchers: "It is like an old boys club."');
    expect([q.speaker.name, q.role]).toEqual(['Sarah Vale', 'recent female MP']);
    expect(spans('On Monday, the legal team for two suspects being held without trial told a court the men did not want bail.')[0][0])
      .toBe('the legal team for two suspects being held without trial');
  });
});

describe('results reported, a show on a date, a fact known of, an adjective before a name (issue #5, round 20)', () => {
  it('reads "have reported falling profits" as results announced, no statement; "reported profits fell" stays', () => {
    expect(spans('Acme and Bcme, two of the largest brewers, have reported falling profits after sales fell flat.')).toEqual([]);
    expect(spans('The firm reported profits fell 10% in the year.')[0][2]).toBe('profits fell 10% in the year');
  });

  it('keeps the firm that reported results as the one a later "it" is', () => {
    const qs = extractQuotes(marked('Diageo reported an annual turnover of £8.89bn. It blamed the weak dollar for the fall.', [['Diageo', 'ORG']]));
    expect(qs.map((q) => [q.cue, q.speaker.name])).toEqual([['blamed', 'Diageo']]);
  });

  it('reads "the original 22 February show" as a noun and "knew of his new address" as no statement', () => {
    expect(spans('Fans who bought tickets for the original 22 February show can attend the rescheduled concert.')).toEqual([]);
    expect(spans('Figures for February show a rise in sales.')[0][1]).toBe('show');
    expect(spans('Police said Manson knew of his new address.').map((s) => s[1])).toEqual(['said']);
  });

  it('names "the Liverpool player" after "The versatile Finnan" opening the sentence before', () => {
    const text = 'Steve Vale believes Ireland can qualify. The versatile Vale, who starred against the French, is confident. "There is a chance," said the Liverpool player.';
    // (the surname linked to the person, as the resolve layer does)
    const r = { actors: [{ id: 'a1', name: 'Steve Vale', kind: 'person', aliases: ['Vale'] }], links: [{ mention: 0, actorId: 'a1' }, { mention: 2, actorId: 'a1' }] };
    const d = { ...marked(text, [['Steve Vale', 'PER'], ['Vale', 'PER', 2], ['Ireland', 'LOC'], ['Liverpool', 'LOC']]), resolution: r } as unknown as Document;
    expect(extractQuotes(d).at(-1)?.speaker.name).toBe('Steve Vale');
  });
});

describe('an outlet told, then a clause opened by two bare nouns; a long relative after an "According to" source (issue #5, round 20)', () => {
  it('reads "told The Jakarta Post radio broadcasts were being used" with the paper as the outlet', () => {
    const [q] = quotes('Baslan Vale on Tuesday told The Jakarta Post radio broadcasts were being used to alert other traffic.');
    expect([q.conduit, q.text]).toEqual(['Jakarta Post', 'radio broadcasts were being used to alert other traffic']);
  });

  it('leaves "told the Guardian newspaper there would be" and "told Bloomberg in late May" as they were (guard)', () => {
    expect(quotes('Ms Vale told the Guardian newspaper there would be no "Las Vegas-style" super-casinos.')[0].text).not.toMatch(/^newspaper/);
    expect(quotes('"Elections are a choice," Chris Vale told Bloomberg in late May.')[0].text).toBe('Elections are a choice');
  });

  it('starts the content after a long "who" clause of an opening "According to" source', () => {
    const text = 'According to Professor Sergey Vale, who is both co-chairman of the organizing committee and head of the academic department of operative surgery and topographic anatomy of the university, in Europe it is not customary to teach manual skills.';
    expect(quotes(text)[0].text).toBe('in Europe it is not customary to teach manual skills');
  });
});

describe('a work before a creator or star is no affiliation (issue #5, round 20)', () => {
  it('reads "Spider-Man creator Stan Vale" with the work in the role, keeps "Acme founder Bill Vale" and a club', () => {
    const office = (doc: Document) => extractQuotes(doc).map((q) => [q.speaker.name, q.role ?? '', q.affiliation?.name ?? '']);
    expect(office(marked('Spider-Man creator Stan Vale said the film was great.', [['Spider-Man', 'PER'], ['Stan Vale', 'PER']])))
      .toEqual([['Stan Vale', 'Spider-Man creator', '']]);
    expect(office(marked('Acme founder Bill Vale said the plan works.', [['Acme', 'ORG'], ['Bill Vale', 'PER']]))).toEqual([['Bill Vale', 'founder', 'Acme']]);
    expect(office(marked('Barcelona star Ron Vale admitted he was tired.', [['Barcelona', 'LOC'], ['Ron Vale', 'PER']]))[0][2]).toBe('Barcelona');
  });
});

describe('modifiers before a firm\'s noun and its name in a coordinated cue\'s subject (issue #5, round 20)', () => {
  it('reads "China\'s state-owned investment giant Acme runs … and says" as Acme\'s', () => {
    expect(spans('China\'s state-owned investment giant Acme runs an oil field and an asphalt factory in Kazakhstan and says it has set up a fund.').at(-1))
      .toEqual(['China\'s state-owned investment giant Acme', 'says', 'it has set up a fund']);
  });
});

describe('appositives in dashes (issue #5, round 20)', () => {
  it('names the person in dashes after a description ("Another player - Jimmy Vale - has admitted")', () => {
    const [q] = extractQuotes(marked('Another player - Jimmy Vale - has admitted missing lessons.', [['Jimmy Vale', 'PER']]));
    expect([q.speaker.name, q.role]).toEqual(['Jimmy Vale', 'player']);
  });

  it('ends a role at a dash before a description of the body ("chief executive of Acme - a peer to peer service")', () => {
    const [q] = quotes('Paul Vale, chief executive of Acme - a peer to peer service which provides paid-for music downloads - believes it is time to act.');
    expect(q.role).toBe('chief executive');
  });
});

describe('bids, things added to a collection, going on, and the audience after "added" (issue #5, round 20)', () => {
  it('reads "offered to buy the remaining shares", "added Pacific Assault to its PC catalogue" and "continues breakneck growth" as no statements', () => {
    expect(spans('Novartis bought a stake. It offered to buy the remaining shares for $31 each.')).toEqual([]);
    expect(spans('Electronic Arts added Pacific Assault to its PC catalogue.')).toEqual([]);
    expect(spans('China continues breakneck growth')).toEqual([]);
  });

  it('keeps "continued his attack on", a quotation "he continued" and "added that" (guard)', () => {
    expect(spans('Lee continued his attack on the plan.')[0][1]).toBe('continued');
    expect(spans('"We will win," he continued.')[0][2]).toBe('We will win');
    expect(spans('Lee added that the plan was sound.')[0][2]).toBe('the plan was sound');
  });

  it('reads the audience after a trailing "added to" as no content ("“…,” Lee added to reporters.")', () => {
    expect(spans('"It was fine," Lee added to reporters.')).toEqual([['Lee', 'added', 'It was fine']]);
  });
});

describe('two titles of one person joined by "and" (issue #5, round 20)', () => {
  it('reads "Acme President and CEO Andy Vale" as one person with the firm, not two people', () => {
    const [q] = extractQuotes(marked('Acme President and CEO Andy Vale said the firm was working.', [['Acme', 'ORG'], ['Andy Vale', 'PER']]));
    expect([q.speaker.name, q.affiliation?.name]).toEqual(['Andy Vale', 'Acme']);
  });
});

describe('"the Reverend" before a name (issue #5, round 20)', () => {
  it('reads "said the Reverend Adrian Vale" as Adrian Vale', () => {
    expect(quotes('"Jonesboro is a wonderful city," said the Reverend Adrian Vale.')[0].speaker.name).toBe('Adrian Vale');
  });
});

describe('a setting closed by a comma, and openers like "Regarding …" (issue #5, round 21)', () => {
  it('reads the clause after "said in a statement," and "said on Saturday," as the content', () => {
    expect(spans('The hospital said in a statement, Vale would be undergoing tests.')).toEqual([['The hospital', 'said', 'Vale would be undergoing tests']]);
    expect(spans('Local officials said on Saturday, about 20 buildings collapsed.')).toEqual([['Local officials', 'said', 'about 20 buildings collapsed']]);
  });

  it('keeps the setting when a clause of its own comes before the comma (guard)', () => {
    const text = 'While Vale did not say in the debate whether he supports changes, one nominee proposed a plan.';
    expect(quotes(text).find((q) => q.cue === 'did not say')?.text).toBe('in the debate whether he supports changes');
  });

  it('reads "Regarding the call," and "…, including …," as openers, not the speaker', () => {
    expect(spans('Regarding the call, prosecutor Ann Vale said via Twitter: "It is bribery."')).toEqual([['prosecutor Ann Vale', 'said', 'It is bribery.']]);
    expect(spans('And after the games, including a rout of France, Vale believes the tour will be hard.')[0][0]).toBe('Vale');
  });

  it('reads a name right before "who" as the antecedent of the relative pronoun ("including actor Tom Vale who said")', () => {
    const q = quotes('Three people have refused Oscars, including actor Tom Vale who said the whole thing was "demeaning".').find((x) => x.cue === 'said');
    expect([q?.speaker.name, q?.role]).toEqual(['Tom Vale', 'actor']);
  });
});

describe('a deed coordinated after the content (issue #5, round 21)', () => {
  it('ends the content before "and" with a past form after an object with no verb of its own', () => {
    expect(spans('At the rally, Vale declared himself "immune" and offered to kiss members of the crowd.')[0]).toEqual(['Vale', 'declared', 'himself "immune"']);
  });

  it('ends the content before ", and" with a past form after a clause in the present or future tense', () => {
    expect(spans('The premier insisted Mr Vale will have a key role, and praised his handling of the economy.')[0][2]).toBe('Mr Vale will have a key role');
  });

  it('keeps "and" with a past form inside a clause in the past or perfect (guards)', () => {
    expect(spans('Lee claimed Russia imposed the tax bill and forced the sale of the firm.')[0][2]).toBe('Russia imposed the tax bill and forced the sale of the firm');
    expect(spans('Lee told reporters that Vale has always been in favour of ID cards, and tried to introduce them.')[0][2]).toBe(
      'Vale has always been in favour of ID cards, and tried to introduce them');
  });
});

describe('the firm and the person a news lead speaks of (issue #5, round 21)', () => {
  it('names "the firm" after "Shares in X have jumped", whatever the tagger called X, by the short name the headline gives', () => {
    const text = 'Acme shares up on oil find\n\nShares in Acme Energy have jumped 6% after the firm said an oilfield was larger than thought.';
    const energy = text.indexOf('Acme Energy');
    const tagged = (label: 'ORG' | 'MISC'): Document => {
      const doc = marked(text, [['Acme', 'ORG']]);
      return { ...doc, entities: [...doc.entities!, { start: energy, end: energy + 'Acme Energy'.length, label, origin: 'ner' }] };
    };
    expect(extractQuotes(tagged('ORG'))[0].speaker.name).toBe('Acme');
    expect(extractQuotes(tagged('MISC'))[0].speaker.name).toBe('Acme');
  });

  it('names a lead\'s office after the name opening the next sentence before a quoted verb ("Tom Vale “totally condemned” …")', () => {
    const text = 'Watchdog probes deletions\n\nThe information commissioner says he is asking for details of the orders.\n\nTom Vale "totally condemned" the deletion of e-mails.';
    const [q] = extractQuotes(marked(text, [['Tom Vale', 'PER']]));
    expect([q.speaker.name, q.role]).toEqual(['Tom Vale', 'information commissioner']);
  });

  it('names another voice opening the lead after the full name opening the next sentence ("The UK\'s top judge has revealed …. Tom Vale said")', () => {
    const text = 'Top judge clashes with ministers\n\nThe UK\'s top judge has revealed he has clashed with ministers.\n\nTom Vale said he was determined to keep his veto.';
    const [q] = extractQuotes(marked(text, [['Tom Vale', 'PER'], ['UK', 'LOC']]));
    expect(q.speaker.name).toBe('Tom Vale');
  });
});

describe('two teams or places before one office, and rugby and cricket positions (issue #5, round 21)', () => {
  it('reads "Ireland and Munster lock Paul Vale" as one person with both bodies and the office', () => {
    const [q] = quotes('Ireland and Munster lock Paul Vale has dismissed reports of a move.');
    expect([q.speaker.name, q.affiliation?.name, q.role]).toEqual(['Paul Vale', 'Ireland and Munster', 'lock']);
  });

  it('keeps two people, and two bodies, as a group (guards)', () => {
    expect(quotes('German Chancellor Tom Vale and French President Ann Hart said the plan was good.')[0].speaker.actorId).toBeUndefined();
    expect(quotes('Britain and France said the plan was good.')[0].speaker.name).toBe('Britain and France');
  });
});

describe('what a document released "said" in a relative clause (issue #5, round 21)', () => {
  it('reads the quotation after "released a statement which said," and "which read, in part," as the content', () => {
    expect(spans('The commission released a statement which said, "The site must stay a museum."')).toEqual([
      ['The commission', 'released', 'The site must stay a museum.'],
    ]);
    expect(spans('Acme released a statement which read, in part, "This ruling raises questions."')[0][2]).toBe('This ruling raises questions.');
  });
});

describe('a name with its exclamation mark (issue #5, round 21)', () => {
  it('reads "OutRage!" and "Kerrang!" as names, not the end of the speaker phrase', () => {
    expect(spans('Brett Vale of gay group OutRage! said the deal was weak.')).toEqual([['Brett Vale of gay group OutRage!', 'said', 'the deal was weak']]);
    const [q] = quotes('"It is amazing," said Kerrang! editor Ann Vale.');
    expect([q.speaker.name, q.affiliation?.name, q.role]).toEqual(['Ann Vale', 'Kerrang!', 'editor']);
  });

  it('keeps an exclamation mark before a capitalised word as a sentence end (guard)', () => {
    expect(spans('We won! Lee said the team had played well.')).toEqual([['Lee', 'said', 'the team had played well']]);
  });
});

describe('"on a … note", and a "that" clause after an "according to" insert (issue #5, round 21)', () => {
  it('reads "On a more serious note," as no speaker and cue, but "Analysts note that" as one (guard)', () => {
    expect(spans('On a more serious note, it was a game that confirmed the importance of Vale.')).toEqual([]);
    expect(spans('Analysts note that the plan would work.')).toEqual([['Analysts', 'note', 'the plan would work']]);
  });

  it('reads the clause after "there was evidence, according to Acme, that" as the content', () => {
    expect(spans('There was evidence, according to Acme, that some markets were slowing.')).toEqual([['Acme', 'according to', 'some markets were slowing']]);
  });
});

describe('a gerund\'s phrase between a name and its cue (issue #5, round 21)', () => {
  it('reads "Assembly president Tom Vale in relaying the news to parliament said, “…”" as Tom Vale\'s words', () => {
    expect(quotes('Assembly president Tom Vale in relaying the news to parliament said, "Chirac is part of our history".')[0].speaker.name).toBe('Tom Vale');
  });

  it('reads no insert after a clause or a gerund without its object (guards)', () => {
    expect(spans('The duo withdrew from the Olympics after missing a test but claimed they had crashed.')[0][0]).toBe('The duo');
    expect(spans('Some in podcasting worry the trend will fade.')[0][0]).toBe('Some in podcasting');
  });
});

describe('the headline\'s title for its subject (issue #5, round 21)', () => {
  it('names "The chancellor" after the person who spoke when the headline alone used the title before', () => {
    const text = 'Chancellor rallies voters\n\nTom Vale has issued a rallying cry to supporters.\n\nThe chancellor said the poll would give a clear choice.';
    const q = extractQuotes(marked(text, [['Tom Vale', 'PER']])).find((x) => x.cue === 'said');
    expect([q?.speaker.name, q?.role]).toEqual(['Tom Vale', 'chancellor']);
  });
});

describe('"state media" and a participle of speaking after a name (issue #5, round 21)', () => {
  it('reads "state media" as a speaker phrase, before or after the content, not "state" as the cue', () => {
    expect(spans('The curbs will continue into 2005, state media report.')).toEqual([['state media', 'report', 'The curbs will continue into 2005']]);
    expect(spans('State media said the plan would work.')).toEqual([['State media', 'said', 'the plan would work']]);
  });

  it('leaves "speaking to the … think tank" out of the speaker before the cue', () => {
    const [q] = quotes('On Tuesday, Greek prime minister Tom Vale speaking to the Atlantic Council think tank called the deal "null and void".');
    expect([q.speaker.name, q.role]).toEqual(['Tom Vale', 'prime minister']);
  });
});

describe('a time and its comma after "reported", and documents named by their author (issue #5, round 21)', () => {
  it('reads the clause after "reported Thursday," as the content', () => {
    expect(spans('Al Jazeera reported Thursday, the army had withdrawn.')[0][2]).toBe('the army had withdrawn');
  });

  it('names the author of "a memo posted online by Senator Tom Vale" and of "Acme\'s DMCA notice"', () => {
    expect(quotes('A memo posted online by Senator Tom Vale said the plan was illegal.')[0].speaker.name).toBe('Tom Vale');
    expect(quotes("Acme's DMCA notice said the software was illegal.")[0].speaker.name).toBe('Acme');
  });
});

describe('an object cue, a short object and a colon before the quotation (issue #5, round 21)', () => {
  it('reads the quotation after "opposed Macron\'s statement:" and "praised the film director:" as the content', () => {
    expect(spans('President Tom Vale opposed Macron\'s statement: "The suggestion evokes a colonialist mentality."')[0]).toEqual([
      'President Tom Vale', 'opposed', 'The suggestion evokes a colonialist mentality.',
    ]);
    expect(spans('He praised the film director: "Thank you for taking a chance."')[0][2]).toBe('Thank you for taking a chance.');
  });
});

describe('names opening a sentence inside a quotation (issue #5, round 21)', () => {
  it('gives "He" the speaker of the quotation before, not the people his quotation opens a sentence with', () => {
    const text = 'Tom Vale will leave. "It is too early to say," Mr Vale told AP. "I have offers. Brian and Seamus are in the same position." He said he had received 40 offers.';
    const q = extractQuotes(marked(text, [['Tom Vale', 'PER'], ['Vale', 'PER', 2], ['Brian', 'PER'], ['Seamus', 'PER']])).at(-1);
    expect(q?.speaker.name).toBe('Vale');
  });
});

describe('a recall (issue #5, round 21)', () => {
  it('reads "is calling back 17,815 cars" as no statement, "called for" as one (guard)', () => {
    expect(spans('The car giant is calling back 17,815 cars to fix a fault.')).toEqual([]);
    expect(spans('The union called for a strike.')[0][1]).toBe('called');
  });
});

describe('"Kim" is a first name of either gender (issue #5, round 21)', () => {
  it('gives "she" the one person named just before, Kim Vale', () => {
    const text = 'Kim Vale has pulled out of the Open. "I am sad," she said.';
    expect(extractQuotes(marked(text, [['Kim Vale', 'PER']]))[0].speaker.name).toBe('Kim Vale');
  });
});

describe('a firm described with modifiers of its trade (issue #5, round 21)', () => {
  it('names "The telecoms giant" after the firm that spoke, but not "The French firm" after another (guard)', () => {
    const text = 'Acme said profits rose. The telecoms giant said it would hire staff.';
    expect(extractQuotes(marked(text, [['Acme', 'ORG']])).at(-1)?.speaker.name).toBe('Acme');
    const other = 'Acme said profits rose. The French firm said it would hire staff.';
    expect(extractQuotes(marked(other, [['Acme', 'ORG']])).at(-1)?.speaker.name).toBe('The French firm');
  });
});

describe('a past time clause after an object cue\'s content (issue #5, round 21)', () => {
  it('ends "promised to reduce unemployment" before "when he was elected two years ago"', () => {
    expect(spans('President Tom Vale promised to reduce unemployment when he was elected two years ago.')[0][2]).toBe('reduce unemployment');
  });

  it('keeps a present one and "as long as" (guards)', () => {
    expect(spans('Lee urged voters to back him when they go to the polls.')[0][2]).toBe('voters to back him when they go to the polls');
    expect(spans('The court considers allowing cameras as long as they were used for education.')[0][2]).toContain('as long as they were used');
  });
});

describe('a contrast with a described subject after an object cue\'s content (issue #5, round 21)', () => {
  it('ends "called Trump a “national embarrassment”" before ", while the communications director …, Tom Vale, declared …"', () => {
    const text = 'Lee called Hart a "national embarrassment" for his performance, while the communications director for the campaign, Tom Vale, declared victory.';
    expect(spans(text)[0][2]).toBe('Hart a "national embarrassment" for his performance');
  });

  it('keeps ", while the polls are open" (guard)', () => {
    expect(spans('Lee urged voters to stay home, while the polls are open.')[0][2]).toBe('voters to stay home, while the polls are open');
  });
});

describe('"it" for a body named before (issue #5, round 22)', () => {
  const speakers = (doc: Document) => extractQuotes(doc).map((q) => q.speaker.name);

  it('takes a name the entity layer tagged as an organisation that spoke last: "Downing Street said …. It said"', () => {
    const text = 'Downing Street said she was speaking as a lawyer. It said she was not expressing opinions.';
    expect(speakers(marked(text, [['Downing Street', 'ORG']]))).toEqual(['Downing Street', 'Downing Street']);
  });

  it('not past another organisation named since: "Atticus Capital wants …. And TCI … has made a request. It has also demanded" (guard)', () => {
    const text = 'Atticus Capital wants the exchange to buy back shares. And TCI, which holds 5%, has made a request for a meeting. ' +
      'It has also demanded that shareholders be consulted.';
    expect(speakers(marked(text, [['Atticus Capital', 'ORG'], ['TCI', 'ORG']])).at(-1)).not.toBe('Atticus Capital');
  });

  it('takes the one firm introduced in the sentence before: "Revenues at media group Reuters slipped 11%. It said …"', () => {
    const text = 'Revenues at media group Reuters slipped 11% last year. It said the decline had slowed.';
    expect(speakers(marked(text, [['Reuters', 'ORG']]))).toEqual(['Reuters']);
  });

  it('not a name modifying a noun: "the Kok report doesn\'t …. For example, it recommends" (guard)', () => {
    const text = 'Some analysts believe that the Kok report doesn\'t come up with new policies. For example, it recommends putting in place policies.';
    expect(speakers(marked(text, [['Kok', 'ORG', 2]])).at(-1)).toBe('it');
  });

  it('takes the speaker mentioned last, not the one first met last: "The report said …. Nigel Roberts said …. The report said …. It also called"', () => {
    const text = 'The report said jobs were lost. "Closures are a key factor," said Nigel Roberts. The report said more would be poor. ' +
      'It also called on the authority to revive its reforms.';
    expect(speakers(marked(text, [['Nigel Roberts', 'PER']])).at(-1)).toBe('The report');
  });

  it('takes a study of "A study in 2000, which was commissioned by the executive, found"', () => {
    const text = 'A study in 2000, which was commissioned by the executive, found that the line could cover its costs. It also found that a railway could be reinstated.';
    expect(speakers(marked(text, []))).toEqual(['A study in 2000', 'A study in 2000']);
  });

  it('gives no document for "they": "A survey found …. They said"', () => {
    const text = 'A survey found that shoppers liked the tags. They said that the technology could cut theft.';
    expect(speakers(marked(text, [])).at(-1)).toBe('They');
  });
});

describe('nouns that look like cues, and the writer\'s gloss (issue #5, round 22)', () => {
  it('reads no stance in "News of their album plans comes after …"', () => {
    expect(spans('News of their album plans comes after confirmation the band will play.')).toEqual([]);
  });

  it('reads no statement in a reduced relative with "for": "The big trend predicted for this year is …"', () => {
    expect(spans('The big trend predicted for this year is the convergence of computers.')).toEqual([]);
  });

  it('ends an object cue\'s content before ", a move which …"', () => {
    expect(spans('The creditors had threatened to delist the company, a move which would have forced it into bankruptcy.')[0][2]).toBe('delist the company');
  });

  it('keeps ", a move" without a relative, and "predicted for 2005 that" (guards)', () => {
    expect(spans('The union threatened to strike, a move unions rarely make.')[0][2]).toBe('strike, a move unions rarely make');
    expect(spans('Analysts predicted for 2005 that growth would slow.')[0][1]).toBe('predicted');
  });
});

describe('names and offices in speaker phrases (issue #5, round 22)', () => {
  it('keeps "U.S." opening an organisation\'s name: "the U.S. Geological Survey has said"', () => {
    const text = 'Since then, the U.S. Geological Survey has said the earthquakes may continue.';
    expect(extractQuotes(marked(text, [['U.S. Geological Survey', 'ORG']]))[0].speaker.name).toBe('U.S. Geological Survey');
  });

  it('reads a chamber\'s title before a name in commas as the name\'s office: "The Senate Minority Leader, Chuck Vale, said"', () => {
    const q = extractQuotes(marked('The Senate Minority Leader, Chuck Vale, said on Friday "We made a plea."', [['Chuck Vale', 'PER']]))[0];
    expect([q.speaker.name, q.role]).toEqual(['Chuck Vale', 'Senate Minority Leader']);
  });

  it('gives a document no office: "according to a statement posted to his official Twitter account"', () => {
    const q = quotes('Vale died at home according to a statement posted to his official Twitter account.')[0];
    expect([q.speaker.name, q.role]).toEqual(['a statement posted to his official Twitter account', undefined]);
  });
});

describe('a time phrase after the cue (issue #5, round 22)', () => {
  it('reads no content in "tweeted after hearing the news." and "tweeted after the game."', () => {
    expect(spans('Lee tweeted after hearing the news.')).toEqual([]);
    expect(spans('Lee tweeted after the game.')).toEqual([]);
  });

  it('reads the clause after "said after the convention"', () => {
    expect(spans('Lee said after the convention he would not accept the endorsement.')[0][2]).toBe('he would not accept the endorsement');
  });

  it('reads the clause after "said before the vote that"', () => {
    expect(spans('Lee said before the vote that taxes would rise.')[0][2]).toBe('taxes would rise');
  });

  it('keeps "have not said when they would …" (guard)', () => {
    expect(spans('Lawmakers have not said when they would take up the bill.')[0][2]).toBe('when they would take up the bill');
  });
});

describe('a firm its appositive calls one (issue #5, round 22)', () => {
  it('names "The firm" after "Metrovias, the private firm which runs the tube lines, has offered …", whatever the tagger called it', () => {
    const text = 'Metrovias, the private firm which runs the tube lines, has offered a rise. The firm promised no jobs would be lost.';
    expect(extractQuotes(marked(text, [['Metrovias', 'PER']])).at(-1)?.speaker.name).toBe('Metrovias');
  });

  it('not after ", the firm\'s" or a person\'s appositive (guard)', () => {
    const text = 'Ann Vale, the firm\'s founder, has offered a rise. The firm promised no jobs would be lost.';
    expect(extractQuotes(marked(text, [['Ann Vale', 'PER']])).at(-1)?.speaker.name).toBe('The firm');
  });
});

describe('the writer\'s clause after a dash, and a pronoun\'s own cue (issue #5, round 22)', () => {
  it('ends the content before "- and rumours persist that …" and "- but managing director Ann Vale has called it …"', () => {
    expect(spans('Last season Lee described the league as the "be all and end all" - and rumours persist that he will leave.')[0][2])
      .toBe('the league as the "be all and end all"');
    expect(spans('Birmingham confirmed Blackburn made a bid for Tom Hart - but managing director Ann Vale has called it derisory.')[0][2])
      .toBe('Blackburn made a bid for Tom Hart');
  });

  it('keeps a dash insert, "- and that …", "- and not only because …" and a pronoun\'s clause (guards)', () => {
    expect(spans('Lee said Marsh - the biggest broker - and other firms had fixed bids.')[0][2]).toBe('Marsh - the biggest broker - and other firms had fixed bids');
    expect(spans('Lee said there would be a lot of India in the film - and that a train would play a big role.')[0][2])
      .toBe('there would be a lot of India in the film - and that a train would play a big role');
    expect(spans('Lee says Scott deserves the right of first refusal - and not only because his appointment would make history.')[0][2])
      .toBe('Scott deserves the right of first refusal - and not only because his appointment would make history');
    expect(spans('The fund said the projects are complex - and it was confident the money would be spent.')[0][2])
      .toBe('the projects are complex - and it was confident the money would be spent');
  });

  it('ends the content before "and he also cautioned …", not before "and he supported them now"', () => {
    const text = 'Mr Martin revealed some MPs had been using their phones during debates and he also cautioned members against earpieces.';
    expect(spans(text).map((x) => x[2])).toEqual(['some MPs had been using their phones during debates', 'members against earpieces']);
    expect(spans('Mr Clarke said he had backed the plans in Cabinet and he supported them now.')[0][2]).toBe('he had backed the plans in Cabinet and he supported them now');
  });
});

describe('where the words were reported is no part of the office (issue #5, round 22)', () => {
  it('reads "an official from the Beijing Commission quoted in the state-run China Daily newspaper" as an official', () => {
    const text = '"The prices are unreasonable," said Wang Vale, an official from the Beijing Commission quoted in the state-run China Daily newspaper.';
    const q = extractQuotes(marked(text, [['Wang Vale', 'PER'], ['Beijing Commission', 'ORG'], ['China Daily', 'ORG']]))[0];
    expect([q.speaker.name, q.affiliation?.name, q.role]).toEqual(['Wang Vale', 'Beijing Commission', 'official']);
  });

  it('keeps "many of those interviewed" (guard)', () => {
    expect(spans('In the survey many of those interviewed said they used the fixed phone.')[0][0]).toBe('many of those interviewed');
  });
});

describe('a deed with a modified object and a relative clause with its own cue (issue #5, round 22)', () => {
  it('ends "referred to the riots as acts of “domestic terror”" before "and placed further emphasis on …"', () => {
    expect(spans('Lee referred to the riots as acts of "domestic terror" and placed further emphasis on maintaining order.')[0][2])
      .toBe('the riots as acts of "domestic terror"');
  });

  it('ends "attacked Hart on paying fewer taxes" before "to which Hart claimed …"', () => {
    expect(spans('Lee attacked Hart on paying fewer taxes to which Hart claimed he prepaid millions in taxes.').map((x) => x[2]))
      .toEqual(['Hart on paying fewer taxes', 'he prepaid millions in taxes']);
  });
});

describe('signed quotations and labelled ones (issue #5, round 22)', () => {
  it('reads "“…” ― Sonya Vale “…”― Pam Hart" as each quotation signed by the name after its dash', () => {
    const text = '“He represents our greatest shame.” ― Sonya Vale “He is ignorant of our culture.”― Pam Hart';
    expect(spans(text)).toEqual([
      ['Sonya Vale', '―', 'He represents our greatest shame.'],
      ['Pam Hart', '―', 'He is ignorant of our culture.'],
    ]);
  });

  it('not a dash and a phrase going on ("“…” — Hart said later", "“…” — and Lee left") (guard)', () => {
    expect(spans('“We will win.” — and then Lee left the room.').map((x) => x[1])).not.toContain('—');
  });

  it('reads "“PENCE: Well, look, …”" as Pence\'s words, not "“VIDEO: …”"', () => {
    const text = '“PENCE: Well, look, this is America, Chris.” “VIDEO: Hillary and Obama told me it was a video.”';
    const got = spans(text);
    expect(got[0].slice(0, 2)).toEqual(['PENCE', ':']);
    expect(partsOf(text, quotes(text)[0])[0]).toBe('Well, look, this is America, Chris.');
    expect(got.map((x) => x[0])).not.toContain('VIDEO');
  });
});

describe('a document\'s phrase is as many as its head (issue #5, round 22)', () => {
  it('gives "It" "A National Audit Office report on the 20 biggest projects says …"', () => {
    const text = 'A National Audit Office report on the 20 biggest projects says costs have risen. It says there is little evidence of progress.';
    expect(spans(text).map((x) => x[0])).toEqual(['A National Audit Office report on the 20 biggest projects', 'It']);
    expect(quotes(text)[1].speaker.name).toBe('A National Audit Office report on the 20 biggest projects');
  });
});

describe('a time between the audience and the clause (issue #5, round 22)', () => {
  it('reads "told reporters today psychiatric assessments will be carried out" and "told reporters on Monday the plan would fail"', () => {
    expect(spans('Prosecutor Tom Vale told reporters today psychiatric assessments will be carried out.')[0][2]).toBe('psychiatric assessments will be carried out');
    expect(spans('Lee told reporters on Monday the plan would fail.')[0][2]).toBe('the plan would fail');
  });
});

describe('"with X having declared …" and ", however X noted" (issue #5, round 22)', () => {
  it('reads "with analyst Kevin Vale having declared it …" as Vale\'s and ends the content before ", however Vale noted"', () => {
    const text = 'Analysts considered this a foregone conclusion, with analyst Kevin Vale having declared it on his blog as "the most boring by-election", however Vale noted the swing may have been large.';
    expect(spans(text)).toEqual([
      ['Analysts', 'considered', 'this a foregone conclusion'],
      ['analyst Kevin Vale', 'declared', 'it on his blog as "the most boring by-election"'],
      ['Vale', 'noted', 'the swing may have been large'],
    ]);
  });
});

describe('the time zone of the cue\'s time (issue #5, round 22)', () => {
  it('ends "… was found dead, police reported Friday morning, local time (UTC+0900)." at "dead"', () => {
    expect(spans('Park Vale, the mayor of Seoul, was found dead, police reported Friday morning, local time (UTC+0900).')[0][2])
      .toBe('Park Vale, the mayor of Seoul, was found dead');
  });
});

describe('a count is no time, and a finding\'s setting (issue #5, round 22)', () => {
  it('reads "found in 36 states most of the people who died were affected …" from "most"', () => {
    expect(spans('The researchers also found in 36 states most of the people who died were affected by pollution.')[0][2])
      .toBe('most of the people who died were affected by pollution');
  });

  it('keeps "said in 2015 the plan would fail" a time (guard)', () => {
    expect(spans('Lee said in 2015 the plan would fail.')[0][2]).toBe('the plan would fail');
  });
});

describe('a firm\'s kind opening the sentence and a prospective office (issue #5, round 22)', () => {
  it('names "Distributor Sony Pictures said" Sony Pictures, and keeps "Producer Tom Vale" whole', () => {
    expect(extractQuotes(marked('Distributor Sony Pictures said production will begin next year.', [['Distributor Sony Pictures', 'ORG']]))[0].speaker.name)
      .toBe('Sony Pictures');
    expect(spans('Producer Tom Vale said the film was done.')[0][0]).toBe('Producer Tom Vale');
  });

  it('reads "Prospective Tory candidate Andrew Vale" as a prospective candidate of the Tories', () => {
    const q = extractQuotes(marked('Prospective Tory candidate Andrew Vale said he had been shocked.', [['Andrew Vale', 'PER']]))[0];
    expect([q.affiliation?.name, q.role]).toEqual(['Tory', 'prospective candidate']);
  });
});

describe('a stance in a free relative or a condition (issue #5, round 22)', () => {
  it('reads no statement in "a search engine for people to find what they want on the web" or "if they knew who paid"', () => {
    expect(spans('It is a search engine for people to find what they want on the web.')).toEqual([]);
    expect(spans('Half said they would trust search engines less if they knew who paid for results.').map((x) => x[1])).not.toContain('knew');
  });

  it('keeps a pseudo-cleft, "What I see is that there is variability" (guard)', () => {
    expect(spans('What I see is that there is variability in the responses.').map((x) => x[1])).toContain('see');
  });
});

describe('"which" after a document (issue #5, round 22)', () => {
  it('names "the report, which recommended …" the report, not "May, which saw …" (guard)', () => {
    expect(quotes('The government responded to the report, which recommended absorbing existing exams into a diploma.')[0].speaker.name).toBe('the report');
    expect(quotes('Lee was born in May, which saw the plan fail.').map((q) => q.speaker.name)).not.toContain('May');
  });
});

describe('a title set off before a name with no article (issue #5, round 22)', () => {
  it('names "The Ofsted chief said" after "singled out by Ofsted chief, David Vale,"', () => {
    const text = 'Faith schools were singled out by Ofsted chief, David Vale, for not doing enough. Mr Vale said schools must do more. ' +
      '"I worry about young people," said Mr Vale. The Ofsted chief said his report would refer to faith schools.';
    expect(extractQuotes(marked(text, [['David Vale', 'PER'], ['Mr Vale', 'PER'], ['Mr Vale', 'PER', 2]])).at(-1)?.speaker.name).toBe('David Vale');
  });
});

describe('"it" for a government that spoke just before (issue #5, round 22)', () => {
  it('gives "It also pledged" the government of "the government said …"', () => {
    const text = 'As part of its spending plans, the government said it will ask firms to roll over loans. It also pledged to help families.';
    expect(quotes(text).map((q) => q.speaker.name)).toEqual(['the government', 'the government']);
  });

  it('not two sentences on, past a document ("But a short statement … was presented …. It said") (guard)', () => {
    const text = 'The government has refused to publish the advice, saying such papers are confidential. But a short statement was presented to MPs. ' +
      'It said the war was legal.';
    expect(quotes(text).at(-1)?.speaker.name).toBe('It');
  });
});

describe('"the paper" for the paper named before (issue #5, round 23)', () => {
  it('names "The paper said" after "according to the Daily Herald", and "the newspaper" after "Vedomosti newspaper reported"', () => {
    const text = 'The plan is to get the go-ahead this month, according to the Daily Herald. The paper said the Treasury had set aside the money.';
    expect(extractQuotes(marked(text, [['Daily Herald', 'ORG']])).map((q) => q.speaker.name)).toEqual(['Daily Herald', 'Daily Herald']);
    const other = 'Vedomosti newspaper reported that the authorities made the demand. The newspaper added that most of the taxes were due.';
    expect(extractQuotes(marked(other, [['Vedomosti', 'ORG']])).at(-1)?.speaker.name).toBe('Vedomosti');
  });

  it('names nobody when two papers were named, or the article speaks of a research paper (guard)', () => {
    const two = 'The deal is delayed, according to the Daily Herald. According to the Observer, 300 jobs could go. The paper said cuts were due.';
    expect(extractQuotes(marked(two, [['Daily Herald', 'ORG'], ['Observer', 'ORG']])).at(-1)?.speaker.name).toBe('The paper');
    const study = 'A research paper in the Medical Journal found the drug safe. The paper said more trials were needed.';
    expect(extractQuotes(marked(study, [['Medical Journal', 'ORG']])).at(-1)?.speaker.name).not.toBe('Medical Journal');
  });
});

describe('an affiliation is not read from a relative clause after a description (issue #5, round 23)', () => {
  it('gives "The firm, which is to receive a payment from Chelsea, said" no affiliation, but keeps "A spokesman for Unison" (guard)', () => {
    expect(quotes('The firm, which is to receive a payment from Chelsea, said it was appraising its options.')[0].affiliation).toBeUndefined();
    expect(quotes('A spokesman for Unison, which represents nurses, said the offer was poor.')[0].affiliation?.name).toBe('Unison');
  });
});

describe('the firm a headline names, when the article names no other organisation (issue #5, round 23)', () => {
  it('names "The firm said" the firm of the headline when nothing else was named (round 32: a cue of speech, as protection sought is none)', () => {
    const text = 'Parmalat boasts doubled profits\n\nParmalat, the Italian food group, has reported a doubling in profit. Its earnings rose to 77m euros. ' +
      'Less welcome was the news of a fine. The firm said it would seek bankruptcy protection after disclosing a hole in its accounts.';
    const names = extractQuotes(marked(text, [['Parmalat', 'ORG'], ['Parmalat', 'ORG', 2]])).map((q) => q.speaker.name);
    expect(names.at(-1)).toBe('Parmalat');
  });

  it('names nobody when another organisation was named before (guard)', () => {
    const text = 'Parmalat boasts doubled profits\n\nParmalat, the Italian food group, has reported a doubling in profit, helped by Nestle. Its earnings rose. ' +
      'Less welcome was the news of a fine. The firm said it would seek bankruptcy protection after disclosing a hole in its accounts.';
    const names = extractQuotes(marked(text, [['Parmalat', 'ORG'], ['Parmalat', 'ORG', 2], ['Nestle', 'ORG']])).map((q) => q.speaker.name);
    expect(names.at(-1)).toBe('The firm');
  });
});

describe('a poll\'s next share ends the content before it (issue #5, round 23)', () => {
  it('ends "32% said Mr Vale was a good leader" before "and 38% disagreed"', () => {
    expect(spans('Meantime, 32% said Mr Vale was a good leader and 38% disagreed.')).toEqual([['32%', 'said', 'Mr Vale was a good leader']]);
  });

  it('reads "while 92% said …" and "and 40 per cent of voters said …" as shares with a statement of their own', () => {
    const text = 'Some 87% said politicians broke their promises, while 92% said they never gave a straight answer.';
    expect(spans(text)).toEqual([['Some 87%', 'said', 'politicians broke their promises'], ['92%', 'said', 'they never gave a straight answer']]);
    expect(spans('Most said it was fine and 40 per cent of voters said it was bad.').at(-1)).toEqual(['40 per cent of voters', 'said', 'it was bad']);
  });

  it('keeps "32% of people voted and 38% abstained" what was said (guard)', () => {
    expect(spans('Lee said 32% of people voted and 38% abstained.')[0][2]).toBe('32% of people voted and 38% abstained');
  });
});

describe('a firm described by its country (issue #5, round 23)', () => {
  it('names "The Australian firm said" the firm that spoke just before', () => {
    const text = 'Shares in Multiplex Group fell 19% after it said it would not make any money on the project. ' +
      'The Australian firm said it would only break even on the rebuild.';
    const d = marked(text, [['Multiplex Group', 'ORG'], ['Australian', 'LOC', 1]]);
    d.entities![1] = { ...d.entities![1], origin: 'demonym' } as NonNullable<Document['entities']>[number];
    expect(extractQuotes(d).at(-1)?.speaker.name).toBe('Multiplex Group');
  });

  it('not a body that spoke two sentences before, past a firm it may be: "… says the Mobile Suppliers Association. Siemens showed off …" (guard)', () => {
    const text = 'Fast networks are here, says the Mobile Suppliers Association. At the show, Siemens showed off a system. ' +
      'The German company said data could be sent faster.';
    const d = marked(text, [['Mobile Suppliers Association', 'ORG'], ['Siemens', 'PER'], ['German', 'LOC']]);
    d.entities![2] = { ...d.entities![2], label: 'MISC', origin: 'demonym' } as NonNullable<Document['entities']>[number];
    expect(extractQuotes(d).at(-1)?.speaker.name).not.toBe('Mobile Suppliers Association');
  });
});

describe('a document\'s author in the insert before its cue (issue #5, round 23)', () => {
  it('gives "The study, conducted by consultancy Building Zones, found" that author, and a later "The study also found" too', () => {
    const text = 'A study revealed that 86% of visitors carried laptops. The study, conducted by consultancy Building Zones, found that 16% came to work. ' +
      'The study also found that people stayed six hours.';
    const found = extractQuotes(marked(text, [['Building Zones', 'ORG']])).map((q) => q.affiliation?.name);
    expect(found).toEqual([undefined, 'Building Zones', 'Building Zones']);
  });

  it('not a person\'s insert: "The study, praised by Tom Vale, found" (guard)', () => {
    const text = 'The study, praised by Tom Vale, found that 16% came to work.';
    expect(extractQuotes(marked(text, [['Tom Vale', 'PER']]))[0].affiliation).toBeUndefined();
  });
});

describe('an office in an appositive after an academic rank (issue #5, round 23)', () => {
  it('gives "Professor Ann Lee, head of economics at Leeds University," the office, up to its body', () => {
    const q = quotes('Professor Ann Lee, head of economics at Leeds University, said rates would rise.')[0];
    expect([q.role, q.affiliation?.name]).toEqual(['head of economics', 'Leeds University']);
  });

  it('keeps the rank when the appositive gives a body only: "Professor Tom Hart, of Leeds University," (guard)', () => {
    expect(quotes('Professor Tom Hart, of Leeds University, said it was good.')[0].role).toBe('Professor');
  });
});

describe('an irregular past after a name is the clause\'s verb, and the doer a "saw" shows (issue #5, round 23)', () => {
  it('gives ", arguing …" after "Ann Lee spoke out Tuesday about …, Oklahoma," the subject Ann Lee', () => {
    const text = 'Ann Lee spoke out Tuesday about the death of Tom Hart in Tulsa, Oklahoma, arguing that the shooting was unbearable.';
    expect(spans(text)).toContainEqual(['Ann Lee', 'arguing', 'the shooting was unbearable']);
  });

  it('names the doer of "A private meeting on Monday saw normally loyal MPs warn that …"', () => {
    expect(spans('A private meeting on Monday saw normally loyal MPs warn that feuding could cost them the election.')[0].slice(0, 2))
      .toEqual(['normally loyal MPs', 'warn']);
  });

  it('keeps "61 percent" the speaker after "57 percent see Trump negatively while" (guard)', () => {
    expect(spans('Among men, 57 percent see Trump negatively while 61 percent say the same of Clinton.').map((x) => x[0])).toContain('61 percent');
  });
});

describe('headline labels and nouns that look like cues (issue #5, round 23)', () => {
  it('reads no statement in "Johnny Vale: The acting outlaw" or "Preview: Ireland v England"', () => {
    expect(quotes('Johnny Vale: The acting outlaw\n\nHe has played pirates and chocolate makers.')).toEqual([]);
    expect(quotes('Preview: Ireland v England\n\nIreland host England on Sunday.')).toEqual([]);
  });

  it('keeps a headline with a verb, a quotation or a negation: "Ann Lee: Trump Must Decide …", "Tom Hart: Fares Too High" (guard)', () => {
    expect(spans('Ann Lee: Trump Must Decide If He Wants a Running Mate\n\nThe race goes on.')[0][0]).toBe('Ann Lee');
    expect(spans('Tom Hart: Ferry Fares Too High\n\nThe fares rose again.')[0][0]).toBe('Tom Hart');
  });

  it('reads "calls", "doubts" and "show" before a headline verb as nouns ("Bargain calls widen loss", "Injury doubts beset squad")', () => {
    expect(quotes('Bargain calls widen Softbank loss\n\nThe firm lost money.')).toEqual([]);
    expect(quotes('Injury doubts beset Wales squad\n\nThree players are hurt.')).toEqual([]);
    expect(quotes('Talent show gets second series\n\nThe show returns.')).toEqual([]);
  });
});

describe('"continue" with an object or an adjunct is going on, not speaking (issue #5, round 23)', () => {
  it('reads no statement in "Costco continued a recent run of results", "Dent continues Adelaide progress" or "The band continued without Vale"', () => {
    expect(quotes('Costco continued a recent run of upbeat results with a jump in sales.')).toEqual([]);
    expect(quotes('Dent continues Adelaide progress\n\nHe won again.')).toEqual([]);
    expect(quotes('The band continued without Vale, who went on to solo success.')).toEqual([]);
  });

  it('keeps a quotation\'s "Lee continued" (guard)', () => {
    expect(spans('"It was good," Lee continued.')[0][1]).toBe('continued');
  });
});

describe('a superlative before a cue form, and a degree adverb after the subject (issue #5, round 23)', () => {
  it('reads "One of the biggest challenges is …" and "Its latest challenges to the market include …" as nouns', () => {
    expect(quotes('One of the biggest challenges in improving security online is how to check identity.')).toEqual([]);
    expect(quotes('Its latest challenges to the growing market include a mini model which can hold more songs.')).toEqual([]);
  });

  it('leaves "much" out of the speaker: "He much preferred …", "I very much doubt …"', () => {
    expect(spans('I very much doubt that it was the best song.')[0][0]).toBe('I');
    expect(spans('He much preferred the old currencies of Europe.')[0][0]).toBe('He');
  });

  it('keeps "too much stress" no speaker (guard)', () => {
    expect(spans('There were fears that too much stress might be placed on the banks.').map((x) => x[0])).not.toContain('that');
  });
});

describe('a clause of its own before "and" in the words before a cue (issue #5, round 23)', () => {
  it('names "many market observers" in "Ahold shares tumbled on the news and many market observers predicted …"', () => {
    expect(spans('Ahold shares tumbled on the news and many market observers predicted the fall out could hurt confidence.')[0][0])
      .toBe('many market observers');
  });

  it('keeps "Voters surveyed in Leeds and most analysts" one subject: "surveyed" may be a participle (guard)', () => {
    expect(spans('Voters surveyed in Leeds and most analysts say the plan will fail.')[0][0]).toBe('Voters surveyed in Leeds and most analysts');
  });
});

describe('an appositive opening with a link word gives no office (issue #5, round 23)', () => {
  it('gives "Andrew Beh, of brokers ING," the affiliation ING and no role "of brokers ING"', () => {
    const q = extractQuotes(marked('Andrew Beh, of brokers ING, said the bid was fair.', [['Andrew Beh', 'PER'], ['ING', 'ORG']]))[0];
    expect([q.affiliation?.name, q.role]).toEqual(['ING', undefined]);
  });

  it('gives "one of the game developers sacked by Argonaut" no role beginning "of …"', () => {
    expect(quotes('Jason Parkinson, one of the game developers sacked by Argonaut, said it was bad.')[0].role).toBeUndefined();
  });
});

describe('an interviewer\'s question is its own paragraph (issue #5, round 23)', () => {
  it('ends "((WN)) In what states …?" at its paragraph when no answer label follows', () => {
    const text = '((WN)) In what states is the ticket on the ballot?\n\nThe party won ballot access in Vermont in July.\n\n((WN)) Why run?\n\n((Ann Lee)) To win.';
    const got = quotes(text);
    expect(got[0].parts ? got[0].parts.map((p) => text.slice(p.start, p.end)) : [got[0].text]).toEqual(['In what states is the ticket on the ballot?']);
  });

  it('keeps an answer running over its unlabelled paragraphs (guard)', () => {
    const text = '((WN)) Why?\n\n((Ann Lee)) Because it matters?\n\nWe said it would fail.\n\n((WN)) And now?';
    expect(quotes(text)[1].parts?.map((p) => text.slice(p.start, p.end))).toEqual(['Because it matters?', 'We said it would fail.']);
  });
});

describe('a time clause after an inverted speaker tells when it was said (issue #5, round 23)', () => {
  it('reads the words before ", the shadow chancellor said as the party conference began"', () => {
    expect(spans('A major change is needed in Britain, the shadow chancellor said as the party conference began.')[0][2])
      .toBe('A major change is needed in Britain');
  });

  it('keeps a clause after "said as" with no words before it (guard)', () => {
    expect(spans('Lee said as the talks ended that the deal was off.')[0][1]).toBe('said');
  });
});

describe('what a body runs or makes is no body it belongs to (issue #5, round 23)', () => {
  it('gives "Yangtze Electric Power, the operator of China\'s Three Gorges Dam," no affiliation, but keeps a person\'s (guard)', () => {
    expect(quotes("Yangtze Electric Power, the operator of China's Three Gorges Dam, has said its profits more than doubled.")[0].affiliation).toBeUndefined();
    const text = 'Ann Lee, the owner of the Red Lion pub, said trade was slow.';
    expect(extractQuotes(marked(text, [['Ann Lee', 'PER'], ['Red Lion', 'ORG']]))[0].affiliation?.name).toBe('Red Lion');
  });
});

describe('a plural after a verb\'s "-ing" form is its object (issue #5, round 23)', () => {
  it('reads no statement in "Ann Lee began taking calls from listeners"', () => {
    expect(quotes('By 9 a.m. Sunday, Ann Lee began taking calls from black listeners.')).toEqual([]);
  });

  it('keeps "The polling shows …" and a headline\'s "… still growing says Fed" (guard)', () => {
    expect(spans('The polling shows Clinton ahead in Ohio.')[0][0]).toBe('The polling');
    expect(spans('US economy still growing says Fed\n\nThe economy grew.')[0][0]).toBe('Fed');
  });
});

describe('a transcript\'s labelled answer before a cue inside it (issue #5, round 23)', () => {
  it('keeps "((Christian Vale))  I think …, I\'d say, 70." the labelled answer, and its "I" is Christian Vale', () => {
    const text = '((WN)) How many rats were used?\n\n((Christian Vale))  I think it is in the paper, but my guess would be something like, I\'d say, 70.\n\n((WN)) Why?';
    expect(quotes(text).map((q) => q.speaker.name)).not.toContain('I');
    expect(quotes(text)[1].speaker.name).toBe('Christian Vale');
  });
});

describe('more participles that report after a comma (issue #5, round 23)', () => {
  it('ends "acknowledged …" before ", blaming …" and reads the blame as the same speaker\'s', () => {
    const text = 'Officials acknowledged their government had shot down the jet, blaming human error and the fear of attack.';
    expect(spans(text)).toEqual([
      ['Officials', 'acknowledged', 'their government had shot down the jet'],
      ['Officials', 'blaming', 'human error and the fear of attack'],
    ]);
  });
});

describe('a scene after a sentence adverb before "X said, “…”" (issue #5, round 23)', () => {
  it('reads only the quotation after "However, as part of her admonition, Judge Vale stated,"', () => {
    const text = 'However, as part of her admonition, Judge Vale stated, "Saying sorry is not a plea for leniency."';
    expect(spans(text)[0][2]).toBe('Saying sorry is not a plea for leniency.');
  });
});

describe('a name tagged only as an organisation, and "it" for a body (issue #5, round 23)', () => {
  it('links "Umbro said" to the organisation the entity layers resolved, so "The firm said" after it is Umbro', () => {
    const text = 'Shares in Umbro rose 5%. Umbro said it had signed a new deal. The firm said sales grew.';
    const d = marked(text, [['Umbro', 'ORG'], ['Umbro', 'ORG', 2]]);
    const r = { actors: [{ id: 'x:umbro', name: 'Umbro', kind: 'organization', aliases: [] }], links: [{ mention: 0, actorId: 'x:umbro' }, { mention: 1, actorId: 'x:umbro' }] };
    const got = extractQuotes({ ...d, resolution: r } as unknown as Document);
    expect(got.map((q) => [q.speaker.name, q.speaker.actorId])).toEqual([['Umbro', 'x:umbro'], ['Umbro', 'x:umbro']]);
  });

  it('gives "It" the organisation after "The" opening the sentence before ("The Argentine Work Ministry has been mediating … it could call")', () => {
    const text = 'The staff will strike. The Labour Ministry has been mediating in the conflict. It said it could call a conciliation.';
    expect(extractQuotes(marked(text, [['Labour Ministry', 'ORG']])).at(-1)?.speaker.name).toBe('Labour Ministry');
  });

  it('gives "It" a committee that spoke in the sentence before', () => {
    const text = 'The committee said the audit office should investigate. It blamed the agency\'s senior management for the problems.';
    expect(quotes(text).map((q) => q.speaker.name)).toEqual(['The committee', 'The committee']);
  });

  it('takes the headline\'s firm for "The company" when the sentence before names it only in passing', () => {
    const text = 'Jarvis sells Tube stake to Spain\n\nShares in engineering group Jarvis have soared. The sale of the stake is a lifeline to Jarvis, which had debts. ' +
      'The company recently warned it could go under.';
    const d = marked(text, [['Jarvis', 'ORG'], ['Jarvis', 'ORG', 2], ['Jarvis', 'ORG', 3]]);
    expect(extractQuotes(d).at(-1)?.speaker.name).toBe('Jarvis');
  });
});

describe('the headline\'s firm the tagger read as a person, in a headline that ends with a quotation (issue #5, round 23)', () => {
  it('names "the firm warned" after "Renault boss hails \'great year\'"', () => {
    const text = "Renault boss hails 'great year'\n\nStrong sales helped Renault boost its profits by 40% although the firm warned of lower margins.";
    expect(extractQuotes(marked(text, [['Renault', 'PER'], ['Renault', 'PER', 2]])).at(-1)?.speaker.name).toBe('Renault');
  });

  it('not a person\'s name that heads no office (guard)', () => {
    const text = "Renault hails 'great year'\n\nStrong sales helped Renault boost its profits by 40% although the firm warned of lower margins.";
    expect(extractQuotes(marked(text, [['Renault', 'PER'], ['Renault', 'PER', 2]])).at(-1)?.speaker.name).toBe('the firm');
  });
});

describe('the person a view came from, and a firm\'s kind in the plural before its name (issue #5, round 23)', () => {
  it('gives "He said" the person of "One dissenting opinion came from Brian Vale, …", not the last speaker', () => {
    const text = 'The machine is not quite ready for that yet, said Ian Hart. One dissenting opinion came from Brian Vale, vice-president of research at ' +
      'analysts Gartner. He said: "I do not think it changes the world."';
    const got = extractQuotes(marked(text, [['Ian Hart', 'PER'], ['Brian Vale', 'PER'], ['Gartner', 'ORG']])).at(-1)!;
    expect([got.speaker.name, got.affiliation?.name, got.role]).toEqual(['Brian Vale', 'Gartner', 'vice-president of research']);
  });
});

describe('a capitalised "All" or number word opening a team\'s name (issue #5, round 23)', () => {
  it('gives "All Blacks captain Tama Vale" the affiliation All Blacks', () => {
    const text = 'All Blacks captain Tama Vale said the Lions would be tough.';
    expect(extractQuotes(marked(text, [['All Blacks', 'ORG'], ['Tama Vale', 'PER']]))[0].affiliation?.name).toBe('All Blacks');
  });

  it('keeps "All Labour MPs" no team (guard)', () => {
    expect(quotes('All Labour MPs said the plan was good.')[0].affiliation?.name).not.toBe('All Labour');
  });
});

describe('a former office\'s hyphened "ex-" in a title (issue #5, round 23)', () => {
  it('gives "ex-Foreign Secretary Robin Vale" the whole office, and keeps "the ex-Wallaby" a description (guard)', () => {
    expect(quotes('His broadside came as ex-Foreign Secretary Robin Vale said he hoped Mr Hart would lead.')[0].role).toBe('ex-Foreign Secretary');
    expect(quotes('"It was good," the ex-Wallaby added.')[0].speaker.name).toBe('the ex-Wallaby');
  });
});

describe('a straight-quoted paragraph with curly quotations inside (issue #5, round 24)', () => {
  it('reads "TAPPER: … “Shark Tank.” …" as the label\'s answer, the curly pair inside it', () => {
    const text = '"TAPPER: Is he ready?\n\n"VALE: Well, look, Ms Hart apparently thinks this is an episode of “Shark Tank.” But this is serious.\n\n' +
      '"TAPPER: Thank you.';
    expect(spans(text)[1]).toEqual(['VALE', ':', 'Well, look, Ms Hart apparently thinks this is an episode of “Shark Tank.” But this is serious.']);
  });

  it('ends a straight quotation at its paragraph when the next one opens with a curly mark', () => {
    const text = '"Vale walked onto the stage, chanting.\n\n“That is right,” Ida Hart said.';
    expect(spans(text).map((s) => s[2])).toEqual(['That is right']);
  });

  it('keeps a curly quotation after a stray straight mark mid-paragraph its own region (guard)', () => {
    const text = 'The 6\'2" guard was calm. “We will win,” Ida Hart said.';
    expect(spans(text)).toEqual([['Ida Hart', 'said', 'We will win']]);
  });
});

describe('a setting after a quotation\'s speaker (issue #5, round 24)', () => {
  it('keeps the quotation the content of "“…,” she said at a news conference announcing that …"', () => {
    expect(spans('"We will get there together," she said at a news conference announcing that her office was suing the city.')).toEqual([
      ['she', 'said', 'We will get there together'],
    ]);
  });

  it('reads a quotation that goes on after the setting as its second part', () => {
    const text = '"Our team" co-author Ida Vale said in a press release "has made a coating that cleans itself." Vale is a professor.';
    expect(quotes(text).map((q) => q.parts?.map((p) => text.slice(p.start, p.end)))).toEqual([['Our team', 'has made a coating that cleans itself.']]);
  });

  it('keeps "to" before a verb no setting: "“…” the party hoped to stage …" (guard)', () => {
    expect(spans('He spoke of the "positive campaign" the party hoped to stage in May.')[0]?.[2]).not.toBe('positive campaign');
  });
});

describe('a block quotation whose marks the page dropped, after "X added:" (issue #5, round 24)', () => {
  it('reads the paragraph after "The governor added:" as the governor\'s', () => {
    const text = 'The governor added:\n\nIt is typical of her. She knows nothing about the port.\n\nThe vote is on Monday.';
    expect(spans(text)).toEqual([['The governor', 'added', 'It is typical of her. She knows nothing about the port.']]);
  });

  it('reads no list or label after a colon (guard)', () => {
    expect(quotes('Here are the members of the board:\n\nIowa: Tim Vale, Ida Hart, Ann Lee.')).toEqual([]);
    expect(quotes('Vale added:\n\n1) The port.\n\nThe vote is on Monday.')).toEqual([]);
  });
});

describe('a quoted transcript answer over several paragraphs (issue #5, round 24)', () => {
  it('reads "“VALE: …" on into the paragraphs its quotation runs on into, up to the next label or bracketed note', () => {
    const text = '"VALE: Well, look, the port is open.\n\n"But the truth is that the ferry is late.\n\n"(CROSSTALK.)\n\n"HART: Thank you, sir."';
    expect(quotes(text).map((q) => [q.speaker.name, (q.parts ?? [q]).map((p) => text.slice(p.start, p.end))])).toEqual([
      ['VALE', ['Well, look, the port is open.', 'But the truth is that the ferry is late.']],
      ['HART', ['Thank you, sir.']],
    ]);
  });
});

describe('a section heading in quotation marks after a quote (issue #5, round 24)', () => {
  it('does not read "\'All Bets Are Off.\'" on a line of its own as the quotation going on', () => {
    const text = '"It will be very disruptive," Ms Vale said.\n\n\'All Bets Are Off.\'\n\nEight years ago, both agreed.';
    expect(spans(text)).toEqual([['Ms Vale', 'said', 'It will be very disruptive']]);
  });

  it('keeps a follow-on quotation in plain sentence case (guard)', () => {
    const text = '"It will be very disruptive," Ms Vale said.\n\n"We are not ready for it."\n\nEight years ago, both agreed.';
    expect(quotes(text).map((q) => partsOf(text, q))).toEqual([['It will be very disruptive', 'We are not ready for it.']]);
  });
});

describe('rulings, likenings and characterisations (issue #5, round 24)', () => {
  it('reads "The court ruled that …" as the court\'s finding, and "likened"/"characterized … as" as stances', () => {
    expect(spans('The appeals court ruled that the harbour levy was unlawful.')).toEqual([['The appeals court', 'ruled', 'the harbour levy was unlawful']]);
    expect(spans('The High Court ruled on Tuesday that the levy was lawful.')[0]?.slice(0, 2)).toEqual(['The High Court', 'ruled']);
    expect(spans('Vale likened the plan to a "musical Rubik\'s cube".')[0].slice(0, 2)).toEqual(['Vale', 'likened']);
    expect(spans('Hart characterized the attack as "a serious violation".')[0].slice(0, 2)).toEqual(['Hart', 'characterized']);
  });

  it('reads no ruling in "ruled Zimbabwe", "ruled that out" or "ruled on the appeal of that decision" (guard)', () => {
    expect(quotes('Vale ruled Zimbabwe for decades.')).toEqual([]);
    expect(quotes('But officials have effectively ruled that out.')).toEqual([]);
    expect(quotes('The Supreme Court ruled on the appeal of that decision by the government.')).toEqual([]);
  });
});

describe('what one spoke of (issue #5, round 24)', () => {
  it('reads "spoke of" and "spoke emotionally about" with what was spoken of as the content', () => {
    expect(spans('Judge Ida Vale spoke of the legacy of the strike.')).toEqual([['Judge Ida Vale', 'spoke', 'the legacy of the strike']]);
    expect(spans('Mr Hart spoke emotionally about his years at the port.')).toEqual([['Mr Hart', 'spoke', 'his years at the port']]);
  });

  it('reads nothing in "spoke to reporters", "spoke for an hour" or a headline\'s "Speaks \'Directly To …\'" (guard)', () => {
    expect(quotes('Vale spoke to reporters after the game.')).toEqual([]);
    expect(quotes('Vale spoke for an hour.')).toEqual([]);
    expect(quotes('Ida Vale Speaks ‘Directly To Voters’ After Latest Vote')).toEqual([]);
  });
});

describe('"point to" and "point out" in the base form (issue #5, round 24)', () => {
  it('reads "These voters specifically point to the bill" and "Economists point out that …"', () => {
    expect(spans('These voters specifically point to the 1994 crime bill.')).toEqual([['These voters', 'point', 'the 1994 crime bill']]);
    expect(spans('Economists point out that a weak dollar is a boon.')[0].slice(0, 2)).toEqual(['Economists', 'point']);
  });

  it('reads no cue in the noun: "the point of contact", "an access point in the house", "at one point" (guard)', () => {
    expect(quotes('He will be the point of contact for the fans.')).toEqual([]);
    expect(quotes('A wireless access point in the house may be enough.')).toEqual([]);
    expect(quotes('At one point the crowd cheered.')).toEqual([]);
  });
});

describe('whom one told, after a quotation (issue #5, round 24)', () => {
  it('keeps the quotation the content of "“…,” Mr. Vale told a plenary session of the parliament on Monday"', () => {
    expect(spans('"The dangers are enormous," Mr. Vale told a plenary session of the Harbour Parliament on Monday.')).toEqual([
      ['Mr. Vale', 'told', 'The dangers are enormous'],
    ]);
  });

  it('keeps the quotation the content of "“…,” X said over the phone"', () => {
    expect(spans('"It is an overreach," Ida Vale said over the phone.')).toEqual([['Ida Vale', 'said', 'It is an overreach']]);
  });

  it('keeps the quotation the content of "“…,” he said to enthusiastic cheers"', () => {
    expect(spans('"We cannot afford it," he said to enthusiastic cheers.')).toEqual([['he', 'said', 'We cannot afford it']]);
  });

  it('keeps what follows "told" when it holds a clause (guard)', () => {
    expect(spans('"We will win," Vale told reporters he would stay.')[0][2]).toBe('he would stay');
  });
});

describe('a generation suffix before an object cue (issue #5, round 24)', () => {
  it('reads "Chief Justice John G. Vale Jr. spoke of …" with the whole name as the speaker', () => {
    expect(spans('Chief Justice John G. Vale Jr. spoke of the legacy of the strike.')).toEqual([
      ['Chief Justice John G. Vale Jr.', 'spoke', 'the legacy of the strike'],
    ]);
  });
});

describe('a colon quotation after a dated opener (issue #5, round 24)', () => {
  it('reads "On July 6, 2015, Vale made the following comment:" and the quotation in the next paragraph as Vale\'s', () => {
    expect(spans('On July 6, 2015, Vale made the following comment:\n\n“For young people the rate is 33 percent.”')).toEqual([
      ['Vale', ':', 'For young people the rate is 33 percent.'],
    ]);
  });
});

describe('a fronted clause\'s "that" content (issue #5, round 24)', () => {
  it('ends "When Hart noted that …," at its comma, before the main clause\'s speaker', () => {
    expect(spans('When Hart noted that Vale had paid no tax, Vale boasted, “That makes me smart.”')).toEqual([
      ['Hart', 'noted', 'Vale had paid no tax'],
      ['Vale', 'boasted', 'That makes me smart.'],
    ]);
  });
});

describe('a place with its state, or a name with its honorific, inside a setting (issue #5, round 24)', () => {
  it('reads the quotation after "said during a rally in Kenansville, N.C.," as the second part', () => {
    const text = '"I think Vale will be very fair," Hart said during a rally in Kenansville, N.C., "but a lot of people are watching."';
    expect(quotes(text).map((q) => (q.parts ?? [q]).map((p) => text.slice(p.start, p.end)))).toEqual([
      ['I think Vale will be very fair', 'but a lot of people are watching.'],
    ]);
  });

  it('reads the quotation after "wrote of Ms. Vale:" as what was written', () => {
    expect(spans("Another user, Roland Z, wrote of Ms. Vale: ''Your boss is still bringing them in.''")[0][2]).toBe('Your boss is still bringing them in.');
  });
});

describe('phone-ins, summons and credit lines (issue #5, round 24)', () => {
  it('reads no statement in "called in sick", "called in administrators", "called in to a town hall"', () => {
    expect(quotes('Staff called in sick on Monday.')).toEqual([]);
    expect(quotes('Vale called in administrators on Friday to rescue the firm.')).toEqual([]);
    expect(quotes('She called in to a town hall about the port.')).toEqual([]);
  });

  it('reads no statement in a correspondent\'s credit line, "Ida Vale reported from Midway Atoll"', () => {
    expect(quotes('Ida Vale reported from Midway Atoll, and Tom Hart from Kaneohe Bay, Hawaii.')).toEqual([]);
  });

  it('keeps "called on … to" and "reported from Kabul that …" (guard)', () => {
    expect(spans('Lee called on the council to act.')[0].slice(0, 2)).toEqual(['Lee', 'called']);
    expect(spans('Lee reported from Kabul that the city had fallen.')).toEqual([['Lee', 'reported', 'the city had fallen']]);
  });
});

describe('a programme\'s title after the outlet told (issue #5, round 25)', () => {
  it('reads "“…,” Hart told NBC’s “Today” on Monday." as the quotation told, the title no content', () => {
    const text = '“I was sitting in a house in Florida,” Hart told NBC’s “Today” on Monday. “I could hardly hear.”';
    expect(quotes(text).map((q) => [q.speaker.name, q.cue, ...partsOf(text, q)])).toEqual([
      ['Hart', 'told', 'I was sitting in a house in Florida', 'I could hardly hear.'],
    ]);
    expect(spans('"North Korea is isolated," the senator told ABC\'s "Good Morning America."')).toEqual([
      ['the senator', 'told', 'North Korea is isolated'],
    ]);
    expect(spans('“It is over,” Vale told the hosts of “Morning Joe.”')).toEqual([['Vale', 'told', 'It is over']]);
  });

  it('reads the clause after the programme as what was told, and keeps a quotation told to reporters', () => {
    expect(spans('Hart told NBC’s “Today” that he was sitting in a house.')).toEqual([['Hart', 'told', 'he was sitting in a house']]);
    expect(spans('Hart told reporters “We will win.”')).toEqual([['Hart', 'told', 'We will win.']]);
  });
});

describe('a quotation going on after a setting that ends with a state\'s dotted initials (issue #5, round 25)', () => {
  it('reads the quotation after "said at a rally in Binghamton, N.Y." as the second part', () => {
    const text = '“Her role in fracking is not a good record,” Hart said at a rally in Binghamton, N.Y. “She worked to export fracking.”';
    expect(quotes(text).map((q) => (q.parts ?? [q]).map((p) => text.slice(p.start, p.end)))).toEqual([
      ['Her role in fracking is not a good record', 'She worked to export fracking.'],
    ]);
  });
});

describe('a duration telling when after the cue (issue #5, round 25)', () => {
  it('reads the quotation before "she said several months after her release" and "said a week later"', () => {
    expect(spans('“It never crossed my mind,” she said several months after her release, and a big reason was Vale.')).toEqual([
      ['she', 'said', 'It never crossed my mind'],
    ]);
    expect(spans('“We will rebuild,” the mayor said hours after the attack.')).toEqual([['the mayor', 'said', 'We will rebuild']]);
    expect(spans('“We will rebuild,” the mayor said three years ago.')).toEqual([['the mayor', 'said', 'We will rebuild']]);
  });

  it('leaves the duration out of the clause after it', () => {
    expect(spans('The board said a week later that it had not approved the deal.')).toEqual([['The board', 'said', 'it had not approved the deal']]);
    expect(spans('The mayor said two days later the city would rebuild.')).toEqual([['The mayor', 'said', 'the city would rebuild']]);
  });

  it('keeps a time noun heading the clause\'s subject, "said weeks of work remained"', () => {
    expect(spans('The mayor said weeks of work remained.')).toEqual([['The mayor', 'said', 'weeks of work remained']]);
    expect(spans('The mayor said a year was enough.')).toEqual([['The mayor', 'said', 'a year was enough']]);
  });
});

describe('reported clauses with a quotation inside them (issue #5, round 25)', () => {
  const parts = (text: string) => quotes(text).map((q) => (q.parts ?? [q]).map((p) => text.slice(p.start, p.end)));

  it('starts the clause where its quotation opens when the quotation holds full stops', () => {
    expect(parts('Past nominees “were stiff. They weren’t fun. There was no joy” in comparison to Hart, Vale said.')).toEqual([
      ['Past nominees “were stiff. They weren’t fun. There was no joy” in comparison to Hart'],
    ]);
  });

  it('reads the quotation after "Vale said at a town hall on Monday," as the second part, not the setting', () => {
    const text = '“If there had not been that intervention” by NATO and other partners, Vale said at a town hall on Monday, “we would see a war.”';
    expect(parts(text)).toEqual([['If there had not been that intervention” by NATO and other partners', 'we would see a war.']]);
  });

  it('reads the phrase before a parenthetical speaker as the subject of a quotation going on with a verb', () => {
    expect(parts('Judging the candidates by national polls, Vale said, “is like looking at a bowling average.”')).toEqual([
      ['Judging the candidates by national polls', 'is like looking at a bowling average.'],
    ]);
    expect(parts('That, the board said, “would be helpful in avoiding uncertainty.”')).toEqual([['That', 'would be helpful in avoiding uncertainty.']]);
    expect(parts('Looking ahead, Vale said, “we will win.”')).toEqual([['we will win.']]);
  });
});

describe('an organisation named with its "of" (issue #5, round 25)', () => {
  const office = (doc: Document) => extractQuotes(doc).map((q) => [q.speaker.name, q.role ?? '', q.affiliation?.name ?? '']);

  it('names "The Bank of Harbour" and "the Association of Chief Harbour Officers" whole', () => {
    expect(office(marked('The Bank of Harbour said rates would rise.', [['Harbour', 'LOC']]))).toEqual([['Bank of Harbour', '', '']]);
    expect(office(marked('Bank of Harbour said rates would rise.', [['Harbour', 'LOC']]))).toEqual([['Bank of Harbour', '', '']]);
    expect(office(marked('The Association of Chief Harbour Officers said rates would rise.', []))).toEqual([['Association of Chief Harbour Officers', '', '']]);
  });

  it('reads "The ministry" after "Harbour\'s Ministry of Communications said" as that ministry', () => {
    const text = "Bids were invited, Harbour's Ministry of Communications said. The ministry said it wanted more phones.";
    const doc = resolveStage.run(marked(text, [['Ministry of Communications', 'ORG']]), { knowledge: loadKnowledgeBase() });
    expect(extractQuotes(doc).map((q) => q.speaker.name)).toEqual(['Ministry of Communications', 'Ministry of Communications']);
  });

  it('still reads the person after the body and a title (guard)', () => {
    expect(office(marked('Bank of Harbour Governor Mervyn Vale said rates would rise.', [['Mervyn Vale', 'PER']])))
      .toEqual([['Mervyn Vale', 'Governor', 'Bank of Harbour']]);
    expect(office(marked('Harbour Department of Transport official Troy Vale said rates would rise.', [['Troy Vale', 'PER']])))
      .toEqual([['Troy Vale', 'official', 'Harbour Department of Transport']]);
  });
});

describe('a place owning a body after a link (issue #5, round 25)', () => {
  const office = (doc: Document) => extractQuotes(doc).map((q) => [q.speaker.name, q.role ?? '', q.affiliation?.name ?? '']);
  // (places as the gazetteer finds them)
  const placed = (text: string, mentions: Parameters<typeof marked>[1]) => gazetteerPlaces(marked(text, mentions));

  it('reads the body a place owns by name as the affiliation: "strategist at Moscow\'s Sovlink Securities"', () => {
    expect(office(placed("Eric Vale, strategist at Moscow's Sovlink Securities, said rates would rise.", [['Eric Vale', 'PER'], ['Moscow', 'LOC']])))
      .toEqual([['Eric Vale', 'strategist', 'Sovlink Securities']]);
  });

  it('reads no affiliation when the place owns an unnamed body: "the head of Harbour\'s biggest union"', () => {
    expect(office(placed("The head of Harbour's biggest union said rates would rise.", [['Harbour', 'LOC']]))[0][2]).toBe('');
    expect(office(placed("The president of one of Harbour's main Catholic organisations said it was wrong.", [['Harbour', 'LOC']]))[0][2]).toBe('');
  });

  it('keeps a place owning its government as the affiliation (guard)', () => {
    expect(office(placed("Harbour's government said rates would rise.", [['Harbour', 'LOC']]))[0][2]).toBe('Harbour');
  });
});

describe('speakers of a parenthetical, a contrast and a coordinated cue (issue #5, round 25)', () => {
  it('reads "By contrast, says Ian Vale, the mini is almost disposable." with the clause after the speaker, no appositive', () => {
    const text = 'By contrast, says Ian Vale, the mini is almost disposable.';
    const [q] = quotes(text);
    expect(text.slice(q.speaker.start, q.speaker.end)).toBe('Ian Vale');
    expect((q.parts ?? [q]).map((p) => text.slice(p.start, p.end))).toEqual(['By contrast', 'the mini is almost disposable']);
  });

  it('keeps an appositive with a relative clause after the speaker (guard)', () => {
    expect(spans('“It is fine,” said Ann Vale, a lawyer who has represented the firm.')[0][0]).toBe('Ann Vale, a lawyer who has represented the firm');
  });

  it('ends the content at ", but the agency reported …", a report of its own', () => {
    expect(spans('Officials said 24 people were hurt, but the agency reported as many as 32 hurt.')).toEqual([
      ['Officials', 'said', '24 people were hurt'],
      ['the agency', 'reported', 'as many as 32 hurt'],
    ]);
    expect(spans('Officials said the inquiry could last two years but a preliminary report would be out soon.')[0][2])
      .toBe('the inquiry could last two years but a preliminary report would be out soon');
  });

  it('reads the subject of the subordinate clause a coordinated cue goes on: "The key is if Vale comes out and says …"', () => {
    expect(spans('The key is if Vale comes out and says that he is happy.')).toEqual([['Vale', 'says', 'he is happy']]);
    expect(spans('The plan works because Vale came out and said it would.')).toEqual([['Vale', 'said', 'it would']]);
  });

  it('keeps the main subject after a question\'s clause: "asked whether Oakland was … and then declared"', () => {
    expect(spans('Ida Vale asked whether Oakland was part of the US and then declared “that is the full analysis.”').map((s) => s[0]))
      .not.toContain('Oakland');
  });
});

describe('names the entity tagger cuts or mislabels (issue #5, round 25)', () => {
  it('reads "She" after "Ms Vale has written to …" as Ms Vale, whatever label the tagger gave her', () => {
    const text = 'Ms Hart said: "We need to reflect on this." Ms Vale has written to the minister asking for clarification. She said questions must be answered.';
    const doc = marked(text, [['Ms Hart', 'PER'], ['Ms Vale', 'ORG']]);
    expect(extractQuotes(doc).map((q) => q.speaker.name)).toEqual(['Hart', 'Vale']);
  });

  it('reads a title-case headline whose speaker the tagger ran into the verb: "Ted Vale Refuses to Back the Plan"', () => {
    const text = 'Ted Vale Refuses to Back the Harbour Plan\n\nTed Vale said on Sunday that he would not back it.';
    const doc = marked(text, [['Ted Vale Refuses', 'ORG'], ['Ted Vale', 'PER', 2]]);
    expect(extractQuotes(doc).map((q) => q.cue)).toEqual(['Refuses', 'said']);
  });

  it('keeps the body\'s whole name when the tagger found a piece of it: "the Harbour Ministry of Foreign Affairs"', () => {
    const text = 'The Harbour Ministry of Foreign Affairs denounced the conclusions of the summit.';
    // (the resolver makes an actor of the tagger's piece, whose name would replace the speaker's)
    const doc = resolveStage.run(marked(text, [['Foreign Affairs', 'ORG']]), { knowledge: loadKnowledgeBase() });
    expect(extractQuotes(doc).map((q) => q.speaker.name)).toEqual(['Harbour Ministry of Foreign Affairs']);
  });

  it('reads a poll showing a person doing something as its finding: "The Ipsos poll showed Vale doing better"', () => {
    const text = 'The Ipsos poll showed Vale doing better than in other polls.';
    expect(extractQuotes(marked(text, [['Ipsos', 'ORG'], ['Vale', 'PER']])).map((q) => q.text)).toEqual(['Vale doing better than in other polls']);
  });

  it('gives a quotation its colon\'s speaker only: "Ms Hart said: “…” Ms Vale wrote to the minister."', () => {
    expect(spans('Ms Hart said: "We need to reflect on this." Ms Vale wrote to the minister.').map((s) => s[0])).toEqual(['Ms Hart']);
  });
});

describe('"named" as a participle after its noun (issue #5, round 25)', () => {
  it('reads no naming in "The company named in the lawsuit denied …" or "A diver named Joe Vale and … decided …"', () => {
    expect(spans('The company named in the lawsuit denied any wrongdoing.')).toEqual([['The company named in the lawsuit', 'denied', 'any wrongdoing']]);
    expect(quotes('A diver named Joe Vale and a friend decided to gather a team.')).toEqual([]);
  });

  it('keeps "named … as" and an appointment (guard)', () => {
    expect(spans('Voters named Harbour as the closest ally.')).toEqual([['Voters', 'named', 'Harbour as the closest ally']]);
    expect(spans('Vale later named the head of the union his Secretary of Labor.')[0].slice(0, 2)).toEqual(['Vale', 'named']);
  });
});

describe('the comma after "that" and a person introduced by "One is …" (issue #5, round 25)', () => {
  it('leaves the comma of an insert after "that" out of the content', () => {
    expect(spans('Vale also said that, after the first contest, a community emerged.')[0][2]).toBe('after the first contest, a community emerged');
  });

  it('reads "He" after "One is Denis Vale, a student …" as that person, not the speaker before', () => {
    const text = 'Tom Hart said he came to support his friends. Several people returned. One is Denis Vale, a student at the harbour school. He said he was interested in surgery.';
    const doc = marked(text, [['Tom Hart', 'PER'], ['Denis Vale', 'PER']]);
    expect(extractQuotes(doc).map((q) => q.speaker.name)).toEqual(['Tom Hart', 'Denis Vale']);
  });
});

describe('content ends, a listener before a focus word, and "reported" as an adjective (issue #5, round 25)', () => {
  const conduitOf = (text: string) => quotes(text).map((q) => [q.speaker.name, q.conduit, q.text]);

  it('keeps the bracket a content closes with and the period of "p.m."', () => {
    expect(spans('The advisory indicated the winds were near 180 mph (285 kph).')[0][2]).toBe('the winds were near 180 mph (285 kph)');
    expect(spans('Police said it took place at about 7:45 p.m. Then they left.')[0][2]).toBe('it took place at about 7:45 p.m.');
  });

  it('reads the listener told before "only", "even" or an approximate number as the conduit, not content', () => {
    expect(conduitOf('A manager told Wikinews only 10% of the staff were women.')).toEqual([['A manager', 'Wikinews', 'only 10% of the staff were women']]);
    expect(spans('She told the BBC about 40 people had died.')[0][2]).toBe('about 40 people had died');
  });

  it('reads no cue in "struck with reported magnitude 6.3" or "a reported 40 deaths"', () => {
    expect(quotes('The quake struck with reported magnitude 6.3 near the coast.')).toEqual([]);
    expect(quotes('There were a reported 40 deaths in the city.')).toEqual([]);
  });

  it('reads the quotation before "he wrote last October after The Times published …"', () => {
    expect(spans('“It is bewildering,” he wrote last October after The Harbour Times published a story.')).toEqual([['he', 'wrote', 'It is bewildering']]);
    expect(spans('He said the day before that the team would win.')[0][2]).toBe('the team would win');
  });

  it('ends a quotation that ends its own sentence before where it was posted: "“I won!” on Twitter."', () => {
    expect(spans('Vale has yet to concede, saying before the call, "I WON THIS ELECTION!" on Twitter.')[0][2]).toBe('I WON THIS ELECTION!');
  });
});

describe('time words around a speaker phrase (issue #5, round 25)', () => {
  it('leaves "A few days later" and a closing "yesterday" out of the speaker', () => {
    expect(spans('A few days later the administration said it would use an executive order.')[0][0]).toBe('the administration');
    expect(spans("Harbour's official statement yesterday read \"Fans, we are very sorry.\"")[0][0]).toBe("Harbour's official statement");
  });
});

describe('an outlet after "via" in the speaker phrase (issue #5, round 25)', () => {
  it('reads "according to the mayor of Harbour via news agency Interfax" with Interfax as the conduit', () => {
    const [q] = quotes('The bus was going to a dance contest, according to the mayor of Harbour via news agency Interfax.');
    expect([q.speaker.name, q.conduit]).toEqual(['the mayor of Harbour', 'Interfax']);
  });

  it('leaves a platform after "via" out of the speaker, as its conduit (round 28: platforms are conduits)', () => {
    const [q] = quotes('According to a spokesman via Twitter, the plan failed.');
    expect([q.speaker.name, q.conduit]).toEqual(['a spokesman', 'Twitter']);
  });
});

describe('the outlet of an interview as the conduit (issue #5, round 25)', () => {
  const conduitOf = (text: string) => quotes(text).map((q) => [q.speaker.name, q.conduit]);

  it('reads "in an interview with the BBC", "in remarks to The Washington Post" and "Speaking to Reuters" as the conduit', () => {
    expect(conduitOf('Vale, in remarks to The Washington Post, contended that he acted in self-defense.')).toEqual([['Vale', 'The Washington Post']]);
    expect(conduitOf('In an interview with the BBC, Ann Vale said the plan works.')).toEqual([['Ann Vale', 'the BBC']]);
    expect(conduitOf('Speaking to Reuters, Ann Vale said the plan works.')).toEqual([['Ann Vale', 'Reuters']]);
  });

  it('gives no conduit from an interview inside the content (guard)', () => {
    expect(conduitOf('Ann Vale said the plan, in an interview with the BBC last year, was bad.')).toEqual([['Ann Vale', undefined]]);
  });
});

describe('a person introduced with a relative clause holding a list (issue #5, round 25)', () => {
  it('reads "He" after "Man-of-the-match Stephen Vale, who kicked three penalties, a drop goal and a conversion, was ecstatic"', () => {
    const text = '"We showed great character," said coach Tom Hart. Man-of-the-match Stephen Vale, who kicked three penalties, a drop goal ' +
      'and a conversion, was ecstatic after the win.\n\n"It is just a special moment," he said.';
    const doc = marked(text, [['Tom Hart', 'PER'], ['Stephen Vale', 'PER']]);
    expect(extractQuotes(doc).map((q) => q.speaker.name)).toEqual(['Tom Hart', 'Stephen Vale']);
  });
});

describe('a title before another person in an appositive (issue #5, round 26)', () => {
  it('gives "Harbourco, its chief executive Ann Vale and …" no role taken from Ann Vale\'s title', () => {
    const text = 'The regulator has begun proceedings against Harbourco, its chief executive Ann Vale and finance director Tom Hart.\n\n' +
      'Harbourco has said it believes there is "no legal basis" for the complaints.';
    const doc = marked(text, [['Harbourco', 'PER'], ['Ann Vale', 'PER'], ['Tom Hart', 'PER'], ['Harbourco', 'PER', 2]]);
    const [q] = extractQuotes(doc);
    expect([q.speaker.name, q.role]).toEqual(['Harbourco', undefined]);
  });

  it('keeps an office held for a person after a link (guard)', () => {
    const doc = marked('Tom Hart, an adviser to President Ann Vale, said the plan works.', [['Tom Hart', 'PER'], ['Ann Vale', 'PER']]);
    expect(extractQuotes(doc)[0].role).toBe('adviser to President Ann Vale');
  });
});

describe('a body\'s abbreviation in brackets inside a title (issue #5, round 26)', () => {
  const who = (text: string) => quotes(text).map((q) => [q.speaker.name, q.affiliation?.name, q.role]);

  it('leaves "(WADA)" out of the role', () => {
    expect(who('World Anti-Doping Agency (WADA) chief Dick Pound said she should be stripped of her medals.')).toEqual([
      ['Dick Pound', 'World Anti-Doping Agency', 'chief'],
    ]);
  });

  it('reads "Member of Parliament (MP) Ann Vale" as a role, not a body', () => {
    expect(who('Member of Parliament (MP) Ann Vale added, "This is a dangerous way to govern."')).toEqual([
      ['Ann Vale', undefined, 'Member of Parliament'],
    ]);
  });
});

describe('"called" naming the noun before it (issue #5, round 26)', () => {
  it('reads "One form of spyware called adware has the ability to …" as no statement', () => {
    expect(quotes('One form of spyware called adware has the ability to collect information.')).toEqual([]);
  });

  it('keeps "called" with an object, with its own coordinated clause and before "to be" (guard)', () => {
    expect(spans('The judges called it "an impressive piece".').map((x) => x[0])).toEqual(['The judges']);
    expect(spans('Harbourco called the sale illegal and has turned to the courts.').map((x) => x[0])).toEqual(['Harbourco']);
    expect(spans('A report by the committee called the agency to be wound up.').map((x) => x[0])).toEqual(['A report by the committee']);
  });
});

describe('a body after a link and an adjective or a kind of body (issue #5, round 26)', () => {
  const who = (doc: Document) => extractQuotes(doc).map((q) => [q.speaker.name, q.affiliation?.name, q.role]);

  it('reads "A union representing flight attendants at bankrupt Harbour Air" as the union, affiliated to the airline', () => {
    const text = 'A union representing flight attendants at bankrupt Harbour Air said the deal was bad.';
    expect(who(marked(text, [['Harbour Air', 'ORG']]))).toEqual([['A union representing flight attendants at bankrupt Harbour Air', 'Harbour Air', undefined]]);
  });

  it('reads "A spokesman for distributor Toho" as the spokesman, of Toho, though the tagger calls Toho a person', () => {
    const text = 'A spokesman for distributor Toho said the film was a success.';
    expect(who(marked(text, [['Toho', 'PER']]))).toEqual([['A spokesman for distributor Toho', 'Toho', 'spokesman']]);
  });

  it('keeps a person named after an office\'s field (guard)', () => {
    const text = 'The director of telecoms research Tom Hart said the plan works.';
    expect(who(marked(text, [['Tom Hart', 'PER']]))[0][0]).toBe('Tom Hart');
  });
});

describe('outlets named by a broadcaster\'s or website\'s last word, and told by e-mail or letter (issue #5, round 26)', () => {
  const conduitOf = (text: string) => quotes(text).map((q) => [q.speaker.name, q.conduit]);

  it('reads "told Five Live", "told Harbour Sport" and "told Harbour News Online" as the conduit', () => {
    expect(conduitOf('"The biggest factor is to be number one," Ann Vale told Five Live.')).toEqual([['Ann Vale', 'Five Live']]);
    expect(conduitOf('"It works," Ann Vale told Harbour Sport.')).toEqual([['Ann Vale', 'Harbour Sport']]);
    expect(conduitOf('Ann Vale told Harbour News Online the plan works.')).toEqual([['Ann Vale', 'Harbour News Online']]);
  });

  it('reads "in an e-mail to The New York Times" and "in a letter to the Guardian" as the conduit', () => {
    expect(conduitOf('"I had forgotten it was gold," wrote Tom Hart, the artist, in an e-mail to The New York Times.')).toEqual([['Tom Hart', 'The New York Times']]);
    expect(conduitOf('In a letter to the Guardian, Ann Vale said the plan works.')).toEqual([['Ann Vale', 'the Guardian']]);
  });
});

describe('a gerund after the cue of a quotation before it (issue #5, round 26)', () => {
  it('reads "“…,” she recalls thinking." with the quotation as the content', () => {
    expect(spans('"This director does not know me at all," she recalls thinking.')).toEqual([['she', 'recalls', 'This director does not know me at all']]);
  });
});

describe('an office\'s modifier after the organisation\'s name, after the content (issue #5, round 26)', () => {
  it('reads "…, Justice Department senior counsel Ann Vale wrote in the filing."', () => {
    const [q] = quotes('The request should be denied because the records are exempt, Harbour Department senior counsel Ann Vale wrote in the filing.');
    expect([q.speaker.name, q.affiliation?.name, q.text]).toEqual(['Ann Vale', 'Harbour Department', 'The request should be denied because the records are exempt']);
  });

  it('keeps "senior" opening the phrase after a place (guard)', () => {
    expect(spans('In London senior officials said the plan failed.').map((x) => x[0])).toEqual(['senior officials']);
  });
});

describe('a percent sign ending the content, and a date\'s comma in the source (issue #5, round 26)', () => {
  it('keeps the "%" of "cuts pay by nearly 10%." in the content', () => {
    expect(spans('The union said the contract cuts pay by nearly 10%.')).toEqual([['The union', 'said', 'the contract cuts pay by nearly 10%']]);
  });

  it('reads "According to a March 14, 2019 Harbour Bank press release, …" as one source', () => {
    const text = 'According to a March 14, 2019 Harbour Bank press release, Hungary spent an estimated 1.15% of its GDP on defence.';
    expect(spans(text)).toEqual([['a March 14, 2019 Harbour Bank press release', 'According to', 'Hungary spent an estimated 1.15% of its GDP on defence']]);
  });
});

describe('a body linked to a person\'s first mention with no comma (issue #5, round 26)', () => {
  it('gives "Vale told …" the laboratory of "Planetary scientist Ann Vale of the Harbour Propulsion Laboratory and colleagues"', () => {
    const text = 'Planetary scientist Ann Vale of the Harbour Propulsion Laboratory and colleagues have developed a new model.\n\n' +
      '"We were flabbergasted," Vale told Harbour Geographic.';
    const [q] = extractQuotes(marked(text, [['Ann Vale', 'PER'], ['Harbour Propulsion Laboratory', 'ORG'], ['Vale', 'PER', 2]]));
    expect([q.speaker.name, q.affiliation?.name, q.role]).toEqual(['Vale', 'Harbour Propulsion Laboratory', 'Planetary scientist']);
  });

  it('takes the body of a fuller later introduction of the same office ("interviews planetary scientist Ann Vale")', () => {
    const text = 'Harbour animals: Wikinews interviews planetary scientist Ann Vale\n\n' +
      'Planetary scientist Ann Vale of the University of Harbour and colleagues have developed a new model.\n\n' +
      '"We were flabbergasted," Vale told Harbour Geographic.';
    const [q] = extractQuotes(marked(text, [['Ann Vale', 'PER'], ['Ann Vale', 'PER', 2], ['University of Harbour', 'ORG'], ['Vale', 'PER', 3]]));
    expect([q.speaker.name, q.affiliation?.name]).toEqual(['Vale', 'University of Harbour']);
  });

  it('reads no body from a peer\'s place, "Baron Tom Hart of Bedwell" (guard)', () => {
    const text = 'He will be known as Baron Tom Hart of Bedwell.\n\n"I accepted the invitation," Hart said.';
    const [q] = extractQuotes(marked(text, [['Tom Hart', 'PER'], ['Hart', 'PER', 2]]));
    expect(q.affiliation).toBeUndefined();
  });
});

describe('a semicolon before another speaker\'s cue (issue #5, round 26)', () => {
  it('ends "he claimed sex had been consensual; Hart consistently claimed …" at the semicolon', () => {
    const text = 'Upon learning of the evidence, Vale claimed sex had been consensual; Hart consistently claimed sex was consensual.';
    expect(spans(text)).toEqual([
      ['Vale', 'claimed', 'sex had been consensual'],
      ['Hart', 'claimed', 'sex was consensual'],
    ]);
  });
});

describe('the organisation a speaker named after the cue works at (issue #5, round 26)', () => {
  const who = (doc: Document) => extractQuotes(doc).map((q) => [q.speaker.name, q.affiliation?.name, q.role]);

  it('reads "said analyst Ann Vale at Harbour Bank." and "… at Lehman Brothers" with the body as affiliation', () => {
    expect(who(marked('"It works," said analyst Ann Vale at Harbour Bank.', [['Ann Vale', 'PER']]))).toEqual([['Ann Vale', 'Harbour Bank', 'analyst']]);
    expect(who(marked('"It works," said analyst Ann Vale at Lehman Brothers.', [['Ann Vale', 'PER'], ['Lehman Brothers', 'ORG']]))).toEqual([
      ['Ann Vale', 'Lehman Brothers', 'analyst'],
    ]);
  });

  it('leaves a place or an occasion after "at" out of the speaker (guard)', () => {
    expect(spans('"It works," said Ann Vale at Wembley.').map((x) => x[0])).toEqual(['Ann Vale']);
    expect(spans('"It works," said Ann Vale at a press conference.').map((x) => x[0])).toEqual(['Ann Vale']);
  });
});

describe('a name\'s bare possessive apostrophe before a speaker (issue #5, round 26)', () => {
  const who = (text: string) => quotes(text).map((q) => [q.speaker.name, q.affiliation?.name, q.role]);

  it('reads "Harbour Buses\' Warren Lush" as Lush of Harbour Buses', () => {
    expect(who('"It is fine," said Harbour Buses\' Warren Lush.')).toEqual([['Warren Lush', 'Harbour Buses', undefined]]);
  });

  it('keeps the organisation of the last owner (guard)', () => {
    expect(who('According to the United Nations\' Food and Agriculture Organization\'s chief veterinary officer, it was unnecessary.')).toEqual([
      ['the United Nations\' Food and Agriculture Organization\'s chief veterinary officer', 'Food and Agriculture Organization', 'chief veterinary officer'],
    ]);
  });
});

describe('the outlet owning the programme told (issue #5, round 26)', () => {
  it('reads "told Harbour Radio\'s Sportsweek programme" and "told the BBC\'s Today programme" with the outlet as conduit', () => {
    const conduitOf = (text: string) => quotes(text).map((q) => [q.speaker.name, q.conduit]);
    expect(conduitOf('"It was a great game," Tom Hart told Harbour Radio\'s Sportsweek programme.')).toEqual([['Tom Hart', 'Harbour Radio']]);
    expect(conduitOf('"It was a great game," Tom Hart told the BBC\'s Today programme.')).toEqual([['Tom Hart', 'BBC']]);
  });
});

describe('a portfolio of fields joined by "and" in a title (issue #5, round 26)', () => {
  const who = (doc: Document) => extractQuotes(doc).map((q) => [q.speaker.name, q.affiliation?.name, q.role]);

  it('reads "Trade and Industry Secretary Ann Vale" as one office, and "Work and Pensions Secretary Tom Hart" as one person', () => {
    expect(who(marked('Trade and Industry Secretary Ann Vale said the plan works.', [['Ann Vale', 'PER']]))).toEqual([
      ['Ann Vale', undefined, 'Trade and Industry Secretary'],
    ]);
    expect(who(marked('Work and Pensions Secretary Tom Hart said the plan works.', [['Tom Hart', 'PER']]))).toEqual([
      ['Tom Hart', undefined, 'Work and Pensions Secretary'],
    ]);
  });

  it('takes no field the tagger calls an organisation for the body ("Media and Sport Secretary")', () => {
    expect(who(marked('Media and Sport Secretary Ann Vale said the plan works.', [['Sport', 'ORG'], ['Ann Vale', 'PER']]))).toEqual([
      ['Ann Vale', undefined, 'Media and Sport Secretary'],
    ]);
  });

  it('keeps two people with two offices apart (guard)', () => {
    const text = 'German Chancellor Tom Hart and French President Ann Vale said the plan works.';
    expect(who(marked(text, [['Tom Hart', 'PER'], ['Ann Vale', 'PER']]))[0][2]).toBeUndefined();
  });
});

describe('a spokesman linked to a firm named by its kind (issue #5, round 26)', () => {
  it('gives "A spokesman for the firm said" the firm that spoke before as affiliation', () => {
    const text = 'Harbour Energy said the tax was unfair. A spokesman for the firm said that the tax would wipe 5% off profits.';
    const quotesOf = extractQuotes(marked(text, [['Harbour Energy', 'ORG']]));
    expect(quotesOf.map((q) => [q.speaker.name, q.affiliation?.name, q.role])).toEqual([
      ['Harbour Energy', undefined, undefined],
      ['A spokesman for the firm', 'Harbour Energy', 'spokesman'],
    ]);
  });
});

describe('court and sports officials as titles (issue #5, round 26)', () => {
  it('reads "Magistrate Ann Vale" and "Coroner Tom Hart" as the person with the office', () => {
    expect(quotes('Magistrate Ann Vale said the order stands.').map((q) => [q.speaker.name, q.role])).toEqual([['Ann Vale', 'magistrate']]);
    expect(quotes('Coroner Tom Hart said the death was accidental.').map((q) => [q.speaker.name, q.role])).toEqual([['Tom Hart', 'coroner']]);
  });
});

describe('"was quoted in" an outlet without "as", and an outlet named with its kind (issue #5, round 26)', () => {
  it('reads "Mr Hart was quoted in the Harbour newspaper saying …" with the paper as conduit', () => {
    const [q] = quotes('Mr Hart was quoted in the Harbour newspaper saying the party was finished.');
    expect([q.speaker.name, q.conduit, q.text]).toEqual(['Hart', 'Harbour', 'the party was finished']);
  });

  it('keeps "was quoted by the Times as saying" (guard)', () => {
    const [q] = quotes('Lee was quoted by the Times as saying the plan failed.');
    expect([q.speaker.name, q.conduit, q.text]).toEqual(['Lee', 'the Times', 'the plan failed']);
  });
});

describe('"late" or "early" opening the time after the cue (issue #5, round 26)', () => {
  it('leaves "late on Tuesday" out of the content', () => {
    expect(spans('Tom Hart said late on Tuesday no personnel would be sent into the building.')).toEqual([
      ['Tom Hart', 'said', 'no personnel would be sent into the building'],
    ]);
  });

  it('keeps "late payments" in the content (guard)', () => {
    expect(spans('Ann Vale said late payments were a problem.')[0][2]).toBe('late payments were a problem');
  });
});

describe('a body named after its kind in a title (issue #5, round 26)', () => {
  it('reads "Train drivers\' trade union Aslef general secretary Tom Hart" as Aslef\'s general secretary', () => {
    const text = 'Train drivers\' trade union Aslef general secretary Tom Hart said the plan works.';
    const [q] = extractQuotes(marked(text, [['Tom Hart', 'PER']]));
    expect([q.speaker.name, q.affiliation?.name, q.role]).toEqual(['Tom Hart', 'Aslef', 'general secretary']);
  });
});

describe('a name joined by "and" to a body after a link (issue #5, round 26)', () => {
  it('reads "The account for The Harbour and Sid Show, which …, tweeted" as the account, of the show', () => {
    const [q] = quotes('The account for The Harbour and Sid Show, which replaced Imus in the Morning, tweeted: "We salute you."');
    expect([q.speaker.name, q.affiliation?.name]).toEqual(['The account for The Harbour and Sid Show', 'Harbour and Sid Show']);
  });

  it('keeps nationalities before a noun out of it (guard)', () => {
    expect(quotes('Ministers from European and Asian governments said the dollar was weak.')[0].affiliation).toBeUndefined();
  });
});

describe('papers named by their last word, and a union official\'s nationality (issue #5, round 26)', () => {
  it('reads "told the Daily Mail", "told the Sun" and "told the Harbour Evening Standard" as the conduit', () => {
    const conduitOf = (text: string) => quotes(text).map((q) => q.conduit);
    expect(conduitOf('Tom Hart told the Daily Mail, "All we need to do is ask her to come back."')).toEqual(['Daily Mail']);
    expect(conduitOf('"He deserves respect," Tom Hart told the Sun.')).toEqual(['Sun']);
    expect(conduitOf('"He deserves respect," Tom Hart told the Harbour Evening Standard.')).toEqual(['Harbour Evening Standard']);
  });

  it('reads "Swedish trades union official" as an official of the union, not of "Swedish"', () => {
    const text = '"It looks pretty grim," said Swedish trades union official Tom Hart.';
    const doc = marked(text, [['Tom Hart', 'PER']]);
    const at = text.indexOf('Swedish');
    doc.entities = [{ start: at, end: at + 'Swedish'.length, label: 'MISC', origin: 'demonym' }, ...doc.entities!];
    const [q] = extractQuotes(doc);
    expect([q.speaker.name, q.affiliation?.name, q.role]).toEqual(['Tom Hart', 'Swedish trades union', 'official']);
  });
});

describe('an honorific of no gender after a title word (issue #5, round 26)', () => {
  it('reads "wrote Chief Justice Ann Vale" with the role "Chief Justice"', () => {
    const [q] = quotes('"On behalf of the Court," wrote Chief Justice Ann Vale, "I am saddened."');
    expect([q.speaker.name, q.role]).toEqual(['Ann Vale', 'Chief Justice']);
  });
});

describe('a demonstrative "that" opening the reported clause (issue #5, round 26)', () => {
  it('keeps "that" before a finite verb in the content ("said that was the only contact")', () => {
    expect(spans('Tom Hart said that was the only contact he had with the group.')[0][2]).toBe('that was the only contact he had with the group');
  });

  it('still drops the complementiser "that" (guard)', () => {
    expect(spans('Tom Hart said that the plan works.')[0][2]).toBe('the plan works');
  });
});

describe('a nationality\'s body named in lower case before the office (issue #5, round 26)', () => {
  it('reads "Dutch football federation (KNVB) spokesman Tom Hart" as the federation\'s spokesman', () => {
    const text = 'Dutch football federation (KNVB) spokesman Tom Hart said it was fine.';
    const doc = marked(text, [['Tom Hart', 'PER']]);
    doc.entities = [{ start: 0, end: 5, label: 'MISC', origin: 'demonym' }, ...doc.entities!];
    const [q] = extractQuotes(doc);
    expect([q.speaker.name, q.affiliation?.name, q.role]).toEqual(['Tom Hart', 'Dutch football federation', 'spokesman']);
  });
});

describe('a rank before an office stays in the role (issue #5, round 26)', () => {
  it('reads "Ann Vale, senior economist at Harbour Bank" and "Senior business manager Tom Hart" with "senior" in the role', () => {
    expect(quotes('"It works," said Ann Vale, senior economist at Harbour Bank.').map((q) => q.role)).toEqual(['senior economist']);
    expect(quotes('Senior business manager Tom Hart said it has been phenomenal.').map((q) => q.role)).toEqual(['senior business manager']);
  });
});

describe('a unit a body owns after "in" (issue #5, round 26)', () => {
  it('gives "Tom Hart, senior manager in Harbourco\'s security response group" the body as affiliation', () => {
    expect(quotes('"It is hard," said Tom Hart, senior manager in Harbourco\'s security response group.').map((q) => q.affiliation?.name)).toEqual(['Harbourco']);
  });

  it('gives no affiliation for a place after "in" (guard)', () => {
    expect(quotes('"It is hard," said Tom Hart, a nurse in Harbour.').map((q) => q.affiliation?.name)).toEqual([undefined]);
  });
});

describe('"the paper" told or quoting, as the paper named before (issue #5, round 26)', () => {
  it('gives "He also told the paper …" after "told the Harbour Telegraph" that paper as conduit', () => {
    const text = 'Tom Hart told the Harbour Telegraph he was bored. He also told the paper he hopes to remain an MP.';
    const doc = marked(text, [['Tom Hart', 'PER'], ['Harbour Telegraph', 'ORG']]);
    expect(extractQuotes(doc).map((q) => q.conduit)).toEqual(['Harbour Telegraph', 'Harbour Telegraph']);
  });
});

describe('a sentence adverb or a day before a lower-case subject (issue #5, round 27)', () => {
  it('leaves "Now" and "Today" out of "Now reports say", "Now analysts say" and "Today officials said"', () => {
    expect(spans('Now reports say that the harbour deal is off.').map((s) => s[0])).toEqual(['reports']);
    expect(spans('Now analysts say the harbour deal is off.').map((s) => s[0])).toEqual(['analysts']);
    expect(spans('Today officials said the harbour deal was off.').map((s) => s[0])).toEqual(['officials']);
  });

  it('keeps a programme\'s name before its presenter ("Today presenter Tom Hart") (guard)', () => {
    expect(spans('Today presenter Tom Hart said the harbour deal was off.').map((s) => s[0])).toEqual(['Today presenter Tom Hart']);
  });
});

describe('people named by what they think or back hold no office (issue #5, round 27)', () => {
  it('gives "Critics", "Mr Hart\'s supporters" and "Land owners" no role', () => {
    expect(quotes('Critics insist that the harbour plan has been over-egged.').map((q) => q.role)).toEqual([undefined]);
    expect(quotes('Mr Hart\'s supporters also say they have the 50 signatures needed.').map((q) => q.role)).toEqual([undefined]);
    expect(quotes('Land owners claim the harbour board has made mistakes.').map((q) => q.role)).toEqual([undefined]);
  });

  it('keeps "analysts" and "officials" as roles (guard)', () => {
    expect(quotes('Analysts say the harbour plan has been over-egged.').map((q) => q.role)).toEqual(['analysts']);
  });
});

describe('a broadcaster spoken on, before or closing the reported speech (issue #5, round 27)', () => {
  it('reads "Speaking on BBC Radio 4, Tom Hart said …" with BBC Radio 4 as conduit', () => {
    const [q] = quotes('Speaking on BBC Radio 4, Tom Hart said the harbour plan would work.');
    expect([q.speaker.name, q.conduit]).toEqual(['Tom Hart', 'BBC Radio 4']);
  });

  it('takes ", in an interview on BBC Radio 4" out of the content as the conduit', () => {
    const [q] = quotes('Tom Hart claimed the harbour plan would encourage vice, in an interview on BBC Radio 4.');
    expect([q.text, q.conduit]).toEqual(['the harbour plan would encourage vice', 'BBC Radio 4']);
  });

  it('leaves an interview inside quotation marks in the quotation (guard)', () => {
    const [q] = quotes('Tom Hart said: "I said so, in an interview on BBC Radio 4."');
    expect([q.text.includes('BBC Radio 4'), q.conduit]).toEqual([true, undefined]);
  });
});

describe('a knight met by first name is the full name before (issue #5, round 27)', () => {
  it('names "Sir Tomas said" after "theatre impresario Sir Tomas Harbourne" Tomas Harbourne', () => {
    const text = 'The musical has been masterminded by theatre impresario Sir Tomas Harbourne. Sir Tomas said he hoped the production was a blend.';
    const doc = marked(text, [['Tomas Harbourne', 'PER'], ['Tomas', 'PER', 2]]);
    expect(extractQuotes(doc).map((q) => q.speaker.name)).toEqual(['Tomas Harbourne']);
  });

  it('leaves a first name no full name opens alone (guard)', () => {
    const text = 'The musical has been masterminded by Ann Vale. Sir Tomas said he hoped the production was a blend.';
    const doc = marked(text, [['Ann Vale', 'PER'], ['Tomas', 'PER']]);
    expect(extractQuotes(doc).map((q) => q.speaker.name)).toEqual(['Tomas']);
  });
});

describe('offices after a name read more fully (issue #5, round 27)', () => {
  it('leaves a unit the body owns out of the role ("chairman and founder of Harbourco\'s Media Labs")', () => {
    const text = 'Tom Hart, chairman and founder of Harbourco\'s Media Labs, says the plan would work.';
    const [q] = extractQuotes(marked(text, [['Tom Hart', 'PER'], ['Harbourco', 'ORG']]));
    expect([q.affiliation?.name, q.role]).toEqual(['Harbourco', 'chairman and founder']);
  });

  it('reads "top tester at PC Pro" as an office', () => {
    expect(quotes('"It is worth printing at home," said Tom Hart, top tester at PC Pro.').map((q) => q.role)).toEqual(['top tester']);
  });

  it('reads the office "now" opens in an appositive ("Tom Hart, now Harbour Party deputy leader")', () => {
    const [q] = quotes('"The law is clear," said Tom Hart, now Harbour Party deputy leader.');
    expect([q.affiliation?.name, q.role]).toEqual(['Harbour Party', 'deputy leader']);
  });

  it('keeps the "of" of "secretary of state" in an office a relative clause gives, with or without its comma', () => {
    for (const text of ['Lee often argued with Tom Hart who is the secretary of state. "I do not think so," Hart told reporters.',
      'Lee often argued with Tom Hart, who is the secretary of state. "I do not think so," Hart told reporters.']) {
      const hart = extractQuotes(marked(text, [['Tom Hart', 'PER'], ['Hart', 'PER', 2]])).filter((q) => q.cue === 'told');
      expect(hart.map((q) => q.role)).toEqual(['secretary of state']);
    }
  });
});

describe('a relative pronoun after a spaced dash (issue #5, round 27)', () => {
  it('gives "official figures - which suggest that …" the figures as speaker', () => {
    expect(quotes('The survey is more upbeat than official figures - which suggest that the harbour is in recession - but it may change.')
      .map((q) => q.speaker.name)).toEqual(['official figures']);
  });
});

describe('a nationality before a national office names the state (issue #5, round 27)', () => {
  const withDemonym = (text: string, demonym: string, country: string, extra: [string, 'PER' | 'LOC'][]) => {
    const doc = marked(text, extra);
    const at = text.indexOf(demonym);
    const entities = [{ start: at, end: at + demonym.length, label: 'MISC' as const, origin: 'demonym' as const, candidates: [`country:${country}`] },
      ...doc.entities!.map((m) => (m.label === 'LOC' ? { ...m, origin: 'gazetteer' as const, candidates: [`country:${country}`] } : m))];
    return resolveStage.run({ ...doc, entities: entities.sort((x, y) => x.start - y.start) }, { knowledge: loadKnowledgeBase() });
  };

  it('gives "French finance minister Tom Hart" France, with the state\'s actor where the article names France too', () => {
    const named = extractQuotes(withDemonym('French finance minister Tom Hart said growth in France was slow.', 'French', 'FR', [['Tom Hart', 'PER'], ['France', 'LOC']]));
    expect(named.map((q) => [q.affiliation?.name, q.affiliation?.actorId, q.role])).toEqual([['France', 'state:FR', 'finance minister']]);
    const alone = extractQuotes(withDemonym('French finance minister Tom Hart said growth was slow.', 'French', 'FR', [['Tom Hart', 'PER']]));
    expect(alone.map((q) => [q.affiliation?.name, q.affiliation?.actorId])).toEqual([['France', undefined]]);
  });

  it('leaves a nation of the United Kingdom as written ("Welsh Health Minister") (guard)', () => {
    const quotes = extractQuotes(withDemonym('Welsh Health Minister Ann Vale said waiting times were falling.', 'Welsh', 'GB', [['Ann Vale', 'PER']]));
    expect(quotes.map((q) => q.affiliation?.name)).toEqual(['Welsh']);
  });
});

describe('Downing Street by its number before an office (issue #5, round 27)', () => {
  it('reads "Ex-No 10 media chief Tom Hart" as a former media chief of No 10', () => {
    const [q] = quotes('Ex-No 10 media chief Tom Hart said the row was a silly fuss.');
    expect([q.affiliation?.name, q.role]).toEqual(['No 10', 'ex-media chief']);
  });
});

describe('a speaker opening a clause after "and" behind a preposition\'s object (issue #5, round 27)', () => {
  it('reads "… at Harbour and manager Tom Hart said: …" as the manager\'s words', () => {
    const text = 'Lee sustained a knee injury in the defeat at Harbour and manager Tom Hart said: "He cannot run."';
    const [q] = quotes(text);
    expect([text.slice(q.speaker.start, q.speaker.end), q.role, q.cue]).toEqual(['manager Tom Hart', 'manager', 'said']);
  });

  it('reads "… until midnight on 16 December and an IAAF spokesman said: …" as the spokesman\'s words', () => {
    expect(spans('They have until midnight on 16 December and a harbour board spokesman said: "We are sure the answers are on their way."')
      .map((x) => x[0])).toEqual(['a harbour board spokesman']);
  });

  it('keeps two names joined by "and" after a preposition one phrase (guard)', () => {
    expect(spans('Talks with Lee and Kim said nothing new.').map((s) => s[0])).toEqual(['Talks with Lee and Kim']);
  });
});

describe('a former office with "ex-" opening the sentence (issue #5, round 27)', () => {
  it('gives "Ex-chat show host Tom Hart is to …. He said" the role "ex-chat show host"', () => {
    const text = 'Ex-chat show host Tom Hart is to contest the seat. He said it was time for change.';
    expect(extractQuotes(marked(text, [['Tom Hart', 'PER']])).map((q) => q.role)).toEqual(['ex-chat show host']);
  });

  it('writes "Ex-foreign secretary Tom Hart said" with a lower-case "ex-"', () => {
    const text = 'Ex-foreign secretary Tom Hart said it was time for change.';
    expect(extractQuotes(marked(text, [['Tom Hart', 'PER']])).map((q) => q.role)).toEqual(['ex-foreign secretary']);
  });
});

describe('a town after an office and "from" is where the person is from (issue #5, round 27)', () => {

  it('gives "Tom Hart, a business adviser from Harbourton," no affiliation and the role "business adviser"', () => {
    const text = '"It is bad," said Tom Hart, a business adviser from Harbourton.';
    const doc = gazetteerPlaces(marked(text, [['Tom Hart', 'PER'], ['Harbourton', 'LOC']]));
    expect(extractQuotes(doc).map((q) => [q.affiliation?.name, q.role])).toEqual([[undefined, 'business adviser']]);
  });

  it('keeps the seat of "senator from Harbourton" in the role, not as a body', () => {
    const text = '"The fine is too low," said Tom Hart, a senator from Harbourton.';
    const doc = gazetteerPlaces(marked(text, [['Tom Hart', 'PER'], ['Harbourton', 'LOC']]));
    expect(extractQuotes(doc).map((q) => q.role)).toEqual(['senator from Harbourton']);
  });
});

describe('a name someone gives a thing after "what" is no statement (issue #5, round 27)', () => {
  it('reads no quote in "… infected with what he called tribalism"', () => {
    expect(spans('The debate is infected with what he called tribalism, a conviction that you are with the industry.').filter((s) => s[1] === 'called')).toEqual([]);
  });

  it('keeps a name in quotation marks as the speaker\'s words ("what he called a “brazen breach”") (guard)', () => {
    expect(spans('Ann Vale condemned what she called a “brazen breach” of the rules.').filter((s) => s[1] === 'called').map((s) => s[0])).toEqual(['she']);
  });
});

describe('"states" after a lower-case modifier is the plural of "state" (issue #5, round 27)', () => {
  it('reads no quote in "… contests in smaller, whiter states."', () => {
    expect(spans('Lee is favored to win a few upcoming contests in smaller, whiter states. But since then his wave has receded.')).toEqual([]);
  });

  it('keeps "“…,” the lawsuit states." and "The document states that …" (guard)', () => {
    expect(spans('"Harbourco has turned a standard into an artifice," the lawsuit states.').map((s) => s[0])).toEqual(['the lawsuit']);
    expect(spans('The document states that leave is unpaid.').map((s) => s[0])).toEqual(['The document']);
  });
});

describe('a player or member named by team, position or seat is the person just named (issue #5, round 27)', () => {
  it('names "the Harbour striker said" after "… linked Tom Hart with a move" Tom Hart', () => {
    const text = 'Recent speculation has linked Tom Hart with a move back to Harbour, but the Harbour striker said he is not ready to return home.';
    expect(extractQuotes(marked(text, [['Tom Hart', 'PER']])).map((q) => q.speaker.name)).toEqual(['Tom Hart']);
  });

  it('leaves the description alone where two people were named before (guard)', () => {
    const text = 'Tom Hart and Ann Vale were both linked with a move, but the Harbour striker said he is not ready to return home.';
    expect(extractQuotes(marked(text, [['Tom Hart', 'PER'], ['Ann Vale', 'PER']])).map((q) => q.speaker.name)).toEqual(['the Harbour striker']);
  });
});

describe('an office the article titles someone with later is that person, not the one who spoke before (issue #5, round 28)', () => {
  it('names "The harbour secretary said" Ann Vale, titled "Harbour Secretary Ann Vale" further on, not Tom Hart who spoke before', () => {
    const text = 'Tom Hart said he was held for a week. The harbour secretary said she would not open an inquiry. ' +
      'Harbour Secretary Ann Vale told reporters the claims were old.';
    const doc = marked(text, [['Tom Hart', 'PER'], ['Ann Vale', 'PER']]);
    expect(extractQuotes(doc).map((q) => [q.speaker.name, q.role ?? ''])).toEqual([
      ['Tom Hart', ''], ['Ann Vale', 'harbour secretary'], ['Ann Vale', 'Harbour Secretary'],
    ]);
  });

  it('takes no "ex-" office for the title: "ex-Harbour chancellor Ann Vale" is not "the chancellor" (guard)', () => {
    const text = 'Tom Hart has denied the claims. The chancellor said the figures were sound. Earlier, ex-Harbour chancellor Ann Vale welcomed the rules.';
    const doc = marked(text, [['Tom Hart', 'PER'], ['Ann Vale', 'PER']]);
    expect(extractQuotes(doc).filter((q) => q.cue === 'said').map((q) => q.speaker.name)).toEqual(['Tom Hart']);
  });
});

describe('quotations going on after their attribution\'s sentence are one quote in parts (issue #5, round 28)', () => {
  it('reads "“…,” said Lee. “…. “…”" as one quote of three parts', () => {
    const text = '"I am delighted to have won," said Lee Hart. "It was a hard match. "I hope to play here again."';
    const got = quotes(text);
    expect(got.map((q) => [q.speaker.name, q.direct, ...partsOf(text, q)])).toEqual([
      ['Lee Hart', true, 'I am delighted to have won', 'It was a hard match.', 'I hope to play here again.'],
    ]);
    expect(got[0].text).toBe(text.slice(1, -1));
  });

  it('keeps a quotation after reported speech a quote of its own (guard)', () => {
    const text = 'Tom Hart said he was held for a week. "I lost three years."';
    expect(quotes(text).map((q) => [q.speaker.name, q.direct, q.text])).toEqual([
      ['Tom Hart', false, 'he was held for a week'], ['Tom Hart', true, 'I lost three years.'],
    ]);
  });
});

describe('a member of parliament described by seat or party, and a description\'s head before its clause (issue #5, round 28)', () => {
  it('reads "the Harbour MP" and "a senior Tory MP" as descriptions, the title their role, not as names', () => {
    const text = '"The threat is real," the Harbour MP told the committee. A senior Tory MP said the plan was late.';
    expect(quotes(text).map((q) => [q.speaker.name, q.speaker.actorId ?? '', q.role ?? ''])).toEqual([
      ['the Harbour MP', '', 'MP'], ['A senior Tory MP', '', 'MP'],
    ]);
  });

  it('keeps the seat after "for" in the role: "the Labour MP for Harbour North" is a description', () => {
    const text = 'The Labour MP for Harbour North said the plan was late.';
    expect(quotes(text).map((q) => [q.speaker.name, q.affiliation?.name ?? '', q.role ?? ''])).toEqual([
      ['The Labour MP for Harbour North', 'Labour', 'MP for Harbour North'],
    ]);
  });

  it('keeps "MP" before a name as its title: "Labour MP Ann Vale said" (guard)', () => {
    const text = 'Labour MP Ann Vale said the plan was late.';
    expect(extractQuotes(marked(text, [['Ann Vale', 'PER']])).map((q) => [q.speaker.name, q.affiliation?.name ?? '', q.role ?? ''])).toEqual([
      ['Ann Vale', 'Labour', 'MP'],
    ]);
  });

  it('takes the head of "The lawyer, who is reading the papers," from before the clause, for the lawyer named before', () => {
    const text = 'Defence lawyer Tom Hart has insisted the case is weak. Mr Hart says he will appeal. The lawyer, who is reading the papers, told reporters: "They have nothing."';
    expect(extractQuotes(marked(text, [['Tom Hart', 'PER'], ['Mr Hart', 'PER']])).map((q) => q.speaker.name)).toEqual(['Tom Hart', 'Tom Hart', 'Tom Hart']);
  });
});

describe('no office for plain people or groups before a phrase, no poll taken part in, no score given away (issue #5, round 28)', () => {
  it('gives "The unnamed woman from Harbour" and "critics of phone-tap trials" no role, the woman\'s town no affiliation', () => {
    const text = 'The unnamed woman from Harbour says that the chip is faulty. But critics of phone-tap trials say the evidence is weak.';
    const doc = marked(text, [['Harbour', 'LOC']]);
    expect(extractQuotes(doc).map((q) => [q.speaker.name, q.affiliation?.name ?? '', q.role ?? ''])).toEqual([
      ['The unnamed woman from Harbour', '', ''], ['critics of phone-tap trials', '', ''],
    ]);
  });

  it('keeps "a spokesman for the Harbour Trust" its role and body (guard)', () => {
    expect(quotes('A spokesman for the Harbour Trust said the plan was late.').map((q) => [q.affiliation?.name, q.role])).toEqual([['Harbour Trust', 'spokesman']]);
  });

  it('reads no quote in "Other pundits to take part in the survey included …"', () => {
    expect(spans('Other pundits to take part in the survey included Tom Hart and Ann Vale, who edits the Harbour Times.')).toEqual([]);
  });

  it('reads no quote in "when Harbour conceded a penalty close to their own line"; "conceded that …" stays (guard)', () => {
    expect(spans('When Harbour conceded a penalty close to their own line, Scotland kicked it to touch.')).toEqual([]);
    expect(spans('Tom Hart conceded that the plan had failed.').map((s) => s[0])).toEqual(['Tom Hart']);
  });
});

describe('platforms and papers written in as the conduit, and a main clause before a subordinator out of the speaker (issue #5, round 28)', () => {
  it('gives "wrote on Twitter", "said in a Facebook post" and "announced on Facebook on Tuesday that" the platform, out of the content', () => {
    const text = 'Tom Hart wrote on Twitter, "We must keep faith with our allies." Ann Vale said in a Facebook post that the plan was late. ' +
      'The harbour chief announced on Facebook on Tuesday that there were suspects in custody.';
    expect(quotes(text).map((q) => [q.conduit ?? '', q.text])).toEqual([
      ['Twitter', 'We must keep faith with our allies.'], ['Facebook', 'the plan was late'], ['Facebook', 'there were suspects in custody'],
    ]);
  });

  it('gives "wrote in the Guardian", "Writing in the Daily Telegraph, …" and "In a Newsweek essay, … writes" the paper', () => {
    const text = 'Tom Hart wrote in the Guardian that the plan was late. Writing in the Daily Telegraph, Ann Vale said the plan was sound. ' +
      'In a Newsweek essay, Professor Lee Moss writes that the term is narrow.';
    expect(quotes(text).map((q) => q.conduit ?? '')).toEqual(['the Guardian', 'Daily Telegraph', 'Newsweek']);
  });

  it('gives no conduit for "said on Monday" or "wrote in his book" (guard)', () => {
    expect(quotes('Tom Hart said on Monday that the plan was late. Ann Vale wrote in her book that it was sound.').map((q) => q.conduit ?? '')).toEqual(['', '']);
  });

  it('reads "the stadium erupted in celebration when Mirza thought …" with Mirza alone as the speaker', () => {
    expect(spans('At 5-3, the stadium erupted in celebration when Mirza thought she had delivered an ace.').map((s) => s[0])).toEqual(['Mirza']);
  });

  it('keeps a subordinator inside a relative clause in the speaker: "The man who ran when police arrived said" (guard)', () => {
    expect(spans('The man who ran when police arrived said he saw the blast.').map((s) => s[0])).toEqual(['The man who ran when police arrived']);
  });
});

describe('a body described by the kind its name ends with (issue #5, round 28)', () => {
  it('names "The festival praises him" the one festival named just before, "the Harbour Film Festival"', () => {
    const text = 'Tom Hart has competed four times at the Harbour Film Festival. The festival praises him for his "sensational start".';
    expect(extractQuotes(marked(text, [['Tom Hart', 'PER'], ['Harbour Film Festival', 'ORG']])).map((q) => q.speaker.name)).toEqual(['Harbour Film Festival']);
  });

  it('names nobody where two bodies of that kind were named: "the Harbour Party … the Vale Party. The party argues" (guard)', () => {
    const text = 'The Harbour Party could sue two members who defected to the Vale Party. The party argues the pair should give up their seats.';
    expect(extractQuotes(marked(text, [['Harbour Party', 'ORG'], ['Vale Party', 'ORG']])).map((q) => q.speaker.name)).toEqual(['The party']);
  });
});

describe('an outlet named after or before the kind of outlet it is, and a compound in the clause after the audience (issue #5, round 28)', () => {
  it('gives "told sports daily Marca", "told Madrid newspaper El Pais", "speaking on Greece\'s Vale Television station" and "an interview with US magazine Harbour Weekly" the outlet\'s name', () => {
    const text = 'Tom Flores told sports daily Marca that he was happy. Ann Vale told Madrid newspaper El Pais that she was ready. ' +
      'Lee Moss, speaking on Greece\'s Vale Television station, claimed he was innocent. Sam Hart said in an interview with US magazine Harbour Weekly that he never watched.';
    const doc = gazetteerPlaces(marked(text, [['Tom Flores', 'PER'], ['Ann Vale', 'PER'], ['Madrid', 'LOC'], ['Lee Moss', 'PER'], ['Greece', 'LOC'], ['Sam Hart', 'PER'], ['US', 'LOC']]));
    expect(extractQuotes(doc).map((q) => q.conduit ?? '')).toEqual(['Marca', 'El Pais', 'Vale Television', 'Harbour Weekly']);
  });

  it('reads "told the press a nearly 24-hour search had begun" with the press as the audience, not the content', () => {
    expect(spans('Officials told the press a nearly 24-hour search mission had begun.').map((s) => s[2])).toEqual(['a nearly 24-hour search mission had begun']);
  });
});

describe('an organisation, its owned title and the person holding it (issue #5, round 28)', () => {
  it('names "University of Harbour, North Vale\'s chancellor, Tom Hart, said" Tom Hart, chancellor, not the university', () => {
    const text = 'University of Harbour, North Vale\'s chancellor, Tom Hart, said the campus was ready.';
    expect(extractQuotes(marked(text, [['Tom Hart', 'PER']])).map((q) => [q.speaker.name, q.role])).toEqual([['Tom Hart', 'chancellor']]);
  });

  it('keeps the organisation where no person follows its title: "Harbour Corporation, the region\'s biggest employer, said" (guard)', () => {
    expect(quotes('Harbour Corporation, the region\'s biggest employer, said the plant would close.').map((q) => q.speaker.name)).toEqual(['Harbour Corporation']);
  });
});

describe('a long role appositive after "According to", an owner with a bare apostrophe, a former office (issue #5, round 28)', () => {
  it('reads "According to Dr. Tom Hart, formerly the director of the United States\' Centers for Harbour Safety and Prevention, …"', () => {
    const text = 'According to Dr. Tom Hart, formerly the director of the United States\' Centers for Harbour Safety and Prevention, the pandemic is "unprecedented."';
    const doc = gazetteerPlaces(marked(text, [['Tom Hart', 'PER'], ['United States', 'LOC']]));
    expect(extractQuotes(doc).map((q) => [q.affiliation?.name, q.role, q.text])).toEqual([
      ['Centers for Harbour Safety and Prevention', 'former director', 'the pandemic is "unprecedented."'],
    ]);
  });

  it('gives "head of Harbour-based game developer Vale Studios" the role "head"', () => {
    const text = 'According to Tom Hart, head of Harbour-based game developer Vale Studios, games will cost more.';
    expect(extractQuotes(marked(text, [['Tom Hart', 'PER'], ['Vale Studios', 'ORG']])).map((q) => [q.affiliation?.name, q.role])).toEqual([['Vale Studios', 'head']]);
  });
});

describe('a document noun before a role noun in an appositive is no cue (issue #5, round 28)', () => {
  it('reads no quote from "report" in "…, estimates Tom Hart, report author and a senior adviser at the Harbour Forum."', () => {
    expect(spans('Waste has reached 9,000 tonnes, estimates Tom Hart, report author and a senior adviser at the Harbour Forum.').filter((s) => s[1] === 'report')).toEqual([]);
  });

  it('keeps the appositive in the speaker: "…, says Tom Hart, report author and a senior adviser at the Harbour Forum."', () => {
    expect(spans('Waste has reached 9,000 tonnes, says Tom Hart, report author and a senior adviser at the Harbour Forum.')).toEqual([
      ['Tom Hart, report author and a senior adviser at the Harbour Forum', 'says', 'Waste has reached 9,000 tonnes'],
    ]);
  });

  it('keeps an inverted cue before a role noun: "…, say analysts Harbour Research." (guard)', () => {
    expect(spans('Many are turning away from TV, say analysts Harbour Research.').map((s) => s[1])).toEqual(['say']);
  });
});

describe('a ball, a price or a person pushed, bail denied and a player dismissed are no statements (issue #5, round 28)', () => {
  it('reads no quote in "Hart pushed an easy drop goal opportunity wide", "Cold weather pushed crude prices to highs", "Vale pushed referee Tom Lee"', () => {
    const text = 'Hart pushed an easy drop goal opportunity wide. Cold weather pushed crude prices to four-month highs. An angry Ann Vale pushed referee Tom Lee.';
    expect(extractQuotes(marked(text, [['Ann Vale', 'PER'], ['Tom Lee', 'PER']])).map((q) => q.cue)).toEqual([]);
  });

  it('reads no quote in "… having been charged and repeatedly denied bail" nor "referee Ann Vale, who later dismissed Tom Lee"', () => {
    const text = 'Mr Hart, once the richest man, is in prison, having been charged with fraud and repeatedly denied bail. ' +
      'The anger was at a talk between the coach and referee Ann Vale, who later dismissed Tom Lee.';
    expect(extractQuotes(marked(text, [['Mr Hart', 'PER'], ['Ann Vale', 'PER'], ['Tom Lee', 'PER']])).map((q) => q.cue)).toEqual([]);
  });

  it('keeps "pushed for reform", "denied the claims" and "dismissed Tom Lee\'s Budget as …" (guard)', () => {
    const text = 'Ann Vale pushed for reform. Tom Lee denied the claims. Sam Hart dismissed Tom Lee\'s Budget as "vote now, pay later".';
    expect(extractQuotes(marked(text, [['Ann Vale', 'PER'], ['Tom Lee', 'PER'], ['Sam Hart', 'PER'], ['Tom Lee', 'PER', 2]])).map((q) => q.cue)).toEqual(['pushed', 'denied', 'dismissed']);
  });
});

describe('a country\'s press reports are not the country\'s (issue #5, round 28)', () => {
  it('keeps "Harbouria media reports say" a description, not the country Harbouria', () => {
    const text = 'Vale Group is poised to launch a bid for the exchange, Harbouria media reports say.';
    const doc = gazetteerPlaces(marked(text, [['Vale Group', 'ORG'], ['Harbouria', 'LOC']]));
    expect(extractQuotes(doc).map((q) => q.speaker.name)).toEqual(['Harbouria media reports']);
  });
});

describe('a cue form after a preposition is a noun (issue #5, round 29)', () => {
  it('reads no quote in "Mr Hart\'s comments follow the controversy over plans to open pubs around the clock."', () => {
    expect(spans('Mr Hart\'s comments follow the controversy over plans to open pubs around the clock.')).toEqual([]);
  });

  it('keeps a gerund after a preposition and a verb after a subject: "by saying …", "Tom Hart plans to …" (guard)', () => {
    const text = 'Ann Vale angered voters by saying the budget was a fraud. Tom Hart plans to open a second harbour.';
    expect(extractQuotes(marked(text, [['Ann Vale', 'PER'], ['Tom Hart', 'PER']])).map((q) => q.cue)).toEqual(['saying', 'plans']);
  });
});

describe('a thing or a body of people before "of" holds no office (issue #5, round 29)', () => {
  it('gives "The restoration of the older Harbour Wars episodes" and "a panel of industry experts" no role', () => {
    const text = 'The restoration of the older Harbour Wars episodes revealed some odd scenes. A panel of industry experts says the networks are here to stay.';
    expect(quotes(text).map((q) => [q.speaker.name, q.role])).toEqual([
      ['The restoration of the older Harbour Wars episodes', undefined],
      ['A panel of industry experts', undefined],
    ]);
  });

  it('keeps the roles of "A spokesman for the harbour board" and "the head of the harbour police" (guard)', () => {
    const text = 'A spokesman for the harbour board said the dredging would start. The head of the harbour police said the port was calm.';
    expect(quotes(text).map((q) => q.role)).toEqual(['spokesman for the harbour board', 'head of the harbour police']);
  });
});

describe('a peer\'s "of" names the peerage, no body (issue #5, round 29)', () => {
  it('gives "Lord Hart of Valeford" no affiliation "Valeford"', () => {
    const text = 'Lord Hart of Valeford, who chaired the inquiry, said the rules were weak.';
    expect(extractQuotes(marked(text, [['Lord Hart', 'PER'], ['Valeford', 'LOC']])).map((q) => [q.speaker.name, q.affiliation?.name])).toEqual([['Hart', undefined]]);
  });

  it('keeps "Tom Hart of the Harbour Institute" (guard)', () => {
    const text = 'Tom Hart of the Harbour Institute said the rules were weak.';
    expect(extractQuotes(marked(text, [['Tom Hart', 'PER'], ['Harbour Institute', 'ORG']])).map((q) => q.affiliation?.name)).toEqual(['Harbour Institute']);
  });
});

describe('outlets the article names beside their kind (issue #5, round 29)', () => {
  it('reads "Speaking to newspaper Star of Valeford, …" and a later "told Star of Valeford" as the outlet, no role', () => {
    const text = 'Speaking to newspaper Star of Valeford, Ann Vale said the train was on time. Later Vale told Star of Valeford it was a proud day.';
    const doc = marked(text, [['Star of Valeford', 'ORG'], ['Ann Vale', 'PER'], ['Vale', 'PER', 2], ['Star of Valeford', 'ORG', 2]]);
    expect(extractQuotes(doc).map((q) => [q.conduit, q.role])).toEqual([['Star of Valeford', undefined], ['Star of Valeford', undefined]]);
  });

  it('reads "told Harbourcast" as the outlet after "an interview with Harbourcast web radio"', () => {
    const text = 'In an interview with Harbourcast web radio, Tom Hart said the network would grow. Users will rate files, Hart told Harbourcast.';
    const doc = marked(text, [['Harbourcast', 'LOC'], ['Tom Hart', 'PER'], ['Hart', 'PER', 2], ['Harbourcast', 'LOC', 2]]);
    expect(extractQuotes(doc).map((q) => q.conduit)).toEqual(['Harbourcast', 'Harbourcast']);
  });

  it('keeps a town before its paper no outlet: "A Valeford newspaper said …. Hart told Valeford …" (guard)', () => {
    const text = 'A Valeford newspaper said the port would close. Tom Hart told Valeford it would not.';
    const doc = gazetteerPlaces(marked(text, [['Valeford', 'LOC'], ['Tom Hart', 'PER'], ['Valeford', 'LOC', 2]]));
    expect(extractQuotes(doc).map((q) => q.conduit)).toEqual([undefined, undefined]);
  });
});

describe('the kind of body before its name and a unit it owns stay out of the role (issue #5, round 29)', () => {
  it('gives "editor of Indian film journal Vale Guide" and "head of MMS firm Harbourmind" the roles "editor" and "head"', () => {
    const text = 'Tom Hart, editor of Indian film journal Vale Guide, says the film will do well. Ann Vale, head of MMS firm Harbourmind, said the market was growing.';
    const doc = marked(text, [['Tom Hart', 'PER'], ['Vale Guide', 'ORG'], ['Ann Vale', 'PER'], ['Harbourmind', 'ORG']]);
    expect(extractQuotes(doc).map((q) => [q.affiliation?.name, q.role])).toEqual([['Vale Guide', 'editor'], ['Harbourmind', 'head']]);
  });

  it('gives "chief of Valecom\'s new Entertainment unit" the role "chief" and the body Valecom', () => {
    const text = 'Tom Hart, chief of Valecom\'s new Entertainment unit, said the market was growing.';
    expect(extractQuotes(marked(text, [['Tom Hart', 'PER'], ['Valecom', 'ORG']])).map((q) => [q.affiliation?.name, q.role])).toEqual([['Valecom', 'chief']]);
  });

  it('gives "head of music at Harbour radio station Valefm" the role "head of music"', () => {
    const text = 'Tom Hart, head of music at Harbour radio station Valefm, said the single was a hit.';
    expect(extractQuotes(marked(text, [['Tom Hart', 'PER'], ['Valefm', 'ORG']])).map((q) => [q.affiliation?.name, q.role])).toEqual([['Valefm', 'head of music']]);
  });

  it('keeps "director of research at Vale Bank" and "chairman of Vale Bank" (guard)', () => {
    const text = 'Ann Vale, director of research at Vale Bank, said rates would rise. Tom Hart, chairman of Vale Bank, said rates would fall.';
    const doc = marked(text, [['Ann Vale', 'PER'], ['Vale Bank', 'ORG'], ['Tom Hart', 'PER'], ['Vale Bank', 'ORG', 2]]);
    expect(extractQuotes(doc).map((q) => [q.affiliation?.name, q.role])).toEqual([['Vale Bank', 'director of research'], ['Vale Bank', 'chairman']]);
  });
});

describe('standing as an independent is no body (issue #5, round 29)', () => {
  it('gives "Independent presidential candidate Tom Hart" no affiliation and the role "independent presidential candidate"', () => {
    const text = 'Those who took part were: Independent presidential candidate Tom Hart, Green Party nominee Ann Vale. Hart emphasized censorship as a problem.';
    const doc = marked(text, [['Tom Hart', 'PER'], ['Green Party', 'ORG'], ['Ann Vale', 'PER'], ['Hart', 'PER', 2]]);
    expect(extractQuotes(doc).map((q) => [q.affiliation?.name, q.role])).toEqual([[undefined, 'independent presidential candidate']]);
  });

  it('keeps "A second poll for the Independent" the paper\'s (guard)', () => {
    const text = 'A second poll for the Independent showed Labour ahead by eight points.';
    expect(extractQuotes(marked(text, [['Independent', 'ORG'], ['Labour', 'ORG']])).map((q) => q.affiliation?.name)).toEqual(['Independent']);
  });
});

describe('a gerund\'s preposition or a cue\'s adverb ends no speaker; a participle after a clause is its subject\'s (issue #5, round 29)', () => {
  it('reads "World leaders and diplomats almost universally expressed …" and "Tom Hart, R-Vale, despite admitting that …"', () => {
    expect(spans('World leaders and diplomats almost universally expressed outrage over the test.').map((s) => s[0])).toEqual(['World leaders and diplomats']);
    expect(spans('House Speaker Tom Hart, R-Vale, despite admitting that he had concerns, backed the bill.').map((s) => s[0])).toEqual(['House Speaker Tom Hart, R-Vale,']);
  });

  it('reads "Hart, a former party chairman, poked at the plan, saying it was wrong." with the name and its appositive as speaker', () => {
    expect(spans('Hart, a former party chairman, poked at the plan, saying it was wrong.')).toEqual([['Hart, a former party chairman', 'saying', 'it was wrong']]);
  });

  it('keeps "Tom Hart, citing the deal, said …" and "…, said Tom Hart, who has burst into contention recently." (guard)', () => {
    expect(spans('Tom Hart, citing the deal, said the port would close.').map((s) => s[0])).toEqual(['Tom Hart']);
    expect(spans('"It is an honour," said Tom Hart, who has burst into contention recently.').map((s) => s[0])).toEqual(['Tom Hart, who has burst into contention recently']);
  });
});

describe('a firm ranked in its trade, and "it" after another body opening the sentence before (issue #5, round 29)', () => {
  it('reads "The UK\'s biggest mortgage lender said" as the firm that spoke just before', () => {
    const text = 'Vale Bank said last week that house prices rose by 1.1% in December. The UK\'s biggest mortgage lender said prices rose 15% over the year.';
    expect(extractQuotes(marked(text, [['Vale Bank', 'ORG'], ['UK', 'LOC']])).map((q) => q.speaker.name)).toEqual(['Vale Bank', 'Vale Bank']);
  });

  it('reads "It said" as the body opening the sentence before, not the firm that spoke two sentences back', () => {
    const text = 'Vale Bank said prices rose by 1.1% in December. Sales were slow. The Harbour Office attributed the fall to flats. It said inflation rose.';
    expect(extractQuotes(marked(text, [['Vale Bank', 'ORG'], ['Harbour Office', 'ORG']])).map((q) => q.speaker.name)).toEqual(['Vale Bank', 'Harbour Office']);
  });
});

describe('"the party" is the party that spoke last (issue #5, round 29)', () => {
  it('reads "The Vale Democrats say …. The party says …" as the Vale Democrats', () => {
    const text = 'The Vale Democrats say their homes would be affordable. The party says its plan can be funded at no extra cost.';
    expect(extractQuotes(marked(text, [['Vale Democrats', 'ORG']])).map((q) => q.speaker.name)).toEqual(['Vale Democrats', 'Vale Democrats']);
  });

  it('leaves "The party says" a description after a person spoke (guard)', () => {
    const text = 'Tom Hart said the homes would be affordable. The party says its plan can be funded at no extra cost.';
    expect(extractQuotes(marked(text, [['Tom Hart', 'PER']])).map((q) => q.speaker.name)).toEqual(['Tom Hart', 'The party']);
  });
});

describe('a headline\'s firm the tagger took for a person, introduced by a firm\'s noun (issue #5, round 29)', () => {
  it('reads "The company also cited …" as Valecorp after "consumer goods giant Valecorp" under a headline naming it', () => {
    const text = 'Valecorp shake up as profit slips\n\nAnglo-Dutch consumer goods giant Valecorp is to merge its two boards. The company also cited difficult trading conditions.';
    expect(extractQuotes(marked(text, [['Valecorp', 'PER'], ['Valecorp', 'PER', 2]])).map((q) => q.speaker.name)).toEqual(['Valecorp']);
  });

  it('leaves "The company" a description when no firm\'s noun introduces the name (guard)', () => {
    const text = 'Valecorp shake up as profit slips\n\nValecorp is to merge its two boards. The company also cited difficult trading conditions.';
    expect(extractQuotes(marked(text, [['Valecorp', 'PER'], ['Valecorp', 'PER', 2]])).map((q) => q.speaker.name)).toEqual(['The company']);
  });
});

describe('an object ends before a clause "and" opens with a subject and a verb of its own (issue #5, round 29)', () => {
  it('ends "declined such an arrangement" and "proposed a freeze" before the writer\'s clause', () => {
    expect(spans('Hart declined such an arrangement and the Commission canceled the debate. Vale proposed a freeze and Harbouria has begun its own moratorium.').map((s) => s[2])).toEqual([
      'such an arrangement', 'a freeze',
    ]);
  });

  it('keeps a clause, a participle and a relative inside the object (guard)', () => {
    const text = 'Hart welcomed news that the Vale Foundation and Harbouria are joining up. Lee pledged a guarantee and a pension system based on residence. ' +
      'She called the shootings and the unrest that has followed a moment of change.';
    expect(spans(text).map((s) => s[2])).toEqual([
      'news that the Vale Foundation and Harbouria are joining up', 'a guarantee and a pension system based on residence',
      'the shootings and the unrest that has followed a moment of change',
    ]);
  });
});

describe('a title word opening a firm\'s name, and the state a capitalised title with "of" serves (issue #5, round 29)', () => {
  it('names "General Harbours said" the firm, not "Harbours" with the role "General"', () => {
    const text = 'General Harbours said sales fell.';
    expect(extractQuotes(marked(text, [['General Harbours', 'ORG']])).map((q) => [q.speaker.name, q.role])).toEqual([['General Harbours', undefined]]);
  });

  it('keeps "General Tom Hart" a general (guard)', () => {
    const text = 'General Tom Hart said the attack failed.';
    expect(extractQuotes(marked(text, [['Tom Hart', 'PER']])).map((q) => [q.speaker.name, q.role])).toEqual([['Tom Hart', 'General']]);
  });

  it('gives "US Secretary of State Tom Hart" the affiliation US and the role "Secretary of State"', () => {
    const text = 'US Secretary of State Tom Hart said the attack came from Valeria.';
    const doc = gazetteerPlaces(marked(text, [['US', 'LOC'], ['Tom Hart', 'PER'], ['Valeria', 'LOC']]));
    expect(extractQuotes(doc).map((q) => [q.affiliation?.name, q.role])).toEqual([['US', 'Secretary of State']]);
  });
});

describe('a story told is no statement, a cue form after a past verb is a noun, a title won names no body (issue #5, round 29)', () => {
  it('reads no quote in "The film tells the story of a young mum …" nor "The news calmed worries about shortages."', () => {
    expect(spans('The film tells the story of a young mum who leaves her daughters outside a pub. The news calmed worries about winter shortages.')).toEqual([]);
  });

  it('keeps "Tom Hart told the BBC the story was false." and "The figures eased, officials said." (guard)', () => {
    expect(spans('Tom Hart told the BBC the story was false. The figures eased, officials said.').map((s) => s[1])).toEqual(['told', 'said']);
  });

  it('gives "Vale Open champion Ann Hart" the role "Vale Open champion" and no affiliation', () => {
    const text = 'Vale Open champion Ann Hart said she was tired.';
    expect(extractQuotes(marked(text, [['Vale Open', 'ORG'], ['Ann Hart', 'PER']])).map((q) => [q.affiliation?.name, q.role])).toEqual([[undefined, 'Vale Open champion']]);
  });
});

describe('no second part after an inverted speaker when "but" opens a pronoun\'s own cue (issue #5, round 29)', () => {
  it('ends "…, said Mr Hart, but he said …" before the second attribution', () => {
    expect(spans('Valesoft had delivered the kits, said Mr Hart, but he said the firm was still waiting on others.').map((s) => s[2])).toEqual([
      'Valesoft had delivered the kits', 'the firm was still waiting on others',
    ]);
  });

  it('keeps "…, he said, but he did not think …" one statement going on (guard)', () => {
    expect(spans('The plan is good, he said, but he did not think it would pass.')[0][2]).toBe('The plan is good, he said, but he did not think it would pass');
  });
});

describe('a party named before a person is the affiliation (issue #5, round 30)', () => {
  it('reads "Conservative Tom Hart" and "Democrat Ann Vale" as members of their parties', () => {
    const text = 'Conservative Tom Hart asked the minister whether the figures were right. Democrat Ann Vale said the harbour bill would pass.';
    expect(extractQuotes(marked(text, [['Tom Hart', 'PER'], ['Ann Vale', 'PER']])).map((q) => [q.speaker.name, q.affiliation?.name, q.role]))
      .toEqual([['Tom Hart', 'Conservative', undefined], ['Ann Vale', 'Democrat', undefined]]);
  });

  it('takes the party out of a name the tagger read with it: "Liberal Democrat Ann Vale", "Tory Tom Hart"', () => {
    const text = 'Liberal Democrat Ann Vale said the harbour bill would pass. Tory Tom Hart said it would fail.';
    expect(extractQuotes(marked(text, [['Liberal Democrat Ann Vale', 'PER'], ['Tory Tom Hart', 'PER']])).map((q) => [q.speaker.name, q.affiliation?.name]))
      .toEqual([['Ann Vale', 'Liberal Democrat'], ['Tom Hart', 'Tory']]);
  });

  it('reads a member of the Scottish Parliament\'s title as the role: "Green MSP Omar Reyes"', () => {
    const text = 'Green MSP Omar Reyes said the tram line would cost too much.';
    expect(extractQuotes(marked(text, [['Omar Reyes', 'PER']])).map((q) => [q.speaker.name, q.affiliation?.name, q.role])).toEqual([['Omar Reyes', 'Green', 'MSP']]);
  });

  it('keeps a name that opens with a party word before a surname, "Tory Hartley", and takes no party from a common adjective, "Green Omar Reyes"', () => {
    const text = 'Tory Hartley said the new range sold well. Green Omar Reyes said the tram line would cost too much.';
    expect(extractQuotes(marked(text, [['Tory Hartley', 'PER'], ['Green Omar Reyes', 'PER']])).map((q) => [q.speaker.name, q.affiliation?.name]))
      .toEqual([['Tory Hartley', undefined], ['Omar Reyes', undefined]]);
  });
});

describe('a description that goes on speaking is the speaker before it (issue #5, round 30)', () => {
  it('reads "The Valeford boss continued" and "The former Harbour international added" as the person who spoke last', () => {
    const text = 'Tom Hart said: "He would be the best candidate." The Valeford boss continued: "He knows the job." ' +
      'Ann Vale told the paper she would stay. Club director Omar Reyes held talks with Vale on Saturday. The former Harbour international added that leaving would be unwise.';
    const qs = extractQuotes(marked(text, [['Tom Hart', 'PER'], ['Ann Vale', 'PER'], ['Omar Reyes', 'PER'], ['Vale', 'PER', 3]]));
    expect(qs.filter((q) => q.cue === 'continued' || q.cue === 'added').map((q) => q.speaker.name)).toEqual(['Tom Hart', 'Ann Vale']);
  });

  it('leaves kin going on to themselves: "Tom Hart said he would stay. His wife added that …" (guard)', () => {
    const text = 'Tom Hart said he would stay. His wife added that she would not.';
    const qs = extractQuotes(marked(text, [['Tom Hart', 'PER']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Tom Hart', 'His wife']);
  });
});

describe('a name joined to the object of a link is not the speaker (issue #5, round 30)', () => {
  it('does not name "The star of Harbour Days and Tootsie" Tootsie, nor "A study by the Vale Internet and Harbour Life Project" its last piece', () => {
    const text = 'The star of Harbour Days and Tootsie said the film culture was dead. A study by the Vale Internet and Harbour Life Project found that players were popular.';
    const doc = marked(text, [['Harbour Days', 'LOC'], ['Tootsie', 'PER'], ['Vale Internet', 'ORG'], ['Harbour Life Project', 'ORG']]);
    const qs = extractQuotes(resolveStage.run(doc, { knowledge: loadKnowledgeBase() }));
    expect(qs.map((q) => q.speaker.name).filter((n) => n === 'Tootsie' || n === 'Harbour Life Project')).toEqual([]);
  });
});

describe('a body that owns another speaks for itself (issue #5, round 30)', () => {
  it('names "Valeford-based Harbourlink, owner of Ferrico in Tampa," Harbourlink, with no office in Ferrico', () => {
    const text = 'Valeford-based Harbourlink, owner of Ferrico in Tampa, said any offer would be in cash.';
    const qs = extractQuotes(marked(text, [['Valeford-based Harbourlink', 'ORG'], ['Ferrico', 'ORG'], ['Tampa', 'LOC']]));
    expect(qs.map((q) => [q.speaker.name, q.affiliation?.name, q.role])).toEqual([['Harbourlink', undefined, undefined]]);
  });

  it('keeps the office of a person who owns a business: "Tom Hart, owner of the Harbour Inn," (guard)', () => {
    const text = 'Tom Hart, owner of the Harbour Inn, said the bar was busy.';
    const qs = extractQuotes(marked(text, [['Tom Hart', 'PER'], ['Harbour Inn', 'ORG']]));
    expect(qs.map((q) => [q.speaker.name, q.affiliation?.name, q.role])).toEqual([['Tom Hart', 'Harbour Inn', 'owner']]);
  });
});

describe('a quote that goes on from one told to an outlet was told to it too (issue #5, round 30)', () => {
  it('gives "He also said …" after "Tom Hart, in remarks to the BBC, said …" the BBC', () => {
    const text = 'Tom Hart, in remarks to the BBC, said "A lot of people have lost their homes". He also said many areas lost power.';
    expect(extractQuotes(marked(text, [['Tom Hart', 'PER']])).map((q) => [q.speaker.name, q.conduit])).toEqual([['Tom Hart', 'the BBC'], ['Tom Hart', 'the BBC']]);
  });

  it('gives a "he said" in the next sentence the outlet too: "…, he told BBC Radio 4. In the port, …, he said"', () => {
    const text = '"The talks went well," he told BBC Radio 4. In the port, more ferries were held up than last year, he said.';
    expect(quotes(text).map((q) => q.conduit)).toEqual(['BBC Radio 4', 'BBC Radio 4']);
  });

  it('leaves a plain "said" two sentences on, a name\'s "said", and a quote after another speaker\'s without it (guard)', () => {
    const text = 'Tom Hart told the BBC the ferry was late. The port was shut. He said on Monday it was on time. Tom Hart told the BBC it was late. ' +
      'Hart said it was over. Ann Vale told the BBC she agreed. Tom Hart said no. Hart added that it was over.';
    const qs = extractQuotes(marked(text, [['Tom Hart', 'PER'], ['Tom Hart', 'PER', 2], ['Hart', 'PER', 3], ['Ann Vale', 'PER'], ['Tom Hart', 'PER', 3], ['Hart', 'PER', 5]]));
    expect(qs.map((q) => q.conduit)).toEqual(['the BBC', undefined, 'the BBC', undefined, 'the BBC', undefined, undefined]);
  });
});

describe('an honorific takes a name written surname first (issue #5, round 30)', () => {
  it('reads "said Mr Park" after "said Park Jiwon, a strategist at Harbour Trust," as Park Jiwon', () => {
    const text = '"Demand will fall," said Park Jiwon, a strategist at Harbour Trust. "They have been stalling," said Mr Park.';
    const qs = extractQuotes(marked(text, [['Park Jiwon', 'PER'], ['Harbour Trust', 'ORG'], ['Mr Park', 'PER']]));
    expect(qs.map((q) => [q.speaker.name, q.affiliation?.name])).toEqual([['Park Jiwon', 'Harbour Trust'], ['Park Jiwon', 'Harbour Trust']]);
  });

  it('leaves "Mr Howard" alone when "Howard Vale" is "Mr Vale" (guard)', () => {
    const text = 'Howard Vale said he would stand. Mr Vale said the party had let him down. Mr Howard said he had played by the rules.';
    const qs = extractQuotes(marked(text, [['Howard Vale', 'PER'], ['Mr Vale', 'PER'], ['Mr Howard', 'PER']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Howard Vale', 'Howard Vale', 'Howard']);
  });
});

describe('a work\'s title after its noun and a colon says nothing (issue #5, round 30)', () => {
  it('reads no report in "author of the Analytics report: Pushing Beyond the Limits of 3G with HSPA and Other Ferries"', () => {
    const text = '"Crossings will be slower," said Dr Tom Hart, author of the Analytics report: Pushing Beyond the Limits of 3G with HSPA and Other Ferries.';
    const doc = marked(text, [['Tom Hart', 'PER'], ['HSPA', 'ORG'], ['Other Ferries', 'LOC']]);
    const at = text.indexOf('Analytics');
    doc.entities = [...doc.entities!, { start: at, end: at + 'Analytics'.length, label: 'MISC' as const, origin: 'ner' as const }].sort((x, y) => x.start - y.start);
    expect(extractQuotes(resolveStage.run(doc, { knowledge: loadKnowledgeBase() })).map((q) => q.cue)).toEqual(['said']);
  });

  it('ends a role before the colon of a work\'s title: "author of the Valecom report"', () => {
    const text = '"Crossings will be slower," said Dr Tom Hart, author of the Valecom report: Pushing Beyond the Limits of Ferry Travel.';
    const qs = extractQuotes(marked(text, [['Tom Hart', 'PER'], ['Valecom', 'ORG'], ['Limits of Ferry Travel', 'ORG']]));
    expect(qs.map((q) => [q.cue, q.speaker.name, q.role])).toEqual([['said', 'Tom Hart', 'author of the Valecom report']]);
  });

  it('keeps a statement after a report noun and a colon: "The report concluded: fares will rise by a third" (guard)', () => {
    expect(spans('The report concluded: fares will rise by a third.').map((x) => x[2])).toEqual(['fares will rise by a third']);
  });
});

describe('"the party" a speaker spoke for or the sentence names (issue #5, round 30)', () => {
  it('reads "The party asserts" after "A spokesman for UKIP called on …" as UKIP', () => {
    const text = 'A spokesman for UKIP called on Mr Hart to quit the assembly. The party asserts that Mr Hart was elected on its ticket.';
    const qs = extractQuotes(marked(text, [['UKIP', 'ORG'], ['Mr Hart', 'PER']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['A spokesman for UKIP', 'UKIP']);
  });

  it('gives "the party\'s election chief Tom Hart" the party the sentence names', () => {
    const text = 'Labour will press on with its reforms, the party\'s election chief Tom Hart said on Sunday.';
    const qs = extractQuotes(marked(text, [['Labour', 'ORG'], ['Tom Hart', 'PER']]));
    expect(qs.map((q) => [q.speaker.name, q.affiliation?.name, q.role])).toEqual([['Tom Hart', 'Labour', 'election chief']]);
  });

  it('gives none when two parties are named (guard)', () => {
    const text = 'Labour and the Tories will press on with their reforms, the party\'s election chief Tom Hart said on Sunday.';
    const qs = extractQuotes(marked(text, [['Labour', 'ORG'], ['Tories', 'ORG'], ['Tom Hart', 'PER']]));
    expect(qs.map((q) => q.affiliation?.name)).toEqual([undefined]);
  });
});

describe('a "who" stands for a person, not the thing before its preposition (issue #5, round 30)', () => {
  it('reads "a complaint from a whistleblower who said …" as the whistleblower\'s', () => {
    const [q] = quotes('The inquiry began after a complaint from a whistleblower who said the call was improper.');
    expect(q.speaker.name).toBe('a whistleblower');
  });
});

describe('an award is no office in the body that gives it (issue #5, round 30)', () => {
  it('gives "Mr Hart, Harbour Week\'s 2003 Technology Leader of the Year" no affiliation "Harbour Week"', () => {
    const text = 'Ferries are in a new phase, argues Mr Hart, Harbour Week\'s 2003 Technology Leader of the Year.';
    const qs = extractQuotes(marked(text, [['Mr Hart', 'PER'], ['Harbour Week', 'ORG']]));
    expect(qs.map((q) => [q.affiliation?.name, q.role])).toEqual([[undefined, 'Harbour Week 2003 Technology Leader of the Year']]);
  });
});

describe('a share of something and a portfolio are no affiliation (issue #5, round 30)', () => {
  it('gives "Harbour Holdings, the company which controls 51% of Ferrico," and "Some 8% of the Valeland population" no affiliation', () => {
    const text = 'Harbour Holdings, the company which controls 51% of Ferrico, says the sale was illegal. Some 8% of the Valeland population said they rarely travel.';
    const qs = extractQuotes(marked(text, [['Harbour Holdings', 'ORG'], ['Ferrico', 'ORG'], ['Valeland', 'LOC']]));
    expect(qs.map((q) => q.affiliation?.name)).toEqual([undefined, undefined]);
  });

  it('reads "German Economy minister Tom Hart" as the German state\'s Economy minister, not a body "German Economy"', () => {
    const text = 'German Economy minister Tom Hart said growth would return.';
    const qs = extractQuotes(marked(text, [['Tom Hart', 'PER']]));
    expect(qs.map((q) => [q.affiliation?.name, q.role])).toEqual([['German', 'Economy minister']]);
  });

  it('keeps "Tom Hart, part of the Harbour Trust team," and a body named with its portfolio, "Department for Work and Pensions spokeswoman" (guard)', () => {
    const text = 'Tom Hart, part of the Harbour Trust team, said the plan was good. A Department for Work and Pensions spokeswoman said it was bad.';
    const qs = extractQuotes(marked(text, [['Tom Hart', 'PER'], ['Harbour Trust', 'ORG'], ['Department for Work and Pensions', 'ORG']]));
    expect(qs.map((q) => q.affiliation?.name)).toEqual(['Harbour Trust', 'Department for Work and Pensions']);
  });
});

describe('a surname no actor explains is the one person named in full with it (issue #5, round 30)', () => {
  it('names "Vale recalled …" after "US voice actor Alexis Vale marveled …" Alexis Vale', () => {
    const text = 'US voice actor Alexis Vale marveled at the growth of the industry. Vale recalled going to conventions with her friends.';
    // (a resolver that ran and linked nothing, as for the tagger's place "Tipton" in a real article)
    const doc = { ...marked(text, [['Alexis Vale', 'PER'], ['Vale', 'LOC', 2]]), resolution: { links: [], actors: [], places: [] } };
    expect(extractQuotes(doc).map((q) => q.speaker.name)).toEqual(['Alexis Vale']);
  });

  it('leaves "Mrs Vale" after "Tom Vale" alone (guard)', () => {
    const text = 'Tom Vale runs the ferry. Mrs Vale recalled the storms of last winter.';
    const doc = { ...marked(text, [['Tom Vale', 'PER'], ['Mrs Vale', 'LOC']]), resolution: { links: [], actors: [], places: [] } };
    expect(extractQuotes(doc).map((q) => q.speaker.name)).toEqual(['Vale']);
  });
});

describe('taking part in a vote is no stance (issue #5, round 30)', () => {
  it('reads no quote in "About 2.9 million people voted in Sunday\'s election."', () => {
    expect(spans('About 2.9 million people voted in Sunday\'s election.')).toEqual([]);
  });

  it('keeps a vote for something: "Party members voted on Tuesday to elect Tom Hart", "MPs voted in favour of the bill" (guard)', () => {
    expect(spans('Party members voted on Tuesday to elect Tom Hart as leader. MPs voted in favour of the harbour bill.').map((x) => x[1])).toEqual(['voted', 'voted']);
  });
});

describe('someone called somewhere is summoned (issue #5, round 30)', () => {
  it('reads no quote in "The police were alerted and called to the premises." nor "Officers were called to the scene."', () => {
    expect(spans('The police were alerted and called to the premises. Officers were called to the scene.')).toEqual([]);
  });

  it('keeps a call to a crowd with its words: He called to the crowd: "Go home!" (guard)', () => {
    expect(spans('He called to the crowd: "Go home!"').map((x) => x[2])).toEqual(['Go home!']);
  });
});

describe('a hyphened office inside a capitalised title (issue #5, round 30)', () => {
  it('reads "Harbour Board Under-Secretary Tom Hart" and "Co-developer Ann Vale" as offices', () => {
    const text = 'Harbour Board Under-Secretary Tom Hart said the plan could not go ahead. Co-developer Ann Vale said the coating worked.';
    const qs = extractQuotes(marked(text, [['Tom Hart', 'PER'], ['Ann Vale', 'PER']]));
    expect(qs.map((q) => [q.speaker.name, q.role !== undefined])).toEqual([['Tom Hart', true], ['Ann Vale', true]]);
  });
});

describe('the person a story is about, whom the headline names and the lead opens on with the office (issue #5, round 30)', () => {
  const story = 'Vale set for harbour film\n\nActor Ann Vale is to star in a film about a robbery at sea.\n\n' +
    `The picture is expected to be like Vale's films of the 1980s. Tom Hart, star of Blue Sky, is the choice of the studio.\n\n` +
    'On a visit to Leeds, the 60-year-old actor said the shooting would start next year.';

  it('names "the 60-year-old actor" paragraphs after "Actor Ann Vale is to …" under "Vale set for …" Ann Vale', () => {
    const qs = extractQuotes(marked(story, [['Ann Vale', 'PER'], ['Vale', 'PER', 3], ['Tom Hart', 'PER']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Ann Vale']);
  });

  it('leaves the description unnamed when another actor is introduced since: "Fellow actor Tom Hart …" (guard)', () => {
    const text = story.replace('Tom Hart, star of Blue Sky,', 'Fellow actor Tom Hart');
    const qs = extractQuotes(marked(text, [['Ann Vale', 'PER'], ['Vale', 'PER', 3], ['Tom Hart', 'PER']]));
    expect(qs.map((q) => q.speaker.name)).not.toContain('Ann Vale');
  });
});

describe('a clause about the body a speaker serves is no part of the speaker (issue #5, round 31)', () => {
  it('ends "Tom Hart, president of the Harbour Trust, which runs the ferries," and "Ann Vale, the mayor of Tipton, one of the towns on the coast," before the clause', () => {
    expect(spans('Tom Hart, president of the Harbour Trust, which runs the ferries, said the fares would rise.').map((x) => x[0]))
      .toEqual(['Tom Hart, president of the Harbour Trust']);
    expect(spans('Ann Vale, the mayor of Tipton, one of the towns on the coast, said the road would close.').map((x) => x[0]))
      .toEqual(['Ann Vale, the mayor of Tipton']);
  });

  it('ends "…, director of Leeds-based oil and gas consultancy Harbour Petroleum, which entered Iraq in 2003" before the clause', () => {
    const text = '"Yes," says Tom Hart, director of Leeds-based oil and gas consultancy Harbour Petroleum, which entered Iraq in 2003.';
    expect(spans(text).map((x) => x[0])).toEqual(['Tom Hart, director of Leeds-based oil and gas consultancy Harbour Petroleum']);
  });

  it('keeps a clause about the speaker and a body\'s own clause: "Tom Hart, a friend of Ann Vale, who …", "The Harbour Trust, which …" (guard)', () => {
    expect(spans('Tom Hart, a friend of Ann Vale, who runs the ferries, said the fares would rise.').map((x) => x[0]))
      .toEqual(['Tom Hart, a friend of Ann Vale, who runs the ferries']);
    expect(spans('The Harbour Trust, which runs the ferries, said the fares would rise.').map((x) => x[0]))
      .toEqual(['The Harbour Trust, which runs the ferries']);
  });
});

describe('a participle describing the phrase before it is no cue of its (issue #5, round 31)', () => {
  it('reads no speaker in "Solutions suggested by engineers include …" nor "the comment reported in The Harbour Times, Hart …"', () => {
    expect(spans('Solutions suggested by engineers include a new ferry.').map((x) => x[0])).not.toContain('Solutions');
    expect(spans('After the comment reported in The Harbour Times, Tom Hart stepped down.').map((x) => x[0])).not.toContain('the comment');
  });

  it('keeps a verb with "by" for when: "He said by the time …", "It predicted by 2006 …" (guard)', () => {
    expect(spans('He said by the time the ferry came it was too late. It predicted by 2006 two million people would own a phone.').map((x) => x[0]))
      .toEqual(['He', 'It']);
  });
});

describe('the platform after the cue\'s short object (issue #5, round 31)', () => {
  it('reads Twitter as the conduit of "responded to the new rules via Twitter: “…”" and "praised Vale on Twitter: “…”"', () => {
    const text = 'Tom Hart responded to the new rules via Twitter: "I reject this." Ann Lee praised Vale on Twitter: "She was the best."';
    expect(quotes(text).map((q) => q.conduit)).toEqual(['Twitter', 'Twitter']);
  });

  it('leaves a platform inside what was said alone: "said the row on Twitter was silly" (guard)', () => {
    expect(quotes('Ann Vale said the row on Twitter was silly.').map((q) => q.conduit)).toEqual([undefined]);
  });
});

describe('an "according to" an outlet set off before the cue (issue #5, round 31)', () => {
  it('reads the BBC as the conduit of "Witnesses, according to the BBC, said …"', () => {
    const text = 'Witnesses, according to the BBC, said a man attacked a group of men.';
    expect(quotes(text).filter((q) => q.cue === 'said').map((q) => q.conduit)).toEqual(['BBC']);
  });

  it('leaves a person\'s "according to his lawyer" alone (guard)', () => {
    expect(quotes('Tom Hart, according to his lawyer, said nothing.').filter((q) => q.cue === 'said').map((q) => q.conduit)).toEqual([undefined]);
  });
});

describe('state media told, and a participle going on from a quote told to an outlet (issue #5, round 31)', () => {
  it('reads "officials told state media, adding that …" as told to state media, both quotes', () => {
    const qs = quotes('A total of 39 are dead, officials told state media, adding that rescuers ended their work.');
    expect(qs.map((q) => [q.cue, q.conduit])).toEqual([['told', 'state media'], ['adding', 'state media']]);
  });

  it('carries no outlet to an "adding" of another sentence (guard)', () => {
    const qs = quotes('Tom Hart told the BBC the plan was good. The board met on Monday. Hart wrote to the board, adding that it would cost little.');
    expect(qs.filter((q) => q.cue === 'adding').map((q) => q.conduit)).toEqual([undefined]);
  });
});

describe('a people named by one plural word is a "they" (issue #5, round 31)', () => {
  it('names "For example, they believe …" after "Valelanders claim …" Valelanders', () => {
    const text = 'Valelanders claim the board has not done enough. For example, they believe the ferry is at fault.';
    const qs = extractQuotes(marked(text, [['Valelanders', 'MISC']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Valelanders', 'Valelanders']);
  });

  it('keeps a person\'s surname in s a person: "Jones said …. He added …" (guard)', () => {
    const qs = extractQuotes(marked('Jones said the plan was bad. He added it would fail.', [['Jones', 'PER']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Jones', 'Jones']);
  });
});

describe('a justice holds an office (issue #5, round 31)', () => {
  it('reads "Supreme Court Justice Ann Vale" as a Justice of the Supreme Court, and "Mr Justice Hart" as a Justice', () => {
    const text = 'Supreme Court Justice Ann Vale said the law was clear. Mr Justice Hart said the award was fair.';
    const qs = extractQuotes(marked(text, [['Ann Vale', 'PER'], ['Hart', 'PER']]));
    expect(qs.map((q) => [q.affiliation?.name, q.role])).toEqual([['Supreme Court', 'Justice'], [undefined, 'Justice']]);
  });

  it('keeps a kin\'s owner after an honorific and the Justice Department a body (guard)', () => {
    const text = 'Mr Ebbers\' lawyer Reid Weingarten said the case was weak. The Justice Department said it would appeal.';
    const qs = extractQuotes(marked(text, [['Ebbers', 'PER'], ['Reid Weingarten', 'PER'], ['Justice Department', 'ORG']]));
    expect(qs.map((q) => [q.speaker.name, q.role])).toEqual([['Reid Weingarten', 'Mr Ebbers\' lawyer'], ['Justice Department', undefined]]);
  });
});

describe('a body of its own inside a longer name (issue #5, round 31)', () => {
  it('names "the Harbour Nations Economic Commission for Europe" itself, not "Harbour Nations"', () => {
    const text = 'Growth will slow, the Harbour Nations Economic Commission for Europe predicts.';
    const qs = extractQuotes(marked(text, [['Harbour Nations', 'ORG']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Harbour Nations Economic Commission for Europe']);
  });

  it('keeps a body named whole: "Harbour Nations said" (guard)', () => {
    const qs = extractQuotes(marked('Growth will slow, Harbour Nations said.', [['Harbour Nations', 'ORG']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Harbour Nations']);
  });
});

describe('the outlet a speaker was quoted in (issue #5, round 31)', () => {
  it('reads the BBC as the conduit of "said Tom Hart, a spokesman for the board quoted by the BBC" and "Ann Vale, quoted by the BBC, said …"', () => {
    const text = '"No new ferries," said Tom Hart, a spokesman for the board quoted by the BBC. Ann Vale, quoted by the BBC, said the road was shut.';
    expect(quotes(text).map((q) => q.conduit)).toEqual(['BBC', 'BBC']);
  });

  it('leaves a speaker quoted in no outlet alone: "a spokesman quoted in the report" (guard)', () => {
    expect(quotes('"No," said a spokesman quoted in the report.').map((q) => q.conduit)).toEqual([undefined]);
  });
});

describe('bodies joined before the last one\'s abbreviation speak together (issue #5, round 31)', () => {
  it('names "The Harbour Board and the Ferry Security Service (FSS) said" both, not the FSS', () => {
    const text = 'The Harbour Board and the Ferry Security Service (FSS) said gas caused the blast.';
    const qs = extractQuotes(marked(text, [['Harbour Board', 'ORG'], ['Ferry Security Service', 'ORG'], ['FSS', 'ORG']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['The Harbour Board and the Ferry Security Service']);
  });

  it('keeps a name with "and" inside before its abbreviation: "the Harbour Travel and Tourism Council (HTTC)" (guard)', () => {
    const text = 'Tourism is vital, according to the Harbour Travel and Tourism Council (HTTC).';
    const qs = extractQuotes(marked(text, [['Harbour Travel and Tourism Council', 'ORG'], ['HTTC', 'ORG']]));
    expect(qs.map((q) => q.speaker.name)).not.toContain('Tourism Council');
  });
});

describe('a congressman or an assemblywoman holds an office (issue #5, round 31)', () => {
  it('reads "Republican Congresswoman Ann Vale" and "Assemblyman Tom Hart" with their offices, the titles out of the names', () => {
    const text = 'Republican Congresswoman Ann Vale said no. Assemblyman Tom Hart said yes.';
    const qs = extractQuotes(marked(text, [['Congresswoman Ann Vale', 'PER'], ['Assemblyman Tom Hart', 'PER']]));
    expect(qs.map((q) => [q.speaker.name, q.role?.toLowerCase()])).toEqual([['Ann Vale', 'congresswoman'], ['Tom Hart', 'assemblyman']]);
  });
});

describe('the state before an honorific title (issue #5, round 32)', () => {
  it('reads "Former U.S. Congressman Tom Vale" as a former Congressman of the U.S., and "U.S. Senator Ann Hart" as its Senator', () => {
    const text = 'Former U.S. Congressman Tom Vale said the plan was bad. U.S. Senator Ann Hart said it was good.';
    const qs = extractQuotes(marked(text, [['U.S.', 'LOC'], ['Tom Vale', 'PER'], ['U.S.', 'LOC', 2], ['Ann Hart', 'PER']]));
    expect(qs.map((q) => [q.speaker.name, q.affiliation?.name, q.role])).toEqual([['Tom Vale', 'U.S.', 'former Congressman'], ['Ann Hart', 'U.S.', 'Senator']]);
  });

  it('leaves an office the state names without the state: "U.S. Attorney Ann Hart" (guard)', () => {
    const text = 'U.S. Attorney Ann Hart said the case was closed.';
    const qs = extractQuotes(marked(text, [['U.S.', 'LOC'], ['Ann Hart', 'PER']]));
    expect(qs.map((q) => q.affiliation?.name)).toEqual([undefined]);
  });
});

describe('a subject of two noun phrases after the outlet told (issue #5, round 32)', () => {
  it('reads "told Wikinews the inner star and the black hole are closer …" with Wikinews as the outlet, out of the content', () => {
    const text = 'Astronomer Tom Vale told Wikinews the inner star and the black hole are closer than the Sun and the Earth.';
    const qs = extractQuotes(marked(text, [['Tom Vale', 'PER'], ['Wikinews', 'ORG']]));
    expect(qs.map((q) => [q.conduit, q.text.split(' ').slice(0, 3).join(' ')])).toEqual([['Wikinews', 'the inner star']]);
  });
});

describe('British broadcasters, web pages and a subject with an owner after the outlet told (issue #5, round 32)', () => {
  it('names ITV, Radio 4 and Radio Wales as the outlets told', () => {
    const text = 'Tom Vale told ITV: "It is time." Ann Hart told Radio 4\'s Today programme that more staff may go. Ian Cole told Radio Wales: "We must learn."';
    const qs = extractQuotes(marked(text, [['Tom Vale', 'PER'], ['Ann Hart', 'PER'], ['Ian Cole', 'PER']]));
    expect(qs.map((q) => q.conduit)).toEqual(['ITV', 'Radio 4', 'Radio Wales']);
  });

  it('names the web page told or written on: "told Villa\'s website", "said on his official website", "told the club\'s website"', () => {
    const text = '"It was easy," Tom Vale told Villa\'s website. Ann Hart said on her official website that she was leaving. "It is a chip," Ian Cole told the club\'s website.';
    const qs = extractQuotes(marked(text, [['Tom Vale', 'PER'], ['Villa', 'ORG'], ['Ann Hart', 'PER'], ['Ian Cole', 'PER']]));
    expect(qs.map((q) => [q.conduit, q.text])).toEqual([["Villa's website", 'It was easy'], ['her official website', 'she was leaving'], ["the club's website", 'It is a chip']]);
  });

  it('reads "told the Independent the Tories\' plans were …" with the paper as the outlet, out of the content', () => {
    const text = 'Tom Vale told the Independent the Tories\' plans were a move onto their turf.';
    const qs = extractQuotes(marked(text, [['Tom Vale', 'PER'], ['Independent', 'ORG'], ['Tories', 'ORG']]));
    expect(qs.map((q) => [q.conduit, q.text])).toEqual([['the Independent', "the Tories' plans were a move onto their turf"]]);
  });

  it('leaves the web page a transcript\'s question opens with in the question (guard)', () => {
    const text = '((WN)) On your website, you wrote that the city is too precious. What do you mean?\n((Tom Vale)) I mean it.';
    const qs = extractQuotes(marked(text, [['Tom Vale', 'PER']]));
    expect(qs.map((q) => q.conduit)).not.toContain('your website');
  });
});

describe('the outlet of an interview given before the quote or right after it (issue #5, round 32)', () => {
  it('reads "Interviewed on BBC Radio 2\'s Jeremy Vine show, Mr Vale said" and "speaking exclusively to BBC Sport" as the outlets', () => {
    const text = 'Interviewed on BBC Radio 2\'s Jeremy Vine show, Mr Vale said: "We will win." But Hart, speaking exclusively to BBC Sport, also admits the club will sell.';
    const qs = extractQuotes(marked(text, [['BBC', 'ORG'], ['Jeremy Vine', 'PER'], ['Mr Vale', 'PER'], ['Hart', 'PER'], ['BBC', 'ORG', 2]]));
    expect(qs.map((q) => q.conduit)).toEqual(['BBC Radio 2', 'BBC Sport']);
  });

  it('gives the outlet a "she told" names to the same speaker\'s quotes right before it', () => {
    const text = 'Culture Secretary Ann Hart said it was not her job to bow to the campaign. It was the old law that caused the problem, she told BBC Two\'s Newsnight.';
    const qs = extractQuotes(marked(text, [['Ann Hart', 'PER'], ['BBC', 'ORG']]));
    expect(qs.map((q) => [q.speaker.name, q.conduit])).toEqual([['Ann Hart', 'BBC Two'], ['Ann Hart', 'BBC Two']]);
  });

  it('gives it to no quote of another speaker between them (guard)', () => {
    const text = 'Ann Hart said the law was fair. Tom Vale said it was not. He told ITV the campaign would go on.';
    const qs = extractQuotes(marked(text, [['Ann Hart', 'PER'], ['Tom Vale', 'PER']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Ann Hart', 'Tom Vale', 'Tom Vale']);
    expect(qs[0].conduit).toBeUndefined();
  });
});

describe('an answer\'s own "I think" in a transcript (issue #5, round 32)', () => {
  it('gives "((Ann Hart)) No, I think that was fine." one quote, the answer, not a second for its "I think"', () => {
    const text = '((WN)) How was the interview process?\n((Ann Hart)) No, I think that was fine, thank you.';
    const qs = extractQuotes(marked(text, [['Ann Hart', 'PER']]));
    expect(qs.map((q) => [q.speaker.name, q.text])).toEqual([['Wikinews', 'How was the interview process?'], ['Ann Hart', 'No, I think that was fine, thank you.']]);
  });
});

describe('a person as the object of a cue before a participle going on (issue #5, round 32)', () => {
  it('gives "Tom Vale congratulated Ann Hart, saying, “…”" one quote, the words after "saying"', () => {
    const text = 'Tom Vale congratulated Ann Hart, saying, "we can get a lot done together."';
    const qs = extractQuotes(marked(text, [['Tom Vale', 'PER'], ['Ann Hart', 'PER']]));
    expect(qs.map((q) => [q.cue, q.text])).toEqual([['saying', 'we can get a lot done together.']]);
  });

  it('keeps a denial of things before the participle: "denied the charges, saying …" (guard)', () => {
    const text = 'Tom Vale denied the charges, saying he had done nothing wrong.';
    const qs = extractQuotes(marked(text, [['Tom Vale', 'PER']]));
    expect(qs.map((q) => q.cue)).toEqual(['denied', 'saying']);
  });
});

describe('"show" as a noun before its verb, and conduct shown (issue #5, round 32)', () => {
  it('reads "Tom Vale\'s Radio 1 show is to be replaced" and "he first showed interest in the club" as no statements', () => {
    expect(extractQuotes(marked("Tom Vale's Radio 1 show is to be replaced by three new shows.", [['Tom Vale', 'PER']]))).toEqual([]);
    expect(extractQuotes(marked('The club has been busy since Ann Hart first showed interest in it.', [['Ann Hart', 'PER']]))).toEqual([]);
  });

  it('keeps what figures show: "Polls show Labour is ahead" (guard)', () => {
    const qs = extractQuotes(marked('Polls show Labour is ahead.', [['Labour', 'ORG']]));
    expect(qs.map((q) => q.text)).toEqual(['Labour is ahead']);
  });
});

describe('a person\'s own document (issue #5, round 32)', () => {
  it('gives "Vale\'s statement read" the person introduced before, with office, and leaves a later "he" to him', () => {
    const text = 'On Saturday, US President Tom Vale said the ferry had sunk. Vale\'s statement read: "The ferry was lost." Reporters asked Ann Hart about it, but she declined to comment. He later said it was a tragedy.';
    const qs = extractQuotes(marked(text, [['US', 'LOC'], ['Tom Vale', 'PER'], ['Vale', 'PER', 2], ['Ann Hart', 'PER']]));
    expect(qs.filter((q) => q.cue === 'read').map((q) => [q.speaker.name, q.affiliation?.name, q.role])).toEqual([['Tom Vale', 'US', 'President']]);
    expect(qs.filter((q) => q.cue === 'said').map((q) => q.speaker.name)).toEqual(['Tom Vale', 'Tom Vale']);
  });
});

describe('the outlet after "to" and the paragraph a carried outlet keeps to (issue #5, round 32)', () => {
  it('reads "described Day to the BBC in 2002: “…”" and "has denied to Reuters that …" with their outlets', () => {
    const text = 'Designer Ann Hart described Day to the BBC in 2002: "Day was America." Harbour Oil has denied to Reuters that it is the company.';
    const qs = extractQuotes(marked(text, [['Ann Hart', 'PER'], ['Day', 'PER'], ['BBC', 'ORG'], ['Harbour Oil', 'ORG'], ['Reuters', 'ORG']]));
    expect(qs.map((q) => q.conduit)).toEqual(['the BBC', 'Reuters']);
  });

  it('gives no outlet told in the next paragraph to the quote before it (guard)', () => {
    const text = 'The threat "creates some potential," said professor Ann Hart.\n\n"But it is far from straightforward," she told AFP.';
    const qs = extractQuotes(marked(text, [['Ann Hart', 'PER'], ['AFP', 'ORG']]));
    expect(qs.map((q) => q.conduit)).toEqual([undefined, 'AFP']);
  });
});

describe('"the organisation" and "the charity" for the body that spoke before (issue #5, round 32)', () => {
  it('gives "The organisation said" the body named as subject the sentence before', () => {
    const text = 'Harbour Watch condemned the arrest. The organisation said journalists were at risk.';
    const qs = extractQuotes(marked(text, [['Harbour Watch', 'ORG']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Harbour Watch', 'Harbour Watch']);
  });
});

describe('a broadcaster spoken on right after the cue (issue #5, round 32)', () => {
  it('reads "said on television station Canal Plus that …" and "said on the BBC that …" with their outlets, out of the content', () => {
    const text = 'Tom Vale said on television station Canal Plus that the team was ready. Ann Hart said on the BBC that it was fine.';
    const qs = extractQuotes(marked(text, [['Tom Vale', 'PER'], ['Canal Plus', 'ORG'], ['Ann Hart', 'PER'], ['BBC', 'ORG']]));
    expect(qs.map((q) => [q.conduit, q.text])).toEqual([['Canal Plus', 'the team was ready'], ['the BBC', 'it was fine']]);
  });

  it('reads no outlet in "called on Fox News to fire her", nor in "said on Monday" (guard)', () => {
    const text = 'Tom Vale called on Fox News to fire her. Ann Hart said on Monday that it was fine.';
    const qs = extractQuotes(marked(text, [['Tom Vale', 'PER'], ['Fox News', 'ORG'], ['Ann Hart', 'PER']]));
    expect(qs.map((q) => q.conduit)).toEqual([undefined, undefined]);
  });
});

describe('the office an appositive in dashes gives (issue #5, round 32)', () => {
  it('reads "Tom Vale - a teacher at Leeds University - said" as a teacher of Leeds University', () => {
    const text = 'Tom Vale - a teacher at Leeds University - said the plan was unlawful.';
    const qs = extractQuotes(marked(text, [['Tom Vale', 'PER'], ['Leeds University', 'ORG']]));
    expect(qs.map((q) => [q.speaker.name, q.role, q.affiliation?.name])).toEqual([['Tom Vale', 'teacher', 'Leeds University']]);
  });
});

describe('bodies named with "on" or "for" after their kind (issue #5, round 32)', () => {
  it('names "The Harbour Commission on Presidential Debates" whole, and "the commission" after it', () => {
    const text = 'The Harbour Commission on Presidential Debates announced the debate was cancelled. In a statement, the commission said, "It is over."';
    const qs = extractQuotes(marked(text, []));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Harbour Commission on Presidential Debates', 'Harbour Commission on Presidential Debates']);
  });

  it('keeps a day out of the name: "The Harbour Commission on Monday said" (guard)', () => {
    const qs = extractQuotes(marked('The Harbour Commission on Monday said the deal was off.', []));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Harbour Commission']);
  });
});

describe('a surname the tagger reads as an organisation (issue #5, round 32)', () => {
  it('gives "Vale said" the one person named in full with it before, when no knowledge base names "Vale" a body', () => {
    const text = 'Actor Tom Vale marveled at the crowds. "It was easier then," Vale observed.';
    const doc = marked(text, [['Tom Vale', 'PER'], ['Vale', 'ORG', 2]]);
    doc.resolution = { actors: [], links: [], places: [] };
    expect(extractQuotes(doc).map((q) => q.speaker.name)).toEqual(['Tom Vale']);
  });
});

describe('a nomination, an office or protection sought (issue #5, round 32)', () => {
  it('reads "sought the party\'s nomination" and "sought bankruptcy protection" as no statements, "seeks to balance …" as one', () => {
    const text = 'Tom Vale sought the Harbour Party\'s nomination. Harbour Air sought bankruptcy protection last year. The government seeks to balance protection of democracy with liberty.';
    const qs = extractQuotes(marked(text, [['Tom Vale', 'PER'], ['Harbour Party', 'ORG'], ['Harbour Air', 'ORG']]));
    expect(qs.map((q) => q.cue)).toEqual(['seeks']);
  });
});

describe('a proposal to a person and a score refused (issue #5, round 32)', () => {
  it('reads "proposed to singer Ann Hart, 23," and "refused a possible three points" as no statements', () => {
    const text = 'Tom Vale proposed to singer Ann Hart, 23, on holiday. Harbour refused a possible three points to kick for the corner.';
    expect(extractQuotes(marked(text, [['Tom Vale', 'PER'], ['Ann Hart', 'PER'], ['Harbour', 'ORG']]))).toEqual([]);
  });

  it('keeps a proposal with what was proposed: "proposed to Ann Hart that they merge the firms" (guard)', () => {
    const qs = extractQuotes(marked('Tom Vale proposed to Ann Hart that they merge the firms.', [['Tom Vale', 'PER'], ['Ann Hart', 'PER']]));
    expect(qs.map((q) => q.cue)).toEqual(['proposed']);
  });
});

describe('what follows a document named after its cue (issue #5, round 33)', () => {
  it('ends the speaker at the comma before a subject pronoun, a quantity after "with", and a "who" of the people a document is about', () => {
    const text = 'Because warm water is lighter, says the study, it rises above cold water. Cameras were the top gift, said the survey, with nearly 40% choosing them. ' +
      'The worst offenders will be the young, suggests the research, who will spend five hours a week online.';
    expect(spans(text).map(([speaker]) => speaker)).toEqual(['the study', 'the survey', 'the research']);
  });

  it('keeps a person\'s own "who" clause and a body with its staff in the phrase: "said Tom Vale, who leads the party" (guard)', () => {
    const text = 'We will win, said Tom Vale, who leads the party. The plan works, said the Harbour Trust, with its 20 staff.';
    expect(spans(text).map(([speaker]) => speaker)).toEqual(['Tom Vale, who leads the party', 'the Harbour Trust, with its 20 staff']);
  });
});

describe('a score made in reply (issue #5, round 33)', () => {
  it('reads "answered with two penalties" and "replied with a try of their own" as no statements', () => {
    const text = 'Almost immediately Tom Vale answered with two penalties in quick succession. The Harbour side replied with a try of their own.';
    expect(extractQuotes(marked(text, [['Tom Vale', 'PER']]))).toEqual([]);
  });

  it('keeps a reply with a statement: "replied with a statement saying the plan was sound" (guard)', () => {
    const qs = extractQuotes(marked('Tom Vale replied with a statement saying the plan was sound.', [['Tom Vale', 'PER']]));
    expect(qs.map((q) => q.cue)).toEqual(['replied']);
  });
});

describe('an ally, an associate or a relative of a titled person (issue #5, round 33)', () => {
  it('names neither "A close associate of former Harbour boss Tom Vale" nor "Vale ally" Tom Vale', () => {
    const text = 'A close associate of former Harbour boss Tom Vale has told a court the charges are false. Vale ally denies charges. ' +
      'The daughter of former President Ann Hart said her mother was innocent.';
    const qs = extractQuotes(marked(text, [['Harbour', 'ORG'], ['Tom Vale', 'PER'], ['Vale', 'PER', 2], ['Ann Hart', 'PER']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['A close associate of former Harbour boss Tom Vale', 'Vale ally', 'The daughter of former President Ann Hart']);
  });

  it('keeps the person after an office\'s own "of": "Speaker of the House Ann Hart said" (guard)', () => {
    const qs = extractQuotes(marked('Speaker of the House Ann Hart said the bill would pass.', [['Ann Hart', 'PER']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Ann Hart']);
  });
});

describe('"the firm" after a firm that spoke, and no public body for "the group" (issue #5, round 33)', () => {
  it('gives "said the firm" the firm that spoke before, though its words named a product the tagger calls an organisation', () => {
    const text = 'Harbour Systems says its new Ripwall technology will stop most copying. "It is designed to reduce copying," said the firm.';
    const qs = extractQuotes(marked(text, [['Harbour Systems', 'ORG'], ['Ripwall', 'ORG']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Harbour Systems', 'Harbour Systems']);
  });

  it('leaves "The group said" unnamed after "The US Department of Justice said", and gives "the company" a firm', () => {
    const text = 'The US Department of Justice said the two men ran the hubs. The group said it would appeal. ' +
      'Harbour Air said fares would rise. The company said it had no choice.';
    const qs = extractQuotes(marked(text, [['US Department of Justice', 'ORG'], ['Harbour Air', 'ORG']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['US Department of Justice', 'The group', 'Harbour Air', 'Harbour Air']);
  });
});

describe('an outlet a speaker discussed something with (issue #5, round 33)', () => {
  it('gives the conduit of "With Wikinews, Vale discussed …" and of "discussed his findings with Wikinews last month", whose content ends before it', () => {
    const text = 'With Wikinews, Vale discussed his journey into politics and his role on the ticket. Ann Hart discussed her findings with Wikinews last month.';
    const qs = extractQuotes(marked(text, [['Vale', 'PER'], ['Ann Hart', 'PER']]));
    expect(qs.map((q) => [q.speaker.name, q.conduit, q.text])).toEqual([
      ['Vale', 'Wikinews', 'his journey into politics and his role on the ticket'], ['Ann Hart', 'Wikinews', 'her findings']]);
  });

  it('leaves a person discussed with alone: "Tom Vale discussed the plan with his wife on Monday" (guard)', () => {
    const qs = extractQuotes(marked('Tom Vale discussed the plan with his wife on Monday.', [['Tom Vale', 'PER']]));
    expect(qs.map((q) => [q.conduit, q.text])).toEqual([[undefined, 'the plan with his wife on Monday']]);
  });
});

describe('figures compared with others (issue #5, round 33)', () => {
  it('reads "compared unfavourably with last year\'s figure" and "compares with 20,000 in 2003" as no statements', () => {
    const text = 'Harbour Air profits compared unfavourably with last year\'s figure. Its share of the market rose by 20% in January, compared with last year. ' +
      'It compares with 20,000 in 2003.';
    expect(extractQuotes(marked(text, [['Harbour Air', 'ORG']]))).toEqual([]);
  });

  it('keeps a comparison someone made: "Tom Vale compared the plan to a disaster" (guard)', () => {
    const qs = extractQuotes(marked('Tom Vale compared the plan to a disaster.', [['Tom Vale', 'PER']]));
    expect(qs.map((q) => q.cue)).toEqual(['compared']);
  });
});

describe('a document "its" owns (issue #5, round 33)', () => {
  it('gives "According to its estimate" the body that spoke in the sentence before', () => {
    const text = 'The Harbour Banks Association said the waves washed away property securing loans. According to its estimate, 13% of loans were lost.';
    const qs = extractQuotes(marked(text, [['Harbour Banks Association', 'ORG']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Harbour Banks Association', 'Harbour Banks Association']);
  });

  it('leaves it unnamed when another organisation was named between (guard)', () => {
    const text = 'The Harbour Banks Association said the waves washed away property. The Harbour Trust disagreed. According to its estimate, 13% of loans were lost.';
    const qs = extractQuotes(marked(text, [['Harbour Banks Association', 'ORG'], ['Harbour Trust', 'ORG']]));
    expect(qs.at(-1)!.speaker.name).toBe('its estimate');
  });
});

describe('the body a relative clause seats or puts a person at the head of (issue #5, round 33)', () => {
  it('gives "who sits on the executive of the Harbour Police Authority" and "who heads Harbour-Soft\'s anti-virus team" their bodies', () => {
    const text = 'Lord Vale, who sits on the executive of the Harbour Police Authority, said the plans were bad. ' +
      'Ann Hart, who heads Harbour-Soft\'s anti-virus team, said the virus was spreading. Tom Lee, who sits on the SGC, said it was fine.';
    const qs = extractQuotes(marked(text, [['Vale', 'PER'], ['Harbour Police Authority', 'ORG'], ['Ann Hart', 'PER'], ['Harbour-Soft', 'ORG'], ['Tom Lee', 'PER'], ['SGC', 'ORG']]));
    expect(qs.map((q) => q.affiliation?.name)).toEqual(['Harbour Police Authority', 'Harbour-Soft', 'SGC']);
  });

  it('names no body for "who runs a dance school in Gateshead" (guard)', () => {
    const qs = extractQuotes(marked('Tom Lee, who runs a dance school in Gateshead, said it was fun.', [['Tom Lee', 'PER'], ['Gateshead', 'LOC']]));
    expect(qs.map((q) => q.affiliation)).toEqual([undefined]);
  });
});

describe('a document named by its author after "by" (issue #5, round 33)', () => {
  it('gives a later "the report" the author of "a report by analysts Harbour Research"', () => {
    const text = 'Phone sales will hit 1bn next year, according to a report by analysts Harbour Research. The growth will come from China, the report predicted.';
    const qs = extractQuotes(marked(text, [['Harbour Research', 'ORG']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Harbour Research', 'Harbour Research']);
  });

  it('names no one "March" for "the March survey found": a month before a document\'s noun is its time', () => {
    const text = 'Confidence will drop, the March survey found. Firms are investing, and the survey found the pace is quickening.';
    expect(extractQuotes(marked(text, [])).map((q) => q.speaker.name)).toEqual(['the March survey', 'the March survey']);
  });
});

describe('a contrast with "while" and a speaker of its own (issue #5, round 33)', () => {
  it('ends "The Tories say Labour is acting too late while the Lib Dems say …" before "while"', () => {
    const text = 'The Tories say Labour is acting too late while the Lib Dems say the plans may fail.';
    expect(spans(text).map(([, cue, content]) => [cue, content])).toEqual([['say', 'Labour is acting too late'], ['say', 'the plans may fail']]);
  });

  it('keeps "while" with no speaker of its own in the content: "said prices rose while wages fell" (guard)', () => {
    expect(spans('Tom Vale said prices rose while wages fell.').map(([, , content]) => content)).toEqual(['prices rose while wages fell']);
  });
});

describe('a title of "High" or "Vice" with no name (issue #5, round 33)', () => {
  it('names no one "High Commissioner" or "Vice President": the title is a description, its owner the body served, the name after it the person', () => {
    const text = 'Harbour\'s High Commissioner to Britain said some people should integrate more. The Vice President, Tom Vale, said the border was in crisis.';
    const qs = extractQuotes(marked(text, [['Harbour', 'LOC'], ['Tom Vale', 'PER']]));
    expect(qs.map((q) => [q.speaker.name, q.affiliation?.name, q.role])).toEqual([
      ['Harbour\'s High Commissioner to Britain', 'Harbour', 'High Commissioner to Britain'], ['Tom Vale', undefined, 'Vice President']]);
  });
});

describe('a month after a day\'s number or in a document\'s phrase, and "Lord" in a title (issue #5, round 33)', () => {
  it('names no one "March" in "The budget for the fiscal year starting on 21 March calls for …"', () => {
    const qs = extractQuotes(marked('The budget for the fiscal year starting on 21 March calls for the sale of state holdings.', []));
    expect(qs.map((q) => q.speaker.name)).toEqual(['The budget for the fiscal year starting on 21 March']);
  });

  it('reads "The Lord Chancellor, Lord Vale," as Lord Vale, Lord Chancellor, and "The Lord Chancellor" alone as no one named "Chancellor"', () => {
    const text = 'The Lord Chancellor, Lord Vale, said the act was discriminatory. In Harbour, the Lord Chancellor has defended the plans.';
    const qs = extractQuotes(marked(text, [['Vale', 'PER'], ['Harbour', 'LOC']]));
    expect(qs.map((q) => [q.speaker.name, q.role])).toEqual([['Vale', 'Lord Chancellor'], ['the Lord Chancellor', 'Lord Chancellor']]);
  });
});

describe('a cue form after a preposition and a state\'s acronym (issue #5, round 33)', () => {
  it('reads "a speech by Tom Vale on UK plans to tackle poverty" as no statement', () => {
    expect(extractQuotes(marked('Rumours grew after a speech by Tom Vale on UK plans to tackle poverty.', [['Tom Vale', 'PER']]))).toEqual([]);
  });

  it('keeps "The minister for Wales says …" (guard)', () => {
    const qs = extractQuotes(marked('The minister for Wales says there are lessons to learn.', [['Wales', 'LOC']]));
    expect(qs.map((q) => q.cue)).toEqual(['says']);
  });
});

describe('a time opening the sentence before its speaker (issue #5, round 33)', () => {
  const dated = (text: string): Document => {
    const doc = marked(text, [['Tom Vale', 'PER']]);
    return { ...doc, article: { ...doc.article!, published: '2020-01-10' } };
  };

  it('resolves "On Tuesday, Tom Vale said …" and "But last week, Tom Vale told reporters …" against the publication date', () => {
    const qs = extractQuotes(dated('On Tuesday, Tom Vale said the plan would fail. But last week, Tom Vale told reporters that it was over.'));
    expect(qs.map((q) => [q.time?.text, q.time?.start])).toEqual([['Tuesday', '2020-01-07'], ['last week', '2019-12-30']]);
  });

  it('resolves a time between the speaker and the cue: "Tom Vale on Monday said …", "Tom Vale, speaking on Tuesday, said …"', () => {
    const qs = extractQuotes(dated('Tom Vale on Monday said the plan would fail. Tom Vale, speaking on Tuesday, said it was over.'));
    expect(qs.map((q) => q.time?.start)).toEqual(['2020-01-06', '2020-01-07']);
  });

  it('gives no time to "In a statement, …" nor to "This year, he said, …", whose time is what is said (guard)', () => {
    const qs = extractQuotes(dated('In a statement, Tom Vale said the plan would fail. This year, he said, he came to support the team.'));
    expect(qs.map((q) => q.time)).toEqual([undefined, undefined]);
  });
});

describe('a negated auxiliary after an object with no verb (issue #5, round 33)', () => {
  it('ends "called Ann Hart a “decent woman” but did not offer an endorsement" before "but"', () => {
    const text = 'Tom Vale called Ann Hart a “decent woman” but did not immediately offer a full endorsement.';
    expect(spans(text).map(([, , content]) => content)).toEqual(['Ann Hart a “decent woman”']);
  });

  it('keeps "but" with no auxiliary in the content: "called the plan bold but costly" (guard)', () => {
    expect(spans('Tom Vale called the plan bold but costly.').map(([, , content]) => content)).toEqual(['the plan bold but costly']);
  });
});

describe('a document "its" owns, the one body of its sentence (issue #5, round 33)', () => {
  it('gives "The report added" after "the Harbour Reserve said in its latest Beige Book report" that body', () => {
    const text = 'Most areas saw growth, the Harbour Reserve said in its latest Beige Book report. The report added that housing remained strong.';
    const qs = extractQuotes(marked(text, [['Harbour Reserve', 'ORG']]));
    expect(qs.map((q) => [q.speaker.name, q.affiliation?.name])).toEqual([['The report', 'Harbour Reserve']]);
  });

  it('leaves it when that sentence names two bodies (guard)', () => {
    const text = 'In its latest report, the Harbour Reserve criticised the Harbour Bank. The report added that housing remained strong.';
    const qs = extractQuotes(marked(text, [['Harbour Reserve', 'ORG'], ['Harbour Bank', 'ORG']]));
    expect(qs.at(-1)!.affiliation).toBeUndefined();
  });
});

describe('a quotation after a relative pronoun\'s cue and its comma (issue #5, round 33)', () => {
  it('takes the quotation after "who said," as the content, not the words before "who"', () => {
    const text = 'It was praised by Tom Vale, who said, "The band has clearly lost it."';
    expect(spans(text).map(([speaker, , content]) => [speaker, content])).toEqual([['who', 'The band has clearly lost it.']]);
  });

  it('keeps the words before an inverted speaker\'s comma as the content: "It works, said Tom Vale." (guard)', () => {
    expect(spans('The plan works, said Tom Vale.').map(([speaker, , content]) => [speaker, content])).toEqual([['Tom Vale', 'The plan works']]);
  });
});

describe('"state" as a noun (issue #5, round 33)', () => {
  it('reads "the most populous US state" and "the surveillance state" in a list as no cue', () => {
    const text = 'The AIP, which has ballot access in Harbour, the most populous US state, made the nomination amid controversy. ' +
      'The candidates took questions on the war, the surveillance state, space warfare and police reform.';
    expect(extractQuotes(marked(text, [['AIP', 'ORG'], ['Harbour', 'LOC']])).map((q) => q.cue)).not.toContain('state');
  });

  it('keeps "The documents state that he lied" (guard)', () => {
    expect(spans('The documents state that he lied.').map(([, cue]) => cue)).toEqual(['state']);
  });
});

describe('a listing (issue #5, round 33)', () => {
  it('reads "Harbour FC, the only stock-market listed club, dropped" and "was listed in critical condition" as no statements', () => {
    const text = 'Shares in Harbour FC, Germany\'s only stock-market listed football club, dropped by 23%. Tom Vale was taken to hospital and listed in critical condition.';
    expect(extractQuotes(marked(text, [['Harbour FC', 'ORG'], ['Tom Vale', 'PER']]))).toEqual([]);
  });

  it('keeps a list given: "Tom Vale listed the nine most useless quangos" (guard)', () => {
    expect(extractQuotes(marked('Tom Vale listed the nine most useless quangos.', [['Tom Vale', 'PER']])).map((q) => q.cue)).toEqual(['listed']);
  });
});

describe('a side picked or a post filled (issue #5, round 33)', () => {
  it('reads "named Tom Vale in the starting line-up" and "named a lifetime employee to run its operations" as no statements', () => {
    const text = 'Harbour named prop Tom Vale in the starting line-up for Sunday. Harbour Motors named a lifetime employee to run its operations.';
    expect(extractQuotes(marked(text, [['Harbour', 'ORG'], ['Tom Vale', 'PER'], ['Harbour Motors', 'ORG']]))).toEqual([]);
  });

  it('keeps "The Lib Dems named the 14 seats where students could take them to victory" (guard)', () => {
    const qs = extractQuotes(marked('The Lib Dems named the 14 seats where there are enough students to take the Lib Dems from second place.', [['Lib Dems', 'ORG']]));
    expect(qs.map((q) => q.cue)).toEqual(['named']);
  });
});

describe('two people with their titles joined by "and" (issue #5, round 33)', () => {
  it('names neither of "Culture Secretary Ann Hart and Deputy Prime Minister Tom Vale" alone', () => {
    const text = 'Culture Secretary Ann Hart and Deputy Prime Minister Tom Vale have welcomed his return.';
    const qs = extractQuotes(resolveStage.run(marked(text, [['Ann Hart', 'PER'], ['Tom Vale', 'PER']]), { knowledge: loadKnowledgeBase() }));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Culture Secretary Ann Hart and Deputy Prime Minister Tom Vale']);
  });

  it('keeps one titled person\'s name: "Deputy Prime Minister Tom Vale said" (guard)', () => {
    const qs = extractQuotes(resolveStage.run(marked('Deputy Prime Minister Tom Vale said the plan was sound.', [['Tom Vale', 'PER']]), { knowledge: loadKnowledgeBase() }));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Tom Vale']);
  });
});

describe('a second cue after "but" ends an object\'s content (issue #5, round 34)', () => {
  it('splits "Tom Vale backed the proposals but said ministers had been slow" into two statements', () => {
    const text = 'Tom Vale backed the proposals but said ministers had been slow.';
    const qs = extractQuotes(marked(text, [['Tom Vale', 'PER']]));
    expect(qs.map((q) => [q.cue, q.text])).toEqual([['backed', 'the proposals'], ['said', 'ministers had been slow']]);
  });

  it('keeps "backed the plan but not the timetable" whole (guard)', () => {
    const qs = extractQuotes(marked('Tom Vale backed the plan but not the timetable.', [['Tom Vale', 'PER']]));
    expect(qs.map((q) => q.text)).toEqual(['the plan but not the timetable']);
  });
});

describe('what someone is able to find (issue #5, round 34)', () => {
  it('reads "Eventually Asimo could find gainful employment in homes" and "a tournament that will find the best two players" as no statements', () => {
    const text = 'Eventually Asimo could find gainful employment in homes and offices. The Harbour Cup is a tournament that will find the best two players.';
    expect(extractQuotes(marked(text, [['Asimo', 'PER'], ['Harbour Cup', 'MISC']]))).toEqual([]);
  });

  it('keeps "The inquiry could find no evidence that the visa was rushed" (guard)', () => {
    const qs = extractQuotes(marked('The inquiry could find no evidence that the visa was rushed.', []));
    expect(qs.map((q) => q.speaker.name)).toEqual(['The inquiry']);
  });
});

describe('"it" in a clause of a sentence an organisation opens (issue #5, round 34)', () => {
  it('gives "as it considers" to the body opening its own sentence, not the one that spoke before', () => {
    const text = 'Harbourland expressed its support for the bill. The Ferry Board partially funded the studies, as it considers the pipeline a priority.';
    const qs = extractQuotes(marked(text, [['Harbourland', 'ORG'], ['Ferry Board', 'ORG']]));
    expect(qs.map((q) => [q.cue, q.speaker.name])).toEqual([['expressed', 'Harbourland'], ['considers', 'Ferry Board']]);
  });

  it('keeps "it" for the body that spoke when its own sentence opens with no organisation (guard)', () => {
    const text = 'Harbourland expressed its support for the bill. The studies were funded, as it considers the pipeline a priority.';
    const qs = extractQuotes(marked(text, [['Harbourland', 'ORG']]));
    expect(qs.map((q) => [q.cue, q.speaker.name])).toEqual([['expressed', 'Harbourland'], ['considers', 'Harbourland']]);
  });
});

describe('a bracket opened inside a content (issue #5, round 34)', () => {
  it('ends "buy back shares worth 1bn Swiss francs ($861m)" after the bracket', () => {
    const qs = extractQuotes(marked('Harbour Motors plans to buy back shares worth 1bn Swiss francs ($861m).', [['Harbour Motors', 'ORG']]));
    expect(qs.map((q) => q.text)).toEqual(['buy back shares worth 1bn Swiss francs ($861m)']);
  });
});

describe('a quotation after a colon with a speaker of its own (issue #5, round 34)', () => {
  it('gives "noted the need to act: “…,” said Ann Lee" the quotation to Ann Lee, over two sentences too', () => {
    const text = 'The Ferry Board noted the need to act: "All ports can still change course. If ports test their crews," said Ann Lee, the head of the Ferry Board. "We are deeply concerned."';
    const qs = extractQuotes(marked(text, [['Ferry Board', 'ORG'], ['Ann Lee', 'PER'], ['Ferry Board', 'ORG', 2]]));
    expect(qs.map((q) => [q.speaker.name, q.text])).toEqual([
      ['Ferry Board', 'the need to act'],
      ['Ann Lee', expect.stringMatching(/^All ports can still change course\. If ports test their crews/)],
    ]);
  });

  it('keeps "added a caveat: “…”" with no speaker after it the cue\'s (guard)', () => {
    const qs = extractQuotes(marked('Ann Lee added a caveat: "All ports must close."', [['Ann Lee', 'PER']]));
    expect(qs.map((q) => [q.speaker.name, q.text])).toEqual([['Ann Lee', 'All ports must close.']]);
  });
});

describe('roles and affiliations a phrase does not give (issue #5, round 34)', () => {
  it('reads "Republican state representative Ann Vale who sponsored the bill" as Ann Vale, a state representative', () => {
    const qs = extractQuotes(marked('Republican state representative Ann Vale who sponsored the bill remarked that it was needed.', [['Republican', 'MISC'], ['Ann Vale', 'PER']]));
    expect(qs.map((q) => [q.speaker.name, q.role])).toEqual([['Ann Vale', 'state representative']]);
  });

  it('ends "Harbour TV reporter and former Press Secretary Tom Vale"\'s role before "and former"', () => {
    const qs = extractQuotes(marked('Harbour TV reporter and former Press Secretary Tom Vale questioned whether he could win.', [['Harbour TV', 'ORG'], ['Tom Vale', 'PER']]));
    expect(qs.map((q) => [q.speaker.name, q.role])).toEqual([['Tom Vale', 'reporter']]);
  });

  it('gives "Critics from across Britain\'s political spectrum" no affiliation', () => {
    const doc = marked("Critics from across Britain's political spectrum have claimed the bill is flawed.", [['Britain', 'LOC']]);
    const qs = extractQuotes(gazetteerPlaces(doc));
    expect(qs.map((q) => [q.cue, q.affiliation])).toEqual([['claimed', undefined]]);
  });

  it('keeps "Britain\'s trade minister Tom Vale" serving Britain (guard)', () => {
    const doc = marked("Britain's trade minister Tom Vale said the bill is flawed.", [['Britain', 'LOC'], ['Tom Vale', 'PER']]);
    expect(extractQuotes(gazetteerPlaces(doc)).map((q) => q.affiliation?.name)).toEqual(['Britain']);
  });
});

describe('a standing kept and a short past form (issue #5, round 34)', () => {
  it('reads "Tom Vale maintained his lead over Ann Lee in the polls" as no statement', () => {
    expect(extractQuotes(marked('Tom Vale maintained his lead over Ann Lee in the polls.', [['Tom Vale', 'PER'], ['Ann Lee', 'PER']]))).toEqual([]);
  });

  it('keeps "Tom Vale maintained that he was innocent" (guard)', () => {
    expect(extractQuotes(marked('Tom Vale maintained that he was innocent.', [['Tom Vale', 'PER']])).map((q) => q.cue)).toEqual(['maintained']);
  });

  it('takes "the researchers used a technology" for no speaker of "called"', () => {
    const text = 'To date the bones, the researchers used a technology called non-destructive Harbour Spectrometry.';
    expect(extractQuotes(marked(text, [['Harbour Spectrometry', 'MISC']]))).toEqual([]);
  });
});

describe('outlets after a cue\'s object and pieces written for an outlet (issue #5, round 34)', () => {
  it('takes Twitter out of "praised Ann Lee\'s endorsement on Twitter" as its conduit', () => {
    const qs = extractQuotes(marked("Tom Vale praised Ann Lee's endorsement on Twitter.", [['Tom Vale', 'PER'], ['Ann Lee', 'PER']]));
    expect(qs.map((q) => [q.text, q.conduit])).toEqual([["Ann Lee's endorsement", 'Twitter']]);
  });

  it('gives "writes in a Newsweek essay that …" Newsweek as conduit, outside the content', () => {
    const qs = extractQuotes(marked('Tom Vale writes in a Newsweek essay that the law is wrong.', [['Tom Vale', 'PER'], ['Newsweek', 'ORG']]));
    expect(qs.map((q) => [q.text, q.conduit])).toEqual([['the law is wrong', 'Newsweek']]);
  });

  it('keeps "praised the talks on Syria" whole, with no conduit (guard)', () => {
    const qs = extractQuotes(marked('Tom Vale praised the talks on Syria.', [['Tom Vale', 'PER'], ['Syria', 'LOC']]));
    expect(qs.map((q) => [q.text, q.conduit])).toEqual([['the talks on Syria', undefined]]);
  });
});

describe('the organisation an inverted speaker is from (issue #5, round 34)', () => {
  it('reads "said Ann Lee from Harbour Motors" with Harbour Motors as affiliation', () => {
    const qs = extractQuotes(marked('"It works," said Ann Lee from Harbour Motors.', [['Ann Lee', 'PER'], ['Harbour Motors', 'ORG']]));
    expect(qs.map((q) => [q.speaker.name, q.affiliation?.name])).toEqual([['Ann Lee', 'Harbour Motors']]);
  });

  it('keeps "said Ann Lee from Leeds" without an affiliation (guard)', () => {
    const qs = extractQuotes(gazetteerPlaces(marked('"It works," said Ann Lee from Leeds.', [['Ann Lee', 'PER'], ['Leeds', 'LOC']])));
    expect(qs.map((q) => [q.speaker.name, q.affiliation?.name])).toEqual([['Ann Lee', undefined]]);
  });
});

describe('a spokesperson after the kind of body they speak for (issue #5, round 34)', () => {
  it('gives "A company spokesman said" the firm that spoke just before', () => {
    const text = 'Harbour Motors said the network was safe. A company spokesman said the hacker was caught.';
    const qs = extractQuotes(marked(text, [['Harbour Motors', 'ORG']]));
    expect(qs.map((q) => [q.speaker.name, q.affiliation?.name, q.role])).toEqual([
      ['Harbour Motors', undefined, undefined],
      ['A company spokesman', 'Harbour Motors', 'spokesman'],
    ]);
  });

  it('gives "a bank spokesman" no association that spoke before (guard)', () => {
    const text = 'The Harbour Banks Association said loans were lost. A bank spokesman said the bank lost 3bn rupees.';
    const qs = extractQuotes(marked(text, [['Harbour Banks Association', 'ORG']]));
    expect(qs.map((q) => q.affiliation?.name)).toEqual([undefined, undefined]);
  });
});

describe('"the companies" for two firms that spoke together (issue #5, round 34)', () => {
  it('gives "The companies said" to "Harbour Group and Vale Bank" who spoke four sentences before', () => {
    const text = 'Harbour Group and Vale Bank said savings were a main driver for the merger. Harbour Group makes cars. Vale Bank lends. Both have debts. The companies said they expected to complete the deal in 2006.';
    const qs = extractQuotes(marked(text, [['Harbour Group', 'ORG'], ['Vale Bank', 'ORG'], ['Harbour Group', 'ORG', 2], ['Vale Bank', 'ORG', 2]]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Harbour Group and Vale Bank', 'Harbour Group and Vale Bank']);
  });

  it('takes no state and body of states for them: "The EU and US have agreed …. the companies said"', () => {
    const text = 'The EU and US have agreed to begin talks. Airbus builds planes. "We welcome it," the companies said.';
    const doc = resolveStage.run(marked(text, [['EU', 'ORG'], ['US', 'LOC'], ['Airbus', 'ORG']]), { knowledge: loadKnowledgeBase() });
    expect(extractQuotes(doc).map((q) => [q.cue, q.speaker.name])).toEqual([['agreed', 'The EU and US'], ['said', 'the companies']]);
  });
});

describe('a "he" for a person met as a speaker before keeps their office (issue #5, round 34)', () => {
  it('gives "He said" after "Mr Vale has been closer …" the office a description gave the speaker', () => {
    const text = 'Tom Vale is urging leaders to act. "America has spoken," the prime minister said in an interview. ' +
      'French President Jacques Marin reacted by saying Europe needed unity. Mr Vale has been closer to Washington than any other leader. He said talks would go on.';
    const doc = marked(text, [['Tom Vale', 'PER'], ['French', 'MISC'], ['Jacques Marin', 'PER'], ['Vale', 'PER', 2]]);
    const qs = extractQuotes(resolveStage.run(doc, { knowledge: loadKnowledgeBase() }));
    expect(qs.at(-1)).toMatchObject({ speaker: { name: 'Tom Vale' }, role: 'prime minister' });
  });
});

describe('when a document that speaks came out (issue #5, round 34)', () => {
  it('dates "An annual survey released on Friday said" and "according to a report on Wednesday by Harbour Labs"', () => {
    const text = 'An annual survey released on Friday said growth was slow. According to a report on Wednesday by Harbour Labs, the data was exposed.';
    const doc = { ...marked(text, [['Harbour Labs', 'ORG']]), article: { title: '', text, paragraphs: [], published: '2019-05-10' } };
    expect(extractQuotes(doc).map((q) => q.time?.start)).toEqual(['2019-05-10', '2019-05-08']);
  });

  it('leaves "Ann Lee, who races on Friday, said" undated (guard)', () => {
    const text = 'Ann Lee, who races on Friday, said she was ready.';
    const doc = { ...marked(text, [['Ann Lee', 'PER']]), article: { title: '', text, paragraphs: [], published: '2019-05-10' } };
    expect(extractQuotes(doc).map((q) => q.time)).toEqual([undefined]);
  });
});

describe('"estimates" with its speaker after it (issue #5, round 34)', () => {
  it('reads "… 90 million handsets, estimates Tom Vale, report author and a senior adviser at Harbour Forum"', () => {
    const text = 'The mass of discarded phones has reached 90 million handsets, estimates Tom Vale, report author and a senior adviser at Harbour Forum.';
    const qs = extractQuotes(marked(text, [['Tom Vale', 'PER'], ['Harbour Forum', 'ORG']]));
    expect(qs.map((q) => [q.speaker.name, q.cue, q.affiliation?.name, q.text])).toEqual([
      ['Tom Vale', 'estimates', 'Harbour Forum', 'The mass of discarded phones has reached 90 million handsets'],
    ]);
  });

  it('reads no speaker in "The crowd, estimated at 10,000 people, cheered" (guard)', () => {
    expect(extractQuotes(marked('The crowd, estimated at 10,000 people, cheered.', []))).toEqual([]);
  });
});

describe('a nationality the tagger labelled MISC before a role noun (issue #5, round 34)', () => {
  it('names Ann Vale in "The American Samoan delegate to the U.S. House of Representatives, Ann Vale, told the press"', () => {
    const text = 'The American Samoan delegate to the U.S. House of Representatives, Ann Vale, told the press: "We are grateful."';
    const qs = extractQuotes(marked(text, [['American Samoan', 'MISC'], ['U.S. House of Representatives', 'ORG'], ['Ann Vale', 'PER']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Ann Vale']);
  });

  it('keeps a MISC name that is no nationality: "The Harbour Cup organisers said" (guard)', () => {
    const qs = extractQuotes(marked('The Harbour Cup organisers said the final was sold out.', [['Harbour Cup', 'MISC']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['The Harbour Cup organisers']);
  });
});

describe('a cue inside a clause after a dashed insert (issue #5, round 34)', () => {
  it('gives "The nearest black hole — V616 Mon — the study noted was usually estimated …" to nobody rather than "V616 Mon"', () => {
    const text = 'The nearest previously known black hole — V616 Mon — the study noted was usually estimated at more than 3000 light years away.';
    expect(extractQuotes(marked(text, [['V616 Mon', 'MISC']]))).toEqual([]);
  });

  it('keeps a relative\'s gap: "what critics say was the most powerful speech of her campaign" (guard)', () => {
    const qs = extractQuotes(marked('Clinton gave what critics say was the most powerful speech of her campaign.', [['Clinton', 'PER']]));
    expect(qs.map((q) => [q.speaker.name, q.text])).toEqual([['critics', 'was the most powerful speech of her campaign']]);
  });
});

describe('"Amidst …," and "Across …," open a sentence before its subject (issue #5, round 34)', () => {
  it('gives "he told" to Ian Vale, who opens the sentence before after "Amidst the bustle of activity,"', () => {
    const text = 'Tom Hart revealed that a reboot is being considered. Costumer Ian Vale had a booth at the convention. ' +
      'Amidst the bustle of activity, Vale was working on a helmet sculpt. After the convention, he told Harbour News that "it can be tough to maintain focus".';
    const doc = marked(text, [['Tom Hart', 'PER'], ['Ian Vale', 'PER'], ['Vale', 'PER', 2], ['Harbour News', 'ORG']]);
    const qs = extractQuotes(resolveStage.run(doc, { knowledge: loadKnowledgeBase() }));
    expect(qs.map((q) => [q.cue, q.speaker.name])).toEqual([['revealed', 'Tom Hart'], ['told', 'Ian Vale']]);
  });

  it('reads no speaker "Across the board I" in "Across the board I thought she had a great weekend and continued to show …"', () => {
    const qs = extractQuotes(marked('Across the board I thought Ann Lee had a great weekend and continued to show she is developing.', [['Ann Lee', 'PER']]));
    expect(qs.map((q) => q.speaker.name)).not.toContain('Across the board I');
  });
});

describe('a day right after an object cue (issue #5, round 34)', () => {
  it('dates "announced on Friday the second debate … has been cancelled" and leaves the day out of the content', () => {
    const text = 'The debates commission announced on Friday the second debate, which was slated for October 15, has been cancelled.';
    const doc = { ...marked(text, []), article: { title: '', text, paragraphs: [], published: '2020-10-10' } };
    expect(extractQuotes(doc).map((q) => [q.text, q.time?.start])).toEqual([['the second debate, which was slated for October 15, has been cancelled', '2020-10-09']]);
  });

  it('takes no day from "voted in Sunday\'s election" (guard)', () => {
    const text = 'About 2.9 million people voted in Sunday\'s election.';
    const doc = { ...marked(text, []), article: { title: '', text, paragraphs: [], published: '2019-11-26' } };
    expect(extractQuotes(doc).map((q) => q.time)).not.toContainEqual(expect.objectContaining({ start: '2019-11-24' }));
  });
});

describe('a name opening the clause after a semicolon (issue #5, round 34)', () => {
  it('ends "indicated they would appeal; Vale wept in his lawyer\'s arms" and "…; Interpol didn\'t disclose …" at the semicolon', () => {
    const text = "Both officers indicated they would appeal; Vale wept in his lawyer's arms. A spokesperson added they would not consider it; Interpol didn't disclose whether it had warrants.";
    const qs = extractQuotes(marked(text, [['Vale', 'PER'], ['Interpol', 'ORG']]));
    expect(qs.map((q) => q.text)).toEqual(['they would appeal', 'they would not consider it']);
  });

  it('keeps "said the plan was good; the cost was high" whole (guard)', () => {
    const qs = extractQuotes(marked('Ann Lee said the plan was good; the cost was high.', [['Ann Lee', 'PER']]));
    expect(qs.map((q) => q.text)).toEqual(['the plan was good; the cost was high']);
  });
});

describe('a relative clause after "with which" with a cue of its own (issue #5, round 34)', () => {
  it('ends "called for an end to the War on Drugs, with which Hart and Lee somewhat agreed" before the comma', () => {
    const qs = extractQuotes(marked('Tom Vale called for an end to the War on Drugs, with which Hart and Lee somewhat agreed.', [['Tom Vale', 'PER'], ['Hart', 'PER'], ['Lee', 'PER']]));
    expect(qs.map((q) => q.text)).toEqual(['an end to the War on Drugs']);
  });

  it('keeps "the plan, with which he had worked for years, was good" whole (guard)', () => {
    const qs = extractQuotes(marked('Tom Vale said the plan, with which he had worked for years, was good.', [['Tom Vale', 'PER']]));
    expect(qs.map((q) => q.text)).toEqual(['the plan, with which he had worked for years, was good']);
  });
});

describe('questions answered and things observed (issue #5, round 34)', () => {
  it('reads "answered a series of questions for our correspondent" and "The astronomers observed the disk around the star" as no statements', () => {
    const text = 'Ann Lee answered a series of questions for our correspondent. The astronomers observed the protoplanetary disk around the star.';
    expect(extractQuotes(marked(text, [['Ann Lee', 'PER']]))).toEqual([]);
  });

  it('keeps "Ann Lee observed that the flies avoided zebras" (guard)', () => {
    const qs = extractQuotes(marked('Ann Lee observed that the flies avoided zebras.', [['Ann Lee', 'PER']]));
    expect(qs.map((q) => q.text)).toEqual(['the flies avoided zebras']);
  });
});

describe('a named appositive with its body after an "according to" description (issue #5, round 34)', () => {
  it('reads "According to its Paris lawyer, Tom Vale of Harbour and Vale, the claim …" as Tom Vale of Harbour and Vale', () => {
    const text = 'According to its Paris lawyer, Tom Vale of Harbour and Vale, the overall claim is based on that figure.';
    const qs = extractQuotes(gazetteerPlaces(marked(text, [['Paris', 'LOC'], ['Tom Vale', 'PER'], ['Harbour and Vale', 'ORG']])));
    expect(qs.map((q) => [q.speaker.name, q.affiliation?.name, q.text])).toEqual([['Tom Vale', 'Harbour and Vale', 'the overall claim is based on that figure']]);
  });

  it('keeps a list after the description: "According to police, Lee, Kim and Bo were …" (guard)', () => {
    const qs = extractQuotes(marked('According to police, Lee, Kim and Bo were at the scene.', [['Lee', 'PER'], ['Kim', 'PER'], ['Bo', 'PER']]));
    expect(qs.map((q) => [q.speaker.name, q.text])).toEqual([['police', 'Lee, Kim and Bo were at the scene']]);
  });
});

describe('a firm named in commas after an office\'s kind of body (issue #5, round 34)', () => {
  it('gives "said Tom Vale, manager of merchant banking firm, Harbour Financial Services" that firm', () => {
    const qs = extractQuotes(marked('"It works," said Tom Vale, manager of merchant banking firm, Harbour Financial Services.', [['Tom Vale', 'PER'], ['Harbour Financial Services', 'ORG']]));
    expect(qs.map((q) => q.affiliation?.name)).toEqual(['Harbour Financial Services']);
  });

  it('takes no place for it: "said Tom Vale, a lawyer at a small firm, London" (guard)', () => {
    const qs = extractQuotes(gazetteerPlaces(marked('"It works," said Tom Vale, a lawyer at a small firm, London.', [['Tom Vale', 'PER'], ['London', 'LOC']])));
    expect(qs.map((q) => q.affiliation?.name)).toEqual([undefined]);
  });
});

describe('answers in an interview an outlet holds (issue #5, round 34)', () => {
  it('gives the answers in "((WN)) … ((Ann Lee)) …" Wikinews as conduit, and the questions none', () => {
    const text = '((WN)) How did the ferry study start?\n\n((Ann Lee)) By chance. I think we were lucky.\n\n((WN)) And now?\n\n((Ann Lee)) Now it works.';
    expect(quotes(text).map((q) => [q.speaker.name, q.conduit])).toEqual([['Wikinews', undefined], ['Ann Lee', 'Wikinews'], ['Wikinews', undefined], ['Ann Lee', 'Wikinews']]);
  });

  it('gives no conduit in a transcript no outlet speaks in (guard)', () => {
    const text = '((Tom Vale)) How did the ferry study start?\n\n((Ann Lee)) By chance.';
    expect(quotes(text).map((q) => q.conduit)).toEqual([undefined, undefined]);
  });
});

describe('a price, goods or a service offered (issue #5, round 34)', () => {
  it('reads "Harbour Exchange offered £1.3bn", "Vale Telecom is offering customers free calls" and "firms are offering web storage" as no statements', () => {
    const text = 'Harbour Exchange offered £1.3bn for the market. Vale Telecom is offering customers free calls. An increasing number of firms are offering web storage.';
    expect(extractQuotes(marked(text, [['Harbour Exchange', 'ORG'], ['Vale Telecom', 'ORG']]))).toEqual([]);
  });

  it('keeps "The Lib Dems offered costed, sensible alternatives" (guard)', () => {
    const qs = extractQuotes(marked('The Lib Dems offered costed, sensible alternatives.', [['Lib Dems', 'ORG']]));
    expect(qs.map((q) => q.cue)).toEqual(['offered']);
  });
});

describe('an outlet the article names by its kind is no "he" (issue #5, round 34)', () => {
  it('gives "he said" after "According to PC Pro" to Tom Vale, who spoke before, when the article calls PC Pro a magazine', () => {
    const text = 'A survey by PC Pro magazine looked at printers. "It is worth it," said Tom Vale, top tester at PC Pro. ' +
      'According to PC Pro, a print costs £1.87. "We are adamant that it is better," he said.';
    const qs = extractQuotes(marked(text, [['PC Pro', 'ORG'], ['Tom Vale', 'PER'], ['PC Pro', 'ORG', 2], ['PC Pro', 'ORG', 3]]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Tom Vale', 'PC Pro', 'Tom Vale']);
  });

  it('keeps "he" for a one-name speaker the article names no outlet (guard)', () => {
    const text = 'Bloomberg endorsed his former rival, Joe Biden. "I am leaving the race," he said.';
    const qs = extractQuotes(marked(text, [['Bloomberg', 'ORG'], ['Joe Biden', 'PER']]));
    expect(qs.at(-1)?.speaker.name).toBe('Bloomberg');
  });
});

describe('platforms a cue or an inverted speaker names (issue #5, round 34)', () => {
  it('gives "“…,” wrote Ann Lee on Twitter" and "Tom Vale tweeted he was pained" the conduit Twitter', () => {
    const text = '"Let us keep fighting," wrote Ann Lee on Twitter. Chief Minister Tom Vale tweeted he was extremely pained.';
    const qs = extractQuotes(marked(text, [['Ann Lee', 'PER'], ['Tom Vale', 'PER']]));
    expect(qs.map((q) => [q.speaker.name, q.conduit])).toEqual([['Ann Lee', 'Twitter'], ['Tom Vale', 'Twitter']]);
  });

  it('gives "“…,” said Ann Lee on Monday" no conduit (guard)', () => {
    const qs = extractQuotes(marked('"We won," said Ann Lee on Monday.', [['Ann Lee', 'PER']]));
    expect(qs.map((q) => q.conduit)).toEqual([undefined]);
  });
});

describe('a time after an "according to" source (issue #5, round 35)', () => {
  const dated = (text: string) => extractQuotes({ ...marked(text, []), article: { title: '', text, paragraphs: [], published: '2020-03-05' } });

  it('reads "According to the ministry on Tuesday, …" with its time, and "according to Acme Labs late today"', () => {
    const qs = dated('According to the ministry on Tuesday, 291 patients have recovered. Cases rose, according to Acme Labs late today.');
    expect(qs.map((q) => [q.speaker.name, q.text, q.time?.start])).toEqual([
      ['the ministry', '291 patients have recovered', '2020-03-03'],
      ['Acme Labs', 'Cases rose', '2020-03-05'],
    ]);
  });

  it('keeps "USA Today" whole as a source (guard)', () => {
    const qs = dated('Both firms have run since the 1970s, according to USA Today.');
    expect(qs.map((q) => [q.speaker.name, q.time])).toEqual([['USA Today', undefined]]);
  });
});

describe('a description standing for a person named before, and nationalities before a playing position (issue #5, round 35)', () => {
  /** The document with `phrase` marked as the gazetteer's demonym. */
  const withDemonym = (doc: Document, phrase: string): Document => {
    const at = doc.article!.text.indexOf(phrase);
    const entities = [...doc.entities!, { start: at, end: at + phrase.length, label: 'MISC' as const, origin: 'demonym' as const }];
    return { ...doc, entities: entities.sort((x, y) => x.start - y.start) };
  };

  it('gives "The Welsh striker", standing for "Newcastle striker Craig Bellamy", Newcastle and not the nationality', () => {
    const text = 'Newcastle striker Craig Bellamy is in talks with Celtic. The Welsh striker has said he wants to leave.';
    const doc = withDemonym(marked(text, [['Newcastle', 'ORG'], ['Craig Bellamy', 'PER'], ['Celtic', 'ORG']]), 'Welsh');
    expect(extractQuotes(doc).map((q) => [q.speaker.name, q.affiliation?.name, q.role])).toEqual([['Craig Bellamy', 'Newcastle', 'striker']]);
  });

  it('gives "The 49-year-old" the office the article introduced the person with', () => {
    const text = 'Tottenham manager Martin Jol was pleased. The 49-year-old said the side had played well.';
    const qs = extractQuotes(marked(text, [['Tottenham', 'ORG'], ['Martin Jol', 'PER']]));
    expect(qs.map((q) => [q.speaker.name, q.affiliation?.name, q.role])).toEqual([['Martin Jol', 'Tottenham', 'manager']]);
  });

  it('reads no office from a comparison ("Ann Lee was the more powerful player")', () => {
    const text = 'Ann Lee was the more powerful player. "It was my first final," said the German.';
    const qs = extractQuotes(withDemonym(marked(text, [['Ann Lee', 'PER']]), 'German'));
    expect(qs.map((q) => [q.speaker.name, q.role])).toEqual([['Ann Lee', undefined]]);
  });

  it('keeps "Wales striker John Hartson" a player of the national side (guard)', () => {
    const text = 'Wales striker John Hartson said he was fit.';
    expect(extractQuotes(marked(text, [['Wales', 'LOC'], ['John Hartson', 'PER']])).map((q) => q.affiliation?.name)).toEqual(['Wales']);
  });
});

describe('an outlet named with its kind in lower case owns an office (issue #5, round 35)', () => {
  it('gives "Empire magazine\'s reviews editor Dan Jolin" the affiliation Empire magazine', () => {
    const text = "Empire magazine's reviews editor Dan Jolin said the film had a very good chance.";
    const qs = extractQuotes(marked(text, [['Dan Jolin', 'PER']]));
    expect(qs.map((q) => [q.speaker.name, q.affiliation?.name, q.role])).toEqual([['Dan Jolin', 'Empire magazine', 'reviews editor']]);
  });

  it('gives "Ann Lee\'s campaign manager Tom Vale" no body named after a person (guard)', () => {
    const text = "Ann Lee's campaign manager Tom Vale said the race was close.";
    const qs = extractQuotes(marked(text, [['Ann Lee', 'PER'], ['Tom Vale', 'PER']]));
    expect(qs.map((q) => q.affiliation)).toEqual([undefined]);
  });
});

describe('quotations standing alone between a pronoun and the people before them (issue #5, round 35)', () => {
  it('gives "He" no earlier speaker when a person opened the sentence before a quotation standing alone', () => {
    const text = 'Her director Tom Vale told the audience: "It is a surprise." Best actor Jamie Foxx could not make the ceremony, but actress ' +
      'Ann Lee read out his speech. "I am honoured. I would like to thank Ray Charles." He apologised, joking: "I am stuck in LA."';
    const qs = extractQuotes(marked(text, [['Tom Vale', 'PER'], ['Jamie Foxx', 'PER'], ['Ann Lee', 'PER'], ['Ray Charles', 'PER']]));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Tom Vale', 'He']);
  });

  it('keeps "he" for the man named before when a woman opened the sentence before the quotation (guard)', () => {
    const text = 'Ms Robinson tells Tom Vale that she despaired. "I used to sit on my hands. It was very Draconian." The film shows ' +
      'Mr Howard laughing at an impression of him, which he calls "good fun".';
    const qs = extractQuotes(marked(text, [['Ms Robinson', 'PER'], ['Tom Vale', 'PER'], ['Mr Howard', 'PER']]));
    expect(qs.find((q) => q.cue === 'calls')?.speaker.name).toBe('Howard');
  });
});

describe('a document\'s author after "by", an organisation (issue #5, round 35)', () => {
  it('names "Data gathered by Netcraft on …" and "a report on Wednesday by UpGuard" after the organisation', () => {
    const text = 'Data gathered by Netcraft on the traffic shows that the site is big. According to a report on Wednesday by UpGuard, the data was exposed.';
    const qs = extractQuotes(resolveStage.run(marked(text, [['Netcraft', 'ORG'], ['UpGuard', 'ORG']]), { knowledge: loadKnowledgeBase() }));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Netcraft', 'UpGuard']);
  });

  it('keeps the phrase where the organisation is a piece of a longer name ("Figures gathered by Continental Research") (guard)', () => {
    const text = 'Figures gathered by Continental Research show that sales rose.';
    const qs = extractQuotes(resolveStage.run(marked(text, [['Continental', 'ORG']]), { knowledge: loadKnowledgeBase() }));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Figures gathered by Continental Research']);
  });
});

describe('a person "But for" opens a sentence with (issue #5, round 35)', () => {
  it('gives "he" after "But for Allen Weiner, a research director at Gartner, the future …" not to the analyst quoted before', () => {
    const text = 'For Jupiter analyst Olivier Beauvillain, the decision was an error. "It was a mistake," he said. But for Allen Weiner, a research ' +
      'director at Gartner, the future is not about technology. "Search is valuable," he said.';
    const doc = marked(text, [['Jupiter', 'ORG'], ['Olivier Beauvillain', 'PER'], ['Allen Weiner', 'PER'], ['Gartner', 'ORG']]);
    const qs = extractQuotes(resolveStage.run(doc, { knowledge: loadKnowledgeBase() }));
    expect(qs.map((q) => q.speaker.name)).toEqual(['Olivier Beauvillain', 'he']);
  });
});

describe('a roll call, and what a body keeps up (issue #5, round 35)', () => {
  it('reads no statement from "his last roll call vote was …" or "maintains a policy of not charging …"', () => {
    expect(spans('Lee had been sick; his last roll call vote was on September 11.')).toEqual([]);
    expect(spans('The Justice Department maintains a policy of not charging the sitting president with crimes.')).toEqual([]);
  });

  it('keeps "The firm maintains that it did nothing wrong" (guard)', () => {
    expect(spans('The firm maintains that it did nothing wrong.')).toEqual([['The firm', 'maintains', 'it did nothing wrong']]);
  });
});

describe('a transcript line noting what was done (issue #5, round 35)', () => {
  it('reads no answer from "((Ann Lee)) [Nods]." and keeps "[Laughs] Because it is fun."', () => {
    const text = '((WN)) Do you like it?\n\n((Ann Lee)) [Nods].\n\n((WN)) Why?\n\n((Ann Lee)) [Laughs] Because it is fun.';
    expect(quotes(text).filter((q) => q.speaker.name === 'Ann Lee').map((q) => q.text)).toEqual(['[Laughs] Because it is fun.']);
  });
});

describe('a new paragraph introducing someone just before "he said" (issue #5, round 36)', () => {
  const first = 'Coach Tom Hart says his side will win. "We are ready," he said.\n\n';

  it('gives "he" the one person the paragraph introduces, not the speaker of the paragraph before', () => {
    const text = `${first}The side has been boosted by the return of skipper John Moss, who missed the last game. "The knee feels fine," he said.`;
    const qs = extractQuotes(marked(text, [['Tom Hart', 'PER'], ['John Moss', 'PER']]));
    expect(qs.map((q) => [q.speaker.name, q.text])).toEqual([['Tom Hart', 'his side will win'], ['Tom Hart', 'We are ready'], ['John Moss', 'The knee feels fine']]);
  });

  it('leaves "he" unnamed when the paragraph introduces two people', () => {
    const text = `${first}Despite losing Mark Reid, the side has been boosted by the return of John Moss. "The knee feels fine," he said.`;
    const qs = extractQuotes(marked(text, [['Tom Hart', 'PER'], ['Mark Reid', 'PER'], ['John Moss', 'PER']]));
    expect(qs.at(-1)?.speaker.name).toBe('he');
  });

  it('keeps the speaker when the paragraph goes on about him, names someone only as an owner or a modifier, or breaks inside a sentence (guards)', () => {
    const people: [string, 'PER'][] = [['Tom Hart', 'PER'], ['John Moss', 'PER']];
    for (const middle of [
      'His side has been boosted by the return of John Moss, who missed the last game.',
      'Hart has been boosted by the return of John Moss, who missed the last game.',
      'The side admired John Moss\'s work in the last game.',
      'The side won after a John Moss goal in the last game.',
    ]) {
      const text = `${first}${middle} "The knee feels fine," he said.`;
      expect(extractQuotes(marked(text, people)).at(-1)?.speaker.name, middle).toBe('Tom Hart');
    }
    const broken = `${first}The side has been\n\nboosted by the return of John Moss, who missed the last game. "The knee feels fine," he said.`;
    expect(extractQuotes(marked(broken, people)).at(-1)?.speaker.name).toBe('Tom Hart');
  });
});

describe('the outlet of an "according to" opening a speaker\'s sentence is the conduit (issue #5, round 36)', () => {
  it('gives "According to Reuters, Tom Hart said …" two quotes: Reuters\'s, and Tom Hart\'s told through Reuters', () => {
    const text = 'According to Reuters, Tom Hart said the plan would fail.';
    const qs = extractQuotes(marked(text, [['Reuters', 'ORG'], ['Tom Hart', 'PER']]));
    expect(qs.map((q) => [q.speaker.name, q.text, q.conduit])).toEqual([
      ['Reuters', 'Tom Hart said the plan would fail', undefined],
      ['Tom Hart', 'the plan would fail', 'Reuters'],
    ]);
  });

  it('gives no conduit to a stance the outlet reports, nor to the outlet\'s own "which cites" (guards)', () => {
    const stance = 'According to Reuters, Tom Hart wants a new treaty.';
    expect(extractQuotes(marked(stance, [['Reuters', 'ORG'], ['Tom Hart', 'PER']])).map((q) => q.conduit)).not.toContain('Reuters');
    const cites = 'According to Reuters, which cites people close to the case, the directors will settle.';
    expect(extractQuotes(marked(cites, [['Reuters', 'ORG']])).map((q) => q.conduit)).not.toContain('Reuters');
  });
});
