import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { TrafficDirection } from '../../lib';
import { ConnectivityMatchers, SynthesizedArtifact } from '../../lib/review';
import { awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

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
    expect(message).toContain('expected the egress flow with 10.2.118.12 on port 8086 to be allowed, but it is denied');
    expect(message).toContain('Rules considered:');
    expect(message).toContain('AgentSg.SecurityGroupEgress[0]: egress allow tcp 10.2.118.0/24 destination ports 8087 => no-match (destination port 8086 not in 8087)');
    expect(message).toContain('AgentSg.SecurityGroupEgress[1]: egress allow icmp 255.255.255.255/32');
  });

  test('a failing toDenyFlow names the rule that allows the flow', () => {
    const outcome = ConnectivityMatchers.denyFlow(SynthesizedArtifact.load(template), { direction: TrafficDirection.INGRESS, peer: '10.1.2.3', port: 2548 });
    expect(outcome.pass).toBe(false);
    expect(outcome.message).toContain('to be denied, but it is allowed');
    expect(outcome.message).toContain('AgentSg.SecurityGroupIngress[0]: ingress allow tcp 10.0.0.0/8 destination ports 2548 => match');
  });

  test('an undecidable flow fails both matchers and says why', () => {
    const unresolved = cfnTemplate({ AgentSg: awsGroup([tcpRule({ Ref: 'ManagementCidr' }, 2548)], [CDK_NO_EGRESS]) });
    const artifact = SynthesizedArtifact.load(unresolved);
    const flow = { direction: TrafficDirection.INGRESS, peer: '10.1.2.3', port: 2548 };
    expect(ConnectivityMatchers.allowFlow(artifact, flow).pass).toBe(false);
    expect(ConnectivityMatchers.denyFlow(artifact, flow).pass).toBe(false);
    expect(ConnectivityMatchers.allowFlow(artifact, flow).message).toContain('but it is unknown');
    expect(ConnectivityMatchers.allowFlow(artifact, flow).message).toContain('remote is unresolved ({"Ref":"ManagementCidr"})');
  });

  test('analysis options pass through the matcher', () => {
    expect(template).toAllowFlow({ direction: 'ingress', peer: '10.1.2.3', port: 2548 }, { clientPort: 1024, agentAddress: '10.240.0.4' });
    expect(() => expect(template).toAllowFlow({ direction: 'ingress', peer: 'portal', port: 2548 })).toThrow("peer must be an IPv4 address, got 'portal'");
  });
});
