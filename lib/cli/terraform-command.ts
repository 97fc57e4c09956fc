import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DiscoveredStack, discoverStacks } from '../review/stack-discovery';
import { IBM_PROVIDER_RELEASES, IbmProviderSchema, NEWEST_IBM_PROVIDER_RELEASE } from '../ibm-schema';
import { findTerraform, runTerraform, TerraformCommand, TerraformRunResult } from '../terraform';
import { CommandIo } from './io';

/** Usage of the terraform command. */
export const TERRAFORM_USAGE = `Usage: backup-agent-connectivity terraform <validate|plan> [--provider-version X.Y.Z] <cdktf.out dir | cdk.tf.json>...

Runs \`terraform validate\` or \`terraform plan\` on every Terraform stack found, one stack at a
time, against an offline IBM Cloud provider that serves the schema of one IBM provider release
and checks values the way that release does. Nothing is downloaded and no cloud API is called.

Each stack runs in a temporary copy of its directory, so the output directory stays untouched
(no .terraform/, no lock file). A backend declared by the stack is left out of the copy: the plan
is made against an empty state, showing every resource as one to add.

Options:
  --provider-version X.Y.Z   the IBM provider release to check against (committed: ${IBM_PROVIDER_RELEASES.join(', ')});
                             default: the newest, ${NEWEST_IBM_PROVIDER_RELEASE}
  -h, --help                 show this text

Exit codes: 0 every stack passed; 1 a stack failed (their names are listed); 2 wrong arguments or
unreadable input; 3 terraform is not on PATH, so nothing was checked.`;

/** What a plan against the offline provider cannot decide, printed with every plan. */
export const PLAN_LIMITS =
  'Not decided offline: plan-time checks that ask the IBM Cloud API (access tags; a warning names them) and whatever the API checks at apply.';

/** Message printed when no `terraform` executable is found. */
export const TERRAFORM_MISSING = 'terraform is not on PATH: install Terraform 1.x to run validate/plan; nothing was checked';

const COMMANDS: readonly TerraformCommand[] = ['validate', 'plan'];

/** Exit codes of the terraform command. */
export const TerraformExitCode = {
  /** Every stack passed. */
  PASSED: 0,
  /** At least one stack failed. */
  FAILED: 1,
  /** Wrong arguments or unreadable input. */
  USAGE: 2,
  /** No terraform executable: nothing was checked. */
  NO_TERRAFORM: 3,
} as const;

interface ParsedArgs {
  readonly command: TerraformCommand;
  readonly targets: string[];
  readonly release: string;
}

const PROVIDER_VERSION = '--provider-version';

/** Takes `--provider-version X.Y.Z` (or `=X.Y.Z`) out of `args`; the release must have a committed schema. */
function takeProviderVersion(args: string[]): { rest: string[]; release: string } {
  const rest: string[] = [];
  let release: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    let value: string | undefined;
    if (arg === PROVIDER_VERSION) {
      value = args[++i];
      if (value === undefined || value.startsWith('-')) throw new Error(`${PROVIDER_VERSION} needs a release, one of ${IBM_PROVIDER_RELEASES.join(', ')}`);
    } else if (arg.startsWith(`${PROVIDER_VERSION}=`)) {
      value = arg.slice(PROVIDER_VERSION.length + 1);
    } else {
      rest.push(arg);
      continue;
    }
    if (release !== undefined) throw new Error(`${PROVIDER_VERSION} is given twice`);
    if (!IBM_PROVIDER_RELEASES.includes(value)) {
      throw new Error(`${PROVIDER_VERSION} ${value}: no schema of IBM provider ${value} is committed; committed releases: ${IBM_PROVIDER_RELEASES.join(', ')}`);
    }
    release = value;
  }
  return { rest, release: release ?? NEWEST_IBM_PROVIDER_RELEASE };
}

function parseArgs(args: string[]): ParsedArgs | 'help' {
  if (args.includes('--help') || args.includes('-h')) return 'help';
  const { rest, release } = takeProviderVersion(args);
  const unknown = rest.find((a) => a.startsWith('-'));
  if (unknown !== undefined) throw new Error(`unknown option '${unknown}'`);
  const [command, ...targets] = rest;
  if (command === undefined) throw new Error('give a command (validate or plan) and a cdktf output directory');
  if (!(COMMANDS as readonly string[]).includes(command)) throw new Error(`the command must be validate or plan, got '${command}'`);
  if (targets.length === 0) throw new Error('give at least one cdktf output directory or cdk.tf.json file');
  return { command: command as TerraformCommand, targets, release };
}

/** One line naming the release checked against and where its schema was read. */
export function providerReleaseLine(release: string): string {
  const { source } = IbmProviderSchema.load(release);
  return `IBM provider ${source.release} (schema read from ${source.repository} ${source.tag}, commit ${source.commit.slice(0, 12)})`;
}

/** The Terraform stacks under the targets; CloudFormation stacks are not Terraform's. */
function terraformStacks(targets: string[]): DiscoveredStack[] {
  const stacks = targets.flatMap((target) => {
    const found = discoverStacks(target).filter((s) => s.kind === 'terraform');
    if (found.length === 0) throw new Error(`no Terraform stack found in '${target}'`);
    return found;
  });
  return stacks;
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
function copyStackConfiguration(stack: DiscoveredStack, directory: string): string | undefined {
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
  const backend = settings.backend !== undefined && typeof settings.backend === 'object' && settings.backend !== null ? Object.keys(settings.backend).join(', ') : 'cloud';
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
 * copy of its configuration without its backend (see {@link TERRAFORM_USAGE}), against the
 * offline IBM provider. The copy is removed afterwards.
 * @param stack a stack found by `discoverStacks`, of kind `terraform`
 * @param command `validate` or `plan`
 * @param terraformBinary the Terraform executable
 * @param providerRelease the committed IBM provider release to check against; @default - the newest
 */
export async function checkTerraformStack(stack: DiscoveredStack, command: TerraformCommand, terraformBinary: string, providerRelease?: string): Promise<StackCheckResult> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-agent-terraform-'));
  try {
    const removedBackend = copyStackConfiguration(stack, directory);
    const result = await runTerraform({ command, directory, terraformBinary, providerRelease });
    return removedBackend === undefined ? result : { ...result, removedBackend };
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * The `terraform` command: `terraform <validate|plan> <cdktf.out>...` runs that Terraform command on
 * every Terraform stack found, prints a header per stack and Terraform's own output, and returns 0
 * when every stack passed, 1 when one failed (naming the failed stacks), 2 on wrong arguments or
 * unreadable input, 3 when no `terraform` is on PATH.
 * @param args command-line arguments after `terraform`
 * @param io where to write output and errors
 */
export async function runTerraformCommand(args: string[], io: CommandIo): Promise<number> {
  let parsed: ParsedArgs | 'help';
  try {
    parsed = parseArgs(args);
  } catch (error) {
    io.err(`terraform: ${(error as Error).message}\n\n${TERRAFORM_USAGE}\n`);
    return TerraformExitCode.USAGE;
  }
  if (parsed === 'help') {
    io.out(`${TERRAFORM_USAGE}\n`);
    return TerraformExitCode.PASSED;
  }
  let stacks: DiscoveredStack[];
  try {
    stacks = terraformStacks(parsed.targets);
  } catch (error) {
    io.err(`terraform: ${(error as Error).message}\n`);
    return TerraformExitCode.USAGE;
  }
  const binary = findTerraform();
  if (binary === undefined) {
    io.err(`${TERRAFORM_MISSING}\n`);
    return TerraformExitCode.NO_TERRAFORM;
  }

  const failed: string[] = [];
  const release = providerReleaseLine(parsed.release);
  io.out(`Checking against ${release}\n`);
  if (parsed.command === 'plan') io.out(`${PLAN_LIMITS}\n`);
  io.out('\n');
  for (const stack of stacks) {
    io.out(`=== terraform ${parsed.command}: ${stack.name} (${stack.path}) ===\n`);
    try {
      const result = await checkTerraformStack(stack, parsed.command, binary, parsed.release);
      if (result.removedBackend !== undefined) {
        io.out(`(the stack's "${result.removedBackend}" backend is left out: checked offline against an empty state)\n`);
      }
      if (result.stdout !== '') io.out(withNewline(result.stdout));
      if (result.stderr !== '') io.err(withNewline(result.stderr));
      if (result.exitCode !== 0) failed.push(stack.name);
    } catch (error) {
      io.err(`terraform ${parsed.command} could not run for ${stack.name}: ${(error as Error).message}\n`);
      failed.push(stack.name);
    }
    io.out('\n');
  }

  if (failed.length > 0) {
    io.err(`terraform ${parsed.command} against IBM provider ${parsed.release} failed for ${failed.length} of ${stacks.length} stacks: ${failed.join(', ')}\n`);
    return TerraformExitCode.FAILED;
  }
  io.out(`terraform ${parsed.command} passed for all ${stacks.length} stacks against IBM provider ${parsed.release}\n`);
  return TerraformExitCode.PASSED;
}
