import { BackupTarget, EndpointRole } from '../enums';
import { CatalogEditionData, CatalogEndpoint } from './types';

const AMP_PROXIES: CatalogEndpoint[] = [12, 13, 14, 15, 16, 17, 18, 19, 20, 21].map((lastOctet, index) => ({
  fqdn: `evwebamp09${String(index + 1).padStart(2, '0')}.service.softlayer.com`,
  ipv4: `10.2.118.${lastOctet}`,
  ports: [8087],
  role: EndpointRole.AMP_PROXY,
  target: BackupTarget.COMMERCIAL,
}));

/**
 * IBM Cloud Backup port documentation as of 2024-07-23 (`lastupdated` of `port-information.md` in
 * `ibm-cloud-docs/Backup`, commit f303eb5). New AMP proxies may be added to 10.2.118.0/24 without notice.
 */
export const EDITION_2024_07_23: CatalogEditionData = {
  sources: [
    {
      repository: 'ibm-cloud-docs/Backup',
      path: 'port-information.md',
      commit: 'f303eb5ad192f60c3f639518a5ace10d6a728ee7',
      lastUpdated: '2024-07-23',
      title: 'Configuring Ports to allow communication between the backup agent and Cloud Backup Portal',
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
  minimalSubnets: [
    { cidr: '10.200.86.0/24', roles: [EndpointRole.PORTAL, EndpointRole.REGISTRATION], target: BackupTarget.COMMERCIAL },
    { cidr: '10.2.118.0/24', roles: [EndpointRole.AMP_PROXY], target: BackupTarget.COMMERCIAL },
  ],
  portalPorts: [8086, 8087],
  vaultPort: 2546,
  vaultPortSource: 'ibm-cloud-docs/Backup port-information.md (2024-07-23, commit f303eb5)',
  vaultExampleHosts: [
    'ev-director301.service.softlayer.com',
    'ev-vaultdal1201.service.softlayer.com',
    'ev-vaultlon0201.service.softlayer.com',
    'ev-vaulthkg0201.service.softlayer.com',
  ],
};
