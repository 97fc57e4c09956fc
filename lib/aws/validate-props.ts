import { Token } from 'aws-cdk-lib/core';
import { Emit, StatelessRulePlan, ValidationProblem } from '../core';
import { isImmutableImport } from './framework-internals';
import { BackupAgentConnectivityProps, NetworkAclDefaults } from './props';
import { checkEnum } from '../core/argument-checks';

/** Whether an emit value renders security group rules. */
export function emitsSecurityGroup(emit: Emit): boolean {
  return emit === Emit.SECURITY_GROUP || emit === Emit.BOTH;
}

/** Whether an emit value renders network ACL entries. */
export function emitsNetworkAcl(emit: Emit): boolean {
  return emit === Emit.NETWORK_ACL || emit === Emit.BOTH;
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && !Token.isUnresolved(value);
}

function checkSecurityGroup(props: BackupAgentConnectivityProps, emit: Emit, problems: ValidationProblem[]): void {
  const group = props.securityGroup;
  if (group === undefined) return;
  if (!emitsSecurityGroup(emit)) {
    problems.push({
      option: 'securityGroup',
      value: group.node.path,
      message: `is given but emit is '${emit}', which adds no security group rules; set emit to Emit.SECURITY_GROUP or Emit.BOTH, or remove it`,
    });
    return;
  }
  if (isImmutableImport(group)) {
    problems.push({
      option: 'securityGroup',
      value: group.node.path,
      message:
        'was imported with mutable: false, so CDK would silently add no rules to it; import it with ' +
        'SecurityGroup.fromSecurityGroupId(scope, id, sgId, { allowAllOutbound: false }) (mutable by default)',
    });
  }
  if (group.allowAllOutbound) {
    problems.push({
      option: 'securityGroup',
      value: group.node.path,
      message:
        'allows all outbound traffic, so CDK would silently drop the egress rules; import it with ' +
        'SecurityGroup.fromSecurityGroupId(scope, id, sgId, { allowAllOutbound: false }) after removing its allow-all egress rule, ' +
        'or create it with allowAllOutbound: false',
    });
  }
}

function checkNetworkAcl(props: BackupAgentConnectivityProps, emit: Emit, problems: ValidationProblem[]): void {
  const given = [props.networkAcl && 'networkAcl', props.networkAclSubnets && 'networkAclSubnets'].filter((x): x is string => !!x);
  if (emitsNetworkAcl(emit)) {
    if (given.length === 0) {
      problems.push({
        option: 'networkAcl',
        value: 'undefined',
        message: `is required when emit is '${emit}': give an existing ACL as networkAcl, or networkAclSubnets to create one`,
      });
    } else if (given.length === 2) {
      problems.push({
        option: 'networkAclSubnets',
        value: '[object]',
        message: 'cannot be combined with networkAcl: give an existing ACL as networkAcl, or networkAclSubnets to create one, not both',
      });
    }
  } else {
    for (const option of given) {
      problems.push({
        option,
        value: '[object]',
        message: `is given but emit is '${emit}', which adds no network ACL entries; set emit to Emit.NETWORK_ACL or Emit.BOTH, or remove it`,
      });
    }
  }
  const start = props.networkAclRuleNumberStart;
  if (start !== undefined && (!isInteger(start) || start < 1 || start > NetworkAclDefaults.MAX_RULE_NUMBER)) {
    problems.push({
      option: 'networkAclRuleNumberStart',
      value: String(start),
      message: `must be an integer in 1-${NetworkAclDefaults.MAX_RULE_NUMBER}`,
    });
  }
  const step = props.networkAclRuleNumberStep;
  if (step !== undefined && (!isInteger(step) || step < 1 || step > NetworkAclDefaults.MAX_RULE_NUMBER)) {
    problems.push({
      option: 'networkAclRuleNumberStep',
      value: String(step),
      message: `must be an integer in 1-${NetworkAclDefaults.MAX_RULE_NUMBER}`,
    });
  }
  problems.push(...StatelessRulePlan.checkEphemeralPorts(props.ephemeralPorts));
}

/**
 * Checks the properties that belong to the AWS construct (not the policy options), reporting every
 * problem found.
 */
export function validateAwsProps(props: BackupAgentConnectivityProps): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  if (props.vpc === undefined || props.vpc === null) {
    problems.push({ option: 'vpc', value: String(props.vpc), message: "is required: the VPC of the agent's instances" });
  }
  const emit = props.emit ?? Emit.SECURITY_GROUP;
  const before = problems.length;
  checkEnum('emit', emit, Emit, problems, String);
  if (problems.length > before) return problems;
  checkSecurityGroup(props, emit, problems);
  checkNetworkAcl(props, emit, problems);
  return problems;
}
