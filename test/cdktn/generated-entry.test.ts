import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as ts from 'typescript';
import {
  CDKTN_ENTRY_DIR,
  cdktnEntryFiles,
  frameworkModules,
  generateCdktnEntry,
  GENERATED_HEADER,
  rendererModules,
  swapFrameworkNames,
} from '../../scripts/generate-cdktn-entry';

const ROOT = join(__dirname, '..', '..');

/** Every module reachable from an entry file, by import or re-export, with the packages each imports. */
function importGraph(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const specifiers = ts.preProcessFile(readFileSync(file, 'utf8'), true, false).importedFiles.map((f) => f.fileName);
    seen.set(
      file,
      specifiers.filter((s) => !s.startsWith('.')),
    );
    for (const specifier of specifiers.filter((s) => s.startsWith('.'))) {
      const base = resolve(dirname(file), specifier);
      const candidates = [`${base}.ts`, join(base, 'index.ts')];
      const found = candidates.find((c) => {
        try {
          readFileSync(c);
          return true;
        } catch {
          return false;
        }
      });
      if (!found) throw new Error(`${file}: cannot resolve ${specifier}`);
      visit(found);
    }
  };
  visit(entry);
  return seen;
}

describe('the generated cdktn renderer', () => {
  test('regenerating it from lib/cdktf gives byte-identical files, and lib/cdktn holds nothing else but the bindings', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'cdktn-entry-test-'));
    try {
      const written = generateCdktnEntry(outDir);
      const committed = readdirSync(join(ROOT, CDKTN_ENTRY_DIR))
        .filter((f) => f !== 'ibm-provider')
        .sort();
      expect(written.sort()).toEqual(committed);
      for (const file of committed) {
        expect({ file, text: readFileSync(join(outDir, file), 'utf8') }).toEqual({
          file,
          text: readFileSync(join(ROOT, CDKTN_ENTRY_DIR, file), 'utf8'),
        });
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  test('regeneration replaces the generated modules and refuses to overwrite a hand-written file', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'cdktn-entry-test-'));
    try {
      writeFileSync(join(outDir, 'index.ts'), `${GENERATED_HEADER}index.ts; stale\n`);
      generateCdktnEntry(outDir);
      expect(readFileSync(join(outDir, 'index.ts'), 'utf8')).toBe(cdktnEntryFiles().get('index.ts'));
      writeFileSync(join(outDir, 'index.ts'), 'export {};\n');
      expect(() => generateCdktnEntry(outDir)).toThrow(/index\.ts exists and was not generated/);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  test('copies exactly the modules that use the framework; the framework-free ones are shared', () => {
    const modules = rendererModules();
    const bound = frameworkModules(modules);
    for (const [name, text] of modules) {
      const specifiers = ts.preProcessFile(text, true, false).importedFiles.map((f) => f.fileName);
      const usesFramework = specifiers.some((s) => s === 'cdktf' || s.startsWith('./ibm-provider') || bound.has(s.replace(/^\.\//, '')));
      expect({ name, copied: bound.has(name) }).toEqual({ name, copied: usesFramework });
    }
    expect([...bound]).toEqual(expect.arrayContaining(['index', 'backup-agent-connectivity', 'stack-framework', 'resolve-props']));
    expect([...modules.keys()].filter((m) => !bound.has(m))).toEqual(expect.arrayContaining(['props', 'framework-internals']));
  });

  test("swaps the two frameworks' names as words, and leaves scoped packages, symbols and shared file names alone", () => {
    expect(swapFrameworkNames("import { Token } from 'cdktf';")).toBe("import { Token } from 'cdktn';");
    expect(swapFrameworkNames("{ cdktf: 'backup-agent-connectivity/cdktf', cdktn: 'backup-agent-connectivity/cdktn' }")).toBe(
      "{ cdktn: 'backup-agent-connectivity/cdktn', cdktf: 'backup-agent-connectivity/cdktf' }",
    );
    expect(swapFrameworkNames("for CDK for Terraform, not CDK Terrain; cdktf's check.")).toBe(
      "for CDK Terrain, not CDK for Terraform; cdktn's check.",
    );
    for (const kept of ['@cdktf/warn', "Symbol.for('cdktf/TerraformStack')", 'cdktf.out', 'cdktf.json', 'cdktf-cli', 'mycdktf'])
      expect(swapFrameworkNames(kept)).toBe(kept);
  });

  test('the /cdktn entry point reaches no cdktf and no aws-cdk-lib module, and /cdktf no cdktn module', () => {
    const packagesOf = (entry: string) =>
      new Set(
        [...importGraph(join(ROOT, entry)).values()].flat().map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0])),
      );
    const cdktn = packagesOf('lib/cdktn/index.ts');
    expect(cdktn.has('cdktn')).toBe(true);
    expect([...cdktn].filter((p) => /^(@cdktf\/|cdktf|aws-cdk-lib)/.test(p))).toEqual([]);
    const cdktf = packagesOf('lib/cdktf/index.ts');
    expect(cdktf.has('cdktf')).toBe(true);
    expect([...cdktf].filter((p) => /^(@cdktn\/|cdktn|aws-cdk-lib)/.test(p))).toEqual([]);
  });
});
