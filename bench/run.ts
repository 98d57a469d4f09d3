// `npm run bench [-- <name> [args]]` runs bench/<name>.ts (default: pipeline), which exports
// `main(args: string[]): Promise<number>`.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('.test.ts') && !f.startsWith('_'))
  .map((f) => f.replace(/\.ts$/, ''));
const [name = 'pipeline', ...args] = process.argv.slice(2);
if (!available.includes(name)) {
  console.error(`usage: npm run bench -- <${available.join('|')}> [options]`);
  process.exit(2);
}
const module = (await import(join(here, `${name}.ts`))) as { main(args: string[]): Promise<number> };
process.exitCode = await module.main(args);
