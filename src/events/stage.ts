// events.rules.v1: violent events and strategic developments, one record per incident, each value with its span.
//
// 1. Sentences are cut into clauses at dashes, semicolons and "and" before a new figure, so that "killing more
//    than 140 at a Moscow concert hall in March and more than 90 in an Iran bombing in January" is two incidents.
// 2. A clause with an attack word (data/events/vocabulary.json) opens or joins an incident; a plural event noun
//    ("planned 21 international attacks", "the 9/11 attacks") counts events and makes the clause a claim, never
//    an incident. A clause joins an earlier incident when its date and place agree with it (same place, or no
//    place; overlapping date, or no date); otherwise it opens a new one.
// 3. Clauses with no attack word but with casualty or responsibility words join the latest incident.
// 4. A later incident that only refers back to an earlier one ("the attack", told again with a claim or another
//    place of telling) is merged into it (merge.ts).
// 5. The main event is the first violent incident (the report's lead); the others are background.
import type { Document, EventRecord, Quantity, Span } from '../core/document.js';
import { defineStage } from '../core/stage.js';
import { findDates, publicationDate, referenceDate, type DateMention } from '../extract/dates.js';
import { segment } from '../text/segment.js';
import { lastCasualtyKind, readCasualties } from './casualties.js';
import { classify, type TriggerHit } from './classify.js';
import { isFigurative } from './figurative.js';
import { coreferenceTargets } from './merge.js';
import { actorMentions, groupLikeName, readPerpetrators, type ActorMention } from './perpetrators.js';
import { isAttributive, locate, placeMentions, type PlaceMention } from './places.js';
import { loadVocabulary, type Vocabulary } from './vocabulary.js';

// Cut points inside a sentence: dashes, semicolons, and "and" followed by a figure or a new date.
const CLAUSE_BREAK = /\s[—–]\s|;\s|,?\s+and\s+(?=(?:more than|at least|some|about|nearly|over|up to|\d))/g;
// Words before a plural event noun that make it a count of events ("21 international attacks", "a spate of
// bombings", "plagued by attacks"), not the incident being reported ("killed in the blasts").
const COUNTED = /\b(?:\d[\d,/]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|dozens|hundreds|several|many|more|multiple|numerous|series of|wave of|spate of|string of|number of|recent|previous|past|these|such|other|similar|related|coordinated|those|by|of|against|from|for|planning|planned|plotting|staging|foreign|domestic|international)\s+(?:[\w'’-]+\s+){0,2}$/i;
// "killed across the four attacks": the toll of linked attacks, read by the casualty rules.
const ACROSS_BEFORE = /\bacross\s+(?:all\s+(?:of\s+)?)?(?:the\s+|these\s+|both\s+)?(?:[\w-]+\s+){0,2}$/i;
// Words before an attack word that make it hypothetical or generic, not an incident ("to attack", "could strike").
const HYPOTHETICAL = /\b(?:to|will|would|could|might|may|can|cannot|must|should)\s+(?:\w+\s+)?$/i;
// … unless the sentence says it was tried, planned or threatened: then it is an event with that status.
const ATTEMPT = /\b(?:began|begun|begins|started|starting|starts|continued|continues|proceeded|went on|managed|attempted|attempting|tried|trying|failed|plotted|plotting|planned|planning|threatened|threatening|sought)\s+to\s+$/i;
// Words before an attack word that make it something else: an illness ("panic attacks", "heart attack"), a
// fake ("a fake suicide vest"), weapons traded, not used ("send weapons, fighter jets, bombs").
const NOT_AN_ATTACK_BEFORE = /\b(?:panic|heart|asthma|anxiety|seizure|shark|dog|cyber|verbal|personal|sexual|sexually|indecent)\s+$|\b(?:fake|hoax|imitation|replica|dummy|toy)\s+(?:\w+\s+)?$|\b(?:send|sending|sent|supply|supplying|supplied|sell|selling|sold|deliver|delivering|delivered|ship|shipping|export|exporting|buy|buying|bought|stockpil\w*)\s+(?:[\w,]+\s+){0,6}$/i;
// Words after it that make it a plan or a fear, not an incident ("assassination plots against dissidents").
const NOT_AN_ATTACK_AFTER = /^\s+(?:plots|threats|fears|warnings|charges|allegations|suspects|trial|convictions?|cases?|inquiry|inquest|rates?|myster(?:y|ies))\b/i;
// A preposition that places what happened: "in Herat", "near Mosul".
const LOCATIVE_BEFORE = /\b(?:in|near|at|outside)\s+(?:the\s+)?$/i;
// Words that start a separate incident even when date and place agree.
const SEPARATE = /\b(?:in (?:a|another) separate|separately|in another (?:attack|incident)|elsewhere|meanwhile)\b/i;

interface Clause extends Span {
  sentence: number;
}

interface Incident {
  clauses: Clause[];
  hits: TriggerHit[];
  strategic?: { subEventType: string; span: Span };
  date?: DateMention;
  // The first date its clauses gave, the incident's own or a report's, for telling incidents apart.
  anchor?: Anchor;
  places: PlaceMention[];
  // Its opening clause gave no date: a date it has came from a clause that joined it later.
  openedUndated?: boolean;
}

function clausesOf(text: string, sentence: Span, index: number, vocabulary: Vocabulary): Clause[] {
  const clauses: Clause[] = [];
  let start = sentence.start;
  const slice = text.slice(sentence.start, sentence.end);
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(slice); m; m = CLAUSE_BREAK.exec(slice)) {
    const cut = sentence.start + m.index;
    // "and more than 90 in …" starts a new clause only after a casualty verb: in "three soldiers and 10
    // assailants were killed" both numbers wait for the same verb.
    if (/\band\b/.test(m[0])) {
      const before = text.slice(start, cut);
      const hasVerb = [vocabulary.killed, vocabulary.injured].some((regex) => {
        regex.lastIndex = 0;
        const found = regex.test(before);
        regex.lastIndex = 0;
        return found;
      });
      if (!hasVerb) continue;
    }
    if (cut > start) clauses.push({ start, end: cut, sentence: index });
    start = cut + m[0].length;
  }
  if (start < sentence.end) clauses.push({ start, end: sentence.end, sentence: index });
  return clauses;
}

/** Every attack-word match in the text, in one pass; where two could match, the earlier vocabulary entry wins. */
function allTriggerMatches(text: string, vocabulary: Vocabulary): TriggerHit[] {
  const found: TriggerHit[] = [];
  const regex = vocabulary.anyTrigger;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    found.push({ start: m.index, end: m.index + m[0].length, trigger: vocabulary.triggers[group - 1] });
  }
  return found;
}

// A generic attack verb whose subject is a person ("Trump attacked Drudge as …", "Biden attacked Trump for …")
// is words, not violence, unless the sentence also says someone was hurt or names a weapon or method.
const VERBAL_ATTACK = /^(?:attack(?:ed|s)?|assault(?:ed)?|targeted|struck)$/i;
const PERSON_SUBJECT_GAP = /^(?:\s+(?:and|also|then|later|again|repeatedly|sharply|publicly|personally|had|has|have|verbally))*\s*$/i;

function isVerbalAttack(text: string, match: TriggerHit, sentence: Span, people: Span[], matches: TriggerHit[], vocabulary: Vocabulary): boolean {
  if (match.trigger.rank > GENERIC_TRIGGER_RANK || !VERBAL_ATTACK.test(text.slice(match.start, match.end))) return false;
  const subject = people.filter((p) => p.end <= match.start && p.start >= sentence.start).pop();
  const pronoun = /\b(?:he|she)\s+$/i.test(text.slice(Math.max(sentence.start, match.start - 8), match.start));
  if (!pronoun && !(subject && PERSON_SUBJECT_GAP.test(text.slice(subject.end, match.start)))) return false;
  if (matches.some((m) => m.start >= sentence.start && m.end <= sentence.end && m.trigger.rank > GENERIC_TRIGGER_RANK)) return false;
  const slice = text.slice(sentence.start, sentence.end);
  return ![vocabulary.killed, vocabulary.injured].some((regex) => {
    regex.lastIndex = 0;
    const found = regex.test(slice);
    regex.lastIndex = 0;
    return found;
  });
}

/** Attack words of a clause that name one incident (not a count of events, not a hypothetical, not words). */
function hitsIn(text: string, clause: Span, matches: TriggerHit[], vocabulary: Vocabulary, sentence: Span = clause, people: Span[] = []): { hits: TriggerHit[]; aggregate: boolean } {
  const hits: TriggerHit[] = [];
  let aggregate = false;
  for (const match of matches) {
    if (match.start < clause.start || match.end > clause.end) continue;
    if (hits.some((h) => match.start < h.end && match.end > h.start)) continue;
    const word = text.slice(match.start, match.end);
    // A plural event noun ("attacks", "bombings"), with or without a count: events counted, not one event.
    // … but a toll "across the four attacks" reports the incident with the others linked to it.
    const before40 = text.slice(Math.max(clause.start, match.start - 40), match.start);
    if (vocabulary.aggregate.test(word) && /s$/i.test(word) && COUNTED.test(before40) && !ACROSS_BEFORE.test(before40)) {
      aggregate = true;
      continue;
    }
    const before = text.slice(Math.max(clause.start, match.start - 40), match.start);
    if (HYPOTHETICAL.test(before) && !ATTEMPT.test(before)) continue;
    if (NOT_AN_ATTACK_BEFORE.test(before) || NOT_AN_ATTACK_AFTER.test(text.slice(match.end, Math.min(clause.end, match.end + 20)))) continue;
    if (isVerbalAttack(text, match, sentence, people, matches, vocabulary)) continue;
    if (isFigurative(text, match.start, match.end, sentence.start, sentence.end)) continue;
    hits.push(match);
  }
  return { hits: hits.sort((a, b) => a.start - b.start), aggregate };
}

// Words that can tie a sentence with no attack word to an incident (its toll, who did it).
const INCIDENT_HINT = /\b(?:claimed|claim|responsibility|attributed|blamed|suspected|casualties|unknown|no one|nobody|toll|involvement)\b/gi;

const globalCopies = new WeakMap<RegExp, RegExp>();

/** A case-insensitive global copy of a vocabulary pattern for exec loops, compiled once per pattern. */
function globalOf(regex: RegExp): RegExp {
  if (regex.global) return regex;
  let copy = globalCopies.get(regex);
  if (!copy) {
    copy = new RegExp(regex.source, `${regex.flags}g`);
    globalCopies.set(regex, copy);
  }
  return copy;
}

/** Which sentences may hold part of an incident: an attack word, a casualty word or a responsibility word. */
function interestingSentences(text: string, sentences: Span[], triggers: TriggerHit[], vocabulary: Vocabulary): boolean[] {
  const positions: number[] = triggers.map((t) => t.start);
  for (const regex of [vocabulary.killed, vocabulary.injured, INCIDENT_HINT, ...vocabulary.strategic.map((s) => s.regex)]) {
    regex.lastIndex = 0;
    const global = globalOf(regex);
    global.lastIndex = 0;
    for (let m = global.exec(text); m; m = global.exec(text)) positions.push(m.index);
    regex.lastIndex = 0;
  }
  positions.sort((a, b) => a - b);
  const flags = new Array<boolean>(sentences.length).fill(false);
  let p = 0;
  sentences.forEach((sentence, i) => {
    while (p < positions.length && positions[p] < sentence.start) p++;
    flags[i] = p < positions.length && positions[p] < sentence.end;
  });
  return flags;
}

function isResponsibility(slice: string, vocabulary: Vocabulary): boolean {
  if (vocabulary.noClaim.test(slice)) return true;
  return [vocabulary.claimed, vocabulary.attributedBefore].some((regex) => {
    regex.lastIndex = 0;
    const m = regex.exec(slice);
    regex.lastIndex = 0;
    return m !== null && m[0].toLowerCase() !== 'by' && !/^(?:suspected|accused)$/i.test(m[0]);
  });
}

function datesOverlap(a: DateMention, b: DateMention): boolean {
  return a.date.start <= b.date.end && b.date.start <= a.date.end;
}

/**
 * Whether a clause's places fit an incident's: same country, and no different town that the clause says it
 * happened in ("in Herat"); a town named in passing ("the Sangin district police chief") does not split.
 */
function placesAgree(text: string, clause: PlaceMention[], owned: PlaceMention[]): boolean {
  // "United States soldiers" says whose soldiers, not where: it never splits an incident.
  const incident = owned.filter((p) => !isAttributive(text, p));
  if (clause.length === 0 || incident.length === 0) return true;
  if (!clause.some((x) => incident.some((y) => x.place.countryCode === y.place.countryCode))) return false;
  const towns = incident.filter((p) => p.place.kind === 'city');
  const elsewhere = clause.filter(
    (p) => p.place.kind === 'city' && LOCATIVE_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start)) &&
      !towns.some((t) => t.place.id === p.place.id || t.place.name === p.place.name),
  );
  return towns.length === 0 || elsewhere.length === 0;
}

// "the Yemen-based Houthi movement": where a group is based, not where the incident happened.
const BASED_AFTER = /^-based\b/i;
// Verbs of reporting, of the law and of a status, whose date is not the incident's ("On Saturday, Trump said …
// had been killed", "Police on Monday arrested twelve men after a bomb …", "… the shooting, they said Sunday").
const REPORT_VERB = /\b(?:said|says|told|reported|announced|revealed|acknowledged|admitted|accepted|confirmed|stated|arrested|charged|sentenced|released|issued|appeared|pleaded|pled|convicted|filed|testified|ruled|indicted|arraigned|tweeted|wrote|condemned|denied|detained|questioned|went on trial|was due|is due)\b/i;
const REPORTED_ON = new RegExp(`${REPORT_VERB.source}\\s+(?:on\\s+|in\\s+|at\\s+)?$`, 'i');
// "the attack that day": the incident refers back to the date of the report.
const SAME_DAY = /\b(?:that|the same) (?:day|night|morning|evening)\b/i;

/**
 * Whether a date of a clause dates a report, an arrest or a court hearing rather than the incident: a verb of
 * reporting sits between it and the clause's first attack word, or right before it ("reported on Saturday");
 * "as of Sunday" dates a status.
 */
function isReportDate(text: string, date: DateMention, clause: Span, hits: TriggerHit[]): boolean {
  const before = text.slice(Math.max(clause.start, date.start - 30), date.start);
  if (/\bas of\s+$/i.test(before)) return true;
  if (SAME_DAY.test(text.slice(clause.start, clause.end))) return false;
  if (REPORTED_ON.test(before)) return true;
  const hit = hits[0];
  if (!hit) return false;
  const between = date.end <= hit.start ? text.slice(date.end, hit.start) : hit.end <= date.start ? text.slice(hit.end, date.start) : '';
  return REPORT_VERB.test(between);
}

interface Anchor {
  date: DateMention;
  report: boolean;
}

// A report, an arrest or a hearing comes this many days at most after the incident it is about.
const REPORT_LAG_DAYS = 7;

/**
 * Whether a clause's date fits an incident's: the same period, or an incident date up to a week before a
 * report's date ("stabbed on Friday, August 30" and "it was reported on Saturday" are one incident).
 */
function anchorsAgree(a: Anchor | undefined, b: Anchor | undefined): boolean {
  if (!a || !b) return true;
  if (a.report === b.report) return datesOverlap(a.date, b.date);
  const [event, report] = a.report ? [b.date, a.date] : [a.date, b.date];
  return event.date.start <= report.date.end && (Date.parse(report.date.start) - Date.parse(event.date.end)) / 86_400_000 <= REPORT_LAG_DAYS;
}

function inside(spans: Span[], m: Span): boolean {
  return spans.some((s) => m.start >= s.start && m.end <= s.end);
}

/** Extract every incident of a document as EventRecords, main event first. */
export function extractEvents(doc: Document, vocabulary: Vocabulary = loadVocabulary()): EventRecord[] {
  const text = doc.article?.text ?? '';
  if (!text) return [];
  const published = referenceDate(doc);
  const sentences = (doc.segments ?? segment(text)).sentences;
  const places = placeMentions(doc);
  const actors = actorMentions(doc);
  // People named in the text (tagged PER or linked to a person), as subjects of "attacked" in words.
  const people: Span[] = [
    ...(doc.entities ?? []).filter((e) => e.label === 'PER'),
    ...actors.filter((a) => a.actor.kind === 'person'),
  ].sort((a, b) => a.start - b.start);
  const incidents: Incident[] = [];
  const dateSpans: Span[] = [];
  let current: Incident | undefined;
  const inherited = new Map<Span, 'killed' | 'injured'>();
  // Attack words are found once per document; dates once per sentence that may hold part of an incident.
  const triggerMatches = allTriggerMatches(text, vocabulary);
  const interesting = interestingSentences(text, sentences, triggerMatches, vocabulary);
  sentences.forEach((sentence, index) => {
    if (!interesting[index]) return;
    let previousClause: Clause | undefined;
    for (const clause of clausesOf(text, sentence, index, vocabulary)) {
      const slice = text.slice(clause.start, clause.end);
      const dates = published ? findDates(text, published, clause.start, clause.end) : [];
      dateSpans.push(...dates);
      const clausePlaces = places.filter((p) => inside([clause], p) && !BASED_AFTER.test(text.slice(p.end, p.end + 8)));
      const { hits, aggregate } = hitsIn(text, clause, triggerMatches, vocabulary, sentence, people);
      const incidentDates = dates.filter((d) => !isReportDate(text, d, clause, hits));
      const date = incidentDates.find((d) => !d.range) ?? incidentDates[0];
      const first = dates.find((d) => !d.range) ?? dates[0];
      const anchor: Anchor | undefined = first ? { date: first, report: !incidentDates.includes(first) } : undefined;
      const strategic = vocabulary.strategic
        .map((s) => {
          s.regex.lastIndex = 0;
          const m = s.regex.exec(slice);
          return m ? { subEventType: s.subEventType, span: { start: clause.start + m.index, end: clause.start + m.index + m[0].length } } : undefined;
        })
        .find(Boolean);
      if (previousClause && /^\s*(?:more than|at least|some|about|nearly|over|up to|\d)/i.test(slice)) {
        const kind = lastCasualtyKind(text, previousClause, vocabulary);
        if (kind) inherited.set(clause, kind);
      }
      previousClause = clause;
      // "No group claimed responsibility; however, sources attributed the attacks to …" belongs to the incident
      // being reported, even when it names the attacks in the plural.
      if (current && !current.strategic && isResponsibility(slice, vocabulary) && anchorsAgree(anchor, current.anchor)) {
        current.clauses.push(clause);
        current.places.push(...clausePlaces);
        continue;
      }
      if (aggregate) {
        // A clause that counts events is a claim; it neither opens nor feeds an incident.
        continue;
      }
      if (hits.length > 0 || (strategic && hits.length === 0)) {
        const compatible = (incident: Incident) =>
          anchorsAgree(anchor, incident.anchor) &&
          placesAgree(text, clausePlaces, incident.places) &&
          Boolean(incident.strategic) === Boolean(strategic && hits.length === 0);
        let target: Incident | undefined;
        if (!SEPARATE.test(slice)) {
          if (current && compatible(current) && (clausePlaces.length === 0 || current.places.length === 0 || placesAgree(text, clausePlaces, current.places)) && anchorsAgree(anchor, current.anchor)) {
            target = current;
          }
          // A later clause about an earlier incident's place ("… then Moscow, where four gunmen …").
          if (!target && clausePlaces.some((p) => p.place.kind === 'city')) {
            target = [...incidents].reverse().find((i) => i.places.some((p) => clausePlaces.some((q) => q.place.id === p.place.id && p.place.kind === 'city')) && compatible(i));
          }
          if (target && !date && clausePlaces.length === 0 && current && target !== current) target = current;
        }
        if (!target) {
          target = { clauses: [], hits: [], places: [], openedUndated: !date };
          if (strategic && hits.length === 0) target.strategic = strategic;
          incidents.push(target);
        }
        target.clauses.push(clause);
        target.hits.push(...hits);
        target.places.push(...clausePlaces);
        if (!target.date && date) target.date = date;
        if (!target.anchor && anchor) target.anchor = anchor;
        current = target;
        continue;
      }
      const relevant = [vocabulary.killed, vocabulary.injured, vocabulary.claimed, vocabulary.attributedBefore].some((regex) => {
        regex.lastIndex = 0;
        const m = regex.exec(slice);
        regex.lastIndex = 0;
        return m !== null && m[0].toLowerCase() !== 'by';
      }) || vocabulary.noCasualties.test(slice) || vocabulary.unknownCasualties.test(slice) || vocabulary.noClaim.test(slice);
      // The rest of a sentence cut at a dash ("… a Combined Joint Task Force – Operation Inherent Resolve convoy
      // near Samarra, Saladin, Iraq") still belongs to the incident its first part opened.
      const continues = current !== undefined && current.clauses[current.clauses.length - 1]?.sentence === index && clausePlaces.length > 0 && !SEPARATE.test(slice);
      if ((relevant || continues) && current && !current.strategic && anchorsAgree(anchor, current.anchor)) {
        current.clauses.push(clause);
        current.places.push(...clausePlaces);
      }
    }
  });

  adoptLead(text, sentences, incidents, places, vocabulary);

  // A place or an organisation is not a person that an assassination could target.
  const isNotPerson = (span: Span) =>
    places.some((p) => p.start < span.end && p.end > span.start) ||
    actors.some((a) => a.start < span.end && a.end > span.start && a.actor.kind !== 'person');
  const fallback = publicationDate(published);
  const objectTargets = new Set<EventRecord>();
  const buildRecord = (incident: Incident): EventRecord => {
    const triggerSpans = incident.hits.map((h) => ({ start: h.start, end: h.end }));
    const record: EventRecord = {
      attackType: '', eventType: 'Strategic developments', subEventType: incident.strategic?.subEventType ?? 'Other',
      date: incident.date
        ? { ...incident.date.date }
        : fallback ? { ...fallback, fromPublication: true } : { start: '', end: '', precision: 'day', fromPublication: true },
      perpetrators: [], targets: [], status: 'occurred', salience: 'background',
      evidence: incident.clauses.map((c) => ({ start: c.start, end: c.end })),
    };
    const location = locate(doc, incident.clauses, places, false) ?? leadContinuation(doc, incident, incidents, sentences, places) ??
      locate(doc, incident.clauses, places);
    if (location) record.location = location;
    const responsibility = readPerpetrators(text, incident.clauses, triggerSpans, actors, vocabulary, sentences);
    record.perpetrators = responsibility.perpetrators.filter((_, i) => canAttack(text, responsibility.evidence[i], actors, places, people));
    if (!incident.strategic) {
      // The unknown-method convention applies to attacks someone made: a named perpetrator or an attacker noun.
      const agent = record.perpetrators.length > 0 || incident.clauses.some((c) => ATTACKER.test(text.slice(c.start, c.end)));
      const kind = classify(text, incident.hits, incident.clauses, vocabulary, isNotPerson, sentences, agent ? location?.countryCode : undefined);
      record.attackType = kind.attackType;
      record.eventType = kind.eventType;
      record.subEventType = kind.subEventType;
      record.targets = kind.targets;
      if (kind.objectTarget) objectTargets.add(record);
      const casualties = readCasualties(text, incident.clauses, vocabulary, dateSpans, inherited);
      if (casualties.fatalities) record.fatalities = casualties.fatalities;
      if (casualties.injuries) record.injuries = casualties.injuries;
      if (casualties.perpetratorsKilled !== undefined) record.perpetratorsKilled = casualties.perpetratorsKilled;
    }
    record.status = statusOf(text, incident, vocabulary);
    return record;
  };
  const built = incidents.map(buildRecord);
  const keptAt = built.map((_, i) => i).filter((i) => !tooThin(text, built[i], incidents[i], objectTargets.has(built[i])) &&
    !accidental(text, built[i], incidents[i], doc.article?.title) && !refersBack(text, built[i], incidents[i], built.slice(0, i)));
  const records = mergeCoreferent(text, keptAt.map((i) => incidents[i]), keptAt.map((i) => built[i]), buildRecord);
  const main = records.findIndex((r) => r.eventType !== 'Strategic developments' || r.attackType !== '');
  const lead = main >= 0 ? main : 0;
  if (records[lead]) records[lead].salience = 'main';
  return records.length > 0 ? [records[lead], ...records.filter((_, i) => i !== lead)] : [];
}

/**
 * Incidents that refer back to an earlier one (merge.ts) are merged into it: their clauses, attack words and
 * places join it, and its record is read again from them all (toll, perpetrators, place).
 */
function mergeCoreferent(text: string, incidents: Incident[], records: EventRecord[], build: (incident: Incident) => EventRecord): EventRecord[] {
  const targets = coreferenceTargets(text, incidents.map((incident, i) => ({
    record: records[i], hits: incident.hits, places: incident.places, clauses: incident.clauses, undated: incident.openedUndated,
  })));
  if (targets.every((t, i) => t === i)) return records;
  const merged = incidents.map((incident) => ({ ...incident, clauses: [...incident.clauses], hits: [...incident.hits], places: [...incident.places] }));
  targets.forEach((target, i) => {
    if (target === i) return;
    const into = merged[target];
    const from = merged[i];
    into.clauses = [...into.clauses, ...from.clauses].sort((a, b) => a.start - b.start);
    into.places.push(...from.places);
    // The earlier incident's own words stay first: they classify it; the later mention only adds to it.
    into.hits.push(...from.hits.filter((h) => !into.hits.some((k) => k.start === h.start)));
    if (!into.date && from.date) into.date = from.date;
  });
  return merged.flatMap((incident, i) => {
    if (targets[i] !== i) return [];
    const parts = records.filter((_, k) => targets[k] === i);
    if (parts.length === 1) return [records[i]];
    const record = build(incident);
    // Each mention's toll was read from its own words; the incident's is the largest reported one (a toll that
    // rose), so that "was killed" told twice does not count two people.
    for (const field of ['fatalities', 'injuries'] as const) {
      const tolls = parts.map((p) => p[field]).filter((q): q is Quantity => q !== undefined && q.reported !== false);
      const largest = tolls.sort((a, b) => (b.max ?? b.min) - (a.max ?? a.min))[0];
      if (largest) record[field] = { ...largest };
    }
    return [record];
  });
}

// The report's lead sentence when an attacker does something the vocabulary has no word for ("Assailants seized
// the residence of …", "Assailants gathered residents …"): its first verb is the attack.
const LEAD_AGENT_VERB = /^(?:(?:The|Unknown|Unidentified|Suspected|Armed)\s+)?(?:\w+\s+)?(?:assailants|attackers|gunmen|militants|insurgents|rebels|fighters|raiders|bandits|extremists|jihadists|terrorists|militiamen)\s+(?:(?:also|reportedly|allegedly|attempted to|tried to)\s+)?([a-z]+(?:ed)?)\b/i;
// Later words that point back at the lead's act as the attack ("looted in the attack", "claimed the incident").
const ANAPHOR = /\b(?:the|this|that)\s+(?:attacks?|incidents?|assault|raid)\b/i;
// The lead is adopted only when the first incident begins within this many sentences after it.
const LEAD_REACH = 2;

/**
 * A lead sentence that tells what attackers did in words the vocabulary lacks belongs to the first incident when
 * the next sentences call it "the attack" / "the incident": its verb becomes the incident's (generic) attack word,
 * its places and its target the incident's.
 */
function adoptLead(text: string, sentences: Span[], incidents: Incident[], places: PlaceMention[], vocabulary: Vocabulary): void {
  const first = incidents[0];
  const lead = sentences[0];
  if (!first || !lead || first.strategic) return;
  const opens = first.clauses[0].sentence;
  if (opens === 0 || opens > LEAD_REACH) return;
  if (incidents.some((i) => i.clauses.some((c) => c.sentence === 0))) return;
  const own = first.clauses.map((c) => text.slice(c.start, c.end)).join(' ');
  if (!ANAPHOR.test(own)) return;
  const agent = LEAD_AGENT_VERB.exec(text.slice(lead.start, lead.end));
  const generic = vocabulary.triggers.find((t) => t.id === 'attack');
  if (!agent || !generic) return;
  const verbStart = lead.start + agent.index + agent[0].length - agent[1].length;
  first.clauses.unshift({ start: lead.start, end: lead.end, sentence: 0 });
  first.hits.unshift({ start: verbStart, end: verbStart + agent[1].length, trigger: generic });
  first.places.unshift(...places.filter((p) => p.start >= lead.start && p.end <= lead.end));
}

/**
 * The lead incident that names no place of its own: the sentence right after its first one, when no other
 * incident holds it ("… killed Lander Sta. Ana Garde, …, in Trindad, Negros Oriental, Philippines", cut at "Sta.").
 */
function leadContinuation(doc: Document, incident: Incident, incidents: Incident[], sentences: Span[], places: PlaceMention[]): EventRecord['location'] | undefined {
  if (incident !== incidents[0]) return undefined;
  const next = sentences[incident.clauses[0].sentence + 1];
  if (!next || incidents.some((i) => i !== incident && i.clauses.some((c) => c.start < next.end && c.end > next.start))) return undefined;
  return locate(doc, [...incident.clauses, next], places, false);
}

// Nouns for whoever made an attack.
const ATTACKER = /\b(?:assailants?|attackers?|gunm[ae]n|militants|insurgents|rebels|fighters|raiders|bandits|extremists|jihadists|terrorists|insurgents|herders|militiam[ae]n)\b/i;

// Kinds of linked actor that cannot be the perpetrator of an attack: a person is named as the agent only through
// their group ("Taliban spokesman …"), media and intergovernmental bodies report, they do not attack.
const NOT_PERPETRATOR_KINDS = new Set(['person', 'media', 'igo']);

/**
 * Whether the name read as a perpetrator is an actor that can attack: not a person, a news outlet or a place
 * (a state counts: its forces attack); an unlinked name that is none of these ("Fulani extremists") stays.
 */
function canAttack(text: string, span: Span | undefined, actors: ActorMention[], places: PlaceMention[], people: Span[]): boolean {
  if (!span) return true;
  const overlapping = actors.filter((a) => a.start < span.end && a.end > span.start);
  if (overlapping.some((a) => !NOT_PERPETRATOR_KINDS.has(a.actor.kind))) return true;
  // A person the tagger saw in a name built like a group's ("Ahl al-Marouf", "Muslim extremists", "the Pyu Saw
  // Htee") is the tagger's mistake; a known person, outlet or IGO from the knowledge base is not.
  const group = groupLikeName(text, span);
  if (overlapping.some((a) => a.actor.origin !== 'extracted' || a.actor.kind !== 'person' || !group)) return false;
  // The name is only a person or a place (a place inside a longer name, "Free Papua Movement", is a group's).
  const covers = (m: Span) => m.start <= span.start + 4 && m.end >= span.end;
  if (!group && people.some(covers)) return false;
  return group || !places.some((p) => covers(p) && p.place.kind !== 'country');
}

// Attack words at or below this rank ("attack", "killed", "clashes") are everyday words in sport, business and
// politics ("a criminal attack on its software", "Commons clashes").
const GENERIC_TRIGGER_RANK = 20;

// An accident or disaster ("the bomber crashed", "a gas explosion", "the building collapsed") is not an attack…
const ACCIDENT = /\b(?:crash(?:ed|es)?|collapsed?|collapses|accident(?:al|ally)?|gas (?:leak|explosion|blast|cylinder)|earthquakes?|quakes?|seismic|tremors?|eruption|landslides?|flood(?:s|ing)?|storms?|hurricane|cyclone|typhoon|derail(?:ed|ment)|short[- ]circuit|stampede|wildfires?|blaze|fire (?:erupted|erupts|broke out)|virus|coronavirus|COVID(?:-19)?|outbreak|pandemic|epidemic|disease|infect(?:ed|ion|ions)|measles|cholera|overdose|rocket launch|launch(?:ed|es)? (?:its|a|an|the) (?:\w+ ){0,3}(?:mission|rocket|satellite|spacecraft|spaceflight)|(?:a|an|the) (?:(?!opened|open|set|returned|under|heavy|exchanged|exchange|sniper|gun|rocket|mortar|cross|friendly)[\w-]+ ){0,2}fire\b(?: (?!and\b)[\w-]+){0,5}? (?:that |which )?(?:killed|kills|destroyed|destroys|gutted|swept|spread|engulfed|ripped|broke out|started)|fires? (?:kills|killed)|collisions?|drown(?:ed|ing|ings)?|killed while working|died in (?:his|her|their) sleep|natural causes|mauled|killed by (?:his|her|their|a|an|the) (?:own )?(?:\w+ )?(?:lions?|tigers?|bears?|sharks?|elephants?|dogs?|animals?|crocodiles?|snakes?)|(?:boat|ship|ferry|house|building|apartment|factory|hotel|hospital|bus|train|forest|bush|club|nightclub|market|slum|warehouse|tower|hostel|escape room) fire|drought|tsunami|famine|lightning|avalanche|heat ?wave|pneumonia|cancer|heart failure|HIV|AIDS|malaria|tuberculosis|influenza|malnutrition|starvation)\b/i;
// … unless the text also says someone did it on purpose.
const DELIBERATE = /\b(?:attack(?:ed|er|ers)?|assailants?|gunm[ae]n|militants?|terror(?:ist|ism)?\w*|bomb(?:ed|ing|ings)|suicide|set fire|torched|insurgents?|rebels?(?!-held)|claimed responsibility|shot|stabbed|arson|sabotage|deliberate(?:ly)?|shelling|airstrikes?|fired|open(?:ed)? fire|targeting|targeted|launched (?:\w+ )?(?:missiles|rockets|drones|an? attack))\b/i;

/** An incident whose own text (or the report's headline) reports an accident, and nothing deliberate. */
function accidental(text: string, record: EventRecord, incident: Incident, title = ''): boolean {
  if (incident.strategic || record.perpetrators.length > 0) return false;
  const own = incident.clauses.map((c) => text.slice(c.start, c.end)).join(' ');
  return (ACCIDENT.test(own) || (ACCIDENT.test(title) && !DELIBERATE.test(title))) && !DELIBERATE.test(own);
}

// "this appalling attack", "the airstrike", "the murder": a singular definite description of an incident.
const DEFINITE_BEFORE = /\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * A later incident named only by definite descriptions ("The mayor wrote: 'Paris is mourning after this appalling
 * attack'"), with no toll, no perpetrator and no place of another country than an earlier incident's: the report
 * refers back to an incident it has already told.
 */
function refersBack(text: string, record: EventRecord, incident: Incident, earlier: EventRecord[]): boolean {
  if (earlier.length === 0 || incident.strategic || incident.hits.length === 0) return false;
  const toll = (q?: { min: number; reported?: boolean }) => q !== undefined && q.reported !== false && q.min > 0;
  if (toll(record.fatalities) || toll(record.injuries) || record.perpetrators.length > 0) return false;
  const definite = incident.hits.every((h) => !/s$/i.test(text.slice(h.start, h.end)) && DEFINITE_BEFORE.test(text.slice(Math.max(0, h.start - 30), h.start)));
  if (!definite) return false;
  const country = record.location?.countryCode;
  return !country || earlier.some((e) => e.location?.countryCode === country);
}

/** An incident that only a generic word names, with no toll, place, target or perpetrator, is not reported as one. */
function tooThin(text: string, record: EventRecord, incident: Incident, objectTarget: boolean): boolean {
  if (incident.strategic) return false;
  if (incident.hits.some((h) => h.trigger.rank > GENERIC_TRIGGER_RANK)) return false;
  const toll = (q?: { min: number; reported?: boolean }) => q !== undefined && q.reported !== false;
  if (toll(record.fatalities) || toll(record.injuries) || record.perpetrators.length > 0) return false;
  // Real news: a generic word with a place but no toll, no perpetrator, no attacker and no object attacked ("Global
  // business leaders in Davos face a regulatory assault") is not an incident either.
  // Only "attack"/"assault" on a thing stands without a toll ("the attacks struck a processing plant"); "targeted
  // the youth market", "destroyed Yukos" do not.
  if (objectTarget && incident.hits.some((h) => /^(?:attack|assault|struck)/i.test(text.slice(h.start, h.end)))) return false;
  return !record.location || !incident.clauses.some((c) => ATTACKER.test(text.slice(c.start, c.end)));
}

// Status cues are read just before the incident's first attack word (or its strategic cue).
const STATUS_REACH = 50;

// A status cue governs the attack word when at most this many words lie between them ("foiled a planned suicide
// bombing", "tried to stab"); "will be held again next year despite a stabbing which happened" does not.
const STATUS_GAP_WORDS = 3;

/** Whether a status cue in the text before the attack word governs it: near it and not negated ("have not prevented"). */
function governs(before: string, cue: RegExp): boolean {
  const global = globalOf(cue);
  global.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = global.exec(before); m; m = global.exec(before)) last = m;
  if (!last) return false;
  if (/\b(?:not|never|n't)\s+$/i.test(before.slice(Math.max(0, last.index - 8), last.index))) return false;
  const gap = before.slice(last.index + last[0].length).trim();
  return gap === '' || gap.split(/\s+/).length <= STATUS_GAP_WORDS;
}

function statusOf(text: string, incident: Incident, vocabulary: Vocabulary): EventRecord['status'] {
  const anchor = incident.hits[0] ?? incident.strategic?.span;
  if (!anchor) return 'occurred';
  const clause = incident.clauses.find((c) => anchor.start >= c.start && anchor.end <= c.end) ?? incident.clauses[0];
  const before = text.slice(Math.max(clause.start, anchor.start - STATUS_REACH), anchor.end);
  const after = text.slice(anchor.end, Math.min(clause.end, anchor.end + STATUS_REACH));
  for (const { status, regex } of vocabulary.status) {
    const cued = incident.hits[0] ? governs(text.slice(Math.max(clause.start, anchor.start - STATUS_REACH), anchor.start), regex) : regex.test(before);
    if (cued || (status === 'foiled' && regex.test(after))) return status;
  }
  return 'occurred';
}

export const eventsStage = defineStage<unknown>({
  name: 'events.rules.v1',
  requires: ['resolution'],
  assigns: ['events'],
  run(doc) {
    return { ...doc, events: extractEvents(doc) };
  },
});
