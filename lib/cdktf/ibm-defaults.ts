import { IBM_PROVIDER_SOURCE } from '../ibm-schema/build-schema';

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
