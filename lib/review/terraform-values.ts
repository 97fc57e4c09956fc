import { isReference } from '../ibm-schema/values';
import { asObject } from './artifact';
import { TcpCoverage } from './firewall-model';

const REFERENCE = /^\$\{([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_.]+\}$/;

/** The resource address (`type.name`) a whole-value reference such as `${ibm_is_security_group.sg.id}` points to. */
export function referencedAddress(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const match = REFERENCE.exec(raw.trim());
  return match ? `${match[1]}.${match[2]}` : undefined;
}

/**
 * The container a reference attribute points to: the address when it names a resource of the expected
 * type in the configuration, otherwise the literal id (or the unresolved expression) as written.
 */
export function terraformContainer(raw: unknown, type: string, addresses: ReadonlySet<string>): string {
  const address = referencedAddress(raw);
  if (address && address.startsWith(`${type}.`) && addresses.has(address)) return address;
  return typeof raw === 'string' ? raw : `unresolved ${JSON.stringify(raw)}`;
}

/** The first block of a nested block written as an object or a one-element list. */
export function nestedBlock(raw: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(raw)) return asObject(raw[0]);
  return asObject(raw);
}

/**
 * Reads an IBM rule's protocol and where its port fields are: the flat `protocol` attribute
 * (provider 1.87.0 and later) or the deprecated nested `tcp {}`, `udp {}`, `icmp {}` blocks.
 * @param whenAbsent protocol meaning of a rule without protocol fields
 */
export function ibmProtocol(
  rule: Record<string, unknown>,
  tcpNames: readonly string[],
  whenAbsent: string,
): { tcp: TcpCoverage; text: string; ports: Record<string, unknown> } {
  if (rule.protocol !== undefined) {
    if (isReference(rule.protocol) || typeof rule.protocol !== 'string')
      return { tcp: TcpCoverage.UNKNOWN, text: String(rule.protocol), ports: rule };
    const text = rule.protocol.toLowerCase();
    return { tcp: tcpNames.includes(text) ? TcpCoverage.TCP : TcpCoverage.NOT_TCP, text, ports: rule };
  }
  const tcpBlock = nestedBlock(rule.tcp);
  if (tcpBlock) return { tcp: TcpCoverage.TCP, text: 'tcp', ports: tcpBlock };
  for (const name of ['udp', 'icmp']) {
    if (rule[name] !== undefined) return { tcp: TcpCoverage.NOT_TCP, text: name, ports: {} };
  }
  return { tcp: tcpNames.includes(whenAbsent) ? TcpCoverage.TCP : TcpCoverage.NOT_TCP, text: whenAbsent, ports: {} };
}
