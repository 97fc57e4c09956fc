/**
 * Import cost: wall time of `require` of each compiled entry point in a fresh Node process, against
 * what a hand-written stack loads anyway, and which packages each entry point loads.
 */
import * as path from 'node:path';
import { ENTRY_POINTS, EntryPointName } from './compiled-package';
import { interleave, median, pairedRatio, ROOT, runProcess } from './measure';
import { fixed, Section, TargetCheck } from './report';

/** What one child process reports. */
interface ImportSample {
  /** Milliseconds spent in `require` of the modules. */
  readonly ms: number;
  /** Modules in `require.cache` per package (`(this package)` for the package's own files). */
  readonly modulesByPackage: Record<string, number>;
}

/** A module to require and the exports to read from it (which loads lazily exported classes). */
interface ImportItem {
  /** Module specifier or absolute path. */
  readonly module: string;
  /**
   * Exports to read after the require.
   * @default - none
   */
  readonly touch?: string[];
}

/**
 * Plain JavaScript run with `node -e` (no TypeScript loader, whose hooks would slow `require`):
 * requires the modules named in its argument and reads the listed exports, then counts
 * `require.cache` keys by package (a package's bundled dependencies count as that package).
 */
const IMPORT_PROBE = `
const path = require('node:path');
const items = JSON.parse(process.argv[1]);
const start = process.hrtime.bigint();
for (const item of items) {
  const loaded = require(item.module);
  for (const name of item.touch || []) if (loaded[name] === undefined) throw new Error(item.module + ' has no export ' + name);
}
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const marker = 'node_modules' + path.sep;
const modulesByPackage = {};
for (const key of Object.keys(require.cache)) {
  const at = key.indexOf(marker);
  let name = '(this package)';
  if (at >= 0) {
    const parts = key.slice(at + marker.length).split(path.sep);
    name = parts[0].startsWith('@') ? parts[0] + '/' + parts[1] : parts[0];
  }
  modulesByPackage[name] = (modulesByPackage[name] || 0) + 1;
}
console.log(JSON.stringify({ ms, modulesByPackage }));
`;

/** The seven generated IBM resource bindings the Terraform constructs emit, of one framework's flavour. */
function ibmBindings(framework: 'cdktf' | 'cdktn'): ImportItem[] {
  const resources = [
    'is-security-group',
    'is-security-group-rule',
    'is-security-group-target',
    'is-network-acl',
    'is-network-acl-rule',
    'security-group',
    'security-group-rule',
  ];
  return resources.map((resource) => ({ module: path.join(ROOT, 'dist', framework, 'ibm-provider', resource, 'index.js') }));
}

/**
 * What a user writing the same resources by hand loads: the framework, the classes that code names
 * (aws-cdk-lib exports its classes lazily, so naming them is what loads them) and, for Terraform,
 * the generated bindings of the resources the construct emits.
 */
const HAND_WRITTEN_IMPORTS: Record<Exclude<EntryPointName, 'core'>, ImportItem[]> = {
  aws: [
    { module: 'constructs', touch: ['Construct'] },
    { module: 'aws-cdk-lib', touch: ['App', 'Stack', 'Annotations', 'CfnResource'] },
    {
      module: 'aws-cdk-lib/aws-ec2',
      touch: ['SecurityGroup', 'Peer', 'Port', 'Connections', 'NetworkAcl', 'NetworkAclEntry', 'AclCidr', 'AclTraffic', 'FlowDirection', 'Action'],
    },
  ],
  cdktf: [{ module: 'constructs', touch: ['Construct'] }, { module: 'cdktf', touch: ['App', 'TerraformStack', 'Token'] }, ...ibmBindings('cdktf')],
  cdktn: [{ module: 'constructs', touch: ['Construct'] }, { module: 'cdktn', touch: ['App', 'TerraformStack', 'Token'] }, ...ibmBindings('cdktn')],
};

/** The packages only the `terraform` command loads (regular dependencies, required lazily). */
const TERRAFORM_COMMAND_PACKAGES = ['grpc', 'msgpack', 'protobufjs'];

/** Packages an entry point must never load. */
const FORBIDDEN: Record<EntryPointName, string[]> = {
  core: ['aws-cdk-lib', 'cdktf', 'cdktn', 'constructs', ...TERRAFORM_COMMAND_PACKAGES],
  aws: ['cdktf', 'cdktn', ...TERRAFORM_COMMAND_PACKAGES],
  cdktf: ['aws-cdk-lib', 'cdktn', ...TERRAFORM_COMMAND_PACKAGES],
  cdktn: ['aws-cdk-lib', 'cdktf', ...TERRAFORM_COMMAND_PACKAGES],
};

const ROUNDS = 7;

async function probe(items: ImportItem[]): Promise<ImportSample> {
  const out = await runProcess(process.execPath, ['-e', IMPORT_PROBE, JSON.stringify(items)], { timeoutMs: 60_000 });
  if (out.code !== 0) throw new Error(`import probe of ${items.map((i) => i.module).join(', ')} failed:\n${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop()!) as ImportSample;
}

function forbiddenLoaded(sample: ImportSample, forbidden: readonly string[]): string[] {
  return Object.entries(sample.modulesByPackage)
    .filter(([name]) => forbidden.some((f) => name === f || name.startsWith(`@${f}/`) || name.startsWith(`${f}-`)))
    .map(([name, count]) => `${name} (${count})`);
}

function describe(items: readonly ImportItem[]): string {
  return items.map((i) => `\`${i.module}\`${i.touch ? ` (${i.touch.join(', ')})` : ''}`).join(', ');
}

/** Runs the benchmark over the entry points that exist. */
export async function importCost(available: readonly EntryPointName[]): Promise<Section> {
  const sides: Record<string, () => Promise<ImportSample>> = {};
  for (const entry of available) {
    sides[entry] = () => probe([{ module: ENTRY_POINTS[entry] }]);
    if (entry !== 'core') sides[`${entry}:hand`] = () => probe(HAND_WRITTEN_IMPORTS[entry]);
  }
  await interleave(sides, 1); // warm-up: file system cache
  const samples = await interleave(sides, ROUNDS);

  const rows: string[][] = [];
  const leaks: string[] = [];
  for (const entry of available) {
    const own = samples[entry];
    const last = own[own.length - 1];
    const leaked = forbiddenLoaded(last, FORBIDDEN[entry]);
    if (leaked.length > 0) leaks.push(`${entry} loads ${leaked.join(', ')}`);
    const packages = Object.entries(last.modulesByPackage)
      .sort((a, b) => b[1] - a[1])
      .map(([name, count]) => `${name} ${count}`)
      .join(', ');
    const hand = samples[`${entry}:hand`];
    const ownMs = own.map((s) => s.ms);
    rows.push([
      entry === 'core' ? 'backup-agent-connectivity' : `backup-agent-connectivity/${entry}`,
      fixed(median(ownMs), 1),
      hand ? fixed(median(hand.map((s) => s.ms)), 1) : '-',
      hand
        ? fixed(
            pairedRatio(
              ownMs,
              hand.map((s) => s.ms),
            ),
          )
        : '-',
      packages,
      leaked.length === 0 ? 'none' : leaked.join(', '),
    ]);
  }
  const missing = (Object.keys(ENTRY_POINTS) as EntryPointName[]).filter((e) => !available.includes(e));
  const target: TargetCheck = {
    target:
      'zero cross-platform modules loaded (/aws loads no cdktf or cdktn module, /cdktf no aws-cdk-lib or cdktn module, /cdktn no aws-cdk-lib or cdktf module, the core none of them nor constructs), and no module of the terraform command (@grpc/*, @msgpack/*, protobufjs)',
    met: missing.length > 0 && leaks.length === 0 ? undefined : leaks.length === 0,
    detail:
      leaks.length === 0
        ? `none loaded${missing.length > 0 ? `; not measured for ${missing.join(', ')} (entry point not built)` : ''}.`
        : `${leaks.join('; ')}.`,
  };
  return {
    title: 'Import cost of the entry points',
    method: [
      `Each figure: one fresh \`node -e\` process that times \`require\` of the compiled entry point (\`dist/\`), without any TypeScript loader; ${ROUNDS} rounds after one warm-up round, every process of a round run back to back in the same order, median shown.`,
      `Hand-written baseline: what a user writing the same resources loads anyway: for /aws ${describe(HAND_WRITTEN_IMPORTS.aws)} (aws-cdk-lib exports classes lazily: naming them is what loads their modules, so the baseline names the classes hand-written code uses); for /cdktf ${describe(HAND_WRITTEN_IMPORTS.cdktf.slice(0, 2))} and the generated bindings of the seven IBM resources the construct emits; for /cdktn the same with ${describe(HAND_WRITTEN_IMPORTS.cdktn.slice(1, 2))} and its own bindings.`,
      'Ratio: median of the per-round ratios (entry point / baseline). Modules: `require.cache` keys after the require, counted by the package under the first `node_modules/` of the path (bundled dependencies count as the package that bundles them).',
    ],
    headers: ['entry point', 'require ms', 'hand-written ms', 'ratio', 'modules loaded by package', 'cross-platform modules'],
    rows,
    notes: [],
    targets: [target],
  };
}
