import * as ec2 from 'aws-cdk-lib/aws-ec2';

/**
 * The rule method every mutable CDK security group inherits. CDK's immutable import
 * (`SecurityGroup.fromSecurityGroupId(..., { mutable: false })`) overrides it with one that
 * silently does nothing; a mutable import keeps it; `SecurityGroup` overrides it to inline rules.
 */
const INHERITED_ADD_INGRESS_RULE = Object.getPrototypeOf(ec2.SecurityGroup.prototype).addIngressRule as unknown;

/**
 * Whether a group is a CDK import made with `mutable: false`, whose rule methods add nothing.
 * Groups of other implementations are taken as mutable.
 */
export function isImmutableImport(group: ec2.ISecurityGroup): boolean {
  if (!ec2.SecurityGroup.isSecurityGroup(group) || group instanceof ec2.SecurityGroup) return false;
  return group.addIngressRule !== INHERITED_ADD_INGRESS_RULE;
}
