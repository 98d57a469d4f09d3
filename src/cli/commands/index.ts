// Every CLI command, registered in one place. Each module exports `register(program)`.
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export const COMMAND_MODULES: Array<() => Promise<{ register: RegisterCommand }>> = [
];
