// Local inputs: one file read under the size limit, and directories walked recursively in a stable order.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { SitrepError } from '../core/errors.js';
import { formatBytes } from './decode.js';
import { extensionOf, kindFromFileName, UNSUPPORTED_EXTENSIONS } from './sniff.js';

const MIN_CHUNK_BYTES = 64 * 1024;
/** Large files are read a megabyte at a time rather than in one allocation. */
const MAX_CHUNK_BYTES = 1024 * 1024;

/**
 * Read a file, refusing it (E003) before reading when it is over the limit. Missing → E005.
 * Synchronous on purpose: a local read is far below a millisecond, while four thread-pool round trips per file
 * (open, stat, read, close) dominated ingest time on a busy machine.
 */
export async function readFileLimited(file: string, maxBytes: number): Promise<Uint8Array> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw fileError(file, error);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new SitrepError('E006', `${file} is a directory`, 'directories are walked, not read');
    if (info.size > maxBytes) {
      throw new SitrepError('E003', `${file} is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit`,
        'raise the limit with --max-bytes if this is intended');
    }
    // Read in chunks and stop past the limit: a file that grew since stat() (or a FIFO) is still refused.
    const chunkSize = Math.min(MAX_CHUNK_BYTES, Math.max(MIN_CHUNK_BYTES, info.size + 1));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkSize);
      const bytesRead = readSync(fd, chunk, 0, chunkSize, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) {
        throw new SitrepError('E003', `${file} is over the ${formatBytes(maxBytes)} limit`,
          'raise the limit with --max-bytes if this is intended');
      }
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    throw fileError(file, error);
  } finally {
    closeSync(fd);
  }
}

export function fileError(file: string, error: unknown): SitrepError {
  if (error instanceof SitrepError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new SitrepError('E005', `${file} does not exist`, 'check the path');
  if (code === 'EACCES' || code === 'EPERM') return new SitrepError('E005', `${file} cannot be read (permission denied)`, 'check the file permissions');
  return new SitrepError('E005', `${file} cannot be read (${code ?? (error as Error).message})`, 'check the path');
}

/** A file inside a directory is ingested when its extension says text, HTML or feed (optionally .gz). */
export function isIngestibleName(name: string): boolean {
  return kindFromFileName(name) !== undefined;
}

/** A file named explicitly is refused up front only when its extension is a known non-text format. */
export function unsupportedReason(file: string): string | undefined {
  const ext = extensionOf(file.replace(/\.gz$/i, ''));
  return UNSUPPORTED_EXTENSIONS.has(ext) ? `.${ext} files are not supported` : undefined;
}

export interface DirectoryListing {
  files: string[];
  /** Files left out because of their type (hidden entries are not counted). */
  skipped: number;
}

/**
 * All ingestible files under `dir`, recursively, sorted by path (code-unit order, so the same on every
 * machine). Hidden entries (name starts with ".") are skipped; symlinked directories are followed once.
 */
export async function listDirectory(dir: string): Promise<DirectoryListing> {
  const files: string[] = [];
  let skipped = 0;
  const seen = new Set<string>();
  async function walk(current: string): Promise<void> {
    const real = await realpath(current);
    if (seen.has(real)) return;
    seen.add(real);
    const entries = await readdir(current, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(current, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => undefined);
        isDir = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isDir) await walk(full);
      else if (isFile && isIngestibleName(entry.name)) files.push(full);
      else if (isFile) skipped++;
    }
  }
  try {
    await walk(dir);
  } catch (error) {
    throw fileError(dir, error);
  }
  return { files, skipped };
}
