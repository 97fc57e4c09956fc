import { AccessMode, BackupTarget, CatalogEdition, ConnectivityOptions, EndpointRole } from '../core';

/** What a drift check found for one catalogued host. */
export enum HostCheckStatus {
  /** Every address the resolver gave lies inside what the chosen options open, on every port of the host. */
  COVERED = 'covered',
  /** At least one address the resolver gave lies outside what the chosen options open. */
  OUTSIDE = 'outside',
  /** The name no longer resolves (NXDOMAIN, or no A record); reported, not a failure. */
  NOT_RESOLVING = 'not-resolving',
  /** The lookup could not be made (resolver unreachable, timeout, server failure); nothing is decided. */
  LOOKUP_FAILED = 'lookup-failed',
}

/** The verdict of a whole drift check. */
export enum CatalogCheckOutcome {
  /** Every answer is covered (hosts that no longer resolve are reported, not failed). */
  COVERED = 'covered',
  /** At least one answer lies outside what the options open. */
  OUTSIDE = 'outside',
  /** No answer lies outside, but at least one lookup could not be made, so the check is undecided. */
  UNDECIDED = 'undecided',
}

/** Options of a drift check: the policy options whose openings are compared, and the resolver. */
export interface CatalogCheckOptions extends ConnectivityOptions {
  /**
   * The DNS server to ask, as `ADDRESS` or `ADDRESS:PORT` (IPv4), e.g. `10.0.80.11` or `127.0.0.1:5353`.
   * @default - the system's resolvers (`node:dns` `Resolver` without servers set)
   */
  readonly resolver?: string;
  /**
   * How long to wait for one answer, in milliseconds.
   * @default 3000
   */
  readonly timeoutMs?: number;
  /**
   * How many times to ask before a lookup counts as failed.
   * @default 2
   */
  readonly tries?: number;
}

/** One address a resolver gave, and what the chosen options open towards it. */
export interface ResolvedAddressCheck {
  /** The IPv4 address. */
  readonly address: string;
  /** Whether egress to the address is open on every port the catalog gives for the host. */
  readonly egressOpen: boolean;
  /** Whether the agent's management port (and TCP 808 when asked) is open to connections from the address. */
  readonly managementOpen: boolean;
}

/** The drift check of one catalogued host. */
export interface HostCheck {
  /** The host's FQDN. */
  readonly fqdn: string;
  /** What the host is for. */
  readonly role: EndpointRole;
  /** The TCP ports the catalog gives for the host. */
  readonly ports: number[];
  /** The address the catalog edition gives for the host. */
  readonly documentedAddress: string;
  /** What was found. */
  readonly status: HostCheckStatus;
  /** The A records the resolver gave, sorted; empty unless the name resolved. */
  readonly resolved: ResolvedAddressCheck[];
  /** Whether the answer differs from the documented address. */
  readonly moved: boolean;
  /** The resolver's error code, when the name did not resolve or the lookup failed (e.g. `ENOTFOUND`, `ETIMEOUT`). */
  readonly errorCode?: string;
  /** One sentence saying what was found. */
  readonly detail: string;
}

/** The result of a drift check. */
export interface CatalogCheckReport {
  /** The target whose hosts were checked. */
  readonly target: BackupTarget;
  /** The mode whose openings were compared. */
  readonly mode: AccessMode;
  /** The catalog edition compared with. */
  readonly edition: CatalogEdition;
  /** The resolver asked: `system`, or the address given. */
  readonly resolver: string;
  /** One entry per catalogued agent host of the target with a documented address, in catalog order. */
  readonly hosts: HostCheck[];
  /** Hosts of the target that the catalog names without an address; they cannot be compared and are not looked up. */
  readonly notChecked: string[];
  /** The verdict. */
  readonly outcome: CatalogCheckOutcome;
}
