import { parseArgs } from 'node:util';
import { CatalogCheckOutcome, CatalogCheckReport, CatalogDriftCheck } from '../catalog-check';
import { AccessMode, BackupTarget, CatalogEdition, ConnectivityValidationError } from '../core';
import { formatCatalogCheckTable } from './catalog-check-table';
import { CommandIo } from './io';

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

const EXIT_CODES: Record<CatalogCheckOutcome, number> = {
  [CatalogCheckOutcome.COVERED]: 0,
  [CatalogCheckOutcome.OUTSIDE]: 1,
  [CatalogCheckOutcome.UNDECIDED]: 3,
};

const FORMATTERS: Record<string, (report: CatalogCheckReport) => string> = {
  table: formatCatalogCheckTable,
  json: (report) => JSON.stringify(report, null, 2) + '\n',
};

/**
 * Runs `catalog check`: parses the options, runs the drift check and prints its report.
 * @returns the process exit code
 */
export async function runCatalogCommand(args: string[], io: CommandIo): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand === '-h' || subcommand === '--help' || subcommand === 'help') {
    io.out(CATALOG_USAGE);
    return 0;
  }
  if (subcommand !== 'check') {
    io.err(`Unknown catalog subcommand '${subcommand ?? ''}'\n\n${CATALOG_USAGE}`);
    return 2;
  }
  let values;
  try {
    values = parseArgs({
      args: rest,
      options: {
        'target': { type: 'string' },
        'mode': { type: 'string' },
        'edition': { type: 'string' },
        'resolver': { type: 'string' },
        'timeout': { type: 'string' },
        'format': { type: 'string', default: 'table' },
        'help': { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${CATALOG_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(CATALOG_USAGE);
    return 0;
  }
  const format = FORMATTERS[values.format!];
  if (!format) {
    io.err(`--format must be one of ${Object.keys(FORMATTERS).join(', ')} (got '${values.format}')\n`);
    return 2;
  }
  const timeout = values.timeout;
  try {
    const report = await CatalogDriftCheck.run({
      target: values.target as BackupTarget | undefined,
      mode: values.mode as AccessMode | undefined,
      edition: values.edition as CatalogEdition | undefined,
      resolver: values.resolver,
      timeoutMs: timeout === undefined ? undefined : /^[0-9]+$/.test(timeout) ? Number(timeout) : (timeout as unknown as number),
    });
    io.out(format(report));
    return EXIT_CODES[report.outcome];
  } catch (e) {
    if (e instanceof ConnectivityValidationError) {
      io.err(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
