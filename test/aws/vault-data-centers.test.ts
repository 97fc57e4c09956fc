import { Annotations, Match } from 'aws-cdk-lib/assertions';
import {
  AccessMode,
  BackupAgentConnectivity,
  CatalogEdition,
  ConnectivityIntent,
  ConnectivityValidationError,
  PolicyWarningIds,
} from '../../lib/aws';
import { newStack, securityGroupRules, synth, thrown } from './helpers';

describe('vaultDataCenters on AWS', () => {
  test('dal13 opens TCP 2546 to 10.200.134.0/24 and satisfies the vault requirement of minimal mode', () => {
    const { stack, template } = synth({ mode: AccessMode.MINIMAL, vaultDataCenters: ['dal13'] });
    const vault = securityGroupRules(template).filter((r) => r.fromPort === 2546);
    expect(vault.map((r) => [r.direction, r.cidr, r.toPort])).toEqual([['egress', '10.200.134.0/24', 2546]]);
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp(PolicyWarningIds.NO_VAULT));
  });

  test('combines with vaultCidrs, and the intent record carries the codes', () => {
    const { template } = synth({ mode: AccessMode.HOSTS, vaultDataCenters: ['lon02'], vaultCidrs: ['10.9.0.0/16'] });
    const vault = securityGroupRules(template).filter((r) => r.fromPort === 2546);
    expect(vault.map((r) => r.cidr)).toEqual(['10.1.214.0/24', '10.201.102.0/24', '10.9.0.0/16']);
    const records = Object.values(template.toJSON().Resources as Record<string, { Metadata?: Record<string, unknown> }>).flatMap(
      (r) => ConnectivityIntent.parse(r.Metadata?.[ConnectivityIntent.METADATA_KEY]) ?? [],
    );
    expect(records.map((r) => r.options.vaultDataCenters)).toEqual([['lon02']]);
  });

  test.each([
    [
      { vaultDataCenters: ['dal99'] },
      /vaultDataCenters\[0\]: is not a data center of the eVault table of edition 2026-06-08; known codes: ams03, .* \(got "dal99"\)/,
    ],
    [
      { edition: CatalogEdition.EDITION_2018_12_14, vaultDataCenters: ['dal13'] },
      /vaultDataCenters: needs the eVault ranges by data center, which edition 2018-12-14 does not have/,
    ],
  ])('%j is refused with the construct path before anything is emitted', (props, message) => {
    const { stack, vpc } = newStack();
    const error = thrown(() => new BackupAgentConnectivity(stack, 'BackupAgent', { vpc, ...props }));
    expect(error).toBeInstanceOf(ConnectivityValidationError);
    expect(error.message).toContain("at 'Agents/BackupAgent'");
    expect(error.message).toMatch(message);
    expect(stack.node.findAll().filter((c) => c.node.path.startsWith('Agents/BackupAgent/'))).toEqual([]);
  });
});
