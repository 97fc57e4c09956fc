import { IBM_PROVIDER_RELEASES, IbmProviderSchema, NEWEST_IBM_PROVIDER_RELEASE } from '../ibm-schema';
import { DiscoveredStack } from '../review/stack-discovery';
import { checkTerraformStack, findTerraform, findTerraformStacks, TerraformCommand } from '../terraform';
import { ExitCode } from './exit-code';
import { CommandIo } from './io';
import { parseCommandArgs, UsageError } from './parse-command-args';

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

interface ParsedArgs {
  readonly command: TerraformCommand;
  readonly targets: string[];
  readonly release: string;
}

const RELEASES = IBM_PROVIDER_RELEASES.join(', ');

/**
 * The command, its targets and the IBM provider release (`--provider-version`, which must have a
 * committed schema), or `help`.
 * @throws UsageError naming what is wrong
 */
function parseTerraformArgs(args: string[]): ParsedArgs | 'help' {
  const { values, positionals } = parseCommandArgs({
    args,
    options: {
      'provider-version': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    valueNames: { 'provider-version': `a release, one of ${RELEASES}` },
  });
  if (values.help) return 'help';
  const versions = values['provider-version'] ?? [];
  if (versions.length > 1) throw new UsageError('--provider-version is given twice');
  const release = versions[0] ?? NEWEST_IBM_PROVIDER_RELEASE;
  if (!IBM_PROVIDER_RELEASES.includes(release)) {
    throw new UsageError(`--provider-version ${release}: no schema of IBM provider ${release} is committed; committed releases: ${RELEASES}`);
  }
  const [command, ...targets] = positionals;
  if (command === undefined) throw new UsageError('give a command (validate or plan) and a cdktf output directory');
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`the command must be validate or plan, got '${command}'`);
  if (targets.length === 0) throw new UsageError('give at least one cdktf output directory or cdk.tf.json file');
  return { command: command as TerraformCommand, targets, release };
}

/** One line naming the release checked against and where its schema was read. */
export function providerReleaseLine(release: string): string {
  const { source } = IbmProviderSchema.load(release);
  return `IBM provider ${source.release} (schema read from ${source.repository} ${source.tag}, commit ${source.commit.slice(0, 12)})`;
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
 * @param check runs Terraform on one stack; @default checkTerraformStack
 */
export async function runTerraformCommand(args: string[], io: CommandIo, check: typeof checkTerraformStack = checkTerraformStack): Promise<ExitCode> {
  let parsed: ParsedArgs | 'help';
  try {
    parsed = parseTerraformArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`terraform: ${error.message}\n\n${TERRAFORM_USAGE}\n`);
    return ExitCode.USAGE;
  }
  if (parsed === 'help') {
    io.out(`${TERRAFORM_USAGE}\n`);
    return ExitCode.SUCCESS;
  }
  let stacks: DiscoveredStack[];
  try {
    stacks = findTerraformStacks(parsed.targets);
  } catch (error) {
    io.err(`terraform: ${(error as Error).message}\n`);
    return ExitCode.USAGE;
  }
  const binary = findTerraform();
  if (binary === undefined) {
    io.err(`${TERRAFORM_MISSING}\n`);
    return ExitCode.UNDECIDED;
  }

  const failed: string[] = [];
  const release = providerReleaseLine(parsed.release);
  io.out(`Checking against ${release}\n`);
  if (parsed.command === 'plan') io.out(`${PLAN_LIMITS}\n`);
  io.out('\n');
  for (const stack of stacks) {
    io.out(`=== terraform ${parsed.command}: ${stack.name} (${stack.path}) ===\n`);
    try {
      const result = await check(stack, parsed.command, binary, parsed.release);
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
    io.err(
      `terraform ${parsed.command} against IBM provider ${parsed.release} failed for ${failed.length} of ${stacks.length} stacks: ${failed.join(', ')}\n`,
    );
    return ExitCode.FAILED;
  }
  io.out(`terraform ${parsed.command} passed for all ${stacks.length} stacks against IBM provider ${parsed.release}\n`);
  return ExitCode.SUCCESS;
}
