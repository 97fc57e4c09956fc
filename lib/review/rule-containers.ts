import { FirewallLayer, FirewallRule, LayerKind } from './firewall-model';

/** A security group or network ACL found in an artifact, with its rules. */
export interface RuleContainer {
  /** Logical id, Terraform address, or the literal id of a group or ACL defined elsewhere. */
  readonly id: string;
  /** Which platform layer it belongs to. */
  readonly kind: LayerKind;
  /** Whether it is referenced but not defined in the artifact. */
  readonly external: boolean;
  /** Construct path of the intent record or reference on the container itself. */
  readonly intentPath?: string;
  /** Rules in evaluation order (ACLs) or declaration order (security groups). */
  readonly rules: FirewallRule[];
  /** ACL rules whose position cannot be determined. */
  readonly unplaced: FirewallRule[];
}

const STATEFUL = new Set([LayerKind.AWS_SECURITY_GROUPS, LayerKind.IBM_VPC_SECURITY_GROUPS, LayerKind.IBM_CLASSIC_SECURITY_GROUPS]);

/** Whether a container belongs to a construct: it, or one of its rules, carries that construct's intent record or a reference to it. */
export function belongsTo(container: RuleContainer, constructPath: string): boolean {
  return container.intentPath === constructPath || [...container.rules, ...container.unplaced].some((r) => r.intentPath === constructPath);
}

/**
 * Groups containers into the layers a flow crosses: all security groups of one platform form one
 * layer (an interface with several groups allows what any of them allows); each ACL is a layer.
 * @param containers every container found
 * @param constructPath keep only containers that belong to this construct; @default - keep all
 */
export function assembleLayers(containers: readonly RuleContainer[], constructPath?: string): FirewallLayer[] {
  const selected = constructPath === undefined ? containers : containers.filter((c) => belongsTo(c, constructPath));
  const layers: FirewallLayer[] = [];
  const statefulKinds = [...new Set(selected.filter((c) => STATEFUL.has(c.kind)).map((c) => c.kind))];
  for (const kind of statefulKinds) {
    const members = selected.filter((c) => c.kind === kind);
    layers.push({
      id: kind,
      kind,
      stateful: true,
      containers: members.map((c) => c.id),
      externalContainers: members.filter((c) => c.external).map((c) => c.id),
      rules: members.flatMap((c) => c.rules),
      unplacedRules: [],
      intentPaths: [...new Set(members.map((c) => c.intentPath).filter((p): p is string => p !== undefined))],
    });
  }
  for (const acl of selected.filter((c) => !STATEFUL.has(c.kind))) {
    layers.push({
      id: `${acl.kind}:${acl.id}`,
      kind: acl.kind,
      stateful: false,
      containers: [acl.id],
      externalContainers: acl.external ? [acl.id] : [],
      rules: acl.rules,
      unplacedRules: acl.unplaced,
      intentPaths: acl.intentPath ? [acl.intentPath] : [],
    });
  }
  return layers;
}

/** Collects containers by id, creating external ones on first reference. */
export class ContainerRegistry {
  private readonly byId = new Map<
    string,
    { kind: LayerKind; external: boolean; intentPath?: string; rules: FirewallRule[]; unplaced: FirewallRule[] }
  >();

  /** Records a container defined in the artifact. */
  public define(id: string, kind: LayerKind, intentPath?: string): void {
    const existing = this.byId.get(id);
    if (existing) {
      existing.external = false;
      existing.intentPath = intentPath;
    } else {
      this.byId.set(id, { kind, external: false, intentPath, rules: [], unplaced: [] });
    }
  }

  /** Adds a rule to a container, creating the container as external when it was not defined. */
  public add(id: string, kind: LayerKind, rule: FirewallRule, placed: boolean = true): void {
    let entry = this.byId.get(id);
    if (!entry) {
      entry = { kind, external: true, rules: [], unplaced: [] };
      this.byId.set(id, entry);
    }
    (placed ? entry.rules : entry.unplaced).push(rule);
  }

  /** Replaces the rule order of every container of one kind (ACLs, sorted by rule number), setting apart the rules it cannot place. */
  public orderRules(kind: LayerKind, order: (rules: FirewallRule[]) => { placed: FirewallRule[]; unplaced: FirewallRule[] }): void {
    for (const entry of this.byId.values()) {
      if (entry.kind !== kind) continue;
      const { placed, unplaced } = order(entry.rules);
      entry.rules = placed;
      entry.unplaced = unplaced;
    }
  }

  /** Every container, in the order first seen. */
  public containers(): RuleContainer[] {
    return [...this.byId.entries()].map(([id, e]) => ({
      id,
      kind: e.kind,
      external: e.external,
      intentPath: e.intentPath,
      rules: e.rules,
      unplaced: e.unplaced,
    }));
  }
}
