import { AccessMode, BackupTarget, ConnectivityPolicy, ConnectivityReview, FlowDirection, RulePurpose } from '../../lib';
import { describeRule } from '../../lib/core/rule';

const MANAGEMENT = 'IBM Cloud Backup agent management port';
const PORTAL = 'IBM Cloud Backup agent to portal and AMP proxies';
const VAULT = 'IBM Cloud Backup agent to vault';
const COMBINED = 'IBM Cloud Backup agent to portal, AMP proxies and vault';

/** Each rule as `id purposes | description`. */
function described(policy: ConnectivityPolicy): string[] {
  return policy.rules.map((r) => `${r.id} ${r.purposes.join(',')} | ${r.description}`);
}

describe('rule descriptions by purpose', () => {
  test('broad mode: management ingress, vault egress, and portal and AMP egress each have their text', () => {
    expect(described(ConnectivityPolicy.resolve({ allowLegacyManagementPort: true }))).toEqual([
      `ingress-10-0-0-0-8-tcp-808 management,legacy-management | ${MANAGEMENT}`,
      `ingress-10-0-0-0-8-tcp-2548 management | ${MANAGEMENT}`,
      `egress-10-0-0-0-8-tcp-2546 vault | ${VAULT}`,
      `egress-10-0-0-0-8-tcp-8086-8087 portal,registration,amp-proxy | ${PORTAL}`,
    ]);
  });

  test('every portal-side purpose alone (AMP proxy, registration, federal portal, additional endpoint) reads as portal and AMP proxies', () => {
    const hosts = described(ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS, vaultCidrs: ['10.2.118.0/24'] }));
    expect(hosts.filter((row) => row.startsWith('egress'))).toEqual([
      `egress-10-2-118-0-24-tcp-2546 vault | ${VAULT}`,
      `egress-10-2-118-12-30-tcp-8087 amp-proxy | ${PORTAL}`,
      `egress-10-2-118-16-30-tcp-8087 amp-proxy | ${PORTAL}`,
      `egress-10-2-118-20-31-tcp-8087 amp-proxy | ${PORTAL}`,
      `egress-10-200-86-22-32-tcp-8086 registration | ${PORTAL}`,
    ]);
    expect(described(ConnectivityPolicy.resolve({ target: BackupTarget.FEDERAL }))).toContain(
      `egress-100-100-6-20-32-tcp-8086-8087 federal-portal | ${PORTAL}`,
    );
    expect(described(ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, additionalEndpointCidrs: ['10.9.0.0/16'] }))).toContain(
      `egress-10-9-0-0-16-tcp-8086-8087 additional-endpoint | ${PORTAL}`,
    );
  });

  /**
   * The catalogued editions put the vault (TCP 2546) and the portal and AMP proxies (TCP 8086-8087)
   * on different ports, so no option combination gives one rule serving both today; the description
   * is written for any set of purposes, which these cases check.
   */
  test('a rule serving the vault and any portal-side purpose reads as portal, AMP proxies and vault', () => {
    for (const purpose of [
      RulePurpose.PORTAL,
      RulePurpose.REGISTRATION,
      RulePurpose.AMP_PROXY,
      RulePurpose.FEDERAL_PORTAL,
      RulePurpose.ADDITIONAL_ENDPOINT,
    ]) {
      expect(describeRule(FlowDirection.EGRESS, [purpose, RulePurpose.VAULT])).toBe(COMBINED);
      expect(describeRule(FlowDirection.EGRESS, [purpose])).toBe(PORTAL);
      expect(describeRule(FlowDirection.INGRESS, [purpose, RulePurpose.VAULT])).toBe(MANAGEMENT);
    }
    expect(describeRule(FlowDirection.EGRESS, [RulePurpose.VAULT])).toBe(VAULT);
  });
});

describe('peers in the review diagram', () => {
  test('a /32 peer is drawn as its address, any other peer as its CIDR', () => {
    const policy = ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS, vaultCidrs: ['10.2.118.5/32', '10.7.0.0/16'] });
    const lines = ConnectivityReview.ofPolicy(policy).constructs[0].diagram.split('\n');
    expect(lines.filter((line) => /^ {2}(portal|amp|vault)\[/.test(line))).toEqual([
      '  portal["Portal (WebCC) and registration<br/>10.200.86.22"]',
      '  amp["AMP proxies<br/>10.2.118.12/30<br/>10.2.118.16/30<br/>10.2.118.20/31"]',
      '  vault["Vault (Director)<br/>10.2.118.5<br/>10.7.0.0/16"]',
    ]);
  });
});
