import { CatalogSource, EndpointCatalog } from './catalog';
import { TrafficDirection } from './enums';
import { intendedFlows } from './intended-flows';
import { minimiseFlows } from './minimise';
import { ConnectivityOptions, ResolvedConnectivityOptions } from './options';
import { ConnectivityRule, toConnectivityRule } from './rule';
import { resolveOptions } from './validate-options';
import { PolicyWarning, policyWarnings } from './warnings';

/** The plain JSON form of a policy. */
export interface ConnectivityPolicyDocument {
  /** The options with every default applied. */
  readonly options: ResolvedConnectivityOptions;
  /** Where the catalog edition in use was read. */
  readonly source: CatalogSource;
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
  /**
   * Validates the options, applies defaults and computes the rules.
   * @param options what the agent needs; @default - all defaults (commercial, broad, newest edition)
   * @param subject the construct path to name in validation errors; @default - none
   * @throws ConnectivityValidationError listing every invalid option
   */
  public static resolve(options?: ConnectivityOptions, subject?: string): ConnectivityPolicy {
    const resolved = resolveOptions(options ?? {}, subject);
    const catalog = EndpointCatalog.forEdition(resolved.edition);
    const rules = minimiseFlows(intendedFlows(resolved, catalog)).map(toConnectivityRule);
    return new ConnectivityPolicy(resolved, catalog, rules, policyWarnings(resolved));
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
    return this.rules.filter((r) => r.direction === TrafficDirection.INGRESS);
  }

  /** The rules for connections that the agent opens. */
  public egressRules(): ConnectivityRule[] {
    return this.rules.filter((r) => r.direction === TrafficDirection.EGRESS);
  }

  /** A plain JSON form: the resolved options, the catalog source, the rules and the warnings. */
  public toJSON(): ConnectivityPolicyDocument {
    return { options: this.options, source: this.catalog.source, rules: this.rules, warnings: this.warnings };
  }
}
