/**
 * Synthesis overhead, AWS CDK: the construct's security groups and network ACL entries against the
 * same resources written with `ec2.SecurityGroup` and `ec2.NetworkAclEntry`.
 */
import { ENTRY_POINTS } from './compiled-package';
import { Section } from './report';
import { synthOverhead } from './synth-overhead';

/** Runs the comparison. */
export function synthAws(): Promise<Section> {
  return synthOverhead({
    title: 'Synthesis overhead, AWS CDK',
    worker: 'synth-aws-worker.ts',
    entry: ENTRY_POINTS.aws,
    variants: [
      { name: 'security-group', label: 'security groups' },
      { name: 'network-acl', label: 'network ACL entries' },
    ],
    // The CloudFormation validator is off on both sides: it costs ~3 s per process on first use and
    // then checks the same resources on both sides, so it would only add noise to the ratio.
    env: { CDK_VALIDATION: 'false', CDK_DISABLE_VERSION_CHECK: '1' },
    overheadSources: [
      'What the construct does beyond hand-written code, by design, and what the remaining ratio is made of: every instance looks up its policy (resolved once per distinct options and then shared: the `resolve ms` column), validates its props, adds a warning annotation per policy warning (aws-cdk-lib records a stack trace with each), builds `ec2.Connections`, and walks its subtree (`node.findAll`) to write its intent record on its first resource and a reference to it on the others, which also makes the template larger (the `document kB` column).',
      'Network ACL entries grow faster than N: each instance registers a validation (lib/aws/network-acl.ts) that walks the whole stack (`stack.node.findAll()`) to find rule-number collisions, so N instances walk N stacks of size ~N: quadratic. One stack-wide check that indexes the entries by ACL and direction once would make it linear.',
    ],
    method: [
      'aws-cdk-lib 2.276.0, one stack with an imported VPC (`Vpc.fromVpcAttributes`). Security groups: one `BackupAgentConnectivity` per agent against `new Construct(stack, AgentN)` holding an `ec2.SecurityGroup` (same description, `allowAllOutbound: false`) with `addIngressRule`/`addEgressRule` per rule. Network ACL entries: one imported ACL (`NetworkAcl.fromNetworkAclId`) per agent on both sides; the construct with `emit: NETWORK_ACL` against `ec2.NetworkAclEntry` per rule and per reply (rule numbers 100, 110, ...; replies on 1024-65535).',
      "The 500-resources-per-stack check is off on both sides (context `@aws-cdk/core:stackResourceLimit: 0`): a deployment would split the agents over stacks, which changes neither side's cost per resource.",
      "aws-cdk-lib's CloudFormation validator is off on both sides (`CDK_VALIDATION=false`): it costs about 3 s per process on first use and checks identical resources on both sides.",
    ],
  });
}
