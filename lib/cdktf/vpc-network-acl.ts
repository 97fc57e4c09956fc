import { Construct } from 'constructs';
import { ConnectivityPolicy, PortRange, StatelessRule, StatelessRulePlan, FlowDirection } from '../core';
import { IsNetworkAcl } from './ibm-provider/is-network-acl';
import { IsNetworkAclRule } from './ibm-provider/is-network-acl-rule';
import { ResolvedIbmConnectivity } from './resolve-props';

/** The VPC network ACL resources of one construct. */
export interface VpcNetworkAclResources {
  /** Id (token) of the created or given ACL. */
  readonly networkAclId: string;
  /** The created ACL, when `createNetworkAcl` was set. */
  readonly networkAcl?: IsNetworkAcl;
  /** The stateless rules of the plan, in plan order (each request followed by its reply), chained in that order by `before`. */
  readonly rules: IsNetworkAclRule[];
}

/**
 * The stateless rule plan of a policy for IBM VPC network ACLs. They match source ports, so every
 * rule carries its source ports and replies are never merged: one request and one reply per policy rule.
 * @param policy the resolved policy
 * @param ephemeralPorts the client port range
 */
export function ibmStatelessPlan(policy: ConnectivityPolicy, ephemeralPorts: PortRange): StatelessRulePlan {
  return StatelessRulePlan.of(policy, { ephemeralPorts, matchSourcePorts: true });
}

/** The ACL direction, source and destination of a stateless rule; the agent's side is `localCidr`. */
function endpoints(rule: StatelessRule, localCidr: string) {
  return rule.direction === FlowDirection.INGRESS
    ? { direction: 'inbound', source: rule.peerCidr, destination: localCidr }
    : { direction: 'outbound', source: localCidr, destination: rule.peerCidr };
}

/**
 * Renders the policy as stateless `ibm_is_network_acl_rule`s in the given ACL or in a new
 * `ibm_is_network_acl` (without inline rules, whose every change recreates them all), one per rule
 * of the policy's stateless rule plan. Rules are
 * created last to first so that each one's `before` names the next one's rule id, and the last one's
 * names `networkAclRulesBefore` (or none: appended).
 */
export function renderVpcNetworkAcl(scope: Construct, resolved: ResolvedIbmConnectivity): VpcNetworkAclResources {
  const networkAcl = resolved.createNetworkAcl
    ? new IsNetworkAcl(scope, 'NetworkAcl', {
        vpc: resolved.vpcId!,
        name: resolved.name,
        resourceGroup: resolved.resourceGroupId,
        tags: resolved.tags.length > 0 ? resolved.tags : undefined,
      })
    : undefined;
  const networkAclId = networkAcl?.id ?? resolved.networkAclId!;
  const rules: IsNetworkAclRule[] = [];
  let before: string | undefined = resolved.networkAclRulesBefore;
  for (const planned of [...ibmStatelessPlan(resolved.policy, resolved.ephemeralPorts).rules].reverse()) {
    const rule: IsNetworkAclRule = new IsNetworkAclRule(scope, `network-acl-${planned.id}`, {
      networkAcl: networkAclId,
      name: planned.id,
      action: 'allow',
      ...endpoints(planned, resolved.localCidr),
      protocol: planned.protocol,
      portMin: planned.destinationPorts.from,
      portMax: planned.destinationPorts.to,
      sourcePortMin: planned.sourcePorts?.from,
      sourcePortMax: planned.sourcePorts?.to,
      before,
    });
    rules.unshift(rule);
    before = rule.ruleId;
  }
  return { networkAclId, networkAcl, rules };
}
