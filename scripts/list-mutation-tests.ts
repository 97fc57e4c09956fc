/**
 * Lists the full name of every test of a mutation area by suite, for the mutation runs' test
 * sequencer (`test/mutation/covering-files.sequencer.js`), which then loads only the suites that
 * hold a mutant's covering tests.
 *
 *   tsx scripts/list-mutation-tests.ts <area>
 *
 * runs the area's suites once with jest (`test/mutation/jest.<area>.config.js`) and writes
 * `.cache/mutation/<area>.tests.json`: suite path from the repository root → its full test names,
 * how long it took and the SHA-256 of its source, by which the sequencer notices a suite changed since. The list is written again before every run, so it names the suites as they are.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** What this script reads from jest's JSON result. */
interface JestJsonResult {
  readonly testResults: ReadonlyArray<{
    readonly name: string;
    readonly startTime: number;
    readonly endTime: number;
    readonly assertionResults: ReadonlyArray<{ readonly fullName: string }>;
  }>;
}

const ROOT = path.resolve(__dirname, '..');
const area = process.argv[2];
if (!area) {
  console.error('usage: tsx scripts/list-mutation-tests.ts <area>');
  process.exit(2);
}

const scratch = mkdtempSync(path.join(tmpdir(), 'mutation-tests-'));
try {
  const resultFile = path.join(scratch, 'jest.json');
  execFileSync(
    path.join(ROOT, 'node_modules', '.bin', 'jest'),
    ['-c', `test/mutation/jest.${area}.config.js`, '--json', '--outputFile', resultFile, '--silent'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as JestJsonResult;
  const bySuite: Record<string, { durationMs: number; sha256: string; tests: string[] }> = {};
  for (const suite of [...result.testResults].sort((a, b) => a.name.localeCompare(b.name))) {
    bySuite[path.relative(ROOT, suite.name).split(path.sep).join('/')] = {
      durationMs: suite.endTime - suite.startTime,
      sha256: createHash('sha256').update(readFileSync(suite.name)).digest('hex'),
      tests: suite.assertionResults.map((test) => test.fullName),
    };
  }
  const out = path.join(ROOT, '.cache', 'mutation', `${area}.tests.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(bySuite, null, 2)}\n`);
  const tests = Object.values(bySuite).reduce((n, suite) => n + suite.tests.length, 0);
  console.log(`${Object.keys(bySuite).length} suites, ${tests} tests of '${area}' listed in ${path.relative(ROOT, out)}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
