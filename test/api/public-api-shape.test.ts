import * as fs from 'fs';
import * as path from 'path';
import {
  IGNORED_CLASS,
  JsiiAssembly,
  JsiiDiagnostic,
  JsiiResult,
  PLATFORM_ENTRIES,
  dropParentReExports,
  markIgnored,
  parseJsiiDiagnostics,
  prepareJsiiProject,
  runJsii,
} from './jsii-project';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Warnings jsii gives on the API as it stands, as `file "word"`: names that are reserved words in
 * one target language (JSII5018), which jsii's code generators rename there (`from_` in Python,
 * `@base` in C#). Each must still be found, so that an entry goes when its name changes.
 */
const KNOWN_WARNINGS = [
  'lib/core/stateless-rules.ts "from"',
  'lib/review/connectivity-diff.ts "base"',
  'lib/review/firewall-model.ts "from"',
  'lib/review/firewall-model.ts "implicit"',
  'lib/review/flow-matchers.ts "pass"',
];

/** The IBM provider bindings, written by cdktf's and cdktn's generator for jsii (`type`, `delete` are Go keywords there as in every prebuilt provider). */
const GENERATED = /^lib\/cdkt[fn]\/ibm-provider\//;

const warningKey = (d: JsiiDiagnostic): string => `${d.file} ${/^(".*?")/.exec(d.message)?.[1] ?? d.message}`;
const show = (d: JsiiDiagnostic): string => `${d.file ?? '(no file)'}:${d.line ?? '?'} ${d.category} ${d.code}: ${d.message}`;

/** The module of each entry point, by jsii submodule name ('' for the root). */
async function entryModules(): Promise<Record<string, Record<string, unknown>>> {
  return {
    '': await import('../../lib'),
    aws: await import('../../lib/aws'),
    cdktf: await import('../../lib/cdktf'),
    cdktn: await import('../../lib/cdktn'),
  };
}

/**
 * Runtime exports of the entries that the assembly lacks. jsii compiles only classes, interfaces and
 * enums, and leaves functions, constants and namespaces out without a word, so other languages
 * would not see them: each export must be a class or enum of the assembly (its own, or the same
 * object exported by the entry that declares it), or a namespace that is a submodule of it.
 */
function exportsMissingFromAssembly(assembly: JsiiAssembly, modules: Record<string, Record<string, unknown>>): string[] {
  const fqn = (entry: string, name: string) => [assembly.name, ...(entry ? [entry] : []), name].join('.');
  const missing: string[] = [];
  for (const [entry, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) {
      if (name === '__esModule') continue;
      const found = Object.entries(modules).some(([owner, ownerExports]) => {
        if (ownerExports[name] !== value) return false;
        const type = assembly.types[fqn(owner, name)];
        if (type) return type.kind === 'class' || type.kind === 'enum';
        return owner === entry && typeof value === 'object' && assembly.submodules?.[fqn(owner, name)] !== undefined;
      });
      if (!found) missing.push(`${entry || '(root)'}.${name}`);
    }
  }
  return missing;
}

describe('a jsii compile of the four public entry points', () => {
  let result: JsiiResult;
  let dropped: Record<string, string[]>;
  let dir: string;

  beforeAll(() => {
    ({ dir, dropped } = prepareJsiiProject(ROOT));
    result = runJsii(ROOT, dir);
  }, 600_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('reports no error', () => {
    const errors = result.diagnostics.filter((d) => d.category === 'error');
    if (errors.length > 0) throw new Error(`jsii reports ${errors.length} error(s):\n${errors.map(show).join('\n')}`);
    // A failed run always prints its errors; a failure without any parsed one means the output changed shape.
    if (result.exitCode !== 0) throw new Error(`jsii exited with ${result.exitCode}:\n${result.output}`);
    expect(result.assembly).toBeDefined();
  });

  test('gives no warning besides the known reserved words and those of the generated provider bindings', () => {
    const warnings = result.diagnostics.filter((d) => d.category === 'warning');
    const generated = warnings.filter((d) => d.file !== undefined && GENERATED.test(d.file));
    expect(generated.filter((d) => d.code !== 'JSII5018').map(show)).toEqual([]);
    const own = warnings.filter((d) => !generated.includes(d));
    expect(own.filter((d) => !KNOWN_WARNINGS.includes(warningKey(d))).map(show)).toEqual([]);
    expect(own.every((d) => d.code === 'JSII5018')).toBe(true);
    expect(KNOWN_WARNINGS.filter((k) => !own.some((d) => warningKey(d) === k))).toEqual([]);
  });

  test('the platform entries re-export the core (and cdktn the cdktf props) and nothing else from outside their directory', () => {
    expect(dropped.aws).toEqual(["export * from '../core';"]);
    expect(dropped.cdktf).toEqual(["export * from '../core';"]);
    expect(dropped.cdktn.filter((s) => !/^export \{ \w+ \} from '\.\.\/cdktf\/[\w-]+';$/.test(s))).toEqual(["export * from '../core';"]);
  });

  test('every runtime export of every entry is a class, enum or submodule of the assembly, except the error jsii cannot extend', async () => {
    const missing = exportsMissingFromAssembly(result.assembly!, await entryModules());
    expect(missing.sort()).toEqual(['', ...PLATFORM_ENTRIES].map((e) => `${e || '(root)'}.${IGNORED_CLASS.name}`).sort());
  });

  // jsii does not require documentation; the project does, on every exported symbol.
  test('every type of the package has a doc comment (the generated provider bindings aside)', () => {
    const types = Object.values(result.assembly!.types).filter((t) => !t.fqn.includes('.ibm.'));
    expect(types.length).toBeGreaterThan(50);
    expect(types.filter((t) => !t.docs?.summary).map((t) => t.fqn)).toEqual([]);
  });
});

describe('the jsii harness', () => {
  test('reads every error and warning line of jsii output, with and without a location', () => {
    // Lines as jsii 5.9 prints them, the source excerpt of the first one included.
    const output = [
      "lib/core/errors.ts:14:50 - error JSII3004: Illegal extends clause for an exported API: VariableDeclaration [type-model/invalid-supertype]",
      '',
      '14 export class ConnectivityValidationError extends Error {',
      '                                                    ~~~~~',
      'error JSII1009: Intersection types may only be used as inputs, but type of property BadProps.intersection is used as output [typescript-restriction/intersection-only-input]',
      'lib/core/stateless-rules.ts:20:12 - warning JSII5018: "from" is a reserved word in Python. Using this name may cause problems when generating language bindings. Consider a different name. [language-compatibility/reserved-word]',
      '❌ Failed with errors',
      'Errors: 2 | Warnings: 1 | Time: 11.15s',
    ].join('\n');
    const diagnostics = parseJsiiDiagnostics(output);
    expect(diagnostics.map((d) => [d.category, d.code, d.file, d.line])).toEqual([
      ['error', 'JSII3004', 'lib/core/errors.ts', 14],
      ['error', 'JSII1009', undefined, undefined],
      ['warning', 'JSII5018', 'lib/core/stateless-rules.ts', 20],
    ]);
    expect(warningKey(diagnostics[2])).toBe('lib/core/stateless-rules.ts "from"');
  });

  test('drops the re-exports of parent modules from an entry and keeps the rest', () => {
    const entry = "/** Doc. */\nexport { A } from './a';\nexport * from '../core';\nexport { B } from '../cdktf/b';\nexport * as ibm from './ibm';\n";
    const { text, removed } = dropParentReExports(entry);
    expect(removed).toEqual(["export * from '../core';", "export { B } from '../cdktf/b';"]);
    expect(text).toContain("export { A } from './a';");
    expect(text).toContain("export * as ibm from './ibm';");
    expect(text).not.toContain('../');
  });

  test('marks the ignored class in its doc comment, and refuses when the class is not found once', () => {
    const source = '/**\n * Thrown.\n */\nexport class Oops extends Error {}\n';
    expect(markIgnored(source, 'Oops')).toBe('/**\n * Thrown.\n * @jsii ignore\n */\nexport class Oops extends Error {}\n');
    expect(() => markIgnored(source, 'Other')).toThrow('expected one declaration of Other');
    expect(() => markIgnored('export class Oops {}\n', 'Oops')).toThrow('has no doc comment');
    const real = fs.readFileSync(path.join(ROOT, IGNORED_CLASS.file), 'utf8');
    expect(markIgnored(real, IGNORED_CLASS.name)).toContain(`@jsii ignore\n */\nexport class ${IGNORED_CLASS.name} extends Error`);
  });

  test('the export check names a function, a constant and a namespace jsii would leave out', () => {
    const assembly: JsiiAssembly = {
      name: 'pkg',
      types: {
        'pkg.Shared': { fqn: 'pkg.Shared', kind: 'class', name: 'Shared' },
        'pkg.aws.Own': { fqn: 'pkg.aws.Own', kind: 'enum', name: 'Own' },
        'pkg.Props': { fqn: 'pkg.Props', kind: 'interface', name: 'Props' },
      },
      submodules: { 'pkg.aws.ns': {} },
    };
    class Shared {}
    const Own = { A: 'a' };
    const modules = {
      '': { Shared, helper: () => 1, LIMIT: 3, Props: {} },
      aws: { Shared, Own, ns: {}, other: {}, Copy: class Shared {} },
    };
    expect(exportsMissingFromAssembly(assembly, modules).sort()).toEqual(['(root).LIMIT', '(root).Props', '(root).helper', 'aws.Copy', 'aws.other'].sort());
  });
});
