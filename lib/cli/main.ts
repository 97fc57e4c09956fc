#!/usr/bin/env node
import { runCatalogCommand } from './catalog-command';
import { ExitCode } from './exit-code';
import { CommandIo, PROCESS_IO } from './io';
import { runReviewCommand } from './review-command';
import { RULES_USAGE, runRulesCommand } from './rules-command';

type Command = (args: string[], io: CommandIo) => ExitCode | Promise<ExitCode>;

/** Dependencies only the `terraform` command loads. */
const TERRAFORM_DEPENDENCIES = ['@grpc/grpc-js', '@grpc/proto-loader', '@msgpack/msgpack'];

/** Loads the `terraform` command on demand, so that the other commands and the entry points never load gRPC. */
const runTerraform: Command = async (args, io) => {
  const missing = TERRAFORM_DEPENDENCIES.filter((name) => {
    try {
      require.resolve(name);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length > 0) {
    io.err(
      `The terraform command needs ${missing.join(', ')}, dependencies of backup-agent-connectivity missing from this installation: reinstall the package (npm install backup-agent-connectivity)\n`,
    );
    return ExitCode.UNDECIDED;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when the command is run, to keep the other commands' start-up light
  const { runTerraformCommand } = require('./terraform-command') as typeof import('./terraform-command');
  return runTerraformCommand(args, io);
};

const COMMANDS: Record<string, Command> = {
  rules: runRulesCommand,
  review: runReviewCommand,
  terraform: runTerraform,
  catalog: runCatalogCommand,
};

/**
 * Runs the command line: `backup-agent-connectivity [rules|review|terraform|catalog] ...`. Without a
 * command name it prints the rule table.
 * @returns the process exit code
 */
export async function main(argv: string[], io: CommandIo = PROCESS_IO): Promise<number> {
  const [first, ...rest] = argv;
  const command = first !== undefined ? COMMANDS[first] : undefined;
  if (command) return command(rest, io);
  if (first === 'help') {
    io.out(`${RULES_USAGE}\nCommands: ${Object.keys(COMMANDS).join(', ')}\n`);
    return ExitCode.SUCCESS;
  }
  return runRulesCommand(argv, io);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = ExitCode.FAILED;
    },
  );
}
