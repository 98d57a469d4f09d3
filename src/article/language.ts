// A tiny language guesser for pages that declare none: counts the commonest function words of a few languages.

/** Fewer hits than this and we do not guess. */
const MIN_HITS = 3;
/** Words looked at: enough for a guess, cheap on long pages. */
const MAX_WORDS = 400;

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'was', 'for', 'with', 'said', 'on', 'he', 'it'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'que', 'pour', 'qui', 'du', 'sur', 'pas'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'sich', 'auf', 'ein', 'eine', 'dem'],
  es: ['el', 'los', 'las', 'que', 'del', 'por', 'una', 'con', 'para', 'como', 'fue', 'pero', 'más', 'se'],
  pt: ['os', 'que', 'não', 'uma', 'com', 'para', 'como', 'foi', 'mais', 'das', 'dos', 'pela', 'pelo', 'você'],
  it: ['il', 'che', 'della', 'per', 'una', 'sono', 'con', 'non', 'gli', 'del', 'nel', 'alla', 'anche', 'è'],
  nl: ['de', 'het', 'een', 'van', 'en', 'niet', 'dat', 'met', 'voor', 'zijn', 'op', 'ook', 'werd', 'maar'],
};

const INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) INDEX.set(w, [...(INDEX.get(w) ?? []), lang]);
}

export function detectLanguage(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu)?.slice(0, MAX_WORDS) ?? [];
  const counts = new Map<string, number>();
  for (const w of words) for (const lang of INDEX.get(w) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = MIN_HITS - 1;
  for (const [lang, count] of counts) {
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}
