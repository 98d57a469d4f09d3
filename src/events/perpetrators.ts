// Who did it, and how the text knows: `claimed` ("IS-K claimed responsibility"), `attributed` ("sources
// attributed the attack to the Taliban", "an IS-K gun attack"), or nobody ("no group claimed responsibility").
// Actors come from the resolve layer when a linked mention covers the name; otherwise the name is read from the
// text (a run of capitalised words, with "of", "al-" and a bracketed acronym) so that degraded runs still say it.
import type { Actor, Document, EventRecord, Span } from '../core/document.js';
import type { Vocabulary } from './vocabulary.js';

type Perpetrator = EventRecord['perpetrators'][number];

// Kinds of actor that can be a perpetrator when named as the agent of an attack.
const AGENT_KINDS = new Set<Actor['kind']>(['armed_group', 'organization']);
// Lower-case words allowed inside a group's name ("Islamic State of Iraq and the Levant", "al-Shabaab").
const NAME_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'al', 'el', 'ul', 'e', 'de', 'del', 'la', 'in', 'bin', 'wal']);
// Pronoun and generic subjects that are not a name.
// Lower-case nouns that end a group's name as GTD and ACLED write it ("Fulani extremists", "Israeli settlers").
const GROUP_NOUNS = /^(?:extremists?|settlers|militants|militia|dissidents|rebels|insurgents|separatists|paramilitaries|guerrillas|jihadists)$/;
// A role word before a name that claims for a group ("Taliban spokesman Zabiullah Mujahid claimed").
const SPOKESMAN_BEFORE = /\b(?:spokes(?:man|woman|person)|leader|commander|official|member|chief|representative)\s+$/i;
const NOT_NAMES = /^(?:it|they|he|she|we|group|no|the|this|that|militants|officials|police|sources|authorities)$/i;

// A sentence that opens with a definite description of a group ("The regional faction", "The jihadist group")
// as the subject of what follows.
const GROUP_DESCRIPTION = /^\s*["“]?the\s+(?:[\w-]+\s+){0,2}(?:group|faction|militants|jihadists|organi[sz]ation|outfit|insurgents|militia|network|affiliate|offshoot|branch)\b(?![\w\s]{0,30}\b(?:said|says|denied|claimed)\b)/i;
// How far back (characters) the group a description refers to may have been named.
const COREFERENCE_REACH = 600;

// Head words that end an organisation's name ("Sabiqun Battalion", "Ansar Abi Bakr al-Siddiq Squadron") and
// first words of Arabic, Urdu and Pashto group names ("Ahl al-Marouf", "Kata'ib Hezbollah", "Tehreek-e-Labbaik"):
// a name built with one is a group even when the tagger reads it as a person.
const GROUP_HEADS = /^(?:squadrons?|battalions?|brigades?|army|front|movement|party|forces|group|organi[sz]ation|council|union|alliance|militias?|mujahideen|mujahidin|command|committee|commandos?|faction|network|legion|regiment|division|units?|cells?|guards?|corps|resistance|coalition|league|jihad|jamaat|taliban)$/i;
const GROUP_PREFIXES = /^(?:ahl|ansar|ansaru|jaish|jaysh|jamaat|jama'at|jamaat-ul|kata'ib|kataib|katibat|saraya|liwa|harakat|harakat-ul|jabhat|hizb|hezb|hizbul|tehreek|tehrik|lashkar|ahrar|jund|junud|majlis|tanzim|firqat|usbat|asaib|asa'ib|fatah)(?:-|$)/i;

/**
 * Whether a name read as a perpetrator is built like a group's rather than a person's: a group head word or
 * prefix, a trailing group noun ("Muslim extremists"), or the definite article before it ("the Pyu Saw Htee":
 * people's names do not take one).
 */
export function groupLikeName(text: string, span: Span): boolean {
  const words = text.slice(span.start, span.end).replace(/\([^()]*\)/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const last = words[words.length - 1];
  if (GROUP_HEADS.test(last) || GROUP_NOUNS.test(last) || GROUP_PREFIXES.test(words[0])) return true;
  return /\bthe\s+$/i.test(text.slice(Math.max(0, span.start - 5), span.start));
}

export interface ActorMention extends Span {
  actor: Actor;
}

export function actorMentions(doc: Document): ActorMention[] {
  const resolution = doc.resolution;
  const entities = doc.entities ?? [];
  if (!resolution) return [];
  const byId = new Map(resolution.actors.map((a) => [a.id, a]));
  const found: ActorMention[] = [];
  for (const link of resolution.links) {
    if (!link.actorId) continue;
    const actor = byId.get(link.actorId);
    const mention = entities[link.mention];
    if (actor && mention) found.push({ start: mention.start, end: mention.end, actor });
  }
  return found.sort((a, b) => a.start - b.start);
}

function isNameWord(word: string): boolean {
  return /^[A-Z0-9]/.test(word) || /^(?:al|el|ul|ad|ar|as|an|ash|at|az|bin)-/.test(word) || NAME_CONNECTORS.has(word.toLowerCase());
}

/** The capitalised name ending at `end` (walking back), as a span; undefined when none. */
export function nameBefore(text: string, end: number, floor: number): Span | undefined {
  const before = text.slice(floor, end);
  const tokens = [...before.matchAll(/\([^()]{1,40}\)|[\p{L}\p{N}'’-]+/gu)];
  let first = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    const next = tokens[i + 1];
    const gap = before.slice(token.index! + token[0].length, next ? next.index! : before.length);
    if (/[,.;:!?"“”]/.test(gap)) break;
    const lastWord = i === tokens.length - 1 || (i === tokens.length - 2 && tokens[i + 1][0].startsWith('('));
    if (token[0].startsWith('(') || isNameWord(token[0]) || (lastWord && GROUP_NOUNS.test(token[0]))) first = i;
    else break;
  }
  // Trim connectors and possessives at the edges.
  let last = tokens.length - 1;
  while (first <= last && (NAME_CONNECTORS.has(tokens[first][0].toLowerCase()) || tokens[first][0].startsWith('('))) first++;
  while (last >= first && NAME_CONNECTORS.has(tokens[last][0].toLowerCase())) last--;
  if (first > last || (first === last && GROUP_NOUNS.test(tokens[first][0]))) return undefined;
  const start = floor + tokens[first].index!;
  const stop = floor + tokens[last].index! + tokens[last][0].length;
  const surface = text.slice(start, stop);
  if (NOT_NAMES.test(surface) || !/[A-Z]/.test(surface)) return undefined;
  return { start, end: stop };
}

// A group described, not named, in lower case after an attribution ("attributed the attack to right-wing
// paramilitaries", "left-wing extremists", "dissident Republicans"): GTD names such perpetrators this way.
const DESCRIBED_GROUP = /^(?:the\s+)?((?:(?:left|right|far|extreme)-wing|far-right|far-left|extreme|dissident|radical|armed|militant)\s+(?:[A-Z][\p{L}'-]*\s+)?(?:extremists|paramilitaries|militants|Republicans|Loyalists|militias?|separatists|rebels|insurgents|jihadists|anarchists))\b/u;

/** The capitalised name starting at `start` (walking forward), skipping "the". */
export function nameAfter(text: string, start: number, ceiling: number): Span | undefined {
  const after = text.slice(start, ceiling);
  const described = DESCRIBED_GROUP.exec(after.replace(/^\s+/, ''));
  if (described) {
    const offset = start + (after.length - after.replace(/^\s+/, '').length) + described[0].length - described[1].length;
    return { start: offset, end: offset + described[1].length };
  }
  const tokens = [...after.matchAll(/\([^()]{1,40}\)|[\p{L}\p{N}'’-]+/gu)];
  let first = 0;
  while (first < tokens.length && /^(?:the|a|an|suspected|members? of|fighters of)$/i.test(tokens[first][0])) first++;
  let last = first - 1;
  for (let i = first; i < tokens.length; i++) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    const gap = previous ? after.slice(previous.index! + previous[0].length, token.index!) : '';
    if (i > first && /[,.;:!?"“”]/.test(gap)) break;
    if (token[0].startsWith('(') ? i > first : isNameWord(token[0])) last = i;
    else {
      if (i > first && GROUP_NOUNS.test(token[0])) last = i;
      break;
    }
  }
  while (last >= first && NAME_CONNECTORS.has(tokens[last][0].toLowerCase())) last--;
  if (last < first || !/^[A-Z0-9]/.test(tokens[first][0])) return undefined;
  const span = { start: start + tokens[first].index!, end: start + tokens[last].index! + tokens[last][0].length };
  if (NOT_NAMES.test(text.slice(span.start, span.end))) return undefined;
  return span;
}

function toPerpetrator(text: string, span: Span, actors: ActorMention[], basis: 'claimed' | 'attributed'): Perpetrator {
  // The linked actor inside the name; when several ("the Al-Barnawi faction … of Boko Haram"), the last names the group.
  // A state or place inside a longer name ("Iran-backed militia") is not the perpetrator: the name is kept.
  // A knowledge-base actor outranks one the resolver made up from a tagger span: in "The New People's Army (NPA)
  // North Central Mindanao Regional Command (NCMRC)" the group is the NPA, not the unit. A made-up actor that is
  // only part of the name ("Democratic Union Party" and "PYD" in "Democratic Union Party (PYD)") does not replace
  // the name the text gives.
  const agents = actors.filter((a) => a.start >= span.start && a.end <= span.end && AGENT_KINDS.has(a.actor.kind));
  const known = agents.filter((a) => a.actor.origin !== 'extracted');
  const exact = agents.filter((a) => a.start === span.start && a.end === span.end);
  const covered = known.length > 0 ? known : exact;
  const whole = actors.filter((a) => a.start <= span.start && a.end >= span.end && a.actor.kind !== 'person');
  const actor = (covered.length > 0 ? covered : whole)[covered.length > 0 ? covered.length - 1 : 0]?.actor;
  if (actor) return { name: actor.name, actorId: actor.id, basis };
  return { name: text.slice(span.start, span.end).replace(/^the\s+/i, ''), basis };
}

export interface PerpetratorResult {
  perpetrators: Perpetrator[];
  evidence: Span[];
}

/**
 * Perpetrators of an incident from its clauses. `triggers` are the spans of the incident's attack words: an
 * armed group named right before one ("an IS-K gun attack", "Taliban fighters stormed") is `attributed`.
 */
export function readPerpetrators(text: string, clauses: Span[], triggers: Span[], actors: ActorMention[], vocabulary: Vocabulary, sentences: Span[] = clauses): PerpetratorResult {
  const found: Perpetrator[] = [];
  const evidence: Span[] = [];
  const add = (p: Perpetrator, span: Span) => {
    const same = found.find((f) => f.name.toLowerCase() === p.name.toLowerCase() || (f.actorId && f.actorId === p.actorId));
    if (same) {
      if (p.basis === 'claimed') same.basis = 'claimed';
      return;
    }
    found.push(p);
    evidence.push(span);
  };
  for (const clause of clauses) {
    const slice = text.slice(clause.start, clause.end);
    const denied = vocabulary.noClaim.test(slice);
    if (!denied) {
      vocabulary.claimed.lastIndex = 0;
      const claim = vocabulary.claimed.exec(slice);
      if (claim) {
        const cueStart = clause.start + claim.index;
        const span = nameBefore(text, cueStart, clause.start) ?? nameBefore(text, text.slice(clause.start, cueStart).replace(/\s+(?:has|have|had|also|later|quickly|swiftly)\s*$/i, '').length + clause.start, clause.start);
        // "Taliban spokesman Zabiullah Mujahid claimed …": the speaker is not the group; the group is named before.
        const speaker = span && (SPOKESMAN_BEFORE.test(text.slice(Math.max(clause.start, span.start - 30), span.start)) ||
          (actors.some((a) => a.actor.kind === 'person' && a.start < span.end && a.end > span.start) && !groupLikeName(text, span)));
        if (span && speaker) {
          const role = SPOKESMAN_BEFORE.exec(text.slice(Math.max(clause.start, span.start - 30), span.start));
          const group = role ? nameBefore(text, span.start - (text.slice(Math.max(clause.start, span.start - 30), span.start).length - role.index), clause.start) : undefined;
          if (group) add(toPerpetrator(text, group, actors, 'claimed'), group);
        } else if (span) add(toPerpetrator(text, span, actors, 'claimed'), span);
      }
    }
    vocabulary.attributedBefore.lastIndex = 0;
    for (let m = vocabulary.attributedBefore.exec(slice); m; m = vocabulary.attributedBefore.exec(slice)) {
      if (/^by$/i.test(m[0]) && !/(?:carried out|perpetrated|claimed|attack(?:ed)?|killed|targeted|abducted|kidnapped)\s+$/i.test(slice.slice(Math.max(0, m.index - 20), m.index))) continue;
      const after = clause.start + m.index + m[0].length;
      const span = nameAfter(text, after, clause.end);
      if (span) add(toPerpetrator(text, span, actors, 'attributed'), span);
    }
    vocabulary.attributedAfter.lastIndex = 0;
    for (let m = vocabulary.attributedAfter.exec(slice); m; m = vocabulary.attributedAfter.exec(slice)) {
      const before = clause.start + m.index;
      // "Taliban fighters", "al-Shabaab militants": an armed group's own members.
      const actor = actors.filter((a) => a.end <= before && before - a.end <= 2 && a.actor.kind === 'armed_group').pop();
      if (actor) add(toPerpetrator(text, actor, actors, 'attributed'), actor);
    }
  }
  // An armed group named as the agent right before an attack word ("an IS-K gun attack", "IS-K … bombing").
  for (const trigger of triggers) {
    // The agent may sit before a dash that cut the sentence ("IS-K … has pivoted abroad — killing …").
    const clause = sentences.find((c) => trigger.start >= c.start && trigger.end <= c.end);
    if (!clause) continue;
    const agent = actors
      .filter((a) => a.actor.kind === 'armed_group' && a.end <= trigger.start && a.start >= clause.start)
      .pop();
    if (agent && !/\b(?:against|on|targeting|fight(?:ing)?|counter)\b/i.test(text.slice(agent.end, trigger.start))) {
      add({ name: agent.actor.name, actorId: agent.actor.id, basis: 'attributed' }, agent);
    }
  }
  // "The regional faction came to global prominence by bombing …": a definite description of a group as the
  // subject of the attack's sentence is the armed group named last before it.
  const first = triggers[0];
  const sentence = first ? sentences.find((c) => first.start >= c.start && first.end <= c.end) : undefined;
  if (found.length === 0 && sentence && GROUP_DESCRIPTION.test(text.slice(sentence.start, first.start))) {
    const antecedent = actors
      .filter((a) => a.actor.kind === 'armed_group' && a.end <= sentence.start && sentence.start - a.end <= COREFERENCE_REACH)
      .pop();
    if (antecedent) add({ name: antecedent.actor.name, actorId: antecedent.actor.id, basis: 'attributed' }, antecedent);
  }
  return { perpetrators: found, evidence };
}
