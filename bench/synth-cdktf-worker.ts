/**
 * Child process of the CDK for Terraform synthesis benchmark: builds N agents' IBM VPC or classic
 * security groups with the construct or directly with the generated bindings, and times building
 * plus synthesis.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import type * as cdktfLib from '../lib/cdktf';
import type * as bindingsModule from '../lib/cdktf/ibm-provider';
import { collectGarbage, median, nowMs, peakRssMiB, reportResult, timeOnce, workerInput } from './measure';
import type { SynthInput, SynthOutput } from './synth-overhead';
import { canonicalJson, LiteralRule } from './synth-workload';

/** Description the construct gives the classic groups it creates, hard-coded as a user would. */
const CLASSIC_DESCRIPTION = 'IBM Cloud Backup agent connectivity';

const input = workerInput<SynthInput>();
const lib = input.side === 'construct' ? (require(input.entry) as typeof cdktfLib) : undefined;
// The hand-written side loads only the generated bindings, never the construct.
const ibm = require(path.join(path.dirname(input.entry), 'ibm-provider', 'index.js')) as typeof bindingsModule;

/** A VPC security group with one rule per policy rule, written with the bindings. */
function handVpcGroup(agent: Construct, index: number, rules: readonly LiteralRule[]): void {
  const group = new ibm.isSecurityGroup.IsSecurityGroup(agent, 'SecurityGroup', { vpc: vpcId(index) });
  for (const rule of rules) {
    new ibm.isSecurityGroupRule.IsSecurityGroupRule(agent, rule.id, {
      group: group.id,
      direction: rule.direction === 'ingress' ? 'inbound' : 'outbound',
      remote: rule.cidr,
      protocol: 'tcp',
      portMin: rule.fromPort,
      portMax: rule.toPort,
    });
  }
}

/** A classic security group with one rule per policy rule, written with the bindings. */
function handClassicGroup(agent: Construct, index: number, rules: readonly LiteralRule[]): void {
  const group = new ibm.securityGroup.SecurityGroup(agent, 'ClassicSecurityGroup', { name: classicName(index), description: CLASSIC_DESCRIPTION });
  for (const rule of rules) {
    new ibm.securityGroupRule.SecurityGroupRule(agent, rule.id, {
      securityGroupId: Token.asNumber(group.id),
      direction: rule.direction,
      etherType: 'IPv4',
      protocol: 'tcp',
      portRangeMin: rule.fromPort,
      portRangeMax: rule.toPort,
      remoteIp: rule.cidr,
    });
  }
}

function vpcId(index: number): string {
  return `r006-${(0x10000000 + index).toString(16)}-0000-4000-8000-000000000000`;
}

function classicName(index: number): string {
  return `backup-agent-${index}`;
}

function addAgent(stack: TerraformStack, index: number): void {
  const id = `Agent${index}`;
  if (lib) {
    const placement =
      input.variant === 'classic'
        ? { infrastructure: lib.IbmInfrastructure.CLASSIC, name: classicName(index) }
        : { infrastructure: lib.IbmInfrastructure.VPC, vpcId: vpcId(index) };
    new lib.BackupAgentConnectivity(stack, id, { ...input.options, ...placement });
    return;
  }
  const agent = new Construct(stack, id);
  if (input.variant === 'classic') handClassicGroup(agent, index, input.rules);
  else handVpcGroup(agent, index, input.rules);
}

function synthesize(n: number, outdir: string): string {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'agents');
  new ibm.provider.IbmProvider(stack, 'ibm', { region: 'us-south' });
  for (let i = 0; i < n; i++) addAgent(stack, i);
  app.synth();
  return path.join(outdir, 'stacks', 'agents', 'cdk.tf.json');
}

/** The document with every `//` comment object (cdktf's metadata, the intent record) removed. */
function withoutComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '//')
      .map(([key, v]) => [key, withoutComments(v)]),
  );
}

function countResources(document: { resource?: Record<string, Record<string, unknown>> }): number {
  return Object.values(document.resource ?? {}).reduce((sum, byName) => sum + Object.keys(byName).length, 0);
}

function main(): void {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bac-cdktf-synth-'));
  try {
    synthesize(Math.min(input.n, 10), path.join(scratch, 'warm-up'));
    const times: number[] = [];
    let file = '';
    for (let i = 0; i < input.iterations; i++) {
      collectGarbage();
      const outdir = path.join(scratch, `run-${i}`);
      const start = nowMs();
      file = synthesize(input.n, outdir);
      times.push(nowMs() - start);
    }
    const peak = peakRssMiB();
    const document = JSON.parse(fs.readFileSync(file, 'utf8')) as { resource?: Record<string, Record<string, unknown>> };
    if (input.dumpTo) fs.writeFileSync(input.dumpTo, canonicalJson(withoutComments(document)));
    const resolveMs = lib
      ? timeOnce(() => {
          for (let i = 0; i < input.n; i++) lib.ConnectivityPolicy.resolve(input.options);
        }).ms
      : undefined;
    const output: SynthOutput = {
      ms: median(times),
      peakRssMiB: peak,
      resources: countResources(document),
      documentBytes: fs.statSync(file).size,
      resolveMs,
    };
    reportResult(output);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main();
