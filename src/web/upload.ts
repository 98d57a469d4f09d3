// Files dropped on the ingest box: which are accepted (type, size, count) before anything reaches the pipeline.
// A refused file is a per-file coded failure in the results, never an error page for the whole upload.

import { SitrepError } from '../core/errors.js';

/** Most files in one upload: a results page listing each must stay readable. */
export const MAX_UPLOAD_FILES = 20;
/** Largest single file: a long article page with its markup is well under this. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Largest upload request: every file at its limit would be too slow to run through the pipeline in one request. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** What `sitrep ingest` reads from a directory, less the gzip variant. */
export const ACCEPTED_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.xhtml', '.xml', '.rss', '.atom'] as const;
/** Declared types that can be text, HTML or a feed; browsers send `application/octet-stream` or nothing when unsure. */
const ACCEPTED_TYPES = /^(text\/[a-z.+-]+|application\/(xhtml\+xml|xml|rss\+xml|atom\+xml|octet-stream))$/i;
/** Bytes inspected for NUL bytes, the mark of a binary file (PDF, image, Office document). */
const SNIFF_BYTES = 4096;

export type CheckedFile = { name: string; ok: true; bytes: Uint8Array } | { name: string; ok: false; error: SitrepError };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/** Accept or refuse one uploaded file. */
export async function checkFile(file: File): Promise<CheckedFile> {
  const name = file.name.slice(0, 200) || 'unnamed file';
  const refuse = (code: 'E001' | 'E002' | 'E003' | 'E006', message: string, hint: string): CheckedFile => ({
    name,
    ok: false,
    error: new SitrepError(code, message, hint),
  });
  const kinds = ACCEPTED_EXTENSIONS.join(', ');
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extensionOf(name))) {
    return refuse('E006', `${name} is not a text, HTML or feed file`, `upload files ending in ${kinds}`);
  }
  const type = file.type.split(';')[0].trim();
  if (type && !ACCEPTED_TYPES.test(type)) return refuse('E006', `${name} is ${type}, not text, HTML or a feed`, `upload files ending in ${kinds}`);
  if (file.size === 0) return refuse('E001', `${name} is empty`, 'upload a file with an article in it');
  if (file.size > MAX_FILE_BYTES) {
    return refuse('E003', `${name} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`, 'split it, or ingest it with `sitrep ingest`');
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return refuse('E002', `${name} looks binary, not text or HTML`, `upload files ending in ${kinds}`);
  return { name, ok: true, bytes };
}

/** The files of a multipart form field (one or many), refusing an upload with too many. */
export function filesOf(value: unknown): File[] {
  const list = (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is File => v instanceof File);
  // A file input left empty still sends one nameless, empty part.
  const files = list.filter((f) => f.name !== '' || f.size > 0);
  if (files.length > MAX_UPLOAD_FILES) {
    throw new SitrepError('E040', `too many files (${files.length})`, `upload at most ${MAX_UPLOAD_FILES} at a time`);
  }
  return files;
}
