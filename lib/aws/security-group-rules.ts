import { CfnResource } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { IConstruct } from 'constructs';
import { ConnectivityRule, FlowDirection } from '../core';

/** GroupDescription of the groups the construct creates; constant so that the group is never replaced. */
export const SECURITY_GROUP_DESCRIPTION = 'IBM Cloud Backup agent connectivity';

function cfnResourcesUnder(construct: IConstruct): Set<CfnResource> {
  return new Set(construct.node.findAll().filter((c): c is CfnResource => CfnResource.isCfnResource(c)));
}

/**
 * Adds one rule per policy rule to a group, with the rule's exact CIDR, port range and
 * description, the way CDK adds rules to that group (inline on a group defined in the app,
 * separate `AWS::EC2::SecurityGroupIngress`/`Egress` resources on an imported one).
 * @returns the rule resources created outside the group's own resource
 */
export function addSecurityGroupRules(group: ec2.ISecurityGroup, rules: readonly ConnectivityRule[]): CfnResource[] {
  const before = cfnResourcesUnder(group);
  for (const rule of rules) {
    const peer = ec2.Peer.ipv4(rule.cidr);
    const port = rule.fromPort === rule.toPort ? ec2.Port.tcp(rule.fromPort) : ec2.Port.tcpRange(rule.fromPort, rule.toPort);
    if (rule.direction === FlowDirection.INGRESS) group.addIngressRule(peer, port, rule.description);
    else group.addEgressRule(peer, port, rule.description);
  }
  return [...cfnResourcesUnder(group)].filter((r) => !before.has(r));
}
