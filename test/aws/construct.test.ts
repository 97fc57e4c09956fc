import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as fc from 'fast-check';
import { StatelessRulePlan } from '../../lib';
import {
  AccessMode,
  BackupAgentConnectivity,
  BackupTarget,
  CatalogEdition,
  ConnectivityIntent,
  ConnectivityOptions,
  ConnectivityPolicy,
  ConnectivityValidationError,
  Emit,
} from '../../lib/aws';
import {
  aclEntries,
  expectedRules,
  IntentCarrier,
  intentCarriers,
  CONSTRUCT_RESOURCE_TYPES,
  newApp,
  newStack,
  primeCloudFormationValidator,
  resourcesOfType,
  securityGroupRules,
  synth,
  thrown,
} from './helpers';

// One engine of CDK's CloudFormation validator serves every template of this file.
beforeAll(() => {
  expect(primeCloudFormationValidator()).toEqual(CONSTRUCT_RESOURCE_TYPES);
});

const COMBINATIONS = Object.values(BackupTarget).flatMap((target) =>
  Object.values(AccessMode).flatMap((mode) => Object.values(CatalogEdition).map((edition) => ({ target, mode, edition }))),
);

describe('security group rules for every target, mode and edition', () => {
  // One app holds a stack per combination, so that the whole matrix is synthesized and validated once.
  const app = newApp();
  const cases = COMBINATIONS.map((combination) => {
    const options = { ...combination, vaultCidrs: ['10.20.30.40/32'], allowLegacyManagementPort: true };
    const { stack, vpc } = newStack(`Agents-${combination.target}-${combination.mode}-${combination.edition.replace(/-/g, '')}`, app);
    const construct = new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, ...options });
    return { combination, options, stack, construct };
  });

  test.each(cases)(
    '$combination.target $combination.mode $combination.edition: one rule per policy rule, exactly',
    ({ options, stack, construct }) => {
      const template = Template.fromStack(stack);
      const policy = ConnectivityPolicy.resolve(options);
      const rules = securityGroupRules(template);
      expect(rules).toHaveLength(policy.rules.length);
      expect(rules).toEqual(expectedRules(policy.rules));
      expect(construct.policy.rules).toEqual(policy.rules);
      template.resourceCountIs('AWS::EC2::SecurityGroup', 1);
      template.resourceCountIs('AWS::EC2::NetworkAclEntry', 0);
    },
  );

  test('the group keeps its GroupDescription and logical ID whatever the mode, target or edition', () => {
    const seen = new Set<string>();
    for (const { stack } of cases) {
      for (const [logicalId, group] of Object.entries(resourcesOfType(Template.fromStack(stack), 'AWS::EC2::SecurityGroup'))) {
        seen.add(`${logicalId} ${group.Properties.GroupDescription}`);
      }
    }
    expect([...seen]).toEqual(['BackupAgentSecurityGroup1C83B19A IBM Cloud Backup agent connectivity']);
  });
});

describe('a new security group', () => {
  test('allows no outbound traffic beyond the policy and keeps no placeholder rule', () => {
    const { template } = synth({ mode: AccessMode.MINIMAL });
    const json = JSON.stringify(template.toJSON());
    expect(json).not.toContain('255.255.255.255/32');
    expect(json).not.toContain('Disallow all traffic');
    expect(json).not.toContain('0.0.0.0/0');
    const egress = securityGroupRules(template).filter((r) => r.direction === 'egress');
    expect(egress.length).toBeGreaterThan(0);
  });

  test('keeps its GroupDescription when the construct is placed elsewhere', () => {
    const { template } = synth({}, 'OtherStack');
    const groups = Object.values(resourcesOfType(template, 'AWS::EC2::SecurityGroup'));
    expect(groups.map((g) => g.Properties.GroupDescription)).toEqual(['IBM Cloud Backup agent connectivity']);
  });

  test('uses the policy rule descriptions', () => {
    const { template } = synth({ vaultCidrs: ['10.9.9.9/32'], mode: AccessMode.MINIMAL });
    const descriptions = new Set(securityGroupRules(template).map((r) => r.description));
    expect(descriptions).toEqual(
      new Set(['IBM Cloud Backup agent management port', 'IBM Cloud Backup agent to portal and AMP proxies', 'IBM Cloud Backup agent to vault']),
    );
  });

  test('emits separate rule resources with intent metadata when CDK is told not to inline rules', () => {
    const { stack, vpc } = newStack('Agents', newApp({ '@aws-cdk/aws-ec2.securityGroupDisableInlineRules': true }));
    const construct = new BackupAgentConnectivity(stack, 'BackupAgent', { vpc });
    const template = Template.fromStack(stack);
    expect(securityGroupRules(template)).toEqual(expectedRules(construct.policy.rules));
    const separate = {
      ...resourcesOfType(template, 'AWS::EC2::SecurityGroupIngress'),
      ...resourcesOfType(template, 'AWS::EC2::SecurityGroupEgress'),
    };
    expect(Object.keys(separate)).toHaveLength(construct.policy.rules.length);
    for (const resource of Object.values(separate))
      expect(ConnectivityIntent.constructPathOf(resource.Metadata[ConnectivityIntent.METADATA_KEY])).toBe('Agents/BackupAgent');
  });
});

describe('intent metadata', () => {
  /** Checks that the first carrier holds the construct's full record and every other one a reference to it. */
  function expectRecordThenReferences(carriers: IntentCarrier[], construct: BackupAgentConnectivity, emit: Emit): void {
    const [first, ...others] = carriers;
    const record = ConnectivityIntent.parse(first.intent);
    expect(record).toEqual(ConnectivityIntent.record(construct.policy, 'Agents/BackupAgent', 'aws', emit));
    expect(ConnectivityIntent.policyOf(record!).rules).toEqual(construct.policy.rules);
    for (const { intent } of others) expect(intent).toEqual(ConnectivityIntent.reference('Agents/BackupAgent'));
    for (const { intent } of carriers) expect(ConnectivityIntent.constructPathOf(intent)).toBe('Agents/BackupAgent');
  }

  test('the record on the created security group, a reference on every ACL entry, all with the construct path', () => {
    const { stack, vpc } = newStack();
    const acl = ec2.NetworkAcl.fromNetworkAclId(stack, 'Acl', 'acl-0a1b2c3d4e5f67890');
    const construct = new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, emit: Emit.BOTH, networkAcl: acl, vaultCidrs: ['10.1.1.0/24'] });
    const template = Template.fromStack(stack);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- template resources of every type
    const resources = Object.values(template.toJSON().Resources as Record<string, any>).filter((r) => r.Type !== 'AWS::CDK::Metadata');
    const carriers = intentCarriers(template);
    // The security group with inline rules, and the ACL entries: the broad rules' 5 (one inbound reply serves both egress rules).
    expect(resources.length).toBe(1 + 5);
    expect(carriers).toHaveLength(resources.length);
    expect(carriers.map((c) => c.type)).toEqual(['AWS::EC2::SecurityGroup', ...Array(5).fill('AWS::EC2::NetworkAclEntry')]);
    expectRecordThenReferences(carriers, construct, Emit.BOTH);
  });

  test('on an imported group, the record on the first rule resource in policy order, a reference on the others', () => {
    const { stack, vpc } = newStack();
    const group = ec2.SecurityGroup.fromSecurityGroupId(stack, 'AgentGroup', 'sg-0a1b2c3d4e5f67890', { allowAllOutbound: false });
    const construct = new BackupAgentConnectivity(stack, 'BackupAgent', {
      vpc,
      securityGroup: group,
      mode: AccessMode.MINIMAL,
      vaultCidrs: ['10.8.8.8/32'],
    });
    const template = Template.fromStack(stack);
    const carriers = intentCarriers(template);
    expect(carriers).toHaveLength(construct.policy.rules.length);
    const first = template.toJSON().Resources[carriers[0].logicalId].Properties;
    expect(first).toEqual(expect.objectContaining({ CidrIp: construct.policy.rules[0].cidr, FromPort: construct.policy.rules[0].fromPort }));
    expectRecordThenReferences(carriers, construct, Emit.SECURITY_GROUP);
  });

  test('the record on a created network ACL, a reference on its subnet associations and entries', () => {
    const { stack, vpc } = newStack();
    const construct = new BackupAgentConnectivity(stack, 'BackupAgent', {
      vpc,
      emit: Emit.NETWORK_ACL,
      networkAclSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    });
    const carriers = intentCarriers(Template.fromStack(stack));
    expect(carriers.map((c) => c.type)).toEqual([
      'AWS::EC2::NetworkAcl',
      'AWS::EC2::SubnetNetworkAclAssociation',
      'AWS::EC2::SubnetNetworkAclAssociation',
      ...Array(5).fill('AWS::EC2::NetworkAclEntry'),
    ]);
    expectRecordThenReferences(carriers, construct, Emit.NETWORK_ACL);
  });

  test('each construct of a stack writes its own record once', () => {
    const { stack, vpc } = newStack();
    new BackupAgentConnectivity(stack, 'One', {
      vpc,
      emit: Emit.BOTH,
      networkAcl: ec2.NetworkAcl.fromNetworkAclId(stack, 'Acl', 'acl-0a1b2c3d4e5f67890'),
    });
    new BackupAgentConnectivity(stack, 'Two', { vpc, mode: AccessMode.MINIMAL });
    const carriers = intentCarriers(Template.fromStack(stack));
    const records = carriers.map((c) => ConnectivityIntent.parse(c.intent)).filter((r) => r !== undefined);
    expect(records.map((r) => r.constructPath)).toEqual(['Agents/One', 'Agents/Two']);
    expect(carriers.map((c) => ConnectivityIntent.constructPathOf(c.intent))).toEqual(['Agents/One', ...Array(5).fill('Agents/One'), 'Agents/Two']);
  });
});

describe('determinism', () => {
  test('the same options in any list order give byte-identical templates', () => {
    const a = synth({
      mode: AccessMode.HOSTS,
      vaultCidrs: ['10.5.0.0/16', '10.1.2.3', '10.1.2.3/32'],
      centralControlSources: ['192.168.1.0/24', '172.16.0.0/12'],
      additionalEndpointCidrs: ['10.3.0.0/24', '10.2.119.0/24'],
    });
    const b = synth({
      additionalEndpointCidrs: ['10.2.119.0/24', '10.3.0.0/24'],
      centralControlSources: ['172.16.0.0/12', '192.168.1.0/24'],
      vaultCidrs: ['10.1.2.3/32', '10.5.0.0/16'],
      mode: AccessMode.HOSTS,
    });
    expect(JSON.stringify(b.template.toJSON())).toBe(JSON.stringify(a.template.toJSON()));
  });
});

describe('connections', () => {
  test('expose the group with the management port as the default port', () => {
    const { construct } = synth({ managementPort: 3000 });
    expect(construct.connections.securityGroups).toEqual([construct.securityGroup]);
    expect(construct.connections.defaultPort?.toString()).toBe('3000');
    expect(construct.networkAcl).toBeUndefined();
  });
});

describe('an existing security group', () => {
  test('imported mutable without all-outbound gets one separate rule resource per policy rule, with intent metadata', () => {
    const { stack, vpc } = newStack();
    const group = ec2.SecurityGroup.fromSecurityGroupId(stack, 'AgentGroup', 'sg-0a1b2c3d4e5f67890', { allowAllOutbound: false });
    const construct = new BackupAgentConnectivity(stack, 'BackupAgent', {
      vpc,
      securityGroup: group,
      mode: AccessMode.MINIMAL,
      vaultCidrs: ['10.8.8.8/32'],
    });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::EC2::SecurityGroup', 0);
    const ingress = resourcesOfType(template, 'AWS::EC2::SecurityGroupIngress');
    const egress = resourcesOfType(template, 'AWS::EC2::SecurityGroupEgress');
    expect(Object.keys(ingress)).toHaveLength(construct.policy.ingressRules().length);
    expect(Object.keys(egress)).toHaveLength(construct.policy.egressRules().length);
    expect(securityGroupRules(template)).toEqual(expectedRules(construct.policy.rules));
    for (const rule of [...Object.values(ingress), ...Object.values(egress)]) {
      expect(rule.Properties.GroupId).toBe('sg-0a1b2c3d4e5f67890');
      expect(ConnectivityIntent.constructPathOf(rule.Metadata[ConnectivityIntent.METADATA_KEY])).toBe('Agents/BackupAgent');
    }
    expect(construct.securityGroup).toBe(group);
    expect(construct.connections.securityGroups).toEqual([group]);
  });

  test('defined in the app with allowAllOutbound: false gets the rules inline and loses its placeholder', () => {
    const { stack, vpc } = newStack();
    const group = new ec2.SecurityGroup(stack, 'AgentGroup', { vpc, allowAllOutbound: false, description: 'Agents' });
    const construct = new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, securityGroup: group });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::EC2::SecurityGroup', 1);
    expect(securityGroupRules(template)).toEqual(expectedRules(construct.policy.rules));
    expect(JSON.stringify(template.toJSON())).not.toContain('255.255.255.255/32');
  });

  test('imported allowing all outbound traffic is refused with the way to import it', () => {
    const { stack, vpc } = newStack();
    const group = ec2.SecurityGroup.fromSecurityGroupId(stack, 'AgentGroup', 'sg-0a1b2c3d4e5f67890');
    const error = thrown(() => new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, securityGroup: group }));
    expect(error).toBeInstanceOf(ConnectivityValidationError);
    expect(error.message).toMatch(
      /at 'Agents\/BackupAgent'.*\n.*securityGroup: allows all outbound traffic.*fromSecurityGroupId\(scope, id, sgId, \{ allowAllOutbound: false \}\)/,
    );
  });

  test('defined in the app allowing all outbound traffic is refused', () => {
    const { stack, vpc } = newStack();
    const group = new ec2.SecurityGroup(stack, 'AgentGroup', { vpc });
    expect(() => new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, securityGroup: group })).toThrow(
      /Agents\/BackupAgent[\s\S]*securityGroup: allows all outbound traffic/,
    );
  });

  test('imported immutable is refused, since CDK would add nothing to it', () => {
    const { stack, vpc } = newStack();
    const group = ec2.SecurityGroup.fromSecurityGroupId(stack, 'AgentGroup', 'sg-0a1b2c3d4e5f67890', { allowAllOutbound: false, mutable: false });
    expect(() => new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, securityGroup: group })).toThrow(
      /Agents\/BackupAgent[\s\S]*securityGroup: was imported with mutable: false/,
    );
  });
});

const PRIVATE_CIDRS = [
  '10.0.0.0/8',
  '10.2.118.0/24',
  '10.2.119.0/24',
  '10.200.86.22/32',
  '10.1.2.3/32',
  '172.16.0.0/12',
  '172.16.5.0/24',
  '192.168.0.0/24',
  '192.168.1.0/24',
  '100.64.0.0/10',
];

const optionSpace: fc.Arbitrary<ConnectivityOptions> = fc.record(
  {
    target: fc.constantFrom(...Object.values(BackupTarget)),
    mode: fc.constantFrom(...Object.values(AccessMode)),
    edition: fc.constantFrom(...Object.values(CatalogEdition)),
    managementPort: fc.oneof(fc.constant(2548), fc.constant(808), fc.integer({ min: 1, max: 65535 })),
    allowLegacyManagementPort: fc.boolean(),
    centralControlSources: fc.shuffledSubarray(PRIVATE_CIDRS, { maxLength: 4 }),
    vaultCidrs: fc.shuffledSubarray(PRIVATE_CIDRS, { maxLength: 3 }),
    additionalEndpointCidrs: fc.shuffledSubarray(PRIVATE_CIDRS, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

const emitSpace = fc.constantFrom(Emit.SECURITY_GROUP, Emit.NETWORK_ACL, Emit.BOTH);

/** The first and last address of a CIDR, as an independent oracle for containment. */
function cidrSpan(cidr: string): [number, number] {
  const [address, prefix] = cidr.split('/');
  const first = address.split('.').reduce((value, octet) => value * 256 + Number(octet), 0);
  return [first, first + 2 ** (32 - Number(prefix)) - 1];
}

/**
 * Checks one synthesized case: its security group rules and ACL entries are exactly the policy's
 * rules and the replies of its stateless rule plan, every policy rule's replies are let through,
 * and rule numbers count up per direction.
 */
function expectTemplateMatchesPolicy(template: Template, policy: ConnectivityPolicy, emit: Emit): void {
  const rules = policy.rules;
  expect(securityGroupRules(template)).toEqual(emit === Emit.NETWORK_ACL ? [] : expectedRules(rules));
  const entries = aclEntries(template);
  if (emit === Emit.SECURITY_GROUP) {
    expect(entries).toEqual([]);
    return;
  }
  const withoutDescription = (list: Array<{ direction: string; cidr: string; fromPort: number; toPort: number }>) =>
    expectedRules(list.map((r) => ({ direction: r.direction, cidr: r.cidr, fromPort: r.fromPort, toPort: r.toPort, description: '' })));
  const services = entries.filter((e) => !e.logicalId.includes('reply'));
  expect(withoutDescription(services)).toEqual(withoutDescription([...rules]));
  const replies = entries.filter((e) => e.logicalId.includes('reply'));
  const planned = StatelessRulePlan.of(policy).rules.filter((r) => r.reply);
  expect(withoutDescription(replies)).toEqual(
    withoutDescription(
      planned.map((r) => ({ direction: r.direction, cidr: r.peerCidr, fromPort: r.destinationPorts.from, toPort: r.destinationPorts.to })),
    ),
  );
  for (const rule of rules) {
    const [first, last] = cidrSpan(rule.cidr);
    const replyDirection = rule.direction === 'ingress' ? 'egress' : 'ingress';
    const letThrough = replies.filter((e) => {
      const [from, to] = cidrSpan(e.cidr);
      return e.direction === replyDirection && from <= first && last <= to && e.fromPort === 1024 && e.toPort === 65535;
    });
    expect(letThrough.length).toBeGreaterThan(0);
  }
  const keys = replies.map((e) => `${e.direction} ${e.cidr}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const direction of ['ingress', 'egress']) {
    const numbers = entries
      .filter((e) => e.direction === direction)
      .map((e) => e.ruleNumber)
      .sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, k) => 100 + k));
  }
}

describe('over the option space', () => {
  test("the template's security group rules and ACL entries are exactly the policy's rules", () => {
    // Each run synthesizes (and validates) one app holding a stack per generated case.
    fc.assert(
      fc.property(fc.array(fc.tuple(optionSpace, emitSpace), { minLength: 1, maxLength: 10 }), (cases) => {
        const app = newApp();
        const built = cases.map(([options, emit], index) => {
          const { stack, vpc } = newStack(`Case${index}`, app);
          const networkAcl = emit === Emit.SECURITY_GROUP ? undefined : ec2.NetworkAcl.fromNetworkAclId(stack, 'SubnetAcl', 'acl-0a1b2c3d4e5f67890');
          const construct = new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, emit, networkAcl, networkAclRuleNumberStep: 1, ...options });
          return { stack, construct, emit };
        });
        for (const { stack, construct, emit } of built) expectTemplateMatchesPolicy(Template.fromStack(stack), construct.policy, emit);
      }),
      { numRuns: 6 },
    );
  });
});
