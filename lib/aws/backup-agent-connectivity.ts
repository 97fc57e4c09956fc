import { Annotations, CfnResource } from 'aws-cdk-lib/core';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { ConnectivityIntent, ConnectivityPolicy, ConnectivityValidationError, Emit, ValidationProblem } from '../core';
import {
  addNetworkAclEntries,
  awsStatelessPlan,
  busiestDirectionEntries,
  checkAclSubnets,
  checkRuleNumberCollisions,
  checkRuleNumbers,
  planAclEntries,
} from './network-acl';
import { BackupAgentConnectivityProps, NetworkAclDefaults } from './props';
import { addSecurityGroupRules, SECURITY_GROUP_DESCRIPTION } from './security-group-rules';
import { emitsNetworkAcl, emitsSecurityGroup, validateAwsProps } from './validate-props';
import { NEW_NETWORK_ACL_WARNING_ID } from '../core/warnings';

/** Stable identifiers of the warnings that the AWS construct adds on top of the policy's warnings. */
export class AwsConnectivityWarningIds {
  /** A new custom network ACL was created: it denies every flow it does not list. */
  public static readonly NEW_NETWORK_ACL = NEW_NETWORK_ACL_WARNING_ID;
  /** More network ACL entries per direction than AWS's default quota. */
  public static readonly NETWORK_ACL_QUOTA = 'BackupAgentConnectivity:NetworkAclQuota';

  private constructor() {}
}

/**
 * The firewall openings of IBM Cloud Backup agents in an AWS VPC: security group rules and/or
 * network ACL entries (with their reply entries), exactly the rules of the resolved
 * {@link ConnectivityPolicy}.
 */
export class BackupAgentConnectivity extends Construct implements ec2.IConnectable {
  /** GroupDescription of the security groups the construct creates; constant, so that a group is never replaced. */
  public static readonly SECURITY_GROUP_DESCRIPTION: string = SECURITY_GROUP_DESCRIPTION;

  /** The resolved policy whose rules the construct emitted. */
  public readonly policy: ConnectivityPolicy;
  /** What the construct emitted. */
  public readonly emit: Emit;
  /** The security group holding the rules; undefined when `emit` is `NETWORK_ACL`. */
  public readonly securityGroup?: ec2.ISecurityGroup;
  /** The network ACL holding the entries; undefined when `emit` is `SECURITY_GROUP`. */
  public readonly networkAcl?: ec2.INetworkAcl;
  /** Connections of the security group (none when `emit` is `NETWORK_ACL`); default port: the management port. */
  public readonly connections: ec2.Connections;

  /**
   * @param scope parent construct
   * @param id construct id
   * @param props the VPC, the policy options and where to render them
   * @throws ConnectivityValidationError listing every invalid property, with this construct's path
   */
  constructor(scope: Construct, id: string, props: BackupAgentConnectivityProps) {
    super(scope, id);
    const problems: ValidationProblem[] = validateAwsProps(props ?? ({} as BackupAgentConnectivityProps));
    let policy: ConnectivityPolicy | undefined;
    try {
      policy = ConnectivityPolicy.resolve(props, this.node.path);
    } catch (error) {
      if (!(error instanceof ConnectivityValidationError)) throw error;
      problems.push(...error.problems);
    }
    const numbering = {
      start: props?.networkAclRuleNumberStart ?? NetworkAclDefaults.RULE_NUMBER_START,
      step: props?.networkAclRuleNumberStep ?? NetworkAclDefaults.RULE_NUMBER_STEP,
    };
    const emit = props?.emit ?? Emit.SECURITY_GROUP;
    const ephemeralPorts = props?.ephemeralPorts ?? NetworkAclDefaults.EPHEMERAL_PORTS;
    if (emitsNetworkAcl(emit)) {
      if (props.vpc && props.networkAclSubnets && !props.networkAcl) problems.push(...checkAclSubnets(props.vpc, props.networkAclSubnets));
      const numberingValid = !problems.some((p) => p.option.startsWith('networkAclRuleNumber'));
      if (policy && numberingValid) problems.push(...checkRuleNumbers(busiestDirectionEntries(policy, ephemeralPorts), numbering));
    }
    if (problems.length > 0 || !policy) throw new ConnectivityValidationError(problems, this.node.path);

    this.policy = policy;
    this.emit = emit;
    for (const warning of policy.warnings) Annotations.of(this).addWarningV2(warning.id, warning.message);

    const emitted: CfnResource[] = [];
    if (emitsSecurityGroup(emit)) {
      this.securityGroup =
        props.securityGroup ??
        new ec2.SecurityGroup(this, 'SecurityGroup', { vpc: props.vpc, description: SECURITY_GROUP_DESCRIPTION, allowAllOutbound: false });
      emitted.push(...addSecurityGroupRules(this.securityGroup, policy.rules));
    }
    this.connections = new ec2.Connections({
      securityGroups: this.securityGroup ? [this.securityGroup] : [],
      defaultPort: ec2.Port.tcp(policy.options.managementPort),
    });

    if (emitsNetworkAcl(emit)) {
      this.networkAcl = props.networkAcl ?? this.createNetworkAcl(props);
      const plan = awsStatelessPlan(policy, ephemeralPorts);
      addNetworkAclEntries(this, this.networkAcl, planAclEntries(plan, numbering));
      this.warnAboutQuota(plan.busiestDirectionCount());
      checkRuleNumberCollisions(this);
    }

    const [first, ...others] = this.emittedInOrder(emitted);
    first?.addMetadata(ConnectivityIntent.METADATA_KEY, ConnectivityIntent.record(policy, this.node.path, 'aws', emit));
    const reference = ConnectivityIntent.reference(this.node.path);
    for (const resource of others) resource.addMetadata(ConnectivityIntent.METADATA_KEY, reference);
  }

  /**
   * Every resource the construct emitted, in the order it emitted them: the security group it
   * created, the rule resources of the group, then its network ACL, the ACL's subnet associations
   * and the ACL entries. The first one carries the intent record, the others a reference to it.
   * @param ruleResources the rule resources added to the group, which may live outside this construct
   */
  private emittedInOrder(ruleResources: readonly CfnResource[]): CfnResource[] {
    const own = this.node.findAll().filter((c): c is CfnResource => CfnResource.isCfnResource(c));
    const createdGroup = this.node.tryFindChild('SecurityGroup');
    const groupResources = createdGroup ? own.filter((r) => r.node.scopes.includes(createdGroup)) : [];
    return [...new Set([...groupResources, ...ruleResources, ...own])];
  }

  private createNetworkAcl(props: BackupAgentConnectivityProps): ec2.NetworkAcl {
    const subnets = props.vpc.selectSubnets(props.networkAclSubnets);
    Annotations.of(this).addWarningV2(
      AwsConnectivityWarningIds.NEW_NETWORK_ACL,
      `A NEW NETWORK ACL REPLACES THE CURRENT ACL OF ${subnets.subnets.length} SUBNET(S) and denies every flow it does not list: ` +
        'those subnets lose ALL other traffic (application, SSH/RDP, DNS, updates, load balancer health checks). ' +
        "Prefer adding the entries to the subnets' existing ACL with networkAcl.",
    );
    return new ec2.NetworkAcl(this, 'NetworkAcl', { vpc: props.vpc, subnetSelection: props.networkAclSubnets });
  }

  private warnAboutQuota(most: number): void {
    if (most > NetworkAclDefaults.ENTRY_QUOTA_PER_DIRECTION) {
      Annotations.of(this).addWarningV2(
        AwsConnectivityWarningIds.NETWORK_ACL_QUOTA,
        `The network ACL gets up to ${most} entries per direction from this construct alone, above AWS's default quota of ` +
          `${NetworkAclDefaults.ENTRY_QUOTA_PER_DIRECTION} per direction: deployment fails unless the quota is raised ` +
          '(Service Quotas, "Rules per network ACL") or the options open fewer rules (broad mode needs the fewest).',
      );
    }
  }
}
