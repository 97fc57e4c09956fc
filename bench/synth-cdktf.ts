/**
 * Synthesis overhead, CDK for Terraform: the IBM construct's VPC and classic security groups against
 * the same resources written directly with the generated IBM provider bindings.
 */
import { ENTRY_POINTS } from './compiled-package';
import { Section } from './report';
import { synthOverhead } from './synth-overhead';

/** Runs the comparison. */
export function synthCdktf(): Promise<Section> {
  return synthOverhead({
    title: 'Synthesis overhead, CDK for Terraform (IBM Cloud)',
    worker: 'synth-cdktf-worker.ts',
    entry: ENTRY_POINTS.cdktf,
    variants: [
      { name: 'vpc', label: 'VPC security groups' },
      { name: 'classic', label: 'classic security groups' },
    ],
    env: { CHECKPOINT_DISABLE: '1' },
    overheadSources: [
      'What the construct does beyond code written with the bindings, by design, and what the remaining ratio is made of: every instance looks up its policy (resolved once per distinct options and then shared: the `resolve ms` column) and checks its props against the IBM schema constraints, adds a warning annotation per policy warning, and writes its intent record into the `//` comment of its first resource and a reference to it into the others through `addOverride`, which makes the document larger (the `document kB` column) and costs serialization time and memory.',
    ],
    method: [
      'cdktf 0.21.0, one `TerraformStack` with an `IbmProvider` on both sides. VPC: one `BackupAgentConnectivity` (`vpcId`) per agent against `new Construct(stack, AgentN)` holding an `ibm_is_security_group` and one `ibm_is_security_group_rule` per rule, written with the generated bindings. Classic: the construct with `infrastructure: CLASSIC` and a `name` against an `ibm_security_group` and one `ibm_security_group_rule` per rule.',
      "Same resources means the same `cdk.tf.json` once every `//` comment object (cdktf's metadata, the construct's intent record) is removed.",
    ],
  });
}
