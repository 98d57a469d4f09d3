import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT } from '../../api/index.js';
import { ingestIntoStore } from '../../app/ingest.js';
import { SitrepError } from '../../core/errors.js';
import { databasePath, openForWriting } from '../db.js';
import { createProgress } from '../progress.js';
import { positiveInteger, printSummary } from './ingest.js';
import { serveUntilStopped } from './serve.js';

/** The bundled demo corpus, found relative to the package (works from src/ under tsx and from dist/). */
export const DEMO_CORPUS = fileURLToPath(new URL('../../../data/demo', import.meta.url));

export function register(program: Command): void {
  program
    .command('start')
    .description('load the bundled demo corpus into the database (once) and serve it — what `npm start` runs')
    .option('--db <file>', 'database file (default: $SITREP_DB or ./sitrep.db)')
    .option('--port <n>', 'port to listen on', positiveInteger('--port'), DEFAULT_PORT)
    .option('--host <host>', 'address to bind', DEFAULT_HOST)
    .option('--no-serve', 'load the demo corpus and exit')
    .action(async (options) => {
      if (!existsSync(DEMO_CORPUS)) throw new SitrepError('E005', `demo corpus not found at ${DEMO_CORPUS}`, 'reinstall Sitrep');
      const store = await openForWriting(options.db);
      process.stdout.write(`Database: ${databasePath(options.db)}\nLoading the demo corpus (${DEMO_CORPUS}) …\n`);
      const progress = createProgress();
      const summary = await ingestIntoStore([DEMO_CORPUS], store, {
        onDiscovered: (total) => progress.setTotal(total),
        onProgress: (location) => progress.tick(location),
      });
      progress.stop();
      printSummary(summary);
      if (!options.serve) {
        await store.close();
        return;
      }
      await serveUntilStopped(store, { port: options.port, host: options.host });
    });
}
