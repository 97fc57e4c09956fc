import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ConnectivitySnapshot } from '../../lib';
import { buildExampleApp } from '../../examples/aws/example-app';

ConnectivitySnapshot.register();

describe('the example app', () => {
  let outdir: string;
  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'backup-agent-connectivity-aws-'));
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  test('synthesizes with cdk-nag and CloudFormation validation and no finding', () => {
    const app = buildExampleApp({ outdir });
    const assembly = app.synth();
    expect(assembly.stacks.map((s) => s.stackName).sort()).toEqual(
      ['CommercialBroad', 'CommercialMinimalWithVault', 'ExistingSecurityGroup', 'Federal', 'NetworkAcl'].sort(),
    );
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
    expect(report.pluginReports).toEqual([]);
  });

  test('stacks match their snapshots', () => {
    const app = buildExampleApp({ outdir: join(outdir, 'snapshots') });
    for (const stack of app.node.children.filter((c): c is Stack => Stack.isStack(c))) {
      expect(Template.fromStack(stack).toJSON()).toMatchSnapshot(stack.stackName);
    }
  });

  test('stacks match their connectivity snapshots: what each construct can connect to, exactly', () => {
    const app = buildExampleApp({ outdir: join(outdir, 'connectivity') });
    for (const stack of app.node.children.filter((c): c is Stack => Stack.isStack(c))) {
      expect(Template.fromStack(stack).toJSON()).toMatchConnectivitySnapshot(undefined, stack.stackName);
    }
  });
});
