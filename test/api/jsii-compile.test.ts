import * as fs from 'fs';
import * as path from 'path';
import { ApiRule } from './api-shape-checker';
import {
  recordedJsiiCompile,
  DeclaredSymbol,
  FIXTURE_DIRECTORY,
  JsiiCompileResult,
  JsiiDiagnostic,
  PlatformSubmodule,
  recordedPlatformOnlyExports,
} from './jsii-compile';

/**
 * Deliberate exceptions, each with every diagnostic jsii gives it; each must still be reported, so that
 * an entry is removed here when it no longer applies. `ConnectivityValidationError` is the error the
 * library throws for bad input: it extends `Error` so that JavaScript and TypeScript users get a stack
 * trace and `instanceof`; jsii refuses `Error` as a base class, so a jsii build would keep it internal
 * and other languages would see the thrown error as a plain exception carrying the same message.
 */
const KNOWN_VIOLATIONS: ReadonlyArray<{ readonly symbol: DeclaredSymbol; readonly diagnostics: ReadonlyArray<{ file: string; code: string }> }> = [
  {
    symbol: { file: 'lib/core/errors.ts', symbol: 'ConnectivityValidationError' },
    diagnostics: [
      // "Type "Error" cannot be used as the base class because it is private or @internal"
      { file: 'lib/core/errors.ts', code: 'JSII3001' },
      // "Type "Error" is part of the public API but not exported", at the class and at Error's declaration
      { file: 'lib/core/errors.ts', code: 'JSII9002' },
      { file: 'node_modules/typescript/lib/lib.es5.d.ts', code: 'JSII9002' },
      // "Illegal extends clause for an exported API"
      { file: 'lib/core/errors.ts', code: 'JSII3004' },
    ],
  },
];

/**
 * jsii logs JSII9998 ("Unsupported ... node. This declaration will not be accessible from other
 * languages": an exported function, variable or type alias) only at its most verbose level; as a
 * warning it is printed. As an error it would stop jsii before its code-style checks, since the
 * generated bindings export functions.
 */
const CATEGORIES = { JSII9998: 'warning' } as const;

/**
 * The fixtures jsii's type model accepts go with the public API, whose assembly then reaches jsii's
 * code-style checks (they run only on an assembly without errors); the fixtures it refuses go with the
 * known violations, which it refuses too.
 */
const ACCEPTED_FIXTURES = { apiShapeFixtures: 'entry.ts', codeStyleFixtures: 'jsii/code-style.ts' };
const REFUSED_FIXTURES = { typeModelFixtures: 'jsii/type-model.ts' };

/** jsii's verdict on one fixture case. */
interface Verdict {
  /** The checker's rule: an `ApiRule`, or the name of a rule the checker no longer has because jsii reports its cases. */
  readonly rule: string;
  /** What the case is. */
  readonly case: string;
  /** The fixture file, in `test/api/fixtures/`. */
  readonly fixture: string;
  /** Text of the line jsii reports the case on (once in the fixture). */
  readonly line: string;
  /** The codes jsii reports for it, sorted; none when jsii accepts it. */
  readonly codes: readonly string[];
  /** Text of the message of a diagnostic jsii prints without a location. */
  readonly unlocated?: string;
}

const TYPE_MODEL = 'jsii/type-model.ts';
const VERDICTS: readonly Verdict[] = [
  { rule: 'exported-value', case: 'a function', fixture: TYPE_MODEL, line: 'export function freeFunction', codes: ['JSII9998'] },
  { rule: 'exported-value', case: 'a constant', fixture: TYPE_MODEL, line: 'export const FREE_CONSTANT', codes: ['JSII9998'] },
  { rule: 'exported-value', case: 'a variable', fixture: TYPE_MODEL, line: 'export let freeVariable', codes: ['JSII9998'] },
  {
    rule: 'exported-value',
    case: 'a namespace: accepted, the value in it reported',
    fixture: TYPE_MODEL,
    line: 'export namespace FreeNamespace',
    codes: [],
  },
  { rule: 'exported-value', case: 'the value in a namespace', fixture: TYPE_MODEL, line: 'export const INSIDE', codes: ['JSII9998'] },
  { rule: 'type-alias', case: 'an exported type alias', fixture: TYPE_MODEL, line: 'export type AliasedChoice', codes: ['JSII9998'] },
  { rule: 'enum-member', case: 'a const enum', fixture: TYPE_MODEL, line: 'export const enum ConstEnum', codes: ['JSII1000'] },
  { rule: 'enum-member', case: 'a member not in UPPER_SNAKE_CASE', fixture: 'jsii/code-style.ts', line: 'lowerCase =', codes: ['JSII8001'] },
  { rule: 'tuple', case: 'a tuple', fixture: TYPE_MODEL, line: 'readonly tuple:', codes: ['JSII1999'] },
  { rule: 'tuple', case: 'a list of tuples', fixture: TYPE_MODEL, line: 'public readonly items:', codes: ['JSII1999'] },
  { rule: 'function-type', case: 'a function property', fixture: TYPE_MODEL, line: 'readonly callback:', codes: ['JSII1003'] },
  { rule: 'function-type', case: 'a function parameter', fixture: TYPE_MODEL, line: 'callback: () => void,', codes: ['JSII1003'] },
  { rule: 'object-literal-type', case: 'an anonymous object', fixture: TYPE_MODEL, line: 'readonly anonymous:', codes: ['JSII1003'] },
  { rule: 'object-literal-type', case: 'an index signature of a struct', fixture: TYPE_MODEL, line: '[key: string]: string;', codes: ['JSII1999'] },
  { rule: 'object-literal-type', case: 'an index signature of a class', fixture: TYPE_MODEL, line: '[key: string]: unknown;', codes: ['JSII1999'] },
  { rule: 'type-reference', case: 'a type the entry does not export', fixture: TYPE_MODEL, line: 'readonly hidden: Hidden', codes: ['JSII3001'] },
  { rule: 'type-reference', case: 'a built-in type', fixture: TYPE_MODEL, line: 'readonly pattern:', codes: ['JSII3001'] },
  { rule: 'type-reference', case: 'a map with number keys', fixture: TYPE_MODEL, line: 'readonly byNumber:', codes: ['JSII1003'] },
  { rule: 'generic', case: 'a generic built-in type', fixture: TYPE_MODEL, line: 'readonly lookup:', codes: ['JSII3001'] },
  { rule: 'generic', case: 'a generic type reference', fixture: TYPE_MODEL, line: 'readonly partial:', codes: ['JSII1003'] },
  { rule: 'generic', case: 'a generic interface', fixture: TYPE_MODEL, line: 'export interface GenericBox<T>', codes: ['JSII1006'] },
  { rule: 'generic', case: 'a generic class', fixture: TYPE_MODEL, line: 'export class GenericHolder<T>', codes: ['JSII1006'] },
  { rule: 'readonly-array', case: 'readonly T[]', fixture: TYPE_MODEL, line: 'readonly frozen:', codes: ['JSII3001'] },
  { rule: 'readonly-array', case: 'ReadonlyArray<T>', fixture: TYPE_MODEL, line: 'readonly frozenToo:', codes: ['JSII3001'] },
  { rule: 'data-interface', case: 'a mutable property of a struct', fixture: TYPE_MODEL, line: 'mutable: string;', codes: ['JSII3008'] },
  { rule: 'data-interface', case: 'a method of a struct', fixture: TYPE_MODEL, line: 'export interface ComputingProps', codes: ['JSII8007'] },
  {
    rule: 'data-interface',
    case: 'a class implementing a struct',
    fixture: TYPE_MODEL,
    line: 'export class DataImplementation',
    codes: ['JSII3007'],
  },
  { rule: 'missing-type', case: 'an inferred object type', fixture: TYPE_MODEL, line: 'public readonly inferred =', codes: ['JSII3001'] },
  {
    rule: 'intersection',
    case: 'an intersection as an output',
    fixture: TYPE_MODEL,
    line: 'public readonly both:',
    codes: ['JSII1009'],
    unlocated: 'RefusedMembers.both',
  },
  { rule: 'intersection', case: 'an intersection of structs', fixture: TYPE_MODEL, line: 'public merge(', codes: ['JSII1008'] },
  {
    rule: 'intersection',
    case: 'an intersection of behavioural interfaces as an input',
    fixture: 'well-shaped.ts',
    line: 'public combine(',
    codes: [],
  },
  { rule: ApiRule.DOC_COMMENT, case: 'an undocumented interface', fixture: 'violations.ts', line: 'export interface Undocumented', codes: [] },
  { rule: ApiRule.UNION, case: 'a union', fixture: 'violations.ts', line: 'readonly union:', codes: [] },
  { rule: ApiRule.UNION, case: 'a union of string literals', fixture: 'violations.ts', line: 'readonly optionalUnion?:', codes: [] },
  { rule: ApiRule.UNION, case: 'a union behind a type alias', fixture: 'violations.ts', line: 'readonly aliased:', codes: [] },
  { rule: ApiRule.UNION, case: 'a list of a union', fixture: 'violations.ts', line: 'readonly mixed:', codes: [] },
  { rule: ApiRule.UNION, case: 'an inferred union', fixture: 'violations.ts', line: 'public readonly inferredUnion', codes: [] },
  { rule: ApiRule.UNION, case: 'a union return type', fixture: 'violations.ts', line: 'public either()', codes: [] },
  { rule: ApiRule.ENUM_VALUE, case: 'a numeric member', fixture: 'violations.ts', line: 'NUMERIC = 1', codes: [] },
  { rule: ApiRule.ENUM_VALUE, case: 'a member numbered by the compiler', fixture: 'violations.ts', line: 'IMPLICIT,', codes: [] },
  { rule: ApiRule.GENERIC_METHOD, case: 'a generic method (jsii reads U as any)', fixture: 'violations.ts', line: 'public convert<U>', codes: [] },
  {
    rule: ApiRule.CALL_SIGNATURE,
    case: 'a call signature (jsii leaves it out)',
    fixture: 'violations.ts',
    line: '(value: string): string;',
    codes: [],
  },
];

/** The checker's rules before jsii compiled the public API, which it no longer has because jsii reports their cases. */
const RULES_LEFT_TO_JSII = [
  'exported-value',
  'type-alias',
  'intersection',
  'generic',
  'tuple',
  'function-type',
  'object-literal-type',
  'type-reference',
  'enum-member',
  'data-interface',
  'readonly-array',
  'missing-type',
];

/** The 1-based line of a fixture that holds the text; the text must be on one line only. */
function lineOf(fixture: string, text: string): number {
  const lines = fs.readFileSync(path.join(FIXTURE_DIRECTORY, fixture), 'utf8').split('\n');
  const found = lines.flatMap((line, index) => (line.includes(text) ? [index + 1] : []));
  if (found.length !== 1) throw new Error(`${fixture} holds "${text}" on ${found.length} lines`);
  return found[0];
}

/** Whether a repository file was written by cdktf's or cdktn's provider generator. */
function isGenerated(file: string): boolean {
  return fs.existsSync(file) && /^\/\/ generated (by cdkt[fn] get|from terraform)/m.test(fs.readFileSync(file, 'utf8').slice(0, 300));
}

const format = (diagnostics: readonly JsiiDiagnostic[]): string =>
  diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.category} ${d.code}: ${d.message}`).join('\n');
const inFixtures = (d: JsiiDiagnostic): boolean => d.file.startsWith(`${FIXTURE_DIRECTORY}/`);
const runOf = (fixture: string): 'accepted' | 'refused' => (Object.values(REFUSED_FIXTURES).includes(fixture) ? 'refused' : 'accepted');

/** The diagnostics of a verdict's case: on its line, or without a location and naming it. */
function diagnosticsOf(verdict: Verdict, result: JsiiCompileResult): JsiiDiagnostic[] {
  const file = `${FIXTURE_DIRECTORY}/${verdict.fixture}`;
  const line = lineOf(verdict.fixture, verdict.line);
  return result.diagnostics.filter(
    (d) => (d.file === file && d.line === line) || (verdict.unlocated !== undefined && d.file === '' && d.message.includes(verdict.unlocated)),
  );
}

describe('jsii compile of the public API and of the API-shape fixtures', () => {
  const results: Record<'accepted' | 'refused', JsiiCompileResult> = {} as Record<'accepted' | 'refused', JsiiCompileResult>;
  let submodules: Record<string, PlatformSubmodule>;

  beforeAll(
    async () => {
      submodules = await recordedPlatformOnlyExports();
      const known = KNOWN_VIOLATIONS.map((k) => k.symbol);
      [results.accepted, results.refused] = await Promise.all([
        recordedJsiiCompile({ publicApi: submodules, ignored: known, fixtures: ACCEPTED_FIXTURES }, { categories: CATEGORIES }),
        recordedJsiiCompile({ symbols: known, fixtures: REFUSED_FIXTURES }, { categories: CATEGORIES }),
      ]);
    },
    15 * 60 * 1000,
  );

  describe('the public entry points', () => {
    test('each platform submodule holds the symbols its entry point adds, and no symbol of another module', () => {
      expect(submodules.aws.symbols).toEqual(expect.arrayContaining(['BackupAgentConnectivity', 'BackupAgentConnectivityProps']));
      expect(submodules.cdktf.symbols).toEqual(expect.arrayContaining(['BackupAgentConnectivity', 'BackupAgentConnectivityProps', 'ibm']));
      // The props of /cdktn are those of /cdktf, and both export the provider class inside `ibm` too.
      expect(submodules.cdktn.symbols).toEqual(expect.arrayContaining(['BackupAgentConnectivity', 'ibm']));
      expect(submodules.cdktn.symbols).not.toContain('BackupAgentConnectivityProps');
      expect(submodules.cdktf.symbols).not.toContain('IbmProvider');
      // Nothing the main entry exports is a platform submodule's.
      const all = Object.values(submodules).flatMap((s) => s.symbols);
      expect(all).not.toContain('ConnectivityPolicy');
      expect(all).not.toContain('ConnectivityValidationError');
    });

    test('compile under jsii, through its code-style checks, with no error once the known violations are left out', () => {
      const errors = results.accepted.diagnostics.filter((d) => d.category === 'error' && !inFixtures(d));
      if (errors.length > 0) throw new Error(`${errors.length} jsii error(s) in the public API:\n${format(errors)}`);
      // The code-style checks ran: they report the code-style fixture, compiled in the same assembly.
      expect(results.accepted.diagnostics.filter((d) => d.code === 'JSII8001').map((d) => d.file)).toEqual([
        `${FIXTURE_DIRECTORY}/jsii/code-style.ts`,
      ]);
    });

    test('leave no declaration out of other languages (JSII9998), besides the functions of the generated bindings', () => {
      const unreachable = results.accepted.diagnostics.filter((d) => d.code === 'JSII9998' && !inFixtures(d));
      // jsii prints them: the generated bindings' functions are reported.
      expect(unreachable.length).toBeGreaterThan(0);
      expect(format(unreachable.filter((d) => !isGenerated(d.file)))).toBe('');
    });

    test('the known violations are reported, each with every diagnostic listed, and nothing else', () => {
      const claimed = new Set(VERDICTS.filter((v) => runOf(v.fixture) === 'refused').flatMap((v) => diagnosticsOf(v, results.refused)));
      const reported = results.refused.diagnostics.filter((d) => d.category === 'error' && !inFixtures(d) && !claimed.has(d));
      const listed = KNOWN_VIOLATIONS.flatMap((k) => k.diagnostics);
      const key = (d: { readonly file: string; readonly code: string }): string => `${d.file} ${d.code}`;
      expect(reported.map(key).sort()).toEqual(listed.map(key).sort());
    });
  });

  describe("jsii's verdict on each case of the API-shape fixtures", () => {
    test.each(VERDICTS.map((v) => [v.rule, v.case, v] as const))('%s: %s', (_rule, _case, verdict) => {
      const found = diagnosticsOf(verdict, results[runOf(verdict.fixture)]);
      expect([...new Set(found.map((d) => d.code))].sort()).toEqual([...verdict.codes]);
    });

    test('jsii reports nothing in the fixtures besides these cases', () => {
      for (const run of ['accepted', 'refused'] as const) {
        const claimed = new Set(VERDICTS.filter((v) => runOf(v.fixture) === run).flatMap((v) => diagnosticsOf(v, results[run])));
        const unclaimed = results[run].diagnostics.filter((d) => (inFixtures(d) || (d.file === '' && d.category === 'error')) && !claimed.has(d));
        expect(format(unclaimed)).toBe('');
      }
    });

    test("jsii reports no case of the checker's rules, and a case of every rule the checker left to it", () => {
      for (const rule of Object.values(ApiRule)) {
        const cases = VERDICTS.filter((v) => v.rule === rule);
        expect(cases.length).toBeGreaterThan(0);
        expect(cases.filter((v) => v.codes.length > 0)).toEqual([]);
      }
      for (const rule of RULES_LEFT_TO_JSII) expect(VERDICTS.some((v) => v.rule === rule && v.codes.length > 0)).toBe(true);
    });
  });
});
