import { ConnectivityPolicy } from '../core';
import { formatPorts } from '../core/rule';

const HEADERS = ['direction', 'peer', 'ports', 'purposes', 'description'];

function rows(policy: ConnectivityPolicy): string[][] {
  return policy.rules.map((r) => [
    r.direction,
    r.cidr,
    `tcp/${formatPorts(r.fromPort, r.toPort)}`,
    r.purposes.join(', '),
    r.description,
  ]);
}

function header(policy: ConnectivityPolicy): string {
  const o = policy.options;
  const src = policy.catalog.source;
  return `target ${o.target}, mode ${o.mode}, edition ${o.edition} (${src.repository} ${src.path}, lastupdated ${src.lastUpdated})`;
}

/** The policy's rules as an aligned plain-text table, followed by its warnings. */
export function formatRuleTable(policy: ConnectivityPolicy): string {
  const all = [HEADERS, ...rows(policy)];
  const widths = HEADERS.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  const out = [header(policy), '', line(HEADERS), line(widths.map((w) => '-'.repeat(w))), ...rows(policy).map(line)];
  for (const w of policy.warnings) out.push('', `warning ${w.id}: ${w.message}`);
  return out.join('\n') + '\n';
}

/** The policy's rules as a Markdown table, followed by its warnings. */
export function formatRuleMarkdown(policy: ConnectivityPolicy): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const out = [
    `**${header(policy)}**`,
    '',
    `| ${HEADERS.join(' | ')} |`,
    `| ${HEADERS.map(() => '---').join(' | ')} |`,
    ...rows(policy).map((row) => `| ${row.map(escape).join(' | ')} |`),
  ];
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
