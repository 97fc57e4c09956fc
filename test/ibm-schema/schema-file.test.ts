import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  findSchemaFile,
  IBM_BINDINGS_SCHEMA_RELATIVE_PATH,
  IBM_PROVIDER_ADDRESS,
  IBM_PROVIDER_RELEASES,
  ibmProviderVersionConstraint,
  IbmProviderSchema,
  ibmSchemaRelativePath,
  NEWEST_IBM_PROVIDER_RELEASE,
  SourceTranscription,
} from '../../lib/ibm-schema';
import { ibmSchemaText } from '../../scripts/build-ibm-schemas';

const ROOT = join(__dirname, '..', '..');

const EXPECTED = [
  'ibm_is_network_acl',
  'ibm_is_network_acl_rule',
  'ibm_is_security_group',
  'ibm_is_security_group_rule',
  'ibm_is_security_group_target',
  'ibm_security_group',
  'ibm_security_group_rule',
];

/** The tags and commits the schemas are read from (IBM-Cloud/terraform-provider-ibm). */
const TAGS: Record<string, { tag: string; commit: string; date: string }> = {
  '1.87.3': { tag: 'v1.87.3', commit: '994a2f2e39037a44320034d59a710968d9c93d99', date: '2026-01-28' },
  '2.5.0': { tag: 'v2.5.0', commit: '9f9b7ecfc4324c50bb461cd20eb9cd1a63ddf953', date: '2026-08-05' },
};

describe('committed IBM provider release schemas', () => {
  it('are 1.87.3 and 2.5.0, the newest feeding the bindings, and required_providers spans them', () => {
    expect(IBM_PROVIDER_RELEASES).toEqual(['1.87.3', '2.5.0']);
    expect(NEWEST_IBM_PROVIDER_RELEASE).toBe('2.5.0');
    expect(IBM_BINDINGS_SCHEMA_RELATIVE_PATH).toBe(join('schema', 'ibm-provider-2.5.0.json'));
    expect(ibmProviderVersionConstraint()).toBe('>= 1.87.3, < 3.0.0');
    expect(IbmProviderSchema.load().release).toBe('2.5.0');
  });

  it('refuses a release without a committed schema, naming the committed ones', () => {
    expect(() => IbmProviderSchema.load('2.4.0')).toThrow('IBM provider 2.4.0 has no committed schema; committed releases: 1.87.3, 2.5.0');
  });

  it('finds a file from a nested directory', () => {
    expect(findSchemaFile(join(ROOT, 'lib', 'ibm-schema'))).toMatch(/schema[\\/]ibm-provider-2\.5\.0\.json$/);
    expect(() => findSchemaFile('/')).toThrow(/not found/);
  });

  describe.each(IBM_PROVIDER_RELEASES)('%s', (release) => {
    const schema = IbmProviderSchema.load(release);
    const transcription = JSON.parse(readFileSync(join(ROOT, schema.source.transcription), 'utf8')) as SourceTranscription;

    it('records one tag, its commit and every file read', () => {
      expect(schema.source).toMatchObject({
        repository: 'IBM-Cloud/terraform-provider-ibm',
        registry: 'IBM-Cloud/ibm',
        release,
        tag: TAGS[release].tag,
        commit: TAGS[release].commit,
      });
      expect(schema.source.date.startsWith(TAGS[release].date)).toBe(true);
      expect(transcription).toMatchObject({ tag: TAGS[release].tag, commit: TAGS[release].commit, version: release });
      expect(schema.source.files).toEqual(transcription.files);
      for (const file of [
        'ibm/provider/provider.go',
        'ibm/validate/validators.go',
        'version/version.go',
        'ibm/service/vpc/resource_ibm_is_security_group_rule.go',
      ]) {
        expect(schema.source.files[file]).toMatch(/^[0-9a-f]{40}$/);
      }
      for (const type of EXPECTED) expect(Object.keys(schema.source.files)).toContain(transcription.resources[type].file);
    });

    it('equals a fresh build from its committed transcription', () => {
      expect(readFileSync(join(ROOT, ibmSchemaRelativePath(release)), 'utf8')).toBe(ibmSchemaText(release));
    });

    it('holds exactly the seven resources and the provider block', () => {
      expect(Object.keys(schema.file.provider_schemas)).toEqual([IBM_PROVIDER_ADDRESS]);
      expect(schema.resourceTypes).toEqual(EXPECTED);
      expect(schema.file.format_version).toBe('1.0');
      expect(Object.keys(schema.file.constraints).sort()).toEqual(['provider', ...EXPECTED].sort());
    });

    it('keeps all provider arguments optional, with trusted-profile and VPE logins', () => {
      const attrs = schema.providerSchema.block.attributes ?? {};
      for (const name of [
        'region',
        'ibmcloud_api_key',
        'iaas_classic_username',
        'iam_profile_name',
        'ibmcloud_account_id',
        'private_endpoint_type',
        'visibility',
      ]) {
        expect(attrs[name]).toMatchObject({ optional: true });
        expect(attrs[name].required).toBeUndefined();
      }
      expect(schema.constraints('provider').private_endpoint_type?.allowed_values).toEqual(['vpe']);
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
      for (const flat of ['protocol', 'port_min', 'port_max', 'type', 'code', 'name']) expect(rule.attributes?.[flat]).toBeDefined();
      expect(rule.attributes?.name).toMatchObject({ optional: true, computed: true });
      for (const old of ['tcp', 'udp', 'icmp']) {
        expect(rule.block_types?.[old]).toMatchObject({ nesting_mode: 'list', max_items: 1, block: { deprecated: true } });
        expect(rule.block_types?.[old]?.min_items).toBeUndefined();
      }
      const acl = schema.resourceSchema('ibm_is_network_acl')!.block;
      expect(acl.block_types?.rules?.nesting_mode).toBe('list');
      expect(acl.block_types?.rules?.block.attributes?.source_port_min?.type).toBe('number');
      expect(schema.resourceSchema('ibm_security_group_rule')!.block.attributes?.security_group_id).toMatchObject({ type: 'number', required: true });
      expect(schema.resourceSchema('nope')).toBeUndefined();
    });

    it('cites the Go source of every constraint', () => {
      for (const [type, constraints] of Object.entries(schema.file.constraints)) {
        for (const [path, c] of Object.entries(constraints)) {
          expect({ type, path, from: c.from?.[0] }).toEqual({ type, path, from: expect.stringMatching(/^ibm\/.+\.go:\d+$/) });
        }
      }
    });
  });

  it('differs between the releases where the tagged sources differ', () => {
    const [v187, v25] = [IbmProviderSchema.load('1.87.3'), IbmProviderSchema.load('2.5.0')];
    expect(v187.constraints('ibm_is_security_group_rule').protocol?.allowed_values).toEqual(['tcp', 'udp', 'icmp', 'icmp_tcp_udp']);
    expect(v25.constraints('ibm_is_security_group_rule').protocol?.allowed_values).toHaveLength(251);
    expect(v187.resourceSchema('ibm_is_network_acl')!.block.attributes?.incremental_rule_update).toBeUndefined();
    expect(v25.resourceSchema('ibm_is_network_acl')!.block.attributes?.incremental_rule_update).toMatchObject({ type: 'bool', optional: true });
    expect(v187.constraints('ibm_is_security_group_rule').code?.required_with).toEqual(['protocol']);
    expect(v25.constraints('ibm_is_security_group_rule').code?.required_with).toEqual(['protocol', 'type']);
    expect(v187.constraints('provider').region).toMatchObject({
      env: ['IC_REGION', 'IBMCLOUD_REGION', 'BM_REGION', 'BLUEMIX_REGION'],
      env_default: 'us-south',
    });
    expect(v25.constraints('provider').region).toBeUndefined();
  });
});
