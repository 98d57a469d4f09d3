// Distributional word clusters from unlabelled text, as binary paths (like Brown clusters, but built by
// recursive 2-means over context vectors, which takes seconds instead of hours in TypeScript):
//   1. every word seen MIN_WORD_COUNT times gets counts of its left and right neighbours among the
//      CONTEXT_WORDS most frequent words; counts become positive PMI;
//   2. the sparse PPMI vectors are randomly projected to PROJECTION_DIMS dense dimensions and normalised;
//   3. the words are split in two by spherical 2-means, recursively, to MAX_CLUSTER_DEPTH levels;
//      a word's path is the sequence of left(0)/right(1) choices.
import { readFileSync } from 'node:fs';
import { capitalisationBucket, MAX_CLUSTER_DEPTH, packCluster } from './lexicon.js';
import { mulberry32 } from './train.js';

/** Rarer words get no cluster: their context counts are too noisy to place them. */
export const MIN_WORD_COUNT = 3;
/** Context vocabulary size; beyond this, context words are too rare to add signal. */
export const CONTEXT_WORDS = 2000;
export const PROJECTION_DIMS = 100;
/** Power iterations of the randomized SVD; two sharpen the subspace enough for clustering. */
const SVD_POWER_ITERATIONS = 2;
/** 2-means iterations per split; the split barely moves after this. */
const KMEANS_ITERATIONS = 5;
/** Power-iteration steps for a node's principal direction; enough for a sign split. */
const POWER_ITERATIONS = 6;
/** Nodes smaller than this are not split further. */
const MIN_SPLIT_SIZE = 4;

/** Rough news tokeniser close to CoNLL's: words, numbers, and punctuation as separate tokens. */
export function tokeniseText(text: string): string[][] {
  const sentences: string[][] = [];
  for (const line of text.split(/\n+/)) {
    const tokens = line.match(/[\p{L}\p{N}]+(?:[-'.&][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu);
    if (tokens && tokens.length > 0) sentences.push(tokens);
  }
  return sentences;
}

export interface ClusterResult {
  /** word → binary path */
  paths: Map<string, string>;
  counts: Map<string, number>;
  /** word → share of its sentence-internal occurrences that are capitalised (a "usually a name" signal) */
  capitalised: Map<string, number>;
}

export function buildClusters(sentences: Iterable<readonly string[]>, seed = 1): ClusterResult {
  const counts = new Map<string, number>();
  const inside = new Map<string, number>();
  const insideCapitalised = new Map<string, number>();
  const corpus: string[][] = [];
  for (const sentence of sentences) {
    const lowered = sentence.map((t) => t.toLowerCase());
    corpus.push(lowered);
    for (const w of lowered) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (let i = 1; i < sentence.length; i++) {
      const w = lowered[i];
      if (w === sentence[i] && !/\p{Lu}/u.test(sentence[i][0] ?? '')) {
        inside.set(w, (inside.get(w) ?? 0) + 1);
        continue;
      }
      inside.set(w, (inside.get(w) ?? 0) + 1);
      if (/^\p{Lu}/u.test(sentence[i])) insideCapitalised.set(w, (insideCapitalised.get(w) ?? 0) + 1);
    }
  }
  const byFrequency = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = byFrequency.filter(([, c]) => c >= MIN_WORD_COUNT).map(([w]) => w);
  const vocabIndex = new Map(vocab.map((w, i) => [w, i]));
  const contextIndex = new Map(byFrequency.slice(0, CONTEXT_WORDS).map(([w], i) => [w, i]));
  const BOUNDARY = CONTEXT_WORDS; // sentence edge is one more context "word"
  const dims = 2 * (CONTEXT_WORDS + 1);

  // Sparse co-occurrence counts: word → Map(context dim → count).
  const cooc: Map<number, number>[] = vocab.map(() => new Map());
  const contextTotals = new Float64Array(dims);
  let total = 0;
  for (const s of corpus) {
    for (let i = 0; i < s.length; i++) {
      const w = vocabIndex.get(s[i]);
      if (w === undefined) continue;
      const left = i > 0 ? contextIndex.get(s[i - 1]) : BOUNDARY;
      const right = i + 1 < s.length ? contextIndex.get(s[i + 1]) : BOUNDARY;
      for (const d of [left === undefined ? -1 : left, right === undefined ? -1 : CONTEXT_WORDS + 1 + right]) {
        if (d < 0) continue;
        cooc[w].set(d, (cooc[w].get(d) ?? 0) + 1);
        contextTotals[d]++;
        total++;
      }
    }
  }

  // PPMI matrix in compressed rows, then a randomized truncated SVD (Halko et al. 2011): the rows of an
  // orthonormal basis of A's top singular subspace are the word vectors (singular values dropped, which
  // Levy et al. 2015 found works as well or better for similarity).
  const rowStart = new Int32Array(vocab.length + 1);
  const colIndex: number[] = [];
  const values: number[] = [];
  for (let w = 0; w < vocab.length; w++) {
    let wordTotal = 0;
    for (const c of cooc[w].values()) wordTotal += c;
    for (const [d, c] of cooc[w]) {
      const pmi = Math.log((c * total) / (wordTotal * contextTotals[d]));
      if (pmi <= 0) continue;
      colIndex.push(d);
      values.push(pmi);
    }
    rowStart[w + 1] = colIndex.length;
  }
  const vectors = randomizedSubspace(rowStart, Int32Array.from(colIndex), Float64Array.from(values), dims, seed);
  for (let w = 0; w < vocab.length; w++) normalise(vectors, w * PROJECTION_DIMS);

  const paths = new Map<string, string>();
  const split = (members: Int32Array, path: string) => {
    if (path.length >= MAX_CLUSTER_DEPTH || members.length < MIN_SPLIT_SIZE) {
      for (const m of members) paths.set(vocab[m], path);
      return;
    }
    const [left, right] = twoMeans(vectors, members);
    if (left.length === 0 || right.length === 0) {
      for (const m of members) paths.set(vocab[m], path);
      return;
    }
    split(left, `${path}0`);
    split(right, `${path}1`);
  };
  split(Int32Array.from(vocab.keys()), '');
  const keptCounts = new Map(vocab.map((w) => [w, counts.get(w) ?? 0]));
  const capitalised = new Map<string, number>();
  for (const w of vocab) {
    const n = inside.get(w) ?? 0;
    if (n >= MIN_WORD_COUNT) capitalised.set(w, (insideCapitalised.get(w) ?? 0) / n);
  }
  return { paths, counts: keptCounts, capitalised };
}

/** Orthonormal basis (rows × PROJECTION_DIMS) of the top singular subspace of the sparse matrix A. */
function randomizedSubspace(
  rowStart: Int32Array,
  colIndex: Int32Array,
  values: Float64Array,
  cols: number,
  seed: number,
): Float32Array {
  const rows = rowStart.length - 1;
  const K = PROJECTION_DIMS;
  const random = mulberry32(seed);
  // Y = A Ω with Gaussian Ω (cols × K)
  let y = new Float64Array(rows * K);
  const omega = new Float64Array(cols * K);
  for (let i = 0; i < omega.length; i++) {
    const u = Math.max(random(), 1e-12);
    omega[i] = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  }
  const multiplyA = (x: Float64Array, out: Float64Array) => {
    out.fill(0);
    for (let r = 0; r < rows; r++) {
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
        const v = values[e];
        const xb = colIndex[e] * K;
        const ob = r * K;
        for (let k = 0; k < K; k++) out[ob + k] += v * x[xb + k];
      }
    }
  };
  const multiplyAt = (x: Float64Array, out: Float64Array) => {
    out.fill(0);
    for (let r = 0; r < rows; r++) {
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
        const v = values[e];
        const ob = colIndex[e] * K;
        const xb = r * K;
        for (let k = 0; k < K; k++) out[ob + k] += v * x[xb + k];
      }
    }
  };
  multiplyA(omega, y);
  orthonormaliseColumns(y, rows, K);
  const z = new Float64Array(cols * K);
  for (let iter = 0; iter < SVD_POWER_ITERATIONS; iter++) {
    multiplyAt(y, z);
    orthonormaliseColumns(z, cols, K);
    const next = new Float64Array(rows * K);
    multiplyA(z, next);
    orthonormaliseColumns(next, rows, K);
    y = next;
  }
  return Float32Array.from(y);
}

/** Modified Gram-Schmidt on the K columns of a row-major (n × K) matrix. */
function orthonormaliseColumns(m: Float64Array, n: number, K: number): void {
  for (let j = 0; j < K; j++) {
    for (let i = 0; i < j; i++) {
      let d = 0;
      for (let r = 0; r < n; r++) d += m[r * K + i] * m[r * K + j];
      for (let r = 0; r < n; r++) m[r * K + j] -= d * m[r * K + i];
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += m[r * K + j] * m[r * K + j];
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < n; r++) m[r * K + j] /= norm;
  }
}

function normalise(v: Float32Array, base: number): void {
  let norm = 0;
  for (let k = 0; k < PROJECTION_DIMS; k++) norm += v[base + k] * v[base + k];
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < PROJECTION_DIMS; k++) v[base + k] /= norm;
}

/**
 * Splits a node in two: first by the sign of each member's projection on the node's principal direction
 * (power iteration on the centred vectors; deterministic start), then refined by 2-means. Falls back to the
 * median projection when 2-means empties a side.
 */
function twoMeans(vectors: Float32Array, members: Int32Array): [Int32Array, Int32Array] {
  const D = PROJECTION_DIMS;
  const mean = new Float64Array(D);
  for (const m of members) for (let k = 0; k < D; k++) mean[k] += vectors[m * D + k];
  for (let k = 0; k < D; k++) mean[k] /= members.length;
  let direction = new Float64Array(D).fill(1 / Math.sqrt(D));
  const projections = new Float64Array(members.length);
  for (let iter = 0; iter < POWER_ITERATIONS; iter++) {
    const next = new Float64Array(D);
    for (let i = 0; i < members.length; i++) {
      const base = members[i] * D;
      let p = 0;
      for (let k = 0; k < D; k++) p += (vectors[base + k] - mean[k]) * direction[k];
      for (let k = 0; k < D; k++) next[k] += p * (vectors[base + k] - mean[k]);
    }
    let norm = 0;
    for (let k = 0; k < D; k++) norm += next[k] * next[k];
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < D; k++) next[k] /= norm;
    direction = next;
  }
  for (let i = 0; i < members.length; i++) {
    const base = members[i] * D;
    let p = 0;
    for (let k = 0; k < D; k++) p += (vectors[base + k] - mean[k]) * direction[k];
    projections[i] = p;
  }
  const side = new Uint8Array(members.length);
  for (let i = 0; i < members.length; i++) side[i] = projections[i] > 0 ? 1 : 0;
  const c0 = new Float64Array(D);
  const c1 = new Float64Array(D);
  for (let iter = 0; iter < KMEANS_ITERATIONS; iter++) {
    c0.fill(0);
    c1.fill(0);
    for (let i = 0; i < members.length; i++) {
      const target = side[i] ? c1 : c0;
      const base = members[i] * D;
      for (let k = 0; k < D; k++) target[k] += vectors[base + k];
    }
    const n0 = norm(c0) || 1;
    const n1 = norm(c1) || 1;
    for (let i = 0; i < members.length; i++) {
      const base = members[i] * D;
      let s0 = 0;
      let s1 = 0;
      for (let k = 0; k < D; k++) {
        s0 += vectors[base + k] * c0[k];
        s1 += vectors[base + k] * c1[k];
      }
      side[i] = s1 / n1 > s0 / n0 ? 1 : 0;
    }
  }
  let ones = 0;
  for (const v of side) ones += v;
  if (ones === 0 || ones === members.length) {
    const sorted = [...projections].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    for (let i = 0; i < members.length; i++) side[i] = projections[i] >= median ? 1 : 0;
  }
  const left: number[] = [];
  const right: number[] = [];
  for (let i = 0; i < members.length; i++) (side[i] ? right : left).push(members[i]);
  return [Int32Array.from(left), Int32Array.from(right)];
}

function norm(v: Float64Array): number {
  let s = 0;
  for (let k = 0; k < v.length; k++) s += v[k] * v[k];
  return Math.sqrt(s);
}

/** Reads a `word\tpath\tcount\tcapitalisedShare` file into a Lexicon's clusters and capitalisation buckets. */
export function loadClusterFile(path: string): { clusters: Map<string, number>; caps: Map<string, number> } {
  const clusters = new Map<string, number>();
  const caps = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word, bits, , share] = line.split('\t');
    if (!word || bits === undefined) continue;
    clusters.set(word, packCluster(bits));
    if (share !== undefined && share !== '') caps.set(word, capitalisationBucket(Number(share)));
  }
  return { clusters, caps };
}
