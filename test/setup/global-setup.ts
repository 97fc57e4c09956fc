import resolveFastCheckSeed from './fast-check-seed.global';
import { clearReplayLogs } from './recorded-runs.global';

/** Jest's global setup: the run's fast-check seed, and an empty list of replayed tool runs. */
export default function globalSetup(): void {
  resolveFastCheckSeed();
  clearReplayLogs();
}
