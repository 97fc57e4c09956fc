import { asObject, SynthesizedArtifact } from './artifact';
import { FlowDirection } from '../core/enums';
import { PortRange } from '../core/port-range';
import { FirewallRule, LayerKind, RuleAction, TcpCoverage } from './firewall-model';
import { artifactResources, resourceIntentPath } from './intent-records';
import { EITHER_ACTION, EITHER_DIRECTION, ruleReadings, unreadableNote } from './rule-readings';
import { ContainerRegistry, RuleContainer } from './rule-containers';
import { ALL_PORTS, ANY_NETWORK, isCloudFormationIntrinsic, known, readCidr, readInteger, readPortRange, Resolved, unresolved } from './values';
import { Ipv4Network } from '../core/ipv4';

type Resources = Record<string, Record<string, unknown>>;

/**
 * The container a `GroupId` / `NetworkAclId` value points to: a logical id for `Ref` or `Fn::GetAtt`
 * of a resource of the expected type, otherwise the literal id or the unresolved expression.
 */
function containerOf(raw: unknown, resources: Resources, type: string): string {
  const ref = asObject(raw);
  if (ref && typeof ref.Ref === 'string' && resources[ref.Ref]?.Type === type) return ref.Ref;
  const getAtt = ref?.['Fn::GetAtt'];
  const target = Array.isArray(getAtt) ? getAtt[0] : typeof getAtt === 'string' ? getAtt.split('.')[0] : undefined;
  if (typeof target === 'string' && resources[target]?.Type === type) return target;
  return typeof raw === 'string' ? raw : `unresolved ${JSON.stringify(raw)}`;
}

function securityGroupProtocol(raw: unknown): { tcp: TcpCoverage; text: string; allPorts: boolean } {
  if (isCloudFormationIntrinsic(raw) || raw === undefined)
    return { tcp: TcpCoverage.UNKNOWN, text: JSON.stringify(raw) ?? 'missing', allPorts: false };
  const text = String(raw).toLowerCase();
  if (text === '-1') return { tcp: TcpCoverage.TCP, text: 'all', allPorts: true };
  if (text === 'tcp' || text === '6') return { tcp: TcpCoverage.TCP, text: 'tcp', allPorts: false };
  return { tcp: TcpCoverage.NOT_TCP, text, allPorts: false };
}

function awsPorts(from: unknown, to: unknown, allPorts: boolean): Resolved<PortRange> {
  if (allPorts) return known(ALL_PORTS);
  const range = readPortRange(from, to);
  if (range.known && range.value.from === -1 && range.value.to === -1) return known(ALL_PORTS);
  return range;
}

/** A security group rule that cannot be read, described by what stood in its place. */
function unreadableRule(raw: unknown, resource: string, container: string, direction: FlowDirection, intentPath?: string): FirewallRule {
  return {
    resource,
    container,
    direction,
    action: RuleAction.ALLOW,
    tcp: TcpCoverage.UNKNOWN,
    protocolText: 'unresolved',
    remote: unresolved(raw),
    destinationPorts: unresolved(raw),
    intentPath,
  };
}

function securityGroupRule(raw: unknown, resource: string, container: string, direction: FlowDirection, intentPath?: string): FirewallRule {
  const rule = asObject(raw);
  if (!rule) return unreadableRule(raw, resource, container, direction, intentPath);
  const protocol = securityGroupProtocol(rule.IpProtocol);
  const peerGroup =
    direction === FlowDirection.INGRESS ? (rule.SourceSecurityGroupId ?? rule.SourceSecurityGroupName) : rule.DestinationSecurityGroupId;
  const prefixList = direction === FlowDirection.INGRESS ? rule.SourcePrefixListId : rule.DestinationPrefixListId;
  let remote: Resolved<Ipv4Network>;
  let ipv6Only = false;
  if (rule.CidrIp !== undefined) remote = isCloudFormationIntrinsic(rule.CidrIp) ? unresolved(rule.CidrIp) : readCidr(rule.CidrIp);
  else if (peerGroup !== undefined) remote = unresolved(`security group ${JSON.stringify(peerGroup)}`);
  else if (prefixList !== undefined) remote = unresolved(`prefix list ${JSON.stringify(prefixList)}`);
  else if (rule.CidrIpv6 !== undefined) {
    remote = known(ANY_NETWORK);
    ipv6Only = true;
  } else remote = unresolved('no peer');
  return {
    resource,
    container,
    direction,
    action: RuleAction.ALLOW,
    tcp: protocol.tcp,
    protocolText: protocol.text,
    remote,
    ipv6Only,
    destinationPorts: awsPorts(rule.FromPort, rule.ToPort, protocol.allPorts),
    intentPath,
  };
}

function inlineRules(raw: unknown, groupId: string, property: string, direction: FlowDirection, intentPath?: string): FirewallRule[] {
  // A list given by an expression (Fn::If, a parameter) is one rule that cannot be read.
  if (!Array.isArray(raw)) return [unreadableRule(raw, `${groupId}.${property}`, groupId, direction, intentPath)];
  return raw.map((r, i) => securityGroupRule(r, `${groupId}.${property}[${i}]`, groupId, direction, intentPath));
}

/** Reads an ACL entry; one whose direction (`Egress`) or action is unresolved is read every way it may be meant. */
function networkAclEntry(id: string, container: string, body: Record<string, unknown>, intentPath?: string): FirewallRule[] {
  const p = asObject(body.Properties) ?? {};
  const protocolRaw = p.Protocol;
  let tcp: TcpCoverage;
  let allPorts = false;
  if (isCloudFormationIntrinsic(protocolRaw) || protocolRaw === undefined) tcp = TcpCoverage.UNKNOWN;
  else if (String(protocolRaw) === '-1') {
    tcp = TcpCoverage.TCP;
    allPorts = true;
  } else tcp = String(protocolRaw) === '6' ? TcpCoverage.TCP : TcpCoverage.NOT_TCP;
  // CloudFormation reads an absent Egress as false; anything but a boolean (or its text) is unresolved.
  const directions =
    p.Egress === undefined || p.Egress === false || p.Egress === 'false'
      ? [FlowDirection.INGRESS]
      : p.Egress === true || p.Egress === 'true'
        ? [FlowDirection.EGRESS]
        : EITHER_DIRECTION;
  const portRange = asObject(p.PortRange);
  const ports: Resolved<PortRange> = allPorts
    ? known(ALL_PORTS)
    : portRange
      ? readPortRange(portRange.From, portRange.To)
      : unresolved('no PortRange');
  const actionText = typeof p.RuleAction === 'string' ? p.RuleAction.toLowerCase() : undefined;
  const actions = actionText === 'allow' ? [RuleAction.ALLOW] : actionText === 'deny' ? [RuleAction.DENY] : EITHER_ACTION;
  const remote =
    p.CidrBlock !== undefined
      ? isCloudFormationIntrinsic(p.CidrBlock)
        ? unresolved<Ipv4Network>(p.CidrBlock)
        : readCidr(p.CidrBlock)
      : p.Ipv6CidrBlock !== undefined
        ? known(ANY_NETWORK)
        : unresolved<Ipv4Network>('no CidrBlock');
  const note = unreadableNote({
    direction: { raw: p.Egress, readable: directions.length === 1 },
    action: { raw: p.RuleAction, readable: actions.length === 1 },
  });
  const entry: FirewallRule = {
    resource: id,
    container,
    direction: directions[0],
    action: actions[0],
    tcp,
    protocolText:
      (allPorts
        ? 'all'
        : String(protocolRaw === undefined ? 'missing' : typeof protocolRaw === 'object' ? JSON.stringify(protocolRaw) : protocolRaw)) + note,
    remote,
    ipv6Only: p.CidrBlock === undefined && p.Ipv6CidrBlock !== undefined,
    destinationPorts: ports,
    order: isCloudFormationIntrinsic(p.RuleNumber) ? unresolved(p.RuleNumber) : readInteger(p.RuleNumber),
    intentPath,
  };
  return ruleReadings(directions.flatMap((direction) => actions.map((action) => ({ ...entry, direction, action }))));
}

/**
 * Orders ACL entries by rule number per direction; entries with unresolved numbers, or with a number
 * another entry of the same direction uses, cannot be placed. The readings of one entry share its number.
 */
function orderEntries(entries: FirewallRule[]): { placed: FirewallRule[]; unplaced: FirewallRule[] } {
  const numbered = entries.filter((e) => e.order?.known);
  const number = (e: FirewallRule): number => e.order?.value ?? 0;
  const key = (e: FirewallRule): string => `${e.direction}:${number(e)}`;
  const users = new Map<string, Set<string>>();
  for (const e of numbered) users.set(key(e), new Set([...(users.get(key(e)) ?? []), e.resource]));
  const placed = numbered.filter((e) => users.get(key(e))!.size === 1).sort((a, b) => number(a) - number(b));
  const placedSet = new Set(placed);
  return { placed, unplaced: entries.filter((e) => !placedSet.has(e)) };
}

/** Reads the security groups and network ACLs of a CloudFormation template. */
export function readCloudFormationContainers(artifact: SynthesizedArtifact): RuleContainer[] {
  const registry = new ContainerRegistry();
  const resources: Resources = {};
  const all = artifactResources(artifact);
  for (const r of all) resources[r.id] = r.body;

  for (const { id, type, body } of all) {
    const intentPath = resourceIntentPath(artifact, body);
    const props = asObject(body.Properties) ?? {};
    if (type === 'AWS::EC2::SecurityGroup') {
      registry.define(id, LayerKind.AWS_SECURITY_GROUPS, intentPath);
      if (props.SecurityGroupIngress !== undefined) {
        for (const rule of inlineRules(props.SecurityGroupIngress, id, 'SecurityGroupIngress', FlowDirection.INGRESS, intentPath))
          registry.add(id, LayerKind.AWS_SECURITY_GROUPS, rule);
      }
      if (props.SecurityGroupEgress !== undefined) {
        for (const rule of inlineRules(props.SecurityGroupEgress, id, 'SecurityGroupEgress', FlowDirection.EGRESS, intentPath))
          registry.add(id, LayerKind.AWS_SECURITY_GROUPS, rule);
      } else {
        // Without a SecurityGroupEgress property, AWS keeps the group's default allow-all egress rule.
        registry.add(id, LayerKind.AWS_SECURITY_GROUPS, {
          resource: `${id} (default egress)`,
          container: id,
          direction: FlowDirection.EGRESS,
          action: RuleAction.ALLOW,
          tcp: TcpCoverage.TCP,
          protocolText: 'all',
          remote: known(ANY_NETWORK),
          destinationPorts: known(ALL_PORTS),
          intentPath,
          implicit: true,
        });
      }
    } else if (type === 'AWS::EC2::SecurityGroupIngress' || type === 'AWS::EC2::SecurityGroupEgress') {
      const group = containerOf(props.GroupId, resources, 'AWS::EC2::SecurityGroup');
      const direction = type.endsWith('Ingress') ? FlowDirection.INGRESS : FlowDirection.EGRESS;
      registry.add(group, LayerKind.AWS_SECURITY_GROUPS, securityGroupRule(props, id, group, direction, intentPath));
    } else if (type === 'AWS::EC2::NetworkAcl') {
      registry.define(id, LayerKind.AWS_NETWORK_ACL, intentPath);
    } else if (type === 'AWS::EC2::NetworkAclEntry') {
      const acl = containerOf(props.NetworkAclId, resources, 'AWS::EC2::NetworkAcl');
      for (const rule of networkAclEntry(id, acl, body, intentPath)) registry.add(acl, LayerKind.AWS_NETWORK_ACL, rule);
    }
  }
  registry.orderRules(LayerKind.AWS_NETWORK_ACL, orderEntries);
  return registry.containers();
}
