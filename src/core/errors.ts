// Coded errors that teach: what was wrong and what to do. Every failure a user can cause has a code here.

export const ERROR_CODES = {
  E001: 'input is empty',
  E002: 'input looks binary, not text or HTML',
  E003: 'input is larger than the size limit',
  E004: 'input could not be decoded',
  E005: 'file or directory not found',
  E006: 'unsupported file type',
  E010: 'URL is not valid or not http(s)',
  E011: 'URL points at a private, loopback or link-local address',
  E012: 'server answered with an error status',
  E013: 'request timed out',
  E014: 'too many redirects or a redirect loop',
  E015: 'content type is not text, HTML or a feed',
  E016: 'network error',
  E020: 'feed is not valid RSS or Atom XML',
  E021: 'feed has no items',
  E030: 'HTML has no readable article text',
  E040: 'bad request parameter',
  E041: 'not found',
  E050: 'database error',
  E051: 'database file is not a Sitrep database or is from a newer version',
  E052: 'database file does not exist',
  E060: 'model file missing or invalid',
  E070: 'invalid JSON line',
  E080: 'cannot listen on the given host and port',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class SitrepError extends Error {
  readonly code: ErrorCode;
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, hint?: string) {
    super(message);
    this.name = 'SitrepError';
    this.code = code;
    this.hint = hint;
  }

  /** One line for a terminal: `sitrep E012: feed https://… answered 404 — check the URL`. */
  format(): string {
    return `sitrep ${this.code}: ${this.message}${this.hint ? ` — ${this.hint}` : ''}`;
  }

  toJSON(): { code: ErrorCode; message: string; hint?: string } {
    return { code: this.code, message: this.message, ...(this.hint ? { hint: this.hint } : {}) };
  }
}

export function isSitrepError(error: unknown): error is SitrepError {
  return error instanceof SitrepError;
}

/** Wrap anything thrown into a SitrepError without losing its message (never a stack trace to the user). */
export function toSitrepError(error: unknown, fallback: ErrorCode = 'E016'): SitrepError {
  if (error instanceof SitrepError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SitrepError(fallback, message);
}
