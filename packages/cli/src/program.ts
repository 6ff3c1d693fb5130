import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXTRACTOR_VERSION } from '@vnkg/extractor';
import { DEFAULT_MAX_EVIDENCE, runBuild, type BuildOptions } from './commands/build.js';
import { runEval, type EvalOptions } from './commands/evaluate.js';
import { runStats, type StatsOptions } from './commands/stats.js';
import { CommandError, EXIT, type Streams } from './streams.js';

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/** `--max-evidence`: a positive whole number, or `all`. */
function evidenceCap(value: string): number {
  if (value === 'all') return Infinity;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number or "all"');
  return n;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function createProgram(streams: Streams, setExit: (code: number) => void): Command {
  const program = new Command('vnkg')
    .description('Vietnamese political news → knowledge graph')
    .version(EXTRACTOR_VERSION, '-V, --version')
    .configureOutput({ writeOut: (s) => streams.stdout.write(s), writeErr: (s) => streams.stderr.write(s) })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('build')
    .description('extract a knowledge graph from articles and write it as GEXF and/or graphology JSON')
    .argument('<inputs...>', 'article files (.txt .md .html .htm .jsonl), folders (read recursively) or glob patterns')
    .requiredOption('-o, --output <file>', 'output file, format from the extension: .gexf or .json (repeatable)', collect, [])
    .option('--strict', 'fail (exit 1, write nothing) when any input is skipped')
    .addOption(new Option('--lang <lang>', 'language of articles that do not say (default: detected per article)').choices(['vi', 'en']))
    .option('-q, --quiet', 'no progress and no summary; errors only')
    .option('-j, --jobs <n>', 'extraction threads (default: one per core, none for a few dozen articles)', positiveInteger)
    .option('--cache-dir <folder>', 'cache of extractions (default: .vnkg-cache beside the first output)')
    .option('--no-cache', 'extract every article again; neither read nor write the cache')
    .option(
      '--max-evidence <n|all>',
      `evidence records kept per entity and per relation (mentions and weight still count all; default ${DEFAULT_MAX_EVIDENCE})`,
      evidenceCap,
    )
    .addHelpText(
      'after',
      '\nExamples:\n  vnkg build data/articles -o out/graph.gexf -o out/graph.json\n  vnkg build "news/**/*.html" corpus.jsonl -o graph.json --strict',
    )
    .action(async (inputs: string[], options: BuildOptions) => setExit(await runBuild(inputs, options, streams)));

  program
    .command('eval')
    .description('score a graph against a gold annotation (precision, recall, F1 per type)')
    .argument('<graph>', 'graph written by vnkg build (.json or .gexf)')
    .requiredOption('--gold <file>', 'gold annotation file (*.gold.json)')
    .option('--json', 'print the scores as JSON')
    .option('--explain', 'also list missed and spurious entities and relations')
    .option('--docs <ids>', 'score only these document ids (comma-separated)')
    .addHelpText('after', '\nExample:\n  vnkg eval --gold data/gold/seeds.gold.json out/graph.json --explain')
    .action(async (graph: string, options: EvalOptions) => setExit(await runEval(graph, options, streams)));

  program
    .command('stats')
    .description('counts by type, top entities by degree and the articles they came from')
    .argument('<graph>', 'graph written by vnkg build (.json or .gexf)')
    .option('--top <n>', 'how many top entities to list', positiveInteger, 15)
    .option('--json', 'print the statistics as JSON')
    .action(async (graph: string, options: StatsOptions) => setExit(await runStats(graph, options, streams)));

  return program;
}

/** Runs the command line on `args` (without "node vnkg") and returns the exit code. */
export async function runCli(args: readonly string[], streams: Streams = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = createProgram(streams, (code) => (exitCode = code));
  if (args.length === 0) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; every other parse error is bad usage.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CommandError) {
      streams.stderr.write(`vnkg: ${error.message}\n`);
      return error.exitCode;
    }
    streams.stderr.write(`vnkg: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.failed;
  }
}
