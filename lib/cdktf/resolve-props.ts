import { Token } from 'cdktf';
import { ConnectivityPolicy, ConnectivityValidationError, Emit, PortRange, StatelessRulePlan, ValidationProblem } from '../core';
import { isNetwork, parseCidr } from '../core/ipv4';
import { BackupAgentConnectivityProps, IbmDefaults, IbmInfrastructure, IbmQuotas } from './props';
import { constraintProblems } from './schema-constraints';
import { ibmStatelessPlan } from './vpc-network-acl';
import { checkBoolean, checkEnum, show } from '../core/argument-checks';

/** Props with defaults applied and checked, and the policy they resolve to. */
export interface ResolvedIbmConnectivity {
  /** The resolved policy. */
  readonly policy: ConnectivityPolicy;
  /** The infrastructure rendered. */
  readonly infrastructure: IbmInfrastructure;
  /** What is emitted. */
  readonly emit: Emit;
  /** Whether security group rules are emitted. */
  readonly emitsSecurityGroup: boolean;
  /** Whether VPC network ACL rules are emitted. */
  readonly emitsNetworkAcl: boolean;
  /** VPC to create the security group (and a new ACL) in. */
  readonly vpcId?: string;
  /** Existing VPC security group to add rules to. */
  readonly securityGroupId?: string;
  /** Targets to attach the VPC security group to. */
  readonly targetIds: string[];
  /** Existing network ACL to add rules to. */
  readonly networkAclId?: string;
  /** Rule of the existing ACL that the construct's rules go ahead of. */
  readonly networkAclRulesBefore?: string;
  /** Whether a new network ACL is created. */
  readonly createNetworkAcl: boolean;
  /** Client port range of ACL rules. */
  readonly ephemeralPorts: PortRange;
  /** Agent side of ACL rules. */
  readonly localCidr: string;
  /** Name of the created group or ACL. */
  readonly name?: string;
  /** Resource group of created VPC resources. */
  readonly resourceGroupId?: string;
  /** Tags of created VPC resources. */
  readonly tags: string[];
  /** Existing classic security group to add rules to. */
  readonly classicSecurityGroupId?: number;
}

const VPC_ONLY_OPTIONS = [
  'vpcId',
  'securityGroupId',
  'targetIds',
  'networkAclId',
  'networkAclRulesBefore',
  'createNetworkAcl',
  'ephemeralPorts',
  'localCidr',
  'resourceGroupId',
  'tags',
] as const;
const ACL_ONLY_OPTIONS = ['networkAclId', 'networkAclRulesBefore', 'createNetworkAcl', 'ephemeralPorts', 'localCidr'] as const;
const SECURITY_GROUP_ONLY_OPTIONS = ['securityGroupId', 'targetIds'] as const;

function isGiven(value: unknown): boolean {
  return value !== undefined && !(Array.isArray(value) && value.length === 0) && value !== false;
}

function checkId(option: string, value: unknown, problems: ValidationProblem[]): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (typeof value !== 'string' || value.trim() === '') problems.push({ option, value: show(value), message: 'must be a non-empty id' });
}

function checkStringList(option: string, value: unknown, problems: ValidationProblem[]): string[] {
  if (value === undefined) return [];
  if (Token.isUnresolved(value)) return value as string[];
  if (!Array.isArray(value)) {
    problems.push({ option, value: show(value), message: 'must be a list of strings' });
    return [];
  }
  return value as string[];
}

function checkPortRange(value: PortRange | undefined, problems: ValidationProblem[]): PortRange {
  const rangeProblems = StatelessRulePlan.checkEphemeralPorts(value);
  problems.push(...rangeProblems);
  if (value === undefined || rangeProblems.length > 0) return StatelessRulePlan.DEFAULT_EPHEMERAL_PORTS;
  return { from: value.from, to: value.to };
}

function checkLocalCidr(value: unknown, problems: ValidationProblem[]): string {
  if (value === undefined) return IbmDefaults.LOCAL_CIDR;
  if (Token.isUnresolved(value)) return value as string;
  const parsed = typeof value === 'string' ? parseCidr(value) : undefined;
  if (parsed === undefined || !isNetwork(parsed)) {
    const hint = parsed !== undefined && parsed.kind === 'host-bits' ? `; use the network form '${parsed.suggestion}'` : '';
    problems.push({ option: 'localCidr', value: show(value), message: `must be an IPv4 address or CIDR such as 10.240.0.0/24${hint}` });
    return IbmDefaults.LOCAL_CIDR;
  }
  return value as string;
}

function checkVpc(props: BackupAgentConnectivityProps, emit: Emit, problems: ValidationProblem[]) {
  const emitsSecurityGroup = emit !== Emit.NETWORK_ACL;
  const emitsNetworkAcl = emit !== Emit.SECURITY_GROUP;
  const createsGroup = emitsSecurityGroup && props.vpcId !== undefined && props.securityGroupId === undefined;
  const createsAcl = emitsNetworkAcl && props.createNetworkAcl === true;
  if (props.classicSecurityGroupId !== undefined) {
    problems.push({
      option: 'classicSecurityGroupId',
      value: show(props.classicSecurityGroupId),
      message: 'is a classic option; set infrastructure: IbmInfrastructure.CLASSIC or remove it',
    });
  }
  checkId('vpcId', props.vpcId, problems);
  checkId('securityGroupId', props.securityGroupId, problems);
  checkId('networkAclId', props.networkAclId, problems);
  checkId('networkAclRulesBefore', props.networkAclRulesBefore, problems);
  if (!emitsNetworkAcl) {
    for (const option of ACL_ONLY_OPTIONS) {
      if (isGiven(props[option]))
        problems.push({
          option,
          value: show(props[option]),
          message: `only applies to network ACLs; set emit to Emit.NETWORK_ACL or Emit.BOTH, or remove it`,
        });
    }
  }
  if (!emitsSecurityGroup) {
    for (const option of SECURITY_GROUP_ONLY_OPTIONS) {
      if (isGiven(props[option]))
        problems.push({
          option,
          value: show(props[option]),
          message: `needs a VPC security group; set emit to Emit.SECURITY_GROUP or Emit.BOTH, or remove it`,
        });
    }
  }
  if (emitsSecurityGroup) {
    if (props.vpcId !== undefined && props.securityGroupId !== undefined) {
      problems.push({
        option: 'securityGroupId',
        value: show(props.securityGroupId),
        message: 'cannot be given together with vpcId: give vpcId to create a security group, or securityGroupId to add rules to an existing one',
      });
    } else if (props.vpcId === undefined && props.securityGroupId === undefined) {
      problems.push({
        option: 'vpcId',
        value: 'undefined',
        message: 'a VPC security group needs vpcId (to create one) or securityGroupId (to add rules to an existing one)',
      });
    }
  }
  if (emitsNetworkAcl) {
    checkBoolean('createNetworkAcl', props.createNetworkAcl, problems);
    if (createsAcl && props.networkAclId !== undefined) {
      problems.push({
        option: 'networkAclId',
        value: show(props.networkAclId),
        message: 'cannot be given together with createNetworkAcl: add rules to an existing ACL or create a new one',
      });
    } else if (createsAcl && props.vpcId === undefined) {
      problems.push({ option: 'createNetworkAcl', value: 'true', message: 'needs vpcId, the VPC to create the network ACL in' });
    } else if (!createsAcl && props.networkAclId === undefined) {
      problems.push({
        option: 'networkAclId',
        value: 'undefined',
        message: 'network ACL rules need networkAclId (an existing ACL) or createNetworkAcl: true with vpcId',
      });
    }
    if (createsAcl && props.networkAclRulesBefore !== undefined) {
      problems.push({
        option: 'networkAclRulesBefore',
        value: show(props.networkAclRulesBefore),
        message: "has no meaning in a new ACL, which holds only the construct's rules",
      });
    }
  }
  const targetIds = checkStringList('targetIds', props.targetIds, problems);
  if (!Token.isUnresolved(targetIds)) {
    targetIds.forEach((target, i) => problems.push(...constraintProblems(`targetIds[${i}]`, target, 'ibm_is_security_group_target', 'target')));
  }
  const tags = checkStringList('tags', props.tags, problems);
  if (!createsGroup && !createsAcl) {
    for (const option of ['name', 'resourceGroupId', 'tags'] as const) {
      if (isGiven(props[option]))
        problems.push({
          option,
          value: show(props[option]),
          message: 'only applies to a security group or network ACL that the construct creates (vpcId without securityGroupId, or createNetworkAcl)',
        });
    }
  } else {
    const types = [...(createsGroup ? ['ibm_is_security_group'] : []), ...(createsAcl ? ['ibm_is_network_acl'] : [])];
    // Both types record the same constraints; the first one that reports a problem is enough.
    const firstProblems = (check: (type: string) => ValidationProblem[]) => types.map(check).find((p) => p.length > 0) ?? [];
    if (props.name !== undefined) problems.push(...firstProblems((type) => constraintProblems('name', props.name, type, 'name')));
    checkId('resourceGroupId', props.resourceGroupId, problems);
    if (!Token.isUnresolved(tags)) {
      tags.forEach((tag, i) => problems.push(...firstProblems((type) => constraintProblems(`tags[${i}]`, tag, type, 'tags'))));
    }
  }
  return {
    emitsSecurityGroup,
    emitsNetworkAcl,
    targetIds,
    tags,
    ephemeralPorts: emitsNetworkAcl ? checkPortRange(props.ephemeralPorts, problems) : StatelessRulePlan.DEFAULT_EPHEMERAL_PORTS,
    localCidr: emitsNetworkAcl ? checkLocalCidr(props.localCidr, problems) : IbmDefaults.LOCAL_CIDR,
  };
}

function checkClassic(props: BackupAgentConnectivityProps, emit: Emit, problems: ValidationProblem[]): void {
  for (const option of VPC_ONLY_OPTIONS) {
    if (isGiven(props[option]))
      problems.push({ option, value: show(props[option]), message: 'is a VPC option; remove it or set infrastructure: IbmInfrastructure.VPC' });
  }
  if (emit !== Emit.SECURITY_GROUP) {
    problems.push({ option: 'emit', value: emit, message: 'classic infrastructure has no network ACL resources; use Emit.SECURITY_GROUP' });
  }
  const groupId = props.classicSecurityGroupId;
  if (groupId !== undefined && !Token.isUnresolved(groupId) && !(typeof groupId === 'number' && Number.isInteger(groupId) && groupId > 0)) {
    problems.push({ option: 'classicSecurityGroupId', value: show(groupId), message: 'must be the positive integer id of a classic security group' });
  }
  if (groupId === undefined && (typeof props.name !== 'string' || props.name.trim() === '')) {
    problems.push({
      option: 'name',
      value: show(props.name),
      message: 'a new classic security group needs a name (or give classicSecurityGroupId to use an existing group)',
    });
  }
  if (groupId !== undefined && props.name !== undefined) {
    problems.push({
      option: 'name',
      value: show(props.name),
      message: 'only applies to a classic security group that the construct creates (without classicSecurityGroupId)',
    });
  }
}

function quotaProblems(resolved: Omit<ResolvedIbmConnectivity, 'policy'>, policy: ConnectivityPolicy): ValidationProblem[] {
  const count = policy.rules.length;
  const problems: ValidationProblem[] = [];
  const over = (what: string, rules: number, quota: number) =>
    problems.push({
      option: 'rules',
      value: `${rules} rules`,
      message: `${what} would need ${rules} rules, more than IBM's quota of ${quota}; merge centralControlSources, vaultCidrs or additionalEndpointCidrs into wider CIDRs, name fewer vaultDataCenters, or use a broader mode`,
    });
  if (resolved.infrastructure === IbmInfrastructure.CLASSIC) {
    if (count > IbmQuotas.CLASSIC_SECURITY_GROUP_RULES) over('the classic security group', count, IbmQuotas.CLASSIC_SECURITY_GROUP_RULES);
    return problems;
  }
  if (resolved.emitsSecurityGroup && count > IbmQuotas.VPC_SECURITY_GROUP_RULES)
    over('the VPC security group', count, IbmQuotas.VPC_SECURITY_GROUP_RULES);
  if (resolved.emitsNetworkAcl) {
    const aclRules = ibmStatelessPlan(policy, resolved.ephemeralPorts).rules.length;
    if (aclRules > IbmQuotas.VPC_NETWORK_ACL_RULES) over('the network ACL (each rule with its reply)', aclRules, IbmQuotas.VPC_NETWORK_ACL_RULES);
  }
  return problems;
}

/**
 * Resolves the policy and checks the IBM options, throwing one `ConnectivityValidationError` that
 * lists every problem found (policy options, option combinations, names, tags, target ids, quotas).
 * @param props the construct's props
 * @param constructPath the construct path to name in the error
 */
export function resolveIbmConnectivity(props: BackupAgentConnectivityProps, constructPath: string): ResolvedIbmConnectivity {
  const problems: ValidationProblem[] = [];
  if (typeof props !== 'object' || props === null) {
    throw new ConnectivityValidationError([{ option: 'props', value: String(props), message: 'must be an object' }], constructPath);
  }
  let policy: ConnectivityPolicy | undefined;
  try {
    policy = ConnectivityPolicy.resolve(props, constructPath);
  } catch (error) {
    if (!(error instanceof ConnectivityValidationError)) throw error;
    problems.push(...error.problems);
  }
  checkEnum('infrastructure', props.infrastructure, IbmInfrastructure, problems);
  checkEnum('emit', props.emit, Emit, problems);
  // The other checks depend on both; without them they would only add noise.
  const enumProblems = problems.filter((p) => p.option === 'infrastructure' || p.option === 'emit');
  if (enumProblems.length > 0) throw new ConnectivityValidationError(problems, constructPath);
  const infrastructure = props.infrastructure ?? IbmInfrastructure.VPC;
  const emit = props.emit ?? Emit.SECURITY_GROUP;
  let resolved: Omit<ResolvedIbmConnectivity, 'policy'>;
  if (infrastructure === IbmInfrastructure.CLASSIC) {
    checkClassic(props, emit, problems);
    resolved = {
      infrastructure,
      emit,
      emitsSecurityGroup: true,
      emitsNetworkAcl: false,
      targetIds: [],
      createNetworkAcl: false,
      ephemeralPorts: StatelessRulePlan.DEFAULT_EPHEMERAL_PORTS,
      localCidr: IbmDefaults.LOCAL_CIDR,
      name: props.name,
      tags: [],
      classicSecurityGroupId: props.classicSecurityGroupId,
    };
  } else {
    const vpc = checkVpc(props, emit, problems);
    resolved = {
      infrastructure,
      emit,
      ...vpc,
      vpcId: props.vpcId,
      securityGroupId: props.securityGroupId,
      networkAclId: props.networkAclId,
      networkAclRulesBefore: props.networkAclRulesBefore,
      createNetworkAcl: vpc.emitsNetworkAcl && props.createNetworkAcl === true,
      name: props.name,
      resourceGroupId: props.resourceGroupId,
    };
  }
  if (policy !== undefined) problems.push(...quotaProblems(resolved, policy));
  if (problems.length > 0 || policy === undefined) throw new ConnectivityValidationError(problems, constructPath);
  return { policy, ...resolved };
}
