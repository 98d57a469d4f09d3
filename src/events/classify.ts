// Attack type (GTD), event and sub-event type (ACLED) and target type (GTD) of one incident.
import type { Span } from '../core/document.js';
import type { Trigger, Vocabulary } from './vocabulary.js';

export interface TriggerHit extends Span {
  trigger: Trigger;
}

// How far after an attack word its object (the target) is looked for, in characters.
const TARGET_REACH = 140;
// Generic words that name a target only when nothing more specific is near ("the vehicle of …", "along a road").
const WEAK_TARGET = /^(?:vehicles?|car|roads?|highways?|people|persons?|individuals?|m[ae]n|wom[ae]n|community|forces|bases?|convoys?|outposts?|checkpoints?|officers|employees|workers|offices?|institute)$/i;
// Private targets as specific as any other: candidates and party offices (GTD's "Political Party Member/Rally").
const SPECIFIC_PRIVATE_TARGET = /^(?:candidates?|party (?:offices?|headquarters))$/i;
// "the vehicle of Ghulam Sakhi Akbari", "the home of a judge": an attack aimed at one named or prominent person.
const PERSONAL_TARGET = /\b(?:vehicle|car|home|house|residence|convoy|motorcade|compound|guesthouse) of (?:an? |the )?(?!(?:[A-Z][\w'’-]+ )*(?:Army|Police|Forces|Ministry|Department|Office|Company|Council|Party|Government|Commission|Directorate|Mission|Nations|Bank|University)\b)([A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al-[\w'’-]+|bin\s+[A-Z][\w'’-]+))*)/;
// Where the attack's object ends and its place begins ("… on a judge in Kabul").
// "detonated near the vehicle of Ahmad Fahim", "planted in the car of …": the preposition leads to the object.
const OBJECT_END = /\b(?:in|near|while|as (?:he|she|they))\b(?!\s+(?:the|a|an)\s+(?:vehicle|car|home|house|residence|convoy|motorcade|compound|office|guesthouse)\s+of\b)/;

// Triggers at or below this rank ("attacked", "killed") say that something happened, not how.
export const GENERIC_RANK = 20;
// Triggers at or above this rank (barricade, kidnapping, hijacking, assassination) outrank the method (GTD).
const HOSTAGE_RANK = 75;
// "At least two people, including a traditional ruler, were shot and killed": a prominent victim among several.
// "including Abdul Waris, a security forces unit commander, were killed": the role after a named victim.
const INCLUDED_VICTIM = /\bincluding (?:(?:[A-Z][\w'’-]+\s+){1,4}?[A-Z][\w'’-]+,\s+)?(?:a|an|the)\s+((?:[\w-]+\s+){0,4}?[\w-]+)(?:,|\s+(?:were|was))[^.]{0,40}?\b(?:killed|injured|wounded|shot)/g;
// A commander among the dead of an attack on a post, or of a fight that also killed assailants, fell in a battle:
// he was not its aim ("At least 10 police officers, including the district police chief, and 15 assailants …").
const INSTALLATION = /\b(?:outposts?|posts?|checkpoints?|check posts?|bases?|stations?|camps?|positions?)\b/i;
const ASSAILANTS_IN_TOLL = /\b(?:assailants?|attackers?|militants?|insurgents?)\b/i;
// "A tribal elder, identified as …, was killed": a prominent victim named as the subject of the toll.
const VICTIM_SUBJECT = /(?:^|[.;]\s+)(?:A|An|The|One)\s+((?:[\w-]+\s+){0,4}?[\w-]+)(?:,[^,.]{0,60},|\s*\([^()]{0,60}\))?\s+(?:was|were)\s+(?:shot\s+and\s+)?(?:killed|injured|wounded|shot)/g;
// An attack word after these is a consequence of the attack, not its method ("in the ensuing clash").
const CONSEQUENCE = /\b(?:ensuing|resulting|subsequent|following|retaliatory)\s+$/i;
// "opened fire on Hamad Saleh Hadid", "shot and killed Sammy Lagario": a named person as the object.
// A title before the name is skipped ("attacked Dr. Ghalib Ali"); "Al-Rajhi" is one name part.
const NAMED_OBJECT = /^(?:\s+and\s+killed|\s+dead)?\s+(?:on\s+|at\s+|against\s+|targeting\s+)?(?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?([A-Z][\p{Ll}'’]+(?:-[A-Z]?[\p{Ll}'’]+)*(?:\s+(?:al-|bin\s+)?[A-Z][\p{Ll}'’]+(?:-[A-Z]?[\p{Ll}'’]+)*)+)(?!\s+(?:village|district|city|province|area|camp|town|region|base|checkpoint|market))/u;

// Explosives set off by the attackers themselves, as a verb ("blew up the post", "detonated a device").
const BOMBING_VERB = /^(?:(?:blew|blown) up\b.*|detonated|bombed)$/i;

// The attack's object is a named place: "attacked Pusht Rod district, Farah", "raided Owode-Ketu, Ogun".
const PLACE_OBJECT = /^\s+((?:[A-Z][\p{L}'’]*(?:-[\p{L}'’]+)*\s*){1,4}?)\s*(district|village|town|city|province)?\s*,/u;

// A target named only as security ("a security post", "security personnel") and police among its toll's victims.
const SECURITY_TARGET = /^security\b|^(?:check ?posts?|checkpoints?|outposts?)$/i;
const CASUALTY_WORD = /\b(?:killed|injured|wounded|hurt|victims)\b/i;
const POLICE_VICTIM = /\b(?:police(?:m[ae]n|wom[ae]n)?|police officers?|constables?)\b(?!\s+(?:district|station|post|headquarters))/i;

// A field or general officer's rank written as a title ("killed Major Mohammad Yusuf"): capitalised before a
// name only, so "a major road" is no role. (Colonels and generals are roles in the vocabulary.)
const RANK_BEFORE_NAME = /\bMajor(?=\s+[A-Z][\p{Ll}'’-]+\s+[A-Z])/u;

// Things, not people, as the object of an attack; the target types of civilian property.
const PROPERTY_OBJECT = /\b(?:headquarters|offices?|buildings?|trucks?|lorr(?:y|ies)|tankers?|vehicles?|cars?|buses|farms?|shipyards?|factor(?:y|ies)|warehouses?|shops?|stores?|plantations?|ranch(?:es)?|estates?|mines?|sites?|machinery|equipment)\b/i;
const PEOPLE_OBJECT = /\b(?:people|civilians?|villagers?|residents?|workers?|employees|staff|soldiers?|officers?|police(?:m[ae]n)?|guards?|passengers?|drivers?|members?|family|farmers?|miners?|traders?|men|women)\b/i;
const PROPERTY_TARGET_TYPES = new Set(['Business', 'Transportation', 'Maritime', 'Private Citizens & Property', 'Violent Political Party']);

// Methods GTD recodes as an assassination when the target is a prominent person.
const ASSASSINATION_METHODS = new Set(['Armed Assault', 'Bombing/Explosion', 'Unknown', 'Facility/Infrastructure Attack']);
// A building owned by the role just before it ("the governor's office", "the mayor’s headquarters").
const OWNED_BUILDING = /^['’]s?\s+(?:offices?|headquarters|compound|building|secretariat|palace)\b/i;
// Methods that give way to an attack on property when nothing but property was harmed (a bomb stays a bombing).
const PROPERTY_AIM_METHODS = new Set(['Armed Assault', 'Unknown', 'Assassination']);

// Any part of the name may be the one the report goes on with ("Dr. Ghalib Mohammed Ali … Mohammed, a member of
// parliament"), not only the last.
/** What the report says the named person is: "Kale, the district governor, …" → ["district governor"]. */
function appositives(person: string, incident: string): string[] {
  const parts = person.split(/\s+/).filter((part, i, all) => (part.length >= 3 || i === all.length - 1) && part !== 'bin').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (parts.length === 0) return [];
  const pattern = new RegExp(`\\b(?:${parts.join('|')})\\b(?:,\\s*|\\s+\\()(?:the\\s+|a\\s+|an\\s+)?([^,.;()]{2,90})`, 'gi');
  return [...incident.matchAll(pattern)].map((m) => m[1]);
}

// "Four police officers were killed", "One soldier was injured": the victims of the toll.
const VICTIMS = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|several|some|many)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?:,[^,.]{0,80},)?\s+(?:were|was)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt|abducted|kidnapped)/gi;
const PERPETRATOR_WORDS = /\b(?:assailants?|attackers?|gunm[ae]n|bombers?|militants?|insurgents?|perpetrators?|hostages?|others?|people|persons?)$/i;

function victimType(incident: string, vocabulary: Vocabulary): { name: string; type: string } | undefined {
  for (const m of incident.matchAll(VICTIMS)) {
    const phrase = m[1];
    if (PERPETRATOR_WORDS.test(phrase)) continue;
    const type = typeOfPhrase(phrase, vocabulary);
    if (type) return { name: phrase, type };
  }
  return undefined;
}

function typeOfPhrase(phrase: string, vocabulary: Vocabulary): string | undefined {
  let best: { type: string; at: number; length: number } | undefined;
  for (const { type, regex } of vocabulary.targetTypes) {
    regex.lastIndex = 0;
    const m = regex.exec(phrase);
    regex.lastIndex = 0;
    // At the same place the longer phrase is the more specific ("Military Intelligence" over "Military").
    if (m && (!best || m.index < best.at || (m.index === best.at && m[0].length > best.length))) best = { type, at: m.index, length: m[0].length };
  }
  return best?.type;
}

/** The sentence of `text` around offset `at`. */
function tollSentence(text: string, at: number): string {
  const start = text.lastIndexOf('. ', at) + 1;
  const end = text.indexOf('. ', at);
  return text.slice(start, end < 0 ? text.length : end);
}

export interface Classification {
  attackType: string;
  eventType: string;
  subEventType: string;
  targets: Array<{ name: string; type: string }>;
  targetEvidence?: Span;
  /** The target is the object of the attack word ("opened fire on a bus"), not a word elsewhere in the clause. */
  objectTarget: boolean;
}

/** GTD target type of the words after (then before) the first attack word. */
export function targetOf(text: string, hits: TriggerHit[], clauses: Span[], vocabulary: Vocabulary): { name: string; type: string; span: Span; object: boolean } | undefined {
  const first = hits[0];
  const windows: Span[] = [];
  if (first) {
    const clause = clauses.find((c) => first.start >= c.start && first.end <= c.end) ?? clauses[0];
    windows.push({ start: first.start, end: Math.min(clause.end, first.end + TARGET_REACH) });
    windows.push({ start: clause.start, end: first.start });
  }
  // Later sentences name who fought back ("repelled by security forces"), not the target: only the lead counts.
  if (!first) for (const clause of clauses) windows.push(clause);
  for (const [index, window] of windows.entries()) {
    // Responders ("repelled by security forces") are blanked out, keeping offsets.
    const slice = text.slice(window.start, window.end).replace(vocabulary.responders, (m) => ' '.repeat(m.length));
    let strong: { name: string; type: string; at: number } | undefined;
    let weak: { name: string; type: string; at: number } | undefined;
    for (const { type, regex } of vocabulary.targetTypes) {
      regex.lastIndex = 0;
      for (let m = regex.exec(slice); m; m = regex.exec(slice)) {
        const isWeak = WEAK_TARGET.test(m[0]) || (type === 'Private Citizens & Property' && !SPECIFIC_PRIVATE_TARGET.test(m[0]));
        const slot = isWeak ? weak : strong;
        if (!slot || m.index < slot.at || (m.index === slot.at && m[0].length > slot.name.length)) {
          const value = { name: m[0], type, at: m.index };
          if (isWeak) weak = value;
          else strong = value;
        }
        break;
      }
    }
    const best = strong ?? weak;
    if (best) return { name: best.name, type: best.type, span: { start: window.start + best.at, end: window.start + best.at + best.name.length }, object: index === 0 && first !== undefined };
  }
  return undefined;
}

/** Attack type by the highest-ranked trigger, with GTD's assassination rule and ACLED's battle rule. */
export function classify(text: string, hits: TriggerHit[], clauses: Span[], vocabulary: Vocabulary, isNotPerson: (span: Span) => boolean = () => false, sentences: Span[] = clauses, countryCode?: string): Classification {
  // The lead sentence says how the attack was made; later ones add consequences ("in the ensuing clash").
  const leadSentence = sentences.find((s) => hits[0].start >= s.start && hits[0].end <= s.end);
  const consequence = (h: TriggerHit) => CONSEQUENCE.test(text.slice(Math.max(0, h.start - 16), h.start));
  const inLead = leadSentence ? hits.filter((h) => h.start >= leadSentence.start && h.end <= leadSentence.end) : hits;
  const lead = inLead.filter((h) => !consequence(h)).length > 0 ? inLead.filter((h) => !consequence(h)) : inLead;
  const rest = hits.filter((h) => !inLead.includes(h) && !consequence(h));
  const byRank = (list: TriggerHit[]) => [...list].sort((a, b) => b.trigger.rank - a.trigger.rank || a.start - b.start)[0];
  const leadTop = byRank(lead);
  // GTD's hierarchy: a kidnapping, hostage taking or hijacking anywhere in the report outranks the lead's method.
  const restTop = rest.length > 0 ? byRank(rest) : undefined;
  // GTD's hierarchy puts a bombing above an armed assault: assailants who fired and then set off explosives
  // ("Additionally, assailants blew up the outpost") made a bombing. Only a verb of their own counts, not "the blast".
  const laterBombing = leadTop.trigger.attackType === 'Armed Assault' ? rest.find((h) => h.trigger.attackType === 'Bombing/Explosion' && BOMBING_VERB.test(text.slice(h.start, h.end))) : undefined;
  const top = laterBombing ?? (restTop && (leadTop.trigger.rank <= GENERIC_RANK || (restTop.trigger.rank >= HOSTAGE_RANK && restTop.trigger.rank > leadTop.trigger.rank)) ? byRank([leadTop, restTop]) : leadTop);
  let target = targetOf(text, hits, clauses, vocabulary);
  // A named person as the object ("opened fire on Amos Kale", "the vehicle of Amos Kale") and what the report
  // says they are ("Kale, the district governor").
  const first = hits[0];
  const firstClause = clauses.find((c) => first.start >= c.start && first.end <= c.end) ?? clauses[0];
  const object = text.slice(first.start, Math.min(firstClause.end, first.end + TARGET_REACH)).split(OBJECT_END)[0];
  // The object follows the first attack word that takes one: "Gunmen opened fire on Amos Kale" skips "Gunmen".
  let person: string | undefined;
  for (const hit of hits.filter((h) => h.start >= firstClause.start && h.end <= firstClause.end)) {
    const direct = NAMED_OBJECT.exec(text.slice(hit.end, Math.min(firstClause.end, hit.end + TARGET_REACH)));
    if (!direct) continue;
    const at = hit.end + direct.index + direct[0].indexOf(direct[1]);
    if (!isNotPerson({ start: at, end: at + direct[1].length })) person = direct[1];
    break;
  }
  person ??= PERSONAL_TARGET.exec(object)?.[1];
  const described = person ? appositives(person, clauses.map((c) => text.slice(c.start, c.end)).join(' ')) : [];
  if (!target || WEAK_TARGET.test(target.name) || target.type === 'Private Citizens & Property') {
    const type = described.map((phrase) => typeOfPhrase(phrase, vocabulary)).find(Boolean);
    if (type) target = { name: person!, type, span: target?.span ?? { start: first.start, end: first.end }, object: true };
  }
  // No target, or only a generic one ("a security outpost"): the victims say who was hit ("Four police officers were
  // killed"). An attack on a place ("Assailants attacked Pusht Rod district, Farah") is coded as one on its people
  // and property whoever fell there (GTD: 46 of 47 dev reports).
  const placeObject = hits.some((hit) => {
    if (hit.start < firstClause.start || hit.end > firstClause.end) return false;
    const m = PLACE_OBJECT.exec(text.slice(hit.end, firstClause.end));
    if (!m) return false;
    const at = hit.end + m[0].indexOf(m[1]);
    return m[2] !== undefined || isNotPerson({ start: at, end: at + m[1].length });
  });
  if (!placeObject && (!target || WEAK_TARGET.test(target.name) || target.type === 'Private Citizens & Property' || /^(?:security|checkpoints?|outposts?|posts?)$/i.test(target.name) || /security/i.test(target.name))) {
    const victims = victimType(clauses.map((c) => text.slice(c.start, c.end)).join(' '), vocabulary);
    if (victims && (!target || victims.type !== 'Private Citizens & Property')) {
      target = { name: victims.name, type: victims.type, span: target?.span ?? { start: first.start, end: first.end }, object: target?.object ?? false };
    }
  }
  // "Assailants attacked a security post … two police officers and six assailants were killed": a post or force
  // named only as "security" is the police's when the toll names police among the victims (GTD's coding).
  if (target && SECURITY_TARGET.test(target.name)) {
    const toll = clauses.map((c) => text.slice(c.start, c.end)).join(' ').split(/(?<=\.)\s+/).filter((sentence) => CASUALTY_WORD.test(sentence));
    if (toll.some((sentence) => POLICE_VICTIM.test(sentence))) target = { ...target, type: 'Police' };
  }
  // "Security forces discovered and defused two devices along a road": found before use, no one was its target.
  // A civilian target the lead names ("outside a residence", "targeting civilians") keeps its type.
  const generic = !target || WEAK_TARGET.test(target.name) || (target.type === 'Private Citizens & Property' && !target.object);
  if (generic && leadSentence && vocabulary.foundBeforeUse.regex.test(text.slice(leadSentence.start, leadSentence.end))) {
    target = { name: '', type: vocabulary.foundBeforeUse.targetType, span: target?.span ?? { start: first.start, end: first.end }, object: false };
  }
  const targetType = target?.type ?? vocabulary.targetTypeDefault;
  let { attackType, eventType, subEventType } = top.trigger;
  // GTD codes an incendiary used against people ("set fire to a man", "petrol bombs at police officers") as an
  // armed assault; against property it stays an attack on a facility.
  if (top.trigger.id === 'arson' && vocabulary.incendiaryOnPeople.test(text.slice(top.end, top.end + TARGET_REACH))) {
    attackType = 'Armed Assault';
    eventType = 'Violence against civilians';
    subEventType = 'Attack';
  }
  // GTD codes firearms used with grenades, projectiles or thrown devices ("opened fire and threw a grenade") as an
  // armed assault; a planted, detonated or vehicle-borne bomb keeps the incident a bombing.
  if (attackType === 'Bombing/Explosion' && leadSentence) {
    const explosives = [...lead, ...(laterBombing ? [laterBombing] : [])].filter((h) => h.trigger.attackType === 'Bombing/Explosion');
    const thrown = (h: TriggerHit) => vocabulary.thrownExplosive.test(text.slice(h.start, h.end)) || vocabulary.thrownVerb.test(text.slice(Math.max(leadSentence.start, h.start - 40), h.start));
    if (explosives.every(thrown) && vocabulary.assaultFirearm.test(text.slice(leadSentence.start, leadSentence.end))) {
      ({ attackType, eventType, subEventType } = { attackType: 'Armed Assault', eventType: top.trigger.eventType, subEventType: top.trigger.subEventType });
    }
  }
  // GTD codes an attack aimed at one prominent person as an assassination: a role in the attack's object ("opened
  // fire on a judge"), or a named person ("the vehicle of Amos Kale") whom the report gives such a role
  // ("Kale, the district governor"). A named victim with no such role is an ordinary armed assault.
  // Fireworks thrown at a home frighten; the codebook's assassination needs the intent to kill.
  if (ASSASSINATION_METHODS.has(attackType) && !/\bfireworks\b/i.test(text.slice(top.start, top.end))) {
    const role = vocabulary.assassinationRoles.exec(object) ?? RANK_BEFORE_NAME.exec(object);
    // "targeting the governor's office": the role owns the object, a building, and is not the object.
    const roleOwnsBuilding = role !== null && OWNED_BUILDING.test(object.slice(role.index + role[0].length));
    const roleAsObject = role !== null && !roleOwnsBuilding && !/\b(?:several|many|dozens|\d+)\b[^,]*$/.test(object.slice(0, role.index));
    const namedRole = described.some((phrase) => vocabulary.assassinationRoles.test(phrase));
    const incident = clauses.map((c) => text.slice(c.start, c.end)).join(' ');
    const victimRole = [...incident.matchAll(VICTIM_SUBJECT)].some((m) => vocabulary.assassinationRoles.test(m[1]) && !/s$/.test(m[1])) ||
      (!INSTALLATION.test(object) && !(target && INSTALLATION.test(target.name)) &&
        [...incident.matchAll(INCLUDED_VICTIM)].some((m) => vocabulary.assassinationRoles.test(m[1]) && !ASSAILANTS_IN_TOLL.test(tollSentence(incident, m.index!))));
    if (roleAsObject || namedRole || victimRole) {
      attackType = 'Assassination';
      eventType = 'Violence against civilians';
      subEventType = 'Attack';
    }
  }
  // GTD: with no one hurt and property looted or stolen ("though the house was looted"), the aim was the property.
  if (PROPERTY_AIM_METHODS.has(attackType)) {
    const incident = clauses.map((c) => text.slice(c.start, c.end)).join(' ');
    if (vocabulary.noCasualties.test(incident) && vocabulary.propertyTaken.test(incident)) {
      attackType = 'Facility/Infrastructure Attack';
      eventType = 'Strategic developments';
      subEventType = 'Looting/property destruction';
    }
  }
  // GTD: an attack of unstated method on a thing, not on people ("attacked a cement truck", "raided a prawn farm"),
  // that hurt no one aimed at the property: a Facility/Infrastructure Attack. Posts, bases and offices of the state
  // are held by people (an armed assault or Unknown), and a stated weapon keeps its method.
  if ((attackType === 'Unknown' || attackType === 'Armed Assault') && leadSentence && PROPERTY_TARGET_TYPES.has(targetType)) {
    const unstated = top.trigger.rank <= GENERIC_RANK || /^raid/i.test(text.slice(top.start, top.end));
    const lead = text.slice(leadSentence.start, leadSentence.end);
    const incident = clauses.map((c) => text.slice(c.start, c.end)).join(' ');
    if (unstated && PROPERTY_OBJECT.test(object) && !PEOPLE_OBJECT.test(object) && !vocabulary.assaultFirearm.test(lead) && !/\barmed\b/i.test(lead) &&
      vocabulary.noCasualties.test(incident)) {
      attackType = 'Facility/Infrastructure Attack';
      eventType = 'Strategic developments';
      subEventType = 'Looting/property destruction';
    }
  }
  // An attack of unknown method on civilians or their homes is an armed assault (GTD's and ACLED's usual coding);
  // a killing with no means given ("Assailants killed a civilian") stays Unknown, as the codebook has it.
  if (attackType === 'Unknown' && targetType === 'Private Citizens & Property' && target !== undefined && top.trigger.id !== 'killing') {
    attackType = 'Armed Assault';
  }
  // "Assailants attacked a security post": GTD's coders give an unstated method as Unknown in some countries and
  // as an armed assault elsewhere (data/events/vocabulary.json unknownMethodCountries).
  const unknownMethodHere = countryCode !== undefined && vocabulary.unknownMethodCountries.has(countryCode) &&
    !vocabulary.armedAssaultTargets.get(countryCode)?.has(targetType);
  if (attackType === 'Unknown' && top.trigger.id === 'attack' && countryCode && !unknownMethodHere &&
    !vocabulary.infrastructureTargetTypes.has(targetType)) {
    attackType = 'Armed Assault';
  }
  // GTD: an attack of unknown method on a power line, a mast or a water supply is an attack on a facility; on the
  // people guarding it ("attacked protection force members guarding a dam") it is not.
  if (attackType === 'Unknown' && vocabulary.infrastructureTargetTypes.has(targetType) && !PEOPLE_OBJECT.test(object)) {
    attackType = 'Facility/Infrastructure Attack';
    eventType = 'Strategic developments';
    subEventType = 'Looting/property destruction';
  }
  // ACLED: armed violence against an armed, organised opponent is a battle, not violence against civilians.
  if (['Armed Assault', 'Unknown', 'Assassination'].includes(attackType) && vocabulary.armedTargetTypes.has(targetType)) {
    eventType = 'Battles';
    subEventType = 'Armed clash';
  }
  // When the text names no target (an attack "on Baraki Barak district"), the target is the place's people and
  // property, as GTD codes it: an empty name with the default type.
  const targets = target ? [{ name: target.name, type: target.type }] : [{ name: '', type: vocabulary.targetTypeDefault }];
  return { attackType, eventType, subEventType, targets, targetEvidence: target?.span, objectTarget: target?.object ?? false };
}
