// The model file: a small binary container. Layout (all integers little-endian):
//   0  4 bytes  magic "SNER"
//   4  u32      container version (MODEL_VERSION)
//   8  u32      byte length H of the JSON header
//  12  H bytes  UTF-8 JSON header (ModelHeader), zero-padded to a multiple of 4
//      u32      byte length X of the lexicon text; X bytes UTF-8 lexicon (lexicon.ts), zero-padded to 4
//      f32 × L×L  transition scores (prev × next), f32 × L start scores
//      i32 × R    the feature hash of each weight row (R = header.rows), in row order
//      R × L      emission weights, row-major, as header.weightType (f32, or i16/i8 times header.scale)
//   then, when header.second is present (the document-context stage), the same four arrays again for it:
//      f32 × L×L, f32 × L, i32 × header.second.rows, header.second.rows × L weights
// Multi-byte values in the two arrays are little-endian (the typed arrays are copied as bytes).
import { SitrepError } from '../core/errors.js';
import { FEATURE_VERSION } from './features.js';
import { LABELS, N_LABELS } from './labels.js';
import { parseLexicon, serialiseLexicon, type Lexicon } from './lexicon.js';

export const MODEL_MAGIC = 'SNER';
export const MODEL_VERSION = 1;

export type WeightType = 'f32' | 'i16' | 'i8';

export interface ModelHeader {
  featureVersion: number;
  /** Number of weight rows (features kept by training). */
  rows: number;
  labels: string[];
  weightType: WeightType;
  /** Real weight = stored value × scale (1 for f32). */
  scale: number;
  /** The second (document-context) stage, when the model has one. */
  second?: {
    rows: number;
    weightType: WeightType;
    scale: number;
    /** The second stage sees only each token's core features besides its context features. */
    core?: boolean;
  };
  /** Free-form training facts (data, epochs, dev F1, seed) for the record. */
  info?: Record<string, unknown>;
}

/** One linear model: weight rows keyed by feature hash, plus transition and start scores. */
export interface WeightSet {
  /** Feature hash of each row. */
  features: Int32Array;
  weights: Float32Array | Int16Array | Int8Array;
  transitions: Float32Array;
  start: Float32Array;
}

export interface NerModel extends WeightSet {
  header: ModelHeader;
  lexicon: Lexicon;
  /** Second stage over first-stage predictions in document context (see context.ts). */
  second?: WeightSet;
}

const pad4 = (n: number) => (4 - (n % 4)) % 4;

/** Quantise float weights to the given type with one global scale (max |w| maps to the type's max). */
export function quantise(
  weights: ArrayLike<number>,
  type: WeightType,
): { weights: Float32Array | Int16Array | Int8Array; scale: number } {
  if (type === 'f32') return { weights: Float32Array.from(weights), scale: 1 };
  const max = type === 'i16' ? 32767 : 127;
  let maxAbs = 0;
  for (let i = 0; i < weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]));
  const scale = maxAbs === 0 ? 1 : maxAbs / max;
  const out = type === 'i16' ? new Int16Array(weights.length) : new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) out[i] = Math.round(weights[i] / scale);
  return { weights: out, scale };
}

export function encodeModel(model: NerModel): Uint8Array {
  const encoder = new TextEncoder();
  const header = encoder.encode(JSON.stringify(model.header));
  const lexicon = encoder.encode(serialiseLexicon(model.lexicon));
  const sets = model.second ? [model, model.second] : [model];
  let size = 12 + header.length + pad4(header.length) + 4 + lexicon.length + pad4(lexicon.length);
  for (const set of sets) size += 4 * (N_LABELS * N_LABELS + N_LABELS) + set.features.byteLength + set.weights.byteLength;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(encoder.encode(MODEL_MAGIC), 0);
  view.setUint32(4, MODEL_VERSION, true);
  view.setUint32(8, header.length, true);
  let at = 12;
  out.set(header, at);
  at += header.length + pad4(header.length);
  view.setUint32(at, lexicon.length, true);
  at += 4;
  out.set(lexicon, at);
  at += lexicon.length + pad4(lexicon.length);
  for (const set of sets) {
    for (const value of set.transitions) (view.setFloat32(at, value, true), (at += 4));
    for (const value of set.start) (view.setFloat32(at, value, true), (at += 4));
    out.set(new Uint8Array(set.features.buffer, set.features.byteOffset, set.features.byteLength), at);
    at += set.features.byteLength;
    out.set(new Uint8Array(set.weights.buffer, set.weights.byteOffset, set.weights.byteLength), at);
    at += set.weights.byteLength;
  }
  return out;
}

function invalid(source: string, why: string): SitrepError {
  return new SitrepError('E060', `model ${source} is not a valid Sitrep NER model: ${why}`, 'retrain it with `sitrep train ner`');
}

export function decodeModel(bytes: Uint8Array, source = '(buffer)'): NerModel {
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MODEL_MAGIC) {
    throw invalid(source, 'bad magic bytes');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== MODEL_VERSION) throw invalid(source, `container version ${version}, expected ${MODEL_VERSION}`);
  const headerLength = view.getUint32(8, true);
  let at = 12;
  const decoder = new TextDecoder();
  let header: ModelHeader;
  try {
    header = JSON.parse(decoder.decode(bytes.subarray(at, at + headerLength))) as ModelHeader;
  } catch {
    throw invalid(source, 'header is not JSON');
  }
  if (header.featureVersion !== FEATURE_VERSION) {
    throw invalid(source, `feature version ${header.featureVersion}, this build uses ${FEATURE_VERSION}`);
  }
  if (!Array.isArray(header.labels) || header.labels.join(',') !== LABELS.join(',')) throw invalid(source, 'label set differs');
  at += headerLength + pad4(headerLength);
  const lexiconLength = view.getUint32(at, true);
  at += 4;
  const lexicon = parseLexicon(decoder.decode(bytes.subarray(at, at + lexiconLength)));
  at += lexiconLength + pad4(lexiconLength);
  // Copies into fresh aligned buffers (Uint8Array.prototype.slice: Node's Buffer#slice would share memory).
  const copy = (from: number, to: number) => Uint8Array.prototype.slice.call(bytes, from, to).buffer;
  const readSet = (rows: number, weightType: WeightType): WeightSet => {
    const transitions = new Float32Array(N_LABELS * N_LABELS);
    const start = new Float32Array(N_LABELS);
    const width = weightType === 'f32' ? 4 : weightType === 'i16' ? 2 : 1;
    const need = 4 * (transitions.length + start.length) + rows * 4 + rows * N_LABELS * width;
    if (!Number.isInteger(rows) || rows < 0 || at + need > bytes.length) throw invalid(source, 'weight table has the wrong size');
    for (let i = 0; i < transitions.length; i++, at += 4) transitions[i] = view.getFloat32(at, true);
    for (let i = 0; i < start.length; i++, at += 4) start[i] = view.getFloat32(at, true);
    const features = new Int32Array(copy(at, at + rows * 4));
    at += rows * 4;
    const raw = copy(at, at + rows * N_LABELS * width);
    at += rows * N_LABELS * width;
    const weights = weightType === 'f32' ? new Float32Array(raw) : weightType === 'i16' ? new Int16Array(raw) : new Int8Array(raw);
    return { features, weights, transitions, start };
  };
  const first = readSet(header.rows, header.weightType);
  const second = header.second ? readSet(header.second.rows, header.second.weightType) : undefined;
  if (at !== bytes.length) throw invalid(source, 'unexpected bytes after the weight tables');
  return { header, ...first, lexicon, ...(second ? { second } : {}) };
}
