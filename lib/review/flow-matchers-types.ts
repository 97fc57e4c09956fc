import { TrafficDirection } from '../core/enums';
import { FlowAnalysisOptions } from './flow-analysis';

/**
 * The flow `toAllowFlow` and `toDenyFlow` take: a `FlowQuery` whose direction may also be written as
 * the text `'ingress'` or `'egress'`, since test code is TypeScript only.
 */
export interface MatcherFlow {
  /** `egress`: the agent connects to `peer:port`. `ingress`: `peer` connects to the agent's `port`. */
  readonly direction: TrafficDirection | 'ingress' | 'egress';
  /** The remote IPv4 address. */
  readonly peer: string;
  /** The service port: on the peer for egress, on the agent for ingress. */
  readonly port: number;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /**
       * Passes when every security group and network ACL in the artifact (a `SynthesizedArtifact`, a
       * synthesized CloudFormation template, a cdktf `cdk.tf.json`, or a path to one) allows the flow,
       * including its reply through stateless ACLs. Register with `ConnectivityMatchers.register()`.
       */
      toAllowFlow(flow: MatcherFlow, options?: FlowAnalysisOptions): R;
      /**
       * Passes when some layer of the artifact certainly denies the flow (its request or, at a
       * stateless ACL, its reply). A flow that cannot be decided because of unresolved values fails
       * both matchers.
       */
      toDenyFlow(flow: MatcherFlow, options?: FlowAnalysisOptions): R;
    }
  }
}
