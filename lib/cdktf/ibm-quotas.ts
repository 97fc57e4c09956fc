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
