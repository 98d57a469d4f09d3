// The CLI reference (docs/cli.md) is generated from --help, so it cannot drift from the commands.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { buildProgram } from './main.js';

// Defaults that are files of the package print as absolute paths; the reference shows them relative to it.
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function fullHelp(command: Command): string {
  let text = '';
  command.configureOutput({ writeOut: (chunk) => (text += chunk) });
  command.outputHelp();
  return text.split(`${PACKAGE_ROOT}/`).join('').trimEnd();
}

export async function cliReference(): Promise<string> {
  const program = await buildProgram();
  const parts = [
    '# Sitrep command-line reference',
    '',
    'Generated from `--help` by `npm run docs:cli`; a test fails when this file is out of date.',
    '',
    '```text',
    fullHelp(program),
    '```',
  ];
  const visit = (command: Command, path: string) => {
    parts.push('', `## ${path}`, '', '```text', fullHelp(command), '```');
    for (const sub of command.commands) visit(sub, `${path} ${sub.name()}`);
  };
  for (const command of program.commands) visit(command, `sitrep ${command.name()}`);
  return parts.join('\n') + '\n';
}
