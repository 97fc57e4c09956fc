import * as fs from 'node:fs';
import * as path from 'node:path';
import { localImportClosure } from './recorded-runs';
import { synthesizedOnce } from './synthesized-examples';

describe('the example apps synthesized once', () => {
  test('what synthesizes them never reaches lib/review, which the cache digest leaves out', () => {
    for (const entry of [
      'test/setup/synthesized-examples.ts',
      'examples/aws/example-app.ts',
      'examples/cdktf/example-stacks.ts',
      'examples/cdktf/main.ts',
    ]) {
      const reached = localImportClosure(entry);
      expect(reached.filter((file) => file.startsWith('lib/'))).not.toEqual([]);
      expect(reached.filter((file) => file.startsWith('lib/review/'))).toEqual([]);
    }
  });

  test('a name is synthesized on the first call only; a failed synthesis leaves nothing and is retried', () => {
    const name = `synthesized-once-test-${process.pid}-${Date.now()}`;
    let calls = 0;
    const failing = () => {
      calls++;
      throw new Error('synthesis failed');
    };
    expect(() => synthesizedOnce(name, failing)).toThrow('synthesis failed');
    const write = (outdir: string) => {
      calls++;
      fs.writeFileSync(path.join(outdir, 'out.json'), '{}');
    };
    const dir = synthesizedOnce(name, write);
    try {
      expect(synthesizedOnce(name, write)).toBe(dir);
      expect(calls).toBe(2);
      expect(fs.readdirSync(dir)).toEqual(['out.json']);
      expect(fs.readdirSync(path.dirname(dir)).filter((entry) => entry.startsWith(name))).toEqual([name]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
