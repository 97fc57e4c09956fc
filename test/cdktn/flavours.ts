import * as fs from 'node:fs';
import * as path from 'node:path';
import * as cdktf from 'cdktf';
import * as cdktn from 'cdktn';
import { Construct } from 'constructs';
import * as forCdktf from '../../lib/cdktf';
import * as forCdktn from '../../lib/cdktn';
import { DiscoveredStack, discoverStacks } from '../../lib/review/stack-discovery';
import { synthesizedOnce } from '../setup/synthesized-examples';
import { PLACEMENT_STACKS, POLICY_VARIANTS } from '../terraform/construct-apps';

/** The two Terraform CDK packages, by the name of this library's entry point built for each. */
export const FLAVOURS = {
  cdktf: { framework: cdktf },
  cdktn: { framework: cdktn },
} as const;

/** A flavour's name. */
export type FlavourName = keyof typeof FLAVOURS;

/** A stack of either flavour, as the tests use it. */
export interface AnyStack extends Construct {
  toTerraform(): unknown;
}

/** A new stack in a fresh `Testing.app()` of the flavour. */
export function testStack(flavour: FlavourName, id = 'test-stack'): AnyStack {
  const { framework } = FLAVOURS[flavour];
  return new framework.TerraformStack(framework.Testing.app(), id);
}

/** One construct of the flavour's entry point in a new stack. */
export function constructIn(flavour: FlavourName, props: forCdktf.BackupAgentConnectivityProps, id = 'Backup'): AnyStack {
  const stack = testStack(flavour);
  if (flavour === 'cdktf') new forCdktf.BackupAgentConnectivity(stack as cdktf.TerraformStack, id, props);
  else new forCdktn.BackupAgentConnectivity(stack as cdktn.TerraformStack, id, props);
  return stack;
}

/**
 * A synthesized configuration without the frameworks' own `metadata` entries of `//` comment objects
 * (framework version, construct paths and unique ids, override lists); the construct's intent
 * records in the same comment objects are kept.
 */
export function withoutFrameworkMetadata(value: unknown, inComment = false): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutFrameworkMetadata(v));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (inComment && key === 'metadata') continue;
    out[key] = withoutFrameworkMetadata(v, key === '//');
  }
  return out;
}

/** Warning messages annotated on the constructs of a stack (both frameworks use cdktf's metadata type). */
export function warningsOf(scope: Construct): string[] {
  return scope.node
    .findAll()
    .flatMap((c) => c.node.metadata)
    .filter((m) => m.type === '@cdktf/warn')
    .map((m) => String(m.data));
}

/**
 * Synthesizes the placement stacks of the Terraform checks (one construct per target, mode and
 * edition in each) with the flavour's App into `outdir`, as JSON, or as HCL when `hcl` is set
 * (the `SYNTH_HCL_OUTPUT=true` that `cdktf synth --hcl` sets).
 */
function synthesizePlacementStacks(flavour: FlavourName, outdir: string, hcl: boolean): void {
  const previous = process.env.SYNTH_HCL_OUTPUT;
  process.env.SYNTH_HCL_OUTPUT = hcl ? 'true' : 'false';
  try {
    const { framework } = FLAVOURS[flavour];
    const app = new framework.App({ outdir });
    for (const [stackName, placement] of Object.entries(PLACEMENT_STACKS)) {
      const stack = new framework.TerraformStack(app, stackName);
      for (const variant of POLICY_VARIANTS) {
        const props = { ...variant.props, ...placement(variant.id) };
        if (flavour === 'cdktf') new forCdktf.BackupAgentConnectivity(stack as cdktf.TerraformStack, variant.id, props);
        else new forCdktn.BackupAgentConnectivity(stack as cdktn.TerraformStack, variant.id, props);
      }
    }
    app.synth();
  } finally {
    if (previous === undefined) delete process.env.SYNTH_HCL_OUTPUT;
    else process.env.SYNTH_HCL_OUTPUT = previous;
  }
}

/**
 * The output directory of the flavour's placement stacks, synthesized once for every suite that
 * reads them (see `synthesizedOnce`): read it, never write into it.
 */
export function placementStacksOutput(flavour: FlavourName, hcl = false): string {
  return synthesizedOnce(`${flavour}-placement-${hcl ? 'hcl' : 'json'}`, (outdir) => synthesizePlacementStacks(flavour, outdir, hcl));
}

/** The flavour's placement stacks as discovered in their shared output directory. */
export function placementStacks(flavour: FlavourName, hcl = false): DiscoveredStack[] {
  const outdir = placementStacksOutput(flavour, hcl);
  return hcl ? hclStacks(outdir) : discoverStacks(outdir);
}

/** The HCL stacks of an output directory, each as the path of its `cdk.tf`. */
function hclStacks(outdir: string): DiscoveredStack[] {
  const stacksDir = path.join(outdir, 'stacks');
  return fs
    .readdirSync(stacksDir)
    .sort()
    .map((name) => ({ name, path: path.join(stacksDir, name, 'cdk.tf'), kind: 'terraform' as const }));
}
