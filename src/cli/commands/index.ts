/** Every command of the CLI, registered in this order (it is also the order of `--help`). */
import type { Command } from 'commander';
import { register as registerNeo4j } from './neo4j.js';
import { register as registerEval } from './eval.js';
import { register as registerStartServe } from './serve.js';
import { register as registerIngest } from './ingest.js';
import { register as registerAnalyze } from './analyze.js';
import { register as registerQuery } from './query.js';
import { register as registerExport } from './export.js';
import { register as registerMerge } from './merge.js';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [registerStartServe, registerIngest, registerAnalyze, registerQuery, registerExport, registerMerge, registerNeo4j, registerEval];
