// Who "he", "she", "the official" and "Jadoon" are: the nearest compatible speaker named earlier in the article.
// Never a wrong name: a pronoun only takes a name whose gender does not clash, a description only a speaker with
// the same head noun, and anything left over keeps its own words ("a UN counter-terrorism official").
import type { Span } from '../core/document.js';
import type { Gender } from './vocabulary.js';
import { KIN, type SpeakerInfo } from './speaker.js';

/** How far back (in sentences) a pronoun or description may find its speaker. */
export const MAX_COREF_SENTENCES = 12;
/** A one-word name whose gender nothing tells takes "he" or "she" only this many sentences on. */
export const MAX_UNKNOWN_GENDER_SENTENCES = 4;
/** "They" and "it" are vaguer than "he"/"she": they look back only this far. */
export const MAX_NEUTER_SENTENCES = 3;

export interface KnownSpeaker {
  name: string;
  actorId?: string;
  gender?: Gender;
  isOrg: boolean;
  /** Lower-case last word of the name ("jadoon"), for a later "said Jadoon". */
  surname: string;
  /** Lower-case head of the phrase the speaker came in with ("spokesman", "report"). */
  heads: Set<string>;
  plural: boolean;
  named: boolean;
  /** A report or poll, or a description without a person word ("Polls at the start of the month"): never "he"/"she". */
  impersonal: boolean;
  /** A name the entity layer tagged as an organisation only ("Downing Street said …. It said"): what "it" may be. */
  body?: boolean;
  affiliation?: { name: string; actorId?: string };
  role?: string;
  sentence: number;
  /** Character offset where the speaker was last mentioned (its phrase's end). */
  at: number;
  /** When that mention sat in a subordinate clause ("… after her mother told her …"): its sentence's start, from where a
   *  person opening the main clause is the nearer antecedent for "he"/"she". */
  subordinateFrom?: number;
  /** The sentence where it was met as the source of "according to": a "he" of that sentence is someone it reports on
   *  ("According to Twitter, he describes himself as …"). */
  sourceOfSentence?: number;
}

/** A person who opens a sentence as its subject. */
export interface SubjectPerson {
  name: string;
  actorId?: string;
  gender?: Gender;
  /** Where the mention ends, when one gave the person. */
  end?: number;
  /** The age given in commas after the mention ("Tom Hart, 28, won …"). */
  age?: number;
}

/** The last person other than `speaker` (whom a pronoun would otherwise take) to open a sentence as its subject
 *  between offsets `from` and `to` ("Biden delivered a speech in which he called Trump …": "he" is Biden, not the last
 *  speaker), if any; none inside the quote's own `content` ("Tony Blair would lead the campaign, he said"). `gender`, the
 *  pronoun's, lets the search pass sentences that open with that same pronoun. */
export type OtherSubjectBetween = (from: number, to: number, speaker?: KnownSpeaker, content?: readonly Span[], gender?: Gender) => SubjectPerson | undefined;

/** The one person named (the entity layer's mentions) in the sentences just before offset `at`, outside the quote's own
 *  `content`, when there is exactly one ("Bill Conti's job … "The excitement is …," he said"), or exactly one of
 *  `gender` when every other person named there is known to be of the other ("Mr Blunkett … Mrs Quinn's son. She
 *  denies …"), else undefined; with `sinceStart`, from the article's start rather than the last sentences; with
 *  `otherOfficeThan`, not counting people titled with another office ("President Bush" is no "prime minister"). */
export type OnlyPersonBefore = (at: number, content?: readonly Span[], gender?: Gender, sinceStart?: boolean, otherOfficeThan?: string) => SubjectPerson | undefined;
/** Whether the article wrote the description's words (lower case, no article: "prime minister") before offset `at`. */
export type DescriptionBefore = (words: string, at: number) => boolean;

/** The one person the article named before offset `at` with the words of a description as a title or appositive
 *  ("Tory leader Michael Howard" / "Michael Howard, the Tory leader," for "the Tory leader"; "Lindsay Davenport, 28," for
 *  "the 28-year-old"), when exactly one person carries them; for an age nobody was given, the one person named just
 *  before (outside the quote's own `content`) unless another age was given them; else undefined. With `later`, the one
 *  person named after `at` with those words as a title ("The home secretary said …. Home Secretary Charles Clarke told …"). */
export type TitledPersonBefore = (words: readonly string[], at: number, content?: readonly Span[], later?: boolean) => SubjectPerson | undefined;

/** The organisation an earlier mention of a document with head noun `head` gave as its author or owner ("a report by
 *  the Pew Research Center", "the IMF's report", "a World Bank report"), looked for in the sentences before offset `at`. */
export type DocumentOwnerBefore = (head: string, at: number) => { name: string; actorId?: string } | undefined;

/** The plural subject (a group of people or organisations, or names joined by "and") opening the sentence before the
 *  one holding offset `at`, as its words ("The two Japanese companies", "Ann Lee and Tom Hart"), if any; `described`, for
 *  "the firms" ending at `at`: names only, opening one of the last few sentences. */
export type GroupSubjectBefore = (at: number, described?: boolean) => string | undefined;

/** The one organisation the entity layer names opening the sentence just before offset `at` (or the pronoun's own), as
 *  its subject ("Sony is to launch the console in Japan. It expected to ship three million"), if any; with `anywhere`,
 *  the one organisation it names in those two sentences before `at`, introduced as one ("media group Reuters") or the
 *  subject of its clause, when it names no other (for a `pronoun`, "it": no name modifying a noun, "the Kok report", and no
 *  headline firm among several). */
export type OrganisationSubjectBefore = (at: number, content?: readonly Span[], anywhere?: boolean, pronoun?: boolean, ownSentence?: boolean) => SubjectPerson | undefined;

/** The body the article introduced by the kind `head` before offset `at` ("US magazine Mobile PC", "the Rolling Stone
 *  magazine" for "the magazine"), the latest one, if any. */
export type BodyIntroducedBefore = (head: string, at: number) => SubjectPerson | undefined;

/** The person a news lead names beside a definite description (head noun `head`) of sentence `sentence` starting at
 *  offset `start`: the one opening the next sentence when nobody else was named before the description ("…, the Trade
 *  and Industry Secretary has said. Patricia Hewitt said …"), or the one opening the sentence before a description that
 *  opens its own, when the headline named that person and nobody else ("Howard attacks cost of asylum. Michael Howard has
 *  launched an attack on …. The Tory leader said …"); not one a title gives another office; else undefined. */
export type PersonBesideLead = (sentence: number, start: number, head: string, nextOnly?: boolean) => SubjectPerson | undefined;
/** The person a story is about when its headline names them and its lead opens on them with the office `head` ("Douglas
 *  set for Indian adventure\n\nActor Michael Douglas is to …"), for a description with that head before offset `at`. */
export type TopicPerson = (head: string, at: number) => SubjectPerson | undefined;

/** Whether the entity layer names a person between offsets `from` and `to`, outside the quote's own `content`. */
export type PersonNamedBetween = (from: number, to: number, content?: readonly Span[], otherOfficeThan?: string, outsideMarksOnly?: boolean,
  exceptSurname?: string) => boolean;
/** The kind of body ("commission"; no firm's kind, which the firm that spoke takes) a definite description of one opens, as
 *  its subject, the sentence before the one holding offset `at` ("The commission, an independent body …, had been asked
 *  …"), if any. */
export type BodyDescriptionBefore = (at: number) => string | undefined;
/** The person opening the sentence holding offset `at` or the one before, as its subject, when nobody else is named from
 *  a little before that mention to `at` (inside quotations too) and no other age was given (`age`) — the person a
 *  description of a kind ("the American", "the 28-year-old") stands for. */
export type PersonOpeningBefore = (at: number, content: readonly Span[] | undefined, gender: Gender | undefined, age: number | undefined) => SubjectPerson | undefined;
/** The one printed paper the sentences before offset `at` name, outside `content` — what "the paper" and "the newspaper"
 *  stand for ("…, according to the Financial Times. The paper said"); null when several are named there. */
export type PaperBefore = (at: number, content?: readonly Span[]) => SubjectPerson | null | undefined;
/** Whether the name `first second` may be written surname first, so that an honorific takes `first` ("Kim Yungmin" …
 *  "Mr Kim"): `first` no first name of one gender, and the article naming nobody in full by `first` or `second` after an
 *  honorific. */
export type SurnameFirst = (first: string, second: string) => boolean;
/** Whether a person other than `name` is named in sentence `sentence` after offset `from` and before `to`, outside `content`. */
export type OtherPersonInSentence = (sentence: number, from: number, to: number, name: string, content?: readonly Span[]) => boolean;
/** The people other than `name` whom the sentence before sentence `sentence`, in the same paragraph, introduces (named in
 *  full for the first time, outside `content`, not as an owner or a modifier), when that paragraph opens after offset
 *  `from` (where `name` was last met) and says nothing of `name` before `sentence` (no surname, no pronoun of `gender`). */
export type PeopleIntroducedInParagraph = (sentence: number, from: number, name: string, gender: Gender, content?: readonly Span[]) => SubjectPerson[];

/** Whether the entity layer names an organisation other than `name` between offsets `from` and `to`, outside the
 *  quote's own `content`: "the company" then may be that one. */
export type OtherOrganisationBetween = (from: number, to: number, name: string, content?: readonly Span[]) => boolean;

export interface ResolvedSpeaker {
  name: string;
  actorId?: string;
  affiliation?: { name: string; actorId?: string };
  role?: string;
  known?: KnownSpeaker;
}

/** Particles a surname of two words may open with ("Le Bon", "Van Persie", "de Gaulle", "bin Laden"). */
const SURNAME_PARTICLES = new Set(['le', 'la', 'de', 'da', 'du', 'des', 'van', 'von', 'der', 'den', 'del', 'della', 'di', 'dos', 'das', 'bin',
  'ibn', 'al', 'el', 'ter', 'ten', 'mac', 'st']);

/** A one-word named speaker of no known gender that the entity layers linked to an actor: as likely a firm as a person
 *  ("Sony", "GlaxoSmithKline", which the tagger may call persons). */
function likelyFirm(x: KnownSpeaker): boolean {
  return x.named && x.actorId !== undefined && !x.gender && !x.plural && !x.impersonal && !/\s/.test(x.name);
}

/** An unnamed body or document that spoke ("said the magazine", "the report said", "the government said"; a document also with
 *  "a": "A study in 2000 found …. It also found"): what a following "it" is. */
function unnamedBody(x: KnownSpeaker, sentencesSince: number): boolean {
  if (x.named || x.gender) return false;
  const heads = [...x.heads];
  // (a government, "they" or "it" alike, when it spoke in that sentence or the one before: not "The government has refused
  // …. But a short statement … was presented …. It said")
  if (/^the\s/i.test(x.name) && heads.some((h) => GOVERNMENT_HEADS.has(h))) return sentencesSince <= 1;
  // (a body's collective noun is "it" as well as "they": "The committee said …. It blamed the agency's senior management")
  if ((x.plural && !heads.some((h) => BODY_HEADS.has(h))) || !x.impersonal) return false;
  return (/^the\s/i.test(x.name) && heads.some((h) => BODY_HEADS.has(h) || COMPANY_HEADS.has(h) || DOCUMENT_HEADS.has(h))) ||
    (/^an?\s/i.test(x.name) && (heads.some((h) => DOCUMENT_HEADS.has(h)) || documentPhrase(x.name)));
}

/** Whether an organisation named again is the one that spoke: its name, its actor, the end of its name or its initials
 *  ("British Airways" and "BA"). */
function sameBody(known: KnownSpeaker, other: { name: string; actorId?: string }): boolean {
  if (known.name === other.name || (known.actorId !== undefined && known.actorId === other.actorId) || known.name.endsWith(other.name)) return true;
  const initials = known.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials.length > 1 && initials === other.name;
}

/** Heads of a government that "it" may take up ("the government said …. It also pledged"). */
const GOVERNMENT_HEADS = new Set(['government', 'administration', 'executive', 'cabinet']);

/** Whether a description's head, its last word before a preposition or comma, is a document's ("A study in 2000, which was
 *  commissioned by the executive,", whose last word is no head). */
function documentPhrase(name: string): boolean {
  return /^(?:the|an?)\s/i.test(name) && DOCUMENT_HEADS.has(lastWord(name.toLowerCase().split(/,|\s(?:in|of|by|from|on|for|at)\s/)[0]));
}

/** Heads of a document that speaks ("the report", "the study"). */
const DOCUMENT_HEADS = new Set(['report', 'study', 'survey', 'statement', 'poll', 'analysis', 'review', 'document', 'letter', 'paper', 'lawsuit',
  'bill', 'test']);

/** Kinds of body a name may hold that a later description takes up ("the commission", "the court", "the magazine"). */
export const BODY_HEADS = new Set(['commission', 'committee', 'council', 'court', 'tribunal', 'agency', 'authority', 'board', 'ministry',
  'department', 'office', 'union', 'association', 'federation', 'institute', 'foundation', 'university', 'college', 'magazine',
  'newspaper', 'party', 'police', 'service', 'bureau', 'panel', 'inquiry', 'regulator', 'watchdog', 'league', 'club', 'bank', 'festival']);

/** Names of political parties ("the Lib Dems", "Labour", "the Veritas Party"). */
export const PARTY_NAME = /(?:^|\s)(?:democrats|lib dems?|labour|conservatives|tories|ukip|snp|plaid cymru|greens|republicans|party)$/i;

/** Heads of a description that stand for a printed paper ("the paper said", "the newspaper reported"). */
const PAPER_HEADS = new Set(['paper', 'newspaper', 'daily', 'tabloid', 'broadsheet']);

/** Plural heads of a description that stand for firms named together ("the firms", "both companies"). */
const GROUP_FIRMS = new Set(['firms', 'companies', 'groups', 'carmakers', 'airlines', 'banks', 'retailers', 'broadcasters']);

/** Most lower-case modifiers before a firm's noun in a description taken for the firm ("the mining group"). */
export const MAX_FIRM_MODIFIERS = 2;
/** How far back "the company" looks for the firm that spoke, in sentences. */
const MAX_FIRM_SENTENCES = 6;
/** Last words of a capitalised name that is a scheme, not a firm ("the Windows XP Counterfeit Project"). */
const NOT_FIRM_NAMES = new Set(['project', 'programme', 'program', 'scheme', 'plan', 'act', 'initiative', 'index', 'campaign', 'report', 'survey']);
/** Heads of a description that is usually another voice than the person who spoke before it ("X said …. A spokesman said"). */
export const OTHER_VOICES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'source', 'sources', 'aide', 'aides', 'adviser',
  'advisor', 'lawyer', 'attorney', 'solicitor', 'barrister', 'analyst', 'analysts', 'expert', 'experts', 'critic', 'critics', 'judge', 'prosecutor',
  'spokesmen', 'representative', 'colleague', 'rival', 'opponent', 'interviewer', 'presenter', 'host', 'reporter', 'correspondent']);
/** Heads of a description that say nothing of who the person is ("The woman", "a man"): another person as often as not. */
export const PLAIN_PEOPLE = new Set(['man', 'woman', 'boy', 'girl', 'person', 'people', 'men', 'women', 'child', 'resident', 'witness', 'victim', 'mother',
  'father', 'son', 'daughter', 'wife', 'husband', 'friend', 'neighbour', 'neighbor']);
/** How many sentences after a named speaker a description may take that speaker up by the office it names. */
const MAX_DESCRIBED_AFTER = 2;
/** How many sentences after a named speaker a description with a cue of going on ("added", "continued") is that speaker. */
const MAX_CONTINUED_AFTER = 2;

/** A person word linked to a body named by its kind ("a spokesman for the firm", "a spokeswoman for the council"). */
const LINKED_BODY = /^[Aa]n?\s+(spokesman|spokeswoman|spokesperson|representative|source)\s+(?:for|at|from)\s+the\s+(\p{Ll}+)$/u;

/** Kinds of body any firm is ("a company spokesman" after T-Mobile spoke). */
const GENERIC_FIRMS = new Set(['company', 'firm', 'group']);
/** A person word after the kind of body they speak for ("a company spokesman", "the club spokeswoman"). */
const KIND_SPOKESPERSON = /^(?:[Aa]n?|[Tt]he)\s+(\p{Ll}+)\s+(spokesman|spokeswoman|spokesperson|representative)$/u;

/** Heads of a description that stands for one firm ("the company", "the airline"). */
export const COMPANY_HEADS = new Set(['company', 'firm', 'group', 'bank', 'airline', 'carrier', 'retailer', 'insurer', 'lender', 'carmaker',
  'broadcaster', 'club', 'manufacturer', 'operator', 'chain', 'giant', 'conglomerate', 'supermarket', 'publisher', 'studio', 'organisation',
  'organization', 'charity']);

/** Words that make a name a public body's, a union's or a party's (see publicBodyName). */
const PUBLIC_BODY_WORDS = new Set(['senate', 'commission', 'parliament', 'council', 'union', 'ministry', 'department', 'agency', 'court', 'police',
  'government', 'assembly', 'congress', 'committee', 'authority', 'regulator', 'office', 'service', 'tribunal', 'house', 'army', 'navy', 'party']);

/** Heads of a description of a firm or a group that no public body answers to ("The piracy group called itself …" after "the US
 *  Department of Justice said"); "the organisation" or "the charity" may be one. */
const TRADING_HEADS = new Set([...COMPANY_HEADS].filter((head) => !['organisation', 'organization', 'charity'].includes(head)));
/** Whether a body's name is a public body's: its last word ("the Harbour City Council") or the word before its "of" ("the US
 *  Department of Justice") says so. */
export function publicBodyName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const of = words.indexOf('of');
  return PUBLIC_BODY_WORDS.has(words.at(-1)!) || (of > 0 && PUBLIC_BODY_WORDS.has(words[of - 1]));
}

/** Words ranking a firm in its trade ("the UK's biggest mortgage lender", "Japan's second-largest carmaker"). */
const FIRM_RANKS = new Set(['biggest', 'largest', 'second-biggest', 'second-largest', 'third-biggest', 'third-largest', 'leading', 'top', 'oldest',
  'main', 'dominant', 'best-selling', 'most']);

/** Modifiers of a description that say nothing of which office it is ("the new chancellor", "the senior official"). */
const GENERIC_MODIFIERS = new Set(['new', 'current', 'top', 'senior', 'veteran', 'young', 'old', 'then', 'outspoken', 'embattled', 'beleaguered']);

/** Words that make a title another office than its head alone ("deputy mayor", "former prime minister"). */
export const OTHER_OFFICE = new Set(['former', 'deputy', 'shadow', 'acting', 'vice', 'junior', 'assistant', 'interim', 'ex', 'late', 'then', 'outgoing',
  'prospective']);

/** Heads of a description that stand for a group ("the police", "the military"): "they", never "he" or "she". */
const COLLECTIVE_HEADS = new Set(['police', 'military', 'army', 'staff', 'crew', 'public', 'media', 'crowd', 'team', 'family', 'audience',
  'government', 'administration', 'committee', 'council', 'board', 'jury', 'panel', 'management', 'leadership', 'opposition', 'clergy']);

/** "the 28-year-old": an age that an earlier "Lindsay Davenport, 28," gives. */
const AGE_WORD = /^\d{1,3}-year-old$/;
/** How many sentences after the last speaker a description of a kind ("the Russian") may stand for them. */
const MAX_KIND_AFTER = 2;
/** A description by age ("The 28-year-old world number one", "the 22-year-old"). */
const AGE_DESCRIPTION = /^the\s+(\d{1,3})-year-old\b/i;

/** The head a description is matched by: its noun, or its whole age ("28-year-old", never just "year-old"). */
function headOf(info: SpeakerInfo): string {
  const last = lastWord(info.name);
  return AGE_WORD.test(last) ? last : info.head;
}

function lastWord(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** A first name and a surname, as far as the words tell: two words or more, not a surname with a generation word
 *  ("Rainey Senior" is the father of the Rainey the article is about). */
function fullName(name: string): boolean {
  return /\s/.test(name) && !/\s(?:senior|junior|snr|jnr|sr\.?|jr\.?)$/i.test(name);
}

/** Offices that are a minister's ("the Trade and Industry Secretary …. The minister said", "the chancellor … the minister"),
 *  and words that make a secretary no minister ("press secretary", "general secretary"). */
const MINISTERS = new Set(['secretary', 'chancellor']);
const NOT_MINISTER = /\b(?:press|general|party|permanent|private|company|executive|assistant|deputy|under|parliamentary|former|shadow)\b/i;

/** Whether a description with head noun `head` may stand for the known speaker `k`. */
function answersTo(k: KnownSpeaker, head: string): boolean {
  if (k.heads.has(head)) return true;
  return head === 'minister' && !k.isOrg && [...k.heads].some((h) => MINISTERS.has(h)) && !NOT_MINISTER.test(k.role ?? '');
}

/** The speakers met so far, most recent last. */
export class SpeakerMemory {
  private readonly known: KnownSpeaker[] = [];

  constructor(
    private readonly otherSubjectBetween: OtherSubjectBetween = () => undefined,
    private readonly onlyPersonBefore: OnlyPersonBefore = () => undefined,
    private readonly titledPersonBefore: TitledPersonBefore = () => undefined,
    private readonly otherOrganisationBetween: OtherOrganisationBetween = () => true,
    private readonly organisationSubjectBefore: OrganisationSubjectBefore = () => undefined,
    private readonly documentOwnerBefore: DocumentOwnerBefore = () => undefined,
    private readonly groupSubjectBefore: GroupSubjectBefore = () => undefined,
    private readonly personNamedBetween: PersonNamedBetween = () => false,
    private readonly otherPersonInSentence: OtherPersonInSentence = () => false,
    private readonly bodyIntroducedBefore: BodyIntroducedBefore = () => undefined,
    private readonly descriptionBefore: DescriptionBefore = () => false,
    private readonly personBesideLead: PersonBesideLead = () => undefined,
    private readonly personOpeningBefore: PersonOpeningBefore = () => undefined,
    private readonly bodyDescriptionBefore: BodyDescriptionBefore = () => undefined,
    private readonly paperBefore: PaperBefore = () => undefined,
    private readonly mayBeSurnameFirst: SurnameFirst = () => false,
    private readonly topicPerson: TopicPerson = () => undefined,
    private readonly peopleIntroducedInParagraph: PeopleIntroducedInParagraph = () => [],
  ) {}

  remember(speaker: KnownSpeaker): void {
    const same = this.known.findIndex((k) => k.name === speaker.name);
    if (same >= 0) this.known.splice(same, 1);
    this.known.push(speaker);
  }

  /** Resolve one speaker phrase met in sentence `sentence` and ending at offset `at`; remembers named and described
   *  speakers. */
  /** The firm that spoke last, no other organisation named since: the employer of a person whose corporate title names
   *  none ("GlaxoSmithKline said …. Chief executive Jean-Pierre Garnier said"). */
  employer(sentence: number, at: number, content?: readonly Span[]): KnownSpeaker | undefined {
    // (not the source an "according to" reports from: "According to the Financial Times, chief operating officer Peter
    // Chernin said")
    // (a firm the entity layer tagged, too: "Cairn Energy said …. A spokesman for the firm said")
    const firm = this.latest((k) => (k.isOrg || k.body === true || likelyFirm(k)) && k.named && !k.impersonal && sentence - k.sentence <= MAX_FIRM_SENTENCES &&
      !NOT_FIRM_NAMES.has(k.surname) && k.sourceOfSentence === undefined);
    return firm && !this.otherOrganisationBetween(firm.at, at, firm.name, content) ? firm : undefined;
  }

  /** The one person of two words met before whose first word is `name` ("Kim Yungmin" for "Mr Kim"), when nobody met
   *  before has it as surname and the name may be written surname first (not "Mr Howard" after "Howard Flight"). */
  private surnameFirst(name: string): KnownSpeaker | undefined {
    if (this.known.some((k) => k.named && k.surname === name)) return undefined;
    const found = this.known.filter((k) => k.named && !k.isOrg && /^\S+\s\S+$/.test(k.name) && k.name.split(' ')[0] === name &&
      this.mayBeSurnameFirst(name, k.name.split(' ')[1]));
    return found.length > 0 && found.every((k) => k.name === found[0].name) ? found.at(-1) : undefined;
  }

  resolve(info: SpeakerInfo, sentence: number, actorId?: string, at = 0, content?: readonly Span[], subordinateFrom?: number, reportingSource = false,
    continuing = false): ResolvedSpeaker {
    const resolved = this.resolveSpeaker(info, sentence, actorId, at, content, continuing);
    if (resolved.known && info.kind !== 'pronoun') {
      resolved.known.subordinateFrom = subordinateFrom;
      resolved.known.sourceOfSentence = reportingSource ? sentence : undefined;
    }
    return resolved;
  }

  /** `continuing`: the cue goes on from what was said before ("added", "continued", "also said"). */
  private resolveSpeaker(info: SpeakerInfo, sentence: number, actorId?: string, at = 0, content?: readonly Span[], continuing = false): ResolvedSpeaker {
    const own = { affiliation: info.affiliation ? { name: info.affiliation.name } : undefined, role: info.role };
    if (info.kind === 'pronoun') return this.resolvePronoun(info, sentence, at, content);
    if (info.kind === 'named' || (info.kind === 'document' && info.nameSpan)) {
      const surname = lastWord(info.name);
      // A bare surname ("said Jadoon", "Mr. Obama") takes the full name met earlier, with its affiliation.
      const first = info.name.toLowerCase();
      const earlier = !info.name.includes(' ')
        ? this.latest((k) => k.named && k.surname === surname && k.name !== info.name && !k.isOrg && !info.isOrg &&
          !(info.gender && k.gender && info.gender !== k.gender)) ?? // ("Mrs Howard" is not Michael Howard)
          (info.byFirstName ? this.latest((k) => k.named && !k.isOrg && k.name.toLowerCase().split(/\s+/)[0] === first && k.name.includes(' ')) : undefined) ??
          // ("said Kim Yungmin …. "…," said Mr Kim": a name written surname first, which an honorific takes)
          (info.bySurname ? this.surnameFirst(info.name) : undefined) ??
          // ("Ozzy Osbourne said …. Ozzy said": a first name alone is the one speaker met by that first name and a surname)
          this.onlyByFirstName(first, info) ??
          // (the same one-word name again keeps what it was met with: "Mr Brown …. The chancellor said …. Mr Brown denied"; a
          // firm's too: "Yukos said …. The company has also accused …. Yukos claims")
          this.latest((k) => k.named && k.name === info.name && (!k.isOrg || k.actorId !== undefined))
        // (a full name, or a surname the entity layer linked to one, met before keeps what it was met with: "Tennis
        // Australia's Geoff Pollard rejected …. Pollard said")
        // (and a surname opening with a particle, "Simon Le Bon said …. Le Bon also said")
        : this.latest((k) => k.named && !k.isOrg && !info.isOrg && (k.name === info.name ||
          (SURNAME_PARTICLES.has(info.name.split(/\s+/)[0].toLowerCase()) && k.name.endsWith(` ${info.name}`))));
      const known: KnownSpeaker = {
        name: earlier?.name ?? info.name,
        actorId: actorId ?? earlier?.actorId,
        gender: info.gender ?? earlier?.gender,
        isOrg: info.isOrg,
        surname,
        heads: new Set(earlier?.heads ?? []),
        plural: info.group === true,
        named: true,
        affiliation: own.affiliation ?? earlier?.affiliation,
        role: own.role ?? earlier?.role,
        sentence,
        at,
        // (a person's own document speaks for them: "Trump's statement read …. … he declined to comment")
        impersonal: (info.kind === 'document' && (info.isOrg || !info.authored)) || info.place === true,
        body: info.taggedOrg === true,
      };
      // (the role's head noun only: "the committee chairman, Edward Leigh" is no "committee"; and none of another office:
      // "Deputy Mayor Nicky Gavron" is not "the mayor")
      const roleWords = info.role?.toLowerCase().split(/\s+/) ?? [];
      if (info.role && !roleWords.some((w) => OTHER_OFFICE.has(w))) known.heads.add(lastWord(info.role));
      // (a document named by its author still answers to its noun: "The NAO's annual report …. The report says")
      if (info.authored) known.heads.add(headOf(info));
      // (so does one named by its author after "by": "a report by analysts Forrester Research …. The report predicted")
      else if (info.documentNoun) known.heads.add(info.documentNoun);
      // (an organisation answers to the kind of body its name says it is: "The Commission on Presidential Debates
      // announced …. In a statement, the commission said")
      if (info.isOrg && !info.authored) for (const w of info.name.toLowerCase().split(/\s+/)) if (BODY_HEADS.has(w)) known.heads.add(w);
      this.remember(known);
      return { name: known.name, actorId: known.actorId, affiliation: known.affiliation, role: known.role, known };
    }
    // ("The Las Vegas Review-Journal reported …. According to its polling, …": a document "its" owns is the word of the body that
    // spoke in the sentence before or this one, when no other organisation was named since)
    if (info.kind === 'document' && /^its\s/i.test(info.name)) {
      const owner = this.latest((k) => (k.isOrg || likelyFirm(k)) && k.named && !k.impersonal && sentence - k.sentence <= 1);
      if (owner && !this.otherOrganisationBetween(owner.at, at, owner.name, content)) {
        owner.sentence = sentence;
        owner.at = at;
        return { name: owner.name, actorId: owner.actorId, known: owner };
      }
    }
    // A description or an unnamed document: "the official" may be a speaker named or described before.
    if (info.definite) {
      // ("The French foreign ministry" is not "Russia's foreign ministry": a capitalised modifier must be the same)
      const marks = info.name.split(/\s+/).slice(1, -1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
      // ("The foreign secretary" is not the Home Secretary: a lower-case modifier must be in the speaker's role or name)
      const modifiers = info.name.split(/\s+/).slice(1, -1).filter((w) => /^\p{Ll}/u.test(w) && !GENERIC_MODIFIERS.has(w));
      const compatible = (k: KnownSpeaker) => {
        const known = `${k.name} ${k.affiliation?.name ?? ''}`.toLowerCase();
        const role = `${k.name} ${k.role ?? ''}`.toLowerCase();
        return marks.every((m) => known.includes(m)) && modifiers.every((m) => role.includes(m));
      };
      // ("The prime minister's official spokesman" is not the spokesman of another: an owned description matches nobody)
      const owned = /['’]s?\s/.test(info.name);
      const words = info.name.toLowerCase().split(/\s+/).slice(1);
      // ("…, according to the Financial Times. The paper said": the paper named before, when it is one; nobody when several are:
      // "… the paper said. According to the Observer, …. The paper said")
      const paper = words.length === 1 && PAPER_HEADS.has(info.head) ? this.paperBefore(at - info.name.length, content) : undefined;
      const match = owned || paper === null ? undefined : this.latest((k) => answersTo(k, headOf(info)) && sentence - k.sentence <= MAX_COREF_SENTENCES && compatible(k));
      if (paper?.name && !(match?.named && match.name === paper.name)) {
        const outlet: KnownSpeaker = {
          name: paper.name, actorId: paper.actorId, isOrg: true, surname: lastWord(paper.name), heads: new Set([info.head]), plural: false,
          named: true, impersonal: true, sentence, at,
        };
        this.remember(outlet);
        return { name: outlet.name, actorId: outlet.actorId, known: outlet };
      }
      if (match) {
        match.sentence = sentence;
        match.at = at;
        return { name: match.name, actorId: match.actorId, affiliation: match.affiliation, role: match.role, known: match };
      }
      // "The chancellor said" with no chancellor among the speakers: the person the article titled so ("Chancellor
      // Gordon Brown"), who becomes a named speaker with that head.
      const titled = info.personHead || AGE_WORD.test(headOf(info)) ? this.titledPersonBefore(words, at, content) : undefined;
      // "Yukos said …. The company said": the firm that spoke last, when no other organisation was named since.
      // (or a one-word name of no known gender the entity layer linked, as likely a firm as "it" takes it: "GlaxoSmithKline
      // believes …. The company says")
      // (or with lower-case modifiers of its trade: "Shares in UK Coal have fallen after the mining group reported …")
      // (or a place's, for the firm that spoke in the sentence before or this one: "Shares in Multiplex Group fell after it said
      // …. The Australian firm said"; not "… says the GMSA. At 3GSM, Siemens showed off a system. The German company said")
      const placed = marks.length > 0;
      // ("The Halifax said …. The UK's biggest mortgage lender said": a place's firm first in its trade, the firm that spoke
      // just before)
      const ranked = owned && /['’]s$/.test(words[0]) && words.length <= MAX_FIRM_MODIFIERS + 3 && words.slice(1, -1).some((w) => FIRM_RANKS.has(w));
      const firmDescription = COMPANY_HEADS.has(info.head) && (words.length === 1 || ranked || (words.length <= MAX_FIRM_MODIFIERS + 1 && !owned &&
        marks.every((m) => info.placeModifiers?.includes(m))));
      const spoke = !titled && firmDescription
        ? this.latest((k) => (k.isOrg || likelyFirm(k)) && k.named && !k.impersonal && sentence - k.sentence <= (placed || ranked ? 1 : MAX_FIRM_SENTENCES) &&
          !NOT_FIRM_NAMES.has(k.surname) && !(TRADING_HEADS.has(info.head) && publicBodyName(k.name)))
        : undefined;
      if (spoke && !this.otherOrganisationBetween(spoke.at, at, spoke.name, content)) {
        spoke.heads.add(info.head);
        spoke.sentence = sentence;
        spoke.at = at;
        return { name: spoke.name, actorId: spoke.actorId, affiliation: spoke.affiliation, role: spoke.role, known: spoke };
      }
      // ("Revenues at media group Reuters slipped, the group said": no firm spoke, the one organisation named just before)
      // (not when a firm spoke and another was named since: "Macrovision said …. RipGuard is expected …, the company said";
      // a one-word name of a firm named more fully since leaves it to that name: "Merrill said …. Merrill Lynch denied
      // …. The firm had told")
      // (for a place's description, no headline firm: "DS aims to touch gamers …. The Japanese gaming giant hopes")
      if (!titled && !spoke?.isOrg && firmDescription) {
        const org = this.organisationSubjectBefore(at, content, true, placed);
        if (org?.name && !NOT_FIRM_NAMES.has(lastWord(org.name))) {
          const firm: KnownSpeaker = {
            name: org.name, actorId: org.actorId, isOrg: true, surname: lastWord(org.name), heads: new Set([info.head]), plural: false,
            named: true, impersonal: false, sentence, at,
          };
          this.remember(firm);
          return { name: firm.name, actorId: firm.actorId, known: firm };
        }
      }
      // ("The Lib Dems say …. The party says": the party that spoke last)
      const party = !titled && words.length === 1 && info.head === 'party'
        ? this.latest((k) => k.named && (k.isOrg || !k.gender) && PARTY_NAME.test(k.name) && sentence - k.sentence <= MAX_FIRM_SENTENCES) : undefined;
      if (party) {
        party.sentence = sentence;
        party.at = at;
        return { name: party.name, actorId: party.actorId, known: party };
      }
      // ("A spokesman for UKIP called on Mr Hockney to quit. The party asserts …": the party the last speaker, a sentence
      // before, spoke for)
      const lastVoice = !titled && words.length === 1 && info.head === 'party' ? this.latest((k) => k.named || !k.impersonal) : undefined;
      const spokenFor = lastVoice && sentence - lastVoice.sentence <= 1 && lastVoice.affiliation && PARTY_NAME.test(lastVoice.affiliation.name)
        ? lastVoice.affiliation : undefined;
      if (spokenFor) {
        const named: KnownSpeaker = {
          name: spokenFor.name, actorId: spokenFor.actorId, isOrg: true, surname: lastWord(spokenFor.name), heads: new Set([info.head]), plural: false,
          named: true, impersonal: false, sentence, at,
        };
        this.remember(named);
        return { name: named.name, actorId: named.actorId, known: named };
      }
      // ("… by US magazine Mobile PC. …," said the magazine": the body the article introduced by that kind)
      // (not a firm: a story names several, and "oil company Rosneft …. The company is also seeking" is as likely another)
      const body = !titled && words.length === 1 && BODY_HEADS.has(info.head) && !COMPANY_HEADS.has(info.head) ? this.bodyIntroducedBefore(info.head, at) : undefined;
      if (body?.name) {
        const named: KnownSpeaker = {
          name: body.name, actorId: body.actorId, isOrg: true, surname: lastWord(body.name), heads: new Set([info.head]), plural: false,
          named: true, impersonal: false, sentence, at,
        };
        this.remember(named);
        return { name: named.name, actorId: named.actorId, known: named };
      }
      // ("Michael Howard has denied …. The Tory leader said …": the person who spoke just before, with no office known and
      // no other person named since, is the office holder the description names)
      // (nor an office the article spoke of before as someone's else, "Asked if he trusted the prime minister, Tom Hart …";
      // an occupation, "The England striker", only for the one who spoke just before: as likely a team-mate otherwise)
      const described = !titled && !body?.name && !spoke && info.personHead && !owned && !OTHER_VOICES.has(info.head) &&
        !PLAIN_PEOPLE.has(info.head) && !this.descriptionBefore(words.join(' '), at - info.name.length);
      const office = described && !info.occupation;
      // ("The home secretary said …. Home Secretary Charles Clarke told BBC One": the one person the article titles so later,
      // not the person who spoke before)
      const titledLater = office && !titled ? this.titledPersonBefore(words, at, content, true) : undefined;
      const previous = described && !titledLater ? this.latest((k) => k.named || !k.impersonal) : undefined;
      // (a person by full name or known gender: a one-word name may be a firm the tagger took for a person, "Monsanto")
      if (previous && previous.named && !previous.isOrg && !previous.plural && previous.heads.size === 0 && !previous.role &&
        (fullName(previous.name) || previous.gender !== undefined) &&
        // (the person themself named again counts for nobody: "it was put to Mr Kinnock that …. But the outgoing European
        // Commissioner said")
        sentence - previous.sentence <= MAX_DESCRIBED_AFTER && !this.personNamedBetween(previous.at, at - info.name.length, content, headOf(info), false, previous.surname) &&
        !(info.gender && previous.gender && info.gender !== previous.gender) &&
        // (and the only person the article has named so far outside what was said: "the chancellor" after Tony Blair spoke
        // may be a chancellor named before him)
        lastWord(this.onlyPersonBefore(at, content, undefined, true, headOf(info))?.name ?? '') === previous.surname) {
        previous.heads.add(headOf(info));
        previous.role = info.role;
        previous.affiliation ??= own.affiliation;
        previous.sentence = sentence;
        previous.at = at;
        return { name: previous.name, actorId: previous.actorId, affiliation: previous.affiliation, role: previous.role, known: previous };
      }
      // ("Gordon Brown has made an appeal for unity …. The chancellor would not comment": no one spoke before, and the
      // article has named one person, in the last sentences too)
      // (named before the description, not inside it: "The Belgian sports minister at the centre of the Svetlana Kuznetsova
      // doping row says")
      const before = at - info.name.length;
      const only = office && !titledLater && !this.known.some((k) => k.named && !k.isOrg) ? this.onlyPersonBefore(before, content, undefined, true) : undefined;
      const sole = only && fullName(only.name) && this.onlyPersonBefore(before, content)?.name === only.name &&
        !(info.gender && only.gender && info.gender !== only.gender) ? only : undefined;
      // ("…, the Trade and Industry Secretary has said. Patricia Hewitt said …": a lead's description and the name after it)
      // ("Kostas Vale's lawyer has called for …. Gregory Hart has submitted …": another voice opening the lead, the full name
      // opening the next sentence)
      const voice = !office && !titled && !sole && info.personHead && (owned || OTHER_VOICES.has(info.head)) && !PLAIN_PEOPLE.has(info.head)
        ? this.personBesideLead(sentence, before, headOf(info), true) : undefined;
      const lead = (office && !titled && !titledLater && !sole ? this.personBesideLead(sentence, before, headOf(info)) : undefined) ?? voice;
      const beside = lead && !(info.gender && lead.gender && info.gender !== lead.gender) ? lead : undefined;
      // ("Roddick was left frustrated …. "…," said the American", "Lindsay Davenport has put … on hold. The 28-year-old world
      // number one had said": a nationality, an age or an occupation for the person opening this sentence or the one before,
      // nobody else named since)
      // (one of a kind only: not "The Israelis")
      const kind = ((info.occupation === true || info.nationality === true) && !info.head.endsWith('s') || AGE_DESCRIPTION.test(info.name)) &&
        !OTHER_VOICES.has(info.head) && !PLAIN_PEOPLE.has(info.head);
      const age = AGE_DESCRIPTION.exec(info.name)?.[1];
      const opener = !titled && !sole && !beside && !owned && kind
        ? this.personOpeningBefore(before, content, info.gender, age === undefined ? undefined : Number(age)) : undefined;
      const subject = opener && (fullName(opener.name) || opener.gender !== undefined || opener.actorId !== undefined) && !(info.gender && opener.gender && info.gender !== opener.gender)
        ? opener : undefined;
      // ("Safin said …. "…," he said. …. The Russian added …": the person who spoke last, a sentence or two before, with nobody
      // named since outside quotation marks — "the rivalry with Ian Moss" in what was reported counts — and no other trade)
      // (a nationality or an age only: a trade, "The former All Saint star", is as likely someone the speaker spoke of —
      // ""… Natalie [Appleton] …," added Mr Lush")
      const nationalOrAged = kind && !info.occupation && (info.nationality === true || age !== undefined);
      const last = nationalOrAged && !subject && !titled && !sole && !beside && !owned ? this.latest((k) => k.named && !k.isOrg && !k.plural && !k.impersonal) : undefined;
      const lastSpeaker = last && sentence - last.sentence <= MAX_KIND_AFTER && (fullName(last.name) || last.gender !== undefined || last.actorId !== undefined) &&
        !(info.gender && last.gender && info.gender !== last.gender) &&
        // (nor another age than one met for them: "Ann Lee, 28, won …. "…," the 28-year-old said. "…," the 25-year-old said")
        !(age !== undefined && [...last.heads].some((h) => AGE_WORD.test(h) && !h.startsWith(`${age}-`))) &&
        !this.personNamedBetween(last.at, before, content, undefined, true) ? last : undefined;
      if (lastSpeaker) {
        lastSpeaker.heads.add(headOf(info));
        lastSpeaker.sentence = sentence;
        lastSpeaker.at = at;
        return { name: lastSpeaker.name, actorId: lastSpeaker.actorId, affiliation: lastSpeaker.affiliation, role: lastSpeaker.role, known: lastSpeaker };
      }
      // ("Douglas set for Indian adventure. Actor Michael Douglas is to …. …. On a visit to India, the 60-year-old actor said":
      // the story's person, whom the headline names and the lead opens on with that office, however far down)
      const topicOf = !titled && !sole && !beside && !subject && !titledLater && (info.personHead || kind) && !owned && !OTHER_VOICES.has(info.head) &&
        !PLAIN_PEOPLE.has(info.head) && !KIN.has(info.head) ? this.topicPerson(headOf(info), before) : undefined;
      const topic = topicOf && !(info.gender && topicOf.gender && info.gender !== topicOf.gender) ? topicOf : undefined;
      const holder = titled ?? sole ?? beside ?? subject ?? titledLater ?? topic;
      if (holder) {
        const person: KnownSpeaker = {
          name: holder.name, actorId: holder.actorId, gender: holder.gender, isOrg: false, surname: lastWord(holder.name),
          heads: new Set([headOf(info)]), plural: false, named: true, impersonal: false, role: info.role, sentence, at,
        };
        if (own.affiliation) person.affiliation = own.affiliation;
        this.remember(person);
        return { name: person.name, actorId: person.actorId, affiliation: person.affiliation, role: person.role, known: person };
      }
      // ("Ferguson said: "…" The Man Utd boss continued: "…"", "Strachan told the BBC. …. The former Scotland international
      // added …": a description that goes on speaking is the person who spoke last, a sentence or two before; not kin, "his
      // wife added")
      const going = continuing && (info.personHead || kind || info.head === 'international') && !owned && !OTHER_VOICES.has(info.head) && !KIN.has(info.head)
        ? this.latest((k) => k.named || !k.impersonal) : undefined;
      if (going?.named && !going.isOrg && !going.plural && !going.impersonal && sentence - going.sentence <= MAX_CONTINUED_AFTER &&
        (fullName(going.name) || going.gender !== undefined || going.actorId !== undefined) && !(info.gender && going.gender && info.gender !== going.gender) &&
        !(age !== undefined && [...going.heads].some((h) => AGE_WORD.test(h) && !h.startsWith(`${age}-`)))) {
        going.heads.add(headOf(info));
        going.role ??= info.role;
        going.affiliation ??= own.affiliation;
        going.sentence = sentence;
        going.at = at;
        return { name: going.name, actorId: going.actorId, affiliation: going.affiliation, role: going.role, known: going };
      }
    }
    // ("Sony, IBM and Toshiba … unveiled the chip …. The chip will run …, the firms said": the names the firms were)
    if ((info.definite || /^both\s/i.test(info.name)) && GROUP_FIRMS.has(info.head)) {
      const group = this.groupSubjectBefore(at, true);
      if (group) return { name: group };
    }
    // ("The UK Film Council said …. “…,” the council's spokesperson said": the body a description's owner names is its
    // affiliation)
    // (or the body after its person's link: "A spokesman for the firm said")
    // (or the body's kind before the person word: "A company spokesman said")
    const linked = own.affiliation ? null : LINKED_BODY.exec(info.name);
    const kindFirst = own.affiliation || linked ? null : KIND_SPOKESPERSON.exec(info.name);
    // (the person word, "spokesman", and the body's kind, "firm")
    const person = linked?.[1] ?? kindFirst?.[2];
    const owner = info.definite && !own.affiliation && !kindFirst ? /^the\s+(\p{Ll}+)['’]s?\s/u.exec(info.name)?.[1] : linked?.[2] ?? kindFirst?.[1];
    if (owner && (BODY_HEADS.has(owner) || COMPANY_HEADS.has(owner))) {
      const before = at - info.name.length;
      // (a body that spoke and whose name says its kind first: "The UK Film Council said …")
      const spoke = this.latest((k) => k.named && k.isOrg === true && k.heads.has(owner) && sentence - k.sentence <= MAX_COREF_SENTENCES);
      // (for a person linked to a firm, the firm that spoke last too: "Cairn Energy said …. A spokesman for the firm said")
      const employer = person && COMPANY_HEADS.has(owner) ? this.employer(sentence, before, content) : undefined;
      const body = spoke ?? employer ?? (COMPANY_HEADS.has(owner) ? this.organisationSubjectBefore(before, content, true) : this.bodyIntroducedBefore(owner, before));
      // (a kind before the person word other than a firm's is one the body's name says: "a bank spokesman" after the Sri Lanka
      // Banks Association spoke is no spokesman of it)
      const kindNamed = !kindFirst || spoke !== undefined || GENERIC_FIRMS.has(owner) || (body?.name ?? '').toLowerCase().split(/\s+/).includes(owner);
      if (body?.name && kindNamed) {
        own.affiliation = { name: body.name };
        if (person) own.role = person;
      }
    }
    // ("A report by the Pew Research Center found …. The report said": the document's author is its affiliation)
    if (info.kind === 'document' && info.definite && !own.affiliation) {
      const owner = this.documentOwnerBefore(info.head, Math.max(0, at - info.name.length));
      if (owner) own.affiliation = owner;
    }
    const known: KnownSpeaker = {
      name: info.name, gender: info.gender, isOrg: info.isOrg, surname: '', heads: new Set([headOf(info)]),
      // (a document's phrase is as many as its head: "A National Audit Office report on the 20 biggest projects" is one)
      plural: !documentPhrase(info.name) && (((info.head.endsWith('s') || COLLECTIVE_HEADS.has(info.head)) && !info.isOrg) || info.group === true), named: false,
      affiliation: own.affiliation, role: own.role, sentence, at,
      // ("Polls at the start of the month …": a description is "he" or "she" only when a person word heads it)
      // ("the England striker": nor when an occupation heads it and no name was found for it — the "he" after it is
      // too often the person named before, and its gender unknown)
      impersonal: info.kind === 'document' || !info.personHead || info.occupation === true || documentPhrase(info.name),
    };
    // ("SBC and AT&T said …. The companies said": two firms named together answer to the plural of a firm's noun)
    if (info.bodies) for (const head of GROUP_FIRMS) known.heads.add(head);
    this.remember(known);
    return { name: info.name, affiliation: own.affiliation, role: own.role, known };
  }

  private onlyByFirstName(first: string, info: SpeakerInfo): KnownSpeaker | undefined {
    if (info.isOrg || info.bySurname) return undefined;
    // (a person's name: the words after the first are a surname, not an office or an acronym — "Labour MP", "Russia WTO")
    const personal = (name: string) => name.split(/\s+/).slice(1).every((w) => /^\p{Lu}\p{Ll}/u.test(w));
    // (and a person's, by a known gender: "Cadbury" is as likely the firm "Cadbury Schweppes" as its short name)
    const same = this.known.filter((k) => k.named && !k.isOrg && k.gender !== undefined && fullName(k.name) && k.name.toLowerCase().split(/\s+/)[0] === first &&
      personal(k.name));
    return same.length === 1 && !(info.gender && same[0].gender && info.gender !== same[0].gender) ? same[0] : undefined;
  }

  /** A name tagged as an organisation only that spoke last, with no other organisation named since ("Downing Street said ….
   *  It said"; not "Atticus Capital wants …. And TCI … has made a request …. It has also demanded"). */
  private bodyStill(k: KnownSpeaker, at: number, content?: readonly Span[]): boolean {
    return k.body === true && !k.gender && !k.plural && !this.otherOrganisationBetween(k.at, at, k.name, content);
  }

  private latest(test: (k: KnownSpeaker) => boolean): KnownSpeaker | undefined {
    for (let i = this.known.length - 1; i >= 0; i--) if (test(this.known[i])) return this.known[i];
    return undefined;
  }

  /** A person met as the antecedent of a pronoun, now remembered as a speaker; one met before by that name keeps what they
   *  were met with ("…," the prime minister said in an interview …. Mr Blair has been closer …. He said …"). */
  private rememberPerson(subject: SubjectPerson, sentence: number, at: number): ResolvedSpeaker {
    const earlier = this.latest((k) => k.named && !k.isOrg && k.name === subject.name);
    const person: KnownSpeaker = {
      name: subject.name, actorId: subject.actorId, gender: subject.gender, isOrg: false, surname: lastWord(subject.name),
      heads: new Set(earlier?.heads ?? []), plural: false, named: true, impersonal: false, affiliation: earlier?.affiliation, role: earlier?.role, sentence, at,
    };
    this.remember(person);
    return { name: person.name, actorId: person.actorId, affiliation: person.affiliation, role: person.role, known: person };
  }

  private resolvePronoun(info: SpeakerInfo, sentence: number, at: number, content?: readonly Span[]): ResolvedSpeaker {
    const kind = info.pronoun;
    const unresolved = { name: info.name };
    let found: KnownSpeaker | undefined;
    if (kind === 'male' || kind === 'female') {
      for (let i = this.known.length - 1; i >= 0; i--) {
        const k = this.known[i];
        if (sentence - k.sentence > MAX_COREF_SENTENCES) break;
        if (k.isOrg || k.plural || k.impersonal) continue; // ("Polls showed …; he posted a video": a poll is no "he")
        if (k.sourceOfSentence === sentence) continue;
        if (k.gender === kind) {
          found = k;
          break;
        }
        if (k.gender === undefined) {
          // The nearest person of unknown gender takes the pronoun only when nobody nearer clashed; a one-word name only
          // when met lately: far back, it is as likely a thing the tagger took for a person ("Yahoo", "Labour").
          const oneWord = k.named && !/\s/.test(k.name);
          if ((i === this.known.length - 1 || this.known.slice(i + 1).every((n) => n.isOrg || n.plural)) &&
            (!oneWord || sentence - k.sentence <= MAX_UNKNOWN_GENDER_SENTENCES)) found = k;
          break;
        }
      }
    } else if (kind === 'plural' || kind === 'thing') {
      // (the speaker met last, not the one first remembered last: "The report said …. Nigel Roberts said …. The report said
      // …. It also called on")
      const k = this.known.reduce<KnownSpeaker | undefined>((last, x) => (!last || x.at >= last.at ? x : last), undefined);
      // ("Qantas said …. However, it stressed …": a one-word name of no known gender that the tagger took for a person is
      // as likely a firm, and "it" speaking says which)
      if (k && sentence - k.sentence <= MAX_NEUTER_SENTENCES && (kind === 'plural' ? k.plural || (k.isOrg && k.named) : k.isOrg || likelyFirm(k) || unnamedBody(k, sentence - k.sentence) || this.bodyStill(k, at, content))) found = k;
      // ("The Halifax said …. The ODPM attributed the fall to …. It said": another organisation opening the sentence before,
      // since the one that spoke, is the nearer "it")
      if (found && kind === 'thing' && sentence - found.sentence >= 2) {
        const org = this.organisationSubjectBefore(at, content);
        if (org?.name && !sameBody(found, org)) return { name: org.name, actorId: org.actorId };
      }
      // ("The United States expressed its support …. The EU funded the studies, as it considers …": the organisation opening the
      // pronoun's own sentence, not the one that spoke before it)
      if (found && kind === 'thing' && found.sentence < sentence) {
        const org = this.organisationSubjectBefore(at, content, false, false, true);
        if (org?.name && !sameBody(found, org)) return { name: org.name, actorId: org.actorId };
      }
      // ("But the Home Office said …. The commission, an independent body …, had been asked …. But it said …": a body the
      // sentence before opens on by its kind, not the one that spoke; the body the article introduced so, or nobody)
      const described = kind === 'thing' ? this.bodyDescriptionBefore(at) : undefined;
      if (described && !(found && (found.heads.has(described) || lastWord(found.name).toLowerCase() === described))) {
        // (one that spoke and whose name ends in that kind: "the Law Commission said …")
        const spoke = this.latest((x) => x.isOrg && x.named && lastWord(x.name).toLowerCase() === described && sentence - x.sentence <= MAX_COREF_SENTENCES);
        if (spoke) return { name: spoke.name, actorId: spoke.actorId, affiliation: spoke.affiliation, role: spoke.role, known: spoke };
        const body = this.bodyIntroducedBefore(described, at);
        return body?.name ? { name: body.name, actorId: body.actorId } : unresolved;
      }
      // ("The two companies will share research. They said the deal …": nobody plural spoke, the group opening the sentence
      // before; its words, not a name)
      // (not when someone spoke in that sentence: "…, MPs said. But they rejected …" is the MPs, whom the tagger may name)
      if (!found && kind === 'plural' && !(k && sentence - k.sentence <= 1)) {
        const group = this.groupSubjectBefore(at);
        if (group) return { name: group };
      }
      // ("Sony is to launch the console in Japan. It expected to ship …": no firm spoke, the one opening the sentence before)
      if (!found && kind === 'thing') {
        // ("Yukos is suing a host of companies …. It has also threatened …", "Revenues at media group Reuters slipped 11%. It
        // said …": else the one firm named there as the subject of its clause or introduced as one, and no other)
        const org = this.organisationSubjectBefore(at, content) ?? this.organisationSubjectBefore(at, content, true, true);
        if (org?.name) return { name: org.name, actorId: org.actorId };
      }
    }
    // A person who opened this sentence or the one before (or one further back, when the sentences between open with the
    // same pronoun) since the speaker was last met is the nearer antecedent: "he" is that person when the first name says
    // the gender fits, and nobody (rather than a wrong name) otherwise.
    const subject = kind === 'male' || kind === 'female' ? this.otherSubjectBetween(found?.subordinateFrom ?? found?.at ?? 0, at, found, content, kind) : undefined;
    // (a described person, name '', blocks only when the gender may fit: "One of the victims …; she said")
    if (subject && !subject.name) {
      if (!subject.gender || subject.gender === kind) return unresolved;
    } else if (subject) {
      if (subject.gender !== kind && !(subject.gender === undefined && !found && fullName(subject.name))) return unresolved;
      return this.rememberPerson(subject, sentence, at);
    }
    if (!found) {
      // Nobody who spoke before can be "he": the one person named just before, when the first name says the gender fits.
      const only = kind === 'male' || kind === 'female' ? this.onlyPersonBefore(at, content, kind) : undefined;
      // (not remembered as a speaker: a later "he" sentences away, after other people, must not find it)
      if (!only?.name || (only.gender !== kind && !(only.gender === undefined && fullName(only.name)))) return unresolved;
      return { name: only.name, actorId: only.actorId };
    }
    // ("A UKIP spokesman said: …. The documentary showed the tensions between Mr Kilroy-Silk and … He denied …": a person
    // named since an unnamed speaker may be "he" as well, and nothing tells which)
    if (!found.named && /^an?\s/i.test(found.name) && (kind === 'male' || kind === 'female') && this.personNamedBetween(found.at, at, content)) return unresolved;
    // ("If Roddick didn't know before, he knows now …", "Despite Mr Gates's speech, he announced …" after Nadal, Baker spoke:
    // another person named in the pronoun's own sentence before it may be "he" as well, and nothing tells which)
    if (found.named && (kind === 'male' || kind === 'female') && this.otherPersonInSentence(sentence, found.at, at, found.name, content)) return unresolved;
    // ("… Eddie O'Sullivan says …, he said.¶Ireland have been boosted by the return of star skipper Brian O'Driscoll …. "…,"
    // he said": a new paragraph that says nothing of the speaker met before and introduces someone just before "he" is
    // going on about that person, if the gender fits, else about nobody it tells)
    const introduced = found.named && (kind === 'male' || kind === 'female') ? this.peopleIntroducedInParagraph(sentence, found.at, found.name, kind, content) : [];
    if (introduced.length) {
      const [person] = introduced;
      if (introduced.length > 1 || !(person.gender === kind || (person.gender === undefined && fullName(person.name)))) return unresolved;
      return this.rememberPerson(person, sentence, at);
    }
    found.sentence = sentence;
    found.at = at;
    return { name: found.name, actorId: found.actorId, affiliation: found.affiliation, role: found.role, known: found };
  }
}
