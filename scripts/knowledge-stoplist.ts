// Suggests stoplist words for data/knowledge/places-extra.json: one-word city or region names that a news corpus
// mostly writes in lower case ("Can", "Same", "Buy") and so are ordinary words more often than places.
// Prints them for review; it changes no file. Run: npx tsx scripts/knowledge-stoplist.ts FILE...
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadKnowledgeBase } from '../src/knowledge/load.js';
import { fold } from '../src/knowledge/normalize.js';

// A name is suggested when its lower-case uses outnumber its capitalised mid-sentence uses by this factor...
const LOWERCASE_RATIO = 2;
// ...and it occurs in lower case at least this often (rarer words give no evidence).
const MIN_LOWERCASE = 3;

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npx tsx scripts/knowledge-stoplist.ts corpus-file...');
  process.exit(1);
}
const lower = new Map<string, number>();
const capitalisedInside = new Map<string, number>();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(^|[.!?]\s+|\s)([\p{L}]+)/gu)) {
    const word = m[2];
    const sentenceStart = m[1] !== ' ' && m[1] !== '\n' && m[1] !== '\t';
    if (word === word.toLowerCase()) lower.set(word, (lower.get(word) ?? 0) + 1);
    else if (!sentenceStart) capitalisedInside.set(fold(word), (capitalisedInside.get(fold(word)) ?? 0) + 1);
  }
}
const kb = loadKnowledgeBase();
const extra = JSON.parse(readFileSync(path.join(kb.dir, 'places-extra.json'), 'utf8')) as { stoplist: string[] };
const listed = new Set(extra.stoplist.map(fold));
const suggestions = new Set<string>();
for (const place of kb.places.values()) {
  if (place.kind === 'country' || /\s/.test(place.name)) continue;
  const key = fold(place.name);
  if (listed.has(key)) continue;
  const low = lower.get(key) ?? 0;
  if (low >= MIN_LOWERCASE && low >= LOWERCASE_RATIO * (capitalisedInside.get(key) ?? 0)) suggestions.add(place.name);
}
console.log(JSON.stringify([...suggestions].sort()));
