// https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface IsNetworkAclConfig extends cdktf.TerraformMetaArguments {
  /**
  * List of access management tags
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#access_tags IsNetworkAcl#access_tags}
  */
  readonly accessTags?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#id IsNetworkAcl#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * When set to true, enables surgical inline rule updates (add, remove, reorder, patch, recreate only changed rules). When false (default), any change to inline rules deletes all existing rules and recreates them from the configuration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#incremental_rule_update IsNetworkAcl#incremental_rule_update}
  */
  readonly incrementalRuleUpdate?: boolean | cdktf.IResolvable;
  /**
  * Network ACL name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#name IsNetworkAcl#name}
  */
  readonly name?: string;
  /**
  * Resource group ID for the network ACL
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#resource_group IsNetworkAcl#resource_group}
  */
  readonly resourceGroup?: string;
  /**
  * List of tags
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#tags IsNetworkAcl#tags}
  */
  readonly tags?: string[];
  /**
  * Network ACL VPC name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#vpc IsNetworkAcl#vpc}
  */
  readonly vpc?: string;
  /**
  * rules block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#rules IsNetworkAcl#rules}
  */
  readonly rules?: IsNetworkAclRules[] | cdktf.IResolvable;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#timeouts IsNetworkAcl#timeouts}
  */
  readonly timeouts?: IsNetworkAclTimeouts;
}
export interface IsNetworkAclRulesIcmp {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#code IsNetworkAcl#code}
  */
  readonly code?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#type IsNetworkAcl#type}
  */
  readonly type?: number;
}

export function isNetworkAclRulesIcmpToTerraform(struct?: IsNetworkAclRulesIcmpOutputReference | IsNetworkAclRulesIcmp): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    code: cdktf.numberToTerraform(struct!.code),
    type: cdktf.numberToTerraform(struct!.type),
  }
}


export function isNetworkAclRulesIcmpToHclTerraform(struct?: IsNetworkAclRulesIcmpOutputReference | IsNetworkAclRulesIcmp): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    code: {
      value: cdktf.numberToHclTerraform(struct!.code),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    type: {
      value: cdktf.numberToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IsNetworkAclRulesIcmpOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): IsNetworkAclRulesIcmp | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._code !== undefined) {
      hasAnyValues = true;
      internalValueResult.code = this._code;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: IsNetworkAclRulesIcmp | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._code = undefined;
      this._type = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._code = value.code;
      this._type = value.type;
    }
  }

  // code - computed: false, optional: true, required: false
  private _code?: number; 
  public get code() {
    return this.getNumberAttribute('code');
  }
  public set code(value: number) {
    this._code = value;
  }
  public resetCode() {
    this._code = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get codeInput() {
    return this._code;
  }

  // type - computed: false, optional: true, required: false
  private _type?: number; 
  public get type() {
    return this.getNumberAttribute('type');
  }
  public set type(value: number) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }
}
export interface IsNetworkAclRulesTcp {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#port_max IsNetworkAcl#port_max}
  */
  readonly portMax?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#port_min IsNetworkAcl#port_min}
  */
  readonly portMin?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#source_port_max IsNetworkAcl#source_port_max}
  */
  readonly sourcePortMax?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#source_port_min IsNetworkAcl#source_port_min}
  */
  readonly sourcePortMin?: number;
}

export function isNetworkAclRulesTcpToTerraform(struct?: IsNetworkAclRulesTcpOutputReference | IsNetworkAclRulesTcp): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    port_max: cdktf.numberToTerraform(struct!.portMax),
    port_min: cdktf.numberToTerraform(struct!.portMin),
    source_port_max: cdktf.numberToTerraform(struct!.sourcePortMax),
    source_port_min: cdktf.numberToTerraform(struct!.sourcePortMin),
  }
}


export function isNetworkAclRulesTcpToHclTerraform(struct?: IsNetworkAclRulesTcpOutputReference | IsNetworkAclRulesTcp): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    port_max: {
      value: cdktf.numberToHclTerraform(struct!.portMax),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    port_min: {
      value: cdktf.numberToHclTerraform(struct!.portMin),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    source_port_max: {
      value: cdktf.numberToHclTerraform(struct!.sourcePortMax),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    source_port_min: {
      value: cdktf.numberToHclTerraform(struct!.sourcePortMin),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IsNetworkAclRulesTcpOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): IsNetworkAclRulesTcp | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._portMax !== undefined) {
      hasAnyValues = true;
      internalValueResult.portMax = this._portMax;
    }
    if (this._portMin !== undefined) {
      hasAnyValues = true;
      internalValueResult.portMin = this._portMin;
    }
    if (this._sourcePortMax !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourcePortMax = this._sourcePortMax;
    }
    if (this._sourcePortMin !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourcePortMin = this._sourcePortMin;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: IsNetworkAclRulesTcp | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._portMax = undefined;
      this._portMin = undefined;
      this._sourcePortMax = undefined;
      this._sourcePortMin = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._portMax = value.portMax;
      this._portMin = value.portMin;
      this._sourcePortMax = value.sourcePortMax;
      this._sourcePortMin = value.sourcePortMin;
    }
  }

  // port_max - computed: false, optional: true, required: false
  private _portMax?: number; 
  public get portMax() {
    return this.getNumberAttribute('port_max');
  }
  public set portMax(value: number) {
    this._portMax = value;
  }
  public resetPortMax() {
    this._portMax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portMaxInput() {
    return this._portMax;
  }

  // port_min - computed: false, optional: true, required: false
  private _portMin?: number; 
  public get portMin() {
    return this.getNumberAttribute('port_min');
  }
  public set portMin(value: number) {
    this._portMin = value;
  }
  public resetPortMin() {
    this._portMin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portMinInput() {
    return this._portMin;
  }

  // source_port_max - computed: false, optional: true, required: false
  private _sourcePortMax?: number; 
  public get sourcePortMax() {
    return this.getNumberAttribute('source_port_max');
  }
  public set sourcePortMax(value: number) {
    this._sourcePortMax = value;
  }
  public resetSourcePortMax() {
    this._sourcePortMax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourcePortMaxInput() {
    return this._sourcePortMax;
  }

  // source_port_min - computed: false, optional: true, required: false
  private _sourcePortMin?: number; 
  public get sourcePortMin() {
    return this.getNumberAttribute('source_port_min');
  }
  public set sourcePortMin(value: number) {
    this._sourcePortMin = value;
  }
  public resetSourcePortMin() {
    this._sourcePortMin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourcePortMinInput() {
    return this._sourcePortMin;
  }
}
export interface IsNetworkAclRulesUdp {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#port_max IsNetworkAcl#port_max}
  */
  readonly portMax?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#port_min IsNetworkAcl#port_min}
  */
  readonly portMin?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#source_port_max IsNetworkAcl#source_port_max}
  */
  readonly sourcePortMax?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#source_port_min IsNetworkAcl#source_port_min}
  */
  readonly sourcePortMin?: number;
}

export function isNetworkAclRulesUdpToTerraform(struct?: IsNetworkAclRulesUdpOutputReference | IsNetworkAclRulesUdp): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    port_max: cdktf.numberToTerraform(struct!.portMax),
    port_min: cdktf.numberToTerraform(struct!.portMin),
    source_port_max: cdktf.numberToTerraform(struct!.sourcePortMax),
    source_port_min: cdktf.numberToTerraform(struct!.sourcePortMin),
  }
}


export function isNetworkAclRulesUdpToHclTerraform(struct?: IsNetworkAclRulesUdpOutputReference | IsNetworkAclRulesUdp): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    port_max: {
      value: cdktf.numberToHclTerraform(struct!.portMax),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    port_min: {
      value: cdktf.numberToHclTerraform(struct!.portMin),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    source_port_max: {
      value: cdktf.numberToHclTerraform(struct!.sourcePortMax),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    source_port_min: {
      value: cdktf.numberToHclTerraform(struct!.sourcePortMin),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IsNetworkAclRulesUdpOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): IsNetworkAclRulesUdp | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._portMax !== undefined) {
      hasAnyValues = true;
      internalValueResult.portMax = this._portMax;
    }
    if (this._portMin !== undefined) {
      hasAnyValues = true;
      internalValueResult.portMin = this._portMin;
    }
    if (this._sourcePortMax !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourcePortMax = this._sourcePortMax;
    }
    if (this._sourcePortMin !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourcePortMin = this._sourcePortMin;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: IsNetworkAclRulesUdp | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._portMax = undefined;
      this._portMin = undefined;
      this._sourcePortMax = undefined;
      this._sourcePortMin = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._portMax = value.portMax;
      this._portMin = value.portMin;
      this._sourcePortMax = value.sourcePortMax;
      this._sourcePortMin = value.sourcePortMin;
    }
  }

  // port_max - computed: false, optional: true, required: false
  private _portMax?: number; 
  public get portMax() {
    return this.getNumberAttribute('port_max');
  }
  public set portMax(value: number) {
    this._portMax = value;
  }
  public resetPortMax() {
    this._portMax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portMaxInput() {
    return this._portMax;
  }

  // port_min - computed: false, optional: true, required: false
  private _portMin?: number; 
  public get portMin() {
    return this.getNumberAttribute('port_min');
  }
  public set portMin(value: number) {
    this._portMin = value;
  }
  public resetPortMin() {
    this._portMin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portMinInput() {
    return this._portMin;
  }

  // source_port_max - computed: false, optional: true, required: false
  private _sourcePortMax?: number; 
  public get sourcePortMax() {
    return this.getNumberAttribute('source_port_max');
  }
  public set sourcePortMax(value: number) {
    this._sourcePortMax = value;
  }
  public resetSourcePortMax() {
    this._sourcePortMax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourcePortMaxInput() {
    return this._sourcePortMax;
  }

  // source_port_min - computed: false, optional: true, required: false
  private _sourcePortMin?: number; 
  public get sourcePortMin() {
    return this.getNumberAttribute('source_port_min');
  }
  public set sourcePortMin(value: number) {
    this._sourcePortMin = value;
  }
  public resetSourcePortMin() {
    this._sourcePortMin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourcePortMinInput() {
    return this._sourcePortMin;
  }
}
export interface IsNetworkAclRules {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#action IsNetworkAcl#action}
  */
  readonly action: string;
  /**
  * The ICMP traffic code to allow. Valid values from 0 to 255.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#code IsNetworkAcl#code}
  */
  readonly code?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#destination IsNetworkAcl#destination}
  */
  readonly destination: string;
  /**
  * Direction of traffic to enforce, either inbound or outbound
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#direction IsNetworkAcl#direction}
  */
  readonly direction: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#name IsNetworkAcl#name}
  */
  readonly name: string;
  /**
  * The highest port in the range of ports to be matched
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#port_max IsNetworkAcl#port_max}
  */
  readonly portMax?: number;
  /**
  * The lowest port in the range of ports to be matched
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#port_min IsNetworkAcl#port_min}
  */
  readonly portMin?: number;
  /**
  * The name of the network protocol
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#protocol IsNetworkAcl#protocol}
  */
  readonly protocol?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#source IsNetworkAcl#source}
  */
  readonly source: string;
  /**
  * The highest port in the range of ports to be matched
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#source_port_max IsNetworkAcl#source_port_max}
  */
  readonly sourcePortMax?: number;
  /**
  * The lowest port in the range of ports to be matched
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#source_port_min IsNetworkAcl#source_port_min}
  */
  readonly sourcePortMin?: number;
  /**
  * The ICMP traffic type to allow. Valid values from 0 to 254.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#type IsNetworkAcl#type}
  */
  readonly type?: number;
  /**
  * icmp block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#icmp IsNetworkAcl#icmp}
  */
  readonly icmp?: IsNetworkAclRulesIcmp;
  /**
  * tcp block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#tcp IsNetworkAcl#tcp}
  */
  readonly tcp?: IsNetworkAclRulesTcp;
  /**
  * udp block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#udp IsNetworkAcl#udp}
  */
  readonly udp?: IsNetworkAclRulesUdp;
}

export function isNetworkAclRulesToTerraform(struct?: IsNetworkAclRules | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    action: cdktf.stringToTerraform(struct!.action),
    code: cdktf.numberToTerraform(struct!.code),
    destination: cdktf.stringToTerraform(struct!.destination),
    direction: cdktf.stringToTerraform(struct!.direction),
    name: cdktf.stringToTerraform(struct!.name),
    port_max: cdktf.numberToTerraform(struct!.portMax),
    port_min: cdktf.numberToTerraform(struct!.portMin),
    protocol: cdktf.stringToTerraform(struct!.protocol),
    source: cdktf.stringToTerraform(struct!.source),
    source_port_max: cdktf.numberToTerraform(struct!.sourcePortMax),
    source_port_min: cdktf.numberToTerraform(struct!.sourcePortMin),
    type: cdktf.numberToTerraform(struct!.type),
    icmp: isNetworkAclRulesIcmpToTerraform(struct!.icmp),
    tcp: isNetworkAclRulesTcpToTerraform(struct!.tcp),
    udp: isNetworkAclRulesUdpToTerraform(struct!.udp),
  }
}


export function isNetworkAclRulesToHclTerraform(struct?: IsNetworkAclRules | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    action: {
      value: cdktf.stringToHclTerraform(struct!.action),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    code: {
      value: cdktf.numberToHclTerraform(struct!.code),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    destination: {
      value: cdktf.stringToHclTerraform(struct!.destination),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    direction: {
      value: cdktf.stringToHclTerraform(struct!.direction),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    port_max: {
      value: cdktf.numberToHclTerraform(struct!.portMax),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    port_min: {
      value: cdktf.numberToHclTerraform(struct!.portMin),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    protocol: {
      value: cdktf.stringToHclTerraform(struct!.protocol),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    source: {
      value: cdktf.stringToHclTerraform(struct!.source),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    source_port_max: {
      value: cdktf.numberToHclTerraform(struct!.sourcePortMax),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    source_port_min: {
      value: cdktf.numberToHclTerraform(struct!.sourcePortMin),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    type: {
      value: cdktf.numberToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    icmp: {
      value: isNetworkAclRulesIcmpToHclTerraform(struct!.icmp),
      isBlock: true,
      type: "list",
      storageClassType: "IsNetworkAclRulesIcmpList",
    },
    tcp: {
      value: isNetworkAclRulesTcpToHclTerraform(struct!.tcp),
      isBlock: true,
      type: "list",
      storageClassType: "IsNetworkAclRulesTcpList",
    },
    udp: {
      value: isNetworkAclRulesUdpToHclTerraform(struct!.udp),
      isBlock: true,
      type: "list",
      storageClassType: "IsNetworkAclRulesUdpList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IsNetworkAclRulesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): IsNetworkAclRules | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._action !== undefined) {
      hasAnyValues = true;
      internalValueResult.action = this._action;
    }
    if (this._code !== undefined) {
      hasAnyValues = true;
      internalValueResult.code = this._code;
    }
    if (this._destination !== undefined) {
      hasAnyValues = true;
      internalValueResult.destination = this._destination;
    }
    if (this._direction !== undefined) {
      hasAnyValues = true;
      internalValueResult.direction = this._direction;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._portMax !== undefined) {
      hasAnyValues = true;
      internalValueResult.portMax = this._portMax;
    }
    if (this._portMin !== undefined) {
      hasAnyValues = true;
      internalValueResult.portMin = this._portMin;
    }
    if (this._protocol !== undefined) {
      hasAnyValues = true;
      internalValueResult.protocol = this._protocol;
    }
    if (this._source !== undefined) {
      hasAnyValues = true;
      internalValueResult.source = this._source;
    }
    if (this._sourcePortMax !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourcePortMax = this._sourcePortMax;
    }
    if (this._sourcePortMin !== undefined) {
      hasAnyValues = true;
      internalValueResult.sourcePortMin = this._sourcePortMin;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._icmp?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.icmp = this._icmp?.internalValue;
    }
    if (this._tcp?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.tcp = this._tcp?.internalValue;
    }
    if (this._udp?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.udp = this._udp?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: IsNetworkAclRules | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._action = undefined;
      this._code = undefined;
      this._destination = undefined;
      this._direction = undefined;
      this._name = undefined;
      this._portMax = undefined;
      this._portMin = undefined;
      this._protocol = undefined;
      this._source = undefined;
      this._sourcePortMax = undefined;
      this._sourcePortMin = undefined;
      this._type = undefined;
      this._icmp.internalValue = undefined;
      this._tcp.internalValue = undefined;
      this._udp.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._action = value.action;
      this._code = value.code;
      this._destination = value.destination;
      this._direction = value.direction;
      this._name = value.name;
      this._portMax = value.portMax;
      this._portMin = value.portMin;
      this._protocol = value.protocol;
      this._source = value.source;
      this._sourcePortMax = value.sourcePortMax;
      this._sourcePortMin = value.sourcePortMin;
      this._type = value.type;
      this._icmp.internalValue = value.icmp;
      this._tcp.internalValue = value.tcp;
      this._udp.internalValue = value.udp;
    }
  }

  // action - computed: false, optional: false, required: true
  private _action?: string; 
  public get action() {
    return this.getStringAttribute('action');
  }
  public set action(value: string) {
    this._action = value;
  }
  // Temporarily expose input value. Use with caution.
  public get actionInput() {
    return this._action;
  }

  // code - computed: true, optional: true, required: false
  private _code?: number; 
  public get code() {
    return this.getNumberAttribute('code');
  }
  public set code(value: number) {
    this._code = value;
  }
  public resetCode() {
    this._code = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get codeInput() {
    return this._code;
  }

  // destination - computed: false, optional: false, required: true
  private _destination?: string; 
  public get destination() {
    return this.getStringAttribute('destination');
  }
  public set destination(value: string) {
    this._destination = value;
  }
  // Temporarily expose input value. Use with caution.
  public get destinationInput() {
    return this._destination;
  }

  // direction - computed: false, optional: false, required: true
  private _direction?: string; 
  public get direction() {
    return this.getStringAttribute('direction');
  }
  public set direction(value: string) {
    this._direction = value;
  }
  // Temporarily expose input value. Use with caution.
  public get directionInput() {
    return this._direction;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // ip_version - computed: true, optional: false, required: false
  public get ipVersion() {
    return this.getStringAttribute('ip_version');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // port_max - computed: true, optional: true, required: false
  private _portMax?: number; 
  public get portMax() {
    return this.getNumberAttribute('port_max');
  }
  public set portMax(value: number) {
    this._portMax = value;
  }
  public resetPortMax() {
    this._portMax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portMaxInput() {
    return this._portMax;
  }

  // port_min - computed: true, optional: true, required: false
  private _portMin?: number; 
  public get portMin() {
    return this.getNumberAttribute('port_min');
  }
  public set portMin(value: number) {
    this._portMin = value;
  }
  public resetPortMin() {
    this._portMin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portMinInput() {
    return this._portMin;
  }

  // protocol - computed: true, optional: true, required: false
  private _protocol?: string; 
  public get protocol() {
    return this.getStringAttribute('protocol');
  }
  public set protocol(value: string) {
    this._protocol = value;
  }
  public resetProtocol() {
    this._protocol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get protocolInput() {
    return this._protocol;
  }

  // source - computed: false, optional: false, required: true
  private _source?: string; 
  public get source() {
    return this.getStringAttribute('source');
  }
  public set source(value: string) {
    this._source = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sourceInput() {
    return this._source;
  }

  // source_port_max - computed: true, optional: true, required: false
  private _sourcePortMax?: number; 
  public get sourcePortMax() {
    return this.getNumberAttribute('source_port_max');
  }
  public set sourcePortMax(value: number) {
    this._sourcePortMax = value;
  }
  public resetSourcePortMax() {
    this._sourcePortMax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourcePortMaxInput() {
    return this._sourcePortMax;
  }

  // source_port_min - computed: true, optional: true, required: false
  private _sourcePortMin?: number; 
  public get sourcePortMin() {
    return this.getNumberAttribute('source_port_min');
  }
  public set sourcePortMin(value: number) {
    this._sourcePortMin = value;
  }
  public resetSourcePortMin() {
    this._sourcePortMin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sourcePortMinInput() {
    return this._sourcePortMin;
  }

  // subnets - computed: true, optional: false, required: false
  public get subnets() {
    return this.getNumberAttribute('subnets');
  }

  // type - computed: true, optional: true, required: false
  private _type?: number; 
  public get type() {
    return this.getNumberAttribute('type');
  }
  public set type(value: number) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // icmp - computed: false, optional: true, required: false
  private _icmp = new IsNetworkAclRulesIcmpOutputReference(this, "icmp");
  public get icmp() {
    return this._icmp;
  }
  public putIcmp(value: IsNetworkAclRulesIcmp) {
    this._icmp.internalValue = value;
  }
  public resetIcmp() {
    this._icmp.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get icmpInput() {
    return this._icmp.internalValue;
  }

  // tcp - computed: false, optional: true, required: false
  private _tcp = new IsNetworkAclRulesTcpOutputReference(this, "tcp");
  public get tcp() {
    return this._tcp;
  }
  public putTcp(value: IsNetworkAclRulesTcp) {
    this._tcp.internalValue = value;
  }
  public resetTcp() {
    this._tcp.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tcpInput() {
    return this._tcp.internalValue;
  }

  // udp - computed: false, optional: true, required: false
  private _udp = new IsNetworkAclRulesUdpOutputReference(this, "udp");
  public get udp() {
    return this._udp;
  }
  public putUdp(value: IsNetworkAclRulesUdp) {
    this._udp.internalValue = value;
  }
  public resetUdp() {
    this._udp.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get udpInput() {
    return this._udp.internalValue;
  }
}

export class IsNetworkAclRulesList extends cdktf.ComplexList {
  public internalValue? : IsNetworkAclRules[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): IsNetworkAclRulesOutputReference {
    return new IsNetworkAclRulesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface IsNetworkAclTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#create IsNetworkAcl#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#delete IsNetworkAcl#delete}
  */
  readonly delete?: string;
}

export function isNetworkAclTimeoutsToTerraform(struct?: IsNetworkAclTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
  }
}


export function isNetworkAclTimeoutsToHclTerraform(struct?: IsNetworkAclTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IsNetworkAclTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): IsNetworkAclTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: IsNetworkAclTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl ibm_is_network_acl}
*/
export class IsNetworkAcl extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "ibm_is_network_acl";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a IsNetworkAcl resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the IsNetworkAcl to import
  * @param importFromId The id of the existing IsNetworkAcl that should be imported. Refer to the {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the IsNetworkAcl to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "ibm_is_network_acl", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl ibm_is_network_acl} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options IsNetworkAclConfig = {}
  */
  public constructor(scope: Construct, id: string, config: IsNetworkAclConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'ibm_is_network_acl',
      terraformGeneratorMetadata: {
        providerName: 'ibm'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._accessTags = config.accessTags;
    this._id = config.id;
    this._incrementalRuleUpdate = config.incrementalRuleUpdate;
    this._name = config.name;
    this._resourceGroup = config.resourceGroup;
    this._tags = config.tags;
    this._vpc = config.vpc;
    this._rules.internalValue = config.rules;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // access_tags - computed: true, optional: true, required: false
  private _accessTags?: string[]; 
  public get accessTags() {
    return cdktf.Fn.tolist(this.getListAttribute('access_tags'));
  }
  public set accessTags(value: string[]) {
    this._accessTags = value;
  }
  public resetAccessTags() {
    this._accessTags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessTagsInput() {
    return this._accessTags;
  }

  // crn - computed: true, optional: false, required: false
  public get crn() {
    return this.getStringAttribute('crn');
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // incremental_rule_update - computed: false, optional: true, required: false
  private _incrementalRuleUpdate?: boolean | cdktf.IResolvable; 
  public get incrementalRuleUpdate() {
    return this.getBooleanAttribute('incremental_rule_update');
  }
  public set incrementalRuleUpdate(value: boolean | cdktf.IResolvable) {
    this._incrementalRuleUpdate = value;
  }
  public resetIncrementalRuleUpdate() {
    this._incrementalRuleUpdate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get incrementalRuleUpdateInput() {
    return this._incrementalRuleUpdate;
  }

  // name - computed: true, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // resource_controller_url - computed: true, optional: false, required: false
  public get resourceControllerUrl() {
    return this.getStringAttribute('resource_controller_url');
  }

  // resource_crn - computed: true, optional: false, required: false
  public get resourceCrn() {
    return this.getStringAttribute('resource_crn');
  }

  // resource_group - computed: true, optional: true, required: false
  private _resourceGroup?: string; 
  public get resourceGroup() {
    return this.getStringAttribute('resource_group');
  }
  public set resourceGroup(value: string) {
    this._resourceGroup = value;
  }
  public resetResourceGroup() {
    this._resourceGroup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceGroupInput() {
    return this._resourceGroup;
  }

  // resource_group_name - computed: true, optional: false, required: false
  public get resourceGroupName() {
    return this.getStringAttribute('resource_group_name');
  }

  // resource_name - computed: true, optional: false, required: false
  public get resourceName() {
    return this.getStringAttribute('resource_name');
  }

  // tags - computed: true, optional: true, required: false
  private _tags?: string[]; 
  public get tags() {
    return cdktf.Fn.tolist(this.getListAttribute('tags'));
  }
  public set tags(value: string[]) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // vpc - computed: false, optional: true, required: false
  private _vpc?: string; 
  public get vpc() {
    return this.getStringAttribute('vpc');
  }
  public set vpc(value: string) {
    this._vpc = value;
  }
  public resetVpc() {
    this._vpc = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vpcInput() {
    return this._vpc;
  }

  // rules - computed: false, optional: true, required: false
  private _rules = new IsNetworkAclRulesList(this, "rules", false);
  public get rules() {
    return this._rules;
  }
  public putRules(value: IsNetworkAclRules[] | cdktf.IResolvable) {
    this._rules.internalValue = value;
  }
  public resetRules() {
    this._rules.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rulesInput() {
    return this._rules.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new IsNetworkAclTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: IsNetworkAclTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      access_tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._accessTags),
      id: cdktf.stringToTerraform(this._id),
      incremental_rule_update: cdktf.booleanToTerraform(this._incrementalRuleUpdate),
      name: cdktf.stringToTerraform(this._name),
      resource_group: cdktf.stringToTerraform(this._resourceGroup),
      tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
      vpc: cdktf.stringToTerraform(this._vpc),
      rules: cdktf.listMapper(isNetworkAclRulesToTerraform, true)(this._rules.internalValue),
      timeouts: isNetworkAclTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      access_tags: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._accessTags),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      incremental_rule_update: {
        value: cdktf.booleanToHclTerraform(this._incrementalRuleUpdate),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      resource_group: {
        value: cdktf.stringToHclTerraform(this._resourceGroup),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tags: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      vpc: {
        value: cdktf.stringToHclTerraform(this._vpc),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rules: {
        value: cdktf.listMapperHcl(isNetworkAclRulesToHclTerraform, true)(this._rules.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "IsNetworkAclRulesList",
      },
      timeouts: {
        value: isNetworkAclTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "IsNetworkAclTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
