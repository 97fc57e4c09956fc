import { Emit } from './enums';
import { ConnectivityOptions, ResolvedConnectivityOptions } from './options';
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
  /** The resolved options. */
  readonly options: ResolvedConnectivityOptions;
}

/** Writes and reads intent records. */
export class ConnectivityIntent {
  /** Key of the record in CloudFormation `Metadata` and in Terraform's `//` comment object. */
  public static readonly METADATA_KEY = 'BackupAgentConnectivity';
  /** Value of the record's `format` field. */
  public static readonly FORMAT = 'backup-agent-connectivity/intent@1';

  /**
   * The record of a resolved policy.
   * @param policy the policy the construct rendered
   * @param constructPath the construct's path
   * @param platform `aws`, `ibm-vpc` or `ibm-classic`
   * @param emit what the construct emitted
   */
  public static record(policy: ConnectivityPolicy, constructPath: string, platform: string, emit: Emit): ConnectivityIntentRecord {
    return { format: ConnectivityIntent.FORMAT, constructPath, platform, emit, options: policy.options };
  }

  /**
   * Reads a record found in synthesized output; returns undefined when the value is not one.
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
    return ConnectivityPolicy.resolve(record.options as ConnectivityOptions, record.constructPath);
  }

  private constructor() {}
}
