// Every CLI command, registered in one place. Each module exports `register(program)`.
// Only the module of the command being run is loaded, so `sitrep search` does not pay for the tagger.
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export interface CommandModule {
  /** The command names the module registers. */
  names: string[];
  load: () => Promise<{ register: RegisterCommand }>;
}

export const COMMAND_MODULES: CommandModule[] = [
  { names: ['start'], load: () => import('./start.js') },
  { names: ['ingest'], load: () => import('./ingest.js') },
  { names: ['analyze'], load: () => import('./analyze.js') },
  { names: ['search'], load: () => import('./search.js') },
  { names: ['articles', 'actors', 'events', 'quotes', 'claims'], load: () => import('./list.js') },
  { names: ['export'], load: () => import('./export.js') },
  { names: ['serve'], load: () => import('./serve.js') },
  { names: ['article'], load: () => import('./article.js') },
  { names: ['ner'], load: () => import('./ner.js') },
  { names: ['train'], load: () => import('./train.js') },
];

/** The modules needed for these arguments: the named command's, or all of them (help, unknown command). */
export function modulesFor(commandName: string | undefined): CommandModule[] {
  const named = COMMAND_MODULES.filter((module) => commandName !== undefined && module.names.includes(commandName));
  return named.length > 0 ? named : COMMAND_MODULES;
}
