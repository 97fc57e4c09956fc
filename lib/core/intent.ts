import { Emit } from './enums';
import { AgentPorts, ConnectivityOptions, ResolvedConnectivityOptions } from './options';
import { ConnectivityPolicy } from './policy';

/**
 * The configuration a construct was synthesized from, recorded in its output (CloudFormation
 * `Metadata`, Terraform `//` comments) so that a review can check a template, even one edited by
 * hand, against the intent it was generated from.
 */
export interface ConnectivityIntentRecord {
  /** Identifies the record format. */
  readonly format: string;
  /** Path of the construct that emitted the resource. */
  readonly constructPath: string;
  /** The platform rendered: `aws`, `ibm-vpc` or `ibm-classic`. */
  readonly platform: string;
  /** What the construct emitted. */
  readonly emit: Emit;
  /**
   * The resolved options: target, mode and edition always, the others only where they differ from
   * their defaults (no list is empty, no flag is false), so that the record stays small.
   */
  readonly options: ConnectivityOptions;
}

/**
 * What a construct's other resources carry instead of its full record: the construct path alone,
 * which ties the resource to the construct whose full record is on another resource of the same
 * output.
 */
export interface ConnectivityIntentReference {
  /** Identifies the reference format. */
  readonly format: string;
  /** Path of the construct that emitted the resource. */
  readonly constructPath: string;
}

/** The resolved options without empty lists, false flags and the default management port. */
function significantOptions(options: ResolvedConnectivityOptions): ConnectivityOptions {
  const significant: Record<string, unknown> = { target: options.target, mode: options.mode, edition: options.edition };
  if (options.managementPort !== AgentPorts.MANAGEMENT) significant.managementPort = options.managementPort;
  for (const [name, value] of Object.entries(options)) {
    if ((Array.isArray(value) && value.length > 0) || value === true) significant[name] = value;
  }
  return significant as ConnectivityOptions;
}

/** Writes and reads intent records. */
export class ConnectivityIntent {
  /** Key of the record in CloudFormation `Metadata` and in Terraform's `//` comment object. */
  public static readonly METADATA_KEY = 'BackupAgentConnectivity';
  /** Value of the record's `format` field. */
  public static readonly FORMAT = 'backup-agent-connectivity/intent@1';
  /** Value of a reference's `format` field. */
  public static readonly REFERENCE_FORMAT = 'backup-agent-connectivity/intent-ref@1';

  /**
   * The record of a resolved policy.
   * @param policy the policy the construct rendered
   * @param constructPath the construct's path
   * @param platform `aws`, `ibm-vpc` or `ibm-classic`
   * @param emit what the construct emitted
   */
  public static record(policy: ConnectivityPolicy, constructPath: string, platform: string, emit: Emit): ConnectivityIntentRecord {
    return { format: ConnectivityIntent.FORMAT, constructPath, platform, emit, options: significantOptions(policy.options) };
  }

  /**
   * The reference that a construct's resources carry, except the one that carries its full record.
   * @param constructPath the construct's path
   */
  public static reference(constructPath: string): ConnectivityIntentReference {
    return { format: ConnectivityIntent.REFERENCE_FORMAT, constructPath };
  }

  /**
   * The construct path of a full record or of a reference found in synthesized output; undefined
   * when the value is neither.
   * @param value a parsed JSON value
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed JSON value: jsii's opaque JSON type in the public API
  public static constructPathOf(value: any): string | undefined {
    const record = ConnectivityIntent.parse(value);
    if (record) return record.constructPath;
    if (typeof value !== 'object' || value === null) return undefined;
    const reference = value as Partial<ConnectivityIntentReference>;
    return reference.format === ConnectivityIntent.REFERENCE_FORMAT && typeof reference.constructPath === 'string'
      ? reference.constructPath
      : undefined;
  }

  /**
   * Reads a full record found in synthesized output; returns undefined when the value is not one
   * (references included).
   * @param value a parsed JSON value
   */
  public static parse(value: unknown): ConnectivityIntentRecord | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    const record = value as Partial<ConnectivityIntentRecord>;
    if (record.format !== ConnectivityIntent.FORMAT || typeof record.constructPath !== 'string' || typeof record.options !== 'object') {
      return undefined;
    }
    return record as ConnectivityIntentRecord;
  }

  /**
   * The policy a record describes, recomputed from its options.
   * @param record an intent record
   */
  public static policyOf(record: ConnectivityIntentRecord): ConnectivityPolicy {
    return ConnectivityPolicy.resolve(record.options, record.constructPath);
  }

  private constructor() {}
}
