import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { PlainValue, toValidatorInput } from './config-view';
import { errorDiagnostic, ProtoDiagnostic, SEVERITY_ERROR, toProtoDiagnostic, ValidationDiagnostic } from './diagnostics';
import { decodeTerraformValue, encodeTerraformValue, TerraformValue } from './msgpack-values';
import { planNewState } from './planned-state';
import { loadProviderService } from './proto';
import { toProviderSchemaResponse } from './proto-schema';
import { IBM_PROVIDER_SOURCE } from '../ibm-schema/build-schema';
import { ProviderSchemaDocument, ProviderSchemaJson } from '../ibm-schema/schema-json';

/** Registry address under which Terraform looks the offline provider up (as in `required_providers`). */
export const REATTACH_PROVIDER_ADDRESS = `registry.terraform.io/${IBM_PROVIDER_SOURCE}`;

/** Returns the IBM provider's entry (address ending in `/ibm`, any case) of a schema document. */
export function ibmProviderEntry(document: ProviderSchemaDocument): ProviderSchemaJson {
  const key = Object.keys(document.provider_schemas).find((address) => /(^|\/)ibm$/i.test(address));
  if (key === undefined) {
    throw new Error('the schema document has no IBM provider entry under "provider_schemas"');
  }
  return document.provider_schemas[key];
}

/** Checks configurations the way the real provider's validators would, reporting diagnostics. */
export interface OfflineProviderValidator {
  /** Validates the configuration of one managed resource of `resourceType`. */
  validateResourceConfig(resourceType: string, config: PlainValue): readonly ValidationDiagnostic[];
  /** Validates the `provider "ibm"` configuration. */
  validateProviderConfig(config: PlainValue): readonly ValidationDiagnostic[];
  /**
   * Checks a resource to be created the way the provider's plan-time (`CustomizeDiff`) checks do;
   * an error diagnostic fails the plan.
   * @default - no plan-time checks
   */
  planResourceCreate?(resourceType: string, config: PlainValue): readonly ValidationDiagnostic[];
}

/** What the offline provider serves. */
export interface OfflineProviderOptions {
  /** Provider schema document (`terraform providers schema -json` format). */
  readonly schema: ProviderSchemaDocument;
  /** Validator called by ValidateResourceConfig and ValidateProviderConfig. */
  readonly validator: OfflineProviderValidator;
  /** Path of `tfplugin6.proto`; default: the package's `schema/tfplugin6.proto`. */
  readonly protoFile?: string;
}

/** A running offline provider listening on a unix socket in a private directory. */
export interface OfflineProvider {
  /** Unix socket path the gRPC server listens on. */
  readonly socketPath: string;
  /** Private (mode 0700) directory holding the socket; removed by {@link OfflineProvider.stop}. */
  readonly directory: string;
  /** A fresh `TF_REATTACH_PROVIDERS` value naming this provider, `pid` being a live process id. */
  reattachValue(pid?: number): string;
  /** Stops the server and removes the private directory. Safe to call more than once. */
  stop(): Promise<void>;
}

interface DynamicValue {
  msgpack?: Buffer | null;
  json?: Buffer | null;
}

type Diagnostics = { diagnostics: ProtoDiagnostic[] };

const NOT_SUPPORTED_DETAIL =
  'The offline IBM provider only serves the schema and validation for "terraform validate" and "terraform plan". ' +
  'Use the real IBM-Cloud/ibm provider to apply, import or read data.';

function decodeDynamic(value: DynamicValue | null | undefined): TerraformValue {
  if (value?.msgpack && value.msgpack.length > 0) {
    return decodeTerraformValue(value.msgpack);
  }
  if (value?.json && value.json.length > 0) {
    return JSON.parse(value.json.toString('utf8')) as TerraformValue;
  }
  return null;
}

function encodeDynamic(value: TerraformValue): DynamicValue {
  return { msgpack: Buffer.from(encodeTerraformValue(value)) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Wraps a handler so that a throw becomes an error diagnostic instead of a crash or gRPC error. */
function unary<Request, Response>(
  rpc: string,
  handler: (request: Request) => Response,
  onError: (diagnostic: ProtoDiagnostic) => Response,
): grpc.handleUnaryCall<Request, Response> {
  return (call, callback) => {
    let response: Response;
    try {
      response = handler(call.request);
    } catch (error) {
      response = onError(errorDiagnostic(`The offline IBM provider could not handle ${rpc}`, messageOf(error)));
    }
    callback(null, response);
  };
}

function diagnosticsOnly(diagnostic: ProtoDiagnostic): Diagnostics {
  return { diagnostics: [diagnostic] };
}

function notSupported(rpc: string): (request: unknown) => Diagnostics {
  return () => ({ diagnostics: [errorDiagnostic(`${rpc} is not supported by the offline provider`, NOT_SUPPORTED_DETAIL)] });
}

/** Builds the handlers of every RPC in the `tfplugin6.Provider` service. */
export function providerHandlers(options: OfflineProviderOptions): grpc.UntypedServiceImplementation {
  const provider: ProviderSchemaJson = ibmProviderEntry(options.schema);
  const schemaResponse = toProviderSchemaResponse(provider);
  const resources = provider.resource_schemas ?? {};
  const capabilities = { plan_destroy: false, get_provider_schema_optional: false, move_resource_state: false };

  const resourceBlock = (typeName: string) => {
    const schema = resources[typeName];
    if (schema === undefined) {
      throw new Error(`resource type ${JSON.stringify(typeName)} is not in the IBM provider schema`);
    }
    return schema.block ?? {};
  };
  const validate = (run: () => readonly ValidationDiagnostic[]): Diagnostics => ({ diagnostics: run().map(toProtoDiagnostic) });

  return {
    GetMetadata: unary(
      'GetMetadata',
      () => ({
        server_capabilities: capabilities,
        diagnostics: [],
        data_sources: Object.keys(provider.data_source_schemas ?? {}).map((type_name) => ({ type_name })),
        resources: Object.keys(resources).map((type_name) => ({ type_name })),
      }),
      diagnosticsOnly,
    ),
    GetProviderSchema: unary('GetProviderSchema', () => ({ ...schemaResponse, diagnostics: [], server_capabilities: capabilities }), diagnosticsOnly),
    ValidateProviderConfig: unary(
      'ValidateProviderConfig',
      (request: { config?: DynamicValue }) =>
        validate(() => options.validator.validateProviderConfig(toValidatorInput(decodeDynamic(request.config)))),
      diagnosticsOnly,
    ),
    ValidateResourceConfig: unary(
      'ValidateResourceConfig',
      (request: { type_name: string; config?: DynamicValue }) => {
        resourceBlock(request.type_name);
        const config = toValidatorInput(decodeDynamic(request.config));
        return validate(() => options.validator.validateResourceConfig(request.type_name, config));
      },
      diagnosticsOnly,
    ),
    ValidateDataResourceConfig: unary(
      'ValidateDataResourceConfig',
      (request: { type_name: string }) =>
        diagnosticsOnly(
          errorDiagnostic(`data source ${JSON.stringify(request.type_name)} is not supported by the offline provider`, NOT_SUPPORTED_DETAIL),
        ),
      diagnosticsOnly,
    ),
    UpgradeResourceState: unary(
      'UpgradeResourceState',
      (request: { type_name: string; raw_state?: { json?: Buffer | null; flatmap?: Record<string, string> } }) => {
        resourceBlock(request.type_name);
        const json = request.raw_state?.json;
        if (!json || json.length === 0) {
          return diagnosticsOnly(
            errorDiagnostic(
              'The offline provider cannot upgrade state without JSON',
              'Legacy flatmap state is not supported by the offline provider.',
            ),
          );
        }
        return { upgraded_state: { json }, diagnostics: [] };
      },
      diagnosticsOnly,
    ),
    ConfigureProvider: unary('ConfigureProvider', () => ({ diagnostics: [] }), diagnosticsOnly),
    ReadResource: unary(
      'ReadResource',
      (request: { current_state?: DynamicValue; private?: Buffer }) => ({
        new_state: request.current_state,
        private: request.private,
        diagnostics: [],
      }),
      diagnosticsOnly,
    ),
    PlanResourceChange: unary(
      'PlanResourceChange',
      (request: {
        type_name: string;
        prior_state?: DynamicValue;
        proposed_new_state?: DynamicValue;
        config?: DynamicValue;
        prior_private?: Buffer;
      }) => {
        const block = resourceBlock(request.type_name);
        const proposed = decodeDynamic(request.proposed_new_state);
        if (proposed === null) {
          return { planned_state: encodeDynamic(null), planned_private: request.prior_private, requires_replace: [], diagnostics: [] };
        }
        const config = decodeDynamic(request.config);
        const creating = decodeDynamic(request.prior_state) === null;
        const checks =
          creating && options.validator.planResourceCreate
            ? options.validator.planResourceCreate(request.type_name, toValidatorInput(config)).map(toProtoDiagnostic)
            : [];
        if (checks.some((d) => d.severity === SEVERITY_ERROR)) return { diagnostics: checks };
        const planned = planNewState(block, config, proposed);
        return { planned_state: encodeDynamic(planned), planned_private: request.prior_private, requires_replace: [], diagnostics: checks };
      },
      diagnosticsOnly,
    ),
    ApplyResourceChange: unary('ApplyResourceChange', notSupported('ApplyResourceChange'), diagnosticsOnly),
    ImportResourceState: unary('ImportResourceState', notSupported('ImportResourceState'), diagnosticsOnly),
    MoveResourceState: unary('MoveResourceState', notSupported('MoveResourceState'), diagnosticsOnly),
    ReadDataSource: unary('ReadDataSource', notSupported('ReadDataSource'), diagnosticsOnly),
    GetFunctions: unary('GetFunctions', () => ({ diagnostics: [] }), diagnosticsOnly),
    StopProvider: unary(
      'StopProvider',
      () => ({ Error: '' }),
      (diagnostic) => ({ Error: diagnostic.detail }),
    ),
  };
}

/**
 * Starts the offline IBM provider: a `tfplugin6.Provider` gRPC server on a unix socket inside a
 * fresh private temporary directory (mode 0700). The caller must {@link OfflineProvider.stop} it.
 */
export async function startOfflineProvider(options: OfflineProviderOptions): Promise<OfflineProvider> {
  const service = loadProviderService(options.protoFile);
  const handlers = providerHandlers(options);
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-ibm-'));
  fs.chmodSync(directory, 0o700);
  const socketPath = path.join(directory, 'provider.sock');
  const server = new grpc.Server();
  server.addService(service, handlers);
  try {
    await new Promise<void>((resolve, reject) => {
      server.bindAsync(`unix:${socketPath}`, grpc.ServerCredentials.createInsecure(), (error) => (error ? reject(error) : resolve()));
    });
  } catch (error) {
    server.forceShutdown();
    fs.rmSync(directory, { recursive: true, force: true });
    throw error;
  }

  let stopped: Promise<void> | undefined;
  return {
    socketPath,
    directory,
    reattachValue(pid: number = process.pid): string {
      return JSON.stringify({
        [REATTACH_PROVIDER_ADDRESS]: {
          Protocol: 'grpc',
          ProtocolVersion: 6,
          Pid: pid,
          Test: true,
          Addr: { Network: 'unix', String: socketPath },
        },
      });
    },
    stop(): Promise<void> {
      stopped ??= new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.forceShutdown(), 2000);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      }).finally(() => fs.rmSync(directory, { recursive: true, force: true }));
      return stopped;
    },
  };
}
