// Text normalisation shared by the alias matcher and the resolver: folding, word pieces, slugs.

/** Lower case, no diacritics, one apostrophe: the form aliases are compared in. */
export function fold(text: string): string {
  // Most names are plain ASCII; skip the Unicode decomposition for them (it dominates knowledge-base load time).
  if (ASCII.test(text)) return text.toLowerCase().replace(/[`]/g, "'");
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’‘`´]/g, "'").toLowerCase();
}

const ASCII = /^[\x20-\x7e]*$/;

/** A stable id part: "Aaron Y. Zelin" → "aaron-y-zelin". */
export function slug(text: string): string {
  return fold(text)
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface Piece {
  start: number;
  end: number;
  /** Surface text of the piece. */
  text: string;
}

// Words (letters, digits and marks, with inner apostrophes: "Shari'a", "d'Ivoire"), or one punctuation mark.
// Hyphens, dashes and slashes separate words and are not pieces, so "IS-K", "IS K" and "IS–K" read alike.
const PIECE_PATTERN = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}\-‐‑‒–—/]/gu;
const ASCII_PIECE_PATTERN = /[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*|[^\sA-Za-z0-9\-/]/g;
const POSSESSIVE = /['’][sS]$/;

/**
 * Splits text into the pieces aliases are matched over. A possessive "’s" is left out of its word
 * ("Taliban’s" → "Taliban"), so "Afghanistan’s" matches "Afghanistan".
 */
export function pieces(text: string, offset = 0): Piece[] {
  const out: Piece[] = [];
  const pattern = ASCII.test(text) ? ASCII_PIECE_PATTERN : PIECE_PATTERN;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    let surface = m[0];
    if (surface.length > 2 && POSSESSIVE.test(surface)) surface = surface.slice(0, -2);
    out.push({ start: offset + m.index, end: offset + m.index + surface.length, text: surface });
  }
  return out;
}

/** The surface of each piece of an alias (as `pieces`, without offsets: cheaper when loading thousands). */
export function aliasPieces(alias: string): string[] {
  const pattern = ASCII.test(alias) ? ASCII_PIECE_PATTERN : PIECE_PATTERN;
  const found = alias.match(pattern) ?? [];
  for (let k = 0; k < found.length; k++) {
    if (found[k].length > 2 && POSSESSIVE.test(found[k])) found[k] = found[k].slice(0, -2);
  }
  return found;
}

/** Whether the first character is an upper-case letter. */
export function isCapitalised(text: string): boolean {
  const c = text.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
