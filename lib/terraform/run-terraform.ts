import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultProviderOptions } from './default-provider';
import { findTerraform } from './find-terraform';
import { parsePlanSummary, PlanSummary } from './plan-summary';
import { OfflineProviderOptions, startOfflineProvider } from './provider-server';

/** The Terraform commands the offline provider supports. */
export type TerraformCommand = 'validate' | 'plan';

/** Options of {@link runTerraform}. */
export interface RunTerraformOptions {
  /** `validate` or `plan`. */
  readonly command: TerraformCommand;
  /** Directory holding the Terraform configuration (e.g. a cdktf stack directory with `cdk.tf.json`). */
  readonly directory: string;
  /** Terraform executable; default: `terraform` found on PATH. */
  readonly terraformBinary?: string;
  /**
   * The committed IBM provider release whose schema and validator the offline provider serves.
   * @default - the newest committed release
   */
  readonly providerRelease?: string;
  /** Overrides of the served schema and validator; default: those of `providerRelease`. */
  readonly provider?: Partial<OfflineProviderOptions>;
  /** Kill Terraform after this many milliseconds (default 120000). */
  readonly timeoutMs?: number;
}

/** Outcome of one Terraform run. */
export interface TerraformRunResult {
  /** Terraform's exit code (1 when it was killed). */
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Plan counts, for `plan` runs whose output states them. */
  readonly summary?: PlanSummary;
}

/** Arguments for each command: never interactive, never locking, no colour, no refresh. */
export const TERRAFORM_ARGUMENTS: Readonly<Record<TerraformCommand, readonly string[]>> = {
  validate: ['validate', '-no-color'],
  plan: ['plan', '-refresh=false', '-input=false', '-lock=false', '-no-color'],
};

/**
 * Runs `terraform validate` or `terraform plan` in `directory` against the offline IBM provider.
 *
 * The provider runs in this process: Terraform needs the `Pid` of a live process serving the
 * socket, and with `Test: true` it never signals that process, so `process.pid` is correct and
 * no second Node process, compile step or loader is needed (it works the same from sources and
 * from `dist/`). Each call starts a new provider on a new socket and writes a new
 * `TF_REATTACH_PROVIDERS` value; the provider, its socket directory and the empty CLI
 * configuration file are removed afterwards, also when Terraform fails or cannot be started.
 */
export async function runTerraform(options: RunTerraformOptions): Promise<TerraformRunResult> {
  const binary = options.terraformBinary ?? findTerraform();
  if (binary === undefined) {
    throw new Error('terraform is not on PATH; install Terraform or pass terraformBinary');
  }
  const provider = await startOfflineProvider({ ...defaultProviderOptions(options.providerRelease), ...options.provider });
  try {
    const cliConfig = path.join(provider.directory, 'terraformrc');
    fs.writeFileSync(cliConfig, '', { mode: 0o600 });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      TF_REATTACH_PROVIDERS: provider.reattachValue(process.pid),
      TF_CLI_CONFIG_FILE: cliConfig,
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
    };
    const result = await spawnTerraform(binary, [...TERRAFORM_ARGUMENTS[options.command]], options.directory, env, options.timeoutMs ?? 120_000);
    const summary = options.command === 'plan' && result.exitCode === 0 ? parsePlanSummary(result.stdout) : undefined;
    return summary ? { ...result, summary } : result;
  } finally {
    await provider.stop();
  }
}

function spawnTerraform(binary: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<TerraformRunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const note = timedOut ? `\nterraform ${args[0]} was killed after ${timeoutMs} ms\n` : '';
      resolve({
        exitCode: code ?? 1,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8') + note,
      });
    });
  });
}
