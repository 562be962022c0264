/** `newsgraph export`: the graph, or the subgraph around some events, as GraphML, GEXF, CSV or JSON Lines. */
import { Option, type Command } from 'commander';
import { checkExportOptions, exportFormats, exportGraph, gexfVersions, type ExportFormat, type ExportOptions, type GexfVersion } from '../../export/index.js';
import { withGraph } from '../connect.js';

const EXAMPLES = `
Examples:
  $ newsgraph export --format graphml --out news.graphml          # the whole graph, for yEd or Cytoscape
  $ newsgraph export --format gexf --out news.gexf                # for Gephi
  $ newsgraph export --format csv --out export/                   # export/nodes.csv + export/relationships.csv
  $ newsgraph export --format jsonl | gzip > news.jsonl.gz        # standard output
  $ newsgraph export --format gexf --type PRISONER_EXCHANGE --type TALKS --from 2026-03 --to 2026-03-31 --out swaps.gexf
  $ newsgraph export --format graphml --entity "Volodymyr Zelensky" --out zelensky.graphml

A filter (--type, --from, --to, --entity) selects events; the export then holds those events, their
places, participants, claimants and reporting articles, the sentences of the evidence, and every
relationship among them. Without a filter it holds the whole graph. See docs/export.md.`;

interface ExportFlags {
  format: ExportFormat;
  out?: string;
  type?: string[];
  from?: string;
  to?: string;
  entity?: string;
  batchSize: number;
  gexfVersion: GexfVersion;
  quiet?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

export function register(program: Command): void {
  program
    .command('export')
    .description('Write the graph (or the subgraph around some events) as GraphML, GEXF, CSV or JSON Lines')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...exportFormats]).makeOptionMandatory())
    .option('-o, --out <path>', 'output file (a folder for csv); standard output when absent')
    .option('--type <EVENT_TYPE>', 'only events of this type (repeat, or comma-separate, for several)', collect)
    .option('--from <date>', 'only events dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'only events dated on or before')
    .option('--entity <id-or-name>', 'only events involving this person, place, organization or source (id, name or alias)')
    .option('--batch-size <n>', 'nodes read per query', (v) => Number.parseInt(v, 10), 500)
    .addOption(new Option('--gexf-version <version>', 'GEXF version to write').choices(Object.keys(gexfVersions)).default('1.3'))
    .option('-q, --quiet', 'print no summary')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: ExportFlags) => {
      const options: ExportOptions = {
        format: flags.format,
        out: flags.out,
        filter: { types: flags.type, from: flags.from, to: flags.to, entity: flags.entity },
        batchSize: flags.batchSize > 0 ? flags.batchSize : 500,
        gexfVersion: flags.gexfVersion,
      };
      checkExportOptions(options); // a bad flag fails before Neo4j is reached (or started)
      const summary = await withGraph((graph) => exportGraph(graph, options));
      // The summary goes to stderr: stdout may be the export itself.
      if (!flags.quiet) {
        process.stderr.write(
          `exported ${summary.nodes} node(s) and ${summary.relationships} relationship(s) as ${summary.format}${summary.files.length ? ` to ${summary.files.join(', ')}` : ''}\n`,
        );
      }
    });
}
