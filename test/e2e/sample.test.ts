// The acceptance checks that issues #5 and #6 state for the sample wire story, through `sitrep analyze --json`.
// The story is not ours to redistribute, so it is read from ../shared/seed when that folder is there; the test is
// reported as skipped otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDist, ROOT as root } from './build.js';

const SAMPLE = join(root, '..', 'shared', 'seed', '000_b2641b278de4a310.txt');
const PUBLISHED = '2024-09-15';

interface Quote {
  text: string;
  start: number;
  end: number;
  cueStart: number;
  speaker: { name: string; start: number; end: number };
  affiliation?: { name: string };
  conduit?: string;
}
interface Analysis {
  article: { text: string };
  quotes: Quote[];
  events: Array<{
    salience: string;
    attackType: string;
    date: { start: string; precision: string };
    perpetrators: Array<{ name: string; actorId?: string }>;
    location?: { name: string; country: string };
    fatalities?: { min: number; qualifier?: string };
  }>;
  claims: Array<{ text: string; speaker?: { name: string } }>;
}

describe.skipIf(!existsSync(SAMPLE))('the sample wire story (../shared/seed)', () => {
  let analysis: Analysis;

  beforeAll(() => {
    buildDist();
    const result = spawnSync(process.execPath, [join(root, 'bin', 'sitrep.js'), 'analyze', SAMPLE, '--published', PUBLISHED, '--json'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    analysis = JSON.parse(result.stdout) as Analysis;
  });

  it('gives the Moscow attack as the main event: Armed Assault, IS-K, Moscow, Russia, March 2024, more than 140 killed', () => {
    const main = analysis.events.find((e) => e.salience === 'main');
    expect(main).toBeDefined();
    expect(main!.attackType).toBe('Armed Assault');
    expect(main!.perpetrators.map((p) => p.actorId)).toContain('is-k');
    expect(main!.location).toMatchObject({ name: 'Moscow', country: 'Russia' });
    expect(main!.date).toMatchObject({ start: '2024-03-01', precision: 'month' });
    expect(main!.fatalities).toMatchObject({ min: 140, qualifier: 'more than' });
  });

  it('attributes the quotes of the named experts with their affiliations', () => {
    const affiliationOf = (name: string) => analysis.quotes.filter((q) => q.speaker.name === name).map((q) => q.affiliation?.name);
    const expected: Record<string, string> = {
      'Graeme Smith': 'International Crisis Group',
      'Aaron Y. Zelin': 'Washington Institute for Near East Policy',
      'Tricia Bacon': 'Center for Strategic and International Studies',
      'Michael Kurilla': 'US Central Command',
      'Zabihullah Mujahid': 'Taliban government',
    };
    for (const [name, affiliation] of Object.entries(expected)) {
      const found = affiliationOf(name);
      expect(found.length, name).toBeGreaterThan(0);
      expect(found[0], name).toBe(affiliation);
    }
    // (every quote of hers, also those after the one that introduces her: the introduction carries over)
    expect(new Set(affiliationOf('Amira Jadoon'))).toEqual(new Set(['Clemson University']));
  });

  it('names AFP as the conduit of every quote whose cue is "told AFP"', () => {
    const text = analysis.article.text;
    const toldAfp = analysis.quotes.filter((q) => /^told AFP\b/.test(text.slice(q.cueStart)));
    expect(toldAfp.length).toBeGreaterThanOrEqual(3);
    for (const quote of toldAfp) expect(quote.conduit, quote.text.slice(0, 40)).toBe('AFP');
  });

  it('never gives a quote to a speaker whose name is not in the article', () => {
    const text = analysis.article.text;
    for (const quote of analysis.quotes) {
      const surname = quote.speaker.name.split(' ').at(-1)!;
      expect(text, quote.speaker.name).toContain(surname);
    }
  });

  it('keeps the 21 planned attacks as a claim with its speaker, not as events', () => {
    const claim = analysis.claims.find((c) => c.text.includes('21 international attacks'));
    expect(claim?.speaker?.name).toBe('Aaron Y. Zelin');
    expect(analysis.events.filter((e) => e.attackType !== '' && e.fatalities?.min === 21)).toEqual([]);
  });
});
