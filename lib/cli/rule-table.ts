import { ConnectivityPolicy } from '../core';
import { formatPorts } from '../core/rule';
import { alignedTable } from './aligned-table';

const HEADERS = ['direction', 'peer', 'ports', 'purposes', 'description'];

function rows(policy: ConnectivityPolicy): string[][] {
  return policy.rules.map((r) => [r.direction, r.cidr, `tcp/${formatPorts(r.fromPort, r.toPort)}`, r.purposes.join(', '), r.description]);
}

function header(policy: ConnectivityPolicy): string {
  const o = policy.options;
  return `target ${o.target}, mode ${o.mode}, edition ${o.edition}`;
}

/** One line per page the edition was read from. */
function sourceLines(policy: ConnectivityPolicy): string[] {
  return policy.catalog.sources.map(
    (s) => `source: ${s.repository} ${s.path} at ${s.commit.slice(0, 7)}${s.section ? ` (${s.section})` : ''}, lastupdated ${s.lastUpdated}`,
  );
}

/** Hosts of the target that the documentation names without an address: listed, never a rule. */
function unaddressedLines(policy: ConnectivityPolicy): string[] {
  return policy.catalog
    .unaddressedEndpoints(policy.options.target)
    .map((e) => `not opened (no documented address): ${e.fqdn} tcp/${e.ports.join(',')} (${e.role}), named in ${e.namedIn}`);
}

/** The policy's rules as an aligned plain-text table, followed by its warnings. */
export function formatRuleTable(policy: ConnectivityPolicy): string {
  const out = [header(policy), ...sourceLines(policy), '', ...alignedTable(HEADERS, rows(policy))];
  const unaddressed = unaddressedLines(policy);
  if (unaddressed.length > 0) out.push('', ...unaddressed);
  for (const w of policy.warnings) out.push('', `warning ${w.id}: ${w.message}`);
  return out.join('\n') + '\n';
}

/** The policy's rules as a Markdown table, followed by its warnings. */
export function formatRuleMarkdown(policy: ConnectivityPolicy): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const out = [
    `**${header(policy)}**`,
    '',
    ...sourceLines(policy).map((l) => `- ${l}`),
    '',
    `| ${HEADERS.join(' | ')} |`,
    `| ${HEADERS.map(() => '---').join(' | ')} |`,
    ...rows(policy).map((row) => `| ${row.map(escape).join(' | ')} |`),
  ];
  const unaddressed = unaddressedLines(policy);
  if (unaddressed.length > 0) out.push('', ...unaddressed.map((l) => `- ${l}`));
  if (policy.warnings.length > 0) {
    out.push('');
    for (const w of policy.warnings) out.push(`> **${w.id}**: ${w.message}`);
  }
  return out.join('\n') + '\n';
}

/** The policy as indented JSON. */
export function formatRuleJson(policy: ConnectivityPolicy): string {
  return JSON.stringify(policy.toJSON(), null, 2) + '\n';
}
