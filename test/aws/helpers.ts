import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { BackupAgentConnectivity, BackupAgentConnectivityProps, ConnectivityIntent } from '../../lib/aws';

/** Context that makes CDK's built-in CloudFormation validator fail synthesis on its findings. */
export const VALIDATING_CONTEXT = { '@aws-cdk/core:validateAgainstDefaultRules': true };

/** Where the test file's apps write their cloud assemblies; removed when the file's tests end. */
const OUTDIR = mkdtempSync(join(tmpdir(), 'backup-agent-connectivity-aws-test-'));
afterAll(() => rmSync(OUTDIR, { recursive: true, force: true }));

/** An app that validates its templates, writing into the test file's scratch directory. */
export function newApp(context: Record<string, unknown> = {}): App {
  return new App({ context: { ...VALIDATING_CONTEXT, ...context }, outdir: mkdtempSync(join(OUTDIR, 'app-')) });
}

/** The resource types of every template the construct writes: security groups, their separate rules, network ACLs, their entries and subnet associations. */
export const CONSTRUCT_RESOURCE_TYPES = [
  'AWS::EC2::NetworkAcl',
  'AWS::EC2::NetworkAclEntry',
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::SecurityGroupEgress',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::EC2::SubnetNetworkAclAssociation',
];

/**
 * Synthesizes, in a validating app, one valid resource of each of {@link CONSTRUCT_RESOURCE_TYPES}, so
 * that CDK's CloudFormation validator builds its engine (about 3 s of CPU) once for the test file: CDK
 * keeps its engine while a template's resource types are among those the engine was built for, and
 * builds a new one for the types of the template otherwise, so a file whose templates alternate
 * between security groups and ACL entries would build it again and again. The engine's rules for a
 * type apply only to resources of that type, which is why CDK may keep it. Returns the types of the
 * template it synthesized.
 */
export function primeCloudFormationValidator(): string[] {
  const { stack } = newStack('ValidatorTypes');
  const group = new ec2.CfnSecurityGroup(stack, 'Group', { groupDescription: 'validator types', vpcId: 'vpc-0a1b2c3d4e5f67890' });
  new ec2.CfnSecurityGroupIngress(stack, 'Ingress', {
    groupId: group.attrGroupId,
    ipProtocol: 'tcp',
    fromPort: 2548,
    toPort: 2548,
    cidrIp: '10.0.0.0/8',
  });
  new ec2.CfnSecurityGroupEgress(stack, 'Egress', {
    groupId: group.attrGroupId,
    ipProtocol: 'tcp',
    fromPort: 2546,
    toPort: 2546,
    cidrIp: '10.0.0.0/8',
  });
  const acl = new ec2.CfnNetworkAcl(stack, 'Acl', { vpcId: 'vpc-0a1b2c3d4e5f67890' });
  new ec2.CfnNetworkAclEntry(stack, 'Entry', {
    networkAclId: acl.ref,
    ruleNumber: 100,
    protocol: 6,
    ruleAction: 'allow',
    cidrBlock: '10.0.0.0/8',
    portRange: { from: 2546, to: 2546 },
    egress: true,
  });
  new ec2.CfnSubnetNetworkAclAssociation(stack, 'Association', { networkAclId: acl.ref, subnetId: 'subnet-0a1b2c3d4e5f60001' });
  const resources = Template.fromStack(stack).toJSON().Resources as Record<string, { Type: string }>;
  return [...new Set(Object.values(resources).map((r) => r.Type))].sort();
}

/** A stack in an app that validates templates, with an imported VPC of two private subnets. */
export function newStack(id = 'Agents', app: App = newApp()): { stack: Stack; vpc: ec2.IVpc } {
  const stack = new Stack(app, id, { env: { account: '123456789012', region: 'us-east-1' } });
  const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Vpc', {
    vpcId: 'vpc-0a1b2c3d4e5f67890',
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    privateSubnetIds: ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'],
    privateSubnetRouteTableIds: ['rtb-0a1b2c3d4e5f60001', 'rtb-0a1b2c3d4e5f60002'],
  });
  return { stack, vpc };
}

/** Builds the construct in a fresh stack and returns it with its template. */
export function synth(
  props: Omit<BackupAgentConnectivityProps, 'vpc'>,
  id = 'Agents',
): {
  stack: Stack;
  construct: BackupAgentConnectivity;
  template: Template;
} {
  const { stack, vpc } = newStack(id);
  const construct = new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, ...props });
  return { stack, construct, template: Template.fromStack(stack) };
}

/** A security group rule as it appears in the template, reduced to what the policy decides. */
export interface TemplateRule {
  direction: 'ingress' | 'egress';
  cidr: string;
  fromPort: number;
  toPort: number;
  protocol: string;
  description: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- template JSON of every resource type
type Json = Record<string, any>;

function toRule(direction: 'ingress' | 'egress', r: Json): TemplateRule {
  return { direction, cidr: r.CidrIp, fromPort: r.FromPort, toPort: r.ToPort, protocol: r.IpProtocol, description: r.Description };
}

/** Every security group rule in a template: inline rules of groups and separate rule resources. */
export function securityGroupRules(template: Template): TemplateRule[] {
  const rules: TemplateRule[] = [];
  for (const group of Object.values(template.findResources('AWS::EC2::SecurityGroup')) as Json[]) {
    for (const r of group.Properties.SecurityGroupIngress ?? []) rules.push(toRule('ingress', r));
    for (const r of group.Properties.SecurityGroupEgress ?? []) rules.push(toRule('egress', r));
  }
  for (const r of Object.values(template.findResources('AWS::EC2::SecurityGroupIngress')) as Json[]) rules.push(toRule('ingress', r.Properties));
  for (const r of Object.values(template.findResources('AWS::EC2::SecurityGroupEgress')) as Json[]) rules.push(toRule('egress', r.Properties));
  return sortRules(rules);
}

/** Sorts rules into one canonical order so that lists can be compared. */
export function sortRules<T extends { direction: string; cidr: string; fromPort: number; toPort: number }>(rules: T[]): T[] {
  const key = (r: T) => `${r.direction}|${r.cidr}|${String(r.fromPort).padStart(5, '0')}|${String(r.toPort).padStart(5, '0')}`;
  return [...rules].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** A network ACL entry as it appears in the template. */
export interface TemplateAclEntry {
  logicalId: string;
  direction: 'ingress' | 'egress';
  cidr: string;
  fromPort: number;
  toPort: number;
  ruleNumber: number;
  protocol: number;
  action: string;
}

/** Every network ACL entry in a template, in template order. */
export function aclEntries(template: Template): TemplateAclEntry[] {
  return Object.entries(template.findResources('AWS::EC2::NetworkAclEntry') as Record<string, Json>).map(([logicalId, r]) => ({
    logicalId,
    direction: r.Properties.Egress ? 'egress' : 'ingress',
    cidr: r.Properties.CidrBlock,
    fromPort: r.Properties.PortRange.From,
    toPort: r.Properties.PortRange.To,
    ruleNumber: r.Properties.RuleNumber,
    protocol: r.Properties.Protocol,
    action: r.Properties.RuleAction,
  }));
}

/** The policy's rules in the shape of template rules, in the canonical order. */
export function expectedRules(
  rules: readonly { direction: string; cidr: string; fromPort: number; toPort: number; description: string }[],
): TemplateRule[] {
  return sortRules(
    rules.map((r) => ({
      direction: r.direction as 'ingress' | 'egress',
      cidr: r.cidr,
      fromPort: r.fromPort,
      toPort: r.toPort,
      protocol: 'tcp',
      description: r.description,
    })),
  );
}

/** Logical ids and resources of a type in a template. */
export function resourcesOfType(template: Template, type: string): Record<string, Json> {
  return template.findResources(type) as Record<string, Json>;
}

/** The error a function throws; fails the test when it throws none. */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, but none was thrown');
}

/** A resource of a template carrying an intent record or reference, in template order. */
export interface IntentCarrier {
  logicalId: string;
  type: string;
  /** The value under `Metadata.BackupAgentConnectivity`. */
  intent: unknown;
}

/** Every resource of a template that carries a value under the intent metadata key, in template order. */
export function intentCarriers(template: Template): IntentCarrier[] {
  return Object.entries(template.toJSON().Resources as Record<string, Json>)
    .filter(([, r]) => r.Metadata?.[ConnectivityIntent.METADATA_KEY] !== undefined)
    .map(([logicalId, r]) => ({ logicalId, type: r.Type, intent: r.Metadata[ConnectivityIntent.METADATA_KEY] }));
}
