// End-to-end tests of the workbench in Debian's Chromium (playwright-core drives it; no browser is downloaded).
// Playwright gives every launch a fresh temporary profile (it refuses --user-data-dir with launch()).
// Skipped, with the reason, when /usr/bin/chromium is missing (`apt-get install -y chromium` provides it).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApi, type RunningServer } from '../../src/api/serve.js';
import { openStore } from '../../src/store/index.js';
import { kabulBombing, makeDoc } from '../../src/store/testing/documents.js';
import type { Store } from '../../src/store/types.js';
import { seedSynthetic } from '../../src/web/testing/synthetic.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const EMAIL = 'reader.private@example.net';

if (!HAS_CHROMIUM) console.warn(`browser tests skipped: ${CHROMIUM} not found (install it with: apt-get install -y chromium)`);

describe.skipIf(!HAS_CHROMIUM)(`workbench in Chromium${HAS_CHROMIUM ? '' : ' (skipped: /usr/bin/chromium not found)'}`, () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    store = await openStore(':memory:');
    await store.saveDocument(kabulBombing());
    await store.saveDocument(
      makeDoc({
        location: 'https://news.example.org/script',
        title: 'Report with <script>alert(1)</script> in it',
        text: 'The page said <script>window.pwned = 1</script> and <b>bold</b> words, which must show as text.',
        published: '2024-02-01',
      }),
    );
    await seedSynthetic(store, { events: 300, eventsPerArticle: 5 });
    server = await serveApi({ store, port: 0 });
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--no-first-run', '--disable-quic', '--disable-sync',
      ],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    // Nothing may be requested from anywhere but our server.
    page.on('request', (r) => !r.url().startsWith(server.url) && !r.url().startsWith('data:') && problems.push(`outside request ${r.url()}`));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  const open = async (path: string, shot?: string) => {
    const response = await page.goto(`${server.url}${path}`);
    if (shot) await page.screenshot({ path: join(SHOTS, `${shot}.png`), fullPage: true });
    return response!;
  };

  it('opens the overview with counts, chart and map', async () => {
    const response = await open('/', 'overview');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
    await expect(page.locator('.counts li').first().innerText()).resolves.toMatch(/\d+\s*Articles/);
    expect(await page.locator('svg.map circle').count()).toBeGreaterThan(3);
    expect(await page.locator('svg.chart rect').count()).toBeGreaterThan(3);
    await page.setViewportSize({ width: 390, height: 844 });
    await open('/', 'overview-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('filters the events table', async () => {
    await open('/events');
    const all = Number(await page.locator('#event-count').getAttribute('data-total'));
    await page.selectOption('select[name="attackType"]', 'Armed Assault');
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(/attackType=Armed/);
    const filtered = Number(await page.locator('#event-count').getAttribute('data-total'));
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    const types = await page.locator('#events-table tbody tr td:nth-child(3)').allInnerTexts();
    expect(types.length).toBe(Math.min(50, filtered));
    for (const t of types) expect(t).toContain('Armed Assault');
    const api = (await (await fetch(`${server.url}/api/events?attackType=Armed%20Assault&limit=1`)).json()) as { total: number };
    expect(api.total).toBe(filtered);
    await page.screenshot({ path: join(SHOTS, 'events.png'), fullPage: true });
  });

  it('exports exactly the filtered rows as CSV', async () => {
    await open('/events?country=AF');
    const total = Number(await page.locator('#event-count').getAttribute('data-total'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=CSV')]);
    const csv = readFileSync((await download.path())!, 'utf8').trim().split('\r\n');
    expect(csv[0]).toMatch(/^id,date_start,/);
    expect(csv.length - 1).toBe(total);
    const country = csv[0].split(',').indexOf('country_code');
    for (const line of csv.slice(1)) expect(line.split(',')[country]).toBe('AF');
  });

  it('opens an event and shows its evidence highlighted', async () => {
    await open('/events?q=Foreign%20Ministry');
    await page.click('#events-table tbody tr:first-child td:first-child a');
    await page.waitForURL(/\/events\/\d+$/);
    await expect(page.locator('#evidence .hl-evidence').first().innerText()).resolves.toBe('A suicide bomber killed');
    await page.fill('#r-who', 'Analyst A');
    await page.selectOption('#r-action', 'edit');
    await page.selectOption('#r-field', 'fatalities');
    await page.fill('#r-value', 'at least 7');
    await page.click('text=Save review');
    await expect(page.locator('#review-status').innerText()).resolves.toBe('edited');
    await expect(page.locator('dl.fields').innerText()).resolves.toMatch(/at least 6[\s\S]*analyst: at least 7/);
    await page.screenshot({ path: join(SHOTS, 'event.png'), fullPage: true });
  });

  it('posts a comment: the counter changes and the email is never shown or returned', async () => {
    const [article] = (await store.listArticles({ q: 'bomber' })).items;
    await open(`/articles/${article.id}`);
    expect(await page.locator('#comment-counter').innerText()).toBe('0');
    await expect(page.locator('#article-text .hl-entity').first().innerText()).resolves.toBeTruthy();
    await expect(page.locator('#article-text .hl-quote').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#email-note').innerText()).resolves.toMatch(/never shown/);
    await page.fill('#c-name', 'Reader One');
    await page.fill('#c-email', EMAIL);
    await page.fill('#c-body', 'Second source says seven.');
    await page.click('text=Post comment');
    await page.waitForURL(/done=/);
    expect(await page.locator('#comment-counter').innerText()).toBe('1');
    expect(await page.locator('#comments').innerText()).toContain('Second source says seven.');
    expect(await page.content()).not.toContain(EMAIL);
    for (const path of [`/api/articles/${article.id}`, `/api/comments?targetType=article&targetId=${article.id}`, '/api/stats']) {
      expect(await (await fetch(`${server.url}${path}`)).text()).not.toContain(EMAIL);
    }
    await page.screenshot({ path: join(SHOTS, 'article.png'), fullPage: true });
  });

  it('shows markup inside an article as text', async () => {
    const [article] = (await store.listArticles({ q: 'bold' })).items;
    await open(`/articles/${article.id}`);
    expect(await page.locator('#article-text').innerText()).toContain('<script>window.pwned = 1</script>');
    expect(await page.locator('h1').innerText()).toContain('<script>alert(1)</script>');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  it('merges two actors and undoes the merge', async () => {
    await open('/actors/taliban');
    await page.fill('#merge-id', 'islamic-state-khorasan');
    await page.click('form[action$="/merge"] button');
    await page.waitForURL(/done=/);
    const aliases = await page.locator('#aliases').innerText();
    expect(aliases).toContain('ISKP');
    expect(aliases).toContain('Islamic State Khorasan Province');
    await page.screenshot({ path: join(SHOTS, 'actor-merged.png'), fullPage: true });
    await open('/actors/islamic-state-khorasan');
    expect(page.url()).toContain('/actors/taliban');
    await page.click('text=Undo merge');
    await page.waitForURL(/\/actors\/islamic-state-khorasan/);
    expect(await page.locator('h1').innerText()).toBe('Islamic State Khorasan Province');
    expect(await page.locator('#aliases').innerText()).toContain('ISKP');
    await open('/actors/taliban', 'actor');
    expect(await page.locator('#aliases').innerText()).not.toContain('ISKP');
  });

  it('refuses a form post without the token', async () => {
    const response = await fetch(`${server.url}/actors/taliban/aliases`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'alias=Injected',
    });
    expect(response.status).toBe(400);
    expect((await store.getActor('taliban'))!.aliases.map((a) => a.alias)).not.toContain('Injected');
  });

  it('searches quotes by affiliation', async () => {
    await open('/quotes');
    await page.fill('input[name="affiliation"]', 'taliban');
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(/affiliation=taliban/);
    expect(await page.locator('#quote-count').getAttribute('data-total')).toBe('1');
    expect(await page.locator('main ul.plain').innerText()).toContain('We will hunt down those responsible');
    await page.fill('input[name="affiliation"]', 'Interior Ministry');
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(/affiliation=Interior/);
    expect(await page.locator('#quote-count').getAttribute('data-total')).toBe('0');
  });

  it('narrows a search by its facets, with counts over all matches', async () => {
    await open('/search?q=checkpoint', 'search-facets');
    const total = Number(await page.locator('#hit-count').getAttribute('data-total'));
    expect(total).toBeGreaterThan(20);
    expect(await page.locator('ol.hits > li').count()).toBe(20);
    const siteCounts = (await page.locator('#facet-site .badge').allInnerTexts()).map(Number);
    expect(siteCounts.reduce((a, b) => a + b, 0)).toBe(total);
    const site = page.locator('#facet-site a').first();
    const siteName = await site.innerText();
    const siteCount = siteCounts[0];
    await site.click();
    await page.waitForURL(/site=/);
    expect(Number(await page.locator('#hit-count').getAttribute('data-total'))).toBe(siteCount);
    for (const line of await page.locator('ol.hits > li .muted').allInnerTexts()) expect(line).toContain(siteName);
    const actor = page.locator('#facet-actor a').first();
    const actorCount = Number(await page.locator('#facet-actor .badge').first().innerText());
    await actor.click();
    await page.waitForURL(/actor=/);
    expect(Number(await page.locator('#hit-count').getAttribute('data-total'))).toBe(actorCount);
    expect(await page.locator('#narrowed').innerText()).toContain(siteName);
    const year = await page.locator('#facet-year a, #facet-year b').first().innerText();
    await page.click(`#narrowed a[aria-label="Remove site ${siteName}"]`);
    await page.waitForURL((url) => !url.searchParams.has('site') && url.searchParams.has('actor'));
    await page.click(`#facet-year a:text-is("${year}")`);
    await page.waitForURL(new RegExp(`period=${year}`));
    const dates = await page.locator('ol.hits > li .muted').allInnerTexts();
    expect(dates.length).toBeGreaterThan(0);
    for (const line of dates) expect(line).toContain(`${year}-`);
  });

  it('ingests dropped files and lists each with its result and article', async () => {
    await open('/ingest');
    // Dropping onto the zone: the same-origin script hands the files to the input and names them.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Dropped text about a bridge.'], 'dropped.txt', { type: 'text/plain' }));
      document.getElementById('dropzone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await expect(page.locator('#chosen').innerText()).resolves.toContain('dropped.txt');
    await page.setInputFiles('#i-files', [
      {
        name: 'ambush.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Militants ambushed an army patrol near Gao on Thursday, killing four soldiers, the army said.'),
      },
      { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) },
    ]);
    await expect(page.locator('#chosen').innerText()).resolves.toContain('2 files');
    await page.click('text=Ingest files');
    await page.waitForSelector('#ingest-items');
    const rows = await page.locator('#ingest-items tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('td')!.textContent!.trim(), tr.getAttribute('data-status')]),
    );
    expect(rows).toEqual([
      ['ambush.txt', 'ingested'],
      ['photo.png', 'failed'],
    ]);
    expect(await page.locator('#ingest-items tbody tr[data-status="failed"]').innerText()).toContain('E006');
    expect(await page.locator('#ingest-result').innerText()).toBe('Ingested 1, updated 0, unchanged 0, failed 1.');
    await page.screenshot({ path: join(SHOTS, 'ingest-result.png'), fullPage: true });
    await page.click('#ingest-items tbody tr[data-status="ingested"] a');
    await page.waitForURL(/\/articles\/\d+$/);
    expect(await page.locator('main').innerText()).toContain('Gao');
  });

  it('renders quotes, search, actors and ingest pages', async () => {
    for (const [path, shot, text] of [
      ['/quotes', 'quotes', 'hunt down'],
      ['/search?q=bomber', 'search', 'Suicide bombing kills six'],
      ['/actors', 'actors', 'Taliban'],
      ['/ingest', 'ingest', 'Paste'],
    ]) {
      expect((await open(path, shot)).status()).toBe(200);
      expect(await page.locator('main').innerText()).toContain(text);
    }
    expect(problems).toEqual([]);
  });
});
