import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { BackupAgentConnectivity as AwsConnectivity, BackupAgentConnectivityProps as AwsProps, Emit } from '../../lib/aws';

/** The id of the subnets' existing network ACL that the construct adds its entries to. */
export const ACL_ID = 'acl-0a1b2c3d4e5f67890';

/**
 * Synthesizes a stack `Agents` with an imported VPC of one private subnet, built by the test, and returns its template.
 * The app only feeds a template to the review, so CDK's built-in CloudFormation validation is off: in an app without
 * `@aws-cdk/core:validateAgainstDefaultRules` its findings are warnings that no review test reads, and the AWS suites
 * validate every template the construct writes with that flag, failing synthesis on a finding.
 */
export function awsStackTemplate(build: (stack: Stack, vpc: ec2.IVpc) => void): object {
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Agents', { env: { account: '123456789012', region: 'us-east-1' } });
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
    vpcId: 'vpc-0a1b2c3d4e5f67890',
    availabilityZones: ['us-east-1a'],
    privateSubnetIds: ['subnet-0a1b2c3d4e5f60001'],
  });
  build(stack, vpc);
  return app.synth().getStackByName('Agents').template;
}

/** Synthesizes the AWS construct in a stack, lets the test add resources beside it, returns the template. */
export function awsTemplate(props: Omit<AwsProps, 'vpc'>, extra: (stack: Stack, construct: AwsConnectivity) => void = () => undefined): object {
  return awsStackTemplate((stack, vpc) => {
    // With ACL entries, the construct adds them to the subnets' existing ACL, as the README's example does.
    const networkAcl =
      props.emit === Emit.BOTH || props.emit === Emit.NETWORK_ACL ? ec2.NetworkAcl.fromNetworkAclId(stack, 'SubnetAcl', ACL_ID) : undefined;
    extra(stack, new AwsConnectivity(stack, 'BackupAgent', { vpc, networkAcl, ...props }));
  });
}
