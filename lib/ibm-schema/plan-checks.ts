import { IbmProviderSchema } from './provider-schema';
import type { PlanCheck, SchemaDiagnostic } from './types';
import { isPlainObject, isReference } from './values';

/** `ResourceDiff.GetOk`: a configured, known, non-zero value (an unknown one does not count). */
function getOk(config: Record<string, unknown>, key: string): boolean {
  const value = config[key];
  if (value === undefined || value === null || isReference(value)) return false;
  if (value === 0 || value === '' || value === false) return false;
  return !(Array.isArray(value) && value.length === 0);
}

function conflictMessage(attribute: string, protocol: string): string {
  if (attribute === 'type') return `attribute 'type' conflicts with protocol ${protocol}; 'type' is only valid for icmp protocol`;
  if (attribute === 'code') return `attribute 'code' conflicts with protocol ${JSON.stringify(protocol)}; 'code' is only valid for icmp protocol`;
  return `attribute '${attribute}' conflicts with protocol ${protocol}; ports apply only to tcp/udp protocol`;
}

function runCheck(type: string, check: PlanCheck, config: Record<string, unknown>): SchemaDiagnostic[] {
  if (check.api_when_set !== undefined && config[check.api_when_set] !== undefined && config[check.api_when_set] !== null) {
    return [
      {
        resourceType: type,
        attribute: check.api_when_set,
        severity: 'warning',
        summary: 'Not decided offline',
        detail: `${check.function} (${check.from.join(', ')}) checks "${check.api_when_set}" against the account through the IBM Cloud API when the plan is made; the offline provider cannot.`,
      },
    ];
  }
  const protocolValue = config.protocol;
  const protocol = typeof protocolValue === 'string' && !isReference(protocolValue) ? protocolValue : '';
  for (const rule of check.protocol_only ?? []) {
    if (getOk(config, rule.attribute) && !rule.protocols.includes(protocol)) {
      // The function returns its first error.
      return [
        {
          resourceType: type,
          attribute: rule.attribute,
          severity: 'error',
          summary: conflictMessage(rule.attribute, protocol),
          detail: `${check.function} (${check.from.join(', ')}), run by CustomizeDiff at plan.`,
        },
      ];
    }
  }
  return [];
}

/**
 * What the `CustomizeDiff` functions of a committed release report when the resource is created
 * (the offline plan always starts from an empty state): errors the real provider's plan fails
 * with, and warnings for checks that need the IBM Cloud API.
 * @param schema @default - the newest committed release
 */
export function planResourceChecks(type: string, config: unknown, schema: IbmProviderSchema = IbmProviderSchema.load()): SchemaDiagnostic[] {
  if (!isPlainObject(config)) return [];
  return (schema.file.plan_checks?.[type] ?? []).flatMap((check) => runCheck(type, check, config));
}
