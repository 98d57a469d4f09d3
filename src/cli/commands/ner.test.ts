import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { isValidIob2 } from '../../ner/labels.js';
import { register, runNer } from './ner.js';

const TINY = new URL('../../ner/fixtures/tiny.bin', import.meta.url).pathname;

function conllFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-ner-'));
  const path = join(dir, 'in.conll');
  writeFileSync(path, text);
  return path;
}

describe('sitrep ner --conll', () => {
  it('writes one JSON line per sentence with tokens from the first column', async () => {
    // Extra columns and a gold tag column must be ignored; -DOCSTART- skipped.
    const path = conllFile('-DOCSTART- -X- -X- O\n\nAmira NNP B-NP O\nJadoon NNP I-NP O\nspoke VBD B-VP O\n\nRain\nfell\nin\nLagos\n.\n');
    let out = '';
    const count = await runNer({ conll: path, model: TINY }, (text) => (out += text));
    expect(count).toBe(2);
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l) as { tokens: string[]; tags: string[] });
    expect(lines.map((l) => l.tokens)).toEqual([['Amira', 'Jadoon', 'spoke'], ['Rain', 'fell', 'in', 'Lagos', '.']]);
    expect(lines[0].tags).toEqual(['B-PER', 'I-PER', 'O']);
    for (const l of lines) expect(isValidIob2(l.tags)).toBe(true);
  });

  it('reports a missing file as E005', async () => {
    await expect(runNer({ conll: '/no/such/file.conll', model: TINY }, () => {})).rejects.toMatchObject({ code: 'E005' });
  });

  it('registers the command with a required --conll option', async () => {
    const program = new Command().exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
    register(program);
    await expect(program.parseAsync(['node', 'sitrep', 'ner'])).rejects.toThrow(/--conll/);
  });
});
