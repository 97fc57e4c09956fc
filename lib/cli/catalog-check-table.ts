import { CatalogCheckOutcome, CatalogCheckReport } from '../catalog-check';
import { alignedTable } from './aligned-table';

const HEADERS = ['host', 'documented', 'resolved', 'status', 'detail'];

const VERDICT: Record<CatalogCheckOutcome, string> = {
  [CatalogCheckOutcome.COVERED]: 'covered: every answer lies inside what the options open',
  [CatalogCheckOutcome.OUTSIDE]: 'OUTSIDE: at least one answer lies outside what the options open; update the catalog edition or the options',
  [CatalogCheckOutcome.UNDECIDED]: 'undecided: some lookups could not be made, so their hosts were not compared',
};

/** A drift-check report as an aligned plain-text table with its verdict. */
export function formatCatalogCheckTable(report: CatalogCheckReport): string {
  const rows = report.hosts.map((h) => [h.fqdn, h.documentedAddress, h.resolved.map((r) => r.address).join(', ') || '—', h.status, h.detail]);
  const out = [
    `catalog check: target ${report.target}, mode ${report.mode}, edition ${report.edition}, resolver ${report.resolver}`,
    '',
    ...alignedTable(HEADERS, rows),
  ];
  if (report.notChecked.length > 0) out.push('', `not checked (no documented address to compare): ${report.notChecked.join(', ')}`);
  out.push('', `result: ${VERDICT[report.outcome]}`);
  return out.join('\n') + '\n';
}
