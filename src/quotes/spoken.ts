// The words a quote holds without the attribution that interrupts them ("…, he said, …").
import type { Span } from '../core/document.js';

/** What is shown between two parts of one quote. */
export const PART_GAP = ' … ';

/**
 * The quote's words for display: its parts joined with an ellipsis when the speaker's words are interrupted
 * ("IS-K planned 21 attacks, he said, compared to …" → "IS-K planned 21 attacks … compared to …"), else its text.
 * `text` is the article's text from `start` to `end`; the parts' offsets are the article's too.
 */
export function spokenWords(quote: Span & { text: string; parts?: readonly Span[] | null }): string {
  const parts = quote.parts ?? [];
  if (parts.length < 2) return quote.text;
  const inside = parts.every((p) => p.start >= quote.start && p.end <= quote.end && p.start <= p.end);
  if (!inside) return quote.text;
  return parts.map((p) => quote.text.slice(p.start - quote.start, p.end - quote.start)).join(PART_GAP);
}
