import type { Document } from '../core/document.js';
import { defineStage } from '../core/stage.js';
import { extractQuotes } from './extract.js';

/**
 * `quotes.rules.v1`: direct quotes and reported speech with speaker, affiliation, role, conduit and time.
 * Reads the entities and resolution layers when they are filled (actor ids, better names); works without them.
 */
export const quotesStage = defineStage<unknown>({
  name: 'quotes.rules.v1',
  requires: ['resolution'],
  assigns: ['quotes'],
  run(doc: Document): Document {
    return { ...doc, quotes: extractQuotes(doc) };
  },
});
