import { ConnectivityPolicy, PortRange, StatelessRulePlan } from '../core';

/**
 * The stateless rule plan of a policy for IBM VPC network ACLs. They match source ports, so every
 * rule carries its source ports and replies are never merged: one request and one reply per policy rule.
 * @param policy the resolved policy
 * @param ephemeralPorts the client port range
 */
export function ibmStatelessPlan(policy: ConnectivityPolicy, ephemeralPorts: PortRange): StatelessRulePlan {
  return StatelessRulePlan.of(policy, { ephemeralPorts, matchSourcePorts: true });
}
