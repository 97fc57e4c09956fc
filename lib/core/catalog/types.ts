import { BackupTarget, EndpointRole } from '../enums';

/** Where (part of) an edition of the endpoint catalog was read. */
export interface CatalogSource {
  /** Public repository that holds the documentation page, e.g. `ibm-cloud-docs/Backup`. */
  readonly repository: string;
  /** Path of the page in that repository. */
  readonly path: string;
  /** The commit the page was read at (full hash). */
  readonly commit: string;
  /** The page's `lastupdated` date (YYYY-MM-DD). */
  readonly lastUpdated: string;
  /** Title of the page, exactly as its heading is written (keyword placeholders such as `{{site.data.keyword.backup_notm}}` kept). */
  readonly title: string;
  /**
   * The part of the page the catalog takes, when it is not the whole page.
   * @default - the whole page
   */
  readonly section?: string;
}

/** One host that IBM's documentation names together with its address. */
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

/**
 * A host that IBM's documentation names without an address. A firewall rule needs an address, so
 * such a host never becomes a rule; it is listed so that users and reviews know it exists.
 */
export interface UnaddressedEndpoint {
  /** Fully qualified domain name. */
  readonly fqdn: string;
  /** TCP ports the documentation gives for this host. */
  readonly ports: number[];
  /** What the host is for. */
  readonly role: EndpointRole;
  /** The service the host belongs to. */
  readonly target: BackupTarget;
  /** The page that names the host, as `repository path`. */
  readonly namedIn: string;
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

/** The eVault ranges of one data center, which the agent reaches on the vault port. */
export interface VaultDataCenter {
  /** IBM's data-center code, e.g. `dal13`. */
  readonly dataCenter: string;
  /** The IPv4 CIDRs listed for the data center, in documentation order. */
  readonly cidrs: string[];
}

/** The content of one edition of IBM's port documentation. */
export interface CatalogEditionData {
  /** Every page this edition was read from, the port page first. */
  readonly sources: CatalogSource[];
  /** Hosts named in this edition with an address. */
  readonly endpoints: CatalogEndpoint[];
  /**
   * Hosts named in this edition without an address.
   * @default - none
   */
  readonly unaddressedEndpoints?: UnaddressedEndpoint[];
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
  /**
   * The eVault ranges by data center, when the edition includes IBM's IP ranges page.
   * @default - none (the edition has no such table)
   */
  readonly vaultDataCenters?: VaultDataCenter[];
}
