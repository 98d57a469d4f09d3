import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SitrepError } from '../core/errors.js';
import { FULL_TEXT_MIN_CHARS, htmlToPlain, parseFeed } from './feed.js';

const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/ingest/feeds/${name}`, import.meta.url), 'utf8');

function errorOf(fn: () => unknown): SitrepError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SitrepError);
    return error as SitrepError;
  }
  throw new Error('expected a SitrepError');
}

describe('parseFeed', () => {
  it('reads RSS 2.0 items: title, link, ISO date, full text vs teaser', () => {
    const feed = parseFeed(fixture('full-text.rss').replaceAll('{{BASE}}', 'https://news.example'));
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Test wire & feed');
    expect(feed.items).toHaveLength(2);
    const [full, teaser] = feed.items;
    expect(full.title).toBe('Yemeni journalist Nabil Hasan al-Quaety shot dead in Aden');
    expect(full.link).toBe('https://news.example/aden');
    expect(full.published).toBe('2020-06-03T14:30:00.000Z');
    expect(full.fullText).toBe(true);
    expect(full.content?.mediaType).toBe('text/html');
    expect(full.content?.body).toContain('<p>Nabil Hasan al-Quaety, a photo- and videojournalist');
    expect(teaser.fullText).toBe(false);
    expect(teaser.link).toBe('https://news.example/reading');
    expect(teaser.published).toBe('2020-06-21T08:00:00.000Z');
  });

  it('reads Atom entries: alternate link, xhtml content kept as markup, html summary unescaped', () => {
    const feed = parseFeed(fixture('atom.xml'));
    expect(feed.format).toBe('atom');
    const [xhtml, short] = feed.items;
    expect(xhtml.link).toBe('https://example.org/reading');
    expect(xhtml.title).toBe('Three killed in Reading & three injured');
    expect(xhtml.published).toBe('2020-06-23T10:00:00.000Z');
    expect(xhtml.fullText).toBe(true);
    expect(xhtml.content?.body).toMatch(/^<div xmlns="http:\/\/www.w3.org\/1999\/xhtml"><p>On Saturday evening/);
    expect(short.link).toBeUndefined();
    expect(short.fullText).toBe(false);
    expect(short.content).toMatchObject({ body: '<p>Only a <b>short</b> summary, no link.</p>', mediaType: 'text/html' });
    expect(short.published).toBe('2020-06-24T06:15:00.000Z');
  });

  it('reads RSS 1.0 (RDF) and resolves relative links against the feed URL', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>RDF</title></channel>
      <item><title>One</title><link>/story/1</link><dc:date>2021-01-02T03:04:05Z</dc:date></item></rdf:RDF>`;
    const feed = parseFeed(rdf, 'feed', 'https://site.example/feeds/rdf');
    expect(feed.format).toBe('rdf');
    expect(feed.items[0]).toMatchObject({ link: 'https://site.example/story/1', published: '2021-01-02T03:04:05.000Z' });
  });

  it('uses a permalink guid when the item has no link', () => {
    const rss = '<rss version="2.0"><channel><item><guid>https://x.example/a</guid></item>' +
      '<item><guid isPermaLink="false">tag:x,2020:1</guid></item></channel></rss>';
    const feed = parseFeed(rss);
    expect(feed.items[0].link).toBe('https://x.example/a');
    expect(feed.items[1].link).toBeUndefined();
  });

  it('repairs bare ampersands, a common feed fault', () => {
    const feed = parseFeed(fixture('bare-ampersand.rss'));
    expect(feed.items[0].title).toBe('Q&A: what we know about the ceasefire');
    expect(feed.items[0].link).toBe('https://example.org/qa?id=1&lang=en');
  });

  it('refuses text that is not XML (E020) with the parser position', () => {
    const error = errorOf(() => parseFeed(fixture('not-a-feed.xml'), 'not-a-feed.xml'));
    expect(error.code).toBe('E020');
    expect(error.message).toMatch(/not-a-feed.xml is not valid XML \(line 1/);
  });

  it('refuses truncated XML (E020) and XML that is not a feed (E020)', () => {
    expect(errorOf(() => parseFeed('<rss version="2.0"><channel><item><title>cut')).code).toBe('E020');
    const sitemap = errorOf(() => parseFeed(fixture('sitemap.xml')));
    expect(sitemap.code).toBe('E020');
    expect(sitemap.message).toContain('<urlset>');
  });

  it('refuses a feed with no items (E021)', () => {
    expect(errorOf(() => parseFeed(fixture('empty.rss'))).code).toBe('E021');
  });

  it('marks content as full text only from the threshold on', () => {
    const para = (n: number): string => `<p>${'a'.repeat(n)}</p>`;
    const rss = (n: number): string =>
      `<rss version="2.0"><channel><item><link>https://x.example/</link><description><![CDATA[${para(n)}]]></description></item></channel></rss>`;
    expect(parseFeed(rss(FULL_TEXT_MIN_CHARS - 1)).items[0].fullText).toBe(false);
    expect(parseFeed(rss(FULL_TEXT_MIN_CHARS)).items[0].fullText).toBe(true);
  });

  it('htmlToPlain drops tags, scripts and entities', () => {
    expect(htmlToPlain('<p>A &amp; B<script>x()</script></p>\n<p>C&#8217;s</p>')).toBe('A & B C’s');
  });
});
