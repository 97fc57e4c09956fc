import { isIP } from 'node:net';
import type { CtyType } from './types';

/**
 * True for strings holding a Terraform template interpolation (`${...}`), as cdktf emits for
 * references and tokens; such values are unknown until apply and satisfy any type.
 */
export function isReference(value: unknown): value is string {
  return typeof value === 'string' && value.includes('${');
}

/** True for a plain JSON object (not null, not an array). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for an IPv4/IPv6 address or a CIDR block, as Go's net.ParseIP / net.ParseCIDR accept them. */
export function isIpOrCidr(value: string): boolean {
  if (isIP(value) !== 0) return true;
  const slash = value.indexOf('/');
  if (slash < 0) return false;
  const address = value.slice(0, slash);
  const bits = value.slice(slash + 1);
  const family = isIP(address);
  if (family === 0 || !/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

/** Human-readable form of a cty type, e.g. `set of string`. */
export function describeType(type: CtyType): string {
  if (typeof type === 'string') return type;
  const [kind, inner] = type;
  if (kind === 'object') return 'object';
  return `${kind} of ${describeType(inner as CtyType)}`;
}

/**
 * Checks a known value against a cty type and returns the path suffixes (`''`, `[0]`, `.key`) of
 * the parts that do not conform. References (`${...}`) anywhere conform.
 */
export function typeMismatches(type: CtyType, value: unknown, at = ''): string[] {
  if (isReference(value) || type === 'dynamic') return [];
  if (typeof type === 'string') {
    if (type === 'string') return typeof value === 'string' ? [] : [at];
    if (type === 'number') return typeof value === 'number' && Number.isFinite(value) ? [] : [at];
    if (type === 'bool') return typeof value === 'boolean' ? [] : [at];
    return [];
  }
  const [kind, inner] = type;
  if (kind === 'list' || kind === 'set') {
    if (!Array.isArray(value)) return [at];
    return value.flatMap((item, i) => typeMismatches(inner as CtyType, item, `${at}[${i}]`));
  }
  if (kind === 'map') {
    if (!isPlainObject(value)) return [at];
    return Object.entries(value).flatMap(([k, v]) => typeMismatches(inner as CtyType, v, `${at}.${k}`));
  }
  if (kind === 'object') {
    if (!isPlainObject(value)) return [at];
    const fields = inner as Record<string, CtyType>;
    return Object.entries(value).flatMap(([k, v]) => (fields[k] ? typeMismatches(fields[k], v, `${at}.${k}`) : [`${at}.${k}`]));
  }
  return [];
}
