// What kind of attribution a quote is, read from its cue: "speech" (someone said, wrote, reported or showed it) or
// "stance" (a belief, wish, plan or position the text gives someone: "Voters want …", "Lee hopes …", "the board backed
// …"). PolNeAR draws both as attributions, and the stage extracts both; an analyst who wants only what was said filters
// on the kind (`sitrep quotes --kind speech`).

export type QuoteKind = 'speech' | 'stance';

/** Verbs (base forms) of belief, feeling, wish, plan and position. */
const STANCE_VERBS = new Set([
  'think', 'believe', 'feel', 'know', 'see', 'consider', 'doubt', 'suspect', 'assume', 'expect', 'fear', 'worry', 'hope',
  'wish', 'want', 'plan', 'intend', 'aim', 'seek', 'prefer', 'like', 'love', 'hate', 'favour', 'favor', 'support',
  'back', 'oppose', 'endorse', 'vote', 'agree', 'offer', 'refuse', 'view', 'regard', 'trust', 'understand', 'remember',
  'recognise', 'recognize', 'realise', 'realize', 'accept', 'embrace', 'reckon', 'wonder', 'need',
]);

/** Past and other forms that suffix rules do not undo. */
const IRREGULAR = new Map([
  ['thought', 'think'], ['felt', 'feel'], ['knew', 'know'], ['known', 'know'], ['saw', 'see'], ['seen', 'see'],
  ['sought', 'seek'], ['understood', 'understand'],
]);

/** The base forms a word may stand for ("hopes", "planned", "backing" → hope, plan, back). */
function baseForms(word: string): string[] {
  const irregular = IRREGULAR.get(word);
  if (irregular) return [irregular];
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  if (word.endsWith('ied')) forms.push(`${word.slice(0, -3)}y`);
  for (const ending of ['ed', 'ing']) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    forms.push(stem, `${stem}e`);
    // ("planned", "backing" is plain; "planning" doubles its consonant)
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) forms.push(stem.slice(0, -1));
  }
  if (word.endsWith('d')) forms.push(word.slice(0, -1));
  return forms;
}

/** The kind of a quote from its cue as the stage writes it ("said", "did not say", "according to", "hopes", "))"). */
export function quoteKind(cue: string): QuoteKind {
  const words = cue.toLowerCase().match(/[\p{L}'’-]+/gu);
  const last = words?.at(-1);
  if (!last) return 'speech';
  return baseForms(last).some((w) => STANCE_VERBS.has(w)) ? 'stance' : 'speech';
}
