import { AccessMode, BackupTarget, CatalogEdition } from './enums';

/** The TCP ports of IBM Cloud Backup agents, as documented. */
export class AgentPorts {
  /** The management port of current agents (configurable on the agent). */
  public static readonly MANAGEMENT = 2548;
  /** The management port of older EVault agents. */
  public static readonly LEGACY_MANAGEMENT = 808;

  private constructor() {}
}

/**
 * What the backup agent needs to reach and be reached by. Every field is optional; the defaults
 * give the documented requirement for a commercial agent.
 */
export interface ConnectivityOptions {
  /**
   * The service the agent registers with.
   * @default BackupTarget.COMMERCIAL
   */
  readonly target?: BackupTarget;

  /**
   * How narrowly portal and AMP proxy traffic is opened.
   * @default AccessMode.BROAD
   */
  readonly mode?: AccessMode;

  /**
   * The edition of IBM's port documentation to take endpoints and subnets from.
   * @default CatalogEdition.EDITION_2026_06_08 (the newest)
   */
  readonly edition?: CatalogEdition;

  /**
   * TCP port on which the agent accepts management connections. It can be changed on the agent
   * (Windows: registry value `HKLM\SOFTWARE\EVault\InfoStage\Agent\AgentPortNumber`).
   * @default 2548
   */
  readonly managementPort?: number;

  /**
   * Also accept management connections on TCP 808, the port of older EVault agents.
   * @default false
   */
  readonly allowLegacyManagementPort?: boolean;

  /**
   * IPv4 CIDRs (or addresses) of CentralControl consoles that manage the agent. The 2018-12-14 and
   * 2024-07-23 pages say that CentralControl connects in on the management port; the 2026-06-08
   * page names only the Cloud Backup Portal, so this is for installations that still use a console.
   * @default - none
   */
  readonly centralControlSources?: string[];

  /**
   * IPv4 CIDRs (or addresses) of the customer's vault (Director), as resolved from the FQDN in the
   * customer's console.
   * @default - none (broad mode still reaches vaults inside 10.0.0.0/8)
   */
  readonly vaultCidrs?: string[];

  /**
   * Data-center codes of the customer's vaults, e.g. `dal13`: TCP 2546 is opened to the eVault ranges
   * that IBM's IP ranges page lists for each (`dal13` gives 10.200.134.0/24). Combines with
   * `vaultCidrs`. Needs an edition that includes that table (2026-06-08 and later).
   * @default - none
   */
  readonly vaultDataCenters?: string[];

  /**
   * Portal or AMP proxy subnets published after the catalog edition; opened on TCP 8086-8087 and
   * trusted for management in every mode.
   * @default - none
   */
  readonly additionalEndpointCidrs?: string[];

  /**
   * Accept sources and vault addresses outside the private ranges (10.0.0.0/8, 172.16.0.0/12,
   * 192.168.0.0/16, 100.64.0.0/10), including 0.0.0.0/0.
   * @default false
   */
  readonly allowPublicSources?: boolean;
}

/** Options with every default applied and every list sorted and de-duplicated. */
export interface ResolvedConnectivityOptions {
  /** The service the agent registers with. */
  readonly target: BackupTarget;
  /** How narrowly portal and AMP proxy traffic is opened. */
  readonly mode: AccessMode;
  /** The catalog edition in use. */
  readonly edition: CatalogEdition;
  /** The agent's management port. */
  readonly managementPort: number;
  /** Whether TCP 808 is accepted too. */
  readonly allowLegacyManagementPort: boolean;
  /** CentralControl sources, normalised. */
  readonly centralControlSources: string[];
  /** Vault addresses, normalised. */
  readonly vaultCidrs: string[];
  /** Data-center codes whose eVault ranges are opened on the vault port, sorted and de-duplicated. */
  readonly vaultDataCenters: string[];
  /** Additional portal or AMP subnets, normalised. */
  readonly additionalEndpointCidrs: string[];
  /** Whether public sources are accepted. */
  readonly allowPublicSources: boolean;
}
