import * as ec2 from 'aws-cdk-lib/aws-ec2';

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
