import type { Document, LayerName } from './document.js';

/**
 * A pipeline stage: a pure function from a Document to the same Document with one more layer.
 * Stages declare what they need and what they give, so the pipeline checks order when it is built.
 */
export interface Stage<R = unknown> {
  /** Versioned registry name, e.g. `segment.rules.v1`. */
  name: string;
  requires: LayerName[];
  assigns: LayerName[];
  run(doc: Document, resources: R): Document;
}

export function defineStage<R>(stage: Stage<R>): Stage<R> {
  return stage;
}
