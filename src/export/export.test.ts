// The exporters over a real in-memory store: one clustered bombing (two reports) and one other incident.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../api/app.js';
import { openStore } from '../store/index.js';
import { ISKP } from '../store/testing/documents.js';
import { reportA, reportB, reportOther } from '../store/testing/reports.js';
import type { Store } from '../store/types.js';
import { EXPORTERS, EXPORT_FORMATS, exportChunks, type ExportFormat } from './index.js';
import { parseCsvObjects } from '../text/csv.js';

let store: Store;

async function text(format: ExportFormat, filter = {}): Promise<string> {
  let out = '';
  for await (const chunk of exportChunks(store, format, filter)) out += chunk;
  return out;
}

const parseCsv = (csv: string): Array<Record<string, string>> => parseCsvObjects(csv);

beforeAll(async () => {
  store = await openStore(':memory:');
  await store.saveDocuments([reportA(), reportB(), reportOther()]);
});
afterAll(() => store.close());

describe('ACLED-like export', () => {
  it('writes one row per event with ACLED column names and the chosen values', async () => {
    const rows = parseCsv(await text('acled', { sort: 'id', order: 'asc' }));
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0])).toEqual(EXPORTERS.acled.columns);
    const [bombing, assault] = rows;
    expect(bombing).toMatchObject({
      event_date: '2024-03-11', year: '2024', time_precision: '1', disorder_type: 'Political violence',
      event_type: 'Explosions/Remote violence', sub_event_type: 'Suicide bomb', actor1: ISKP.name,
      actor2: 'Foreign Ministry', assoc_actor_2: 'Civilians (Afghanistan)', civilian_targeting: 'Civilian targeting',
      country: 'Afghanistan', admin1: 'Kabul', location: 'Kabul', geo_precision: '1', source: 'Outlet A; Outlet B',
      notes: 'A suicide bomber killed [2 reports]', fatalities: '9', iso: '',
    });
    expect(bombing.event_id_cnty).toMatch(/^AF\d+$/);
    expect(Number(bombing.latitude)).toBeCloseTo(34.528, 2);
    expect(assault).toMatchObject({ actor1: 'Unidentified Armed Group (Afghanistan)', actor2: 'police checkpoint', fatalities: '3', civilian_targeting: '' });
  });
});

describe('GTD-like export', () => {
  it('writes GTD variable names, date parts, perpetrator and counts', async () => {
    const [bombing, assault] = parseCsv(await text('gtd', { sort: 'id', order: 'asc' }));
    expect(bombing).toMatchObject({
      iyear: '2024', imonth: '3', iday: '11', approxdate: '', country_txt: 'Afghanistan', provstate: 'Kabul', city: 'Kabul',
      specificity: '1', attacktype1_txt: 'Bombing/Explosion', targtype1_txt: 'Government (General)', target1: 'Foreign Ministry',
      gname: ISKP.name, claimed: '1', guncertain1: '0', nkill: '9', nwound: '0', suicide: '1', success: '1',
      summary: '03/11/2024: A suicide bomber killed', dbsource: 'SITREP', sitrep_sources: '2',
    });
    expect(bombing.eventid).toBe(`20240311${bombing.sitrep_id.padStart(4, '0')}`);
    expect(bombing.scite1).toBe('Outlet A, "Suicide bombing kills six in Kabul", 2024-03-11, https://a.example.org/kabul');
    expect(bombing.scite2).toMatch(/^Outlet B, "Nine die in Afghan blast"/);
    expect(assault).toMatchObject({ gname: 'Unknown', claimed: '0', attacktype1_txt: 'Armed Assault', scite2: '' });
  });

  it('codes a month-precision date as GTD does: day 0 and an approximate date', async () => {
    const page = await store.listEvents({ type: 'armed assault' });
    expect(page.total).toBe(1);
    const month = { ...page.items[0], date: { start: '2024-03-01', end: '2024-03-31', precision: 'month' }, sourceRefs: [] };
    const rows: string[] = [];
    for await (const l of EXPORTERS.gtd.lines((async function* () { yield month; })())) rows.push(l);
    const [row] = parseCsv(rows.join(''));
    expect(row).toMatchObject({ imonth: '3', iday: '0', approxdate: 'March 2024', summary: '' });
  });
});

describe('every format', () => {
  it('honours the same filters as the listing', async () => {
    for (const format of EXPORT_FORMATS) {
      const all = await text(format);
      const one = await text(format, { actor: 'IS-K' });
      expect(one.length, format).toBeLessThan(all.length);
    }
    expect(JSON.parse((await text('jsonl', { actor: 'IS-K' })).trim())).toMatchObject({ sourceCount: 2, perpetrators: [{ actorId: ISKP.id }] });
    expect(JSON.parse(await text('geojson', { minKilled: 5 })).features).toHaveLength(1);
  });

  it('filters /api/events by the issue\'s names: actor alias, since/until, type in any case', async () => {
    const app = createApi(store);
    const total = async (query: string) => ((await (await app.request(`/api/events?${query}`)).json()) as { total: number }).total;
    expect(await total('actor=IS-K&since=2024-03-01&until=2024-03-31&type=bombing%2Fexplosion')).toBe(1);
    expect(await total('actor=islamic%20state%20khorasan%20province')).toBe(1);
    expect(await total('type=battles')).toBe(1);
    expect(await total('since=2024-03-12')).toBe(0);
    expect(await total('from=2024-03-01&minKilled=9')).toBe(1);
  });

  it('gives the API download byte for byte', async () => {
    const app = createApi(store);
    for (const format of EXPORT_FORMATS) {
      const response = await app.request(`/api/events/export?format=${format}&country=AF`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(EXPORTERS[format].mediaType);
      expect(await response.text()).toBe(await text(format, { country: 'AF' }));
    }
  });

  it('is documented column by column in docs/export.md', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/export.md', import.meta.url)), 'utf8');
    for (const [format, exporter] of Object.entries(EXPORTERS)) {
      expect(doc, format).toContain(`\`${format}\``);
      for (const column of exporter.columns ?? []) expect(doc, `${format}.${column}`).toContain(`\`${column}\``);
    }
  });
});
