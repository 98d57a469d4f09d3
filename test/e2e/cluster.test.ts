// End to end through the real CLI: two outlets' reports of one bombing are ingested, stored as one event with two
// sources, listed with the new filters and exported in ACLED- and GTD-like columns.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDist, ROOT as root } from './build.js';

const reports = join(root, 'test', 'fixtures', 'cluster');
let work: string;
let db: string;

function sitrep(args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'sitrep.js'), ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, SITREP_DB: db, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Header → value for a two-line CSV whose cells hold no commas or quotes in the columns we read. */
function csvRecords(csv: string): Array<Record<string, string>> {
  const [header, ...lines] = csv.trim().split('\r\n');
  const names = header.split(',');
  return lines.map((line) => {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
    return Object.fromEntries(names.map((n, i) => [n, cells[i]]));
  });
}

beforeAll(() => {
  buildDist();
  work = mkdtempSync(join(tmpdir(), 'sitrep-cluster-'));
  db = join(work, 'test.db');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('two reports of one incident, end to end', () => {
  it('stores one event with two sources, the largest toll and the claim', () => {
    const ingest = sitrep(['ingest', reports, '--quiet']);
    expect(ingest.stdout).toContain('ingested 2');
    expect(ingest.code).toBe(0);
    const events = sitrep(['events', '--json', '--type', 'bombing/explosion', '--since', '2024-03-01', '--until', '2024-03-31']);
    expect(events.code).toBe(0);
    const page = JSON.parse(events.stdout);
    const main = page.items.filter((e: { salience: string }) => e.salience === 'main');
    expect(main).toHaveLength(1);
    expect(main[0]).toMatchObject({ sourceCount: 2, fatalities: { min: 9 }, location: { name: 'Kabul', countryCode: 'AF' } });
    expect(main[0].perpetrators[0].basis).toBe('claimed');
    const table = sitrep(['events', '--actor', 'ISKP', '--min-killed', '9']);
    expect(table.stdout.split('\n')[0]).toMatch(/\bsources\b/);
    expect(table.stdout).toMatch(/Kabul, AF.*\b2\s*$/m);
  });

  it('exports the event in ACLED-like columns to a file and GTD-like columns to stdout', () => {
    const out = join(work, 'acled.csv');
    const written = sitrep(['export', 'events', '--format', 'acled', '--country', 'AF', '--min-killed', '9', '--out', out]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    const [acled] = csvRecords(readFileSync(out, 'utf8'));
    expect(acled).toMatchObject({ event_date: '2024-03-11', time_precision: '1', event_type: 'Explosions/Remote violence', location: 'Kabul', geo_precision: '1', fatalities: '9' });
    // Plain-text files name no outlet, so `source` stays empty; the note says how many reports there are.
    expect(acled.notes).toMatch(/\[2 reports\]$/);
    const gtd = sitrep(['export', 'events', '--format', 'gtd', '--actor', 'Islamic State Khorasan', '--min-killed', '9']);
    expect(gtd.code).toBe(0);
    const [row] = csvRecords(gtd.stdout);
    expect(row).toMatchObject({ iyear: '2024', imonth: '3', iday: '11', city: 'Kabul', country_txt: 'Afghanistan', attacktype1_txt: 'Bombing/Explosion', nkill: '9', claimed: '1', sitrep_sources: '2' });
    expect(row.scite2).not.toBe('');
  });

  it('refuses a bad filter or format with a coded message, no stack trace', () => {
    const bad = sitrep(['export', 'events', '--format', 'acled', '--since', '2024-13-01']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/sitrep E040: invalid since/);
    const format = sitrep(['export', 'events', '--format', 'xlsx']);
    expect(format.code).not.toBe(0);
    expect(format.stderr + format.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
