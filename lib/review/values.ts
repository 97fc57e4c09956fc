import { Ipv4Network, isNetwork, parseCidr } from '../core/ipv4';
import { formatPorts } from '../core/rule';
import { isPlainObject, isReference } from '../ibm-schema/values';
import { PortRange, portRangeContains } from '../core/port-range';

/** A value read from synthesized output: either known, or unresolved with the text that stood there. */
export type Resolved<T> = { readonly known: true; readonly value: T } | { readonly known: false; readonly text: string };

/** The public shape of a resolved value (`ResolvedNetwork`, `ResolvedPortRange`, `ResolvedNumber`). */
export interface ResolvedShape<T> {
  readonly known: boolean;
  readonly value?: T;
  readonly text?: string;
}

/** Every TCP port. */
export const ALL_PORTS: PortRange = { from: 0, to: 65535 };

/** The whole IPv4 address space. */
export const ANY_NETWORK: Ipv4Network = { network: 0, prefix: 0 };

/** A known value. */
export function known<T>(value: T): Resolved<T> {
  return { known: true, value };
}

/** An unresolved value, described by the text found in the artifact. */
export function unresolved<T>(raw: unknown): Resolved<T> {
  return { known: false, text: typeof raw === 'string' ? raw : JSON.stringify(raw) };
}

/** Whether a raw value is a CloudFormation intrinsic function or pseudo reference (`Ref`, `Fn::*`). */
export function isCloudFormationIntrinsic(raw: unknown): boolean {
  if (!isPlainObject(raw)) return false;
  const keys = Object.keys(raw);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}

/** Reads an integer written as a number or a numeric string; anything else is unresolved. */
export function readInteger(raw: unknown): Resolved<number> {
  if (Number.isInteger(raw)) return known(raw as number);
  // Number() ignores the spaces around the digits.
  if (typeof raw === 'string' && /^-?[0-9]+$/.test(raw.trim())) return known(Number(raw));
  return unresolved(raw);
}

/** Reads an IPv4 CIDR or address; references, intrinsics and malformed text are unresolved. */
export function readCidr(raw: unknown): Resolved<Ipv4Network> {
  if (typeof raw !== 'string' || isReference(raw)) return unresolved(raw);
  const parsed = parseCidr(raw);
  if (isNetwork(parsed)) return known(parsed);
  if (parsed.kind === 'host-bits') {
    // Platforms mask host bits; the network the rule covers is the masked one.
    const masked = parseCidr(parsed.suggestion);
    if (isNetwork(masked)) return known(masked);
  }
  return unresolved(raw);
}

/**
 * Reads a port range from two optional raw values. Both absent gives `whenAbsent`; one absent takes
 * the other's value.
 */
export function readPortRange(rawFrom: unknown, rawTo: unknown, whenAbsent: PortRange = ALL_PORTS): Resolved<PortRange> {
  if (rawFrom === undefined && rawTo === undefined) return known(whenAbsent);
  const from = readInteger(rawFrom ?? rawTo);
  const to = readInteger(rawTo ?? rawFrom);
  if (!from.known) return unresolved(from.text);
  if (!to.known) return unresolved(to.text);
  return known({ from: from.value, to: to.value });
}

/** Formats a resolved value for messages. */
export function describeResolved<T>(value: ResolvedShape<T>, format: (v: T) => string): string {
  return value.value !== undefined ? format(value.value) : `unknown (${value.text})`;
}

/** Formats a port range as `8086-8087`, `2548` or `all ports`. */
export function formatPortRange(range: PortRange): string {
  if (portRangeContains(range, ALL_PORTS)) return 'all ports';
  return formatPorts(range.from, range.to);
}
