import { FlowDirection } from '../../lib';
import { ExactFlowAnalysis, FlowRangeQuery, FlowSet, SynthesizedArtifact } from '../../lib/review';
import { cfnTemplate } from './templates';

/** A template without any security group or network ACL. */
const noLayers = () => SynthesizedArtifact.load(cfnTemplate({ Bucket: { Type: 'AWS::S3::Bucket', Properties: {} } }));
const QUERY: FlowRangeQuery = { direction: FlowDirection.EGRESS, peer: '10.0.0.0/30', fromPort: 8086, toPort: 8087 };

describe('the exact analysis refuses what it cannot read, by name', () => {
  test.each([
    [{ ...QUERY, direction: 'sideways' as FlowDirection }, "direction must be ingress or egress, got 'sideways'"],
    [{ ...QUERY, fromPort: -1 }, 'fromPort must be a TCP port 0-65535, got -1'],
    [{ ...QUERY, fromPort: 1.5 }, 'fromPort must be a TCP port 0-65535, got 1.5'],
    [{ ...QUERY, toPort: 65536 }, 'toPort must be a TCP port 0-65535, got 65536'],
    [{ ...QUERY, fromPort: 20, toPort: 10 }, 'toPort 10 is below fromPort 20'],
  ])('query %j', (query, message) => {
    expect(() => ExactFlowAnalysis.flowsOf(query)).toThrow(new Error(message));
  });

  test('ports 0 and 65535 are ports; without toPort the query is one port', () => {
    const whole = ExactFlowAnalysis.flowsOf({ ...QUERY, fromPort: 0, toPort: 65535 }, { from: 1, to: 1 });
    expect(whole.blocks.map((b) => b.servicePorts)).toEqual([{ from: 0, to: 65535 }]);
    const one = ExactFlowAnalysis.flowsOf({ ...QUERY, toPort: undefined }, { from: 1, to: 1 });
    expect(one.blocks.map((b) => b.servicePorts)).toEqual([{ from: 8086, to: 8086 }]);
  });

  test.each([
    [{ clientPorts: { from: 0, to: 10 } }, 'clientPorts must be a range within 1-65535, got 0-10'],
    [{ clientPorts: { from: 10, to: 65536 } }, 'clientPorts must be a range within 1-65535, got 10-65536'],
    [{ clientPorts: { from: 10, to: 5 } }, 'clientPorts must be a range within 1-65535, got 10-5'],
    [{ clientPorts: { from: 1.5, to: 5 } }, 'clientPorts must be a range within 1-65535, got 1.5-5'],
    [{ clientPorts: { from: 1, to: 5.5 } }, 'clientPorts must be a range within 1-65535, got 1-5.5'],
    [{ agentAddress: '10.0.0.256' }, "agentAddress must be an IPv4 address, got '10.0.0.256'"],
  ])('options %j', (options, message) => {
    expect(() => ExactFlowAnalysis.of(noLayers(), options)).toThrow(new Error(message));
  });

  test('client ports 1-65535 and a single client port are accepted', () => {
    expect(ExactFlowAnalysis.of(noLayers(), { clientPorts: { from: 1, to: 65535 } }).clientPorts).toEqual({ from: 1, to: 65535 });
    expect(ExactFlowAnalysis.of(noLayers(), { clientPorts: { from: 7, to: 7 }, agentAddress: '10.0.0.5' }).clientPorts).toEqual({ from: 7, to: 7 });
  });
});

describe('an artifact without any security group or network ACL', () => {
  test('allows nothing for certain, and leaves every requested flow undecided, saying why', () => {
    const exact = ExactFlowAnalysis.of(noLayers());
    expect(exact.layers).toEqual([]);
    expect(exact.allowed().isEmpty).toBe(true);
    const requested = ExactFlowAnalysis.flowsOf(QUERY);
    const verdict = exact.checkRange(QUERY);
    expect(verdict.verdict).toBe('unknown');
    expect(verdict.unknown.isEqualTo(requested)).toBe(true);
    expect([verdict.allowed.isEmpty, verdict.denied.isEmpty, verdict.allowingRules]).toEqual([true, true, []]);
    expect(verdict.blocked.map((b) => ({ ...b, flows: b.flows.isEqualTo(requested) }))).toEqual([
      { verdict: 'unknown', layer: '-', leg: 'request', reason: 'no security group or network ACL found', flows: true },
    ]);
  });

  test('an empty request is allowed, with nothing blocked', () => {
    const exact = ExactFlowAnalysis.of(noLayers());
    const verdict = exact.checkFlows(FlowSet.empty());
    expect([verdict.verdict, verdict.blocked]).toEqual(['allowed', []]);
  });
});
