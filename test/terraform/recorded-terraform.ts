import * as path from 'node:path';
import { DiscoveredStack } from '../../lib/review/stack-discovery';
import { checkTerraformStack, runTerraform, StackCheckResult, TerraformCommand, TerraformRunResult } from '../../lib/terraform';
import { localImportClosure, recordedRun, RunInputs } from '../setup/recorded-runs';

/**
 * Terraform checks of configurations as recorded runs (see `test/setup/recorded-runs.ts`). What a
 * run reads, and so its key: the configuration's directory, the command, the IBM provider release,
 * the terraform binary, the files of `lib/` that `lib/terraform` reaches (the code of the checks and
 * of the offline provider), `schema/` (the schemas it serves) and {@link TERRAFORM_ENVIRONMENT}.
 * Runs that Terraform did not finish (killed after the time-out) are not kept.
 */
const PROVIDER_SOURCES = [...localImportClosure('lib/terraform/index.ts'), 'schema'];

/** Environment variables Terraform reads (`TF_*`), and those the IBM provider's settings default from (every name of both schemas' `env` lists). */
export const TERRAFORM_ENVIRONMENT =
  /^(TF_|IC_|IBMCLOUD_|BM_|BLUEMIX_|SL_|SOFTLAYER_|IAAS_CLASSIC_)|^(MAX_RETRIES|RIAAS_ENDPOINT|FUNCTION_NAMESPACE)$/;

function finished(result: TerraformRunResult): boolean {
  return !/was killed after \d+ ms/.test(result.stderr);
}

function inputs(directoryOrFile: string, command: TerraformCommand, terraform: string, release: string | undefined, via: string): RunInputs {
  return {
    sources: PROVIDER_SOURCES,
    outside: [directoryOrFile],
    executables: [terraform],
    environment: TERRAFORM_ENVIRONMENT,
    parameters: { via, command, release: release ?? null },
  };
}

/** {@link checkTerraformStack} of a discovered stack, replayed when nothing it reads has changed. */
export function recordedCheck(stack: DiscoveredStack, command: TerraformCommand, terraform: string, release?: string): Promise<StackCheckResult> {
  const read = path.basename(stack.path) === 'cdk.tf.json' ? path.dirname(stack.path) : stack.path;
  return recordedRun(
    'terraform',
    inputs(read, command, terraform, release, `checkTerraformStack ${path.basename(stack.path)}`),
    () => checkTerraformStack(stack, command, terraform, release),
    finished,
  );
}

/** {@link runTerraform} in `directory` with the default offline provider, replayed when nothing it reads has changed. */
export function recordedRunTerraform(directory: string, command: TerraformCommand, terraform: string, release?: string): Promise<TerraformRunResult> {
  return recordedRun(
    'terraform',
    inputs(directory, command, terraform, release, 'runTerraform'),
    () => runTerraform({ command, directory, terraformBinary: terraform, providerRelease: release }),
    finished,
  );
}
