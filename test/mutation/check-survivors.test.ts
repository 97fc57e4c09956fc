import { checkSurvivors, EquivalentMutant, MutationReport, ReportedMutant, survivorsOf } from '../../scripts/check-mutation-survivors';

const SOURCE = ['export function f(a: number): number {', '  if (a > 1) return a;', '  return a + 1;', '}', ''].join('\n');

function mutant(status: string, mutatorName: string, line: number, from: number, to: number, replacement: string): ReportedMutant {
  return { status, mutatorName, replacement, location: { start: { line, column: from }, end: { line, column: to } } };
}

const REPORT: MutationReport = {
  files: {
    'lib/core/f.ts': {
      source: SOURCE,
      mutants: [
        mutant('Killed', 'EqualityOperator', 2, 7, 12, 'a >= 1'),
        mutant('Survived', 'EqualityOperator', 2, 7, 12, 'a > 1 || true'),
        mutant('Timeout', 'BlockStatement', 1, 38, 39, '{}'),
        mutant('NoCoverage', 'ArithmeticOperator', 3, 10, 15, 'a - 1'),
        mutant('CompileError', 'ArithmeticOperator', 3, 10, 15, 'a * "1"'),
      ],
    },
  },
};

function equivalent(line: number, mutator: string, original: string, replacement: string): EquivalentMutant {
  return { file: 'lib/core/f.ts', line, mutator, original, replacement, reason: 'test' };
}

describe('check-mutation-survivors', () => {
  test('the score counts killed and timed-out mutants over those plus survivors and uncovered ones', () => {
    const result = checkSurvivors(REPORT, []);
    expect(result.score).toBeCloseTo(50, 10);
    expect(result.counts).toEqual({ Killed: 1, Survived: 1, Timeout: 1, NoCoverage: 1, CompileError: 1 });
  });

  test('survivors carry the source text they replaced, read from the report', () => {
    expect(survivorsOf(REPORT).map((s) => [s.line, s.original, s.replacement, s.status])).toEqual([
      [2, 'a > 1', 'a > 1 || true', 'Survived'],
      [3, 'a + 1', 'a - 1', 'NoCoverage'],
    ]);
  });

  test('every survivor listed: nothing unlisted, nothing stale, whatever line the list recorded', () => {
    const result = checkSurvivors(REPORT, [
      equivalent(20, 'EqualityOperator', 'a > 1', 'a > 1 || true'),
      equivalent(30, 'ArithmeticOperator', 'a + 1', 'a - 1'),
    ]);
    expect(result.unlisted).toEqual([]);
    expect(result.stale).toEqual([]);
  });

  test('an unlisted survivor and a listed mutant that no longer survives are both reported', () => {
    const result = checkSurvivors(REPORT, [
      equivalent(2, 'EqualityOperator', 'a > 1', 'a > 1 || true'),
      equivalent(2, 'EqualityOperator', 'a > 1', 'a >= 1'),
    ]);
    expect(result.unlisted.map((s) => s.replacement)).toEqual(['a - 1']);
    expect(result.stale.map((e) => e.replacement)).toEqual(['a >= 1']);
  });

  test('one entry covers one survivor: a second identical survivor needs a second entry', () => {
    const twice: MutationReport = {
      files: {
        'lib/core/f.ts': {
          source: SOURCE,
          mutants: [mutant('Survived', 'EqualityOperator', 2, 7, 12, 'true'), mutant('Survived', 'EqualityOperator', 2, 7, 12, 'true')],
        },
      },
    };
    expect(checkSurvivors(twice, [equivalent(2, 'EqualityOperator', 'a > 1', 'true')]).unlisted).toHaveLength(1);
    expect(
      checkSurvivors(twice, [equivalent(2, 'EqualityOperator', 'a > 1', 'true'), equivalent(2, 'EqualityOperator', 'a > 1', 'true')]).unlisted,
    ).toHaveLength(0);
  });

  test('a mutant spanning lines is read across them', () => {
    const spanning = {
      ...mutant('Survived', 'BlockStatement', 2, 3, 3, ''),
      location: { start: { line: 2, column: 3 }, end: { line: 3, column: 16 } },
    };
    const [survivor] = survivorsOf({ files: { 'lib/core/f.ts': { source: SOURCE, mutants: [spanning] } } });
    expect(survivor.original).toBe('if (a > 1) return a;\n  return a + 1;');
  });
});
