import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { TerraformStack, Testing } from 'cdktf';
import { AccessMode, ConnectivityIntent, ConnectivityPolicy, Emit, FlowDirection } from '../../lib';
import { BackupAgentConnectivity as AwsBackupAgentConnectivity } from '../../lib/aws';
import { BackupAgentConnectivity as IbmBackupAgentConnectivity } from '../../lib/cdktf';
import { ConnectivityReview, FlowAnalyzer, SynthesizedArtifact } from '../../lib/review';
import { awsStackTemplate } from './aws-stack';
import { awsEntry, awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule, tfConfig } from './templates';

process.env.CDK_VALIDATION = 'false';
process.env.CHECKPOINT_DISABLE = '1';

const PATH = 'App/Agents/BackupAgent';
const POLICY = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15'] }, PATH);
const EXTERNAL_ACL = 'acl-0a1b2c3d4e5f67890';

/**
 * A hand-written template as the AWS construct writes it with `Emit.BOTH` into an existing ACL: the
 * full record on the security group, a reference on each ACL entry (request and reply per rule).
 */
function awsTemplate(): { Resources: Record<string, Record<string, unknown>> } {
  const rules = (direction: FlowDirection) => POLICY.rules.filter((r) => r.direction === direction).map((r) => tcpRule(r.cidr, r.fromPort, r.toPort));
  const resources: Record<string, Record<string, unknown>> = {
    AgentSg: awsGroup(rules(FlowDirection.INGRESS), [...rules(FlowDirection.EGRESS), CDK_NO_EGRESS], {
      [ConnectivityIntent.METADATA_KEY]: ConnectivityIntent.record(POLICY, PATH, 'aws', Emit.BOTH),
    }),
  };
  POLICY.rules.forEach((rule, i) => {
    const egress = rule.direction === FlowDirection.EGRESS;
    for (const [suffix, entry] of [
      ['Request', { number: 100 + 10 * i, egress, action: 'allow' as const, cidr: rule.cidr, from: rule.fromPort, to: rule.toPort }],
      ['Reply', { number: 100 + 10 * i, egress: !egress, action: 'allow' as const, cidr: rule.cidr, from: 1024, to: 65535 }],
    ] as const) {
      const body = awsEntry('unused', entry);
      (body.Properties as Record<string, unknown>).NetworkAclId = EXTERNAL_ACL;
      resources[`Entry${i}${suffix}`] = { ...body, Metadata: { [ConnectivityIntent.METADATA_KEY]: ConnectivityIntent.reference(PATH) } };
    }
  });
  return cfnTemplate(resources) as { Resources: Record<string, Record<string, unknown>> };
}

function review(document: object): ConnectivityReview {
  return ConnectivityReview.ofArtifact(SynthesizedArtifact.load(document));
}

describe('resources carrying an intent reference', () => {
  test('belong to the construct whose record is elsewhere in the artifact: its review lists them and analyses their ACL', () => {
    const template = awsTemplate();
    const report = review(template);
    expect(report.problems).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.constructs).toHaveLength(1);
    expect(report.constructs[0].resources).toEqual(Object.keys(template.Resources));
    // The external ACL is the construct's only through the references on its entries.
    const layers = new FlowAnalyzer(SynthesizedArtifact.load(template), { constructPath: PATH }).layers;
    expect(layers.map((l) => l.id)).toEqual(['aws-security-groups', `aws-network-acl:${EXTERNAL_ACL}`]);
    expect(report.constructs[0].foundRules!.filter((r) => r.layer === `aws-network-acl:${EXTERNAL_ACL}`)).toHaveLength(2 * POLICY.rules.length);
  });

  test('a reference to another construct does not tie its resource to this one', () => {
    const template = awsTemplate();
    (template.Resources.Entry0Request.Metadata as Record<string, unknown>)[ConnectivityIntent.METADATA_KEY] =
      ConnectivityIntent.reference('App/Other');
    delete template.Resources.Entry0Reply.Metadata;
    const report = review(template);
    expect(report.constructs[0].resources).not.toContain('Entry0Request');
    expect(report.constructs[0].resources).not.toContain('Entry0Reply');
    expect(report.problems).toEqual([expect.stringContaining("intent reference to 'App/Other' without its record: Entry0Request in ")]);
  });

  test('whose record was deleted by hand make the review fail, naming the construct and the resources', () => {
    const template = awsTemplate();
    delete template.Resources.AgentSg.Metadata;
    const report = review(template);
    expect(report.passed).toBe(false);
    expect(report.constructs).toEqual([]);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toContain(`intent reference to '${PATH}' without its record`);
    for (const id of Object.keys(template.Resources).filter((id) => id !== 'AgentSg')) expect(report.problems[0]).toContain(id);
    expect(report.problems[0]).not.toContain('AgentSg');
    expect(report.toMarkdown()).toContain(`intent reference to '${PATH}' without its record`);
  });

  test('in Terraform JSON: the record on the group, references on its rules; without the record the review fails', () => {
    const comment = (value: unknown) => ({ '//': { metadata: { path: `${PATH}/x` }, [ConnectivityIntent.METADATA_KEY]: value } });
    const config = tfConfig({
      ibm_is_security_group: {
        agents: { name: 'agents', vpc: 'r006-6f2a1c3e', ...comment(ConnectivityIntent.record(POLICY, PATH, 'ibm-vpc', Emit.SECURITY_GROUP)) },
      },
      ibm_is_security_group_rule: Object.fromEntries(
        POLICY.rules.map((r, i) => [
          `rule${i}`,
          {
            group: '${ibm_is_security_group.agents.id}',
            direction: r.direction === FlowDirection.INGRESS ? 'inbound' : 'outbound',
            remote: r.cidr,
            tcp: { port_min: r.fromPort, port_max: r.toPort },
            ...comment(ConnectivityIntent.reference(PATH)),
          },
        ]),
      ),
    }) as { resource: Record<string, Record<string, Record<string, unknown>>> };
    const report = review(config);
    expect(report.problems).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.constructs[0].resources).toEqual([
      'ibm_is_security_group.agents',
      ...POLICY.rules.map((_, i) => `ibm_is_security_group_rule.rule${i}`),
    ]);

    delete (config.resource.ibm_is_security_group.agents['//'] as Record<string, unknown>)[ConnectivityIntent.METADATA_KEY];
    const failed = review(config);
    expect(failed.passed).toBe(false);
    expect(failed.problems).toEqual([
      expect.stringContaining(`intent reference to '${PATH}' without its record: ibm_is_security_group_rule.rule0, `),
    ]);
  });
});

describe('construct output whose record was deleted by hand', () => {
  test('AWS: the other constructs of the stack are still reviewed, the one without its record is a problem', () => {
    const synthesized = awsStackTemplate((stack, vpc) => {
      const acl = ec2.NetworkAcl.fromNetworkAclId(stack, 'Acl', EXTERNAL_ACL);
      new AwsBackupAgentConnectivity(stack, 'Kept', { vpc });
      new AwsBackupAgentConnectivity(stack, 'Edited', { vpc, emit: Emit.BOTH, networkAcl: acl, networkAclRuleNumberStart: 500 });
    });
    const template = JSON.parse(JSON.stringify(synthesized)) as {
      Resources: Record<string, { Metadata?: Record<string, unknown> }>;
    };
    const carriers = Object.entries(template.Resources).filter(
      ([, r]) => ConnectivityIntent.constructPathOf(r.Metadata?.[ConnectivityIntent.METADATA_KEY]) === 'Agents/Edited',
    );
    const [recordId] = carriers.find(([, r]) => ConnectivityIntent.parse(r.Metadata?.[ConnectivityIntent.METADATA_KEY]))!;
    expect(review(template).problems).toEqual([]);

    delete template.Resources[recordId].Metadata;
    const report = review(template);
    expect(report.constructs.map((c) => c.constructPath)).toEqual(['Agents/Kept']);
    expect(report.passed).toBe(false);
    expect(report.problems).toEqual([expect.stringContaining("intent reference to 'Agents/Edited' without its record")]);
    for (const [id] of carriers.filter(([id]) => id !== recordId)) expect(report.problems[0]).toContain(id);
  });

  test('IBM: deleting the record from the first resource leaves references that the review reports', () => {
    const stack = new TerraformStack(Testing.app(), 'agents');
    const construct = new IbmBackupAgentConnectivity(stack, 'BackupAgent', {
      emit: Emit.BOTH,
      vpcId: 'r006-6f2a1c3e-8b7d-4e25-9a61-0c4d2b7e5f18',
      networkAclId: 'r006-0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
    });
    const config = JSON.parse(JSON.stringify(stack.toTerraform())) as {
      resource: Record<string, Record<string, Record<string, Record<string, unknown>>>>;
    };
    const first = construct.resources()[0];
    expect(review(config).constructs[0].resources).toHaveLength(construct.resources().length);

    delete config.resource[first.terraformResourceType][first.friendlyUniqueId]['//'][ConnectivityIntent.METADATA_KEY];
    const report = review(config);
    expect(report.passed).toBe(false);
    expect(report.constructs).toEqual([]);
    expect(report.problems).toEqual([expect.stringContaining("intent reference to 'agents/BackupAgent' without its record")]);
  });
});
