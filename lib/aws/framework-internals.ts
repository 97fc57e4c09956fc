/**
 * The AWS renderer's one reliance on aws-cdk-lib internals: telling an imported security group made
 * with `mutable: false` from a mutable one, which no public API does. Checked against aws-cdk-lib
 * 2.276.0 (`aws-ec2/lib/security-group.js`): `SecurityGroup.fromSecurityGroupId` returns an instance
 * of `MutableImport` unless `mutable` is `false`, and of `ImmutableImport` then; both are classes
 * local to that method and extend the unexported `SecurityGroupBase`, as `SecurityGroup` does.
 * `MutableImport` overrides only `addEgressRule` and inherits `addIngressRule` from
 * `SecurityGroupBase`; `ImmutableImport` overrides both with methods that do nothing.
 * `test/aws/framework-internals.test.ts` pins the version and this behaviour.
 */
import * as ec2 from 'aws-cdk-lib/aws-ec2';

/** The framework packages, and their exact versions, that the reads in this module were checked against. */
export const CHECKED_FRAMEWORK_VERSIONS: Readonly<Record<string, string>> = { 'aws-cdk-lib': '2.276.0' };

/** The prototypes of CDK's own `SecurityGroup` class and of every class it inherits from. */
function securityGroupPrototypes(): Set<object> {
  const prototypes = new Set<object>();
  for (let p: object | null = ec2.SecurityGroup.prototype; p; p = Object.getPrototypeOf(p)) prototypes.add(p);
  return prototypes;
}

/** The prototype that defines the `addIngressRule` a group actually uses. */
function ruleMethodOwner(group: object): object | undefined {
  for (let p: object | null = Object.getPrototypeOf(group); p; p = Object.getPrototypeOf(p)) {
    if (Object.prototype.hasOwnProperty.call(p, 'addIngressRule')) return p;
  }
  return undefined;
}

/**
 * Whether a group is a CDK import made with `mutable: false`, whose rule methods add nothing.
 * CDK's mutable import inherits the rule method of the base class shared with `SecurityGroup`;
 * the immutable import overrides it with one that does nothing. Groups of other implementations
 * are taken as mutable.
 */
export function isImmutableImport(group: ec2.ISecurityGroup): boolean {
  if (!ec2.SecurityGroup.isSecurityGroup(group) || group instanceof ec2.SecurityGroup) return false;
  const owner = ruleMethodOwner(group);
  return owner !== undefined && !securityGroupPrototypes().has(owner);
}
