/**
 * Child process of the review-diff benchmark: synthesizes the example apps twice, the base with the
 * minimal stacks on catalog edition 2024-07-23 and the head as they are, into the given directories.
 */
import { App as CdktfApp } from 'cdktf';
import { CatalogEdition } from '../lib';
import { buildExampleApp } from '../examples/aws/example-app';
import { buildExampleStacks } from '../examples/cdktf/example-stacks';
import { reportResult, workerInput } from './measure';

/** Where the outputs go. */
export interface ReviewDiffSynthInput {
  /** The base's cdk.out and cdktf output directories. */
  readonly base: { readonly aws: string; readonly cdktf: string };
  /** The head's. */
  readonly head: { readonly aws: string; readonly cdktf: string };
}

process.env.CHECKPOINT_DISABLE = '1';
const input = workerInput<ReviewDiffSynthInput>();
for (const [side, edition] of [
  [input.base, CatalogEdition.EDITION_2024_07_23],
  [input.head, undefined],
] as const) {
  buildExampleApp({ outdir: side.aws }, edition).synth();
  const app = new CdktfApp({ outdir: side.cdktf });
  buildExampleStacks(app, edition);
  app.synth();
}
reportResult({ done: true });
