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

describe('sitrep train ner', () => {
  it('trains on a small file, prints dev F1 per epoch and writes a loadable model', async () => {
    const { runTrainNer } = await import('./train.js');
    const { readModel } = await import('../../ner/tagger.js');
    const data = new URL('../../ner/fixtures/tiny-train.conll', import.meta.url).pathname;
    const out = join(mkdtempSync(join(tmpdir(), 'sitrep-train-')), 'm.bin');
    const lines: string[] = [];
    const code = await runTrainNer(
      { train: data, dev: data, out, epochs: '3', seed: '1', clusters: false, places: false, trainGazetteer: true, context: false },
      (line) => lines.push(line),
    );
    expect(code).toBe(0);
    expect(lines.filter((l) => /^epoch \d\/3 +dev micro-F1 \d+\.\d\d/.test(l)).length).toBe(3);
    expect(lines.at(-1)).toMatch(/kept epoch \d/);
    expect(readModel(out).header.rows).toBeGreaterThan(100);
  });

  it('rejects a bad --epochs value and a missing file with coded errors', async () => {
    const { runTrainNer } = await import('./train.js');
    const base = { dev: undefined, out: '/tmp/x.bin', seed: '1', clusters: false as const, places: false, trainGazetteer: true, context: false };
    await expect(runTrainNer({ ...base, train: '/no/such.conll', epochs: '3' }, () => {})).rejects.toMatchObject({ code: 'E005' });
    await expect(runTrainNer({ ...base, train: '/no/such.conll', epochs: 'lots' }, () => {})).rejects.toMatchObject({ code: 'E040' });
  });
});
