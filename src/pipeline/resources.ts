// What stages may use besides the document: loaded once per process, shared by every document.
import type { Tagger } from '../core/tagger.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../knowledge/index.js';

export interface PipelineResources {
  knowledge: KnowledgeBase;
  /** The statistical tagger; without it the entities stage uses the knowledge base alone. */
  tagger?: Tagger;
}

export function loadResources(options: { tagger?: Tagger } = {}): PipelineResources {
  return { knowledge: loadKnowledgeBase(), ...(options.tagger ? { tagger: options.tagger } : {}) };
}
