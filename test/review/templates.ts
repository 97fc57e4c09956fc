/** Builders of hand-written CloudFormation templates and Terraform JSON for the review kit's tests. */

type Json = Record<string, unknown>;

/** A CloudFormation template with the given resources. */
export function cfnTemplate(resources: Record<string, Json>): Json {
  return { Resources: resources };
}

/** An `AWS::EC2::SecurityGroup`; omit `egress` to get AWS's default allow-all egress. */
export function awsGroup(ingress?: Json[], egress?: Json[], metadata?: Json): Json {
  const props: Json = { GroupDescription: 'agents', VpcId: 'vpc-12345678' };
  if (ingress) props.SecurityGroupIngress = ingress;
  if (egress) props.SecurityGroupEgress = egress;
  return { Type: 'AWS::EC2::SecurityGroup', Properties: props, ...(metadata ? { Metadata: metadata } : {}) };
}

/** An inline security group rule for TCP. */
export function tcpRule(cidr: unknown, from: unknown, to: unknown = from): Json {
  return { IpProtocol: 'tcp', CidrIp: cidr, FromPort: from, ToPort: to };
}

/** The placeholder CDK writes when a group allows no outbound traffic. */
export const CDK_NO_EGRESS: Json = {
  CidrIp: '255.255.255.255/32',
  Description: 'Disallow all traffic',
  FromPort: 252,
  IpProtocol: 'icmp',
  ToPort: 86,
};

/** An `AWS::EC2::NetworkAcl`, with the resource metadata given. */
export function awsAcl(metadata?: Json): Json {
  return { Type: 'AWS::EC2::NetworkAcl', Properties: { VpcId: 'vpc-12345678' }, ...(metadata ? { Metadata: metadata } : {}) };
}

/** An `AWS::EC2::NetworkAclEntry` for TCP in the ACL `aclId` (a logical id, referenced with Ref). */
export function awsEntry(
  aclId: string,
  entry: { number: unknown; egress: boolean; action: 'allow' | 'deny'; cidr: unknown; from?: unknown; to?: unknown; protocol?: unknown },
): Json {
  const props: Json = {
    NetworkAclId: { Ref: aclId },
    RuleNumber: entry.number,
    Egress: entry.egress,
    RuleAction: entry.action,
    Protocol: entry.protocol ?? 6,
    CidrBlock: entry.cidr,
  };
  if (entry.from !== undefined) props.PortRange = { From: entry.from, To: entry.to ?? entry.from };
  return { Type: 'AWS::EC2::NetworkAclEntry', Properties: props };
}

/** A Terraform JSON configuration with the given resources (`{ type: { name: body } }`). */
export function tfConfig(resources: Record<string, Record<string, Json>>): Json {
  return { terraform: { required_providers: { ibm: { source: 'IBM-Cloud/ibm' } } }, resource: resources };
}

/** An IBM VPC ACL rule body. */
export function ibmAclRule(rule: {
  action: 'allow' | 'deny';
  direction: 'inbound' | 'outbound';
  source: string;
  destination: string;
  portMin?: number | string;
  portMax?: number | string;
  sourcePortMin?: number | string;
  sourcePortMax?: number | string;
  protocol?: string;
  before?: string;
  acl?: string;
  name?: string;
}): Json {
  const body: Json = {
    name: rule.name ?? 'rule',
    action: rule.action,
    direction: rule.direction,
    source: rule.source,
    destination: rule.destination,
    protocol: rule.protocol ?? 'tcp',
  };
  if (rule.acl) body.network_acl = rule.acl;
  if (rule.portMin !== undefined) Object.assign(body, { port_min: rule.portMin, port_max: rule.portMax ?? rule.portMin });
  if (rule.sourcePortMin !== undefined)
    Object.assign(body, { source_port_min: rule.sourcePortMin, source_port_max: rule.sourcePortMax ?? rule.sourcePortMin });
  if (rule.before !== undefined) body.before = rule.before;
  return body;
}
