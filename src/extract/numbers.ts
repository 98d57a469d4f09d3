// Numbers in news text, in digits and in words, with the hedge that comes before them.
// "more than 140" → {min: 140, qualifier: "more than"}; "some 170" → {min: 170, max: 170, qualifier: "about"}.
//
// How a quantity is stored (the convention the events and claims layers share):
// - the number the text states goes in `min`;
// - `max` is present when the text bounds it from above: exact counts (max = min), approximations ("about",
//   "some", "nearly": max = min, the hedge stays in `qualifier`), upper bounds ("up to 20": max = 20, min = 20
//   with qualifier "up to", because the sentence still reports 20 as the figure), ranges ("between 10 and 15");
// - lower bounds ("more than", "at least", "over") and vague plurals ("dozens") have no `max`.
// Vague plurals use the least amount the plural can mean: "dozens" = 24 (two dozen), "scores" = 40,
// "hundreds" = 200, "thousands" = 2,000, "tens of thousands" = 20,000, "millions" = 2,000,000.
import type { Span } from '../core/document.js';

export interface NumberMention extends Span {
  /** The surface, `text.slice(start, end)`, qualifier included. */
  text: string;
  /** The number as stated (the lower end of a range). */
  value: number;
  min: number;
  max?: number;
  /** Normalised hedge: "more than", "at least", "about", "up to", "a total of", "between", "dozens", … */
  qualifier?: string;
  /** Where the number itself (without its qualifier) sits. */
  numberStart: number;
  numberEnd: number;
  /** The noun the number counts ("attacks" in "21 international attacks"), lower-cased; "%" and "USD" too. */
  unit?: string;
  /** Four digits between 1900 and 2099 with no separator: probably a year, not a count. */
  yearLike?: boolean;
  /** An ordinal-looking or age-looking number ("25-year-old", "aged 25"). */
  age?: boolean;
  /** Part of a descending "70 to 20": a vote or a score, not a count. */
  score?: boolean;
}

// Four bare digits in this span are a year ("in 1803", "since 1937") unless a word for people follows.
const YEAR_MIN = 1500;
const YEAR_MAX = 2099;
const PEOPLE_AFTER = /^\s+(?:people|persons|civilians|soldiers|troops|fighters|militants|police|officers|children|women|men|residents|villagers|workers|students|migrants|refugees|prisoners|inmates|passengers|protesters|dead|killed|injured|wounded|casualties)\b/i;

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
};
const SHORT_SCALES: Record<string, number> = { k: 1_000, m: 1_000_000, mn: 1_000_000, bn: 1_000_000_000 };

// Least amount each vague plural can mean (see the header comment).
const VAGUE: Record<string, number> = {
  dozens: 24, scores: 40, hundreds: 200, thousands: 2_000, millions: 2_000_000,
};

// Hedges before a number, longest first within each group, mapped to a normalised qualifier and a kind.
type HedgeKind = 'lower' | 'approx' | 'upper' | 'exact';
const HEDGES: Array<[RegExp, string, HedgeKind]> = [
  [/\b(?:more than|over|upwards of|in excess of|above)\s+$/i, 'more than', 'lower'],
  [/\b(?:at least|no fewer than|no less than|not less than|a minimum of|a least)\s+$/i, 'at least', 'lower'],
  [/\b(?:some|about|around|approximately|roughly|an estimated|estimated|close to|nearly|almost|approx\.?|circa|an approximate)\s+$/i, 'about', 'approx'],
  [/\b(?:up to|as many as|at most|no more than|fewer than|less than|under|not more than|a maximum of)\s+$/i, 'up to', 'upper'],
  [/\b(?:a total of|in total|a combined)\s+$/i, 'a total of', 'exact'],
];

const WORD_NUMBER = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)].join('|')})`;
// A number: digits with separators and an optional scale word, or a run of number words ("twenty-one",
// "one hundred and twenty"), or "a dozen"/"a hundred", or a vague plural ("dozens", "tens of thousands").
const NUMBER_PATTERN = new RegExp(
  [
    String.raw`(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?<scale>hundred|thousand|million|billion|trillion)\b|(?<short>k|m|mn|bn)\b)?`,
    String.raw`(?<words>\b${WORD_NUMBER}(?:(?:[\s-]+|\s+and\s+)${WORD_NUMBER})*\b)`,
    String.raw`(?<adozen>\ba\s+(?:dozen|hundred|thousand|million)\b)`,
    String.raw`(?<vague>\b(?:tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions)\b)`,
  ].join('|'),
  'gi',
);

/** Value of a run of number words ("twenty-one", "one hundred and twenty", "1.5 million" is handled apart). */
export function parseNumberWords(words: string): number | undefined {
  const parts = words.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (parts.length === 0) return undefined;
  let total = 0;
  let current = 0;
  for (const part of parts) {
    if (part in UNITS) current += UNITS[part];
    else if (part in TENS) current += TENS[part];
    else if (part === 'hundred') current = (current || 1) * 100;
    else if (part in SCALES) {
      total += (current || 1) * SCALES[part];
      current = 0;
    } else return undefined;
  }
  return total + current;
}

/** A number written in digits or words, alone ("2,000", "1.5 million", "twenty-one"); undefined otherwise. */
export function parseNumber(surface: string): number | undefined {
  const text = surface.trim();
  const digits = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(hundred|thousand|million|billion|trillion)|(k|m|mn|bn))?$/i.exec(text);
  if (digits) {
    const base = Number(digits[1].replace(/,/g, ''));
    const scale = digits[2] ? SCALES[digits[2].toLowerCase()] : digits[3] ? SHORT_SCALES[digits[3].toLowerCase()] : 1;
    return Math.round(base * scale * 1000) / 1000;
  }
  if (/^a\s+dozen$/i.test(text)) return 12;
  const a = /^a\s+(hundred|thousand|million)$/i.exec(text);
  if (a) return SCALES[a[1].toLowerCase()];
  return parseNumberWords(text);
}

// Words that end the noun phrase a number counts.
const UNIT_STOP = new Set([
  'in', 'of', 'at', 'on', 'and', 'or', 'to', 'from', 'by', 'with', 'were', 'was', 'are', 'is', 'had', 'have',
  'has', 'who', 'that', 'which', 'for', 'since', 'across', 'between', 'during', 'the', 'a', 'an', 'as', 'than',
  'including', 'alongside', 'among', 'per', 'while', 'but', 'after', 'before',
]);
// Up to this many words after a number are read as its noun phrase ("21 international attacks").
const UNIT_MAX_WORDS = 3;

function unitAfter(text: string, end: number): string | undefined {
  const rest = text.slice(end, end + 60);
  if (/^\s?(?:%|per ?cent\b|percent\b)/i.test(rest)) return '%';
  const words: string[] = [];
  const pattern = /^[\s-]+([A-Za-z][A-Za-z'’.]*)/;
  let offset = 0;
  for (let i = 0; i < UNIT_MAX_WORDS; i++) {
    const match = pattern.exec(rest.slice(offset));
    if (!match) break;
    const word = match[1].replace(/[.'’]+$/, '');
    if (UNIT_STOP.has(word.toLowerCase())) break;
    words.push(word);
    offset += match[0].length;
    // A plural noun ends the phrase ("attacks", "people"); adjectives before it are skipped.
    const acronym = word.length > 1 && word === word.toUpperCase();
    if (!acronym && /(?:s|people|men|women|children|police|personnel|staff|militia|military)$/i.test(word) && !/(?:ous|ss|eas|is|us)$/i.test(word)) break;
  }
  if (words.length === 0) return undefined;
  return words[words.length - 1].toLowerCase();
}

function hedgeBefore(text: string, start: number): { qualifier: string; kind: HedgeKind; start: number } | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  for (const [pattern, qualifier, kind] of HEDGES) {
    const match = pattern.exec(before);
    if (match) return { qualifier, kind, start: start - (before.length - match.index) };
  }
  return undefined;
}

// "no one", "one another", "one of the few": "one" that is a pronoun, not a count.
function isPronounOne(text: string, start: number, end: number, surface: string): boolean {
  if (surface.toLowerCase() !== 'one') return false;
  const before = text.slice(Math.max(0, start - 8), start).toLowerCase();
  const after = text.slice(end, end + 10).toLowerCase();
  return /\b(?:no|every|any|some|the|which|this|that)\s+$/.test(before) || /^\s+(?:another|day|time|way|side)\b/.test(after) || /^-(?:time|off|way)\b/.test(after);
}

/** Every number in `text[from, to)`, each with its hedge, unit and whether it looks like a year or an age. */
export function findNumbers(text: string, from = 0, to = text.length): NumberMention[] {
  const found: NumberMention[] = [];
  const slice = text.slice(from, to);
  NUMBER_PATTERN.lastIndex = 0;
  for (let match = NUMBER_PATTERN.exec(slice); match; match = NUMBER_PATTERN.exec(slice)) {
    const surface = match[0];
    const numberStart = from + match.index;
    const numberEnd = numberStart + surface.length;
    const groups = match.groups ?? {};
    // Digits glued to letters or inside a word ("COVID-19", "A320", "10:30") are not counts.
    const prev = text[numberStart - 1] ?? ' ';
    const prev2 = text[numberStart - 2] ?? ' ';
    if (groups.digits && (/[A-Za-z:/.,]/.test(prev) || (prev === '-' && /[A-Za-z0-9]/.test(prev2)))) continue;
    if (groups.digits && /^[:/]\d/.test(text.slice(numberEnd, numberEnd + 2))) continue;
    if (groups.words && isPronounOne(text, numberStart, numberEnd, surface)) continue;
    let value: number | undefined;
    let qualifier: string | undefined;
    let kind: HedgeKind | 'vague' = 'exact';
    if (groups.vague) {
      const word = surface.toLowerCase();
      value = word === 'tens of thousands' ? 20_000 : word === 'hundreds of thousands' ? 200_000 : VAGUE[word];
      qualifier = word;
      kind = 'vague';
    } else {
      value = parseNumber(surface);
    }
    if (value === undefined) continue;
    let start = numberStart;
    if (kind !== 'vague') {
      const hedge = hedgeBefore(text, numberStart);
      if (hedge && hedge.start >= from) {
        qualifier = hedge.qualifier;
        kind = hedge.kind;
        start = hedge.start;
      }
    }
    const mention: NumberMention = {
      text: '', start, end: numberEnd, value, min: value, numberStart, numberEnd,
    };
    if (kind !== 'lower' && kind !== 'vague') mention.max = value;
    if (qualifier) mention.qualifier = qualifier;
    if (groups.digits && /^\d{4}$/.test(surface) && value >= YEAR_MIN && value <= YEAR_MAX && !PEOPLE_AFTER.test(text.slice(numberEnd, numberEnd + 16))) mention.yearLike = true;
    const after = text.slice(numberEnd, numberEnd + 12).toLowerCase();
    const beforeWord = text.slice(Math.max(0, start - 7), start).toLowerCase();
    if (/^[\s-]+years?[\s-]+old|^-year/.test(after) || /\baged?\s+$/.test(beforeWord) || /\bages\s+of\s+(?:\d+\s*(?:-|–|to|and)\s*)?$/i.test(text.slice(Math.max(0, start - 24), start))) mention.age = true;
    const previous = found[found.length - 1];
    // "between 10 and 15", "10 to 15", "10-15": one range.
    if (previous && !previous.yearLike) {
      const gap = text.slice(previous.end, numberStart);
      const between = /^\s*(?:-|–|to|and)\s*$/i.test(gap) && /\bbetween\s+$/i.test(text.slice(Math.max(0, previous.start - 8), previous.start));
      // A range runs upwards: "70 to 20" is a vote or a score, and neither figure counts people.
      if ((between || /^\s*(?:-|–|to)\s*$/i.test(gap) && !previous.qualifier) && value < previous.min) {
        previous.score = true;
        mention.score = true;
      } else if (between || /^\s*(?:-|–|to)\s*$/i.test(gap) && !previous.qualifier) {
        const startAt = between ? text.lastIndexOf('between', previous.start) : previous.start;
        previous.start = startAt;
        previous.end = numberEnd;
        previous.numberEnd = numberEnd;
        previous.max = value;
        previous.qualifier = 'between';
        previous.text = text.slice(previous.start, previous.end);
        previous.unit = unitAfter(text, numberEnd);
        continue;
      }
    }
    mention.text = text.slice(start, numberEnd);
    const dollar = text[numberStart - 1] === '$';
    mention.unit = dollar ? 'USD' : unitAfter(text, numberEnd);
    found.push(mention);
  }
  return found;
}
