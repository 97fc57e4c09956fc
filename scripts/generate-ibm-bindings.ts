/**
 * Generates the CDK for Terraform bindings of the IBM provider resources that
 * `backup-agent-connectivity/cdktf` uses, the way `cdktf get` does, from the committed schema of
 * the newest supported provider release (`IBM_BINDINGS_SCHEMA_RELATIVE_PATH`; there is no Terraform
 * registry to fetch a schema from). `npm run generate:ibm` rebuilds that schema first.
 *
 * Usage: `CHECKPOINT_DISABLE=1 npx tsx scripts/generate-ibm-bindings.ts [outDir]`
 * (default outDir: `lib/cdktf/ibm-provider`). The output is committed and never edited by hand.
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
 * Writes the bindings into `outDir` (replacing what is there) with `@cdktf/provider-generator`.
 * @param outDir target directory; @default - `lib/cdktf/ibm-provider` in this package
 * @param schemaPath schema file; @default - the newest release's schema in this package
 */
export async function generateIbmBindings(
  outDir: string = join(PACKAGE_ROOT, IBM_BINDINGS_DIR),
  schemaPath: string = join(PACKAGE_ROOT, IBM_BINDINGS_SCHEMA_RELATIVE_PATH),
): Promise<void> {
  // The generator's packages ask HashiCorp's checkpoint service for updates unless this is set.
  process.env.CHECKPOINT_DISABLE = '1';
  const { generateProviderBindingsFromSchema } = await import('@cdktf/provider-generator');
  const schema = bindingSchema(schemaPath) as Parameters<typeof generateProviderBindingsFromSchema>[1];
  const work = mkdtempSync(join(tmpdir(), 'ibm-bindings-'));
  try {
    await generateProviderBindingsFromSchema(work, schema);
    rmSync(outDir, { recursive: true, force: true });
    cpSync(join(work, 'providers', 'ibm'), outDir, { recursive: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const outDir = process.argv[2] ? resolve(process.argv[2]) : undefined;
  generateIbmBindings(outDir).then(
    () => console.log(`IBM provider bindings written to ${outDir ?? join(PACKAGE_ROOT, IBM_BINDINGS_DIR)}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
