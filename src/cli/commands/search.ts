import { Command } from 'commander';
import { parseOrThrow, pageSchema } from '../../store/filters.js';
import type { SearchHit } from '../../store/index.js';
import { openExisting } from '../db.js';
import { outputFormat, render, type Column } from '../format.js';

const COLUMNS: Column<SearchHit>[] = [
  { header: 'id', value: (h) => h.id },
  { header: 'score', value: (h) => h.score.toFixed(2) },
  { header: 'published', value: (h) => h.publishedAt?.slice(0, 10) },
  { header: 'title', value: (h) => h.title, maxWidth: 60 },
  { header: 'snippet', value: (h) => h.snippet, maxWidth: 90 },
];

/** Terminal view: the snippet with matched terms in bold when stdout is a TTY. */
function highlighted(hit: SearchHit, bold: boolean): string {
  let out = '';
  let at = 0;
  for (const span of bold ? hit.highlights : []) {
    out += hit.snippet.slice(at, span.start) + `\x1b[1m${hit.snippet.slice(span.start, span.end)}\x1b[22m`;
    at = span.end;
  }
  return (out + hit.snippet.slice(at)).replace(/\s+/g, ' ');
}

export function register(program: Command): void {
  program
    .command('search')
    .description('full-text search over stored articles, best matches first, with snippets')
    .argument('<query>', 'words to find; "quoted phrases", OR, and prefix* work as in SQLite FTS5')
    .option('--limit <n>', 'results per page (default 20)', '20')
    .option('--offset <n>', 'results to skip')
    .option('--db <file>', 'database file (default: $SITREP_DB or ./sitrep.db)')
    .option('--json', 'print JSON')
    .option('--csv', 'print CSV')
    .addHelpText('after', '\nExamples:\n  $ sitrep search "suicide bombing"\n  $ sitrep search \'"Islamic State" Kabul\' --json')
    .action(async (query: string, options) => {
      const page = parseOrThrow(pageSchema, { limit: options.limit, offset: options.offset }, 'paging');
      const store = await openExisting(options.db);
      try {
        const result = await store.search(query, page);
        const format = outputFormat(options);
        if (format !== 'table') {
          process.stdout.write(render(result.items, COLUMNS, format, result));
          return;
        }
        if (result.items.length === 0) {
          process.stdout.write(`no articles match ${JSON.stringify(query)}\n`);
          return;
        }
        const bold = Boolean(process.stdout.isTTY);
        for (const hit of result.items) {
          process.stdout.write(`#${hit.id}  ${hit.title}${hit.publishedAt ? `  (${hit.publishedAt.slice(0, 10)})` : ''}\n    ${highlighted(hit, bold)}\n`);
        }
        process.stdout.write(`${result.offset + 1}–${result.offset + result.items.length} of ${result.total}\n`);
      } finally {
        await store.close();
      }
    });
}
