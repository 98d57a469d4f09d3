// Date expressions in news text, resolved against the publication date.
// News dates look back: "in March" is the last March on or before publication, "on Friday" the last Friday on or
// before it. Nothing resolves to a day after publication: an interval is cut at the publication date, and an
// expression that lies wholly in the future ("by 2030", "next month") is dropped.
// Own rules rather than chrono-node: chrono resolves bare months and weekdays forwards and knows no precision.
import type { DatePrecision, Document, Span } from '../core/document.js';
import { parseNumber } from './numbers.js';

export interface ResolvedDate {
  /** ISO YYYY-MM-DD, first day of the interval. */
  start: string;
  /** ISO YYYY-MM-DD, last day of the interval (never after publication). */
  end: string;
  precision: DatePrecision;
}

export interface DateMention extends Span {
  text: string;
  date: ResolvedDate;
  /** A stated interval ("between March 2023 and March 2024", "last week"), not one day/month/year. */
  range?: boolean;
}

/** "in|since" → "(?:[Ii]n|[Ss]ince)": sentence-initial capitals, while month names stay case-sensitive. */
function anyCase(words: string): string {
  return `(?:${words
    .split('|')
    .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|')})`;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

// Month names are matched capitalised only, so "may" the verb and "march" the noun are not dates.
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
const PART_OF_DAY = '(?:\\s+(?:morning|afternoon|evening|night|overnight))?';
const COUNT = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|a few)';
// Words before a bare month or year that make it a time expression ("in March", "since 2015").
const TIME_PREP = anyCase('in|since|during|until|till|by|from|early|late|mid-?|of|last|this|before|after|through|throughout|between|and|to|on');

/** One rule: a pattern and how to turn its match into an interval. */
interface Rule {
  pattern: RegExp;
  resolve(match: RegExpExecArray, pub: Day): Interval | undefined;
  range?: boolean;
  /** Characters of the match to leave out of the reported span (a leading preposition). */
  lead?: (match: RegExpExecArray) => number;
}

interface Day {
  y: number;
  m: number;
  d: number;
}

interface Interval {
  start: Day;
  end: Day;
  precision: DatePrecision;
}

function toUtc(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function addDays(day: Day, n: number): Day {
  return fromUtc(toUtc(day) + n * 86_400_000);
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function iso(day: Day): string {
  return `${String(day.y).padStart(4, '0')}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}

function compare(a: Day, b: Day): number {
  return toUtc(a) - toUtc(b);
}

function monthInterval(y: number, m: number): Interval {
  return { start: { y, m, d: 1 }, end: { y, m, d: lastDayOfMonth(y, m) }, precision: 'month' };
}

function yearInterval(y: number): Interval {
  return { start: { y, m: 1, d: 1 }, end: { y, m: 12, d: 31 }, precision: 'year' };
}

function dayInterval(day: Day): Interval {
  return { start: day, end: day, precision: 'day' };
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/** The last (year, month) on or before publication with this month. */
function lastMonth(m: number, pub: Day): number {
  return m <= pub.m ? pub.y : pub.y - 1;
}

/** The last date on or before publication with this month and day. */
function lastMonthDay(m: number, d: number, pub: Day): Day {
  const y = m < pub.m || (m === pub.m && d <= pub.d) ? pub.y : pub.y - 1;
  return { y, m, d };
}

/** The last given weekday on or before publication (the publication day itself counts). */
function lastWeekday(weekday: number, pub: Day, strictlyBefore: boolean): Day {
  const pubWeekday = new Date(toUtc(pub)).getUTCDay();
  let back = (pubWeekday - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(pub, -back);
}

function countValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower === 'a' || lower === 'an') return 1;
  if (lower === 'several' || lower === 'a few') return undefined;
  return parseNumber(lower);
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDayOfMonth(y, m);
}

function re(source: string, flags = 'g'): RegExp {
  return new RegExp(source, flags);
}

// A month, optionally with a year, as the end of a "between … and …" range.
function monthYearInterval(monthName: string, year: string | undefined, pub: Day): Interval {
  const m = monthNumber(monthName);
  return monthInterval(year ? Number(year) : lastMonth(m, pub), m);
}

// Ordered: longer, more specific forms first; the scanner keeps the first rule that claims a stretch of text.
const RULES: Rule[] = [
  // "between March 2023 and March 2024", "from January to March 2024"
  {
    pattern: re(`\\b${anyCase('between|from')}\\s+(${MONTH})(?:\\s+(${YEAR}))?\\s+(?:and|to|until|through)\\s+(${MONTH})(?:\\s+(${YEAR}))?\\b`),
    range: true,
    resolve(match, pub) {
      const end = monthYearInterval(match[3], match[4], pub);
      let startYear = match[2] ? Number(match[2]) : end.start.y;
      const startMonth = monthNumber(match[1]);
      if (!match[2] && startMonth > end.start.m) startYear -= 1;
      const start = monthInterval(startYear, startMonth);
      return { start: start.start, end: end.end, precision: 'month' };
    },
  },
  // "between 2019 and 2021", "from 2015 to 2020"
  {
    pattern: re(`\\b${anyCase('between|from')}\\s+(${YEAR})\\s*(?:and|to|until|through|-|–)\\s*(${YEAR})\\b`),
    range: true,
    resolve(match) {
      return { start: yearInterval(Number(match[1])).start, end: yearInterval(Number(match[2])).end, precision: 'year' };
    },
  },
  // ISO "2024-03-22"
  {
    pattern: re(`\\b(${YEAR})-(\\d\\d)-(\\d\\d)\\b`),
    resolve(match) {
      const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
      return validDay(y, m, d) ? dayInterval({ y, m, d }) : undefined;
    },
  },
  // "March 22, 2024", "Friday, March 22, 2024", "Mar. 22 2024"
  {
    pattern: re(`\\b(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+(${DAY}),?\\s+(${YEAR})\\b`),
    resolve(match) {
      const [y, m, d] = [Number(match[3]), monthNumber(match[1]), parseInt(match[2], 10)];
      return validDay(y, m, d) ? dayInterval({ y, m, d }) : undefined;
    },
  },
  // "22 March 2024", "22nd of March, 2024"
  {
    pattern: re(`\\b(${DAY})\\s+(?:of\\s+)?(${MONTH}),?\\s+(${YEAR})\\b`),
    resolve(match) {
      const [y, m, d] = [Number(match[3]), monthNumber(match[2]), parseInt(match[1], 10)];
      return validDay(y, m, d) ? dayInterval({ y, m, d }) : undefined;
    },
  },
  // "March 22", "on March 22nd"
  {
    pattern: re(`\\b(${MONTH})\\s+(${DAY})\\b(?!,?\\s*${YEAR})(?!\\s*(?:%|per|people|killed|dead))`),
    resolve(match, pub) {
      const m = monthNumber(match[1]);
      const d = parseInt(match[2], 10);
      if (!validDay(pub.y, m, d) && !(m === 2 && d === 29)) return undefined;
      return dayInterval(lastMonthDay(m, d, pub));
    },
  },
  // "22 March", "the 22nd of March"
  {
    pattern: re(`\\b(${DAY})\\s+(?:of\\s+)?(${MONTH})\\b(?!,?\\s*${YEAR})`),
    resolve(match, pub) {
      const m = monthNumber(match[2]);
      const d = parseInt(match[1], 10);
      if (!validDay(pub.y, m, d) && !(m === 2 && d === 29)) return undefined;
      return dayInterval(lastMonthDay(m, d, pub));
    },
  },
  // "August 2021", "in August of 2021"
  {
    pattern: re(`\\b(${MONTH}),?\\s+(?:of\\s+)?(${YEAR})\\b`),
    resolve(match) {
      return monthInterval(Number(match[2]), monthNumber(match[1]));
    },
  },
  // "in March", "since early March", "last March" — a bare month needs a time word before it.
  {
    pattern: re(`\\b(${TIME_PREP})\\s+(?:(?:early|late|mid-?)\\s*)?(${MONTH})\\b(?!\\s+\\d)`),
    lead: (match) => (/^(?:last|this|early|late|mid)/i.test(match[1]) ? 0 : match[1].length + 1),
    resolve(match, pub) {
      const m = monthNumber(match[2]);
      return monthInterval(lastMonth(m, pub), m);
    },
  },
  // "in 2021", "since 2015", "early 2020"
  {
    pattern: re(`\\b(${TIME_PREP})\\s+(?:(?:early|late|mid-?)\\s*)?(${YEAR})\\b(?![,.]?\\d)`),
    lead: (match) => (/^(?:last|this|early|late|mid)/i.test(match[1]) ? 0 : match[1].length + 1),
    resolve(match) {
      return yearInterval(Number(match[2]));
    },
  },
  // "the day before yesterday"
  {
    pattern: re('\\bthe day before yesterday\\b', 'gi'),
    resolve: (_match, pub) => dayInterval(addDays(pub, -2)),
  },
  {
    pattern: re('\\b(?:yesterday|last night)\\b', 'gi'),
    resolve: (_match, pub) => dayInterval(addDays(pub, -1)),
  },
  {
    pattern: re('\\b(?:today|tonight|this (?:morning|afternoon|evening))\\b', 'gi'),
    resolve: (_match, pub) => dayInterval(pub),
  },
  // "on Friday", "last Friday", "Friday night", "this past Sunday"
  {
    pattern: re(`\\b(?:(${anyCase('on|last|this past|late on|early on')})\\s+)?(${WEEKDAY})${PART_OF_DAY}\\b`),
    lead: (match) => (match[1] && /^on$/i.test(match[1]) ? match[1].length + 1 : 0),
    resolve(match, pub) {
      const strictly = Boolean(match[1] && /last|past/i.test(match[1]));
      return dayInterval(lastWeekday(WEEKDAYS[match[2].toLowerCase()], pub, strictly));
    },
  },
  // "last week", "last month", "last year", "earlier this month", "this year"
  {
    pattern: re('\\b(?:(earlier|late|early)\\s+)?(last|this|past|previous)\\s+(week|month|year)\\b', 'gi'),
    range: true,
    resolve(match, pub) {
      const which = match[2].toLowerCase();
      const unit = match[3].toLowerCase();
      const previous = which !== 'this';
      if (unit === 'year') return yearInterval(previous ? pub.y - 1 : pub.y);
      if (unit === 'month') {
        const m = previous ? (pub.m === 1 ? 12 : pub.m - 1) : pub.m;
        return monthInterval(previous && pub.m === 1 ? pub.y - 1 : pub.y, m);
      }
      // Weeks run Monday to Sunday; "last week" is the whole week before the publication week.
      const weekday = (new Date(toUtc(pub)).getUTCDay() + 6) % 7;
      const monday = addDays(pub, -weekday - (previous ? 7 : 0));
      return { start: monday, end: addDays(monday, 6), precision: 'day' };
    },
  },
  // "three years ago", "a month ago", "two days ago"
  {
    pattern: re(`\\b(${COUNT})\\s+(day|week|month|year|decade)s?\\s+ago\\b`, 'gi'),
    resolve(match, pub) {
      const n = countValue(match[1]);
      if (n === undefined) return undefined;
      const unit = match[2].toLowerCase();
      if (unit === 'day') return dayInterval(addDays(pub, -n));
      if (unit === 'week') return dayInterval(addDays(pub, -7 * n));
      if (unit === 'month') {
        const total = pub.y * 12 + (pub.m - 1) - n;
        return monthInterval(Math.floor(total / 12), (total % 12) + 1);
      }
      return yearInterval(pub.y - n * (unit === 'decade' ? 10 : 1));
    },
  },
];

/** Parse a publication date ("2024-09-15", "2024-09-15T08:00:00Z", a Date) to a calendar day, or undefined. */
export function publicationDay(published: string | Date | undefined): Day | undefined {
  if (!published) return undefined;
  if (published instanceof Date) {
    return Number.isNaN(published.getTime()) ? undefined : fromUtc(published.getTime());
  }
  const isoDay = /^(\d{4})-(\d\d)-(\d\d)/.exec(published);
  if (isoDay) {
    const [y, m, d] = [Number(isoDay[1]), Number(isoDay[2]), Number(isoDay[3])];
    return validDay(y, m, d) ? { y, m, d } : undefined;
  }
  const ms = Date.parse(published);
  return Number.isNaN(ms) ? undefined : fromUtc(ms);
}

/** The publication day as an interval: what an event with no date in its text gets. */
export function publicationDate(published: string | Date | undefined): ResolvedDate | undefined {
  const pub = publicationDay(published);
  return pub ? { start: iso(pub), end: iso(pub), precision: 'day' } : undefined;
}

/**
 * Every date expression in `text[from, to)`, resolved against `published`. Mentions do not overlap; an
 * interval's end is cut at publication, and expressions wholly after publication are left out.
 */
export function findDates(text: string, published: string | Date, from = 0, to = text.length): DateMention[] {
  const pub = publicationDay(published);
  if (!pub) return [];
  const slice = text.slice(from, to);
  const claimed: DateMention[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(slice); match; match = rule.pattern.exec(slice)) {
      const lead = rule.lead ? rule.lead(match) : 0;
      const start = from + match.index + lead;
      const end = from + match.index + match[0].length;
      if (claimed.some((m) => start < m.end && end > m.start)) continue;
      const interval = rule.resolve(match, pub);
      if (!interval || compare(interval.start, pub) > 0) continue;
      const endDay = compare(interval.end, pub) > 0 ? pub : interval.end;
      const mention: DateMention = {
        text: text.slice(start, end), start, end,
        date: { start: iso(interval.start), end: iso(endDay), precision: interval.precision },
      };
      if (rule.range) mention.range = true;
      claimed.push(mention);
    }
  }
  return claimed.sort((a, b) => a.start - b.start);
}

/** Resolve one expression on its own ("in March", "three years ago"); undefined when it is not a date. */
export function resolveDate(expression: string, published: string | Date): ResolvedDate | undefined {
  return findDates(expression, published)[0]?.date;
}

/**
 * The date relative expressions of a document are resolved against: its publication date (the user's
 * `--published` having already won in the article stage), else a feed's date, else — for a report with no date
 * at all, such as pasted text — the day it was retrieved, which is the latest day it can describe.
 */
export function referenceDate(doc: Document): string | undefined {
  return doc.article?.published ?? doc.source.publishedOverride ?? doc.source.publishedHint ?? doc.source.retrievedAt;
}
