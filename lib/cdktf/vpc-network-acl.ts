import { Construct } from 'constructs';
import { IsNetworkAcl } from './ibm-provider/is-network-acl';
import { IsNetworkAclRule } from './ibm-provider/is-network-acl-rule';
import { networkAclRuleSpecs } from './network-acl-rule-specs';
import { ResolvedIbmConnectivity } from './resolve-props';

/** The VPC network ACL resources of one construct. */
export interface VpcNetworkAclResources {
  /** Id (token) of the created or given ACL. */
  readonly networkAclId: string;
  /** The created ACL, when `createNetworkAcl` was set. */
  readonly networkAcl?: IsNetworkAcl;
  /** Each policy rule's request rule followed by its reply rule, chained in that order by `before`. */
  readonly rules: IsNetworkAclRule[];
}

/**
 * Renders the policy as stateless `ibm_is_network_acl_rule`s in the given ACL or in a new
 * `ibm_is_network_acl` (without inline rules, whose every change recreates them all). Rules are
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
  const specs = networkAclRuleSpecs(resolved.policy.rules, resolved.ephemeralPorts, resolved.localCidr);
  const rules: IsNetworkAclRule[] = [];
  let before: string | undefined = resolved.networkAclRulesBefore;
  for (const spec of [...specs].reverse()) {
    const rule: IsNetworkAclRule = new IsNetworkAclRule(scope, `network-acl-${spec.name}`, {
      networkAcl: networkAclId,
      name: spec.name,
      action: 'allow',
      direction: spec.direction,
      source: spec.source,
      destination: spec.destination,
      protocol: spec.rule.protocol,
      portMin: spec.ports.fromPort,
      portMax: spec.ports.toPort,
      sourcePortMin: spec.sourcePorts.fromPort,
      sourcePortMax: spec.sourcePorts.toPort,
      before,
    });
    rules.unshift(rule);
    before = rule.ruleId;
  }
  return { networkAclId, networkAcl, rules };
}
