import * as fc from 'fast-check';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { AccessMode, BackupAgentConnectivity, BackupTarget, CatalogEdition, ConnectivityOptions, Emit } from '../../lib/aws';
import { aclEntries, expectedRules, newStack, securityGroupRules } from './helpers';

const PRIVATE_CIDRS = ['10.0.0.0/8', '10.2.118.0/24', '10.2.119.0/24', '10.200.86.22/32', '10.1.2.3/32', '172.16.0.0/12', '172.16.5.0/24', '192.168.0.0/24', '192.168.1.0/24', '100.64.0.0/10'];

const options: fc.Arbitrary<ConnectivityOptions> = fc.record(
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

describe('over the option space', () => {
  test("the template's security group rules and ACL entries are exactly the policy's rules", () => {
    fc.assert(
      fc.property(options, fc.constantFrom(Emit.SECURITY_GROUP, Emit.NETWORK_ACL, Emit.BOTH), (opts, emit) => {
        const { stack, vpc } = newStack();
        const networkAcl = emit === Emit.SECURITY_GROUP ? undefined : ec2.NetworkAcl.fromNetworkAclId(stack, 'SubnetAcl', 'acl-0a1b2c3d4e5f67890');
        const construct = new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, emit, networkAcl, networkAclRuleNumberStep: 1, ...opts });
        const template = Template.fromStack(stack);
        const rules = construct.policy.rules;

        const sgRules = securityGroupRules(template);
        expect(sgRules).toEqual(emit === Emit.NETWORK_ACL ? [] : expectedRules(rules));

        const entries = aclEntries(template);
        if (emit === Emit.SECURITY_GROUP) {
          expect(entries).toEqual([]);
          return;
        }
        const services = entries.filter((e) => !e.logicalId.includes('reply'));
        expect(expectedRules(services.map((e) => ({ ...e, description: '' })))).toEqual(expectedRules(rules.map((r) => ({ ...r, description: '' }))));
        const replies = entries.filter((e) => e.logicalId.includes('reply'));
        expect(replies).toHaveLength(rules.length);
        for (const direction of ['ingress', 'egress']) {
          const numbers = entries.filter((e) => e.direction === direction).map((e) => e.ruleNumber);
          expect(new Set(numbers).size).toBe(numbers.length);
        }
      }),
      { numRuns: 25 },
    );
  });
});
