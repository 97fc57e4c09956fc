import { isReference } from '../ibm-schema/values';
import { Ipv4Network } from '../core/ipv4';
import { SynthesizedArtifact } from './artifact';
import { FlowDirection } from '../core/enums';
import { FirewallRule, LayerKind, RuleAction } from './firewall-model';
import { artifactResources, resourceIntentPath } from './intent-records';
import { EITHER_DIRECTION, ruleReadings, unreadableNote } from './rule-readings';
import { ContainerRegistry, RuleContainer } from './rule-containers';
import { ibmProtocol, terraformContainer } from './terraform-values';
import { ANY_NETWORK, known, readCidr, readPortRange, Resolved, unresolved } from './values';

/** Reads the security groups of an IBM Cloud classic infrastructure configuration (allow-only, stateful). */
export function readIbmClassicContainers(artifact: SynthesizedArtifact): RuleContainer[] {
  const registry = new ContainerRegistry();
  const all = artifactResources(artifact);
  const addresses = new Set(all.map((r) => r.id));
  for (const { id, type, body } of all) {
    const intentPath = resourceIntentPath(artifact, body);
    if (type === 'ibm_security_group') {
      registry.define(id, LayerKind.IBM_CLASSIC_SECURITY_GROUPS, intentPath);
    } else if (type === 'ibm_security_group_rule') {
      const group = terraformContainer(body.security_group_id, 'ibm_security_group', addresses);
      // Without a protocol, a classic rule applies to every protocol.
      const protocol = ibmProtocol(body, ['tcp', 'all'], 'all');
      const dir = body.direction === 'ingress' ? FlowDirection.INGRESS : body.direction === 'egress' ? FlowDirection.EGRESS : undefined;
      let remote: Resolved<Ipv4Network>;
      if (body.remote_ip !== undefined) remote = isReference(body.remote_ip) ? unresolved(body.remote_ip) : readCidr(body.remote_ip);
      else if (body.remote_group_id !== undefined) remote = unresolved(`security group ${JSON.stringify(body.remote_group_id)}`);
      else remote = known(ANY_NETWORK);
      const rule: FirewallRule = {
        resource: id,
        container: group,
        direction: dir ?? FlowDirection.INGRESS,
        action: RuleAction.ALLOW,
        tcp: protocol.tcp,
        protocolText: protocol.text + unreadableNote({ direction: { raw: body.direction, readable: !!dir } }),
        remote,
        ipv6Only: body.ether_type === 'IPv6',
        destinationPorts: readPortRange(body.port_range_min, body.port_range_max),
        intentPath,
      };
      // A rule whose direction cannot be read may open either direction.
      for (const reading of ruleReadings((dir ? [dir] : EITHER_DIRECTION).map((d) => ({ ...rule, direction: d }))))
        registry.add(group, LayerKind.IBM_CLASSIC_SECURITY_GROUPS, reading);
    }
  }
  return registry.containers();
}
