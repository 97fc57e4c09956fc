import { ApiViolation, formatViolations, recordedApiShapes } from './api-shape-checker';

/** The package's entry points whose public API must keep the checker's rules (jsii's own are checked by jsii-compile.test.ts). */
const ENTRIES = ['lib/index.ts', 'lib/aws/index.ts', 'lib/cdktf/index.ts', 'lib/cdktn/index.ts'];

const FIXTURE_ENTRY = 'test/api/fixtures/entry.ts';

const key = (v: ApiViolation): string => `${v.symbol} [${v.rule}]`;

/** The violations of every entry and of the fixture, from one program over them all. */
let violationsByEntry: Map<string, ApiViolation[]>;
beforeAll(async () => {
  violationsByEntry = await recordedApiShapes([...ENTRIES, FIXTURE_ENTRY]);
}, 120_000);

describe.each(ENTRIES)('public API of %s', (entry) => {
  test('keeps the rules jsii does not check', () => {
    const violations = violationsByEntry.get(entry)!;
    if (violations.length > 0) throw new Error(`${violations.length} API shape violation(s) in ${entry}:\n${formatViolations(violations)}`);
  });
});

describe('the checker', () => {
  let violations: ApiViolation[];
  beforeAll(() => {
    violations = violationsByEntry.get(FIXTURE_ENTRY)!;
  });

  test('reports every kind of violation of the fixture, with its location, and nothing of the well-shaped API', () => {
    expect(violations.map(key).sort()).toEqual(
      [
        'Undocumented [doc-comment]',
        'NumericEnum.NUMERIC [enum-value]',
        'NumericEnum.IMPLICIT [enum-value]',
        'UnionProps.union [union]',
        'UnionProps.optionalUnion [union]',
        'UnionProps.aliased [union]',
        'UnionProps.mixed [union]',
        'ICallable [call-signature]',
        'BadClass.inferredUnion [union]',
        'BadClass.convert [generic-method]',
        'BadClass.either() [union]',
      ].sort(),
    );
  });

  test('locations point into the file that declares the offending code', () => {
    expect(violations.find((v) => v.symbol === 'Undocumented')?.location).toBe('test/api/fixtures/violations.ts:3:1');
    expect(violations.find((v) => v.symbol === 'UnionProps.union')?.location).toMatch(/^test\/api\/fixtures\/violations\.ts:\d+:\d+$/);
    expect(violations.every((v) => v.location.startsWith('test/api/fixtures/violations.ts:'))).toBe(true);
  });

  test('one message lists every violation, a line each', () => {
    const message = formatViolations(violations);
    expect(message.split('\n')).toHaveLength(violations.length);
    expect(message).toContain('[union] UnionProps.union has the union type string | number');
    expect(message).toContain('[union] BadClass.inferredUnion has the inferred union type "a" | 1');
    expect(message).toContain('[generic-method] BadClass.convert has the type parameter U');
  });
});
