import { RulePurpose, FlowDirection } from './enums';
import { ConnectivityValidationError, ValidationProblem } from './errors';
import { sortPurposes } from './flow';
import { isNetwork, Ipv4Network, networkContains, parseCidr } from './ipv4';
import { ConnectivityPolicy } from './policy';
import { ConnectivityRule } from './rule';
import { isTcpPort, show } from './argument-checks';
import { PortRange, portRangeContains, samePortRange } from './port-range';

/** How {@link StatelessRulePlan.of} turns policy rules into stateless rules. */
export interface StatelessRulePlanOptions {
  /**
   * The client (ephemeral) ports: the agent's for egress rules, the peer's for ingress rules.
   * Requests come from them and replies go back to them.
   * @default StatelessRulePlan.DEFAULT_EPHEMERAL_PORTS (1024-65535)
   */
  readonly ephemeralPorts?: PortRange;

  /**
   * Whether the firewall matches source ports. When it does, each rule carries its source ports and
   * replies are merged only when identical; when it does not, a reply that another reply of the
   * same direction already allows is left out.
   * @default false
   */
  readonly matchSourcePorts?: boolean;

  /**
   * The construct path (or other subject) to name in a validation error.
   * @default - none
   */
  readonly subject?: string;
}

/** One rule of a stateless firewall (network ACL): a request or a reply of policy rules. */
export interface StatelessRule {
  /** Stable id: the policy rule's id for a request, `<policy rule id>-reply` (of the first rule served) for a reply. */
  readonly id: string;
  /** Direction seen from the agent: ingress for packets towards the agent, egress for packets leaving it. */
  readonly direction: FlowDirection;
  /** Whether the rule lets the replies of connections through rather than their requests. */
  readonly reply: boolean;
  /** IP protocol; always `tcp`. */
  readonly protocol: string;
  /** The peer's side, as an IPv4 CIDR. */
  readonly peerCidr: string;
  /** Destination ports of the packets. */
  readonly destinationPorts: PortRange;
  /** Source ports of the packets; only set when the plan matches source ports. */
  readonly sourcePorts?: PortRange;
  /** The policy rules whose traffic this rule lets through, in policy order. */
  readonly rules: ConnectivityRule[];
  /** Every purpose of those policy rules, in a fixed order. */
  readonly purposes: RulePurpose[];
}

const OPPOSITE: Record<FlowDirection, FlowDirection> = {
  [FlowDirection.INGRESS]: FlowDirection.EGRESS,
  [FlowDirection.EGRESS]: FlowDirection.INGRESS,
};

interface Candidate {
  readonly id: string;
  readonly direction: FlowDirection;
  readonly reply: boolean;
  readonly peer: Ipv4Network;
  readonly peerCidr: string;
  readonly destinationPorts: PortRange;
  readonly sourcePorts?: PortRange;
  readonly rule: ConnectivityRule;
}

/** Whether `outer` lets through every packet that `inner` does (same direction, CIDR and ports contained). */
function covers(outer: Candidate, inner: Candidate, matchSourcePorts: boolean): boolean {
  if (outer.direction !== inner.direction) return false;
  if (matchSourcePorts) {
    return (
      outer.peerCidr === inner.peerCidr &&
      samePortRange(outer.destinationPorts, inner.destinationPorts) &&
      samePortRange(outer.sourcePorts, inner.sourcePorts)
    );
  }
  return networkContains(outer.peer, inner.peer) && portRangeContains(outer.destinationPorts, inner.destinationPorts);
}

/**
 * The rules of a stateless firewall (a network ACL) for a policy: for each policy rule, in policy
 * order, its request rule followed by its reply rule. For an egress policy rule the request leaves
 * the agent from the ephemeral ports to the peer's service ports and the reply comes back in from
 * the service ports to the ephemeral ports; for an ingress rule the other way round.
 *
 * Without source-port matching, a reply that another reply of the same direction allows (peer CIDR
 * and ports contained, or identical) is emitted once, at the position of the first policy rule that
 * needs it, and serves every such rule. Platform renderers map these rules to resources one to one.
 */
export class StatelessRulePlan {
  /** The default client port range: 1024-65535, which covers the ephemeral ranges of Linux and Windows. */
  public static readonly DEFAULT_EPHEMERAL_PORTS: PortRange = { from: 1024, to: 65535 };

  /**
   * The problems of an ephemeral port range given as `ephemeralPorts` (possibly from untyped JavaScript).
   * @param ports the range as given; @default - none (no problem: the default range applies)
   */
  public static checkEphemeralPorts(ports?: PortRange): ValidationProblem[] {
    if (ports === undefined) return [];
    if (typeof ports !== 'object' || ports === null) {
      return [{ option: 'ephemeralPorts', value: show(ports), message: 'must be a port range such as { from: 1024, to: 65535 }' }];
    }
    const problems: ValidationProblem[] = [];
    for (const end of ['from', 'to'] as const) {
      if (!isTcpPort(ports[end]))
        problems.push({ option: `ephemeralPorts.${end}`, value: show(ports[end]), message: 'must be an integer TCP port in 1-65535' });
    }
    if (problems.length === 0 && ports.from > ports.to) {
      problems.push({ option: 'ephemeralPorts', value: `${ports.from}-${ports.to}`, message: 'from must not be above to' });
    }
    return problems;
  }

  /**
   * Plans the stateless rules of a policy.
   * @param policy the resolved policy
   * @param options ephemeral ports, source-port matching and the subject of errors; @default - 1024-65535, no source-port matching
   * @throws ConnectivityValidationError when `ephemeralPorts` is invalid
   */
  public static of(policy: ConnectivityPolicy, options?: StatelessRulePlanOptions): StatelessRulePlan {
    const problems = StatelessRulePlan.checkEphemeralPorts(options?.ephemeralPorts);
    if (problems.length > 0) throw new ConnectivityValidationError(problems, options?.subject);
    const given = options?.ephemeralPorts ?? StatelessRulePlan.DEFAULT_EPHEMERAL_PORTS;
    const ephemeralPorts: PortRange = { from: given.from, to: given.to };
    const matchSourcePorts = options?.matchSourcePorts ?? false;
    return new StatelessRulePlan(planRules(policy.rules, ephemeralPorts, matchSourcePorts), ephemeralPorts, matchSourcePorts);
  }

  private constructor(
    /** Every stateless rule, in order: each request followed by its reply, unless that reply was merged into an earlier one. */
    public readonly rules: StatelessRule[],
    /** The client port range of the rules. */
    public readonly ephemeralPorts: PortRange,
    /** Whether the rules match source ports. */
    public readonly matchSourcePorts: boolean,
  ) {}

  /**
   * The rules of one direction, in plan order.
   * @param direction ingress (towards the agent) or egress (leaving it)
   */
  public rulesInDirection(direction: FlowDirection): StatelessRule[] {
    return this.rules.filter((r) => r.direction === direction);
  }

  /** The number of rules of the direction that has the most (what per-direction quotas bound). */
  public busiestDirectionCount(): number {
    return Math.max(...Object.values(FlowDirection).map((d) => this.rulesInDirection(d).length));
  }
}

function candidatesOf(rule: ConnectivityRule, ephemeral: PortRange, matchSourcePorts: boolean): [Candidate, Candidate] {
  const parsed = parseCidr(rule.cidr);
  if (!isNetwork(parsed)) throw new Error(`policy rule ${rule.id} has an invalid CIDR ${rule.cidr}`);
  const service: PortRange = { from: rule.fromPort, to: rule.toPort };
  const common = { peer: parsed, peerCidr: rule.cidr, rule };
  const request: Candidate = {
    ...common,
    id: rule.id,
    direction: rule.direction,
    reply: false,
    destinationPorts: service,
    sourcePorts: matchSourcePorts ? ephemeral : undefined,
  };
  const reply: Candidate = {
    ...common,
    id: `${rule.id}-reply`,
    direction: OPPOSITE[rule.direction],
    reply: true,
    destinationPorts: ephemeral,
    sourcePorts: matchSourcePorts ? service : undefined,
  };
  return [request, reply];
}

function planRules(rules: readonly ConnectivityRule[], ephemeral: PortRange, matchSourcePorts: boolean): StatelessRule[] {
  const pairs = rules.map((rule) => candidatesOf(rule, ephemeral, matchSourcePorts));
  const replies = pairs.map(([, reply]) => reply);
  // A reply survives unless another reply covers it: one that covers it strictly, or an identical earlier one.
  const coveredBy = (inner: Candidate, index: number, outer: Candidate, outerIndex: number) =>
    outerIndex !== index && covers(outer, inner, matchSourcePorts) && (outerIndex < index || !covers(inner, outer, matchSourcePorts));
  const survives = replies.map((reply, index) => !replies.some((other, otherIndex) => coveredBy(reply, index, other, otherIndex)));
  // Each reply is served by the first surviving reply that covers it (itself, when it survives).
  const server = replies.map((reply, index) =>
    survives[index] ? index : replies.findIndex((other, otherIndex) => survives[otherIndex] && covers(other, reply, matchSourcePorts)),
  );
  const result: StatelessRule[] = [];
  pairs.forEach(([request], index) => {
    result.push(toStatelessRule(request, [request.rule]));
    const serving = server[index];
    if (server.indexOf(serving) !== index) return; // emitted with an earlier policy rule
    const served = rules.filter((_, other) => server[other] === serving);
    const reply = replies[serving];
    result.push(toStatelessRule({ ...reply, id: `${served[0].id}-reply` }, served));
  });
  return result;
}

function toStatelessRule(candidate: Candidate, served: ConnectivityRule[]): StatelessRule {
  return {
    id: candidate.id,
    direction: candidate.direction,
    reply: candidate.reply,
    protocol: candidate.rule.protocol,
    peerCidr: candidate.peerCidr,
    destinationPorts: { ...candidate.destinationPorts },
    ...(candidate.sourcePorts ? { sourcePorts: { ...candidate.sourcePorts } } : {}),
    rules: served,
    purposes: sortPurposes(served.flatMap((r) => r.purposes)),
  };
}
