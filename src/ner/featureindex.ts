// Tagging-time weight store: an open-addressing hash table keyed by the 32-bit feature hashes kept by
// training, with each slot holding its key and its nine weights side by side (Int16, stride SLOT_WIDTH), so
// one feature costs one cache line. Features never seen in training find an empty slot and add nothing.
import { N_LABELS } from './labels.js';
import { quantise } from './model.js';

/** The table is kept at most half full, so probes stay short. */
const LOAD_FACTOR_INVERSE = 2;
/** key low half, key high half, 9 weights, occupied flag: 12 int16 = 24 bytes. */
const SLOT_WIDTH = 12;
const OCCUPIED = SLOT_WIDTH - 1;
/** Bits in the presence filter: 256 KB, small enough to stay in cache, ~5% false positives at 100k rows. */
const FILTER_BITS = 1 << 21;

export class WeightIndex {
  private readonly table: Int16Array;
  private readonly mask: number;
  /**
   * One bit per filter position of the keys training kept. Most features of a rare word or word pair were
   * never seen in training; the filter answers those without touching the (several-MB) table.
   */
  private readonly filter = new Int32Array(FILTER_BITS / 32);

  /**
   * @param features the feature hash of each weight row
   * @param weights rows × N_LABELS weights; real weight = value × scale
   */
  constructor(features: Int32Array, weights: Int16Array | Int8Array | Float32Array, readonly scale: number) {
    let ints: Int16Array | Int8Array = weights as Int16Array;
    if (weights instanceof Float32Array) {
      const q = quantise(weights, 'i16');
      ints = q.weights as Int16Array;
      this.scale = scale * q.scale;
    }
    let size = 16;
    while (size < features.length * LOAD_FACTOR_INVERSE) size *= 2;
    this.mask = size - 1;
    this.table = new Int16Array(size * SLOT_WIDTH);
    for (let row = 0; row < features.length; row++) {
      const key = features[row];
      let slot = key & this.mask;
      while (this.table[slot * SLOT_WIDTH + OCCUPIED] !== 0) {
        if (this.keyAt(slot) === key) throw new Error(`duplicate feature hash ${key}`);
        slot = (slot + 1) & this.mask;
      }
      const base = slot * SLOT_WIDTH;
      this.table[base] = key & 0xffff;
      this.table[base + 1] = key >> 16;
      for (let l = 0; l < N_LABELS; l++) this.table[base + 2 + l] = ints[row * N_LABELS + l];
      this.table[base + OCCUPIED] = 1;
      const bit = filterBit(key);
      this.filter[bit >>> 5] |= 1 << (bit & 31);
    }
  }

  private keyAt(slot: number): number {
    const base = slot * SLOT_WIDTH;
    return (this.table[base] & 0xffff) | (this.table[base + 1] << 16);
  }

  /** Table offset of the feature's first weight, or -1 when training never kept it. */
  find(key: number): number {
    const bit = filterBit(key);
    if ((this.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
    const table = this.table;
    let slot = key & this.mask;
    for (;;) {
      const base = slot * SLOT_WIDTH;
      if (table[base + OCCUPIED] === 0) return -1;
      if (((table[base] & 0xffff) | (table[base + 1] << 16)) === key) return base + 2;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Adds the feature's raw (unscaled) weights into acc[at..at+N_LABELS); nothing when training never kept it.
   * The key may be given unsigned (as mix1/mix2 return it): keys are stored and compared as int32.
   */
  accumulate(key: number, acc: Int32Array, at: number): void {
    const w = this.find(key | 0);
    if (w < 0) return;
    const table = this.table;
    for (let l = 0; l < N_LABELS; l++) acc[at + l] += table[w + l];
  }

  /**
   * Adds scale × weights into scores[i * N_LABELS + label] for the tokens whose features are
   * hashes[offsets[i]..offsets[i+1]].
   */
  addEmissions(hashes: Int32Array, offsets: Int32Array, scores: Float64Array): Float64Array {
    const n = offsets.length - 1;
    const table = this.table;
    const scale = this.scale;
    for (let i = 0; i < n; i++) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
      for (let f = offsets[i]; f < offsets[i + 1]; f++) {
        const w = this.find(hashes[f]);
        if (w < 0) continue;
        s0 += table[w]; s1 += table[w + 1]; s2 += table[w + 2];
        s3 += table[w + 3]; s4 += table[w + 4]; s5 += table[w + 5];
        s6 += table[w + 6]; s7 += table[w + 7]; s8 += table[w + 8];
      }
      const base = i * N_LABELS;
      scores[base] += s0 * scale; scores[base + 1] += s1 * scale; scores[base + 2] += s2 * scale;
      scores[base + 3] += s3 * scale; scores[base + 4] += s4 * scale; scores[base + 5] += s5 * scale;
      scores[base + 6] += s6 * scale; scores[base + 7] += s7 * scale; scores[base + 8] += s8 * scale;
    }
    return scores;
  }

  /** Bytes held by the table. */
  get byteLength(): number {
    return this.table.byteLength;
  }
}

/** The key's position in the presence filter: high bits folded in, as the table slot uses the low ones. */
function filterBit(key: number): number {
  return (key ^ (key >>> 13)) & (FILTER_BITS - 1);
}
