/**
 * Generates the bindings of the IBM provider resources that `backup-agent-connectivity/cdktf` and
 * `backup-agent-connectivity/cdktn` use, the way `cdktf get` does, from the committed schema of the
 * newest supported provider release (`IBM_BINDINGS_SCHEMA`; there is no Terraform registry to fetch
 * a schema from): with `@cdktf/provider-generator` into `lib/cdktf/ibm-provider` and with
 * `@cdktn/provider-generator` into `lib/cdktn/ibm-provider`. `npm run generate:ibm` rebuilds that
 * schema first.
 *
 * Usage: `CHECKPOINT_DISABLE=1 npx tsx scripts/generate-ibm-bindings.ts [outDir]` (both frameworks
 * into their default directories; with outDir, the cdktf bindings only, into outDir). The output
 * is committed and never edited by hand.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { IBM_BINDINGS_SCHEMA_RELATIVE_PATH } from '../lib/ibm-schema/releases';

/** The resource types the construct emits; every other type in the schema is left out of the bindings. */
export const IBM_BINDING_RESOURCE_TYPES: readonly string[] = [
  'ibm_is_security_group',
  'ibm_is_security_group_rule',
  'ibm_is_security_group_target',
  'ibm_is_network_acl',
  'ibm_is_network_acl_rule',
  'ibm_security_group',
  'ibm_security_group_rule',
];

/** Where the committed bindings live, relative to the package root. */
export const IBM_BINDINGS_DIR = join('lib', 'cdktf', 'ibm-provider');

/** The schema file every framework's bindings are generated from (the newest release's), relative to the package root. */
export const IBM_BINDINGS_SCHEMA: string = IBM_BINDINGS_SCHEMA_RELATIVE_PATH;

/** The CDK framework packages that bindings are generated for. */
export type BindingFramework = 'cdktf' | 'cdktn';

/** Where each framework's committed bindings live, relative to the package root. */
export const IBM_BINDINGS_DIRS: Readonly<Record<BindingFramework, string>> = {
  cdktf: IBM_BINDINGS_DIR,
  cdktn: join('lib', 'cdktn', 'ibm-provider'),
};

const PACKAGE_ROOT = resolve(__dirname, '..');

interface SchemaFile {
  readonly format_version: string;
  readonly provider_schemas: Record<string, { provider: unknown; resource_schemas: Record<string, unknown> }>;
}

/**
 * The part of the committed schema file that `terraform providers schema -json` would print for the
 * bound resources: the extra top-level `source` and `constraints` keys are dropped, and so are data
 * sources and resource types the construct does not use.
 */
export function bindingSchema(schemaPath: string): object {
  const file = JSON.parse(readFileSync(schemaPath, 'utf8')) as SchemaFile;
  const providerSchemas: Record<string, object> = {};
  for (const [address, entry] of Object.entries(file.provider_schemas)) {
    const resourceSchemas: Record<string, unknown> = {};
    for (const type of [...IBM_BINDING_RESOURCE_TYPES].sort()) {
      const schema = entry.resource_schemas[type];
      if (schema === undefined) throw new Error(`${schemaPath} has no schema for ${type}`);
      resourceSchemas[type] = schema;
    }
    providerSchemas[address] = { provider: entry.provider, resource_schemas: resourceSchemas, data_source_schemas: {} };
  }
  return { format_version: file.format_version, provider_schemas: providerSchemas };
}

/**
 * Writes the bindings into `outDir` (replacing what is there) with `@cdktf/provider-generator`, or
 * with `@cdktn/provider-generator` for `cdktn`.
 * @param outDir target directory; @default - the framework's directory in `IBM_BINDINGS_DIRS`, in this package
 * @param schemaPath schema file; @default - `IBM_BINDINGS_SCHEMA` in this package
 * @param framework the framework package the bindings import; @default 'cdktf'
 */
export async function generateIbmBindings(
  outDir?: string,
  schemaPath: string = join(PACKAGE_ROOT, IBM_BINDINGS_SCHEMA),
  framework: BindingFramework = 'cdktf',
): Promise<void> {
  // The generator's packages ask HashiCorp's checkpoint service for updates unless this is set.
  process.env.CHECKPOINT_DISABLE = '1';
  const target = outDir ?? join(PACKAGE_ROOT, IBM_BINDINGS_DIRS[framework]);
  const { generateProviderBindingsFromSchema } =
    framework === 'cdktn' ? await import('@cdktn/provider-generator') : await import('@cdktf/provider-generator');
  const schema = bindingSchema(schemaPath) as Parameters<typeof generateProviderBindingsFromSchema>[1];
  const work = mkdtempSync(join(tmpdir(), 'ibm-bindings-'));
  try {
    await generateProviderBindingsFromSchema(work, schema);
    rmSync(target, { recursive: true, force: true });
    cpSync(join(work, 'providers', 'ibm'), target, { recursive: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Writes every framework's bindings into its directory in this package. */
export async function generateAllIbmBindings(): Promise<void> {
  for (const framework of Object.keys(IBM_BINDINGS_DIRS) as BindingFramework[]) {
    await generateIbmBindings(undefined, undefined, framework);
    console.log(`IBM provider bindings (${framework}) written to ${join(PACKAGE_ROOT, IBM_BINDINGS_DIRS[framework])}`);
  }
}

async function main(outDir: string | undefined): Promise<void> {
  if (outDir !== undefined) {
    await generateIbmBindings(outDir);
    console.log(`IBM provider bindings (cdktf) written to ${outDir}`);
    return;
  }
  await generateAllIbmBindings();
}

if (require.main === module) {
  main(process.argv[2] ? resolve(process.argv[2]) : undefined).then(
    () => undefined,
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
