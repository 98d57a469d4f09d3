// Bytes → text: decompress gzip, refuse binary and empty input, then pick the charset the way browsers do
// (BOM, then the declared charset, then "is it valid UTF-8?", then Windows-1252).
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { SitrepError } from '../core/errors.js';
import { DEFAULT_MAX_BYTES } from './limits.js';

/** How far into the bytes to look for `<meta charset>` or `<?xml encoding>`; HTML requires it in the first 1024. */
const DECLARATION_SCAN_BYTES = 4096;
/** How much of the input the control-character test samples; binary formats show themselves early. */
const BINARY_SAMPLE_BYTES = 64 * 1024;
/** Share of control characters (other than tab, newlines, form feed, escape) above which text is binary. */
const BINARY_CONTROL_RATIO = 0.1;
/** Share of NUL bytes at odd (or even) positions that marks BOM-less UTF-16 with mostly ASCII text. */
const UTF16_NUL_RATIO = 0.9;

export interface Decoded {
  text: string;
  /** Canonical lower-case charset name used to decode ("utf-8", "utf-16le", "windows-1252", ...). */
  charset: string;
}

export interface DecodeOptions {
  /** Limit on the decompressed size; gzip input beyond it is refused (E003). */
  maxBytes?: number;
  /** Name for messages ("page.html", "https://…"). */
  label?: string;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** Magic numbers of common binary formats that may contain no NUL byte early on. */
const BINARY_SIGNATURES: Array<{ name: string; bytes: number[] }> = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'ZIP/Office', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'SQLite', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
];

/** Labels that WHATWG maps to another encoding; iso-8859-1 and ascii really mean Windows-1252 on the web. */
const CHARSET_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'cp1252': 'windows-1252',
  'x-cp1252': 'windows-1252',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'utf-16': 'utf-16le',
  unicode: 'utf-16le',
};

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

export function isGzip(bytes: Uint8Array): boolean {
  return startsWith(bytes, GZIP_MAGIC);
}

/** Decompress gzip input (by magic bytes, whatever the file name says); other input is returned as is. */
export function gunzipIfNeeded(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES, label = 'input'): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new SitrepError('E003', `${label} is larger than ${formatBytes(maxBytes)} once decompressed`,
        'raise the limit with --max-bytes if this is intended');
    }
    throw new SitrepError('E004', `${label} is gzip-compressed but could not be decompressed (${(error as Error).message})`,
      'check that the file is complete');
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KB`;
  return `${n} bytes`;
}

function bomCharset(bytes: Uint8Array): { charset: string; length: number } | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { charset: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { charset: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { charset: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte. */
function sniffUtf16(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // The other half has (almost) no NULs: only U+xx00 characters put a NUL there.
  if (oddNul / pairs >= UTF16_NUL_RATIO && evenNul / pairs < 1 - UTF16_NUL_RATIO) return 'utf-16le';
  if (evenNul / pairs >= UTF16_NUL_RATIO && oddNul / pairs < 1 - UTF16_NUL_RATIO) return 'utf-16be';
  return undefined;
}

/** Why these bytes are binary, or undefined when they look like text. Call only on non-UTF-16 input. */
export function binaryReason(bytes: Uint8Array): string | undefined {
  for (const sig of BINARY_SIGNATURES) if (startsWith(bytes, sig.bytes)) return `it is a ${sig.name} file`;
  if (bytes.indexOf(0) !== -1) return 'it contains NUL bytes';
  const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    // Tab, LF, VT, FF, CR and ESC occur in real text files; other C0 controls do not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  if (n > 0 && control / n > BINARY_CONTROL_RATIO) return `${Math.round((control / n) * 100)}% of its bytes are control characters`;
  return undefined;
}

/** Normalise a charset label; undefined when iconv-lite does not know it (so it is ignored, not trusted). */
export function normaliseCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const name = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!name) return undefined;
  const canonical = CHARSET_ALIASES[name] ?? name;
  return iconv.encodingExists(canonical) ? canonical : undefined;
}

/** The `charset` parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = contentType?.match(/;\s*charset\s*=\s*("?)([^";\s]+)\1/i);
  return match ? match[2] : undefined;
}

/** `<meta charset>`, `<meta http-equiv="Content-Type" content="…charset=…">` or `<?xml … encoding="…"?>`. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, DECLARATION_SCAN_BYTES)).toString('latin1');
  const xml = head.match(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i);
  if (xml) return xml[1];
  const meta = head.match(/<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i);
  if (meta) return meta[1];
  return undefined;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  if (charset === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  // iconv-lite, not TextDecoder: Node builds with small ICU decode windows-1252 wrongly (0x80–0x9F) or not at all.
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), charset);
}

/**
 * Decode bytes to text. Order: gzip magic → decompress; BOM; binary check; declared charset (HTTP header, then
 * `<meta>`/XML declaration); valid UTF-8; Windows-1252. Throws E001 (empty), E002 (binary), E003 (too large
 * once decompressed), E004 (gzip broken).
 */
export function decodeBytes(input: Uint8Array, contentType?: string, options: DecodeOptions = {}): Decoded {
  const label = options.label ?? 'input';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input.length === 0) throw new SitrepError('E001', `${label} is empty`, 'nothing to ingest');
  const bytes = gunzipIfNeeded(input, maxBytes, label);

  const bom = bomCharset(bytes);
  let charset: string | undefined;
  let body = bytes;
  if (bom) {
    charset = bom.charset;
    body = bytes.subarray(bom.length);
  } else {
    charset = sniffUtf16(bytes);
    if (!charset) {
      const reason = binaryReason(bytes);
      if (reason) {
        throw new SitrepError('E002', `${label} looks binary, not text or HTML: ${reason}`,
          'give Sitrep .txt, .html or feed files');
      }
      charset = normaliseCharset(charsetFromContentType(contentType)) ?? normaliseCharset(declaredCharset(bytes));
      // A page that declares a UTF-16 charset but has neither a BOM nor NUL pattern is lying; ignore it.
      if (charset?.startsWith('utf-16')) charset = undefined;
      charset ??= isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
    }
  }

  const text = decodeWith(body, charset);
  if (text.trim() === '') {
    throw new SitrepError('E001', `${label} contains only whitespace`, 'nothing to ingest');
  }
  return { text, charset };
}
