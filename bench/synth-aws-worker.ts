/**
 * Child process of the AWS CDK synthesis benchmark: builds N agents' security groups or network ACL
 * entries with the construct or by hand, and times building plus synthesis.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import type * as awsLib from '../lib/aws';
import { collectGarbage, median, nowMs, peakRssMiB, reportResult, timeOnce, workerInput } from './measure';
import type { SynthInput, SynthOutput } from './synth-overhead';
import { canonicalJson, LiteralRule } from './synth-workload';

/** Group description the construct gives the groups it creates, hard-coded as a user would. */
const GROUP_DESCRIPTION = 'IBM Cloud Backup agent connectivity';
/** Network ACL numbering and reply ports of the construct's defaults, hard-coded as a user would. */
const ACL_RULE_START = 100;
const ACL_RULE_STEP = 10;
const EPHEMERAL_FROM = 1024;
const EPHEMERAL_TO = 65535;

const input = workerInput<SynthInput>();
const lib = input.side === 'construct' ? (require(input.entry) as typeof awsLib) : undefined;

function port(from: number, to: number): ec2.Port {
  return from === to ? ec2.Port.tcp(from) : ec2.Port.tcpRange(from, to);
}

function aclTraffic(from: number, to: number): ec2.AclTraffic {
  return from === to ? ec2.AclTraffic.tcpPort(from) : ec2.AclTraffic.tcpPortRange(from, to);
}

function aclDirection(direction: string): ec2.TrafficDirection {
  return direction === 'ingress' ? ec2.TrafficDirection.INGRESS : ec2.TrafficDirection.EGRESS;
}

/** A security group with the rules, written by hand. */
function handSecurityGroup(agent: Construct, vpc: ec2.IVpc, rules: readonly LiteralRule[]): void {
  const group = new ec2.SecurityGroup(agent, 'SecurityGroup', { vpc, description: GROUP_DESCRIPTION, allowAllOutbound: false });
  for (const rule of rules) {
    if (rule.direction === 'ingress') group.addIngressRule(ec2.Peer.ipv4(rule.cidr), port(rule.fromPort, rule.toPort), rule.description);
    else group.addEgressRule(ec2.Peer.ipv4(rule.cidr), port(rule.fromPort, rule.toPort), rule.description);
  }
}

/** Network ACL entries for the rules and their replies, written by hand. */
function handAclEntries(agent: Construct, acl: ec2.INetworkAcl, rules: readonly LiteralRule[]): void {
  rules.forEach((rule, index) => {
    const ruleNumber = ACL_RULE_START + index * ACL_RULE_STEP;
    const cidr = ec2.AclCidr.ipv4(rule.cidr);
    new ec2.NetworkAclEntry(agent, rule.id, {
      networkAcl: acl,
      cidr,
      ruleNumber,
      ruleAction: ec2.Action.ALLOW,
      traffic: aclTraffic(rule.fromPort, rule.toPort),
      direction: aclDirection(rule.direction),
    });
    new ec2.NetworkAclEntry(agent, `${rule.id}-reply`, {
      networkAcl: acl,
      cidr,
      ruleNumber,
      ruleAction: ec2.Action.ALLOW,
      traffic: aclTraffic(EPHEMERAL_FROM, EPHEMERAL_TO),
      direction: aclDirection(rule.direction === 'ingress' ? 'egress' : 'ingress'),
    });
  });
}

function addAgent(stack: cdk.Stack, vpc: ec2.IVpc, index: number): void {
  const id = `Agent${index}`;
  const acl =
    input.variant === 'network-acl' ? ec2.NetworkAcl.fromNetworkAclId(stack, `Acl${index}`, `acl-${(0x10000000 + index).toString(16)}`) : undefined;
  if (lib) {
    const emit = acl ? lib.Emit.NETWORK_ACL : lib.Emit.SECURITY_GROUP;
    new lib.BackupAgentConnectivity(stack, id, { ...input.options, vpc, emit, networkAcl: acl });
    return;
  }
  const agent = new Construct(stack, id);
  if (acl) handAclEntries(agent, acl, input.rules);
  else handSecurityGroup(agent, vpc, input.rules);
}

function synthesize(n: number, outdir: string): cdk.cx_api.CloudAssembly {
  // The 500-resource check of CloudFormation stacks is off on both sides: a real deployment splits
  // agents over stacks, which changes neither side's per-resource cost.
  const app = new cdk.App({ outdir, context: { '@aws-cdk/core:stackResourceLimit': 0 } });
  const stack = new cdk.Stack(app, 'Agents', { env: { account: '123456789012', region: 'eu-west-1' } });
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
    vpcId: 'vpc-12345678',
    availabilityZones: ['eu-west-1a'],
    privateSubnetIds: ['subnet-12345678'],
  });
  for (let i = 0; i < n; i++) addAgent(stack, vpc, i);
  return app.synth();
}

/** The template with every resource's `Metadata` removed. */
function withoutMetadata(template: { Resources?: Record<string, Record<string, unknown>> }): unknown {
  const resources = Object.fromEntries(
    Object.entries(template.Resources ?? {}).map(([id, resource]) => {
      const { Metadata: _metadata, ...rest } = resource;
      return [id, rest];
    }),
  );
  return { ...template, Resources: resources };
}

function main(): void {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bac-aws-synth-'));
  try {
    synthesize(Math.min(input.n, 10), path.join(scratch, 'warm-up'));
    const times: number[] = [];
    let assembly: cdk.cx_api.CloudAssembly | undefined;
    for (let i = 0; i < input.iterations; i++) {
      collectGarbage();
      const outdir = path.join(scratch, `run-${i}`);
      const start = nowMs();
      assembly = synthesize(input.n, outdir);
      times.push(nowMs() - start);
    }
    const peak = peakRssMiB();
    const stack = assembly!.getStackByName('Agents');
    const documentBytes = fs.statSync(path.join(assembly!.directory, stack.templateFile)).size;
    if (input.dumpTo) fs.writeFileSync(input.dumpTo, canonicalJson(withoutMetadata(stack.template)));
    const resolveMs = lib
      ? timeOnce(() => {
          for (let i = 0; i < input.n; i++) lib.ConnectivityPolicy.resolve(input.options);
        }).ms
      : undefined;
    const output: SynthOutput = {
      ms: median(times),
      peakRssMiB: peak,
      resources: Object.keys(stack.template.Resources ?? {}).length,
      documentBytes,
      resolveMs,
    };
    reportResult(output);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main();
