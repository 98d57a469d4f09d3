// `npx tsx src/quotes/learn-cues.ts [--data DIR] [--out FILE]`
// Learns stance/attribution cue verbs from the PolNeAR TRAIN annotations: for every verb right after a subject
// (a pronoun or a capitalised word, auxiliaries and adverbs skipped), how often it lies inside an annotated Cue.
// Verbs with a high cue rate that the hand-written vocabulary lacks are written to data/quotes/learned-cues.json
// (derived word statistics only, no article text). Only the train split is read: dev and the held-out data check.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVocabulary, LEARNED_CUES_FILE, VOCABULARY_FILE } from './vocabulary.js';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_DATA = resolve(here, '..', '..', '..', 'shared', 'data', 'quotes', 'polnear', 'train');
/** Fewer sightings than this say nothing about a verb. */
const MIN_SEEN = 3;
/** A verb is kept when at least this share of its sightings after a subject is an annotated cue. */
const MIN_CUE_RATE = 0.5;

const AUX = '(?:(?:has|have|had|also|then|would|will|is|was|were|are|did|does|do|not|never|still|could|should|might|may|can|n’t|’s|repeatedly|publicly|privately|later|previously|recently|already|again|now|often|once|even|quickly)\\s+)*';
const SUBJECT_VERB = new RegExp(`(?:\\b(?:he|she|they|He|She|They|I|we|We|who)|\\b[A-Z][a-z]+(?:’s)?)\\s+${AUX}([a-z]+)\\b`, 'g');

/** Words the subject-verb pattern takes for cue verbs but that are not ("Znak.com further reported", "Lee's refusal",
 *  "the comment", "a protest had taken place", "polls taken in May", "Caloundra opened the game", "Gunmen fired on the
 *  convoy"); "according" is read by its own frame. As object cues they made wrong quotes in real news. */
const NOT_CUES = new Set(['further', 'according', 'refusal', 'comment', 'taken', 'opened', 'fired',
  // events far more often than attributions in general news ("named X best actor", "knocked the favourites into third
  // place", "laid the foundation stone", "shared the award", "offers internet services", "adopted the nickname",
  // "celebrating its 20th year", "hired Gilbert", "nominated a ticket"): each cost PolNeAR train F1 at most 0.0002
  'adopted', 'nominated', 'celebrating', 'offers', 'shared', 'laid', 'knocked', 'hired',
  // (a look, not an impression the frames read right: "Roddick still looks a bit sluggish", "Garland looks dead on arrival";
  // none of its 5 PolNeAR train quotes matched an annotated source)
  'looks']);

export interface LearnedCue {
  word: string;
  cue: number;
  seen: number;
}

function cueMask(ann: string, length: number): Uint8Array {
  const mask = new Uint8Array(length + 1);
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('T') || !body?.startsWith('Cue ')) continue;
    for (const range of body.slice(4).split(';')) {
      const [s, e] = range.trim().split(/\s+/).map(Number);
      mask.fill(1, s, e);
    }
  }
  return mask;
}

export function learnCues(dir: string): LearnedCue[] {
  const seen = new Map<string, number>();
  const cue = new Map<string, number>();
  const done = new Set<string>();
  for (const file of readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort()) {
    const article = file.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (done.has(article)) continue; // one annotator per article, as the eval scores
    done.add(article);
    const text = readFileSync(join(dir, 'text', `${article}.txt`), 'utf8');
    const mask = cueMask(readFileSync(join(dir, 'attributions', file), 'utf8'), text.length);
    for (const m of text.matchAll(SUBJECT_VERB)) {
      const word = m[1];
      const at = m.index! + m[0].length - word.length;
      seen.set(word, (seen.get(word) ?? 0) + 1);
      if (mask[at]) cue.set(word, (cue.get(word) ?? 0) + 1);
    }
  }
  const v = buildVocabulary(JSON.parse(readFileSync(VOCABULARY_FILE, 'utf8'))); // the hand-written lists alone
  const known = (w: string) => v.cueVerbs.has(w) || v.beliefVerbs.has(w) || v.objectCues.has(w) || v.auxiliaries.has(w) ||
    v.finiteVerbs.has(w) || w.endsWith('ly') || NOT_CUES.has(w);
  return [...seen]
    .filter(([w, n]) => n >= MIN_SEEN && (cue.get(w) ?? 0) / n >= MIN_CUE_RATE && !known(w))
    .map(([word, n]) => ({ word, cue: cue.get(word) ?? 0, seen: n }))
    .sort((x, y) => y.cue - x.cue || x.word.localeCompare(y.word));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const dir = resolve(opt('--data') ?? DEFAULT_DATA);
  if (!existsSync(join(dir, 'attributions'))) {
    console.error(`learn-cues: no PolNeAR train split at ${dir} (pass --data DIR)`);
    process.exit(2);
  }
  const cues = learnCues(dir);
  const out = {
    $comment: `Generated by src/quotes/learn-cues.ts from the PolNeAR train split: verbs after a subject that are an annotated cue in >= ${MIN_CUE_RATE} of >= ${MIN_SEEN} sightings and missing from vocabulary.json; read as object cues. Regenerate, do not edit.`,
    cues,
  };
  const lines = cues.map((c) => `  ${JSON.stringify(c)}`).join(',\n');
  writeFileSync(opt('--out') ?? LEARNED_CUES_FILE, `{\n "$comment": ${JSON.stringify(out.$comment)},\n "cues": [\n${lines}\n ]\n}\n`);
  console.log(`learn-cues: ${cues.length} cue verbs written`);
}
