// https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface IsNetworkAclRuleConfig extends cdktn.TerraformMetaArguments {
  /**
  * Whether to allow or deny matching traffic
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#action IsNetworkAclRule#action}
  */
  readonly action: string;
  /**
  * The rule that this rule is immediately before. If absent, this is the last rule.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#before IsNetworkAclRule#before}
  */
  readonly before?: string;
  /**
  * The ICMP traffic code to allow. Valid values from 0 to 255.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#code IsNetworkAclRule#code}
  */
  readonly code?: number;
  /**
  * The destination CIDR block. The CIDR block 0.0.0.0/0 applies to all addresses.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#destination IsNetworkAclRule#destination}
  */
  readonly destination: string;
  /**
  * Direction of traffic to enforce, either inbound or outbound
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#direction IsNetworkAclRule#direction}
  */
  readonly direction: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#id IsNetworkAclRule#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * The user-defined name for this rule. Names must be unique within the network ACL the rule resides in. If unspecified, the name will be a hyphenated list of randomly-selected words.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#name IsNetworkAclRule#name}
  */
  readonly name?: string;
  /**
  * Network ACL id
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#network_acl IsNetworkAclRule#network_acl}
  */
  readonly networkAcl: string;
  /**
  * The highest port in the range of ports to be matched
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#port_max IsNetworkAclRule#port_max}
  */
  readonly portMax?: number;
  /**
  * The lowest port in the range of ports to be matched
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#port_min IsNetworkAclRule#port_min}
  */
  readonly portMin?: number;
  /**
  * The name of the network protocol
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#protocol IsNetworkAclRule#protocol}
  */
  readonly protocol?: string;
  /**
  * The source CIDR block. The CIDR block 0.0.0.0/0 applies to all addresses.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#source IsNetworkAclRule#source}
  */
  readonly source: string;
  /**
  * The highest port in the range of ports to be matched
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#source_port_max IsNetworkAclRule#source_port_max}
  */
  readonly sourcePortMax?: number;
  /**
  * The lowest port in the range of ports to be matched
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#source_port_min IsNetworkAclRule#source_port_min}
  */
  readonly sourcePortMin?: number;
  /**
  * The ICMP traffic type to allow. Valid values from 0 to 254.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#type IsNetworkAclRule#type}
  */
  readonly type?: number;
  /**
  * icmp block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#icmp IsNetworkAclRule#icmp}
  */
  readonly icmp?: IsNetworkAclRuleIcmp;
  /**
  * tcp block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#tcp IsNetworkAclRule#tcp}
  */
  readonly tcp?: IsNetworkAclRuleTcp;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#timeouts IsNetworkAclRule#timeouts}
  */
  readonly timeouts?: IsNetworkAclRuleTimeouts;
  /**
  * udp block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#udp IsNetworkAclRule#udp}
  */
  readonly udp?: IsNetworkAclRuleUdp;
}
export interface IsNetworkAclRuleIcmp {
  /**
  * The ICMP traffic code to allow. Valid values from 0 to 255.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#code IsNetworkAclRule#code}
  */
  readonly code?: number;
  /**
  * The ICMP traffic type to allow. Valid values from 0 to 254.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#type IsNetworkAclRule#type}
  */
  readonly type?: number;
}

export function isNetworkAclRuleIcmpToTerraform(struct?: IsNetworkAclRuleIcmpOutputReference | IsNetworkAclRuleIcmp): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    code: cdktn.numberToTerraform(struct!.code),
    type: cdktn.numberToTerraform(struct!.type),
  }
}


export function isNetworkAclRuleIcmpToHclTerraform(struct?: IsNetworkAclRuleIcmpOutputReference | IsNetworkAclRuleIcmp): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    code: {
      value: cdktn.numberToHclTerraform(struct!.code),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    type: {
      value: cdktn.numberToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IsNetworkAclRuleIcmpOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): IsNetworkAclRuleIcmp | undefined {
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

  public set internalValue(value: IsNetworkAclRuleIcmp | undefined) {
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
}
export interface IsNetworkAclRuleTcp {
  /**
  * The highest port in the range of ports to be matched
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#port_max IsNetworkAclRule#port_max}
  */
  readonly portMax?: number;
  /**
  * The lowest port in the range of ports to be matched
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#port_min IsNetworkAclRule#port_min}
  */
  readonly portMin?: number;
  /**
  * The highest port in the range of ports to be matched
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#source_port_max IsNetworkAclRule#source_port_max}
  */
  readonly sourcePortMax?: number;
  /**
  * The lowest port in the range of ports to be matched
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#source_port_min IsNetworkAclRule#source_port_min}
  */
  readonly sourcePortMin?: number;
}

export function isNetworkAclRuleTcpToTerraform(struct?: IsNetworkAclRuleTcpOutputReference | IsNetworkAclRuleTcp): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    port_max: cdktn.numberToTerraform(struct!.portMax),
    port_min: cdktn.numberToTerraform(struct!.portMin),
    source_port_max: cdktn.numberToTerraform(struct!.sourcePortMax),
    source_port_min: cdktn.numberToTerraform(struct!.sourcePortMin),
  }
}


export function isNetworkAclRuleTcpToHclTerraform(struct?: IsNetworkAclRuleTcpOutputReference | IsNetworkAclRuleTcp): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    port_max: {
      value: cdktn.numberToHclTerraform(struct!.portMax),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    port_min: {
      value: cdktn.numberToHclTerraform(struct!.portMin),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    source_port_max: {
      value: cdktn.numberToHclTerraform(struct!.sourcePortMax),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    source_port_min: {
      value: cdktn.numberToHclTerraform(struct!.sourcePortMin),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IsNetworkAclRuleTcpOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): IsNetworkAclRuleTcp | undefined {
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

  public set internalValue(value: IsNetworkAclRuleTcp | undefined) {
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
}
export interface IsNetworkAclRuleTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#create IsNetworkAclRule#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#delete IsNetworkAclRule#delete}
  */
  readonly delete?: string;
}

export function isNetworkAclRuleTimeoutsToTerraform(struct?: IsNetworkAclRuleTimeouts | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    create: cdktn.stringToTerraform(struct!.create),
    delete: cdktn.stringToTerraform(struct!.delete),
  }
}


export function isNetworkAclRuleTimeoutsToHclTerraform(struct?: IsNetworkAclRuleTimeouts | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    create: {
      value: cdktn.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktn.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IsNetworkAclRuleTimeoutsOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): IsNetworkAclRuleTimeouts | cdktn.IResolvable | undefined {
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

  public set internalValue(value: IsNetworkAclRuleTimeouts | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
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
export interface IsNetworkAclRuleUdp {
  /**
  * The highest port in the range of ports to be matched
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#port_max IsNetworkAclRule#port_max}
  */
  readonly portMax?: number;
  /**
  * The lowest port in the range of ports to be matched
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#port_min IsNetworkAclRule#port_min}
  */
  readonly portMin?: number;
  /**
  * The highest port in the range of ports to be matched
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#source_port_max IsNetworkAclRule#source_port_max}
  */
  readonly sourcePortMax?: number;
  /**
  * The lowest port in the range of ports to be matched
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#source_port_min IsNetworkAclRule#source_port_min}
  */
  readonly sourcePortMin?: number;
}

export function isNetworkAclRuleUdpToTerraform(struct?: IsNetworkAclRuleUdpOutputReference | IsNetworkAclRuleUdp): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    port_max: cdktn.numberToTerraform(struct!.portMax),
    port_min: cdktn.numberToTerraform(struct!.portMin),
    source_port_max: cdktn.numberToTerraform(struct!.sourcePortMax),
    source_port_min: cdktn.numberToTerraform(struct!.sourcePortMin),
  }
}


export function isNetworkAclRuleUdpToHclTerraform(struct?: IsNetworkAclRuleUdpOutputReference | IsNetworkAclRuleUdp): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    port_max: {
      value: cdktn.numberToHclTerraform(struct!.portMax),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    port_min: {
      value: cdktn.numberToHclTerraform(struct!.portMin),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    source_port_max: {
      value: cdktn.numberToHclTerraform(struct!.sourcePortMax),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    source_port_min: {
      value: cdktn.numberToHclTerraform(struct!.sourcePortMin),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IsNetworkAclRuleUdpOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): IsNetworkAclRuleUdp | undefined {
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

  public set internalValue(value: IsNetworkAclRuleUdp | undefined) {
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
}

/**
* Represents a {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule ibm_is_network_acl_rule}
*/
export class IsNetworkAclRule extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "ibm_is_network_acl_rule";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a IsNetworkAclRule resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the IsNetworkAclRule to import
  * @param importFromId The id of the existing IsNetworkAclRule that should be imported. Refer to the {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the IsNetworkAclRule to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "ibm_is_network_acl_rule", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_network_acl_rule ibm_is_network_acl_rule} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options IsNetworkAclRuleConfig
  */
  public constructor(scope: Construct, id: string, config: IsNetworkAclRuleConfig) {
    super(scope, id, {
      terraformResourceType: 'ibm_is_network_acl_rule',
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
    this._action = config.action;
    this._before = config.before;
    this._code = config.code;
    this._destination = config.destination;
    this._direction = config.direction;
    this._id = config.id;
    this._name = config.name;
    this._networkAcl = config.networkAcl;
    this._portMax = config.portMax;
    this._portMin = config.portMin;
    this._protocol = config.protocol;
    this._source = config.source;
    this._sourcePortMax = config.sourcePortMax;
    this._sourcePortMin = config.sourcePortMin;
    this._type = config.type;
    this._icmp.internalValue = config.icmp;
    this._tcp.internalValue = config.tcp;
    this._timeouts.internalValue = config.timeouts;
    this._udp.internalValue = config.udp;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // before - computed: true, optional: true, required: false
  private _before?: string; 
  public get before() {
    return this.getStringAttribute('before');
  }
  public set before(value: string) {
    this._before = value;
  }
  public resetBefore() {
    this._before = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get beforeInput() {
    return this._before;
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

  // href - computed: true, optional: false, required: false
  public get href() {
    return this.getStringAttribute('href');
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

  // ip_version - computed: true, optional: false, required: false
  public get ipVersion() {
    return this.getStringAttribute('ip_version');
  }

  // name - computed: false, optional: true, required: false
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

  // network_acl - computed: false, optional: false, required: true
  private _networkAcl?: string; 
  public get networkAcl() {
    return this.getStringAttribute('network_acl');
  }
  public set networkAcl(value: string) {
    this._networkAcl = value;
  }
  // Temporarily expose input value. Use with caution.
  public get networkAclInput() {
    return this._networkAcl;
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

  // rule_id - computed: true, optional: false, required: false
  public get ruleId() {
    return this.getStringAttribute('rule_id');
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
  private _icmp = new IsNetworkAclRuleIcmpOutputReference(this, "icmp");
  public get icmp() {
    return this._icmp;
  }
  public putIcmp(value: IsNetworkAclRuleIcmp) {
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
  private _tcp = new IsNetworkAclRuleTcpOutputReference(this, "tcp");
  public get tcp() {
    return this._tcp;
  }
  public putTcp(value: IsNetworkAclRuleTcp) {
    this._tcp.internalValue = value;
  }
  public resetTcp() {
    this._tcp.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tcpInput() {
    return this._tcp.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new IsNetworkAclRuleTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: IsNetworkAclRuleTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // udp - computed: false, optional: true, required: false
  private _udp = new IsNetworkAclRuleUdpOutputReference(this, "udp");
  public get udp() {
    return this._udp;
  }
  public putUdp(value: IsNetworkAclRuleUdp) {
    this._udp.internalValue = value;
  }
  public resetUdp() {
    this._udp.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get udpInput() {
    return this._udp.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      action: cdktn.stringToTerraform(this._action),
      before: cdktn.stringToTerraform(this._before),
      code: cdktn.numberToTerraform(this._code),
      destination: cdktn.stringToTerraform(this._destination),
      direction: cdktn.stringToTerraform(this._direction),
      id: cdktn.stringToTerraform(this._id),
      name: cdktn.stringToTerraform(this._name),
      network_acl: cdktn.stringToTerraform(this._networkAcl),
      port_max: cdktn.numberToTerraform(this._portMax),
      port_min: cdktn.numberToTerraform(this._portMin),
      protocol: cdktn.stringToTerraform(this._protocol),
      source: cdktn.stringToTerraform(this._source),
      source_port_max: cdktn.numberToTerraform(this._sourcePortMax),
      source_port_min: cdktn.numberToTerraform(this._sourcePortMin),
      type: cdktn.numberToTerraform(this._type),
      icmp: isNetworkAclRuleIcmpToTerraform(this._icmp.internalValue),
      tcp: isNetworkAclRuleTcpToTerraform(this._tcp.internalValue),
      timeouts: isNetworkAclRuleTimeoutsToTerraform(this._timeouts.internalValue),
      udp: isNetworkAclRuleUdpToTerraform(this._udp.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      action: {
        value: cdktn.stringToHclTerraform(this._action),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      before: {
        value: cdktn.stringToHclTerraform(this._before),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      code: {
        value: cdktn.numberToHclTerraform(this._code),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      destination: {
        value: cdktn.stringToHclTerraform(this._destination),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      direction: {
        value: cdktn.stringToHclTerraform(this._direction),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktn.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktn.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      network_acl: {
        value: cdktn.stringToHclTerraform(this._networkAcl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      port_max: {
        value: cdktn.numberToHclTerraform(this._portMax),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      port_min: {
        value: cdktn.numberToHclTerraform(this._portMin),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      protocol: {
        value: cdktn.stringToHclTerraform(this._protocol),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source: {
        value: cdktn.stringToHclTerraform(this._source),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      source_port_max: {
        value: cdktn.numberToHclTerraform(this._sourcePortMax),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      source_port_min: {
        value: cdktn.numberToHclTerraform(this._sourcePortMin),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      type: {
        value: cdktn.numberToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      icmp: {
        value: isNetworkAclRuleIcmpToHclTerraform(this._icmp.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "IsNetworkAclRuleIcmpList",
      },
      tcp: {
        value: isNetworkAclRuleTcpToHclTerraform(this._tcp.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "IsNetworkAclRuleTcpList",
      },
      timeouts: {
        value: isNetworkAclRuleTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "IsNetworkAclRuleTimeouts",
      },
      udp: {
        value: isNetworkAclRuleUdpToHclTerraform(this._udp.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "IsNetworkAclRuleUdpList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
