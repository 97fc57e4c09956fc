import * as fs from 'node:fs';
import { DiscoveredStack, discoverStacks } from '../../lib/review/stack-discovery';
import { IBM_PROVIDER_RELEASES } from '../../lib/ibm-schema';
import { findTerraform } from '../../lib/terraform';
import {
  editedCopy,
  EXAMPLE_STACK_NAMES,
  firstResource,
  flattenDiagnostics,
  PLACEMENT_STACKS,
  POLICY_VARIANTS,
  readTerraformJson,
  resourceCount,
  stackNamed,
  TerraformJson,
} from './construct-apps';
import { placementStacks } from '../cdktn/flavours';
import { exampleCdktfOut } from '../setup/synthesized-examples';
import { recordedCheck } from './recorded-terraform';

process.env.CHECKPOINT_DISABLE = '1';

const terraform = findTerraform();
const describeIfTerraform = terraform ? describe : describe.skip;

if (!terraform) {
  console.warn('Terraform checks of the IBM construct output skipped: terraform is not on PATH');
  test('skipped: terraform not on PATH', () => {
    expect(findTerraform()).toBeUndefined();
  });
}

let constructStacks: DiscoveredStack[] = [];
let exampleStacks: DiscoveredStack[] = [];

beforeAll(() => {
  constructStacks = placementStacks('cdktf');
  exampleStacks = discoverStacks(exampleCdktfOut());
});

/** Resource types each placement stack must contain, so an empty or wrong stack cannot pass. */
const EXPECTED_TYPES: Record<string, string[]> = {
  'vpc-security-group': ['ibm_is_security_group', 'ibm_is_security_group_rule', 'ibm_is_security_group_target'],
  'vpc-network-acl': ['ibm_is_network_acl_rule'],
  'vpc-both': ['ibm_is_network_acl_rule', 'ibm_is_security_group', 'ibm_is_security_group_rule', 'ibm_is_security_group_target'],
  'classic-new-group': ['ibm_security_group', 'ibm_security_group_rule'],
  'classic-existing-group': ['ibm_security_group_rule'],
};

describe('synthesized construct stacks', () => {
  test.each(Object.keys(PLACEMENT_STACKS))('%s holds one construct per target, mode and edition, with the expected resource types', (name) => {
    const json = readTerraformJson(stackNamed(constructStacks, name).path);
    expect(Object.keys(json.resource ?? {}).sort()).toEqual(EXPECTED_TYPES[name]);
    const constructPaths = new Set(
      Object.values(json.resource ?? {})
        .flatMap((byName) => Object.values(byName))
        .map((body) => ((body['//'] as { metadata?: { path?: string } } | undefined)?.metadata?.path ?? '').split('/')[1]),
    );
    expect([...constructPaths].sort()).toEqual(POLICY_VARIANTS.map((v) => v.id).sort());
  });
});

describeIfTerraform('terraform validate and plan of the IBM construct output', () => {
  const stackCases = (): Array<[string, () => DiscoveredStack]> => [
    ...Object.keys(PLACEMENT_STACKS).map((name) => [name, () => stackNamed(constructStacks, name)] as [string, () => DiscoveredStack]),
    ...EXAMPLE_STACK_NAMES.map((name) => [`example ${name}`, () => stackNamed(exampleStacks, name)] as [string, () => DiscoveredStack]),
  ];

  const releaseCases = () => IBM_PROVIDER_RELEASES.flatMap((release) => stackCases().map(([name, stackOf]) => [release, name, stackOf] as const));

  test.each(releaseCases())('IBM provider %s: %s passes terraform validate', async (release, _name, stackOf) => {
    const result = await recordedCheck(stackOf(), 'validate', terraform!, release);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Success! The configuration is valid.');
  });

  test.each(stackCases())('%s plans one addition per synthesized resource', async (_name, stackOf) => {
    const stack = stackOf();
    const resources = resourceCount(readTerraformJson(stack.path));
    expect(resources).toBeGreaterThan(0);
    const result = await recordedCheck(stack, 'plan', terraform!);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.summary).toEqual({ add: resources, change: 0, destroy: 0 });
  });
});

describeIfTerraform('construct output edited to be wrong fails terraform validate, naming the attribute', () => {
  const cases: Array<[string, (json: TerraformJson) => string, RegExp]> = [
    [
      'an unknown attribute',
      (json) => {
        const rule = firstResource(json, 'ibm_is_security_group_rule');
        rule.body.ports = [2548];
        return rule.address;
      },
      /Error: Extraneous JSON object property .*No argument or block type is named "ports"/,
    ],
    [
      'a missing direction',
      (json) => {
        const rule = firstResource(json, 'ibm_is_security_group_rule');
        delete rule.body.direction;
        return rule.address;
      },
      /Error: Missing required argument .*The argument "direction" is required/,
    ],
    [
      'a string port',
      (json) => {
        const rule = firstResource(json, 'ibm_is_security_group_rule');
        rule.body.port_min = 'abc';
        return rule.address;
      },
      /Error: Incorrect attribute value type .*"port_min": "abc".* Inappropriate value for attribute "port_min": a number is required/,
    ],
    [
      'an invalid direction value',
      (json) => {
        const rule = firstResource(json, 'ibm_is_security_group_rule');
        rule.body.direction = 'ingress';
        return rule.address;
      },
      /Error: Invalid value .*"direction": "ingress".* "direction" must contain a value from \[inbound, outbound\], got "ingress"/,
    ],
    [
      'an invalid VPC name',
      (json) => {
        const group = firstResource(json, 'ibm_is_security_group');
        group.body.name = 'Backup_Agents';
        return group.address;
      },
      /Error: Invalid format .*"name": "Backup_Agents".* "name" \("Backup_Agents"\) should match regexp/,
    ],
  ];

  test.each(cases)('%s', async (_name, edit, message) => {
    let address = '';
    const broken = editedCopy(stackNamed(exampleStacks, 'backup-agent-vpc-security-group'), (json) => {
      address = edit(json);
    });
    try {
      const result = await recordedCheck(broken, 'validate', terraform!);
      expect(result.exitCode).toBe(1);
      const diagnostics = flattenDiagnostics(result.stderr + result.stdout);
      expect(diagnostics).toMatch(message);
      expect(diagnostics).toContain(`cdk.tf.json line`);
      expect(diagnostics).toContain(`in resource.${address}:`);
      expect(diagnostics.match(/Error:/g)).toHaveLength(1);
    } finally {
      fs.rmSync(broken.path.replace(/[/\\]cdk\.tf\.json$/, ''), { recursive: true, force: true });
    }
  });
});
