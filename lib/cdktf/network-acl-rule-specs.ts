import { ConnectivityRule, TrafficDirection } from '../core';
import { PortRange } from './props';

/** One stateless VPC network ACL rule, before it becomes an `ibm_is_network_acl_rule`. */
export interface NetworkAclRuleSpec {
  /** The rule's name in the ACL, derived from the policy rule id. */
  readonly name: string;
  /** ACL direction: `inbound` or `outbound`. */
  readonly direction: 'inbound' | 'outbound';
  /** Source address or CIDR. */
  readonly source: string;
  /** Destination address or CIDR. */
  readonly destination: string;
  /** Destination ports. */
  readonly ports: PortRange;
  /** Source ports. */
  readonly sourcePorts: PortRange;
  /** The policy rule this ACL rule (or its reply) renders. */
  readonly rule: ConnectivityRule;
  /** Whether this is the reply of the policy rule's connections. */
  readonly reply: boolean;
}

/**
 * The ACL rules of policy rules, in order: each policy rule's request rule, then its reply rule.
 * Requests come from the client's ephemeral ports to the service ports; replies go back from the
 * service ports to the ephemeral ports. The agent's side is `localCidr`, the peer's the rule's CIDR.
 * @param rules the policy's rules
 * @param ephemeralPorts the client port range
 * @param localCidr the agent's side of every rule
 */
export function networkAclRuleSpecs(rules: readonly ConnectivityRule[], ephemeralPorts: PortRange, localCidr: string): NetworkAclRuleSpec[] {
  return rules.flatMap((rule) => {
    const service: PortRange = { fromPort: rule.fromPort, toPort: rule.toPort };
    // Ingress: the peer connects to the agent; egress: the agent connects to the peer.
    const client = rule.direction === TrafficDirection.INGRESS ? rule.cidr : localCidr;
    const server = rule.direction === TrafficDirection.INGRESS ? localCidr : rule.cidr;
    const requestDirection = rule.direction === TrafficDirection.INGRESS ? 'inbound' : 'outbound';
    const replyDirection = requestDirection === 'inbound' ? 'outbound' : 'inbound';
    const request: NetworkAclRuleSpec = {
      name: rule.id, direction: requestDirection, source: client, destination: server,
      ports: service, sourcePorts: ephemeralPorts, rule, reply: false,
    };
    const reply: NetworkAclRuleSpec = {
      name: `${rule.id}-reply`, direction: replyDirection, source: server, destination: client,
      ports: ephemeralPorts, sourcePorts: service, rule, reply: true,
    };
    return [request, reply];
  });
}
