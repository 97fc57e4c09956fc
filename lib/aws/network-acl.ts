import { Stack } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct, IConstruct } from 'constructs';
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

/** The construct paths, per stack, whose network ACL entries are checked for rule-number collisions. */
const OWNERS = new WeakMap<Stack, Set<string>>();

/**
 * Checks, when the stack is synthesized, that no other entry of the same ACL in the stack (added by
 * hand or by another construct sharing the ACL) uses one of the rule numbers of `owner`'s entries in
 * the same direction: AWS refuses two such entries, so the deployment would fail. One validation per
 * stack walks the stack once, however many constructs it holds.
 * @param owner the construct whose entries are checked
 */
export function checkRuleNumberCollisions(owner: IConstruct): void {
  const stack = Stack.of(owner);
  let owners = OWNERS.get(stack);
  if (!owners) {
    const registered = new Set<string>();
    OWNERS.set(stack, registered);
    stack.node.addValidation({ validate: () => findRuleNumberCollisions(stack, registered) });
    owners = registered;
  }
  owners.add(owner.node.path);
}

function ownerOf(entry: ec2.CfnNetworkAclEntry, owners: ReadonlySet<string>): string | undefined {
  return entry.node.scopes.map((scope) => scope.node.path).find((path) => owners.has(path));
}

/**
 * Rule-number collisions between the entries of the registered owners and any other entry of the
 * same ACL and direction in the stack.
 * @returns one message per colliding pair
 */
function findRuleNumberCollisions(stack: Stack, owners: ReadonlySet<string>): string[] {
  const groups = new Map<string, ec2.CfnNetworkAclEntry[]>();
  for (const entry of stack.node.findAll()) {
    if (!(entry instanceof ec2.CfnNetworkAclEntry)) continue;
    const direction = stack.resolve(entry.egress) ? 'outbound' : 'inbound';
    const key = `${JSON.stringify(stack.resolve(entry.networkAclId))} ${direction} ${stack.resolve(entry.ruleNumber)}`;
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const messages: string[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const direction = stack.resolve(group[0].egress) ? 'outbound' : 'inbound';
    const number = stack.resolve(group[0].ruleNumber);
    const [first, ...others] = group.filter((e) => ownerOf(e, owners) !== undefined).concat(group.filter((e) => ownerOf(e, owners) === undefined));
    const owner = ownerOf(first, owners);
    if (owner === undefined) continue;
    for (const other of others) {
      messages.push(
        `network ACL entries of '${owner}': rule number collision: ${direction} ${number} is used by '${first.node.path}' and by '${other.node.path}'; ` +
          'give networkAclRuleNumberStart a range no other entry of this ACL uses',
      );
    }
  }
  return messages;
}
