// The analysis runtime: the pipeline and the resources its stages need, built once per process.
import type { Document } from '../core/document.js';
import { toSitrepError, type SitrepError } from '../core/errors.js';
import { buildPipeline } from '../pipeline/registry.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { loadResources, type PipelineResources } from '../pipeline/resources.js';

export interface Runtime {
  pipeline: Pipeline<PipelineResources>;
  resources: PipelineResources;
}

let shared: Runtime | undefined;

export function getRuntime(): Runtime {
  shared ??= { pipeline: buildPipeline(), resources: loadResources() };
  return shared;
}

export type Analysed = { ok: true; doc: Document } | { ok: false; error: SitrepError };

/** Run every stage over a document that has its `raw` layer; a failing document becomes a coded error. */
export function analyse(doc: Document, runtime: Runtime = getRuntime()): Analysed {
  try {
    return { ok: true, doc: runtime.pipeline.run(doc, runtime.resources) };
  } catch (error) {
    return { ok: false, error: toSitrepError(error, 'E030') };
  }
}
