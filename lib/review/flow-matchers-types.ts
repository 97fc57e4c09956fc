import { FlowDirection } from '../core/enums';
import { ConnectivityPolicy } from '../core/policy';
import { FlowAnalysisOptions } from './flow-analysis';

/**
 * The flows `toAllowFlow` and `toDenyFlow` take: a direction (the enum or its text, since test code
 * is TypeScript only), a peer address or CIDR, and one service port or a range of them.
 */
export interface MatcherFlow {
  /** `egress`: the agent connects to the peer. `ingress`: the peer connects to the agent. */
  readonly direction: FlowDirection | 'ingress' | 'egress';
  /** The remote IPv4 address or CIDR. */
  readonly peer: string;
  /** One service port: on the peer for egress, on the agent for ingress. @default - `fromPort` */
  readonly port?: number;
  /** First service port of a range. @default - `port` */
  readonly fromPort?: number;
  /** Last service port of a range. @default - `fromPort` */
  readonly toPort?: number;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /**
       * Passes when every security group and network ACL in the artifact (a `SynthesizedArtifact`, a
       * synthesized CloudFormation template, a cdktf `cdk.tf.json`, or a path to one) allows every
       * flow of the range: every address of the peer, every service port and every client port
       * (replies through stateless ACLs included). The failure message lists the blocked parts.
       * Register with `ConnectivityMatchers.register()`.
       */
      toAllowFlow(flow: MatcherFlow, options?: FlowAnalysisOptions): R;
      /**
       * Passes when some layer of the artifact certainly blocks every flow of the range (its request
       * or, at a stateless ACL, its reply). The failure message lists the allowed and undecided parts.
       */
      toDenyFlow(flow: MatcherFlow, options?: FlowAnalysisOptions): R;
      /**
       * Passes when the construct's groups and ACLs open exactly the policy's flows: every flow of
       * every rule passes (no less) and their rules let nothing else through (no more), stateless
       * reply entries' inherent openings aside.
       */
      toOpenExactlyPolicy(policy: ConnectivityPolicy, constructPath: string, options?: FlowAnalysisOptions): R;
    }
  }
}
