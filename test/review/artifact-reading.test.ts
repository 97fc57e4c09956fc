import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { FlowDirection } from '../../lib';
import { ArtifactKind, FlowAnalyzer, SynthesizedArtifact } from '../../lib/review';
import { awsGroup, cfnTemplate, tcpRule } from './templates';

/**
 * Reading synthesized output: which documents are templates or configurations, the errors for
 * anything else, and how security group rules the analysis cannot place are described.
 */
describe('documents', () => {
  test('a template is told by its Resources or its format version, a configuration by its resource, terraform or provider block', () => {
    expect(SynthesizedArtifact.detectKind({ Resources: {} })).toBe(ArtifactKind.CLOUDFORMATION);
    expect(SynthesizedArtifact.detectKind({ AWSTemplateFormatVersion: '2010-09-09' })).toBe(ArtifactKind.CLOUDFORMATION);
    expect(SynthesizedArtifact.detectKind({ resource: {} })).toBe(ArtifactKind.TERRAFORM);
    expect(SynthesizedArtifact.detectKind({ terraform: {} })).toBe(ArtifactKind.TERRAFORM);
    expect(SynthesizedArtifact.detectKind({ provider: {} })).toBe(ArtifactKind.TERRAFORM);
    expect(SynthesizedArtifact.detectKind({ outputs: {} })).toBeUndefined();
    expect(SynthesizedArtifact.detectKind(['Resources'])).toBeUndefined();
  });

  test('anything else is refused by name', () => {
    expect(() => SynthesizedArtifact.fromObject({ outputs: {} }, 'plan.json')).toThrow(
      "'plan.json' is neither a CloudFormation template (no Resources) nor a Terraform JSON configuration (no resource block)",
    );
  });

  test('a file that is not JSON is refused with its path and the parser message', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'artifact-'));
    try {
      const file = path.join(dir, 'broken.json');
      writeFileSync(file, '{ "Resources": ');
      expect(() => SynthesizedArtifact.fromFile(file)).toThrow(
        new RegExp(`^Cannot read '${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}' as JSON: .+`),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('security group rules of a template', () => {
  const explain = (ingress: unknown[]) => {
    const artifact = SynthesizedArtifact.load(cfnTemplate({ Sg: awsGroup(ingress as Record<string, unknown>[], []) }));
    const flow = new FlowAnalyzer(artifact).check({ direction: FlowDirection.INGRESS, peer: '10.0.0.1', port: 2548 });
    return FlowAnalyzer.explain(flow).split('\n').slice(3);
  };

  test('a rule that is not an object, a protocol given by a reference or left out, and a rule without a peer stay unresolved', () => {
    expect(
      explain([
        'not a rule',
        { IpProtocol: { Ref: 'Protocol' }, CidrIp: '10.0.0.0/8', FromPort: 2548, ToPort: 2548 },
        { CidrIp: '10.0.0.0/8', FromPort: 2548, ToPort: 2548 },
        { IpProtocol: 'tcp', FromPort: 2548, ToPort: 2548 },
      ]),
    ).toEqual([
      '      - Sg.SecurityGroupIngress[0]: ingress allow unresolved unknown (not a rule) destination ports unknown (not a rule) => ' +
        'unknown (protocol is unresolved (unresolved); remote is unresolved (not a rule); destination port range is unresolved (not a rule))',
      '      - Sg.SecurityGroupIngress[1]: ingress allow {"Ref":"Protocol"} 10.0.0.0/8 destination ports 2548 => unknown (protocol is unresolved ({"Ref":"Protocol"}))',
      '      - Sg.SecurityGroupIngress[2]: ingress allow missing 10.0.0.0/8 destination ports 2548 => unknown (protocol is unresolved (missing))',
      '      - Sg.SecurityGroupIngress[3]: ingress allow tcp unknown (no peer) destination ports 2548 => unknown (remote is unresolved (no peer))',
    ]);
  });

  test('an IPv6 rule never matches an IPv4 flow, and a CIDR with host bits covers its masked network', () => {
    expect(explain([{ IpProtocol: 'tcp', CidrIpv6: '::/0', FromPort: 2548, ToPort: 2548 }, tcpRule('10.0.0.9/8', 2548)])).toEqual([
      '      - Sg.SecurityGroupIngress[0]: ingress allow tcp IPv6 peer destination ports 2548 => no-match (IPv6 peer only)',
      '      - Sg.SecurityGroupIngress[1]: ingress allow tcp 10.0.0.0/8 destination ports 2548 => match',
    ]);
  });
});
