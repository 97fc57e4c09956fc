import { TerraformStack, Testing } from 'cdktf';
import {
  AccessMode,
  BackupAgentConnectivity,
  BackupAgentConnectivityProps,
  BackupTarget,
  CatalogEdition,
  ConnectivityPolicy,
  Emit,
  IbmInfrastructure,
} from '../../lib/cdktf';
import { ConnectivityMatchers, ConnectivityReview, FlowAnalysisOptions, FlowAnalyzer, SynthesizedArtifact } from '../../lib/review';
import { intendedSamples, unintendedSamples } from './policy-samples';

ConnectivityMatchers.register();
process.env.CHECKPOINT_DISABLE = '1';

const VPC_ID = 'r006-6f2a1c3e-8b7d-4e25-9a61-0c4d2b7e5f18';
const ACL_ID = 'r006-0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';

/** The construct's Terraform JSON as written to `cdk.tf.json`, `//` comments (and intent records) included. */
function synthesize(props: BackupAgentConnectivityProps): { config: object; policy: ConnectivityPolicy } {
  const stack = new TerraformStack(Testing.app(), 'agents');
  const construct = new BackupAgentConnectivity(stack, 'BackupAgent', props);
  return { config: JSON.parse(JSON.stringify(stack.toTerraform())), policy: construct.policy };
}

interface Placement {
  readonly props: BackupAgentConnectivityProps;
  /** Layer kinds the output must have. */
  readonly layers: string[];
  /** Stateless only: unintended flows are sampled below the reply range. */
  readonly aclOnly: boolean;
  readonly options?: FlowAnalysisOptions;
}

const PLACEMENTS: Record<string, Placement> = {
  'VPC security group': { props: { vpcId: VPC_ID, name: 'backup-agent' }, layers: ['ibm-vpc-security-groups'], aclOnly: false },
  'VPC new network ACL': {
    props: { emit: Emit.NETWORK_ACL, vpcId: VPC_ID, createNetworkAcl: true, name: 'backup-agent-acl', localCidr: '10.240.0.0/24' },
    layers: ['ibm-vpc-network-acl'],
    aclOnly: true,
    options: { agentAddress: '10.240.0.9' },
  },
  'VPC security group and existing network ACL (assumed to hold only these rules)': {
    props: { emit: Emit.BOTH, vpcId: VPC_ID, networkAclId: ACL_ID },
    layers: ['ibm-vpc-security-groups', 'ibm-vpc-network-acl'],
    aclOnly: false,
    options: { treatExternalAsComplete: true },
  },
  'classic security group': {
    props: { infrastructure: IbmInfrastructure.CLASSIC, name: 'IBM Cloud Backup agents' },
    layers: ['ibm-classic-security-groups'],
    aclOnly: false,
  },
};

const COMBINATIONS = Object.values(BackupTarget).flatMap((target) =>
  Object.values(AccessMode).flatMap((mode) => Object.values(CatalogEdition).map((edition) => ({ target, mode, edition }))),
);

describe.each(Object.keys(PLACEMENTS))('IBM construct output, %s', (name) => {
  const placement = PLACEMENTS[name];
  test.each(COMBINATIONS)('$target $mode $edition: intended flows allowed, unintended denied, review passes', ({ target, mode, edition }) => {
    const legacy = mode !== AccessMode.HOSTS;
    const { config, policy } = synthesize({
      ...placement.props,
      target,
      mode,
      edition,
      vaultCidrs: ['10.200.90.14/32'],
      centralControlSources: ['192.168.10.0/24'],
      allowLegacyManagementPort: legacy,
    });
    const options = placement.options ?? {};
    expect([...new Set(new FlowAnalyzer(SynthesizedArtifact.load(config)).layers.map((l) => l.kind))]).toEqual(placement.layers);
    for (const flow of intendedSamples(policy)) expect(config).toAllowFlow(flow, options);
    const unintended = unintendedSamples(policy, placement.aclOnly ? 1024 : 65536);
    expect(unintended.length).toBeGreaterThan(0);
    for (const flow of unintended) expect(config).toDenyFlow(flow, options);
    if (!legacy) expect(config).toDenyFlow({ direction: 'ingress', peer: '192.168.10.1', port: 808 }, options);
    expect(ConnectivityReview.ofArtifact(SynthesizedArtifact.load(config), options).passed).toBe(true);
  });
});

describe('IBM construct output and the agent address', () => {
  test('an ACL whose agent side is the agent subnet does not open flows for agents elsewhere', () => {
    const { config } = synthesize({ emit: Emit.NETWORK_ACL, vpcId: VPC_ID, createNetworkAcl: true, localCidr: '10.240.0.0/24' });
    expect(config).toAllowFlow({ direction: 'egress', peer: '10.2.118.12', port: 8087 }, { agentAddress: '10.240.0.9' });
    expect(config).toDenyFlow({ direction: 'egress', peer: '10.2.118.12', port: 8087 }, { agentAddress: '10.241.0.9' });
  });

  test('rules appended to an existing ACL are unknown for flows they do not allow, unless the ACL is assumed complete', () => {
    const { config } = synthesize({ emit: Emit.NETWORK_ACL, networkAclId: ACL_ID });
    expect(config).toAllowFlow({ direction: 'egress', peer: '10.2.118.12', port: 8087 });
    expect(config).not.toDenyFlow({ direction: 'egress', peer: '10.2.118.12', port: 22 });
    expect(config).toDenyFlow({ direction: 'egress', peer: '10.2.118.12', port: 22 }, { treatExternalAsComplete: true });
  });
});
