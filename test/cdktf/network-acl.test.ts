import { AccessMode, BackupTarget, CatalogEdition, ConnectivityPolicy, Emit, IbmWarningIds, FlowDirection } from '../../lib/cdktf';
import { ResourceBody, resourcesOf, stackWith, synth, warningsOf } from './synth-helpers';

const ACL_ID = 'r006-0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
const DENY_RULE_ID = 'r006-7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f';
const VPC_ID = 'r006-6f2a1c3e-8b7d-4e25-9a61-0c4d2b7e5f18';

/** The ACL rules of a synthesized stack in ACL order, following the `before` chain from its head. */
function aclChain(rules: Record<string, ResourceBody>): ResourceBody[] {
  const referenced = new Set(
    Object.values(rules)
      .map((r) => /^\$\{ibm_is_network_acl_rule\.(.+)\.rule_id\}$/.exec(String(r.before))?.[1])
      .filter((id): id is string => id !== undefined),
  );
  const heads = Object.keys(rules).filter((id) => !referenced.has(id));
  expect(heads).toHaveLength(1);
  const chain: ResourceBody[] = [];
  let current: string | undefined = heads[0];
  while (current !== undefined) {
    const rule: ResourceBody = rules[current];
    chain.push(rule);
    current = /^\$\{ibm_is_network_acl_rule\.(.+)\.rule_id\}$/.exec(String(rule.before))?.[1];
  }
  expect(chain).toHaveLength(Object.keys(rules).length);
  return chain;
}

const aclOptions = { emit: Emit.NETWORK_ACL, networkAclId: ACL_ID, networkAclRulesBefore: DENY_RULE_ID };

describe('network ACL rules', () => {
  const combinations = Object.values(BackupTarget).flatMap((target) =>
    Object.values(AccessMode).flatMap((mode) => Object.values(CatalogEdition).map((edition) => ({ target, mode, edition }))),
  );

  test.each(combinations)('every policy rule has a request and a reply rule, in policy order ($target $mode $edition)', (options) => {
    const full = { ...options, vaultCidrs: ['10.200.90.14'], centralControlSources: ['10.240.64.0/24'] };
    const { stack } = stackWith({ ...full, ...aclOptions });
    const chain = aclChain(resourcesOf(synth(stack), 'ibm_is_network_acl_rule'));
    const policy = ConnectivityPolicy.resolve(full);
    expect(chain).toHaveLength(2 * policy.rules.length);
    policy.rules.forEach((rule, i) => {
      const [request, reply] = [chain[2 * i], chain[2 * i + 1]];
      const ingress = rule.direction === FlowDirection.INGRESS;
      expect(request).toMatchObject({
        name: rule.id,
        action: 'allow',
        protocol: 'tcp',
        direction: ingress ? 'inbound' : 'outbound',
        source: ingress ? rule.cidr : '0.0.0.0/0',
        destination: ingress ? '0.0.0.0/0' : rule.cidr,
        port_min: rule.fromPort,
        port_max: rule.toPort,
        source_port_min: 1024,
        source_port_max: 65535,
        network_acl: ACL_ID,
      });
      expect(reply).toMatchObject({
        name: `${rule.id}-reply`,
        action: 'allow',
        protocol: 'tcp',
        direction: ingress ? 'outbound' : 'inbound',
        source: ingress ? '0.0.0.0/0' : rule.cidr,
        destination: ingress ? rule.cidr : '0.0.0.0/0',
        source_port_min: rule.fromPort,
        source_port_max: rule.toPort,
        port_min: 1024,
        port_max: 65535,
        network_acl: ACL_ID,
      });
    });
    expect(chain[chain.length - 1].before).toBe(DENY_RULE_ID);
  });

  test("names follow IBM's rule name pattern and are unique", () => {
    const { stack } = stackWith({ ...aclOptions, mode: AccessMode.HOSTS, vaultCidrs: ['10.200.90.14'], allowLegacyManagementPort: true });
    const names = Object.values(resourcesOf(synth(stack), 'ibm_is_network_acl_rule')).map((r) => String(r.name));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(/^([a-z]|[a-z][-a-z0-9]*[a-z0-9])$/);
      expect(name.length).toBeLessThanOrEqual(63);
    }
  });

  test('ephemeralPorts and localCidr shape the agent side of requests and replies', () => {
    const { stack } = stackWith({ ...aclOptions, ephemeralPorts: { from: 32768, to: 60999 }, localCidr: '10.240.0.0/24' });
    const chain = aclChain(resourcesOf(synth(stack), 'ibm_is_network_acl_rule'));
    const [ingressRequest, ingressReply] = chain;
    expect(ingressRequest).toMatchObject({
      direction: 'inbound',
      source: '10.0.0.0/8',
      destination: '10.240.0.0/24',
      port_min: 2548,
      port_max: 2548,
      source_port_min: 32768,
      source_port_max: 60999,
    });
    expect(ingressReply).toMatchObject({
      direction: 'outbound',
      source: '10.240.0.0/24',
      destination: '10.0.0.0/8',
      port_min: 32768,
      port_max: 60999,
      source_port_min: 2548,
      source_port_max: 2548,
    });
  });

  test('without networkAclRulesBefore the last rule is appended and the construct warns', () => {
    const { stack, construct } = stackWith({ emit: Emit.NETWORK_ACL, networkAclId: ACL_ID });
    const chain = aclChain(resourcesOf(synth(stack), 'ibm_is_network_acl_rule'));
    expect(chain[chain.length - 1]).not.toHaveProperty('before');
    const warnings = warningsOf(construct);
    expect(warnings.filter((w) => w.startsWith(`${IbmWarningIds.NETWORK_ACL_RULES_APPENDED}: `))).toHaveLength(1);
    expect(warnings.join('\n')).toContain('ibmflow-deny-all');
  });

  test('with networkAclRulesBefore there is no append warning', () => {
    const { construct } = stackWith(aclOptions);
    expect(warningsOf(construct).some((w) => w.startsWith(IbmWarningIds.NETWORK_ACL_RULES_APPENDED))).toBe(false);
    expect(construct.networkAclId).toBe(ACL_ID);
    expect(construct.networkAclRules).toHaveLength(6);
    expect(construct.securityGroupId).toBeUndefined();
  });

  test('createNetworkAcl creates an ACL without inline rules, puts the rules in it and warns', () => {
    const { stack, construct } = stackWith({ emit: Emit.NETWORK_ACL, vpcId: VPC_ID, createNetworkAcl: true, name: 'backup-agent-acl' });
    const json = synth(stack);
    const acls = resourcesOf(json, 'ibm_is_network_acl');
    expect(Object.values(acls)).toEqual([{ vpc: VPC_ID, name: 'backup-agent-acl' }]);
    const aclRef = `\${ibm_is_network_acl.${Object.keys(acls)[0]}.id}`;
    const chain = aclChain(resourcesOf(json, 'ibm_is_network_acl_rule'));
    expect(chain.every((r) => r.network_acl === aclRef)).toBe(true);
    expect(chain[chain.length - 1]).not.toHaveProperty('before');
    const warnings = warningsOf(construct);
    expect(warnings.some((w) => w.startsWith(`${IbmWarningIds.NEW_NETWORK_ACL}: `) && w.includes('denies everything else'))).toBe(true);
    expect(warnings.some((w) => w.startsWith(IbmWarningIds.NETWORK_ACL_RULES_APPENDED))).toBe(false);
  });

  test('Emit.BOTH emits a security group and ACL rules side by side', () => {
    const { stack, construct } = stackWith({ emit: Emit.BOTH, vpcId: VPC_ID, networkAclId: ACL_ID, networkAclRulesBefore: DENY_RULE_ID });
    const json = synth(stack);
    expect(Object.keys(resourcesOf(json, 'ibm_is_security_group_rule'))).toHaveLength(3);
    expect(Object.keys(resourcesOf(json, 'ibm_is_network_acl_rule'))).toHaveLength(6);
    expect(construct.emit).toBe(Emit.BOTH);
  });
});
