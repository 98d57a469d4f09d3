// Tagged role spans of one sentence → attributions: each content and source span joins the nearest cue span of
// its sentence. Content with no cue in its sentence continues the previous sentence's attribution (a quotation
// running over several sentences); a cue with no content proposes nothing.
import type { RoleSpan } from './labels.js';

/** Document token ranges [start, end). */
export interface TaggedAttribution {
  sentence: number;
  cue: [number, number];
  source?: [number, number];
  content: Array<[number, number]>;
}

/** Gap in tokens between two ranges (0 when they touch or overlap). */
function gap(a: RoleSpan, b: RoleSpan): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/**
 * Groups one sentence's spans (sentence-local token indices; `offset` = the sentence's first token) into
 * attributions. `previous` is the last attribution of the sentence before, which cue-less content extends.
 */
export function groupSentence(
  spans: readonly RoleSpan[],
  sentence: number,
  offset: number,
  previous?: TaggedAttribution,
): TaggedAttribution[] {
  const cues = spans.filter((s) => s.role === 'cue');
  const range = (s: RoleSpan): [number, number] => [s.start + offset, s.end + offset];
  if (cues.length === 0) {
    if (previous) for (const s of spans) if (s.role === 'content') previous.content.push(range(s));
    return [];
  }
  const nearest = (s: RoleSpan) => {
    let best = 0;
    for (let k = 1; k < cues.length; k++) if (gap(s, cues[k]) < gap(s, cues[best])) best = k;
    return best;
  };
  const out: TaggedAttribution[] = cues.map((c) => ({ sentence, cue: range(c), content: [] }));
  const sourceGap = new Array<number>(cues.length).fill(Infinity);
  for (const s of spans) {
    if (s.role === 'cue') continue;
    const k = nearest(s);
    if (s.role === 'content') out[k].content.push(range(s));
    else if (gap(s, cues[k]) < sourceGap[k]) {
      sourceGap[k] = gap(s, cues[k]);
      out[k].source = range(s);
    }
  }
  return out.filter((a) => a.content.length > 0);
}
