import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ts from 'typescript';
import { localImportClosure, RECORDED_RUNS_SWITCH, recordedRun, recordedRunKey, REPLAY_LOG_DIRECTORY, RunInputs } from './recorded-runs';
import { replaySummary } from './recorded-runs.global';

const ROOT = path.resolve(__dirname, '../..');

describe('recorded tool runs', () => {
  let outside: string;
  let kind: string;
  // These tests record and replay whatever the switch says for the run around them.
  const switchOfTheRun = process.env[RECORDED_RUNS_SWITCH];

  beforeEach(() => {
    delete process.env[RECORDED_RUNS_SWITCH];
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'recorded-runs-'));
    fs.mkdirSync(path.join(outside, 'nested'));
    fs.writeFileSync(path.join(outside, 'nested', 'config.json'), '{"a":1}');
    kind = `recorded-runs-test-${process.pid}-${Date.now()}`;
  });

  afterEach(() => {
    if (switchOfTheRun === undefined) delete process.env[RECORDED_RUNS_SWITCH];
    else process.env[RECORDED_RUNS_SWITCH] = switchOfTheRun;
    fs.rmSync(outside, { recursive: true, force: true });
    fs.rmSync(path.join(ROOT, '.cache', 'runs', kind), { recursive: true, force: true });
    // The replays of these tests are not the run's: the summary counts only tool runs.
    const log = path.join(REPLAY_LOG_DIRECTORY, `${process.pid}.log`);
    if (fs.existsSync(log)) {
      const lines = fs
        .readFileSync(log, 'utf8')
        .split('\n')
        .filter((line) => line !== '' && !line.startsWith(`${kind} `));
      fs.writeFileSync(log, lines.map((line) => `${line}\n`).join(''));
    }
  });

  const inputs = (): RunInputs => ({
    sources: ['tsconfig.json'],
    outside: [outside],
    executables: [process.execPath],
    parameters: { command: 'validate' },
  });

  test('the key changes with every byte, file name, parameter, executable and environment variable the run reads, and with nothing else', () => {
    const base = recordedRunKey(kind, inputs());
    expect(recordedRunKey(kind, inputs())).toBe(base);
    const keys = new Set([base]);
    const changed = (key: string) => {
      expect(keys.has(key)).toBe(false);
      keys.add(key);
    };
    changed(recordedRunKey(`${kind}-other`, inputs()));
    changed(recordedRunKey(kind, { ...inputs(), parameters: { command: 'plan' } }));
    changed(recordedRunKey(kind, { ...inputs(), sources: ['tsconfig.json', 'package.json'] }));
    changed(recordedRunKey(kind, { ...inputs(), executables: [] }));
    const withEnvironment = { ...inputs(), environment: /^RECORDED_RUNS_TEST_/ };
    changed(recordedRunKey(kind, withEnvironment));
    process.env.RECORDED_RUNS_OTHER_VARIABLE = 'not read';
    process.env.RECORDED_RUNS_TEST_VARIABLE = 'read';
    try {
      expect(recordedRunKey(kind, inputs())).toBe(base);
      changed(recordedRunKey(kind, withEnvironment));
      process.env.RECORDED_RUNS_TEST_VARIABLE = 'read, changed';
      changed(recordedRunKey(kind, withEnvironment));
    } finally {
      delete process.env.RECORDED_RUNS_OTHER_VARIABLE;
      delete process.env.RECORDED_RUNS_TEST_VARIABLE;
    }
    fs.writeFileSync(path.join(outside, 'nested', 'config.json'), '{"a":2}');
    changed(recordedRunKey(kind, inputs()));
    fs.renameSync(path.join(outside, 'nested', 'config.json'), path.join(outside, 'nested', 'other.json'));
    changed(recordedRunKey(kind, inputs()));
    fs.writeFileSync(path.join(outside, 'added.txt'), '');
    changed(recordedRunKey(kind, inputs()));
    // The directory's own path is not read by the run: a copy elsewhere has the same key.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'recorded-runs-copy-'));
    try {
      fs.cpSync(outside, copy, { recursive: true });
      expect(recordedRunKey(kind, { ...inputs(), outside: [copy] })).toBe(recordedRunKey(kind, inputs()));
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  test('a kept outcome is replayed for the same inputs and logged; changed inputs run again', async () => {
    let runs = 0;
    const tool = async () => ({ exitCode: 0, stdout: `run ${++runs}` });
    expect(await recordedRun(kind, inputs(), tool)).toEqual({ exitCode: 0, stdout: 'run 1' });
    expect(await recordedRun(kind, inputs(), tool)).toEqual({ exitCode: 0, stdout: 'run 1' });
    expect(runs).toBe(1);
    const log = fs.readFileSync(path.join(REPLAY_LOG_DIRECTORY, `${process.pid}.log`), 'utf8');
    expect(log).toContain(`${kind} ${recordedRunKey(kind, inputs())}\n`);
    fs.writeFileSync(path.join(outside, 'nested', 'config.json'), '{"a":3}');
    expect(await recordedRun(kind, inputs(), tool)).toEqual({ exitCode: 0, stdout: 'run 2' });
    expect(replaySummary()).toMatch(new RegExp(`Recorded tool runs: \\d+ replayed from \\.cache/runs .*${kind} 1`));
  });

  test('an outcome that keep refuses is not recorded, and a failing run records nothing', async () => {
    let runs = 0;
    const timedOut = async () => ({ exitCode: 1, stderr: `killed ${++runs}` });
    await recordedRun(kind, inputs(), timedOut, () => false);
    await recordedRun(kind, inputs(), timedOut, () => false);
    expect(runs).toBe(2);
    await expect(recordedRun(kind, inputs(), () => Promise.reject(new Error('tool failed')))).rejects.toThrow('tool failed');
    expect(fs.existsSync(path.join(ROOT, '.cache', 'runs', kind))).toBe(false);
  });

  test(`${RECORDED_RUNS_SWITCH}=off runs every time and records nothing`, async () => {
    process.env[RECORDED_RUNS_SWITCH] = 'off';
    let runs = 0;
    const tool = async () => ++runs;
    await recordedRun(kind, inputs(), tool);
    await recordedRun(kind, inputs(), tool);
    expect(runs).toBe(2);
    expect(fs.existsSync(path.join(ROOT, '.cache', 'runs', kind))).toBe(false);
    expect(replaySummary()).toMatch(/every tool ran afresh/);
  });
});

/** The repository files of the TypeScript program of `entry`: every file its imports and exports reach, itself included. */
function typescriptProgramFiles(entry: string): string[] {
  const program = ts.createProgram([path.join(ROOT, entry)], {
    noEmit: true,
    types: [],
    skipLibCheck: true,
    moduleResolution: ts.ModuleResolutionKind.Node10,
  });
  return program
    .getSourceFiles()
    .map((source) => path.relative(ROOT, source.fileName).split(path.sep).join('/'))
    .filter((file) => !file.startsWith('node_modules/') && !file.startsWith('..'))
    .sort();
}

describe('the import closure that keys recorded runs', () => {
  test('of lib/terraform (the key of every Terraform run): the files of its TypeScript program, no more and no fewer', () => {
    const closure = localImportClosure('lib/terraform/index.ts');
    expect(closure).toEqual(expect.arrayContaining(['lib/terraform/provider-server.ts', 'lib/ibm-schema/validate.ts']));
    expect(closure).toEqual(typescriptProgramFiles('lib/terraform/index.ts'));
  });
});
