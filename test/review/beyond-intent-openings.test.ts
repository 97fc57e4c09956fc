import { AccessMode, ConnectivityIntent, ConnectivityPolicy, Emit, FlowDirection } from '../../lib';
import { ConnectivityReview, OpeningKind, SynthesizedArtifact } from '../../lib/review';
import { awsAcl, awsEntry, awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

/**
 * What a construct's network ACL opens beyond its intent, and to which entry it is charged: the
 * stateless replies of its own entries, undecided parts behind unresolved entries, allowed parts
 * behind them, and the entry that lets the request through rather than the one that lets the reply
 * back. The construct's group holds exactly its policy's rules, so every opening is the ACL's.
 */
const KEY = ConnectivityIntent.METADATA_KEY;
// The vault rule is egress only: its peer is a reply peer of no ingress rule.
const POLICY = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15'] }, 'App/Agent');
const RECORD = ConnectivityIntent.record(POLICY, 'App/Agent', 'aws', Emit.BOTH);
const REFERENCE = { [KEY]: ConnectivityIntent.reference('App/Agent') };
const rules = (direction: FlowDirection) => POLICY.rules.filter((r) => r.direction === direction).map((r) => tcpRule(r.cidr, r.fromPort, r.toPort));
const GROUP = awsGroup(rules(FlowDirection.INGRESS), [...rules(FlowDirection.EGRESS), CDK_NO_EGRESS], { [KEY]: RECORD });

/** An allowing entry of the ACL `Acl`; with `metadata`, the construct's own. */
const allow = (number: number, egress: boolean, cidr: unknown, from: number, to: number = from, metadata?: object) => ({
  ...awsEntry('Acl', { number, egress, action: 'allow', cidr, from, to }),
  ...(metadata ? { Metadata: metadata } : {}),
});
const reviewOf = (entries: Record<string, object>) =>
  ConnectivityReview.ofArtifact(SynthesizedArtifact.load(cfnTemplate({ AgentSg: GROUP, Acl: awsAcl(REFERENCE), ...entries })));
const openings = (entries: Record<string, object>) =>
  (reviewOf(entries).constructs[0].beyondIntent ?? []).map((o) =>
    [o.kind, o.verdict, o.layer, o.rule, o.direction, o.cidrs.join(' '), o.servicePorts].join(' | '),
  );
// Outbound replies of inbound requests (to client ports 32768-65535) pass; no egress request gets its reply back.
const REPLIES = allow(100, true, '0.0.0.0/0', 1024, 65535);

test("the construct's entries open as stateless replies only flows with the peers of the other direction's policy rules", () => {
  const vault = '10.200.90.15/32';
  expect(
    openings({
      In: allow(100, false, vault, 0, 65535, REFERENCE),
      Out: allow(100, true, vault, 0, 65535, REFERENCE),
    }),
  ).toEqual([
    // Connections from the vault, an egress peer, are what a reply entry for it lets through by nature.
    `${OpeningKind.STATELESS_REPLY} | allowed | aws-network-acl:Acl | In (rule number 100) | ingress | ${vault} | all ports`,
    // Connections to the vault on other ports are not: no ingress rule has it as its peer.
    `${OpeningKind.CONSTRUCT_RULE} | allowed | aws-network-acl:Acl | Out (rule number 100) | egress | ${vault} | 0-2545`,
    `${OpeningKind.CONSTRUCT_RULE} | allowed | aws-network-acl:Acl | Out (rule number 100) | egress | ${vault} | 2547-65535`,
  ]);
});

test("an undecided part of an ACL is the construct's when one of the unresolved entries that may open it is its own, and names them all", () => {
  expect(
    openings({
      Mine: allow(100, false, { Ref: 'Mine' }, 3389, 3389, REFERENCE),
      Theirs: allow(110, false, { Ref: 'Other' }, 3389),
      Alone: allow(120, false, { Ref: 'Other' }, 24),
      Replies: REPLIES,
    }),
  ).toEqual([
    `${OpeningKind.SHARED_RULE} | unknown | aws-network-acl:Acl | Alone (rule number 120) | ingress | 0.0.0.0/0 | 24`,
    `${OpeningKind.CONSTRUCT_RULE} | unknown | aws-network-acl:Acl | Mine (rule number 100), Theirs (rule number 110) | ingress | 0.0.0.0/0 | 3389`,
  ]);
});

test("the construct's own entry is charged with what it allows behind an unresolved entry that may allow it too, and fails the review", () => {
  const entries = {
    Maybe: allow(100, false, { Ref: 'Other' }, 24),
    Mine: allow(200, false, '10.50.0.0/16', 24, 24, REFERENCE),
    Replies: REPLIES,
  };
  expect(openings(entries).filter((o) => o.includes('| allowed |'))).toEqual([
    `${OpeningKind.CONSTRUCT_RULE} | allowed | aws-network-acl:Acl | Mine (rule number 200) | ingress | 10.50.0.0/16 | 24`,
  ]);
  const review = reviewOf(entries);
  expect(review.constructs[0].beyondIntent?.filter((o) => o.tampering).map((o) => o.rule)).toEqual(['Mine (rule number 200)']);
  expect(review.passed).toBe(false);
});

test('an allowed flow is charged to the entry that lets its request through, not to the one that lets its reply back', () => {
  expect(openings({ Telnet: allow(100, false, '10.50.0.0/16', 24), Replies: REPLIES })).toEqual([
    `${OpeningKind.SHARED_RULE} | allowed | aws-network-acl:Acl | Telnet (rule number 100) | ingress | 10.50.0.0/16 | 24`,
  ]);
});
