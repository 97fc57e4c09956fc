import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import {
  AccessMode,
  BackupAgentConnectivity,
  BackupAgentConnectivityProps,
  BackupTarget,
  CatalogEdition,
  ConnectivityPolicy,
  Emit,
} from '../../lib/aws';
import { ConnectivityMatchers, ConnectivityReview, SynthesizedArtifact } from '../../lib/review';
import { intendedSamples, unintendedSamples } from './policy-samples';

ConnectivityMatchers.register();
process.env.CDK_VALIDATION = 'false';

function synthesize(props: Omit<BackupAgentConnectivityProps, 'vpc'>): { template: object; policy: ConnectivityPolicy } {
  const app = new App();
  const stack = new Stack(app, 'Agents', { env: { account: '123456789012', region: 'us-east-1' } });
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
    vpcId: 'vpc-0a1b2c3d4e5f67890',
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    privateSubnetIds: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'],
    privateSubnetRouteTableIds: ['rtb-0a1b2c3d4e5f60001', 'rtb-0a1b2c3d4e5f60002'],
  });
  const construct = new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, ...props });
  return { template: app.synth().getStackByName('Agents').template, policy: construct.policy };
}

const COMBINATIONS = Object.values(BackupTarget).flatMap((target) =>
  Object.values(AccessMode).flatMap((mode) => Object.values(CatalogEdition).map((edition) => ({ target, mode, edition }))),
);

const PLACEMENTS: Record<string, Emit> = {
  'security group': Emit.SECURITY_GROUP,
  'security group and new network ACL': Emit.BOTH,
  'new network ACL only': Emit.NETWORK_ACL,
};

describe.each(Object.keys(PLACEMENTS))('AWS construct output, %s', (placement) => {
  test.each(COMBINATIONS)('$target $mode $edition: intended flows allowed, unintended denied, review passes', ({ target, mode, edition }) => {
    const aclOnly = placement === 'new network ACL only';
    const withAcl = placement !== 'security group';
    const legacy = mode !== AccessMode.HOSTS;
    const { template, policy } = synthesizeWithAcl(withAcl, {
      emit: PLACEMENTS[placement],
      target,
      mode,
      edition,
      vaultCidrs: ['10.200.90.14/32'],
      centralControlSources: ['192.168.10.0/24'],
      allowLegacyManagementPort: legacy,
    });
    for (const flow of intendedSamples(policy)) expect(template).toAllowFlow(flow);
    // Stateless ACLs let replies to the ephemeral range 1024-65535 through, so with an ACL alone
    // only flows to lower ports are certainly denied.
    const unintended = unintendedSamples(policy, aclOnly ? 1024 : 65536);
    expect(unintended.length).toBeGreaterThan(0);
    for (const flow of unintended) expect(template).toDenyFlow(flow);
    if (!legacy) expect(template).toDenyFlow({ direction: 'ingress', peer: '192.168.10.1', port: 808 });
    expect(ConnectivityReview.ofArtifact(SynthesizedArtifact.load(template)).passed).toBe(true);
  });
});

function synthesizeWithAcl(withAcl: boolean, props: Partial<BackupAgentConnectivityProps>): { template: object; policy: ConnectivityPolicy } {
  return synthesize(withAcl ? { ...props, networkAclSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } } : props);
}

test("a construct's network ACL opens exactly its policy: what its stateless reply entries let through is not counted as more", () => {
  const { template, policy } = synthesizeWithAcl(true, { emit: Emit.NETWORK_ACL, mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.14/32'] });
  expect(template).toOpenExactlyPolicy(policy, 'Agents/BackupAgent');
});

describe('AWS construct output edited by hand', () => {
  test('dropping a network ACL reply entry blocks the flows it served, and the review says which', () => {
    const { template } = synthesizeWithAcl(true, { emit: Emit.BOTH, mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.14/32'] });
    const resources = (template as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> }).Resources;
    const [replyId] = Object.entries(resources).find(
      ([, r]) =>
        r.Type === 'AWS::EC2::NetworkAclEntry' &&
        r.Properties.Egress !== true &&
        r.Properties.CidrBlock === '10.2.118.0/24' &&
        (r.Properties.PortRange as { From: number }).From === 1024,
    )!;
    delete resources[replyId];
    expect(template).toDenyFlow({ direction: 'egress', peer: '10.2.118.12', port: 8087 });
    const report = ConnectivityReview.ofArtifact(SynthesizedArtifact.load(template));
    expect(report.passed).toBe(false);
    const blocked = report.constructs[0].requiredFlows!.filter((f) => f.verdict === 'denied');
    expect(blocked.map((f) => `${f.direction} ${f.peer} ${f.ports}`)).toEqual(['egress 10.2.118.0/24 8086-8087']);
    expect(blocked[0].reason).toContain('reply: no rule matches: implicit deny');
  });
});
