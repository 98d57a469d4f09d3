// Text with stand-off annotations rendered as escaped HTML: the text is cut at every span boundary and each piece
// is wrapped in one <mark> carrying the kinds and descriptions of every annotation that covers it (overlaps allowed).

import { html, type Html } from './html.js';

export interface Annotation {
  start: number;
  end: number;
  /** CSS class: entity, quote, event, claim, evidence. */
  kind: string;
  /** What it is, shown on hover and focus. */
  label: string;
  /** Where clicking leads (an actor or event page). */
  href?: string;
}

/** Characters of context shown on each side of a span when no sentence end is nearer. */
export const SENTENCE_WINDOW = 300;

export function highlight(text: string, annotations: Annotation[]): Html {
  const valid = annotations.filter((a) => a.start >= 0 && a.end <= text.length && a.start < a.end);
  const cuts = new Set<number>([0, text.length]);
  for (const a of valid) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const pieces: Html[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    const covering = valid.filter((a) => a.start <= from && a.end >= to);
    if (!covering.length) {
      pieces.push(html`${piece}`);
      continue;
    }
    const kinds = [...new Set(covering.map((a) => `hl-${a.kind}`))].join(' ');
    const title = [...new Set(covering.map((a) => a.label))].join(' · ');
    const link = covering.find((a) => a.href)?.href;
    pieces.push(
      link
        ? html`<a class="${kinds}" href="${link}" title="${title}">${piece}</a>`
        : html`<mark class="${kinds}" title="${title}" tabindex="0">${piece}</mark>`,
    );
  }
  return html`${pieces}`;
}

/** The sentence (or a window) around a span, with offsets, so evidence can be shown in its sentence. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  const floor = Math.max(0, start - SENTENCE_WINDOW);
  while (from > floor && !/[.!?\n]\s$/.test(text.slice(from - 2, from)) && text[from - 1] !== '\n') from--;
  let to = end;
  const ceiling = Math.min(text.length, end + SENTENCE_WINDOW);
  while (to < ceiling && !/[.!?\n]/.test(text[to - 1] ?? '') ) to++;
  if (to < ceiling) {
    // include a closing quotation mark after the full stop
    while (to < ceiling && /["'”’)]/.test(text[to])) to++;
  }
  return { start: from, end: to };
}
