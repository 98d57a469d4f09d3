// Builds data/demo/: English Wikinews articles (CC BY 2.5) about armed conflict, attacks, security and
// diplomacy, as small HTML pages, plus an ATTRIBUTION file. Reads ../shared/data/news/wikinews.
// Run: npx tsx scripts/build-demo-corpus.ts [--max 45]
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from '../src/text/csv.js';

const SOURCE_DIR = join(import.meta.dirname, '..', '..', 'shared', 'data', 'news', 'wikinews');
const OUT_DIR = join(import.meta.dirname, '..', 'data', 'demo');
const DEFAULT_MAX = 36;
// An article must score at least this many topic-word hits (title words count triple) to be a candidate.
const MIN_SCORE = 6;
// Without a topic word in the title, the body alone must be this strongly on topic.
const MIN_SCORE_WITHOUT_TITLE_HIT = 14;

const TOPIC_WORDS = [
  'attack', 'attacks', 'attacked', 'bomb', 'bombing', 'bomber', 'explosion', 'blast', 'killed', 'kills',
  'militant', 'militants', 'terror', 'terrorist', 'terrorism', 'insurgent', 'rebels', 'rebel', 'gunmen', 'gunman',
  'shooting', 'shot', 'airstrike', 'missile', 'military', 'troops', 'army', 'soldiers', 'war', 'ceasefire',
  'hostage', 'kidnapped', 'stabbed', 'stabbing', 'security', 'sanctions', 'diplomatic', 'ambassador', 'embassy',
  'taliban', 'islamic state', 'isis', 'al-shabaab', 'boko haram', 'conflict', 'clashes', 'protesters', 'protests', 'weapons', 'drone', 'strike',
];

/** Topic-word hits: a title hit counts triple; each word counts at most 4 times in the body. */
function score(title: string, text: string): { title: number; total: number } {
  const lowerTitle = title.toLowerCase();
  const lowerText = text.toLowerCase();
  let inTitle = 0;
  let total = 0;
  for (const word of TOPIC_WORDS) {
    const pattern = new RegExp(`\\b${word}\\b`, 'g');
    const titleHits = lowerTitle.match(pattern)?.length ?? 0;
    inTitle += titleHits;
    total += titleHits * 3 + Math.min(lowerText.match(pattern)?.length ?? 0, 4);
  }
  return { title: inTitle, total };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Wikinews texts open with a dateline paragraph ("Friday, January 4, 2019"); the page shows it as a date, not text.
const DATELINE = /^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}\s*$/;

function toHtml(url: string, date: string, title: string, text: string): string {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const dateline = paragraphs[0] && DATELINE.test(paragraphs[0]) ? paragraphs.shift()! : date;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} - Wikinews, the free news source</title>
<link rel="canonical" href="${escapeHtml(url)}">
<meta property="og:site_name" content="Wikinews">
<meta property="og:title" content="${escapeHtml(title)}">
<meta property="article:published_time" content="${date}">
</head>
<body>
<article>
<h1>${escapeHtml(title)}</h1>
<p class="dateline"><time datetime="${date}">${escapeHtml(dateline)}</time></p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
<footer><p>This article is from Wikinews (${escapeHtml(url)}), licensed under Creative Commons Attribution 2.5.</p></footer>
</body>
</html>
`;
}

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 70);
}

function main(): void {
  if (!existsSync(SOURCE_DIR)) {
    console.error(`Wikinews source not found at ${SOURCE_DIR}; this script needs ../shared/data.`);
    process.exit(1);
  }
  const maxIndex = process.argv.indexOf('--max');
  const max = maxIndex > 0 ? Number(process.argv[maxIndex + 1]) : DEFAULT_MAX;
  const candidates: Array<{ url: string; date: string; title: string; text: string; score: number; onTopic: boolean }> = [];
  for (const file of readdirSync(SOURCE_DIR).filter((f) => f.endsWith('.csv')).sort()) {
    const [header, ...rows] = parseCsvRecords(readFileSync(join(SOURCE_DIR, file), 'utf8'));
    const col = (name: string) => header.indexOf(name);
    for (const row of rows) {
      const article = {
        url: row[col('url')].replace('wikinews.org//wiki', 'wikinews.org/wiki'),
        date: row[col('date')], title: row[col('title')], text: row[col('text')],
      };
      const hits = score(article.title, article.text);
      const onTopic = hits.total >= MIN_SCORE && (hits.title > 0 || hits.total >= MIN_SCORE_WITHOUT_TITLE_HIT);
      candidates.push({ ...article, score: hits.total, onTopic });
    }
  }
  const chosen = candidates
    .filter((c) => c.onTopic && c.text.length > 800)
    .sort((a, b) => b.score - a.score || a.url.localeCompare(b.url))
    .slice(0, max)
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const attribution = [
    'Demo corpus: English Wikinews articles, https://en.wikinews.org',
    'Licence: Creative Commons Attribution 2.5 (https://creativecommons.org/licenses/by/2.5/).',
    'Source: github.com/vanatteveldt/wikinews (commit 347254178bf343f3801aac1d03c41cc09c35decb), chosen by',
    'scripts/build-demo-corpus.ts for conflict, attack, security and diplomacy topics.',
    '',
    'file\ttitle\tdate\turl\tlicence',
  ];
  for (const article of chosen) {
    const name = `${article.date}-${slug(article.title)}.html`;
    writeFileSync(join(OUT_DIR, name), toHtml(article.url, article.date, article.title, article.text));
    attribution.push([name, article.title, article.date, article.url, 'CC BY 2.5, Wikinews'].join('\t'));
  }
  writeFileSync(join(OUT_DIR, 'ATTRIBUTION.tsv'), attribution.join('\n') + '\n');
  console.log(`wrote ${chosen.length} articles to ${OUT_DIR} (from ${candidates.length} candidates)`);
}

main();
