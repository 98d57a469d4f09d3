// `sitrep article FILE [--json]` and `sitrep article --jsonl`: the article stage alone — clean text and metadata.
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { ArticleLayer } from '../../core/document.js';
import { SitrepError, toSitrepError } from '../../core/errors.js';
import { extractArticle, extractFromHtml } from '../../article/extract.js';
import { readArticleFile } from '../../article/reader.js';
import { ExitCode, setExitCode } from '../exit.js';

/** One `--jsonl` output line: the benchmark-style fields, or a coded error for that id. */
export function articleJsonlLine(line: string, lineNumber: number): object {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch {
    return { id: null, error: new SitrepError('E070', `line ${lineNumber} is not valid JSON`).toJSON() };
  }
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return { id: null, error: new SitrepError('E070', `line ${lineNumber} is not a JSON object`).toJSON() };
  }
  const { id = null, html, url } = request as { id?: unknown; html?: unknown; url?: unknown };
  if (typeof html !== 'string') {
    return { id, error: new SitrepError('E070', `line ${lineNumber} has no "html" string`).toJSON() };
  }
  try {
    if (html.trim() === '') throw new SitrepError('E001', `line ${lineNumber} has empty html`);
    const article = extractFromHtml(html, typeof url === 'string' ? url : undefined);
    return {
      id,
      title: article.title,
      articleBody: article.text,
      byline: article.byline ?? null,
      published: article.published ?? null,
      site: article.site ?? null,
      language: article.language ?? null,
      wire: article.wire ?? null,
    };
  } catch (error) {
    return { id, error: toSitrepError(error, 'E030').toJSON() };
  }
}

async function runJsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    if (!process.stdout.write(`${JSON.stringify(articleJsonlLine(line, lineNumber))}\n`)) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
}

export function formatArticle(article: ArticleLayer): string {
  const fields: Array<[string, string | undefined]> = [
    ['Byline', article.byline],
    ['Published', article.published],
    ['Modified', article.modified],
    ['Site', article.site],
    ['URL', article.canonicalUrl],
    ['Language', article.language],
    ['Wire', article.wire],
    ['Image', article.leadImage],
  ];
  const head = fields.filter(([, v]) => v).map(([k, v]) => `${k.padEnd(10)} ${v}`);
  return `${article.title}\n${'='.repeat(Math.min(article.title.length, 80))}\n${head.join('\n')}\n\n${article.text}\n`;
}

export function register(program: Command): void {
  program
    .command('article')
    .description('extract the clean text and metadata of one article (HTML or plain text), touching no database')
    .argument('[file]', 'a .html, .htm, .html.gz or .txt file')
    .option('--json', 'print the article layer as JSON')
    .option('--jsonl', 'batch mode: read {"id","html"} lines on stdin, write {"id","title","articleBody","byline","published","site","language","wire"} lines')
    .action(async (file: string | undefined, options: { json?: boolean; jsonl?: boolean }) => {
      if (options.jsonl) {
        await runJsonl();
        return;
      }
      if (!file) {
        process.stderr.write('sitrep article: give a FILE, or --jsonl to read lines on stdin\n');
        setExitCode(ExitCode.usage);
        return;
      }
      const input = await readArticleFile(file);
      const article = extractArticle(input.raw, input.source);
      process.stdout.write(options.json ? `${JSON.stringify(article, null, 2)}\n` : formatArticle(article));
    });
}
