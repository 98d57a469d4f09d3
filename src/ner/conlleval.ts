// Entity-level exact-match scoring with conlleval's chunk rules: a chunk starts at B-X, or at I-X after a tag
// of another type or O; it ends before O, B-, or a tag of another type. A predicted entity counts only when
// both its boundaries and its type match a gold entity.

export interface Chunk {
  type: string;
  start: number;
  /** One past the last token. */
  end: number;
}

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface ConllScore {
  micro: TypeScore;
  byType: Record<string, TypeScore>;
  tokenAccuracy: number;
}

export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let current: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const prefix = tag === 'O' ? 'O' : tag.slice(0, 1);
    const type = tag === 'O' ? '' : tag.slice(2);
    const continues = current !== null && prefix === 'I' && type === current.type;
    if (!continues && current) {
      out.push(current);
      current = null;
    }
    if (prefix !== 'O' && !continues) current = { type, start: i, end: i + 1 };
    else if (continues && current) current.end = i + 1;
  }
  if (current) out.push(current);
  return out;
}

function score(correct: number, gold: number, predicted: number): TypeScore {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold, predicted, correct };
}

/** Scores predicted tag sequences against gold ones, sentence by sentence. */
export function conllEval(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): ConllScore {
  if (gold.length !== predicted.length) throw new Error(`gold has ${gold.length} sentences, prediction ${predicted.length}`);
  const counts = new Map<string, { gold: number; predicted: number; correct: number }>();
  const bump = (type: string, key: 'gold' | 'predicted' | 'correct') => {
    const entry = counts.get(type) ?? { gold: 0, predicted: 0, correct: 0 };
    entry[key]++;
    counts.set(type, entry);
  };
  let tokens = 0;
  let tokensRight = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s];
    const p = predicted[s];
    if (g.length !== p.length) throw new Error(`sentence ${s}: gold has ${g.length} tags, prediction ${p.length}`);
    for (let i = 0; i < g.length; i++) {
      tokens++;
      if (g[i] === p[i]) tokensRight++;
    }
    const goldChunks = chunks(g);
    const predChunks = chunks(p);
    const goldKeys = new Set(goldChunks.map((c) => `${c.type}:${c.start}:${c.end}`));
    for (const c of goldChunks) bump(c.type, 'gold');
    for (const c of predChunks) {
      bump(c.type, 'predicted');
      if (goldKeys.has(`${c.type}:${c.start}:${c.end}`)) bump(c.type, 'correct');
    }
  }
  const byType: Record<string, TypeScore> = {};
  let correct = 0;
  let goldTotal = 0;
  let predictedTotal = 0;
  for (const type of [...counts.keys()].sort()) {
    const c = counts.get(type)!;
    byType[type] = score(c.correct, c.gold, c.predicted);
    correct += c.correct;
    goldTotal += c.gold;
    predictedTotal += c.predicted;
  }
  return { micro: score(correct, goldTotal, predictedTotal), byType, tokenAccuracy: tokens === 0 ? 0 : tokensRight / tokens };
}
