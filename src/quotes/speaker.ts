// What a speaker phrase says about its speaker: a name, an organisation, a pronoun or a description, with the
// affiliation and role that news style packs around a name ("Taliban government spokesman Zabihullah Mujahid",
// "Graeme Smith of the International Crisis Group", "Russia's ambassador to Afghanistan, Dmitry Zhirnov").
import type { Span } from '../core/document.js';
import { actorOf, isWord, type QuoteContext } from './context.js';
import { isFirstName, type Gender, type PronounKind } from './vocabulary.js';
import { isSubjectList, townStateComma } from './subject.js';
import { COMPANY_HEADS, OTHER_OFFICE } from './coref.js';
import { ARTICLES, capitalisedTitleAt } from './phrase.js';

export interface SpeakerInfo {
  kind: 'pronoun' | 'named' | 'description' | 'document';
  pronoun?: PronounKind;
  /** The name as written (honorifics left out), or the description text. */
  name: string;
  nameSpan?: Span;
  gender?: Gender;
  isOrg: boolean;
  affiliation?: { name: string } & Span;
  role?: string;
  /** Lower-case head noun of a description ("official"), for "the official said" later. */
  head: string;
  definite: boolean;
  /** A description whose head is a person word ("official", "spokeswoman"), so that "he" or "she" may refer to it. */
  personHead?: boolean;
  /** Several speakers listed together ("Lee, Kim and Ruiz", "German firms including Daimler and Siemens"): none of
   *  them alone is the speaker's actor. */
  group?: boolean;
  /** Two organisations named together ("SBC and AT&T said"), whom "the companies" stands for later. */
  bodies?: boolean;
  /** A place the knowledge base knows speaks ("Russia had indicated …"): a body, never "he" or "she". */
  place?: boolean;
  /** The entity layer names an organisation there, and no person ("Downing Street", "Southcorp"): a later "it" may take it. */
  taggedOrg?: boolean;
  /** The head is an occupation ("coach", "striker"): unless titled by name, such a description takes no "he"/"she". */
  occupation?: boolean;
  /** Lower-case capitalised modifiers of a description that name a place or a people ("the Australian firm": "australian"). */
  placeModifiers?: string[];
  /** The head is a nationality ("the American"). */
  nationality?: boolean;
  /** Met by first name after "Sir"/"Dame" ("Sir Ian" is Ian Blair), so an earlier full name matches on its first word. */
  byFirstName?: boolean;
  /** Met by surname after "Mr", "Mrs", "Dr" ("Mr Howard" is no Howard Flight). */
  bySurname?: boolean;
  /** A document named by its owner ("Bob Woodward's book", "The NAO's annual report"): it still answers to its noun. */
  authored?: boolean;
  /** The noun of a document named by its author after "by" or "from" ("report" in "a report by analysts Forrester Research"). */
  documentNoun?: string;
}

/** The capitalised run that owns a report noun in [a, b) ("Bob Woodward's book", "the UN's latest report", "a Twitter post
 *  by Amy Cook", "a video posted by Acme"), if any. */
function documentOwner(ctx: QuoteContext, a: number, b: number): Run | undefined {
  for (let k = a; k + 2 < b; k++) {
    if (!ctx.vocab.reportNouns.has(ctx.low[k]) || ctx.cap[k]) continue;
    let by = k + 1;
    if (/[a-z](?:ed|en)$/.test(ctx.low[by])) by++;
    if (ctx.low[by] === 'online' || ctx.low[by] === 'jointly') by++; // ("a memo posted online by Senator Juan Dalmau")
    if (ctx.low[by] !== 'by') continue;
    let s = by + 1;
    if (ctx.surf[s] === 'the') s++; // ("a report by The Atlantic" keeps its capital article)
    let e = s;
    while (e < b && ctx.cap[e] && isWord(ctx, e)) e++;
    // (the whole rest of the phrase: not "a report by Amy Cook's office", nor a run that goes on in lower case)
    if (e > s && e === b) return { start: s, end: e };
  }
  for (let k = a + 1; k < b; k++) {
    if (!POSSESSIVE.has(ctx.low[k]) || !ctx.cap[k - 1]) continue;
    let n = k + 1;
    // (or an acronym: "RIAA's DMCA notice")
    while (n < b && n - k <= 3 && !ctx.vocab.reportNouns.has(ctx.low[n]) && isWord(ctx, n) && (!ctx.cap[n] || /^[A-Z]{2,}$/.test(ctx.surf[n]))) n++;
    if (n >= b || !ctx.vocab.reportNouns.has(ctx.low[n])) continue;
    let s = k - 1;
    while (s > a && ctx.cap[s - 1] && isWord(ctx, s - 1) && !ctx.vocab.timeWords.has(ctx.low[s - 1])) s--;
    if (ctx.low[s] === 'the' || ctx.vocab.determiners.has(ctx.low[s])) s++;
    // (a day names no author: "Friday's lawsuit", "Wednesday's statement")
    if (s < k && !(k - s === 1 && (ctx.vocab.timeWords.has(ctx.low[s]) || WEEKDAYS.has(ctx.low[s])))) return { start: s, end: k };
  }
  return undefined;
}

/** Social platforms: "Twitter account", "Facebook post" say where, not who. */
export const PLATFORMS = new Set(['twitter', 'facebook', 'instagram', 'youtube', 'tiktok', 'telegram', 'weibo', 'linkedin', 'snapchat', 'whatsapp']);

/** Prepositions that make the capitalised runs after them objects in a description, never its name ("one of the three
 *  brothers behind the Falic Group"); the phrase's own links (of, for, at, …) do so for the run right after them. */
const OBJECT_PREPOSITIONS = new Set(['behind', 'with', 'against', 'near', 'inside', 'outside', 'within', 'across', 'over', 'under',
  'about', 'like', 'among', 'between', 'beside', 'around', 'via', 'without', 'towards', 'toward']);

const RELATIVE_WORDS = new Set(['who', 'whose', 'whom', 'which', 'that']);
/** Honorifics that British usage puts before a first name alone. */
const FIRST_NAME_HONORIFICS = new Set(['sir', 'dame']);

export const POSSESSIVE = new Set(['’s', "'s"]);
/** Links to the place a described person is in or from ("A UN official in Geneva"). */
const LOCATED_LINKS = new Set(['in', 'from']);
const AFFILIATION_LINKS = new Set(['of', 'at', 'for', 'with', 'from', 'within', 'inside', 'behind']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'our']);
const KIN_OWNERS = new Set(['his', 'her', 'their']);
const NAME_INNER_LINKS = new Set(['of', 'for', 'and', 'on', 'the', '&']);

/** Whether token `k` is an apostrophe glued to a word ending in s and followed by a word: "Kenteris' lawyer". */
export function bareApostrophe(ctx: QuoteContext, k: number): boolean {
  const t = ctx.surf[k];
  return (t === "'" || t === '’') && k > 0 && ctx.tokens[k - 1].end === ctx.tokens[k].start && ctx.low[k - 1].endsWith('s') &&
    k + 1 < ctx.tokens.length && isWord(ctx, k + 1) && ctx.tokens[k].end < ctx.tokens[k + 1].start;
}

function spanText(ctx: QuoteContext, a: number, b: number): string {
  return ctx.text.slice(ctx.tokens[a].start, ctx.tokens[b - 1].end);
}

/** The body named by the tokens of `run`, as an affiliation with its character span. */
function runAffiliation(ctx: QuoteContext, run: Run): { name: string } & Span {
  return { name: spanText(ctx, run.start, run.end), start: ctx.tokens[run.start].start, end: ctx.tokens[run.end - 1].end };
}

/** Capitalised token or an initial's period: part of a name run. */
function inNameRun(ctx: QuoteContext, i: number): boolean {
  if (ctx.cap[i] && isWord(ctx, i)) return true;
  // ("Ahmed al-Assadi", "Abdel Fattah el-Sisi": a particle hyphened to a capitalised name)
  // ("According to al-Eryani": or alone, a surname)
  // (a former office's "ex-" only before a name or title: "ex-Foreign Secretary Robin Cook", not "the ex-Wallaby")
  if (HYPHENED_PARTICLE.test(ctx.surf[i])) return !ctx.low[i].startsWith('ex-') || (ctx.cap[i + 1] === true && isWord(ctx, i + 1));
  return ctx.surf[i] === '.' && i > 0 && ctx.tokens[i - 1].end === ctx.tokens[i].start && ctx.cap[i - 1];
}

interface Run {
  start: number;
  end: number;
}

/** A lower-case particle joined by a hyphen to a capitalised name ("al-Assadi", "el-Sisi", "bin-Laden"). */
const HYPHENED_PARTICLE = /^(?:al|el|ul|ad|ar|as|ash|at|az|bin|ibn|abu|abd|ex)-\p{Lu}/u;

/** Lower-case particles inside personal names (matched case-sensitively: "De Gaulle" is a capitalised run already). */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'das', 'do', 'dos', 'du', 'del', 'della', 'di', 'la', 'le', 'bin', 'ibn', 'bint',
  'al', 'el', 'ter', 'ten', 'y']);

/** Whether the entity layer names an organisation starting at token `i`, a capitalised word other than an article. */
function organisationStartsAt(ctx: QuoteContext, i: number): boolean {
  return ctx.cap[i] && !NAME_ARTICLES.has(ctx.low[i]) && (ctx.entities ?? []).some((m) => m.label === 'ORG' && m.start === ctx.tokens[i].start && m.end > ctx.tokens[i].end);
}

const NAME_ARTICLES = new Set(['the', 'a', 'an']);

/** A capitalised run ending with an organisation word, then "of" and a name ("Bank of England", "University of Texas"):
 *  the run through that name; else undefined. */
function organisationOfRun(ctx: QuoteContext, run: Run, end: number): Run | undefined {
  const of = run.end;
  // ("the Commission on Presidential Debates", "the Institute for Fiscal Studies": "on" and "for" too, but for a day or month,
  // "the Commission on Monday")
  const link = ctx.low[of] === 'of' || ((ctx.low[of] === 'on' || ctx.low[of] === 'for') && !WEEKDAYS.has(ctx.low[of + 1] ?? '') && !MONTH_NAMES.has(ctx.low[of + 1] ?? ''));
  if (of + 1 >= end || !link || !ctx.vocab.orgWords.has(ctx.low[of - 1]) || !inNameRun(ctx, of + 1)) return undefined;
  let e = of + 1;
  for (;;) {
    // (up to a title before a person: "Bank of Harbour Governor Mervyn Vale"; not "Association of Chief Police Officers")
    while (e < end && inNameRun(ctx, e) && !POSSESSIVE.has(ctx.low[e]) && !(e > of + 1 && roleWord(ctx, ctx.low[e]) && personRestAt(ctx, e + 1, end))) e++;
    // ("National Institute of Economic and Social Research": a link word before another capitalised word goes on)
    if (e + 1 < end && (ctx.low[e] === 'and' || ctx.low[e] === '&') && inNameRun(ctx, e + 1) && !personStartsAt(ctx, e + 1)) e++;
    else break;
  }
  return { start: run.start, end: e };
}

/** Whether a person's name starts at token `k`: a first name the vocabulary knows, or the entity layer's person. */
function personStartsAt(ctx: QuoteContext, k: number): boolean {
  return k < ctx.tokens.length && ctx.cap[k] && (isFirstName(ctx.vocab, ctx.low[k]) ||
    (ctx.entities?.some((m) => m.label === 'PER' && m.start === ctx.tokens[k].start) ?? false));
}

/** Whether the capitalised words from `k` (up to `end`) are a person's name: by personStartsAt, or two or three words
 *  ending in neither a role, an organisation's word nor a plural ("Mervyn Vale"; not "Police Officers"). */
function personRestAt(ctx: QuoteContext, k: number, end: number): boolean {
  if (personStartsAt(ctx, k)) return true;
  let e = k;
  while (e < end && ctx.cap[e] && isWord(ctx, e)) e++;
  const last = ctx.low[e - 1] ?? '';
  return e - k >= 2 && e - k <= 3 && !roleWord(ctx, last) && !ctx.vocab.orgWords.has(last) && !(last.endsWith('s') && !last.endsWith('ss'));
}

/** Whether the run holds an organisation's word before an "of" inside it ("Ministry of Communications"). */
function organisationBeforeOf(ctx: QuoteContext, run: Run): boolean {
  const of = ctx.low.indexOf('of', run.start);
  return of > run.start && of < run.end - 1 && ctx.vocab.orgWords.has(ctx.low[of - 1]);
}

/** Runs of capitalised tokens in [a, b); inner "of/for/and/the" join two runs of one organisation name, particles join
 *  the parts of a person's name. */
function capRuns(ctx: QuoteContext, a: number, b: number, joinLinks: boolean): Run[] {
  const runs: Run[] = [];
  let i = a;
  while (i < b) {
    // (a capitalised determiner opening an organisation's name is part of it: "the U.S. Geological Survey")
    if (!inNameRun(ctx, i) || (ctx.vocab.determiners.has(ctx.low[i]) && !organisationStartsAt(ctx, i))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < b && inNameRun(ctx, j) && !POSSESSIVE.has(ctx.low[j])) j++;
      // "Center for Strategic and International Studies": a link word followed by a capitalised word continues.
      if (joinLinks && j + 1 < b && NAME_INNER_LINKS.has(ctx.low[j]) && inNameRun(ctx, j + 1)) {
        j += 1;
        continue;
      }
      // "the Supporters' Association", "Teachers’ Union": a plural possessive before an organisation word continues
      // (before a person's name it is the owner: "Sky Networks’ Sophie Turner Laing").
      if (j + 1 < b && (ctx.surf[j] === '’' || ctx.surf[j] === "'") && ctx.tokens[j - 1].end === ctx.tokens[j].start &&
        ctx.low[j - 1].endsWith('s') && inNameRun(ctx, j + 1) && ctx.vocab.orgWords.has(ctx.low[j + 1])) {
        j += 1;
        continue;
      }
      // ("The Lost 52 Project", "Il Sole 24 Ore": a number between capitalised words continues; not after a capital of
      // the sentence's start, "Nearly 40 Democrats")
      if (j + 1 < b && ctx.tokens[j].kind === 'number' && /^\d+$/.test(ctx.surf[j]) && inNameRun(ctx, j + 1) && !POSSESSIVE.has(ctx.low[j + 1]) &&
        !(j - 1 === i && opensSentence(ctx, i))) {
        j += 1;
        continue;
      }
      // "M&S", "Standard & Poor's": an ampersand between capitalised words continues.
      if (j + 1 < b && ctx.surf[j] === '&' && inNameRun(ctx, j + 1)) {
        j += 1;
        continue;
      }
      // "Lord of the Rings", "Bank of the West": a link and "the" before a capitalised word continue too.
      if (joinLinks && j + 2 < b && NAME_INNER_LINKS.has(ctx.low[j]) && ctx.low[j + 1] === 'the' && inNameRun(ctx, j + 2)) {
        j += 2;
        continue;
      }
      // "Ursula von der Leyen", "Osama bin Laden", "Lula da Silva": lower-case particles inside a person's name.
      let p = j;
      while (p < b && p - j < 2 && NAME_PARTICLES.has(ctx.surf[p])) p++;
      if (p > j && p < b && inNameRun(ctx, p) && !ctx.vocab.determiners.has(ctx.low[p])) {
        j = p + 1;
        continue;
      }
      break;
    }
    // ("a spokesman for 10 Downing Street": a house number opens an address)
    const numbered = i - 1 >= a && /^\d+$/.test(ctx.surf[i - 1]) && ADDRESS_WORDS.has(ctx.low[j - 1]);
    runs.push({ start: numbered ? i - 1 : i, end: j });
    i = j;
  }
  return runs;
}

/** Participles that name the person after them rather than take another as their object ("using the pseudonym Katya"). */
const NAMING_PARTICIPLES = new Set(['using', 'calling', 'going', 'writing', 'signing', 'naming', 'answering']);

/** Whether token `t` is an "-ing" participle right after a lower-case noun at or after `lo` ("unions meeting", "group
 *  representing"), so that the name after it is its object; not a noun's modifier ("deputy planning director") nor a
 *  naming ("a protester using the pseudonym Katya"). */
export function participleOfNoun(ctx: QuoteContext, t: number, lo: number): boolean {
  const v = ctx.vocab;
  const w = ctx.low[t] ?? '';
  const prev = ctx.low[t - 1] ?? '';
  const noun = t - 1 >= lo && !ctx.cap[t - 1] && isWord(ctx, t - 1) && (v.roleWords.has(prev) || v.orgWords.has(prev) || (prev.endsWith('s') && !prev.endsWith('ss')));
  return noun && w.length > 4 && w.endsWith('ing') && !ctx.cap[t] && !v.roleWords.has(w) && !NAMING_PARTICIPLES.has(w);
}

/** Whether an affiliation is a state or a nationality the entity layer marks ("Polish", "UK"). */
function stateAffiliation(ctx: QuoteContext, aff: Span): boolean {
  return (ctx.entities ?? []).some((m) => (m.label === 'LOC' || m.origin === 'demonym') && m.start === aff.start && m.end === aff.end);
}

/** Last words of an address ("10 Downing Street"). */
const ADDRESS_WORDS = new Set(['street', 'road', 'avenue', 'square', 'lane', 'place', 'boulevard']);

/** Endings of occupation nouns ("economist", "historian", "photographer", "consultant"). */
const OCCUPATION_ENDING = /(?:ist|ician|torian|rarian|er|or|ultant|istant|ountant|udent)$/;
/** Words with those endings that are no occupation ("Earlier Tom Hart said", "Other Ann Lee …"). */
const NOT_OCCUPATIONS = new Set(['earlier', 'later', 'former', 'latter', 'further', 'elder', 'younger', 'older', 'never', 'ever', 'together',
  'other', 'either', 'neither', 'rather', 'over', 'under', 'after', 'whether', 'however', 'whatever', 'meanwhile', 'major', 'minor', 'senior', 'junior']);

/** Whether a name run of three or more words opens its sentence with an occupation noun before a first name. */
function occupationOpener(ctx: QuoteContext, run: Run): boolean {
  const first = ctx.low[run.start];
  return run.end - run.start >= 3 && opensSentence(ctx, run.start) &&
    OCCUPATION_ENDING.test(first) && !NOT_OCCUPATIONS.has(first) && !isFirstName(ctx.vocab, first) && isFirstName(ctx.vocab, ctx.low[run.start + 1]);
}

/** Kinds of firm that open a sentence before the firm's name, besides BODY_KINDS_BEFORE ("Distributor Sony Pictures"). */
const FIRM_KINDS = new Set(['distributor', 'carmaker', 'operator', 'supermarket', 'chipmaker', 'drugmaker', 'conglomerate']);

/** Whether token `k` opens its sentence. */
function opensSentence(ctx: QuoteContext, k: number): boolean {
  return ctx.sentences[ctx.sentenceOf[k]]?.tokenStart === k;
}

/** A role opening its sentence written as the common noun it is ("Chief executive" → "chief executive", "Singer" →
 *  "singer"), not a title of capitalised words ("Foreign Secretary"), nor one written capitalised before a name anywhere
 *  ("President", "Judge", "Chancellor"). */
export function lowerOpening(ctx: QuoteContext, s: number, role: string): string {
  const opens = opensSentence(ctx, s) && ctx.text.startsWith(role, ctx.tokens[s].start);
  const words = role.split(/\s+/);
  const first = words[0];
  const low = first.toLowerCase();
  const title = words.length === 1 && (ctx.vocab.honorifics.has(low) || CAPITALISED_TITLES.has(low));
  // (nor a capital inside the word, "Vice-President", or a name the entity layer knows, "English mathematician"; only a
  // role word or a word the article writes in lower case elsewhere, not "Riggs spokesman", "Conservative health spokesman")
  const named = first.slice(1) !== first.slice(1).toLowerCase() || PARTY_WORDS.has(low) ||
    (ctx.entities?.some((m) => m.start === ctx.tokens[s].start && m.end <= ctx.tokens[s].end) ?? false);
  // ("Ex-chat show host": a former office's "ex-" before a lower-case word)
  const common = roleWord(ctx, low) || writtenLowerCase(ctx, low) || (/^ex-\p{Ll}/u.test(low) && first.charAt(3) === low.charAt(3));
  return opens && !title && !named && common && words.slice(1).every((w) => !/^\p{Lu}/u.test(w)) ? role.charAt(0).toLowerCase() + role.slice(1) : role;
}

/** Whether the article writes `word` in lower case somewhere, alone or as a part of a hyphened word ("open-source"). */
function writtenLowerCase(ctx: QuoteContext, word: string): boolean {
  for (let k = 0; k < ctx.low.length; k++) {
    const w = ctx.low[k];
    if (ctx.surf[k] === w && (w === word || (w.includes('-') && w.split('-').includes(word)))) return true;
  }
  return false;
}

/** Titles besides the honorifics that news writes capitalised before a name ("Chancellor Gordon Brown"). */
const CAPITALISED_TITLES = new Set(['chancellor', 'premier', 'pope', 'emir', 'sultan', 'commander', 'prosecutor', 'fellow']);

function stripHonorifics(ctx: QuoteContext, run: Run): { run: Run; gender?: Gender; title?: string; titleRun?: Run; byFirstName?: boolean; bySurname?: boolean } {
  // A capitalised role inside the run ("Interior Minister Omar Haddad") is a title, not part of the name.
  let titleEnd = -1;
  // ("the Supporters' Association": a role word as an owner is part of the name)
  // ("ex-King Michael": a former office's hyphened "ex-")
  // (nor one inside an organisation's name after its "of": "Association of Chief Police Officers")
  const organisationOf = organisationBeforeOf(ctx, run) ? ctx.low.indexOf('of', run.start) : run.end;
  // (nor the first of two words the entity layer calls an organisation, the second no person's name in the article: "General
  // Motors", "General Electric"; not "Ms Cooper" after "Cynthia Cooper", whatever the tagger calls it)
  const second = ctx.surf[run.start + 1];
  const firmOfTwo = run.end - run.start === 2 && !PERSONAL_HONORIFICS.has(ctx.low[run.start]) && !isFirstName(ctx.vocab, ctx.low[run.start + 1]) &&
    (ctx.entities ?? []).some((m) => m.label === 'ORG' && m.start === ctx.tokens[run.start].start && m.end === ctx.tokens[run.end - 1].end) &&
    !(ctx.entities ?? []).some((m) => m.label === 'PER' && ctx.text.slice(m.start, m.end).endsWith(` ${second}`));
  // ("US Treasury Under-Secretary John Taylor": a role word after a hyphen too)
  for (let i = run.start; i < run.end - 1 && !firmOfTwo; i++) if ((ctx.vocab.roleWords.has(ctx.low[i]) || (ctx.low[i].includes('-') && roleWord(ctx, ctx.low[i])) ||
    (ctx.low[i].startsWith('ex-') && ctx.vocab.roleWords.has(ctx.low[i].slice(3)))) &&
    ctx.surf[i + 1] !== '’' && ctx.surf[i + 1] !== "'" && (i < organisationOf || personRestAt(ctx, i + 1, run.end))) titleEnd = i + 1;
  // ("Chief Justice John G. Roberts", "Chief Supt Deats": an honorific of no gender right after the title word is the title's)
  while (titleEnd > 0 && titleEnd < run.end - 1 && ctx.vocab.honorifics.has(ctx.low[titleEnd]) && !ctx.vocab.honorifics.get(ctx.low[titleEnd])) titleEnd++;
  // ("Former First Lady Michelle Obama", "Iranian International Master Dorsa Derakhshani": a title of two words, neither
  // a role word alone)
  for (let i = run.start; titleEnd < 0 && i < run.end - 2; i++) {
    if (!COMPOUND_TITLES.has(`${ctx.low[i]} ${ctx.low[i + 1]}`)) continue;
    const inner = stripHonorifics(ctx, { start: i + 2, end: run.end });
    let from = i;
    while (from > 0 && OTHER_OFFICE.has(ctx.low[from - 1]) && isWord(ctx, from - 1)) from--;
    return { ...inner, title: lowerOpening(ctx, from, spanText(ctx, from, i + 2)), titleRun: { start: from, end: i + 2 } };
  }
  if (titleEnd > 0) {
    const inner = stripHonorifics(ctx, { start: titleEnd, end: run.end });
    // ("Former Prime Minister Gordon Brown": the run starts after "Former", which still tells the office)
    let from = run.start;
    while (from > 0 && OTHER_OFFICE.has(ctx.low[from - 1]) && isWord(ctx, from - 1)) from--;
    const title = roleText(ctx, from, titleEnd);
    return { ...inner, title: title && lowerOpening(ctx, from, title), titleRun: { start: from, end: titleEnd } };
  }
  // ("Paris-based Euronext": where a body is based is no part of its name)
  if (run.end - run.start >= 2 && ctx.low[run.start].endsWith('-based')) return stripHonorifics(ctx, { start: run.start + 1, end: run.end });
  // ("Distributor Sony Pictures said": the kind of firm opening the sentence is no part of its name)
  if (run.end - run.start >= 2 && opensSentence(ctx, run.start) && (BODY_KINDS_BEFORE.has(ctx.low[run.start]) || FIRM_KINDS.has(ctx.low[run.start])) &&
    !isFirstName(ctx.vocab, ctx.low[run.start + 1]) && ctx.low[run.start + 1] !== 'of') { // (not "Bank of America said")
    return stripHonorifics(ctx, { start: run.start + 1, end: run.end });
  }
  // ("Immunologist Kristian Andersen of Scripps said": an occupation opening the sentence before a first name is a title)
  if (occupationOpener(ctx, run)) {
    const inner = stripHonorifics(ctx, { start: run.start + 1, end: run.end });
    return { ...inner, title: ctx.low[run.start] };
  }
  let s = run.start;
  let gender: Gender | undefined;
  let byFirstName = false;
  while (s < run.end - 1 && !firmOfTwo) {
    const w = ctx.low[s];
    const key = ctx.vocab.honorifics.has(w) ? w : ctx.surf[s + 1] === '.' ? `${w}.` : '';
    if (!key || !ctx.vocab.honorifics.has(key)) break;
    const g = ctx.vocab.honorifics.get(key);
    if (g) gender = g;
    byFirstName = FIRST_NAME_HONORIFICS.has(w);
    s += ctx.surf[s + 1] === '.' ? 2 : 1;
  }
  return { run: { start: s, end: run.end }, gender, byFirstName: byFirstName && run.end - s === 1, bySurname: s > run.start && !byFirstName };
}

/** Titles of two words before a name that no role word carries. */
const COMPOUND_TITLES = new Set(['first lady', 'international master', 'grand master', 'fide master']);

/** Words opening a time phrase that may end an appositive ("the head of Universal Music Germany until last year,"). */
const APPOSITIVE_TIME_LINKS = new Set(['until', 'till', 'since']);
/** Longest such time phrase, in tokens. */
const MAX_APPOSITIVE_TIME = 4;

/** Where a time phrase ending the appositive before `le` starts ("until last year", "since 2003", "until recently"), else
 *  `le`; `since` alone when `ended` is false: an office held "until last year" is no longer held, and its words stay. */
export function timeTailStart(ctx: QuoteContext, le: number, a: number, ended = true): number {
  for (let k = le - 1; k > a && le - k <= MAX_APPOSITIVE_TIME; k--) {
    if (!APPOSITIVE_TIME_LINKS.has(ctx.low[k]) || (!ended && ctx.low[k] !== 'since')) continue;
    const rest = ctx.low.slice(k + 1, le);
    const time = rest.every((w, n) => ctx.vocab.timeWords.has(w) || ctx.tokens[k + 1 + n].kind === 'number');
    return time && rest.length > 0 ? k : le;
  }
  return le;
}

/** Words after a spaced dash that carry the phrase on rather than open an appositive. */
const DASH_GOES_ON = new Set(['of', 'for', 'to', 'and', 'or', 'but', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'some', 'about', 'nearly', 'almost', 'around', 'more', 'less']);

/** Adverbs opening an appositive before the office held now. */
const PRESENT_WORDS = new Set(['now', 'currently']);

/** Top-level comma-separated segments of [a, b). */
function segmentsOf(ctx: QuoteContext, a: number, b: number): Run[] {
  const out: Run[] = [];
  let s = a;
  let depth = 0;
  for (let i = a; i < b; i++) {
    // ("the RMT union (National Union of Rail, Maritime and Transport Workers), Mick Cash": a comma in brackets parts nothing)
    if (ctx.surf[i] === '(') depth++;
    else if (ctx.surf[i] === ')' && depth > 0) depth--;
    // ("Most voters in Leeds, England": a town's comma before its state parts nothing)
    // ("the head of Universal Music Germany until last year,": a time ending a segment says nothing of the person)
    // ("Another player who has failed to win the title - Jimmy White": a spaced dash parts an appositive as a comma does)
    // (not before a quantity or a phrase going on: "Nearly two thirds - 65% - of …", "Ginepri - six years older than …")
    const dash = isDashToken(ctx.surf[i]) && i > a && ctx.tokens[i].start > ctx.tokens[i - 1].end &&
      i + 1 < b && ctx.tokens[i + 1].start > ctx.tokens[i].end && ctx.tokens[i + 1].kind === 'word' && !DASH_GOES_ON.has(ctx.low[i + 1]);
    // ("a March 14, 2019 NATO press release": nor a date's)
    if ((ctx.surf[i] === ',' || dash) && depth === 0 && !townStateComma(ctx, i, a, b) && !dateComma(ctx, i)) {
      const e = timeTailStart(ctx, i, s, false);
      if (i > s) out.push({ start: s, end: e > s ? e : i });
      s = i + 1;
      // ("Damian Hockney, now Veritas deputy leader,": the office held now)
      if (s + 1 < b && PRESENT_WORDS.has(ctx.low[s]) && isWord(ctx, s + 1)) s++;
    }
  }
  if (b > s) {
    const e = timeTailStart(ctx, b, s, false);
    out.push({ start: s, end: e > s ? e : b });
  }
  return out;
}

/** Whether the comma at `k` parts a month's day from its year ("March 14, 2019"). */
export function dateComma(ctx: QuoteContext, k: number): boolean {
  return k >= 2 && k + 1 < ctx.tokens.length && MONTH_NAMES.has(ctx.low[k - 2]) && ctx.tokens[k - 1].kind === 'number' && /^\d{4}$/.test(ctx.surf[k + 1]);
}

function isOrgRun(ctx: QuoteContext, run: Run): boolean {
  const last = ctx.low[run.end - 1];
  if (ctx.vocab.orgWords.has(last)) return true;
  // ("Mexican outfit Red Sharks Veracruz", "IT firm Dimension Data": a kind of body before the name)
  // (not a run holding a person: "the public services union Unison Dave Prentis")
  if (run.start > 0 && !ctx.cap[run.start - 1] && BODY_KINDS_BEFORE.has(ctx.low[run.start - 1]) &&
    !ctx.entities?.some((m) => m.label === 'PER' && m.start >= ctx.tokens[run.start].start && m.end <= ctx.tokens[run.end - 1].end)) return true;
  const only = ctx.surf[run.start];
  return run.end - run.start === 1 && only.length > 1 && only === only.toUpperCase() && /\p{L}/u.test(only);
}

/** Kinds of body before a name that make it an organisation; not those a person may be called too ("producer",
 *  "broadcaster", "publisher", "developer"). */
export const BODY_KINDS_BEFORE = new Set(['firm', 'company', 'group', 'consultancy', 'agency', 'charity', 'think-tank', 'watchdog', 'organisation',
  'organization', 'website', 'magazine', 'newspaper', 'studio', 'label', 'chain', 'retailer', 'manufacturer', 'bank', 'carrier', 'airline',
  'insurer', 'giant', 'union', 'station', 'channel', 'club', 'band', 'party', 'institute', 'university', 'outfit', 'side']);

/** Determiners of the vocabulary that rank an office and stay in the role ("senior vice-president", "top aide"). */
const RANK_MODIFIERS = new Set(['senior', 'top']);

/** The role words in [a, b) as written, when a role noun is among them. */
/** Forms of address that may open a title ("Mr Justice"). */
const FORM_OF_ADDRESS = new Set(['mr', 'mrs', 'ms']);

function roleText(ctx: QuoteContext, a: number, b: number): string | undefined {
  // ("the former mayor" keeps "former": a former mayor is not "the mayor" a later sentence speaks of)
  // ("Earlier chief constable …", "Jaynes' lawyer": a sentence's time word and a plural owner's apostrophe are no part of it)
  // (not "local", a portfolio's word: "Conservative local government spokeswoman")
  while (a < b && ((ctx.vocab.determiners.has(ctx.low[a]) && !OTHER_OFFICE.has(ctx.low[a]) && !RANK_MODIFIERS.has(ctx.low[a]) && ctx.low[a] !== 'local') || ctx.surf[a] === ',' || ctx.surf[a] === "'" ||
    ctx.surf[a] === '’' || (ctx.cap[a] && ctx.vocab.timeWords.has(ctx.low[a])))) a++;
  // ("Mr Justice Eady": the honorific is no part of the office)
  if (b - a >= 2 && FORM_OF_ADDRESS.has(ctx.low[a]) && ctx.cap[a]) {
    const office = ctx.surf[a + 1] === '.' ? a + 2 : a + 1;
    if (office < b && roleWord(ctx, ctx.low[office])) a = office;
  }
  if (RELATIVE_WORDS.has(ctx.low[a])) return undefined; // ("which include 235 Democrats")
  // ("Andrew Beh, of brokers ING,", "Vincent Cable, for the Liberal Democrats,", "one of the game developers sacked by …": a link
  // word opens no office)
  if (ROLE_OPENING_LINKS.has(ctx.low[a])) return undefined;
  // ("head of distribution at Universal which released Ray": the relative clause says more than the role)
  for (let i = a + 1; i < b; i++) if ((ctx.low[i] === 'which' || ctx.low[i] === 'who' || ctx.low[i] === 'whose') && !ctx.cap[i]) b = i;
  // ("the most recent female MP to be elected": an infinitive says when or how, no more of the office)
  for (let i = a + 1; i + 1 < b; i++) if (ctx.low[i] === 'to' && (ctx.low[i + 1] === 'be' || ctx.low[i + 1] === 'have')) b = i;
  b = occasionCut(ctx, a, b);
  // ("a UN official in Geneva", "a business adviser from Swansea": the place the person is in or from is no part of the office;
  // the description keeps it)
  // (not the seat a legislator holds: "senator from Kansas")
  for (let i = a + 1; i + 1 < b; i++) {
    if (LOCATED_LINKS.has(ctx.low[i]) && !ctx.cap[i - 1] && ctx.cap.slice(i + 1, b).every(Boolean) && !(ctx.low[i] === 'from' && SEATED.has(ctx.low[i - 1]))) b = i;
  }
  // ("general secretary of the RMT union (National Union of Rail, …)": a closing gloss in brackets says no more of it)
  if (b - 1 > a && ctx.surf[b - 1] === ')') {
    const open = ctx.surf.lastIndexOf('(', b - 1);
    if (open > a) b = open;
  }
  // ("CNN reporter and former Bill Clinton White House Press Secretary Joe Lockhart": a modifier of the next office, which a name
  // opens, is no part of this one)
  while (b > a && (ctx.surf[b - 1] === ',' || ctx.low[b - 1] === 'and' || ctx.low[b - 1] === 'or' ||
    (b - 2 > a && OTHER_OFFICE.has(ctx.low[b - 1]) && (ctx.low[b - 2] === 'and' || ctx.low[b - 2] === 'or')))) b--;
  if (b <= a) return undefined;
  for (let i = a; i < b; i++) {
    if (!roleWord(ctx, ctx.low[i])) continue;
    if (insideOrganisationName(ctx, i, b)) continue; // ("the City University Student Union": no student)
    const text = spanText(ctx, a, b);
    // ("Former welfare minister Peter Lilley": the sentence's capital is no part of the role)
    return (OTHER_OFFICE.has(ctx.low[a]) || RANK_MODIFIERS.has(ctx.low[a])) && a + 1 < b && !ctx.cap[a + 1] ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  }
  return undefined;
}

/** Offices held for a place, which "from" names ("senator from Kansas", "congressman from Ohio"). */
const SEATED = new Set(['senator', 'congressman', 'congresswoman', 'representative', 'delegate', 'mp', 'mep']);

/** Words that, opening what is left of a phrase, make it no office ("of brokers ING", "for the Liberal Democrats"). */
const ROLE_OPENING_LINKS = new Set(['of', 'for', 'from', 'at', 'with', 'to', 'in', 'on', 'by']);
/** Participles and the prepositions after them that tell where a description's words were reported ("quoted in"). */
const REPORTED_PARTICIPLES = new Set(['quoted', 'cited', 'interviewed']);
const REPORTED_LINKS = new Set(['in', 'by', 'on']);
/** Prepositions that, before "a"/"an", lead to the occasion of a statement rather than more of a role. */
const OCCASION_LINKS = new Set(['in', 'at', 'on', 'during']);

/** The end of [a, b) before an occasion or a naming, which says no more of the person ("an IMF official in a briefing",
 *  "A university student named Wong"). */
function occasionCut(ctx: QuoteContext, a: number, b: number): number {
  for (let i = a + 1; i < b; i++) {
    // ("an official from the Beijing Municipal Commission quoted in the state-run China Daily": where the words were reported)
    if ((OCCASION_LINKS.has(ctx.low[i]) && (ctx.low[i + 1] === 'a' || ctx.low[i + 1] === 'an')) || ctx.low[i] === 'named' || ctx.low[i] === 'called' ||
      (REPORTED_PARTICIPLES.has(ctx.low[i]) && !ctx.cap[i] && REPORTED_LINKS.has(ctx.low[i + 1] ?? ''))) return i;
  }
  return b;
}

const LEARNED_OCCUPATION = /^[a-z]+(?:ologist|icist|ographer|ician)$/;

/** A role word, or one joined to a prefix or "general" by a hyphen ("vice-director", "co-chairman", "director-general"). */
export function roleWord(ctx: QuoteContext, w: string): boolean {
  if (ctx.vocab.roleWords.has(w) || ctx.vocab.genderedRoles.has(w)) return true;
  // ("an evolutionary biomechanicist", "a palaeoclimatologist": the endings of learned occupations the list lacks)
  if (w.length >= 9 && LEARNED_OCCUPATION.test(w)) return true;
  // ("co-founder", "attorney-general": one hyphen; a string test first, as most words have none)
  const dash = w.indexOf('-');
  if (dash < 0 || w.indexOf('-', dash + 1) >= 0) return false;
  const second = w.slice(dash + 1);
  return ctx.vocab.roleWords.has(second) || (second === 'general' && ctx.vocab.roleWords.has(w.slice(0, dash)));
}

/** Whether the capitalised word `i` is inside an organisation's name: capitalised words from it on to `b` end with an
 *  organisation word ("Student Union", "Teachers Association"). */
function insideOrganisationName(ctx: QuoteContext, i: number, b: number): boolean {
  if (!ctx.cap[i]) return false;
  let k = i + 1;
  while (k < b && ctx.cap[k] && isWord(ctx, k)) k++;
  return k > i + 1 && ctx.vocab.orgWords.has(ctx.low[k - 1]);
}

/** The copula of a relative clause that gives an office ("who is UKIP Scotland chairman"), and adverbs after it. */
const COPULAS = new Set(['is', 'was', "'s", '’s']);
const RELATIVE_ADVERBS = new Set(['also', 'now', 'currently', 'still', 'then']);
/** Verbs after "and" that end the office a relative clause gives ("a member of X and was part of Y"). */
const VERB_AFTER_AND = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'says', 'said']);
/** Ordinals and superlatives that make a record of a relative clause, no office ("who was the first woman to be …"). */
const FIRSTS = new Set(['first', 'second', 'third', 'last', 'only', 'youngest', 'oldest', 'latest', 'longest-serving']);
/** Words an office given in a relative clause may have before its role word ("UKIP Scotland chairman"). */
const MAX_OFFICE_LEAD = 3;

/** Capitalised determiners that open a name ("All Blacks", "Two Ronnies", "Three Tenors"). */
const NAME_OPENING_WORDS = new Set(['all', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** Nouns of an organisation's appositive that name what it runs or makes, not whom it belongs to ("the operator of …"). */
const OPERATOR_NOUNS = new Set(['operator', 'owner', 'maker', 'manufacturer', 'producer', 'builder', 'developer', 'publisher', 'creator', 'organiser',
  'organizer', 'distributor', 'supplier', 'provider']);

/** Ranks a title before a name gives that an office in an appositive after it says more of ("Professor Ann Lee, head of …"). */
const ACADEMIC_RANKS = new Set(['professor', 'prof', 'prof.']);

/** Verbs of serving an organisation in a relative clause ("who works for", "who plays for"). */
const SERVING_VERBS = new Set(['works', 'worked', 'plays', 'played', 'writes', 'wrote']);
/** Verbs of a seat on a body ("who sits on the SGC"). */
const SEATED_VERBS = new Set(['sits', 'sat', 'serves', 'served']);
/** Verbs of heading a unit a body owns ("who heads F-Secure's anti-virus team"). */
const HEADING_VERBS = new Set(['heads', 'headed', 'runs', 'ran', 'leads', 'led']);

/** In the relative clause [a, b): the organisation "who (currently) works/plays for X" or "who sits on X" names, when X is a
 *  capitalised run that ends the clause or its part, or the owner of what "who heads X's …" heads. */
function employerInRelative(ctx: QuoteContext, a: number, b: number): ({ name: string } & Span) | undefined {
  if (ctx.low[a] !== 'who') return undefined;
  for (let k = a + 1; k + 2 < b; k++) {
    let s: number;
    let owner = false;
    // ("who works for …", "who works at the Observatoire de Paris")
    if (SERVING_VERBS.has(ctx.low[k]) && (ctx.low[k + 1] === 'for' || ctx.low[k + 1] === 'at')) s = k + 2;
    // ("who sits on the SGC", "who sits on the executive of Association of Police Authorities": a body sat on, or the one a
    // part of it sat on belongs to)
    else if (SEATED_VERBS.has(ctx.low[k]) && ctx.low[k + 1] === 'on') {
      s = k + 2;
      if (ctx.low[s] === 'the' && !ctx.cap[s + 1] && ctx.low[s + 2] === 'of') s += 3;
    }
    // ("who heads F-Secure's anti-virus team": the body owning what the person heads)
    else if (HEADING_VERBS.has(ctx.low[k]) && ctx.cap[k + 1]) {
      s = k + 1;
      owner = true;
    } else continue;
    if (ctx.low[s] === 'the') s++;
    let e = s;
    while (e < b && (ctx.cap[e] && isWord(ctx, e) || ((NAME_INNER_LINKS.has(ctx.low[e]) || NAME_PARTICLES.has(ctx.surf[e])) && e + 1 < b && ctx.cap[e + 1]))) e++;
    if (e === s || !ctx.cap[e - 1]) return undefined;
    if (owner ? !POSSESSIVE.has(ctx.low[e] ?? '') : e < b && isWord(ctx, e) && ctx.low[e] !== 'and') return undefined;
    // (an organisation, not a person served: "Sid Rosenberg, who both worked for Imus")
    const start = ctx.tokens[s].start;
    const end = ctx.tokens[e - 1].end;
    if (ctx.entities?.some((m) => m.label === 'PER' && m.start < end && start < m.end) || personRun(ctx, { start: s, end: e })) return undefined;
    return { name: spanText(ctx, s, e), start, end };
  }
  return undefined;
}

/** Affiliation "of (the) X" inside [a, b): the capitalised run after the link. */
/** Words of a share before its "of" ("51 percent of", "a stake of", "a third of"). */
const SHARE_WORDS = new Set(['percent', 'cent', 'stake', 'share', 'half', 'third', 'quarter', 'majority', 'minority']);

function affiliationAfterLink(ctx: QuoteContext, a: number, b: number): ({ name: string } & Span) | undefined {
  let name: Run | undefined;
  for (let i = a; i < b; i++) {
    // ("senior manager in Symantec's security response group": "in" a unit a body owns)
    if (!AFFILIATION_LINKS.has(ctx.low[i]) && !(ctx.low[i] === 'in' && ownedUnitAt(ctx, i + 1, b))) continue;
    // (not a link inside a name or a title an earlier link led to, "the hit Ring of Fire", nor where someone comes from,
    // "a native of San Diego", nor "with" after a verb, "soon to reunite with Ronnie Barker")
    const before = i > a ? ctx.low[i - 1] : '';
    if ((name && name.start < i && i < name.end) || ORIGIN_NOUNS.has(before)) continue;
    // (nor a link inside an organisation's name the phrase speaks as: "Center for Systems Science", "Journal of Threatened Taxa")
    if (i > a && ctx.cap[i - 1] && ctx.vocab.orgWords.has(before) && i + 1 < b && inNameRun(ctx, i + 1)) continue;
    // (an MP's seat is no affiliation: "Labour MP for Hornsey and Wood Green")
    if (ctx.low[i] === 'for' && SEAT_HOLDERS.has(before)) continue;
    // (nor a share of something, nor any link after it: "the holding company which controls 51% of Yukos", "87% of the adults
    // quizzed by ICM for BBC News")
    if (ctx.low[i] === 'of' && (before === '%' || SHARE_WORDS.has(before) || ctx.tokens[i - 1]?.kind === 'number')) break;
    if (ctx.low[i] === 'with' && i > a && isWord(ctx, i - 1) && !ctx.cap[i - 1] && !roleWord(ctx, before)) continue;
    let j = i + 1;
    if (j < b && ctx.low[j] === 'the') j++;
    // ("Cara Diemont of IT firm Dimension Data", "Ann Lee of the charity Oxfam": the name after what it is)
    // (not "the CGA consultancy Jeanne-Marie Gescher": a capitalised word before the kind names the organisation, unless
    // it is a short field or country word such as "IT", "PR", "US")
    // ("of Aberdeen-based oil and gas consultancy Blackwatch": where it is based is no name either)
    for (let d = j; d < Math.min(b - 1, j + 5) && isWord(ctx, d); d++) {
      if (ORGANISATION_KINDS.has(ctx.low[d]) && !ctx.cap[d] && ctx.cap[d + 1]) {
        // ("head of MMS firm Adamind": a capitalised word before the kind may be a field too, when no person follows)
        const capitalBefore = ctx.surf.slice(j, d).some((w, n) => ctx.cap[j + n] && w.length > 2 && !ORIGIN_ADJECTIVE.test(ctx.low[j + n]));
        const after = capRuns(ctx, d + 1, b, true)[0];
        const personAfter = after !== undefined && (personRun(ctx, after) ||
          (ctx.entities?.some((m) => m.label === 'PER' && m.start === ctx.tokens[after.start].start) ?? false));
        if (!capitalBefore || !personAfter) j = d + 1 < b - 1 && ctx.low[d + 1] === 'the' && ctx.cap[d + 2] ? d + 2 : d + 1; // ("research firm The Yankee Group")
        break;
      }
    }
    let run = capRuns(ctx, j, b, true)[0];
    // ("strategist at Moscow's Sovlink Securities": a place owning a name is where that is; "head of Britain's biggest
    // union", "of one of Mumbai's main Catholic organisations": one owning no name names no affiliation)
    // (or with a bare apostrophe: "of the United States' Centers for Disease Control")
    if (run && run.start === j && run.end + 1 < b && (POSSESSIVE.has(ctx.low[run.end]) || bareApostrophe(ctx, run.end)) && placeRun(ctx, run)) {
      if (!inNameRun(ctx, run.end + 1)) continue;
      j = run.end + 1;
      run = capRuns(ctx, j, b, true)[0];
    }
    // ("head of the Ukrainian state-owned Naftohaz company": a nationality modifies the name after it)
    let demonymBefore = false;
    if (run && run.start === j && demonym(ctx, run)) {
      const next = capRuns(ctx, run.end, b, true)[0];
      const between = next ? ctx.low.slice(run.end, next.start) : [];
      if (next && between.length <= 2 && between.every((w, n) => isWord(ctx, run!.end + n) && !AFFILIATION_LINKS.has(w) &&
        !ctx.vocab.nounPhraseLinks.has(w) && !ctx.vocab.orgWords.has(w) && !OBJECT_PREPOSITIONS.has(w) && w !== 'in' && w !== 'on')) {
        run = next;
        demonymBefore = true;
      }
    }
    // ("mayor of the Polish city of Gdańsk": a nationality alone is no affiliation; the next link may give the name)
    if (run && !demonymBefore && run.start === j && demonym(ctx, run) && !ORGANISATION_NOUNS.has(ctx.low[run.end] ?? '') && !ctx.vocab.orgWords.has(ctx.low[run.end] ?? '')) {
      name = run;
      continue;
    }
    name = run;
    // (nor a title's first word, a lower-case article inside it: "director of About a Boy")
    if (run && run.end + 1 < b && ARTICLES.has(ctx.surf[run.end]) && ctx.cap[run.end + 1]) continue;
    // (a person is no affiliation, "lawyer for Mr Begg", "coach of Wilkinson's club side", "at the centre of the Svetlana
    // Kuznetsova doping row", nor a day or month, "the stars of Saturday's win", "a study from March"; an organisation
    // owning is, "founder of MIT's Media Labs")
    // (after "at" a name is a workplace, whatever it looks like: "chief economist at Fannie Mae", "an executive at Warner Bros")
    const person = run !== undefined && !PLACE_LINKS.has(ctx.low[i]) && personRun(ctx, run);
    // ("Andrew Fisher, from Omaha, Nebraska,", "Tom Emanuel of Laconia": a place right after the name is where the person
    // comes from; "mayor of London" serves it)
    // (after "of" only with its state, "of Laconia, N.H.": "Steven Gerrard of Liverpool" names the club)
    if (run && run.start === j && (ctx.low[i] === 'from' || (ctx.low[i] === 'of' && stateAfter(ctx, run.end, b))) &&
      (i === a || ctx.cap[i - 1] || !isWord(ctx, i - 1)) && placeRun(ctx, run)) continue;
    // ("Keith Poulton, a business adviser from Swansea,": so is a town after an office and "from"; a country may be the state
    // served, "an official from Iraq")
    if (run && run.start === j && ctx.low[i] === 'from' && placeRun(ctx, run) && !country(ctx, run)) continue;
    if (run && (person || (run.end - run.start === 1 && (WEEKDAYS.has(ctx.low[run.start]) || MONTHS.has(ctx.low[run.start]))))) continue;
    // ("of the pro-democracy George Soros Foundation for Southern Africa": an adjective or two before an organisation's
    // name; not "in charge of mobile TV at LG Electronics")
    // ("head of UK equities for Standard Life Investments", "head of European sales at Acme": a capitalised word of the
    // office's field, then its employer after "for" or "at")
    if (run && run.start === j && fieldBeforeEmployer(ctx, run.end, b)) continue;
    // ("in the Faculty of Arts and Education at the Deakin University": a unit's field, then the body it is part of)
    if (run && run.start === j && SUBUNITS.has(before) && (ctx.low[run.end] === 'at' || ctx.low[run.end] === 'of') &&
      ctx.cap[ctx.low[run.end + 1] === 'the' ? run.end + 2 : run.end + 1]) continue;
    const described = run !== undefined && run.start > j && run.start - j <= 2 && organisationName(ctx, run) &&
      ctx.low.slice(j, run.start).every((w, n) => !ctx.cap[j + n] && isWord(ctx, j + n) && !AFFILIATION_LINKS.has(w) && !ctx.vocab.nounPhraseLinks.has(w));
    if (run && (run.start === j || described || demonymBefore)) {
      let end = run.end;
      // ("Fathers 4 Justice": a number inside the name)
      if (end + 1 < b && /^\d+$/.test(ctx.surf[end]) && ctx.cap[end + 1]) end = capRuns(ctx, end + 1, b, true)[0]?.end ?? end;
      // ("spokesman for the Bush-Cheney campaign", "of the Taliban government": the organisation's own noun; "chairman of
      // the Commons education select committee": the body the name modifies)
      if (end < b && ORGANISATION_NOUNS.has(ctx.low[end]) && (end + 1 >= b || !isWord(ctx, end + 1) || !ctx.vocab.orgModifiers.has(ctx.low[end + 1]))) end++;
      else {
        let n = end;
        while (n < b && n - end < 3 && isWord(ctx, n) && !ctx.cap[n] && !AFFILIATION_LINKS.has(ctx.low[n]) && !POSSESSIVE.has(ctx.low[n]) &&
          !ctx.vocab.orgWords.has(ctx.low[n]) && !ctx.vocab.nounPhraseLinks.has(ctx.low[n])) n++;
        if (n < b && n > end && ctx.vocab.orgWords.has(ctx.low[n]) && !ctx.cap[n]) end = n + 1;
      }
      // ("spokeswoman for the Trump administration's Department of Justice", "at London's Royal Veterinary College": the
      // body a place or a government owns; an organisation's own department is the organisation, "MIT's Media Labs")
      const owned = end + 1 < b && POSSESSIVE.has(ctx.low[end]) ? capRuns(ctx, end + 1, b, true)[0] : undefined;
      const ownedByPlace = end + 1 < b && POSSESSIVE.has(ctx.low[end]) && placeOrGovernment(ctx, run.start, end);
      if (owned && owned.start === end + 1 && organisationName(ctx, owned) && ownedByPlace) {
        return runAffiliation(ctx, owned);
      }
      // ("Creditors of South Korea's top credit card firm": a firm the place owns that the phrase does not name)
      if (ownedByPlace && ownedFirm(ctx, end + 1, b)) continue;
      return { name: spanText(ctx, run.start, end), start: ctx.tokens[run.start].start, end: ctx.tokens[end - 1].end };
    }
  }
  return undefined;
}

/** Nouns of a unit inside a body ("Symantec's security response group", "the bank's research division"). */
const UNIT_NOUNS = new Set(['group', 'division', 'unit', 'department', 'team', 'arm', 'office', 'lab', 'laboratory', 'centre', 'center', 'business']);

/** Whether a capitalised owner, its "'s" and lower-case words ending in a unit's noun open at `k` ("Symantec's security
 *  response group"); not a place's ("London's transport department" is the city's). */
function ownedUnitAt(ctx: QuoteContext, k: number, b: number): boolean {
  let e = k;
  while (e < b && ctx.cap[e] && isWord(ctx, e)) e++;
  if (e === k || e + 1 >= b || !POSSESSIVE.has(ctx.low[e]) || placeRun(ctx, { start: k, end: e }) || placeOrGovernment(ctx, k, e)) return false;
  let t = e + 1;
  while (t < b && !ctx.cap[t] && isWord(ctx, t) && !UNIT_NOUNS.has(ctx.low[t])) t++;
  return t < b && UNIT_NOUNS.has(ctx.low[t]) && t > e + 1;
}

/** Whether a comma and a place follow at `k` ("Laconia, N.H.", "Omaha, Nebraska"). */
function stateAfter(ctx: QuoteContext, k: number, b: number): boolean {
  if (k + 1 >= b || ctx.surf[k] !== ',') return false;
  const start = ctx.tokens[k + 1].start;
  return ctx.entities?.some((m) => m.label === 'LOC' && m.start === start) ?? false;
}

/** Whether the run is a place the entity layer reads from its gazetteer ("Omaha", "Nebraska"), and nothing more. */
function placeRun(ctx: QuoteContext, run: Run): boolean {
  const start = ctx.tokens[run.start].start;
  const end = ctx.tokens[run.end - 1].end;
  return ctx.entities?.some((m) => m.label === 'LOC' && m.origin === 'gazetteer' && m.start === start && m.end === end) ?? false;
}

/** Most lower-case words of an office's field after its capitalised word ("UK equities", "European consumer sales"). */
const MAX_FIELD_WORDS = 3;

/** Parts of a body named by their field ("Faculty of Arts", "Department of History", "School of Medicine"). */
const SUBUNITS = new Set(['faculty', 'department', 'school', 'division', 'unit', 'centre', 'center', 'college', 'institute', 'laboratory', 'programme', 'program']);

/** Whether the lower-case words from `k` end a field ("UK equities") before "for" or "at" and a capitalised name. */
function fieldBeforeEmployer(ctx: QuoteContext, k: number, b: number): boolean {
  let n = k;
  while (n < b && n - k < MAX_FIELD_WORDS && isWord(ctx, n) && !ctx.cap[n] && !AFFILIATION_LINKS.has(ctx.low[n]) &&
    !ctx.vocab.orgWords.has(ctx.low[n]) && !ORGANISATION_NOUNS.has(ctx.low[n]) && !POSSESSIVE.has(ctx.low[n])) n++;
  if (n === k || n + 1 >= b || (ctx.low[n] !== 'for' && ctx.low[n] !== 'at')) return false;
  const next = ctx.low[n + 1] === 'the' ? n + 2 : n + 1;
  return next < b && ctx.cap[next] && isWord(ctx, next);
}

/** Adjectives of a faith or a people among an owned body's words ("main Catholic organisations", "its Islamic groups"). */
const RELIGION_OR_PEOPLE = /(?:an|ic|ish|ese|i)$/;
/** Heads of a place's own government ("Sri Lanka's government"), whose place is the affiliation. */
const GOVERNMENT_HEADS = new Set(['government', 'administration', 'ministry', 'cabinet', 'parliament', 'army', 'military', 'police', 'regime']);

/** Whether the words from `k` (before `b`) describe a body without naming it ("top credit card firm", "biggest union"). */
function ownedFirm(ctx: QuoteContext, k: number, b: number): boolean {
  let e = k;
  // ("Mumbai's main Catholic organisations": a capitalised adjective among the words, the head in lower case)
  while (e < b && isWord(ctx, e) && (!ctx.cap[e] || (e + 1 < b && isWord(ctx, e + 1) && !ctx.cap[e + 1] && RELIGION_OR_PEOPLE.test(ctx.low[e])))) e++;
  if (e <= k || ctx.cap[e - 1]) return false;
  const head = ctx.low[e - 1];
  const single = head.endsWith('s') ? head.slice(0, -1) : head;
  // ("Britain's biggest union": an organisation's own word too; not its government, "Sri Lanka's government")
  return COMPANY_HEADS.has(head) || COMPANY_HEADS.has(single) || ((ctx.vocab.orgWords.has(head) || ctx.vocab.orgWords.has(single) ||
    single === 'organisation' || single === 'organization') && !GOVERNMENT_HEADS.has(head));
}

/** Whether the tokens [a, e) name a place, by the entity layer, or a government ("the Trump administration"). */
function placeOrGovernment(ctx: QuoteContext, a: number, e: number): boolean {
  if (ctx.low[e - 1] === 'administration' || ctx.low[e - 1] === 'government') return true;
  const start = ctx.tokens[a].start;
  const end = ctx.tokens[e - 1].end;
  // (the gazetteer's places: the tagger calls "University of East Anglia" a place)
  return ctx.entities?.some((m) => ((m.label === 'LOC' && m.origin !== 'ner') || m.origin === 'demonym') && m.start === start && m.end === end) ?? false;
}

/** Whether a capitalised run is an organisation's name, by its words ("Foundation") or the entity layer. */
function organisationName(ctx: QuoteContext, run: Run): boolean {
  return ctx.low.slice(run.start, run.end).some((w) => ctx.vocab.orgWords.has(w)) ||
    (ctx.entities?.some((m) => m.label === 'ORG' && m.start === ctx.tokens[run.start].start) ?? false);
}

/** Whether the bare apostrophe at `i` closes the name of a body that owns what follows in [a, b): a capitalised run right
 *  before it that names no person and is no mere sentence capital, with no "'s" owner after it ("United Nations' Food and
 *  Agriculture Organization's chief …" is the organisation's; "Kenteris' lawyer" is counsel, whose role keeps the owner). */
function bodyOwnerBefore(ctx: QuoteContext, a: number, i: number, b: number): boolean {
  if (i <= a || !ctx.cap[i - 1] || ctx.low.slice(i + 1, b).some((w) => POSSESSIVE.has(w))) return false;
  const owner = capRuns(ctx, a, i, true).at(-1);
  return owner !== undefined && owner.end === i && !personRun(ctx, owner) && !(owner.end - owner.start === 1 && sentenceCapitalOnly(ctx, owner.start));
}

/** The capitalised name in [s, b) right after a lower-case kind of body, followed by lower-case office words with a role
 *  word ("union Aslef | general secretary", "firm Dimension Data | chief executive"); not a person's name. */
function namedAfterKind(ctx: QuoteContext, s: number, b: number): Run | undefined {
  for (let k = s; k + 2 < b; k++) {
    if (ctx.cap[k] || !ORGANISATION_KINDS.has(ctx.low[k]) || !ctx.cap[k + 1]) continue;
    let e = k + 1;
    while (e < b && ctx.cap[e] && isWord(ctx, e)) e++;
    const run = { start: k + 1, end: e };
    if (e >= b || personRun(ctx, run) || !ctx.low.slice(e, b).every((w, n) => !ctx.cap[e + n] && isWord(ctx, e + n)) ||
      !ctx.low.slice(e, b).some((w) => roleWord(ctx, w))) return undefined;
    return run;
  }
  return undefined;
}

/** Whether [s, b) is a capitalised office of fields joined by "and" ("Trade and Industry Secretary", "Culture, Media and
 *  Sport Secretary"): capitalised words, commas and "and", a role word last and none before it, no first name, organisation
 *  or party word. */
function jointPortfolioOffice(ctx: QuoteContext, s: number, b: number): boolean {
  if (b - s < 4 || !roleWord(ctx, ctx.low[b - 1])) return false;
  let joined = false;
  for (let k = s; k < b; k++) {
    const w = ctx.low[k];
    if (w === 'and' && k > s && ctx.cap[k - 1] && ctx.cap[k + 1]) joined = true;
    else if (w === ',' && k > s && ctx.cap[k - 1] && ctx.cap[k + 1] && ctx.low.slice(k + 1, b).includes('and')) continue; // ("Culture, Media and Sport")
    else if (!ctx.cap[k] || !isWord(ctx, k) || ctx.vocab.orgWords.has(w) || PARTY_WORDS.has(w) || (k < b - 1 && (roleWord(ctx, w) || isFirstName(ctx.vocab, w)))) return false;
  }
  return joined;
}

/** Where a joint portfolio's office opens that ends with the capitalised title `titleRun` ("Trade and | Industry
 *  Secretary"), no earlier than `lo`; else -1. */
function jointPortfolioStart(ctx: QuoteContext, lo: number, titleRun: Run): number {
  const and = titleRun.start - 1;
  if (and - 1 < lo || ctx.low[and] !== 'and') return -1;
  let j = and - 1;
  while (j - 1 >= lo && ((ctx.cap[j - 1] && isWord(ctx, j - 1)) || (ctx.surf[j - 1] === ',' && j - 2 >= lo && ctx.cap[j - 2]))) j--;
  while (j < and && !jointPortfolioOffice(ctx, j, titleRun.end)) j++;
  return j < and ? j : -1;
}

/** Whether a joint portfolio's office ("Work and Pensions Secretary") opens [a, b) with the "and" at `and`: a capitalised role
 *  word after it ends one. */
function jointPortfolioBefore(ctx: QuoteContext, a: number, and: number, b: number): boolean {
  const s = ctx.vocab.determiners.has(ctx.low[a]) ? a + 1 : a;
  for (let r = and + 1; r < b - 1; r++) if (ctx.cap[r] && roleWord(ctx, ctx.low[r])) return jointPortfolioOffice(ctx, s, r + 1);
  return false;
}

/** Kinds of outlet written in lower case after the outlet's name ("Empire magazine", "Kommersant newspaper"). */
const OUTLET_KINDS = new Set(['magazine', 'newspaper', 'paper', 'website', 'channel', 'station', 'network', 'journal', 'programme', 'program']);

/** Role and affiliation from the words before a name: "Clemson University assistant professor", "Russia's ambassador". */
function fromPrefix(ctx: QuoteContext, a: number, b: number, info: SpeakerInfo): void {
  if (b <= a) return;
  for (let i = a; i < b; i++) {
    // ("Ladbrokes' Warren Lush": the bare apostrophe of a body's name ending in s too)
    if ((POSSESSIVE.has(ctx.low[i]) || (bareApostrophe(ctx, i) && bodyOwnerBefore(ctx, a, i, b))) && i > a) {
      let owner = capRuns(ctx, a, i, true).at(-1);
      // ("Empire magazine's reviews editor Dan Jolin": a name and its outlet's kind in lower case own the office)
      if (i - 1 > a && !ctx.cap[i - 1] && OUTLET_KINDS.has(ctx.low[i - 1])) {
        const name = capRuns(ctx, a, i - 1, true).at(-1);
        if (name && name.end === i - 1 && !personRun(ctx, name)) owner = { ...name, end: i };
      }
      // ("Creditors of South Korea's top credit card firm": a plural capitalised by the sentence start is no part of the owner)
      const first = owner ? ctx.low[owner.start] : '';
      if (owner && owner.end - owner.start > 1 && first.endsWith('s') && !ctx.vocab.orgWords.has(first) &&
        (sentenceCapitalOnly(ctx, owner.start) || commonPluralNoun(ctx, owner.start)) && opensSentence(ctx, owner.start)) {
        owner = capRuns(ctx, a, i, false).at(-1);
      }
      // ("Children's author Judy Blume": a word capitalised only by the sentence start that names nothing owns nothing)
      // (nor a day: "Saturday's France v Scotland match")
      const common = owner !== undefined && owner.end - owner.start === 1 && (sentenceCapitalOnly(ctx, owner.start) || WEEKDAYS.has(ctx.low[owner.start]));
      if (owner && owner.end === i && !common) {
        // ("Mr Begg's father", "Lord Scarman's nephew": a person's kin or counsel is no member of an organisation)
        // (not two names joined, a firm: "Ernst and Young's Sanjay Mehta")
        const joined = ctx.low.slice(owner.start, owner.end).some((w) => w === 'and' || w === '&');
        if ((personRun(ctx, owner) && !joined) || ctx.low.slice(i + 1, b).some((w) => KIN.has(w))) {
          info.role = roleText(ctx, owner.start, b) ?? info.role;
          return;
        }
        // ("South Korea's top credit card firm", "chairman of Spain's most powerful bank": a firm the place owns that the
        // phrase does not name is no affiliation, the role is the phrase's; "the UK's financial watchdog" serves it)
        if (placeOrGovernment(ctx, owner.start, owner.end) && roleText(ctx, i + 1, b) === undefined && ownedFirm(ctx, i + 1, b)) {
          info.role = roleText(ctx, a, b) ?? info.role;
          return;
        }
        // ("The UK's Andrea Arnold", "Britain's Andy Murray": a country owning the person alone is a nationality)
        // (not before a title: "Mexico's Foreign Secretary Marcelo Ebrard")
        if (i + 1 >= b && country(ctx, owner) && !capitalisedTitleAt(ctx, b, ctx.tokens.length) && !ctx.vocab.honorifics.has(ctx.low[b])) return;
        // ("Critics from across Britain's political spectrum": a place owning what a preposition leads to is where the people
        // are, no body they serve)
        if (placeOrGovernment(ctx, owner.start, owner.end) && ctx.low.slice(a, owner.start).some((w) => LOCATED_LINKS.has(w) || w === 'across')) return;
        // ("Transport & General Worker's Union general secretary": the organisation's word after its apostrophe)
        const named = i + 1 < b && ctx.cap[i + 1] && ctx.vocab.orgWords.has(ctx.low[i + 1]) ? i + 2 : i;
        info.affiliation = { name: spanText(ctx, owner.start, named), start: ctx.tokens[owner.start].start, end: ctx.tokens[named - 1].end };
        if (named > i) {
          info.role = roleText(ctx, named, b) ?? info.role;
          return;
        }
      }
      // ("The head of the UK's counter terror police": a role before the owner heads the whole phrase)
      const headed = ctx.low.slice(a, i).some((w, n) => !ctx.cap[a + n] && roleWord(ctx, w));
      info.role = roleText(ctx, headed ? a : i + 1, b) ?? info.role;
      return;
    }
  }
  let s = a;
  // ("the presumptive Republican presidential nominee": a lower-case office modifier before the organisation too)
  while (s < b && (ctx.vocab.determiners.has(ctx.low[s]) || (!ctx.cap[s] && BODY_MODIFIERS.has(ctx.low[s])))) s++;
  // ("All Blacks captain Tama Umaga", "the Two Ronnies star": a capitalised "All" or number word opening a team's or a show's
  // name before a role word)
  if (s - 1 >= a && ctx.cap[s - 1] && NAME_OPENING_WORDS.has(ctx.low[s - 1]) && s < b && ctx.cap[s] && isWord(ctx, s)) {
    let e = s;
    while (e < b && ctx.cap[e] && isWord(ctx, e)) e++;
    if (e < b && roleWord(ctx, ctx.low[e])) s--;
  }
  // ("Rail union Aslef general secretary Mick Whelan", "IT firm Dimension Data chief executive …": a body named after its
  // kind, then the office)
  const named = namedAfterKind(ctx, s, b);
  if (named) {
    info.affiliation = runAffiliation(ctx, named);
    info.role = roleText(ctx, named.end, b) ?? info.role;
    return;
  }
  // ("Culture, Media and Sport Secretary Tessa Jowell": a capitalised office whose portfolio joins fields)
  if (jointPortfolioOffice(ctx, s, b)) {
    info.role = spanText(ctx, s, b);
    return;
  }
  let lead = capRuns(ctx, s, b, true)[0];
  // ("Ex-No 10 media chief Alastair Campbell": Downing Street by its number)
  if (lead && lead.end < b && /^(?:ex-)?no\.?$/.test(ctx.low[lead.end - 1]) && ctx.tokens[lead.end].kind === 'number') lead = { start: lead.start, end: lead.end + 1 };
  // ("Newly-crowned Australian Open champion Marat Safin": the sentence's capital before a name the entity layer knows)
  const adverbOpening = lead !== undefined && lead.start === s && lead.end - lead.start > 1 && sentenceCapitalOnly(ctx, s) &&
    (/-|ly$/.test(ctx.low[s]) || (/ed$/.test(ctx.low[s]) && !OTHER_OFFICE.has(ctx.low[s]) && ctx.low[s] !== 'retired')) &&
    ctx.entities!.some((m) => m.start === ctx.tokens[s + 1].start); // (and "Banned American sprinter", "Injured Chelsea striker"; not "Retired")
  if (adverbOpening) lead = { start: s + 1, end: lead!.end };
  // ("Earlier chief constable Green": a sentence's opening adverb or time word is no organisation)
  // ("Dance teacher Eve Trew": nor a word capitalised only by the sentence start that the entity layer names nothing)
  const oneWord = lead !== undefined && lead.end - lead.start === 1;
  // (a capital inside the word still names something: "EBay president", "Sea-Eye spokesperson", "BT chief")
  // (nor one the article writes in lower case elsewhere, whatever the tagger says: "Open source game developer")
  // (a party's name is no sentence capital: "Conservative deregulation spokesman John Redwood")
  // (after such an opening, the name is not the sentence's first word: "Injured Chelsea striker")
  const w0 = adverbOpening ? lead!.start : s;
  const sentenceCapital = oneWord && !(PARTY_WORDS.has(ctx.low[w0]) && !COMMON_PARTY_WORDS.has(ctx.low[w0])) && (sentenceCapitalOnly(ctx, w0) || (opensSentence(ctx, w0) &&
    writtenLowerCase(ctx, ctx.low[w0]) && !(ctx.entities?.some((m) => m.origin !== 'ner' && m.start === ctx.tokens[w0].start) ?? false)));
  const opener = oneWord && (ctx.vocab.timeWords.has(ctx.low[w0]) || sentenceCapital);
  if (lead && (lead.start === s || adverbOpening) && !opener) {
    // ("Outgoing Leeds chairman": the office's modifier before the organisation is part of the role)
    let from = lead.start;
    while (from < lead.end - 1 && (OTHER_OFFICE.has(ctx.low[from]) || ctx.low[from] === 'retired') && ctx.low[from] !== 'shadow') from++;
    // ("Kenteris' lawyer Gregory Ioannidis": a person's counsel, as with "'s" above; "Former Trump adviser Steve Bannon":
    // a one-word name the entity layers link to a person the article names in full)
    const person = bareApostrophe(ctx, lead.end) ? personRun(ctx, lead) : lead.end - from === 1 && linkedPerson(ctx, { start: from, end: lead.end });
    if (person) {
      info.role = roleText(ctx, a, b) ?? info.role;
      return;
    }
    // ("Conservative Michael Fallon", "Liberal Democrat Charles Kennedy": a party's name alone before the name, no office)
    if (lead.end === b && partyName(ctx, from, b)) {
      info.affiliation = { name: spanText(ctx, from, b), start: ctx.tokens[from].start, end: ctx.tokens[b - 1].end };
      return;
    }
    // ("former England captain Brian Moore": an office word read as a determiner before the organisation too)
    const skipped = ctx.low.slice(a, s).filter((w) => OTHER_OFFICE.has(w) || BODY_MODIFIERS.has(w)).map((w) => `${w} `).join('');
    const office = skipped + (from > lead.start ? `${ctx.text.slice(ctx.tokens[lead.start].start, ctx.tokens[from - 1].end).toLowerCase()} ` : '');
    // ("Conservative Shadow chancellor", "Shadow Europe minister": so is one after it, and a shadow office has no
    // organisation)
    let owner = lead.end;
    while (owner > from && OTHER_OFFICE.has(ctx.low[owner - 1])) owner--;
    // ("Melbourne Lord Mayor candidate Wayne Tseng": a capitalised office ending the run is the role's, not the body's)
    // (not inside an organisation's or party's name: "Association of Chief Police Officers president", "Liberal Democrats'")
    const named = ctx.low.slice(lead.start, lead.end).some((w) => ctx.vocab.orgWords.has(w) || PARTY_WORDS.has(w));
    // ("Bank of England Governor Mervyn King": so is a capitalised office ending the words before the name)
    const officeEnds = lead.end === b && lead.end - lead.start > 1 && roleWord(ctx, ctx.low[b - 1]) && ctx.low.slice(lead.start, b).includes('of');
    if (owner === lead.end && ((lead.end < b && !ctx.cap[lead.end] && isWord(ctx, lead.end) && !named) || officeEnds)) {
      const office = (w: string) => (roleWord(ctx, w) || ctx.vocab.honorifics.has(w)) && !ctx.vocab.orgWords.has(w);
      // (not the name after a link: "House of Representatives Speaker")
      while (owner > from && office(ctx.low[owner - 1]) && !(officeEnds && AFFILIATION_LINKS.has(ctx.low[owner - 2]))) owner--;
    }
    let e = owner;
    if (owner === lead.end) {
      // "Taliban government spokesman": the organisation word stays with the organisation when a role follows
      // ("Liberal Democrat foreign affairs spokesman", "US defence secretary": not an adjective that ends there).
      // (not after a party: "Republican committee member" is a member of a committee, for the Republicans)
      const party = lead.end - lead.start === 1 && PARTY_WORDS.has(ctx.low[lead.start]);
      while (!party && e < b - 1 && ctx.vocab.orgModifiers.has(ctx.low[e]) && !ctx.cap[e]) e++;
      while (e > lead.end && ORG_ADJECTIVES.has(ctx.low[e - 1])) e--;
    }
    // ("Dutch football federation (KNVB) spokesman": a nationality's body named in lower case before the office)
    if (e === lead.end && demonym(ctx, { start: from, end: lead.end })) {
      let t = e;
      while (t < b - 1 && !ctx.cap[t] && isWord(ctx, t) && !roleWord(ctx, ctx.low[t])) t++;
      if (t > e && LOWER_CASE_BODIES.has(ctx.low[t - 1]) && roleText(ctx, t, b)) e = t;
    }
    // ("German Economy minister Wolfgang Clement": a portfolio ending the capitalised words before a lower-case office is
    // the office's)
    // (not a body's name ending in a portfolio: "Department for Work and Pensions spokeswoman")
    if (e === lead.end && e - from >= 2 && e < b && PORTFOLIOS.has(ctx.low[e - 1]) && !ctx.cap[e] && roleWord(ctx, ctx.low[e]) &&
      ctx.low.slice(from, e).every((w, n) => ctx.cap[from + n] && !ctx.vocab.orgWords.has(w) && !ctx.vocab.nounPhraseLinks.has(w))) e--;
    const role = roleText(ctx, e, b);
    // ("a US-based insurance expert", "The Birmingham-born singer": where from is no organisation, nor a nationality before
    // other than a national office, "French inventor Franky Zapata" (before one it is the state served, "Palestinian
    // negotiator"; "Scotsman journalist" is the paper), nor an event, "Olympic heptathlon champion")
    const origin = (e === lead.end && oneWord && ORIGIN_ADJECTIVE.test(ctx.low[s])) ||
      (e > from && demonym(ctx, { start: from, end: e }) && !ctx.low[e - 1].endsWith('man') && (!nationalOffice(role) || playingPosition(role))) ||
      // (a country only before a national office or a place in its team, "New Zealand winger")
      (e > from && country(ctx, { start: from, end: e }) && !nationalOffice(role) && !teamPlace(role)) ||
      // (a town before an occupation is where the person is from: "London teacher Diane Granger", "Brighton nurse"; not a
      // club's player, "Liverpool striker", nor an office, "London mayor")
      (e > from && placeOnly(ctx, { start: from, end: e }) && !country(ctx, { start: from, end: e }) && occupationRole(role)) ||
      (e - from === 1 && EVENT_WORDS.has(ctx.low[from])) ||
      // (nor a field of art, "Hollywood star", "R&B star")
      (e > from && FIELD_NAMES.has(spanText(ctx, from, e).toLowerCase()));
    // (nor a title the role list goes on from, "QC and international law professor", nor one a link goes on from, "Essential
    // Guide to British Quangos 2005 author")
    if (role && e > from && !origin && ctx.low[from] !== 'shadow' && ctx.low[e] !== 'and' && !ctx.vocab.nounPhraseLinks.has(ctx.low[e])) {
      info.affiliation = { name: spanText(ctx, from, e), start: ctx.tokens[from].start, end: ctx.tokens[e - 1].end };
      info.role = office + role;
      // ("Ex-Labour minister Frank Field": a former office in the party, as "former Labour minister")
      const ex = /^[Ee]x-(?=\p{Lu})/u.exec(info.affiliation.name);
      if (ex) {
        info.affiliation = { ...info.affiliation, name: info.affiliation.name.slice(ex[0].length), start: info.affiliation.start + ex[0].length };
        info.role = `ex-${info.role}`;
      }
      return;
    }
  }
  // ("Police director Vladimir Rebic": the sentence's capital on a common noun)
  const role = roleText(ctx, a, b);
  if (role) info.role = lowerOpening(ctx, a, role);
  // ("US Secretary of State Mike Pompeo": the state a capitalised title with a link opens serves)
  // (a place the entity layer names, then title words only: not "The general secretary of the RMT union (…)")
  const titleWords = ctx.low.slice(a, b).every((w, n) => ctx.cap[a + n] || w === 'of' || w === 'for' || w === 'the' || w === 'and');
  const placeFirst = (ctx.entities ?? []).some((m) => m.label === 'LOC' && m.start === ctx.tokens[a].start);
  const state = role && !info.affiliation && b - a > 2 && placeFirst && titleWords && ctx.low.slice(a, b).includes('of') ? stateOpening(ctx, { start: a, end: b }) : undefined;
  if (state && state.start === a) {
    info.affiliation = runAffiliation(ctx, state);
    info.role = roleText(ctx, state.end, b) ?? info.role;
    return;
  }
  // ("President of Argentina Alberto Fernández", "Mayor of London Sadiq Khan": a place the entity layer knows, or a body
  // named as one, after the title's link; not a portfolio, "Minister of Defence", "Secretary of Foreign Affairs")
  const served = info.affiliation ? undefined : affiliationAfterLink(ctx, a, b);
  const place = (m: { label: string; start: number; end: number }) => m.label === 'LOC' && m.start === served?.start && m.end === served.end;
  const body = served !== undefined && /\s/.test(served.name) && served.name.split(/\s+/).some((w) => ctx.vocab.orgWords.has(w.toLowerCase()));
  if (served && ((ctx.entities?.some(place) ?? false) || body)) {
    info.affiliation = served;
  }
}

/** Whether token `s` opens its sentence, has no capital inside ("EBay", "Sea-Eye" have) and the entity layer names
 *  nothing there: its capital is the sentence's only. */
function sentenceCapitalOnly(ctx: QuoteContext, s: number): boolean {
  return ctx.entities !== undefined && opensSentence(ctx, s) && !/\p{Lu}/u.test(ctx.surf[s].slice(1)) &&
    !ctx.entities.some((m) => m.start <= ctx.tokens[s].start && ctx.tokens[s].end <= m.end) && !capitalisedInside(ctx, s);
}

/** Whether the article writes the word at `s` capitalised inside a sentence, and never in lower case ("European
 *  champions Wasps are set …. Wasps coach Warren Gatland told …"): a name, whatever opens the sentence. */
function capitalisedInside(ctx: QuoteContext, s: number): boolean {
  // (not a kind of body, "Committee chairman", "Party leader": the word alone names none)
  if (ctx.vocab.orgWords.has(ctx.low[s]) || ctx.vocab.roleWords.has(ctx.low[s])) return false;
  let names = namesInside.get(ctx);
  if (!names) {
    // Read once per article: every word written capitalised alone inside a sentence, less those written otherwise too.
    names = new Set<string>();
    const otherwise = new Set<string>();
    for (let k = 0; k < ctx.surf.length; k++) {
      if (!isWord(ctx, k)) continue;
      if (!ctx.cap[k]) {
        otherwise.add(ctx.low[k]);
        continue;
      }
      // (alone, not a word of a longer name — "Lincoln County", "Center for Corporate Governance" — nor of a headline,
      // which capitalises every word)
      const alone = !(ctx.cap[k - 1] && isWord(ctx, k - 1)) && !(ctx.cap[k + 1] && isWord(ctx, k + 1)) && ctx.low[k + 1] !== 'for' && ctx.low[k - 1] !== 'for';
      if (alone && !opensSentence(ctx, k) && ctx.sentenceOf[k] !== 0) names.add(ctx.surf[k]);
    }
    for (const w of [...names]) if (otherwise.has(w.toLowerCase())) names.delete(w);
    namesInside.set(ctx, names);
  }
  return names.has(ctx.surf[s]);
}
const namesInside = new WeakMap<QuoteContext, Set<string>>();

/** Nouns after a name that are the organisation it names ("the Bush-Cheney campaign", "the Taliban government"). */
const ORGANISATION_NOUNS = new Set(['campaign', 'government', 'administration', 'ministry', 'party', 'army', 'regime', 'council', 'police']);

/** Heads of a body a nationality and lower-case words name ("Dutch football federation", "Swiss banking association"). */
const LOWER_CASE_BODIES = new Set(['federation', 'association', 'union', 'council', 'league', 'board', 'committee', 'commission', 'authority']);

/** Nouns that say what kind of organisation the name after them is ("IT firm Dimension Data", "the charity Oxfam"). */
const ORGANISATION_KINDS = new Set(['firm', 'company', 'group', 'consultancy', 'agency', 'charity', 'think-tank', 'watchdog', 'organisation',
  'organization', 'network', 'website', 'magazine', 'newspaper', 'publisher', 'studio', 'label', 'chain', 'retailer', 'maker',
  'manufacturer', 'body', 'bank', 'broker', 'carrier', 'airline', 'operator', 'developer', 'insurer', 'giant', 'union', 'campaign', 'producer', 'distributor', 'regulator', 'supplier', 'station', 'broadcaster', 'channel', 'club', 'team', 'band', 'party', 'institute', 'university', 'school', 'hospital',
  'journal', 'daily', 'weekly', 'tabloid', 'start-up',
  // ("research director at analyst Gartner", "at stockbroker Cazenove"; plural as the City writes them: "at analysts Gartner",
  // "of brokers ING")
  'analyst', 'stockbroker', 'analysts', 'brokers', 'stockbrokers', 'consultants', 'accountants', 'auditors', 'pollsters', 'bankers']);

/** Whether an appositive after a name opens with an owner and its office ("Tesco's CEO for Central Europe", "the
 *  firm's chief executive"). */
function ownedOffice(ctx: QuoteContext, seg: Run): boolean {
  let k = seg.start;
  if (ctx.low[k] === 'the') k++;
  while (k < seg.end && ctx.cap[k] && isWord(ctx, k)) k++;
  return k > seg.start && k < seg.end && ctx.cap[k - 1] && (POSSESSIVE.has(ctx.low[k]) || bareApostrophe(ctx, k)) && roleText(ctx, k + 1, seg.end) !== undefined;
}

/** Whether an appositive after a name is an organisation, alone or before a role ("Blackpool Hotel Association",
 *  "Halifax chief economist", "Nintendo Europe's general manager"), not a person or a nationality. */
function organisationSegment(ctx: QuoteContext, seg: Run): boolean {
  const run = capRuns(ctx, seg.start, seg.end, true)[0];
  if (!run || run.start !== seg.start || personRun(ctx, run) || demonym(ctx, run)) return false;
  // (not a title, "Labour MP for West Ham", "Director of the Media Center", nor a role whose organisation follows a
  // link, "UK economist at Capital Economics": those are read as a role and its "of"/"at" affiliation)
  for (let k = run.start; k < run.end; k++) if (ctx.vocab.roleWords.has(ctx.low[k]) || ctx.vocab.genderedRoles.has(ctx.low[k])) return false;
  if (affiliationAfterLink(ctx, seg.start, seg.end)) return false;
  if (run.end === seg.end) {
    // (a name alone: not one the entity layer calls a person or a place, "Ansheng Liu", "West Virginia University, US")
    const start = ctx.tokens[run.start].start;
    const end = ctx.tokens[run.end - 1].end;
    return !(ctx.entities?.some((m) => (m.label === 'PER' || m.label === 'LOC') && m.start < end && start < m.end) ?? false);
  }
  return isWord(ctx, run.end) && roleText(ctx, run.end, seg.end) !== undefined;
}

const STATE_OFFICES = new Set(['attorney', 'marshal']);

/** The country or nationality the entity layer marks right before a capitalised title that opens the name's run ("U.S." of
 *  "U.S. Senator John McCain"), with the office words before it ("Former U.S. Congressman"), when nothing else stands
 *  between `lo` and them but an article. */
function stateBeforeTitle(ctx: QuoteContext, lo: number, title: Run): { state: Run; from: number } | undefined {
  if (title.start - 1 < lo || STATE_OFFICES.has(ctx.low[title.end - 1])) return undefined;
  const end = ctx.tokens[title.start - 1].end;
  const m = ctx.entities?.find((x) => (x.label === 'LOC' || x.origin === 'demonym') && x.end === end);
  if (!m || (m.origin === 'demonym' && !nationalOffice(spanText(ctx, title.start, title.end)))) return undefined;
  let k = title.start - 1;
  while (k > lo && ctx.tokens[k - 1].start >= m.start) k--;
  if (ctx.tokens[k].start !== m.start) return undefined;
  let from = k;
  while (from > lo && OTHER_OFFICE.has(ctx.low[from - 1]) && isWord(ctx, from - 1)) from--;
  return from === lo || (from === lo + 1 && DEFINITE.has(ctx.low[lo])) ? { state: { start: k, end: title.start }, from } : undefined;
}

/** The country or nationality opening a title after its office words ("UK" of "UK Foreign Secretary", "Turkmen" of
 *  "Turkmen President"), as the entity layer marks it, when a role word follows. */
function stateOpening(ctx: QuoteContext, title: Run): Run | undefined {
  let k = title.start;
  while (k < title.end && OTHER_OFFICE.has(ctx.low[k])) k++;
  if (k >= title.end - 1) return undefined;
  const m = ctx.entities?.find((x) => (x.label === 'LOC' || x.origin === 'demonym') && x.start === ctx.tokens[k].start);
  let e = k;
  if (m) while (e < title.end && ctx.tokens[e].end <= m.end) e++;
  // ("Labour MP Barry Sheerman", "Liberal Democrat leader Charles Kennedy": the party opening the title)
  else if (PARTY_WORDS.has(ctx.low[k])) {
    e = k + 1;
    if (e < title.end - 1 && /^(?:democrats?|dems?|party|cymru)$/.test(ctx.low[e])) e++;
  } else {
    // ("Home Office Minister Des Browne", "Amazon Environmental Research Institute Director Ane Alencar": a body of two
    // or more words; "New Metropolitan Police Commissioner": the sentence's "New" is the office's)
    while (k < title.end - 2 && BODY_MODIFIERS.has(ctx.low[k])) k++;
    const office = ctx.low.slice(k, title.end - 1).findIndex((w) => ctx.vocab.orgWords.has(w) && !PLACE_BODIES.has(w));
    if (office < 1 || ctx.low[k].startsWith('ex-')) return undefined; // (not "Ex-Welsh Office Minister")
    return roleText(ctx, k + office + 1, title.end) !== undefined ? { start: k, end: k + office + 1 } : undefined;
  }
  // (not an office the state names, "US Attorney", "Assistant US Attorney"; a nationality only before a national office)
  if (STATE_OFFICES.has(ctx.low[title.end - 1])) return undefined;
  if (m?.origin === 'demonym' && !nationalOffice(ctx.low[title.end - 1])) return undefined;
  return e > k && e < title.end && roleText(ctx, e, title.end) !== undefined ? { start: k, end: e } : undefined;
}

/** Modifiers of an office that may stand before the organisation it is of ("the presumptive Republican nominee", "New
 *  Metropolitan Police Commissioner"); "acting", "outgoing" and the like are OTHER_OFFICE's. */
const BODY_MODIFIERS = new Set(['presumptive', 'incumbent', 'new', 'incoming']);

/** Organisation words that name a place's government in a title, not a body to be affiliated with ("Virginia State
 *  Attorney General"). */
const PLACE_BODIES = new Set(['state', 'city', 'county', 'province', 'region']);

/** Last words of a role a state's name or nationality may stand before as the affiliation ("Palestinian negotiator",
 *  "Russia's ambassador", "UK Foreign Secretary"); before other roles they only say where someone is from. */
const NATIONAL_OFFICES = new Set(['minister', 'ministers', 'president', 'premier', 'chancellor', 'secretary', 'ambassador', 'envoy', 'official',
  'officials', 'diplomat', 'diplomats', 'negotiator', 'negotiators', 'leader', 'leaders', 'spokesman', 'spokeswoman', 'spokesperson',
  'king', 'queen', 'prince', 'general', 'commander', 'representative', 'delegate', 'consul', 'senator', 'governor', 'mp', 'mps', 'mep',
  'chief', 'head', 'director', 'adviser', 'advisor', 'aide', 'aides', 'authorities', 'judge', 'prosecutor', 'attorney-general',
  'secretary-general', 'director-general', 'regulator', 'officer', 'officers', 'police', 'forces', 'army', 'troops', 'soldiers', 'captain',
  'coach', 'manager', 'team', 'squad', 'international', 'striker', 'player', 'players', 'skipper', 'boss', 'chairman']);
/** Fields of art or industry before a role, not bodies ("Hollywood star", "R&B singer"). */
const FIELD_NAMES = new Set(['hollywood', 'bollywood', 'nollywood', 'broadway', 'r&b', 'britpop', 'motown', 'hip-hop', 'k-pop', 'west end']);
/** Words of a title that name an event, not a body ("Olympic heptathlon champion"). */
const EVENT_WORDS = new Set(['olympic', 'paralympic', 'commonwealth', 'world', 'oscar', 'oscars', 'grammy', 'grammys', 'bafta', 'baftas', 'emmy',
  'emmys']);

function nationalOffice(role: string | undefined): boolean {
  const words = role?.toLowerCase().split(/\s+/) ?? [];
  // (not an office of a body the role names: "Swedish trades union official")
  return words.some((w) => NATIONAL_OFFICES.has(w)) && !words.some((w) => ARTS.has(w) || OFFICE_BODIES.has(w));
}

/** Bodies named inside a role whose office is theirs, not a state's ("trades union official", "party spokesman"). */
const OFFICE_BODIES = new Set(['union', 'unions', 'firm', 'company', 'party', 'charity', 'church']);

/** Places in a national team ("New Zealand winger", "England coach"). */
const TEAM_PLACES = new Set(['winger', 'wingers', 'striker', 'strikers', 'midfielder', 'midfielders', 'defender', 'defenders', 'goalkeeper',
  'goalkeepers', 'keeper', 'player', 'players', 'coach', 'coaches', 'manager', 'skipper', 'full-back', 'fly-half', 'scrum-half', 'flanker',
  'hooker', 'prop', 'lock', 'centre', 'batsman', 'bowler', 'all-rounder', 'forward', 'forwards', 'squad', 'team']);

/** Where a player plays: after a nationality ("The Welsh striker", "the French winger") the player's origin, not a team; after a
 *  country's name ("Wales striker") the national team. */
const PLAYING_POSITIONS = new Set(['winger', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'full-back', 'fly-half', 'scrum-half',
  'flanker', 'hooker', 'prop', 'lock', 'centre', 'batsman', 'bowler', 'all-rounder', 'forward']);

function playingPosition(role: string | undefined): boolean {
  return role !== undefined && PLAYING_POSITIONS.has(role.toLowerCase());
}

function teamPlace(role: string | undefined): boolean {
  return role !== undefined && TEAM_PLACES.has(role.toLowerCase().split(/\s+/).at(-1)!);
}

/** Fields whose directors, producers and chiefs serve no state ("Indian film director Mira Nair"). */
const ARTS = new Set(['film', 'films', 'movie', 'music', 'theatre', 'theater', 'fashion', 'art', 'arts', 'artistic', 'musical', 'festival',
  'casting', 'creative']);


/** Kin: whose these are is a person ("Jarek's younger sister"). */
export const KIN = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'uncle', 'aunt', 'nephew', 'niece',
  'cousin', 'widow', 'widower', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'stepfather', 'stepmother']);

/** Organisation modifiers that are adjectives: an organisation's name never ends with one before a role. */
const ORG_ADJECTIVES = new Set(['foreign', 'defence', 'defense', 'interior', 'health', 'state', 'transition', 'election', 'intelligence']);
const ORIGIN_ADJECTIVE = /-(?:born|based|bred|raised)$/;
const PLACE_LINKS = new Set(['at', 'within', 'inside']);
const SEAT_HOLDERS = new Set(['mp', 'mps', 'msp', 'msps', 'mep', 'meps', 'am', 'candidate', 'senator', 'congressman', 'congresswoman', 'representative']);
/** Parties whose name opens a title ("Labour MP Barry Sheerman", "Tory leader Michael Howard"). */
const PARTY_WORDS = new Set(['labour', 'conservative', 'tory', 'liberal', 'lib', 'dem', 'snp', 'ukip', 'plaid', 'republican', 'democrat', 'democratic', 'green']);
/** Party words that are common adjectives too ("Green activists", "Liberal critics"). */
const COMMON_PARTY_WORDS = new Set(['green', 'liberal', 'lib']);

/** Whether tokens [a, b) are a party's name and nothing else: "Tory", "Republican", "Liberal Democrat" (not a common
 *  adjective alone, "Green", "Liberal"). */
function partyName(ctx: QuoteContext, a: number, b: number): boolean {
  return partyWords(ctx, a, b) && ctx.low.slice(a, b).some((w) => !COMMON_PARTY_WORDS.has(w));
}

/** Whether tokens [a, b) are one or two capitalised party words ("Green", "Liberal Democrat"). */
function partyWords(ctx: QuoteContext, a: number, b: number): boolean {
  return b > a && b - a <= 2 && ctx.low.slice(a, b).every((w, n) => ctx.cap[a + n] && PARTY_WORDS.has(w));
}
/** Nouns before "of" that say where someone comes from ("a native of San Diego"). */
const ORIGIN_NOUNS = new Set(['native', 'natives', 'resident', 'residents', 'citizen', 'citizens']);
/** Honorifics that only a person's name takes. */
/** Titles of peers, whose "of" phrase after the name is the peerage's place ("Lord Steel of Aikwood"). */
const PEERAGE_TITLES = new Set(['lord', 'baroness', 'baron', 'viscount', 'viscountess', 'earl', 'countess', 'marquess']);
const PERSONAL_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'sir', 'lady', 'lord', 'dame', 'baroness', 'baron', 'dr', 'prof']);

/** Whether a capitalised run names a person: a personal honorific opens it, a first name opens a name of two or more
 *  words, or it is one word that ends a person's name the article writes in full ("Kenteris" after "Kostas Kenteris").
 *  The entity layer's label on the run itself is not trusted: its tagger calls many firms before "'s" people
 *  ("Merck's", "Plaid Cymru's"). */
function personRun(ctx: QuoteContext, run: Run): boolean {
  const personal = (w: string) => PERSONAL_HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')) || isFirstName(ctx.vocab, w.toLowerCase());
  if (PERSONAL_HONORIFICS.has(ctx.low[run.start].replace(/\.$/, ''))) return true;
  for (let k = run.start; k < run.end; k++) if (!ctx.cap[k] || !isWord(ctx, k)) return false;
  if (isOrgRun(ctx, run)) return false; // ("Fabian Society")
  const start = ctx.tokens[run.start].start;
  const end = ctx.tokens[run.end - 1].end;
  // ("Red Hat's", "Morgan Stanley's": a firm named like a person, when the entity layer says so)
  if (run.end - run.start >= 2) {
    if (isFirstName(ctx.vocab, ctx.low[run.start])) return !(ctx.entities?.some((m) => m.label === 'ORG' && m.start <= start && end <= m.end) ?? false);
    // ("German Chancellor Angela Merkel": a title before a person's full name)
    if (ctx.entities?.some((m) => m.label === 'PER' && m.start > start && m.end === end && /\s/.test(ctx.text.slice(m.start, m.end)) &&
      isFirstName(ctx.vocab, ctx.text.slice(m.start, m.end).split(/\s+/)[0].toLowerCase()))) return true;
    // ("Hunter Biden's former business partner" beside Joe Biden: a first name the lists lack before a named person's surname)
    return run.end - run.start === 2 && (surnamesOf(ctx).get(ctx.surf[run.start + 1])?.some((first) => first !== ctx.surf[run.start] && personal(first)) ?? false);
  }
  return surnamesOf(ctx).has(ctx.surf[run.start]);
}

/** The surnames of the full names the entity layer marks (a first name or honorific first, or a person label), each
 *  with the first words it follows. */
function surnamesOf(ctx: QuoteContext): Map<string, string[]> {
  let surnames = fullNameSurnames.get(ctx);
  if (!surnames) {
    surnames = new Map();
    const personal = (w: string) => PERSONAL_HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')) || isFirstName(ctx.vocab, w.toLowerCase());
    for (const m of ctx.entities ?? []) {
      const words = ctx.text.slice(m.start, m.end).split(/\s+/);
      if (words.length < 2 || !(personal(words[0]) || m.label === 'PER')) continue;
      const firsts = surnames.get(words.at(-1)!) ?? [];
      firsts.push(words[0]);
      surnames.set(words.at(-1)!, firsts);
    }
    fullNameSurnames.set(ctx, surnames);
  }
  return surnames;
}

/** Whether the entity layers link the one-word run to a person whose full name ends with it and that the article writes
 *  ("Trump" linked to Donald Trump). */
function linkedPerson(ctx: QuoteContext, run: Run): boolean {
  // (whatever the tagger labelled the mention: "Trump adviser" is often MISC)
  const index = ctx.entities?.findIndex((m) => m.start === ctx.tokens[run.start].start && m.end === ctx.tokens[run.end - 1].end) ?? -1;
  if (index < 0 || !ctx.resolution) return false;
  const link = ctx.resolution.links.find((l) => l.mention === index);
  const actor = link?.actorId ? ctx.resolution.actors.find((x) => x.id === link.actorId) : undefined;
  if (actor?.kind !== 'person' || !isFirstName(ctx.vocab, actor.name.split(' ')[0].toLowerCase()) || !actor.name.endsWith(` ${ctx.surf[run.start]}`)) return false;
  // (the article writes the full name too: not a firm or a channel the linker took for someone, "Fox")
  return ctx.entities!.some((m) => m.label === 'PER' && ctx.text.slice(m.start, m.end) === actor.name);
}

/** Per article: the last words of the people's names it writes in full. */
const fullNameSurnames = new WeakMap<QuoteContext, Map<string, string[]>>();

const OBJECT_PRONOUNS = new Map<string, PronounKind>([['him', 'male'], ['her', 'female'], ['them', 'plural']]);

function personWord(v: QuoteContext['vocab'], head: string): boolean {
  return v.roleWords.has(head) || v.genderedRoles.has(head);
}

/** Links inside a capitalised title before a name ("Secretary of State", "Chief Secretary to the Treasury", "Senator from
 *  Vermont", "Special Representative for Iran"). */
const TITLE_LINKS = new Set(['of', 'to', 'from', 'for']);

/** Tokens of a capitalised name run after the "of" or "to" phrase of a title ("State Mike Pompeo" after "Secretary of", "Defence
 *  Ali Karimi" after "Minister of"): the person starts at a known first name, else at the last two tokens. */
function nameAfterTitle(ctx: QuoteContext, run: Run, lo: number): Run | undefined {
  let link = run.start - 1;
  if (link >= lo && ctx.low[link] === 'the') link--;
  // ("Secretary of State Mike Pompeo", "Chief Secretary to the Treasury Paul Boateng")
  // ("Senator from Vermont Bernie Sanders": the state a legislator is from)
  // ("Special Representative for Iran Brian Hook": a portfolio after "for")
  if (link - 1 < lo || !TITLE_LINKS.has(ctx.low[link]) || !ctx.cap[link - 1] || !ctx.vocab.roleWords.has(ctx.low[link - 1])) return undefined;
  const personAt = (t: number) => ctx.entities?.some((m) => m.label === 'PER' && m.start === ctx.tokens[t].start) ?? false;
  for (let t = run.start + 1; t < run.end - 1; t++) if (ctx.vocab.firstNames.has(ctx.low[t]) || personAt(t)) return { start: t, end: run.end };
  // (after "from" only a first name tells where the place ends: "Scientists from the World Wildlife Fund Mexico" are none)
  return run.end - run.start >= 3 && ctx.low[link] !== 'from' ? { start: run.end - 2, end: run.end } : undefined;
}

/** The person after a capitalised title ending a body's name that a link runs through ("Bank of England Governor Mervyn
 *  King", "House of Representatives Speaker Nancy Pelosi"): the run after the link, from after its last title word, when a
 *  person the entity layer or the first names know starts there. */
function nameAfterLinkedTitle(ctx: QuoteContext, run: Run, lo: number): Run | undefined {
  let link = run.start - 1;
  if (link >= lo && ctx.low[link] === 'the') link--;
  if (link - 1 < lo || !AFFILIATION_LINKS.has(ctx.low[link]) || !ctx.cap[link - 1]) return undefined;
  // (the body's words before the title: not "Statements from President Bush", a document's author)
  for (let t = run.end - 2; t > run.start; t--) {
    if (!ctx.vocab.roleWords.has(ctx.low[t])) continue;
    const start = ctx.tokens[t + 1].start;
    const person = isFirstName(ctx.vocab, ctx.low[t + 1]) || (ctx.entities?.some((m) => m.label === 'PER' && m.start === start) ?? false);
    return person ? { start: t + 1, end: run.end } : undefined;
  }
  return undefined;
}

/** Whether a capitalised run is a personal title alone ("Director", "Secretary"; not "Police" or "Officials", which
 *  name a body that "they" may stand for). */
function allRoleWords(ctx: QuoteContext, run: Run): boolean {
  for (let k = run.start; k < run.end; k++) {
    const w = ctx.low[k];
    // ("The Health Minister for the Biobio Region": a portfolio before the office)
    // ("the outgoing European Commissioner": a nationality before it)
    // ("The Senate Minority Leader": a chamber and a title's modifier before it)
    if (k < run.end - 1 && (PORTFOLIOS.has(w) || demonym(ctx, { start: k, end: k + 1 }) || nationalityInName(ctx, k) || TITLE_MODIFIERS.has(w) ||
      CHAMBERS.has(w))) continue;
    if ((!ctx.vocab.roleWords.has(w) && !ctx.vocab.genderedRoles.has(w)) || w.endsWith('s') || COLLECTIVE_ROLES.has(w)) return false;
  }
  return true;
}

/** Portfolios named before an office in a title ("Health Minister", "Foreign Secretary", "Interior Ministry spokesman"). */
const PORTFOLIOS = new Set(['health', 'foreign', 'home', 'interior', 'defence', 'defense', 'finance', 'justice', 'education', 'transport',
  'environment', 'trade', 'culture', 'energy', 'agriculture', 'economy', 'treasury', 'housing', 'communities', 'sports',
  'tourism', 'immigration', 'security', 'information', 'communications', 'industry', 'development', 'welfare', 'work', 'pensions']);

/** Words of a title before its role word that are no body's name ("Senate Minority Whip", "BBC Political Correspondent"). */
const TITLE_MODIFIERS = new Set(['minority', 'majority', 'political', 'affairs', 'monetary', 'economic', 'state', 'deputy', 'assistant', 'acting',
  'interim', 'executive', 'managing', 'general', 'high', 'vice', 'lord']);
/** Chambers whose offices a title names before a name in commas ("The Senate Minority Leader, Chuck Schumer,"). */
const CHAMBERS = new Set(['senate', 'house', 'assembly', 'congressional', 'parliamentary']);
/** States written as letters before an office they name ("US Attorney", "UK Ambassador"). */
const STATE_ABBREVIATIONS = new Set(['us', 'uk', 'u.s.', 'usa']);

/** The organisation opening a capitalised title before its first role word ("Microsoft" of "Microsoft Chairman"): the
 *  words before that role word, all capitalised, the first an organisation's start to the entity layer; no portfolio,
 *  state or nationality ("Foreign Secretary", "UK Trade Secretary" are read elsewhere). */
function firmOpening(ctx: QuoteContext, title: Run): Run | undefined {
  let k = title.start;
  while (k < title.end && !roleWord(ctx, ctx.low[k]) && ctx.cap[k] && isWord(ctx, k)) k++;
  if (k === title.start || k >= title.end || !roleWord(ctx, ctx.low[k])) return undefined;
  const start = ctx.tokens[title.start].start;
  const org = ctx.entities?.some((m) => m.label === 'ORG' && m.start === start) ?? false;
  // (nor a title's own words, "Lord Chief Justice", "Senate Minority Whip", "Monetary Affairs Commissioner", nor the US, whose
  // "US Attorney" is an office it names)
  const portfolio = ctx.low.slice(title.start, k).some((w, n) => PORTFOLIOS.has(w) || OTHER_OFFICE.has(w) || TITLE_MODIFIERS.has(w) ||
    ctx.vocab.honorifics.has(w) || demonym(ctx, { start: title.start + n, end: title.start + n + 1 }));
  const state = STATE_ABBREVIATIONS.has(ctx.low[title.start]) || country(ctx, { start: title.start, end: k });
  return org && !portfolio && !state ? { start: title.start, end: k } : undefined;
}

/** Whether the entity layer names the run a place and nothing else (no organisation starts there). */
function placeOnly(ctx: QuoteContext, run: Run): boolean {
  const start = ctx.tokens[run.start].start;
  const end = ctx.tokens[run.end - 1].end;
  const at = (ctx.entities ?? []).filter((m) => m.start === start && m.end === end);
  return at.length > 0 && at.every((m) => m.label === 'LOC');
}

/** Trades anyone may ply anywhere, which a town before them does not employ ("London teacher", "Brighton nurse"). */
const TRADES = new Set(['teacher', 'nurse', 'doctor', 'student', 'pensioner', 'businessman', 'businesswoman', 'farmer', 'shopkeeper',
  'resident', 'worker', 'mother', 'father', 'housewife', 'lawyer', 'solicitor', 'builder', 'driver', 'mechanic', 'plumber', 'pupil', 'graduate',
  'grandmother', 'grandfather', 'carer', 'midwife', 'vicar', 'priest', 'fan', 'supporter', 'voter', 'landlord', 'engineer',
  // (and the arts and athletics, where a town is a home, not a club: "Devon singer", "Ballymena sprinter"; not "star", "boss"
  // or a place in a team, "Leicester wing")
  'singer', 'actor', 'actress', 'writer', 'author', 'artist', 'poet', 'musician', 'composer', 'novelist', 'photographer', 'designer',
  'sprinter', 'athlete', 'runner', 'hurdler', 'swimmer', 'cyclist', 'rower', 'sailor']);

/** Whether the role is one such trade alone, one word ("teacher", "nurse", "singer"). */
function occupationRole(role: string | undefined): boolean {
  return role !== undefined && !/\s/.test(role) && TRADES.has(role.toLowerCase());
}

/** Whether the run is a country the gazetteer knows ("US voice actor": like a nationality, where someone is from). */
function country(ctx: QuoteContext, run: Run): boolean {
  const start = ctx.tokens[run.start].start;
  const end = ctx.tokens[run.end - 1].end;
  return ctx.entities?.some((m) => m.label === 'LOC' && m.start === start && m.end === end && (m.candidates ?? []).some((c) => c.startsWith('country:'))) ?? false;
}

/** Whether token `k` opens a name the tagger marked MISC with a nationality's ending ("European Commissioner"). */
function nationalityInName(ctx: QuoteContext, k: number): boolean {
  return /(?:an|ese|ish|ch|ic)$/.test(ctx.low[k]) && (ctx.entities?.some((m) => m.label === 'MISC' && m.start === ctx.tokens[k].start) ?? false);
}

/** Whether the run is an organisation the entity layer names that is no state or body of states ("AT&T", not "the EU"). */
function firmMention(ctx: QuoteContext, run: Run): boolean {
  const start = ctx.tokens[run.start].start;
  const end = ctx.tokens[run.end - 1].end;
  const index = (ctx.entities ?? []).findIndex((m) => m.label === 'ORG' && m.start === start && m.end === end);
  if (index < 0) return false;
  const kind = actorOf(ctx, index)?.kind;
  return kind !== 'state' && kind !== 'igo';
}

/** Whether the run is a nationality the entity layer marked ("the American", "the 24-year-old Swiss"): a description,
 *  not a name. */
function demonym(ctx: QuoteContext, run: Run): boolean {
  const start = ctx.tokens[run.start].start;
  const end = ctx.tokens[run.end - 1].end;
  return ctx.entities?.some((m) => m.origin === 'demonym' && m.start === start && m.end === end) ?? false;
}

/** Endings of a nationality adjective ("American", "Chinese", "British", "French", "Israeli"). */
export const NATIONALITY_ENDING = /(?:an|ese|ish|ch|i)$/;

/** Whether the run is a MISC mention ending like a nationality ("American Samoan", "Bosnian Serb"). */
function nationalityMention(ctx: QuoteContext, run: Run): boolean {
  const start = ctx.tokens[run.start].start;
  const end = ctx.tokens[run.end - 1].end;
  return NATIONALITY_ENDING.test(ctx.low[run.end - 1]) && (ctx.entities?.some((m) => m.label === 'MISC' && m.start === start && m.end === end) ?? false);
}

/** Plural person nouns the role vocabulary does not hold ("Friends", "Critics", "Experts"). */
const PLURAL_PEOPLE = new Set(['friends', 'critics', 'experts', 'observers', 'commentators', 'supporters', 'opponents', 'investors',
  'consumers', 'users', 'residents', 'witnesses', 'voters', 'fans', 'campaigners', 'protesters', 'organisers', 'organizers', 'bookmakers',
  'traders', 'officials', 'others', 'sources', 'insiders', 'rebels', 'activists', 'doctors', 'scientists', 'researchers', 'economists']);

/** Whether token `k` is a plural common noun: a plural person noun, or the plural of a role, report, poll or organisation word. */
export function commonPluralNoun(ctx: QuoteContext, k: number): boolean {
  const w = ctx.low[k];
  if (!w.endsWith('s') || w.endsWith('ss') || w.length < 4) return false;
  if (PLURAL_PEOPLE.has(w)) return true;
  const v = ctx.vocab;
  const singulars = [w.slice(0, -1), w.endsWith('ies') ? `${w.slice(0, -3)}y` : '', w.endsWith('es') ? w.slice(0, -2) : ''];
  return singulars.some((x) => x && (v.roleWords.has(x) || v.reportNouns.has(x) || v.pollNouns.has(x) || v.orgWords.has(x) || v.genderedRoles.has(x)));
}

const COLLECTIVE_ROLES = new Set(['police', 'military', 'army', 'government', 'staff', 'management', 'leadership', 'clergy', 'jury', 'court']);

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Whether [a, and) and the words after "and" up to a lower-case office are capitalised names of no person, then a name
 *  ends the phrase at `b`: "Ireland and Munster lock Paul O'Connell" is one person with an office both modify. */
function sharedOfficeModifiers(ctx: QuoteContext, a: number, and: number, b: number): boolean {
  const person = (k: number) => (ctx.entities ?? []).some((m) => m.label === 'PER' && m.start <= ctx.tokens[k].start && ctx.tokens[k].end <= m.end);
  for (let k = a; k < and; k++) if (!ctx.cap[k] || !isWord(ctx, k) || person(k) || roleWord(ctx, ctx.low[k])) return false;
  let r = and + 1;
  while (r < b && ctx.cap[r] && isWord(ctx, r) && !person(r)) r++;
  return r > and + 1 && r + 1 < b && !ctx.cap[r] && roleWord(ctx, ctx.low[r]) && ctx.cap[r + 1];
}

/** The months' names. */
export const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december']);
/** Months that are no one's name ("May" and "June" may be). */
const MONTHS = new Set([...MONTH_NAMES].filter((m) => m !== 'may' && m !== 'june'));
/** A US party and state tag: "R-Fla.", "D-N.Y.", "I-Vt.". */
const PARTY_STATE = /^[RDI]-[A-Z]/;

/** End of the phrase [a, b) before the members it names after ", including" ("Other major unions, including the American
 *  Federation of Teachers,"): they do not name the speaker. */
export function beforeMembers(ctx: QuoteContext, a: number, b: number): number {
  for (let k = a + 1; k + 1 < b; k++) if (ctx.surf[k] === ',' && ctx.low[k + 1] === 'including') return k;
  return b;
}

/** Words for the press between a place and its reports ("UK media reports", "Japanese press reports"). */
const MEDIA_WORDS = new Set(['media', 'press', 'newspaper', 'newspapers', 'news', 'television', 'tv', 'radio']);

/** The segment after an organisation's that the entity layer names as one person, right after a segment ending with an
 *  owner's title ("…, San Diego's chancellor, | Pradeep Khosla"), as the chosen run; else undefined. */
function ownedTitleHolder(ctx: QuoteContext, segments: readonly Run[]): { seg: number; run: Run } | undefined {
  for (let si = 2; si < segments.length; si++) {
    const seg = segments[si];
    const before = segments[si - 1];
    if (RELATIVE_WORDS.has(ctx.low[seg.start]) || RELATIVE_WORDS.has(ctx.low[before.start])) return undefined;
    const person = (ctx.entities ?? []).some((m) => m.label === 'PER' && m.start === ctx.tokens[seg.start].start && m.end === ctx.tokens[seg.end - 1].end);
    const owned = before.end - before.start >= 3 && POSSESSIVE.has(ctx.low[before.end - 2]) && roleWord(ctx, ctx.low[before.end - 1]);
    if (person && owned) return { seg: si, run: { start: seg.start, end: seg.end } };
  }
  return undefined;
}

/** In a description [s, e) such as "a spokesman for the Oxford University Press" or "the mother of the boy", the person
 *  word right before the first "for"/"at"/"of"/"from": the one who speaks, not the body or person after it. */
function linkedPersonHead(ctx: QuoteContext, s: number, e: number): string | undefined {
  for (let k = s + 1; k + 1 < e; k++) {
    if (!PERSON_BODY_LINKS.has(ctx.low[k])) continue;
    return isWord(ctx, k + 1) && !ctx.cap[k - 1] && personWord(ctx.vocab, ctx.low[k - 1]) ? ctx.low[k - 1] : undefined;
  }
  return undefined;
}
const PERSON_BODY_LINKS = new Set(['for', 'at', 'of', 'from']);

/** Who a named person speaks with as a group ("Lee and colleagues", "Lee and co-authors"). */
const COLLEAGUES = new Set(['colleagues', 'co-authors', 'coauthors', 'associates', 'partners', 'collaborators', 'co-workers', 'teammates', 'team-mates']);
const isDashToken = (t: string) => t === '-' || t === '—' || t === '–';

/** Titles one person holds two of, joined by "and" ("President and CEO", "Chairman and Chief Executive"). */
const PAIRED_TITLES = new Set(['president', 'chairman', 'chairwoman', 'chair', 'ceo', 'founder', 'co-founder', 'director', 'chief', 'executive',
  'owner', 'editor', 'publisher', 'secretary', 'treasurer', 'principal', 'dean', 'coo', 'cfo', 'managing']);

/** Read the speaker phrase [a, b) (token indices). */
export function analyseSpeaker(ctx: QuoteContext, a: number, end: number): SpeakerInfo {
  const info = readSpeakerPhrase(ctx, a, end);
  if (info.role?.includes('(')) withoutAbbreviations(ctx, info);
  return info;
}

/** The end of bodies joined by "and" before the last one's abbreviation in brackets ("The Investigative Committee and the
 *  Federal Security Service (FSB)"), which would otherwise be read as the one name; else `b`. */
function withoutClosingAbbreviation(ctx: QuoteContext, a: number, b: number): number {
  if (b - a < 6 || ctx.surf[b - 1] !== ')' || ctx.surf[b - 3] !== '(' || !ctx.cap[b - 2] || ctx.surf[b - 2] !== ctx.surf[b - 2].toUpperCase()) return b;
  // (two bodies, the second with its article: not a name with "and" inside, "World Travel and Tourism Council (WTTC)")
  for (let k = a + 1; k + 1 < b - 3; k++) if (ctx.low[k] === 'and' && ctx.low[k + 1] === 'the') return b - 3;
  return b;
}

/** A body's abbreviation in brackets inside a title ("World Anti-Doping Agency (WADA) chief Dick Pound"). */
const BRACKETED_ABBREVIATION = /\s*\(\p{Lu}[\p{L}\d&.-]*\)/gu;

/**
 * The role without a body's abbreviation in brackets: "(WADA) chief" → "chief", "football federation (KNVB) spokesman" →
 * "football federation spokesman". A role that was only the abbreviation stood after an office read as a body: "Member of
 * Parliament (MP) Ann Clwyd" is a Member of Parliament, of no body named.
 */
function withoutAbbreviations(ctx: QuoteContext, info: SpeakerInfo): void {
  const role = info.role!.replace(BRACKETED_ABBREVIATION, '').trim();
  if (role) info.role = role;
  else if (info.affiliation && roleWord(ctx, info.affiliation.name.split(/\s+/)[0].toLowerCase())) {
    info.role = info.affiliation.name;
    info.affiliation = undefined;
  } else info.role = undefined;
}

function readSpeakerPhrase(ctx: QuoteContext, a: number, end: number): SpeakerInfo {
  const b = withoutClosingAbbreviation(ctx, a, beforeMembers(ctx, a, end));
  const v = ctx.vocab;
  const first = ctx.low[a];
  const text = spanText(ctx, a, b);
  // ("his daughter said …" after "his daughter Nettie Baker": kin owned by a pronoun is as definite)
  const definite = DEFINITE.has(first) || (KIN_OWNERS.has(first) && b - a === 2 && KIN.has(ctx.low[b - 1]));
  const head = ctx.low[b - 1];
  if (b - a === 1 && v.pronouns.has(first)) {
    return { kind: 'pronoun', pronoun: v.pronouns.get(first), name: text, isOrg: false, head: first, definite: true };
  }
  // "According to him, …": an object pronoun as the source of a nominal cue.
  if (b - a === 1 && OBJECT_PRONOUNS.has(first)) {
    return { kind: 'pronoun', pronoun: OBJECT_PRONOUNS.get(first), name: text, isOrg: false, head: first, definite: true };
  }
  // "German Chancellor Gerhard Schroeder and French President Jacques Chirac": two people speak; neither alone does.
  let and = a + 1;
  while (and < b - 1 && ctx.low[and] !== 'and') and++;
  // ("Jennifer Daskal of American University and contributor to Slate" is one person: the second starts with no name)
  // ("… and the Lib Dems", "the British Retail Consortium and accountants KPMG")
  const secondNamed = ctx.cap[and + 1] || ((DEFINITE.has(ctx.low[and + 1]) || roleWord(ctx, ctx.low[and + 1] ?? '')) && ctx.cap[and + 2] === true);
  // ("Both the IMF and World Bank", "the ACLU of Montana and Native American Rights Fund": two organisations, each named as one)
  const body = (run: Run | undefined) => run !== undefined && (isOrgRun(ctx, run) || ctx.low.slice(run.start, run.end).some((w) => ctx.vocab.orgWords.has(w)));
  const leftRun = and < b - 1 ? capRuns(ctx, a, and, true).at(-1) : undefined;
  const twoBodies = leftRun !== undefined && leftRun.end === and && body(leftRun) && body(capRuns(ctx, and + 1, b, true).at(-1));
  // (not names joined before an owner's "'s": "Ernst and Young's Sanjay Mehta")
  const possessive = (w: string) => w === "'s" || w === '’s';
  const owned = and + 2 < b && possessive(ctx.low[and + 2]) && !ctx.low.slice(a, and).some(possessive) && (and - 1 === a || !ctx.cap[and - 2]);
  // (nor two titles of one person: "PG&E President and CEO Andy Vesey")
  const titlePair = and > a && and < b - 1 && PAIRED_TITLES.has(ctx.low[and - 1]) && PAIRED_TITLES.has(ctx.low[and + 1]);
  // (nor two teams or places before one office: "Ireland and Munster lock Paul O'Connell")
  const sharedModifiers = and > a && and < b - 1 && sharedOfficeModifiers(ctx, a, and, b);
  // (nor a portfolio of two fields: "Work and Pensions Secretary Alan Johnson")
  const portfolio = and > a && and < b - 1 && jointPortfolioBefore(ctx, a, and, b);
  // (nor two works a person's "of" joins: "The star of Rain Man and Tootsie")
  const linkedPair = and > a && and < b - 1 && workOfPerson(ctx, a, and);
  if (and < b - 1 && ctx.cap[and - 1] && ctx.cap[b - 1] && secondNamed && !owned && !titlePair && !sharedModifiers && !portfolio && !linkedPair &&
    !ctx.surf.slice(a, b).includes(',') &&
    capRuns(ctx, a, and, false).length > 0 && capRuns(ctx, and + 1, b, false).length > 0 && (twoBodies || !isOrgRun(ctx, { start: a, end: b })) &&
    // ("Procter and Gamble said": one organisation whose name holds "and")
    !(ctx.entities ?? []).some((m) => m.start <= ctx.tokens[and].start && ctx.tokens[and].end <= m.end)) {
    const firms = twoBodies && firmMention(ctx, leftRun!) && firmMention(ctx, capRuns(ctx, and + 1, b, true).at(-1)!);
    return { kind: 'description', name: text, isOrg: false, head: ctx.low[b - 1], definite: false, personHead: false, group: twoBodies || undefined,
      bodies: firms || undefined };
  }
  // ("Biden and others in the Democratic Party warned": a name with others speaks as a group)
  // (not a document by someone and others: "a study conducted by Naomi Martisius and other researchers" is hers)
  const document = ctx.low.slice(a, and).some((w) => v.reportNouns.has(w) || v.pollNouns.has(w));
  // ("Dr Paniccia - and colleagues Haisheng Rong, Richard Jones … -": a name and colleagues, a dash between)
  const nameBefore = and > a && (ctx.cap[and - 1] || (and - 1 > a && isDashToken(ctx.surf[and - 1]) && ctx.cap[and - 2]));
  if (and > a && and < b - 1 && nameBefore && !document && (ctx.low[and + 1] === 'others' || COLLEAGUES.has(ctx.low[and + 1]) ||
    (ctx.low[and + 1] === 'other' && isWord(ctx, and + 2)))) {
    return { kind: 'description', name: text, isOrg: false, head: ctx.low[and + 1], definite: false, personHead: false, group: true };
  }
  // ("Friends, lobbyists and former foes", "Lee, Kim and Ruiz": a list speaks as a group)
  // ("Sony, IBM and Toshiba, which have worked on it for years,": so does one before a relative clause)
  const relative = segmentsOf(ctx, a, b).find((seg, si) => si > 0 && RELATIVE_WORDS.has(ctx.low[seg.start]));
  const listEnd = relative ? relative.start - 1 : b;
  if (ctx.surf.slice(a, listEnd).includes(',') && isSubjectList(ctx, a, listEnd)) {
    return { kind: 'description', name: spanText(ctx, a, listEnd), isOrg: false, head: ctx.low[listEnd - 1], definite: false, personHead: false, group: true };
  }
  const segments = segmentsOf(ctx, a, b);
  // A document speaks when a report noun heads the phrase ("a 2023 UN report") or is followed by its author
  // ("a study by Harvard"); "author of a book on IS-K" in an appositive does not make a person a document.
  const main = segments[0];
  // (a capital that only opens the sentence makes no name: "Polls showed …")
  const common = (k: number) => !ctx.cap[k] || opensSentence(ctx, k);
  let isDocument = (v.reportNouns.has(ctx.low[main.end - 1]) || v.pollNouns.has(ctx.low[main.end - 1])) && common(main.end - 1);
  // (the noun of a document its author's name follows: "a report by analysts Forrester Research")
  let documentNoun: string | undefined;
  for (let i = main.start; i < main.end - 1 && !isDocument; i++) {
    if (v.reportNouns.has(ctx.low[i]) && !ctx.cap[i] && (ctx.low[i + 1] === 'by' || ctx.low[i + 1] === 'from')) {
      isDocument = true;
      documentNoun = ctx.low[i];
    }
    // "A letter sent to Martin Mubanga", "a report published by …": a document described by a participle
    if (v.reportNouns.has(ctx.low[i]) && !ctx.cap[i] && i === main.start + 1 && /(?:ed|sent|written|seen|given|shown)$/.test(ctx.low[i + 1])) isDocument = true;
  }
  // The name: the last capitalised run of the first segment that has one which is not an owner ("Russia's") or
  // the object of a connector ("ambassador to Afghanistan", "of the International Crisis Group").
  let chosen: { seg: number; run: Run; authored?: boolean } | undefined;
  for (let si = 0; si < segments.length && !chosen; si++) {
    const seg = segments[si];
    // ("the 22-year-old, who will make her comeback … in January", "The authorities in the US, who have indicted 19
    // people in Newark, New Jersey": names from a relative clause on are its objects, never the speaker)
    if (si > 0 && RELATIVE_WORDS.has(ctx.low[seg.start])) break;
    const titled = new Set<Run>();
    const runs = capRuns(ctx, seg.start, seg.end, isDocument).map((run) => {
      // "US Secretary of State Mike Pompeo", "Minister of Defence Ali Karimi": the name after a title's "of" phrase
      const person = nameAfterTitle(ctx, run, seg.start) ?? nameAfterLinkedTitle(ctx, run, seg.start);
      if (person) titled.add(person);
      // ("The Bank of England said", "the University of Texas": an organisation word's "of" and the name after it)
      return person ?? organisationOfRun(ctx, run, seg.end) ?? run;
    })
      // (a run that a joined name above runs into goes on from its end: "Bank of Harbour | Governor Mervyn Vale")
      .map((run, ri, all) => (ri > 0 && run.start < all[ri - 1].end ? { start: all[ri - 1].end, end: run.end } : run))
      .filter((run) => run.end > run.start && inNameRun(ctx, run.start)).filter((run) => {
      let before = run.start - 1;
      if (before >= seg.start && ctx.low[before] === 'the') before--;
      if (before >= seg.start && (v.nounPhraseLinks.has(ctx.low[before]) && ctx.low[before] !== 'and')) return false;
      // (nor a name joined by "and" to one after such a link: "The account for The Bernie and Sid Show")
      if (joinedToLinkedName(ctx, run.start, seg.start, seg.end)) return false;
      // ("A union representing flight attendants at bankrupt US Airways", "A spokesman for airline Alitalia": an adjective or a
      // kind of body between the link and the name)
      // (not a person after a field: "director of telecoms research Tony Lavender")
      if (adjectivesAfterLink(ctx, run.start, seg.start) && !personRun(ctx, run) && !fullPersonMentionAt(ctx, run.start)) return false;
      // (nor a person after a title after a relation's link: "A close associate of former Yukos boss Mikhail Khodorkovsky")
      if (relationBeforeTitle(ctx, run.start - 1, seg.start)) return false;
      // (and every run after such a preposition: "the director behind JFK, Platoon and Born on the Fourth of July")
      if (ctx.low.slice(seg.start, run.start).some((w) => OBJECT_PREPOSITIONS.has(w))) return false;
      // ("Opinion polls did not show …": a lone sentence-initial capital before a lower-case noun is no name)
      const initial = run.end - run.start === 1 && opensSentence(ctx, run.start);
      const opener = initial && run.end < seg.end && !ctx.cap[run.end] && isWord(ctx, run.end) && !POSSESSIVE.has(ctx.low[run.end]);
      // ("Analysts said", "Friends posted …": a plural common noun capitalised only by the sentence start is no name —
      // nor a "he" later)
      const commonPlural = initial && commonPluralNoun(ctx, run.start);
      // ("Sen. Marco Rubio (R-Fla.)": a party and state in parentheses annotate the name before them; an acronym there
      // names the organisation before it and is resolved like it)
      const partyTag = run.start - 1 >= seg.start && ctx.surf[run.start - 1] === '(' && PARTY_STATE.test(ctx.surf[run.start]);
      // ("A court document filed Thursday": a weekday names nobody; "Day", "June" and "May" may be names)
      // (nor a month in a document's phrase, "the March survey found", "The budget for the fiscal year starting on 21 March", or
      // after a day's number, "on 3-5 December")
      const time = run.end - run.start === 1 && (WEEKDAYS.has(ctx.low[run.start]) ||
        (MONTH_NAMES.has(ctx.low[run.start]) && (isDocument || (run.start > seg.start && ctx.tokens[run.start - 1].kind === 'number'))));
      // ("The barrister who had represented Mr Martin": a name inside a description's restrictive relative clause is its
      // object, not the speaker)
      const described = !ctx.cap[seg.start] || v.determiners.has(ctx.low[seg.start]);
      const inRelative = described
        ? ctx.low.slice(seg.start + 1, run.start).some((w, n) => RELATIVE_WORDS.has(w) && w !== 'whose' && !ctx.cap[seg.start + n]) : false;
      // ("The five unions meeting Mr Prescott", "The group representing Tom Hart": nor one after a participle of the
      // description's noun)
      const afterParticiple = described && participleOfNoun(ctx, run.start - 1, seg.start);
      // ("Kostas Kenteris' lawyer": the bare apostrophe of a name ending in s is a possessive too)
      const owner = run.end < seg.end && (POSSESSIVE.has(ctx.low[run.end]) || bareApostrophe(ctx, run.end));
      // ("A tweet sent from Joe Biden's Twitter account": a platform names where it was said, not who said it)
      const platform = run.end - run.start === 1 && PLATFORMS.has(ctx.low[run.start]) && run.end < seg.end && !ctx.cap[run.end];
      // ("the RMT union (National Union of Rail, Maritime and Transport Workers), Mick Cash": a gloss in brackets that
      // holds a comma; an acronym there, "(ONS)", names the body as before)
      let open = run.start - 1;
      while (open >= seg.start && ctx.surf[open] !== '(') open--; // (within the segment: a search to the article's start cost)
      const close = open >= seg.start ? ctx.surf.indexOf(')', open) : -1;
      const bracketed = open >= seg.start && (close < 0 || close >= run.end) && ctx.surf.slice(open, close < 0 ? seg.end : close).includes(',');
      // ("The American Samoan delegate to …, Aumua Amata,": a nationality the tagger gave another label, before a role noun)
      const nationalAdjective = run.end < seg.end && !ctx.cap[run.end] && roleWord(ctx, ctx.low[run.end]) && nationalityMention(ctx, run);
      return !opener && !commonPlural && !demonym(ctx, run) && !nationalAdjective && !partyTag && !time && !inRelative && !afterParticiple && !owner && !platform &&
        !bracketed;
    }).filter((run, ri, all) => {
      // "Ann Lee of the firm Acme": a run after an earlier name and an affiliation link is the affiliation.
      if (ri === 0 || titled.has(run)) return true;
      // ("Lord of the Rings director Peter Jackson": a name right after a role word is the person)
      if (!ctx.cap[run.start - 1] && v.roleWords.has(ctx.low[run.start - 1])) return true;
      // ("the Bavarian State Ministry of Public Health in Munich, Germany": after an organisation's name holding its "of", only
      // the words going on from it, "Bank of Harbour Governor Mervyn Vale")
      if (organisationBeforeOf(ctx, all[0])) return run.start === all[0].end;
      // ("Real Madrid director of sport Emilio Butragueno": a role's field in lower case after its "of", then the name)
      const link = ctx.low.slice(all[0].end, run.start).findIndex((w) => AFFILIATION_LINKS.has(w)) + all[0].end;
      const person = personRun(ctx, run) || (ctx.entities?.some((m) => m.label === 'PER' && m.start === ctx.tokens[run.start].start) ?? false);
      if (person && link > all[0].end && roleWord(ctx, ctx.low[link - 1]) && ctx.low.slice(link + 1, run.start).every((w, n) =>
        !ctx.cap[link + 1 + n] && isWord(ctx, link + 1 + n) && !v.determiners.has(w))) return true;
      for (let k = all[0].end; k < run.start; k++) if (AFFILIATION_LINKS.has(ctx.low[k])) return false;
      return true;
    });
    // ("Bob Woodward's book revealed …", "The UN's latest report": a document's owner is its author)
    const author = isDocument ? documentOwner(ctx, seg.start, seg.end) : undefined;
    if (author) chosen = { seg: si, run: author, authored: true };
    else if (runs.length) chosen = { seg: si, run: runs[runs.length - 1] };
  }
  // ("UK media reports say": the country the papers are in wrote no report)
  if (chosen && isDocument && !chosen.authored && MEDIA_WORDS.has(ctx.low[chosen.run.end] ?? '') && placeRun(ctx, chosen.run)) chosen = undefined;
  // ("University of California, San Diego's chancellor, Pradeep Khosla, said": an organisation, then an owned title, then
  // the person who holds it)
  if (chosen && chosen.seg === 0 && !isDocument && (isOrgRun(ctx, chosen.run) || organisationBeforeOf(ctx, chosen.run))) {
    const holder = ownedTitleHolder(ctx, segments);
    if (holder) chosen = holder;
  }
  if (!chosen) {
    // "The mayor, who faces a vote": the description is the first segment; appositives and relative clauses follow.
    // ("an IMF official in a briefing": not the occasion)
    const name = segments.length > 1 && !isDocument ? spanText(ctx, main.start, main.end) : isDocument ? text : spanText(ctx, a, occasionCut(ctx, a, b));
    // ("the American", "The Brazilian": a nationality as the head is a person)
    const nationality = b - 1 >= a && demonym(ctx, { start: b - 1, end: b });
    // ("A spokesman for the Oxford University Press": the person word before the body's link heads the phrase)
    const personBeforeLink = isDocument ? undefined : linkedPersonHead(ctx, main.start, main.end);
    // ("The MP, who is consulting his lawyers": the head of the description, not of the clause after it)
    const own = personBeforeLink ?? (segments.length > 1 && !isDocument ? ctx.low[main.end - 1] : head);
    const info: SpeakerInfo = { kind: isDocument ? 'document' : 'description', name, isOrg: isDocument, head: own, definite,
      personHead: personWord(v, own) || nationality, occupation: v.occupations.has(own), nationality };
    const g = v.genderedRoles.get(own);
    if (g) info.gender = g;
    // ("The Australian firm", "the UK bank": a modifier that is a place or its people's adjective says where, not which)
    const places = ctx.low.slice(main.start + 1, main.end - 1).filter((w, n) => ctx.cap[main.start + 1 + n] && (ctx.entities?.some((m) =>
      (m.origin === 'demonym' || m.label === 'LOC') && m.start <= ctx.tokens[main.start + 1 + n].start && ctx.tokens[main.start + 1 + n].end <= m.end) ?? false));
    if (places.length) info.placeModifiers = places;
    for (const seg of segments) fromPrefix(ctx, seg.start, seg.end, info);
    // ("A spokesman for Unison, Britain's biggest union": the body the person word is linked to, which the appositive
    // after it describes)
    const linked = personBeforeLink !== undefined && segments.length > 1 ? affiliationAfterLink(ctx, main.start, main.end) : undefined;
    if (linked) info.affiliation = linked;
    // (not from a relative clause set off after it: "The firm, which is to receive a payment from Chelsea, said")
    const relative = segments.findIndex((seg, n) => n > 0 && RELATIVE_WORDS.has(ctx.low[seg.start]));
    info.affiliation ??= affiliationAfterLink(ctx, a, relative > 0 ? segments[relative].start - 1 : b);
    if (!info.role) info.role = roleText(ctx, a, b);
    // (a document holds no office: "a statement posted to his official Twitter account")
    if (isDocument) delete info.role;
    return info;
  }
  let chosenSeg = segments[chosen.seg];
  let tail = chosenSeg.end - 1;
  // ("Republican state representative Terri Collins who sponsored the bill": a relative clause right after the name, with no
  // comma, says more of the person, not of a description)
  if (chosen.run.end <= tail && (ctx.low[chosen.run.end] === 'who' || ctx.low[chosen.run.end] === 'whose')) tail = chosen.run.end - 1;
  // ("A UN official in Geneva", "An Al Jazeera reporter in Kenya": a place after the description's head ends it)
  let place = tail;
  while (place > chosen.run.end && ctx.cap[place] && isWord(ctx, place)) place--;
  // ("the Labour MP for Salford", "the Tory minister for Europe": a seat or a portfolio after the office)
  // (not before a name: "Labour MP for Salford Hazel Blears")
  let seatOrPortfolio = ctx.low[place] === 'for' && roleWord(ctx, ctx.low[place - 1] ?? '');
  for (let k = place + 1; seatOrPortfolio && k <= tail; k++) if (personStartsAt(ctx, k)) seatOrPortfolio = false;
  if (place < tail && place - 1 >= chosen.run.end && (LOCATED_LINKS.has(ctx.low[place]) || seatOrPortfolio) && !ctx.cap[place - 1] && isWord(ctx, place - 1) &&
    (roleWord(ctx, ctx.low[place - 1]) || commonPluralNoun(ctx, place - 1))) tail = place - 1; // ("Roman Catholic organisations in India")
  // ("The Director of National Intelligence, Dan Coats": a run of title words alone names nobody either)
  const titleOnly = !isDocument && allRoleWords(ctx, chosen.run);
  if (titleOnly || (!isDocument && !ctx.cap[tail] && isWord(ctx, tail) && chosen.run.end <= tail)) {
    // "A UN official, Ann Lee,": the later appositive that opens with a name is the person.
    const later = segments.findIndex((seg, si) => si > chosen!.seg && ctx.cap[seg.start] && !v.determiners.has(ctx.low[seg.start]));
    const run = later > 0 ? capRuns(ctx, segments[later].start, segments[later].end, false)[0] : undefined;
    if (run && run.start === segments[later].start) {
      chosen = { seg: later, run };
      chosenSeg = segments[later];
      tail = chosenSeg.end - 1;
    }
  }
  if (titleOnly && allRoleWords(ctx, chosen.run)) {
    // "The Secretary of State said": a title with no name is a description.
    // ("Pakistan's High Commissioner to Britain": the owner before it is the body served)
    const owner = chosen.run.start - 2 === chosenSeg.start && POSSESSIVE.has(ctx.low[chosen.run.start - 1]) && ctx.cap[chosenSeg.start]
      ? runAffiliation(ctx, { start: chosenSeg.start, end: chosenSeg.start + 1 }) : undefined;
    const described: SpeakerInfo = { kind: 'description', name: spanText(ctx, chosenSeg.start, chosenSeg.end), isOrg: false, head, definite, personHead: true,
      role: owner ? roleText(ctx, chosen.run.start, chosenSeg.end) : roleText(ctx, chosenSeg.start, chosenSeg.end) };
    if (owner) described.affiliation = owner;
    return described;
  }
  // ("A Department for Constitutional Affairs spokeswoman": a body's name running through its link, then the person word)
  const bodyThenPerson = ctx.vocab.orgWords.has(ctx.low[chosen.run.end - 1]) && roleWord(ctx, ctx.low[tail]);
  if (!isDocument && chosen.run.end <= tail && !ctx.cap[tail] && isWord(ctx, tail) &&
      ((ctx.low[chosen.run.end] !== 'of' && !AFFILIATION_LINKS.has(ctx.low[chosen.run.end])) || bodyThenPerson) &&
      // "A UN official, speaking on condition …" stays a description; "A UN official, Ann Lee," names her.
      segments.slice(chosen.seg + 1).every((seg) => !ctx.cap[seg.start] || v.determiners.has(ctx.low[seg.start]))) {
    // "a UN counter-terrorism official", "Trump campaign aides": a description carrying an organisation.
    const name = segments.length > 1 ? spanText(ctx, chosenSeg.start, chosenSeg.end) : spanText(ctx, a, occasionCut(ctx, a, b));
    const info: SpeakerInfo = { kind: 'description', name, isOrg: false, head, definite, personHead: personWord(v, head), occupation: v.occupations.has(head) };
    const g = v.genderedRoles.get(head);
    if (g) info.gender = g;
    fromPrefix(ctx, a, b, info);
    return info;
  }
  // ("Tory Michael Howard", "Liberal Democrat Charles Kennedy", one name to the entity layer: the party before a first name
  // is the prefix's; "Green" there is no name either, whether party or adjective)
  for (const words of [1, 2]) {
    const first = chosen.run.start + words;
    if (chosen.run.end - first >= 2 && partyWords(ctx, chosen.run.start, first) && isFirstName(v, ctx.low[first])) {
      chosen = { ...chosen, run: { start: first, end: chosen.run.end } };
      break;
    }
  }
  const { run: nameRun, gender: honorificGender, title, titleRun, byFirstName, bySurname } = stripHonorifics(ctx, chosen.run);
  const seg = segments[chosen.seg];
  const info: SpeakerInfo = {
    kind: isDocument ? 'document' : 'named',
    name: spanText(ctx, nameRun.start, nameRun.end),
    nameSpan: { start: ctx.tokens[nameRun.start].start, end: ctx.tokens[nameRun.end - 1].end },
    // ("Iraq's Ministry of Communications": an organisation's word before its "of" too)
    isOrg: isDocument || isOrgRun(ctx, nameRun) || organisationBeforeOf(ctx, nameRun) ||
      (definite && chosen.run.start === a + 1 && nameRun.start === chosen.run.start),
    head,
    definite,
  };
  if (byFirstName) info.byFirstName = true;
  if (bySurname) info.bySurname = true;
  if (chosen.authored) info.authored = true;
  if (documentNoun) info.documentNoun = documentNoun;
  // (a first name only before a surname: a name of one word is a surname — "Arnold", "Warren", "Raymond" — whatever
  // first name it matches)
  info.gender = honorificGender ?? (nameRun.end - nameRun.start > 1 ? v.firstNames.get(ctx.low[nameRun.start]) : undefined);
  if (!info.isOrg) {
    fromPrefix(ctx, seg.start, chosen.run.start, info);
    if (title && !info.role) {
      // ("Trade and Industry Secretary Patricia Hewitt": the portfolio's first field before "and" is the title's too)
      const joint = titleRun ? jointPortfolioStart(ctx, seg.start, titleRun) : -1;
      info.role = joint >= 0 ? spanText(ctx, joint, titleRun!.end) : title;
      // ("UK Foreign Secretary Jack Straw", "Turkmen President Saparmurat Niyazov": the state served is the affiliation)
      const state = titleRun && joint < 0 && !info.affiliation ? stateOpening(ctx, titleRun) : undefined;
      if (state) {
        info.affiliation = runAffiliation(ctx, state);
        const office = ctx.low.slice(titleRun!.start, state.start).map((w) => `${w} `).join('');
        info.role = office + (roleText(ctx, state.end, titleRun!.end) ?? title);
      }
      // ("Microsoft Chairman Bill Gates", "Exhibitor Relations President Paul Dergarabedian": an organisation the entity layer
      // names opening the capitalised title, before its first role word)
      const firm = titleRun && joint < 0 && !info.affiliation ? firmOpening(ctx, titleRun) : undefined;
      if (firm) {
        info.affiliation = runAffiliation(ctx, firm);
        info.role = roleText(ctx, firm.end, titleRun!.end) ?? title;
      }
      // ("U.S. Senator John McCain", "Former U.S. Congressman Tom Tancredo": the state before a title the name's run opens with)
      const served = titleRun && joint < 0 && !info.affiliation ? stateBeforeTitle(ctx, seg.start, titleRun) : undefined;
      if (served) {
        info.affiliation = runAffiliation(ctx, served.state);
        info.role = ctx.low.slice(served.from, served.state.start).map((w) => `${w} `).join('') + info.role;
      }
    }
    if (!info.gender) {
      // (not inside a relative clause: "Bosworth, who came with her boyfriend Orlando Bloom")
      for (let i = a; i < b && !RELATIVE_WORDS.has(ctx.low[i]); i++) {
        const g = v.genderedRoles.get(ctx.low[i]);
        if (g) info.gender = g;
      }
    }
    // ("Polish leader Jarosław Kaczyński of the conservative Law and Justice Party": the party named after the name, not
    // the state before it)
    // ("Lord Faulkner of Worcester", "Baroness Kennedy of The Shaws": a peer's "of" names the peerage's place, no body)
    const peerage = PEERAGE_TITLES.has(ctx.low[chosen.run.start]) && ctx.low[nameRun.end] === 'of';
    const after = !peerage && (!info.affiliation || stateAffiliation(ctx, info.affiliation)) ? affiliationAfterLink(ctx, nameRun.end, seg.end) : undefined;
    if (after && !stateAffiliation(ctx, after)) info.affiliation = after;
    else info.affiliation ??= after;
    // Other segments are appositives: "Tricia Bacon, of the Center for …", "…, the campaign's press secretary".
    for (let si = 0; si < segments.length; si++) {
      if (si === chosen.seg) continue;
      const other = segments[si];
      // ("Denzel Washington, who paid for Boseman to attend …": a relative clause names no affiliation, but for whom
      // someone works or plays: "IM Dorsa Derakhshani, who … plays for the United States Chess Federation")
      if (RELATIVE_WORDS.has(ctx.low[other.start])) {
        info.affiliation ??= employerInRelative(ctx, other.start, other.end);
        // ("Peter Nielson, who is UKIP Scotland chairman,", "who is also the head of …": an office the copula gives)
        let s = other.start + 1;
        if (ctx.low[other.start] === 'who' && COPULAS.has(ctx.low[s]) && !info.role) {
          s++;
          while (s < other.end && RELATIVE_ADVERBS.has(ctx.low[s])) s++;
          // (a noun phrase, not a verb's participle, "who is filming a remake", "who were joined by"; to a second verb, "a
          // member of the committee and was part of …")
          let e = s + 1;
          while (e < other.end && !(ctx.low[e] === 'and' && VERB_AFTER_AND.has(ctx.low[e + 1] ?? ''))) e++;
          const office: SpeakerInfo = { ...info, role: undefined, affiliation: undefined };
          const nounPhrase = s < other.end && (ARTICLES.has(ctx.low[s]) || ctx.cap[s] || roleWord(ctx, ctx.low[s])) &&
            !FIRSTS.has(ctx.low[ARTICLES.has(ctx.low[s]) ? s + 1 : s] ?? '');
          if (nounPhrase) fromPrefix(ctx, s, e, office);
          // (an office named at once, not "the first woman to be Commons Speaker")
          const headWord = office.role?.split(/\s+/).slice(0, MAX_OFFICE_LEAD + 1).some((w) => roleWord(ctx, w.toLowerCase())) ?? false;
          if (office.role && headWord) {
            info.role = office.role;
            info.affiliation ??= office.affiliation ?? affiliationAfterLink(ctx, s, other.end);
          }
        }
        continue;
      }
      if (si < chosen.seg) {
        fromPrefix(ctx, other.start, other.end, info);
        // ("A member of the Tunisian Parliament, Samir Dilou"; not a title, "Director of Public Prosecutions, Ken Macdonald")
        if (v.determiners.has(ctx.low[other.start]) && !ctx.cap[other.start + 1]) info.affiliation ??= affiliationAfterLink(ctx, other.start, other.end);
      }
      // ("Matt Simister, Tesco's CEO for Central Europe": the owner, not the region after "for")
      else if (!info.affiliation && !info.role && ownedOffice(ctx, other)) fromPrefix(ctx, other.start, other.end, info);
      else if (!info.affiliation && !info.role && organisationSegment(ctx, other)) {
        fromPrefix(ctx, other.start, other.end, info);
        if (!info.role) info.affiliation ??= runAffiliation(ctx, other);
      }
      // ("Hiten Mehta, manager of merchant banking firm, Fortune Financial Services": the firm named after the office's kind of
      // body; the office ends before it)
      else if (!info.affiliation && si > 0 && si - 1 !== chosen.seg && organisationSegment(ctx, other) &&
        COMPANY_HEADS.has(ctx.low[segments[si - 1].end - 1])) {
        info.affiliation = runAffiliation(ctx, other);
      }
      else {
        const unaffiliated = info.affiliation === undefined;
        // ("Yangtze Electric Power, the operator of China's Three Gorges Dam,": what a body runs or makes is no body it belongs to)
        const operated = (info.isOrg || !personRun(ctx, nameRun)) && ARTICLES.has(ctx.low[other.start]) && OPERATOR_NOUNS.has(ctx.low[other.start + 1] ?? '');
        if (!operated) info.affiliation ??= affiliationAfterLink(ctx, other.start, other.end);
        // ("Ex-Prime Minister Donald Tusk, the current President of the European Council": the office that body goes with,
        // not the former one)
        // ("Professor Jean-Jacques Muyembe, Director General of the Institut National …": the office, not the academic rank)
        // (up to the link before that body: "head of information systems at Cranfield University")
        const ranked = ACADEMIC_RANKS.has(info.role?.toLowerCase() ?? '');
        let officeEnd = other.end;
        if (ranked && info.affiliation) {
          const at = ctx.tokens.findIndex((t) => t.start === info.affiliation!.start);
          // (the body named in this appositive only)
          officeEnd = at > other.start && at < other.end ? at : other.start;
          while (officeEnd > other.start && !AFFILIATION_LINKS.has(ctx.low[officeEnd - 1])) officeEnd--;
          officeEnd--;
        }
        const office = unaffiliated && info.affiliation && (/^(?:ex-|former\s)/i.test(info.role ?? '') || (ranked && officeEnd > other.start))
          ? roleText(ctx, other.start, officeEnd) : undefined;
        if (office) info.role = office;
        // ("John Wilkin, a University of Michigan librarian": the organisation before the role)
        // ("Donald Trump, the presumptive Republican presidential nominee": an office modifier before it)
        const body = BODY_MODIFIERS.has(ctx.low[other.start + 1]) ? other.start + 2 : other.start + 1;
        if (!info.affiliation && !info.role && ARTICLES.has(ctx.low[other.start]) && ctx.cap[body]) fromPrefix(ctx, other.start, other.end, info);
        // ("incumbent President Donald Trump, the presumptive Republican presidential nominee": a title before the name
        // gave the role; the appositive still gives the organisation)
        else if (!info.affiliation && info.role && ARTICLES.has(ctx.low[other.start]) && ctx.cap[body]) {
          const appositive: SpeakerInfo = { ...info, role: undefined, affiliation: undefined };
          fromPrefix(ctx, other.start, other.end, appositive);
          if (appositive.affiliation && appositive.role) info.affiliation = appositive.affiliation;
        }
        // ("Vivendi, its chief executive Jean-Rene Fourtou and …": a title before another person's name is that person's)
        if (!titledPersonIn(ctx, other.start, other.end)) info.role ??= roleText(ctx, other.start, other.end);
      }
    }
  }
  // ("Spider-Man creator Stan Lee", "Harry Potter author …": the work a person made or stars in is no organisation, unless
  // the entity layer calls it one)
  // (a title before the name only: "Professor David Vale of the University of Leeds" keeps the university; a club a place
  // names stays: "Barcelona star Ronaldinho")
  const aff = info.affiliation;
  if (aff && info.nameSpan && aff.end <= info.nameSpan.start && WORK_ROLES.has((info.role ?? '').toLowerCase().split(/\s+/).at(-1) ?? '') &&
    !ctx.entities?.some((m) => (m.label === 'ORG' || m.label === 'LOC') && m.start <= aff.start && aff.end <= m.end)) {
    info.affiliation = undefined;
    if (ctx.text.slice(aff.end, aff.end + 1 + (info.role?.length ?? 0)) === ` ${info.role}`) info.role = `${aff.name} ${info.role}`; // ("Spider-Man creator")
  }
  return info;
}

/** Whether the appositive [a, b) names a person right after a role word, with no link word before it ("its chief executive
 *  Jean-Rene Fourtou"; not "an adviser to President George Bush" nor "a lawyer representing Mr Abbasi", whose person the
 *  office serves). */
function titledPersonIn(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    if (ROLE_OPENING_LINKS.has(ctx.low[k])) return false;
    if (ctx.cap[k] && !ctx.cap[k - 1] && roleWord(ctx, ctx.low[k - 1]) && fullPersonMentionAt(ctx, k)) return true;
  }
  return false;
}

/** Whether the entity layer names a person with two words or more from token `k` ("Praful Patel"; a one-word "person"
 *  may be a firm the tagger misread). */
export function fullPersonMentionAt(ctx: QuoteContext, k: number): boolean {
  return ctx.entities?.some((m) => m.label === 'PER' && m.start === ctx.tokens[k].start && /\s/.test(ctx.text.slice(m.start, m.end))) ?? false;
}

/** Whether the capitalised words before "and" at `and` follow the "of" of a lower-case occupation ("The star of Rain Man
 *  | and Tootsie"): the person's works, not a body or a place ("the MP for Sleaford and …", "Federation of the Red Cross
 *  and …"). */
function workOfPerson(ctx: QuoteContext, a: number, and: number): boolean {
  let j = and - 1;
  while (j - 1 >= a && ctx.cap[j - 1] && isWord(ctx, j - 1)) j--;
  return j < and && j - 2 >= a && ctx.low[j - 1] === 'of' && !ctx.cap[j - 2] && ctx.vocab.occupations.has(ctx.low[j - 2]);
}

/** Whether the run at `start` follows "and" after a capitalised name that a noun phrase's link leads to ("for The Bernie |
 *  and | Sid Show"). */
export function joinedToLinkedName(ctx: QuoteContext, start: number, segStart: number, segEnd: number): boolean {
  const and = start - 1;
  if (and - 1 < segStart || ctx.low[and] !== 'and' || !ctx.cap[and - 1]) return false;
  let j = and - 1;
  while (j - 1 >= segStart && ctx.cap[j - 1] && isWord(ctx, j - 1)) j--;
  let before = j - 1;
  if (before >= segStart && ctx.low[before] === 'the') before--;
  // (not modifiers of a noun after them: "Ministers from European and Asian governments")
  let e = start;
  while (e < segEnd && ctx.cap[e] && isWord(ctx, e)) e++;
  if (e < segEnd && isWord(ctx, e) && !ctx.cap[e]) return false;
  return before >= segStart && ctx.vocab.nounPhraseLinks.has(ctx.low[before]) && ctx.low[before] !== 'and';
}

/** Most lower-case words between a description's link and the name after it ("at bankrupt US Airways"). */
const MAX_LINKED_ADJECTIVES = 2;

/** Whether one or two lower-case words that are no role, link or determiner (an adjective, a kind of body: "airline")
 *  stand between a link of a description (one opening with a determiner or in lower case) and the run at `start`. */
export function adjectivesAfterLink(ctx: QuoteContext, start: number, segStart: number): boolean {
  if (ctx.cap[segStart] && !ctx.vocab.determiners.has(ctx.low[segStart])) return false;
  for (let k = start - 1; k >= segStart && start - k <= MAX_LINKED_ADJECTIVES + 1; k--) {
    const w = ctx.low[k];
    if (k < start - 1 && AFFILIATION_LINKS.has(w)) return true;
    if (ctx.cap[k] || !isWord(ctx, k) || roleWord(ctx, w) || ctx.vocab.determiners.has(w) || ctx.vocab.nounPhraseLinks.has(w)) return false;
  }
  return false;
}

/** People who stand in a relation to another person and speak for themselves ("an ally of Mr Blair", "Khodorkovsky ally"). */
export const PERSON_RELATIONS = new Set(['ally', 'allies', 'associate', 'associates', 'friend', 'friends', 'supporter', 'supporters', 'confidant',
  'confidante', 'biographer', 'widow', 'widower', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'lawyer', 'lawyers', 'spokesman',
  'spokeswoman', 'spokesperson', 'colleague', 'colleagues', 'rival', 'rivals', 'critic', 'critics', 'opponent', 'opponents']);
/** Links from a relation noun to the person it relates to. */
const RELATION_LINKS = new Set(['of', 'to', 'for']);
/** Words that date an office before its title ("former Yukos boss", "then-governor"). */
const OFFICE_TENSES = new Set(['former', 'ex', 'late', 'then', 'outgoing', 'incoming', 'acting', 'deputy', 'senior']);
/** Most words of a title read back from a name to the link before it ("of former Yukos boss"). */
const MAX_LINKED_TITLE = 5;

/** Whether the title ending at `before` (the token before a name) follows a link word after a relation or kin noun:
 *  "associate of former Yukos boss |Mikhail Khodorkovsky", "the daughter of former President |Tom Vale". */
export function relationBeforeTitle(ctx: QuoteContext, before: number, s: number): boolean {
  let k = before;
  while (k > s && before - k < MAX_LINKED_TITLE && isWord(ctx, k) && (ctx.cap[k] || ctx.vocab.roleWords.has(ctx.low[k]) || OFFICE_TENSES.has(ctx.low[k]))) k--;
  return k < before && k > s && RELATION_LINKS.has(ctx.low[k]) && !ctx.cap[k - 1] && (PERSON_RELATIONS.has(ctx.low[k - 1]) || KIN.has(ctx.low[k - 1]));
}

/** Roles that tie a person to a work rather than a body ("creator", "author", "star"). */
const WORK_ROLES = new Set(['creator', 'co-creator', 'author', 'co-author', 'writer', 'composer', 'star', 'actor', 'actress', 'illustrator', 'novelist']);
