import './connectivity-snapshot-types';
import { SynthesizedArtifact } from './artifact';
import { OpeningKind } from './beyond-intent';
import { artifactState, ConstructState, openingFlows, Reachability } from './connectivity-state';
import { ReviewOptions } from './flow-analysis';
import { FlowSet } from './flow-set';
import { FlowVerdictKind } from './layer-evaluation';
import { reachabilityRows, rowCidrs, rowPorts } from './reachability-rows';

/** Marks snapshots, so that the serializer recognises them across copies of this module. */
const BRAND = Symbol.for('backup-agent-connectivity.ConnectivitySnapshot');

function flowLines(title: string, flows: FlowSet): string[] {
  const rows = reachabilityRows(flows);
  if (rows.length === 0) return [`  ${title}: none`];
  return [
    `  ${title}:`,
    ...rows.map((row) => {
      const ports = rowPorts(row);
      return `    ${row.direction} TCP ${ports.servicePorts}, client ports ${ports.clientPorts}: ${rowCidrs(row).join(', ')}`;
    }),
  ];
}

function optionValue(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.join(', ');
  return String(value);
}

function reachLines(reach: Reachability): string[] {
  return [...flowLines('allowed', reach.allowed), ...flowLines('undecided', reach.undecided)];
}

function constructLines(c: ConstructState): string[] {
  const options = Object.entries(c.policy.options as unknown as Record<string, unknown>).map(([key, value]) => `${key} ${optionValue(value)}`);
  const lines = [`construct ${c.constructPath} (${c.record.platform}, emits ${c.record.emit})`, `  intent: ${options.join('; ')}`];
  lines.push(`  layers: ${c.reach.layerCount === 0 ? 'none found' : c.reach.layerCount}`);
  lines.push(...reachLines(c.reach));
  const notAllowed = c.checks.filter((check) => check.verdict !== FlowVerdictKind.ALLOWED);
  lines.push(notAllowed.length === 0 ? `  required flows: all ${c.checks.length} allowed` : '  required flows not allowed:');
  for (const check of notAllowed)
    lines.push(`    ${check.rule.direction} ${check.rule.cidr} TCP ${check.rule.fromPort}-${check.rule.toPort}: ${check.verdict}`);
  for (const kind of [OpeningKind.CONSTRUCT_RULE, OpeningKind.SHARED_RULE, OpeningKind.STATELESS_REPLY]) {
    for (const verdict of [FlowVerdictKind.ALLOWED, FlowVerdictKind.UNKNOWN]) {
      const flows = openingFlows(c, kind, verdict);
      if (!flows.isEmpty) lines.push(...flowLines(`beyond the intent (${kind}, ${verdict})`, flows));
    }
  }
  return lines;
}

/**
 * Where the `jest-snapshot` package that Jest ships is, searched from the given directories (the
 * project's, then this package's).
 * @throws Error saying how to install it when none of them finds it
 */
export function locateJestSnapshot(searchFrom: string[]): string {
  try {
    return require.resolve('jest-snapshot', { paths: searchFrom });
  } catch {
    throw new Error(
      'toMatchConnectivitySnapshot needs the jest-snapshot package that Jest ships; it could not be found from this project (install it as a dev dependency)',
    );
  }
}

/**
 * What an artifact lets each of its constructs connect to, exactly, as text for snapshot tests: per
 * construct its recorded options, and per direction and port range the sorted, smallest list of
 * CIDR blocks its groups and ACLs allow, leave undecided, or open beyond the intent. Logical ids,
 * rule order, descriptions and other metadata do not appear in it, so only a change in what can
 * connect (or in the intent) changes the snapshot.
 */
export class ConnectivitySnapshot {
  /**
   * The snapshot of an artifact; an artifact without intent record is described as a whole.
   * @param artifact a `SynthesizedArtifact`, a parsed template / Terraform JSON, or a path to one
   * @param options how flows are analysed; @default - agent anywhere, client ports 32768-65535
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed document or a path: jsii's opaque JSON type in the public API
  public static of(artifact: any, options: ReviewOptions = {}): ConnectivitySnapshot {
    const state = artifactState(SynthesizedArtifact.load(artifact), options);
    const lines: string[] = [];
    for (const problem of state.problems) lines.push(`problem: ${problem}`);
    for (const c of state.constructs) lines.push(...constructLines(c));
    if (state.constructs.length === 0)
      lines.push(
        'artifact without intent record (every layer)',
        `  layers: ${state.reach.layerCount === 0 ? 'none found' : state.reach.layerCount}`,
        ...reachLines(state.reach),
      );
    return new ConnectivitySnapshot(`${lines.join('\n')}\n`);
  }

  /**
   * Registers with Jest's global `expect` a snapshot serializer that writes snapshots as their text,
   * and the matcher `toMatchConnectivitySnapshot(options?, hint?)`, which stores the snapshot of the
   * received artifact with Jest's `toMatchSnapshot` (from the `jest-snapshot` package Jest ships).
   * @throws Error when no global `expect` with `extend` exists (outside Jest)
   */
  public static register(): void {
    type Context = { isNot?: boolean };
    const expectGlobal = (
      globalThis as {
        expect?: {
          extend?: (m: Record<string, (this: Context, received: unknown, ...args: any[]) => unknown>) => void;
          addSnapshotSerializer?: (s: object) => void;
        };
      }
    ).expect;
    if (!expectGlobal || typeof expectGlobal.extend !== 'function' || typeof expectGlobal.addSnapshotSerializer !== 'function') {
      throw new Error('ConnectivitySnapshot.register needs Jest: no global expect.extend was found');
    }
    expectGlobal.addSnapshotSerializer({
      test: (value: unknown) => typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true,
      serialize: (value: ConnectivitySnapshot) => value.text.trimEnd(),
    });
    expectGlobal.extend({
      toMatchConnectivitySnapshot(this: Context, received: unknown, options?: ReviewOptions, hint?: string) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const jestSnapshot = require(locateJestSnapshot([process.cwd(), __dirname])) as {
          toMatchSnapshot: (this: Context, received: unknown, hint?: string) => unknown;
        };
        const snapshot = ConnectivitySnapshot.of(received, options ?? {});
        // toMatchSnapshot reads its optional arguments by count: pass the hint only when there is one.
        return hint === undefined ? jestSnapshot.toMatchSnapshot.call(this, snapshot) : jestSnapshot.toMatchSnapshot.call(this, snapshot, hint);
      },
    });
  }

  /** The snapshot as text, one line per construct heading, option list and row. */
  public readonly text: string;

  private constructor(text: string) {
    this.text = text;
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
  }

  /** Whether another snapshot has the same text: the same connectivity and intent. */
  public isEqualTo(other: ConnectivitySnapshot): boolean {
    return this.text === other.text;
  }

  /**
   * Whether another snapshot has the same text: the same connectivity and intent.
   * @deprecated use `isEqualTo`: jsii refuses a member named `equals` (JSII5016), so other languages never see it
   * @jsii ignore
   */
  public equals(other: ConnectivitySnapshot): boolean {
    return this.isEqualTo(other);
  }

  /** The snapshot's text. */
  public toString(): string {
    return this.text;
  }
}
