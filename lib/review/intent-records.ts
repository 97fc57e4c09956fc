import { ConnectivityIntent, ConnectivityIntentRecord } from '../core/intent';
import { ArtifactKind, asObject, SynthesizedArtifact } from './artifact';

/** An intent record found in synthesized output, with the resources of its construct. */
export interface FoundIntent {
  /** The record. */
  readonly record: ConnectivityIntentRecord;
  /** Logical ids or Terraform addresses of the resources that carry it or a reference to it, in artifact order. */
  readonly resources: string[];
}

/** Intent references found in synthesized output whose construct has no intent record there. */
export interface ReferenceWithoutRecord {
  /** The construct path the references name. */
  readonly constructPath: string;
  /** Logical ids or Terraform addresses of the resources that carry them, in artifact order. */
  readonly resources: string[];
}

/** Every resource of an artifact: its logical id or Terraform address, type and body, in artifact order. */
export function artifactResources(artifact: SynthesizedArtifact): Array<{ id: string; type: string; body: Record<string, unknown> }> {
  const result: Array<{ id: string; type: string; body: Record<string, unknown> }> = [];
  if (artifact.kind === ArtifactKind.CLOUDFORMATION) {
    for (const [id, raw] of Object.entries(asObject(artifact.document.Resources) ?? {})) {
      const body = asObject(raw);
      if (body && typeof body.Type === 'string') result.push({ id, type: body.Type, body });
    }
  } else {
    for (const [type, byName] of Object.entries(asObject(artifact.document.resource) ?? {})) {
      for (const [name, raw] of Object.entries(asObject(byName) ?? {})) {
        const body = asObject(raw);
        if (body) result.push({ id: `${type}.${name}`, type, body });
      }
    }
  }
  return result;
}

/**
 * The value a resource carries under the intent key: CloudFormation `Metadata.BackupAgentConnectivity`
 * or Terraform `"//": { "BackupAgentConnectivity": ... }`.
 */
function intentValue(artifact: SynthesizedArtifact, body: Record<string, unknown>): unknown {
  const holder = artifact.kind === ArtifactKind.CLOUDFORMATION ? body.Metadata : body['//'];
  return asObject(holder)?.[ConnectivityIntent.METADATA_KEY];
}

/**
 * The path of the construct a resource belongs to, from the intent record or the reference it
 * carries; undefined when it carries neither.
 */
export function resourceIntentPath(artifact: SynthesizedArtifact, body: Record<string, unknown>): string | undefined {
  return ConnectivityIntent.constructPathOf(intentValue(artifact, body));
}

/** A resource carrying an intent record or reference: its id, its construct path and, for a full record, the record and its JSON text. */
interface IntentCarrier {
  readonly id: string;
  readonly constructPath: string;
  readonly record?: ConnectivityIntentRecord;
  readonly recordKey?: string;
}

/** The resources of an artifact that carry an intent record or reference, in artifact order. */
function intentCarriers(artifact: SynthesizedArtifact): IntentCarrier[] {
  const carriers: IntentCarrier[] = [];
  for (const resource of artifactResources(artifact)) {
    const value = intentValue(artifact, resource.body);
    const constructPath = ConnectivityIntent.constructPathOf(value);
    if (constructPath === undefined) continue;
    const record = ConnectivityIntent.parse(value);
    carriers.push({ id: resource.id, constructPath, record, recordKey: record && JSON.stringify(record) });
  }
  return carriers;
}

/** The carriers of each construct path, in order of first appearance. */
function byConstructPath(carriers: readonly IntentCarrier[]): Map<string, IntentCarrier[]> {
  const grouped = new Map<string, IntentCarrier[]>();
  for (const carrier of carriers) {
    const group = grouped.get(carrier.constructPath);
    if (group) group.push(carrier);
    else grouped.set(carrier.constructPath, [carrier]);
  }
  return grouped;
}

/**
 * Every distinct intent record in an artifact, in order of first appearance, each with the
 * resources that carry it or a reference to its construct. Records with the same construct path
 * and content are merged.
 */
export function findIntentRecords(artifact: SynthesizedArtifact): FoundIntent[] {
  const carriers = intentCarriers(artifact);
  const grouped = byConstructPath(carriers);
  const records = new Map<string, ConnectivityIntentRecord>();
  for (const { record, recordKey } of carriers) if (record && recordKey && !records.has(recordKey)) records.set(recordKey, record);
  return [...records.entries()].map(([key, record]) => ({
    record,
    resources: grouped
      .get(record.constructPath)!
      .filter((c) => c.recordKey === undefined || c.recordKey === key)
      .map((c) => c.id),
  }));
}

/** The intent references of an artifact whose construct has no intent record in it, by construct path in order of first appearance. */
export function findReferencesWithoutRecord(artifact: SynthesizedArtifact): ReferenceWithoutRecord[] {
  return [...byConstructPath(intentCarriers(artifact)).entries()]
    .filter(([, carriers]) => carriers.every((c) => c.record === undefined))
    .map(([constructPath, carriers]) => ({ constructPath, resources: carriers.map((c) => c.id) }));
}
