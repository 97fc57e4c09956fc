import { runReviewCommand } from '../../lib/cli/review-command';
import { discoverStacks } from '../../lib/review/stack-discovery';
import { exampleCdkOut, exampleCdktfOut } from '../setup/synthesized-examples';

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runReviewCommand(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('review command on the example apps', () => {
  test('the AWS example cdk.out: every stack found, every required flow allowed', () => {
    const outdir = exampleCdkOut();
    const names = discoverStacks(outdir).map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(['CommercialBroad', 'CommercialMinimalWithVault', 'Federal', 'ExistingSecurityGroup', 'NetworkAcl']),
    );
    const { code, out, err } = run([outdir]);
    expect(err).toBe('');
    expect(code).toBe(0);
    for (const name of names) expect(out).toContain(`## Backup agent connectivity review: ${name}`);
    expect(out).not.toContain('**BLOCKED**');
  });

  test('the IBM example cdktf.out: every stack found, every required flow allowed', () => {
    const outdir = exampleCdktfOut();
    const stacks = discoverStacks(outdir);
    expect(stacks.length).toBeGreaterThanOrEqual(4);
    expect(stacks.every((s) => s.kind === 'terraform')).toBe(true);
    const { code, out, err } = run([outdir, '--format', 'json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const reports = JSON.parse(out).stacks as Array<{ constructs: Array<{ requiredFlows: Array<{ verdict: string }> }> }>;
    expect(reports).toHaveLength(stacks.length);
    for (const report of reports) {
      expect(report.constructs.length).toBeGreaterThan(0);
      for (const construct of report.constructs) expect(construct.requiredFlows.map((f) => f.verdict)).not.toContain('denied');
    }
  });
});
