// One-pass alias matcher: a token trie over folded word pieces, longest match wins.
// The trie is flat — one Map from a path of folded pieces ("islamic\u0001state") to its node — because tens of
// thousands of small per-node Maps made loading the knowledge base slow (garbage collection dominated).
import { fold, isCapitalised, pieces, type Piece } from './normalize.js';

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

interface Entry<T> {
  value: T;
  /** Exact mode: the pieces as written. */
  surface?: string[];
  /** Capitalised mode: bit k set when piece k must be capitalised (pieces past 31 are not checked). */
  capitals: number;
}

interface TrieNode<T> {
  /** Some longer alias continues this path. */
  longer: boolean;
  entries?: Entry<T>[];
}

const SEP = '\u0001';

export function defaultMode(alias: string): MatchMode {
  return alias.replace(/\s+/g, '').length <= SHORT_ALIAS_MAX ? 'exact' : 'capitalised';
}

export class AliasMatcher<T> {
  private readonly nodes = new Map<string, TrieNode<T>>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Registers `alias` for `value`. An alias without word pieces is ignored. */
  add(alias: string, value: T, mode: MatchMode = defaultMode(alias)): void {
    const parts = pieces(alias);
    if (parts.length === 0) return;
    let key = '';
    let node: TrieNode<T> | undefined;
    for (let k = 0; k < parts.length; k++) {
      if (node) node.longer = true;
      key = k === 0 ? fold(parts[k].text) : key + SEP + fold(parts[k].text);
      node = this.nodes.get(key);
      if (!node) {
        node = { longer: false };
        this.nodes.set(key, node);
      }
    }
    const entry: Entry<T> = { value, capitals: 0 };
    if (mode === 'exact') entry.surface = parts.map((p) => p.text);
    else for (let k = 0; k < parts.length && k < 31; k++) if (isCapitalised(parts[k].text)) entry.capitals |= 1 << k;
    const entries = (node!.entries ??= []);
    if (entries.some((e) => sameEntry(e, entry))) return;
    entries.push(entry);
    this.count++;
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
        if (!node) break;
        if (node.entries) {
          const values = accepted(node.entries, parts, i);
          if (values.length > 0) {
            bestEnd = j + 1;
            bestValues = values;
          }
        }
        if (!node.longer) break;
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
}

function sameEntry<T>(a: Entry<T>, b: Entry<T>): boolean {
  if (a.value !== b.value || a.capitals !== b.capitals || !a.surface !== !b.surface) return false;
  return !a.surface || a.surface.join(SEP) === b.surface!.join(SEP);
}

function accepted<T>(entries: Entry<T>[], parts: Piece[], from: number): T[] {
  const values: T[] = [];
  for (const entry of entries) {
    if (casesAgree(entry, parts, from) && !values.includes(entry.value)) values.push(entry.value);
  }
  return values;
}

function casesAgree<T>(entry: Entry<T>, parts: Piece[], from: number): boolean {
  if (entry.surface) {
    for (let k = 0; k < entry.surface.length; k++) if (parts[from + k].text !== entry.surface[k]) return false;
    return true;
  }
  for (let k = 0, bits = entry.capitals; bits !== 0; k++, bits >>>= 1) {
    if (bits & 1 && !isCapitalised(parts[from + k].text)) return false;
  }
  return true;
}
