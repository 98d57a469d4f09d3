// Word-level resources the features look up: distributional word clusters and phrase gazetteers.
// Both are stored inside the model file (see model.ts) so a model is self-contained.

/** Gazetteer lists, one bit each. Training-data lists are built out-of-fold during training (see train.ts). */
export const GAZ_LISTS = ['first', 'last', 'per', 'org', 'loc', 'misc', 'place', 'country'] as const;
export type GazList = (typeof GAZ_LISTS)[number];
export const GAZ_BIT: Record<GazList, number> = Object.fromEntries(GAZ_LISTS.map((name, i) => [name, 1 << i])) as Record<
  GazList,
  number
>;

/** Longest gazetteer phrase matched, in tokens; longer names are rare and cost a lookup per token. */
export const MAX_GAZ_TOKENS = 5;

/** Cluster bit strings deeper than this are cut (the finest prefix feature uses at most this many bits). */
export const MAX_CLUSTER_DEPTH = 20;

export interface Lexicon {
  /** Lower-cased word → cluster path, packed as `depth * 2^20 + bits` (bits read from the root). */
  clusters: Map<string, number>;
  /** Lower-cased word → capitalisation bucket (capitalisationBucket) from unlabelled text. */
  caps: Map<string, number>;
  /** Lower-cased phrase (tokens joined by one space) → bit mask of GAZ_LISTS. */
  gazetteer: Map<string, number>;
  /** Lower-cased first tokens of gazetteer phrases, for a quick miss. */
  gazFirst: Set<string>;
}

export function emptyLexicon(): Lexicon {
  return { clusters: new Map(), caps: new Map(), gazetteer: new Map(), gazFirst: new Set() };
}

/** Share of sentence-internal capitalised occurrences → 1..5; bucket edges separate "never", "rarely",
 *  "mixed", "mostly" and "always" capitalised (names sit in the last two). */
const CAPITALISATION_EDGES = [0.01, 0.1, 0.5, 0.9];
export function capitalisationBucket(share: number): number {
  let bucket = 1;
  for (const edge of CAPITALISATION_EDGES) if (share >= edge) bucket++;
  return bucket;
}

export function packCluster(path: string): number {
  const depth = Math.min(path.length, MAX_CLUSTER_DEPTH);
  const bits = depth === 0 ? 0 : parseInt(path.slice(0, depth), 2);
  return depth * 2 ** 20 + bits;
}

export function clusterDepth(packed: number): number {
  return Math.floor(packed / 2 ** 20);
}

export function clusterBits(packed: number): number {
  return packed % 2 ** 20;
}

export function addGazetteer(lexicon: Lexicon, phrase: string, bit: number): void {
  const key = phrase.toLowerCase().trim().split(/\s+/).slice(0, MAX_GAZ_TOKENS).join(' ');
  if (!key) return;
  lexicon.gazetteer.set(key, (lexicon.gazetteer.get(key) ?? 0) | bit);
  lexicon.gazFirst.add(key.split(' ')[0]);
}

/**
 * Text form stored in the model, one entry a line: `c\tword\tpacked\tcaps` (cluster path packed as
 * packCluster does, in decimal, and the capitalisation bucket, 0 when unknown), `k\tword\tcaps` for words
 * with a bucket but no cluster, and `g\tphrase\tmask` for gazetteer phrases.
 */
export function serialiseLexicon(lexicon: Lexicon): string {
  const lines: string[] = [];
  for (const [word, packed] of lexicon.clusters) lines.push(`c\t${word}\t${packed}\t${lexicon.caps.get(word) ?? 0}`);
  for (const [word, bucket] of lexicon.caps) if (!lexicon.clusters.has(word)) lines.push(`k\t${word}\t${bucket}`);
  for (const [phrase, mask] of lexicon.gazetteer) lines.push(`g\t${phrase}\t${mask}`);
  return lines.join('\n');
}

export function parseLexicon(text: string): Lexicon {
  const lexicon = emptyLexicon();
  // One scan with indexOf, no per-line arrays: this runs on every model load.
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const a = text.indexOf('\t', at);
    const b = a < 0 ? -1 : text.indexOf('\t', a + 1);
    if (a === at + 1 && b > a && b < end) {
      const kind = text.charCodeAt(at);
      const key = text.slice(a + 1, b);
      if (kind === 99 /* c */) {
        const c = text.indexOf('\t', b + 1);
        const last = c < 0 || c > end ? end : c;
        lexicon.clusters.set(key, Number(text.slice(b + 1, last)));
        const bucket = last < end ? text.charCodeAt(last + 1) - 48 : 0;
        if (bucket > 0) lexicon.caps.set(key, bucket);
      } else if (kind === 107 /* k */) {
        lexicon.caps.set(key, text.charCodeAt(b + 1) - 48);
      } else if (kind === 103 /* g */) {
        lexicon.gazetteer.set(key, Number(text.slice(b + 1, end)));
        const space = key.indexOf(' ');
        lexicon.gazFirst.add(space < 0 ? key : key.slice(0, space));
      }
    }
    at = end + 1;
  }
  return lexicon;
}
