import { ReviewOptions } from './flow-analysis';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /**
       * Stores, as a Jest snapshot, what the artifact (a `SynthesizedArtifact`, a synthesized
       * CloudFormation template, a cdktf `cdk.tf.json`, or a path to one) lets each construct connect
       * to, exactly, instead of the raw template: the snapshot changes only when what can connect or
       * the recorded intent changes. Register with `ConnectivitySnapshot.register()`.
       */
      toMatchConnectivitySnapshot(options?: ReviewOptions, hint?: string): R;
    }
  }
}

export {};
