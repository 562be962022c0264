/** Every command of the CLI, registered in this order (it is also the order of `--help`). */
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [];
