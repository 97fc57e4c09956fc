import { Ipv4Network } from '../core/ipv4';
import { asObject, SynthesizedArtifact } from './artifact';
import { FlowDirection } from '../core/enums';
import { FirewallRule, LayerKind, RuleAction } from './firewall-model';
import { artifactResources, resourceIntentPath } from './intent-records';
import { EITHER_ACTION, EITHER_DIRECTION, ruleReadings, unreadableNote } from './rule-readings';
import { ContainerRegistry, RuleContainer } from './rule-containers';
import { ibmProtocol, referencedAddress, terraformContainer } from './terraform-values';
import { ANY_NETWORK, known, readCidr, readPortRange, Resolved } from './values';

/** Protocol values of IBM VPC rules that include TCP. */
const VPC_TCP = ['tcp', 'all', 'any', 'icmp_tcp_udp'];

function direction(raw: unknown): FlowDirection | undefined {
  return raw === 'inbound' ? FlowDirection.INGRESS : raw === 'outbound' ? FlowDirection.EGRESS : undefined;
}

/** An IBM address field: absent means any address; a reference or a security group id is unresolved. */
function address(raw: unknown): Resolved<Ipv4Network> {
  if (raw === undefined || raw === null) return known(ANY_NETWORK);
  // readCidr leaves references and security group ids (no CIDR) unresolved.
  return readCidr(raw);
}

function securityGroupRule(id: string, container: string, body: Record<string, unknown>, intentPath?: string): FirewallRule[] {
  const protocol = ibmProtocol(body, VPC_TCP, 'icmp_tcp_udp');
  const dir = direction(body.direction);
  const rule: FirewallRule = {
    resource: id,
    container,
    direction: dir ?? FlowDirection.INGRESS,
    action: RuleAction.ALLOW,
    tcp: protocol.tcp,
    protocolText: protocol.text + unreadableNote({ direction: { raw: body.direction, readable: !!dir } }),
    remote: address(body.remote),
    agentSide: body.local !== undefined ? address(body.local) : undefined,
    destinationPorts: readPortRange(protocol.ports.port_min, protocol.ports.port_max),
    intentPath,
  };
  return ruleReadings((dir ? [dir] : EITHER_DIRECTION).map((d) => ({ ...rule, direction: d })));
}

/** Reads an ACL rule (a resource or an inline `rules` entry); one whose direction or action is unresolved is read every way it may be meant. */
function aclRule(id: string, container: string, body: Record<string, unknown>, intentPath?: string): FirewallRule[] {
  const protocol = ibmProtocol(body, VPC_TCP, 'all');
  const dir = direction(body.direction);
  const actions = body.action === 'allow' ? [RuleAction.ALLOW] : body.action === 'deny' ? [RuleAction.DENY] : EITHER_ACTION;
  const note = unreadableNote({ direction: { raw: body.direction, readable: !!dir }, action: { raw: body.action, readable: actions.length === 1 } });
  // The remote side is the source of inbound packets and the destination of outbound ones.
  const readAs = (d: FlowDirection, action: RuleAction): FirewallRule => ({
    resource: id,
    container,
    direction: d,
    action,
    tcp: protocol.tcp,
    protocolText: protocol.text + note,
    remote: address(d === FlowDirection.INGRESS ? body.source : body.destination),
    agentSide: address(d === FlowDirection.INGRESS ? body.destination : body.source),
    destinationPorts: readPortRange(protocol.ports.port_min, protocol.ports.port_max),
    sourcePorts: readPortRange(protocol.ports.source_port_min, protocol.ports.source_port_max),
    intentPath,
  });
  return ruleReadings((dir ? [dir] : EITHER_DIRECTION).flatMap((d) => actions.map((action) => readAs(d, action))));
}

/**
 * Orders ACL rule resources by their `before` chains: a rule whose `before` names another rule resource
 * sits just ahead of it. Rules without `before` (or with `"null"`) are appended in declaration order.
 * In an ACL defined elsewhere, a rule whose `before` names a rule outside the configuration heads a
 * chain that sits ahead of that unseen rule, so such chains come before the appended ones. Rules that
 * cannot be placed (an outside `before` in an ACL defined here, or a cycle) are returned apart.
 */
function orderByBefore(
  rules: Array<{ id: string; before: unknown; readings: FirewallRule[] }>,
  externalAcl: boolean,
): { placed: FirewallRule[]; unplaced: FirewallRule[] } {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const isAppended = (before: unknown): boolean => before === undefined || before === null || before === 'null';
  const target = (before: unknown): string | undefined => {
    const address = referencedAddress(before);
    return address && byId.has(address) ? address : undefined;
  };
  // The rules that go directly ahead of each rule, in declaration order.
  const ahead = new Map<string, string[]>();
  for (const r of rules) {
    const t = target(r.before);
    if (t === undefined) continue;
    const list = ahead.get(t);
    if (list) list.push(r.id);
    else ahead.set(t, [r.id]);
  }
  const placed: FirewallRule[] = [];
  const visited = new Set<string>();
  // Each rule names one rule in its before, so it stands in one list of `ahead` at most, and the
  // rules expanded first stand in none: every rule is expanded once, and a cycle is never entered.
  const expand = (id: string): void => {
    visited.add(id);
    for (const other of ahead.get(id) ?? []) expand(other);
    placed.push(...byId.get(id)!.readings);
  };
  if (externalAcl) for (const r of rules) if (!isAppended(r.before) && target(r.before) === undefined) expand(r.id);
  for (const r of rules) if (isAppended(r.before)) expand(r.id);
  return { placed, unplaced: rules.filter((r) => !visited.has(r.id)).flatMap((r) => r.readings) };
}

/** Reads the security groups and network ACLs of an IBM Cloud VPC configuration. */
export function readIbmVpcContainers(artifact: SynthesizedArtifact): RuleContainer[] {
  const registry = new ContainerRegistry();
  const all = artifactResources(artifact);
  const addresses = new Set(all.map((r) => r.id));
  const aclRules = new Map<string, Array<{ id: string; before: unknown; readings: FirewallRule[] }>>();
  const inline = new Map<string, FirewallRule[]>();

  for (const { id, type, body } of all) {
    const intentPath = resourceIntentPath(artifact, body);
    if (type === 'ibm_is_security_group') {
      registry.define(id, LayerKind.IBM_VPC_SECURITY_GROUPS, intentPath);
    } else if (type === 'ibm_is_security_group_rule') {
      const group = terraformContainer(body.group, 'ibm_is_security_group', addresses);
      for (const rule of securityGroupRule(id, group, body, intentPath)) registry.add(group, LayerKind.IBM_VPC_SECURITY_GROUPS, rule);
    } else if (type === 'ibm_is_network_acl') {
      registry.define(id, LayerKind.IBM_VPC_NETWORK_ACL, intentPath);
      const rules = Array.isArray(body.rules) ? body.rules : [];
      inline.set(
        id,
        rules.flatMap((raw, i) => {
          const rule = asObject(raw) ?? {};
          const name = typeof rule.name === 'string' ? ` (${rule.name})` : '';
          return aclRule(`${id}.rules[${i}]${name}`, id, rule, intentPath);
        }),
      );
    } else if (type === 'ibm_is_network_acl_rule') {
      const acl = terraformContainer(body.network_acl, 'ibm_is_network_acl', addresses);
      const list = aclRules.get(acl) ?? [];
      const readings = aclRule(id, acl, body, intentPath).map((rule) => (typeof body.name === 'string' ? { ...rule, name: body.name } : rule));
      list.push({ id, before: body.before, readings });
      aclRules.set(acl, list);
    }
  }
  for (const [acl, rules] of inline) for (const rule of rules) registry.add(acl, LayerKind.IBM_VPC_NETWORK_ACL, rule);
  for (const [acl, rules] of aclRules) {
    const { placed, unplaced } = orderByBefore(rules, !addresses.has(acl));
    for (const rule of placed) registry.add(acl, LayerKind.IBM_VPC_NETWORK_ACL, rule);
    for (const rule of unplaced) registry.add(acl, LayerKind.IBM_VPC_NETWORK_ACL, rule, false);
  }
  return registry.containers();
}
