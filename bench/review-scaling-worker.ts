/**
 * Child process of the review benchmark: synthesizes one AWS construct (security group and entries in
 * an existing network ACL), puts it behind n existing ACL entries and n/4 security group rules in the
 * same ACL and group, and times `ConnectivityReview.ofArtifact` on the template at every size.
 */
import type * as core from '../lib';
import type * as aws from '../lib/aws';
import { seededRandom } from './cidr-mixes';
import { collectGarbage, nowMs, reportResult, workerInput } from './measure';

/** What the parent asks for. */
export interface ReviewScalingInput {
  /** Compiled core entry point (the review kit). */
  readonly coreEntry: string;
  /** Compiled AWS entry point (the construct). */
  readonly awsEntry: string;
  /** Numbers of existing ACL entries; the group gets a quarter as many rules. */
  readonly sizes: number[];
  /** Timed rounds after the warm-up round. */
  readonly rounds: number;
  /** `subnets`: every rule names its own subnet (/24-/28); `overlapping`: random /16-/32 that nest and overlap. */
  readonly mix: ReviewMix;
}

/** How the existing rules' CIDRs relate to each other. */
export type ReviewMix = 'subnets' | 'overlapping';

/** What the worker reports. */
export interface ReviewScalingOutput {
  /** Per size: milliseconds of each timed round. */
  readonly ms: Record<number, number[]>;
  /** Per size: rules the review read (ACL entries and group rules, the construct's included). */
  readonly rules: Record<number, number>;
  /** Per size: required flows not fully allowed, and openings beyond the intent found. */
  readonly findings: Record<number, string>;
  /** Per size: boxes of the exact result (every layer's decided parts), the size of the output. */
  readonly boxes: Record<number, number>;
}

const ACL_ID = 'acl-0a1b2c3d4e5f67890';
const SG_ID = 'sg-0a1b2c3d4e5f67890';
const PRIVATE: ReadonlyArray<readonly [number, number]> = [
  [0x0a000000, 2 ** 24],
  [0xac100000, 2 ** 20],
  [0xc0a80000, 2 ** 16],
];

/** The i-th distinct subnet (/24 to /28) of a private range, in an order that does not follow i. */
function subnetCidr(random: () => number, i: number, first: number): string {
  const prefix = 24 + Math.floor(random() * 5);
  const slot = (i * 2654435761) % 2 ** 16;
  const network = first + slot * 256;
  return `${network >>> 24}.${(network >>> 16) & 255}.${(network >>> 8) & 255}.${network & 255}/${prefix}`;
}

function randomCidr(random: () => number): string {
  const [first, size] = PRIVATE[Math.floor(random() * PRIVATE.length)];
  const prefix = 16 + Math.floor(random() * 17);
  const address = first + Math.floor(random() * size);
  const network = address - (address % 2 ** (32 - prefix));
  return `${network >>> 24}.${(network >>> 16) & 255}.${(network >>> 8) & 255}.${network & 255}/${prefix}`;
}

function randomPorts(random: () => number): [number, number] {
  const from = 1 + Math.floor(random() * 65000);
  return [from, Math.min(65535, from + (random() < 0.5 ? 0 : Math.floor(random() * 2000)))];
}

/** The construct's template, synthesized once. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- template JSON of every resource type
function constructTemplate(awsModule: typeof aws): Record<string, any> {
  const cdk = require('aws-cdk-lib') as typeof import('aws-cdk-lib');
  const ec2 = require('aws-cdk-lib/aws-ec2') as typeof import('aws-cdk-lib/aws-ec2');
  // The template is the construct's own; CloudFormation validation of it is not what is measured.
  const app = new cdk.App({ context: { '@aws-cdk/core:validateAgainstDefaultRules': false } });
  const stack = new cdk.Stack(app, 'Agents', { env: { account: '123456789012', region: 'us-east-1' } });
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
    vpcId: 'vpc-0a1b2c3d4e5f67890',
    availabilityZones: ['us-east-1a'],
    privateSubnetIds: ['subnet-0a1b2c3d4e5f60001'],
  });
  new awsModule.BackupAgentConnectivity(stack, 'BackupAgent', {
    vpc,
    emit: awsModule.Emit.BOTH,
    securityGroup: ec2.SecurityGroup.fromSecurityGroupId(stack, 'Existing', SG_ID, { allowAllOutbound: false }),
    networkAcl: ec2.NetworkAcl.fromNetworkAclId(stack, 'SubnetAcl', ACL_ID),
    networkAclRuleNumberStart: 30000,
    vaultCidrs: ['10.200.90.15/32'],
  });
  return app.synth().getStackByName('Agents').template;
}

/** The construct behind n existing ACL entries (numbered ahead of its own) and n/4 rules in its group. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- template JSON of every resource type
function templateOfSize(base: Record<string, any>, n: number, mix: ReviewMix): Record<string, any> {
  const random = seededRandom(7000 + n);
  const resources: Record<string, unknown> = { ...base.Resources };
  for (let i = 0; i < n; i++) {
    const all = random() < 0.1;
    const [from, to] = randomPorts(random);
    resources[`Existing${i}`] = {
      Type: 'AWS::EC2::NetworkAclEntry',
      Properties: {
        NetworkAclId: ACL_ID,
        RuleNumber: 1 + (i >> 1) * 10,
        Egress: i % 2 === 0,
        RuleAction: random() < 0.9 ? 'allow' : 'deny',
        Protocol: all ? -1 : 6,
        CidrBlock: mix === 'subnets' ? subnetCidr(random, i, 0x0a000000) : randomCidr(random),
        ...(all ? {} : { PortRange: { From: from, To: to } }),
      },
    };
  }
  for (let i = 0; i < n / 4; i++) {
    const [from, to] = randomPorts(random);
    const egress = i % 2 === 1;
    resources[`GroupRule${i}`] = {
      Type: egress ? 'AWS::EC2::SecurityGroupEgress' : 'AWS::EC2::SecurityGroupIngress',
      Properties: {
        GroupId: SG_ID,
        IpProtocol: 'tcp',
        CidrIp: mix === 'subnets' ? subnetCidr(random, i, 0xac100000) : randomCidr(random),
        FromPort: from,
        ToPort: to,
      },
    };
  }
  return { ...base, Resources: resources };
}

function main(): void {
  const input = workerInput<ReviewScalingInput>();
  const coreModule = require(input.coreEntry) as typeof core;
  const awsModule = require(input.awsEntry) as typeof aws;
  const base = constructTemplate(awsModule);
  const documents = new Map(input.sizes.map((n) => [n, templateOfSize(base, n, input.mix)]));
  const ms: Record<number, number[]> = {};
  const rules: Record<number, number> = {};
  const findings: Record<number, string> = {};
  const boxes: Record<number, number> = {};
  for (let round = -1; round < input.rounds; round++) {
    for (const n of input.sizes) {
      // A fresh parse each time, so that nothing is cached between calls.
      const document = JSON.parse(JSON.stringify(documents.get(n)));
      collectGarbage();
      const start = nowMs();
      const review = coreModule.ConnectivityReview.ofArtifact(coreModule.SynthesizedArtifact.fromObject(document, `n=${n}`));
      const elapsed = nowMs() - start;
      if (round >= 0) (ms[n] ??= []).push(elapsed);
      const construct = review.constructs[0];
      rules[n] = construct.foundRules!.length;
      findings[n] = `${review.blockedFlows + review.unknownFlows} / ${construct.beyondIntent!.length}`;
      if (round < 0) {
        const analysis = coreModule.ExactFlowAnalysis.of(coreModule.SynthesizedArtifact.fromObject(document, `n=${n}`), {
          constructPath: construct.constructPath,
        });
        boxes[n] = analysis.layers.reduce((sum, layer) => sum + layer.pieces.reduce((s2, piece) => s2 + piece.flows.blocks.length, 0), 0);
      }
    }
  }
  reportResult({ ms, rules, findings, boxes } satisfies ReviewScalingOutput);
}

main();
