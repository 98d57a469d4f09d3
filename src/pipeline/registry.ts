// Every built-in stage, registered under its versioned name — the way an extension would register one.
import type { Stage } from '../core/stage.js';
import { articleStage } from '../article/index.js';
import { claimsStage } from '../claims/index.js';
import { eventsStage } from '../events/index.js';
import { entitiesStage, resolveStage } from '../knowledge/index.js';
import { quotesStage } from '../quotes/index.js';
import { segmentStage } from '../text/segment.js';
import { Pipeline } from './pipeline.js';
import type { PipelineResources } from './resources.js';

const BUILT_IN: Stage<PipelineResources>[] = [
  articleStage,
  segmentStage,
  entitiesStage,
  resolveStage,
  quotesStage,
  eventsStage,
  claimsStage,
];

export const STAGES: ReadonlyMap<string, Stage<PipelineResources>> = new Map(BUILT_IN.map((stage) => [stage.name, stage]));

/** ingest → article → segment → entities → resolve → extract (quotes, events, claims). */
export const DEFAULT_PIPELINE: readonly string[] = [
  'article.v1',
  'segment.rules.v1',
  'entities.kb.v1',
  'resolve.kb.v1',
  'quotes.rules.v1',
  'events.rules.v1',
  'claims.rules.v1',
];

export function buildPipeline(names: readonly string[] = DEFAULT_PIPELINE): Pipeline<PipelineResources> {
  const stages = names.map((name) => {
    const stage = STAGES.get(name);
    if (!stage) throw new Error(`unknown pipeline stage "${name}"; known: ${[...STAGES.keys()].join(', ')}`);
    return stage;
  });
  return new Pipeline(stages, ['raw']);
}
