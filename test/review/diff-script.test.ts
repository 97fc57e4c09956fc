import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CatalogEdition } from '../../lib';
import { exampleCdktfOut } from '../setup/synthesized-examples';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'review-diff.sh');
const CLI = `${join(ROOT, 'node_modules', '.bin', 'tsx')} ${join(ROOT, 'lib', 'cli', 'main.ts')}`;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'review-diff-script-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function script(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('sh', [SCRIPT, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, BACKUP_AGENT_CONNECTIVITY: CLI, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/review-diff.sh on two synthesized outputs of the cdktf example', () => {
  test('edition 2024-07-23 to 2026-06-08: exit 0, the comment written, printed and handed to the comment command', () => {
    const base = exampleCdktfOut(CatalogEdition.EDITION_2024_07_23);
    const head = exampleCdktfOut();
    const markdown = join(work, 'comment.md');
    const posted = join(work, 'posted.md');
    const { status, stdout, stderr } = script([base, head], { REVIEW_DIFF_MARKDOWN: markdown, REVIEW_DIFF_COMMENT_COMMAND: `cp "$1" '${posted}'` });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe(readFileSync(markdown, 'utf8'));
    expect(readFileSync(posted, 'utf8')).toBe(stdout);
    expect(stdout).toContain('Connectivity diff passed: 1 of 4 stack(s) changed.');
    expect(stdout).toContain('### `backup-agent-vpc-network-acl`: connectivity changed');
    expect(stdout).toContain('| opened | egress | 10.2.126.0/24 | 8086-8087 | 32768-65535 | — |');
    expect(stdout).toContain('| opened | ingress | 10.2.126.0/24 | 2548 | 32768-65535 | — |');
  });

  test('the same output twice: identical connectivity in one line', () => {
    const head = exampleCdktfOut();
    const { status, stdout } = script([head, head], { REVIEW_DIFF_MARKDOWN: join(work, 'same.md') });
    expect(status).toBe(0);
    expect(stdout).toBe(
      '## Backup agent connectivity diff\n\nIdentical connectivity: 4 stack(s) and 4 construct(s) let through exactly the same flows.\n',
    );
  });

  test('a required flow blocked by the change: exit 1, the comment still written', () => {
    const head = exampleCdktfOut();
    const config = JSON.parse(readFileSync(join(head, 'stacks', 'backup-agent-vpc-network-acl', 'cdk.tf.json'), 'utf8')) as {
      resource: Record<string, Record<string, Record<string, unknown>>>;
    };
    const rules = config.resource.ibm_is_network_acl_rule;
    const vault = Object.keys(rules).find((k) => rules[k].destination === '10.200.90.14/32' && rules[k].direction === 'outbound')!;
    rules[vault] = { ...rules[vault], action: 'deny' };
    const changed = join(work, 'changed.tf.json');
    writeFileSync(changed, JSON.stringify(config));
    const { status, stdout, stderr } = script([join(head, 'stacks', 'backup-agent-vpc-network-acl', 'cdk.tf.json'), changed], {
      REVIEW_DIFF_MARKDOWN: join(work, 'blocked.md'),
    });
    expect(status).toBe(1);
    expect(stdout).toContain('### `changed.tf.json`: connectivity changed');
    expect(stdout).toContain('| **became BLOCKED** | egress 10.200.90.14/32 2546 | 10.200.90.14/32 | 2546 | 32768-65535 |');
    expect(stderr).toContain('became blocked');
  });

  test('outputs that cannot be compared: exit 2 and a message', () => {
    const { status, stderr } = script([join(work, 'missing'), exampleCdktfOut()], { REVIEW_DIFF_MARKDOWN: join(work, 'missing.md') });
    expect(status).toBe(2);
    expect(stderr).toContain('does not exist');
    expect(stderr).toContain('review-diff: the outputs could not be compared (exit 2)');
  });
});
