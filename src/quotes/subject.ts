// Whole speaker phrases as news attribution corpora draw them: the full subject before a cue
// ("Bob Ray, 21, a junior from Las Vegas, said"; "People with direct knowledge of the talks said"), the full
// phrase after an inverted cue up to the sentence end ("…,” said Ann Lee, who chairs the panel."), and the subject
// of the main clause for a coordinated or participial cue ("Lee praised the plan and said …", "…, saying …").
// All scans are bounded by the sentence, so the stage stays linear.
import { COMPANY_HEADS } from './coref.js';
import { isWord, type QuoteContext } from './context.js';
import { IRREGULAR_PAST, isAbbrevPeriod, isQuoteMark, LY_NOUNS, opensClauseInsert, quotedTitleEnd } from './phrase.js';
import { CUE_VERB, OBJECT_CUE } from './vocabulary.js';

/** Longest whole subject taken before a cue, in tokens; longer runs are clauses, not speaker phrases. */
export const MAX_SUBJECT_TOKENS = 40;
/** Longest tail after an inverted cue taken as the speaker phrase, in tokens. */
export const MAX_TAIL_TOKENS = 45;

/** Longest appositive after a name taken into a main-clause subject, in tokens. */
const MAX_APPOSITIVE_TOKENS = 12;
const RELATIVE = new Set(['who', 'which', 'whose', 'whom']);
const LEADING_CONJUNCTIONS = new Set(['and', 'but', 'so', 'yet', 'or']);
/** Prepositions after a past participle that make it a reduced relative clause ("voters surveyed in …"). */
const REDUCED_RELATIVE_LINKS = new Set(['in', 'by', 'at', 'for', 'from', 'on', 'across', 'nationwide', 'last', 'this', 'online']);
/** Words after "those" that make it the head of a described group ("those close to him", "those polled"). */
const THOSE_DESCRIPTIONS = new Set(['close', 'closest', 'familiar', 'involved', 'polled', 'surveyed', 'interviewed', 'questioned', 'present',
  'opposed', 'inside', 'within', 'working', 'attending', 'affected', 'behind', 'around']);
/** Past participles that news mostly uses as adjectives before a noun ("elected officials", "unnamed sources"). */
const ADJECTIVE_PARTICIPLES = new Set(['elected', 'retired', 'unnamed', 'unidentified', 'concerned', 'interested', 'informed', 'trained',
  'skilled', 'experienced', 'armed', 'wounded', 'injured', 'affected', 'frustrated', 'qualified', 'registered', 'undecided', 'married',
  'educated', 'respected', 'renowned', 'disabled', 'displaced', 'detained', 'unemployed', 'organised', 'organized', 'frightened',
  'worried', 'disappointed', 'dedicated', 'licensed', 'certified', 'appointed', 'salaried', 'embattled', 'beleaguered', 'aggrieved',
  'leading', 'ruling', 'governing', 'opposing', 'visiting', 'outgoing', 'incoming', 'founding', 'serving', 'sitting', 'remaining', 'striking']);
const SUBORDINATORS = new Set(['while', 'although', 'though', 'because', 'since', 'whereas', 'but', 'when', 'if', 'as', 'after', 'before', 'so']);
const DASHES = new Set(['-', '–', '—', '―']);
/** A dateline dash comes within the first few tokens of a sentence. */
const DATELINE_TOKENS = 8;
const CLAUSE_PUNCT = new Set([';', ':', '?', '!']);
/** Longest introductory phrase ("On Monday,", "Around that time,") skipped before a subject, in tokens. */
const MAX_INTRO_TOKENS = 12;
/** Longest participial opener ("Addressing the state party’s annual gala on Thursday,"), in tokens. */
const MAX_PARTICIPIAL_INTRO_TOKENS = 30;
/** Introductory phrases skipped in a row ("On Monday, in Leeds, …"). */
const MAX_INTROS = 2;
/** Openers that start a clause or a subject ("What he said, …", "And …"), not an adverbial to skip. */
const NOT_INTROS = new Set(['what', 'how', 'why', 'where', 'whether', "there's", 'here', 'there', 'and', 'but', 'or', 'so', 'yet']);
/** Irregular past forms and present forms that are verbs wherever they stand after a word (a past form in "-ed" is
 *  caught by its ending): "Lee took on Kim …", "Cruz lacks support …". */
const CLAUSE_VERBS = new Set(['remains', 'makes', 'takes', 'gives', 'lacks', 'needs', 'faces', 'holds', 'leads', 'runs', 'gets', 'keeps', 'continues',
  'comes', 'goes', 'wins', 'loses', 'took', 'made', 'gave', 'went', 'came', 'got', 'won', 'lost', 'ran', 'held', 'met', 'left', 'brought',
  'began', 'became', 'kept', 'spent', 'sat', 'stood', 'fell', 'rose', 'did', 'grew']);
/** Base forms of those verbs, verbs after a plural noun ("factors make", "voters remain"). */
const BASE_VERBS = new Set(['remain', 'make', 'take', 'give', 'lack', 'need', 'face', 'hold', 'lead', 'run', 'get', 'keep', 'come', 'go', 'win', 'lose',
  // (headline verbs: "E.U. leaders weigh plans to …")
  'weigh', 'mull', 'eye', 'unveil', 'outline', 'draft', 'scrap', 'shelve', 'seek', 'launch', 'reject', 'approve']);
/** Whether `word` is an irregular past or present verb form that is a verb wherever it stands ("took", "remains"). */
export function isClauseVerb(word: string): boolean {
  return CLAUSE_VERBS.has(word);
}
/** Words before a "but" meaning "except" ("all but two", "nobody but Lee"). */
const EXCEPT_BEFORE_BUT = new Set(['all', 'none', 'nobody', 'anyone', 'anybody', 'everyone', 'everybody', 'anything', 'nothing', 'everything', 'one']);
/** Words that open a subordinate clause inside a would-be subject ("Lee took on Kim after the front-runner said"); "when",
 *  "if" and "though" were tried on train: no gain. */
const CLAUSE_SUBORDINATORS = new Set(['until', 'because', 'unless', 'although', 'whereas', 'since', 'while', 'after', 'before', 'as']);
/** Words after a comma that open a clause of contrast, not an appositive. */
const CONTRAST_OPENERS = new Set(['but', 'yet', 'while', 'whereas', 'although', 'though']);
/** Quantifiers that stand alone as a subject ("Several said they would …"). */
const PLURAL_SUBJECTS = new Set(['i', 'we', 'they', 'you', 'others', 'many', 'most', 'some', 'few', 'both', 'all']);
const SINGULAR_SUBJECTS = new Set(['he', 'she']);
const QUANTIFIER_SUBJECTS = new Set(['most', 'many', 'some', 'several', 'others', 'few', 'both', 'all', 'another', 'none', 'half', 'one', 'two', 'three']);
/** Irregular past forms of cue verbs: never part of a noun compound. */
export const ADVERB_OPENERS = new Set(['then', 'now', 'still', 'also', 'later', 'so', 'instead', 'again', 'finally', 'meanwhile', 'indeed', 'yet', 'later', 'soon',
  'however']);
/** Words after which a cue form is a noun ("in each state", "the secretary of state"); not quantifiers ("Many believe"). */
const NOUN_MARKERS = new Set(['of', 'the', 'a', 'an', 'each', 'every', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'whose']);
/** Adverbs between a subject and its verb: never inside a bare subject. */
const SENTENCE_ADVERBS = new Set(['also', 'still', 'already', 'never', 'always', 'often', 'then']);
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Words of degree before a number ("nearly 40%", "about 200"). */
const QUANTITY_DEGREES = new Set(['nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'over', 'just', 'only', 'barely']);
/** Words that end an inverted speaker phrase right after its comma (", in a statement", ", after the vote"). */
const TAIL_BREAKS = new Set(['in', 'on', 'after', 'before', 'during', 'while', 'when', 'as', 'for', 'by', 'asked', 'speaking', 'according']);
const INTRO_WORDS = new Set(['even', 'around', 'among', 'throughout', 'until', 'within', 'beyond', 'instead', 'again', 'back', 'just', 'rather', 'thus',
  'therefore', 'otherwise', 'likewise', 'similarly']);

/**
 * First token of the clause holding token `i` in sentence [a, …): the sentence start, or the token after a closing
 * quotation mark (and its comma) — `“…,” Tad Devine, his adviser, said` — with a leading "And"/"But" skipped.
 */
export function clauseStart(ctx: QuoteContext, a: number, i: number, insideQuotes = false): number {
  let s = a;
  for (let k = a; k < i; k++) {
    // With `insideQuotes`, only a quotation that opened the clause ends it ("a defence of “X,” saying …").
    if (ctx.closes.has(k) && (!insideQuotes || ctx.regions[ctx.closes.get(k)!].open <= ctx.tokens[s].start) && !titleInside(ctx, s, k)) s = ctx.surf[k + 1] === ',' ? k + 2 : k + 1;
    // "… fix roads; the mayor seeks …": a semicolon opens a clause; so does a colon before a capitalised word after a
    // sentence-like lead ("The doubts grew: Some 30 percent of voters said …").
    else if (ctx.surf[k] === ';' && k + 1 < i && isWord(ctx, k + 1) && ctx.regionOf[k] < 0) s = k + 1;
    else if (ctx.surf[k] === ':' && k + 1 < i && ctx.cap[k + 1] && isWord(ctx, k + 1) && ctx.regionOf[k] < 0 && sentenceBefore(ctx, a, k)) s = k + 1;
  }
  s = afterDateline(ctx, s, i);
  s = afterCapitalHeadline(ctx, s, i);
  while (s < i && (ctx.opens.has(s) || ctx.surf[s] === '(')) s++;
  if (s < i && LEADING_CONJUNCTIONS.has(ctx.low[s]) && ctx.cap[s]) {
    s++;
    if (s < i && ctx.surf[s] === ',') s++; // ("But, Hans Reckers, a board member of …, said")
  }
  // "Then he cut into …": a sentence adverb before a pronoun subject, with no comma.
  if (s + 1 < i && ADVERB_OPENERS.has(ctx.low[s]) && (PRONOUN_SUBJECTS.has(ctx.low[s + 1]) || (ctx.cap[s + 1] && isWord(ctx, s + 1)))) s++;
  for (let n = 0; n < MAX_INTROS && s < i && opensIntro(ctx, s); n++) {
    const c = introComma(ctx, s, i);
    if (c < 0) break;
    s = c + 1;
  }
  return s;
}

/** Whether the quotation closing at `k` is a short title inside an appositive after `s` ("Hemsley, the co-author of “Going Viral,”"). */
function titleInside(ctx: QuoteContext, s: number, k: number): boolean {
  let open = k - 1;
  while (open > s && !ctx.opens.has(open)) open--;
  return open > s && isWord(ctx, open - 1) && !ctx.cap[open - 1] && ctx.surf.slice(s, open).includes(',') && quotedTitleEnd(ctx, open, k + 1) === k + 1;
}

/** After a dateline opening [s, i) ("MACAU (Reuters) – …", "PHILADELPHIA ― …", "(Reuters) — …"): the token after its
 *  dash; else `s`. A dateline is no part of a subject or of reported speech. */
export function afterDateline(ctx: QuoteContext, s: number, i: number): number {
  let upper = true;
  for (let k = s + 1; k < i && k - s < DATELINE_TOKENS; k++) {
    const prev = ctx.surf[k - 1];
    upper &&= !isWord(ctx, k - 1) || (prev === prev.toUpperCase() && /\p{Lu}/u.test(prev));
    const spaced = ctx.tokens[k].start > ctx.tokens[k - 1].end; // "81-year-old" is no dateline
    if (DASHES.has(ctx.surf[k]) && spaced && (prev === ')' || upper)) return k + 1;
  }
  return s;
}

/** Fewest words of a headline in capitals run into its first sentence ("RUSSIANS SPARED FULL BAN FROM OLYMPICS The
 *  International Olympic Committee …"). */
const MIN_CAPITAL_HEADLINE_WORDS = 3;

/** After a headline in capital letters opening [s, i) that runs into the sentence after it without a break: the token
 *  where the sentence starts (the first word in mixed case); else `s`. */
function afterCapitalHeadline(ctx: QuoteContext, s: number, i: number): number {
  let k = s;
  let words = 0;
  for (; k < i; k++) {
    const w = ctx.surf[k];
    if (!isWord(ctx, k)) continue;
    if (w !== w.toUpperCase() || !/\p{Lu}/u.test(w)) break;
    words++;
  }
  // (three words in capitals at least, then a capitalised word in mixed case: "The NATO summit" is no headline)
  return words < MIN_CAPITAL_HEADLINE_WORDS || k >= i || !ctx.cap[k] || ctx.surf[k].length < 2 ? s : k;
}

/** Longest run of words before a colon that opens a clause: "the phenomenon is universal:", not "Bernie Sanders:". */
const MIN_WORDS_BEFORE_COLON = 5;

/** Whether the words before the colon at `k` read as a sentence (enough words, the last lower-case), not a label. */
function sentenceBefore(ctx: QuoteContext, a: number, k: number): boolean {
  if (!isWord(ctx, k - 1) || ctx.cap[k - 1]) return false;
  let words = 0;
  for (let j = a; j < k; j++) if (isWord(ctx, j)) words++;
  return words >= MIN_WORDS_BEFORE_COLON;
}

/** Whether token `s` opens an adverbial phrase ("On Monday", "Around that time", "Even so", "Separately"). */
function opensIntro(ctx: QuoteContext, s: number): boolean {
  const w = ctx.low[s];
  const v = ctx.vocab;
  if (v.determiners.has(w) || v.pronouns.has(w) || NOT_INTROS.has(w)) return false;
  if (w === 'just' && (QUANTITY_LEADS.has(ctx.low[s + 1]) || ctx.tokens[s + 1]?.kind === 'number')) return false; // "Just over a quarter, 26 percent, say"
  // "Addressing the gala on Thursday, Lee described …": a participial opener.
  const participial = ctx.cap[s] && w.length > 5 && w.endsWith('ing') && !ctx.cap[s + 1]; // (not "Playing Field Promotions")
  return v.clauseOpeners.has(w) || v.timeWords.has(w) || INTRO_WORDS.has(w) || (w.endsWith('ly') && ctx.surf[s + 1] === ',') || participial;
}

/** Words after "just" that make it measure a quantity ("Just over a quarter"), not open an adverbial. */
const QUANTITY_LEADS = new Set(['over', 'under', 'shy', 'about', 'short', 'below', 'above', 'a', 'half', 'one', 'two', 'three']);

/** The comma closing an introductory phrase at `s` (before the cue `i`, no quotation or clause mark inside), or -1. */
function introComma(ctx: QuoteContext, s: number, i: number): number {
  // ("When asked whether the insistence was the right position for America to take, 59 percent said": a participial
  // clause after a subordinator runs as long as a participial opener)
  const participial = ctx.low[s].endsWith('ing') || (SUBORDINATORS.has(ctx.low[s]) && (ctx.low[s + 1] === 'asked' || ctx.low[s + 1]?.endsWith('ing')));
  const longest = participial ? MAX_PARTICIPIAL_INTRO_TOKENS : MAX_INTRO_TOKENS;
  for (let k = s + 1; k < i && k - s <= longest; k++) {
    if (isQuoteMark(ctx, k) || CLAUSE_PUNCT.has(ctx.surf[k])) return -1;
    if (ctx.surf[k] === ',' && !townStateComma(ctx, k, s, i, false)) return k + 1 < i ? k : -1; // (not "in Bunkerville, Nev.,")
  }
  return -1;
}

/** Words after a comma that carry a relative clause on ("…, in the Aire valley, before becoming an AM,"). */
const RELATIVE_CONTINUATIONS = new Set(['in', 'on', 'at', 'before', 'after', 'during', 'from', 'including', 'until', 'since', 'between']);

/** Past forms of four letters, which the length test for "-ed" verbs leaves out with "need" and "seed" ("the researchers
 *  used a technology called …"). */
const SHORT_PAST = new Set(['used', 'owed', 'sued', 'tied', 'axed', 'fled', 'eyed']);

/**
 * Whether tokens [s, e) read as one speaker noun phrase with appositives and relative clauses: no clause
 * punctuation, quotation marks, cue verbs or finite verbs outside a ", who …" part; not opened by an adverbial.
 */
export function isWholeSubject(ctx: QuoteContext, s: number, e: number): boolean {
  const v = ctx.vocab;
  if (e <= s || e - s > MAX_SUBJECT_TOKENS) return false;
  // "Separately, …" opens with an adverb; "Nearly half of …" is a quantity and stays.
  // ("Last year’s statistics" is a noun phrase: a time word with a possessive after it.)
  const timePossessive = ctx.low[s + 2] === '’s' || ctx.low[s + 2] === "'s" || ctx.low[s + 1] === '’s' || ctx.low[s + 1] === "'s";
  // ("At least half of voters" is a quantity.)
  // ("only 49 percent of Republicans", "just 8 percent": a focus word before a number too)
  const quantity = (ctx.low[s] === 'at' && (ctx.low[s + 1] === 'least' || ctx.low[s + 1] === 'most') &&
    (ctx.tokens[s + 2]?.kind === 'number' || QUANTIFIER_SUBJECTS.has(ctx.low[s + 2]) || ctx.low[s + 2] === 'a')) ||
    ((ctx.low[s] === 'only' || ctx.low[s] === 'just') && ctx.tokens[s + 1]?.kind === 'number');
  // ("Those close to him say", "Those familiar with the talks said": "those" heading a described group; not "those who …",
  // whose clause may run on past its own verb)
  const group = ctx.low[s] === 'those' && s + 1 < e && THOSE_DESCRIPTIONS.has(ctx.low[s + 1]);
  if ((v.clauseOpeners.has(ctx.low[s]) && !quantity && !group) || (v.timeWords.has(ctx.low[s]) && !v.determiners.has(ctx.low[s]) && !timePossessive && !quantity) ||
    (ctx.low[s].endsWith('ly') && ctx.surf[s + 1] === ',')) return false;
  if (!isWord(ctx, s)) return false;
  if (ctx.cap[s] && ctx.low[s].endsWith('ing') && !(s + 1 < e && ctx.cap[s + 1])) return false; // "Looking back, …" (not "Playing Field Promotions")
  let relative = false;
  let sawComma = false;
  let appositive = false; // inside ", a talk radio host …": a participle after its noun is a reduced relative
  for (let k = s; k < e; k++) {
    const w = ctx.low[k];
    // ("Hemsley, the co-author of “Going Viral,” said": a quoted title inside the phrase)
    if (k > s && ctx.opens.has(k)) {
      const title = quotedTitleEnd(ctx, k, e);
      if (title > 0) {
        k = title - 1;
        continue;
      }
    }
    if (isQuoteMark(ctx, k) || CLAUSE_PUNCT.has(ctx.surf[k])) return false;
    if (ctx.surf[k] === ',') {
      // The first comma part must be a name or a noun phrase, not "In Iowa," or "However," or "More significantly,".
      // ("others, including Ann Lee," names the members of a one-word subject)
      if (!sawComma && k - s === 1 && !ctx.cap[s] && !(ctx.low[k + 1] === 'including' && isQuantifierSubject(ctx, s))) return false;
      if (!sawComma && ctx.low[k - 1].endsWith('ly') && ctx.low[k - 1].length > 4 && !ctx.cap[k - 1]) return false;
      // ("Dr Vale, who was a GP in Leeds, in the Aire valley, before becoming an AM, said": a relative clause goes on after a
      // comma with a preposition or "as well as")
      const goesOn: boolean = relative && k + 1 < e && (RELATIVE_CONTINUATIONS.has(ctx.low[k + 1]) || (ctx.low[k + 1] === 'as' && ctx.low[k + 2] === 'well'));
      // ", while 19 percent …" / ", even though …" is a new clause
      if (!goesOn && k + 1 < e && (SUBORDINATORS.has(ctx.low[k + 1]) || (ctx.low[k + 1] === 'even' && SUBORDINATORS.has(ctx.low[k + 2])))) return false;
      sawComma = true;
      relative = goesOn;
      // (", Director General of the institute that monitored the trial,": an office opens one too)
      appositive = k + 1 < e && (v.determiners.has(ctx.low[k + 1]) || v.roleWords.has(ctx.low[k + 1]));
      continue;
    }
    // (", a conservative group that has sued …,": a restrictive "that" inside an appositive)
    if ((RELATIVE.has(w) && k > s && (ctx.surf[k - 1] === ',' || w !== 'which')) || (w === 'that' && appositive && isWord(ctx, k - 1))) {
      relative = true;
      continue;
    }
    if (relative) continue;
    // ("the most recent female MP to be elected", "suspects being held without trial": an infinitive or a passive
    // participle describing the noun, no verb of a clause)
    const infinitive = ctx.low[k - 1] === 'to';
    const passiveAuxiliary = (w === 'being' || w === 'been') && k + 1 < e && isVerbForm(ctx.low[k + 1]);
    const passiveParticiple = k - 1 > s && (ctx.low[k - 1] === 'being' || (ctx.low[k - 1] === 'be' && ctx.low[k - 2] === 'to')) && isVerbForm(w);
    if (passiveParticiple || (k > s && (infinitive || passiveAuxiliary))) continue;
    if (v.finiteVerbs.has(w) || v.participleCues.has(w)) return false;
    // "Trump finally hit the airwaves …": an adverb right after a name stands before the clause's verb
    if (k > s && k + 1 < e && ctx.cap[k - 1] && isWord(ctx, k - 1) && !ctx.cap[k] && w.length > 4 && w.endsWith('ly') && !LY_NOUNS.has(w)) return false;
    // "Lee took on Kim after the front-runner said": a subordinate clause starts inside; its subject is the speaker.
    if (k > s && CLAUSE_SUBORDINATORS.has(w) && ctx.surf[k - 1] !== ',') return false;
    // ("The Wasps flanker replaces Denis Leamy but O'Connor knows": "but" joins clauses; not "all but two")
    if (k > s && w === 'but' && !EXCEPT_BEFORE_BUT.has(ctx.low[k - 1])) return false;
    if (w === 'case' && ctx.low[k - 1] === 'in') return false; // ("a back-up in case RCA producers wanted …")
    if (k > s && CLAUSE_VERBS.has(w) && !v.determiners.has(ctx.low[k - 1])) return false; // "Lee took on Kim …"
    // "A number of factors make a surge unlikely": a base verb after a plural noun.
    // ("The Republicans need significant independent support": a capitalised plural after its article too)
    if (k > s && BASE_VERBS.has(w) && ctx.low[k - 1].endsWith('s') && !ctx.low[k - 1].endsWith('ss') && isWord(ctx, k - 1) &&
      (!ctx.cap[k - 1] || (k - 2 >= s && ctx.low[k - 2] === 'the'))) return false;
    // A past form right after a noun is a verb ("Lee criticized the plan"), after a determiner an adjective.
    // ("voters surveyed in Leeds", "those polled" are reduced relatives and stay).
    // ("Axelrod tried": a past form right after a name ends it as a verb; "those polled" stays)
    if (k > s && (w.length > 4 || SHORT_PAST.has(w)) && w.endsWith('ed') && !w.includes('-') && !ctx.cap[k] && isWord(ctx, k - 1) && !v.determiners.has(ctx.low[k - 1]) &&
      !(appositive && !ctx.cap[k - 1]) &&
      w !== 'aged' && (k + 1 < e ? !REDUCED_RELATIVE_LINKS.has(ctx.low[k + 1]) && !(v.timeWords.has(ctx.low[k + 1]) && ctx.low[k + 1] !== 'the') : ctx.cap[k - 1] && !v.pronouns.has(ctx.low[k - 1]))) return false;
    // ("Hillary Clinton spoke out Tuesday about …": an irregular past right after a name is its verb)
    if (k > s && !ctx.cap[k] && (IRREGULAR_PAST.has(w) || IRREGULAR_VERB_FORMS.has(w)) && ctx.cap[k - 1] && isWord(ctx, k - 1) && !v.pronouns.has(ctx.low[k - 1]) &&
      !(appositive && !ctx.cap[k - 1])) return false;
    // A cue verb in the past ("said", "noted") makes it a clause; "states", "reports" are nouns as often as not.
    // A bare form between two lower-case nouns is a compound noun ("a talk show host").
    const compound = k > s && k + 1 < e && isWord(ctx, k - 1) && isWord(ctx, k + 1) && !ctx.cap[k + 1] && !v.determiners.has(ctx.low[k + 1]) &&
      !v.pronouns.has(ctx.low[k - 1]) && !w.endsWith('ed') && !IRREGULAR_PAST.has(w);
    // "the secretary of state": a bare cue form after "of" is a noun.
    // ("the State Department": a capitalised cue form inside a name is a name.)
    // ("A statement posted on the website said": a reduced relative after a noun.)
    const reduced = k > s + 1 && w.endsWith('ed') && k + 1 < e && REDUCED_RELATIVE_LINKS.has(ctx.low[k + 1]) && v.determiners.has(ctx.low[k - 2]);
    // ("in each state": a cue form after a determiner is a noun.)
    const afterDeterminer = k > s && NOUN_MARKERS.has(ctx.low[k - 1]);
    if (v.cueVerbs.has(w) && !w.endsWith('s') && !compound && !reduced && !afterDeterminer && !(ctx.cap[k] && (k > s || ctx.cap[k + 1])) &&
      !(k > s && nounBeforeName(ctx, k))) return false; // ("Olympic hope Amy Williams said")
    if (w === 'that' && k > s) return false;
    // "others feel the Bank may think": a stance verb after a subject pronoun or a quantifier standing alone is that
    // clause's verb. ("Some advocates said": a plural noun after a determiner stays; "Another report said" a noun.)
    if (k > s && (ctx.cueForm[k] & (CUE_VERB | OBJECT_CUE)) !== 0 && !ctx.cap[k] && (k - 1 === s || !isWord(ctx, k - 2) || ctx.surf[k - 2] === ',') &&
      (w.endsWith('s') ? SINGULAR_SUBJECTS.has(ctx.low[k - 1]) : PLURAL_SUBJECTS.has(ctx.low[k - 1]))) return false;
  }
  return true;
}

/**
 * Stricter test for a subject found with no compact noun phrase before the cue ("Majorities in all five states"):
 * no lower-case past forms inside ("Lee praised the plan"), and it does not end on a connector.
 */
export function isBareSubject(ctx: QuoteContext, s: number, e: number): boolean {
  if (e - s === 1 && isQuantifierSubject(ctx, s)) return true; // "Most said …", "Others said …"
  if (!isWholeSubject(ctx, s, e)) return false;
  const last = ctx.low[e - 1];
  if (ctx.vocab.nounPhraseLinks.has(last) || ctx.vocab.determiners.has(last) || (last.endsWith('ly') && !LY_NOUNS.has(last))) return false;
  for (let k = s; k < e - 1; k++) {
    if (k > s && SENTENCE_ADVERBS.has(ctx.low[k])) return false; // "Republicans also face …": the adverb stands before the verb
    // ("people aged between 18 and 34": an age, no verb)
    const reduced = ctx.low[k].endsWith('ed') && (REDUCED_RELATIVE_LINKS.has(ctx.low[k + 1]) || ctx.low[k] === 'aged') && k > s; // "a poll conducted by …"
    // "the planning", "a meeting": an -ing word after a determiner is a noun.
    const noun = ctx.low[k].endsWith('ing') && k > s && ctx.vocab.determiners.has(ctx.low[k - 1]);
    // ("elected officials from both parties say": a participle used as an adjective before its noun)
    const adjective = ADJECTIVE_PARTICIPLES.has(ctx.low[k]) && isWord(ctx, k + 1) && !ctx.vocab.nounPhraseLinks.has(ctx.low[k + 1]) &&
      !ctx.vocab.determiners.has(ctx.low[k + 1]);
    // ("suspects being held without trial": a passive participle describing the noun)
    const passive = ctx.low[k] === 'being' && k > s && isVerbForm(ctx.low[k + 1]);
    if (passive) {
      k++;
      continue;
    }
    if (!ctx.cap[k] && isWord(ctx, k) && (ctx.low[k].endsWith('ed') || ctx.low[k].endsWith('ing')) && !reduced && !noun && !adjective &&
      !ctx.low[k].includes('-')) return false;
  }
  return true;
}

/** Longest item of a coordinated subject list ("Friends, lobbyists and former foes"), in tokens. */
const MAX_LIST_ITEM_TOKENS = 6;

/**
 * Whether tokens [s, e) are a coordinated list of noun phrases ending the subject before a cue ("Friends, lobbyists and
 * former foes say", "labor unions, environmental groups, and many Democratic lawmakers claim", "Most voters in Alabama,
 * Georgia and Virginia said"): short comma-separated items with "and"/"or" in the last, no verb, one whole subject.
 */
export function isSubjectList(ctx: QuoteContext, s: number, e: number): boolean {
  let itemStart = s;
  let items = 0;
  let lastComma = -1;
  for (let k = s; k <= e; k++) {
    if (k < e && ctx.surf[k] !== ',') continue;
    if (k === itemStart || k - itemStart > MAX_LIST_ITEM_TOKENS) return false;
    for (let j = itemStart; j < k; j++) {
      const w = ctx.low[j];
      // (a singular role makes an appositive: "Kamal Nath, Commerce and Industry Minister", "Bob Bach, senior vice
      // president, home and entertainment division"; plural ones may be listed: "and many Democratic lawmakers")
      const role = (ctx.vocab.roleWords.has(w) || ctx.vocab.genderedRoles.has(w)) && !w.endsWith('s');
      if ((verbLike(ctx, j) && !ctx.vocab.nounPhraseLinks.has(w)) || RELATIVE.has(w) || SUBORDINATORS.has(w) || role) return false;
    }
    items++;
    if (k < e) lastComma = k;
    itemStart = k + 1;
  }
  if (items < 2 || lastComma < 0) return false;
  // Two items may be a name and its appositive ("Ann Lee, president and CEO of Acme"): names or plural nouns on both
  // sides of the comma make a list ("Lee, Kim and Ruiz", "Friends, lobbyists and former foes").
  if (items === 2) {
    const [before, after] = [ctx.low[lastComma - 1], ctx.low[lastComma + 1]];
    const role = ctx.vocab.roleWords.has(after) || ctx.vocab.genderedRoles.has(after) || ctx.vocab.determiners.has(after);
    const names = ctx.cap[lastComma - 1] && ctx.cap[lastComma + 1];
    const plurals = !ctx.cap[lastComma + 1] && before.endsWith('s') && after.endsWith('s') && !before.endsWith('ss') && !after.endsWith('ss');
    if (role || !(names || plurals)) return false;
  }
  const tail = ctx.low.slice(lastComma + 1, e);
  return (tail.includes('and') || tail.includes('or')) && isWholeSubject(ctx, s, e);
}

/** Longest state or country name after a town's comma ("of Columbia, South Carolina"), in tokens. */
const MAX_STATE_TOKENS = 3;

/** Whether the comma at `c` (in a phrase [lo, hi)) parts a town after "of"/"from"/"in" from its capitalised state or
 *  country ("Stacy Baker of Columbia, South Carolina", "a nurse from Austin, Texas,"); the state ends at a comma, or at
 *  `hi` when `stateEndsPhrase` ("In Philadelphia, Wasserman Schultz refused": no state). */
export function townStateComma(ctx: QuoteContext, c: number, lo: number, hi: number, stateEndsPhrase = true): boolean {
  let k = c + 1;
  // (a period glued to the state is its abbreviation: "Bunkerville, Nev.,")
  const abbreviation = (k: number) => isAbbrevPeriod(ctx, k) || (ctx.surf[k] === '.' && ctx.cap[k - 1] && ctx.tokens[k].start === ctx.tokens[k - 1].end);
  while (k < hi && ctx.surf[k] !== ',' && (ctx.cap[k] || abbreviation(k))) k++;
  if (k === c + 1 || k - c - 1 > MAX_STATE_TOKENS || (k < hi ? ctx.surf[k] !== ',' : !stateEndsPhrase)) return false;
  // (not "In October, Mrs. Clinton, …": a time, or a person after the comma)
  if (ctx.vocab.honorifics.has(ctx.low[c + 1]) || ctx.vocab.timeWords.has(ctx.low[c - 1])) return false;
  if (k < hi && (RELATIVE.has(ctx.low[k + 1]) || ctx.vocab.determiners.has(ctx.low[k + 1]))) return false; // (", who …", ", the nominee,")
  let t = c - 1;
  while (t > lo && ctx.cap[t]) t--;
  // (not "The Director of Harbour Safety, Ana Ruiz": a title's "of" phrase)
  const title = t - 1 >= lo && (ctx.vocab.roleWords.has(ctx.low[t - 1]) || ctx.vocab.genderedRoles.has(ctx.low[t - 1]));
  return t < c - 1 && (ctx.low[t] === 'of' || ctx.low[t] === 'from' || ctx.low[t] === 'in') && !title;
}

/** Whether token `k` is a quantifier standing alone as a subject ("Several said …"). */
export function isQuantifierSubject(ctx: QuoteContext, k: number): boolean {
  return QUANTIFIER_SUBJECTS.has(ctx.low[k]);
}

/** End (exclusive) of the phrase after an inverted cue: from `re` on to the sentence end when it is an appositive tail. */
export function invertedTail(ctx: QuoteContext, re: number, b: number): number {
  if (re >= b || ctx.surf[re] !== ',') return re;
  let k = re + 1;
  let last = re;
  let relativeSeen = false;
  while (k < b && k - re <= MAX_TAIL_TOKENS) {
    if (isQuoteMark(ctx, k) || CLAUSE_PUNCT.has(ctx.surf[k])) return re;
    const w = ctx.low[k];
    // ", after listening …", ", speaking on condition …": the speaker phrase ended at that comma.
    // (right after the first comma only a preposition or participle ends it: ", of the Center …" is an appositive)
    // (", with 25 others injured" is an absolute clause, while ", with the ACLU" names the speaker's organisation)
    // (", with nearly 40% choosing …": a quantity after a word of degree too)
    const withNumber = w === 'with' && k + 1 < b && (ctx.tokens[k + 1].kind === 'number' ||
      (k + 2 < b && ctx.tokens[k + 2].kind === 'number' && QUANTITY_DEGREES.has(ctx.low[k + 1])));
    // (", of Gainesville, Fla." after an age is where the speaker lives: part of the phrase)
    const hometown = w === 'of' && k + 1 < b && ctx.cap[k + 1];
    if ((k > re + 1 || TAIL_BREAKS.has(w) || w.endsWith('ing') || withNumber) && ctx.surf[k - 1] === ',' && (ctx.vocab.clauseOpeners.has(w) || w.endsWith('ing')) && !hometown) {
      return k === re + 1 ? re : last + 1;
    }
    // ("…, says the study, it rises above …": a subject pronoun opens the clause going on; "…, suggests the research, who will
    // spend …": a document has no "who" of its own — the people the content is about do)
    if (k === re + 1 && (((PRONOUN_SUBJECTS.has(w) || w === 'it') && isWord(ctx, k + 1)) ||
      (w === 'who' && !ctx.cap[re - 1] && (ctx.vocab.reportNouns.has(ctx.low[re - 1]) || ctx.vocab.pollNouns.has(ctx.low[re - 1]))))) return re;
    // (not a cue form modifying a role noun: ", report author and a senior adviser at …")
    const roleModifier = k + 1 < b && !ctx.cap[k + 1] && ctx.vocab.roleWords.has(ctx.low[k + 1]);
    if (ctx.vocab.participleCues.has(w) || (ctx.vocab.cueVerbs.has(w) && ctx.surf[k - 1] === ',' && !roleModifier)) return re;
    // ("said Mr Ross, but the test revealed …": a contrasting clause after the name)
    if (CONTRAST_OPENERS.has(w) && ctx.surf[k - 1] === ',') return k === re + 1 ? re : last + 1;
    if (RELATIVE.has(w) || w === 'that') relativeSeen = true;
    if (ctx.vocab.finiteVerbs.has(w) && !relativeSeen) return re; // ", broadband is encouraging …": a clause
    if (isWord(ctx, k) || ctx.surf[k] === ')') last = k;
    k++;
  }
  if (k < b && k - re > MAX_TAIL_TOKENS) return re;
  return last + 1;
}

/**
 * The main-clause subject for a coordinated or participial cue at `i`: a noun phrase from the clause start
 * followed by a lower-case verb. Returns [start, end) or undefined.
 */
export function mainSubject(ctx: QuoteContext, a: number, i: number): [number, number] | undefined {
  const s = clauseStart(ctx, a, i, true);
  if (s >= i || INTRO_WORDS.has(ctx.low[s])) return undefined; // "Among them were blogs …, saying"
  // ("the justice sounded off …": a determiner before a noun the lists lack)
  const np = nounPhraseEnd(ctx, s, i);
  const end = nounTail(ctx, np < 0 && ctx.vocab.determiners.has(ctx.low[s]) && s + 1 < i && isWord(ctx, s + 1) && !ctx.cap[s + 1] ? s + 1 : np, i);
  if (end < 0 || end >= i) return undefined;
  // ("The party's four new designs …, but make clear …": an owner is no subject; its thing is, past the lists' reach)
  if (ctx.low[end - 1] === '’s' || ctx.low[end - 1] === "'s") return undefined;
  // "Gary Lee, a former party chairman, became a delegate and said …": a name with an appositive; the verb follows it.
  // ("a Republican, Mark Amodei, has voiced support …, telling …": a described subject with a name in commas)
  const appositive = ctx.surf[end] === ',' && (ctx.cap[s] || nameInCommas(ctx, end, i)) ? appositiveComma(ctx, s, end, i) : -1;
  const verb = appositive > 0 ? appositive + 1 : end;
  const next = ctx.low[verb];
  // "A few minutes later, they …": a time phrase, not the subject; the subject follows it.
  if (TIME_AFTER.has(next) && appositive < 0) {
    const after = ctx.surf[verb + 1] === ',' ? verb + 2 : verb + 1;
    return after < i ? mainSubject(ctx, after, i) : undefined;
  }
  const adverb = ctx.vocab.auxiliaries.has(next) || next.endsWith('ly') || ctx.vocab.cueVerbs.has(next);
  if (ctx.cap[verb] || !isWord(ctx, verb) || (ctx.vocab.boundaryWords.has(next) && !ctx.vocab.finiteVerbs.has(next) && !adverb)) return undefined;
  // "Mick Mars is being sued by his ex-girlfriend, claiming …": after a passive, the participle is the agent's.
  if (passiveWithAgent(ctx, verb, i)) return undefined;
  // ("Trump, meanwhile, was making …", "Politico, in an extensive look at …, described": an insert, no appositive)
  if (appositive > 0) return opensClauseInsert(ctx, end + 1) ? [s, end] : [s, appositive];
  // ("It made a loss … and said …": "it" a firm's pronoun, as with any other subject; not "It seemed …", "It is …")
  const itsDoer = ctx.low[s] === 'it' && end === s + 1 && !IMPERSONAL_IT_VERBS.has(next) && isWord(ctx, verb) &&
    (isVerbForm(next) || verbLike(ctx, verb));
  if (!itsDoer && !isWholeSubject(ctx, s, end)) return undefined;
  return [s, end];
}

/** Verbs after which "it" is impersonal or a thing ("It seemed …", "It emerged …"), not a body that speaks. */
const IMPERSONAL_IT_VERBS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'seems', 'seemed', 'appears', 'appeared', 'emerged', 'emerges', 'remains', 'remained',
  'looks', 'looked', 'became', 'becomes', 'turned', 'turns', 'means', 'meant', 'happened', 'happens', 'follows', 'followed', 'comes', 'came',
  'took', 'takes', 'will', 'would', 'could', 'may', 'might', 'must', 'should', 'can', '’s', "'s"]);

export const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);

/** Whether the clause from `from` to `i` holds a passive with a "by" agent ("is being sued by his ex-girlfriend"). */
function passiveWithAgent(ctx: QuoteContext, from: number, i: number): boolean {
  for (let k = from; k + 2 < i; k++) {
    if (!BE_FORMS.has(ctx.low[k])) continue;
    let p = k + 1;
    if (ctx.low[p] === 'being' || ctx.low[p] === 'been') p++;
    const w = ctx.low[p] ?? '';
    if (!(w.endsWith('ed') || CLAUSE_VERBS.has(w) || IRREGULAR_PAST.has(w))) continue;
    for (let t = p + 1; t < i && t - p <= 3; t++) if (ctx.low[t] === 'by') return true;
  }
  return false;
}

const TIME_AFTER = new Set(['later', 'earlier', 'ago']);
/** Longest parenthetical after a name kept in its noun phrase ("(R-Texas)", "(I-Vt.)"), in tokens. */
const MAX_PARENTHETICAL_TOKENS = 6;
/** Object and possessive pronouns: never a noun of a subject. */
const OTHER_PRONOUNS = new Set(['her', 'his', 'its', 'their', 'them', 'him', 'me', 'us', 'our', 'my', 'your']);

/** Adverbs between a subject and its verb ("Trump further summed up …", "Google long had …", "Cruz and Lee both
 *  hope …"): never a noun of the subject. */
const SUBJECT_VERB_ADVERBS = new Set([...SENTENCE_ADVERBS, 'further', 'long', 'just', 'both', 'now', 'later', 'again', 'once', 'too', 'meanwhile']);

/** Longest run of lower-case nouns that continues a noun phrase before its verb ("Many clubs", "The retired neurosurgeon"). */
const MAX_NOUN_TAIL = 3;

/** Longest name after a description's noun in a subject ("firm Heineken"), in tokens. */
const MAX_TAIL_NAME = 4;

/** Past forms no "-ed" ending or cue list gives away, which end a subject's nouns ("Acme cut 200 jobs and said …",
 *  "The firm bought a rival and said …"); several are present forms too. */
const IRREGULAR_VERB_FORMS = new Set(['cut', 'put', 'set', 'hit', 'shut', 'quit', 'cost', 'hurt', 'spread', 'bid', 'cast', 'beat', 'split', 'sold',
  'bought', 'paid', 'built', 'sent', 'struck', 'caught', 'taught', 'fought', 'sought', 'drove', 'chose', 'broke', 'threw', 'drew', 'flew', 'shook',
  'swore', 'wore', 'tore', 'bit', 'hid', 'fled', 'dealt', 'meant', 'lent', 'bent', 'slept', 'swept', 'wept', 'lit', 'fed', 'bred', 'shot', 'withdrew',
  'overtook', 'undertook', 'forgave', 'forbade', 'oversaw', 'underwent', 'withheld', 'upheld', 'overcame', 'sank', 'sang', 'rang', 'swam']);
/** Time words after which "last" is an adjective ("last year"), not the verb it can be ("talks last two hours"). */
const LAST_TIMES = new Set(['year', 'week', 'month', 'night', 'time', 'season', 'summer', 'winter', 'spring', 'autumn', 'fall', 'weekend',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'decade', 'century', 'term', 'minute', 'hour', 'day']);

/** Whether the lower-case `word` is a clause's verb by its form: a clause verb, an irregular past or "-ed" past. */
export function isVerbForm(word: string): boolean {
  return CLAUSE_VERBS.has(word) || IRREGULAR_VERB_FORMS.has(word) || IRREGULAR_PAST.has(word) || (word.length > 4 && word.endsWith('ed'));
}

/** Whether the word at `k` is a verb form that ends a subject's nouns. */
function endsNounTail(ctx: QuoteContext, k: number): boolean {
  const w = ctx.low[k];
  if (w === 'last' && LAST_TIMES.has(ctx.low[k + 1] ?? '')) return false;
  return verbLike(ctx, k) || CLAUSE_VERBS.has(w) || IRREGULAR_VERB_FORMS.has(w);
}

/** `end` moved past lower-case nouns ("Both | parents stiffened") when a verb-like word follows them, else `end`. */
function nounTail(ctx: QuoteContext, end: number, i: number): number {
  if (end < 0) return end;
  const v = ctx.vocab;
  if (end > 0 && v.pronouns.has(ctx.low[end - 1])) return end; // "she’s tacked …"
  for (let n = 0; n < MAX_NOUN_TAIL && end + n < i; n++) {
    const k = end + n;
    const adjective = k > 0 && v.determiners.has(ctx.low[k - 1]); // "The retired surgeon"
    // ("Acme cut 200 jobs": a number after the nouns is an object's; they ran past the verb)
    if (ctx.tokens[k].kind === 'number') return end;
    if (n > 0 && IRREGULAR_VERB_FORMS.has(ctx.low[k]) && !adjective) return k; // "The firm bought a rival and said …"
    if (IRREGULAR_PAST.has(ctx.low[k]) && !adjective) return k; // ("Hillary Clinton spoke out Tuesday about …")
    if (n > 0 && (ctx.low[k] === 'who' || ctx.low[k] === 'that')) return k; // "Central European leaders who have …"
    // ("Dutch firm Heineken saw …", "Internet monitoring firm WebSideStory says …": a name after a title or a firm's noun
    // ends the subject when a verb follows it)
    const head = ctx.low[k - 1];
    if (n > 0 && ctx.cap[k] && isWord(ctx, k) && (v.roleWords.has(head) || COMPANY_HEADS.has(head)) &&
      ctx.low.slice(end, k).every((w, m) => !verbLike(ctx, end + m) && !w.endsWith('ed') && !CLAUSE_VERBS.has(w))) {
      let r = k;
      while (r < i && r - k < MAX_TAIL_NAME && ctx.cap[r] && isWord(ctx, r)) r++;
      if (r < i && !ctx.cap[r] && (verbLike(ctx, r) || CLAUSE_VERBS.has(ctx.low[r]) || ctx.low[r] === 'saw')) return r;
    }
    // ("Fiorina threw her support": a pronoun or an irregular past form is no noun of the subject)
    if (!isWord(ctx, k) || ctx.cap[k] || (verbLike(ctx, k) && !adjective) || v.boundaryWords.has(ctx.low[k]) || ctx.low[k].endsWith('ly') ||
      SUBJECT_VERB_ADVERBS.has(ctx.low[k]) ||
      v.pronouns.has(ctx.low[k]) || OTHER_PRONOUNS.has(ctx.low[k]) || CLAUSE_VERBS.has(ctx.low[k])) return end;
    if (k + 1 < i && endsNounTail(ctx, k + 1)) return k + 1;
  }
  return end;
}

/** A finite verb, auxiliary, cue or past form: what ends a subject's nouns. */
function verbLike(ctx: QuoteContext, k: number): boolean {
  const v = ctx.vocab;
  const w = ctx.low[k];
  return v.finiteVerbs.has(w) || v.auxiliaries.has(w) || v.cueVerbs.has(w) || v.objectCues.has(w) || (w.length > 4 && w.endsWith('ed'));
}

/** Whether a capitalised name of two or more words follows the comma at `c` and ends at the next comma. */
function nameInCommas(ctx: QuoteContext, c: number, i: number): boolean {
  let k = c + 1;
  while (k < i && ctx.cap[k] && isWord(ctx, k)) k++;
  return k - c > 2 && k < i && ctx.surf[k] === ',';
}

/** The comma closing an appositive that opens at the comma `end` after a name starting at `s` (before `i`), else -1. */
function appositiveComma(ctx: QuoteContext, s: number, end: number, i: number): number {
  let c = end + 1;
  while (c < i && c - end <= MAX_APPOSITIVE_TOKENS && ctx.surf[c] !== ',' && !isQuoteMark(ctx, c) && !CLAUSE_PUNCT.has(ctx.surf[c])) c++;
  return c < i && ctx.surf[c] === ',' && c > end + 1 && c + 1 < i && isWord(ctx, c + 1) && isWholeSubject(ctx, s, c) ? c : -1;
}

/** One past the last token of the plain noun phrase at `s` (names, determiners, role nouns, "of the X"), or -1. */
export function nounPhraseEnd(ctx: QuoteContext, s: number, hi: number): number {
  const v = ctx.vocab;
  if (v.pronouns.has(ctx.low[s]) && v.pronouns.get(ctx.low[s]) !== 'relative') return s + 1;
  let k = s;
  let end = -1;
  while (k < hi) {
    const w = ctx.low[k];
    const nounish = ctx.cap[k] || v.roleWords.has(w) || v.genderedRoles.has(w) || v.orgModifiers.has(w) || v.reportNouns.has(w);
    // ("Jaynes' lawyer David Oblon": a plural possessive's bare mark)
    const pluralPossessive = (w === "'" || w === '’') && end === k && ctx.low[k - 1].endsWith('s') && ctx.tokens[k].start === ctx.tokens[k - 1].end &&
      k + 1 < hi && ctx.tokens[k + 1].start > ctx.tokens[k].end && isWord(ctx, k + 1);
    if (nounish || w === '’s' || w === "'s" || pluralPossessive || ctx.tokens[k].kind === 'number' || (end === k && isAbbrevPeriod(ctx, k))) {
      end = ++k;
      continue;
    }
    // "Democratic presidential candidate Sen. Bernie Sanders": a lower-case modifier of a role noun.
    // ("China's state-owned investment giant CITIC": two modifiers before a firm's noun and its name)
    const modifier = (n: number) => isWord(ctx, n) && !ctx.cap[n] && (!verbLike(ctx, n) || ctx.low[n].includes('-')) && !CLAUSE_VERBS.has(ctx.low[n]) && !v.boundaryWords.has(ctx.low[n]) &&
      !v.pronouns.has(ctx.low[n]) && !OTHER_PRONOUNS.has(ctx.low[n]) && !ctx.low[n].endsWith('ly');
    const headAhead = (n: number) => n + 1 < hi && (v.roleWords.has(ctx.low[n]) || COMPANY_HEADS.has(ctx.low[n])) && ctx.cap[n + 1];
    if (end === k && k + 1 < hi && modifier(k) && (v.roleWords.has(ctx.low[k + 1]) || headAhead(k) || headAhead(k + 1) || (modifier(k + 1) && headAhead(k + 2)))) {
      end = ++k;
      continue;
    }
    // "Sen. Bernie Sanders (I-Vt.) defended …": a short parenthetical after a name.
    if (w === '(' && end === k && ctx.cap[k - 1]) {
      const close = ctx.surf.indexOf(')', k);
      if (close > k + 1 && close < hi && close - k <= MAX_PARENTHETICAL_TOKENS) {
        end = k = close + 1;
        continue;
      }
    }
    if (v.determiners.has(w) || (v.nounPhraseLinks.has(w) && end > 0 && k + 1 < hi && (ctx.cap[k + 1] || v.determiners.has(ctx.low[k + 1])))) {
      k++;
      continue;
    }
    break;
  }
  return end;
}

/** Words before a bare verb form that may be its plural subject though they do not end in "-s". */
const PLURAL_SUBJECT_WORDS = new Set(['people', 'police', 'men', 'women', 'children', 'staff', 'public', 'data', 'media', 'most', 'many', 'some',
  'few', 'all', 'both', 'several', 'more', 'fewer', 'none', 'half', 'majority', 'minority', 'who', 'that', 'which', 'what', 'i', 'you', 'we', 'they',
  'to', 'not', 'and', 'or', 'but', 'also', 'still', 'often', 'now', 'then', 'generally', 'increasingly', 'who']);
/** Prepositions and possessives that make the words before a bare verb part of a longer subject. */
const PHRASE_LINKS = new Set(['in', 'on', 'at', 'of', 'for', 'with', 'from', 'across', 'around', 'over', 'under', 'near', 'between', 'among',
  'throughout', 'and', "'s", '’s', 'who', 'that', 'which']);
/** Plural nouns without a final "s" ("Police praise 'courageous' Ozzy", "Media seek …"). */
const PLURALS_WITHOUT_S = new Set(['police', 'media', 'people', 'staff', 'data', 'public', 'military', 'clergy', 'youth', 'men', 'women',
  'children', 'cattle', 'crew', 'jury', 'government', 'team', 'family']);

/** Whether `w` is the base form of a cue verb: no -s, -ed or -ing, and one of those forms a cue ("remark", "report"). */
export function baseFormOfCue(ctx: QuoteContext, w: string): boolean {
  if (w.endsWith('s') || w.endsWith('ed') || w.endsWith('ing')) return false;
  const v = ctx.vocab;
  return [`${w}s`, `${w}es`, `${w}ed`, `${w}d`].some((x) => v.cueVerbs.has(x) || v.objectCues.has(x));
}

/** Whether the cue form at `i` is the base form of a cue right after one capitalised common word opening the sentence,
 *  which no name or entity holds: a noun compound of a headline ("Drink remark 'acts as diversion'"), not a verb; a name
 *  takes a plural verb in British usage ("Chelsea deny claims"). */
export function headlineNounCompound(ctx: QuoteContext, i: number): boolean {
  const a = ctx.sentences[ctx.sentenceOf[i]]?.tokenStart ?? 0;
  const w = ctx.low[i];
  if (i !== a + 1 || !ctx.cap[a] || ctx.cap[i] || !isWord(ctx, a) || !baseFormOfCue(ctx, w)) return false;
  const v = ctx.vocab;
  const first = ctx.low[a];
  if (first.endsWith('s') || PLURALS_WITHOUT_S.has(first) || v.pronouns.has(first) || v.determiners.has(first) || v.firstNames.has(first)) return false;
  return !(ctx.entities ?? []).some((m) => m.start <= ctx.tokens[a].start && ctx.tokens[a].end <= m.end);
}

/** Whether the base-form cue at `i` follows a determiner and one capitalised singular word: a noun ("author of the
 *  Analysys report: …"); a singular subject would take "reports". */
export function determinedNameNoun(ctx: QuoteContext, i: number): boolean {
  const w = ctx.low[i];
  if (i < 2 || ctx.cap[i] || !ctx.cap[i - 1] || !isWord(ctx, i - 1)) return false;
  const name = ctx.low[i - 1];
  if (name.endsWith('s') || PLURALS_WITHOUT_S.has(name) || !(ctx.low[i - 2] === 'the' || ctx.low[i - 2] === 'a' || ctx.low[i - 2] === 'an')) return false;
  if (!baseFormOfCue(ctx, w)) return false;
  const v = ctx.vocab;
  // (a clause after it makes it a verb with a body as its plural subject, as British usage has it: "the RSPCA say they
  // will …", "the UK claim it is …")
  const next = ctx.low[i + 1] ?? '';
  return !(next === 'that' || v.pronouns.has(next) || v.determiners.has(next) || ctx.cap[i + 1] || ctx.tokens[i + 1]?.kind === 'number' ||
    ctx.opens.has(i + 1));
}

/** Whether the bare cue form at `i` is a noun before a name: after a lower-case singular word or a nationality the entity
 *  layer marks ("British hope Kate Winslet"), not after a plural or a pronoun ("Fans hope Ann Lee will win"). */
export function nounBeforeName(ctx: QuoteContext, i: number): boolean {
  const w = ctx.low[i];
  if (w.endsWith('s') || w.endsWith('ed') || w.endsWith('ing') || !ctx.cap[i + 1] || ctx.cap[i] || !isWord(ctx, i - 1)) return false;
  // (a base form, whose third person is a cue too: "hope"/"hopes"; not a past form, "said", "told", "thought")
  const v = ctx.vocab;
  if (![`${w}s`, `${w}es`].some((x) => v.cueVerbs.has(x) || v.objectCues.has(x) || v.learnedCues.has(x))) return false;
  const before = ctx.low[i - 1];
  // (not the end of a longer subject: "Conservatives in parliament say", "the people on the capital's bid team think")
  const sentenceStart = ctx.sentences[ctx.sentenceOf[i]]?.tokenStart ?? 0;
  for (let k = Math.max(sentenceStart, i - 7); k < i - 1; k++) if (PHRASE_LINKS.has(ctx.low[k])) return false;
  if (PLURAL_SUBJECT_WORDS.has(before) || ctx.vocab.pronouns.has(before) || ctx.vocab.auxiliaries.has(before) || before.endsWith('ly') ||
    ctx.tokens[i - 1].kind === 'number') return false;
  if (ctx.cap[i - 1]) {
    // (a nationality as an adjective, "British hope"; not a people, "Palestinians want")
    return !before.endsWith('s') && (ctx.entities ?? []).some((m) => (m.origin === 'demonym' || m.label === 'MISC') && m.end === ctx.tokens[i - 1].end);
  }
  return !(before.endsWith('s') && !before.endsWith('ss')) && !ctx.vocab.determiners.has(before);
}
