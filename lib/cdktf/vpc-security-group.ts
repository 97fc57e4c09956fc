import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { FlowDirection } from '../core';
import { IsSecurityGroup } from './ibm-provider/is-security-group';
import { IsSecurityGroupRule } from './ibm-provider/is-security-group-rule';
import { IsSecurityGroupTarget } from './ibm-provider/is-security-group-target';
import { ResolvedIbmConnectivity } from './resolve-props';

/** The VPC security group resources of one construct. */
export interface VpcSecurityGroupResources {
  /** Id (token) of the created or given group. */
  readonly securityGroupId: string;
  /** The created group, when `vpcId` was given. */
  readonly securityGroup?: IsSecurityGroup;
  /** One stateful rule per policy rule, in policy order. */
  readonly rules: IsSecurityGroupRule[];
  /** One attachment per target id. */
  readonly targets: IsSecurityGroupTarget[];
}

/**
 * Renders the policy as an `ibm_is_security_group` (created in `vpcId`, or the given
 * `securityGroupId`), one `ibm_is_security_group_rule` per policy rule with the flat
 * `protocol`/`port_min`/`port_max` arguments, and one `ibm_is_security_group_target` per target.
 */
export function renderVpcSecurityGroup(scope: Construct, resolved: ResolvedIbmConnectivity): VpcSecurityGroupResources {
  const securityGroup =
    resolved.securityGroupId === undefined
      ? new IsSecurityGroup(scope, 'SecurityGroup', {
          vpc: resolved.vpcId!,
          name: resolved.name,
          resourceGroup: resolved.resourceGroupId,
          tags: resolved.tags.length > 0 ? resolved.tags : undefined,
        })
      : undefined;
  const securityGroupId = securityGroup?.id ?? resolved.securityGroupId!;
  const rules = resolved.policy.rules.map(
    (rule) =>
      new IsSecurityGroupRule(scope, rule.id, {
        group: securityGroupId,
        direction: rule.direction === FlowDirection.INGRESS ? 'inbound' : 'outbound',
        remote: rule.cidr,
        protocol: rule.protocol,
        portMin: rule.fromPort,
        portMax: rule.toPort,
      }),
  );
  const targets = resolved.targetIds.map(
    (target, i) =>
      new IsSecurityGroupTarget(scope, Token.isUnresolved(target) ? `target-${i}` : `target-${target}`, {
        securityGroup: securityGroupId,
        target,
      }),
  );
  return { securityGroupId, securityGroup, rules, targets };
}
