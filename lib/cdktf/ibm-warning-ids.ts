import { NEW_NETWORK_ACL_WARNING_ID } from '../core/warnings';

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
