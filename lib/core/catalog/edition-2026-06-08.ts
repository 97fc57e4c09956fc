import { BackupTarget, EndpointRole } from '../enums';
import { CatalogEditionData, CatalogEndpoint, VaultDataCenter } from './types';

const AMP_PROXIES: CatalogEndpoint[] = [12, 13, 14, 15, 16, 17, 18, 19, 20, 21].map((lastOctet, index) => ({
  fqdn: `evwebamp09${String(index + 1).padStart(2, '0')}.service.softlayer.com`,
  ipv4: `10.2.118.${lastOctet}`,
  ports: [8087],
  role: EndpointRole.AMP_PROXY,
  target: BackupTarget.COMMERCIAL,
}));

/**
 * The table "eVault by Data Center" of IBM's classic infrastructure IP ranges page (`ips.md` of
 * `ibm-cloud-docs/infrastructure-hub`, lastupdated 2025-10-03), in the page's order; the page lists
 * dal09 in two rows, merged here.
 */
const VAULT_DATA_CENTERS: VaultDataCenter[] = [
  { dataCenter: 'ams03', cidrs: ['10.3.134.0/24'] },
  { dataCenter: 'che01', cidrs: ['10.200.22.0/24'] },
  { dataCenter: 'dal08', cidrs: ['100.100.6.0/24'] },
  { dataCenter: 'dal09', cidrs: ['10.2.118.0/24', '10.2.126.0/24'] },
  { dataCenter: 'dal10', cidrs: ['10.200.86.0/24'] },
  { dataCenter: 'dal12', cidrs: ['10.200.118.0/24'] },
  { dataCenter: 'dal13', cidrs: ['10.200.134.0/24'] },
  { dataCenter: 'fra02', cidrs: ['10.3.86.0/24', '10.201.150.0/24'] },
  { dataCenter: 'fra04', cidrs: ['10.201.118.0/24'] },
  { dataCenter: 'fra05', cidrs: ['10.201.134.0/24'] },
  { dataCenter: 'lon02', cidrs: ['10.1.214.0/24', '10.201.102.0/24'] },
  { dataCenter: 'lon04', cidrs: ['10.201.38.0/24'] },
  { dataCenter: 'lon05', cidrs: ['10.201.54.0/24'] },
  { dataCenter: 'lon06', cidrs: ['10.201.70.0/24'] },
  { dataCenter: 'mil01', cidrs: ['10.3.150.0/24'] },
  { dataCenter: 'mon01', cidrs: ['10.3.118.0/24'] },
  { dataCenter: 'osa21', cidrs: ['10.202.118.0/24'] },
  { dataCenter: 'osa22', cidrs: ['10.202.150.0/24'] },
  { dataCenter: 'osa23', cidrs: ['10.202.166.0/24'] },
  { dataCenter: 'par01', cidrs: ['10.2.150.0/24'] },
  { dataCenter: 'sao01', cidrs: ['10.200.6.0/24'] },
  { dataCenter: 'sjc01', cidrs: ['10.1.198.0/24', '10.200.38.0/24'] },
  { dataCenter: 'sjc03', cidrs: ['10.3.182.0/24'] },
  { dataCenter: 'sjc04', cidrs: ['10.201.86.0/24'] },
  { dataCenter: 'sng01', cidrs: ['10.2.38.0/24', '10.200.150.0/24'] },
  { dataCenter: 'syd01', cidrs: ['10.3.102.0/24'] },
  { dataCenter: 'syd04', cidrs: ['10.201.22.0/24'] },
  { dataCenter: 'tok02', cidrs: ['10.201.166.0/24'] },
  { dataCenter: 'tok04', cidrs: ['10.201.182.0/24'] },
  { dataCenter: 'tok05', cidrs: ['10.201.198.0/24'] },
  { dataCenter: 'tor01', cidrs: ['10.2.54.0/24'] },
  { dataCenter: 'wdc01', cidrs: ['10.1.114.0/24'] },
  { dataCenter: 'wdc03', cidrs: ['100.100.38.0/24'] },
  { dataCenter: 'wdc04', cidrs: ['10.3.166.0/24', '10.201.6.0/24'] },
  { dataCenter: 'wdc06', cidrs: ['10.200.166.0/24'] },
  { dataCenter: 'wdc07', cidrs: ['10.200.182.0/24'] },
];

/**
 * IBM Cloud Backup port documentation as of 2026-06-08 (`port-information.md` of
 * `ibm-cloud-docs/Backup`, commit 20c7f3a), with the eVault table of IBM's IP ranges page and the
 * federal registration host that `ts-offline-agent-linux.md` names. Hosts, addresses, ports and
 * subnets of the port page are those of 2024-07-23.
 *
 * Our decision, not IBM's wording: the minimum subnets are every /24 that the two pages list for TCP
 * 8086-8087. The port page gives 10.200.86.0/24 and 10.2.118.0/24; the IP ranges page sends TCP
 * 8086-8087 to the eVault ranges of dal09 and dal10, which adds 10.2.126.0/24. No catalogued host lies
 * in 10.2.126.0/24, so it carries the roles of all portal and AMP proxy traffic.
 */
export const EDITION_2026_06_08: CatalogEditionData = {
  sources: [
    {
      repository: 'ibm-cloud-docs/Backup',
      path: 'port-information.md',
      commit: '20c7f3a2a3381a93504f622a2ea180defe2d0221',
      lastUpdated: '2026-06-08',
      title: 'Configuring firewall ports for {{site.data.keyword.backup_notm}}',
    },
    {
      repository: 'ibm-cloud-docs/infrastructure-hub',
      path: 'ips.md',
      commit: '3ff8af1e2106b34ec7f555568119f0476225c30d',
      lastUpdated: '2025-10-03',
      title: '{{site.data.keyword.cloud_notm}} IP ranges (Classic infrastructure)',
      section: 'eVault by Data Center',
    },
    {
      repository: 'ibm-cloud-docs/Backup',
      path: 'ts-offline-agent-linux.md',
      commit: '20c7f3a2a3381a93504f622a2ea180defe2d0221',
      lastUpdated: '2026-06-08',
      title: 'Why does my Linux Backup Agent appear offline?',
      section: 'the federal registration host',
    },
  ],
  endpoints: [
    {
      fqdn: 'ibmcloudbackup.service.softlayer.com',
      ipv4: '10.200.86.22',
      ports: [443],
      role: EndpointRole.PORTAL,
      target: BackupTarget.COMMERCIAL,
      agentTraffic: false,
    },
    {
      fqdn: 'cloudbackupregister.service.softlayer.com',
      ipv4: '10.200.86.22',
      ports: [8086],
      role: EndpointRole.REGISTRATION,
      target: BackupTarget.COMMERCIAL,
    },
    ...AMP_PROXIES,
    {
      fqdn: 'webcc.service.usgov.softlayer.com',
      ipv4: '100.100.6.20',
      ports: [8086, 8087],
      role: EndpointRole.FEDERAL_PORTAL,
      target: BackupTarget.FEDERAL,
    },
  ],
  unaddressedEndpoints: [
    {
      fqdn: 'cloudbackupregister.service.usgov.softlayer.com',
      ports: [8086],
      role: EndpointRole.REGISTRATION,
      target: BackupTarget.FEDERAL,
      namedIn: 'ibm-cloud-docs/Backup ts-offline-agent-linux.md',
    },
  ],
  minimalSubnets: [
    { cidr: '10.200.86.0/24', roles: [EndpointRole.PORTAL, EndpointRole.REGISTRATION], target: BackupTarget.COMMERCIAL },
    { cidr: '10.2.118.0/24', roles: [EndpointRole.AMP_PROXY], target: BackupTarget.COMMERCIAL },
    { cidr: '10.2.126.0/24', roles: [EndpointRole.PORTAL, EndpointRole.REGISTRATION, EndpointRole.AMP_PROXY], target: BackupTarget.COMMERCIAL },
  ],
  portalPorts: [8086, 8087],
  vaultPort: 2546,
  vaultPortSource: 'ibm-cloud-docs/Backup port-information.md (2026-06-08, commit 20c7f3a)',
  vaultExampleHosts: [
    'ev-director301.service.softlayer.com',
    'ev-vaultdal1201.service.softlayer.com',
    'ev-vaultlon0201.service.softlayer.com',
    'ev-vaulthkg0201.service.softlayer.com',
  ],
  vaultDataCenters: VAULT_DATA_CENTERS,
};
