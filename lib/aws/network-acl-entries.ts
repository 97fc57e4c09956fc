import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { FlowDirection } from '../core';
import { PlannedAclEntry } from './network-acl-plan';

const ACL_DIRECTION: Record<FlowDirection, ec2.TrafficDirection> = {
  [FlowDirection.INGRESS]: ec2.TrafficDirection.INGRESS,
  [FlowDirection.EGRESS]: ec2.TrafficDirection.EGRESS,
};

/** Emits the planned entries into an ACL as allow entries, each a child of `scope` named by its stateless rule's id. */
export function addNetworkAclEntries(scope: Construct, acl: ec2.INetworkAcl, entries: readonly PlannedAclEntry[]): ec2.NetworkAclEntry[] {
  return entries.map(({ rule, ruleNumber }) => {
    const { from, to } = rule.destinationPorts;
    return new ec2.NetworkAclEntry(scope, rule.id, {
      networkAcl: acl,
      cidr: ec2.AclCidr.ipv4(rule.peerCidr),
      traffic: from === to ? ec2.AclTraffic.tcpPort(from) : ec2.AclTraffic.tcpPortRange(from, to),
      direction: ACL_DIRECTION[rule.direction],
      ruleAction: ec2.Action.ALLOW,
      ruleNumber,
    });
  });
}
