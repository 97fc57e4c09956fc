import { readFileSync } from 'fs';

/** The kinds of synthesized output the review kit reads. */
export type ArtifactKind = 'cloudformation' | 'terraform';

/** A synthesized CloudFormation template or cdktf `cdk.tf.json`, parsed. */
export class SynthesizedArtifact {
  /**
   * Parses a JSON file, detecting its kind.
   * @param path a CloudFormation template or a Terraform JSON configuration
   * @param name how reports call it; @default the path
   */
  public static fromFile(path: string, name?: string): SynthesizedArtifact {
    let document: unknown;
    try {
      document = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`Cannot read '${path}' as JSON: ${(error as Error).message}`);
    }
    return SynthesizedArtifact.fromObject(document, name ?? path);
  }

  /**
   * Wraps a parsed document, detecting its kind.
   * @param document a parsed CloudFormation template or Terraform JSON configuration
   * @param name how reports call it; @default 'artifact'
   */
  public static fromObject(document: unknown, name: string = 'artifact'): SynthesizedArtifact {
    const kind = detectArtifactKind(document);
    if (!kind) {
      throw new Error(`'${name}' is neither a CloudFormation template (no Resources) nor a Terraform JSON configuration (no resource block)`);
    }
    return new SynthesizedArtifact(kind, document as Record<string, unknown>, name);
  }

  private constructor(
    /** CloudFormation or Terraform. */
    public readonly kind: ArtifactKind,
    /** The parsed document. */
    public readonly document: Record<string, unknown>,
    /** The name used in reports: a stack name or a file path. */
    public readonly name: string,
  ) {}
}

/** What the review functions accept: a loaded artifact, a parsed document, or a path to a JSON file. */
export type ArtifactInput = SynthesizedArtifact | string | object;

/** Tells a CloudFormation template from a Terraform JSON configuration; undefined for anything else. */
export function detectArtifactKind(document: unknown): ArtifactKind | undefined {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return undefined;
  const doc = document as Record<string, unknown>;
  if ('Resources' in doc || 'AWSTemplateFormatVersion' in doc) return 'cloudformation';
  if ('resource' in doc || 'terraform' in doc || 'provider' in doc) return 'terraform';
  return undefined;
}

/** Loads an artifact from any accepted input. */
export function loadArtifact(input: ArtifactInput, name?: string): SynthesizedArtifact {
  if (input instanceof SynthesizedArtifact) return input;
  if (typeof input === 'string') return SynthesizedArtifact.fromFile(input, name);
  return SynthesizedArtifact.fromObject(input, name);
}

/** A JSON object, or undefined when the value is not one. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
