import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AccessMode, BackupAgentConnectivityProps, BackupTarget, CatalogEdition, Emit, IbmInfrastructure } from '../../lib/cdktf';
import { DiscoveredStack } from '../../lib/review/stack-discovery';

const VPC_ID = 'r006-6f2a1c3e-8b7d-4e25-9a61-0c4d2b7e5f18';
const ACL_ID = 'r006-0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
const ACL_DENY_RULE_ID = 'r006-7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f';
const TARGET_IDS = ['0717-2b4e6a8c-1d3f-4a5b-8c7d-9e0f1a2b3c4d', '0717-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9'];

/** Every target, mode and edition, with a vault, a CentralControl console and the legacy port. */
export const POLICY_VARIANTS = Object.values(BackupTarget).flatMap((target) =>
  Object.values(AccessMode).flatMap((mode) =>
    Object.values(CatalogEdition).map((edition) => ({
      id: `${target}-${mode}-${edition}`,
      props: { target, mode, edition, vaultCidrs: ['10.200.90.14'], centralControlSources: ['10.240.64.0/24'], allowLegacyManagementPort: true },
    })),
  ),
);

/**
 * One stack per infrastructure and way of placing the rules; each holds one construct per policy
 * variant. The placement props get the variant's id, for names that must differ.
 */
export const PLACEMENT_STACKS: Record<string, (variantId: string) => BackupAgentConnectivityProps> = {
  'vpc-security-group': (id) => ({ vpcId: VPC_ID, targetIds: TARGET_IDS, name: `backup-agent-${id}` }),
  'vpc-network-acl': () => ({ emit: Emit.NETWORK_ACL, networkAclId: ACL_ID, networkAclRulesBefore: ACL_DENY_RULE_ID, localCidr: '10.240.0.0/24' }),
  'vpc-both': (id) => ({
    emit: Emit.BOTH,
    vpcId: VPC_ID,
    targetIds: TARGET_IDS,
    name: `backup-agent-${id}`,
    networkAclId: ACL_ID,
    networkAclRulesBefore: ACL_DENY_RULE_ID,
  }),
  'classic-new-group': (id) => ({ infrastructure: IbmInfrastructure.CLASSIC, name: `IBM Cloud Backup agents ${id}` }),
  'classic-existing-group': () => ({ infrastructure: IbmInfrastructure.CLASSIC, classicSecurityGroupId: 2738456 }),
};

/** Names of the example app's stacks, as `buildExampleStacks` creates them. */
export const EXAMPLE_STACK_NAMES = [
  'backup-agent-vpc-security-group',
  'backup-agent-vpc-network-acl',
  'backup-agent-classic-commercial',
  'backup-agent-classic-federal',
];

/** A new temporary directory. */
export function temporaryDirectory(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The stack of this name; throws when it is missing, so a typo cannot skip a check. */
export function stackNamed(stacks: DiscoveredStack[], name: string): DiscoveredStack {
  const stack = stacks.find((s) => s.name === name);
  if (!stack) throw new Error(`no stack '${name}' among ${stacks.map((s) => s.name).join(', ')}`);
  return stack;
}

/** A synthesized Terraform JSON configuration. */
export interface TerraformJson {
  resource?: Record<string, Record<string, Record<string, unknown>>>;
  terraform?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Reads a synthesized `cdk.tf.json`. */
export function readTerraformJson(file: string): TerraformJson {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as TerraformJson;
}

/** Number of resources (not data sources) a configuration declares. */
export function resourceCount(json: TerraformJson): number {
  return Object.values(json.resource ?? {}).reduce((sum, byName) => sum + Object.keys(byName).length, 0);
}

/** The address (`type.name`) and body of the first resource of a type, to edit it in place. */
export function firstResource(json: TerraformJson, type: string): { address: string; body: Record<string, unknown> } {
  const [name, body] = Object.entries(json.resource?.[type] ?? {})[0] ?? [];
  if (name === undefined || body === undefined) throw new Error(`no ${type} resource to edit`);
  return { address: `${type}.${name}`, body };
}

/**
 * Copies a stack's directory to a new temporary directory, edits its `cdk.tf.json` there and
 * returns the copy as a stack of the same name.
 */
export function editedCopy(stack: DiscoveredStack, edit: (json: TerraformJson) => void): DiscoveredStack {
  const directory = temporaryDirectory(`broken-${stack.name}-`);
  fs.cpSync(path.dirname(stack.path), directory, { recursive: true });
  const file = path.join(directory, 'cdk.tf.json');
  const json = readTerraformJson(file);
  edit(json);
  fs.writeFileSync(file, JSON.stringify(json, null, 2));
  return { ...stack, path: file };
}

/** Terraform's diagnostics on one line, without the box-drawing gutter. */
export function flattenDiagnostics(text: string): string {
  return text.replace(/^[│╷╵]\s?/gm, '').replace(/\s+/g, ' ');
}

/** Every file and directory under `directory`, relative and sorted, to show that nothing was added. */
export function listTree(directory: string): string[] {
  return (fs.readdirSync(directory, { recursive: true }) as string[]).sort();
}
