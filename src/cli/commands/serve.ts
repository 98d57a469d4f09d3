import { Command } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT, serveApi } from '../../api/index.js';
import type { Store } from '../../store/index.js';
import { openExisting } from '../db.js';
import { positiveInteger } from './ingest.js';

/** Serve until SIGINT/SIGTERM, then close the server and the database cleanly. */
export async function serveUntilStopped(store: Store, options: { port: number; host: string }): Promise<void> {
  const server = await serveApi({ store, port: options.port, host: options.host });
  process.stdout.write(`Sitrep workbench: ${server.url}/  (API: ${server.url}/api/, OpenAPI: ${server.url}/api/openapi.json)\n`);
  process.stdout.write('Press Ctrl+C to stop.\n');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await store.close();
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the analyst workbench and the JSON HTTP API over a database')
    .option('--db <file>', 'database file (default: $SITREP_DB or ./sitrep.db)')
    .option('--port <n>', 'port to listen on', positiveInteger('--port'), DEFAULT_PORT)
    .option('--host <host>', 'address to bind; the default serves this machine only', DEFAULT_HOST)
    .addHelpText(
      'after',
      `
The workbench is at / (docs/workbench.md); the API under /api — /api/health, /api/articles, /api/search?q=,
/api/actors, /api/events, /api/quotes, /api/claims and more, described at /api/openapi.json (docs/api.md).

Example:
  $ sitrep serve --port 9000`,
    )
    .action(async (options) => {
      const store = await openExisting(options.db);
      await serveUntilStopped(store, { port: options.port, host: options.host });
    });
}
