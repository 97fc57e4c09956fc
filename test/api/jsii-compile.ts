/**
 * Compiles TypeScript with jsii (the CDK's multi-language compiler, the pinned devDependency) in
 * throwaway projects under `.cache/jsii/`, and returns jsii's diagnostics as records.
 *
 * A project holds copies of `lib/` and `test/api/fixtures/` at their repository paths and a main
 * module that re-exports what is to be compiled: the public API (`lib/index.ts`, with each platform
 * entry point a submodule, `aws`, `cdktf`, `cdktn`, holding only the symbols it adds, since jsii refuses
 * a symbol exported under two submodules, JSII3003), single symbols of `lib/`, and fixture files, each
 * one a submodule.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { recordedRun } from '../setup/recorded-runs';

/** One diagnostic of a jsii run, as jsii prints it: `file:line:column - error JSII3001: message [name]`. */
export interface JsiiDiagnostic {
  /**
   * The file, relative to the project root, where `lib/` and `test/api/fixtures/` have their repository
   * paths, or, outside the project (a declaration in node_modules), to the repository root; empty without a location.
   */
  readonly file: string;
  /** 1-based line; 0 without a location. */
  readonly line: number;
  /** 1-based column; 0 without a location. */
  readonly column: number;
  /** `error`, `warning`, `suggestion` or `message`. */
  readonly category: string;
  /** `JSII` or `TS` and the number, e.g. `JSII3001`. */
  readonly code: string;
  /** The first line of the message, without the name. */
  readonly message: string;
  /** jsii's name of the diagnostic, e.g. `type-model/use-of-internal-type`; empty when jsii prints none. */
  readonly name: string;
}

/** What one jsii run produced. */
export interface JsiiCompileResult {
  /** jsii's exit status: 0 when it wrote the assembly, 1 on an error; null when it was killed, e.g. by the timeout. */
  readonly status: number | null;
  /** Every diagnostic jsii printed, in its order. */
  readonly diagnostics: JsiiDiagnostic[];
  /** jsii's standard output and error, without colours, for a failure message. */
  readonly output: string;
  /** Wall time of the jsii process, in milliseconds. */
  readonly wallMs: number;
}

/** A symbol declared in a file of the repository. */
export interface DeclaredSymbol {
  /** The file, relative to the repository root, e.g. `lib/core/errors.ts`. */
  readonly file: string;
  /** The name it is declared under. */
  readonly symbol: string;
}

/**
 * What a throwaway jsii project holds. It always has copies of `lib/` (with the README.md of each
 * generated provider submodule, which jsii reads) and of `test/api/fixtures/`, at their repository
 * paths; jsii compiles what its main module reaches from there.
 */
export interface JsiiProject {
  /** The public API: `lib/index.ts` re-exported by the main module and the platform submodules, from {@link platformOnlyExports}. */
  readonly publicApi?: Readonly<Record<string, PlatformSubmodule>>;
  /** Symbols the main module re-exports from the files that declare them. */
  readonly symbols?: readonly DeclaredSymbol[];
  /** Symbols marked `@jsii ignore` in the copy, which jsii then leaves out of the assembly. */
  readonly ignored?: readonly DeclaredSymbol[];
  /** Fixture files of `test/api/fixtures/`, each one a submodule, by submodule name. */
  readonly fixtures?: Readonly<Record<string, string>>;
}

/** Options of a jsii run. */
export interface JsiiCompileOptions {
  /**
   * Categories that replace jsii's own for some codes (the `jsii.diagnostics` of package.json), e.g.
   * `{ JSII9998: 'warning' }` prints a diagnostic that jsii logs only at its most verbose level.
   * jsii refuses to lower an error.
   */
  readonly categories?: Readonly<Record<string, 'error' | 'warning' | 'suggestion' | 'message'>>;
}

/** A platform entry point of the package and the jsii submodule it becomes. */
export interface PlatformEntry {
  /** The submodule name (the subpath of the package's `exports` map). */
  readonly submodule: string;
  /** The entry file, relative to the repository root. */
  readonly entry: string;
}

/**
 * What a platform submodule re-exports. jsii places a type in a submodule only when the submodule's
 * module exports the type's own declaration, through `export *` of the file that declares it (a named
 * re-export leaves references to the type pointing at the main module, and jsii reports them as
 * un-exported types, JSII3000), so the submodule re-exports whole files.
 */
export interface PlatformSubmodule {
  /** The symbols it adds, by exported name. */
  readonly symbols: readonly string[];
  /** Files re-exported with `export *`, relative to the repository root: every symbol each one exports is one the submodule adds. */
  readonly files: readonly string[];
  /** Nested submodules (`export * as ibm from '...'`): the name and the file, relative to the repository root. */
  readonly namespaces: ReadonlyArray<{ readonly name: string; readonly file: string }>;
}

/** The package's main entry point, jsii's main module. */
export const MAIN_ENTRY = 'lib/index.ts';

/** The platform entry points, in the order their submodules claim symbols. */
export const PLATFORM_ENTRIES: readonly PlatformEntry[] = [
  { submodule: 'aws', entry: 'lib/aws/index.ts' },
  { submodule: 'cdktf', entry: 'lib/cdktf/index.ts' },
  { submodule: 'cdktn', entry: 'lib/cdktn/index.ts' },
];

/** The API-shape fixtures, copied to the same path in every project. */
export const FIXTURE_DIRECTORY = 'test/api/fixtures';

/** The peers whose jsii assemblies the public API uses. */
const PUBLIC_API_PEERS = ['aws-cdk-lib', 'cdktf', 'cdktn', 'constructs'];

/** A public API run took 19-27 s wall (about 25 s of CPU) on a loaded 2-core machine; the limit leaves room for a slower one. */
const JSII_TIMEOUT_MS = 10 * 60 * 1000;

// jsii colours its diagnostics whether or not it writes to a terminal.
// eslint-disable-next-line no-control-regex -- the escape character is what is matched
const ANSI_ESCAPE = /\u001b\[[0-9;]*m/g;
const LOCATED = /^(.+?):(\d+):(\d+) - (error|warning|suggestion|message) ((?:JSII|TS)\d+): (.*)$/;
const UNLOCATED = /^(error|warning|suggestion|message) ((?:JSII|TS)\d+): (.*)$/;
const NAME_SUFFIX = / \[([a-z0-9-]+\/[a-z0-9-]+)\]$/;

/** The diagnostics in jsii's output, one record for each `... - error JSII3001: ...` line; the source excerpts under them are skipped. */
export function parseJsiiDiagnostics(output: string): JsiiDiagnostic[] {
  const diagnostics: JsiiDiagnostic[] = [];
  for (const rawLine of output.replace(ANSI_ESCAPE, '').split(/\r?\n/)) {
    const line = rawLine.trimEnd();
    const located = LOCATED.exec(line);
    const unlocated = located ? null : UNLOCATED.exec(line);
    let record: Omit<JsiiDiagnostic, 'message' | 'name'> & { readonly text: string };
    if (located) {
      const [, file, lineNumber, column, category, code, text] = located;
      record = { file, line: Number(lineNumber), column: Number(column), category, code, text };
    } else if (unlocated) {
      const [, category, code, text] = unlocated;
      record = { file: '', line: 0, column: 0, category, code, text };
    } else {
      continue;
    }
    const { text, ...rest } = record;
    const named = NAME_SUFFIX.exec(text);
    diagnostics.push({ ...rest, message: named ? text.slice(0, named.index) : text, name: named ? named[1] : '' });
  }
  return diagnostics;
}

/** The repository's compiler options, so that the exports are read the way the project compiles. */
function compilerOptions(root: string): ts.CompilerOptions {
  const configPath = path.join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
}

/**
 * What each platform submodule re-exports, read with the TypeScript compiler API: the symbols of its
 * entry point that no earlier module claims. The main entry claims its exports first, then each
 * platform entry in turn claims its namespace exports with everything inside them, then its other
 * exports. So the `/cdktn` entry's props, shared with `/cdktf`, stay in `cdktf`, and the provider class
 * that an entry exports both directly and inside its generated `ibm` bindings stays in `ibm.provider`.
 * @param root the repository root; @default the current directory
 */
export function platformOnlyExports(root: string = process.cwd()): Record<string, PlatformSubmodule> {
  const entries = [MAIN_ENTRY, ...PLATFORM_ENTRIES.map((p) => p.entry)].map((e) => path.resolve(root, e));
  const program = ts.createProgram(entries, { ...compilerOptions(root), noEmit: true });
  const checker = program.getTypeChecker();
  const relative = (file: string): string => path.relative(root, file).split(path.sep).join('/');
  const resolve = (s: ts.Symbol): ts.Symbol => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
  const exportsOf = (moduleSymbol: ts.Symbol): ts.Symbol[] => checker.getExportsOfModule(moduleSymbol);
  const moduleOf = (file: string): ts.Symbol => {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${relative(file)} is not a module`);
    return moduleSymbol;
  };
  /** The module a namespace export names, if the symbol is one. */
  const namespaceFile = (target: ts.Symbol): ts.SourceFile | undefined => {
    const declaration = target.declarations?.[0];
    return declaration && ts.isSourceFile(declaration) ? declaration : undefined;
  };
  const claimed = new Set<ts.Symbol>();
  const claimDeep = (target: ts.Symbol): void => {
    if (claimed.has(target)) return;
    claimed.add(target);
    if (namespaceFile(target)) for (const inner of exportsOf(target)) claimDeep(resolve(inner));
  };
  for (const exported of exportsOf(moduleOf(entries[0]))) claimDeep(resolve(exported));

  const result: Record<string, PlatformSubmodule> = {};
  for (const { submodule, entry } of PLATFORM_ENTRIES) {
    const exported = exportsOf(moduleOf(path.resolve(root, entry))).map((e) => ({ name: e.name, target: resolve(e) }));
    const namespaces: Array<{ name: string; file: string }> = [];
    for (const { name, target } of exported) {
      const file = namespaceFile(target);
      if (!file || claimed.has(target)) continue;
      claimDeep(target);
      namespaces.push({ name, file: relative(file.fileName) });
    }
    const added = exported.filter(({ target }) => !claimed.has(target) && !namespaceFile(target));
    for (const { target } of added) claimed.add(target);
    const files = [...new Set(added.map(({ target }) => target.declarations?.[0]?.getSourceFile().fileName ?? ''))];
    for (const file of files) {
      const extra = exportsOf(moduleOf(file)).filter((e) => !added.some(({ target }) => target === resolve(e)));
      if (extra.length > 0) {
        const names = extra.map((e) => e.name).join(', ');
        throw new Error(`${relative(file)} also exports ${names}, which the ${submodule} submodule does not add: it can only re-export whole files`);
      }
    }
    result[submodule] = {
      symbols: [...added.map(({ name }) => name), ...namespaces.map(({ name }) => name)],
      files: files.map(relative),
      namespaces,
    };
  }
  return result;
}

/** A module specifier from the project file `from` to the project file `to`, e.g. `../lib/cdktf` for `lib/cdktf/index.ts`. */
function specifier(from: string, to: string): string {
  const relative = path.posix.relative(path.posix.dirname(from), to.replace(/(\/index)?\.ts$/, ''));
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** The files of the project besides the copies: the main module `index.ts` and the platform submodules. */
function projectFiles(project: JsiiProject): Record<string, string> {
  const files: Record<string, string> = {};
  const main: string[] = [];
  if (project.publicApi) {
    main.push(`export * from '${specifier('index.ts', MAIN_ENTRY)}';`);
    for (const { submodule } of PLATFORM_ENTRIES) {
      const file = `entries/${submodule}.ts`;
      const { files: reExported = [], namespaces = [] } = project.publicApi[submodule] ?? {};
      const lines = [
        ...reExported.map((f) => `export * from '${specifier(file, f)}';`),
        ...namespaces.map(({ name, file: f }) => `export * as ${name} from '${specifier(file, f)}';`),
      ];
      files[file] = `${lines.join('\n')}\n`;
      main.push(`export * as ${submodule} from '${specifier('index.ts', file)}';`);
    }
  }
  for (const { file, symbol } of project.symbols ?? []) main.push(`export { ${symbol} } from '${specifier('index.ts', file)}';`);
  for (const [submodule, fixture] of Object.entries(project.fixtures ?? {})) {
    main.push(`export * as ${submodule} from '${specifier('index.ts', `${FIXTURE_DIRECTORY}/${fixture}`)}';`);
  }
  files['index.ts'] = `${main.join('\n')}\n`;
  return files;
}

/** Adds `@jsii ignore` to the doc comment of a declaration in a copied file (or gives it one). */
function markIgnored(dir: string, { file, symbol }: DeclaredSymbol): void {
  const fileName = path.join(dir, file);
  const text = fs.readFileSync(fileName, 'utf8');
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const declaration = source.statements.find(
    (s): s is ts.DeclarationStatement & { name: ts.Identifier } =>
      (ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isEnumDeclaration(s)) && s.name?.text === symbol,
  );
  if (!declaration) throw new Error(`${file} declares no class, interface or enum ${symbol}`);
  const docs = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc);
  const tag = '@jsii ignore the known violation of the public API';
  const edited = docs.length
    ? `${text.slice(0, docs[docs.length - 1].end - 2).trimEnd()}\n * ${tag}\n */${text.slice(docs[docs.length - 1].end)}`
    : `${text.slice(0, declaration.getStart(source))}/** ${tag} */\n${text.slice(declaration.getStart(source))}`;
  fs.writeFileSync(fileName, edited);
}

/** Writes the project into `dir`: the copies, its files, package.json, README.md and a link to the repository's node_modules. */
function writeProject(root: string, dir: string, project: JsiiProject, options: JsiiCompileOptions): void {
  for (const directory of ['lib', FIXTURE_DIRECTORY]) fs.cpSync(path.join(root, directory), path.join(dir, directory), { recursive: true });
  for (const ignored of project.ignored ?? []) markIgnored(dir, ignored);
  for (const [file, text] of Object.entries(projectFiles(project))) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    description: string;
    license: string;
    dependencies?: Record<string, string>;
    peerDependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  // Only the public API uses the CDK libraries; leaving them out spares jsii reading their assemblies.
  const peers = project.publicApi ? PUBLIC_API_PEERS : ['constructs'];
  const pick = (from: Record<string, string>): Record<string, string> => Object.fromEntries(peers.map((name) => [name, from[name]]));
  const dependencies = pkg.dependencies ?? {};
  const packageJson = {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    license: pkg.license,
    // jsii requires both; the project is never published.
    author: { name: pkg.name, roles: ['author'] },
    repository: { type: 'git', url: `https://example.invalid/${pkg.name}.git` },
    main: 'index.js',
    types: 'index.d.ts',
    // The runtime dependencies are plain npm packages, which jsii accepts only as bundled ones.
    dependencies,
    bundledDependencies: Object.keys(dependencies),
    peerDependencies: pick(pkg.peerDependencies),
    devDependencies: pick(pkg.devDependencies),
    jsii: {
      outdir: 'dist',
      targets: {},
      // The copies are compiled as far as the main module reaches, not file by file.
      excludeTypescript: ['lib/**', 'test/**'],
      ...(options.categories ? { diagnostics: options.categories } : {}),
    },
  };
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, 'README.md'), `# ${pkg.name}\n\n${pkg.description}\n`);
}

/** Runs a command to its end, collecting its output, or kills it after the timeout. */
function run(command: string, cwd: string): Promise<{ status: number | null; output: string; wallMs: number }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, [], { cwd, env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), JSII_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ status, output: Buffer.concat(chunks).toString('utf8'), wallMs });
    });
  });
}

/**
 * Writes the project into a fresh directory under `.cache/jsii/`, runs the jsii binary of
 * `node_modules/.bin/jsii` on it and returns its diagnostics. The directory is removed afterwards.
 * @param project what the project holds
 * @param options categories that replace jsii's own
 * @param root the repository root; @default the current directory
 */
export async function compileWithJsii(
  project: JsiiProject,
  options: JsiiCompileOptions = {},
  root: string = process.cwd(),
): Promise<JsiiCompileResult> {
  const cache = path.join(root, '.cache', 'jsii');
  fs.mkdirSync(cache, { recursive: true });
  const dir = fs.mkdtempSync(path.join(cache, 'project-'));
  try {
    writeProject(root, dir, project, options);
    const { status, output: raw, wallMs } = await run(path.join(root, 'node_modules', '.bin', 'jsii'), dir);
    const output = raw.replace(ANSI_ESCAPE, '');
    // A file outside the project (a declaration of the linked node_modules) is given from the repository root.
    const diagnostics = parseJsiiDiagnostics(output).map((d) =>
      d.file.startsWith('../') ? { ...d, file: path.relative(root, path.resolve(dir, d.file)).split(path.sep).join('/') } : d,
    );
    return { status, diagnostics, output, wallMs };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * {@link compileWithJsii} in the repository root as a recorded run (see `test/setup/recorded-runs.ts`),
 * replayed while everything it reads is unchanged: `lib/`, the fixtures, this file (which writes the
 * project), package.json, the lock file (jsii and the peers' assemblies), the project and the options.
 * A run that jsii did not finish is not kept.
 */
export function recordedJsiiCompile(project: JsiiProject, options: JsiiCompileOptions = {}): Promise<JsiiCompileResult> {
  return recordedRun(
    'jsii',
    { sources: ['lib', FIXTURE_DIRECTORY, 'test/api/jsii-compile.ts', 'package.json'], parameters: { project, options } },
    () => compileWithJsii(project, options, path.resolve(__dirname, '../..')),
    (result) => result.status !== null,
  );
}

/**
 * {@link platformOnlyExports} of the repository as a recorded run (see `test/setup/recorded-runs.ts`),
 * replayed while `lib/`, tsconfig.json, this file and the lock file (the TypeScript compiler) are unchanged.
 */
export function recordedPlatformOnlyExports(): Promise<Record<string, PlatformSubmodule>> {
  return recordedRun(
    'typescript-exports',
    { sources: ['lib', 'tsconfig.json', 'test/api/jsii-compile.ts'], parameters: { entries: [MAIN_ENTRY, ...PLATFORM_ENTRIES] } },
    async () => platformOnlyExports(path.resolve(__dirname, '../..')),
  );
}
