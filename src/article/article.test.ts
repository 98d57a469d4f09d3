import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleStage, extractArticle, extractFromHtml, extractFromText } from './extract.js';
import { detectWire } from './wire.js';
import { isChromeLine, parsePlainText, splitDateline } from './plaintext.js';
import { dateFromUrl, normalizeDate } from './dates.js';
import { aggregate, shingleMatch } from './shingles.js';
import { rawContent } from '../ingest/raw.js';
import { SitrepError } from '../core/errors.js';
import { articleJsonlLine } from '../cli/commands/article.js';

const NOW = new Date('2026-01-01T00:00:00Z');
const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'article');

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en-GB"><head><title>Rebels seize the northern town | Daily Planet</title>${head}</head><body>${body}</body></html>`;
}

const STORY = [
  'Rebels seized the northern town of Karo on Tuesday after a week of fighting, residents and officials said, forcing thousands to flee.',
  'The army said it had withdrawn to regroup, and that reinforcements were on their way from the capital, some 300 kilometres south.',
  'Aid agencies warned that food and water were running short, and that the only road out of the town had been cut since Sunday.',
];

describe('extractFromHtml', () => {
  const html = page(
    `<nav><a href="/">Home</a><a href="/world">World</a></nav>
     <article><h1>Rebels seize the northern town</h1>
       <div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on Twitter</a></div>
       <div class="story-body">${STORY.map((p) => `<p>${p}</p>`).join('')}
         <figure><img src="a.jpg"><figcaption>Photo: A. Photographer</figcaption></figure>
         <h2>Thousands flee</h2><ul><li>Two camps opened near the border crossing at Lemo this week.</li></ul>
       </div>
       <div class="related-stories"><h3>Related</h3><ul><li><a href="/x">Another story about the war in the north</a></li></ul></div>
       <div id="comments"><p>Leave a comment below and tell us what you think about this story.</p></div>
     </article><footer>© Daily Planet</footer>`,
    `<meta property="og:site_name" content="Daily Planet"><link rel="canonical" href="https://planet.example/world/2024/03/05/karo">
     <meta property="article:published_time" content="2024-03-05T10:00:00Z"><meta name="author" content="By Jane Roe and John Doe">`,
  );

  it('keeps the story, its headings and list items, and drops navigation, share bars, related lists and comments', () => {
    const article = extractFromHtml(html, 'https://planet.example/world/2024/03/05/karo', { now: NOW });
    expect(article.text).toContain(STORY[0]);
    expect(article.text).toContain('Thousands flee');
    expect(article.text).toContain('Two camps opened');
    expect(article.text).not.toMatch(/Share on|Related|Another story|Leave a comment|Home|Photo:|©/);
  });

  it('gives the metadata: title without the site suffix, names without "By", ISO date, site, canonical, language', () => {
    const article = extractFromHtml(html, undefined, { now: NOW });
    expect(article.title).toBe('Rebels seize the northern town');
    expect(article.byline).toBe('Jane Roe, John Doe');
    expect(article.published).toBe('2024-03-05T10:00:00Z');
    expect(article.site).toBe('Daily Planet');
    expect(article.canonicalUrl).toBe('https://planet.example/world/2024/03/05/karo');
    expect(article.language).toBe('en');
  });

  it('gives paragraph spans that slice the text exactly', () => {
    const article = extractFromHtml(html, undefined, { now: NOW });
    expect(article.paragraphs.length).toBeGreaterThanOrEqual(5);
    for (const span of article.paragraphs) {
      const slice = article.text.slice(span.start, span.end);
      expect(slice).toBe(slice.trim());
      expect(slice.length).toBeGreaterThan(0);
    }
    expect(article.text.slice(article.paragraphs[0]!.start, article.paragraphs[0]!.end)).toBe(STORY[0]);
  });

  it('throws E030 when the HTML has no readable text', () => {
    for (const empty of ['<html><body></body></html>', '<html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>']) {
      try {
        extractFromHtml(empty);
        expect.unreachable('should throw');
      } catch (error) {
        expect(error).toBeInstanceOf(SitrepError);
        expect((error as SitrepError).code).toBe('E030');
      }
    }
  });

  it('never reports a future publication date', () => {
    const future = page(STORY.map((p) => `<p>${p}</p>`).join(''), '<meta property="article:published_time" content="2031-05-01T00:00:00Z">');
    const article = extractFromHtml(future, 'https://x.example/2025/12/30/story', { now: NOW });
    expect(article.published).toBe('2025-12-30');
  });
});

describe('datelines', () => {
  it('takes a first paragraph that is only a date as the publication date, not as text', () => {
    const html = page(
      `<article><h1>Talks resume</h1><p>Friday, January 4, 2019</p>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`,
    );
    const article = extractFromHtml(html, undefined, { now: NOW });
    expect(article.text.startsWith('Friday')).toBe(false);
    expect(article.published).toBe('2019-01-04');
  });

  it('keeps a short first sentence that merely contains a date', () => {
    expect(splitDateline(['Attack in Kabul on January 4, 2019', 'More.'], NOW)).toEqual({
      rest: ['Attack in Kabul on January 4, 2019', 'More.'],
    });
    expect(splitDateline(['Updated: 2019-01-04', 'Story.'], NOW)).toEqual({ rest: ['Story.'], dateline: '2019-01-04' });
  });
});

describe('dates', () => {
  it('normalises the usual forms and refuses the future', () => {
    expect(normalizeDate('2019-11-18T10:20:00+0100', NOW)).toBe('2019-11-18T10:20:00+01:00');
    expect(normalizeDate('November 18, 2019', NOW)).toBe('2019-11-18');
    expect(normalizeDate('18 Nov 2019', NOW)).toBe('2019-11-18');
    expect(normalizeDate('2027-01-01', NOW)).toBeUndefined();
    expect(normalizeDate('not a date', NOW)).toBeUndefined();
    expect(dateFromUrl('https://a.example/2019/11/18/story/', NOW)).toBe('2019-11-18');
  });
});

describe('wire credit', () => {
  it('finds datelines, sign-offs and credit lines', () => {
    expect(detectWire(['KABUL (AFP) — Gunmen attacked a school on Monday.'])).toBe('AFP');
    expect(detectWire(['(Reuters) - Shares fell.'])).toBe('Reuters');
    expect(detectWire(['The minister resigned.', 'The decision surprised many. – AFP'])).toBe('AFP');
    expect(detectWire(['Shares fell.', '(Reporting by A. Writer; Editing by B. Editor)'])).toBe('Reuters');
  });

  it('does not take an agency named in the story for a credit', () => {
    expect(detectWire(['The spokesman told AFP that talks would resume.', '“We are ready,” he told Reuters on Monday.'])).toBeUndefined();
    expect(detectWire(['According to AP, the vote was delayed.'])).toBeUndefined();
  });
});

describe('plain text without a headline', () => {
  it('keeps a one-paragraph report as text and titles it by its first sentence', () => {
    const summary = 'Assailants attacked a police post in Lemo on Tuesday. Two officers were killed.';
    expect(parsePlainText(summary, NOW)).toEqual({ title: 'Assailants attacked a police post in Lemo on Tuesday.', paragraphs: [summary] });
    const article = extractFromText(summary, undefined, { now: NOW });
    expect(article.text).toBe(summary);
  });

  it('reads a first line that ends like a sentence as story text, not as a headline', () => {
    const text = 'Rebels shelled the town on Monday.\n\nResidents fled north.';
    expect(parsePlainText(text, NOW).paragraphs).toEqual(['Rebels shelled the town on Monday.', 'Residents fled north.']);
  });

  it('still takes a short line without a full stop, followed by text, as the headline', () => {
    expect(parsePlainText('Rebels shell town\n\nResidents fled north.', NOW)).toEqual({
      title: 'Rebels shell town',
      paragraphs: ['Residents fled north.'],
    });
  });
});

describe('plain text', () => {
  // Modelled on a scraped news page: headline, share counter, story, comment form.
  const text = [
    'Floods cut off mountain villages',
    '',
    '12 48',
    '',
    'Heavy rain has cut off dozens of villages in the mountains, officials said on Friday.',
    '',
    '“We have no road and no power,” one farmer said by telephone.',
    '',
    'Rescue teams reached two villages by helicopter, the civil defence agency said.',
    '',
    'Post a Comment',
    '',
    'Your email address will not be published. Required fields are marked *',
  ].join('\n');

  it('takes the first line as title and drops counters and comment-form lines by general rules', () => {
    const plain = parsePlainText(text, NOW);
    expect(plain.title).toBe('Floods cut off mountain villages');
    expect(plain.paragraphs).toEqual([
      'Heavy rain has cut off dozens of villages in the mountains, officials said on Friday.',
      '“We have no road and no power,” one farmer said by telephone.',
      'Rescue teams reached two villages by helicopter, the civil defence agency said.',
    ]);
  });

  it('keeps story lines that only mention comments, sharing or numbers', () => {
    for (const line of [
      'The chairman set out this view in his comments:',
      'Readers can share their views with the council until Friday.',
      '78,000',
      'Subscribers were told their email addresses had been leaked in the breach.',
    ]) {
      expect(isChromeLine(line), line).toBe(false);
    }
    for (const line of ['0 35', 'Leave A Reply', 'Share this:', 'Your email address will not be published.', 'Sign up for our newsletter']) {
      expect(isChromeLine(line), line).toBe(true);
    }
  });

  it('reads a dateline date and keeps offsets exact', () => {
    const article = extractFromText('Title line\n\nFriday, January 4, 2019\n\nFirst paragraph.\n\nSecond one.\n', undefined, { now: NOW });
    expect(article.published).toBe('2019-01-04');
    expect(article.paragraphs.map((s) => article.text.slice(s.start, s.end))).toEqual(['First paragraph.', 'Second one.']);
  });
});

describe('articleStage', () => {
  it('declares its contract and fills the article layer', () => {
    expect(articleStage.name).toBe('article.v1');
    expect(articleStage.requires).toEqual(['raw']);
    expect(articleStage.assigns).toEqual(['article']);
    const doc = articleStage.run({ source: { kind: 'inline', location: 'x' }, raw: rawContent('Title\n\nBody text here.', 'text/plain') }, undefined);
    expect(doc.article?.title).toBe('Title');
    expect(extractArticle(rawContent('Title\n\nBody.', 'text/plain'), { kind: 'inline', location: 'x' }).text).toBe('Body.');
  });
});

describe('sitrep article --jsonl lines', () => {
  it('answers each line, and a bad line with a coded error', () => {
    const ok = articleJsonlLine(JSON.stringify({ id: 7, html: page(STORY.map((p) => `<p>${p}</p>`).join('')) }), 1) as Record<string, unknown>;
    expect(ok).toMatchObject({ id: 7, title: 'Rebels seize the northern town', language: 'en' });
    expect(String(ok.articleBody)).toContain(STORY[1]);
    expect(articleJsonlLine('{oops', 2)).toMatchObject({ id: null, error: { code: 'E070' } });
    expect(articleJsonlLine(JSON.stringify({ id: 'e', html: '<html><body></body></html>' }), 3)).toMatchObject({ id: 'e', error: { code: 'E030' } });
  });
});

describe('shingle metric', () => {
  it('scores like the benchmark: per-page normalised counts, averaged precision and recall', () => {
    expect(shingleMatch('a b c d e', 'a b c d e')).toEqual([1, 0, 0]);
    expect(shingleMatch('a b c d e', '')).toEqual([0, 0, 1]);
    // Short texts still give one shingle.
    expect(shingleMatch('a b', 'a b')).toEqual([1, 0, 0]);
    const scores = aggregate([shingleMatch('a b c d e', 'a b c d x'), [1, 0, 0]]);
    expect(scores.precision).toBeCloseTo((0.5 + 1) / 2);
    expect(scores.recall).toBeCloseTo((0.5 + 1) / 2);
  });
});

describe('golden pages (test/fixtures/article/<slug>)', () => {
  for (const slug of readdirSync(FIXTURES).filter((f) => !f.includes('.'))) {
    it(slug, () => {
      const html = gunzipSync(readFileSync(join(FIXTURES, slug, 'source.html.gz'))).toString('utf8');
      const expected = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as { url: string } & Record<string, unknown>;
      const { url, ...layer } = expected;
      expect(extractFromHtml(html, url, { now: NOW })).toEqual(layer);
    });
  }
});
