import { Command, CommanderError } from 'commander';
import { isSitrepError } from '../core/errors.js';
import { modulesFor } from './commands/index.js';
import { ExitCode, setExitCode, takeExitCode } from './exit.js';

export const VERSION = '0.1.0';
const HELP_WIDTH = 100;

/** The program with the commands `argv` needs (all of them when no command is named). */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = new Command();
  program
    .name('sitrep')
    .description(
      'Turn news reports into a local, searchable database of events, actors, quotes and claims —\n' +
        'every value with the exact span of the article it came from.',
    )
    .version(VERSION)
    // A fixed width keeps --help identical everywhere, so docs/cli.md can be generated from it and checked.
    .configureHelp({ helpWidth: HELP_WIDTH })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  $ sitrep ingest news/ https://example.org/feed.xml   store articles in ./sitrep.db
  $ sitrep analyze story.txt --published 2024-09-01    analyse one document, store nothing
  $ sitrep search "suicide bombing"                    full-text search with snippets
  $ sitrep actors --kind armed_group --csv             list stored actors
  $ sitrep serve                                       JSON API on http://127.0.0.1:8787

Environment:
  SITREP_DB   database file (default ./sitrep.db)`,
    );
  for (const module of modulesFor(argv[2])) (await module.load()).register(program);
  return program;
}

/** Run the CLI; resolves to the process exit status. Never prints a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const program = await buildProgram(argv);
  program.exitOverride();
  try {
    await program.parseAsync(argv);
    return takeExitCode();
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are normal exits.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (isSitrepError(error)) {
      process.stderr.write(`${error.format()}\n`);
      return ExitCode.failure;
    }
    process.stderr.write(`sitrep: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    setExitCode(ExitCode.internal);
    return ExitCode.internal;
  }
}
