import { AccessMode, ConnectivityIntent, ConnectivityOptions, ConnectivityPolicy, Emit, FlowDirection } from '../../lib';
import { ConnectivityDiff, SynthesizedArtifact } from '../../lib/review';
import { awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

/**
 * The Markdown of a connectivity diff as a pull request shows it: every kind of change of a stack and
 * of a construct in one comment (snapshot), which stacks are listed as unchanged in one line, and the
 * row counts at which a table is collapsed and capped.
 */
type Json = Record<string, unknown>;

const BASE_OPTIONS: ConnectivityOptions = { mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15'] };

interface AgentShape {
  /** Recorded options; the group's rules are the policy's. @default BASE_OPTIONS */
  readonly options?: ConnectivityOptions;
  /** A TCP port whose rules are left out. */
  readonly drop?: number;
  /** Inline ingress rules added to the group. */
  readonly extraIngress?: Json[];
  /** Inline egress rules added to the group. */
  readonly extraEgress?: Json[];
  /** Separate ingress rules joining the group, by logical id. */
  readonly sharedIngress?: Record<string, Json>;
}

/** The resources of one construct's security group at `path`, under logical ids starting with `id`. */
function agent(id: string, path: string, shape: AgentShape = {}): Record<string, Json> {
  const policy = ConnectivityPolicy.resolve(shape.options ?? BASE_OPTIONS, path);
  const rules = (d: FlowDirection) =>
    policy.rules.filter((r) => r.direction === d && r.fromPort !== shape.drop).map((r) => tcpRule(r.cidr, r.fromPort, r.toPort));
  const group = awsGroup(
    [...rules(FlowDirection.INGRESS), ...(shape.extraIngress ?? [])],
    [...rules(FlowDirection.EGRESS), ...(shape.extraEgress ?? []), CDK_NO_EGRESS],
    {
      [ConnectivityIntent.METADATA_KEY]: ConnectivityIntent.record(policy, path, 'aws', Emit.SECURITY_GROUP),
    },
  );
  const shared = Object.entries(shape.sharedIngress ?? {}).map(([name, rule]) => [
    `${id}${name}`,
    { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: { 'Fn::GetAtt': [`${id}Sg`, 'GroupId'] }, ...rule } },
  ]);
  return { [`${id}Sg`]: group, ...Object.fromEntries(shared) };
}

function stack(name: string, ...parts: Array<Record<string, Json>>): SynthesizedArtifact {
  return SynthesizedArtifact.fromObject(cfnTemplate(Object.assign({}, ...parts)), name);
}

const SSH = tcpRule('10.50.0.0/16', 22);

describe('the Markdown of a diff', () => {
  test('every kind of change of stacks and constructs, whole, and the strict failure reasons (snapshot)', () => {
    const broken = (path: string): Record<string, Json> => {
      const record = ConnectivityIntent.record(ConnectivityPolicy.resolve(BASE_OPTIONS, path), path, 'aws', Emit.SECURITY_GROUP);
      const group = awsGroup([], [CDK_NO_EGRESS], {
        [ConnectivityIntent.METADATA_KEY]: { ...record, options: { ...record.options, mode: 'everything' } },
      });
      return { BrokenSg: group };
    };
    const base = [
      stack('SameOne', agent('A', 'SameOne/Agent')),
      stack('SameTwo', agent('A', 'SameTwo/Agent')),
      stack('Moved', agent('A', 'Moved/Old'), agent('B', 'Moved/Kept')),
      stack('Problem', agent('A', 'Problem/Agent')),
      stack('Options', agent('A', 'Options/Agent')),
      stack('Kinds', agent('A', 'Kinds/Agent', { extraIngress: [SSH] }), agent('B', 'Kinds/Kept')),
      stack(
        'Changed',
        agent('A', 'Changed/Blocked'),
        agent('B', 'Changed/Fixed', { drop: 2546, extraIngress: [tcpRule('10.60.0.0/16', 23)] }),
        agent('C', 'Changed/Retuned'),
        agent('D', 'Changed/Gone'),
      ),
      stack('Removed', agent('A', 'Removed/Agent')),
    ];
    const head = [
      stack('SameOne', agent('A', 'SameOne/Agent')),
      stack('SameTwo', agent('A', 'SameTwo/Agent')),
      stack('Moved', agent('A', 'Moved/New'), agent('B', 'Moved/Kept')),
      stack('Problem', agent('A', 'Problem/Agent'), broken('Problem/Broken')),
      stack('Options', agent('A', 'Options/Agent', { options: { ...BASE_OPTIONS, allowPublicSources: true } })),
      stack('Kinds', agent('A', 'Kinds/Agent', { sharedIngress: { Ssh: SSH } }), agent('B', 'Kinds/Kept')),
      stack(
        'Changed',
        // The AMP rules are dropped but for the middle of one /24, which leaves two blocked parts of it.
        agent('A', 'Changed/Blocked', {
          drop: 8086,
          extraIngress: [
            tcpRule('10.70.0.0/16', 24),
            tcpRule('10.71.0.0/16', 25),
            // Beyond the intent around its /24s, to public addresses, and to unresolved peers.
            tcpRule('10.2.0.0/16', 2548),
            tcpRule('172.0.0.0/8', 22),
            tcpRule({ Ref: 'Admin' }, 22),
            tcpRule({ Ref: 'Admin' }, 23),
          ],
          extraEgress: [tcpRule('10.2.118.64/26', 8086, 8087)],
        }),
        agent('B', 'Changed/Fixed'),
        agent('C', 'Changed/Retuned', { options: { ...BASE_OPTIONS, vaultCidrs: ['10.200.90.16'], managementPort: 2549 } }),
        agent('E', 'Changed/New'),
      ),
      stack('Added', agent('A', 'Added/Agent')),
    ];
    const diff = ConnectivityDiff.ofArtifacts(base, head);
    expect(diff.toMarkdown()).toMatchSnapshot();
    expect(diff.failureReasons(true)).toMatchSnapshot();
  });

  test('a stack is shown, not listed as unchanged, when the recorded options of any one of its constructs changed', () => {
    const options = { ...BASE_OPTIONS, allowPublicSources: true };
    const diff = ConnectivityDiff.ofArtifacts(
      [stack('Plain', agent('A', 'Plain/Agent')), stack('Tuned', agent('A', 'Tuned/Agent'), agent('B', 'Tuned/Kept'))],
      [stack('Plain', agent('A', 'Plain/Agent')), stack('Tuned', agent('A', 'Tuned/Agent', { options }), agent('B', 'Tuned/Kept'))],
    );
    expect(diff.identical).toBe(true);
    expect(diff.toMarkdown().split('\n').slice(3)).toEqual([
      '',
      'Same connectivity, stack and constructs: `Plain`.',
      '',
      '### `Tuned`: same connectivity overall',
      '',
      'All its firewall layers together let the agent do exactly what they did.',
      '',
      '- `Tuned/Agent`: same connectivity; recorded options changed: allowPublicSources: false → true.',
      '',
      '- `Tuned/Kept`: same connectivity.',
      '',
    ]);
  });

  test('a diff without any change is its summary alone', () => {
    const diff = ConnectivityDiff.ofArtifacts([stack('Plain', agent('A', 'Plain/Agent'))], [stack('Plain', agent('A', 'Plain/Agent'))]);
    expect(diff.toMarkdown()).toBe(`## Backup agent connectivity diff\n\n${diff.summary}\n`);
  });
});

describe('long tables', () => {
  /** The Markdown of a diff whose construct gains `n` ingress rules, one opened row each. */
  const withOpenings = (n: number): string => {
    const extra = Array.from({ length: n }, (_, i) => tcpRule(`10.60.${i}.0/24`, 3000 + 2 * i));
    return ConnectivityDiff.ofArtifacts(
      [stack('S', agent('A', 'S/Agent'))],
      [stack('S', agent('A', 'S/Agent', { extraIngress: extra }))],
    ).toMarkdown();
  };
  const construct = (markdown: string) => markdown.slice(markdown.indexOf('#### `S/Agent`'));

  test('up to ten rows a table is open; from eleven it is collapsed in <details> with its row count', () => {
    expect(construct(withOpenings(10))).toContain('\nWhat its groups and ACLs let through:\n\n| Change |');
    expect(construct(withOpenings(10))).not.toContain('<details>');
    expect(construct(withOpenings(11))).toContain(
      '#### `S/Agent`\n\n<details><summary>What its groups and ACLs let through (11 rows)</summary>\n\n| Change |',
    );
  });

  test('up to a hundred rows a table shows them all; beyond, it says how many it leaves out', () => {
    const full = construct(withOpenings(100));
    expect(full.split('\n').filter((l) => l.startsWith('| opened ')).length).toBe(100);
    expect(full).not.toContain('more row(s) not shown here');
    const capped = construct(withOpenings(101));
    expect(capped.split('\n').filter((l) => l.startsWith('| opened ')).length).toBe(100);
    expect(capped).toContain('\n\n_1 more row(s) not shown here; the JSON output (`--format json`) lists them all._\n\n</details>');
  });
});
