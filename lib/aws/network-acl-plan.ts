import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { ConnectivityRule, TrafficDirection, ValidationProblem } from '../core';
import { EphemeralPortRange, NetworkAclDefaults } from './props';

/** One network ACL entry to emit, seen from the agent's subnet. */
export interface PlannedAclEntry {
  /** Construct id, derived from the policy rule's stable id. */
  readonly id: string;
  /** `ingress` for an inbound entry, `egress` for an outbound one. */
  readonly direction: TrafficDirection;
  /** The peer CIDR. */
  readonly cidr: string;
  /** First TCP port. */
  readonly fromPort: number;
  /** Last TCP port. */
  readonly toPort: number;
  /** Rule number within its direction. */
  readonly ruleNumber: number;
  /** The policy rule this entry serves. */
  readonly rule: ConnectivityRule;
}

/** Where rule numbers start and how far apart they are. */
export interface RuleNumbering {
  /** First rule number. */
  readonly start: number;
  /** Distance between consecutive rule numbers. */
  readonly step: number;
}

const OPPOSITE: Record<TrafficDirection, TrafficDirection> = {
  [TrafficDirection.INGRESS]: TrafficDirection.EGRESS,
  [TrafficDirection.EGRESS]: TrafficDirection.INGRESS,
};

/** The rule number of the last of `count` entries, or a problem when it exceeds AWS's maximum. */
export function checkRuleNumbers(count: number, numbering: RuleNumbering): ValidationProblem[] {
  const last = numbering.start + (count - 1) * numbering.step;
  if (count === 0 || last <= NetworkAclDefaults.MAX_RULE_NUMBER) return [];
  return [
    {
      option: 'networkAclRuleNumberStart',
      value: `${numbering.start} (step ${numbering.step})`,
      message: `leaves no room for ${count} entries per direction: the last would be ${last}, above ${NetworkAclDefaults.MAX_RULE_NUMBER}; lower networkAclRuleNumberStart or networkAclRuleNumberStep`,
    },
  ];
}

/**
 * The entries of a stateless ACL for the policy's rules: for each rule, in policy order, the entry
 * itself and the reply entry on the ephemeral ports in the opposite direction, both with the
 * rule's number (an inbound and an outbound entry may share a number).
 */
export function planAclEntries(rules: readonly ConnectivityRule[], numbering: RuleNumbering, ephemeral: EphemeralPortRange): PlannedAclEntry[] {
  const entries: PlannedAclEntry[] = [];
  rules.forEach((rule, index) => {
    const ruleNumber = numbering.start + index * numbering.step;
    entries.push({ id: rule.id, direction: rule.direction, cidr: rule.cidr, fromPort: rule.fromPort, toPort: rule.toPort, ruleNumber, rule });
    entries.push({
      id: `${rule.id}-reply`,
      direction: OPPOSITE[rule.direction],
      cidr: rule.cidr,
      fromPort: ephemeral.from,
      toPort: ephemeral.to,
      ruleNumber,
      rule,
    });
  });
  return entries;
}

function describeSelection(selection: ec2.SubnetSelection | undefined): string {
  if (!selection) return 'default selection';
  const parts = [
    selection.subnetType && `subnetType ${selection.subnetType}`,
    selection.subnetGroupName && `subnetGroupName ${selection.subnetGroupName}`,
    selection.availabilityZones && `availabilityZones ${selection.availabilityZones.join(',')}`,
    selection.subnets && `${selection.subnets.length} subnets`,
  ].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(', ') : 'default selection';
}

/** A problem when the subnet selection of a new ACL selects nothing or cannot be resolved. */
export function checkAclSubnets(vpc: ec2.IVpc, selection: ec2.SubnetSelection | undefined): ValidationProblem[] {
  let count: number;
  try {
    count = vpc.selectSubnets(selection).subnets.length;
  } catch (error) {
    return [{ option: 'networkAclSubnets', value: describeSelection(selection), message: `cannot be resolved: ${(error as Error).message}` }];
  }
  if (count > 0) return [];
  return [{ option: 'networkAclSubnets', value: describeSelection(selection), message: 'selects no subnet of the VPC' }];
}
