import * as fs from 'node:fs';
import * as grpc from '@grpc/grpc-js';
import { encode } from '@msgpack/msgpack';
import {
  decodeTerraformValue,
  defaultProviderOptions,
  encodeTerraformValue,
  isUnknown,
  loadProviderService,
  OfflineProvider,
  startOfflineProvider,
  toProtoAttribute,
  UnknownValue,
} from '../../lib/terraform';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each RPC answers its own message type
type Call = (request: object, callback: (error: grpc.ServiceError | null, response: any) => void) => void;

describe('offline provider gRPC server', () => {
  let provider: OfflineProvider;
  let client: grpc.Client & Record<string, Call>;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each RPC answers its own message type
  function call(rpc: string, request: object): Promise<any> {
    return new Promise((resolve, reject) => client[rpc](request, (error, response) => (error ? reject(error) : resolve(response))));
  }

  beforeAll(async () => {
    provider = await startOfflineProvider(defaultProviderOptions());
    const Client = grpc.makeGenericClientConstructor(loadProviderService(), 'Provider');
    client = new Client(`unix:${provider.socketPath}`, grpc.credentials.createInsecure()) as never;
  });

  afterAll(async () => {
    client.close();
    await provider.stop();
    expect(fs.existsSync(provider.directory)).toBe(false);
  });

  test('listens on a socket in a private directory and names a fresh reattach value', () => {
    expect(fs.statSync(provider.directory).mode & 0o777).toBe(0o700);
    const reattach = JSON.parse(provider.reattachValue(4242));
    expect(reattach).toEqual({
      'registry.terraform.io/IBM-Cloud/ibm': {
        Protocol: 'grpc',
        ProtocolVersion: 6,
        Pid: 4242,
        Test: true,
        Addr: { Network: 'unix', String: provider.socketPath },
      },
    });
  });

  test('GetProviderSchema serves the 7 resource types with cty types, nesting and flags', async () => {
    const response = await call('GetProviderSchema', {});
    expect(Object.keys(response.resource_schemas).sort()).toEqual([
      'ibm_is_network_acl',
      'ibm_is_network_acl_rule',
      'ibm_is_security_group',
      'ibm_is_security_group_rule',
      'ibm_is_security_group_target',
      'ibm_security_group',
      'ibm_security_group_rule',
    ]);
    const rule = response.resource_schemas.ibm_is_security_group_rule.block;
    const direction = rule.attributes.find((a: { name: string }) => a.name === 'direction');
    expect(direction.required).toBe(true);
    expect(JSON.parse(direction.type.toString())).toBe('string');
    const ruleId = rule.attributes.find((a: { name: string }) => a.name === 'rule_id');
    expect(ruleId.computed).toBe(true);
    expect(ruleId.optional).toBe(false);
    const acl = response.resource_schemas.ibm_is_network_acl.block;
    const rules = acl.block_types.find((b: { type_name: string }) => b.type_name === 'rules');
    expect(rules.nesting).toBe(2); // LIST
    const tags = acl.attributes.find((a: { name: string }) => a.name === 'tags');
    expect(JSON.parse(tags.type.toString())).toEqual(['set', 'string']);
    const apiKey = response.provider.block.attributes.find((a: { name: string }) => a.name === 'ibmcloud_api_key');
    expect(apiKey.description).toBe('The IBM Cloud API Key');
  });

  test('attribute flags and nested attribute types are converted', () => {
    expect(
      toProtoAttribute('secret', {
        type: 'string',
        optional: true,
        sensitive: true,
        deprecated: true,
        description: 'd',
        description_kind: 'markdown',
      }),
    ).toEqual({
      name: 'secret',
      type: Buffer.from('"string"'),
      description: 'd',
      required: false,
      optional: true,
      computed: false,
      sensitive: true,
      description_kind: 1,
      deprecated: true,
      write_only: false,
    });
    const nested = toProtoAttribute('ports', {
      nested_type: { nesting_mode: 'set', attributes: { min: { type: 'number', required: true } } },
      optional: true,
    });
    expect(nested.nested_type?.nesting).toBe(3);
    expect(nested.nested_type?.attributes[0]).toMatchObject({ name: 'min', required: true, type: Buffer.from('"number"') });
  });

  test('ValidateResourceConfig reports the validator diagnostics with attribute paths, and accepts unknowns', async () => {
    const config = encodeTerraformValue({
      group: UnknownValue.plain(),
      direction: 'ingress',
      remote: '10.0.0.0/8',
      protocol: 'tcp',
      port_min: 2548,
      port_max: 2548,
    });
    const response = await call('ValidateResourceConfig', { type_name: 'ibm_is_security_group_rule', config: { msgpack: Buffer.from(config) } });
    expect(response.diagnostics).toHaveLength(1);
    expect(response.diagnostics[0]).toMatchObject({ severity: 1, summary: 'Invalid value', attribute: { steps: [{ attribute_name: 'direction' }] } });
    const valid = encodeTerraformValue({
      group: UnknownValue.plain(),
      direction: 'inbound',
      remote: null,
      protocol: 'tcp',
      port_min: 2548,
      port_max: 2548,
    });
    expect(
      (await call('ValidateResourceConfig', { type_name: 'ibm_is_security_group_rule', config: { msgpack: Buffer.from(valid) } })).diagnostics,
    ).toEqual([]);
  });

  test('PlanResourceChange marks unset computed attributes unknown and keeps unknown bytes', async () => {
    const refined = new UnknownValue(12, Uint8Array.from([0x81, 0x01, 0xc3]));
    const config = {
      id: null,
      group: refined,
      direction: 'inbound',
      ip_version: null,
      remote: '10.0.0.0/8',
      local: null,
      name: null,
      protocol: 'tcp',
      port_min: 2548,
      port_max: 2548,
      type: null,
      code: null,
      rule_id: null,
      related_crn: null,
      icmp: [],
      tcp: [],
      udp: [],
    };
    const bytes = Buffer.from(encodeTerraformValue(config));
    const response = await call('PlanResourceChange', {
      type_name: 'ibm_is_security_group_rule',
      config: { msgpack: bytes },
      proposed_new_state: { msgpack: bytes },
      prior_state: { msgpack: Buffer.from([0xc0]) },
    });
    expect(response.diagnostics).toEqual([]);
    const planned = decodeTerraformValue(response.planned_state.msgpack) as Record<string, unknown>;
    expect(isUnknown(planned.id)).toBe(true);
    expect(isUnknown(planned.rule_id)).toBe(true);
    expect(planned.ip_version).toBeNull(); // optional, not computed
    expect(planned.group).toEqual(refined);
    expect(Buffer.from(response.planned_state.msgpack).includes(Buffer.from([0xc7, 0x03, 0x0c, 0x81, 0x01, 0xc3]))).toBe(true);
  });

  test('UpgradeResourceState passes the JSON through and ReadResource returns the state unchanged', async () => {
    const json = Buffer.from('{"id":"r006-1","vpc":"r006-2"}');
    const upgraded = await call('UpgradeResourceState', { type_name: 'ibm_security_group', version: 0, raw_state: { json } });
    expect(upgraded.upgraded_state.json.toString()).toBe(json.toString());
    const state = Buffer.from(encode({ id: 'r006-1' }));
    const read = await call('ReadResource', { type_name: 'ibm_security_group', current_state: { msgpack: state } });
    expect(Buffer.from(read.new_state.msgpack).equals(state)).toBe(true);
  });

  test('apply and import are refused with a clear diagnostic', async () => {
    const apply = await call('ApplyResourceChange', { type_name: 'ibm_security_group' });
    expect(apply.diagnostics[0].summary).toBe('ApplyResourceChange is not supported by the offline provider');
    const imported = await call('ImportResourceState', { type_name: 'ibm_security_group', id: '123' });
    expect(imported.diagnostics[0].summary).toBe('ImportResourceState is not supported by the offline provider');
  });

  test('bad input becomes an error diagnostic, not a crash', async () => {
    const garbage = await call('PlanResourceChange', { type_name: 'ibm_security_group', proposed_new_state: { msgpack: Buffer.from([0xc1, 0xff]) } });
    expect(garbage.diagnostics[0]).toMatchObject({ severity: 1, summary: 'The offline IBM provider could not handle PlanResourceChange' });
    const unknownType = await call('ValidateResourceConfig', { type_name: 'ibm_is_vpc', config: { msgpack: Buffer.from([0x80]) } });
    expect(unknownType.diagnostics[0].detail).toContain('"ibm_is_vpc" is not in the IBM provider schema');
    expect((await call('GetProviderSchema', {})).diagnostics).toEqual([]);
  });
});
