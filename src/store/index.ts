// Public entry point of the store: open a database and get the engine-neutral Store contract.

import { SitrepError } from '../core/errors.js';
import type { SqliteOpenOptions } from './sqlite/connection.js';
import { SqliteStore } from './sqlite/store.js';
import type { Store } from './types.js';

export interface OpenStoreOptions extends SqliteOpenOptions {}

/**
 * Open (creating and migrating if needed) the database at `path`. `:memory:` gives a private in-memory store.
 * Errors: E051 when the file is not a Sitrep database or comes from a newer version; E050 otherwise.
 */
export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(path)) {
    throw new SitrepError('E050', 'PostgreSQL is not supported yet', 'use a SQLite file path for --db');
  }
  return SqliteStore.open(path, options);
}

export { DEFAULT_LIMIT, MAX_LIMIT, editableEventFields, eventSortKeys } from './filters.js';
export type {
  ActorFilter,
  ArticleFilter,
  ClaimFilter,
  AliasInput,
  CommentInput,
  EventFilter,
  EventReviewInput,
  EventSortKey,
  MergeInput,
  PageRequest,
  QuoteFilter,
} from './filters.js';
export type * from './types.js';
