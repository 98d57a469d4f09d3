// Regenerates docs/cli.md from the commands' --help.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliReference } from '../src/cli/reference.js';

writeFileSync(join(import.meta.dirname, '..', 'docs', 'cli.md'), await cliReference());
console.log('wrote docs/cli.md');
