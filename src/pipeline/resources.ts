// What stages may use besides the document: loaded once per process, shared by every document.
import type { Tagger } from '../core/tagger.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../knowledge/index.js';
import { loadTagger } from '../ner/index.js';

export interface PipelineResources {
  knowledge: KnowledgeBase;
  /** The statistical tagger; without it the entities stage uses the knowledge base alone. */
  tagger?: Tagger;
}

export interface ResourceOptions {
  /** Model file for the tagger (default: the bundled models/ner-en.v1.bin); `false` runs without a tagger. */
  nerModel?: string | false;
}

export function loadResources(options: ResourceOptions = {}): PipelineResources {
  const knowledge = loadKnowledgeBase();
  if (options.nerModel === false) return { knowledge };
  return { knowledge, tagger: loadTagger(options.nerModel) };
}
