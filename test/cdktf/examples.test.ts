import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Testing } from 'cdktf';
import { ConnectivitySnapshot } from '../../lib';
import { validateResourceConfig } from '../../lib/ibm-schema';
import { buildExampleStacks } from '../../examples/cdktf/example-stacks';
import { findTerraform } from '../../lib/terraform/find-terraform';
import { recordedRun } from '../setup/recorded-runs';
import { exampleCdktfHclOut, exampleCdktfOut } from '../setup/synthesized-examples';

ConnectivitySnapshot.register();
const STACK_IDS = [
  'backup-agent-vpc-security-group',
  'backup-agent-vpc-network-acl',
  'backup-agent-classic-commercial',
  'backup-agent-classic-federal',
];

type Json = Record<string, Record<string, Record<string, unknown>>>;

/** `terraform fmt` of standard input: report only, exit 3 when it would reformat, 2 when it does not parse. */
const FMT_ARGUMENTS = ['fmt', '-no-color', '-check', '-'];

describe('example app', () => {
  const stacks = buildExampleStacks(Testing.app());

  test.each(Object.entries(stacks))('%s matches its snapshot', (_name, stack) => {
    expect(Testing.synth(stack)).toMatchSnapshot();
  });

  test('the stacks cover a VPC group with targets, ACL rules in an existing ACL, and commercial and federal classic groups', () => {
    const json = Object.fromEntries(Object.entries(stacks).map(([name, stack]) => [name, JSON.parse(Testing.synth(stack)) as { resource: Json }]));
    expect(Object.keys(json.vpcSecurityGroup.resource).sort()).toEqual([
      'ibm_is_security_group',
      'ibm_is_security_group_rule',
      'ibm_is_security_group_target',
    ]);
    expect(Object.keys(json.vpcNetworkAcl.resource)).toEqual(['ibm_is_network_acl_rule']);
    expect(Object.keys(json.classicCommercial.resource).sort()).toEqual(['ibm_security_group', 'ibm_security_group_rule']);
    const federalRemotes = Object.values(json.classicFederal.resource.ibm_security_group_rule).map((r) => r.remote_ip);
    expect(federalRemotes).toContain('100.100.6.20/32');
  });

  describe('synthesized to disk', () => {
    test('as Terraform JSON, offline and in process, with every resource conforming to the schema', () => {
      for (const id of STACK_IDS) {
        const json = JSON.parse(readFileSync(join(exampleCdktfOut(), 'stacks', id, 'cdk.tf.json'), 'utf8')) as {
          resource: Json;
          terraform: { backend: unknown };
        };
        expect(json.terraform.backend).toEqual({ local: { path: 'terraform.tfstate' } });
        for (const [type, byId] of Object.entries(json.resource)) {
          for (const body of Object.values(byId)) expect(validateResourceConfig(type, body)).toEqual([]);
        }
      }
    });

    test('every stack matches its connectivity snapshot: what the construct can connect to, exactly, read from the cdk.tf.json that carries its intent record', () => {
      for (const id of STACK_IDS) expect(join(exampleCdktfOut(), 'stacks', id, 'cdk.tf.json')).toMatchConnectivitySnapshot(undefined, id);
    });

    test('as HCL by main.ts with SYNTH_HCL_OUTPUT=true: real HCL that parses to the same configuration', async () => {
      const hclOut = exampleCdktfHclOut();
      // @cdktf/hcl2json is the HCL parser cdktf itself uses (Go's hashicorp/hcl compiled to WebAssembly).
      const { parse } = await import('@cdktf/hcl2json');
      for (const [name, stack] of Object.entries(stacks)) {
        const id = stack.node.id;
        expect(readdirSync(join(hclOut, 'stacks', id)).sort()).toEqual(['cdk.tf', 'metadata.json']);
        const hcl = readFileSync(join(hclOut, 'stacks', id, 'cdk.tf'), 'utf8');
        expect(() => JSON.parse(hcl)).toThrow();
        expect(hcl).toMatch(/^terraform \{/);
        const parsed = (await parse(`${name}.tf`, hcl)) as {
          resource: Record<string, Record<string, unknown[]>>;
          terraform: Array<{ required_providers: unknown[] }>;
        };
        const expected = JSON.parse(Testing.synth(stack)) as { resource: Json; terraform: { required_providers: unknown } };
        const fromHcl = Object.fromEntries(
          Object.entries(parsed.resource).map(([type, byId]) => [
            type,
            Object.fromEntries(Object.entries(byId).map(([rid, blocks]) => [rid, blocks[0]])),
          ]),
        );
        expect(fromHcl).toEqual(expected.resource);
        expect(parsed.terraform[0].required_providers).toEqual([expected.terraform.required_providers]);
        // The intent records are kept beside the HCL.
        expect(readFileSync(join(hclOut, 'stacks', id, 'metadata.json'), 'utf8')).toContain('"BackupAgentConnectivity"');
      }
    });

    test('the HCL is accepted by terraform fmt (skipped with a message when terraform is not installed)', async () => {
      const terraform = findTerraform();
      if (!terraform) {
        console.warn('terraform is not on PATH: skipping the terraform fmt check of the HCL output');
        return;
      }
      for (const id of STACK_IDS) {
        const file = join(exampleCdktfHclOut(), 'stacks', id, 'cdk.tf');
        const result = await recordedRun(
          'terraform-fmt',
          { sources: [], outside: [file], executables: [terraform], parameters: { args: FMT_ARGUMENTS } },
          async () => {
            const run = spawnSync(terraform, FMT_ARGUMENTS, { input: readFileSync(file, 'utf8'), encoding: 'utf8' });
            return { status: run.status, stderr: run.stderr };
          },
        );
        // -check exits 3 when the input parses but would be reformatted, 2 when it does not parse.
        expect([0, 3]).toContain(result.status);
        expect(result.stderr).not.toMatch(/Error/);
      }
    });
  });
});
