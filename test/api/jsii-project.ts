/**
 * Compiles the package's public entry points with the real jsii compiler (the CDK's multi-language
 * compiler), in a copy of `lib/` under a temporary directory, and reads back what it reports and the
 * assembly it writes.
 *
 * jsii builds one module per package, so the copy gets a generated entry that exports the root entry
 * and the three platform entries as the submodules `aws`, `cdktf` and `cdktn`. Two edits make the
 * package's layout expressible in jsii, and each must apply exactly once:
 * - a platform entry re-exports the core (and `cdktn` some `cdktf` props); jsii gives every type one
 *   home and refuses a symbol exported under two submodules (JSII3003), so the copy drops the
 *   re-exports of `../` modules. They are compiled where they are declared, and the test checks at
 *   runtime that each entry's exports are the same objects the assembly holds.
 * - `ConnectivityValidationError` extends `Error`, which jsii refuses as a base class (JSII3004); it
 *   is marked `@jsii ignore` in the copy, as a jsii build of the package would leave it out.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

/** The platform entries, as jsii submodules of the root entry `lib/index.ts`. */
export const PLATFORM_ENTRIES = ['aws', 'cdktf', 'cdktn'];

/** The class jsii refuses as it stands (it extends `Error`), and the file that declares it. */
export const IGNORED_CLASS = { file: 'lib/core/errors.ts', name: 'ConnectivityValidationError' };

/** One line jsii printed as an error or a warning. */
export interface JsiiDiagnostic {
  readonly category: 'error' | 'warning';
  /** e.g. `JSII5018`. */
  readonly code: string;
  /** `lib/...` path relative to the copy, or undefined for a diagnostic without location. */
  readonly file?: string;
  readonly line?: number;
  readonly message: string;
}

/** What a jsii run gave. */
export interface JsiiResult {
  readonly exitCode: number | null;
  /** All of stdout and stderr, for failure messages. */
  readonly output: string;
  readonly diagnostics: JsiiDiagnostic[];
  /** The `.jsii` assembly, when jsii wrote one (only without errors). */
  readonly assembly?: JsiiAssembly;
  /** Seconds the compile took. */
  readonly seconds: number;
}

/** The parts of a jsii assembly (`@jsii/spec`) the test reads. */
export interface JsiiAssembly {
  readonly name: string;
  readonly types: Record<string, JsiiType>;
  readonly submodules?: Record<string, unknown>;
}

/** One type of a jsii assembly. */
export interface JsiiType {
  readonly fqn: string;
  readonly kind: 'class' | 'interface' | 'enum';
  readonly name: string;
  readonly docs?: { readonly summary?: string };
}

const DIAGNOSTIC = /^(?:(.+?):(\d+):\d+ - )?(error|warning) (JSII\d+): (.*)$/;

/** The error and warning lines of jsii's output (it prints one line per diagnostic, then the source excerpt). */
export function parseJsiiDiagnostics(output: string): JsiiDiagnostic[] {
  const diagnostics: JsiiDiagnostic[] = [];
  for (const line of output.split('\n')) {
    const match = DIAGNOSTIC.exec(line.trim());
    if (!match) continue;
    const [, file, lineNumber, category, code, message] = match;
    diagnostics.push({ category: category as 'error' | 'warning', code, file, line: lineNumber ? Number(lineNumber) : undefined, message });
  }
  return diagnostics;
}

function versionOf(root: string, name: string): string {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** package.json of the copy: jsii reads its entry, dependencies and metadata from there. */
function jsiiPackageJson(root: string): object {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const peers = Object.keys(pkg.peerDependencies ?? {});
  // jsii wants a peer's range to start at the version the package is compiled against.
  const installed = (names: string[], prefix: string) => Object.fromEntries(names.map((n) => [n, `${prefix}${versionOf(root, n)}`]));
  return {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    license: pkg.license,
    author: { name: pkg.name, roles: ['author'] },
    // jsii requires a repository; the package declares none.
    repository: { type: 'git', url: `https://example.invalid/${pkg.name}.git` },
    main: 'out/jsii-entry.js',
    types: 'out/jsii-entry.d.ts',
    jsii: { outdir: 'dist', targets: {}, tsc: { rootDir: 'lib', outDir: 'out' } },
    dependencies: pkg.dependencies,
    // Dependencies that are not jsii modules must be bundled.
    bundledDependencies: Object.keys(pkg.dependencies ?? {}),
    peerDependencies: installed(peers, '^'),
    devDependencies: installed([...peers, '@types/node'], ''),
  };
}

/** Removes the `export ... from '../...'` declarations of a platform entry, returning the new text and what was removed. */
export function dropParentReExports(text: string): { text: string; removed: string[] } {
  const source = ts.createSourceFile('index.ts', text, ts.ScriptTarget.ES2022, true);
  const removed: ts.ExportDeclaration[] = source.statements.filter(
    (s): s is ts.ExportDeclaration => ts.isExportDeclaration(s) && s.moduleSpecifier !== undefined && ts.isStringLiteral(s.moduleSpecifier) && s.moduleSpecifier.text.startsWith('../'),
  );
  let result = text;
  for (const statement of [...removed].reverse()) result = result.slice(0, statement.getStart()) + result.slice(statement.getEnd());
  return { text: result, removed: removed.map((s) => s.getText()) };
}

/** Adds `@jsii ignore` to the doc comment of the one class jsii refuses; throws if the class or its doc comment moved. */
export function markIgnored(text: string, className: string): string {
  const declaration = `export class ${className} `;
  const at = text.indexOf(declaration);
  if (at < 0 || text.indexOf(declaration, at + 1) >= 0) throw new Error(`expected one declaration of ${className}`);
  const close = text.lastIndexOf('*/', at);
  if (close < 0 || text.slice(close + 2, at).trim() !== '') throw new Error(`${className} has no doc comment right above it`);
  return `${text.slice(0, close)}* @jsii ignore\n ${text.slice(close)}`;
}

/** Writes the copy jsii compiles; returns its directory and the re-exports it dropped, per platform entry. */
export function prepareJsiiProject(root: string): { dir: string; dropped: Record<string, string[]> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsii-api-'));
  fs.cpSync(path.join(root, 'lib'), path.join(dir, 'lib'), { recursive: true });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.copyFileSync(path.join(root, 'README.md'), path.join(dir, 'README.md'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(jsiiPackageJson(root), null, 2));
  const dropped: Record<string, string[]> = {};
  for (const entry of PLATFORM_ENTRIES) {
    const file = path.join(dir, 'lib', entry, 'index.ts');
    const { text, removed } = dropParentReExports(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, text);
    dropped[entry] = removed;
  }
  const errors = path.join(dir, IGNORED_CLASS.file);
  fs.writeFileSync(errors, markIgnored(fs.readFileSync(errors, 'utf8'), IGNORED_CLASS.name));
  const submodules = PLATFORM_ENTRIES.map((e) => `export * as ${e} from './${e}';`);
  fs.writeFileSync(path.join(dir, 'lib', 'jsii-entry.ts'), ["export * from './index';", ...submodules, ''].join('\n'));
  return { dir, dropped };
}

/** Runs jsii on a prepared copy. */
export function runJsii(root: string, dir: string): JsiiResult {
  const started = process.hrtime.bigint();
  const jsii = require.resolve('jsii/bin/jsii', { paths: [root] });
  const major = process.versions.node.split('.')[0];
  const run = spawnSync(process.execPath, [jsii], {
    cwd: dir,
    encoding: 'utf8',
    // Node 20 is past end of life for jsii, which prints a banner unless told the version is known.
    env: { ...process.env, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: major, NO_COLOR: '1', FORCE_COLOR: '0' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.error) throw run.error;
  const output = `${run.stdout}\n${run.stderr}`;
  const assemblyFile = path.join(dir, '.jsii');
  const assembly = fs.existsSync(assemblyFile) ? (JSON.parse(fs.readFileSync(assemblyFile, 'utf8')) as JsiiAssembly) : undefined;
  return { exitCode: run.status, output, diagnostics: parseJsiiDiagnostics(output), assembly, seconds };
}
