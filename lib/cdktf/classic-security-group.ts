import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { FlowDirection } from '../core';
import { SecurityGroup } from './ibm-provider/security-group';
import { SecurityGroupRule } from './ibm-provider/security-group-rule';
import { IbmDefaults } from './props';
import { ResolvedIbmConnectivity } from './resolve-props';

/** The classic security group resources of one construct. */
export interface ClassicSecurityGroupResources {
  /** Id of the created or given group, as a string (token). */
  readonly securityGroupId: string;
  /** The created group, when no `classicSecurityGroupId` was given. */
  readonly securityGroup?: SecurityGroup;
  /** One stateful rule per policy rule, in policy order. */
  readonly rules: SecurityGroupRule[];
}

/**
 * Renders the policy as an `ibm_security_group` (created with `name`, or the given
 * `classicSecurityGroupId`) and one `ibm_security_group_rule` per policy rule.
 */
export function renderClassicSecurityGroup(scope: Construct, resolved: ResolvedIbmConnectivity): ClassicSecurityGroupResources {
  const securityGroup =
    resolved.classicSecurityGroupId === undefined
      ? new SecurityGroup(scope, 'ClassicSecurityGroup', { name: resolved.name!, description: IbmDefaults.CLASSIC_GROUP_DESCRIPTION })
      : undefined;
  const groupId = securityGroup ? Token.asNumber(securityGroup.id) : resolved.classicSecurityGroupId!;
  const rules = resolved.policy.rules.map(
    (rule) =>
      new SecurityGroupRule(scope, rule.id, {
        securityGroupId: groupId,
        direction: rule.direction === FlowDirection.INGRESS ? 'ingress' : 'egress',
        etherType: 'IPv4',
        protocol: rule.protocol,
        portRangeMin: rule.fromPort,
        portRangeMax: rule.toPort,
        remoteIp: rule.cidr,
      }),
  );
  const securityGroupId = securityGroup?.id ?? (Token.isUnresolved(groupId) ? Token.asString(groupId) : String(groupId));
  return { securityGroupId, securityGroup, rules };
}
