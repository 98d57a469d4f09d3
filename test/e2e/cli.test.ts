// End to end through the real CLI: ingest a fixture directory → search → list actors, plus the bad inputs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDist, ROOT as root } from './build.js';

const corpus = join(root, 'test', 'fixtures', 'corpus');
let work: string;
let db: string;

function sitrep(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'sitrep.js'), ...args], {
    cwd: work,
    input,
    encoding: 'utf8',
    env: { ...process.env, SITREP_DB: db, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

beforeAll(() => {
  buildDist();
  work = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
  db = join(work, 'test.db');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('sitrep CLI end to end', () => {
  it('ingests a directory recursively, then nothing twice', () => {
    const first = sitrep(['ingest', corpus]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('ingested 3, updated 0, unchanged 0, failed 0');
    expect(first.code).toBe(0);
    const again = sitrep(['ingest', corpus]);
    expect(again.stdout).toContain('ingested 0, updated 0, unchanged 3, failed 0');
  });

  it('finds stored articles by full-text search, ranked, with snippets', () => {
    const result = sitrep(['search', 'Soleimani airstrike', '--json']);
    expect(result.code).toBe(0);
    const page = JSON.parse(result.stdout);
    expect(page.items[0].title).toBe('United States military kills Qasem Soleimani');
    expect(page.items[0].snippet).toMatch(/Soleimani/);
  });

  it('lists articles as CSV and actors as JSON', () => {
    const csv = sitrep(['articles', '--csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe('id,published,site,title,url');
    expect(csv.stdout).toContain('Gunmen ambush police patrol near Kandahar');
    const actors = sitrep(['actors', '--json', '--limit', '500']);
    expect(actors.code).toBe(0);
    const items = JSON.parse(actors.stdout).items as Array<{ name: string; kind: string; origin: string }>;
    expect(items.map((a) => a.name)).toEqual(expect.arrayContaining(['Taliban', 'Islamic State Khorasan']));
    // A name no knowledge base lists, found by the trained tagger, becomes a stored person.
    expect(items).toContainEqual(expect.objectContaining({ name: 'Mohammad Karim', kind: 'person', origin: 'extracted' }));
  });

  it('lists the quotes and events extracted at ingest', () => {
    const quotes = JSON.parse(sitrep(['quotes', '--speaker', 'Karim', '--json']).stdout).items;
    // ("“…,” said Mohammad Karim, …. “We are searching the area.”": one quote, its two quotations in parts)
    expect(quotes.map((q: { text: string }) => q.text)).toContainEqual(expect.stringMatching(/^The attackers fled towards the mountains,".*"We are searching the area\.$/));
    const events = JSON.parse(sitrep(['events', '--country', 'AF', '--json']).stdout).items;
    expect(events).toContainEqual(expect.objectContaining({ attackType: 'Armed Assault', fatalities: expect.objectContaining({ min: 3 }) }));
  });

  it('lists quotes of one kind: what was said, or a stance given the speaker', () => {
    const file = join(work, 'kinds.txt');
    writeFileSync(file, 'Harbour levy vote\n\nMayor Ann Vale said the harbour levy would fund the new pier. Dock workers want a pay rise before the vote.\n');
    expect(sitrep(['ingest', file]).code).toBe(0);
    const cues = (kind: string) => JSON.parse(sitrep(['quotes', '--kind', kind, '--about', 'levy', '--json']).stdout).items
      .map((q: { cue: string; kind: string }) => `${q.kind}:${q.cue}`);
    expect(cues('speech')).toEqual(['speech:said']);
    expect(JSON.parse(sitrep(['quotes', '--kind', 'stance', '--json']).stdout).items.map((q: { cue: string }) => q.cue)).toContain('want');
    const bad = sitrep(['quotes', '--kind', 'rumour']);
    expect(bad.code).not.toBe(0);
    noStackTrace(bad.stderr);
  });

  it('shows a quote interrupted by its speaker without the interruption', () => {
    const file = join(work, 'interrupted.txt');
    writeFileSync(file, 'Attacks rise\n\nThe insurgents carried out 21 attacks in nine provinces, Ann Vale said, compared with eight a year earlier.\n');
    const result = sitrep(['analyze', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Ann Vale said: The insurgents carried out 21 attacks in nine provinces … compared with eight a year earlier');
  });

  it('reports each failed source with a coded reason, keeps the rest, exits 1', () => {
    const empty = join(work, 'empty.txt');
    const binary = join(work, 'blob.txt');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const result = sitrep(['ingest', empty, binary, join(work, 'missing.html'), join(corpus, 'patrol-ambush.txt')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('unchanged 1, failed 3');
    expect(result.stdout).toMatch(/empty\.txt: sitrep E001/);
    expect(result.stdout).toMatch(/blob\.txt: sitrep E002/);
    expect(result.stdout).toMatch(/missing\.html: sitrep E005/);
    noStackTrace(result.stdout + result.stderr);
  });

  it('analyzes one document without a database, as the JSON contract', () => {
    const result = sitrep(['analyze', join(corpus, 'patrol-ambush.txt'), '--json', '--published', '2024-05-14']);
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout);
    expect(Object.keys(analysis)).toEqual(['article', 'entities', 'actors', 'places', 'quotes', 'events', 'claims']);
    expect(analysis.article.title).toBe('Gunmen ambush police patrol near Kandahar, three officers killed');
    expect(analysis.article.published).toBe('2024-05-14');
    for (const entity of analysis.entities) expect(analysis.article.text.slice(entity.start, entity.end)).toBe(entity.text);
    const quote = analysis.quotes.find((q: { text: string }) => q.text.endsWith('We are searching the area.'));
    expect(quote.parts.map((p: { start: number; end: number }) => analysis.article.text.slice(p.start, p.end))).toEqual([
      'The attackers fled towards the mountains', 'We are searching the area.',
    ]);
    expect(quote.speaker).toMatchObject({ name: 'Mohammad Karim', actorId: 'x:mohammad-karim' });
    expect(quote.role).toMatch(/spokesman/);
    expect(analysis.article.text.slice(quote.start, quote.end)).toBe(quote.text);
    const main = analysis.events[0];
    expect(main).toMatchObject({ attackType: 'Armed Assault', salience: 'main', fatalities: { min: 3 }, injuries: { min: 5 } });
    expect(main.location).toMatchObject({ countryCode: 'AF', precision: 'city' });
    expect(main.date).toMatchObject({ start: '2024-05-14', precision: 'day' });
  });

  it('prints an interview transcript as who said what, the ((label)) speaking for its answer (((WN)) is Wikinews, told the answers)', () => {
    const file = join(work, 'interview.txt');
    writeFileSync(file, 'Ferry chief speaks\n\n((WN)) Will the ferries run?\n\n((Ann Lee)) Yes. I think they will run in May.\n\nThe port opens then.\n\n((WN)) Thank you.\n');
    const result = sitrep(['analyze', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Wikinews: “Will the ferries run?”');
    // (the answers were told to the outlet asking the questions: round 34 of issue #5)
    expect(result.stdout).toContain('Ann Lee → Wikinews: “Yes. I think they will run in May.');
    const json = JSON.parse(sitrep(['analyze', file, '--json']).stdout);
    const answer = json.quotes.find((q: { speaker: { name: string } }) => q.speaker.name === 'Ann Lee');
    expect(answer.conduit).toBe('Wikinews');
    expect(answer.parts.map((p: { start: number; end: number }) => json.article.text.slice(p.start, p.end))).toEqual([
      'Yes. I think they will run in May.', 'The port opens then.',
    ]);
  });

  it('runs --jsonl batches in order, one error object for a bad line', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Bomb kills two\n\nA bomb killed two soldiers in Mogadishu on Monday.' }),
      '{not json',
      JSON.stringify({ id: 'c', html: '<html><body><article><h1>Talks</h1><p>Diplomats from Qatar met the delegation in Doha on Sunday to discuss a ceasefire in the region.</p></article></body></html>' }),
    ].join('\n');
    const result = sitrep(['analyze', '--jsonl'], input + '\n');
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', null, 'c']);
    expect(lines[1].error.code).toBe('E070');
    expect(lines[0].article.title).toBe('Bomb kills two');
    expect(lines[2].article.text).toContain('Doha');
  });

  it('explains a missing database instead of creating an empty one', () => {
    const result = sitrep(['articles', '--db', join(work, 'nope.db')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/sitrep E052: no database/);
    noStackTrace(result.stderr);
  });

  it('rejects bad filters with a coded error', () => {
    const result = sitrep(['events', '--from', '2024-13-45']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/sitrep E040: invalid from/);
  });
});
