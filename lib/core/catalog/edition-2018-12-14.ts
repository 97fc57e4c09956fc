import { BackupTarget, EndpointRole } from '../enums';
import { CatalogEditionData, CatalogEndpoint } from './types';

const AMP_PROXIES: CatalogEndpoint[] = [12, 13, 14, 15, 16, 17, 18, 19].map((lastOctet, index) => ({
  fqdn: `evwebamp09${String(index + 1).padStart(2, '0')}.service.softlayer.com`,
  ipv4: `10.2.118.${lastOctet}`,
  ports: [8087],
  role: EndpointRole.AMP_PROXY,
  target: BackupTarget.COMMERCIAL,
}));

/**
 * IBM Cloud Backup port documentation as of 2018-12-14 ("Configuring ports to allow communication
 * between the backup agent and WebCC"). This edition gives no vault port; TCP 2546 comes from the
 * 2024-07-23 edition and applies to both.
 */
export const EDITION_2018_12_14: CatalogEditionData = {
  source: {
    repository: 'vickmuir/Backup',
    path: 'port-information.md',
    lastUpdated: '2018-12-14',
    title: 'Configuring ports to allow communication between the backup agent and WebCC',
  },
  endpoints: [
    { fqdn: 'ev-webcc01.service.softlayer.com', ipv4: '10.0.82.12', ports: [8086, 8087], role: EndpointRole.PORTAL, target: BackupTarget.COMMERCIAL },
    { fqdn: 'evregister.service.softlayer.com', ipv4: '10.0.82.12', ports: [8086, 8087], role: EndpointRole.REGISTRATION, target: BackupTarget.COMMERCIAL },
    ...AMP_PROXIES,
    { fqdn: 'webcc.service.usgov.softlayer.com', ipv4: '100.100.6.20', ports: [8086, 8087], role: EndpointRole.FEDERAL_PORTAL, target: BackupTarget.FEDERAL },
  ],
  minimalSubnets: [
    { cidr: '10.0.82.0/24', roles: [EndpointRole.PORTAL, EndpointRole.REGISTRATION], target: BackupTarget.COMMERCIAL },
    { cidr: '10.2.118.0/24', roles: [EndpointRole.AMP_PROXY], target: BackupTarget.COMMERCIAL },
  ],
  portalPorts: [8086, 8087],
  vaultPort: 2546,
  vaultPortSource: 'ibm-cloud-docs/Backup port-information.md (2024-07-23)',
  vaultExampleHosts: [],
};
