import { readFileSync } from 'fs';

/** The kinds of synthesized output the review kit reads. */
export enum ArtifactKind {
  /** An AWS CloudFormation template. */
  CLOUDFORMATION = 'cloudformation',
  /** A Terraform JSON configuration, as cdktf writes to `cdk.tf.json`. */
  TERRAFORM = 'terraform',
}

/** A JSON object, or undefined when the value is not one. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

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
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed document or a path: jsii's opaque JSON type in the public API
  public static fromObject(document: any, name: string = 'artifact'): SynthesizedArtifact {
    const kind = SynthesizedArtifact.detectKind(document);
    if (!kind) {
      throw new Error(`'${name}' is neither a CloudFormation template (no Resources) nor a Terraform JSON configuration (no resource block)`);
    }
    return new SynthesizedArtifact(kind, document as Record<string, unknown>, name);
  }

  /**
   * Loads an artifact from whatever was given: an artifact already loaded (returned as is), a path to
   * a JSON file, or a parsed document.
   * @param pathOrObject a `SynthesizedArtifact`, a file path, or a parsed template / Terraform JSON
   * @param name how reports call it; @default the path, or 'artifact' for a parsed document
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed document or a path: jsii's opaque JSON type in the public API
  public static load(pathOrObject: any, name?: string): SynthesizedArtifact {
    if (pathOrObject instanceof SynthesizedArtifact) return pathOrObject;
    if (typeof pathOrObject === 'string') return SynthesizedArtifact.fromFile(pathOrObject, name);
    return SynthesizedArtifact.fromObject(pathOrObject, name);
  }

  /**
   * Tells a CloudFormation template from a Terraform JSON configuration.
   * @param document a parsed JSON value
   * @returns the kind, or undefined when the value is neither
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parsed document or a path: jsii's opaque JSON type in the public API
  public static detectKind(document: any): ArtifactKind | undefined {
    const doc = asObject(document);
    if (!doc) return undefined;
    if ('Resources' in doc || 'AWSTemplateFormatVersion' in doc) return ArtifactKind.CLOUDFORMATION;
    if ('resource' in doc || 'terraform' in doc || 'provider' in doc) return ArtifactKind.TERRAFORM;
    return undefined;
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
