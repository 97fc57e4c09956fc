import { IbmProviderSchema, planResourceChecks, validateProviderConfig, validateResourceConfig } from '../ibm-schema';
import type { OfflineProviderOptions } from './provider-server';

/**
 * What the offline provider serves by default: the committed schema of one IBM provider release
 * (through {@link IbmProviderSchema.load}), the package's IBM configuration validator for it and its
 * plan-time checks.
 * @param release a committed release; @default - the newest
 */
export function defaultProviderOptions(release?: string): OfflineProviderOptions {
  const schema = IbmProviderSchema.load(release);
  return {
    schema: schema.file,
    validator: {
      validateResourceConfig: (resourceType, config) => validateResourceConfig(resourceType, config, schema),
      validateProviderConfig: (config) => validateProviderConfig(config, schema),
      planResourceCreate: (resourceType, config) => planResourceChecks(resourceType, config, schema),
    },
  };
}
