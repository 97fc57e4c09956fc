import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { ConnectivityOptions, Emit, PortRange, StatelessRulePlan } from '../core';

/** Properties of {@link BackupAgentConnectivity}: the policy options plus where to render them. */
export interface BackupAgentConnectivityProps extends ConnectivityOptions {
  /** The VPC of the agent's instances; a new security group or network ACL is created in it. */
  readonly vpc: ec2.IVpc;

  /**
   * Which firewall resources to emit.
   * @default Emit.SECURITY_GROUP
   */
  readonly emit?: Emit;

  /**
   * An existing security group to add the rules to, as separate rule resources or inline rules,
   * the way CDK adds rules to that group. It must not allow all outbound traffic and must be mutable.
   * @default - a new security group that allows no outbound traffic beyond the policy
   */
  readonly securityGroup?: ec2.ISecurityGroup;

  /**
   * An existing network ACL to add entries to. Required (or `networkAclSubnets`) when `emit` is
   * `NETWORK_ACL` or `BOTH`.
   * @default - none
   */
  readonly networkAcl?: ec2.INetworkAcl;

  /**
   * Create a new network ACL for these subnets. A new custom ACL denies every flow it does not
   * list, so the subnets lose all other traffic: prefer `networkAcl`.
   * @default - none
   */
  readonly networkAclSubnets?: ec2.SubnetSelection;

  /**
   * Rule number of the first network ACL entry in each direction.
   * @default 100
   */
  readonly networkAclRuleNumberStart?: number;

  /**
   * Distance between consecutive network ACL rule numbers, leaving room for entries of your own.
   * @default 10
   */
  readonly networkAclRuleNumberStep?: number;

  /**
   * Ports on which reply traffic of the stateless network ACL travels (the client side of each
   * connection: the agent's for egress rules, the peer's for ingress rules).
   * @default { from: 1024, to: 65535 }
   */
  readonly ephemeralPorts?: PortRange;
}

/** Defaults of the network ACL properties. */
export class NetworkAclDefaults {
  /** Default of `networkAclRuleNumberStart`. */
  public static readonly RULE_NUMBER_START = 100;
  /** Default of `networkAclRuleNumberStep`. */
  public static readonly RULE_NUMBER_STEP = 10;
  /** Highest rule number AWS accepts. */
  public static readonly MAX_RULE_NUMBER = 32766;
  /** Default of `ephemeralPorts`. */
  public static readonly EPHEMERAL_PORTS: PortRange = StatelessRulePlan.DEFAULT_EPHEMERAL_PORTS;
  /** AWS's default quota of entries per direction of a network ACL. */
  public static readonly ENTRY_QUOTA_PER_DIRECTION = 20;

  private constructor() {}
}
