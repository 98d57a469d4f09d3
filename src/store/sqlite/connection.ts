// Opening a SQLite database file for Sitrep: pragmas, file checks and migrations. Everything that is
// specific to how SQLite is set up lives here.

import Database from 'better-sqlite3';
import { SitrepError } from '../../core/errors.js';
import { quoteKind } from '../../quotes/kind.js';
import { LATEST_VERSION, MIGRATIONS } from './migrations.js';

/** How long a writer waits for another process's lock before giving up (WAL allows one writer at a time). */
export const BUSY_TIMEOUT_MS = 5_000;

export interface SqliteOpenOptions {
  /** Open without writing: no migrations are run, and an out-of-date schema is refused. */
  readonly?: boolean;
  busyTimeoutMs?: number;
}

export type SqliteDb = Database.Database;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isNotADatabase(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

export function openSqlite(path: string, options: SqliteOpenOptions = {}): SqliteDb {
  let db: SqliteDb;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    throw new SitrepError('E050', `cannot open database ${path}: ${describe(error)}`, 'check the path and its folder');
  }
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? BUSY_TIMEOUT_MS))}`);
    // The first real read: a file that is not SQLite fails here.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (!options.readonly && path !== ':memory:' && path !== '') db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // WAL makes NORMAL durable against application crashes; only an OS crash can lose the last commits.
    db.pragma('synchronous = NORMAL');
    // A quote's kind is read from its cue (so rows stored before it was known have one too): `quote_kind(cue)`.
    db.function('quote_kind', { deterministic: true }, (cue: unknown) => quoteKind(String(cue ?? '')));
    migrate(db, path, options.readonly ?? false);
    // Refresh the query planner's statistics where they are missing or stale (cheap; SQLite's advice at open).
    if (!options.readonly) db.pragma('optimize=0x10002');
    return db;
  } catch (error) {
    db.close();
    if (error instanceof SitrepError) throw error;
    if (isNotADatabase(error)) {
      throw new SitrepError('E051', `${path} is not a SQLite database`, 'point --db at a Sitrep database or a new file');
    }
    throw new SitrepError('E050', `cannot open database ${path}: ${describe(error)}`);
  }
}

function currentVersion(db: SqliteDb, path: string): number {
  const hasTable = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!hasTable) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (tables.n > 0) {
      throw new SitrepError('E051', `${path} is a SQLite database but not a Sitrep one`, 'use a new file for Sitrep');
    }
    return 0;
  }
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

function migrate(db: SqliteDb, path: string, readonly: boolean): void {
  const version = currentVersion(db, path);
  if (version > LATEST_VERSION) {
    throw new SitrepError(
      'E051',
      `${path} has schema version ${version}, newer than this Sitrep understands (${LATEST_VERSION})`,
      'upgrade Sitrep to open this database',
    );
  }
  if (version === LATEST_VERSION) return;
  if (readonly) {
    throw new SitrepError('E051', `${path} has schema version ${version}; this Sitrep needs ${LATEST_VERSION}`, 'open it once without read-only to upgrade');
  }
  const apply = db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of MIGRATIONS) {
      if (migration.version <= version) continue;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
  });
  apply.immediate();
}

export function schemaVersion(db: SqliteDb): number {
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}
