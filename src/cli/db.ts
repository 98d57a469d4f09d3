// Where the database lives, and opening it for commands.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SitrepError } from '../core/errors.js';
import { openStore, type Store } from '../store/index.js';

export const DEFAULT_DB = 'sitrep.db';

export function databasePath(option: string | undefined): string {
  return option ?? process.env.SITREP_DB ?? DEFAULT_DB;
}

/** Open for writing, creating the file on first use. */
export function openForWriting(option: string | undefined): Promise<Store> {
  return openStore(databasePath(option));
}

/** Open an existing database for reading; a missing file is a clear error, not a new empty database. */
export function openExisting(option: string | undefined): Promise<Store> {
  const path = databasePath(option);
  if (!existsSync(path)) {
    throw new SitrepError('E052', `no database at ${resolve(path)}`, 'run `sitrep ingest <files>` or `npm start` first, or pass --db FILE');
  }
  return openStore(path);
}
