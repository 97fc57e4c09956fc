import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { AccessMode, ConnectivityIntent, ConnectivityPolicy, Emit, FlowDirection } from '../../lib';
import { runReviewCommand } from '../../lib/cli/review-command';
import { awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule, tfConfig } from './templates';

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runReviewCommand(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const POLICY = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15'] }, 'Agents/BackupAgent');

function awsTemplate(dropVault = false): object {
  const record = ConnectivityIntent.record(POLICY, 'Agents/BackupAgent', 'aws', Emit.SECURITY_GROUP);
  const rules = (d: FlowDirection) =>
    POLICY.rules.filter((r) => r.direction === d && !(dropVault && r.fromPort === 2546)).map((r) => tcpRule(r.cidr, r.fromPort, r.toPort));
  return cfnTemplate({
    AgentSg: awsGroup(rules(FlowDirection.INGRESS), [...rules(FlowDirection.EGRESS), CDK_NO_EGRESS], { [ConnectivityIntent.METADATA_KEY]: record }),
  });
}

function ibmConfig(): object {
  const record = ConnectivityIntent.record(POLICY, 'agents/BackupAgent', 'ibm-vpc', Emit.SECURITY_GROUP);
  const comment = { '//': { metadata: { path: 'agents/BackupAgent' }, [ConnectivityIntent.METADATA_KEY]: record } };
  const rules = Object.fromEntries(
    POLICY.rules.map((r, i) => [
      `rule_${i}`,
      {
        ...comment,
        group: '${ibm_is_security_group.agents.id}',
        direction: r.direction === FlowDirection.INGRESS ? 'inbound' : 'outbound',
        remote: r.cidr,
        protocol: 'tcp',
        port_min: r.fromPort,
        port_max: r.toPort,
      },
    ]),
  );
  return tfConfig({ ibm_is_security_group: { agents: { ...comment, vpc: 'r006-x' } }, ibm_is_security_group_rule: rules });
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'review-cli-'));
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value, null, 1));
}

/** A cdk.out with a top-level stack and a stage (nested assembly) holding another. */
function cdkOut(second: object): string {
  const dir = tempDir();
  writeJson(join(dir, 'Good.template.json'), awsTemplate());
  writeJson(join(dir, 'manifest.json'), {
    version: '48.0.0',
    artifacts: {
      Good: { type: 'aws:cloudformation:stack', displayName: 'Good', properties: { templateFile: 'Good.template.json' } },
      Tree: { type: 'cdk:tree', properties: { file: 'tree.json' } },
      Prod: { type: 'cdk:cloud-assembly', properties: { directoryName: 'assembly-Prod', displayName: 'Prod' } },
    },
  });
  const nested = join(dir, 'assembly-Prod');
  mkdirSync(nested);
  writeJson(join(nested, 'ProdAgents.template.json'), second);
  writeJson(join(nested, 'manifest.json'), {
    version: '48.0.0',
    artifacts: {
      ProdAgents: { type: 'aws:cloudformation:stack', displayName: 'Prod/Agents', properties: { templateFile: 'ProdAgents.template.json' } },
    },
  });
  return dir;
}

describe('review command', () => {
  test('a cdk.out whose stacks honour their intent: exit 0, one report per stack, nested assemblies included', () => {
    const { code, out, err } = run([cdkOut(awsTemplate())]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('## Backup agent connectivity review: Good');
    expect(out).toContain('## Backup agent connectivity review: Prod/Agents');
    expect(out.split('\n')[0]).toBe('Review passed: 2 stack(s), every required flow fully allowed, nothing beyond the intent that fails.');
    expect(out).toContain('Result: passed: every required flow is allowed, nothing beyond the intent fails.');
  });

  test('a blocked required flow: exit 1 and the reason on stderr', () => {
    const { code, out, err } = run([cdkOut(awsTemplate(true))]);
    expect(code).toBe(1);
    expect(out.split('\n')[0]).toBe('Review FAILED: 1 required flow(s) not fully allowed.');
    expect(err.split('\n')[0]).toBe('Review FAILED: 1 required flow(s) not fully allowed.');
    expect(out).toContain('| **BLOCKED** | egress | 10.200.90.15/32 | 2546 | vault |');
    expect(err).toContain('Prod/Agents: Agents/BackupAgent: required egress flow 10.200.90.15/32 TCP 2546 is blocked');
  });

  test("a public rule added to the construct's own group: exit 1, the first line names tampering and public exposure", () => {
    const template = awsTemplate() as { Resources: { AgentSg: { Properties: { SecurityGroupIngress: unknown[] } } } };
    template.Resources.AgentSg.Properties.SecurityGroupIngress.push(tcpRule('0.0.0.0/0', 22));
    const dir = tempDir();
    writeJson(join(dir, 'template.json'), template);
    const { code, out, err } = run([join(dir, 'template.json')]);
    expect(code).toBe(1);
    const first =
      "Review FAILED: 1 opening(s) beyond the intent by the construct's own rules; 1 public exposure(s) on the construct's security groups.";
    expect(out.split('\n')[0]).toBe(first);
    expect(err.split('\n')[0]).toBe(first);
    expect(err).toContain(
      "public exposure on the construct's security group: ingress 0.0.0.0/0 TCP 22 by AgentSg.SecurityGroupIngress[3] (aws-security-groups), which reaches addresses outside RFC 1918 and RFC 6598",
    );
  });

  test('a stack without an intent record: exit 1, saying so', () => {
    const { code, err } = run([cdkOut(cfnTemplate({ Other: awsGroup([tcpRule('10.0.0.0/8', 22)]) }))]);
    expect(code).toBe(1);
    expect(err).toContain('Prod/Agents: No intent record (BackupAgentConnectivity) was found');
  });

  test('a cdktf output with manifest.json, and one with only stacks/*/cdk.tf.json', () => {
    const withManifest = tempDir();
    mkdirSync(join(withManifest, 'stacks', 'agents'), { recursive: true });
    writeJson(join(withManifest, 'stacks', 'agents', 'cdk.tf.json'), ibmConfig());
    writeJson(join(withManifest, 'manifest.json'), {
      version: '0.21.0',
      stacks: { agents: { name: 'agents', synthesizedStackPath: 'stacks/agents/cdk.tf.json', workingDirectory: 'stacks/agents' } },
    });
    const first = run([withManifest, '--format', 'json']);
    expect(first.code).toBe(0);
    const parsed = JSON.parse(first.out);
    expect(parsed.stacks.map((s: { subject: string; artifactKind: string }) => [s.subject, s.artifactKind])).toEqual([['agents', 'terraform']]);
    expect(parsed.stacks[0].constructs[0].requiredFlows.every((f: { verdict: string }) => f.verdict === 'allowed')).toBe(true);

    const bare = tempDir();
    mkdirSync(join(bare, 'stacks', 'b-stack'), { recursive: true });
    mkdirSync(join(bare, 'stacks', 'a-stack'), { recursive: true });
    writeJson(join(bare, 'stacks', 'b-stack', 'cdk.tf.json'), ibmConfig());
    writeJson(join(bare, 'stacks', 'a-stack', 'cdk.tf.json'), ibmConfig());
    const second = run([bare, '--format=json']);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.out).stacks.map((s: { subject: string }) => s.subject)).toEqual(['a-stack', 'b-stack']);
  });

  test('single files: CloudFormation and Terraform JSON are told apart', () => {
    const dir = tempDir();
    writeJson(join(dir, 'template.json'), awsTemplate());
    writeJson(join(dir, 'cdk.tf.json'), ibmConfig());
    const { code, out } = run([join(dir, 'template.json'), join(dir, 'cdk.tf.json')]);
    expect(code).toBe(0);
    expect(out).toContain('Artifact: CloudFormation template.');
    expect(out).toContain('Artifact: Terraform JSON (cdktf).');
  });

  test('--strict fails on undecidable flows; options reach the analysis', () => {
    const dir = tempDir();
    const template = awsTemplate() as { Resources: { AgentSg: { Properties: { SecurityGroupIngress: Array<Record<string, unknown>> } } } };
    template.Resources.AgentSg.Properties.SecurityGroupIngress[0].CidrIp = { 'Fn::ImportValue': 'AmpSubnet' };
    writeJson(join(dir, 'template.json'), template);
    expect(run([join(dir, 'template.json')]).code).toBe(0);
    const strict = run([join(dir, 'template.json'), '--strict', '--agent-address', '10.240.0.4', '--client-port', '50000']);
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('is undecided: 10.2.118.0/24 TCP 2548 (client ports 50000) undecided at aws-security-groups');
    const ranged = run([join(dir, 'template.json'), '--strict', '--client-ports', '40000-40010', '--format', 'json']);
    expect(ranged.code).toBe(1);
    const parsed = JSON.parse(ranged.out);
    expect(parsed.passed).toBe(false);
    expect(parsed.stacks[0].constructs[0].clientPorts).toBe('40000-40010');
  });

  test('usage errors: exit 2 with the reason', () => {
    expect(run([]).code).toBe(2);
    const format = run(['x', '--format', 'html']);
    expect(format.code).toBe(2);
    expect(format.err).toContain("--format must be markdown or json, got 'html'");
    expect(run(['--bogus']).err).toContain("unknown option '--bogus'");
    const missing = run([join(tmpdir(), 'does-not-exist-review')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('does not exist');
    const empty = run([tempDir()]);
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('No stack found');
    const bad = run(['x', '--agent-address', 'agent']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--agent-address must be an IPv4 address, got 'agent'");
    expect(run(['x', '--client-port', '70000']).err).toContain("--client-port must be a TCP port 1-65535, got '70000'");
    expect(run(['x', '--client-ports', '60000-50000']).err).toContain(
      "--client-ports must be FROM-TO with 1 <= FROM <= TO <= 65535, got '60000-50000'",
    );
    expect(run(['x', '--client-ports', '1024']).code).toBe(2);
    const both = run(['x', '--client-port', '50000', '--client-ports', '40000-40010']);
    expect(both.code).toBe(2);
    expect(both.err).toContain('give --client-port or --client-ports, not both');
    const valueless = run(['x', '--strict=yes']);
    expect(valueless.code).toBe(2);
    expect(valueless.err).toContain("Option '--strict' does not take an argument");
    expect(run(['--help']).out).toContain('Usage: backup-agent-connectivity review');
  });
});
