import type { Document, LayerName } from '../core/document.js';
import type { Stage } from '../core/stage.js';

export class PipelineOrderError extends Error {}

export interface StageTiming {
  name: string;
  ms: number;
}

/**
 * An ordered list of stages, checked once when built: every stage's `requires` must be assigned by an
 * earlier stage (or be present on the input), and no two stages may assign the same layer.
 */
export class Pipeline<R> {
  readonly stages: readonly Stage<R>[];
  /** Cumulative time per stage since creation; read by the benchmark. */
  readonly timings: Map<string, number> = new Map();

  constructor(stages: Stage<R>[], inputLayers: LayerName[] = ['raw']) {
    const assigned = new Set<LayerName>(inputLayers);
    for (const stage of stages) {
      for (const layer of stage.requires) {
        if (!assigned.has(layer)) {
          throw new PipelineOrderError(`stage ${stage.name} requires layer "${layer}", which no earlier stage assigns`);
        }
      }
      for (const layer of stage.assigns) {
        if (assigned.has(layer)) {
          throw new PipelineOrderError(`stage ${stage.name} assigns layer "${layer}", which is already assigned`);
        }
        assigned.add(layer);
      }
    }
    this.stages = stages;
  }

  get stageNames(): string[] {
    return this.stages.map((stage) => stage.name);
  }

  /** Which layers this pipeline fills in, so callers can tell "not extracted" from "found nothing". */
  assigns(layer: LayerName): boolean {
    return this.stages.some((stage) => stage.assigns.includes(layer));
  }

  run(doc: Document, resources: R): Document {
    let current = doc;
    for (const stage of this.stages) {
      const started = performance.now();
      current = stage.run(current, resources);
      this.timings.set(stage.name, (this.timings.get(stage.name) ?? 0) + performance.now() - started);
    }
    return current;
  }
}
