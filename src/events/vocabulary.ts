// Loads data/events/vocabulary.json (the event vocabulary is data, not code) and compiles its patterns once.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SitrepError } from '../core/errors.js';

export const VOCABULARY_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'events', 'vocabulary.json');

interface TriggerSpec {
  id: string;
  pattern: string;
  attackType: string;
  eventType: string;
  subEventType: string;
  rank: number;
}

interface VocabularyFile {
  attackTypes: string[];
  triggers: TriggerSpec[];
  strategic: Array<{ id: string; pattern: string; subEventType: string }>;
  aggregateNouns: string;
  weaponContext: { firearm: string; explosive: string };
  assassinationRoles: string;
  assaultWeapons?: { firearm: string; thrown: string; thrownVerb: string };
  incendiaryVictims?: { persons: string; property: string };
  responders?: { pattern: string };
  foundBeforeUse?: { pattern: string; targetType: string };
  propertyTaken?: { pattern: string };
  armedTargetTypes: string[];
  infrastructureTargetTypes: string[];
  unknownMethodCountries?: { countries: string[]; armedAssaultTargets?: Record<string, string[] | string> };
  targetTypes: Array<{ type: string; pattern: string }>;
  targetTypeDefault: string;
  perpetrators: { claimed: string; attributedBefore: string; attributedAfter: string; none: string };
  status: Record<'foiled' | 'attempted' | 'planned' | 'threatened', string>;
  casualty: Record<'killed' | 'injured' | 'none' | 'unknown' | 'subset' | 'sum' | 'perpetratorUnits' | 'inAdditionToPerpetrator', string>;
  background: string;
}

export interface Trigger extends TriggerSpec {
  regex: RegExp;
}

export interface Vocabulary {
  attackTypes: string[];
  triggers: Trigger[];
  /** All triggers in one pattern, one capturing group each in vocabulary order: one pass over the text. */
  anyTrigger: RegExp;
  strategic: Array<{ id: string; regex: RegExp; subEventType: string }>;
  /** Plural event nouns: "21 attacks" is a count of events, not one event. */
  aggregate: RegExp;
  firearm: RegExp;
  explosive: RegExp;
  assassinationRoles: RegExp;
  /** GTD's Armed Assault includes grenades, projectiles and thrown devices used beside firearms. */
  assaultFirearm: RegExp;
  /** An explosive trigger that is thrown or fired (grenade, mortar, rocket), not planted or detonated. */
  thrownExplosive: RegExp;
  /** "threw an explosive device": the verb before a device that makes it thrown. */
  thrownVerb: RegExp;
  /** Those who fought the attack back or stopped it ("repelled by security forces"): never its target. */
  responders: RegExp;
  /** A lead that reports a device found or a weapon intercepted before use, and the target type GTD gives it. */
  foundBeforeUse: { regex: RegExp; targetType: string };
  /** Property looted or stolen ("the house was looted"): with no casualties, the attack's aim was the property. */
  propertyTaken: RegExp;
  /** The object of an incendiary trigger that is people ("set fire to a man"): an armed assault, not arson. */
  incendiaryOnPeople: RegExp;
  armedTargetTypes: Set<string>;
  /** Target types whose attack, when the text gives no method, is an attack on a facility (GTD). */
  infrastructureTargetTypes: Set<string>;
  /** Countries where an attack of unstated method stays Unknown (GTD's coders' convention); elsewhere Armed Assault. */
  unknownMethodCountries: Set<string>;
  /** Per country of `unknownMethodCountries`: target types whose unstated-method attacks are still Armed Assault. */
  armedAssaultTargets: Map<string, Set<string>>;
  targetTypes: Array<{ type: string; regex: RegExp }>;
  targetTypeDefault: string;
  claimed: RegExp;
  attributedBefore: RegExp;
  attributedAfter: RegExp;
  noClaim: RegExp;
  status: Array<{ status: 'foiled' | 'attempted' | 'planned' | 'threatened'; regex: RegExp }>;
  killed: RegExp;
  injured: RegExp;
  noCasualties: RegExp;
  unknownCasualties: RegExp;
  subset: RegExp;
  perpetratorUnits: RegExp;
  /** "In addition to the assailant, …": one more dead, a perpetrator. */
  inAdditionToPerpetrator: RegExp;
  background: RegExp;
}

/** A case-insensitive, global, whole-word pattern from a vocabulary entry. */
function words(pattern: string, flags = 'gi'): RegExp {
  return new RegExp(`\\b(?:${pattern})\\b`, flags);
}

function compile(file: VocabularyFile): Vocabulary {
  return {
    attackTypes: file.attackTypes,
    triggers: file.triggers.map((t) => ({ ...t, regex: words(t.pattern) })),
    anyTrigger: new RegExp(`\\b(?:${file.triggers.map((t) => `(${t.pattern})`).join('|')})\\b`, 'gi'),
    strategic: file.strategic.map((s) => ({ id: s.id, subEventType: s.subEventType, regex: words(s.pattern) })),
    aggregate: new RegExp(`^(?:[\\w-]+\\s+){0,2}(?:${file.aggregateNouns})\\b`, 'i'),
    firearm: words(file.weaponContext.firearm, 'i'),
    explosive: new RegExp(`\\b(?:${file.weaponContext.explosive})`, 'i'),
    assassinationRoles: words(file.assassinationRoles, 'i'),
    responders: words(file.responders?.pattern ?? '(?!)'),
    foundBeforeUse: { regex: new RegExp(file.foundBeforeUse?.pattern ?? '(?!)', 'i'), targetType: file.foundBeforeUse?.targetType ?? file.targetTypeDefault },
    incendiaryOnPeople: new RegExp(`^\\s*(?:to|at|on|upon)?\\s*(?:a|an|the|two|three|four|five|several|some|\\d+)?\\s*(?:[\\w-]+\\s+){0,2}?(?:${file.incendiaryVictims?.persons ?? '(?!)'})\\b(?!\\s+(?:${file.incendiaryVictims?.property ?? '(?!)'})\\b)(?!['’]s)`, 'i'),
    assaultFirearm: words(file.assaultWeapons?.firearm ?? '(?!)', 'i'),
    thrownExplosive: new RegExp(`^(?:${file.assaultWeapons?.thrown ?? '(?!)'})$`, 'i'),
    thrownVerb: new RegExp(`\\b(?:${file.assaultWeapons?.thrownVerb ?? '(?!)'})\\s+(?:[\\w-]+\\s+){0,3}$`, 'i'),
    armedTargetTypes: new Set(file.armedTargetTypes),
    infrastructureTargetTypes: new Set(file.infrastructureTargetTypes),
    propertyTaken: words(file.propertyTaken?.pattern ?? '(?!)', 'i'),
    unknownMethodCountries: new Set(file.unknownMethodCountries?.countries ?? []),
    armedAssaultTargets: new Map(Object.entries(file.unknownMethodCountries?.armedAssaultTargets ?? {})
      .filter((entry): entry is [string, string[]] => Array.isArray(entry[1])).map(([country, types]) => [country, new Set(types)])),
    targetTypes: file.targetTypes.map((t) => ({ type: t.type, regex: words(t.pattern, 'gi') })),
    targetTypeDefault: file.targetTypeDefault,
    claimed: words(file.perpetrators.claimed),
    attributedBefore: words(file.perpetrators.attributedBefore),
    attributedAfter: words(file.perpetrators.attributedAfter),
    noClaim: words(file.perpetrators.none, 'i'),
    status: (Object.keys(file.status) as Array<keyof VocabularyFile['status']>).map((status) => ({
      status,
      regex: words(file.status[status], 'i'),
    })),
    killed: words(file.casualty.killed),
    injured: words(file.casualty.injured),
    noCasualties: words(file.casualty.none, 'i'),
    unknownCasualties: words(file.casualty.unknown, 'i'),
    subset: words(file.casualty.subset, 'i'),
    perpetratorUnits: new RegExp(`^(?:${file.casualty.perpetratorUnits})$`, 'i'),
    inAdditionToPerpetrator: words(file.casualty.inAdditionToPerpetrator, 'i'),
    background: words(file.background, 'i'),
  };
}

let cached: Vocabulary | undefined;

/** The bundled vocabulary, read once; a broken file is a coded error, not a stack trace. */
export function loadVocabulary(path = VOCABULARY_PATH): Vocabulary {
  if (path === VOCABULARY_PATH && cached) return cached;
  let parsed: VocabularyFile;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as VocabularyFile;
  } catch (error) {
    throw new SitrepError('E060', `event vocabulary ${path} is missing or not valid JSON: ${(error as Error).message}`,
      'reinstall Sitrep or restore data/events/vocabulary.json');
  }
  const vocabulary = compile(parsed);
  if (path === VOCABULARY_PATH) cached = vocabulary;
  return vocabulary;
}
