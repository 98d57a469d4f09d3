// Coreference of incident mentions within one article: a later incident that only refers back to an earlier one
// ("The Houthis claimed the drone strike on the oil facility" after "Drones struck the plant on Saturday") is
// the same incident, told again. It is merged when all of these hold:
// - it opened with a definite description: "the attack", "this bombing", "the drone strike", "Khashoggi's
//   killing", "his murder" (plural "the attacks" only when the earlier incident was itself told in the plural);
// - attack types are the same, or one is unknown, or they are two codings of one act (a bombing of a facility,
//   an armed assault that killed one person on purpose); a type guessed from generic words only ("the attack",
//   "the killing") is no evidence either way;
// - dates agree: the same period, or one of the two is undated (a later mention whose opening clause gives no
//   date counts as undated);
// - places agree: the same country, and no town other than the earlier incident's; an earlier incident placed
//   only through an owner ("Iran's Quds Force") counts as unplaced; a place named only where the news was told
//   ("Speaking on TV in Yemen, the spokesman said it carried out the attack") does not place the incident;
// - perpetrators agree: the same group, or one of the two names none.
// Two bombings in two towns on the same day stay two incidents.
import type { EventRecord, Span } from '../core/document.js';
import { GENERIC_RANK, type TriggerHit } from './classify.js';
import type { PlaceMention } from './places.js';

export interface MentionView {
  record: EventRecord;
  hits: TriggerHit[];
  places: PlaceMention[];
  /** The text spans the incident was read from; without them every place counts. */
  clauses?: Span[];
  /** Its opening clause gave no date (a date it has came from a clause that joined it later). */
  undated?: boolean;
}

// "the attack", "this appalling bombing", "the drone strike": the/this/that and at most two words before it.
const DEFINITE_BEFORE = /\b(?:the|this|that|his|her|their|its)\s+(?:[\w-]+\s+){0,2}$/i;
// "Khashoggi's killing", "Nabil's murder": a possessive name before it.
const POSSESSIVE_BEFORE = /\b[A-Z][\w-]*['’]s\s+$/;
// Words that make a definite description another incident ("the second attack", "the earlier bombing").
const OTHER_BEFORE = /\b(?:another|other|second|third|earlier|previous|last|next|first|latest|similar|separate)\s+(?:[\w-]+\s+)?$/i;
// A verb of telling (or of owning up) between a place and the attack word: the place is where it was told, not where it happened.
const TOLD = /\b(?:said|says|told|reported|announced|stated|confirmed|claimed|speaking|spoke|tweeted|wrote|posted|admitted|accepted|acknowledged|denied|blamed|condemned|charged|sentenced|convicted|trial)\b/i;

// Pairs of attack types that code one act two ways.
const SAME_ACT = [
  ['Bombing/Explosion', 'Facility/Infrastructure Attack'],
  // An assassination is coded by its target; the act is a shooting or a bombing.
  ['Armed Assault', 'Assassination'],
  ['Bombing/Explosion', 'Assassination'],
];

function plural(text: string, hit: Span): boolean {
  return /s$/i.test(text.slice(hit.start, hit.end));
}

/**
 * Whether an incident opened with a definite description pointing back at one already told: its first attack
 * word (the later clauses that joined it may tell it in any words).
 */
export function isAnaphoric(text: string, hits: TriggerHit[], pluralAllowed = false): boolean {
  const opening = [...hits].sort((a, b) => a.start - b.start)[0];
  if (!opening) return false;
  const before = text.slice(Math.max(0, opening.start - 40), opening.start);
  if (OTHER_BEFORE.test(before)) return false;
  if (plural(text, opening) && !pluralAllowed) return false;
  return DEFINITE_BEFORE.test(before) || POSSESSIVE_BEFORE.test(before);
}

export function attackTypesAgree(a: EventRecord, b: EventRecord): boolean {
  if (a.attackType === b.attackType) return true;
  if (!a.attackType || !b.attackType || a.attackType === 'Unknown' || b.attackType === 'Unknown') return true;
  return SAME_ACT.some((pair) => pair.includes(a.attackType) && pair.includes(b.attackType));
}

export function datesAgree(a: EventRecord, b: EventRecord): boolean {
  if (a.date.fromPublication || b.date.fromPublication || !a.date.start || !b.date.start) return true;
  return a.date.start <= b.date.end && b.date.start <= a.date.end;
}

/**
 * The places of a mention that say where it happened: in a clause with an attack word, and not named before a
 * verb of telling that comes before that word ("Speaking in Borduria, the spokesman said … the attack"), nor
 * as an owner ("Borduria's army") or a base ("the Borduria-based group").
 */
export function ownPlaces(text: string, mention: MentionView): PlaceMention[] {
  const clauses = mention.clauses ?? [{ start: 0, end: text.length }];
  return mention.places.filter((p) => {
    if (/^['’]s\b|^-based\b/i.test(text.slice(p.end, p.end + 8))) return false;
    const clause = clauses.find((c) => p.start >= c.start && p.end <= c.end);
    if (!clause) return false;
    const hits = mention.hits.filter((h) => h.start >= clause.start && h.end <= clause.end);
    if (hits.length === 0) return false;
    const next = hits.find((h) => h.start >= p.end);
    return !next || hits.some((h) => h.end <= p.start) || !TOLD.test(text.slice(p.end, next.start));
  });
}

export function placesAgree(text: string, later: MentionView, earlier: EventRecord, earlierPlaces?: PlaceMention[]): boolean {
  const where = earlier.location;
  const own = ownPlaces(text, later);
  if (!where || own.length === 0) return true;
  if (earlierPlaces && !earlierPlaces.some((p) => p.place.countryCode === where.countryCode)) return true;
  if (!own.some((p) => p.place.countryCode === where.countryCode)) return false;
  const towns = own.filter((p) => p.place.kind === 'city');
  return where.precision !== 'city' || towns.every((t) => t.place.name === where.name);
}

export function perpetratorsAgree(a: EventRecord, b: EventRecord): boolean {
  if (a.perpetrators.length === 0 || b.perpetrators.length === 0) return true;
  return a.perpetrators.some((p) => b.perpetrators.some((q) => (p.actorId && p.actorId === q.actorId) || p.name === q.name));
}

function isStrategic(record: EventRecord): boolean {
  return record.eventType === 'Strategic developments' && record.attackType === '';
}

/** Whether a later mention is the earlier incident told again. */
export function coreferent(text: string, later: MentionView, earlier: MentionView): boolean {
  if (isStrategic(later.record) || isStrategic(earlier.record)) return false;
  if (!isAnaphoric(text, later.hits, earlier.hits.some((h) => plural(text, h)))) return false;
  const generic = (m: MentionView) => m.hits.every((h) => h.trigger.rank <= GENERIC_RANK);
  const typesAgree = generic(later) || generic(earlier) || attackTypesAgree(later.record, earlier.record);
  return typesAgree && (later.undated || datesAgree(later.record, earlier.record)) &&
    placesAgree(text, later, earlier.record, earlier.clauses ? ownPlaces(text, earlier) : undefined) && perpetratorsAgree(later.record, earlier.record);
}

/**
 * For each mention, the index of the earlier mention it is merged into (the nearest coreferent one, following
 * chains), or its own index.
 */
export function coreferenceTargets(text: string, mentions: MentionView[]): number[] {
  const targets = mentions.map((_, i) => i);
  for (let i = 1; i < mentions.length; i++) {
    for (let j = i - 1; j >= 0; j--) {
      if (targets[j] !== j) continue;
      if (coreferent(text, mentions[i], mentions[j])) {
        targets[i] = j;
        break;
      }
    }
  }
  return targets;
}
