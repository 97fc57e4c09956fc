/**
 * Which IBM Cloud Backup service the agent registers with.
 */
export enum BackupTarget {
  /** IBM Cloud (commercial) Backup: WebCC / Cloud Backup Portal on the IBM Cloud private network. */
  COMMERCIAL = 'commercial',
  /** IBM Cloud for US Government: the federal WebCC `webcc.service.usgov.softlayer.com`. */
  FEDERAL = 'federal',
}

/**
 * How narrowly the agent's portal and AMP proxy traffic is opened.
 */
export enum AccessMode {
  /** The documented requirement: the whole IBM Cloud private network `10.0.0.0/8` (federal: plus the federal WebCC). */
  BROAD = 'broad',
  /** The documented minimum: the edition's published /24 subnets. Carries the documentation's warning. */
  MINIMAL = 'minimal',
  /** One /32 per catalogued endpoint, with that endpoint's exact ports. The most restrictive and the most fragile. */
  HOSTS = 'hosts',
}

/**
 * Editions of IBM's port documentation that the endpoint catalog holds.
 */
export enum CatalogEdition {
  /** The page as of 2018-12-14 (WebCC `ev-webcc01`, AMP proxies evwebamp0901-0908). */
  EDITION_2018_12_14 = '2018-12-14',
  /** The page as of 2024-07-23 (registration `cloudbackupregister`, AMP proxies evwebamp0901-0910, vault port 2546). */
  EDITION_2024_07_23 = '2024-07-23',
  /**
   * The page as of 2026-06-08 (same hosts as 2024-07-23) with the eVault table of IBM's IP ranges
   * page (minimum subnets plus 10.2.126.0/24, vault ranges by data center) and the federal
   * registration host, which has no documented address.
   */
  EDITION_2026_06_08 = '2026-06-08',
}

/**
 * Direction of a rule, seen from the agent's server.
 */
export enum FlowDirection {
  /** Connections that arrive at the agent. */
  INGRESS = 'ingress',
  /** Connections that the agent opens. */
  EGRESS = 'egress',
}

/**
 * Direction of a rule, seen from the agent's server: the former name of `FlowDirection`, kept
 * with the same members for one minor version.
 *
 * @deprecated use FlowDirection; removed in the next minor version
 */
export enum TrafficDirection {
  /** Connections that arrive at the agent. */
  INGRESS = 'ingress',
  /** Connections that the agent opens. */
  EGRESS = 'egress',
}

/**
 * What a catalogued endpoint is for.
 */
export enum EndpointRole {
  /** WebCC / Cloud Backup Portal. */
  PORTAL = 'portal',
  /** The portal's agent registration host. */
  REGISTRATION = 'registration',
  /** An AMP proxy server, which relays the portal's management traffic. */
  AMP_PROXY = 'amp-proxy',
  /** The WebCC of IBM Cloud for US Government. */
  FEDERAL_PORTAL = 'federal-portal',
}

/**
 * Why a rule exists. A rule that serves several flows lists several purposes.
 */
export enum RulePurpose {
  /** Agent to WebCC / Cloud Backup Portal. */
  PORTAL = 'portal',
  /** Agent to the portal's registration host. */
  REGISTRATION = 'registration',
  /** Agent to an AMP proxy. */
  AMP_PROXY = 'amp-proxy',
  /** Agent to the federal WebCC. */
  FEDERAL_PORTAL = 'federal-portal',
  /** Agent to a portal or AMP subnet named in `additionalEndpointCidrs`. */
  ADDITIONAL_ENDPOINT = 'additional-endpoint',
  /** Agent to the customer's vault (Director). */
  VAULT = 'vault',
  /** Portal and AMP proxies to the agent's management port. */
  MANAGEMENT = 'management',
  /** CentralControl consoles to the agent's management port. */
  CENTRAL_CONTROL = 'central-control',
  /** The management port of older EVault agents, TCP 808. */
  LEGACY_MANAGEMENT = 'legacy-management',
}

/**
 * Which kind of firewall resource a construct emits.
 */
export enum Emit {
  /** Stateful security group rules. */
  SECURITY_GROUP = 'security-group',
  /** Stateless network ACL rules, with reply rules. */
  NETWORK_ACL = 'network-acl',
  /** Both security group and network ACL rules. */
  BOTH = 'both',
}
