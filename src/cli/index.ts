#!/usr/bin/env node
/**
 * The `newsgraph` command line. Thin: each command parses its flags and calls library
 * functions; errors become one line on stderr and the exit code of their class.
 */
import './production.js'; // before anything loads graphql-js
import { Command, CommanderError } from 'commander';
import { NewsgraphError } from '../errors.js';
import { commands } from './commands/index.js';
import { applyConfigFile } from './config.js';

export function buildProgram(): Command {
  const program = new Command('newsgraph')
    .description('Knowledge graphs from news: people, places, organizations, sources and events, with evidence, in Neo4j.')
    .version('0.1.0')
    .showHelpAfterError('(add --help for usage)');
  for (const register of commands) register(program);
  return program;
}

export async function main(argv: string[] = process.argv): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  try {
    applyConfigFile();
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof NewsgraphError) {
      process.stderr.write(`newsgraph: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`newsgraph: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  () => process.exit(1),
);
