import { ApiRule, ApiViolation, checkApiShape, formatViolations } from './api-shape-checker';

/** The package's entry points whose public API must have the shape jsii accepts. */
const ENTRIES = ['lib/index.ts', 'lib/aws/index.ts', 'lib/cdktf/index.ts', 'lib/cdktn/index.ts'];

/**
 * Deliberate exceptions, each named by symbol and rule; each must still be found, so that an entry
 * is removed here when it no longer applies. `ConnectivityValidationError` is the error the library
 * throws for bad input: it extends `Error` so that JavaScript and TypeScript users get a stack trace
 * and `instanceof`; jsii refuses `Error` as a base class, so a jsii build would keep it internal and
 * other languages would see the thrown error as a plain exception carrying the same message.
 */
const KNOWN_VIOLATIONS: Record<string, ReadonlyArray<{ readonly symbol: string; readonly rule: ApiRule }>> = {
  'lib/index.ts': [
    // jsii: "Illegal extends clause for an exported API" (JSII3004): Error is not a jsii type.
    { symbol: 'ConnectivityValidationError', rule: ApiRule.TYPE_REFERENCE },
  ],
  'lib/aws/index.ts': [{ symbol: 'ConnectivityValidationError', rule: ApiRule.TYPE_REFERENCE }],
  'lib/cdktf/index.ts': [{ symbol: 'ConnectivityValidationError', rule: ApiRule.TYPE_REFERENCE }],
  'lib/cdktn/index.ts': [{ symbol: 'ConnectivityValidationError', rule: ApiRule.TYPE_REFERENCE }],
};

const key = (v: { readonly symbol: string; readonly rule: ApiRule }): string => `${v.symbol} [${v.rule}]`;

describe.each(ENTRIES)('public API of %s has the shape jsii accepts', (entry) => {
  let violations: ApiViolation[];
  beforeAll(() => {
    violations = checkApiShape(entry);
  });

  test('no violation besides the known ones', () => {
    const known = new Set((KNOWN_VIOLATIONS[entry] ?? []).map(key));
    const unexpected = violations.filter((v) => !known.has(key(v)));
    if (unexpected.length > 0) throw new Error(`${unexpected.length} jsii shape violation(s) in ${entry}:\n${formatViolations(unexpected)}`);
  });

  test('every known violation is still there (remove fixed ones from the list)', () => {
    const found = new Set(violations.map(key));
    expect((KNOWN_VIOLATIONS[entry] ?? []).map(key).filter((k) => !found.has(k))).toEqual([]);
  });
});

describe('the checker', () => {
  let violations: ApiViolation[];
  beforeAll(() => {
    violations = checkApiShape('test/api/fixtures/entry.ts');
  });

  test('reports every kind of violation of the fixture, with its location, and nothing of the well-shaped API', () => {
    expect(violations.map(key).sort()).toEqual(
      [
        'freeFunction [exported-value]',
        'FREE_CONSTANT [exported-value]',
        'freeVariable [exported-value]',
        'FreeNamespace [exported-value]',
        'AliasedChoice [type-alias]',
        'Undocumented [doc-comment]',
        'BadEnum.NUMERIC [enum-member]',
        'BadEnum.lowerCase [enum-member]',
        'ConstEnum [enum-member]',
        'BadProps.union [union]',
        'BadProps.optionalUnion [union]',
        'BadProps.intersection [intersection]',
        'BadProps.tuple [tuple]',
        'BadProps.callback [function-type]',
        'BadProps.anonymous [object-literal-type]',
        'BadProps.hidden [type-reference]',
        'BadProps.lookup [generic]',
        'BadProps.pattern [type-reference]',
        'BadProps.frozen [readonly-array]',
        'BadProps.frozenToo [readonly-array]',
        'DataImplementation [data-interface]',
        'BadProps.partial [generic]',
        'BadProps.byNumber [type-reference]',
        'BadProps.aliased [type-alias]',
        'BadProps.mutable [data-interface]',
        'BadProps.compute [data-interface]',
        'GenericBox [generic]',
        'GenericBox.value [generic]',
        'BadClass [generic]',
        'BadClass.inferred [missing-type]',
        'BadClass.constructor(callback) [function-type]',
        'BadClass.items [tuple]',
        'BadClass.convert [generic]',
        'BadClass.convert(value) [generic]',
        'BadClass.convert() [generic]',
        'BadClass.either() [union]',
        'BadClass.both(value) [intersection]',
      ].sort(),
    );
  });

  test('locations point into the file that declares the offending code', () => {
    expect(violations.find((v) => v.symbol === 'freeFunction')?.location).toBe('test/api/fixtures/violations.ts:2:1');
    expect(violations.find((v) => v.symbol === 'BadProps.union')?.location).toMatch(/^test\/api\/fixtures\/violations\.ts:\d+:\d+$/);
    expect(violations.every((v) => v.location.startsWith('test/api/fixtures/violations.ts:'))).toBe(true);
  });

  test('one message lists every violation, a line each', () => {
    const message = formatViolations(violations);
    expect(message.split('\n')).toHaveLength(violations.length);
    expect(message).toContain('[union] BadProps.union has the union type string | number');
    expect(message).toContain('[exported-value] function freeFunction is exported');
  });
});
