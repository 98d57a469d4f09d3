// Loader for data/quotes/vocabulary.json: the cue verbs, role words, outlets and names the quote extractor reads.
// Knowledge is data — the algorithm lives in the other modules of src/quotes, the words live in the JSON file.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SitrepError } from '../core/errors.js';

export type Gender = 'male' | 'female';

const words = z.array(z.string().min(1));
const FILE_SCHEMA = z.object({
  cueVerbs: words,
  beliefVerbs: words,
  bareClauseVerbs: words,
  auxiliaries: words,
  timeWords: words,
  determiners: words,
  boundaryWords: words,
  nounPhraseLinks: words,
  pronouns: z.record(z.string(), z.enum(['male', 'female', 'plural', 'thing', 'self', 'relative'])),
  reportNouns: words,
  roleWords: words,
  occupations: words.default([]),
  orgModifiers: words,
  orgWords: words,
  honorifics: z.record(z.string(), z.enum(['male', 'female', ''])),
  genderedRoles: z.record(z.string(), z.enum(['male', 'female'])),
  conduits: words,
  labelOutlets: z.record(z.string(), z.string()).default({}),
  femaleNames: words,
  maleNames: words,
  finiteVerbs: words.default([]),
  clauseOpeners: words.default([]),
  participleCues: words.default([]),
  objectCues: words.default([]),
  objectParticles: words.default([]),
  pollNouns: words.default([]),
  compoundNouns: words.default([]),
  noObjectCues: words.default([]),
  outletWords: words.default([]),
});

export type PronounKind = 'male' | 'female' | 'plural' | 'thing' | 'self' | 'relative';

/** The vocabulary as lookup sets; every word is lower case. */
export interface QuoteVocabulary {
  cueVerbs: Set<string>;
  /** Cue verbs that need a following clause ("found that …"); a comma frame alone is not speech. */
  beliefVerbs: Set<string>;
  /** Cue verbs whose clause may follow without "that". */
  bareClauseVerbs: Set<string>;
  auxiliaries: Set<string>;
  timeWords: Set<string>;
  determiners: Set<string>;
  boundaryWords: Set<string>;
  nounPhraseLinks: Set<string>;
  pronouns: Map<string, PronounKind>;
  reportNouns: Set<string>;
  /** Role nouns, the occupations included. */
  roleWords: Set<string>;
  /** Occupations and titles ("coach", "striker", "actress"): role words whose unnamed descriptions no pronoun takes. */
  occupations: Set<string>;
  orgModifiers: Set<string>;
  orgWords: Set<string>;
  /** Title → the gender it signals ('' when none). */
  honorifics: Map<string, Gender | ''>;
  genderedRoles: Map<string, Gender>;
  /** Outlet phrases, tokens joined by one space. */
  conduits: Set<string>;
  /** Transcript label (lower case) → the outlet it stands for ("wn" → "Wikinews"). */
  labelOutlets: Map<string, string>;
  /** First name → gender; names listed under both genders are left out. */
  firstNames: Map<string, Gender>;
  /** The names the hand lists give both genders ("Jan", "Kim"): no other list may give them one. */
  ambiguousNames: Set<string>;
  /** Copulas, auxiliaries and modals: a run of words holding one is a clause, not a noun phrase. */
  finiteVerbs: Set<string>;
  /** Words a speaker phrase never starts with at a sentence start ("After", "However", "In"). */
  clauseOpeners: Set<string>;
  /** Cue forms ("saying", "adding") whose speaker is the subject of the main clause. */
  participleCues: Set<string>;
  /** Stance and intention verbs whose object is the content ("called for", "wants", "criticized"). */
  objectCues: Set<string>;
  /** Particles skipped after an object cue ("called for", "pointed to"). */
  objectParticles: Set<string>;
  /** Nouns that make "in the latest … poll" a source. */
  pollNouns: Set<string>;
  /** Two-word nouns ("think tank") whose first word would otherwise read as a cue; joined by one space. */
  compoundNouns: Set<string>;
  /** Cue verbs never read with a bare object as content ("claimed two attacks"). */
  noObjectCues: Set<string>;
  /** Last words of outlet names the conduit list lacks ("the Military Times", "the Kyiv Post"). */
  outletWords: Set<string>;
  /** Cue verbs added from data/quotes/learned-cues.json (also in `objectCues`): their subject must look like a speaker. */
  learnedCues: Set<string>;
  /** Every cue form with its lists as bits (`CUE_VERB`: cue or participle verb, `OBJECT_CUE`): one look-up per token. */
  cueForms: WordBits;
}

export const VOCABULARY_FILE = fileURLToPath(new URL('../../data/quotes/vocabulary.json', import.meta.url));

/** Build the lookup sets from the parsed JSON object (exported for tests that bring their own words). */
export function buildVocabulary(json: unknown, source = VOCABULARY_FILE): QuoteVocabulary {
  const parsed = FILE_SCHEMA.safeParse(json);
  if (!parsed.success) {
    throw new SitrepError('E060', `quote vocabulary ${source} is invalid: ${parsed.error.issues[0]?.message}`,
      'restore data/quotes/vocabulary.json from the repository');
  }
  const d = parsed.data;
  const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));
  const firstNames = new Map<string, Gender>();
  const female = lower(d.femaleNames);
  for (const name of lower(d.maleNames)) if (!female.has(name)) firstNames.set(name, 'male');
  const male = lower(d.maleNames);
  for (const name of female) if (!male.has(name)) firstNames.set(name, 'female');
  const ambiguousNames = new Set([...male].filter((name) => female.has(name)));
  const vocab: QuoteVocabulary = {
    cueVerbs: lower(d.cueVerbs),
    beliefVerbs: lower(d.beliefVerbs),
    bareClauseVerbs: lower(d.bareClauseVerbs),
    auxiliaries: lower(d.auxiliaries),
    timeWords: lower(d.timeWords),
    determiners: lower(d.determiners),
    boundaryWords: lower(d.boundaryWords),
    nounPhraseLinks: lower(d.nounPhraseLinks),
    pronouns: new Map(Object.entries(d.pronouns)),
    reportNouns: lower(d.reportNouns),
    roleWords: lower([...d.roleWords, ...d.occupations]),
    occupations: lower(d.occupations),
    orgModifiers: lower(d.orgModifiers),
    orgWords: lower(d.orgWords),
    honorifics: new Map(Object.entries(d.honorifics).map(([k, v]) => [k.toLowerCase(), v])),
    genderedRoles: new Map(Object.entries(d.genderedRoles)),
    conduits: lower(d.conduits),
    labelOutlets: new Map(Object.entries(d.labelOutlets).map(([k, v]) => [k.toLowerCase(), v])),
    firstNames,
    ambiguousNames,
    finiteVerbs: lower(d.finiteVerbs),
    clauseOpeners: lower(d.clauseOpeners),
    participleCues: lower(d.participleCues),
    objectCues: lower(d.objectCues),
    objectParticles: lower(d.objectParticles),
    pollNouns: lower(d.pollNouns),
    compoundNouns: lower(d.compoundNouns),
    noObjectCues: lower(d.noObjectCues),
    outletWords: lower(d.outletWords),
    learnedCues: new Set(),
    cueForms: new WordBits(),
  };
  for (const w of [...vocab.cueVerbs, ...vocab.participleCues]) vocab.cueForms.add(w, CUE_VERB);
  for (const w of vocab.objectCues) vocab.cueForms.add(w, OBJECT_CUE);
  return vocab;
}

export const CUE_VERB = 1;
export const OBJECT_CUE = 2;

/**
 * Words with flag bits, read once per token of every article. Most tokens are in no list, so a table keyed by the
 * word's length and first and last letters answers them without hashing the string (the hash of each fresh token
 * string was the stage's largest single cost).
 */
export class WordBits {
  private readonly bits = new Map<string, number>();
  private readonly seen = new Uint8Array(1 << 15);

  add(word: string, bits: number): void {
    this.bits.set(word, (this.bits.get(word) ?? 0) | bits);
    this.seen[WordBits.key(word)] = 1;
  }

  get(word: string): number {
    return this.seen[WordBits.key(word)] ? this.bits.get(word) ?? 0 : 0;
  }

  private static key(word: string): number {
    return ((word.length & 31) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31);
  }
}

/** Cue verbs learned from annotated data by src/quotes/learn-cues.ts; optional (the vocabulary stands without it). */
export const LEARNED_CUES_FILE = fileURLToPath(new URL('../../data/quotes/learned-cues.json', import.meta.url));

const LEARNED_SCHEMA = z.object({ cues: z.array(z.object({ word: z.string().min(1), cue: z.number(), seen: z.number() })) });

/** Add the learned cue verbs to `vocab.objectCues` (they take their content as object or clause). */
export function addLearnedCues(vocab: QuoteVocabulary, json: unknown, source = LEARNED_CUES_FILE): QuoteVocabulary {
  const parsed = LEARNED_SCHEMA.safeParse(json);
  if (!parsed.success) {
    throw new SitrepError('E060', `learned quote cues ${source} are invalid: ${parsed.error.issues[0]?.message}`,
      'regenerate with `npx tsx src/quotes/learn-cues.ts` or delete the file');
  }
  for (const c of parsed.data.cues) {
    const word = c.word.toLowerCase();
    // A word the hand lists hold keeps their frames; only the learner's own words are checked for a speaker-like subject.
    if (!vocab.cueVerbs.has(word) && !vocab.objectCues.has(word)) vocab.learnedCues.add(word);
    vocab.objectCues.add(word);
    vocab.cueForms.add(word, OBJECT_CUE);
  }
  return vocab;
}

/** First names with their gender built by scripts/build-first-names.ts; optional (the hand lists stand without it). */
export const FIRST_NAMES_FILE = fileURLToPath(new URL('../../data/quotes/first-names.json', import.meta.url));

const FIRST_NAMES_SCHEMA = z.object({ male: z.array(z.string().min(1)), female: z.array(z.string().min(1)) });

/** Add first names to `vocab.firstNames`; a name the hand lists give (or leave ambiguous) keeps their reading. */
export function addFirstNames(vocab: QuoteVocabulary, json: unknown, source = FIRST_NAMES_FILE): QuoteVocabulary {
  const parsed = FIRST_NAMES_SCHEMA.safeParse(json);
  if (!parsed.success) {
    throw new SitrepError('E060', `first names ${source} are invalid: ${parsed.error.issues[0]?.message}`,
      'restore data/quotes/first-names.json from the repository or rebuild it with `npx tsx scripts/build-first-names.ts`');
  }
  for (const [list, gender] of [[parsed.data.male, 'male'], [parsed.data.female, 'female']] as const) {
    for (const name of list) {
      const low = name.toLowerCase();
      if (!vocab.firstNames.has(low) && !vocab.ambiguousNames.has(low)) vocab.firstNames.set(low, gender);
    }
  }
  return vocab;
}

let cached: QuoteVocabulary | undefined;

/** A bundled JSON file, or a SitrepError naming it and what to do. */
function readJson(file: string, what: string, hint: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SitrepError('E060', `${what} ${file} could not be read: ${(error as Error).message}`, hint);
  }
}

/** The bundled vocabulary, read once, with the first names and learned cues when their files are there. */
export function loadVocabulary(): QuoteVocabulary {
  if (cached) return cached;
  const vocab = buildVocabulary(readJson(VOCABULARY_FILE, 'quote vocabulary', 'restore data/quotes/vocabulary.json from the repository'));
  if (existsSync(FIRST_NAMES_FILE)) {
    addFirstNames(vocab, readJson(FIRST_NAMES_FILE, 'first names',
      'restore data/quotes/first-names.json from the repository or rebuild it with `npx tsx scripts/build-first-names.ts`'));
  }
  if (existsSync(LEARNED_CUES_FILE)) {
    addLearnedCues(vocab, readJson(LEARNED_CUES_FILE, 'learned quote cues', 'regenerate with `npx tsx src/quotes/learn-cues.ts` or delete the file'));
  }
  cached = vocab;
  return cached;
}

/** Whether a lower-case word is a first name of either gender ("nicola" is both). */
export function isFirstName(vocab: QuoteVocabulary, word: string): boolean {
  return vocab.firstNames.has(word) || vocab.ambiguousNames.has(word);
}
