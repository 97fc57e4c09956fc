import { ConnectivityIntent, ConnectivityPolicy, ConnectivityReview, Emit, SynthesizedArtifact } from '../../lib';

type Json = Record<string, unknown>;

function tcp(cidr: string, from: unknown, to: unknown = from): Json {
  return { IpProtocol: 'tcp', CidrIp: cidr, FromPort: from, ToPort: to };
}

/**
 * The rules found in a hand-written template whose group carries the intent record of the default
 * policy (ingress 10.0.0.0/8 2548, egress 10.0.0.0/8 2546 and 8086-8087), as
 * `resource ports -> policy rule`.
 */
function foundRules(ingress: Json[], egress: Json[]): string[] {
  const record = ConnectivityIntent.record(ConnectivityPolicy.resolve({}), 'App/Agents/BackupAgent', 'aws', Emit.SECURITY_GROUP);
  const template = {
    Parameters: { Port: { Type: 'Number' } },
    Resources: {
      AgentSg: {
        Type: 'AWS::EC2::SecurityGroup',
        Metadata: { [ConnectivityIntent.METADATA_KEY]: record },
        Properties: { GroupDescription: 'agents', VpcId: 'vpc-12345678', SecurityGroupIngress: ingress, SecurityGroupEgress: egress },
      },
    },
  };
  const review = ConnectivityReview.ofArtifact(SynthesizedArtifact.load(template));
  return review.constructs[0].foundRules!.map((r) => `${r.resource} ${r.ports} -> ${r.policyRule ?? 'none'}`);
}

describe('port ranges in the review of synthesized rules', () => {
  test('a found rule is matched to the policy rule with the same ports, never to one sharing only an end', () => {
    const rows = foundRules(
      [tcp('10.0.0.0/8', 2548), tcp('10.0.0.0/8', 2548, 2549), tcp('10.0.0.0/8', 2547, 2548), tcp('10.0.0.0/8', { Ref: 'Port' })],
      [tcp('10.0.0.0/8', 8086, 8087), tcp('10.0.0.0/8', 8086), tcp('10.0.0.0/8', 8087)],
    );
    expect(rows).toEqual([
      'AgentSg.SecurityGroupIngress[0] 2548 -> ingress-10-0-0-0-8-tcp-2548',
      'AgentSg.SecurityGroupIngress[1] 2548-2549 -> none',
      'AgentSg.SecurityGroupIngress[2] 2547-2548 -> none',
      'AgentSg.SecurityGroupIngress[3] unknown ({"Ref":"Port"}) -> none',
      'AgentSg.SecurityGroupEgress[0] 8086-8087 -> egress-10-0-0-0-8-tcp-8086-8087',
      'AgentSg.SecurityGroupEgress[1] 8086 -> none',
      'AgentSg.SecurityGroupEgress[2] 8087 -> none',
    ]);
  });

  test('only a range from port 0 to 65535 is shown as all ports', () => {
    const rows = foundRules(
      [tcp('10.0.0.0/8', 0, 65535), tcp('10.0.0.0/8', 0, 1000), tcp('10.0.0.0/8', 2548, 65535), tcp('10.0.0.0/8', 1, 65534)],
      [],
    );
    expect(rows).toEqual([
      'AgentSg.SecurityGroupIngress[0] all ports -> none',
      'AgentSg.SecurityGroupIngress[1] 0-1000 -> none',
      'AgentSg.SecurityGroupIngress[2] 2548-65535 -> none',
      'AgentSg.SecurityGroupIngress[3] 1-65534 -> none',
    ]);
  });
});
