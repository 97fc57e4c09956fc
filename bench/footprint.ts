/**
 * Footprint: the packed tarball, the installed package, its own dependencies, and the generated IBM
 * bindings against what a prebuilt cdktf provider package weighs.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, runProcess } from './measure';
import { bytes, Section, TargetCheck } from './report';

/** One file of `npm pack --json`. */
interface PackedFile {
  readonly path: string;
  readonly size: number;
}

/** The part of `npm pack --json` output used here. */
interface PackResult {
  readonly filename: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly entryCount: number;
  readonly files: PackedFile[];
}

/** The tarball must stay below this many bytes (1 MB as npm counts: 10^6). */
const TARBALL_LIMIT = 1_000_000;

/** The prebuilt provider package measured for scale. */
const PREBUILT_PROVIDER = '@cdktf/provider-aws';

const BINDINGS_PREFIX = 'dist/cdktf/ibm-provider/';

async function npm(args: string[]): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  const out = await runProcess('npm', args, {
    timeoutMs: 120_000,
    env: { npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
  });
  return { ok: out.code === 0, stdout: out.stdout, stderr: out.stderr };
}

/** Sum of apparent file sizes and of allocated disk space under a folder. */
function diskUsage(dir: string): { files: number; apparent: number; allocated: number } {
  let files = 0;
  let apparent = 0;
  let allocated = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const stat = fs.statSync(path.join(entry.parentPath, entry.name));
    files += 1;
    apparent += stat.size;
    allocated += stat.blocks * 512;
  }
  return { files, apparent, allocated };
}

/** Packs the package for real (scripts off: `dist/` is already built) and unpacks it into a temporary folder. */
async function packAndUnpack(): Promise<{ pack: PackResult; installed: ReturnType<typeof diskUsage> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bac-footprint-'));
  try {
    const packed = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir]);
    if (!packed.ok) throw new Error(`npm pack failed:\n${packed.stderr}`);
    const pack = (JSON.parse(packed.stdout) as PackResult[])[0];
    const unpacked = path.join(dir, 'node_modules', 'backup-agent-connectivity');
    fs.mkdirSync(unpacked, { recursive: true });
    const untar = await runProcess('tar', ['-xzf', path.join(dir, pack.filename), '-C', unpacked, '--strip-components=1']);
    if (untar.code !== 0) throw new Error(`tar failed:\n${untar.stderr}`);
    return { pack, installed: diskUsage(unpacked) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** What the registry says a prebuilt provider weighs, and how that was asked. */
type PrebuiltSize = { version: string; unpackedSize: number; fileCount: number; packedSize?: number; how: string } | { error: string };

/**
 * Unpacked size and file count of the prebuilt provider. `npm view` first; when the registry's
 * metadata has no `dist.unpackedSize`/`dist.fileCount`, `npm pack --dry-run` of that version, which
 * fetches the tarball through npm's cache and counts its files.
 */
async function prebuiltProvider(): Promise<PrebuiltSize> {
  const viewed = await npm(['view', PREBUILT_PROVIDER, 'version', 'dist.unpackedSize', 'dist.fileCount', '--json']);
  if (!viewed.ok) return { error: `\`npm view ${PREBUILT_PROVIDER}\` failed: ${viewed.stderr.trim().split('\n').slice(-3).join(' ')}` };
  const info = JSON.parse(viewed.stdout) as Record<string, unknown> | string;
  const version = typeof info === 'string' ? info : String(info.version);
  if (typeof info === 'object' && Number.isFinite(Number(info['dist.unpackedSize'])) && Number.isFinite(Number(info['dist.fileCount']))) {
    return {
      version,
      unpackedSize: Number(info['dist.unpackedSize']),
      fileCount: Number(info['dist.fileCount']),
      how: 'npm view dist.unpackedSize dist.fileCount',
    };
  }
  const packed = await npm(['pack', `${PREBUILT_PROVIDER}@${version}`, '--dry-run', '--json']);
  if (!packed.ok) {
    return {
      error: `the registry's metadata for ${PREBUILT_PROVIDER} has no dist.unpackedSize/dist.fileCount, and \`npm pack --dry-run\` failed: ${packed.stderr.trim().split('\n').slice(-3).join(' ')}`,
    };
  }
  const pack = (JSON.parse(packed.stdout) as PackResult[])[0];
  return {
    version,
    unpackedSize: pack.unpackedSize,
    fileCount: pack.entryCount,
    packedSize: pack.size,
    how: "the registry's metadata has no dist.unpackedSize/dist.fileCount, so measured with npm pack --dry-run of that version",
  };
}

/** Runs the benchmark. */
export async function footprint(): Promise<Section> {
  const { pack, installed } = await packAndUnpack();
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  const dependencies = Object.keys(manifest.dependencies ?? {});
  const bindings = pack.files.filter((f) => f.path.startsWith(BINDINGS_PREFIX));
  const bindingsSize = bindings.reduce((sum, f) => sum + f.size, 0);
  const bindingModules = [...new Set(bindings.map((f) => f.path.slice(BINDINGS_PREFIX.length).split('/')[0]).filter((m) => !m.includes('.')))];
  const prebuilt = await prebuiltProvider();

  const rows: string[][] = [
    ['packed tarball (npm pack)', bytes(pack.size), `${pack.entryCount} files`],
    ['installed package, file sizes', bytes(installed.apparent), `${installed.files} files`],
    ['installed package, disk blocks', bytes(installed.allocated), '4 KiB blocks on this file system'],
    [
      'own dependencies',
      dependencies.length === 0 ? 'none' : dependencies.join(', '),
      `peers (optional): ${Object.keys(manifest.peerDependencies ?? {}).join(', ')}`,
    ],
    ['generated IBM bindings in the package', bytes(bindingsSize), `${bindings.length} files (${BINDINGS_PREFIX})`],
  ];
  const notes: string[] = [];
  if ('error' in prebuilt) {
    rows.push([`prebuilt ${PREBUILT_PROVIDER}, unpacked`, 'not measured', prebuilt.error]);
    notes.push(`The registry call for ${PREBUILT_PROVIDER} failed, so the bindings are not compared with it: ${prebuilt.error}`);
  } else {
    rows.push([
      `prebuilt ${PREBUILT_PROVIDER}@${prebuilt.version}, unpacked`,
      bytes(prebuilt.unpackedSize),
      `${prebuilt.fileCount} files (${prebuilt.how})`,
    ]);
    if (prebuilt.packedSize !== undefined)
      rows.push([`prebuilt ${PREBUILT_PROVIDER}@${prebuilt.version}, tarball`, bytes(prebuilt.packedSize), 'npm pack --dry-run']);
    notes.push(
      `The generated bindings weigh ${((100 * bindingsSize) / prebuilt.unpackedSize).toFixed(3)}% of the prebuilt ${PREBUILT_PROVIDER} ` +
        `(${bytes(bindingsSize)} against ${bytes(prebuilt.unpackedSize)}): only what the construct emits is generated (${bindingModules.join(', ')}).`,
    );
  }
  const target: TargetCheck = {
    target: `tarball under 1 MB (${TARBALL_LIMIT.toLocaleString('en-US')} bytes)`,
    met: pack.size < TARBALL_LIMIT,
    detail: `${pack.size.toLocaleString('en-US')} bytes.`,
  };
  return {
    title: 'Footprint',
    method: [
      '`npm pack --json --ignore-scripts` of the built package (the run builds `dist/` first), unpacked with `tar` into a temporary `node_modules/` to measure the installed files.',
      `Prebuilt provider for scale: \`npm view ${PREBUILT_PROVIDER} version dist.unpackedSize dist.fileCount\`, asked of the registry during the run; where the registry's metadata lacks those fields, \`npm pack ${PREBUILT_PROVIDER}@<version> --dry-run --json\` counts the published tarball instead (the table says which).`,
    ],
    headers: ['what', 'size', 'detail'],
    rows,
    notes,
    targets: [target],
  };
}
