import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { basename, join } from 'path';
import { asObject, ArtifactKind, SynthesizedArtifact } from './artifact';

/** A synthesized stack found on disk. */
export interface DiscoveredStack {
  /** The stack's name (CDK display name, cdktf stack name, or the file name). */
  readonly name: string;
  /** Path of its template or `cdk.tf.json`. */
  readonly path: string;
  /** CloudFormation or Terraform, as the kind's value. */
  readonly kind: `${ArtifactKind}`;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read '${path}' as JSON: ${(error as Error).message}`);
  }
}

/** Stacks of a CDK cloud assembly (`cdk.out`), following nested assemblies (stages). */
function cloudAssemblyStacks(dir: string, manifest: Record<string, unknown>): DiscoveredStack[] {
  const stacks: DiscoveredStack[] = [];
  for (const [id, raw] of Object.entries(asObject(manifest.artifacts) ?? {})) {
    const artifact = asObject(raw) ?? {};
    const props = asObject(artifact.properties) ?? {};
    if (artifact.type === 'aws:cloudformation:stack' && typeof props.templateFile === 'string') {
      const name = typeof artifact.displayName === 'string' ? artifact.displayName : typeof props.stackName === 'string' ? props.stackName : id;
      stacks.push({ name, path: join(dir, props.templateFile), kind: 'cloudformation' });
    } else if (artifact.type === 'cdk:cloud-assembly' && typeof props.directoryName === 'string') {
      const nested = join(dir, props.directoryName);
      const nestedManifest = asObject(readJson(join(nested, 'manifest.json'))) ?? {};
      stacks.push(...cloudAssemblyStacks(nested, nestedManifest));
    }
  }
  return stacks;
}

/** Stacks of a cdktf output directory: from `manifest.json`, else `stacks/<name>/cdk.tf.json`. */
function cdktfStacks(dir: string, manifest: Record<string, unknown> | undefined): DiscoveredStack[] {
  const fromManifest = Object.entries(asObject(manifest?.stacks) ?? {}).flatMap(([name, raw]) => {
    const path = asObject(raw)?.synthesizedStackPath;
    return typeof path === 'string' ? [{ name, path: join(dir, path), kind: 'terraform' as const }] : [];
  });
  if (fromManifest.length > 0) return fromManifest;
  const stacksDir = join(dir, 'stacks');
  if (!existsSync(stacksDir)) return [];
  return readdirSync(stacksDir)
    .sort()
    .filter((name) => existsSync(join(stacksDir, name, 'cdk.tf.json')))
    .map((name) => ({ name, path: join(stacksDir, name, 'cdk.tf.json'), kind: 'terraform' as const }));
}

/**
 * Finds every synthesized stack under a path: a CDK `cdk.out` directory (its `manifest.json`
 * artifacts of type `aws:cloudformation:stack`), a cdktf output directory (`manifest.json` stacks,
 * or `stacks/<name>/cdk.tf.json`), or a single CloudFormation or Terraform JSON file.
 * @param target a directory or a JSON file
 * @throws Error when the path does not exist or holds no stack
 */
export function discoverStacks(target: string): DiscoveredStack[] {
  if (!existsSync(target)) throw new Error(`'${target}' does not exist`);
  if (statSync(target).isFile()) {
    const artifact = SynthesizedArtifact.fromObject(readJson(target), target);
    return [{ name: basename(target), path: target, kind: artifact.kind }];
  }
  const manifestPath = join(target, 'manifest.json');
  const manifest = existsSync(manifestPath) ? asObject(readJson(manifestPath)) : undefined;
  const stacks = manifest && 'artifacts' in manifest ? cloudAssemblyStacks(target, manifest) : cdktfStacks(target, manifest);
  if (stacks.length === 0) {
    throw new Error(
      `No stack found in '${target}': expected a cdk.out (manifest.json artifacts), a cdktf output (manifest.json stacks or stacks/*/cdk.tf.json) or a JSON file`,
    );
  }
  return stacks;
}
