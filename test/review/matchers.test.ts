import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { AccessMode, ConnectivityIntent, ConnectivityPolicy, Emit, FlowDirection } from '../../lib';
import { ConnectivityMatchers, SynthesizedArtifact } from '../../lib/review';
import { awsAcl, awsEntry, awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

ConnectivityMatchers.register();

const template = cfnTemplate({ AgentSg: awsGroup([tcpRule('10.0.0.0/8', 2548)], [tcpRule('10.2.118.0/24', 8087), CDK_NO_EGRESS]) });

describe('toAllowFlow / toDenyFlow', () => {
  test('pass on allowed and denied flows, negated too', () => {
    expect(template).toAllowFlow({ direction: 'egress', peer: '10.2.118.12', port: 8087 });
    expect(template).toDenyFlow({ direction: 'egress', peer: '10.2.118.12', port: 8086 });
    expect(template).not.toAllowFlow({ direction: 'ingress', peer: '192.0.2.1', port: 2548 });
    expect(template).not.toDenyFlow({ direction: 'ingress', peer: '10.9.9.9', port: 2548 });
  });

  test('accept a loaded artifact and a file path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-matchers-'));
    const file = join(dir, 'Stack.template.json');
    writeFileSync(file, JSON.stringify(template));
    expect(file).toAllowFlow({ direction: 'ingress', peer: '10.9.9.9', port: 2548 });
    expect(SynthesizedArtifact.fromFile(file)).toDenyFlow({ direction: 'ingress', peer: '10.9.9.9', port: 2549 });
  });

  test('a failing toAllowFlow lists the verdict and every rule considered', () => {
    let message = '';
    try {
      expect(template).toAllowFlow({ direction: 'egress', peer: '10.2.118.12', port: 8086 });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('expected the egress flow with 10.2.118.12 on port 8086 (client ports 32768-65535) to be allowed, but it is denied');
    expect(message).toContain('blocked at aws-security-groups: 10.2.118.12/32 TCP 8086, client ports 32768-65535 (request: no rule allows it)');
    expect(message).toContain('Rules considered, for one flow of that part:');
    expect(message).toContain(
      'AgentSg.SecurityGroupEgress[0]: egress allow tcp 10.2.118.0/24 destination ports 8087 => no-match (destination port 8086 not in 8087)',
    );
    expect(message).toContain('AgentSg.SecurityGroupEgress[1]: egress allow icmp 255.255.255.255/32');
  });

  test('a failing toDenyFlow names the rule that allows the flow', () => {
    const outcome = ConnectivityMatchers.denyFlow(SynthesizedArtifact.load(template), {
      direction: FlowDirection.INGRESS,
      peer: '10.1.2.3',
      port: 2548,
    });
    expect(outcome.pass).toBe(false);
    expect(outcome.message).toContain('to be denied, but it is allowed');
    expect(outcome.message).toContain('AgentSg.SecurityGroupIngress[0]: ingress allow tcp 10.0.0.0/8 destination ports 2548 => match');
  });

  test('an undecidable flow fails both matchers and says why', () => {
    const unresolved = cfnTemplate({ AgentSg: awsGroup([tcpRule({ Ref: 'ManagementCidr' }, 2548)], [CDK_NO_EGRESS]) });
    const artifact = SynthesizedArtifact.load(unresolved);
    const flow = { direction: FlowDirection.INGRESS, peer: '10.1.2.3', port: 2548 };
    expect(ConnectivityMatchers.allowFlow(artifact, flow).pass).toBe(false);
    expect(ConnectivityMatchers.denyFlow(artifact, flow).pass).toBe(false);
    expect(ConnectivityMatchers.allowFlow(artifact, flow).message).toContain('but it is unknown');
    expect(ConnectivityMatchers.allowFlow(artifact, flow).message).toContain('remote is unresolved ({"Ref":"ManagementCidr"})');
  });

  test('analysis options pass through the matcher', () => {
    expect(template).toAllowFlow({ direction: 'ingress', peer: '10.1.2.3', port: 2548 }, { clientPort: 1024, agentAddress: '10.240.0.4' });
    expect(() => expect(template).toAllowFlow({ direction: 'ingress', peer: 'portal', port: 2548 })).toThrow(
      "peer must be an IPv4 address or CIDR, got 'portal'",
    );
  });
});

describe('range forms: a CIDR and a port range, answered for all of it', () => {
  const acl = cfnTemplate({
    Acl: awsAcl(),
    Hole: awsEntry('Acl', { number: 50, egress: true, action: 'deny', cidr: '10.2.118.16/30', from: 8087 }),
    Out: awsEntry('Acl', { number: 100, egress: true, action: 'allow', cidr: '10.0.0.0/8', from: 8086, to: 8087 }),
    Back: awsEntry('Acl', { number: 100, egress: false, action: 'allow', cidr: '10.0.0.0/8', from: 1024, to: 65535 }),
  });

  test('toAllowFlow passes only when every address, port and client port passes; the message shows the blocked part', () => {
    expect(acl).toAllowFlow({ direction: 'egress', peer: '10.2.118.0/28', fromPort: 8086, toPort: 8087 });
    expect(acl).not.toAllowFlow({ direction: 'egress', peer: '10.2.118.0/24', fromPort: 8086, toPort: 8087 });
    const outcome = ConnectivityMatchers.allowFlows(SynthesizedArtifact.load(acl), {
      direction: FlowDirection.EGRESS,
      peer: '10.2.118.0/24',
      fromPort: 8086,
      toPort: 8087,
    });
    expect(outcome.pass).toBe(false);
    expect(outcome.message).toContain(
      'expected the egress flow with 10.2.118.0/24 on ports 8086-8087 (client ports 32768-65535) to be allowed, but it is partly denied',
    );
    expect(outcome.message).toContain(
      'blocked at aws-network-acl:Acl: 10.2.118.16/30 TCP 8087, client ports 32768-65535 (request: Hole (rule number 50) denies it)',
    );
  });

  test('toDenyFlow passes only when every flow is blocked; the message shows the allowed part', () => {
    expect(acl).toDenyFlow({ direction: 'egress', peer: '10.2.118.16/30', port: 8087 });
    expect(acl).toDenyFlow({ direction: 'ingress', peer: '0.0.0.0/0', fromPort: 1, toPort: 1023 });
    const outcome = ConnectivityMatchers.denyFlows(SynthesizedArtifact.load(acl), {
      direction: FlowDirection.EGRESS,
      peer: '10.2.118.0/24',
      fromPort: 8087,
    });
    expect(outcome.pass).toBe(false);
    expect(outcome.message).toContain(
      'Allowed part:\n  - egress 10.2.118.0/28, 10.2.118.20/30, 10.2.118.24/29, 10.2.118.32/27, 10.2.118.64/26, 10.2.118.128/25 TCP 8087, client ports 32768-65535',
    );
  });

  test('client ports come from the options: a reply deny on some of them makes the flow pass or fail', () => {
    const partial = cfnTemplate({
      Acl: awsAcl(),
      Out: awsEntry('Acl', { number: 100, egress: true, action: 'allow', cidr: '10.0.0.0/8', from: 2546 }),
      Back: awsEntry('Acl', { number: 100, egress: false, action: 'allow', cidr: '10.0.0.0/8', from: 49152, to: 65535 }),
    });
    expect(partial).not.toAllowFlow({ direction: 'egress', peer: '10.1.0.0/16', port: 2546 });
    expect(partial).toAllowFlow({ direction: 'egress', peer: '10.1.0.0/16', port: 2546 }, { clientPorts: { from: 49152, to: 65535 } });
  });
});

describe('toOpenExactlyPolicy', () => {
  const policy = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15'] }, 'Agents/BackupAgent');
  const record = ConnectivityIntent.record(policy, 'Agents/BackupAgent', 'aws', Emit.SECURITY_GROUP);
  const withRules = (extra: Array<Record<string, unknown>>, drop = 0) => {
    const rules = (d: FlowDirection) => policy.rules.filter((r) => r.direction === d).map((r) => tcpRule(r.cidr, r.fromPort, r.toPort));
    return cfnTemplate({
      AgentSg: awsGroup([...rules(FlowDirection.INGRESS).slice(drop), ...extra], [...rules(FlowDirection.EGRESS), CDK_NO_EGRESS], {
        [ConnectivityIntent.METADATA_KEY]: record,
      }),
    });
  };

  test("passes on output with exactly the policy's rules, fails with one rule more or less and says which", () => {
    expect(withRules([])).toOpenExactlyPolicy(policy, 'Agents/BackupAgent');
    const more = ConnectivityMatchers.openExactly(SynthesizedArtifact.load(withRules([tcpRule('10.9.0.0/16', 22)])), policy, 'Agents/BackupAgent');
    expect(more.pass).toBe(false);
    expect(more.message).toContain('more (construct-rule): ingress 10.9.0.0/16 TCP 22, client ports 32768-65535 by AgentSg.SecurityGroupIngress[3]');
    const less = ConnectivityMatchers.openExactly(SynthesizedArtifact.load(withRules([], 1)), policy, 'Agents/BackupAgent');
    expect(less.pass).toBe(false);
    expect(less.message).toContain('less: ingress 10.2.118.0/24 TCP 2548-2548 is denied');
    expect(withRules([], 1)).not.toOpenExactlyPolicy(policy, 'Agents/BackupAgent');
  });
});
