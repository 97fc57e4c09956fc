import { parseArgs } from 'node:util';
import { AccessMode, BackupTarget, CatalogEdition, ConnectivityOptions, ConnectivityPolicy, ConnectivityValidationError } from '../core';
import { CommandIo } from './io';
import { formatRuleJson, formatRuleMarkdown, formatRuleTable } from './rule-table';

const FORMATTERS: Record<string, (policy: ConnectivityPolicy) => string> = {
  table: formatRuleTable,
  json: formatRuleJson,
  markdown: formatRuleMarkdown,
};

/** Usage of the rules command. */
export const RULES_USAGE = `Usage: backup-agent-connectivity [rules] [options]

Prints the firewall rules an IBM Cloud Backup agent needs.

Options:
  --target commercial|federal         service the agent registers with (default commercial)
  --mode broad|minimal|hosts          how narrowly portal/AMP traffic is opened (default broad)
  --edition 2018-12-14|2024-07-23|2026-06-08
                                      documentation edition (default 2026-06-08)
  --management-port N                 agent management port (default 2548)
  --legacy-management-port            also accept TCP 808 (older agents)
  --vault CIDR                        vault (Director) address; repeatable
  --vault-dc CODE                     data center (e.g. dal13) whose eVault ranges open TCP 2546; repeatable
  --central-control CIDR              CentralControl console address; repeatable
  --additional-endpoint CIDR          portal/AMP subnet published after the catalog; repeatable
  --allow-public-sources              accept sources outside the private ranges
  --format table|json|markdown        output format (default table)
  -h, --help                          this text
`;

/**
 * Prints the rule table for the options on the command line.
 * @returns the process exit code
 */
export function runRulesCommand(args: string[], io: CommandIo): number {
  let values;
  try {
    values = parseArgs({
      args,
      options: {
        'target': { type: 'string' },
        'mode': { type: 'string' },
        'edition': { type: 'string' },
        'management-port': { type: 'string' },
        'legacy-management-port': { type: 'boolean' },
        'vault': { type: 'string', multiple: true },
        'vault-dc': { type: 'string', multiple: true },
        'central-control': { type: 'string', multiple: true },
        'additional-endpoint': { type: 'string', multiple: true },
        'allow-public-sources': { type: 'boolean' },
        'format': { type: 'string', default: 'table' },
        'help': { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${RULES_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(RULES_USAGE);
    return 0;
  }
  const format = FORMATTERS[values.format!];
  if (!format) {
    io.err(`--format must be one of ${Object.keys(FORMATTERS).join(', ')} (got '${values.format}')\n`);
    return 2;
  }
  const port = values['management-port'];
  const options: ConnectivityOptions = {
    target: values.target as BackupTarget | undefined,
    mode: values.mode as AccessMode | undefined,
    edition: values.edition as CatalogEdition | undefined,
    managementPort: port === undefined ? undefined : /^[0-9]+$/.test(port) ? Number(port) : (port as unknown as number),
    allowLegacyManagementPort: values['legacy-management-port'],
    vaultCidrs: values.vault,
    vaultDataCenters: values['vault-dc'],
    centralControlSources: values['central-control'],
    additionalEndpointCidrs: values['additional-endpoint'],
    allowPublicSources: values['allow-public-sources'],
  };
  try {
    io.out(format(ConnectivityPolicy.resolve(options)));
    return 0;
  } catch (e) {
    if (e instanceof ConnectivityValidationError) {
      io.err(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
