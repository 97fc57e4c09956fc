import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DiscoveredStack, discoverStacks } from '../review/stack-discovery';
import { runTerraform, TerraformCommand, TerraformRunResult } from './run-terraform';

/**
 * The Terraform stacks under the given paths; CloudFormation stacks are not Terraform's.
 * @throws Error naming a path under which no Terraform stack is found
 */
export function findTerraformStacks(targets: readonly string[]): DiscoveredStack[] {
  return targets.flatMap((target) => {
    const found = discoverStacks(target).filter((s) => s.kind === 'terraform');
    if (found.length === 0) throw new Error(`no Terraform stack found in '${target}'`);
    return found;
  });
}

/** Terraform's working data and local state files, which a check must neither reuse nor see. */
function isLocalTerraformState(name: string): boolean {
  return name === '.terraform' || name === 'terraform.tfstate.d' || /\.tfstate(\.backup)?$/.test(name);
}

/**
 * Copies a stack's configuration into `directory`: the whole stack directory for a cdktf stack
 * (`cdk.tf.json` plus its assets, without `.terraform/` and state files), or the file alone, as `cdk.tf.json`,
 * for a single JSON file. The backend (`terraform.backend`, `terraform.cloud`) is removed from
 * the copy, because Terraform refuses to plan with a backend that `terraform init` has not set
 * up, and setting one up would contact it.
 * @returns the type of the removed backend, if any
 */
export function copyStackConfiguration(stack: DiscoveredStack, directory: string): string | undefined {
  const configFile = path.join(directory, 'cdk.tf.json');
  if (path.basename(stack.path) === 'cdk.tf.json') {
    fs.cpSync(path.dirname(stack.path), directory, {
      recursive: true,
      filter: (source) => !isLocalTerraformState(path.basename(source)),
    });
  } else {
    fs.copyFileSync(stack.path, configFile);
  }
  const config = JSON.parse(fs.readFileSync(configFile, 'utf8')) as { terraform?: Record<string, unknown> };
  const settings = config.terraform;
  if (settings === undefined || (settings.backend === undefined && settings.cloud === undefined)) return undefined;
  const backend =
    settings.backend !== undefined && typeof settings.backend === 'object' && settings.backend !== null
      ? Object.keys(settings.backend).join(', ')
      : 'cloud';
  delete settings.backend;
  delete settings.cloud;
  fs.writeFileSync(configFile, JSON.stringify(config, null, 2));
  return backend;
}

/** Outcome of checking one stack with Terraform. */
export interface StackCheckResult extends TerraformRunResult {
  /** Type of the backend left out of the checked copy, if the stack declared one. */
  readonly removedBackend?: string;
}

/**
 * Runs `terraform validate` or `terraform plan` on one discovered Terraform stack, in a temporary
 * copy of its configuration without its backend (see {@link copyStackConfiguration}), against the
 * offline IBM provider. The copy is removed afterwards.
 * @param stack a stack found by `discoverStacks`, of kind `terraform`
 * @param command `validate` or `plan`
 * @param terraformBinary the Terraform executable
 * @param providerRelease the committed IBM provider release to check against; @default - the newest
 */
export async function checkTerraformStack(
  stack: DiscoveredStack,
  command: TerraformCommand,
  terraformBinary: string,
  providerRelease?: string,
): Promise<StackCheckResult> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-agent-terraform-'));
  try {
    const removedBackend = copyStackConfiguration(stack, directory);
    const result = await runTerraform({ command, directory, terraformBinary, providerRelease });
    return removedBackend === undefined ? result : { ...result, removedBackend };
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}
