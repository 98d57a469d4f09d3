import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SitrepError } from '../core/errors.js';
import { clearKnowledgeCache, loadKnowledgeBase, type KnowledgeBase } from './load.js';
import { defaultMode } from './matcher.js';
import { fold } from './normalize.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  clearKnowledgeCache();
});

/** A minimal, valid knowledge folder; `override` replaces whole files (by relative path). */
function tinyKb(override: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sitrep-kb-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'actors'));
  const files: Record<string, unknown> = {
    'gazetteer.json': {
      minPopulation: 15000,
      countries: [['AF', 'Afghanistan', 33, 65]],
      admin1: [['AF-KAB', 'Kabul', 'AF', 34.5, 69.2, []]],
      cities: [[1138958, 'Kabul', 'AF', 0, 34.5281, 69.1723, 3043532]],
    },
    'countries.json': { countries: [{ code: 'AF', name: 'Afghanistan', aliases: [], demonyms: ['Afghan'] }] },
    'places-extra.json': { aliases: [], places: [], stoplist: [] },
    'ambiguous-aliases.json': { ambiguous: [] },
    'titles.json': { titles: ['General'] },
    'generic-orgs.json': { patterns: ['* Ministry'] },
    'actors/groups.json': { actors: [{ id: 'taliban', name: 'Taliban', kind: 'armed_group', country: 'AF', aliases: ['Taleban'] }] },
    ...override,
  };
  for (const [file, content] of Object.entries(files)) {
    writeFileSync(path.join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

function loadError(dir: string): SitrepError {
  try {
    loadKnowledgeBase(dir);
  } catch (error) {
    if (error instanceof SitrepError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

describe('loadKnowledgeBase', () => {
  it('loads a small folder and caches it', () => {
    const dir = tinyKb();
    const kb = loadKnowledgeBase(dir);
    expect(kb.getActor('taliban')).toMatchObject({ name: 'Taliban', kind: 'armed_group', aliases: ['Taliban', 'Taleban'] });
    expect(kb.getActor('state:AF')).toMatchObject({ kind: 'state', country: 'AF' });
    expect(kb.getPlace('geonames:1138958')).toMatchObject({ name: 'Kabul', admin1: 'Kabul', countryCode: 'AF', kind: 'city' });
    expect(kb.countries.get('AF')?.demonyms).toEqual(['Afghan']);
    expect(loadKnowledgeBase(dir)).toBe(kb);
    expect(kb.isGenericOrganisation('Interior Ministry')).toBe(true);
    expect(kb.isGenericOrganisation('Ministry')).toBe(false);
  });

  it('names the file and the entry when an actor is malformed', () => {
    const dir = tinyKb({ 'actors/groups.json': { actors: [{ id: 'Bad Id', name: 'X', kind: 'armed_group', aliases: [] }] } });
    const error = loadError(dir);
    expect(error.code).toBe('E060');
    expect(error.message).toContain('actors/groups.json');
    expect(error.message).toContain('actors.0.id');
  });

  it('rejects an unknown actor kind, a bad country code, and broken JSON', () => {
    expect(loadError(tinyKb({ 'actors/groups.json': { actors: [{ id: 'x', name: 'X', kind: 'gang', aliases: [] }] } })).message).toContain('kind');
    expect(loadError(tinyKb({ 'actors/groups.json': { actors: [{ id: 'x', name: 'X', kind: 'media', country: 'usa', aliases: [] }] } })).message).toContain('country');
    expect(loadError(tinyKb({ 'titles.json': '{"titles": [' })).message).toContain('not valid JSON');
  });

  it('rejects a malformed gazetteer row, a repeated id and a context alias naming an unknown actor', () => {
    const gazetteer = { minPopulation: 0, countries: [['AF', 'Afghanistan', 33, 65]], admin1: [], cities: [[1, 'Kabul', 'AF', -1, 134.5, 69.1, 5]] };
    expect(loadError(tinyKb({ 'gazetteer.json': gazetteer })).message).toContain('cities.0');
    const twice = { actors: [{ id: 'a', name: 'A', kind: 'media', aliases: [] }, { id: 'a', name: 'B', kind: 'media', aliases: [] }] };
    expect(loadError(tinyKb({ 'actors/groups.json': twice })).message).toContain('repeats actor id "a"');
    const context = { actors: [{ id: 'a', name: 'Alpha', kind: 'media', aliases: [], contextAliases: [{ alias: 'Al', when: { actors: ['nobody'] } }] }] };
    expect(loadError(tinyKb({ 'actors/groups.json': context })).message).toContain('unknown actor "nobody"');
  });

  it('reports a missing file with its path', () => {
    const dir = tinyKb();
    rmSync(path.join(dir, 'countries.json'));
    expect(loadError(dir).message).toMatch(/countries\.json is missing/);
  });
});

describe('the bundled knowledge base', () => {
  const kb: KnowledgeBase = loadKnowledgeBase();

  it('has at least 300 actors of every kind it promises', () => {
    expect(kb.actors.size).toBeGreaterThanOrEqual(300);
    const kinds = new Set([...kb.actors.values()].map((a) => a.kind));
    for (const kind of ['state', 'armed_group', 'igo', 'organization', 'media']) expect(kinds).toContain(kind);
    expect(kb.countries.size).toBeGreaterThanOrEqual(193);
    expect(kb.places.size).toBeGreaterThan(20000);
  });

  it('gives IS-K its common names and the GTD and ACLED names', () => {
    const isk = kb.getActor('is-k')!;
    for (const alias of ['Islamic State Khorasan', 'Islamic State Khorasan Province', 'ISKP', 'ISIS-K', 'IS-K']) {
      expect(isk.aliases).toContain(alias);
    }
    expect(kb.sourceNames.get('is-k')?.gtd).toContain('Khorasan Chapter of the Islamic State');
    expect(kb.contextAliases.get(fold('Daesh'))?.map((r) => r.actorId)).toEqual(['is-k']);
  });

  it('has no alias shared by two actors unless it is listed as ambiguous', () => {
    // Short aliases compare in exact case ("JeM" and "JEM" differ), longer ones folded.
    const owners = new Map<string, Set<string>>();
    for (const actor of kb.actors.values()) {
      for (const alias of actor.aliases) {
        const key = defaultMode(alias) === 'exact' ? alias : fold(alias).replace(/[-‐–—]/g, ' ').replace(/\s+/g, ' ');
        const set = owners.get(key) ?? new Set<string>();
        set.add(actor.id);
        owners.set(key, set);
      }
    }
    const collisions = [...owners]
      .filter(([key, ids]) => ids.size > 1 && !kb.ambiguousAliases.has(fold(key)))
      .map(([key, ids]) => `${key}: ${[...ids].join(', ')}`);
    expect(collisions).toEqual([]);
  });

  it('has no blocker phrase that is also the name of a place or an actor', () => {
    const extra = JSON.parse(readFileSync(path.join(kb.dir, 'places-extra.json'), 'utf8')) as { blockers: string[] };
    const hidden = extra.blockers.filter((phrase) =>
      kb.matcher.match(phrase).some((m) => m.values.some((h) => kb.refOf(h).type !== 'block')),
    );
    expect(hidden).toEqual([]);
  });

  it('links demonyms to their countries', () => {
    const demonym = (word: string): string | undefined =>
      [...kb.countries.values()].find((c) => c.demonyms.includes(word))?.code;
    expect(demonym('Tajik')).toBe('TJ');
    expect(demonym('Spanish')).toBe('ES');
    expect(demonym('Afghans')).toBe('AF');
    expect(demonym('Americans')).toBe('US');
  });
});

describe('province aliases both ways round', () => {
  it('"Islamic State <X> Province" also reads as "<X> Province of the Islamic State" and back', async () => {
    const { provinceVariants } = await import('./load.js');
    expect(provinceVariants(['Islamic State Zenda Province', 'Tarlen Province of the Islamic State', 'Zenda Province'])).toEqual([
      'Zenda Province of the Islamic State', 'Islamic State Tarlen Province',
    ]);
  });
});
