// Every CLI command, registered in one place. Each module exports `register(program)`.
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export const COMMAND_MODULES: Array<() => Promise<{ register: RegisterCommand }>> = [
  () => import('./start.js'),
  () => import('./ingest.js'),
  () => import('./analyze.js'),
  () => import('./search.js'),
  () => import('./list.js'),
  () => import('./serve.js'),
  () => import('./article.js'),
  () => import('./ner.js'),
  () => import('./train.js'),
];
