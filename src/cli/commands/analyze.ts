import { createInterface } from 'node:readline';
import { Command, InvalidArgumentError } from 'commander';
import { toAnalysisJson } from '../../app/contract.js';
import { analyse, getRuntime, type Runtime } from '../../app/runtime.js';
import { formatSummary } from '../../app/summary.js';
import type { Document } from '../../core/document.js';
import { SitrepError } from '../../core/errors.js';
import { ingestSources, rawContent } from '../../ingest/index.js';

// A publication date as a day, or only a month or year ("2021-03", "2021", or GTD's "2021-03-00" for an unknown
// day), optionally followed by a time.
const PUBLISHED_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The day relative dates are resolved against. A month or year without its day stands for the last day of that
 * period (a report cannot describe what happened after it), never later than today. Undefined when invalid.
 */
export function publicationDay(value: string, today: Date = new Date()): string | undefined {
  const match = PUBLISHED_RE.exec(value.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined || match[2] === '00' ? undefined : Number(match[2]);
  const day = match[3] === undefined || match[3] === '00' ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const lastMonth = month ?? 12;
  const lastDay = day ?? new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const date = new Date(Date.UTC(year, lastMonth - 1, lastDay));
  if (date.getUTCMonth() !== lastMonth - 1 || date.getUTCDate() !== lastDay) return undefined;
  const latest = Math.min(date.getTime(), Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  return new Date(latest).toISOString().slice(0, 10);
}

function publishedDate(value: string): string {
  const day = publicationDay(value);
  if (!day) throw new InvalidArgumentError('expected a date as YYYY-MM-DD (or YYYY-MM, YYYY)');
  return day;
}

function missingExtractors(runtime: Runtime) {
  return {
    quotes: !runtime.pipeline.assigns('quotes'),
    events: !runtime.pipeline.assigns('events'),
    claims: !runtime.pipeline.assigns('claims'),
  };
}

async function readOne(input: string, published: string | undefined): Promise<Document> {
  const docs: Document[] = [];
  for await (const item of ingestSources([input], { stdin: process.stdin })) {
    if (!item.ok) throw item.error;
    docs.push(item.doc);
  }
  if (docs.length !== 1) {
    throw new SitrepError('E006', `${input} holds ${docs.length} documents`, 'analyze takes one document; use `sitrep ingest` for feeds and directories');
  }
  const doc = docs[0];
  return published ? { ...doc, source: { ...doc.source, publishedOverride: published } } : doc;
}

interface JsonlRequest {
  id: unknown;
  text?: unknown;
  html?: unknown;
  published?: unknown;
}

/** One `--jsonl` line to a Document, or a coded error for that line. */
export function documentFromJsonl(line: string, lineNumber: number): { id: unknown; doc?: Document; error?: SitrepError } {
  let request: JsonlRequest;
  try {
    request = JSON.parse(line) as JsonlRequest;
  } catch {
    return { id: null, error: new SitrepError('E070', `line ${lineNumber} is not valid JSON`) };
  }
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    return { id: null, error: new SitrepError('E070', `line ${lineNumber} is not a JSON object`) };
  }
  const id = request.id ?? null;
  const body = typeof request.html === 'string' ? request.html : typeof request.text === 'string' ? request.text : undefined;
  if (body === undefined) {
    return { id, error: new SitrepError('E070', `line ${lineNumber} has neither a "text" nor an "html" string`) };
  }
  if (body.trim() === '') return { id, error: new SitrepError('E001', `line ${lineNumber} has empty content`) };
  const published = typeof request.published === 'string' ? publicationDay(request.published) : undefined;
  if (request.published !== undefined && request.published !== null && !published) {
    return { id, error: new SitrepError('E070', `line ${lineNumber} has an invalid "published" date`, 'use YYYY-MM-DD') };
  }
  return {
    id,
    doc: {
      source: {
        kind: 'inline',
        location: `jsonl:${lineNumber}`,
        retrievedAt: new Date().toISOString(),
        ...(published ? { publishedOverride: published } : {}),
      },
      raw: rawContent(body, typeof request.html === 'string' ? 'text/html' : 'text/plain'),
    },
  };
}

async function runJsonl(runtime: Runtime): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    const parsed = documentFromJsonl(line, lineNumber);
    let out: object;
    if (parsed.error || !parsed.doc) {
      out = { id: parsed.id, error: (parsed.error ?? new SitrepError('E070', 'unreadable line')).toJSON() };
    } else {
      const analysed = analyse(parsed.doc, runtime);
      out = analysed.ok ? { id: parsed.id, ...toAnalysisJson(analysed.doc) } : { id: parsed.id, error: analysed.error.toJSON() };
    }
    if (!process.stdout.write(JSON.stringify(out) + '\n')) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
}

export function register(program: Command): void {
  program
    .command('analyze')
    .description('analyse one document and print what Sitrep extracts, touching no database')
    .argument('[source]', 'a file (.txt, .html, .html.gz), an http(s) URL, or - for stdin')
    .option('--published <YYYY-MM-DD>', 'publication date, used to resolve "last month", "in March" (wins over the page)', publishedDate)
    .option('--json', 'print the stable JSON contract (see docs/analyze.md) instead of a readable summary')
    .option('--jsonl', 'batch mode: read {"id","text"|"html","published"?} lines on stdin, write one JSON line per input')
    .addHelpText(
      'after',
      `
Examples:
  $ sitrep analyze story.txt --published 2024-09-01
  $ sitrep analyze page.html --json | jq '.actors[].name'
  $ printf '{"id":1,"text":"Gunmen killed 3 in Kabul."}\\n' | sitrep analyze --jsonl`,
    )
    .action(async (source: string | undefined, options) => {
      const runtime = getRuntime();
      if (options.jsonl) {
        if (source && source !== '-') throw new SitrepError('E040', '--jsonl reads standard input', 'pipe the lines in: sitrep analyze --jsonl < batch.jsonl');
        await runJsonl(runtime);
        return;
      }
      if (!source) throw new SitrepError('E040', 'nothing to analyse', 'give a file, a URL or - for stdin (see sitrep analyze --help)');
      const analysed = analyse(await readOne(source, options.published), runtime);
      if (!analysed.ok) throw analysed.error;
      const json = toAnalysisJson(analysed.doc);
      process.stdout.write(options.json ? JSON.stringify(json, null, 2) + '\n' : formatSummary(json, missingExtractors(runtime)));
    });
}
