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
 * IBM Cloud Backup port documentation as of 2018-12-14 (`port-information.md` at commit 62d6cea, in
 * both `ibm-cloud-docs/Backup` and `vickmuir/Backup`). This edition gives no vault port; TCP 2546
 * comes from the 2024-07-23 edition and applies to every edition.
 */
export const EDITION_2018_12_14: CatalogEditionData = {
  sources: [
    {
      repository: 'ibm-cloud-docs/Backup',
      path: 'port-information.md',
      commit: '62d6cea0f93b33e45499fdaa6f7e1b7bbaee3fef',
      lastUpdated: '2018-12-14',
      title: 'Configuring Ports to allow communication between the backup agent and {{site.data.keyword.backup_notm}} portal',
    },
  ],
  endpoints: [
    { fqdn: 'ev-webcc01.service.softlayer.com', ipv4: '10.0.82.12', ports: [8086, 8087], role: EndpointRole.PORTAL, target: BackupTarget.COMMERCIAL },
    {
      fqdn: 'evregister.service.softlayer.com',
      ipv4: '10.0.82.12',
      ports: [8086, 8087],
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
    { cidr: '10.0.82.0/24', roles: [EndpointRole.PORTAL, EndpointRole.REGISTRATION], target: BackupTarget.COMMERCIAL },
    { cidr: '10.2.118.0/24', roles: [EndpointRole.AMP_PROXY], target: BackupTarget.COMMERCIAL },
  ],
  portalPorts: [8086, 8087],
  vaultPort: 2546,
  vaultPortSource: 'ibm-cloud-docs/Backup port-information.md (2024-07-23, commit f303eb5)',
  vaultExampleHosts: [],
};
