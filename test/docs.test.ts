// Docs that cannot rot: the CLI reference is generated from --help, and the README covers every command.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/main.js';
import { cliReference } from '../src/cli/reference.js';

const root = join(import.meta.dirname, '..');

describe('documentation', () => {
  it('docs/cli.md is the current --help of every command (run `npm run docs:cli`)', async () => {
    expect(readFileSync(join(root, 'docs', 'cli.md'), 'utf8')).toBe(await cliReference());
  });

  it('the README names every command and starts with the two commands of a fresh clone', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const program = await buildProgram();
    for (const command of program.commands) expect(readme, `README lacks sitrep ${command.name()}`).toContain(`sitrep ${command.name()}`);
    const firstCommands = readme.split('\n').filter((line) => line.startsWith('npm ci')).slice(0, 2);
    expect(firstCommands).toEqual(['npm ci && npm start', 'npm ci && npm test']);
  });
});
