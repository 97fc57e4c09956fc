import { NEW_NETWORK_ACL_WARNING_ID } from '../core/warnings';

/** Stable identifiers of the warnings that the AWS construct adds on top of the policy's warnings. */
export class AwsConnectivityWarningIds {
  /** A new custom network ACL was created: it denies every flow it does not list. */
  public static readonly NEW_NETWORK_ACL = NEW_NETWORK_ACL_WARNING_ID;
  /** More network ACL entries per direction than AWS's default quota. */
  public static readonly NETWORK_ACL_QUOTA = 'BackupAgentConnectivity:NetworkAclQuota';

  private constructor() {}
}
