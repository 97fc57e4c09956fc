import { ConnectivityIntent, ConnectivityIntentRecord } from '../core/intent';
import { ArtifactKind, asObject, SynthesizedArtifact } from './artifact';

/** An intent record found in synthesized output, with the resources that carry it. */
export interface FoundIntent {
  /** The record. */
  readonly record: ConnectivityIntentRecord;
  /** Logical ids or Terraform addresses of the resources that carry it, in artifact order. */
  readonly resources: string[];
}

/** The intent record on a CloudFormation resource (`Metadata.BackupAgentConnectivity`), if any. */
export function cloudFormationIntent(resource: Record<string, unknown>): ConnectivityIntentRecord | undefined {
  return ConnectivityIntent.parse(asObject(resource.Metadata)?.[ConnectivityIntent.METADATA_KEY]);
}

/** The intent record on a Terraform resource (`"//": { "BackupAgentConnectivity": ... }`), if any. */
export function terraformIntent(resource: Record<string, unknown>): ConnectivityIntentRecord | undefined {
  return ConnectivityIntent.parse(asObject(resource['//'])?.[ConnectivityIntent.METADATA_KEY]);
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

/** The intent record carried by a resource of the artifact, if any. */
export function resourceIntent(artifact: SynthesizedArtifact, body: Record<string, unknown>): ConnectivityIntentRecord | undefined {
  return artifact.kind === ArtifactKind.CLOUDFORMATION ? cloudFormationIntent(body) : terraformIntent(body);
}

/**
 * Every distinct intent record in an artifact, in order of first appearance. Records with the same
 * construct path and content are merged.
 */
export function findIntentRecords(artifact: SynthesizedArtifact): FoundIntent[] {
  const found = new Map<string, { record: ConnectivityIntentRecord; resources: string[] }>();
  for (const resource of artifactResources(artifact)) {
    const record = resourceIntent(artifact, resource.body);
    if (!record) continue;
    const key = JSON.stringify(record);
    const entry = found.get(key) ?? { record, resources: [] };
    entry.resources.push(resource.id);
    found.set(key, entry);
  }
  return [...found.values()];
}
