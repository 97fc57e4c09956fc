import { Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { IConstruct } from 'constructs';

/**
 * Rule-number collisions between the entries of `owner` and other entries of the same ACL in the
 * same stack (entries added by hand or by another construct sharing the ACL). AWS refuses two
 * entries with one number in one direction, so these would fail at deployment.
 * @returns one message per collision
 */
export function findRuleNumberCollisions(owner: IConstruct, acl: ec2.INetworkAcl): string[] {
  const stack = Stack.of(owner);
  const aclId = JSON.stringify(stack.resolve(acl.networkAclId));
  const entries = stack.node.findAll().filter((c): c is ec2.CfnNetworkAclEntry => c instanceof ec2.CfnNetworkAclEntry);
  const onAcl = entries.filter((e) => JSON.stringify(stack.resolve(e.networkAclId)) === aclId);
  const isOwn = (e: ec2.CfnNetworkAclEntry) => e.node.path.startsWith(`${owner.node.path}/`);
  const key = (e: ec2.CfnNetworkAclEntry) => `${stack.resolve(e.egress) ? 'outbound' : 'inbound'} ${stack.resolve(e.ruleNumber)}`;
  const own = new Map(onAcl.filter(isOwn).map((e) => [key(e), e]));
  return onAcl
    .filter((e) => !isOwn(e) && own.has(key(e)))
    .map((e) => `network ACL rule number collision: ${key(e)} is used by '${own.get(key(e))!.node.path}' and by '${e.node.path}'; give networkAclRuleNumberStart a range no other entry of this ACL uses`);
}
