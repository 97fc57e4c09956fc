import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { CHECKED_FRAMEWORK_VERSIONS, isImmutableImport } from '../../lib/aws/framework-internals';
import { frameworkPins } from '../setup/framework-pins';

const MODULE = 'lib/aws/framework-internals.ts';
const PACKAGE = 'aws-cdk-lib';

const PINS = frameworkPins(MODULE, CHECKED_FRAMEWORK_VERSIONS);

function assumption(holds: boolean, what: string): void {
  PINS.assumption(PACKAGE, holds, what);
}

/** The security group ingress rules of the stack: separate rule resources and the groups' inline rules. */
function ingressRules(stack: Stack): number {
  let count = 0;
  for (const c of stack.node.findAll()) {
    if (c instanceof ec2.CfnSecurityGroupIngress) count += 1;
    else if (c instanceof ec2.CfnSecurityGroup) count += [stack.resolve(c.securityGroupIngress) ?? []].flat().length;
  }
  return count;
}

/** The number of ingress rules that adding one rule to `group` creates in the stack. */
function rulesAddedBy(group: ec2.ISecurityGroup, stack: Stack): number {
  const before = ingressRules(stack);
  group.addIngressRule(ec2.Peer.ipv4('10.0.0.0/8'), ec2.Port.tcp(1), 'probe');
  return ingressRules(stack) - before;
}

describe(`${MODULE} (immutable imported security groups)`, () => {
  test.each(Object.entries(CHECKED_FRAMEWORK_VERSIONS))('%s is installed at %s, the version the module was checked against', (pkg) => {
    PINS.expectCheckedVersion(pkg);
  });

  let stack: Stack;
  beforeEach(() => {
    stack = new Stack(new App(), 'Stack');
  });

  test('an import made with mutable: false is detected, and CDK adds no rule to it', () => {
    const group = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Group', 'sg-0a1b2c3d4e5f67890', { allowAllOutbound: false, mutable: false });
    assumption(isImmutableImport(group), 'an import made with mutable: false is detected');
    assumption(rulesAddedBy(group, stack) === 0, 'CDK adds no rule to an import made with mutable: false');
  });

  test.each([
    ['mutable by default', {}],
    ['mutable: true', { mutable: true }],
    ['mutable, allowing all outbound traffic', { allowAllOutbound: true }],
  ])('an import that is %s is not detected, and CDK adds rules to it', (_, options) => {
    const group = ec2.SecurityGroup.fromSecurityGroupId(stack, 'Group', 'sg-0a1b2c3d4e5f67890', options);
    assumption(!isImmutableImport(group), 'a mutable import is not detected');
    assumption(rulesAddedBy(group, stack) === 1, 'CDK adds a rule to a mutable import');
  });

  test('an ec2.SecurityGroup, and a subclass of it, are not detected', () => {
    const vpc = new ec2.Vpc(stack, 'Vpc', { natGateways: 0, subnetConfiguration: [] });
    class OwnGroup extends ec2.SecurityGroup {}
    for (const group of [new ec2.SecurityGroup(stack, 'Group', { vpc }), new OwnGroup(stack, 'OwnGroup', { vpc })]) {
      assumption(!isImmutableImport(group), `a ${group.constructor.name} is not detected`);
      assumption(rulesAddedBy(group, stack) === 1, `CDK adds a rule to a ${group.constructor.name}`);
    }
  });
});
