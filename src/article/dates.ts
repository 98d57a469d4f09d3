// Dates found on pages, normalised to ISO and never later than "now" (a page cannot be published tomorrow;
// a future date is a misparse, an event date or a time-zone accident beyond the tolerance).

/** Clock skew and time zones: a date up to this far ahead of now is still accepted. */
const FUTURE_TOLERANCE_MS = 36 * 3600 * 1000;
/** Pages older than this are not news pages; such a date is a misparse. */
const EARLIEST_YEAR = 1990;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(year: number, month: number, day: number, now: Date): string | undefined {
  if (year < EARLIEST_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const time = Date.UTC(year, month - 1, day);
  if (time > now.getTime() + FUTURE_TOLERANCE_MS) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Normalise a date string from metadata or page text to ISO. Datetimes keep their time (as given, with zone
 * when the source had one); dates become `YYYY-MM-DD`. Returns undefined for unparseable or future dates.
 */
export function normalizeDate(input: string | undefined, now: Date = new Date()): string | undefined {
  if (!input) return undefined;
  const text = input.trim();
  // ISO date or datetime: 2019-11-18, 2019-11-18T10:20:00Z, 2019-11-18 10:20:00+01:00
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(text);
  if (m) {
    const day = valid(+m[1]!, +m[2]!, +m[3]!, now);
    if (!day) return undefined;
    if (m[4] === undefined) return day;
    const iso = `${day}T${pad(+m[4])}:${m[5]}:${m[6] ?? '00'}${m[7] ? (m[7] === 'Z' ? 'Z' : m[7].includes(':') ? m[7] : `${m[7].slice(0, 3)}:${m[7].slice(3)}`) : ''}`;
    const parsed = Date.parse(m[7] ? iso : `${iso}Z`);
    if (Number.isFinite(parsed) && parsed > now.getTime() + FUTURE_TOLERANCE_MS) return undefined;
    return iso;
  }
  // Compact: 20191118
  m = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(text);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!, now);
  return parseTextDate(text, now);
}

/** "November 18, 2019", "18 Nov 2019", "Nov. 18, 2019 8:02 am ET", "11/18/2019" (US order). */
export function parseTextDate(text: string, now: Date = new Date()): string | undefined {
  let m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i.exec(text);
  if (m) return valid(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!, now);
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b/i.exec(text);
  if (m) return valid(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!, now);
  m = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (m) return valid(+m[3]!, +m[1]!, +m[2]!, now);
  return undefined;
}

/** A date in a URL path: /2019/11/18/, /2019-11-18-, /20191118/. */
export function dateFromUrl(url: string | undefined, now: Date = new Date()): string | undefined {
  if (!url) return undefined;
  let m = /[/_-](\d{4})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_-]|$)/.exec(url);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!, now);
  m = /[/_-](20\d{2})(\d{2})(\d{2})(?:[/_-]|\d{0,6}$)/.exec(url);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!, now);
  return undefined;
}

/** The calendar day of an ISO date or datetime. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}
