import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { ConnectivityPolicy, PortRange, StatelessRule, StatelessRulePlan, FlowDirection, ValidationProblem } from '../core';
import { NetworkAclDefaults } from './props';

/** One network ACL entry to emit: a stateless rule of the plan and its rule number. */
export interface PlannedAclEntry {
  /** The stateless rule the entry renders; its id is the entry's construct id. */
  readonly rule: StatelessRule;
  /** Rule number within the rule's direction. */
  readonly ruleNumber: number;
}

/** Where rule numbers start and how far apart they are. */
export interface RuleNumbering {
  /** First rule number. */
  readonly start: number;
  /** Distance between consecutive rule numbers. */
  readonly step: number;
}

/**
 * The stateless rule plan of a policy for AWS network ACLs, which cannot match source ports.
 * @param policy the resolved policy
 * @param ephemeral the client port range of reply entries
 */
export function awsStatelessPlan(policy: ConnectivityPolicy, ephemeral: PortRange): StatelessRulePlan {
  return StatelessRulePlan.of(policy, { ephemeralPorts: ephemeral, matchSourcePorts: false });
}

/**
 * The number of entries of the busiest direction, for the rule-number check. It does not depend on
 * the ephemeral range (every reply uses the same one), so an invalid range, reported on its own,
 * is counted as the default range.
 * @param policy the resolved policy
 * @param ephemeral the client port range as given
 */
export function busiestDirectionEntries(policy: ConnectivityPolicy, ephemeral: PortRange): number {
  const valid = StatelessRulePlan.checkEphemeralPorts(ephemeral).length === 0;
  return awsStatelessPlan(policy, valid ? ephemeral : NetworkAclDefaults.EPHEMERAL_PORTS).busiestDirectionCount();
}

/**
 * A problem when the busiest direction's entries need a rule number above AWS's maximum.
 * @param count the number of entries of the direction that has the most
 * @param numbering where rule numbers start and how far apart they are
 */
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
 * The entries of a stateless ACL: one per rule of the plan, in plan order, numbered per direction
 * (`start + k * step` for the k-th entry of that direction).
 */
export function planAclEntries(plan: StatelessRulePlan, numbering: RuleNumbering): PlannedAclEntry[] {
  const seen = new Map<FlowDirection, number>();
  return plan.rules.map((rule) => {
    const k = seen.get(rule.direction) ?? 0;
    seen.set(rule.direction, k + 1);
    return { rule, ruleNumber: numbering.start + k * numbering.step };
  });
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
