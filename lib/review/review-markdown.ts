import { ArtifactKind } from './artifact';
import { compactHostNames } from './catalog-hosts';
import { cell, list, OPENING_KIND_LABELS, openingCells } from './markdown-cells';
import type { ConstructReview, ReviewReport } from './review-report';

function table(header: string[], rows: string[][]): string[] {
  if (rows.length === 0) return ['_None._'];
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

const VERDICT_LABEL: Record<string, string> = { allowed: 'allowed', denied: '**BLOCKED**', unknown: 'unknown' };

function constructSection(review: ConstructReview): string[] {
  const o = review.options;
  const c = review.catalog;
  const lines: string[] = [];
  const emitted = review.platform ? ` (${review.platform}, emits ${review.emit})` : '';
  lines.push(`### \`${review.constructPath}\`${emitted}`, '');
  lines.push(
    `- Target: ${o.target}; mode: ${o.mode}; management port: ${o.managementPort}; legacy port 808: ${o.allowLegacyManagementPort ? 'yes' : 'no'}`,
    `- Vault addresses: ${list(o.vaultCidrs)}; vault data centers: ${list(o.vaultDataCenters)}; CentralControl sources: ${list(o.centralControlSources)}; additional endpoints: ${list(o.additionalEndpointCidrs)}; public sources: ${o.allowPublicSources ? 'allowed' : 'no'}`,
    `- Documentation edition: ${c.edition} — "${c.title}" (\`${c.repository}\` \`${c.path}\` at \`${c.commit.slice(0, 7)}\`, last updated ${c.lastUpdated})`,
  );
  for (const s of c.sources.slice(1)) {
    lines.push(
      `- Also read from: "${s.title}"${s.section ? `, ${s.section}` : ''} (\`${s.repository}\` \`${s.path}\` at \`${s.commit.slice(0, 7)}\`, last updated ${s.lastUpdated})`,
    );
  }
  if (c.hostsWithoutAddress.length > 0) {
    lines.push(`- Catalogued hosts without a documented address (no rule can open them): ${c.hostsWithoutAddress.join(', ')}`);
  }
  if (review.resources) lines.push(`- Resources carrying the intent record or a reference to it: ${review.resources.length}`);
  lines.push('', '#### Rules', '');
  lines.push(
    ...table(
      ['Direction', 'Peer', 'TCP ports', 'Purposes', 'Catalogued hosts'],
      review.rules.map((r) => [r.direction, r.peer, r.ports, r.purposes.join(', '), list(compactHostNames(r.catalogHosts))]),
    ),
  );
  if (review.foundRules) {
    lines.push('', '#### Rules found in the output', '');
    lines.push(
      ...table(
        ['Layer', 'Resource', 'Direction', 'Action', 'Protocol', 'Peer', 'Ports', 'Policy rule'],
        review.foundRules.map((r) => [r.layer, `\`${r.resource}\``, r.direction, r.action, r.protocol, r.peer, r.ports, r.policyRule ?? '—']),
      ),
    );
  }
  lines.push('', '#### Flows', '', '```mermaid', review.diagram, '```');
  lines.push('', '#### Warnings', '');
  if (review.warnings.length === 0) lines.push('_None._');
  for (const w of review.warnings) lines.push(`- **${w.id}**: ${w.message}`);
  if (review.requiredFlows) {
    lines.push('', '#### Required flows', '');
    lines.push(
      ...table(
        ['Result', 'Direction', 'Peer', 'TCP ports', 'Purposes', 'Reason'],
        review.requiredFlows.map((f) => [
          VERDICT_LABEL[f.verdict],
          f.direction,
          f.peer,
          f.ports,
          f.purposes.join(', '),
          f.verdict === 'allowed' ? f.reason : 'see Blocked',
        ]),
      ),
    );
    lines.push('', '#### Blocked', '');
    if (review.clientPorts) lines.push(`Every address, port and client port (${review.clientPorts}) of each required flow was checked.`, '');
    lines.push(
      ...table(
        ['Required flow', 'Result', 'Layer', 'Packet', 'Rule', 'Peer', 'TCP ports', 'Client ports', 'Catalogued hosts', 'Reason'],
        review.requiredFlows.flatMap((f) =>
          f.blocked.map((b) => [
            `${f.direction} ${f.peer} ${f.ports}`,
            b.verdict === 'denied' ? '**BLOCKED**' : 'unknown',
            b.layer,
            b.leg,
            b.rule === '—' ? '—' : `\`${b.rule}\``,
            b.cidrs.join(', '),
            b.servicePorts,
            b.clientPorts,
            list(compactHostNames(b.catalogHosts)),
            b.reason,
          ]),
        ),
      ),
    );
  }
  if (review.beyondIntent) {
    lines.push('', '#### Beyond the intent', '');
    lines.push(
      ...table(
        ['Kind', 'Result', 'Layer', 'Rule', 'Direction', 'Peer', 'TCP ports', 'Client ports', 'Public addresses'],
        review.beyondIntent.map((o) => [
          `${OPENING_KIND_LABELS[o.kind]}${o.tampering || o.publicExposure ? ' (**FAILS**)' : ''}`,
          ...openingCells(o),
        ]),
      ),
    );
  }
  return lines;
}

/** The one-line result of a review of synthesized output, naming every reason it fails. */
export function reviewStatus(report: ReviewReport): string {
  const reasons: string[] = [];
  if (report.problems.length > 0) reasons.push('see problems below');
  if (report.blockedFlows > 0) reasons.push(`${report.blockedFlows} required flow(s) blocked`);
  if (report.tamperedOpenings > 0) reasons.push(`${report.tamperedOpenings} opening(s) beyond the intent by the construct's own rules`);
  if (report.publicExposures > 0) reasons.push(`${report.publicExposures} public exposure(s)`);
  if (reasons.length > 0) return `FAILED: ${reasons.join('; ')}`;
  const notes: string[] = [];
  if (report.unknownFlows > 0) notes.push(`${report.unknownFlows} required flow(s) could not be decided`);
  if (report.sharedOpenings > 0) notes.push(`${report.sharedOpenings} opening(s) by shared rules`);
  if (report.unknownOpenings > 0) notes.push(`${report.unknownOpenings} opening(s) could not be decided`);
  return notes.length > 0 ? `passed, but ${notes.join('; ')}` : 'passed: every required flow is allowed, nothing beyond the intent fails';
}

/**
 * Renders a review as Markdown for a pull request (`ConnectivityReview.toMarkdown`). The output
 * depends only on the report: no dates, paths of the machine or ordering that varies between runs.
 * @param report a review of a policy or of synthesized output
 */
export function renderReviewMarkdown(report: ReviewReport): string {
  const lines: string[] = [`## Backup agent connectivity review: ${report.subject}`, ''];
  if (report.artifactKind) {
    const status = reviewStatus(report);
    lines.push(
      `Artifact: ${report.artifactKind === ArtifactKind.CLOUDFORMATION ? 'CloudFormation template' : 'Terraform JSON (cdktf)'}. Result: ${status}.`,
      '',
    );
  }
  if (report.problems.length > 0) {
    lines.push('### Problems', '');
    for (const p of report.problems) lines.push(`- ${p}`);
    lines.push('');
  }
  for (const review of report.constructs) lines.push(...constructSection(review), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
