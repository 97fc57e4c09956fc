import { readFileSync } from 'fs';
import { join } from 'path';
import { ConnectivitySnapshot } from '../../lib';
import { exampleCdkOut } from '../setup/synthesized-examples';

ConnectivitySnapshot.register();

const STACKS = ['CommercialBroad', 'CommercialMinimalWithVault', 'ExistingSecurityGroup', 'Federal', 'NetworkAcl'];

/** The cloud assembly's manifest entries of the CloudFormation stacks, by stack name. */
function stackArtifacts(outdir: string): Record<string, { properties: { templateFile: string } }> {
  const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as {
    artifacts: Record<string, { type: string; properties: { templateFile: string } }>;
  };
  return Object.fromEntries(Object.entries(manifest.artifacts).filter(([, a]) => a.type === 'aws:cloudformation:stack'));
}

function template(outdir: string, stackName: string): object {
  return JSON.parse(readFileSync(join(outdir, stackArtifacts(outdir)[stackName].properties.templateFile), 'utf8'));
}

describe('the example app', () => {
  test('synthesizes with cdk-nag and CloudFormation validation and no finding', () => {
    const outdir = exampleCdkOut();
    expect(Object.keys(stackArtifacts(outdir)).sort()).toEqual([...STACKS].sort());
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
    expect(report.pluginReports).toEqual([]);
  });

  test('stacks match their snapshots', () => {
    for (const stackName of STACKS) expect(template(exampleCdkOut(), stackName)).toMatchSnapshot(stackName);
  });

  test('stacks match their connectivity snapshots: what each construct can connect to, exactly', () => {
    for (const stackName of STACKS) expect(template(exampleCdkOut(), stackName)).toMatchConnectivitySnapshot(undefined, stackName);
  });
});
