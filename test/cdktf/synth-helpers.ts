import { App, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { BackupAgentConnectivity, BackupAgentConnectivityProps } from '../../lib/cdktf';

/** A synthesized resource body. */
export type ResourceBody = Record<string, unknown>;

/** Synthesized Terraform JSON of a stack. */
export interface SynthesizedStack {
  readonly resource?: Record<string, Record<string, ResourceBody>>;
  readonly terraform?: { required_providers?: Record<string, { source?: string; version?: string }> };
  readonly provider?: Record<string, unknown[]>;
}

/** A fresh app and stack. */
export function newStack(id = 'test-stack'): { app: App; stack: TerraformStack } {
  const app = Testing.app();
  return { app, stack: new TerraformStack(app, id) };
}

/** A stack holding one construct with these props. */
export function stackWith(props: BackupAgentConnectivityProps, id = 'Backup'): { stack: TerraformStack; construct: BackupAgentConnectivity } {
  const { stack } = newStack();
  return { stack, construct: new BackupAgentConnectivity(stack, id, props) };
}

/** `Testing.synth` output, parsed (cdktf's `//` comments stripped). */
export function synth(stack: TerraformStack): SynthesizedStack {
  return JSON.parse(Testing.synth(stack)) as SynthesizedStack;
}

/** The full Terraform JSON as written to `cdk.tf.json`, `//` comments included. */
export function synthWithComments(stack: TerraformStack): SynthesizedStack & { '//'?: unknown } {
  return JSON.parse(JSON.stringify(stack.toTerraform())) as SynthesizedStack;
}

/** The bodies of every resource of one type, by logical id. */
export function resourcesOf(json: SynthesizedStack, type: string): Record<string, ResourceBody> {
  return json.resource?.[type] ?? {};
}

/** The bodies of every resource of one type, as a list. */
export function bodiesOf(json: SynthesizedStack, type: string): ResourceBody[] {
  return Object.values(resourcesOf(json, type));
}

/** Warning messages annotated on a construct and its children. */
export function warningsOf(scope: Construct): string[] {
  return scope.node
    .findAll()
    .flatMap((c) => c.node.metadata)
    .filter((m) => m.type === '@cdktf/warn')
    .map((m) => String(m.data));
}

/** Sorts a list of plain records by their JSON text, to compare sets. */
export function sortedByJson<T>(items: T[]): T[] {
  return [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
