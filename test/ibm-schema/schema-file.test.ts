import { join } from 'node:path';
import { findSchemaFile, IBM_PROVIDER_ADDRESS, IbmProviderSchema } from '../../lib/ibm-schema';

const EXPECTED = [
  'ibm_is_network_acl',
  'ibm_is_network_acl_rule',
  'ibm_is_security_group',
  'ibm_is_security_group_rule',
  'ibm_is_security_group_target',
  'ibm_security_group',
  'ibm_security_group_rule',
];

describe('committed IBM provider schema', () => {
  const schema = IbmProviderSchema.load();

  it('holds exactly the seven resources and the provider block', () => {
    expect(Object.keys(schema.file.provider_schemas)).toEqual([IBM_PROVIDER_ADDRESS]);
    expect(schema.resourceTypes).toEqual(EXPECTED);
    expect(schema.file.format_version).toBe('1.0');
    expect(Object.keys(schema.file.constraints).sort()).toEqual(['provider', ...EXPECTED].sort());
  });

  it('records where it came from and derives the version constraint', () => {
    expect(schema.source.repository).toBe('IBM-Cloud/terraform-provider-ibm');
    expect(schema.source.registry).toBe('IBM-Cloud/ibm');
    expect(schema.source.files).toContain('ibm/service/vpc/resource_ibm_is_security_group_rule.go');
    expect(schema.versionConstraint()).toBe('>= 1.87.0, < 2.0.0');
  });

  it('finds the file from a nested directory', () => {
    expect(findSchemaFile(join(__dirname, '..', '..', 'lib', 'ibm-schema'))).toMatch(/schema[\\/]ibm-provider-schema\.json$/);
    expect(() => findSchemaFile('/')).toThrow(/not found/);
  });

  it('keeps all provider arguments optional', () => {
    const attrs = schema.providerSchema.block.attributes ?? {};
    for (const name of ['region', 'ibmcloud_api_key', 'iaas_classic_username', 'iaas_classic_api_key', 'iaas_classic_endpoint_url', 'zone', 'resource_group', 'generation', 'visibility']) {
      expect(attrs[name]).toMatchObject({ optional: true });
      expect(attrs[name].required).toBeUndefined();
    }
  });

  it('maps the SDK schema: id, computed nested lists, blocks, timeouts, deprecated blocks', () => {
    for (const type of EXPECTED) {
      expect(schema.resourceSchema(type)?.block.attributes?.id).toMatchObject({ type: 'string', optional: true, computed: true });
    }
    const sg = schema.resourceSchema('ibm_is_security_group')!.block;
    expect(sg.attributes?.rules).toMatchObject({ computed: true, type: ['list', ['object', expect.any(Object)]] });
    expect(sg.attributes?.tags?.type).toEqual(['set', 'string']);
    expect(sg.block_types?.timeouts?.nesting_mode).toBe('single');
    const rule = schema.resourceSchema('ibm_is_security_group_rule')!.block;
    for (const flat of ['protocol', 'port_min', 'port_max', 'type', 'code']) expect(rule.attributes?.[flat]).toBeDefined();
    for (const old of ['tcp', 'udp', 'icmp']) {
      expect(rule.block_types?.[old]).toMatchObject({ nesting_mode: 'list', max_items: 1, block: { deprecated: true } });
    }
    const acl = schema.resourceSchema('ibm_is_network_acl')!.block;
    expect(acl.block_types?.rules?.nesting_mode).toBe('list');
    expect(acl.block_types?.rules?.block.attributes?.source_port_min?.type).toBe('number');
    const aclRule = schema.resourceSchema('ibm_is_network_acl_rule')!.block;
    expect(aclRule.attributes?.source_port_max?.type).toBe('number');
    expect(schema.resourceSchema('ibm_security_group_rule')!.block.attributes?.security_group_id).toMatchObject({ type: 'number', required: true });
    expect(schema.resourceSchema('nope')).toBeUndefined();
  });
});
