import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/* eslint-disable @typescript-eslint/no-require-imports -- the jest plugins are CommonJS files that jest loads by path */
const CoveringFilesSequencer = require('./covering-files.sequencer.js');
const StopAtFirstFailureEnvironment = require('./stop-at-first-failure.environment.js');
/* eslint-enable @typescript-eslint/no-require-imports */

interface FakeTest {
  path: string;
  duration?: number;
  context: { config: { rootDir: string; globals: Record<string, unknown>; cacheDirectory: string; id: string }; hasteFS: { getSize(): number } };
}

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'mutation-runs-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** A suite file in the temporary root (its content is its name) and how jest hands it to a sequencer. */
function suite(name: string): FakeTest {
  fs.mkdirSync(path.join(root, 'test'), { recursive: true });
  if (!fs.existsSync(path.join(root, 'test', name))) fs.writeFileSync(path.join(root, 'test', name), name);
  return {
    path: path.join(root, 'test', name),
    context: {
      config: { rootDir: root, globals: { mutationArea: 'area' }, cacheDirectory: root, id: 'mutation-runs' },
      hasteFS: { getSize: () => 1 },
    },
  };
}

/** Writes the list as `scripts/list-mutation-tests.ts` does, each suite with the digest of its content (its name). */
function writeList(list: Record<string, { durationMs: number; tests: string[] }>): void {
  const withDigests = Object.fromEntries(
    Object.entries(list).map(([file, entry]) => [file, { ...entry, sha256: createHash('sha256').update(path.basename(file)).digest('hex') }]),
  );
  fs.mkdirSync(path.join(root, '.cache', 'mutation'), { recursive: true });
  fs.writeFileSync(path.join(root, '.cache', 'mutation', 'area.tests.json'), JSON.stringify(withDigests));
}

function sortedNames(testNamePattern: string | undefined, suites: FakeTest[]): string[] {
  const sequencer = new CoveringFilesSequencer({ contexts: [], globalConfig: { testNamePattern } });
  return sequencer.sort(suites).map((t: FakeTest) => path.basename(t.path));
}

describe('the test sequencer of mutation runs', () => {
  const SUITES = ['slow.test.ts', 'fast.test.ts', 'other.test.ts'];
  const LIST = {
    'test/slow.test.ts': { durationMs: 9000, tests: ['slow synthesizes the app', 'shared name (a)'] },
    'test/fast.test.ts': { durationMs: 100, tests: ['fast reads a template', 'shared name (a)'] },
    'test/other.test.ts': { durationMs: 50, tests: ['other thing'] },
  };

  test('keeps the suites holding a test whose full name matches the pattern, fastest first, as jest-circus matches names', () => {
    writeList(LIST);
    expect(sortedNames('(shared name \\(a\\))', SUITES.map(suite))).toEqual(['fast.test.ts', 'slow.test.ts']);
    expect(sortedNames('(SLOW SYNTHESIZES)', SUITES.map(suite))).toEqual(['slow.test.ts']);
    expect(sortedNames('(reads a template)|(other thing)', SUITES.map(suite))).toEqual(['other.test.ts', 'fast.test.ts']);
  });

  test('keeps every suite when a suite changed since the list was written, or when no listed suite matches the pattern', () => {
    writeList(LIST);
    expect(sortedNames('(a renamed test)', SUITES.map(suite)).sort()).toEqual([...SUITES].sort());
    const suites = SUITES.map(suite);
    fs.writeFileSync(path.join(root, 'test', 'fast.test.ts'), 'edited after the list');
    expect(sortedNames('(other thing)', suites).sort()).toEqual([...SUITES].sort());
  });

  test('keeps every suite without a pattern, fastest first', () => {
    writeList(LIST);
    for (const given of [SUITES, ['fast.test.ts', 'other.test.ts', 'slow.test.ts']]) {
      expect(sortedNames(undefined, given.map(suite))).toEqual(['other.test.ts', 'fast.test.ts', 'slow.test.ts']);
    }
  });

  test('keeps every suite without a list, or when the list does not name every suite', () => {
    expect(sortedNames('(other thing)', SUITES.map(suite)).sort()).toEqual([...SUITES].sort());
    expect(sortedNames(undefined, SUITES.map(suite)).sort()).toEqual([...SUITES].sort());
    writeList(LIST);
    expect(sortedNames('(other thing)', [...SUITES, 'new.test.ts'].map(suite)).sort()).toEqual([...SUITES, 'new.test.ts'].sort());
    expect(sortedNames(undefined, [...SUITES, 'new.test.ts'].map(suite)).sort()).toEqual([...SUITES, 'new.test.ts'].sort());
  });
});

interface FakeCircusTest {
  type: 'test';
  mode?: string;
  errors: unknown[];
}

describe('the test environment of mutation runs', () => {
  const ACTIVE = '__STRYKER_ACTIVE_MUTANT__';
  const saved = process.env[ACTIVE];
  afterEach(() => {
    if (saved === undefined) delete process.env[ACTIVE];
    else process.env[ACTIVE] = saved;
  });

  function environment(): { handleTestEvent(event: object, state?: object): void } {
    return new StopAtFirstFailureEnvironment({ globalConfig: {}, projectConfig: { testEnvironmentOptions: {} } }, { console, testPath: 'x' });
  }
  const circusTest = (errors: unknown[] = []): FakeCircusTest => ({ type: 'test', errors });
  function rootWith(...tests: FakeCircusTest[]) {
    return { rootDescribeBlock: { children: [tests[0], { type: 'describeBlock', children: tests.slice(1) }] } };
  }

  test('after a failing test of the active mutant, every later test of that mutant is skipped, in the same suite and in later ones', () => {
    process.env[ACTIVE] = 'mutation-runs-1';
    const env = environment();
    env.handleTestEvent({ name: 'test_done', test: circusTest(['expected 1, got 2']) });
    const next = circusTest();
    env.handleTestEvent({ name: 'test_start', test: next });
    expect(next.mode).toBe('skip');
    const later = [circusTest(), circusTest(), circusTest()];
    env.handleTestEvent({ name: 'run_start' }, rootWith(...later));
    expect(later.map((t) => t.mode)).toEqual(['skip', 'skip', 'skip']);
  });

  test('a passing test, another mutant or no active mutant skips nothing; a failing hook counts as a failure', () => {
    process.env[ACTIVE] = 'mutation-runs-2';
    const env = environment();
    env.handleTestEvent({ name: 'test_done', test: circusTest() });
    const afterPass = circusTest();
    env.handleTestEvent({ name: 'test_start', test: afterPass });
    expect(afterPass.mode).toBeUndefined();
    env.handleTestEvent({ name: 'hook_failure' });
    process.env[ACTIVE] = 'mutation-runs-3';
    const otherMutant = [circusTest(), circusTest()];
    env.handleTestEvent({ name: 'run_start' }, rootWith(...otherMutant));
    expect(otherMutant.map((t) => t.mode)).toEqual([undefined, undefined]);
    env.handleTestEvent({ name: 'test_done', test: circusTest(['fails']) });
    delete process.env[ACTIVE];
    const dryRun = circusTest();
    env.handleTestEvent({ name: 'test_start', test: dryRun });
    expect(dryRun.mode).toBeUndefined();
  });
});
