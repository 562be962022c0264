/**
 * `newsgraph neo4j start|stop|status|logs`: the local Neo4j server (src/neo4j). Progress goes to
 * stderr, results to stdout, so `status --json` can be piped.
 */
import { Command, Option } from 'commander';
import { ConfigError } from '../../errors.js';
import {
  connectionFromEnv,
  localNeo4jStatus,
  localProfile,
  profileFiles,
  startLocalNeo4j,
  stopLocalNeo4j,
  tailLines,
  type LocalProfile,
} from '../../neo4j/index.js';

const EXAMPLES = `
Examples:
  $ newsgraph neo4j start           # fetch Neo4j 5.26 on first use (Java 17 + Maven), start it, print how to connect
  $ newsgraph neo4j status --json   # {"running":true,"uri":"bolt://127.0.0.1:7687","user":"neo4j","password":"…","browserUrl":"…"}
  $ newsgraph neo4j logs -n 100     # the end of the server's log
  $ newsgraph neo4j stop

Files live in $NEWSGRAPH_HOME, else $XDG_CACHE_HOME/newsgraph, else ~/.cache/newsgraph.
With NEO4J_URI set, newsgraph uses that server instead and these commands are not needed.`;

const stderrLog = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

export function register(program: Command): void {
  const neo4j = program
    .command('neo4j')
    .description('Run a local Neo4j server for newsgraph (no Docker needed)')
    .addHelpText('after', EXAMPLES);

  neo4j
    .command('start')
    .description('Start the local Neo4j (installing it on first use), or reuse the running one')
    .addOption(profileOption())
    .action(async (options: { profile: string }) => {
      warnIfEnvServer();
      const profile = localProfile(options.profile);
      const conn = await startLocalNeo4j(profile, stderrLog);
      process.stdout.write(
        [
          `Neo4j ${conn.started ? 'started' : 'already running'} (profile "${profile.name}", pid ${conn.pid})`,
          `  Bolt:     ${conn.uri}   user ${conn.user}, password ${conn.password}`,
          `  Browser:  ${conn.browserUrl}`,
          `  Stop it:  newsgraph neo4j stop${profileFlag(profile)}`,
          '',
        ].join('\n'),
      );
    });

  neo4j
    .command('stop')
    .description('Stop the local Neo4j')
    .addOption(profileOption())
    .action(async (options: { profile: string }) => {
      const profile = localProfile(options.profile);
      const stopped = await stopLocalNeo4j(profile, stderrLog);
      process.stdout.write(stopped ? `Neo4j stopped (profile "${profile.name}").\n` : `Neo4j was not running (profile "${profile.name}").\n`);
    });

  neo4j
    .command('status')
    .description('Whether the local Neo4j runs, and how to connect to it')
    .option('--json', 'print one JSON object: running, uri, user, password, browserUrl, pid, home, logFile…')
    .addOption(profileOption())
    .action(async (options: { json?: boolean; profile: string }) => {
      const status = await localNeo4jStatus(localProfile(options.profile));
      if (options.json) {
        process.stdout.write(`${JSON.stringify(status)}\n`);
        return;
      }
      const state = status.running ? `running (pid ${status.pid}${status.listening ? '' : ', not yet listening'})` : 'not running';
      process.stdout.write(
        [
          `Neo4j (profile "${status.profile}"): ${state}`,
          `  Bolt:     ${status.uri}   user ${status.user}, password ${status.password ?? '(set on first start)'}`,
          `  Browser:  ${status.browserUrl}`,
          `  Home:     ${status.home}`,
          `  Log:      ${status.logFile}`,
          '',
        ].join('\n'),
      );
      if (connectionFromEnv()) process.stdout.write(`Note: NEO4J_URI is set, so newsgraph commands use ${process.env.NEO4J_URI}, not this server.\n`);
    });

  neo4j
    .command('logs')
    .description("Print the end of the local Neo4j's log")
    .option('-n, --lines <count>', 'how many lines', parseCount, 50)
    .option('--console', "the JVM's stdout/stderr instead (for a server that dies before it can log)")
    .addOption(profileOption())
    .action((options: { lines: number; console?: boolean; profile: string }) => {
      const files = profileFiles(localProfile(options.profile).home);
      const file = options.console ? files.consoleLog : files.logFile;
      const text = tailLines(file, options.lines);
      if (!text) process.stderr.write(`${file} is empty or does not exist yet.\n`);
      process.stdout.write(text);
    });
}

function profileOption(): Option {
  // Hidden: `test` is the test suite's own server (other ports, own data); users need only `default`.
  return new Option('--profile <name>', 'local profile: default or test').default('default').hideHelp();
}

function profileFlag(profile: LocalProfile): string {
  return profile.name === 'default' ? '' : ` --profile ${profile.name}`;
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new ConfigError(`--lines expects a whole number, found "${value}"`);
  return count;
}

function warnIfEnvServer(): void {
  if (connectionFromEnv()) {
    stderrLog(`Note: NEO4J_URI is set (${process.env.NEO4J_URI}), so other newsgraph commands use that server, not the local one started here.`);
  }
}
