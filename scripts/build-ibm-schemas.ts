/**
 * Rebuilds every committed IBM provider schema (`schema/ibm-provider-<release>.json`) from its
 * committed transcription (`schema/sources/ibm-v<release>.json`), then the cdktf and cdktn bindings
 * from the newest one. Nothing else is read: no clone of the provider, no registry.
 *
 * Usage: `npm run generate:ibm` (or `CHECKPOINT_DISABLE=1 npx tsx scripts/build-ibm-schemas.ts`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildProviderSchema } from '../lib/ibm-schema/build-schema';
import { IBM_PROVIDER_RELEASES, ibmSchemaRelativePath, ibmTranscriptionRelativePath } from '../lib/ibm-schema/releases';
import type { SourceTranscription } from '../lib/ibm-schema/source-transcription';
import { generateAllIbmBindings } from './generate-ibm-bindings';

const PACKAGE_ROOT = resolve(__dirname, '..');

/** The schema file text of `release`, built from its committed transcription. */
export function ibmSchemaText(release: string, root: string = PACKAGE_ROOT): string {
  const transcriptionPath = ibmTranscriptionRelativePath(release);
  const transcription = JSON.parse(readFileSync(join(root, transcriptionPath), 'utf8')) as SourceTranscription;
  if (transcription.version !== release) {
    throw new Error(`${transcriptionPath} was read from ${transcription.tag} (version ${transcription.version}), not ${release}`);
  }
  return `${JSON.stringify(buildProviderSchema(transcription, transcriptionPath.split('\\').join('/')), null, 2)}\n`;
}

/**
 * Writes the schema of every committed release under `outRoot` (at their package-relative paths).
 * @param outRoot @default - this package's root
 * @returns the written paths
 */
export function buildIbmSchemas(outRoot: string = PACKAGE_ROOT): string[] {
  return IBM_PROVIDER_RELEASES.map((release) => {
    const target = join(outRoot, ibmSchemaRelativePath(release));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, ibmSchemaText(release));
    return target;
  });
}

if (require.main === module) {
  const written = buildIbmSchemas();
  for (const path of written) console.log(`schema written to ${path}`);
  generateAllIbmBindings().then(
    () => console.log('IBM provider bindings regenerated from the newest release schema'),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
