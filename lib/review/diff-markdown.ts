import { compactHostNames } from './catalog-hosts';
import type { ConnectivityDiffReport, ConstructDiff, StackDiff } from './connectivity-diff';
import type { FlowChangeRow, OpeningChangeRow, RequiredFlowChangeRow } from './diff-rows';
import { cell, list, OPENING_KIND_LABELS, openingCells } from './markdown-cells';

/** Tables with more rows than this are collapsed in `<details>`. */
const OPEN_ROWS = 10;

/** Rows shown of one table at most. */
const MAX_ROWS = 100;

/** A part of the comment: lines before the rows, the table's rows, lines after them. */
interface Block {
  readonly head: string[];
  readonly rows: string[];
  readonly tail: string[];
}

function text(...lines: string[]): Block {
  return { head: lines, rows: [], tail: [] };
}

/** A table as a block, collapsed when long, with at most `MAX_ROWS` rows so that later sections keep room. */
function table(title: string, header: string[], rows: string[][]): Block {
  const lines = rows.slice(0, MAX_ROWS).map((r) => `| ${r.map(cell).join(' | ')} |`);
  const columns = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  const more =
    rows.length > MAX_ROWS ? ['', `_${rows.length - MAX_ROWS} more row(s) not shown here; the JSON output (\`--format json\`) lists them all._`] : [];
  if (rows.length <= OPEN_ROWS) return { head: ['', `${title}:`, '', ...columns], rows: lines, tail: [] };
  return { head: ['', `<details><summary>${title} (${rows.length} rows)</summary>`, '', ...columns], rows: lines, tail: [...more, '', '</details>'] };
}

function flowCells(change: string, r: FlowChangeRow): string[] {
  return [change, r.direction, r.cidrs.join(', '), r.servicePorts, r.clientPorts, list(compactHostNames(r.catalogHosts))];
}

const FLOW_HEADER = ['Change', 'Direction', 'Peer', 'TCP ports', 'Client ports', 'Catalogued hosts'];

function flowTable(
  title: string,
  d: { opened: FlowChangeRow[]; closed: FlowChangeRow[]; undecidedAppeared: FlowChangeRow[]; undecidedVanished: FlowChangeRow[] },
): Block[] {
  const rows = [
    ...d.opened.map((r) => flowCells('opened', r)),
    ...d.closed.map((r) => flowCells('closed', r)),
    ...d.undecidedAppeared.map((r) => flowCells('blocked → undecided', r)),
    ...d.undecidedVanished.map((r) => flowCells('undecided → blocked', r)),
  ];
  return rows.length === 0 ? [] : [table(title, FLOW_HEADER, rows)];
}

function requiredCells(change: string, r: RequiredFlowChangeRow): string[] {
  return [
    change,
    `${r.direction} ${r.peer} ${r.ports}`,
    r.cidrs.join(', '),
    r.servicePorts,
    r.clientPorts,
    list(compactHostNames(r.catalogHosts)),
    r.detail,
  ];
}

function openingChangeCells(change: string, o: OpeningChangeRow): string[] {
  return [`${change}${o.fails ? ' (**FAILS**)' : ''}`, OPENING_KIND_LABELS[o.kind], ...openingCells(o)];
}

function constructTitle(c: ConstructDiff): string {
  if (c.match === 'moved') return `\`${c.constructPath}\` (moved from \`${c.previousPath}\`)`;
  if (c.match === 'added') return `\`${c.constructPath}\` (added)`;
  if (c.match === 'removed') return `\`${c.constructPath}\` (removed)`;
  return `\`${c.constructPath}\``;
}

function constructBlocks(c: ConstructDiff): Block[] {
  if (c.unchanged) {
    const intent = c.intentChanges.length > 0 ? `; recorded options changed: ${c.intentChanges.join('; ')}` : '';
    return [text('', `- ${constructTitle(c)}: same connectivity${intent}.`)];
  }
  const blocks: Block[] = [text('', `#### ${constructTitle(c)}`)];
  if (c.intentChanges.length > 0) blocks.push(text('', `Recorded options changed: ${c.intentChanges.join('; ')}.`));
  blocks.push(...flowTable('What its groups and ACLs let through', c));
  const required = [...c.becameBlocked.map((r) => requiredCells('**became BLOCKED**', r)), ...c.unblocked.map((r) => requiredCells('unblocked', r))];
  if (required.length > 0)
    blocks.push(table('Required flows', ['Change', 'Required flow', 'Peer', 'TCP ports', 'Client ports', 'Catalogued hosts', 'Detail'], required));
  const openings = [
    ...c.openingsAppeared.map((o) => openingChangeCells('appeared', o)),
    ...c.openingsVanished.map((o) => openingChangeCells('vanished', o)),
  ];
  if (openings.length > 0) {
    blocks.push(
      table(
        'Beyond the intent',
        ['Change', 'Kind', 'Result', 'Layer', 'Rule', 'Direction', 'Peer', 'TCP ports', 'Client ports', 'Public addresses'],
        openings,
      ),
    );
  }
  return blocks;
}

function stackBlocks(s: StackDiff): Block[] {
  const status =
    s.match === 'added' ? 'added' : s.match === 'removed' ? 'removed' : s.sameConnectivity ? 'same connectivity overall' : 'connectivity changed';
  const blocks: Block[] = [text('', `### \`${s.stack}\`: ${status}`)];
  for (const p of s.newProblems) blocks.push(text('', `- **New problem**: ${p}`));
  if (s.sameConnectivity) blocks.push(text('', 'All its firewall layers together let the agent do exactly what they did.'));
  else blocks.push(...flowTable('What all its firewall layers together let through', s));
  for (const c of s.constructs) blocks.push(...constructBlocks(c));
  return blocks;
}

function blockLength(lines: readonly string[]): number {
  return lines.reduce((n, l) => n + l.length + 1, 0);
}

/**
 * Renders a connectivity diff as Markdown for a pull-request comment, at most `maxLength`
 * characters: blocks are added while they fit with 400 characters kept for the closing note; the
 * first that does not shows the rows that fit (none: it is left out whole), and the comment ends
 * with a note saying how many rows and parts were left out.
 * @param report the diff
 * @param maxLength the longest comment
 */
export function renderDiffMarkdown(report: ConnectivityDiffReport, maxLength: number): string {
  const header = ['## Backup agent connectivity diff', '', report.summary];
  // A stack whose connectivity is the same but whose constructs' recorded options changed is still shown.
  const optionsChanged = (s: StackDiff): boolean => s.constructs.some((c) => c.intentChanges.length > 0);
  if (report.identical && !report.stacks.some(optionsChanged)) return `${header.join('\n')}\n`;
  const unchanged = report.stacks.filter(
    (s) => s.sameConnectivity && s.newProblems.length === 0 && !optionsChanged(s) && s.constructs.every((c) => c.unchanged && c.match === 'matched'),
  );
  const blocks: Block[] = [];
  if (unchanged.length > 0) blocks.push(text('', `Same connectivity, stack and constructs: ${unchanged.map((s) => `\`${s.stack}\``).join(', ')}.`));
  for (const s of report.stacks.filter((x) => !unchanged.includes(x))) blocks.push(...stackBlocks(s));

  const out = [...header];
  let used = blockLength(out);
  const reserve = 400;
  let omittedRows = 0;
  let omittedBlocks = 0;
  let cut = false;
  for (const block of blocks) {
    if (cut) {
      omittedBlocks++;
      omittedRows += block.rows.length;
      continue;
    }
    const whole = [...block.head, ...block.rows, ...block.tail];
    if (used + blockLength(whole) + reserve <= maxLength) {
      out.push(...whole);
      used += blockLength(whole);
      continue;
    }
    cut = true;
    let fitted = 0;
    let size = used + blockLength(block.head) + blockLength(block.tail);
    while (fitted < block.rows.length && size + block.rows[fitted].length + 1 + reserve <= maxLength) size += block.rows[fitted++].length + 1;
    if (fitted === 0) {
      omittedBlocks++;
      omittedRows += block.rows.length;
      continue;
    }
    out.push(...block.head, ...block.rows.slice(0, fitted), ...block.tail);
    used = size;
    omittedRows += block.rows.length - fitted;
  }
  if (cut) {
    out.push(
      '',
      `**Truncated** to stay within ${maxLength} characters (GitHub refuses comments of 65,536 or more): ${omittedRows} table row(s) and ${omittedBlocks} further part(s) are not shown. ` +
        'The JSON output (`--format json`) holds the whole diff.',
    );
  }
  return `${out.join('\n')}\n`;
}
