import { BackupTarget, CatalogEdition } from '../enums';
import { EDITION_2018_12_14 } from './edition-2018-12-14';
import { EDITION_2024_07_23 } from './edition-2024-07-23';
import { EDITION_2026_06_08 } from './edition-2026-06-08';
import { CatalogEditionData, CatalogEndpoint, CatalogSource, CatalogSubnet, UnaddressedEndpoint, VaultDataCenter } from './types';

const EDITIONS: Record<CatalogEdition, CatalogEditionData> = {
  [CatalogEdition.EDITION_2018_12_14]: EDITION_2018_12_14,
  [CatalogEdition.EDITION_2024_07_23]: EDITION_2024_07_23,
  [CatalogEdition.EDITION_2026_06_08]: EDITION_2026_06_08,
};

/**
 * Read access to one edition of the endpoint catalog: the hosts, subnets and ports that IBM's
 * documentation published on that date.
 */
export class EndpointCatalog {
  /** The edition used when none is chosen: the newest one. */
  public static readonly LATEST_EDITION: CatalogEdition = CatalogEdition.EDITION_2026_06_08;

  /** Every edition the catalog holds, oldest first. */
  public static editions(): CatalogEdition[] {
    return Object.values(CatalogEdition).sort();
  }

  /**
   * The catalog of one edition.
   * @param edition the documentation edition; @default the newest edition
   */
  public static forEdition(edition: CatalogEdition = EndpointCatalog.LATEST_EDITION): EndpointCatalog {
    const data = EDITIONS[edition];
    if (!data) {
      throw new Error(`Unknown catalog edition '${String(edition)}'; expected one of ${EndpointCatalog.editions().join(', ')}`);
    }
    return new EndpointCatalog(edition, data);
  }

  private constructor(
    /** The edition this catalog holds. */
    public readonly edition: CatalogEdition,
    private readonly data: CatalogEditionData,
  ) {}

  /** Where this edition's port page was read (the first of `sources`). */
  public get source(): CatalogSource {
    return this.data.sources[0];
  }

  /** Every page this edition was read from, the port page first. */
  public get sources(): CatalogSource[] {
    return [...this.data.sources];
  }

  /** Every host of this edition, in documentation order. */
  public get endpoints(): CatalogEndpoint[] {
    return [...this.data.endpoints];
  }

  /** TCP ports the agent uses for the portal and AMP proxies. */
  public get portalPorts(): number[] {
    return [...this.data.portalPorts];
  }

  /** TCP port of the vault (Director). */
  public get vaultPort(): number {
    return this.data.vaultPort;
  }

  /** Where the vault port is documented. */
  public get vaultPortSource(): string {
    return this.data.vaultPortSource;
  }

  /** Vault (Director) host names given as examples. */
  public get vaultExampleHosts(): string[] {
    return [...this.data.vaultExampleHosts];
  }

  /** Hosts of one target that the agent itself connects to. */
  public agentEndpoints(target: BackupTarget): CatalogEndpoint[] {
    return this.data.endpoints.filter((e) => e.target === target && e.agentTraffic !== false);
  }

  /** Hosts of one target that the agent connects to but that the documentation names without an address; never opened by address. */
  public unaddressedEndpoints(target: BackupTarget): UnaddressedEndpoint[] {
    return (this.data.unaddressedEndpoints ?? []).filter((e) => e.target === target);
  }

  /** Whether this edition has the eVault ranges by data center, which `vaultDataCenters` needs. */
  public get hasVaultDataCenters(): boolean {
    return this.data.vaultDataCenters !== undefined;
  }

  /** The eVault ranges by data center, in documentation order; empty when the edition has no such table. */
  public get vaultDataCenters(): VaultDataCenter[] {
    return (this.data.vaultDataCenters ?? []).map((dc) => ({ dataCenter: dc.dataCenter, cidrs: [...dc.cidrs] }));
  }

  /**
   * The eVault ranges of one data center.
   * @param dataCenter a data-center code such as `dal13`
   * @returns the CIDRs, or undefined when the edition does not list the code
   */
  public vaultRangesOf(dataCenter: string): string[] | undefined {
    const found = this.data.vaultDataCenters?.find((dc) => dc.dataCenter === dataCenter);
    return found ? [...found.cidrs] : undefined;
  }

  /** The documented minimum subnets of one target; none are published for the federal service. */
  public minimalSubnets(target: BackupTarget): CatalogSubnet[] {
    return this.data.minimalSubnets.filter((s) => s.target === target);
  }
}
