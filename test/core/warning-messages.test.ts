import { AccessMode, BackupTarget, CatalogEdition, ConnectivityOptions, ConnectivityPolicy, PolicyWarningIds } from '../../lib';
import { AwsConnectivityWarningIds } from '../../lib/aws';

const MINIMAL_MODE_MESSAGE =
  'Minimal mode opens only the documented minimum subnets. IBM documents 10.0.0.0/8 as the requirement and warns that ' +
  'stricter rules risk losing the portal as the infrastructure grows; other subnets may be used later.';

const HOSTS_MODE_MESSAGE =
  'HOSTS MODE IS FRAGILE: only the catalogued addresses are open. IBM says these IPs can change and that new AMP proxies ' +
  'are added to 10.2.118.0/24 without notice; when that happens agents lose the portal and stop being managed. ' +
  "Use broad mode (10.0.0.0/8) unless you track IBM's documentation and update this library promptly.";

const NO_VAULT_MESSAGE =
  'No vaultCidrs or vaultDataCenters are given, so nothing opens TCP 2546 to the vault (Director): backups will fail. Resolve ' +
  'the Director FQDN from your console and add its address to vaultCidrs, or name its data center in vaultDataCenters.';

const FEDERAL_REGISTRATION_MESSAGE =
  'IBM names cloudbackupregister.service.usgov.softlayer.com (TCP 8086) without an address, so hosts mode cannot open it by ' +
  'address and no rule here reaches it. If your agents register there, resolve it and add the answer to ' +
  'additionalEndpointCidrs, and re-check it: IBM says the addresses can change.';

const warningsOf = (options: ConnectivityOptions) => ConnectivityPolicy.resolve(options).warnings;

describe('warning identifiers', () => {
  test('every identifier is stable text', () => {
    expect({
      minimal: PolicyWarningIds.MINIMAL_MODE,
      hosts: PolicyWarningIds.HOSTS_MODE,
      noVault: PolicyWarningIds.NO_VAULT,
      older: PolicyWarningIds.OLDER_EDITION,
      unaddressed: PolicyWarningIds.UNADDRESSED_HOST,
      publicSources: PolicyWarningIds.PUBLIC_SOURCES,
      newNetworkAcl: AwsConnectivityWarningIds.NEW_NETWORK_ACL,
    }).toEqual({
      minimal: 'BackupAgentConnectivity:MinimalMode',
      hosts: 'BackupAgentConnectivity:HostsMode',
      noVault: 'BackupAgentConnectivity:NoVault',
      older: 'BackupAgentConnectivity:OlderEdition',
      unaddressed: 'BackupAgentConnectivity:UnaddressedHost',
      publicSources: 'BackupAgentConnectivity:PublicSources',
      newNetworkAcl: 'BackupAgentConnectivity:NewNetworkAcl',
    });
  });
});

describe('warning messages, word for word', () => {
  test('broad mode of the newest edition, commercial and federal: no warning at all', () => {
    expect(warningsOf({})).toEqual([]);
    expect(warningsOf({ target: BackupTarget.FEDERAL, edition: CatalogEdition.EDITION_2026_06_08 })).toEqual([]);
  });

  test('broad mode of an older edition: no warning either', () => {
    expect(warningsOf({ edition: CatalogEdition.EDITION_2018_12_14 })).toEqual([]);
  });

  test('minimal mode without a vault: the minimal-mode and no-vault warnings, in that order', () => {
    expect(warningsOf({ mode: AccessMode.MINIMAL })).toEqual([
      { id: PolicyWarningIds.MINIMAL_MODE, message: MINIMAL_MODE_MESSAGE },
      { id: PolicyWarningIds.NO_VAULT, message: NO_VAULT_MESSAGE },
    ]);
  });

  test('hosts mode with a vault, newest edition: the hosts-mode warning alone', () => {
    expect(warningsOf({ mode: AccessMode.HOSTS, vaultDataCenters: ['dal13'] })).toEqual([
      { id: PolicyWarningIds.HOSTS_MODE, message: HOSTS_MODE_MESSAGE },
    ]);
  });

  test('federal hosts mode without a vault: hosts mode, no vault, then the host without an address', () => {
    expect(warningsOf({ target: BackupTarget.FEDERAL, mode: AccessMode.HOSTS })).toEqual([
      { id: PolicyWarningIds.HOSTS_MODE, message: HOSTS_MODE_MESSAGE },
      { id: PolicyWarningIds.NO_VAULT, message: NO_VAULT_MESSAGE },
      { id: PolicyWarningIds.UNADDRESSED_HOST, message: FEDERAL_REGISTRATION_MESSAGE },
    ]);
  });

  test.each([CatalogEdition.EDITION_2018_12_14, CatalogEdition.EDITION_2024_07_23])(
    'a narrowed mode of edition %s names it and the newest',
    (edition) => {
      expect(warningsOf({ mode: AccessMode.MINIMAL, edition, vaultCidrs: ['10.1.1.0/24'] })).toEqual([
        { id: PolicyWarningIds.MINIMAL_MODE, message: MINIMAL_MODE_MESSAGE },
        {
          id: PolicyWarningIds.OLDER_EDITION,
          message: `Edition ${edition} is older than 2026-06-08; its subnets and hosts may no longer be current.`,
        },
      ]);
    },
  );

  test('accepted public addresses are listed in option order: central control sources, vault, additional endpoints', () => {
    expect(
      warningsOf({
        allowPublicSources: true,
        centralControlSources: ['203.0.113.0/24', '10.9.0.0/16'],
        vaultCidrs: ['198.51.100.7/32'],
        additionalEndpointCidrs: ['192.0.2.0/28'],
      }),
    ).toEqual([
      {
        id: PolicyWarningIds.PUBLIC_SOURCES,
        message: 'allowPublicSources accepted addresses outside the private ranges: 203.0.113.0/24, 198.51.100.7/32, 192.0.2.0/28.',
      },
    ]);
  });
});
