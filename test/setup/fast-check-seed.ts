import fc from 'fast-check';
import { DEFAULT_FAST_CHECK_SEED } from './fast-check-seed.global';

/** Every property test of this worker starts from the run's seed (see fast-check-seed.global.ts). */
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? DEFAULT_FAST_CHECK_SEED) });
