/** Which IBM Cloud infrastructure the agent's server runs on. */
export enum IbmInfrastructure {
  /** VPC infrastructure: `ibm_is_security_group*` and `ibm_is_network_acl*` resources. */
  VPC = 'vpc',
  /** Classic infrastructure: `ibm_security_group` and `ibm_security_group_rule` resources. */
  CLASSIC = 'classic',
}
