import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as cdktf from 'cdktf';
import * as cdktn from 'cdktn';
import { buildExampleStacks as buildCdktfExample } from '../../examples/cdktf/example-stacks';
import { buildExampleStacks as buildCdktnExample } from '../../examples/cdktn/example-stacks';
import { runReviewCommand } from '../../lib/cli/review-command';
import { ConnectivityMatchers } from '../../lib';
import { BackupAgentConnectivity, Emit, IbmInfrastructure } from '../../lib/cdktn';
import { swapFrameworkNames } from '../../scripts/generate-cdktn-entry';
import { withoutFrameworkMetadata } from './flavours';

ConnectivityMatchers.register();
process.env.CHECKPOINT_DISABLE = '1';

const ROOT = path.join(__dirname, '..', '..');
const VPC_ID = 'r006-6f2a1c3e-8b7d-4e25-9a61-0c4d2b7e5f18';

function review(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runReviewCommand(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('the cdktn example app', () => {
  test('is the cdktf example app with its imports moved to cdktn and backup-agent-connectivity/cdktn', () => {
    for (const file of ['example-stacks.ts', 'main.ts']) {
      const cdktfSource = fs.readFileSync(path.join(ROOT, 'examples', 'cdktf', file), 'utf8');
      const cdktnSource = fs.readFileSync(path.join(ROOT, 'examples', 'cdktn', file), 'utf8');
      expect({ file, source: cdktnSource }).toEqual({ file, source: swapFrameworkNames(cdktfSource) });
      expect(cdktnSource).not.toMatch(/from '(cdktf|[./]+lib\/cdktf)'/);
    }
  });

  test('synthesizes the same stacks as the cdktf example app, metadata aside', () => {
    const tf = buildCdktfExample(cdktf.Testing.app());
    const tn = buildCdktnExample(cdktn.Testing.app());
    expect(Object.keys(tn)).toEqual(Object.keys(tf));
    for (const key of Object.keys(tf) as Array<keyof typeof tf>) {
      expect({ key, json: withoutFrameworkMetadata(tn[key].toTerraform()) }).toEqual({ key, json: withoutFrameworkMetadata(tf[key].toTerraform()) });
    }
  });

  describe('synthesized by main.ts and reviewed', () => {
    let workDir: string;
    beforeAll(() => {
      workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktn-example-'));
      for (const flavour of ['cdktf', 'cdktn']) {
        execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'examples', flavour, 'main.ts')], {
          cwd: ROOT,
          env: { ...process.env, CDKTF_OUTDIR: path.join(workDir, flavour), CHECKPOINT_DISABLE: '1' },
          stdio: 'pipe',
        });
      }
    }, 60_000);
    afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

    test('the review passes and reads the cdktn output exactly as the cdktf output, in Markdown and JSON', () => {
      for (const format of ['markdown', 'json']) {
        const [tf, tn] = ['cdktf', 'cdktn'].map((flavour) => review([path.join(workDir, flavour), '--format', format]));
        expect(tn.err).toBe('');
        expect(tn.code).toBe(0);
        expect(tn.out.length).toBeGreaterThan(1000);
        expect(tn.out.split(path.join(workDir, 'cdktn')).join('<out>')).toBe(tf.out.split(path.join(workDir, 'cdktf')).join('<out>'));
      }
      const markdown = review([path.join(workDir, 'cdktn')]).out;
      for (const stack of [
        'backup-agent-vpc-security-group',
        'backup-agent-vpc-network-acl',
        'backup-agent-classic-commercial',
        'backup-agent-classic-federal',
      ]) {
        expect(markdown).toContain(`## Backup agent connectivity review: ${stack}`);
      }
      expect(markdown).toContain('Result: passed');
    });

    test('a review of the cdktn output fails when a required rule is removed from it', () => {
      const file = path.join(workDir, 'cdktn', 'stacks', 'backup-agent-classic-commercial', 'cdk.tf.json');
      const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { resource: { ibm_security_group_rule: Record<string, { port_range_min: number }> } };
      const rules = json.resource.ibm_security_group_rule;
      const vaultRule = Object.keys(rules).find((id) => rules[id].port_range_min === 2546)!;
      expect(vaultRule).toBeDefined();
      delete rules[vaultRule];
      const broken = path.join(workDir, 'broken.tf.json');
      fs.writeFileSync(broken, JSON.stringify(json));
      const result = review([broken]);
      expect(result.code).toBe(1);
      expect(result.err.split('\n')[0]).toBe('Review FAILED: 1 required flow(s) not fully allowed.');
      expect(result.err).toContain('required egress flow 10.0.0.0/8 TCP 2546 is blocked');
    });
  });
});

describe('the jest matchers on /cdktn output', () => {
  test('decide flows through a VPC security group and a VPC network ACL of a cdktn stack', () => {
    const stack = new cdktn.TerraformStack(cdktn.Testing.app(), 'agents');
    new BackupAgentConnectivity(stack, 'Backup', {
      emit: Emit.BOTH,
      vpcId: VPC_ID,
      name: 'backup-agent',
      createNetworkAcl: true,
      vaultCidrs: ['10.200.90.14'],
    });
    const config = JSON.parse(JSON.stringify(stack.toTerraform()));
    expect(config).toAllowFlow({ direction: 'egress', peer: '10.2.118.12', port: 8087 });
    expect(config).toAllowFlow({ direction: 'egress', peer: '10.200.90.14', port: 2546 });
    expect(config).toAllowFlow({ direction: 'ingress', peer: '10.200.86.22', port: 2548 });
    expect(config).toDenyFlow({ direction: 'ingress', peer: '203.0.113.10', port: 2548 });
    expect(config).toDenyFlow({ direction: 'egress', peer: '10.2.118.12', port: 22 });
  });

  test('decide flows through a classic security group of a cdktn stack', () => {
    const stack = new cdktn.TerraformStack(cdktn.Testing.app(), 'agents');
    new BackupAgentConnectivity(stack, 'Backup', { infrastructure: IbmInfrastructure.CLASSIC, name: 'IBM Cloud Backup agents' });
    const config = JSON.parse(JSON.stringify(stack.toTerraform()));
    expect(config).toAllowFlow({ direction: 'egress', peer: '10.2.118.12', port: 8087 });
    expect(config).toDenyFlow({ direction: 'ingress', peer: '192.0.2.1', port: 2548 });
  });
});
