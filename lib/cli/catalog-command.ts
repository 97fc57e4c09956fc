import { CatalogCheckOutcome, CatalogCheckReport, CatalogDriftCheck } from '../catalog-check';
import { ConnectivityValidationError } from '../core';
import { formatCatalogCheckTable } from './catalog-check-table';
import { ExitCode } from './exit-code';
import { CommandIo } from './io';
import { chooseFormatter, parseCommandArgs, UsageError } from './parse-command-args';
import { numericOption, POLICY_SELECTION_OPTIONS, policySelection } from './policy-options';

/** Usage of the catalog command. */
export const CATALOG_USAGE = `Usage: backup-agent-connectivity catalog check [options]

Resolves the A records of every catalogued agent host of the target that has a documented address
and says, for each, whether the answer still lies inside what the chosen options open.

Options:
  --target commercial|federal         service the agent registers with (default commercial)
  --mode broad|minimal|hosts          openings to compare with (default broad)
  --edition 2018-12-14|2024-07-23|2026-06-08
                                      documentation edition (default 2026-06-08)
  --resolver ADDRESS[:PORT]           DNS server to ask (default: the system's resolvers)
  --timeout MS                        time to wait for one answer (default 3000)
  --format table|json                 output format (default table)
  -h, --help                          this text

Exit status: 0 every answer is covered (names that no longer resolve are reported), 1 an answer
lies outside what the options open, 2 bad usage or options, 3 lookups could not be made.
`;

const EXIT_CODES: Record<CatalogCheckOutcome, ExitCode> = {
  [CatalogCheckOutcome.COVERED]: ExitCode.SUCCESS,
  [CatalogCheckOutcome.OUTSIDE]: ExitCode.FAILED,
  [CatalogCheckOutcome.UNDECIDED]: ExitCode.UNDECIDED,
};

const FORMATTERS: Record<string, (report: CatalogCheckReport) => string> = {
  table: formatCatalogCheckTable,
  json: (report) => JSON.stringify(report, null, 2) + '\n',
};

/**
 * Runs `catalog check`: parses the options, runs the drift check and prints its report.
 * @returns the process exit code
 */
export async function runCatalogCommand(args: string[], io: CommandIo): Promise<ExitCode> {
  const [subcommand, ...rest] = args;
  if (subcommand === '-h' || subcommand === '--help' || subcommand === 'help') {
    io.out(CATALOG_USAGE);
    return ExitCode.SUCCESS;
  }
  if (subcommand !== 'check') {
    io.err(`Unknown catalog subcommand '${subcommand ?? ''}'\n\n${CATALOG_USAGE}`);
    return ExitCode.USAGE;
  }
  let values;
  let format;
  try {
    values = parseCommandArgs({
      args: rest,
      options: {
        ...POLICY_SELECTION_OPTIONS,
        resolver: { type: 'string' },
        timeout: { type: 'string' },
        format: { type: 'string', default: 'table' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
    if (values.help) {
      io.out(CATALOG_USAGE);
      return ExitCode.SUCCESS;
    }
    format = chooseFormatter(FORMATTERS, values.format!);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`${e.message}\n\n${CATALOG_USAGE}`);
    return ExitCode.USAGE;
  }
  try {
    const report = await CatalogDriftCheck.run({
      ...policySelection(values),
      resolver: values.resolver,
      timeoutMs: numericOption(values.timeout),
    });
    io.out(format(report));
    return EXIT_CODES[report.outcome];
  } catch (e) {
    if (e instanceof ConnectivityValidationError) {
      io.err(`${e.message}\n`);
      return ExitCode.USAGE;
    }
    throw e;
  }
}
