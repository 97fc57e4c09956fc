import { Construct } from 'constructs';
import { Annotations, TerraformResource } from 'cdktf';
import { BackupTarget, ConnectivityIntent, ConnectivityPolicy, Emit } from '../core';
import { renderClassicSecurityGroup } from './classic-security-group';
import { IsNetworkAcl } from './ibm-provider/is-network-acl';
import { IsNetworkAclRule } from './ibm-provider/is-network-acl-rule';
import { IsSecurityGroup } from './ibm-provider/is-security-group';
import { IsSecurityGroupRule } from './ibm-provider/is-security-group-rule';
import { IsSecurityGroupTarget } from './ibm-provider/is-security-group-target';
import { SecurityGroup } from './ibm-provider/security-group';
import { SecurityGroupRule } from './ibm-provider/security-group-rule';
import { IbmRequiredProvider } from './ibm-required-provider';
import { BackupAgentConnectivityProps, IbmInfrastructure, IbmWarningIds } from './props';
import { resolveIbmConnectivity, ResolvedIbmConnectivity } from './resolve-props';
import { checkStackFramework } from './stack-framework';
import { renderVpcNetworkAcl } from './vpc-network-acl';
import { renderVpcSecurityGroup } from './vpc-security-group';

/**
 * Writes a construct's intent into the Terraform JSON comment objects of its resources, next to
 * cdktf's own `//.metadata`: the full record on the first resource
 * (`"//": { "metadata": {...}, "BackupAgentConnectivity": {...record} }`) and a reference to the
 * construct on every other, so that the record is written once per construct.
 * @param resources the construct's resources, in the order it emitted them
 * @param policy the policy the construct rendered
 * @param constructPath the construct's path
 * @param platform `ibm-vpc` or `ibm-classic`
 * @param emit what the construct emitted
 */
function addIntentComments(
  resources: readonly TerraformResource[],
  policy: ConnectivityPolicy,
  constructPath: string,
  platform: string,
  emit: Emit,
): void {
  const [first, ...others] = resources;
  first?.addOverride(`//.${ConnectivityIntent.METADATA_KEY}`, ConnectivityIntent.record(policy, constructPath, platform, emit));
  const reference = ConnectivityIntent.reference(constructPath);
  for (const resource of others) resource.addOverride(`//.${ConnectivityIntent.METADATA_KEY}`, reference);
}

/**
 * The firewall openings of IBM Cloud Backup agents on IBM Cloud, for CDK for Terraform: VPC security
 * group rules, VPC network ACL rules (with their reply rules) or classic security group rules, rendered
 * from the provider-neutral `ConnectivityPolicy`.
 *
 * Invalid props throw a `ConnectivityValidationError` naming every problem and the construct path;
 * so does a scope inside a stack of another Terraform CDK package, naming the entry point to use.
 * The policy's warnings, and the construct's own (`IbmWarningIds`), become cdktf warning annotations
 * prefixed with their stable id. The first of `resources()` carries the construct's intent record in
 * its Terraform `//` comment under `BackupAgentConnectivity`, every other one a reference to it
 * (`ConnectivityIntent.reference`).
 */
export class BackupAgentConnectivity extends Construct {
  /** The resolved policy the resources render. */
  public readonly policy: ConnectivityPolicy;
  /** The infrastructure rendered. */
  public readonly infrastructure: IbmInfrastructure;
  /** What was emitted. */
  public readonly emit: Emit;
  /** Id (token) of the created or given security group: a VPC group, or on classic the classic group. */
  public readonly securityGroupId?: string;
  /** Id (token) of the created or given network ACL, when ACL rules are emitted. */
  public readonly networkAclId?: string;
  /** The VPC security group, when the construct created it. */
  public readonly securityGroup?: IsSecurityGroup;
  /** The VPC security group rules, one per policy rule. */
  public readonly securityGroupRules: IsSecurityGroupRule[] = [];
  /** The VPC security group attachments, one per target id. */
  public readonly securityGroupTargets: IsSecurityGroupTarget[] = [];
  /** The VPC network ACL, when the construct created it. */
  public readonly networkAcl?: IsNetworkAcl;
  /** The VPC network ACL rules: each policy rule's request rule, then its reply rule, in ACL order. */
  public readonly networkAclRules: IsNetworkAclRule[] = [];
  /** The classic security group, when the construct created it. */
  public readonly classicSecurityGroup?: SecurityGroup;
  /** The classic security group rules, one per policy rule. */
  public readonly classicSecurityGroupRules: SecurityGroupRule[] = [];

  /**
   * @param scope the parent construct, inside a `TerraformStack`
   * @param id the construct id
   * @param props the connectivity options and where the rules go; @default - commercial, broad, VPC security group (needs vpcId or securityGroupId)
   */
  constructor(scope: Construct, id: string, props: BackupAgentConnectivityProps = {}) {
    super(scope, id);
    checkStackFramework(scope, this.node.path);
    const resolved = resolveIbmConnectivity(props, this.node.path);
    this.policy = resolved.policy;
    this.infrastructure = resolved.infrastructure;
    this.emit = resolved.emit;

    if (resolved.infrastructure === IbmInfrastructure.CLASSIC) {
      const classic = renderClassicSecurityGroup(this, resolved);
      this.securityGroupId = classic.securityGroupId;
      this.classicSecurityGroup = classic.securityGroup;
      this.classicSecurityGroupRules.push(...classic.rules);
    } else {
      if (resolved.emitsSecurityGroup) {
        const group = renderVpcSecurityGroup(this, resolved);
        this.securityGroupId = group.securityGroupId;
        this.securityGroup = group.securityGroup;
        this.securityGroupRules.push(...group.rules);
        this.securityGroupTargets.push(...group.targets);
      }
      if (resolved.emitsNetworkAcl) {
        const acl = renderVpcNetworkAcl(this, resolved);
        this.networkAclId = acl.networkAclId;
        this.networkAcl = acl.networkAcl;
        this.networkAclRules.push(...acl.rules);
      }
    }

    const platform = resolved.infrastructure === IbmInfrastructure.CLASSIC ? 'ibm-classic' : 'ibm-vpc';
    addIntentComments(this.resources(), this.policy, this.node.path, platform, this.emit);
    IbmRequiredProvider.ensure(this);
    this.annotate(resolved);
  }

  /** Every resource the construct emitted, in creation order of kind: groups, rules, targets, ACLs, ACL rules. */
  public resources(): TerraformResource[] {
    return [
      ...(this.securityGroup ? [this.securityGroup] : []),
      ...this.securityGroupRules,
      ...this.securityGroupTargets,
      ...(this.networkAcl ? [this.networkAcl] : []),
      ...this.networkAclRules,
      ...(this.classicSecurityGroup ? [this.classicSecurityGroup] : []),
      ...this.classicSecurityGroupRules,
    ];
  }

  private annotate(resolved: ResolvedIbmConnectivity): void {
    const annotations = Annotations.of(this);
    for (const warning of this.policy.warnings) annotations.addWarning(`${warning.id}: ${warning.message}`);
    if (resolved.createNetworkAcl) {
      annotations.addWarning(
        `${IbmWarningIds.NEW_NETWORK_ACL}: the new network ACL allows only the backup agent's flows and denies everything else ` +
          'in the subnets it is attached to (an ACL without a rule for a flow denies it). Add rules for every other flow of those subnets ' +
          'before attaching it.',
      );
    } else if (resolved.emitsNetworkAcl && resolved.networkAclRulesBefore === undefined) {
      annotations.addWarning(
        `${IbmWarningIds.NETWORK_ACL_RULES_APPENDED}: the network ACL rules are appended at the end of ${resolved.networkAclId}. ` +
          "A deny rule ahead of them (such as the ibmflow-deny-all-* rules that IBM's landing-zone module appends) makes them never match; " +
          'set networkAclRulesBefore to the id of the first deny rule.',
      );
    }
    if (resolved.infrastructure === IbmInfrastructure.CLASSIC && this.policy.options.target === BackupTarget.FEDERAL) {
      annotations.addWarning(
        `${IbmWarningIds.FEDERAL_CLASSIC_ENDPOINT}: the IBM provider has no US Government region; point its classic API at the ` +
          'government endpoint with iaas_classic_endpoint_url (or IAAS_CLASSIC_ENDPOINT_URL).',
      );
    }
  }
}
