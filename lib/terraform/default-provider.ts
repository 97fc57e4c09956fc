import { IbmProviderSchema, validateProviderConfig, validateResourceConfig } from '../ibm-schema';
import type { OfflineProviderOptions } from './provider-server';

/**
 * What the offline provider serves by default: the committed `schema/ibm-provider-schema.json`
 * (through {@link IbmProviderSchema.load}) and the package's IBM configuration validator.
 */
export function defaultProviderOptions(): OfflineProviderOptions {
  const schema = IbmProviderSchema.load();
  return {
    schema: schema.file,
    validator: {
      validateResourceConfig: (resourceType, config) => validateResourceConfig(resourceType, config, schema),
      validateProviderConfig: (config) => validateProviderConfig(config, schema),
    },
  };
}
