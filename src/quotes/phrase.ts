// Speaker noun phrases next to a cue, found by reading tokens outwards from the cue without a parser:
// capitalised words, determiners, role and report nouns and a few connectors ("of", "for", "to" after a role)
// belong to the phrase; punctuation, quotation marks and function words end it.
import { isWord, type QuoteContext } from './context.js';

/** Longest speaker phrase read, in tokens; longer runs are clauses, not names. */
export const MAX_PHRASE_TOKENS = 14;
export const ARTICLES = new Set(['a', 'an', 'the']);
/** Longest appositive (", the Republican attorney general of Oklahoma,") joined to a speaker, in tokens. */
export const MAX_APPOSITIVE_TOKENS = 16;

/** Words in -ly that are nouns or adjectives, not adverbs that end a phrase ("a rally", "A CBI quarterly survey"). */
export const LY_NOUNS = new Set(['ally', 'family', 'rally', 'assembly', 'supply', 'bully', 'monopoly', 'anomaly', 'italy',
  'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'hourly', 'nightly', 'early', 'elderly', 'friendly', 'deadly', 'costly', 'likely',
  'unlikely', 'holy', 'only', 'lonely', 'lowly', 'orderly', 'scholarly', 'timely', 'lovely', 'ugly', 'silly', 'burly', 'portly']);
const ROLE_LINKS = new Set(['to', 'at', 'on', 'in', 'from']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Participles that introduce a name or an office inside a noun phrase ("a student named Wong", "newly elected"). */
const NAMING_PARTICIPLES = new Set(['named', 'called', 'dubbed', 'elected', 'appointed', 'nicknamed', 'titled', 'entitled']);
const OPEN_PAREN = '(';
const CLOSE_PAREN = ')';

/** Sentence adverbs between a speaker and the cue ("Lee, however, said", "Lee further argued"). */
export const SPEAKER_ADVERBS = new Set(['only', 'however', 'meanwhile', 'though', 'too', 'instead', 'further', 'even', 'in', 'turn', 'also', 'then', 'still',
  'himself', 'herself', 'themselves', 'itself']);
/** Prepositions opening a comma insert between speaker and cue that is no part of the speaker phrase. */
export const INSERT_PREPOSITIONS = new Set(['in', 'by', 'for', 'on', 'during', 'unlike', 'like', 'after', 'before', 'despite', 'amid', 'when',
  'while', 'if', 'though', 'although', 'once', 'asked']);

/** Whether the words from `k` open a prepositional comma insert (", in a statement,", ", for example,",
 *  ", at the same time,"): part of the clause, not of the noun before it. */
export function opensPrepositionalInsert(ctx: QuoteContext, k: number): boolean {
  const first = ctx.low[k];
  // ("Mr Khodorkovsky, once Russia's richest man,": "once" before a noun phrase opens an appositive)
  if (first === 'once' && (ctx.cap[k + 1] || ctx.vocab.determiners.has(ctx.low[k + 1] ?? ''))) return false;
  if (INSERT_PREPOSITIONS.has(first)) return true;
  if (first !== 'at') return false;
  if (ctx.low[k + 1] === 'the' && (ctx.low[k + 2] === 'time' || ctx.low[k + 2] === 'same')) return true;
  // (", at Monday’s debate,", ", at a later press gaggle,": the occasion of what is said)
  for (let n = k + 1; n < ctx.tokens.length && n - k <= MAX_OCCASION_TOKENS && ctx.surf[n] !== ','; n++) {
    if (AT_OCCASIONS.has(ctx.low[n]) && (ctx.surf[n + 1] === ',' || ctx.surf[n + 1] === undefined)) return true;
  }
  return false;
}

/** Occasions after "at" in a comma insert (", at a later press gaggle,"), and how far the insert may run to one. */
const AT_OCCASIONS = new Set(['debate', 'gaggle', 'rally', 'conference', 'briefing', 'hearing', 'event', 'meeting', 'summit', 'speech',
  'forum', 'session', 'ceremony', 'luncheon', 'dinner', 'fundraiser', 'convention', 'interview']);
const MAX_OCCASION_TOKENS = 6;

/** Whether the words from `k` open a comma insert that is no appositive: a prepositional insert or a sentence
 *  adverb (", meanwhile,"). */
export function opensClauseInsert(ctx: QuoteContext, k: number): boolean {
  return opensPrepositionalInsert(ctx, k) || SPEAKER_ADVERBS.has(ctx.low[k]);
}

export function isQuoteMark(ctx: QuoteContext, i: number): boolean {
  return ctx.opens.has(i) || ctx.closes.has(i) || ctx.regionOf[i] >= 0;
}

function isNounish(ctx: QuoteContext, i: number): boolean {
  const w = ctx.low[i];
  const v = ctx.vocab;
  return ctx.cap[i] || v.roleWords.has(w) || v.reportNouns.has(w) || v.orgModifiers.has(w) || v.genderedRoles.has(w);
}

/** A connector inside a phrase needs a noun on each side; "to/at/on/in" only after a role ("ambassador to"). */
function linkOk(ctx: QuoteContext, k: number, lo: number, hi: number): boolean {
  const w = ctx.low[k];
  const left = k - 1;
  const right = k + 1;
  if (left < lo || right >= hi) return false;
  const rightOk = isNounish(ctx, right) || ctx.vocab.determiners.has(ctx.low[right]) || ctx.tokens[right].kind === 'number';
  if (!rightOk) return false;
  if (ROLE_LINKS.has(w)) return ctx.vocab.roleWords.has(ctx.low[left]);
  if (w === 'by') return ctx.vocab.reportNouns.has(ctx.low[left]);
  return isNounish(ctx, left) || ctx.tokens[left].kind === 'number';
}

/** A hyphen glued to the words on both sides ("27-year-old", tokenised 27 | - | year-old) or an ampersand between
 *  capitalised words ("M & S", "Standard & Poor's") joins a phrase. */
function joiner(ctx: QuoteContext, k: number): boolean {
  const t = ctx.surf[k];
  if (k <= 0 || k + 1 >= ctx.tokens.length) return false;
  if (t === '&') return ctx.cap[k - 1] && ctx.cap[k + 1];
  // "Sky Networks’ Sophie Turner Laing", "the Supporters' Association": the apostrophe of a plural possessive
  if (t === '’' || t === "'") return ctx.tokens[k - 1].end === ctx.tokens[k].start && ctx.low[k - 1].endsWith('s') && isWord(ctx, k - 1) &&
    ctx.tokens[k].end < ctx.tokens[k + 1].start && isWord(ctx, k + 1);
  return t === '-' && ctx.tokens[k - 1].end === ctx.tokens[k].start && ctx.tokens[k].end === ctx.tokens[k + 1].start && isWord(ctx, k + 1);
}

/** Generation suffixes abbreviated after a name ("John G. Roberts Jr."). */
const GENERATIONS = new Set(['jr', 'sr']);

/** A period glued to an honorific, an initial or a generation suffix ("Mr.", "D.", "Jr.") stays in the phrase. */
export function isAbbrevPeriod(ctx: QuoteContext, k: number): boolean {
  if (ctx.surf[k] !== '.' || k === 0) return false;
  if (ctx.tokens[k - 1].end !== ctx.tokens[k].start) return false;
  const prev = ctx.low[k - 1];
  return ctx.vocab.honorifics.has(`${prev}.`) || /^\p{Lu}$/u.test(ctx.surf[k - 1]) || GENERATIONS.has(prev);
}

/** Most lower-case words between a possessive and its head in a speaker phrase ("Australia's competition watchdog"). */
const MAX_POSSESSED_MODIFIERS = 3;

/** Whether a phrase's last token can head a speaker phrase. */
function headOk(ctx: QuoteContext, start: number, end: number): boolean {
  if (end <= start) return false;
  const h = end - 1;
  const w = ctx.low[h];
  if (ctx.vocab.pronouns.has(w)) return end - start === 1;
  if (ctx.surf[h] === CLOSE_PAREN || ctx.surf[h] === '.') return true;
  if (ctx.surf[h] === '%' && h > start && ctx.tokens[h - 1].kind === 'number') return true; // ("while 92% said")
  if (isNounish(ctx, h)) return true;
  if (h > start && ctx.vocab.compoundNouns.has(`${ctx.low[h - 1]} ${w}`)) return true; // "State media"
  // "Clinton's lawyers", "Fields' lawyers"
  // ("Australia's competition watchdog": lower-case modifiers between the possessive and the head)
  let p = h - 1;
  const possessive = (k: number) => ctx.low[k] === '’s' || ctx.low[k] === "'s" || ctx.low[k] === "'" || ctx.low[k] === '’';
  while (p > start && h - p <= MAX_POSSESSED_MODIFIERS && !possessive(p) && isWord(ctx, p) && !ctx.cap[p] && !ctx.vocab.boundaryWords.has(ctx.low[p])) p--;
  if (p > start && possessive(p) && isWord(ctx, h)) return true;
  if (!isWord(ctx, h) || ctx.tokens[h].kind === 'number') return false;
  // An unknown lower-case head ("the regime") needs a determiner in front to count as a noun phrase.
  return ctx.vocab.determiners.has(ctx.low[start]);
}

/** Longest parenthetical kept inside a speaker phrase: after a name ("(a Connecticut Democrat …)"), and after anything else. */
const MAX_PARENTHETICAL_TOKENS = 24;
const MAX_SHORT_PARENTHETICAL = 8;

/** Irregular past forms of cue and belief verbs. */
export const IRREGULAR_PAST = new Set(['said', 'told', 'thought', 'knew', 'found', 'wrote', 'saw', 'felt', 'shown', 'known', 'spoke']);

/** Whether the capitalised "May" or "Will" at `k`, before the cue at `cue`, is a name: right before it after a quotation
 *  or a comma ("“…,” May wrote."), or opening the clause at `lo` before a past form, which no modal takes ("May said: …");
 *  or a first name before a surname and a finite cue ("Will Smith said"). */
export function modalAsName(ctx: QuoteContext, k: number, cue: number, lo: number): boolean {
  const w = ctx.low[k];
  if (!ctx.cap[k] || (w !== 'may' && w !== 'will')) return false;
  // ("Will Smith said", "May Lee says", "Will Wright, the founder of Maxis, said": a first name before a capitalised
  // surname and a finite cue no modal takes, or the comma of an appositive)
  if (k < cue - 1) {
    for (let n = k + 1; n < cue; n++) if (!ctx.cap[n] || !isWord(ctx, n) || ctx.low[n] === 'i') return false;
    const cueWord = ctx.low[cue] ?? '';
    return cue - k <= 3 && (cueWord.endsWith('ed') || IRREGULAR_PAST.has(cueWord) || (cueWord.endsWith('s') && !cueWord.endsWith('ss')) || cueWord === ',');
  }
  const afterMark = k - 1 >= lo && (ctx.closes.has(k - 1) || ctx.surf[k - 1] === ',');
  const beforePast = k === lo && cue < ctx.tokens.length && (ctx.low[cue].endsWith('ed') || IRREGULAR_PAST.has(ctx.low[cue]));
  return afterMark || beforePast;
}

/** The antecedent of a relative pronoun after the comma at `comma`: the phrase before the comma, or the name before
 *  that phrase when it is an appositive describing the name ("Mark Hay, a marine ecologist at GT, who said" → Mark Hay,
 *  not GT). Returns its first token index, or -1. */
export function relativeAntecedent(ctx: QuoteContext, comma: number, lo: number): number {
  // ("Thomas Gray, 24, who cited …": the person before an age in commas)
  if (comma - 2 > lo && ctx.tokens[comma - 1].kind === 'number' && ctx.surf[comma - 2] === ',') {
    const person = leftPhrase(ctx, comma - 2, lo);
    if (person >= 0 && ctx.cap.slice(person, comma - 2).some(Boolean)) return person;
  }
  const ante = listBefore(ctx, leftPhrase(ctx, comma, lo), lo);
  let c = comma - 1;
  while (c > lo && comma - c <= MAX_PHRASE_TOKENS && (isWord(ctx, c) || isAbbrevPeriod(ctx, c))) c--;
  if (c <= lo || ctx.surf[c] !== ',' || !ARTICLES.has(ctx.low[c + 1]) || ctx.cap[c + 2]) return ante;
  const name = leftPhrase(ctx, c, lo);
  if (name < 0 || !ctx.cap[name]) return ante;
  for (let k = name; k < c; k++) if (!ctx.cap[k] && !isAbbrevPeriod(ctx, k)) return ante;
  return name;
}

/** `start` moved back over the names listed before the name there ("Microsoft, Google and Ask Jeeves, which …"): each a
 *  capitalised run, joined by commas and one "and" right before the last. */
function listBefore(ctx: QuoteContext, start: number, lo: number): number {
  if (start < 0 || !ctx.cap[start] || start - 2 < lo || !ctx.cap[start - 2]) return start;
  // (the phrase read may hold the "and" itself: "Google and Yahoo")
  if (ctx.low[start - 1] !== 'and' && !(ctx.surf[start - 1] === ',' && ctx.low.slice(start, start + MAX_PHRASE_TOKENS).includes('and'))) return start;
  let k = start - 2;
  let first = start;
  for (;;) {
    let s = k;
    while (s - 1 >= lo && ctx.cap[s - 1] && isWord(ctx, s - 1) && !ctx.vocab.boundaryWords.has(ctx.low[s - 1]) && !ctx.vocab.nounPhraseLinks.has(ctx.low[s - 1])) s--;
    if (!isWord(ctx, k)) return first;
    first = s;
    if (s - 2 >= lo && ctx.surf[s - 1] === ',' && ctx.cap[s - 2] && isWord(ctx, s - 2)) k = s - 2;
    else return first;
  }
}

/** Quantifiers before a "but" meaning "except" ("all but two", "none but the bravest"). */
const EXCEPT_QUANTIFIERS = new Set(['all', 'none']);

/** Determiners of the vocabulary that modify an office ("senior counsel", "former minister") rather than open a phrase. */
const OFFICE_MODIFIERS = new Set(['senior', 'former', 'top']);

/**
 * The speaker phrase ending just before token `end` (exclusive), reading leftwards no further than `lo`.
 * Returns its first token index, or -1 when no phrase is there.
 */
export function leftPhrase(ctx: QuoteContext, end: number, lo: number): number {
  const v = ctx.vocab;
  const { low, surf, tokens } = ctx;
  let k = end - 1;
  if (k < lo) return -1;
  if (v.pronouns.has(low[k])) return k;
  let start = end;
  let parenthetical = 0; // (tokens of a parenthetical, which do not count toward the phrase's length)
  while (k >= lo && end - k - parenthetical <= MAX_PHRASE_TOKENS) {
    // ("Fields' lawyers": a plural's possessive apostrophe, as "’s", not a quotation mark)
    if ((surf[k] === "'" || surf[k] === '’') && start === k + 1 && k - 1 >= lo && tokens[k - 1].end === tokens[k].start &&
      low[k - 1].endsWith('s') && tokens[k].end < tokens[k + 1].start && ctx.regionOf[k] < 0) {
      start = k;
      k--;
      continue;
    }
    if (isQuoteMark(ctx, k)) break;
    const w = low[k];
    const kind = tokens[k].kind;
    if (kind === 'punct' || kind === 'symbol') {
      // ("… and 40% of voters said": a share's sign)
      if (isAbbrevPeriod(ctx, k) || (joiner(ctx, k) && start === k + 1) || (surf[k] === '%' && k - 1 >= lo && tokens[k - 1].kind === 'number')) {
        start = k;
        k--;
        continue;
      }
      if (surf[k] === CLOSE_PAREN) {
        let j = k - 1;
        while (j >= lo && k - j < MAX_PARENTHETICAL_TOKENS && surf[j] !== OPEN_PAREN) j--;
        // (a longer one only right after a name: "Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for
        // a junior staffer) says")
        if (j >= lo && surf[j] === OPEN_PAREN && start < end + 1 && (k - j < MAX_SHORT_PARENTHETICAL || (j > lo && ctx.cap[j - 1] && isWord(ctx, j - 1)))) {
          parenthetical += k - j + 1;
          start = j;
          k = j - 1;
          continue;
        }
      }
      break;
    }
    if (w === '’s' || w === "'s") {
      start = k;
      k--;
      continue;
    }
    if (kind === 'number') {
      start = k;
      k--;
      continue;
    }
    if (v.determiners.has(w)) {
      start = k;
      if (k - 1 >= lo && v.nounPhraseLinks.has(low[k - 1]) && linkOk(ctx, k - 1, lo, end)) {
        k--;
        continue;
      }
      // ("his top aide": two determiners in a row)
      if (k - 1 >= lo && POSSESSIVE_DETERMINERS.has(low[k - 1]) && !ctx.cap[k]) {
        k--;
        continue;
      }
      // ("Justice Department senior counsel Caroline Wolverton", "Harbour Bank top economist": an office's modifier after the
      // organisation's name)
      if (k - 1 >= lo && OFFICE_MODIFIERS.has(w) && !ctx.cap[k] && ctx.cap[k - 1] && v.orgWords.has(low[k - 1])) {
        k--;
        continue;
      }
      break;
    }
    // ("“…,” May wrote.", "May said: …": a capitalised modal as a name)
    if (modalAsName(ctx, k, end, lo)) {
      start = k;
      k--;
      continue;
    }
    if (ctx.cap[k]) {
      // ("State Department spokesman": a capitalised cue form before another capitalised word is part of a name)
      // (not "Stated Stone:", a cue verb before a lone name)
      // ("State media said": a cue form opening a two-word noun)
      if (v.boundaryWords.has(w) || v.pronouns.has(w) || (v.cueVerbs.has(w) && (w.endsWith('ed') || !(k + 2 < end && ctx.cap[k + 1])) &&
        !(k + 1 < end && v.compoundNouns.has(`${w} ${low[k + 1]}`)))) break;
      start = k;
      k--;
      continue;
    }
    // ("all but two said": "but" meaning "except" after a quantifier)
    if (w === 'but' && start === k + 1 && k - 1 >= lo && EXCEPT_QUANTIFIERS.has(low[k - 1])) {
      start = k - 1;
      k -= 2;
      continue;
    }
    if (v.nounPhraseLinks.has(w)) {
      if (start < end && linkOk(ctx, k, lo, end)) {
        start = k;
        k--;
        continue;
      }
      break;
    }
    if (isNounish(ctx, k)) {
      start = k;
      k--;
      continue;
    }
    if (v.cueVerbs.has(w) && k + 1 < end && v.compoundNouns.has(`${w} ${low[k + 1]}`)) {
      start = k;
      k--;
      continue;
    }
    if (v.boundaryWords.has(w) || v.pronouns.has(w) || v.cueVerbs.has(w) || v.auxiliaries.has(w)) break;
    if (w.endsWith('ly') && !LY_NOUNS.has(w)) break;
    // "The senator emailed supporters": a past form right after a name or role is the clause's verb.
    // ("the protesters Wikinews interviewed said", "a student named Wong said" stay whole)
    if (((w.length > 4 && w.endsWith('ed') && !w.includes('-')) || IRREGULAR_PAST.has(w)) && k < end - 1 && !NAMING_PARTICIPLES.has(w) && k - 1 >= lo &&
      ((ctx.cap[k - 1] && !v.pronouns.has(low[k - 1])) || v.roleWords.has(low[k - 1]))) break;
    start = k;
    k--;
  }
  while (start < end && (low[start] === '’s' || (v.nounPhraseLinks.has(low[start]) && !v.determiners.has(low[start])))) start++;
  // A leading lower-case word that is not a determiner or noun is usually a verb of the clause before.
  return headOk(ctx, start, end) ? start : -1;
}

/**
 * The speaker phrase starting at token `from` (after an inverted cue: `said Aaron Zelin of …`), no further than
 * `hi`. Returns one past its last token, or -1.
 */
export function rightPhrase(ctx: QuoteContext, from: number, hi: number): number {
  const v = ctx.vocab;
  const { low, surf, tokens } = ctx;
  if (from >= hi) return -1;
  if (v.pronouns.has(low[from])) return from + 1;
  let end = from;
  let k = from;
  while (k < hi && k - from < MAX_PHRASE_TOKENS) {
    if (isQuoteMark(ctx, k)) break;
    const w = low[k];
    const kind = tokens[k].kind;
    if (kind === 'punct' || kind === 'symbol') {
      if ((isAbbrevPeriod(ctx, k) || joiner(ctx, k)) && k + 1 < hi && (isWord(ctx, k + 1) || ctx.tokens[k + 1].kind === 'number')) {
        end = ++k;
        continue;
      }
      if (surf[k] === OPEN_PAREN) {
        let j = k + 1;
        while (j < hi && j - k < 8 && surf[j] !== CLOSE_PAREN) j++;
        if (j < hi && surf[j] === CLOSE_PAREN) {
          end = k = j + 1;
          continue;
        }
      }
      break;
    }
    if (w === '’s' || w === "'s" || kind === 'number' || v.determiners.has(w)) {
      end = ++k;
      continue;
    }
    if (ctx.cap[k]) {
      if (k > from && (v.boundaryWords.has(w) || v.pronouns.has(w))) break;
      end = ++k;
      continue;
    }
    if (v.nounPhraseLinks.has(w)) {
      // ("said analyst Alex Potter at Lehman Brothers": the organisation a named speaker works at, not a place or an occasion)
      // ("said Jay LeBoff from Hotseat Ltd": so is one a named speaker is from)
      if (end > from && (linkOk(ctx, k, from, hi) || ((w === 'at' || w === 'from') && ctx.cap[k - 1] && organisationAt(ctx, k + 1, hi)))) {
        end = ++k;
        continue;
      }
      break;
    }
    if (isNounish(ctx, k)) {
      end = ++k;
      continue;
    }
    // ("said Russell Zimmerman per ABC News": the outlet that reported it is no more of the speaker)
    if (v.boundaryWords.has(w) || v.pronouns.has(w) || v.cueVerbs.has(w) || v.auxiliaries.has(w) || w === 'per') break;
    if (w.endsWith('ly') && !LY_NOUNS.has(w)) break;
    end = ++k;
  }
  // Trailing words that cannot head the phrase ("said Trump campaign adviser X repeatedly") are dropped.
  while (end > from && !headOk(ctx, from, end)) end--;
  return end > from ? end : -1;
}

/** Whether an organisation's name opens at `k` (after an optional "the"): a capitalised word where the entity layer starts
 *  an organisation, or a capitalised run ending in an organisation word ("Lehman Brothers", "the Harbour Bank"). */
function organisationAt(ctx: QuoteContext, k: number, hi: number): boolean {
  const j = ctx.low[k] === 'the' ? k + 1 : k;
  if (j >= hi || !ctx.cap[j] || !isWord(ctx, j)) return false;
  if (ctx.entities?.some((m) => m.label === 'ORG' && m.start === ctx.tokens[j].start)) return true;
  let e = j;
  while (e < hi && ctx.cap[e] && isWord(ctx, e)) e++;
  return ctx.vocab.orgWords.has(ctx.low[e - 1]);
}

/** Whether a capitalised title opens at `k`: a role word among its first three capitalised words ("State Minister for …",
 *  "Lord Chief Justice of …"). */
export function capitalisedTitleAt(ctx: QuoteContext, k: number, hi: number): boolean {
  for (let t = k; t < Math.min(hi, k + 3) && ctx.cap[t] && isWord(ctx, t); t++) if (ctx.vocab.roleWords.has(ctx.low[t])) return true;
  return false;
}

/** Words opening a relative clause inside an appositive ("a firm that has …"), after which verbs belong to it. */
const APPOSITIVE_RELATIVES = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when']);

/** The first token of a sentence-final appositive after `,` at `comma` (", author of a book on IS-K."), or -1. */
export function appositiveEnd(ctx: QuoteContext, comma: number, hi: number): number {
  if (ctx.surf[comma] !== ',' || comma + 1 >= hi) return -1;
  const first = ctx.low[comma + 1];
  const v = ctx.vocab;
  // (or a capitalised title: ", State Minister for National Development Planning")
  const starts = v.determiners.has(first) || first === 'of' || v.roleWords.has(first) || first === 'who' || capitalisedTitleAt(ctx, comma + 1, hi);
  if (!starts) return -1;
  // ("…, suggests the research, who will spend …": a document has no "who" of its own)
  if (first === 'who' && !ctx.cap[comma - 1] && (v.reportNouns.has(ctx.low[comma - 1]) || v.pollNouns.has(ctx.low[comma - 1]))) return -1;
  let k = comma + 1;
  let relative = first === 'who';
  while (k < hi && k - comma <= MAX_APPOSITIVE_TOKENS) {
    const s = ctx.surf[k];
    if (isQuoteMark(ctx, k) || s === ',' || s === ';' || (s === '.' && !isAbbrevPeriod(ctx, k))) break;
    // ("By contrast, says Mr Cox, the Mac mini is almost disposable.": a verb outside a relative clause makes a clause)
    const w = ctx.low[k];
    if (APPOSITIVE_RELATIVES.has(w)) relative = true;
    else if (!relative && k > comma + 1 && (v.finiteVerbs.has(w) || v.auxiliaries.has(w)) && !v.timeWords.has(w)) return -1;
    k++;
  }
  const atEnd = k >= hi || ctx.surf[k] === '.' || ctx.surf[k] === ',';
  return atEnd && k > comma + 1 ? k : -1;
}

/** Longest quoted title read inside an adjunct ("“Trading Nation”", "“Morning Joe”"), in tokens. */
const MAX_TITLE_TOKENS = 6;
const TITLE_END_PUNCT = new Set(['.', '!', '?', '…']);

/** After the opening mark at `k` of a short quotation opening with a capital (a title): the token after its closing
 *  mark; else -1. */
export function quotedTitleEnd(ctx: QuoteContext, k: number, b: number): number {
  const region = ctx.regions[ctx.opens.get(k)!];
  if (region.close < 0 || k + 1 >= b || !ctx.cap[k + 1]) return -1;
  for (let e = k + 1; e < b && e - k <= MAX_TITLE_TOKENS + 1; e++) {
    if (ctx.closes.has(e)) return e + 1;
    if ((TITLE_END_PUNCT.has(ctx.surf[e]) || ctx.surf[e] === ',') && !ctx.closes.has(e + 1)) return -1; // ("“Morning Joe.”")
  }
  return -1;
}
