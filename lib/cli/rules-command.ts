import { ConnectivityOptions, ConnectivityPolicy, ConnectivityValidationError } from '../core';
import { ExitCode } from './exit-code';
import { CommandIo } from './io';
import { chooseFormatter, parseCommandArgs, UsageError } from './parse-command-args';
import { numericOption, POLICY_SELECTION_OPTIONS, policySelection } from './policy-options';
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
export function runRulesCommand(args: string[], io: CommandIo): ExitCode {
  let values;
  let format;
  try {
    values = parseCommandArgs({
      args,
      options: {
        ...POLICY_SELECTION_OPTIONS,
        'management-port': { type: 'string' },
        'legacy-management-port': { type: 'boolean' },
        vault: { type: 'string', multiple: true },
        'vault-dc': { type: 'string', multiple: true },
        'central-control': { type: 'string', multiple: true },
        'additional-endpoint': { type: 'string', multiple: true },
        'allow-public-sources': { type: 'boolean' },
        format: { type: 'string', default: 'table' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
    if (values.help) {
      io.out(RULES_USAGE);
      return ExitCode.SUCCESS;
    }
    format = chooseFormatter(FORMATTERS, values.format!);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`${e.message}\n\n${RULES_USAGE}`);
    return ExitCode.USAGE;
  }
  const options: ConnectivityOptions = {
    ...policySelection(values),
    managementPort: numericOption(values['management-port']),
    allowLegacyManagementPort: values['legacy-management-port'],
    vaultCidrs: values.vault,
    vaultDataCenters: values['vault-dc'],
    centralControlSources: values['central-control'],
    additionalEndpointCidrs: values['additional-endpoint'],
    allowPublicSources: values['allow-public-sources'],
  };
  try {
    io.out(format(ConnectivityPolicy.resolve(options)));
    return ExitCode.SUCCESS;
  } catch (e) {
    if (e instanceof ConnectivityValidationError) {
      io.err(`${e.message}\n`);
      return ExitCode.FAILED;
    }
    throw e;
  }
}
