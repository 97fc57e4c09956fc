import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { BackupAgentConnectivity, Emit } from '../../lib/aws';
import { runReviewCommand } from '../../lib/cli/review-command';

process.env.CDK_VALIDATION = 'false';

/**
 * The README shows an excerpt of a failing review. It must be what the command prints, so this test
 * produces it from the case it describes (an existing ACL entry DENY 10.2.0.0/16 egress, rule 50,
 * ahead of the construct's entries) and compares it with the README.
 */
function failingOutput(): { code: number; out: string } {
  const app = new App();
  const stack = new Stack(app, 'Agents', { env: { account: '123456789012', region: 'us-east-1' } });
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
    vpcId: 'vpc-0a1b2c3d4e5f67890',
    availabilityZones: ['us-east-1a'],
    privateSubnetIds: ['subnet-0a1b2c3d4e5f67890'],
  });
  const networkAcl = ec2.NetworkAcl.fromNetworkAclId(stack, 'SubnetAcl', 'acl-0a1b2c3d4e5f67890');
  new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, emit: Emit.BOTH, networkAcl });
  new ec2.NetworkAclEntry(stack, 'CorporateDeny', {
    networkAcl,
    ruleNumber: 50,
    cidr: ec2.AclCidr.ipv4('10.2.0.0/16'),
    traffic: ec2.AclTraffic.allTraffic(),
    direction: ec2.TrafficDirection.EGRESS,
    ruleAction: ec2.Action.DENY,
  });
  const file = join(mkdtempSync(join(tmpdir(), 'readme-excerpt-')), 'Agents.template.json');
  writeFileSync(file, JSON.stringify(app.synth().getStackByName('Agents').template));
  let out = '';
  const code = runReviewCommand([file], { out: (s) => (out += s), err: () => undefined });
  return { code, out };
}

/** The first line, the stack's heading and result, and the Required flows and Blocked sections. */
function excerptOf(out: string): string {
  const lines = out.split('\n');
  const section = (title: string): string[] => {
    const start = lines.indexOf(title);
    const end = lines.findIndex((l, i) => i > start && l.startsWith('#### '));
    return lines.slice(start, end < 0 ? undefined : end);
  };
  const heading = lines.findIndex((l) => l.startsWith('## '));
  return [lines[0], '', ...lines.slice(heading, heading + 3), '', ...section('#### Required flows'), ...section('#### Blocked')].join('\n').trimEnd();
}

test("the README's failing review excerpt is what the command prints", () => {
  const { code, out } = failingOutput();
  expect(code).toBe(1);
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const match = /<!-- review-excerpt: failing -->\n````markdown\n([\s\S]*?)\n````/.exec(readme);
  expect(match).not.toBeNull();
  expect(match![1]).toBe(excerptOf(out));
});
