import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { findPackageFile } from '../ibm-schema/locate';

/** Package-relative location of the plugin protocol 6 definitions served by the offline provider. */
export const PROTOCOL_FILE = 'schema/tfplugin6.proto';

const cache = new Map<string, grpc.ServiceDefinition>();

/**
 * Loads `schema/tfplugin6.proto` and returns the `tfplugin6.Provider` service definition.
 * Field names keep their snake_case spelling, 64-bit integers become JS numbers, enums stay
 * numeric and `oneof` members are reported by name, so handlers see the wire values unchanged.
 */
export function loadProviderService(protoFile: string = findPackageFile(PROTOCOL_FILE)): grpc.ServiceDefinition {
  const known = cache.get(protoFile);
  if (known) {
    return known;
  }
  const definition = protoLoader.loadSync(protoFile, {
    keepCase: true,
    longs: Number,
    enums: Number,
    defaults: true,
    oneofs: true,
  });
  const loaded = grpc.loadPackageDefinition(definition) as unknown as {
    tfplugin6: { Provider: grpc.ServiceClientConstructor };
  };
  const service = loaded.tfplugin6.Provider.service;
  cache.set(protoFile, service);
  return service;
}
