import { FlowAnalysisOptions, FlowQuery } from './flow-analysis';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /**
       * Passes when every security group and network ACL in the artifact (a synthesized
       * CloudFormation template, a cdktf `cdk.tf.json`, or a path to one) allows the flow, including
       * its reply through stateless ACLs. Register with `registerConnectivityMatchers()`.
       */
      toAllowFlow(flow: FlowQuery, options?: FlowAnalysisOptions): R;
      /**
       * Passes when some layer of the artifact certainly denies the flow (its request or, at a
       * stateless ACL, its reply). A flow that cannot be decided because of unresolved values fails
       * both matchers.
       */
      toDenyFlow(flow: FlowQuery, options?: FlowAnalysisOptions): R;
    }
  }
}

export {};
