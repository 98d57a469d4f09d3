// Plain-text articles: the first non-empty line is the title, the rest the body, minus page chrome recognised
// by general line-level rules:
//  - counters: lines of only numbers and separators ("0 35", "12 | 4"), left by share and comment counts;
//  - form and call-to-action lines after the story: short lines that do not end like a sentence and speak the
//    vocabulary of comment forms, sharing and newsletters ("Leave a reply", "Share this:", "Subscribe"), and
//    the form's fine print ("Your email address will not be published.");
//  - labels standing alone ("Advertisement", "Read more").
import { isChromeBlock } from './chrome.js';
import { normalizeDate } from './dates.js';

/** A call-to-action line is short... */
const MAX_CTA_WORDS = 12;
/** ...and names its action within its first words. */
const CTA_LEAD_WORDS = 3;
/** Form fine print is a sentence, but a short one. */
const MAX_FINE_PRINT_WORDS = 20;
/** A headline is at most this long… */
const MAX_HEADLINE_CHARS = 200;
/** …and does not end like a sentence (headlines end without a full stop). */
const SENTENCE_FINAL_RE = /[.;:]["”’)\]]*$/;
/** An untitled report's title is its first sentence, cut to this length. */
const MAX_DERIVED_TITLE_CHARS = 120;
/** A dateline on the first body line is this short ("Friday, January 4, 2019"). */
const MAX_DATELINE_CHARS = 40;

// Bare integers only: a line such as "78,000" or "9,033." is a figure broken off its sentence, not a counter.
const COUNTER_RE = /^\d+(?:\s*[|/·•]?\s*\d+)*$/;
const FORM_VOCABULARY = /\b(repl(y|ies)|comments?|email|e-mail|subscribe|newsletter|sign ?up|log ?in|share|follow us|notify me|required fields?|website|cancel reply|post comment|submit)\b/i;
const SENTENCE_END_RE = /[.!?"”’)\]…]$/;
// Only date words, numbers and separators: "Friday, January 4, 2019", "4 Jan. 2019", "Updated: 2019-01-04".
const DATE_WORD = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?|\\d{1,4}(?:st|nd|rd|th)?';
const DATE_ONLY_RE = new RegExp(`^(?:(?:updated|published|posted)\\s*:?\\s*)?(?:${DATE_WORD})(?:[\\s,./-]+(?:${DATE_WORD}))*$`, 'i');

export interface PlainArticle {
  title: string;
  /** Body paragraphs, in order. */
  paragraphs: string[];
  /** A dateline date found on the first body line (ISO day). */
  dateline?: string;
}

function words(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** A line of page chrome rather than story text. */
export function isChromeLine(line: string): boolean {
  if (COUNTER_RE.test(line)) return true;
  if (isChromeBlock(line)) return true;
  if (!FORM_VOCABULARY.test(line)) return false;
  const n = words(line);
  // A call to action leads with its verb or object ("Leave a reply", "Share this:", "Post comment"); a story
  // line that merely mentions comments ("... reflects this view in comments:") does not.
  const lead = line.split(/\s+/).slice(0, CTA_LEAD_WORDS).join(' ');
  if (n <= MAX_CTA_WORDS && !SENTENCE_END_RE.test(line) && FORM_VOCABULARY.test(lead)) return true;
  // Form fine print: short, addresses the reader ("your email", "you must be logged in").
  return n <= MAX_FINE_PRINT_WORDS && /\b(your|you)\b/i.test(line) && /\b(email|comment|required|logged|published)\b/i.test(line);
}

export function parsePlainText(text: string, now: Date = new Date()): PlainArticle {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim()).filter((l) => l !== '');
  const first = lines[0] ?? '';
  // A first line that reads as a sentence (or is all there is) is story text: a one-paragraph report, such as
  // a wire brief or an incident summary. Its title is then its first sentence, and the text keeps it.
  const headline = lines.length > 1 && first.length <= MAX_HEADLINE_CHARS && !SENTENCE_FINAL_RE.test(first);
  const title = headline ? first : titleFromSentence(first);
  const body = headline ? lines.slice(1) : lines;
  const { rest, dateline } = splitDateline(body, now);
  // Chrome lines are removed anywhere; a trailing block of call-to-action lines is removed whole.
  const kept = rest.filter((line) => !isChromeLine(line));
  return { title, paragraphs: kept, ...(dateline ? { dateline } : {}) };
}

/** The first sentence of a line, cut at a word boundary when long: the title of an untitled report. */
function titleFromSentence(line: string): string {
  const sentence = /^.+?[.!?](?=\s+["“‘(]?\p{Lu}|$)/u.exec(line)?.[0] ?? line;
  if (sentence.length <= MAX_DERIVED_TITLE_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_DERIVED_TITLE_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_DERIVED_TITLE_CHARS / 2)).trimEnd()}…`;
}

/** A first paragraph that is only a date ("Friday, January 4, 2019") is a dateline, not story text. */
export function splitDateline(paragraphs: string[], now: Date = new Date()): { rest: string[]; dateline?: string } {
  const first = paragraphs[0];
  if (!first || first.length > MAX_DATELINE_CHARS || !DATE_ONLY_RE.test(first)) return { rest: paragraphs };
  const dateline = normalizeDate(first.replace(/^(?:updated|published|posted)\s*:?\s*/i, ''), now)?.slice(0, 10);
  return dateline ? { rest: paragraphs.slice(1), dateline } : { rest: paragraphs };
}
