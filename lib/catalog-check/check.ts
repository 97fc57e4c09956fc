import { AgentPorts, CatalogEndpoint, ConnectivityPolicy, ConnectivityRule, ConnectivityValidationError, ValidationProblem } from '../core';
import { isNetwork, networkContainsAddress, parseCidr, parseIpv4 } from '../core/ipv4';
import { ARecordLookup, DEFAULT_TIMEOUT_MS, DEFAULT_TRIES, LookupAnswer, parseResolverAddress } from './resolver';
import { CatalogCheckOptions, CatalogCheckOutcome, CatalogCheckReport, HostCheck, HostCheckStatus, ResolvedAddressCheck } from './types';

/** Whether some rule opens `port` towards (egress) or from (ingress) `address`. */
function opens(rules: readonly ConnectivityRule[], address: number, port: number): boolean {
  return rules.some((r) => {
    const net = parseCidr(r.cidr);
    return isNetwork(net) && port >= r.fromPort && port <= r.toPort && networkContainsAddress(net, address);
  });
}

function checkAddress(policy: ConnectivityPolicy, text: string, ports: readonly number[]): ResolvedAddressCheck {
  const address = parseIpv4(text);
  if (address === undefined) return { address: text, egressOpen: false, managementOpen: false };
  const managementPorts = [policy.options.managementPort, ...(policy.options.allowLegacyManagementPort ? [AgentPorts.LEGACY_MANAGEMENT] : [])];
  return {
    address: text,
    egressOpen: ports.every((p) => opens(policy.egressRules(), address, p)),
    managementOpen: managementPorts.every((p) => opens(policy.ingressRules(), address, p)),
  };
}

function hostCheck(policy: ConnectivityPolicy, endpoint: CatalogEndpoint, answer: LookupAnswer): HostCheck {
  const base = { fqdn: endpoint.fqdn, role: endpoint.role, ports: [...endpoint.ports], documentedAddress: endpoint.ipv4 };
  if (answer.kind === 'no-record') {
    return {
      ...base,
      status: HostCheckStatus.NOT_RESOLVING,
      resolved: [],
      moved: false,
      errorCode: answer.code,
      detail: `no longer resolves (${answer.code}); documented ${endpoint.ipv4}`,
    };
  }
  if (answer.kind === 'failed') {
    return {
      ...base,
      status: HostCheckStatus.LOOKUP_FAILED,
      resolved: [],
      moved: false,
      errorCode: answer.code,
      detail: `lookup failed (${answer.code}), nothing decided`,
    };
  }
  const resolved = answer.addresses.map((a) => checkAddress(policy, a, endpoint.ports));
  const moved = !(answer.addresses.length === 1 && answer.addresses[0] === endpoint.ipv4);
  const outside = resolved.filter((r) => !r.egressOpen || !r.managementOpen);
  const mode = `mode ${policy.options.mode}`;
  if (outside.length === 0) {
    const detail = moved
      ? `resolves to ${answer.addresses.join(', ')}, not the documented ${endpoint.ipv4}, but inside what ${mode} opens`
      : `resolves to ${endpoint.ipv4}, as documented`;
    return { ...base, status: HostCheckStatus.COVERED, resolved, moved, detail };
  }
  const closed = outside.map((r) => {
    const what = [!r.egressOpen && `egress tcp/${endpoint.ports.join(',')}`, !r.managementOpen && 'management ingress'].filter(Boolean).join(' and ');
    return `${r.address} (${what} not open)`;
  });
  return {
    ...base,
    status: HostCheckStatus.OUTSIDE,
    resolved,
    moved,
    detail: `resolves to ${answer.addresses.join(', ')} (documented ${endpoint.ipv4}), outside what ${mode} opens: ${closed.join('; ')}`,
  };
}

function checkCount(option: string, value: unknown, problems: ValidationProblem[]): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < 1)) {
    problems.push({ option, value: String(value), message: 'must be a positive integer' });
  }
}

/**
 * The catalog drift check: IBM says agents register by FQDN because addresses change; this check
 * resolves the catalogued hosts and compares the answers with what a policy opens.
 */
export class CatalogDriftCheck {
  /**
   * Resolves the A records of every catalogued agent host of the target that has a documented
   * address, and says for each whether the answer still lies inside what the options open: egress on
   * each of the host's documented ports, and the management port from the host. Names that no longer
   * resolve are reported without failing; lookups that could not be made leave the check undecided.
   * @param options the policy options to compare with, and the resolver; @default - defaults of every option, the system's resolvers
   * @throws ConnectivityValidationError for invalid options, resolver, timeout or tries
   */
  public static async run(options: CatalogCheckOptions = {}): Promise<CatalogCheckReport> {
    return checkCatalog(options);
  }

  private constructor() {}
}

/** See {@link CatalogDriftCheck.run}. */
export async function checkCatalog(options: CatalogCheckOptions = {}): Promise<CatalogCheckReport> {
  const problems: ValidationProblem[] = [];
  let server: string | undefined;
  if (options.resolver !== undefined) {
    const parsed = parseResolverAddress(String(options.resolver));
    if ('problem' in parsed) problems.push({ option: 'resolver', value: String(options.resolver), message: parsed.problem });
    else server = parsed.server;
  }
  checkCount('timeoutMs', options.timeoutMs, problems);
  checkCount('tries', options.tries, problems);
  let policy: ConnectivityPolicy | undefined;
  try {
    policy = ConnectivityPolicy.resolve(options);
  } catch (error) {
    if (!(error instanceof ConnectivityValidationError)) throw error;
    problems.unshift(...error.problems);
  }
  if (problems.length > 0 || policy === undefined) throw new ConnectivityValidationError(problems);

  const target = policy.options.target;
  const endpoints = policy.catalog.agentEndpoints(target);
  const lookup = new ARecordLookup(server, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.tries ?? DEFAULT_TRIES);
  let answers: LookupAnswer[];
  try {
    answers = await Promise.all(endpoints.map((e) => lookup.lookup(e.fqdn)));
  } finally {
    lookup.cancel();
  }
  const hosts = endpoints.map((e, i) => hostCheck(policy!, e, answers[i]));
  const outcome = hosts.some((h) => h.status === HostCheckStatus.OUTSIDE)
    ? CatalogCheckOutcome.OUTSIDE
    : hosts.some((h) => h.status === HostCheckStatus.LOOKUP_FAILED)
      ? CatalogCheckOutcome.UNDECIDED
      : CatalogCheckOutcome.COVERED;
  return {
    target,
    mode: policy.options.mode,
    edition: policy.options.edition,
    resolver: server ?? 'system',
    hosts,
    notChecked: policy.catalog.unaddressedEndpoints(target).map((e) => e.fqdn),
    outcome,
  };
}
