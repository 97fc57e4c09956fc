/**
 * Hand-written configurations of the seven IBM resources the constructs use and of the provider
 * block, each with the verdict `terraform validate` gives with the real IBM provider, as read from
 * the tagged Go source of IBM-Cloud/terraform-provider-ibm. Line numbers are those of the file at
 * v2.5.0 (9f9b7ecf) and, after the slash, at v1.87.3 (994a2f2e); `vpc/`, `classic/` and
 * `provider.go` stand for `ibm/service/vpc/`, `ibm/service/classicinfrastructure/` and
 * `ibm/provider/provider.go`. Where the releases differ, the case carries one verdict per release.
 */

/** `valid`, or an error whose flattened Terraform output matches the pattern. */
export type Verdict = 'valid' | RegExp;

/** One configuration of the table. */
export interface ConformanceCase {
  /** Terraform name of the resource (or alias of the provider configuration). */
  readonly name: string;
  /** Resource type, or `provider` for a `provider "ibm"` configuration. */
  readonly type: string;
  readonly body: Record<string, unknown>;
  /** The verdict of every release, or of each release where they differ. */
  readonly verdict: Verdict | Readonly<Record<'1.87.3' | '2.5.0', Verdict>>;
  /** Where the tagged source decides it. */
  readonly source: string;
}

const SG = 'r006-5f8bd5b9-3a3e-4b6a-9e0e-2d0c8f3a9c11';
const VPC = 'r006-2b5b9b6a-8c3c-4f5e-9f3e-6c1d2e3f4a5b';
const ACL = 'r006-7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const TARGET = '0717-3e8c5a7b-1d2e-4f3a-9b8c-7d6e5f4a3b2c';

const NOT_ALLOWED = /must contain a value from/;
const OUT_OF_RANGE = /to be in the range/;

const sgRule = { group: SG, direction: 'inbound', remote: '10.0.0.0/8' };
const aclRule = { network_acl: ACL, name: 'allow-backup', action: 'allow', source: '10.0.0.0/8', destination: '10.240.0.0/24', direction: 'inbound' };
const inlineRule = { name: 'allow-backup', action: 'allow', source: '10.0.0.0/8', destination: '10.240.0.0/24', direction: 'inbound' };
const classicRule = { direction: 'egress', security_group_id: 123456 };

/** The table: 55 configurations. */
export const CONFORMANCE_CASES: readonly ConformanceCase[] = [
  // ibm_is_security_group_rule: vpc/resource_ibm_is_security_group_rule.go
  {
    name: 'sgr_tcp_port',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, protocol: 'tcp', port_min: 22, port_max: 22 },
    verdict: 'valid',
    source: 'protocol :199/:192, port_min :224/:215 RequiredWith protocol,port_max',
  },
  {
    name: 'sgr_name',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, name: 'allow-ssh', protocol: 'tcp', port_min: 22, port_max: 22 },
    verdict: 'valid',
    source: 'name Optional+Computed :102/:95',
  },
  {
    name: 'sgr_protocol_any',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, protocol: 'any' },
    verdict: { '2.5.0': 'valid', '1.87.3': NOT_ALLOWED },
    source: 'protocol validator table :343 (251 values) / :282 (tcp, udp, icmp, icmp_tcp_udp)',
  },
  {
    name: 'sgr_protocol_number_2',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, protocol: 'number_2' },
    verdict: { '2.5.0': 'valid', '1.87.3': NOT_ALLOWED },
    source: 'protocol validator table :343 / :282',
  },
  {
    name: 'sgr_protocol_icmp_tcp_udp',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, protocol: 'icmp_tcp_udp' },
    verdict: 'valid',
    source: 'protocol validator table :343 / :282',
  },
  {
    name: 'sgr_protocol_number_0',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, protocol: 'number_0' },
    verdict: NOT_ALLOWED,
    source: 'protocol validator table :343 / :282 (no number_0)',
  },
  {
    name: 'sgr_direction_ingress',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, direction: 'ingress' },
    verdict: /"direction" must contain a value from \[inbound, outbound\], got "ingress"/,
    source: 'direction :73/:66, table :301/:240',
  },
  {
    name: 'sgr_ip_version_ipv6',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, ip_version: 'ipv6' },
    verdict: /"ip_version" must contain a value from \[ipv4\]/,
    source: 'ip_version :80/:73, table :308/:247',
  },
  {
    name: 'sgr_port_min_only',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, protocol: 'tcp', port_min: 22 },
    verdict: /all of `port_max,port_min,protocol` must be specified/,
    source: 'port_min RequiredWith protocol,port_max :228/:218',
  },
  {
    name: 'sgr_ports_without_protocol',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, port_min: 22, port_max: 22 },
    verdict: /all of `port_max,port_min,protocol` must be specified/,
    source: 'port_min/port_max RequiredWith :228,:236 / :218,:225',
  },
  {
    name: 'sgr_port_zero',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, protocol: 'tcp', port_min: 0, port_max: 22 },
    verdict: OUT_OF_RANGE,
    source: 'port_min IntBetween 1-65535, table :329/:268',
  },
  {
    name: 'sgr_icmp_code_without_type',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, protocol: 'icmp', code: 0 },
    verdict: { '2.5.0': /all of `code,protocol,type` must be specified/, '1.87.3': 'valid' },
    source: 'code RequiredWith protocol,type :220 / protocol only :211',
  },
  {
    name: 'sgr_icmp_type_code',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, protocol: 'icmp', type: 8, code: 0 },
    verdict: 'valid',
    source: 'type :208/:201, code :216/:208',
  },
  {
    name: 'sgr_icmp_type_255',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, protocol: 'icmp', type: 255 },
    verdict: OUT_OF_RANGE,
    source: 'type IntBetween 0-254, table :315/:254',
  },
  {
    name: 'sgr_tcp_block_and_protocol',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, protocol: 'tcp', tcp: [{ port_min: 22, port_max: 22 }] },
    verdict: /conflicts with tcp/,
    source: 'protocol ConflictsWith tcp,icmp,udp :205/:198',
  },
  {
    name: 'sgr_tcp_block',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, tcp: [{ port_min: 22, port_max: 22 }] },
    verdict: 'valid',
    source: 'tcp deprecated block, MaxItems 1 :136/:129',
  },
  {
    name: 'sgr_ports_with_icmp',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, protocol: 'icmp', port_min: 1, port_max: 2 },
    verdict: 'valid',
    source: 'ports with icmp are refused by CustomizeDiff ResourceSgRuleProtocolValidate :244, which runs at plan, not at validate',
  },

  // ibm_is_network_acl_rule: vpc/resource_ibm_is_network_acl_rule.go
  {
    name: 'nar_tcp_port_without_source_ports',
    type: 'ibm_is_network_acl_rule',
    body: { ...aclRule, protocol: 'tcp', port_min: 22, port_max: 22 },
    verdict: 'valid',
    source: 'port_min/port_max RequiredWith protocol only :106,:97 / :101,:92',
  },
  {
    name: 'nar_ports_without_protocol',
    type: 'ibm_is_network_acl_rule',
    body: { ...aclRule, port_min: 22, port_max: 22 },
    verdict: /all of `port_min,protocol` must be specified/,
    source: 'port_min RequiredWith protocol :106/:101',
  },
  {
    name: 'nar_source_port_max_70000',
    type: 'ibm_is_network_acl_rule',
    body: { ...aclRule, protocol: 'udp', source_port_min: 1, source_port_max: 70000 },
    verdict: OUT_OF_RANGE,
    source: 'source_port_max IntBetween 1-65535, table :441/:373',
  },
  {
    name: 'nar_action_permit',
    type: 'ibm_is_network_acl_rule',
    body: { ...aclRule, action: 'permit' },
    verdict: /"action" must contain a value from \[allow, deny\]/,
    source: 'action :145/:140, table :362/:294',
  },
  {
    name: 'nar_source_any',
    type: 'ibm_is_network_acl_rule',
    body: { ...aclRule, source: 'any' },
    verdict: /must be a valid remote ip address \(cidr or ip\)/,
    source: 'source ValidateIPorCIDR :157/:152, table :400/:332',
  },
  {
    name: 'nar_name_uppercase',
    type: 'ibm_is_network_acl_rule',
    body: { ...aclRule, name: 'Allow-Backup' },
    verdict: /should match regexp/,
    source: 'name ValidateRegexpLen :138/:133, table :385/:317',
  },
  {
    name: 'nar_name_64_chars',
    type: 'ibm_is_network_acl_rule',
    body: { ...aclRule, name: 'a'.repeat(64) },
    verdict: /must contain from 1 to 63 characters/,
    source: 'name ValidateRegexpLen 1-63, table :385/:317',
  },
  {
    name: 'nar_protocol_any',
    type: 'ibm_is_network_acl_rule',
    body: { ...aclRule, protocol: 'any' },
    verdict: { '2.5.0': 'valid', '1.87.3': NOT_ALLOWED },
    source: 'protocol table :457 / :389',
  },
  {
    name: 'nar_icmp_code_without_type',
    type: 'ibm_is_network_acl_rule',
    body: { ...aclRule, protocol: 'icmp', code: 0 },
    verdict: { '2.5.0': /all of `code,protocol,type` must be specified/, '1.87.3': 'valid' },
    source: 'code RequiredWith protocol,type :79 / protocol only :76',
  },
  {
    name: 'nar_type_with_ports',
    type: 'ibm_is_network_acl_rule',
    body: { ...aclRule, protocol: 'icmp', type: 8, port_min: 1, port_max: 2 },
    verdict: /conflicts with port_min/,
    source: 'type ConflictsWith port_min,... :88/:84',
  },
  {
    name: 'nar_network_acl_free_form',
    type: 'ibm_is_network_acl_rule',
    body: { ...aclRule, network_acl: 'Any.Network_ACL' },
    verdict: 'valid',
    source: 'network_acl :54/:50 has no ValidateFunc (its table entry :376/:308 is never invoked)',
  },
  {
    name: 'nar_before',
    type: 'ibm_is_network_acl_rule',
    body: { ...aclRule, before: 'r006-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' },
    verdict: 'valid',
    source: 'before Optional+Computed :65/:61',
  },
  {
    name: 'nar_icmp_block_and_tcp_block',
    type: 'ibm_is_network_acl_rule',
    body: { ...aclRule, icmp: [{ type: 8 }], tcp: [{ port_min: 22, port_max: 22 }] },
    verdict: /conflicts with/,
    source: 'icmp ConflictsWith tcp,udp,protocol :178/:173',
  },

  // ibm_is_network_acl: vpc/resource_ibm_is_network_acl.go at v2.5.0, vpc/resource_ibm_is_networkacls.go at v1.87.3
  {
    name: 'na_inline_rules',
    type: 'ibm_is_network_acl',
    body: { vpc: VPC, name: 'backup-acl', rules: [{ ...inlineRule, protocol: 'tcp', port_min: 443, port_max: 443 }] },
    verdict: 'valid',
    source: 'rules :153/:145',
  },
  { name: 'na_without_vpc', type: 'ibm_is_network_acl', body: { name: 'backup-acl' }, verdict: 'valid', source: 'vpc Optional :89/:87' },
  {
    name: 'na_incremental_rule_update',
    type: 'ibm_is_network_acl',
    body: { vpc: VPC, incremental_rule_update: true },
    verdict: { '2.5.0': 'valid', '1.87.3': /No argument or block type is named "incremental_rule_update"/ },
    source: 'incremental_rule_update :147 (absent at v1.87.3)',
  },
  {
    name: 'na_rule_direction_in',
    type: 'ibm_is_network_acl',
    body: { vpc: VPC, rules: [{ ...inlineRule, direction: 'in' }] },
    verdict: /"rules\[0\]\.direction" must contain a value from \[inbound, outbound\], got "in"/,
    source: 'rules.direction :191/:183, table :403/:386',
  },
  {
    name: 'na_rule_protocol_esp',
    type: 'ibm_is_network_acl',
    body: { vpc: VPC, rules: [{ ...inlineRule, protocol: 'esp' }] },
    verdict: { '2.5.0': 'valid', '1.87.3': NOT_ALLOWED },
    source: 'rules.protocol table :500 / :483',
  },
  {
    name: 'na_tag_with_slash',
    type: 'ibm_is_network_acl',
    body: { vpc: VPC, tags: ['bad/tag'] },
    verdict: /should match regexp/,
    source: 'tags elem ValidateRegexpLen :106/:104, table :482/:465',
  },
  {
    name: 'na_rule_tcp_port_zero',
    type: 'ibm_is_network_acl',
    body: { vpc: VPC, rules: [{ ...inlineRule, tcp: [{ port_min: 0 }] }] },
    verdict: OUT_OF_RANGE,
    source: 'rules.tcp.port_min :293/:277, table :454/:437',
  },

  // ibm_is_security_group: vpc/resource_ibm_is_security_group.go
  {
    name: 'sg_named',
    type: 'ibm_is_security_group',
    body: { vpc: VPC, name: 'backup-agents', tags: ['env:prod'], access_tags: ['project:backup'] },
    verdict: 'valid',
    source: 'name :63, tags :77, access_tags :86',
  },
  {
    name: 'sg_without_vpc',
    type: 'ibm_is_security_group',
    body: { name: 'backup-agents' },
    verdict: /The argument "vpc" is required/,
    source: 'vpc Required :70',
  },
  {
    name: 'sg_name_underscore',
    type: 'ibm_is_security_group',
    body: { vpc: VPC, name: 'Backup_Agents' },
    verdict: /should match regexp/,
    source: 'name table :149',
  },
  {
    name: 'sg_access_tag_without_colon',
    type: 'ibm_is_security_group',
    body: { vpc: VPC, access_tags: ['backup'] },
    verdict: /should match regexp/,
    source: 'access_tags elem, table accesstag :169',
  },
  {
    name: 'sg_rules_computed',
    type: 'ibm_is_security_group',
    body: { vpc: VPC, rules: [] },
    verdict: /Invalid Configuration for Read-Only Attribute|unconfigurable attribute/,
    source: 'rules Computed only :101',
  },

  // ibm_is_security_group_target: vpc/resource_ibm_is_security_group_target.go
  {
    name: 'sgt_target',
    type: 'ibm_is_security_group_target',
    body: { security_group: SG, target: TARGET },
    verdict: 'valid',
    source: 'security_group :43, target :50',
  },
  {
    name: 'sgt_target_uppercase',
    type: 'ibm_is_security_group_target',
    body: { security_group: SG, target: 'Bad.Target' },
    verdict: /should match regexp/,
    source: 'target table :82',
  },
  {
    name: 'sgt_security_group_free_form',
    type: 'ibm_is_security_group_target',
    body: { security_group: 'Any.Group', target: TARGET },
    verdict: 'valid',
    source: 'security_group :43 has no ValidateFunc (its table entry :90 is never invoked)',
  },

  // ibm_security_group: classic/resource_ibm_securitygroup.go
  {
    name: 'csg_named',
    type: 'ibm_security_group',
    body: { name: 'backup-agents', description: 'IBM Cloud Backup agents' },
    verdict: 'valid',
    source: 'name :29, description :35',
  },
  {
    name: 'csg_without_name',
    type: 'ibm_security_group',
    body: { description: 'x' },
    verdict: /The argument "name" is required/,
    source: 'name Required :29',
  },

  // ibm_security_group_rule: classic/resource_ibm_securitygroup_rule.go, ibm/validate/validators.go
  {
    name: 'csgr_tcp_range',
    type: 'ibm_security_group_rule',
    body: { ...classicRule, ether_type: 'IPv4', protocol: 'tcp', port_range_min: 8086, port_range_max: 8087, remote_ip: '10.200.0.0/16' },
    verdict: 'valid',
    source: 'direction :30, ether_type :36, protocol :66, remote_ip :59',
  },
  {
    name: 'csgr_direction_outbound',
    type: 'ibm_security_group_rule',
    body: { ...classicRule, direction: 'outbound' },
    verdict: /"direction" must contain a value from \[egress, ingress\]/,
    source: 'direction ValidateSecurityRuleDirection :34',
  },
  {
    name: 'csgr_remote_ip_and_group',
    type: 'ibm_security_group_rule',
    body: { ...classicRule, remote_ip: '10.0.0.1', remote_group_id: 2 },
    verdict: /conflicts with remote_group_id/,
    source: 'remote_ip ConflictsWith remote_group_id :59',
  },
  {
    name: 'csgr_protocol_all',
    type: 'ibm_security_group_rule',
    body: { ...classicRule, protocol: 'all' },
    verdict: NOT_ALLOWED,
    source: 'protocol ValidateSecurityRuleProtocol :70',
  },
  {
    name: 'csgr_remote_ip_invalid',
    type: 'ibm_security_group_rule',
    body: { ...classicRule, remote_ip: '10.0.0.300' },
    verdict: /must be a valid remote ip address/,
    source: 'remote_ip ValidateRemoteIP :63',
  },

  // provider "ibm": provider.go
  {
    name: 'p_trusted_profile',
    type: 'provider',
    body: { region: 'us-south', iam_profile_name: 'backup-automation', ibmcloud_account_id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' },
    verdict: 'valid',
    source: 'iam_profile_name :196/:210, ibmcloud_account_id :230/:250',
  },
  {
    name: 'p_profile_name_without_account',
    type: 'provider',
    body: { iam_profile_name: 'backup-automation' },
    verdict: /all of `iam_profile_name,ibmcloud_account_id` must be specified/,
    source: 'iam_profile_name RequiredWith ibmcloud_account_id :196/:210',
  },
  {
    name: 'p_profile_id_and_name',
    type: 'provider',
    body: { iam_profile_id: 'iam-Profile-1', iam_profile_name: 'backup-automation', ibmcloud_account_id: 'a1b2' },
    verdict: /conflicts with iam_profile/,
    source: 'iam_profile_id ConflictsWith iam_profile_name :190/:203',
  },
  {
    name: 'p_private_endpoint_vpe',
    type: 'provider',
    body: { visibility: 'private', private_endpoint_type: 'vpe' },
    verdict: 'valid',
    source: 'private_endpoint_type ValidateAllowedStringValues [vpe] :219/:237',
  },
  {
    name: 'p_private_endpoint_public',
    type: 'provider',
    body: { private_endpoint_type: 'public' },
    verdict: /"private_endpoint_type" must contain a value from \[vpe\]/,
    source: 'private_endpoint_type :219/:237',
  },
  {
    name: 'p_visibility_internal',
    type: 'provider',
    body: { visibility: 'internal' },
    verdict: NOT_ALLOWED,
    source: 'visibility [public, private, public-and-private] :213/:230',
  },
];

/**
 * Configurations that pass `terraform validate` in every release, with the verdict of
 * `terraform plan` (creating them): the `CustomizeDiff` functions run there. A warning pattern
 * means the plan passes with that warning.
 */
export const PLAN_CASES: readonly (ConformanceCase & { readonly warning?: RegExp })[] = [
  {
    name: 'plan_sgr_ports_with_icmp',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, protocol: 'icmp', port_min: 1, port_max: 2 },
    verdict: { '2.5.0': /attribute 'port_min' conflicts with protocol icmp; ports apply only to tcp\/udp protocol/, '1.87.3': 'valid' },
    source: 'ResourceSgRuleProtocolValidate vpc/resource_ibm_is_security_group_rule.go:244, called at :55 (v2.5.0); no CustomizeDiff at v1.87.3',
  },
  {
    name: 'plan_sgr_type_with_tcp',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, protocol: 'tcp', type: 8 },
    verdict: { '2.5.0': /attribute 'type' conflicts with protocol tcp; 'type' is only valid for icmp protocol/, '1.87.3': 'valid' },
    source: 'ResourceSgRuleProtocolValidate :274-276 (v2.5.0)',
  },
  {
    name: 'plan_sgr_type_zero_with_tcp',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, protocol: 'tcp', type: 0 },
    verdict: 'valid',
    source: 'GetOk ignores the zero value: ResourceSgRuleProtocolValidate :275 (v2.5.0)',
  },
  {
    name: 'plan_sgr_tcp_port',
    type: 'ibm_is_security_group_rule',
    body: { ...sgRule, protocol: 'tcp', port_min: 22, port_max: 22 },
    verdict: 'valid',
    source: 'ResourceSgRuleProtocolValidate :283 (v2.5.0)',
  },
  {
    name: 'plan_nar_source_port_with_any',
    type: 'ibm_is_network_acl_rule',
    body: { ...aclRule, protocol: 'icmp_tcp_udp', source_port_min: 1, source_port_max: 65535 },
    verdict: { '2.5.0': /attribute 'source_port_max' conflicts with protocol icmp_tcp_udp/, '1.87.3': 'valid' },
    source: 'ResourceNaclRuleProtocolValidate vpc/resource_ibm_is_network_acl_rule.go:336-347, called at :49 (v2.5.0)',
  },
  {
    name: 'plan_nar_tcp_ports',
    type: 'ibm_is_network_acl_rule',
    body: { ...aclRule, protocol: 'tcp', port_min: 22, port_max: 22, source_port_min: 1024, source_port_max: 65535 },
    verdict: 'valid',
    source: 'ResourceNaclRuleProtocolValidate :336 (v2.5.0)',
  },
  {
    name: 'plan_sg_access_tags',
    type: 'ibm_is_security_group',
    body: { vpc: VPC, access_tags: ['project:backup'] },
    verdict: 'valid',
    warning: /Not decided offline/,
    source: 'flex.ResourceValidateAccessTags asks the Global Tagging API, called at vpc/resource_ibm_is_security_group.go:52',
  },
];
