// One-pass alias matcher: a token trie over folded word pieces, longest match wins.
// The trie is flat — one Map from a path of folded pieces ("islamic\u0001state") to a node number, with node and
// entry fields in parallel arrays — because per-node objects made loading the knowledge base slow (tens of
// thousands of small objects, all surviving, kept the garbage collector busy).
import { aliasPieces, fold, isCapitalised, pieces, type Piece } from './normalize.js';

// Acronyms this short ("US", "IS", "UN", "AP", "ISKP") collide with ordinary words in other cases ("us", "is",
// "Ap"), so they match only in exactly the case written in the data.
export const SHORT_ALIAS_MAX = 4;

export type MatchMode =
  /** Every piece equal to the alias as written. */
  | 'exact'
  /** Folded pieces equal, and each piece the alias capitalises is capitalised in the text ("KABUL" ok, "kabul" not). */
  | 'capitalised';

export interface AliasMatch<T> {
  start: number;
  end: number;
  /** Index of the first and one past the last piece of the match. */
  pieceStart: number;
  pieceEnd: number;
  /** Every value registered under the alias forms that matched here, in insertion order. */
  values: T[];
}

const SEP = '\u0001';
// Capital checks cover this many leading pieces (a bit each); longer aliases are distinctive enough.
const CAPITAL_BITS = 31;

export function defaultMode(alias: string): MatchMode {
  return alias.replace(/\s+/g, '').length <= SHORT_ALIAS_MAX ? 'exact' : 'capitalised';
}

export class AliasMatcher<T> {
  private readonly nodes = new Map<string, number>();
  /** Per node: 1 when a longer alias continues its path. */
  private readonly nodeLonger: number[] = [];
  /** Per node: its first entry, or -1. */
  private readonly nodeFirst: number[] = [];
  /** Per entry: value, capital bits (capitalised mode), pieces as written (exact mode), next entry of its node. */
  private readonly entryValue: T[] = [];
  private readonly entryCapitals: number[] = [];
  private readonly entrySurface: Array<string[] | null> = [];
  private readonly entryNext: number[] = [];

  get size(): number {
    return this.entryValue.length;
  }

  /** Registers `alias` for `value`. An alias without word pieces is ignored. */
  add(alias: string, value: T, mode: MatchMode = defaultMode(alias)): void {
    const parts = aliasPieces(alias);
    if (parts.length === 0) return;
    let key = '';
    let node = -1;
    for (let k = 0; k < parts.length; k++) {
      if (node >= 0) this.nodeLonger[node] = 1;
      key = k === 0 ? fold(parts[k]) : key + SEP + fold(parts[k]);
      const known = this.nodes.get(key);
      if (known === undefined) {
        node = this.nodeFirst.length;
        this.nodes.set(key, node);
        this.nodeLonger.push(0);
        this.nodeFirst.push(-1);
      } else {
        node = known;
      }
    }
    let capitals = 0;
    const surface = mode === 'exact' ? parts : null;
    if (!surface) for (let k = 0; k < parts.length && k < CAPITAL_BITS; k++) if (isCapitalised(parts[k])) capitals |= 1 << k;
    let last = -1;
    for (let e = this.nodeFirst[node]; e >= 0; e = this.entryNext[e]) {
      if (this.entryValue[e] === value && this.entryCapitals[e] === capitals && sameSurface(this.entrySurface[e], surface)) return;
      last = e;
    }
    const entry = this.entryValue.length;
    this.entryValue.push(value);
    this.entryCapitals.push(capitals);
    this.entrySurface.push(surface);
    this.entryNext.push(-1);
    if (last < 0) this.nodeFirst[node] = entry;
    else this.entryNext[last] = entry;
  }

  /** All non-overlapping longest matches, left to right. */
  match(text: string): AliasMatch<T>[] {
    return this.matchPieces(pieces(text));
  }

  matchPieces(parts: Piece[]): AliasMatch<T>[] {
    const folded = parts.map((p) => fold(p.text));
    const out: AliasMatch<T>[] = [];
    let i = 0;
    while (i < parts.length) {
      let bestEnd = -1;
      let bestValues: T[] = [];
      let key = '';
      for (let j = i; j < parts.length; j++) {
        key = j === i ? folded[j] : key + SEP + folded[j];
        const node = this.nodes.get(key);
        if (node === undefined) break;
        if (this.nodeFirst[node] >= 0) {
          const values = this.accepted(node, parts, i);
          if (values.length > 0) {
            bestEnd = j + 1;
            bestValues = values;
          }
        }
        if (this.nodeLonger[node] === 0) break;
      }
      if (bestEnd < 0) {
        i++;
        continue;
      }
      out.push({ start: parts[i].start, end: parts[bestEnd - 1].end, pieceStart: i, pieceEnd: bestEnd, values: bestValues });
      i = bestEnd;
    }
    return out;
  }

  private accepted(node: number, parts: Piece[], from: number): T[] {
    const values: T[] = [];
    for (let e = this.nodeFirst[node]; e >= 0; e = this.entryNext[e]) {
      if (this.casesAgree(e, parts, from) && !values.includes(this.entryValue[e])) values.push(this.entryValue[e]);
    }
    return values;
  }

  private casesAgree(entry: number, parts: Piece[], from: number): boolean {
    const surface = this.entrySurface[entry];
    if (surface) {
      for (let k = 0; k < surface.length; k++) if (parts[from + k].text !== surface[k]) return false;
      return true;
    }
    for (let k = 0, bits = this.entryCapitals[entry]; bits !== 0; k++, bits >>>= 1) {
      if (bits & 1 && !isCapitalised(parts[from + k].text)) return false;
    }
    return true;
  }
}

function sameSurface(a: string[] | null, b: string[] | null): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((s, k) => s === b[k]);
}
