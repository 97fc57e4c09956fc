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
 * `ibm-cloud-docs/Backup`). New AMP proxies may be added to 10.2.118.0/24 without notice.
 */
export const EDITION_2024_07_23: CatalogEditionData = {
  source: {
    repository: 'ibm-cloud-docs/Backup',
    path: 'port-information.md',
    lastUpdated: '2024-07-23',
    title: 'Configuring ports to allow communication between the backup agent and the Cloud Backup Portal',
  },
  endpoints: [
    { fqdn: 'ibmcloudbackup.service.softlayer.com', ipv4: '10.200.86.22', ports: [443], role: EndpointRole.PORTAL, target: BackupTarget.COMMERCIAL, agentTraffic: false },
    { fqdn: 'cloudbackupregister.service.softlayer.com', ipv4: '10.200.86.22', ports: [8086], role: EndpointRole.REGISTRATION, target: BackupTarget.COMMERCIAL },
    ...AMP_PROXIES,
    { fqdn: 'webcc.service.usgov.softlayer.com', ipv4: '100.100.6.20', ports: [8086, 8087], role: EndpointRole.FEDERAL_PORTAL, target: BackupTarget.FEDERAL },
  ],
  minimalSubnets: [
    { cidr: '10.200.86.0/24', roles: [EndpointRole.PORTAL, EndpointRole.REGISTRATION], target: BackupTarget.COMMERCIAL },
    { cidr: '10.2.118.0/24', roles: [EndpointRole.AMP_PROXY], target: BackupTarget.COMMERCIAL },
  ],
  portalPorts: [8086, 8087],
  vaultPort: 2546,
  vaultPortSource: 'ibm-cloud-docs/Backup port-information.md (2024-07-23)',
  vaultExampleHosts: [
    'ev-director301.service.softlayer.com',
    'ev-vaultdal1201.service.softlayer.com',
    'ev-vaultlon0201.service.softlayer.com',
    'ev-vaulthkg0201.service.softlayer.com',
  ],
};
