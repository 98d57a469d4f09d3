// Word shapes: "Reuters" → "Xxxxx" (runs cut at MAX_SHAPE_RUN), short shape "Xx"; "U.S." → "X.X.";
// "1996-08-22" → "dddd-dd-dd". features.ts hashes the same shapes character by character without building
// the strings; these functions are the readable definition (and what the tests pin).

/** Runs longer than this are cut, so "Xxxxxxxxx" and "Xxxxx" share a shape (length is a separate feature). */
export const MAX_SHAPE_RUN = 4;

/** Character class for shapes: 88 'X' upper, 120 'x' lower, 100 'd' digit, anything else itself. */
export function charClass(code: number): number {
  if (code >= 65 && code <= 90) return 88; // X
  if (code >= 97 && code <= 122) return 120; // x
  if (code >= 48 && code <= 57) return 100; // d
  if (code > 127) {
    const ch = String.fromCharCode(code);
    if (ch.toLowerCase() !== ch) return 88;
    if (ch.toUpperCase() !== ch) return 120;
  }
  return code;
}

export function wordShape(word: string): string {
  let out = '';
  let last = -1;
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = charClass(word.charCodeAt(i));
    if (c === last) {
      run++;
      if (run > MAX_SHAPE_RUN) continue;
    } else {
      last = c;
      run = 1;
    }
    out += String.fromCharCode(c);
  }
  return out;
}

export function shortShape(word: string): string {
  let out = '';
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const c = charClass(word.charCodeAt(i));
    if (c !== last) out += String.fromCharCode(c);
    last = c;
  }
  return out;
}

export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return charClass(c) === 88;
}

