// The article-body metric of the Zyte (scrapinghub) article-extraction benchmark, reimplemented from its
// evaluate.py: word 4-gram shingles, per-page TP/FP/FN normalised to sum 1, precision and recall averaged over
// pages, F1 from the two averages.

/** Python's `\w` with re.UNICODE: letters, numbers and the underscore. */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
/** The benchmark compares word 4-grams. */
export const SHINGLE_N = 4;

export type TpFpFn = [number, number, number];

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

function shingles(text: string, n: number): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  // As in the benchmark, a text shorter than n tokens still gives one (shorter) shingle, and an empty one none.
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised [tp, fp, fn] of one page; all zero when both texts are empty. */
export function shingleMatch(truth: string, prediction: string, n = SHINGLE_N): TpFpFn {
  const t = shingles(truth, n);
  const p = shingles(prediction, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [tp, fp, fn];
}

function precisionScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: number[]): number {
  if (values.length === 0) throw new Error('mean of no values');
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export interface BodyScores {
  precision: number;
  recall: number;
  f1: number;
}

/** Benchmark aggregate: pages with no predicted shingles are left out of precision, pages with no true ones out of recall. */
export function aggregate(pages: TpFpFn[]): BodyScores {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(precisionScore));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(recallScore));
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}
