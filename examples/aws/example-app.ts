import { App, AppProps, Stack, StackProps, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { AwsSolutionsChecks } from 'cdk-nag';
import { Construct } from 'constructs';
import { AccessMode, BackupAgentConnectivity, BackupAgentConnectivityProps, BackupTarget, CatalogEdition, Emit } from '../../lib/aws';

/** Context the example app synthesizes with: CDK's CloudFormation validator fails synthesis on findings. */
export const EXAMPLE_CONTEXT = { '@aws-cdk/core:validateAgainstDefaultRules': true };

const ENV = { account: '123456789012', region: 'us-east-1' };

/** A stack with an imported VPC (no lookups, so it synthesizes offline) and one connectivity construct. */
class AgentStack extends Stack {
  public readonly vpc: ec2.IVpc;
  public readonly connectivity: BackupAgentConnectivity;

  constructor(
    scope: Construct,
    id: string,
    props: StackProps,
    connectivity: (stack: Stack, vpc: ec2.IVpc) => Omit<BackupAgentConnectivityProps, 'vpc'>,
  ) {
    super(scope, id, props);
    this.vpc = ec2.Vpc.fromVpcAttributes(this, 'Vpc', {
      vpcId: 'vpc-0a1b2c3d4e5f67890',
      availabilityZones: ['us-east-1a', 'us-east-1b'],
      privateSubnetIds: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'],
      privateSubnetRouteTableIds: ['rtb-0a1b2c3d4e5f60001', 'rtb-0a1b2c3d4e5f60002'],
    });
    this.connectivity = new BackupAgentConnectivity(this, 'BackupAgent', { vpc: this.vpc, ...connectivity(this, this.vpc) });
  }
}

/**
 * The example CDK app: one stack per interesting configuration, checked by cdk-nag's AWS Solutions
 * rules and CDK's CloudFormation validator.
 * @param props app properties; the example context is merged in; @default - none
 * @param minimalEdition the catalog edition of the minimal-mode stack, to compare editions; @default - the library's default edition
 */
export function buildExampleApp(props: AppProps = {}, minimalEdition?: CatalogEdition): App {
  const app = new App({ ...props, context: { ...EXAMPLE_CONTEXT, ...props.context } });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

  // The documented requirement: the IBM Cloud private network 10.0.0.0/8.
  new AgentStack(app, 'CommercialBroad', { env: ENV }, () => ({ target: BackupTarget.COMMERCIAL, mode: AccessMode.BROAD }));

  // The documented minimum subnets, with the customer's vault (Director) address.
  new AgentStack(app, 'CommercialMinimalWithVault', { env: ENV }, () => ({
    target: BackupTarget.COMMERCIAL,
    mode: AccessMode.MINIMAL,
    vaultCidrs: ['10.200.90.15/32'],
    ...(minimalEdition ? { edition: minimalEdition } : {}),
  }));

  // IBM Cloud for US Government: 10.0.0.0/8 plus the federal WebCC.
  new AgentStack(app, 'Federal', { env: ENV }, () => ({ target: BackupTarget.FEDERAL }));

  // Rules added to an existing group, imported so that CDK knows it does not allow all outbound traffic.
  new AgentStack(app, 'ExistingSecurityGroup', { env: ENV }, (stack) => ({
    securityGroup: ec2.SecurityGroup.fromSecurityGroupId(stack, 'AgentGroup', 'sg-0a1b2c3d4e5f67890', { allowAllOutbound: false }),
    centralControlSources: ['192.168.10.0/24'],
  }));

  // Security group rules plus entries (and reply entries) in the subnets' existing network ACL.
  const acl = new AgentStack(app, 'NetworkAcl', { env: ENV }, (stack) => ({
    emit: Emit.BOTH,
    networkAcl: ec2.NetworkAcl.fromNetworkAclId(stack, 'SubnetAcl', 'acl-0a1b2c3d4e5f67890'),
  }));
  Validations.of(acl.connectivity).acknowledge({
    id: 'AwsSolutions-VPC3',
    reason: 'Network ACL entries are asked for explicitly here: the subnets are filtered by network ACLs as well as security groups.',
  });
  return app;
}
