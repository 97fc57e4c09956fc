import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { discoverStacks } from '../../lib/review/stack-discovery';

/**
 * Finding the synthesized stacks under a path: a cloud assembly with nested assemblies and stacks
 * named three ways, cdktf output with or without a manifest, a single file, and the errors.
 */
let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'stack-discovery-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(relative: string, value: unknown): string {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}
const TEMPLATE = { Resources: {} };
const CONFIG = { resource: {} };
const relative = (stacks: Array<{ name: string; path: string; kind: string }>) =>
  stacks.map((s) => `${s.name} ${path.relative(root, s.path)} ${s.kind}`);

test('a cloud assembly: stacks by display name, stack name or id, nested assemblies followed, other artifacts skipped', () => {
  write('cdk.out/manifest.json', {
    artifacts: {
      Shown: { type: 'aws:cloudformation:stack', displayName: 'App/Shown', properties: { templateFile: 'Shown.template.json' } },
      Named: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Named.template.json', stackName: 'named-stack' } },
      ById: { type: 'aws:cloudformation:stack', properties: { templateFile: 'ById.template.json' } },
      NoFile: { type: 'aws:cloudformation:stack', properties: {} },
      Tree: { type: 'cdk:tree', properties: { file: 'tree.json' } },
      // Fields of a stack or a nested assembly on an artifact of another type count for nothing.
      Other: { type: 'cdk:asset-manifest', properties: { templateFile: 'Other.template.json', directoryName: 'assembly-Other' } },
      Stage: { type: 'cdk:cloud-assembly', properties: { directoryName: 'assembly-Stage' } },
      NoDirectory: { type: 'cdk:cloud-assembly', properties: {} },
      Broken: 'not an artifact',
    },
  });
  write('cdk.out/assembly-Stage/manifest.json', {
    artifacts: { Inner: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Inner.template.json' } } },
  });
  expect(relative(discoverStacks(path.join(root, 'cdk.out')))).toEqual([
    'App/Shown cdk.out/Shown.template.json cloudformation',
    'named-stack cdk.out/Named.template.json cloudformation',
    'ById cdk.out/ById.template.json cloudformation',
    'Inner cdk.out/assembly-Stage/Inner.template.json cloudformation',
  ]);
});

test("cdktf output: the manifest's stacks, else every stacks/<name>/cdk.tf.json in name order", () => {
  write('tf-manifest/manifest.json', {
    stacks: { agents: { synthesizedStackPath: 'stacks/agents/cdk.tf.json' }, broken: { synthesizedStackPath: 42 }, odd: 'not a stack' },
  });
  expect(relative(discoverStacks(path.join(root, 'tf-manifest')))).toEqual(['agents tf-manifest/stacks/agents/cdk.tf.json terraform']);
  for (const name of ['b', 'd', 'a', 'c']) write(`tf-plain/stacks/${name}/cdk.tf.json`, CONFIG);
  mkdirSync(path.join(root, 'tf-plain/stacks/empty'), { recursive: true });
  expect(relative(discoverStacks(path.join(root, 'tf-plain')))).toEqual([
    'a tf-plain/stacks/a/cdk.tf.json terraform',
    'b tf-plain/stacks/b/cdk.tf.json terraform',
    'c tf-plain/stacks/c/cdk.tf.json terraform',
    'd tf-plain/stacks/d/cdk.tf.json terraform',
  ]);
});

test('a single file, by its kind', () => {
  const file = write('single/Agents.template.json', TEMPLATE);
  expect(relative(discoverStacks(file))).toEqual(['Agents.template.json single/Agents.template.json cloudformation']);
  const config = write('single/cdk.tf.json', CONFIG);
  expect(relative(discoverStacks(config))).toEqual(['cdk.tf.json single/cdk.tf.json terraform']);
});

test('errors: a path that does not exist, a directory without stacks, a file that is not JSON', () => {
  const missing = path.join(root, 'missing');
  expect(() => discoverStacks(missing)).toThrow(`'${missing}' does not exist`);
  mkdirSync(path.join(root, 'empty'));
  expect(() => discoverStacks(path.join(root, 'empty'))).toThrow(
    `No stack found in '${path.join(root, 'empty')}': expected a cdk.out (manifest.json artifacts), a cdktf output (manifest.json stacks or stacks/*/cdk.tf.json) or a JSON file`,
  );
  const broken = write('broken/manifest.json', '{');
  expect(() => discoverStacks(path.dirname(broken))).toThrow(new RegExp(`^Cannot read '${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}' as JSON: `));
});
