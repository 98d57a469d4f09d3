// File access for the NER commands: read a CoNLL file or stdin, with coded errors instead of stack traces.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SitrepError } from '../core/errors.js';
import { parseConll, type ConllSentence } from './conll.js';

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a CoNLL file (or stdin for "-"). */
export async function readConllFile(path: string): Promise<ConllSentence[]> {
  if (path === '-') return parseConll(await readStdin());
  if (!existsSync(path)) throw new SitrepError('E005', `CoNLL file ${path} not found`, 'check the path');
  if (statSync(path).isDirectory()) throw new SitrepError('E006', `${path} is a directory, not a CoNLL file`, 'give one file');
  return parseConll(readFileSync(path, 'utf8'));
}

/** Writes a file through a temporary name, so a crash never leaves half a model behind. */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}
