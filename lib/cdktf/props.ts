/**
 * The framework-free part of the IBM Cloud construct's API: its props, the infrastructure enum, the
 * defaults and quotas that bound the props, and the ids of the warnings it raises. Both Terraform CDK
 * entry points export these very objects (the cdktn renderer is generated from the modules that use
 * the framework and imports this one).
 */
import { ConnectivityOptions, Emit, PortRange } from '../core';
import { NEW_NETWORK_ACL_WARNING_ID } from '../core/warnings';
import { IBM_PROVIDER_SOURCE } from '../ibm-schema/build-schema';

/** Which IBM Cloud infrastructure the agent's server runs on. */
export enum IbmInfrastructure {
  /** VPC infrastructure: `ibm_is_security_group*` and `ibm_is_network_acl*` resources. */
  VPC = 'vpc',
  /** Classic infrastructure: `ibm_security_group` and `ibm_security_group_rule` resources. */
  CLASSIC = 'classic',
}

/**
 * Properties of `BackupAgentConnectivity` on IBM Cloud: the connectivity options of the policy, plus
 * where its rules go. VPC options (`vpcId`, `securityGroupId`, `targetIds`, ACL options,
 * `resourceGroupId`, `tags`) and classic options (`classicSecurityGroupId`) cannot be mixed.
 */
export interface BackupAgentConnectivityProps extends ConnectivityOptions {
  /**
   * The infrastructure the agent's server runs on.
   * @default IbmInfrastructure.VPC
   */
  readonly infrastructure?: IbmInfrastructure;

  /**
   * What to emit: security group rules, network ACL rules (VPC only) or both.
   * @default Emit.SECURITY_GROUP
   */
  readonly emit?: Emit;

  /**
   * VPC: the VPC in which to create a security group (`ibm_is_security_group`), and a network ACL when
   * `createNetworkAcl` is set. Give either this or `securityGroupId` when a security group is emitted.
   * @default - none
   */
  readonly vpcId?: string;

  /**
   * VPC: an existing security group to add the rules to, instead of creating one in `vpcId`.
   * @default - none
   */
  readonly securityGroupId?: string;

  /**
   * VPC: targets to attach the security group to (network interfaces, virtual network interfaces,
   * load balancers, endpoint gateways, VPN servers), one `ibm_is_security_group_target` each.
   * @default - none (attach the group yourself)
   */
  readonly targetIds?: string[];

  /**
   * VPC: an existing network ACL to add the rules to, when `emit` includes network ACLs.
   * @default - none
   */
  readonly networkAclId?: string;

  /**
   * VPC: the id of the rule of `networkAclId` that the construct's ACL rules go ahead of (for example
   * the first `deny` rule). Without it the rules are appended at the end of the ACL, where a deny rule
   * ahead of them makes them useless, and the construct warns.
   * @default - appended at the end
   */
  readonly networkAclRulesBefore?: string;

  /**
   * VPC: create a new network ACL in `vpcId` that holds only the agent's rules. Such an ACL denies
   * every other flow of the subnets it is attached to, so this is an explicit opt-in and warns.
   * Attaching the ACL to subnets is left to the caller.
   * @default false
   */
  readonly createNetworkAcl?: boolean;

  /**
   * VPC network ACLs: the client (ephemeral) ports that requests come from and replies go to.
   * ACLs are stateless, so each rule has a reply rule between the service ports and these ports.
   * @default { from: 1024, to: 65535 }
   */
  readonly ephemeralPorts?: PortRange;

  /**
   * VPC network ACLs: the agent's side of each ACL rule (an IPv4 address or CIDR, such as the agent's
   * subnet). An ACL filters whole subnets, so the default opens these flows for every server in the
   * subnets the ACL is attached to.
   * @default '0.0.0.0/0'
   */
  readonly localCidr?: string;

  /**
   * Name of the created resources. VPC: name of the created security group and network ACL, which
   * must follow IBM's VPC name pattern (lower case letters, digits and dashes, 1-63 characters).
   * Classic: name of the created classic security group (free text), required when
   * `classicSecurityGroupId` is not given.
   * @default - VPC: IBM assigns a name; classic: none (an error when a group is created)
   */
  readonly name?: string;

  /**
   * VPC: resource group of the created security group and network ACL.
   * @default - the account's default resource group
   */
  readonly resourceGroupId?: string;

  /**
   * VPC: user tags of the created security group and network ACL.
   * @default - none
   */
  readonly tags?: string[];

  /**
   * Classic: an existing classic security group to add the rules to, instead of creating one.
   * @default - a new group named `name`
   */
  readonly classicSecurityGroupId?: number;
}

/** Fixed values of the IBM Cloud construct. */
export class IbmDefaults {
  /** The IBM provider's registry address as written in `required_providers`. */
  public static readonly PROVIDER_SOURCE = IBM_PROVIDER_SOURCE;
  /** Default of `localCidr`: the agent side of network ACL rules matches any address of the subnets. */
  public static readonly LOCAL_CIDR = '0.0.0.0/0';
  /** Description of a created classic security group; constant, so that it never changes with the options. */
  public static readonly CLASSIC_GROUP_DESCRIPTION = 'IBM Cloud Backup agent connectivity';

  private constructor() {}
}

/**
 * IBM Cloud quotas that bound how many rules one construct may emit (IBM Cloud docs: VPC
 * `quotas.md`, classic security groups `sg_perf_limits.md`).
 */
export class IbmQuotas {
  /** Rules per VPC security group. */
  public static readonly VPC_SECURITY_GROUP_RULES = 250;
  /** Rules per VPC network ACL. */
  public static readonly VPC_NETWORK_ACL_RULES = 200;
  /** Rules per classic security group. */
  public static readonly CLASSIC_SECURITY_GROUP_RULES = 50;

  private constructor() {}
}

/**
 * Stable identifiers of the warnings that only the IBM Cloud construct raises; the policy's own
 * warnings keep their `PolicyWarningIds`. Every warning message starts with its identifier.
 */
export class IbmWarningIds {
  /** ACL rules are appended to an existing ACL, where a deny rule ahead of them may hide them. */
  public static readonly NETWORK_ACL_RULES_APPENDED = 'BackupAgentConnectivity:NetworkAclRulesAppended';
  /** A new network ACL denies every flow it does not list. */
  public static readonly NEW_NETWORK_ACL = NEW_NETWORK_ACL_WARNING_ID;
  /** Federal classic: the provider needs the US Government classic endpoint. */
  public static readonly FEDERAL_CLASSIC_ENDPOINT = 'BackupAgentConnectivity:FederalClassicEndpoint';

  private constructor() {}
}
