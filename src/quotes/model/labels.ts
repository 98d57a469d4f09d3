// The attribution tagger's labels. It reuses the NER machinery (src/ner: perceptron training, constrained
// Viterbi, weight index), whose label set is the nine IOB2 tags over four types; the three attribution roles
// take the first three types, so every IOB2 constraint carries over unchanged and MISC is never a gold label.
import { chunks } from '../../ner/conlleval.js';

export type Role = 'source' | 'cue' | 'content';

/** Attribution role → the NER type it is stored as. */
export const ROLE_TYPE: Record<Role, string> = { source: 'PER', cue: 'ORG', content: 'LOC' };
const TYPE_ROLE = new Map<string, Role>(Object.entries(ROLE_TYPE).map(([role, type]) => [type, role as Role]));

/** A labelled run of tokens; `end` is one past the last token. */
export interface RoleSpan {
  role: Role;
  start: number;
  end: number;
}

/**
 * IOB2 tags for `n` tokens from role spans. Where spans overlap (PolNeAR nests a whole attribution inside
 * another's content) the longest span covering a token wins, i.e. the outermost one.
 */
export function spansToTags(n: number, spans: readonly RoleSpan[]): string[] {
  const owner = new Int32Array(n).fill(-1);
  const length = (k: number) => spans[k].end - spans[k].start;
  spans.forEach((span, k) => {
    for (let i = Math.max(0, span.start); i < Math.min(n, span.end); i++) {
      if (owner[i] < 0 || length(k) > length(owner[i])) owner[i] = k;
    }
  });
  const tags = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const k = owner[i];
    if (k < 0) tags[i] = 'O';
    else tags[i] = `${i > 0 && owner[i - 1] === k ? 'I' : 'B'}-${ROLE_TYPE[spans[k].role]}`;
  }
  return tags;
}

/** Role spans from IOB2 tags (conlleval chunk rules; a stray MISC chunk is ignored). */
export function tagsToSpans(tags: readonly string[]): RoleSpan[] {
  const out: RoleSpan[] = [];
  for (const chunk of chunks(tags)) {
    const role = TYPE_ROLE.get(chunk.type);
    if (role) out.push({ role, start: chunk.start, end: chunk.end });
  }
  return out;
}
