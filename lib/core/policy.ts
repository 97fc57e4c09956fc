import { CatalogSource, EndpointCatalog, UnaddressedEndpoint } from './catalog';
import { FlowDirection } from './enums';
import { intendedFlows } from './intended-flows';
import { minimiseFlows } from './minimise';
import { ConnectivityOptions, ResolvedConnectivityOptions } from './options';
import { ConnectivityRule, toConnectivityRule } from './rule';
import { resolveOptions } from './validate-options';
import { PolicyWarning, policyWarnings } from './warnings';

/** Every option, in a fixed order; the record type makes a new option fail to compile until it is listed here. */
const OPTION_NAMES = Object.keys({
  target: true,
  mode: true,
  edition: true,
  managementPort: true,
  allowLegacyManagementPort: true,
  centralControlSources: true,
  vaultCidrs: true,
  vaultDataCenters: true,
  additionalEndpointCidrs: true,
  allowPublicSources: true,
} satisfies Record<keyof ConnectivityOptions, true>) as ReadonlyArray<keyof ConnectivityOptions>;

/**
 * The cache key of resolved options: their JSON, exact because resolved options hold only strings,
 * numbers, booleans and lists of strings, built by the library itself.
 */
function cacheKey(options: ResolvedConnectivityOptions): string {
  return JSON.stringify(OPTION_NAMES.map((name) => options[name]));
}

/** Freezes a value and everything it holds, so that a shared policy cannot be changed by one of its users. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** The plain JSON form of a policy. */
export interface ConnectivityPolicyDocument {
  /** The options with every default applied. */
  readonly options: ResolvedConnectivityOptions;
  /** Where the port page of the catalog edition in use was read. */
  readonly source: CatalogSource;
  /** Every page the catalog edition in use was read from, the port page first. */
  readonly sources: CatalogSource[];
  /** Hosts of the target that the edition names without an address; no rule opens them. */
  readonly unaddressedEndpoints: UnaddressedEndpoint[];
  /** Every rule, in policy order. */
  readonly rules: ConnectivityRule[];
  /** Warnings that apply to the options. */
  readonly warnings: PolicyWarning[];
}

/**
 * The provider-neutral firewall policy of an IBM Cloud Backup agent: the smallest exact set of TCP
 * rules for the chosen target, mode and edition, and the warnings that go with it.
 */
export class ConnectivityPolicy {
  /** Resolved policies by options, so that many constructs with the same options resolve once. */
  private static readonly resolved = new Map<string, ConnectivityPolicy>();
  /** How many resolved policies the cache keeps; the oldest is dropped first. */
  private static readonly CACHE_SIZE = 512;

  /**
   * Validates the options, applies defaults and computes the rules. Policies are immutable, so the
   * same options give the same (frozen) policy object.
   * @param options what the agent needs; @default - all defaults (commercial, broad, newest edition)
   * @param subject the construct path to name in validation errors; @default - none
   * @throws ConnectivityValidationError listing every invalid option
   */
  public static resolve(options?: ConnectivityOptions, subject?: string): ConnectivityPolicy {
    // Validation runs on every call: a key of the options as given could not tell every invalid value
    // from a valid one (a String object, a list with a toJSON method), the resolved options can.
    // Only absent options mean the defaults (resolveOptions' default parameter); null from untyped
    // JavaScript is refused like any other non-object.
    const resolved = resolveOptions(options, subject);
    const key = cacheKey(resolved);
    const cached = ConnectivityPolicy.resolved.get(key);
    if (cached) return cached;
    const catalog = EndpointCatalog.forEdition(resolved.edition);
    const rules = minimiseFlows(intendedFlows(resolved, catalog)).map(toConnectivityRule);
    const policy = new ConnectivityPolicy(deepFreeze(resolved), catalog, deepFreeze(rules), deepFreeze(policyWarnings(resolved, catalog)));
    if (ConnectivityPolicy.resolved.size >= ConnectivityPolicy.CACHE_SIZE) {
      ConnectivityPolicy.resolved.delete(ConnectivityPolicy.resolved.keys().next().value!);
    }
    ConnectivityPolicy.resolved.set(key, policy);
    return policy;
  }

  private constructor(
    /** The options with every default applied. */
    public readonly options: ResolvedConnectivityOptions,
    /** The catalog edition the rules were computed from. */
    public readonly catalog: EndpointCatalog,
    /** Every rule, ingress first, then egress, each ordered by address and port. */
    public readonly rules: ConnectivityRule[],
    /** Warnings that apply to these options. */
    public readonly warnings: PolicyWarning[],
  ) {}

  /** The rules for connections that arrive at the agent. */
  public ingressRules(): ConnectivityRule[] {
    return this.rules.filter((r) => r.direction === FlowDirection.INGRESS);
  }

  /** The rules for connections that the agent opens. */
  public egressRules(): ConnectivityRule[] {
    return this.rules.filter((r) => r.direction === FlowDirection.EGRESS);
  }

  /** A plain JSON form: the resolved options, the catalog sources, the hosts without address, the rules and the warnings. */
  public toJSON(): ConnectivityPolicyDocument {
    return {
      options: this.options,
      source: this.catalog.source,
      sources: this.catalog.sources,
      unaddressedEndpoints: this.catalog.unaddressedEndpoints(this.options.target),
      rules: this.rules,
      warnings: this.warnings,
    };
  }
}
