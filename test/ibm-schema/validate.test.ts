import { IbmProviderSchema, SchemaDiagnostic, validateProviderConfig, validateResourceConfig } from '../../lib/ibm-schema';

const SG = 'r006-5f8bd5b9-3a3e-4b6a-9e0e-2d0c8f3a9c11';
const VPC = 'r006-2b5b9b6a-8c3c-4f5e-9f3e-6c1d2e3f4a5b';

function attrs(d: SchemaDiagnostic[]): string[] {
  return d.map((x) => x.attribute);
}

/** Expects at least one diagnostic naming `attribute` and returns the diagnostics. */
function expectError(type: string, config: Record<string, unknown>, attribute: string): SchemaDiagnostic[] {
  const d = validateResourceConfig(type, config);
  expect(attrs(d)).toContain(attribute);
  for (const x of d) expect(x).toMatchObject({ resourceType: type, severity: 'error' });
  return d;
}

const sgRule = { group: SG, direction: 'inbound', remote: '10.0.0.0/8', protocol: 'tcp', port_min: 443, port_max: 443 };
const aclRule = {
  network_acl: 'r006-acl-1234',
  name: 'allow-backup',
  action: 'allow',
  source: '10.0.0.0/8',
  destination: '0.0.0.0/0',
  direction: 'outbound',
};

describe('realistic cdktf configurations pass', () => {
  it.each([
    [
      'ibm_is_security_group',
      {
        '//': { metadata: { path: 'stack/sg', uniqueId: 'sg' } },
        name: 'backup-agent-sg',
        vpc: VPC,
        resource_group: 'a1b2c3d4e5f6',
        tags: ['backup:agent', 'env:prod'],
        timeouts: { create: '10m' },
      },
    ],
    ['ibm_is_security_group_rule', { ...sgRule, depends_on: ['ibm_is_security_group.sg'] }],
    [
      'ibm_is_security_group_rule',
      { group: '${ibm_is_security_group.sg.id}', direction: 'outbound', remote: '0.0.0.0/0', protocol: 'icmp', type: 8, code: 0 },
    ],
    ['ibm_is_security_group_rule', { group: SG, direction: 'inbound', tcp: { port_min: 1, port_max: 65535 } }],
    ['ibm_is_security_group_target', { security_group: SG, target: '0717-3e8c5a7b-1d2e-4f3a-9b8c-7d6e5f4a3b2c' }],
    [
      'ibm_is_network_acl',
      {
        name: 'backup-acl',
        vpc: VPC,
        rules: [
          {
            name: 'out-tcp',
            action: 'allow',
            source: '10.240.0.0/24',
            destination: '0.0.0.0/0',
            direction: 'outbound',
            protocol: 'tcp',
            port_min: 443,
            port_max: 443,
            source_port_min: 1024,
            source_port_max: 65535,
          },
          {
            name: 'in-udp',
            action: 'allow',
            source: '0.0.0.0/0',
            destination: '10.240.0.0/24',
            direction: 'inbound',
            udp: [{ port_min: 53, port_max: 53 }],
          },
          { name: 'deny-all', action: 'deny', source: '0.0.0.0/0', destination: '0.0.0.0/0', direction: 'inbound' },
        ],
      },
    ],
    [
      'ibm_is_network_acl_rule',
      { ...aclRule, before: 'null', protocol: 'tcp', port_min: 8087, port_max: 8087, source_port_min: 1, source_port_max: 65535 },
    ],
    ['ibm_security_group', { name: 'backup-agents', description: 'IBM Cloud Backup agents' }],
    [
      'ibm_security_group_rule',
      {
        direction: 'egress',
        ether_type: 'IPv4',
        protocol: 'tcp',
        port_range_min: 8086,
        port_range_max: 8087,
        remote_ip: '10.200.0.0/16',
        security_group_id: 123456,
      },
    ],
    [
      'ibm_security_group_rule',
      { direction: 'ingress', protocol: 'tcp', remote_group_id: '${ibm_security_group.other.id}', security_group_id: '${ibm_security_group.sg.id}' },
    ],
  ])('%s', (type, config) => {
    expect(validateResourceConfig(type, config)).toEqual([]);
  });

  it('provider block', () => {
    expect(
      validateProviderConfig({
        region: 'us-south',
        ibmcloud_api_key: '${var.ibmcloud_api_key}',
        iaas_classic_username: 'user',
        iaas_classic_api_key: 'key',
        iaas_classic_endpoint_url: 'https://api.service.usgov.softlayer.com/rest/v3',
        visibility: 'private',
        max_retries: 5,
        alias: 'gov',
      }),
    ).toEqual([]);
  });
});

describe('structural checks', () => {
  it('unknown resource type', () => {
    const d = validateResourceConfig('ibm_is_vpc', {});
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ resourceType: 'ibm_is_vpc', attribute: '', summary: 'Unknown resource type' });
  });
  it('non-object body', () => expect(validateResourceConfig('ibm_security_group', 'x')[0].summary).toBe('Invalid configuration'));
  it('unknown attribute', () => {
    expectError('ibm_security_group', { name: 'a', colour: 'red' }, 'colour');
  });
  it('unknown nested attribute', () => {
    expectError('ibm_is_network_acl', { vpc: VPC, rules: [{ ...aclRule, network_acl: undefined, priority: 1 }] }, 'rules[0].priority');
  });
  it('missing required attribute', () => {
    expectError('ibm_is_security_group', { name: 'x' }, 'vpc');
    expectError('ibm_security_group_rule', { direction: 'egress' }, 'security_group_id');
    expectError(
      'ibm_is_network_acl',
      { vpc: VPC, rules: [{ name: 'r', source: '10.0.0.0/8', destination: '10.0.0.0/8', direction: 'inbound' }] },
      'rules[0].action',
    );
  });
  it('vpc of a network ACL is optional in the schema (resource_ibm_is_network_acl.go:89-94 at v2.5.0), so validate accepts it missing', () => {
    expect(validateResourceConfig('ibm_is_network_acl', { name: 'acl' })).toEqual([]);
  });
  it('computed-only attributes cannot be set', () => {
    expectError('ibm_is_security_group', { vpc: VPC, crn: 'crn:v1:x' }, 'crn');
    expectError('ibm_is_security_group_rule', { ...sgRule, rule_id: 'r1' }, 'rule_id');
    expectError('ibm_is_network_acl', { vpc: VPC, rules: [{ ...aclRule, network_acl: undefined, ip_version: 'ipv4' }] }, 'rules[0].ip_version');
  });
  it('wrong types', () => {
    expectError('ibm_is_security_group_rule', { ...sgRule, port_min: '443' }, 'port_min');
    expectError('ibm_security_group_rule', { direction: 'egress', security_group_id: 'abc' }, 'security_group_id');
    expectError('ibm_is_security_group', { vpc: VPC, tags: 'a' }, 'tags');
    expectError('ibm_is_security_group', { vpc: VPC, tags: ['a', 5] }, 'tags[1]');
    expectError('ibm_is_security_group', { vpc: 42 }, 'vpc');
    expectError('ibm_is_network_acl', { vpc: VPC, rules: ['x'] }, 'rules[0]');
    expectError('ibm_is_security_group', { vpc: VPC, timeouts: [{ create: '1m' }, { create: '2m' }] }, 'timeouts');
  });
  it('too many single-item blocks', () => {
    expectError('ibm_is_security_group_rule', { group: SG, direction: 'inbound', tcp: [{}, {}] }, 'tcp');
  });
  it('null values count as unset', () => expect(validateResourceConfig('ibm_security_group', { name: 'a', description: null })).toEqual([]));
});

describe('references', () => {
  it('satisfy any type and skip value checks', () => {
    expect(
      validateResourceConfig('ibm_is_security_group_rule', {
        group: SG,
        direction: '${var.direction}',
        protocol: '${var.p}',
        port_min: '${var.port}',
        port_max: '${var.port}',
      }),
    ).toEqual([]);
    expect(validateResourceConfig('ibm_is_security_group', { vpc: VPC, tags: '${var.tags}', name: '${var.name}-sg' })).toEqual([]);
    expect(validateResourceConfig('ibm_is_network_acl', { vpc: VPC, rules: '${local.rules}' })).toEqual([]);
    expect(validateResourceConfig('ibm_is_security_group_rule', { group: SG, direction: 'inbound', protocol: '${var.p}', type: 8 })).toEqual([]);
  });
});

describe('constraints from the Go source', () => {
  it('VPC direction inbound|outbound', () => {
    expectError('ibm_is_security_group_rule', { ...sgRule, direction: 'ingress' }, 'direction');
    expectError('ibm_is_network_acl_rule', { ...aclRule, direction: 'egress' }, 'direction');
    expectError('ibm_is_network_acl', { vpc: VPC, rules: [{ ...aclRule, network_acl: undefined, direction: 'in' }] }, 'rules[0].direction');
  });
  it('VPC protocol values', () => {
    expect(
      validateResourceConfig('ibm_is_security_group_rule', { ...sgRule, protocol: 'number_2', port_min: undefined, port_max: undefined }),
    ).toEqual([]);
    expectError('ibm_is_security_group_rule', { ...sgRule, protocol: 'number_0', port_min: undefined, port_max: undefined }, 'protocol');
    expectError('ibm_is_security_group_rule', { ...sgRule, protocol: 'all', port_min: undefined, port_max: undefined }, 'protocol');
    expectError('ibm_is_network_acl_rule', { ...aclRule, protocol: 'number_6' }, 'protocol');
    expectError('ibm_is_network_acl', { vpc: VPC, rules: [{ ...aclRule, network_acl: undefined, protocol: 'number_135' }] }, 'rules[0].protocol');
    const v187 = IbmProviderSchema.load('1.87.3');
    expect(
      validateResourceConfig('ibm_is_security_group_rule', { ...sgRule, protocol: 'icmp_tcp_udp', port_min: undefined, port_max: undefined }, v187),
    ).toEqual([]);
    expect(
      attrs(validateResourceConfig('ibm_is_security_group_rule', { ...sgRule, protocol: 'any', port_min: undefined, port_max: undefined }, v187)),
    ).toEqual(['protocol']);
  });
  it('ip_version only ipv4', () => {
    expect(validateResourceConfig('ibm_is_security_group_rule', { ...sgRule, ip_version: 'ipv4' })).toEqual([]);
    expectError('ibm_is_security_group_rule', { ...sgRule, ip_version: 'ipv6' }, 'ip_version');
  });
  it('name pattern and length 1-63', () => {
    expectError('ibm_is_security_group', { vpc: VPC, name: 'Backup_SG' }, 'name');
    expectError('ibm_is_security_group', { vpc: VPC, name: 'a'.repeat(64) }, 'name');
    expectError('ibm_is_security_group', { vpc: VPC, name: 'ends-with-' }, 'name');
    expectError('ibm_is_network_acl', { vpc: VPC, name: '9acl' }, 'name');
    expectError('ibm_is_network_acl_rule', { ...aclRule, name: '' }, 'name');
    expectError('ibm_is_network_acl', { vpc: VPC, rules: [{ ...aclRule, network_acl: undefined, name: 'Upper' }] }, 'rules[0].name');
    expect(validateResourceConfig('ibm_is_security_group', { vpc: VPC, name: 'a'.repeat(63) })).toEqual([]);
  });
  it('tag pattern and length up to 128', () => {
    expectError('ibm_is_security_group', { vpc: VPC, tags: ['ok', 'bad/tag'] }, 'tags[1]');
    expectError('ibm_is_network_acl', { vpc: VPC, tags: ['x'.repeat(129)] }, 'tags[0]');
    expectError('ibm_is_security_group', { vpc: VPC, access_tags: ['no-colon'] }, 'access_tags[0]');
    expect(validateResourceConfig('ibm_is_security_group', { vpc: VPC, tags: ['x'.repeat(128)], access_tags: ['project:backup'] })).toEqual([]);
  });
  it('port ranges 1-65535', () => {
    expectError('ibm_is_security_group_rule', { ...sgRule, port_min: 0 }, 'port_min');
    expectError('ibm_is_security_group_rule', { ...sgRule, port_max: 65536 }, 'port_max');
    expectError('ibm_is_security_group_rule', { group: SG, direction: 'inbound', tcp: { port_min: 0 } }, 'tcp[0].port_min');
    expectError(
      'ibm_is_network_acl',
      { vpc: VPC, rules: [{ ...aclRule, network_acl: undefined, protocol: 'tcp', source_port_max: 70000 }] },
      'rules[0].source_port_max',
    );
    expectError('ibm_is_network_acl_rule', { ...aclRule, udp: { port_min: 1, port_max: 65536 } }, 'udp[0].port_max');
  });
  it('ICMP type 0-254 and code 0-255', () => {
    expectError('ibm_is_security_group_rule', { group: SG, direction: 'inbound', protocol: 'icmp', type: 255 }, 'type');
    expectError('ibm_is_security_group_rule', { group: SG, direction: 'inbound', protocol: 'icmp', type: 3, code: 256 }, 'code');
    expectError('ibm_is_network_acl_rule', { ...aclRule, icmp: { type: -1 } }, 'icmp[0].type');
  });
  it('ACL action allow|deny', () => {
    expectError('ibm_is_network_acl_rule', { ...aclRule, action: 'permit' }, 'action');
    expectError('ibm_is_network_acl', { vpc: VPC, rules: [{ ...aclRule, network_acl: undefined, action: 'drop' }] }, 'rules[0].action');
  });
  it('ACL source/destination must be IP or CIDR', () => {
    expectError('ibm_is_network_acl_rule', { ...aclRule, source: 'any' }, 'source');
    expectError(
      'ibm_is_network_acl',
      { vpc: VPC, rules: [{ ...aclRule, network_acl: undefined, destination: '10.0.0.0/33' }] },
      'rules[0].destination',
    );
    expect(validateResourceConfig('ibm_is_network_acl_rule', { ...aclRule, source: '10.1.2.3', destination: '2001:db8::/32' })).toEqual([]);
  });
  it('classic direction, ether_type, protocol, remote_ip', () => {
    const base = { direction: 'egress', security_group_id: 1 };
    expectError('ibm_security_group_rule', { ...base, direction: 'outbound' }, 'direction');
    expectError('ibm_security_group_rule', { ...base, ether_type: 'ipv4' }, 'ether_type');
    expectError('ibm_security_group_rule', { ...base, protocol: 'all' }, 'protocol');
    expectError('ibm_security_group_rule', { ...base, remote_ip: '10.0.0.300' }, 'remote_ip');
    expect(validateResourceConfig('ibm_security_group_rule', { ...base, ether_type: 'IPv6', protocol: 'udp', remote_ip: '2001:db8::1' })).toEqual([]);
  });
  it('remote_ip conflicts with remote_group_id', () => {
    const d = expectError(
      'ibm_security_group_rule',
      { direction: 'ingress', security_group_id: 1, remote_ip: '10.0.0.1', remote_group_id: 2 },
      'remote_ip',
    );
    expect(attrs(d)).toContain('remote_group_id');
  });
  it('target pattern and length', () => {
    expectError('ibm_is_security_group_target', { security_group: SG, target: 'Bad.Target' }, 'target');
    expectError('ibm_is_security_group_target', { security_group: SG, target: 'a'.repeat(65) }, 'target');
  });
  it('port_min requires port_max and protocol on a security group rule; an ACL rule needs only protocol', () => {
    expectError('ibm_is_security_group_rule', { group: SG, direction: 'inbound', protocol: 'tcp', port_min: 22 }, 'port_min');
    expectError('ibm_is_security_group_rule', { group: SG, direction: 'inbound', port_min: 22, port_max: 22 }, 'port_min');
    expect(validateResourceConfig('ibm_is_network_acl_rule', { ...aclRule, protocol: 'tcp', port_min: 22, port_max: 22 })).toEqual([]);
    expectError('ibm_is_network_acl_rule', { ...aclRule, port_min: 22, port_max: 22 }, 'port_min');
  });
  it('type/code require protocol; code requires type from 2.x on', () => {
    expectError('ibm_is_security_group_rule', { group: SG, direction: 'inbound', type: 8 }, 'type');
    expectError('ibm_is_security_group_rule', { group: SG, direction: 'inbound', protocol: 'icmp', code: 0 }, 'code');
    expect(
      validateResourceConfig(
        'ibm_is_security_group_rule',
        { group: SG, direction: 'inbound', protocol: 'icmp', code: 0 },
        IbmProviderSchema.load('1.87.3'),
      ),
    ).toEqual([]);
    expectError('ibm_is_network_acl_rule', { ...aclRule, code: 0 }, 'code');
  });
  it('ports with icmp and type with tcp are CustomizeDiff checks, run at plan, not at validate', () => {
    expect(
      validateResourceConfig('ibm_is_security_group_rule', { group: SG, direction: 'inbound', protocol: 'icmp', port_min: 1, port_max: 2 }),
    ).toEqual([]);
    expect(validateResourceConfig('ibm_is_security_group_rule', { group: SG, direction: 'inbound', protocol: 'tcp', type: 8 })).toEqual([]);
  });
  it('flat fields conflict with deprecated blocks, blocks conflict with each other', () => {
    expectError('ibm_is_security_group_rule', { group: SG, direction: 'inbound', protocol: 'tcp', tcp: {} }, 'protocol');
    expectError('ibm_is_security_group_rule', { group: SG, direction: 'inbound', tcp: {}, udp: {} }, 'tcp');
    expectError('ibm_is_network_acl_rule', { ...aclRule, icmp: {}, tcp: {} }, 'icmp');
  });
  it('provider visibility and types', () => {
    expect(attrs(validateProviderConfig({ visibility: 'internal' }))).toEqual(['visibility']);
    expect(attrs(validateProviderConfig({ region: 1 }))).toEqual(['region']);
    expect(attrs(validateProviderConfig({ regoin: 'us-south' }))).toEqual(['regoin']);
    expect(validateProviderConfig({})).toEqual([]);
  });
});

describe('provider arguments with a DefaultFunc (1.87.3) are validated from the environment when not written', () => {
  const v187 = IbmProviderSchema.load('1.87.3');
  const v25 = IbmProviderSchema.load('2.5.0');
  it('an invalid IC_VISIBILITY fails as the written value would (provider.go:230 at v1.87.3); 2.5.0 has no DefaultFunc', () => {
    expect(attrs(validateProviderConfig({}, v187, { IC_VISIBILITY: 'internal' }))).toEqual(['visibility']);
    expect(validateProviderConfig({}, v187, { IC_VISIBILITY: 'private' })).toEqual([]);
    expect(validateProviderConfig({}, v25, { IC_VISIBILITY: 'internal' })).toEqual([]);
  });
  it('IC_ACCOUNT_ID makes ibmcloud_account_id checked for RequiredWith (provider.go:250 at v1.87.3), but RequiredWith looks only at written arguments', () => {
    expect(attrs(validateProviderConfig({}, v187, { IC_ACCOUNT_ID: 'a1b2' }))).toEqual(['ibmcloud_account_id']);
    expect(validateProviderConfig({}, v25, { IC_ACCOUNT_ID: 'a1b2' })).toEqual([]);
    expect(attrs(validateProviderConfig({ iam_profile_name: 'p' }, v187, { IBMCLOUD_ACCOUNT_ID: 'a1b2' }))).toEqual(['iam_profile_name']);
    expect(validateProviderConfig({ iam_profile_name: 'p', ibmcloud_account_id: 'a1b2' }, v187, { IBMCLOUD_ACCOUNT_ID: 'a1b2' })).toEqual([]);
  });
  it('numbers from the environment are decoded as the SDK does', () => {
    expect(validateProviderConfig({}, v187, { IC_TIMEOUT: '90', MAX_RETRIES: '0x10' })).toEqual([]);
    expect(attrs(validateProviderConfig({}, v187, { IC_TIMEOUT: 'soon' }))).toEqual(['ibmcloud_timeout']);
  });
  it('a written value wins over the environment', () => {
    expect(validateProviderConfig({ visibility: 'public' }, v187, { IC_VISIBILITY: 'internal' })).toEqual([]);
  });
});
