import { BackupTarget, EndpointRole } from '../enums';

/** Where an edition of the endpoint catalog was read. */
export interface CatalogSource {
  /** Public repository that holds the documentation page, e.g. `ibm-cloud-docs/Backup`. */
  readonly repository: string;
  /** Path of the page in that repository. */
  readonly path: string;
  /** The page's `lastupdated` date (YYYY-MM-DD). */
  readonly lastUpdated: string;
  /** Title of the documentation page. */
  readonly title: string;
}

/** One host that IBM's documentation names. */
export interface CatalogEndpoint {
  /** Fully qualified domain name; agents register by FQDN because the addresses can change. */
  readonly fqdn: string;
  /** The IPv4 address the documentation gives for the FQDN. */
  readonly ipv4: string;
  /** TCP ports the documentation lists for this host. */
  readonly ports: number[];
  /** What the host is for. */
  readonly role: EndpointRole;
  /** The service the host belongs to. */
  readonly target: BackupTarget;
  /**
   * Whether the backup agent itself connects to this host. The portal website (TCP 443) is for
   * people's browsers and is catalogued for reference only.
   * @default true
   */
  readonly agentTraffic?: boolean;
}

/** A subnet that the documentation gives as the minimum to open for portal and AMP traffic. */
export interface CatalogSubnet {
  /** IPv4 CIDR. */
  readonly cidr: string;
  /** The roles of the hosts the documentation places in this subnet. */
  readonly roles: EndpointRole[];
  /** The service the subnet belongs to. */
  readonly target: BackupTarget;
}

/** The content of one edition of IBM's port documentation. */
export interface CatalogEditionData {
  /** Where this edition was read. */
  readonly source: CatalogSource;
  /** Hosts named in this edition. */
  readonly endpoints: CatalogEndpoint[];
  /** Subnets given as the minimum in this edition. */
  readonly minimalSubnets: CatalogSubnet[];
  /** Ports the agent uses to reach the portal and AMP proxies. */
  readonly portalPorts: number[];
  /** TCP port of the vault (Director). */
  readonly vaultPort: number;
  /** Where the vault port is documented, when this edition does not give it. */
  readonly vaultPortSource: string;
  /** Vault (Director) host names the documentation gives as examples; the customer's own is in their console. */
  readonly vaultExampleHosts: string[];
}
