// Killed and injured counts of one incident, read from the text spans that report it (DESIGN "Casualties").
//
// Rules, in the order they apply:
// - "an unknown number of …" / "the outcome … is unknown" leaves the count out (unknown is not zero);
// - "no casualties" / "no one was hurt" gives {min: 0, max: 0};
// - a number is counted for the casualty verb right before it ("killing more than 140") or, failing that,
//   for the next casualty verb after it in the same clause ("Three soldiers were killed");
// - numbers joined by "alongside", "and", "as well as" under one verb are added ("some 170 Afghans alongside 13
//   US troops" → about 183); numbers after "including", "among them" are parts of the total, never added
//   ("six people, including three tourists" → 6);
// - "was killed" with no number counts one person;
// - the same kind reported again in another clause is added when it counts other people (different nouns,
//   "others", "also"), otherwise the largest figure wins (a toll that rose);
// - silence gives {min: 0, max: 0, reported: false}.
// Perpetrators are counted in `fatalities` (as GTD's nkill) and also in `perpetratorsKilled` when the counted
// noun names them ("assailants", "gunmen", "suicide bomber").
import type { Quantity, Span } from '../core/document.js';
import { findNumbers, parseNumber, type NumberMention } from '../extract/numbers.js';
import type { Vocabulary } from './vocabulary.js';

// How far (characters) around a statement "also", "other(s)", "more" may stand to make it count other people.
const ADDITIVE_REACH = 12;
// A passive casualty verb this far (characters) after its number still belongs to it.
const MAX_NUMBER_TO_VERB = 140;
// Counts above this are not casualty figures in a single incident report (years, money, populations).
const MAX_CASUALTIES = 50_000;
// Units that make a number a duration, distance or sum of money rather than a count of people.
const NON_PERSON_UNITS = /^(?:%|usd|hours?|days?|weeks?|months?|years?|minutes?|seconds?|km|kilometers?|kilometres?|miles?|meters?|metres?|kg|kilograms?|tons?|tonnes?|dollars?|euros?|pounds?|rupees?|afghanis?|percent|times|am|pm|utc|gmt|bst|cet|est|edt|hrs|local|districts?|provinces?|villages?|countries|cities|attacks?|vehicles?|houses?|homes?|shops?|rockets?|mortars?|bombs?|rounds?|pm|a\.m|p\.m|animals?|pigs?|cows?|cattle|livestock|goats?|sheep|camels?|horses?|donkeys?|dogs?|cats?|chickens?|birds?|poultry|elephants?|jackals?|lions?|fish)$/i;

// "death penalty", "death threats", "death row": words of law and menace, not a toll.
const NOT_A_DEATH_AFTER = /^\s+(?:penalty|penalties|sentences?|row|threats?|warrants?|certificates?|metal|squads?)\b/i;
// A verb other than a casualty verb whose object or subject a number is ("arrested twelve people", "twelve
// people were detained"): that number counts those people, not the dead or hurt.
const OTHER_VERB = /\b(?:arrested|detained|charged|convicted|sentenced|questioned|rescued|evacuated|freed|released|deported|indicted|jailed|fined|interviewed|attended|employed|hired|elected|pleaded guilty to|plead guilty to|guilty to|guilty of|admitted|accused of)\b/i;
const OTHER_VERB_BEFORE = new RegExp(`${OTHER_VERB.source}\\s+(?:(?:at least|more than|some|about|nearly|over|up to|a total of|another|the|all)\\s+)?$`, 'i');
// A comparison with an earlier incident: "the deadliest attack since an assault in Ghazni in 2018, with officials
// reporting 150 …": the figures after "since" are that incident's.
const COMPARISON = /\b(?:deadliest|worst|bloodiest|largest|biggest|most \w+)\b[^.;]{0,80}?\bsince\b/i;
// "29 out of 30 charges": a share of something counted after it.
const OUT_OF_AFTER = /^\s+out of\b/i;

// A count by nationality: a capitalised word between the number and its noun, or a capitalised plural noun
// ("six Mexican nationals", "41 Britons", "two French citizens").
const NATIONALITY = /^\s+(?:(?:[a-z]+\s+)?[A-Z][\p{L}'’-]+\s+(?:nationals|citizens|people|tourists|workers|soldiers|troops|civilians|children|women|men)\b|[A-Z][\p{L}'’-]+s\b)/u;

// A number that picks its victims out of a group named before ("four of whom were injured").
const PARTITIVE_AFTER = /^\s+of\s+(?:whom|them)\b/i;

export interface CasualtyResult {
  fatalities?: Quantity;
  injuries?: Quantity;
  perpetratorsKilled?: number;
  evidence: Span[];
}

type Kind = 'killed' | 'injured';

interface Statement {
  kind: Kind;
  quantity: Quantity;
  units: string[];
  perpetrators: number;
  additive: boolean;
  // Counted by nationality ("six Mexican nationals", "three Britons"): a part of a toll stated elsewhere.
  nationality?: boolean;
  // A figure someone claims ("the group claimed 190 were dead"): it competes with the others, never replaces them.
  claimed?: boolean;
  span: Span;
}

// A claim verb before a figure in its clause; "claimed the lives of 20" / "claimed 20 lives" is a toll, not a claim.
const CLAIM_VERB = /\b(?:claim(?:ed|s|ing)?|boast(?:ed|s|ing)?)\b(?!\s+(?:the\s+)?(?:lives\b|\S+\s+lives\b))(?!\s+responsibility)/gi;
// At most this many characters between the claim verb and the figure it reports.
const CLAIM_REACH = 60;

function isClaimedFigure(text: string, clause: Span, figureStart: number): boolean {
  const before = text.slice(Math.max(clause.start, figureStart - CLAIM_REACH), figureStart);
  CLAIM_VERB.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = CLAIM_VERB.exec(before); m; m = CLAIM_VERB.exec(before)) last = m;
  CLAIM_VERB.lastIndex = 0;
  return last !== null && !/[.;]/.test(before.slice(last.index));
}

interface Verb extends Span {
  kind: Kind;
}

function verbsIn(text: string, span: Span, vocabulary: Vocabulary): Verb[] {
  const verbs: Verb[] = [];
  const slice = text.slice(span.start, span.end);
  for (const kind of ['killed', 'injured'] as const) {
    const regex = vocabulary[kind];
    regex.lastIndex = 0;
    for (let m = regex.exec(slice); m; m = regex.exec(slice)) {
      // "not harmed", "unharmed", "no fatalities have emerged": no casualty to count.
      if (/\b(?:not|no)\s+$/i.test(slice.slice(Math.max(0, m.index - 5), m.index))) continue;
      // "the death penalty", "death threats", "a death sentence": no one died.
      if (NOT_A_DEATH_AFTER.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
      verbs.push({ kind, start: span.start + m.index, end: span.start + m.index + m[0].length });
    }
  }
  return verbs.sort((a, b) => a.start - b.start);
}

function isPerson(number: NumberMention): boolean {
  if (number.yearLike || number.age || number.score) return false;
  if (number.min > MAX_CASUALTIES) return false;
  return !(number.unit && NON_PERSON_UNITS.test(number.unit));
}

function combine(parts: NumberMention[]): Quantity {
  let min = 0;
  let max: number | undefined = 0;
  let qualifier: string | undefined;
  for (const part of parts) {
    min += part.min;
    max = max !== undefined && part.max !== undefined ? max + part.max : undefined;
    if (part.qualifier && part.qualifier !== 'between') {
      // An open bound anywhere makes the sum open; "about" anywhere makes it approximate.
      if (part.max === undefined) qualifier = part.qualifier;
      else if (!qualifier) qualifier = part.qualifier;
    }
  }
  const quantity: Quantity = { min };
  if (max !== undefined) quantity.max = max;
  if (qualifier) quantity.qualifier = qualifier;
  if (parts.length === 1 && parts[0].qualifier === 'between') quantity.qualifier = 'between';
  return quantity;
}

/** Casualty statements of one clause. `inherited` is the verb a clause continues ("… and more than 90 in …"). */
function statementsOf(text: string, span: Span, vocabulary: Vocabulary, exclude: Span[], inherited?: Kind): Statement[] {
  const verbs = verbsIn(text, span, vocabulary);
  const comparison = COMPARISON.exec(text.slice(span.start, span.end));
  const comparedFrom = comparison ? span.start + comparison.index + comparison[0].length : span.end;
  const numbers = findNumbers(text, span.start, span.end).filter(
    (n) => isPerson(n) && !exclude.some((x) => n.numberStart < x.end && n.numberEnd > x.start) && n.start < comparedFrom &&
      !OTHER_VERB_BEFORE.test(text.slice(Math.max(span.start, n.start - 40), n.start)) && !OUT_OF_AFTER.test(text.slice(n.end, n.end + 10)),
  );
  const groups = new Map<Verb | Kind, { parts: NumberMention[]; subset: NumberMention[] }>();
  const assigned = new Set<Verb>();
  let previous: { number: NumberMention; key: Verb | Kind; subset: boolean } | undefined;
  for (const number of numbers) {
    const gapFromPrevious = previous ? text.slice(previous.number.numberEnd, number.start) : '';
    const subsetCue = previous !== undefined && vocabulary.subset.test(gapFromPrevious);
    vocabulary.subset.lastIndex = 0;
    const verbBetween = previous !== undefined && verbs.some((v) => v.start >= previous!.number.end && v.end <= number.start);
    let key: Verb | Kind | undefined;
    let subset = false;
    if (previous && !verbBetween && (subsetCue || (previous.subset && /^[\s\w-]*?(?:,|\band\b)\s*$/i.test(gapFromPrevious)))) {
      key = previous.key;
      subset = true;
    }
    if (!key) {
      // Active voice: the verb right before the number ("killing 20", "death toll rose to 31").
      key = verbs.find((v) => {
        if (v.end > number.start) return false;
        const gap = text.slice(v.end, number.start);
        return /^\s*$/.test(gap) || /^\s+(?:\w+\s+){0,2}(?:to|at|of)\s+$/i.test(gap) && /toll/i.test(text.slice(v.start, v.end + 6));
      });
    }
    if (!key && previous && !verbBetween && /^[\s\w'’-]{0,40}?\b(?:alongside|as well as|plus|along with|and|together with)\s+$/i.test(gapFromPrevious)) {
      key = previous.key;
    }
    if (!key) {
      // Passive voice: the next verb after the number, within reach and before the next number.
      // An active verb with its own object ("Two assailants shot and killed Malik …") does not count its subject.
      key = verbs.find((v) => v.start >= number.end && v.start - number.end <= MAX_NUMBER_TO_VERB && !hasObject(text, v, span) &&
        !OTHER_VERB.test(text.slice(number.end, v.start)));
    }
    if (!key && inherited && !previous) key = inherited;
    if (!key) {
      previous = undefined;
      continue;
    }
    const group = groups.get(key) ?? { parts: [], subset: [] };
    // "over a hundred people attended …, four of whom were injured": the part the verb counts, not the whole.
    if (!subset && PARTITIVE_AFTER.test(text.slice(number.end, number.end + 12))) group.parts = [];
    (subset ? group.subset : group.parts).push(number);
    groups.set(key, group);
    if (typeof key !== 'string') assigned.add(key);
    previous = { number, key, subset };
  }
  const statements: Statement[] = [];
  for (const [key, group] of groups) {
    if (group.parts.length === 0) continue;
    const kind = typeof key === 'string' ? key : key.kind;
    const all = [...group.parts, ...group.subset];
    const perpetrators = kind === 'killed'
      ? all.filter((n) => n.unit && vocabulary.perpetratorUnits.test(n.unit)).reduce((sum, n) => sum + n.min, 0)
      : 0;
    const verb: Span | undefined = typeof key === 'string' ? undefined : key;
    const start = Math.min(...all.map((n) => n.start), verb ? verb.start : Infinity);
    const end = Math.max(...all.map((n) => n.end), verb ? verb.end : 0);
    const quantity = combine(group.parts);
    // "A lieutenant and two soldiers were killed", "The police chief and four assailants were killed": one more.
    const firstPart = group.parts[0];
    if (verb && verb.start > firstPart.end) {
      const lead = text.slice(span.start, firstPart.start).split(/[.;:]/).pop() ?? '';
      if (ONE_MORE.test(lead) && !/\b(?:was|were|is|are|been|had|has|have)\b/i.test(lead) && !verbs.some((v) => v.start < firstPart.start && v.start >= firstPart.start - lead.length)) {
        quantity.min += 1;
        if (quantity.max !== undefined) quantity.max += 1;
      }
    }
    statements.push({
      kind, quantity, units: group.parts.map((n) => n.unit ?? ''), perpetrators,
      // Read near the statement's own words: in "killed twelve and injured twelve more" the "more" is the injured's.
      additive: /\b(?:also|another|other|others|further|more)\b/i.test(text.slice(Math.max(span.start, start - ADDITIVE_REACH), Math.min(span.end, end + ADDITIVE_REACH))),
      // "… and three Britons were also killed" adds them; "Another report said eight Mexicans died" does not.
      nationality: group.parts.every((n) => NATIONALITY.test(text.slice(n.numberEnd, n.numberEnd + 40))) &&
        !/\b(?:also|other|others)\b/i.test(text.slice(start, end)),
      claimed: isClaimedFigure(text, span, start),
      span: { start, end },
    });
  }
  // "was killed" / "killed a soldier" with no number: one person.
  for (const verb of verbs) {
    if (assigned.has(verb)) continue;
    const before = text.slice(Math.max(span.start, verb.start - 22), verb.start);
    const after = text.slice(verb.end, Math.min(span.end, verb.end + 14));
    const singularPassive = /\b(?:was|is|has been|had been)\s+(?:\w+\s+){0,2}$/i.test(before) && !/\bthere was\s+$/i.test(before);
    const conjuncts = namedPeople(text, span, verb);
    const theOne = /^\s+the\s+([\w-]+)(?:\s+([\w-]+))?/i.exec(text.slice(verb.end, Math.min(span.end, verb.end + 40)));
    const namedVictim = /^\s+(?:(?:former|local|senior|prominent|retired|deputy|[a-z]+ (?:city|district|town|village|provincial|municipal)) )*(?:[a-z]+ )?[A-Z][\p{Ll}'’-]+\s+(?:[A-Z][\p{Ll}'’-]+\s+)*[A-Z][\p{Ll}'’-]+(?!s\b)/u.test(text.slice(verb.end, Math.min(span.end, verb.end + 60)));
    const singularActive = namedVictim || (/^\s+(?:a|an|him|her)\b/i.test(after) && !/^\s+(?:a|an)\s+(?:number|total|dozen|few|handful|lot|further|estimated)\b/i.test(after)) ||
      (theOne !== null && !/s$/i.test(theOne[2] ?? theOne[1]) && !/^(?:people|police|personnel|staff|military|militia|children)$/i.test(theOne[2] ?? theOne[1]));
    if (!singularPassive && !singularActive && conjuncts < 2) continue;
    if (statements.some((s) => s.kind === verb.kind && s.span.start <= verb.start && s.span.end >= verb.end)) continue;
    const subject = text.slice(Math.max(span.start, verb.start - 60), verb.start);
    const perpetrator = /\b(?:the|a|an)\s+(?:suicide\s+)?(?:assailant|attacker|gunman|bomber|militant|perpetrator|shooter|hijacker|kidnapper)\b[^,.]*$/i.test(subject);
    const count = Math.max(1, conjuncts);
    statements.push({
      kind: verb.kind, quantity: { min: count, max: count }, units: [perpetrator ? 'assailant' : ''],
      // "The woman was killed in a stairwell" after "killing four": one of them, named again, unless an attacker.
      perpetrators: verb.kind === 'killed' && perpetrator ? 1 : 0, additive: perpetrator || !DEFINITE_ONE.test(subject), span: { start: verb.start, end: verb.end },
    });
  }
  return statements;
}

/** Whether a past-tense casualty verb is active with an object after it ("killed a soldier", "wounded 12"). */
function hasObject(text: string, verb: Verb, span: Span): boolean {
  const word = text.slice(verb.start, verb.end).toLowerCase();
  if (!/^(?:killed|injured|wounded|murdered|killing|injuring|wounding)$/.test(word)) return false;
  const after = text.slice(verb.end, Math.min(span.end, verb.end + 30));
  if (/^\s+(?:in|at|on|by|during|when|while|after|as|and|or|near|inside|outside|since|across|amid|following|from|over)\b/i.test(after)) return false;
  return /^\s+(?:(?:a|an|the|his|her|him|them|their|two|three|four|five|six|seven|eight|nine|ten)\b|\d|[A-Z])/.test(after) && !/^\s+(?:were|was)\b/.test(after);
}

// A definite singular subject right before a passive verb ("The woman was killed", "the guard was wounded"):
// someone the report has already counted.
const DEFINITE_ONE = /(?:^|[,.;]\s*|\s)(?:The|the)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s+(?:was|is|has been|had been)\s+(?:\w+\s+){0,2}$/;

// One named person before a counted group under the same verb: "A lieutenant and two soldiers were killed".
const ONE_MORE = /(?:^|,\s*|\s)(?:A|An|The|a|an|the)\s+(?:[\w'’-]+\s+){0,5}and\s+$/;

// Words that open a noun phrase naming one person ("a police officer", "the driver", "his son").
const ONE_PERSON = /^(?:a|an|the|his|her|their|one|another)\s/i;

/**
 * People counted without a number: "killed a police officer and a security guard" (after the verb) or "The
 * police chief and a bodyguard were killed" (before it). 0 when the phrases are not all single people.
 */
function namedPeople(text: string, span: Span, verb: Span): number {
  const after = text.slice(verb.end, span.end).split(/[,.;]|\b(?:in|at|near|while|after|before|during|on|as|outside|inside|from)\b/)[0].trim();
  const beforeText = text.slice(span.start, verb.start);
  const passive = /\b(?:were|have been|had been)\s+(?:\w+\s+){0,2}$/i.exec(beforeText);
  const phrase = passive ? beforeText.slice(0, passive.index).split(/[,;:]/).pop()!.trim() : after;
  if (!phrase) return 0;
  const parts = phrase.split(/\s+and\s+/);
  if (parts.length < 2 || !parts.every((p) => ONE_PERSON.test(p) && !/\b\w+s\b$/.test(p.replace(/\b(?:his|its|as)\b/g, '')))) return 0;
  return parts.length;
}

/**
 * The toll of one kind: the reported figures combined, and a claimed figure that differs from them kept beside
 * them as a disputed range ("officials said 12 were killed; the group claimed 190" → {min 12, max 190,
 * qualifier "disputed"}). A claim alone is the toll.
 */
function merge(statements: Statement[], kind: Kind): { quantity?: Quantity; perpetrators: number } {
  const reported = mergeFigures(statements.filter((s) => !s.claimed), kind);
  const claimed = mergeFigures(statements.filter((s) => s.claimed), kind);
  if (!reported.quantity) return claimed;
  if (!claimed.quantity) return reported;
  const [low, high] = [reported.quantity, claimed.quantity].sort((a, b) => a.min - b.min);
  if (low.min === high.min) return reported;
  return { quantity: { min: low.min, max: Math.max(high.max ?? high.min, high.min), qualifier: 'disputed' }, perpetrators: reported.perpetrators };
}

function mergeFigures(statements: Statement[], kind: Kind): { quantity?: Quantity; perpetrators: number } {
  const ofKind = statements.filter((s) => s.kind === kind);
  if (ofKind.length === 0) return { perpetrators: 0 };
  let total = ofKind[0];
  let perpetrators = ofKind[0].perpetrators;
  for (const next of ofKind.slice(1)) {
    // "six Mexican nationals were killed in the attack" after "22 people died": among them, not beside them.
    if (next.nationality && !total.nationality && next.quantity.min <= total.quantity.min) continue;
    const distinct = next.units.every((u) => u && !total.units.includes(u)) && next.units.some((u) => u && u !== 'people');
    if (next.additive || distinct) {
      total = {
        ...total,
        quantity: combine([
          { min: total.quantity.min, max: total.quantity.max, qualifier: total.quantity.qualifier } as NumberMention,
          { min: next.quantity.min, max: next.quantity.max, qualifier: next.quantity.qualifier } as NumberMention,
        ]),
        units: [...total.units, ...next.units],
      };
      perpetrators += next.perpetrators;
    } else if (next.quantity.min > total.quantity.min) {
      total = next;
      perpetrators = next.perpetrators;
    }
  }
  return { quantity: total.quantity, perpetrators };
}

/**
 * Casualties of one incident from its clauses (in text order). `exclude` holds spans that are not counts
 * (date expressions). Clauses that continue a casualty verb ("… and more than 90 in …") pass it on.
 */
export function readCasualties(text: string, clauses: Span[], vocabulary: Vocabulary, exclude: Span[] = [], inheritedVerbs: Map<Span, Kind> = new Map()): CasualtyResult {
  const statements: Statement[] = [];
  const unknown = new Set<Kind>();
  const none = new Set<Kind>();
  const evidence: Span[] = [];
  for (const clause of clauses) {
    const slice = text.slice(clause.start, clause.end);
    const unknownMatch = vocabulary.unknownCasualties.exec(slice);
    if (unknownMatch) {
      const rest = slice.slice(unknownMatch.index);
      const killedAt = rest.search(vocabulary.killed);
      const injuredAt = rest.search(vocabulary.injured);
      vocabulary.killed.lastIndex = 0;
      vocabulary.injured.lastIndex = 0;
      if (/number/i.test(unknownMatch[0]) && (killedAt >= 0 || injuredAt >= 0)) {
        const kind: Kind = injuredAt >= 0 && (killedAt < 0 || injuredAt < killedAt) ? 'injured' : 'killed';
        unknown.add(kind);
      } else {
        unknown.add('killed');
        unknown.add('injured');
      }
    }
    const noneMatch = vocabulary.noCasualties.exec(slice);
    if (noneMatch) {
      const said = noneMatch[0].toLowerCase();
      if (/killed|deaths|fatalities/.test(said)) none.add('killed');
      else if (/injur|hurt|harmed/.test(said)) none.add('injured');
      else {
        none.add('killed');
        none.add('injured');
      }
      evidence.push({ start: clause.start + noneMatch.index, end: clause.start + noneMatch.index + noneMatch[0].length });
    }
    const clauseStatements = statementsOf(text, clause, vocabulary, exclude, inheritedVerbs.get(clause));
    const extra = vocabulary.inAdditionToPerpetrator.exec(slice);
    if (extra && clauseStatements.some((st) => st.kind === 'killed')) {
      const at = { start: clause.start + extra.index, end: clause.start + extra.index + extra[0].length };
      clauseStatements.push({ kind: 'killed', quantity: { min: 1, max: 1 }, units: ['assailant'], perpetrators: 1, additive: true, span: at });
    }
    const share = sharedAmong(text, clauses[0].start, clause, slice);
    for (const statement of clauseStatements) {
      if (unknown.has(statement.kind) && statement.quantity.min === 1 && statement.quantity.max === 1 && !statement.units[0]) continue;
      if (share > 1) statement.quantity = divide(statement.quantity, share);
      statements.push(statement);
      evidence.push(statement.span);
    }
  }
  const result: CasualtyResult = { evidence };
  for (const kind of ['killed', 'injured'] as const) {
    const { quantity, perpetrators } = merge(statements, kind);
    const field = kind === 'killed' ? 'fatalities' : 'injuries';
    if (quantity) {
      result[field] = quantity;
      if (kind === 'killed' && perpetrators > 0) result.perpetratorsKilled = perpetrators;
    } else if (none.has(kind)) result[field] = { min: 0, max: 0 };
    else if (!unknown.has(kind)) result[field] = { min: 0, max: 0, reported: false };
  }
  return result;
}

// A toll stated for several attacks together: "… were killed across both attacks", "across the three raids".
const ACROSS = /\bacross\s+(?:all\s+(?:of\s+)?)?(?:the\s+|these\s+|those\s+)?(both|two|three|four|five|six|seven|eight|nine|ten|\d+)?\s*(?:of\s+the\s+)?(?:related\s+|coordinated\s+|similar\s+)?(?:attacks|incidents|blasts|clashes|raids|bombings|explosions|assaults|strikes)\b|\bacross\s+(both)\b/i;
// "This was one of three related attacks": how many attacks the report's toll covers.
const ONE_OF = /\bone of (?:at least |the )?(two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ ){0,3}?(?:attacks|incidents|raids|bombings|explosions|assaults|strikes|clashes)\b/i;

/**
 * Into how many attacks a clause's toll is to be shared (GTD divides a toll stated for several linked attacks
 * evenly among them, rounding down); 1 when the clause states its own toll.
 */
function sharedAmong(text: string, incidentStart: number, clause: Span, slice: string): number {
  const across = ACROSS.exec(slice);
  if (!across) return 1;
  const stated = across[1] ?? across[2];
  const count = (word: string | undefined) => (word === undefined ? undefined : /^both$/i.test(word) ? 2 : parseNumber(word));
  const n = count(stated) ?? count(ONE_OF.exec(text.slice(incidentStart, clause.end))?.[1]);
  return n !== undefined && n > 1 && n <= MAX_SHARED_ATTACKS ? n : 1;
}

// More linked attacks than this is a campaign, not a share to compute.
const MAX_SHARED_ATTACKS = 20;

function divide(quantity: Quantity, n: number): Quantity {
  const shared: Quantity = { ...quantity, min: Math.floor(quantity.min / n) };
  if (quantity.max !== undefined) shared.max = Math.floor(quantity.max / n);
  return shared;
}

/** The casualty verb a clause ends with, for a following "… and more than 90 in …" clause to inherit. */
export function lastCasualtyKind(text: string, clause: Span, vocabulary: Vocabulary): Kind | undefined {
  const verbs = verbsIn(text, clause, vocabulary);
  return verbs.length > 0 ? verbs[verbs.length - 1].kind : undefined;
}
