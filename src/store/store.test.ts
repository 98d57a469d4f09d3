import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SitrepError } from '../core/errors.js';
import { openStore } from './index.js';
import { LATEST_VERSION } from './sqlite/migrations.js';
import { ISKP, KABUL, MUJAHID, TALIBAN, kabulBombing, makeDoc, plainReport } from './testing/documents.js';
import type { Store } from './types.js';
import { codeOf } from './testing/errors.js';

// The contract suite: every engine must pass the same cases (Kysely's DIALECTS). PostgreSQL joins this list.
const ENGINES: Array<{ name: string; open: () => Promise<Store> }> = [{ name: 'sqlite', open: () => openStore(':memory:') }];

describe.each(ENGINES)('store contract on $name', (engine) => {
  let store: Store;
  beforeEach(async () => {
    store = await engine.open();
  });
  afterEach(async () => {
    await store.close();
  });

  describe('saveDocument', () => {
    it('ingests a document with all its layers', async () => {
      const result = await store.saveDocument(kabulBombing());
      expect(result.status).toBe('ingested');
      const article = await store.getArticle(result.articleId);
      expect(article?.title).toBe('Suicide bombing kills six in Kabul');
      expect(article?.mentions.map((m) => [m.text, m.actor?.id ?? m.place?.id])).toEqual([
        ['Kabul', KABUL.id],
        ['Islamic State Khorasan Province', ISKP.id],
        ['Taliban', TALIBAN.id],
        ['Zabihullah Mujahid', MUJAHID.id],
      ]);
      expect(article?.quotes).toHaveLength(1);
      expect(article?.quotes[0].speaker).toMatchObject({ name: 'Zabihullah Mujahid', actorId: MUJAHID.id });
      expect(article!.text.slice(article!.quotes[0].start, article!.quotes[0].end)).toBe(article!.quotes[0].text);
      expect(article?.claims[0].numbers).toEqual([{ value: 140, unit: 'people', qualifier: 'more than' }]);
      expect(article?.events).toHaveLength(1);
      expect(article?.events[0]).toMatchObject({
        attackType: 'Bombing/Explosion',
        fatalities: { min: 6, qualifier: 'at least' },
        location: { countryCode: 'AF', placeId: KABUL.id },
        sourceCount: 1,
      });
      expect(article?.events[0].sources[0].values.perpetrators[0].actorId).toBe(ISKP.id);
    });

    it('is idempotent: the same content again writes nothing', async () => {
      const first = await store.saveDocument(kabulBombing());
      const before = await store.stats();
      const again = await store.saveDocument(kabulBombing());
      expect(again).toEqual({ articleId: first.articleId, status: 'unchanged' });
      expect(await store.stats()).toEqual(before);
    });

    it('treats identical content from another address as unchanged', async () => {
      const first = await store.saveDocument(kabulBombing());
      const copy = kabulBombing({ location: '/tmp/saved-copy.html', url: undefined, kind: 'file' });
      expect(await store.saveDocument(copy)).toEqual({ articleId: first.articleId, status: 'unchanged' });
    });

    it('updates an article whose page changed, replacing all its annotations', async () => {
      const first = await store.saveDocument(kabulBombing());
      const changedText =
        'A suicide bomber killed at least seven people near the Foreign Ministry in Kabul on Monday, officials said. ' +
        'Islamic State Khorasan Province claimed the attack. "We will hunt down those responsible," Taliban spokesman ' +
        'Zabihullah Mujahid said. More than 140 people have died in such bombings this year, the UN said.';
      const changed = kabulBombing({ text: changedText, title: 'Suicide bombing kills seven in Kabul' });
      const second = await store.saveDocument(changed);
      expect(second).toEqual({ articleId: first.articleId, status: 'updated' });
      const stats = await store.stats();
      expect(stats).toMatchObject({ articles: 1, mentions: 4, quotes: 1, claims: 1, events: 1 });
      const article = await store.getArticle(first.articleId);
      expect(article?.title).toBe('Suicide bombing kills seven in Kabul');
      expect(article?.mentions.map((m) => m.text)).toContain('Zabihullah Mujahid');
      // the old text is gone from the full-text index, the new one is there
      expect((await store.search('seven')).total).toBe(1);
      expect((await store.search('six')).total).toBe(0);
    });

    it('matches a changed file by its path', async () => {
      const a = makeDoc({ kind: 'file', location: '/data/report.txt', title: 'Draft', text: 'First version.' });
      const b = makeDoc({ kind: 'file', location: '/data/report.txt', title: 'Draft', text: 'Second version.' });
      const first = await store.saveDocument(a);
      expect(await store.saveDocument(b)).toEqual({ articleId: first.articleId, status: 'updated' });
    });

    it('keeps bundled actor data when an extracted actor with the same id arrives', async () => {
      await store.saveDocument(kabulBombing());
      const impostor = { ...TALIBAN, name: 'the Taliban movement', kind: 'organization' as const, origin: 'extracted' as const, aliases: ['Talibs'] };
      await store.saveDocument(plainReport(1, 'The Taliban spoke.', { actors: [impostor], mentions: [{ surface: 'Taliban', label: 'ORG', actorId: TALIBAN.id }] }));
      const actor = await store.getActor(TALIBAN.id);
      expect(actor).toMatchObject({ name: 'Taliban', kind: 'armed_group', origin: 'bundled', mentionCount: 2 });
      expect(actor?.aliases).toEqual([
        { alias: 'Islamic Emirate', origin: 'bundled' },
        { alias: 'Taliban', origin: 'bundled' },
        { alias: 'Talibs', origin: 'extracted' },
      ]);
    });

    it('records affiliations and members', async () => {
      await store.saveDocument(kabulBombing());
      const person = await store.getActor(MUJAHID.id);
      expect(person?.affiliations).toMatchObject([{ organizationId: 'taliban', role: 'spokesman' }]);
      const org = await store.getActor(TALIBAN.id);
      expect(org?.members).toMatchObject([{ personId: MUJAHID.id, personName: 'Zabihullah Mujahid' }]);
    });

    it('refuses a document whose spans lie outside its text, writing nothing', async () => {
      const doc = kabulBombing();
      doc.entities![0] = { ...doc.entities![0], end: 100_000 };
      expect(await codeOf(store.saveDocument(doc))).toBe('E050');
      expect((await store.stats()).articles).toBe(0);
    });

    it('refuses a document with no article layer', async () => {
      expect(await codeOf(store.saveDocument({ source: { kind: 'stdin', location: '-' } }))).toBe('E050');
    });

    it('saves a batch in one transaction and rolls it all back on failure', async () => {
      const docs = Array.from({ length: 5 }, (_, i) => plainReport(i, 'Shelling continued overnight.'));
      const results = await store.saveDocuments(docs);
      expect(results.map((r) => r.status)).toEqual(Array(5).fill('ingested'));
      const broken = kabulBombing();
      broken.quotes![0] = { ...broken.quotes![0], start: -1 };
      expect(await codeOf(store.saveDocuments([plainReport(10, 'x'), broken]))).toBe('E050');
      expect((await store.stats()).articles).toBe(5);
    });
  });

  describe('search', () => {
    beforeEach(async () => {
      await store.saveDocument(kabulBombing());
      await store.saveDocument(plainReport(1, 'Farmers in Kandahar expect a good harvest. Rain fell in Kabul.'));
      await store.saveDocument(
        plainReport(2, 'Another bombing in Kabul: a suicide bombing struck a bank, and a second bombing followed.', {
          title: 'Kabul bombing',
        }),
      );
    });

    it('ranks by relevance and returns plain snippets with highlight offsets', async () => {
      const page = await store.search('bombing kabul');
      expect(page.total).toBe(2);
      expect(page.items[0].title).toBe('Kabul bombing');
      for (const hit of page.items) {
        expect(hit.snippet).not.toMatch(/[\u0002\u0003]/);
        expect(hit.highlights.length).toBeGreaterThan(0);
        for (const h of hit.highlights) expect(hit.snippet.slice(h.start, h.end).toLowerCase()).toMatch(/^(bombing|kabul)$/);
      }
      expect(page.items[0].score).toBeGreaterThan(page.items[1].score);
    });

    it('stems words (porter)', async () => {
      expect((await store.search('harvests')).total).toBe(1);
    });

    it('supports phrases, OR and exclusion', async () => {
      expect((await store.search('"suicide bomber"')).total).toBe(1);
      expect((await store.search('kandahar OR ministry')).total).toBe(2);
      expect((await store.search('kabul -harvest')).total).toBe(2);
    });

    it.each(['"', 'AND OR', '*', '(', 'NEAR(', 'title:', '-x'])('answers hostile query %j with E040 or results', async (q) => {
      let code: string | undefined;
      try {
        await store.search(q);
      } catch (error) {
        expect(error).toBeInstanceOf(SitrepError);
        code = (error as SitrepError).code;
      }
      if (code !== undefined) expect(code).toBe('E040');
    });

    it('searches hostile-looking input as plain words', async () => {
      expect((await store.search('kabul" OR (')).total).toBe(3);
      expect((await store.search('kandahar*')).total).toBe(1);
    });

    it('pages with offset and cursor', async () => {
      const first = await store.search('kabul', { limit: 2 });
      expect(first.items).toHaveLength(2);
      expect(first.total).toBe(3);
      expect(first.nextCursor).toBeTruthy();
      const second = await store.search('kabul', { limit: 2, cursor: first.nextCursor! });
      expect(second.items).toHaveLength(1);
      expect(second.offset).toBe(2);
      expect(second.nextCursor).toBeNull();
      const ids = [...first.items, ...second.items].map((h) => h.id);
      expect(new Set(ids).size).toBe(3);
      const byOffset = await store.search('kabul', { limit: 2, offset: 2 });
      expect(byOffset.items.map((h) => h.id)).toEqual(second.items.map((h) => h.id));
      // a cursor is tied to its query
      expect(await codeOf(store.search('bombing', { cursor: first.nextCursor! }))).toBe('E040');
      expect(await codeOf(store.search('kabul', { cursor: 'garbage' }))).toBe('E040');
    });
  });

  describe('lists', () => {
    beforeEach(async () => {
      await store.saveDocument(kabulBombing());
      for (let i = 1; i <= 7; i++) await store.saveDocument(plainReport(i, `Talks resumed in round ${i}.`));
    });

    it('lists articles newest first, filtered by site, dates and query', async () => {
      const all = await store.listArticles();
      expect(all.total).toBe(8);
      expect(all.items[0].publishedAt).toBe('2024-03-11');
      expect(all.items.map((a) => a.publishedAt)).toEqual([...all.items.map((a) => a.publishedAt)].sort().reverse());
      expect((await store.listArticles({ site: 'odd wire' })).total).toBe(4);
      expect((await store.listArticles({ from: '2024-01-03', to: '2024-01-05' })).total).toBe(3);
      expect((await store.listArticles({ q: 'round' })).total).toBe(7);
      expect((await store.listArticles({ actor: ISKP.id })).items.map((a) => a.title)).toEqual([
        'Suicide bombing kills six in Kabul',
      ]);
    });

    it('pages through articles with cursors without repeats', async () => {
      const seen: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.listArticles({ limit: 3, cursor });
        seen.push(...page.items.map((a) => a.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toHaveLength(8);
      expect(new Set(seen).size).toBe(8);
    });

    it('validates filters with E040', async () => {
      expect(await codeOf(store.listArticles({ from: '2024-13-45' }))).toBe('E040');
      expect(await codeOf(store.listArticles({ limit: 501 }))).toBe('E040');
      expect(await codeOf(store.listActors({ kind: 'wizard' as never }))).toBe('E040');
      expect(await codeOf(store.listEvents({ country: 'Afghanistan' }))).toBe('E040');
    });

    it('lists actors with mention counts and filters', async () => {
      const actors = await store.listActors();
      expect(actors.items.map((a) => [a.id, a.mentionCount])).toEqual([
        [ISKP.id, 1],
        [TALIBAN.id, 1],
        [MUJAHID.id, 1],
      ]);
      expect((await store.listActors({ kind: 'person' })).items.map((a) => a.id)).toEqual([MUJAHID.id]);
      expect((await store.listActors({ q: 'isis-k' })).items.map((a) => a.id)).toEqual([ISKP.id]);
      expect((await store.listActors({ q: '100%' })).total).toBe(0);
      expect((await store.listActors({ country: 'af', origin: 'bundled' })).total).toBe(2);
    });

    it('shows an actor with recent mentions in context and its quotes', async () => {
      const actor = await store.getActor(MUJAHID.id);
      expect(actor?.recentArticles).toHaveLength(1);
      expect(actor?.recentMentions[0].text).toBe('Zabihullah Mujahid');
      expect(actor?.recentMentions[0].context).toContain('Taliban spokesman Zabihullah Mujahid said');
      expect(actor?.quotes.map((q) => q.text)).toEqual(['We will hunt down those responsible']);
      expect(await store.getActor('nobody')).toBeNull();
    });

    it('lists events by date, country, type and actor', async () => {
      expect((await store.listEvents({ from: '2024-03-01', to: '2024-03-31' })).total).toBe(1);
      expect((await store.listEvents({ to: '2024-03-10' })).total).toBe(0);
      expect((await store.listEvents({ country: 'af', attackType: 'Bombing/Explosion' })).total).toBe(1);
      expect((await store.listEvents({ actor: ISKP.id })).total).toBe(1);
      expect((await store.listEvents({ actor: TALIBAN.id })).total).toBe(0);
      const event = (await store.listEvents()).items[0];
      expect((await store.getEvent(event.id))?.sources[0].title).toBe('Suicide bombing kills six in Kabul');
      expect(await store.getEvent(999)).toBeNull();
    });

    it('lists quotes by speaker and topic, and claims', async () => {
      expect((await store.listQuotes({ speaker: MUJAHID.id })).total).toBe(1);
      expect((await store.listQuotes({ speaker: 'mujahid' })).total).toBe(1);
      expect((await store.listQuotes({ speaker: ISKP.id })).total).toBe(0);
      expect((await store.listQuotes({ about: 'hunt down' })).total).toBe(1);
      expect((await store.listQuotes({ direct: false })).total).toBe(0);
      const quotes = await store.listQuotes();
      expect(quotes.items[0].article.title).toBe('Suicide bombing kills six in Kabul');
      expect((await store.listClaims({ q: '140' })).total).toBe(1);
      expect((await store.listClaims({ speaker: 'UN' })).items[0].numbers[0].value).toBe(140);
    });
  });

  describe('comments', () => {
    it('stores the email but never returns it', async () => {
      const { articleId } = await store.saveDocument(kabulBombing());
      const comment = await store.addComment({
        targetType: 'article',
        targetId: articleId,
        authorName: 'Analyst A',
        email: 'analyst@example.org',
        body: 'Casualty figure differs from the ministry statement.',
      });
      expect(comment).not.toHaveProperty('email');
      expect(JSON.stringify(comment)).not.toContain('analyst@example.org');
      const article = await store.getArticle(articleId);
      expect(article?.commentCount).toBe(1);
      expect(JSON.stringify(article)).not.toContain('analyst@example.org');
      expect(JSON.stringify(await store.listComments('article', String(articleId)))).not.toContain('@example.org');
    });

    it('refuses comments on missing targets and bad input', async () => {
      const input = { targetType: 'actor' as const, targetId: 'nobody', authorName: 'A', email: 'a@example.org', body: 'x' };
      expect(await codeOf(store.addComment(input))).toBe('E041');
      expect(await codeOf(store.addComment({ ...input, email: 'not-an-email' }))).toBe('E040');
    });
  });

  it('refuses work after close', async () => {
    await store.close();
    expect(await codeOf(store.stats())).toBe('E050');
    store = await engine.open();
  });
});

describe('database files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a WAL database, and reopens it without re-migrating', async () => {
    const path = join(dir, 'sitrep.db');
    const store = await openStore(path);
    await store.saveDocument(kabulBombing());
    await store.close();
    const raw = new Database(path);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: LATEST_VERSION });
    raw.close();
    const again = await openStore(path);
    expect((await again.stats()).articles).toBe(1);
    await again.close();
  });

  it('refuses a file that is not SQLite with E051', async () => {
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'these are my notes, not a database\n'.repeat(200));
    expect(await codeOf(openStore(path))).toBe('E051');
  });

  it('refuses another application\'s SQLite database with E051', async () => {
    const path = join(dir, 'other.db');
    const raw = new Database(path);
    raw.exec('CREATE TABLE customers (id INTEGER)');
    raw.close();
    expect(await codeOf(openStore(path))).toBe('E051');
  });

  it('refuses a database from a newer version with E051', async () => {
    const path = join(dir, 'future.db');
    await (await openStore(path)).close();
    const raw = new Database(path);
    raw.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(LATEST_VERSION + 1, 'future', 'now');
    raw.close();
    expect(await codeOf(openStore(path))).toBe('E051');
  });

  it('reports a missing folder with E050', async () => {
    expect(await codeOf(openStore(join(dir, 'no', 'such', 'dir', 'x.db')))).toBe('E050');
  });
});
