// https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface IsSecurityGroupRuleConfig extends cdktn.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#code IsSecurityGroupRule#code}
  */
  readonly code?: number;
  /**
  * Direction of traffic to enforce, either inbound or outbound
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#direction IsSecurityGroupRule#direction}
  */
  readonly direction: string;
  /**
  * Security group id
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#group IsSecurityGroupRule#group}
  */
  readonly group: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#id IsSecurityGroupRule#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * IP version: ipv4
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#ip_version IsSecurityGroupRule#ip_version}
  */
  readonly ipVersion?: string;
  /**
  * Security group id: an IP address, a CIDR block, or a single security group identifier
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#local IsSecurityGroupRule#local}
  */
  readonly local?: string;
  /**
  * The name for this security group rule. The name must not be used by another rule in the security group. If unspecified, the name will be a hyphenated list of randomly-selected words.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#name IsSecurityGroupRule#name}
  */
  readonly name?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#port_max IsSecurityGroupRule#port_max}
  */
  readonly portMax?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#port_min IsSecurityGroupRule#port_min}
  */
  readonly portMin?: number;
  /**
  * The name of the network protocol
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#protocol IsSecurityGroupRule#protocol}
  */
  readonly protocol?: string;
  /**
  * Security group local ip: an IP address, a CIDR block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#remote IsSecurityGroupRule#remote}
  */
  readonly remote?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#type IsSecurityGroupRule#type}
  */
  readonly type?: number;
  /**
  * icmp block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#icmp IsSecurityGroupRule#icmp}
  */
  readonly icmp?: IsSecurityGroupRuleIcmp;
  /**
  * tcp block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#tcp IsSecurityGroupRule#tcp}
  */
  readonly tcp?: IsSecurityGroupRuleTcp;
  /**
  * udp block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#udp IsSecurityGroupRule#udp}
  */
  readonly udp?: IsSecurityGroupRuleUdp;
}
export interface IsSecurityGroupRuleIcmp {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#code IsSecurityGroupRule#code}
  */
  readonly code?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#type IsSecurityGroupRule#type}
  */
  readonly type?: number;
}

export function isSecurityGroupRuleIcmpToTerraform(struct?: IsSecurityGroupRuleIcmpOutputReference | IsSecurityGroupRuleIcmp): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    code: cdktn.numberToTerraform(struct!.code),
    type: cdktn.numberToTerraform(struct!.type),
  }
}


export function isSecurityGroupRuleIcmpToHclTerraform(struct?: IsSecurityGroupRuleIcmpOutputReference | IsSecurityGroupRuleIcmp): any {
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

export class IsSecurityGroupRuleIcmpOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): IsSecurityGroupRuleIcmp | undefined {
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

  public set internalValue(value: IsSecurityGroupRuleIcmp | undefined) {
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
export interface IsSecurityGroupRuleTcp {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#port_max IsSecurityGroupRule#port_max}
  */
  readonly portMax?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#port_min IsSecurityGroupRule#port_min}
  */
  readonly portMin?: number;
}

export function isSecurityGroupRuleTcpToTerraform(struct?: IsSecurityGroupRuleTcpOutputReference | IsSecurityGroupRuleTcp): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    port_max: cdktn.numberToTerraform(struct!.portMax),
    port_min: cdktn.numberToTerraform(struct!.portMin),
  }
}


export function isSecurityGroupRuleTcpToHclTerraform(struct?: IsSecurityGroupRuleTcpOutputReference | IsSecurityGroupRuleTcp): any {
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
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IsSecurityGroupRuleTcpOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): IsSecurityGroupRuleTcp | undefined {
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
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: IsSecurityGroupRuleTcp | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._portMax = undefined;
      this._portMin = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._portMax = value.portMax;
      this._portMin = value.portMin;
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
}
export interface IsSecurityGroupRuleUdp {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#port_max IsSecurityGroupRule#port_max}
  */
  readonly portMax?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#port_min IsSecurityGroupRule#port_min}
  */
  readonly portMin?: number;
}

export function isSecurityGroupRuleUdpToTerraform(struct?: IsSecurityGroupRuleUdpOutputReference | IsSecurityGroupRuleUdp): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    port_max: cdktn.numberToTerraform(struct!.portMax),
    port_min: cdktn.numberToTerraform(struct!.portMin),
  }
}


export function isSecurityGroupRuleUdpToHclTerraform(struct?: IsSecurityGroupRuleUdpOutputReference | IsSecurityGroupRuleUdp): any {
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
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IsSecurityGroupRuleUdpOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): IsSecurityGroupRuleUdp | undefined {
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
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: IsSecurityGroupRuleUdp | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._portMax = undefined;
      this._portMin = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._portMax = value.portMax;
      this._portMin = value.portMin;
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
}

/**
* Represents a {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule ibm_is_security_group_rule}
*/
export class IsSecurityGroupRule extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "ibm_is_security_group_rule";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a IsSecurityGroupRule resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the IsSecurityGroupRule to import
  * @param importFromId The id of the existing IsSecurityGroupRule that should be imported. Refer to the {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the IsSecurityGroupRule to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "ibm_is_security_group_rule", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/ibm-cloud/ibm/latest/docs/resources/is_security_group_rule ibm_is_security_group_rule} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options IsSecurityGroupRuleConfig
  */
  public constructor(scope: Construct, id: string, config: IsSecurityGroupRuleConfig) {
    super(scope, id, {
      terraformResourceType: 'ibm_is_security_group_rule',
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
    this._code = config.code;
    this._direction = config.direction;
    this._group = config.group;
    this._id = config.id;
    this._ipVersion = config.ipVersion;
    this._local = config.local;
    this._name = config.name;
    this._portMax = config.portMax;
    this._portMin = config.portMin;
    this._protocol = config.protocol;
    this._remote = config.remote;
    this._type = config.type;
    this._icmp.internalValue = config.icmp;
    this._tcp.internalValue = config.tcp;
    this._udp.internalValue = config.udp;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // group - computed: false, optional: false, required: true
  private _group?: string; 
  public get group() {
    return this.getStringAttribute('group');
  }
  public set group(value: string) {
    this._group = value;
  }
  // Temporarily expose input value. Use with caution.
  public get groupInput() {
    return this._group;
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

  // ip_version - computed: false, optional: true, required: false
  private _ipVersion?: string; 
  public get ipVersion() {
    return this.getStringAttribute('ip_version');
  }
  public set ipVersion(value: string) {
    this._ipVersion = value;
  }
  public resetIpVersion() {
    this._ipVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipVersionInput() {
    return this._ipVersion;
  }

  // local - computed: true, optional: true, required: false
  private _local?: string; 
  public get local() {
    return this.getStringAttribute('local');
  }
  public set local(value: string) {
    this._local = value;
  }
  public resetLocal() {
    this._local = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get localInput() {
    return this._local;
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

  // related_crn - computed: true, optional: false, required: false
  public get relatedCrn() {
    return this.getStringAttribute('related_crn');
  }

  // remote - computed: true, optional: true, required: false
  private _remote?: string; 
  public get remote() {
    return this.getStringAttribute('remote');
  }
  public set remote(value: string) {
    this._remote = value;
  }
  public resetRemote() {
    this._remote = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get remoteInput() {
    return this._remote;
  }

  // rule_id - computed: true, optional: false, required: false
  public get ruleId() {
    return this.getStringAttribute('rule_id');
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
  private _icmp = new IsSecurityGroupRuleIcmpOutputReference(this, "icmp");
  public get icmp() {
    return this._icmp;
  }
  public putIcmp(value: IsSecurityGroupRuleIcmp) {
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
  private _tcp = new IsSecurityGroupRuleTcpOutputReference(this, "tcp");
  public get tcp() {
    return this._tcp;
  }
  public putTcp(value: IsSecurityGroupRuleTcp) {
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
  private _udp = new IsSecurityGroupRuleUdpOutputReference(this, "udp");
  public get udp() {
    return this._udp;
  }
  public putUdp(value: IsSecurityGroupRuleUdp) {
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
      code: cdktn.numberToTerraform(this._code),
      direction: cdktn.stringToTerraform(this._direction),
      group: cdktn.stringToTerraform(this._group),
      id: cdktn.stringToTerraform(this._id),
      ip_version: cdktn.stringToTerraform(this._ipVersion),
      local: cdktn.stringToTerraform(this._local),
      name: cdktn.stringToTerraform(this._name),
      port_max: cdktn.numberToTerraform(this._portMax),
      port_min: cdktn.numberToTerraform(this._portMin),
      protocol: cdktn.stringToTerraform(this._protocol),
      remote: cdktn.stringToTerraform(this._remote),
      type: cdktn.numberToTerraform(this._type),
      icmp: isSecurityGroupRuleIcmpToTerraform(this._icmp.internalValue),
      tcp: isSecurityGroupRuleTcpToTerraform(this._tcp.internalValue),
      udp: isSecurityGroupRuleUdpToTerraform(this._udp.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      code: {
        value: cdktn.numberToHclTerraform(this._code),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      direction: {
        value: cdktn.stringToHclTerraform(this._direction),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      group: {
        value: cdktn.stringToHclTerraform(this._group),
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
      ip_version: {
        value: cdktn.stringToHclTerraform(this._ipVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      local: {
        value: cdktn.stringToHclTerraform(this._local),
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
      remote: {
        value: cdktn.stringToHclTerraform(this._remote),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      type: {
        value: cdktn.numberToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      icmp: {
        value: isSecurityGroupRuleIcmpToHclTerraform(this._icmp.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "IsSecurityGroupRuleIcmpList",
      },
      tcp: {
        value: isSecurityGroupRuleTcpToHclTerraform(this._tcp.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "IsSecurityGroupRuleTcpList",
      },
      udp: {
        value: isSecurityGroupRuleUdpToHclTerraform(this._udp.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "IsSecurityGroupRuleUdpList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
