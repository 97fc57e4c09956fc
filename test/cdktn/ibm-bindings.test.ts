import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { generateIbmBindings, IBM_BINDING_RESOURCE_TYPES, IBM_BINDINGS_DIRS } from '../../scripts/generate-ibm-bindings';

const ROOT = join(__dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('generated IBM provider bindings for cdktn', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = join(mkdtempSync(join(tmpdir(), 'ibm-bindings-cdktn-test-')), 'ibm-provider');
    await generateIbmBindings(outDir, undefined, 'cdktn');
  });
  afterAll(() => rmSync(join(outDir, '..'), { recursive: true, force: true }));

  test('regenerating from the committed schema with @cdktn/provider-generator gives byte-identical files', () => {
    const committed = join(ROOT, IBM_BINDINGS_DIRS.cdktn);
    const names = (dir: string) =>
      filesUnder(dir)
        .map((f) => relative(dir, f))
        .sort();
    expect(names(outDir)).toEqual(names(committed));
    for (const name of names(committed)) {
      expect({ name, text: readFileSync(join(outDir, name), 'utf8') }).toEqual({ name, text: readFileSync(join(committed, name), 'utf8') });
    }
  });

  test('the same resources as the cdktf bindings are bound, and the bindings import cdktn, never cdktf', () => {
    const dirs = readdirSync(outDir)
      .filter((n) => statSync(join(outDir, n)).isDirectory())
      .sort();
    const cdktfDirs = readdirSync(join(ROOT, IBM_BINDINGS_DIRS.cdktf))
      .filter((n) => statSync(join(ROOT, IBM_BINDINGS_DIRS.cdktf, n)).isDirectory())
      .sort();
    expect(dirs).toEqual(cdktfDirs);
    expect(dirs).toEqual([...IBM_BINDING_RESOURCE_TYPES.map((t) => t.replace(/^ibm_/, '').replace(/_/g, '-')), 'provider'].sort());
    const packages = new Set(filesUnder(outDir).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/from '([^.][^']*)'/g)].map((m) => m[1])));
    expect([...packages].sort()).toEqual(['cdktn', 'constructs']);
  });
});
