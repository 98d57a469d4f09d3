// 32-bit string and integer hashing for feature hashing. FNV-1a over UTF-16 code units; a murmur3 finaliser
// to mix feature-template ids with token hashes.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function fnv1a(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** One FNV step: extend hash `h` by one code unit. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME) >>> 0;
}

export const FNV_START = FNV_OFFSET;
export { FNV_PRIME };

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combine a template id with one value hash. */
export function mix1(template: number, a: number): number {
  return fmix(Math.imul(template + 1, 0x9e3779b1) ^ a);
}

/** Combine a template id with two value hashes (order matters). */
export function mix2(template: number, a: number, b: number): number {
  return fmix(Math.imul(mix1(template, a), 0x27d4eb2d) ^ b);
}
