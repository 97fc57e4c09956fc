/**
 * Synthesizes the example stacks offline into `cdktf.out/` (or `CDKTF_OUTDIR`): Terraform JSON by
 * default, HCL with `SYNTH_HCL_OUTPUT=true`.
 */
import { App } from 'cdktn';
import { buildExampleStacks } from './example-stacks';

process.env.CHECKPOINT_DISABLE = '1';
const app = new App({ outdir: process.env.CDKTF_OUTDIR ?? 'cdktf.out' });
buildExampleStacks(app);
app.synth();
